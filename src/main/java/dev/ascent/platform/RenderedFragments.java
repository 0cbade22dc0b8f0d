package dev.ascent.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * Parts of pages that are the same for everyone who sees one version of a roadmap (its graph and
 * topic list, a select of its topics), rendered once and reused. They are large: rendering them on
 * every view was most of the roadmap page's time and a quarter of the dashboard's. The caller names
 * the part with a key it keeps bounded (a roadmap id, a phase) and passes the version; a new version
 * replaces the entry. The result is Thymeleaf's own escaped output, for {@code th:utext}.
 */
@Component
public class RenderedFragments {

    private record Entry(int version, String html) {
    }

    private final SpringTemplateEngine templates;
    private final boolean enabled;
    private final Map<String, Entry> rendered = new ConcurrentHashMap<>();

    /** Nothing is kept with Thymeleaf's own cache off, so that edited templates show at once while developing. */
    RenderedFragments(SpringTemplateEngine templates, @Value("${spring.thymeleaf.cache:true}") boolean enabled) {
        this.templates = templates;
        this.enabled = enabled;
    }

    /** The fragment {@code template :: fragment} rendered with the model so far, from the cache when it holds this version. */
    public String html(String key, int version, String template, String fragment, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        Entry entry = rendered.get(key);
        if (enabled && entry != null && entry.version() == version) {
            return entry.html();
        }
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response);
        String html = templates.process(template, Set.of(fragment), new WebContext(exchange, Locale.ROOT, model.asMap()));
        if (enabled) {
            // a request still holding an older version never replaces a newer rendering
            rendered.merge(key, new Entry(version, html), (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        }
        return html;
    }
}
