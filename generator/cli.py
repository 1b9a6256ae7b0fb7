"""Command line: ``factsheet extract | build | check | serve``.

One boundary maps every ``FactsheetError`` to its message and exit code (0 ok, 1 build or check
failure, 2 usage or input error); no Python traceback reaches the user.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from .errors import BuildError, CitationError, FactsheetError, InputError

DEFAULT_CORPUS = Path("seeds")
DEFAULT_DOCS = Path("docs")
DEFAULT_SITE = Path("site")
DEFAULT_CONFIG = Path("mkdocs.yml")


def _boundary(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Run a command; turn our errors (and unexpected ones) into a message and an exit code."""

    @wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except FactsheetError as err:
            click.echo(f"error: {err}", err=True)
            sys.exit(err.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted; the previous output is untouched", err=True)
            sys.exit(1)
        except Exception as err:  # noqa: BLE001 - the last line of defence: a message, not a traceback
            click.echo(f"error: unexpected {type(err).__name__}: {err}\n"
                       "This is a bug in factsheet; please report it with the command you ran.", err=True)
            sys.exit(1)

    return run


def _warn(warnings: tuple[str, ...], strict: bool) -> None:
    for w in warnings:
        click.echo(f"warning: {w}", err=True)
    if strict and warnings:
        raise InputError(f"{len(warnings)} warning(s) and --strict is on; fix them or build without --strict")


def _extract(corpus: Path, strict: bool = False):
    from .pipeline import extract_corpus

    sheet, warnings = extract_corpus(corpus)
    _warn(warnings, strict)
    return sheet


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factsheet")
def main() -> None:
    """Distil news articles about one story into a cited fact-sheet site and PDF."""


@main.command()
@click.argument("corpus_dir", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write facts.json here (default: stdout).")
@click.option("--no-cache", is_flag=True, help="Accepted for compatibility; extraction keeps no cache.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@_boundary
def extract(corpus_dir: Path, output: Path | None, no_cache: bool, strict: bool) -> None:
    """Extract CORPUS_DIR's articles into facts.json."""
    from .serialize import dumps

    text = dumps(_extract(corpus_dir, strict))
    if output is None:
        click.echo(text, nl=False)
        return
    _write_atomic(output, text)
    click.echo(f"wrote {output}", err=True)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as err:
        raise BuildError(f"{path}: cannot write ({err.strerror}); check the folder exists and is writable") from None


def _previous(docs_dir: Path, current: dict[str, Any]) -> dict[str, Any] | None:
    """The baseline for "What changed": the last build whose facts differ from this one's."""
    def load(p: Path) -> dict[str, Any] | None:
        try:
            return json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    last = load(docs_dir / "facts.json")
    if last is not None and last.get("facts") != current.get("facts"):
        return last
    return load(docs_dir / "facts-previous.json")


def render(corpus: Path, docs_dir: Path, strict: bool) -> Any:
    """Extract and write the docs folder; returns the sheet."""
    from . import changes
    from .render import render_docs
    from .serialize import to_dict

    sheet = _extract(corpus, strict)
    current = to_dict(sheet)
    previous = _previous(docs_dir, current)
    body = changes.to_markdown(changes.compare(previous, current)) if previous else None
    render_docs(sheet, docs_dir, previous=previous, changes_md=body)
    if previous is not None:  # keep the baseline, so rebuilding the same input gives the same page
        _write_atomic(docs_dir / "facts-previous.json", json.dumps(previous, ensure_ascii=False, indent=2) + "\n")
    return sheet


@main.command()
@click.option("--corpus", type=click.Path(path_type=Path), default=DEFAULT_CORPUS, show_default=True,
              help="Folder of article .txt files (and an optional story.yml).")
@click.option("--docs-dir", type=click.Path(path_type=Path), default=DEFAULT_DOCS, show_default=True)
@click.option("--site-dir", type=click.Path(path_type=Path), default=DEFAULT_SITE, show_default=True)
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=DEFAULT_CONFIG, show_default=True,
              help="MkDocs configuration.")
@click.option("--pdf", is_flag=True, help="Also write SITE_DIR/factsheet.pdf (needs Chromium).")
@click.option("--strict", is_flag=True, help="Warnings (story file, MkDocs) are errors.")
@click.option("--offline", is_flag=True, envvar="OFFLINE", help="A site that works from file:// (also OFFLINE=1).")
@_boundary
def build(corpus: Path, docs_dir: Path, site_dir: Path, config_file: Path, pdf: bool, strict: bool,
          offline: bool) -> None:
    """Extract the corpus, write docs/ and facts.json, and build the site (and PDF)."""
    from .site import build_site

    sheet = render(corpus, docs_dir, strict)
    build_site(docs_dir, site_dir, config_file=config_file, strict=strict, pdf=pdf, offline=offline)
    counts = (f"{len(sheet.sources)} sources, {len(sheet.parties)} parties, {len(sheet.facts)} facts, "
              f"{len(sheet.quotes)} quotes, {len(sheet.timeline)} timeline entries, "
              f"{len(sheet.discrepancies)} discrepancies")
    click.echo(f"built {site_dir}/index.html{' and ' + str(site_dir / 'factsheet.pdf') if pdf else ''}: {counts}")


@main.command()
@click.argument("corpus_dir", type=click.Path(path_type=Path), default=DEFAULT_CORPUS)
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@_boundary
def check(corpus_dir: Path, strict: bool) -> None:
    """Validate the corpus, the story file and every citation; exit 0 when all is well, else 1."""
    from . import editorial, ingest, verify
    from .pipeline import extract_corpus
    from .serialize import to_dict, validate
    from .storyfile import load_story

    story = load_story(corpus_dir)
    raws = {p.name: ingest.read_raw(p) for p in ingest.article_files(corpus_dir)}
    problems = editorial.check_story(story, raws)
    if problems:
        raise CitationError("story file quotes that are not in their sources:\n  " + "\n  ".join(problems))
    try:
        sheet, warnings = extract_corpus(corpus_dir, story)
    except InputError as err:  # an editor's quote problem found while applying the story: a check failure
        raise CitationError(str(err)) from None
    _warn(warnings, strict)
    n = verify.verify(sheet, raws)
    schema_problems = validate(to_dict(sheet))
    if schema_problems:
        raise CitationError("facts.json does not match its schema:\n  " + "\n  ".join(schema_problems[:20]))
    click.echo(f"ok: {len(raws)} articles, {n} citations verbatim at their offsets, "
               f"{len(story.parties) + len(story.facts.add)} editorial entries checked")


@main.command()
@click.option("--corpus", type=click.Path(path_type=Path), default=DEFAULT_CORPUS, show_default=True)
@click.option("--docs-dir", type=click.Path(path_type=Path), default=DEFAULT_DOCS, show_default=True)
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=DEFAULT_CONFIG, show_default=True)
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@_boundary
def serve(corpus: Path, docs_dir: Path, config_file: Path, dev_addr: str) -> None:
    """Regenerate the pages and serve the site with live reload (articles and story.yml are watched)."""
    import os

    from mkdocs.commands.serve import serve as mkdocs_serve

    render(corpus, docs_dir, strict=False)
    os.environ["FACTSHEET_CORPUS"] = str(corpus.resolve())
    os.environ["FACTSHEET_DOCS"] = str(docs_dir.resolve())
    hook = str(Path(__file__).with_name("serve_hook.py"))
    mkdocs_serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True, watch=[str(corpus)],
                 docs_dir=str(docs_dir), hooks=[hook])


if __name__ == "__main__":  # pragma: no cover
    main()
