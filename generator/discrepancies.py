"""Discrepancies: where articles give different dates, figures, wording or titles for the same thing.

Each detector returns ``Discrepancy`` values whose versions cite the words of every article;
``find_discrepancies`` runs them all and reports each finding once.
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from collections import defaultdict
from difflib import SequenceMatcher
from functools import cache

from rapidfuzz import fuzz

from . import dates, figures, vocab
from .consolidate import SAME_SLOT, content_key, similarity
from .figures import amount_mentions, amounts, duration_mentions, rounded, vague_mentions
from .models import Citation, Discrepancy, Party, Quote, Version
from .quotes import wording_key
from .statements import PartyMatcher, Statement, inside_quote, no_comment_spans


@cache
def _times_of_day() -> re.Pattern[str]:
    return re.compile(r"\b(" + vocab.alternation(vocab.load("cues")["times_of_day"]) + r")\b", re.IGNORECASE)


def _short(text: str, n: int = 70) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


def _disc_id(topic: str, cites: list[Citation]) -> str:
    key = topic + "|" + "|".join(f"{c.source}:{c.start}" for c in sorted(cites, key=lambda c: c.key))
    return "disc-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def _discrepancy(topic: str, versions: tuple[Version, ...]) -> Discrepancy:
    return Discrepancy(_disc_id(topic, [c for v in versions for c in v.citations]), topic, versions)


def _context(text: str, start: int, end: int, drop: frozenset[str] = frozenset()) -> frozenset[str]:
    """Content words (no numbers, none of ``drop``) within 70 characters of ``text[start:end]``."""
    return _content_words(text[max(0, start - 70):end + 70], drop)


def _content_words(window: str, drop: frozenset[str] = frozenset()) -> frozenset[str]:
    """Stemmed content words of ``window``, synonyms made one, without numbers or any of ``drop``."""
    window = _heads_of_synonyms(window)
    return frozenset(w for w in content_key(window).split() if not w[:1].isdigit() and w not in drop)


_SHARE_WORDS = frozenset({"percent", "half", "third", "quarter", "fifth", "tenth"})
"""Words of the figure itself, not of what it measures."""


def _share_of(text: str, end: int) -> frozenset[str]:
    """What a share is a share of: the words after "of" ("a quarter of its balance sheet" -> balance, sheet)."""
    m = re.match(r"\s*of\s+(?:the|its|their|his|her|a|an|\w+[’']s)?\s*((?:[a-z-]+\s*){1,2})", text[end:end + 60])
    return frozenset(content_key(m.group(1)).split()) if m else frozenset()


@cache
def _synonym_of() -> dict[str, str]:
    return {w.casefold(): head for head, words in vocab.load("cues")["figure_synonyms"].items() for w in words}


def _heads_of_synonyms(text: str) -> str:
    """``text`` with each figure synonym written as its head ("offer" as "bid", "stock" as "share")."""
    return _synonyms().sub(lambda m: _synonym_of()[" ".join(m.group(0).casefold().split())], text)


@cache
def _synonyms() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + vocab.alternation(sorted(_synonym_of())) + r")\b", re.IGNORECASE)


def _versions(items: list[tuple], members: list[int], key) -> tuple[Version, ...]:
    """One version per value of ``key(item)``, worded as its first item (``item[2]``), citing every
    statement (``item[0]``) that gives it."""
    by_key: dict = defaultdict(list)
    for i in members:
        by_key[key(items[i])].append(i)
    return tuple(Version(items[idx[0]][2], tuple(dict.fromkeys(items[i][0].citation for i in idx)))
                 for _, idx in sorted(by_key.items()))


def _slot_groups(statements: list[Statement], want) -> list[list[Statement]]:
    """Groups of statements from different articles about the same thing, each passing ``want``.

    A group is anchored on its first statement and every member must resemble the anchor (no
    chaining: A like B and B like C does not put A with C).
    """
    cands = [s for s in statements if want(s)]
    keys = {id(s): content_key(s.text) for s in cands}
    groups: list[list[Statement]] = []
    for s in cands:
        best, best_score = None, 0.0
        for g in groups:
            if any(o.source == s.source for o in g):
                continue
            score = similarity(keys[id(s)], keys[id(g[0])])
            if score >= SAME_SLOT and score > best_score:
                best, best_score = g, score
        if best is not None:
            best.append(s)
        else:
            groups.append([s])
    return [g for g in groups if len({s.source for s in g}) >= 2]


def _groups(statements: list[Statement], clusters: list[list[Statement]], want,
            loose_want=None) -> list[list[Statement]]:
    """Fact clusters first (statements that say the same thing), then looser same-topic groups (of
    statements passing ``loose_want``, if given, else ``want``)."""
    out = [[s for s in c if want(s)] for c in clusters]
    out = [g for g in out if len({s.source for s in g}) >= 2]
    seen = {frozenset(id(s) for s in g) for g in out}
    for g in _slot_groups(statements, loose_want or want):
        ids = frozenset(id(s) for s in g)
        if not any(ids <= other for other in seen):
            out.append(g)
            seen.add(ids)
    return out


def date_discrepancies(statements: list[Statement], clusters: list[list[Statement]] = ()) -> list[Discrepancy]:
    """Statements about the same event that put it at different dates."""
    out = []
    # a request for comment unanswered on Monday in one article and on Friday in another is two requests
    for g in _groups(statements, list(clusters), lambda s: len({d.value for d in s.dates}) == 1
                     and not _report_date(s) and not s.no_comment):
        by_value: dict[str, list[tuple[str, Citation]]] = defaultdict(list)
        for s in g:
            d = s.dates[0]
            by_value[d.value].append((s.text[d.start:d.end], s.citation))
        # a date years or months away from every other is another event the statements share words with
        # ("founded in 1905" against "said on Oct. 8")
        by_value = {v: w for v, w in by_value.items() if any(_gap_days(v, o) <= DATE_REACH for o in by_value if o != v)}
        if len(by_value) < 2 or len({c.source for v in by_value.values() for _, c in v}) < 2:
            continue
        if _nested_only(list(by_value)) or not _same_event([s for s in g if s.dates[0].value in by_value]):
            continue
        if all(any(k == "percent" for k, *_ in amounts(s.text)) for s in g):
            continue  # moves of the market on their own days ("rose 1.7% Monday", "fell 2% Thursday")
        versions = tuple(Version(f"{written[0][0]} ({value})", tuple(dict.fromkeys(c for _, c in written)))
                         for value, written in sorted(by_value.items()))
        topic = f"When: {_short(g[0].text)}"
        out.append(_discrepancy(topic, versions))
    return out


DATE_REACH = 62
"""Days between two dates (or the nearest ends of two ranges) beyond which two sources date two events."""


def _bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a date, a month, a year or a range of them."""
    first, _, last = value.partition("/")
    last = last or first
    a = dates.parse_iso({4: first + "-01-01", 7: first + "-01"}.get(len(first), first))
    if len(last) == 4:
        b = dates.parse_iso(last + "-12-31")
    elif len(last) == 7:
        start = dates.parse_iso(last + "-01")
        b = None if start is None else start.replace(day=calendar.monthrange(start.year, start.month)[1])
    else:
        b = dates.parse_iso(last)
    return (a, b) if a and b else None


def _gap_days(x: str, y: str) -> int:
    """Days between two dates or ranges (0 when they overlap); unknown forms count as near."""
    bx, by = _bounds(x), _bounds(y)
    if bx is None or by is None:
        return 0
    return max(0, (by[0] - bx[1]).days, (bx[0] - by[1]).days)


EVENT_CONTEXT = 0.2
"""Word overlap (Jaccard) of the words around two different dates above which they date the same event."""

SAID_CONTEXT = 0.5
"""Word overlap around two days something was said above which it is the same disclosure."""
EVENT_DAYS = 7
"""Two days further apart than this are two events, however alike their words (a hearing on Tuesday,
another on Thursday); sources that disagree on a date are a day or so apart, or a month."""

OPENING_REACH = 200
"""How far the words of the event reach after a date that opens its sentence."""
_NEXT_CLAUSE = re.compile(r";|\s[—–-]+\s|,?\s+(?:and|but|while)\s+(?:the|a|an|then|later|on|in)\b")
"""Where the clause a date opens gives way to another ("..., and the following day workers walked out")."""
_OPENING_DATE = re.compile(r"(?:(?:On|By|Early|Late)\s+)?(?:[A-Z][a-z]+day\s*,?\s*)?")

_CHAINED = re.compile(r"\b(?:next|following|previous|later|earlier|before|after)\b", re.IGNORECASE)
"""A day counted from another ("the next day"), not a date the source gives."""


@cache
def _title_words() -> frozenset[str]:
    """Words of people's titles ("chief executive"): the same person's title names no event."""
    return frozenset(w for t in vocab.load("parties")["person_titles"] for w in content_key(t).split())


_YEARS = re.compile(r"\d{4}/\d{4}")
"""A span of years ("between 2011 and 2019"): how long something went on, which sources may tell differently."""


def _near(a: str, b: str) -> bool:
    """Could ``a`` and ``b`` be two reports of one date: days within ``EVENT_DAYS``, months adjacent; spans of
    years that overlap ("2011 to 2019" and "2011 to 2018")."""
    if _YEARS.fullmatch(a) or _YEARS.fullmatch(b):
        return bool(_YEARS.fullmatch(a) and _YEARS.fullmatch(b)) and _gap_days(a, b) == 0
    da, db = dates.parse_iso(a if len(a) == 10 else f"{a}-01"), dates.parse_iso(b if len(b) == 10 else f"{b}-01")
    if da is None or db is None:
        return False
    return abs((da - db).days) <= (EVENT_DAYS if len(a) == len(b) == 10 else 31)


