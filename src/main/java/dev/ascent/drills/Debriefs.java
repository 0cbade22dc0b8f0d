package dev.ascent.drills;

import dev.ascent.drills.internal.DebriefStore;
import dev.ascent.drills.play.Signals;
import dev.ascent.learning.PracticeRecords;
import dev.ascent.platform.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The debrief after a play: a blameless postmortem whose impact, detection and resolution start from the play's
 * numbers and log, written by the on-call, read by their game master, kept in their journal and exported as Markdown.
 */
@Service
public class Debriefs {

    static final String NOT_ENDED = "A debrief is written once the play has ended.";

    /** A debrief with the play it is about, as its reader sees it. */
    public record View(Live live, Debrief debrief, boolean mine) {
    }

    private final Plays plays;
    private final DebriefStore store;
    private final PracticeRecords practice;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Debriefs(Plays plays, DebriefStore store, PracticeRecords practice, TransactionTemplate transactions, Clock clock) {
        this.plays = plays;
        this.store = store;
        this.practice = practice;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The play's debrief for its player or game master: the written one, or one started from the play's numbers. */
    public Optional<View> view(UUID viewer, UUID playId) {
        return plays.live(viewer, playId).map(live -> new View(live,
                store.find(playId).orElseGet(() -> new Debrief(playId, drafted(live), null, null, 0)), live.play().playedBy(viewer)));
    }

    /** Saves the on-call's debrief at {@code version} (0 for the first) and keeps its copy in their journal. */
    public Outcome<View> save(UUID me, UUID playId, Map<String, String> sections, int version) {
        View view = view(me, playId).orElse(null);
        if (view == null || !view.mine()) {
            return Outcome.notFound("There is no such play of yours.");
        }
        if (view.live().play().running()) {
            return Outcome.invalid("play", NOT_ENDED);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> clean = new LinkedHashMap<>();
        for (DebriefSection section : DebriefSection.values()) {
            String text = sections.getOrDefault(section.key(), "");
            text = text == null ? "" : text.strip();
            if (text.length() > DebriefSection.MAX_LENGTH) {
                errors.put(section.key(), "Keep “%s” to %,d characters; it has %,d.".formatted(section.title(), DebriefSection.MAX_LENGTH, text.length()));
            } else if (text.indexOf('\0') >= 0) {
                errors.put(section.key(), "“%s” contains a NUL character, which cannot be stored; remove it.".formatted(section.title()));
            }
            clean.put(section.key(), text);
        }
        if (clean.get(DebriefSection.SUMMARY.key()).isEmpty()) {
            errors.putIfAbsent(DebriefSection.SUMMARY.key(), "Write the summary: two or three sentences on what happened.");
        }
        if (!errors.isEmpty()) {
            return Outcome.invalid(errors);
        }
        if (view.debrief().version() != version) {
            return Outcome.conflict("The debrief was saved meanwhile (in another tab?); this is how it reads now. Merge your text and save again.", view);
        }
        Instant now = clock.instant();
        Live live = view.live();
        Debrief draft = new Debrief(playId, clean, view.debrief().journalEntryId(), now, version);
        Boolean saved = transactions.execute(tx -> {
            UUID entry = practice.keepInJournal(me, draft.journalEntryId(), LocalDate.ofInstant(now, clock.getZone()),
                    "Incident drill: " + live.drill().title(), markdown(live, draft), List.of("incident-drill", "postmortem"), live.drill().topics());
            if (!store.save(me, playId, clean, entry, now, version)) {
                tx.setRollbackOnly();
                return false;
            }
            return true;
        });
        if (!Boolean.TRUE.equals(saved)) {
            return Outcome.conflict("The debrief was saved meanwhile (in another tab?); this is how it reads now.", view(me, playId).orElse(view));
        }
        return view(me, playId).<Outcome<View>>map(Outcome::saved).orElseGet(() -> Outcome.notFound("There is no such play of yours."));
    }

    /** Where a new debrief starts: the numbers and the log of the play, for the on-call to correct and complete. */
    static Map<String, String> drafted(Live live) {
        Map<String, String> sections = new LinkedHashMap<>();
        PlayResult r = live.play().result();
        if (r != null) {
            sections.put(DebriefSection.IMPACT.key(), "%,d requests failed, %d%% of the error budget of %,d, over %s of simulated time.".formatted(
                    r.failed(), Math.round(r.budgetSpent() * 100), r.errorBudget(), Signals.clock(live.clock())));
            StringBuilder detection = new StringBuilder();
            detection.append(r.firstAlertSecond() == null ? "No alert fired. " : "The first alert fired at %s. ".formatted(Signals.clock(r.firstAlertSecond())));
            detection.append(r.detectedSecond() == null ? "Nobody acknowledged it." : "I acknowledged or acted at %s, %s after the first fault."
                    .formatted(Signals.clock(r.detectedSecond()), Signals.clock(r.timeToDetect())));
            sections.put(DebriefSection.DETECTION.key(), detection.toString());
            StringBuilder resolution = new StringBuilder();
            for (PlayResult.ActionEffect a : r.actions()) {
                resolution.append("- %s: %s%n".formatted(Signals.clock(a.atSecond()), a.title()));
            }
            resolution.append(r.mitigatedSecond() == null ? "The SLO did not come back before the play ended."
                    : "The SLO was back at %s and held.".formatted(Signals.clock(r.mitigatedSecond())));
            sections.put(DebriefSection.RESOLUTION.key(), resolution.toString().strip());
        }
        return sections;
    }

    /** The debrief as a Markdown document, with the play's timeline. */
    public static String markdown(Live live, Debrief debrief) {
        StringBuilder md = new StringBuilder();
        md.append("# Debrief: ").append(live.drill().title()).append("\n\n");
        md.append("Incident drill played on %s (%s), %s.%n%n".formatted(dev.ascent.platform.Display.day(live.play().startedAt()),
                live.play().state().label().toLowerCase(java.util.Locale.ROOT), "drill version " + live.drill().version()));
        PlayResult r = live.play().result();
        if (r != null) {
            md.append("| time to detect | time to mitigate | error budget spent | failed requests |\n|---|---|---|---|\n");
            md.append("| %s | %s | %d%% | %,d |%n%n".formatted(r.timeToDetect() == null ? "—" : Signals.clock(r.timeToDetect()),
                    r.timeToMitigate() == null ? "not mitigated" : Signals.clock(r.timeToMitigate()), Math.round(r.budgetSpent() * 100), r.failed()));
        }
        for (DebriefSection section : DebriefSection.values()) {
            String text = debrief.section(section);
            if (!text.isBlank()) {
                md.append("## ").append(section.title()).append("\n\n").append(text).append("\n\n");
            }
        }
        md.append("## Timeline\n\n");
        List<Map.Entry<Double, String>> lines = new java.util.ArrayList<>();
        for (var f : live.firings()) {
            lines.add(Map.entry(f.firedAt(), "alert fired: " + f.alert().title()));
        }
        for (PlayEntry e : live.log()) {
            if (e.kind() != PlayEntry.Kind.LOOK) {
                lines.add(Map.entry(e.atSecond(), describe(live, e)));
            }
        }
        lines.sort(Map.Entry.comparingByKey());
        lines.forEach(line -> md.append("- %s %s%n".formatted(Signals.clock(line.getKey()), line.getValue())));
        return md.toString();
    }

    private static String describe(Live live, PlayEntry e) {
        return switch (e.kind()) {
            case ACTION -> "action: " + live.drill().action(e.ref() == null ? "" : e.ref()).map(Drill.Action::title).orElse(e.ref());
            case ACK -> "acknowledged: " + live.drill().alerts().stream().filter(a -> a.id().equals(e.ref())).map(Drill.Alert::title).findFirst().orElse("an alert");
            case HINT -> "hint from the game master: " + e.detail();
            case INJECT -> "the game master injected a fault on " + e.detail();
            case LOOK -> "looked at " + e.ref();
        };
    }

}
