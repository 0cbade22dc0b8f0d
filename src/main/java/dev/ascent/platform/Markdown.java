package dev.ascent.platform;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.util.List;

/**
 * Markdown written by people (notes, journal entries, project write-ups) turned into HTML that is
 * safe to show: CommonMark renders it with raw HTML escaped, then the OWASP sanitizer keeps only
 * formatting, links (http, https, mailto; opened as nofollow) and tables. Controllers put the result
 * in the model for {@code th:utext}, the one place unescaped output is allowed.
 */
@Component
public class Markdown {

    /** Cells in one table: past it the parser gives up (table rows are padded to the header's width, so cells multiply). */
    static final int MAX_TABLE_CELLS = 10_000;
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(
            TablesExtension.builder().maxCells(MAX_TABLE_CELLS).build(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "pre", "code", "hr", "del")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .allowAttributes("class").matching(true, "language-[a-z0-9-]+").onElements("code")
                    .toFactory());

    /**
     * HTML allowed per character of Markdown, on top of {@link #BASE_HTML}. Ordinary Markdown stays far
     * below it; a reference link used thousands of times would otherwise turn a 20,000-character note
     * into 25 MB of HTML.
     */
    static final int HTML_PER_CHARACTER = 20;
    static final int BASE_HTML = 64 * 1024;

    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        var html = new BoundedHtml(BASE_HTML + (long) HTML_PER_CHARACTER * markdown.length());
        try {
            RENDERER.render(PARSER.parse(markdown), html);
        } catch (BoundedHtml.TooLong | IllegalArgumentException e) {
            // IllegalArgumentException: the table parser's "maximum number of cells reached"
            // shown as written, escaped: nothing is lost and the page stays small
            return "<pre>" + HtmlUtils.htmlEscape(markdown) + "</pre>";
        }
        return POLICY.sanitize(html.toString());
    }

    /** The renderer's output, refused past a bound as soon as it is reached rather than after it is built. */
    private static final class BoundedHtml implements Appendable {

        static final class TooLong extends RuntimeException {
            TooLong() {
                super("the rendered HTML is too long", null, false, false);
            }
        }

        private final StringBuilder html = new StringBuilder();
        private final long limit;

        BoundedHtml(long limit) {
            this.limit = limit;
        }

        @Override
        public Appendable append(CharSequence text) {
            return append(text, 0, text.length());
        }

        @Override
        public Appendable append(CharSequence text, int start, int end) {
            if (html.length() + (long) (end - start) > limit) {
                throw new TooLong();
            }
            html.append(text, start, end);
            return this;
        }

        @Override
        public Appendable append(char c) {
            return append(String.valueOf(c));
        }

        @Override
        public String toString() {
            return html.toString();
        }
    }
}
