"""Statements: each content sentence (or clause) of an article, with its category, parties and dates.

The category comes from weighted cue phrases in ``data/cues.yml`` plus who acts in the sentence
(a regulator or government as subject leans to regulatory action). Where those rules are unsure (no
clear cue, no rule reading the sentence's structure), a learned model in ``data/category_model.yml``
weighs the rules' scores with the statement's common words (see ``benchmarks/train_categories.py``).
Anything without a category is background: shown, never dropped.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from . import dates, vocab
from .models import Citation, Document, Party, Sentence
from .parties import norm_name
from .places import capitals, demonyms
from .roles import a_judge, has_role_noun
from .segment import table_row

_AFTER_PREPOSITION = re.compile(
    r"\b(to|from|by|with|of|on|at|against|about|for|in|into|than|via|through|over|under|after|"
    r"before|within|across|per|like|including|between|among)\s+(the\s+)?$")
_PRIORITY = ("response", "regulatory_action", "market_impact", "allegation")
ELABORATION = 2.0
"""Below this cue score, a sentence that follows an allegation in its paragraph carries it on."""
RULE_CONFIDENT = 7.0
"""From this cue score up, the rules' category stands; below it, a learned model (if installed) decides."""
MODEL_MARGIN = 0.5
"""How much higher the model must score its choice than the rules' category to overrule it (held out by story,
this cost 0.002 of statement-level F1 and kept plain cases, an analyst's view or a regulator's concern, as the
rules file them)."""
OFFICE = 2.0
"""What an official's office adds to the regulatory-action score of what they say or do."""
_PASSIVE = re.compile(r"^\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|is\s+being|was\s+being|will\s+be)"
                      r"\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\b"
                      # acted upon, or bound by another's decision: "is awaiting a ruling", "must change its rules"
                      r"|(?:is\s+|are\s+)?(?:also\s+|still\s+)?(?:awaiting|awaits|waiting\s+for|faces|facing|must|"
                      r"has\s+to|have\s+to|will\s+have\s+to|has\s+until|have\s+until)\b)")

_OBLIGED = re.compile(r"^\s+(?:also\s+|now\s+|still\s+)?(?:must|has\s+to|have\s+to|will\s+have\s+to|"
                      r"(?:is|are|will\s+be)\s+(?:required|obliged|ordered)\s+to)\s+(?!say\b|comment\b)")


@dataclass(frozen=True, slots=True)
class Statement:
    """One citable unit of an article, classified."""

    source: str
    citation: Citation
    category: str
    scores: tuple[tuple[str, float], ...]
    parties: tuple[str, ...]
    dates: tuple[dates.DateMention, ...]
    """Date expressions (offsets relative to the citation's quote)."""
    sentence: Sentence
    no_comment: bool = False
    features: tuple[tuple[str, float], ...] = ()
    """What the category model saw (for training and inspection)."""
    heading_date: tuple[str, Citation] | None = None
    """The date of the dated list entry it stands under ("**May 2, 2023**" over the entry), with the heading's
    words, for a statement that tells no date of its own."""

    @property
    def text(self) -> str:
        return self.citation.quote


@cache
def _cue_patterns() -> dict[str, list[tuple[re.Pattern[str], float]]]:
    cues = vocab.load("cues")
    out: dict[str, list[tuple[re.Pattern[str], float]]] = {}
    for cat, weights in cues["categories"].items():
        pats = []
        for weight, phrases in weights.items():
            for ph in phrases:
                pats.append((_cue_regex(ph), float(weight)))
        out[cat] = pats
    return out


def _cue_regex(phrase: str) -> re.Pattern[str]:
    if phrase.startswith("re:"):  # a regular expression, for cues a phrase cannot hold
        return re.compile(phrase[3:], re.IGNORECASE)
    body = vocab.phrase_pattern(phrase.strip()).replace(r"\*", r"\w*").replace(r"\?", ".")
    left = r"\b" if phrase[:1].isalnum() else ""
    right = r"\b" if phrase.rstrip("*")[-1:].isalnum() and not phrase.endswith("*") else ""
    return re.compile(left + body + right, re.IGNORECASE)


def _cue_union(key: str) -> str:
    """One regex alternation of the cue phrases listed under ``key`` in cues.yml."""
    return "|".join(_cue_regex(p).pattern for p in vocab.load("cues")[key])


@cache
def _no_comment() -> re.Pattern[str]:
    cues = vocab.load("cues")
    patterns = [vocab.alternation(cues["no_comment"]), *cues.get("no_comment_patterns", [])]
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b", re.IGNORECASE)


def no_comment_spans(text: str) -> list[tuple[int, int]]:
    """Where "declined to comment" and the like occur in ``text``."""
    return [m.span() for m in _no_comment().finditer(text)]


@cache
def _background() -> re.Pattern[str]:
    return re.compile(r"\b(" + vocab.alternation(vocab.load("cues")["background"]) + r")\b", re.IGNORECASE)


@cache
def _indexed_cues() -> dict[str, list[tuple[str, re.Pattern[str], float]]]:
    """Cues by the first three letters of their first word ("" for cues that do not start with a letter),
    so that a text is only searched for cues whose first word could occur in it."""
    index: dict[str, list[tuple[str, re.Pattern[str], float]]] = {}
    for cat, pats in _cue_patterns().items():
        for rx, weight in pats:
            lead = re.match(r"(?:\\b)?([a-z]{3})", rx.pattern.casefold())
            index.setdefault(lead.group(1) if lead else "", []).append((cat, rx, weight))
    return index


def score_text(text: str) -> dict[str, float]:
    """Cue score of each category for a piece of text (each cue counts once); a fresh dict to adjust."""
    return dict(_cue_scores(text))


@lru_cache(maxsize=4096)
def _cue_scores(text: str) -> tuple[tuple[str, float], ...]:
    out = dict.fromkeys(_cue_patterns(), 0.0)
    index = _indexed_cues()
    leads = {w[:3] for w in re.findall(r"[a-z]{3,}", text.casefold())} | {""}
    for lead in leads:
        for cat, rx, weight in index.get(lead, ()):
            if rx.search(text):
                out[cat] += weight
    return tuple(out.items())


@cache
def _speech() -> re.Pattern[str]:
    skip = set(vocab.load("cues")["finding_verbs"])  # findings and labels, not a party's own statement
    verbs = [v for v in vocab.load("cues")["speech_verbs"] if " " not in v and v not in skip]
    # a party label in brackets may follow the name: "Sen. Ann Lee (D-Mass.) told him"
    return re.compile(r"^(?:\s*\([^()]{1,30}\))?[^.;:“”\"]{0,80}?\b"
                      r"(?:has |have |had |also |later |previously |further )?(" + vocab.alternation(verbs) + r")\b")


def _demonym_subject(text: str) -> bool:
    """"The Austrian had already resigned": a person just named, called by nationality."""
    m = re.match(r"^The ([A-Z][a-z]+),?\s+(?:had|has|have|was|is|would|will|did|does|also|already|then|later|"
                 r"[a-z]+ed|says|tells)\b", text)
    return bool(m) and m.group(1).casefold() in demonyms()


