package dev.ascent.accounts;


/** A new password chosen through a reset link: the link's token, and the password (checked against the link's account). */
public record PasswordReset(String token, String newPassword) {

    public PasswordReset {
        token = token == null ? "" : token;
        newPassword = newPassword == null ? "" : newPassword;
    }
}
