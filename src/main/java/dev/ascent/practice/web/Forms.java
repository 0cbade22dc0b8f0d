package dev.ascent.practice.web;

import dev.ascent.platform.FormErrors;
import dev.ascent.platform.Outcome;
import org.springframework.validation.BindingResult;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** What the practice pages' forms share. */
final class Forms {

    private Forms() {
    }

    /**
     * A form with values that could not even be read (a word where a day goes): those, and every other
     * problem the facade finds in the rest of the form, so the learner sees them all at once, as before
     * the forms were typed. Empty when everything was read, and the facade may be asked to save.
     */
    static <T> Optional<Outcome<T>> unreadable(FormErrors formErrors, BindingResult binding, Supplier<Map<String, String>> problems) {
        return formErrors.<T>unreadable(binding).map(unread -> {
            Map<String, String> errors = new LinkedHashMap<>(unread.fieldErrors());
            problems.get().forEach(errors::putIfAbsent);
            return Outcome.invalid(errors);
        });
    }
}
