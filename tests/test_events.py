"""The event assembler, rule by rule, on sentences from the seed articles and on sentences
written like the reports these articles quote."""
from datetime import date

import pytest

from q7x2.article import Article


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text, published=date(2021, 4, 24)):
        return pipeline.extract(Article(id="t", text=text, published=published))
    return run


# --- what is not an event ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # counts and statistics
    "وتشير تقديرات أميركية إلى أن قوات التحالف الدولي تعرضت لأكثر من 50 هجوما باستخدام العبوات الناسفة على قوافل الإمدادات.",
    "وبين تشرين الأول/أكتوبر ونهاية تموز/يوليو، استهدف 39 هجوما صاروخيا مصالح أميركية في العراق.",
    "ومنذ مطلع العام، استهدف نحو 50 هجوماً مصالح أمريكية في العراق، لا سيّما السفارة الأمريكية في بغداد.",
    # habitual and generic statements
    "لكن قبل ذلك استهدفت ميليشيات موالية لايران وبشكل مكثف بصواريخ عبر نهر دجلة المجمع الدبلوماسي الأميركي.",
    "كما شكلت الحكومة العراقية لجنة للتحقيق في الهجمات التي تستهدف البعثات الدبلوماسية في العراق.",
    # threats, conditions, denials
    "واعلنت الفصائل الموالية لايران انها لن تستهدف السفارة الاميركية شرط ان تعلن واشنطن سحب كل قواتها.",
    "وتهدد قيادات في المجموعات الشيعية المسلحة بمواصلة الهجمات ضد القوات الأميركية في قاعدتي عين الأسد وأربيل.",
    "حيث تحض السلطات الايرانية ميليشيات موالية لها على استهداف المنطقة الخضراء.",
    # arrests
    "وفي نهاية حزيران/يونيو، ألقي القبض على 14 شخصا ينتمون الى كتائب حزب الله لاتهامهم بشن هجمات صاروخية على أميركيين.",
    # an idiom that holds a trigger word
    "وسعت طهران الى تحويل العراق لساحة تصفية حسابات مع العدو الاميركي في بغداد.",
])
def test_not_events(events, sentence):
    assert events(sentence) == []


# --- what is an event, and its fields ------------------------------------------------------

def test_a_background_attack_with_its_own_date_place_weapon_and_summed_casualties(events):
    [e] = events('واستُهدفت قاعدة "بلد" الجوية في محافظة صلاح الدين شمال بغداد في 18 أبريل/نيسان الجاري '
                 'بخمسة صواريخ أسفرت عن إصابة 3 جنود عراقيين ومتعاقدين أجنبيين تابعين لشركة صيانة طائرات.')
    assert (e.date.value, e.date.precision) == ("2021-04-18", "day")
    assert e.location.admin1_code == "IQ-SD" and "بلد" in e.location.text      # not "شمال بغداد"
    assert e.sub_event_type == "Shelling/artillery/missile attack" and e.target.type == "military"
    assert [(w.type, w.count) for w in e.weapons] == [("rocket", 5)]
    assert (e.casualties.killed, e.casualties.wounded) == (None, 5)


def test_negated_casualties_do_not_negate_the_attack(events):
    [e] = events("سقط صاروخ مساء الثلاثاء في محيط مطار بغداد. ولم يؤد الهجوم الصاروخي إلى سقوط قتلى أو أضرار.",
                 published=date(2020, 8, 18))
    assert e.date.value == "2020-08-18" and e.casualties.killed == 0
    assert len(e.evidence) == 2                     # "الهجوم" refers back: one event, both sentences


