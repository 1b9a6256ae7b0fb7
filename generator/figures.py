"""Figures in news text: money (per currency), percentages and counts, with where they stand."""
from __future__ import annotations

import re
from functools import cache

from . import vocab


@cache
def _currency_words() -> str:
    """The currency words of cues.yml as one alternation, longest first ("dollars" before "dollar")."""
    return "|".join(sorted(vocab.load("cues")["currencies"], key=len, reverse=True))


@cache
def _amount() -> re.Pattern[str]:
    """A sum, a percentage or a large count: "US$4.3 billion", "R$71.3bn", "72 billion reais", "26.5%",
    "1.9 million", "11.6pc"; the currency signs and words are ``currency_signs`` and ``currencies`` in cues.yml.
    Not a clock's or a recording's time ("14:32", "[06:22]")."""
    cues = vocab.load("cues")
    signs = "|".join(re.escape(s) for s in sorted([*cues["currency_signs"], *cues["scaled_currency_signs"]],
                                                  key=len, reverse=True))
    words = _currency_words()
    return re.compile(
        r"(?<![\w.:])(?P<cur>" + signs + r")?\s?(?![\d,]*:\d)(?P<num>\d[\d,]*(?:\.\d+)*)\s?"
        r"(?P<scale>(?:trillion|billion|million|tn|bn|mn|m|k|thousand|crores?|lakhs?|lacs?|cr|millionen|milliarden)\b"
        r"|(?:mio|mrd)\b\.?)?"
        r"\s?(?:(?P<unit>%|per\s?cent|percent|(?<=\d)pct?\b)|(?P<curword>(?:" + words + r")(?: sterling)?)\b)?"
        r"|(?P<word>billions|millions|trillions|thousands|hundreds)",
        re.IGNORECASE)


_HEDGES = ("nearly", "about", "around", "roughly", "almost", "over", "than", "some")
_FRACTION = re.compile(r"\b(?:(?P<n>a|an|one|two|three|four)[\s-]+(?P<part>half|third|quarter|fifth|tenth)s?"
                       r"|(?:" + "|".join(rf"(?<=\b{w} )" for w in _HEDGES) + r")(?P<half>half))\s+(?=of\b)",
                       re.IGNORECASE)
"""A share in words: "about a quarter of the balance sheet", "two thirds of its value", "two-thirds of the
stations", "nearly half of the fuel" (before "of"; a bare "half of" only after a hedge)."""
_OUT_OF = re.compile(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine)\s+(?:out\s+of|in)\s+"
                     r"(?P<d>two|three|four|five|six|seven|eight|nine|ten)\b(?=\s+[a-z])", re.IGNORECASE)
"""A share as a ratio in words: "three out of four stations", "one in five drivers"."""
_ONE_IN = re.compile(r"\b(?:one|1)\s+(?:out\s+of|in)\s+(?:every\s+)?(?P<d>\d{1,3}(?:,\d{3})+|\d{2,})(?![\d,.]*\s*(?:%|"
                     r"per\s?cent|percent|pc\b))", re.IGNORECASE)
"""A share as one in a number: "fewer than one in 10,000 rentals", "roughly one in every 7,000", "1 in 25"."""


@cache
def _moved_by() -> re.Pattern[str]:
    """A move told as a share in words: "shares fell by more than a fifth", "lost nearly half", "collapsed on
    that day by a quarter" (no "of" after it); the verbs of a move are ``figure_synonyms`` fall and rise in
    cues.yml."""
    moves = vocab.load("cues")["figure_synonyms"]
    verbs = vocab.alternation([w for w in moves["fall"] + moves["rise"] if " " not in w])
    return re.compile(r"\b(?:" + verbs + r")\s+(?:(?:[a-z]+\s+){0,4}by\s+)?"
                      r"(?:(?:more|less)\s+than|nearly|almost|about|around|roughly|over|some|just\s+(?:over|under))?\s*"
                      r"(?P<n>a|an|one|two|three|four)?\s*(?P<part>half|third|quarter|fifth|tenth)s?\b(?!\s+of\b)",
                      re.IGNORECASE)


