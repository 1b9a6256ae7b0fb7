"""factsheet: distil news articles about one story into a cited fact-sheet site and PDF."""

__version__ = "0.1.0"
