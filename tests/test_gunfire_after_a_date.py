""""أطلقت قوة إسرائيلية متوغلة، صباح اليوم الثلاثاء، النار على رعاة": a date between the
firing verb and its gunfire, with its commas, does not take the gunfire out of the verb's reach."""
from datetime import date

import pytest


@pytest.mark.parametrize("text", [
    "أطلقت قوة إسرائيلية متوغلة، صباح اليوم الثلاثاء، النار على رعاة أغنام في محيط قرية كودنة بريف القنيطرة، "
    "ما أدى إلى إصابة راع بجروح.",
    "أطلق مسلحون مجهولون، مساء أمس الإثنين، النار على شاب في بلدة اليادودة بريف درعا الغربي، "
    "ما أدى إلى مقتله على الفور.",
])
def test_gunfire_after_a_date_is_the_weapon(events, text):
    [event] = events(text, date(2025, 6, 17))
    assert [w.type for w in event.weapons] == ["small_arms"]
    assert event.sub_event_type == "Attack"
