"""Stage 1: the normalised text that every matcher reads, with a map back to the original.

Folding follows camel-tools (dediacritisation, alef / alef maksura / teh marbuta
normalisation) plus what news text needs on top: tatweel and invisible marks removed,
Arabic-Indic and Persian digits as ASCII, Arabic punctuation as ASCII, Latin lower-cased.
Every fold is one character to one character except deletions, so the offset map is an
array of original positions, one per normalised character (plus the end).
"""
from __future__ import annotations

import re
from array import array

from camel_tools.utils.charsets import AR_DIAC_CHARSET
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

_ONE_TO_ONE = {
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    "\u060c": ",", "\u061b": ";", "\u061f": "?", "\u066b": ".", "\u066c": ",", "\u066a": "%",
    "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u3000": " ", "\t": " ",
    "\u06a9": "\u0643", "\u06cc": "\u064a", "\u06d2": "\u064a", "\u06c0": "\u0647",  # Persian kaf, yeh
    "\u0624": "\u0648", "\u0626": "\u064a",  # hamza on waw / yeh, as the scorer folds them
}
_FOLD = str.maketrans(_ONE_TO_ONE)

_DELETED = "".join(sorted(AR_DIAC_CHARSET)) + "\u0640\u0670\u0610-\u061a\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff"
_DELETED_RE = re.compile("[" + _DELETED + "]+")


def fold(text: str) -> str:
    """The one-to-one folds (no deletions): same length as the input."""
    s = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text.translate(_FOLD))))
    lowered = s.lower()
    return lowered if len(lowered) == len(s) else "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


def normalise(text: str) -> tuple[str, array]:
    """Return the normalised text and, for each of its characters, the original index.

    The map has one extra entry, ``len(text)``, so that an end offset maps too.
    """
    s = fold(text)
    offsets = array("l")
    pieces = []
    prev = 0
    for m in _DELETED_RE.finditer(s):
        pieces.append(s[prev:m.start()])
        offsets.extend(range(prev, m.start()))
        prev = m.end()
    pieces.append(s[prev:])
    offsets.extend(range(prev, len(s)))
    offsets.append(len(s))
    return "".join(pieces), offsets


def normalise_phrase(text: str) -> str:
    """Normalised form of a lexicon phrase (no offsets needed)."""
    return _DELETED_RE.sub("", fold(text))
