#!/usr/bin/env python3
"""Extraction scores on every corpus with a gold file: the seeds and our own test stories.

usage: python benchmarks/score_all.py [--no-story] [--body-only] [NAME...]
  --no-story   ignore story.yml, as on unseen stories
  --body-only  also score against the gold without the facts it cites only from headlines, bullet
               summaries, ticker lines and other page furniture. The seeds gold cites none of those;
               the golds of our own stories cite many. A second view, not a replacement: the SCORE
               line stays the shared scorer's on the whole gold.
Prints the scorer's figures per corpus (benchmarks/score.py is the shared scorer, unchanged).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from generator import ingest  # noqa: E402
from generator.pipeline import extract_corpus  # noqa: E402
from generator.segment import segment_article  # noqa: E402
from generator.serialize import dumps  # noqa: E402
from generator.storyfile import Story  # noqa: E402

CORPORA = {"seeds": ROOT / "seeds"} | {
    name: ROOT / "benchmarks/corpora" / name
    for name in ("doorplug", "outage", "horizon", "eufine", "emissions", "privacy", "accounts", "wirecard",
                 "shortseller", "breach", "danske", "ftx", "svb", "qatargate", "derail", "telecom", "formula",
                 "exchange", "crashtest", "welfare", "dominion", "juukan", "kobesteel", "activision", "luckin",
                 "whistle", "vale", "note7", "evergrande", "peloton", "ghosn", "talc", "olympus", "roundup",
                 "grounding", "carillion", "theranos", "seafood", "analytica", "funding", "maggi", "creditsuisse",
                 "binance", "chipotle", "ericsson", "huawei", "glencore", "optus", "uber", "takata",
                 "nikola", "pwc", "lafarge", "perrier", "toshiba", "airbus", "purdue", "boohoo",
                 "tesco", "satyam", "goldman", "mitsubishi", "steinhoff", "westpac", "didi", "fonterra",
                 "barclays", "toyota", "valeant", "snclavalin", "markopolos", "philips", "crown",
                 "deepwater", "hsbc", "wellsfargo", "abbott", "phonehacking", "samsung", "rollsroyce", "fifa",
                 "solarwinds", "nutrage", "greensill", "lactalis", "ghostflights",
                 "patisserie", "meltdown", "zantac", "enron", "starwood", "nmc", "grenfell", "gamestop",
                 "pge", "paytm", "pferries", "archegos",
                 "thameswater", "medibank", "celsius", "kobayashi",
                 "signa", "orpea", "mtn", "livenation",
                 "byjus", "swedbank", "earplugs", "terra",
                 "dws", "loblaw", "americanas", "juul", "cba", "ranaplaza", "countrygarden", "alibaba",
                 "teslarecall", "kraftheinz", "deutscheepstein", "japanpost",
                 "tdbank", "mcdonalds", "supermicro", "starcasino", "kakao", "unitedhealth", "samarco", "odey",
                 "evergiven", "amp", "nso", "parmalat", "adani", "bhs", "odebrecht", "allianz",
                 "firstenergy", "boarshead", "mckinsey", "tongaat", "coinbase", "hmxinjiang",
                 "gmignition", "ubsfrance", "adm", "macys", "ing", "lordstown",
                 "daihatsu", "colonial", "hawaiian", "cruise", "kpmgsa", "uberbreach", "mudge", "tunabonds",
                 "ryanair", "tether", "yeezy", "babreach",
                 "mscyber", "icahn", "crowdstrike", "patanjali",
                 "hino", "latitude", "batterygate", "zte", "hertz", "clearview", "ftcprime", "rocknplay", "yesbank",
                 "tsb", "grifols", "kiatheft", "mgm", "adler", "citirevlon", "pfas", "ubisoft", "hydro", "stanchart",
                 "reckitt", "trafigura", "synapse", "southernwater", "boeingwhistle", "firstrepublic", "iqiyi",
                 "frank", "pidnigeria", "ozy", "abnamro")}


def body_gold(gold: Path, corpus: Path, out: Path) -> None:
    """The gold with its fact sources that lie in a headline or other non-body line left out."""
    docs = {a.file: segment_article(a) for a in ingest.read_corpus(corpus)}
    data = yaml.safe_load(gold.read_text(encoding="utf-8"))

    def in_body(src: dict) -> bool:
        doc = docs.get(src["file"])
        at = doc.article.raw.find(src["quote"]) if doc else -1
        return at >= 0 and any(s.start <= at < s.end and s.citable and not s.heading for s in doc.sentences)

    facts = []
    for fact in data.get("facts") or []:
        sources = [src for src in fact.get("sources") or [] if in_body(src)]
        if sources:
            facts.append(dict(fact, sources=sources))
    out.write_text(yaml.safe_dump(dict(data, facts=facts), allow_unicode=True), encoding="utf-8")


def main() -> int:
    no_story = "--no-story" in sys.argv
    body_only = "--body-only" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    for name, corpus in CORPORA.items():
        gold = ROOT / "benchmarks/gold" / f"{name}.yaml"
        if (only and name not in only) or not corpus.is_dir() or not gold.is_file():
            continue
        sheet, _ = extract_corpus(corpus, Story() if no_story else None)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
            fh.write(dumps(sheet))
        out = subprocess.run([sys.executable, str(ROOT / "benchmarks/score.py"), fh.name, str(gold), str(corpus)],
                             capture_output=True, text=True, check=False)
        print(f"== {name}{' (no story.yml)' if no_story else ''}")
        print(out.stdout.strip() or out.stderr.strip())
        if body_only:
            body = Path(tempfile.mkdtemp()) / f"{name}.yaml"  # the scorer names the corpus after the file
            body_gold(gold, corpus, body)
            out = subprocess.run([sys.executable, str(ROOT / "benchmarks/score.py"), fh.name, str(body), str(corpus)],
                                 capture_output=True, text=True, check=False)
            line = next((ln for ln in out.stdout.splitlines() if ln.startswith("SCORE")), out.stderr.strip())
            print(line.replace("SCORE ", "BODY-ONLY ", 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
