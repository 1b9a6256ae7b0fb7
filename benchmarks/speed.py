#!/usr/bin/env python3
"""Speed and memory of extraction (and rendering) as the corpus grows.

usage: python benchmarks/speed.py [N ...]   (default sizes: 5 15 45 90 articles)
Corpora are made by repeating the articles of seeds/ and the benchmark stories under new names, with
a number changed in each copy so that they are not byte-identical. Prints one line per size:
articles, extraction seconds, render seconds, peak memory (MiB), facts.
"""
from __future__ import annotations

import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.pipeline import extract_corpus  # noqa: E402
from generator.render import render_docs  # noqa: E402
from generator.storyfile import Story  # noqa: E402

SOURCES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "benchmarks/corpora").glob("*/*.txt"))


def make_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        src = SOURCES[i % len(SOURCES)]
        text = src.read_text(encoding="utf-8")
        if i >= len(SOURCES):
            text = re.sub(r"\b(\d{2,3})\b", lambda m, shift=i: str(int(m.group(1)) + shift), text, count=3)
        (folder / f"{i:04d}_{src.stem[-8:]}.txt").write_text(text, encoding="utf-8")


def main() -> int:
    sizes = [int(a) for a in sys.argv[1:]] or [5, 15, 45, 90]
    print(f"{'articles':>8} {'extract s':>10} {'render s':>9} {'peak MiB':>9} {'facts':>6}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            make_corpus(corpus, n)
            t0 = time.perf_counter()
            sheet, _ = extract_corpus(corpus, Story())
            t1 = time.perf_counter()
            render_docs(sheet, Path(tmp) / "docs")
            t2 = time.perf_counter()
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{n:>8} {t1 - t0:>10.2f} {t2 - t1:>9.2f} {peak:>9.0f} {len(sheet.facts):>6}")
            shutil.rmtree(corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
