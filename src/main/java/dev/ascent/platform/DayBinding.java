package dev.ascent.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Days reach form records and API bodies through {@link Dates#parseDay}, the one parser: blanks
 * around are ignored and only the years people mean are accepted. A day it refuses is a
 * {@code typeMismatch} on its field, which {@code messages.properties} words for people.
 */
@Configuration(proxyBeanMethods = false)
class DayBinding implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                return Dates.parseDay(text);
            }

            @Override
            public String print(LocalDate day, Locale locale) {
                return day.toString();
            }
        });
    }

    /** Registered with the application's JSON mapper by Spring Boot. */
    @Bean
    JacksonModule dayModule() {
        return new SimpleModule("ascent-days").addDeserializer(LocalDate.class, new ValueDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
                if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                    return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
                }
                String text = parser.getString();
                try {
                    return Dates.parseDay(text);
                } catch (DateTimeParseException e) {
                    return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, e.getMessage());
                }
            }
        });
    }
}
