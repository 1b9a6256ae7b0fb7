"""Dates in news text: absolute ones, and relative ones resolved against the publication date.

Values are ISO strings that keep the granularity the text gives: ``2025-01-27``, ``2025-01``,
``2025``, or a range ``2024-09/2024-11``. A day is never invented: "earlier this month" is a month.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from . import vocab


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    value: str
    relative: bool


@cache
def _vocab() -> dict:
    return vocab.load("dates")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    v = _vocab()
    months = "|".join(sorted(v["months"], key=len, reverse=True))
    month = r"(?P<month>" + months + r")\.?"
    weekday = r"(?P<weekday>" + "|".join(v["weekdays"]) + r")"
    season = r"(?P<season>" + "|".join(v["seasons"]) + r")"
    part = r"(?P<part>" + "|".join(sorted(v["parts_of_year"], key=len, reverse=True)) + r")"
    quarter = r"(?P<quarter>" + "|".join(v["quarters"]) + r")"
    year = r"(?P<year>(?:19|20)\d\d)"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?"  # "29th", and "29." as German-style pages write it
    flags = re.IGNORECASE
    return {
        # "2025-01-29", and year first with slashes or dots as East Asian pages write it: "2024/03/29"
        # ("2020年4月8日", as Chinese and Japanese write it, kept in a machine translation)
        "iso": re.compile(r"(?<![\d/.])(?P<year>(?:19|20)\d\d)(?:-(?P<month>[01]\d)-(?P<day>[0-3]\d)|"
                          r"/(?P<month2>[01]?\d)/(?P<day2>[0-3]?\d)|\.(?P<month3>[01]\d)\.(?P<day3>[0-3]\d)|"
                          r"\s?年\s?(?P<month4>[01]?\d)\s?月\s?(?P<day4>[0-3]?\d)\s?日)"
                          r"(?![\d/]|\.\d)"),
        # ("4月7日": the month and day so written, the year inferred)
        "md_cjk": re.compile(r"(?<![\d年])(?P<month>[01]?\d)\s?月\s?(?P<day>[0-3]?\d)\s?日"),
        # day first, in figures, as European pages write it: "05.06.2020"; "on 29.7." (the year inferred)
        "dmy_num": re.compile(r"(?<![\d.,])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
        "dm_num": re.compile(r"\b(?:on|since|from|until|till|by|before|after|between|and|to|of|"
                             r"(?:" + "|".join(v["weekdays"]) + r"),?)\s+"
                             r"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?!\d|,\d)", flags),
        # a weekday and its day in figures with a slash, no year: "Monday 24/01" (or "Tuesday 1/25" in the US)
        "weekday_slash": re.compile(r"\b(?P<weekday>" + "|".join(v["weekdays"]) + r"),?\s+"
                                    r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/])", flags),
        # ("March 29，2018": a full-width comma, kept in a machine translation)
        "mdy": re.compile(rf"\b{month}\s+{day}(?:[,，]\s*|\s+){year}\b", flags),
        # ("03-Nov-2025", as newswires stamp their releases)
        "dmy": re.compile(rf"\b{day}(?:\s+|-(?=[A-Za-z])){month}(?:,?\s+|-){year}\b", flags),
        "md": re.compile(rf"\b{month}\s+{day}\b(?![,，]?\s*(?:19|20)\d\d)(?!\d)", flags),
        "dm": re.compile(rf"\b{day}\s+{month}\b(?!,?\s*(?:19|20)\d\d)", flags),
        "my": re.compile(rf"\b(?:(?P<part>early|late|mid-?)\s*)?{month},?\s+{year}\b", flags),
        # a month alone after a preposition ("in December"): a month, its year from the reference
        "m": re.compile(rf"\b(?:in|since|during|by|until|through|from|before|after)\s+"
                        rf"(?:(?P<part>early|late|mid-?)\s*)?{month}(?![\w.]|\s*\d)", flags),
        "quarter": re.compile(rf"\b(?:the\s+)?{quarter}\s+quarter(?:\s+of)?(?:\s+{year})?\b", flags),
        "qn": re.compile(rf"\bQ(?P<qn>[1-4])(?:\s+{year})?\b"),
        "part": re.compile(rf"\b{part}[-\s]+(?:of\s+)?{year}\b", flags),
        "season_year": re.compile(rf"\b(?:the\s+)?{season}\s+(?:of\s+)?{year}\b", flags),
        "season": re.compile(rf"\b(?P<which>last|this|in\s+the|during\s+the|over\s+the|earlier\s+this|"
                             rf"the\s+previous)\s+{season}\b", flags),
        "weekday": re.compile(rf"\b(?P<which>last\s+|this\s+|on\s+|next\s+|by\s+|since\s+|before\s+|until\s+|"
                              rf"through\s+|till\s+|starting\s+|beginning\s+|effective\s+)?"
                              rf"{weekday}\b"
                              # "Thursday, June 18", "Thursday (18 June)", "Thursday, 18.06.": the date says it
                              # ("Wednesday the 43 restaurants" names no date: a month's name must follow)
                              r"(?!\s*,?\s*\(?(?:(?:" + months + r")\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                              r"(?:" + months + r")\b|\d{1,2}\.\d{1,2}\.|\d{1,2}/\d{1,2}(?![\d/])))", flags),
        # "eight days later", "two weeks earlier": counted from the day the text last told
        "elapsed": re.compile(r"\b(?P<n>" + "|".join(sorted(v["elapsed_numbers"], key=len, reverse=True))
                              + r"|\d{1,2})\s+(?P<unit>" + "|".join(v["elapsed_units"])
                              + r")\s+(?P<dir>later|earlier)\b(?!\s+than\b)", flags),
        # "the following Monday": counted from the day the text last told, not from publication
        "chained_weekday": re.compile(rf"\bthe\s+(?P<which>following|next|previous|preceding)\s+{weekday}\b", flags),
        "relative": re.compile(r"\b(?P<rel>yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|"
                               r"last\s+week|this\s+week|earlier\s+this\s+week|"
                               r"last\s+month|this\s+month|earlier\s+this\s+month|earlier\s+in\s+the\s+month|"
                               r"last\s+year|this\s+year|earlier\s+this\s+year|late\s+last\s+year|"
                               r"next\s+week|next\s+month|next\s+year|"
                               r"the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+before|"
                               r"the\s+previous\s+day)\b", flags),
        "year": re.compile(rf"\b(?:in|since|during|by|of|from|until|through|over)\s+{year}\b(?!-)", flags),
        # a decade, or part of one: "in the 1960s", "the late 1980s", "the early 2000s"
        "decade": re.compile(r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[-\s]+)?(?P<decade>(?:19|20)\d)0s\b", flags),
        "years": re.compile(r"\b(?:between\s+(?P<a>(?:19|20)\d\d)\s+and\s+(?P<b>(?:19|20)\d\d)"
                            r"|from\s+(?P<c>(?:19|20)\d\d)\s+(?:to|until|through)\s+(?P<d>(?:19|20)\d\d)"
                            r"|(?P<e>(?:19|20)\d\d)\s*[-–—]\s*(?P<f>(?:19|20)\d\d))\b", flags),
    }


def _month(name: str) -> int:
    return int(_vocab()["months"][name.casefold().rstrip(".")])


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def valid_day(y: int, m: int, d: int) -> str | None:
    """The ISO day, if there is such a day."""
    return _iso(y, m, d) if _valid(y, m, d) else None


MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
"""The days "early", "mid-" and "late" in a month stand for (the last cut to the month's length)."""


def _part_of_month(y: int, m: int, part: str | None) -> str:
    """"January 2024"; "late January 2024" as the range of its days (21 January to the 31st)."""
    if not part:
        return _iso(y, m)
    first, last = MONTH_PARTS[part.casefold().rstrip("-")]
    return f"{_iso(y, m, first)}/{_iso(y, m, min(last, calendar.monthrange(y, m)[1]))}"


def _month_range(y1: int, m1: int, y2: int, m2: int) -> str:
    return f"{_iso(y1, m1)}/{_iso(y2, m2)}"


def _infer_year(month: int, day: int | None, ref: dt.date | None, ahead: bool = False) -> int | None:
    """The year of a month (and day) given without one: the latest not far after the reference (a month
    after it; most of a year when the text looks ahead, ``ahead``: "the annual meeting on March 29", "the
    law takes effect on Jan. 1")."""
    if ref is None:
        return None
    horizon = ref + dt.timedelta(days=300 if ahead else 31)
    for year in (ref.year + 1, ref.year):
        if dt.date(year, month, min(day or 1, calendar.monthrange(year, month)[1])) <= horizon:
            return year
    return ref.year - 1


def _season_range(season: str, year: int) -> str:
    a, b = _vocab()["seasons"][season.casefold()]
    if a > b:  # winter crosses the new year
        return _month_range(year, a, year + 1, b)
    return _month_range(year, a, year, b)


def _last_season(season: str, ref: dt.date, which: str) -> str:
    """The season meant by "last fall" / "in the autumn" / "this spring", seen from ``ref``."""
    a, b = _vocab()["seasons"][season.casefold()]
    now = (ref.year, ref.month)
    for year in range(ref.year + 1, ref.year - 3, -1):
        start = (year, a)
        end = (year + 1, b) if a > b else (year, b)
        if which.startswith(("this", "earlier")):
            if start <= now or year == ref.year:
                return _season_range(season, year)
        elif which == "last" or which.startswith("the previous"):
            if end < now:
                return _season_range(season, year)
        elif start <= now:
            return _season_range(season, year)
    return _season_range(season, ref.year - 1)


def _week_range(monday: dt.date) -> str:
    return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"


def parse_iso(value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` string as a date (None for anything coarser)."""
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def find_dates(text: str, reference: dt.date | None, anchor: dt.date | None = None) -> list[DateMention]:
    """Date expressions in ``text``; relative ones need ``reference`` (publication date).

    ``anchor`` is the last day mentioned before this text, for "the next day".
    """
    p = _patterns()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: str | None, relative: bool, start: int | None = None,
            end: int | None = None) -> None:
        if value is None:
            return
        s, e = m.span()
        s = s if start is None else start  # the date itself, not the preposition before it
        e = e if end is None else end
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(DateMention(s, e, value, relative))

    for m in p["years"].finditer(text):
        a, b = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"]) if m["c"] else (m["e"], m["f"])
        add(m, f"{a}/{b}" if a < b else None, False)
    for m in p["iso"].finditer(text):
        k = "" if m["month"] else "2" if m["month2"] else "3" if m["month3"] else "4"
        mo, d = int(m[f"month{k}"]), int(m[f"day{k}"])
        y = int(m["year"])
        add(m, _iso(y, mo, d) if _valid(y, mo, d) else None, False)
    for m in p["dmy_num"].finditer(text):
        y, mo, d = int(m["year"]), int(m["month"]), int(m["day"])
        add(m, _iso(y, mo, d) if _valid(y, mo, d) else None, False)
    for m in p["md_cjk"].finditer(text):
        mo, d = int(m["month"]), int(m["day"])
        y = _infer_year(mo, d, reference) if 1 <= mo <= 12 else None
        add(m, _iso(y, mo, d) if y and _valid(y, mo, d) else None, True)
    for m in p["dm_num"].finditer(text):
        mo, d = int(m["month"]), int(m["day"])
        y = _infer_year(mo, d, reference) if 1 <= mo <= 12 else None
        add(m, _iso(y, mo, d) if y and _valid(y, mo, d) else None, True, m.start("day"))
    for m in p["weekday_slash"].finditer(text):
        # day first or month first, whichever reading is a date on that weekday
        a, b = int(m["a"]), int(m["b"])
        target = _vocab()["weekdays"].index(m["weekday"].casefold())
        days = []
        for mo, d in {(b, a), (a, b)}:
            y = _infer_year(mo, d, reference) if 1 <= mo <= 12 else None
            if y and _valid(y, mo, d) and dt.date(y, mo, d).weekday() == target:
                days.append(_iso(y, mo, d))
        add(m, days[0] if len(days) == 1 else None, True)
    for key in ("mdy", "dmy"):
        for m in p[key].finditer(text):
            y, mo, d = int(m["year"]), _month(m["month"]), int(m["day"])
            add(m, _iso(y, mo, d) if _valid(y, mo, d) else None, False)
    for key in ("quarter", "qn"):
        for m in p[key].finditer(text):
            q = int(m["qn"]) if key == "qn" else int(_vocab()["quarters"][m["quarter"].casefold()])
            year = int(m["year"]) if m["year"] else (reference.year - (1 if q * 3 > reference.month else 0)
                                                     if reference else None)
            add(m, _month_range(year, q * 3 - 2, year, q * 3) if year else None, not m["year"])
    for m in p["part"].finditer(text):
        a, b = _vocab()["parts_of_year"][re.sub(r"\s+", " ", m["part"].casefold())]
        y = int(m["year"])
        add(m, _month_range(y, a, y, b), False)
    for m in p["season_year"].finditer(text):
        add(m, _season_range(m["season"], int(m["year"])), False)
    for m in p["my"].finditer(text):
        add(m, _part_of_month(int(m["year"]), _month(m["month"]), m["part"]), False)
    for key in ("md", "dm"):
        for m in p[key].finditer(text):
            if m["month"] != "May" and m["month"].casefold() == "may" and key == "dm":
                continue  # "the top 5 may fall": the verb; "on 17 May" is the month
            mo, d = _month(m["month"]), int(m["day"])
            y = _infer_year(mo, d, reference, _looks_ahead(text, m))
            add(m, _iso(y, mo, d) if y and _valid(y, mo, d) else None, True)
    for m in p["m"].finditer(text):
        if m["month"][:1].isupper():  # "may", "march" as words are not months
            # ("boosting output to 1 million a month by September": a month still to come)
            ahead = _looks_ahead(text, m) or (m.group(0).casefold().startswith("by ")
                                              and not re.search(r"\b(?:had|did|was|were)\b", text[:m.start()]))
            y = _infer_year(_month(m["month"]), None, reference, ahead)
            add(m, _part_of_month(y, _month(m["month"]), m["part"]) if y else None, True)
    if reference is not None:
        for m in p["season"].finditer(text):
            add(m, _last_season(m["season"], reference, m["which"].casefold()), True)
        def anchor_at(pos: int) -> dt.date | None:
            """The day last told before ``pos``: earlier in this text, else before it."""
            told = [parse_iso(d.value) for d in sorted(found, key=lambda d: d.start) if d.end <= pos]
            return next((day for day in reversed(told) if day), anchor)

        for m in p["elapsed"].finditer(text):
            base = anchor_at(m.start())
            if base is None:  # no day told before it: none is invented
                taken.append(m.span())
                continue
            n = int(m["n"]) if m["n"].isdigit() else _vocab()["elapsed_numbers"][m["n"].casefold()]
            days = n * _vocab()["elapsed_units"][m["unit"].casefold()]
            add(m, (base + dt.timedelta(days=days if m["dir"].casefold() == "later" else -days)).isoformat(), True)
        for m in p["chained_weekday"].finditer(text):
            base = anchor_at(m.start())
            if base is None:  # no day told before it: which Monday is unknown, and none is invented
                taken.append(m.span())
                continue
            target = _vocab()["weekdays"].index(m["weekday"].casefold())
            step = (target - base.weekday()) % 7 or 7
            if m["which"].casefold() in ("previous", "preceding"):
                step = -((base.weekday() - target) % 7 or 7)
            add(m, (base + dt.timedelta(days=step)).isoformat(), True)
        starts = {d.start for d in found}
        for m in p["weekday"].finditer(text):
            after = _DAY_PART.match(text, m.end())
            if after and after.end() in starts:
                continue  # "on Sunday, Dec. 11": the date that follows says which Sunday
            which = (m["which"] or "").strip().casefold()
            week = _WEEK_AFTER.match(text, m.end())
            if week:  # "on Monday last week": that week's Monday, not the last Monday
                monday = reference - dt.timedelta(days=reference.weekday())
                shift = {"last": -7, "previous": -7, "this": 0, "next": 7}[week.group(1).casefold()]
                day = monday + dt.timedelta(days=shift + _vocab()["weekdays"].index(m["weekday"].casefold()))
                add(m, day.isoformat(), True, end=week.end())
                continue
            window = text[max(0, m.start() - 60):m.end() + 30]
            if which in ("starting", "beginning", "effective"):
                which = "coming"  # "access to their money starting Monday": from the next Monday on
            elif which in ("", "on", "by", "before", "until") and (_FUTURE.search(window)
                                                                    or _future_before(text[:m.start()])):
                which = "coming"  # "the law takes effect Thursday" in a Monday article: this week's Thursday
            add(m, _weekday(m["weekday"], which, reference), True)
        # after the weekdays: "fell 15% last Wednesday and 20% the following day" is the Thursday after it
        for m in p["relative"].finditer(text):
            add(m, _relative(re.sub(r"\s+", " ", m["rel"].casefold()), reference, anchor_at(m.start())), True)
    for m in p["decade"].finditer(text):
        first = int(m["decade"]) * 10
        lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get((m["part"] or "").casefold(), (0, 9))
        add(m, f"{first + lo}/{first + hi}", False)
    for m in p["year"].finditer(text):
        s = m.start("year")
        if not any(ts <= s < te for ts, te in taken):
            taken.append((s, m.end()))
            found.append(DateMention(s, m.end(), m["year"], False))
    return sorted(found, key=lambda d: d.start)


_WEEK_AFTER = re.compile(r",?\s+(last|previous|this|next)\s+week\b", re.IGNORECASE)
"""A week named after a weekday ("Monday last week")."""

_DAY_PART = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:the\s+)?")
"""Between a weekday and the date it names ("Friday evening, 9 December")."""

_FUTURE = re.compile(r"\b(will|won't|shall|is due|are due|is expected|are expected|takes? effect|kicks? in|"
                     r"comes? into (?:force|effect)|is set to|are set to|scheduled|upcoming|ahead of|"
                     r"is to|are to|ha(?:ve|s) until|deadline)\b", re.IGNORECASE)


_WILL = re.compile(r"\b(?:will|would|won't|wouldn't|shall|plans?\s+to|intends?\s+to|aims?\s+to|is\s+due\s+to|"
                   r"are\s+due\s+to|is\s+set\s+to|are\s+set\s+to|been\s+(?:asked|invited|summoned|called)\s+to)\b",
                   re.IGNORECASE)
_TOLD_SO = re.compile(r"\b(?:said|says|told|announced|reported|added|confirmed|stated)\b", re.IGNORECASE)


def _looks_ahead(text: str, m: re.Match[str]) -> bool:
    """Is the date at ``m`` told as still to come ("ahead of the meeting on March 29", "would rule on Jan. 9")?"""
    return bool(_FUTURE.search(text[max(0, m.start() - 60):m.end() + 30])) or _future_before(text[:m.start()])


def _future_before(head: str) -> bool:
    """The weekday's own clause is in the future: "said officials would carry out an inspection of the
    headquarters in Ikeda on Thursday" (a "would" before the day, no "said" between them); "said on Monday
    he would resign" is Monday past."""
    head = head[max(head.rfind(". "), head.rfind("; "), len(head) - 160) + 1:]
    wills = list(_WILL.finditer(head))
    return bool(wills) and not _TOLD_SO.search(head[wills[-1].end():])


def _weekday(name: str, which: str, ref: dt.date) -> str | None:
    target = _vocab()["weekdays"].index(name.casefold())
    back = (ref.weekday() - target) % 7
    if which == "next":
        return (ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7)).isoformat()
    if which == "coming":
        return (ref + dt.timedelta(days=(target - ref.weekday()) % 7)).isoformat()
    if which in ("through", "till"):  # a horizon ("flights cancelled through Tuesday"): the nearer one
        ahead = (target - ref.weekday()) % 7
        return (ref + dt.timedelta(days=ahead) if 0 < ahead < back else ref - dt.timedelta(days=back)).isoformat()
    if which == "last" and back == 0:
        back = 7
    return (ref - dt.timedelta(days=back)).isoformat()


def _relative(rel: str, ref: dt.date, anchor: dt.date | None) -> str | None:
    monday = ref - dt.timedelta(days=ref.weekday())
    prev_month = (ref.replace(day=1) - dt.timedelta(days=1))
    table = {
        "yesterday": (ref - dt.timedelta(days=1)).isoformat(),
        "today": ref.isoformat(),
        "tonight": ref.isoformat(),
        "this morning": ref.isoformat(),  # the day of publication, like "today"
        "this afternoon": ref.isoformat(),
        "this evening": ref.isoformat(),
        "last week": _week_range(monday - dt.timedelta(days=7)),
        "this week": _week_range(monday),
        "earlier this week": _week_range(monday),
        "last month": _iso(prev_month.year, prev_month.month),
        "this month": _iso(ref.year, ref.month),
        "earlier this month": _iso(ref.year, ref.month),
        "earlier in the month": _iso(ref.year, ref.month),
        "last year": _iso(ref.year - 1),
        "next week": _week_range(monday + dt.timedelta(days=7)),
        "next month": _iso(ref.year + ref.month // 12, ref.month % 12 + 1),
        "next year": _iso(ref.year + 1),
        "late last year": _month_range(ref.year - 1, 9, ref.year - 1, 12),
        "this year": _iso(ref.year),
        "earlier this year": _iso(ref.year),
    }
    if rel in table:
        return table[rel]
    if anchor is None:
        return None
    if rel in ("the next day", "the following day", "a day later"):
        return (anchor + dt.timedelta(days=1)).isoformat()
    if rel in ("the day before", "the previous day"):
        return (anchor - dt.timedelta(days=1)).isoformat()
    return None


def parse_absolute(text: str) -> str | None:
    """The first full date (day, month and year) in ``text``, as ISO; used for publication dates."""
    for m in find_dates(text, None):
        if len(m.value) == 10:
            return m.value
    return None


def start_of(value: str) -> str:
    """Sort key of a date or range: its first day (``2024-10/2024-12`` -> ``2024-10``)."""
    return value.split("/", 1)[0]
