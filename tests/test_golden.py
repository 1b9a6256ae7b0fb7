"""Golden files: docs/ (pages and facts.json) as committed is exactly what the seeds build.

To refresh after an intended change: `bash scripts/site.sh` (or `factsheet build`), then review
`git diff docs/` and commit it with the change.
"""
from __future__ import annotations

import shutil

from conftest import ROOT, SEEDS

from generator.cli import render

GOLDEN = ROOT / "docs"


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_docs_match_the_committed_golden_files(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("facts.json", "facts-previous.json"):  # the baseline of the "What changed" page
        if (GOLDEN / name).is_file():
            shutil.copy(GOLDEN / name, docs / name)
    render(SEEDS, docs, strict=False)
    built, golden = _tree(docs), _tree(GOLDEN)
    assert sorted(built) == sorted(golden), "file list differs: refresh with `bash scripts/site.sh`"
    changed = [name for name in built if built[name] != golden[name]]
    assert changed == [], f"{changed[:5]} differ from docs/: refresh with `bash scripts/site.sh` and review"


def test_rendering_twice_is_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    render(SEEDS, a, strict=False)
    render(SEEDS, b, strict=False)
    assert _tree(a) == _tree(b)
    render(SEEDS, a, strict=False)  # a rebuild over its own output changes nothing either
    assert _tree(a) == _tree(b)
