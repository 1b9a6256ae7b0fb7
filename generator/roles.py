"""Roles: how the articles describe a party ("press secretary Jane Roe", "Acme, the largest supplier,")."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from . import vocab
from .mentions import Mention, vocabulary
from .models import Citation


def describe(mentions: list[Mention], kind: str) -> tuple[str, tuple[Citation, ...]]:
    """Role line from titles and appositions; the most common wording wins."""
    found: list[tuple[str, Citation]] = []
    for m in mentions:
        for text, cite in role_phrases(m, kind):
            found.append((text, cite))
    if not found:
        return "", ()
    counts = Counter(re.sub(r"\s+", " ", t.casefold()) for t, _ in found)
    best = max(found, key=lambda tc: (counts[re.sub(r"\s+", " ", tc[0].casefold())], -found.index(tc)))[0]
    cites = tuple(dict.fromkeys(c for t, c in found))
    return best, cites


APPOSITION = re.compile(
    r"^\s*,\s*(?:which is\s+|who is\s+|who was\s+|as\s+)?(?:both\s+)?(?P<role>(?:the|a|an|its|his|her|their)\s+"
    r"[^,;:()“”\"]{3,90}?|[A-Z][\w-]*[’']s\s+[^,;:()“”\"]{3,90}?"
    r"|(?:[a-z][\w-]*|[A-Z]{2,5})(?:\s+(?:and\s+)?[a-z][\w-]*){0,3}\s+(?:of|at|for)\s+[^,;:()“”\"]{3,80}?)"
    r"\s*(?:,|(?<!\s[A-Z])\.|;|$)")  # (an initial's full stop, "George W. Bush", does not end it)
_AGE = re.compile(r"\s*,\s*\d{1,3}(?=\s*,)")
_SHORT_FORM = re.compile(r"\s*\([A-Z][\w&.-]{0,11}\)(?=\s*,)|\)(?=\s*,)")
"""A short form in brackets after a name, or the bracket after the short form itself: "X (XY), the ..."."""
_TITLE_BEFORE = re.compile(r"(?P<role>(?:[A-Z][\w’'-]*\s+|[a-z][\w’'-]*\s+|and\s+){1,7})$")


def role_phrases(m: Mention, kind: str = "") -> list[tuple[str, Citation]]:
    """Role wordings around one mention: a title before the name, an apposition after it."""
    v = vocabulary()
    out: list[tuple[str, Citation]] = []
    sent = m.sentence
    rel_start = m.start - sent.start
    rel_end = m.end - sent.start
    if m.title:
        t_start = sent.text.rfind(m.title, 0, rel_start)
        if t_start >= 0:
            before = sent.text[:t_start]
            ext = _TITLE_BEFORE.search(before)
            s = t_start
            if ext:
                words = ext.group("role").split()
                keep = []
                for w in reversed(words):
                    if w.casefold() in {"the", "a", "an", "said", "says", "told", "by", "with", "to", "that"} \
                            or w.casefold() in v["role_stops"] \
                            or w.casefold() in v["not_parties"] - v["person_titles"] - {"ai"}:
                        break
                    keep.insert(0, w)
                if keep:
                    s = t_start - len(before) + before.rfind(" ".join(keep)) if " ".join(keep) in before else t_start
            text = sent.text[s:rel_start].strip()
            while text and text.split()[-1].casefold().rstrip(".") in v["honorifics"]:
                text = text[:text.rfind(text.split()[-1])].strip()  # "retired judge Sir" -> "retired judge"
            if text and len(text.split()) <= 9 and not _honorific_only(text):
                cs = sent.start + s
                out.append((text, sent.citation(cs, cs + len(text))))
    else:
        before = sent.text[:rel_start]
        ext = re.search(r"((?:[A-Za-z][\w’'.-]*\s+){1,7})$", before)  # ("Acme's U.S. chief")
        if ext:
            words = ext.group(1).split()
            while words and words[-1].casefold().rstrip(".") in v["honorifics"]:
                words.pop()  # "retired judge Sir" -> "retired judge"
            if words and (words[-1].casefold() in v["role_nouns"] or words[-1].casefold() in v["person_titles"]) \
                    and (kind == "person" or len(words) >= 2):
                keep = []
                for w in reversed(words):
                    if w.casefold() in v["role_stops"]:
                        break
                    if w.casefold() in {"the", "a", "an", "said", "says", "told", "by", "with", "to", "that", "and",
                                        "including", "from", "of", "in", "on", "at", "as", "for"} and keep:
                        if w.casefold() == "and" and len(keep) < 4:
                            keep.insert(0, w)
                            continue
                        break
                    keep.insert(0, w)
                text = " ".join(keep).strip()
                lead = before[:before.rfind(text)].rstrip() if text in before else ""
                # (or after a quotation: "“...,” Acme chairman Ann Roe told reporters")
                opener = not lead or lead.endswith((",", "”", '"', "’")) \
                    or lead.split()[-1].casefold() in {"the", "a", "an"}
                if text and opener and text.casefold() not in {"the", "a", "an"} and len(keep) <= 8:
                    idx = before.rfind(text)
                    if idx >= 0:
                        cs = sent.start + idx
                        out.append((text, sent.citation(cs, cs + len(text))))
    after = sent.text[rel_end:]
    if not out and kind == "person" and re.match(r"\s*,", after):
        # "The company's chief executive, Jane Roe, said": the title set off before the name
        ahead = _ROLE_AHEAD.search(sent.text[:rel_start])
        office = _OFFICE_AHEAD.search(sent.text[:rel_start]) if not ahead else None
        if office and has_role_noun(office.group("head").split()[-1].casefold()):
            ahead = office  # "The Minister of Justice, Jane Roe, said"
        if ahead and (ahead is office or has_role_noun(ahead.group("role").split()[-1])) \
                and len(ahead.group("role").split()) <= 8:
            cs = sent.start + ahead.start("role")
            out.append((ahead.group("role"), sent.citation(cs, cs + len(ahead.group("role")))))
    aside = _AGE.match(after) if kind == "person" else _SHORT_FORM.match(after)
    # "Gary Roe, 61, a retired steelworker": the age is no role; nor "the Openbaar Ministerie (OM), the Dutch
    # public prosecution service": the short form the text goes on to use
    skip = aside.end() if aside else 0
    # "Under Roe, the group expanded ...": after a name that an opening preposition governs comes the
    # sentence's own clause, not a description of the name
    governed = bool(_OPENING_PREPOSITION.fullmatch(sent.text[:rel_start]))
    ap = None if m.possessive or governed else APPOSITION.match(after[skip:])
    # "Ann Roe, a retired steelworker, said": what a person is described as is her role, whatever the noun
    described = ap is not None and kind == "person" and bool(re.match(r"an?\s", ap.group("role")))
    if ap and (has_role_noun(ap.group("role")) or described) and not _names_another(ap.group("role")):
        role = ap.group("role").strip()
        verbs = vocab.load("cues")["speech_verbs"]
        first = role.split()[0].casefold() if role.split() else ""
        if role and first not in verbs and not re.search(r"\b(said|says|told|added)\b", role) \
                and len(role.split()) <= 14:
            idx = skip + after[skip:].find(role)
            cs = sent.start + rel_end + idx
            out.append((role, sent.citation(cs, cs + len(role))))
    return out


_OPENING_PREPOSITION = re.compile(r"\s*(?:Under|For|Like|Unlike|With|Without|After|Before|Despite|Against|From|"
                                  r"To|By|As|Beyond|Besides|Except|Including)\s+")
"""A sentence that opens with a preposition up to the name ("Under ")."""


_ROLE_AHEAD = re.compile(r"(?P<role>\b(?:[Tt]he|(?:(?!(?:On|In|At|By|For|But|And|After|Before)\s)[A-Z][\w&.-]*\s+){0,2}"
                         r"[A-Z][\w-]*[’']s)\s+"
                         r"(?:(?!(?:the|a|an|its|his|her|their)\s)[\w’'-]+\s+){0,6}?[a-z][\w-]*),\s*$")
"""A role set off by commas before the name, from the last "the" or owner: "The company's chief executive, "
and "Acme dismissed the chief operating officer, " (then "Jane Roe, said"); not "its chairman", whose owner
the role line would not name."""


_OFFICE_AHEAD = re.compile(r"(?P<role>\b[Tt]he\s+(?P<head>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s+(?:of|for)\s+"
                           r"(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:and\s+)?[A-Z][\w&’'-]*){0,3}),\s*$")
"""An office set off by commas before the name: "The Minister of Justice, " (then "Jane Roe, said")."""


def _names_another(role: str) -> bool:
    """"..., the Treasury Department and the Commodity Futures Trading Commission": the words after the
    comma name other bodies (a list goes on), they do not describe this one. A name's own title ("the Post
    Office minister", "the Business and Trade Secretary") and a possessive ("the White House's AI and crypto
    czar") stay roles. Nor are alternatives a description: "pretending to be Acme, a bank or a government
    agency"."""
    if re.search(r"\sor\s+(?:a|an|the|any)\s", role):
        return True
    first, *rest = re.split(r"\s+and\s+(?=the\s|[a-z])", role, maxsplit=1)
    words = first.split()[1:] if first.split()[:1] == ["the"] else []
    if not words or re.search(r"[’']s\b", first) or not all(w[0].isupper() or w in _NAME_JOINS for w in words):
        return False
    return bool(rest) or not has_role_noun(words[-1])


