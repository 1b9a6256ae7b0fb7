"""Clean and segment: mark page furniture, then cut paragraphs into sentences with exact offsets.

Nothing is deleted: boilerplate becomes sentences flagged with a reason, and every sentence keeps
``raw[start:end] == text``.
"""
from __future__ import annotations

import dataclasses
import re
from functools import cache

from . import dates, vocab
from .mentions import vocabulary
from .models import Article, Document, Sentence, Span

_WIDE_TERMINATORS = "。！？"
"""Full stops of Chinese and Japanese type, kept in a machine translation ("...this matter。Reporter will ..."): a
sentence ends at them, with no space after."""
_TERMINATORS = ".!?" + _WIDE_TERMINATORS
_CLOSERS = "\"'”’)]»」』）"
_OPENERS = "\"“‘'(«[「『（"
_ABBREVIATIONS = frozenset({
    "corp", "inc", "ltd", "co", "plc", "llc", "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "v", "gov",
    "sen", "rep", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "jr", "sr", "mt", "ft", "est",
    "approx", "dept", "univ", "assn", "fig", "op", "pp", "vol", "ed", "rev", "hon", "pres", "messrs", "mag",
})
# tokens with inner dots: U.S., U.K., e.g., a.m., Ph.D.
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")


@cache
def _rules() -> tuple[tuple, tuple]:
    data = vocab.load("boilerplate")
    return vocab.compile_patterns(data["lines"]), vocab.compile_patterns(data["prefixes"])


