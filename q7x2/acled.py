"""The ACLED view of a record: ACLED's columns, actor names, codes and conventions.

Every choice made here is listed, with its reason, in the README ("ACLED mapping").
"""
from __future__ import annotations

import calendar
import csv
from dataclasses import dataclass
from datetime import date
from typing import Mapping, TextIO
from urllib.parse import urlparse

from .record import Event, Perpetrator

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
    "timestamp",
)


@dataclass(frozen=True)
class Country:
    name: str       # ACLED's country name
    iso: int        # ISO 3166-1 numeric, ACLED's ``iso``
    iso3: str
    region: str     # ACLED's region
    the: bool = False   # named with "the" in actor names ("Military Forces of the United States")

    @property
    def in_actor_name(self) -> str:
        return f"the {self.name}" if self.the else self.name


COUNTRIES: dict[str, Country] = {
    "IQ": Country("Iraq", 368, "IRQ", "Middle East"),
    "SY": Country("Syria", 760, "SYR", "Middle East"),
    "IR": Country("Iran", 364, "IRN", "Middle East"),
    "TR": Country("Turkey", 792, "TUR", "Middle East"),
    "JO": Country("Jordan", 400, "JOR", "Middle East"),
    "KW": Country("Kuwait", 414, "KWT", "Middle East"),
    "SA": Country("Saudi Arabia", 682, "SAU", "Middle East"),
    "LB": Country("Lebanon", 422, "LBN", "Middle East"),
    "IL": Country("Israel", 376, "ISR", "Middle East"),
    "PS": Country("Palestine", 275, "PSE", "Middle East"),
    "YE": Country("Yemen", 887, "YEM", "Middle East"),
    "US": Country("United States", 840, "USA", "North America", the=True),
}

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


def country_of(event: Event) -> Country | None:
    """The country of the event's place; None when the text places it nowhere (no country
    is invented)."""
    return COUNTRIES.get(event.location.country_code) if event.location.country_code else None


def _forces_of(code: str) -> str:
    c = COUNTRIES.get(code)
    return f"Military Forces of {c.in_actor_name if c else code}"


def _in(country: str) -> str:
    """" (Iraq)" after an actor of a known country; nothing when the country is unknown."""
    return f" ({country})" if country else ""


def unidentified(country: str) -> AcledActor:
    return AcledActor(f"Unidentified Armed Group{_in(country)}", 3)


def date_precision(value: str, precision: str | None) -> str:
    """The record's precision, or the one its value's shape implies when none is given."""
    if precision:
        return precision
    return "week" if "-W" in value else {4: "year", 7: "month"}.get(len(value), "day")


def acled_date(value: str | None, precision: str | None) -> tuple[str, str]:
    """(event_date, year). A week is dated to its Wednesday and a month to its 15th, the
    middle of the period; a year alone gives no event_date."""
    if not value:
        return "", ""
    precision = date_precision(value, precision)
    if precision == "week":
        year, week = value.split("-W")
        return date.fromisocalendar(int(year), int(week), 3).isoformat(), year
    if precision == "month":
        return f"{value[:7]}-15", value[:4]
    if precision == "year":
        return "", value[:4]
    return value[:10], value[:4]


def _outlet(url: str | None) -> str:
    host = urlparse(url).netloc if url else ""
    return host[4:] if host.startswith("www.") else host


def _timestamp(published: list[str]) -> str:
    """The latest publication date at 00:00 UTC as Unix time: deterministic, unlike a run's clock."""
    days = sorted(p[:10] for p in published if p)
    return str(calendar.timegm(date.fromisoformat(days[-1]).timetuple())) if days else ""


