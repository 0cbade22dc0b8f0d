package dev.ascent.accounts;

import dev.ascent.accounts.internal.TextInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new display name, under the same rules as at sign-up (tabs and line breaks become spaces, then trimmed). */
public record Rename(
        @NotBlank(message = TextInput.NAME_MISSING) @Size(max = TextInput.MAX_NAME, message = TextInput.NAME_TOO_LONG)
        @Pattern(regexp = TextInput.NAME_PATTERN, message = TextInput.NAME_CHARACTERS) String displayName) {

    public Rename {
        displayName = TextInput.singleLine(displayName);
    }
}
