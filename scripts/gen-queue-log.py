#!/usr/bin/env python3
"""Writes a realistic, deterministic Asterisk queue_log (file form) for benchmarks and load tests.

  gen-queue-log.py --lines 1000000 > q.log          # at least that many lines, then stops at a day's end
  gen-queue-log.py --agents 500 --days 30 > month.log

Each agent works one of three 8-hour shifts (07-15, 15-23, 23-07 WIB) six days a week: ADDMEMBER by
interface + UNPAUSEALL/UNPAUSE by name (the Issabel login pattern), a lunch PAUSE, REMOVEMEMBER at the end.
Calls to queues 147 (70 %) and 108: ENTERQUEUE, sometimes RINGNOANSWER, CONNECT, COMPLETECALLER /
COMPLETEAGENT, about 5 % ABANDON, 1 % EXITWITHTIMEOUT. Lines are written in time order per day.
"""
import argparse
import random
import sys

START = 1_793_466_000  # 2026-11-01 00:00 WIB (UTC+7) as epoch seconds


def day_lines(day, agents, rng, seq):
    base = START + day * 86400
    lines = []
    for a in range(agents):
        if (a + day) % 7 == 0:
            continue  # a day off
        shift = a % 3
        start = base + [7, 15, 23][shift] * 3600 + rng.randint(-300, 420)
        end = base + [15, 23, 31][shift] * 3600 + rng.randint(-300, 300)
        name = f"agent{a:04d}"
        iface = f"SIP/{1000 + a}"
        queue = "147" if a % 10 < 7 else "108"
        lines.append((start, 0, f"{start}|MANAGER|{queue}|{iface}|ADDMEMBER|"))
        lines.append((start, 1, f"{start}|NONE|NONE|{name}|UNPAUSEALL|"))
        lines.append((start, 2, f"{start}|NONE|{queue}|{name}|UNPAUSE|"))
        lunch = start + 4 * 3600 + rng.randint(-900, 900)
        lines.append((lunch, 3, f"{lunch}|NONE|{queue}|{name}|PAUSE|Istirahat"))
        back = lunch + 3600 + rng.randint(-300, 600)
        lines.append((back, 3, f"{back}|NONE|{queue}|{name}|UNPAUSE|"))
        t = start + rng.randint(5, 120)
        while t < end - 300:
            if lunch <= t < back:
                t = back + rng.randint(5, 60)
                continue
            seq += 1
            wait = int(rng.expovariate(1 / 14))
            callid = f"{t - wait}.{seq}"
            enter = t - wait
            lines.append((enter, 1, f"{enter}|{callid}|{queue}|NONE|ENTERQUEUE||08{rng.randint(10**9, 10**10 - 1)}|{rng.randint(1, 5)}"))
            r = rng.random()
            if r < 0.05:
                lines.append((t, 4, f"{t}|{callid}|{queue}|NONE|ABANDON|1|1|{wait}"))
                t += rng.randint(5, 40)
                continue
            if r < 0.06:
                lines.append((t, 4, f"{t}|{callid}|{queue}|NONE|EXITWITHTIMEOUT|1|1|{wait}"))
                t += rng.randint(5, 40)
                continue
            if r < 0.15 and wait > 15:
                lines.append((t - 2, 2, f"{t - 2}|{callid}|{queue}|{name}|RINGNOANSWER|15000"))
            ring = rng.randint(2, 6)
            lines.append((t, 3, f"{t}|{callid}|{queue}|{name}|CONNECT|{wait}|{callid}1|{ring}"))
            talk = int(rng.gammavariate(3, 70 if queue == "147" else 25)) + 10
            done = t + talk
            event = "COMPLETECALLER" if rng.random() < 0.6 else "COMPLETEAGENT"
            lines.append((done, 4, f"{done}|{callid}|{queue}|{name}|{event}|{wait}|{talk}|1"))
            t = done + rng.randint(10, 90)
        lines.append((end, 5, f"{end}|MANAGER|{queue}|{iface}|REMOVEMEMBER|"))
    lines.sort(key=lambda x: (x[0], x[1]))
    return lines, seq


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--agents", type=int, default=500)
    p.add_argument("--days", type=int, default=30)
    p.add_argument("--lines", type=int, default=0, help="stop after the day that reaches this many lines")
    p.add_argument("--seed", type=int, default=147)
    args = p.parse_args()
    rng = random.Random(args.seed)
    out = sys.stdout
    written = 0
    seq = 0
    day = 0
    while (args.lines and written < args.lines) or (not args.lines and day < args.days):
        lines, seq = day_lines(day, args.agents, rng, seq)
        if args.lines:
            lines = lines[: args.lines - written]
        out.write("\n".join(x[2] for x in lines))
        out.write("\n")
        written += len(lines)
        day += 1
    print(f"{written} lines, {day} day(s)", file=sys.stderr)


if __name__ == "__main__":
    main()
