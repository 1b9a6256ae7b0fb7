"""Direct quotations and their speakers.

Quotation marks are paired with a stack (curly quotes nest, straight quotes toggle) over each
paragraph, so a quotation may span sentences. Short quoted words are kept only when the sentence
attributes them to someone ("it was “possible”", he said); scare quotes and quoted titles are not
quotations. The speaker comes from the attribution after the quote ("..., X said"), before it ("X
said: ..."), "according to X", the sentence's subject, the line that introduces it, or the speaker of
the quotation just before; pronouns and surnames resolve to parties already named.
"""
from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from . import vocab
from .mentions import is_given_name, member_bodies
from .models import Citation, Document, Party, Quote, Sentence, Span
from .parties import norm_name, quote_then_pronoun
from .places import demonyms
from .roles import a_judge
from .segment import is_boundary, trim
from .statements import blanked, inside_quote

_OPEN, _CLOSE = "“‘", "”’"


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A quotation found in one article, before consolidation."""

    source: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_name: str
    sentence: Sentence


@cache
def _verbs() -> str:
    """The speech verbs as a regex alternation (built once: every quotation asks for it several times), with
    the verbs of asking, which attribute a quotation ("“Is that all?” the judge asked") though they tell no
    statement of the speaker's."""
    cues = vocab.load("cues")
    return vocab.alternation(cues["speech_verbs"] + cues["question_verbs"])


@cache
def _quoting_verbs() -> str:
    """The speech verbs and the verbs of naming, which make short quoted words someone's ("calling it “a
    disgrace”", "describing the law as “outdated”"); who said them is told as for any quotation."""
    return _verbs() + "|" + vocab.alternation(vocab.load("cues")["naming_verbs"])


@cache
def _participles() -> str:
    """Participles that give the words of the clause before: "..., declaring: “...”", "..., calling it “...”"."""
    cues = vocab.load("cues")
    return vocab.alternation(cues["saying_participles"] + cues["naming_verbs"])


@cache
def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    v = vocab.load("parties")
    return frozenset(v["female_given_names"]), frozenset(v["male_given_names"])


@cache
def _pronouns() -> dict[str, frozenset[str]]:
    p = vocab.load("cues")["pronouns"]
    return {k: frozenset(v) for k, v in p.items()}


_GENDER_OF = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

_SELF_NAMED = re.compile(r"^\W*(?:(?:we\s+)?at\s+)?(?:the\s+)?$", re.IGNORECASE)
"""Where a first-person quotation names its speaker: first ("Acme is committed ...") or "At Acme, we ..."; a
party named elsewhere in it is whom the speaker deals with ("to resolve this dispute with Acme")."""
_GENERIC_WHO = re.compile(r"^(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:company|firm|supplier|maker|manufacturer|group|"
                          r"carrier|airline|startup|business|operator|lender|bank|insurer|retailer|developer)$",
                          re.IGNORECASE)


_GUILLEMETS = {"»": "«", "›": "‹"}
"""Each closing guillemet with its opening one."""


def _close(stack: list[tuple[str, int]], spans: list[tuple[int, int]], openers: str, at: int) -> None:
    """A closing mark at ``at`` ends the innermost quotation opened by one of ``openers``, and the ones
    opened inside it."""
    for j in range(len(stack) - 1, -1, -1):
        if stack[j][0] in openers:
            spans.append((stack[j][1] + 1, at))
            del stack[j:]
            return


def pair_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of each quotation in ``text``, outer and nested."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for i, ch in enumerate(text):
        german = next((o for o, _ in reversed(stack) if o in "“„"), "") == "„"
        if ch == "„" or (ch == "“" and not german):
            stack.append((ch, i))  # German quotations open low („) and close with “
        elif ch == "”" or ch == "“":
            _close(stack, spans, "“„", i)
        elif ch in "«‹":
            stack.append((ch, i))  # French quotations: « ... », ‹ ... ›
        elif ch in "»›":
            _close(stack, spans, _GUILLEMETS[ch], i)
        elif ch == '"':
            if straight is None:
                straight = i
            else:
                spans.append((straight + 1, i))
                straight = None
        elif ch == "'" and (i == 0 or text[i - 1] in " \t([“‘—–-") and i + 1 < len(text) and text[i + 1].isalnum():
            stack.append(("'", i))  # a straight single quote opening a quotation (British style)
        elif ch == "'" and i > 0 and not text[i - 1].isspace() and (i + 1 == len(text) or not text[i + 1].isalnum()) \
                and any(s[0] == "'" for s in stack):
            # (only a quotation opened straight: inside ‘...’ a straight one is an apostrophe, "firms' margins")
            _close(stack, spans, "'", i)
        elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()):
            stack.append((ch, i))
        elif ch == "’" and (i + 1 == len(text) or not text[i + 1].isalnum()) and any(s[0] in "‘'" for s in stack):
            _close(stack, spans, "‘'", i)
    return sorted(spans)


_DASH_OPEN = re.compile(r"\s*—(?=[^\s—])")
_DASH_ASIDE = re.compile(r"\s—(?=[^\W\d_A-Z])")
_DASH_RESUME = re.compile(r"—\s*[.,;:]?\s+(?=\S)")


def dash_speech(para: str) -> list[tuple[int, int]]:
    """(start, end) of speech marked with dashes, as Spanish writes dialogue: a paragraph opening with a dash
    is speech up to the dash of an aside that says who spoke, and again after the aside's closing dash ("—We
    will appeal —said the minister—. We have the evidence.")."""
    opened = _DASH_OPEN.match(para)
    if not opened:
        return []
    aside = _DASH_ASIDE.search(para, opened.end())
    if not aside:
        return [(opened.end(), len(para))]
    out = [(opened.end(), aside.start())]
    resume = _DASH_RESUME.search(para, aside.end())
    if resume:
        out.append((resume.end(), len(para)))
    return out


@cache
def _spoken_quote() -> re.Pattern[str]:
    """A quotation read aloud, as a broadcast's transcript writes it: "Acme said the order, quote, does not
    affect our customers. End quote." (``spoken_quote_opens`` after a comma, a colon or a verb of saying, and
    ``spoken_quote_closes``, else the sentence's end)."""
    cues = vocab.load("cues")
    opens = vocab.alternation(cues["spoken_quote_opens"])
    closes = vocab.alternation(cues["spoken_quote_closes"])
    return re.compile(rf"(?:[,:;]\s*|\b(?:{_verbs()})\s+)(?:{opens})[,:]\s+(?P<words>(?![“‘\"'«])[^“”\"]+?)"
                      rf"(?=[.,;]?\s+(?:{closes})\b|[.!?](?:\s|$))", re.IGNORECASE)


