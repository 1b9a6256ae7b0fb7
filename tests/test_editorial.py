"""Applying the story file to a fact sheet; verifying editors' quotes."""
from __future__ import annotations

import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from generator.editorial import apply_story, check_story, override_article, source_overrides
from generator.errors import InputError
from generator.models import Article, Citation, Discrepancy, Document, Fact, FactSheet, Party, Quote, Sentence, Version
from generator.storyfile import load_story

RAW_A = "Acme Corp. said the widget failed. Jane Roe said “it’s fine” — really.\nReporter Name\n"
RAW_B = "Regulators fined Acme $5 million on Monday. Roe declined to comment.\n"
RAWS = {"a.txt": RAW_A, "b.txt": RAW_B}


def cite(source: str, words: str, occurrence: int = 0) -> Citation:
    raw = RAWS[source]
    start = raw.find(words)
    for _ in range(occurrence):
        start = raw.find(words, start + 1)
    return Citation(source, start, start + len(words), words)


def sheet() -> FactSheet:
    acme = Party("party-acme", "Acme Corp.", (), "company", "", (cite("a.txt", "Acme Corp."),),
                 (cite("a.txt", "Acme Corp. said"),))
    acme2 = Party("party-acme2", "Acme", (), "other", "fined firm", (cite("b.txt", "Acme"),))
    roe = Party("party-roe", "Jane Roe", (), "person", "spokeswoman", (cite("a.txt", "Jane Roe"),))
    roe2 = Party("party-roe2", "Roe", (), "person", "", (cite("b.txt", "Roe"),))
    bogus = Party("party-bogus", "Reporter Name", (), "person", "", (cite("a.txt", "Reporter Name"),))
    facts = (
        Fact("fact-1", "allegation", "The widget failed.", ("party-acme",), (cite("a.txt", "the widget failed"),)),
        Fact("fact-2", "regulatory_action", "Acme was fined.", ("party-acme2", "party-bogus"),
             (cite("b.txt", "Regulators fined Acme $5 million on Monday."),)),
        Fact("fact-3", "response", "Roe declined.", ("party-roe2", "party-roe"),
             (cite("b.txt", "Roe declined to comment."),)),
    )
    quotes = (
        Quote("quote-1", "party-roe", "Jane Roe", "it’s fine", (cite("a.txt", "it’s fine"),)),
        Quote("quote-2", "party-bogus", "Reporter Name", "x", (cite("a.txt", "Reporter Name"),)),
        Quote("quote-3", None, "Roe", "y", (cite("b.txt", "Roe"),)),
        Quote("quote-4", "party-acme", "an Acme spokesman", "z", (cite("a.txt", "Acme"),)),
    )
    articles = tuple(Article(f, raw, "utf-8", "0" * 64, f"Title {f}") for f, raw in RAWS.items())
    disc = (Discrepancy("disc-1", "Fine", (Version("$5 million", (cite("b.txt", "$5 million"),)),), "fact-2"),)
    return FactSheet("Machine title", "", articles, (acme, acme2, roe, roe2, bogus), facts, quotes, (), disc)


def story_in(tmp_path: Path, text: str):
    for name, raw in RAWS.items():
        (tmp_path / name).write_text(raw, encoding="utf-8")
    (tmp_path / "story.yml").write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return load_story(tmp_path)


def apply(tmp_path: Path, text: str, base: FactSheet | None = None):
    return apply_story(base or sheet(), story_in(tmp_path, text), RAWS)


def test_empty_story_changes_nothing(tmp_path):
    assert apply(tmp_path, "{}\n") == (sheet(), ())


def test_title_summary_and_source_metadata(tmp_path):
    out, warnings = apply(tmp_path, """
        title: The widget affair
        summary: Acme's widget failed and regulators fined it.
        sources:
          b.txt: {title: Fine, outlet: Wire, url: "https://example.org/b", published: 2025-01-29}
        """)
    assert (out.title, out.summary, warnings) == (
        "The widget affair", "Acme's widget failed and regulators fined it.", ())
    a, b = out.sources
    assert a == sheet().sources[0]
    assert (b.title, b.outlet, b.url, b.published, b.published_basis) == (
        "Fine", "Wire", "https://example.org/b", "2025-01-29", "story")


def test_source_overrides_for_ingest(tmp_path):
    story = story_in(tmp_path, "sources:\n  a.txt: {outlet: Wire, published: 2025-01-29}\n")
    assert source_overrides(story) == {"a.txt": {"outlet": "Wire", "published": "2025-01-29"}}
    article = sheet().sources[0]
    assert override_article(article, story.sources[0]) == replace(
        article, outlet="Wire", published="2025-01-29", published_basis="story")
    assert override_article(article, None) is article


