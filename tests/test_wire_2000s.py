"""Wire copy of 2006-2008 (AFP, Reuters, AP, Xinhua, KUNA in Arabic): sentences written for
these rules (acc24)."""
from datetime import date

import pytest


# --- what was hit: a housing compound, a resort -------------------------------------------------

@pytest.mark.parametrize("text, published", [
    ("وقتل ثمانية اشخاص واصيب 30 اخرون امس الثلاثاء في انفجار شاحنة مفخخة استهدفت مجمعا سكنيا في حي "
     "الزنجيلي غرب الموصل، حسبما افاد مصدر في الشرطة.", date(2008, 1, 23)),
    ("وقتل 12 شخصا على الاقل في ثلاثة انفجارات هزت منتجع شرم الشيخ السياحي مساء امس، وفق حصيلة "
     "اولية اعلنتها الشرطة المصرية.", date(2006, 4, 25)),
])
def test_a_housing_compound_or_a_resort_is_civilian(events, text, published):
    [e] = events(text, published)
    assert e.target is not None and e.target.type == "civilian"
