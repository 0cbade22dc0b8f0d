"""Scenarios about instances rather than faults: two app instances on one PostgreSQL, and a graceful
shutdown under load."""
import datetime
import os
import re
import signal
import threading
import time
import zipfile

from apps import log
from http1 import Browser, csrf, request
from ledger import Account, PASSWORD, percentiles

SIGN_IN_CLEANUP = 2      # seconds: SignInThrottle.deleteExpired's fixed delay, shortened to be seen
SESSION_CLEANUP = 3      # seconds: Spring Session's cleanup cron, shortened to be seen
WINDOW = 15              # seconds both instances run side by side


def _team_roadmap(ctx):
    """A team directory with a new version (2) of the built-in senior-judgment roadmap."""
    source = open(os.path.join(ctx.root, "src/main/resources/roadmaps/senior-judgment.yaml")).read()
    yaml, n = re.subn(r"(?m)^version: 1$", "version: 2", source)
    if n != 1:
        raise RuntimeError("senior-judgment.yaml no longer starts at version 1; update the fault suite")
    path = os.path.join(ctx.work, "team-roadmaps")
    os.makedirs(path)
    with open(os.path.join(path, "senior-judgment.yaml"), "w") as f:
        f.write(yaml)
    return path


def _session_cleanup_property(ctx):
    """Where the expired-session cleanup's schedule is set: Ascent's own guarded job when the jar turns
    Spring Session's off (cleanup-cron "-"), else Spring Session's."""
    with zipfile.ZipFile(ctx.jar) as jar:
        config = jar.read("BOOT-INF/classes/application.yml").decode()
    return "ascent.sessions.cleanup-cron" if re.search(r'cleanup-cron:\s*"-"', config) else "spring.session.jdbc.cleanup-cron"


def _statements(ext, pattern, since):
    """(time, application name) of each logged statement matching pattern, from the log's offset since."""
    with open(ext.logfile, errors="replace") as f:
        f.seek(since)
        text = f.read()
    found = []
    for line in text.splitlines():
        m = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)(\.\d+) \w+ \[\d+\] ([^:]*): LOG:\s+(?:statement|execute [^:]*): (.*)", line)
        if m and re.search(pattern, m.group(4), re.I):
            at = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S").timestamp() + float(m.group(2))
            found.append((m.group(1), m.group(3), at))
    return found


def two_instances(ctx):
    ext = ctx.external()
    ext.create_database("faults_two")
    ext.psql("faults_two", "alter database faults_two set log_statement = 'all'")
    team = _team_roadmap(ctx)
    args = ["--ascent.sign-in.cleanup-interval=%ds" % SIGN_IN_CLEANUP, "--%s=*/%d * * * * *" % (_session_cleanup_property(ctx), SESSION_CLEANUP)]
    apps = [ctx.app("two-" + n, port, {**ext.app_env("faults_two", "ascent-" + n), "ASCENT_ROADMAPS_DIR": team}, args)
            for n, port in (("a", ctx.pair[0]), ("b", ctx.pair[1]))]
    since = os.path.getsize(ext.logfile)   # the jobs may first run while the instances start up
    started = time.time()
    for app in apps:   # the same moment: both migrate the empty database and publish the roadmaps
        app.start()
    result = {"scenario": "two-instances", "database": "external", "ready_s": [app.wait_ready() for app in apps]}
    t0 = time.time()
    a, b = apps
    checks = []

    # a session begun on one instance continues on the other, and its CSRF token works there
    Account(a.port, "two")   # an account with data on A, so B has something to show
    browser = Browser(a.port)
    page = browser.get("/sign-up")
    email = "session-%d@faults.ascent.test" % int(t0)
    browser.post_form("/sign-up", {"_csrf": csrf(page), "displayName": "Session on A", "email": email, "password": PASSWORD})
    on_a = browser.get("/account")
    on_b = browser.get("/account", port=b.port)
    same = on_b.status == 200 and email in on_b.text()
    checks.append(("a session started on A continues on B", same, "GET /account on B: %s" % on_b.outcome))
    renamed = browser.post_form("/account/name", {"_csrf": csrf(on_a), "displayName": "Renamed on B"}, port=b.port)
    seen = browser.get("/account", port=a.port)
    ok = renamed.status == 302 and "renamed" in renamed.headers.get("location", "") and "Renamed on B" in seen.text()
    checks.append(("A's CSRF token works for a form post on B", ok,
                   "POST /account/name on B: %s -> %s" % (renamed.outcome, renamed.headers.get("location"))))

    # a roadmap version is published once
    rows = ext.psql("faults_two", "select count(*) from catalog.roadmap_versions where roadmap_id = 'senior-judgment' and version = 2")
    current = ext.psql("faults_two", "select version from catalog.roadmaps where id = 'senior-judgment'")
    dupes = ext.psql("faults_two", "select count(*) from (select 1 from catalog.roadmap_versions group by roadmap_id, version having count(*) > 1) d")
    logged = sum(len(re.findall(r"Roadmap senior-judgment\.yaml: upgraded", app.log_text())) for app in apps)
    errors = sum(len(re.findall(r"^\S+\s+ERROR ", app.log_text(), re.M)) for app in apps)
    result["published"] = {"versions_rows": int(rows), "current_version": int(current or 0), "upgrade_logged": logged,
                           "error_lines": errors}
    checks.append(("the team's version 2 was published exactly once", rows == "1" and current == "2" and logged == 1 and dupes == "0",
                   "%s row(s) for version 2, current version %s, %d instance(s) logged the upgrade, %d error line(s)"
                   % (rows, current, logged, errors)))

    # scheduled work runs once
    time.sleep(max(0, WINDOW - (time.time() - t0)))   # at least WINDOW seconds with both up
    window = round(time.time() - started, 1)
    throttle = _statements(ext, r"delete from accounts\.sign_in_buckets", since)
    sessions = _statements(ext, r"delete from spring_session\b", since)
    by_app = lambda runs: {n: sum(1 for r in runs if r[1] == n) for n in sorted({r[1] for r in runs})}
    ticks = {}
    for second, app, _ in sessions:
        ticks.setdefault(second, set()).add(app)
    both = sum(1 for apps_at in ticks.values() if len(apps_at) > 1)
    result["scheduled"] = {"window_s": window,
                           "SignInThrottle.deleteExpired": {"every_s": SIGN_IN_CLEANUP, "runs": by_app(throttle)},
                           "spring-session cleanup": {"every_s": SESSION_CLEANUP, "runs": by_app(sessions), "ticks_run_twice": both}}
    span = max(r[2] for r in throttle) - min(r[2] for r in throttle) if throttle else 0
    expected = int(span / SIGN_IN_CLEANUP) + 1   # once per interval from the first run to the last
    checks.append(("SignInThrottle.deleteExpired ran once per interval across both", 0 < len(throttle) <= expected,
                   "%d runs over %.1f s from the first to the last (at most %d if guarded): %s"
                   % (len(throttle), span, expected, by_app(throttle))))
    checks.append(("Spring Session's expired-session cleanup ran once per tick", len(ticks) > 0 and both == 0,
                   "%d of %d ticks ran on both instances: %s" % (both, len(ticks), by_app(sessions))))
    for app in apps:
        app.terminate()
    result["checks"] = checks
    return result


