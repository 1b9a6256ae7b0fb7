"""Shared fixtures: the repository root and the example story, extracted once per session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_sheet():
    """The fact sheet of seeds/ (with its story.yml) and the warnings."""
    from generator.pipeline import extract_corpus

    return extract_corpus(SEEDS)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A writable copy of seeds/ (articles and story.yml)."""
    target = tmp_path / "corpus"
    shutil.copytree(SEEDS, target)
    return target
