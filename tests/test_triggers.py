"""Attack triggers and target nouns: which words report which act, and what was hit.

The sentences are written for these tests in the patterns of the region's news."""
import pytest

from q7x2.api import extract
from q7x2.extract.triggers import TargetNoun, Trigger, TriggerExtractor
from q7x2.gazetteers import GazetteerError, Gazetteers

PUBLISHED = "2008-01-10"


@pytest.fixture(scope="module")
def triggers(gazetteers, keymaker, make_doc):
    extract_triggers = TriggerExtractor(gazetteers, keymaker)

    def run(text):
        doc = make_doc(text)
        extract_triggers(doc)
        return doc
    return run


def trigger_ids(doc):
    return [m.value.trigger.id for m in doc.of("trigger")]


def target_types(doc):
    return [m.value.type for m in doc.of("target")]


def one_event(text):
    events = extract(text, published=PUBLISHED)
    assert len(events) == 1, [e.sub_event_type for e in events]
    return events[0]


@pytest.mark.parametrize("sentence, trigger", [
    ("وقتل خمسة أشخاص في هجوم انتحاري قرب سوق المدينة", "suicide-attack"),
    ("قام شاب بتفجير نفسه عند مدخل مركز للتطويع", None),     # a suicide, not a bombing of something
    ("أقدمت امرأة على تفجير نفسها وسط حشد من الزوار", None),
    ("اندلعت اشتباكات عنيفة بين الجيش ومسلحين", "clash"),
    ("واندلع نزاع عشائري مسلح في قضاء قلعة سكر مساء الأربعاء", "clash"),     # armed tribes fighting
    ("وقتل ثلاثة أشخاص في نزاع عشائري بين عشيرتين في ناحية الدير", "clash"),
    ("اختطف مسلحون مهندسا أجنبيا", "abduct"),
    ("نجا الوزير من محاولة اغتيال", "attempted-assassination"),
    ("اقتحم مسلحون مبنى البلدية", "storm"),
    ("نصب مسلحون كمينا لدورية", "ambush"),
    ("وقعت مجزرة في القرية", "massacre"),
    ("لقي ثلاثة جنود مصرعهم", "kill"),
    ("فجر مسلحون جسرا على النهر", "explode"),
])
def test_the_act_a_phrase_reports(triggers, sentence, trigger):
    found = trigger_ids(triggers(sentence))
    if trigger is None:
        assert "suicide-attack" in found and "explode" not in found
    else:
        assert trigger in found


@pytest.mark.parametrize("sentence", [
    "قالت إنها تعرضت للتعذيب في السجن",
    "صدر بحقه حكم الإعدام",
    "تعرض لانتقادات واسعة",
])
def test_phrases_that_hide_a_trigger_word_report_no_act(triggers, sentence):
    assert trigger_ids(triggers(sentence)) == []


def test_bare_dawn_is_not_a_bombing(triggers):
    assert trigger_ids(triggers("وصل الوفد فجر أمس إلى المدينة")) == []


@pytest.mark.parametrize("sentence, expected", [
    ("استهدف الهجوم نقطة تفتيش للشرطة", "military"),
    ("أصيب محافظ المدينة في الانفجار", "government"),
    ("استهدف التفجير مسجدا في الحي", "civilian"),
    ("هاجم قراصنة سفينة شحن", "civilian"),
    ("فجر مسلحون خط أنابيب للنفط", "infrastructure"),
    ("قتلت القوات 12 مسلحا", "armed_group"),
    # oil storage and oil plants
    ("سقطت مسيرة قرب خزانات الوقود في الميناء", "infrastructure"),
    ("اندلع حريق في معمل لمعالجة الغاز إثر استهدافه بصاروخ", "infrastructure"),
    # a military unit's men
    ("استهدفت عبوة ناسفة سيارة تقل عناصر من الفرقة المدرعة", "military"),
    ("قتل ثلاثة من عناصر اللواء الثامن في كمين", "military"),
    # shopping centres and shops
    ("وفجر انتحاري نفسه قرب مجمع تجاري مزدحم في منطقة الكرادة", "civilian"),
    ("انفجرت عبوة ناسفة أمام محل لبيع المشروبات في حي الغدير", "civilian"),
])
def test_targets_beyond_bases(triggers, sentence, expected):
    assert expected in target_types(triggers(sentence))


def test_a_weapon_phrase_hides_the_vehicle_noun_inside_it(triggers):
    assert target_types(triggers("انفجرت شاحنة مفخخة")) == []
    assert target_types(triggers("استهدفت عبوة ناسفة شاحنة")) == ["convoy"]


def test_the_group_is_not_the_base(triggers):
    assert target_types(triggers("أعلن تنظيم القاعدة مسؤوليته")) == []
    assert target_types(triggers("سقط صاروخ داخل القاعدة")) == ["military"]