_WORD_SCALE = re.compile(r"\b(?:(?P<part>half|a\s+quarter\s+of|three\s+quarters\s+of)\s+)?"
                         r"(?<![\d.,]\s)(?<!\bin\s)an?\s+(?P<scale>million|billion|trillion)\b(?!\s+(?:and\s+)?(?:one|two|three|four|five))",
                         re.IGNORECASE)
"""A large count in words: "half a million people", "a quarter of a million", "a billion users"."""
_WORD_PARTS = {"half": 0.5, "a quarter of": 0.25, "three quarters of": 0.75}

_HALVED = re.compile(r"\bhalved\b", re.IGNORECASE)
"""A fall of half told by the verb ("more than halved", "halved its dividend"); the hedge before it is read apart."""


_SHARE_WORDS = re.compile(r"\b(?:(?:a|an|one|two|three|four)\s+)?(?:half|third|quarter|fifth|tenth)s?\b(?!.)",
                          re.IGNORECASE | re.DOTALL)
"""The share itself at the end of a move told in words ("a fifth" of "fell by more than a fifth")."""
_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
SCALE_WORDS = ("trillion", "billion", "million", "thousand", "hundred", "crore", "lakh")
"""The words that scale a number."""
_SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6, "k": 1e3,
           "thousand": 1e3,
           # the Indian scale: "Rs 2,000 crore" (ten million), "1.5 lakh" (a hundred thousand)
           "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
           # as German pages write them: "3 Mio. Euro", "2,2 Milliarden Euro", "1,16 Mrd."
           "mio": 1e6, "millionen": 1e6, "mrd": 1e9, "milliarden": 1e9}


def amounts(text: str) -> list[tuple[str, str, float]]:
    """(kind, as written, value) of money, percentages and large counts in ``text``."""
    return [(k, w, v) for k, w, v, _, _ in amount_mentions(text)]


def amount_mentions(text: str) -> list[tuple[str, str, float, int, int]]:
    """(kind, as written, value, start, end) of money, percentages and large counts in ``text``."""
    return [(k, w, v, m.start(), m.end()) for m, (k, w, v) in _amount_matches(text)]


@cache
def _month_after() -> re.Pattern[str]:
    # capitalised: "10 may lose their jobs" counts people
    months = "|".join(sorted((m.capitalize() for m in vocab.load("dates")["months"]), key=len, reverse=True))
    return re.compile(r"\s*(?:" + months + r")\b\.?(?!\w)")


def _day_first(text: str, end: int, value: float, written: str) -> bool:
    """A day of the month before its month ("31 January", "8 Oct.") or a day and month in dots ("24.01.")."""
    if re.fullmatch(r"\d{1,2}\.\d{1,2}", written) and text[end:end + 1] == ".":
        return True
    return value == int(value) and 1 <= value <= 31 and bool(_month_after().match(text, end))


_ORDERS = {"dozens": 12.0, "scores": 20.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}


@cache
def _vague() -> re.Pattern[str]:
    """A quantity told only by its order of size, before what it counts: "dozens of newspapers", "thousands of
    vehicles", "tens of thousands of dollars", "hundreds of millions of euros"."""
    words = _currency_words()
    return re.compile(r"\b(?:(?P<times>tens|hundreds)\s+of\s+)?(?P<order>" + "|".join(_ORDERS) + r")\s+of\s+"
                      r"(?:(?P<cw>" + words + r")\b)?", re.IGNORECASE)


def vague_mentions(text: str) -> list[tuple[str, str, float, float, int, int]]:
    """(kind, as written, low, high, start, end) of each quantity told only by its order of size: "thousands
    of vehicles" is a count from 2,000 up to (not including) 10,000 ("thousands"); "hundreds of millions of
    dollars" is a sum of dollars from 200 million up to a billion; "dozens" is 24 up to 120. ``end`` is where
    what it counts begins (after the currency word of a sum)."""
    out = []
    for m in _vague().finditer(text):
        times = {"": 1, "tens": 10, "hundreds": 100}[(m.group("times") or "").casefold()]
        low = 2 * _ORDERS[m.group("order").casefold()] * times  # "hundreds" is two hundred or more
        word = (m.group("cw") or "").casefold()
        kind = f"money {_currencies().get(word, word)}" if word else "count"
        out.append((kind, text[m.start():m.end("order")], low, low * 5, m.start(), m.end()))
    return out


