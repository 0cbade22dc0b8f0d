package dev.ascent.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Locale;

/** What an account may do: every account is a learner; operators are admins too. */
public enum Role {
    LEARNER, ADMIN;

    /** The role named, in any case (the API has always taken "admin"); null when no role has that name, so the command's rule names the field. */
    @JsonCreator
    public static @Nullable Role of(@Nullable String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.name().equals(key)).findFirst().orElse(null);
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
