package dev.ascent.drills.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.drills.DebriefSection;
import dev.ascent.drills.Debriefs;
import dev.ascent.drills.Drill;
import dev.ascent.drills.DrillHistory;
import dev.ascent.drills.Live;
import dev.ascent.drills.Play;
import dev.ascent.drills.PlayEntry;
import dev.ascent.drills.PlayResult;
import dev.ascent.drills.Plays;
import dev.ascent.drills.internal.DrillCatalog;
import dev.ascent.drills.play.Signals;
import dev.ascent.platform.ApiOutcomes;
import dev.ascent.platform.InvalidInputException;
import dev.ascent.platform.Outcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drills through the API: the library, starting and playing a drill, its debrief, the history. */
@RestController
@RequestMapping(path = "/api/v1/drills", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Drills")
class DrillApi {

    private final DrillCatalog drills;
    private final Plays plays;
    private final Debriefs debriefs;
    private final DrillHistory history;

    DrillApi(DrillCatalog drills, Plays plays, Debriefs debriefs, DrillHistory history) {
        this.drills = drills;
        this.plays = plays;
        this.debriefs = debriefs;
        this.history = history;
    }

    /** A drill as the on-call may know it before playing: never its faults, its solution or what really happened. */
    record DrillBrief(String id, int version, String title, String page, List<String> topics, String model, double durationSeconds,
                      double speed, Drill.Slo slo, long errorBudget, double holdSeconds, List<Drill.Dashboard> dashboards,
                      List<Drill.Alert> alerts, List<ActionBrief> actions) {
        static DrillBrief of(Drill d) {
            return new DrillBrief(d.id(), d.version(), d.title(), d.page(), d.topics(), d.model(), d.durationSeconds(), d.speed(), d.slo(),
                    d.errorBudget(), d.holdSeconds(), d.dashboards(), d.alerts(),
                    d.actions().stream().map(a -> new ActionBrief(a.id(), a.title(), a.summary(), a.takesSeconds())).toList());
        }
    }

    record ActionBrief(String id, String title, String summary, double takesSeconds) {
    }

    record PlayBrief(UUID id, String drill, String title, String state, @Nullable UUID gameMaster, String startedAt, @Nullable String endedAt,
                     @Nullable PlayResult result) {
        static PlayBrief of(Play p) {
            return new PlayBrief(p.id(), p.drillId(), p.drillTitle(), p.state().key(), p.gameMasterId(), p.startedAt().toString(),
                    p.endedAt() == null ? null : p.endedAt().toString(), p.result());
        }
    }

    record AlertState(String alert, String title, double firedAt, @Nullable Double clearedAt, boolean acknowledged) {
    }

    record LogLine(double atSecond, String source, String level, String text) {
    }

    record Entry(int seq, double atSecond, String kind, @Nullable String ref, @Nullable String detail) {
    }

    /** A play as it stands: the clock, the alerts, each dashboard's values so far, the log, and what was done. */
    record PlayState(PlayBrief play, double clockSeconds, boolean paused, double speed, int version, List<AlertState> alerts,
                     Map<String, double[]> dashboards, List<LogLine> log, List<Entry> entries, @Nullable Map<String, Double> faults) {
        static PlayState of(Live live) {
            Map<String, double[]> series = new LinkedHashMap<>();
            boolean seesAll = !live.play().running() || live.viewerIsGameMaster();
            for (Drill.Dashboard d : live.drill().dashboards()) {
                series.put(d.id(), live.signals().series(d.metric(), d.component()));
            }
            return new PlayState(PlayBrief.of(live.play()), live.clock(), live.paused(), live.play().speed(), live.play().version(),
                    live.firings().stream().map(f -> new AlertState(f.alert().id(), f.alert().title(), f.firedAt(), f.clearedAt(), live.acknowledged(f))).toList(),
                    series, live.recentLines(100).reversed().stream().map(l -> new LogLine(l.atSecond(), l.source(), l.levelName(), l.text())).toList(),
                    live.log().stream().filter(e -> seesAll || e.kind() != PlayEntry.Kind.INJECT)
                            .map(e -> new Entry(e.seq(), e.atSecond(), e.kind().key(), e.ref(), e.detail())).toList(),
                    seesAll ? live.play().faultTimes() : null);
        }
    }

    record Start(@Nullable String drill, @Nullable UUID team, @Nullable UUID member) {
    }

    record Command(@Nullable String action, @Nullable String alert, @Nullable String dashboard, @Nullable String command,
                   @Nullable Double speed, @Nullable Integer version) {
    }

    record DebriefBody(@Nullable Map<String, String> sections, @Nullable Integer version) {
    }

    record DebriefState(UUID play, Map<String, String> sections, int version, @Nullable String updatedAt, String markdown) {
        static DebriefState of(Debriefs.View v) {
            return new DebriefState(v.live().play().id(), v.debrief().sections(), v.debrief().version(),
                    v.debrief().updatedAt() == null ? null : v.debrief().updatedAt().toString(), Debriefs.markdown(v.live(), v.debrief()));
        }
    }

    record HistoryRow(PlayBrief play, boolean debriefed, @Nullable Double timeToDetect, @Nullable Double timeToMitigate, double budgetSpent) {
    }

    @GetMapping
    @Operation(summary = "The built-in drills (what an on-call may know before playing)")
    List<DrillBrief> list() {
        return drills.drills().stream().map(DrillBrief::of).toList();
    }

    @GetMapping("/{drillId}")
    @Operation(summary = "One drill")
    DrillBrief drill(@PathVariable String drillId) {
        return drills.drill(drillId).map(DrillBrief::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no drill '%s'.".formatted(drillId)));
    }

    @GetMapping("/plays")
    @Operation(summary = "Your plays and those you ran as game master, newest first")
    List<PlayBrief> plays(CurrentAccount me) {
        return plays.plays(me.id()).stream().map(PlayBrief::of).toList();
    }

    @PostMapping("/plays")
    @Operation(summary = "Start a play of a drill (paused at 00:00); with team and member, as game master for that member")
    ResponseEntity<?> start(CurrentAccount me, @RequestBody Start body) {
        String drill = body.drill() == null ? "" : body.drill();
        Outcome<Play> started = body.team() == null && body.member() == null ? plays.start(me.id(), drill)
                : body.team() == null || body.member() == null ? Outcome.invalid("member", "Name both the team and the member to run a drill for.")
                : plays.startAsGameMaster(me.id(), body.team(), body.member(), drill);
        return ApiOutcomes.respond(started.map(PlayBrief::of), HttpStatus.CREATED);
    }

    @GetMapping("/plays/{playId}")
    @Operation(summary = "A play as it stands now (the clock runs while it is not paused)")
    PlayState play(CurrentAccount me, @PathVariable UUID playId) {
        return plays.live(me.id(), playId).map(PlayState::of).orElseThrow(PlayPages::noPlay);
    }

    @PostMapping("/plays/{playId}/actions")
    @Operation(summary = "Take an action now ({action, version})")
    ResponseEntity<?> act(CurrentAccount me, @PathVariable UUID playId, @RequestBody Command body) {
        return ApiOutcomes.respond(plays.act(me.id(), playId, body.action() == null ? "" : body.action(), ApiOutcomes.version(body.version())).map(PlayState::of));
    }

    @PostMapping("/plays/{playId}/acknowledgements")
    @Operation(summary = "Acknowledge a firing alert ({alert, version})")
    ResponseEntity<?> acknowledge(CurrentAccount me, @PathVariable UUID playId, @RequestBody Command body) {
        return ApiOutcomes.respond(plays.acknowledge(me.id(), playId, body.alert() == null ? "" : body.alert(), ApiOutcomes.version(body.version()))
                .map(PlayState::of));
    }

    @PostMapping("/plays/{playId}/clock")
    @Operation(summary = "Run, pause or step the clock ({command: run|pause|step-10|step-60, speed, version})")
    ResponseEntity<?> clock(CurrentAccount me, @PathVariable UUID playId, @RequestBody Command body) {
        Plays.ClockCommand command = body.command() == null ? null : Plays.ClockCommand.of(body.command())
                .orElseThrow(() -> new InvalidInputException(Map.of("command", "Use run, pause, step-10 or step-60.")));
        return ApiOutcomes.respond(plays.clock(me.id(), playId, command, body.speed(), ApiOutcomes.version(body.version())).map(PlayState::of));
    }

    @GetMapping("/plays/{playId}/debrief")
    @Operation(summary = "A play's debrief, with its Markdown")
    DebriefState debrief(CurrentAccount me, @PathVariable UUID playId) {
        return debriefs.view(me.id(), playId).map(DebriefState::of).orElseThrow(PlayPages::noPlay);
    }

    @PutMapping("/plays/{playId}/debrief")
    @Operation(summary = "Write the debrief of a play that ended ({sections: {summary, impact, …}, version}); kept in your journal")
    ResponseEntity<?> writeDebrief(CurrentAccount me, @PathVariable UUID playId, @RequestBody DebriefBody body) {
        Map<String, String> sections = body.sections() == null ? Map.of() : body.sections();
        for (String key : sections.keySet()) {
            if (java.util.Arrays.stream(DebriefSection.values()).noneMatch(s -> s.key().equals(key))) {
                throw new InvalidInputException(Map.of("sections." + key, "There is no section '%s'; use summary, impact, trigger, root-causes, detection, resolution, action-items, went-well, went-wrong or lucky."
                        .formatted(key.length() > 40 ? key.substring(0, 40) + "…" : key)));
            }
        }
        return ApiOutcomes.respond(debriefs.save(me.id(), playId, sections, ApiOutcomes.version(body.version())).map(DebriefState::of));
    }

    @GetMapping("/history")
    @Operation(summary = "Your plays that ended, oldest first, with times to detect and mitigate")
    List<HistoryRow> history(CurrentAccount me) {
        return history.of(me.id()).rows().stream().map(r -> new HistoryRow(PlayBrief.of(r.play()), r.debriefed(), r.result().timeToDetect(),
                r.result().timeToMitigate(), r.result().budgetSpent())).toList();
    }
}
