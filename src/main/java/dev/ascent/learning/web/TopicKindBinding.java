package dev.ascent.learning.web;

import dev.ascent.catalog.TopicKind;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The time log's forms send a kind of work by its key, as roadmap files write it ({@code practice}); bound
 * through {@link TopicKind#of}, a word that is no kind is a {@code typeMismatch} on the field, and blank is none.
 */
@Configuration(proxyBeanMethods = false)
class TopicKindBinding implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, TopicKind.class, key -> key.isBlank() ? null : TopicKind.of(key.strip()));
    }
}
