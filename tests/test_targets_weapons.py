"""What was hit and with what: sentences written for these rules (acc17)."""
from datetime import date

import pytest


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


# --- what was hit: nouns of targets ----------------------------------------------------------

@pytest.mark.parametrize("text, published, kind", [
    # gas lines and gas stations are infrastructure, as power lines are
    ("دمشق - أعلن وزير الكهرباء أن انفجارا بعبوة ناسفة وقع فجر اليوم في خط الغاز العربي قرب بلدة عدرا في ريف دمشق.",
     date(2020, 8, 24), "infrastructure"),
    ("قصف الطيران المسير التركي، صباح اليوم، محطة للغاز في ريف مدينة المالكية بمحافظة الحسكة.",
     date(2024, 1, 15), "infrastructure"),
    ("وأعلن المتحدث العسكري استهداف منشآت حيوية في مدينة جازان بصواريخ باليستية مساء اليوم.",
     date(2022, 3, 25), "infrastructure"),
])
def test_gas_lines_and_vital_facilities_are_infrastructure(events, text, published, kind):
    [e] = events(text, published)
    assert e.target.type == kind


@pytest.mark.parametrize("text, published", [
    ("استشهد مسعفان، اليوم الثلاثاء، جراء غارة نفذتها طائرة مسيرة إسرائيلية على سيارة إسعاف عند مفترق بلدة الناقورة.",
     date(2024, 7, 9)),
    ("قتل مسعف وأصيب آخر بقصف مدفعي استهدف بلدة كفرشوبا صباح اليوم.", date(2024, 3, 12)),
])
def test_medics_and_ambulances_are_civilians(events, text, published):
    [e] = events(text, published)
    assert e.target.type == "civilian"


@pytest.mark.parametrize("text, published", [
    ("كما استهدفت غارة إسرائيلية بعد ظهر اليوم كتيبة للدفاع الجوي قرب مدينة جبلة في ريف اللاذقية.", date(2024, 12, 16)),
    ("استهدفت طائرات مسيرة تركية فجر اليوم وحدات للدفاع الجوي قرب مدينة سراقب، ما أدى إلى تدمير منظومة دفاع جوي.",
     date(2020, 3, 1)),
])
def test_an_air_defence_unit_is_military(events, text, published):
    [e] = events(text, published)
    assert e.target.type == "military"


@pytest.mark.parametrize("text, published", [
    ("أعلنت وزارة الدفاع التركية تدمير كهوف ومستودعات في غارات جوية نفذتها المقاتلات التركية اليوم على منطقة قنديل شمالي العراق.",
     date(2023, 10, 5)),
    ("نفذت طائرات F-16 العراقية ضربة جوية دقيقة استهدفت مضافة في وادي الشاي جنوب غربي كركوك، أسفرت عن تدميرها.",
     date(2023, 5, 17)),
])
def test_hideouts_caves_and_guesthouses_are_an_armed_groups(events, text, published):
    [e] = events(text, published)
    assert e.target.type == "armed_group"


# --- a headline's weapons: only as the body tells the attack ----------------------------------

@pytest.mark.parametrize("text, published, place, kinds", [
    ("مسيرات تركية تدمر منظومة دفاع جوي قرب حلب وقصف صاروخي على جبل الزاوية\n"
     "أفاد المرصد السوري بأن طائرات مسيرة تركية استهدفت، فجر اليوم، كتيبة للدفاع الجوي قرب مطار النيرب العسكري شرقي حلب.\n"
     "في المقابل، استهدفت قوات النظام بقصف صاروخي بلدة البارة في جبل الزاوية جنوبي إدلب.",
     date(2020, 3, 1), "SY-HL", ["drone"]),
    ("حصاد أمني: عبوة ناسفة تستهدف دورية في الطارمية وقذيفة هاون على منزل في سليمان بيك\n"
     "ففي قضاء الطارمية شمالي بغداد، انفجرت عبوة ناسفة صباح اليوم على دورية للجيش العراقي، ما أدى إلى إصابة جنديين.\n"
     "وفي ناحية سليمان بيك بمحافظة صلاح الدين، سقطت قذيفة هاون على منزل، ما أسفر عن إصابة طفل.",
     date(2021, 3, 15), "IQ-BG", ["ied"]),
])
def test_a_headline_weapon_of_another_type_is_another_attacks(events, text, published, place, kinds):
    e = next(e for e in events(text, published) if e.location.admin1_code == place)
    assert [w.type for w in e.weapons] == kinds


def test_a_headline_drone_is_the_raid_the_body_tells(events):
    [e] = events("مسيرة إسرائيلية تستهدف سيارة في النبطية\nاستهدفت غارة إسرائيلية، ظهر اليوم، سيارة في مدينة النبطية.",
                 date(2024, 3, 15))
    assert [w.type for w in e.weapons] == ["drone"]


