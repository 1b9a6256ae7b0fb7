"""The story file (``story.yml`` beside the articles): source metadata and editorial decisions.

Read with line numbers kept, validated into frozen values; every problem is reported as
``story.yml:LINE: key: message``. Unknown keys are warnings (``--strict`` makes them errors).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import InputError
from .ingest import article_files
from .models import CATEGORIES, KINDS

STORY_FILE = "story.yml"
"""Name of the story file inside the corpus folder."""

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_PARTIAL = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """Metadata of one article that beats what ingest infers from the text."""

    file: str
    """Article file name in the corpus folder (the key under ``sources``)."""
    title: str | None = None
    """Headline to show for the article."""
    outlet: str | None = None
    """Publisher (``Reuters``)."""
    url: str | None = None
    """Address of the original article."""
    published: str | None = None
    """Publication date, ISO ``YYYY-MM-DD``; relative dates in the text resolve against it."""
    line: int = 0
    """Line of the entry in the story file."""


@dataclass(frozen=True, slots=True)
class PartyOverride:
    """An editor's decision about one party: rename, merge aliases, set kind and role, or reject."""

    name: str
    """Canonical name; a party already called this, or known by one of ``aliases``, takes it."""
    aliases: tuple[str, ...] = ()
    """Other names; every party whose name or alias is one of them merges into this one."""
    kind: str | None = None
    """Kind override: one of ``models.KINDS``."""
    role: str | None = None
    """Role line override (one sentence, the editor's words)."""
    reject: bool = False
    """Remove the party: a false positive of extraction."""
    line: int = 0
    """Line of the entry in the story file."""


@dataclass(frozen=True, slots=True)
class FactRef:
    """A fact id named by the editor (to reject or relabel)."""

    id: str
    """Fact id as in ``facts.json`` (``fact-xxxxxxxx``)."""
    category: str = ""
    """New category (relabel only)."""
    line: int = 0
    """Line in the story file."""


@dataclass(frozen=True, slots=True)
class EditorCitation:
    """Words an editor says a source contains; verified against the file, offsets computed."""

    source: str
    """Article file name."""
    quote: str
    """Exact words from the file."""
    line: int = 0
    """Line of the quote in the story file."""


@dataclass(frozen=True, slots=True)
class AddedFact:
    """A fact the machine missed, written by the editor and cited by exact quotes."""

    category: str
    """One of ``models.CATEGORIES``."""
    text: str
    """The statement, in the editor's words."""
    citations: tuple[EditorCitation, ...]
    """At least one verbatim quote."""
    parties: tuple[str, ...] = ()
    """Names of the parties involved (matched against party names and aliases)."""
    dates: tuple[str, ...] = ()
    """ISO dates or ranges the statement refers to."""
    line: int = 0
    """Line of the entry in the story file."""


@dataclass(frozen=True, slots=True)
class FactEdits:
    """Edits to the extracted facts."""

    reject: tuple[FactRef, ...] = ()
    """Facts to drop."""
    relabel: tuple[FactRef, ...] = ()
    """Facts to move to another category."""
    add: tuple[AddedFact, ...] = ()
    """Facts to add."""


@dataclass(frozen=True, slots=True)
class Story:
    """Everything the story file says; empty when there is none."""

    title: str | None = None
    """Title of the fact sheet."""
    summary: str | None = None
    """The story in two or three sentences, for the home page and the PDF."""
    sources: tuple[SourceMeta, ...] = ()
    """Per-article metadata."""
    parties: tuple[PartyOverride, ...] = ()
    """Party corrections, applied in order."""
    facts: FactEdits = field(default_factory=FactEdits)
    """Fact corrections."""
    path: str = STORY_FILE
    """The story file as named in messages."""
    warnings: tuple[str, ...] = ()
    """Problems that do not stop the build (``--strict`` makes them errors)."""


def _keys(cls: type, *skip: str) -> tuple[str, ...]:
    """The keys the story file may use for a value: the dataclass's fields (the schema is the type)."""
    return tuple(f.name for f in fields(cls) if f.name not in ("line", *skip))


