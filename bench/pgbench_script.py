#!/usr/bin/env python3
"""Turns the statements one request made (read from PostgreSQL's log with log_statement=all)
into a pgbench script that repeats the very same SQL, with the same transactions, for a random
learner. It is meant for `pgbench -M prepared`, so it is an upper bound of what the app could do.

usage: pgbench_script.py LOG START_MARKER END_MARKER HEADER_FILE SUBSTITUTIONS_JSON OUT_PREFIX

Writes OUT_PREFIX.sql (the script) and OUT_PREFIX.json: {"defines": {name: value} to pass as
`pgbench -D name=value`, "statements": the app's SQL statements, BEGIN and COMMIT not counted,
"transactions": its BEGIN ... COMMIT blocks, "autocommit": statements outside them,
"header_commands": the commands of the header, which are pgbench's bookkeeping, not the app's}.

Only the app's statements between the two markers are taken (application name 'PostgreSQL JDBC
Driver'). Every bind parameter stays a bind parameter: a pgbench variable, which -M prepared
sends as $n, never a literal in the text (a literal would be planned for its value, and in
simple mode every statement would be parsed and planned again). A parameter whose value
identifies the learner of the captured request (SUBSTITUTIONS_JSON: {"value": "variable"}) uses
the variable the header sets for a random learner; every other parameter was a constant of the
request (the roadmap page's id, this week's Monday) and becomes a variable given on pgbench's
command line, which costs no round trip. pgbench sends variables untyped and the server infers
their types from the statement; where the driver's statement gives no context (a parameter alone
in a select list, `$1 is null`), the statement would not prepare, so the parameter gets a cast
from its captured value's shape. bench/run runs every script once and stops if any fails.

An optimistic-version check ("and version = $n") is made one that always holds, so the captured
write really writes every time.

Transactions are kept as the driver sent them. The JDBC driver sends BEGIN in the same network
write as the transaction's first statement (one round trip), so the two go in one pgbench
pipeline; COMMIT is a round trip of its own in both. Left out: the empty statement the driver
sends when the pool validates a connection that was idle for more than half a second (under load
connections are never idle that long, and it does no work), and the pool's `set jit = off` on a
new connection (application.yml; bench/run gives pgbench's connections the same setting).
"""
import json
import re
import sys

PREFIX = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[\d+\] (?P<app>[^:]*): (?P<level>[A-Z]+):  (?P<text>.*)$")
PARAMETER = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
VERSION_CHECK = re.compile(r"(\band\s+version\s*=\s*)\$(\d+)(?!\d)", re.I)
TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "ROLLBACK"}


def records(lines):
    current = None
    for line in lines:
        m = PREFIX.match(line.rstrip("\n"))
        if m:
            if current:
                yield current
            current = [m.group("app"), m.group("level"), m.group("text")]
        elif current:
            current[2] += "\n" + line.rstrip("\n")
    if current:
        yield current


def captured(log, start, end):
    """[sql, {number: value or None}] for each of the app's statements between the markers, and whether both were found."""
    statements, inside = [], False
    for app, level, text in records(open(log, errors="replace")):
        if start in text:
            inside = True
            continue
        if end in text:
            return statements, inside
        if not inside or app != "PostgreSQL JDBC Driver":
            continue
        if level == "LOG":
            m = re.match(r"(?:execute [^:]+|statement): (.*)", text, re.S)
            # the empty one is the pool's validation of an idle connection; the set, a new connection's own setting
            if m and m.group(1).strip() and not re.fullmatch(r"set jit = off;?", m.group(1).strip(), re.I):
                statements.append([" ".join(m.group(1).split()), {}])
        elif level == "DETAIL" and text.startswith("parameters: ") and statements:
            for number, value in PARAMETER.findall(text):
                statements[-1][1][int(number)] = None if value == "NULL" else value[1:-1].replace("''", "'")
    return statements, False


def cast_for(value):
    """A type for a parameter the server cannot infer, from the shape of its captured value."""
    if re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", value):
        return "uuid"
    if re.fullmatch(r"-?\d+", value):
        return "bigint"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return "date"
    if re.fullmatch(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d(:?\d\d)?|Z)?", value):
        return "timestamptz"
    if value in ("t", "f", "true", "false"):
        return "boolean"
    return "text"


def needs_cast(sql, number):
    """True where the statement gives the server nothing to infer the parameter's type from."""
    p = r"\$%d(?!\d)" % number
    return bool(re.search(r"\bselect\s+" + p + r"\s*(?:,|\bas\b|\bfrom\b|$)", sql, re.I)   # first in a select list
                or re.search(p + r"\s+is\s+(?:not\s+)?null", sql, re.I))


def name_for(sql, number):
    """A readable variable name for a constant: the column or alias it is compared with or cast to."""
    p = r"\$%d(?!\d)" % number
    m = (re.search(r"([A-Za-z_]\w*)\s*(?:=|<>|!=|>=|<=|<|>)\s*" + p, sql)
         or re.search(p + r"\s+AS\s+\w+(?:\(\d+\))?\)\s+AS\s+([A-Za-z_]\w*)", sql, re.I))
    return "c_" + (m.group(1).lower() if m else "p")


def main():
    log, start, end, header, substitutions, out = sys.argv[1:7]
    substitutions = json.loads(open(substitutions).read())
    defines, by_value = {}, {}
    lines = [line for line in open(header).read().splitlines() if line.strip()]
    header_commands = len(lines)
    statements = transactions = autocommit = 0
    in_transaction = begun = False
    found, marked = captured(log, start, end)
    for sql, params in found:
        keyword = sql.rstrip(";").strip().upper()
        if keyword == "BEGIN":
            in_transaction = begun = True
            transactions += 1
            continue
        m = VERSION_CHECK.search(sql)
        if m:
            sql = VERSION_CHECK.sub(lambda x: x.group(1) + "version", sql)
            params.pop(int(m.group(2)), None)
        for number in sorted(params, reverse=True):      # $10 before $1
            value = params[number]
            if value is None:
                replacement = "NULL"                     # pgbench cannot bind a NULL; a literal NULL has no value to plan for
            elif value in substitutions:
                replacement = ":" + substitutions[value]
            else:
                if value not in by_value:
                    name = base = name_for(sql, number)
                    suffix = 1
                    while name in defines:
                        suffix += 1
                        name = "%s_%d" % (base, suffix)
                    defines[name] = value
                    by_value[value] = name
                replacement = ":" + by_value[value]
            if value is not None and needs_cast(sql, number):
                replacement += "::" + cast_for(value)
            sql = re.sub(r"\$%d(?!\d)" % number, lambda _: replacement, sql)
        if keyword in TRANSACTION_CONTROL:
            lines.append(sql + ";")
            in_transaction = False
            continue
        statements += 1
        if not in_transaction:
            autocommit += 1
        if begun:      # BEGIN went out with this statement, in one round trip
            lines += ["\\startpipeline", "BEGIN;", sql + ";", "\\endpipeline"]
            begun = False
        else:
            lines.append(sql + ";")
    if not marked:
        sys.exit("the markers %s and %s were not both found in the log" % (start, end))
    if statements == 0:          # the request was answered from memory: nothing to replay, so no ceiling
        lines = []
    if begun or in_transaction:
        sys.exit("a transaction was still open at %s" % end)
    open(out + ".sql", "w").write("\n".join(lines) + "\n")
    open(out + ".json", "w").write(json.dumps({"defines": defines, "statements": statements,
                                               "transactions": transactions, "autocommit": autocommit,
                                               "header_commands": header_commands}) + "\n")


if __name__ == "__main__":
    main()
