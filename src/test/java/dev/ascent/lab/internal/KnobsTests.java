package dev.ascent.lab.internal;

import dev.ascent.lab.BuiltInModels;
import dev.ascent.lab.Knob;
import dev.ascent.lab.engine.Component;
import dev.ascent.lab.engine.Distribution;
import dev.ascent.lab.engine.SystemModel;
import dev.ascent.lab.format.ModelLibrary;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The knobs a scenario's options turn: a dependency's latency, a call's share of requests and its rate limit. */
class KnobsTests {

    private static SystemModel model(String id) {
        return ModelLibrary.builtIn().entry(id).orElseThrow().model();
    }

    @Test
    void aDependencysLatencyIsAShareOfTheModelsWithItsShapeKept() {
        SystemModel resized = Knobs.apply(model("receipt-upload"), Map.of("text-extraction.latency", 15.0));

        var extraction = (Component.External) resized.components().stream().filter(c -> c.id().equals("text-extraction")).findFirst().orElseThrow();
        var latency = (Distribution.LogNormal) extraction.latency();
        assertThat(latency.medianMs()).isCloseTo(1_260, org.assertj.core.data.Offset.offset(0.01));
        assertThat(latency.p99Ms()).isCloseTo(2_700, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Knobs.of(model("receipt-upload"))).filteredOn(k -> k.key().equals("text-extraction.latency"))
                .singleElement().extracting(Knob::value).isEqualTo(100.0);
    }

    @Test
    void aCallsShareAndRateLimitAreKnobsWhereTheModelHasThem() {
        SystemModel launch = model("launch-capacity");
        assertThat(Knobs.of(launch)).extracting(Knob::key).contains("api>sms-provider.rateLimit", "api>geocoding.rateLimit",
                "api>geocoding.share", "api>main-db.share").doesNotContain("api>main-db.rateLimit");

        SystemModel planned = Knobs.apply(launch, Map.of("api>sms-provider.rateLimit", 37.5, "api>geocoding.share", 0.5));
        var api = (Component.Service) planned.components().stream().filter(c -> c.id().equals("api")).findFirst().orElseThrow();
        var sms = api.calls().stream().filter(c -> c.target().equals("sms-provider")).findFirst().orElseThrow();
        var geocoding = api.calls().stream().filter(c -> c.target().equals("geocoding")).findFirst().orElseThrow();
        assertThat(sms.resilience().rateLimit().perSecond()).isEqualTo(37.5);
        assertThat(sms.resilience().rateLimit().burst()).as("a second's worth at least").isEqualTo(38);
        assertThat(geocoding.probability()).isEqualTo(0.005);
        assertThat(geocoding.resilience().rateLimit()).isEqualTo(((Component.Service) launch.components().get(1)).calls().get(2).resilience().rateLimit());
    }

    @Test
    void problemsAreInTheWordsOfTheLabsForm() {
        assertThat(BuiltInModels.problems("launch-capacity", Map.of("api>geocoding.share", 120.0, "api.replicaz", 3.0, "api.replicas", 28.0)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "api>geocoding.share", "Share of requests that make calls to geocoding: give a number from 0 to 100 %.",
                        "api.replicaz", "This model has no knob 'api.replicaz'."));
        assertThat(BuiltInModels.knobs("no-such-model")).isEmpty();
    }
}
