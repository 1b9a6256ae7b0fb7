"""MkDocs hook for ``factsheet serve``: re-render the docs when an article or story.yml changes."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

_last: tuple = ()


def _fingerprint(corpus: Path) -> tuple:
    return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in corpus.iterdir() if p.is_file()))


def on_pre_build(config: Any) -> None:
    """Re-extract and re-render only when the corpus changed (rendering touches docs/, which is watched)."""
    global _last
    from generator.cli import render
    from generator.errors import FactsheetError

    corpus, docs = Path(os.environ["FACTSHEET_CORPUS"]), Path(os.environ["FACTSHEET_DOCS"])
    now = _fingerprint(corpus)
    if not _last:
        _last = now
        return
    if now != _last:
        _last = now
        try:
            render(corpus, docs, strict=False)
        except FactsheetError as err:
            print(f"error: {err}")
