#!/usr/bin/env python3
"""Learn the statement-category model from the gold fact sheets, and say honestly how well it travels.

usage: python benchmarks/train_categories.py [--write] [--only-write]

For every story with a gold file, each extracted statement is labelled with the category of the gold
fact it cites (background when it cites none; where it cites facts of two categories, the rules'
choice if it is one of them). A multinomial logistic regression over the features of
``generator.statements.features`` (cue scores, the rules' verdict, who acts, dates, figures, and the
statement's lower-case words and word pairs that a sixth of the stories use, so no story's names or
vocabulary)
is then:

1. evaluated by story: the stories are dealt into FOLDS groups; each group is scored with the shared
   scorer (facts F1) by a model trained on the other groups only, next to the hand-written rules;
2. with ``--write``, trained on all stories and saved to ``generator/data/category_model.yml``
   (``--only-write`` skips the evaluation).

Needs scikit-learn (``pip install -e '.[train]'``); the pipeline itself reads the saved weights in pure Python.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
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
FOLDS = 6
VOCAB_SHARE = 0.15
"""A lower-case word (or word pair) is a feature when at least this share of the stories use it."""
C = 0.1
"""Inverse L2 strength: a strong pull to zero, since most features are words (set by the folds' proxy F1)."""
BACKGROUND_PRIOR = -0.6
"""Added to background's score: the model leans to naming a category, which the facts F1 rewards (set by
the folds' F1, not on any one story)."""
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
        news = [c for c in CLASSES if c in cats and c != "background"]
        label = (st.category if st.category in news else news[0]) if news else "background"
        out.append((dict(st.features), label))
    return out


def vocabulary(data: dict[str, list[tuple[dict[str, float], str]]]) -> frozenset[str]:
    """The word features (``w:...``) that at least VOCAB_SHARE of the stories use."""
    stories: dict[str, int] = {}
    for rows in data.values():
        for word in {k for f, _ in rows for k in f if k.startswith("w:")}:
            stories[word] = stories.get(word, 0) + 1
    return frozenset(w for w, n in stories.items() if n >= VOCAB_SHARE * len(data))


def train(data: list[tuple[dict[str, float], str]], vocab: frozenset[str]) -> dict[str, dict[str, float]]:
    """Multinomial logistic regression (scikit-learn), L2-regularised; its intercepts go to the ``bias``
    feature, so the pipeline needs nothing but the weights."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [{k: v for k, v in f.items() if not k.startswith("w:") or k in vocab} for f, _ in data]
    vectors = DictVectorizer(sort=True)
    x = vectors.fit_transform(rows)
    fitted = LogisticRegression(C=C, max_iter=4000).fit(x, [CLASSES.index(label) for _, label in data])
    names = vectors.get_feature_names_out()
    w = fitted.coef_.T.copy()  # (features, classes)
    bias = list(names).index("bias")
    w[bias] += fitted.intercept_
    w[bias, CLASSES.index("background")] += BACKGROUND_PRIOR
    return {c: {k: round(float(w[i, j]), 4) for i, k in enumerate(names) if abs(w[i, j]) >= 1e-4}
            for j, c in enumerate(CLASSES)}


def model_doc(weights: dict[str, dict[str, float]], trained_on: list[str]) -> str:
    head = ("# Learned statement-category model (benchmarks/train_categories.py --write).\n"
            "# Linear scores over generator.statements.features; the highest-scoring class wins.\n"
            "# Non-answers (\"declined to comment\") are responses by rule and never reach the model.\n")
    # how many stories, not their names: the model file is data of the generator, which names no story
    return head + yaml.safe_dump({"stories": len(trained_on), "classes": list(CLASSES), "weights": weights},
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
    if "--only-write" not in sys.argv:
        print(f"{'held out':<14} {'statements':>10} {'rules F1':>9} {'model F1':>9}")
        names = list(CORPORA)
        rules_f1, model_f1 = [], []
        with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(os.cpu_count() or 1) as pool:
            jobs = []
            for fold in range(FOLDS):
                held = names[fold::FOLDS]
                rest = {n: rows for n, rows in data.items() if n not in held}
                path = Path(tmp) / f"model-{fold}.yml"
                path.write_text(model_doc(train([x for rows in rest.values() for x in rows], vocabulary(rest)),
                                          list(rest)), encoding="utf-8")
                jobs += [(name, pool.submit(facts_f1, name, "none"), pool.submit(facts_f1, name, str(path)))
                         for name in held]
            for name, rules, model in jobs:  # each story runs in its own subprocess, so they run side by side
                rules_f1.append(rules.result())
                model_f1.append(model.result())
                print(f"{name:<14} {len(data[name]):>10} {rules_f1[-1]:>9.3f} {model_f1[-1]:>9.3f}", flush=True)
        print(f"{'mean':<14} {'':>10} {sum(rules_f1) / len(rules_f1):>9.3f} {sum(model_f1) / len(model_f1):>9.3f}")
        print(f"model better on {sum(m > r for r, m in zip(rules_f1, model_f1, strict=True))} of {len(names)} stories, "
              f"worse on {sum(m < r for r, m in zip(rules_f1, model_f1, strict=True))}")
    if "--write" in sys.argv or "--only-write" in sys.argv:
        MODEL.write_text(model_doc(train([x for rows in data.values() for x in rows], vocabulary(data)),
                                   list(CORPORA)), encoding="utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
