package dev.ascent.learning.web;

import dev.ascent.learning.TopicStatus;
import dev.ascent.learning.progress.ReviewSchedule;
import dev.ascent.platform.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * A topic's status buttons and review buttons as a page sends them: the choice and the version of the topic
 * the page showed. Only a damaged or hand-made form sends no choice or one that is none: 400, saying what to choose.
 */
record StatusChoice(@Nullable TopicStatus status, ReviewSchedule.@Nullable Recall recall, @Nullable Integer version) {

    static final String CHOOSE_STATUS = "Choose a status: not started, learning, done or skipped.";
    static final String CHOOSE_RECALL = "Say how well you recalled it: forgot, hard, good or easy.";

    TopicStatus status(BindingResult binding) {
        if (status == null || binding.hasFieldErrors("status")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, CHOOSE_STATUS);
        }
        return status;
    }

    ReviewSchedule.Recall recall(BindingResult binding) {
        if (recall == null || binding.hasFieldErrors("recall")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, CHOOSE_RECALL);
        }
        return recall;
    }

    int version(BindingResult binding) {
        return FormErrors.version(binding.hasFieldErrors("version") ? null : version);
    }
}
