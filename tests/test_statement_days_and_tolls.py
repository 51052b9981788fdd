"""The day of an attack told through today's statement, and tolls told over several
sentences: sentences written for these rules (acc16)."""
from datetime import date

import pytest

from q7x2.article import Article


# --- a speaker's long name between the verb and the statement's day ------------------------

@pytest.mark.parametrize("text, published, day", [
    ("أعلن جهاز مكافحة الإرهاب في إقليم كردستان، صباح اليوم الخميس، أن طائرة مسيرة مفخخة سقطت قرب مطار "
     "أربيل الدولي في الساعة الحادية عشرة من ليل الأربعاء، من دون أن تسفر عن خسائر بشرية.",
     date(2022, 6, 23), "2022-06-22"),
    ("أعلنت قوات سوريا الديمقراطية (قسد)، اليوم الخميس، أن خلايا تنظيم داعش هاجمت ليل أمس نقطة عسكرية لها "
     "في بلدة ذيبان بريف دير الزور الشرقي، ما أدى إلى مقتل اثنين من مقاتليها.", date(2023, 9, 7), "2023-09-06"),
])
def test_a_statement_day_after_the_speakers_long_name_does_not_date_the_act(events, text, published, day):
    [e] = events(text, published)
    assert e.date.value == day


# --- a tally that rose, on a later day, counts the attack told before -----------------------

def test_a_toll_that_rose_this_morning_counts_the_attack_of_yesterday(events):
    [e, _] = events("قتل تسعة مدنيين، بينهم أربعة أطفال، يوم الاثنين، في غارات شنتها طائرات حربية روسية على بلدة "
                    "معرة مصرين شمال إدلب. وارتفعت الحصيلة صباح اليوم إلى 11 قتيلا بعد انتشال جثتين من تحت الأنقاض. "
                    "كما قتل مدني بقصف مدفعي لقوات النظام على بلدة آفس ليل أمس.", date(2020, 2, 4))
    assert e.date.value == "2020-02-03" and e.casualties.killed == 11


def test_a_casualty_word_in_a_raised_tally_counts_the_attack_told_before(events):
    [e] = events("أفاد مصدر محلي بأن طائرة مسيرة تركية استهدفت، في وقت متأخر من ليلة أمس، سيارة تقل عناصر من "
                 "وحدات مقاومة سنجار قرب مجمع خانصور، ما أسفر عن مقتل ثلاثة منهم. وفي حصيلة محدثة صباح اليوم، "
                 "قال المصدر إن عدد القتلى ارتفع، فيما أصيب مدني كان يمر بالمكان.", date(2023, 8, 15))
    assert e.casualties.killed == 3 and e.casualties.wounded == 1


# --- the number a tally rose to is its count -------------------------------------------------

@pytest.mark.parametrize("text, published, killed", [
    ("أفاد مصدر محلي بأن طائرة مسيرة تركية استهدفت، في وقت متأخر من ليلة أمس، سيارة تقل عناصر من وحدات "
     "مقاومة سنجار قرب مجمع خانصور، ما أسفر عن مقتل ثلاثة منهم. وفي حصيلة محدثة صباح اليوم، قال المصدر إن عدد "
     "القتلى ارتفع إلى أربعة بينهم قيادي.", date(2023, 8, 15), 4),
    ("أفاد المرصد السوري لحقوق الإنسان بأن أربعة عناصر من قوات النظام قتلوا، ليل أمس، في هجوم نفذته خلايا تابعة "
     "لتنظيم داعش على موقع عسكري في بادية الرصافة جنوب غرب الرقة. وارتفع عدد القتلى إلى 6.", date(2022, 3, 14), 6),
])
def test_the_number_a_tally_rose_to_is_the_toll(events, text, published, killed):
    [e] = events(text, published)
    assert e.casualties.killed == killed


# --- a casualty verb that made no attack: a source's toll of the attack told before --------