_NAME_JOINS = frozenset({"of", "for", "and", "on", "the", "de", "du", "des", "la", "le"})


def has_role_noun(text: str) -> bool:
    v = vocabulary()
    roles = (v["role_nouns"] | v["person_titles"]) - v["honorifics"]
    # "Secretary-General", "vice-president": a title written with a hyphen; "one of Acme's lawyers": one of several
    return any(w in roles or w.replace("-", " ") in roles or any(p in roles for p in w.split("-"))
               or (len(w) > 4 and w.endswith("s") and w[:-1] in v["person_titles"] - v["honorifics"])
               for w in re.findall(r"[a-z][\w-]*", text.casefold()))


def _honorific_only(text: str) -> bool:
    """"Mr", "Ms", "ITV's drama Mr": a form of address, not a role."""
    return not has_role_noun(text)




@cache
def _judge() -> re.Pattern[str]:
    titles = vocab.alternation(vocab.load("cues")["judge_titles"])
    # (not the "Minister of Justice" or the "Justice Department")
    return re.compile(rf"(?<!\bof\s)\b(?:{titles})\b(?!\s+(?:department|ministry|minister|secretary|system))"
                      r"|\bsitting\s+(?:in|at)\s+the\b", re.IGNORECASE)


def a_judge(described: str) -> bool:
    """A person's role or names that make them a judge: "Mr Justice", "Judge", "sitting in the High Court"."""
    return bool(_judge().search(described))