class ActorNames:
    """ACLED names and inter codes of perpetrators and targets, from the actor gazetteer's kinds."""

    def __init__(self, actors: Mapping[str, object]):
        self.actors = actors   # English or Arabic name -> q7x2.extract.actors.Actor

    def lookup(self, name: str | None):
        return self.actors.get(name) if name else None

    def perpetrator(self, p: Perpetrator, country: str, country_code: str) -> AcledActor | None:
        """None for a generic description ("pro-Iran factions"): ACLED names no such actor."""
        entry = self.lookup(p.name) or self.lookup(p.name_ar)
        if entry is None:
            return AcledActor(p.name, 3)
        if entry.generic:
            return None
        if entry.kind == "state_forces":
            home = entry.country or country_code
            if not home:
                return AcledActor(entry.name, 1)
            inter = 1 if home == country_code else 8
            return AcledActor(_forces_of(home), inter)
        if entry.kind == "unidentified":
            return unidentified(country)
        return AcledActor(entry.name, INTER_OF_KIND[entry.kind])

    def target(self, event: Event, country: str, country_code: str) -> AcledActor | None:
        kind = event.target.type
        if kind == "civilian":
            return AcledActor(f"Civilians{_in(country)}", CIVILIANS)
        if kind in ("military", "government") and not country_code:
            return None        # whose forces or government is not known without a country
        if kind == "military":
            return AcledActor(_forces_of(country_code), 1)
        if kind == "government":
            return AcledActor(f"Government of {country}", 1)
        if kind == "armed_group":
            entry = self.lookup(event.target.name)
            if entry and not entry.generic and entry.kind in INTER_OF_KIND and entry.kind != "state_forces":
                return AcledActor(entry.name, INTER_OF_KIND[entry.kind])
            return unidentified(country)
        return None   # diplomatic, airport, convoy, infrastructure, unknown: property, no actor


def shipped_actors() -> dict[str, object]:
    from .extract.actors import Actor
    from .gazetteers import Gazetteers

    table = {}
    for entry in Gazetteers().entries("actors", Actor):
        for name in (entry.name, entry.name_ar, *entry.variants):
            table.setdefault(name, entry)
    return table


# ---- notes ------------------------------------------------------------------------------

VERB = {
    "Shelling/artillery/missile attack": "fired {weapons} at",
    "Air/drone strike": "carried out {weapons} strike on",
    "Remote explosive/landmine/IED": "detonated {weapons} against",
    "Suicide bomb": "carried out a suicide bombing against",
    "Grenade": "threw {weapons} at",
    "Attack": "attacked",
    "Armed clash": "clashed with forces at",
    "Abduction/forced disappearance": "abducted people at",
    "Disrupted weapons use": "attempted an attack with {weapons} on",
}
DEFAULT_WEAPONS = {
    "Shelling/artillery/missile attack": "projectiles", "Air/drone strike": "an air",
    "Remote explosive/landmine/IED": "an explosive device", "Grenade": "a grenade",
    "Disrupted weapons use": "weapons",
}
PLURAL = {"rocket": "rockets", "missile": "missiles", "mortar": "mortar rounds", "artillery": "artillery shells",
          "drone": "drones", "aircraft": "aircraft", "ied": "IEDs", "car_bomb": "car bombs",
          "suicide_vest": "suicide vests", "grenade": "grenades", "small_arms": "small arms", "unknown": "weapons"}


def _when(value: str | None, precision: str | None) -> str:
    if not value:
        return "On an unknown date"
    if precision == "week":
        return f"In the week {value}"
    if precision == "month":
        d = date.fromisoformat(value[:7] + "-01")
        return f"In {d:%B %Y}"
    if precision == "year":
        return f"In {value[:4]}"
    d = date.fromisoformat(value[:10])
    return f"On {d.day} {d:%B %Y}"


def _weapons_phrase(event: Event) -> str:
    if event.sub_event_type == "Air/drone strike":
        return "a drone" if any(w.type == "drone" for w in event.weapons) else "an air"
    parts = []
    for w in event.weapons:
        noun = PLURAL[w.type]
        if w.subtype:
            noun += f" ({w.subtype})"
        parts.append(f"{w.count} {noun}" if w.count else noun)
    return " and ".join(parts) or DEFAULT_WEAPONS.get(event.sub_event_type, "weapons")


def _casualties_sentence(killed: int | None, wounded: int | None) -> str:
    if killed is None and wounded is None:
        return "Casualties not reported."
    if wounded is None:
        return f"{killed} killed; no figure for wounded."
    if killed is None:
        return f"{wounded} wounded; no figure for fatalities."
    return f"{killed} killed, {wounded} wounded."


