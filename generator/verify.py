"""Verification: every citation of a fact sheet is verbatim at its offsets in its source."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

from .errors import CitationError
from .models import Article, Citation, FactSheet


def all_citations(sheet: FactSheet) -> Iterator[tuple[str, Citation]]:
    """(where, citation) for every citation the sheet carries."""
    for p in sheet.parties:
        for c in (*p.mentions, *p.role_citations):
            yield f"party {p.id}", c
    for f in sheet.facts:
        for c in f.citations:
            yield f"fact {f.id}", c
    for q in sheet.quotes:
        for c in q.citations:
            yield f"quote {q.id}", c
    for e in sheet.timeline:
        for c in e.citations:
            yield f"timeline {e.id}", c
    for d in sheet.discrepancies:
        for v in d.versions:
            for c in v.citations:
                yield f"discrepancy {d.id}", c


def citation_problems(sheet: FactSheet, raws: Mapping[str, str]) -> list[str]:
    """Every citation that does not match its source, as readable lines."""
    problems = []
    for where, c in all_citations(sheet):
        raw = raws.get(c.source)
        if raw is None:
            problems.append(f"{c.source}: {where} cites a file that is not in the corpus")
        elif raw[c.start:c.end] != c.quote:
            problems.append(f"{c.source}:{raw.count(chr(10), 0, c.start) + 1}: {where}: quote {c.quote[:60]!r} "
                            f"is not the text at {c.start}:{c.end} ({raw[c.start:c.end][:60]!r})")
    return problems


def verify(sheet: FactSheet, raws: Mapping[str, str]) -> int:
    """Raise CitationError listing every mismatch; return the number of citations checked."""
    problems = citation_problems(sheet, raws)
    if problems:
        raise CitationError("citations that are not verbatim in their sources (the build stops):\n  "
                            + "\n  ".join(problems[:50]))
    return sum(1 for _ in all_citations(sheet))


def requoted(sheet: FactSheet, articles: Mapping[str, Article]) -> FactSheet:
    """The sheet with every citation's quote read again from its file at its offsets.

    Extraction reads a hard-wrapped file with its line breaks as spaces and a marked-up one with its
    entities as characters (``Article.body``, the same length); what a citation quotes is the file itself,
    line breaks and entities whole."""
    def again(cites: tuple[Citation, ...]) -> tuple[Citation, ...]:
        out = []
        for c in cites:
            a = articles.get(c.source)
            if a is not None:
                start, end = a.snapped(c.start, c.end)
                c = replace(c, start=start, end=end, quote=a.raw[start:end])
            out.append(c)
        return tuple(out)

    return replace(
        sheet,
        parties=tuple(replace(p, mentions=again(p.mentions), role_citations=again(p.role_citations))
                      for p in sheet.parties),
        facts=tuple(replace(f, citations=again(f.citations)) for f in sheet.facts),
        quotes=tuple(replace(q, citations=again(q.citations)) for q in sheet.quotes),
        timeline=tuple(replace(e, citations=again(e.citations)) for e in sheet.timeline),
        discrepancies=tuple(replace(d, versions=tuple(replace(v, citations=again(v.citations)) for v in d.versions))
                            for d in sheet.discrepancies),
    )
