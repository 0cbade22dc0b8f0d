package dev.ascent.platform;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Parts of pages that are the same for everyone who sees one version of a roadmap (its graph and
 * topic list, a select of its topics), rendered once and reused. They are large: rendering them on
 * every view was most of the roadmap page's time and a quarter of the dashboard's. The caller names
 * the part with a key it keeps bounded (a roadmap id, a phase) and passes the version; entries are
 * kept by part and version in a cache bounded by size ({@link CacheConfiguration}), so an older
 * version is never served for a newer one and falls out once unused. A part is kept as the UTF-8
 * bytes jte wrote, escaped as jte escapes, and written into a page as they are ({@code ${part}}): a
 * roadmap's graph and list are a few hundred kilobytes, not worth encoding again on every view.
 */
@Component
public class RenderedFragments {

    private final TemplateEngine jte;
    private final boolean enabled;
    private final Cache rendered;

    /** Nothing is kept in jte's development mode, so that edited templates show at once while developing. */
    RenderedFragments(TemplateEngine jte, @Value("${gg.jte.development-mode:false}") boolean developing, CacheManager caches) {
        this.jte = jte;
        this.enabled = !developing;
        this.rendered = CacheConfiguration.named(caches, CacheConfiguration.RENDERED_FRAGMENTS);
    }

    /** A part of a page, rendered: jte's output as UTF-8 bytes, written into a template as they are. */
    public record Part(byte[] utf8) implements Content {
        @Override
        public void writeTo(TemplateOutput output) {
            output.writeBinaryContent(utf8);
        }

        /** This part, a whole page, as the response (how a view sends a page: see {@link JteViews}). */
        public void sendAsPage(HttpServletResponse response) throws IOException {
            response.setContentType("text/html;charset=UTF-8");
            JteViews.writePage(utf8, response);
        }

        /** The part as text (for tests). */
        public String html() {
            return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The jte template (a view name: {@code learning/topicOptions}) rendered with these parameters, from the cache when it holds this version. */
    public Part html(String key, int version, String template, Map<String, Object> parameters) {
        return html(key, version, template, () -> parameters);
    }

    /**
     * As {@link #html(String, int, String, Map)}, the parameters gathered only when the cache does not hold this
     * version. Gathering them may itself use this cache (a whole page holds parts), so it happens outside the cache's
     * computation: Caffeine's contract forbids a computation that writes the same cache (it may fail or deadlock).
     * Two first visitors at once may then both render the page; the later copy is kept, and they are the same.
     */
    public Part html(String key, int version, String template, Supplier<Map<String, Object>> parameters) {
        Part kept = enabled ? rendered.get(key + "@" + version, Part.class) : null;
        if (kept != null) {
            return kept;
        }
        Part part = render(template, parameters.get());
        if (enabled) {
            rendered.put(key + "@" + version, part);
        }
        return part;
    }

    private Part render(String template, Map<String, Object> parameters) {
        var output = new PageBuffer(64 * 1024);
        jte.render(template + ".jte", parameters, output);
        return new Part(output.toByteArray());
    }
}