def spoken_quotes(para: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation read aloud in ``para`` (see ``_spoken_quote``)."""
    return [(m.start("words"), m.end("words") + (para[m.end("words"):m.end("words") + 1] in ".!?"))
            for m in _spoken_quote().finditer(para)]


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t":
        e -= 1
    return s, e


def _is_quotation(para: str, s: int, e: int, heading: bool = False) -> bool:
    """Long quotations always count; short ones only when someone is said to have said them (not in a
    headline, whose "CEO admits ‘tone deaf’ response" names no one a quotation could be credited to)."""
    inner = para[s:e].strip(" \t\u00a0")  # (« with the space French typography puts inside »)
    words = inner.split()
    if len(words) >= 6 or (heading and (_labelled(para, s, e) or _whole_heading(para, s, e))):
        return True  # (a heading "Roe: ‘We cannot do this alone’", or "‘We cannot do this alone’", gives words said)
    before = para[max(0, s - 60):s - 1]
    after = para[e + 1:e + 40]
    if len(words) == 1 and words[0].strip(",.").casefold() in _rating_words():
        return False  # "cut his rating to “sell” from “hold”": the rating's name, not words anyone said
    if _WHAT_CALLED.search(para[max(0, s - 120):s - 1]):
        return True  # "what the manager called “a full inspection”": the words the manager used
    if inner[:1].islower() and re.search(r"\b(?:he|she|they|it|(?-i:[A-Z][\w’'-]+))\s+(?:has\s+|had\s+)?"
                                         r"(?:called|calls|termed|terms)\s*$", before, re.IGNORECASE):
        return True  # "an amount he called “far too little”": his words (not a name: "a plan it called “Apex”")
    if re.search(r"\b(known as|so-called|so called|dubbed|called|termed|the term|the word|named|titled|"
                 r"entitled|branded|labelled|labeled|nicknamed|coined)\s*$", before, re.IGNORECASE):
        return False
    # a title or name in quotes: "the newly appointed “crypto czar,”" / "“Project X” programme"
    # "said the affair was a “shame”.": words said, not a title ("a “Play Fair” campaign" goes on)
    said_words = re.search(r"\b(?:a|an)\s*$", before) and re.match(
        r"^[”\"’']?\s*(?:[,.;]|and\b|or\b|that\b|$)", after)
    # a sentence that says who spoke: its short quoted words are that speaker's ("expressed its “deepest
    # condolences”", "the carrier was “closely monitoring” the inquiry", "a “rigorous check” on Feb. 4, the
    # carrier said"), unless they are a name or title ("its “Project Falcon”", "the newly appointed “czar”")
    # (the sentence's own stops, not an abbreviation's: "... with Ms. Roe “without pause.”")
    sentence_start = next((i for i in _stops_back(para, s) if is_boundary(para, i)), 0)
    sentence_end = next((m.start() for m in _STOP.finditer(para, e) if is_boundary(para, m.start())), len(para))
    window = para[sentence_start:sentence_end]
    attributed = not heading and inner[:1].islower() and bool(
        re.search(r"\b(?:" + _quoting_verbs() + r"|according\s+to)\b", window, re.IGNORECASE))
    # (one word after "a", "its": 'a “deliberate” act' qualifies a thing; a phrase is someone's words)
    if not said_words and re.search(
            r"(\b(the|a|an|its|his|her|their|our|appointed|named|self-described|self-styled)|’s|'s)\s*$",
            before, re.IGNORECASE) and not (attributed and len(words) >= 2 and re.search(
                r"\b(?:the|a|an|its|his|her|their|our)\s*$", before, re.IGNORECASE)):
        return False
    if inner[:1].isupper() and (inner.rstrip()[-1:] in ".!?," or _speaker_after(para, e)):
        return True  # a whole quoted sentence ("This case was ready." / "We will appeal," she said)
    if not heading and re.search(r"\b(?:" + _quoting_verbs() + r"|cited|citing)\s*$", before, re.IGNORECASE):
        return True  # words someone is said to have used: "Nasdaq cited “public interest concerns” raised by ..."
    # one word goes on in a running sentence only where it is said of something ("had “endorsed” the claims",
    # "the plants were “insanitary” when ..."); 'offering “fixes” began', 'the “upstream” type' name a thing
    said_of = len(words) >= 2 or bool(re.search(r"\b(?:had|has|have|was|were|is|are|been|be|being)\s*$", before))
    if not (attributed and said_of) and re.match(r"^[,.]?\s*[a-z]", after) \
            and not re.match(r"^[,.]?\s*(" + _verbs() + r")\b", after) \
            and not re.match(r"^[,.]?\s*(and|or|that|but|in|to|for|as|from|which|when|if|of|on|at|with|by)\b", after) \
            and not (re.search(r"\bthat\s*$", before)  # 'said that “spurious confirmations” had been given'
                     and re.match(r"^\s*(had|has|have|was|were|is|are|could|would|might|may)\b", after)):
        return False
    return re.search(r"\b(" + _quoting_verbs() + r")\b", window, re.IGNORECASE) is not None


_LABEL = re.compile(r"(?P<label>[^\W\d][\w.&’'-]*(?:\s+[\w.&’'-]+){0,3})\s*:\s*[“‘\"'«]\s*")


def _labelled(para: str, s: int, e: int) -> str | None:
    """The label of a heading that is nothing but a label and a quotation: "Roe: ‘We cannot do this alone’",
    "Acme chief: “...”", "Analyst view: “...”"."""
    label = _LABEL.fullmatch(para, 0, s)
    if label and not para[e:].strip(" \t”’\"'»"):
        return label.group("label")
    return None


_STOP = re.compile(r"\.(?= )")
"""A full stop with a space after it: the end of a sentence, or of an abbreviation ("Ms. Roe")."""


def _stops_back(para: str, s: int):
    """The full stops before ``s`` followed by a space, nearest first."""
    i = para.rfind(". ", 0, s)
    while i >= 0:
        yield i
        i = para.rfind(". ", 0, i)


_WHAT_CALLED = re.compile(r"\bwhat\s+(?P<who>it|he|she|they|[^,.;“”\"]{2,80}?)\s+(?:has\s+|had\s+)?"
                          r"(?:called|calls|termed|terms|dubbed|describ(?:ed|es)\s+as|referred\s+to\s+as)"
                          r"(?:\s+(?:an?|the)(?:\s+[a-z-]+){0,2}?(?:\s+of)?)?\s*$",
                          re.IGNORECASE)
"""'what Acme called “...”', 'what she called a series of “...” inquiries': the words someone used, however few
(not a name: "the so-called ...")."""


def _whole_heading(para: str, s: int, e: int) -> bool:
    """A heading that is a quotation and nothing else: "‘Truth will out’" over the paragraphs that tell who
    said it."""
    return not para[:s].strip(" \t“‘\"'«") and not para[e:].strip(" \t”’\"'».!?") and len(para[s:e].split()) >= 2


@cache
def _rating_words() -> frozenset[str]:
    return vocab.words("cues", "rating_words")


def _sentence_at(doc: Document, pos: int) -> Sentence | None:
    for s in doc.sentences:
        if s.start <= pos < s.end:
            return s
    return None


def _sentence_before(doc: Document, sent: Sentence) -> Sentence | None:
    """The content sentence before ``sent``, in its paragraph or ending the paragraph before."""
    content = [s for s in doc.sentences if s.citable and not s.heading and s.end <= sent.start]
    return content[-1] if content and content[-1].paragraph >= sent.paragraph - 1 else None


def _said_in(text: str, resolver: _Resolver) -> str | None:
    """The party a sentence says spoke ("..., said Roe.", "The cost, Roe said, would ..."), the last one
    named next to a speech verb; an outlet is where it was said, not who, and whoever is "told" listens."""
    verb = r"(?:" + _verbs() + r")\b"
    for s, e, pid in reversed(resolver.mentions(text)):
        if resolver.kind(pid) == "media":
            continue
        # (past a description, however long: "Ann Roe, a nurse in Rotherby who paid for a flat in
        # 2019, told ...")
        if re.match(r"\s*(?:,[^,;“”\"]{2,160},\s*)?(?:has\s+|had\s+|also\s+)?" + verb, text[e:]) \
                or re.search(r"\b(?!told\b|tells\b)" + verb + r"\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}$", text[:s]) \
                or re.search(r"\baccording\s+to\s+(?:[A-Z][\w.’'-]*\s+){0,4}$", text[:s], re.IGNORECASE):
            # ("According to Ann Roe, director of a consumer group, Acme could do more.": her account)
            return pid
    return None


class _Resolver:
    """Maps a phrase of text to a party: names, aliases, surnames, pronouns, generic referents."""

    def __init__(self, parties: tuple[Party, ...]) -> None:
        from .statements import PartyMatcher, head_nouns  # local: statements is a sibling stage

        self.by_id = {p.id: p for p in parties}
        self.mentions = PartyMatcher(parties)
        """(start, end, party id) of each party name in a text."""
        self.generic = vocab.load("cues")["generic_referents"]
        self.heads = head_nouns(parties)

        self.gender: dict[str, str] = {}
        """Party id -> "f" or "m", where the article shows it ("Ms Roe", "Roe ... she said")."""
        self.recent: tuple[str, ...] = ()
        """The subjects of the sentences just before the quotation being resolved, nearest first: "he" or
        "she" is the person a sentence was about before it is someone that sentence merely named."""
        self.person_here = False
        """The sentence of the quotation names a person before it: its "he" is that person."""
        self.named: Counter[str] = Counter()
        """How often the article names each party (headlines included): whom "the company" is most likely."""
        self.body_here: str | None = None
        """The body a clause opening the quotation's sentence is about ("When the agency closed its probe, it
        said ..."): its "it"."""
        self.owners: frozenset[str] = frozenset()
        """People the sentence names last as owners of a thing ("Ghosn’s hands"): not who its "he" is."""
        self.read: tuple[str, ...] = ()
        """The citable sentences before the quotation's, nearest first: where "the complaint" was filed."""
        self.told: tuple[tuple[str, str], ...] = ()
        """(text, subject) of the sentences before the quotation, nearest first: "the statement said" is
        whoever issued the statement the text last spoke of."""

    def kind(self, pid: str) -> str:
        return self.by_id[pid].kind

    def learn_genders(self, sentences: list[str]) -> None:
        """Which pronoun each person takes: an honorific or a gendered title next to the name ("Ms Roe",
        "spokeswoman"), or the He/She opening the sentence after one whose subject the person is."""
        votes: dict[str, list[int]] = {}
        addressed: dict[str, list[int]] = {}  # "Mr Lenz", "Ms Roe": stronger than what a given name suggests

        def vote(pid: str, female: bool, tally: dict[str, list[int]] = votes) -> None:
            tally.setdefault(pid, [0, 0])[0 if female else 1] += 1

        for i, text in enumerate(sentences):
            people = [m for m in self.mentions(text) if self.kind(m[2]) == "person"]
            for start, _end, pid in people:
                honorific = re.search(r"\b(Ms|Mrs|Miss|Mr)\.?\s*$", text[max(0, start - 8):start])
                if honorific:
                    vote(pid, honorific.group(1) != "Mr")
                    vote(pid, honorific.group(1) != "Mr", addressed)
            if people and i + 1 < len(sentences) and not re.search(
                    r"\b(?:to|from|by|with|of|on|at|for|in|about|than|against)\s+(?:the\s+)?$", text[:people[0][0]]):
                # "Roe said ... . He added ...", "Roe said ... . “We will appeal,” she said."
                nxt = re.match(r"\s*(He|She)\b", sentences[i + 1]) or quote_then_pronoun().match(sentences[i + 1])
                if nxt and len({pid for _s, _e, pid in people}) == 1:
                    vote(people[0][2], nxt.group(1).casefold() == "she")
        for pid, party in self.by_id.items():
            role = party.role.casefold()
            if party.kind == "person" and re.search(r"\b(?:spokes|chair|congress|business)(?:wo)?man\b", role):
                vote(pid, "woman" in role)
        for pid, (f, m) in votes.items():
            if f != m:
                self.gender[pid] = "f" if f > m else "m"
        female, male = _given_names()
        for pid, party in self.by_id.items():
            first = norm_name(party.name).split()[:1]
            f, m = addressed.get(pid, (0, 0))
            if party.kind != "person" or not first or f != m:
                continue  # ("Mr Lenz" says it, whatever his given name suggests)
            if is_given_name(first[0], female):
                self.gender[pid] = "f"  # the name says it
            elif is_given_name(first[0], male):
                self.gender[pid] = "m"


def _last_party(history: list[str], resolver: _Resolver, want: str, gender: str = "") -> str | None:
    """The last party named of a kind (``want``: person, group, or "it": a body, the one the sentences before
    were about first); for "he" or "she" (``gender``), not a person known to take the other."""
    if want == "person" and not resolver.person_here:
        # "..., though Roe said on Friday that banks had been too cautious. “...,” he said": the one person the
        # sentence just before named, if it named that person speaking, whatever that sentence's subject
        before = resolver.read[0] if resolver.read else ""
        named = [(e, pid) for _s, e, pid in resolver.mentions(before) if resolver.kind(pid) == "person"]
        if len({pid for _e, pid in named}) == 1 and _spoke_at(before, named[0][0]) \
                and (not gender or resolver.gender.get(named[0][1], gender) == gender):
            return named[0][1]
        # "The week's key moment came on Wednesday, when Roe spent three hours before the committee. He told
        # MPs ...": a sentence whose subject is no party, naming one person, is about that person (not one with a
        # pronoun of its own: "Asked about Roe's claims, he said ...")
        # (the subject of a clause of its own: "when Roe ...", not "Its auditors had warned Roe")
        subjectless = before and not (resolver.told and resolver.told[0][0] == before) \
            and not re.search(r"\b(?:he|she)\b", before, re.IGNORECASE)
        if subjectless and len({pid for _e, pid in named}) == 1 \
                and (not gender or resolver.gender.get(named[0][1], gender) == gender) \
                and any(pid == named[0][1] and (_CLAUSE_OPENING.search(before[:s_])
                                                or _TOPIC_OPENING.fullmatch(before[:s_])
                                                or _MAIN_CLAUSE_START.search(before[:s_]))
                        for s_, _e, pid in resolver.mentions(before)):
            return named[0][1]
        # "Metsola did not name Kaili. But she said ...": she is the subject, not the last name
        for pid in resolver.recent:
            if resolver.kind(pid) != "person" or (gender and resolver.gender.get(pid, gender) != gender):
                continue
            return pid
    if want == "it" and resolver.body_here:
        return resolver.body_here
    if want == "it" and resolver.recent and resolver.kind(resolver.recent[0]) not in ("person", "media"):
        # "Acme said its lenders, Beta Bank and Gamma, had declined. It said ...": "it" is what the sentences
        # before were about, not the last body they named
        return resolver.recent[0]
    for pid in reversed(history):
        k = resolver.kind(pid)
        if want == "person" and k == "person":
            if (gender and resolver.gender.get(pid, gender) != gender) or (
                    resolver.person_here and pid in resolver.owners):
                continue
            return pid
        if want in ("group", "it") and k != "person" and k != "media":
            return pid
        if want == "any" and k != "media":
            return pid
    return None


def _spoke_at(text: str, end: int) -> bool:
    """A speech verb follows the name that ends at ``end`` ("Roe said on Friday that ...")."""
    return bool(_speech_next().match(text, end))


@cache
def _speech_next() -> re.Pattern[str]:
    # ("Roe, head of governance at the Investors' Association, told ...": a description between them)
    return re.compile(r"(?:\s*,\s+(?:(?:a|an|the)\s+)?[a-z][^,;“”\"]{2,100},)?\s*,?\s+(?:has\s+|had\s+|also\s+)?(?:"
                      + _verbs() + r")\b")


def _as_speaker(pid: str | None, resolver: _Resolver) -> tuple[str | None, str]:
    """(party id, name) of a resolved speaker, or (None, "") when nobody was found."""
    return (pid, resolver.by_id[pid].name) if pid else (None, "")


_BENCH = re.compile(r"\s*(?:[Tt]he|[Aa])\s+(?:[\w-]+\s+)?(?:bench|judges|justices|court)\b(?!\s+(?:of|in)\b|[’']s)")
"""A court's voice with no name: "the bench", "the two judges", "the court" (not "the court of appeal in
Rotherby", a court named more fully, nor "the court's clerk")."""


def _resolve_phrase(phrase: str, resolver: _Resolver, history: list[str]) -> tuple[str | None, str]:
    """Party named (or referred to) in a speaker phrase like 'an Acme spokesperson'."""
    found = [m for m in resolver.mentions(phrase)
             # an outlet is the audience, not the speaker: "told Reuters", "speaking to Fox News"
             if not (resolver.kind(m[2]) == "media" and re.search(r"\b(told|to|on|with)\s*$", phrase[:m[0]]))
             # "Roe's remarks": whose words are quoted about, not who speaks
             and not _possessive_of_thing(phrase, m[1])
             # "the Roe-led group": the group speaks, not Roe
             and not _LED_BY.match(phrase, m[1])]
    owner = next((m[2] for m in found if _owners_voice(phrase, m[1])), None)
    if owner:  # "Acme’s official Ledgerly account said": Acme, not the platform it speaks on
        return _as_speaker(owner, resolver)
    led = _LED_BY_NAME.search(phrase)
    if led:  # "the Ann Roe-led group": the group bearing the leader's name, the one named most
        surname = led.group(1).casefold()
        bearing = [p.id for p in resolver.by_id.values() if p.kind in ("company", "other")
                   and surname in p.name.casefold().split()]
        if bearing:
            return _as_speaker(max(bearing, key=lambda pid: (resolver.named[pid], pid)), resolver)
    owner = phrase.strip().startswith("The") and _owner_of().match(phrase.strip())
    named = {pid for _s, _e, pid in resolver.mentions(phrase)} if owner else set()
    if named:
        # "The owner of Widget, Gadget and Acme Stores said": the company the article was about, not one it owns
        # (not "said the owner of one Leicester factory": someone unnamed)
        pid = next((pid for pid in reversed(history) if pid not in named
                    and resolver.kind(pid) in ("company", "other")), None)
        return _as_speaker(pid, resolver)
    bench = _BENCH.match(phrase)
    if bench:
        # "the bench said", "the judges told him", "the bench, comprising Justices Ann Roe and Tom Becker, said":
        # the court speaks through its judges (the court named last, else the one named most)
        courts = [p.id for p in resolver.by_id.values() if p.kind in ("government", "regulator", "other")
                  and set(re.findall(r"[a-z]+", p.name.casefold())) & vocab.words("cues", "court_words")]
        pid = next((pid for pid in reversed(history) if pid in courts), None) \
            or max(courts, key=lambda c: (resolver.named.get(c, 0), c), default=None)
        if pid:
            return _as_speaker(pid, resolver)
    opening = re.match(r"\s*(He|She)\s+[a-z]", phrase)
    if opening:  # "He disputed Roe's account, saying": the pronoun is who speaks
        # (someone named before the phrase: "He later told Roe:" is not Roe's)
        before = list(history)
        for _s, _e, pid in reversed(found):
            if before and before[-1] == pid:
                before.pop()
        return _as_speaker(_opening_person(opening.group(1), resolver, before), resolver)
    # the head of "Acme chief executive Jane Doe" is the person; else the name nearest the verb
    persons = [m for m in found if resolver.kind(m[2]) == "person"]
    if persons:
        pid = persons[-1][2]
        return _as_speaker(pid, resolver)
    surname = re.search(r"\b([\w.-]+)\s+([A-Z][\w’'-]+)\s*$", phrase)
    surname = surname if surname and surname.group(1).casefold().rstrip(".") in _titles() - {"and", "of", "the", ""} \
        else None
    # (not the end of a name it has: "P&O Ferries")
    bearers = [p.id for p in resolver.by_id.values() if p.kind == "person" and surname
               and p.name.split()[-1] == surname.group(2)] \
        if surname and not any(e >= surname.end(2) for _s, e, _p in found) else []
    if len(bearers) == 1:  # "said U.S. Attorney Roe": a title before the surname the name was not written with
        return _as_speaker(bearers[0], resolver)
    low = phrase.casefold().strip()
    titled = re.fullmatch(r"(?:the\s+)?[\w.&-]+(?:\s+[\w.&-]+){0,3}?[’']s\s+(?P<title>(?:[\w-]+\s+){0,3}[\w-]+)", low) \
        or re.fullmatch(r"the\s+(?P<title>(?:[\w-]+\s+){0,2}[\w-]+)\s+of\s+(?:the\s+)?[\w.&’' -]+", low)
    if titled and titled.group("title").split()[-1] in _titles() and found \
            and not titled.group("title").startswith(("spokes", "official", "representative")):
        # "Acme's COO wrote", "the chairman of Acme told staff": the person whose role says so, or the person
        # just named if nothing says otherwise, or the one person of the story whose role says so
        org = resolver.by_id[found[-1][2]].name.casefold()
        title = titled.group("title")
        holders = [pid for pid in reversed(history) if resolver.kind(pid) == "person"
                   and title in resolver.by_id[pid].role.casefold()]
        last = _last_party(history, resolver, "person")
        if not holders and last and (not resolver.by_id[last].role or org in resolver.by_id[last].role.casefold()):
            holders = [last]
        if not holders:
            holders = [p.id for p in resolver.by_id.values() if p.kind == "person"
                       and re.search(rf"\b{re.escape(title)}\b", p.role.casefold())]
            holders = holders if len(holders) == 1 else []
        if holders:
            return _as_speaker(holders[0], resolver)
    if re.fullmatch(r"the\s+\d{1,3}-year-old(?:\s+[a-z]+)?", low) or (
            low.startswith("the ") and low[4:] in demonyms()):  # "said the 68-year-old", "the Italian wrote"
        pid = _last_party(history, resolver, "person")
        return _as_speaker(pid, resolver)
    if found:
        pid = found[-1][2]
        return _as_speaker(pid, resolver)
    office = re.fullmatch(r"the\s+(?P<office>(?:[\w-]+\s+){0,2}(?P<title>[\w-]+))", low)
    if office and office.group("title") in vocab.words("cues", "judicial_roles"):
        # "the judge said": the judge the article named last ("Mr Justice Tom Roe", "Judge Ann Lee", one
        # "sitting in the High Court"), else the story's one judge
        judges = [p.id for p in resolver.by_id.values()
                  if p.kind == "person" and a_judge(" ".join([p.role, *p.aliases]))]
        last = next((pid for pid in reversed(history) if pid in judges), None)
        if last or len(judges) == 1:
            return _as_speaker(last or judges[0], resolver)
    if office and office.group("title") in vocab.words("cues", "official_roles"):
        # "the mayor said", "a spokesperson for the prime minister": the one person of the story in that public
        # office (a company's "the CEO" is told by the sentences before); the whole title first ("the prime
        # minister" among several ministers)
        for title in dict.fromkeys((office.group("office"), office.group("title"))):
            holders = [p.id for p in resolver.by_id.values() if p.kind == "person"
                       and re.search(rf"\b{re.escape(title)}\b", " ".join([p.role, *p.aliases]).casefold())]
            # the holder the article named last ("The Minister of Justice, Ann Roe, said ... —the minister told
            # reporters"), else the story's one holder
            last = next((pid for pid in reversed(history) if pid in holders), None)
            if last or len(holders) == 1:
                return _as_speaker(last or holders[0], resolver)
    paper = re.fullmatch(r"(?:the|that|this)\s+(?:[\w-]+\s+)?(" + _document_nouns() + r")", low)
    if paper:  # "the statement said": who issued the statement the text last spoke of
        # who the text says wrote or filed it, else the subject of the sentence that last spoke of it
        pid = _author_of(paper.group(1), resolver, history)
        pid = pid or next((pid for text, pid in resolver.told if re.search(rf"\b{paper.group(1)}\b", text, re.I)), None)
        if pid:
            return _as_speaker(pid, resolver)
    pron = _pronouns()
    words = low.split()
    # the word next to the verb decides: "... in which he said" -> he
    first = words[-1] if words and words[-1] in pron["person"] | pron["group"] else (words[0] if words else "")
    if first in pron["person"]:
        pid = _last_party(history, resolver, "person", _GENDER_OF.get(first, ""))
        return _as_speaker(pid, resolver)
    if first in pron["group"]:
        if resolver.read and _unnamed_plural().match(resolver.read[0]):
            return None, ""  # "The organisers of the walkout said ... “...,” they said": no party spoke
        pid = _last_party(history, resolver, "it" if first == "it" else "group")
        return _as_speaker(pid, resolver)
    for word in re.findall(r"[A-Z][a-z]+", phrase):  # "a Commission official" -> the one "... Commission"
        if word.casefold() in resolver.heads:
            pid = resolver.heads[word.casefold()]
            return _as_speaker(pid, resolver)
    body = _spoken_for().match(low)
    spoken_for = _resolve_phrase(body.group("body"), resolver, history) if body else (None, "")
    if spoken_for[0]:  # "a spokeswoman for the newspaper": who speaks is the body she speaks for
        return spoken_for
    head = words[-1] if words else ""
    agents = re.fullmatch(r"(?:(?:an?|the|one|two|three|several|federal|state|its|their)\s+){0,2}"
                          r"(?P<stem>inspect|investigat|examin|auditor)(?:ors?|ers?|s)?", low)
    if agents:  # "Inspectors noted ...": the body named for what they do ("... Inspection Service"), if one is
        stem = agents.group("stem")[:6]
        bodies = {pid for pid in reversed(history) if resolver.kind(pid) in ("government", "regulator")
                  and stem in resolver.by_id[pid].name.casefold()}
        if len(bodies) == 1:
            return _as_speaker(bodies.pop(), resolver)
    if head == "family" and len(words) <= 3 and head in resolver.heads:
        return _as_speaker(resolver.heads[head], resolver)  # "the family said": the one family named
    if head in member_bodies() and len(words) <= 4 and words[0] == "the":
        # "the union said", "the families' association said": the one union or association named, if one is;
        # not the company the article is about
        return _as_speaker(resolver.heads.get(head), resolver)
    generic = [(kind, phrases) for kind, phrases in resolver.generic.items()
               if kind != "person" or low.startswith("the ")]  # "an analyst said": someone unnamed
    voice = _voice().search(low)
    if voice:  # "an agency spokesperson": who speaks for "the agency"
        # "a county health department spokesperson": the body the sentences before were about, or else the last
        # one named, whose name has that noun ("... Department of Public Health")
        noun = voice.group(1)
        for pid in (*resolver.recent, *reversed(history)):
            if resolver.kind(pid) not in ("person", "media") \
                    and noun in re.findall(r"[\w-]+", resolver.by_id[pid].name.casefold()):
                return _as_speaker(pid, resolver)
        kind = next((kind for kind, phrases in generic if f"the {noun}" in phrases), None)
        if kind == "company" and (most := next((pid for pid in resolver.recent if resolver.kind(pid) in (
                "company", "other")), None) or _most_named(history, resolver)):
            # "a company spokesperson": the company the sentences before were about, else the one the article
            # names most (the one it is about), not the last one named in passing ("letters to Acme and three
            # other companies, including Beta")
            return _as_speaker(most, resolver)
        if kind:
            return _as_speaker(_last_of_kind(history, resolver, kind), resolver)
    if words and words[0] == "the" and len(words) <= 3 and head in resolver.heads \
            and resolver.kind(resolver.heads[head]) in ("government", "regulator") \
            and not any(p.split()[-1] == head for _kind, phrases in generic for p in phrases):
        # "the prosecutors said": the one "... Prosecutors" (not "the agency", which the text may use for an
        # agency whose name does not end so)
        return _as_speaker(resolver.heads[head], resolver)
    # a whole phrase first ("the central bank" is not "the bank"), then the head noun
    def says(phrase: str) -> bool:  # (as words: "the banker" does not say "the bank")
        return re.search(rf"\b{re.escape(phrase)}\b", low) is not None

    for kind, phrases in sorted(generic, key=lambda kp: not any(says(p) for p in kp[1])):
        nouns = {p.split()[-1] for p in phrases}
        if any(says(p) for p in phrases) or (head in nouns and len(words) <= 6):
            if head in resolver.heads and head not in ("company", "firm", "business") and kind == "company":
                return _as_speaker(resolver.heads[head], resolver)  # "the group said": the one "... Group"
            # "the Stockholm-based company said": the company the sentences before were about, else the last named
            # ("the cybersecurity firm said": the one company described by that word)
            about = None
            if kind == "company":
                told = {w for w in words[1:-1] if len(w) > 3 and w not in pron["group"]}
                described = {p.id for p in resolver.by_id.values() if p.kind in ("company", "other") and told
                             and told <= set(re.findall(r"[\w-]+", p.role.casefold()))}
                about = next(iter(described)) if len(described) == 1 else next(
                    (pid for pid in resolver.recent if resolver.kind(pid) in ("company", "other")), None)
            if kind == "government" and head in vocab.words("parties", "authority_nouns"):
                # "the agency said": the authority the sentences before were about ("The State Department of
                # Financial Services said ... The regulator, led by ..."), else the last regulator named; not the
                # court its case was filed in
                courts = vocab.words("cues", "court_words")
                about = next((pid for pid in resolver.recent if resolver.kind(pid) == "regulator" or (
                    resolver.kind(pid) == "government"
                    and not set(re.findall(r"[a-z]+", resolver.by_id[pid].name.casefold())) & courts)), None) \
                    or next((pid for pid in reversed(history) if resolver.kind(pid) == "regulator"), None)
            if not about and kind == "company" and head in ("company", "firm", "business"):
                about = _most_named(history, resolver)  # (not "the airline": the one of that kind named last)
            pid = about or _last_of_kind(history, resolver, kind)
            return _as_speaker(pid, resolver)
    return None, ""


def _most_named(history: list[str], resolver: _Resolver) -> str | None:
    """Of the companies named so far, the one the whole article names most (the one it is about; the last
    named of those named as often)."""
    named = {pid for pid in history if resolver.kind(pid) in ("company", "other")}
    if not named:
        return None
    top = max(resolver.named.get(pid, 0) for pid in named)
    return next(pid for pid in reversed(history) if pid in named and resolver.named.get(pid, 0) == top)


def _author_of(noun: str, resolver: _Resolver, history: list[str]) -> str | None:
    """Who wrote or filed the document the text calls ``noun`` ("the complaint said"), as the sentences
    before tell it: "the regulator's order", "the lawsuit, filed by the agency", "Acme issued a report".
    A complaint, a lawsuit and a filing are one document under several names."""
    family = next((f for f in vocab.load("cues")["document_families"] if noun.casefold() in f), [noun.casefold()])
    nouns = vocab.alternation(family)
    who = r"(?P<who>(?:the\s+)?(?:[A-Z][\w.&’'-]*|of|and|for|the)(?:\s+(?:[A-Z][\w.&’'-]*|of|and|for|the)){0,7})"
    issued = r"(?:has\s+|had\s+)?(?:filed|brought|issued|published|released|sent|posted)\s+" \
        r"(?:a|an|the|its|their|his|her)\s+"
    patterns = (rf"(?P<who>(?:the\s+)?(?:[\w.&-]+\s+){{0,3}}?[\w.&-]+)[’']s\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})s?\b",
                rf"\b(?:{nouns})s?\b[^.;]{{0,120}}?\b(?:filed|brought|issued|written|sent)\s+(?:[^.;]{{0,60}}?\s)?by\s+{who}",
                rf"{who}\s+{issued}(?:[\w-]+\s+){{0,2}}?(?:{nouns})s?\b",
                # "Ann Roe, the investigator who ..., released a 90-page report"
                rf"{who}\s*,[^;“”\"]{{3,200}}?,\s+{issued}(?:[\w-]+\s+){{0,2}}?(?:{nouns})s?\b",
                # "The report, which Roe titled ...", "In a report posted on her website, Roe alleged"
                rf"\b(?:{nouns}),\s+which\s+{who}\s+(?:titled|wrote|compiled|called|prepared)\b",
                rf"\bIn\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b[^.;“”\"]{{0,80}}?,\s+{who}"
                rf"\s+(?:said|says|alleged|alleges|wrote|writes|claimed|claims|argued|argues)\b")
    for text in resolver.read:
        for pattern in patterns:
            for m in re.finditer(pattern, text, re.IGNORECASE if pattern is patterns[0] else 0):
                pid = _resolve_phrase(m.group("who"), resolver, history)[0] if not re.fullmatch(
                    r"(?:the\s+)?(?:its|their|his|her)", m.group("who"), re.IGNORECASE) else None
                if pid:
                    return pid
    return None


def _possessive_of_thing(phrase: str, end: int) -> bool:
    """A name in the possessive before a thing ("Roe's account"), not before a title ("Acme's chief")."""
    m = re.match(r"\s+([a-z][\w-]*)", phrase[end:end + 40])
    return bool(m) and bool(re.search(r"[’']s?$", phrase[:end])) and m.group(1) not in _titles() \
        and not _owners_voice(phrase, end)


def _owners_voice(phrase: str, end: int) -> bool:
    """A name in the possessive before what speaks for it: "Acme's new board", "Acme’s official Ledgerly
    account" (a few words may describe it)."""
    m = re.match(r"([’']s?)?((?:\s+[\w-]+){1,4})", phrase[end:end + 60])
    return bool(m) and bool(m.group(1) or re.search(r"[’']s?$", phrase[:end])) \
        and any(w.casefold() in _owner_voices() for w in m.group(2).split())


@cache
def _owner_voices() -> frozenset[str]:
    return vocab.words("cues", "owner_voices")


def _last_of_kind(history: list[str], resolver: _Resolver, kind: str) -> str | None:
    """The last party of a kind named so far ("the agency" -> the last government body or regulator)."""
    wanted = {"company": ("company", "other"), "government": ("government", "regulator")}.get(kind, (kind,))
    for pid in reversed(history):
        if resolver.kind(pid) in wanted:
            return pid
    return _last_party(history, resolver, "group")


_NEW_CLAUSE = re.compile(r"(?:while|whereas|and|but|although|though|as|when|after|because|since|even)\b",
                         re.IGNORECASE)
"""A conjunction that opens a clause of its own after a quotation (its subject is not the quotation's speaker)."""


def _speaker_after(para: str, end: int) -> str | None:
    """'..., X said' / '..., said X' / '..., they wrote' right after a quotation."""
    tail = para[end + 1:end + 140]
    inner_end = para[max(0, end - 1):end]
    if not (inner_end in ",.!?…" or tail[:1] in ",:—"):  # (" —said the minister": Spanish dialogue)
        return None  # a quoted phrase inside a running sentence: no attribution after it
    if inner_end in ".!?" and re.match(r"\s+[A-Z]", tail) and not re.match(
            r"\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:" + _verbs() + r")\b", tail):
        # "... disgruntled former employees.” A spokeswoman on Thursday described ...": a sentence ended
        # inside the quotation, and the next one tells something else ("“... appeal.” Roe said." does not)
        return None
    if inner_end in ".!?" and re.match(r"\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:" + _verbs() + r")\s*:", tail):
        return None  # "“... later.” Roe answered: “...”": the next sentence introduces the next quotation
    v = _verbs()
    # "..., the Reserve Bank of Northland (RBN) said": an acronym in brackets may follow the name
    # ("..., AT&T spokeswoman Ann Roe said": an ampersand inside a name)
    m = re.match(r"^[\s,.:;—–-]*(?P<who>(?:[\w’'.&#-]+\s+){0,8}?[\w’'.&#-]+)(?:\s*\([^()“”\"]{1,30}\))?"
                 r"(?:\s*,(?P<aside>[^,;“”\"]{2,120}),)?\s+"
                 r"(?:has\s+|had\s+|also\s+|further\s+)?(?:" + v + r")\b", tail)
    if m and m.group("who").casefold() in ("a", "an", "the"):
        # "..., a state licensing board spokesperson said": "state" is no verb after an article
        m = re.match(r"^[\s,.:;—–-]*(?P<who>(?:a|an|the)\s+(?:[\w’'.&-]+\s+){0,7}?[\w’'.&-]+)(?P<aside>)\s+"
                     r"(?:has\s+|had\s+|also\s+|further\s+)?(?!state\b)(?:" + v + r")\b", tail, re.IGNORECASE)
    if m and _last_stop(m.group("who") + " ") < 0 and not re.search(r"\bthat\b", m.group("who")) \
            and not _NEW_CLAUSE.match(m.group("who")):  # "“...”, while Ann Roe has said": another speaker's clause
        # "..., the French finance minister, Jean Roe, said", "..., her lawyer, Jean Roe, said": the name set off
        # after the title
        aside = (m.group("aside") or "").strip()
        # ("..., his lawyers, Ann Roe and Tom Becker, said": the first named speaks for both)
        one = r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*"
        named = re.fullmatch(rf"({one})(?:\s+and\s+{one})?", aside)
        return named.group(1) if named and re.match(r"(?:the|a|an|its|their|his|her|our)\s", m.group("who")) \
            else m.group("who")
    # "said Sen. Jane Q. Roe (D-Ore.)": a title's or an initial's full stop does not end the name
    # ("said Tom Roe Jr., the district attorney": nor a generational suffix's)
    name_part = r"(?:" + _abbreviated() + r"|" + _generational() + r"|[^,.;“”\"—])"
    m = re.match(r"^[\s,—]*(?:" + v + r")\s+(?P<who>" + name_part + r"{2,80})", tail)
    if m:
        # "said its chairperson, Jane Roe.": the name set off after the title
        # ("said her lawyer, Jane Roe of the firm Acme": and where she works)
        named = re.match(r",\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)\s*(?:[.,;]|$|(?:of|at|from)\s)",
                         tail[m.end():])
        if named and re.match(r"(?:the|a|an|its|their|his|her|our)\s", m.group("who")):
            return named.group("name")
        return m.group("who")
    return None


@cache
def _abbreviated() -> str:
    """An initial, a dotted initialism or a title written short, with its full stop, before a capitalised word
    ("J.", "U.S.", "Sen.")."""
    titles = "|".join(re.escape(t.capitalize()) for t in sorted(vocab.load("parties")["abbreviated_titles"]))
    return rf"\b(?:(?:[A-Z]\.)+[A-Z]|[A-Z]|{titles})\.(?=\s+[A-Z])"


@cache
def _generational() -> str:
    """A name's generational suffix with its full stop, which does not end the name: "Tom Roe Jr."."""
    suffixes = vocab.load("parties")["generational_suffixes"]
    written = (str(w).upper() if set(str(w)) <= set("iv") else str(w).capitalize() for w in sorted(suffixes))
    return rf"\b(?:{'|'.join(re.escape(w) for w in written)})\."  # "Jr.", "Sr.", "III."


def _last_stop(head: str) -> int:
    """Where the last sentence of ``head`` ends (-1: none): not at an initial or a title ("George W. Bush")."""
    return max((m.start() for m in re.finditer(r"[.?!](?=\s)", head) if is_boundary(head, m.start())), default=-1)


_PRONOUNS = frozenset({"it", "he", "she", "they"})
_SPEAKING_LEAD = re.compile(r"\s*(?:(?:On|In|At)\s[^,]{2,40},\s*)?"
                            r"(?P<who>(?:[A-Z][\w’'.&#-]*|the|an?)(?:\s+[\w’'.&#-]+){0,4}?)"
                            r"(?:\s*,[^,“”\"]{2,200}?,)?"
                            r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|stated|announced|told)\b")
"""A sentence that opens by saying who spoke ("The company said ...", "Acme told reporters ...", "The
group, which runs 450 contracts, said ...", "Jane Roe, a lawyer for Acme, told ...")."""
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:On|In|At|By)\s[^,]{2,40},\s*)?"
                           r"(?P<who>(?:[A-Z][\w’'.&#-]*|the)(?:\s+[A-Z][\w’'.&#-]*)*(?:\s+[a-z]+)?)"
                           r"\s+(?:has\s+|had\s+)?[a-z]+(?:ed|s)\b")
