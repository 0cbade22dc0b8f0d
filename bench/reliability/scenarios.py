"""The fault scenarios. Each takes the suite's context and returns one result dict: what was done,
what the clients saw, what was lost, and a list of checks (name, passed, detail)."""
import os
import signal
import threading
import time

from apps import log, postmaster
from http1 import request
from ledger import Account, Ledger, percentiles

RECOVERY_LIMIT = 60   # seconds the app gets to come back by itself


class Probe:
    """Twice a second: /actuator/health/readiness, and a page as a signed-in browser sees it (its session
    is in the database), so the outage's readiness and pages can be told."""

    def __init__(self, port, cookie):
        self.port, self.cookie, self.samples, self.pages, self.stopping = port, cookie, [], [], threading.Event()
        self.threads = [threading.Thread(target=f, daemon=True) for f in (self._readiness, self._page)]
        for t in self.threads:
            t.start()

    def _readiness(self):
        while not self.stopping.is_set():
            a = request(self.port, "GET", "/actuator/health/readiness", timeout=2)
            self.samples.append((a.started, a.outcome))
            self.stopping.wait(0.5)

    def _page(self):
        while not self.stopping.is_set():
            self.pages.append(request(self.port, "GET", "/account", headers={"Cookie": "SESSION=" + self.cookie}, timeout=35))
            self.stopping.wait(0.5)

    def stop(self):
        self.stopping.set()
        for t in self.threads:
            t.join(40)

    def between(self, start, end):
        seen = {}
        for t, outcome in self.samples:
            if start <= t < end:
                seen[outcome] = seen.get(outcome, 0) + 1
        return seen

    def pages_between(self, start, end):
        """Every page request begun in [start, end), however it ended."""
        pages = [a for a in self.pages if start <= a.started < end]
        seen = {}
        for a in pages:
            seen[a.outcome] = seen.get(a.outcome, 0) + 1
        s503 = [a for a in pages if a.status == 503]
        return {"requests": len(pages), "statuses": seen,
                "retry_after_on_503": sum(1 for a in s503 if "retry-after" in a.headers),
                "html_on_503": sum(1 for a in s503 if a.headers.get("content-type", "").startswith("text/html")),
                "latency_ms": percentiles([a.latency * 1000 for a in pages])}


def wait_for_success(ledger, after, limit):
    """The first acknowledged write begun after `after`, waiting at most `limit` seconds."""
    deadline = time.time() + limit
    while time.time() < deadline:
        t = ledger.first_success_after(after)
        if t is not None:
            return t
        time.sleep(0.2)
    return None


def first_failure_after(ledger, after):
    ts = [a.started for _, _, a in list(ledger.answers) if not a.ok and a.status != 409 and a.started >= after]
    return min(ts) if ts else None


def outage_checks(result, expect_503):
    """What the issue asks of a database outage: fast 503s with Retry-After, readiness down, recovery."""
    o = result["outage"]
    checks = [("no acknowledged write lost", result["ledger"]["lost"] == 0,
               "%d of %d lost" % (result["ledger"]["lost"], result["ledger"]["acknowledged"]))]
    if expect_503:
        checks.append(("recovered by itself within %d s" % RECOVERY_LIMIT, result["recovered"],
                       "first success %s s after the database returned" % result.get("db_back_to_first_success_s")
                       if result["recovered"] else "did not recover within %d s" % RECOVERY_LIMIT))
        failed = o["failed"]
        n503 = o["statuses"].get("503", 0)
        checks.append(("failed requests answered 503 + Retry-After", failed > 0 and n503 == failed and o["retry_after_on_503"] == n503,
                       "%s; Retry-After on %d of %d 503s" % (o["statuses"], o["retry_after_on_503"], n503)))
        p99 = (o["unreachable_latency_ms"] or {}).get("p99")
        checks.append(("answers came fast while the database was away (p99 < 1 s)", p99 is not None and p99 < 1000,
                       "%d requests, latency %s ms; of all begun until the recovery, %d failed (%s ms) and %d succeeded (%s ms)"
                       % (o["unreachable_requests"], o["unreachable_latency_ms"], failed, o["latency_ms"],
                          o["succeeded"], o["succeeded_latency_ms"])))
        pg = result["pages_during_outage"]
        n = pg["requests"]
        checks.append(("pages answered 503 + Retry-After (HTML) while the database was away",
                       n > 0 and pg["statuses"].get("503", 0) == n and pg["retry_after_on_503"] == n and pg["html_on_503"] == n,
                       "GET /account begun %d times: %s, latency %s ms; Retry-After on %d, HTML on %d"
                       % (n, pg["statuses"], pg["latency_ms"], pg["retry_after_on_503"], pg["html_on_503"])))
        checks.append(("readiness DOWN during the outage", any(k != "200" for k in result["readiness_during_outage"]),
                       "readiness answers %s" % result["readiness_during_outage"]))
    return checks


def _load_then(ctx, app, label, fault):
    """Starts the ledger on a ready app, lets it write for ctx.load seconds, runs fault(ledger) and then
    lets the clients write ctx.after more seconds; returns the ledger and the readiness probe."""
    account = Account(app.port, label)
    ledger = Ledger(app.port, account, ctx.clients, "%s-%s" % (ctx.run, label))
    probe = Probe(app.port, account.cookie)
    ledger.start()
    time.sleep(ctx.load)
    try:
        fault(ledger)
        time.sleep(ctx.after)
    finally:
        ledger.stop()
        probe.stop()
    return ledger, probe


