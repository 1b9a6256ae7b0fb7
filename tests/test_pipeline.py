"""End to end on data: facts.json contract, verbatim citations, determinism, stable ids, genericity."""
from __future__ import annotations

import json
import re
import shutil

from conftest import ROOT, SEEDS

from generator import serialize
from generator.ingest import read_raw
from generator.pipeline import extract_corpus
from generator.storyfile import Story
from generator.verify import all_citations, citation_problems


def test_seeds_facts_json_matches_schema(seeds_sheet):
    sheet, _ = seeds_sheet
    assert serialize.validate(serialize.to_dict(sheet)) == []


def test_every_citation_is_verbatim_at_its_offsets(seeds_sheet):
    sheet, _ = seeds_sheet
    raws = {p.name: read_raw(p) for p in SEEDS.glob("*.txt")}
    assert citation_problems(sheet, raws) == []
    assert sum(1 for _ in all_citations(sheet)) > 100


def test_every_section_is_populated(seeds_sheet):
    sheet, _ = seeds_sheet
    assert {f.category for f in sheet.facts} == {"allegation", "response", "regulatory_action", "market_impact",
                                                   "background"}
    assert sheet.parties and sheet.quotes and sheet.timeline and sheet.discrepancies
    assert all(q.speaker_name for q in sheet.quotes if len(q.text.split()) > 8)


def test_corroboration_merges_statements_across_articles(seeds_sheet):
    sheet, _ = seeds_sheet
    assert max(len(f.sources) for f in sheet.facts) >= 4


def test_same_input_gives_byte_identical_json(tmp_path):
    first = serialize.dumps(extract_corpus(SEEDS)[0])
    copy = tmp_path / "again"
    shutil.copytree(SEEDS, copy)
    assert serialize.dumps(extract_corpus(copy)[0]) == first


def test_fact_ids_survive_a_new_article(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(p, corpus / p.name)
    before = {f.id for f in extract_corpus(corpus, Story())[0].facts}
    shutil.copy(sorted(SEEDS.glob("*.txt"))[3], corpus)
    after = {f.id for f in extract_corpus(corpus, Story())[0].facts}
    assert len(before & after) >= 0.8 * len(before)


def test_any_folder_of_articles_extracts_without_story_file():
    corpus = ROOT / "benchmarks/corpora/outage"
    sheet, warnings = extract_corpus(corpus)
    data = json.loads(serialize.dumps(sheet))
    assert serialize.validate(data) == []
    assert warnings == ()
    assert len(data["facts"]) > 20 and len(data["parties"]) > 5


def test_hostile_article_text_stays_data(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Regulator fines Northwind <script>alert(1)</script>\n\n"
        "The Competition Authority fined Northwind Corp. $5 million on Monday, [x](javascript:alert(1)) "
        "{: onclick=alert(1)} officials said.\n", encoding="utf-8")
    sheet, _ = extract_corpus(corpus)
    raw = (corpus / "a.txt").read_text(encoding="utf-8")
    assert citation_problems(sheet, {"a.txt": raw}) == []


def test_code_names_no_story():
    """Generic code: the names of the example and benchmark stories appear in no code or data file."""
    names = ["DeepSeek", "OpenAI", "Sacks", "Leavitt", "High-Flyer", "Forrester", "Boeing", "Alaska Airlines",
             "CrowdStrike", "Kurtz", "Calhoun", "Homendy", "Karoline", "Satya"]
    pattern = re.compile("|".join(map(re.escape, names)), re.IGNORECASE)
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "generator").rglob("*")
                 if p.suffix in {".py", ".yml", ".yaml", ".json"} and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_every_category_has_a_page_and_a_label():
    from generator.models import CATEGORIES
    from generator.render import section_pages

    pages = section_pages()
    assert set(pages) == set(CATEGORIES)
    assert all((ROOT / "templates").exists() for _ in pages)


def test_data_files_hold_only_words():
    """YAML reads a bare `no` or `on` as a boolean; every word list must hold strings."""
    from generator import vocab

    for name in ("cues", "parties", "boilerplate", "dates"):
        data = vocab.load(name)
        for key, value in data.items():
            if isinstance(value, list):
                assert all(isinstance(x, (str, dict)) or isinstance(x, list) and all(isinstance(y, str) for y in x)
                           for x in value), (name, key)  # words, mappings, or groups of words


