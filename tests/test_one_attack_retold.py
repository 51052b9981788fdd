"""Articles that tell one attack several ways (headline, lead, a statement with its own date
word, a funeral, an inquiry) and articles that only name a past attack: sentences written for
these rules (acc14)."""
from datetime import date

import pytest


# --- a statement's own date is no second attack ----------------------------------------------

@pytest.mark.parametrize("text, published, day", [
    ("قتل ضابط وجنديان من الجيش العراقي، مساء الاثنين، بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الطارمية. "
     "وقالت خلية الإعلام الأمني في بيان صدر صباح اليوم الثلاثاء إن \"عبوة ناسفة انفجرت على عجلة تابعة للفرقة السادسة\".",
     date(2022, 10, 4), "2022-10-03"),
    ("اغتال مسلحون مجهولون، مساء الأربعاء، رئيس بلدية بلدة المزيريب في ريف درعا الغربي، بإطلاق النار عليه. "
     "وقال التجمع في بيان صباح الخميس إن \"مسلحين يستقلون دراجة نارية أطلقوا عدة رصاصات على رئيس البلدية\".",
     date(2022, 5, 19), "2022-05-18"),
])
def test_a_statement_dated_the_next_day_adds_detail_to_the_attack(events, text, published, day):
    [e] = events(text, published)
    assert e.date.value == day and len(e.evidence) == 2


# --- a plan is no attack ---------------------------------------------------------------------

@pytest.mark.parametrize("text, published", [
    ("وكان الجهاز قد أعلن أن المعتقلين كانوا يخططون لإطلاق صواريخ على المنطقة الخضراء ومطار بغداد الدولي.",
     date(2020, 6, 29)),
    ("وقالت الشرطة إن المسلحين خططوا لتفجير عبوة ناسفة قرب مبنى المخابرات في مدينة السلط.",
     date(2019, 11, 12)),
])
def test_a_plan_to_attack_is_no_attack(events, text, published):
    assert events(text, published) == []


# --- an attack named as what one was convicted of is no report of it ------------------------

@pytest.mark.parametrize("text, published", [
    ("الإعدام لمدان بتفجير سوق الوحيلات في مدينة الصدر", date(2022, 3, 10)),
    ("أصدرت محكمة أمن الدولة الأردنية، الثلاثاء، أحكاما بحق عدد من المتهمين في القضية المعروفة إعلاميا "
     "بـ\"خلية السلط\"، التي أدين أفرادها بالتورط في تفجير الفحيص عام 2018.", date(2019, 11, 12)),
])
def test_a_conviction_names_an_attack_without_reporting_it(events, text, published):
    assert events(text, published) == []


# --- an act named as the point a span starts from is no report of it ------------------------

@pytest.mark.parametrize("text, published", [
    ("ويقول الحوثيون إن هجماتهم تأتي تضامنا مع الفلسطينيين في غزة، حيث تشن إسرائيل حربا منذ هجوم السابع "
     "من تشرين الأول 2023.", date(2024, 12, 2)),
    ("ولم تشهد المدينة أي احتفال منذ تفجير الكنيسة في الموصل عام 2019.", date(2022, 12, 25)),
])
def test_an_act_after_since_is_a_point_in_time(events, text, published):
    assert events(text, published) == []


# --- the date after a statement with a long subject is the statement's ------------------------

@pytest.mark.parametrize("text, published, day", [
    ("مقتل مسلح أطلق النار على دورية للأمن العام في البحر الميت\n"
     "عمان – أعلنت مديرية الأمن العام الأردنية، فجر الثلاثاء، مقتل مسلح بعد أن أطلق النار من سلاح أوتوماتيكي على دورية أمنية في منطقة سويمة بلواء الشونة الجنوبية، ما أدى إلى إصابة اثنين من أفرادها.\n"
     "وقال الناطق الإعلامي باسم المديرية في بيان إن \"الدورية تعاملت مع مصدر النيران وفق قواعد الاشتباك، ما أدى إلى مقتل المسلح\"، مضيفا أن الحادثة وقعت قرابة الساعة الحادية عشرة من ليل الاثنين.",
     date(2023, 9, 12), "2023-09-11"),
    ("أعلنت قيادة شرطة محافظة ديالى العراقية، صباح الأحد، إصابة شرطيين بانفجار عبوة ناسفة في قضاء المقدادية. "
     "وقال مصدر أمني إن الانفجار وقع مساء السبت.", date(2023, 5, 7), "2023-05-06"),
])
def test_a_statement_day_after_a_long_subject_does_not_date_the_act(events, text, published, day):
    [e] = events(text, published)
    assert e.date.value == day


