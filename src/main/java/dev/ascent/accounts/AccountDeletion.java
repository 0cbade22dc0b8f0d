package dev.ascent.accounts;


/** Erasing one's own account: the password confirms it is the owner asking. */
public record AccountDeletion(String password) {

    public AccountDeletion {
        password = password == null ? "" : password;
    }
}
