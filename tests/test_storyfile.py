"""The story file: schema, line numbers in every message, warnings for unknown keys."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.storyfile import (
    AddedFact,
    EditorCitation,
    FactEdits,
    FactRef,
    PartyOverride,
    SourceMeta,
    Story,
    load_story,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(tmp_path: Path, story: str | None, files: tuple[str, ...] = ("a.txt", "b.txt")) -> Path:
    for name in files:
        (tmp_path / name).write_text("Acme Corp. said the widget failed. Regulators fined it $5 million.\n",
                                     encoding="utf-8")
    if story is not None:
        (tmp_path / "story.yml").write_text(textwrap.dedent(story).lstrip("\n"), encoding="utf-8")
    return tmp_path


def problems(tmp_path: Path, story: str) -> str:
    with pytest.raises(InputError) as err:
        load_story(corpus(tmp_path, story))
    return str(err.value)


def test_no_story_file_is_an_empty_story(tmp_path):
    story = load_story(corpus(tmp_path, None))
    assert (story.title, story.summary, story.sources, story.parties, story.facts, story.warnings) == (
        None, None, (), (), FactEdits(), ())


def test_empty_story_file_is_an_empty_story(tmp_path):
    assert load_story(corpus(tmp_path, "# nothing yet\n")).parties == ()


def test_full_story_file(tmp_path):
    story = load_story(corpus(tmp_path, """
        title: The widget affair
        summary: Acme's widget failed.
        sources:
          a.txt: {title: Widget fails, outlet: Wire, url: "https://example.org/a", published: 2025-01-29}
          b.txt:
            published: "2025-02-01"
        parties:
          - {name: Acme, aliases: [Acme Corp., the company], kind: company, role: Widget maker}
          - name: Reporter Name
            reject: true
        facts:
          reject: [fact-00000001]
          relabel: {fact-00000002: background}
          add:
            - category: regulatory_action
              text: Regulators fined Acme.
              parties: [Acme]
              dates: [2025-01, 2024-10/2024-12]
              citations:
                - {source: a.txt, quote: "Regulators fined it $5 million."}
        """))
    assert story.title == "The widget affair"
    assert story.summary == "Acme's widget failed."
    assert story.sources == (
        SourceMeta("a.txt", "Widget fails", "Wire", "https://example.org/a", "2025-01-29", 4),
        SourceMeta("b.txt", None, None, None, "2025-02-01", 5),
    )
    assert story.parties == (
        PartyOverride("Acme", ("Acme Corp.", "the company"), "company", "Widget maker", False, 8),
        PartyOverride("Reporter Name", (), None, None, True, 9),
    )
    assert story.facts == FactEdits(
        reject=(FactRef("fact-00000001", line=12),),
        relabel=(FactRef("fact-00000002", "background", 13),),
        add=(AddedFact("regulatory_action", "Regulators fined Acme.",
                       (EditorCitation("a.txt", "Regulators fined it $5 million.", 20),),
                       ("Acme",), ("2025-01", "2024-10/2024-12"), 15),),
    )
    assert story.warnings == ()
    assert story.path.endswith("story.yml")


def test_yaml_syntax_error_names_the_line(tmp_path):
    message = problems(tmp_path, """
        title: ok
        summary: "unterminated
        parties: []
        """)
    assert "story.yml:4: YAML syntax: found unexpected end of stream" in message
    assert "quoted scalar, which starts on line 2" in message
    assert "fix the syntax" in message


def test_bad_indentation_names_its_line(tmp_path):
    message = problems(tmp_path, "title: ok\nparties:\n  - name: A\n   kind: person\n")
    assert "story.yml:4: YAML syntax" in message


def test_unknown_key_warns_with_line_and_suggestion(tmp_path):
    story = load_story(corpus(tmp_path, """
        title: ok
        sumary: typo
        parties:
          - {name: Acme, knd: company}
        """))
    assert story.summary is None
    assert len(story.warnings) == 2
    assert story.warnings[0].endswith("story.yml:2: sumary: unknown key, ignored (did you mean 'summary'?)")
    assert "story.yml:4: parties[1].knd: unknown key, ignored (did you mean 'kind'?)" in story.warnings[1]


def test_wrong_types_are_errors_with_lines(tmp_path):
    message = problems(tmp_path, """
        title: [not, text]
        parties:
          - name: Acme
            aliases: Acme Corp.
            kind: corporation
            reject: maybe
        facts:
          reject: fact-1
          relabel: {fact-2: gossip}
        """)
    lines = message.splitlines()
    assert any(x.endswith("story.yml:1: title: expected text, got a list") for x in lines)
    assert any(x.endswith("story.yml:4: parties[1].aliases: expected a list like [a, b], got 'Acme Corp.'")
               for x in lines)
    assert any("story.yml:5: parties[1].kind: 'corporation' is not one of person, company" in x for x in lines)
    assert any(x.endswith("story.yml:6: parties[1].reject: expected true or false, got 'maybe'") for x in lines)
    assert any(x.endswith("story.yml:8: facts.reject: expected a list like [a, b], got 'fact-1'") for x in lines)
    assert any("story.yml:9: facts.relabel.fact-2: 'gossip' is not one of allegation" in x for x in lines)
    assert lines[-1].endswith("6 problem(s); fix them and run again.")


def test_unquoted_colon_in_text_gets_a_hint(tmp_path):
    message = problems(tmp_path, "title:\n  Acme: the story\n")
    assert "story.yml:2: title: expected text, got a mapping; put text that contains ': ' in quotes" in message


def test_top_level_must_be_a_mapping(tmp_path):
    assert "story.yml:1: (top level): expected a mapping" in problems(tmp_path, "- just a list\n")


def test_missing_source_file_is_an_error(tmp_path):
    message = problems(tmp_path, """
        sources:
          a.txt: {outlet: Wire}
          c.txt: {outlet: Wire}
        facts:
          add:
            - category: background
              text: x
              citations: [{source: notes.md, quote: Acme}]
        """)
    assert "story.yml:3: sources.c.txt: no article file 'c.txt' in" in message
    assert "did you mean 'b.txt'?" in message
    assert "story.yml:8: facts.add[1].citations[1].source: no article file 'notes.md'" in message
    assert "use the file name of an article there" in message


def test_published_must_be_an_iso_day(tmp_path):
    message = problems(tmp_path, """
        sources:
          a.txt: {published: 29 January 2025}
          b.txt: {published: 2025-02-30, url: "javascript:alert(1)"}
        """)
    assert "story.yml:3: sources.b.txt.url: 'javascript:alert(1)' is not a web address; write it as https://..." \
        in message
    assert "story.yml:2: sources.a.txt.published: '29 January 2025' is not an ISO date; write it as YYYY-MM-DD" \
        in message
    assert "story.yml:3: sources.b.txt.published: '2025-02-30' is not an ISO date" in message


def test_added_fact_needs_category_text_citations(tmp_path):
    message = problems(tmp_path, """
        facts:
          add:
            - text: no category
              citations: [{source: a.txt, quote: Acme}]
            - category: background
              text: x
              citations: []
            - category: background
              text: x
              dates: [January 2025]
              citations: [{source: a.txt}]
        """)
    assert "story.yml:3: facts.add[1].category: missing" in message
    assert "story.yml:7: facts.add[2].citations: expected a non-empty list" in message
    assert "story.yml:10: facts.add[3].dates: 'January 2025' is not an ISO date" in message
    assert "story.yml:11: facts.add[3].citations[1]: needs both source" in message


def test_duplicate_key_is_an_error(tmp_path):
    assert "story.yml:2: title: duplicate key" in problems(tmp_path, "title: a\ntitle: b\n")


def test_party_needs_a_name(tmp_path):
    assert "story.yml:2: parties[1].name: missing" in problems(tmp_path, "parties:\n  - {kind: person}\n")


def test_not_utf8(tmp_path):
    corpus(tmp_path, None)
    (tmp_path / "story.yml").write_bytes(b"title: caf\xe9\n")
    with pytest.raises(InputError, match="story.yml: not UTF-8"):
        load_story(tmp_path)


def test_seed_story_file_is_valid():
    story = load_story(SEEDS)
    assert story.warnings == ()
    assert story.title and story.summary
    assert {m.file for m in story.sources} <= {p.name for p in SEEDS.iterdir()}
    assert isinstance(story, Story)


@pytest.mark.parametrize("text", [
    "!!python/object/apply:os.system [echo hi]\n",
    "title: !!python/object/apply:os.system [echo hi]\n",
    "? [a, b]\n: c\n",
    "title: &x T\nsummary: *x\n",
    "parties: {a: b}\n",
    "parties: [1, [2], {name: [x]}]\n",
    "facts: {add: [1, {category: [x], text: {}, citations: [x, {source: 1, quote: 2}]}]}\n",
    "facts: {reject: [[x]], relabel: [x]}\n",
    "sources: [a.txt]\n",
    "sources: {a.txt: x, b.txt: {published: 20250129}}\n",
    "\ttitle: tab\n",
    "title: x\n---\ntitle: y\n",
    "...\n",
    "'unclosed\n",
])
def test_malformed_story_files_never_leak_a_traceback(tmp_path, text):
    (tmp_path / "a.txt").write_text("x\n", encoding="utf-8")
    (tmp_path / "story.yml").write_text(text, encoding="utf-8")
    try:
        load_story(tmp_path)
    except InputError as err:
        assert "story.yml" in str(err)
