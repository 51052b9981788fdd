"""Publication dates as crawlers and feeds write them: ISO 8601 (news-please, trafilatura),
RFC 2822 (RSS: "Sun, 28 Jul 2024 10:11:00 +0300"), day-first numbers ("28/07/2024") and
month names in Arabic or English ("الأحد 28 يوليو 2024"), read with dateparser.

The date is the one written, in the writer's own time zone: "Sun, 28 Jul 2024 01:00:00
+0300" was published on the 28th where it was written, whatever the day in UTC. Only
absolute dates are read: "yesterday" or "منذ ساعتين" would be a date of the run, not of the
article, so they are refused like any other text that is not a full date.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

# dateparser: absolute dates only (no "yesterday", no Unix timestamps), day, month and year
# all written (nothing filled in from today), day before month in numbers (28/07/2024).
DATEPARSER_SETTINGS = {
    "PARSERS": ["absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "DATE_ORDER": "DMY",
    "PREFER_LOCALE_DATE_ORDER": False,
}
LANGUAGES = ["ar", "en"]


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if len(text) == 10 else datetime.fromisoformat(
            text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


@cache
def _month_names() -> tuple[re.Pattern, dict[str, str]]:
    """Every month name of the date gazetteer (Levantine "تموز", Maghrebi "جويلية" ... which
    dateparser does not know) -> the gazetteer's first name of the month ("يوليو"), which it
    does; a pair "يوليو/تموز" becomes one."""
    import yaml

    from .gazetteers import SHIPPED

    with (SHIPPED / "calendar.yaml").open(encoding="utf-8") as f:
        months = yaml.safe_load(f)["months"]
    first = {name: names[0] for names in months.values() for name in names}
    alternatives = "|".join(sorted(map(re.escape, first), key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?:\s*/\s*({alternatives}))?(?!\w)", re.IGNORECASE), first


def _known_months(text: str) -> str:
    pattern, first = _month_names()
    return pattern.sub(lambda m: first.get(m.group(1), first.get(m.group(1).lower(), m.group(1))), text)


def _dateparser(text: str) -> date | None:
    import dateparser   # only for dates that are not ISO: its import takes a while

    parsed = dateparser.parse(text, languages=LANGUAGES, settings=DATEPARSER_SETTINGS)
    return parsed.date() if parsed else None


def parse_published(value) -> date | None:
    """The publication date an article object gives (None for none); ValueError naming the
    value when it is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    found = _iso(text)
    if found is None:
        found = _dateparser(text) or _dateparser(_known_months(text))
    if found is None:
        raise ValueError(f"published: {text!r} is not a date (ISO 8601, RFC 2822, 28/07/2024, "
                         "28 يوليو 2024 or 28 July 2024)")
    return found
