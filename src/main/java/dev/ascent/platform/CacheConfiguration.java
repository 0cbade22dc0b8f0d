package dev.ascent.platform;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;

/**
 * Every cache Ascent keeps, each bounded, in one place. They hold what one version of a published
 * document turns into (a parsed roadmap or scenario, a graph layout, HTML that is the same for every
 * viewer), keyed by that version; the current version is asked of the database at most every two
 * seconds per roadmap ({@link #ROADMAP_VERSIONS}), so an entry is stale on no instance for longer, and
 * old versions fall out by size or after an hour unused. The
 * manager is static: a cache not named here does not exist, so none can grow without a bound.
 * Statistics are on, so their hit rates show in the metrics ({@code cache_gets_total}).
 */
@Configuration(proxyBeanMethods = false)
public class CacheConfiguration {

    /** Parsed roadmaps by "id@version": a few dozen published roadmaps at most. */
    public static final String ROADMAPS = "roadmaps";
    /** Laid-out prerequisite graphs by "id@version" and "id@version/phase". */
    public static final String ROADMAP_GRAPHS = "roadmap-graphs";
    /** Parsed decision scenarios by "id@version", including versions old attempts were answered against. */
    public static final String SCENARIOS = "scenarios";
    /**
     * The published version of each roadmap by id, for two seconds: a page looks its roadmap up
     * several times, and a new version published on another instance may take that long to show here.
     */
    public static final String ROADMAP_VERSIONS = "roadmap-versions";
    /** Shared HTML by "part@version" ({@link RenderedFragments}), weighed by its size in bytes. */
    public static final String RENDERED_FRAGMENTS = "rendered-fragments";
    /**
     * The week each topic of a roadmap is finished in by the original plan of an enrolment, by
     * "id@version/start/hours" (a few hundred bytes each): a team's overview counts weeks ahead for every member,
     * and an enrolment's original plan changes only with its start or hours.
     */
    public static final String PACE_BASELINES = "pace-baselines";

    /**
     * Unread notifications per account, for the header, for thirty seconds: reading or a new notification on this
     * instance clears the entry; one made on another instance shows within that time.
     */
    public static final String UNREAD_NOTIFICATIONS = "unread-notifications";

    /**
     * Built-in lab models run with a scenario option's changes ({@code lab.Simulations}), by model, changes and seed:
     * deterministic, so never stale; each holds a run's per-second series (a few hundred kilobytes at most), and the
     * scenarios name a few dozen.
     */
    public static final String LAB_SIMULATIONS = "lab-simulations";

    private static final Duration UNUSED = Duration.ofHours(1);
    /** 16 MB of UTF-8: a roadmap's graph and topic list is a few hundred kilobytes. */
    private static final long FRAGMENT_BYTES = 16_000_000;

    @Bean
    CacheManager cacheManager() {
        var manager = new CaffeineCacheManager();
        manager.setAllowNullValues(false);
        manager.registerCustomCache(ROADMAPS, entries(200));
        manager.registerCustomCache(ROADMAP_GRAPHS, entries(1_000));
        manager.registerCustomCache(SCENARIOS, entries(1_000));
        manager.registerCustomCache(PACE_BASELINES, entries(5_000));
        manager.registerCustomCache(LAB_SIMULATIONS, entries(100));
        manager.registerCustomCache(ROADMAP_VERSIONS, Caffeine.newBuilder().maximumSize(1_000)
                .expireAfterWrite(Duration.ofSeconds(2)).recordStats().build());
        manager.registerCustomCache(RENDERED_FRAGMENTS, Caffeine.newBuilder()
                .maximumWeight(FRAGMENT_BYTES)
                .weigher((Object key, Object part) -> ((RenderedFragments.Part) part).utf8().length)
                .expireAfterAccess(UNUSED)
                .recordStats()
                .build());
        manager.registerCustomCache(UNREAD_NOTIFICATIONS, Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(Duration.ofSeconds(30)).recordStats().build());
        manager.setCacheNames(List.of()); // static from here on: no cache is made on demand
        return manager;
    }

    /** A cache named here; fails at start-up for any other name. */
    public static Cache named(CacheManager caches, String name) {
        Cache cache = caches.getCache(name);
        if (cache == null) {
            throw new IllegalStateException("No cache '%s': name it, with its bound, in CacheConfiguration".formatted(name));
        }
        return cache;
    }

    private static com.github.benmanes.caffeine.cache.Cache<Object, Object> entries(long maximum) {
        return Caffeine.newBuilder().maximumSize(maximum).expireAfterAccess(UNUSED).recordStats().build();
    }
}
