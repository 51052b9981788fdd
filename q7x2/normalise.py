"""Stage 1: the normalised text that every matcher reads, with a map back to the original.

Folding follows camel-tools (dediacritisation, alef / alef maksura / teh marbuta
normalisation) plus what news text needs on top: tatweel and invisible marks removed,
Arabic-Indic and Persian digits as ASCII, Arabic punctuation as ASCII, Latin lower-cased.
Every fold is one character to one character except deletions, so the offset map is an
array of original positions, one per normalised character (plus the end).

The alef, alef-maksura and teh-marbuta folds are camel-tools' own functions. Its
diacritic set is copied here rather than imported (importing
``camel_tools.utils.charsets`` costs 0.4–0.8 s at every start);
``tests/test_engine_equivalence.py`` checks the copy, and the whole fold, against camel-tools.
The other one-to-one folds are a chain of ``str.replace`` (C scans) and the deletions one
regex, built once at import.
"""
from __future__ import annotations

import re
from array import array

from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar

# camel_tools.utils.charsets.AR_DIAC_CHARSET (tanwin, harakat, shadda, sukun, dagger alef)
AR_DIAC_CHARSET = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")

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
# The folds as (old, new) pairs for chained ``str.replace``: no replacement produces a
# character that another one replaces, so the chain equals one ``translate``, and it is
# some 20 times faster (``translate`` with a dict looks each character up in Python objects;
# ``in`` and ``replace`` are C scans).
_PAIRS = tuple(_ONE_TO_ONE.items())
assert not {new for _, new in _PAIRS} & {old for old, _ in _PAIRS}

_DELETED = "".join(sorted(AR_DIAC_CHARSET)) + "\u0640\u0670\u0610-\u061a\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff"
_DELETED_RE = re.compile("[" + _DELETED + "]+")


_FOLDED = frozenset(_ONE_TO_ONE)
# Up to this length (a lexicon phrase, not an article) the folds are looked up by the
# characters of the text rather than the text scanned once per fold.
_SHORT = 64


def fold(text: str) -> str:
    """The one-to-one folds (no deletions): same length as the input."""
    s = text
    if len(s) <= _SHORT:
        for old in _FOLDED.intersection(s):
            s = s.replace(old, _ONE_TO_ONE[old])
    else:
        for old, new in _PAIRS:
            if old in s:
                s = s.replace(old, new)
    s = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(s)))
    if s.isascii():
        return s.lower()
    lowered = s.lower()
    return lowered if len(lowered) == len(s) else "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


_identity = array("l", range(1 << 16))


def _range(start: int, stop: int) -> array:
    """``array("l", range(start, stop))`` as a slice of a cached identity array (a memcpy)."""
    global _identity
    if stop > len(_identity):
        _identity = array("l", range(max(stop, 2 * len(_identity))))
    return _identity[start:stop]


def normalise(text: str) -> tuple[str, array]:
    """Return the normalised text and, for each of its characters, the original index.

    The map has one extra entry, ``len(text)``, so that an end offset maps too.
    """
    s = fold(text)
    n = len(s)
    pieces = []
    offsets = array("l")
    prev = 0
    for m in _DELETED_RE.finditer(s):
        start = m.start()
        pieces.append(s[prev:start])
        offsets.extend(_range(prev, start))
        prev = m.end()
    if not prev:
        return s, _range(0, n + 1)         # nothing deleted
    pieces.append(s[prev:])
    offsets.extend(_range(prev, n))
    offsets.append(n)
    return "".join(pieces), offsets


def normalise_phrase(text: str) -> str:
    """Normalised form of a lexicon phrase (no offsets needed)."""
    return _DELETED_RE.sub("", fold(text))