# --- shelling of two kinds, the second told by its adjective -----------------------------------

@pytest.mark.parametrize("text, published, kinds", [
    ("استشهد مواطنان وأصيب ثلاثة آخرون، اليوم، بقصف صاروخي ومدفعي سعودي استهدف منازل المواطنين في مديرية قطابر بمحافظة صعدة.",
     date(2022, 3, 26), {"missile", "artillery"}),
    ("في المقابل، استهدفت قوات النظام بقصف صاروخي ومدفعي مكثف بلدة البارة في جبل الزاوية جنوبي إدلب.",
     date(2020, 3, 1), {"rocket", "artillery"}),
    ("قتل مدني بقصف مدفعي وصاروخي على بلدة كنصفرة في جبل الزاوية صباح اليوم.",
     date(2020, 3, 1), {"rocket", "artillery"}),
])
def test_rocket_and_artillery_shelling_names_both(events, text, published, kinds):
    [e] = events(text, published)
    assert {w.type for w in e.weapons} == kinds


# --- a plane called unmanned a word or two after it is one drone -------------------------------

@pytest.mark.parametrize("text, published", [
    ("استهدفت طائرة إسرائيلية مسيرة، ظهر اليوم، سيارة عند مدخل بلدة عيناتا في قضاء بنت جبيل، ما أدى إلى مقتل شخصين.",
     date(2024, 3, 5)),
    ("قتل عنصران من قوات سوريا الديمقراطية بعدما استهدف الطيران التركي المسير سيارتهما قرب مدينة القامشلي مساء اليوم.",
     date(2024, 1, 15)),
])
def test_a_plane_called_unmanned_after_its_sides_adjective_is_one_drone(events, text, published):
    [e] = events(text, published)
    assert [w.type for w in e.weapons] == ["drone"]


def test_warplanes_and_drones_joined_by_and_are_both_named(events):
    [e] = events("قصفت الطائرات الحربية والمسيرة، صباح اليوم، مواقع في محيط مدينة سراقب بريف إدلب.", date(2020, 3, 1))
    assert {w.type for w in e.weapons} == {"aircraft", "drone"}


# --- a plain plane beside a named drone is that drone -----------------------------------------

@pytest.mark.parametrize("text, published, kinds", [
    ("استهدفت طائرة إسرائيلية، ظهر اليوم، سيارة في بلدة عيناتا. وقال شهود إن المسيرة أطلقت صاروخين على السيارة.",
     date(2024, 3, 5), {"drone", "missile"}),
    ("شنت طائرات تركية، مساء اليوم، غارة على سيارة عسكرية قرب مدينة القامشلي. وأوضح المرصد أن طائرة مسيرة نفذت الغارة.",
     date(2024, 1, 15), {"drone"}),
    ("شن الطيران الإسرائيلي، ظهر اليوم، غارة على منزل في بلدة عيترون.", date(2024, 7, 9), {"aircraft"}),
])
def test_a_plain_plane_beside_a_named_drone_is_that_drone(events, text, published, kinds):
    [e] = events(text, published)
    assert {w.type for w in e.weapons} == kinds


# --- a military post or a depot is its holder's ------------------------------------------------

@pytest.mark.parametrize("text, published, kind", [
    ("وفي ريف اللاذقية الشمالي، قصفت الطائرات الروسية مقرا عسكريا لهيئة تحرير الشام في محيط بلدة كبانة.",
     date(2023, 6, 25), "armed_group"),
    ("شنت طائرات حربية إسرائيلية، فجر اليوم، غارات استهدفت مستودعات للذخيرة والصواريخ تابعة للجيش السوري في محيط مدينة طرطوس.",
     date(2024, 12, 16), "military"),
    ("قصفت مسيرة تركية، ظهر اليوم، مستودعا للذخيرة والصواريخ تابعا لحزب الله في محيط بلدة الحاضر بريف حلب الجنوبي.",
     date(2020, 3, 1), "armed_group"),
])
def test_a_post_or_a_depot_hit_is_its_holders(events, text, published, kind):
    [e] = events(text, published)
    assert e.target.type == kind
    assert {w.type for w in e.weapons} <= {"aircraft", "drone"}     # the depot's rockets were hit, not fired


# --- the body a spokesman speaks for is no target ----------------------------------------------

@pytest.mark.parametrize("text, published", [
    ("أعلن المتحدث الرسمي باسم القوات المسلحة، مساء اليوم، تنفيذ عملية عسكرية استهدفت منشآت أرامكو في جدة بدفعة من الصواريخ المجنحة.",
     date(2022, 3, 25)),
    ("قال الناطق باسم القوات الأمنية في البصرة إن صاروخ كاتيوشا سقط فجر اليوم في منطقة البرجسية بقضاء الزبير.",
     date(2021, 4, 6)),
])
def test_the_body_a_spokesman_speaks_for_is_no_target(events, text, published):
    [e] = events(text, published)
    assert e.target.type is None


