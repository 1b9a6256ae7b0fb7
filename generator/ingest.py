"""Ingest: read every article of a corpus folder, decode it, and infer its metadata."""
from __future__ import annotations

import calendar
import hashlib
import html
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from . import dates, vocab
from .errors import InputError
from .models import Article

ARTICLE_SUFFIXES = (".txt",)
_LABELLED_DATE = re.compile(
    # ("date 2025-01-29", "Date: May 2, 2024"; not "Date of Report (Date of earliest event reported): ...")
    r"^\s*[•·*-]?\s*(?:date(?=\s*:|\s+\d|\s+[A-Z][a-z]{2,8}\.?\s+\d)|published|publish(?:ed)? (?:on|date|time)|"
    r"posted(?: on)?|updated|update time|last updated?|first published|dated|release date|event date|"
    r"filed(?: on)?|filing date|"
    r"(?:released|aired|broadcast|first aired)(?: on)?|"
    r"(?P<dayfirst>publi[ée]e? le|mis à jour le|veröffentlicht(?: am)?|"
    r"aktualisiert(?: am)?|publicado(?: el)?|pubblicato(?: il)?))\s*:?\s*(?P<value>[^\n]{4,60})",
    re.IGNORECASE | re.MULTILINE)
# a dateline ("WASHINGTON, March 4, 2025 (Reuters) -") or a line that is only a date, near the top
_DATE_LINE = re.compile(
    r"^\s*(?:[A-Z][A-Z .'’-]{1,40},\s*)?(?P<value>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)"
    r"[a-zA-Z]*\.?,?\s+)?(?:[A-Z][a-zA-Z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+[A-Z][a-zA-Z]{2,8}\.?,?\s+\d{4}|\d{1,2}-[A-Z][a-z]{2}-\d{4}|\d{4}-\d{2}-\d{2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}"
    r"|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日))"
    r"\s*(?:\(|[-–—|·•/]|,?\s*(?:at\s+|AT\s+)?\d{1,2}[:.]\d{2}[^\n]*$|$)",
    re.MULTILINE)
_DATE_LINES = 12
"""How far down the page (lines of text) a line that is only a date may state the publication."""
_SEGMENT_LINES = 40
"""How far down a line of page data set apart by bars or dots ("NEWS · Tue, Mar 4, 2025 · 4 min read") may."""
_SEGMENT_SEP = re.compile(r"\s+[|·•]\s+|\s{3,}")
_SEGMENT_LABEL = re.compile(r"^\s*(?:(?:first\s+|last\s+)?(?:published|posted|updated|filed)(?:\s+on)?\s*:?\s*)?",
                            re.IGNORECASE)
# a wire dateline with a day but no year ("NEW YORK/ATLANTA, Sept 8 (Agency) -"): the year comes from the corpus
_DATELINE_DAY = re.compile(
    r"^\s*[A-Z][A-Z .'’/-]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?,\s*"
    r"(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})\s*\([A-Z][\w&. ]{1,30}\)\s*[-–—]", re.MULTILINE)
_AGENCY = re.compile(r"\((Reuters|AP|AFP|Bloomberg|dpa|Xinhua|IANS|PTI|UPI|ANI|Kyodo)\)")
_CREDIT_OUTLET = re.compile(r"^\s*(Reuters|AP|AFP|Bloomberg|Associated Press)\b.{0,40}\b(editing|reporting)\b",
                            re.IGNORECASE | re.MULTILINE)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode article bytes: UTF-8 (BOM dropped), else Windows-1252; returns (text, encoding)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: cannot decode the file as UTF-8 or Windows-1252 (byte {err.start}); "
                         "save it as UTF-8 and build again") from None


def read_raw(path: Path) -> str:
    """The decoded text citations point into."""
    return decode(path.read_bytes(), path.name)[0]


def article_files(corpus_dir: Path) -> list[Path]:
    """The article files of a corpus folder, in name order."""
    if not corpus_dir.is_dir():
        raise InputError(f"{corpus_dir}: no such folder; give the folder that holds the article .txt files")
    files = sorted(p for p in corpus_dir.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                   and not p.name.startswith("."))
    if not files:
        raise InputError(f"{corpus_dir}: no article files (*.txt) found; put one article per .txt file there")
    return files


def _published_from_text(raw: str) -> str | None:
    """A publication date the page states: a labelled date line or a line that is a date."""
    return _labelled_day(raw) or _date_line_day(raw)


