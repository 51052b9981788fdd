"""Roundups: a day's list of attacks after a sentence that opens it, and articles that only
seem to tell attacks: sentences written for these rules (acc19)."""
from datetime import date

import pytest


# --- a list's opening sentence: its summary is no act, its day is the day of the acts listed ---

def test_the_summary_before_a_list_is_no_attack_and_dates_the_list(events):
    found = events("غارات على قضاء صور\nصور - شن الطيران الحربي الإسرائيلي فجر أمس سلسلة غارات على بلدات قضاء "
                   "صور، توزعت كالتالي:\n- غارة على منزل في بلدة الحنية أدت إلى إصابة ثلاثة مواطنين.\n"
                   "- غارة على أطراف بلدة المنصوري من دون إصابات.", date(2024, 10, 8))
    assert len(found) == 2
    assert [e.date.value for e in found] == ["2024-10-07", "2024-10-07"]


def test_a_summary_of_the_day_before_dates_the_numbered_list(events):
    found = events("أصدرت قيادة العمليات المشتركة، اليوم الأحد، موجزا بالأحداث الأمنية التي شهدتها المحافظات "
                   "أمس السبت، وجاء فيه:\n1- انفجار عبوة ناسفة على عجلة للشرطة في قضاء الطارمية أدى إلى إصابة "
                   "منتسبين اثنين.\n2- سقوط قذيفتي هاون على أطراف ناحية العظيم دون خسائر.", date(2023, 4, 23))
    assert len(found) == 2
    assert {e.date.value for e in found} == {"2023-04-22"}


def test_the_day_of_a_list_said_in_an_earlier_statement_counts_from_it(events):
    found = events("قال الجيش في بيان مساء الأحد إن الجبهات شهدت خلال اليوم مواجهات متفرقة، موضحا ما يلي:\n"
                   "جبهة حيس: قصفت المليشيا بقذائف الهاون الأحياء السكنية في المدينة، ما أدى إلى إصابة طفلين.\n"
                   "جبهة صرواح: سقطت قذيفة مدفعية على مواقع الجيش دون خسائر.", date(2021, 11, 22))
    assert {e.date.value for e in found} == {"2021-11-21"}


# --- lines that open with a place and a colon are a list's headings, not datelines ---------------

def test_town_headings_of_a_south_today_list_are_the_places_of_their_lines(events):
    found = events("الجنوب اليوم\nالوكالة الوطنية للإعلام - شهدت البلدات الحدودية اليوم اعتداءات متفرقة.\n"
                   "ميس الجبل: استهدفت مسيرة معادية منزلا في حي المدرسة، ما أدى إلى تدميره.\n"
                   "الناقورة: شن الطيران الحربي المعادي غارة على أطراف البلدة من دون إصابات.", date(2024, 3, 19))
    assert sorted(e.location.name_ar for e in found) == ["الناقورة", "ميس الجبل"]


def test_front_headings_of_an_army_statement_are_the_places_of_their_lines(events):
    found = events("قال المركز الإعلامي للقوات المسلحة إن المليشيا ارتكبت خروقات جديدة في عدد من الجبهات.\n"
                   "جبهة صرواح: قصفت المليشيا مواقع الجيش بقذائف الهاون دون خسائر.\n"
                   "جبهة الضالع: أصيب جنديان برصاص قناص حوثي في منطقة مريس.", date(2021, 11, 22))
    assert sorted(e.location.admin1_code for e in found) == ["YE-DA", "YE-MA"]


# --- a count of the day's incidents opens a list too -----------------------------------------

def test_a_dated_count_of_incidents_dates_the_incidents_told_after_it(events):
    found = events("حوادث أمنية في ريف درعا\nشهدت محافظة درعا يوم أمس الأحد عدة حوادث أمنية، إذ اغتال مسلحون "
                   "مجهولون شابا في مدينة طفس بإطلاق النار عليه.\nوفي مدينة جاسم، انفجرت عبوة ناسفة بسيارة "
                   "عسكرية ما أدى إلى إصابة عنصرين.\nكما اختطف مجهولون شابا على طريق مدينة نوى.", date(2022, 7, 11))
    assert len(found) == 3 and {e.date.value for e in found} == {"2022-07-10"}


def test_a_monitor_s_dated_count_of_violations_dates_each_violation(events):
    found = events("قال المركز إن فريقه رصد، الاثنين، ثلاثة انتهاكات ارتكبتها الجماعة في محافظة تعز.\n"
                   "وبحسب المركز، قتل طفل برصاص قناص في حي الجحملية شرقي المدينة.\n"
                   "كما أصيبت امرأة بقذيفة سقطت على حي الروضة.", date(2022, 4, 5))
    assert len(found) == 2 and {e.date.value for e in found} == {"2022-04-04"}


# --- "ما أدى إلى مقتله": a death with "his" or "her" is one person's ---------------------------

@pytest.mark.parametrize("text", [
    "أقدم مسلحون مجهولون على إطلاق النار على عنصر في الشرطة أمام منزله في بلدة الشحيل، ما أدى إلى مقتله على الفور.",
    "أطلق مسلحون مجهولون النار على راع في أطراف قضاء المقدادية، ما أسفر عن مقتله.",
    "أطلق قناص حوثي النار على امرأة في حي الروضة بمدينة تعز، ما أدى إلى استشهادها.",
])
def test_a_death_told_with_a_pronoun_is_one_killed(events, text):
    [e] = events(text, date(2023, 9, 5))
    assert e.casualties.killed == 1


# --- "المليشيا" alone, after "مليشيا الحوثي", is that group again -----------------------------

@pytest.mark.parametrize("text", [
    "قال الجيش إن مليشيا الحوثي صعدت هجماتها في الساحل الغربي.\nوقصفت المليشيا بقذائف الهاون الأحياء السكنية "
    "في مديرية حيس، ما أدى إلى إصابة طفلين.",
    "اتهم الجيش مليشيا الحوثي بخرق الهدنة في محافظة مأرب.\nواعترضت الدفاعات الجوية صاروخا باليستيا أطلقته "
    "المليشيا باتجاه مدينة مأرب دون أضرار.",
])
def test_the_militia_alone_after_its_name_is_the_same_group(events, text):
    found = events(text, date(2022, 12, 5))
    last = max(found, key=lambda e: e.evidence[-1].start)
    assert [p.name for p in last.perpetrators] == ["Ansar Allah (Houthis)"]


# --- "سيارة عسكرية": a military vehicle is a military target -----------------------------------

@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة بسيارة عسكرية على الطريق الواصل بين بلدتي البصيرة والشحيل، ما أسفر عن إصابة عنصرين.",
    "استهدف مسلحون مجهولون بعبوة ناسفة سيارة عسكرية على طريق مدينة جاسم في ريف درعا الشمالي.",
])
def test_a_military_car_is_a_military_target(events, text):
    [e] = events(text, date(2022, 2, 14))
    assert e.target.type == "military"


# --- "غارة على مبنى": a building named by no owner is a civilian one (last resort) -----------------

@pytest.mark.parametrize("text", [
    "شن الطيران الحربي الإسرائيلي غارة على مبنى في مدينة الهرمل أسفرت عن سقوط ثلاثة جرحى.",
    "استهدفت مسيرة إسرائيلية، بعد ظهر اليوم، مبنى في بلدة البازورية بقضاء صور ما أدى إلى تدميره.",
])
def test_a_building_of_no_one_named_is_a_civilian_target(events, text):
    [e] = events(text, date(2024, 10, 8))
    assert e.target.type == "civilian"
