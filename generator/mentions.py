"""Mentions: capitalised names in content sentences, titles split off, with exact offsets.

Also the names that are not written as capitalised runs: country bodies ("the Chinese government",
"US officials") and people and outlets in credit lines. Vocabulary comes from ``data/parties.yml``.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from . import vocab
from .models import Citation, Document, Sentence
from .places import demonym_countries, demonyms, gazetteer, owners, regions

APOSTROPHES = "'’"
_TOKEN = re.compile(r"[^\W_][\w&.'’-]*[\w.&]|[^\W_]|&")
_INNER_CONNECTORS = vocab.words("parties", "name_connectors")
"""Small words inside a name: "Bank of England", "Córrego do Feijão", "Ursula von der Leyen"."""
CONNECTORS = _INNER_CONNECTORS | {"and", "on", "in"}
UPPER = "".join(c for c in map(chr, range(0x250)) if c.isupper())
"""The capital letters of the Latin alphabets ("A", "Ö", "Ł", "Ș"), for patterns of names."""
_GAP = re.compile(r"[ \t\u00a0]+")
"""What stands between two words of one name: spaces, tabs, no-break spaces ("Mr\u00a0Roe")."""
PLAIN_WORD = re.compile(rf"[{UPPER}](?:[^\W\d_{UPPER}]|[’'-])+")
"""A capitalised word with no other capital, in any alphabet ("Roe", "Jörg", "O’Neil" is not)."""


_LETTERS_APART = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss",
                                "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "Þ": "Th", "ı": "i"})
"""Letters that are no accented form of a Latin letter, as English copy writes them ("Bjørn" as "Bjorn")."""


def plain_letters(word: str) -> str:
    """A word without its accents ("Ömer" -> "Omer", "Élodie" -> "Elodie", "Bjørn" -> "Bjorn")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.translate(_LETTERS_APART))
                   if not unicodedata.combining(c))


def family_name_in_capitals(word: str) -> bool:
    """A family name as papers in Japan print it before the given name ("ROE Akiko"): in capitals, with vowels
    (not an acronym: "NHS England")."""
    return word.isupper() and sum(c in "AEIOU" for c in word) >= 2


def is_given_name(word: str, names: frozenset[str] | None = None) -> bool:
    """Is ``word`` a given name (of ``names``, else any listed)? The lists are in plain letters, so "Ömer" is."""
    names = vocabulary()["given_names"] if names is None else names
    low = word.casefold()
    if "-" in low.strip("-"):
        # "Karl-Heinz", "Jean-Pierre": every part a given name ("Rolls-Royce" is none)
        return all(is_given_name(part, names) for part in low.split("-"))
    return low in names or plain_letters(low) in names


@cache
def vocabulary() -> dict:
    data = vocab.load("parties")
    out = {k: frozenset(str(x).casefold() for x in v) for k, v in data.items() if isinstance(v, list)}
    out["country_adjectives"] = {k.casefold(): v for k, v in data["country_adjectives"].items()}
    out["country_bodies"] = {k.casefold(): v for k, v in data["country_bodies"].items()}
    out["given_names"] = out["given_names"] | out["female_given_names"] | out["male_given_names"]
    return out


def norm_name(name: str) -> str:
    """Comparison key of a name: casefolded, without accents ("Nestlé" is "Nestle"), possessive and company
    suffix dropped."""
    s = plain_letters(name.replace("’", "'")).casefold().strip()
    s = re.sub(r"'s?$", "", s)
    s = re.sub(r"^the\s+", "", s)
    # "U.S." and "US" are one word
    toks = [t.replace(".", "") if re.fullmatch(r"(?:[a-z]\.)+[a-z]\.?", t) else t.strip(".,") for t in s.split()]
    while len(toks) > 1 and (toks[-1] in {x.rstrip(".") for x in vocabulary()["company_suffixes"]} or toks[-1] == "&"):
        toks.pop()  # "Wells & Co." -> "wells"
    return " ".join(toks)


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a candidate name in a content sentence."""

    name: str
    """As written (title and possessive stripped)."""
    sentence: Sentence
    start: int
    end: int
    title: str = ""
    """A title written before the name ("President", "press secretary")."""
    possessive: bool = False
    after: str = ""
    """The next few words after the name."""
    before: str = ""
    """The few words before the name (or the title)."""

    @property
    def citation(self) -> Citation:
        """The name's exact span in the raw text."""
        return self.sentence.citation(self.start, self.end)


_CAMEL = re.compile(r"[a-z]{1,4}[A-Z][a-z]")
"""A name written in lower case up to a capital inside it: "easyJet", "iFinex"."""


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1].isdigit() and any(c.isalpha() for c in tok) and tok[-1:].isupper()) \
        or _CAMEL.match(tok) is not None


def lower_words(documents: tuple[Document, ...]) -> frozenset[str]:
    """Words the corpus writes in lower case somewhere: capitalised only at a sentence start."""
    seen: set[str] = set()
    for d in documents:
        for s in d.content:
            seen.update(w for w in re.findall(r"\b[a-z][a-z'’-]+\b", s.text))
    return frozenset(seen)


@cache
def _located() -> re.Pattern[str]:
    """"New York-based", "Frankfurt-listed": where a party is from."""
    return re.compile(rf"-(?:{vocab.alternation(vocabulary()['located_suffixes'])})$", re.IGNORECASE)


@cache
def _made_by() -> re.Pattern[str]:
    """"Acme-badged", "Acme-made": a maker named on what it makes."""
    return re.compile(rf"-(?:{vocab.alternation(vocabulary()['maker_suffixes'])})$", re.IGNORECASE)


@cache
def _byline_word() -> re.Pattern[str]:
    return re.compile(rf"^(?:{vocab.alternation(vocabulary()['byline_words'])})\s+", re.IGNORECASE)


def _two_names_of(toks: list[tuple[int, int, str]], cut: int, words: frozenset[str], lower: frozenset[str]) -> bool:
    """"Russell Roe of Acme": two plain words, neither a body's, a title, a place or a word the text writes in
    lower case, then "of" and a name (not "of the ..."): a person, given name unknown, and her organisation
    ("United States of America", "Royal Bank of Scotland" are one name)."""
    head = [t[2] for t in toks[:cut]]
    return cut == 2 and toks[cut][2] == "of" and len(toks) > cut + 1 and toks[cut + 1][2][:1].isupper() \
        and all(PLAIN_WORD.fullmatch(w) and w.casefold() not in words and w.casefold() not in lower for w in head) \
        and " ".join(head).casefold() not in gazetteer() and not any(w.casefold() in gazetteer() for w in head)


def _title_length(toks: list[tuple[int, int, str]], titles: frozenset[str]) -> int:
    """How many of a run's first words are a person's title, the longest title first ("Chief Financial
    Officer", "Prime Minister", "Sen."); 0 when it opens with none or is nothing but one."""
    n = next((n for n in (4, 3, 2) if len(toks) > n and " ".join(t[2] for t in toks[:n]).casefold() in titles), 0)
    return n or (1 if len(toks) > 1 and _is_title(toks[0][2]) else 0)