def _labelled_day(raw: str) -> str | None:
    """The day a labelled date line states ("Published: 4 March 2025", "date 2025-01-29")."""
    for m in _LABELLED_DATE.finditer(raw[:3000]):
        value = re.match(r"\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", m.group("value"))
        if value and m.group("dayfirst"):  # a French or German label: the day comes first
            day, month, year = (int(x) for x in value.groups())
            found = dates.valid_day(year, month, day)
        elif m.group("dayfirst") and (named := _LABEL_MONTH_DAY.search(m.group("value"))):
            # "Publié le mardi 4 mars 2025 à 6 h 10": the month in the label's language
            month = _label_month(named.group("month"))
            found = dates.valid_day(int(named.group("year")), month, int(named.group("day"))) if month else None
        else:
            found = (value and _numeric_day(value.group(0), m.group("value"))) or dates.parse_absolute(m.group("value"))
        if found and len(found) == 10:
            return found
    return None


def _date_line_day(raw: str) -> str | None:
    """The day of a line near the top that is only a date (with a time, a bar)."""
    # a line that is a date, or a byline segment that is one ("By Ann Roe | Nov 21, 2023 at 7:02 p.m."); of
    # several, the earliest: a page clock or an "Updated" stamp is later than the publication
    found = []
    # (a line of segments may sit lower on a busy page: "NEWS · Tue, Mar 4, 2025, 5:14 PM EDT · 4 min read")
    for i, line in enumerate([ln for ln in raw[:4000].splitlines() if ln.strip()][:_SEGMENT_LINES]):
        segments = _SEGMENT_SEP.split(line)[1:]
        if i >= _DATE_LINES and not (segments and re.search(r"\s[|·•]\s", line)):
            continue
        for part in [line, *segments]:
            m = _DATE_LINE.match(_SEGMENT_LABEL.sub("", part))
            value = (_numeric_day(m.group("value"), part) or dates.parse_absolute(m.group("value"))) if m else None
            if value and len(value) == 10:
                found.append(value)
    return min(found) if found else None


_LABEL_MONTH_DAY = re.compile(r"^\s*(?:\w+,?\s+)?(?P<day>\d{1,2})\.?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\.?\s+"
                              r"(?:de\s+)?(?P<year>\d{4})\b")


def _label_month(word: str) -> int | None:
    """The month a date label names, in English or in the label's own language ("décembre", "März")."""
    words = vocab.load("dates")
    key = word.casefold()
    return words["months"].get(key) or words["label_months"].get(key)


def _numeric_day(value: str, context: str = "") -> str | None:
    """ISO day of an all-number date ("19/12/2018", "12.19.2018") when only one reading is a date: the
    number above 12 is the day. "05/06/2018" may be either: it is read as the time zone in ``context`` (the
    rest of its line) tells ("05/06/2018, 11:32 BST" is 5 June), else left to the other evidence."""
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", value.strip())
    if not m:
        return None
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if a > 12 and b > 12:
        return None
    if a <= 12 and b <= 12:
        zones = set(re.findall(r"\b[A-Z]{2,4}\b", context))
        words = vocab.load("dates")
        first = bool(zones & set(words["day_first_zones"])), bool(zones & set(words["month_first_zones"]))
        if first == (True, False):
            return dates.valid_day(year, b, a)
        return dates.valid_day(year, a, b) if first == (False, True) else None
    day, month = (a, b) if a > 12 else (b, a)
    return dates.valid_day(year, month, day)


_LIST_ITEM = re.compile(r"\s*(?:[-*•·–—]|\d{1,2}[.)])\s")
WRAP_WIDEST = 120
"""A file whose lines are at most this wide (but for a few) may be hard-wrapped; news paragraphs are wider."""


def unwrap(raw: str) -> str:
    """``raw`` with the line breaks inside hard-wrapped paragraphs turned into spaces, or ``""`` when the
    file is not hard-wrapped (a plain-text export or a mail folds every paragraph at some width).

    The width is the file's widest lines (a long address on a line of its own does not set it); a line
    ends inside its paragraph when the next line's first word would not have fitted on it, as a wrapping
    program breaks. A short line (a headline, a paragraph's last line) and a list item keep their breaks.
    The file is hard-wrapped when most breaks between two lines of text are of that kind. A page that only
    embeds a folded text (a document reproduced under the article, one paragraph per line above it) is
    read the same way in its paragraphs of three lines or more."""
    lines = raw.splitlines(keepends=True)
    return _folded(raw, lines) or _folded(raw, lines, _in_long_paragraphs(lines))


