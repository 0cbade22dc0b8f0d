package dev.ascent.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A YAML document is bounded in what it may expand to once its aliases are followed, and a report
 * is bounded in size, so a small hostile file cannot make a huge tree or a huge answer.
 * The time limits only stop a hang (the attack took 49 s before); they measure nothing.
 */
class YamlDocumentBoundsTests {

    private static final Duration HANG = Duration.ofSeconds(10);

    /** The probe's attack: a 126 KB file whose one 100 KB scalar is aliased a thousand times. */
    static String aliasedScalar() {
        return "format: ascent/roadmap@1\nid: amplified\nversion: 1\ntitle: &big \"" + "x".repeat(100 * 1024) + "\"\n"
                + "topics:\n" + "  - *big\n".repeat(1000);
    }

    /** Ten levels, each listing the one before nine times: a billion values from a few hundred bytes. */
    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("format: ascent/roadmap@1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++) {
            yaml.append("a%d: &a%d [".formatted(level, level)).append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (level - 1)))).append("]\n");
        }
        return yaml.toString();
    }

    /** Within SnakeYAML's limit of 20 aliases of collections: scalars aliased in a list, that list aliased, and that again. */
    static String wideAliases() {
        return "format: ascent/roadmap@1\ns: &s lol\na: &a [" + String.join(", ", java.util.Collections.nCopies(2_000, "*s")) + "]\n"
                + "b: &b [" + String.join(", ", java.util.Collections.nCopies(10, "*a")) + "]\n"
                + "c: [" + String.join(", ", java.util.Collections.nCopies(10, "*b")) + "]\n";
    }

    @Test
    void refusesAScalarAliasedUntilItExpandsPastTheTextBound() {
        String yaml = aliasedScalar();
        assertThat(yaml.length()).isBetween(100_000, 130_000);

        YamlDocument document = assertTimeoutPreemptively(HANG, () -> YamlDocument.parse("amplified.yaml", yaml));

        assertThat(document.root()).isNull();
        assertThat(document.problems()).singleElement().hasToString(
                "amplified.yaml:4: the document expands to more than 2,097,152 characters of text once its aliases are followed; "
                        + "a file may hold at most that much: use fewer aliases of long texts");
    }

    @Test
    void refusesABillionLaughs() {
        YamlDocument document = assertTimeoutPreemptively(HANG, () -> YamlDocument.parse("laughs.yaml", billionLaughs()));

        assertThat(document.root()).isNull();
        assertThat(document.problems()).singleElement().extracting(Problem::message).asString().startsWith("not valid YAML");
    }

    @Test
    void refusesAliasesThatExpandPastTheValueBoundWithinSnakeYamlsAliasLimit() {
        YamlDocument document = assertTimeoutPreemptively(HANG, () -> YamlDocument.parse("wide.yaml", wideAliases()));

        assertThat(document.root()).isNull();
        assertThat(document.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("the document expands to more than 100,000 values");
    }

    @Test
    void aDocumentNestedTooDeeplyIsOneProblemThatFitsEveryFormat() {
        String deep = "format: ascent/drill@1\nx: " + "[".repeat(60) + "]".repeat(60) + "\n";
        YamlDocument document = YamlDocument.parse("deep.yaml", deep);

        assertThat(document.root()).isNull();
        assertThat(document.problems()).singleElement().extracting(Problem::message).asString()
                .isEqualTo("the document is nested more than 40 levels deep; a roadmap, scenario, system model or drill needs only a few");
    }

    @Test
    void keepsAliasesThatStayWithinTheBounds() {
        YamlDocument document = YamlDocument.parse("small.yaml", "format: ascent/roadmap@1\ns: &s lol\na: &a [*s, *s]\nb: [*a, *a]\n");

        assertThat(document.problems()).isEmpty();
        assertThat(document.root().get("b").toString()).isEqualTo("[[\"lol\",\"lol\"],[\"lol\",\"lol\"]]");
    }

    @Test
    void keepsANumberTooLargeToCheckAsText() {
        YamlDocument document = assertTimeoutPreemptively(HANG, () -> YamlDocument.parse("huge.yaml", "version: 1e999999999\nsmall: 1.5e3\n"));

        assertThat(document.root().get("version").isString()).isTrue();
        assertThat(document.root().get("small").isNumber()).isTrue();
    }

    @Test
    void reportsAtMostAHundredProblemsOfAtMostFiveHundredCharacters() {
        List<Problem> many = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            many.add(new Problem("f.yaml", i + 1, "topics[%d]".formatted(i), "'" + "y".repeat(100_000) + "' is not a valid id"));
        }

        List<Problem> reported = Problem.reported(many);

        assertThat(reported).hasSize(Problem.MAX_REPORTED);
        assertThat(reported).allSatisfy(p -> assertThat(p.message().length()).isLessThanOrEqualTo(500));
        assertThat(reported.getLast().message()).isEqualTo("and 901 more problems; fix these first and validate again");
    }

    @Test
    void refusesDaysOutsideTheYearsPeopleMean() {
        assertThat(Dates.parseDay(" 2026-03-01 ")).hasToString("2026-03-01");
        for (String day : List.of("-4713-01-01", "+999999999-12-31", "-999999999-01-01", "9999-01-01", "1899-12-31", "2201-01-01")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dates.parseDay(day))
                    .as(day).isInstanceOf(java.time.format.DateTimeParseException.class);
        }
    }
}
