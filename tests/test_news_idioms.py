"""Set phrases of attack news that look like something else: a comparison that looks like a
habit, a martyrdom formula that names a city. Sentences written for these tests."""
from datetime import date

import pytest

from q7x2.article import Article


@pytest.mark.parametrize("text, published, place, killed", [
    ("هاجم عناصر من تنظيم داعش فجر الخميس مقرا للجيش العراقي في ناحية العظيم شمال ديالى، ما أسفر عن مقتل "
     "ضابط و10 جنود، في هجوم هو الأعنف منذ أشهر.", date(2022, 1, 20), "Al-Atheem", 11),
    ("استهدف قصف صاروخي سوقا شعبية في بلدة سرمدا شمال إدلب مساء الأحد، ما أدى إلى مقتل أربعة مدنيين، في هجوم "
     "هو الأكثر دموية منذ سنوات.", date(2021, 3, 22), "Sarmada", 4),
])
def test_since_after_a_superlative_compares_the_attack_it_tells_no_habit(events, text, published, place, killed):
    (e,) = events(text, published)
    assert (e.location.name, e.casualties.killed) == (place, killed)


def test_since_alone_still_tells_a_habit(events):
    assert events("تستهدف الفصائل القاعدة بالصواريخ منذ أشهر دون أن تتبنى أي هجوم", date(2022, 1, 20)) == []


@pytest.mark.parametrize("text, published, place", [
    ("نعى حزب الله ثلاثة من عناصره قال إنهم ارتقوا على طريق القدس، فيما قالت مصادر محلية إنهم قتلوا بغارة "
     "إسرائيلية استهدفت سيارة على طريق بلدة كفركلا أمس السبت.", date(2023, 11, 5), "Kfar Kila"),
    ("استشهد مقاتل من الحزب سقط شهيدا على طريق القدس، إثر غارة شنتها مسيرة إسرائيلية على دراجة نارية في بلدة "
     "الخيام صباح اليوم.", date(2024, 2, 12), "Khiam"),
])
def test_the_city_of_a_martyrdom_formula_is_not_where_anyone_fell(events, text, published, place):
    assert [e.location.name for e in events(text, published)] == [place]


@pytest.mark.parametrize("text, published, admin1", [
    ("اغتيال في درعا\n\nاغتال مسلحون مجهولون، مساء السبت، عنصرا سابقا في فصائل المعارضة بإطلاق النار عليه في بلدة "
     "اليادودة بريف درعا الغربي، ولاذوا بالفرار.", date(2021, 6, 20), "SY-DR"),
    ("اغتيال مختار في ريف حلب\n\nاغتال مجهولون، صباح اليوم الاثنين، مختار قرية بإطلاق النار عليه قرب منزله في بلدة "
     "تل رفعت بريف حلب الشمالي.", date(2022, 5, 9), "SY-HL"),
])
def test_a_date_between_commas_does_not_cut_the_act_from_how_it_was_done(events, text, published, admin1):
    """The commas around "مساء السبت" enclose an aside: "بإطلاق النار عليه" is how the
    assassination was done, one act with the headline's."""
    (e,) = events(text, published)
    assert (e.sub_event_type, e.location.admin1_code, [p.name for p in e.perpetrators]) == \
        ("Attack", admin1, ["Unidentified gunmen (generic)"])


@pytest.mark.parametrize("sentence", [
    "اغتال مجهولون، صباح اليوم الاثنين، مختار قرية بإطلاق النار عليه قرب منزله في بلدة تل رفعت بريف حلب الشمالي.",
    "اغتالت مسيرة إسرائيلية، عصر اليوم، قياديا في الحزب بغارة على سيارته في بلدة الخيام جنوبي لبنان.",
])
def test_an_act_and_how_it_was_done_are_one_clause_across_a_dated_aside(pipeline, sentence):
    doc = pipeline.document(Article(id="t", text=sentence, published=date(2022, 5, 9)))
    clauses, _ = pipeline.assembler.mentions(doc)
    assert [len(c.live) for c in clauses] == [2]


@pytest.mark.parametrize("text", [
    "فاز فريق الزوراء على الشرطة بهدفين مقابل هدف في المباراة التي جرت مساء اليوم على ملعب الشعب في بغداد، وسجل "
    "المهاجم هدف الفوز من ضربة جزاء بعد هجوم منظم في الدقيقة 80.",
    "تعادل المنتخب مع ضيفه في عمان مساء اليوم، بعدما أهدر لاعبه ضربة جزاء في الشوط الثاني إثر هجمة مرتدة سريعة.",
])
def test_the_strikes_and_attacks_of_a_game_are_no_attack(events, text):
    assert events(text, date(2024, 5, 14)) == []


@pytest.mark.parametrize("text", [
    "شهدت أسواق بغداد انفجارا في أسعار الطماطم اليوم الثلاثاء، حيث قفز سعر الكيلوغرام إلى ألفي دينار.",
    "حذر خبراء من انفجار في الأوضاع المعيشية في مدينة البصرة خلال الصيف الحالي.",
])
def test_a_burst_in_prices_is_no_explosion(events, text):
    assert events(text, date(2024, 5, 14)) == []


def test_a_bombing_at_a_match_is_still_an_attack(events):
    (e,) = events("قتل 12 شخصا بتفجير انتحاري استهدف مباراة لكرة القدم في ملعب بقضاء الإسكندرية جنوب بغداد مساء اليوم.",
                  date(2024, 5, 14))
    assert e.sub_event_type == "Suicide bomb"