"""A sentence's subject before its verb in the past or present ("On Monday, the company suspended ...")."""


def _said_by(phrase: str, resolver: _Resolver, history: list[str]) -> tuple[str | None, str]:
    """The party a sentence's opening speaker phrase names, if any (no pronoun: "It said" resolves no one)."""
    if phrase.strip().casefold() in _PRONOUNS:
        return None, ""
    return _resolve_phrase(phrase, resolver, history)


@cache
def _owner_of() -> re.Pattern[str]:
    """A company called by what it owns or makes: "The owner of Widget and Acme Stores", "the maker of ..."."""
    return re.compile(r"(?-i:[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:"
                      + vocab.alternation(vocab.words("cues", "described_owners")) + r")\s+of\s", re.IGNORECASE)


@cache
def _described_speakers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A speaker set apart from the verb by a description, and any verb of saying:
    "Ann Roe, head of governance at the Investors’ Association, told Reuters ..." (the person before the
    description speaks, not the body named at its end); "The GMB union, which has backed a case by Acme
    drivers, called the ruling ..." (the sentence's subject, not a name inside its relative clause)."""
    verb = r"(?:has\s+|had\s+|also\s+)?(?:" + _verbs() + r")\b"
    # ("Tom Spiro, Roe’s lawyer, said": the lawyer, whoever the description names)
    described_by = re.compile(r"(?P<who>(?-i:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}))\s*,\s+(?:(?:a|an|the)\s+)?"
                              r"(?-i:(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*[’']s\s+)?"
                              r"(?-i:[a-z])[^,;“”\"]{2,100},\s*" + verb, re.IGNORECASE)
    # "On Tuesday, 5 December, Acme, which owns ...": a time told first
    lead = r"\s*(?:(?-i:On|In|At|By|Late|Earlier|Later)\s[^,;“”\"]{1,40},\s*(?:\d{1,2}\s+[A-Z][a-z]+,\s*)?)?"
    subject_of = re.compile(lead + r"(?P<who>(?-i:(?:The\s+)?[A-Z][\w’'.&-]*)(?:\s+[\w’'.&-]+){0,3}?)\s*,\s+"
                            # ("Acme's board, chaired by Ann Roe, said": the board, not its chair)
                            r"(?:who|which|(?:chaired|led|headed|run|owned|founded|backed|controlled)\s+by)"
                            r"\s[^;“”\"]{2,160}?,\s*" + verb
                            # "The owner of Widget, Gadget and Acme Stores said": the owner, not the stores
                            + r"|" + lead + r"(?P<owner>" + _owner_of().pattern + r"[^;“”\"]{2,200}?)\s+" + verb,
                            re.IGNORECASE)
    return described_by, subject_of, re.compile(r"\b(?:" + _verbs() + r")\b", re.IGNORECASE)


