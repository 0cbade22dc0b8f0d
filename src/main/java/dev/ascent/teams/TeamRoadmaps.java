package dev.ascent.teams;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.PublishResult;
import dev.ascent.catalog.RoadmapSummary;
import dev.ascent.catalog.ValidationReport;
import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import dev.ascent.platform.Problem;
import dev.ascent.teams.internal.TeamRoadmapStore;
import dev.ascent.teams.internal.TeamStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Roadmaps of a team. A lead forks a public roadmap (or starts from an empty one) under an id of their choosing,
 * unique among every roadmap on the server; edits its YAML as a draft (saved with an optimistic version, so a
 * stale save is a conflict and nothing is lost); checks it with the catalog's validator; compares it with the
 * version it came from; and publishes it. Publishing gives the file the next version and hands it to the
 * catalog for this team only ({@link Catalog#publish(String, String, UUID)}), under the same rules as a built-in:
 * progress on every id that still exists is kept, and the release names what was removed.
 * <p>
 * Everyone in the team sees its published roadmaps and may follow them; only leads see drafts, edit and publish.
 * The roadmaps belong to the team, not to the lead who wrote them: a lead leaving changes nothing. When a team is
 * deleted (its last person left) its drafts go with it, and its published roadmaps stay in the catalog visible to
 * nobody, so whoever followed one keeps their enrolment, progress and plan, and the id stays taken.
 */
@Service
public class TeamRoadmaps {

    static final String NO_ROADMAP = "This team has no such roadmap.";
    static final String TAKEN = "This id is taken by another roadmap on this server; choose another.";
    static final String CONFLICT = "Another lead saved this roadmap since you opened it. Your text is below and was not saved; "
            + "the saved draft is under it. Save again to replace it.";

    private final TeamRoadmapStore store;
    private final TeamStore teams;
    private final Catalog catalog;
    private final FormErrors formErrors;
    private final Clock clock;

    TeamRoadmaps(TeamRoadmapStore store, TeamStore teams, Catalog catalog, FormErrors formErrors, Clock clock) {
        this.store = store;
        this.teams = teams;
        this.catalog = catalog;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    /** The team's roadmaps by title: a lead gets drafts too, mentors and members the published ones; empty outside the team. */
    public Optional<List<TeamRoadmap>> roadmaps(UUID me, UUID teamId) {
        return role(me, teamId).map(role -> {
            Map<String, Integer> published = publishedVersions(teamId);
            return store.ofTeam(teamId).stream().map(row -> view(row, published.getOrDefault(row.roadmapId(), 0)))
                    .filter(r -> role == TeamRole.LEAD || r.published())
                    .toList();
        });
    }

    /** The public roadmaps a lead may fork, by title. */
    public List<RoadmapSummary> forkable() {
        return catalog.roadmaps();
    }

    /** Everything wrong with a new roadmap's form that needs no team, by field. */
    public Map<String, String> problems(TeamRoadmapForm form) {
        Map<String, String> errors = new LinkedHashMap<>(formErrors.check(form));
        if (!errors.containsKey("id") && (catalog.taken(form.cleanId()) || store.exists(form.cleanId()))) {
            errors.put("id", TAKEN);
        }
        String from = form.fork();
        if (!errors.containsKey("from") && from != null && !catalog.readable(from, null)) {
            errors.put("from", "Choose a roadmap from the list.");
        }
        return errors;
    }

    /** A new roadmap of the team (leads only): a copy of a public roadmap under the new id and title, or an empty one. */
    @Transactional
    public Outcome<TeamRoadmap> create(UUID me, UUID teamId, TeamRoadmapForm form) {
        Optional<TeamRole> role = role(me, teamId);
        if (role.isEmpty()) {
            return Outcome.notFound(Teams.NOT_FOUND);
        }
        Teams.requireLead(role.get(), "start a team roadmap");
        return Outcome.unless(problems(form), () -> {
            String from = form.fork();
            String base = from == null ? "" : catalog.source(from).orElseThrow();
            String text = from == null ? RoadmapFile.empty(form.cleanId(), form.cleanTitle())
                    : RoadmapFile.withHeader(base, form.cleanId(), form.cleanTitle(), 1);
            if (!store.insert(form.cleanId(), teamId, form.cleanTitle(), from, from == null ? text : base, text, clock.instant())) {
                return Outcome.invalid("id", TAKEN);
            }
            return Outcome.saved(view(store.find(teamId, form.cleanId()).orElseThrow(), 0));
        });
    }

    /** A roadmap's draft for the lead's editor; empty outside the team or for another team's roadmap. */
    public Optional<TeamRoadmapDraft> draft(UUID me, UUID teamId, String roadmapId) {
        Optional<TeamRole> role = role(me, teamId);
        role.ifPresent(r -> Teams.requireLead(r, "edit the team's roadmaps"));
        return role.flatMap(r -> store.find(teamId, roadmapId)).map(row -> new TeamRoadmapDraft(view(row, publishedVersion(teamId, roadmapId)), row.draft()));
    }

    /** Every problem the validator finds in a team roadmap's text, with its line; also an id other than the roadmap's own. */
    public ValidationReport check(String roadmapId, String text) {
        String file = roadmapId + ".yaml";
        ValidationReport report = catalog.validate(file, text);
        if (report.valid() && !report.roadmap().id().equals(roadmapId)) {
            List<Problem> problems = new ArrayList<>(report.problems());
            problems.add(new Problem(file, RoadmapFile.lineOf(text, "id"), "id",
                    "A team roadmap keeps the id it was started with: write id: " + roadmapId));
            return new ValidationReport(file, problems, null);
        }
        return report;
    }

    /** The line diff of {@code text} against the version it came from: the last one published, else the file it was started from. */
    public Optional<RoadmapChanges> changes(UUID me, UUID teamId, String roadmapId, String text) {
        return draft(me, teamId, roadmapId).map(draft -> {
            TeamRoadmap roadmap = draft.roadmap();
            if (roadmap.published()) {
                String source = catalog.source(roadmapId).orElse("");
                return RoadmapFile.diff("version " + roadmap.publishedVersion() + ", the last one published for the team", source, text);
            }
            String base = store.find(teamId, roadmapId).map(TeamRoadmapStore.Row::baseYaml).orElse("");
            return RoadmapFile.diff(roadmap.forkedFrom() == null ? "the empty roadmap it was started from"
                    : "the roadmap “" + roadmap.forkedFrom() + "” as it was forked", base, text);
        });
    }

    /** Saves the draft without publishing it (leads only); a conflict when someone saved since {@code expectedVersion}. */
    @Transactional
    public Outcome<TeamRoadmapDraft> save(UUID me, UUID teamId, String roadmapId, TeamRoadmapEdit edit, int expectedVersion) {
        Optional<TeamRoadmapDraft> current = draft(me, teamId, roadmapId);
        if (current.isEmpty()) {
            return Outcome.notFound(role(me, teamId).isEmpty() ? Teams.NOT_FOUND : NO_ROADMAP);
        }
        return Outcome.unless(formErrors.check(edit), () -> {
            if (!store.saveDraft(teamId, roadmapId, edit.text(), null, expectedVersion, clock.instant())) {
                return Outcome.conflict(CONFLICT, current.get());
            }
            return Outcome.saved(draft(me, teamId, roadmapId).orElseThrow());
        });
    }

    /**
     * Publishes the text as the roadmap's next version for the team (leads only): invalid with the validator's
     * summary when it has problems or nothing changed since the last version; a conflict when someone saved or
     * published since {@code expectedVersion} (negative: whatever is current, for the API).
     */
    @Transactional
    public Outcome<TeamRoadmapPublished> publish(UUID me, UUID teamId, String roadmapId, TeamRoadmapEdit edit, int expectedVersion) {
        Optional<TeamRoadmapDraft> current = draft(me, teamId, roadmapId);
        if (current.isEmpty()) {
            return Outcome.notFound(role(me, teamId).isEmpty() ? Teams.NOT_FOUND : NO_ROADMAP);
        }
        Map<String, String> errors = formErrors.check(edit);
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        TeamRoadmap roadmap = current.get().roadmap();
        if (expectedVersion >= 0 && roadmap.version() != expectedVersion) {
            return Outcome.conflict(CONFLICT, null);
        }
        int published = roadmap.publishedVersion();
        String text = RoadmapFile.withVersion(edit.text(), published + 1);
        ValidationReport report = check(roadmapId, text);
        if (!report.valid()) {
            return Outcome.invalid("yaml", report.summary() + "; nothing was published. Check shows each problem with its line.");
        }
        if (published > 0 && RoadmapFile.withVersion(edit.text(), published).equals(catalog.source(roadmapId).orElse(""))) {
            return Outcome.invalid("yaml", "Nothing changed since version %d: there is nothing to publish.".formatted(published));
        }
        PublishResult result = catalog.publish(roadmapId + ".yaml", text, teamId);
        return switch (result.outcome()) {
            case PUBLISHED, UPGRADED -> {
                store.published(teamId, roadmapId, text, report.roadmap().title(), clock.instant());
                TeamRoadmap now = view(store.find(teamId, roadmapId).orElseThrow(), published + 1);
                yield Outcome.saved(new TeamRoadmapPublished(now, java.util.Objects.requireNonNull(result.release()), message(result)));
            }
            case UNCHANGED -> Outcome.invalid("yaml", "Nothing changed since version %d: there is nothing to publish.".formatted(published));
            case REFUSED -> Outcome.conflict("Not published: " + result.message() + ".", null);
            case INVALID -> Outcome.invalid("yaml", result.message());
        };
    }

    private static String message(PublishResult result) {
        var release = java.util.Objects.requireNonNull(result.release());
        if (release.version() == 1) {
            return "Published version 1. Everyone in the team can now open it and follow it.";
        }
        return "Published version %d: %d added, %d removed, %d changed. Progress on every id that is still there is kept."
                .formatted(release.version(), release.added().size(), release.removed().size(), release.changed().size());
    }

    private Optional<TeamRole> role(UUID me, UUID teamId) {
        return teams.membership(teamId, me).map(TeamStore.Membership::role);
    }

    private Map<String, Integer> publishedVersions(UUID teamId) {
        return catalog.roadmapsOf(teamId).stream().collect(Collectors.toMap(RoadmapSummary::id, RoadmapSummary::version, (a, b) -> a));
    }

    private int publishedVersion(UUID teamId, String roadmapId) {
        return publishedVersions(teamId).getOrDefault(roadmapId, 0);
    }

    private static TeamRoadmap view(TeamRoadmapStore.Row row, int publishedVersion) {
        boolean unpublished = row.publishedRevision() == null || row.publishedRevision() != row.version();
        return new TeamRoadmap(row.roadmapId(), row.teamId(), row.title(), row.forkedFrom(), publishedVersion, unpublished,
                row.updatedAt(), row.version());
    }

}
