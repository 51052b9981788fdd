"""The other side's answer, told at the start of its sentence ("وردا على ذلك", "وفي أعقاب ذلك",
"وبعد وقت قصير"), is of the day of the attack it answers."""
from datetime import date

import pytest


@pytest.mark.parametrize("text, place", [
    ("أطلق حزب الله ظهر اليوم رشقة صواريخ على مدينة كريات شمونة.\n"
     "وردا على ذلك، شنت طائرات حربية إسرائيلية غارات على بلدة الخيام.", "الخيام"),
    ("استهدف مقاتلو الحزب صباح اليوم موقع المالكية بالأسلحة الصاروخية.\n"
     "وبعد وقت قصير، ردت المدفعية الإسرائيلية بقصف أطراف بلدة عيترون.", "عيترون"),
    ("سقطت مسيرة مفخخة عصر اليوم في منطقة مفتوحة قرب بلدة شلومي.\n"
     "وفي أعقاب ذلك، أغارت طائرات حربية إسرائيلية على منصة إطلاق في بلدة شيحين.", "شيحين"),
])
def test_an_answer_told_after_an_attack_is_of_its_day(events, text, place):
    answer = next(e for e in events(text, date(2024, 6, 13)) if place in (e.location.name_ar or e.location.text or ""))
    assert answer.date.value == "2024-06-13"


@pytest.mark.parametrize("text, place", [
    ("استهدف مقاتلو الحزب ظهر اليوم موقع المالكية بالأسلحة الصاروخية.\n"
     "وبعد وقت قصير، قصفت المدفعية الإسرائيلية أطراف بلدة عيترون، فيما شنت مسيرة غارة على منزل في بلدة بيت ليف.",
     "بيت ليف"),
    ("قتل عنصران من قسد بقصف مسيرة تركية على نقطة عسكرية في بلدة عين عيسى صباح اليوم.\n"
     "وبالتزامن، قصفت القوات التركية أطراف قرية الهوشان، كما استهدفت مسيرة سيارة في مدينة تل أبيض.",
     "تل أبيض"),
])
def test_a_clause_joined_to_one_of_that_time_is_of_that_day_too(events, text, place):
    joined = next(e for e in events(text, date(2024, 6, 13)) if place in (e.location.name_ar or e.location.text or ""))
    assert joined.date.value == "2024-06-13"


@pytest.mark.parametrize("text, place", [
    ("قصفت طائرات حربية روسية صباح اليوم أطراف بلدة الفطيرة في ريف إدلب.\n"
     "وعند الظهيرة، قصفت قوات النظام بالقذائف المدفعية مدينة كفرنبل.", "كفرنبل"),
    ("استهدفت مسيرة إسرائيلية صباح اليوم دراجة نارية في بلدة كفركلا.\n"
     "وعند العصر، شن الطيران الحربي غارة على منزل في مدينة بنت جبيل.", "بنت جبيل"),
])
def test_a_part_of_the_day_after_at_is_of_the_day_told_before(events, text, place):
    """"وعند الظهيرة"، "وعند العصر": a part of the day that names no day, as "ظهرا" is."""
    *_, later = events(text, date(2024, 6, 13))
    assert later.date.value == "2024-06-13"
