package dev.ascent.accounts;

/** What an account may do: every account is a learner; operators are admins too. */
public enum Role {
    LEARNER, ADMIN;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