def app_kill(ctx):
    data = os.path.join(ctx.work, "app-kill", "postgres")
    app = ctx.app("app-kill", ctx.port(0), {"ASCENT_DATA_DIR": data})
    result = {"scenario": "app-kill", "database": "embedded", "ready_s": app.start().wait_ready()}

    def fault(ledger):
        ledger.mark("fault")
        app.kill9()
        log("kill -9 of the app (pid %d); restarting it" % app.proc.pid)
        time.sleep(2)
        app.start()
        result["restart_ready_s"] = app.wait_ready()
        ledger.mark("back")
        back = wait_for_success(ledger, ledger.marks["back"], RECOVERY_LIMIT)
        result["recovered"] = back is not None
        result["outage_end"] = back or time.time()

    ledger, probe = _load_then(ctx, app, "appkill", fault)
    result["outage"] = ledger.outage(ledger.marks["fault"], result["outage_end"])
    result["ledger"] = ledger.verify(app.port)
    result["checks"] = outage_checks(result, expect_503=False) + [
        ("the restarted app served writes", result["recovered"], "ready %s s after the restart" % result["restart_ready_s"])]
    app.terminate()
    return result


def pg_kill(ctx):
    data = os.path.join(ctx.work, "pg-kill", "postgres")
    app = ctx.app("pg-kill", ctx.port(1), {"ASCENT_DATA_DIR": data})
    result = {"scenario": "pg-kill", "database": "embedded", "ready_s": app.start().wait_ready()}

    def fault(ledger):
        pid = postmaster(data)
        if pid is None:
            raise RuntimeError("no postmaster found for %s" % data)
        ledger.mark("fault")
        os.kill(pid, signal.SIGKILL)
        log("kill -9 of the embedded PostgreSQL's postmaster (pid %d); waiting up to %d s for the app to recover" % (pid, RECOVERY_LIMIT))
        deadline, back = time.time() + RECOVERY_LIMIT, None
        while time.time() < deadline:   # a new postmaster for the same data dir: the database is back
            new = postmaster(data)
            if new is not None and new != pid:
                back = time.time()
                break
            time.sleep(0.2)
        result["db_back_after_s"] = round(back - ledger.marks["fault"], 1) if back else None
        if back:
            ledger.mark("db-back")
        began = first_failure_after(ledger, ledger.marks["fault"]) or ledger.marks["fault"]
        ok = wait_for_success(ledger, began + 0.001, max(1, deadline - time.time()))
        result["recovered"] = ok is not None
        result["outage_end"] = ok or time.time()
        if ok and back:
            result["db_back_to_first_success_s"] = round(max(0.0, ok - back), 2)
        if ok:
            result["fault_to_first_success_s"] = round(ok - ledger.marks["fault"], 1)
        else:
            log("did not recover within %d s" % RECOVERY_LIMIT)

    ledger, probe = _load_then(ctx, app, "pgkill", fault)
    result["outage"] = ledger.outage(ledger.marks["fault"], result["outage_end"], ledger.marks.get("db-back"))
    result["readiness_during_outage"] = probe.between(ledger.marks["fault"], result["outage_end"])
    result["pages_during_outage"] = probe.pages_between(ledger.marks["fault"], ledger.marks.get("db-back", result["outage_end"]))
    if not result["recovered"]:   # read the ledger back all the same: restart the app, which restarts its database
        log("restarting the app to read the ledger back")
        result["restart_to_verify"] = app.terminate(timeout=30)
        app.start().wait_ready()
    result["ledger"] = ledger.verify(app.port)
    result["checks"] = outage_checks(result, expect_503=True)
    app.terminate()
    return result


def pg_restart(ctx):
    ext = ctx.external()
    ext.create_database("faults_restart")
    app = ctx.app("pg-restart", ctx.port(2), ext.app_env("faults_restart", "ascent-restart"))
    result = {"scenario": "pg-restart", "database": "external", "ready_s": app.start().wait_ready()}

    def fault(ledger):
        ledger.mark("fault")
        ext.stop("fast")
        log("pg_ctl stop -m fast; starting it again in 10 s")
        time.sleep(10)
        ext.start()
        ledger.mark("db-back")
        ok = wait_for_success(ledger, ledger.marks["db-back"], RECOVERY_LIMIT)
        result["recovered"] = ok is not None
        result["outage_end"] = ok or time.time()
        if ok:
            result["db_back_to_first_success_s"] = round(ok - ledger.marks["db-back"], 2)
        else:
            log("did not recover within %d s" % RECOVERY_LIMIT)

    ledger, probe = _load_then(ctx, app, "pgrestart", fault)
    result["outage"] = ledger.outage(ledger.marks["fault"], result["outage_end"], ledger.marks["db-back"])
    result["readiness_during_outage"] = probe.between(ledger.marks["fault"], ledger.marks["db-back"])
    result["pages_during_outage"] = probe.pages_between(ledger.marks["fault"], ledger.marks["db-back"])
    if not result["recovered"]:
        log("restarting the app to read the ledger back")
        result["restart_to_verify"] = app.terminate(timeout=30)
        app.start().wait_ready()
    result["ledger"] = ledger.verify(app.port)
    result["checks"] = outage_checks(result, expect_503=True)
    app.terminate()
    return result