def classify(text: str, subject_kind: str = "", subject_end: int = -1,
             central: bool = False, attributed: bool = False,
             reports_on_central: bool = False, market_voice: bool = False,
             accuser: bool = False, judicial: bool = False) -> tuple[str, dict[str, float], bool]:
    """(category, scores, is a non-answer) of one statement.

    ``subject_kind`` is the kind of the first party named as actor, ``subject_end`` where its name ends;
    ``central``: that party is one the story is about (its words are responses even when they
    discuss the allegation); ``reports_on_central``: what the subject says is what a party the story
    is about did ("the agency said Acme had fitted ...");
    ``market_voice``: the subject is an analyst, investor or economist, whose view with no
    allegation, reply or action in it is the market's reading of the affair;
    ``accuser``: the subject is the story's accuser (see ``accusers``), whose words are the allegation;
    ``judicial``: the subject is a court, a judge or a jury, whose findings are its verdict.
    """
    scores = score_text(text)
    # (a non-answer inside a quotation is the speaker's words: "'It didn't answer what happens next,' he said")
    no_comment = any(not inside_quote(text, m.start()) for m in _no_comment().finditer(text))
    if no_comment:
        return "response", scores, True
    if subject_end < 0 and (re.match(r"^(He|She)\b", text) or _demonym_subject(text)):
        subject_kind, subject_end = "person", 0  # "He said ...", "The Austrian had resigned": a person
    if subject_kind in ("government", "regulator", "official") and subject_end >= 0 and _soon_after("litigation").match(
            _after_apposition(text[subject_end:])):
        # "the attorney general sued Acme last week": the authority acts; its case is the action's reason
        scores["regulatory_action"] = scores.get("regulatory_action", 0) + 3
        scores["allegation"] = scores.get("allegation", 0) - 3
    if subject_kind in ("government", "regulator"):
        # an authority investigating or probing is acting, not alleging
        probing = _investigation_score(text)
        scores["regulatory_action"] = scores.get("regulatory_action", 0) + 2 + probing
        # "investigating whether ..." counts for the authority's action, not as an allegation (its
        # findings, "found that ...", stay allegations)
        scores["allegation"] = scores.get("allegation", 0) - 2 * probing
    elif subject_kind == "official":  # a minister announcing a law acts for the government
        probing = _investigation_score(text)  # "We are investigating ...," the commissioner said
        scores["regulatory_action"] = scores.get("regulatory_action", 0) + OFFICE + probing
        scores["allegation"] = scores.get("allegation", 0) - 2 * probing
    elif subject_kind == "company" and central and subject_end >= 0 and _OBLIGED.match(text[subject_end:]):
        # "Acme must change its rules", "Acme has to drop ...": what a decision obliges it to do
        scores["regulatory_action"] = scores.get("regulatory_action", 0) + 3
    elif subject_kind in ("company", "person", "other") and not (
            subject_end >= 0 and _PASSIVE.match(_after_apposition(text[subject_end:]))):
        # a company acting is rarely a regulatory action; a company acted upon ("was fined") may be
        scores["regulatory_action"] = scores.get("regulatory_action", 0) - 2
        if (central or subject_kind == "company") and subject_end >= 0 and _soon_after("remedies", 40).match(
                _after_apposition(text[subject_end:])):
            # "Acme suspended its chief executive, after footage showed ...": what it did about it; the
            # misconduct named after "after" is the reason, not the news
            scores["response"] = scores.get("response", 0) + 3
            cause = re.search(r",?\s+(?:after|following|because|amid|over)\s", text[subject_end:])
            if cause:
                scores["allegation"] = scores.get("allegation", 0) - score_text(text).get("allegation", 0) \
                    + score_text(text[:subject_end + cause.start()]).get("allegation", 0)
    reason = _action_reason().search(text)
    if reason and (score_text(text[:reason.start()]).get("regulatory_action", 0) >= 3
                   or _investigation_score(text[:reason.start()]) > 0):
        # "arrested on suspicion of fraud", "will pay $5m to settle allegations that ...", "were investigating
        # suspected false accounting": the action is the news; the misconduct named after it is its reason
        scores["allegation"] = scores.get("allegation", 0) - score_text(text[reason.start():]).get("allegation", 0)
        scores["regulatory_action"] = scores.get("regulatory_action", 0) + 2  # even with the company as subject
    if subject_end >= 0 and subject_kind in ("company", "person", "other", "official") \
            and _accepts_sanction(_after_apposition(text[subject_end:])) and not _denial().search(text):
        # "Acme agreed to pay a $1bn penalty", "Roe pleaded guilty to ...": the case's outcome, not a reply
        scores["regulatory_action"] = max(scores.get("regulatory_action", 0) + 3, 3.0,
                                          scores.get("response", 0) + 1, scores.get("allegation", 0) + 1)
    if subject_kind in ("company", "person", "other") and subject_end >= 0 \
            and _soon_after("departures").match(_after_apposition(text[subject_end:])):
        # "the chief executive resigned", "Roe was placed on leave": the company's answer to the affair
        scores["response"] = scores.get("response", 0) + 3
    # a party speaking for itself ("Acme said it would ...", "He also noted ...") is a response
    if subject_end < 0 and re.match(r"^(He|She|They)\b", text):
        subject_kind, subject_end = "person", 0
    speaks = subject_end >= 0 and subject_kind not in ("media", "commentator") \
        and bool(_speech().match(text[subject_end:]) or _quoted_label.match(text[subject_end:])) \
        and len(text[subject_end:].split()) > 3
    if not speaks and subject_kind not in ("media", "commentator") and (attributed or _quoted_speech().search(text)):
        speaks = True  # "'We will appeal,' Ms Roe said." / "..., the commission said." / "according to Acme"
    speaks = speaks and not market_voice  # an analyst's words are the market's view, not a reply
    if judicial and subject_end >= 0 and _VERDICT.search(text[subject_end:]):
        # "A jury found that the weedkiller caused his cancer", "the judge ruled that the statements were
        # false": what a court finds is its verdict, an act of the law, not one side's case
        scores["regulatory_action"] = max(scores.get("regulatory_action", 0) + 3,
                                          scores.get("allegation", 0) + 1, 3.0)
    elif subject_kind in ("government", "regulator") and (_finding().search(text) or (
            (_CLAIM.search(text) or attributed) and _investigation_score(text) == 0
            and (score_text(text).get("allegation", 0) >= 3 or reports_on_central))):
        # "the authority found that Acme ..."; "the agency said Acme had cheated ...": its case against Acme
        scores["allegation"] = scores.get("allegation", 0) + 3
        if score_text(text[max(subject_end, 0):]).get("regulatory_action", 0) < 3:
            # says, rather than acts (the authority's own name, "Regulators say ...", is no action)
            scores["regulatory_action"] = scores.get("regulatory_action", 0) - 2
            scores["allegation"] = max(scores["allegation"], scores["regulatory_action"] + 1)
    if subject_kind in ("company", "other") and subject_end >= 0 and _closed_down().match(
            _after_apposition(text[subject_end:])):
        scores["regulatory_action"] = scores.get("regulatory_action", 0) + 3  # "Signature Bank was closed"
    own_act = subject_kind in ("regulator", "government") and subject_end >= 0 and bool(
        _own_act().match(_after_apposition(text[subject_end:])))
    if own_act:  # "the agency said it had taken possession of the bank": the authority's act
        scores["regulatory_action"] = scores.get("regulatory_action", 0) + 2
    if subject_kind == "regulator":
        if _guidance().search(text):
            # "the commission urged owners to stop using it": an authority's guidance is what it does, not a
            # reply (its guidance words are no reply's words)
            told = _guidance().sub(lambda m: " " * len(m.group(0)), text)
            scores["response"] = scores.get("response", 0) - score_text(text).get("response", 0) \
                + score_text(told).get("response", 0)
        tells = speaks and _tells_what_others_did(text)
        if speaks and _bare_reaction(text) and scores.get("allegation", 0) < 3 and not own_act and not tells:
            # no action, finding, figure or guidance in it: the authority reacting ("a complete
            # disaster", "not effective enough"), which is its response to the affair
            scores["response"] = scores.get("response", 0) + 3
        elif tells and score_text(text).get("regulatory_action", 0) < 3 \
                and not _guidance().search(text):
            # "The agency also says that during checkout, buttons signed shoppers up without ...": its case
            scores["allegation"] = max(scores.get("allegation", 0) + 3, scores.get("regulatory_action", 0) + 1)
        elif speaks:  # "the agency says the cars are safe to drive": its guidance is part of what it does
            scores["regulatory_action"] = scores.get("regulatory_action", 0) + 1
        speaks = False  # a regulator's statements are its findings and actions, not replies
    if subject_kind == "commentator" and scores.get("market_impact", 0) >= 3:
        scores["market_impact"] += 2  # an analyst on the stock or investors: the market's view
    if (market_voice or _market_voice().search(text)) and not text.rstrip().endswith(":") and max(
            scores.get(c, 0) for c in ("allegation", "response", "regulatory_action")) < 3:
        scores["market_impact"] = max(3.0, scores.get("market_impact", 0) + 3)  # the market's view of the affair
    elif not text.rstrip().endswith(":") and (
            (market_voice and scores.get("allegation", 0) < 3) or _market_voice().match(text)):
        # an analyst or investor who speaks ("We now model a penalty of $2bn"), or "Analysts said the
        # grounding ...": the market's view, whatever fines, answers or affair words it weighs
        scores["market_impact"] = max(scores.get("market_impact", 0) + 3, max(scores.values(), default=0) + 1)
    ruling = _ruling().search(text)
    if ruling:  # "The court had turned down the regulator's request for a warrant": the law acts, whoever is refused
        scores["regulatory_action"] = max(scores.get("regulatory_action", 0) + 3, scores.get("response", 0) + 1,
                                          scores.get("allegation", 0) + 1, 3.0)
    if not ruling and _denial().search(text) and (
            subject_kind not in ("regulator", "government", "media", "commentator") and (
            speaks or central or subject_kind in ("", "company", "person", "official", "other")
            or re.match(r"\s*[“\"„‘]", text)) or subject_kind == "government" and _denied_accusation().search(text)):
        # "Acme rejects the accusations", "'No passwords were stolen,' he said": an answer to the allegation;
        # the misconduct words it denies ("stolen", "breach") are not alleged by it
        denied = _denial().sub(lambda m: " " * len(m.group(0)), text)
        raw = score_text(text).get("allegation", 0) - score_text(denied).get("allegation", 0)
        scores["response"] = scores.get("response", 0) + 3
        scores["allegation"] = scores.get("allegation", 0) - 2 - raw
    if speaks and accuser and not _denial().search(text) and score_text(text).get("response", 0) < 3:
        # "Hindenburg said the companies had used shell firms to ...": the accuser's case (its answers to
        # the answer, "stood by its report", stay replies)
        scores["allegation"] = max(scores.get("allegation", 0), 0) + 3
    elif speaks and central and (_incident().search(text) or (
            _own_staff().search(text) and score_text(text).get("allegation", 0) >= 3)
            or _admits_misconduct(text)) and not _denial().search(text):
        # the party the story is about disclosing what was done to it ("Acme said hackers had accessed ..."),
        # what its own people did ("Acme said employees had falsified data"), or the wrong it admits ("Roe
        # acknowledged that the misconduct had spread"): the affair itself, not a reply
        scores["allegation"] = scores.get("allegation", 0) + 3
    elif speaks and central and subject_kind in ("government", "official") \
            and score_text(text).get("regulatory_action", 0) >= 3 and not _denial().search(text):
        # a government the story is about, announcing what it will do as a government ("has said it will
        # introduce a bill to replace the act"): an act of state, not a reply
        scores["regulatory_action"] = scores.get("regulatory_action", 0) + 1
    elif speaks and central:
        scores["response"] = scores.get("response", 0) + 3
    elif speaks and subject_kind == "official" and scores.get("regulatory_action", 0) - OFFICE < 3:
        # a minister's reaction, not an act of government: nothing in the words acts but the office itself
        # ("the prime minister called the scheme a betrayal", "the government would respond in full")
        scores["response"] = max(scores.get("response", 0) + 3, scores.get("regulatory_action", 0) + 1)
    elif speaks and scores.get("regulatory_action", 0) < 3 and scores.get("allegation", 0) < 3:
        scores["response"] = scores.get("response", 0) + 2.5
    if central and not accuser and subject_kind in ("company", "person") and subject_end >= 0 and re.match(
            r"\s*(?:also\s+|further\s+|then\s+)?(?:" + _cue_union("accusing_verbs") + r")\b",
            _after_apposition(text[subject_end:]), re.IGNORECASE):
        # the accused accusing its accuser in turn ("Acme accused the agency of rushing to court"): its reply
        scores["response"] = max(scores.get("response", 0) + 3, scores.get("allegation", 0) + 1)
    reply = _reply().match(_after_apposition(text[subject_end:])) if subject_end >= 0 else None
    if reply and subject_kind not in ("media", "government", "regulator") \
            and not re.match(r"\s+by\s+\w+ing\b", _after_apposition(text[subject_end:])[reply.end():]):
        # "Acme responded on Sunday, saying the report was 'fraud'": an answer, whatever words it uses;
        # a minister who "defended the watchdog" reacts (an authority that "responded by banning" acts)
        scores["response"] = max(scores.get("response", 0) + 3, max(scores.values(), default=0) + 1)
    if _political_demand().search(text):
        # "opposition MPs demanded an inquiry": the demanders' reaction, not (yet) an act of the state,
        # whatever inquiry or hearing they demand and however many regulators they name
        scores["response"] = max(scores.get("response", 0) + 3, scores.get("regulatory_action", 0) + 1)
    if _speculation().search(text):
        for k in scores:
            scores[k] -= 3
    if _commentary().match(text):  # "The allegations come amid ...": about the allegations, not one
        for k in scores:
            scores[k] -= 5
    if _earlier_report().search(text):  # what was said to be coming, before it came
        for k in scores:
            scores[k] -= 5
    if _background().search(text):
        for k in scores:
            scores[k] -= 1
    best = max(_PRIORITY, key=lambda c: (scores.get(c, 0), -_PRIORITY.index(c)))
    if scores.get(best, 0) < 3:
        return "background", scores, False
    return best, scores, False