@cache
def _signs() -> dict[str, str]:
    """Each currency sign (upper case) with the currency its sums are compared under: "US$" is "$"."""
    return {sign.upper(): currency for sign, currency in vocab.load("cues")["currency_signs"].items()}


@cache
def _currencies() -> dict[str, str]:
    """Each currency word, singular and plural, with the sign its sums are compared under."""
    return {w.casefold(): sign for w, sign in vocab.load("cues")["currencies"].items()}


def _amount_matches(text: str) -> list[tuple[re.Match[str], tuple[str, str, float]]]:
    out: list[tuple[re.Match[str], tuple[str, str, float]]] = []
    ratios: list[tuple[int, int]] = []  # "three out of four": its numbers count nothing of their own
    words = list(_WORD_SCALE.finditer(text))
    for m in words:
        part = _WORD_PARTS.get(re.sub(r"\s+", " ", (m.group("part") or "").casefold()), 1.0)
        value = part * _SCALES[m.group("scale").casefold()]
        money = _currency_word_after().match(text, m.end())
        if money:  # "about a million dollars", as a speaker says a sum
            word = money.group(1).casefold()
            out.append((_Span(text, m.start(), money.end()),
                        (f"money {_currencies().get(word, word)}", text[m.start():money.end()].strip(), value)))
        else:
            out.append((m, ("count", m.group(0).strip(), value)))
    for m in _OUT_OF.finditer(text):
        n, d = _UNITS[m.group("n").casefold()], {**_UNITS, "ten": 10}[m.group("d").casefold()]
        if n < d:
            out.append((m, ("percent", m.group(0), round(100 * n / d, 1))))
            ratios.append((m.start(), m.end()))
    for m in _ONE_IN.finditer(text):
        share = 100 / int(m.group("d").replace(",", ""))
        out.append((m, ("percent", m.group(0), float(f"{share:.2g}"))))  # "one in 7,000" is 0.014%
        ratios.append((m.start(), m.end()))
    for m in _FRACTION.finditer(text):
        if m.group("half"):
            out.append((m, ("percent", m.group(0).strip(), 50.0)))
            continue
        n, part = _COUNT_WORDS[m.group("n").casefold()], _PARTS[m.group("part").casefold()]
        if any(w.start() <= m.start() < w.end() for w in words):
            continue  # "a quarter of a million" is a count, not a share
        if n < part:
            out.append((m, ("percent", m.group(0).strip(), round(100 * n / part, 1))))
    for m in _HALVED.finditer(text):
        out.append((m, ("percent", m.group(0), 50.0)))  # "the shares more than halved": a fall of half
    for m in _moved_by().finditer(text):
        n, part = _COUNT_WORDS[(m.group("n") or "a").casefold()], _PARTS[m.group("part").casefold()]
        if n < part and (m.group("n") or m.group("part").casefold() == "half"):
            share = _SHARE_WORDS.search(text, m.start(), m.end())
            out.append((share, ("percent", share.group(0).strip(), round(100 * n / part, 1))))
    scaled = vocab.load("cues")["scaled_currency_signs"]
    for m in _amount().finditer(text):
        if any(a <= m.start() < b for a, b in ratios):
            continue  # the 7,000 of "one in 7,000" counts nothing of its own
        if m.group("cur") and m.group("cur").upper() in scaled and (
                m.group("cur") not in scaled or not m.group("scale") or m.group("scale").casefold() == "k"):
            continue  # "R2" is a name; "R20 billion" is rand
        prev = re.search(r"(\S+)\s*$", text[max(0, m.start() - 16):m.start()])
        if not m.group("cur") and not m.group("curword") and prev and prev.group(1)[:1].isupper() \
                and prev.group(1).casefold() not in _lead_words():
            continue  # a model or flight number ("Widget 737", "Flight 12") or a date ("Jan. 11"); not "About 50"
        if not (m.group("cur") or m.group("curword") or m.group("unit")) and _clock_after().match(text, m.end()):
            continue  # a time of day: "at 18.05 BST", "9.30am"
        if m.group("word"):
            word = m.group("word").casefold()
            out.append((m, ("money" if "$" in text else "count", m.group(0), {
                "trillions": 1e12, "billions": 1e9, "millions": 1e6, "thousands": 1e3, "hundreds": 1e2}[word])))
            continue
        num = m.group("num")
        if not num:
            continue
        scale = (m.group("scale") or "").casefold().rstrip(".")
        value = _number(num, bool(m.group("scale") or m.group("unit")))
        if value is None:
            continue
        if m.group("unit"):
            out.append((m, ("percent", m.group(0).strip(), value)))
        elif not m.group("cur") and m.group("curword") and not m.group("scale") and 1900 <= value <= 2100 \
                and "," not in num:
            continue  # a year before a word that names a currency too: "in 2016 won the title"
        elif m.group("cur") or m.group("curword"):
            word = m.group("curword").casefold().split()[0] if m.group("curword") else ""
            # "US$4.3 billion" is written for readers abroad; it is the dollar all the same
            sign = m.group("cur") or ""
            currency = _signs().get(sign.upper(), scaled.get(sign, sign)) or _currencies().get(word, word)
            out.append((m, (f"money {currency}", m.group(0).strip(),
                            value * _SCALES.get(scale, 1))))
        elif (unit := _measure_of(text, m.end(), value, num)) and (not scale or scale in _SCALES) \
                and not _day_first(text, m.end(), value, num):
            # "a 300-metre tanker", "1.5 million tonnes", "3,000 to 6,000 tonnes": a measure of its unit,
            # compared only with measures of that unit
            out.append((m, (f"measure {unit[0]}", (m.group(0) + unit[1]).strip(), value * _SCALES.get(scale, 1))))
        elif scale in _SCALES and scale not in ("m", "k", "thousand", "cr", "lac", "lacs"):
            out.append((m, ("count", m.group(0).strip(), value * _SCALES[scale])))
        elif 1900 <= value <= 2100 or (value < 10 and not (value >= 2 and _things_after(text, m.end()))):
            continue  # a year; a small number that counts no things ("3 times", "at 9 a.m.")
        elif _day_first(text, m.end(), value, num):
            continue  # a date written day first: "on 31 January", "24.01."
        else:
            out.append((m, ("count", m.group(0).strip(), value)))
    spelled = []
    for m in _spelled_scaled().finditer(text):
        # "eight and a half billion dollars", "ten to twelve million euros", "two million people": as a
        # speaker says them (a range is its two ends, as "$12m-$15m" is)
        word = (m.group("cw") or "").casefold()
        kind = f"money {_currencies().get(word, word)}" if word else "count"
        scale = _SCALES[m.group("scale").casefold()]
        half = 0.5 if m.group("half") else 0.0
        for group in ("n", "n2"):
            if m.group(group):
                low = m.start(group) if group == "n2" else m.start()
                value = (_spelled_value(m.group(group)) + (half if group == "n2" or not m.group("n2") else 0)) * scale
                out.append((_Span(text, low, m.end()), (kind, text[low:m.end()], value)))
        spelled.append((m.start(), m.end()))

    spelled += ratios

    def free(m: re.Match[str]) -> bool:
        return not any(a <= m.start() < b for a, b in spelled)
    for m in _spelled_percent().finditer(text):  # "four, five percent", as a speaker says a share
        if free(m):
            out.append((m, ("percent", m.group(0), _spelled_value(m.group("n")))))
            spelled.append((m.start(), m.end()))
    for m in _SMALL.finditer(text):  # "nine models" against "10 models": style guides spell out one to nine
        if _things_after(text, m.end()) and free(m):
            out.append((m, ("count", m.group(0), float(_UNITS[m.group(1).casefold()]))))
    for m in _DOZEN.finditer(text):  # "a dozen charges" against "13 charges"
        out.append((m, ("count", m.group(0), 12.0 * _COUNT_WORDS.get(m.group("n").casefold(), 1))))
    for m in _SPELLED_TEEN.finditer(text):  # "Seventeen inspectors", "eleven tugs": ten to nineteen in words
        if _things_after(text, m.end()) and free(m):
            out.append((m, ("count", m.group(0), float(_TEENS[m.group(1).casefold()]))))
    for m in _SPELLED.finditer(text):  # "Thirty-eight of its 149 cars": a sentence opens with words
        if not free(m):
            continue
        tens, unit = m.group("tens").casefold(), (m.group("unit") or "").casefold()
        out.append((m, ("count", m.group(0), float(_TENS[tens] + _UNITS.get(unit, 0)))))
    for m in _SPELLED_TENS.finditer(text):  # "some forty vessels" inside a sentence, before what they count
        if free(m) and not _SPELLED.match(text, m.start()) and _things_after(text, m.end()):
            tens, unit = m.group("tens").casefold(), (m.group("unit") or "").casefold()
            out.append((m, ("count", m.group(0), float(_TENS[tens] + _UNITS.get(unit, 0)))))
    return sorted(out, key=lambda mf: mf[0].start())


