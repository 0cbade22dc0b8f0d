package dev.ascent.accounts;

import dev.ascent.accounts.internal.TextInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A personal access token to create: a name that says where it is used (tabs and line breaks become
 * spaces, then trimmed) and what it may do. An unknown scope reads as none ({@link TokenScope#of}).
 */
public record NewToken(
        @NotBlank(message = NewToken.NAME_MISSING) @Size(max = NewToken.MAX_NAME, message = NewToken.NAME_TOO_LONG)
        @Pattern(regexp = NewToken.NAME_PATTERN, message = TextInput.NAME_CHARACTERS) String name,
        @NotNull(message = NewToken.SCOPE_MISSING) @Nullable TokenScope scope) {

    public static final int MAX_NAME = 60;
    static final String NAME_MISSING = "Give the token a name, e.g. the script or machine that will use it.";
    static final String NAME_TOO_LONG = "Use at most " + MAX_NAME + " characters.";
    /** No control characters; a name too long is the length rule's to report. */
    static final String NAME_PATTERN = "\\P{Cc}*|(?s).{" + (MAX_NAME + 1) + ",}";
    /** Also in messages.properties as {@code typeMismatch.scope}, for a page that sends a value no scope has. */
    public static final String SCOPE_MISSING = "Choose READ or READ_WRITE.";

    public NewToken {
        name = TextInput.singleLine(name);
    }
}
