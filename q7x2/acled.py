"""The ACLED view of a record: ACLED's columns, actor names, codes and conventions.

Every choice made here is listed, with its reason, in the README ("ACLED mapping").
"""
from __future__ import annotations

import calendar
import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TextIO
from urllib.parse import urlparse

from .acled_notes import notes
from .acled_tables import AcledTables, Country, ascii_name
from .formats import safe_row
from .record import Event, Perpetrator

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
    "timestamp",
)


# ACLED inter codes (the numeric scheme): 1 state forces, 2 rebels, 3 political militias,
# 4 identity militias, 7 civilians, 8 external/other forces.
INTER_OF_KIND = {"state_forces": 1, "rebel_group": 2, "political_militia": 3, "identity_militia": 4,
                 "external_forces": 8, "unidentified": 3}
CIVILIANS = 7

TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"site": 1, "town": 1, "district": 2, "governorate": 3, "region": 3, "country": 3}


@dataclass(frozen=True)
class AcledActor:
    name: str
    inter: int


def date_precision(value: str) -> str:
    """The precision a date value's shape gives (the record validates that they agree)."""
    return "week" if "-W" in value else {4: "year", 7: "month"}.get(len(value), "day")


def acled_date(value: str | None) -> tuple[str, str]:
    """(event_date, year). A week is dated to its Wednesday and a month to its 15th, the
    middle of the period; a year alone gives no event_date. ``year`` is the year of
    ``event_date``: the Wednesday of ISO week 2026-W01 is 2025-12-31, of the year 2025."""
    if not value:
        return "", ""
    precision = date_precision(value)
    if precision == "week":
        year, week = value.split("-W")
        day = date.fromisocalendar(int(year), int(week), 3).isoformat()
        return day, day[:4]
    if precision == "month":
        return f"{value[:7]}-15", value[:4]
    if precision == "year":
        return "", value[:4]
    return value[:10], value[:4]


def _outlet_host(url: str | None) -> str:
    host = (urlparse(url).hostname or "") if url else ""
    return host[4:] if host.startswith("www.") else host


def _timestamp(published: list[str | None]) -> str:
    """The latest publication date at 00:00 UTC as Unix time: deterministic, unlike a run's clock."""
    days = sorted(p[:10] for p in published if p)
    return str(calendar.timegm(date.fromisoformat(days[-1]).timetuple())) if days else ""


SCALE_ORDER = ("Subnational", "National", "Regional", "International")
STATE_KINDS = ("state_forces", "external_forces")
ARMED = frozenset({1, 2, 3, 4, 8})


class ActorNames:
    """ACLED names and inter codes of perpetrators and targets, from the actor gazetteer."""

    def __init__(self, tables: AcledTables):
        self.tables = tables

    def lookup(self, name: str | None):
        return self.tables.actors.get(name) if name else None

    @staticmethod
    def _in(where: Country | None) -> str:
        """" (Iraq)" after an actor of a known country; nothing when the country is unknown."""
        return f" ({where.name})" if where else ""

    def civilians(self, where: Country | None) -> AcledActor:
        return AcledActor(f"Civilians{self._in(where)}", CIVILIANS)

    def unidentified(self, where: Country | None) -> AcledActor:
        return AcledActor(f"Unidentified Armed Group{self._in(where)}", 3)

    def state(self, entry, where_code: str | None, day: str | None) -> AcledActor:
        """A state's forces: 1 at home, 8 abroad (ACLED's external forces); the name with the
        period of the government in office ("Military Forces of Iraq (2022-)")."""
        name = entry.acled or entry.name
        home = self.tables.country(entry.country)
        if home and name.endswith(f"of {home.in_actor_name}"):
            name += self.tables.period(entry.country, day)
        if entry.country and where_code:
            return AcledActor(name, 1 if entry.country == where_code else 8)
        return AcledActor(name, INTER_OF_KIND[entry.kind])

    def perpetrator(self, p: Perpetrator, where: Country | None, where_code: str | None,
                    day: str | None) -> AcledActor | None:
        """None for a generic description ("pro-Iran factions"): ACLED names no such actor."""
        entry = self.lookup(p.name) or self.lookup(p.name_ar)
        if entry is None:
            return AcledActor(p.name, 3)
        if entry.generic:
            return None
        if entry.kind == "unidentified":
            return self.unidentified(where)
        if entry.kind in STATE_KINDS:
            return self.state(entry, where_code, day)
        if entry.acled_in_country and where:
            return AcledActor(entry.acled_in_country.format(country=where.name), INTER_OF_KIND[entry.kind])
        return AcledActor(entry.acled or entry.name, INTER_OF_KIND[entry.kind])

    def target(self, event: Event, where: Country | None, day: str | None) -> AcledActor | None:
        kind, code = event.target.type, event.location.country_code
        if kind == "civilian":
            return self.civilians(where)
        if kind in ("military", "government") and not where:
            return None        # whose forces or government is not known without a country
        if kind == "military":
            return AcledActor(f"Military Forces of {where.in_actor_name}{self.tables.period(code, day)}", 1)
        if kind == "government":
            return AcledActor(f"Government of {where.in_actor_name}{self.tables.period(code, day)}", 1)
        if kind == "armed_group":
            entry = self.lookup(event.target.name)
            if entry and not entry.generic and entry.kind not in ("unidentified", *STATE_KINDS):
                return AcledActor(entry.acled or entry.name, INTER_OF_KIND[entry.kind])
            return self.unidentified(where)
        return None   # diplomatic, airport, convoy, infrastructure, unknown: property, no actor