class _Reader:
    """Collects problems while turning YAML nodes into values."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def problem(self, node: Node | None, key: str, message: str, *, warn: bool = False) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        (self.warnings if warn else self.errors).append(f"{self.path}:{line}: {key}: {message}")

    def mapping(self, node: Node, key: str, allowed: tuple[str, ...]) -> dict[str, tuple[Node, Node]] | None:
        """Key -> (key node, value node); unknown keys warn (with a suggestion), duplicates are errors."""
        if not isinstance(node, MappingNode):
            self.problem(node, key or "(top level)", f"expected a mapping of {', '.join(allowed) or 'names'}, "
                         f"got {_what(node)}")
            return None
        out: dict[str, tuple[Node, Node]] = {}
        for k, v in node.value:
            name = k.value if isinstance(k, ScalarNode) else str(k.value)
            path = f"{key}.{name}" if key else name
            if allowed and name not in allowed:
                close = difflib.get_close_matches(name, allowed, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(allowed)})"
                self.problem(k, path, f"unknown key, ignored{hint}", warn=True)
            elif name in out:
                self.problem(k, path, "duplicate key; keep only one")
            else:
                out[name] = (k, v)
        return out

    def text(self, node: Node, key: str, *, required: bool = False) -> str | None:
        """A string scalar (numbers and dates are taken as written); None when null."""
        if isinstance(node, ScalarNode):
            if node.tag.endswith(":null"):
                if required:
                    self.problem(node, key, "must not be empty")
                return None
            value = node.value.strip()
            if required and not value:
                self.problem(node, key, "must not be empty")
            return value
        hint = "; put text that contains ': ' in quotes" if isinstance(node, MappingNode) else ""
        self.problem(node, key, f"expected text, got {_what(node)}{hint}")
        return None

    def texts(self, node: Node, key: str) -> tuple[tuple[str, Node], ...]:
        """A list of strings, each with its node."""
        if not isinstance(node, SequenceNode):
            self.problem(node, key, f"expected a list like [a, b], got {_what(node)}")
            return ()
        out = []
        for i, item in enumerate(node.value, 1):
            value = self.text(item, f"{key}[{i}]", required=True)
            if value:
                out.append((value, item))
        return tuple(out)

    def choice(self, node: Node, key: str, choices: tuple[str, ...]) -> str | None:
        value = self.text(node, key, required=True)
        if value and value not in choices:
            self.problem(node, key, f"{value!r} is not one of {', '.join(choices)}")
            return None
        return value

    def flag(self, node: Node, key: str) -> bool:
        if isinstance(node, ScalarNode) and node.tag.endswith(":bool"):
            return node.value.lower() in ("true", "yes", "on", "y")
        self.problem(node, key, f"expected true or false, got {_what(node)}")
        return False


def _what(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return "nothing" if node.tag.endswith(":null") else repr(node.value)


def _articles(corpus_dir: Path) -> tuple[str, ...]:
    try:
        return tuple(p.name for p in article_files(corpus_dir))
    except InputError:  # ingest reports an empty or missing folder itself
        return ()


def _no_article(r: _Reader, node: Node, key: str, name: str, corpus_dir: Path) -> None:
    articles = _articles(corpus_dir)
    close = difflib.get_close_matches(name, articles, n=1, cutoff=0.8)
    hint = f"did you mean {close[0]!r}?" if close else "use the file name of an article there"
    r.problem(node, key, f"no article file {name!r} in {corpus_dir}; {hint}")


def _sources(r: _Reader, node: Node, corpus_dir: Path) -> tuple[SourceMeta, ...]:
    files = r.mapping(node, "sources", ())
    out = []
    for name, (knode, vnode) in (files or {}).items():
        key = f"sources.{name}"
        if name not in _articles(corpus_dir):
            _no_article(r, knode, key, name, corpus_dir)
            continue
        fields = r.mapping(vnode, key, _keys(SourceMeta, "file"))
        if fields is None:
            continue
        vals = {k: r.text(v, f"{key}.{k}") for k, (_, v) in fields.items()}
        published = vals.get("published")
        if published is not None and not _is_day(published):
            r.problem(fields["published"][1], f"{key}.published",
                      f"{published!r} is not an ISO date; write it as YYYY-MM-DD, e.g. 2025-01-29")
            vals["published"] = None
        url = vals.get("url")
        if url is not None and not re.match(r"https?://\S+$", url):
            r.problem(fields["url"][1], f"{key}.url", f"{url!r} is not a web address; write it as https://...")
            vals["url"] = None
        out.append(SourceMeta(name, vals.get("title"), vals.get("outlet"), vals.get("url"), vals.get("published"),
                              knode.start_mark.line + 1))
    return tuple(out)


def _is_day(value: str) -> bool:
    try:
        return bool(_ISO_DAY.fullmatch(value)) and date.fromisoformat(value) is not None
    except ValueError:
        return False


def is_iso_date(value: str) -> bool:
    """``2025-01-27``, ``2025-01``, ``2025`` or a range ``2024-10/2024-12``."""
    return all(_ISO_PARTIAL.fullmatch(part) for part in value.split("/", 1))


def _parties(r: _Reader, node: Node) -> tuple[PartyOverride, ...]:
    if not isinstance(node, SequenceNode):
        r.problem(node, "parties", f"expected a list of parties ('- name: ...'), got {_what(node)}")
        return ()
    out = []
    for i, item in enumerate(node.value, 1):
        key = f"parties[{i}]"
        fields = r.mapping(item, key, _keys(PartyOverride))
        if fields is None:
            continue
        if "name" not in fields:
            r.problem(item, f"{key}.name", "missing; every party entry needs the name it is known by")
            continue
        name = r.text(fields["name"][1], f"{key}.name", required=True)
        aliases = tuple(a for a, _ in r.texts(fields["aliases"][1], f"{key}.aliases")) if "aliases" in fields else ()
        kind = r.choice(fields["kind"][1], f"{key}.kind", KINDS) if "kind" in fields else None
        role = r.text(fields["role"][1], f"{key}.role") if "role" in fields else None
        reject = r.flag(fields["reject"][1], f"{key}.reject") if "reject" in fields else False
        if name:
            out.append(PartyOverride(name, aliases, kind, role, reject, item.start_mark.line + 1))
    return tuple(out)


def _facts(r: _Reader, node: Node, corpus_dir: Path) -> FactEdits:
    fields = r.mapping(node, "facts", _keys(FactEdits))
    if not fields:
        return FactEdits()
    reject = tuple(FactRef(v, line=n.start_mark.line + 1)
                   for v, n in r.texts(fields["reject"][1], "facts.reject")) if "reject" in fields else ()
    relabel = []
    targets = r.mapping(fields["relabel"][1], "facts.relabel", ()) if "relabel" in fields else None
    for fid, (knode, vnode) in (targets or {}).items():
        category = r.choice(vnode, f"facts.relabel.{fid}", CATEGORIES)
        if category:
            relabel.append(FactRef(fid, category, knode.start_mark.line + 1))
    add = _added(r, fields["add"][1], corpus_dir) if "add" in fields else ()
    return FactEdits(reject, tuple(relabel), add)


def _added(r: _Reader, node: Node, corpus_dir: Path) -> tuple[AddedFact, ...]:
    if not isinstance(node, SequenceNode):
        r.problem(node, "facts.add", f"expected a list of facts ('- category: ...'), got {_what(node)}")
        return ()
    out = []
    for i, item in enumerate(node.value, 1):
        key = f"facts.add[{i}]"
        fields = r.mapping(item, key, _keys(AddedFact))
        if fields is None:
            continue
        for needed in ("category", "text", "citations"):
            if needed not in fields:
                r.problem(item, f"{key}.{needed}", "missing; an added fact needs category, text and citations")
        if len(fields.keys() & {"category", "text", "citations"}) < 3:
            continue
        category = r.choice(fields["category"][1], f"{key}.category", CATEGORIES)
        text = r.text(fields["text"][1], f"{key}.text", required=True)
        citations = _citations(r, fields["citations"][1], f"{key}.citations", corpus_dir)
        parties = tuple(p for p, _ in r.texts(fields["parties"][1], f"{key}.parties")) if "parties" in fields else ()
        dates = []
        for d, dnode in (r.texts(fields["dates"][1], f"{key}.dates") if "dates" in fields else ()):
            if is_iso_date(d):
                dates.append(d)
            else:
                r.problem(dnode, f"{key}.dates", f"{d!r} is not an ISO date; use 2025-01-27, 2025-01, 2025 "
                          "or a range 2024-10/2024-12")
        if category and text and citations:
            out.append(AddedFact(category, text, citations, parties, tuple(dates), item.start_mark.line + 1))
    return tuple(out)


def _citations(r: _Reader, node: Node, key: str, corpus_dir: Path) -> tuple[EditorCitation, ...]:
    if not isinstance(node, SequenceNode) or not node.value:
        r.problem(node, key, "expected a non-empty list of {source: FILE, quote: EXACT WORDS}")
        return ()
    out = []
    for i, item in enumerate(node.value, 1):
        ckey = f"{key}[{i}]"
        fields = r.mapping(item, ckey, _keys(EditorCitation))
        if fields is None:
            continue
        if "source" not in fields or "quote" not in fields:
            r.problem(item, ckey, "needs both source (an article file name) and quote (exact words from it)")
            continue
        source = r.text(fields["source"][1], f"{ckey}.source", required=True)
        quote = r.text(fields["quote"][1], f"{ckey}.quote", required=True)
        if source and source not in _articles(corpus_dir):
            _no_article(r, fields["source"][1], f"{ckey}.source", source, corpus_dir)
        elif source and quote:
            out.append(EditorCitation(source, quote, fields["quote"][1].start_mark.line + 1))
    return tuple(out)


def load_story(corpus_dir: Path) -> Story:
    """Read and validate ``corpus_dir/story.yml``; an empty Story when there is none.

    Raises InputError listing every problem as ``story.yml:LINE: key: message``.
    """
    file = Path(corpus_dir) / STORY_FILE
    if not file.is_file():
        return Story(path=str(file))
    r = _Reader(str(file))
    try:
        text = file.read_bytes().decode("utf-8-sig")
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except OSError as err:
        raise InputError(f"{file}: cannot read the story file ({err.strerror}); check its permissions") from None
    except UnicodeDecodeError as err:
        raise InputError(f"{file}: not UTF-8 ({err.reason} at byte {err.start}); "
                         "save the story file as UTF-8") from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 1
        what = err.problem or "invalid YAML"
        if err.context and err.context_mark and mark is not err.context_mark:
            what += f" ({err.context}, which starts on line {err.context_mark.line + 1})"
        raise InputError(f"{file}:{line}: YAML syntax: {what}; fix the syntax (quote text that contains "
                         "': ', '#' or starts with a quote mark) and run again") from None
    except yaml.YAMLError as err:
        raise InputError(f"{file}: YAML syntax: {err}; fix the syntax and run again") from None
    if root is None:
        return Story(path=str(file))
    top = r.mapping(root, "", _keys(Story, "path", "warnings"))
    story = Story(path=str(file))
    if top is not None:
        story = Story(
            title=r.text(top["title"][1], "title") if "title" in top else None,
            summary=r.text(top["summary"][1], "summary") if "summary" in top else None,
            sources=_sources(r, top["sources"][1], Path(corpus_dir)) if "sources" in top else (),
            parties=_parties(r, top["parties"][1]) if "parties" in top else (),
            facts=_facts(r, top["facts"][1], Path(corpus_dir)) if "facts" in top else FactEdits(),
            path=str(file),
        )
    if r.errors:
        raise InputError("\n".join([*r.errors, *r.warnings,
                                    f"{file}: {len(r.errors)} problem(s); fix them and run again."]))
    return Story(story.title, story.summary, story.sources, story.parties, story.facts, str(file), tuple(r.warnings))
