"""Cross-article deduplication: the reports of one attack in many articles become one record.

Two reports are the same attack when all of these hold (README, "q7x2 merge"):

* they come from different documents (one article's mentions are merged by the pipeline);
* their dates overlap: the same day when both have day precision, else the coarser date
  contains the finer one (2021-04 and 2021-04-18); an undated report is never merged;
* they name the same site or town: both locations have site/town precision and the same
  English or Arabic name, or coordinates within ``SAME_PLACE_KM``;
* compatible types: the same sub-event type, or a weapon type in common;
* compatible targets: the same, one unknown, or military/airport (a base inside an airport).

Or, whatever their dates and places: they come from different documents, have compatible
types, and share a reporting sentence word for word (``SYNDICATED_MIN_CHARS`` or more): the
same wire copy in two outlets is one attack, even undated or placed only to a region.

Reports are taken in order of publication (then doc_id, then input order); each joins the
first group it matches member by member, else starts a new one, so the result does not
depend on the order of the input files.

A document is its ``doc_id`` *and* the path it was read from: ``a.txt`` in two day folders
are two documents. An article extracted again (re-run, or edited so that an event comes
again with its ``event_id``) replaces its earlier records: a document's records start a new
version where one of its event ids comes again, and only its last version counts. (An edit
that changes every event id of an article is not recognised: ids hash the evidence offsets.)
"""
from __future__ import annotations

import hashlib
import math
from datetime import date, timedelta
from typing import Iterable

from .record import CasualtyRange, CountRange, DocSpan, Event, MergedEvent, ReportSource

SAME_PLACE_KM = 2.0
SYNDICATED_MIN_CHARS = 40     # a shared sentence shorter than this may be a stock phrase
POINT_PRECISIONS = ("site", "town")
DATE_RANK = {"day": 3, "week": 2, "month": 1, "year": 0}
PLACE_RANK = {"site": 5, "town": 4, "district": 3, "governorate": 2, "region": 1, "country": 0}
INTERCHANGEABLE_TARGETS = {frozenset({"military", "airport"})}


def date_interval(value: str, precision: str | None) -> tuple[date, date]:
    """The first and last day a date value can mean."""
    if precision == "week" or "-W" in value:
        year, week = value.split("-W")
        first = date.fromisocalendar(int(year), int(week), 1)
        return first, first + timedelta(days=6)
    if precision == "year" or len(value) == 4:
        return date(int(value), 1, 1), date(int(value), 12, 31)
    if precision == "month" or len(value) == 7:
        first = date.fromisoformat(value + "-01")
        nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    day = date.fromisoformat(value[:10])
    return day, day


