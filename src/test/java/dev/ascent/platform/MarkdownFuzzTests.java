package dev.ascent.platform;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Any text a person writes as Markdown comes out as HTML that is safe to put in a page unescaped:
 * only the elements the policy allows, no event handler attributes, no link that runs script, and
 * no stray {@code <} a browser could read as markup; and its size grows no faster than the text's.
 * Seeds: {@code MarkdownFuzzTestsInputs/}.
 */
class MarkdownFuzzTests {

    /** What {@link Markdown}'s policy allows: Sanitizers.FORMATTING, BLOCKS and TABLES, plus its own. */
    static final Set<String> ALLOWED_ELEMENTS = Set.of(
            "b", "i", "font", "s", "u", "o", "sup", "sub", "ins", "del", "strong", "strike", "tt", "code", "big", "small", "br", "span", "em",
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
            "table", "tr", "td", "th", "colgroup", "caption", "col", "thead", "tbody", "tfoot",
            "a", "pre", "hr");
    static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private static final String EMPTY_COMMENT = "<!-- -->";
    private static final Pattern TAG = Pattern.compile("\\G<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^\\s\"'>/=]+(?:=\"[^\"]*\")?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s\"'>/=]+)(?:=\"([^\"]*)\")?");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private final Markdown markdown = new Markdown();

    @FuzzTest(maxDuration = "20s")
    void rendersAnyTextAsHtmlWithoutScriptHandlersOrDangerousLinks(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        String html = markdown.html(text);

        assertSafe(html);
        // the sanitizer may add rel attributes to links and turn a character into an entity, no more
        assertThat((long) html.length()).as("HTML characters for %d characters of Markdown", text.length())
                .isLessThanOrEqualTo(6L * (Markdown.BASE_HTML + (long) Markdown.HTML_PER_CHARACTER * text.length()));
    }

    static void assertSafe(String html) {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        int at = html.indexOf('<');
        while (at >= 0) {
            // the sanitizer breaks "{{" with an empty comment, against client-side template injection
            if (html.startsWith(EMPTY_COMMENT, at)) {
                at = html.indexOf('<', at + EMPTY_COMMENT.length());
                continue;
            }
            Matcher tag = TAG.matcher(html);
            if (!tag.find(at) || tag.start() != at) {
                fail("a '<' that is not a well-formed allowed tag at %d: %s", at, excerpt(html, at));
            }
            String element = tag.group(2).toLowerCase(Locale.ROOT);
            assertThat(ALLOWED_ELEMENTS).as("element <%s> in %s", element, excerpt(html, at)).contains(element);
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute of <%s> in %s", element, excerpt(html, at)).doesNotStartWith("on").isNotEqualTo("style");
                if (name.equals("href") || name.equals("src")) {
                    assertSafeUrl(attribute.group(2) == null ? "" : attribute.group(2), excerpt(html, at));
                }
            }
            at = html.indexOf('<', tag.end());
        }
    }

    /** What a browser would follow: entities decoded, whitespace and controls dropped, then the scheme. */
    private static void assertSafeUrl(String value, String context) {
        String url = decodeEntities(value).replaceAll("[\\s\\p{Cntrl}]", "");
        Matcher scheme = SCHEME.matcher(url);
        // without a scheme it is a relative link, which runs nothing whatever its path says
        if (scheme.find()) {
            assertThat(SAFE_SCHEMES).as("link scheme in %s", context).contains(scheme.group(1).toLowerCase(Locale.ROOT));
        }
    }

    private static String decodeEntities(String value) {
        Matcher entity = Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?").matcher(value);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = codePoint(name.substring(2), 16);
            } else if (name.startsWith("#")) {
                replacement = codePoint(name.substring(1), 10);
            } else {
                replacement = switch (name.toLowerCase(Locale.ROOT)) {
                    case "amp" -> "&";
                    case "colon" -> ":";
                    case "tab", "newline" -> "";
                    default -> entity.group();
                };
            }
            entity.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        return entity.appendTail(decoded).toString();
    }

    private static String codePoint(String digits, int radix) {
        try {
            int point = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(point) ? Character.toString(point) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static String excerpt(String html, int at) {
        return html.substring(Math.max(0, at - 40), Math.min(html.length(), at + 120));
    }
}