# --- a headline that names two places: the lead's weapons are the lead's place's ---------------

@pytest.mark.parametrize("text, published, place", [
    ("شهيدان بغارة من مسيرة إسرائيلية على سيارة إسعاف في الناقورة وغارة على منزل في عيترون\n"
     "استشهد مسعفان، اليوم الثلاثاء، جراء غارة نفذتها طائرة مسيرة إسرائيلية على سيارة إسعاف عند مفترق بلدة الناقورة في قضاء صور.\n"
     "وأفاد شهود بأن المسيرة أطلقت صاروخا موجها على السيارة أثناء مرورها على الطريق الساحلي.",
     date(2024, 7, 9), "LB-JA"),
    ("قتيلان بغارة من مسيرة روسية على سيارة في سرمدا وغارة على مزرعة في الأتارب\n"
     "قتل شخصان، صباح اليوم، جراء غارة نفذتها طائرة مسيرة روسية على سيارة مدنية عند مدخل مدينة سرمدا شمالي إدلب.\n"
     "وأفاد الدفاع المدني بأن المسيرة أطلقت صاروخا موجها على السيارة أثناء مرورها على الطريق العام.",
     date(2023, 10, 6), "Sarmada"),
])
def test_a_sentence_that_places_one_part_of_a_headline_gives_that_part_its_weapons(events, text, published, place):
    e = next(e for e in events(text, published) if place in (e.location.admin1_code, e.location.name))
    assert {w.type for w in e.weapons} == {"drone", "missile"}


# --- a medium named after a place is no place --------------------------------------------------

@pytest.mark.parametrize("text, published", [
    ("وقال مراسل الميادين إن طائرة مسيرة إسرائيلية أطلقت صاروخا موجها على سيارة إسعاف، ما أدى إلى احتراقها.",
     date(2024, 7, 9)),
    ("ونقلت قناة الميادين عن مصادر محلية أن غارة إسرائيلية استهدفت منزلا، ما أدى إلى تدميره بالكامل.",
     date(2024, 7, 9)),
])
def test_a_channel_named_after_a_town_is_no_place_of_the_attack(events, text, published):
    [e] = events(text, published)
    assert e.location is None or e.location.country_code != "SY"


@pytest.mark.parametrize("text", [
    # a plain plane right after a verb of shelling is a warplane: an air strike
    "قصف الطيران الروسي معسكرا لهيئة تحرير الشام قرب جسر الشغور صباح اليوم.",
    "وقصفت الطائرات مواقع للمسلحين في بلدة كفرنبل مساء أمس.",
])
def test_planes_that_shell_are_warplanes(events, text):
    [e] = events(text, date(2024, 3, 10))
    assert (e.sub_event_type, [w.type for w in e.weapons]) == ("Air/drone strike", ["aircraft"])


@pytest.mark.parametrize("text", [
    # forces named by what they did after the attack responded to it; they were not hit
    "سقط صاروخ في منطقة زراعية قرب قضاء الدجيل، وقال مصدر إن القوات الأمنية عثرت على منصة الإطلاق.",
    "انفجرت عبوة ناسفة على طريق في ناحية العظيم، وطوقت قوات الأمن المكان.",
])
def test_forces_that_respond_are_not_what_was_hit(events, text):
    [e] = events(text, date(2024, 3, 10))
    assert e.target.type is None


@pytest.mark.parametrize("text", [
    # an armed group's men counted among the dead, shot by another side: a fight, an Armed clash
    "وثق المرصد السوري مقتل عنصرين من الجيش الوطني السوري برصاص قناص من قسد على محور عين عيسى.",
    "قتل ثلاثة من عناصر هيئة تحرير الشام برصاص قوات النظام على محور كبانة بريف اللاذقية.",
])
def test_an_armed_groups_men_shot_dead_fought(events, text):
    [e] = events(text, date(2024, 3, 10))
    assert (e.sub_event_type, e.target.type) == ("Armed clash", "armed_group")


@pytest.mark.parametrize("text", [
    # border forces that kill armed smugglers fight them
    "أعلنت القوات المسلحة الأردنية مقتل أربعة مهربين خلال إحباط محاولة تسلل على الواجهة الحدودية الشمالية.",
    "قتلت قوات حرس الحدود الأردنية ثلاثة متسللين حاولوا اجتياز الحدود في منطقة الرويشد فجر اليوم.",
])
def test_forces_that_kill_smugglers_fight_them(events, text):
    [e] = events(text, date(2024, 3, 10))
    assert (e.sub_event_type, e.target.type) == ("Armed clash", "armed_group")