def notes(event: Event, actor1: AcledActor) -> str:
    """ACLED-style English summary: when, who, what, where, casualties, attributions."""
    loc = event.location
    place = loc.name or loc.name_ar or loc.text or "an unknown location"
    if loc.admin1 and loc.admin1 != place:
        place += f" in {loc.admin1}"
    who = "an unidentified armed group" if actor1.name.startswith("Unidentified Armed Group") else actor1.name
    verb = VERB[event.sub_event_type].format(weapons=_weapons_phrase(event))
    target = f" ({event.target.type} target)" if event.target.type else ""
    out = [f"{_when(event.date.value, event.date.precision)}, {who} {verb} {place}{target}.",
           _casualties_sentence(event.casualties.killed, event.casualties.wounded)]
    for attribution, label in (("claimed", "Claimed by"), ("accused", "Blamed on"), ("suspected", "Suspected:")):
        names = [p.name for p in event.perpetrators if p.attribution == attribution]
        if names:
            out.append(f"{label} {', '.join(names)}.")
    ranges = getattr(event, "casualty_range", None)
    if ranges is not None:
        for key, r in (("killed", ranges.killed), ("wounded", ranges.wounded)):
            if r is not None and r.min != r.max:
                out.append(f"Sources give {r.min}-{r.max} {key}.")
    return " ".join(out)


# ---- the row ------------------------------------------------------------------------------

def acled_row(event: Event, actors: ActorNames) -> dict[str, str]:
    country = country_of(event)
    country_name = country.name if country else (event.location.country_code or "")
    code = event.location.country_code or ""
    named = [a for p in event.perpetrators if p.attribution in (None, "claimed")
             for a in [actors.perpetrator(p, country_name, code)] if a is not None]
    named = list(dict.fromkeys(named))
    actor1 = named[0] if named else unidentified(country_name)
    actor2 = actors.target(event, country_name, code)
    inters = sorted([actor1.inter] + ([actor2.inter] if actor2 else []))
    interaction = inters[0] * 10 + (inters[1] if len(inters) > 1 else 0)
    event_date, year = acled_date(event.date.value, event.date.precision)
    sources = getattr(event, "sources", None)
    urls = [s.url for s in sources] if sources else [event.source.url]
    published = [s.published for s in sources] if sources else [event.source.published]
    killed_range = getattr(getattr(event, "casualty_range", None), "killed", None)
    loc = event.location
    return {
        "event_id_cnty": f"{country.iso3 if country else 'XXX'}-{event.event_id}",
        "event_date": event_date,
        "year": year,
        "time_precision": ("2" if event.date.inferred else   # the day of the report: within days of it
                           str(TIME_PRECISION[date_precision(event.date.value, event.date.precision)])
                           if event.date.value else ""),
        "disorder_type": ("Strategic developments" if event.event_type == "Strategic developments"
                          else "Political violence"),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": actor1.name,
        "assoc_actor_1": "; ".join(a.name for a in named[1:]),
        "inter1": str(actor1.inter),
        "actor2": actor2.name if actor2 else "",
        "assoc_actor_2": "",
        "inter2": str(actor2.inter) if actor2 else "",
        "interaction": str(interaction),
        "civilian_targeting": "Civilian targeting" if actor2 and actor2.inter == CIVILIANS else "",
        "iso": str(country.iso) if country else "",
        "region": country.region if country else "",
        "country": country_name,
        "admin1": loc.admin1 or "",
        "admin2": loc.admin2 or "",
        "admin3": "",
        "location": loc.name or loc.name_ar or loc.text or "",
        "latitude": f"{loc.lat:.4f}" if loc.lat is not None else "",
        "longitude": f"{loc.lon:.4f}" if loc.lon is not None else "",
        "geo_precision": str(GEO_PRECISION[loc.precision]) if loc.precision else ("3" if loc.lat is not None else ""),
        "source": "; ".join(dict.fromkeys(o for o in map(_outlet, urls) if o)),
        "source_scale": "",
        "notes": notes(event, actor1),
        "fatalities": str(killed_range.min if killed_range else (event.casualties.killed or 0)),
        "tags": "",
        "timestamp": _timestamp(published),
    }


class AcledWriter:
    """ACLED's CSV: its 31 columns, one row per event."""

    def __init__(self, stream: TextIO, actors: Mapping[str, object] | None = None):
        self.stream = stream
        self.actors = ActorNames(shipped_actors() if actors is None else actors)
        self.writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
        self.writer.writeheader()

    def write(self, event: Event) -> None:
        self.writer.writerow(acled_row(event, self.actors))

    def close(self) -> None:
        self.stream.flush()
