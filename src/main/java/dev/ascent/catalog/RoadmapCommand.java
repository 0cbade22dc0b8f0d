package dev.ascent.catalog;

import dev.ascent.catalog.format.RoadmapValidator;
import dev.ascent.platform.Problem;
import dev.ascent.platform.YamlDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar ascent.jar roadmap validate FILE...}: prints every problem in the given
 * roadmap files and exits non-zero when there are any; prints a one-line summary per valid file
 * and exits zero otherwise. Runs without Spring or a database.
 */
public final class RoadmapCommand {

    public static final String NAME = "roadmap";
    private static final String USAGE = "usage: java -jar ascent.jar roadmap validate FILE...";

    private RoadmapCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
        if (rest.isEmpty() || !rest.getFirst().equals("validate")) {
            err.println(USAGE);
            return 2;
        }
        List<String> files = rest.subList(1, rest.size());
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        int problems = 0;
        for (String file : files) {
            ValidationReport report = validate(Path.of(file));
            if (report.valid()) {
                out.println(report.summary());
            } else {
                report.problems().forEach(err::println);
                err.println(report.summary());
                problems += report.problems().size();
            }
        }
        if (files.size() > 1) {
            (problems == 0 ? out : err).printf("%d file%s checked, %d problem%s%n", files.size(), files.size() == 1 ? "" : "s",
                    problems, problems == 1 ? "" : "s");
        }
        return problems == 0 ? 0 : 1;
    }

    static ValidationReport validate(Path path) {
        String file = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                return new ValidationReport(file, List.of(Problem.ofFile(file, Files.isDirectory(path)
                        ? "is a directory, not a roadmap file" : "no such file")), null);
            }
            long size = Files.size(path);
            if (size > YamlDocument.MAX_BYTES) {
                return new ValidationReport(file, List.of(YamlDocument.tooLarge(file, size)), null);
            }
            return RoadmapValidator.validate(file, decode(Files.readAllBytes(path)));
        } catch (CharacterCodingException e) {
            return new ValidationReport(file, List.of(Problem.ofFile(file, "is not UTF-8 text; save it as UTF-8")), null);
        } catch (IOException e) {
            return new ValidationReport(file, List.of(Problem.ofFile(file, "could not be read: " + e.getMessage())), null);
        }
    }

    /** Strict UTF-8: a binary or mis-encoded file is refused, not silently mangled. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        return dev.ascent.platform.YamlUpload.decode(bytes);
    }
}
