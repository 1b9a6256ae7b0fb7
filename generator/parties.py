"""Parties: find the people and organisations in a corpus, merge their aliases, kind and role.

Recognition is rule-based and driven by ``data/parties.yml``: capitalised runs are candidates;
a candidate becomes a party when the text gives a signal (a company suffix, a title, a speech
verb, a possessive, a government or media word, or repeated mentions) and no veto (a place, a
product, a month, a placeholder).
"""
from __future__ import annotations

import dataclasses
import hashlib
import itertools
import re
from collections import Counter, defaultdict
from functools import cache

from . import vocab
from .mentions import (
    CONNECTORS,
    CREDIT_REASONS,
    CREDIT_ROLE,
    PERSON_PARTICLES,
    PLAIN_WORD,
    PUBLISHER_LINES,
    Mention,
    country_body_mentions,
    credit_mentions,
    family_name_in_capitals,
    find_mentions,
    is_given_name,
    lower_words,
    norm_name,
    post_author_mentions,
    signature_mentions,
    speaker_label_mentions,
    vocabulary,
)
from .models import Document, Party
from .places import demonym_countries, demonyms, gazetteer, owners, regions
from .roles import APPOSITION, describe, has_role_noun


def _lookup(words: frozenset[str], text: str) -> bool:
    """Does ``text`` end with (or equal) a listed word or phrase?"""
    t = text.casefold()
    return any(t == w or t.endswith(" " + w) for w in words)


_BODY_APPOSITION = re.compile(r"^\s*,\s+(?:[\w-]+\s+){0,5}?(?:group|organi[sz]ation|company|firm|charity|agency|body|"
                              r"association|union|fund|bank|network|coalition|campaign|institute|foundation|party|"
                              r"watchdog|regulator|ministry|department|council|committee)s?\b")
"""A body described after its name: ", a New York-based rights group", ", the farmers' union"."""


@cache
def _speech_verbs() -> str:
    """The speech verbs of cues.yml as one alternation, longest first."""
    return vocab.alternation(vocab.load("cues")["speech_verbs"])


@cache
def _quote_then_verb() -> re.Pattern[str]:
    """What comes before a name that a quotation is credited to: "“...,” said ", "«...», says "."""
    verbs = _speech_verbs()
    return re.compile(r"[”\"»’],?\s*(?:" + verbs + r")\s+$")


@cache
def _speech_after() -> re.Pattern[str]:
    verbs = vocab.load("cues")["speech_verbs"]
    # "The Federal Aviation Administration (FAA) on Thursday said", "Acme late on Friday said"
    short = r"(?:\([A-Z][\w&.-]{1,10}\)\s*)?"
    when = (r"(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?\s+|(?:last|this)\s+[a-z]+\s+|earlier\s+"
            r"|later\s+)?")
    # ("Ann Roe of Rotherby Equity Research said": where the speaker works, between the name and the verb)
    where = r"(?:of\s+(?:the\s+)?(?-i:[A-Z])[\w&.’'-]*(?:\s+(?-i:[A-Z])[\w&.’'-]*){0,5}\s+)?"
    return re.compile(r"^\s*(?:,[^,]{0,60},\s*)?" + where + short + when
                      + r"(?:has\s+|had\s+|have\s+|also\s+|further\s+|"
                      r"previously\s+)?(?:" + vocab.alternation(verbs) + r")\b", re.IGNORECASE)


@cache
def _no_comment_after() -> re.Pattern[str]:
    """A name followed by a non-answer ("declined to comment", "did not respond"): someone the story asked."""
    return re.compile(r"^\s+(?:" + vocab.alternation(vocab.load("cues")["no_comment"]) + r")\b", re.IGNORECASE)


@cache
def _letter_sums() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A sum in a currency written with a letter (``scaled_currency_signs``): with decimals ("R12.40"), a price;
    bare ("R2"), a sum only before a scale word."""
    signs = vocab.alternation(vocab.load("cues")["scaled_currency_signs"])
    return re.compile(rf"(?:{signs})\d+[.,]\d+"), re.compile(rf"(?:{signs})\d[\d.,]*")


def _in_list(m: Mention) -> bool:
    """Named in a list of names: "Acme, Beta Corp. and Gamma"."""
    before = m.before.rstrip()
    after_name = re.match(r"^\s*(,|and)\s+(and\s+)?[A-Z]", m.after) is not None
    before_name = before[-1:] in ",d" and re.search(r"[A-Z][\w.’'-]*\s*,?\s*(and)?$", before) is not None \
        and re.search(r"[a-z][\w.’'-]*\s*,?\s*(and)?$", before) is None
    return after_name or before_name


def _contains(words: frozenset[str], key: str) -> bool:
    padded = f" {key} "
    return any(f" {w} " in padded for w in words)


@cache
def _person_role_before() -> re.Pattern[str]:
    """A lowercase title only a person holds, right before a name ("says chief analyst Jane Roe")."""
    return re.compile(rf"\b(?:{vocab.alternation(sorted(vocabulary()['person_role_words']))})\s*$")


_GIVEN_AS = re.compile(r"\b(?:surnamed|(?:his|her|their)\s+(?:sur|first\s+|given\s+|family\s+)name,?|"
                       r"(?:identified|named)\s+only\s+as)\s*$", re.IGNORECASE)
"""How news names someone who will not be named in full: "a woman surnamed Zhou", "only by her surname, Liang"."""


_COMPANY_AFTER = re.compile(r"^(?:[’']s)?\s+(?:shares|stock|share\s+price)\b"
                            r"|^\s*,\s+(?:founded|based|headquartered)\s+in\b")
"""What follows a company's name, not a person's: "Acme shares fell", "Acme's share price", "Acme, founded in"."""


_TRADED_BEFORE = re.compile(r"\b(?:shares|stock)\s+(?:of|in)\s+$", re.IGNORECASE)
_OWNER_AFTER = re.compile(r"^\s*,\s+(?:(?:the|a|an)\s+(?:parent|owner)\s+of|which\s+owns)\b")


def _owner_or_traded(m: Mention) -> bool:
    """A company that owns or is traded: "Shares of Acme", "Acme shares", "Acme, the parent of"."""
    return bool(_TRADED_BEFORE.search(m.before) or _COMPANY_AFTER.match(m.after) or _OWNER_AFTER.match(m.after))


def _traded(mentions: list[Mention]) -> bool:
    """Named twice or more as a listed company is ("Super Acme shares fell", "Super Acme's stock"): no person,
    however it speaks or whatever "whose" follows it."""
    return sum(1 for m in mentions if _COMPANY_AFTER.match(m.after)) >= 2


@cache
def quote_then_pronoun() -> re.Pattern[str]:
    """A sentence that is a quotation and "he said" or "she said" (the pronoun its group 1): "“Twenty years of
    this,” she said."."""
    verbs = _speech_verbs()
    return re.compile(r"\s*[“\"‘][^“”\"]{2,600}[”\"’]\s*,?\s*(he|she)\s+(?:" + verbs + r")\b")


@cache
def _pronoun_quotation() -> re.Pattern[str]:
    """A sentence that is a quotation credited to "he" or "she", after it or before it ("She said: “..."")."""
    verbs = _speech_verbs()
    return re.compile(rf"\s*(?:He|She)\s+(?:{verbs})\s*[,:]?\s*[“\"]")


def _introduces_speaker(documents: tuple[Document, ...], mentions: list[Mention]) -> frozenset[tuple[str, int]]:
    """(file, start) of the one name that may be a person's in each sentence that the next sentence of its
    paragraph quotes as "he" or "she" said: a person who speaks ("At a store in Easton, retired driver Ann Roe
    frowned at the prices. “...,” she said."; not "Ann Roe, a manager at Acme, which owns Beta Corp shares, said")."""
    sentences = set()
    for doc in documents:
        content = [s for s in doc.sentences if s.citable and not s.heading]
        for sent, nxt in itertools.pairwise(content):
            if nxt.paragraph == sent.paragraph \
                    and (quote_then_pronoun().match(nxt.text) or _pronoun_quotation().match(nxt.text)) \
                    and not re.search(r"[“”\"]", sent.text):
                sentences.add((sent.source, sent.start))
    named: dict[tuple[str, int], set[tuple[str, int]]] = defaultdict(set)
    for m in mentions:
        at = (m.sentence.source, m.sentence.start)
        if at in sentences and not m.possessive and 2 <= len(m.name.split()) <= 3 \
                and all(PLAIN_WORD.fullmatch(t) for t in m.name.split()) \
                and not re.search(r"\b(?:of|in|at|from|to|near|on|for|with|the)\s+$", m.before, re.IGNORECASE):
            # (not where the person is from: "Ann Roe, 70, of Easton City, who had taken it, said")
            named[at].add((m.sentence.source, m.start))
    return frozenset(next(iter(ms)) for ms in named.values() if len(ms) == 1)


