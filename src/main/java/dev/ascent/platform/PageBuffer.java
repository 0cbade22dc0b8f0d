package dev.ascent.platform;

import gg.jte.TemplateOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a jte template writes, as UTF-8 in one growing array: the bytes jte's {@code Utf8ByteOutput} would give, without
 * its list of chunks (a page is thousands of them; the list grew by copying, and the page was copied once more to be
 * joined). Text up to the first non-ASCII character is copied byte by byte, the rest encoded as Java does; fixed
 * template text arrives as bytes made at build time and is copied as it is. Made for one render on one thread.
 */
final class PageBuffer implements TemplateOutput {

    private byte[] bytes;
    private int length;

    /** A buffer that holds {@code expected} bytes before it grows (the caller's guess, e.g. the last page's size). */
    PageBuffer(int expected) {
        this.bytes = new byte[Math.max(256, expected)];
    }

    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        room(endIndex - beginIndex);
        int i = beginIndex;
        while (i < endIndex) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                writeBinaryContent(value.substring(i, endIndex).getBytes(StandardCharsets.UTF_8));
                return;
            }
            bytes[length++] = (byte) c;
            i++;
        }
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        room(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
    }

    private void room(int more) {
        if (more > bytes.length - length) {
            bytes = Arrays.copyOf(bytes, Math.max(Math.addExact(length, more), bytes.length * 2));
        }
    }

    int length() {
        return length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }
}
