"""The benchmark gold files: every quote they cite is an exact substring of its corpus file."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDS = sorted((ROOT / "benchmarks/gold").glob("*.yaml"))


def corpus_of(gold: Path) -> Path:
    return ROOT / "seeds" if gold.stem == "seeds" else ROOT / "benchmarks/corpora" / gold.stem


def test_every_gold_file_has_its_corpus():
    assert GOLDS and all(corpus_of(g).is_dir() for g in GOLDS)


@pytest.mark.parametrize("gold", GOLDS, ids=[g.stem for g in GOLDS])
def test_a_gold_file_passes_the_checker(gold):
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks/check_gold.py"), str(gold),
                          "--dir", f"{gold.stem}={corpus_of(gold)}"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
