package dev.ascent.catalog.internal;

import dev.ascent.catalog.PublishResult;
import dev.ascent.catalog.PublishResult.Outcome;
import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.RoadmapRelease;
import dev.ascent.catalog.RoadmapSource;
import dev.ascent.catalog.ValidationReport;
import dev.ascent.catalog.format.RoadmapValidator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Publishes roadmap files under the versioning rules: a new id is published; a higher version
 * replaces the current one and records what it added, removed and changed; the same version with
 * the same content is a no-op; a lower version, or the same version with different content, is
 * refused. Safe with several instances publishing at once.
 * <p>
 * A roadmap belongs to its audience for good: public (null) or one audience's (a team's id). A file whose id
 * is already taken by a roadmap of another audience is refused, so a team cannot take over a built-in id, an
 * upload cannot replace a team's roadmap, and two teams never share one.
 */
@Service
public class RoadmapPublisher {

    private final RoadmapStore store;

    RoadmapPublisher(RoadmapStore store) {
        this.store = store;
    }

    @Transactional
    public PublishResult publish(String fileName, String yaml, RoadmapSource source) {
        return publish(fileName, yaml, source, null);
    }

    /** Publishes for an audience ({@code null}: everyone). */
    @Transactional
    public PublishResult publish(String fileName, String yaml, RoadmapSource source, @Nullable UUID audience) {
        ValidationReport report = RoadmapValidator.validate(fileName, yaml);
        if (!report.valid()) {
            return new PublishResult(Outcome.INVALID, "%s has %d problem%s; nothing was published".formatted(fileName,
                    report.problems().size(), report.problems().size() == 1 ? "" : "s"), report, null);
        }
        Roadmap incoming = report.roadmap();
        var current = store.currentForUpdate(incoming.id());
        if (current.isEmpty()) {
            RoadmapDiff diff = RoadmapDiff.initial();
            store.save(incoming, source, audience, fileName, yaml, diff);
            return new PublishResult(Outcome.PUBLISHED, "published %s version %d".formatted(incoming.id(), incoming.version()),
                    report, release(incoming, source, fileName, diff));
        }
        if (!Objects.equals(current.get().audience(), audience)) {
            return new PublishResult(Outcome.REFUSED, ("the id %s is already taken by another roadmap; "
                    + "give this one an id of its own").formatted(incoming.id()), report, null);
        }
        int published = current.get().version();
        boolean sameContent = current.get().contentHash().equals(RoadmapStore.contentHash(incoming));
        if (incoming.version() == published && sameContent) {
            return new PublishResult(Outcome.UNCHANGED, "%s version %d is already published with this content".formatted(incoming.id(), published), report, null);
        }
        if (incoming.version() == published) {
            return new PublishResult(Outcome.REFUSED, ("%s version %d is already published with different content; "
                    + "raise 'version' to %d to publish this change").formatted(incoming.id(), published, published + 1), report, null);
        }
        if (incoming.version() < published) {
            return new PublishResult(Outcome.REFUSED, ("%s version %d is older than the published version %d; "
                    + "a roadmap never goes back — publish it as version %d").formatted(incoming.id(), incoming.version(), published, published + 1), report, null);
        }
        Roadmap before = store.document(incoming.id()).orElseThrow();
        RoadmapDiff diff = RoadmapDiff.between(before, incoming);
        store.save(incoming, source, audience, fileName, yaml, diff);
        return new PublishResult(Outcome.UPGRADED, "upgraded %s from version %d to %d: %d added, %d removed, %d changed".formatted(
                incoming.id(), published, incoming.version(), diff.added().size(), diff.removed().size(), diff.changed().size()),
                report, release(incoming, source, fileName, diff));
    }

    private static RoadmapRelease release(Roadmap roadmap, RoadmapSource source, String fileName, RoadmapDiff diff) {
        return new RoadmapRelease(roadmap.version(), Instant.now(), source, fileName, diff.added(), diff.removed(), diff.changed());
    }
}