@cache
def _ruling() -> re.Pattern[str]:
    """A court or judge deciding on a matter before it ("the same court had rejected the first warrant
    request", "a judge turned down his bail application")."""
    courts = vocab.alternation(sorted(vocab.words("cues", "court_words") | vocab.words("cues", "judicial_roles")))
    return re.compile(rf"\b(?:{courts})s?\b[^.;“”\"]{{0,60}}?\b(?:{_cue_union('ruling_verbs')})\s+"
                      rf"(?:[\w’'-]+\s+){{0,4}}?(?:{_cue_union('court_matters')})\b", re.IGNORECASE)


def _years_before(told: list, ref) -> bool:
    """Are all the dates ``told`` (there are some) two years or more before the story's year (``ref``)?"""
    return bool(told and ref and all(int(dates.start_of(d.value)[:4]) <= ref.year - 2 for d in told))


@cache
def _harm_toll() -> re.Pattern[str]:
    """The toll on people: "have been sickened", "were hospitalised", "no deaths" (cues.yml harm_toll)."""
    return re.compile(r"\b(?:" + _cue_union("harm_toll") + r")", re.IGNORECASE)


@cache
def _incident() -> re.Pattern[str]:
    """Who attacked or what was taken: an incident done to the one who reports it ("hackers had accessed
    the data of 143 million consumers", "8,000 customers were affected"); or what its product may do ("the
    casing may crack")."""
    cues = vocab.load("cues")["incident"]
    return re.compile(r"\b(?:" + vocab.alternation(cues["actors"]) + "|" + vocab.alternation(cues["signs"])
                      + r"|(?:were|was|had been|have been|has been|been)"
                      r"\s+(?:(?!not\b|never\b)\w+\s+)?(?:" + vocab.alternation(cues["harms"]) + r")"
                      + r"|(?:may|could|can|might)\s+(?:have\s+been\s+|be\s+|also\s+)?(?:"
                      + vocab.alternation(cues["hazards"]) + r"))\b", re.IGNORECASE)


@cache
def _own_staff() -> re.Pattern[str]:
    """What the party's own people had done, or what became of its records, as it discloses it: "employees
    had falsified ...", "staff at two plants had rewritten ...", "the data had been altered"."""
    cues = vocab.load("cues")
    return re.compile(r"\b(?:" + vocab.alternation(cues["own_staff"]) + r")\s+(?:at\s+[^,;.]{2,40}?\s+)?"
                      r"(?:had|have|has)\s+(?!not\b|never\b)(?:been\s+)?\w+"
                      r"|\b(?:" + vocab.alternation(cues["own_records"])
                      + r")\s+(?:had\s+been|have\s+been|were|was)\s+(?!not\b|never\b)\w+",
                      re.IGNORECASE)


@cache
def _admission() -> re.Pattern[str]:
    """A verb of admitting, with what may stand between it and what is admitted ("acknowledged under oath that",
    "admitted on Oct. 8 that", "admitted to")."""
    return re.compile(r"\b(?:" + _cue_union("admission_verbs") + r")\s+(?:(?:on|in|under|last|this)\s+[\w.]+"
                      r"(?:\s+\d{1,2})?,?\s+)?(?:that\s+|to\s+)?", re.IGNORECASE)


def _admits_misconduct(text: str) -> bool:
    """The party admitting what it or its people did wrong ("acknowledged that the misconduct had not been
    limited to a few individuals", "admitted that it had falsified data"), not a risk others pose to it
    ("acknowledged that companies in China try to copy its models")."""
    m = _admission().search(text)
    if not m or _denial().search(text):
        return False
    told = text[m.end():]
    if score_text(told).get("allegation", 0) < 3:
        return False
    # who did it: the party itself, its people, or a name; or the wrong itself ("the falsification of data had spread")
    return bool(_admitted_doer().match(told)) or score_text(" ".join(told.split()[:3])).get("allegation", 0) >= 3


@cache
def _admitted_doer() -> re.Pattern[str]:
    """Who did what is admitted: the party itself ("it had"), its people ("staff falsified"), or a name."""
    own = vocab.alternation(vocab.load("cues")["own_staff"])
    return re.compile(r"(?:it|its|they|their|we|our|he|his|she|her)\b|the\s+(?:company|firm|group|bank|board)\b"
                      r"|(?:the\s+|some\s+|its\s+)?(?:" + own + r")\b|[A-Z][\w.&’'-]*\s+(?:had|has|was|were)\b",
                      re.IGNORECASE)


@cache
def _closed_down() -> re.Pattern[str]:
    """A firm closed or seized, as the passive subject: "was closed on Sunday", "has been seized"."""
    return re.compile(r"^\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:\w+ly\s+)?(?:"
                      + _cue_union("closed_down") + r")\b", re.IGNORECASE)


@cache
def _executive_role() -> re.Pattern[str]:
    """A firm's post in a role line ("the Post Office's chief executive"): no public office."""
    return re.compile(r"\b(?:" + _cue_union("executive_roles") + r")\b", re.IGNORECASE)


@cache
def _denied_accusation() -> re.Pattern[str]:
    """A government denying what it is accused of ("Qatar has denied any involvement", "rejected the
    accusations"), not an authority rejecting a request."""
    nouns = _cue_union("accusation_nouns")
    return re.compile(r"\b(?:reject|den[iy]|dismiss)\w*\s+(?:\w+\s+){0,3}?(?:" + nouns + r")\b", re.IGNORECASE)


@cache
def _sanctioned_by() -> re.Pattern[str]:
    """"was expelled from (the) ...", "has been suspended by (the) ...": who sanctions follows."""
    return re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been)\s+(?:\w+ly\s+)?(?:"
                      + _cue_union("member_sanctions")
                      + r")\s+(?:by|from)\s+(?:the\s+|[A-Z]\w+[’']s\s+(?:[a-z]+\s+){0,2})?",
                      re.IGNORECASE)


@cache
def _own_act() -> re.Pattern[str]:
    """"said it had taken possession of ...", "says it will create ...": an authority telling its own act."""
    verbs = _cue_union("own_act_not")
    return re.compile(r"^\s+(?:\w+ly\s+)?(?:said|says|announced|announces|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
                      r"(?:it|they|we)\s+(?:would|will|had|has|have|was|were|is|are)\s+(?:also\s+|now\s+|already\s+)?"
                      r"(?!(?:" + verbs + r")\b)[a-z]+", re.IGNORECASE)


@cache
def _quoted_speech() -> re.Pattern[str]:
    verbs = [v for v in vocab.load("cues")["speech_verbs"] if " " not in v]
    return re.compile(r"^\s*[“\"‘'].{12,}[”\"’'],?\s+(?:[\w’'.()-]+\s+){0,5}?(?:" + vocab.alternation(verbs) + r")\b"
                      r"|^\s*[“\"‘'].{12,}[,.!?]\s*[”\"’']\s*(?:" + vocab.alternation(verbs) + r")\b")


@cache
def _investigation() -> re.Pattern[str]:
    return re.compile(_cue_union("investigation"), re.IGNORECASE)


def _investigation_score(text: str) -> float:
    """3 for each kind of investigation word ("investigating", "probe", "inquiry") in ``text``."""
    return 3.0 * len({m.group(0).casefold()[:5] for m in _investigation().finditer(text)
                      if not m.group(0).casefold().startswith("investigator")})  # who investigates is no probe


def _tells_what_others_did(text: str) -> bool:
    """An authority's words that tell what someone else did ("says that during checkout, buttons signed shoppers
    up ..."), not how it feels or what it does itself ("said it was concerned", "says we will act"), nor what it
    thinks of the affair ("said the affair was a shame")."""
    told = _CLAIM.search(text)
    if not told or inside_quote(text, told.start()):
        return False
    rest = text[told.end():]
    itself = "|".join(sorted(_regulator_heads() | {"board"}))
    return not re.match(rf"\s*(?:that\s+)?(?:it|its|we|our|they|their|the\s+(?:{itself}))\b", rest, re.IGNORECASE) \
        and re.search(r"\b(?:had|has|have|was|were|did|[a-z]{3,}ed)\b", rest) is not None \
        and re.search(r"\b(?:was|were|is|are)\s+(?:a|an|very|deeply|totally|completely|utterly|simply)\b",
                      rest) is None \
        and _authority_feeling().search(rest) is None


