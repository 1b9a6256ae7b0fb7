"""Build the static site with MkDocs (and the PDF) into a staging folder, then swap it in."""
from __future__ import annotations

import contextlib
import html
import json
import logging
import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from .errors import BuildError


class _Collect(logging.Handler):
    """Keeps MkDocs' warnings so an error message can say what went wrong."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def _env(values: dict[str, str]) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _facts(docs_dir: Path) -> dict:
    try:
        return json.loads((docs_dir / "facts.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _sheet_title(docs_dir: Path) -> str | None:
    """The story's title from the docs' facts.json."""
    return _facts(docs_dir).get("title") or None


def _sheet_date(docs_dir: Path) -> str | None:
    """Latest publication date in the docs' facts.json: the build date, from the data."""
    data = _facts(docs_dir)
    dates = sorted(s["published"][:10] for s in data.get("sources", []) if s.get("published"))
    return dates[-1] if dates else None


def _epoch(date: str | None) -> str:
    if not date:
        return "0"
    try:
        parts = [int(x) for x in date.split("-")] + [1, 1]
        return str(int(datetime(parts[0], parts[1], parts[2], tzinfo=UTC).timestamp()))
    except ValueError:
        return "0"


def build_site(docs_dir: Path, site_dir: Path, *, config_file: Path, strict: bool, pdf: bool,
               offline: bool) -> None:
    """Run MkDocs on docs_dir into a staging folder, print the PDF if asked, swap into site_dir."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    docs_dir, site_dir, config_file = Path(docs_dir), Path(site_dir), Path(config_file)
    if not (docs_dir / "index.md").is_file():
        raise BuildError(f"{docs_dir}: no generated pages here; run `factsheet build` (it renders them first)")
    if not config_file.is_file():
        raise BuildError(f"{config_file}: MkDocs configuration not found; run from the repository root "
                         "or pass the path of mkdocs.yml")
    date = _sheet_date(docs_dir)
    title = _sheet_title(docs_dir)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = site_dir.with_name(f".{site_dir.name}.staging-{uuid.uuid4().hex[:8]}")
    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    # SOURCE_DATE_EPOCH: MkDocs dates the sitemap from it; the site stays byte-identical.
    env = {"OFFLINE": "true" if offline else "false",
           "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH") or _epoch(date)}
    try:
        with _env(env):
            config = load_config(config_file=str(config_file), docs_dir=str(docs_dir.resolve()),
                                 site_dir=str(staging.resolve()), strict=strict)
            if title:  # the theme prints site_name raw: escape the story's title
                config["site_name"] = html.escape(" ".join(title.split()))
            build(config)
        if pdf:
            from .pdf import print_pdf

            print_pdf(staging / "print.html", staging / "factsheet.pdf", title=title or "", date=date)
    except BuildError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    except (Abort, MkDocsException) as err:
        shutil.rmtree(staging, ignore_errors=True)
        detail = "; ".join(dict.fromkeys(collect.messages)) or str(err)
        raise BuildError(f"{config_file}: MkDocs failed{' in strict mode' if strict else ''}: {detail}") from err
    except OSError as err:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildError(f"{site_dir}: could not build the site ({err})") from err
    finally:
        logger.removeHandler(collect)
    _swap(staging, site_dir)


def _swap(staging: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:8]}")
    try:
        if target.exists():
            target.rename(old)
        staging.rename(target)
    except OSError as err:
        if old.exists() and not target.exists():
            old.rename(target)
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildError(f"{target}: could not replace the site folder ({err.strerror or err})") from err
    shutil.rmtree(old, ignore_errors=True)
