"""Loads the YAML data files (cue words, patterns, gazetteers) once."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    """Parsed content of ``generator/data/<name>.yml``."""
    text = resources.files("generator").joinpath(f"data/{name}.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def compile_patterns(entries: list[dict[str, Any]]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """``[{pattern, reason, case?}]`` -> compiled ``(regex, reason)`` pairs."""
    out = []
    for e in entries:
        flags = 0 if e.get("case") else re.IGNORECASE
        out.append((re.compile(e["pattern"], flags), e.get("reason", "")))
    return tuple(out)


def words(name: str, key: str) -> frozenset[str]:
    """A word list from a data file, casefolded."""
    return frozenset(str(w).casefold() for w in load(name).get(key, []) or [])


_CONTRACTED = {"will": "wo", "can": "ca", "shall": "sha"}  # won't, can't, shan't


def phrase_pattern(phrase: str) -> str:
    """Regex body of a literal phrase: any run of spaces between words, and a negation also in its
    contracted form ("did not respond" matches "didn't respond" and "didn’t respond")."""
    body = re.escape(phrase).replace(r"\ ", r"\s+")
    return re.sub(r"\b([a-z]+)\\s\+not\b",
                  lambda m: rf"(?:{m.group(1)}\s+not|{_CONTRACTED.get(m.group(1), m.group(1))}n['’]t)", body)


def alternation(items: list[str] | frozenset[str]) -> str:
    """A regex alternation of literal phrases, longest first (so 'said in a statement' beats 'said')."""
    return "|".join(phrase_pattern(w) for w in sorted(items, key=lambda w: (-len(w), w)))
