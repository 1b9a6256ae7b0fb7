"""One error hierarchy; the CLI maps each class to a message and an exit code."""
from __future__ import annotations


class FactsheetError(Exception):
    """Base class: a problem the user can act on. ``str(err)`` is the whole message."""

    exit_code = 1


class InputError(FactsheetError):
    """Bad input: a missing folder, an unreadable article, an invalid story file (exit 2)."""

    exit_code = 2


class CitationError(FactsheetError):
    """A citation that is not verbatim at its offsets: the build must not publish it (exit 1)."""


class BuildError(FactsheetError):
    """MkDocs, the PDF engine or the output folder failed (exit 1)."""