def _in_long_paragraphs(lines: list[str]) -> list[bool]:
    """Which lines belong to a run of three or more lines of text (between blank lines); a table's row or a
    text box's line (columns set apart by runs of spaces, a frame of bars) is none."""
    out = [False] * len(lines)
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if re.search(r"[^\W\d_]", line) and not re.search(r"\S {3,}\S|^\s*[|+]", line):
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                out[j] = True
        run = []
    return out


_CUE_TIME = re.compile(r"^\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\b.*$")
_CUE_ID = re.compile(r"^\s*(?:\d{1,5}|WEBVTT\b.*|NOTE\b.*)\s*$")
_CUE_TURN = re.compile(r"^\s*(?:\[[^\]]{1,40}\]|-\s|>>|[A-Z][A-Z .'’-]{1,30}:\s)")
_SOUND = re.compile(r"^\s*\[[^\]]{1,40}\]\s*$")
_CAPTION_NAME = re.compile(r"^\s*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){1,3},[ \t]+[A-Z][A-Z0-9.&'’-]*"
                           r"(?:[ \t]+[A-Z0-9&][A-Z0-9.&'’-]*){0,7}\s*$")
"""A caption's line naming who speaks next, in capitals, with who they are: "ANN ROE, ACME CUSTOMER"."""
SUBTITLE_CUES = 5
"""A file with at least this many timed cues is a subtitles file (SRT or WebVTT)."""


def subtitles(raw: str) -> str:
    """``raw`` read as one text when it is a subtitles file (SRT or WebVTT), else ``""``: each cue's number and
    timing line become spaces, and so do the breaks between a cue's lines and on to the next cue's, so that a
    sentence told across cues reads whole. A cue that opens on a speaker's turn or a sound ("- ", ">>",
    "[REPORTER]", "[MUSIC]", "ANN ROE: ", a caption's "ANN ROE, ACME CUSTOMER" over her words, which then
    reads as a label, "ANN ROE, ACME CUSTOMER:"), or follows a sound, starts a paragraph of its own. Offsets
    do not move."""
    lines = raw.splitlines(keepends=True)
    if sum(bool(_CUE_TIME.match(line)) for line in lines) < SUBTITLE_CUES:
        return ""
    out, pos = list(raw), 0
    last_end, last_line = None, ""  # where the last line of a cue's text ends, and that line
    timed = blank = False  # a timing line, a blank line since that line
    for line in lines:
        body = line.rstrip("\r\n")
        if _CUE_TIME.match(body) or _CUE_ID.match(body):
            out[pos:pos + len(body)] = " " * len(body)
            timed = timed or _CUE_TIME.match(body) is not None
        elif not body.strip():
            blank = True
        else:
            # the next line of the same cue, or the first of the next cue (the page's own lines around the
            # cues keep their breaks)
            if last_end is not None and (timed or not blank) and not _CUE_TURN.match(body) \
                    and not _CAPTION_NAME.match(body) and not _SOUND.match(last_line):
                out[last_end:pos] = [" "] * (pos - last_end)
                if _CAPTION_NAME.match(last_line):
                    out[last_end] = ":"  # read as a transcript's label: "ANN ROE, ACME CUSTOMER: We ..."
            last_end, last_line, timed, blank = pos + len(body), body, False, False
        pos += len(line)
    return "".join(out)


WRAP_NARROWEST = 40
"""A document embedded in a page is folded no narrower than this (a newspaper's column, printed, runs some 40 to
50 characters): below it, short lines in a row are a menu or a list."""


WRAP_SLACK = 0.85
"""A document's text set in a proportional font breaks where the next word would not have fitted in print:
by count of characters, within this share of the widest lines."""


