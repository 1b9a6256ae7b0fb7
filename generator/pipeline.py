"""The recipe: corpus folder -> fact sheet. Each step is a pure function over frozen values."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from . import consolidate, discrepancies, editorial, ingest, offstory, parties, quotes, statements, verify
from .models import Document, FactSheet
from .segment import segment_article
from .storyfile import Story, load_story


def _title_from(doc: Document) -> str:
    """Headline of an article: the first headline-like line of four words or more before its first full
    sentence (a menu's "Menu Search" is no headline, a sub-head after the lead is none either), else the
    opening words of its first content line."""
    content = [s for s in doc.sentences if s.citable]
    if not content:
        return doc.article.file
    for s in content:
        if not s.heading:
            break
        if len(s.text.split()) >= 4:
            return s.text
    words = content[0].text.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def _story_title(docs: tuple[Document, ...], party_names: list[str]) -> str:
    top = " and ".join(party_names[:2])
    return f"What the sources report: {top}" if top else "What the sources report"


def extract_corpus(corpus_dir: Path, story: Story | None = None) -> tuple[FactSheet, tuple[str, ...]]:
    """Read, segment, extract, consolidate and edit a corpus; returns the sheet and warnings."""
    story = story if story is not None else load_story(corpus_dir)
    metadata = editorial.source_overrides(story)
    articles = ingest.read_corpus(corpus_dir, metadata)
    docs = tuple(segment_article(a) for a in articles)
    docs = tuple(d if metadata.get(d.article.file, {}).get("title")
                 else replace(d, article=replace(d.article, title=_title_from(d))) for d in docs)
    found_parties = parties.build_parties(docs)
    aside, others = offstory.off_story_items(docs, found_parties)
    if aside:  # a page that carries other stories' items too: read without them
        docs = offstory.set_aside(docs, aside)
        found_parties = parties.build_parties(docs, not_parties=frozenset(others))
    raw_quotes = {d.article.file: quotes.extract_quotes(d, found_parties) for d in docs}
    stmts = statements.story_statements(docs, found_parties, quotes.spoken_spans(raw_quotes))
    found_quotes = quotes.consolidate_quotes([q for d in docs for q in raw_quotes[d.article.file]])
    facts, members = consolidate.build_facts(consolidate.join_neighbours(stmts, docs))
    timeline = consolidate.build_timeline(facts, members)
    clusters = consolidate.cluster(stmts, by_category=False)  # same thing said, whatever its label
    published = {d.article.file: d.article.published for d in docs if d.article.published}
    found_discrepancies = discrepancies.find_discrepancies(stmts, clusters, found_quotes, found_parties, published)
    sheet = FactSheet(
        title=_story_title(docs, [p.name for p in found_parties if p.kind != "media"]),
        summary="",
        sources=tuple(d.article for d in docs),
        parties=found_parties,
        facts=facts,
        quotes=found_quotes,
        timeline=timeline,
        discrepancies=found_discrepancies,
        documents=docs,
    )
    raws = {a.file: a.raw for a in articles}
    if any(a.unwrapped for a in articles):
        # a hard-wrapped or subtitles file was read with its breaks as spaces, a marked-up one with its entities
        # as characters
        sheet = verify.requoted(sheet, {a.file: a for a in articles})
    sheet, warnings = editorial.apply_story(sheet, story, raws)
    verify.verify(sheet, raws)
    return sheet, tuple(warnings)