def graceful_shutdown(ctx):
    ext = ctx.external()
    ext.create_database("faults_shutdown")
    app = ctx.app("shutdown", ctx.port(3), ext.app_env("faults_shutdown", "ascent-shutdown"))
    result = {"scenario": "shutdown", "database": "external", "ready_s": app.start().wait_ready()}
    account = Account(app.port, "shutdown")
    answers, lock, stopping = [], threading.Lock(), threading.Event()

    def worker(i):
        n = 0
        while not stopping.is_set():
            n += 1
            if n % 2:
                a = request(app.port, "POST", "/api/v1/journal", {"title": "shutdown w%d #%d" % (i, n), "body": "x"},
                            account.auth, timeout=30)
            else:   # the export reads everything the account wrote: the slowest request at hand
                a = request(app.port, "GET", "/api/v1/me/export", headers=account.auth, timeout=30)
            with lock:
                answers.append(a)
            if a.status is None and a.error == "refused":
                stopping.wait(0.05)

    workers = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(ctx.shutdown_clients)]
    for w in workers:
        w.start()
    time.sleep(ctx.load)
    term = time.time()
    app.proc.send_signal(signal.SIGTERM)
    log("SIGTERM to the app with %d clients writing and exporting" % ctx.shutdown_clients)
    try:
        code = app.proc.wait(45)
    except Exception:
        code = None
    exited = time.time()
    time.sleep(max(1.0, term + 1.5 - exited))   # new connections keep coming for a while, as from a load balancer
    stopping.set()
    for w in workers:
        w.join(35)
    if code is None:
        app.proc.kill()
    inflight = [a for a in answers if a.sent is not None and a.sent < term and a.started < term and a.started + a.latency >= term]
    bad = {}
    for a in inflight:
        if not a.ok:
            bad[a.outcome] = bad.get(a.outcome, 0) + 1
    later = {}
    for a in answers:
        if a.started >= term:
            later[a.outcome] = later.get(a.outcome, 0) + 1
    fresh = [a for a in answers if a.started >= term + 0.5]
    unanswered = sorted(round((a.started - term) * 1000) for a in answers if a.started >= term and a.error in ("reset", "closed", "timeout"))
    result.update({
        "in_flight_at_sigterm": len(inflight),
        "in_flight_failed": bad,
        "in_flight_latency_ms": percentiles([a.latency * 1000 for a in inflight]),
        "after_sigterm": later,
        "unanswered_after_sigterm_ms": unanswered,   # when they began, after SIGTERM: accepted, then dropped
        "shutdown_s": round(exited - term, 1),
        "exit_code": code,
        "requests_before": sum(1 for a in answers if a.started < term),
    })
    result["checks"] = [
        ("every in-flight request finished with 2xx", len(inflight) > 0 and not bad,
         "%d in flight at SIGTERM, failed: %s" % (len(inflight), bad or "none")),
        ("new connections refused 0.5 s after SIGTERM", len(fresh) > 0 and all(a.error == "refused" for a in fresh),
         "requests begun after SIGTERM: %s" % later),
        # a request dropped unanswered leaves its client not knowing whether the write happened
        ("no request begun after SIGTERM dropped without an answer", not unanswered,
         "reset or closed when begun %s ms after SIGTERM" % unanswered if unanswered else "none"),
        ("the JVM exited by itself", code is not None, "exit code %s after %.1f s" % (code, exited - term)),
    ]
    return result