def test_aliases_merge_parties_and_repoint(tmp_path):
    out, warnings = apply(tmp_path, """
        parties:
          - {name: Acme, aliases: [Acme Corp.], kind: company, role: Widget maker}
          - {name: Jane Roe, aliases: [Roe]}
        """)
    assert warnings == ()
    assert [p.id for p in out.parties] == ["party-acme2", "party-roe", "party-bogus"]
    acme = out.parties[0]
    assert (acme.name, acme.aliases, acme.kind, acme.role) == ("Acme", ("Acme Corp.",), "company", "Widget maker")
    assert acme.mentions == (cite("a.txt", "Acme Corp."), cite("b.txt", "Acme"))
    assert acme.role_citations == ()  # the editor's role replaces the machine's cited one
    roe = out.parties[1]
    assert (roe.name, roe.aliases, roe.role, len(roe.mentions)) == ("Jane Roe", ("Roe",), "spokeswoman", 2)
    assert out.facts[0].parties == ("party-acme2",)
    assert out.facts[2].parties == ("party-roe",)  # two ids that merged become one
    assert [(q.speaker, q.speaker_name) for q in out.quotes] == [
        ("party-roe", "Jane Roe"), ("party-bogus", "Reporter Name"), ("party-roe", "Jane Roe"),
        ("party-acme2", "an Acme spokesman")]


def test_rename_keeps_id(tmp_path):
    out, _ = apply(tmp_path, "parties:\n  - {name: Acme Corporation, aliases: [Acme Corp.]}\n")
    assert out.parties[0].id == "party-acme" and out.parties[0].name == "Acme Corporation"
    assert out.parties[0].aliases == ("Acme Corp.",)
    assert out.parties[0].role_citations == (cite("a.txt", "Acme Corp. said"),)  # role untouched, citations kept


def test_alias_match_ignores_case_leading_the_and_typography(tmp_path):
    out, _ = apply(tmp_path, "parties:\n  - {name: Jane Roe, aliases: [the ROE]}\n")
    assert [p.name for p in out.parties].count("Jane Roe") == 1 and len(out.parties) == 4


def test_reject_party(tmp_path):
    out, warnings = apply(tmp_path, "parties:\n  - {name: Reporter Name, reject: true}\n")
    assert warnings == ()
    assert "party-bogus" not in {p.id for p in out.parties}
    assert out.facts[1].parties == ("party-acme2",)
    assert (out.quotes[1].speaker, out.quotes[1].speaker_name) == (None, "Reporter Name")


def test_party_override_that_matches_nothing_warns(tmp_path):
    _, warnings = apply(tmp_path, "parties:\n  - {name: Nobody, aliases: [No One]}\n  - {name: Ghost, reject: true}\n")
    assert warnings[0].endswith("story.yml:2: parties: no party is called 'Nobody' or 'No One' and no article "
                                "contains these names; nothing to add, rename or merge (check the spelling against "
                                "the parties page and the articles, or remove the entry)")
    assert "story.yml:3: parties: no party is called 'Ghost'; nothing to reject" in warnings[1]


def test_party_the_machine_missed_is_added_from_the_text(tmp_path):
    out, warnings = apply(tmp_path, """
        parties:
          - {name: Regulators, aliases: [widget], kind: regulator, role: Fined Acme}
        """)
    assert warnings == ()
    new = out.parties[-1]
    assert (new.id, new.name, new.aliases, new.kind, new.role) == (
        "party-regulators", "Regulators", ("widget",), "regulator", "Fined Acme")
    assert new.mentions == (cite("a.txt", "widget"), cite("b.txt", "Regulators"))
    assert [p.id for p in out.parties[:-1]] == [p.id for p in sheet().parties]


def test_reject_and_relabel_facts(tmp_path):
    out, warnings = apply(tmp_path, """
        facts:
          reject: [fact-2]
          relabel: {fact-1: background, fact-3: response}
        """)
    assert warnings == ()
    assert [(f.id, f.category, f.editorial) for f in out.facts] == [
        ("fact-1", "background", "relabelled"), ("fact-3", "response", "")]
    assert out.discrepancies[0].fact == ""  # its fact is gone; the discrepancy stays


def test_stale_fact_ids_warn(tmp_path):
    out, warnings = apply(tmp_path, """
        facts:
          reject: [fact-gone]
          relabel:
            fact-old: background
        """)
    assert out.facts == sheet().facts
    assert warnings[0].endswith("story.yml:2: facts.reject: no fact 'fact-gone' in this build (the articles or "
                                "the extraction changed); remove it or use an id from facts.json")
    assert "story.yml:4: facts.relabel: no fact 'fact-old' in this build" in warnings[1]


