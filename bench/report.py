#!/usr/bin/env python3
"""Writes BENCHMARKS.md from the results bench/run collected (one JSON object per line)."""
import json
import sys
from collections import defaultdict

ENDPOINTS = [
    ("dashboard", "Dashboard (page, signed in)", "GET /learn/{enrollment}"),
    ("status", "Topic status change (API)", "PUT /api/v1/enrollments/{id}/topics/{topic}"),
    ("roadmap", "Roadmap page", "GET /roadmaps/backend-growth-map"),
    ("progress", "Progress read (API)", "GET /api/v1/enrollments/{id}/topics"),
    ("plan", "Weekly plan (API)", "GET /api/v1/enrollments/{id}/plan"),
    ("team-overview", "Team overview (page, a lead of 200 learners)", "GET /teams/{team}/overview"),
]


def sql_per_request(counts):
    """The app's statements for one request, and in how many explicit transactions (BEGIN and COMMIT not counted)."""
    if counts is None:
        return "—"
    if isinstance(counts, int):                  # results from before the count separated transactions
        return "%d statements" % counts
    if counts["statements"] == 0:
        return "none (answered from memory)"
    return "%d statements, %d transaction%s" % (counts["statements"], counts["transactions"], "" if counts["transactions"] == 1 else "s")


def header_share(results):
    """The range of the share of pgbench's transaction time its learner look-up took, over the runs that recorded it."""
    shares = [r["header_ms"] / r["command_ms"] for r in results if r.get("command_ms") and r.get("header_ms")]   # the roadmap page has none
    if not shares:
        return None
    low, high = round(100 * min(shares)), round(100 * max(shares))
    return "%d%%" % low if low == high else "%d–%d%%" % (low, high)


def main():
    results, meta = [], {}
    for line in open(sys.argv[1]):
        item = json.loads(line)
        (meta.setdefault(item["scale"], {}).update(item) if item["kind"] == "meta" else results.append(item))
    by = defaultdict(dict)
    for r in results:
        by[(r["scale"], r["endpoint"], r["kind"])][r["connections"]] = r
    scales = sorted(meta)
    pool = max((r.get("clients", 0) for r in results if r["kind"] == "pgbench"), default=0)
    out = ["# Benchmarks", "",
           "Produced by `bench/run` on %s. The app (the release jar, extracted and started with an AOT cache as in production, "
           "jte templates precompiled, an external PostgreSQL 15 on loopback), "
           "the load generator (wrk) and pgbench all share this machine's %s cores, so every figure includes their contention." %
           (meta[scales[0]].get("machine", "this machine"), meta[scales[0]].get("cores", "?")), ""]
    for scale in scales:
        m = meta[scale]
        out += ["## %s learners" % format(scale, ","), "",
                "Dataset: %s rows, generated and loaded by COPY in %s s (once; later runs reuse it). App ready %.1f s after launch with the "
                "JDK's ahead-of-time cache (%s s without it); resident memory under load at most %s MB "
                "(JVM options `%s`)." % (format(m["rows"], ","), m["load_seconds"], m["ready_seconds"], m.get("ready_plain_seconds", "?"),
                                         m["rss_mb"], m["heap"]), "",
                "| endpoint | conns | req/s | p50 ms | p95 ms | p99 ms | errors | pgbench ceiling tps | SQL per request | share of ceiling | trivial endpoint req/s | share of framework |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for key, title, path in ENDPOINTS:
            for c, r in sorted(by[(scale, key, "wrk")].items()):
                db = by[(scale, key, "pgbench")].get(c)
                # the ceiling repeats a successful request's SQL; a 409 or an error runs less of it
                answered = r["rps"] * (1 - (r["errors"] + r["non2xx"]) / r["requests"]) if r.get("requests") else r["rps"]
                trivial = by[(scale, "trivial", "wrk")].get(c)
                out.append("| %s `%s` | %d | %.0f | %.1f | %.1f | %.1f | %d | %s | %s | %s | %s | %s |" % (
                    title, path, c, r["rps"], r["p50"], r["p95"], r["p99"], r["errors"] + r["non2xx"],
                    "none: no SQL" if db and db.get("no_sql") else "%.0f" % db["tps"] if db and db["tps"] else "failed" if db else "—",
                    sql_per_request(m.get("statements", {}).get(key)),
                    "%.0f%%" % (100 * answered / db["tps"]) if db and db["tps"] else "—",
                    "%.0f" % trivial["rps"] if trivial else "—", "%.0f%%" % (100 * r["rps"] / trivial["rps"]) if trivial else "—"))
        out.append("")
        share = header_share([r for (sc, _, kind), runs in by.items() if sc == scale and kind == "pgbench" for r in runs.values()])
        if share:
            out += ["pgbench's look-up of a random learner, which the app does not make, took %s of its transactions' time "
                    "(from `pgbench -r`), so the ceilings are that much below what the SQL alone allows." % share, ""]
    out += ["The pgbench ceiling repeats the app's captured SQL for one request per transaction, as the app sends it: every "
            "statement prepared once per connection with its parameters bound (`pgbench -M prepared`), the app's BEGIN and COMMIT "
            "where it had them, BEGIN in the same round trip as the statement after it, as the JDBC driver sends it, on at most "
            "as many connections as the app's pool has (%s), since the app never runs more statements at once. "
            "The share of the ceiling counts the successful answers (2xx) only, whose SQL the ceiling repeats. "
            "SQL per request counts the app's statements, BEGIN and COMMIT not counted, and its explicit transactions; "
            "the other statements each commit on their own. The status change's errors are its first visit to each learner, "
            "which sends no version yet and gets 409 with the current one. A share above 100%% is a ceiling that was not one in "
            "that window: the status change's ceiling commits a write each time and waits for the disk, so it moves with what "
            "else the disk is doing (a checkpoint after the dataset's load, for one)." % (pool or "10"), ""]
    if len(scales) > 1:
        small, large = scales[0], scales[-1]
        out += ["## Scale: p99 at %s learners against %s" % (format(large, ","), format(small, ",")), "",
                "| endpoint | conns | p99 small | p99 large | ratio (target ≤ 1.3) | p50 small | p50 large | p50 ratio |",
                "|---|---|---|---|---|---|---|---|"]
        for key, title, _ in ENDPOINTS:
            for c in sorted(by[(small, key, "wrk")]):
                a, b = by[(small, key, "wrk")].get(c), by[(large, key, "wrk")].get(c)
                if a and b:
                    out.append("| %s | %d | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f |" % (
                        title, c, a["p99"], b["p99"], b["p99"] / a["p99"] if a["p99"] else 0,
                        a["p50"], b["p50"], b["p50"] / a["p50"] if a["p50"] else 0))
        out += ["", "At one connection a window holds a few thousand requests, so its p99 is set by a handful of slow ones: "
                "a full collection of the heap (Serial GC) lands in one run and not the other. "
                "The p50 ratios show what the data size does to the cost of a request.", ""]
    out += ["## How to reproduce", "", "```", "bench/run                       # 10k and 1M learners", "bench/run --scales 10000 --duration 10", "```", "",
            "See `bench/README.md` for what each step does."]
    open(sys.argv[2], "w").write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
