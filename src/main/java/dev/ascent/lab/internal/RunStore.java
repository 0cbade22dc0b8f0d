package dev.ascent.lab.internal;

import dev.ascent.lab.LabRun;
import dev.ascent.lab.engine.RunResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Runs in {@code lab.runs}, each read by its owner only; lists leave the result (the large part) out. */
@Repository
public class RunStore {

    private static final String SUMMARY_COLUMNS = """
            id, model_id, model_title, changes, seed, predicted_p99_ms, predicted_bottleneck, p99_ms, error_ratio, bottleneck,
            minutes, created_at""";
    private static final TypeReference<LinkedHashMap<String, Double>> CHANGES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RunStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(UUID accountId, LabRun run) {
        jdbc.sql("""
                        insert into lab.runs (id, account_id, model_id, model_title, changes, seed, predicted_p99_ms, predicted_bottleneck,
                                              p99_ms, error_ratio, bottleneck, minutes, result, created_at)
                        values (:id, :account, :model, :title, cast(:changes as jsonb), :seed, :predictedP99, :predictedBottleneck,
                                :p99, :errors, :bottleneck, :minutes, cast(:result as jsonb), :created)""")
                .param("id", run.id()).param("account", accountId).param("model", run.modelId()).param("title", run.modelTitle())
                .param("changes", json.writeValueAsString(run.changes())).param("seed", run.seed())
                .param("predictedP99", run.predictedP99Ms()).param("predictedBottleneck", run.predictedBottleneck())
                .param("p99", run.p99Ms()).param("errors", run.errorRatio()).param("bottleneck", run.bottleneck())
                .param("minutes", run.minutes()).param("result", run.result() == null ? null : json.writeValueAsString(run.result()))
                .param("created", Timestamp.from(run.createdAt()))
                .update();
    }

    /** The account's runs, newest first, without their series; of one model when {@code modelId} is given. */
    public List<LabRun> list(UUID accountId, @Nullable String modelId, int limit) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from lab.runs where account_id = :account"
                        + (modelId == null ? "" : " and model_id = :model") + " order by created_at desc, id limit :limit")
                .param("account", accountId).param("model", modelId).param("limit", limit)
                .query(summary()).list();
    }

    public Optional<LabRun> find(UUID accountId, UUID runId) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + ", result from lab.runs where account_id = :account and id = :id")
                .param("account", accountId).param("id", runId)
                .query((rs, n) -> {
                    LabRun run = summary().mapRow(rs, n);
                    String result = rs.getString("result");
                    return result == null ? run : withResult(run, json.readValue(result, RunResult.class));
                }).optional();
    }

    /** Every run of the account with its numbers, oldest first, for the export. */
    public List<LabRun> all(UUID accountId) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from lab.runs where account_id = :account order by created_at, id")
                .param("account", accountId).query(summary()).list();
    }

    public boolean any(UUID accountId) {
        return jdbc.sql("select exists (select 1 from lab.runs where account_id = :account)").param("account", accountId)
                .query(Boolean.class).single();
    }

    public void deleteAll(UUID accountId) {
        jdbc.sql("delete from lab.runs where account_id = :account").param("account", accountId).update();
    }

    /** How many of these ids are the account's own runs. */
    public int owned(UUID accountId, Collection<UUID> ids) {
        return jdbc.sql("select count(*) from lab.runs where account_id = :account and id in (:ids)")
                .param("account", accountId).param("ids", ids).query(Integer.class).single();
    }

    private RowMapper<LabRun> summary() {
        return (rs, n) -> new LabRun(rs.getObject("id", UUID.class), rs.getString("model_id"), rs.getString("model_title"),
                json.readValue(rs.getString("changes"), CHANGES), rs.getLong("seed"),
                (Double) rs.getObject("predicted_p99_ms"), rs.getString("predicted_bottleneck"), rs.getDouble("p99_ms"),
                rs.getDouble("error_ratio"), rs.getString("bottleneck"), rs.getInt("minutes"), null,
                rs.getTimestamp("created_at").toInstant());
    }

    private static LabRun withResult(LabRun run, RunResult result) {
        return new LabRun(run.id(), run.modelId(), run.modelTitle(), run.changes(), run.seed(), run.predictedP99Ms(),
                run.predictedBottleneck(), run.p99Ms(), run.errorRatio(), run.bottleneck(), run.minutes(), result, run.createdAt());
    }
}
