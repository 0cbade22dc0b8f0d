package dev.ascent.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.util.Locale;

/**
 * While pages move from Thymeleaf to jte, {@code bench/run} measures both engines on the same page in
 * one run: with {@code ascent.bench.template-comparison=true}, a request carrying
 * {@code X-Ascent-Engine: thymeleaf} gets the page's old Thymeleaf rendering. Off by default, and
 * gone with the last Thymeleaf template.
 */
@Component
public class EngineComparison {

    public static final String HEADER = "X-Ascent-Engine";

    private final boolean enabled;
    private final ThymeleafViewResolver thymeleaf;

    EngineComparison(@Value("${ascent.bench.template-comparison:false}") boolean enabled, ThymeleafViewResolver thymeleaf) {
        this.enabled = enabled;
        this.thymeleaf = thymeleaf;
    }

    /** Whether this request asks for the Thymeleaf rendering, and may have it. */
    public boolean thymeleaf(@Nullable String engine) {
        return enabled && "thymeleaf".equalsIgnoreCase(engine);
    }

    /** The Thymeleaf view of this name, bypassing jte's resolver, which comes first. */
    public View view(String name) throws Exception {
        View view = thymeleaf.resolveViewName(name, Locale.ROOT);
        if (view == null) {
            throw new IllegalStateException("no Thymeleaf template " + name);
        }
        return view;
    }
}
