"""What was hit and with what: sentences written for these rules (acc17)."""
from datetime import date

import pytest

from q7x2.article import Article


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text, published):
        return pipeline.extract(Article(id="t", text=text, published=published))
    return run


# --- warplanes and a drone, each named, are two strikes ----------------------------------------

@pytest.mark.parametrize("text, published", [
    ("استهدفت غارة إسرائيلية، ظهر اليوم الأربعاء، مبنى بلدية النبطية، ما أدى إلى مقتل رئيس البلدية. "
     "وبلغت حصيلة الغارة التي نفذتها الطائرات الحربية على مبنى البلدية 16 قتيلا. "
     "كما شن الطيران المسير الإسرائيلي غارة على سوق النبطية التجاري، ما أدى إلى احتراق عدد من المحال.",
     date(2024, 10, 16)),
    ("شن الطيران الحربي الإسرائيلي غارة على منزل في بلدة عيترون، ما أدى إلى تدميره. "
     "وفي البلدة نفسها، استهدفت طائرة مسيرة إسرائيلية بغارة دراجة نارية في عيترون، ما أدى إلى إصابة شاب.",
     date(2024, 7, 9)),
])
def test_warplanes_and_a_drone_each_named_are_two_strikes(events, text, published):
    found = events(text, published)
    assert sorted(tuple(w.type for w in e.weapons) for e in found) == [("aircraft",), ("drone",)]


def test_a_raid_a_drone_carried_out_is_still_one_strike(events):
    [e] = events("استهدفت غارة إسرائيلية سيارة في بلدة عيترون. وأفاد مصدر بأن طائرة مسيرة نفذت الغارة على السيارة في عيترون.",
                 date(2024, 7, 9))
    assert [w.type for w in e.weapons] == ["drone"]