class _Span:
    """Where a figure stands, as a match would say it (a spelled range's second end has no match of its own)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _n: int = 0) -> str:
        return self._text[self._start:self._end]


def _spelled_value(words: str) -> float:
    tens, _, unit = words.casefold().partition("-")
    return float(WORD_NUMBERS.get(tens, 0) + _UNITS.get(unit, 0))


@cache
def _spelled_scaled() -> re.Pattern[str]:
    """A number in words before a scale word, with the currency word after it if any: "eight and a half
    billion dollars", "ten to twelve million euros", "two million people"."""
    number = (r"(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_UNITS) + r"))?|"
              + "|".join(sorted([*_UNITS, *_TEENS], key=len, reverse=True)))
    words = _currency_words()
    return re.compile(rf"\b(?P<n>{number})(?:\s+to\s+(?P<n2>{number}))?(?P<half>\s+and\s+a\s+half)?"
                      rf"\s+(?P<scale>million|billion|trillion)\b(?:\s+(?P<cw>{words})\b)?", re.IGNORECASE)


@cache
def _spelled_percent() -> re.Pattern[str]:
    """A share in words: "five percent", "twenty-five per cent"."""
    number = (r"(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_UNITS) + r"))?|"
              + "|".join(sorted([*_UNITS, *_TEENS], key=len, reverse=True)))
    return re.compile(rf"\b(?P<n>{number})\s+(?:per\s?cent|percent)\b", re.IGNORECASE)