@pytest.mark.parametrize("text, published, killed, wounded", [
    ("اغتال مسلحون مجهولون، مساء أمس الاثنين، قائدا ميدانيا في قوات الحزام الأمني بإطلاق النار عليه أمام منزله في "
     "مديرية الشيخ عثمان بمحافظة عدن. وأفاد مصدر أمني بأن أحد مرافقيه أصيب بجروح بالغة.", date(2020, 3, 3), 1, 1),
    ("نفذ العدو الإسرائيلي فجر اليوم عدوانا جويا برشقات من الصواريخ مستهدفا مطار دمشق الدولي. وقال المصدر إن "
     "العدوان أدى إلى استشهاد عسكريين اثنين وإصابة اثنين آخرين.", date(2023, 1, 2), 2, 2),
])
def test_a_sources_casualty_verb_with_no_weapon_counts_the_attack_told_before(events, text, published, killed, wounded):
    [e] = events(text, published)
    assert (e.casualties.killed, e.casualties.wounded) == (killed, wounded)


# --- "وأضاف المصدر": a verb of reporting like "قال" ------------------------------------------

@pytest.mark.parametrize("text, published, killed, wounded", [
    ("نفذ العدو الإسرائيلي فجر اليوم عدوانا جويا برشقات من الصواريخ مستهدفا مطار دمشق الدولي. وأضاف المصدر أن "
     "العدوان أدى إلى استشهاد عسكريين اثنين وإصابة اثنين آخرين.", date(2023, 1, 2), 2, 2),
    ("أفاد مصدر أمني في محافظة ديالى بأن ثلاث قذائف هاون سقطت، مساء أمس الأحد، على قرية زراعية في ناحية العظيم "
     "شمال بعقوبة. وأضاف المصدر أن ثلاثة مدنيين أصيبوا بجروح متفاوتة.", date(2022, 2, 7), None, 3),
])
def test_a_toll_the_source_added_counts_the_attack_told_before(events, text, published, killed, wounded):
    [e] = events(text, published)
    assert (e.casualties.killed, e.casualties.wounded) == (killed, wounded)


# --- people counted before an aside on who they were ("، بينهم امرأة،") and their verb ----------

@pytest.mark.parametrize("text, published, wounded", [
    ("أفاد مصدر أمني في محافظة ديالى بأن ثلاث قذائف هاون سقطت، مساء أمس الأحد، على قرية زراعية في ناحية العظيم "
     "شمال بعقوبة. وأضاف المصدر أن ثلاثة مدنيين، بينهم امرأة، أصيبوا بجروح متفاوتة.", date(2022, 2, 7), 3),
    ("قال مصدر طبي في مستشفى الثورة العام إن خمسة مدنيين، بينهم طفلان، أصيبوا بجروح مساء الاثنين جراء قذيفة مدفعية "
     "أطلقتها ميليشيا الحوثي على حي الروضة شرقي مدينة تعز.", date(2022, 8, 23), 5),
])
def test_people_counted_before_an_aside_on_who_they_were_are_the_toll(events, text, published, wounded):
    [e] = events(text, published)
    assert e.casualties.wounded == wounded


# --- a toll over a period that a series made is no attack's -----------------------------------

@pytest.mark.parametrize("text, published, killed", [
    ("انفجرت عبوة ناسفة صباح اليوم بسيارة عسكرية تابعة لقوات سوريا الديمقراطية قرب بلدة الشحيل، دون ورود معلومات "
     "عن خسائر بشرية. ووثق المرصد منذ مطلع العام الجاري مقتل 87 عنصرا من قوات النظام والمسلحين الموالين لها في "
     "هجمات التنظيم بالبادية.", date(2022, 3, 14), None),
    ("قتل مقاتل من الجبهة الوطنية للتحرير، صباح اليوم الاثنين، برصاص قناص من قوات النظام على محور الكبينة بجبل "
     "الأكراد في ريف اللاذقية الشمالي. وقتل منذ بداية الشهر الجاري 23 مقاتلا من الفصائل في عمليات قنص مماثلة "
     "على محاور ريف إدلب.", date(2021, 9, 20), 1),
])
def test_a_toll_over_a_period_that_a_series_made_is_no_attacks(events, text, published, killed):
    [e] = events(text, published)
    assert e.casualties.killed == killed


# --- the day before "أن" is the report's when the act after it has its own ---------------------