def _folded(raw: str, lines: list[str], embedded: list[bool] | None = None) -> str:
    """``raw`` unfolded, or ``""``: the whole file read as folded text, or only its ``embedded`` lines (a
    document set in print: breaks within WRAP_SLACK of the width, words hyphenated at the fold)."""
    counted = embedded or [True] * len(lines)
    least, slack = (5, WRAP_SLACK) if embedded else (3, 1.0)
    widths = sorted(len(line.rstrip()) for line, keep in zip(lines, counted, strict=True) if keep and line.strip())
    if len(widths) < 6:
        return ""
    width = widths[int(0.95 * (len(widths) - 1))]
    if width > WRAP_WIDEST or (embedded and width < WRAP_NARROWEST):
        return ""
    if embedded:
        # a folded paragraph's lines, all but its last, run nearly full; a menu's or a list of headlines' do not
        # (a printed column's paragraphs follow each other with no blank line: a short line that ends a
        # sentence there is a paragraph's last)
        inner = [len(line.rstrip()) for i, line in enumerate(lines[:-1])
                 if counted[i] and counted[i + 1] and lines[i + 1].strip()
                 and not re.search(r"[.!?][\"”’']?$", line.rstrip())]
        if sum(n >= 0.7 * width for n in inner) < 0.8 * len(inner):
            return ""
    out, pos, folds, pairs = list(raw), 0, 0, 0
    for i, (line, following) in enumerate(pairwise(lines)):
        pos += len(line)
        text, nxt = line.rstrip(), following.strip()
        if not text or not nxt or not (counted[i] and counted[i + 1]):
            continue
        pairs += 1
        hyphenated = bool(embedded) and re.search(r"[a-z]-$", text) is not None and nxt[:1].islower()  # "facili-"
        # a printed column's ragged lines: one that stops short of a sentence's end, over one that goes on in
        # lower case ("Some lenders returned the money they" / "were sent."), is folded whatever its width
        running = bool(embedded) and re.search(r"[\w,]$", text) is not None and re.match(r"[\"“‘(]?[a-z]", nxt)
        if (hyphenated or running or len(text) + 1 + len(nxt.split()[0]) > width * slack) \
                and not _LIST_ITEM.match(following):
            folds += 1
            for k in range(pos - (len(line) - len(line.rstrip("\r\n"))), pos):
                out[k] = " "
    if folds < least or folds < 0.5 * pairs:
        return ""
    return "".join(out)


_FOLD_HYPHEN = re.compile(r"(?<=[^\W\d_]{2})-\r?\n(?=[a-z]{2})")
_WORD_END = re.compile(r"[^\W\d_]+$")
_WORD_START = re.compile(r"[^\W\d_]+")