# --- "ويأتي الهجوم بعد ...": the attack told, in its context --------------------------------

@pytest.mark.parametrize("text, published", [
    ("استهدفت طائرة مسيرة مفخخة، صباح الأحد، معسكرا لقوات اللواء الرابع عمالقة في منطقة العند بمحافظة لحج، ما أدى "
     "إلى مقتل أربعة جنود. ويأتي الهجوم بعد أيام من تصعيد عسكري شهدته جبهات الضالع والبيضاء.", date(2021, 7, 13)),
    ("سقطت ثلاثة صواريخ مساء الاثنين على قاعدة عين الأسد الجوية في الأنبار دون أن تسفر عن إصابات. "
     "وجاء القصف بعد ساعات من زيارة قائد القيادة المركزية الأمريكية إلى أربيل.", date(2023, 11, 21)),
])
def test_an_attack_noun_after_a_verb_of_coming_is_the_attack_told(events, text, published):
    [e] = events(text, published)
    assert len(e.evidence) == 2


# --- a date after "منذ" and a noun dates what a span starts from --------------------------

@pytest.mark.parametrize("text, published, day", [
    ("اغتال مسلحون مجهولون، مساء الأربعاء، رئيس بلدية بلدة المزيريب في ريف درعا الغربي، بإطلاق النار عليه. "
     "ولم تتبن أي جهة عملية الاغتيال، فيما تشهد محافظة درعا فلتانا أمنيا منذ اتفاق التسوية عام 2018.",
     date(2022, 5, 19), "2022-05-18"),
    ("اختطف مسلحون مجهولون مهندسا في بلدة الصنمين بريف درعا، واقتادوه إلى جهة مجهولة. ولم تعلن أي جهة "
     "مسؤوليتها عن الخطف، فيما تشهد البلدة توترا منذ اتفاق التسوية عام 2018.", date(2023, 3, 13), "2023-03-13"),
])
def test_a_date_after_since_and_a_noun_is_not_the_attack_date(events, text, published, day):
    [e] = events(text, published)
    assert e.date.value == day


# --- the places before an anniversary are where it was commemorated ----------------------------

def test_the_place_of_a_commemoration_is_not_the_attack_place(events):
    found = events("وكانت دورية تابعة للكتيبة الإيرلندية قد تعرضت لإطلاق نار كثيف ليل 14 كانون الأول 2022 في بلدة "
                   "العاقبية بقضاء صيدا، ما أدى إلى مقتل الجندي شون روني وإصابة ثلاثة من زملائه. وأحيت الكتيبة "
                   "الإيرلندية في مقرها بجنوب لبنان، الخميس، الذكرى الأولى لمقتل روني بحضور قائد اليونيفيل.",
                   date(2023, 12, 14))
    assert len(found) == 1 and len(found[0].evidence) == 2
    [e] = events("أقيمت في قاعدة فورت مور بولاية جورجيا الأمريكية، الثلاثاء، مراسم لإحياء الذكرى الأولى لمقتل "
                 "ثلاثة جنود أمريكيين في هجوم على موقع عسكري في الأردن.", date(2025, 1, 28))
    assert (e.date.value, e.location.country_code) == ("2024-01-28", "JO")


# --- a place after "منذ" and a noun is where what a span starts from took place ---------------

@pytest.mark.parametrize("text, published", [
    ("وكانت طائرة مسيرة قد ضربت مساكن الجنود في البرج 22 في أقصى شمال شرقي الأردن فجر 28 كانون الثاني 2024، ما أدى "
     "إلى مقتل ثلاثة جنود. وكان الهجوم الأول الذي يقتل فيه جنود أمريكيون بنيران معادية في المنطقة منذ بدء الحرب "
     "في غزة.", date(2025, 1, 28)),
    ("استهدفت غارة بطائرة مسيرة سيارة قرب بلدة عيناتا مساء الأحد. وتعد الغارة الأولى منذ الانسحاب "
     "الإسرائيلي من مرجعيون.", date(2023, 11, 21)),
])
def test_a_place_after_since_and_a_noun_is_not_the_attack_place(events, text, published):
    [e] = events(text, published)
    assert len(e.evidence) == 2


# --- a later definite report at one of the places the attack was told at ----------------------