@pytest.mark.parametrize("text, published, day", [
    ("أصدرت المقاومة الإسلامية في لبنان، صباح اليوم الثلاثاء، بيانا أعلنت فيه أن مجاهديها استهدفوا عند الساعة "
     "التاسعة من مساء أمس الاثنين ثكنة برانيت بصواريخ بركان، وحققوا فيها إصابات مباشرة.", date(2024, 2, 20), "2024-02-19"),
    ("ذكرت وكالة الأنباء العراقية (واع)، صباح اليوم الخميس، أن 18 صاروخا من نوع كاتيوشا سقطت مساء أمس على معسكر "
     "التاجي شمالي بغداد.", date(2020, 3, 12), "2020-03-11"),
])
def test_a_day_before_the_complementizer_is_the_reports_when_the_act_has_its_own(events, text, published, day):
    [e] = events(text, published)
    assert e.date.value == day


# --- people right after a definite act noun ("وقتل في القصف طفلان") are counted ---------------

@pytest.mark.parametrize("text, published, killed, wounded", [
    ("قصفت قوات النظام، صباح اليوم الأحد، بصواريخ محملة بذخائر عنقودية مخيمات للنازحين قرب بلدة كفرجالس في ريف "
     "إدلب الشمالي الغربي. وقتل في القصف طفلان وامرأة، فيما أصيب أكثر من 60 مدنيا بجروح متفاوتة.",
     date(2022, 11, 6), 3, 60),
    ("انفجرت عبوة ناسفة، عصر أمس الثلاثاء، استهدفت دورية للشرطة المحلية على الطريق الرئيسي في قضاء القائم غربي "
     "محافظة الأنبار. وأصيب جراء الانفجار مدنيان كانا يمران بسيارتهما قرب المكان.", date(2020, 12, 9), None, 2),
])
def test_people_right_after_a_definite_act_noun_are_the_toll(events, text, published, killed, wounded):
    [e] = events(text, published)
    assert (e.casualties.killed, e.casualties.wounded) == (killed, wounded)


# --- "من غير" negates as "دون" does; "غير" alone does not ------------------------------------

@pytest.mark.parametrize("text, published, killed, wounded", [
    ("استهدفت قوات النظام مساء أمس بقذائف المدفعية أطراف مدينة دارة عزة في ريف حلب الغربي، من غير أن يسفر القصف "
     "عن إصابات بين المدنيين.", date(2022, 11, 6), 0, 0),
    ("انفجرت عبوة ناسفة، عصر أمس الثلاثاء، استهدفت دورية للشرطة المحلية على الطريق الرئيسي في قضاء القائم غربي "
     "محافظة الأنبار، من غير أن توقع خسائر في صفوف عناصر الدورية.", date(2020, 12, 9), 0, 0),
    ("سقط صاروخ على قاعدة عين الأسد الجوية مساء أمس، ما أسفر عن عدد غير معروف من الإصابات.", date(2023, 1, 2), None, None),
])
def test_min_ghayr_is_a_negation_of_casualties(events, text, published, killed, wounded):
    [e] = events(text, published)
    assert (e.casualties.killed, e.casualties.wounded) == (killed, wounded)


# --- a day after a verb of reporting, before the act's word that has its own day --------------

@pytest.mark.parametrize("text, published, day", [
    ("أكدت مصادر أمنية وأخرى محلية في قضاء البغدادي، اليوم الخميس، سقوط صاروخين مساء أمس في محيط قاعدة عين الأسد "
     "الجوية غربي المحافظة، من دون تسجيل إصابات.", date(2023, 7, 20), "2023-07-19"),
    ("كشف مصدر أمني لـ\"شفق نيوز\"، اليوم الخميس، عن انفجار عبوة ناسفة ليل أمس برتل ينقل معدات للتحالف الدولي على "
     "الطريق الدولي قرب مدينة الناصرية.", date(2021, 4, 15), "2021-04-14"),
])
def test_a_day_after_a_verb_of_reporting_is_the_reports_when_the_act_has_its_own(events, text, published, day):
    [e] = events(text, published)
    assert e.date.value == day


# --- a day in a later clause of another predicate ("قبل أن تعثر ... صباح اليوم") ---------------

