"""The output record: pydantic models that define, validate and serialise an event.

Field meanings and vocabularies: CODEBOOK.md (the product's specification). Every
``text`` comes with ``start``/``end`` offsets into the ORIGINAL input text, so that
``input[start:end] == text``.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

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


class Span(_Model):
    start: int
    end: int
    text: str


class Source(_Model):
    path: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    published_from: Optional[Literal["article", "sidecar", "option", "dateline"]] = None


class DateField(_Model):
    value: Optional[str] = None
    precision: Optional[Precision] = None
    time_of_day: Optional[TimeOfDay] = None
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None
    # not read from the text but inferred: "publication_date" (the article's lead event,
    # which names no date, takes the day it was published)
    inferred: Optional[Literal["publication_date"]] = None


class Location(_Model):
    name: Optional[str] = None
    name_ar: Optional[str] = None
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None
    country_code: Optional[str] = None
    admin1_code: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None        # the second-level unit (Iraq: the district), where known
    lat: Optional[float] = None
    lon: Optional[float] = None
    precision: Optional[Literal["site", "town", "district", "governorate", "region", "country"]] = None
    # not named for the attack but inferred: "antecedent_site" (a definite target noun, "كما
    # تعرض المطار لهجوم", points back to the site named before), "reference_point" (only
    # "شرق بغداد" is given: the place it is east of)
    inferred: Optional[Literal["antecedent_site", "reference_point"]] = None


class Target(_Model):
    type: Optional[TargetType] = None
    name: Optional[str] = None
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None


class Weapon(_Model):
    type: WeaponType
    subtype: Optional[str] = None
    count: Optional[int] = None
    caliber_mm: Optional[int] = None
    text: str
    start: int
    end: int


class Perpetrator(_Model):
    name: str
    name_ar: Optional[str] = None
    text: str
    start: int
    end: int
    attribution: Optional[Attribution] = None


class Casualties(_Model):
    killed: Optional[int] = Field(default=None, ge=0)
    wounded: Optional[int] = Field(default=None, ge=0)
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None


class Event(_Model):
    event_id: str
    doc_id: str
    source: Source
    event_type: EventType
    sub_event_type: SubEventType
    date: DateField
    location: Location
    target: Target
    weapons: list[Weapon]
    perpetrators: list[Perpetrator]
    claimed: Optional[bool] = None
    casualties: Casualties
    confidence: float = Field(ge=0, le=1)
    evidence: list[Span]

    def to_json(self) -> str:
        """One JSONL line: keys in the models' order, UTF-8 text (not \\u-escaped)."""
        return self.model_dump_json()


# ---- the cross-article record (q7x2 merge) ------------------------------------------

class DocSpan(Span):
    """An evidence span of a merged event: offsets into the text of document ``doc_id``."""

    doc_id: str


class ReportSource(_Model):
    """One article that reports a merged event, and what that article said about it."""

    doc_id: str
    event_id: str
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    date: Optional[str] = None
    place: Optional[str] = None
    sub_event_type: SubEventType
    target: Optional[TargetType] = None
    weapons: list[Weapon] = Field(default_factory=list)          # offsets into ``doc_id``
    perpetrators: list[Perpetrator] = Field(default_factory=list)  # offsets into ``doc_id``
    claimed: Optional[bool] = None
    killed: Optional[int] = None
    wounded: Optional[int] = None


class CountRange(_Model):
    min: int
    max: int


class CasualtyRange(_Model):
    """The lowest and highest figure given by any source (null: no source gives one)."""

    killed: Optional[CountRange] = None
    wounded: Optional[CountRange] = None


class MergedEvent(Event):
    """One attack as reported by one or more articles (see ``q7x2.merge`` for the rules).

    The fields inherited from :class:`Event` are those of the primary report, so their
    offsets refer to the document ``doc_id``; ``evidence`` gathers every report's spans,
    each with its own ``doc_id``. ``casualties`` holds the most recent figures (no offsets:
    they may come from different documents), ``casualty_range`` the spread across sources.
    """

    evidence: list[DocSpan]
    sources: list[ReportSource]
    casualty_range: CasualtyRange