@pytest.mark.parametrize("text, published", [
    ("غارة إسرائيلية على بلدة في قضاء صور\nاستهدفت غارة إسرائيلية، فجر الثلاثاء، منزلا في بلدة البازورية بقضاء صور، "
     "ما أدى إلى مقتل ثلاثة أشخاص.\nوقالت وزارة الصحة اللبنانية في بيان لاحق إن الغارة على البازورية أدت إلى سقوط "
     "ثلاثة شهداء بينهم امرأة.", date(2024, 10, 15)),
    ("غارة إسرائيلية على بلدة في قضاء بنت جبيل\nاستهدفت غارة إسرائيلية، ظهر الأحد، منزلا في بلدة عيتا الشعب بقضاء "
     "بنت جبيل، ما أدى إلى مقتل شخصين.\nوأفادت الوكالة الوطنية للإعلام في وقت لاحق بأن الغارة على عيتا الشعب دمرت "
     "المنزل بالكامل.", date(2024, 10, 13)),
])
def test_the_attack_renamed_at_its_town_after_a_headline_at_its_district_is_one(events, text, published):
    [e] = events(text, published)
    assert len(e.evidence) == 3


# --- a tally broken down by kind of act ------------------------------------------------------

@pytest.mark.parametrize("text, published", [
    ("وأوضح التقرير أن الخروقات توزعت بين قصف مدفعي وإطلاق نار بالأسلحة المتوسطة والقناصة، وتركزت في جبهات تعز "
     "والضالع ومأرب وحجة.", date(2023, 4, 11)),
    ("وقال المرصد إن الهجمات التي وثقها في ريف إدلب تنوعت ما بين قصف صاروخي واستهداف بالطائرات المسيرة لبلدات "
     "جبل الزاوية وسرمين.", date(2023, 9, 2)),
])
def test_the_kinds_of_a_tally_are_no_attacks(events, text, published):
    assert events(text, published) == []


# --- a verb right after an indefinite series is its relative clause ---------------------------

@pytest.mark.parametrize("text, published", [
    ("ويتهم مسؤولون أمريكيون فصائل مسلحة موالية لإيران بالوقوف وراء سلسلة هجمات صاروخية استهدفت السفارة الأمريكية "
     "وقواعد تضم جنودا أمريكيين منذ تشرين الأول الماضي.", date(2020, 6, 29)),
    ("وتقول منظمات محلية إن غارات جوية استهدفت مدينة صعدة خلفت دمارا واسعا في الأحياء السكنية.",
     date(2021, 6, 14)),
])
def test_a_verb_after_an_indefinite_series_tells_the_series(events, text, published):
    assert events(text, published) == []


# --- a date before "بعد أسابيع من" / "بعد يومين من" and the act is the main predicate's ------

@pytest.mark.parametrize("text, published, day", [
    ("ناقش مجلس النواب العراقي، الاثنين، آليات تنفيذ القرار الذي صوت عليه الشهر الماضي بشأن إخراج القوات الأجنبية "
     "من البلاد، وذلك بعد أسابيع من الغارة الأمريكية التي قتلت قاسم سليماني وأبو مهدي المهندس قرب مطار بغداد.",
     date(2020, 2, 3), None),
    ("وصوت البرلمان العراقي في الخامس من كانون الثاني 2020، بعد يومين من الغارة الأمريكية التي قتلت قاسم سليماني "
     "قرب مطار بغداد، على قرار يدعو إلى إخراج القوات الأجنبية.", date(2020, 2, 3), "2020-01-03"),
])
def test_an_interval_before_the_act_moves_the_date_of_the_main_clause(events, text, published, day):
    [e] = events(text, published)
    assert e.date.value == day


# --- a definite noun restating a tally, with no act reported before it ----------------------

@pytest.mark.parametrize("text, published", [
    ("قال نائب مدير المركز الروسي للمصالحة في سوريا، يوم الاثنين، إن المركز سجل 14 حالة قصف من قبل تنظيمات إرهابية "
     "في منطقة خفض التصعيد في إدلب خلال الساعات الـ24 الماضية.\nوأوضح أن القصف استهدف مواقع في محافظات إدلب وحلب "
     "واللاذقية وحماة.", date(2021, 3, 8)),
    ("وسجلت الفرق الميدانية أكثر من 60 حالة قصف خلال الأسبوع الماضي على مناطق سيطرة قسد. وأفادت بأن القصف طال قرى "
     "في ريف عين العرب وتل تمر.", date(2021, 3, 8)),
])
def test_the_act_a_tally_counted_restated_by_a_definite_noun_is_no_act(events, text, published):
    assert events(text, published) == []


# --- devices found and detonated under control -------------------------------------------------

