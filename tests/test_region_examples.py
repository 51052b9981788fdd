"""Attacks across the region, end to end: the record an analyst expects, down to the ACLED row.
Sentences written for these tests in the patterns of the region's wire copy."""
import csv
import io
from datetime import date

import pytest

from q7x2.acled import AcledWriter
from q7x2.article import Article


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text, published=date(2008, 3, 16)):
        return pipeline.extract(Article(id="t", text=text, published=published))
    return run


def acled(event) -> dict:
    out = io.StringIO()
    writer = AcledWriter(out)
    writer.write(event)
    return next(csv.DictReader(io.StringIO(out.getvalue())))


def test_a_suicide_attacker_driving_explosives_into_a_convoy(events):
    [e] = events("واقتحم انتحاري بسيارته المحملة بالمتفجرات رتلا للقوات الدولية على طريق قرب مدينة قندهار أمس.")
    assert e.sub_event_type == "Suicide bomb" and e.target.type == "convoy"
    assert e.location.country_code == "AF" and e.date.value == "2008-03-15"


def test_gunmen_who_abducted_soldiers(events):
    [e] = events("وقال مسؤول إن مسلحين موالين لطالبان اختطفوا ثمانية جنود في منطقة وزيرستان أمس.")
    assert e.sub_event_type == "Abduction/forced disappearance" and e.location.country_code == "PK"


def test_an_attack_near_a_town_no_gazetteer_has(events):
    [e] = events("وقال الجيش إن الهجوم الذي وقع قبل الفجر استمر لساعات قرب بلدة شيوا في إقليم وزيرستان الشمالي.")
    assert e.location.name_ar == "شيوا" and e.location.lat is None      # named, not placed on a map


def test_an_attempted_assassination_with_a_pistol(events):
    [e] = events("وتعرض محافظ المدينة لمحاولة اغتيال في مدينة كويتا أمس، حين صوب مسلح مسدسا نحو سيارته.")
    assert e.sub_event_type == "Attack" and e.casualties.killed is None
    assert [w.type for w in e.weapons] == ["small_arms"] and e.target.type == "government"


def test_forces_that_killed_gunmen_fought_them(events):
    [e] = events("وقتلت القوات الأميركية 9 مسلحين في اشتباك بمدينة بعقوبة أمس.")
    assert e.sub_event_type == "Armed clash"
    assert [p.name for p in e.perpetrators] == ["Military Forces of the United States"]


def test_a_drone_strike_on_a_market_in_idlib_is_placed_in_syria(events):
    [e] = events("قتل سبعة مدنيين في غارة لطائرة مسيرة استهدفت سوقا شعبيا في مدينة إدلب مساء السبت.",
                 published=date(2023, 10, 8))
    assert (e.sub_event_type, e.location.country_code, e.location.admin1_code) == ("Air/drone strike", "SY", "SY-ID")
    row = acled(e)
    assert (row["country"], row["admin1"], row["event_id_cnty"][:3]) == ("Syria", "Idleb", "SYR")   # ACLED's spelling


def test_a_strike_on_a_governorate_is_coded_to_the_governorate(events):
    [e] = events("قصفت طائرات حربية مواقع في محافظة دير الزور فجر الأحد.", published=date(2023, 10, 8))
    assert (e.location.precision, e.location.admin1_code) == ("governorate", "SY-DY")


def test_an_event_placed_nowhere_is_no_country_in_acled(events):
    [e] = events("وقتل ثلاثة أشخاص في انفجار عبوة ناسفة أمس.")
    row = acled(e)
    assert (e.location.country_code, row["country"], row["iso"]) == (None, "", "")
    assert row["event_id_cnty"].startswith("XXX-") and "Iraq" not in row["actor1"]


def test_clashes_between_two_armed_sides(events):
    [e] = events("واندلعت اشتباكات عنيفة بين قوات البيشمركة ومسلحي تنظيم داعش في قضاء سنجار فجر الخميس.")
    assert (e.sub_event_type, e.event_type) == ("Armed clash", "Battles")


def test_a_lower_bound_on_the_dead_is_the_count_and_dozens_wounded_is_not_a_count(events):
    [e] = events("قتل ما لا يقل عن ثلاثة وثلاثين شخصا وأصيب العشرات في تفجير سيارة مفخخة في مدينة الحلة أمس.")
    assert (e.casualties.killed, e.casualties.wounded) == (33, None)


@pytest.mark.parametrize("text", [
    "قتلت القوات الأمريكية خمسة مسلحين خلال عملية دهم في مدينة سامراء شمال بغداد أمس الخميس.",
    "قتلت قوات الأمن ثلاثة مسلحين أثناء عملية دهم لمخبأ في حي الزنجيلي بالموصل فجر اليوم.",
])
def test_killing_during_a_raid_is_a_fight_not_a_search(events, text):
    (e,) = events(text)
    assert (e.sub_event_type, e.target.type) == ("Armed clash", "armed_group")


