"""Who did it, in the idioms of the region's media (sentences written for these tests)."""
from datetime import date

import pytest

from q7x2.article import Article

ISRAEL = "Military Forces of Israel"


def _perpetrators(pipeline, text, published=date(2024, 8, 12)):
    return [[p.name for p in e.perpetrators] for e in pipeline.extract(Article(id="t", text=text, published=published))]


@pytest.mark.parametrize("text", [
    "أغار الطيران الحربي المعادي بعد ظهر اليوم على بلدة عيتا الشعب في قضاء بنت جبيل، ما أدى إلى إصابة مواطنين اثنين.",
    "استهدفت مسيرة معادية صباح اليوم دراجة نارية على طريق بلدة عيناتا، ما أدى إلى استشهاد سائقها.",
    "تعرضت أطراف بلدة الخيام صباح اليوم لقصف مدفعي معاد بالقذائف الثقيلة، اقتصرت أضراره على الماديات.",
])
def test_the_hostile_side_of_lebanese_reports_is_israel(pipeline, text):
    assert _perpetrators(pipeline, text) == [[ISRAEL]]


@pytest.mark.parametrize("text", [
    # "المعادي" names Israel only where the article places what it tells where its media say so
    "أغار الطيران الحربي المعادي بعد ظهر اليوم على مزرعة في محافظة مأرب، ما أدى إلى مقتل مدنيين اثنين.",
    "استهدفت مسيرة معادية صباح اليوم سيارة على طريق قضاء سنجار، ما أدى إلى مقتل سائقها.",
])
def test_the_hostile_side_elsewhere_is_no_one_named(pipeline, text):
    assert _perpetrators(pipeline, text) == [[]]