@cache
def _currency_word_after() -> re.Pattern[str]:
    """A currency word right after a sum in words ("a million dollars")."""
    words = _currency_words()
    return re.compile(rf"\s+({words})\b", re.IGNORECASE)


_DOZEN = re.compile(r"\b(?P<n>a|one|two|three|four)\s+dozen\b(?!\s+or\b)", re.IGNORECASE)
"""A count in dozens ("a dozen charges", "two dozen flights"), not "dozens of" (no figure at all)."""
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_SPELLED = re.compile(r"(?:(?<=^)|(?<=[.!?]\s))(?P<tens>" + "|".join(_TENS) + r")(?:-(?P<unit>" + "|".join(_UNITS)
                      + r"))?\b(?!-)(?!\s*(?:per\s?cent|percent|%))", re.IGNORECASE)
"""A number written in words where a sentence opens, as style guides ask ("Thirty-eight cars ...")."""


_SMALL = re.compile(r"(?<!-)\b(two|three|four|five|six|seven|eight|nine)\b", re.IGNORECASE)
"""One to nine in words (not the unit of "thirty-eight")."""
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_SPELLED_TEEN = re.compile(r"\b(" + "|".join(_TEENS) + r")\b", re.IGNORECASE)
"""Ten to nineteen in words, before what they count (as a sentence opens, or as a speaker says them)."""
_SPELLED_TENS = re.compile(r"\b(?P<tens>" + "|".join(_TENS) + r")(?:-(?P<unit>" + "|".join(_UNITS) + r"))?\b(?!-)"
                           r"(?!\s*(?:per\s?cent|percent|%))", re.IGNORECASE)