@cache
def _authority_feeling() -> re.Pattern[str]:
    """How an authority says it feels or stands ("concerned", "monitoring"): ``authority_feelings``."""
    return re.compile(r"\b(?:" + _cue_union("authority_feelings") + r")\b", re.IGNORECASE)


def _bare_reaction(text: str) -> bool:
    """No act, figure or guidance in an authority's words ("a complete disaster", "it was concerned"): the
    authority reacting to the affair, which is its response."""
    return score_text(text).get("regulatory_action", 0) < 3 and not _guidance().search(text) \
        and not re.search(r"\d", text)


@cache
def _guidance() -> re.Pattern[str]:
    return re.compile(_cue_union("guidance"), re.IGNORECASE)


def _in_relative_clause(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a relative clause about a party (", who became chief executive in 2013,"):
    a date there dates the party's past, not the event the statement tells."""
    return any(m.start() < pos < m.end() for m in re.finditer(r",\s+(?:who|which|whose)\s[^,;“”\"]{1,160},", text))


def _after_apposition(rest: str) -> str:
    """What follows the actor's name once an apposition is skipped: ", who had joined the board, takes over"."""
    # ("Acme Group and its German arm, Acme Bank AG, have agreed to pay ...": one act of both)
    both = re.match(r"^\s+and\s+(?:its|their|the)\s+[^,.;“”\"]{1,40}?,[^,.;“”\"]{1,60},"
                    r"(?=\s+(?:have|has|had|were|are|will|would|[a-z]+ed)\b)", rest)
    if both:
        return rest[both.end():]
    m = re.match(r"^,[^,.;“”\"]{1,100},", rest)
    return rest[m.end():] if m else rest


@cache
def _action_reason() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _cue_union("action_reasons") + r")\b", re.IGNORECASE)


@cache
def _reply() -> re.Pattern[str]:
    """A reply verb right after the actor: "Acme responded late on Sunday", "Roe has defended ..."."""
    return re.compile(r"^\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:" + _cue_union("replies") + r")\b",
                      re.IGNORECASE)


@cache
def _replies_in() -> re.Pattern[str]:
    """A reply verb anywhere: a clause that answers keeps what follows ", saying"."""
    return re.compile(r"\b(?:" + _cue_union("replies") + r")\b", re.IGNORECASE)


@cache
def _soon_after(key: str, reach: int = 30) -> re.Pattern[str]:
    """One of the cue verbs listed under ``key`` within ``reach`` characters after the actor's name, in
    the same clause: "Healey sued ..." (litigation), "Roe had been placed on leave" (departures),
    "Acme says its board has fired ..." (remedies). A full stop inside the clause is an abbreviation's
    ("agreed on Sept. 8 to pay", "asked U.S. courts"), not a sentence's end."""
    inside = r"(?:[^,.;:“”\"]|(?<=\b[A-Z])\.|(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3}))\.(?=\s\d))"
    return re.compile(rf"^{inside}{{0,{reach}}}?\b(?:" + _cue_union(key) + r")\b", re.IGNORECASE)


def _accepts_sanction(rest: str) -> bool:
    """After the actor's name: a plea of guilty, or a payment with a sum or a sanction after it."""
    if _soon_after("pleas", 40).match(rest):
        return True
    paid = _soon_after("payments", 40).match(rest)
    return bool(paid) and bool(_sanction().search(rest[paid.end():paid.end() + 60]))


@cache
def _sanction() -> re.Pattern[str]:
    """A sum or a sanction paid: "$1bn", "a penalty", "to settle"."""
    return re.compile(r"[$€£¥]|\d|\b(?:" + _cue_union("sanction_nouns") + r")\b", re.IGNORECASE)


@cache
def _political_demand() -> re.Pattern[str]:
    """Legislators outside government demanding something: "opposition MPs demanded an inquiry"."""
    data = vocab.load("cues")["political_demands"]
    who, demand = vocab.alternation(data["who"]), vocab.alternation(data["demand"])
    return re.compile(rf"\b(?:{who})\b[^.;:]{{0,80}}?\b(?:{demand})\b", re.IGNORECASE)


@cache
def _market_voice_role() -> re.Pattern[str]:
    cues = vocab.load("cues")
    jobs = "|".join(f"(?:{p})" for p in cues["market_voice_roles"])
    return re.compile(rf"\b(?:{vocab.alternation(cues['market_voices'])})s?\b|{jobs}", re.IGNORECASE)


@cache
def _market_voice() -> re.Pattern[str]:
    """"analysts said", "investors expect", "according to analysts": the market's view of the affair."""
    cues = vocab.load("cues")
    nouns = vocab.alternation(cues["market_voices"])
    verbs = vocab.alternation([v for v in cues["speech_verbs"] if " " not in v] + ["expect", "expects", "believe",
                                                                                   "believes", "estimate", "estimated"])
    return re.compile(rf"\b(?:{nouns})s?\b[^.;]{{0,40}}?\b(?:{verbs})\b|according\s+to\s+(?:\w+\s+)?(?:{nouns})s?\b",
                      re.IGNORECASE)


# "called the news 'very, very worrying'": words of one's own in quotation marks, not a label of record
_quoted_label = re.compile(r"^\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:called|calls|described|describes)\s+"
                           r"[^.;:“”\"]{2,60}?\s+(?:as\s+)?[“\"‘]")


_CLAIM = re.compile(r"\b(said|says|say|according to|alleged|alleges|accused|accuses|claimed|claims|stated|states|"
                    r"suspects?\s+that|suspected\s+(?:\w+\s+){0,4}?that)\b",
                    re.IGNORECASE)
_VERDICT = re.compile(r"\b(?:found|finds|finding|ruled|rules|ruling|concluded|determined|held|decided)\b"
                      r"[^;]{0,40}?\bthat\b", re.IGNORECASE)
"""A court's finding ("found on Aug. 10 that", "reached its verdict, finding that")."""
@cache
def _finding() -> re.Pattern[str]:
    """What an authority finds or whom it blames ("found that", "blamed ... for"; ``authority_findings``)."""
    return re.compile(_cue_union("authority_findings"), re.IGNORECASE)


def _speaks(text: str, subject_kind: str, subject_end: int) -> bool:
    if subject_end < 0 and re.match(r"^(He|She|They)\b", text):
        subject_kind, subject_end = "person", 0
    return subject_end >= 0 and subject_kind not in ("media", "commentator", "") \
        and bool(_speech().match(text[subject_end:])) and len(text[subject_end:].split()) > 3


def features(text: str, scores: dict[str, float], rule: str, subject_kind: str, subject_end: int,
             central: bool, found: list[dates.DateMention], ref) -> dict[str, float]:
    """What the category model looks at: cue scores, the rules' verdict, who acts, dates, figures, and the
    statement's lower-case words and the pairs of them that follow each other (``w:said``, ``w:did_not``)."""
    from .figures import amounts  # local: figures is small, and keeps this module's imports light

    raw = score_text(text)
    f: dict[str, float] = {"bias": 1.0}
    for cat in _PRIORITY:
        f[f"score_{cat}"] = max(-2.0, min(4.0, scores.get(cat, 0) / 3))
        f[f"cue_{cat}"] = min(4.0, raw.get(cat, 0) / 3)
    f[f"rule_{rule}"] = 1.0
    f[f"subject_{subject_kind or 'none'}"] = 1.0
    speaks = _speaks(text, subject_kind, subject_end)
    f["speaks"] = float(speaks)
    f["central"] = float(central)
    f["central_speaks"] = float(central and speaks)
    f["speculation"] = float(bool(_speculation().search(text)))
    f["background_phrase"] = float(bool(_background().search(text)))
    kinds = {k.split()[0] for k, _, _ in amounts(text)}
    for k in ("percent", "money", "count"):
        f[f"figure_{k}"] = float(k in kinds)
    f["dated"] = float(bool(found))
    f["old_date"] = float(_years_before(found, ref))
    f["quotation"] = float(bool(re.search(r"[“”\"]", text)))
    f["length"] = min(2.0, len(text.split()) / 30)
    words = _LOWER_WORD.findall(text)
    for word in sorted(set(words)):
        # the statement's own words, lower case only (no names): a model file weighs those of its vocabulary
        f[f"w:{word}"] = 1.0
    for pair in sorted({f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}):
        f[f"w:{pair}"] = 1.0  # and each lower-case word with the next ("did_not"; "Acme shares fell": "shares_fell")
    return f


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


@cache
def _model(path: str) -> dict | None:
    import yaml

    if path == "none":
        return None
    try:
        if path:
            text = open(path, encoding="utf-8").read()  # noqa: SIM115 - an experiment's model file
        else:
            from importlib import resources
            text = resources.files("generator").joinpath("data/category_model.yml").read_text(encoding="utf-8")
    except OSError:
        return None
    # libyaml's loader where PyYAML has it: the model is some thousand weights, a second in pure Python
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def model_category(f: dict[str, float], rule: str | None = None) -> str | None:
    """The learned category model's choice (None when no model is installed, or when it does not prefer its
    choice to the rules' category ``rule`` by MODEL_MARGIN or more).

    ``FACTSHEET_CATEGORY_MODEL`` names another model file (or ``none``), for experiments.
    """
    import os

    model = _model(os.environ.get("FACTSHEET_CATEGORY_MODEL", ""))
    if not model:
        return None
    weights = model["weights"]
    scores = {cat: sum(weights[cat].get(k, 0.0) * v for k, v in f.items()) for cat in model["classes"]}
    best = max(model["classes"], key=lambda cat: scores[cat])  # (the first of equals, in the file's order)
    if rule in scores and scores[best] - scores[rule] < MODEL_MARGIN:
        return None
    return best


