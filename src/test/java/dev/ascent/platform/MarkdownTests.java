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

    @Test
    void showsAReferenceLinkRepeatedThousandsOfTimesAsWrittenInsteadOfMegabytesOfHtml() {
        // 20,000 characters, the longest journal entry: one 10,000-character link used 2,500 times
        String text = "[a]: https://example.org/" + "x".repeat(10_000) + "\n\n" + "[a] ".repeat(2_500);

        String html = markdown.html(text);

        assertThat(html.length()).isLessThan(Markdown.BASE_HTML + Markdown.HTML_PER_CHARACTER * text.length());
        assertThat(html).startsWith("<pre>[a]: https://example.org/xxx").doesNotContain("<a ");
    }

    @Test
    void showsTableRowsPaddedToAVeryWideHeaderAsWritten() {
        // each one-character row is padded with an empty cell for every column of the header
        String text = "|a".repeat(2_000) + "|\n" + "|-".repeat(2_000) + "|\n" + "x\n".repeat(6_000);

        String html = markdown.html(text);

        assertThat(html.length()).isLessThan(Markdown.BASE_HTML + Markdown.HTML_PER_CHARACTER * text.length());
        assertThat(html).startsWith("<pre>|a|a").doesNotContain("<td>");
    }

    @Test
    void rendersLongOrdinaryMarkdownInFull() {
        String text = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> "- [link %d](https://example.org/%d) with **bold** and `code`\n".formatted(i, i))
                .collect(java.util.stream.Collectors.joining());

        String html = markdown.html(text);

        assertThat(html).doesNotStartWith("<pre>").contains("<li><a href=\"https://example.org/299\"");
    }
}
