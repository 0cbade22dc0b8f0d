package dev.ascent.platform;

import dev.ascent.accounts.Viewer;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Parts kept as rendered, and whole pages that hold kept parts. */
class RenderedFragmentsTests {

    private final RenderedFragments fragments = new RenderedFragments(TemplateEngine.createPrecompiled(ContentType.Html), false,
            new CacheConfiguration().cacheManager());
    private final Map<String, Object> parameters = Map.of("viewer",
            new Viewer(null, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "kept-token"), "/", Map.of(), () -> 0));

    @Test
    void aPageWhoseParametersUseTheCacheIsKeptAndServedAgain() {
        // a visitor's roadmap page gathers its graph and list, themselves kept, while the page itself is not yet kept
        for (int n = 0; n < 300; n++) {
            int page = n;
            var first = fragments.html("page/" + page, 1, "layout/csrf", () -> {
                assertThat(fragments.html("part/" + page, 1, "layout/csrf", parameters).html()).contains("kept-token");
                return parameters;
            });
            var again = fragments.html("page/" + page, 1, "layout/csrf", () -> {
                throw new AssertionError("rendered again although kept");
            });

            assertThat(first.html()).contains("name=\"_csrf\"", "kept-token");
            assertThat(again).isSameAs(first);
        }
    }

    @Test
    void anotherVersionIsAnotherPart() {
        var one = fragments.html("versioned", 1, "layout/csrf", () -> parameters);
        var two = fragments.html("versioned", 2, "layout/csrf", () -> parameters);

        assertThat(two).isNotSameAs(one);
        assertThat(fragments.html("versioned", 1, "layout/csrf", () -> Map.of())).isSameAs(one);
    }
}