def _speaker_before(para: str, start: int) -> str | None:
    """'X said: ...', 'according to X, ...', 'X stated that there was ...' before a quotation."""
    head = para[:start - 1]
    sentence_start = _last_stop(head)
    head = head[sentence_start + 1:] if sentence_start >= 0 else head
    according = list(re.finditer(r"\baccording to\s+(?P<who>[^,.;“”\"]{2,80})", head, re.IGNORECASE))
    if according:
        # "According to Roe, the prime minister replied: “...”": the account is Roe's, the words the one who replied
        told = re.match(r"\s*,\s+(?P<who>[^,;“”\"]{2,60}?)\s+(?:" + _verbs() + r")\s*[:,]?\s*$",
                        head[according[-1].end():], re.IGNORECASE)
        return told.group("who") if told else according[-1].group("who")
    # "leaving it, in Ms Marsh’s words, “well able to pay”": whose words they are
    words = re.search(r"\bin\s+(?P<who>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)[’']s?\s+(?:own\s+)?words\s*,?\s*$", head)
    if words:
        return words.group("who")
    # "a day after Acme Research accused it of “...”": the accuser's words
    accused = re.search(r"(?P<who>(?:[A-Z][\w’'.&#-]*\s+){0,4}[A-Z][\w’'.&#-]*)\s+(?:has\s+|had\s+)?"
                        r"(?:accused|accuses|accusing)\s+(?:[\w’'-]+\s+){1,8}?of\s*$", head)
    if accused:
        return accused.group("who")
    # "Ann Roe told the radio station that Tom Becker had told her, “...”": the one whose words she reports
    reported = re.search(r"\bthat\s+(?P<who>(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,3})\s+(?:had\s+|has\s+)?"
                         r"(?:told|said\s+to|wrote\s+to)\s+(?:her|him|them|me|us)\s*[,:]?\s*$", head, re.IGNORECASE)
    if reported:
        return reported.group("who")
    described_by, subject_of, any_verb = _described_speakers()
    described = described_by.search(head) or subject_of.match(head)
    # (a verb in the clause it reports is not another speaker's: "..., said that the conditions described were")
    if described and not any_verb.search(re.split(r"\bthat\b", head[described.end():])[0]):
        return described.group("who") or described.group("owner")
    # "An aide to Roe declined to say when the review would end, saying the merger would be judged “...”": the
    # words are those of the sentence's subject, whatever stands between
    saying = re.match(r"\s*(?P<who>(?:[A-Z][\w’'.&#-]*|a|an|the)(?:\s+[\w’'.&#-]+){0,6}?)"
                      r"(?:\s+(?:also|further|then|later|again|[a-z]+ly))?\s+"
                      r"(?:[a-z]{3,}ed|has|had|was|is|will|would)\b[^“”\"]*,\s+(?:" + _participles()
                      + r")\b[^“”\"]*$", head)
    if saying and not re.search(r"\b(?:said|says|told)\b", head[:saying.start("who") + len(saying.group("who"))]):
        return saying.group("who")
    # ("The Kestrel State Department of Finance (KSDF) said": the short name in brackets after the name, and a
    # capitalised "State" inside a name is no verb)
    said = [m for m in re.finditer(r"(?P<who>(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+)(?:\s*\([A-Z][\w&.-]{1,10}\))?\s*,?\s+"
                                   r"(?:has\s+|had\s+|also\s+)?(?P<verb>" + _verbs() + r")\b", head, re.IGNORECASE)
            # "told the ambassador that the calls were ...": a verb's noun ("the calls") or a clause after "that"
            # names no speaker; nor does a possessive ("Roe’s continued presence": a thing, not a verb)
            if not re.search(r"\bthat\b|\b(?:the|a|an|its|his|her|their|our|these|those)$|[’']s$", m.group("who"),
                             re.IGNORECASE)
            and not (m.group("verb")[:1].isupper() and not m.group("verb").isupper()
                     and len(re.findall(r"\b[a-z]{4,}\b", head)) >= 2)]  # (a headline's "Roe Tells Owners" is one)
    if said and re.search(r"\s(?:and|but|to)$", said[-1].group("who")):
        # "Acme disclosed a stake in Beta and said ...", "Roe went on television to say ...": the sentence's
        # subject said it, not Beta
        return None
    if said:
        # "Acme Brands, the parent of Beta, Gamma and Delta, said ...": the name the description follows
        # (the name opens the sentence; a comma inside the description only lists names: "Beta, Gamma and Delta")
        described = [m for m in re.finditer(
            r"^\s*(?P<who>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4}),\s+(?:the|a|an|its|their)\s+[^“”\",]{2,100}"
            r"(?:(?:,\s+[A-Z][^“”\",]{0,40})*,?\s+and\s+[A-Z][^“”\",]{0,40})?,"
            r"\s+(?:has\s+|had\s+|also\s+)?(?:" + _verbs() + r")\b", head) if m.end() == said[-1].end()]
        if described:
            return described[-1].group("who")
    if not said:
        return None
    # "Acme asked for a stay, and the court warned of “...”": the speaker of the clause that says it
    who = said[-1].group("who")
    joined = re.match(r"(?:and|but|while|whereas)\s+(?=\S+\s)", who)
    return who[joined.end():] if joined else who