def _signals(name: str, mentions: list[Mention], all_keys: set[str],
             common: frozenset[str] = frozenset(), introduced: frozenset[tuple[str, int]] = frozenset()
             ) -> tuple[int, str]:
    """(evidence score, kind) for one candidate name from all its mentions (``common``: the words the corpus
    also writes in lower case; ``introduced``: the sentences a pronoun's quotation follows)."""
    v = vocabulary()
    key = norm_name(name)
    words = key.split()
    raw_tokens = name.replace("’", "'").casefold().split()
    kind, score = "", 0
    if key in v["media_names"] or (len(words) > 1 and words[-1] in v["media_words"]):
        kind, score = "media", 3
    elif _contains(v["regulator_words"], key):
        kind, score = "regulator", 3
    elif key in regions():
        kind = "government"  # "Qatar has denied any involvement": a country that acts is its government
    elif words and (words[-1] in v["political_party_words"] or key in v["political_parties"]):
        kind, score = "other", 3  # "the Progress Party": a political party is not the government
    elif _contains(v["government_words"], key):
        kind, score = "government", 3
    elif len(words) == 3 and words[1] == "for" and (words[2] in gazetteer() or words[2] in regions()) \
            and words[0] not in v["company_words"]:
        kind, score = "government", 3  # "Transport for London": a public body named for what it runs where
    elif len(words) >= 2 and words[-1] in ("county", "municipality", "borough"):
        kind = "government"  # "Easton County sued the builder": the county's government (a place where it only sets
        # the scene, "in Easton County", which the place test rules out)
    if any(m.title for m in mentions) or (len(words) >= 2 and is_given_name(words[0])
                                          and not _contains(v["company_words"], key)):
        kind, score = "person", 3
    if re.search(r"#\d+$", name):
        kind, score = "person", 3  # "Confidential Source #4": one source the story knows by a number
    if len(words) >= 2 and name.endswith(".") and raw_tokens[-1].strip(".") in v["generational_suffixes"]:
        kind, score = "person", 3  # "Tom R. Roe Jr.": a generational suffix is a person's (not "Fund III")
    if raw_tokens and raw_tokens[-1].strip(".") in _company_suffixes() or _suffixed(mentions):
        kind, score = "company", 3
        if _contains(v["public_corporations"], key):
            kind = "regulator"  # "Federal Deposit Insurance Corp.": a public body with a company's suffix
    elif not kind and (any(w in v["company_words"] for w in words[1:])
                       or (len(words) >= 3 and words[0] in v["company_words"] and words[1] == "of")):
        kind, score = "company", 2  # ("Acme Bank", "Bank of Rotherby")
    for m in mentions:
        before = m.before.casefold().rstrip()
        if (_speech_after().match(m.after) or _no_comment_after().match(m.after)) and not m.possessive:
            score += 2  # (asked for comment as well: "Alibaba declined to comment")
        if m.possessive:
            score += 1
        elif _acts_after().match(m.after):
            score += 2  # "Beta pleaded guilty this month", "Beta agreed to pay $661m"
        # "a senior fellow at the Helix Institute" (not "a manager at a Midwest carrier": a name after "a" describes)
        if _affiliated().search(before) and key not in gazetteer() and not re.search(r"\b(?:a|an)$", before):
            score += 3
        elif re.search(r"\baccording to(?:\s+(?:the|a|an))?(?:\s+[\w-]+-based)?(?:\s+[a-z][\w-]*){0,2}$", before) \
                and re.match(r"^\s*[.,;]", m.after):
            score += 2  # the source a figure is credited to: "according to data provider Kaiko."
        elif re.search(r"\b(according to|told|said|by|from|at|with|shares of|rival|competitor|partner)$", before) \
                or _place_owns(m.before):
            score += 1  # (a country's or a town's: "Mexico's Grupo Acme")
        if 2 <= len(words) <= 3 and not kind and _person_role_before().search(m.before) \
                and all(PLAIN_WORD.fullmatch(t) for t in name.split()) \
                and words[0] not in v["role_nouns"] | v["person_titles"]:
            score += 3  # "says chief analyst Jane Roe", "business minister Jane Roe": a person's title before
            kind = "person"
        if 2 <= len(words) <= 3 and kind in ("", "person") and all(PLAIN_WORD.fullmatch(t) for t in name.split()) \
                and _ASKER_BEFORE.search(m.before):
            score += 3  # "The next question comes from Ann Roe from Acme Equities": a call's operator names a person
            kind = "person"
        if len(words) <= 2 and kind in ("", "person") and _GIVEN_AS.search(m.before):
            score += 3  # "a 41-year-old woman surnamed Zhou", "identified only by her surname, Liang"
            kind = "person"
        if 2 <= len(words) <= 4 and kind in ("", "person") and all(PLAIN_WORD.fullmatch(t) for t in name.split()) \
                and re.match(r"^\s*,\s*(?:aged\s+)?\d{1,3}\s*,", m.after):
            score += 3  # "said Ann Roe, 58, who fishes out of Soma": an age after a name is a person's
            kind = "person"
        if 2 <= len(words) <= 3 and not kind and all(PLAIN_WORD.fullmatch(t) for t in name.split()) \
                and _quote_then_verb().search(m.before) \
                and re.match(r"^\s*,\s+(?!(?:which|that|whose|where|when|while|and|but|as)\b)[a-z]", m.after) \
                and not _BODY_APPOSITION.match(m.after):
            score += 3  # "«...», says Ann Roe, breeder of Rotherby": named after a quotation with what she is
            kind = "person"
        if 2 <= len(words) <= 3 and not kind and all(PLAIN_WORD.fullmatch(t) for t in name.split()) \
                and re.match(r"^\s*(?:of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?)?"
                             r"(?:who|whose)\s", m.after):
            score += 2  # "Ann Roe of Portage, whose son ...", "Ann Roe, a tester who joined ...": a person
            kind = "person"
        described = re.match(r"\s*,\s+(?:a|an)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:at|of|for))\b", m.after)
        if 2 <= len(words) <= 3 and not kind and described \
                and all(PLAIN_WORD.fullmatch(t) for t in name.split()) and _affiliated().search(described.group(1)):
            score += 3  # "Will Roe, a restructuring partner at Acme": what someone does at an organisation
            kind = "person"
        if 2 <= len(words) <= 3 and kind in ("", "person") and _addressed(m) \
                and all(_plain_name(t) for t in name.split()):
            score += 2  # "said Dr Ann Roe, a former food technologist": a form of address is a person's
            kind = "person"
        if _title_before().search(m.before) and len(words) >= 2:
            score += 2  # "the party's communications chief, Ann Lee, said"
            kind = kind or "person"
        elif 2 <= len(words) <= 4 and kind in ("", "person") and all(_plain_name(t) for t in name.split()) \
                and _owned_post_before().search(m.before) and _speech_after().match(re.sub(r"^\s*,", "", m.after)):
            score += 3  # "Its general delegate, Ann Lee, said": whatever the post is called, she holds it and speaks
            kind = "person"
        if 2 <= len(words) <= 3 and kind in ("", "person") and (m.sentence.source, m.start) in introduced \
                and key not in gazetteer() and not any(w in v["company_words"] | v["not_parties"] for w in words):
            score += 2  # named in the sentence the next one quotes as "she said": a person who speaks
            kind = "person"
        if m.sentence.boilerplate in ("speaker label", "post credit"):
            score += 2  # a transcript's "ANN ROE:": she speaks
            kind = kind or ("person" if len(words) >= 2 or m.title else "")
        if _in_list(m):
            score += 1
        pair = re.search(r"\b([A-Z][\w’'-]+)\s+[A-Z][\w’'-]+\s+and\s+$", m.before)
        if 2 <= len(words) <= 3 and kind in ("", "person") and pair and is_given_name(pair.group(1)) \
                and all(PLAIN_WORD.fullmatch(t) for t in name.split()) \
                and re.match(r"\s*,\s+(?:\d{1,3},\s+)?(?:who\b|(?:have\s+|had\s+)?[a-z]{3,}ed\b)", m.after):
            score += 2  # "Ann Roe and Tom Becker, who ...", "residents Ann Roe and Dakota Lee, filed suit": a pair
            kind = "person"
        trio = re.search(r"\b([A-Z][\w’'-]+)\s+[A-Z][\w’'-]+,\s+([A-Z][\w’'-]+)\s+[A-Z][\w’'-]+,?\s+and\s+$", m.before)
        if 2 <= len(words) <= 3 and kind in ("", "person") and trio \
                and (is_given_name(trio.group(1)) or is_given_name(trio.group(2))) \
                and all(PLAIN_WORD.fullmatch(t) for t in (*name.split(), *trio.groups())):
            score += 2  # "named Ann Roe, Tom Becker and Dakota Lee as defendants": the last of a list of people
            kind = "person"
        if re.search(r"\b(such as|including|like)\s*$", before) or (re.search(r",\s*$", before)
                                                                and re.search(r"\b(such as|including)\b", before)):
            score += 1  # an example in a list: "rivals such as Acme, Beta and Gamma"
        if _media_noun_before().search(before):
            score += 2  # "the crypto news site Ledgerly", "the broadcaster Channel Nine": an outlet
            kind = "media" if kind in ("", "company") else kind
        elif (described := _described_before().search(m.before)) \
                and (described.group("bare") is None or described.group(1).islower()):  # "the banks, Acme and Beta"
            score += 2
            # "the financial intelligence agency FINTRAQ", "the markets watchdog Markwatch": an authority
            # (not "According to the regulator, Acme failed to ...": a comma ends the description)
            # ("credit agency Halden", "the news agency Ledgerly": a business)
            noun = described.group(1).casefold()
            authority = (noun in v["authority_nouns"] or _singular(noun) in v["authority_nouns"]) \
                and not _business_agency().search(before)
            # ("Italy's competition authority, the AGCM": the authority's name set off after it)
            kind = kind or ("regulator" if authority and ("," not in described.group(0) or described.group(2))
                            else "" if authority else "company")
        ap = APPOSITION.match(m.after) if not m.possessive else None
        if ap and has_role_noun(ap.group("role")):
            score += 2
        elif re.match(r"^\s*,\s*(the|a|an|which|who|whose|its|his|her|where)\b", m.after):
            score += 1
    sources = {m.sentence.source for m in mentions}
    # a town is named again and again as where things happen ("the Mariana disaster", "shares in Sao Paulo"),
    # and so is a thing the corpus also writes as a common noun ("Dam I" and "the dam"): being named often
    # makes no party of them, acting or speaking does
    if not (len(words) == 1 and key in common) and (kind or key not in gazetteer() or key in regions()):
        score += min(2, len(mentions) // 3) + (1 if len(sources) >= 2 else 0)
    if len(words) == 1 and 3 <= len(key) <= 5 and any(re.search(r"\bthe\s*$", m.before, re.IGNORECASE)
                                                      for m in mentions) \
            and any(len(o.split()) >= 2 and o.split()[0].startswith(key) and len(o.split()[0]) >= len(key) + 3
                    and (_contains(v["regulator_words"], o) or _contains(v["government_words"], o)) for o in all_keys):
        score += 1  # "the Fed", "the Met": an authority named by the start of its name
    # a surname used alone elsewhere marks a person
    if len(words) >= 2 and words[-1] in all_keys and not kind and not name.split()[-1].isupper():  # not "Ohio EPA"
        kind = "person"
        score += 1
    if kind == "person" and re.search(r"\w\s*&\s*[A-Z]", name):
        kind = "company"  # "Harlow & Harlow", "Acme & Sons": no one's name joins two with "&"
    if kind == "person" and not any(m.title for m in mentions) and not is_given_name(words[0]) and _traded(mentions):
        kind = "company"
    return score, kind or "company"


@cache
def _acts_after() -> re.Pattern[str]:
    """What only a party does, right after its name (``party_acts``): "pleaded guilty", "agreed to pay"."""
    acts = vocab.alternation(sorted(vocabulary()["party_acts"]))
    return re.compile(rf"^\s*(?:has\s+|have\s+|had\s+|also\s+|later\s+|then\s+|itself\s+)?(?:{acts})\b",
                      re.IGNORECASE)


def _singular(noun: str) -> str:
    """"agencies" -> "agency", "banks" -> "bank" (a noun of the word lists, not any English word)."""
    return noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")


@cache
def _described_before() -> re.Pattern[str]:
    """An organisation's description right before its name: "the consultancy Acme", "the chemical companies
    Acme and Beta", "the banks, Acme and Beta," (``organisation_nouns``, ``authority_nouns``,
    ``description_nouns``)."""
    v = vocabulary()
    nouns = {*v["organisation_nouns"], *v["authority_nouns"], *v["description_nouns"]}
    plurals = {n[:-1] + "ies" if re.search(r"[^aeiou]y$", n) else n + "s" for n in nouns if not n.endswith("s")}
    # (the names listed begin with capitals, and a text in capitals lists none: "THE UNIT SAGA, ANN ROE, SAT")
    listed = r"(?:the\s+)?(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})"
    # (and a noun in lower case before names with no comma: not a title's "Group Executive, Advice and ...")
    return re.compile(rf"\b({vocab.alternation(sorted(nouns | plurals))})\s*(?:,?\s*(the\b\s*)?"
                      rf"|,\s*(?:including\s+|such\s+as\s+)?(?:{listed}\s*(?:,\s*|\s+and\b\s*)){{1,3}}"
                      rf"|(?P<bare>\s+(?=.*(?-i:[a-z]))(?:{listed}(?:,\s*|\s+and\s+)){{1,3}}))$",
                      re.IGNORECASE)


@cache
def _affiliated() -> re.Pattern[str]:
    """The end of "analysts at", "a senior fellow at the", "director of the": an organisation follows."""
    roles = vocab.alternation(sorted(vocabulary()["affiliation_roles"]))
    # "head of digital-asset strategy at", "analyst at London-based brokerage": the employer follows
    # "an environmental toxicologist at", "a pediatrician at", "a professor of media law at", "who teaches
    # journalism ethics at"
    ist = r"(?:(?!(?:list|exist|assist|insist|persist|resist|consist|twist|wrist)s?\b)[a-z]{3,}ists?|[a-z]{3,}icians?)"
    field = r"(?:\s+(?:of|in)(?:\s+[a-z][\w-]*){1,3}(?=\s+at\b))?"
    verbs = vocab.alternation(sorted(vocabulary()["affiliation_verbs"]))
    works = r"(?:" + verbs + r")(?:\s+[a-z][\w-]*){0,3}(?=\s+at\b)"
    return re.compile(r"\b(?:(?:(?:" + roles + r")s?|" + ist + r")" + field + r"|head\s+of\s+[\w-]+(?:\s+[\w-]+)?|"
                      + works + r")\s+(?:at|from|for|of|in)"
                      r"(?:\s+the)?(?:\s+[\w-]+-based)?(?:\s+[a-z][\w-]*){0,2}$")


@cache
def _business_agency() -> re.Pattern[str]:
    """An agency that is a business: "credit agency", "the news agency" (``business_agency_words``)."""
    return re.compile(r"\b(?:" + vocab.alternation(sorted(vocabulary()["business_agency_words"])) + r")\s+agency\b")


@cache
def _media_noun_before() -> re.Pattern[str]:
    """An outlet's description right before its name: "the news site", "the broadcaster", "newspaper"."""
    # ("seen by this newspaper, Acme paid ...": the comma ends the clause; the name after it is no outlet)
    return re.compile(r"\b(?:" + vocab.alternation(vocabulary()["media_nouns"]) + r")\s*(?:the\s+)?$",
                      re.IGNORECASE)


@cache
def _seat_of() -> re.Pattern[str]:
    """A body a town is the seat of, right after the town: "Munich prosecutors", "Munich district court"."""
    return re.compile(rf"^\s+(?:[a-z]+\s+)?(?:{vocab.alternation(sorted(vocabulary()['seat_nouns']))})\b")


@cache
def _title_before() -> re.Pattern[str]:
    """A job title, then a comma, right before a name: "India's finance minister, Ann Lee", "the US Attorney
    for the Southern District of New York, Ann Lee" (the office's seat written after the title)."""
    titles = vocab.alternation(sorted(t for t in vocabulary()["person_titles"] if t.replace(" ", "").isalpha()))
    seat = r"(?:\s+(?:for|of)\s+(?:the\s+)?(?-i:[A-Z][\w.’'-]*(?:\s+(?:of|and|the|[A-Z][\w.’'-]*)){0,6}))?"
    return re.compile(rf"\b(?:{titles}){seat}\s*,\s*$", re.IGNORECASE)


@cache
def _owned_post_before() -> re.Pattern[str]:
    """A body's post in lower case, then a comma, right before a name: "Its general delegate, ", "the union's
    head of legal affairs, "."""
    return re.compile(r"(?:\b(?:[Ii]ts|[Tt]heir)|[’']s)\s+(?:[^\W\d_A-Z][\w’'-]*\s+){0,4}?[^\W\d_A-Z][\w’'-]*\s*,\s*$")


@cache
def _portfolio_title() -> re.Pattern[str]:
    """"Finance Minister", "Home Secretary": the word before the title is a portfolio, not a party."""
    return re.compile(rf"^\s+(?:{vocab.alternation(vocabulary()['portfolio_titles'])})\b", re.IGNORECASE)


def _beside_a_place(m: Mention) -> bool:
    """A name set beside a known place as places are: "in X near Munich", "from X in the district of Munich",
    "X/Munich" (a dateline)."""
    near = re.match(r"^\s*(?:near|outside|in)\s+(?:the\s+\w+\s+of\s+)?([A-Z][\w-]+)", m.after)
    if near and re.search(r"\b(?:in|near|from|outside|based in|headquartered in)\s*$", m.before):
        return near.group(1).casefold() in gazetteer()
    slash = re.match(r"^/([A-Z][\w-]+)", m.after)
    return bool(slash) and slash.group(1).casefold() in gazetteer()


def _month_use(m: Mention) -> bool:
    """"in May", "since May", "May 3", "May 2018": the month, not someone named May."""
    return bool(re.search(r"\b(?:in|since|until|till|by|from|through|during|last|next|this|early|late|mid|"
                          r"of|before|after)[\s-]*$", m.before, re.IGNORECASE)
                or re.match(r"^\s*(?:\d|,\s*\d)", m.after))


@cache
def _posted() -> re.Pattern[str]:
    """Words said or posted somewhere: "wrote on", "apologised in a long thread on", "a statement posted on"."""
    words = vocab.load("cues")["speech_verbs"] + vocab.load("parties")["posting_words"]
    return re.compile(r"\b(?:" + vocab.alternation(words) + r")\b", re.IGNORECASE)


@cache
def _described_as_product() -> re.Pattern[str]:
    """An apposition headed by a product noun: ", the token at the centre of", not ", a software analyst"."""
    v = vocabulary()
    organisations = set(v["organisation_nouns"])
    # (a noun that also names an organisation heads its description: "Acme, a window-frame maker in Rotherby")
    nouns = vocab.alternation(sorted(n for n in v["product_nouns"]
                                     if n not in organisations and n.removesuffix("s") not in organisations))
    # a person's job or an organisation named after the noun: "a software analyst", "a software maker"
    heads = {t for t in v["person_titles"] if " " not in t and t.isalpha()} | set(v["affiliation_roles"]) \
        | organisations
    # (nor the first half of a compound: "a fleet-procurement manager", "a fleet procurement manager")
    # (nor one that owns the head: "the family’s lawyer")
    # (nor one whose age is told: "a 29-year-old software tester")
    return re.compile(rf"^\s*,\s+(?:the|a|an|its|their)\s+(?![\w-]*\d+-year-old\b)(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b"
                      r"(?!-|[’']s\b)"
                      rf"(?!\s+(?:[\w-]+\s+)?(?:{vocab.alternation(sorted(heads))})s?\b)", re.IGNORECASE)


def _product_noun_before(before: str) -> bool:
    """A product noun right before the name: "the weedkiller Widget", "herbicides Widget and ..." (not a maker,
    store or other business: "the jet maker Acme")."""
    m = re.search(r"\b([a-z][\w-]*)\s*$", before)
    return bool(m) and m.group(1) in _plain_product_nouns()


@cache
def _plain_product_nouns() -> frozenset[str]:
    v = vocabulary()
    return frozenset(v["product_nouns"]) - set(v["organisation_nouns"]) - set(v["business_product_nouns"])


@cache
def _law_goes_on() -> re.Pattern[str]:
    """"and Exchange Act", "and Consumer Protection Act", "and Wonder Cures (Misleading Claims)
    Act": the rest of the name of a rule or an event."""
    tails = vocab.alternation(sorted(vocabulary()["not_party_tails"]))
    return re.compile(rf"^\s+(?:and|&)\s+(?:[A-Z][\w-]*\s+){{1,4}}(?:\([^()]{{1,60}}\)\s+)?(?i:{tails})\b"
                      rf"|^\)\s+(?i:{tails})\b")


@cache
def _law_ends() -> re.Pattern[str]:
    """A bracketed part and the end of a rule's name after a name: "(Misleading Claims) Act"."""
    tails = vocab.alternation(sorted(vocabulary()["not_party_tails"]))
    return re.compile(rf"^\s+\([A-Z][^()]{{1,60}}\)\s+(?i:{tails})\b")


@cache
def _noun_after(key: str, one_word_before: bool = False) -> re.Pattern[str]:
    """A noun of the vocabulary list ``key`` right after a name (or after one more word)."""
    lead = r"(?:[a-z-]+\s+)?" if one_word_before else ""
    return re.compile(rf"^\s+{lead}(?:{vocab.alternation(sorted(vocabulary()[key]))})\b")


@cache
def _sites_listed_before() -> re.Pattern[str]:
    """The end of "at sites such as", "plants including Rotherby,": a name listed as one of the sites."""
    return re.compile(rf"\b(?:{vocab.alternation(sorted(vocabulary()['site_nouns']))})\s+(?:such\s+as|including|like)"
                      r"\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*(?:,\s*|\s+and\s+|\s+or\s+))*$")


def _facility_after() -> re.Pattern[str]:
    """A facility noun right after a name: "(Haneda) airport", "(Kosuge) detention centre"."""
    return _noun_after("facility_nouns")


@cache
def _region_after() -> re.Pattern[str]:
    """A part of a country right after a name: "(Osaka) prefecture", "(Hokkaido)'s northern coast", "(Osaka),
    Kyoto and Oita prefectures"."""
    v = vocabulary()
    return re.compile(rf"^(?:[’']s)?(?:,\s+[A-Z][\w-]+)*(?:,?\s+and\s+[A-Z][\w-]+)?\s+"
                      rf"(?:(?:{vocab.alternation(sorted(v['compass_words']))})\s+)?"
                      rf"(?:{vocab.alternation(sorted(v['region_nouns']))})\b")


@cache
def _region_before() -> re.Pattern[str]:
    """A part of a country or a town named before the name: "the state of", "the village of"."""
    nouns = vocab.alternation(sorted(vocabulary()["place_of_nouns"]))
    return re.compile(rf"\b(?:{nouns})\s+of\s+$")


@cache
def _place_apposition() -> re.Pattern[str]:
    """A place's apposition right after its name: ", a town of 40,000", ", a fishing village", ", the
    provincial capital" (the noun closes its phrase: ", a state-owned miner" and ", a town council" are no
    places)."""
    nouns = vocab.alternation(sorted(vocabulary()["place_of_nouns"] | vocabulary()["settlement_nouns"]))
    filler = r"(?!(?:in|of|at|on|for|from|with|to|and|or|by|the|a|an|who|which|whose)\s)[a-z][\w-]*\s+"
    return re.compile(rf"^,\s+(?:a|an|the)\s+(?:{filler}){{0,3}}?(?:{nouns})"
                      rf"(?=\s+(?:of|in|on|near|that|where|with|about|some|just|downstream|upstream)\b|\s*[,.;)]|\s*$)")


def _organisation_after() -> re.Pattern[str]:
    """An organisation noun right after a name, or after one more word: "(Beta) unit", "(Beta) hypermarket chain"."""
    return _noun_after("organisation_nouns", one_word_before=True)


@cache
def _product_noun_next() -> re.Pattern[str]:
    """The word that may be a product noun after a name: past a model number or a modifier ("Widget 9 phones",
    "Widget instant noodles")."""
    mods = vocab.alternation(sorted(vocabulary()["product_modifiers"]))
    return re.compile(rf"^\s*(?:[\w-]*\d[\w-]*\s+)*(?:(?:{mods})\s+)?([\w-]+)", re.IGNORECASE)


@cache
def _product_in_use() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A feature or device in use: the words before the name that use it ("drivers using Widget"), the state
    after it ("when Widget is engaged", "Widget was said to be in use", "Widget can still be switched
    on"; not "Acme was engaged in talks", "Acme was used to move the money"), and a switching verb before it
    (with "on" or "off" after the name: "switch Widget on")."""
    v = vocabulary()
    before = re.compile(rf"\b(?:{vocab.alternation(sorted(v['product_use_before']))})\s+$", re.IGNORECASE)
    state = re.compile(
        r"^\s+(?:is|was|were|are|(?:has|had|have)\s+been|(?:can|could|may|might|will|would)(?:\s+still)?\s+be)"
        r"\s+(?:not\s+|still\s+|(?:alleged|reported|said|believed)\s+to\s+(?:have\s+been|be)\s+)?"
        rf"(?:[a-z]+\s+or\s+(?:not\s+)?)?(?:{vocab.alternation(sorted(v['product_use_states']))})"
        r"(?!(?<=engaged)\s+(?:in|with|to|as|by)\b)(?!(?<=used)\s+(?:in|with|to|as|by)\b)", re.IGNORECASE)
    toggle = re.compile(rf"\b(?:{vocab.alternation(sorted(v['product_toggle_verbs']))})\s+$", re.IGNORECASE)
    return before, state, toggle


def _in_use(m: Mention) -> bool:
    before, state, toggle = _product_in_use()
    return not m.possessive and bool(before.search(m.before) or state.match(m.after)
                                     or (toggle.search(m.before) and re.match(r"^\s+(?:on|off)\b", m.after)))


@cache
def _product_units() -> re.Pattern[str]:
    """What a product comes in or what is done to it, before its name: "samples of", "packs of", "the sale
    of", "withdrew"."""
    v = vocabulary()
    return re.compile(rf"\b(?:(?:{vocab.alternation(sorted(v['product_units']))})\s+of\s+(?:the\s+|its\s+|their\s+)?"
                      rf"|(?:{vocab.alternation(sorted(v['product_verbs']))})\s+"
                      rf"(?:(?:{vocab.alternation(sorted(v['product_modifiers']))})\s+)?)$", re.IGNORECASE)


@cache
def _segment_after() -> re.Pattern[str]:
    """A segment noun after a name, or after the rest of a list it opens ("(Widget) and Gadget segments")."""
    nouns = vocab.alternation(sorted(vocabulary()["segment_nouns"]))
    return re.compile(rf"^{_LIST_AFTER}\s+(?:{nouns})\b")


@cache
def _segment_before() -> re.Pattern[str]:
    """A segment noun before a list of names that ends with this one ("business areas, Bauxite, Energy and")."""
    nouns = vocab.alternation(sorted(vocabulary()["segment_nouns"]))
    return re.compile(rf"\b(?:{nouns}),?\s+{_LIST_BEFORE}$")


@cache
def _substance_before() -> re.Pattern[str]:
    """What is done to a substance, or measured of it, before its name (``substance_before``)."""
    return re.compile(rf"\b(?:{vocab.alternation(sorted(vocabulary()['substance_before']))})\s+(?:all\s+)?$",
                      re.IGNORECASE)


@cache
def _substance_after() -> re.Pattern[str]:
    """What a substance's name is followed by (``substance_after``): "X chemicals", "X in drinking water"."""
    words = vocab.alternation(sorted(vocabulary()["substance_after"]))
    return re.compile(rf"^(?:\s*|\s+(?:and\s+other\s+)?)(?:{words})\b", re.IGNORECASE)


@cache
def _product_named_after() -> re.Pattern[str]:
    """A product noun set off before the name: "a free software update, " or "a software update called "
    (then "Widget Lock, which ...")."""
    nouns = vocab.alternation(sorted(vocabulary()["product_nouns"]))
    return re.compile(rf"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})"
                      r"(?:,\s*|,?\s+(?:called|named|dubbed|known\s+as)\s+)$", re.IGNORECASE)


_LIST_BEFORE = r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,\s+|,?\s+(?:and|or|&)\s+))*"
_LIST_AFTER = r"(?:(?:,\s+|,?\s+(?:and|or|&)\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*"
"""The rest of a list of names before and after one of them ("Widget, Gadget and ", " & Gizmo")."""


