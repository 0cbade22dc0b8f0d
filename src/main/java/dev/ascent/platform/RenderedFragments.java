package dev.ascent.platform;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Parts of pages that are the same for everyone who sees one version of a roadmap (its graph and
 * topic list, a select of its topics), rendered once and reused. They are large: rendering them on
 * every view was most of the roadmap page's time and a quarter of the dashboard's. The caller names
 * the part with a key it keeps bounded (a roadmap id, a phase) and passes the version; entries are
 * kept by part and version in a cache bounded by size ({@link CacheConfiguration}), so an older
 * version is never served for a newer one and falls out once unused. The result is Thymeleaf's own
 * escaped output, for {@code th:utext}.
 */
@Component
public class RenderedFragments {

    private final SpringTemplateEngine templates;
    private final TemplateEngine jte;
    private final boolean enabled;
    private final Cache rendered;

    /** Nothing is kept with Thymeleaf's own cache off, so that edited templates show at once while developing. */
    RenderedFragments(SpringTemplateEngine templates, TemplateEngine jte, @Value("${spring.thymeleaf.cache:true}") boolean enabled,
                      CacheManager caches) {
        this.templates = templates;
        this.jte = jte;
        this.enabled = enabled;
        this.rendered = CacheConfiguration.named(caches, CacheConfiguration.RENDERED_FRAGMENTS);
    }

    /** The fragment {@code template :: fragment} rendered with the model so far, from the cache when it holds this version. */
    public String html(String key, int version, String template, String fragment, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        if (!enabled) {
            return render(template, fragment, model, request, response);
        }
        String html = rendered.get(key + "@" + version, () -> render(template, fragment, model, request, response));
        return Objects.requireNonNull(html);
    }

    /** The jte template (a view name: {@code learning/topicOptions}) rendered with these parameters, from the cache when it holds this version. */
    public String html(String key, int version, String template, Map<String, Object> parameters) {
        if (!enabled) {
            return render(template, parameters);
        }
        String html = rendered.get(key + "@" + version, () -> render(template, parameters));
        return Objects.requireNonNull(html);
    }

    private String render(String template, Map<String, Object> parameters) {
        var output = new StringOutput();
        jte.render(template + ".jte", parameters, output);
        return output.toString();
    }

    private String render(String template, String fragment, Model model, HttpServletRequest request, HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response);
        return templates.process(template, Set.of(fragment), new WebContext(exchange, Locale.ROOT, model.asMap()));
    }
}
