package dev.ascent.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * {@code java -jar ascent.jar <format> validate FILE...} for any YAML format Ascent reads: prints
 * every problem of each file and exits 1 when there are any, prints a one-line summary per valid
 * file and exits 0 otherwise, and exits 2 on a wrong command line. Runs without Spring or a database.
 */
public final class ValidateCommand {

    /** What a validator reports about one file. */
    public interface Report {
        boolean valid();

        String summary();

        List<Problem> problems();
    }

    private final String name;
    private final BiFunction<String, String, Report> validator;
    private final BiFunction<String, List<Problem>, Report> failed;

    /**
     * @param name      the command's name and the noun of its files, e.g. {@code roadmap}
     * @param validator checks a file's text, given its name
     * @param failed    the report for a file that could not be read at all
     */
    public ValidateCommand(String name, BiFunction<String, String, Report> validator, BiFunction<String, List<Problem>, Report> failed) {
        this.name = name;
        this.validator = validator;
        this.failed = failed;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        String usage = "usage: java -jar ascent.jar %s validate FILE...".formatted(name);
        List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
        if (rest.isEmpty() || !rest.getFirst().equals("validate") || rest.size() == 1) {
            err.println(usage);
            return 2;
        }
        List<String> files = rest.subList(1, rest.size());
        int problems = 0;
        for (String file : files) {
            Report report = validate(Path.of(file));
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

    public Report validate(Path path) {
        String file = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                return failed.apply(file, List.of(Problem.ofFile(file, Files.isDirectory(path)
                        ? "is a directory, not a %s file".formatted(name) : "no such file")));
            }
            long size = Files.size(path);
            if (size > YamlDocument.MAX_BYTES) {
                return failed.apply(file, List.of(YamlDocument.tooLarge(file, size, name)));
            }
            return validator.apply(file, YamlUpload.decode(Files.readAllBytes(path)));
        } catch (CharacterCodingException e) {
            return failed.apply(file, List.of(Problem.ofFile(file, "is not UTF-8 text; save it as UTF-8")));
        } catch (IOException e) {
            return failed.apply(file, List.of(Problem.ofFile(file, "could not be read: " + e.getMessage())));
        }
    }
}