def test_one_sentence_two_dates_two_targets_three_events(events):
    found = events('وسقطت 4 صواريخ على قاعدة "بلد" شمال بغداد في 20 فبراير/شباط الماضي، واستُهدفت السفارة الأميركية '
                   'بصاروخين على الأقل في 23 فبراير/شباط الماضي دون تسجيل إصابات، بينما سقطت 3 صواريخ بالقرب من معسكر '
                   'فكتوريا ضمن مطار بغداد الدولي مساء 22 أبريل/نيسان الجاري من أصل 8 صواريخ لم تعلن أي جهة مسؤوليتها عن إطلاقها.')
    assert [(e.date.value, e.target.type) for e in found] == [
        ("2021-02-20", "military"), ("2021-02-23", "diplomatic"), ("2021-04-22", "military")]
    assert (found[1].casualties.killed, found[1].casualties.wounded) == (0, 0)
    assert found[2].claimed is False and found[2].date.time_of_day == "evening"


def test_places_joined_by_and_are_two_attacks(events):
    found = events("وأوضحت المصادر، أن رتلين تابعين للتحالف الدولي استهدفا بعبوات ناسفة في محافظة ذي قار، "
                   "وثالث في محافظة الديوانية جنوبي العراق، اليوم الخميس.", published=date(2021, 7, 29))
    assert sorted(e.location.admin1_code for e in found) == ["IQ-DQ", "IQ-QA"]
    assert {e.sub_event_type for e in found} == {"Remote explosive/landmine/IED"}
    assert {e.date.value for e in found} == {"2021-07-29"}


def test_headline_lead_and_body_are_one_event_with_every_evidence_sentence(events, seed_texts, seed_published):
    text = seed_texts["003_1824eb606f59f6c7"]
    found = events(text, published=date.fromisoformat(seed_published["003_1824eb606f59f6c7"]))
    embassy = [e for e in found if e.location.admin1_code == "IQ-BG"]
    assert len(embassy) == 1
    e = embassy[0]
    assert (e.date.value, e.date.time_of_day) == ("2021-07-29", "dawn")
    assert e.weapons[0].subtype == "Katyusha" and e.weapons[0].count == 2
    assert (e.casualties.killed, e.casualties.wounded) == (0, 0)
    assert len(e.evidence) >= 3 and all(text[s.start:s.end] == s.text for s in e.evidence)


def test_claim_in_a_later_sentence_attaches_to_the_attack_it_names(events):
    found = events("وتعرض الجناح العسكري في مطار أربيل الدولي في 14 أبريل/نيسان الجاري لهجوم بطائرة مسيرة "
                   "ألحق أضرارا في مبان ومخازن دون خسائر بشرية.\n"
                   'وأعلنت "سرايا أولياء الدم" مسؤوليتها عن الهجوم.')
    [e] = found
    assert e.sub_event_type == "Air/drone strike" and e.location.admin1_code == "IQ-AR"
    assert [(p.name_ar, p.attribution) for p in e.perpetrators] == [("سرايا أولياء الدم", "claimed")]
    assert e.claimed is True and (e.casualties.killed, e.casualties.wounded) == (0, 0)


def test_unclaimed_attack(events):
    [e] = events('يوم الخميس، كان هناك هجوم بعدة صواريخ على معسكر عين الاسد، غربي الانبار.\n'
                 'لكن لم تتبن أي جهة مسؤولية الهجوم حتى اللحظة.', published=date(2024, 7, 28))
    assert e.date.value == "2024-07-25" and e.location.admin1_code == "IQ-AN"
    assert e.claimed is False and e.perpetrators == []


def test_accused_is_the_one_blamed_not_the_one_blaming(events):
    [e] = events("وسقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية اليوم الخميس، وتتهم واشنطن كتائب حزب الله بالوقوف وراء الهجوم.",
                 published=date(2021, 7, 8))
    assert [(p.name_ar, p.attribution) for p in e.perpetrators if p.attribution] == [("كتائب حزب الله", "accused")]


def test_disrupted_weapons_use(events):
    [e] = events("أُسقطت، أمس، طائرتان مسيّرتان مفخختان فوق قاعدة عين الأسد الجوية غرب العراق.", published=date(2021, 6, 7))
    assert e.sub_event_type == "Disrupted weapons use" and e.event_type == "Strategic developments"
    assert e.date.value == "2021-06-06" and [(w.type, w.count) for w in e.weapons] == [("drone", 2)]


