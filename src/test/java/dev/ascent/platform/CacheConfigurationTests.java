package dev.ascent.platform;

import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.cache.caffeine.CaffeineCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every cache is named in one place and bounded; no other cache can appear at run time. */
class CacheConfigurationTests {

    private final org.springframework.cache.CacheManager caches = new CacheConfiguration().cacheManager();

    @Test
    void everyCacheIsBoundedInSizeAndDropsWhatGoesUnused() {
        assertThat(caches.getCacheNames()).containsExactlyInAnyOrder(CacheConfiguration.ROADMAPS, CacheConfiguration.ROADMAP_GRAPHS,
                CacheConfiguration.SCENARIOS, CacheConfiguration.RENDERED_FRAGMENTS, CacheConfiguration.ROADMAP_VERSIONS,
                CacheConfiguration.PACE_BASELINES,
                CacheConfiguration.UNREAD_NOTIFICATIONS, CacheConfiguration.LAB_SIMULATIONS);
        caches.getCacheNames().forEach(name -> {
            Cache<Object, Object> cache = ((CaffeineCache) CacheConfiguration.named(caches, name)).getNativeCache();
            assertThat(cache.policy().eviction()).as(name + " has a maximum").isPresent();
            assertThat(cache.policy().expireAfterAccess().or(() -> cache.policy().expireAfterWrite()))
                    .as(name + " expires unused or old entries").isPresent();
        });
    }

    @Test
    void aRoadmapsVersionIsKeptForTwoSecondsAtMost() {
        Cache<Object, Object> versions = ((CaffeineCache) CacheConfiguration.named(caches, CacheConfiguration.ROADMAP_VERSIONS)).getNativeCache();
        assertThat(versions.policy().expireAfterWrite().orElseThrow().getExpiresAfter()).isEqualTo(java.time.Duration.ofSeconds(2));
    }

    @Test
    void anUnnamedCacheDoesNotExist() {
        assertThat(caches.getCache("anything-else")).isNull();
        assertThatThrownBy(() -> CacheConfiguration.named(caches, "anything-else"))
                .hasMessage("No cache 'anything-else': name it, with its bound, in CacheConfiguration");
    }

    @Test
    void renderedFragmentsAreWeighedByTheirSize() {
        Cache<Object, Object> fragments = ((CaffeineCache) CacheConfiguration.named(caches, CacheConfiguration.RENDERED_FRAGMENTS)).getNativeCache();
        fragments.put("big@1", new RenderedFragments.Part(new byte[10_000_001]));
        fragments.put("big@2", new RenderedFragments.Part(new byte[10_000_001]));
        fragments.cleanUp();

        assertThat(fragments.policy().eviction().orElseThrow().weightedSize().orElseThrow()).isLessThanOrEqualTo(16_000_000L);
        assertThat(fragments.estimatedSize()).isEqualTo(1);
    }
}
