package dev.ascent.learning.projects;

import dev.ascent.learning.ProjectWork;

import dev.ascent.catalog.Roadmap;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a learner sends for a project, and the rules it must meet: to save a draft, only that what
 * is there is well formed; to submit, a repository address, a write-up and a rating for every
 * rubric line as well.
 */
public record ProjectSubmission(
        @Nullable String repositoryUrl,
        @Nullable String liveUrl,
        @Size(max = MAX_WRITE_UP, message = "The write-up is longer than 20,000 characters; shorten it.")
        @Pattern(regexp = "[^\\x00]*", message = "The write-up contains a NUL character, which cannot be stored; remove it.") @Nullable String writeUp,
        List<@Nullable String> selfReview) {

    public static final int MAX_WRITE_UP = 20_000;

    /** No self-review sent is none; a line may be unrated (null), so the list is copied as it is. */
    public ProjectSubmission {
        selfReview = selfReview == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(selfReview));
    }
    public static final int MAX_URL = 500;

    /**
     * Field name → message for the rules the annotations cannot say (addresses, the roadmap's rubric, what
     * submitting asks for); empty when the submission may be saved (or submitted, when {@code submitting}).
     */
    public Map<String, String> problems(Roadmap.Project project, boolean submitting) {
        Map<String, String> errors = new LinkedHashMap<>();
        String repository = text(repositoryUrl);
        if (!repository.isEmpty() && !webAddress(repository)) {
            errors.put("repositoryUrl", "Give the repository as an http(s) address, e.g. https://github.com/you/project.");
        } else if (submitting && repository.isEmpty()) {
            errors.put("repositoryUrl", "Add the address of the repository reviewers should read.");
        }
        String live = text(liveUrl);
        if (!live.isEmpty() && !webAddress(live)) {
            errors.put("liveUrl", "Give the live address as http(s), or leave it empty.");
        }
        String text = writeUp == null ? "" : writeUp;
        if (submitting && text.isBlank()) {
            errors.put("writeUp", "Write a few lines: what you built, the choices you made and what you would do next.");
        }
        List<ProjectWork.Rating> ratings = ratings(project);
        if (ratings == null) {
            errors.put("selfReview", "Rate each rubric line as met, partly or not yet.");
        } else if (submitting && ratings.size() < project.rubric().size()) {
            errors.put("selfReview", "Rate every rubric line before submitting: honest ratings make the review useful.");
        }
        return errors;
    }

    /** The ratings in rubric order, stopping at the first unrated line; null when one is not a rating at all. */
    public @Nullable List<ProjectWork.Rating> ratings(Roadmap.Project project) {
        List<ProjectWork.Rating> ratings = new ArrayList<>();
        for (int line = 0; line < project.rubric().size() && line < selfReview.size(); line++) {
            String value = selfReview.get(line);
            if (value == null || value.isBlank()) {
                break;
            }
            try {
                ratings.add(ProjectWork.Rating.valueOf(value.strip().toUpperCase(Locale.ROOT).replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return ratings;
    }

    public static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    public static boolean webAddress(String value) {
        if (value.length() > MAX_URL || value.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
