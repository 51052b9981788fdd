"""Dates: Arabic temporal expressions, resolved against the publication date (DCT).

A small engine over ``gazetteers/calendar.yaml`` (names: months, weekdays, Hijri months,
ordinals, units) and ``gazetteers/dates_cues.yaml`` (the words around them). Each rule is
one regex assembled from that vocabulary, compiled once, plus one resolver that turns a
match into a :class:`DateValue`. All rules run over the normalised text; of overlapping
matches the earliest, then the longest, wins. Resolution follows CODEBOOK.md (``date``
row): a bare weekday or month is the latest one not after the DCT, "الماضي" the latest one
strictly before, "الجاري" the DCT's month, "المقبل" the next one; with no DCT a date with
no written year has value None (never guess a year). A bare weekday, day or month after a
future cue earlier in its sentence ("من المقرر أن ...") looks forward instead.

Where an article has no known DCT, ``DateExtractor.publication_date`` takes it from a
dateline (``find_dateline``): a stamp (a label such as "نشر في" or a time) is trusted; a
bare date line is a site's "today" banner when ``plausible_dct`` finds it later, by years,
than every date the text writes with a year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import compress
from typing import Annotated, Callable, Iterable, Literal, Optional

from hijridate import Gregorian, Hijri
from pydantic import BaseModel, ConfigDict, Field

from ..document import Document
from ..gazetteers import GazetteerError, Gazetteers, Table
from ..lexicon import trie_alternation
from ..normalise import normalise, normalise_phrase
from ..tokenise import remembered

TimeOfDay = Literal["dawn", "morning", "noon", "afternoon", "evening", "night"]
Unit = Literal["day", "week", "month", "year"]
MonthNo = Annotated[int, Field(ge=1, le=12)]


# --- vocabulary models (gazetteers/calendar.yaml, gazetteers/dates_cues.yaml) -----------
class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class UnitForms(_Strict):
    one: list[str]
    two: list[str]
    many: list[str]


class HijriMonth(_Strict):
    names: list[str]
    standalone: list[str] = []   # forms unambiguous without a day, year or "شهر"


class Calendar(Table):
    months: dict[MonthNo, list[str]]
    ambiguous_months: list[str]
    hijri_months: dict[MonthNo, HijriMonth]
    hijri_year_marks: list[str]
    weekdays: dict[Annotated[int, Field(ge=0, le=6)], list[str]]
    ordinal_days: dict[Annotated[int, Field(ge=1, le=31)], list[str]]
    number_words: dict[Annotated[int, Field(ge=1)], list[str]]
    units: dict[Unit, UnitForms]
    anniversary_ordinals: dict[Annotated[int, Field(ge=1)], list[str]]
    # a holiday on a fixed day of the year, by "MM-DD" ("عيد نوروز": 21 March)
    holidays: dict[Annotated[str, Field(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")], list[str]] = {}


class RelativeDay(_Strict):
    names: list[str]
    offset: int
    time_of_day: Optional[TimeOfDay] = None


class DateCues(Table):
    parts_of_day: dict[TimeOfDay, list[str]]
    relative_days: list[RelativeDay]
    today_not_after: list[str]
    today_not_before: list[str]
    general_not_after: list[str]
    modifiers: dict[Literal["past", "current", "next"], list[str]]
    this_words: list[str]
    periods: dict[Unit, list[str]]
    period_parts: list[str]
    month_words: list[str]
    day_words: list[str]
    of_words: list[str]
    same_day_words: list[str]
    range_words: list[str]
    year_words: list[str]
    month_cues: list[str]
    year_cues: list[str]
    counted_nouns: list[str]
    ago_words: list[str]
    about_words: list[str]
    relation_cues: dict[Literal["since", "until", "after", "before"], list[str]]
    future_cues: list[str]
    dateline_labels: list[str]
    dateline_fillers: list[str]
    anniversary_words: list[str]


# --- the value ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DateValue:
    value: str | None       # "2021-04-18" | "2021-W15" | "2021-04" | "2021" | None (no DCT and no year)
    precision: str | None   # "day" | "week" | "month" | "year"
    time_of_day: str | None # "dawn" | "morning" | "noon" | "afternoon" | "evening" | "night" | None
    relation: str = "point" # "point" | "since" | "until" | "after" | "before" | "future"
    explicit_year: bool = False  # the year was written
    anniversary: int | None = None  # "الذكرى الرابعة": the act was this many years before the day named
    days_from_dct: int | None = None  # "أمس", "الليلة الماضية": a day counted from the publication date

    @property
    def first_day(self) -> date | None:
        """First day of the period the value names."""
        if self.value is None:
            return None
        if self.precision == "week":
            y, w = self.value.split("-W")
            return date.fromisocalendar(int(y), int(w), 1)
        parts = [int(p) for p in self.value.split("-")] + [1, 1]
        return date(parts[0], parts[1], parts[2])

    @property
    def last_day(self) -> date | None:
        """Last day of the period the value names."""
        first = self.first_day
        if first is None:
            return None
        if self.precision == "day":
            return first
        if self.precision == "week":
            return first + timedelta(days=6)
        if self.precision == "month":
            return _add_months(first, 1) - timedelta(days=1)
        return date(first.year, 12, 31)


# --- calendar arithmetic ---------------------------------------------------------------------
Mode = Literal["latest", "past", "current", "next", "upcoming"]
_MODIFIER_MODE: dict[str, Mode] = {"past": "past", "current": "current", "next": "next"}
_YEAR_SHIFT = {"past": -1, "current": 0, "next": 1}


def _cycle_year(target: tuple, now: tuple, year: int, mode: Mode) -> int:
    """Year of the occurrence of a yearly (month[, day]) ``target`` that ``mode`` picks,
    relative to ``now`` = the DCT's (month[, day]) in ``year``."""
    if mode == "latest":
        return year if target <= now else year - 1
    if mode == "past":
        return year if target < now else year - 1
    if mode == "next":
        return year if target > now else year + 1
    if mode == "upcoming":
        return year if target >= now else year + 1
    return year


