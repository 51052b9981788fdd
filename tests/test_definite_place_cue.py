""""في أطراف البلدة دمرته بالكامل": after a definite place noun (the town told before) the
next word is no name of a place no gazetteer knows, as it is after "بلدة" ("بلدة زموري")."""
from datetime import date

import pytest


@pytest.mark.parametrize("text, word", [
    ("استهدفت مسيرة إسرائيلية سيارة عند مدخل بلدة يارون صباح اليوم.\n"
     "وشن الطيران الحربي غارة على منزل غير مأهول في أطراف البلدة دمرته بالكامل.", "دمرته"),
    ("قصفت قوات النظام بلدة كنصفرة صباح اليوم.\n"
     "وألقت مروحيات النظام براميل متفجرة على منازل في القرية أحرقتها بالكامل.", "أحرقتها"),
])
def test_a_word_after_a_definite_place_noun_is_no_place(events, text, word):
    found = events(text, date(2025, 3, 23))
    assert all(word not in (e.location.name_ar or "") for e in found)
