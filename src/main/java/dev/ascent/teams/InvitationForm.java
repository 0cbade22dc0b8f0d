package dev.ascent.teams;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An invitation as a lead asks for it: the role it offers and, optionally, an address to mail the link to. */
public record InvitationForm(
        @NotNull(message = ROLE_RULE) @Nullable TeamRole role,
        @Size(max = 254, message = EMAIL_RULE) @Email(message = EMAIL_RULE) @Nullable String email) {

    static final String ROLE_RULE = "Choose the role it offers: lead, mentor or member.";
    static final String EMAIL_RULE = "Give an email address such as name@example.org, or leave it empty.";

    /** The address, or null when none was given. */
    public @Nullable String cleanEmail() {
        return email == null || email.isBlank() ? null : email.strip();
    }
}