@cache
def _cue_regex_list(key: str) -> re.Pattern[str]:
    """One pattern of the regexes listed under ``key`` in cues.yml (denials, commentary, earlier reports)."""
    return re.compile("|".join(f"(?:{p})" for p in vocab.load("cues")[key]), re.IGNORECASE)


def _denial() -> re.Pattern[str]:
    return _cue_regex_list("denials")


@cache
def _speculation() -> re.Pattern[str]:
    return re.compile(r"\b(" + vocab.alternation(vocab.load("cues")["speculation"]) + r")\b", re.IGNORECASE)


def _commentary() -> re.Pattern[str]:
    return _cue_regex_list("commentary")


def _earlier_report() -> re.Pattern[str]:
    return _cue_regex_list("earlier_reports")


@cache
def _accuses() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _cue_union("accusation_verbs") + r")", re.IGNORECASE)


_SINCE = re.compile(r"\b(?:[a-z]+est|first|most|least)\b[^,;.]{0,40}\bsince\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
"""A date measured from, not told: "the biggest drop since it listed in 2004", "its lowest since 2020"."""

_DATED_LINE = re.compile(r"\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?"
                         r"|\d{4}-\d{2}-\d{2})\s*[:–—]\s")
"""A line of a dated list: "Feb. 21: ...", "21 February 2023 – ..."."""


@cache
def _past_of() -> dict[str, str]:
    """Present-tense forms of the past-tense cue verbs ("orders" -> "ordered", "fines" -> "fined")."""
    out = {"is": "was", "are": "were"}
    for weights in vocab.load("cues")["categories"].values():
        for phrases in weights.values():
            for w in phrases:
                if re.fullmatch(r"[a-z]+ed", w):
                    forms = {w[:-2] + "s", w[:-1] + "s", w[:-2] + "es"} | ({w[:-3] + "s"} if w[-3] == w[-4] else set())
                    out.update((f, w) for f in forms if f != w)
    return out


def _told_in_past(text: str) -> str:
    """A line of a dated list with its verbs in the past tense, for the cues to read."""
    past = _past_of()
    return re.sub(r"\b[a-z]+\b", lambda m: past.get(m.group(0), m.group(0)), text)


def _clauses(sent: Sentence) -> list[tuple[int, int]]:
    """Clause spans (absolute) of a sentence: split at '; ', ', while ' and the like."""
    text = sent.text
    cuts = [0]
    for sep in vocab.load("cues")["clause_splits"]:
        for m in re.finditer(re.escape(sep) if not sep.startswith("re:") else sep[3:], text):
            left, right = text[cuts[-1]:m.start()], text[m.end():]
            if len(left.split()) >= 4 and len(right.split()) >= 4 and not inside_quote(text, m.start()) \
                    and not (sep == ", saying " and _replies_in().search(left)):
                cuts.append(m.start())  # "Acme responded, saying ...": what it says is its reply
    cuts = sorted(set(cuts))
    spans = []
    for i, c in enumerate(cuts):
        end = cuts[i + 1] if i + 1 < len(cuts) else len(text)
        s = c
        if i > 0:
            s = c + len(re.match(r"[\s,;—–]*(?:(?:while|whereas|but|saying|for|after|as)\b)?\s*", text[c:]).group(0))
        e = end
        while e > s and text[e - 1] in " ,;":
            e -= 1
        while s < e and text[s] in " ,;":
            s += 1
        if e > s:
            spans.append((sent.start + s, sent.start + e))
    return spans


def inside_quote(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


class PartyMatcher:
    """Finds every party name or alias in a text with one regular expression."""

    def __init__(self, parties: tuple[Party, ...]) -> None:
        names: dict[str, str] = {}
        for p in parties:
            for n in (p.name, *p.aliases):
                names.setdefault(n, p.id)
        self.ids = names
        alternation = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
        self.rx = re.compile(r"(?<![\w-])(" + alternation + r")(?:[’']s?)?(?![\w-])") if names else None

    def __call__(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, party id) of each party named in ``text`` (possessive included in the end)."""
        if self.rx is None:
            return []
        return [(m.start(), m.end(), self.ids[m.group(1)]) for m in self.rx.finditer(text)]


def party_mentions(text: str, parties: tuple[Party, ...]) -> list[tuple[int, int, str]]:
    """(start, end, party id) of each party named in ``text``."""
    return PartyMatcher(parties)(text)


_ATTRIBUTION = re.compile(
    r"(?:[,;]\s*|\s[”\"’']\s*)(?P<who>[^,;“”\"]{2,60}?)\s+(?:said|says|added|noted|stated|argued|found|concluded|wrote|"
    r"warned|insisted|told\s+[\w ]{2,30}?)(?:\s+(?:on|in|late|earlier|last)\b[^,.;]{0,30})?\s*[.!?]?\s*[”\"]?$"
    r"|\baccording to\s+(?P<who2>[^,.;]{2,60}?)\s*(?:[,.;]|$)"
    r"|[,.!?]\s*[”\"’']\s*(?:said|says|added|noted|argued|warned|wrote)\s+(?P<who3>[^,.;“”\"]{2,60}?)\s*(?:[,.;]|$)",
    re.IGNORECASE)


# "The commission ...", "In a review published on 24 July, the cybersecurity firm ...": an opening phrase of
# up to nine words may come first; the head noun is any of the three words after "the"
# ("On Tuesday night the company ..." needs no comma)
_GENERIC_SUBJECT = re.compile(r"^(?:[A-Z][a-z]+(?: [\w’'.-]+){0,8}, "
                              r"|(?:(?:Late|Early|Earlier|Later) )?[Oo]n [A-Z][a-z]+"
                              r"(?: (?:night|morning|afternoon|evening))? )?"
                              r"(?P<the>[Tt]he)(?P<words>(?:\s+[\w-]+){1,3})\b")


@cache
def _authority_subject() -> re.Pattern[str]:
    """A statement opening with an authority named by what it is: "The public prosecutor's office ..."."""
    words = vocab.alternation(vocab.load("cues")["authority_subjects"])
    # before the authority only names and a few plain adjectives ("The public prosecutor's office", "German
    # police"), so that "The company told police" is not an authority acting
    # "California's banking regulator", "the state's financial watchdog": a possessive may take two more words
    return re.compile(r"^(?:[A-Z][a-z]+(?: [a-z]+)?, )?(?:[Tt]he\s+|An?\s+)?"
                      r"(?:(?:[A-Z][\w’'-]*|public|state|federal|local|financial|criminal|city|district"
                      r"|(?:state|country|nation|city)[’']s)\s+){0,3}?"
                      r"(?:(?<=[’']s )(?:(?![a-z]+ed\b|told\b|met\b|sa(?:id|ys)\b)[a-z]+\s+){1,2}?)?"
                      r"(?i:" + words + r")\b")


@cache
def _officials_subject() -> re.Pattern[str]:
    """A statement opening with office holders named by what they are: "State and federal officials say ..."."""
    words = vocab.alternation(vocab.load("cues")["official_subjects"])
    return re.compile(r"^(?:[A-Z][a-z]+(?: [a-z]+)?, )?(?:[Tt]he\s+|An?\s+|Some\s+|Several\s+|Other\s+)?"
                      r"(?:(?:[A-Z][\w’'-]*|senior|state|federal|local|city|county|health|government|and|other|"
                      r"top|environmental|public)\s+){0,4}?"
                      r"(?i:" + words + r")\b")


def _generic_subject(text: str, heads: dict[str, str], main_company: str = "",
                     main_regulator: str = "") -> tuple[str, str] | None:
    """"The commission ordered ...": (party id, the words) when the head noun names one organisation;
    "The company said ..." / "The cybersecurity firm stressed ...": the company the story is about; "In the
    complaint, the agency said ...": the regulator it is about."""
    m = _GENERIC_SUBJECT.match(text)
    if not m:
        return None
    for w in re.finditer(r"\s+([\w-]+)", m.group("words")):
        head, end = w.group(1), m.start("words") + w.end()
        if re.match(r"\s+[A-Z]", text[end:]):
            return None  # "The French energy group Totalfirm said": the name that follows is who acts
        if head in heads:
            return heads[head], text[m.start("the"):end]
        if main_company and head in _company_heads():
            return main_company, text[m.start("the"):end]
        if main_regulator and head in _regulator_heads():
            return main_regulator, text[m.start("the"):end]
    return None


@cache
def _regulator_heads() -> frozenset[str]:
    """What a story calls its regulator by what it is ("the agency", "the watchdog"): ``regulator_referents``."""
    return frozenset(p.split()[-1] for p in vocab.load("cues")["regulator_referents"])


@cache
def _company_heads() -> frozenset[str]:
    return frozenset(p.split()[-1] for p in vocab.load("cues")["generic_referents"]["company"])


def _offset_of(mentions: list[tuple[int, int, str]], pid: str) -> int:
    return next((s for s, _e, p in mentions if p == pid), 10**9)


def head_nouns(parties: tuple[Party, ...]) -> dict[str, str]:
    """Last word of each organisation's name -> its id, when only one party ends with it
    ("the commission" -> European Commission)."""
    heads: dict[str, list[str]] = {}
    for p in parties:
        if p.kind in ("company", "government", "regulator", "media", "other") and len(p.name.split()) > 1:
            heads.setdefault(p.name.split()[-1].casefold(), []).append(p.id)
            for word in p.name.split()[1:-1]:
                if re.fullmatch(r"[A-Z]\w+s['’]", word):  # "the prosecutors" for "Acme District Prosecutors' Office"
                    heads.setdefault(word[:-1].casefold(), []).append(p.id)
    # ("the bank said" in a story about a bank not named "Bank": the story's company, not a minor "Acme Bank")
    most = max((len(p.mentions) for p in parties if p.kind == "company"), default=0)
    named = {p.id: len(p.mentions) for p in parties}
    return {h: ids[0] for h, ids in heads.items() if len(ids) == 1
            and not (h in _company_heads() and named[ids[0]] * 3 < most)}


def attribution(text: str, find_parties: PartyMatcher, heads: dict[str, str]) -> str:
    """The party a statement is attributed to at its end ("..., the regulator said") or by
    "according to X" ("" when none)."""
    m = _ATTRIBUTION.search(text)
    if not m:
        return ""
    who = m.group("who") or m.group("who2") or m.group("who3") or ""
    found = find_parties(who)
    if found:
        return found[-1][2]
    words = re.findall(r"[a-z]+", who.casefold())
    return next((heads[w] for w in reversed(words) if w in heads), "")


def central_parties(parties: tuple[Party, ...], n_sources: int) -> frozenset[str]:
    """The parties the story is about: named by most articles (and the people who speak for them)."""
    counts = {p.id: len({c.source for c in p.mentions}) for p in parties}
    core = {p for p in parties if p.kind in ("company", "government", "regulator", "other")
            and counts[p.id] >= max(2, 0.6 * n_sources)}
    names = [p.name for p in core]
    firm = any(p.kind == "company" for p in core)
    spokes = {p.id for p in parties if p.kind == "person"
              and (any(n in p.role or any(n in c.quote for c in p.role_citations) or any(n in a for a in p.aliases)
                       for n in names)
                   # "the company's president": a post at the company the story is about
                   or (firm and re.match(rf"(?:the\s+)?(?:{_company_noun()})[’']s\s", p.role.casefold())))}
    # "founder and chairman Hui Ka Yan", named by several articles: a post at the firm the story is about
    # when the role names no other body
    others = [q.name for q in parties if q.kind != "person" and q not in core]
    heads = {p.id for p in parties if p.kind == "person" and firm and counts[p.id] >= 2
             and _executive_role().search(p.role) and not any(n in p.role for n in others)}
    return frozenset({p.id for p in core} | spokes | heads)


def story_statements(documents: tuple[Document, ...], parties: tuple[Party, ...],
                     spoken: dict[str, tuple[tuple[int, int, str], ...]] | None = None) -> list[Statement]:
    """The statements of every article of a story, in order, with what is known across articles: the
    parties the story is about, its accusers, and (``spoken``, by file) who spoke each quotation."""
    central = central_parties(parties, len(documents))
    accusing = accusers(documents, parties)
    spoken = spoken or {}
    return [st for doc in documents for st in extract_statements(doc, parties, central,
                                                                 spoken.get(doc.article.file, ()), accusing)]


def accusers(documents: tuple[Document, ...], parties: tuple[Party, ...], at_least: int = 3) -> frozenset[str]:
    """Parties that accuse (or sue) in ``at_least`` sentences and are accused in hardly any: the short seller
    of a short-seller report, the whistleblower of a leak, the plaintiff of a lawsuit. Their statements are
    the allegations."""
    verbs = _cue_union("accusing_verbs") + "|" + _cue_union("suing_verbs")
    # ("Acme Research, which is run by short seller Ann Roe, alleged", "Acme Research, run by ..., published a report")
    accusing = re.compile(r"^(?:['’]s?)?(?:,[^,;“”\"]{3,100},)?\s*(?:[\w-]+\s+){0,2}?(?:" + verbs + r")\b",
                          re.IGNORECASE)
    passive = re.compile(r"^\s*(?:is|was|were|are|has\s+been|have\s+been|had\s+been|being)\b", re.IGNORECASE)
    accused = re.compile(r"\b(?:" + verbs + r"|allegations\s+against|accusations\s+against)\s+(?:the\s+)?$",
                         re.IGNORECASE)
    find_parties = PartyMatcher(parties)
    people = {p.id for p in parties if p.kind == "person"}
    dismissal = _cue_union("dismissal_verbs")
    dismissed_before = re.compile(r"\b(?:" + dismissal + r")\s+(?:(?:its|his|her|the|their)\s+)?(?:[\w-]+,?\s+){0,4}?$",
                                  re.IGNORECASE)
    dismissed_after = re.compile(r"^(?:,[^,]{0,80},)?\s+(?:was|had\s+been|has\s+been|is)\s+(?:\w+ly\s+)?(?:"
                                 + dismissal + r")\b", re.IGNORECASE)
    charged = re.compile(r"\b(?:" + _cue_union("charged_words") + r")\b", re.IGNORECASE)
    said: dict[str, int] = {}
    blamed: dict[str, int] = {}
    dismissed: set[str] = set()
    for doc in documents:
        for sent in doc.content:
            for off, end, pid in find_parties(sent.text):
                rest = sent.text[end:]
                if accusing.match(rest) and not passive.match(rest):
                    said[pid] = said.get(pid, 0) + 1
                if accused.search(sent.text[:off]) or re.match(r"^\s*(?:is|was|were|are|has\s+been|have\s+been)\s+"
                                                               r"(?:" + verbs + r")\b", rest, re.IGNORECASE):
                    blamed[pid] = blamed.get(pid, 0) + 1
                if pid in people and charged.search(sent.text):
                    blamed[pid] = blamed.get(pid, 0) + 1  # "Roe was arrested on suspicion of ...": the accused
                elif pid in people and (dismissed_before.search(sent.text[max(0, off - 60):off])
                                        or dismissed_after.match(rest)):
                    dismissed.add(pid)
    # the accused answering in kind ("accused the plaintiff of taking remarks out of context") once in a while
    # does not make the accuser the accused
    out = {pid for pid, n in said.items() if n >= at_least and blamed.get(pid, 0) * 4 <= n}
    # an insider fired for asking questions, whom nothing accuses: the whistleblower, whose words are the case
    return frozenset(out | {pid for pid in dismissed if not blamed.get(pid)})


def commentators(parties: tuple[Party, ...]) -> frozenset[str]:
    """Analysts, economists and other outside experts: their words are commentary, not replies."""
    words = vocab.words("cues", "commentator_roles")
    suffixes = tuple(vocab.load("cues")["commentator_suffixes"])
    return frozenset(p.id for p in parties if p.kind in ("person", "other") and (any(
        w in words or w.endswith(suffixes) for w in re.findall(r"[a-z]+", p.role.casefold()))
        or _outside_practitioner(p.role)))


@cache
def _practitioner() -> re.Pattern[str]:
    nouns = vocab.alternation(sorted(vocab.words("cues", "practitioner_roles")))
    return re.compile(rf"^an?\s+(?:[\w-]+\s+){{0,4}}?(?:{nouns})\b")


_AT_OWN_FIRM = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:(?:law\s+)?firm\s+)?[A-Z]|\bnot\s+involved\b"
                          r"|\bprivate\s+practice\b|-based\b")
