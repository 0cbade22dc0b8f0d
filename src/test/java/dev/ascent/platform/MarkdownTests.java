package dev.ascent.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

    private final Markdown markdown = new Markdown();

    @Test
    void rendersFormattingListsCodeTablesAndLinks() {
        String html = markdown.html("""
                # Title
                Some *emphasis*, **strong** and `code`. See https://example.org.

                - one
                - two

                | a | b |
                |---|---|
                | 1 | 2 |
                """);

        assertThat(html).contains("<h1>Title</h1>", "<em>emphasis</em>", "<strong>strong</strong>", "<code>code</code>",
                "<li>one</li>", "<table>", "<td>1</td>", "href=\"https://example.org\"", "rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void neverLetsScriptsHandlersOrDangerousLinksThrough() {
        String html = markdown.html("""
                <script>alert(1)</script>
                <img src=x onerror=alert(2)>
                [click](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=)
                <a href="https://example.org" onclick="alert(4)">x</a>
                <iframe src="https://example.org"></iframe>
                """);

        assertThat(html).doesNotContain("<script", "<img", "<iframe", "<a href=\"javascript", " onclick=\"");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void dropsLinksToAnythingButTheWebAndMail() {
        String html = markdown.html("[click](javascript:alert(3)) and [data](data:text/html;base64,PHNjcmlwdD4=) and [ok](https://example.org)");

        assertThat(html).doesNotContain("href=\"javascript", "href=\"data:").contains("href=\"https://example.org\"");
    }

    @Test
    void emptyTextIsEmptyHtml() {
        assertThat(markdown.html("")).isEmpty();
        assertThat(markdown.html("   ")).isEmpty();
    }
}