@cache
def _product_list_before() -> re.Pattern[str]:
    """What names the members of a list as products, before it: "brands such as (Widget, ...)", "the maker
    of", "which bottles"."""
    v = vocabulary()
    nouns = vocab.alternation(v["product_list_nouns"])
    intros, makers = vocab.alternation(v["product_list_intros"]), vocab.alternation(v["product_list_makers"])
    making = vocab.alternation(v["product_making_verbs"])
    # ("eight models, including the Widget and Gadget")
    # ("several brands of powdered formula, including Widget and Gadget")
    return re.compile(rf"(?:\b(?:{nouns})(?:\s+of)?(?:\s+[a-z]+){{0,2}},?\s+(?:{intros})(?:\s+the)?"
                      rf"(?:\s+[a-z][a-z-]+)?|"
                      rf"\b(?:{makers})|\b(?:which|that|who)\s+(?:{making}))\s+{_LIST_BEFORE}$")


@cache
def _product_list_after() -> re.Pattern[str]:
    """What names the members of a list as products, after it: "(Widget, Gadget and Gizmo) brands", "(Widget
    and Gadget) are bottled"."""
    v = vocabulary()
    made = vocab.alternation(v["product_made_verbs"])
    mods, nouns = vocab.alternation(sorted(v["product_modifiers"])), vocab.alternation(sorted(_plain_product_nouns()))
    # ("(Widget, Gadget or Gizmo) powdered formula", "(Widget and Gadget) made at its plant")
    return re.compile(rf"^{_LIST_AFTER}\s+(?:brands\b|(?:are|is|was|were)\s+(?:{made})\b"
                      rf"|(?:{made})\s+(?:at|in|by|there)\b"
                      rf"|(?:{mods})\s+(?:{nouns})\b)")


@cache
def _event_after() -> re.Pattern[str]:
    """What makes "the 2018 Acme" an event's name ("the 2018 Acme crash", "the 2018 Acme and 2019 Beta
    crashes"), not a model year's product ("the 2010 Widget")."""
    nouns = vocab.alternation(sorted(vocabulary()["event_nouns"]))
    return re.compile(rf"^\s*(?:and|or|&|(?:{nouns})\b)", re.IGNORECASE)


