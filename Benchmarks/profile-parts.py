#!/usr/bin/env python3
"""Splits a console's `perf record --call-graph` samples into the parts of its loop.

Reads `perf script -F time,ip,sym | swift demangle --simplified` (Benchmarks/profile-idle
writes it as .data/profile/script.txt) and prints, for the samples between FROM and TO seconds
after the first one, each part's share and CPU milliseconds a minute. A sample counts for the
first part whose function is on its stack. The parts are named after the loop at a649d59;
functions renamed since fall into "other", whose commonest leaf functions are listed.

usage: profile-parts.py SCRIPT HZ [FROM [TO]]
"""
import collections
import sys

PARTS = [
    ("Router: routing pass reading the waiting contacts (routingInput)", ["routingInput"]),
    ("Router: rest of the routing pass (gone consoles, offers, next deadline)", ["AppDatabase.route("]),
    ("Router.step: its data_version", ["Router.step"]),
    ("companions: data_version before/after (runCompanions)", ["runCompanions"]),
    ("store poll: the change feed (followStore, latestChange)", ["followStore", "latestChange", "ChangeFeed"]),
    ("breaches written (recordBreaches)", ["recordBreaches"]),
    ("reloads after a change (queue, service levels, detail, agent)", ["ConsoleRunner.perform(", "AppDatabase.queue(", "serviceLevels("]),
    ("tick: sort of the queue entries", ["sorted(by:"]),
    ("tick: timers (running timer, status, breach set, entries)", ["followClock", "reevaluateTimers"]),
    ("frame: ncurses present (cell diff, wrefresh, write)", ["NcursesTerminal.present"]),
    ("frame: ConsoleView.render", ["ConsoleView.render"]),
    ("waiting: poll and curses input", ["nextEvent"]),
]


def samples(path):
    current = None
    for line in open(path, errors="replace"):
        if not line.strip():
            continue
        if not line.startswith("\t"):
            if current:
                yield current
            current = (float(line.strip().rstrip(":").split()[-1].rstrip(":")), [])
        elif current:
            text = line.strip()
            current[1].append(text.split(" ", 1)[1] if " " in text else "")
    if current:
        yield current


def main():
    path, hz = sys.argv[1], float(sys.argv[2])
    start = float(sys.argv[3]) if len(sys.argv) > 3 else 0
    end = float(sys.argv[4]) if len(sys.argv) > 4 else float("inf")
    all_samples = list(samples(path))
    if not all_samples:
        sys.exit("no samples")
    first = all_samples[0][0]
    last = min(end, all_samples[-1][0] - first)
    counts, leaves, total = collections.Counter(), collections.Counter(), 0
    for time, stack in all_samples:
        if not start <= time - first < end:
            continue
        total += 1
        joined = "\n".join(stack)
        for name, needles in PARTS:
            if any(n in joined for n in needles):
                counts[name] += 1
                break
        else:
            counts["other"] += 1
            leaves[stack[0] if stack else "?"] += 1
    seconds = max(last - start, 1e-9)
    print(f"{start:.0f}-{last:.0f} s: {total} samples, {total / hz * 1000:.0f} ms of CPU, {total / hz / seconds * 60000:.0f} ms a minute")
    for name, _ in PARTS + [("other", None)]:
        c = counts[name]
        print(f"  {100 * c / max(total, 1):5.1f} %  {c / hz / seconds * 60000:6.1f} ms/min  {name}")
    for leaf, c in leaves.most_common(8):
        print(f"          other, leaf: {c:4d}  {leaf[:90]}")


main()
