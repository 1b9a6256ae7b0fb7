"""Value objects that flow through the pipeline.

Every object is frozen: a stage builds new values, it never edits old ones. A statement that
reaches the reader (fact, quote, timeline entry, discrepancy version, party) cannot be built
without at least one citation, and a citation always points into the raw text of its source.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

CATEGORIES = ("allegation", "response", "regulatory_action", "market_impact", "background")
"""Fact categories, in the order the site and the PDF present them."""

KINDS = ("person", "company", "government", "regulator", "media", "other")
"""Party kinds."""


@dataclass(frozen=True, slots=True)
class Citation:
    """Exact words of a source: ``quote == raw[start:end]`` of the file named ``source``."""

    source: str
    """File name of the article (no directory)."""
    start: int
    """Offset of the first character in the decoded raw text."""
    end: int
    """Offset one past the last character."""
    quote: str
    """The cited words, verbatim."""

    def __post_init__(self) -> None:
        if not (0 <= self.start < self.end) or len(self.quote) != self.end - self.start:
            raise ValueError(f"{self.source}: malformed citation {self.start}:{self.end}")

    @property
    def key(self) -> tuple[str, int, int]:
        """Sort key: file, then position."""
        return (self.source, self.start, self.end)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of raw text, with the reason it was marked (boilerplate kind, etc.)."""

    start: int
    end: int
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """One source file as read from disk, with its metadata."""

    file: str
    """File name inside the corpus folder."""
    raw: str
    """Decoded text, untouched (a leading BOM dropped); every offset points into it."""
    encoding: str
    """Encoding used to decode the bytes."""
    sha256: str
    """Hash of the bytes on disk."""
    title: str
    """Headline: from the story file, else (set by the pipeline) the first headline-like content line."""
    outlet: str | None = None
    """Publisher, when known."""
    url: str | None = None
    """Address of the original, when known."""
    published: str | None = None
    """ISO date (``2025-01-29``) the article was published, when known or inferred."""
    published_basis: str = "unknown"
    """Where ``published`` comes from: ``story``, ``text``, ``corpus`` or ``unknown``."""
    unwrapped: str = ""
    """``raw`` with the line breaks inside its hard-wrapped paragraphs read as spaces (a subtitles file's cue
    numbers and timings too) and its markup read as what it shows (tags blank, "&#8217;" as "’"), the same
    length so that every offset holds, when the file is hard-wrapped, subtitles or marked up; else empty."""

    markup: tuple[tuple[int, int], ...] = ()
    """Spans of ``raw`` that a character entity takes ("&#8221;", with the letters ``unwrapped`` closed up
    to it), a name's bracketed spelling in its own script, or a word a printed column hyphenates at its fold
    ("mil-" over "lion", read whole), in order; empty when the file holds none."""

    @property
    def body(self) -> str:
        """The text extraction reads: ``unwrapped`` when the file is hard-wrapped, subtitles or marked up, else
        ``raw``."""
        return self.unwrapped or self.raw

    def snapped(self, start: int, end: int) -> tuple[int, int]:
        """``start`` and ``end`` moved out of any markup span they fall inside, so that the text between them
        holds each entity whole ("night,&#8221;", not "night,&")."""
        if not self.markup:
            return start, end
        at = bisect.bisect_right(self.markup, (start, len(self.raw)))
        if at and self.markup[at - 1][0] < start < self.markup[at - 1][1]:
            start = self.markup[at - 1][0]
        at = bisect.bisect_right(self.markup, (end, len(self.raw)))
        if at and self.markup[at - 1][0] < end < self.markup[at - 1][1]:
            end = self.markup[at - 1][1]
        return start, end


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a headline, list item or short line) with its offsets in the raw text."""

    id: str
    """Anchor on the source page, stable while the file is unchanged: ``s1``, ``s2`` ..."""
    source: str
    start: int
    end: int
    text: str
    """``raw[start:end]``."""
    paragraph: int
    """Index of the paragraph (line block) the sentence belongs to."""
    heading: bool = False
    """A headline or subheading (a short line without final punctuation)."""
    boilerplate: str = ""
    """Non-empty (the reason) when the sentence is page furniture, kept only for offsets."""
    duplicate_of: str = ""
    """Id of an earlier sentence with the same text in the same article (a body printed twice)."""

    @property
    def citable(self) -> bool:
        """Content that extraction may use."""
        return not self.boilerplate and not self.duplicate_of

    def citation(self, start: int | None = None, end: int | None = None) -> Citation:
        """Citation of the whole sentence or of a clause inside it (absolute offsets)."""
        s = self.start if start is None else start
        e = self.end if end is None else end
        return Citation(self.source, s, e, self.text[s - self.start:e - self.start])


@dataclass(frozen=True, slots=True)
class Document:
    """An article after cleaning and segmentation."""

    article: Article
    boilerplate: tuple[Span, ...]
    sentences: tuple[Sentence, ...]
    turns: tuple[Span, ...] = ()
    """The speaker labels of a transcript ("ANN ROE:", "Q:"), each the start of a turn that runs to the end of
    its paragraph; ``reason`` is the label as written."""
    posts: tuple[Span, ...] = ()
    """Embedded social-media posts: each the post's text, the lines right above its credit line ("— Ann Roe
    (@annroe) June 22, 2023"); ``reason`` is the author as the credit line writes it."""

    @property
    def content(self) -> tuple[Sentence, ...]:
        """Sentences extraction may use."""
        return tuple(s for s in self.sentences if s.citable)


