package dev.ascent.accounts;

import java.util.UUID;

/** An account and all its data were erased. */
public record AccountDeleted(UUID accountId) {
}
