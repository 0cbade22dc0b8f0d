package dev.ascent.teams;

/** Something of the account's that it may ask review of: its reference, kind and a title to choose it by. */
public record ReviewItem(String item, ReviewKind kind, String title) {
}
