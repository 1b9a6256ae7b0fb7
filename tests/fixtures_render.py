"""A small hand-built FactSheet (three tiny articles, one hostile) for the render, site and PDF tests."""
from __future__ import annotations

import hashlib
import re

from generator.models import (
    Article,
    Citation,
    Discrepancy,
    Document,
    Event,
    Fact,
    FactSheet,
    Party,
    Quote,
    Sentence,
    Span,
    Version,
)

HOSTILE = ("Critics wrote <script>alert(1)</script> and [x](javascript:alert(1)) {: onclick=alert(1)} "
           "with *emph* | pipes | and `ticks` in the comments.")

ARTICLES = {
    "alpha.txt": (
        "Regulator opens probe into Acme\n"
        "The Trade Authority opened an investigation into Acme Corp. on 27 January 2025. "
        "Acme shares fell 12% after the announcement.\n"
        "Acme declined to comment.\n"
        "Share this article\n"
    ),
    "beta.txt": (
        "Acme under scrutiny\n"
        "The Trade Authority is investigating Acme Corp. over data practices. "
        "Shares in Acme fell 10% on Monday.\n"
        "\"We will cooperate fully,\" said Jane Roe, Acme's chief executive.\n"
    ),
    "gamma.txt": (
        "Comment: the Acme affair\n"
        + HOSTILE + "\n"
        "Acme was founded in 2010 and employs 4,000 people.\n"
    ),
}

META = {
    "alpha.txt": ("Regulator opens probe into Acme", "Daily Planet", "https://planet.example/acme",
                  "2025-01-27"),
    "beta.txt": ("Acme under scrutiny", "Evening Post", "javascript:alert(1)", "2025-01-28"),
    "gamma.txt": ("Comment: the <b>Acme</b> affair </title><script>alert(2)</script>", "The *Bugle* | weekly",
                  None, "2025-01-29"),
}


def _segment(file: str, raw: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    pos = 0
    for para, line in enumerate(raw.split("\n")):
        for m in re.finditer(r"[^.!?]+(?:[.!?]+\"?|$)", line):
            text = m.group(0).strip()
            if not text:
                continue
            start = pos + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            boiler = "share prompt" if text == "Share this article" else ""
            out.append(Sentence(f"s{len(out) + 1}", file, start, start + len(text), text, para,
                                heading=para == 0, boilerplate=boiler))
        pos += len(line) + 1
    return tuple(out)


def cite(raw_by_file: dict[str, str], file: str, words: str) -> Citation:
    """Citation of the first occurrence of ``words`` in ``file``."""
    start = raw_by_file[file].index(words)
    return Citation(file, start, start + len(words), words)


def make_sheet() -> FactSheet:
    """The test fact sheet: every section, a quote, a non-answer, a discrepancy, a hostile source."""
    raws = dict(ARTICLES)
    articles = tuple(
        Article(f, raws[f], "utf-8", hashlib.sha256(raws[f].encode()).hexdigest(), *META[f], "story")
        for f in sorted(raws))
    docs = tuple(Document(a, (), _segment(a.file, a.raw)) for a in articles)
    docs = tuple(Document(d.article, tuple(Span(s.start, s.end, s.boilerplate) for s in d.sentences
                                           if s.boilerplate), d.sentences) for d in docs)

    def c(file: str, words: str) -> Citation:
        return cite(raws, file, words)

    parties = (
        Party("acme", "Acme Corp.", ("Acme",), "company", "the company under investigation",
              (c("alpha.txt", "Acme Corp."), c("beta.txt", "Acme Corp.")), (c("gamma.txt", "Acme was founded"),)),
        Party("trade-authority", "Trade Authority", (), "regulator", "",
              (c("alpha.txt", "The Trade Authority"),)),
        Party("jane-roe", "Jane Roe", ("Roe",), "person", "Acme's chief executive",
              (c("beta.txt", "Jane Roe"),), (c("beta.txt", "Jane Roe, Acme's chief executive"),)),
        Party("critics", HOSTILE[:40], (), "other", HOSTILE, (c("gamma.txt", "Critics wrote"),)),
    )
    facts = (
        Fact("fact-probe", "regulatory_action", "The Trade Authority is investigating Acme Corp.",
             ("trade-authority", "acme"),
             (c("alpha.txt", "The Trade Authority opened an investigation into Acme Corp. on 27 January 2025."),
              c("beta.txt", "The Trade Authority is investigating Acme Corp. over data practices."))),
        Fact("fact-shares", "market_impact", "Acme shares fell after the investigation was announced.",
             ("acme",), (c("alpha.txt", "Acme shares fell 12% after the announcement."),
                         c("beta.txt", "Shares in Acme fell 10% on Monday."))),
        Fact("fact-data", "allegation", "Acme is under scrutiny over its data practices.",
             ("acme", "trade-authority"), (c("beta.txt", "over data practices"),)),
        Fact("fact-hostile", "allegation", HOSTILE, ("critics", "acme"), (c("gamma.txt", HOSTILE),)),
        Fact("fact-noc", "response", "Acme declined to comment.", ("acme",),
             (c("alpha.txt", "Acme declined to comment."),)),
        Fact("fact-cooperate", "response", "Acme's chief executive said the company will cooperate.",
             ("jane-roe", "acme"), (c("beta.txt", "\"We will cooperate fully,\" said Jane Roe"),)),
        Fact("fact-founded", "background", "Acme was founded in 2010 and employs 4,000 people.", ("acme",),
             (c("gamma.txt", "Acme was founded in 2010 and employs 4,000 people."),)),
    )
    quotes = (
        Quote("q-cooperate", "jane-roe", "Jane Roe", "We will cooperate fully,",
              (c("beta.txt", "We will cooperate fully,"),)),
        Quote("q-noc", "acme", "Acme Corp.", "declined to comment", (c("alpha.txt", "declined to comment"),)),
        Quote("q-hostile", None, "", HOSTILE, (c("gamma.txt", HOSTILE),)),
    )
    timeline = (
        Event("ev-founded", "2010", "Acme is founded.", (c("gamma.txt", "Acme was founded in 2010"),), "background"),
        Event("ev-probe", "2025-01-27", "The Trade Authority opens an investigation into Acme.",
              (c("alpha.txt", "opened an investigation into Acme Corp. on 27 January 2025"),), "regulatory_action"),
        Event("ev-q4", "2024-10/2024-12", HOSTILE, (c("gamma.txt", HOSTILE),), "background"),
    )
    discrepancies = (
        Discrepancy("d-fall", "How far Acme shares fell", (
            Version("12%", (c("alpha.txt", "Acme shares fell 12%"),)),
            Version("10%", (c("beta.txt", "Shares in Acme fell 10%"),)),
        ), "fact-shares"),
    )
    return FactSheet("The Acme investigation", "A regulator is investigating Acme; its shares fell. " + HOSTILE,
                     articles, parties, facts, quotes, timeline, discrepancies, docs)


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def build_fixture_site(root, *, pdf: bool = False, offline: bool = False):
    """Render the test sheet and build it with MkDocs (strict) under ``root``; returns the site dir."""
    from pathlib import Path

    from generator.render import render_docs
    from generator.site import build_site

    root = Path(root)
    render_docs(make_sheet(), root / "docs")
    config = Path(__file__).resolve().parent.parent / "mkdocs.yml"
    build_site(root / "docs", root / "site", config_file=config, strict=True, pdf=pdf, offline=offline)
    return root / "site"


def chromium_path():
    """The system Chromium, or None."""
    import os
    import shutil

    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
