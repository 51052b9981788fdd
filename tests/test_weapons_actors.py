"""Weapons with their count, calibre and subtype; actors by name and variant."""
from datetime import date

import pytest

from q7x2.article import Article

from q7x2.extract.actors import ActorExtractor
from q7x2.extract.numbers import NumberExtractor
from q7x2.extract.weapons import WeaponExtractor
from q7x2.gazetteers import Gazetteers


@pytest.fixture(scope="module")
def weapons(gazetteers, keymaker, make_doc):
    numbers = NumberExtractor(gazetteers, keymaker)
    extract = WeaponExtractor(gazetteers, keymaker)

    def run(text):
        doc = make_doc(text)
        numbers(doc)
        extract(doc)
        return [(m.value.weapon.type, m.value.weapon.subtype, m.value.count, m.value.caliber_mm) for m in doc.of("weapon")]
    return run


@pytest.mark.parametrize("sentence, expected", [
    ("واستُهدفت قاعدة بلد بخمسة صواريخ", [("rocket", None, 5, None)]),
    ("سقط صاروخان من نوع كاتيوشا قرب السفارة", [("rocket", "Katyusha", 2, None)]),
    ("وسقطت 4 صواريخ على قاعدة بلد", [("rocket", None, 4, None)]),
    ("هاجمت طائرتان مسيرتان القاعدة", [("drone", None, 2, None)]),
    ("قذيفتي مورتر سقطتا داخل قاعدة بلد الجوية", [("mortar", None, 2, None)]),
    ("عبوة ناسفة استهدفت رتلاً للتحالف", [("ied", None, None, None)]),
    ("بإطلاق عشرين رصاصة عليه من مسدس مزود بكاتم للصوت",
     [("small_arms", None, 20, None), ("small_arms", "pistol", None, None), ("small_arms", "silenced pistol", None, None)]),
])
def test_weapon_type_subtype_and_count(weapons, sentence, expected):
    assert weapons(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "بحسب ما أعلنت قناة المسيرة التابعة للجماعة.",
    "ونقلت صحيفة المسيرة الناطقة باسم الحوثيين عن مصدر عسكري قوله إن الجماعة لن تسكت على العدوان.",
    # the correspondent of the channel, and the website's dateline
    "وأفاد مراسل المسيرة بأن الأضرار كبيرة.",
    "الحديدة - المسيرة نت: أفادت مصادر محلية بأن الأضرار كبيرة.",
])
def test_a_weapon_word_in_a_media_name_is_no_weapon(weapons, sentence):
    assert weapons(sentence) == []


def test_a_bare_drone_is_still_a_drone(weapons):
    assert weapons("أسقطت الدفاعات الجوية مسيرة قرب المطار") == [("drone", None, None, None)]


def test_calibre_after_the_weapon(weapons):
    found = weapons('نفذ بطائرتين مسيرتين و4 صواريخ نوع (ارش-4) عيار 122 ملم')
    assert ("drone", None, 2, None) in found
    assert any(t == "rocket" and c == 122 for t, _, _, c in found)


def test_calibre_words_come_from_the_gazetteer(tmp_path, keymaker, make_doc):
    (tmp_path / "calibres.yaml").write_text("before: [عيار]\nunits: [ملم, ملي]\n", encoding="utf-8")
    doc = make_doc("سقطت قذيفة هاون عيار 82 ملي قرب المطار")
    WeaponExtractor(Gazetteers((tmp_path,)), keymaker)(doc)
    assert [m.value.caliber_mm for m in doc.of("weapon")] == [82]


@pytest.mark.parametrize("sentence", [
    "هاجم مسلحون الدورية بقاذفات صاروخية وأسلحة خفيفة",
    "وأطلق المهاجمون قذيفة من قاذف صاروخي على الحاجز",
])
def test_a_rocket_launcher_on_the_shoulder_is_no_bomber(weapons, sentence):
    assert "aircraft" not in [w[0] for w in weapons(sentence)]
    assert ("unknown", "RPG", None, None) in weapons(sentence)


def test_ballistic_missiles_are_missiles_not_rockets(weapons):
    assert [w[0] for w in weapons("أطلق مسلحون عددا من الصواريخ البالستية")] == ["missile"]