def acled_types(event: Event, actor2: AcledActor | None) -> tuple[str, str]:
    """ACLED's event and sub-event type, consistent with the actors: violence against
    civilians has civilian victims, so an "Attack" on an armed actor is a battle (an armed
    clash), and an armed clash with civilians as the other side is an attack on them."""
    if event.event_type == "Violence against civilians" and actor2 and actor2.inter in ARMED:
        return "Battles", "Armed clash"
    if event.event_type == "Battles" and actor2 and actor2.inter == CIVILIANS:
        return "Violence against civilians", "Attack"
    return event.event_type, event.sub_event_type




def _interaction(inters: list[int], labels: dict[int, str] | None) -> str:
    """ACLED's interaction: the two inter codes, lower first ("13"), or the one code and 0
    for a one-sided event ("30"); with labels "Political militia-State forces", "Political
    militia only"."""
    inters = sorted(inters)
    if labels is None:
        return str(inters[0] * 10 + (inters[1] if len(inters) > 1 else 0))
    return "-".join(labels[i] for i in inters) if len(inters) > 1 else f"{labels[inters[0]]} only"


def acled_row(event: Event, tables: AcledTables, labels: bool = False) -> dict[str, str]:
    """One ACLED row. ``labels``: inter codes and interaction as ACLED's text labels."""
    actors = ActorNames(tables)
    loc, code = event.location, event.location.country_code
    where = tables.country(code)
    event_date, year = acled_date(event.date.value)
    day = event_date or None
    named = [a for p in event.perpetrators if p.attribution in (None, "claimed")
             for a in [actors.perpetrator(p, where, code, day)] if a is not None]
    named = list(dict.fromkeys(named))
    actor1 = named[0] if named else actors.unidentified(where)
    actor2 = actors.target(event, where, day)
    event_type, sub_event_type = acled_types(event, actor2)
    if event_type == "Violence against civilians" and actor2 is None:
        actor2 = actors.civilians(where)   # its victims are civilians
    assoc = [a.name for a in named[1:] if a != actor2]
    label_of = tables.table.inter_labels if labels else None
    inter = (lambda i: label_of[i]) if label_of else str
    sources = getattr(event, "sources", None)
    urls = [s.url for s in sources] if sources else [event.source.url]
    published = [s.published for s in sources] if sources else [event.source.published]
    hosts = list(dict.fromkeys(h for h in map(_outlet_host, urls) if h))
    outlets = [tables.outlet(h) for h in hosts]
    scales = {o.scale for o in outlets if o}
    killed_range = getattr(getattr(event, "casualty_range", None), "killed", None)
    admin = tables.admin(loc)
    place = ascii_name(loc.name) if loc.name else loc.name_ar or loc.text or ""
    return {
        "event_id_cnty": f"{where.iso3 if where else 'XXX'}-{event.event_id}",
        "event_date": event_date,
        "year": year,
        "time_precision": ("" if not event.date.value else
                           "2" if event.date.inferred else   # the day of the report: within days of it
                           str(TIME_PRECISION[date_precision(event.date.value)])),
        "disorder_type": "Strategic developments" if event_type == "Strategic developments" else "Political violence",
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1.name,
        "assoc_actor_1": "; ".join(assoc),
        "inter1": inter(actor1.inter),
        "actor2": actor2.name if actor2 else "",
        "assoc_actor_2": "",
        "inter2": inter(actor2.inter) if actor2 else "",
        "interaction": _interaction([actor1.inter] + ([actor2.inter] if actor2 else []), label_of),
        "civilian_targeting": "Civilian targeting" if actor2 and actor2.inter == CIVILIANS else "",
        "iso": str(where.iso) if where else "",
        "region": where.region if where else "",
        "country": where.name if where else "",
        "admin1": admin.admin1,
        "admin2": admin.admin2,
        "admin3": admin.admin3,
        "location": place,
        "latitude": f"{loc.lat:.4f}" if loc.lat is not None else "",
        "longitude": f"{loc.lon:.4f}" if loc.lon is not None else "",
        "geo_precision": str(GEO_PRECISION[loc.precision]) if loc.precision else ("3" if loc.lat is not None else ""),
        "source": "; ".join(o.name if o else h for h, o in zip(hosts, outlets)),
        "source_scale": "-".join(s for s in SCALE_ORDER if s in scales),
        "notes": notes(event, sub_event_type, actor1.name,
                       f"{place or 'an unknown location'}{f' in {admin.admin1}' if admin.admin1 and admin.admin1 != place else ''}"),
        "fatalities": str(killed_range.min if killed_range else (event.casualties.killed or 0)),
        "tags": "",
        "timestamp": _timestamp(published),
    }


@cache
def shipped_tables() -> AcledTables:
    return AcledTables()


class AcledWriter:
    """ACLED's CSV: its 31 columns, one row per event. ``labels``: inter codes as ACLED's text
    labels; ``excel``: UTF-8 with a byte order mark and CRLF line ends, as Excel reads CSV."""

    def __init__(self, stream: TextIO, tables: AcledTables | None = None, labels: bool = False,
                 excel: bool = False):
        self.stream = stream
        self.tables = tables or shipped_tables()
        self.labels = labels
        if excel:
            stream.write("\ufeff")
        self.writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\r\n" if excel else "\n")
        self.writer.writeheader()

    def write(self, event: Event) -> None:
        self.writer.writerow(safe_row(acled_row(event, self.tables, self.labels)))

    def close(self) -> None:
        self.stream.flush()
