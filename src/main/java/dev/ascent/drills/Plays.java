package dev.ascent.drills;

import dev.ascent.drills.internal.DrillCatalog;
import dev.ascent.drills.internal.PlayStore;
import dev.ascent.drills.internal.Replays;
import dev.ascent.drills.play.Assessment;
import dev.ascent.drills.play.Faults;
import dev.ascent.drills.play.Signals;
import dev.ascent.drills.play.Timeline;
import dev.ascent.lab.engine.RunResult;
import dev.ascent.lab.engine.SystemModel;
import dev.ascent.learning.PracticeRecords;
import dev.ascent.platform.Outcome;
import dev.ascent.teams.TeamDetails;
import dev.ascent.teams.TeamRole;
import dev.ascent.teams.Teams;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Playing drills: starting one (alone, or for a member as their game master), its clock (which runs on its own at the
 * play's speed unless paused), what the on-call does, and how it ends — at recovery, when time is up, or given up.
 * Every change to a play names the version it was based on: a second tab (or a second person) acting on a play that
 * moved on gets a conflict, and nothing is lost.
 */
@Service
public class Plays {

    /** Entries a play's log may hold: far more than a drill needs, few enough that replays stay bounded. */
    public static final int MAX_LOG = 400;
    public static final List<Double> SPEEDS = List.of(1.0, 5.0, 10.0, 30.0, 60.0);
    /** Actions weighed against the same play without them when it ends (each costs one replay). */
    static final int MAX_WEIGHED = 20;
    static final String NO_PLAY = "There is no such play of yours.";
    static final String MOVED_ON = "The play moved on in another tab or for another person; this is where it stands now.";
    static final String ENDED = "This play has ended.";

    private final DrillCatalog drills;
    private final PlayStore store;
    private final Replays replays;
    private final Teams teams;
    private final PracticeRecords practice;
    private final TransactionTemplate transactions;
    private final dev.ascent.teams.Notifications notifications;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Plays(DrillCatalog drills, PlayStore store, Replays replays, Teams teams, PracticeRecords practice, TransactionTemplate transactions,
          dev.ascent.teams.Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.drills = drills;
        this.store = store;
        this.replays = replays;
        this.teams = teams;
        this.practice = practice;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new play of the drill by {@code player}; paused at second 0 until they start the clock. */
    public Outcome<Play> start(UUID player, String drillId) {
        return begin(player, null, null, drillId);
    }

    /**
     * A new play of the drill by a member of the team, run by {@code gameMaster}, who must be a lead or a mentor of it.
     * Anyone else (or a member not in the team) is refused as not found.
     */
    public Outcome<Play> startAsGameMaster(UUID gameMaster, UUID teamId, UUID memberId, String drillId) {
        TeamDetails team = teams.team(gameMaster, teamId).orElse(null);
        if (team == null || team.myRole() == TeamRole.MEMBER) {
            return Outcome.notFound("Only a lead or a mentor of the team can run a drill for one of its members.");
        }
        if (memberId.equals(gameMaster) || team.members().stream().noneMatch(m -> m.accountId().equals(memberId))) {
            return Outcome.invalid("member", "Choose someone else in this team to play the drill.");
        }
        Outcome<Play> started = begin(memberId, gameMaster, teamId, drillId);
        if (started instanceof Outcome.Saved<Play>(Play play)) {
            String by = team.members().stream().filter(m -> m.accountId().equals(gameMaster)).map(dev.ascent.teams.Member::displayName)
                    .findFirst().orElse("Your mentor");
            notifications.notify(memberId, dev.ascent.teams.NotificationKind.DRILL_STARTED,
                    "%s started an incident drill for you: %s".formatted(by, play.drillTitle()), "/drills/plays/" + play.id());
        }
        return started;
    }

    private Outcome<Play> begin(UUID player, @Nullable UUID gameMaster, @Nullable UUID teamId, String drillId) {
        Drill drill = drills.drill(drillId).orElse(null);
        if (drill == null) {
            return Outcome.invalid("drill", "Choose one of the drills in the library.");
        }
        long seed = random.nextLong();
        Map<String, Double> times = new LinkedHashMap<>();
        for (Drill.HiddenFault fault : drill.faults()) {
            times.put(fault.id(), Faults.draw(seed, fault.id(), fault.atMinSeconds(), fault.atMaxSeconds()));
        }
        Instant now = clock.instant();
        Play play = new Play(UUID.randomUUID(), player, gameMaster, teamId, drill.id(), drill.title(), drill.version(), seed, times,
                drill.speed(), 0, Play.State.RUNNING, now, null, null, 0);
        store.insert(play, now, true);
        return Outcome.saved(play);
    }

    /** The plays the account played or ran, newest first. */
    public List<Play> plays(UUID me) {
        return store.list(me, 200);
    }

    /**
     * The play as it stands now, for its player or its game master (while both are still in the team); ends it when
     * the SLO has come back and held, or time is up.
     */
    public Optional<Live> live(UUID viewer, UUID playId) {
        PlayStore.Stored stored = readable(viewer, playId).orElse(null);
        if (stored == null) {
            return Optional.empty();
        }
        Live live = compute(viewer, stored);
        if (live == null) {
            return Optional.empty();
        }
        if (live.play().running() && (live.assessment().recovered() || live.clock() >= live.drill().durationSeconds())) {
            Play.State state = live.assessment().recovered() ? Play.State.RECOVERED : Play.State.TIMED_OUT;
            finish(live, state, reached(stored, live.clock()));
            return readable(viewer, playId).map(s -> compute(viewer, s));
        }
        return Optional.of(live);
    }

    private Optional<PlayStore.Stored> readable(UUID viewer, UUID playId) {
        return store.find(viewer, playId).filter(s -> s.play().playedBy(viewer) || stillGameMaster(viewer, s.play()));
    }

    /** A game master sees a play only while they lead or mentor the team and the player is still in it. */
    private boolean stillGameMaster(UUID viewer, Play play) {
        return play.teamId() != null && teams.roleOf(viewer, play.teamId()).filter(r -> r != TeamRole.MEMBER).isPresent()
                && teams.roleOf(play.accountId(), play.teamId()).isPresent();
    }

    private @Nullable Live compute(UUID viewer, PlayStore.Stored stored) {
        Play play = stored.play();
        Drill drill = drills.drill(play.drillId()).orElse(null);
        SystemModel model = drill == null ? null : drills.model(drill).orElse(null);
        if (drill == null || model == null) {
            return null;
        }
        double now = clockOf(stored, drill);
        List<PlayEntry> log = store.log(play.id());
        RunResult run = replays.run(drill, model, play, log, (int) Math.floor(now), Timeline.NONE);
        Signals signals = new Signals(drill, run);
        Timeline timeline = Timeline.of(drill, model, play.faultTimes(), log, Timeline.NONE);
        List<Map.Entry<String, Double>> applied = new ArrayList<>();
        for (PlayEntry entry : log) {
            Double at = timeline.applies().get(entry.seq());
            if (at != null && entry.ref() != null) {
                applied.add(Map.entry(entry.ref(), at));
            }
        }
        Assessment assessment = Assessment.of(drill, play.faultTimes(), signals, log, play.accountId());
        boolean gameMaster = !play.playedBy(viewer) && play.runBy(viewer);
        return new Live(play, drill, model, now, stored.paused() || !play.running(), log, signals, assessment, signals.firings(),
                signals.log(play.faultTimes(), applied), gameMaster, viewer);
    }

    /** The moment the clock got to {@code at}: a play nobody watched ended when its clock ran out, not when it was next seen. */
    private Instant reached(PlayStore.Stored stored, double at) {
        Instant now = clock.instant();
        if (stored.paused()) {
            return now;
        }
        Instant reached = stored.clockAt().plusMillis(Math.round(Math.max(0, at - stored.play().clockSeconds()) / stored.play().speed() * 1000));
        return reached.isBefore(now) ? reached : now;
    }

    private double clockOf(PlayStore.Stored stored, Drill drill) {
        Play play = stored.play();
        if (stored.paused() || !play.running()) {
            return play.clockSeconds();
        }
        double wall = Duration.between(stored.clockAt(), clock.instant()).toMillis() / 1000.0;
        return Math.min(drill.durationSeconds(), play.clockSeconds() + Math.max(0, wall) * play.speed());
    }

    /** What a person may do to the clock. */
    public enum ClockCommand {
        RUN, PAUSE, STEP_10, STEP_60;

        public static Optional<ClockCommand> of(@Nullable String key) {
            for (ClockCommand c : values()) {
                if (c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(key)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Runs, pauses or steps the clock, or (with {@code speed}) changes how fast it runs. The on-call or the game master
     * may; it applies to the play as it stands, so it never conflicts.
     */
    public Outcome<Live> clock(UUID me, UUID playId, @Nullable ClockCommand command, @Nullable Double speed, int version) {
        if (speed != null && !SPEEDS.contains(speed)) {
            return Outcome.invalid("speed", "Choose a speed of 1, 5, 10, 30 or 60 simulated seconds a second.");
        }
        return write(me, playId, null, Who.BOTH, (live, now) -> {
            Boolean paused = command == null ? null : command != ClockCommand.RUN;
            double advance = command == ClockCommand.STEP_10 ? 10 : command == ClockCommand.STEP_60 ? 60 : 0;
            return new Step(advance, paused, speed, null, null, null);
        });
    }

    /** Takes one of the drill's actions now; its effects apply after the action's delay. */
    public Outcome<Live> act(UUID me, UUID playId, String actionId, int version) {
        return write(me, playId, version, Who.ON_CALL, (live, now) -> live.drill().action(actionId).isEmpty()
                ? invalid("action", "Choose one of this drill's actions.") : keep(live, PlayEntry.Kind.ACTION, actionId, null));
    }

    /**
     * Acknowledges an alert that has fired: the on-call has seen it (this is when the incident counts as detected). One
     * that cleared since the console last redrew may still be acknowledged: the on-call saw it page.
     */
    public Outcome<Live> acknowledge(UUID me, UUID playId, String alertId, int version) {
        return write(me, playId, version, Who.ON_CALL, (live, now) -> live.firings().stream().noneMatch(f -> f.alert().id().equals(alertId))
                ? invalid("alert", "That alert has not fired.") : keep(live, PlayEntry.Kind.ACK, alertId, null));
    }

    /** Notes that the on-call opened a dashboard (the debrief's timeline shows where they looked, and when). Never conflicts. */
    public Outcome<Live> look(UUID me, UUID playId, String dashboardId, int version) {
        return write(me, playId, null, Who.ON_CALL, (live, now) -> live.drill().dashboards().stream().noneMatch(d -> d.id().equals(dashboardId))
                ? invalid("dashboard", "Choose one of this drill's dashboards.") : keep(live, PlayEntry.Kind.LOOK, dashboardId, null));
    }

    /** The game master's hint, shown to the on-call at once. */
    public Outcome<Live> hint(UUID me, UUID playId, @Nullable String text, int version) {
        String hint = text == null ? "" : text.strip();
        return write(me, playId, null, Who.GAME_MASTER, (live, now) -> hint.isEmpty() || hint.length() > 500 || hint.chars().anyMatch(c -> c < 32 && c != '\n')
                ? invalid("hint", "Write a hint of at most 500 characters.") : keep(live, PlayEntry.Kind.HINT, null, hint));
    }

    /** The game master injects one more fault now, on one of the components it fits. */
    public Outcome<Live> inject(UUID me, UUID playId, @Nullable String injection, @Nullable String target, int version) {
        return write(me, playId, null, Who.GAME_MASTER, (live, now) -> {
            Faults.Injection kind = Faults.Injection.of(injection).orElse(null);
            if (kind == null) {
                return invalid("injection", "Choose a fault to inject.");
            }
            if (target == null || !kind.targets(live.model()).contains(target)) {
                return invalid("target", "Choose where the fault strikes: one of the components it fits.");
            }
            return keep(live, PlayEntry.Kind.INJECT, kind.key(), target);
        });
    }

    /** Gives the play up now; it ends with the numbers it has. */
    public Outcome<Live> abandon(UUID me, UUID playId, int version) {
        Outcome<Live> outcome = write(me, playId, version, Who.ON_CALL, (live, now) -> new Step(0, true, null, null, null, null));
        if (outcome instanceof Outcome.Saved<Live>(Live live) && live.play().running()) {
            finish(live, Play.State.ABANDONED, clock.instant());
            return live(me, playId).<Outcome<Live>>map(Outcome::saved).orElseGet(() -> Outcome.notFound(NO_PLAY));
        }
        return outcome;
    }

    /** Who may make a change: the on-call, the game master, or either. */
    private enum Who { ON_CALL, GAME_MASTER, BOTH }

    /**
     * A change to the play, made to it as it stands when its row is held: seconds to move the clock on, whether it is
     * paused and its speed (null: as they are), and what to log (nothing when {@code kind} is null).
     */
    private record Step(double advance, @Nullable Boolean paused, @Nullable Double speed, PlayEntry.@Nullable Kind kind, @Nullable String ref,
                        @Nullable String detail) {
    }

    private record Refused(Map<String, String> errors) {
    }

    @FunctionalInterface
    private interface Edit {
        Object apply(Live live, Instant now);
    }

    private static Refused invalid(String field, String message) {
        return new Refused(Map.of(field, message));
    }

    private static Step keep(Live live, PlayEntry.Kind kind, @Nullable String ref, @Nullable String detail) {
        return new Step(0, null, null, kind, ref, detail);
    }

    /**
     * One change to a running play, in one transaction that holds the play's row: the clock is anchored where it
     * stands now and the entry, if any, appended. With {@code version} (the on-call's actions, acknowledgements and
     * giving up), the play must still be at that version, and the version moves on: a second tab acting on what it saw
     * before gets a conflict. A game master's hint or a step of the clock never makes the on-call's next action
     * conflict.
     */
    private Outcome<Live> write(UUID me, UUID playId, @Nullable Integer version, Who who, Edit change) {
        Live live = live(me, playId).orElse(null);
        if (live == null) {
            return Outcome.notFound(NO_PLAY);
        }
        boolean allowed = switch (who) {
            case ON_CALL -> live.play().playedBy(me);
            case GAME_MASTER -> live.viewerIsGameMaster();
            case BOTH -> live.play().playedBy(me) || live.viewerIsGameMaster();
        };
        if (!allowed) {
            return Outcome.notFound(who == Who.GAME_MASTER ? "Only the game master of this play can do that." : "Only the on-call of this play can do that.");
        }
        if (!live.play().running()) {
            return Outcome.conflict(ENDED, live);
        }
        if (version != null && live.play().version() != version) {
            return Outcome.conflict(MOVED_ON, live);
        }
        if (live.log().size() >= MAX_LOG) {
            return Outcome.invalid("play", "This play's log is full (%d entries); end it and write the debrief.".formatted(MAX_LOG));
        }
        Instant now = clock.instant();
        Object result = change.apply(live, now);
        if (result instanceof Refused refused) {
            return Outcome.invalid(refused.errors());
        }
        Step step = (Step) result;
        Boolean written = transactions.execute(tx -> {
            PlayStore.Locked locked = store.lock(playId).orElse(null);
            PlayStore.Stored row = store.find(me, playId).orElse(null);
            if (locked == null || row == null || !locked.running() || version != null && locked.version() != version) {
                return false;
            }
            double at = clockOf(row, live.drill());
            double moved = Math.min(live.drill().durationSeconds(), at + step.advance());
            store.setClock(playId, moved, now, step.paused() == null ? row.paused() : step.paused(),
                    step.speed() == null ? row.play().speed() : step.speed(), version != null);
            if (step.kind() != null) {
                store.append(playId, new PlayEntry(locked.entries() + 1, at, step.kind(), step.ref(), step.detail(), me, now));
            }
            return true;
        });
        if (!Boolean.TRUE.equals(written)) {
            return live(me, playId).<Outcome<Live>>map(current -> Outcome.conflict(current.play().running() ? MOVED_ON : ENDED, current))
                    .orElseGet(() -> Outcome.notFound(NO_PLAY));
        }
        return live(me, playId).<Outcome<Live>>map(Outcome::saved).orElseGet(() -> Outcome.notFound(NO_PLAY));
    }

    private static int breached(boolean[] met, int from) {
        int seconds = 0;
        for (int s = Math.max(0, from); s < met.length; s++) {
            seconds += met[s] ? 0 : 1;
        }
        return seconds;
    }

    /**
     * Ends the play at {@code now} with its numbers (each action weighed against the play without it) and credits the
     * practice, the time from its start to its end.
     */
    private void finish(Live live, Play.State state, Instant now) {
        Play play = live.play();
        List<PlayResult.ActionEffect> effects = new ArrayList<>();
        int end = (int) Math.floor(live.clock());
        long failed = live.signals().run().summary().failed();
        for (PlayEntry entry : live.log()) {
            if (entry.kind() != PlayEntry.Kind.ACTION || entry.ref() == null || effects.size() >= MAX_WEIGHED) {
                continue;
            }
            RunResult without = replays.run(live.drill(), live.model(), play, live.log(), end, entry.seq());
            Drill.Action action = live.drill().action(entry.ref()).orElse(null);
            int from = (int) Math.floor(entry.atSecond() + (action == null ? 0 : action.takesSeconds()));
            effects.add(new PlayResult.ActionEffect(entry.seq(), entry.ref(), action == null ? entry.ref() : action.title(), entry.atSecond(),
                    failed, without.summary().failed(), breached(live.signals().sloMet(), from), breached(new Signals(live.drill(), without).sloMet(), from)));
        }
        Assessment a = live.assessment();
        PlayResult result = new PlayResult(a.firstFaultSecond(), a.firstAlertSecond(), a.detectedSecond(),
                a.recovered() ? a.mitigatedSecond() : null, failed, live.drill().errorBudget(), effects);
        transactions.executeWithoutResult(tx -> {
            if (store.end(play.id(), state, live.clock(), now, result)) {
                long minutes = Math.clamp(Duration.between(play.startedAt(), now).toMinutes(), 1, 120);
                practice.credit(play.accountId(), play.id(), "drill:" + play.drillId(), play.drillTitle(), live.drill().topics(),
                        (int) minutes, LocalDate.ofInstant(now, clock.getZone()));
            }
        });
    }
}
