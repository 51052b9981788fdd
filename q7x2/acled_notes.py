"""The ``notes`` column of the ACLED view: one English summary of a record (when, who, what,
where, casualties, claims; for merged records the spread of figures)."""
from __future__ import annotations

from datetime import date

from .record import Event

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


def _when(value: str | None) -> str:
    if not value:
        return "On an unknown date"
    precision = "week" if "-W" in value else {4: "year", 7: "month"}.get(len(value), "day")
    if precision == "week":
        return f"In the week {value}"
    if precision == "month":
        d = date.fromisoformat(value[:7] + "-01")
        return f"In {d:%B %Y}"
    if precision == "year":
        return f"In {value[:4]}"
    d = date.fromisoformat(value[:10])
    return f"On {d.day} {d:%B %Y}"


def _weapons_phrase(event: Event, sub_event_type: str) -> str:
    if sub_event_type == "Air/drone strike":
        return "a drone" if any(w.type == "drone" for w in event.weapons) else "an air"
    parts = []
    for w in event.weapons:
        noun = PLURAL[w.type]
        if w.subtype:
            noun += f" ({w.subtype})"
        parts.append(f"{w.count} {noun}" if w.count else noun)
    return " and ".join(parts) or DEFAULT_WEAPONS.get(sub_event_type, "weapons")


def _casualties_sentence(killed: int | None, wounded: int | None) -> str:
    if killed is None and wounded is None:
        return "Casualties not reported."
    if wounded is None:
        return f"{killed} killed; no figure for wounded."
    if killed is None:
        return f"{wounded} wounded; no figure for fatalities."
    return f"{killed} killed, {wounded} wounded."


def notes(event: Event, sub_event_type: str, actor1_name: str, place: str) -> str:
    """ACLED-style English summary: when, who, what (``sub_event_type``: the ACLED row's), where,
    casualties, attributions."""
    who = "an unidentified armed group" if actor1_name.startswith("Unidentified Armed Group") else actor1_name
    verb = VERB[sub_event_type].format(weapons=_weapons_phrase(event, sub_event_type))
    target = f" ({event.target.type} target)" if event.target.type else ""
    out = [f"{_when(event.date.value)}, {who} {verb} {place}{target}.",
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
