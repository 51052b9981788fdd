"""The output record: pydantic models that define, validate and serialise an event.

Field meanings and vocabularies: CODEBOOK.md (the product's specification); each field's
description here is the codebook's, and ``q7x2 schema`` publishes them. Every
``text`` comes with ``start``/``end`` offsets into the ORIGINAL input text, so that
``input[start:end] == text``.
"""
from __future__ import annotations

from datetime import date
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SubEventType = Literal[
    "Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED",
    "Suicide bomb", "Grenade", "Attack", "Armed clash", "Abduction/forced disappearance",
    "Disrupted weapons use",
]
EventType = Literal["Explosions/Remote violence", "Violence against civilians", "Battles", "Strategic developments"]
Precision = Literal["day", "week", "month", "year"]
TimeOfDay = Literal["dawn", "morning", "noon", "afternoon", "evening", "night"]
TargetType = Literal["diplomatic", "military", "airport", "convoy", "civilian", "government",
                     "armed_group", "infrastructure"]
WeaponType = Literal["rocket", "missile", "mortar", "artillery", "drone", "aircraft", "ied", "car_bomb",
                     "suicide_vest", "grenade", "small_arms", "unknown"]
Attribution = Literal["claimed", "accused", "suspected"]

EVENT_TYPE_OF: dict[str, str] = {
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Armed clash": "Battles",
    "Disrupted weapons use": "Strategic developments",
}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# A date value by its shape: a day, an ISO week, a month or a year.
DATE_VALUE = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-W(0[1-9]|[1-4][0-9]|5[0-3]))?$"
ISO_DAY = r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"   # an ISO date, or an ISO datetime's date part


def _precision_of(value: str) -> str:
    return "week" if "-W" in value else {4: "year", 7: "month"}.get(len(value), "day")


def _check_date_value(value: str) -> None:
    """A real day, ISO week, month or year (not "2021-02-30", "2021-W53" or "0000")."""
    date(int(value[:4]), 1, 1)
    if "-W" in value:
        year, week = value.split("-W")
        date.fromisocalendar(int(year), int(week), 1)
    elif len(value) >= 7:
        date.fromisoformat(value if len(value) == 10 else value + "-01")


def _real_day(value: Optional[str]) -> Optional[str]:
    """A publication date whose day exists (the pattern alone lets "2021-02-30" through)."""
    if value is not None:
        try:
            date.fromisoformat(value[:10])
        except ValueError:
            raise ValueError(f"{value!r} is not a real day") from None
    return value


def _offset(description: str):
    return Field(default=None, ge=0, description=description)


START = "Offset of the first character of ``text`` in the original input."
END = "Offset just past the last character of ``text``: input[start:end] == text."
TEXT = "The words of the input the value was read from."


class Span(_Model):
    """A stretch of the input: input[start:end] == text."""

    start: int = Field(ge=0, description=START)
    end: int = Field(ge=0, description=END)
    text: str = Field(description="The text of the span.")


class Source(_Model):
    """The article the event was read from."""

    path: Optional[str] = Field(default=None, description="The input file, as given on the command line.")
    url: Optional[str] = Field(default=None, description="The article's URL, where the input gives one.")
    title: Optional[str] = Field(default=None, description="The article's title, where the input gives one.")
    published: Optional[str] = Field(default=None, pattern=ISO_DAY,
                                     description="Publication date (YYYY-MM-DD, or an ISO datetime) that "
                                                 "relative dates were resolved against.")
    published_from: Optional[Literal["article", "sidecar", "option", "dateline"]] = Field(
        default=None, description="Where the publication date came from: the article object, the folder's "
                                  "published.json, --published, or a dateline in the text.")

    _published_is_real = field_validator("published")(_real_day)


class DateField(_Model):
    """When the attack happened (CODEBOOK.md, "date")."""

    value: Optional[str] = Field(default=None, pattern=DATE_VALUE,
                                 description="YYYY-MM-DD, YYYY-Www (ISO week), YYYY-MM or YYYY; null when the "
                                             "text gives no date that can be resolved.")
    precision: Optional[Precision] = Field(default=None, description="day, week, month or year: the shape of value.")
    time_of_day: Optional[TimeOfDay] = Field(default=None, description="The part of the day the text names.")
    text: Optional[str] = Field(default=None, description=TEXT)
    start: Optional[int] = _offset(START)
    end: Optional[int] = _offset(END)
    inferred: Optional[Literal["publication_date"]] = Field(
        default=None, description="Not read but inferred: publication_date (the article's lead event, which "
                                  "names no date, takes the day it was published; so do an attack told at its "
                                  "time and one reported before the article dates any attack).")

    @model_validator(mode="after")
    def _real_date(self):
        if self.value is not None:
            try:
                _check_date_value(self.value)
            except ValueError:
                raise ValueError(f"{self.value!r} is not a real day, week or month") from None
            if self.precision is not None and self.precision != _precision_of(self.value):
                raise ValueError(f"precision {self.precision!r} does not match the value {self.value!r}")
        return self


