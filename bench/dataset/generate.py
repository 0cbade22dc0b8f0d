#!/usr/bin/env python3
"""Fills an Ascent database (schema already created by the app's Flyway migrations) with N
synthetic learners, streamed into PostgreSQL with COPY.

Every id is derived from the learner's number, so load scripts and pgbench can name any learner
without a lookup: account n is md5('account:n')::uuid, its first enrolment md5('enrollment:n:0')::uuid,
and its API token is the secret 'asc_bench_n' (stored, like every token, as its SHA-256 digest).

Per learner (seeded, so the same N gives the same data): one enrolment (a fifth have a second),
topic progress along the roadmap (done, learning, reviews due, assessed proficiency), projects,
about eight weeks of time entries, notes on some topics and a few journal entries.

One team, md5('team:bench')::uuid, is led by learner 1 and has the next 200 learners as members
(fewer when there are fewer learners); every tenth of them shares no progress with it. bench/run signs
learner 1 in and loads the team's overview.

usage: generate.py DATABASE_URL LEARNERS PASSWORD_HASH
"""
import hashlib
import json
import random
import subprocess
import sys
import time
import uuid
from datetime import date, timedelta

ROADMAP_WEIGHTS = {"backend-junior-to-senior": 0.6, "backend-growth-map": 0.3, "senior-judgment": 0.1}
TODAY = date.today()


def uid(text):
    return str(uuid.UUID(hashlib.md5(text.encode()).hexdigest()))


def psql(url, sql):
    return subprocess.run(["psql", url, "-qAtX", "-c", sql], check=True, capture_output=True, text=True).stdout


class Copy:
    """COPY … FROM STDIN for one table, fed row by row."""

    def __init__(self, url, table, columns):
        self.table = table
        self.rows = 0
        self.process = subprocess.Popen(
            ["psql", url, "-qX", "-v", "ON_ERROR_STOP=1", "-c",
             "COPY %s (%s) FROM STDIN WITH (FORMAT text)" % (table, ", ".join(columns))],
            stdin=subprocess.PIPE, text=True, bufsize=1 << 20)

    def row(self, *values):
        self.process.stdin.write("\t".join("\\N" if v is None else str(v) for v in values) + "\n")
        self.rows += 1

    def close(self):
        self.process.stdin.close()
        if self.process.wait() != 0:
            sys.exit("COPY into %s failed" % self.table)


def pg_array(values):
    return "{" + ",".join(values) + "}"


TEAM_SIZE = 200