@cache
def _titles() -> frozenset[str]:
    return frozenset(str(t).casefold() for t in vocab.load("parties")["person_titles"]) | {"and", "of", "the", ""}


def _opening_person(pronoun: str, resolver: _Resolver, history: list[str]) -> str | None:
    """Whom "He" or "She" opening a sentence stands for: the last person ``history`` names (those named before
    the sentence), not one the sentence names after it ("He accused the government of former President Tom Lee
    of '...'")."""
    person_here, resolver.person_here = resolver.person_here, False
    try:
        return _last_party(history, resolver, "person", _GENDER_OF.get(pronoun.casefold(), ""))
    finally:
        resolver.person_here = person_here


def _sentence_subject(head: str, resolver: _Resolver, history: list[str] | None = None,
                      whole: bool = False) -> tuple[str | None, str]:
    """The first party named as actor in the sentence before a quotation (not after a preposition);
    a sentence opening with a pronoun ("It described Beta as ...") is about the party it stands for.
    ``whole``: ``head`` is one sentence already, not the text up to a quotation."""
    cut = -1 if whole else _last_stop(head)
    head = head[cut + 1:] if cut >= 0 else head
    pronoun = re.match(r"\s*(He|She|It|They)\b", head)
    if pronoun and history:
        want = {"He": "person", "She": "person", "It": "it"}.get(pronoun.group(1), "group")
        pid = _opening_person(pronoun.group(1), resolver, history) if want == "person" \
            else _last_party(history, resolver, want)
        if pid:
            return _as_speaker(pid, resolver)
    found = resolver.mentions(head)
    clause = _SUBORDINATE_LEAD.match(head)
    if clause and any(s >= clause.end() and re.fullmatch(r"\s*(?:the\s+)?", head[clause.end():s])
                      for s, _e, _p in found):
        # "After the agency suspended its permits, Acme issued a statement that '...'": Acme, who opens the main
        # clause (not "When Judge Roe approved the deal, he called it ...": he is the clause's Roe)
        found = [m for m in found if m[0] >= clause.end()]
    for i, (s, e, pid) in enumerate(found):
        if resolver.kind(pid) == "media" or _AFTER_PREPOSITION.search(head[:s]):
            continue
        if whole and not _plain_lead(head[:s]):
            return None, ""  # "Its phones run on Beta's software": the subject is no party
        # "Acme CEO Jane Doe, who ...": the person after an organisation and a title is the actor
        gap = head[e:found[i + 1][0]] if i + 1 < len(found) else ""
        # ("Information Commissioner Jane Doe": a title that is a party of its own is still her title)
        if i + 1 < len(found) and resolver.kind(found[i + 1][2]) == "person" \
                and all(w.strip(",’'s").casefold() in _titles() or re.fullmatch(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}", w)
                        for w in gap.split()) \
                and (resolver.kind(pid) != "person" or not gap.strip()):  # "Roe and Senator Doe": Roe
            pid = found[i + 1][2]
        return _as_speaker(pid, resolver)
    return None, ""


@cache
def _speech_verb() -> re.Pattern[str]:
    """A speech verb as a word of its own."""
    return re.compile(rf"\b(?:{_verbs()})\b")


def _plain_lead(lead: str) -> bool:
    """What comes before a name that opens its clause: an introduction up to a comma ("On Monday, ",
    "In a joint statement, "), then determiners, titles and other names only ("the Atlanta-based",
    "Trade Minister", "Acme's")."""
    cut = max(lead.rfind(","), lead.rfind(":"))
    if cut >= 0 and not _INTRODUCTION.match(lead) and _speech_verb().search(lead[:cut]):
        # "The maker, which ..., said the resignation of its auditor, (Beta)": a clause began before (not "In a
        # report posted on a website, (Roe) alleged")
        return False
    words = re.split(r"\s+", lead[cut + 1:].strip())
    lead_words = _lead_words()
    if 2 <= len(words) <= 4 and words[0][:1].isupper() and words[-1].casefold() in _descriptor_nouns():
        # "British discount clothing chain (Acme)", "Retired teacher (Ann Roe)" opening the clause: what it is,
        # as a title is (not "the company had hired accounting firm (Beta)")
        words = []
    return all(not w or not w[0].isalpha() or w[0].isupper() or w.casefold() in lead_words
               or w.endswith(("’s", "'s", "-based")) for w in words)


