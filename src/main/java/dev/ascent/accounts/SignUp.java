package dev.ascent.accounts;

import dev.ascent.accounts.internal.TextInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account as typed on the sign-up page. Tabs and line breaks in the name and the address become
 * spaces and both are trimmed, so the rules below judge what will be stored. The password's rules need
 * the name and the address too, so the sign-up checks them ({@code PasswordPolicy}).
 */
public record SignUp(
        @NotBlank(message = TextInput.NAME_MISSING) @Size(max = TextInput.MAX_NAME, message = TextInput.NAME_TOO_LONG)
        @Pattern(regexp = TextInput.NAME_PATTERN, message = TextInput.NAME_CHARACTERS) String displayName,
        @NotBlank(message = TextInput.EMAIL_MISSING) @Size(max = TextInput.MAX_EMAIL, message = TextInput.EMAIL_TOO_LONG)
        @Pattern(regexp = TextInput.EMAIL_PATTERN, message = TextInput.EMAIL_SHAPE) String email,
        String password) {

    public SignUp {
        displayName = TextInput.singleLine(displayName);
        email = TextInput.singleLine(email);
        password = password == null ? "" : password;
    }
}
