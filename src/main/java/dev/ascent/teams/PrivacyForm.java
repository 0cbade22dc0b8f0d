package dev.ascent.teams;

import org.jspecify.annotations.Nullable;

/** The privacy settings as ticked (an unticked box is not sent: absent means not shared). */
public record PrivacyForm(@Nullable Boolean shareProgress, @Nullable Boolean sharePlan, @Nullable Boolean shareCheckpoints) {

    public boolean progress() {
        return Boolean.TRUE.equals(shareProgress);
    }

    public boolean plan() {
        return Boolean.TRUE.equals(sharePlan);
    }

    public boolean checkpoints() {
        return Boolean.TRUE.equals(shareCheckpoints);
    }
}
