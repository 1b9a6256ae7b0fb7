"""A story file's decisions reach every output: facts.json, the pages and the built site."""
from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import ROOT

from generator.cli import main
from generator.pipeline import extract_corpus
from generator.storyfile import Story

A = """Northwind fined over data leak

The Competition Authority fined Northwind Corp. $5 million on Monday over a data leak that exposed customer records.
Northwind chief executive Jane Roe said the company would appeal the fine.
"We reject the findings and will appeal," Roe said in a statement.
Northwind shares fell 4% on Tuesday.
"""
B = """Regulator punishes Northwind

Northwind was fined $5 million by the Competition Authority on Monday after customer records leaked.
Jane Roe, Northwind's chief executive, said the company would appeal.
The authority also ordered an audit of the company's security practices.
Analysts said the leak could hurt the company's reputation for years.
"""


def test_story_file_decisions_build_and_show(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(A, encoding="utf-8")
    (corpus / "b.txt").write_text(B, encoding="utf-8")
    sheet, _ = extract_corpus(corpus, Story())
    by_text = {f.text: f for f in sheet.facts}
    shares = next(f for t, f in by_text.items() if "shares fell" in t)
    analysts = next(f for t, f in by_text.items() if "Analysts said" in t)
    (corpus / "story.yml").write_text(f"""title: Northwind data-leak fine
summary: The Competition Authority fined Northwind Corp. over a leak of customer records.
sources:
  a.txt: {{outlet: The Daily Ledger, published: 2024-03-05, url: "https://example.org/a"}}
parties:
  - {{name: Northwind, aliases: [Northwind Corp.], kind: company, role: Fined company}}
  - {{name: Competition Authority, kind: regulator, role: Regulator that imposed the fine}}
facts:
  reject: [{shares.id}]
  relabel: {{{analysts.id}: background}}
  add:
    - category: regulatory_action
      text: The authority ordered an audit of Northwind's security practices.
      citations: [{{source: b.txt, quote: "The authority also ordered an audit of the company's security practices."}}]
""", encoding="utf-8")
    docs, site = tmp_path / "docs", tmp_path / "site"
    result = CliRunner().invoke(main, ["build", "--corpus", str(corpus), "--docs-dir", str(docs), "--site-dir",
                                       str(site), "--config", str(ROOT / "mkdocs.yml"), "--strict"])
    assert result.exit_code == 0, result.stderr

    data = json.loads((docs / "facts.json").read_text(encoding="utf-8"))
    assert data["title"] == "Northwind data-leak fine"
    source_a = next(s for s in data["sources"] if s["file"] == "a.txt")
    assert (source_a["outlet"], source_a["published"], source_a["published_basis"]) == \
        ("The Daily Ledger", "2024-03-05", "story")
    northwind = [p for p in data["parties"] if p["name"] == "Northwind"]
    assert len(northwind) == 1 and "Northwind Corp." in northwind[0]["aliases"]
    assert northwind[0]["role"] == "Fined company"
    ids = {f["id"]: f for f in data["facts"]}
    assert shares.id not in ids
    assert ids[analysts.id]["category"] == "background" and ids[analysts.id]["editorial"] == "relabelled"
    added = [f for f in data["facts"] if f["editorial"] == "added"]
    assert len(added) == 1 and added[0]["citations"][0]["quote"] == \
        "The authority also ordered an audit of the company's security practices."

    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Northwind data-leak fine" in home
    assert "The Daily Ledger" in (site / "sources/a/index.html").read_text(encoding="utf-8")
    assert "shares fell 4%" not in (site / "market-impact/index.html").read_text(encoding="utf-8")
    assert "Analysts said the leak" in (site / "background/index.html").read_text(encoding="utf-8")
    assert "ordered an audit of Northwind" in (site / "regulatory-actions/index.html").read_text(encoding="utf-8")