@pytest.mark.parametrize("text, published, day", [
    ("سقطت ثلاثة صواريخ كاتيوشا، مساء أمس الاثنين، في محيط مطار بغداد الدولي، من دون تسجيل إصابات بشرية. وقالت مصادر "
     "أمنية إن الصواريخ أطلقت من منطقة الرضوانية جنوب غربي العاصمة، قبل أن تعثر القوات الأمنية صباح اليوم على منصة "
     "الإطلاق محترقة داخل بستان.", date(2020, 9, 29), "2020-09-28"),
    ("تعرضت أطراف بلدة كفرشوبا، مساء أمس، لقصف مدفعي إسرائيلي بأكثر من عشر قذائف، من دون وقوع إصابات. وقال مصدر أمني "
     "إن القذائف سقطت في أراض زراعية، فيما انتشرت قوة من الجيش اللبناني صباح اليوم في المنطقة.",
     date(2023, 11, 2), "2023-11-01"),
])
def test_a_day_in_a_later_clause_of_another_predicate_is_not_the_acts(events, text, published, day):
    [e] = events(text, published)
    assert e.date.value == day


# --- "وفي صباح اليوم التالي": the day after, at that part of the day ------------------------------

@pytest.mark.parametrize("text, published, days", [
    ("انفجرت عبوة ناسفة مساء الاثنين برتل للدعم اللوجستي على الطريق السريع في قضاء الرميثة بمحافظة المثنى، دون وقوع "
     "إصابات. وفي صباح اليوم التالي، استهدفت عبوة ثانية رتلا آخر قرب مدينة الديوانية، ما أدى إلى إصابة أحد السائقين.",
     date(2021, 6, 3), ["2021-05-31", "2021-06-01"]),
    ("تعرضت بلدة الخيام ليل السبت لقصف مدفعي إسرائيلي عنيف طال أحياءها الجنوبية، من دون تسجيل إصابات. وفي مساء "
     "اليوم التالي، أغارت مسيرة إسرائيلية على دراجة نارية عند مدخل بلدة كفركلا، ما أدى إلى استشهاد سائقها.",
     date(2024, 3, 26), ["2024-03-23", "2024-03-24"]),
])
def test_a_part_of_the_day_after_is_the_day_after(events, text, published, days):
    assert [e.date.value for e in events(text, published)] == days


# --- the hospital's place is not where the attack landed -------------------------------------

@pytest.mark.parametrize("text, published, place", [
    ("سقطت قذيفة هاون مساء أمس على سوق شعبي في بلدة عين عيسى شمال الرقة. وأوضح المصدر أن القذيفة سقطت قرب محل "
     "تجاري، ما أدى إلى إصابة أربعة مدنيين نقلوا إلى مشفى مدينة تل أبيض.", date(2019, 10, 30), "عين عيسى"),
    ("استهدفت مسيرة إسرائيلية ظهر اليوم دراجة نارية في بلدة عيتا الشعب جنوبي لبنان. وقال مصدر طبي إن المسيرة أصابت "
     "الدراجة بصاروخ عند مدخل البلدة، ما أدى إلى إصابة سائقها بجروح خطرة نقل على إثرها إلى مستشفى مدينة صور.",
     date(2024, 5, 14), "عيتا الشعب"),
])
def test_the_place_of_the_hospital_is_not_the_attacks(events, text, published, place):
    [e] = events(text, published)
    assert e.location.name_ar == place and e.casualties.wounded is not None


# --- a number after a plural counts it, whatever follows ("مقاتلين اثنين بقصف") ----------------

@pytest.fixture(scope="module")
def tolls(pipeline):
    def run(text):
        doc = pipeline.document(Article(id="t", text=text, published=date(2022, 11, 21)))
        return [m.value.n for m in doc.of("casualty") if m.value.category == "killed"]
    return run


@pytest.mark.parametrize("text", [
    "قسد: مقتل مقاتلين اثنين بقصف مدفعي تركي على ريف منبج",
    "قتل مسلحين اثنين بنيران حرس الحدود الأردني فجر اليوم.",
])
def test_a_number_after_a_plural_is_its_count(tolls, text):
    assert 2 in tolls(text)


# --- "أصيب شخص ثالث": an ordinal right after the people counted is no one more -----------------

