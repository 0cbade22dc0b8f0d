package dev.ascent.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.validation.FieldError;
import org.springframework.web.server.ResponseStatusException;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one way a form learns what is wrong with it. A page binds its form record (values that cannot
 * be read, a day that is no day, are {@link #unreadable}, worded by {@code messages.properties}); the
 * facade checks the record's Bean Validation annotations with {@link #check} together with the rules
 * that need the current state, so pages, the API and imports meet the same rules and every problem is
 * reported at once; {@link #rejected} maps the facade's {@link Outcome} to the field map that
 * {@code layout/fieldError.jte} shows.
 */
@Component
public class FormErrors {

    /** The hidden field every editing form sends back: the version it was read at. */
    public static final String VERSION = "version";
    /** The message of a form record's {@code @NotNull Integer version}: only a damaged or hand-made form lacks it. */
    public static final String VERSION_MISSING = "The form was incomplete; reload the page and try again.";

    static final int MAX_TYPED = 200;

    private final MessageSource messages;
    private final Validator validator;

    FormErrors(MessageSource messages, Validator validator) {
        this.messages = messages;
        this.validator = validator;
    }

    /**
     * The same rules for a record that did not come through a form (an import file, a listener):
     * its Bean Validation annotations checked, problems by field. Empty when valid.
     */
    public Map<String, String> check(Object record) {
        BindingResult binding = new BeanPropertyBindingResult(record, "record");
        validator.validate(record, binding);
        return of(binding);
    }

    /**
     * The first problem of each field, fields in the order the form record declares them (Bean Validation
     * reports in no particular order). Empty when the form is valid.
     */
    public Map<String, String> of(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<FieldError> fieldErrors = new ArrayList<>(binding.getFieldErrors());
        Object target = binding.getTarget();
        if (target != null && target.getClass().isRecord()) {
            List<String> order = Arrays.stream(target.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
            fieldErrors.sort(Comparator.comparingInt(error -> {
                int index = order.indexOf(error.getField());
                return index < 0 ? order.size() : index;
            }));
        }
        for (FieldError error : fieldErrors) {
            errors.putIfAbsent(error.getField(), message(error));
        }
        binding.getGlobalErrors().forEach(error -> errors.putIfAbsent(error.getObjectName(), message(error)));
        return errors;
    }

    /**
     * The text a redrawn form shows in each field its record could not hold (a word where minutes go, a day
     * that is no day), so the person sees what they typed beside the message and can correct it. Control
     * characters are dropped and the text is cut at {@value #MAX_TYPED} characters, as a field never needs more.
     */
    public static Map<String, String> typed(BindingResult binding) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            if (error.isBindingFailure() && error.getRejectedValue() != null) {
                Object value = error.getRejectedValue();
                String text = value instanceof String[] values ? String.join(",", values) : String.valueOf(value);
                text = text.replaceAll("\\p{Cc}", "");
                typed.putIfAbsent(error.getField(), text.length() <= MAX_TYPED ? text : text.substring(0, MAX_TYPED));
            }
        }
        return typed;
    }

    String message(MessageSourceResolvable error) {
        return Problem.clip(messages.getMessage(error, Locale.ENGLISH), Problem.MAX_MESSAGE);
    }

    /**
     * What a page redrawing its form shows for an outcome that was not saved: the errors by field, with
     * the answer's status set to 422 (invalid) or 409 (changed meanwhile). Not found answers 404 with the
     * error page, like any unknown address.
     */
    public static Map<String, String> rejected(Outcome<?> outcome, HttpServletResponse response) {
        switch (outcome) {
            case Outcome.NotFound<?> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, notFound.message());
            case Outcome.Conflict<?> ignored -> response.setStatus(HttpStatus.CONFLICT.value());
            case Outcome.Invalid<?> ignored -> response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            case Outcome.Saved<?> ignored -> {
            }
        }
        return outcome.fieldErrors();
    }

    /**
     * The values a page form sent that could not even be read into its record (a day that is no day, a
     * word where a number goes): invalid by field, without asking the facade; empty when all were read.
     */
    public <T> java.util.Optional<Outcome<T>> unreadable(BindingResult binding) {
        return binding.hasErrors() ? java.util.Optional.of(Outcome.invalid(of(binding))) : java.util.Optional.empty();
    }

    /**
     * The same, with every other problem the facade finds in the rest of the form ({@code problems}, which
     * writes nothing), so a person sees them all at once. Empty when everything was read and the facade may save.
     */
    public <T> java.util.Optional<Outcome<T>> unreadable(BindingResult binding, java.util.function.Supplier<Map<String, String>> problems) {
        return this.<T>unreadable(binding).map(unread -> {
            Map<String, String> errors = new LinkedHashMap<>(unread.fieldErrors());
            problems.get().forEach(errors::putIfAbsent);
            return Outcome.invalid(errors);
        });
    }

    /**
     * The one way a page reads the version its form was drawn at ({@code @RequestParam @Nullable Integer version};
     * a word there is a 400 from Spring already): only a damaged or hand-made form lacks it, and it gets a 400.
     */
    public static int version(@org.jspecify.annotations.Nullable Integer version) {
        if (version == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, VERSION_MISSING);
        }
        return version;
    }
}