def test_unknown_key_warning_passes_through(tmp_path):
    _, warnings = apply(tmp_path, "titel: x\n")
    assert len(warnings) == 1 and "story.yml:1: titel: unknown key" in warnings[0]


ADD = """
    facts:
      add:
        - category: regulatory_action
          text: Regulators fined Acme.
          parties: [Acme Corp., Nobody]
          dates: [2025-01-27]
          citations:
            - {source: b.txt, quote: "fined Acme $5 million"}
            - {source: a.txt, quote: "%s"}
    """


def test_added_fact_gets_offsets_and_a_stable_id(tmp_path):
    out, warnings = apply(tmp_path, ADD % "Acme Corp. said")
    added = out.facts[-1]
    assert added.id.startswith("fact-") and len(added.id) == 13
    assert (added.category, added.text, added.parties, added.dates, added.editorial) == (
        "regulatory_action", "Regulators fined Acme.", ("party-acme",), ("2025-01-27",), "added")
    assert added.citations == (Citation("a.txt", 0, 15, "Acme Corp. said"),
                               Citation("b.txt", 11, 32, "fined Acme $5 million"))
    for c in added.citations:
        assert RAWS[c.source][c.start:c.end] == c.quote
    assert warnings == (f"{tmp_path / 'story.yml'}:3: facts.add[1].parties: no party called 'Nobody'; ignored",)
    again, _ = apply(tmp_path, ADD % "Acme Corp. said")
    assert again.facts[-1].id == added.id
    other, _ = apply(tmp_path, ADD % "the widget failed")
    assert other.facts[-1].id != added.id


def test_added_fact_prefers_an_occurrence_outside_boilerplate(tmp_path):
    base = sheet()
    raw = RAW_A
    first = raw.find("Reporter Name")
    doc = Document(base.sources[0], (), (
        Sentence("s1", "a.txt", 0, first, raw[:first], 0),
        Sentence("s2", "a.txt", first, first + 13, "Reporter Name", 1, boilerplate="placeholder"),
    ))
    base = replace(base, documents=(doc,))
    out, _ = apply(tmp_path, ADD % "Jane Roe", base)
    assert out.facts[-1].citations[0].start == raw.find("Jane Roe")


def test_quote_not_in_source_is_an_error(tmp_path):
    with pytest.raises(InputError) as err:
        apply(tmp_path, ADD % "Acme said nothing")
    first = str(err.value).splitlines()[0]
    assert first == (f"{tmp_path / 'story.yml'}:9: facts.add[1].citations[2].quote: quote not found in a.txt: "
                     '"Acme said nothing"; copy the exact words from the file')


def test_quote_matching_only_after_normalising_shows_exact_text(tmp_path):
    with pytest.raises(InputError) as err:
        apply(tmp_path, ADD % "said \\\"it's fine\\\" - really.")
    message = str(err.value)
    assert "story.yml:9: facts.add[1].citations[2].quote: quote in a.txt matches only after normalising " \
           "curly quotes and dashes: " in message
    assert 'use the exact text: "said “it’s fine” — really."' in message


def test_quote_with_extra_spaces_names_whitespace_only(tmp_path):
    with pytest.raises(InputError, match=r"normalising whitespace: \"Acme  Corp\.\"; use the exact text"):
        apply(tmp_path, ADD % "Acme  Corp.")


def test_check_story_lists_every_bad_quote(tmp_path):
    story = story_in(tmp_path, """
        facts:
          add:
            - category: background
              text: x
              citations:
                - {source: a.txt, quote: "the widget failed"}
                - {source: a.txt, quote: "the gadget failed"}
                - {source: b.txt, quote: "Roe  declined"}
        """)
    problems = check_story(story, RAWS)
    assert len(problems) == 2
    assert "story.yml:7: facts.add[1].citations[2].quote: quote not found in a.txt" in problems[0]
    assert "story.yml:8: facts.add[1].citations[3].quote: quote in b.txt matches only after normalising " \
           'whitespace: "Roe  declined"; use the exact text: "Roe declined"' in problems[1]
    assert check_story(story, {"b.txt": RAW_B})[0].endswith(
        "quote: source 'a.txt' is not an article of this corpus; use one of b.txt")


def test_seed_story_quotes_check():
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    story = load_story(seeds)
    raws = {p.name: p.read_text(encoding="utf-8-sig") for p in seeds.glob("*.txt")}
    assert check_story(story, raws) == []
