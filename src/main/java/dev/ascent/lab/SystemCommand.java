package dev.ascent.lab;

import dev.ascent.lab.format.SystemValidator;
import dev.ascent.platform.ValidateCommand;

import java.io.PrintStream;

/**
 * {@code java -jar ascent.jar system validate FILE...}: the system model validator on the command line, without
 * Spring or a database. Linked topics are checked where the app knows its roadmaps, not here.
 */
public final class SystemCommand {

    public static final String NAME = "system";

    private static final ValidateCommand COMMAND = new ValidateCommand(NAME, (file, text) -> SystemValidator.validate(file, text, null),
            (file, problems) -> new SystemReport(file, problems, null));

    private SystemCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return COMMAND.run(args, out, err);
    }
}
