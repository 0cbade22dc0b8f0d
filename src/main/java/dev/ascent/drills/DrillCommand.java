package dev.ascent.drills;

import dev.ascent.drills.format.DrillValidator;
import dev.ascent.platform.ValidateCommand;

import java.io.PrintStream;

/**
 * {@code java -jar ascent.jar drill validate FILE...}: the drill validator on the command line, without Spring or a
 * database, against the lab's built-in models. Linked topics are checked where the app knows its roadmaps, not here.
 */
public final class DrillCommand {

    public static final String NAME = "drill";

    private static final ValidateCommand COMMAND = new ValidateCommand(NAME,
            (file, text) -> DrillValidator.validate(file, text, DrillValidator.BUILT_IN, null),
            (file, problems) -> new DrillReport(file, problems, null));

    private DrillCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return COMMAND.run(args, out, err);
    }
}
