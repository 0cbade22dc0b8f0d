"""The fault suite: runs the scenarios, prints a result line for each and a summary table, appends
one JSON line per scenario to bench/faults-results.jsonl. Started by bench/faults (see bench/README.md).

Exit status: 0 all checks passed; 1 an acknowledged write was lost; 3 nothing was lost but another
check failed (or a scenario could not run)."""
import argparse
import atexit
import datetime
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback

import apps
import instances
import scenarios

SCENARIOS = {
    "app-kill": scenarios.app_kill,
    "pg-kill": scenarios.pg_kill,
    "pg-restart": scenarios.pg_restart,
    "two-instances": instances.two_instances,
    "shutdown": instances.graceful_shutdown,
}


class Context:
    def __init__(self, opts, root, work):
        self.root, self.work = root, work
        self.run = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%S")
        self.clients, self.load, self.after = opts.clients, opts.load, opts.after
        self.shutdown_clients = opts.shutdown_clients
        self.jar, self.java, self.pgbin = opts.jar, opts.java, opts.pgbin
        self.base_port, self.pair, self.pg_port = opts.base_port, opts.pair, opts.pg_port
        self.jvm_opts = opts.jvm_opts.split()
        self._external = None

    def port(self, n):
        return self.base_port + n

    def app(self, name, port, env, args=()):
        return apps.App(name, self.jar, self.java, self.work, port, env, args, self.jvm_opts)

    def external(self):
        if self._external is None:
            self._external = apps.ExternalPostgres(self.pgbin, self.work, self.pg_port)
            self._external.create()
        elif not self._external.running():
            self._external.start()
        return self._external


def free(port):
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def commit(root):
    r = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return r.stdout.strip() or None


def row(r):
    """One summary line: what the clients saw and what was lost."""
    led, out = r.get("ledger"), r.get("outage")
    acked = str(led["acknowledged"]) if led else "-"
    lost = str(led["lost"]) if led else "-"
    if out:
        lat = out["latency_ms"] or {}
        seen = ", ".join("%s×%d" % kv for kv in list(out["statuses"].items())[:3]) or "none"
        fails = "%s (p50 %s / p99 %s ms)" % (seen, lat.get("p50", "-"), lat.get("p99", "-"))
        if out.get("succeeded"):
            fails += "; %d answered 2xx (max %s ms)" % (out["succeeded"], out["succeeded_latency_ms"]["max"])
    else:
        fails = "-"
    rec = r.get("db_back_to_first_success_s", r.get("restart_ready_s", "-"))
    if r.get("recovered") is False:
        rec = "no (60 s)"
    checks = "%d of %d" % (sum(c["passed"] for c in r["checks"]), len(r["checks"]))
    return [r["scenario"], "PASS" if r["passed"] else "FAIL", acked, lost, fails, str(rec), checks]


def table(rows):
    head = ["scenario", "result", "acked", "lost", "failed API answers during the outage", "recovery s", "checks passed"]
    widths = [max(len(x[i]) for x in [head] + rows) for i in range(len(head))]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths))
    return "\n".join([line(head).rstrip(), line(["-" * w for w in widths])] + [line(r).rstrip() for r in rows])


def main():
    p = argparse.ArgumentParser(prog="bench/faults")
    p.add_argument("--scenarios", default=",".join(SCENARIOS), help="comma-separated, of: " + ", ".join(SCENARIOS))
    p.add_argument("--clients", type=int, default=4, help="ledger clients writing concurrently")
    p.add_argument("--load", type=float, default=10, help="seconds of writes before the fault")
    p.add_argument("--after", type=float, default=5, help="seconds of writes after the recovery")
    p.add_argument("--shutdown-clients", type=int, default=16)
    p.add_argument("--base-port", type=int, default=18091)
    p.add_argument("--pair", default="8081,8082", help="the two instances' ports")
    p.add_argument("--pg-port", type=int, default=55433, help="the external PostgreSQL's port")
    p.add_argument("--keep", action="store_true", help="keep the temp dir (logs, data) for a look")
    p.add_argument("--jar", required=True)
    p.add_argument("--java", required=True)
    p.add_argument("--pgbin", required=True)
    p.add_argument("--jvm-opts", default="-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1")
    p.add_argument("--results", required=True)
    opts = p.parse_args()
    opts.pair = [int(x) for x in opts.pair.split(",")]
    chosen = [s for s in opts.scenarios.split(",") if s]
    unknown = [s for s in chosen if s not in SCENARIOS]
    if unknown:
        p.error("unknown scenario(s): %s" % ", ".join(unknown))
    busy = [port for port in [opts.base_port + i for i in range(4)] + opts.pair + [opts.pg_port] if not free(port)]
    if busy:
        print("port(s) in use on 127.0.0.1: %s (see --base-port, --pair, --pg-port)" % busy, file=sys.stderr)
        return 2

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    work = tempfile.mkdtemp(prefix="ascent-faults-", dir="/var/tmp")
    os.chmod(work, 0o755)   # the external cluster runs as the postgres user

    ctx = Context(opts, root, work)

    def clean_up():
        if ctx._external is not None and ctx._external.running():
            try:
                ctx._external.stop("immediate")
            except Exception:
                pass
        apps.clean_up(work)
        if opts.keep:
            print("kept %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    atexit.register(clean_up)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda *_: sys.exit(130))

    results = []
    for name in chosen:
        print("\n== %s" % name, flush=True)
        t0 = time.time()
        try:
            r = SCENARIOS[name](ctx)
        except Exception as e:
            traceback.print_exc()
            r = {"scenario": name, "error": "%s: %s" % (type(e).__name__, e), "checks": [("the scenario ran", False, str(e))]}
        finally:
            for proc in apps.STARTED:   # no app outlives its scenario
                if proc.poll() is None:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(10)
            apps.clean_up(os.path.join(work, name))
        r["checks"] = [{"check": c, "passed": bool(ok), "detail": d} for c, ok, d in r["checks"]]
        r["passed"] = all(c["passed"] for c in r["checks"])
        r.update(run=ctx.run, commit=commit(root), seconds=round(time.time() - t0, 1), clients=ctx.clients)
        for c in r["checks"]:
            print("  %s  %s: %s" % ("ok  " if c["passed"] else "FAIL", c["check"], c["detail"]), flush=True)
        led = r.get("ledger")
        print("RESULT %s %s%s" % (name, "PASS" if r["passed"] else "FAIL",
                                  ": %d of %d acknowledged writes lost" % (led["lost"], led["acknowledged"]) if led else ""), flush=True)
        with open(opts.results, "a") as f:
            f.write(json.dumps(r, default=str) + "\n")
        results.append(r)

    print("\n" + table([row(r) for r in results]))
    lost = sum(r["ledger"]["lost"] for r in results if r.get("ledger"))
    print("\n%d acknowledged write(s) lost; %d of %d scenario(s) passed every check. Details: %s"
          % (lost, sum(r["passed"] for r in results), len(results), opts.results))
    return 1 if lost else (0 if all(r["passed"] for r in results) else 3)


if __name__ == "__main__":
    sys.exit(main())