_WITH_A_SIDE = re.compile(r"\brepresent|\bfor\b|\bwith\b|\bwho\s+(?:filed|brought|sued)|\bacting\b|[’']s\b|\bits\b"
                          r"|\btheir\b")


def _outside_practitioner(role: str) -> bool:
    """A lawyer or partner of a firm of their own, with no side in the affair ("a fraud partner at the law
    firm Acme Pryce", "a Vancouver lawyer who is not involved in the case", not "a lawyer for the plaintiffs")."""
    return bool(_practitioner().match(role) and _AT_OWN_FIRM.search(role) and not _WITH_A_SIDE.search(role))


def officials(parties: tuple[Party, ...]) -> frozenset[str]:
    """People who hold public office (ministers, presidents, senators): they act for a government."""
    words = vocab.words("cues", "official_roles")
    firms = [n.casefold() for p in parties if p.kind in ("company", "media") for n in (p.name, *p.aliases)
             if len(n) > 2]
    governments = {n.casefold() for p in parties if p.kind == "government" for n in (p.name, *p.aliases) if len(n) > 1}
    out = set()
    for p in parties:
        held = set(re.findall(r"[a-z]+", p.role.casefold())) & words if p.kind == "person" else set()
        if p.kind == "person" and not held and not _executive_role().search(p.role) and any(
                re.search(r"\b" + re.escape(n) + r"(?:[’']s)?\b", p.role.casefold()) for n in governments):
            out.add(p.id)  # "the EU's foreign policy chief": who holds a post of a government holds public office
            continue
        if held and held <= vocab.words("cues", "shared_titles") and (any(
                re.search(r"\b" + re.escape(n) + r"\b", p.role.casefold()) for n in firms)
                or _executive_role().search(p.role)
                or re.search(rf"\b(?:{_company_noun()})[’']s\b", p.role.casefold())):
            continue  # "Acme's vice president", "president of Acme", "the company's president and chief
            # executive": a company's title, not public office
        if held:
            out.add(p.id)
    return frozenset(out)


@cache
def _company_noun() -> str:
    """The nouns a text calls a company by ("the company's president", "the bank's president")."""
    return vocab.alternation(sorted(vocab.words("parties", "organisation_nouns") - {"agency"} | {"corporation"}))


def regulator_people(parties: tuple[Party, ...]) -> frozenset[str]:
    """People whose title names a regulator ("FAA Administrator", "the Commission's vice president"), and
    judges, who speak for their court."""
    names: set[str] = set()
    for p in parties:
        if p.kind == "regulator":
            names |= {n.casefold() for n in (p.name, *p.aliases) if len(n) > 2}
            if len(p.name.split()) > 1:
                names.add(p.name.split()[-1].casefold())
    out = set()
    for p in parties:
        if p.kind != "person":
            continue
        described = " ".join([p.role, *(c.quote for c in p.role_citations)]).casefold()
        if any(re.search(r"\b" + re.escape(n) + r"\b", described) for n in names) \
                or a_judge(" ".join([p.role, *p.aliases])):
            out.add(p.id)
    return frozenset(out)


_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?")
"""Between two parties that act together ("Acme and the U.S. safety commission")."""