def _titled_in_quotes(m: Mention) -> bool:
    """Is the name the whole of a quotation ("the maker of “Widget Quest” and ...", “Widget,” "Widget.")?"""
    return bool(re.search(r"[“\"‘']\s*$", m.before) and re.match(r"^[,.]?\s*[”\"’']", m.after))


@cache
def _setting_before() -> re.Pattern[str]:
    """A preposition of place, or a noun of places, before a name or before a list it ends: "in (the) ", "in the
    Vosges and the ", "in Sri Lanka, Malaysia and ", "five countries: "."""
    prep = r"\b(?:in|near|outside|across|throughout|around|to|from|for|at|of)\s+(?:the\s+)?"
    nouns = vocab.alternation(vocabulary()["place_list_nouns"])
    places = rf"\b(?:{nouns})\s*(?::|including|such\s+as|like)\s+"
    listed = r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:,\s+|,?\s+and\s+(?:in\s+)?(?:the\s+)?))*"
    return re.compile(rf"(?:{prep}|{places}){listed}$")


@cache
def _setting_after() -> re.Pattern[str]:
    """What ends a place's mention: a comma, a full stop, a second place ("and the Gard."), a direction ("in the
    south")."""
    compass = vocab.alternation(sorted(vocabulary()["compass_words"]))
    return re.compile(rf"^\s*(?:,|\.|$|and\s+(?:in\s+)?(?:the\s+)?[A-Z][\w-]*\s*[,.]|in\s+the\s+(?:{compass})\b)")


def _set_in(m: Mention) -> bool:
    """A name used as a setting: "in Renton.", "in the Vosges and the Gard.", "and in the Gard in the south"."""
    return bool(_setting_before().search(m.before) and _setting_after().match(m.after))


_SPATIAL_BEFORE = re.compile(r"\b(?:in|near|toward|towards|outside|across|throughout|around|on|to|outskirts\s+of|above|"
                             r"below|beyond|through|into|approached|reached|evacuated|rebuild|rebuilding|leveled|levelled|"
                             r"devastated|destroyed|burned|burnt|(?:^|[.!?\n]\s*)In)\s+$")
"""What is said of a place right before its name: "toward Easton", "the fire that destroyed Easton", "In
Easton, residents queued"."""


@cache
def _disaster_after() -> re.Pattern[str]:
    """A disaster named for where it struck, after the name: "the Easton fire", "Easton floods"."""
    return re.compile(rf"^\s+(?:{vocab.alternation(sorted(vocabulary()['event_tails']))})s?\b", re.IGNORECASE)


_THING_ARTICLE = re.compile(r"(?:^|[^\w’'])(?:[Tt]he|[Aa]n?|[Ee]very|[Ee]ach)\s+$")
"""An article or "every" right before a name, as before a thing ("the Widget", "a Widget", "every Widget")."""
_THING_AFTER = re.compile(r"\s*(?:[,.;:)”\"’']|$|(?:is|was|has|had|and|or|in|on|at|for|from|since|with|to|that|"
                          r"which|should|would|could|will|can|may|might|must|ever|holds?|held)\b)")
"""What follows a thing's name where the name ends its noun phrase ("the Widget was", "a Widget in May"), not
"the Acme scandal", where the name is the noun's modifier."""
THING_SHARE = 0.6
"""The share of a name's mentions with an article before it above which it is a thing (a firm goes bare)."""
_SAYS_AFTER = re.compile(r"^\s*(?:,\s+(?:the|a|an)\s[^,;]{2,80},\s*)?(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+\s+)?"
                         r"(?:said|says|told|tells|announced|announces|stated)\b")
"""A name that speaks: "..., the pharmacy benefit arm of Acme, said on Friday" (a plain verb; "recalled" and
"continued" may be said of a product)."""


_KIN_BEFORE = re.compile(r"\b(?:son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin)"
                         r",?\s*$", re.IGNORECASE)


def _acts_as_body(mentions: list[Mention]) -> bool:
    """Named at least twice as a body: speaking, owning ("X's chief executive") or with a post at it
    ("chairman of X")."""
    return sum(1 for m in mentions if _speech_after().match(m.after) or m.possessive
               or (re.search(r"\b(?:of|at)\s+$", m.before) and has_role_noun(m.before[-30:]))) >= 2


_PARTY_ACTS_AFTER = re.compile(r"\s*(?:[,.;:)]|\s+(?:has|have|had|is|are|was|were|will|would|did|does|also|[a-z]+ed|"
                               r"says|wants|calls|accuses|demands|urges|backs|votes|claims|argues|insists|warns|"
                               r"criticises|criticizes|welcomes)\b)")
_PARTY_ACTS_BEFORE = re.compile(r"\b(?:by|from|with|and|for)\s+(?:the\s+)?$")
"""A bare political party's name acting ("Labour said", "Labour has called", "backed by the Greens"), not an
adjective ("Labour MP", "the Greens senator")."""


_NAMES = r"(?:[A-Z][\w&.'’-]*\s+)*"
_AGENT_NOUN = r"[a-z]+(?:er|or|ist|ive|ee|ian|ant)"
"""A lower-case noun of someone who does something: "banker", "investor", "analyst", "employee"."""
_FORMER_BEFORE = re.compile(rf"\b(?:former|ex-)\s*{_NAMES}(?:and\s+{_NAMES})?$")
_OCCUPATION_AFTER = re.compile(r"^(?:\s+and\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)?"
                               rf"\s+(?:{_AGENT_NOUN}|official|staffer|chief|boss)s?\b")
_WORKED_BEFORE = re.compile(rf"\b(?:worked|served|spent\s+\w+\s+years)\s+(?:for|at|with)\s+(?:[a-z]+\s+){{0,2}}"
                            rf"(?:(?:including|such\s+as|like)\s+)?(?:{_NAMES}(?:,\s*|and\s+))*$")


@cache
def _post_after() -> re.Pattern[str]:
    """The rest of a post after its region: " credit strategist", " head of research" (lower-case words up to a
    role noun)."""
    v = vocabulary()
    roles = vocab.alternation(sorted(v["role_nouns"] | v["affiliation_roles"]))
    return re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{roles})s?\b")


