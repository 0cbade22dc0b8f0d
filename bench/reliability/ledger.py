"""The client ledger: concurrent clients make acknowledged writes through the public API and remember
every one that got a 2xx; after the fault and the recovery, everything is read back and every
acknowledged write that is missing, or whose version went backwards, is counted as lost.

Two kinds of write, both by one account with a read-write token:
  - journal entries (POST /api/v1/journal), each with a unique title: an acknowledged one must exist;
  - each client's notes on its own topic (PUT .../topics/{topic}/notes with the version read), a
    versioned update: the stored version must not be below the last acknowledged one, and at the
    same version the text must be the acknowledged text.
A write that failed without an answer (timeout, reset) may or may not have been stored; it is
neither counted as acknowledged nor as lost.
"""
import re
import statistics
import threading
import time
import uuid

from http1 import Browser, csrf, request

PASSWORD = "lantern-orbit-maple-quietly-7"
ROADMAP = "backend-junior-to-senior"


class Account:
    """Signs up through the form, makes a read-write token on the account page, follows a roadmap."""

    def __init__(self, port, label):
        self.email = "%s-%s@faults.ascent.test" % (label, uuid.uuid4().hex[:8])
        browser = Browser(port)
        page = browser.get("/sign-up")
        a = browser.post_form("/sign-up", {"_csrf": csrf(page), "displayName": "Ledger " + label,
                                           "email": self.email, "password": PASSWORD})
        if a.status != 302:
            raise RuntimeError("sign-up answered %s: %s" % (a.outcome, a.text()[:300]))
        page = browser.get("/account")
        a = browser.post_form("/account/tokens", {"_csrf": csrf(page), "name": "ledger", "scope": "READ_WRITE"})
        m = re.search(r'id="token-secret"[^>]*>(asc_[^<]+)<', a.text())
        if a.status != 200 or not m:
            raise RuntimeError("token creation answered %s" % a.outcome)
        self.token = m.group(1)
        self.cookie = browser.cookie   # a signed-in browser, for the pages
        self.auth = {"Authorization": "Bearer " + self.token}
        a = request(port, "POST", "/api/v1/enrollments", {"roadmapId": ROADMAP}, self.auth)
        if a.status not in (200, 201):
            raise RuntimeError("enrolment answered %s: %s" % (a.outcome, a.text()[:300]))
        self.enrollment = a.json()["id"]
        a = request(port, "GET", "/api/v1/enrollments/%s/topics" % self.enrollment, headers=self.auth)
        self.topics = [t["topicId"] for t in a.json()]