@pytest.mark.parametrize("sentence, name_ar", [
    ('وأعلنت "سرايا أولياء الدم" مسؤوليتها عن الهجوم', "سرايا أولياء الدم"),
    ("وتحمل واشنطن كتائب حزب الله العراقي مسؤولية الهجمات", "القوات الأمريكية"),
    ("أعلنت المقاومة الإسلامية بالعراق استهداف قاعدة عوبدا", "المقاومة الإسلامية في العراق"),
])
def test_actors_by_name_and_variant(gazetteers, keymaker, make_doc, sentence, name_ar):
    doc = make_doc(sentence)
    ActorExtractor(gazetteers, keymaker)(doc)
    assert name_ar in {m.value.name_ar for m in doc.of("actor")}


@pytest.mark.parametrize("sentence, name_ar", [
    ("قتل أكثر من 80 شخصا في تفجير انتحاري استهدف حشدا كان يشاهد مباراة في مدينة قندهار.", None),
    ("أطلق مسلحون النار على حشد من المصلين أمام مسجد في بعقوبة.", None),
    ("قصفت طائرة مسيرة مقرا للحشد في قضاء القائم.", "الحشد الشعبي"),
    ("أعلن الحشد مقتل اثنين من عناصره.", "الحشد الشعبي"),
])
def test_a_one_word_name_with_the_article_names_the_group_only_when_definite(gazetteers, keymaker, make_doc,
                                                                              sentence, name_ar):
    """"الحشد" is the PMF; "حشدا", "حشد من المصلين" is a crowd."""
    doc = make_doc(sentence)
    ActorExtractor(gazetteers, keymaker)(doc)
    assert [m.value.name_ar for m in doc.of("actor") if m.value.id == "pmf"] == ([name_ar] if name_ar else [])


@pytest.mark.parametrize("sentence, name, text", [
    ("قتل خمسة أشخاص في هجوم نفذه مسلحون من جماعة تطلق على نفسها اسم سرايا الثأر على حاجز للشرطة.",
     "سرايا الثأر", "جماعة تطلق على نفسها اسم سرايا الثأر"),
    ('أعلنت مجموعة مسلحة تدعى "كتائب الحق" مسؤوليتها عن الهجوم.', "كتائب الحق", 'مجموعة مسلحة تدعى "كتائب الحق"'),
    ("وقالت الشرطة إن مسلحين يطلقون على أنفسهم اسم أنصار الحق اختطفوا صحفيا.",
     "أنصار الحق", "مسلحين يطلقون على أنفسهم اسم أنصار الحق"),
])
def test_a_group_that_names_itself_is_an_actor_by_that_name(gazetteers, keymaker, pipeline, sentence, name, text):
    doc = pipeline.document(Article(id="t", text=sentence, published=date(2024, 3, 10)))
    actors = [m for m in doc.of("actor") if m.value.name == name]
    assert [doc.original_text(m.start, m.end) for m in actors] == [text]
    assert not actors[0].value.generic and actors[0].value.kind == "political_militia"


@pytest.mark.parametrize("sentence", [
    "تبنت مجموعة تطلق على نفسها اسم عصبة الثائرين الهجوم على مطار أربيل.",   # a listed group stays itself
    "وقالت الحكومة إن إسرائيل تدعى أن صاروخا سقط على مستشفى.",            # no group word: "claims"
])
def test_no_unlisted_group_without_a_group_word_or_for_a_listed_name(pipeline, sentence):
    doc = pipeline.document(Article(id="t", text=sentence, published=date(2024, 3, 10)))
    assert not [m for m in doc.of("actor") if m.value.id.startswith("unlisted:")]


@pytest.mark.parametrize("text, name, attribution", [
    ("أعلنت جماعة تطلق على نفسها اسم سرايا الثأر مسؤوليتها عن قصف قاعدة بلد الجوية بثلاثة صواريخ مساء أمس.",
     "سرايا الثأر", "claimed"),
    ("قتل خمسة أشخاص في هجوم نفذه مسلحون من جماعة تطلق على نفسها اسم سرايا الثأر على حاجز للشرطة في كركوك أمس.",
     "سرايا الثأر", None),
    # the source's verb is no claim by the group it reports, nor is the group its source
    ("وقالت الشرطة إن مسلحين يطلقون على أنفسهم اسم أنصار الحق اختطفوا صحفيا في البصرة صباح اليوم.",
     "أنصار الحق", None),
])
def test_a_self_named_group_is_the_perpetrator(pipeline, text, name, attribution):
    [event] = pipeline.extract(Article(id="t", text=text, published=date(2024, 3, 10)))
    assert [(p.name, p.attribution) for p in event.perpetrators] == [(name, attribution)]