@pytest.mark.parametrize("text, published", [
    ("استهدفت مسيرة إسرائيلية ظهر اليوم سيارة على طريق بلدة البازورية في قضاء صور، ما أدى إلى سقوط شهيدين، فيما "
     "أصيب شخص ثالث بجروح خطرة نقل على أثرها إلى المستشفى.", date(2024, 10, 28)),
    ("قتل طفلان، عصر أمس الاثنين، جراء سقوط قذيفة هاون أطلقتها ميليشيا الحوثي على حي سكني في مديرية الدريهمي جنوب "
     "الحديدة. وقال مصدر طبي إن القذيفة سقطت قرب منزل إحدى الأسر، ما أدى إلى مقتل طفلين وإصابة طفل ثالث بجروح "
     "بليغة.", date(2021, 10, 12)),
])
def test_an_ordinal_right_after_the_people_counted_is_no_one_more(events, text, published):
    [e] = events(text, published)
    assert e.casualties.wounded == 1


# --- a part of the day that names no day ("نهارا", "في ساعات المساء") is the day told before ------

@pytest.mark.parametrize("text, published, day", [
    ("قصفت المدفعية التركية ظهر السبت قرى في ريف تل تمر شمال غربي الحسكة، ما أدى إلى إصابة مدنيين اثنين. وفي ساعات "
     "المساء، استهدفت مسيرة تركية سيارة عسكرية لقوات سوريا الديمقراطية قرب بلدة عين عيسى في ريف الرقة الشمالي، ما أدى "
     "إلى مقتل عنصرين كانا على متنها.", date(2022, 12, 4), "2022-12-03"),
    ("شن طيران التحالف بقيادة السعودية صباح الخميس غارات على مواقع لميليشيا الحوثي في مديرية نهم شرق صنعاء. وكانت "
     "الميليشيا قد قصفت نهارا بقذائف المدفعية مواقع الجيش الوطني في جبهة صرواح غرب مأرب، من دون أن يسفر القصف عن خسائر "
     "بشرية.", date(2020, 4, 10), "2020-04-09"),
])
def test_a_part_of_the_day_naming_no_day_is_the_day_told_before(events, text, published, day):
    found = events(text, published)
    assert len(found) == 2 and all(e.date.value == day for e in found)


# --- a capital that comments, or does not, is no place of the attack ---------------------------

@pytest.mark.parametrize("text, published", [
    ("قصفت المدفعية التركية ظهر السبت قرى في ريف تل تمر شمال غربي الحسكة، ما أدى إلى إصابة مدنيين اثنين. ولم يصدر "
     "تعليق فوري من أنقرة على القصف.", date(2022, 12, 4)),
    ("استهدفت صواريخ أطلقتها طائرات حربية إسرائيلية، فجر اليوم الثلاثاء، ساحة الحاويات في ميناء اللاذقية. ولم يصدر أي "
     "تعليق من تل أبيب على القصف.", date(2021, 12, 28)),
])
def test_a_capital_that_comments_is_no_place_of_the_attack(events, text, published):
    [e] = events(text, published)
    assert len(e.evidence) == 2


# --- "من دون الإشارة إلى وقوع إصابات": casualties not mentioned, not none -----------------------

@pytest.mark.parametrize("text, published", [
    ("استهدفت صواريخ أطلقتها طائرات حربية إسرائيلية، فجر اليوم الثلاثاء، ساحة الحاويات في ميناء اللاذقية. وقالت "
     "الوكالة إن فرق الإطفاء عملت لساعات على إخماد الحرائق، من دون الإشارة إلى وقوع إصابات.", date(2021, 12, 28)),
    ("قصفت طائرة مسيرة تركية، مساء أمس الاثنين، موقعا على جبل قرة جوخ المطل على مخيم مخمور جنوب غرب أربيل، بحسب ما "
     "أفادت وسائل إعلام كردية، من دون الإشارة إلى سقوط ضحايا.", date(2023, 9, 12)),
])
def test_casualties_not_mentioned_are_unknown_not_none(events, text, published):
    [e] = events(text, published)
    assert (e.casualties.killed, e.casualties.wounded) == (None, None)


# --- "بعد منتصف ليل الأحد": a part of that night, not a bound -----------------------------------

