package dev.ascent.planning.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.util.Arrays;

/**
 * A day of the week from a form in any case ("monday" as well as "MONDAY"), as the API reads it. A word
 * that names no day cannot be read, which messages.properties words for people. Spring Boot registers
 * converter beans with MVC.
 */
@Component
class WeekdayBinding implements Converter<String, DayOfWeek> {

    @Override
    public DayOfWeek convert(String source) {
        return Arrays.stream(DayOfWeek.values()).filter(day -> day.name().equalsIgnoreCase(source.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a day of the week: " + source));
    }
}