def _is_title(token: str) -> bool:
    titles = vocabulary()["person_titles"]
    low = token.casefold()
    # "Prosecutor-General", "Attorney-General": a title written with a hyphen is the title; "Senators Roe,
    # Lee and Poe": a title for several
    return low in titles or low.rstrip(".") in titles or low + "." in titles or low.replace("-", " ") in titles \
        or (len(low) > 4 and low.endswith("s") and low[:-1] in titles)


def _next_cap(toks: list[tuple[int, int, str]], j: int, text: str) -> bool:
    """Is a capitalised token reached from position j through at most one more connector?"""
    for k in (j, j + 1):
        if k >= len(toks) or not _GAP.fullmatch(text[toks[k - 1][1]:toks[k][0]] or "x"):
            return False
        if _is_cap(toks[k][2]):
            return True
        if toks[k][2].casefold() not in _INNER_CONNECTORS:
            return False
    return False


def _org_and(cur: list[tuple[int, int, str]], toks: list[tuple[int, int, str]], i: int) -> bool:
    """Does "and" join two halves of one organisation's name rather than two names?"""
    words = vocabulary()["government_words"] | vocabulary()["regulator_words"] | vocabulary()["and_body_words"]
    ahead = [t[2].casefold() for t in toks[i + 1:i + 5]]
    body_ahead = False
    for t in ahead[1:]:
        if t in words:
            body_ahead = True
            break
        if not t[:1].isalpha():
            break
    # "The Beacon and Mail": one outlet, a single word and a newspaper's word after "The"
    media = vocabulary()["media_words"]
    first = cur[1:] if cur[0][2] == "The" else cur
    k = next((j for j, t in enumerate(toks) if t[0] == first[0][0]), 0)
    after_the = cur[0][2] == "The" or (k > 0 and toks[k - 1][2].casefold() == "the")
    if len(first) == 1 and after_the and first[0][2].casefold() not in media and ahead \
            and ahead[0].strip(".,;:") in media and (i + 2 >= len(toks) or not _is_cap(toks[i + 2][2])):
        return True
    of = next((k for k, t in enumerate(cur) if t[2] in ("of", "for")), -1)
    if of >= 0:
        # "Ministry of Economy, Trade and Industry" is one body; "Department of Justice and State Department"
        # names two, each with its own body word; "Ann Roe of the Acme Union and Tom Poe of Beta" names two
        # people, each with their body
        head = [t[2].casefold() for t in cur[:of]]
        if len(head) >= 2 and not set(head) & words:
            return False
        return not (body_ahead and set(head) & words)
    return body_ahead


@cache
def _verb_after_possessive() -> re.Pattern[str]:
    """A verb right after a name's "'s" ("Moody's said", "Macy's has closed", "Moody's changed its outlook"):
    a possessive is followed by what is owned, so this "'s" is part of the name."""
    verbs = vocab.alternation(vocab.load("cues")["speech_verbs"])
    return re.compile(r"\s+(?:(?:" + verbs + r"|has|had|is|was|will|would|did|does)\b"
                      r"|[a-z]{3,}ed\s+(?:its|the|a|an|their|his|her)\b)")