def extract_statements(doc: Document, parties: tuple[Party, ...],
                       central: frozenset[str] = frozenset(),
                       spoken: tuple[tuple[int, int, str], ...] = (),
                       accusing: frozenset[str] = frozenset()) -> list[Statement]:
    """Every classified statement of one article, in reading order (``central``: see central_parties;
    ``spoken``: (start, end, speaker id) of the article's attributed quotations, whose speaker acts in a
    statement that is the quotation even when the attribution is in another sentence; ``accusing``: the
    story's accusers, see ``accusers``)."""
    kinds = {p.id: p.kind for p in parties}
    for pid in commentators(parties):
        kinds[pid] = "commentator"
    for pid in officials(parties):
        kinds[pid] = "official"
    for pid in regulator_people(parties):
        kinds[pid] = "regulator"  # the commissioner speaks for the commission: findings, not replies
    # (the story's accuser is no market voice, whatever trade it once had: "a former bond trader turned
    # investigator" whose report is the allegation)
    market = {p.id for p in parties if p.kind == "person" and _market_voice_role().search(p.role)} - accusing
    judicial_words = vocab.words("cues", "judicial_roles") | vocab.words("cues", "court_words")
    courts = {p.id for p in parties if judicial_words & set(re.findall(r"[a-z]+", (
        p.name if p.kind != "person" else " ".join([p.role, *p.aliases])).casefold()))
        or (p.kind == "person" and a_judge(" ".join([p.role, *p.aliases])))}  # "Judge Ann Lee", "Mr Justice Roe"
    people = {p.id for p in parties if p.kind == "person"}
    find_parties = PartyMatcher(parties)
    heads = head_nouns(parties)
    main_company = next((p.id for p in parties if p.id in central and p.kind == "company"), "")
    main_regulator = next((p.id for p in parties if p.id in central and p.kind == "regulator"), "")
    ref = dates.parse_iso(doc.article.published)
    anchor = ref
    out: list[Statement] = []
    last_actor: dict[str, str] = {}
    previous = ("", 0)
    bullet_ends = {b.end for b in doc.boilerplate if b.reason == "bullet"}
    findings_listed = False  # under "Among his findings:", each bullet is one of them
    dated_headings = _dated_headings(doc, ref)
    heading_date: tuple[str, Citation] | None = None  # the dated entry the sentences stand under
    for sent in doc.content:
        item = any(sent.start - k in bullet_ends for k in range(4))
        if not item:
            findings_listed = sent.text.rstrip().endswith(":") and bool(_findings_intro().search(sent.text))
        if sent.heading:
            heading_date = dated_headings.get(sent.start)
            if heading_date and (day := dates.parse_iso(heading_date[0])):
                anchor = day  # "The next day, ..." under "**May 2, 2023**"
        if sent.heading or len(sent.text.split()) < 4:
            continue
        # "Feb. 21: The EPA orders Acme to pay": a dated list tells the past in the present tense
        timeline_line = bool(_DATED_LINE.match(sent.text))
        for s, e in _clauses(sent):
            cite = sent.citation(s, e)
            mentions = find_parties(cite.quote)
            actors = [(off, end, pid) for off, end, pid in mentions if not _AFTER_PREPOSITION.search(cite.quote[:off])
                      and not _in_relative_clause(cite.quote, off)]
            subject, subject_end = next(((pid, end) for _, end, pid in actors), ("", -1))
            # "the EU's foreign policy chief Josep Borrell called ...": the person after the possessive acts
            owner_end = subject_end - 2 * (cite.quote[subject_end - 2:subject_end] in ("’s", "'s"))
            # (a title's words only: "Acme's board removed Jane Roe" names what the board did to her)
            titled = next(((pid, end) for off, end, pid in actors[1:2] if pid in people
                           and re.fullmatch(r"[’']s\s+(?:[a-z-]+\s+){1,4}", cite.quote[owner_end:off])
                           and has_role_noun(cite.quote[owner_end:off].split()[-1])), None)
            if titled:
                subject, subject_end = titled
            exposes = False
            if kinds.get(subject) == "media":
                # "Bloomberg reported that the Justice Department has opened ...": who acts is in the report
                reported = next(((pid, end) for off, end, pid in actors
                                 if off >= subject_end and kinds.get(pid) != "media"
                                 and re.search(r"\bthat\s+(?:the\s+)?$|,\s+(?:the\s+)?$", cite.quote[subject_end:off])),
                                None)
                if reported:
                    subject, subject_end = reported
                    exposes = reported[0] in central and kinds.get(reported[0]) in ("company", "person", "other") \
                        and bool(re.search(r"\b(?:" + _cue_union("press_reveals") + r")", cite.quote[:reported[1]]))
            pronoun = re.match(r"^(?:On [^,]{3,30}, )?(He|She|They|It|We)\b", cite.quote)
            if pronoun:
                # the actor is the one the pronoun refers to: the last organisation (or person) that acted
                wanted = "person" if pronoun.group(1) in ("He", "She") else "org"
                # "They" may be anyone (researchers, sources, both companies): left unresolved
                subject, subject_end = (last_actor.get(wanted, "") if pronoun.group(1) in ("He", "She", "It")
                                        else ""), -1
                if subject:
                    subject_end = pronoun.end()
            generic = _generic_subject(cite.quote, heads, main_company, main_regulator)
            if generic and (not subject or cite.quote.find(generic[1]) < _offset_of(mentions, subject)):
                subject, subject_end = generic[0], cite.quote.find(generic[1]) + len(generic[1])
            if previous[0] and re.match(r"(?:accusing|alleging|charging)\b", cite.quote) \
                    and re.fullmatch(r",\s*", doc.article.body[previous[1]:cite.start]):
                # "Acme sued Roe on Monday, accusing him of fraud": who accuses is who sued
                subject, subject_end = previous[0], 0
            if subject_end >= 0 and kinds.get(subject) not in ("government", "regulator"):
                # "Acme and the safety commission jointly announced a recall": what an authority does with
                # the company is the authority's act
                partner = next(((pid, end) for off, end, pid in mentions if off >= subject_end
                                and kinds.get(pid) in ("government", "regulator")
                                and _AND_THE.fullmatch(cite.quote[subject_end:off])), None)
                if partner:
                    subject, subject_end = partner
            if subject and not pronoun:
                last_actor["person" if kinds.get(subject) in ("person", "official", "commentator") else "org"] = subject
            speaker = attribution(cite.quote, find_parties, heads)
            quoted = bool(re.match(r"\s*[“\"‘]", cite.quote))  # a quotation: its speaker acts, not who it names
            if quoted and not speaker:
                speaker = _speaker_of(cite, spoken)
            if not speaker and previous[0] and re.fullmatch(r",\s*saying\s*", doc.article.body[previous[1]:cite.start]):
                speaker = previous[0]  # "Roe resigned, saying he took responsibility": what follows is Roe's word
            if speaker and (not subject or quoted or kinds.get(speaker) in ("government", "regulator", "official")):
                subject, subject_end = speaker, -1  # "..., the commission said": the speaker is the actor
            subject_kind = kinds.get(subject, "")
            authority = _authority_subject().match(cite.quote)
            judicial = subject in courts
            if authority and not speaker and (not subject or authority.end() <= _offset_of(mentions, subject)):
                subject, subject_kind, subject_end = "", "government", authority.end()  # "Police searched ..."
                judicial = bool(set(re.findall(r"[a-z]+", authority.group(0).casefold())) & judicial_words)
            office = _officials_subject().match(cite.quote)
            if office and not speaker and (not subject or office.end() <= _offset_of(mentions, subject)):
                # "State officials said the spill had been contained": people in office, not named, who speak
                # (an authority's acts are told with the authority as subject)
                subject, subject_kind, subject_end = "", "person", office.end()
            seat = _seat_of_government(cite.quote)
            if seat and (not subject or seat < _offset_of(mentions, subject)):
                subject, subject_kind, subject_end = "", "government", seat  # "Brussels ordered Acme to ..."
            claim = _CLAIM.search(cite.quote)
            reports_on = bool(claim) and any(
                pid in central and pid != subject and off >= claim.end() and re.match(
                    r"\s+(?:had|has|have|was|were|is|are|did|[a-z]{3,}ed)\b", cite.quote[end:])
                for off, end, pid in mentions)
            previous = subject, cite.end  # who acts in this clause, and where it ends
            read = _told_in_past(cite.quote) if timeline_line else cite.quote
            category, scores, no_comment = classify(read, subject_kind, subject_end,
                                                    subject in central, attributed=bool(speaker),
                                                    reports_on_central=reports_on,
                                                    market_voice=subject in market,
                                                    accuser=subject in accusing, judicial=judicial)
            # a rule that reads the sentence's structure (who tells what of whom, an earlier report, an
            # authority's finding about the accused) decides; the learned model only weighs cues
            decided = bool(_earlier_report().search(read)) or (
                reports_on and subject_kind in ("government", "regulator")) or (
                category == "allegation" and subject in central and _admits_misconduct(read))  # the wrong it admits
            body = _sanctioned_by().search(cite.quote)
            if body and category in ("regulatory_action", "background") and not no_comment and any(
                    off == body.end() and kinds.get(pid) in ("company", "other") for off, _e, pid in mentions):
                # "Roe was expelled from the Labour party", "suspended by the socialist group": the party's answer
                category, decided = "response", True
            if item and findings_listed and category == "background" and not no_comment:
                # "Among his findings: - Corporate funds were used to buy homes."
                category, decided = "allegation", True
            accusation = _accuses().search(cite.quote)
            if accusation and inside_quote(cite.quote, accusation.start()):
                accusation = None
            if accusation and category in ("response", "background") and not no_comment and subject not in central \
                    and (any(pid in central for off, _e, pid in mentions if off >= accusation.start())
                         or re.match(r"\s+(?:it|them)\s+of\b", cite.quote[accusation.end():])):
                # "Governor Roe accused the railroad of giving responders false information": whoever says
                # it, the charge against the accused is the allegation
                category, decided = "allegation", True
            elif accusation and category == "allegation" and subject and subject == main_company \
                    and any(pid not in central for off, _e, pid in mentions if off >= accusation.start()):
                # "Acme accused the short seller of ...": the accused answers its critic
                category, decided = "response", True
            if category in ("response", "background") and not no_comment and claim \
                    and subject_kind not in ("government", "regulator") \
                    and _reports_authority_act(cite.quote, claim.end(), mentions, kinds):
                # "Acme said the Justice Department had requested documents": what the authority did, whoever
                # tells it
                category, decided = "regulatory_action", True
            if exposes and category == "background":
                # "the news site Ledgerly reported that Acme kept most of its reserves in its own token": what
                # the press uncovered about the accused is the allegation, even with no misconduct word
                category, decided = "allegation", True
            found = dates.find_dates(cite.quote, ref, anchor)
            if found and ref and category not in ("background", "allegation") and not no_comment \
                    and (category != "regulatory_action" or scores[category] < 5) \
                    and (told := [d for d in found if not _in_relative_clause(cite.quote, d.start)
                                  and not _SINCE.search(cite.quote[:d.start])]) \
                    and _years_before(told, ref):
                # events years before the story are its history (an old fine, an old statement); not what is
                # alleged: the wrongdoing an inquiry uncovers now may have happened a decade ago
                category, decided = "background", True
            toll = _harm_toll().search(cite.quote)
            if toll and category in ("background", "response") and not no_comment and subject not in central \
                    and not _in_relative_clause(cite.quote, toll.start()) \
                    and not inside_quote(cite.quote, toll.start()) \
                    and not _years_before(found, ref):
                # "52 people have been sickened, the agency said", "No deaths have been reported": the harm the
                # affair did, whoever counts it (not an old accident's toll, "crashes in 2019 that killed 346",
                # nor the accused telling what it will do for the victims)
                category, decided = "allegation", True
            if table_row(cite.quote):
                # a table's row ("| 13 Mar 2023 | $31.21 | -61.8% |") lists data, with no words that say what
                # they are: shown with its dates, no category claimed for it
                category, decided = "background", True
            feats = features(cite.quote, scores, category, subject_kind, subject_end, subject in central,
                             found, ref)
            # who the actor is in the story (its accuser, a market voice) and what the paragraph told just before
            feats["accuser"] = float(subject in accusing)
            feats["market_voice"] = float(subject in market)
            before = out[-1] if out and out[-1].sentence.paragraph == sent.paragraph else None
            feats[f"after_{before.category if before else 'none'}"] = 1.0
            # the model may file a statement the rules left as background, or move it between categories;
            # it never drops to background what the rules filed under a category, nor overrules a clear cue
            # (nor a denial the rules read: "had not breached her obligations" has an allegation's words)
            decided = decided or (category == "response" and bool(_denial().search(read)))
            # (nor an authority's reaction the rules read: "the commission said it was concerned")
            decided = decided or (category == "response" and subject_kind == "regulator" and _bare_reaction(read)
                                  and score_text(read).get("allegation", 0) < 3)
            unsure = not no_comment and not decided and max(scores.values(), default=0) < RULE_CONFIDENT
            learned = model_category(feats, category) if unsure else None
            if learned and (learned != "background" or category == "background"):
                category = learned
            for d in found:
                day = dates.parse_iso(d.value)
                if day:
                    anchor = day
            prev = out[-1] if out else None
            if prev is not None and category == "background" and not no_comment and not found \
                    and prev.category == "allegation" and prev.sentence.paragraph == sent.paragraph \
                    and max(scores.values(), default=0) < ELABORATION:
                # "The report found payments of $200bn were suspicious. The portfolio had 15,000 customers.":
                # a sentence with no cue of its own that goes on in the allegation's paragraph tells its
                # scope or how it was done, not the story's history
                category = "allegation"
            if prev is not None and prev.sentence is sent \
                    and not prev.no_comment and _speech_continues().match(cite.quote):
                category = prev.category  # "Analysts said A, but warned that B": B is theirs too
            st = Statement(doc.article.file, cite, category, tuple(sorted(scores.items())),
                           tuple(dict.fromkeys(pid for _, _, pid in mentions)), tuple(found), sent, no_comment,
                           tuple(sorted(feats.items())), None if found else heading_date)
            reason = prev is not None and prev.sentence is sent and prev.no_comment \
                and re.fullmatch(r",\s*saying\s*", doc.article.body[prev.citation.end:cite.start])
            if prev is not None and prev.sentence is sent and not prev.no_comment and not no_comment \
                    and (prev.category == category or "background" in (prev.category, category)):
                # clauses only split what differs in kind; a clause with no cue of its own belongs to its
                # neighbour's statement ("Shares fell 4% on Monday, while rivals ended little changed")
                kind = category if category != "background" else prev.category
                st = _joined(dataclasses.replace(prev, category=kind), st, find_parties, ref)
                out[-1] = st
            elif reason:  # "Acme declined to comment, saying it would not discuss employees": one refusal
                out[-1] = _joined(prev, st, find_parties, ref)
            else:
                out.append(st)
    return out


