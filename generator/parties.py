"""Parties: find the people and organisations in a corpus, merge their aliases, kind and role.

Recognition is rule-based and driven by ``data/parties.yml``: capitalised runs are candidates;
a candidate becomes a party when the text gives a signal (a company suffix, a title, a speech
verb, a possessive, a government or media word, or repeated mentions) and no veto (a place, a
product, a month, a placeholder).
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

from . import vocab
from .models import Citation, Document, Party, Sentence

APOSTROPHES = "'’"
_TOKEN = re.compile(r"[A-Za-z0-9][\w&.'’-]*[\w.&]|[A-Za-z0-9]")
_CONNECTORS = {"of", "for", "the", "de", "du", "la", "von", "van", "der", "and", "&", "on", "in"}
_INNER_CONNECTORS = {"of", "for", "the", "de", "du", "la", "von", "van", "der", "&"}


@cache
def _v() -> dict:
    data = vocab.load("parties")
    out = {k: frozenset(str(x).casefold() for x in v) for k, v in data.items() if isinstance(v, list)}
    out["country_adjectives"] = {k.casefold(): v for k, v in data["country_adjectives"].items()}
    out["country_bodies"] = {k.casefold(): v for k, v in data["country_bodies"].items()}
    return out


def norm_name(name: str) -> str:
    """Comparison key of a name: casefolded, possessive and company suffix dropped."""
    s = name.replace("’", "'").casefold().strip()
    s = re.sub(r"'s?$", "", s)
    s = re.sub(r"^the\s+", "", s)
    toks = [t.strip(".,") for t in s.split()]
    while len(toks) > 1 and toks[-1] in {x.rstrip(".") for x in _v()["company_suffixes"]}:
        toks.pop()
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


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1].isdigit() and any(c.isalpha() for c in tok) and tok[-1:].isupper())


def _lower_words(documents: tuple[Document, ...]) -> frozenset[str]:
    """Words the corpus writes in lower case somewhere: capitalised only at a sentence start."""
    seen: set[str] = set()
    for d in documents:
        for s in d.content:
            seen.update(w for w in re.findall(r"\b[a-z][a-z'’-]+\b", s.text))
    return frozenset(seen)


def _is_title(token: str) -> bool:
    titles = _v()["person_titles"]
    low = token.casefold()
    return low in titles or low.rstrip(".") in titles or low + "." in titles


def _next_cap(toks: list[tuple[int, int, str]], j: int, text: str) -> bool:
    """Is a capitalised token reached from position j through at most one more connector?"""
    for k in (j, j + 1):
        if k >= len(toks) or not re.fullmatch(r"[ \t]+", text[toks[k - 1][1]:toks[k][0]] or "x"):
            return False
        if _is_cap(toks[k][2]):
            return True
        if toks[k][2].casefold() not in _INNER_CONNECTORS:
            return False
    return False


def _org_and(cur: list[tuple[int, int, str]], toks: list[tuple[int, int, str]], i: int) -> bool:
    """Does "and" join two halves of one organisation's name rather than two names?"""
    if any(t[2] in ("of", "for") for t in cur):
        return True
    words = _v()["government_words"] | _v()["regulator_words"]
    ahead = [t[2].casefold() for t in toks[i + 1:i + 5]]
    for t in ahead[1:]:
        if t in words:
            return True
        if not t[:1].isalpha():
            break
    return False


def _runs(sentence: Sentence) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """Capitalised token runs: (start, end, tokens) relative to the sentence."""
    text = sentence.text
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    runs, cur = [], []
    for i, (s, e, t) in enumerate(toks):
        gap = text[cur[-1][1]:s] if cur else ""
        joinable = not cur or re.fullmatch(r"[ \t]+|-", gap) is not None
        if _is_cap(t) and joinable:
            cur.append((s, e, t))
            if t.endswith(("’s", "'s")) or t.endswith(("’", "'")):
                runs.append(cur)
                cur = []
        elif (cur and joinable and t.casefold() in _INNER_CONNECTORS and _next_cap(toks, i + 1, text)):
            cur.append((s, e, t))
        elif (cur and joinable and t == "and" and i + 1 < len(toks) and _is_cap(toks[i + 1][2])
              and _org_and(cur, toks, i)):
            cur.append((s, e, t))  # "Department for Business and Trade", "Business and Trade Committee"
        else:
            if cur:
                runs.append(cur)
            cur = [(s, e, t)] if _is_cap(t) else []
            if cur and (t.endswith(("’s", "'s")) or t.endswith(("’", "'"))):
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