@pytest.mark.parametrize("text, published", [
    ("عثرت قوة من الجيش العراقي، صباح الأحد، على مخبأ يحتوي على 20 صاروخ كاتيوشا وعبوات ناسفة في بساتين قضاء "
     "المقدادية. وقال بيان لخلية الإعلام الأمني إن المخبأ يعود لبقايا عصابات داعش، وإن القوة فجرت العبوات تفجيرا "
     "مسيطرا عليه.", date(2022, 4, 10)),
    ("وعثرت القوات على ثلاث عبوات ناسفة في مخزن مهجور بقضاء بيجي، مساء الاثنين، وفجرتها فرق الهندسة تفجيرا مسيطرا "
     "عليه.", date(2022, 4, 10)),
])
def test_a_controlled_detonation_of_found_devices_is_no_attack(events, text, published):
    assert events(text, published) == []


# --- a device made ready to explode did not explode --------------------------------------------

def test_a_device_ready_to_explode_did_not_explode(events):
    assert events("عثرت قوة أمنية، صباح الأحد، على عبوتين ناسفتين معدتين للتفجير في بساتين قضاء المقدادية.",
                  date(2022, 4, 10)) == []
    [e] = events("وضبطت دورية للأمن الداخلي دراجة نارية مفخخة معدة للتفجير قرب دوار مدينة نوى في ريف درعا، مساء "
                 "الخميس.", date(2022, 4, 10))
    assert e.sub_event_type == "Disrupted weapons use"


# --- "قواعد الاشتباك", "خطوط الاشتباك": rules of engagement and front lines, no clash ----------

@pytest.mark.parametrize("text, published", [
    ("أكد نائب الأمين العام لحزب الله، الأحد، أن المقاومة لن تسمح لإسرائيل بتغيير قواعد الاشتباك في جنوب لبنان.",
     date(2024, 1, 7)),
    ("وقال الناطق الإعلامي باسم المديرية في بيان إن الدورية تتعامل مع أي مصدر للنيران في منطقة سويمة وفق قواعد "
     "الاشتباك.", date(2023, 9, 12)),
    ("وتشهد خطوط الاشتباك في ريف إدلب الجنوبي هدوءا حذرا منذ أيام.", date(2024, 1, 7)),
])
def test_rules_of_engagement_and_front_lines_are_no_clash(events, text, published):
    assert events(text, published) == []


# --- an attack in words, its verb and noun apart by a dated parenthesis --------------------------

@pytest.mark.parametrize("text", [
    "وشن زعيم التيار الصدري، السبت، هجوما حادا على الإطار التنسيقي في كلمة متلفزة من النجف.",
    "وشنت وزارة الخارجية الإيرانية، الأحد، هجوما لاذعا على السياسة الأمريكية في بيان صدر في طهران.",
])
def test_a_verbal_attack_with_a_date_between_its_verb_and_noun_is_no_attack(events, text):
    assert events(text, date(2024, 1, 7)) == []


# --- an aggression on sovereignty is said of a policy or an incursion, no attack -------------

@pytest.mark.parametrize("text", [
    "ووصفت الخارجية العراقية، الأربعاء، التوغل التركي في دهوك بأنه اعتداء على السيادة العراقية.",
    "واعتبر نواب، الخميس، قرار الحكومة اعتداء على سيادة البرلمان في بغداد.",
])
def test_an_aggression_on_sovereignty_is_no_attack(events, text):
    assert events(text, date(2024, 1, 7)) == []


# --- what something amounts to ("يمثل استهدافا", "يشكل اعتداء") is a judgement, no act -------------

@pytest.mark.parametrize("text", [
    "وقال النائب، الأحد، إن القرار يمثل استهدافا للمكون السني في محافظة الأنبار.",
    "وقالت منظمات محلية، الاثنين، إن قطع المياه عن مخيم الهول يشكل اعتداء على حقوق النازحين في ريف الحسكة.",
])
def test_what_something_amounts_to_is_no_attack(events, text):
    assert events(text, date(2024, 1, 7)) == []


# --- a campaign against arms, not with them -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأطلقت وزارة الداخلية، الثلاثاء، حملة لحصر السلاح بيد الدولة في محافظة البصرة.",
    "وأطلقت السلطات اللبنانية، الخميس، حملة لنزع السلاح من المخيمات الفلسطينية في بيروت.",
    "وشنت قوات الأمن، الأحد، حملة أمنية واسعة في أحياء مدينة الموصل بحثا عن مطلوبين.",
])
def test_a_campaign_against_arms_is_no_attack(events, text):
    assert events(text, date(2024, 1, 7)) == []


# --- character assassination, and a campaign one is subjected to ---------------------------------

@pytest.mark.parametrize("text", [
    "وتعرض رئيس البرلمان، الاثنين، لحملة اغتيال سياسي ومعنوي بحسب نواب من كتلته في بغداد.",
    "وقال الكاتب، الأحد، إنه يتعرض لاغتيال معنوي ممنهج من قبل جيوش إلكترونية في أربيل.",
])
def test_character_assassination_is_no_attack(events, text):
    assert events(text, date(2024, 1, 7)) == []