def _reports_authority_act(text: str, told_at: int, mentions: list[tuple[int, int, str]],
                           kinds: dict[str, str]) -> bool:
    """What follows the verb of saying at ``told_at`` is an authority acting: "[said] on Tuesday that the
    Justice Department had requested documents", "[said] the government had instructed the company to ..."."""
    lead = re.match(r"(?:\s+(?:on|late\s+on|earlier|last|this|in)\b[^;,\"“]{0,25}?)?\s+that\s+|\s+", text[told_at:])
    at = told_at + (lead.end() if lead else 0)
    told = text[at:]
    named = next((end - at for off, end, pid in mentions if off >= at and kinds.get(pid) in ("government", "regulator")
                  and re.fullmatch(r"(?:[Tt]he\s+)?(?:[A-Z][\w.]*\s+){0,2}", text[at:off])), 0)
    if not named and (authority := _authority_subject().match(told) or _authority_body().match(told)):
        named = authority.end()  # "the government had instructed ...", "the agency had ordered ..."
    return bool(named) and score_text(told[named:]).get("regulatory_action", 0) >= 3 and not _denial().search(told)


@cache
def _authority_body() -> re.Pattern[str]:
    """A public body named by what it is: "the government", "the U.S. agency" (parties.yml's words)."""
    bodies = vocab.load("parties")["government_words"] + vocab.load("parties")["regulator_words"]
    return re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.]*\s+){0,2}(?i:" + vocab.alternation(bodies) + r")\b")


@cache
def _findings_intro() -> re.Pattern[str]:
    """A line that announces a list of findings or allegations ("Among his findings, according to the filing:")."""
    return re.compile(r"\b(?:" + _cue_union("findings_intros") + r")", re.IGNORECASE)


@cache
def _speech_continues() -> re.Pattern[str]:
    """A clause that opens with a speech verb ("..., but warned that ..."): its speaker is the one of the
    clause before it."""
    verbs = [v for v in vocab.load("cues")["speech_verbs"] if " " not in v and not v.endswith("ing")]
    return re.compile(r"^(?:also\s+)?(?:" + vocab.alternation(verbs) + r")\b")


def _dated_headings(doc: Document, ref) -> dict[int, tuple[str, Citation]]:
    """The headings of a dated list ("**May 2, 2023**", "Late May 2023" over each entry), by where they start,
    with the date each gives and its words. A page needs two such headings of different dates: one date over
    an article is when it was published, not the date of everything below it."""
    found: dict[int, tuple[str, Citation]] = {}
    for sent in doc.content:
        if not sent.heading:
            continue
        told = dates.find_dates(sent.text, ref)
        rest = [w for w in re.findall(r"[^\W\d_]+", blanked(sent.text, [(d.start, d.end) for d in told]))
                if w.casefold() != "th"]
        if len(told) == 1 and not told[0].relative and len(rest) <= 2:  # ("May 2, 2023 (afternoon)")
            d = told[0]
            found[sent.start] = (d.value, sent.citation(sent.start + d.start, sent.start + d.end))
    return found if len({value for value, _cite in found.values()}) >= 2 else {}


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans blanked out, offsets kept (a quotation, which is the speaker's word and not
    the sentence's own; the date in a heading, to see what else it says)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _speaker_of(cite: Citation, spoken: tuple[tuple[int, int, str], ...]) -> str:
    """The speaker of the attributed quotation that makes up most of a statement ("" if none)."""
    for start, end, speaker in spoken:
        # (or the quotation it opens with, though another follows: "'...,' the report states, adding '...'")
        if min(end, cite.end) - max(start, cite.start) >= 0.6 * (cite.end - cite.start) \
                or 0 <= start - cite.start <= 2 and end <= cite.end:
            return speaker
    return ""


def _seat_of_government(text: str) -> int:
    """Where a capital city standing for its government ends, when it opens the clause and acts
    ("Brussels also ordered ...", "Washington has said ..."); 0 otherwise."""
    m = re.match(r"^(?:On [^,]{3,30}, )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?= (?:has|have|had|also|is|was|will|would|"
                 r"says|said|[a-z]{3,}ed)\b)", text)
    return m.end() if m and m.group(1) in capitals() else 0


def _joined(a: Statement, b: Statement, find_parties: PartyMatcher, ref) -> Statement:
    """Two neighbouring clauses of one sentence, of the same category, as one statement."""
    cite = a.sentence.citation(a.citation.start, b.citation.end)
    shift = b.citation.start - a.citation.start
    found = a.dates + tuple(dataclasses.replace(d, start=d.start + shift, end=d.end + shift) for d in b.dates)
    parties = tuple(dict.fromkeys(pid for _, _, pid in find_parties(cite.quote)))
    return dataclasses.replace(a, citation=cite, parties=parties, dates=found)


def name_key(name: str) -> str:
    """Comparison key of a party name (re-exported for consolidation)."""
    return norm_name(name)
