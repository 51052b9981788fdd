"""A weapon dropped or thrown ("ألقت مسيرة قنبلة", "ألقت مروحيات النظام براميل متفجرة") is an
attack; "وفي وقت لاحق" (whose key without "ال" is that of "ألقت") is none."""
from datetime import date

import pytest


@pytest.mark.parametrize("text, place", [
    ("ألقت مسيرة إسرائيلية قنبلة على خيمة جاهزة في بلدة الطيبة، من دون تسجيل إصابات.", "الطيبة"),
    ("ألقت مروحيات النظام براميل متفجرة على بلدة الهبيط في ريف إدلب الجنوبي.", "الهبيط"),
    ("وكانت مسيرة إسرائيلية قد ألقت قبل أيام قنبلة على منزل في بلدة عيترون.", "عيترون"),
])
def test_a_dropped_weapon_is_an_attack(events, text, place):
    [event] = events(text, date(2025, 10, 14))
    assert event.location.name_ar == place


def test_later_is_no_drop(events):
    text = ("قتل مدنيان بقصف مدفعي على مدينة معرة النعمان صباح اليوم.\n"
            "وفي وقت لاحق، قصفت المدفعية بلدة كفرنبل.")
    first, later = events(text, date(2019, 5, 20))
    assert later.date.value == "2019-05-20"
