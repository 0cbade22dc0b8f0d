package dev.ascent.drills;

import dev.ascent.drills.internal.DebriefStore;
import dev.ascent.drills.internal.PlayStore;
import dev.ascent.teams.ReviewItem;
import dev.ascent.teams.ReviewKind;
import dev.ascent.teams.ReviewSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A written debrief of a play that ended may be sent for a mentor's review like other work: {@code debrief:<play id>}. */
@Component
class DebriefReviews implements ReviewSource {

    private final PlayStore plays;
    private final DebriefStore debriefs;
    private final Debriefs pages;

    DebriefReviews(PlayStore plays, DebriefStore debriefs, Debriefs pages) {
        this.plays = plays;
        this.debriefs = debriefs;
        this.pages = pages;
    }

    @Override
    public ReviewKind kind() {
        return ReviewKind.DEBRIEF;
    }

    @Override
    public List<ReviewItem> candidates(UUID me) {
        List<Play> ended = plays.played(me, DrillHistory.MAX_PLAYS).stream().filter(p -> !p.running()).toList();
        List<UUID> written = debriefs.written(ended.stream().map(Play::id).toList());
        return ended.stream().filter(p -> written.contains(p.id()))
                .map(p -> new ReviewItem(ReviewKind.DEBRIEF.prefix() + p.id(), ReviewKind.DEBRIEF,
                        p.drillTitle() + " (" + dev.ascent.platform.Display.day(p.startedAt()) + ")"))
                .toList();
    }

    @Override
    public Optional<Subject> resolve(UUID me, String item) {
        UUID playId;
        try {
            playId = UUID.fromString(item.substring(ReviewKind.DEBRIEF.prefix().length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return pages.view(me, playId).filter(v -> v.mine() && v.debrief().written() && !v.live().play().running())
                .map(v -> new Subject(ReviewKind.DEBRIEF.prefix() + playId, v.live().drill().title() + " ("
                        + dev.ascent.platform.Display.day(v.live().play().startedAt()) + ")", Debriefs.markdown(v.live(), v.debrief())));
    }
}