def _place_owns(before: str) -> bool:
    """Is the possessive right before a name a place's ("Mexico's", "South Korea’s")? What a country or town
    "has" is a firm or body of it, not a product."""
    m = re.search(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)[’']s\s*$", before)
    return m is not None and m.group(1).casefold() in owners()


@cache
def _amount() -> re.Pattern[str]:
    """A sum written with its currency's code ("GBP45m", "USD 1.2bn"), not a name with a number ("KSV1870")."""
    cues = vocab.load("cues")
    codes = [c for c in cues["currency_signs"] if re.fullmatch(r"[A-Z]{3}", c)]
    return re.compile(rf"(?:{vocab.alternation(codes)})\s?\d[\d.,]*\s?(?:m|bn|k|mn|million|billion)?")


def _career(m: Mention) -> bool:
    """A name told only as where someone once worked: "a former Acme and Beta banker", "had worked for banks
    including Acme and Beta"."""
    return not m.possessive and ((_FORMER_BEFORE.search(m.before) is not None
                                  and _OCCUPATION_AFTER.match(m.after) is not None)
                                 or _WORKED_BEFORE.search(m.before) is not None)


@cache
def _honorific_before() -> re.Pattern[str]:
    """An honorific right before a name (``honorifics``): the name is a surname, whatever else the word is
    ("Dr Bishop", "Mr Judge")."""
    return re.compile(rf"\b(?:{vocab.alternation(sorted(h.capitalize() for h in vocabulary()['honorifics']))})\s*$")


def _unit_word(word: str) -> bool:
    """A word that makes a company's name its unit's: a place or people ("Acme India", "Acme Canadian") or a
    legal form ("Acme Private Limited")."""
    return word in gazetteer() or word in regions() or word in demonyms() or word in ("private", "public")


@cache
def _body_nouns() -> frozenset[str]:
    """The words that make a name a body's: a company's, a government's, a regulator's, an organisation's."""
    v = vocabulary()
    return frozenset(v["company_words"] | v["government_words"] | v["regulator_words"] | set(v["organisation_nouns"]))


def _named_in(key: str, accepted: dict[str, tuple[str, list[Mention]]]) -> set[str]:
    """The articles whose text (not page furniture) names ``key``, in full or by the start of its name ("Acme"
    for "Acme Financial Services")."""
    return {x.sentence.source for k, (_kind, xs) in accepted.items() if k == key or key.startswith(k + " ")
            for x in xs if not x.sentence.boilerplate}


def _defines_thing(m: Mention) -> bool:
    """The name is a term a text defines for what it has just described in lower case ("a notice of termination
    (the “Termination Notice”)", "to carry out an inquiry (the “Inquiry”)"), not a body's short name ("Rotherby &
    Co LLP (“Rotherby”)", "the Board of Directors (the “Board”)")."""
    run = re.search(r"((?:[A-Z][\w&.’'-]*\s+(?:(?:of|and|for|the|&)\s+)*)*[A-Z][\w&.’'-]*)\s*\(\s*(?:the\s+)?[“\"]$",
                    m.before)
    # the start or the initials of the name before it, a body's: "Acme Group (“Acme”)", "the Department of
    # Fisheries and Oceans (“DFO”)" (not "the Consent Order (the “Consent Order”)", "a Deferred Prosecution
    # Agreement (“DPA”)")
    if run and m.name and (run.group(1).casefold().startswith(m.name.casefold())
                           or (m.name.isupper() and _initials(run.group(1)).endswith(m.name))) \
            and any(w.casefold().strip(".,") in _body_nouns() for w in run.group(1).split()):
        return False
    return bool(re.search(r"[a-z0-9,]\s*\(\s*(?:the\s+|an?\s+)?[“\"]$", m.before)) \
        and bool(re.match(r"^[”\"]\s*\)", m.after))


@cache
def _code_name() -> re.Pattern[str]:
    """A code that reads as a name: a credit rating ("Caa2"), a financial period ("FY21"); ``code_names``."""
    return re.compile(vocab.load("parties")["code_names"])


@cache
def _law_part() -> re.Pattern[str]:
    """A numbered part of a law or a document: "Part XV", "Section 13", "Rule 13.09" (``law_parts``)."""
    parts = vocab.alternation(sorted(vocab.load("parties")["law_parts"]))
    return re.compile(rf"(?:{parts})\s+(?:[IVXLC]+[A-Z]?|\d+[A-Za-z]?)\b")


@cache
def _rules_of() -> re.Pattern[str]:
    """The words before what a set of rules governs: "the Rules Governing the (Admission of Shares)"."""
    books = vocab.alternation(sorted(vocab.load("parties")["rule_books"]))
    return re.compile(rf"\b(?:{books})\s+(?:Governing|on|for)\s+the\s+$")


_SHARE_CLASS = re.compile(r"\s[A-Z]\s+(?:shares?|stock|ordinary|preferred|common)\b")
"""What follows the word of a class of shares: " A shares" of "Class A shares"."""


def _vetoed(name: str, mentions: list[Mention], common: frozenset[str] = frozenset()) -> bool:
    v = vocabulary()
    key = norm_name(name)
    written = name.replace("’", "'").casefold().split()
    # "Home Corp", "Home Corporation": a common word made a company's name by its legal form
    incorporated = len(written) > 1 and written[-1].strip(".") in _company_suffixes()
    if mentions and all(_career(m) for m in mentions):
        return True  # where someone once worked ("a former Acme banker"): their past, not a party of the story
    if len(written) == 1 and re.fullmatch(_AGENT_NOUN + "s", key) and all(
            ({key, key[:-1]} & (common | v["role_nouns"]) and not m.before.strip(" \t“\"'‘("))
            or re.search(r"[A-Z][\w-]*\s+$", m.before)
            for m in mentions):
        # "Lawyers said ..." (the text writes "lawyer" elsewhere), "... Chief Executive Officers": people of a
        # trade, not a name ("Walters said", "Halyards reported" are names)
        return True
    ends = re.fullmatch(r"([^\W\d_][\w'’.]*)\s*[-–—]\s*([^\W\d_][\w'’.]*)", name)
    if ends and all(norm_name(town) in gazetteer() for town in ends.groups()) \
            and not any(_speech_after().match(m.after) or m.possessive for m in mentions):
        return True  # a route between two towns: "the Rotherby-Tokai crossing"
    if key in v["political_parties"]:
        return not any(_PARTY_ACTS_AFTER.match(m.after) or _PARTY_ACTS_BEFORE.search(m.before) for m in mentions)
    if not key or (key in v["not_parties"] and not incorporated) or key in v["bare_generic_bodies"] \
            or key in v["places"] or name.casefold() in v["places"] \
            or (name.casefold() + "." in v["places"] and any(m.after.startswith(".") for m in mentions)):
        return True  # (and "Rotherby, Va.", whose full stop the name was written without)
    if ((post := name.casefold()) in v["role_nouns"] or post in v["affiliation_roles"]) \
            and not any(_honorific_before().search(m.before) for m in mentions):
        # a post, however it is capitalised: "..., Head of Research at Acme" (not a surname after an honorific:
        # "Dr Bishop", "Mr Judge")
        return True
    priced, scaled = _letter_sums()
    if priced.fullmatch(name) or (scaled.fullmatch(name) and mentions
                                  and all(re.match(r"\s*(?:bn|billion|m|mn|million|trillion|tn)\b", m.after)
                                          for m in mentions)):
        return True  # a sum in a currency written with a letter: "R12.40" a share, "R2.1 billion" (not "R2")
    if len(key) < 2 or re.fullmatch(r"[\d\W]+", key) or _amount().fullmatch(name) \
            or key in vocab.load("cues")["currencies"]:
        return True  # a sum written with its currency's code ("GBP45m", "USD 1.2bn"); a currency ("2,2 Mrd. Euro")
    if re.fullmatch(r"[^\W\d_]+(?:\s*[-–]\s*[^\W\d_]+)+", name) and all(
            part.strip().casefold() in vocab.load("dates")["months"] for part in re.split(r"[-–]", name)):
        return True  # a span of months: "the October-December quarter"
    if len(written) in (2, 3) and written[-1] in v["street_nouns"] and "&" not in name and mentions and all(
            re.search(r"\b(?:on|in|at|off|along|near)\s+$", m.before) for m in mentions):
        return True  # an address: "the head office on George Street" (not "Downing Street said")
    if mentions and all(_SHARE_CLASS.match(m.after) for m in mentions):
        return True  # a class of shares: "Class A shares", "Series B stock"
    if re.fullmatch(r"[A-Z]-[a-z]+s?", name):
        return True  # a letter and a word: "U-turn payments", "X-ray", "T-shirts" (a name's part is capitalised)
    if " " not in key and key.strip(".") in _company_suffixes():
        return True  # a company's legal form alone: "Goldman Sachs (Asia) LLC" names no party "LLC"
    if len(written) >= 2 and all(w.strip(".,") in v["measure_words"] for w in written):
        return True  # a financial measure in a results table: "Adjusted Operating Profit", "Organic Revenue"
    if mentions and any(_defines_thing(m) for m in mentions) \
            and key.split()[-1] not in v["company_words"] | v["government_words"] | v["regulator_words"] \
            | set(v["organisation_nouns"]) | set(v["member_bodies"]):
        return True  # a filing's term for a thing: "a notice of termination (the “Termination Notice”)"
    if re.fullmatch(r"No\.?\s*\d+", name) or (
            name.isupper() and sum(1 for m in mentions if re.match(r"\s+No\.?\s*\d", m.after)) * 2 > len(mentions)):
        return True  # a numbered reference: "the respondent No.5"; a filing's type: "IA No. 5621/2024"
    if _code_name().fullmatch(name) or _law_part().match(name):
        return True  # a rating ("cut to Caa2 from B3"), a period ("in FY21"); a part of a law ("Part XV of ...")
    if mentions and all(_rules_of().search(m.before) for m in mentions):
        return True  # what rules govern: "the Rules Governing the Admission of Shares"
    if "-" in key and (key.rsplit("-", 1)[-1] in v["located_suffixes"]
                       or re.fullmatch(r"[a-z]{3,}ed", name.rsplit("-", 1)[-1])):
        # "the Brussels-based transparency group": where it is, not who; "Acme-originated notes": what it did
        return True
    if all(t in v["not_parties"] or t in v["places"] for t in key.split()) and not incorporated \
            and not (len(key.split()) > 2 and " of " in f" {key} ") and not _acts_as_body(mentions):
        # "Breaking News", "World Business": a section of the page (not "Word of the Week", nor a "Home
        # International" that speaks, is owned from and has a chief executive)
        return True
    if key.split()[0] in v["places"] and all(t in v["places"] or t in v["not_parties"] for t in key.split()):
        return True
    if key == "may" and mentions and all(_month_use(m) for m in mentions):
        return True  # "criticised the bank in May": the month (a name where "May" said or acts)
    if " " not in key and (key in demonyms() or key.removesuffix("s") in demonyms() or key in v["peoples_adjectives"]
                           or re.fullmatch(r"[dri]-[a-z]{2,5}", key)):
        return True  # "the Austrian", "two Canadians", "Philippine banks"; a party label: "(D-Mass.)"
    if len(key.split()) > 2 and key.split()[1] == "and" and key.split()[0] in demonyms():
        return True  # two adjectives before one noun: "French and European Union rules"
    organisational = any(_contains(v[k], key) for k in ("company_words", "government_words", "regulator_words"))
    if (" " not in key or not organisational) and mentions and all(_portfolio_title().match(m.after) for m in mentions):
        return True  # a portfolio, not a party: "Finance Minister Ann Lee", "Aboriginal Affairs Minister Ben Roe"
    if not organisational and key.split()[-1] in v["portfolio_titles"] and mentions \
            and all(re.match(r",\s+(?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+\s*,", m.after) for m in mentions):
        return True  # a title whose holder is named after it: "Malaysia's Finance Minister, Lim Guan Eng, said"
    if mentions and sum(1 for m in mentions if _titled_in_quotes(m)) * 2 > len(mentions):
        return True  # a title in quotation marks: the maker of “Widget Quest” and “Widget Wars”
    if (name.isupper() or " " not in key) \
            and any(re.search(r"(?:^|\s)[a-z][\w-]+\s+[a-z][\w-]+\s*\($", m.before) and m.after.startswith(")")
                    for m in mentions) \
            and not any(_speech_after().match(m.after) for m in mentions):
        # the short form of a common noun: "monosodium glutamate (MSG)", "interbank offered rate (Ibor)"
        return True
    if len(key.split()) >= 2 and key.split()[0] in v["map_heads"] \
            and not any(_speech_after().match(m.after) for m in mentions):
        return True  # a feature of the map: "down the Rio Verde", "the shores of Lake Taupo"
    if len(key.split()) >= 2 and key.split()[0] in v["operation_heads"]:
        return True  # an investigation or a campaign by its code name: "Operation Clean Hands"
    if mentions and all(_facility_after().match(m.after) for m in mentions):
        return True  # only ever the name of a place: "Haneda airport", "Kosuge detention centre"
    if mentions and sum(1 for m in mentions if m.after.startswith("+")) * 2 > len(mentions):
        return True  # a product or service named with a plus: "the Widget+ treadmill", "Acme TV+"
    if len(mentions) >= 3 and not name.isupper() and key not in gazetteer() \
            and not set(key.split()) & (_body_nouns() | v["media_words"] | v["and_body_words"] | v["kin_nouns"]) \
            and " of " not in key \
            and sum(1 for m in mentions if _THING_ARTICLE.search(m.before) and _THING_AFTER.match(m.after)) \
            >= THING_SHARE * len(mentions) \
            and not any(m.possessive or _speech_after().match(m.after) for m in mentions):
        # a thing, not a party: "bought a Widget in May", "the Widget holds a baby", "every Widget ever sold";
        # a firm goes bare, and a body named with "the" has a body's word ("the Senate", "the Times")
        return True
    # a product: mostly followed by a product noun, or owned ("Acme's Widget") and never acting
    product = 0
    # (a person's name after an owner's: "Essel Group's Subhash Chandra")
    named = len(written) >= 2 and written[0] in v["given_names"] and written[-1] not in v["facility_nouns"] \
        and written[-1] not in v["site_nouns"]  # (not "Houston's William P. Hobby Airport")
    for m in mentions:
        nxt = _product_noun_next().match(m.after)
        if nxt and (nxt.group(1).casefold() in v["product_nouns"] or nxt.group(1).casefold() in v["brand_nouns"]) \
                and not m.possessive:
            product += 1
        elif _product_list_before().search(m.before) or _product_list_after().match(m.after):
            product += 1  # "brands such as Widget and Gadget", "the maker of Widget", "where Widget is bottled"
        elif _product_units().search(m.before):
            product += 1  # "samples of Widget", "400 million packs of Widget", "Acme withdrew Widget"
        elif _in_use(m):
            product += 1  # "drivers using Widget", "when Widget is engaged", "switch Widget on"
        elif _segment_after().match(m.after) or _segment_before().search(m.before):
            product += 1  # "its Widget Systems segment", "business areas, Widget Systems and ...": a line of business
        elif _substance_before().search(m.before) or _substance_after().match(m.after):
            product += 1  # "levels of X in drinking water", "X contamination": a substance
        elif _described_as_product().match(m.after) or _product_named_after().search(m.before) \
                or _product_noun_before(m.before):
            product += 1  # "Widget, the token at the centre of ...", "a free software update, Widget,"
        elif m.possessive:
            pass
        elif (re.search(r"\bthe\s+(?:19|20)\d\d\s*$", m.before) and not _event_after().match(m.after)) \
                or re.search(r"\bmodel[- ]years?\s*$|(?:19|20)\d\d-(?:(?:19|20)?\d\d)\s*$|\b(?:builds?|built|making|"
                             r"makes|sells?|sold|buy|buying|bought|drives?|drove|driving|owns?|owned)\s+"
                             r"(?:the|a|an|its|their|his|her)\s*$", m.before, re.IGNORECASE) \
                or re.match(r"^\s*\((?:19|20)\d\d\b", m.after) or (
                re.search(r"(?:^|[^\w’'])(?:a|an)\s+(?:new\s+|used\s+)?$", m.before) and re.match(
                    r"^\s*(?:[,.;:)]|[a-z]+ed\b|(?:this|that|by|in|with|for|on|at|and|or|is|was|would|could|will|"
                    r"might|may|can)\b)", m.after)):
            # "2014 model year Widget", "the 2010 Widget", "2009-2010 Widget", "builds the Widget", "a Widget
            # exceeded", "a new Widget,", "a DPA is", "Widget (2009-2015)"
            product += 1
        elif re.match(r"^\s*[\w-]*\d", m.after) or (re.search(r"\b[A-Za-z]*\d[\w-]*\s*$", m.before)
                                                         and not re.search(r"\b(19|20)\d\d\s*$", m.before)):
            product += 1  # a model or series number: "Widget 9", "737 Widget", "Fortune 500"
        elif re.search(r"(’s|'s|\bits|\btheir|\bhis|\bher|\bthe launch of|\bthe release of)\s*$", m.before) \
                and not m.possessive and not _speech_after().match(m.after) and not organisational and not named \
                and not _organisation_after().match(m.after) and not _place_owns(m.before):
            # ("Acme's Beta hypermarket chain" is a business; "Mexico's Grupo Acme" a firm of that country)
            product += 1
    # (a name that speaks is no product: "Widgetrx, the pharmacy arm of Acme, said on Friday", however often it
    # is named as Acme's)
    if product * 2 > len(mentions) and not any(_SAYS_AFTER.match(m.after) and not m.possessive for m in mentions):
        return True
    # a place: "in Renton, Washington", "for Ontario, California"
    places = v["places"]
    # a known town or country used as a setting ("in Wolfsburg on Wednesday", a dateline) is one
    known_place = key in gazetteer() and len(key.split()) <= 3
    locative = 0.0
    for m in mentions:
        nxt = re.match(r"^\s*,\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", m.after)
        if nxt and _post_after().match(m.after, nxt.end()):
            nxt = None  # "Ann Roe, Asia credit strategist at ...": a post's region, not hers
        if _region_before().search(m.before) or _place_apposition().match(m.after):
            # "the northern state of Uttar Pradesh", "the village of Sarufutsu", "Halvern, a fishing village
            # at the river's mouth": named as a place
            locative += 2
        elif not organisational and not m.possessive and re.search(r",\s+from\s+$", m.before) \
                and re.match(r"^\s*(?:[,.;]|$)", m.after):
            locative += 1  # "said Ann Roe, from Halvern, who ...": where a speaker comes from
        elif _region_after().match(m.after):
            locative += 1  # "in Osaka prefecture", "the Pilbara region", "Hokkaido's northern coast"
        elif nxt and (nxt.group(1).casefold() in places or nxt.group(1).casefold().split()[0] in places):
            locative += 1
        elif _set_in(m) and len(key.split()) == 1 and not m.possessive:
            # "in Renton.", "in the Vosges and the Gard.": a region named with "the" is one unless its name
            # is an organisation's ("in the Senate.") or an acronym ("with the CDC.")
            locative += 1 if known_place or (re.search(r"\bthe\s+$", m.before) and not organisational
                                             and not m.name.isupper()) else 0.5
        elif known_place and len(key.split()) == 1 and not m.possessive and _seat_of().match(m.after):
            locative += 1  # "Munich prosecutors said", "the Munich district court": the town is their seat
        elif not organisational and not m.possessive and (_noun_after("site_nouns", one_word_before=True).match(m.after)
                                                          or _sites_listed_before().search(m.before)):
            locative += 1  # "the Sturgeon plant", "at plants including Sturgeon": a site named for its town
        elif not organisational and _beside_a_place(m):
            locative += 1  # a town too small for the gazetteer: "in Aschheim near Munich", "Aschheim/Munich."
        elif not known_place and not organisational and not m.possessive and _disaster_after().match(m.after):
            locative += 1  # "the Easton fire", "the Easton wildfires": where the disaster struck
        elif not known_place and not organisational and not m.possessive and _SPATIAL_BEFORE.search(m.before):
            locative += 0.5  # "toward Easton", "on the outskirts of Easton", "in Easton" (a firm too: "stake in")
        elif known_place and not m.possessive and (
                re.search(r"\b(in|near|outside|across|throughout|around|from|based in|headquartered in)"
                          r"(?:\s+[A-Z][\w-]+,)?\s*$", m.before)  # "in Ikeda, Osaka,"
                or (m.name.isupper() and re.match(r"^\s*[,/]", m.after))
                # "In Rotherby, residents queued" (a country so named may still act: "In Ruritania the
                # regulator ...")
                or (key not in regions() and re.search(r"(?:^|[.!?\n]\s*)In\s*$", m.before))):
            locative += 1
    if locative * 2 > len(mentions):
        return True
    if key in regions() and mentions and not any(_country_acts(m) for m in mentions):
        return True  # "bribes paid in Paraguay", "compared with Bolivia": a country named, never acting
    if " " not in key and mentions and all(re.search(r"\b(?:on|via)\s*$", m.before) and not m.possessive
                                           for m in mentions) \
            and any(_posted().search(m.before) for m in mentions):
        return True  # where words were posted ("wrote on Twitter", "a statement posted on Telegram"): a medium
    if mentions and all(_law_goes_on().match(m.after) or _law_ends().match(m.after)
                        and re.search(r"\b(?:and|&)\s+$", m.before) for m in mentions):
        # the first half of a law's name: "Financial Instruments" (and Exchange Act); its second half ("Drugs
        # and Wonder Cures (Misleading Claims) Act"); its part in brackets
        return True
    toks = key.split()
    head = next((i for i, t in enumerate(toks) if t in ("for", "of", "on")), len(toks))
    if head < len(toks) and any(t in v["government_words"] or t in v["regulator_words"] for t in toks[:head]):
        return False  # "the State Administration for Market Regulation" is a body, not a rule
    if any(key.startswith(opening + " ") for opening in v["event_heads"]) and len(toks) <= 4:
        return not any(_speech_after().match(m.after) for m in mentions)  # "Hurricane Kestrel", "Winter Storm Halvern"
    if toks[-1] in v["event_tails"]:
        return not any(_speech_after().match(m.after) for m in mentions)  # "the Oak Fire", not "Metro Fire said"
    return toks[-1] in v["not_party_tails"]


def _country_acts(m: Mention) -> bool:
    """A country named as what acts: "Qatar has denied", "Chile barred", "Ireland appealed", "Qatar's
    denial" (a country that only sets a scene is a place)."""
    return m.possessive or bool(_acting_after().match(m.after)) or bool(_ACTED_ON.search(m.before))


@cache
def _acting_after() -> re.Pattern[str]:
    """A verb after a name, what the name does: "has denied", ", a Gulf state, said", "barred"."""
    verbs = vocab.alternation(list(vocab.load("cues")["speech_verbs"]) + list(vocabulary()["acting_verbs"]))
    return re.compile(r"^\s*(?:,[^,]{0,60},\s*)?(?:(?:has|had|have|also|will|would|could|did|does|is|was|then)\s+)"
                      r"{0,2}(?:not\s+)?(?:[a-z]+ly\s+)?(?:" + verbs + r"|[a-z]{3,}ed|[a-z]{3,}s)\b")


_ACTED_ON = re.compile(r"\b(?:by|against|sued|told|urged|asked)\s+$")
"""What comes before a party that something is done to or by: "sued ", "asked ", "by "."""


_ASKER_BEFORE = re.compile(r"\b(?:question|questions)\s+(?:comes|come|is|are)\s+from\s+$|\bfrom\s+the\s+line\s+of\s+$|"
                           r"\bover\s+to\s+$", re.IGNORECASE)
"""An earnings call's operator handing over: "The next question comes from ", "from the line of "."""


def _party_id(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", norm_name(name)).strip("-")[:40] or "party"
    return f"party-{slug}"


_FAMILY_FIRST = re.compile(r"(?P<family>[A-Z][A-Z'’-]{2,})\s+(?P<given>[A-Z][a-z][\w'’-]*)")
"""A name written family name first, the family name in capitals: "ROE Akiko", as papers in Japan print them."""


def _given_name_first(m: Mention, common: frozenset[str]) -> Mention:
    """"ROE Akiko" is Akiko Roe, as the text writes her elsewhere (not "NHS England" nor "ACME Research": the
    second word no place, no word of an organisation, none the text writes in lower case)."""
    found = _FAMILY_FIRST.fullmatch(m.name)
    if not found:
        return m
    family, given = found.group("family"), found.group("given")
    v = vocabulary()
    bodies = v["company_words"] | v["government_words"] | v["regulator_words"] | v["media_words"] \
        | set(v["organisation_nouns"])
    low = given.casefold()
    if low in common or low in bodies or low in gazetteer() or low in regions() \
            or not (is_given_name(given) or family_name_in_capitals(family)):
        return m
    return dataclasses.replace(m, name=f"{given} {family.capitalize()}")


def _written(mentions: list[Mention]) -> Counter[str]:
    """How the text writes a name: a transcript's label ("PETER ROE:") counts only where nothing else does."""
    said = Counter(m.name for m in mentions if m.sentence.boilerplate != "speaker label")
    return said or Counter(m.name for m in mentions)


def _pick_name(names: Counter[str]) -> str:
    """Canonical name: the most complete written form (longest key, then most frequent)."""
    return max(names.items(), key=lambda kv: (len(norm_name(kv[0]).split()), kv[1], -len(kv[0]), kv[0]))[0]


def _surname(key: str) -> str:
    """Last name of a person's key, past a generational suffix ("john j ray iii" -> "ray")."""
    toks = key.split()
    while len(toks) > 2 and toks[-1] in vocabulary()["generational_suffixes"]:
        toks.pop()
    return toks[-1] if toks else ""


def _initials(name: str) -> str:
    toks = [t for t in re.findall(r"[A-Za-z][\w’'-]*", name) if t.casefold() not in CONNECTORS]
    return "".join(t[0] for t in toks).upper()


def _contraction(short: str, name: str) -> bool:
    """Is ``short`` made of letters of ``name`` in order, starting with its first ("vw", "volkswagen")?"""
    if short[:1] != name[:1]:
        return False
    pos = 1
    for ch in short[1:]:
        pos = name.find(ch, pos) + 1
        if not pos:
            return False
    return True


def _acronyms(name: str) -> set[str]:
    """What an expansion may be shortened to: its initials, also without a leading country or state
    ("EPA" for "US Environmental Protection Agency")."""
    out = {_initials(name)}
    first = name.split()[0] if name.split() else ""
    if len(name.split()) >= 3 and (first.replace(".", "").isupper() and len(first.replace(".", "")) <= 3
                                   or first.casefold() in regions()):
        out.add(_initials(name.split(None, 1)[1]))  # "DPS" for "Texas Department of Public Safety"
    return out


def _dateline_places(documents: tuple[Document, ...]) -> frozenset[str]:
    """The towns of the datelines ("NEW YORK/ATLANTA, Sept 8 (Agency) -"): settings, never parties."""
    out: set[str] = set()
    for doc in documents:
        for span in doc.boilerplate:
            if span.reason == "dateline":
                head = re.split(r",|\(|\s[-–—:]", doc.article.body[span.start:span.end], maxsplit=1)[0]
                out.update(norm_name(town) for town in head.split("/") if town.strip().isupper())
    return frozenset(out - {""})


def build_parties(documents: tuple[Document, ...], min_score: int = 2,
                  not_parties: frozenset[str] = frozenset()) -> tuple[Party, ...]:
    """Recognise, merge and describe the parties of a corpus; none named as one of ``not_parties`` (the
    companies of other stories' items)."""
    # (who signs a filed document is a person, as one a byline credits)
    credits = credit_mentions(documents) + [("person", m) for m in signature_mentions(documents)]
    common = lower_words(documents)
    mentions = find_mentions(documents) + country_body_mentions(documents) + [m for _, m in credits] \
        + speaker_label_mentions(documents) + post_author_mentions(documents)
    mentions = [_given_name_first(m, common) for m in mentions]
    credits = [(kind, _given_name_first(m, common)) for kind, m in credits]
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_key[norm_name(m.name)].append(m)
    names = {key: _pick_name(_written(ms)) for key, ms in by_key.items()}
    settings = _dateline_places(documents)
    vetoed = {key for key, ms in by_key.items() if key in settings or _vetoed(names[key], ms, common)}
    vetoed |= {norm_name(n) for n in not_parties} & by_key.keys()
    nouns = vocabulary()["product_nouns"]
    # the product's full name: "Widget Noodles", "Widget Oats Noodles" (not a company that owns or is traded:
    # "Acme Brands, the parent of Beta Tacos", "Shares of Acme Brands")
    # (not a country's body: "US Marshals Service")
    vetoed |= {key for key in by_key if len(key.split()) >= 2 and key.split()[-1] in nouns
               and key.split()[0] in vetoed and key.split()[0] not in regions()
               and key.split()[0] not in vocabulary()["country_adjectives"]
               and not any(_owner_or_traded(m) for m in by_key[key])}
    # an operation's name without its head: "the Clean Hands cases" for "Operation Clean Hands"
    heads = vocabulary()["operation_heads"]
    vetoed |= {key for key in by_key if any(f"{head} {key}" in vetoed for head in heads)}
    # the short name a text defines for what is no party: "the ... Arms Regulations (ITAR)"
    vetoed |= {short for key in vetoed for m in by_key[key] if (short := _short_name_after(m)) in by_key}
    all_keys = set(by_key) - vetoed  # a place is no surname: "Corporation of India" is not a person
    introduced = _introduces_speaker(documents, mentions)
    accepted: dict[str, tuple[str, list[Mention]]] = {}
    v = vocabulary()
    vetoed_initials = {_initials(names[key]) for key in vetoed if len(names[key].split()) >= 2
                       and names[key].casefold().split()[-1] not in _body_nouns()}  # a law's or a product's
    for key in sorted(by_key):
        ms = by_key[key]
        name = names[key]
        if key in vetoed:
            continue
        if name.isupper() and name.isalpha() and name in vetoed_initials:
            continue  # the acronym of a law or product ("DMA" for a "... Act")
        score, kind = _signals(name, ms, all_keys, common, introduced)
        if score >= min_score:
            accepted[key] = (kind, ms)
    for kind, ms in list(accepted.values()):
        for m in ms:  # "the National Anti-Corruption Commission (NACC)": the short name the text defines for it
            short = _short_name_after(m)
            if short in by_key and short not in accepted and short not in vetoed:
                accepted[short] = (kind, by_key[short])
    for kind, m in credits:
        key = norm_name(m.name)
        if key in v["not_parties"]:
            continue  # a code on a wire's credit line ("ISIN: ..."): no one credited
        if key in accepted and (m.sentence.boilerplate in PUBLISHER_LINES or kind == "media") \
                and accepted[key][0] == "company" and len(_named_in(key, accepted)) >= 3:
            # "© Acme Financial Services" under Acme's own notice (or any credit that reads its name as an
            # outlet's), Acme named in three articles, in full or by the start of its name: the company
            continue
        if key not in accepted or (kind in ("person", "media") and accepted[key][0] in ("company", "other")):
            accepted[key] = (kind, by_key[key])  # a byline names people, whatever else the text suggests
    persons = {_surname(k) for k, (kind, _) in accepted.items() if kind == "person" and len(k.split()) >= 2}
    for key in sorted(persons & all_keys - set(accepted)):
        accepted[key] = ("person", by_key[key])
    groups = _merge_aliases(accepted, by_key)
    groups = _fold_bare_titles(groups, accepted)
    parties = []
    written: list[list[Mention]] = []  # each party's mentions
    for head, members in groups.items():
        ms = sorted((m for k in members for m in accepted.get(k, (None, by_key[k]))[1]),
                    key=lambda m: (m.sentence.source, m.start))
        names = _written(ms)
        canonical = _pick_name(Counter({m.name: names[m.name] for m in ms
                                        if norm_name(m.name) == head and m.name in names}) or names)
        kind = _merged_kind([accepted[k][0] for k in members if k in accepted], ms)
        if kind == "person" and _organisation_name(canonical, titled=any(m.title for m in ms)):
            kind = _signals(canonical, ms, set())[1]  # "University of Cambridge", "Acme Germany": a body
            kind = "company" if kind == "person" else kind
        role, role_cites = describe(ms, kind)
        if kind == "regulator" and _business_agency().search(role):
            kind = "company"  # "Acme Artists Agency, the talent agency": an agency that is a business
        if kind == "person" and _org_role().match(role):
            kind = "company"  # "Acme Analytics, a London-based firm": described as an organisation
            role, role_cites = describe(ms, kind)
        if kind in ("company", "other") or (kind == "person" and not _persons_job(role) and " of " not in role):
            # "De Nederlandsche Bank, the Dutch central bank" (not "Ann Roe, the chief of police")
            kind = _authority_described(role) or kind
        # (a name with no organisation's description may have a person's: "Ann Roe, a forklift driver at the depot")
        seen_as = role or (describe(ms, "person")[0] if kind in ("company", "other") else "")
        if kind in ("company", "other") and _looks_like_person(canonical, seen_as, ms) and (
                norm_name(canonical).split()[0] not in members or _persons_job(seen_as)):
            # a company is shortened to its first word, a person to the last: "Rio Tinto said" with "Rio"
            # elsewhere is a company speaking (a family name written first, "Zou said" for "Zou Lan, head of
            # the bank's markets department", is a person's)
            kind = "person"
            role, role_cites = describe(ms, kind)
        if not role and all(m.sentence.boilerplate in CREDIT_REASONS for m in ms):
            role = CREDIT_ROLE
        aliases = sorted({m.name for m in ms} - {canonical} | {f"{m.title} {m.name}" for m in ms if m.title}
                         | _written_otherwise(ms, canonical))
        mentions_c = tuple(dict.fromkeys(m.citation for m in ms))
        parties.append(Party(_party_id(canonical), canonical, tuple(aliases), kind, role, mentions_c, role_cites))
        written.append(ms)
    people = frozenset(n for p in parties if p.kind == "person" for n in (p.name, *p.aliases)
                       if len(n.split()) >= 2 and all(PLAIN_WORD.fullmatch(t) for t in n.split()))
    parties = [dataclasses.replace(p, kind="person") if p.kind == "company" and not p.role
               and _listed_with_people(p.name, ms, people) else p for p, ms in zip(parties, written, strict=True)]
    # most mentioned first, ties by name: stable across runs
    parties.sort(key=lambda p: (-len({c.source for c in p.mentions}), -len(p.mentions), p.name))
    return _unique_ids(parties)


def _short_name_after(m: Mention) -> str:
    """The key of a short name the text defines in brackets right after a name ("... Commission (NACC)")."""
    paren = re.match(r"^\s*\(([A-Z][A-Za-z]{1,7})\)", m.after)
    return norm_name(paren.group(1)) if paren else ""


def _unique_ids(parties: list[Party]) -> tuple[Party, ...]:
    seen: Counter[str] = Counter()
    out = []
    for p in parties:
        seen[p.id] += 1
        if seen[p.id] > 1:
            digest = hashlib.sha1(p.name.encode()).hexdigest()[:4]
            p = Party(f"{p.id}-{digest}", p.name, p.aliases, p.kind, p.role, p.mentions, p.role_citations)
        out.append(p)
    return tuple(out)


@cache
def _authority_descriptions() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(rf"\b(?:{vocab.alternation(phrases)})s?$"))
                 for kind, phrases in vocab.load("parties")["authority_descriptions"].items())