def _around_date(text: str, d: dates.DateMention, blanks: list[tuple[int, int]], reach: int = 80) -> frozenset[str]:
    """Content words within ``reach`` characters of a date, without the words of any of ``blanks`` (dates,
    parties' names: who acted is compared apart, and a name shared says nothing of the event)."""
    lo, hi = max(0, d.start - reach), min(len(text), d.end + reach)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1  # whole words only
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    window = list(text[lo:hi])
    for a, b in blanks:
        for i in range(max(a, lo), min(b, hi)):
            window[i - lo] = " "
    return _content_words("".join(window))


HAPPENING_CONTEXT = 0.1
"""Word overlap around two dates of the same happening ("the explosion") above which they date it alike."""
HAPPENING_REACH = 60
"""How far from a date the word of a happening may stand ("the explosion on the Acme rig on 20 April")."""


_HAPPENING_WORD = re.compile(r"\b([a-z]+)(?=\s+(?:on|of|at|in|near|off|that|which|late|early|last|this)\b|\s*[.,;:)]"
                             r"|\s*$|\s+\d|(?<=ed)\s)")
"""A word followed by what may follow a happening, not by a noun it names ("the crash site"); a verb in the past
whatever follows it ("fired its chief executive")."""


@cache
def _happening_words() -> dict[str, str]:
    return {w: head for head, words in vocab.load("cues")["happenings"].items() for w in words}


@cache
def _happening_stems() -> dict[str, str]:
    """The happenings' words as the context of a date holds them (stemmed), each with its happening."""
    return {content_key(word): head for word, head in _happening_words().items()}


def _happened(words: frozenset[str]) -> frozenset[str]:
    """The happenings the (stemmed) words around a date tell: "detained" and "arrested" are one arrest."""
    stems = _happening_stems()
    return frozenset(stems[w] for w in words if w in stems)


def _happenings_near(text: str, d: dates.DateMention) -> frozenset[str]:
    """The happenings (``happenings`` in cues.yml) told within ``HAPPENING_REACH`` characters of a date."""
    words = _happening_words()
    lo, hi = max(0, d.start - HAPPENING_REACH), min(len(text), d.end + HAPPENING_REACH)
    # the happening itself, not a thing named after it ("at the crash site on Monday")
    found = {words[m.group(1)] for m in _HAPPENING_WORD.finditer(text[lo:hi].casefold()) if m.group(1) in words}
    if _DATED.search(text, 0, d.start):
        found.add("dated")  # "a memo dated 3 May": the date of a document, one-off as a happening's
    return frozenset(found)


_DATED = re.compile(r"\bdated\s+(?:on\s+)?$", re.IGNORECASE)


def event_date_discrepancies(statements: list[Statement], parties: tuple[Party, ...] = ()) -> list[Discrepancy]:
    """Dates for the same event that differ between articles, found by the words around each date
    ("signed a consent decree with the regulator on 17 May" against "agreed to a consent decree with
    the regulator on May 16"), not by whole-sentence likeness."""
    find_parties = PartyMatcher(parties) if parties else None
    items = []
    for st in statements:
        if st.no_comment:
            continue
        named = [(a, b) for a, b, _ in find_parties(st.text)] if find_parties else []
        for d in st.dates:
            # "said on Friday that ...", "last Thursday advised passengers ...": the day something was said
            said = bool(_REPORTED.search(st.text[:d.start]) or _REPORTED_AFTER.match(st.text, d.end))
            if (len(d.value) < 7 or "/" in d.value) and not _YEARS.fullmatch(d.value) or _CHAINED.search(
                    st.text[d.start:d.end]) or inside_quote(st.text, d.start):
                continue  # a year alone, a span (but years "from 2011 to 2018"); a day counted from another;
                # the speaker's "today"
            clause = _clause_around(st.text, d.start, d.end)
            if any(k == "percent" for k, *_ in amounts(clause)):
                continue  # a market move on its own day
            if st.category == "market_impact" and (amounts(clause) or _TRADING.search(clause)):
                continue  # the market's day: each day's trading is its own ("overtaken as the largest insurer
                # on March 4" is one happening)
            spans = [(o.start, o.end) for o in st.dates]
            # "On Oct. 5, a phone began smoking on a plane at the gate in Louisville, ...": a date that opens
            # the sentence dates all of it
            reach = 80
            if _OPENING_DATE.fullmatch(st.text[:d.start]):
                cut = _NEXT_CLAUSE.search(st.text, d.end, d.end + OPENING_REACH)
                reach = max(reach, (cut.start() if cut else d.end + OPENING_REACH) - d.end)
            context = _around_date(st.text, d, spans, reach)
            # the words of the event itself: no names, no titles ("Chief executive Ann Roe apologised on
            # Sunday" and "... Ann Roe resigned on Wednesday" share only those)
            event = _around_date(st.text, d, spans + named, reach) - _title_words()
            who = frozenset(pid for _, _, pid in find_parties(clause)) if find_parties else frozenset()
            happenings = _happenings_near(st.text, d)
            if said and not happenings:  # the day a disclosure was made: the same words said on two days are one
                # disclosure (not the day one told what happened: "On May 3, Acme announced it had fired Roe")
                event = event | {"\0said"}
            items.append((st, d, context, who, event, happenings))
    groups: list[list[int]] = []
    for j, (sj, dj, cj, pj, ej, hj) in enumerate(items):
        best, best_score = None, 0.0
        for g in groups:
            # (one article's statement in the group already, by a coarser date of the same statement: "lost 9%
            # in March, and was overtaken on March 4" may give the group its day in place of its month)
            if any(items[i][0].source == sj.source and not _coarser_here(items[i], items[j]) for i in g):
                continue
            # the date joins the group one of whose dates tells the same event in like words (not only its first:
            # "opened an investigation on Tuesday, following a complaint by ..." may share fewer words with a
            # third source than a second source does)
            for i in g:
                si, di, ci, pi, ei, hi = items[i]
                if not ci or not cj or not _near(di.value, dj.value):
                    continue
                shared = len(ci & cj)
                score = shared / len(ci | cj)
                if pi and pj and not pi & pj:
                    continue
                # (or the same party's happening in other words: "police on Friday arrested Ann Roe" and "Roe
                # was arrested on 3 May")
                happening = (hi & hj or (pi & pj and _happened(ei) & _happened(ej))) \
                    and shared >= 2 and score >= HAPPENING_CONTEXT
                if not happening and (shared < 3 or len(ei & ej) < 2 or score < EVENT_CONTEXT):
                    continue
                if ("\0said" in ei) != ("\0said" in ej) or ("\0said" in ei and (score < SAID_CONTEXT or not pi & pj)):
                    continue  # what was said on a day: only against itself, said by the same party in the same words
                if score > best_score:
                    best, best_score = g, score
        if best is not None:
            best[:] = [i for i in best if not _coarser_here(items[i], items[j])]
            best.append(j)
        else:
            groups.append([j])
    out = []
    for members in groups:
        values = sorted({items[i][1].value for i in members})
        if len(members) < 2 or _nested_only(values):
            continue
        by_value: dict[str, list[int]] = defaultdict(list)
        for i in members:
            by_value[items[i][1].value].append(i)
        versions = tuple(Version(f"{items[idx[0]][0].text[items[idx[0]][1].start:items[idx[0]][1].end]} ({value})",
                                 tuple(dict.fromkeys(items[i][0].citation for i in idx)))
                         for value, idx in sorted(by_value.items()))
        out.append(_discrepancy(f"When: {_short(items[members[0]][0].text)}", versions))
    return out


_TRADING = re.compile(r"\b(?:shares?|stocks?|index|indices|trading|traded|trade|investors|price|prices|"
                      r"bonds?|yields?|closed|opened)\b", re.IGNORECASE)
"""Words of a day's trading: a market statement with one is about that day's market."""


def _coarser_here(item: tuple, finer: tuple) -> bool:
    """Is ``item`` a date of the same statement as ``finer`` that only gives it less precisely ("March"
    for "March 4")?"""
    a, b = item[1].value, finer[1].value
    return item[0] is finer[0] and "/" not in a + b and len(a) < len(b) and b.startswith(a)


_SAYING = r"\b(said|says|reported|reports|told|announced|confirmed|stated|wrote|added|noted|advised|advises|" \
    r"urged|urges|warned|warns)\b"
"""The verbs of saying that date a disclosure."""
_REPORTED = re.compile(_SAYING + r"(?:\s+[\w’'-]+){0,4}\s*$")
_REPORTED_AFTER = re.compile(r"\s*,?\s*" + _SAYING)
"""The verb of saying right after a date ("last Thursday advised passengers")."""


def _report_date(st: Statement) -> bool:
    """The statement's date is when something was said or reported ("reported on Tuesday that ..."),
    not when the reported event happened."""
    d = st.dates[0]
    return bool(_REPORTED.search(st.text[:d.start])) and bool(re.match(r"\s*,?\s*(that|the|a|an|it|they|[A-Z])",
                                                                          st.text[d.end:]))


DATE_CONTEXT = 0.15
"""Word overlap (Jaccard) around two differing dates above which they date the same event."""