def _weekday_date(dct: date, weekday: int, mode: Mode) -> date:
    back = (dct.weekday() - weekday) % 7
    ahead = (weekday - dct.weekday()) % 7
    if mode == "past":
        return dct - timedelta(days=back or 7)
    if mode == "next":
        return dct + timedelta(days=ahead or 7)
    if mode == "upcoming":
        return dct + timedelta(days=ahead)
    return dct - timedelta(days=back)


def _add_months(d: date, n: int) -> date:
    """First day of the month ``n`` months after ``d``'s month."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _Found:
    """A resolved period before the relation is decided: value, precision, first day."""

    value: str | None
    precision: str
    first: date | None
    explicit_year: bool = False
    future: bool = False        # resolved forward (المقبل, or a future context)
    relation: str | None = None # set by the expression itself ("منذ شهر")
    anniversary: int | None = None
    days_from_dct: int | None = None


def _day(d: date | None, explicit: bool = False, future: bool = False) -> _Found:
    return _Found(d and d.isoformat(), "day", d, explicit, future)


def _month(y: int | None, m: int, explicit: bool = False, future: bool = False) -> _Found:
    if y is None:
        return _Found(None, "month", None, explicit, future)
    return _Found(f"{y:04d}-{m:02d}", "month", date(y, m, 1), explicit, future)


def _year(y: int | None, explicit: bool = False, future: bool = False) -> _Found:
    if y is None:
        return _Found(None, "year", None, explicit, future)
    return _Found(f"{y:04d}", "year", date(y, 1, 1), explicit, future)


def _week(d: date | None, future: bool = False) -> _Found:
    if d is None:
        return _Found(None, "week", None, False, future)
    y, w, _ = d.isocalendar()
    return _Found(f"{y:04d}-W{w:02d}", "week", date.fromisocalendar(y, w, 1), False, future)


# --- vocabulary as regex alternatives ---------------------------------------------------------
def _norm(phrase: str) -> str:
    return " ".join(normalise_phrase(phrase).split())


class _Words:
    """Normalised phrases mapped to what they mean, and the regex that matches any of them."""

    def __init__(self, what: str, pairs: Iterable[tuple[str, object]]):
        self.meaning: dict[str, object] = {}
        for raw, meaning in pairs:
            key = _norm(raw)
            if self.meaning.setdefault(key, meaning) != meaning:
                raise GazetteerError(f"calendar: {what}: '{raw}' has two meanings "
                                     f"({self.meaning[key]!r} and {meaning!r})")
        alternatives = sorted(self.meaning, key=len, reverse=True)
        # No start boundary here: a rule starts at _START (which allows a clitic), and
        # inside a rule every word follows a space or a mark.
        self.pattern = "(?:" + trie_alternation(alternatives) + ")(?!\\w)"

    def __getitem__(self, matched: str):
        return self.meaning[" ".join(matched.split())]


def _words(what: str, mapping: dict) -> _Words:
    return _Words(what, ((w, k) for k, ws in mapping.items() for w in ws))


def _plain(what: str, words: Iterable[str]) -> _Words:
    return _Words(what, ((w, True) for w in words))


# A mention may follow a clitic (و، ف، ب، ل) written onto it: "ومساء الجمعة", "لشهر".
_CLITICS = "وفبل"
_START = rf"(?:(?<!\w)|(?<=(?<!\w)[{_CLITICS}]))"
_YEAR = r"(?<![\d.,/-])(?:19|20)\d\d(?!\d)"
_DAYNUM = r"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_TIME = re.compile(r"\d{1,2}:\d{2}")
# Words and marks: tokens enough to find where a date may start (DateExtractor._starts).
_WORD_OR_MARK = re.compile(r"\w+|[^\w\s]")
# How many first characters of a token tell whether a rule may start there.
_GATE_CHARS = 4
# How far back in the sentence a future cue ("من المقرر") still governs a bare weekday.
_FUTURE_WINDOW = 120
# A header date later than every explicitly dated period of the text by more than this
# is a site banner, not the publication date.
_BANNER_MAX_LEAD = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    regex: re.Pattern
    resolve: Callable  # (match, context) -> _Found | None


def _prefixes(pattern: str, k: int, limit: int = 5000) -> set[tuple[str, ...]] | None:
    """Every way the first ``k`` characters of a match of ``pattern`` can look, as tuples of
    one-character regexes (shorter where a match can be shorter). An atom "" stands for any
    text: what the parse tree holds past something this does not model (a back-reference).
    None when there are more than ``limit``, or when the match can be empty."""
    from re import _constants as C, _parser

    categories = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
                  C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}

    def char_class(av) -> str | None:
        out = ""
        for o, a in av:
            if o is C.NEGATE:
                out += "^"
            elif o is C.LITERAL:
                out += re.escape(chr(a))
            elif o is C.RANGE:
                out += re.escape(chr(a[0])) + "-" + re.escape(chr(a[1]))
            elif o is C.CATEGORY and a in categories:
                out += categories[a]
            else:
                return None
        return "[" + out + "]"

    # a prefix: (atoms, open) where open means the match may go on after these atoms
    def seq(items, prefixes):
        for op, av in items:
            done = {p for p in prefixes if len(p) == k}
            todo = prefixes - done
            if not todo:
                return prefixes
            grown = set(done)
            tails_within = {budget: item(op, av, budget) for budget in {k - len(p) for p in todo}}
            for p in todo:
                tails = tails_within[k - len(p)]
                if tails is None:
                    return None
                grown |= {p + t for t in tails}
            if len(grown) > limit:
                return None
            prefixes = grown
        return prefixes

    def item(op, av, budget):
        """The prefixes (at most ``budget`` atoms) of one parse item, from scratch."""
        start = {()}
        anything = {("",) * budget}
        if op is C.LITERAL:
            return {(re.escape(chr(av)),)}
        if op is C.NOT_LITERAL:
            return {("[^" + re.escape(chr(av)) + "]",)}
        if op is C.IN:
            cls = char_class(av)
            return anything if cls is None else {(cls,)}
        if op is C.ANY:
            return {("[^\\n]",)}
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return start                                  # zero-width: no atom
        if op is C.BRANCH:
            out = set()
            for alt in av[1]:
                sub = sub_seq(alt, budget)
                if sub is None:
                    return None
                out |= sub
            return out
        if op is C.SUBPATTERN:
            return sub_seq(av[3], budget)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, body = av
            out = start if lo == 0 else set()
            cur = start
            for rep in range(1, min(hi, max(lo, budget)) + 1):
                nxt = set()
                for p in cur:
                    if len(p) == budget:
                        nxt.add(p)
                        continue
                    sub = sub_seq(body, budget - len(p))
                    if sub is None:
                        return None
                    nxt |= {p + t for t in sub}
                cur = nxt
                if rep >= lo:
                    out |= cur
                if len(out) > limit:
                    return None
            return out
        return anything

    def sub_seq(items, budget):
        nonlocal k
        saved, k = k, budget
        try:
            return seq(items, {()})
        finally:
            k = saved

    prefixes = seq(_parser.parse(pattern), {()})
    if prefixes is None or () in prefixes:
        return None
    return prefixes


def _gate(prefixes: set[tuple[str, ...]] | None, letters: bool) -> re.Pattern:
    """Matches the text of a token where a match with one of ``prefixes`` may start. The
    token may end before the prefix does, the text going on with the next atom: any atom,
    but no letter after a token of ``letters`` (a whole run of them)."""
    if prefixes is None:
        return re.compile("")
    trie: dict = {}
    for p in prefixes:
        node = trie
        for atom in p:
            node = node.setdefault(atom, {})
        node[None] = {}

    def emit(node) -> str:
        if None in node:
            return ""                                     # this prefix suffices
        branches = [atom + emit(child) for atom, child in node.items()]
        if not (letters and all(len(atom) == 1 and atom.isalpha() for atom in node)):
            branches.append(r"\Z")
        return "(?:" + "|".join(branches) + ")"

    return re.compile(emit(trie))


class _AtStart:
    """A regex searched for where it matches at _START. Without that lookbehind first, re
    skips in C to where the regex's first characters are; each match found is then checked
    for _START, else the next one is looked for: the matches of ``_START + pattern``."""

    _start = re.compile(_START)

    def __init__(self, pattern: str):
        self.regex = re.compile(pattern)

    def search(self, text: str, pos: int, endpos: int) -> re.Match | None:
        m = self.regex.search(text, pos, endpos)
        while m is not None and not self._start.match(text, m.start()):
            m = self.regex.search(text, m.start() + 1, endpos)
        return m


@dataclass(frozen=True, slots=True)
class _Context:
    norm: str
    dct: date | None


class DateExtractor:
    """Finds date expressions and resolves them; built once, called on each Document."""

    def __init__(self, gazetteers: Gazetteers):
        cal = gazetteers.table("calendar", Calendar)
        cues = gazetteers.table("dates_cues", DateCues)
        self.months = _words("months", cal.months)
        self.ambiguous_months = {_norm(w) for w in cal.ambiguous_months}
        self.hijri = _words("hijri_months", {n: h.names + h.standalone for n, h in cal.hijri_months.items()})
        self.hijri_standalone = {_norm(w) for h in cal.hijri_months.values() for w in h.standalone}
        self.weekdays = _words("weekdays", cal.weekdays)
        self.ordinals = _words("ordinal_days", cal.ordinal_days)
        self.numbers = _words("number_words", cal.number_words)
        self.unit_counts = _Words("units", ((w, (unit, count)) for unit, f in cal.units.items()
                                            for count, ws in ((1, f.one), (2, f.two), (None, f.many)) for w in ws))
        self.parts = _words("parts_of_day", cues.parts_of_day)
        self.relative_days = _Words("relative_days", ((w, (r.offset, r.time_of_day))
                                                      for r in cues.relative_days for w in r.names))
        self.modifiers = _words("modifiers", cues.modifiers)
        self.periods = _words("periods", cues.periods)
        self.year_periods = _plain("periods.year", cues.periods["year"])
        self.relations = _words("relation_cues", cues.relation_cues)
        self.today = _Words("relative_days", ((w, 0) for r in cues.relative_days if r.offset == 0
                                              and r.time_of_day is None for w in r.names))

        def before(words: _Words) -> _AtStart:
            """Matches when the text up to the end position ends with one of ``words``."""
            return _AtStart(rf"(?P<cue>{words.pattern})[\s,]*[{_CLITICS}]?$")

        self.relation_before = before(self.relations)
        self.month_cue_before = before(_plain("month_cues", cues.month_cues))
        self.year_cue_before = before(_plain("year_cues", cues.year_cues))
        self.today_blocked_before = before(_plain("today_not_after", cues.today_not_after))
        self.title_before = before(_plain("general_not_after", cues.general_not_after))
        today_not_before = _plain("today_not_before", cues.today_not_before)
        self.today_blocked_after = re.compile(r"\s*(?:" + today_not_before.pattern + ")")
        self.counted_after = re.compile(r"\s*(?:" + _plain("counted_nouns", cues.counted_nouns).pattern + ")")
        self.future_cue = _AtStart(_plain("future_cues", cues.future_cues).pattern)
        self.month_name = re.compile(r"(?<!\w)" + self.months.pattern)
        hijri_mark = _plain("hijri_year_marks", cal.hijri_year_marks).pattern

        mn, mod = self.months.pattern, self.modifiers.pattern
        month = (rf"(?P<month>\(\s*{mn}\s*\)\s*{mn}|{mn}(?:\s*(?:[/\\-]\s*|\(\s*)?{mn}(?:\s*\))?)?)")
        this = _plain("this_words", cues.this_words).pattern
        year_words = _plain("year_words", cues.year_words).pattern
        period_part = _plain("period_parts", cues.period_parts).pattern
        month_word = _plain("month_words", cues.month_words).pattern
        ago = _plain("ago_words", cues.ago_words).pattern
        day_word = _plain("day_words", cues.day_words).pattern
        of = _plain("of_words", cues.of_words).pattern
        same_day = _plain("same_day_words", cues.same_day_words).pattern
        to = _plain("range_words", cues.range_words).pattern
        year_tail = (rf"(?:\s*,?\s*(?:(?:{of}\s+)?{year_words}\s+)?(?P<year>{_YEAR})"
                     rf"|\s+{of}\s+(?:{this}\s+)?(?P<yp>{self.year_periods.pattern})(?:\s+(?P<ymod>{mod}))?"
                     rf"|\s+(?P<mod>{mod}))?")
        head = (rf"(?:(?P<part>{self.parts.pattern})\s+)?(?:{day_word}\s+)?"
                rf"(?:(?P<rel>{self.relative_days.pattern})\s*,?\s*)?"
                rf"(?:(?P<wd>{self.weekdays.pattern})\s*[,(-]?\s*(?:{same_day}\s+)?\(?\s*)?")
        day = rf"(?:{_DAYNUM}|(?P<ord>{self.ordinals.pattern})(?:\s+{of})?)"
        about = _plain("about_words", cues.about_words).pattern
        month_period = _plain("periods.month", cues.periods["month"]).pattern
        anniversary = _plain("anniversary_words", cues.anniversary_words).pattern
        self.anniversary_ordinals = _words("anniversary_ordinals", cal.anniversary_ordinals)
        self.holidays = _words("holidays", {tuple(map(int, k.split("-"))): v for k, v in cal.holidays.items()})

        def rule(name: str, pattern: str, resolve: Callable) -> _Rule:
            return _Rule(name, re.compile(_START + pattern), resolve)

        self.rules = (
            rule("day_month", rf"{head}{day}\s*[,-]?\s*{month}{year_tail}", self._day_month),
            rule("month_day_year", rf"{month}\s+{_DAYNUM}\s*,?\s*(?P<year>{_YEAR})", self._day_month),
            rule("numeric", head + r"(?:(?P<y1>" + _YEAR + r")\s*(?P<s1>[/.-])\s*(?P<m1>\d{1,2})\s*(?P=s1)\s*"
                 r"(?P<d1>\d{1,2})|(?<![\d.])(?P<d2>\d{1,2})\s*(?P<s2>[/.-])\s*(?P<m2>\d{1,2})\s*(?P=s2)\s*"
                 r"(?P<y2>(?:19|20)\d\d))(?![\d/.-]\d)", self._numeric),
            rule("month", rf"(?:(?P<pp>{period_part})\s+)?(?:(?P<mw>{month_word})\s+)?{month}{year_tail}",
                 self._month_only),
            rule("hijri", rf"{head}(?:{day}\s*)?(?:(?P<mw>{month_word})\s+)?(?P<hmonth>{self.hijri.pattern})"
                 rf"(?:\s*,?\s*(?P<hyear>1[34]\d\d)(?!\d)(?:\s*{hijri_mark})?)?", self._hijri),
            rule("day_ref", rf"(?:(?P<part>{self.parts.pattern})\s+)?(?:{day_word}\s+)?"
                 rf"(?:(?P<rel>{self.relative_days.pattern})(?:\s*[,(]?\s*(?P<relwd>{self.weekdays.pattern})\)?)?"
                 rf"|(?P<wd>{self.weekdays.pattern})(?:\s+(?P<mod>{mod}))?"
                 rf"(?:\s*(?:[-/]|{to})\s*(?P<wd2>{self.weekdays.pattern}))?)", self._day_ref),
            rule("day_of_month", rf"{day}\s+(?:{of}\s+)?(?:(?P<this>{this})\s+)?(?P<unit>{month_period})"
                 rf"(?:\s+(?P<mod>{mod}))?", self._day_of_month),
            rule("period", rf"(?:(?P<pp>{period_part})\s+)?(?:(?P<this>{this})\s+)?"
                 rf"(?P<unit>{self.periods.pattern})(?:\s+(?P<mod>{mod}))?", self._period),
            rule("ago", rf"(?P<ago>{ago})\s+(?:{about}\s+)?(?:(?P<n>\d{{1,3}}|{self.numbers.pattern})\s+)?"
                 rf"(?P<unit>{self.unit_counts.pattern})(?!\s*\d)(?!\s+{of})", self._ago),
            rule("year", rf"(?:(?P<pp>{period_part})\s+)?(?:(?P<yw>{year_words})\s+)?(?P<year>{_YEAR})"
                 rf"(?!\s*[/.-]\s*\d)", self._year_only),
            rule("anniversary", rf"(?:{anniversary})\s+(?:(?P<anth>{self.anniversary_ordinals.pattern})"
                 rf"|ال\s*-?\s*(?P<andig>\d{{1,3}}))", self._anniversary),
            rule("holiday", rf"(?:(?P<part>{self.parts.pattern})\s+)?(?P<holiday>{self.holidays.pattern})"
                 rf"(?:\s*,?\s*(?:{year_words}\s+)?(?P<year>{_YEAR}))?", self._holiday),
        )

        self.explicit_rules = tuple(r for r in self.rules if r.name in ("day_month", "month_day_year", "numeric"))
        prefixes = [_prefixes(rule.regex.pattern[len(_START):], _GATE_CHARS) for rule in self.rules]
        self._gates = {letters: [_gate(p, letters) for p in prefixes] for letters in (False, True)}
        self._rules_of = [[(k, rule) for k, rule in enumerate(self.rules) if mask >> k & 1]
                          for mask in range(1 << len(self.rules))]
        self._judged: dict[str, int] = {}
        labels = _plain("dateline_labels", cues.dateline_labels).pattern
        fillers = "(?<![^\\W\\d_])(?:" + "|".join(map(re.escape, sorted(
            {_norm(w) for w in cues.dateline_fillers}, key=len, reverse=True))) + ")(?![^\\W\\d_])"
        self.dateline_label = re.compile(labels)
        self.dateline_before = re.compile(rf"(?:[\s\d,:;|/.()+-]|{labels}|{self.weekdays.pattern})*")
        self.dateline_after = re.compile(rf"(?:[\s\d,:;|/.()+-]|{labels}|{fillers}|{mn})*")

    # --- entry points -------------------------------------------------------------------
    def __call__(self, doc: Document) -> None:
        for start, end, value in self.find(doc.norm, doc.published, (doc.tokens.token_starts, doc.tokens.texts)):
            doc.mention("date", start, end, value)

    def find(self, norm: str, dct: date | None, tokens: tuple[list[int], list[str]] | None = None
             ) -> list[tuple[int, int, DateValue]]:
        """Every date expression of the normalised text as (start, end, value), in order.
        ``tokens``: the text's tokens (tokenise.py) as their starts and texts, if at hand."""
        if tokens is None:
            found = list(_WORD_OR_MARK.finditer(norm))
            tokens = [m.start() for m in found], [m.group() for m in found]
        # Each rule is tried where it may start, and keeps the matches its own finditer would
        # find (the leftmost one at or after the end of its previous match).
        matches = []
        last_end = [0] * len(self.rules)
        for p, mask in self._starts(*tokens).items():
            for k, rule in self._rules_of[mask]:
                if p >= last_end[k]:
                    m = rule.regex.match(norm, p)
                    if m:
                        last_end[k] = m.end()
                        matches.append((p, p - m.end(), k, m))
        # Of overlapping dates the earliest, then the longest, then the first rule wins: a
        # match is resolved only when no date chosen before it overlaps it.
        matches.sort()
        ctx = _Context(norm, dct)
        out, last_end = [], 0
        for start, _, k, m in matches:
            if start >= last_end:
                resolved = self.rules[k].resolve(m, ctx)
                if resolved is not None:
                    last_end = m.end()
                    out.append((start, last_end, self._value(resolved, self._time_of_day(m), start, ctx)))
        return out

    def _starts(self, starts: list[int], texts: list[str]) -> dict[int, int]:
        """Where a rule may match, in text order: position -> the mask of those rules.

        A rule starts at _START, where a word starts or after a clitic letter that starts one,
        and never at a space (tests/test_dates_candidates.py): so at the start of a token (a
        run of letters or digits, a mark; or a word) or just after its first letter. Whether
        a rule may start there is told by the token's text alone (``_start_mask``), judged
        once per text.
        """
        n = len(self.rules)
        rules = (1 << n) - 1
        masks = remembered(self._judged, texts, self._start_mask)
        out: dict[int, int] = {}
        for i in compress(range(len(masks)), masks):
            mask, start = masks[i], starts[i]
            if mask & rules:
                out[start] = out.get(start, 0) | mask & rules
            if mask >> n:
                out[start + 1] = out.get(start + 1, 0) | mask >> n
        return out

    def _start_mask(self, text: str) -> int:
        """The rules that may match at the start of a token with this ``text`` (bit k for
        rule k) and, shifted by the number of rules, just after its first letter if that is
        a clitic; judged by the rules' first _GATE_CHARS characters (an over-approximation).
        Tokens and words are whole runs: no letter follows one made of letters only."""
        gates = self._gates[text.isalpha()]
        mask = sum(1 << k for k, gate in enumerate(gates) if gate.match(text))
        if text[0] in _CLITICS:
            mask |= sum(1 << k for k, gate in enumerate(gates) if gate.match(text, 1)) << len(gates)
        return mask

    def publication_date(self, text: str) -> tuple[date, int, int] | None:
        """The DCT from a dateline of the original ``text``, with its original offsets;
        None if there is none or it is an untrustworthy page banner."""
        norm, offsets = normalise(text)
        found = self._dateline(norm)
        if found is None:
            return None
        day, start, end, stamped = found
        if not stamped and not plausible_dct(day, (v for _, _, v in self.find(norm, None))):
            return None
        return day, offsets[start], offsets[end - 1] + 1

    # --- deciding what the whole mention means ---------------------------------------------
    def _value(self, f: _Found, time_of_day: str | None, start: int, ctx: _Context) -> DateValue:
        cue = self.relation_before.search(ctx.norm, max(0, start - 30), start)
        if f.relation:
            relation = f.relation
        elif cue:
            relation = self.relations[cue.group("cue")]
        elif f.future or (ctx.dct and f.first and f.first > ctx.dct):
            relation = "future"
        else:
            relation = "point"
        return DateValue(f.value, f.precision, time_of_day, relation, f.explicit_year, f.anniversary, f.days_from_dct)

    def _time_of_day(self, m: re.Match) -> str | None:
        g = m.groupdict()
        if g.get("part"):
            return self.parts[g["part"]]
        if g.get("rel"):
            return self.relative_days[g["rel"]][1]
        return None

    def _mode(self, m: re.Match, ctx: _Context) -> Mode:
        """How an expression with no written year picks its occurrence."""
        mod = m.groupdict().get("mod")
        if mod:
            return _MODIFIER_MODE[self.modifiers[mod]]
        return "upcoming" if self._future_context(ctx, m.start()) else "latest"

    def _future_context(self, ctx: _Context, start: int) -> bool:
        """Whether a future cue comes earlier in the same sentence, not too far back."""
        lo = max(0, start - _FUTURE_WINDOW)
        window = ctx.norm[lo:start]
        lo += 1 + max(window.rfind(".", 0, -1), window.rfind("\n"), window.rfind("?"), window.rfind("!"))
        return self.future_cue.search(ctx.norm, lo, start) is not None

    def _month_names(self, text: str) -> tuple[int | None, list[str]]:
        """The month a (possibly paired) month phrase names, and its names; None if they disagree."""
        names = [" ".join(n.split()) for n in self.month_name.findall(text)]
        months = {self.months[n] for n in names}
        return (months.pop() if len(months) == 1 else None), names

    # --- resolvers: one per rule --------------------------------------------------------------
    def _day_month(self, m: re.Match, ctx: _Context) -> _Found | None:
        g = m.groupdict()
        month, _ = self._month_names(g["month"])
        day = int(g["day"]) if g.get("day") else self.ordinals[g["ord"]]
        if month is None or not 1 <= day <= 31 or _safe_date(2000, month, day) is None:
            return None
        if g.get("year"):
            d = _safe_date(int(g["year"]), month, day)
            return d and _day(d, explicit=True)
        dct = ctx.dct
        if dct is None:
            return _day(None)
        if g.get("yp"):
            shift = _YEAR_SHIFT[self.modifiers[g["ymod"]]] if g.get("ymod") else 0
            return _day(_safe_date(dct.year + shift, month, day), future=shift > 0)
        mode = self._mode(m, ctx)
        y = _cycle_year((month, day), (dct.month, dct.day), dct.year, mode)
        return _day(_safe_date(y, month, day), future=mode in ("next", "upcoming"))

    def _numeric(self, m: re.Match, ctx: _Context) -> _Found | None:
        g = m.groupdict()
        if g["y1"]:
            d = _safe_date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
        else:   # day/month/year, else month/day/year
            y, a, b = int(g["y2"]), int(g["d2"]), int(g["m2"])
            d = _safe_date(y, b, a) or _safe_date(y, a, b)
        return _day(d, explicit=True) if d else None

    def _month_only(self, m: re.Match, ctx: _Context) -> _Found | None:
        g = m.groupdict()
        month, names = self._month_names(g["month"])
        if month is None:
            return None
        bare = not any(g.get(k) for k in ("pp", "mw", "year", "yp", "mod")) and len(names) == 1
        if bare and names[0] in self.ambiguous_months and (
                # "في باب الزوار", "ومارس": a clitic written onto a bare month that is also a
                # word makes it that word (a gate, a verb), no month
                (m.start() and ctx.norm[m.start() - 1].isalpha()) or
                not self.month_cue_before.search(ctx.norm, max(0, m.start() - 20), m.start())):
            return None
        if g.get("year"):
            return _month(int(g["year"]), month, explicit=True)
        dct = ctx.dct
        if dct is None:
            return _month(None, month)
        if g.get("yp"):
            shift = _YEAR_SHIFT[self.modifiers[g["ymod"]]] if g.get("ymod") else 0
            return _month(dct.year + shift, month, future=shift > 0)
        mode = self._mode(m, ctx)
        return _month(_cycle_year((month,), (dct.month,), dct.year, mode), month,
                      future=mode in ("next", "upcoming"))

    def _hijri(self, m: re.Match, ctx: _Context) -> _Found | None:
        g = m.groupdict()
        month = self.hijri[g["hmonth"]]
        day = int(g["day"]) if g.get("day") else (self.ordinals[g["ord"]] if g.get("ord") else None)
        if not (day or g.get("mw") or g.get("hyear") or _norm(g["hmonth"]) in self.hijri_standalone):
            return None   # رجب، رمضان ... are also personal names
        explicit = bool(g.get("hyear"))
        if explicit:
            year = int(g["hyear"])
        elif ctx.dct is None:
            return _day(None) if day else _month(None, month)
        else:
            now = Gregorian(ctx.dct.year, ctx.dct.month, ctx.dct.day).to_hijri()
            mode = self._mode(m, ctx)
            year = _cycle_year((month, day or 1), (now.month, now.day if day else 1), now.year, mode)
        try:
            greg = Hijri(year, month, day or 15).to_gregorian()
        except (ValueError, OverflowError):
            return None
        if day:
            return _day(date(greg.year, greg.month, greg.day), explicit=explicit)
        return _month(greg.year, greg.month, explicit=explicit)

    def _day_ref(self, m: re.Match, ctx: _Context) -> _Found | None:
        g = m.groupdict()
        if g.get("rel"):
            # "روسيا اليوم", "في اليوم الذي"; "صباح اليوم نفسه", "مساء اليوم التالي" too
            if _norm(g["rel"]) in self.today.meaning and (
                    not (g.get("part") or g.get("relwd"))
                    and self.today_blocked_before.search(ctx.norm, max(0, m.start() - 20), m.start())
                    or self.today_blocked_after.match(ctx.norm, m.end())):
                return None
            offset = self.relative_days[g["rel"]][0]
            if offset == 0 and g.get("relwd") and ctx.dct is not None:
                # "اليوم (الخميس)" in a report published on Friday: the text was written on
                # Thursday; the weekday it names is the day it calls today
                return _day(_weekday_date(ctx.dct, self.weekdays[g["relwd"]], "latest"))
            found = _day(ctx.dct and ctx.dct + timedelta(days=offset))
            return replace(found, days_from_dct=offset) if ctx.dct is not None else found
        if ctx.dct is None:
            return _day(None)
        mode = self._mode(m, ctx)
        return _day(_weekday_date(ctx.dct, self.weekdays[g["wd"]], mode), future=mode in ("next", "upcoming"))

    def _day_of_month(self, m: re.Match, ctx: _Context) -> _Found | None:
        """"في العاشر من الشهر الجاري", "يوم 5 من الشهر الماضي": a day of the month the
        publication date is in, or of the one before it."""
        g = m.groupdict()
        if not (g.get("this") or g.get("mod")):
            return None                       # "العاشر من الشهر": which month is not said
        day = int(g["day"]) if g.get("day") else self.ordinals[g["ord"]]
        if ctx.dct is None:
            return _day(None)
        shift = _YEAR_SHIFT[self.modifiers[g["mod"]]] if g.get("mod") else 0
        first = _add_months(ctx.dct, shift)
        return _day(_safe_date(first.year, first.month, day), future=shift > 0)

    def _period(self, m: re.Match, ctx: _Context) -> _Found | None:
        g = m.groupdict()
        if not (g.get("pp") or g.get("this") or g.get("mod")):
            return None   # a bare "العام" is a noun, not a date
        unit = self.periods[g["unit"]]
        if unit == "year" and self.title_before.search(ctx.norm, max(0, m.start() - 20), m.start()):
            return None   # "الأمين العام السابق": "العام" is "general", a title's, not a year
        shift = _YEAR_SHIFT[self.modifiers[g["mod"]]] if g.get("mod") else 0
        dct = ctx.dct
        if dct is None:
            return _Found(None, unit, None)
        if unit == "week":
            return _week(dct + timedelta(weeks=shift), future=shift > 0)
        if unit == "month":
            first = _add_months(dct, shift)
            return _month(first.year, first.month, future=shift > 0)
        return _year(dct.year + shift, future=shift > 0)

    def _ago(self, m: re.Match, ctx: _Context) -> _Found | None:
        g = m.groupdict()
        unit, count = self.unit_counts[g["unit"]]
        if g.get("n"):
            count = int(g["n"]) if g["n"].isdigit() else self.numbers[g["n"]]
        if not count:
            return None   # "قبل أيام": too vague
        relation = "since" if self.relations.meaning.get(_norm(g["ago"])) == "since" else "point"
        dct = ctx.dct
        if dct is None:
            found = _Found(None, unit, None)
        elif unit == "day":
            found = _day(dct - timedelta(days=count))
        elif unit == "week":
            found = _week(dct - timedelta(weeks=count))
        elif unit == "month":
            first = _add_months(dct, -count)
            found = _month(first.year, first.month)
        else:
            found = _year(dct.year - count)
        return _Found(found.value, found.precision, found.first, relation=relation)

    def _year_only(self, m: re.Match, ctx: _Context) -> _Found | None:
        g = m.groupdict()
        if not (g.get("pp") or g.get("yw")) and \
                not self.year_cue_before.search(ctx.norm, max(0, m.start() - 20), m.start()):
            return None
        if self.counted_after.match(ctx.norm, m.end()):
            return None   # "في 2000 جندي"
        return _year(int(g["year"]), explicit=True)

    def _anniversary(self, m: re.Match, ctx: _Context) -> _Found:
        """"الذكرى الرابعة لاغتيال ...": the act was that many years before the year of the
        publication date (a commemoration is reported in the anniversary's year)."""
        g = m.groupdict()
        years = self.anniversary_ordinals[g["anth"]] if g.get("anth") else int(g["andig"])
        return replace(_year(ctx.dct.year - years if ctx.dct and years < ctx.dct.year else None), anniversary=years)

    def _holiday(self, m: re.Match, ctx: _Context) -> _Found | None:
        """"فيما كان الأكراد يحتفلون بعيد نوروز": the holiday's day, in the year written, else
        the latest on or before the publication date."""
        g = m.groupdict()
        month, day = self.holidays[g["holiday"]]
        if g.get("year"):
            d = _safe_date(int(g["year"]), month, day)
            return d and _day(d, explicit=True)
        if ctx.dct is None:
            return _day(None)
        mode = self._mode(m, ctx)
        return _day(_safe_date(_cycle_year((month, day), (ctx.dct.month, ctx.dct.day), ctx.dct.year, mode), month, day),
                    future=mode in ("next", "upcoming"))

    # --- datelines ----------------------------------------------------------------------------
    def _dateline(self, norm: str) -> tuple[date, int, int, bool] | None:
        """The first stamped dateline (a label or a time of day with it), else the first line
        that is only a date: (day, start, end, stamped) over the normalised text."""
        ctx = _Context(norm, None)
        lines = []
        for rule in self.explicit_rules:
            for m in rule.regex.finditer(norm):
                f = rule.resolve(m, ctx)
                if f is None or not f.explicit_year or f.precision != "day":
                    continue
                line_start = norm.rfind("\n", 0, m.start()) + 1
                line_end = norm.find("\n", m.end())
                before = norm[line_start:m.start()]
                after = norm[m.end():len(norm) if line_end < 0 else line_end]
                if self.dateline_before.fullmatch(before) and self.dateline_after.fullmatch(after):
                    stamped = bool(self.dateline_label.search(before) or _TIME.search(after))
                    lines.append((not stamped, m.start(), f.first, m.end(), stamped))
        if not lines:
            return None
        _, start, day, end, stamped = min(lines)
        return day, start, end, stamped


def plausible_dct(candidate: date, dates: Document | Iterable[DateValue]) -> bool:
    """Whether a header date can be the publication date of a text with these dates.

    A site's "today" banner gives itself away by being later, by years, than everything the
    text dates with a written year; a text with no such date cannot contradict it. The
    candidate's own mentions (a banner is often repeated) are not evidence.
    """
    values = [m.value for m in dates.of("date")] if isinstance(dates, Document) else dates
    ends = [v.last_day for v in values if v.explicit_year and v.value and v.value != candidate.isoformat()]
    return not ends or candidate - max(ends) <= _BANNER_MAX_LEAD


@lru_cache(maxsize=1)
def _shipped() -> DateExtractor:
    return DateExtractor(Gazetteers())


def find_dateline(text: str) -> tuple[date, int, int] | None:
    """The date of the dateline of the original ``text`` (shipped gazetteers), with its
    original offsets; None if no line is a dateline. Not judged: see plausible_dct."""
    norm, offsets = normalise(text)
    found = _shipped()._dateline(norm)
    if found is None:
        return None
    day, start, end, _ = found
    return day, offsets[start], offsets[end - 1] + 1