def test_assassination_of_an_activist(events):
    [e] = events("ومساء الجمعة، اغتيل ناشط كان يعارض ازدياد نفوذ الفصائل المسلحة في البصرة بإطلاق عشرين رصاصة "
                 "عليه من مسدس مزود بكاتم للصوت.", published=date(2020, 8, 18))
    assert (e.sub_event_type, e.target.type, e.casualties.killed) == ("Attack", "civilian", 1)
    assert e.date.value == "2020-08-14" and e.location.admin1_code == "IQ-BA"


def test_a_dateline_city_is_not_the_location(events):
    [e] = events("بغداد - سقطت ثلاثة صواريخ على قاعدة بلد الجوية مساء الثلاثاء.", published=date(2020, 8, 18))
    assert e.location.admin1_code == "IQ-SD"


@pytest.mark.parametrize("text, admin1", [
    # an outlet's name, a dash, the city and a colon: the city is the dateline's
    ("الجزيرة نت - صنعاء: قتل 68 مهاجرا في غارة أمريكية استهدفت فجر اليوم مركزا لإيواء المهاجرين في مدينة صعدة.",
     "YE-SD"),
    ("العربية.نت - مأرب: قتل خمسة جنود بهجوم بطائرة مسيرة على معسكر في مديرية عسيلان بمحافظة شبوة مساء السبت.",
     "YE-SH"),
])
def test_a_dateline_city_after_the_outlet_is_not_the_location(events, text, admin1):
    found = events(text, published=date(2025, 4, 28))
    assert [e.location.admin1_code for e in found] == [admin1]


def test_the_lead_event_without_a_date_takes_the_publication_date(events):
    [e] = events("سقوط صاروخين على قاعدة عين الأسد الجوية في الأنبار", published=date(2021, 5, 4))
    assert (e.date.value, e.date.text) == ("2021-05-04", None)


def test_a_definite_noun_points_back_to_the_site_named_before(events):
    found = events("وفي نيسان الماضي استهدف هجوم بطائرة مسيرة مركزا للتحالف الدولي داخل مطار أربيل.\n"
                   "كما تعرض المطار لهجوم بـ 14 صاروخاً في شباط الماضي.", published=date(2021, 7, 7))
    assert [(e.date.value, e.location.admin1_code, e.weapons[0].type) for e in found] == [
        ("2021-04", "IQ-AR", "drone"), ("2021-02", "IQ-AR", "rocket")]


def test_records_are_deterministic(events, seed_texts):
    text = seed_texts["001_1e6b6c2c93cf8a11"]
    first = [e.to_json() for e in events(text)]
    assert first == [e.to_json() for e in events(text)]
    assert len({e.event_id for e in events(text)}) == len(first)


def test_a_nationality_after_the_strike_names_its_perpetrator(events):
    [e] = events("مقتل قيادي بمليشيا حركة النجباء جراء غارة أمريكية استهدفته في بغداد يوم أمس الخميس.",
                 published=date(2024, 1, 5))
    assert e.sub_event_type == "Air/drone strike" and e.date.value == "2024-01-04"
    names = {p.name_ar for p in e.perpetrators}
    assert "القوات الأمريكية" in names
    assert "حركة النجباء" not in names                       # the victim's group, after "قيادي"


def test_the_owner_of_the_drone_is_its_perpetrator(events):
    [e] = events("طائرة مسيّرة تابعة للميليشيات الإيرانية هاجمت ظهر اليوم الاثنين قاعدة التنف عند الحدود "
                 "السورية العراقية الأردنية.", published=date(2023, 10, 23))
    assert e.location.admin1_code == "SY-HI"
    assert any(p.text == "للميليشيات الإيرانية" and p.attribution is None for p in e.perpetrators)
