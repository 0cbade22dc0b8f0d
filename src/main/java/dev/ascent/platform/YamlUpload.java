package dev.ascent.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A YAML file as an administrator uploads it (a file, a pasted text or a request body): its
 * name and text, or why it could not be read. Shared by the roadmap and scenario uploads.
 */
public record YamlUpload(String fileName, String text, @Nullable String unreadable) {

    static final int MAX_NAME = 100;

    /** One problem of an upload's report in an API answer. */
    public record ProblemLine(int line, String path, String message, String text) {
    }

    public static YamlUpload of(@Nullable String fileName, InputStream in, String noun) throws IOException {
        String name = fileName == null || fileName.isBlank() ? noun + ".yaml" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.length() > MAX_NAME) {
            // the name is echoed in every problem: a long one would make every answer long
            name = name.substring(0, MAX_NAME);
        }
        byte[] bytes = in.readNBytes(YamlDocument.MAX_BYTES + 1);
        if (bytes.length > YamlDocument.MAX_BYTES) {
            // only the first bytes past the limit were read, so the true size is unknown: say so
            return new YamlUpload(name, "", "the file is more than 2.0 MB; a %s may be at most 2.0 MB".formatted(noun));
        }
        try {
            return new YamlUpload(name, decode(bytes), null);
        } catch (CharacterCodingException e) {
            return new YamlUpload(name, "", "the file is not UTF-8 text; save it as UTF-8");
        }
    }

    public static YamlUpload pasted(@Nullable String text, String noun) throws IOException {
        return of("pasted.yaml", new ByteArrayInputStream((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)), noun);
    }

    /** Strict UTF-8: a binary or mis-encoded file is refused, not silently mangled. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** A problem document listing every problem of a report, each with its line and path. */
    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<Problem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("problems", problems.stream().map(p -> new ProblemLine(p.line(), p.path(), p.message(), p.toString())).toList());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The answer to a file that could not be read at all. */
    public ResponseEntity<ProblemDetail> unreadableProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, fileName + ": " + unreadable);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
