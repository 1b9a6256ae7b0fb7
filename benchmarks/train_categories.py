#!/usr/bin/env python3
"""Learn the statement-category model from the gold fact sheets, and say honestly how well it travels.

usage: python benchmarks/train_categories.py [--write]

For every story with a gold file, each extracted statement is labelled with the category of the gold
fact it cites (background when it cites none). A multinomial logistic regression over the features
of ``generator.statements.features`` (cue scores, the rules' verdict, who acts, dates, figures) is then:

1. evaluated leave-one-story-out: trained on the other stories, scored with the shared scorer on the
   held-out one (facts F1), next to the hand-written rules alone;
2. with ``--write``, trained on all stories and saved to ``generator/data/category_model.yml``.

Pure Python (no numpy): a few hundred statements and ~40 features train in seconds.
"""
from __future__ import annotations

import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["FACTSHEET_CATEGORY_MODEL"] = "none"  # features and labels come from the rules-only pipeline

from generator import ingest, parties, quotes, statements  # noqa: E402
from generator.segment import segment_article  # noqa: E402

CORPORA = {"seeds": ROOT / "seeds", **{p.name: p for p in sorted((ROOT / "benchmarks/corpora").iterdir())
                                      if (ROOT / "benchmarks/gold" / f"{p.name}.yaml").exists()}}
CLASSES = ("allegation", "response", "regulatory_action", "market_impact", "background")
BALANCE = float(os.environ.get("BALANCE", "0.5"))
MODEL = ROOT / "generator/data/category_model.yml"


def _covers(pred: tuple[int, int], gold: tuple[int, int]) -> bool:
    inter = min(pred[1], gold[1]) - max(pred[0], gold[0])
    return inter >= 0.6 * (gold[1] - gold[0]) and pred[1] - pred[0] <= max(400, 3 * (gold[1] - gold[0]))


def labelled(name: str) -> list[tuple[dict[str, float], str]]:
    """(features, gold category) of every statement of one story."""
    corpus = CORPORA[name]
    gold = yaml.safe_load((ROOT / "benchmarks/gold" / f"{name}.yaml").read_text(encoding="utf-8"))
    articles = ingest.read_corpus(corpus)
    raws = {a.file: a.raw for a in articles}
    spans: dict[str, list[tuple[tuple[int, int], str]]] = {}
    for fact in gold.get("facts") or []:
        for src in fact.get("sources") or []:
            at = raws.get(src["file"], "").find(src["quote"])
            if at >= 0:
                spans.setdefault(src["file"], []).append(((at, at + len(src["quote"])), fact["category"]))
    docs = tuple(segment_article(a) for a in articles)
    found = parties.build_parties(docs)
    out = []
    spoken = quotes.spoken_spans({d.article.file: quotes.extract_quotes(d, found) for d in docs})
    for st in statements.story_statements(docs, found, spoken):
        if st.no_comment:
            continue
        cats = [cat for span, cat in spans.get(st.source, ()) if _covers((st.citation.start, st.citation.end), span)]
        news = [c for c in cats if c != "background"]
        label = max(set(news), key=news.count) if news else "background"
        out.append((dict(st.features), label))
    return out


def train(data: list[tuple[dict[str, float], str]], l2: float = 0.02, epochs: int = 400,
          rate: float = 0.5) -> dict[str, dict[str, float]]:
    """Softmax regression by full-batch gradient descent; classes weighted by inverse frequency."""
    names = sorted({k for f, _ in data for k in f})
    w = {c: {k: 0.0 for k in names} for c in CLASSES}
    counts = {c: sum(1 for _, y in data if y == c) or 1 for c in CLASSES}
    weight = {c: (len(data) / (len(CLASSES) * counts[c])) ** BALANCE for c in CLASSES}
    for _ in range(epochs):
        grad = {c: {k: 0.0 for k in names} for c in CLASSES}
        for f, y in data:
            logits = {c: sum(w[c][k] * v for k, v in f.items()) for c in CLASSES}
            top = max(logits.values())
            exp = {c: math.exp(v - top) for c, v in logits.items()}
            total = sum(exp.values())
            for c in CLASSES:
                g = (exp[c] / total - (1.0 if c == y else 0.0)) * weight[y]
                for k, v in f.items():
                    grad[c][k] += g * v
        for c in CLASSES:
            for k in names:
                w[c][k] -= rate * (grad[c][k] / len(data) + l2 * w[c][k])
    return {c: {k: round(v, 4) for k, v in w[c].items() if abs(v) >= 1e-4} for c in CLASSES}


def model_doc(weights: dict[str, dict[str, float]], trained_on: list[str]) -> str:
    head = ("# Learned statement-category model (benchmarks/train_categories.py --write).\n"
            "# Linear scores over generator.statements.features; the highest-scoring class wins.\n"
            "# Non-answers (\"declined to comment\") are responses by rule and never reach the model.\n")
    return head + yaml.safe_dump({"trained_on": trained_on, "classes": list(CLASSES), "weights": weights},
                                 sort_keys=True, allow_unicode=True)


def facts_f1(name: str, model_path: str) -> float:
    """The shared scorer's facts F1 on one story with the given model ("none": rules only)."""
    env = dict(os.environ, FACTSHEET_CATEGORY_MODEL=model_path)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "facts.json"
        subprocess.run([sys.executable, "-c",
                        "import sys; from pathlib import Path; from generator.pipeline import extract_corpus;"
                        "from generator.storyfile import Story; from generator.serialize import dumps;"
                        "Path(sys.argv[2]).write_text(dumps(extract_corpus(Path(sys.argv[1]), Story())[0]),"
                        "encoding='utf-8')", str(CORPORA[name]), str(out)], cwd=ROOT, env=env, check=True)
        score = subprocess.run([sys.executable, str(ROOT / "benchmarks/score.py"), str(out),
                                str(ROOT / "benchmarks/gold" / f"{name}.yaml"), str(CORPORA[name])],
                               capture_output=True, text=True, env=env, check=True).stdout
    line = next(ln for ln in score.splitlines() if ln.startswith("SCORE"))
    return float(line.split("facts_f1=")[1].split()[0])


def main() -> int:
    data = {name: labelled(name) for name in CORPORA}
    print(f"{'held out':<10} {'statements':>10} {'rules F1':>9} {'model F1':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for held in CORPORA:
            train_set = [x for name, rows in data.items() if name != held for x in rows]
            path = Path(tmp) / f"model-{held}.yml"
            path.write_text(model_doc(train(train_set), [n for n in CORPORA if n != held]), encoding="utf-8")
            print(f"{held:<10} {len(data[held]):>10} {facts_f1(held, 'none'):>9.3f} {facts_f1(held, str(path)):>9.3f}")
    if "--write" in sys.argv:
        MODEL.write_text(model_doc(train([x for rows in data.values() for x in rows]), list(CORPORA)),
                         encoding="utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
