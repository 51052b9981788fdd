"""The date extractor on whole articles (seeds/*.txt), datelines and the banner judgement."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from q7x2.document import Document
from q7x2.extract.dates import DateExtractor, find_dateline, plausible_dct
from q7x2.gazetteers import GazetteerError, Gazetteers
from q7x2.tokenise import KeyMaker

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUBLISHED = json.loads((SEEDS / "published.json").read_text(encoding="utf-8"))
GAZ = Gazetteers()
EXTRACTOR = DateExtractor(GAZ)
KEYS = KeyMaker(GAZ.morphology)


def seed_text(prefix: str) -> tuple[str, str]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return path.stem, path.read_text(encoding="utf-8")


def dated(prefix: str, published: date | None | str = "seed") -> Document:
    stem, text = seed_text(prefix)
    dct = date.fromisoformat(PUBLISHED[stem]) if published == "seed" else published
    doc = Document.build(stem, text, KEYS, dct)
    EXTRACTOR(doc)
    return doc


def table(doc: Document) -> list[tuple[str, str | None, str]]:
    return [(doc.original_text(m.start, m.end), m.value.value, m.value.relation) for m in doc.of("date")]


def test_seed_001_every_date():
    assert table(dated("001")) == [
        ("20 يناير/كانون الثاني الماضي", "2021-01-20", "point"),
        ("18 أبريل/نيسان الجاري", "2021-04-18", "point"),
        ("20 فبراير/شباط الماضي", "2021-02-20", "point"),
        ("23 فبراير/شباط الماضي", "2021-02-23", "point"),
        ("مساء 22 أبريل/نيسان الجاري", "2021-04-22", "point"),
        ("14 أبريل/نيسان الجاري", "2021-04-14", "point"),
        ("15 فبراير/شباط الماضي", "2021-02-15", "point"),
        ("25 فبراير/شباط الماضي", "2021-02-25", "point"),
        ("5 يناير/كانون الثاني 2020", "2020-01-05", "point"),
        ("7 أبريل/نيسان الجاري", "2021-04-07", "point"),
        ("عام 2014", "2014", "point"),
        ("11 سبتمبر/أيلول المقبل", "2021-09-11", "until"),
        ("أكتوبر/تشرين الأول القادم", "2021-10", "future"),
        ("مايو/أيار 2018", "2018-05", "point"),
    ]


def test_seed_003_every_date():
    assert table(dated("003")) == [
        ("الجمعة - 29 مارس 2024", "2024-03-29", "future"),   # the site's banner, after the DCT
        ("الجمعة - 29 مارس 2024", "2024-03-29", "future"),
        ("فجر الخميس", "2021-07-29", "point"),
        ("نهاية العام", "2021", "until"),
        ("الاثنين", "2021-07-26", "point"),
        ("نهاية العام", "2021", "point"),
        ("الأربعاء", "2021-07-28", "point"),
        ("مطلع العام", "2021", "since"),
        ("29 يونيو", "2021-06-29", "point"),
        ("عام 2017", "2017", "point"),
    ]


def test_seed_004_every_date():
    assert table(dated("004")) == [
        ("يوم الخميس", "2024-07-25", "point"),
        ("تشرين الاول الماضي", "2023-10", "since"),
        ("شباط الماضي", "2024-02", "point"),
        ("نيسان الماضي", "2024-04", "point"),
        ("قبل أسبوع", "2024-W29", "point"),
        ("يوم الأربعاء الماضي", "2024-07-24", "point"),
        ("2017", "2017", "point"),
        ("2008", "2008", "point"),
        ("2020", "2020", "since"),
        ("28 يوليو, 2024", "2024-07-28", "point"),
    ]


def test_seed_000_lead_and_traps():
    doc = dated("000")
    rows = table(doc)
    assert ("مساء الثلاثاء", "2020-11-17", "point") in rows
    assert ("الأربعاء", "2020-11-18", "point") in rows
    assert ("منتصف تشرين الاول/أكتوبر", "2020-10", "point") in rows
    assert ("كانون الثاني/يناير", "2020-01", "point") in rows
    assert not any("2500" in text or "5200" in text or "500" == text for text, _, _ in rows)
    lead = next(m for m in doc.of("date") if doc.original_text(m.start, m.end) == "مساء الثلاثاء")
    assert lead.value.time_of_day == "evening"
    assert "أطلقت" in doc.original_text(doc.sentences[lead.sentence].start, doc.sentences[lead.sentence].end)


def test_seed_002_future_weekday_and_months():
    rows = table(dated("002"))
    assert ("مساء الثلاثاء", "2020-08-18", "point") in rows
    assert ("الخميس", "2020-08-20", "future") in rows           # "ومن المقرر أن يستقبل ... الخميس"
    assert ("تشرين الأول/أكتوبر", "2019-10", "point") in rows
    assert ("نهاية تموز/يوليو", "2020-07", "point") in rows
    assert ("مساء الجمعة", "2020-08-14", "point") in rows
    assert ("أواخر 2011", "2011", "point") in rows


def test_without_a_dct_only_written_years_resolve():
    doc = dated("001", None)
    values = {doc.original_text(m.start, m.end): m.value.value for m in doc.of("date")}
    assert values["18 أبريل/نيسان الجاري"] is None
    assert values["5 يناير/كانون الثاني 2020"] == "2020-01-05"
    assert values["مايو/أيار 2018"] == "2018-05"


# --- datelines --------------------------------------------------------------------------
def test_find_dateline_on_seeds():
    _, text = seed_text("003")
    day, start, end = find_dateline(text)
    assert (day, text[start:end]) == (date(2024, 3, 29), "الجمعة - 29 مارس 2024")
    _, text = seed_text("004")
    day, start, end = find_dateline(text)
    assert (day, text[start:end]) == (date(2024, 7, 28), "28 يوليو, 2024")
    for prefix in ("000", "001", "002"):
        assert find_dateline(seed_text(prefix)[1]) is None


DATELINES = [
    ("نشر في: 28 يوليو, 2024: 12:21 ص", "28 يوليو, 2024", date(2024, 7, 28)),
    ("الجمعة 2024/07/26 آخر تحديث: 11:44", "الجمعة 2024/07/26", date(2024, 7, 26)),
    ("2021-05-04", "2021-05-04", date(2021, 5, 4)),
    ("أبريل 20, 2024 - 07:02", "أبريل 20, 2024", date(2024, 4, 20)),
    ("16 أغسطس 2024 , 12:54ص", "16 أغسطس 2024", date(2024, 8, 16)),
    ("13 يناير 2022، 1:39 م", "13 يناير 2022", date(2022, 1, 13)),
    ("الثلاثاء ١٦ فبراير ٢٠٢١ الساعة ٩:١٣ صباحاً", "الثلاثاء ١٦ فبراير ٢٠٢١", date(2021, 2, 16)),
    ("Nov 27 2023", "Nov 27 2023", date(2023, 11, 27)),
    ("تاريخ النشر: 15th, April 2024 GMT", "15th, April 2024", date(2024, 4, 15)),
    ("أبريل 15, 2024آخر تحديث: أبريل 15, 2024", "أبريل 15, 2024", date(2024, 4, 15)),
]


@pytest.mark.parametrize("line,shown,day", DATELINES)
def test_find_dateline_formats(line, shown, day):
    text = f"سقوط صاروخين قرب قاعدة عسكرية\n{line}\nبغداد - سقط صاروخان مساء الثلاثاء على القاعدة."
    found_day, start, end = find_dateline(text)
    assert (found_day, text[start:end]) == (day, shown)


def test_a_date_inside_a_sentence_is_not_a_dateline():
    assert find_dateline("بغداد - سقطت الصواريخ في 5 يناير 2020 على القاعدة.\nوقال مصدر أمني إن الهجوم") is None
    assert find_dateline("3 يناير 202051 مشاهدة\nالعرب تيفي") is None


def test_a_stamp_wins_over_an_earlier_banner():
    text = "الجمعة - 29 مارس 2024\nعنوان الخبر\nنص الخبر\nنشر في: 28 يوليو, 2021: 12:21 ص"
    day, start, end = find_dateline(text)
    assert (day, text[start:end]) == (date(2021, 7, 28), "28 يوليو, 2021")


# --- the banner judgement ------------------------------------------------------------------
def test_seed_003_banner_is_not_the_publication_date():
    _, text = seed_text("003")
    doc = dated("003", None)
    assert not plausible_dct(date(2024, 3, 29), doc)
    assert plausible_dct(date(2021, 7, 29), doc)
    assert EXTRACTOR.publication_date(text) is None


def test_seed_004_stamp_is_the_publication_date():
    _, text = seed_text("004")
    day, start, end = EXTRACTOR.publication_date(text)
    assert (day, text[start:end]) == (date(2024, 7, 28), "28 يوليو, 2024")
    # By its years alone (2008, 2017, "منذ 2020") the text would make 2024 look like a
    # banner: what makes this date trusted is the "نشر في" stamp with a time.
    assert not plausible_dct(day, dated("004", None))


def test_banner_with_recent_dated_events_is_trusted():
    text = ("الجمعة - 29 مارس 2024\nسقوط صاروخين قرب السفارة\n"
            "وكان هجوم مماثل قد وقع في 5 يناير 2024 على القاعدة نفسها، بعد هزيمة التنظيم في عام 2017.")
    day, start, end = EXTRACTOR.publication_date(text)
    assert (day, text[start:end]) == (date(2024, 3, 29), "الجمعة - 29 مارس 2024")


def test_a_text_with_no_written_year_cannot_contradict_a_banner():
    text = "الجمعة - 29 مارس 2024\nسقط صاروخان فجر الخميس قرب السفارة في بغداد."
    assert EXTRACTOR.publication_date(text)[0] == date(2024, 3, 29)


def test_plausible_dct_on_values():
    values = [v for _, _, v in EXTRACTOR.find("وقع الهجوم في 20 تشرين الاول 2023 قرب القاعدة", None)]
    assert plausible_dct(date(2023, 11, 27), values)
    assert plausible_dct(date(2024, 10, 1), values)      # within a year of the latest dated event
    assert not plausible_dct(date(2026, 1, 1), values)


# --- the vocabulary is data --------------------------------------------------------------
def test_bad_calendar_file_names_file_and_problem(tmp_path):
    (tmp_path / "calendar.yaml").write_text("months:\n  13: [بريمير]\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"calendar\.yaml.*months\.13"):
        DateExtractor(Gazetteers((tmp_path,)))


def test_a_word_with_two_meanings_is_refused(tmp_path):
    (tmp_path / "calendar.yaml").write_text("weekdays:\n  0: [الاثنين]\n  1: [الإثنين]\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="weekdays"):
        DateExtractor(Gazetteers((tmp_path,)))


def test_user_cues_extend_the_grammar(tmp_path):
    sentence = "ويخطط الوفد لزيارة بغداد الخميس"
    assert EXTRACTOR.find(sentence, date(2020, 8, 18))[0][2].value == "2020-08-13"
    (tmp_path / "dates_cues.yaml").write_text("future_cues: [يخطط]\n", encoding="utf-8")
    extended = DateExtractor(Gazetteers((tmp_path,)))
    assert extended.find(sentence, date(2020, 8, 18))[0][2].value == "2020-08-20"
