"""Wire copy of 2006-2008 (AFP, Reuters, AP, Xinhua, KUNA in Arabic): sentences written for
these rules (acc24)."""
from datetime import date

import pytest


# --- what was hit: a housing compound, a resort -------------------------------------------------

@pytest.mark.parametrize("text, published", [
    ("وقتل ثمانية اشخاص واصيب 30 اخرون امس الثلاثاء في انفجار شاحنة مفخخة استهدفت مجمعا سكنيا في حي "
     "الزنجيلي غرب الموصل، حسبما افاد مصدر في الشرطة.", date(2008, 1, 23)),
    ("وقتل 12 شخصا على الاقل في ثلاثة انفجارات هزت منتجع شرم الشيخ السياحي مساء امس، وفق حصيلة "
     "اولية اعلنتها الشرطة المصرية.", date(2006, 4, 25)),
])
def test_a_housing_compound_or_a_resort_is_civilian(events, text, published):
    [e] = events(text, published)
    assert e.target is not None and e.target.type == "civilian"


# --- what was hit: the seat of the government, a school of the police --------------------------

@pytest.mark.parametrize("text, published, kinds", [
    ("وقتل 30 شخصا على الاقل امس الاربعاء في تفجير انتحاري بسيارة مفخخة استهدف قصر الحكومة في وسط الجزائر "
     "العاصمة، على ما افادت وزارة الداخلية.", date(2007, 4, 12), {"government"}),
    ("وقتل 43 شخصا على الاقل صباح امس في هجوم انتحاري بسيارة مفخخة استهدف مدرسة لتدريب الدرك في مدينة "
     "يسر بولاية بومرداس، بحسب حصيلة رسمية.", date(2008, 8, 20), {"military", "government"}),
    ("واصيب 15 طالبا بجروح عندما انفجرت عبوة ناسفة امام مدرسة للشرطة في مدينة الحلة جنوب بغداد امس.",
     date(2007, 6, 3), {"military", "government"}),
])
def test_the_governments_seat_and_a_police_school_are_the_states(events, text, published, kinds):
    [e] = events(text, published)
    assert e.target is not None and e.target.type in kinds


# --- India: Kashmir and the towns bombed in those years -------------------------------------

@pytest.mark.parametrize("text, published, admin1", [
    ("وقتل جنديان هنديان واصيب ثلاثة اخرون عندما انفجرت عبوة ناسفة زرعها متمردون على طريق في ضواحي "
     "سريناغار اليوم السبت، حسبما افاد متحدث عسكري.", date(2008, 7, 19), "IN-JK"),
    ("واصيب ثمانية اشخاص عندما القى مسلحون قنبلة يدوية على دورية للشرطة في سوق مزدحم في بلدة سوبور "
     "في الشطر الهندي من كشمير اليوم الجمعة.", date(2006, 5, 26), "IN-JK"),
    ("وقتل ثمانية اشخاص على الاقل في انفجار قنبلة في سوق مزدحم في مدينة جايبور في شمال غرب الهند مساء امس الثلاثاء، "
     "على ما افادت الشرطة.", date(2008, 5, 14), "IN-RJ"),
])
def test_indian_kashmir_and_indian_cities_are_placed(events, text, published, admin1):
    [e] = events(text, published)
    assert e.location is not None and e.location.country_code == "IN" and e.location.admin1_code == admin1


# --- "باب" is a gate, not the month آب with the clitic ب -----------------------------------

@pytest.mark.parametrize("text, published, day, place", [
    ("وقتل عشرة اشخاص في تفجير انتحاري استهدف مركزا للشرطة في باب الزوار شرق العاصمة الجزائرية امس الاربعاء.",
     date(2007, 4, 12), date(2007, 4, 11), "Bab Ezzouar"),
    ("وقتل شخصان واصيب اربعة اخرون في اشتباكات بالاسلحة الرشاشة في باب التبانة في طرابلس شمال لبنان امس.",
     date(2008, 6, 23), date(2008, 6, 22), None),
    ("وقتل ثلاثة اشخاص في انفجار عبوة ناسفة في باب المعظم وسط بغداد امس الجمعة.",
     date(2007, 3, 10), date(2007, 3, 9), None),
])
def test_a_gate_named_bab_is_no_month(events, text, published, day, place):
    [e] = events(text, published)
    assert e.date.value == day.isoformat()
    if place:
        assert e.location.name == place


