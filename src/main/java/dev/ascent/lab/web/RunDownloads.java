package dev.ascent.lab.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.lab.Lab;
import dev.ascent.lab.LabRun;
import dev.ascent.lab.engine.RunResult;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A run's seconds as CSV: the end-to-end numbers, then how busy each component was and its queue. */
@Controller
class RunDownloads {

    private final Lab lab;

    RunDownloads(Lab lab) {
        this.lab = lab;
    }

    @GetMapping("/lab/runs/{runId}.csv")
    ResponseEntity<byte[]> csv(CurrentAccount me, @PathVariable UUID runId) {
        LabRun run = lab.run(me.id(), runId).orElseThrow(LabPages::noRun);
        if (run.result() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This run came from an exported file and has no series; run it again.");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lab-" + run.modelId() + "-" + run.id().toString().substring(0, 8) + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(write(run.result()).getBytes(StandardCharsets.UTF_8));
    }

    static String write(RunResult result) {
        List<String> ids = result.components().stream().map(RunResult.ComponentResult::id).toList();
        StringBuilder out = new StringBuilder("second,arrived,completed,failed,timeout,rejected,dependency_error,circuit_open,rate_limited,"
                + "p50_ms,p95_ms,p99_ms,in_flight");
        for (String id : ids) {
            out.append(',').append(id).append("_busy,").append(id).append("_queue");
        }
        out.append("\r\n");
        for (RunResult.Second s : result.seconds()) {
            out.append(s.second()).append(',').append(s.arrivals()).append(',').append(s.completed()).append(',').append(s.failed().total())
                    .append(',').append(s.failed().timeout()).append(',').append(s.failed().rejected()).append(',').append(s.failed().dependencyError())
                    .append(',').append(s.failed().circuitOpen()).append(',').append(s.failed().rateLimited())
                    .append(',').append(n(s.p50Ms())).append(',').append(n(s.p95Ms())).append(',').append(n(s.p99Ms())).append(',').append(s.inFlight());
            for (String id : ids) {
                RunResult.ComponentSecond c = s.components().stream().filter(x -> x.component().equals(id)).findFirst().orElse(null);
                out.append(',').append(c == null ? "" : n(c.utilisation())).append(',').append(c == null ? "" : n(c.queueDepth()));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String n(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }
}
