#!/usr/bin/env python3
"""Reads one `pgbench -r` run's output and prints its result as one JSON object: transactions per
second, the mean transaction latency, and how much of it the script's header took (the look-up
of a random learner, a round trip the app does not make), from pgbench's per-command latencies.

usage: pgbench_result.py PGBENCH_OUTPUT SCRIPT_JSON   (SCRIPT_JSON as pgbench_script.py wrote it)
"""
import json
import re
import sys


def main():
    text = open(sys.argv[1]).read()
    header_commands = json.load(open(sys.argv[2]))["header_commands"]
    tps = re.search(r"^tps = ([\d.]+)", text, re.M)
    failed = re.search(r"^number of failed transactions: (\d+)", text, re.M)
    commands = []
    if "statement latencies" in text:
        for line in text.split("statement latencies", 1)[1].splitlines()[1:]:
            m = re.match(r"\s+([\d.]+)\s+\d+\s+\S", line)
            if not m:
                break
            commands.append(float(m.group(1)))
    print(json.dumps({"tps": float(tps.group(1)) if tps else 0,
                      "failed": int(failed.group(1)) if failed else None,
                      "command_ms": round(sum(commands), 3),
                      "header_ms": round(sum(commands[:header_commands]), 3)}))


if __name__ == "__main__":
    main()
