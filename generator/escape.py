"""Make article text inert wherever a template puts it: in Markdown, in HTML, in attributes.

Text from articles is data. A sentence like ``[x](javascript:alert(1))`` or ``<script>`` must reach
the reader as those characters, never as a link or a tag. Every character that Markdown, one of the
enabled extensions (attr_list, footnotes, tables, emoji, md_in_html) or HTML gives a meaning to is
written as a numeric character reference; browsers and Python-Markdown both show it as the
character, and no parser treats it as syntax. Line breaks fold into spaces so text cannot open a
new block (a heading, a list, a table row or the end of an HTML block).
"""
from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from markupsafe import Markup

_SPECIAL = "&<>\"'\\`*_{}[]()#+-!|~^=:$@%"
_TABLE = {ord(c): f"&#{ord(c)};" for c in _SPECIAL}
_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
_ORDERED = re.compile(r"^(\d+)\.")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def inert(text: object) -> Markup:
    """Text that renders as itself in Markdown and HTML (element content and quoted attributes)."""
    if isinstance(text, Markup):
        return text
    s = _CONTROL.sub("", _BREAKS.sub(" ", str(text)))
    s = _ORDERED.sub(r"\1&#46;", s.translate(_TABLE))
    return Markup(s)


def finalize(value: object) -> object:
    """Jinja ``finalize`` hook: every ``{{ value }}`` is inert unless it is already ``Markup``."""
    if value is None:
        return Markup("")
    if hasattr(value, "__html__"):
        return value
    return inert(value)


def safe_url(url: str | None) -> str | None:
    """An external address worth linking (http or https), else None: no ``javascript:`` links."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() for ch in url) or any(ch in url for ch in "<>\"'`"):
        return None
    return url


def json_for_script(data: object) -> str:
    """JSON safe inside ``<script type="application/ld+json">``: no ``<``, ``>`` or ``&`` at all."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_MERMAID_KEEP = re.compile(r"[^\w .,'’％$€£/()-]", re.UNICODE)


def mermaid_label(text: str, limit: int = 60) -> str:
    """A label safe inside Mermaid source: letters, digits and plain punctuation only, short."""
    s = _MERMAID_KEEP.sub(" ", _BREAKS.sub(" ", text).replace("%", "％"))
    s = re.sub(r"\s+", " ", s).strip().replace("'", "’")
    if len(s) > limit:
        s = s[: limit - 1].rstrip() + "…"
    return s or "…"