def _date_context(st: Statement) -> frozenset[str]:
    d = st.dates[0]
    return _context(st.text, d.start, d.end)


def _same_event(group: list[Statement]) -> bool:
    """Do two statements that give different dates describe the same event around those dates?"""
    for i, a in enumerate(group):
        for b in group[i + 1:]:
            if a.dates[0].value == b.dates[0].value or a.source == b.source:
                continue
            ca, cb = _date_context(a), _date_context(b)
            if ca and cb and len(ca & cb) / len(ca | cb) >= DATE_CONTEXT:
                return True
    return False


def _nested_only(values: list[str]) -> bool:
    """Values that only differ in precision (2025-01 and 2025-01-27) are not in conflict; ranges
    with different bounds (autumn against the fourth quarter) are."""
    for i, a in enumerate(values):
        for b in values[i + 1:]:
            if "/" in a or "/" in b:
                return False
            if not (a.startswith(b) or b.startswith(a)):
                return False
    return True


def amount_discrepancies(statements: list[Statement], clusters: list[list[Statement]] = ()) -> list[Discrepancy]:
    """Statements about the same thing that give different figures (not at different times of day)."""
    out = []
    # a fact's statements disagree on its figure whatever its section; statements merely alike must be
    # news, not the story's history
    for g in _groups(statements, list(clusters), lambda s: bool(amounts(s.text)),
                     lambda s: bool(amounts(s.text)) and s.category != "background"):
        dollar = _local_dollar({k for s in g for k, _, _ in amounts(s.text)})
        for kind in sorted({dollar.get(k, k) for s in g for k, _, _ in amounts(s.text)}):
            per_statement = [(s, [(w, v) for k, w, v in amounts(s.text) if dollar.get(k, k) == kind]) for s in g]
            per_statement = [(s, figs) for s, figs in per_statement if figs]
            if len({s.source for s, _ in per_statement}) < 2:
                continue
            value_sets = [frozenset(rounded(v) for _, v in figs) for _, figs in per_statement]
            single = all(len(v) == 1 for v in value_sets)  # one figure each: two may agree, a third differ
            if not single and any(a & b for i, a in enumerate(value_sets) for b in value_sets[i + 1:]) \
                    and not all(_revised(s, kind, dollar) for s, _ in per_statement):
                continue  # statements of several figures that share one: they agree on this slot
            if not _close_counts(value_sets, 3 if kind == "count" else 10):
                continue  # figures of different things ("79 jets", "5,000 flights"; "€0.50 fee", "€1.8bn fine")
            times = {(_times_of_day().search(s.text) or [None])[0] for s, _ in per_statement}
            if len(times - {None}) >= 2:
                continue  # figures for different times of day
            for day in _by_day(per_statement, kind, dollar):
                values = {frozenset(rounded(v) for _, v in figs) for _, figs in day}
                if len({s.source for s, _ in day}) < 2 or len(values) < 2:
                    continue
                items = [(s, figs, ", ".join(w for w, _ in figs), tuple(sorted({rounded(v) for _, v in figs})))
                         for s, figs in sorted(day, key=lambda sf: sf[0].citation.key)]
                versions = _versions(items, list(range(len(items))), lambda item: item[3])  # agreeing: one version
                out.append(_discrepancy(f"Figures ({kind}): {_short(day[0][0].text)}", versions))
    return out


def _revised(st: Statement, kind: str, alias: dict[str, str]) -> bool:
    """Does the statement give one figure changed "to X from Y" ("cut its target to 650 rupees from 800
    rupees")? Two such statements that share the new figure may still disagree on the old one."""
    figs = [(a, b) for k, _w, _v, a, b in amount_mentions(st.text) if alias.get(k, k) == kind]
    return len(figs) == 2 and re.search(r"\bto\s*$", st.text[:figs[0][0]]) is not None \
        and re.fullmatch(r"\s*from\s*", st.text[figs[0][1]:figs[1][0]]) is not None


def _local_dollar(kinds: set[str]) -> dict[str, str]:
    """A bare "$" is the one other dollar the statements name: "$1.8 billion" in a Sydney paper is the
    "A$2 billion" of another."""
    others = {k for k in kinds if k.startswith("money ") and k.endswith("$") and k != "money $"}
    return {"money $": others.pop()} if len(others) == 1 and "money $" in kinds else {}


def _by_day(per_statement: list, kind: str, alias: dict[str, str] | None = None) -> list[list]:
    """The statements whose figures may be for one day, for each day named: figures given for different
    days ("down 10% on Feb. 21", "16% lower on March 14") are not in conflict. Statements that name no
    day stay with any."""
    days = [_figure_days(s, kind, alias or {}) for s, _ in per_statement]
    named = sorted(frozenset().union(*days))
    if not named:
        return [per_statement]
    subsets = [[sf for sf, ds in zip(per_statement, days, strict=True) if not ds or d in ds] for d in named]
    return [sub for i, sub in enumerate(subsets) if sub not in subsets[:i]]


def _figure_days(st: Statement, kind: str, alias: dict[str, str]) -> frozenset[str]:
    """The days the figures of one kind in a statement are given for."""
    figures = amount_mentions(st.text)
    return frozenset().union(*(_days_of(st, a, b, figures) for k, _, _, a, b in figures if alias.get(k, k) == kind))


def _close_counts(value_sets: list[frozenset[float]], factor: float = 3) -> bool:
    """Figures that could describe the same thing: within ``factor`` of each other."""
    values = sorted(v for vs in value_sets for v in vs)
    return bool(values) and values[0] > 0 and values[-1] / values[0] <= factor


def _names_counted(counting: frozenset[str], other: frozenset[str]) -> bool:
    """Does ``other`` name, among the words around its figure, what ``counting``'s figure counts?"""
    return any(w.startswith("count:") and w.removeprefix("count:") in other for w in counting)


def _slot_words(context: frozenset[str]) -> frozenset[str]:
    """The words of a figure's context that name what it counts or sums ("count:car", "sum:penalty")."""
    return frozenset(w for w in context if w.startswith(("sum:", "count:", "total:", "conv:", "dur:")))


CLOSE_REACH = 6
"""Statements after a close told with its day within which a close told without one is of that day."""

BIG_MOVE = 10.0
"""A share move of at least this many per cent is rare enough that two of nearly one size are one move."""

FIGURE_CONTEXT = 0.2
"""Word overlap (Jaccard) of the words around two figures above which they describe the same thing."""


_RANGE_FROM = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s*(?:to|and|-|–)\s*(?:[$€£]\s?)?$")
"""The start of a range that the next figure ends ("3,000 to", "between 3,000 and")."""
_RANGE_TO = re.compile(r"\s*(?:to\b|and\b|-|–)\s*(?:[$€£]\s?)?\d")
"""What follows the start of a range: " to 6,000", " and 4,500"."""


def _figure_items(statements: list[Statement], parties: tuple[Party, ...],
                  published: dict[str, str] | None) -> list[tuple]:
    """Each figure of each statement with what it is compared by: (statement, kind, as written, value,
    context words, days, times of day, parties, hedge, (low, high)); a figure given only by its order of size
    ("thousands of vehicles") has a range, any other a single value."""
    find_parties = PartyMatcher(parties) if parties else None
    # what lasted is not who: "chaired the insurer for almost three decades" and "audited the insurer for a decade"
    named = frozenset(content_key(" ".join(n for p in parties for n in (p.name, *p.aliases))).split())
    items = []
    last_close: dict[str, tuple[int, frozenset[str]]] = {}  # source -> (statement number, day of a close told)
    for n, st in enumerate(statements):
        if st.no_comment:
            continue
        figures = amount_mentions(st.text)
        times = _times_of(st.text, figures)
        for kind, written, value, a, b in figures:
            if written.casefold() in _VAGUE:
                continue  # "hundreds of flights": read below, as an order of size
            days = _days_of(st, a, b, figures)
            closed = kind == "percent" and bool(_CLOSED.search(_clause_around(st.text, a, b)))
            if closed and days:
                last_close[st.source] = (n, days)
            elif closed and st.source in last_close and n - last_close[st.source][0] <= CLOSE_REACH:
                # "On Monday, Acme closed down 10%. ... The index closed down 3.3%": the close of the day told
                days = last_close[st.source][1]
            elif closed and published and st.source in published:
                days = frozenset({published[st.source]})  # "finished down 26.5%": the close of the day it reports
            context = _context(st.text, a, b, _SHARE_WORDS)
            if kind == "percent":  # "a quarter of the balance sheet": what it is a share of weighs double
                context = context | frozenset(f"of:{w}" for w in _share_of(st.text, b))
            who = _whose(st, a, b, find_parties)
            if (low := _RANGE_FROM.search(st.text[max(0, a - 40):a])) is not None:
                # "between 3,000 and 4,500 tonnes a day" and "3,000 to 6,000 tonnes a day": ranges from
                # the same figure, up to another, measured in the same words, are two estimates of one thing
                after = re.match(r"\s*([a-z]+)", st.text[b:])
                context = context | {f"range:{low.group(1).replace(',', '')}:{after.group(1) if after else ''}"}
            elif _RANGE_TO.match(st.text, b):
                context = context | {"range-from"}  # the start of a range is not another source's end of one
            if kind == "count" and (unit := _counted(st.text, a, b)):
                context = context | {unit}
            elif kind.startswith("money"):
                context = context | _paid_for(st.text, b, a)
                if (source := _converted_from(st.text, figures, a)) is not None:
                    # a conversion is a sum of what the sum it converts is of: "bail of TT$4 million (about
                    # US$590,000)" is bail
                    context = context | {f"conv:{source[0]}:{source[2]:g}"} | _paid_for(st.text, source[4], source[3])
            items.append((st, kind, written, value, context, days, times.get(a, frozenset()), who,
                          _hedge(st.text[max(0, a - 30):a]), (value, value)))
        for kind, written, low, high, a, b in vague_mentions(st.text):
            sized = [*figures, (kind, written, low, a, b)]
            # "thousands of vehicles stolen each year" against "about 3,500 cars a year": a figure one source
            # gives and another only sizes
            context = _context(st.text, a, b)
            if kind != "count":
                context |= _paid_for(st.text, b, a)
            elif unit := _counted(st.text, a, b):
                context |= {unit}
            items.append((st, kind, written, (low * high) ** 0.5, context, _days_of(st, a, b, sized),
                          times.get(a, frozenset()), _whose(st, a, b, find_parties), 0, (low, high)))
        for kind, written, value, a, b in duration_mentions(st.text):
            what = _lasting(st.text, a, b)
            if what is None or what & {"fall", "rise"}:
                continue  # the days a share move took ("the two-day fall") belong to the move's figure
            what = what - named
            # how long something lasted, compared by the words around it and by what lasted ("three days of
            # talks", "a five-minute video", "spent nine months auditing"), whoever its clause names
            context = _context(st.text, a, b, _duration_words()) | {f"dur:{w}" for w in what}
            items.append((st, kind, written, value, context, frozenset(), frozenset(), _whose(st, a, b, find_parties),
                          _hedge(st.text[max(0, a - 30):a]), (value, value)))
    return items


