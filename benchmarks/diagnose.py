#!/usr/bin/env python3
"""Where extraction goes wrong on a corpus with a gold file (a developer's aid, not a score).

usage:
  python benchmarks/diagnose.py confusion NAME...        gold category -> predicted category counts
  python benchmarks/diagnose.py missed NAME CATEGORY     gold facts of CATEGORY not found, and
                                                         predicted facts of CATEGORY matching no gold fact
  python benchmarks/diagnose.py parties NAME             predicted parties with kind, role and mentions
  python benchmarks/diagnose.py quotes NAME              gold quotes: found or not, gold and predicted speaker
  python benchmarks/diagnose.py explain NAME TEXT        each statement containing TEXT: category, who
                                                         acts, and the category scores behind it
  python benchmarks/diagnose.py changes NAME...          citations whose category differs between EXP unset
                                                         and EXP=1 (an experiment switch in the code), with
                                                         their gold category

NAME is `seeds` or a folder under benchmarks/corpora. story.yml is never applied, as on an unseen
story. Span matching is the shared scorer's: a prediction covers a gold quote when it overlaps 60%
of it and is not more than max(400, 3x) its length.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.pipeline import extract_corpus  # noqa: E402
from generator.serialize import to_dict  # noqa: E402
from generator.storyfile import Story  # noqa: E402


def _load(name: str):
    corpus = ROOT / "seeds" if name == "seeds" else ROOT / "benchmarks/corpora" / name
    sheet, _ = extract_corpus(corpus, Story())
    data = to_dict(sheet)
    gold = yaml.safe_load((ROOT / "benchmarks/gold" / f"{name}.yaml").read_text(encoding="utf-8"))
    raws = {p.name: p.read_text(encoding="utf-8") for p in corpus.glob("*.txt")}
    pred = [(f["category"], c["source"], c["start"], c["end"], c["quote"])
            for f in data["facts"] for c in f["citations"]]
    golds = []
    for g in gold["facts"]:
        for s in g["sources"]:
            i = raws[s["file"]].find(s["quote"])
            golds.append((g["category"], s["file"], i, i + len(s["quote"]), s["quote"]))
    return data, pred, golds


def _covers(p: tuple[int, int], g: tuple[int, int]) -> bool:
    inter = min(p[1], g[1]) - max(p[0], g[0])
    return inter >= 0.6 * (g[1] - g[0]) and (p[1] - p[0]) <= max(400, 3 * (g[1] - g[0]))


def _hits(item, others):
    return [o for o in others if o[1] == item[1] and _covers((item[2], item[3]), (o[2], o[3]))]


def confusion(names: list[str]) -> None:
    for name in names:
        _, pred, golds = _load(name)
        conf: Counter = Counter()
        for g in golds:
            cats = {p[0] for p in pred if p[1] == g[1] and _covers((p[2], p[3]), (g[2], g[3]))}
            conf[(g[0], g[0] if g[0] in cats else ("/".join(sorted(cats)) or "-"))] += 1
        unmatched = Counter(p[0] for p in pred if p[0] != "background" and not any(
            p[1] == g[1] and _covers((p[2], p[3]), (g[2], g[3])) for g in golds))
        print("==", name)
        for (gold_cat, got), n in sorted(conf.items()):
            print(f"  gold {gold_cat:18} -> {got:40} {n}")
        print("  predicted citations matching no gold fact:", dict(unmatched))


def missed(name: str, category: str) -> None:
    _, pred, golds = _load(name)
    print("--- gold", category, "not found as", category)
    for g in golds:
        if g[0] != category:
            continue
        got = [p[0] for p in pred if p[1] == g[1] and _covers((p[2], p[3]), (g[2], g[3]))]
        if category not in got:
            print(f"  [{g[1][:3]}] got={got} :: {g[4][:160]}")
    print("--- predicted", category, "matching no gold", category)
    for p in pred:
        if p[0] != category:
            continue
        cats = {g[0] for g in golds if g[1] == p[1] and _covers((p[2], p[3]), (g[2], g[3]))}
        if category not in cats:
            print(f"  [{p[1][:3]}] gold={sorted(cats)} :: {p[4][:160]}")


def parties(name: str) -> None:
    data, _, _ = _load(name)
    for party in data["parties"]:
        print(f"  {party['name']:40} {party['kind']:12} {len(party.get('mentions', [])):3}  "
              f"{party.get('aliases', [])}  {party.get('role') or ''}")


def quotes(name: str) -> None:
    import re
    from difflib import SequenceMatcher

    data, _, _ = _load(name)
    gold = yaml.safe_load((ROOT / "benchmarks/gold" / f"{name}.yaml").read_text(encoding="utf-8"))
    names = {p["id"]: p["name"] for p in data["parties"]}
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from score import names_match, party_names  # the scorer's own test of "the same speaker"
    gold_names = {p["name"]: party_names(p) for p in gold.get("parties") or []}
    pred_names = {p["id"]: party_names(p) for p in data["parties"]}

    def norm(t: str) -> str:
        return re.sub(r"\s+", " ", re.sub(r"[“”„\"‘’']", "", t)).strip().casefold()

    for g in gold.get("quotes") or []:
        gq = norm(g["quote"])
        hit = next((q for q in data["quotes"] if (pn := norm(q["text"])) and (
            (gq in pn and len(gq) >= 0.6 * len(pn)) or (pn in gq and len(pn) >= 0.6 * len(gq))
            or SequenceMatcher(None, gq, pn).ratio() >= 0.85)), None)
        got = "MISSING" if hit is None else (names.get(hit.get("speaker") or "", "") or "(nobody)")
        right = hit is not None and names_match(pred_names.get(hit.get("speaker") or "", set()),
                                                 gold_names.get(g["speaker"], set()) or party_names({"name": g["speaker"]}))
        mark = "ok " if right else "-- "
        print(f"{mark}{g['speaker'][:24]:24} got {got[:24]:24} :: {g['quote'][:80]}")


def explain(name: str, text: str) -> None:
    from generator import ingest, quotes, statements
    from generator import parties as party_stage
    from generator.segment import segment_article

    corpus = ROOT / "seeds" if name == "seeds" else ROOT / "benchmarks/corpora" / name
    docs = tuple(segment_article(a) for a in ingest.read_corpus(corpus, {}))
    found = party_stage.build_parties(docs)
    central = statements.central_parties(found, len(docs))
    names = {p.id: p.name for p in found}
    print("central:", sorted(names[c] for c in central))
    spoken = quotes.spoken_spans({d.article.file: quotes.extract_quotes(d, found) for d in docs})
    for st in statements.story_statements(docs, found, spoken):
        if text.casefold() in st.citation.quote.casefold():
            feats = dict(st.features)
            who = [k[8:] for k, v in feats.items() if k.startswith("subject_") and v]
            scores = {k: round(v, 1) for k, v in st.scores if v}
            print(f"[{st.source}] {st.category:18} subject={who} speaks={feats.get('speaks')} "
                  f"central={feats.get('central')} {scores}\n    {st.citation.quote[:200]}")


def changes(names: list[str]) -> None:
    import os
    for name in names:
        os.environ.pop("EXP", None)
        _, before, golds = _load(name)
        os.environ["EXP"] = "1"
        _, after, _ = _load(name)
        os.environ.pop("EXP", None)
        was = {p[1:4]: p[0] for p in before}
        now = {p[1:4]: p[0] for p in after}
        print(f"== {name}")
        for key in sorted(set(was) | set(now)):
            if was.get(key) != now.get(key):
                gold = sorted({g[0] for g in golds if _covers((key[1], key[2]), (g[2], g[3]))
                               and g[1] == key[0]})
                text = next(p[4] for p in before + after if p[1:4] == key)
                print(f"  {was.get(key, '-'):18} -> {now.get(key, '-'):18} gold={gold} :: {text[:150]!r}")


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "confusion":
        confusion(argv[1:])
    elif len(argv) == 3 and argv[0] == "missed":
        missed(argv[1], argv[2])
    elif len(argv) == 2 and argv[0] == "parties":
        parties(argv[1])
    elif len(argv) == 2 and argv[0] == "quotes":
        quotes(argv[1])
    elif len(argv) >= 2 and argv[0] == "changes":
        changes(argv[1:])
    elif len(argv) == 3 and argv[0] == "explain":
        explain(argv[1], argv[2])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
