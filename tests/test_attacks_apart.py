"""Articles that tell a second attack at the same place on another day, or two attacks on one
day, and articles that tell none: sentences written for these rules (acc18)."""
from datetime import date

import pytest


# --- "بعد أقل من 24 ساعة على غارة": an approximate interval tells another act -------------------

@pytest.mark.parametrize("text, published, days", [
    ("استهدفت مسيّرة معادية، قرابة الحادية عشرة من قبل ظهر اليوم، سيارة عند الطرف الغربي لبلدة كفركلا في قضاء مرجعيون، "
     "ما أدى إلى استشهاد المواطن الذي كان في داخلها.\n"
     "وتأتي هذه الغارة بعد أقل من 24 ساعة على غارة شنها الطيران الحربي المعادي، عصر أمس، على منزل في البلدة نفسها، "
     "أدت إلى تدميره بالكامل من دون تسجيل إصابات.",
     date(2024, 7, 9), {"2024-07-09", "2024-07-08"}),
    ("سقطت قذيفتان صاروخيتان، صباح اليوم السبت، داخل حقل كونيكو للغاز في ريف دير الزور الشمالي، من دون أن تسفرا عن إصابات.\n"
     "وجاء القصف بعد أقل من 48 ساعة على هجوم بطائرة مسيرة مفخخة استهدف الحقل مساء الخميس.",
     date(2023, 9, 30), {"2023-09-30", "2023-09-28"}),
])
def test_an_approximate_interval_before_an_attack_noun_tells_another_attack(events, text, published, days):
    found = events(text, published)
    assert {e.date.value for e in found} == days and len(found) == 2


# --- a toll over a part of the year counts many acts ------------------------------------------

@pytest.mark.parametrize("text, published", [
    ("وبحسب تقرير لمرصد حقوقي محلي، قتل 17 مدنيا بينهم سبعة أطفال بانفجار ألغام ومقذوفات من مخلفات الحرب "
     "خلال الربع الأول من العام الجاري، فيما أصيب 42 آخرون.", date(2024, 4, 2)),
    ("أعلنت مديرية الدفاع المدني في محافظة الأنبار، اليوم الاثنين، أن تسعة أشخاص قتلوا وأصيب 14 آخرون بانفجار "
     "مقذوفات وعبوات من مخلفات الحرب خلال النصف الأول من العام الجاري.", date(2024, 7, 8)),
])
def test_a_toll_during_a_part_of_the_year_is_a_tally(events, text, published):
    assert events(text, published) == []


# --- a statement's date set off by commas after a long subject is the statement's -------------

@pytest.mark.parametrize("text, published, day", [
    ("قال الناطق الإعلامي باسم مديرية الأمن العام، اليوم الثلاثاء، إن أحد أفراد دورية أمنية أصيب بعيار ناري بعد "
     "تعرض الدورية لإطلاق نار من قبل مطلوب خطير في الحي الشرقي بمدينة معان، ليلة الأحد-الاثنين.",
     date(2022, 5, 31), "2022-05-29"),
    ("قال الناطق الرسمي باسم قوة الأمم المتحدة المؤقتة في لبنان (اليونيفيل)، اليوم الجمعة، إن دورية تابعة للقوة "
     "تعرضت لإطلاق نار من قبل مسلحين مجهولين مساء الخميس قرب بلدة الصرفند جنوبي لبنان.",
     date(2023, 6, 2), "2023-06-01"),
])
def test_a_date_set_off_after_a_long_subject_of_a_statement_is_the_statements(events, text, published, day):
    [e] = events(text, published)
    assert e.date.value == day


# --- a death of wounds has its own date ---------------------------------------------------------

@pytest.mark.parametrize("text, published, day", [
    ("أعلن مكتب الصحة العامة والسكان في محافظة مأرب ارتفاع عدد ضحايا الهجوم الصاروخي الذي شنته ميليشيا الحوثي، "
     "أول أمس الأحد، على مخيم الروضة للنازحين غربي مدينة مأرب إلى ثلاثة قتلى.\n"
     "وكان صاروخ باليستي قد سقط بين خيام النازحين في المخيم، وأدى إلى احتراق عدد منها، فيما توفي أحد المصابين "
     "متأثرا بجروحه مساء أمس في مستشفى هيئة مأرب العام.",
     date(2022, 1, 25), "2022-01-23"),
    ("توفي جندي في الجيش العراقي، فجر اليوم الأحد، متأثرا بجروحه التي أصيب بها في هجوم شنه مسلحو تنظيم داعش، "
     "مساء الجمعة، على نقطة تفتيش في ناحية العظيم شمالي محافظة ديالى.",
     date(2021, 11, 28), "2021-11-26"),
])
def test_a_date_next_to_a_death_of_wounds_is_the_deaths(events, text, published, day):
    assert [e.date.value for e in events(text, published)] == [day]


# --- "بين بلدتي X وY": the ends of one stretch, one attack ---------------------------------------