def _whose(st: Statement, a: int, b: int, find_parties: PartyMatcher | None) -> frozenset[str]:
    """The parties a figure at ``st.text[a:b]`` is about: those named in its clause, else those named
    before it ("The stock lost 9%, and the insurer was overtaken by Beta" is no figure of Beta's)."""
    if find_parties is None:
        return frozenset(st.parties)
    cs, ce = _clause_span(st.text, a, b)
    told = list(_TOLD_BY.finditer(st.text, 0, a))
    if told and told[-1].end() > cs:
        # "Prosecutors said the company paid nearly $400m": the figure is the company's, whoever tells it
        # (nobody's where the text names no one after the verb)
        return frozenset(pid for _, _, pid in find_parties(st.text[told[-1].end():ce]))
    return frozenset(pid for _, _, pid in find_parties(st.text[cs:ce])) \
        or frozenset(pid for start, _, pid in find_parties(st.text) if start < a)


_TOLD_BY = re.compile(r"\b(?:said|says|say|told|tells|alleged|alleges|allege|estimated|estimates|according\s+to"
                      r"\s+[^,]{1,80},)(?:\s+that)?\s", re.IGNORECASE)
"""Who tells a figure, ahead of it: "Prosecutors said (that)", "According to the regulator,"."""


HEDGE_REACH = 0.25
"""How far past its number a hedged length of time may go: "almost two decades" is 15 to 20 years."""


def _lengths_agree(a: tuple, b: tuple) -> bool:
    """Do two lengths of time agree, one of them hedged and the other within its reach ("almost two
    decades" and "27 years"; "more than a year" and "14 to 20 months")? Two hedged lengths are compared by
    their numbers ("nearly five hours" against "more than four hours"), as two plain ones are."""
    if (a[8] == 0) == (b[8] == 0):
        return False
    hedged, plain = (a, b) if a[8] else (b, a)
    span = figures.duration_span(plain[2])
    if span is None:
        return False
    value = hedged[3]
    low, high = (value, value * (1 + HEDGE_REACH)) if hedged[8] > 0 else (value * (1 - HEDGE_REACH), value)
    return span[0] <= high and span[1] >= low and not (span[0] == span[1] == value)


@cache
def _duration_words() -> frozenset[str]:
    """The words of a length of time itself ("two and a half days", "decade"), not of what lasted."""
    units = vocab.load("cues")["duration_units"]
    words = " ".join([*(f"{u} {u}s" for u in units), "centuries half", *figures.WORD_NUMBERS])
    return frozenset(content_key(words).split()) | frozenset(figures.WORD_NUMBERS)


_LASTING_REACH = 30
"""Characters either side of a length of time, within its clause, where what lasted is named."""


def _lasting(text: str, a: int, b: int) -> frozenset[str] | None:
    """The content words next to a length of time, within its clause: what lasted or was spent; None for
    a length added to another or of another instance ("another 12 days", "a new eight-year order")."""
    before = re.split(r"[,;:()—–]", text[max(0, a - _LASTING_REACH):a])[-1]
    after = re.split(r"[,;:()—–]|\.\s", text[b:b + _LASTING_REACH])[0]
    if _ANOTHER_BEFORE.search(before) or _MORE_AFTER.match(after):
        return None
    # a day named next to it is what it runs to or from ("pushed back by eight days to June 30"); a month
    # alone is too common to say so
    return _content_words(f"{before} {after}", _not_what_lasted()) | _days_named(after)


@cache
def _day_of_month() -> re.Pattern[str]:
    months = vocab.alternation(sorted(vocab.load("dates")["months"]))
    return re.compile(rf"\b(?:(?P<m1>{months})\.?\s+(?P<d1>\d{{1,2}})\b|(?P<d2>\d{{1,2}})\s+(?P<m2>{months})\b)",
                      re.IGNORECASE)


def _days_named(text: str) -> frozenset[str]:
    """Each day of a month named in ``text`` ("March 15", "30 June"), as a word "day:6-30"."""
    months = vocab.load("dates")["months"]
    return frozenset(f"day:{months[(m.group('m1') or m.group('m2')).casefold()]}-{int(m.group('d1') or m.group('d2'))}"
                     for m in _day_of_month().finditer(text))


