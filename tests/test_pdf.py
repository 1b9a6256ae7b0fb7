"""The printable edition: Chromium prints templates/print/ into site/factsheet.pdf."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from fixtures_render import build_fixture_site, chromium_path, make_sheet

from generator import render

pytestmark = [pytest.mark.pdf,
              pytest.mark.skipif(chromium_path() is None or shutil.which("pdftotext") is None,
                                 reason="needs chromium and poppler-utils (apt-get install chromium poppler-utils)")]


@pytest.fixture(scope="session")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = build_fixture_site(tmp_path_factory.mktemp("pdf"), pdf=True)
    return site / "factsheet.pdf"


@pytest.fixture(scope="session")
def text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    return out.decode("utf-8")


def _flat(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def test_pdf_has_pages(pdf: Path) -> None:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages > 1
    assert re.search(r"Tagged:\s+yes", info)


def test_every_section_heading_is_present(text: str) -> None:
    lines = {line.strip() for line in text.splitlines()}
    for section in render.labels()["sections"]:
        assert section["title"] in lines
    for heading in ("Contents", "Parties", "Timeline", "Quotes", "Discrepancies", "Sources", "Notes"):
        assert heading in lines


def test_every_source_title_is_present(text: str) -> None:
    flat = _flat(text)
    for a in make_sheet().sources:
        assert _flat(a.title) in flat


def test_cover_has_title_summary_and_date_from_the_data(text: str) -> None:
    first = text.split("\f")[0]
    assert "The Acme investigation" in first
    assert "As of 29 Jan 2025" in first  # latest publication date, not today


def test_endnotes_quote_the_source(text: str) -> None:
    notes = _flat(text.split("\nNotes\n", 1)[1])
    assert "“Acme shares fell 12% after the announcement.” — Daily Planet" in notes
    assert "<script>alert(1)</script>" in notes  # shown as text, verbatim


def test_contents_has_page_numbers(text: str) -> None:
    contents = text.split("\f")[1]
    assert re.search(r"Allegations.*?\n\s*\d+", contents, re.S)


def test_pdf_is_deterministic(pdf: Path, tmp_path: Path) -> None:
    again = build_fixture_site(tmp_path, pdf=True) / "factsheet.pdf"
    assert again.read_bytes() == pdf.read_bytes()


def test_structure_ids_are_numbered_by_rank_whatever_chromium_counted(tmp_path: Path) -> None:
    # Chromium names tagged elements after its DOM node counter, which may skip a number between runs
    from generator.pdf import _normalise

    runs = []
    for first, second in ((127, 131), (128, 133)):
        pdf = tmp_path / f"{first}.pdf"
        pdf.write_bytes(b"/ID (node%08d)>> /Names [(node%08d) 1 0 R (node%08d) 2 0 R] /CreationDate (D:1)"
                        % (second, first, second))
        _normalise(pdf, "2025-01-29")
        runs.append(pdf.read_bytes())
    assert runs[0] == runs[1]
    assert runs[0].startswith(b"/ID (node00000001)>> /Names [(node00000000) 1 0 R (node00000001) 2 0 R]")
