"""Render a ``FactSheet`` into the MkDocs docs folder: Markdown pages, data files, raw articles, assets.

Every value a template prints goes through ``escape.finalize`` (article text is inert), every link
between pages is a relative Markdown link to a ``.md`` file (MkDocs checks and rewrites it), and
the output is written into a staging folder that replaces ``docs_dir`` only when all went well.
"""
from __future__ import annotations

import hashlib
import posixpath
import re
import shutil
import uuid
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
import yaml
from markupsafe import Markup, escape

from . import pageviews as pv
from .errors import BuildError
from .escape import finalize, inert, json_for_script, mermaid_label
from .models import Article, FactSheet
from .serialize import dumps

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
"""Jinja2 templates, the print document and static assets (the repository's ``templates/``)."""


@cache
def labels() -> dict[str, Any]:
    """Presentation words and limits from ``templates/labels.yml``."""
    return yaml.safe_load((TEMPLATES / "labels.yml").read_text(encoding="utf-8"))


def section_pages() -> dict[str, dict[str, str]]:
    """category -> {title, page, lead}, in the site's order."""
    return {s["category"]: s for s in labels()["sections"]}


def environment(html: bool = False) -> jinja2.Environment:
    """Jinja for Markdown pages (``finalize`` makes values inert) or for the HTML print document."""
    loader = jinja2.FileSystemLoader(str(TEMPLATES))
    options: dict[str, Any] = {"loader": loader, "autoescape": True, "undefined": jinja2.StrictUndefined,
                               "keep_trailing_newline": True, "trim_blocks": True, "lstrip_blocks": True}
    env = jinja2.Environment(**options) if html else jinja2.Environment(finalize=finalize, **options)
    env.filters["yaml_title"] = yaml_title
    env.filters["token"] = lambda s: Markup(re.sub(r"[^\w-]", "", str(s)))
    env.filters["quoted"] = quoted
    return env


def quoted(text: str) -> str:
    """Source words in quotation marks, unless they open with their own ("“We will appeal,” she said."
    is shown as written, not as ““We will appeal,” she said.”)."""
    return text if text.lstrip()[:1] in "“\"‘„«" else f"“{text}”"


def yaml_title(text: str) -> Markup:
    """A front-matter title: HTML-escaped (the theme prints titles raw) and YAML single-quoted."""
    one_line = " ".join(str(text).split())
    return Markup("'" + str(escape(one_line)).replace("'", "''") + "'")


class Notes:
    """Footnotes of one page: each citation marker gets a numbered note quoting the source."""

    def __init__(self, link: Any) -> None:
        self._link = link
        self._defs: list[str] = []

    def mark(self, cites: list[pv.CiteView]) -> Markup:
        """Markers ``[^n]`` for the citations; their notes are written by :meth:`block`."""
        out = []
        for c in cites:
            n = len(self._defs) + 1
            target = self._link(c.source.page, c.sentence)
            self._defs.append(
                f"[^{n}]: {inert(quoted(c.quote))} <span class=\"fs-note-src\">— {inert(c.source.outlet)}, "
                f"{inert(c.source.date)}</span> [{inert(c.source.title)} ({c.sentence or 'source'})]"
                f"({target}){{ .fs-cite-link }}")
            out.append(f"[^{n}]")
        return Markup("".join(out))

    def block(self) -> Markup:
        """All footnote definitions of the page (put at its end)."""
        return Markup("\n\n".join(self._defs))


def _linker(page: str):
    base = posixpath.dirname(page)

    def link(target: str, anchor: str = "") -> Markup:
        target = re.sub(r"[^\w./-]", "", target)
        anchor = re.sub(r"[^\w.:-]", "", anchor)
        rel = posixpath.relpath(target, base or ".")
        return Markup(rel + (f"#{anchor}" if anchor else ""))

    return link


def _key_numbers(facts: list[pv.FactView], limit: int) -> list[dict[str, Any]]:
    pattern = re.compile(labels()["key_number"], re.IGNORECASE)
    seen: set[str] = set()
    out = []
    for f in facts:
        for c in f.cites:
            m = pattern.search(c.quote)
            if m and m.group(0).strip() not in seen:
                seen.add(m.group(0).strip())
                out.append({"value": m.group(0).strip(), "fact": f, "cite": c})
                break
        if len(out) >= limit:
            break
    return out


def _non_answer(text: str) -> bool:
    low = text.lower()
    return any(cue in low for cue in labels()["non_answer_cues"])