class Ledger:
    def __init__(self, port, account, clients, tag, think=0.02, timeout=35.0):
        self.port = port
        self.account = account
        self.clients = clients
        self.tag = tag
        self.think = think
        self.timeout = timeout
        self.lock = threading.Lock()
        self.answers = []            # (client, kind, Answer) for every request made
        self.journal_acked = []      # titles
        self.notes_acked = {}        # client -> (version, body) of the last acknowledged save
        self.notes_ambiguous = {}    # client -> bodies sent without an answer (may be stored)
        self.marks = {}              # name -> time.time()
        self.stopping = threading.Event()
        self.threads = []

    def mark(self, name):
        self.marks[name] = time.time()

    def start(self):
        for c in range(self.clients):
            t = threading.Thread(target=self._client, args=(c,), daemon=True)
            t.start()
            self.threads.append(t)

    def stop(self):
        self.stopping.set()
        for t in self.threads:
            t.join(self.timeout + 5)

    def _client(self, c):
        topic = self.account.topics[c % len(self.account.topics)]
        path = "/api/v1/enrollments/%s/topics/%s/notes" % (self.account.enrollment, topic)
        version, seq = -1, 0
        while not self.stopping.is_set():
            seq += 1
            title = "%s c%d #%d" % (self.tag, c, seq)
            a = request(self.port, "POST", "/api/v1/journal",
                        {"title": title, "body": "written by the fault suite's ledger", "tags": ["ledger"]},
                        self.account.auth, self.timeout)
            self._record(c, "journal", a)
            if a.ok:
                with self.lock:
                    self.journal_acked.append(title)
            body = "%s c%d note %d" % (self.tag, c, seq)
            a = request(self.port, "PUT", path, {"body": body, "version": version}, self.account.auth, self.timeout)
            self._record(c, "notes", a)
            if a.ok:
                version = a.json()["version"]
                with self.lock:
                    self.notes_acked[c] = (version, body)
            elif a.status == 409:
                version = a.json()["current"]["version"]   # someone (an unanswered save of ours) stored a newer one
            elif a.status is None or a.status >= 500:
                with self.lock:
                    self.notes_ambiguous.setdefault(c, []).append(body)
            pause = self.think if a.ok else 0.1          # failing: a steady trickle, not a busy loop
            self.stopping.wait(pause)

    def _record(self, c, kind, a):
        with self.lock:
            self.answers.append((c, kind, a))

    # --- what the clients saw -------------------------------------------------------------------

    def successes(self):
        return sorted(a.started + a.latency for _, _, a in self.answers if a.ok)

    def first_success_after(self, t):
        done = [a.started + a.latency for _, _, a in list(self.answers) if a.ok and a.started >= t]
        return min(done) if done else None

    def outage(self, start, end, unreachable_end=None):
        """The failed requests begun in [start, end): statuses, latencies, Retry-After; and the latency of
        every request begun while the database was unreachable, [start, unreachable_end), answered or not."""
        during = [a for _, _, a in list(self.answers) if start <= a.started < end]
        failed = [a for a in during if not a.ok and a.status != 409]
        unreachable = [a for a in during if a.started < (unreachable_end or end)]
        statuses = {}
        for a in failed:
            statuses[a.outcome] = statuses.get(a.outcome, 0) + 1
        s503 = [a for a in failed if a.status == 503]
        lat = sorted(a.latency * 1000 for a in failed)
        return {
            "failed": len(failed),
            "statuses": dict(sorted(statuses.items(), key=lambda kv: -kv[1])),
            "retry_after_on_503": sum(1 for a in s503 if "retry-after" in a.headers),
            "problem_json_on_503": sum(1 for a in s503 if a.headers.get("content-type", "").startswith("application/problem+json")),
            "latency_ms": percentiles(lat),
            "succeeded": sum(1 for a in during if a.ok),   # e.g. waited for the database and then went through
            "succeeded_latency_ms": percentiles([a.latency * 1000 for a in during if a.ok]),
            "unreachable_requests": len(unreachable),
            "unreachable_latency_ms": percentiles([a.latency * 1000 for a in unreachable]),
            "samples": {o: next(a.text()[:240] for a in failed if a.outcome == o) for o in statuses if o.isdigit()},
        }

    # --- reading everything back ----------------------------------------------------------------

    def verify(self, port):
        """Counts acknowledged writes that are missing or went backwards, reading through the API."""
        a = request(port, "GET", "/api/v1/me/export", headers=self.account.auth, timeout=60)
        if not a.ok:
            raise RuntimeError("could not read the ledger back: export answered %s" % a.outcome)
        stored = set()
        walk(a.json(), stored, self.tag)
        journal_missing = [t for t in self.journal_acked if t not in stored]
        notes_lost = []
        for c, (version, body) in sorted(self.notes_acked.items()):
            topic = self.account.topics[c % len(self.account.topics)]
            n = request(port, "GET", "/api/v1/enrollments/%s/topics/%s/notes" % (self.account.enrollment, topic),
                        headers=self.account.auth, timeout=30)
            if not n.ok:
                raise RuntimeError("could not read notes back: %s" % n.outcome)
            now = n.json()
            if now["version"] < version or (now["version"] == version and now["body"] != body):
                notes_lost.append({"client": c, "acked_version": version, "stored_version": now["version"]})
            elif now["version"] > version and now["body"] not in self.notes_ambiguous.get(c, []):
                notes_lost.append({"client": c, "acked_version": version, "stored_version": now["version"],
                                   "why": "a newer version that no client sent"})
        acked = len(self.journal_acked) + sum(1 for _, kind, a in self.answers if kind == "notes" and a.ok)
        return {
            "acknowledged": acked,
            "journal_acknowledged": len(self.journal_acked),
            "notes_acknowledged": acked - len(self.journal_acked),
            "lost": len(journal_missing) + len(notes_lost),
            # writes whose fate the client cannot know: sent, then no answer or a 5xx (a refused connection sent nothing)
            "unanswered": sum(1 for _, _, a in self.answers if (a.status is None and a.error != "refused") or (a.status or 0) >= 500),
            "journal_missing": journal_missing[:20],
            "notes_lost": notes_lost,
        }


def walk(node, titles, tag):
    """Every journal title of this run anywhere in the export document."""
    if isinstance(node, dict):
        t = node.get("title")
        if isinstance(t, str) and t.startswith(tag + " "):
            titles.add(t)
        for v in node.values():
            walk(v, titles, tag)
    elif isinstance(node, list):
        for v in node:
            walk(v, titles, tag)


def percentiles(values):
    if not values:
        return None
    values = sorted(values)

    def p(q):
        return round(values[min(len(values) - 1, int(q * len(values)))], 1)
    return {"p50": p(0.50), "p90": p(0.90), "p99": p(0.99), "max": round(values[-1], 1),
            "mean": round(statistics.fmean(values), 1)}