def _authority_described(role: str) -> str | None:
    """The kind a body's description gives it, by its last words ("the Dutch central bank": a regulator; "the
    public prosecution service": government), else None."""
    low = re.sub(r"\s+", " ", role.casefold().replace("’", "'")).strip()
    return next((kind for kind, ending in _authority_descriptions() if ending.search(low)), None)


@cache
def _org_role() -> re.Pattern[str]:
    """A description headed by an organisation noun: "a London-based firm", "its parent company"."""
    nouns = vocab.alternation(sorted(vocabulary()["organisation_nouns"]))
    # a person's job named after the organisation noun: "a fund manager", "a bank executive"
    jobs = vocab.alternation(sorted(t for t in vocabulary()["person_titles"] if " " not in t and t.isalpha()))
    # the noun heads the description: "a lecturer at the University of X" is a person's
    return re.compile(rf"^(?:a|an|the|its|their)\s+(?:(?!(?:at|of|in|for|with|from|on|by|to)\s)[\w’'-]+\s+){{0,4}}?"
                      rf"(?:{nouns})\b(?![\s-]+(?:{jobs})s?\b|[’']s\b)"  # "the company's chief executive": a person
                      # "a former Acme Bank and Beta Securities banker": a name's last word, the banker a person
                      rf"(?!(?:\s+(?:and\s+)?[A-Z][\w&.'’-]*)*\s+(?-i:{_AGENT_NOUN})s?\b)"
                      # or a bare one that ends the description: "bank", "investment company" (not "bank executive")
                      rf"|^(?:[\w’'-]+\s+){{0,2}}?(?:{nouns})(?:$|\s*[,;(]|\s+(?:that|which|based|whose|with)\b)",
                      re.IGNORECASE)


