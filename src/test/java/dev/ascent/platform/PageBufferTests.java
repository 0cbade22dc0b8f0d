package dev.ascent.platform;

import gg.jte.output.Utf8ByteOutput;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's bytes are exactly those jte's own UTF-8 output gives, whatever the text and however it is split. */
class PageBufferTests {

    private static final String[] PIECES = {"<td>", "plain text", "é", "Ünïcödé", "😀 emoji", "漢字", "&amp;", "", "a", "\u0080", "\u07ff", "\uffff"};

    @Test
    void writesTextRangesAndFixedBytesInOrder() throws Exception {
        var page = new PageBuffer(0);
        page.writeContent("<p>");
        page.writeContent("xxcafé au laitxx", 2, 14);
        page.writeBinaryContent("</p>".getBytes(StandardCharsets.UTF_8));
        page.writeContent("😀", 0, 2);
        assertThat(new String(page.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("<p>café au lait</p>😀");
        var sent = new ByteArrayOutputStream();
        page.writeTo(sent);
        assertThat(sent.toByteArray()).isEqualTo(page.toByteArray()).hasSize(page.length());
    }

    @Test
    void growsPastItsFirstGuess() {
        var page = new PageBuffer(256);
        String line = "0123456789".repeat(100);
        for (int i = 0; i < 1000; i++) {
            page.writeContent(line);
        }
        assertThat(page.length()).isEqualTo(1_000_000);
        assertThat(new String(page.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(line.repeat(1000));
    }

    @RepeatedTest(200)
    void givesTheBytesOfJtesOwnOutput(RepetitionInfo repetition) {
        long seed = 7919L * repetition.getCurrentRepetition();
        var random = new Random(seed);
        var ours = new PageBuffer(random.nextInt(64));
        var jtes = new Utf8ByteOutput();
        for (int i = random.nextInt(200); i > 0; i--) {
            String text = PIECES[random.nextInt(PIECES.length)] + PIECES[random.nextInt(PIECES.length)];
            switch (random.nextInt(3)) {
                case 0 -> {
                    ours.writeContent(text);
                    jtes.writeContent(text);
                }
                case 1 -> {
                    // ranges as jte's escaping makes them: cut between characters, never inside a surrogate pair
                    int begin = cut(text, random.nextInt(text.length() + 1));
                    int end = cut(text, begin + random.nextInt(text.length() - begin + 1));
                    ours.writeContent(text, begin, end);
                    jtes.writeContent(text, begin, end);
                }
                default -> {
                    byte[] fixed = text.getBytes(StandardCharsets.UTF_8);
                    ours.writeBinaryContent(fixed);
                    jtes.writeBinaryContent(fixed);
                }
            }
        }
        assertThat(ours.toByteArray()).as("seed " + seed).isEqualTo(jtes.toByteArray());
        assertThat(ours.length()).as("seed " + seed).isEqualTo(jtes.getContentLength());
    }

    private static int cut(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