def test_fighters_are_marked_apart_from_commanders(triggers):
    marks = {m.value.fighters for m in triggers("قتل قائد ومسلحا").of("target")}
    assert marks == {True, False}


# --- end to end: the type comes from the act when no weapon names it -----------------------

def test_a_suicide_attack_alone_names_no_weapon():
    e = one_event("قتل سبعة أشخاص في هجوم انتحاري استهدف سوقا شعبيا في مدينة بعقوبة أمس")
    assert (e.sub_event_type, e.target.type, e.weapons) == ("Suicide bomb", "civilian", [])


def test_a_suicide_attacker_with_a_car_bomb_is_a_suicide_bomb():
    e = one_event("قتل ثلاثة أشخاص في هجوم انتحاري بسيارة مفخخة استهدف نقطة تفتيش في مدينة بعقوبة أمس")
    assert e.sub_event_type == "Suicide bomb"
    assert [w.type for w in e.weapons] == ["car_bomb"]
    assert e.target.type == "military"


def test_a_bomber_who_blew_himself_up_wore_a_vest_unless_a_car_is_named():
    alone = one_event("فجر انتحاري نفسه قرب مركز للشرطة في مدينة الموصل صباح اليوم")
    assert alone.sub_event_type == "Suicide bomb"
    driven = one_event("انفجرت سيارة مفخخة يقودها انتحاري فجر نفسه قرب مركز للشرطة في مدينة الموصل أمس")
    assert [w.type for w in driven.weapons] == ["car_bomb"]


def test_clashes_with_rifles_are_an_armed_clash():
    e = one_event("اندلعت اشتباكات بالأسلحة الخفيفة بين الجيش ومسلحين في مدينة الرمادي أمس")
    assert e.sub_event_type == "Armed clash"
    assert [w.type for w in e.weapons] == ["small_arms"]


@pytest.mark.parametrize("sentence", [
    "صدت قوات البيشمركة هجوما لعناصر داعش على قرية في قضاء مخمور فجر اليوم.",
    "صد مقاتلو هيئة تحرير الشام هجوما لقوات النظام على محور كبانة في ريف اللاذقية فجر اليوم.",
])
def test_forces_that_beat_back_an_attack_fought_it(sentence):
    assert one_event(sentence).sub_event_type == "Armed clash"


@pytest.mark.parametrize("sentence", [
    # civilians named by their work, with no other target named
    "اختطف مسلحون مجهولون مهندسا تركيا يعمل في شركة مقاولات على الطريق بين بغداد والحلة أمس.",
    "قتل مسلحون مجهولون محاميا بإطلاق النار عليه في مدينة البصرة أمس.",
])
def test_people_named_by_their_work_are_civilians(sentence):
    assert one_event(sentence).target.type == "civilian"


@pytest.mark.parametrize("sentence", [
    # an assault on forces with no weapon named: they fought back
    "لقي ثلاثة جنود حتفهم في هجوم على نقطة عسكرية في بادية حمص أمس.",
    "هاجم مسلحون مجهولون نقطة للشرطة في قضاء الحويجة فجر اليوم.",
])
def test_an_assault_on_forces_with_no_weapon_named_is_an_armed_clash(sentence):
    assert one_event(sentence).sub_event_type == "Armed clash"


@pytest.mark.parametrize("sentence", [
    # a killing by the knife is an Attack
    "ذبح عناصر من تنظيم داعش راعيا في بادية السخنة شرق حمص أمس.",
    "أقدم مسلحون على قطع رأس رهينة في قرية قرب مدينة بعقوبة أمس.",
])
def test_a_beheading_is_an_attack(sentence):
    assert one_event(sentence).sub_event_type == "Attack"


def test_the_slaughter_of_sacrifices_is_no_attack():
    assert extract("ارتفعت أسعار الأغنام مع اقتراب موسم ذبح الأضاحي في العراق.", published=PUBLISHED) == []


def test_forces_that_kill_fighters_fight_them():
    e = one_event("قتلت القوات الأمريكية 12 مسلحا في مدينة سامراء أمس")
    assert (e.sub_event_type, e.target.type) == ("Armed clash", "armed_group")
    assert [p.name for p in e.perpetrators] == ["Military Forces of the United States"]


def test_the_subject_after_an_attack_verb_is_the_agent():
    e = one_event("هاجم مسلحون حاجزا للشرطة في مدينة بعقوبة أمس")
    assert [p.name for p in e.perpetrators] == ["Unidentified gunmen (generic)"]
    assert e.target.type == "military"


def test_an_abduction_names_its_victim_and_its_agent():
    e = one_event("اختطف قراصنة سفينة شحن قبالة سواحل الصومال أمس")
    assert (e.sub_event_type, e.target.type) == ("Abduction/forced disappearance", "civilian")
    assert [p.name for p in e.perpetrators] == ["Pirates (generic)"]