def find_mentions(documents: tuple[Document, ...]) -> list[Mention]:
    """Candidate name mentions in every content sentence, titles split off."""
    v = _v()
    lower = _lower_words(documents)
    titles = v["person_titles"]
    out: list[Mention] = []
    for doc in documents:
        for sent in doc.content:
            if sent.heading:
                continue
            text = sent.text
            for rs, _re, toks in _runs(sent):
                words = [t for _, _, t in toks]
                # sentence-initial common word: "Speaking", "Hedge", "The"
                at_start = not text[:rs].strip(" \t“\"'‘(-—–•*")
                while toks and (toks[0][2].casefold().strip("’'") in v["strip_words"] and len(toks) > 1
                                or (at_start and toks[0][2].casefold() in lower
                                    and toks[0][2].casefold() not in v["given_names"])):
                    toks = toks[1:]
                    at_start = False
                # an inner title splits the run: "Acme CEO Jane Doe" -> "Acme" and (CEO) "Jane Doe"
                for i in range(1, len(toks) - 1):
                    j = i
                    while j < len(toks) and _is_title(toks[j][2]):
                        j += 1
                    if j > i and j < len(toks) and not _is_title(toks[i - 1][2]):
                        if f"{toks[i - 1][2]} {toks[i][2]}".casefold() in titles:
                            i -= 1  # a two-word title: "Prime Minister", "Press Secretary"
                        head = [t for t in toks[:i] if t[2].casefold() not in _CONNECTORS]
                        if head:
                            hs, he = head[0][0], head[-1][1]
                            out.append(Mention(text[hs:he], sent, sent.start + hs, sent.start + he, "", False,
                                               text[he:he + 60], text[max(0, hs - 60):hs]))
                        toks = toks[i:]
                        break
                if len(toks) == 1 and toks[0][2].casefold() in titles:
                    continue
                if any(re.search(r"[’'](re|ve|ll|m|d)$|n[’']t$", t[2]) for t in toks):
                    continue
                # leading titles: "President", "Press Secretary", "Prime Minister", "Sen."
                title_words: list[str] = []
                if len(toks) > 2 and f"{toks[0][2]} {toks[1][2]}".casefold() in titles:
                    title_words.append(toks[0][2])
                    toks = toks[1:]
                while len(toks) > 1 and _is_title(toks[0][2]):
                    title_words.append(toks[0][2])
                    toks = toks[1:]
                while toks and toks[-1][2].casefold().strip(".") in v["strip_words"] and len(toks) > 1:
                    toks = toks[:-1]
                while toks and toks[0][2].casefold() in _CONNECTORS:
                    toks = toks[1:]
                if not toks:
                    continue
                s, e = toks[0][0], toks[-1][1]
                name = text[s:e]
                possessive = False
                m = re.search(r"[’']s?$", name)
                if m and (name.endswith(("’s", "'s")) or name[-2:-1].lower() == "s"):
                    possessive = True
                    e -= len(m.group(0))
                    name = text[s:e]
                name = name.rstrip(".") if not re.search(r"\b(Inc|Corp|Co|Ltd|Jr|Sr)\.$", name) else name
                e = s + len(name)
                if not name or not any(c.isalpha() for c in name):
                    continue
                before = text[max(0, s - 60):s]
                out.append(Mention(name, sent, sent.start + s, sent.start + e, " ".join(title_words),
                                   possessive, text[e:e + 60], before))
                del words
    return out


def _lookup(words: frozenset[str], text: str) -> bool:
    """Does ``text`` end with (or equal) a listed word or phrase?"""
    t = text.casefold()
    return any(t == w or t.endswith(" " + w) for w in words)


