package dev.ascent.drills;

import java.util.Locale;

/** The sections of a blameless postmortem, each with the question it answers. */
public enum DebriefSection {
    SUMMARY("Summary", "What happened, in two or three sentences a colleague who was not there understands."),
    IMPACT("Impact", "Who noticed, for how long, and how much of the error budget it cost."),
    TRIGGER("Trigger", "What set it off."),
    ROOT_CAUSES("Root causes", "Why the trigger could hurt this much: the conditions, not a person."),
    DETECTION("Detection", "How you found out, and how you could have found out sooner."),
    RESOLUTION("Resolution", "What you did, in order, and what finally brought the service back."),
    ACTION_ITEMS("Action items", "What should change so it cannot happen again, or hurts less: one per line."),
    WENT_WELL("What went well", ""),
    WENT_WRONG("What went wrong", ""),
    LUCKY("Where we got lucky", "");

    public static final int MAX_LENGTH = 2_000;

    private final String title;
    private final String prompt;

    DebriefSection(String title, String prompt) {
        this.title = title;
        this.prompt = prompt;
    }

    public String title() {
        return title;
    }

    public String prompt() {
        return prompt;
    }

    /** Its name in forms, the API and the export: summary, root-causes, went-well … */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
