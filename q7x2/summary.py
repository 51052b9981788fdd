"""An event as one flat row of scalars: what a GIS layer, a spreadsheet or a database table
shows and filters by (date, type, place, actors, fatalities), beside the full record.

One definition, read by every view that needs flat columns, so that a column means the
same in each of them.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from .record import Event

ACTOR_SEPARATOR = "; "

#: column name -> one-line description (the codebook's wording, for schema and metadata)
SUMMARY_COLUMNS: dict[str, str] = {
    "event_id": "Stable identifier of the event record.",
    "doc_id": "Identifier of the article the event was read from.",
    "date": "Day the attack happened (YYYY-MM-DD), or the first day of its week/month/year.",
    "date_precision": "How exact the date is: day, week, month or year.",
    "month": "Month the attack happened (YYYY-MM), when the date is at least that exact.",
    "date_inferred": "Why the date was not read from the text (publication_date), or empty.",
    "event_type": "ACLED event type.",
    "sub_event_type": "ACLED sub-event type.",
    "place": "English name of the place of the attack.",
    "place_ar": "Arabic name of the place as in the gazetteer.",
    "admin1": "First-level administrative unit (governorate, province).",
    "admin1_code": "ISO 3166-2 code of the first-level unit.",
    "admin2": "Second-level administrative unit (district), where known.",
    "country_code": "ISO 3166-1 alpha-2 code of the country.",
    "location_precision": "What the place is: site, town, district, governorate, region or country.",
    "lat": "Latitude (WGS 84) of the place.",
    "lon": "Longitude (WGS 84) of the place.",
    "target_type": "Kind of target: military, civilian, convoy, airport ...",
    "target": "Name of the target as the text gives it.",
    "weapons": "Weapon types, separated by '; '.",
    "perpetrators": "Named perpetrators, separated by '; '.",
    "claimed": "Whether a perpetrator claimed the attack.",
    "killed": "People killed (null: the text gives no figure).",
    "wounded": "People wounded (null: the text gives no figure).",
    "fatalities": "Killed, 0 when the text gives no figure (ACLED's convention).",
    "confidence": "Estimated probability that the event is a true attack event.",
    "source_url": "URL of the article, where known.",
    "source_title": "Title of the article, where known.",
    "published": "Publication date of the article.",
}


def _joined(values: list[str]) -> Optional[str]:
    return ACTOR_SEPARATOR.join(values) if values else None


def month(value: Optional[str], precision: Optional[str]) -> Optional[str]:
    """The month (YYYY-MM) of a day, a month or a week (the month of its Monday); None for a year."""
    if not value or precision == "year" or len(value) == 4:
        return None
    if "-W" in value:
        year, week = value.split("-W")
        return date.fromisocalendar(int(year), int(week), 1).strftime("%Y-%m")
    return value[:7]


def summary(event: Event) -> dict:
    """The event's :data:`SUMMARY_COLUMNS` as JSON scalars (str, int, float, bool or None)."""
    loc, when = event.location, event.date
    return {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "date": when.value,
        "date_precision": when.precision,
        "month": month(when.value, when.precision),
        "date_inferred": when.inferred,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "place": loc.name,
        "place_ar": loc.name_ar,
        "admin1": loc.admin1,
        "admin1_code": loc.admin1_code,
        "admin2": loc.admin2,
        "country_code": loc.country_code,
        "location_precision": loc.precision,
        "lat": loc.lat,
        "lon": loc.lon,
        "target_type": event.target.type,
        "target": event.target.name or event.target.text,
        "weapons": _joined(list(dict.fromkeys(w.type for w in event.weapons))),
        "perpetrators": _joined(list(dict.fromkeys(p.name for p in event.perpetrators))),
        "claimed": event.claimed,
        "killed": event.casualties.killed,
        "wounded": event.casualties.wounded,
        "fatalities": event.casualties.killed or 0,
        "confidence": event.confidence,
        "source_url": event.source.url,
        "source_title": event.source.title,
        "published": event.source.published,
    }
