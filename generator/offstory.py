"""Items of other stories on a page that carries several: a markets wrap's "STOCKS TO WATCH" items, a digest's
briefs. Each is a section under a heading that names a company of its own; none of the story's parties is in
it. Its sentences are set aside like page furniture (kept for offsets), so that its companies, quotes and
share moves do not enter the fact sheet."""
from __future__ import annotations

from dataclasses import replace

from .models import Document, Party, Sentence
from .statements import PartyMatcher

OFF_STORY = "another story's item"
"""The boilerplate reason given to the sentences of an item of another story."""


def _sections(doc: Document) -> list[tuple[Sentence, list[Sentence]]]:
    """Each citable heading with the citable sentences that follow it, up to the next heading."""
    out: list[tuple[Sentence, list[Sentence]]] = []
    for s in doc.sentences:
        if not s.citable:
            continue
        if s.heading:
            out.append((s, []))
        elif out:
            out[-1][1].append(s)
    return out


def off_story_items(docs: tuple[Document, ...], parties: tuple[Party, ...]) -> tuple[frozenset[str], set[str]]:
    """The ids of the sentences of other stories' items (``"file#id"``), and the names of the parties their
    headings name.

    An item is a section whose heading is a name (of a company no other article names, or one its first sentence
    opens with) and whose sentences name none of the parties two or more articles name ("SOLVIA ENERGÍA" and its
    takeover bid, on a page whose story is another company's); a page has two such items or none. With fewer
    than three articles no party is the story's more than another's."""
    if len(docs) < 3:
        return frozenset(), set()
    sources = {p.id: {c.source for c in p.mentions} for p in parties}
    story = {pid for pid, files in sources.items() if len(files) >= 2}
    by_name = {n.casefold(): p for p in parties for n in (p.name, *p.aliases)}
    find = PartyMatcher(parties)
    ids: set[str] = set()
    names: set[str] = set()
    for doc in docs:
        items = []
        for heading, body in _sections(doc):
            title = heading.text.strip()
            named = by_name.get(title.casefold())
            if named is not None and (named.kind != "company" or sources[named.id] != {doc.article.file}):
                continue
            if not body or (named is None and not _named_by(title, body[0].text)):
                continue
            if not any(pid in story for s in (heading, *body) for _, _, pid in find(s.text)):
                items.append((heading, body, named))
        if len(items) < 2:
            continue  # one section without the story's parties is part of the story ("REACTION")
        for heading, body, named in items:
            ids |= {f"{doc.article.file}#{s.id}" for s in (heading, *body)}
            names |= {named.name} if named else set()
    return frozenset(ids), names


def _named_by(title: str, first: str) -> bool:
    """Is the heading a name that the first sentence under it opens with ("TELMORA" over "Telmora rose 3.1%
    ...")? At most four words, each capitalised in the sentence."""
    words = title.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isalpha() for w in words):
        return False
    opening = first.split()[:len(words)]
    return [w.casefold() for w in opening] == [w.casefold() for w in words] and all(w[:1].isupper() for w in opening)


def set_aside(docs: tuple[Document, ...], ids: frozenset[str]) -> tuple[Document, ...]:
    """``docs`` with the sentences of ``ids`` made page furniture."""
    if not ids:
        return docs
    return tuple(replace(d, sentences=tuple(
        replace(s, boilerplate=OFF_STORY) if f"{d.article.file}#{s.id}" in ids else s for s in d.sentences))
        for d in docs)