def _lines(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without the newline."""
    out, pos = [], 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((pos, pos + len(body)))
        pos += len(line)
    return out


def trim(raw: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved in past the white space at either end of ``raw[start:end]``."""
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def is_boundary(text: str, i: int) -> bool:
    """Is the terminator at ``text[i]`` the end of a sentence?"""
    ch = text[i]
    if ch in "!?" or ch in _WIDE_TERMINATORS:
        return True
    # a dot: not after an abbreviation, an initial, a dotted acronym, or inside a number
    before = text[:i]
    word = re.search(r"[\w.&-]*$", before).group(0)
    if i + 1 < len(text) and text[i + 1].isdigit():
        return False
    if re.fullmatch(r"\d{1,3}|[IVXLC]{1,6}", word) and re.search(r"(?:^|\n)[ \t]*$", before[:len(before) - len(word)]):
        return False  # a numbered section or paragraph opening its line: "II. THE DEFENDANTS", "12. Acme is ..."
    if word.casefold() == "no" and not re.match(r"\s*\d", text[i + 1:]):
        return True  # "No. 1" abbreviates a number; "she said no." ends a sentence
    if word.casefold().rstrip(".") in _ABBREVIATIONS:
        # "Corp." ends a sentence only when the next word is clearly a new sentence start, or a person's
        # first name after a company's suffix ("... regulates Acme Corp. Ann Lee, its chief, ...")
        rest = text[i + 1:].lstrip(_CLOSERS + " ")
        nxt = re.match(r"[\w’']+", rest)
        return bool(nxt) and (nxt.group(0) in {"The", "It", "He", "She", "They", "We", "A", "An", "In", "On"} or (
            word.casefold() in vocabulary()["company_suffixes"] and nxt.group(0)[0].isupper()
            and nxt.group(0).casefold() in vocabulary()["given_names"]))
    if _DOTTED.search(word + "."):
        rest = text[i + 1:].lstrip(_CLOSERS + " ")
        nxt = re.match(r"[\w’']+", rest)
        return bool(nxt) and nxt.group(0) in {"The", "It", "He", "She", "They", "We", "A", "An", "In", "On"}
    return not _INITIAL.search(before + ".")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (relative offsets) of one paragraph; quotations are kept whole when short."""
    spans, start, depth_double = [], 0, 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "“":
            depth_double += 1
        elif ch == "”":
            depth_double = max(0, depth_double - 1)
        elif ch == '"':
            depth_double = 0 if depth_double else 1
        if ch in _TERMINATORS and is_boundary(text, i):
            j = i + 1
            while j < n and text[j] in _TERMINATORS:
                j += 1
            while j < n and text[j] in _CLOSERS:
                if text[j] in "”\"":
                    depth_double = 0
                j += 1
            k = j
            while k < n and text[k] == " ":
                k += 1
            nxt = text[k] if k < n else ""
            # a quotation that goes on ("...," she said) is not a sentence end: wait for its close,
            # unless it is long (an unbalanced quote mark must not glue a whole paragraph)
            closer = "\"" if text.count("\"", start, i) % 2 == 1 else "”"
            inside_quote = depth_double > 0 and text.find(closer, j) != -1 and j - start < 600
            # (not a "！" inside a Chinese title, "《这！就是街舞》", before more of it)
            wide = ch in _WIDE_TERMINATORS and (ch == "。" or not "\u4e00" <= nxt <= "\u9fff")
            if k >= n or ((k > j or wide) and (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or wide)
                          and not inside_quote):
                spans.append((start, j))
                start = k
            i = j
            continue
        i += 1
    if start < n and text[start:].strip():
        spans.append((start, n))
    return spans


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


@cache
def _chronology_entry() -> re.Pattern[str]:
    """A line of a key-dates box: a date, a dash and what happened ("2025-04-01 - Bids close", "March 2015 -
    Acme reports it", "Late 2019 - The scheme begins"); not a headline that opens on a word and a year."""
    months = vocab.alternation(sorted(str(m).capitalize() for m in vocab.load("dates")["months"]))
    day = rf"\d{{4}}-\d{{2}}-\d{{2}}|(?:{months})\.?(?:\s+\d{{1,2}},?)?\s+\d{{4}}" \
        rf"|\d{{1,2}}\s+(?:{months})\.?\s+\d{{4}}|\d{{4}}"
    return re.compile(rf"(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?:{day})\s*[-–—:]\s+\w+\s+\w+")


def table_row(text: str) -> bool:
    """A row of a table's cells set between bars, as Markdown writes it: "| 13 Mar 2023 | $31.21 | -61.8% |"."""
    return text.startswith("|") and text.rstrip().endswith("|") and text.count("|") >= 3


def _heading(text: str) -> bool:
    """Headline-like: short, no final full stop (a question subheading counts); not a key-dates entry."""
    words = text.split()
    if not words or len(words) > 18 or _chronology_entry().match(text) or table_row(text):
        return False
    last = text.rstrip(_CLOSERS)[-1:]
    if last in "?？":
        return len(words) <= 12
    # (a speaker broken off, "for not —", is no heading; a rule of dashes is)
    return last not in ".!:;,。！：；，" and not re.search(r"\w\s*(?:—|–|--)$", text.rstrip())


def _mark_summary_list(sentences: list[Sentence], bullets: set[int]) -> list[Sentence]:
    """A bullet list that closes an article restates it ("Key points"): page furniture, not new statements."""
    content = [s for s in sentences if not s.boilerplate]
    tail: list[int] = []
    for s in reversed(content):
        if s.paragraph in bullets:
            tail.append(s.paragraph)
        elif s.heading and tail:
            continue
        else:
            break
    if len(set(tail)) < 2:
        return sentences
    last = set(tail)
    from dataclasses import replace
    return [replace(s, boilerplate="summary list") if s.paragraph in last and not s.boilerplate else s
            for s in sentences]


_PEOPLE_LINE = re.compile(r"(?:NAME)(?:(?:,\s+|\s+and\s+|\s+&\s+)(?:NAME))*".replace(
    "NAME", r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"))
"""Reporters' names alone on a line: "Rosalind Roe in Frankfurt and Tim Lee", "Meera Rao, Kabir Sen"."""


_PLACES_LINE = re.compile(r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?(?:(?:,\s+|\s+and\s+|\s+&\s+|\s*[|/]\s*)"
                          r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?){0,2}")
"""A short line of places under the reporters' names: "Leeds and York", "London | New York"."""


def _dated_stamp(line: str) -> bool:
    """A short line that is a date, or whose parts set apart by bars or dots are ("Easton | Updated: March 4,
    2025 21:14 IST", "Published March 4, 2025, 5:30 a.m.  |  Publié le 4 mars 2025 à 5 h 30")."""
    return any(len(part.split()) <= 10 and dates.parse_absolute(part)
               for part in [line, *re.split(r"\s[|·•]\s", line)])


_BYLINE_DEPTH = 4
"""How many sentences of text a byline without "By" may follow (a standfirst, a summary)."""


def _names_over_a_date(sentences: list[Sentence], boilerplate: list[Span]) -> tuple[list[Sentence], list[Span]]:
    """A line of nothing but names, under the headline and right over the date stamp ("Thu 25 Jun 2020 14.52
    BST", "Easton | Updated: March 4, 2025 21:14 IST"), is the byline, though it has no "By"."""
    out = list(sentences)
    for i in range(1, len(out) - 1):
        sent, stamp, gap = out[i], out[i + 1], 1
        if i + 2 < len(out) and _PLACES_LINE.fullmatch(stamp.text):
            stamp, gap = out[i + 2], 2  # where they write from between: "Leeds and York"
        # (near the top, under the headline and a standfirst, not a heading far down the page over a dated
        # entry: "Past Updates" over "[+] March 2, 2025")
        if sent.heading and not sent.boilerplate and _PEOPLE_LINE.fullmatch(sent.text) \
                and any(len(p.text.split()) >= 5 for p in out[:i] if not p.boilerplate) \
                and sum(1 for p in out[:i] if p.citable and not p.heading) <= _BYLINE_DEPTH \
                and _dated_stamp(stamp.text) and not sent.text.isupper() \
                and stamp.paragraph == sent.paragraph + gap:
            out[i] = dataclasses.replace(sent, heading=False, boilerplate="byline")
            boilerplate = [*boilerplate, Span(sent.start, sent.end, "byline")]
    return out, boilerplate


def _name_line_before(raw: str, previous: Sentence, start: int) -> bool:
    """Is ``previous`` a line of nothing but names (see ``_PEOPLE_LINE``) right above ``start``?"""
    return not previous.boilerplate and not previous.duplicate_of \
        and _PEOPLE_LINE.fullmatch(previous.text) is not None \
        and re.fullmatch(r"[ \t]*\r?\n[ \t]*", raw[previous.end:start]) is not None


_LABEL = re.compile(r"[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?"
                    r"(?P<label>(?:[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3})"
                    r"(?:,[ \t]+[A-Z][A-Z0-9.&'’-]*(?:[ \t]+[A-Z0-9&][A-Z0-9.&'’-]*){0,7})?"
                    r"(?:[ \t]*\([^()\n:]{1,30}\))?(?:[ \t]+[—–][ \t]+[A-Z][^:\n]{2,80})?"
                    r"|(?:(?:Mr|Mrs|Ms|Dr|Sir|Hon)\.?[ \t]+)?[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){0,2}"
                    r"(?P<seat>(?:[ \t]+\([^()\n:]{1,40}\)){1,3})?"
                    r"|The[ \t]+[A-Z][^():\n]{3,120}?[ \t]+\((?P<held>(?:[A-Z][\w.’'-]*[ \t]+){1,3}[A-Z][\w’'-]+)\))"
                    r"[ \t]*:(?:[ \t]+(?=\S)|(?=[A-Z“‘\"]))")
"""A speaker's label at the start of a line, after a recording's time code if any: "ANN ROE: ", "Q: ", "Mr Roe: ",
"[07:41] HOST: ", "REPORTER (voice-over): ", "SOT — Ann Roe, owner, Acme Diner: " (a broadcast's script), "ANN
ROE, ACME CHIEF EXECUTIVE: " (who she is, in capitals too); a parliament's record: "Ann Roe (Rotherby East) (Lab):"
(her seat and party), "The Secretary of State for Transport (Ann Roe):" (the post, and who holds it)."""


@cache
def _not_speaker_labels() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in vocab.load("boilerplate")["not_speaker_labels"])


def _transcript_labels(raw: str, lines: list[tuple[int, int]]) -> dict[int, int]:
    """Line start -> end of its speaker label, when the article is a transcript: at least four labelled lines,
    and two labels used twice or more (a dateline "LONDON:" or a lone "Update:" makes no dialogue)."""
    tags = _not_speaker_labels()
    # (nor an outlet's own section: "ACME'S ASSESSMENT:", a fact-check's verdict under the desk's name)
    found = {start: m for start, _end in lines
             if (m := _LABEL.match(raw, start, _end)) and m.group("label").casefold() not in tags
             and not (re.search(r"[’']S\s", m.group("label")) and m.group("label").split()[-1].casefold() in tags)}
    uses: dict[str, int] = {}

    def speaker(m: re.Match[str]) -> str:
        """Who a label names: "Ann Roe (Rotherby East) (Lab)", "The Minister (Ann Roe)" and "Ann Roe" are one."""
        if m.group("held"):
            return m.group("held")
        return m.group("label")[:m.start("seat") - m.start("label")] if m.group("seat") else m.group("label")
    for m in found.values():
        key = speaker(m).casefold()
        uses[key] = uses.get(key, 0) + 1
    if len(found) < 4 or sum(n >= 2 for n in uses.values()) < 2:
        return {}
    # a label in capitals is a speaker's; one in plain case only if it comes again ("Mr Roe:", not "Aired:"), or
    # in a parliament's record, whose labels say who speaks ("Ann Roe (Rotherby East) (Lab):", "The Minister (Ann
    # Roe):") and then name them alone ("Ann Roe:", "Hon. Members:")
    # (from the first such label on: not the debate's title above it, "Acme Water: Sewage Discharges")
    record = min((start for start, m in found.items() if m.group("seat") or m.group("held")), default=len(raw))
    return {start: m.end("label") for start, m in found.items()
            if m.group("label").split()[0].isupper() or uses[speaker(m).casefold()] >= 2 or start >= record}


_FRONT_MATTER_LINES = 30


def _front_matter(raw: str, lines: list[tuple[int, int]]) -> int:
    """Where a page saved as Markdown ends its front matter ("---", "title: ...", "source: ...", "---"), or 0:
    the saving app's fields, not the article."""
    marks = [end for start, end in lines[:_FRONT_MATTER_LINES] if raw[start:end].strip() == "---"]
    first = next((start for start, end in lines if raw[start:end].strip()), None)
    if len(marks) < 2 or first is None or raw[first:first + 3] != "---":
        return 0
    inner = [raw[s:e] for s, e in lines if first < s and e < marks[1]]
    return marks[1] if all(re.match(r"\s*(?:[\w-]+:|-\s|$)", line) for line in inner) else 0


_COMMENT_REACH = 30  # lines under a comment section's header in which its comments show


@cache
def _comment_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A comment section's header line, and the marks its comments carry (``comment_headers``, ``comment_marks``)."""
    data = vocab.load("boilerplate")
    return re.compile(data["comment_headers"], re.I), re.compile(data["comment_marks"], re.I)


def _comment_section(raw: str, lines: list[tuple[int, int]]) -> int:
    """Where a reader-comment section starts (its header line), or past the end when the page has none: a
    header ("Comments (7)") with at least two of the comments' marks ("3 hours ago", "Reply · Like (24)")
    in the lines under it (a comment count beside the byline has none)."""
    header, marks = _comment_patterns()
    for i, (start, end) in enumerate(lines):
        if header.match(raw[start:end]):
            under = lines[i + 1:i + 1 + _COMMENT_REACH]
            if sum(1 for s, e in under if marks.search(raw[s:e])) >= 2:
                return start
    return len(raw) + 1


_BILINGUAL = re.compile(r"\s+/\s+")


def _bilingual_reason(line: str, line_rules: tuple) -> str:
    """Page furniture written in two languages, one after a slash ("PUBLICITÉ / ADVERTISEMENT", "Par / By Ann
    Roe | Journaliste"): the reason either half alone would be furniture for. A sentence is none."""
    if len(line) > 120 or re.search(r"[.!?][”\"']?$", line) or not _BILINGUAL.search(line):
        return ""
    halves = _BILINGUAL.split(line, maxsplit=1)
    return next((r for half in halves for rx, r in line_rules if rx.search(half)), "")


def segment_article(article: Article) -> Document:
    """Cut an article into flagged sentences with exact offsets."""
    line_rules, prefix_rules = _rules()
    raw = article.body
    sentences: list[Sentence] = []
    boilerplate: list[Span] = []
    seen: dict[str, str] = {}
    paragraph = 0
    in_related = False
    bullet_paragraphs: set[int] = set()
    lines = _lines(raw)
    labels = _transcript_labels(raw, lines)
    comments_from = _comment_section(raw, lines)
    front_to = _front_matter(raw, lines)
    turns: list[Span] = []
    posts: list[Span] = []
    above: list[tuple[int, int]] = []  # the content lines right above this one, no blank line between
    for lstart, lend in lines:
        start, end = trim(raw, lstart, lend)
        if start >= end:
            in_related = False
            above = []
            continue
        paragraph += 1
        line = raw[start:end]
        reason = next((r for rx, r in line_rules if rx.search(line)), "") or _bilingual_reason(line, line_rules)
        if not reason and "**" in line:  # a page saved as Markdown: "**By Ann Roe** · The Daily Ledger"
            plain = line.replace("**", "")
            reason = next((r for rx, r in line_rules if rx.search(plain)), "")
        reason = "reader comments" if start >= comments_from else reason
        reason = "page metadata" if end <= front_to else reason
        # a "Related:" or "Read more:" header: the list under it is furniture too
        if reason == "related stories" and len(line) < 40:
            in_related = True
        elif in_related and not reason and len(line.split()) <= 20 and not re.search(r"[.!?][”\"']?$", line):
            reason = "related stories"
        else:
            in_related = in_related and bool(reason)
        if reason == "byline" and sentences and _name_line_before(raw, sentences[-1], start):
            # "Leah Roe" on its own line over "Business reporter, Daily Ledger": the name is the byline's too
            sentences[-1] = dataclasses.replace(sentences[-1], heading=False, boilerplate="byline")
            boilerplate.append(Span(sentences[-1].start, sentences[-1].end, "byline"))
        if reason == "post credit" and above:
            # the lines above an embedded post's credit are the post, the author's words
            who = next(m for rx, r in line_rules if r == reason and (m := rx.search(line))).groupdict().get("who")
            posts.append(Span(above[0][0], above[-1][1], (who or "").strip()))
        above = [] if reason else [*above, (start, end)]
        if reason:
            boilerplate.append(Span(start, end, reason))
            sentences.append(Sentence(f"s{len(sentences) + 1}", article.file, start, end, line, paragraph,
                                      boilerplate=reason))
            continue
        # cut prefixes (dateline, "UPDATE 2-", bullets, "date 2025-01-29"), repeatedly; a transcript's speaker
        # label stays with the words it introduces ("ANN ROE: We did not.")
        cut = lstart not in labels
        if not cut:
            # a transcript's turn: its label is no sentence of its own ("ANN ROE:"), the words after it are
            label_end = labels[lstart]
            turns.append(Span(start, label_end, raw[start:label_end]))
            sentences.append(Sentence(f"s{len(sentences) + 1}", article.file, start, label_end, raw[start:label_end],
                                      paragraph, boilerplate="speaker label"))
            start, end = trim(raw, raw.index(":", label_end) + 1, end)
        while cut:
            cut = False
            for rx, why in prefix_rules:
                m = rx.match(raw[start:end])
                if m and m.end() > 0 and m.end() < end - start:
                    if why == "bullet":
                        bullet_paragraphs.add(paragraph)
                    boilerplate.append(Span(start, start + m.end(), why))
                    start = start + m.end()
                    start, end = trim(raw, start, end)
                    cut = True
                    break
        text = raw[start:end]
        # (a table's row is one statement of its cells, whatever full stops they hold)
        for rel_start, rel_end in [(0, len(text))] if table_row(text) else split_sentences(text):
            s, e = trim(raw, start + rel_start, start + rel_end)
            if s >= e:
                continue
            body = raw[s:e]
            key = _norm(body)
            dup = seen.get(key, "") if len(key) > 12 else ""
            sid = f"s{len(sentences) + 1}"
            if not dup and len(key) > 12:
                seen[key] = sid
            sentences.append(Sentence(sid, article.file, s, e, body, paragraph,
                                      heading=_heading(body) and len(split_sentences(text)) == 1,
                                      duplicate_of=dup))
    sentences = _mark_summary_list(sentences, bullet_paragraphs)
    sentences, boilerplate = _names_over_a_date(sentences, boilerplate)
    for s in sentences:
        assert raw[s.start:s.end] == s.text, (article.file, s.id)
    return Document(article, tuple(sorted(boilerplate, key=lambda b: (b.start, b.end))), tuple(sentences),
                    tuple(turns), tuple(posts))
