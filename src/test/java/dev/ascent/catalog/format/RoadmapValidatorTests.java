package dev.ascent.catalog.format;

import dev.ascent.platform.HugeNumbers;
import dev.ascent.catalog.HourRange;
import dev.ascent.catalog.Level;
import dev.ascent.catalog.ProjectTier;
import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.TopicKind;
import dev.ascent.catalog.ValidationReport;
import dev.ascent.platform.Problem;
import dev.ascent.platform.YamlDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roadmap validator, pinned by exact problem text: every file under
 * {@code src/test/resources/roadmaps/broken/} is {@code valid/minimal.yaml} with one deliberate
 * defect (the second comment line of each says which), and each test states exactly what an
 * author is told: file, line, path and message.
 */
class RoadmapValidatorTests {

    private static final Pattern KEBAB_CASE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Path BUILT_IN_ROADMAPS = Path.of("src/main/resources/roadmaps");

    private static String resource(String name) {
        try (InputStream in = RoadmapValidatorTests.class.getResourceAsStream("/roadmaps/" + name)) {
            assertThat(in).as("test resource roadmaps/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates {@code roadmaps/broken/NAME} under its bare file name, so the expected text stays short. */
    private static ValidationReport broken(String name) {
        return RoadmapValidator.validate(name, resource("broken/" + name));
    }

    private static List<String> problemsIn(String brokenFile) {
        return lines(broken(brokenFile));
    }

    private static List<String> lines(ValidationReport report) {
        return report.problems().stream().map(Problem::toString).toList();
    }

    static Stream<String> brokenFiles() throws IOException, URISyntaxException {
        Path directory = Path.of(RoadmapValidatorTests.class.getResource("/roadmaps/broken").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static Stream<Path> builtInRoadmaps() throws IOException {
        try (Stream<Path> files = Files.list(BUILT_IN_ROADMAPS)) {
            List<Path> roadmaps = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            assertThat(roadmaps).as("built-in roadmaps in %s", BUILT_IN_ROADMAPS.toAbsolutePath()).isNotEmpty();
            return roadmaps.stream();
        }
    }

    @Test
    void numbersTooBigForAnyMachineTypeAreProblemsNotCrashes() {
        assertThat(HugeNumbers.mishandled(resource("valid/minimal.yaml"), text -> RoadmapValidator.validate("minimal.yaml", text).problems())).isEmpty();
    }

    @Nested
    class TheMinimalRoadmap {

        private final ValidationReport report = RoadmapValidator.validate("minimal.yaml", resource("valid/minimal.yaml"));

        @Test
        void isValid() {
            assertThat(lines(report)).isEmpty();
            assertThat(report.valid()).isTrue();
        }

        @Test
        void readsIntoARoadmapWithEveryPartCounted() {
            Roadmap roadmap = report.roadmap();
            assertThat(roadmap).isNotNull();
            assertThat(roadmap.id()).isEqualTo("minimal");
            assertThat(roadmap.version()).isEqualTo(1);
            assertThat(roadmap.levels()).isEqualTo(new Roadmap.Levels(Level.JUNIOR, Level.INTERMEDIATE));
            assertThat(roadmap.duration()).isEqualTo(new Roadmap.Duration(3, 6));
            assertThat(roadmap.weekly().hours()).isEqualTo(new Roadmap.Weekly.Hours(5, 10));
            assertThat(roadmap.weekly().mix()).isEqualTo(new Roadmap.Weekly.Mix(
                    new HourRange(2, 4), new HourRange(2, 5), new HourRange(1, 1)));

            assertThat(roadmap.phases()).extracting(Roadmap.Phase::id).containsExactly("basics", "building");
            assertThat(roadmap.phases().getFirst().topicIds()).containsExactly("http-basics", "sql-basics");
            assertThat(roadmap.phases().getLast().topicIds()).containsExactly("rest-apis");

            assertThat(roadmap.topics()).extracting(Roadmap.Topic::id).containsExactly("http-basics", "sql-basics", "rest-apis");
            Roadmap.Topic http = roadmap.topic("http-basics").orElseThrow();
            assertThat(http.kind()).isEqualTo(TopicKind.THEORY);
            assertThat(http.optional()).isFalse();
            assertThat(http.requires()).isEmpty();
            assertThat(http.resources()).containsExactly(new Roadmap.Resource("docs", "MDN HTTP guide",
                    "https://developer.mozilla.org/en-US/docs/Web/HTTP"));
            assertThat(roadmap.topic("rest-apis").orElseThrow().requires()).containsExactly("sql-basics");

            assertThat(roadmap.projects()).singleElement().satisfies(project -> {
                assertThat(project.id()).isEqualTo("todo-service");
                assertThat(project.tier()).isEqualTo(ProjectTier.BEGINNER);
                assertThat(project.requires()).containsExactly("rest-apis");
                assertThat(project.rubric()).hasSize(1);
            });
            assertThat(roadmap.checkpoints()).singleElement().satisfies(checkpoint -> {
                assertThat(checkpoint.month()).isEqualTo(6);
                assertThat(checkpoint.expects().topics()).containsExactly("rest-apis");
                assertThat(checkpoint.expects().projects()).containsExactly("todo-service");
                assertThat(checkpoint.expects().requiredShare()).isEqualTo(1.0);
            });
            assertThat(roadmap.totalHours()).isEqualTo(10 + 20 + 30 + 20);
            assertThat(roadmap.spanMonths()).isEqualTo(6);
        }

        @Test
        void summarySaysOneProjectAndOneCheckpointInTheSingular() {
            assertThat(report.summary()).isEqualTo("minimal.yaml: valid (minimal v1: 2 phases, 3 topics, 1 project, 1 checkpoint)");
        }

        @Test
        void staysValidWithWindowsLineEndingsAndAByteOrderMark() {
            String windows = "\uFEFF" + resource("valid/minimal.yaml").replace("\n", "\r\n");

            assertThat(lines(RoadmapValidator.validate("minimal.yaml", windows))).isEmpty();
        }
    }

    @Nested
    class EveryBrokenFile {

        @ParameterizedTest
        @MethodSource("dev.ascent.catalog.format.RoadmapValidatorTests#brokenFiles")
        void isRefusedWithoutARoadmapAndWithProblemsThatNameTheFile(String name) {
            ValidationReport report = broken(name);

            assertThat(report.valid()).isFalse();
            assertThat(report.roadmap()).isNull();
            assertThat(report.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.file()).isEqualTo(name));
            assertThat(report.summary()).matches(Pattern.quote(name) + ": \\d+ problems?");
        }
    }

    @Nested
    class Prerequisites {

        @Test
        void namesTheWholeCycleInOrder() {
            assertThat(problemsIn("prerequisite-cycle.yaml")).containsExactly(
                    "prerequisite-cycle.yaml:48: topics[0].requires: prerequisite cycle: http-basics → rest-apis → sql-basics → http-basics");
        }

        @Test
        void reportsATopicThatRequiresItself() {
            assertThat(problemsIn("requires-itself.yaml")).containsExactly(
                    "requires-itself.yaml:60: topics[1].requires: prerequisite cycle: sql-basics → sql-basics");
        }

        @Test
        void pointsAtADanglingRequirementAndSuggestsTheClosestTopic() {
            assertThat(problemsIn("requires-unknown-topic.yaml")).containsExactly(
                    "requires-unknown-topic.yaml:68: topics[2].requires[0]: requires unknown topic 'sql-basic'; did you mean 'sql-basics'?");
        }

        @Test
        void suggestsTheClosestProjectForAMistypedProjectRequirement() {
            assertThat(problemsIn("project-requires-unknown-project.yaml")).containsExactly(
                    "project-requires-unknown-project.yaml:85: projects[1].requires[0]: requires unknown project or topic 'todo-servce'; did you mean 'todo-service'?");
        }
    }

    @Nested
    class Placement {

        @Test
        void reportsAGroupThatListsAnUnknownTopic() {
            assertThat(problemsIn("group-lists-unknown-topic.yaml")).containsExactly(
                    "group-lists-unknown-topic.yaml:42: phases[1].groups[0].topics[1]: unknown topic 'caching'");
        }

        @Test
        void reportsATopicPlacedInTwoGroupsAtTheSecondPlacementWithTheLineOfTheFirst() {
            assertThat(problemsIn("topic-in-two-groups.yaml")).containsExactly(
                    "topic-in-two-groups.yaml:42: phases[1].groups[0].topics[1]: topic 'sql-basics' is already placed at phases[0].groups[0].topics[1] (line 32); a topic belongs to one group");
        }

        @Test
        void reportsATopicThatNoGroupLists() {
            assertThat(problemsIn("topic-not-placed.yaml")).containsExactly(
                    "topic-not-placed.yaml:54: topics[1]: topic 'sql-basics' is not placed in any group; list it under one phase's group");
        }
    }

    @Nested
    class Ids {

        @Test
        void reportsAProjectThatReusesATopicsIdWithTheLineOfTheTopic() {
            assertThat(problemsIn("project-reuses-topic-id.yaml")).containsExactly(
                    "project-reuses-topic-id.yaml:81: projects[1].id: duplicate id 'http-basics': already used by topic topics[0] (line 43)");
        }

        @Test
        void reportsTwoTopicsWithTheSameIdAtTheSecondWithTheLineOfTheFirst() {
            assertThat(problemsIn("two-topics-same-id.yaml")).containsExactly(
                    "two-topics-same-id.yaml:71: topics[3].id: duplicate id 'sql-basics': already used by topic topics[1] (line 55)");
        }

        @Test
        void refusesACamelCaseIdAndExplainsKebabCase() {
            assertThat(problemsIn("invalid-id.yaml")).containsExactly(
                    "invalid-id.yaml:28: phases[0].groups[0].id: 'FirstSteps' is not a valid id: use lowercase letters, digits and single hyphens (kebab-case), e.g. 'sql-basics'");
        }
    }

    @Nested
    class MonthWindows {

        @Test
        void reportsAPhaseWindowThatEndsBeforeItStarts() {
            assertThat(problemsIn("phase-window-backwards.yaml")).containsExactly(
                    "phase-window-backwards.yaml:25: phases[0].months: window [3, 1] ends before it starts; write [first month, last month]");
        }

        @Test
        void reportsAPhaseWindowThatEndsAfterTheLastMonth() {
            assertThat(problemsIn("phase-window-after-last-month.yaml")).containsExactly(
                    "phase-window-after-last-month.yaml:35: phases[1].months: window ends in month 8, after the roadmap's last month 6 (duration.maxMonths)");
        }

        @Test
        void reportsAProjectWindowThatEndsAfterTheLastMonth() {
            assertThat(problemsIn("project-window-after-last-month.yaml")).containsExactly(
                    "project-window-after-last-month.yaml:75: projects[0].months: window ends in month 7, after the roadmap's last month 6 (duration.maxMonths)");
        }

        @Test
        void reportsAProjectWindowThatStartsBeforeMonthOne() {
            assertThat(problemsIn("project-window-starts-at-zero.yaml")).containsExactly(
                    "project-window-starts-at-zero.yaml:75: projects[0].months[0]: must be at least 1, not 0");
        }

        @Test
        void reportsACheckpointAfterTheLastMonth() {
            assertThat(problemsIn("checkpoint-after-last-month.yaml")).containsExactly(
                    "checkpoint-after-last-month.yaml:83: checkpoints[0].month: month 7 is after the roadmap's last month 6 (duration.maxMonths)");
        }

        @Test
        void reportsAWeeklyMixRangeThatRunsBackwards() {
            assertThat(problemsIn("weekly-mix-backwards.yaml")).containsExactly(
                    "weekly-mix-backwards.yaml:19: weekly.mix.theory: range [4, 2] runs backwards; write [min, max]");
        }
    }

    @Nested
    class Checkpoints {

        @Test
        void refusesATopicListedWhereProjectsAreExpected() {
            assertThat(problemsIn("checkpoint-expects-topic-as-project.yaml")).containsExactly(
                    "checkpoint-expects-topic-as-project.yaml:87: checkpoints[0].expects.projects[1]: 'rest-apis' is a topic; only a project can be listed here");
        }
    }

    @Nested
    class Levels {

        @Test
        void reportsLevelsThatGoDownOnceAndNothingElse() {
            assertThat(problemsIn("levels-go-down.yaml")).containsExactly(
                    "levels-go-down.yaml:9: levels: levels go down: from intermediate to junior; 'from' must not be above 'to'");
        }

        @Test
        void reportsATopicLevelOutsideTheRoadmapsLevels() {
            assertThat(problemsIn("topic-level-outside-roadmap.yaml")).containsExactly(
                    "topic-level-outside-roadmap.yaml:65: topics[2].level: level senior is outside this roadmap's levels (junior to intermediate)");
        }
    }

    @Nested
    class Schema {

        @Test
        void reportsAMissingRequiredPropertyAtTheObjectThatLacksIt() {
            assertThat(problemsIn("missing-required-property.yaml")).containsExactly(
                    "missing-required-property.yaml:55: topics[1]: missing required property 'hours'");
        }

        @Test
        void reportsAMistypedPropertyAndSuggestsTheRightSpelling() {
            assertThat(problemsIn("unknown-property.yaml")).containsExactly(
                    "unknown-property.yaml:55: topics[1]: missing required property 'title'",
                    "unknown-property.yaml:56: topics[1].titel: unknown property 'titel'; did you mean 'title'?");
        }

        @Test
        void reportsAWrongTypeWithTheValueFound() {
            assertThat(problemsIn("wrong-type.yaml")).containsExactly(
                    "wrong-type.yaml:47: topics[0].hours: must be a whole number, not 'ten'");
        }

        @Test
        void reportsAValueOutsideAnEnumWithTheAllowedValues() {
            assertThat(problemsIn("bad-enum.yaml")).containsExactly(
                    "bad-enum.yaml:46: topics[0].kind: must be one of 'theory', 'practice' or 'community', not 'reading'");
        }

        @Test
        void refusesAResourceUrlWithoutAScheme() {
            assertThat(problemsIn("bad-url.yaml")).containsExactly(
                    "bad-url.yaml:54: topics[0].resources[0].url: 'developer.mozilla.org/en-US/docs/Web/HTTP' is not a valid http(s) URL");
        }

        @Test
        void refusesAnotherFormatMarker() {
            assertThat(problemsIn("wrong-format-marker.yaml")).containsExactly(
                    "wrong-format-marker.yaml:3: format: must be 'ascent/roadmap@1', not 'ascent/roadmap@2'");
        }

        @Test
        void reportsEveryProblemAtOnceInLineOrder() {
            assertThat(problemsIn("several-defects.yaml")).containsExactly(
                    "several-defects.yaml:5: version: must be at least 1, not 0",
                    "several-defects.yaml:46: topics[0].kind: must be one of 'theory', 'practice' or 'community', not 'reading'",
                    "several-defects.yaml:59: topics[1].hours: must be a whole number, not 'twenty'",
                    "several-defects.yaml:68: topics[2].requires[0]: requires unknown topic 'sql-basic'; did you mean 'sql-basics'?",
                    "several-defects.yaml:83: checkpoints[0].month: month 9 is after the roadmap's last month 6 (duration.maxMonths)");
        }
    }

    @Nested
    class Yaml {

        @Test
        void reportsADuplicateKeyAtItsSecondOccurrence() {
            assertThat(problemsIn("duplicate-key.yaml")).containsExactly(
                    "duplicate-key.yaml:48: topics[0].hours: duplicate key 'hours'; each key may appear once");
        }

        @Test
        void reportsUnbalancedBracketsAsInvalidYamlWithTheLine() {
            assertThat(problemsIn("not-yaml.yaml")).containsExactly(
                    "not-yaml.yaml:4: not valid YAML: while parsing a flow sequence: expected ',' or ']', but got :");
        }

        @Test
        void reportsATabUsedForIndentation() {
            assertThat(problemsIn("tabs-for-indentation.yaml")).containsExactly(
                    "tabs-for-indentation.yaml:47: not valid YAML: while scanning for the next token: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)");
        }

        @Test
        void refusesASecondDocumentInTheSameFile() {
            assertThat(problemsIn("two-documents.yaml")).containsExactly(
                    "two-documents.yaml:88: not valid YAML: expected a single document in the stream: but found another document");
        }

        @Test
        void refusesAListWhereTheRoadmapMappingBelongs() {
            assertThat(problemsIn("list-instead-of-mapping.yaml")).containsExactly(
                    "list-instead-of-mapping.yaml:2: the document is not a roadmap: expected a mapping that starts with 'format: ascent/roadmap@1'");
        }

        @Test
        void refusesAnEmptyFile() {
            assertThat(problemsIn("empty.yaml")).containsExactly(
                    "empty.yaml: the file is empty; a roadmap starts with 'format: ascent/roadmap@1'");
        }

        @Test
        void refusesAFileOfOnlyComments() {
            assertThat(problemsIn("only-comments.yaml")).containsExactly(
                    "only-comments.yaml: the file holds no YAML document; a roadmap starts with 'format: ascent/roadmap@1'");
        }

        @Test
        void reportsARecursiveAliasAsAProblemInsteadOfOverflowingTheStack() {
            ValidationReport report = broken("recursive-alias.yaml");

            assertThat(report.roadmap()).isNull();
            assertThat(lines(report)).singleElement().asString()
                    .startsWith("recursive-alias.yaml:")
                    .containsAnyOf("alias", "anchor");
        }

        @Test
        void reportsDeepNestingAsAProblemInsteadOfOverflowingTheStack() {
            String text = "format: ascent/roadmap@1\nid: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";

            ValidationReport report = RoadmapValidator.validate("deeply-nested.yaml", text);

            assertThat(report.roadmap()).isNull();
            assertThat(lines(report)).singleElement().asString().startsWith("deeply-nested.yaml:");
        }
    }

    @Nested
    class Size {

        private static final Pattern SIZE_MESSAGE = Pattern.compile("the file is (.+); a roadmap may be at most (.+)");

        /** Would be a YAML error if it were parsed: the size check must come first. */
        private static String unparseableOf(int commentBytes) {
            return "format: ascent/roadmap@1\ntopics: [unclosed\n# " + "x".repeat(commentBytes) + "\n";
        }

        @Test
        void refusesAFileOverTwoMegabytesWithoutParsingIt() {
            ValidationReport report = RoadmapValidator.validate("huge.yaml", unparseableOf(3 * 1024 * 1024));

            assertThat(lines(report)).containsExactly("huge.yaml: the file is 3.0 MB; a roadmap may be at most 2.0 MB");
            assertThat(report.roadmap()).isNull();
        }

        @Test
        void countsBytesNotCharacters() {
            String text = "format: ascent/roadmap@1\n# " + "é".repeat(1_100_000) + "\n";

            assertThat(problemsOf(text)).containsExactly("huge.yaml: the file is 2.1 MB; a roadmap may be at most 2.0 MB");
        }

        @Test
        void readsAFileOfExactlyTheLimit() {
            String minimal = resource("valid/minimal.yaml");
            String padded = minimal + "#" + "x".repeat(YamlDocument.MAX_BYTES - minimal.getBytes(StandardCharsets.UTF_8).length - 2) + "\n";
            assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(YamlDocument.MAX_BYTES);

            assertThat(problemsOf(padded)).isEmpty();
        }

        @Test
        void aFileJustOverTheLimitDoesNotClaimTheSameSizeAsTheLimit() {
            String text = unparseableOf(YamlDocument.MAX_BYTES);

            List<String> problems = problemsOf(text);

            assertThat(problems).singleElement().asString().startsWith("huge.yaml: the file is ");
            Matcher sizes = SIZE_MESSAGE.matcher(problems.getFirst());
            assertThat(sizes.find()).isTrue();
            assertThat(sizes.group(1)).as("the file's size next to the limit %s", sizes.group(2)).isNotEqualTo(sizes.group(2));
        }

        @Test
        void writesSizesTheSameWayWhateverTheMachinesLocale() {
            Locale before = Locale.getDefault();
            try {
                Locale.setDefault(Locale.GERMANY);
                assertThat(problemsOf(unparseableOf(3 * 1024 * 1024)))
                        .containsExactly("huge.yaml: the file is 3.0 MB; a roadmap may be at most 2.0 MB");
            } finally {
                Locale.setDefault(before);
            }
        }

        private static List<String> problemsOf(String text) {
            return lines(RoadmapValidator.validate("huge.yaml", text));
        }
    }

    @Nested
    class BuiltInRoadmaps {

        private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"')]?(?=\\s+[A-Z0-9\"'(`]|\\s*$)");

        private static ValidationReport validate(Path file) throws IOException {
            return RoadmapValidator.validate(file.getFileName().toString(), Files.readString(file));
        }

        @ParameterizedTest
        @MethodSource("dev.ascent.catalog.format.RoadmapValidatorTests#builtInRoadmaps")
        void isValid(Path file) throws IOException {
            ValidationReport report = validate(file);

            assertThat(lines(report)).isEmpty();
            assertThat(report.valid()).isTrue();
        }

        @ParameterizedTest
        @MethodSource("dev.ascent.catalog.format.RoadmapValidatorTests#builtInRoadmaps")
        void summarisesEveryTopicInAtLeastTwoSentences(Path file) throws IOException {
            Roadmap roadmap = validate(file).roadmap();
            assertThat(roadmap).isNotNull();

            List<String> tooShort = roadmap.topics().stream()
                    .filter(topic -> sentences(topic.summary()) < 2)
                    .map(topic -> topic.id() + ": " + topic.summary())
                    .toList();

            assertThat(tooShort).as("topics whose summary is shorter than two sentences").isEmpty();
        }

        @ParameterizedTest
        @MethodSource("dev.ascent.catalog.format.RoadmapValidatorTests#builtInRoadmaps")
        void usesStableKebabCaseIdsNamedAfterTheFile(Path file) throws IOException {
            Roadmap roadmap = validate(file).roadmap();
            assertThat(roadmap).isNotNull();

            assertThat(roadmap.id()).isEqualTo(file.getFileName().toString().replaceFirst("\\.yaml$", ""));
            List<String> ids = new ArrayList<>();
            ids.add(roadmap.id());
            roadmap.phases().forEach(phase -> {
                ids.add(phase.id());
                phase.groups().forEach(group -> ids.add(group.id()));
            });
            roadmap.topics().forEach(topic -> ids.add(topic.id()));
            roadmap.projects().forEach(project -> ids.add(project.id()));
            roadmap.checkpoints().forEach(checkpoint -> ids.add(checkpoint.id()));

            assertThat(ids).allSatisfy(id -> assertThat(id).matches(KEBAB_CASE).hasSizeLessThanOrEqualTo(64));
            assertThat(ids).doesNotHaveDuplicates();
        }

        private static int sentences(String text) {
            return (int) SENTENCE_END.matcher(text.strip()).results().count();
        }

        @Test
        void countsSentencesTheWayAReaderWould() {
            assertThat(sentences("One sentence only, e.g. about HTTP.")).isEqualTo(1);
            assertThat(sentences("Two sentences. The second ends here.")).isEqualTo(2);
            assertThat(sentences("A question? An answer (with a note).")).isEqualTo(2);
        }
    }
}
