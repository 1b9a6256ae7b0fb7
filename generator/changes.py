"""What changed since the previous build: facts added, removed, re-sourced and moved, by stable id."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .errors import InputError
from .escape import inert
from .models import CATEGORIES


def escape_md(text: str) -> str:
    """Text from articles or a previous build, inert in Markdown and HTML."""
    return str(inert(text))


@dataclass(frozen=True, slots=True)
class FactChange:
    """One fact that differs between the two builds."""

    id: str
    """Stable fact id."""
    category: str
    """Category now (for removed facts: then)."""
    text: str
    """Statement now (for removed facts: then)."""
    sources: tuple[str, ...]
    """Citing source files now (for removed facts: then), sorted."""
    gained: tuple[str, ...] = ()
    """Re-sourced: source files that cite it now and did not before."""
    lost: tuple[str, ...] = ()
    """Re-sourced: source files that cited it before and no longer do."""
    citations_added: int = 0
    """Re-sourced: citations (source and words) that are new."""
    citations_removed: int = 0
    """Re-sourced: citations that are gone."""
    previous_category: str = ""
    """Moved: the category it had before."""


@dataclass(frozen=True, slots=True)
class Changes:
    """The difference between two ``facts.json`` documents, by fact id."""

    first_build: bool
    """There was no previous build to compare with."""
    previous_count: int
    """Facts in the previous build."""
    current_count: int
    """Facts in this build."""
    added: tuple[FactChange, ...]
    """Facts whose id is new."""
    removed: tuple[FactChange, ...]
    """Facts whose id is gone."""
    resourced: tuple[FactChange, ...]
    """Same id, a different set of citing sources or cited words."""
    moved: tuple[FactChange, ...]
    """Same id, another category (an editor's relabel, or a change in extraction)."""

    @property
    def counts(self) -> dict[str, int]:
        """Numbers for the page header and for scripts."""
        return {"previous": self.previous_count, "current": self.current_count, "added": len(self.added),
                "removed": len(self.removed), "resourced": len(self.resourced), "moved": len(self.moved)}

    @property
    def empty(self) -> bool:
        """Nothing changed."""
        return not (self.added or self.removed or self.resourced or self.moved)


def _facts(doc: dict[str, Any], which: str) -> dict[str, dict[str, Any]]:
    facts = doc.get("facts") if isinstance(doc, dict) else None
    if not isinstance(facts, list) or not all(isinstance(f, dict) and isinstance(f.get("id"), str) for f in facts):
        raise InputError(f"{which} facts.json: not a fact sheet (no list of facts with ids); "
                         "delete or replace it and build again")
    return {f["id"]: f for f in facts}


def _cites(fact: dict[str, Any]) -> set[tuple[str, str]]:
    return {(str(c.get("source", "")), str(c.get("quote", ""))) for c in fact.get("citations") or []
            if isinstance(c, dict)}


def _change(fact: dict[str, Any], **extra: Any) -> FactChange:
    return FactChange(fact["id"], str(fact.get("category", "")), str(fact.get("text", "")),
                      tuple(sorted({s for s, _ in _cites(fact)})), **extra)


def _order(changes: Iterable[FactChange]) -> tuple[FactChange, ...]:
    rank = {c: i for i, c in enumerate(CATEGORIES)}
    return tuple(sorted(changes, key=lambda c: (rank.get(c.category, len(rank)), c.category, c.id)))


def compare(previous: dict[str, Any] | None, current: dict[str, Any]) -> Changes:
    """Facts added, removed, re-sourced and moved between the previous ``facts.json`` and this one."""
    now = _facts(current, "this build's")
    if previous is None:
        return Changes(True, 0, len(now), (), (), (), ())
    then = _facts(previous, "the previous build's")
    resourced, moved = [], []
    for fid in now.keys() & then.keys():
        old, new = _cites(then[fid]), _cites(now[fid])
        if old != new:
            old_src, new_src = {s for s, _ in old}, {s for s, _ in new}
            resourced.append(_change(now[fid], gained=tuple(sorted(new_src - old_src)),
                                     lost=tuple(sorted(old_src - new_src)),
                                     citations_added=len(new - old), citations_removed=len(old - new)))
        if then[fid].get("category") != now[fid].get("category"):
            moved.append(_change(now[fid], previous_category=str(then[fid].get("category", ""))))
    return Changes(
        False, len(then), len(now),
        added=_order(_change(now[f]) for f in now.keys() - then.keys()),
        removed=_order(_change(then[f]) for f in then.keys() - now.keys()),
        resourced=_order(resourced), moved=_order(moved),
    )


def _label(category: str) -> str:
    return escape_md(category.replace("_", " ").capitalize())


def _line(c: FactChange) -> str:
    return f"- **{_label(c.category)}** · {escape_md(c.text)} ({escape_md(', '.join(c.sources))}) · {escape_md(c.id)}"


def _resourced_line(c: FactChange) -> str:
    parts = []
    if c.gained:
        parts.append(f"now also cited by {escape_md(', '.join(c.gained))}")
    if c.lost:
        parts.append(f"no longer cited by {escape_md(', '.join(c.lost))}")
    parts.append(f"{c.citations_added} citation(s) added, {c.citations_removed} removed")
    return f"{_line(c)}\n    - {'; '.join(parts)}"


def to_markdown(changes: Changes) -> str:
    """The body of the "What changed" page (no front matter, no top heading)."""
    if changes.first_build:
        return (f"This is the first build: there is no previous `facts.json` to compare with. "
                f"It holds {changes.current_count} facts.\n")
    n = changes.counts
    out = [f"Compared with the previous build ({n['previous']} facts then, {n['current']} now): "
           f"{n['added']} added, {n['removed']} removed, {n['resourced']} re-sourced, {n['moved']} moved.\n"]
    if changes.empty:
        out.append("No fact changed.\n")
    sections = (("Added", changes.added, _line), ("Removed", changes.removed, _line),
                ("Re-sourced", changes.resourced, _resourced_line),
                ("Moved to another section", changes.moved,
                 lambda c: f"{_line(c)}\n    - before: {_label(c.previous_category)}"))
    for title, items, fmt in sections:
        if items:
            out.append(f"## {title} ({len(items)})\n")
            out.append("\n".join(fmt(c) for c in items) + "\n")
    return "\n".join(out)
