"""Strikes told with what the air defences did about them: the missiles stopped are the
strike's munitions, a night and the next dawn are one time, part of the weapons stopped is no
disrupted attack, and engaging the weapons tells no outcome. Sentences written for these rules."""
from datetime import date

import pytest

PUBLISHED = date(2024, 1, 15)


@pytest.mark.parametrize("text, admin1", [
    ("نفذ العدو الإسرائيلي عدوانا جويا مستهدفا عددا من النقاط في محيط دمشق، وتصدت وسائط دفاعنا الجوي للصواريخ "
     "وأسقطت معظمها.", "SY-DI"),
    ("شن الطيران الإسرائيلي غارات على مواقع في ريف حمص، وتصدت الدفاعات الجوية للصواريخ المعادية وأسقطت بعضها.",
     "SY-HI"),
])
def test_the_missiles_stopped_are_the_strikes_munitions(events, text, admin1):
    [e] = events(text, PUBLISHED)
    assert (e.location.admin1_code, e.sub_event_type) == (admin1, "Air/drone strike")


@pytest.mark.parametrize("text, day", [
    ("قصفت طائرات مجهولة ليل الأحد مواقع لفصائل مسلحة في مدينة البوكمال. وقالت مصادر محلية إن طائرات مسيرة "
     "استهدفت فجر الاثنين مستودعا للأسلحة في البوكمال.", "2024-01-14"),
    ("تصدت وسائط دفاعنا الجوي الليلة الماضية لعدوان إسرائيلي بالصواريخ استهدف بعض النقاط في محيط دمشق. وذكر "
     "مصدر عسكري أن العدو الإسرائيلي نفذ فجر اليوم عدوانا جويا مستهدفا بعض النقاط في محيط دمشق.", "2024-01-14"),
])
def test_a_night_and_the_next_dawn_are_one_time(events, text, day):
    [e] = events(text, PUBLISHED)
    # and the strike is the warplanes', though their missiles are told first
    assert (e.date.value, e.sub_event_type) == (day, "Air/drone strike")


@pytest.mark.parametrize("text, sub_event_type", [
    ("أطلقت الفصائل خمسة صواريخ على قاعدة عين الأسد، واعترضت منظومة الدفاع الجوي معظم الصواريخ.",
     "Shelling/artillery/missile attack"),
    ("هاجمت ثلاث طائرات مسيرة قاعدة حرير الجوية، وأسقطت الدفاعات الجوية بعض الطائرات.", "Air/drone strike"),
])
def test_part_of_the_weapons_stopped_is_no_disrupted_attack(events, text, sub_event_type):
    [e] = events(text, PUBLISHED)
    assert e.sub_event_type == sub_event_type


@pytest.mark.parametrize("text, sub_event_type", [
    ("تصدت وسائط دفاعنا الجوي لعدوان إسرائيلي بالصواريخ استهدف بعض النقاط في محيط دمشق.",
     "Shelling/artillery/missile attack"),
    ("تصدت الدفاعات الجوية لهجوم بطائرات مسيرة على مطار حماة العسكري فجر اليوم.", "Air/drone strike"),
])
def test_engaging_the_weapons_tells_no_outcome(events, text, sub_event_type):
    [e] = events(text, PUBLISHED)
    assert e.sub_event_type == sub_event_type


@pytest.mark.parametrize("text, place", [
    # part of a salvo fired at a country told landing in a town of it is the same attack, placed there
    ("أطلقت الفصائل صواريخ باتجاه إسرائيل، وسقط أحدها في مدينة إيلات.", "Eilat"),
    ("أطلقت إيران عشرات الصواريخ الباليستية باتجاه إسرائيل، وسقط بعضها في مدينة بئر السبع، ما أدى إلى إصابة "
     "خمسة أشخاص.", "Beersheba"),
])
def test_part_of_a_salvo_lands_in_a_town_of_the_country_aimed_at(events, text, place):
    [e] = events(text, PUBLISHED)
    assert e.location.name == place


def test_two_parts_landing_in_two_towns_are_two_attacks(events):
    found = events("أطلق الحوثيون صاروخين على السعودية، وسقط أحدهما في جازان والآخر في نجران.", PUBLISHED)
    assert sorted(e.location.name for e in found) == ["Jāzān", "Najrān"]