def _country_body_mentions(documents: tuple[Document, ...]) -> list[Mention]:
    """'the Chinese government', 'US officials', 'the Biden administration' as government parties."""
    v = _v()
    adjectives = vocab.alternation(list(v["country_adjectives"]))
    bodies = vocab.alternation(list(v["country_bodies"]))
    rx = re.compile(rf"\b(?P<adj>{adjectives})\s+(?P<body>{bodies})\b", re.IGNORECASE)
    adm = re.compile(r"\b(?P<who>[A-Z][a-z]+)\s+(?P<body>administration|government)\b")
    out = []
    for doc in documents:
        for sent in doc.content:
            for m in rx.finditer(sent.text):
                if not m.group("adj")[:1].isupper():
                    continue
                written = m.group("adj").replace(".", "")
                country = written if written.isupper() else v["country_adjectives"][m.group("adj").casefold()]
                body = v["country_bodies"][m.group("body").casefold()]
                name = f"{country} {body}"
                out.append(Mention(name, sent, sent.start + m.start(), sent.start + m.end(), "", False,
                                   sent.text[m.end():m.end() + 60], sent.text[max(0, m.start() - 60):m.start()]))
            for m in adm.finditer(sent.text):
                who = m.group("who")
                if who.casefold() in v["not_parties"] or who.casefold() in v["country_adjectives"]:
                    continue
                out.append(Mention(f"{who} {m.group('body')}", sent, sent.start + m.start(), sent.start + m.end(),
                                   "", False, sent.text[m.end():m.end() + 60],
                                   sent.text[max(0, m.start() - 60):m.start()]))
    return out


@cache
def _speech_after() -> re.Pattern[str]:
    verbs = vocab.load("cues")["speech_verbs"]
    return re.compile(r"^\s*(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+|have\s+|also\s+|further\s+|previously\s+)?(?:"
                      + vocab.alternation(verbs) + r")\b", re.IGNORECASE)


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