def _collective_before(toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Is ``toks[i]`` a plural's possessive inside a name ("People's Liberation Army", "National People's
    Congress", "Women's Aid"): "People's", "Women's", "Children's" with a capitalised word right after it?"""
    return toks[i][2][:-2].casefold() in vocabulary()["irregular_plurals"] and i + 1 < len(toks) \
        and _is_cap(toks[i + 1][2]) and _GAP.fullmatch(text[toks[i][1]:toks[i + 1][0]]) is not None


def _body_after(toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Does ``toks[i]`` go on a body's name past a plural possessive ("Swedish Shareholders’ Association",
    "Consumers' Union"): the word before it ends in "s" and an apostrophe, and it is one of ``member_bodies``?"""
    return 0 < i < len(toks) and toks[i - 1][2].endswith("s") and _is_cap(toks[i - 1][2]) \
        and re.fullmatch(rf"[’']{_GAP.pattern}", text[toks[i - 1][1]:toks[i][0]]) is not None \
        and toks[i][2].casefold().strip(".,") in vocabulary()["member_bodies"]


def _firm_after(toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Is the possessive ``toks[i]`` part of a firm's name ("Moody's Investors Service", "Macy's Inc."): a
    few capitalised words follow it, the last a company's word or suffix?"""
    v = vocabulary()
    if toks[i][2][:-2].casefold() in owners():
        return False  # a place's firm: "Mexico's Grupo Acme", "Japan’s Northwind Holdings"
    ends = v["company_words"] | {x.strip(".") for x in v["company_suffixes"]}
    j = i + 1
    while j < len(toks) and j <= i + 3 and _is_cap(toks[j][2]) \
            and _GAP.fullmatch(text[toks[j - 1][1]:toks[j][0]]):
        j += 1
    return j > i + 1 and toks[j - 1][2].casefold().strip(".,") in ends


def _portfolio_list(cur: list[tuple[int, int, str]], toks: list[tuple[int, int, str]], i: int) -> bool:
    """Does the comma before ``toks[i]`` list the portfolios of one body ("Ministry of Economy, Trade and
    Industry", "Department for Trade, Energy and Coastal Affairs"): a government body "of" or "for"
    something, then names up to an "and" and a last name?"""
    words = vocabulary()["government_words"] | vocabulary()["regulator_words"]
    of = next((k for k, t in enumerate(cur) if t[2] in ("of", "for")), 0)  # ("The Ministry of ...")
    if not 0 < of < len(cur) - 1 or cur[of - 1][2].casefold() not in words:
        return False
    for j in range(i, min(len(toks), i + 6)):
        t = toks[j][2]
        if t == "and":
            return j + 1 < len(toks) and _is_cap(toks[j + 1][2])
        if not _is_cap(t):
            return False
    return False


@cache
def _topic_bodies() -> frozenset[str]:
    """Words after which "on" goes on naming a body by its subject ("Committee on Finance")."""
    return vocab.words("parties", "topic_bodies")


@cache
def _calendar_words() -> frozenset[str]:
    """Weekdays and months: "the Commission on Monday" is a day, not a name."""
    words = vocab.load("dates")
    return frozenset(str(w).casefold() for w in [*words["weekdays"], *words["months"]])


_OWNED = re.compile(rf"(?<![\w’'])([{UPPER}][\w-]*)[’']s(?:{_GAP.pattern}([{UPPER}][\w-]*))?")
"""A capitalised word's possessive and the capitalised word after it ("Acme's Rotherby plant")."""


def bound_possessives(documents: tuple[Document, ...], common: frozenset[str]) -> frozenset[str]:
    """Words the corpus only ever writes as one name with "'s" ("Hare's Head", "Rook's Nest"): each
    time before the same capitalised word, twice at least, and never on their own (``common``: the words the
    corpus writes in lower case, from ``lower_words``). Casefolded, without "'s"."""
    after: dict[str, set[str]] = {}
    times: dict[str, int] = {}
    alone: set[str] = set()
    for doc in documents:
        for sent in doc.content:
            for m in _OWNED.finditer(sent.text):
                word = m.group(1).casefold()
                after.setdefault(word, set()).add((m.group(2) or "").casefold())
                times[word] = times.get(word, 0) + 1
            alone.update(w.casefold() for w in re.findall(rf"(?<![\w’'])[{UPPER}][\w-]*\b(?![’']s\b)", sent.text))
    # (nor a common noun: "Parliament's Digital Committee" where "parliament" is written too)
    return frozenset(w for w, nexts in after.items() if times[w] >= 2 and len(nexts) == 1 and "" not in nexts
                     and w not in alone and w not in owners() and w not in common)


@cache
def _source_labels() -> frozenset[str]:
    """What an unnamed source known by a number is called ("Confidential Source #4", "Witness #1")."""
    return vocab.words("parties", "source_labels")


def _runs(sentence: Sentence, bound: frozenset[str] = frozenset()) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """Capitalised token runs: (start, end, tokens) relative to the sentence (``bound``: words whose "'s"
    goes on a name, from ``bound_possessives``)."""
    from .segment import is_boundary  # local: segment reads this module's vocabulary

    text = sentence.text
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    runs, cur = [], []
    for i, (s, e, t) in enumerate(toks):
        gap = text[cur[-1][1]:s] if cur else ""
        joinable = not cur or re.fullmatch(rf"{_GAP.pattern}|-", gap) is not None or (
            re.fullmatch(r"['’] ", gap) is not None and cur[-1][2].endswith("s") and _is_cap(t)
            and _body_ahead(toks, i, text)) or (  # "Consumers' Association", "Shoppers’ Confidence Act"
            gap == ", " and _portfolio_list(cur, toks, i)) or _body_after(toks, i, text)
        if _is_cap(t) and joinable:
            cur.append((s, e, t))
            if (t.endswith(("’s", "'s")) and not _firm_after(toks, i, text) and not _collective_before(toks, i, text)
                    and t[:-2].casefold() not in bound) \
                    or t.endswith(("’", "'")) or (
                    t.endswith(".") and is_boundary(text, e - 1)):
                runs.append(cur)  # a possessive or a full stop ends a name: "... at Acme. Beta will ..."
                cur = []
        elif (cur and joinable and t.casefold() in _INNER_CONNECTORS and _next_cap(toks, i + 1, text)
              and (t.casefold() != "the" or cur[-1][2].casefold() in _INNER_CONNECTORS)):
            # "the" goes on a name only after a small word ("Office of the Attorney General"); "told the
            # Daily Mirror the Government would" names two
            cur.append((s, e, t))
        elif (cur and t == "n" and re.fullmatch(r"[ \t]['’]", gap) and _next_cap(toks, i + 1, text)
              and re.fullmatch(r"['’]?[ \t]", text[e:toks[i + 1][0]])):
            cur.append((s, e, t))  # "Rock 'n Play", "Rock ’n’ Roll": a contracted "and" inside a name
        elif (cur and joinable and t == "on" and cur[-1][2].casefold() in _topic_bodies()
              and _next_cap(toks, i + 1, text) and toks[i + 1][2].casefold() not in _calendar_words()):
            cur.append((s, e, t))  # "International Agency for Research on Cancer", "Committee on Finance"
        elif (cur and joinable and t == "and" and i + 1 < len(toks) and _is_cap(toks[i + 1][2])
              and _org_and(cur, toks, i)):
            cur.append((s, e, t))  # "Department for Business and Trade", "Business and Trade Committee"
        elif cur and re.fullmatch(r"\d{1,3}\.?", t) and re.fullmatch(r" ?#", text[cur[-1][1]:s]) \
                and cur[-1][2].casefold() in _source_labels():
            # a source known by a number: "Confidential Source #4", "said Witness #1."
            cur.append((s, s + len(t.rstrip(".")), t.rstrip(".")))
        else:
            if cur:
                runs.append(cur)
            cur = [(s, e, t)] if _is_cap(t) else []
            if cur and ((t.endswith(("’s", "'s")) and t[:-2].casefold() not in bound) or t.endswith(("’", "'"))):
                runs.append(cur)  # a possessive ends a name: "London's | Metropolitan Police"
                cur = []
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        while run and run[-1][2].casefold() in _INNER_CONNECTORS:
            run = run[:-1]
        if run:
            out.append((run[0][0], run[-1][1], run))
    return out


def _mention_at(sent: Sentence, s: int, e: int, name: str | None = None, title: str = "",
                possessive: bool = False) -> Mention:
    """A mention of ``sent.text[s:e]`` (written ``name`` when given), with 60 characters of context each side."""
    text = sent.text
    # (a marked-up page's "Rook &amp; Vale" reads "Rook &     Vale": a name's words are one space apart)
    written = re.sub(r" {2,}", " ", text[s:e] if name is None else name)
    return Mention(written, sent, sent.start + s, sent.start + e, title, possessive,
                   text[e:e + 60], text[max(0, s - 60):s])


@cache
def _day_possessive() -> re.Pattern[str]:
    """A weekday's or month's possessive ("Sunday's", "January’s"): when, not who."""
    words = vocab.load("dates")
    names = [str(w) for w in words["weekdays"]] + [str(m) for m in words["months"] if len(str(m)) > 3]
    return re.compile(rf"(?:{vocab.alternation(names)})[’']s", re.IGNORECASE)


def _pair(toks: list) -> str:
    return f"{toks[0][2]} {toks[1][2]}".casefold()


def _names_inside(documents: tuple[Document, ...]) -> frozenset[str]:
    """The first two words of every name written inside a sentence (not at its start), casefolded."""
    out = set()
    for doc in documents:
        for sent in doc.content:
            for rs, _re, toks in _runs(sent):
                if len(toks) > 1 and sent.text[:rs].strip(" \t“\"'‘(-—–•*"):
                    out.add(_pair(toks))
    return frozenset(out)


@cache
def _legal_forms() -> frozenset[str]:
    """A company's legal form as abbreviated ("Corp", "Ltd", "AG"), not "Group" ("Group of Seven")."""
    return frozenset(x.strip(".") for x in vocabulary()["company_suffixes"] if len(x.strip(".")) <= 4)


@cache
def member_bodies() -> frozenset[str]:
    """What a body's members form ("Club", "Union", "Association"): the last word of its name."""
    return frozenset(vocabulary()["member_bodies"])


@cache
def _member_or_body_words() -> frozenset[str]:
    """Words that end a body's name: its kind ("Committee", "Agency") or what its members form ("Club")."""
    return _body_words() | member_bodies()


def _body_ahead(toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Do the capitalised words from ``toks[i]`` on end in a body's or a law's word ("Confidence Act", "Court",
    "Debt Platform")? Then a plural's possessive before them is inside the name ("Shoppers' Confidence Act"),
    not a company's ("Acme Industries' U.S.-listed shares", "Acme Foods' Widget noodles")."""
    words = []
    for j in range(i, min(i + 4, len(toks))):
        if j > i and not re.fullmatch(_GAP.pattern, text[toks[j - 1][1]:toks[j][0]]):
            break
        if not _is_cap(toks[j][2]):
            break
        words.append(toks[j][2].casefold().strip(".’'"))
    return bool(words) and (words[-1] in _body_words() or words[-1] in _name_tail_bodies())


@cache
def _name_tail_bodies() -> frozenset[str]:
    """Words that end the name of a law, a court or a body of people ("Act", "Court", "Platform", "Party")."""
    return vocab.words("parties", "possessive_name_tails")


@cache
def _body_words() -> frozenset[str]:
    v = vocabulary()
    return frozenset(v["government_words"] | v["regulator_words"] | v["company_words"] | v["media_words"]
                     | set(v["organisation_nouns"]))


_APPOSITION = re.compile(r",\s+(?:a|an)\s+[a-z]")
"""A description set off after a name: ", a partner at ..."."""


def find_mentions(documents: tuple[Document, ...]) -> list[Mention]:
    """Candidate name mentions in every content sentence, titles split off."""
    v = vocabulary()
    lower = lower_words(documents)
    titles = v["person_titles"]
    inside = _names_inside(documents)
    bound = bound_possessives(documents, lower)
    out: list[Mention] = []
    for doc in documents:
        for sent in doc.content:
            if sent.heading:
                continue
            text = sent.text
            for rs, _re, toks in _runs(sent, bound):
                # sentence-initial common word: "Speaking", "Hedge", "The" (not the first word of a name
                # the text also writes inside a sentence: "Credit Suisse said" opens with "Credit")
                at_start = not text[:rs].strip(" \t“\"'‘(-—–•*")
                addressed = bool(toks) and toks[0][2].casefold() in v["honorifics"]
                while toks and re.fullmatch(r"[0-9A-F]{2}", toks[0][2]) and text[toks[0][0] - 1:toks[0][0]] == "=":
                    toks = toks[1:]  # a mail's quoted-printable code ("=E2=80=9D Roe said"): no word of a name
                if not toks:
                    continue
                # ("Will Roe, a partner at ...": a first name that is also a word, before a surname and an
                # apposition, is a name)
                described = len(toks) == 2 and _APPOSITION.match(text, toks[-1][1]) is not None \
                    and toks[1][2].casefold() not in lower and toks[1][2].casefold() not in _body_words()
                while toks and (toks[0][2].casefold().strip("’'") in v["strip_words"] and len(toks) > 1
                                or (at_start and toks[0][2].casefold() in lower
                                    and not is_given_name(toks[0][2]) and not described
                                    and not (len(toks) > 1 and _pair(toks) in inside))):
                    toks = toks[1:]
                    at_start = False
                if len(toks) == 1 and toks[0][2].casefold().strip("’'") in v["strip_words"] \
                        and not text[:toks[0][0]].strip(" \t“\"'‘(-—–•*") and text[toks[0][1]:].startswith(","):
                    continue  # a word that opens a sentence and no name: "Nevertheless, the company ..."
                if len(toks) == 1 and toks[0][2].endswith("ing") and re.search(
                        r"[“\"‘'«„]\s*$", text[:rs]) and not is_given_name(toks[0][2]):
                    continue  # a quotation opening on a verb: "“Adding more reserves,” he wrote"
                while len(toks) > 1 and _day_possessive().fullmatch(toks[0][2]):
                    toks = toks[1:]  # "Sunday's Acme Airlines crash": the day is no part of the name
                # an inner title splits the run: "Acme CEO Jane Doe" -> "Acme" and (CEO) "Jane Doe"
                # (a plural's possessive is no title: "the Irish Airline Pilots' Association")
                for i in range(1, len(toks) - 1):
                    j = i
                    while j < len(toks) and _is_title(toks[j][2]) \
                            and text[toks[j][1]:toks[j][1] + 1] not in APOSTROPHES:
                        j += 1
                    # ("Office of the Attorney General": an office named after its holder's title is a body)
                    # (nor "Hare's Head Provisions": a word of a name the corpus only writes with "'s")
                    # (nor a body's name with a title's word in it: "the Acme Executive Club", "its Executive
                    # Committee")
                    if j > i and j < len(toks) and not _is_title(toks[i - 1][2]) \
                            and toks[i - 1][2].casefold() not in ("of", "the", "for") \
                            and toks[i - 1][2][:-2].casefold() not in bound \
                            and not (j == len(toks) - 1 and toks[j][2].casefold() in _member_or_body_words()):
                        # a title of two or three words: "Prime Minister", "Chief Cabinet Secretary"
                        i -= next((k for k in (2, 1) if i - k >= 0 and " ".join(
                            t[2] for t in toks[i - k:i + 1]).casefold() in titles), 0)
                        head = [t for t in toks[:i] if t[2].casefold() not in CONNECTORS]
                        if head and not all(t[2].casefold() in lower for t in head):  # "Transport Minister X"
                            hs, he = head[0][0], head[-1][1]
                            out.append(_mention_at(sent, hs, he))
                        toks = toks[i:]
                        break
                if len(toks) >= 4 and _is_title(toks[0][2]) and toks[1][2] == "of" \
                        and not re.search(r"\b(?:[Oo]ffice|[Oo]ffices)\s+of\s+(?:the\s+)?$", text[:rs]):
                    # "Ann Roe, Director of the Rotherby Financial Authority": her title, and the body she
                    # heads (not a title that names no body: "Chancellor of the Exchequer", "Director of Public
                    # Prosecutions")
                    body = toks[3:] if toks[2][2].casefold() == "the" else toks[2:]
                    if len(body) >= 2 and any(t[2].casefold() in _body_words() for t in body):
                        toks = body
                if len(toks) == 1 and toks[0][2].casefold() in titles and not addressed:
                    continue  # a title alone; not a surname after an honorific ("Dr Bishop", "Mr Judge")
                if any(re.search(r"[’'](re|ve|ll|m|d)$|n[’']t$", t[2]) for t in toks):
                    continue
                # where a party is from is no part of its name: "New York-based Acme Research" -> "Acme Research"
                based = [i for i, t in enumerate(toks) if _located().search(t[2])]
                if based and based[-1] + 1 == len(toks) and based[-1] > 0:
                    # "the Ann Roe-led group": Ann Roe is named, the group is not
                    ts, _te, tt = toks[-1]
                    prefix = tt[:_located().search(tt).start()]
                    toks = toks[:-1] + ([(ts, ts + len(prefix), prefix)] if prefix else [])
                elif based and based[-1] + 1 < len(toks):
                    if any(t[2] in ("of", "from", "at") for t in toks[:based[-1]]):
                        # "Ann Roe of London-based Acme Research": her organisation's home goes, she stays
                        toks = toks[:based[-1]] + toks[based[-1] + 1:]
                    else:
                        toks = toks[based[-1] + 1:]
                # "the Spanish Acme", "the Chilean Beta y Gamma": a firm and its country, not a name with an
                # adjective ("British Airways", "the Spanish Football Federation" end in a word of a body)
                # (nor a country's own name that opens with its adjective, nor a thing, "the Chilean Gas Pipeline")
                if len(toks) >= 2 and toks[0][2].casefold() in demonyms() and re.search(r"\bthe\s+$", text[:rs]) \
                        and re.sub(r"[’']s?$", "", toks[-1][2]).casefold() not in _body_words() \
                        and " ".join(t[2] for t in toks).casefold() not in regions() \
                        and toks[1][2].casefold() not in lower:
                    toks = toks[1:]
                # a maker named on its product is the party, the product not: "Nissan Motor Co.-badged Dayz"
                made = next(((i, m) for i, t in enumerate(toks) if (m := _made_by().search(t[2]))), None)
                if made is not None:
                    i, m = made
                    ts, _te, tt = toks[i]
                    prefix = tt[:m.start()]
                    toks = toks[:i] + ([(ts, ts + len(prefix), prefix)] if prefix else [])
                    if not toks:
                        continue
                # leading titles: "President", "Press Secretary", "Prime Minister", "Sen."
                title_words: list[str] = []
                # a run ending in an organisation word is a body, its first word no title: "Justice Department"
                bodies = v["government_words"] | v["regulator_words"] | v["company_words"]
                last = re.sub(r"[’']s?$", "", toks[-1][2]).casefold() if toks else ""
                body = last in bodies or last in member_bodies()  # (or what members form: "Executive Club")
                of = next((i for i, t in enumerate(toks) if t[2] in ("of", "from", "at")), 0)
                lead = 0
                while n := _title_length(toks[lead:], titles):
                    lead += n  # "Deputy" "Governor"
                if body and lead and of > lead and all(
                        PLAIN_WORD.fullmatch(t[2]) and t[2].casefold() not in bodies and not _is_title(t[2])
                        for t in toks[lead:of]):
                    body = False  # "Judge Ann Roe of the Acme District Court": a titled person and her court
                # (a title of several words alone stays whole: "the former Attorney General", not "General")
                while not body and len(toks) > 1 and " ".join(t[2] for t in toks).casefold() not in titles:
                    n = _title_length(toks, titles)
                    if not n:
                        break
                    title_words.extend(t[2] for t in toks[:n])
                    toks = toks[n:]
                # (an adverb capitalised inside a sentence names: "paid to Rotherby Now", "Harbour Today")
                while toks and toks[-1][2].casefold().strip(".") in v["strip_words"] and len(toks) > 1 \
                        and not (toks[-1][2][:1].isupper() and toks[-1][2].casefold() in v["name_adverbs"]):
                    toks = toks[:-1]
                while len(toks) > 2 and toks[-1][2].isupper() and toks[-1][2].casefold() in v["post_nominals"]:
                    toks = toks[:-1]  # "Catherine Holmes SC" is Catherine Holmes
                cut = next((i for i, t in enumerate(toks) if t[2] in ("of", "from", "at")), 0)
                home = " ".join(t[2] for t in toks[cut + 1:]).casefold() if cut else ""
                home = home.removeprefix("the ")  # "Ann Roe of the Portage firm Acme": her town's, and she
                if cut >= 2 and toks[cut - 1][2].casefold().strip(".") in _legal_forms():
                    toks = toks[:cut]  # "Acme Corp of Portage, Indiana": a company and its home town
                elif cut == 2 and home in gazetteer() and all(PLAIN_WORD.fullmatch(t[2]) for t in toks[:2]) \
                        and not any(t[2].casefold() in bodies for t in toks[:2]):
                    toks = toks[:cut]  # "Ann Roe of Portage": a person and her town
                elif cut >= 1 and all(PLAIN_WORD.fullmatch(t[2].capitalize()) for t in toks[:cut]) and (
                        title_words or (cut >= 2 and is_given_name(toks[0][2])) or (
                            cut == 2 and family_name_in_capitals(toks[0][2]) and not toks[1][2].isupper())
                        or _two_names_of(toks, cut, bodies | titles | v["organisation_nouns"], lower)):
                    # "Jane Roe of Acme Research", "ROE Akiko of Acme": a person and her organisation, named as two
                    # parties
                    org = toks[cut + 1:]
                    while org and org[0][2].casefold() in CONNECTORS:
                        org = org[1:]  # "of the Acme District Court": the court, not "the"
                    if org:
                        os_, oe = org[0][0], org[-1][1]
                        if text[oe - 1] == "." and org[-1][2].casefold().strip(".") not in _legal_forms():
                            oe -= 1  # "... of Acme Capital.": the sentence's full stop is no part of the name
                        out.append(_mention_at(sent, os_, oe))
                    toks = toks[:cut]
                if title_words and toks and toks[0][2].casefold() in CONNECTORS:
                    title_words = []  # "CEO of Acme Group": the title's organisation, not a titled person
                while toks and toks[0][2].casefold() in CONNECTORS:
                    toks = toks[1:]
                if not toks:
                    continue
                s, e = toks[0][0], toks[-1][1]
                name = text[s:e]
                possessive = False
                m = re.search(r"[’']s?$", name)
                if m and name.endswith(("’s", "'s")) and _verb_after_possessive().match(text[e:]):
                    m = None  # "Moody's said", "Macy's has closed": the name's own "'s", a verb follows it
                if m and (name.endswith(("’s", "'s")) or name[-2:-1].lower() == "s"):
                    possessive = True
                    e -= len(m.group(0))
                    name = text[s:e]
                name = name.rstrip(".") if not re.search(r"\b(Inc|Corp|Co|Ltd|Jr|Sr)\.$", name) else name
                e = s + len(name)
                family = re.match(r"\s+family\b", text[e:])
                if family and not possessive and len(toks) == 1 and PLAIN_WORD.fullmatch(name):
                    e += family.end()  # "the Sackler family said": the family, a party of its own
                    name = text[s:e]
                if not name or not any(c.isalpha() for c in name):
                    continue
                out.append(_mention_at(sent, s, e, name, " ".join(title_words), possessive))
    return out


_LABEL_NAME = re.compile(r"The\s[^()]+?\s\((?P<held>[^()]+)\)"
                         r"|(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?(?:[A-Z]+\s+[—–]\s+)?(?P<name>[^,()—–]+?)"
                         r"(?:\s*\([^()]*\))*(?:\s*,.*)?")
"""A transcript label's name: after a time code and a script's cue ("SOT — "), before a description, her seat and
party ("Ann Roe (Rotherby East) (Lab)"); or in brackets after the post she holds ("The Minister for X (Ann Roe)")."""


def speaker_label_mentions(documents: tuple[Document, ...]) -> list[Mention]:
    """The people a transcript's labels name ("PETER ROE:", "MS ROE:"), written as the text writes names
    ("Peter Roe", "Roe" with the title "Ms"); not the parts a label may name instead ("Q:", "CHAIR:")."""
    v = vocabulary()
    out = []
    for doc in documents:
        labels = {s.start: s for s in doc.sentences if s.boilerplate == "speaker label"}
        for turn in doc.turns:
            sent = labels.get(turn.start)
            # (after a recording's time code, "[07:41] ANN ROE"; a script's "SOT — Ann Roe, owner, Acme": the
            # name after the dash, up to its description)
            named = _LABEL_NAME.fullmatch(turn.reason)
            if sent is None or named is None:
                continue
            group = "held" if named.group("held") else "name"
            words = named.group(group).split()
            if all(w.casefold().strip(".") in v["speaker_roles"] for w in words):
                continue
            title = words[0] if len(words) > 1 and words[0].casefold() in v["honorifics"] else ""
            name = " ".join(w if not w.isupper() else w.capitalize() for w in words[bool(title):])
            if not all(_NAME_WORD.fullmatch(w) for w in name.split()):
                continue
            at = turn.reason.index(words[bool(title)], named.start(group))
            out.append(_mention_at(sent, at, named.end(group), name, title.capitalize().rstrip(".")))
    return out


_SIGNED = re.compile(rf"(?:^|\s)/s/[ \t]*(?P<name>[{UPPER}][\w’'-]*\.?(?:[ \t][{UPPER}][\w’'-]*\.?){{1,3}})")
"""A signature in a filed document: "By: /s/ Ann B. Roe"."""


def signature_mentions(documents: tuple[Document, ...]) -> list[Mention]:
    """The people who sign a filed document ("By: /s/ Ann B. Roe   Date: May 16, 2014"), on whatever line."""
    out = []
    for doc in documents:
        for sent in doc.sentences:
            for m in _SIGNED.finditer(sent.text):
                name = m.group("name").rstrip(".")
                out.append(_mention_at(sent, m.start("name"), m.start("name") + len(name), name))
    return out


def post_author_mentions(documents: tuple[Document, ...]) -> list[Mention]:
    """The authors of embedded posts, as their credit lines name them ("— Ann Roe (@annroe) June 22, 2023")."""
    out = []
    for doc in documents:
        credits = [s for s in doc.sentences if s.boilerplate == "post credit"]
        for post in doc.posts:
            sent = next((s for s in credits if s.start >= post.end), None)
            at = sent.text.find(post.reason) if sent is not None and post.reason else -1
            if at >= 0 and all(_NAME_WORD.fullmatch(w) or (w.isupper() and w.isalpha()) for w in post.reason.split()):
                out.append(_mention_at(sent, at, at + len(post.reason)))
    return out


def country_body_mentions(documents: tuple[Document, ...]) -> list[Mention]:
    """'the Chinese government', 'US officials', 'the Biden administration' as government parties."""
    v = vocabulary()
    adjectives = vocab.alternation(list(v["country_adjectives"]))
    bodies = vocab.alternation(list(v["country_bodies"]))
    rx = re.compile(rf"\b(?P<adj>{adjectives})\s+(?P<body>{bodies})\b", re.IGNORECASE)
    adm = re.compile(r"\b(?P<who>[A-Z][a-z]+)\s+(?P<body>administration|government)\b")
    # "Italy's transport ministry", "South Korea’s environment ministry": that country's government
    # (not "Ruritania's Data Administration": a body named in capitals is a party of its own)
    owned = re.compile(rf"\b(?P<adj>{adjectives})[’']s\s+(?:(?-i:[a-z]+)\s+){{0,2}}?(?P<body>{bodies})\b",
                       re.IGNORECASE)
    # the countries parties.yml does not list: "a Qatari diplomat", "Qatar's mission to the EU" -> Qatar
    others = demonym_countries()
    foreign = {c.casefold(): c for c in others.values()}
    envoys = bodies + "|" + vocab.alternation(list(v["envoy_words"]))
    other_rx = re.compile(rf"\b(?P<adj>{vocab.alternation(list(others))})\s+(?P<body>{envoys})\b", re.IGNORECASE)
    other_owned = re.compile(rf"\b(?P<adj>{vocab.alternation(list(foreign))})[’']s\s+(?:(?-i:[a-z]+)\s+){{0,2}}?"
                             rf"(?P<body>{envoys})\b", re.IGNORECASE)
    # the adjective the corpus writes for each such country ("Qatari"), else its name ("Qatar government")
    adjectives_seen = Counter(m.group(0) for doc in documents for sent in doc.content
                      for m in re.finditer(r"\b[A-Z][a-z]+\b", sent.text) if m.group(0).casefold() in others)

    def adjective_of(country: str) -> str:
        seen = [(n, w) for w, n in adjectives_seen.items() if others[w.casefold()] == country]
        return max(seen)[1] if seen else country

    verbs = vocab.alternation([w for w in vocab.load("cues")["speech_verbs"] if " " not in w] + list(v["acting_verbs"]))
    countries = vocab.alternation([c for c in regions() if c.casefold() in foreign or c in v["country_adjectives"]])
    acting = re.compile(rf"(?:^|[.;:!?]\s+|,\s+|\band\s+)(?P<country>{countries})\s+(?:has\s+|have\s+|had\s+|also\s+|"
                        rf"has\s+also\s+)?(?:\w+ly\s+)?(?:{verbs})\b", re.IGNORECASE)
    # "Munich prosecutors", "a Munich court": a body of the town, named by it
    town = re.compile(rf"\b(?P<town>[A-Z][a-z]+)\s+(?P<body>{vocab.alternation(list(v['town_bodies']))})\b")
    out = []
    for doc in documents:
        for sent in doc.content:
            for m in [*rx.finditer(sent.text), *owned.finditer(sent.text)]:
                if not m.group("adj")[:1].isupper():
                    continue
                written = m.group("adj").replace(".", "")
                country = written if written.isupper() else v["country_adjectives"][m.group("adj").casefold()]
                body = v["country_bodies"][m.group("body").casefold()]
                name = f"{country} {body}"
                out.append(_mention_at(sent, m.start(), m.end(), name))
            for m in [*other_rx.finditer(sent.text), *other_owned.finditer(sent.text)]:
                adj = m.group("adj")
                if not adj[:1].isupper():
                    continue
                country = others.get(adj.casefold()) or foreign[adj.casefold()]
                body = v["country_bodies"].get(m.group("body").casefold(), "government")
                out.append(_mention_at(sent, m.start(), m.end(), f"{adjective_of(country)} {body}"))
            for m in acting.finditer(sent.text):
                # "Qatar has denied any involvement", "China said on Monday": the country's government acts
                c = m.group("country")
                if not c[:1].isupper():
                    continue
                listed = v["country_adjectives"].get(c.casefold())
                out.append(_mention_at(sent, m.start("country"), m.end("country"),
                                       f"{listed or adjective_of(foreign[c.casefold()])} government"))
            for m in town.finditer(sent.text):
                if m.group("town").casefold() in gazetteer() and m.group("town").casefold() not in v["places"]:
                    out.append(_mention_at(sent, m.start(), m.end(), f"{m.group('town')} {m.group('body')}"))
            for m in adm.finditer(sent.text):
                who = m.group("who")
                if who.casefold() in v["not_parties"] or who.casefold() in v["country_adjectives"]:
                    continue
                if who.casefold() in others or who.casefold() in foreign:
                    continue  # "the Qatari government": above, as Qatar
                if re.search(r"\b(?!(?:The|A|An|This|That|Its|Their|Under|By|From|In|For)\s)[A-Z][\w.’'-]*\s+$",
                             sent.text[:m.start()]):
                    continue  # the end of a longer name: "the United States government", "New Zealand government"
                out.append(_mention_at(sent, m.start(), m.end(), f"{who} {m.group('body')}"))
    return out


CREDIT_REASONS = ("byline", "credit", "dateline")
CREDIT_ROLE = "named in a credit line (byline, wire credit or editing)"


_NAME_WORD = re.compile(rf"[{UPPER}](?:[^\W\d_]|[’'-])+")
PERSON_PARTICLES = frozenset(w for w in _INNER_CONNECTORS if w.isalpha() and w not in ("of", "for", "the", "y"))
"""The small words of a person's name ("Thijs van der Meulen", "Ana dos Santos"), where a byline has one."""


@cache
def _works_at() -> re.Pattern[str]:
    """The end of "... is a senior reporter at": what follows is the outlet."""
    words = vocab.alternation(vocab.load("parties")["journalist_words"])
    return re.compile(rf"\b(?:{words})s?\s+(?:at|for|with)\s+(?:the\s+)?$", re.IGNORECASE)


_CAPTION_CREDIT = re.compile(r"\(\s*(?:(?i:photo):\s*)?(?P<person>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,2})\s*/\s*"
                             r"(?P<outlet>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s*\)\]?\s*$")
"""The photographer and agency that end a caption: "(Ann Roe/Acme Images)", "(Photo: Ann Roe / The Herald)"."""


_LABELLED_CREDIT = re.compile(r"\b(?i:image|photo|picture|illustration|sketch|video|credit)s?\s*:\s*"
                              r"(?P<outlet>[A-Z][\w.&’'-]*(?:\s+(?:&\s+)?[A-Z][\w.&’'-]*){0,3})"
                              r"(?:\s+(?i:photo\s+illustration|file\s+photo|illustration|photo|graphic))?\s*/\s*"
                              rf"(?P<person>[{UPPER}][\w.’'-]+(?:\s+[{UPPER}][\w.’'-]+){{1,2}})\s*[*_\])]*\s*$")
"""A caption's credit, the agency first: "Image: NetScope/Jane Wolsey", "Credit: Dock & Rail/Ann Roe", "Credit:
Ledger photo illustration / Ann Roe"."""

_PERSON = rf"(?P<person>[{UPPER}][\w.’'-]+(?:\s+[{UPPER}][\w.’'-]+){{1,2}})"
_TRAILING_CREDITS = (
    # "... in Rotherby. NPA/Ann Roe]", "ACME WIRE/Ann Roe/File Photo]": the agency and photographer after the caption
    re.compile(r"(?<=[.!?]\s)(?P<outlet>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2})\s*/\s*" + _PERSON
               + r"(?:\s*/\s*(?i:file\s+photo))?\s*[*_\])]*\s*$"),
    # "(Daily Ledger: Ann Roe)]"
    re.compile(r"\(\s*(?P<outlet>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s*:\s*" + _PERSON + r"\s*\)\s*\]?\s*$"),
    # "Photograph: Ann Roe for The Daily Ledger]", "Photo: Ann Roe]", "Crédit : Ann Roe, Le Fil de Rotherby]",
    # "Photo: Ann Roe | NTV"
    re.compile(r"\b(?i:photo|photograph|picture|image|cr[eé]dit)\s*:\s*" + _PERSON
               + r"(?:\s+for\s+(?P<outlet>(?:The\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
               + r"|\s*[,|]\s*(?P<outlet2>(?:The\s+|Le\s+|La\s+|Les\s+|El\s+|Die\s+|Der\s+)?[A-Z][\w.&’'-]*"
               + r"(?:\s+[\w.&’'-]+){0,3}))?\s*[*_\])]*\s*$"),
)
"""Other ways a caption ends on its credit."""


_PARTICIPANT = re.compile(rf"^\s*(?:[-*•]\s+)?(?P<person>[{UPPER}][\w.’'-]+(?:\s+[{UPPER}][\w.’'-]+){{1,3}})"
                          r"\s+[-–—|]\s+(?P<org>[A-Z][^|\n]{1,60}?)\s+[-–—|]\s+(?P<title>[A-Za-z][^|\n]{1,80}?)\s*$")
"""A call transcript's list of participants: "Ann Roe - Northwind Corp. - Chief Financial Officer"."""


def _participant(sent: Sentence) -> list[tuple[str, Mention]]:
    m = _PARTICIPANT.match(sent.text)
    v = vocabulary()
    if not m or not any(w in v["role_nouns"] | v["person_titles"] for w in m.group("title").casefold().split()):
        return []  # (a title names the post: "Head of Investor Relations", "Analyst")
    return [("person", _mention_at(sent, m.start("person"), m.end("person")))]


def _caption_credit(sent: Sentence) -> list[tuple[str, Mention]]:
    m = _CAPTION_CREDIT.search(sent.text) or _LABELLED_CREDIT.search(sent.text) \
        or next((m for rx in _TRAILING_CREDITS if (m := rx.search(sent.text))), None)
    if not m:
        return []
    v = vocabulary()
    not_names = v["picture_sources"] | v["media_words"] | v["organisation_nouns"] | v["government_words"]

    def a_name(words: str | None) -> bool:
        return bool(words) and 2 <= len(words.split()) <= 3 and all(
            _NAME_WORD.fullmatch(t) and t.casefold() not in not_names and t.casefold() not in regions()
            for t in words.split())
    groups = {"person": "person", "outlet": "media", "outlet2": "media"}
    if not a_name(m.group("person")):
        if not a_name(m.group("outlet")):
            return []  # "Photo: NWS Picture Desk", "Image: Transport Scotland": a desk or a body, no photographer
        groups = {"outlet": "person", "person": "media"}  # "Photo credit: Ann Roe / The Daily Ledger"
    return [(kind, _mention_at(sent, m.start(group), m.end(group))) for group, kind in groups.items()
            if m.groupdict().get(group)]


@cache
def _journalist_after() -> re.Pattern[str]:
    """What follows an outlet's possessive in a reporter's bio: "’s senior policy reporter"."""
    words = vocab.alternation(vocab.load("parties")["journalist_words"])
    return re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}(?:{words})s?\b", re.IGNORECASE)


_OUTLET_WORD = r"[A-Z][\w&-]*(?:[’'][A-Za-z]{2,}[\w-]*)?"  # "O'Hare", not "Daily's"
_OUTLET = rf"(?P<name>(?:The )?{_OUTLET_WORD}(?: (?:& )?(?:{_OUTLET_WORD}|\d{{1,4}}\b)){{0,4}}?)"  # "Channel 24 News"
PUBLISHER_LINES = {
    # "© 2023 The Gulf Observer. All rights reserved.", "Copyright ©2019 The Ledger Ltd.": the page's owner
    "copyright": re.compile(r"(?:(?:©|\(c\)|\bCopyright\b)\s*)+(?:(?:19|20)\d\d\s*)?" + _OUTLET
                            + r"(?=\s*(?:(?:19|20)\d\d\b|[.,|]|$)|\s{2,})"),
    # "By continuing to use WorldView News you agree ...", "the best experience on Pit & Port."
    "cookie banner": re.compile(r"\b(?:continuing\s+to\s+(?:use|browse)|experience\s+on)\s+" + _OUTLET
                                + r"(?=\s*(?:,|\.|you\b))"),
    # "Subscribe to Acme Daily for daily news", "Sign up for NPB's daily newsletter" (not a newsletter's own
    # name: "Subscribe to the Daily Brief")
    "share prompt": re.compile(r"\b(?:Subscribe\s+to|Sign\s+up\s+for)\s+" + _OUTLET + r"(?=[’']s\b|\s+for\b)"),
    "reader prompt": re.compile(r"\b(?:Subscribe\s+to|Sign\s+up\s+for|Get)\s+" + _OUTLET + r"(?=[’']s\b)"),
    # "The Ledger is not responsible for the content of external sites."
    "standards note": re.compile("^" + _OUTLET + r"(?=\s+is\s+not\s+responsible\b)"),
    # "Related on Acme Daily", "More from The Ledger" (not a section's one word: "More from Markets")
    "related stories": re.compile(r"^\s*(?:Related|More|Also)\s+(?:on|from)\s+(?=\S+\s+\S)" + _OUTLET + r"\s*$"),
    # a news search's result: "The Ledger · 3 days ago" over the headline and snippet it lists
    "result source": re.compile("^" + _OUTLET + r"(?=\s*[·•|])"),
}
_LEGAL_SUFFIX = re.compile(r"(?:\s+(?:Publishing|Publications|Newspapers?|Media\s+Group))?"
                           r"\s+(?:Ltd|Limited|LLC|Inc|plc|PLC|L\.P|Co)\.?$")
"""The owner's legal form after an outlet's name: "The Ledger Publishing Inc." is The Ledger."""


def _publisher(sent: Sentence) -> list[tuple[str, Mention]]:
    """The outlet that published the page, as its copyright line, cookie banner or subscription prompt
    names it."""
    pattern = PUBLISHER_LINES.get(sent.boilerplate or "")
    v = vocabulary()
    for m in pattern.finditer(sent.text) if pattern else ():
        name = _LEGAL_SUFFIX.sub("", m.group("name")).rstrip(".")
        low = name.casefold()
        if low.startswith(("all ", "this ")) or low in v["placeholders"] or not re.search(r"[A-Za-z]{2}", name):
            continue  # "© All rights reserved © 2019 The Courier": the owner comes after
        return [("media", _mention_at(sent, m.start("name"), m.start("name") + len(name)))]
    return []


def _masthead(doc: Document) -> list[Mention]:
    """The outlet's name over its navigation bar at the top of the page ("The Colombo Sentinel" then "Home |
    National | Business"): a short line of capitalised words ending in a word outlets are named with."""
    top = [s for s in doc.sentences if s.start < MASTHEAD_REACH]
    out = []
    for i, sent in enumerate(top):
        words = sent.text.split()
        beside = [t.boilerplate for t in top[max(0, i - 1):i + 2] if t is not sent]
        if sent.heading and not sent.boilerplate and "navigation" in beside and 2 <= len(words) <= 5 \
                and re.fullmatch(r"(?:The\s+|THE\s+)?[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*)*", sent.text) \
                and words[-1].casefold() in vocabulary()["media_words"]:
            out.append(_mention_at(sent, 0, len(sent.text)))
    return out


MASTHEAD_REACH = 800
"""How far down the page an outlet's masthead may stand (characters)."""


def credit_mentions(documents: tuple[Document, ...]) -> list[tuple[str, Mention]]:
    """Outlets and people named in bylines, wire datelines and credit lines: (kind, mention)."""
    v = vocabulary()
    particles = "|".join(sorted(PERSON_PARTICLES))
    out: list[tuple[str, Mention]] = []
    for doc in documents:
        raw = doc.article.body
        lines = [s for s in doc.sentences if s.boilerplate in ("byline", "credit", "image credit")]
        lines += [Sentence("", doc.article.file, b.start, b.end, raw[b.start:b.end], 0, boilerplate=b.reason)
                  for b in doc.boilerplate if b.reason == "dateline"]
        for sent in doc.sentences:
            if sent.boilerplate == "image caption":
                out.extend(_caption_credit(sent))
            out.extend(_participant(sent))
            out.extend(_publisher(sent))
        out.extend(("media", m) for m in _masthead(doc))
        for sent in lines:
            text = sent.text
            if sent.boilerplate == "image credit":
                # "Photo: Ann Roe has led Acme since 2016. (Daily Ledger: file photo)": a caption with its credit
                # in brackets; only the credit names who made the picture
                credit = re.search(r"\(([^()]*)\)\s*$", text)
                if credit:
                    text = " " * credit.start(1) + credit.group(1)
                elif len(text.split()) > 8:
                    continue
            wire = re.search(r"\((?P<name>[A-Z][\w&.’']*(?:\s[A-Z][\w&.’']*){0,3})\)\s*[-–—]", text) \
                if sent.boilerplate == "dateline" else None
            if wire and wire.group("name").casefold() not in v["placeholders"]:
                # "SAN FRANCISCO, March 10 (Halyard) -": the wire service that filed the story
                out.append(("media", _mention_at(sent, wire.start("name"), wire.end("name"))))
                continue
            if sent.boilerplate == "dateline":
                line_end = raw.find("\n", sent.end)
                if len(raw[sent.end:line_end if line_end >= 0 else len(raw)].split()) > 3:
                    continue  # "EASTON — Crews said ...": the rest of a dateline is where the story was filed
                head = re.match(r"\s*([A-Z][\w&.’']*(?:\s[A-Z][\w&.’']*){0,3})\s*[-–—:]", text)
                if head:  # "DAILY DIGEST — Explainers": a masthead over a section name
                    out.append(("media", _mention_at(sent, head.start(1), head.end(1))))
                continue
            for m in re.finditer(rf"(?:(?<=\bBy )|(?<=\bby ))?[{UPPER}][\w&.’'-]*"
                                 rf"(?:\s+(?:(?:{particles})\s+)*[{UPPER}][\w&.’'-]*)*", text):
                name = _byline_word().sub("", m.group(0)).rstrip(".")  # "By Anna Roe", "Von Anna Roe"
                if not name or name.split()[-1].casefold() in v["person_titles"]:
                    continue  # "Political Correspondent" is a title, not a name
                low = name.casefold()
                if low in v["placeholders"] or any(t in v["placeholders"] for t in low.split()):
                    continue  # "Staff Writer", the stamp "| Updated Nov 21"
                if re.search(r"\b(?:president|director|officer|head|manager|chief|chair|editor)\s*,\s*$",
                             text[:m.start()], re.IGNORECASE):
                    continue  # a department after a title: "Tom Lee, Vice President, Finance Policy"
                if re.search(r"\b(?:in|from)\s+$", text[:m.start()]) \
                        and not re.search(r"\b(?:files|notes|reporting|information)\s+from\s+$", text[:m.start()]):
                    continue  # where the reporter filed from: "Reporting by Ann Roe in Easton, Ohio"
                owner = re.match(r"(.+?)[’']s$", name)
                if owner and _journalist_after().match(text[m.end():]):
                    name, low = owner.group(1), owner.group(1).casefold()  # "Ann Roe is Acme’s senior reporter"
                # ("With files from The Rotherby Wire Service", "Photo: La Tribune du Lac": an outlet credited,
                # whatever its last word)
                if owner or low in v["media_names"] or (len(low.split()) > 1 and low.split()[-1] in v["media_words"]) \
                        or ((sent.boilerplate == "credit" or set(low.split()) & PERSON_PARTICLES)
                            and len(low.split()) > 2 and any(w in v["media_words"] for w in low.split())) \
                        or _works_at().search(text[:m.start()]):
                    kind = "media"  # "... is a senior reporter at TechDaily": the outlet
                elif 2 <= len(words := [t for t in name.split() if t not in PERSON_PARTICLES]) <= 3 \
                        and all(_NAME_WORD.fullmatch(t) for t in words) \
                        and low not in v["places"] \
                        and not any(t.casefold() in v["strip_words"] | v["media_words"] | v["not_parties"]
                                    for t in name.split()):  # "4:12 PM EDT" is a time
                    kind = "person"
                else:
                    continue
                s0 = sent.start + m.start() + m.group(0).find(name)
                out.append((kind, Mention(name, sent, s0, s0 + len(name), "", False, text[m.end():m.end() + 60],
                                          text[max(0, m.start() - 60):m.start()])))
    return out


