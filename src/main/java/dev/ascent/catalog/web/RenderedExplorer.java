package dev.ascent.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A roadmap page's graph and topic list, rendered once per roadmap version and phase and then reused.
 * Together they are most of the page (a large roadmap's graph alone is over 100 KB of SVG) and the
 * same for every visitor; only a search, level or kind filter makes them differ, and those are
 * rendered each time. One entry per roadmap and phase: a new version replaces the old one.
 */
@Component
class RenderedExplorer {

    private record Entry(int version, String html) {
    }

    private final SpringTemplateEngine templates;
    private final boolean enabled;
    private final Map<String, Entry> rendered = new ConcurrentHashMap<>();

    /** Off with Thymeleaf's own cache, so that edited templates show at once while developing. */
    RenderedExplorer(SpringTemplateEngine templates, @Value("${spring.thymeleaf.cache:true}") boolean enabled) {
        this.templates = templates;
        this.enabled = enabled;
    }

    /** The rendered graph and list for the page's model, or null when the filter makes them particular to this request. */
    @Nullable String html(TopicFilter filter, int version, String roadmapId, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!enabled || !filter.query().isEmpty() || filter.level() != null || filter.kind() != null) {
            return null;
        }
        String key = roadmapId + "/" + (filter.phase() == null ? "" : filter.phase().id());
        Entry entry = rendered.get(key);
        if (entry != null && entry.version() == version) {
            return entry.html();
        }
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response);
        String html = templates.process("catalog/roadmap", Set.of("graph-and-list"), new WebContext(exchange, Locale.ROOT, model.asMap()));
        // a request still holding an older version never replaces a newer rendering
        rendered.merge(key, new Entry(version, html), (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        return html;
    }
}
