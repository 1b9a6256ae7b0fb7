"""Apply the story file to an extracted fact sheet: titles, parties, fact edits, editor quotes.

Every quote an editor writes is verified against the raw text of its source; offsets are
computed here, never written by hand. Pure functions over frozen values.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import replace

from .errors import InputError
from .models import Article, Citation, Document, Fact, FactSheet, Party, Quote
from .storyfile import AddedFact, EditorCitation, PartyOverride, SourceMeta, Story

# ---------------------------------------------------------------- source metadata

def source_overrides(story: Story) -> dict[str, dict[str, str]]:
    """File name -> the metadata the editor gives (title, outlet, url, published), for ingest."""
    return {m.file: {k: v for k in ("title", "outlet", "url", "published") if (v := getattr(m, k))}
            for m in story.sources}


def override_article(article: Article, meta: SourceMeta | None) -> Article:
    """The article with the editor's title, outlet, url and published date where given."""
    if meta is None:
        return article
    changes: dict[str, str] = {k: v for k in ("title", "outlet", "url") if (v := getattr(meta, k))}
    if meta.published:
        changes.update(published=meta.published, published_basis="story")
    return replace(article, **changes) if changes else article


# ---------------------------------------------------------------- verifying editor quotes

_QUOTES = {c: "'" for c in "‘’‚‛′"} | {c: '"' for c in "“”„‟″«»"}
_DASHES = {c: "-" for c in "‐‑‒–—―−"}
_DASH_SET = {"-", *_DASHES}
_KINDS = {"quotes": "curly quotes", "dashes": "dashes", "spaces": "whitespace"}


