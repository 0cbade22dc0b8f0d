package dev.ascent.catalog;

import dev.ascent.catalog.format.RoadmapValidator;
import dev.ascent.platform.ValidateCommand;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code java -jar ascent.jar roadmap validate FILE...}: prints every problem in the given
 * roadmap files and exits non-zero when there are any; prints a one-line summary per valid file
 * and exits zero otherwise. Runs without Spring or a database.
 */
public final class RoadmapCommand {

    public static final String NAME = "roadmap";

    private RoadmapCommand() {
    }

    private static final ValidateCommand COMMAND = new ValidateCommand(NAME, RoadmapValidator::validate,
            (file, problems) -> new ValidationReport(file, problems, null));

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return COMMAND.run(args, out, err);
    }

    static ValidationReport validate(Path path) {
        return (ValidationReport) COMMAND.validate(path);
    }
}