@cache
def _company_tails() -> frozenset[str]:
    """Words that end a company's name: "Group", "Holdings", "Inc", "Corp"."""
    v = vocabulary()
    return frozenset(v["name_tails"]) | {x.strip(".") for x in v["company_suffixes"]}


def _written_otherwise(mentions: list[Mention], canonical: str) -> set[str]:
    """How the text writes a party named for it ("U.S. authorities", "American officials" for the US
    government): the reader and the party matcher find it by those words too."""
    out = set()
    for m in mentions:
        written = m.citation.quote
        if m.name != written and not m.possessive and norm_name(written) != norm_name(m.name):
            out.add(written)
    return out - {canonical}


def _organisation_name(name: str, titled: bool = False) -> bool:
    """A name with an organisation's word in it ("University of X", "X Ministry"), or, for a name
    never written with a title, a country or state after a name that is no given name ("Acme Germany";
    a town would take surnames with it: many surnames are also the name of a town somewhere)."""
    v = vocabulary()
    key = norm_name(name)
    words = key.split()
    last = name.casefold().split()[-1].strip(".") if name.split() else ""
    return any(_contains(v[k], key) for k in ("company_words", "government_words", "regulator_words")) \
        or bool(v["institution_words"] & set(words)) \
        or (len(name.split()) >= 2 and last in _company_tails()) \
        or (not titled and len(words) >= 2 and len(words[-1]) >= 5
            and (words[-1] in regions() or words[-1] in v["places"])
            and not is_given_name(words[-1]) and not is_given_name(words[0]))


@cache
def _company_suffixes() -> frozenset[str]:
    return frozenset(x.strip(".") for x in vocabulary()["company_suffixes"])


def _suffixed(mentions: list[Mention]) -> bool:
    """Some written form carries a company suffix: "Northwind Corp." once, "Northwind" elsewhere."""
    return any(len(t) > 1 and t[-1].strip(".") in _company_suffixes()
               for t in (m.name.casefold().split() for m in mentions))


@cache
def _heads_a_unit() -> re.Pattern[str]:
    """A job heading part of an organisation: "head of the company's ferrous minerals division"."""
    units = vocab.alternation(sorted(vocabulary()["unit_nouns"]))
    return re.compile(r"\b(?:head|chief|director|leader)\s+of\s+(?:the|its|[\w-]+[’']s)\s+(?:[\w’'-]+\s+){0,6}?"
                      rf"(?:{units})\b")


def _persons_job(role: str) -> bool:
    """A role only a person holds: a title ("press secretary", "chief executive"), or a job at an
    organisation ("head of equity strategy at Acme Securities", "an employment partner at the law firm",
    "head of the company's ferrous minerals division"; a partner *of* Acme may be a firm)."""
    v = vocabulary()
    role_words = set(re.findall(r"[a-z]+", role.casefold()))
    role_words |= {w[:-1] for w in role_words if len(w) > 4 and w.endswith("s")}  # "one of Acme's lawyers"
    return bool(role_words & (v["person_titles"] - {"head", "chief", "partner", "leader", "executive"})) or any(
        re.search(rf"\b{re.escape(t)}\b", role.casefold()) for t in v["person_titles"] if " " in t) \
        or bool(re.search(r"\b(?:head|chief|director|leader)\s+of\s+[^,;]*\bat\s+[A-Z]", role)) \
        or bool(_heads_a_unit().search(role)) \
        or bool(re.match(r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:partner|head|chief|leader|executive)"
                         r"(?:\s+(?:specializing|specialising|working|who\s+specializes|who\s+specialises)\s+in"
                         r"(?:\s+[\w-]+){1,3}?)?\s+at\s", role)) \
        or bool(re.match(r"an?\s+(?:[\w-]+\s+){0,3}[a-z]{3,}(?:er|or|ist|ian)\s+at\s", role))
    # "a forklift driver at the depot", "a lab technician at Acme": who works at a place is a person


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
"""Initials written for given names: "D.G.", "J."."""


@cache
def _voice_after() -> re.Pattern[str]:
    """A name followed by one who speaks for it: "(an Acme Mutual) spokesman", "(Acme Southern) officials"."""
    return re.compile(rf"\s+(?:{vocab.alternation(vocab.load('cues')['voice_nouns'])})s?\b")


def _looks_like_person(name: str, role: str, mentions: list[Mention]) -> bool:
    """Two or three plain capitalised words, described with a person's title or quoted as speaking."""
    v = vocabulary()
    toks = [t for t in name.split() if t not in PERSON_PARTICLES]
    who = any(m.title or re.match(r"\s*,\s*who\b", m.after) for m in mentions)
    if len(toks) < len(name.split()) and not (_persons_job(role) or who):
        return False  # "Joost van Kampen, who teaches law": a person; "Banco do Brasil said" is a bank
    if not 2 <= len(toks) <= 3 or not PLAIN_WORD.fullmatch(toks[-1]) \
            or not all(PLAIN_WORD.fullmatch(t) or _INITIALS.fullmatch(t) for t in toks[:-1]):
        return False  # "Ann Lee", "D.G. Lee"
    if _org_role().match(role) or any(t.casefold() in v["institution_adjectives"] for t in toks):
        return False
    if _contains(v["company_words"], norm_name(name)) or _contains(v["government_words"], norm_name(name)):
        return False
    if all(re.search(r"\bthe\s*$", m.before, re.IGNORECASE) for m in mentions):
        return False  # "the Daily Ledger reported": a person's name never follows "the"
    if all(re.search(r"\b[A-Z][\w’'-]+\s+of\s+$", m.before) for m in mentions):
        return False  # "said Tom Roe of Becker Holt, one of the lead lawyers": where he works, described as he is
    if _suffixed(mentions) or _traded(mentions):
        return False  # written "Acme Southern Corp." once: a company, however it speaks
    if any(_voice_after().match(m.after) for m in mentions if not m.possessive):
        return False  # "an Acme Mutual spokesman said": who has a spokesman named so is a body
    if _persons_job(role):
        return True
    if _organisation_name(name, titled=any(m.title for m in mentions)):
        return False  # "Acme Germany said ...": a body that speaks
    return any(_speech_after().match(m.after) for m in mentions) or (len(toks) < len(name.split()) and who)