@pytest.mark.parametrize("text, published, day", [
    ("سقط صاروخ كاتيوشا بعد منتصف ليل الأحد في محيط مطار بغداد الدولي، بحسب بيان لخلية الإعلام الأمني.",
     date(2020, 6, 15), "2020-06-14"),
    ("استهدف قصف مدفعي إسرائيلي بعد منتصف ليل الاثنين أطراف بلدة الخيام في جنوب لبنان.", date(2024, 1, 9), "2024-01-08"),
])
def test_after_midnight_of_a_night_is_that_night(events, text, published, day):
    [e] = events(text, published)
    assert e.date.value == day


# --- "واقتصرت أضراره على الماديات": only material damage, with the pronoun written -----------------

@pytest.mark.parametrize("text, published", [
    ("سقط صاروخ كاتيوشا بعد منتصف ليل الأحد في محيط مطار بغداد الدولي، واقتصرت أضراره على الماديات.", date(2020, 6, 15)),
    ("استهدف قصف مدفعي إسرائيلي بعد منتصف ليل الاثنين أطراف بلدة الخيام، واقتصرت خسائره على الماديات.", date(2024, 1, 9)),
])
def test_only_material_damage_with_a_pronoun_is_zero(events, text, published):
    [e] = events(text, published)
    assert (e.casualties.killed, e.casualties.wounded) == (0, 0)


# --- "أن الحصيلة بلغت ثلاثة شهداء": a tally that reached a count, on the day it was given ---------

@pytest.mark.parametrize("text, published, killed", [
    ("شنت طائرة حربية إسرائيلية ظهر اليوم غارة على منزل في بلدة عيتا الشعب جنوبي لبنان، ما أدى إلى تدميره بالكامل. "
     "وأعلنت وزارة الصحة العامة مساء اليوم أن الحصيلة بلغت ثلاثة شهداء.", date(2024, 9, 24), 3),
    ("استهدفت غارة جوية صباح اليوم الأحد سوقا شعبيا في مدينة معرة النعمان بريف إدلب الجنوبي. وقالت مصادر طبية مساء "
     "اليوم إن الحصيلة وصلت إلى سبعة قتلى.", date(2019, 7, 21), 7),
])
def test_a_tally_that_reached_a_count_counts_the_attack_told_before(events, text, published, killed):
    [e] = events(text, published)
    assert e.casualties.killed == killed


# --- "وكانت عبوة مماثلة قد انفجرت الأحد الماضي": a similar act told as earlier is another -------

@pytest.mark.parametrize("text, published, days", [
    ("قتل جندي وأصيب اثنان آخران بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي في قضاء الطارمية شمالي بغداد. وكانت "
     "عبوة مماثلة قد انفجرت الأحد الماضي على دورية أخرى في القضاء ذاته، من دون أن توقع إصابات.",
     date(2023, 2, 21), ["2023-02-21", "2023-02-19"]),
    ("أصيب سائق بجروح متوسطة بغارة شنتها مسيرة إسرائيلية على سيارته في بلدة الناقورة. وكانت غارة مماثلة قد استهدفت أمس "
     "سيارة عند مدخل الناقورة، من دون تسجيل إصابات.", date(2024, 7, 3), ["2024-07-03", "2024-07-02"]),
])
def test_a_similar_act_told_as_earlier_is_another(events, text, published, days):
    found = events(text, published)
    assert [e.date.value for e in found] == days and found[0].casualties.killed != 0


# --- "فيما كان ...": while, at the act's time -----------------------------------------------------

@pytest.mark.parametrize("text, published, day", [
    ("فجر انتحاري شاحنة مفخخة أمام مقر حزبي في مدينة السليمانية، فيما كان الأهالي يحتفلون مساء الثلاثاء بعيد "
     "نوروز.", date(2007, 3, 22), "2007-03-20"),
    ("سقطت قذيفة هاون على سوق شعبي في بلدة عين عيسى، فيما كان المتسوقون يتجمعون صباح الجمعة أمام المحال.",
     date(2019, 10, 30), "2019-10-25"),
])
def test_a_day_in_a_while_clause_is_the_acts(events, text, published, day):
    [e] = events(text, published)
    assert e.date.value == day