@cache
def _descriptor_nouns() -> frozenset[str]:
    """Nouns that end a description written before a name, as a title is ("fashion chain Acme")."""
    return vocab.words("parties", "organisation_nouns") | vocab.words("parties", "role_nouns")


@cache
def _lead_words() -> frozenset[str]:
    """Small words that may stand before a subject's name: titles, determiners, connectives."""
    return _titles() | {"a", "an", "its", "his", "her", "their", "our", "but", "and", "also", "then", "now"}

_BODY_CLAUSE = re.compile(r"\s*(?:When|After|As|Once|Before|While|Since)\s+((?:the\s+[a-z]+|(?:[A-Z][\w.&’'-]*\s+)"
                          r"{0,5}?[A-Z][\w.&’'-]*))\s+[a-z]{2,}\b[^,]*,\s*it\b")
"""A clause about a body opening the sentence, then "it": "When the agency closed its probe, it ..."."""
_OWNER_SUBJECT = re.compile(r"\s*(?:The\s+)?((?:[A-Z][\w.&-]*\s+){0,4}?[A-Z][\w.&-]*)[’']s\s+(?:[a-z][\w-]*\s+){1,3}"
                            r"[^,;“”\"]*?\bit\b")
"""A sentence whose subject a body owns, then "it": "The Fed's penalty relates to what it called ..."."""
_SUBORDINATE_LEAD = re.compile(r"\s*(?:(?:On|In|By)\s+[^,]{3,40},(?:\s*\d{4},)?\s*)?"
                               r"(?i:when|after|as|once|before|while|since|because|although|though|if|until|unless)"
                               r"\s[^,]{3,120},")
"""A clause that opens a sentence before its subject: "On Oct. 24, after the agency acted, ..."."""
_INTRODUCTION = re.compile(r"\s*(?:In|On|At|After|Before|During|Following|According|Asked|Speaking|Writing|From|With|"
                          r"Under|Since|As|When|While|Despite|Amid|Without|By|For|Through|Over|Unlike|Like)\b")
"""The word that opens an introduction before the clause's subject ("In a report posted on Monday, ...")."""
_MAIN_CLAUSE_START = re.compile(r"(?:^\s*|^[^,]{3,80},\s+)(?:[a-z][\w-]*\s+){0,4}$")
"""The name opens the main clause, past a setting and a description: "At a store in Easton on Wednesday, retired
bus driver Ann Roe frowned at the prices"."""
_TOPIC_OPENING = re.compile(r"\s*(?:For|To)\s+(?:[A-Z][a-z]{1,4}\.?\s+)?")
"""A sentence that opens on the person it is about: "For Roe, the affair is mainly an annoyance"."""
# what opens a clause whose subject comes next ("..., when (Mr) Roe", "after Roe"), or the one who acts in a
# passive ("was complicated by Mr Roe himself")
_CLAUSE_OPENING = re.compile(r"\b(?:when|after|as|while|because|since|before|until|once|where|by)\s+"
                             r"(?:[A-Z][a-z]{1,4}\.?\s+)?$")
# a name after a preposition is not who acts: "by Sen. Roe", "at a Senate hearing", "to the board"
_AFTER_PREPOSITION = re.compile(r"\b(?:to|from|by|with|of|on|at|for|in|into|about|than|against)\s+"
                                r"(?:the\s+|an?\s+|(?:its|their|his|her|our)\s+(?:[\w-]+\s+)?)?"
                                r"(?:[A-Z][a-z]{1,4}\.\s+)?$", re.IGNORECASE)
_STATEMENT_FROM = re.compile(r"^\W*(?:statement|remarks|comments?)\s+(?:from|by|of)\s", re.IGNORECASE)
"""A line that says whose statement follows: "STATEMENT FROM ATTORNEY GENERAL ANN ROE"."""
_CLAUSE_SUBJECT = re.compile(r"\b(?:when|after|as|while|because|since|before|and|but)\s+(?:the\s+)?$")
"""A clause of its own opening before a name: "..., when Acme told ..."."""
_SAID_NEXT = re.compile(r"\s+(?:had\s+|has\s+)?(?:told|said|says|stated|announced|informed|wrote)\b")
"""A verb of saying right after a name."""
_RECENT = 3  # sentences back in which a pronoun looks for its subject
_TOLD = 6  # sentences back in which "the statement" looks for the statement
_AUTHORED = 20  # sentences back in which "the report" looks for who wrote it ("Roe released a report")


@cache
def _unnamed_plural() -> re.Pattern[str]:
    """A sentence whose subject is people the text names by what they are ("The organisers of the walkout
    said"): its "they" is them, not a party named before."""
    return re.compile(rf"\s*(?:The\s+|Many\s+|Some\s+|Several\s+)?(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*s"
                      rf"(?:\s+of\s+the\s+[a-z][\w-]*)?\s+(?:{_verbs()})\b")


@cache
def _voice() -> re.Pattern[str]:
    """The end of "an agency spokesperson", "a ministry official": the word before speaks for a body."""
    return re.compile(rf"\b([a-z][\w-]+)\s+(?:{vocab.alternation(vocab.load('cues')['voice_nouns'])})$")


@cache
def _voice_for() -> re.Pattern[str]:
    """A sentence opening with someone who speaks for a body: "A spokesperson for the commission said"."""
    return re.compile(rf"\s*(?:an?|the)\s+(?:{vocab.alternation(vocab.load('cues')['voice_nouns'])})\s+(?:for|of)\s+"
                      rf"(?P<body>[^,;“”\"]{{2,60}}?)\s*,?\s+(?:{_verbs()})\b", re.IGNORECASE)


@cache
def _spoken_for() -> re.Pattern[str]:
    """A speaker phrase that is someone speaking for a body named by what it is: "a spokeswoman for the
    newspaper"."""
    return re.compile(rf"(?:an?|the)\s+(?:{vocab.alternation(vocab.load('cues')['voice_nouns'])})\s+(?:for|of|at)\s+"
                      r"(?P<body>(?:the|its|this)\s+.+)$")


@cache
def _generic_subject() -> re.Pattern[str]:
    """A sentence whose subject is a body named by what it is: "In a statement, the company said ..."."""
    # (or an opening phrase without its comma: "In a statement to the exchange the company said")
    return re.compile(rf"\s*(?:[^,]{{0,80}},\s+|(?:In|On|At|Late|Earlier|Later)\s[^,“”\"]{{0,60}}?\s+(?=the\s))?"
                      rf"(the\s+(?:[\w-]+\s+){{0,2}}?[a-z][\w-]+)\s+(?:{_verbs()})\b"
                      # (or opens the sentence doing something: "On December 1, the company published an apology.
                      # “...,” it said")
                      rf"|\s*(?:(?:In|On|At|Late|Earlier|Later|Last)\s[^,“”\"]{{0,40}},\s+)?"
                      rf"((?i:the)\s+(?:(?!(?:that|which|who)\s)[\w-]+\s+){{0,2}}?[a-z][\w-]+)\s+(?:also\s+)?"
                      # ("The board was unimpressed.": a state it is in)
                      rf"(?:(?:was|were|is|are)\s+)?[a-z]{{3,}}ed\b")


def _headed_by(label: str, below: str, resolver: _Resolver, history: list[str]) -> tuple[str | None, str]:
    """Who speaks in a heading's quotation: whom its label names ("Roe: ‘...’", "Acme: ‘...’"), else, for a
    label that describes ("Acme chief: ‘...’", "Roe’s lawyer: ‘...’", "Analyst view: ‘...’"), the first person
    the paragraph below names (not Roe)."""
    speaker = _resolve_phrase(label, resolver, history)
    owner = re.match(r"(?P<owner>.+?)[’']s?\s+\S", label)
    name_like = not owner and all(w[:1].isupper() and w.casefold() not in _titles() for w in label.split())
    if speaker[0] and name_like:
        return speaker
    others = {pid for _s, _e, pid in resolver.mentions(label)}
    if owner:  # (by name, or by a surname the text has not yet used alone)
        others.add(_resolve_phrase(owner.group("owner"), resolver, history)[0])
        others |= {pid for pid, p in resolver.by_id.items() if p.kind == "person"
                   and p.name.split()[-1].casefold() == owner.group("owner").split()[-1].casefold()}
    person = next((pid for _s, _e, pid in resolver.mentions(below) if resolver.kind(pid) == "person"
                   and pid not in others), None)
    if person and (speaker[0] is None or resolver.kind(speaker[0]) != "person" or owner):
        return _as_speaker(person, resolver)
    return speaker if not owner else (None, "")


_LED_BY = re.compile(r"-(?:led|controlled|owned|backed|run|founded|chaired|headed|funded)\b", re.IGNORECASE)
"""A compound after a name that makes it a description of something else: "the Roe-led group"."""
_LED_BY_NAME = re.compile(r"([A-Z][\w’'.]*)" + _LED_BY.pattern)
"""The name (its last word) before such a compound: "Roe" in "the Ann Roe-led group"."""


def _introduced(who: str, resolver: _Resolver) -> str | None:
    """The indefinite phrase a definite one stands for: "the official" after "A French official played down
    the row." (who is "a French official", whoever that speaks for, and not the last party named)."""
    definite = re.fullmatch(r"\s*the\s+(?:[a-z-]+\s+)?([a-z-]+)\s*", who)
    if not definite or definite.group(1) not in vocab.words("cues", "introduced_speakers"):
        return None
    intro = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){0,4}?" + re.escape(definite.group(1))
                       + r"\b(?:\s+(?:for|at|with|of|from)\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*\s*){1,5})?")
    for text in resolver.read[:_RECENT]:
        found = intro.search(text)
        if found:
            return found.group(0)
    return None


@cache
def _document_nouns() -> str:
    return vocab.alternation(vocab.load("cues")["document_referents"])


@cache
def _document() -> re.Pattern[str]:
    """A document named as the source: "the filing", "this statement", "a report"."""
    return re.compile(r"(?:the|that|this|its|a|an)\s+(?:[\w-]+\s+)?(?:" + _document_nouns() + r")", re.IGNORECASE)


_ASKED_BY = re.compile(r"\b(?:asked|questioned|pressed|challenged)\s+by\s+[^,;:“”\"]{2,80}", re.IGNORECASE)
"""Who put the question, in the phrase that opens an answer ("Asked by the senator Tom Roe whether ...")."""


_ASKED_OPENING = re.compile(r"\s*(?:Asked|Questioned|Pressed|Challenged|Through|Via)\b.*,(?=\s+(?:he|she)\b[^,]*$)",
                            re.DOTALL)
"""A sentence's opening on the question put ("Asked about the sale, when Roe was ..., he said"), or on whom one
speaks through ("Through his lawyer, Tom Lee, he said"), up to the comma before the "he" or "she" who spoke."""


