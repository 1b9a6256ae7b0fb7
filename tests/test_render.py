"""Rendering: pages, escaping of hostile article text, determinism, the staging swap."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from fixtures_render import HOSTILE, make_sheet

from generator import render
from generator.errors import BuildError
from generator.escape import inert, mermaid_label, safe_url
from generator.models import CATEGORIES
from generator.pageviews import display_date

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return render.collect(make_sheet())


def test_inert_neutralises_markdown_and_html() -> None:
    out = str(inert(HOSTILE + "\n# not a heading\n1. not a list"))
    for bad in ("<", ">", "[", "]", "(", ")", "{", "}", "*", "|", "`", "\n", "=", ":"):
        assert bad not in out
    assert "Critics wrote" in out
    assert inert("1. item").startswith("1&#46;")


@pytest.mark.parametrize(("iso", "shown"), [
    ("2025-01-27", "27 Jan 2025"), ("2025-01", "Jan 2025"), ("2025", "2025"),
    ("2024-10/2024-12", "Q4 2024"), ("2024-09/2024-11", "Sep 2024 – Nov 2024"), (None, "date unknown"),
    ("2024-01-21/2024-01-31", "late Jan 2024"), ("2024-02-21/2024-02-29", "late Feb 2024"),
    ("2024-01-11/2024-01-20", "mid Jan 2024"), ("2024-01-05/2024-01-09", "5 Jan 2024 – 9 Jan 2024"),
])
def test_display_date_keeps_precision(iso: str | None, shown: str) -> None:
    assert display_date(iso) == shown


@pytest.mark.parametrize(("words", "shown"), [
    ("Acme shares fell 12%.", "“Acme shares fell 12%.”"),
    ("“We will appeal,” Roe said.", "“We will appeal,” Roe said."),  # its own marks: not doubled
    ("\"We will appeal,\" Roe said.", "\"We will appeal,\" Roe said."),
])
def test_source_words_are_shown_in_quotation_marks_once(words: str, shown: str) -> None:
    assert render.quoted(words) == shown


def test_safe_url_only_http() -> None:
    assert safe_url("https://example.com/a?b=1") == "https://example.com/a?b=1"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://x.example/\"onmouseover=1") is None
    assert safe_url(None) is None


def test_mermaid_label_is_plain() -> None:
    label = mermaid_label('A "quoted" -->|x| click cb `js` ; %% 5%')
    assert not set('"|`;:#<>{}[]') & set(label)


def test_every_page_is_written(files: dict[str, bytes]) -> None:
    sheet = make_sheet()
    expected = {"index.md", "parties/index.md", "timeline.md", "quotes.md", "discrepancies.md",
                "sources/index.md", "method.md", "changes.md", "facts.json", "facts.schema.json",
                "print.html", "assets/factsheet.css", "assets/factsheet.js",
                "assets/vendor/iframe-worker/shim.js", "assets/vendor/mermaid/mermaid.min.js"}
    expected |= {s["page"] for s in render.labels()["sections"]}
    expected |= {f"sources/{a.file[:-4]}.md" for a in sheet.sources}
    expected |= {f"sources/raw/{a.file}" for a in sheet.sources}
    expected |= {f"parties/{p.id}.md" for p in sheet.parties}
    assert expected <= set(files)


def test_every_category_has_a_page_in_the_nav() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert [s["category"] for s in render.labels()["sections"]] == list(CATEGORIES)
    for section in render.labels()["sections"]:
        assert f"{section['title']}: {section['page']}" in config


def test_raw_files_are_the_bytes_on_disk(files: dict[str, bytes]) -> None:
    import hashlib

    for a in make_sheet().sources:
        assert hashlib.sha256(files[f"sources/raw/{a.file}"]).hexdigest() == a.sha256


def test_facts_json_is_the_serialised_sheet(files: dict[str, bytes]) -> None:
    data = json.loads(files["facts.json"])
    assert data["schema_version"] == 1
    assert [f["id"] for f in data["facts"]] == [f.id for f in make_sheet().facts]


def test_hostile_text_is_inert_in_every_page(files: dict[str, bytes]) -> None:
    for path, body in files.items():
        if not path.endswith(".md"):
            continue
        text = body.decode()
        if text.startswith("---\n"):  # front matter: checked by test_front_matter_is_valid_yaml
            text = text.split("---\n", 2)[2]
        assert "<script>" not in text, path
        assert "javascript:" not in text.replace("javascript:void", ""), path
        assert "{: onclick" not in text, path
        assert "*emph*" not in text, path
        assert "<b>" not in text, path


def test_hostile_text_is_inert_in_the_print_document(files: dict[str, bytes]) -> None:
    html = files["print.html"].decode()
    assert "<script" not in html and "javascript:alert" not in html.replace("javascript:alert(1))", "")
    assert 'href="javascript' not in html


def test_citations_link_to_their_sentence(files: dict[str, bytes]) -> None:
    page = files["regulatory-actions.md"].decode()
    links = re.findall(r"\]\((sources/[\w-]+\.md#s\d+)\)", page)
    assert "sources/alpha.md#s2" in links and "sources/beta.md#s2" in links
    assert "[^1]" in page and "[^1]:" in page


def test_source_page_anchors_every_sentence(files: dict[str, bytes]) -> None:
    page = files["sources/alpha.md"].decode()
    sheet = make_sheet()
    doc = next(d for d in sheet.documents if d.article.file == "alpha.txt")
    for s in doc.sentences:
        assert f'id="{s.id}"' in page
    assert "fs-sent--cited" in page and "fs-sent--boiler" in page and "cited by" in page


def test_corroboration_badges(files: dict[str, bytes]) -> None:
    page = files["regulatory-actions.md"].decode()
    assert "2 sources" in page
    assert "1 source<" in files["allegations.md"].decode()
    assert "disputed" in files["market-impact.md"].decode()


def test_non_answers_are_muted(files: dict[str, bytes]) -> None:
    quotes = files["quotes.md"].decode()
    assert re.search(r'fs-quote fs-quote--muted" id="quote-q-noc"', quotes)
    assert 'fs-quote" id="quote-q-cooperate"' in quotes


def test_front_matter_is_valid_yaml(files: dict[str, bytes]) -> None:
    for path, body in files.items():
        if path.endswith(".md") and body.startswith(b"---\n"):
            meta = yaml.safe_load(body.decode().split("---\n")[1])
            assert isinstance(meta, dict), path
            if "jsonld" in meta:
                assert json.loads(meta["jsonld"])["@type"] == "ItemList"
                assert "<" not in meta["jsonld"]


def test_changes_page(files: dict[str, bytes]) -> None:
    assert "no previous build" in files["changes.md"].decode()
    other = render.collect(make_sheet(), changes_md="- one fact added")
    assert "- one fact added" in other["changes.md"].decode()


def test_render_is_deterministic(tmp_path: Path) -> None:
    render.render_docs(make_sheet(), tmp_path / "a")
    render.render_docs(make_sheet(), tmp_path / "b")
    a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert a == b


def test_failure_leaves_previous_docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    render.render_docs(make_sheet(), docs)
    before = (docs / "index.md").read_bytes()

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", boom)
    with pytest.raises(BuildError, match="could not write"):
        render.render_docs(make_sheet(), docs)
    monkeypatch.undo()
    assert (docs / "index.md").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]


def test_site_is_deterministic_and_strict(tmp_path: Path) -> None:
    from fixtures_render import build_fixture_site

    a = build_fixture_site(tmp_path / "a")
    b = build_fixture_site(tmp_path / "b")
    tree = lambda root: {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}  # noqa: E731
    assert tree(a) == tree(b)
    assert (a / "sources" / "raw" / "alpha.txt").is_file() and (a / "facts.json").is_file()
    html = (a / "allegations" / "index.html").read_text(encoding="utf-8")
    assert '<script type="application/ld+json">' in html and '"@type":"Claim"' in html
    assert "fonts.googleapis" not in html and "unpkg.com" not in html


def test_build_site_errors_are_build_errors(tmp_path: Path) -> None:
    from generator.site import build_site

    with pytest.raises(BuildError, match="no generated pages"):
        build_site(tmp_path / "nowhere", tmp_path / "site", config_file=ROOT / "mkdocs.yml", strict=True,
                   pdf=False, offline=False)
    docs = tmp_path / "docs"
    render.render_docs(make_sheet(), docs)
    (docs / "timeline.md").write_text("# Broken\n\n[dead link](nope.md)\n", encoding="utf-8")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "keep.txt").write_text("previous site", encoding="utf-8")
    with pytest.raises(BuildError, match="nope.md"):
        build_site(docs, tmp_path / "site", config_file=ROOT / "mkdocs.yml", strict=True, pdf=False, offline=False)
    assert (tmp_path / "site" / "keep.txt").read_text(encoding="utf-8") == "previous site"