@pytest.mark.parametrize("text", [
    "قتلت القوات العراقية أربعة مسلحين في اشتباك قرب مدينة بيجي أمس.",
    "قتلت الشرطة العراقية ثلاثة مسلحين في مواجهات جنوب مدينة كركوك أمس.",
])
def test_gunmen_the_forces_hit_are_fighters(events, text):
    (e,) = events(text)
    assert (e.sub_event_type, e.target.type) == ("Armed clash", "armed_group")


def test_gunmen_who_shot_are_who_did_it_not_what_was_hit(events):
    (e,) = events("قتل مدني برصاص مسلحين مجهولين في مدينة الموصل أمس.")
    assert (e.sub_event_type, e.target.type) == ("Attack", "civilian")


@pytest.mark.parametrize("text, perpetrator", [
    ("قتل عشرة جنود فرنسيين وأصيب 21 آخرون في كمين نصبه مقاتلو طالبان في منطقة سروبي شرق كابول.", "Taliban"),
    ("قتل ستة عسكريين في كمين نصبه مسلحو حركة الشباب لقافلة عسكرية قرب مدينة بلدوين.", "Al Shabaab"),
])
def test_who_set_the_ambush_did_it(events, text, perpetrator):
    (e,) = events(text)
    assert [p.name for p in e.perpetrators] == [perpetrator]


@pytest.mark.parametrize("text, place", [
    ("هاجم مسلحو تنظيم داعش نقطة لقوات سوريا الديمقراطية في بلدة الشحيل بريف دير الزور الشرقي فجر اليوم.", "Al-Shuhayl"),
    ("شن مقاتلو هيئة تحرير الشام هجوما على مواقع لفصائل الجيش الوطني قرب مدينة الباب بريف حلب الشرقي فجر اليوم.",
     "Al Bāb"),
])
def test_an_assault_on_a_factions_position_is_a_clash(events, text, place):
    (e,) = events(text)
    assert (e.sub_event_type, e.target.type, e.location.name) == ("Armed clash", "armed_group", place)


@pytest.mark.parametrize("text, admin1", [
    ("قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي فجر اليوم.", "SY-ID"),
    ("انفجرت عبوة ناسفة بدورية للجيش في قضاء الطارمية شمالي بغداد فجر الأحد.", "IQ-BG"),
])
def test_dawn_after_a_direction_is_a_time_not_a_place(pipeline, events, text, admin1):
    """"الجنوبي فجر اليوم": "فجر" is dawn, not the Iraqi subdistrict of that name."""
    (e,) = events(text)
    assert e.location.admin1_code == admin1
    doc = pipeline.document(Article(id="t", text=text, published=date(2008, 3, 16)))
    assert "Al-Fajer" not in [m.value.place.name for m in doc.of("place")]


@pytest.mark.parametrize("text, published, town, admin1", [
    ("سقط صاروخ إيراني قرب مبنى السفارة الأمريكية في تل أبيب فجر اليوم، ما ألحق أضرارا طفيفة بالمبنى.",
     date(2025, 6, 16), "Tel Aviv", "IL-TA"),
    ("أطلق مسلح النار على مبنى السفارة الأمريكية في بيروت صباح اليوم قبل أن يصاب ويعتقل.", date(2024, 6, 5),
     "Beirut", "LB-BA"),
])
def test_an_embassy_said_to_be_in_another_town_is_that_towns(events, text, published, town, admin1):
    """The gazetteer's "السفارة الأمريكية" is the one in Baghdad; "في تل أبيب" says which one."""
    (e,) = events(text, published)
    assert (e.location.name, e.location.admin1_code, e.target.type) == (town, admin1, "diplomatic")


def test_an_embassy_in_its_own_town_is_the_gazetteers(events):
    (e,) = events("سقط صاروخ كاتيوشا قرب السفارة الأمريكية في بغداد مساء أمس.")
    assert e.location.name == "US Embassy, Baghdad"


@pytest.mark.parametrize("text, published, place", [
    ("هجوم على كمين للجيش في سيناء\n\nقتل 23 عسكريا مصريا في هجوم شنه مسلحون بسيارات مفخخة على نقاط تفتيش للجيش في "
     "منطقة البرث جنوب مدينة رفح بشمال سيناء، وتبنى تنظيم ولاية سيناء الهجوم.", date(2017, 7, 8), "البرث"),
    ("غارة إسرائيلية على قطاع غزة\n\nاستشهد ثلاثة فلسطينيين في غارة شنتها طائرة إسرائيلية على منزل في حي الأمل غرب مدينة "
     "خان يونس جنوب القطاع فجر اليوم.", date(2023, 5, 10), "الأمل"),
])
def test_a_headline_placed_in_a_region_and_the_body_in_one_of_its_units_are_one_attack(events, text, published, place):
    (e,) = events(text, published)
    assert e.location.name_ar == place