"""Twenty to ninety-nine in words inside a sentence, before what they count."""


@cache
def _things() -> re.Pattern[str]:
    """A plural noun after a number, with up to two words before it: "models", "other models", "more Acme
    employees", "people"."""
    irregular = "|".join(sorted(vocab.words("cues", "irregular_plurals")))
    return re.compile(r"\s*(?:[A-Za-z][a-z-]*\s+){0,2}?([a-z]{3,}s|" + irregular + r")\b")


def _things_after(text: str, end: int) -> bool:
    """A small number counts things when a plural noun follows ("nine models", "4 banks", "six people"),
    not a measure ("four times the amount", "two weeks")."""
    m = _things().match(text, end)
    return bool(m) and m.group(1) not in _measures() and m.group(1).rstrip("s") not in _PARTS \
        and m.group(1) != "halves"  # "two thirds of their value" is a share


_RANGE_END = re.compile(r"\s*(?:to|and|-|–)\s*\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion))?")


def _measure_of(text: str, end: int, value: float, num: str) -> tuple[str, str] | None:
    """The unit a number ending at ``end`` measures in (and the words of it to show with the number): the
    unit right after it ("300-metre", "18,000 cubic metres") or after the range it starts ("3,000 to 6,000
    tonnes"; not a year: "in 2019 and 40 tonnes")."""
    unit = _measure_after().match(text, end)
    shown = unit.group(0) if unit else ""
    if not unit and (to := _RANGE_END.match(text, end)) and not (1900 <= value <= 2100 and "," not in num):
        unit = _measure_after().match(text, to.end())
    return (_measure_units()[" ".join(unit.group("unit").casefold().split())], shown) if unit else None


@cache
def _clock_after() -> re.Pattern[str]:
    """What follows a clock's time: ``clock_suffixes`` in cues.yml ("BST", "a.m.")."""
    suffixes = "|".join(re.escape(w) for w in sorted(vocab.load("cues")["clock_suffixes"], key=len, reverse=True))
    return re.compile(r"\s?(?:" + suffixes + r")(?![\w.])")


@cache
def _measure_units() -> dict[str, str]:
    """Each unit of measure (lower case, single-spaced) with the unit its figures are compared under."""
    return {" ".join(str(k).casefold().split()): str(v) for k, v in vocab.load("cues")["measure_units"].items()}


@cache
def _measure_after() -> re.Pattern[str]:
    """A unit of measure right after a number ("-metre", " ft", " cubic metres"): ``measure_units`` in cues.yml."""
    units = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(_measure_units(), key=len, reverse=True))
    return re.compile(r"[ \t]?-?[ \t]?(?P<unit>" + units + r")(?![\w/])", re.IGNORECASE)


@cache
def _measures() -> frozenset[str]:
    return frozenset(vocab.words("cues", "measure_words") | vocab.words("cues", "stopwords"))


@cache
def _lead_words() -> frozenset[str]:
    return frozenset(vocab.load("cues")["number_lead_words"])


