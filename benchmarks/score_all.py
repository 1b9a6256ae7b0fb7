#!/usr/bin/env python3
"""Extraction scores on every corpus with a gold file: the seeds and our own test stories.

usage: python benchmarks/score_all.py [--no-story]   (--no-story: ignore story.yml, as on unseen stories)
Prints the scorer's figures per corpus (benchmarks/score.py is the shared scorer, unchanged).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.pipeline import extract_corpus  # noqa: E402
from generator.serialize import dumps  # noqa: E402
from generator.storyfile import Story  # noqa: E402

CORPORA = {"seeds": ROOT / "seeds"} | {
    name: ROOT / "benchmarks/corpora" / name
    for name in ("doorplug", "outage", "horizon", "eufine", "emissions", "privacy", "accounts", "wirecard",
                 "shortseller", "breach")}


def main() -> int:
    no_story = "--no-story" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    for name, corpus in CORPORA.items():
        gold = ROOT / "benchmarks/gold" / f"{name}.yaml"
        if (only and name not in only) or not corpus.is_dir() or not gold.is_file():
            continue
        sheet, _ = extract_corpus(corpus, Story() if no_story else None)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
            fh.write(dumps(sheet))
        out = subprocess.run([sys.executable, str(ROOT / "benchmarks/score.py"), fh.name, str(gold), str(corpus)],
                             capture_output=True, text=True, check=False)
        print(f"== {name}{' (no story.yml)' if no_story else ''}")
        print(out.stdout.strip() or out.stderr.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