def _party_graph(facts: list[pv.FactView], parties: dict[str, pv.PartyView]) -> str:
    """Mermaid flowchart: who acts on whom, from facts naming two or more parties."""
    sections = section_pages()
    edges: dict[tuple[str, str, str], int] = {}
    for f in facts:
        if len(f.parties) < 2:
            continue
        a = f.parties[0]
        for b in f.parties[1:]:
            if b.id != a.id:
                key = (a.id, b.id, f.category)
                edges[key] = edges.get(key, 0) + 1
    if not edges:
        return ""
    top = sorted(edges.items(), key=lambda kv: (-kv[1], kv[0]))[:14]
    ids = sorted({k[0] for k, _ in top} | {k[1] for k, _ in top})
    node = {pid: f"p{i}" for i, pid in enumerate(ids)}
    lines = ["flowchart LR"]
    for pid in ids:
        p = parties[pid]
        lines.append(f'  {node[pid]}["{mermaid_label(p.name, 40)}"]:::{p.kind}')
    for (a, b, cat), n in top:
        label = mermaid_label(sections[cat]["title"].lower(), 30) + (f" ×{n}" if n > 1 else "")
        lines.append(f'  {node[a]} -->|"{label}"| {node[b]}')
    return "\n".join(lines)


def _timeline_chart(events: list[dict[str, Any]]) -> str:
    if not events:
        return ""
    lines = ["timeline"]
    for e in events[:24]:
        lines.append(f"  {mermaid_label(e['date'], 30)} : {mermaid_label(e['event'], 70)}")
    return "\n".join(lines)


def _text_fragment(sentences: tuple) -> str:
    """``#:~:text=`` value for the first content sentence (its first words), or ""."""
    for s in sentences:
        if s.citable and not s.heading and len(s.text.split()) >= 4:
            return quote(" ".join(s.text.split()[:8]), safe="")
    return ""


def _raw_bytes(a: Article) -> bytes:
    """The article's bytes as they were on disk (a dropped BOM restored when the hash says so)."""
    try:
        data = a.raw.encode(a.encoding)
    except (LookupError, UnicodeEncodeError):
        return a.raw.encode("utf-8")
    if a.sha256 and hashlib.sha256(data).hexdigest() != a.sha256:
        bom = b"\xef\xbb\xbf" + data
        if hashlib.sha256(bom).hexdigest() == a.sha256:
            return bom
    return data


def collect(sheet: FactSheet, changes_md: str | None = None, previous: dict | None = None) -> dict[str, bytes]:
    """Every file of the docs folder, by relative path (deterministic)."""
    lib = pv.Library(sheet)
    sections = section_pages()
    parties = pv.party_views(sheet, lib)
    facts = pv.fact_views(sheet, lib, parties)
    for f in facts:
        for p in f.parties:
            p.facts.append(f)
    pages = {c: s["page"] for c, s in sections.items()} | {c + ":title": s["title"] for c, s in sections.items()}
    back = pv.cited_by(sheet, lib, pages)

    quotes = []
    for q in sheet.quotes:
        view = {"id": q.id, "anchor": pv.anchor("quote", q.id), "text": q.text, "speaker": q.speaker,
                "speaker_name": q.speaker_name or "Unattributed", "cites": lib.cites(q.citations),
                "muted": _non_answer(q.text), "party": parties.get(q.speaker or "")}
        quotes.append(view)
        if view["party"]:
            view["party"].quotes.append(view)
    events = sorted(
        ({"id": e.id, "anchor": pv.anchor("event", e.id), "iso": e.date, "date": pv.display_date(e.date),
          "event": e.event, "category": sections[e.category]["title"] if e.category in sections else e.category,
          "cites": lib.cites(e.citations), "n": len({c.source for c in e.citations})} for e in sheet.timeline),
        key=lambda e: (e["iso"].split("/")[0], e["iso"], e["id"]))
    discrepancies = [
        {"id": d.id, "anchor": pv.anchor("disc", d.id), "topic": d.topic,
         "fact": next((f for f in facts if f.id == d.fact), None),
         "versions": [{"value": v.value, "cites": lib.cites(v.citations),
                       "outlets": pv.outlet_list(sorted({lib.sources[c.source] for c in v.citations},
                                                        key=lambda x: x.order))}
                      for v in d.versions]}
        for d in sheet.discrepancies]
    by_category = {c: [f for f in facts if f.category == c] for c in sections}
    home = labels()["home"]
    common = {
        "sheet": sheet, "sources": lib.ordered, "sections": sections, "facts": facts,
        "by_category": by_category, "parties": list(parties.values()), "quotes": quotes, "events": events,
        "discrepancies": discrepancies, "kinds": labels()["kinds"], "build_date": pv.build_date(sheet),
        "display_date": pv.display_date, "lib": lib, "back": back, "home": home,
    }
    speakers: dict[str, list[dict[str, Any]]] = {}
    for q in quotes:
        speakers.setdefault(q["speaker_name"], []).append(q)
    jobs: list[tuple[str, str, dict[str, Any]]] = [
        ("index.md", "pages/index.md.j2", {
            "key_numbers": _key_numbers(facts, home["key_numbers"]),
            "key_events": sorted(sorted(events, key=lambda e: -e["n"])[: home["key_events"]],
                                 key=lambda e: e["iso"])}),
        ("parties/index.md", "pages/parties.md.j2", {"graph": _party_graph(facts, parties)}),
        ("timeline.md", "pages/timeline.md.j2", {"chart": _timeline_chart(events)}),
        ("quotes.md", "pages/quotes.md.j2", {"speakers": sorted(speakers.items(), key=lambda kv: (
            kv[0] == "Unattributed", -len(kv[1]), kv[0]))}),
        ("discrepancies.md", "pages/discrepancies.md.j2", {}),
        ("sources/index.md", "pages/sources.md.j2", {}),
        ("method.md", "pages/method.md.j2", {}),
        ("changes.md", "pages/changes.md.j2", {"changes_md": Markup(changes_md) if changes_md else None,
                                               "previous": previous}),
    ]
    for cat, sec in sections.items():
        jobs.append((sec["page"], "pages/section.md.j2", {
            "section": sec, "items": by_category[cat],
            "jsonld": Markup("'" + json_for_script(_claims_jsonld(by_category[cat], sec["title"])).replace("'", "''")
                             + "'")}))
    for p in parties.values():
        jobs.append((p.page, "pages/party.md.j2", {"party": p}))
    for s in lib.ordered:
        jobs.append((s.page, "pages/source.md.j2", {"source": s, "sentences": lib.sentences[s.file],
                                                     "article": lib.articles[s.file],
                                                     "first_text": _text_fragment(lib.sentences[s.file])}))

    stats = {s.file: {"cited": sum(1 for k in back if k[0] == s.file),
                      "facts": sum(1 for f in facts if s in f.sources)} for s in lib.ordered}
    common["source_stats"] = stats
    md_env = environment()
    files: dict[str, bytes] = {}
    for path, template, extra in jobs:
        link = _linker(path)
        ctx = common | extra | {"page": path, "url": link, "notes": Notes(link)}
        text = md_env.get_template(template).render(ctx)
        files[path] = (re.sub(r"\n{3,}", "\n\n", text).strip() + "\n").encode("utf-8")

    files["facts.json"] = dumps(sheet).encode("utf-8")
    files["facts.schema.json"] = resources.files("generator").joinpath("data/facts.schema.json").read_bytes()
    for a in sheet.sources:
        files[lib.sources[a.file].raw] = _raw_bytes(a)
    from .pdf import render_print  # the print document shares the views
    files["print.html"] = render_print(common).encode("utf-8")
    for asset in sorted((TEMPLATES / "assets").rglob("*")):
        if asset.is_file():
            files["assets/" + asset.relative_to(TEMPLATES / "assets").as_posix()] = asset.read_bytes()
    return files