def test_the_victim_of_an_abduction_comes_after_the_act_not_the_speaker_before_it():
    e = one_event("قال نائب في البرلمان إن مسلحين اختطفوا صحفيا في مدينة كركوك أمس")
    assert e.target.type == "civilian"


def test_an_attempted_assassination_takes_the_type_of_its_weapon_and_kills_no_one():
    e = one_event("نجا محافظ البصرة من محاولة اغتيال بعبوة ناسفة في مدينة البصرة أمس")
    assert (e.sub_event_type, e.target.type, e.casualties.killed) == ("Remote explosive/landmine/IED", "government", None)


def test_a_drone_named_after_an_air_raid_is_the_weapon():
    e = one_event("قتل خمسة أشخاص في غارة جوية شنتها طائرة بدون طيار على قرية قرب مدينة الموصل أمس")
    assert (e.sub_event_type, [w.type for w in e.weapons]) == ("Air/drone strike", ["drone"])


def test_a_massacre_is_an_event_only_where_it_happened():
    assert one_event("وقعت مذبحة في قرية قرب مدينة بعقوبة أمس راح ضحيتها عشرون شخصا").sub_event_type == "Attack"
    assert extract("وصف الكاتب المذبحة التي لا تنسى", published=PUBLISHED) == []


def test_a_grenade_or_bomb_thrown_or_dropped_is_an_attack_where_it_fell():
    e = one_event("ألقى مجهولون، مساء الأربعاء، قنبلة يدوية على منزل ضابط في الشرطة وسط مدينة البصرة "
                  "دون وقوع إصابات")
    assert (e.sub_event_type, e.date.value, e.location.name) == ("Grenade", "2008-01-09", "Al-Basrah")
    e = one_event("ألقت طائرة مسيرة، صباح اليوم الثلاثاء، قنبلتين على سيارة في بلدة الخيام جنوبي لبنان، "
                  "ما أدى إلى إصابة شخصين بجروح")
    assert (e.sub_event_type, [w.type for w in e.weapons], e.location.name, e.casualties.wounded) == \
        ("Air/drone strike", ["drone"], "Khiam", 2)


@pytest.mark.parametrize("sentence, sub_event_type", [
    ("ألقت مروحيات النظام براميل متفجرة على بلدة الهبيط في ريف إدلب الجنوبي صباح اليوم.", "Air/drone strike"),
    ("قتل خمسة مدنيين بإلقاء المروحيات برميلين متفجرين على سوق في مدينة داريا أمس.", "Air/drone strike"),
    ("أصيب ثلاثة مدنيين بإلقاء مجهولين قنبلة يدوية على منزل في حي الحسين بمدينة البصرة مساء أمس.", "Grenade"),
])
def test_barrel_bombs_dropped_and_grenades_thrown(sentence, sub_event_type):
    assert one_event(sentence).sub_event_type == sub_event_type


@pytest.mark.parametrize("sentence", [
    "ألقت طائرات حربية، اليوم الثلاثاء، منشورات تحذيرية فوق بلدات حدودية جنوبي لبنان",
    "ألقت القوات الأمنية القبض على ثلاثة متهمين بحوزتهم قذائف هاون في قضاء الدجيل أمس",
    "ألقى المحافظ كلمة في حفل تخرج دورة لقوات الشرطة في مدينة البصرة أمس",
])
def test_throwing_what_is_no_bomb_is_no_attack(sentence):
    assert extract(sentence, published=PUBLISHED) == []


def test_a_time_word_is_not_a_throw_of_the_bomb_that_follows():
    """"وقت" is "و" + "قت" as "ألقت" (normalised "القت") is "ال" + "قت": a verb keeps its
    first letters as an entry, so "في وقت انفجرت عبوة" is the explosion alone."""
    doc_triggers = [e.sub_event_type for e in extract(
        "انفجرت عبوة ناسفة على طريق سريع في قضاء الرشاد أمس، في وقت كانت دورية للجيش تمر بالمكان",
        published=PUBLISHED)]
    assert doc_triggers == ["Remote explosive/landmine/IED"]


# --- the models --------------------------------------------------------------------------

def test_trigger_kinds_are_validated_naming_the_file_and_entry(tmp_path):
    (tmp_path / "triggers.yaml").write_text("- id: duel\n  kind: duel\n  forms: [مبارزة]\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"triggers\.yaml.*duel"):
        Gazetteers((tmp_path,)).entries("triggers", Trigger)


def test_a_target_noun_may_have_no_type_but_must_say_so(tmp_path):
    (tmp_path / "targets.yaml").write_text("- id: hidden\n  type: null\n  forms: [سيارة مفخخة]\n"
                                           "- id: typo\n  type: civilain\n  forms: [سوق]\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"targets\.yaml.*typo"):
        Gazetteers((tmp_path,)).entries("targets", TargetNoun)
