package dev.ascent;

import dev.ascent.catalog.RoadmapCommand;
import dev.ascent.drills.DrillCommand;
import dev.ascent.lab.SystemCommand;
import dev.ascent.practice.ScenarioCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class AscentApplication {

    public static void main(String[] args) {
        // Command-line tools run without the web app or a database.
        if (args.length > 0 && RoadmapCommand.NAME.equals(args[0])) {
            System.exit(RoadmapCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && ScenarioCommand.NAME.equals(args[0])) {
            System.exit(ScenarioCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && SystemCommand.NAME.equals(args[0])) {
            System.exit(SystemCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && DrillCommand.NAME.equals(args[0])) {
            System.exit(DrillCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(AscentApplication.class, args);
    }
}