def _claims_jsonld(facts: list[pv.FactView], title: str) -> dict[str, Any]:
    """schema.org ``Claim`` items with ``appearance`` pointing at the cited articles."""
    items = []
    for f in facts:
        appearances = []
        for s in f.sources:
            art: dict[str, Any] = {"@type": "NewsArticle", "headline": s.title,
                                   "publisher": {"@type": "Organization", "name": s.outlet}}
            if s.url:
                art["url"] = s.url
            if s.published:
                art["datePublished"] = s.published
            appearances.append(art)
        items.append({"@type": "Claim", "identifier": f.id, "text": f.text, "appearance": appearances})
    return {"@context": "https://schema.org", "@type": "ItemList", "name": title,
            "itemListElement": [{"@type": "ListItem", "position": i + 1, "item": c} for i, c in enumerate(items)]}


def write_tree(files: dict[str, bytes], target: Path) -> None:
    """Write files into a fresh sibling staging folder, then swap it in place of ``target``."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.staging-{uuid.uuid4().hex[:8]}")
    old = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:8]}")
    try:
        for rel in sorted(files):
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(files[rel])
        if target.exists():
            target.rename(old)
        staging.rename(target)
    except OSError as err:
        shutil.rmtree(staging, ignore_errors=True)
        if old.exists() and not target.exists():
            old.rename(target)
        raise BuildError(f"{target}: could not write the generated pages ({err.strerror or err}); "
                         "check that the folder is writable and not open in another program") from err
    shutil.rmtree(old, ignore_errors=True)


def render_docs(sheet: FactSheet, docs_dir: Path, *, previous: dict | None = None,
                changes_md: str | None = None) -> None:
    """Write every generated page, facts.json, its schema, the raw articles and assets into docs_dir."""
    try:
        files = collect(sheet, changes_md=changes_md, previous=previous)
    except jinja2.TemplateError as err:
        where = getattr(err, "filename", None) or "templates"
        line = getattr(err, "lineno", None)
        raise BuildError(f"{where}{':' + str(line) if line else ''}: template error: {err}") from err
    write_tree(files, Path(docs_dir))
