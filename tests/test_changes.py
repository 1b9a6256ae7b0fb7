"""The "What changed" page: facts added, removed, re-sourced and moved between two builds."""
from __future__ import annotations

import copy

import pytest

from generator.changes import Changes, FactChange, compare, escape_md, to_markdown
from generator.errors import InputError


def fact(fid: str, category: str, text: str, *cites: tuple[str, str]) -> dict:
    return {"id": fid, "category": category, "text": text, "parties": [], "corroboration": len({s for s, _ in cites}),
            "dates": [], "editorial": "",
            "citations": [{"source": s, "start": 0, "end": len(q), "quote": q} for s, q in cites]}


def doc(*facts: dict) -> dict:
    return {"schema_version": 1, "title": "t", "sources": [], "parties": [], "facts": list(facts),
            "quotes": [], "timeline": [], "discrepancies": []}


OLD = doc(
    fact("fact-a", "allegation", "Kept as is.", ("a.txt", "kept")),
    fact("fact-b", "allegation", "Loses a source.", ("a.txt", "b1"), ("b.txt", "b2")),
    fact("fact-c", "response", "Gone now.", ("a.txt", "gone")),
    fact("fact-d", "allegation", "Relabelled.", ("a.txt", "d")),
)
NEW = doc(
    fact("fact-a", "allegation", "Kept as is.", ("a.txt", "kept")),
    fact("fact-b", "allegation", "Loses a source.", ("b.txt", "b2"), ("c.txt", "b3")),
    fact("fact-d", "background", "Relabelled.", ("a.txt", "d")),
    fact("fact-e", "market_impact", "Shares fell <b>*5%*</b> [x](javascript:alert(1))", ("c.txt", "fell")),
    fact("fact-f", "allegation", "New allegation.", ("c.txt", "new")),
)


def test_compare_lists_every_kind_of_change():
    changes = compare(OLD, NEW)
    assert changes.counts == {"previous": 4, "current": 5, "added": 2, "removed": 1, "resourced": 1, "moved": 1}
    assert [c.id for c in changes.added] == ["fact-f", "fact-e"]  # category order, then id
    assert changes.removed == (FactChange("fact-c", "response", "Gone now.", ("a.txt",)),)
    assert changes.resourced == (FactChange("fact-b", "allegation", "Loses a source.", ("b.txt", "c.txt"),
                                            gained=("c.txt",), lost=("a.txt",),
                                            citations_added=1, citations_removed=1),)
    assert changes.moved == (FactChange("fact-d", "background", "Relabelled.", ("a.txt",),
                                        previous_category="allegation"),)


def test_same_sources_other_words_is_resourced():
    new = copy.deepcopy(OLD)
    new["facts"][0]["citations"][0]["quote"] = "kept too"
    changes = compare(OLD, new)
    assert [(c.id, c.gained, c.lost, c.citations_added) for c in changes.resourced] == [("fact-a", (), (), 1)]


def test_only_offsets_moved_is_no_change():
    new = copy.deepcopy(OLD)
    new["facts"][0]["citations"][0].update(start=10, end=14)
    assert compare(OLD, new).empty


def test_identical_builds():
    changes = compare(OLD, copy.deepcopy(OLD))
    assert changes.empty and not changes.first_build
    assert to_markdown(changes) == ("Compared with the previous build (4 facts then, 4 now): 0 added, 0 removed, "
                                    "0 re-sourced, 0 moved.\n\nNo fact changed.\n")


def test_first_build():
    changes = compare(None, NEW)
    assert changes == Changes(True, 0, 5, (), (), (), ())
    assert to_markdown(changes) == ("This is the first build: there is no previous `facts.json` to compare with. "
                                    "It holds 5 facts.\n")


def test_markdown_page():
    page = to_markdown(compare(OLD, NEW))
    assert page.startswith("Compared with the previous build (4 facts then, 5 now): 2 added, 1 removed, "
                           "1 re-sourced, 1 moved.\n")
    assert "## Added (2)\n" in page and "## Removed (1)\n" in page
    assert "## Re-sourced (1)\n" in page and "## Moved to another section (1)\n" in page
    assert "now also cited by c.txt; no longer cited by a.txt; 1 citation(s) added, 1 removed" in page
    assert "before: Allegation" in page
    ids = [escape_md(i) for i in ("fact-f", "fact-e", "fact-c")]
    assert page.index(ids[0]) < page.index(ids[1]) < page.index(ids[2])


def test_article_text_is_escaped():
    page = to_markdown(compare(OLD, NEW))
    assert "<b>" not in page and "[x](" not in page and "*5%*" not in page
    assert "&#60;b&#62;" in page or "&lt;b&gt;" in page


def test_deterministic():
    assert to_markdown(compare(OLD, NEW)) == to_markdown(compare(copy.deepcopy(OLD), copy.deepcopy(NEW)))


@pytest.mark.parametrize("bad", [{}, {"facts": "x"}, {"facts": [{"text": "no id"}]}, []])
def test_unreadable_previous_build(bad):
    with pytest.raises(InputError, match="the previous build's facts.json: not a fact sheet"):
        compare(bad, NEW)