@pytest.mark.parametrize("text, published", [
    ("انفجرت عبوة ناسفة بسيارة عسكرية تابعة لـ\"قسد\"، مساء الثلاثاء، على الطريق الواصل بين بلدتي معدان والسبخة "
     "بريف الرقة الشرقي، ما أسفر عن إصابة ثلاثة عناصر كانوا على متنها.", date(2022, 8, 24)),
    ("قتلت امرأتان وأصيب خمسة ركاب آخرون، ظهر الأحد، جراء انفجار عبوة ناسفة بحافلة نقل جماعي على الطريق الرابط "
     "بين مدينتي زنجبار وجعار في محافظة أبين جنوبي اليمن.", date(2022, 3, 14)),
])
def test_two_towns_a_dual_noun_after_between_names_are_one_stretch(events, text, published):
    assert len(events(text, published)) == 1


# --- 'لـ"بغداد اليوم"': a quoted outlet's name is no place or date of the attack -----------------

@pytest.mark.parametrize("text, published, outlet", [
    ("وقالت مصادر محلية لـ\"عدن الغد\" إن ثلاث قذائف مدفعية سقطت على منازل المواطنين في مدينة حيس.",
     date(2023, 6, 18), "Aden"),
    ("انفجرت عبوة صوتية أمام منزل أحد وجهاء العشائر في قضاء الزبير.\n"
     "وقال مصدر في شرطة البصرة لـ\"بغداد اليوم\" إن العبوة زرعها مجهولون قرب البوابة الرئيسية للمنزل.",
     date(2023, 2, 9), "Baghdad"),
], ids=["aden", "baghdad"])
def test_a_quoted_outlet_name_places_and_dates_nothing(events, text, published, outlet):
    found = events(text, published)
    assert found and all(e.location is None or e.location.name != outlet for e in found)
    assert all(e.date.value is None or e.date.text != "اليوم" for e in found)


# --- "عاد الطيران ... واستهدف", "وعاودت المسيرة ... استهداف": the side came back, another strike ---

@pytest.mark.parametrize("text, published", [
    ("شن العدو الإسرائيلي، قرابة الساعة الثانية من فجر اليوم، عدوانا جويا استهدف معبر جوسية الحدودي في ريف حمص الجنوبي "
     "الغربي، ما أدى إلى خروجه عن الخدمة.\n"
     "وأضاف البيان أن الطيران المعادي عاد بعد نحو ثلاث ساعات واستهدف جسرا على نهر العاصي قرب مدينة القصير، ما أسفر "
     "عن إصابة مدنيين اثنين بجروح.", date(2024, 10, 13)),
    ("أغارت مسيّرة معادية، قرابة العاشرة من صباح اليوم، على منزل في حي البركة بمدينة بنت جبيل، ما أدى إلى إصابة "
     "مواطنين اثنين بجروح.\n"
     "وعاودت المسيّرة، بعد نحو نصف ساعة، استهداف محيط المنزل بصاروخ ثان أثناء وصول فريق من الهيئة الصحية الإسلامية، "
     "ما أدى إلى استشهاد مسعف وإصابة آخر.", date(2024, 5, 21)),
], ids=["returned", "resumed"])
def test_a_side_that_came_back_and_struck_again_made_another_attack(events, text, published):
    found = events(text, published)
    assert len(found) == 2 and all(e.date.value == published.isoformat() for e in found)


# --- the hospital the wounded were taken to is neither the target nor the place ----------------

@pytest.mark.parametrize("text, published, place", [
    ("قتل مواطن وأصيب اثنان آخران، عصر السبت، جراء قصف مدفعي شنته ميليشيا الحوثي على حي سكني في مدينة حيس.\n"
     "وقالت مصادر محلية إن ثلاث قذائف مدفعية سقطت على منازل المواطنين في الحارة الشرقية للمدينة، وإن الجريحين "
     "نقلا إلى مستشفى المخا لتلقي العلاج.", date(2023, 6, 18), "Ḩays"),
    ("أصيب ثلاثة من منتسبي الحشد الشعبي، مساء الجمعة، بانفجار عبوة ناسفة استهدفت عجلتهم قرب ناحية مندلي شرقي "
     "محافظة ديالى، ونقلوا على إثرها إلى مستشفى الكندي في بغداد.", date(2022, 10, 15), "Mandali"),
], ids=["hays", "mandali"])
def test_the_hospital_the_wounded_were_taken_to_is_not_where(events, text, published, place):
    [e] = events(text, published)
    assert e.location.name == place and (e.target is None or "مستشفى" not in e.target.text)


# --- a headline's town and the lead's unlisted quarter "بمدينة" that town: one attack -----------

