"""A side whose claim the text negates ("ولم يعلن حزب الله مسؤوليته") did not claim the
attack, and is not named as who did it."""
from datetime import date

import pytest


@pytest.mark.parametrize("text", [
    "سقطت مسيرة مفخخة في منطقة مفتوحة قرب بلدة شلومي عصر اليوم.\n"
    "ولم يعلن حزب الله على الفور مسؤوليته عن إطلاق المسيرة.",
    "سقطت ستة صواريخ أطلقت من جنوب لبنان على بلدة شلومي عصر اليوم.\n"
    "ولم تعلن حركة حماس ولا أي فصيل فلسطيني آخر مسؤوليتها عن إطلاق الصواريخ.",
])
def test_a_negated_claim_claims_nothing(events, text):
    [event] = events(text, date(2024, 7, 4))
    assert not [p for p in event.perpetrators if p.attribution == "claimed"]


def test_a_claim_still_claims(events):
    text = ("سقطت مسيرة مفخخة في منطقة مفتوحة قرب بلدة شلومي عصر اليوم.\n"
            "وأعلن حزب الله مسؤوليته عن إطلاق المسيرة.")
    [event] = events(text, date(2024, 7, 4))
    assert [p.name for p in event.perpetrators if p.attribution == "claimed"] == ["Hezbollah"]
