package dev.ascent.practice;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.ascent.catalog.Level;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision scenario as its file describes it. Text fields are Markdown. Everything after the
 * situation and signals (questions worth asking, consequences, quality, debrief) is revealed to a
 * learner only once they have answered the step before it.
 */
public record Scenario(String id, int version, String title, Level level, @Nullable String theme, @Nullable Integer minutes,
                       String summary, List<String> topics, String situation, List<Signal> signals, List<String> questions,
                       List<Option> options, String debrief, List<Criterion> rubric, @Nullable LabLink lab) {

    public Scenario {
        topics = topics == null ? List.of() : List.copyOf(topics);
        signals = List.copyOf(signals);
        questions = List.copyOf(questions);
        options = List.copyOf(options);
        rubric = List.copyOf(rubric);
    }

    /** How long a thoughtful attempt takes; 30 minutes when the file does not say. */
    public int expectedMinutes() {
        return minutes == null ? 30 : minutes;
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Metric.class, name = "metric"),
            @JsonSubTypes.Type(value = Log.class, name = "log"),
            @JsonSubTypes.Type(value = Message.class, name = "message")})
    public sealed interface Signal permits Metric, Log, Message {
        /** "metric", "log" or "message", for templates. */
        String kind();
    }

    /** A metric: labels are points in time (drawn as lines) unless {@code chart: bars} says they are categories. */
    public record Metric(String title, String unit, List<String> labels, List<Series> series, @Nullable String note,
                         @Nullable String chart) implements Signal {
        public Metric {
            labels = List.copyOf(labels);
            series = List.copyOf(series);
        }

        public Metric(String title, String unit, List<String> labels, List<Series> series, @Nullable String note) {
            this(title, unit, labels, series, note, null);
        }

        /** Values per category (time per step, errors per endpoint), not over time. */
        public boolean bars() {
            return "bars".equals(chart);
        }

        @Override
        public String kind() {
            return "metric";
        }
    }

    public record Series(String name, List<Double> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    public record Log(String title, List<String> lines) implements Signal {
        public Log {
            lines = List.copyOf(lines);
        }

        @Override
        public String kind() {
            return "log";
        }
    }

    public record Message(String from, @Nullable String role, String text) implements Signal {
        @Override
        public String kind() {
            return "message";
        }
    }

    public enum Quality {
        STRONG, MIXED, WEAK;

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Quality of(String key) {
            return valueOf(key.strip().toUpperCase(java.util.Locale.ROOT));
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String label() {
            return switch (this) {
                case STRONG -> "A strong choice";
                case MIXED -> "A defensible choice with a cost";
                case WEAK -> "A weak choice";
            };
        }
    }

    /** An option with {@code lab} set shows, beside its consequence, the lab model it names run with its changes. */
    public record Option(String id, String title, String summary, List<String> pros, List<String> cons, String consequence, Quality quality,
                         @Nullable LabLink lab) {
        public Option {
            pros = pros == null ? List.of() : List.copyOf(pros);
            cons = cons == null ? List.of() : List.copyOf(cons);
        }
    }

    /**
     * A built-in lab model and the knobs an option changes on it ({@code "api.replicas": 16}); on the scenario itself,
     * the system as things are, which each option's result is compared with.
     */
    public record LabLink(String model, Map<String, Double> changes) {
        public LabLink {
            changes = changes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
        }
    }

    /** One dimension of the self-rating, e.g. problem framing, with what a strong answer does. */
    public record Criterion(String id, String title, String good) {
    }
}