def _subjects(doc: Document, resolver: _Resolver) -> list[tuple[int, str, str]]:
    """(end, party id, text) of the subject of each sentence of the article that has one, in reading
    order; a sentence that opens with "He" or "She" has the subject the pronoun stands for."""
    out: list[tuple[int, str, str]] = []
    history: list[str] = []
    read: list[str] = []
    for sent in doc.sentences:
        if not sent.citable or sent.heading:
            continue
        resolver.recent = tuple(pid for _end, pid, _text in reversed(out))[:_RECENT]
        resolver.told = tuple((text, pid) for _end, pid, text in reversed(out))[:_TOLD]
        resolver.read = tuple(reversed(read))[:_AUTHORED]
        read.append(sent.text)
        # what is quoted is not who the sentence is about: "“Roe knew,” said Doe" is about Doe
        text = blanked(sent.text, pair_quotes(sent.text))
        if re.match(r"\s*It\b", text):
            continue  # "It is not the first time ...": mostly no one
        source = re.match(r"\s*According to\s+", text)  # "According to Doe, the rules ...": Doe's account
        pid, _name = _sentence_subject(text[source.end():] if source else text, resolver, history, whole=True)
        topic = None if pid else _TOPIC_OPENING.match(text)
        if topic:  # "For Ann Roe, the ruling was a relief": the sentence is about her
            pid = next((pid_ for s, e, pid_ in resolver.mentions(text) if s <= topic.end()
                        and resolver.kind(pid_) == "person" and text[e:e + 1] == ","), None)
        # (the quotation may have begun in the sentence before: "... claimants. The real test is ...,” said")
        # ("The decision will come under scrutiny, said Ann Roe, a lawyer ...": told in her words, unquoted)
        inverted = None if pid else re.search(rf"(?:^\s*|[”\"’]\s*|\w,\s*)[,.?!…—-]*\s*(?:{_verbs()})\s+", text)
        if inverted:  # "'...,' said Ann Roe, a partner at ...": the sentence is about who speaks
            named = [(s, pid_) for s, _e, pid_ in resolver.mentions(text[inverted.end():]) if s <= 40
                     and resolver.kind(pid_) != "media"]
            pid = named[0][1] if named else None
        voice = _voice_for().match(text)
        if voice:  # "A spokesperson for the commission said ...": the commission speaks
            pid = _resolve_phrase(voice.group("body"), resolver, history)[0] or pid
        generic = None if pid else _generic_subject().match(text)
        if generic:  # "In a statement, the company said ...": who "the company" is
            pid = _resolve_phrase(generic.group(1) or generic.group(2), resolver, history)[0]
        if pid:
            out.append((sent.end, pid, sent.text))
        history.extend(pid for _s, _e, pid in resolver.mentions(sent.text))
    resolver.recent, resolver.told, resolver.read = (), (), ()
    return out


def extract_quotes(doc: Document, parties: tuple[Party, ...]) -> list[RawQuote]:
    """Every direct quotation in one article, with its speaker where the text says who spoke."""
    resolver = _Resolver(parties)
    raw = doc.article.body
    resolver.learn_genders([s.text for s in doc.sentences if s.citable])
    resolver.named = Counter(pid for s in doc.sentences if s.citable for _s, _e, pid in resolver.mentions(s.text))
    history: list[str] = []
    out: list[RawQuote] = []
    prev_speaker: tuple[str | None, str] = (None, "")
    prev_end = -1
    prev_by_document = False  # the last quotation's speaker was found through a document ("the report said")
    paragraphs: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    prev_para_text = ""
    subjects = _subjects(doc, resolver)
    turns = {s.paragraph: t for t in doc.turns for s in doc.sentences if s.start == t.start}
    turn: Span | None = None  # the transcript's turn the paragraphs are in
    turn_speaker = False  # and whether its label names a party
    # what each paragraph's next paragraph with content opens with
    starts = [(p, raw[c[0].start:c[-1].end]) for p, c in ((p, [s for s in sents if s.citable])
                                                          for p, sents in sorted(paragraphs.items())) if c]
    following = {p: text for (p, _), (_, text) in itertools.pairwise(starts)}
    run_on = False  # the paragraph before was a quotation that the next paragraph goes on with
    headed: list[tuple[int, str]] = []  # (index in out, the paragraph below) of headings that are a quotation
    for paragraph, sents in sorted(paragraphs.items()):
        content = [s for s in sents if s.citable]
        if not content:
            continue
        continued, run_on = run_on, False
        if paragraph in turns:
            # a transcript's turn: the words after the label are the labelled speaker's (and a quotation inside
            # them is whoever the turn credits it to: "ROE: Acme called it 'baseless'")
            turn = turns[paragraph]
            said = _turn_quotes(doc, turn, content, resolver)
            turn_speaker = any(q.speaker for q in said)
            out.extend(said)
        elif any(s.heading for s in content):
            turn = None  # a heading ends the transcript's part
        elif turn is not None and turn_speaker:
            # a paragraph with no label after a named speaker's turn goes on with it (a parliament's record
            # prints a speech in paragraphs, and labels only the first)
            out.extend(_turn_quotes(doc, turn, content, resolver, at=content[0].start))
        p_start, p_end = content[0].start, content[-1].end
        para = raw[p_start:p_end]
        outer: list[tuple[int, int]] = []
        pairs = sorted(pair_quotes(para) + dash_speech(para) + spoken_quotes(para))
        if (opened := _OPENS_QUOTE.match(para)) and _OPENS_QUOTE.match(following.get(paragraph, "")) \
                and not any(qs == opened.end() for qs, _qe in pairs):
            # a quotation of several paragraphs: each opens with a quotation mark, and only the last closes
            pairs = sorted([*pairs, (opened.end(), len(para))])
            run_on = True
        for qs, qe in pairs:
            s, e = _strip_span(para, qs, qe)
            s2, e2 = s, e
            if e2 > s2 and para[e2 - 1] in ",":
                e2 -= 1
            if e2 - s2 < 2:
                continue
            sent = _sentence_at(doc, p_start + s2)
            if sent is None or not sent.citable or not _is_quotation(para, qs, qe, sent.heading):
                continue
            nested_in = next(((os_, oe) for os_, oe in outer if os_ <= qs and qe <= oe), None)
            # history: parties named up to here (for pronouns)
            # within a sentence "he" is the person it has named ("Collins asked Nix, when he told them: ..."),
            # across sentences the one the sentences before were about
            here = raw[sent.start:p_start + qs]
            named_here = [(s_, e, pid) for s_, e, pid in resolver.mentions(here) if resolver.kind(pid) == "person"]
            asked = _ASKED_OPENING.match(here)
            if asked:  # "Asked about the sale, when Roe was already investigating, he said": Roe asked nothing
                named_here = [m for m in named_here if m[0] >= asked.end()]
            resolver.person_here = bool(named_here)
            resolver.body_here = None
            opening = _BODY_CLAUSE.match(here) or _OWNER_SUBJECT.match(here)
            if opening:  # "When the agency closed its probe on June 3, it said ...": the agency
                body = _resolve_phrase(opening.group(1), resolver, history + [
                    p for _s, _e, p in resolver.mentions(here)])[0]
                resolver.body_here = body if body and resolver.kind(body) not in ("person", "media") else None
            # "Doe apologised, but he blamed the power in Roe’s hands, when he said": a name that owns a thing is
            # not who "he" is
            last = {pid: (s_, e) for s_, e, pid in named_here}
            owners = frozenset(pid for pid, (s_, e) in last.items() if _possessive_of_thing(here[s_:], e - s_)
                               or re.match(r"[’']s\s+[a-z]", here[e:e + 4]))
            # (unless it names no one else: "Roe’s first interview was last week, and he told ...")
            resolver.owners = owners if set(last) - owners else frozenset()
            before = [(pid, text) for end, pid, text in reversed(subjects) if end <= sent.start]
            resolver.recent = tuple(pid for pid, _text in before[:_RECENT])
            resolver.told = tuple((text, pid) for pid, text in before[:_TOLD])
            resolver.read = tuple(x.text for x in reversed(doc.sentences)
                                  if x.citable and x.end <= sent.start)[:_AUTHORED]
            # (a name inside an earlier quotation is the speaker's word, not whom a pronoun after it stands for:
            # "'... worse than Acme's,' the report said. It added ...")
            told_before = blanked(para[:qs], [(os_, oe) for os_, oe in pairs if oe <= qs])
            # (nor who asked: "Asked by a senator, Tom Roe, whether he had known, she replied: 'Never.'")
            told_before = _ASKED_BY.sub(lambda m: " " * len(m.group(0)), told_before)
            # (who was named before this sentence: a pronoun that opens it stands for one of them)
            named_before = resolver.mentions(told_before)
            earlier = history + [pid for ms, _me, pid in named_before if ms < sent.start - p_start]
            history.extend(pid for _ms, _me, pid in named_before)
            label = _labelled(para, qs, qe) if sent.heading and not nested_in else None
            if label:
                who = label
                speaker = _headed_by(label, following.get(paragraph, ""), resolver, history)
                outer.append((qs, qe))
            elif sent.heading and not nested_in and _whole_heading(para, qs, qe):
                # who says it below, in the same words (else the first person the paragraph below names)
                who, speaker = "", (None, "")
                headed.append((len(out), following.get(paragraph, "")))
                outer.append((qs, qe))
            elif nested_in:
                who = _speaker_before(para[nested_in[0]:qs + 1], qs - nested_in[0] + 1)
                speaker = _resolve_phrase(who or "", resolver, history)
            else:
                who = _speaker_after(para, qe)
                speaker = _resolve_phrase(who, resolver, history) if who else (None, "")
                introduced = _introduced(who, resolver) if who and speaker[0] is None else None
                if introduced:  # "A French official ... “...,” the official said": the one introduced
                    speaker = _resolve_phrase(introduced, resolver, history)
                if who and _document().fullmatch(who.strip()) and p_start + qs > sent.start:
                    # "Roe said in a deposition that '...', the filing said": the document reports, Roe spoke
                    inner = _speaker_before(para, qs)
                    inner_speaker = _resolve_phrase(inner, resolver, history) if inner and inner.strip() else (None, "")
                    if inner_speaker[0]:
                        speaker = inner_speaker
                # "..., an analyst said": someone unnamed spoke; nobody named earlier is the speaker
                unnamed = bool(who) and speaker[0] is None and (bool(introduced) or bool(re.match(
                    r"\s*(?:a|an|one|two|three|several|some|other|another|people|sources?)\b", who, re.IGNORECASE))
                    or (who.strip().casefold() == "they" and bool(resolver.read)
                        and bool(_unnamed_plural().match(resolver.read[0]))))
                if speaker[0] is None and not unnamed:
                    who = _speaker_before(para, qs)
                    lead = para[max(0, _last_stop(para[:max(0, qs - 1)]) + 1):qs]
                    opener = _SPEAKING_LEAD.match(lead) if who and who.strip().casefold() in _PRONOUNS else None
                    if opener and _said_by(opener.group("who"), resolver, history)[0]:
                        # "The company said it had full confidence in the jet, but that after consulting the FAA
                        # and the NTSB, it had decided to act 'out of caution'": "it" is who the sentence says spoke
                        who = opener.group("who")
                    if who and who.strip().casefold() == "it" and prev_by_document and prev_end >= p_start \
                            and re.match(r"\s*It\s+(?:also\s+)?(?:added|continued|went\s+on)\b", lead):
                        # "'...,' the report said. It added that the company was '...'": the report goes on, in
                        # the words of whoever it was credited to
                        who, speaker = "", prev_speaker
                    if who and who.strip() in ("He", "She") and re.match(rf"\s*{who.strip()}\b", lead):
                        # "He accused the government of former President Tom Lee of '...'": not Lee
                        speaker = _as_speaker(_opening_person(who.strip(), resolver, earlier), resolver)
                    elif who and who.strip().casefold() == "who" and (named := [
                            pid for _s, _e, pid in resolver.mentions(lead) if resolver.kind(pid) == "person"]):
                        # "He was responding to Tom Roe, an analyst, who asked: '...'": the one the clause is about
                        speaker = _as_speaker(named[-1], resolver)
                    elif who and who.strip():
                        speaker = _resolve_phrase(who, resolver, history)
                        # "The report said the failure amounted to '...'": a document whose author is not
                        # known is no reason to credit whoever was quoted last
                        unnamed = speaker[0] is None and bool(_document().fullmatch(who.strip()))
                    if speaker[0] is None and (opener := _SPEAKING_LEAD.match(lead)):
                        speaker = _said_by(opener.group("who"), resolver, history)
                    # (a name inside an earlier quotation is no subject: "“A Justice Department inquiry matters,” said
                    # Roe, an analyst. “Until ...”")
                    subject = _sentence_subject(told_before[:max(0, qs - 1)], resolver, earlier)
                    # "Jane Doe, the agency's chief, told ... that it was 'possible'": the named person spoke (not
                    # one named after the verb: "The company has said Roe was dismissed over a 'divergence'")
                    at = lead.rfind(who.strip()) if who else -1
                    named_after = at >= 0 and subject[0] is not None and speaker[0] is not None \
                        and not inside_quote(lead, at) and not any(
                            pid == subject[0] and s_ <= at for s_, _e, pid in resolver.mentions(lead))
                    # "Jane Roe, a lawyer for Mr Doe, told ...": the person the description follows spoke, not
                    # the client it names
                    described = at >= 0 and subject[0] is not None and bool(re.match(r"\s*(?:a|an)\s", who)) \
                        and any(pid == subject[0] and re.fullmatch(r"\s*,\s*", lead[e_:at])
                                for _s, e_, pid in resolver.mentions(lead))
                    # ("Roe was suspended when Acme told the exchange that '...'": the body is the subject of the
                    # verb of saying, whoever the sentence opened on)
                    spoke = speaker[0] is not None and resolver.kind(speaker[0]) != "media" and any(
                        pid == speaker[0] and _CLAUSE_SUBJECT.search(lead[:s_]) and _SAID_NEXT.match(lead, e_)
                        for s_, e_, pid in resolver.mentions(lead))
                    overrides = subject[0] is not None and resolver.kind(subject[0]) == "person" \
                        and resolver.kind(speaker[0]) != "person" and not named_after and not spoke \
                        if speaker[0] else False
                    if speaker[0] is None or described or overrides:
                        speaker = subject if subject[0] else speaker
                if speaker[0] is None and continued and qs <= 2:
                    speaker = prev_speaker  # the paragraphs of one quotation are one speaker's
                if speaker[0] is None and not unnamed and qs <= 2 and prev_para_text and (
                        not pair_quotes(prev_para_text) or re.search(r"[,:]\s*$", prev_para_text)):
                    # a quotation that opens a paragraph, introduced by the line before
                    if re.search(r"[,:]\s*$", prev_para_text):
                        who = _speaker_before(prev_para_text + " “", len(prev_para_text) + 2)
                        speaker = _resolve_phrase(who, resolver, history) if who else (None, "")
                    if speaker[0] is None and (re.search(r"\b(" + _verbs() + r")\b", prev_para_text)
                                               or prev_para_text.rstrip().endswith(":")):
                        # "Jane Roe, analyst at Acme, on the provision:" introduces the next paragraph's quote
                        speaker = _sentence_subject(prev_para_text, resolver)
                    if speaker[0] is None and _STATEMENT_FROM.search(prev_para_text):
                        # "STATEMENT FROM ATTORNEY GENERAL ANN ROE" over the words: the one it names
                        plain = re.sub(r"[A-Z][A-Z’'-]+", lambda m: m.group(0).capitalize(), prev_para_text)
                        named = {pid for _s, _e, pid in resolver.mentions(plain) if resolver.kind(pid) != "media"}
                        speaker = _as_speaker(named.pop(), resolver) if len(named) == 1 else speaker
                if speaker[0] is None and not unnamed and p_start + qs <= sent.start + 1:
                    # a quotation that opens its sentence goes on from one that says who spoke: "That
                    # matters, said Roe. “Every agency asks ...”"; "The cost, Roe said, would be ... “The ...”"
                    earlier = _sentence_before(doc, sent)
                    if earlier is not None and prev_end < earlier.start:  # a quotation there says it better
                        speaker = _as_speaker(_said_in(earlier.text, resolver), resolver)
                if speaker[0] is None and not unnamed and prev_speaker[0] and p_start + qs - prev_end < 400:
                    speaker = prev_speaker
                called = _WHAT_CALLED.search(para[max(0, qs - 120):max(0, qs - 1)])
                if called and called.group("who").casefold() not in _PRONOUNS \
                        and (by := _resolve_phrase(called.group("who"), resolver, history))[0]:
                    speaker = by  # "what Acme called “...”": Acme's words (whoever the sentence is about)
                elif called and called.group("who").casefold() == "it" and resolver.kind(speaker[0]) == "person":
                    # "... suspended its finance director, Ann Roe, over what it called “...”": "it" is no person
                    lead = para[max(0, _last_stop(para[:qs]) + 1):qs]
                    opener = _SUBJECT_LEAD.match(lead)
                    subject = _said_by(opener.group("who"), resolver, history) if opener else (None, "")
                    speaker = subject if subject[0] and resolver.kind(subject[0]) != "person" \
                        else _as_speaker(_last_party(history, resolver, "it"), resolver)
                outer.append((qs, qe))
            if who and _GENERIC_WHO.match(who.strip()) and re.search(r"\b(we|our|us)\b", para[qs:qe], re.IGNORECASE):
                named = [pid for _s, _e, pid in resolver.mentions(para[qs:qe]) if resolver.kind(pid) != "person"
                         and not _possessive_of_thing(para[qs:qe], _e)  # "to support Acme's customers"
                         and _SELF_NAMED.match(para[qs:qs + _s])]
                if len(set(named)) == 1:  # "“At Acme, our priority is …,” the supplier said": Acme speaks
                    speaker = (named[0], resolver.by_id[named[0]].name)
            start, end = p_start + s2, p_start + e2
            out.append(RawQuote(doc.article.file, start, end, raw[start:end], speaker[0], speaker[1], sent))
            if speaker[0] and not nested_in:
                prev_speaker, prev_end = speaker, end
                prev_by_document = bool(who) and bool(_document().fullmatch(who.strip()))
                history.append(speaker[0])
        for _ms, _me, pid in resolver.mentions(para):
            history.append(pid)
        prev_para_text = para
    resolver.person_here, resolver.body_here = False, None
    for i, below in headed:
        # who says it below in the same words, else who is quoted next under the heading, else the first
        # person the paragraph below names
        words = wording_key(out[i].text)
        said = next((q for q in out[i + 1:] if q.speaker and words and words in wording_key(q.text)), None)
        section = list(itertools.takewhile(lambda q: not q.sentence.heading, out[i + 1:]))
        said = said or next((q for q in section if q.speaker), None)
        person = next((pid for _s, _e, pid in resolver.mentions(below) if resolver.kind(pid) == "person"), None)
        speaker = (said.speaker, said.speaker_name) if said else _as_speaker(person, resolver)
        out[i] = replace(out[i], speaker=speaker[0], speaker_name=speaker[1])
    return out + _post_quotes(doc, resolver)