@pytest.mark.parametrize("text, published", [
    ("مسيّرة معادية تستهدف منزلا في بنت جبيل\n"
     "بنت جبيل - أغارت مسيّرة معادية، قرابة العاشرة من صباح اليوم، على منزل في حي البركة بمدينة بنت جبيل، ما أدى "
     "إلى إصابة مواطنين اثنين بجروح.", date(2024, 5, 21)),
    ("مقتل طفل وإصابة شقيقته بقذيفة حوثية في تعز\n"
     "تعز - قتل طفل وأصيبت شقيقته بجروح، عصر اليوم الأحد، جراء سقوط قذيفة هاون أطلقتها ميليشيا الحوثي على منزل "
     "أسرتهما في حي ثعبات بمدينة تعز.", date(2023, 1, 22)),
], ids=["bint-jbeil", "taiz"])
def test_a_headline_town_and_an_unlisted_quarter_of_it_are_one_attack(events, text, published):
    assert len(events(text, published)) == 1


# --- "مصدر في شرطة كركوك": the police's area is the speaker's office, not where -------------------

@pytest.mark.parametrize("text, published", [
    ("انفجرت عبوة صوتية، فجر اليوم الخميس، أمام منزل أحد وجهاء العشائر في قضاء الزبير غربي محافظة البصرة.\n"
     "وقال مصدر في شرطة البصرة إن العبوة زرعها مجهولون قرب البوابة الرئيسية للمنزل، ولم يسفر الانفجار عن إصابات.",
     date(2023, 2, 9)),
    ("أصيب مختار إحدى القرى التابعة لناحية الرياض في قضاء الحويجة بجروح متوسطة، صباح اليوم الثلاثاء، بانفجار عبوة "
     "لاصقة وضعت أسفل سيارته.\n"
     "وقال مصدر في شرطة كركوك إن العبوة انفجرت بعد دقائق من تشغيل السيارة.", date(2022, 6, 7)),
], ids=["basra", "kirkuk"])
def test_the_police_a_source_speaks_for_is_no_place_of_the_attack(events, text, published):
    assert len(events(text, published)) == 1


# --- "41 عملية ... أسفرت عن مقتل 63 شخصا": the toll of many acts counted is their tally ---------

@pytest.mark.parametrize("text, published", [
    ("ووثق المرصد السوري منذ مطلع العام الجاري 41 عملية لخلايا التنظيم في مناطق نفوذ \"قسد\" بريف الرقة ودير الزور، "
     "أسفرت عن مقتل 63 شخصا.", date(2022, 8, 24)),
    ("قالت منظمة حقوقية محلية في تقرير أصدرته اليوم الثلاثاء إنها وثقت 27 حادثة قنص نفذها مسلحو جماعة الحوثي في "
     "مدينة تعز وأطرافها، أدت إلى مقتل تسعة مدنيين بينهم أربعة أطفال وإصابة 21 آخرين.", date(2023, 7, 4)),
], ids=["raqqa", "taiz"])
def test_the_toll_of_many_acts_counted_by_a_plain_noun_is_a_tally(events, text, published):
    assert events(text, published) == []


# --- "تفجير ذخائر منتهية الصلاحية": munitions disposed of, no attack (an explosion of one is) ------

@pytest.mark.parametrize("text, published", [
    ("أعلنت قيادة الجيش في بيان اليوم أن وحدة من فوج الهندسة ستعمل بين الساعة العاشرة صباحا والثانية بعد الظهر على "
     "تفجير ذخائر غير منفجرة من مخلفات العدوان الإسرائيلي في خراج بلدة الناقورة.", date(2025, 2, 4)),
    ("القوات المسلحة تنوه إلى تفجير ذخائر منتهية الصلاحية في الحلابات\n"
     "عمان - نوهت القيادة العامة للقوات المسلحة الأردنية إلى أن سلاح الهندسة الملكي سيقوم بتفجير كميات من الذخائر "
     "منتهية الصلاحية في منطقة الحلابات بمحافظة الزرقاء.", date(2023, 3, 7)),
], ids=["naqoura", "hallabat"])
def test_a_detonation_of_spent_munitions_is_no_attack(events, text, published):
    assert events(text, published) == []


def test_an_explosion_of_a_war_remnant_is_still_reported(events):
    text = "قتل طفلان وأصيب ثالث، مساء الأحد، بانفجار قذيفة غير منفجرة من مخلفات الحرب في قرية الزيارة بريف حماة."
    assert len(events(text, date(2023, 5, 8))) == 1


# --- "نفى ...، اليوم، صحة الأنباء التي تناقلتها وسائل إعلام عن ...": news of an act denied -------

@pytest.mark.parametrize("text, published", [
    ("نفت قيادة العمليات المشتركة، اليوم الأحد، صحة الأنباء التي تداولتها مواقع التواصل الاجتماعي عن تعرض مطار بغداد "
     "الدولي لهجوم بطائرة مسيرة مساء أمس.", date(2023, 6, 18)),
    ("نفى مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية - الجيش العربي، اليوم الأحد، صحة الأنباء التي "
     "تناقلتها وسائل إعلام ومواقع إخبارية عن تنفيذ سلاح الجو الملكي غارات على مواقع لمهربين في ريف السويداء جنوبي سوريا.",
     date(2024, 1, 21)),
], ids=["baghdad-airport", "suwayda"])
def test_news_of_an_act_that_a_long_subject_denied_is_no_act(events, text, published):
    assert events(text, published) == []