def team(url, learners):
    """The bench's team: learner 1 leads, learners 2 to 201 are members, every tenth member shares no progress."""
    team_id = uid("team:bench")
    teams = Copy(url, "teams.teams", ["id", "name", "created_at"])
    teams.row(team_id, "Bench team", (TODAY - timedelta(days=90)).isoformat() + " 09:00:00+00")
    teams.close()
    memberships = Copy(url, "teams.memberships", ["team_id", "account_id", "role", "joined_at"])
    privacy = Copy(url, "teams.privacy", ["team_id", "account_id", "share_progress", "share_plan", "share_checkpoints", "version"])
    memberships.row(team_id, uid("account:1"), "LEAD", (TODAY - timedelta(days=90)).isoformat() + " 09:00:00+00")
    for n in range(2, min(learners, TEAM_SIZE + 1) + 1):
        memberships.row(team_id, uid("account:%d" % n), "MEMBER", (TODAY - timedelta(days=90 - n % 60)).isoformat() + " 09:00:00+00")
        if n % 10 == 0:
            privacy.row(team_id, uid("account:%d" % n), "f", "t", "t", 1)
    memberships.close()
    privacy.close()
    return team_id


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    url, learners, password_hash = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rnd = random.Random(7)
    topics = {}
    for line in psql(url, "select id, jsonb_path_query_array(document, '$.topics[*].id') from catalog.roadmaps").splitlines():
        roadmap, ids = line.split("|", 1)
        topics[roadmap] = json.loads(ids)
    projects = {}
    for line in psql(url, "select id, jsonb_path_query_array(document, '$.projects[*].id') from catalog.roadmaps").splitlines():
        roadmap, ids = line.split("|", 1)
        projects[roadmap] = json.loads(ids)
    roadmaps = [r for r in ROADMAP_WEIGHTS if r in topics]
    weights = [ROADMAP_WEIGHTS[r] for r in roadmaps]

    started = time.time()
    accounts = Copy(url, "accounts.accounts", ["id", "email", "display_name", "password_hash", "created_at"])
    tokens = Copy(url, "accounts.api_tokens", ["id", "account_id", "name", "token_hash", "prefix", "scope"])
    enrollments = Copy(url, "learning.enrollments", ["id", "account_id", "roadmap_id", "start_date", "weekly_hours"])
    progress = Copy(url, "learning.topic_progress", ["enrollment_id", "topic_id", "status", "proficiency", "by_assessment",
                                                      "started_on", "done_on", "review_step", "review_due"])
    work = Copy(url, "learning.project_work", ["enrollment_id", "project_id", "status", "started_on", "submitted_on",
                                               "repository_url", "write_up", "self_review"])
    time_entries = Copy(url, "learning.time_entries", ["enrollment_id", "topic_id", "day", "minutes", "kind"])
    notes = Copy(url, "learning.topic_notes", ["enrollment_id", "topic_id", "body"])
    journal = Copy(url, "learning.journal_entries", ["id", "account_id", "day", "title", "body", "tags", "topics"])
    kinds = ["THEORY", "PRACTICE", "COMMUNITY"]

    for n in range(1, learners + 1):
        account = uid("account:%d" % n)
        joined = TODAY - timedelta(days=rnd.randint(7, 730))
        accounts.row(account, "learner%d@bench.ascent.test" % n, "Learner %d" % n, password_hash, joined.isoformat() + " 09:00:00+00")
        secret = "asc_bench_%d" % n
        tokens.row(uid("token:%d" % n), account, "bench", hashlib.sha256(secret.encode()).hexdigest(), secret[:10], "READ_WRITE")
        chosen = [rnd.choices(roadmaps, weights)[0]]
        if rnd.random() < 0.2:
            other = rnd.choice([r for r in roadmaps if r != chosen[0]])
            chosen.append(other)
        for k, roadmap in enumerate(chosen):
            enrollment = uid("enrollment:%d:%d" % (n, k))
            start = joined + timedelta(days=rnd.randint(0, 6))
            enrollments.row(enrollment, account, roadmap, start.isoformat(), rnd.randint(5, 15))
            ids = topics[roadmap]
            share = rnd.random() ** 1.5 * 0.7
            done = int(len(ids) * share)
            for i, topic in enumerate(ids[:done + 3]):
                if i < done:
                    finished = start + timedelta(days=int((TODAY - start).days * (i + 1) / (done + 3)))
                    step = rnd.randint(0, 4)
                    due = finished + timedelta(days=[3, 7, 21, 60, 120][step])
                    assessed = rnd.random() < 0.15
                    progress.row(enrollment, topic, "DONE", "PROFICIENT" if assessed else "NONE", "t" if assessed else "f",
                                 start.isoformat(), finished.isoformat(), step, due.isoformat())
                elif rnd.random() < 0.6:
                    progress.row(enrollment, topic, "LEARNING", "NONE", "f", (TODAY - timedelta(days=rnd.randint(0, 20))).isoformat(),
                                 None, None, None)
            for p, project in enumerate(projects.get(roadmap, [])[:rnd.randint(0, 2)]):
                submitted = rnd.random() < 0.6
                work.row(enrollment, project, "SUBMITTED" if submitted else "STARTED", start.isoformat(),
                         (TODAY - timedelta(days=rnd.randint(1, 60))).isoformat() if submitted else None,
                         "https://example.org/learner%d/%s" % (n, project), "A short write-up of what was built and learned.",
                         pg_array(["MET", "PARTLY", "MET"]))
            for _ in range(rnd.randint(4, 12)):
                topic = rnd.choice(ids[:max(1, done + 3)])
                time_entries.row(enrollment, topic, (TODAY - timedelta(days=rnd.randint(0, 56))).isoformat(),
                                 rnd.choice([30, 45, 60, 90, 120]), rnd.choice(kinds))
            for topic in ids[:done][:rnd.randint(0, 3)]:
                notes.row(enrollment, topic, "## What I learned\\n\\nKey points, with a **link** and a short example.")
        for j in range(rnd.randint(0, 4)):
            roadmap = chosen[0]
            journal.row(uid("journal:%d:%d" % (n, j)), account, (TODAY - timedelta(days=rnd.randint(0, 90))).isoformat(),
                        "Week %d notes" % (j + 1), "What went well, what did not, and what to try next week.",
                        pg_array(rnd.sample(["reading", "practice", "incident", "review"], 2)),
                        pg_array(["%s/%s" % (roadmap, topics[roadmap][0])]))
        if n % 100000 == 0:
            print("  %d learners generated (%.0f s)" % (n, time.time() - started), file=sys.stderr, flush=True)

    for copy in (accounts, tokens, enrollments, progress, work, time_entries, notes, journal):
        copy.close()
    team(url, learners)
    total = sum(c.rows for c in (accounts, tokens, enrollments, progress, work, time_entries, notes, journal))
    print("generated %d learners, %d rows in %.0f s: %s" % (learners, total, time.time() - started, ", ".join(
        "%s %d" % (c.table, c.rows) for c in (accounts, enrollments, progress, work, time_entries, notes, journal))))


if __name__ == "__main__":
    main()