# --- who did it: a claim of the two attacks, a finger pointed ----------------------------------

@pytest.mark.parametrize("text, published, name, attribution", [
    ("وقتل 23 شخصا امس الاربعاء في تفجيرين انتحاريين استهدف احدهما قصر الحكومة في الجزائر العاصمة والاخر "
     "مركزا للشرطة في باب الزوار، وتبناهما تنظيم القاعدة في بلاد المغرب الاسلامي.",
     date(2007, 4, 12), "القاعدة", "claimed"),
    ("وقتل 17 شخصا واصيب 154 اخرون في انفجارين متتاليين استهدفا حيا مزدحما في اسطنبول مساء امس الاحد، "
     "ووجهت السلطات التركية اصابع الاتهام الى حزب العمال الكردستاني.", date(2008, 7, 28), "العمال", "accused"),
])
def test_a_claim_of_both_and_a_pointed_finger_name_who_did_it(events, text, published, name, attribution):
    found = events(text, published)
    assert found and all(any(name in (p.name_ar or "") and p.attribution == attribution for p in e.perpetrators)
                         for e in found)


# --- tolls: "شابا فلسطينيا" is one young Palestinian -----------------------------------------

@pytest.mark.parametrize("text, published", [
    ("وقالت مصادر طبية فلسطينية ان شابا فلسطينيا قتل برصاص جنود الاحتلال خلال عملية توغل في مدينة نابلس "
     "فجر اليوم الخميس.", date(2007, 11, 15)),
    ("وذكرت مصادر طبية ان طفلا فلسطينيا قتل بقذيفة دبابة اسرائيلية في بلدة بيت حانون شمال قطاع غزة امس.",
     date(2006, 11, 2)),
])
def test_a_person_and_a_nationality_in_the_accusative_are_one(events, text, published):
    [e] = events(text, published)
    assert e.casualties.killed == 1


# --- "بين كابول وقندهار في ولاية غزنة": the و of "ولاية" joins no places --------------------

@pytest.mark.parametrize("text, published", [
    ("وخطف مسلحون 23 كوريا جنوبيا كانوا يستقلون حافلة على الطريق السريع بين كابول وقندهار في ولاية غزنة "
     "امس الخميس.", date(2007, 7, 20)),
    ("وقتل ثلاثة من رجال الشرطة في كمين نصبه مسلحون في منطقة بين بيشاور ومردان في ولاية الحدود الشمالية "
     "الغربية امس.", date(2007, 8, 5)),
])
def test_a_place_cue_written_with_waw_joins_no_places(events, text, published):
    assert len(events(text, published)) == 1


# --- an ongoing campaign told after the act is no part of it ---------------------------------

@pytest.mark.parametrize("text, published", [
    ("وقال مصدر عسكري ان ثلاثة جنود لبنانيين قتلوا امس في اشتباكات عنيفة مع مسلحي فتح الاسلام عند مخيم نهر "
     "البارد شمال لبنان، فيما واصلت المدفعية قصف مواقع المسلحين داخل المخيم.", date(2007, 6, 5)),
    ("وقتل جنديان صوماليان امس الاحد في اشتباكات مع مسلحين اسلاميين في حي هودن جنوب مقديشو، بينما تواصل "
     "القوات الاثيوبية قصف مواقع المسلحين بالمدفعية الثقيلة.", date(2007, 4, 2)),
])
def test_an_ongoing_shelling_told_after_a_clash_gives_it_no_weapon(events, text, published):
    [e] = events(text, published)
    assert e.sub_event_type == "Armed clash" and not e.weapons
