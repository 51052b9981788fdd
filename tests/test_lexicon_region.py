"""The region's actors and weapons: names by their variants, the longest name first, and
words that look like a name or a weapon but are not one.

The sentences are written for these tests in the patterns of the region's news."""
import pytest

from q7x2.extract.actors import Actor, ActorExtractor
from q7x2.extract.numbers import NumberExtractor
from q7x2.extract.weapons import WeaponExtractor


@pytest.fixture(scope="module")
def actors(gazetteers, keymaker, make_doc):
    extract_actors = ActorExtractor(gazetteers, keymaker)

    def run(text):
        doc = make_doc(text)
        extract_actors(doc)
        return [m.value.name for m in doc.of("actor")]
    return run


@pytest.fixture(scope="module")
def weapon_types(gazetteers, keymaker, make_doc):
    numbers = NumberExtractor(gazetteers, keymaker)
    extract_weapons = WeaponExtractor(gazetteers, keymaker)

    def run(text):
        doc = make_doc(text)
        numbers(doc)
        extract_weapons(doc)
        return [(m.value.weapon.type, m.value.weapon.generic) for m in doc.of("weapon")]
    return run


@pytest.mark.parametrize("sentence, name", [
    ("أعلنت حركة طالبان مسؤوليتها عن الهجوم", "Taliban"),
    ("تبنت حركة طالبان باكستان التفجير", "TTP: Tehreek-i-Taliban Pakistan"),
    ("أعلن تنظيم القاعدة في بلاد المغرب الإسلامي مسؤوليته", "Al Qaeda in the Islamic Maghreb"),
    ("تبنى تنظيم «القاعدة في جزيرة العرب» الهجوم", "Al Qaeda in the Arabian Peninsula"),
    ("قالت دولة العراق الإسلامية في بيان", "Al Qaeda in Iraq"),
    ("هاجم مقاتلو حركة الشباب المجاهدين قاعدة", "Al Shabaab"),
    ("أطلقت كتائب القسام صواريخ", "Al Qassam Brigades"),
    ("أعلنت سرايا القدس قصف مستوطنة", "Al Quds Brigades"),
    ("تبنت كتائب شهداء الأقصى العملية", "Al Aqsa Martyrs Brigade"),
    ("اشتبك الجيش اللبناني مع مسلحي فتح الإسلام", "Fatah al Islam"),
    ("قصف الطيران الحربي السوري بلدة", "Military Forces of Syria"),
    ("قتلت قوات الأمن الباكستانية ستة مسلحين", "Military Forces of Pakistan"),
    ("اشتبكت الشرطة الأفغانية مع مسلحين", "Police Forces of Afghanistan"),
    ("قالت قوات إيساف إن جنديين قتلا", "ISAF: International Security Assistance Force"),
    ("أطلق الحوثيون صاروخا", "Ansar Allah (Houthis)"),
    ("هاجم عناصر جيش المهدي دورية", "Mahdi Army"),
    ("أطلق مسلحون ملثمون النار", "Unidentified gunmen (generic)"),
])
def test_actors_of_the_region(actors, sentence, name):
    assert name in actors(sentence)


@pytest.mark.parametrize("sentence", [
    "سقط صاروخ داخل القاعدة الجوية",           # "القاعدة": the base, not al-Qaeda
    "فتح مسلحون النار على المارة",             # "فتح": opened, not Fatah
    "تظاهر الشباب في وسط المدينة",             # "الشباب": the youth, not al-Shabaab
])
def test_common_words_are_not_group_names(actors, sentence):
    names = set(actors(sentence))
    assert not names & {"Al Qaeda", "Fatah Movement", "Al Shabaab"}


def test_state_forces_follow_one_naming_convention(gazetteers):
    state = [a for a in gazetteers.entries("actors", Actor) if a.kind == "state_forces" and not a.generic]
    conventional = [a for a in state if a.name.startswith(("Military Forces of ", "Police Forces of "))]
    assert len(conventional) >= 15
    assert {a.name for a in state} - {a.name for a in conventional} <= {
        "Popular Mobilization Forces", "Counter-Terrorism Service (Iraq)", "Federal Police (Iraq)", "Peshmerga",
        "Kurdistan Region Counter-Terrorism Service"}


@pytest.mark.parametrize("sentence, expected", [
    ("انفجرت سيارة ملغومة قرب السوق", [("car_bomb", False)]),
    ("اقتحم انتحاري بسيارته المحملة بالمتفجرات الحاجز", [("car_bomb", False)]),
    ("فجر انتحاري حزاما ناسفا", [("suicide_vest", False)]),
    ("قام رجل بتفجير نفسه", [("suicide_vest", True)]),
    ("أطلقوا النار على المارة", [("small_arms", False)]),
    ("قصفت طائرة بدون طيار سيارة", [("drone", False)]),
    ("أطلقت القوات صاروخ أرض أرض", [("missile", False)]),
])
def test_weapons_of_the_region(weapon_types, sentence, expected):
    assert weapon_types(sentence) == expected


def test_a_suicide_attack_names_no_device(weapon_types):
    assert weapon_types("قتل عشرة أشخاص في هجوم انتحاري") == []


def test_an_air_raid_is_generic_so_that_a_named_drone_wins(weapon_types):
    assert weapon_types("في غارة جوية شنتها طائرة بدون طيار") == [("aircraft", True), ("drone", False)]
