package dev.ascent.platform;

import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Pages rendered by jte into memory first, then handed to a response buffer that holds them whole.
 * The starter's view writes straight to the response, so a large page committed the response
 * half-way; Spring Session saves the session at that moment, and what read the session afterwards
 * went to the database a second time. Rendering first also means a template that fails sends a
 * clean error page, not half a page.
 */
@Configuration(proxyBeanMethods = false)
class JteViews {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
        return new JteViewResolver(templates, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new RenderedFirst(templates);
            }
        };
    }

    /**
     * A whole page as the response: a buffer the size of the page, so nothing is committed before the request ends
     * (the server sets the length then), and one write. Written as jte writes (thousands of small pieces), each piece
     * would pass the response wrappers of Spring Session and Spring Security, which look at the buffer size every time
     * (a third of rendering).
     */
    static void writePage(byte[] page, HttpServletResponse response) throws IOException {
        prepare(page.length, response);
        response.getOutputStream().write(page);
    }

    static void writePage(PageBuffer page, HttpServletResponse response) throws IOException {
        prepare(page.length(), response);
        page.writeTo(response.getOutputStream());
    }

    private static void prepare(int length, HttpServletResponse response) {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setBufferSize(Math.max(response.getBufferSize(), length + 1));
    }

    static final class RenderedFirst extends JteView {

        private final TemplateEngine templates;
        /** The size of this view's last page: the next one is sized for it, so its buffer rarely grows. */
        private volatile int lastLength;

        RenderedFirst(TemplateEngine templates) {
            super(templates);
            this.templates = templates;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            var page = new PageBuffer(lastLength + lastLength / 8);
            templates.render(getUrl(), model, page);
            lastLength = page.length();
            writePage(page, response);
        }
    }
}