_ANOTHER_BEFORE = re.compile(r"\b(?:another|further|additional|extra|new|fresh|second|separate)\s+(?:[\w-]+\s+)?$",
                             re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s*more\b", re.IGNORECASE)


@cache
def _not_what_lasted() -> frozenset[str]:
    """Words next to a length of time that name no thing that lasted: the length's own words, hedges,
    prepositions, months, sums and the nouns any company or government is called by."""
    cues = vocab.load("cues")
    words = [*(w for side in cues["figure_hedges"].values() for w in side), *cues["duration_lead_words"],
             *vocab.load("dates")["months"], *figures.SCALE_WORDS, *cues["currencies"],
             *(r.split()[-1] for kind in cues["generic_referents"].values() for r in kind)]
    return _duration_words() | frozenset(content_key(" ".join(words)).split())


@cache
def _hedges() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words that put a figure above ("more than $3bn") or below ("nearly $3bn") the number written."""
    cues = vocab.load("cues")["figure_hedges"]
    return tuple(re.compile(rf"\b(?:{vocab.alternation(cues[side])})\s*$", re.IGNORECASE)
                 for side in ("above", "below"))


def _hedge(before: str) -> int:
    """+1 for a figure said to be above its number, -1 below, 0 for about or exactly."""
    above, below = _hedges()
    return 1 if above.search(before) else -1 if below.search(before) else 0


_JOINED_VERB = re.compile(r"\s(?:and|but|while)\s+(?:then\s+|later\s+|also\s+)?(?:were|was|are|is|had|has|have|"
                          r"[a-z]{3,}ed)\b")


def _times_of(text: str, figures: list[tuple[str, str, float, int, int]]) -> dict[int, frozenset[str]]:
    """The times of day each figure (by where it starts) is told at: each time word goes to the figures of
    its own clause, else to the nearest figure ("dropped 3.8% by early afternoon, after sinking as much as
    14% on Wednesday": the afternoon is the 3.8%'s, not the 14%'s)."""
    out: dict[int, set[str]] = defaultdict(set)
    for m in _times_of_day().finditer(text):
        lo, hi = _clause_span(text, m.start(), m.end())
        # "closed 0.4% lower on Monday and were flat in Tokyo on Tuesday morning": a verb joined by "and"
        # starts another clause
        joined = max([lo, *(j.end() for j in _JOINED_VERB.finditer(text, lo, m.start()))])
        hi = next((j.start() for j in _JOINED_VERB.finditer(text, m.end(), hi)), hi)
        own = [f for f in figures if joined <= f[3] < hi]
        if not own and figures and joined == lo:  # (a time told of another verb's clause is none of theirs)
            own = [min(figures, key=lambda f: min(abs(m.start() - f[4]), abs(f[3] - m.end())))]
        for f in own:
            out[f[3]].add(m.group(0).casefold())
    return {a: frozenset(words) for a, words in out.items()}


def figure_discrepancies(statements: list[Statement], parties: tuple[Party, ...] = (),
                         published: dict[str, str] | None = None) -> list[Discrepancy]:
    """Figures for the same thing that differ between articles, found by the words around each figure
    ("£148m in compensation" against "more than £150m of compensation"), not by whole-sentence likeness.

    With ``parties``, a figure is about the parties named in its own clause, not the whole sentence's."""
    items = _figure_items(statements, parties, published)

    def same_figure(i: int, j: int) -> bool:
        (si, ki, _wi, vi, ci, di, ti, pi, hi, _ri), (sj, kj, _wj, vj, cj, dj, tj, pj, hj, _rj) = items[i], items[j]
        # one number, unless one source puts it above ("more than €3bn") and another below ("nearly €3bn")
        if si.source == sj.source or ki != kj or (vi == vj and hi * hj != -1) or not vi or not vj:
            return False
        if ki == "duration" and (_lengths_agree(items[i], items[j])
                                 or not any(w.startswith("dur:") for w in ci & cj)):
            return False  # lengths of time are compared only where the same thing is said to have lasted
        ratio = _apart(items[i], items[j])
        # (one length of time twice another is no length told two ways: "two years", "four years")
        if (ratio >= 2 if ki == "duration" else ratio > 3) or not ci or not cj:
            return False
        # "about 50 cars" and "38 cars": two counts of the same thing, in whatever words, if close enough
        # ("150 staff" and "210 reporters and other staff": what one counts is named by the other)
        counted = ki == "count" and ratio <= 2 and (
            any(w.startswith("count:") for w in ci & cj) or _names_counted(ci, cj) or _names_counted(cj, ci))
        # "a $175 million bond" and "a US$150 million bond": two sums named by the same noun, if close
        counted = counted or (ratio <= 1.5 and any(w.startswith("sum:") for w in ci & cj))
        counted = counted or any(w.startswith("range:") for w in ci & cj)
        # "nearly five hours" of questioning and "more than four hours of questioning": one length of one thing
        # (what lasted is named next to both, checked above)
        counted = counted or ki == "duration"
        if any(w.startswith("range:") for w in ci | cj) and ("range-from" in ci) != ("range-from" in cj):
            return False  # where one range starts and where another ends
        # "C$10 million (about US$7.5 million)" and "C$10 million, roughly $7.4 million": two conversions of one sum
        counted = counted or any(w.startswith("conv:") for w in ci & cj)
        # "a stake of about 23 percent" and "who holds roughly 20 per cent of the group": one holder's stake
        counted = counted or (ki == "percent" and "stake" in ci & cj and bool(pi & pj)
                              and ratio <= 1.5)
        # "0.014% of our rentals" and "fewer than one in 10,000 of its rentals": shares of the same whole, close
        counted = counted or (ki == "percent" and ratio <= 1.5 and any(w.startswith("of:") for w in ci & cj))
        # "closed down 39 percent" and "fell 38.9% in a single day": a share move this big and this close
        # in size is one day's move, told twice, unless the days say otherwise
        counted = counted or (ki == "percent" and max(vi, vj) >= BIG_MOVE and max(vi, vj) / min(vi, vj) <= 1.05
                              and "share" in ci & cj and bool(ci & cj & {"fall", "rise"}))
        # the words around them alike; what a figure counts or is a sum of ("count:", "sum:") pairs
        # figures close in size above, and does not count twice here
        wi, wj = ci - _slot_words(ci), cj - _slot_words(cj)
        if len(wi & wj) / max(len(wi | wj), 1) < FIGURE_CONTEXT and not counted and not (
                ki == "percent" and di & dj and ci & cj & {"fall", "rise"}):
            return False  # unlike words around them, unless a move of the same day ("fell 14% on 8 Sept")
        if (di and dj and not di & dj) or (ti and tj and ti != tj):
            return False  # another day, or another time of day: not the same figure
        # (not about different parties: "Acme flies 65 jets", "Beta flies 79")
        return not (pi and pj and not pi & pj)

    out = []
    for members in _sized_into(items, _linked_groups([i for i, it in enumerate(items) if not _sized(it)],
                                                     same_figure), same_figure):
        middle = sorted(items[i][3] for i in members)[len(members) // 2]
        members = [i for i in members if max(items[i][3], middle) / max(min(items[i][3], middle), 1e-9) <= 3]
        # one version per figure as written ("8%" and "8.03%" are two: a reader checking the sources sees both),
        # said to agree where they do at the precision of the least precise source
        places = max(_decimals(items[i]) for i in members) if members else 0
        coarse = min(_decimals(items[i]) for i in members) if members else 0

        def as_given(item: tuple, places: int = places) -> tuple[float, str]:
            if _sized(item):
                return item[3], item[2].casefold()  # "thousands": a version of its own
            return round(item[3], places) if item[3] < 100 else rounded(item[3]), ""
        if len({items[i][0].source for i in members}) < 2:
            continue
        if len({as_given(items[i]) for i in members}) < 2:
            # one number, said to be above it by one source and below it by another: each as written with its hedge
            if {items[i][8] for i in members} >= {1, -1}:
                hedged = [(*items[i][:2], _with_hedge(items[i]), *items[i][3:]) for i in range(len(items))]
                out.append(_discrepancy(f"Figures ({items[members[0]][1]}): {_short(items[members[0]][0].text)}",
                                        _versions(hedged, members, lambda item: (as_given(item), item[8]))))
            continue
        versions = _versions(items, members, as_given)
        rounding = len({as_given(items[i], coarse) for i in members}) == 1
        sized = any(_sized(items[i]) for i in members)
        note = "; not a number in every source" if sized else "; the same when rounded" if rounding else ""
        topic = f"Figures ({items[members[0]][1]}{note}): " \
            f"{_short(items[members[0]][0].text)}"
        out.append(_discrepancy(topic, versions))
    return out


def _sized(item: tuple) -> bool:
    """Is the figure given only by its order of size ("thousands of vehicles")?"""
    return item[9][0] != item[9][1]


def _sized_into(items: list[tuple], groups: list[list[int]], same_figure) -> list[list[int]]:
    """``groups`` of figures with each figure given only by its order of size added: to the groups it matches
    whose figures all lie in its range, joined, else to the one group it matches most members of ("thousands
    of homes" is no bridge from 86 deaths to 14,000 homes); those matching none are grouped among themselves
    ("thousands" and "tens of thousands" of reports)."""
    groups = [list(g) for g in groups]
    loose = []
    for i in (i for i, it in enumerate(items) if _sized(it)):
        matched = [g for g in groups if any(same_figure(i, j) for j in g)]
        # "thousands of vehicles" against "3,500 cars" in one article and "3,500 theft reports" in another: one
        # figure, where each is within its range
        inside = [g for g in matched if all(_apart(items[i], items[j]) == 1 for j in g)]
        if len(inside) > 1:
            groups = [g for g in groups if g not in inside] + [[j for g in inside for j in g] + [i]]
        elif matched:
            max(matched, key=lambda g: sum(same_figure(i, j) for j in g)).append(i)
        else:
            loose.append(i)
    return groups + _linked_groups(loose, same_figure)


def _apart(x: tuple, y: tuple) -> float:
    """How many times one figure is the other; a figure given only by its order of size is as near as its range
    lets it be ("thousands" and 3,500: 1; "dozens" and 240: 2)."""
    (xl, xh), (yl, yh) = x[9], y[9]
    return yl / xh if xh < yl else xl / yh if yh < xl else 1.0


def _with_hedge(item: tuple) -> str:
    """A figure as written with the word that hedges it: "more than 3 billion euros"."""
    st, written = item[0], item[2]
    at = st.text.find(written)
    m = re.search(r"\b[\w ]+$", st.text[max(0, at - 30):at]) if at >= 0 and item[8] else None
    hedge = next((h for h in (_hedges()[0].search(m.group(0)), _hedges()[1].search(m.group(0))) if h), None) \
        if m else None
    return f"{hedge.group(0).strip()} {written}" if hedge else written


_VAGUE = frozenset({"hundreds", "thousands", "millions", "billions", "trillions"})
_CLOSED = re.compile(r"\b(?:closed|finished|ended|settled)\s+(?:the\s+day\s+)?(?:down|up|lower|higher)\b",
                     re.IGNORECASE)
"""A day's close told without its day: in a report of that day, the day it was published."""


def _decimals(item: tuple) -> int:
    """The decimal places a figure is given to: those written, or for a share told as one in a number ("one in
    10,000", 0.01%) those of its value."""
    written = item[2] if not re.search(r"\bin\s+(?:every\s+)?\d", item[2]) else f"{item[3]:f}".rstrip("0")
    m = re.search(r"\d[\d,]*\.(\d+)", written)
    return len(m.group(1)) if m else 0


@cache
def _not_counted() -> frozenset[str]:
    return vocab.words("cues", "stopwords") | vocab.words("cues", "measure_words")


def _counted(text: str, a: int, b: int) -> str:
    """What a count counts, as a context word: "count:car" for "38 cars" and "Thirty-eight of its 149
    cars"; "total:car" for the 149, the whole the others are part of; "" when no noun follows."""
    compound = re.match(r"-([a-z]{3,})\b", text[b:b + 30])
    if compound and compound.group(1) not in _not_counted():
        return "count:" + content_key(compound.group(1))  # "a 212-page report": pages, however it goes on
    m = re.match(r"\s*(?:of\s+(?:the|its|their|[\w-]+[’']s)\s+(?:[\w-]+[’']s\s+)?\d[\d,]*\s+)?"
                 r"(?:(?:more|new|further|other|additional)\s+)?([a-z][a-z-]+|[A-Z][a-z]+(?=\s+[a-z]+s\b))",
                 text[b:b + 60])
    if not m or m.group(1) in _not_counted():
        return ""  # "40 times the limit", "161 crowns", "625 votes to one": a measure, not a number of things
    noun = m.group(1)
    # "420 public sector contracts", "eight more Acme employees": the plural that ends the noun phrase
    run = _noun_run().match(text[b + m.end():b + 60])
    words = [noun, *(run.group(0).split() if run else [])]
    noun = next((w for w in words if _PLURAL.fullmatch(w)), noun if noun.islower() else "")
    if not noun:
        return ""
    whole = re.search(r"\bof\s+(?:the|its|their|[\w-]+[’']s)\s+(?:[\w-]+[’']s\s+)?$", text[max(0, a - 40):a])
    # "70 incidents", "92 reports of batteries overheating", "35 cases": one kind of thing counted
    noun = _synonym_of().get(noun.casefold(), noun)
    return ("total:" if whole else "count:") + content_key(noun)


_PLURAL = re.compile(r"[a-z][a-z-]*[^su]s")
"""A plural noun ("contracts", "employees"), not "business" or "status"."""


@cache
def _noun_run() -> re.Pattern[str]:
    """One or two more words of a counted noun phrase, up to a little word ("public sector contracts and")."""
    return re.compile(r"(?:\s+(?!(?:" + "|".join(sorted(_not_counted(), key=len, reverse=True)) + r")\b)"
                      r"[A-Za-z][a-z-]+){1,2}")


_ABOUT = r"(?:(?:about|around|some|nearly|almost|roughly|over|more than|less than|up to|at least|another|a further|" \
    r"an additional|a total of)\s+)?"
"""A word that hedges or adds to a sum ("about $5m", "a further $2m")."""
_PAY_VERB = re.compile(r"\b(?:to|will|would|must|and)\s+([a-z]{3,})\s+" + _ABOUT + "$")
"""The verb right before a sum ("agreed to pay about"), after "to", a modal or "and"."""
_PAST_VERB = re.compile(r"(?<![’'])\b([a-z]{3,}ed|lost|paid|spent|won|raised|sold|made|took|gave|owed|earned)\s+"
                        r"(?:[A-Z][\w&’'.-]*\s+){0,3}" + _ABOUT + "$")
"""A verb in the past right before a sum, or before whom it is paid by or to ("investors lost more than", "the
fund raised about", "fined Acme nearly")."""
_NOUN_OF = re.compile(r"\b([a-z][a-z-]+)\s+(?:of|(?:put|estimated|valued|pegged|calculated)\s+at)\s+"
                     r"(?:close\s+to\s+)?" + _ABOUT + "$")
"""The noun a sum is the size of ("a margin loan of about $580m", "a deficit estimated at close to £800m")."""
_SUM_OF = re.compile(r"\s*(?:in|of|off|from)\s+((?:[a-z][\w-]*[’']?s?\s+){0,4}?[a-z][a-z-]+)"
                     r"(?=\s+(?:in|on|at|by|for|after|since|over|and|or|to|with|along|as|than|that|which|was|were|is|"
                     r"are|had|has|have|from)\b|[,.;:)]|$)", re.IGNORECASE)
"""What a sum is an amount of, named after it ("R$71bn off the miner's market value")."""
_LIST_GOES_ON = re.compile(r"(?:,\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?){0,3},?\s+(?:and|or)\s+"
                           r"((?:[a-z][a-z-]+\s+)?[a-z][a-z-]+)(?=[\s,.;:)]|$)")
"""The rest of a list of what a sum is of: ", mortgages and other contracts"."""
_VALUED = re.compile(r"\bvalu(?:ed|es|ing)\s+(?:[\w’'-]+\s+){1,3}at\s+" + _ABOUT + "$")
"""A worth told by the verb: "valued Acme at about", "valuing the group at"."""
_FOR_THING = re.compile(r"\s*(?:in\s+(?:[A-Z][a-z]+\s+)?(?:\d{4}|[A-Z][a-z]+)\s+)?for\s+(?:an?|the|its|their|his|"
                        r"her)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][a-z-]+)(?=\s+(?:to|of|in|on|at|that|which|from|and)\b"
                        r"|[,.;:]|$)")
"""What a sum buys, named after it: "paid $100m in December 2014 for an option to acquire", "$133m for the option"."""
_CONVERTED = re.compile(r"^\s*\([^()]{1,40}\)")
"""A sum converted in brackets right after it ("72 billion reais ($19.2 billion)")."""


_CONVERSION_GAP = re.compile(r"\s*(?:\(|[,;]\s*(?:about|around|roughly|approximately|some|nearly|almost|or)\b|;)"
                             r"\s*(?:about|around|roughly|approximately|some|nearly|almost|or)?\s*$")
"""Between a sum and its conversion: "C$10m (£5.9m; $7.5m)", "C$10 million, roughly $7.4 million"."""


def _converted_from(text: str, figures: list[tuple[str, str, float, int, int]], a: int) -> tuple | None:
    """The sum the one at ``a`` converts into another currency, if it does: the figure right before it, in
    another currency, with a bracket, a semicolon or a hedging comma between them (followed back through
    a chain of conversions to the sum as first given)."""
    here = next((f for f in figures if f[3] == a), None)
    before = [f for f in figures if f[4] <= a and f[0].startswith("money")]
    while here is not None and before and before[-1][0] != here[0] \
            and _CONVERSION_GAP.fullmatch(text[before[-1][4]:here[3]]):
        here, before = before[-1], before[:-1]
    return here if here is not None and here[3] != a else None


def _paid_for(text: str, b: int, a: int = -1) -> frozenset[str]:
    """What a sum is, as context words: {"sum:civil", "sum:penalty"} for "$3.4 billion civil penalty", the
    words of what it is an amount of ("off the miner's market value"; a conversion in brackets skipped);
    with ``a`` (where the sum starts), the noun it is the size of ("a loan of $5m") and the verb that
    governs it: "sum:pay" for "agreed to pay about $4.3 billion"."""
    out = set()
    after = _heads_of_synonyms(_CONVERTED.sub("", text[b:b + 80], count=1))
    # "276 billion yen, or about $2.5 billion, off the company's market value": the conversion's comma
    after = re.sub(r"^,\s*(?=(?:off|from)\s)", " ", after)
    m = re.match(r"\s*([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?", after)
    if m:
        out |= {f"sum:{content_key(w)}" for w in m.groups() if w and w not in _not_counted()}
    if np := _SUM_OF.match(after):
        out |= {f"sum:{content_key(w)}" for w in np.group(1).split() if w not in _not_counted()}
        # a list goes on: "$300tn of loans, mortgages and other contracts" is also a sum of contracts
        if more := _LIST_GOES_ON.match(after, np.end()):
            out |= {f"sum:{content_key(w)}" for w in more.group(1).split() if w not in _not_counted()}
    if a >= 0 and (noun := _NOUN_OF.search(text[max(0, a - 50):a])):
        out |= {f"sum:{content_key(w)}" for w in noun.groups() if w and w not in _not_counted()}
    if (thing := _FOR_THING.match(after)) and thing.group(1) not in _not_counted():
        out.add(f"sum:{content_key(thing.group(1))}")
    if a >= 0 and _VALUED.search(text[max(0, a - 60):a]):
        out.add(f"sum:{content_key('valuation')}")  # "valued Acme at about $68bn" is its valuation
    verb = (_PAY_VERB.search(text[max(0, a - 60):a]) or _PAST_VERB.search(text[max(0, a - 60):a])) if a >= 0 else None
    if verb and verb.group(1) not in _not_counted():
        out.add(f"sum:{content_key(verb.group(1))}")
    return frozenset(out)


_MONEY_WORDS = frozenset({"m", "bn", "mn", "million", "billion", "trillion", "euro", "dollar", "pound", "yen",
                          "around", "about", "some", "nearly", "almost"})


def _clause_span(text: str, a: int, b: int) -> tuple[int, int]:
    """Where the clause holding ``text[a:b]`` starts and ends (cut at commas, semicolons and dashes)."""
    left = max(text.rfind(sep, 0, a) for sep in (", ", "; ", " — ", " – "))
    rights = [i for i in (text.find(sep, b) for sep in (", ", "; ", " — ", " – ")) if i >= 0]
    return (left + 1 if left >= 0 else 0), (min(rights) if rights else len(text))


_BASELINE = re.compile(r"\b(?:from|since|below|above|than|compared with|versus)\b")
_NEXT_VERB = re.compile(r"\s(?:and|before)\s+(?:then\s+|later\s+|also\s+)?(?!closed\b|ended\b|finished\b)[a-z]+ed\b")


def _days_of(st: Statement, a: int, b: int, figures: list[tuple[str, str, float, int, int]]) -> frozenset[str]:
    """The days a figure is given for: those in its own clause, else those of the sentence that no other
    figure's clause holds ("finished down 26.5%, after a 28% slide on Wednesday": 26.5% is not Wednesday's)."""
    # "down 10% from $243.97 on Feb. 3", "16% below their Feb. 3 close": the day measured from is not the day
    # "tumbled 12% on the day the report came out and extended the slide on Friday": a verb joined after
    # the figure tells what came next, on its own day
    days = [d for d in st.dates if len(d.value) == 10
            and not (d.start >= b and (_BASELINE.search(st.text[b:d.start]) or _NEXT_VERB.search(st.text[b:d.start])))]
    lo, hi = _clause_span(st.text, a, b)
    own = frozenset(d.value for d in days if lo <= d.start < hi)
    if own:
        return own
    kind = next(k for k, _, _, fa, fb in figures if (fa, fb) == (a, b))
    # "closed Tuesday at $219.40, down about 10%": the price's day is the move's; another move's day is not
    others = [_clause_span(st.text, fa, fb) for k, _, _, fa, fb in figures if (fa, fb) != (a, b) and k == kind]
    return frozenset(d.value for d in days if not any(lo_ <= d.start < hi_ for lo_, hi_ in others))


def _clause_around(text: str, a: int, b: int) -> str:
    """The clause of ``text`` holding the figure at ``a:b`` (cut at commas, semicolons and dashes)."""
    lo, hi = _clause_span(text, a, b)
    return text[lo:hi]


def currency_discrepancies(statements: list[Statement]) -> list[Discrepancy]:
    """The same sum given in different currencies ("about €40m" against "around $40 million"): one
    source has the currency wrong, since a conversion would change the number."""
    items = []
    for st in statements:
        if st.no_comment:
            continue
        for kind, written, value, a, b in amount_mentions(st.text):
            if kind.startswith("money ") and value >= 1000:
                context = _context(st.text, a, b, _MONEY_WORDS)
                items.append((st, kind, written, value, context))
    linked: dict[float, set[int]] = defaultdict(set)
    for i, (si, ki, _wi, vi, ci) in enumerate(items):
        for j in range(i + 1, len(items)):
            sj, kj, _wj, vj, cj = items[j]
            if si.source != sj.source and ki != kj and vi == vj and ci & cj:
                linked[vi].update((i, j))  # the same number in two currencies needs little more
    out = []
    for _value, members in sorted(linked.items()):
        versions = _versions(items, sorted(members), lambda item: item[1])
        topic = f"Currency: {_short(items[min(members)][0].text)}"
        out.append(_discrepancy(topic, versions))
    return out


def without_repeats(discrepancies: list[Discrepancy]) -> tuple[Discrepancy, ...]:
    """Drop a discrepancy whose citations another one already shows (two detectors, one finding)."""
    keep: list[Discrepancy] = []
    sets = [frozenset(c for v in d.versions for c in v.citations) for d in discrepancies]
    for i, d in enumerate(discrepancies):
        if any(j != i and sets[i] <= sets[j] and (sets[i] != sets[j] or j < i) for j in range(len(sets))):
            continue
        keep.append(d)
    return tuple(keep)


def wording_discrepancies(quotes: tuple[Quote, ...], parties: tuple[Party, ...],
                          statements: list[Statement] = ()) -> list[Discrepancy]:
    """The same quotation given in different words by different articles; with ``statements``, each
    wording is cited with the statement that reports it ("describing the warning as “...”"), so that the
    reader sees how each article put it."""
    names = {p.id: p.name for p in parties}
    told = defaultdict(list)
    for st in statements:
        told[st.source].append(st.citation)
    out = []
    voice = _voices(parties)
    by_speaker: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        if q.speaker and len(q.text.split()) >= 3:
            by_speaker[voice.get(q.speaker, q.speaker)].append(q)
    for speaker, qs in sorted(by_speaker.items()):
        keys = {q.id: wording_key(q.text) for q in qs}
        # wordings linked pair by pair make one group, whichever of them is met first ("We apologise to our
        # customers" and "I apologise to every one of our customers" link through a third)
        for group in _linked_groups(qs, _two_wordings):
            # a shortened quotation ("deeply sorry for the impact") is not another wording of the longer one
            # (its words are the longer one's, and the articles that quote them so are that wording's sources)
            part_of = {q.id: min((o for o in group if keys[q.id] != keys[o.id] and keys[q.id] in keys[o.id]),
                                 key=lambda o: (len(keys[o.id]), o.id), default=None) for q in group}
            citations = {q.id: list(q.citations) for q in group}
            for q in group:
                whole = part_of[q.id]
                while whole is not None and part_of[whole.id] is not None:
                    whole = part_of[whole.id]
                if whole is not None:
                    citations[whole.id] += q.citations
            group = [q for q in group if part_of[q.id] is None]
            if len(group) >= 2 and len({c.source for q in group for c in q.citations}) >= 2:
                versions = tuple(Version(q.text, tuple(dict.fromkeys(_reported_in(c, told) for c in sorted(
                    citations[q.id], key=lambda c: (c.source, c.start))))) for q in group)
                topic = f"Wording of {names.get(group[0].speaker or speaker, speaker)}'s quotation"
                out.append(_discrepancy(topic, versions))
    return out


def _two_wordings(a: Quote, b: Quote) -> bool:
    """Two quotations, in different articles, that are two wordings of one remark."""
    na, nb = wording_key(a.text), wording_key(b.text)
    return na != nb and {c.source for c in a.citations} != {c.source for c in b.citations} and \
        (_same_words(na, nb) or _told_within(a.text, b.text))


def _linked_groups(items: list, linked) -> list[list]:
    """The items joined by ``linked`` pair by pair, chains included, in the order each group is first met."""
    root = list(range(len(items)))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            if find(i) != find(j) and linked(a, items[j]):
                root[find(j)] = find(i)
    groups: dict[int, list] = {}
    for i, item in enumerate(items):
        groups.setdefault(find(i), []).append(item)
    return list(groups.values())


SHORT_REMARK = 8
"""Words of a remark short enough to be looked for among the clauses of a longer quotation."""
TOLD_WITHIN = 0.7
"""Share of words, in order, that a short remark and a clause of a longer quotation have in common when
they are two wordings of one remark."""
_CLAUSE_BREAK = re.compile(r"[.!?;:,]+[’'\"”]?\s+|\s+[—–-]+\s+|\s+(?:and|but)\s+")


def _told_within(a: str, b: str) -> bool:
    """A short remark put another way inside a longer quotation ("I want my weekends back" against "Nobody
    wants this over more than I do. I'd like my weekends back"): one of the longer one's clauses is
    another wording of it."""
    short, long_ = sorted((a, b), key=lambda t: len(t.split()))
    if len(short.split()) >= SHORT_REMARK or len(long_.split()) <= 2 * len(short.split()):
        return False
    words = wording_key(short).split()
    for clause in _CLAUSE_BREAK.split(long_):
        other = wording_key(clause).split()
        # most words the same and in the same order: one or two put another way ("I'd like" for "I want")
        if other != words and len(other) >= 3 and \
                SequenceMatcher(None, words, other, autojunk=False).ratio() >= TOLD_WITHIN:
            return True
    return False


def _voices(parties: tuple[Party, ...]) -> dict[str, str]:
    """The organisation a person speaks for, where the role names exactly one ("Acme Vice President Jane Roe"):
    one statement may be credited to her by one article and to "an Acme spokeswoman" by another."""
    orgs = [(p.id, {n.casefold().rstrip(".") for n in (p.name, *p.aliases) if len(n) > 2}) for p in parties
            if p.kind in ("company", "government", "regulator")]
    out = {}
    for p in parties:
        if p.kind != "person":
            continue
        described = " ".join([p.role, *p.aliases]).casefold()
        named = [oid for oid, names in orgs if any(re.search(rf"\b{re.escape(n)}\b", described) for n in names)]
        if len(named) == 1:
            out[p.id] = named[0]
    return out


def _reported_in(cite: Citation, told: dict[str, list[Citation]]) -> Citation:
    """The shortest statement of the article that holds a quotation, or the quotation itself."""
    holding = [c for c in told.get(cite.source, ()) if c.start <= cite.start and cite.end <= c.end]
    return min(holding, key=lambda c: (c.end - c.start, c.start)) if holding else cite


SHARED_WORDS = 0.6
"""Share of the shorter quotation's words, in order, that two renderings of one remark have in common."""


def _word_stems(text: str) -> set[str]:
    """The words of substance of a remark, each reduced further than for comparing statements, so that
    a speaker's own words told two ways meet: "apologies" and "apologise", "deepest" and "deeply"."""
    return {re.sub(r"(?:is|iz)e$|est$", "", w) if len(w) > 6 else w for w in content_key(text).split()}


def _same_words(a: str, b: str) -> bool:
    """Two wordings of one remark: near-identical characters, most of the shorter one's words of
    substance with a run of them as said, or most of its words in the same order ("millions of European
    consumers paid more ... than they should have" against "millions of Europeans paid more ... than they
    should have")."""
    wa, wb = a.split(), b.split()
    ka, kb = _word_stems(a), _word_stems(b)
    shared_keys = len(ka & kb)
    most_keys = shared_keys >= SHARED_WORDS * min(len(ka), len(kb))
    about_as_long = max(len(wa), len(wb)) <= 2 * min(len(wa), len(wb))
    if min(len(wa), len(wb)) < 6:
        # a short remark ("baseless and gravely misinformed" against "baseless and seriously misinformed"):
        # about as long, two words of substance in common, and most of the shorter one's
        if not about_as_long:
            return False
        if shared_keys >= 2 and most_keys:
            return True
        # one word put another way, the rest as said: "This was 100% preventable" against "This was
        # entirely preventable", "You should resign" against "You should step down"
        ops = [op for op in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes() if op[0] != "equal"]
        return min(len(wa), len(wb)) >= 3 and len(ops) == 1 and ops[0][0] == "replace" \
            and ops[0][2] - ops[0][1] == 1 and ops[0][4] - ops[0][3] <= 2
    if fuzz.partial_ratio(a, b) >= 85:
        return True
    blocks = SequenceMatcher(None, wa, wb, autojunk=False).get_matching_blocks()
    longest = max(blocks, key=lambda bl: bl.size)
    # two excerpts of one long remark that overlap ("... I made mistakes" and "I made mistakes. This is
    # best ...") are not two wordings of it
    excerpts = (longest.a + longest.size == len(wa) and longest.b == 0) or (
        longest.b + longest.size == len(wb) and longest.a == 0)
    # about as long, three words of substance in common, most of the shorter one's, and a run of three
    # words as said ("Acme's powder is safe and asbestos-free" against "Our powder is safe and does not
    # contain asbestos")
    if about_as_long and shared_keys >= 3 and most_keys and longest.size >= 3 and not excerpts:
        return True
    if min(len(wa), len(wb)) < 8:
        return False
    shared = sum(bl.size for bl in blocks if bl.size >= 2)  # runs of words, not scattered "the"s
    return shared >= 7 and shared >= SHARED_WORDS * min(len(wa), len(wb))


def _title_key(title: str) -> str:
    """What a title says, however it is written: whose post it is ("the company's", "Acme's", "... for Acme"),
    hyphens, "CEO" for "chief executive" (``title_abbreviations`` in cues.yml) and little words left out."""
    cues = vocab.load("cues")
    short, little = cues["title_abbreviations"], set(cues["stopwords"])
    t = re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.IGNORECASE)
    t = re.sub(r"^(?:(?:the\s+)?[\w&.-]+(?:\s+[A-Z][\w&.-]*){0,3})[’']s\s+", "", t)  # "Acme's", "the company's"
    t = re.sub(r"\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}$", "", t)  # "... for Acme"
    words = [w for word in wording_key(t).replace("-", " ").split() for w in short.get(word, word).split()]
    return " ".join(w for w in words if w not in little)


def _with_name(c: Citation, p: Party, statements: list[Statement]) -> Citation:
    """A title written before the name cited with the name ("Acme chairman Ann Roe"): the reader sees whose title
    each version is, and the citation covers the words the other articles use for it."""
    for m in p.mentions:
        if m.source != c.source or not 0 < m.start - c.end <= 2:
            continue
        for st in statements:
            sc = st.citation
            if sc.source == c.source and sc.start <= c.start and m.end <= sc.end:
                return Citation(c.source, c.start, m.end, sc.quote[c.start - sc.start:m.end - sc.start])
    return c


def role_discrepancies(parties: tuple[Party, ...], statements: list[Statement] = ()) -> list[Discrepancy]:
    """A person described with different titles by different articles."""
    out = []
    for p in parties:
        if p.kind != "person" or len({c.source for c in p.role_citations}) < 2:
            continue
        by_norm: dict[str, list[Citation]] = defaultdict(list)
        for c in p.role_citations:
            if re.search(r"(?:^|\s)(?:who|whose|which)\b", c.quote, re.IGNORECASE):
                # "who controls a majority of the votes", "a lawyer whose firm ...": what the person does, not a title
                continue
            by_norm[_title_key(c.quote)].append(_with_name(c, p, statements))
        keys = list(by_norm)
        # "retired judge" says less than "a retired High Court judge", not something else
        distinct = [k for k in keys if not any(k != o and set(k.split()) <= set(o.split()) for o in keys)]
        if len(distinct) < 2 or len({c.source for k in distinct for c in by_norm[k]}) < 2:
            continue
        versions = tuple(Version(by_norm[k][0].quote, tuple(by_norm[k])) for k in sorted(distinct))
        topic = f"Title of {p.name}"
        out.append(_discrepancy(topic, versions))
    return out


@cache
def _rank() -> re.Pattern[str]:
    """A rank in a description: "Japan's third-largest steelmaker", "the world's No. 2 chipmaker"."""
    cues = vocab.load("cues")
    ordinals = vocab.alternation(list(cues["rank_ordinals"]))
    return re.compile(rf"(?P<scope>\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+|\bthe\s+(?:world|country|nation)[’']s\s+)"
                      rf"(?:(?P<ord>(?i:{ordinals}))[\s-]+)?(?P<sup>{vocab.alternation(cues['rank_superlatives'])})\s+"
                      rf"(?P<noun>[a-z][\w-]+)")


def rank_discrepancies(statements: list[Statement], parties: tuple[Party, ...]) -> list[Discrepancy]:
    """A party ranked differently by different articles ("Japan's third-largest steelmaker" against
    "Japan's fourth-largest steelmaker"): the rank of the party named right before or after it."""
    if not parties:
        return []
    find_parties = PartyMatcher(parties)
    ranks: dict[tuple[str, str, str], dict[str, list[Citation]]] = defaultdict(lambda: defaultdict(list))
    ordinal = vocab.load("cues")["rank_ordinals"]
    for st in statements:
        named = find_parties(st.text)
        for m in _rank().finditer(st.text):
            # "Acme Ltd, Japan's third-largest steelmaker" / "Japan's third-largest steelmaker, Acme"
            before = [pid for _s, e, pid in named
                      if 0 <= m.start() - e <= 3 and st.text[e:m.start()].strip() in (",", "")]
            after = [pid for s_, _e, pid in named if 0 <= s_ - m.end() <= 3 and st.text[m.end():s_].strip() == ","]
            who = (before or after or [None])[0]
            if who is None:
                continue
            scope = content_key(m.group("scope"))
            rank = str(ordinal.get(m.group("ord").casefold(), m.group("ord")) if m.group("ord") else 1)
            cite = Citation(st.source, st.citation.start + m.start(), st.citation.start + m.end(),
                            st.text[m.start():m.end()])
            ranks[(who, scope, content_key(m.group("noun")))][rank].append(cite)
    out = []
    names = {p.id: p.name for p in parties}
    for (who, _scope, _noun), by_rank in sorted(ranks.items()):
        if len(by_rank) < 2 or len({c.source for cites in by_rank.values() for c in cites}) < 2:
            continue
        versions = tuple(Version(cites[0].quote, tuple(dict.fromkeys(cites))) for _r, cites in sorted(by_rank.items()))
        out.append(_discrepancy(f"Rank of {names[who]}", versions))
    return out


def _nested(c: Citation, quotes: tuple[Quote, ...]) -> bool:
    """A quotation inside another one (a policy quoted by an analyst) is not the party speaking."""
    return any(o.source == c.source and o.start <= c.start and c.end <= o.end and (o.start, o.end) != (c.start, c.end)
               for q in quotes for o in q.citations)


def _silent_parties(st: Statement, find_parties: PartyMatcher) -> list[str]:
    """Parties that are the subject of a "declined to comment" phrase (not merely named nearby)."""
    out = []
    spans = no_comment_spans(st.text)
    for s, e, pid in find_parties(st.text):
        for ns, ne in spans:
            gap = st.text[e:ns]
            inside = ns <= s and e <= ne  # "Neither Acme nor Beta has responded"
            if inside or (e <= ns and len(gap) <= 40 and "," not in gap and " said" not in gap):
                out.append(pid)
    return list(dict.fromkeys(out))


def comment_discrepancies(statements: list[Statement], quotes: tuple[Quote, ...],
                          parties: tuple[Party, ...], published: dict[str, str] | None = None) -> list[Discrepancy]:
    """A party reported as not commenting while the same story quotes its statement (``published``: each
    source's publication date; what a party said in an article later than every "did not comment" is no
    conflict: it spoke later)."""
    published = published or {}
    names = {p.id: p.name for p in parties}
    out = []
    silent: dict[str, list[Citation]] = defaultdict(list)
    find_parties = PartyMatcher(parties)
    for s in statements:
        if s.no_comment:
            for pid in _silent_parties(s, find_parties):
                silent[pid].append(s.citation)
    aliases = {p.id: [p.name, *p.aliases] for p in parties}
    for pid, cites in sorted(silent.items()):
        spoke = [c for q in quotes if q.speaker == pid for c in q.citations if not _nested(c, quotes)]
        said = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in aliases.get(pid, [pid])) +
                          r")(?:[’']s)?\s+(spokes\w+|statement|said|issued|stated|told|confirmed)\b")
        spoke += [s.citation for s in statements if not s.no_comment and said.search(s.text)]
        if not spoke:
            continue
        silent_days = [published.get(c.source, "") for c in cites]
        if all(silent_days):
            spoke = [c for c in spoke if not published.get(c.source) or published[c.source] <= max(silent_days)]
        spoke = list(dict.fromkeys(spoke))
        if len({c.source for c in cites}) == 1:
            # one article that quotes a party and says it did not comment tells of another question left
            # open; the sources disagree only where another article has it speak
            spoke = [c for c in spoke if c.source != cites[0].source]
        if not spoke:
            continue
        versions = (Version("did not comment", tuple(dict.fromkeys(cites))), Version("commented", tuple(spoke[:6])))
        topic = f"Whether {names.get(pid, pid)} commented"
        out.append(_discrepancy(topic, versions))
    return out


def find_discrepancies(statements: list[Statement], clusters: list[list[Statement]], quotes: tuple[Quote, ...],
                       parties: tuple[Party, ...], published: dict[str, str] | None = None) -> tuple[Discrepancy, ...]:
    """Every kind of disagreement between the articles, each reported once (``published``: each source's
    publication date, the day of a close it reports without naming the day)."""
    return without_repeats(date_discrepancies(statements, clusters) + event_date_discrepancies(statements, parties)
                           + amount_discrepancies(statements, clusters)
                           + figure_discrepancies(statements, parties, published)
                           + currency_discrepancies(statements)
                           + wording_discrepancies(quotes, parties, statements)
                           + role_discrepancies(parties, statements) + rank_discrepancies(statements, parties)
                           + comment_discrepancies(statements, quotes, parties, published))
