package dev.ascent.teams;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Work kept by a module that builds on teams (an incident drill's debrief) that a member may ask review of. The module
 * implements it as a bean; teams asks it for the member's items and for one item's content, and never reads its data.
 */
public interface ReviewSource {

    /** The kind of item it brings; its items' references start with the kind's prefix. */
    ReviewKind kind();

    /** Everything of this kind the account may ask review of now. */
    List<ReviewItem> candidates(UUID me);

    /** The account's item as a reviewer reads it (Markdown); empty when it has no such item fit for review. */
    Optional<Subject> resolve(UUID me, String item);

    record Subject(String item, String title, String content) {
    }
}