def _require(citations: tuple[Citation, ...], what: str) -> None:
    if not citations:
        raise ValueError(f"{what} needs at least one citation")


@dataclass(frozen=True, slots=True)
class Party:
    """A person or organisation that acts in the story."""

    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    role: str
    mentions: tuple[Citation, ...]
    role_citations: tuple[Citation, ...] = ()
    """Where the role line comes from (appositions, titles)."""

    def __post_init__(self) -> None:
        _require(self.mentions, f"party {self.name!r}")
        if self.kind not in KINDS:
            raise ValueError(f"party {self.name!r}: unknown kind {self.kind!r}")


@dataclass(frozen=True, slots=True)
class Fact:
    """A statement reported by one or more sources."""

    id: str
    category: str
    text: str
    parties: tuple[str, ...]
    citations: tuple[Citation, ...]
    dates: tuple[str, ...] = ()
    """ISO dates or ranges the statement refers to."""
    editorial: str = ""
    """``added`` or ``relabelled`` when an editor's decision shaped it."""

    def __post_init__(self) -> None:
        _require(self.citations, f"fact {self.id}")
        if self.category not in CATEGORIES:
            raise ValueError(f"fact {self.id}: unknown category {self.category!r}")

    @property
    def sources(self) -> tuple[str, ...]:
        """Distinct source files, sorted: the corroboration."""
        return tuple(sorted({c.source for c in self.citations}))


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation, verbatim, with its speaker."""

    id: str
    speaker: str | None
    """Party id, when the speaker is a known party."""
    speaker_name: str
    """Name as resolved ("" when the text does not say who spoke)."""
    text: str
    citations: tuple[Citation, ...]

    def __post_init__(self) -> None:
        _require(self.citations, f"quote {self.id}")


@dataclass(frozen=True, slots=True)
class Event:
    """A dated entry of the timeline."""

    id: str
    date: str
    """ISO date, month, year or range ``2024-10/2024-12``."""
    event: str
    citations: tuple[Citation, ...]
    category: str = "background"
    """Category of the statement the date comes from."""

    def __post_init__(self) -> None:
        _require(self.citations, f"event {self.id}")


@dataclass(frozen=True, slots=True)
class Version:
    """One source's value for a disputed slot."""

    value: str
    citations: tuple[Citation, ...]

    def __post_init__(self) -> None:
        _require(self.citations, f"version {self.value!r}")


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """Sources that give different dates, numbers or wording for the same thing."""

    id: str
    topic: str
    versions: tuple[Version, ...]
    fact: str = ""
    """Id of the fact the discrepancy is about, when there is one."""


@dataclass(frozen=True, slots=True)
class FactSheet:
    """Everything known about the story: what ``facts.json`` serialises."""

    title: str
    summary: str
    sources: tuple[Article, ...]
    parties: tuple[Party, ...]
    facts: tuple[Fact, ...]
    quotes: tuple[Quote, ...]
    timeline: tuple[Event, ...]
    discrepancies: tuple[Discrepancy, ...]
    documents: tuple[Document, ...] = field(default=(), compare=False, repr=False)
    """Segmented articles, for pages that show every sentence (not serialised)."""