class Location(_Model):
    """Where the attack landed: the most precise place the text gives (CODEBOOK.md, "location")."""

    name: Optional[str] = Field(default=None, description="English name of the place.")
    name_ar: Optional[str] = Field(default=None, description="Arabic name of the place, as in the gazetteer.")
    text: Optional[str] = Field(default=None, description=TEXT)
    start: Optional[int] = _offset(START)
    end: Optional[int] = _offset(END)
    country_code: Optional[str] = Field(default=None, pattern=r"^[A-Z]{2}$",
                                        description="ISO 3166-1 alpha-2 code of the country.")
    admin1_code: Optional[str] = Field(default=None, pattern=r"^[A-Z]{2}-[A-Z0-9]{1,3}$",
                                       description="ISO 3166-2 code of the first-level unit (IQ-KR: Kurdistan "
                                                   "Region with no governorate).")
    admin1: Optional[str] = Field(default=None, description="English name of the first-level unit.")
    admin2: Optional[str] = Field(default=None, description="The second-level unit (Iraq: the district), where known.")
    lat: Optional[float] = Field(default=None, ge=-90, le=90, description="Latitude, WGS 84.")
    lon: Optional[float] = Field(default=None, ge=-180, le=180, description="Longitude, WGS 84.")
    precision: Optional[Literal["site", "town", "district", "governorate", "region", "country"]] = Field(
        default=None, description="What the place is: a site (base, embassy, airport), a town, a district, a "
                                  "governorate, a region or a country.")
    inferred: Optional[Literal["antecedent_site", "reference_point", "country_referred"]] = Field(
        default=None, description="Not named for the attack but inferred: antecedent_site (a definite noun "
                                  "points back to a site named before), reference_point (only a direction "
                                  "from this place is given), country_referred (the text says \"the country\", "
                                  "البلاد: the country of the places named before, or of the state's own "
                                  "forces in the sentence).")


class Target(_Model):
    """What was hit (CODEBOOK.md, "target")."""

    type: Optional[TargetType] = Field(default=None, description="The kind of target.")
    name: Optional[str] = Field(default=None, description="The target's name, where the gazetteer knows it.")
    text: Optional[str] = Field(default=None, description=TEXT)
    start: Optional[int] = _offset(START)
    end: Optional[int] = _offset(END)


class Weapon(_Model):
    """One weapon the article gives for the attack."""

    type: WeaponType = Field(description="The kind of weapon.")
    subtype: Optional[str] = Field(default=None, description="The model, as named (Katyusha, Grad, Arash ...).")
    count: Optional[int] = Field(default=None, ge=0, description="How many, as stated; null when not stated.")
    caliber_mm: Optional[int] = Field(default=None, ge=0, description="Calibre in millimetres, as stated.")
    text: str = Field(description=TEXT)
    start: int = Field(ge=0, description=START)
    end: int = Field(ge=0, description=END)


class Perpetrator(_Model):
    """Who did it, and on whose word (CODEBOOK.md, "perpetrators")."""

    name: str = Field(description="English name (the actor gazetteer's), or the name as written.")
    name_ar: Optional[str] = Field(default=None, description="Arabic name, as in the gazetteer.")
    text: str = Field(description=TEXT)
    start: int = Field(ge=0, description=START)
    end: int = Field(ge=0, description=END)
    attribution: Optional[Attribution] = Field(
        default=None, description="claimed (by the group itself), accused (by a named party), suspected (the "
                                  "article's own hedge), or null (named as plain fact).")
    inferred: Optional[Literal["told_before", "campaign"]] = Field(
        default=None, description="Not named for this attack but inferred: told_before (the side that did the "
                                  "nearest attack told before it with the same weapon, or with none named; "
                                  "text and offsets are that side's mention there), campaign (the one side the "
                                  "article says wages a campaign of such attacks; text and offsets are its "
                                  "mention there).")


