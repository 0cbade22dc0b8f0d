package dev.ascent.learning;

import dev.ascent.catalog.Roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One enrolment with its roadmap and progress, and everything the dashboard derives from them:
 * shares done overall and per phase, the next topics whose prerequisites are met, due reviews,
 * checkpoints, and topics the roadmap has since retired. Plain Java over plain data.
 */
public record Journey(Enrollment enrollment, Roadmap roadmap, Map<String, TopicProgress> progress, Map<String, ProjectWork> projects,
                      Map<String, CheckpointSignOff> signOffs) {

    /** How many next topics the dashboard lists. */
    private static final int NEXT_UP = 6;

    public Journey {
        progress = Map.copyOf(progress);
        projects = Map.copyOf(projects);
        signOffs = Map.copyOf(signOffs);
    }

    /** A journey with no checkpoint signed off. */
    public Journey(Enrollment enrollment, Roadmap roadmap, Map<String, TopicProgress> progress, Map<String, ProjectWork> projects) {
        this(enrollment, roadmap, progress, projects, Map.of());
    }

    /** Who signed the checkpoint off and when, if a mentor or lead did. */
    public java.util.Optional<CheckpointSignOff> signOff(String checkpointId) {
        return java.util.Optional.ofNullable(signOffs.get(checkpointId));
    }

    public ProjectWork project(String projectId) {
        return projects.getOrDefault(projectId, ProjectWork.notStarted(projectId));
    }

    public TopicProgress of(String topicId) {
        return progress.getOrDefault(topicId, TopicProgress.notStarted(topicId));
    }

    /** Done or skipped, required topics only; optional topics never hold anyone back. */
    public record Share(String id, String title, int finished, int total) {
        public int percent() {
            return total == 0 ? 0 : (int) Math.round(100.0 * finished / total);
        }
    }

    public Share overall() {
        return share(roadmap.id(), roadmap.title(), roadmap.requiredTopicIds());
    }

    public List<Share> phases() {
        return roadmap.phases().stream().map(phase -> share(phase.id(), phase.title(), roadmap.requiredTopicIds(phase.id()))).toList();
    }

    /** The share of the given required topics that is finished (the roadmap works out which are required, once). */
    private Share share(String id, String title, List<String> requiredIds) {
        int finished = 0;
        for (String topicId : requiredIds) {
            TopicProgress p = progress.get(topicId);
            if (p != null && p.status().finished()) {
                finished++;
            }
        }
        return new Share(id, title, finished, requiredIds.size());
    }

    /** The next topics the dashboard lists. */
    public List<Roadmap.Topic> nextUp() {
        return nextTopics(NEXT_UP);
    }

    /** Unfinished topics whose prerequisites are all finished, learning ones first, in roadmap order. */
    public List<Roadmap.Topic> nextTopics(int limit) {
        List<Roadmap.Topic> ready = new ArrayList<>();
        for (Roadmap.Topic topic : roadmap.topics()) {
            if (!of(topic.id()).status().finished() && topic.requires().stream().allMatch(r -> of(r).status().finished())) {
                ready.add(topic);
            }
        }
        ready.sort((a, b) -> Boolean.compare(of(b.id()).status() == TopicStatus.LEARNING, of(a.id()).status() == TopicStatus.LEARNING));
        return ready.stream().limit(limit).toList();
    }

    /**
     * The phases the learner is working in, which the dashboard shows open: every phase holding a topic
     * being learned or one of the next topics. The others are one click away.
     */
    public Set<String> openPhases() {
        Set<String> topics = new HashSet<>();
        nextUp().forEach(topic -> topics.add(topic.id()));
        progress.values().stream().filter(p -> p.status() == TopicStatus.LEARNING).forEach(p -> topics.add(p.topicId()));
        Set<String> open = new LinkedHashSet<>();
        for (Roadmap.Phase phase : roadmap.phases()) {
            if (phase.topicIds().stream().anyMatch(topics::contains)) {
                open.add(phase.id());
            }
        }
        return open;
    }

    public List<TopicProgress> dueReviews(LocalDate today) {
        return progress.values().stream()
                .filter(p -> p.reviewDue() != null && !p.reviewDue().isAfter(today) && roadmap.topic(p.topicId()).isPresent())
                .sorted(java.util.Comparator.comparing(TopicProgress::reviewDue).thenComparing(TopicProgress::topicId))
                .toList();
    }

    public List<CheckpointState> checkpoints(LocalDate today) {
        return evaluated(today).toList();
    }

    /**
     * The first checkpoint, in the roadmap's order, that is neither met nor signed off (a lead's overview shows it per
     * member); the ones after it are not evaluated.
     */
    public java.util.Optional<CheckpointState> nextOpenCheckpoint(LocalDate today) {
        return evaluated(today).filter(c -> c.status() != CheckpointState.Status.MET && !signOffs.containsKey(c.checkpointId())).findFirst();
    }

    private java.util.stream.Stream<CheckpointState> evaluated(LocalDate today) {
        Map<String, LocalDate> done = progress.values().stream()
                .filter(p -> p.status() == TopicStatus.DONE && p.doneOn() != null)
                .collect(Collectors.toMap(TopicProgress::topicId, TopicProgress::doneOn));
        Map<String, LocalDate> submitted = projects.values().stream()
                .filter(p -> p.status() == ProjectWork.Status.SUBMITTED && p.submittedOn() != null)
                .collect(Collectors.toMap(ProjectWork::projectId, ProjectWork::submittedOn));
        return roadmap.checkpoints().stream()
                .map(checkpoint -> CheckpointEvaluation.evaluate(roadmap, checkpoint, enrollment.startDate(), today, done, submitted));
    }

    /** Progress on topics the current version of the roadmap no longer has: kept, shown as retired. */
    public List<TopicProgress> retired() {
        Set<String> current = roadmap.topics().stream().map(Roadmap.Topic::id).collect(Collectors.toSet());
        return progress.values().stream().filter(p -> !current.contains(p.topicId()))
                .sorted(java.util.Comparator.comparing(TopicProgress::topicId)).toList();
    }

    /** Per level on the ladder: the share of its required topics finished (for the radar and "where you stand"). */
    public Map<String, Share> levels() {
        Map<String, Share> byLevel = new LinkedHashMap<>();
        var required = roadmap.requiredTopicIdsByLevel();
        for (var level : roadmap.levels().ladder()) {
            List<String> ids = required.get(level);
            if (ids != null) {
                byLevel.put(level.key(), share(level.key(), level.label(), ids));
            }
        }
        return byLevel;
    }
}