def _number(num: str, scaled: bool) -> float | None:
    """The value of a number as English or continental pages write it: "1,800" and "1.8"; "1,8 million"
    (a decimal comma: one or two digits after it) and "100.000 people" (dots between groups of three,
    with no scale word or per cent after them)."""
    if re.fullmatch(r"\d+,\d{1,2}", num):
        return float(num.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", num) and (not scaled or num.count(".") > 1):
        return float(num.replace(".", ""))
    if num.count(".") > 1:
        return None  # a version or a date: "4.3.1", "29.7."
    try:
        return float(num.replace(",", ""))
    except ValueError:
        return None


def rounded(value: float) -> float:
    """Figures that differ only below the precision one source wrote (11% and 11.1%) agree."""
    return float(round(value)) if value < 100 else value


WORD_NUMBERS = {**_UNITS, **_TEENS, **_TENS}
"""Numbers in words, one to ninety."""


@cache
def _duration() -> re.Pattern[str]:
    """A length of time: "three days", "10-year", "two and a half days", "three to five years", "half a
    century", "a decade"; the units are ``duration_units`` in cues.yml."""
    units = "|".join(sorted(vocab.load("cues")["duration_units"], key=len, reverse=True))
    tens = "|".join(_TENS)
    words = rf"(?:(?:{tens})(?:-(?:{'|'.join(_UNITS)}))?|{'|'.join(sorted([*_UNITS, *_TEENS], key=len, reverse=True))})"
    number = rf"(?:\d+(?:\.\d+)?|{words}|half\s+an?|an?)"
    return re.compile(rf"(?<![\w.,$€£¥-])(?P<low>{number})(?:\s*(?:to|or|-|–)\s*(?P<high>{number}))?"
                      rf"(?P<half>\s+and\s+a\s+half)?(?:\s+|-)(?P<unit>{units}|centuries)s?\b"
                      rf"(?P<half2>\s+and\s+a\s+half\b)?", re.IGNORECASE)


def _duration_number(written: str) -> float | None:
    w = " ".join(written.casefold().split())
    if w in ("a", "an"):
        return 1.0
    if w.startswith("half"):
        return 0.5
    if w[:1].isdigit():
        return float(w)
    tens, _, unit = w.partition("-")
    return float(WORD_NUMBERS.get(tens, 0) + _UNITS.get(unit, 0)) or None


def duration_mentions(text: str) -> list[tuple[str, str, float, int, int]]:
    """("duration", as written, minutes, start, end) of each length of time in ``text``: how long
    something lasted or will last, not an age ("a 62-year-old"), a date ("two days later") or a rate ("$5bn
    a year"). A range ("three to five years") is its middle."""
    cues = vocab.load("cues")
    leads = (*cues["duration_lead_words"], *cues["duration_lead_verbs"])
    out = []
    for m in _duration().finditer(text):
        low = m.group("low").casefold()
        unit = _unit(m)
        before = re.search(r"([A-Za-z]+)\W*$", text[max(0, m.start() - 20):m.start()])
        prev = before.group(1).casefold() if before else ""
        if low in ("a", "an") and unit not in ("decade", "century") and prev not in leads:
            continue  # "$5bn a year", "a year earlier"
        if prev in ("every", "each", "per"):
            continue  # how often, not how long
        after = re.match(r"\s*-?\s*([A-Za-z]+)", text[m.end():m.end() + 20])
        if after and after.group(1).casefold() in cues["duration_not_after"]:
            continue
        if (span := _span(m, _minutes()[unit])) is not None:
            out.append(("duration", m.group(0), sum(span) / 2, m.start(), m.end()))
    return out


@cache
def _minutes() -> dict[str, float]:
    """Minutes in each unit of time (``duration_units``)."""
    return {u.casefold(): float(v) for u, v in vocab.load("cues")["duration_units"].items()}


def _unit(m: re.Match[str]) -> str:
    unit = m.group("unit").casefold()
    return "century" if unit == "centuries" else unit


def _span(m: re.Match[str], unit: float) -> tuple[float, float] | None:
    lo = _duration_number(m.group("low"))
    hi = _duration_number(m.group("high")) if m.group("high") else lo
    if lo is None or hi is None or hi < lo:
        return None
    half = 0.5 if (m.group("half") or m.group("half2")) else 0.0
    return (lo + half) * unit, (hi + half) * unit


def duration_span(written: str) -> tuple[float, float] | None:
    """The least and most minutes a length of time as written allows: "three to five years" is 3-5 years."""
    m = _duration().fullmatch(written)
    return None if m is None else _span(m, _minutes()[_unit(m)])
