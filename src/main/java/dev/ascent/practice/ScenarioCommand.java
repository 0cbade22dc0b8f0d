package dev.ascent.practice;

import dev.ascent.platform.ValidateCommand;
import dev.ascent.practice.format.ScenarioValidator;

import java.io.PrintStream;

/**
 * {@code java -jar ascent.jar scenario validate FILE...}: the scenario validator on the command line,
 * without Spring or a database. Linked topics are checked when the file is published, against the
 * roadmaps of that server.
 */
public final class ScenarioCommand {

    public static final String NAME = "scenario";

    private static final ValidateCommand COMMAND = new ValidateCommand(NAME, (file, text) -> ScenarioValidator.validate(file, text, null),
            (file, problems) -> new ScenarioReport(file, problems, null));

    private ScenarioCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return COMMAND.run(args, out, err);
    }
}
