package dev.ascent.accounts;

import java.util.UUID;

/**
 * Implemented by every module that keeps data belonging to an account, so that the account's
 * export contains it and deleting the account erases it, in the same transaction. Sections are exported,
 * restored and erased in the beans' {@code @Order}: a section that attaches to another's data (planning to
 * learning's enrolments) comes after it.
 */
public interface PersonalData {

    /** The name of this module's section in the export document, e.g. {@code "learning"}. */
    String section();

    /**
     * Everything this module keeps for the account, as the module's export records (e.g. {@code LearningExport}):
     * records written for the file, whose components are its keys, never domain records or rows, so that
     * renaming a column or a domain component cannot change the file. {@link #restore} reads the same keys.
     */
    Object export(UUID accountId);

    /** Deletes everything this module keeps for the account. */
    void erase(UUID accountId);

    /** Whether the account holds any data of this module yet (an import goes only into a fresh account). */
    boolean holdsData(UUID accountId);

    /**
     * Restores this module's section of an export into the account, in the caller's transaction.
     * Throws {@link IllegalArgumentException} with a message for a person when the section is not usable.
     */
    void restore(UUID accountId, tools.jackson.databind.JsonNode section);
}
