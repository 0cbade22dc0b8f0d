package dev.ascent.lab.format;

import dev.ascent.lab.SystemFixtures;
import dev.ascent.lab.SystemReport;
import dev.ascent.lab.engine.Arrivals;
import dev.ascent.lab.engine.Autoscaling;
import dev.ascent.lab.engine.Call;
import dev.ascent.lab.engine.Component;
import dev.ascent.lab.engine.Distribution;
import dev.ascent.lab.engine.Fault;
import dev.ascent.lab.engine.Resilience;
import dev.ascent.lab.engine.SystemModel;
import dev.ascent.platform.DocumentBounds;
import dev.ascent.platform.HugeNumbers;
import dev.ascent.platform.Problem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
    void readsAValidModelWithEveryKindOfComponentCallAndFault() {
        SystemReport report = validate(VALID);

        assertThat(report.problems()).isEmpty();
        assertThat(report.summary()).isEqualTo("shop.yaml: valid (shop: 7 components, 6 calls, 6 faults, 120 s simulated)");
        SystemModel model = report.model();
        assertThat(model.durationSeconds()).isEqualTo(120);
        assertThat(model.seed()).isEqualTo(42);
        assertThat(model.workload().arrivals()).isEqualTo(new Arrivals.Poisson(200));
        assertThat(model.components()).hasExactlyElementsOfTypes(Component.LoadBalancer.class, Component.Service.class, Component.Cache.class,
                Component.Database.class, Component.Queue.class, Component.External.class, Component.External.class);
        var web = (Component.Service) model.components().get(1);
        assertThat(web.serviceTime()).containsEntry("*", new Distribution.Exponential(10))
                .containsEntry("checkout", new Distribution.LogNormal(20, 200));
        assertThat(web.calls().get(1)).isEqualTo(new Call("payments", Call.Mode.SYNC, 0.2, new Resilience(2000.0,
                new Resilience.Retry(3, 100, 2, true), new Resilience.CircuitBreaker(0.5, 20, 10), new Resilience.RateLimit(100, 20),
                new Resilience.Bulkhead(10))));
        assertThat(web.calls().get(2).mode()).isEqualTo(Call.Mode.ASYNC);
        assertThat(web.autoscaling()).isEqualTo(new Autoscaling(0.6, 2, 6, 30, 10));
        assertThat(((Component.Database) model.components().get(3)).queryTime()).isEqualTo(new Distribution.Percentiles(List.of(
                new Distribution.Percentiles.Point(0.5, 5), new Distribution.Percentiles.Point(0.9, 12), new Distribution.Percentiles.Point(0.99, 40))));
        assertThat(model.faults()).containsExactly(new Fault.KillReplicas(20, "web", 1, 30.0), new Fault.Slow(30, "payments", 5, 20),
                new Fault.ErrorBurst(40, "mailer", 0.5, 10), new Fault.Failover(50, "db", 5), new Fault.Partition(60, "web", "payments", 10),
                new Fault.CacheFlush(70, "cache"));
    }

    @Test
    void fillsInTheDocumentedDefaultsAndListsTheEntryFirst() {
        String minimal = """
                format: ascent/system@1
                id: minimal
                title: Minimal
                summary: One service behind a database.
                duration: 1.5m
                workload:
                  entry: api
                  arrivals: {ramp: {from: 10, to: 50, over: 30s}}
                components:
                  - {id: db, kind: database, connections: 5, queryTime: {constant: 2ms}}
                  - id: api
                    kind: service
                    serviceTime: {exponential: 5ms}
                    calls: [{to: db, retry: {attempts: 2}}]
                """;

        SystemModel model = validate(minimal).model();

        assertThat(model.durationSeconds()).isEqualTo(90);
        assertThat(model.seed()).isEqualTo(1);
        assertThat(model.topics()).isEmpty();
        assertThat(model.faults()).isEmpty();
        assertThat(model.workload().types()).containsExactly(new SystemModel.RequestType("request", 1));
        assertThat(model.workload().arrivals()).isEqualTo(new Arrivals.Ramp(10, 50, 30));
        assertThat(model.components()).extracting(Component::id).containsExactly("api", "db");
        assertThat(model.components().getFirst()).isEqualTo(new Component.Service("api", 1, 1, 100, Map.of("*", new Distribution.Exponential(5)),
                List.of(new Call("db", Call.Mode.SYNC, 1, new Resilience(null, new Resilience.Retry(2, 0, 1, false), null, null, null))), null));
        assertThat(model.components().getLast()).isEqualTo(new Component.Database("db", 5, new Distribution.Constant(2), 30_000));
    }

    @Test
    void readsEveryShapeOfArrivals() {
        assertThat(validate(VALID.replace("{poisson: 200}", "{constant: 50}")).model().workload().arrivals()).isEqualTo(new Arrivals.Constant(50));
        assertThat(validate(VALID.replace("{poisson: 200}", "{spike: {base: 100, peak: 400, at: 30s, for: 20s}}")).model().workload().arrivals())
                .isEqualTo(new Arrivals.Spike(100, 400, 30, 20));
        assertThat(validate(VALID.replace("{poisson: 200}", "{diurnal: {mean: 100, amplitude: 150, period: 1m}}")).model().workload().arrivals())
                .isEqualTo(new Arrivals.Diurnal(100, 150, 60));
    }

    @Test
    void reportsEveryProblemAtOnceWithLinesAndPaths() {
        String broken = VALID.replace("policy: least-connections", "policy: fastest")
                .replace("targets: [web]", "targets: [web, cache]")
                .replace("{to: cache, timeout: 200ms}", "{to: cashe, timeout: 200ms}")
                .replace("  - id: mailer\n", "  - id: db\n")
                .replace("entry: edge", "entry: front")
                .replace("component: web, count: 1", "component: db, count: 1")
                .replace("backend/caching", "backend/cachng")
                .replace("queue: 50", "queue: 50\n    threads: 4");

        SystemReport report = validate(broken);

        assertThat(report.valid()).isFalse();
        assertThat(report.model()).isNull();
        assertThat(report.problems()).extracting(Object::toString).containsExactly(
                "shop.yaml:5: topics[0]: the roadmap 'backend' has no topic 'cachng'; did you mean 'caching'?",
                "shop.yaml:9: workload.entry: there is no component 'front'",
                "shop.yaml:17: components[0].policy: must be one of 'round-robin', 'least-connections' or 'random', not 'fastest'",
                "shop.yaml:18: components[0].targets[1]: 'cache' is a cache; a load balancer's target must be a service",
                "shop.yaml:24: components[1].threads: unknown property 'threads'; see the schema for the properties allowed here",
                "shop.yaml:29: components[1].calls[0].to: there is no component 'cashe'; did you mean 'cache'?",
                "shop.yaml:56: components[4].calls[0].to: there is no component 'mailer'",
                "shop.yaml:57: components[5].id: the component id 'db' is used twice; it was first used at components[3].id (line 45)",
                "shop.yaml:65: faults[0].component: 'db' is a database; a kill-replicas fault must be a service",
                "shop.yaml:67: faults[2].component: there is no component 'mailer'");
        assertThat(report.summary()).isEqualTo("shop.yaml: 10 problems");
    }

    @Test
    void namesACycleOfSynchronousCalls() {
        String cycle = VALID.replace("  - {to: mailer}", "  - {to: mailer}\n      - {to: web}").replace("onMiss: {to: db, timeout: 1s}", "onMiss: {to: web, timeout: 1s}");

        assertThat(validate(cycle).problems()).extracting(Object::toString).containsExactly(
                "shop.yaml:43: components[2].onMiss.to: synchronous calls go round in a cycle: web → cache → web; a request would wait on itself");
    }

    @Test
    void refusesPublishesThatCarryEveryRequestRoundForeverButAllowsThemForSome() {
        assertThat(validate(VALID.replace("  - {to: mailer}", "  - {to: mailer}\n      - {to: emails, async: true}")).problems())
                .extracting(Object::toString).containsExactly("shop.yaml:56: components[4].calls[1].to: every request goes round the calls "
                        + "emails → emails and never finishes; give one of these calls a probability below 1");
        assertThat(validate(VALID.replace("  - {to: mailer}", "  - {to: mailer}\n      - {to: emails, async: true, probability: 0.1}")).problems()).isEmpty();
    }

    @Test
    void refusesImpossibleNumbers() {
        String broken = VALID.replace("p99: 200ms", "p99: 15ms").replace("p90: 12ms", "p90: 3ms")
                .replace("share: 0.8", "share: 0").replace("share: 0.2", "share: 0")
                .replace("min: 2, max: 6", "min: 5, max: 4").replace("errorRate: 0.01", "errorRate: 1.5")
                .replace("at: 70s", "at: 120s").replace("timeout: 200ms", "timeout: 0ms").replace("probability: 0.2\n", "probability: 0\n");

        assertThat(validate(broken).problems()).extracting(Object::toString).containsExactly(
                "shop.yaml:12: workload.types: every share is zero, so no request would have a type; give at least one a share above zero",
                "shop.yaml:26: components[1].serviceTimeByType.checkout.lognormal.p99: the p99 (15ms) must be above the median (20ms): 99 in 100 take at most the p99, half at most the median",
                "shop.yaml:28: components[1].calls[0].timeout: must be longer than zero",
                "shop.yaml:30: components[1].calls[1].probability: must be more than 0, not 0",
                "shop.yaml:37: components[1].autoscaling.min: min (5) is above max (4); the fewest replicas cannot be more than the most",
                "shop.yaml:47: components[3].queryTime.percentiles.p90: p90 (3ms) is below p50 (5ms); a higher percentile is never faster",
                "shop.yaml:59: components[5].errorRate: must be at most 1, not 1.5",
                "shop.yaml:69: faults[5].at: a fault at 120s comes after the run ends at 2m");
        assertThat(validate(VALID.replace("poisson: 200", "poisson: 0")).problems()).extracting(Object::toString).containsExactly(
                "shop.yaml:10: workload.arrivals: no request would ever arrive; give a rate above zero (requests a second)");
        assertThat(validate(VALID.replace("count: 1,", "count: 7,")).problems()).extracting(Object::toString).containsExactly(
                "shop.yaml:64: faults[0].count: 'web' never has more than 6 replicas; it cannot lose 7");
        assertThat(validate(VALID.replace("replicas: 3", "replicas: 8")).problems()).extracting(Object::toString).containsExactly(
                "shop.yaml:21: components[1].replicas: 8 replicas is outside autoscaling's 2 to 6; start within them");
        assertThat(validate(VALID.replace("from: web, to: payments", "from: web, to: web")).problems()).extracting(Object::toString).containsExactly(
                "shop.yaml:68: faults[4].to: a partition is between two different components, not 'web' and itself");
    }

    @Test
    void numbersTooBigForAnyMachineTypeAreProblemsNotCrashes() {
        assertThat(HugeNumbers.mishandled(VALID, text -> validate(text).problems())).isEmpty();
        assertThat(validate(VALID.replace("replicas: 3", "replicas: 1E+100")).problems()).extracting(Object::toString)
                .containsExactly("shop.yaml:21: components[1].replicas: must be at most 1000, not 1E+100");
        assertThat(validate(VALID.replace("seed: 42", "seed: -1.5e30")).problems()).extracting(Object::toString)
                .containsExactly("shop.yaml:7: seed: must be at least 0, not -1.5E+30");
    }

    @Test
    void refusesAbsurdSizesNamingTheField() {
        String absurd = VALID.replace("poisson: 200", "poisson: 1000000000000").replace("replicas: 3", "replicas: 1000000")
                .replace("duration: 120s", "duration: 8760h").replace("{constant: 1ms}", "{constant: 2h}");

        assertThat(validate(absurd).problems()).extracting(Object::toString).containsExactly(
                "shop.yaml:6: duration: a run lasts between 1s and 1h of simulated time, not 8760h; longer runs show nothing a shorter one does not",
                "shop.yaml:10: workload.arrivals.poisson: must be at most 100000, not 1000000000000",
                "shop.yaml:21: components[1].replicas: must be at most 1000, not 1000000",
                "shop.yaml:41: components[2].hitLatency.constant: 2h is longer than an hour, the longest duration a model may use");
        assertThat(validate(VALID.replace("concurrency: 10", "concurrency: 1000").replace("max: 6", "max: 500")).problems())
                .extracting(Object::toString).containsExactly(
                        "shop.yaml:22: components[1].concurrency: 500 replicas × 1,000 concurrency is 500,000 workers; a service may have at most 100,000");
    }

    @Test
    void refusesARunExpectedToDoMoreWorkThanTheBound() {
        String big = VALID.replace("duration: 120s", "duration: 1h").replace("poisson: 200", "poisson: 20000");

        assertThat(validate(big).problems()).extracting(Object::toString).containsExactly("shop.yaml:9: workload: the run would make about "
                + "360,000,000 component visits (about 72,000,000 requests, each visiting up to 5 components when every call and retry is made); "
                + "a run may make at most 50,000,000: shorten it, lower the rate, or use fewer retries");
        assertThat(validate(VALID.replace("duration: 120s", "duration: 1h").replace("poisson: 200", "poisson: 2000")).problems()).isEmpty();
    }

    @Test
    void durationsCarryAUnitAndDistributionsNameOneShape() {
        String broken = VALID.replace("duration: 120s", "duration: 120").replace("{exponential: 10ms}", "{exponential: 10 ms}")
                .replace("hitLatency: {constant: 1ms}", "hitLatency: {constant: 1ms, exponential: 2ms}").replace("arrivals: {poisson: 200}", "arrivals: {}");

        assertThat(validate(broken).problems()).extracting(Object::toString).containsExactly(
                "shop.yaml:6: duration: 120 is not a duration: write a number and a unit (ms, s, m or h), e.g. 120ms or 2s",
                "shop.yaml:10: workload.arrivals: must name at least one of its properties",
                "shop.yaml:24: components[1].serviceTime.exponential: '10 ms' is not a duration: write a number and a unit (ms, s, m or h), e.g. 120ms or 2s",
                "shop.yaml:41: components[2].hitLatency: must name exactly one of its properties, not 2");
    }

    @Test
    void checksEachKindOfComponentAndFaultAgainstItsOwnFields() {
        String broken = VALID.replace("kind: cache\n", "kind: memcache\n").replace("kind: failover", "kind: meltdown")
                .replace("consumers: 2", "consumers: 2\n    policy: random");

        assertThat(validate(broken).problems()).extracting(Object::toString).containsExactly(
                "shop.yaml:39: components[2].kind: must be one of 'load-balancer', 'service', 'cache', 'database', 'queue' or 'external', not 'memcache'",
                "shop.yaml:53: components[4].policy: unknown property 'policy'; see the schema for the properties allowed here",
                "shop.yaml:68: faults[3].kind: must be one of 'kill-replicas', 'slow', 'error-burst', 'failover', 'partition' or 'cache-flush', not 'meltdown'");
    }

    @Test
    void everyRequestTypeHasAServiceTimeAndTypesNamedExist() {
        String broken = VALID.replace("checkout: {lognormal", "chekout: {lognormal").replace("    serviceTime: {exponential: 10ms}\n", "");

        assertThat(validate(broken).problems()).extracting(Object::toString).containsExactly(
                "shop.yaml:19: components[1]: has no service time for request types 'browse', 'checkout'; give serviceTime for every type, or list each under serviceTimeByType",
                "shop.yaml:25: components[1].serviceTimeByType.chekout: there is no request type 'chekout' in the workload; did you mean 'checkout'?");
    }

    @Test
    void withoutTheRoadmapsTheTopicsAreNotChecked() {
        assertThat(validate(VALID.replace("backend/caching", "frontend/caching")).problems()).extracting(Object::toString)
                .containsExactly("shop.yaml:5: topics[0]: there is no roadmap 'frontend'");
        assertThat(SystemValidator.validate("s.yaml", VALID.replace("backend/caching", "frontend/caching"), null).valid()).isTrue();
    }

    @Test
    void badYamlAndWrongShapedFilesGetOneClearProblem() {
        assertThat(validate("format: ascent/system@1\nid: [unclosed\n").problems()).extracting(Object::toString).containsExactly(
                "shop.yaml:3: not valid YAML: while parsing a flow sequence: expected ',' or ']', but got <stream end>");
        assertThat(validate("- a\n- b\n").problems()).extracting(Object::toString).containsExactly(
                "shop.yaml:1: the document is not a system model: expected a mapping that starts with 'format: ascent/system@1'");
        assertThat(validate("").problems()).extracting(Object::toString).containsExactly(
                "shop.yaml: the file is empty; a system starts with 'format: ascent/system@1'");
        assertThat(validate("format: ascent/roadmap@1\nid: x\n").problems()).extracting(Object::toString).contains(
                "shop.yaml:1: format: must be 'ascent/system@1', not 'ascent/roadmap@1'");
    }

    @Test
    void aYamlBombIsOneSmallProblem() {
        StringBuilder bomb = new StringBuilder("format: ascent/system@1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++) {
            bomb.append("a%d: &a%d [%s]\n".formatted(level, level, String.join(", ", java.util.Collections.nCopies(9, "*a" + (level - 1)))));
        }
        String aliased = "format: ascent/system@1\nid: amplified\ntitle: &big \"" + "x".repeat(100 * 1024) + "\"\ntopics:\n" + "  - *big\n".repeat(1000);

        SystemReport laughs = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> validate(bomb.toString()));
        SystemReport amplified = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> validate(aliased));

        assertThat(laughs.problems()).singleElement().extracting(Problem::message).asString().startsWith("not valid YAML");
        assertThat(amplified.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("the document expands to more than 2,097,152 characters");
        DocumentBounds.assertBoundedTree("amplified.yaml", aliased, SystemValidator.FORMAT);
        DocumentBounds.assertBoundedReport(amplified.problems(), aliased.length());
    }

    @Test
    void aHugeListOfComponentsIsRefusedWithoutWalkingIt() {
        StringBuilder many = new StringBuilder(VALID.substring(0, VALID.indexOf("components:"))).append("components:\n");
        for (int i = 0; i < 5_000; i++) {
            many.append("  - {id: s").append(i).append(", kind: service, serviceTime: {constant: 1ms}, calls: [{to: s").append(i + 1).append("}]}\n");
        }

        SystemReport report = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> validate(many.toString()));

        assertThat(report.problems()).extracting(Object::toString).contains("shop.yaml:15: components: lists 5000 items; at most 50 are allowed");
        DocumentBounds.assertBoundedReport(report.problems(), many.length());
    }
}
