package dev.ascent.drills;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * An incident drill as read from an {@code ascent/drill@1} file.
 *
 * @param id              stable kebab-case id
 * @param version         the file's version (plays keep the version they were played on)
 * @param title           one line for lists and headings
 * @param page            Markdown: what the on-call is told when paged (never the cause)
 * @param topics          "roadmap-id/topic-id" references; time played counts as practice on them
 * @param model           the id of the lab model the drill runs on
 * @param durationSeconds simulated time the drill lasts at most
 * @param seed            the simulation's seed; fault times drawn within bounds use it too (with the play's number)
 * @param speed           simulated seconds per wall second when the play runs on its own
 * @param slo             what "restored" means
 * @param errorBudget     failed requests the drill may cost before the budget is spent
 * @param holdSeconds     the SLO must hold this long, after the first fault, for the drill to count as recovered
 * @param faults          the hidden fault timeline
 * @param dashboards      the charts the on-call can look at
 * @param alerts          thresholds that page
 * @param logs            synthetic log lines the running system writes
 * @param actions         what the on-call can do
 * @param solution        the actions a good response takes (the drill's tests prove they restore the SLO in time)
 * @param hints           hints a game master may give (a game master may also write one)
 * @param rootCause       Markdown revealed at the end: what really happened
 * @param debrief         Markdown revealed at the end: what experienced responders weigh
 */
public record Drill(String id, int version, String title, String page, List<String> topics, String model,
                    double durationSeconds, long seed, double speed, Slo slo, long errorBudget, double holdSeconds,
                    List<HiddenFault> faults, List<Dashboard> dashboards, List<Alert> alerts, List<LogLine> logs,
                    List<Action> actions, List<String> solution, List<String> hints, String rootCause, String debrief) {

    public Drill {
        topics = List.copyOf(topics);
        faults = List.copyOf(faults);
        dashboards = List.copyOf(dashboards);
        alerts = List.copyOf(alerts);
        logs = List.copyOf(logs);
        actions = List.copyOf(actions);
        solution = List.copyOf(solution);
        hints = List.copyOf(hints);
    }

    public Optional<Action> action(String actionId) {
        return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
    }

    public Optional<HiddenFault> fault(String faultId) {
        return faults.stream().filter(f -> f.id().equals(faultId)).findFirst();
    }

    /** Restored means end-to-end p99 at most {@code p99Ms} and the error ratio at most {@code errorRatio}, where given. */
    public record Slo(@Nullable Double p99Ms, @Nullable Double errorRatio) {
    }

    /**
     * A fault the on-call does not see, starting at a second drawn uniformly from [{@code atMinSeconds},
     * {@code atMaxSeconds}] (equal for a fixed time). {@code fault} is the lab engine's fault with its time set to
     * {@code atMinSeconds}; a play moves it to the drawn second.
     */
    public record HiddenFault(String id, double atMinSeconds, double atMaxSeconds, dev.ascent.lab.engine.Fault fault) {
    }

    /** What a chart or an alert measures: end to end, or of one component. */
    public enum Metric {
        /** end to end, milliseconds */
        P50, P95, P99,
        /** end to end: failed ÷ (completed + failed) in the second */
        ERRORS,
        /** end to end: requests completed a second */
        THROUGHPUT,
        /** end to end: requests in flight at the end of the second */
        IN_FLIGHT,
        /** of {@code component}: share of workers busy, 0–1 */
        UTILISATION,
        /** of {@code component}: jobs waiting */
        QUEUE,
        /** of {@code component}: workers (replicas × concurrency) */
        WORKERS,
        /** of {@code component}: failures a second */
        COMPONENT_ERRORS;

        public boolean ofComponent() {
            return ordinal() >= UTILISATION.ordinal();
        }
    }

    /** A chart on the on-call's dashboard. */
    public record Dashboard(String id, String title, Metric metric, @Nullable String component) {
    }

    /** Fires once the metric has been above {@code above} for {@code forSeconds} in a row; clears when it falls back. */
    public record Alert(String id, String title, Metric metric, @Nullable String component, double above, double forSeconds,
                        Severity severity) {

        public enum Severity { PAGE, TICKET }
    }

    /**
     * A log line the system writes: each {@code everySeconds} while its condition holds (a metric above a value), or
     * once when a hidden fault starts ({@code fault}) or an action's effects apply ({@code action}). Exactly one of
     * {@code metric}, {@code fault} and {@code action} is set.
     */
    public record LogLine(String source, Level level, String text, @Nullable Metric metric, @Nullable String component,
                          @Nullable Double above, @Nullable String fault, @Nullable String action, double everySeconds) {

        public enum Level { INFO, WARN, ERROR }
    }

    /** Something the on-call can do: its effects apply {@code takesSeconds} after it is taken. */
    public record Action(String id, String title, String summary, double takesSeconds, List<Effect> effects) {
        public Action {
            effects = List.copyOf(effects);
        }
    }

    /** One change an action makes to the running model. */
    public sealed interface Effect {

        /** Ends a hidden fault (a rollback ends a bad deploy) or one injected by an action or a game master. */
        record EndFault(String fault) implements Effect {
        }

        /** Sets a service's replicas to {@code to}, or changes them {@code by} (one of the two). */
        record Scale(String service, @Nullable Integer to, @Nullable Integer by) implements Effect {
        }

        /** Changes a call: its timeout, its attempts, how often it is made (0 turns a feature off), or forces its circuit open. */
        record ChangeCall(String from, String to, @Nullable Double timeoutMs, @Nullable Integer attempts,
                          @Nullable Double probability, @Nullable Boolean open) implements Effect {
        }

        /** Lets at most {@code perSecond} requests a second in at the entry (the rest fail as rate limited); null lifts it. */
        record LimitArrivals(@Nullable Double perSecond) implements Effect {
        }

        /**
         * Starts a fault when the action applies (a failover's pause, a rolling restart's missing replica); its time
         * is counted from then. With an id, a later action may end it.
         */
        record StartFault(@Nullable String id, dev.ascent.lab.engine.Fault fault) implements Effect {
        }
    }
}
