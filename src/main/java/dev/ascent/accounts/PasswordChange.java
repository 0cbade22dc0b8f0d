package dev.ascent.accounts;


/**
 * A password change: the current password, and the new one. Both rules need the account (the current
 * hash; the new password must not be guessable from its name or address), so the change checks them.
 */
public record PasswordChange(String currentPassword, String newPassword) {

    public PasswordChange {
        currentPassword = currentPassword == null ? "" : currentPassword;
        newPassword = newPassword == null ? "" : newPassword;
    }
}
