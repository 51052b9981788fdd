"""DateExtractor.find tries each rule only where the rule may start (a token start, or just
after a clitic letter, whose text lets the rule's first characters through): it must find
exactly what running every rule over the whole text finds. Likewise the cue searches, which
look for a cue first and check its start after (_AtStart)."""
from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from q7x2.extract.dates import _START, DateExtractor, _Context
from q7x2.gazetteers import Gazetteers
from q7x2.normalise import normalise

EXTRACTOR = DateExtractor(Gazetteers())

TRICKY = [
    "5 آذار 2021 سقط صاروخ", "و5 آذار الماضي", "ل2024", "في2024 وفي 2023", "عام2020 والعام 2019",
    "(5 آذار) و(نيسان) ابريل", "و(18 نيسان 2021)", "،الأحد الماضي؛ومساء الجمعة", "12الأحد 3آذار",
    "الاحد5 مارس", "منذ3 ايام، ومنذ ثلاثة أيام", "قبل يومين-بعد 5 أيام", "18/4/2021 و2021-04-18 و18.4.2021",
    "في 5 رمضان 1442 هـ", "لشهر رمضان المقبل", "فجر اليوم وغدا", "5 march 2021, and june 3, 2020",
    "ب", "و", "ل 5 آذار", "و\n5 آذار", "_5 آذار", "x5 آذار", "٥ آذار ٢٠٢١", "من المقرر أن يصل الخميس",
    "الأسبوع المقبل ونهاية العام الجاري وهذا الشهر", "يوم الأحد، 18 أبريل/نيسان 2021",
    "xمن المقرر أن يصل الخميس", "قالxسوف سوف يصل الخميس", "xمنذ ومنذ الاحد", "xبعد بعد 5 ايام",
]
DCTS = [None, date(2021, 4, 24)]


def reference_find(norm: str, dct: date | None):
    """find as first written: every rule's finditer over the whole text, each match resolved,
    then the earliest, longest (then first rule's) of overlapping dates."""
    ex, ctx = EXTRACTOR, _Context(norm, dct)
    found = []
    for rule in ex.rules:
        for m in rule.regex.finditer(norm):
            resolved = rule.resolve(m, ctx)
            if resolved is not None:
                found.append((m.start(), m.end(), resolved, m))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    out, last_end = [], 0
    for start, end, resolved, m in found:
        if start >= last_end:
            out.append((start, end, ex._value(resolved, ex._time_of_day(m), start, ctx)))
            last_end = end
    return out


def check(doc, dct):
    expected = reference_find(doc.norm, dct)
    tokens = (doc.tokens.token_starts, doc.tokens.texts)
    assert EXTRACTOR.find(doc.norm, dct, tokens) == expected         # with the document's tokens
    assert EXTRACTOR.find(doc.norm, dct) == expected                 # from the text alone
    words = list(re.finditer(r"\w+|[^\w\s]", doc.norm))
    for starts in (EXTRACTOR._starts(*tokens), EXTRACTOR._starts([m.start() for m in words], [m.group() for m in words])):
        for k, rule in enumerate(EXTRACTOR.rules):
            for m in rule.regex.finditer(doc.norm):
                assert starts.get(m.start(), 0) >> k & 1, (rule.name, m.group())


def test_find_equals_every_rule_over_the_whole_text(make_doc, seed_texts):
    for text in [*seed_texts.values(), *TRICKY]:
        for dct in DCTS:
            check(make_doc(text), dct)


def test_no_rule_starts_with_a_space():
    """Candidates are token starts: whitespace starts none."""
    for gates in EXTRACTOR._gates.values():
        for gate in gates:
            assert not any(gate.match(c + "5 اذار") for c in " \t\n\r\xa0\u2009\u3000")


def test_cues_are_found_as_with_the_lookbehind_first(seed_texts):
    ex = EXTRACTOR
    cues = [ex.relation_before, ex.month_cue_before, ex.year_cue_before, ex.today_blocked_before, ex.future_cue]
    for text in [*seed_texts.values(), *TRICKY]:
        norm = normalise(text)[0]
        for cue in cues:
            plain = re.compile(_START + cue.regex.pattern)
            for hi in range(len(norm) + 1):
                for lo in (max(0, hi - 30), max(0, hi - 120)):
                    got, expected = cue.search(norm, lo, hi), plain.search(norm, lo, hi)
                    assert (got and (got.span(), got.groupdict())) == (expected and (expected.span(), expected.groupdict()))


PIECES = st.sampled_from([
    "5", "18", "2021", "1442", "3", "/", "-", ".", ",", "،", "(", ")", " ", " ", " ", "\n", "_",
    "و", "ف", "ب", "ل", "في", "من", "منذ", "قبل", "بعد", "حتى", "ايام", "يومين", "اسابيع", "عام", "العام",
    "اذار", "آذار", "مارس", "نيسان", "ابريل", "تشرين", "الاول", "كانون", "march", "june", "رمضان", "هـ",
    "الاحد", "الأحد", "الجمعة", "يوم", "صباح", "مساء", "فجر", "امس", "اليوم", "غدا", "الماضي", "المقبل",
    "الجاري", "شهر", "الشهر", "الاسبوع", "نهاية", "منتصف", "هذا", "من المقرر", "ثلاثة", "الاميركية",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(PIECES, max_size=40).map("".join), dct=st.sampled_from(DCTS))
def test_find_equals_every_rule_over_the_whole_text_on_made_up_texts(make_doc, text, dct):
    check(make_doc(text), dct)
