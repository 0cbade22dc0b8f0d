#!/usr/bin/env python3
"""Turns the statements one request made (read from PostgreSQL's log with log_statement=all)
into a pgbench script that repeats the very same SQL for a random learner.

usage: pgbench_script.py LOG START_MARKER END_MARKER HEADER_FILE SUBSTITUTIONS_JSON

Only the app's statements between the two markers are taken (application name 'PostgreSQL JDBC
Driver'). Bind parameters are put back as literals; literals that identify the learner of the
captured request (given as {"'literal'": ":variable"}) become variables the header sets for a
random learner. An optimistic-version check ("and version = '3'") is turned into one that always
holds, so the captured write really writes every time.
"""
import json
import re
import sys

PREFIX = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[\d+\] (?P<app>[^:]*): (?P<level>[A-Z]+):  (?P<text>.*)$")


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


def main():
    log, start, end, header, substitutions = sys.argv[1:6]
    substitutions = json.loads(open(substitutions).read())
    statements, inside = [], False
    for app, level, text in records(open(log, errors="replace")):
        if start in text:
            inside = True
            continue
        if end in text:
            break
        if not inside or app != "PostgreSQL JDBC Driver":
            continue
        if level == "LOG":
            m = re.match(r"(?:execute [^:]+|statement): (.*)", text, re.S)
            if m and m.group(1).strip():
                statements.append([m.group(1).strip(), {}])
        elif level == "DETAIL" and text.startswith("parameters: ") and statements:
            for name, value in re.findall(r"\$(\d+) = (NULL|'(?:[^']|'')*')", text):
                statements[-1][1][int(name)] = value
    out = [open(header).read().rstrip("\n")]
    for sql, params in statements:
        for number in sorted(params, reverse=True):
            sql = re.sub(r"\$%d(?!\d)" % number, lambda _: params[number], sql)
        for literal, variable in substitutions.items():
            sql = sql.replace(literal, variable)
        sql = re.sub(r"and version = '-?\d+'", "and version = version", sql)
        out.append(" ".join(sql.split()) + ";")
    if len(out) == 1:
        sys.exit("no statements found between %s and %s" % (start, end))
    print("\n".join(out))


if __name__ == "__main__":
    main()
