#!/usr/bin/env python3
"""The budget's yardstick for `qc auto`: a plain Python + rapidfuzz checker that checks less.

issue 3 sets qc auto's budget at "ten times a plain Python + rapidfuzz script that checks less". This is
that script, so the ratio can be measured on the machine at hand: for every transcript it reads the
standard's required phrases (alternatives reduced to the first, optional words dropped, gaps split into
fragments, placeholders filled from the transcript where simple), and passes a parameter when every
fragment of one phrase scores fuzz.partial_ratio >= 85 in some agent turn; the forbidden word lists are
matched as whole tokens. It ignores windows, scopes, order, holds, facts, channels and fatal items, and
writes one verdict per parameter, a weighted score and nothing else.

usage: qc-reference.py KNOWLEDGE_DIR CORPUS.jsonl  (writes JSON Lines to stdout, its figures to stderr)
"""
import json, re, sys, time

import yaml
from rapidfuzz import fuzz

PUNCT = re.compile(r"[^\w\s]+")
SPACE = re.compile(r"\s+")


def norm(text):
    return SPACE.sub(" ", PUNCT.sub(" ", text.lower())).strip()


def greeting(local_time):
    try:
        hour = int((local_time or "").split(":")[0])
    except ValueError:
        return "pagi"
    return "pagi" if hour < 11 else "siang" if hour < 15 else "sore" if hour < 18 else "malam"


def simplify(pattern):
    """The pattern language reduced: (a|b) -> a, [x] -> nothing, … splits fragments."""
    pattern = re.sub(r"\(([^|)]*)(\|[^)]*)?\)", r"\1", pattern)
    pattern = re.sub(r"\[[^\]]*\]", " ", pattern)
    return [p.strip() for p in pattern.replace("...", "…").split("…") if p.strip()]


def load(knowledge):
    lists = yaml.safe_load(open(f"{knowledge}/standards/word-lists.yaml"))["word_lists"]
    standards = {}
    for name in ("draft-108", "draft-147-t1", "draft-147-t2", "draft-sosmed"):
        doc = yaml.safe_load(open(f"{knowledge}/standards/{name}.yaml"))["standard"]
        params = []
        for p in doc["parameters"]:
            check = p.get("check") or {}
            phrases = []
            for key in ("required_any", "required_all"):
                for entry in check.get(key) or []:
                    if isinstance(entry, str) and entry.startswith("word_lists."):
                        phrases += [e for e in lists.get(entry[11:], []) if isinstance(e, str)]
                    elif isinstance(entry, str):
                        phrases.append(entry)
            forbidden = set()
            for entry in check.get("lists") or []:
                if isinstance(entry, str) and entry.startswith("word_lists."):
                    forbidden |= {norm(e) for e in lists.get(entry[11:], []) if isinstance(e, str)}
            params.append((p["id"], p.get("weight", 0), phrases, forbidden))
        standards[doc["id"]] = params
    return standards


def pick(t):
    if t.get("service") == "108":
        return "DRAFT-108"
    if t.get("service") == "147":
        return "DRAFT-147-T2" if t.get("tier") == "T2" else "DRAFT-147-T1"
    return "DRAFT-SOSMED"


def fill(fragment, t):
    values = {
        "agent_name": t.get("agent_name") or "",
        "customer_name": t.get("customer_name") or "",
        "greeting_time": greeting(t.get("local_time")),
        "brand_147": "telkom",
        "brand_108": "telkom",
    }
    return norm(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), ""), fragment))


def check(standards, t):
    params = standards[pick(t)]
    agent = [norm(x.get("text") or "") for x in t.get("turns", []) if x.get("speaker") == "agent"]
    words = set(" ".join(agent).split())
    results, score = {}, 0
    for pid, weight, phrases, forbidden in params:
        if forbidden:
            ok = not (words & forbidden)
        elif phrases:
            ok = False
            for phrase in phrases:
                frags = [f for f in (fill(x, t) for x in simplify(phrase)) if f]
                if frags and all(any(fuzz.partial_ratio(f, turn) >= 85 for turn in agent) for f in frags):
                    ok = True
                    break
        else:
            results[pid] = "na"
            continue
        results[pid] = "pass" if ok else "fail"
        score += weight if ok else 0
    return {"id": t.get("id"), "results": results, "score": score}, len(agent)


def main():
    standards = load(sys.argv[1])
    turns = 0
    start = time.perf_counter()
    out = sys.stdout
    for line in open(sys.argv[2], encoding="utf-8"):
        result, n = check(standards, json.loads(line))
        turns += n
        out.write(json.dumps(result) + "\n")
    seconds = time.perf_counter() - start
    print(f"{turns} agent turns in {seconds:.2f} s: {turns / seconds:,.0f} turns/s", file=sys.stderr)


if __name__ == "__main__":
    main()
