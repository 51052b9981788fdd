"""What coreference asks of an attack, kept up to date as the attack grows.

While an article's reports are merged, each new report is compared with every attack so
far, and an attack's argument lists only grow (``Attack.absorb`` appends). Recomputing
"its specific places", "its weapon types", "its date" ... from the whole lists at every
comparison made merging quadratic in the article's length (a 3 MB article: ten minutes).
Here each such value is stored on the attack with the list it was computed from and how
far; asked again, it takes in only the items appended since. A list replaced by another
or made shorter is read afresh; one reordered in place must be announced with
:func:`forget`. The values are exactly those of the plain computations.
"""
from __future__ import annotations

from typing import Any, Callable, Hashable

_CACHE = "_growing"
SMALL = 32      # lists shorter than this are read afresh: cheaper than keeping values (most articles)


class _Follow:
    __slots__ = ("source", "seen", "value")

    def __init__(self, source: list, value: Any):
        self.source, self.seen, self.value = source, 0, value


def follow(owner, key: Hashable, source: list, fresh: Callable[[], Any], take: Callable[[Any, Any], Any]) -> Any:
    """The value for ``key`` over ``source``: ``fresh()`` updated by ``take(value, item)``
    (which returns the new value) for every item, computed only for items not seen yet."""
    cache = kept(owner)
    state = cache.get(key)
    if state is not None and state.source is source:
        n = len(source)
        if state.seen == n:
            return state.value
        if state.seen > n:
            state = None
    else:
        state = None
    if state is None:
        state = cache[key] = _Follow(source, fresh())
    value = state.value
    for item in source[state.seen:]:
        value = take(value, item)
    state.value, state.seen = value, len(source)
    return value


def kept(owner) -> dict:
    """What is kept of ``owner`` (for values that :func:`follow` cannot express)."""
    cache = owner.__dict__.get(_CACHE)
    if cache is None:
        cache = owner.__dict__[_CACHE] = {}
    return cache


def forget(owner) -> None:
    """Drop what is kept of ``owner`` (its lists were changed otherwise than by appending)."""
    owner.__dict__.pop(_CACHE, None)


def _add(found: set, item) -> set:
    found.add(item)
    return found


def members(owner, name: str, source: list) -> set:
    """The items of ``source`` as a set (identity for mentions, value for agents)."""
    return follow(owner, ("members", name), source, set, _add)