@cache
def _beside(names: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name in a list with ``names`` on either side: "(Ann Lee), Bo Chan and" / "and Ann Lee"."""
    alt = vocab.alternation(sorted(names))
    return (re.compile(rf"\b(?:{alt})\s*(?:,|,?\s+and|,?\s+or)\s*$"),
            re.compile(rf"^\s*(?:,|,?\s+and|,?\s+or)\s+(?:{alt})\b"))


def _listed_with_people(name: str, mentions: list[Mention], people: frozenset[str]) -> bool:
    """A name shaped like a person's that news lists among people ("Amitabh Bachchan, Madhuri Dixit and Preity
    Zinta"), in most of its mentions: a person's, though nothing else tells its kind."""
    toks = name.split()
    if not people or not 2 <= len(toks) <= 3 or not all(PLAIN_WORD.fullmatch(t) for t in toks) \
            or _organisation_name(name):
        return False
    before, after = _beside(people)
    return sum(1 for m in mentions if before.search(m.before) or after.match(m.after)) * 2 > len(mentions)


def _merged_kind(kinds: list[str], mentions: list[Mention]) -> str:
    if any(m.title for m in mentions) or "person" in kinds:
        return "person"
    for k in ("regulator", "government", "media", "company"):
        if k in kinds:
            return k
    return "other"


def _fold_bare_titles(groups: dict[str, list[str]],
                      accepted: dict[str, tuple[str, list[Mention]]]) -> dict[str, list[str]]:
    """"The Prime Minister told MPs": a bare title belongs to the one person who carries it; a title no
    named person carries is not a party of its own."""
    titles = vocabulary()["person_titles"]
    carriers: dict[str, list[str]] = defaultdict(list)
    for head, members in groups.items():
        for k in members:
            for m in accepted[k][1]:
                if m.title:
                    carriers[m.title.casefold()].append(head)
    out: dict[str, list[str]] = {}
    for head, members in groups.items():
        if head in titles and len(members) == 1:
            owners = sorted(set(carriers.get(head, [])))
            if len(owners) == 1:
                out.setdefault(owners[0], [])  # merged below
                out[owners[0]] = out[owners[0]] + members
            continue
        out[head] = out.get(head, []) + members
    return dict(sorted(out.items()))


def _plain_name(word: str) -> bool:
    """A word of a person's name: capitalised, no other capital but after a hyphen ("Roe", "Okafor-Roe")."""
    return all(PLAIN_WORD.fullmatch(part) for part in word.split("-"))


def _addressed(m: Mention) -> bool:
    """The name follows a form of address: "Mr Hui", "Dr. Roe"."""
    words = m.before.split()
    return bool(words) and words[-1].casefold() in vocabulary()["honorifics"]


def _merge_aliases(accepted: dict[str, tuple[str, list[Mention]]],
                   by_key: dict[str, list[Mention]]) -> dict[str, list[str]]:
    """Group candidate keys that name the same party: surnames, head nouns, acronyms, name tails."""
    v = vocabulary()
    keys = sorted(accepted, key=lambda k: (-len(k.split()), k))
    parent: dict[str, str] = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    multi = [k for k in keys if len(k.split()) >= 2]
    countries = {norm_name(c) for c in v["country_adjectives"]}
    for o in multi:  # first, so that an acronym finds one party
        ot = o.split()
        rest = " ".join(ot[1:])
        if ot[0] in countries and rest in parent and (len(ot) >= 3 or (
                accepted[o][0] in ("government", "regulator") and accepted[rest][0] == accepted[o][0]
                and all(m.name.isupper() for m in accepted[rest][1]))):
            # "U.S. Securities and Exchange Commission" is the commission, and "US SEC" the SEC (an acronym)
            parent[root(o)] = root(rest)
        if re.sub(r"'s$", "", ot[0]) in countries and ot[0].endswith("'s") and rest in parent:
            parent[root(o)] = root(rest)  # "China's Acme Coffee" is Acme Coffee
        owned = next((i for i, t in enumerate(ot[:-1]) if t.endswith("'s")), -1)
        if owned >= 0 and accepted[o][0] != "person":
            owner, held = " ".join(ot[:owned + 1])[:-2], " ".join(ot[owned + 1:])
            if held in parent and accepted[held][0] != "person" and (owner in parent or any(
                    _surname(x) == owner for x in multi if accepted[x][0] == "person")):
                parent[root(o)] = root(held)  # "Roe's Acme Corp", "Ann Roe's Acme Corporation": Acme Corp, owned
        if ot[0] in regions() and rest in parent and accepted[rest][0] == accepted[o][0] == "company":
            parent[root(o)] = root(rest)  # "Ruritania Acme Group" is the Acme of the other articles
        elif ot[0] in regions() and len(ot) >= 3 and rest in parent \
                and accepted[rest][0] == accepted[o][0] in ("government", "regulator") \
                and sum(x.split()[1:] == ot[1:] and x.split()[0] in regions() for x in multi) == 1:
            # "Ruritania Department of Transport" is the "Ruritania's Department of Transport" of another
            # article (where one state only has a department of that name in the story)
            parent[root(o)] = root(rest)
        # ("Super Acme" the short form of "Super Acme Computer", written "Super Acme Computer Inc." somewhere)
        longer = [x for x in multi if len(x.split()) == len(ot) + 1 and x.split()[:-1] == ot
                  and (x.split()[-1] in v["company_words"] or (
                      _suffixed(accepted[x][1]) and accepted[o][0] == "company"
                      and not _unit_word(x.split()[-1])))
                  and accepted[x][0] != "person"]
        if len(longer) == 1 and accepted[o][0] in ("person", "company"):
            parent[root(o)] = root(longer[0])  # "Muddy Waters" is the short form of "Muddy Waters Capital"
        # "Rotherby Centre for Health" is the "Rotherby Centre for Health and Prevention" cut at its "and"
        fuller = [x for x in multi if len(x.split()) == len(ot) + 2 and x.split()[:len(ot)] == ot
                  and x.split()[len(ot)] == "and" and accepted[x][0] == accepted[o][0] != "person"]
        if len(fuller) == 1 and len(ot) >= 3:
            parent[root(o)] = root(fuller[0])
        plain = " ".join(t for i, t in enumerate(ot) if not (0 < i < len(ot) - 1 and len(t) == 1))
        if plain != o and plain in parent and accepted[o][0] == "person":
            parent[root(o)] = root(plain)  # "Eric M. Davis" is the "Eric Davis" of other articles
        for other in multi:  # "Fran Roe" is the "Frances Roe" of other articles: a first name shortened
            xt = other.split()
            if other != o and len(ot) == len(xt) == 2 and ot[1] == xt[1] and len(ot[0]) >= 3 \
                    and xt[0].startswith(ot[0]) and len(xt[0]) > len(ot[0]) \
                    and accepted[o][0] == accepted[other][0] == "person":
                parent[root(o)] = root(other)
        land = demonym_countries().get(ot[0], "").casefold()
        if len(ot) == 2 and ot[1] == "government" and land in parent and accepted[land][0] == "government":
            parent[root(o)] = root(land)  # "Estonian authorities" where Estonia itself acts: one party
    for k in keys:
        toks = k.split()
        kind = accepted[k][0]
        targets: list[str] = []
        if len(toks) == 1:
            # surname of a person, or head noun ("navy" -> "us navy"); unique match only
            company_form = any(len(m.name.split()) > 1 and m.name.casefold().split()[-1].strip(".") in _company_tails()
                               for m in accepted[k][1])  # "Northwind Group": the company, not a surname
            # "Northwind" where "Northwind International" acts and "Bruno Northwind" founded it: a name that is
            # no person's here and starts a company's is the company's short form, not the founder's surname
            starts_company = kind != "person" and any(o.split()[0] == k and accepted[o][0] == "company"
                                                      for o in multi)
            targets = [] if company_form else list(dict.fromkeys(
                root(o) for o in multi if _surname(o) == k and root(o) != root(k)
                and (accepted[o][0] in ("person", "government", "regulator") or kind == "person")))
            if len(targets) > 1:
                # two people of one surname ("Rupert Murdoch", and his son named once): the surname alone is the
                # one the articles name far more often
                weight = sorted(((sum(len(accepted[o][1]) for o in multi if root(o) == t), t) for t in targets),
                                reverse=True)
                targets = [weight[0][1]] if weight[0][0] >= 3 * weight[1][0] else targets
                if len(targets) > 1 and all(accepted[o][0] == "person" for o in multi if root(o) in targets):
                    # the family name of two people named apart ("Mr Roe", "the two Roes"): a person, whichever
                    accepted[k] = ("person", accepted[k][1])
            if starts_company and targets and not all(
                    any(f.sentence.source == m.sentence.source and f.start < m.start
                        for o in multi if root(o) == targets[0] for f in accepted[o][1])
                    for m in accepted[k][1]):
                # "Northwind" in articles that never name "Bruno Northwind", who founded "Northwind International":
                # the company's short name, not the founder's surname (which follows his full name when it is his)
                targets = []
            if not targets and is_given_name(k) and any(_KIN_BEFORE.search(m.before) for m in accepted[k][1]):
                # "his son James": a family member named by the given name alone, after (or before) the full name
                kin = {root(o) for o in multi if o.split()[0] == k and accepted[o][0] == "person"}
                targets = sorted(kin) if len(kin) == 1 else []
            if not targets and not company_form and not is_given_name(k):
                # "Mr Hui", "Zou said" for "Hui Ka Yan", "Zou Lan": a family name written first (a given name
                # alone, "Jane", is no one's short name here); or a name used alone after the full name in the
                # same article ("Tewolde GebreMariam told reporters ... 'We will return,' Tewolde said")
                first = {o for o in multi if o.split()[0] == k and accepted[o][0] == "person"}
                titled = kind == "person" or any(m.title or _addressed(m) for m in accepted[k][1])
                full = accepted[next(iter(first))][1] if len(first) == 1 else []
                after_full = bool(full) and all(any(f.sentence.source == m.sentence.source and f.start < m.start
                                                    for f in full) for m in accepted[k][1])
                roots = {root(o) for o in first}
                targets = sorted(roots) if len(roots) == 1 and (titled or after_full) else []
            # acronym of an expansion ("ntsb" -> "national transportation safety board")
            if not targets and k.isalpha() and 2 <= len(k) <= 6:
                written = {m.name for m in accepted[k][1]}
                if any(w.isupper() for w in written):
                    targets = [o for o in multi if k.upper() in _acronyms(
                        _pick_name(Counter(m.name for m in accepted[o][1])))]
                    targets = list(dict.fromkeys(root(o) for o in targets))  # one party written two ways
                if not targets and any(w.isupper() for w in written) and kind == "company":
                    # a contraction of a one-word company name: "VW" for "Volkswagen"
                    targets = [o for o in keys if len(o.split()) == 1 and len(o) >= len(k) + 3
                               and accepted[o][0] == "company" and _contraction(k, o)]
            if not targets and kind != "person" and 3 <= len(k) <= 5 and any(
                    re.search(r"\bthe\s*$", m.before, re.IGNORECASE) for m in accepted[k][1]):
                # a clipped name: "the Met" for the Metropolitan Police, "the Fed" for the Federal Reserve
                # (one authority only whose first word it starts)
                clipped = [o for o in multi if accepted[o][0] in ("government", "regulator")
                           and o.split()[0].startswith(k) and len(o.split()[0]) >= len(k) + 3]
                # (of "Federal Reserve", "Federal Reserve Board" and "Federal Reserve Bank of Rotherby", "the Fed" is
                # the one the others' names start with)
                stem = min(clipped, key=len, default="")
                targets = clipped if len(clipped) == 1 else [stem] if len(clipped) > 1 and all(
                    o == stem or o.startswith(stem + " ") for o in clipped) else []
            if not targets and kind != "person" and not company_form:
                # the short form of "Acme Research", "Acme Capital": the one name that starts with it, a
                # company word after it ("Acme" stays apart when "Acme Ports" and "Acme Research" both occur)
                starting = [o for o in multi if o.split()[0] == k]
                short = [o for o in starting if len(o.split()) == 2]
                # "Rio" for "Rio Tinto", the one name it starts ("Acme" for "Acme Group" next to "Acme Africa
                # Retail", its unit: the one two-word name it starts)
                targets = [o for o in short if len(short) == 1 and (
                    (o.split()[1] in v["company_words"] or o.split()[1] in _company_tails())
                    and accepted[o][0] != "person"
                    or accepted[o][0] == "company" and len(starting) == 1
                    and o.split()[1] not in regions())]  # ("Acme Australia" is Acme's unit there, not Acme)
                nested = sorted((o for o in starting if accepted[o][0] == "company" and o.split()[1] not in regions()),
                                key=len)
                if not targets and nested and all(o.startswith(nested[0] + " ") for o in nested[1:]):
                    # "Harlow" for "Harlow & Harlow", whose "Harlow & Harlow Private Limited" is a unit
                    targets = [nested[0]]
                weight = sorted(((len(accepted[o][1]), o) for o in nested), reverse=True)
                if not targets and len(weight) >= 2 and weight[0][0] >= 3 and weight[0][0] >= 3 * weight[1][0]:
                    # "Acme" for "Acme Air Lines", named far more often than "its regional unit Acme Connection"
                    targets = [weight[0][1]]
            if not targets and kind != "person":
                # "the Journal" for "The Wall Street Journal": the last word of one outlet's name
                ends = {root(o) for o in multi if o.split()[-1] == k and accepted[o][0] == "media"}
                targets = sorted(ends) if len(ends) == 1 else []
            if not targets and k.endswith("s") and f"{k[:-1]} family" in parent:
                targets = [root(f"{k[:-1]} family")]  # "the Sacklers" are the Sackler family
            # "Acme" inside "Acme Platforms" when the tail is generic ("Acme AI")
        elif len(toks) == 2 and kind in ("person", "company", "other") and not is_given_name(toks[0]) \
                and not any(t in v["company_words"] for t in toks):
            # a family name of two words: "Bayer Rosmarin" for "Kelly Bayer Rosmarin" (one person only)
            longer = {root(o) for o in multi if len(o.split()) == 3 and o.split()[1:] == toks
                      and accepted[o][0] == "person" and o.split()[0] not in CONNECTORS}
            targets = sorted(longer) if len(longer) == 1 else []
        for o in multi:
            ot = o.split()
            # (not a common word with a legal form: "Home Corp" and "Home International" are two companies)
            if o != k and len(ot) > len(toks) and ot[:len(toks)] == toks and " ".join(toks) not in v["not_parties"] \
                    and all(t in v["name_tails"] or t in v["company_suffixes"] for t in ot[len(toks):]):
                parent[root(o)] = root(k)
        if len(targets) == 1:
            parent[root(k)] = root(targets[0])
    for k in keys:
        site = re.fullmatch(r"(.+)\.(?:com|co\.uk|com\.au|net)", k)
        if site and site.group(1) in parent and accepted[k][0] == accepted[site.group(1)][0] == "company":
            parent[root(k)] = root(site.group(1))  # "Acme.com Inc." is Acme, named by its web address
    bodies = ("department", "ministry", "office")
    for o in multi:  # "the Justice Department" is the "U.S. Department of Justice"
        ot = o.split()
        if len(ot) == 2 and ot[1] in bodies and accepted[o][0] in ("government", "regulator"):
            inverted = [x for x in multi if x != o and re.fullmatch(rf"(?:\S+\s+)?{ot[1]} of {re.escape(ot[0])}", x)
                        and accepted[x][0] in ("government", "regulator")]
            if len({root(x) for x in inverted}) == 1:
                parent[root(o)] = root(inverted[0])
    for o in multi:
        head = o.split(" of ")[0]
        if head != o and len(head.split()) >= 2 and head in parent and accepted[o][0] in ("government", "regulator") \
                and sum(1 for x in multi if x.startswith(head + " of ")) == 1:
            parent[root(head)] = root(o)  # "the Securities Commission" of "the Securities Commission of Ruritania"
    # "the Navy" mention text of a one-word government key merges above; explicit "(NTSB)" too
    for k in keys:
        for m in accepted[k][1]:
            short = _short_name_after(m)
            if short in parent:
                parent[root(short)] = root(k)
    groups: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        groups[root(k)].append(k)
    del by_key
    return dict(sorted(groups.items()))


def alias_index(parties: tuple[Party, ...]) -> dict[str, str]:
    """Normalised name or alias -> party id (for attribution and fact tagging)."""
    index: dict[str, str] = {}
    for p in parties:
        for n in (p.name, *p.aliases):
            index.setdefault(norm_name(n), p.id)
    return index