def _seed_statements():
    from generator import ingest, quotes, statements
    from generator.parties import build_parties
    from generator.segment import segment_article

    docs = tuple(segment_article(a) for a in ingest.read_corpus(SEEDS))
    found = build_parties(docs)
    spoken = quotes.spoken_spans({d.article.file: quotes.extract_quotes(d, found) for d in docs})
    return {(s.source, s.citation.start): s for s in statements.story_statements(docs, found, spoken)}


def _always(tmp_path, category: str) -> str:
    model = tmp_path / f"{category}.yml"
    model.write_text(f"classes: [{category}, background]\nweights:\n  {category}: {{bias: 1.0}}\n"
                     "  background: {bias: 0.0}\n", encoding="utf-8")
    return str(model)


def test_a_category_model_file_weighs_in_where_the_rules_are_unsure(tmp_path, monkeypatch):
    """The learned-model hook: the model files what the rules leave as background and moves what they
    file with weak cues; it never drops a filed statement to background, never overrules a strong cue
    (RULE_CONFIDENT), and never touches a non-answer ("declined to comment" stays a response)."""
    from generator.statements import RULE_CONFIDENT

    monkeypatch.setenv("FACTSHEET_CATEGORY_MODEL", "none")
    rules = _seed_statements()
    monkeypatch.setenv("FACTSHEET_CATEGORY_MODEL", _always(tmp_path, "background"))
    assert {k: s.category for k, s in _seed_statements().items()} == {k: s.category for k, s in rules.items()}
    monkeypatch.setenv("FACTSHEET_CATEGORY_MODEL", _always(tmp_path, "market_impact"))
    learned = _seed_statements()
    same = rules.keys() & learned.keys()  # (clauses of one category may join: a few citations differ)
    assert len(same) > 0.9 * len(rules)
    moved = [k for k in same if learned[k].category != rules[k].category]
    assert len(moved) > len(rules) / 3
    assert all(learned[k].category == "market_impact" for k in moved)
    assert all(max(dict(rules[k].scores).values(), default=0) < RULE_CONFIDENT for k in moved)
    assert any(max(dict(s.scores).values(), default=0) >= RULE_CONFIDENT and s.category != "market_impact"
               for s in learned.values())
    assert all(learned[k].category == "response" for k in same if rules[k].no_comment)


def test_a_markets_wrap_keeps_only_the_storys_item(tmp_path):
    # the third page is a wrap at the close: the story's company is one item, two other companies' items stand
    # under their own headings and name none of the story's parties
    corpus = tmp_path / "wrap"
    corpus.mkdir()
    story = ("Northwind Biologics shares plunged on Tuesday after short seller Kestrel Research accused the "
             "company of hiding debt. Northwind Biologics called the report false.\n")
    (corpus / "000.txt").write_text("Northwind hit by short seller\n\n" + story, encoding="utf-8")
    (corpus / "001.txt").write_text("Northwind denies report\n\n" + story.replace("Tuesday", "Monday"),
                                    encoding="utf-8")
    (corpus / "002.txt").write_text(
        "MARKETS CLOSE\n\nStocks fall as Northwind slumps\n\nSTOCKS TO WATCH\n\nNORTHWIND BIOLOGICS\n\n"
        "Northwind Biologics closed down 25.9% after Kestrel Research said the company hid debt.\n\n"
        "HALVERN ENERGY\n\nHalvern Energy jumped 18.4% after Rotherby Partners offered EUR 2.1 billion for it. "
        "\"The offer recognises our value,\" chief executive Ann Roe said in a statement.\n\n"
        "TELMARK\n\nTelmark rose 3.1% after it raised its dividend, finance director Tom Becker told analysts.\n",
        encoding="utf-8")
    sheet, _ = extract_corpus(corpus, Story())
    names = {p.name for p in sheet.parties}
    assert "Northwind Biologics" in names and "Kestrel Research" in names
    assert not names & {"Halvern Energy", "Rotherby Partners", "Ann Roe", "Telmark", "Tom Becker"}
    cited = " ".join(c.quote for f in sheet.facts for c in f.citations)
    assert "25.9%" in cited and "18.4%" not in cited and "3.1%" not in cited
    assert not [q for q in sheet.quotes if "recognises" in q.text]
