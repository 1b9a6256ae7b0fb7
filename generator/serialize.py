"""``facts.json``: the data contract (schema_version 1) and its JSON Schema."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from .models import Article, Citation, Discrepancy, Event, Fact, FactSheet, Party, Quote, Version

SCHEMA_VERSION = 1


def _cite(c: Citation) -> dict[str, Any]:
    return {"source": c.source, "start": c.start, "end": c.end, "quote": c.quote}


def _cites(cs: tuple[Citation, ...]) -> list[dict[str, Any]]:
    return [_cite(c) for c in cs]


def source_id(file: str) -> str:
    """Id of a source: its file name without the extension."""
    return file.rsplit(".", 1)[0]


def _source(a: Article) -> dict[str, Any]:
    return {
        "id": source_id(a.file), "file": a.file, "title": a.title, "outlet": a.outlet,
        "url": a.url, "published": a.published, "published_basis": a.published_basis,
        "encoding": a.encoding, "sha256": a.sha256,
    }


def to_dict(sheet: FactSheet) -> dict[str, Any]:
    """The JSON-ready form of a fact sheet."""
    return {
        "schema_version": SCHEMA_VERSION,
        "title": sheet.title,
        "summary": sheet.summary,
        "sources": [_source(a) for a in sheet.sources],
        "parties": [
            {"id": p.id, "name": p.name, "aliases": list(p.aliases), "kind": p.kind, "role": p.role,
             "mentions": _cites(p.mentions), "role_citations": _cites(p.role_citations)}
            for p in sheet.parties
        ],
        "facts": [
            {"id": f.id, "category": f.category, "text": f.text, "parties": list(f.parties),
             "corroboration": len(f.sources), "dates": list(f.dates), "editorial": f.editorial,
             "citations": _cites(f.citations)}
            for f in sheet.facts
        ],
        "quotes": [
            {"id": q.id, "speaker": q.speaker, "speaker_name": q.speaker_name, "text": q.text,
             "citations": _cites(q.citations)}
            for q in sheet.quotes
        ],
        "timeline": [
            {"id": e.id, "date": e.date, "event": e.event, "category": e.category,
             "citations": _cites(e.citations)}
            for e in sheet.timeline
        ],
        "discrepancies": [
            {"id": d.id, "topic": d.topic, "fact": d.fact,
             "versions": [{"value": v.value, "citations": _cites(v.citations)} for v in d.versions]}
            for d in sheet.discrepancies
        ],
    }


def dumps(sheet: FactSheet) -> str:
    """Serialise deterministically (sorted nothing: the order is the pipeline's, which is stable)."""
    return json.dumps(to_dict(sheet), ensure_ascii=False, indent=2) + "\n"


def _uncite(items: list[dict[str, Any]]) -> tuple[Citation, ...]:
    return tuple(Citation(c["source"], c["start"], c["end"], c["quote"]) for c in items)


def from_dict(data: dict[str, Any], raws: dict[str, str] | None = None) -> FactSheet:
    """Rebuild a fact sheet from its JSON form (``raws``: file name -> text, for sources)."""
    raws = raws or {}
    return FactSheet(
        title=data.get("title", ""),
        summary=data.get("summary", ""),
        sources=tuple(
            Article(s["file"], raws.get(s["file"], ""), s.get("encoding", "utf-8"), s.get("sha256", ""),
                    s.get("title", ""), s.get("outlet"), s.get("url"), s.get("published"),
                    s.get("published_basis", "unknown"))
            for s in data["sources"]),
        parties=tuple(Party(p["id"], p["name"], tuple(p["aliases"]), p["kind"], p["role"],
                            _uncite(p["mentions"]), _uncite(p.get("role_citations", [])))
                      for p in data["parties"]),
        facts=tuple(Fact(f["id"], f["category"], f["text"], tuple(f["parties"]), _uncite(f["citations"]),
                         tuple(f.get("dates", [])), f.get("editorial", ""))
                    for f in data["facts"]),
        quotes=tuple(Quote(q["id"], q["speaker"], q["speaker_name"], q["text"], _uncite(q["citations"]))
                     for q in data["quotes"]),
        timeline=tuple(Event(e["id"], e["date"], e["event"], _uncite(e["citations"]),
                             e.get("category", "background"))
                       for e in data["timeline"]),
        discrepancies=tuple(
            Discrepancy(d["id"], d["topic"],
                        tuple(Version(v["value"], _uncite(v["citations"])) for v in d["versions"]),
                        d.get("fact", ""))
            for d in data["discrepancies"]),
    )


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of ``facts.json``, shipped in the package."""
    text = resources.files("generator").joinpath("data/facts.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def validate(data: dict[str, Any]) -> list[str]:
    """Schema problems of a ``facts.json`` document, as ``path: message`` lines (empty when valid)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
            for e in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))]
