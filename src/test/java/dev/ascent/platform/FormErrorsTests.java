package dev.ascent.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A record's problems come back by field, in the order the record declares its fields, one message each. */
class FormErrorsTests {

    record Form(@NotBlank(message = "Give a name.") String name,
                @Size(max = 5, message = "At most five characters.") String code,
                @Min(value = 1, message = "At least one.") @Max(value = 80, message = "At most eighty.") int hours,
                @NotBlank(message = "Give a note.") String note) {
    }

    static LocalValidatorFactoryBean validator;

    @BeforeAll
    static void start() {
        validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    @Test
    void everyProblemIsNamedByItsFieldInTheRecordsOrder() {
        FormErrors errors = new FormErrors(new StaticMessageSource(), validator);
        // many times: the validator's own order varies from run to run, ours must not
        for (int i = 0; i < 20; i++) {
            Map<String, String> found = errors.check(new Form("", "too long", 0, " "));
            assertThat(found).containsExactly(Map.entry("name", "Give a name."), Map.entry("code", "At most five characters."),
                    Map.entry("hours", "At least one."), Map.entry("note", "Give a note."));
        }
        assertThat(errors.check(new Form("Ada", "ok", 12, "fine"))).isEmpty();
    }

    @Test
    void anOutcomeShowsAConflictUnderTheVersionField() {
        assertThat(Outcome.conflict("Changed meanwhile.", "now").fieldErrors()).containsExactly(Map.entry(FormErrors.VERSION, "Changed meanwhile."));
        assertThat(Outcome.invalid("name", "Give a name.").fieldErrors()).containsExactly(Map.entry("name", "Give a name."));
        assertThat(Outcome.saved("x").fieldErrors()).isEmpty();
        assertThat(Outcome.<String>conflict("m", "now").map(String::length)).isEqualTo(Outcome.conflict("m", 3));
    }
}