def closed_up(raw: str, unwrapped: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``unwrapped`` with each word a printed column hyphenated at its fold ("mil-" over "lion") read whole
    ("million", the hyphen and the break moved after it as spaces), and the spans those words take, so that
    a citation holds each one whole (see ``Article.snapped``). Only where ``unwrap`` folded the line."""
    if not unwrapped:
        return unwrapped, ()
    out, spans = list(unwrapped), []
    for m in _FOLD_HYPHEN.finditer(raw):
        if "\n" in unwrapped[m.start():m.end()]:
            continue  # a break unwrap kept: a line of its own ends there
        head = m.start() - len(_WORD_END.search(raw, max(0, m.start() - 80), m.start()).group())
        if raw[head - 1:head] == "-":
            continue  # a compound's own hyphen, at the fold: "out-of-" over "court"
        tail = _WORD_START.match(raw, m.end()).end()
        gap = m.end() - m.start()
        out[m.start():tail] = [*raw[m.end():tail], *" " * gap]
        spans.append((head, tail))
    return "".join(out), tuple(spans)


_TAG = re.compile(r"<!\[CDATA\[|\]\]>|<\?xml[^<>]*\?>|</?[A-Za-z][\w:.-]*(?:\s[^<>]{0,400})?/?>")
_BLOCK_TAG = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|item|title|section|article)\b",
                        re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{2,6}|#[xX][0-9a-fA-F]{2,5}|[A-Za-z]{2,8});")
_NATIVE_SCRIPT = re.compile(r"(?<=[A-Za-z]) \((?:[^\x00-\u024F()\s]|\s(?=[^\x00-\u024F()])){1,24}\)")
"""A name's spelling in its own script, in brackets after it: "Lin Mei-hua (林美華)", "Kim Soo-ah (김수아)"."""
MARKUP_LEAST = 3
"""A file is read as markup when it holds at least this many tags or character entities ("&#8217;", "<p>")."""


def unmarked(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` with HTML or feed markup (a page saved with its source, a feed item) read as what it shows and
    a name's spelling in its own script read past, the same length so that every offset holds, and the spans
    those took (an entity with the letters it closed up to, a bracketed spelling with the comma after it);
    ``("", ())`` when the file holds neither.

    A tag is blank (a line break where it opens or ends a block, "<p>"). A character entity is its
    character, the rest of its span blank on the side that keeps a word or a quotation whole: an opening mark
    ("&#8220;") next to the word it opens, a closing one next to the word it closes, an apostrophe inside a
    word ("company&#8217;s") with the rest of the word closed up to it. A citation never begins or ends
    inside those spans (``Article.snapped``), so what it quotes from the file is whole."""
    tags, entities = list(_TAG.finditer(text)), list(_ENTITY.finditer(text))
    if len(tags) + len(entities) < MARKUP_LEAST:
        tags, entities = [], []
    native = list(_NATIVE_SCRIPT.finditer(text))
    if not (tags or entities or native):
        return "", ()
    out = list(text)
    spans = []
    for m in native:
        # "Lin Mei-hua (林美華), an analyst": a name's native spelling in brackets is blank, and the comma after
        # it stands next to the name, so that "Lin Mei-hua, an analyst" reads as English news writes it
        end = m.end() + (text[m.end():m.end() + 1] in ",.;:")
        out[m.start():end] = [text[end - 1] if end > m.end() else " "] + [" "] * (end - m.start() - 1)
        spans.append((m.start(), end))
    for m in tags:
        blank = [" "] * (m.end() - m.start())
        if _BLOCK_TAG.match(m.group()) and "\n" not in text[m.end():m.end() + 1]:
            blank[-1] = "\n"
        out[m.start():m.end()] = blank
    for m in reversed(entities):  # from the end: a word closed up keeps the offsets of what precedes it
        char = html.unescape(m.group())
        if len(char) != 1:
            continue
        start, end = m.start(), m.end()
        pad = [" "] * (end - start - 1)
        after = "".join(out[end:end + 40])
        if char.isspace():
            out[start:end] = [" ", *pad]
        elif char in "’'" and start and text[start - 1].isalnum() and after[:1].isalnum():
            # "company&#8217;s": the apostrophe and the rest of the word close up to its letters
            tail = re.match(r"[\w’'-]*", after).group()
            out[start:end + len(tail)] = [char, *tail, *pad]
            end += len(tail)
        elif char in "“‘«" or (char in "\"'" and (not start or text[start - 1].isspace())):
            out[start:end] = [*pad, char]  # an opening mark stands next to the word it opens
        else:
            out[start:end] = [char, *pad]  # a closing mark, a dash, an ampersand: next to the word before
        spans.append((start, end))
    return "".join(out), tuple(sorted(spans))


def _outlet(raw: str) -> str | None:
    m = _AGENCY.search(raw[:600]) or _CREDIT_OUTLET.search(raw)
    return m.group(1) if m else None


def read_article(path: Path, meta: Mapping[str, Any] | None = None) -> Article:
    """Read one article; ``meta`` (title, outlet, url, published) from the story file wins."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read the file ({err.strerror}); check its permissions") from None
    raw, encoding = decode(data, path.name)
    if not raw.strip():
        raise InputError(f"{path}: the article is empty; add its text or remove the file")
    unwrapped = subtitles(raw) or unwrap(raw)
    unwrapped, mended = closed_up(raw, unwrapped)
    shown, markup = unmarked(unwrapped or raw)
    markup = tuple(sorted(markup + mended))
    unwrapped = shown or unwrapped
    text = unwrapped or raw
    meta = meta or {}
    published, basis = (str(meta["published"]), "story") if meta.get("published") else (None, "unknown")
    if published is None:
        published = _published_from_text(text)
        basis = "text" if published else "unknown"
    return Article(
        file=path.name, raw=raw, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(),
        title=str(meta.get("title") or ""), outlet=meta.get("outlet") or _outlet(text),
        url=meta.get("url"), published=published, published_basis=basis, unwrapped=unwrapped, markup=markup,
    )


def _dateline_day(raw: str, reference: str) -> str | None:
    """The day of a wire dateline without a year, in the year that puts it nearest the corpus's date."""
    m = _DATELINE_DAY.search(raw[:3000])
    if not m:
        return None
    ref = dates.parse_iso(reference)
    if ref is None:
        return None
    days = [dates.parse_absolute(f"{m.group('month')} {m.group('day')}, {y}")
            for y in (ref.year - 1, ref.year, ref.year + 1)]
    found = [d for d in (dates.parse_iso(x) for x in days if x) if d]
    # "LONDON, July 10 (Agency) - Shares ... lost a third of their value on Monday": the year in which
    # that day is the weekday the lead names
    # (only between years about as near: "Feb 8 (Agency) - ... the newspaper reported on Thursday" names the day
    # before; it does not pull the dateline a year away from every other article)
    named = _WEEKDAY.search(raw[m.end():m.end() + 400])
    if named and found:
        weekday = named.group(1).casefold()
        nearest = min(abs((d - ref).days) for d in found)
        found = [d for d in found if calendar.day_name[d.weekday()].casefold() == weekday
                 and abs((d - ref).days) <= nearest + WEEKDAY_REACH_DAYS] or found
    return min(found, key=lambda d: (abs((d - ref).days), d)).isoformat() if found else None


WEEKDAY_REACH_DAYS = 90
"""How much further from the corpus's date than the nearest year a dateline's day may be put to match the
weekday its lead names."""
_WEEKDAY = re.compile(r"\b(?:on|since|late|early)\s+(" + "|".join(calendar.day_name) + r")\b")
"""A weekday named in a lead ("on Monday"): the dateline's day, in a wire story."""


# a date in a page's masthead, in any language ("Mittwoch, 20. September 2017 | 10:47", "Friday, 30 Sept 2016")
_MASTHEAD_DATE = re.compile(r"(?P<value>(?:[^\W\d_]+,\s+)?"
                            r"(?:\d{1,2}\.?\s+[^\W\d_]{3,12}\.?|[^\W\d_]{3,12}\.?\s+\d{1,2},)\s+\d{4})\b")
MASTHEAD_WINDOW_DAYS = 62
"""How far a masthead date may lie from the corpus's date: further, it is the day the page was saved."""


def _masthead_day(raw: str, reference: str) -> str | None:
    """The date a page prints at its top, when it lies near the corpus's date (a clock showing when the
    page was saved, years later, is not the day of publication)."""
    import dateparser  # slow to import; only pages without a stated date need it

    ref = dates.parse_iso(reference)
    for line in [ln for ln in raw[:1000].splitlines() if ln.strip()][:3]:
        for m in _MASTHEAD_DATE.finditer(line):
            found = dateparser.parse(m.group("value"), settings={
                "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_LOCALE_DATE_ORDER": False})
            if found and ref and abs((found.date() - ref).days) <= MASTHEAD_WINDOW_DAYS:
                return found.date().isoformat()
    return None


def infer_missing_dates(articles: list[Article]) -> list[Article]:
    """Articles without a stated date take the date their masthead prints, when it is near the
    corpus's date (basis ``text``), else the day of their wire dateline (the year from the corpus, basis
    ``dateline``), else the corpus's latest date (basis ``corpus``): a page that prints no date is more often a
    later one (an explainer, a summary) than an early one."""
    articles = [_without_page_clock(a, articles) for a in articles]
    known = Counter(a.published for a in articles if a.published)
    if not known:
        return articles
    reference, count = max(known.items(), key=lambda kv: (kv[1], kv[0]))
    # the year of a dateline: with no date shared, the middle one's, which one date years off (a page clock)
    # cannot pull away
    days = sorted(a.published for a in articles if a.published)
    year_reference = reference if count > 1 else days[(len(days) - 1) // 2]
    out = []
    for a in articles:
        if not a.published:
            printed = _masthead_day(a.body, reference)
            day = printed or _dateline_day(a.body, year_reference)
            basis = "text" if printed else "dateline" if day else "corpus"
            a = replace(a, published=day or days[-1], published_basis=basis)
        out.append(a)
    return out



CLOCK_YEARS = 1
"""How many years after every other article's date a bare date line at the top of a page must be to be the
clock of the day the page was saved, not its publication."""


def _without_page_clock(article: Article, articles: list[Article]) -> Article:
    """An article whose only date is a bare date line years after all the others' ("Friday 9 August 2030
    07:40 ET | Edition: UK" over a story of 2026) is undated: the line is the page's clock when it was saved."""
    others = [a.published for a in articles if a is not article and a.published and len(a.published) == 10]
    if article.published_basis != "text" or len(others) < 2:
        return article
    day, latest = dates.parse_iso(article.published), dates.parse_iso(max(others))
    # (the page is read for a label only when its date is that far off)
    if day and latest and (day - latest).days > 365 * CLOCK_YEARS and not _labelled_day(article.body):
        return replace(article, published=None, published_basis="unknown")
    return article


def read_corpus(corpus_dir: Path, metadata: Mapping[str, Mapping[str, Any]] | None = None) -> list[Article]:
    """Every article of the folder, metadata inferred where the story file gives none."""
    metadata = metadata or {}
    articles = [read_article(p, metadata.get(p.name)) for p in article_files(corpus_dir)]
    return infer_missing_dates(articles)