def _normalise(text: str, kinds: tuple[str, ...] = tuple(_KINDS)) -> tuple[str, list[int], list[int]]:
    """Text with the given kinds of typography normalised, and each output char's raw start/end."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        if "quotes" in kinds:
            ch = _QUOTES.get(ch, ch)
        if "dashes" in kinds:
            ch = _DASHES.get(ch, ch)
        if "spaces" in kinds and ch.isspace():
            if chars and chars[-1] == " ":
                ends[-1] = i + 1
                continue
            ch = " "
        chars.append(ch)
        starts.append(i)
        ends.append(i + 1)
    if "spaces" in kinds:  # "a — b" and "a—b" are the same words: drop spaces around dashes
        padded = ["", *chars, ""]
        keep = [k for k, ch in enumerate(chars)
                if not (ch == " " and (padded[k] in _DASH_SET or padded[k + 2] in _DASH_SET))]
        chars, starts, ends = [chars[k] for k in keep], [starts[k] for k in keep], [ends[k] for k in keep]
    return "".join(chars), starts, ends


def _near_match(raw: str, quote: str) -> tuple[str, list[str]] | None:
    """The exact raw text a quote matches after normalising typography, and what had to be normalised."""
    norm_raw, starts, ends = _normalise(raw)
    norm_quote = _normalise(quote.strip())[0]
    i = norm_raw.find(norm_quote) if norm_quote else -1
    if i < 0:
        return None
    exact = raw[starts[i]:ends[i + len(norm_quote) - 1]]
    needed = [label for kind, label in _KINDS.items()
              if _normalise(exact, tuple(k for k in _KINDS if k != kind))[0]
              != _normalise(quote, tuple(k for k in _KINDS if k != kind))[0]]
    return exact, needed or list(_KINDS.values())


def _occurrences(raw: str, quote: str) -> list[int]:
    out, i = [], raw.find(quote)
    while i >= 0:
        out.append(i)
        i = raw.find(quote, i + 1)
    return out


def _citable(doc: Document | None, start: int, end: int) -> bool:
    """True when the span lies in content, not in boilerplate or a repeated copy of the body."""
    if doc is None:
        return True
    return all(s.citable for s in doc.sentences if s.start < end and start < s.end)


def _cite(story: Story, cite: EditorCitation, key: str, raws: Mapping[str, str],
          docs: Mapping[str, Document]) -> Citation | str:
    """The citation of an editor quote, or the problem with it as a message."""
    where = f"{story.path}:{cite.line}: {key}"
    raw = raws.get(cite.source)
    if raw is None:
        return f"{where}: source {cite.source!r} is not an article of this corpus; use one of {', '.join(sorted(raws))}"
    found = _occurrences(raw, cite.quote)
    if found:
        start = next((i for i in found if _citable(docs.get(cite.source), i, i + len(cite.quote))), found[0])
        return Citation(cite.source, start, start + len(cite.quote), cite.quote)
    near = _near_match(raw, cite.quote)
    shown = json.dumps(cite.quote, ensure_ascii=False)
    if near is None:
        return f"{where}: quote not found in {cite.source}: {shown}; copy the exact words from the file"
    exact, needed = near
    return (f"{where}: quote in {cite.source} matches only after normalising {' and '.join(needed)}: {shown}; "
            f"use the exact text: {json.dumps(exact, ensure_ascii=False)}")


def _editor_citations(story: Story) -> list[tuple[str, EditorCitation]]:
    return [(f"facts.add[{i}].citations[{j}].quote", c)
            for i, fact in enumerate(story.facts.add, 1) for j, c in enumerate(fact.citations, 1)]


def check_story(story: Story, raws: Mapping[str, str]) -> list[str]:
    """Every problem with the quotes an editor wrote, as ``story.yml:LINE: key: message`` lines."""
    results = (_cite(story, c, key, raws, {}) for key, c in _editor_citations(story))
    return [r for r in results if isinstance(r, str)]


# ---------------------------------------------------------------- parties

def _norm_name(name: str) -> str:
    text = " ".join(_normalise(name)[0].casefold().split())
    return text[4:] if text.startswith("the ") else text


def _names(p: Party) -> set[str]:
    return {_norm_name(n) for n in (p.name, *p.aliases)}


def _found_party(o: PartyOverride, taken: set[str], raws: Mapping[str, str],
                 docs: Mapping[str, Document]) -> Party | None:
    """A party the machine missed, from the verbatim occurrences of its name and aliases; None if none."""
    mentions = set()
    for source in sorted(raws):
        for name in (o.name, *o.aliases):
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", raws[source]):
                if _citable(docs.get(source), m.start(), m.end()):
                    mentions.add(Citation(source, m.start(), m.end(), m.group()))
    if not mentions:
        return None
    slug = re.sub(r"[^a-z0-9]+", "-", _normalise(o.name)[0].casefold()).strip("-")[:40] or "party"
    pid = next(i for n in range(1, len(taken) + 2) if (i := f"party-{slug}" + (f"-{n}" if n > 1 else "")) not in taken)
    return Party(pid, o.name, tuple(dict.fromkeys(a for a in o.aliases if a != o.name)), o.kind or "other",
                 o.role or "", tuple(sorted(mentions, key=lambda c: c.key)))


def _apply_party(parties: list[Party], o: PartyOverride, path: str, raws: Mapping[str, str],
                 docs: Mapping[str, Document]) -> tuple[list[Party], dict[str, str | None], str]:
    """Parties after one override, the id map (old id -> surviving id, None when removed), a warning."""
    wanted = {_norm_name(n) for n in (o.name, *o.aliases)}
    matched = [p for p in parties if _names(p) & wanted]
    if not matched:
        found = None if o.reject else _found_party(o, {p.id for p in parties}, raws, docs)
        if found:
            return [*parties, found], {}, ""
        what = "reject" if o.reject else "add, rename or merge"
        return parties, {}, (f"{path}:{o.line}: parties: no party is called {o.name!r}"
                             f"{' or ' + ', '.join(map(repr, o.aliases)) if o.aliases else ''}"
                             f"{'' if o.reject else ' and no article contains these names'}; nothing to {what} "
                             "(check the spelling against the parties page and the articles, or remove the entry)")
    if o.reject:
        return [p for p in parties if p not in matched], {p.id: None for p in matched}, ""
    canonical = _norm_name(o.name)
    survivor = min(matched, key=lambda p: (_norm_name(p.name) != canonical, -len(p.mentions), parties.index(p)))
    aliases: dict[str, str] = {}
    for n in (*(n for p in matched for n in (p.name, *p.aliases)), *o.aliases):
        if n.casefold() != o.name.casefold():
            aliases.setdefault(n.casefold(), n)
    merged = Party(
        id=survivor.id, name=o.name, aliases=tuple(sorted(aliases.values(), key=str.casefold)),
        kind=o.kind or survivor.kind,
        role=o.role if o.role is not None else (survivor.role or next((p.role for p in matched if p.role), "")),
        mentions=tuple(sorted({c for p in matched for c in p.mentions}, key=lambda c: c.key)),
        # an editor's role line is the editor's words: the machine's citations no longer support it
        role_citations=() if o.role is not None else tuple(
            sorted({c for p in matched for c in p.role_citations}, key=lambda c: c.key)),
    )
    out = [merged if p is survivor else p for p in parties if p is survivor or p not in matched]
    return out, {p.id: survivor.id for p in matched}, ""


def _repoint(sheet: FactSheet, ids: Mapping[str, str | None], parties: tuple[Party, ...],
             claimed: set[str]) -> FactSheet:
    """Facts and quotes pointing at merged or removed parties, re-pointed; quotes without a speaker
    whose speaker name is one the editor listed get that party."""
    by_id = {p.id: p for p in parties}
    by_name = {n: p for p in parties for n in _names(p) if n in claimed}
    old_names = {p.id: _names(p) for p in sheet.parties}

    def fact(f: Fact) -> Fact:
        new = tuple(dict.fromkeys(i for p in f.parties if (i := ids.get(p, p)) is not None))
        return f if new == f.parties else replace(f, parties=new)

    def quote(q: Quote) -> Quote:
        if q.speaker is None:
            party = by_name.get(_norm_name(q.speaker_name)) if q.speaker_name else None
            return replace(q, speaker=party.id, speaker_name=party.name) if party else q
        if q.speaker not in ids:
            return q
        new = ids[q.speaker]
        if new is None:
            return replace(q, speaker=None)
        # "Doe" becomes "Jane Doe"; "an Acme spokesperson" stays as the text says it
        was_name = not q.speaker_name or _norm_name(q.speaker_name) in old_names.get(q.speaker, set())
        return replace(q, speaker=new, speaker_name=by_id[new].name if was_name else q.speaker_name)

    return replace(sheet, parties=parties, facts=tuple(map(fact, sheet.facts)), quotes=tuple(map(quote, sheet.quotes)))


def _edit_parties(sheet: FactSheet, story: Story, raws: Mapping[str, str]) -> tuple[FactSheet, list[str]]:
    parties, ids, warnings = list(sheet.parties), {}, []
    docs = {d.article.file: d for d in sheet.documents}
    for o in story.parties:
        parties, step, warning = _apply_party(parties, o, story.path, raws, docs)
        # compose: anything that pointed at an id now merged or removed follows it
        ids = {old: (step.get(new, new) if new is not None else None) for old, new in ids.items()} | step
        if warning:
            warnings.append(warning)
    claimed = {_norm_name(n) for o in story.parties if not o.reject for n in (o.name, *o.aliases)}
    return _repoint(sheet, ids, tuple(parties), claimed), warnings


# ---------------------------------------------------------------- facts

def added_fact_id(fact: AddedFact) -> str:
    """Stable id of an editor's fact: a hash of its category and its cited words."""
    key = "\n".join([fact.category, *(f"{c.source}\0{c.quote}" for c in fact.citations)])
    return "fact-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def _edit_facts(sheet: FactSheet, story: Story, raws: Mapping[str, str]) -> tuple[FactSheet, list[str]]:
    edits, path = story.facts, story.path
    known = {f.id for f in sheet.facts}
    warnings = [f"{path}:{ref.line}: facts.{verb}: no fact {ref.id!r} in this build (the articles or the "
                "extraction changed); remove it or use an id from facts.json"
                for verb, refs in (("reject", edits.reject), ("relabel", edits.relabel))
                for ref in refs if ref.id not in known]
    rejected = {r.id for r in edits.reject}
    relabel = {r.id: r.category for r in edits.relabel}
    facts = [replace(f, category=relabel[f.id], editorial=f.editorial or "relabelled")
             if f.id in relabel and relabel[f.id] != f.category else f
             for f in sheet.facts if f.id not in rejected]

    docs = {d.article.file: d for d in sheet.documents}
    names = {n: p.id for p in sheet.parties for n in _names(p)}
    errors: list[str] = []
    taken = {f.id for f in facts}
    for i, add in enumerate(edits.add, 1):
        cites = [_cite(story, c, f"facts.add[{i}].citations[{j}].quote", raws, docs)
                 for j, c in enumerate(add.citations, 1)]
        errors += [c for c in cites if isinstance(c, str)]
        fid = added_fact_id(add)
        if fid in taken:
            errors.append(f"{path}:{add.line}: facts.add[{i}]: the same fact (category and quotes) is already "
                          f"there as {fid}; remove the duplicate")
        missing = [n for n in add.parties if _norm_name(n) not in names]
        warnings += [f"{path}:{add.line}: facts.add[{i}].parties: no party called {n!r}; ignored" for n in missing]
        if errors:
            continue
        taken.add(fid)
        facts.append(Fact(fid, add.category, add.text,
                          tuple(dict.fromkeys(names[_norm_name(n)] for n in add.parties if n not in missing)),
                          tuple(sorted((c for c in cites if isinstance(c, Citation)), key=lambda c: c.key)),
                          add.dates, "added"))
    if errors:
        raise InputError("\n".join([*errors, f"{path}: fix the quotes (exact words from the file) and run again."]))
    kept = {f.id for f in facts}
    discrepancies = tuple(replace(d, fact="") if d.fact and d.fact not in kept else d for d in sheet.discrepancies)
    return replace(sheet, facts=tuple(facts), discrepancies=discrepancies), warnings


# ---------------------------------------------------------------- the stage

def apply_story(sheet: FactSheet, story: Story, raws: Mapping[str, str]) -> tuple[FactSheet, tuple[str, ...]]:
    """The fact sheet with the editor's decisions applied, and the warnings they raised.

    Raises InputError when an editor's quote is not verbatim in its source.
    """
    meta = {m.file: m for m in story.sources}
    sheet = replace(
        sheet,
        title=story.title or sheet.title,
        summary=story.summary or sheet.summary,
        sources=tuple(override_article(a, meta.get(a.file)) for a in sheet.sources),
    )
    sheet, party_warnings = _edit_parties(sheet, story, raws)
    sheet, fact_warnings = _edit_facts(sheet, story, raws)
    return sheet, (*story.warnings, *party_warnings, *fact_warnings)
