package dev.ascent.lab;

import dev.ascent.accounts.PersonalData;
import dev.ascent.lab.internal.RunStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The lab section of an account's export: runs and predictions. Erased with the account. */
@Component
@Order(35)
class LabData implements PersonalData {

    /** Runs an import may bring: far more than a person makes, few enough that a file cannot flood the table. */
    static final int MAX_RUNS = 5_000;

    private final RunStore runs;
    private final JsonMapper json;

    LabData(RunStore runs, JsonMapper json) {
        this.runs = runs;
        this.json = json;
    }

    @Override
    public String section() {
        return "lab";
    }

    @Override
    public LabExport export(UUID accountId) {
        return LabExport.of(runs.all(accountId));
    }

    @Override
    public void erase(UUID accountId) {
        runs.deleteAll(accountId);
    }

    @Override
    public boolean holdsData(UUID accountId) {
        return runs.any(accountId);
    }

    /** Runs come back with new ids and their numbers, without series (their page offers to run them again). */
    @Override
    public void restore(UUID accountId, JsonNode section) {
        List<LabRun> restored = new ArrayList<>();
        for (JsonNode node : section.path("runs")) {
            LabExport.RunRecord r = json.treeToValue(node, LabExport.RunRecord.class);
            if (r.model() == null || r.model().isBlank() || r.model().length() > 100 || r.title() == null || r.at() == null) {
                throw new IllegalArgumentException("a lab run without its model, title or time");
            }
            if (r.changes() != null && r.changes().size() > 200) {
                throw new IllegalArgumentException("a lab run of '%s' changes more knobs than any model has".formatted(r.model()));
            }
            restored.add(new LabRun(UUID.randomUUID(), r.model(), r.title(), r.changes() == null ? java.util.Map.of() : r.changes(),
                    r.seed(), r.predictedP99Ms(), r.predictedBottleneck(), r.p99Ms(), r.errorRatio(), r.bottleneck(),
                    Math.clamp(r.minutes(), 0, Lab.MAX_MINUTES_A_RUN), null, r.at()));
            if (restored.size() > MAX_RUNS) {
                throw new IllegalArgumentException("more than %,d lab runs".formatted(MAX_RUNS));
            }
        }
        restored.forEach(run -> runs.insert(accountId, run));
    }
}