class Casualties(_Model):
    """The toll of this attack, as stated."""

    killed: Optional[int] = Field(default=None, ge=0, description="People killed; 0 when the text says none; "
                                                                   "null when it says nothing.")
    wounded: Optional[int] = Field(default=None, ge=0, description="People wounded; 0 when the text says none; "
                                                                    "null when it says nothing.")
    text: Optional[str] = Field(default=None, description=TEXT)
    start: Optional[int] = _offset(START)
    end: Optional[int] = _offset(END)


class Event(_Model):
    """One attack event read from one article (CODEBOOK.md)."""

    event_id: str = Field(min_length=1, description="Stable identifier: a hash of the document, the evidence "
                                                    "and the place.")
    doc_id: str = Field(min_length=1, description="Identifier of the article: the file stem or the article's id.")
    source: Source
    event_type: EventType = Field(description="ACLED event type.")
    sub_event_type: SubEventType = Field(description="ACLED sub-event type, chosen by the weapon and by who "
                                                     "fought whom.")
    date: DateField
    location: Location
    target: Target
    weapons: list[Weapon] = Field(description="Every weapon the article gives for this attack.")
    perpetrators: list[Perpetrator] = Field(description="Who did it, each with its attribution.")
    claimed: Optional[bool] = Field(default=None, description="true: claimed; false: the text says no one "
                                                              "claimed it; null: the text says nothing.")
    casualties: Casualties
    confidence: float = Field(ge=0, le=1, description="Probability that the record is a true event "
                                                      "(a logistic model over what the text states).")
    evidence: list[Span] = Field(description="Every sentence that reports the event.")

    def to_json(self) -> str:
        """One JSONL line: keys in the models' order, UTF-8 text (not \\u-escaped)."""
        return self.model_dump_json()


# ---- the cross-article record (q7x2 merge) ------------------------------------------

class DocSpan(Span):
    """An evidence span of a merged event: offsets into the text of document ``doc_id``."""

    doc_id: str = Field(description="The document the offsets refer to.")


class ReportSource(_Model):
    """One article that reports a merged event, and what that article said about it."""

    doc_id: str = Field(description="The article's identifier.")
    event_id: str = Field(description="The event_id of this article's report.")
    url: Optional[str] = Field(default=None, description="The article's URL.")
    title: Optional[str] = Field(default=None, description="The article's title.")
    published: Optional[str] = Field(default=None, pattern=ISO_DAY, description="The article's publication date.")
    date: Optional[str] = Field(default=None, pattern=DATE_VALUE, description="The date this article gives.")
    place: Optional[str] = Field(default=None, description="The place this article gives.")
    sub_event_type: SubEventType = Field(description="The sub-event type of this article's report.")
    target: Optional[TargetType] = Field(default=None, description="The target type this article gives.")
    weapons: list[Weapon] = Field(default_factory=list, description="Its weapons (offsets into doc_id).")
    perpetrators: list[Perpetrator] = Field(default_factory=list, description="Its perpetrators (offsets into "
                                                                               "doc_id).")
    claimed: Optional[bool] = Field(default=None, description="Whether this article reports a claim.")
    killed: Optional[int] = Field(default=None, ge=0, description="Killed, as this article gives it.")
    wounded: Optional[int] = Field(default=None, ge=0, description="Wounded, as this article gives it.")

    _published_is_real = field_validator("published")(_real_day)


class CountRange(_Model):
    """The lowest and the highest figure."""

    min: int = Field(ge=0, description="The lowest figure any source gives.")
    max: int = Field(ge=0, description="The highest figure any source gives.")


class CasualtyRange(_Model):
    """The lowest and highest figure given by any source (null: no source gives one)."""

    killed: Optional[CountRange] = Field(default=None, description="Spread of the killed figures.")
    wounded: Optional[CountRange] = Field(default=None, description="Spread of the wounded figures.")


class MergedEvent(Event):
    """One attack as reported by one or more articles (see ``q7x2.merge`` for the rules).

    The fields inherited from :class:`Event` are those of the primary report, so their
    offsets refer to the document ``doc_id``; ``evidence`` gathers every report's spans,
    each with its own ``doc_id``. ``casualties`` holds the most recent figures (no offsets:
    they may come from different documents), ``casualty_range`` the spread across sources.
    """

    evidence: list[DocSpan] = Field(description="Every report's sentences, each with its document.")
    sources: list[ReportSource] = Field(description="One entry per article that reports the attack, in "
                                                    "publication order.")
    casualty_range: CasualtyRange = Field(description="The spread of the figures across sources.")
