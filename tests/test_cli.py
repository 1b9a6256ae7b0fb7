"""The command line: exit codes, messages that name the file and say what to do, nothing lost on failure."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS

from generator.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_extract_writes_valid_facts_json_to_stdout():
    from generator.serialize import validate

    result = run("extract", str(SEEDS))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1 and validate(data) == []


def test_extract_to_file(tmp_path):
    out = tmp_path / "facts.json"
    assert run("extract", str(SEEDS), "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["facts"]


def test_missing_folder_is_an_input_error(tmp_path):
    result = run("extract", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "nowhere: no such folder" in result.stderr


def test_folder_without_articles_is_an_input_error(tmp_path):
    result = run("extract", str(tmp_path))
    assert result.exit_code == 2
    assert "no article files" in result.stderr and str(tmp_path) in result.stderr


def test_empty_article_names_the_file(tmp_path):
    (tmp_path / "a.txt").write_text("Acme Corp. said on Monday it would appeal.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("  \n", encoding="utf-8")
    result = run("extract", str(tmp_path))
    assert result.exit_code == 2
    assert "b.txt: the article is empty" in result.stderr


def test_undecodable_article_names_the_file(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"Acme \x81\x8d\x8f\x90 said")
    result = run("extract", str(tmp_path))
    assert result.exit_code == 2
    assert "bad.txt: cannot decode" in result.stderr and "UTF-8" in result.stderr


def test_check_passes_on_the_seeds():
    result = run("check", str(SEEDS))
    assert result.exit_code == 0, result.stderr
    assert "citations verbatim" in result.stdout


def test_check_fails_on_an_editor_quote_that_is_not_in_the_source(corpus):
    story = corpus / "story.yml"
    story.write_text("""title: A story
facts:
  add:
    - category: background
      text: Invented.
      citations: [{source: 000_07a8db861400acf5.txt, quote: "words that no article contains"}]
""", encoding="utf-8")
    result = run("check", str(corpus))
    assert result.exit_code == 1
    assert "story.yml" in result.stderr and "words that no article contains" in result.stderr
    assert "Traceback" not in result.stderr


def test_invalid_story_file_is_an_input_error_with_its_line(corpus):
    (corpus / "story.yml").write_text("title: [unclosed\n", encoding="utf-8")
    result = run("check", str(corpus))
    assert result.exit_code == 2
    assert "story.yml:" in result.stderr


def test_usage_error_exits_2():
    assert run("build", "--no-such-option").exit_code == 2


def test_module_entry_point_and_no_traceback(tmp_path):
    ok = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0 and "extract" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "generator", "extract", str(tmp_path / "x")], capture_output=True,
                         text=True, cwd=ROOT)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_build_strict_then_failed_build_leaves_previous_output_untouched(corpus, tmp_path):
    docs, site = tmp_path / "docs", tmp_path / "site"
    args = ["build", "--corpus", str(corpus), "--docs-dir", str(docs), "--site-dir", str(site),
            "--config", str(ROOT / "mkdocs.yml"), "--strict"]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert (site / "index.html").is_file() and (site / "search/search_index.json").is_file()
    assert (docs / "facts.json").is_file()
    before_site = (site / "index.html").read_bytes()
    before_docs = (docs / "facts.json").read_bytes()
    (corpus / "zz_broken.txt").write_bytes(b"")
    result = run(*args)
    assert result.exit_code == 2 and "zz_broken.txt" in result.stderr
    assert (site / "index.html").read_bytes() == before_site
    assert (docs / "facts.json").read_bytes() == before_docs


@pytest.mark.parametrize("command", ["extract", "build", "check", "serve"])
def test_every_command_is_documented_in_the_readme(command):
    assert f"factsheet {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_serve_hook_rerenders_when_an_article_changes(corpus, tmp_path, monkeypatch):
    from generator import serve_hook
    from generator.cli import render

    docs = tmp_path / "docs"
    render(corpus, docs, strict=False)
    monkeypatch.setenv("FACTSHEET_CORPUS", str(corpus))
    monkeypatch.setenv("FACTSHEET_DOCS", str(docs))
    monkeypatch.setattr(serve_hook, "_last", ())
    serve_hook.on_pre_build(None)  # first build: the pages are already fresh
    (corpus / "zz_new.txt").write_text("Acme Corp. declined to comment on Tuesday about the fine.\n", encoding="utf-8")
    serve_hook.on_pre_build(None)
    assert (docs / "sources/raw/zz_new.txt").is_file()