_OPENS_QUOTE = re.compile(r"\s*[“\"]")
"""A paragraph that opens with a quotation mark."""


_STAGE_NOTE = re.compile(r"\[[^\]\n]*\]|\((?:inaudible|crosstalk|laughter|laughs|pause|applause|sic)[^)\n]*\)",
                         re.IGNORECASE)
"""What a transcript's editor adds to the words spoken: "[Pause]", "[Laughter in the room]", "(inaudible)"."""


def _turn_quotes(doc: Document, label: Span, content: list[Sentence], resolver: _Resolver,
                 at: int | None = None) -> list[RawQuote]:
    """The words of one paragraph of a transcript's turn (``at``: where they start, after the label if not
    given), cut at the editor's notes, each credited to the labelled speaker when the label names a party ("ANN
    ROE:", "MS ROE:"); a label that names no one ("Q:", "CHAIR:") leaves the speaker open."""
    raw = doc.article.body
    # "ANN ROE" is written "Ann Roe" in the text
    written = re.sub(r"[A-Z][A-Z’'-]+", lambda m: m.group(0).capitalize(), label.reason)
    named = [pid for _s, _e, pid in resolver.mentions(written)]
    speaker = next((pid for pid in named if resolver.kind(pid) == "person"), named[0] if named else None)
    name = resolver.by_id[speaker].name if speaker else ""
    if (speaker is None and set(re.findall(r"[a-z]+", label.reason.casefold())) & _newsroom_roles()) \
            or set(re.findall(r"[a-z]+", label.reason.partition(",")[2].casefold())) & _newsroom_roles():
        # "ANCHOR:", "REPORTER (voice-over):", "ANN ROE, BUSINESS CORRESPONDENT:": the outlet's own telling, no
        # one's quotation
        return []
    if at is None:
        at = label.end + len(re.match(r"\s*:\s*", raw[label.end:]).group(0))
    words = raw[at:content[-1].end]
    out = []
    pos = 0
    for piece in [*_STAGE_NOTE.finditer(words), None]:
        stop = piece.start() if piece else len(words)
        s, e = trim(words, pos, stop)
        if e - s >= 2:
            sent = _sentence_at(doc, at + s)
            if sent is not None and sent.citable:
                out.append(RawQuote(doc.article.file, at + s, at + e, raw[at + s:at + e], speaker, name, sent))
        pos = piece.end() if piece else len(words)
    return out


@cache
def _newsroom_roles() -> frozenset[str]:
    """The labels of a broadcast's own journalists in a transcript ("ANCHOR", "REPORTER", "HOST")."""
    return vocab.words("parties", "journalist_words") | vocab.words("parties", "newsroom_roles")


_POST_TAIL = re.compile(r"(?:\s+(?:#\w+|@\w+|https?://\S+|pic\.twitter\.com/\S+))+\s*$")
"""Hashtags, handles and links closing a post: no words of it."""


def _post_quotes(doc: Document, resolver: _Resolver) -> list[RawQuote]:
    """The text of each embedded post, credited to the author its credit line names when that is a party."""
    raw = doc.article.body
    out = []
    for post in doc.posts:
        s = post.start
        e = s + len(_POST_TAIL.sub("", raw[s:post.end]))
        sent = _sentence_at(doc, s)
        if e - s < 2 or sent is None or not sent.citable:
            continue
        named = [pid for _s, _e, pid in resolver.mentions(post.reason)] if post.reason else []
        speaker = named[0] if named else None
        out.append(RawQuote(doc.article.file, s, e, raw[s:e], speaker, resolver.by_id[speaker].name if speaker else "",
                            sent))
    return out


def wording_key(text: str) -> str:
    """A quotation's words without typography (curly quotes, dash spacing, punctuation, case)."""
    t = text.replace("’", "'").replace("‘", "'").replace("—", "-").replace("–", "-")
    t = re.sub(r"\s*-\s*", "-", t)
    return re.sub(r"\W+", " ", t.casefold()).strip()


def spoken_spans(found: dict[str, list[RawQuote]]) -> dict[str, tuple[tuple[int, int, str], ...]]:
    """By file, (start, end, speaker id) of each quotation whose speaker is a known party."""
    return {file: tuple((q.start, q.end, q.speaker) for q in qs if q.speaker) for file, qs in found.items()}


def consolidate_quotes(found: list[RawQuote]) -> tuple[Quote, ...]:
    """Identical quotations (after typography) across articles become one quote with citations."""
    speakers: dict[str, set[str]] = {}
    for q in found:
        if q.speaker:
            speakers.setdefault(wording_key(q.text), set()).add(q.speaker)
    groups: dict[tuple[str, str], list[RawQuote]] = {}
    for q in sorted(found, key=lambda q: (q.source, q.start)):
        known = speakers.get(wording_key(q.text), set())
        # words one article credits to nobody and another to one speaker are that speaker's
        key = (wording_key(q.text), q.speaker or (next(iter(known)) if len(known) == 1 else ""))
        groups.setdefault(key, []).append(q)
    quotes = []
    for (norm, _), qs in groups.items():
        first = next((q for q in qs if q.speaker), qs[0])
        cites = tuple(Citation(q.source, q.start, q.end, q.text) for q in qs)
        digest = hashlib.sha1(f"{first.speaker_name}|{norm}".encode()).hexdigest()[:10]
        quotes.append(Quote(f"quote-{digest}", first.speaker, first.speaker_name, first.text, cites))
    return tuple(quotes)


def speaker_key(name: str) -> str:
    """Comparison key of a speaker name."""
    return norm_name(name)