# --- "عمليات" in the name of a command or a sector is no series of acts ----------------------------

@pytest.mark.parametrize("text", [
    "تفقد وزير الدفاع العراقي، الأربعاء، القطعات العسكرية المنتشرة في قاطع عمليات الجزيرة غربي الأنبار، واطلع على "
    "الخطط الأمنية لتأمين الحدود مع سوريا.",
    "وقال قائد عمليات نينوى، الاثنين، إن القطعات تواصل تأمين الطرق الرابطة بين الموصل وسنجار.",
])
def test_operations_in_a_command_name_are_no_acts(events, text):
    assert events(text, date(2024, 1, 8)) == []


# --- explosions of a gas cylinder, a water main or a fire, and celebratory gunfire: accidents -------

@pytest.mark.parametrize("text", [
    "وقتل ثلاثة أشخاص وأصيب خمسة آخرون بانفجار قنينة غاز داخل مطعم في حي الجامعة ببغداد، مساء السبت.",
    "وانفجر أنبوب رئيسي لنقل المياه، صباح الأحد، في حي الكرادة وسط بغداد، ما أدى إلى غرق عدد من الشوارع.",
    "وكانت كميات ضخمة من نترات الأمونيوم مخزنة في العنبر رقم 12 في مرفأ بيروت قد انفجرت بعد اندلاع حريق، ما أدى "
    "إلى تدمير أحياء واسعة من العاصمة.",
    "وقالت الشرطة إن طفلا قتل برصاصة أطلقت ابتهاجا بعودة الحجاج في قضاء الزبير، مساء السبت.",
])
def test_an_accident_is_no_attack(events, text):
    assert events(text, date(2024, 1, 8)) == []


def test_a_bomb_in_a_restaurant_is_still_an_attack(events):
    [e] = events("وقتل ثلاثة أشخاص بانفجار عبوة ناسفة داخل مطعم في حي الجامعة ببغداد، مساء السبت.", date(2024, 1, 8))
    assert e.sub_event_type == "Remote explosive/landmine/IED"


# --- a neighbourhood whose name only a foreign town has ------------------------------------------

def test_a_cued_name_only_foreign_towns_have_is_a_local_unlisted_place(events):
    [e] = events("قتل مدنيان، مساء الأحد، بانفجار عبوة ناسفة في حي الشهداء بمدينة درعا جنوبي سوريا.", date(2024, 1, 8))
    assert e.location.country_code == "SY"
    found = events("نجا مدير بلدية قضاء الزبير من محاولة اغتيال، ليل الأحد-الاثنين، بعد انفجار عبوة لاصقة وضعت أسفل "
                   "سيارته الحكومية أمام منزله في حي الشهداء، ما أسفر عن إصابة سائقه بجروح طفيفة.", date(2025, 6, 2))
    assert len(found) == 1 and found[0].location.country_code == "IQ"


# --- a police command's city is an office's name, not where the bomb went off ----------------------

@pytest.mark.parametrize("text", [
    "انفجرت عبوة لاصقة، ليل الأحد، أسفل سيارة مدير بلدية قضاء الزبير. وقال مصدر في قيادة شرطة البصرة إن العبوة "
    "انفجرت بعد دقائق من صعود السائق إلى السيارة.",
    "أصيب شرطيان، مساء السبت، بانفجار عبوة ناسفة استهدفت دوريتهما في قضاء أبو الخصيب. وقال ضابط في قيادة شرطة "
    "البصرة إن الانفجار أدى إلى تضرر العجلة.",
])
def test_a_police_command_names_no_place_of_the_attack(events, text):
    [e] = events(text, date(2025, 6, 2))
    assert len(e.evidence) == 2


# --- the funeral of an attack's dead, with its own day and place ---------------------------------

@pytest.mark.parametrize("text", [
    "شنت طائرات أمريكية، فجر السبت، غارات على مواقع لفصائل مسلحة في قضاء القائم قرب الحدود السورية، ما أسفر عن "
    "مقتل 16 شخصا.\nوشيعت هيئة الحشد الشعبي، الأحد، قتلى الغارات في بغداد.",
    "قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل مساء الجمعة. وشيع أهالي مدينة إدلب، السبت، ضحايا القصف في مقبرة "
    "المدينة.",
])
def test_the_funeral_of_the_dead_is_no_second_attack(events, text):
    [e] = events(text, date(2024, 2, 5))
    assert len(e.evidence) == 2
