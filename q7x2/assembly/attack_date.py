"""``Attack.date`` for an attack that grows (see :mod:`q7x2.assembly.growing`): the
date is the pool's first (the dates not of a statement, else all) or the first finer one
after it; as dates and reported dates are added, only the new dates are looked at, unless
the first or the finer date found became a reported one."""
from __future__ import annotations

from ..document import Mention
from .arguments import _FINENESS, Attack
from .growing import SMALL, kept


class _DateState:
    """How ``Attack.date`` was found: the pool's first date and the first finer one after it."""
    __slots__ = ("dates", "reported", "seen", "known", "every", "first", "finer")


def _finer(m: Mention, first) -> bool:
    """``m`` names a shorter period inside the date ``first`` (as in ``Attack.date``)."""
    return _FINENESS.get(m.value.precision, 9) < _FINENESS.get(first.precision, 9) \
        and None not in (m.value.first_day, first.first_day) \
        and first.first_day <= m.value.first_day and m.value.last_day <= first.last_day


def _date_state(a: Attack) -> _DateState:
    st = _DateState()
    st.dates, st.reported, st.seen, st.known = a.dates, a.reported, len(a.dates), len(a.reported)
    pool = [i for i, m in enumerate(a.dates) if id(m) not in a.reported]
    st.every = not pool                            # every date dates a report: the pool is all of them
    if st.every:
        pool = list(range(len(a.dates)))
    st.first = pool[0] if pool else None
    st.finer = None
    if st.first is not None:
        first = a.dates[st.first].value
        st.finer = next((i for i in pool[1:] if _finer(a.dates[i], first)), None)
    return st


def attack_date(a: Attack) -> Mention | None:
    """``a.date``, kept up to date as the attack's dates and reported dates grow: only the
    dates appended since are looked at, unless the first or the finer date found became a
    reported one."""
    dates, reported = a.dates, a.reported
    if len(dates) < SMALL:
        return a.date
    cache = kept(a)
    st = cache.get("date")
    if st is None or st.dates is not dates or st.reported is not reported or st.seen > len(dates) \
            or st.known > len(reported) or (len(reported) > st.known and not st.every and (
                id(dates[st.first]) in reported or (st.finer is not None and id(dates[st.finer]) in reported))):
        st = cache["date"] = _date_state(a)
    elif st.seen < len(dates):
        new = range(st.seen, len(dates))
        if st.every and any(id(dates[i]) not in reported for i in new) or st.first is None:
            st = cache["date"] = _date_state(a)
        else:
            if st.finer is None:
                first = dates[st.first].value
                st.finer = next((i for i in new if (st.every or id(dates[i]) not in reported)
                                 and _finer(dates[i], first)), None)
            st.seen, st.known = len(dates), len(reported)
    st.known = len(reported)
    if st.first is None:
        return None
    return dates[st.finer if st.finer is not None else st.first]
