package dev.ascent.catalog;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A validated roadmap, exactly as its YAML file describes it (format {@code ascent/roadmap@1}).
 * Learners' progress refers to its ids, never to its version.
 */
public record Roadmap(
        String id,
        int version,
        String title,
        String summary,
        Levels levels,
        @Nullable Duration duration,
        @Nullable Weekly weekly,
        List<Phase> phases,
        List<Topic> topics,
        List<Project> projects,
        List<Checkpoint> checkpoints) {

    public Roadmap {
        phases = List.copyOf(phases);
        topics = new TopicIndex(topics, phases, checkpoints == null ? List.of() : checkpoints);
        projects = projects == null ? List.of() : List.copyOf(projects);
        checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
    }

    public record Levels(Level from, Level to) {
        public boolean contains(Level level) {
            return level.compareTo(from) >= 0 && level.compareTo(to) <= 0;
        }

        public List<Level> ladder() {
            return Stream.of(Level.values()).filter(this::contains).toList();
        }

        @Override
        public String toString() {
            return from.label() + " → " + to.label();
        }
    }

    public record Duration(int minMonths, int maxMonths) {
        @Override
        public String toString() {
            return minMonths == maxMonths ? minMonths + " months" : minMonths + "–" + maxMonths + " months";
        }
    }

    public record Weekly(Hours hours, @Nullable Mix mix) {
        public record Hours(int min, int max) {
            @Override
            public String toString() {
                return min == max ? min + " h/week" : min + "–" + max + " h/week";
            }
        }

        public record Mix(@Nullable HourRange theory, @Nullable HourRange practice, @Nullable HourRange community) {
        }
    }

    public record Phase(String id, String title, @Nullable String summary, @Nullable MonthWindow months,
                        @Nullable Level level, List<Group> groups) {
        public Phase {
            groups = PhaseGroups.of(groups);
        }

        /** Its groups' topics in order, worked out once. */
        public List<String> topicIds() {
            return ((PhaseGroups) groups).topicIds();
        }
    }

    public record Group(String id, String title, List<String> topics) {
        public Group {
            topics = List.copyOf(topics);
        }
    }

    public record Topic(String id, String title, Level level, TopicKind kind, int hours, boolean optional,
                        List<String> requires, String summary, List<Resource> resources) {
        public Topic {
            requires = requires == null ? List.of() : List.copyOf(requires);
            resources = resources == null ? List.of() : List.copyOf(resources);
        }
    }

    public record Resource(String type, String title, @Nullable String url) {
    }

    public record Project(String id, String title, ProjectTier tier, @Nullable MonthWindow months, int hours,
                          List<String> requires, String brief, List<String> rubric) {
        public Project {
            requires = requires == null ? List.of() : List.copyOf(requires);
            rubric = List.copyOf(rubric);
        }
    }

    /**
     * A checkpoint; {@code signOff} says who must confirm it is met beyond the learner's own progress
     * ({@code signOff: mentor}: a mentor or lead of one of the learner's teams). Optional, absent in older files.
     */
    public record Checkpoint(String id, int month, String title, @Nullable String summary, Expectation expects, @Nullable SignOff signOff) {

        public boolean needsSignOff() {
            return signOff != null;
        }
    }

    /** Who signs a checkpoint off. */
    public enum SignOff {
        @com.fasterxml.jackson.annotation.JsonProperty("mentor") MENTOR
    }

    public record Expectation(List<String> topics, List<String> phases, List<String> projects, @Nullable Double share) {
        public Expectation {
            topics = topics == null ? List.of() : List.copyOf(topics);
            phases = phases == null ? List.of() : List.copyOf(phases);
            projects = projects == null ? List.of() : List.copyOf(projects);
        }

        /** The share of expected items that must be done; all of them unless the file says otherwise. */
        public double requiredShare() {
            return share == null ? 1.0 : share;
        }
    }

    public Optional<Topic> topic(String topicId) {
        return Optional.ofNullable(index().byId(topicId));
    }

    /** The ids of its required (not optional) topics, in file order. */
    public List<String> requiredTopicIds() {
        return index().required();
    }

    /** The ids of a phase's required topics, in the phase's order; none for a phase it does not have. */
    public List<String> requiredTopicIds(String phaseId) {
        return index().required(phaseId);
    }

    /** Per level that has topics (any level, in ladder order): the ids of its required topics. */
    public Map<Level, List<String>> requiredTopicIdsByLevel() {
        return index().requiredByLevel();
    }

    /** The topics a checkpoint expects: its listed topics, then the required topics of its listed phases, each once. */
    public Set<String> expectedTopics(Checkpoint checkpoint) {
        return index().expected(checkpoint);
    }

    private TopicIndex index() {
        return (TopicIndex) topics;
    }

    public Optional<Phase> phase(String phaseId) {
        return phases.stream().filter(p -> p.id().equals(phaseId)).findFirst();
    }

    public Optional<Project> project(String projectId) {
        return projects.stream().filter(p -> p.id().equals(projectId)).findFirst();
    }

    public Optional<Phase> phaseOf(String topicId) {
        return phases.stream().filter(p -> p.topicIds().contains(topicId)).findFirst();
    }

    public int totalHours() {
        return topics.stream().mapToInt(Topic::hours).sum() + projects.stream().mapToInt(Project::hours).sum();
    }

    /** The last month any part of the roadmap reaches: its maximum duration, else the latest window or checkpoint. */
    public int spanMonths() {
        if (duration != null) {
            return duration.maxMonths();
        }
        return Stream.of(
                        phases.stream().map(Phase::months),
                        projects.stream().map(Project::months))
                .flatMap(s -> s)
                .filter(java.util.Objects::nonNull)
                .mapToInt(MonthWindow::last)
                .max()
                .orElse(checkpoints.stream().mapToInt(Checkpoint::month).max().orElse(0));
    }
}
