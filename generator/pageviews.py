"""The fact sheet seen from the pages: sources, citations, facts and parties with their links.

Pure functions from a ``FactSheet`` to plain view objects the templates lay out. Nothing here
escapes text: the templates' ``finalize`` hook does that for every value (see ``escape.py``).
"""
from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass, field

from markupsafe import Markup

from .dates import MONTH_PARTS
from .escape import safe_url
from .models import Citation, Document, Fact, FactSheet, Sentence
from .serialize import source_id

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_QUARTERS = {("01", "03"): "Q1", ("04", "06"): "Q2", ("07", "09"): "Q3", ("10", "12"): "Q4"}


def _one_date(iso: str) -> str:
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return iso
    return iso


_SAFE_NAME = re.compile(r"[A-Za-z0-9][\w-]*")


def _last_day(ymd: list[str]) -> int:
    return calendar.monthrange(int(ymd[0]), int(ymd[1]))[1]


def display_date(iso: str | None) -> str:
    """Human form that keeps the precision: ``27 Jan 2025``, ``Jan 2025``, ``Q4 2024``, a range."""
    if not iso:
        return "date unknown"
    if "/" not in iso:
        return _one_date(iso)
    start, end = iso.split("/", 1)
    s, e = start.split("-"), end.split("-")
    if len(s) == 2 and len(e) == 2 and s[0] == e[0] and (s[1], e[1]) in _QUARTERS:
        return f"{_QUARTERS[(s[1], e[1])]} {s[0]}"
    if len(s) == 3 and len(e) == 3 and s[:2] == e[:2]:
        # "late January 2025" was written, not 21 to 31 January
        days = (int(s[2]), int(e[2]))
        part = next((p for p, (a, b) in MONTH_PARTS.items() if days[0] == a and days[1] in (b, _last_day(s))), "")
        if part:
            return f"{part} {_one_date(start[:7])}"
    return f"{_one_date(start)} – {_one_date(end)}"


def anchor(prefix: str, item_id: str) -> Markup:
    """An HTML id for an item (safe in attributes, attr_list and URLs)."""
    return Markup(f"{prefix}-{slug(item_id)}")


def slug(text: str) -> str:
    """A file- and anchor-safe name (ASCII letters, digits, dashes)."""
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return s or "item"


@dataclass(frozen=True)
class SourceView:
    """An article as the pages name it."""

    id: str
    file: str
    title: str
    outlet: str
    published: str | None
    date: str
    url: str | None
    sha256: str
    encoding: str
    page: str
    raw: str
    order: int
    """Position in the fixed source order (coverage cells)."""


@dataclass(frozen=True)
class CiteView:
    """A citation resolved to the sentence that contains it."""

    source: SourceView
    sentence: str
    quote: str
    start: int
    end: int


@dataclass
class FactView:
    """A fact with everything its card shows."""

    id: str
    anchor: str
    category: str
    text: str
    parties: list[PartyView]
    cites: list[CiteView]
    sources: list[SourceView]
    coverage: list[tuple[SourceView, bool]]
    dates: list[str]
    editorial: str
    disputed: str = ""
    """Anchor of the discrepancy row about this fact, if any."""

    @property
    def n(self) -> int:
        """Corroboration: distinct sources."""
        return len(self.sources)

    @property
    def outlets(self) -> str:
        """The reporting outlets in source order, unknown ones counted once: "Reuters, 2 unknown outlets"."""
        return outlet_list(self.sources)


def outlet_list(sources: list[SourceView]) -> str:
    """Outlet names, each once, in order; sources without a known outlet summed at the end."""
    known = list(dict.fromkeys(s.outlet for s in sources if s.outlet != "unknown outlet"))
    unknown = sum(1 for s in sources if s.outlet == "unknown outlet")
    if unknown:
        known.append("an unknown outlet" if unknown == 1 else f"{unknown} unknown outlets")
    return ", ".join(known)


@dataclass
class PartyView:
    """A party with its page and what it is linked to."""

    id: str
    name: str
    kind: str
    role: str
    aliases: list[str]
    page: str
    cites: list[CiteView]
    facts: list[FactView] = field(default_factory=list)
    quotes: list[object] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class CitedBy:
    """A back-link from a sentence to an item that cites it."""

    label: str
    page: str
    anchor: str


def line_sentences(doc_raw: str, file: str) -> tuple[Sentence, ...]:
    """Fallback segmentation (one sentence per non-empty line) when no Document was given."""
    out, pos = [], 0
    for i, line in enumerate(doc_raw.split("\n")):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            out.append(Sentence(f"l{i + 1}", file, start, start + len(stripped), stripped, i))
        pos += len(line) + 1
    return tuple(out)