@pytest.mark.parametrize("text, side", [
    # a tank after the subject of the verb that hit it, struck by a missile: what was hit
    ("استهدف حزب الله دبابة إسرائيلية بصاروخ موجه قرب موقع المالكية.", "Hezbollah"),
    ("استهدفت المقاومة الإسلامية دبابة ميركافا إسرائيلية بصاروخ موجه في محيط موقع الراهب.", "Hezbollah"),
])
def test_a_tank_hit_after_the_subject_is_no_weapon(events, text, side):
    [e] = events(text, date(2024, 2, 8))
    assert [w.type for w in e.weapons] == ["missile"] and [p.name for p in e.perpetrators] == [side]


@pytest.mark.parametrize("text, count", [
    # anti-tank guided missiles by name
    ("أطلق مقاتلو الحزب صاروخين من نوع كورنيت على تجمع لجنود الاحتلال قرب المطلة.", 2),
    ("استهدف مقاتلو الحركة آلية عسكرية بصاروخ تاو في ريف إدلب الجنوبي.", None),
])
def test_anti_tank_missiles_are_missiles(events, text, count):
    [e] = events(text, date(2024, 2, 8))
    assert [(w.type, w.subtype, w.count) for w in e.weapons] == [("missile", "anti-tank guided", count)]


@pytest.mark.parametrize("text, day", [
    # a plain plane as the subject of a verb of striking a word or two after it (its side's
    # adjective between) is a warplane
    ("أفاد مصدر في الحشد بأن طائرات أمريكية قصفت فجر اليوم مقرا للواء 47 في منطقة جرف النصر.", date(2024, 1, 24)),
    ("أفاد مصدر أمني بأن طائرات مجهولة قصفت مساء الثلاثاء رتلا من الصهاريج قرب منفذ البوكمال.", date(2022, 11, 9)),
])
def test_a_plane_before_its_striking_verb_is_a_warplane(events, text, day):
    [e] = events(text, day)
    assert (e.sub_event_type, [w.type for w in e.weapons]) == ("Air/drone strike", ["aircraft"])


@pytest.mark.parametrize("text, day, sub_event_type, weapons", [
    # weapons a verb of finding or seizing has as its object were found after the act, not used in it
    ("وجهت طائرات إف 16 العراقية مساء أمس ضربة جوية استهدفت وكرا لداعش في منطقة حمرين، أسفرت عن مقتل خمسة "
     "إرهابيين، وفتشت قوة من الجيش موقع الضربة وعثرت على أحزمة ناسفة وأسلحة مختلفة.",
     date(2025, 2, 18), "Air/drone strike", ["aircraft"]),
    ("استشهد جندي فجر اليوم خلال اشتباكات مع مهربين على الحدود الشمالية، وأسفرت الاشتباكات عن مقتل عدد من "
     "المهربين وضبط كميات من المواد المخدرة وأسلحة أوتوماتيكية وقذائف صاروخية.",
     date(2023, 12, 18), "Armed clash", []),
])
def test_weapons_found_after_the_act_are_not_its_weapons(events, text, day, sub_event_type, weapons):
    [e] = events(text, day)
    assert (e.sub_event_type, [w.type for w in e.weapons]) == (sub_event_type, weapons)


@pytest.mark.parametrize("text, sub_event_type", [
    # a force of the army or of security is what was hit, not the camp or the passer-by
    ("أعلنت هيئة البث الإسرائيلية إصابة جنديين بجروح خطيرة جراء انفجار عبوة ناسفة بقوة من الجيش في مخيم جنين.",
     "Remote explosive/landmine/IED"),
    ("استهدف مسلحون مجهولون قوة أمنية في حي الزهور بمدينة الموصل بالأسلحة الخفيفة، ما أدى إلى إصابة مدني كان يمر "
     "في المكان.", "Armed clash"),
])
def test_a_force_of_the_army_or_security_is_a_military_target(events, text, sub_event_type):
    [e] = events(text, date(2025, 3, 12))
    assert (e.target.type, e.sub_event_type) == ("military", sub_event_type)


@pytest.mark.parametrize("text", [
    # Syria's General Security since December 2024 is a state force: its men hit are a military target
    "قتل عنصران من الأمن العام السوري في كمين نصبه مسلحون على طريق جبلة في ريف اللاذقية.",
    "قتل عنصر من الأمن العام السوري برصاص مسلحين مجهولين في حي الخالدية بمدينة حمص.",
])
def test_syrias_general_security_is_a_state_force_hit(events, text):
    [e] = events(text, date(2025, 3, 12))
    assert (e.target.type, e.sub_event_type) == ("military", "Armed clash")
    assert "Police Forces of Syria" not in [p.name for p in e.perpetrators]