def _signals(name: str, mentions: list[Mention], all_keys: set[str]) -> tuple[int, str]:
    """(evidence score, kind) for one candidate name from all its mentions."""
    v = _v()
    key = norm_name(name)
    words = key.split()
    raw_tokens = name.replace("’", "'").casefold().split()
    kind, score = "", 0
    if key in v["media_names"] or (len(words) > 1 and words[-1] in v["media_words"]):
        kind, score = "media", 3
    elif _contains(v["regulator_words"], key):
        kind, score = "regulator", 3
    elif _contains(v["government_words"], key):
        kind, score = "government", 3
    if any(m.title for m in mentions) or (len(words) >= 2 and words[0] in v["given_names"]
                                          and not _contains(v["company_words"], key)):
        kind, score = "person", 3
    suffixes = {x.strip(".") for x in v["company_suffixes"]}
    # the suffix may be on any written form: "Northwind Corp." once, "Northwind" elsewhere
    if raw_tokens and raw_tokens[-1].strip(".") in suffixes or any(
            len(t) > 1 and t[-1].strip(".") in suffixes for t in (m.name.casefold().split() for m in mentions)):
        kind, score = "company", 3
    elif not kind and any(w in v["company_words"] for w in words[1:]):
        kind, score = "company", 2
    for m in mentions:
        before = m.before.casefold().rstrip()
        if _speech_after().match(m.after) and not m.possessive:
            score += 2
        if m.possessive:
            score += 1
        if re.search(r"\b(analysts?|economists?|researchers?|experts?|scientists?|lawyers?|officials?|executives?"
                     r"|spokes(?:person|man|woman)|staff|employees|investors?|shareholders?)\s+(at|from|for|of|in)$",
                     before):
            score += 3
        elif re.search(r"\b(according to|told|said|by|from|at|with|shares of|rival|competitor|partner)$", before):
            score += 1
        if _in_list(m):
            score += 1
        if re.search(r"\b(startup|start-up|company|firm|group|fund|maker|manufacturer|carrier|airline|"
                     r"regulator|agency|authority|lender|bank|retailer|insurer|developer|supplier|investor|operator|"
                     r"broadcaster|outlet|newspaper|channel|watchdog|body)\s*,?\s*(the\s+)?$", before):
            score += 2
            kind = kind or "company"
        ap = _APPOSITION.match(m.after) if not m.possessive else None
        if ap and _has_role_noun(ap.group("role")):
            score += 2
        elif re.match(r"^\s*,\s*(the|a|an|which|who|whose|its|his|her|where)\b", m.after):
            score += 1
    sources = {m.sentence.source for m in mentions}
    score += min(2, len(mentions) // 3) + (1 if len(sources) >= 2 else 0)
    # a surname used alone elsewhere marks a person
    if len(words) >= 2 and words[-1] in all_keys and not kind:
        kind = "person"
        score += 1
    return score, kind or "company"


def _vetoed(name: str, mentions: list[Mention]) -> bool:
    v = _v()
    key = norm_name(name)
    if not key or key in v["not_parties"] or key in v["places"] or name.casefold() in v["places"]:
        return True
    if len(key) < 2 or re.fullmatch(r"[\d\W]+", key):
        return True
    if all(t in v["not_parties"] or t in v["places"] for t in key.split()):
        return True
    if key.split()[0] in v["places"] and all(t in v["places"] or t in v["not_parties"] for t in key.split()):
        return True
    # a product: mostly followed by a product noun, or owned ("Acme's Widget") and never acting
    product = 0
    organisational = any(_contains(v[k], key) for k in ("company_words", "government_words", "regulator_words"))
    for m in mentions:
        nxt = re.match(r"^\s*(?:[\w-]*\d[\w-]*\s+)*([\w-]+)", m.after)
        if nxt and nxt.group(1).casefold() in v["product_nouns"] and not m.possessive:
            product += 1
        elif re.match(r"^\s*[\w-]*\d", m.after) or (re.search(r"\b[A-Za-z]*\d[\w-]*\s*$", m.before)
                                                         and not re.search(r"\b(19|20)\d\d\s*$", m.before)):
            product += 1  # a model or series number: "Widget 9", "737 Widget", "Fortune 500"
        elif re.search(r"(’s|'s|\bits|\btheir|\bhis|\bher|\bthe launch of|\bthe release of)\s*$", m.before) \
                and not m.possessive and not _speech_after().match(m.after) and not organisational:
            product += 1
    if product * 2 > len(mentions):
        return True
    # a place: "in Renton, Washington", "for Ontario, California"
    places = v["places"]
    locative = 0
    for m in mentions:
        nxt = re.match(r"^\s*,\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", m.after)
        if nxt and (nxt.group(1).casefold() in places or nxt.group(1).casefold().split()[0] in places):
            locative += 1
        elif re.search(r"\b(in|near|outside|across|throughout|around|to|from|for|at|of)\s*$", m.before) and \
                re.match(r"^\s*(,|\.|$)", m.after) and len(key.split()) == 1 and not m.possessive:
            locative += 0.5
    if locative * 2 > len(mentions):
        return True
    return key.split()[-1] in v["not_party_tails"]


def _party_id(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", norm_name(name)).strip("-")[:40] or "party"
    return f"party-{slug}"


def _pick_name(names: Counter[str]) -> str:
    """Canonical name: the most complete written form (longest key, then most frequent)."""
    return max(names.items(), key=lambda kv: (len(norm_name(kv[0]).split()), kv[1], -len(kv[0]), kv[0]))[0]


def _initials(name: str) -> str:
    toks = [t for t in re.findall(r"[A-Za-z][\w’'-]*", name) if t.casefold() not in _CONNECTORS]
    return "".join(t[0] for t in toks).upper()


_CREDIT_REASONS = ("byline", "credit", "dateline")
_CREDIT_ROLE = "named in a credit line (byline, wire credit or editing)"


def _credit_mentions(documents: tuple[Document, ...]) -> list[tuple[str, Mention]]:
    """Outlets and people named in bylines, wire datelines and credit lines: (kind, mention)."""
    v = _v()
    out: list[tuple[str, Mention]] = []
    for doc in documents:
        raw = doc.article.raw
        lines = [s for s in doc.sentences if s.boilerplate in ("byline", "credit")]
        lines += [Sentence("", doc.article.file, b.start, b.end, raw[b.start:b.end], 0, boilerplate=b.reason)
                  for b in doc.boilerplate if b.reason == "dateline"]
        for sent in lines:
            text = sent.text
            for m in re.finditer(r"(?:(?<=\bBy )|(?<=\bby ))?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*", text):
                name = re.sub(r"^By\s+", "", m.group(0)).rstrip(".")
                if not name or name.split()[-1].casefold() in v["person_titles"]:
                    continue  # "Political Correspondent" is a title, not a name
                low = name.casefold()
                if low in v["placeholders"] or low.split()[-1] in v["placeholders"]:
                    continue
                if low in v["media_names"] or (len(low.split()) > 1 and low.split()[-1] in v["media_words"]):
                    kind = "media"
                elif 2 <= len(name.split()) <= 3 and all(re.fullmatch(r"[A-Z][a-z’'-]+", t) for t in name.split()) \
                        and not any(t.casefold() in v["strip_words"] | v["media_words"] for t in name.split()):
                    kind = "person"
                else:
                    continue
                s0 = sent.start + m.start() + m.group(0).find(name)
                out.append((kind, Mention(name, sent, s0, s0 + len(name), "", False, text[m.end():m.end() + 60],
                                          text[max(0, m.start() - 60):m.start()])))
    return out


def build_parties(documents: tuple[Document, ...], min_score: int = 2) -> tuple[Party, ...]:
    """Recognise, merge and describe the parties of a corpus."""
    credits = _credit_mentions(documents)
    mentions = find_mentions(documents) + _country_body_mentions(documents) + [m for _, m in credits]
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_key[norm_name(m.name)].append(m)
    all_keys = set(by_key)
    accepted: dict[str, tuple[str, list[Mention]]] = {}
    for key in sorted(by_key):
        ms = by_key[key]
        name = _pick_name(Counter(m.name for m in ms))
        if _vetoed(name, ms):
            continue
        score, kind = _signals(name, ms, all_keys)
        if score >= min_score:
            accepted[key] = (kind, ms)
    for kind, m in credits:
        key = norm_name(m.name)
        if key not in accepted:
            accepted[key] = (kind, by_key[key])
    persons = {k.split()[-1] for k, (kind, _) in accepted.items() if kind == "person" and len(k.split()) >= 2}
    for key in sorted(persons & set(by_key) - set(accepted)):
        accepted[key] = ("person", by_key[key])
    groups = _merge_aliases(accepted, by_key)
    parties = []
    for head, members in groups.items():
        ms = sorted((m for k in members for m in accepted.get(k, (None, by_key[k]))[1]),
                    key=lambda m: (m.sentence.source, m.start))
        names = Counter(m.name for m in ms)
        canonical = _pick_name(Counter({m.name: names[m.name] for m in ms if norm_name(m.name) == head}) or names)
        kind = _merged_kind([accepted[k][0] for k in members if k in accepted], ms)
        role, role_cites = _role(ms, kind)
        if kind in ("company", "other") and _looks_like_person(canonical, role, ms):
            kind = "person"
            role, role_cites = _role(ms, kind)
        if not role and all(m.sentence.boilerplate in _CREDIT_REASONS for m in ms):
            role = _CREDIT_ROLE
        aliases = sorted({m.name for m in ms} - {canonical} | {f"{m.title} {m.name}" for m in ms if m.title})
        mentions_c = tuple(dict.fromkeys(m.citation for m in ms))
        parties.append(Party(_party_id(canonical), canonical, tuple(aliases), kind, role, mentions_c, role_cites))
    # most mentioned first, ties by name: stable across runs
    parties.sort(key=lambda p: (-len({c.source for c in p.mentions}), -len(p.mentions), p.name))
    return _unique_ids(parties)


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


def _looks_like_person(name: str, role: str, mentions: list[Mention]) -> bool:
    """Two or three plain capitalised words, described with a person's title or quoted as speaking."""
    v = _v()
    toks = name.split()
    if not 2 <= len(toks) <= 3 or not all(re.fullmatch(r"[A-Z][a-z’'-]+", t) for t in toks):
        return False
    if _contains(v["company_words"], norm_name(name)) or _contains(v["government_words"], norm_name(name)):
        return False
    if all(re.search(r"\bthe\s*$", m.before, re.IGNORECASE) for m in mentions):
        return False  # "the Daily Ledger reported": a person's name never follows "the"
    role_words = set(re.findall(r"[a-z]+", role.casefold()))
    if role_words & (v["person_titles"] - {"head", "chief", "partner", "leader", "executive"}):
        return True
    return any(_speech_after().match(m.after) for m in mentions)


def _merged_kind(kinds: list[str], mentions: list[Mention]) -> str:
    if any(m.title for m in mentions) or "person" in kinds:
        return "person"
    for k in ("regulator", "government", "media", "company"):
        if k in kinds:
            return k
    return "other"


def _merge_aliases(accepted: dict[str, tuple[str, list[Mention]]],
                   by_key: dict[str, list[Mention]]) -> dict[str, list[str]]:
    """Group candidate keys that name the same party: surnames, head nouns, acronyms, name tails."""
    v = _v()
    keys = sorted(accepted, key=lambda k: (-len(k.split()), k))
    parent: dict[str, str] = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    multi = [k for k in keys if len(k.split()) >= 2]
    for k in keys:
        toks = k.split()
        kind = accepted[k][0]
        targets: list[str] = []
        if len(toks) == 1:
            # surname of a person, or head noun ("navy" -> "us navy"); unique match only
            targets = [o for o in multi if o.split()[-1] == k and (accepted[o][0] in ("person", "government",
                       "regulator") or kind == "person")]
            # acronym of an expansion ("ntsb" -> "national transportation safety board")
            if not targets and k.isalpha() and 2 <= len(k) <= 6:
                written = {m.name for m in accepted[k][1]}
                if any(w.isupper() for w in written):
                    targets = [o for o in multi if _initials(_pick_name(Counter(m.name for m in accepted[o][1])))
                               == k.upper()]
            # "Acme" inside "Acme Platforms" when the tail is generic ("Acme AI")
        for o in multi:
            ot = o.split()
            if o != k and len(ot) > len(toks) and ot[:len(toks)] == toks \
                    and all(t in v["name_tails"] or t in v["company_suffixes"] for t in ot[len(toks):]):
                parent[root(o)] = root(k)
        if len(targets) == 1:
            parent[root(k)] = root(targets[0])
    # "the Navy" mention text of a one-word government key merges above; explicit "(NTSB)" too
    for k in keys:
        for m in accepted[k][1]:
            paren = re.match(r"^\s*\(([A-Z][A-Za-z]{1,7})\)", m.after)
            if paren and norm_name(paren.group(1)) in parent:
                parent[root(norm_name(paren.group(1)))] = root(k)
    groups: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        groups[root(k)].append(k)
    del by_key
    return dict(sorted(groups.items()))


def _role(mentions: list[Mention], kind: str) -> tuple[str, tuple[Citation, ...]]:
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


_APPOSITION = re.compile(
    r"^\s*,\s*(?:which is\s+|who is\s+|who was\s+|as\s+)?(?:both\s+)?(?P<role>(?:the|a|an|its|his|her|their)\s+"
    r"[^,;:()“”\"]{3,90}?|[A-Z][\w-]*[’']s\s+[^,;:()“”\"]{3,90}?"
    r"|[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:of|at|for)\s+[^,;:()“”\"]{3,80}?)\s*(?:,|\.|;|$)")
_TITLE_BEFORE = re.compile(r"(?P<role>(?:[A-Z][\w’'-]*\s+|[a-z][\w’'-]*\s+|and\s+){1,7})$")


def role_phrases(m: Mention, kind: str = "") -> list[tuple[str, Citation]]:
    """Role wordings around one mention: a title before the name, an apposition after it."""
    v = _v()
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
        ext = re.search(r"((?:[A-Za-z][\w’'-]*\s+){1,7})$", before)
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
                opener = not lead or lead.endswith(",") or lead.split()[-1].casefold() in {"the", "a", "an"}
                if text and opener and text.casefold() not in {"the", "a", "an"} and len(keep) <= 8:
                    idx = before.rfind(text)
                    if idx >= 0:
                        cs = sent.start + idx
                        out.append((text, sent.citation(cs, cs + len(text))))
    after = sent.text[rel_end:]
    ap = None if m.possessive else _APPOSITION.match(after)
    if ap and _has_role_noun(ap.group("role")):
        role = ap.group("role").strip()
        verbs = vocab.load("cues")["speech_verbs"]
        first = role.split()[0].casefold() if role.split() else ""
        if role and first not in verbs and not re.search(r"\b(said|says|told|added)\b", role) \
                and len(role.split()) <= 14:
            idx = after.find(role)
            cs = sent.start + rel_end + idx
            out.append((role, sent.citation(cs, cs + len(role))))
    return out


def _has_role_noun(text: str) -> bool:
    v = _v()
    words = re.findall(r"[a-z][\w-]*", text.casefold())
    return any((w in v["role_nouns"] or w in v["person_titles"]) and w not in v["honorifics"] for w in words)


def _honorific_only(text: str) -> bool:
    """"Mr", "Ms", "ITV's drama Mr": a form of address, not a role."""
    return not _has_role_noun(text)


def alias_index(parties: tuple[Party, ...]) -> dict[str, str]:
    """Normalised name or alias -> party id (for attribution and fact tagging)."""
    index: dict[str, str] = {}
    for p in parties:
        for n in (p.name, *p.aliases):
            index.setdefault(norm_name(n), p.id)
    return index