class Library:
    """Sources, their sentences, and the lookup from a citation to its sentence."""

    def __init__(self, sheet: FactSheet) -> None:
        ordered = sorted(sheet.sources, key=lambda a: (a.published or "9999", a.file))
        self.sources: dict[str, SourceView] = {}
        for i, a in enumerate(ordered):
            sid = source_id(a.file)
            self.sources[a.file] = SourceView(
                id=sid, file=a.file, title=a.title or a.file, outlet=a.outlet or "unknown outlet",
                published=a.published, date=display_date(a.published) if a.published else "date unknown",
                url=safe_url(a.url), sha256=a.sha256, encoding=a.encoding,
                page=f"sources/{sid if _SAFE_NAME.fullmatch(sid) else slug(sid)}.md",
                raw="sources/raw/" + re.sub(r"[^\w.-]", "_", a.file).lstrip("."), order=i)
        docs = {d.article.file: d for d in sheet.documents}
        self.sentences: dict[str, tuple[Sentence, ...]] = {}
        for a in sheet.sources:
            doc: Document | None = docs.get(a.file)
            self.sentences[a.file] = doc.sentences if doc else line_sentences(a.raw, a.file)
        self.articles = {a.file: a for a in sheet.sources}

    @property
    def ordered(self) -> list[SourceView]:
        """Sources in the fixed order: publication date, then file name."""
        return sorted(self.sources.values(), key=lambda s: s.order)

    def sentence_of(self, c: Citation) -> Sentence | None:
        """The sentence containing the citation's start (first overlapping one as a fallback)."""
        sents = self.sentences.get(c.source, ())
        for s in sents:
            if s.start <= c.start < s.end:
                return s
        for s in sents:
            if s.start < c.end and c.start < s.end:
                return s
        return None

    def cite(self, c: Citation) -> CiteView:
        """Resolve a citation (an unknown source is a programming error upstream)."""
        src = self.sources[c.source]
        s = self.sentence_of(c)
        return CiteView(src, s.id if s else "", c.quote, c.start, c.end)

    def cites(self, cs: tuple[Citation, ...]) -> list[CiteView]:
        """Resolve citations in source order, then position."""
        return [self.cite(c) for c in sorted(cs, key=lambda c: (self.sources[c.source].order, c.start))]

    def cited_sentences(self, c: Citation) -> list[Sentence]:
        """Every sentence a citation overlaps."""
        return [s for s in self.sentences.get(c.source, ()) if s.start < c.end and c.start < s.end]


def fact_views(sheet: FactSheet, lib: Library, parties: dict[str, PartyView]) -> list[FactView]:
    """Facts in page order: corroboration first, then the pipeline's order (stable)."""
    disputed = {d.fact: anchor("disc", d.id) for d in sheet.discrepancies if d.fact}
    ordered_sources = lib.ordered
    out = []
    for f in sheet.facts:
        srcs = [lib.sources[x] for x in sorted(set(f.sources), key=lambda x: lib.sources[x].order)]
        files = {s.file for s in srcs}
        out.append(FactView(
            id=f.id, anchor=fact_anchor(f), category=f.category, text=f.text,
            parties=[parties[p] for p in f.parties if p in parties], cites=lib.cites(f.citations),
            sources=srcs, coverage=[(s, s.file in files) for s in ordered_sources],
            dates=[display_date(d) for d in f.dates], editorial=f.editorial,
            disputed=disputed.get(f.id, "")))
    return sorted(out, key=lambda v: -v.n)


def fact_anchor(f: Fact) -> str:
    """Stable anchor of a fact card (derived from its id)."""
    return Markup(f.id if re.fullmatch(r"[A-Za-z][\w-]*", f.id) else "fact-" + slug(f.id))


def party_views(sheet: FactSheet, lib: Library) -> dict[str, PartyView]:
    """Parties by id, each with its page; file names unique even if two slugs collide."""
    out: dict[str, PartyView] = {}
    used: set[str] = set()
    for p in sheet.parties:
        name = slug(p.id)
        while name in used or name == "index":
            name += "-x"
        used.add(name)
        out[p.id] = PartyView(p.id, p.name, p.kind, p.role, list(p.aliases), f"parties/{name}.md",
                              lib.cites(p.role_citations or p.mentions[:1]),
                              sources={c.source for c in p.mentions})
    return out


def cited_by(sheet: FactSheet, lib: Library, pages: dict[str, str]) -> dict[tuple[str, str], list[CitedBy]]:
    """(file, sentence id) -> back-links to the facts, quotes, events and discrepancies citing it."""
    out: dict[tuple[str, str], list[CitedBy]] = defaultdict(list)

    def add(cs: tuple[Citation, ...], label: str, page: str, anchor: str) -> None:
        seen = set()
        for c in cs:
            for s in lib.cited_sentences(c):
                key = (c.source, s.id)
                if key not in seen:
                    seen.add(key)
                    out[key].append(CitedBy(label, page, anchor))

    for f in sheet.facts:
        add(f.citations, f"{pages[f.category + ':title']}: {shorten(f.text)}", pages[f.category], fact_anchor(f))
    for q in sheet.quotes:
        add(q.citations, f"Quote: {q.speaker_name or 'unattributed'}", "quotes.md", anchor("quote", q.id))
    for e in sheet.timeline:
        add(e.citations, "Timeline · " + display_date(e.date), "timeline.md", anchor("event", e.id))
    for d in sheet.discrepancies:
        for v in d.versions:
            add(v.citations, f"Discrepancy: {shorten(d.topic)}", "discrepancies.md", anchor("disc", d.id))
    return dict(out)


def shorten(text: str, limit: int = 90) -> str:
    """The first words of a text, for back-links and labels."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def build_date(sheet: FactSheet) -> str | None:
    """The sheet's date, from the data: the latest publication date (never today's date)."""
    dates = sorted(a.published[:10] for a in sheet.sources if a.published)
    return dates[-1] if dates else None