def same_time(a: Event, b: Event) -> bool:
    if not a.date.value or not b.date.value:
        return False
    a0, a1 = date_interval(a.date.value, a.date.precision)
    b0, b1 = date_interval(b.date.value, b.date.precision)
    return a0 <= b1 and b0 <= a1


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def same_place(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la.precision not in POINT_PRECISIONS or lb.precision not in POINT_PRECISIONS:
        return False
    if la.name and lb.name and la.name.casefold() == lb.name.casefold():
        return True
    if la.name_ar and la.name_ar == lb.name_ar:
        return True
    return (None not in (la.lat, la.lon, lb.lat, lb.lon)
            and _km(la.lat, la.lon, lb.lat, lb.lon) <= SAME_PLACE_KM)


def _weapon_types(e: Event) -> set[str]:
    return {w.type for w in e.weapons} - {"unknown"}


def compatible_type(a: Event, b: Event) -> bool:
    return a.sub_event_type == b.sub_event_type or bool(_weapon_types(a) & _weapon_types(b))


def compatible_target(a: Event, b: Event) -> bool:
    ta, tb = a.target.type, b.target.type
    return ta is None or tb is None or ta == tb or frozenset({ta, tb}) in INTERCHANGEABLE_TARGETS


def document(e: Event) -> tuple[str, str | None]:
    """What tells one article from another: its id and where it was read from."""
    return e.doc_id, e.source.path


def latest_versions(events: Iterable[Event]) -> list[Event]:
    """The records of each document's last extraction (see the module docstring), in input order."""
    events = list(events)
    version: dict[tuple, int] = {}           # document -> its current version number
    ids: dict[tuple, set[str]] = {}          # document -> the event ids of its current version
    of: list[int] = []
    for e in events:
        doc = document(e)
        if e.event_id in ids.setdefault(doc, set()):
            version[doc] = version.get(doc, 0) + 1
            ids[doc] = set()
        ids[doc].add(e.event_id)
        of.append(version.get(doc, 0))
    return [e for e, v in zip(events, of) if v == version.get(document(e), 0)]


def reporting_sentences(e: Event) -> frozenset[str]:
    """The event's evidence sentences long enough to tell a copy, whitespace made single."""
    return frozenset(text for text in (" ".join(span.text.split()) for span in e.evidence)
                     if len(text) >= SYNDICATED_MIN_CHARS)


def syndicated(a: Event, b: Event, sentences=reporting_sentences) -> bool:
    """The two reports share a reporting sentence: one wire copy in two outlets."""
    return not sentences(a).isdisjoint(sentences(b))


def same_attack(a: Event, b: Event, sentences=reporting_sentences) -> bool:
    if document(a) == document(b) or not compatible_type(a, b):
        return False
    if syndicated(a, b, sentences):
        return True
    return same_time(a, b) and same_place(a, b) and compatible_target(a, b)


def _days(e: Event) -> list[date]:
    """Every day the event's date can mean, when it may be the same attack as another
    report by time and place: dated and placed to a point (else none)."""
    if not e.date.value or e.location.precision not in POINT_PRECISIONS:
        return []
    first, last = date_interval(e.date.value, e.date.precision)
    return [first + timedelta(days=k) for k in range((last - first).days + 1)]


def group_reports(events: Iterable[Event]) -> list[list[Event]]:
    """Groups of reports of the same attack, each group in publication order.

    A report joins the first group whose every member it matches, so a group can take it
    only if one member shares a reporting sentence with it, or a day when both are placed to
    a point: those groups are looked up by sentence and by day rather than by trying every
    group (a store of a year of nights holds tens of thousands of attacks)."""
    numbered = list(enumerate(events))
    numbered.sort(key=lambda ie: (ie[1].source.published or "9999", ie[1].doc_id, ie[0]))
    known = {id(e): reporting_sentences(e) for _, e in numbered}
    sentences = lambda e: known[id(e)]      # noqa: E731  (each event's sentences, made once)
    groups: list[list[Event]] = []
    by_day: dict[date, set[int]] = {}
    by_sentence: dict[str, set[int]] = {}
    for _, event in numbered:
        days = _days(event)
        candidates: set[int] = set()
        for d in days:
            candidates.update(by_day.get(d, ()))
        for sentence in known[id(event)]:
            candidates.update(by_sentence.get(sentence, ()))
        joined = next((g for g in sorted(candidates)
                       if all(same_attack(event, member, sentences) for member in groups[g])), None)
        if joined is None:
            joined = len(groups)
            groups.append([])
        groups[joined].append(event)
        for d in days:
            by_day.setdefault(d, set()).add(joined)
        for sentence in known[id(event)]:
            by_sentence.setdefault(sentence, set()).add(joined)
    return groups


def primary_report(group: list[Event]) -> Event:
    """The most precise report (date, then place, then confidence); the earliest on a tie."""
    def rank(e: Event):
        return (DATE_RANK.get(e.date.precision, -1), PLACE_RANK.get(e.location.precision, -1), e.confidence)
    best = max(rank(e) for e in group)
    return next(e for e in group if rank(e) == best)


def latest_figure(group: list[Event], key: str) -> int | None:
    """The figure of the most recently published report that gives one (group is in publication order)."""
    figures = [getattr(e.casualties, key) for e in group if getattr(e.casualties, key) is not None]
    return figures[-1] if figures else None


def figure_range(group: list[Event], key: str) -> CountRange | None:
    figures = [getattr(e.casualties, key) for e in group if getattr(e.casualties, key) is not None]
    return CountRange(min=min(figures), max=max(figures)) if figures else None


def report_source(e: Event) -> ReportSource:
    return ReportSource(
        doc_id=e.doc_id, event_id=e.event_id, url=e.source.url, title=e.source.title,
        published=e.source.published, date=e.date.value, place=e.location.name or e.location.name_ar,
        sub_event_type=e.sub_event_type, target=e.target.type, weapons=e.weapons,
        perpetrators=e.perpetrators, claimed=e.claimed, killed=e.casualties.killed, wounded=e.casualties.wounded)


def merged_id(group: list[Event]) -> str:
    digest = hashlib.sha1("\n".join(sorted(e.event_id for e in group)).encode("utf-8")).hexdigest()
    return f"m-{digest[:12]}"


def merge_group(group: list[Event]) -> MergedEvent:
    primary = primary_report(group)
    data = primary.model_dump(exclude={"evidence", "casualties", "event_id", "confidence"})
    return MergedEvent(
        **data,
        event_id=merged_id(group),
        casualties={"killed": latest_figure(group, "killed"), "wounded": latest_figure(group, "wounded")},
        confidence=max(e.confidence for e in group),
        evidence=[DocSpan(doc_id=e.doc_id, **span.model_dump()) for e in group for span in e.evidence],
        sources=[report_source(e) for e in group],
        casualty_range=CasualtyRange(killed=figure_range(group, "killed"), wounded=figure_range(group, "wounded")),
    )


def merge_events(events: Iterable[Event]) -> list[MergedEvent]:
    """One record per attack, ordered by date (undated last), then id; only the last
    extraction of each document counts."""
    merged = [merge_group(g) for g in group_reports(latest_versions(events))]
    merged.sort(key=lambda m: (m.date.value is None, m.date.value or "", m.event_id))
    return merged
