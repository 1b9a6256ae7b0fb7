"""Consolidate across articles: statements that say the same thing become one fact with every
citation; dated statements become timeline entries; where sources give different dates, numbers or
wording for the same thing, a discrepancy records each version with its citations.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter, defaultdict
from functools import cache

from rapidfuzz import fuzz

from . import vocab
from .dates import start_of
from .models import Citation, Document, Event, Fact
from .statements import Statement

SAME_FACT = 62
"""Similarity (0-100) above which two statements from different articles are one fact."""
SAME_SLOT = 47
"""Lower similarity for statements about the same thing that may disagree on a date or number."""
BACKGROUND_JOIN = 5
"""Extra likeness needed for a context sentence to join a news fact (or the other way round)."""
RUN_CHARS = 400
"""Longest fact (in characters) that two neighbouring sentences may make."""


def _stem(word: str) -> str:
    w = word.casefold().replace("’", "'")
    w = re.sub(r"'s$", "", w)
    for suf in ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


@cache
def _stopwords() -> frozenset[str]:
    return vocab.words("cues", "stopwords")


def content_key(text: str) -> str:
    """Stemmed content words, for similarity."""
    words = re.findall(r"[A-Za-z][\w'’-]*|\d[\d.,]*", text)
    stop = _stopwords()
    return " ".join(_stem(w) for w in words if w.casefold() not in stop)


def similarity(a: str, b: str) -> float:
    """0-100: how much two statements say the same thing."""
    return float(fuzz.token_set_ratio(a, b)) * 0.5 + float(fuzz.token_sort_ratio(a, b)) * 0.5


def _fact_id(first: Citation) -> str:
    digest = hashlib.sha1(f"{first.source}|{content_key(first.quote)}".encode()).hexdigest()[:10]
    return f"fact-{digest}"


def cluster(statements: list[Statement], by_category: bool = True) -> list[list[Statement]]:
    """Greedy single pass: each statement joins the most similar cluster that lacks its source.

    Only clusters sharing at least two content words are compared (an inverted index), so the cost
    grows with the number of similar statements, not with the square of all statements.
    """
    keys = [content_key(s.text) for s in statements]
    clusters: list[list[int]] = []
    index: dict[str, set[int]] = defaultdict(set)
    for i, st in enumerate(statements):
        if not keys[i]:
            continue
        words = set(keys[i].split())
        shared_words = Counter(ci for w in words for ci in index.get(w, ()))
        best, best_score = -1, 0.0
        for ci, n in sorted(shared_words.items()):
            if n < 2:
                continue
            members = clusters[ci]
            if any(statements[m].source == st.source for m in members):
                continue
            if statements[members[0]].no_comment != st.no_comment:
                continue
            score = max(similarity(keys[i], keys[m]) for m in members)
            cats = {statements[m].category for m in members} - {"background"}
            if by_category and st.category != "background" and cats and st.category not in cats:
                score -= 20  # different kinds of statement: only near-identical wording merges
            elif by_category and (st.category == "background") != (not cats):
                score -= BACKGROUND_JOIN  # context joins news (or news joins context) only when close
            theirs = {p for m in members for p in statements[m].parties}
            shared = set(st.parties) & theirs
            if st.parties and theirs and not shared:
                if st.no_comment:
                    continue  # "Acme did not respond" and "Beta did not respond" are two facts
                score -= 10
            if score + (4 if shared else 0) > best_score:
                best, best_score = ci, score + (4 if shared else 0)
        if best >= 0 and best_score >= SAME_FACT:
            clusters[best].append(i)
            target = best
        else:
            clusters.append([i])
            target = len(clusters) - 1
        for w in words:
            index[w].add(target)
    return [[statements[m] for m in c] for c in clusters]


def _category(members: list[Statement]) -> str:
    votes = Counter(s.category for s in members)
    news = [c for c in votes if c != "background"]
    if news:
        # one article's explicit cue outweighs others' silence
        return max(news, key=lambda c: (votes[c], c == "response", c))
    return "background"


def join_neighbours(statements: list[Statement], documents: tuple[Document, ...]) -> list[Statement]:
    """The statements facts are made of: two neighbouring sentences of one paragraph that no other
    article reports read as one fact, when they are of one kind ("She has not commented since her
    arrest. Her office did not respond on Sunday.") or when one of them has no kind of its own (a
    background sentence tells its neighbour's circumstances). A sentence another article reports stays
    a fact of its own, so that its sources are counted together. A pair is at most ``RUN_CHARS`` long."""
    corroborated = {id(s) for c in cluster(statements) if len({m.source for m in c}) >= 2 for s in c}
    raws = {d.article.file: d.article.body for d in documents}
    position = {(d.article.file, s.id): i for d in documents for i, s in enumerate(d.sentences)}
    out: list[Statement] = []
    last, last_end = -2, -1  # position and end of the sentence out[-1] ends with (-1: a pair already)
    for st in statements:
        prev = out[-1] if out else None
        here = position.get((st.source, st.sentence.id), -2)
        if prev is not None and prev.source == st.source \
                and (prev.category == st.category or "background" in (prev.category, st.category)) \
                and prev.sentence.paragraph == st.sentence.paragraph and here == last + 1 \
                and prev.citation.end == last_end and st.citation.start == st.sentence.start \
                and st.citation.end - prev.citation.start <= RUN_CHARS \
                and id(prev) not in corroborated and id(st) not in corroborated:
            start, end = prev.citation.start, st.citation.end
            shift = st.citation.start - start
            here = -2  # a pair takes no third sentence
            out[-1] = dataclasses.replace(
                prev, category=prev.category if prev.category != "background" else st.category,
                citation=Citation(st.source, start, end, raws[st.source][start:end]),
                no_comment=prev.no_comment or st.no_comment,
                parties=tuple(dict.fromkeys(prev.parties + st.parties)),
                dates=prev.dates + tuple(dataclasses.replace(d, start=d.start + shift, end=d.end + shift)
                                         for d in st.dates))
        else:
            out.append(st)
        last, last_end = here, st.sentence.end
    return out


def build_facts(statements: list[Statement]) -> tuple[tuple[Fact, ...], dict[str, list[Statement]]]:
    """Facts (most corroborated first within each category) and their member statements by fact id."""
    facts: list[Fact] = []
    members_of: dict[str, list[Statement]] = {}
    for members in cluster(statements):
        members.sort(key=lambda s: (s.source, s.citation.start))
        cites = tuple(s.citation for s in members)
        fid = _fact_id(cites[0])
        while fid in members_of:
            fid = fid + "x"
        parties = tuple(dict.fromkeys(p for s in members for p in s.parties))
        dates_ = tuple(dict.fromkeys(d.value for s in members for d in s.dates))
        facts.append(Fact(fid, _category(members), members[0].text, parties, cites, dates_))
        members_of[fid] = members
    order = {c: i for i, c in enumerate(("allegation", "response", "regulatory_action", "market_impact",
                                         "background"))}
    facts.sort(key=lambda f: (order[f.category], -len(f.sources), f.citations[0].key))
    return tuple(facts), members_of


def build_timeline(facts: tuple[Fact, ...], members_of: dict[str, list[Statement]]) -> tuple[Event, ...]:
    """One entry per fact and date it mentions, citing the statements that give that date."""
    events: list[Event] = []
    for f in facts:
        by_value: dict[str, list[Statement]] = defaultdict(list)
        for st in members_of.get(f.id, []):
            for d in st.dates:
                by_value[d.value].append(st)
            if st.heading_date and not st.dates:  # an entry of a dated list, dated by its heading
                by_value[st.heading_date[0]].append(st)
        for value, stmts in sorted(by_value.items()):
            # (and the heading that gives the date, where the statement's own words give none)
            cites = list(dict.fromkeys([st.citation for st in stmts] + [
                st.heading_date[1] for st in stmts if st.heading_date and not st.dates]))
            eid = "event-" + hashlib.sha1(f"{f.id}|{value}".encode()).hexdigest()[:10]
            # the entry reads as the statement that gives this date, not the fact's first wording
            events.append(Event(eid, value, stmts[0].text, tuple(cites), f.category))
    events.sort(key=lambda e: (start_of(e.date), e.date, -len(e.citations), e.id))
    return tuple(events)
