package dev.ascent.lab.format;

import dev.ascent.lab.SystemFixtures;
import dev.ascent.lab.SystemReport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The system validator reports every problem at once, each with its file, line and path, in words an author can act on. */
class SystemValidatorTests {

    static final SystemValidator.Topics ROADMAPS = new SystemValidator.Topics() {
        private final Map<String, Set<String>> topics = Map.of("backend", Set.of("caching", "message-queues"));

        @Override
        public Set<String> roadmapIds() {
            return topics.keySet();
        }

        @Override
        public @Nullable Set<String> topicIds(String roadmapId) {
            return topics.get(roadmapId);
        }
    };

    static final String VALID = SystemFixtures.VALID;

    static SystemReport validate(String text) {
        return SystemValidator.validate("shop.yaml", text, ROADMAPS);
    }

    @Test
    void probe() {
        System.out.println(validate(VALID).problems());
        System.out.println(validate(VALID).summary());
        System.out.println(validate(VALID).model());
    }
}
