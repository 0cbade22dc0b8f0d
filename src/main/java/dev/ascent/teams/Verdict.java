package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Locale;

/** A mentor's or lead's answer: approve or ask for changes (projects, decisions, attempts); sign off or decline (checkpoints). */
public enum Verdict {
    APPROVED("Approved", ReviewState.APPROVED), CHANGES_REQUESTED("Changes requested", ReviewState.CHANGES_REQUESTED),
    SIGNED_OFF("Signed off", ReviewState.SIGNED_OFF), DECLINED("Declined", ReviewState.DECLINED);

    private final String label;
    private final ReviewState state;

    Verdict(String label, ReviewState state) {
        this.label = label;
        this.state = state;
    }

    public String label() {
        return label;
    }

    /** The state a review is in after this verdict. */
    public ReviewState state() {
        return state;
    }

    /** Whether this verdict answers a review of that kind. */
    public boolean answers(ReviewKind kind) {
        return (kind == ReviewKind.CHECKPOINT) == (this == SIGNED_OFF || this == DECLINED);
    }

    /** The verdict named, in any case; null when none has that name, so the form's own rule names the field. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static @Nullable Verdict of(@Nullable String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(v -> v.name().equals(key)).findFirst().orElse(null);
    }
}
