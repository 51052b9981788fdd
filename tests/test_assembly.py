"""Event assembly as a discourse model: what reports an act, which arguments an act owns,
which reports are one attack. Each test is a pattern of news Arabic, written for these
tests (two sentences of a pattern where the rule is not obvious)."""
from datetime import date

import pytest

from q7x2.article import Article


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text, published=date(2024, 2, 8)):
        return pipeline.extract(Article(id="t", text=text, published=published))
    return run


@pytest.fixture(scope="module")
def explain(pipeline):
    def run(text, published=date(2024, 2, 8)):
        return pipeline.explain(Article(id="t", text=text, published=published))
    return run


# --- factuality: what the text says did not happen -----------------------------------------

@pytest.mark.parametrize("sentence", [
    # a denial governs the act it names, however far its subject stretches
    "نفت قيادة العمليات المشتركة سقوط أي قذائف على مطار بغداد الدولي.",
    "ونفى مصدر في وزارة الدفاع تعرض قاعدة عين الأسد لقصف صاروخي.",
    # ... however long the subject of the passive verb between the denial and the attack noun
    "ونفت قيادة العمليات المشتركة، اليوم، أنباء عن تعرض مقر اللواء 30 في سهل نينوى شرقي مدينة الموصل لقصف بطائرة مسيرة.",
    "ونفى مصدر في وزارة الدفاع تعرض رتل للدعم اللوجستي على الطريق الدولي قرب مدينة الناصرية لهجوم بعبوة ناسفة.",
    # an arrest reports no act, nor does what is joined to it by و
    "أعلنت خلية الإعلام الأمني القبض على مجموعة متورطة في قصف مطار أربيل بالصواريخ وضبط منصة إطلاق.",
    "واعتقلت القوات الأمنية ثلاثة أشخاص متهمين بإطلاق صواريخ على قاعدة بلد الجوية وتفجير عبوة ناسفة.",
    # a series of attacks stepped up is no attack of its own
    "كثفت الجماعات الموالية لإيران هجماتها على القواعد الأمريكية.",
    # any attack at all, not one that happened
    "وأكدت الحكومة أنها ستحمي البعثات من أي هجوم صاروخي على المنطقة الخضراء.",
    # a campaign of battles, no single fight
    "وأضاف أن المدان شارك في تفخيخ عجلات استخدمت ضد القوات الأمنية أثناء معارك التحرير.",
    "وتضررت آلاف المنازل في الجانب الأيمن من المدينة خلال معارك تحرير الموصل.",
])
def test_what_did_not_happen_is_no_event(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    "وقال التقرير إن معظم الضربات تركزت في ريف القامشلي، واستهدفت سيارات ومقرات لقوات سوريا الديمقراطية.",
    "وأوضح المرصد أن الغارات تكررت في قرى جبل الزاوية، وقتلت عشرات المدنيين منذ مطلع العام.",
])
def test_a_verb_that_goes_on_telling_a_series_is_no_act(events, sentence):
    """"إن معظم الضربات تركزت ...، واستهدفت سيارات": the verb after the comma has the
    series for subject; it tells the series, not one act."""
    assert events(sentence) == []


def test_a_verb_after_an_act_and_a_series_is_an_act(events):
    found = events("وشنت الطائرات الحربية غارات على مواقع في ريف إدلب، واستهدفت منزلا في بلدة سرمين مساء الأحد.")
    assert found and all(e.sub_event_type == "Air/drone strike" for e in found)


@pytest.mark.parametrize("sentence", [
    # an act after the first on the list shares its charge ...
    "وأيدت محكمة الاستئناف في الرباط الحكم على المتهمين بعد إدانتهما بتهم تكوين عصابة إجرامية والاعتداء على "
    "حياة الأشخاص، وصنع متفجرات، وحيازة أسلحة دون ترخيص، والسرقة والقتل العمد مع سبق الإصرار.",
    "ودانت المحكمة في عمان خمسة متهمين بالتخطيط لأعمال إرهابية وتفجير فندق، وحيازة مواد متفجرة، وتمويل جماعة "
    "محظورة، واغتيال ضابط في المخابرات.",
    # ... and the charge governs an act at the end of a list longer than its window
    "وحكمت المحكمة الجنائية في بغداد على ثلاثة متهمين بالإعدام بتهم الانتماء إلى جماعة مسلحة، وتزوير وثائق "
    "رسمية، وحيازة متفجرات، واختطاف مهندس أجنبي.",
    "وأصدرت محكمة الجنايات في القاهرة حكمها على المتهم بتهم الانضمام إلى جماعة محظورة، وتزوير جوازات سفر، "
    "وتهريب أموال، وتفجير عبوة ناسفة قرب مركز للشرطة في الجيزة.",
])
def test_a_charge_governs_the_whole_list_of_acts_it_names(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("text, place", [
    ("وشن الطيران الحربي الإسرائيلي ظهرا غارة على منزل في بلدة عيترون، إذ كان سكانه قد نزحوا منه منذ أشهر.",
     "عيترون"),
    ("وقصفت المدفعية التركية مساء الأحد مدرسة في بلدة تل تمر، علما أن المدرسة مغلقة منذ سنوات.", "تل تمر"),
])
def test_a_habit_told_in_an_aside_after_the_act_is_not_the_acts(events, text, place):
    [e] = events(text)
    assert e.location.name_ar == place


@pytest.mark.parametrize("sentence", [
    "وتواصل الفصائل المسلحة إطلاق الصواريخ على المواقع العسكرية في محافظة ديالى.",
    "وواصلت الطائرات قصف القرى الحدودية في قضاء سنجار رغم الدعوات إلى التهدئة.",
])
def test_acts_kept_up_over_time_are_no_single_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    "ويعمد المسلحون إلى اختطاف التجار من أسواق مدينة الموصل وطلب فدية من ذويهم.",
    "وتقول الشرطة إن البساتين المحيطة بالبلدة تستخدم لإطلاق قذائف الهاون على قاعدة بلد الجوية.",
])
def test_an_act_done_as_a_practice_is_no_single_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    "وقال المحافظ إن المدينة عاشت دوامة القتل والتفجير منذ سقوط النظام في بغداد.",
    "وناقشت الندوة في بغداد الإجراءات الوقائية من خطف الأطفال في المدارس.",
])
def test_a_kind_of_act_as_a_phenomenon_is_no_single_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    # aimed at a policy or a faith, however far after the noun, and by the verb that launches it
    "وشن رئيس الوزراء في كلمته أمام البرلمان هجوما على سياسة الحكومة الأمريكية في العراق.",
    "وندد المجلس بهجوم وزير الداخلية، أمس، على الإسلام والمسلمين في أوروبا.",
    # said as words
    "وشن النائب هجوما لاذعا على وزير الدفاع خلال جلسة البرلمان في بغداد.",
])
def test_an_attack_in_words_is_no_event(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    "وقال الخبير إن فقاعة أسعار العقارات في دبي ظلت تكبر حتى انفجرت مطلع العام.",
    "وأدى انفجار الأسعار في أسواق بغداد إلى احتجاجات واسعة.",
])
def test_a_figurative_explosion_is_no_event(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    "وأكد رئيس الوزراء أن الحكومة لن تسمح باستهداف السفارات والبعثات الدبلوماسية في المنطقة الخضراء ببغداد.",
    "وقال زعيم الجماعة في خطاب مساء الخميس إن قواته مستعدة لضرب القواعد الأمريكية في قاعدة العديد وقاعدة الظفرة.",
    "وقالت الفصائل إنها قادرة على استهداف القواعد الأمريكية في عين الأسد وحرير في أي وقت.",
])
def test_an_act_allowed_or_one_is_ready_or_able_to_do_is_no_event(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    "نفذت وحدات من الجيش السوري مناورات بالذخيرة الحية في ريف حمص شاركت فيها الدبابات والمدفعية.",
    "أجرى الجيش الإيراني، صباح اليوم، تمرينا عسكريا قرب مضيق هرمز أطلق خلاله صواريخ كروز على أهداف بحرية.",
])
def test_a_military_drill_is_no_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    # a tactical exercise, and the attack it simulates
    "نفذ الجيش تمرينا تعبويا حاكى التصدي لهجمات بالطائرات المسيرة على منشآت حيوية في محافظة المفرق.",
    "أجرت قوات حرس الحدود تمرينا تعبويا حاكى صد هجوم بطائرات مسيرة على مخافر الحدود في محافظة المفرق.",
    # the exercise a few words after the verb, a time between; what is shot at in it
    "نفذت القوات المسلحة الأردنية، صباح الثلاثاء، تمرينا تعبويا بمشاركة المروحيات في محافظة المفرق.",
    "وجرى خلال التمرين إسقاط أهداف جوية وهمية بصواريخ أرض-جو في محافظة المفرق.",
    # the exercise after a long subject and a day between commas; targets that are assumed
    "نفذت وحدات من القوات المسلحة الأردنية - الجيش العربي، مساء الأحد، تمرينا عسكريا في محافظة المفرق.",
    "واستخدمت في التمرين الدبابات والمدفعية وراجمات الصواريخ لتدمير أهداف افتراضية في بادية المفرق.",
])
def test_a_tactical_exercise_and_what_it_simulates_are_no_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    # fire the text names as training: the sorties a drill's aircraft carried out, the training
    # shots the explosions heard came from, what the forces trained on
    "وجرى التمرين في ميادين الرماية شرق محافظة المفرق بإسناد من طائرات سلاح الجو التي نفذت غارات تدريبية على الأهداف المحددة.",
    "وأوضحت قيادة العمليات أن أصوات الانفجارات في بعقوبة تعود إلى رمايات تدريبية بالمدفعية نفذتها الفرقة الخامسة صباح اليوم.",
    "كما تدربت القوات المشاركة على التصدي لهجوم بطائرات مسيرة معادية قرب الحدود في محافظة المفرق.",
])
def test_fire_named_as_training_is_no_attack(events, sentence):
    assert events(sentence) == []


def test_a_strike_on_a_training_site_is_an_attack(events):
    assert len(events("استهدفت غارة جوية منشأة تدريبية في بلدة القصير غرب حمص مساء اليوم.")) == 1


@pytest.mark.parametrize("sentence", [
    # an act noun joined by و to a noun of many acts or of fighting at large: more of the same
    "ويناقش الوفدان تثبيت الهدنة بعد أشهر من تبادل الاتهامات بشأن الخروقات والقصف المتبادل في جبهات تعز ومأرب.",
    "وقال المكتب اليوم إن آلاف الأشخاص نزحوا جراء الأعمال العدائية والقصف في ريف إدلب الجنوبي.",
])
def test_an_act_noun_joined_to_acts_at_large_is_no_single_act(events, sentence):
    assert events(sentence) == []


def test_an_act_joined_to_an_act_at_large_of_its_own_is_an_act(events):
    assert len(events("وسجلت خروقات عدة في ريف إدلب، وقصفت قوات النظام بلدة كفرنبل بقذائف الهاون مساء اليوم.")) == 1


@pytest.mark.parametrize("sentence", [
    # a relative verb whose object pronoun is what the sentence told before it: a disposal, a seizure
    "وقالت الخلية إن الأصوات التي سمعها الأهالي صباح اليوم ناجمة عن تفجير مسيطر عليه نفذته مفارز الهندسة لقنابر هاون قديمة في قضاء طوزخورماتو.",
    "وأعلنت الوزارة اليوم ضبط كدس للأسلحة ومواد مخدرة في عملية نفذتها قوة من الاستخبارات في قضاء المحمودية جنوب بغداد.",
])
def test_a_relative_verb_on_a_disposal_or_a_seizure_is_no_attack(events, sentence):
    assert events(sentence) == []


def test_a_relative_verb_on_an_attack_is_that_attack(events):
    assert len(events("قتل جنديان في هجوم نفذه مسلحون على نقطة للجيش في قضاء طوزخورماتو صباح اليوم.")) == 1


@pytest.mark.parametrize("text", [
    # the definite noun is the clash of words (the attack in words) named before it
    "شهدت جلسة مجلس النواب، اليوم الأربعاء، اشتباكا كلاميا حادا بين نائبين. وبدأ الاشتباك عندما انتقد أحدهما وزير المالية، "
    "قبل أن يتدخل حرس المجلس لفض الاشتباك في القاعة.",
    "شن رئيس الكتلة، اليوم، هجوما لاذعا على الحكومة في مدينة البصرة. وقال نواب الكتلة الأخرى إن الهجوم لا يخدم إلا خصوم البلاد.",
    # an attack in words undergone
    "وقال النائب للصحفيين في مدينة البصرة اليوم إنه تعرض لهجوم لفظي لا يمكن السكوت عنه.",
])
def test_an_act_noun_that_refers_back_to_words_is_no_attack(events, text):
    assert events(text) == []


def test_an_act_noun_after_words_and_an_attack_is_the_attack(events):
    text = ("شهدت جلسة البرلمان اشتباكا كلاميا بين نائبين. وفي البصرة، قتل شرطي في اشتباك مع مسلحين في حي الجمعيات "
            "مساء اليوم. وأسفر الاشتباك أيضا عن إصابة مسلح.")
    assert len(events(text)) == 1


@pytest.mark.parametrize("sentence", [
    # what a count of acts included
    "وقال فريق الرصد إن المليشيا ارتكبت أكثر من 150 خرقا للهدنة في تعز خلال الشهر الماضي، شملت القنص والقصف المدفعي على الأحياء السكنية.",
    "ووثق المرصد 37 اعتداء على المزارعين في ريف حماة منذ مطلع الشهر، تضمنت قصفا بالمدفعية وإطلاق نار.",
])
def test_the_kinds_a_count_of_acts_included_are_no_act(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    # a dispute ended by elders, a fight kept from happening, disputes now and then
    "نجح شيوخ ووجهاء العشائر، اليوم الخميس، في إنهاء نزاع عشائري بين عشيرتين في قضاء قلعة صالح بمحافظة ميسان.",
    "وجهاء البصرة ينهون نزاعا عشائريا في قضاء الزبير قبل تحوله إلى اشتباكات",
    "وتمكنت الشرطة من احتواء الخلاف في ناحية كميت دون أن يتطور إلى مواجهات مسلحة بين الطرفين.",
    "وتشهد ناحية كميت بين حين وآخر نزاعات عشائرية تستخدم فيها الأسلحة المتوسطة.",
])
def test_a_dispute_settled_or_a_fight_averted_is_no_clash(events, sentence):
    assert events(sentence) == []


def test_a_tribal_fight_the_police_came_to_end_is_a_clash(events):
    assert len(events("قتل شخصان في نزاع عشائري مسلح في ناحية كميت شمال العمارة اليوم، وتدخلت قوة أمنية لإنهاء الاشتباكات.")) == 1


@pytest.mark.parametrize("text", [
    "قتل عنصران من قوات سوريا الديمقراطية، ظهر اليوم، جراء استهداف طائرة مسيرة تركية سيارتهما في بلدة تل حميس بريف القامشلي. "
    "وبذلك، يرتفع إلى 41 عدد الاستهدافات الجوية التي نفذتها المسيرات التركية منذ مطلع العام الجاري، أسفرت عن مقتل 37 شخصا.",
    "قتل عنصران من قوات النظام، مساء اليوم، بانفجار عبوة ناسفة بسيارتهما في بلدة الصنمين بريف درعا. "
    "ويرتفع بذلك عدد الهجمات التي استهدفت قوات النظام في المحافظة منذ مطلع الشهر إلى 14، أسفرت عن مقتل 19 عنصرا.",
])
def test_the_toll_of_a_series_counted_since_a_day_is_not_the_attacks(events, text):
    [event] = events(text)
    assert event.casualties.killed == 2


@pytest.mark.parametrize("text", [
    "أطلق مسلحون مجهولون النار على منزل نائب في مدينة البصرة فجر اليوم دون إصابات. وفي بغداد، اتهم زملاء النائب "
    "جهات سياسية بالوقوف وراء الاعتداء خلال جلسة مجلس النواب.",
    "قتل شرطي بهجوم مسلح على نقطة تفتيش في قضاء الزبير مساء اليوم. وفي بغداد، اتهمت كتلة برلمانية جهات خارجية "
    "بالوقوف وراء الهجوم.",
])
def test_an_accusation_elsewhere_refers_to_the_attack_told(events, text):
    [event] = events(text)
    assert event.location.admin1_code == "IQ-BA"


@pytest.mark.parametrize("text", [
    "أصيب خمسة متظاهرين بجروح، ليل الأربعاء، إثر هجوم شنه مسلحون مجهولون على خيام المعتصمين في مدينة الناصرية، "
    "وقال ناشطون إن القوات الأمنية لم تتدخل.",
    "أطلق مسلحون مجهولون النار على المحتجين قرب مبنى المحافظة في مدينة البصرة مساء الأربعاء، وسط غياب القوات الأمنية.",
])
def test_protesters_shot_at_are_civilians_attacked(events, text):
    [event] = events(text)
    assert (event.sub_event_type, event.target.type) == ("Attack", "civilian")


@pytest.mark.parametrize("sentence", [
    # battles an anniversary remembers: history, no act reported
    "أحيت قيادة الجيش، صباح اليوم، الذكرى الثامنة عشرة لانتهاء معارك مخيم نهر البارد شمال لبنان.",
    "الجيش يحيي ذكرى شهدائه في معارك مخيم نهر البارد",
    "وأقامت البلدية، اليوم، حفلا في الذكرى العاشرة للمعارك التي شهدتها مدينة الرمادي مع تنظيم داعش.",
])
def test_battles_an_anniversary_remembers_are_no_clash(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    # fighting that has stopped since a time: a state, no act
    "وأكد المبعوث الأممي، اليوم، أن المعارك الكبرى في جبهات تعز ومأرب توقفت منذ نيسان الماضي.",
    "وقال مصدر محلي إن الاشتباكات في ريف دير الزور الشرقي متوقفة منذ أسابيع.",
])
def test_fighting_stopped_since_a_time_is_no_clash(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    # a fight that did not take place
    "وقال الجيش إن وحداته تصدت لمحاولة تهريب مخدرات على الحدود الشمالية فجر اليوم دون وقوع اشتباك.",
    "وانتشرت قوة أمنية في ناحية كميت مساء اليوم، ونجحت في الفصل بين العشيرتين من دون حدوث اشتباكات.",
])
def test_an_act_that_did_not_occur_is_no_event(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    # blasts of fireworks, a tyre burst: no weapon
    "ودوت انفجارات ناجمة عن ألعاب نارية في سماء بغداد احتفالا بفوز المنتخب مساء أمس.",
    "وانفجرت إطارات سيارة على الطريق الدولي قرب الرمادي صباح اليوم ما أدى إلى انقلابها ومقتل سائقها.",
])
def test_fireworks_and_a_burst_tyre_are_no_explosion_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    # fire aimed at nothing: shots into the air, a salute
    "وشهدت مدينة السويداء أمس احتجاجات واسعة تخللها إطلاق نار في الهواء لتفريق المحتجين.",
    "وأطلق الجيش الأردني، اليوم، 21 طلقة مدفعية تحية للعلم في عمان.",
    "وأقيم احتفال مركزي عند النصب التذكاري في الكرامة اليوم، أطلقت خلاله المدفعية إحدى وعشرين طلقة تحية لأرواح الشهداء.",
])
def test_fire_into_the_air_or_a_salute_is_no_attack(events, sentence):
    assert events(sentence) == []


def test_fire_into_the_air_beside_an_attack_leaves_the_attack(events):
    assert len(events("أطلق مسلحون النار على سيارة في حي الجمعيات بالبصرة مساء اليوم، فيما أطلق آخرون النار في الهواء.")) == 1


@pytest.mark.parametrize("sentence", [
    # fights in politics and in court
    "وتشهد الساحة السياسية معارك حامية بين الكتل قبل الانتخابات المقررة في تشرين الأول المقبل في بغداد.",
    "ويخوض الحزبان معارك قضائية في محاكم بغداد منذ مطلع الشهر الجاري.",
])
def test_fights_in_politics_and_in_court_are_no_clash(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    # football told in words of war
    "قصف فريق القوة الجوية شباك غريمه الزوراء بثلاثة أهداف دون رد مساء اليوم الخميس على ملعب الشعب الدولي في بغداد.",
    "وشن الفيصلي هجوما مبكرا أثمر عن الهدف الأول في الدقيقة الثامنة على ستاد عمان الدولي مساء اليوم.",
    "وأطلق لاعب الوسط قذيفة صاروخية من خارج منطقة الجزاء استقرت في الزاوية البعيدة في ملعب الشعب ببغداد مساء اليوم.",
])
def test_football_told_in_words_of_war_is_no_attack(events, sentence):
    assert events(sentence) == []


def test_a_strike_on_a_stadium_is_an_attack(events):
    assert len(events("قصفت المدفعية ملعب المدينة الرياضي في بلدة كفرنبل بريف إدلب مساء اليوم.")) == 1


@pytest.mark.parametrize("sentence", [
    # a crowd dispersed with tear gas or rubber bullets
    "وأطلقت قوات الاحتلال الإسرائيلي قنابل الغاز المسيل للدموع على المتظاهرين في بلدة بيتا جنوب نابلس اليوم.",
    "وأطلقت قوات مكافحة الشغب الرصاص المطاطي على المحتجين قرب جسر الجمهورية في بغداد مساء اليوم.",
])
def test_a_crowd_dispersed_is_no_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    # a call or a plan to stop such acts
    "وبحث الوزيران في بغداد اليوم سبل وقف الهجمات على البعثات الدبلوماسية.",
    "وطالب مجلس المحافظة اليوم بوقف القصف على القرى الحدودية في ريف إدلب فورا.",
])
def test_a_call_to_stop_attacks_is_no_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("text", [
    # a fight with bare hands, and the fight it names again
    "وقالت مصادر محلية إن اشتباكا بالأيدي وقع بين عدد من الشبان في سوق المدينة بالرمادي مساء أمس.",
    "اشتباك بالأيدي بين نائبين يرفع جلسة البرلمان في بغداد اليوم\nوبدأ الاشتباك في القاعة عندما انتقد أحدهما وزير المالية.",
])
def test_a_fight_with_bare_hands_is_no_clash(events, text):
    assert events(text) == []


@pytest.mark.parametrize("sentence", [
    # flights that watch, not strike
    "ونفذت طائرات الجيش العراقي اليوم طلعات استطلاعية فوق صحراء الأنبار دون رصد أي تحركات.",
    "وشنت طائرات التحالف الدولي، مساء أمس، طلعات جوية استطلاعية فوق ريف دير الزور الشرقي.",
])
def test_reconnaissance_flights_carried_out_are_no_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("text", [
    # "ذلك اليوم" is a day told before, not today
    "قتل مدنيان بقصف مدفعي على بلدة كفرنبل في ريف إدلب في الخامس من كانون الثاني الماضي. وفي مساء ذلك اليوم، "
    "استهدفت غارة جوية منزلا في بلدة سرمين.",
    "سقطت ثلاثة صواريخ على قاعدة عين الأسد في الخامس من كانون الثاني الماضي. وفي فجر ذلك اليوم، انفجرت عبوة ناسفة "
    "برتل للدعم اللوجستي في قضاء الرطبة.",
])
def test_that_day_is_the_day_told_before_not_today(events, text):
    assert [e.date.value for e in events(text)] == ["2024-01-05", "2024-01-05"]


@pytest.mark.parametrize("sentence", [
    "وفي قضاء الطارمية، نفذت القوات الأمنية عملية تفتيش واسعة بحثا عن مطلوبين، من دون تسجيل أي حادث.",
    "وشنت قوات الشرطة، فجر اليوم، حملة دهم وتفتيش في حي الجمهورية بمدينة الموصل.",
])
def test_a_search_carried_out_is_no_attack(events, sentence):
    assert events(sentence) == []


def test_a_fight_during_a_search_is_still_a_clash(events):
    [e] = events("ونفذت القوات الأمنية عملية تفتيش في قرية قرب الحويجة، واشتبكت مع مسلحين من تنظيم داعش، "
                 "ما أدى إلى مقتل جندي.")
    assert e.sub_event_type == "Armed clash"


@pytest.mark.parametrize("sentence", [
    "وأسقطت قوات حرس الحدود الأردنية فجر اليوم طائرة مسيرة محملة بالمخدرات قادمة من الأراضي السورية في محافظة المفرق.",
    "وأحبطت القوات المسلحة مساء الثلاثاء محاولة تهريب كميات من الكبتاغون بطائرة مسيرة في المنطقة العسكرية الشرقية.",
])
def test_a_drone_stopped_with_drugs_is_smuggling_no_attack(events, sentence):
    assert events(sentence) == []


def test_a_drone_stopped_with_explosives_is_still_disrupted_weapons_use(events):
    [e] = events("وأسقطت الدفاعات الجوية طائرة مسيرة مفخخة حاولت استهداف قاعدة عين الأسد فجر اليوم.")
    assert e.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("sentence", [
    "وأعلن جهاز الأمن الوطني اعتقال خلية كانت تخطط لتفجير عبوات ناسفة في سوق شعبي وسط مدينة بعقوبة، "
    "وضبط بحوزتها حزامين ناسفين.",
    "وألقت الشرطة القبض على مطلوب في حي الصناعة بمدينة الرمادي مساء الأحد، وضبطت بحوزته عبوتين ناسفتين معدتين للتفجير.",
])
def test_weapons_seized_in_someones_possession_are_no_attack_stopped(events, sentence):
    assert events(sentence) == []


def test_a_launcher_found_set_to_fire_is_still_disrupted_weapons_use(events):
    [e] = events("وعثرت القوات الأمنية على منصة إطلاق وعليها ثلاثة صواريخ معدة للإطلاق في منطقة أبو غريب، "
                 "وتمكنت من تفكيكها قبل انطلاقها.")
    assert e.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("sentence", [
    "وأكدت الشرطة أن الانفجار الذي وقع في مستودع للأسلحة في قضاء المسيب مساء الأحد نجم عن تماس كهربائي.",
    "وقال الدفاع المدني إن انفجار مخزن العتاد في قاعدة الصقر جنوب بغداد فجر اليوم ناجم عن ارتفاع درجات الحرارة.",
])
def test_an_explosion_caused_by_a_fire_or_the_heat_is_no_attack(events, sentence):
    assert events(sentence) == []


def test_a_fire_an_attack_caused_leaves_it_an_attack(events):
    [e] = events("وانفجرت عبوة ناسفة على دورية للجيش في قضاء الطارمية مساء الأحد، ما أدى إلى اندلاع حريق في إحدى العجلات.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"


def test_a_training_centre_hit_is_still_an_attack(events):
    [e] = events("استهدفت غارة إسرائيلية مركز تدريب تابعا لحزب الله في بلدة القصير، مساء أمس.")
    assert e.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("sentence", [
    "وقالت الحركة في بيان، الأحد، إن قصف المستوطنات في غلاف غزة بالصواريخ سيتواصل حتى رفع الحصار.",
    "وقال المتحدث باسم الجماعة في مؤتمر صحفي، اليوم، إن الهجمات على السفن الأمريكية في البحر الأحمر ستستمر حتى وقف الحرب.",
])
def test_attacks_said_to_go_on_are_planned(events, sentence):
    assert events(sentence) == []


def test_going_on_after_a_comma_is_another_clause(events):
    [e] = events("قتل جنديان في هجوم بعبوة ناسفة على دورية في مدينة درعا، والمعارك ستستمر.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"


def test_an_attack_on_the_seat_of_a_government_is_an_event(events):
    [e] = events("وشن مسلحون هجوما على مقر الحكومة المحلية في بعقوبة.")
    assert e.location.name == "Baquba"


@pytest.mark.parametrize("sentence", [
    "وقتل أكثر من 40 شخصا خلال الأسابيع الثلاثة الماضية في هجمات بسيارات مفخخة في مدينة بعقوبة.",
    "وقال المتحدث إن القوات الأمنية قتلت 35 مسلحا خلال الأسبوع الماضي في محافظة ديالى.",
])
def test_a_toll_over_a_span_of_weeks_is_a_tally_not_an_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    # a periodic tally of a monitor, and deaths told over scattered incidents
    "وأوضحت الشبكة في حصيلتها الشهرية أن 12 مدنيا قتلوا بقصف مدفعي على قرى ريف حماة الشمالي.",
    "كما قتل 15 شخصا برصاص مسلحين مجهولين في ظروف مختلفة في محافظة درعا.",
    "وأصيب سبعة أشخاص بانفجار ألغام في حوادث متفرقة في ريف دير الزور الشرقي.",
])
def test_a_periodic_tally_or_scattered_incidents_are_no_single_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    # tolls told over operations, and campaigns of many acts
    "وأوضح البيان أن أحد عناصر القوات العراقية قتل وجرح سبعة آخرون في إطار هذه العمليات العسكرية في محافظة ديالى.",
    "وقتل جندي وأصيب ثلاثة آخرون خلال الحملة الأمنية في قضاء الطارمية.",
    "وشن الجيش السوري حملة عسكرية واسعة على معاقل المسلحين في جبل الزاوية بريف إدلب.",
    "وشنت قوات الأمن حملة قمع في أحياء مدينة حمص القديمة بعد الظهر.",
])
def test_tolls_over_operations_and_campaigns_are_no_single_attack(events, sentence):
    assert events(sentence) == []


def test_a_toll_of_one_attack_is_still_an_attack(events):
    [e] = events("وقتل 15 شخصا برصاص مسلحين مجهولين هاجموا حافلة في محافظة درعا مساء الثلاثاء.")
    assert e.casualties.killed == 15


@pytest.mark.parametrize("sentence", [
    "وقال إن الفكر الذي كان لدى الخلية ضرب المنشآت النفطية وقطع الإمداد عن القوات.",
    "واشتكى السكان من أن عناصر الميليشيا يتعدون عليهم بالضرب ويغلقون الشوارع.",
])
def test_the_verbal_noun_of_hitting_reports_no_attack_without_a_place(events, sentence):
    assert events(sentence) == []


def test_hitting_with_a_place_is_still_an_attack(events):
    [e] = events("وضرب انتحاري سوقا شعبيا في مدينة كركوك صباح الأحد.")
    assert e.location.name is not None


def test_a_span_cut_off_by_a_comma_is_not_the_attack_span(events):
    [e] = events("وزار الوفد خلال الأيام الخمسة التي استغرقتها الجولة، بلدة بن طلحة التي شهدت عام 1997 "
                 "مذبحة راح ضحيتها 400 شخص.")
    assert e.date.value == "1997"


def test_a_denied_role_is_not_a_denied_attack(events):
    [e] = events("ونفت كتائب حزب الله مسؤوليتها عن القصف الصاروخي على قاعدة عين الأسد مساء الاثنين.")
    assert e.location.name == "Ain al-Asad Air Base" and e.date.value == "2024-02-05"


def test_qad_before_a_past_verb_reports_what_happened(events):
    [e] = events("وكانت الفصائل قد قصفت قاعدة التنف يوم الخميس بطائرة مسيرة.")
    assert e.date.value == "2024-02-08" and e.sub_event_type == "Air/drone strike"


def test_a_launcher_is_not_a_launch(explain):
    x = explain("وضبطت القوات منصات إطلاق صواريخ في قضاء الدجيل.")
    assert "in_name" in [n.factuality for n in x.not_acts]


@pytest.mark.parametrize("text, place", [
    ("شن الطيران الإسرائيلي فجر الاثنين غارات على مواقع في محيط بلدة الكسوة بريف دمشق.\n"
     "وأضافت الوزارة أن الطائرات عادت بعد نحو ثلاث ساعات واستهدفت موقعا عسكريا قرب مدينة القصير.", "Al Quşayr"),
    ("قتل شخص بغارة إسرائيلية على سيارة في مدينة بنت جبيل مساء الأحد.\n"
     "وعادت الطائرات الإسرائيلية بعد حوالي ساعتين واستهدفت منزلا في بلدة عيترون.", "Aitaroun"),
])
def test_hours_counted_are_not_attacks_counted(events, text, place):
    assert [e.location.name for e in events(text)][1:] == [place]


def test_people_counted_are_not_attacks_counted(events):
    [e] = events("وأصيب العشرات في تفجير سيارة مفخخة في مدينة الموصل.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"


def test_a_site_whose_attack_is_denied_has_no_event_for_a_bare_sound(events):
    text = ("نفى جهاز مكافحة الإرهاب تعرض قاعدة حرير لأي هجوم. "
            "وقال الجهاز إن دوي انفجار سمع في قاعدة حرير وكان ناجما عن تدريب.")
    assert events(text) == []


# --- arguments: where it landed, who did it, what coordination carries ----------------------

@pytest.mark.parametrize("text, place", [
    ("وشن الطيران الحربي الإسرائيلي فجر اليوم عدوانا جويا من اتجاه الجولان المحتل، استهدف مواقع في محيط "
     "بلدة الكسوة بريف دمشق.", "Al Kiswah"),
    ("وأطلقت مسيرة إسرائيلية مساء الأحد صاروخا من فوق مدينة صور على دراجة نارية في بلدة عيتا الشعب.",
     "Aita al-Shaab"),
])
def test_the_direction_or_airspace_a_strike_came_from_is_not_where_it_landed(events, text, place):
    [e] = events(text)
    assert e.location.name == place


def test_launch_site_and_the_town_beside_the_site_make_no_second_event(events):
    text = ("سقطت ثلاث قذائف هاون على قاعدة عين الأسد قرب ناحية البغدادي فجر الأحد. "
            "وأكد مصدر أمني أن حادثة القصف لم تسفر عن إصابات، لافتا إلى أن القذائف أطلقت من منطقة "
            "صحراوية في قضاء هيت.")
    [e] = events(text)
    assert e.location.name == "Ain al-Asad Air Base" and e.date.value == "2024-02-04"
    assert (e.casualties.killed, e.casualties.wounded) == (0, 0)
    assert len(e.evidence) == 2


def test_coordinated_targets_share_the_date_weapon_and_claimant(events):
    text = ("وأعلنت المقاومة الإسلامية في العراق أنها قصفت قاعدة التنف يوم الخميس بطائرة مسيرة، "
            "كما قصفت قاعدة الشدادي وحقل كونيكو.")
    found = events(text)
    assert [e.location.name for e in found] == ["Al-Tanf garrison", "Al-Shaddadi base",
                                               "Conoco gas field (coalition base)"]
    for e in found:
        assert e.date.value == "2024-02-08"
        assert [w.type for w in e.weapons] == ["drone"]
        assert [p.name for p in e.perpetrators] == ["Islamic Resistance in Iraq"]


def test_a_clause_of_the_same_time_shares_only_the_date(events):
    text = ("قصفت القوات التركية مواقع في قضاء العمادية فجر السبت، في الوقت الذي سقطت فيه قذيفة هاون "
            "على قاعدة زليكان.")
    first, second = events(text)
    assert second.date.value == first.date.value == "2024-02-03"
    assert second.perpetrators == [] and [w.type for w in second.weapons] == ["mortar"]


def test_the_agents_of_two_sides_keep_two_attacks_apart(events):
    text = ("سقط صاروخ كاتيوشا على محيط مطار بغداد الدولي مساء الثلاثاء أطلقته فصائل موالية لإيران. "
            "وكان أبو مهدي المهندس قد قتل في الضربة الأمريكية قرب مطار بغداد.")
    found = events(text)
    assert len(found) == 2
    assert found[0].date.value == "2024-02-06" and found[1].date.value is None   # no date of its own


def test_the_wounded_are_not_the_agent(events):
    text = ("سقطت صواريخ على قاعدة عين الأسد الجوية مساء السبت أطلقها مسلحون مدعومون من إيران. "
            "وقال مسؤول إن أحد أفراد قوات الأمن العراقية أصيب بجروح في هجوم على قاعدة عين الأسد الجوية.")
    [e] = events(text)
    assert (e.casualties.wounded, len(e.evidence)) == (1, 2)


# --- dates the text gives only by the way -----------------------------------------------------

def test_an_anniversary_dates_the_act_years_back(events):
    [e] = events("استذكر أنصار الحشد الذكرى الثالثة لاغتيال أبو مهدي المهندس قرب مطار بغداد.",
                 published=date(2023, 1, 5))
    assert (e.date.value, e.date.precision, e.date.inferred) == ("2020", "year", None)
    assert e.date.text == "الذكرى الثالثة"


def test_the_day_before_yesterday_is_two_days_back(events):
    [e] = events("وقتل شرطيان في انفجار عبوة ناسفة في مدينة بعقوبة أول من أمس.", published=date(2007, 5, 14))
    assert e.date.value == "2007-05-12"


def test_a_lead_event_without_a_date_is_flagged_as_dated_by_publication(events):
    [e] = events("سقوط صاروخ على قاعدة عين الأسد الجوية")
    assert (e.date.value, e.date.inferred, e.date.text) == ("2024-02-08", "publication_date", None)


def test_a_place_given_only_as_a_reference_point_is_flagged(events):
    [e] = events("انفجرت عبوة ناسفة على رتل للجيش شرق بعقوبة مساء الأحد.")
    assert (e.location.name_ar, e.location.inferred) == ("بعقوبة", "reference_point")


# --- the type of event from who fought whom ----------------------------------------------------

def test_gunfire_with_the_subject_between_verb_and_object_is_small_arms(events):
    [e] = events("أطلق مسلحون مجهولون النار على سيارة صحفي في مدينة الموصل مساء الخميس.")
    assert [w.type for w in e.weapons] == ["small_arms"] and e.target.type == "civilian"
    assert events("اشتعلت النار في سوق مدينة الموصل مساء الخميس.") == []
    assert events("أعلنت الأطراف وقف إطلاق النار في مدينة الموصل مساء الخميس.") == []


def test_shooting_at_forces_is_an_armed_clash_and_at_civilians_an_attack(events):
    [clash] = events("أطلق مسلحون النار على دورية للجيش العراقي في قضاء الطارمية مساء الجمعة.")
    [attack] = events("أطلق مسلحون مجهولون النار على منزل ناشط مدني في مدينة البصرة مساء الجمعة.")
    assert clash.sub_event_type == "Armed clash" and clash.event_type == "Battles"
    assert attack.sub_event_type == "Attack" and attack.event_type == "Violence against civilians"


def test_an_assassination_by_a_car_bomb_takes_its_weapon_and_by_a_gun_is_an_attack(events):
    [bomb] = events("اغتيل مسؤول محلي بانفجار سيارة مفخخة في مدينة كركوك مساء الأحد.")
    [gun] = events("اغتيل مسؤول محلي برصاص مسلحين مجهولين في مدينة كركوك مساء الأحد.")
    assert bomb.sub_event_type == "Remote explosive/landmine/IED"
    assert gun.sub_event_type == "Attack"


# --- explain ------------------------------------------------------------------------------------

def test_explain_names_the_rule_of_every_decision(explain):
    x = explain("سقط صاروخان على قاعدة بلد الجوية مساء الثلاثاء. وقال مصدر إن القصف لم يسفر عن "
                "إصابات. ونفت وزارة الدفاع سقوط صواريخ على مطار بغداد.")
    assert [(d.mention.sentence, d.outcome, d.reason) for d in x.decisions] == [
        (0, "new", "distinct"), (1, "merged", "anaphora")]
    assert [(n.trigger.sentence, n.factuality) for n in x.not_acts] == [(2, "negated")]


def test_a_dual_attack_noun_is_two_events_sharing_no_toll(events):
    text = "قتل جندي وأصيب ثلاثة في هجومين بعبوتين ناسفتين استهدفا رتلين شمال بعقوبة وغربها."
    first, second = events(text)
    assert first.event_id != second.event_id
    for e in (first, second):
        assert e.location.name_ar == "بعقوبة" and e.date.value == "2024-02-08"
        assert e.sub_event_type == "Remote explosive/landmine/IED"
        assert (e.casualties.killed, e.casualties.wounded) == (None, None)   # the toll of both


def test_two_attacks_named_apart_by_place_are_two_events(events):
    found = events("وشنت طائرات مسيرة غارتين على قاعدة التنف وقاعدة الشدادي فجر الأحد.")
    assert [e.location.name for e in found] == ["Al-Tanf garrison", "Al-Shaddadi base"]


def test_the_subject_a_word_after_the_verb_is_the_agent(events):
    [e] = events("قتل خمسة جنود في هجوم شنه مسلحو تنظيم داعش على حاجز في مدينة الرمادي مساء الخميس.")
    assert [p.name_ar for p in e.perpetrators] == ["داعش"] or e.perpetrators[0].text == "تنظيم داعش"


@pytest.mark.parametrize("sentence, perpetrator", [
    ("قتل 14 عنصرا من قوات الجيش في هجوم لتنظيم داعش على حافلة عسكرية في بادية الميادين ليل الخميس.", "داعش"),
    ("قتل جنديان في كمين لمسلحين على طريق دير الزور - تدمر مساء أمس.", "مسلحين"),
    ("أصيب ثلاثة صيادين في غارة للحوثيين على قارب قرب ميناء المخا صباح اليوم.", "حوثيين"),
])
def test_an_actor_with_lam_right_after_an_attack_noun_did_it(events, sentence, perpetrator):
    [e] = events(sentence)
    assert [p.text[-len(perpetrator):] for p in e.perpetrators] == [perpetrator]


def test_after_a_verbal_noun_lam_marks_what_was_hit(events):
    [e] = events("أصيب جنديان في استهداف للقوات الأمريكية بطائرة مسيرة قرب قاعدة التنف فجر اليوم.")
    assert e.perpetrators == []


def test_a_party_blamed_by_hammala_is_accused(events):
    [e] = events("سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر الأحد. وحمل المتحدث باسم البنتاغون جماعات "
                 "مدعومة من إيران مسؤولية الهجوم.")
    assert [p.attribution for p in e.perpetrators] == ["accused"]


@pytest.mark.parametrize("text, accused", [
    ("قتل ثلاثة جنود أمريكيين بهجوم بطائرة مسيرة على قاعدة البرج 22 في الأردن مساء الأحد، تحمل واشنطن مسؤوليته "
     "لفصائل عراقية موالية لإيران.", "Iran-backed factions (generic)"),
    ("قتل شرطيان بانفجار عبوة ناسفة على دورية في بلدة سلوك بريف الرقة صباح الاثنين، تحمل قسد مسؤوليته لتنظيم داعش.",
     "Islamic State"),
])
def test_a_party_the_responsibility_is_loaded_onto_with_lam_is_accused(events, text, accused):
    [e] = events(text)
    assert [(p.name, p.attribution) for p in e.perpetrators] == [(accused, "accused")]


@pytest.mark.parametrize("text, day", [
    ("وشيع أهالي قضاء سنجار، اليوم، جثامين ثلاثة من أبناء القضاء قتلوا بغارة تركية استهدفت سيارتهم مساء الثلاثاء "
     "قرب مجمع خانصور.", "2024-02-06"),
    ("وشيعت عشائر الأنبار، الأحد، جثمان ضابط قتل بهجوم لتنظيم داعش على نقطة تفتيش في قضاء الرطبة مساء الجمعة.",
     "2024-02-02"),
])
def test_the_day_of_a_funeral_is_not_the_day_of_the_act(events, text, day):
    [e] = events(text)
    assert e.date.value == day


def test_an_anniversary_on_a_named_day_dates_the_act_to_that_day_years_back(events):
    [e] = events("وصادف أمس الذكرى الرابعة لاغتيال قائد فيلق القدس، بضربة أمريكية قرب مطار بغداد الدولي.",
                 published=date(2024, 1, 4))
    assert (e.date.value, e.date.precision, e.date.text) == ("2020-01-03", "day", "الذكرى الرابعة")
    assert e.location.name == "Baghdad International Airport"


def test_an_attack_noun_after_a_comma_with_bi_is_how_the_act_was_done(explain):
    x = explain("اغتيل مسؤول محلي، بعبوة لاصقة في مدينة كركوك مساء الأحد.")
    assert len(x.mentions) == 1 and len(x.events) == 1


@pytest.mark.parametrize("sentence, sub_event_type, date_text", [
    ("اغتيل رئيس بلدية سابق، ليل الأحد، في هجوم بعبوة ناسفة استهدف سيارته قرب بلدة طفس في ريف درعا.",
     "Remote explosive/landmine/IED", "ليل الأحد"),
    ("اغتالت إسرائيل قائدا في الحرس الثوري، صباح اليوم، في ضربة جوية على منزل في ريف دمشق.",
     "Air/drone strike", "صباح اليوم"),
])
def test_an_attack_noun_after_a_comma_and_fi_is_how_the_killing_was_done(events, sentence, sub_event_type, date_text):
    [e] = events(sentence)
    assert (e.sub_event_type, e.date.text) == (sub_event_type, date_text)
    assert e.location.name is not None


@pytest.mark.parametrize("text, name", [
    # forces named by a possessive are those of the actor named before them
    ("وأعلن الجيش الأمريكي أن قواته قتلت مسلحا في مدينة الرمادي مساء الأحد.", "Military Forces of the United States"),
    # the agent after "قام به", "على يد"
    ("قتل ثلاثة مدنيين في هجوم قام به مسلحو تنظيم داعش على قرية في قضاء الحويجة مساء الأحد.", "Islamic State"),
    # a force named by its nation
    ("أطلقت دبابة إسرائيلية قذيفة على منزل في مدينة صور مساء الأحد.", "Military Forces of Israel"),
    ("نفذ جنود أمريكيون مداهمة في قضاء الحويجة واختطفوا مواطنا مساء الأحد.", "Military Forces of the United States"),
])
def test_who_did_it_when_the_text_names_them_indirectly(events, text, name):
    [e] = events(text)
    assert [p.name for p in e.perpetrators] == [name]


def test_a_name_shared_across_countries_is_the_one_in_the_country_the_text_names(events):
    [e] = events("سقطت قذائف على مدينة طرابلس مساء الأحد، وقال مصدر أمني في شمال لبنان إنها لم توقع إصابات.")
    assert e.location.country_code == "LB"


def test_a_street_named_after_a_city_is_not_that_city(events):
    [e] = events("انفجرت عبوة ناسفة في شارع القدس وسط مدينة الموصل مساء الأحد.")
    assert e.location.name_ar == "الموصل"


def test_the_district_is_the_second_level_unit(events):
    [e] = events("سقط صاروخ على قاعدة عين الأسد الجوية مساء الأحد.")
    assert (e.location.admin1_code, e.location.admin2) == ("IQ-AN", "Heet")


def test_an_unlisted_place_is_where_the_attack_was_with_no_invented_country(events):
    [e] = events("انفجرت سيارة مفخخة في منطقة العويسات مساء الأحد، ما أسفر عن مقتل ثلاثة مدنيين.")
    assert (e.location.name_ar, e.location.precision) == ("العويسات", "town")
    assert (e.location.country_code, e.location.lat, e.location.admin1_code) == (None, None, None)


@pytest.mark.parametrize("text, country, admin1", [
    # the unit the text places an unlisted village in gives its country and first-level unit
    ("قصفت قوات النظام بالمدفعية الثقيلة قرية البارة في جبل الزاوية بريف إدلب الجنوبي مساء الأحد.", "SY", "SY-ID"),
    ("انفجرت عبوة ناسفة بدورية للجيش في قرية المسعودية بمحافظة صلاح الدين مساء الأحد.", "IQ", "IQ-SD"),
    # or on a side of it
    ("قصفت طائرات الاحتلال منزلا في حي الشجاعية شرق مدينة غزة مساء الأحد.", "PS", "PS-GZA"),
    ("سقطت قذيفة هاون على حي الضبيط جنوب مدينة إدلب مساء الأحد.", "SY", "SY-ID"),
    # ... though a town of another country has its name
    ("قتل شاب برصاص مسلحين مجهولين في حي النصر جنوب مدينة الحسكة مساء اليوم الأحد.", "SY", "SY-HA"),
    ("قتل شاب برصاص مسلحين مجهولين في حي الجديدة شرق مدينة الرقة مساء اليوم الأحد.", "SY", "SY-RA"),
])
def test_an_unlisted_place_in_a_named_unit_has_the_units_country_and_no_coordinates(events, text, country, admin1):
    [e] = events(text)
    assert e.location.precision == "town" and not e.location.name_ar.endswith(("إدلب", "صلاح الدين"))
    assert (e.location.country_code, e.location.admin1_code, e.location.lat) == (country, admin1, None)


def test_an_assassination_and_the_shooting_that_did_it_are_one_event(events):
    [e] = events("اغتال مسلحون مجهولون إمام جامع في مدينة البصرة مساء الأحد، عندما أطلقوا عليه النار "
                 "من أسلحتهم الخفيفة في منطقة العشار.")
    assert e.sub_event_type == "Attack" and e.location.name_ar == "البصرة"


def test_a_finer_date_inside_the_first_makes_it_finer(events):
    [e] = events("وفي أغسطس الماضي قتل 40 شخصا في تفجير شاحنة مفخخة استهدف قرية في قضاء سنجار يوم 14 أغسطس.",
                 published=date(2007, 9, 20))
    assert e.date.value == "2007-08-14"


def test_an_explicit_date_beside_an_anniversary_is_the_act_own(events):
    [e] = events("وتحل الذكرى العاشرة لمذبحة وقعت في مدينة الأقصر في 17 نوفمبر 1997.", published=date(2007, 10, 7))
    assert e.date.value == "1997-11-17"


@pytest.mark.parametrize("text", [
    # the subject of an attack verb did it
    "وقال البيان إن المتمردين شنوا الهجوم بسيارة مفخخة على موقع في مدينة الرمادي مساء الأحد.",
    # the truck was the bomb
    "قتل 40 شخصا في تفجير شاحنات ملغومة في قضاء سنجار مساء الأحد.",
])
def test_who_did_it_and_what_it_was_done_with_are_not_what_was_hit(events, text):
    [e] = events(text)
    assert e.target.type is None


@pytest.mark.parametrize("text", [
    "قتل 12 شخصا وأصيب 30 بينهم نساء وأطفال في انفجار سيارة مفخخة في مدينة كركوك مساء الأحد.",
    "أسفر تفجير عبوة ناسفة في مدينة الموصل صباح الاثنين عن مقتل سبعة أشخاص معظمهم من المدنيين.",
])
def test_civilians_among_the_dead_say_who_the_victims_were_not_what_was_aimed_at(events, text):
    [e] = events(text)
    assert e.target.type is None


@pytest.mark.parametrize("text", [
    "قتلت امرأة بسقوط قذيفة هاون على منزلها المجاور لمطار بغداد الدولي مساء الأحد.",
    "سقط صاروخ على مدرسة قرب قاعدة عين الأسد الجوية فجر الاثنين.",
])
def test_a_site_near_the_noun_hit_only_says_where_it_stands(events, text):
    [e] = events(text)
    assert e.target.type == "civilian"


def test_forces_among_the_wounded_still_say_what_was_hit(events):
    [e] = events("أسفر انفجار سيارة مفخخة في مدينة تكريت مساء الأحد عن إصابة عشرة بينهم ثلاثة من رجال الشرطة.")
    assert e.target.type == "military"


def test_a_verb_that_carries_its_subject_takes_the_actor_after_it_as_its_object(events):
    [e] = events("سقط صاروخان على مطار بغداد الدولي فجر الاثنين كانا قد استهدفا القوات الأميركية.")
    assert e.perpetrators == [] and [w.type for w in e.weapons] == ["rocket"]


def test_a_generic_rocket_fired_by_a_state_is_a_missile(events):
    [e] = events("أصاب صاروخ إسرائيلي سيارة في مدينة صور مساء الأحد فقتل ركابها.")
    assert [w.type for w in e.weapons] == ["missile"]
    [e] = events("سقط صاروخ أطلقه مسلحون على قاعدة عين الأسد مساء الأحد.")
    assert [w.type for w in e.weapons] == ["rocket"]


@pytest.mark.parametrize("sentence, kind", [
    ("وقتلت امرأة وأطفالها الأربعة بقذيفة إسرائيلية سقطت على منزلهم في بيت حانون فجر أمس.", "artillery"),
    ("وسقطت قذائف تركية على قرية في قضاء العمادية مساء الأحد.", "artillery"),
    ("وسقطت قذيفة أطلقها مسلحون على حي سكني في بعقوبة مساء الأحد.", "mortar"),
    ("وقصف الجيش الإسرائيلي بقذائف الهاون بلدة الخيام مساء الأحد.", "mortar"),
])
def test_a_generic_shell_fired_by_a_state_is_artillery(events, sentence, kind):
    """"قذيفة إسرائيلية": armies fire artillery and tank shells where factions fire mortars;
    a mortar named as such stays one."""
    [e] = events(sentence)
    assert [w.type for w in e.weapons] == [kind]


def test_an_anaphor_that_names_a_side_goes_to_that_side_s_attack(explain):
    x = explain("أعلن الحوثيون أنهم استهدفوا سفينة تجارية في البحر الأحمر بصاروخين بحريين مساء الجمعة. "
                "وكانت القوات الأمريكية قد شنت فجر الجمعة غارات على مواقع في محافظة الحديدة. "
                "ولم تعلق القيادة المركزية الأمريكية على الهجوم الحوثي.", published=date(2024, 1, 13))
    ship = x.attacks[0]
    assert [w.type for w in x.events[0].weapons] == ["missile"]
    assert any(d.mention.sentence == 2 and d.attack is ship for d in x.decisions)


def test_a_series_named_again_carries_its_date_weapons_and_agent_to_a_new_place(events):
    text = ("شنت القوات الأمريكية فجر السبت ضربات جوية على مواقع في مدينة البوكمال. "
            "وفي العراق، استهدفت الضربات مواقع في قضاء القائم.")
    first, second = events(text, published=date(2024, 2, 3))
    assert second.location.name_ar == "القائم" and second.date.value == first.date.value == "2024-02-03"
    assert [w.type for w in second.weapons] == ["aircraft"] and second.perpetrators


@pytest.mark.parametrize("sentence, perpetrators", [
    ("أفادت وكالة الأنباء الرسمية بأن عدوانا جويا إسرائيليا استهدف فجر اليوم مستودعات في ريف حماة.",
     ["Military Forces of Israel"]),
    ("وتعرضت مدينة صعدة مساء أمس لعدوان جوي استهدف سوقا شعبيا.", []),
])
def test_an_air_aggression_is_an_air_strike_and_its_accusative_nisba_its_perpetrator(events, sentence, perpetrators):
    [e] = events(sentence)
    assert e.sub_event_type == "Air/drone strike"
    assert [p.name for p in e.perpetrators] == perpetrators


@pytest.mark.parametrize("sentence, weapon", [
    ("تصدت الدفاعات الجوية فجر اليوم لعدوان إسرائيلي بالصواريخ استهدف مطار دمشق الدولي.", "missile"),
    ("وتعرض ريف القنيطرة مساء أمس لعدوان إسرائيلي بقذائف المدفعية استهدف بلدة خان أرنبة.", "artillery"),
])
def test_the_nisba_after_an_indefinite_aggression_in_an_act_clause_is_the_perpetrator(events, sentence, weapon):
    [e] = events(sentence)
    assert [p.name for p in e.perpetrators] == ["Military Forces of Israel"]
    assert [w.type for w in e.weapons] == [weapon]


def test_the_aggression_as_a_war_names_no_perpetrator(events):
    [e] = events("أطلقت الفصائل صواريخ على مدينة عسقلان مساء أمس في إطار الرد على العدوان الإسرائيلي.")
    assert e.perpetrators == []


@pytest.mark.parametrize("sentence, perpetrator", [
    ("قتل 14 عنصرا من قوات النظام في هجوم نفذه مسلحون من تنظيم داعش على حافلة عسكرية في بادية الميادين، ليل الخميس.",
     "Islamic State"),
    ("هاجم مسلحون ينتمون إلى حركة الشباب قاعدة عسكرية في بلدة بلعد شمال مقديشو فجر اليوم.", "Al Shabaab"),
])
def test_gunmen_of_a_named_group_are_that_group(events, sentence, perpetrator):
    [e] = events(sentence)
    assert [p.name for p in e.perpetrators] == [perpetrator]


def test_a_nation_adjective_is_not_its_country(events):
    [e] = events("قتل شخصان بقصف لطائرة مسيرة تركية على سيارة في قضاء سنجار مساء الخميس.")
    assert e.location.name_ar == "سنجار" and e.perpetrators[0].name == "Military Forces of Turkey"


def test_a_known_attack_named_by_a_definite_noun_takes_no_date_of_another_predicate(events):
    text = ("زار وفد برلماني، اليوم الأحد، موقع القصف الإيراني على أربيل والذي استهدف منزل رجل أعمال. "
            "وكان الهجوم قد وقع ليلة الاثنين الماضي.")
    [e] = events(text, published=date(2024, 1, 21))
    assert e.date.value == "2024-01-15"


def test_a_denial_reaches_past_a_date_and_the_site_subjected_to_an_earlier_attack_is_placed(events):
    text = ("نفت قيادة العمليات المشتركة، الثلاثاء، الأنباء التي تحدثت عن سقوط صواريخ على قاعدة عين الأسد. "
            "وكانت القاعدة قد تعرضت في 5 آب 2023 لهجوم بصاروخين لم يسفر عن إصابات.")
    [e] = events(text, published=date(2024, 7, 17))
    assert (e.date.value, e.location.name, e.target.type) == ("2023-08-05", "Ain al-Asad Air Base", "military")
    assert e.location.inferred == "antecedent_site"


def test_the_killed_group_before_the_strike_is_not_its_agent(events):
    [e] = events("قتل ثلاثة عناصر من حزب الله في غارة نفذتها طائرة مسيرة إسرائيلية على سيارة في بلدة "
                 "الناقورة جنوبي لبنان مساء الأحد.", published=date(2024, 3, 25))
    assert [p.name for p in e.perpetrators] == ["Military Forces of Israel"]
    assert (e.location.country_code, e.casualties.killed) == ("LB", 3)


def test_a_headline_town_and_a_village_placed_relative_to_it_are_one_attack(events):
    text = ("مقتل تسعة جنود بهجوم لداعش في كركوك\n"
            "قتل تسعة جنود من الجيش العراقي مساء السبت بهجوم شنه مسلحو تنظيم داعش على موقع عسكري في قرية "
            "الصفرة جنوبي كركوك.")
    [e] = events(text, published=date(2022, 12, 18))
    assert e.date.value == "2022-12-17" and len(e.evidence) == 2


@pytest.mark.parametrize("text", [
    "وأضاف المصدر أن عملية التفجير أسفرت عن مقتل 12 شخصا في سوق المدينة.",
    "وقتل ثلاثة أشخاص في تفجير وقع صباح الأحد في مدينة كركوك.",
])
def test_deaths_in_a_bombing_are_the_blast_not_a_shooting(events, text):
    [e] = events(text)
    assert e.sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text, sub_event_type", [
    ("وقال الجيش إن ضربة جوية أدت لتدمير منزلين يستخدمهما المسلحون غرب الموصل مساء الأحد.", "Air/drone strike"),
    ("وأعلنت القوات الأمنية تدمير طائرة مسيرة مفخخة قرب مطار أربيل مساء الأحد.", "Disrupted weapons use"),
    # what a strike destroyed with no target word right after the verb: no weapon is its object
    ("واستهدفت غارة إسرائيلية بلدة عيترون مساء الأحد، ودمرت مبنى من طابقين.", "Air/drone strike"),
    ("وقصفت المدفعية أطراف بلدة كفرشوبا صباح الاثنين، ما أدى إلى تدمير عدد من البيوت.", "Shelling/artillery/missile attack"),
    ("وأطلق الحوثيون صاروخا باليستيا على مأرب مساء الأحد، وتمكنت الدفاعات من تدمير الصاروخ.", "Disrupted weapons use"),
])
def test_destroying_what_an_attack_hit_is_its_effect_destroying_a_weapon_stops_it(events, text, sub_event_type):
    [e] = events(text)
    assert e.sub_event_type == sub_event_type


@pytest.mark.parametrize("text", [
    "وأطلقت دبابة إسرائيلية قذيفة على منزل في بلدة بيت حانون مساء الأحد فقتلت امرأة.",
    "وقصفت دبابات الجيش مواقع المسلحين في مدينة الفلوجة صباح الاثنين.",
])
def test_a_shell_fired_by_a_tank_is_artillery(events, text):
    [e] = events(text)
    assert [w.type for w in e.weapons] == ["artillery"]


@pytest.mark.parametrize("text", [
    "وقال مسؤولون إن مسلحين خطفوا مهندسا في مدينة كركوك صباح الأحد، فيما قتل ثلاثة مدنيين في هجوم انتحاري "
    "في مدينة الموصل.",
    "واغتال مسلحون ضابطا في مدينة البصرة مساء الأحد، بينما قتل خمسة جنود في تفجير عبوة ناسفة في مدينة بعقوبة.",
])
def test_a_toll_after_while_with_an_act_of_its_own_is_that_acts(events, text):
    first, second = events(text)
    assert first.casualties.killed is None or first.casualties.killed <= 1
    assert second.sub_event_type in ("Suicide bomb", "Remote explosive/landmine/IED")
    assert second.casualties.killed in (3, 5)


@pytest.mark.parametrize("text", [
    "وكانت مجموعة من نحو عشرين طالبا قد اقتحمت ليلا مكتبا في مدينة الموصل وخطفت ثلاثة أشخاص.",
    "وأطلق طالب النار على زملائه في مدرسة بمدينة أربيل صباح الأحد فقتل اثنين منهم.",
])
def test_a_student_is_no_demand(events, text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("text", [
    "وفي 14 مايو 2007 فجر 3 انتحاريين أنفسهم أمام مقر للشرطة في مدينة كركوك.",
    "وهاجم انتحاريون اثنان مركزا للتطوع في مدينة الرمادي صباح الأحد فقتلوا سبعة أشخاص.",
])
def test_a_number_of_suicide_attackers_counts_people_not_attacks(events, text):
    [e] = events(text)
    assert e.sub_event_type == "Suicide bomb"


@pytest.mark.parametrize("text, day", [
    ("قالت وزارة الدفاع أمس إن قوات أجنبية قتلت تسعة جنود بطريق الخطأ في ضربة جوية في ولاية هلمند الليلة الماضية.",
     "2024-02-06"),
    ("وأعلنت الشرطة أمس أن مسلحين اغتالوا ضابطا في مدينة كركوك صباح اليوم.", "2024-02-07"),
])
def test_a_day_counted_from_today_in_what_was_said_yesterday_counts_from_yesterday(events, text, day):
    [e] = events(text)
    assert e.date.value == day


def test_a_day_counted_from_today_outside_reported_speech_counts_from_publication(events):
    [e] = events("قتلت قوات أجنبية تسعة جنود في ضربة جوية في ولاية هلمند الليلة الماضية.")
    assert e.date.value == "2024-02-07"


@pytest.mark.parametrize("text, actor", [
    ("قصفت القوات التركية مواقع لحزب العمال الكردستاني في منطقة العمادية بمحافظة دهوك.", "Military Forces of Turkey"),
    ("ضربت طائرات أمريكية مواقع لتنظيم داعش في صحراء الأنبار فجر الأحد.", "Military Forces of the United States"),
])
def test_the_subject_after_a_verb_form_of_a_noun_trigger_did_it(events, text, actor):
    [e] = events(text)
    assert [p.name for p in e.perpetrators] == [actor]


def test_rockets_fired_by_a_state_named_as_subject_stay_rockets(events):
    [e] = events("قصفت القوات التركية بالصواريخ مواقع لحزب العمال الكردستاني في منطقة العمادية بمحافظة دهوك.")
    assert [w.type for w in e.weapons] == ["rocket"]


@pytest.mark.parametrize("text, actor, place", [
    ("اغتالت إسرائيل قياديا في الحرس الثوري بغارة جوية في منطقة السيدة زينب جنوب دمشق مساء الاثنين.",
     "Military Forces of Israel", "Sayyida Zaynab shrine"),
    ("شنت الولايات المتحدة غارات جوية على مواقع للحوثيين في محافظة الحديدة فجر السبت.",
     "Military Forces of the United States", "Al Ḩudaydah"),
])
def test_a_state_named_right_after_the_verb_did_it_and_is_not_where(events, text, actor, place):
    [e] = events(text)
    assert [p.name for p in e.perpetrators] == [actor] and e.location.name == place


@pytest.mark.parametrize("text", [
    "استهدف رتل للدعم اللوجستي تابع للتحالف الدولي بعبوة ناسفة على الطريق الدولي في قضاء الرميثة مساء الأحد.",
    "دوى انفجار في قاعدة كالسو العسكرية التابعة للحشد الشعبي في محافظة بابل ليل الجمعة.",
])
def test_the_owner_of_what_was_hit_is_not_who_hit_it(events, text):
    [e] = events(text)
    assert e.perpetrators == []


def test_the_owner_of_the_weapon_fired_it(events):
    [e] = events("سقطت طائرة مسيرة تابعة لكتائب حزب الله على قاعدة عين الأسد مساء الأحد.")
    assert [p.name for p in e.perpetrators] == ["Kata'ib Hezbollah"]


@pytest.mark.parametrize("text", [
    "أصيب ثلاثة من عناصر البيشمركة بانفجار عبوة ناسفة على طريق في قضاء خانقين صباح الأحد.",
    "وقتل خمسة من أفراد الجيش العراقي في هجوم بقذائف الهاون في قضاء الطارمية مساء السبت.",
])
def test_forces_among_the_dead_are_what_was_hit_when_nothing_else_is_named(events, text):
    [e] = events(text)
    assert e.target.type == "military"


@pytest.mark.parametrize("text", [
    "سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية مساء السبت. ويأتي الهجوم بعد يومين من ضربة أمريكية "
    "استهدفت مقرا لكتائب حزب الله في منطقة القائم.",
    "سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية مساء السبت. وجاء ذلك غداة هجوم بطائرة مسيرة على "
    "قاعدة حرير في محافظة أربيل.",
])
def test_an_act_told_as_days_apart_from_the_news_is_another_attack(events, text):
    news, earlier = events(text)
    assert news.location.name == "Ain al-Asad Air Base" and news.perpetrators == []
    assert earlier.location.name != news.location.name


@pytest.mark.parametrize("text", [
    "تعرضت قاعدة عين الأسد الجوية لهجوم صاروخي مساء السبت. وتبنت المقاومة الإسلامية في العراق الهجوم، "
    "قائلة إنه جاء ردا على المجازر في غزة.",
    "سقطت ثلاثة صواريخ على قاعدة حرير الجوية مساء السبت. وقال فصيل مسلح إن الهجوم نفذ انتقاما لمقتل قائده "
    "في بغداد.",
])
def test_the_place_of_an_avenged_act_is_not_the_attack_place(events, text):
    [e] = events(text)
    assert e.location.precision == "site"


@pytest.mark.parametrize("text, place", [
    ("أطلق حزب الله صواريخ على مواقع للجيش الإسرائيلي في مزارع شبعا المحتلة، قائلا إنه رد على الاعتداءات على البقاع.",
     "Shebaa Farms"),
    ("سقطت قذائف على قاعدة عين الأسد الجوية مساء الأحد، وقال فصيل إن القصف جاء في رد على الغارات في القائم.",
     "Ain al-Asad Air Base"),
])
def test_the_place_after_the_noun_of_retaliation_is_not_the_attack_place(events, text, place):
    """"قائلا إنه رد على الاعتداءات على البقاع": "رد على" with no case ending, as "ردا على"."""
    [e] = events(text)
    assert e.location.name == place


@pytest.mark.parametrize("text, sub_event_type", [
    ("تعرضت قاعدة عين الأسد لهجوم بالصواريخ مساء السبت، واعترضت الدفاعات الجوية معظم الصواريخ، فيما سقط بعضها داخل القاعدة.",
     "Shelling/artillery/missile attack"),
    ("تعرضت قاعدة حرير لهجوم بطائرتين مسيرتين مساء السبت، أسقطت الدفاعات الجوية إحداهما وسقطت الأخرى داخل القاعدة.",
     "Air/drone strike"),
])
def test_an_attack_partly_intercepted_that_landed_is_of_its_weapon_type(events, text, sub_event_type):
    [e] = events(text)
    assert e.sub_event_type == sub_event_type


def test_an_attack_wholly_intercepted_is_disrupted(events):
    [e] = events("أسقطت الدفاعات الجوية طائرة مسيرة مفخخة قرب قاعدة حرير مساء السبت.")
    assert e.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "سقطت ثلاثة صواريخ كاتيوشا على مطار بغداد الدولي مساء الثلاثاء. وأغضب ذلك الفصائل التي فقدت قائدها "
    "الذي قُتل في الضربة الأميركية قرب مطار بغداد.",
    "سقطت قذيفتا هاون على قاعدة عين الأسد الجوية فجر الاثنين. ويتزعم الفصيل شقيق القيادي الذي اغتيل "
    "بغارة إسرائيلية قرب قاعدة عين الأسد.",
])
def test_a_killing_told_in_a_relative_clause_on_someone_is_not_the_news_attack_at_that_place(events, text):
    news = events(text)[0]
    assert news.perpetrators == [] and {w.type for w in news.weapons} <= {"rocket", "mortar"}


@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود فجر الأربعاء جراء قصف صاروخي استهدف مواقع عسكرية في ريف درعا، وقال مصدر إن الدفاعات "
    "الجوية تصدت للصواريخ وأسقطت بعضها.",
    "أصيب جنديان بجروح حين اعترضت الدفاعات الجوية طائرة مسيرة مفخخة فوق قاعدة حرير مساء السبت.",
])
def test_an_attack_that_hurt_people_was_not_stopped(events, text):
    [e] = events(text)
    assert e.sub_event_type != "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "أعلن حزب الله أن مقاتليه استهدفوا تجمعا لجنود إسرائيليين في مستعمرة المطلة بالصواريخ مساء الاثنين.",
    "استهدفت طائرة مسيرة تجمعا للجنود قرب معبر نصيب الحدودي فجر الأحد.",
])
def test_a_gathering_of_soldiers_is_a_military_target(events, text):
    [e] = events(text)
    assert e.target.type == "military"


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة في قرية الصفرة جنوب كركوك. وقتل شرطي بانفجار عبوة ناسفة في محافظة كركوك.",
    "انفجرت عبوة ناسفة في قرية الزنابير غرب الموصل. وأصيب جنديان بانفجار عبوة ناسفة في محافظة نينوى.",
])
def test_a_village_no_gazetteer_has_lies_in_the_place_it_is_told_relative_to(events, text):
    [e] = events(text)
    assert e.location.precision == "town"


@pytest.mark.parametrize("text", [
    "نفذت القوات الأمريكية ضربات جوية على مواقع لكتائب حزب الله في منطقة القائم فجر الجمعة.",
    "أعلن الجيش الإسرائيلي أن طائراته قصفت مخازن أسلحة لحزب الله في بلدة الخيام مساء الأحد.",
])
def test_a_claim_cue_speaks_for_the_first_actor_after_it_not_the_one_hit(events, text):
    for e in events(text):
        assert e.claimed is not True and all(p.attribution != "claimed" for p in e.perpetrators)


@pytest.mark.parametrize("text, types", [
    ("مقتل طفل بقصف حوثي على تعز وهجوم بمسيرة على مواقع للجيش في مأرب\n"
     "قتل طفل مساء الأربعاء بقذيفة هاون أطلقها الحوثيون على حي سكني في مدينة تعز.\n"
     "وفي مأرب، شن الحوثيون مساء اليوم ذاته هجوما بطائرة مسيرة على مواقع للجيش في مديرية صرواح.",
     ["Shelling/artillery/missile attack", "Air/drone strike"]),
    ("غارة إسرائيلية على دمشق وقصف مدفعي على القنيطرة\n"
     "قالت وزارة الدفاع السورية إن غارة إسرائيلية استهدفت مبنى في حي كفرسوسة بدمشق فجر الأربعاء.\n"
     "كما قصفت المدفعية الإسرائيلية صباح الأربعاء أطراف بلدة جباتا الخشب في ريف القنيطرة.",
     ["Air/drone strike", "Shelling/artillery/missile attack"]),
])
def test_a_headline_naming_places_each_told_after_it_sums_those_attacks_up(events, text, types):
    found = events(text)
    assert [e.sub_event_type for e in found] == types
    assert all(e.date.value == "2024-02-07" for e in found)


@pytest.mark.parametrize("text, places", [
    ("قصف صاروخي على قاعدة بلد وهجوم بمسيرة على قاعدة فكتوريا\n"
     "سقطت ثلاثة صواريخ على قاعدة بلد الجوية في محافظة صلاح الدين مساء الثلاثاء.\n"
     "وفي اليوم نفسه، استهدفت طائرة مسيرة قاعدة فكتوريا قرب مطار بغداد الدولي دون وقوع إصابات.",
     ["Balad Air Base", "Camp Victory (Victory Base Complex), Baghdad"]),
    ("قصف تركي على سيدكان وزاخو\n"
     "قتل مدنيان بقصف مدفعي تركي على قرية قرب ناحية سيدكان مساء الثلاثاء.\n"
     "وفي اليوم نفسه، استهدف قصف مدفعي تركي أطراف قضاء زاخو دون وقوع إصابات.",
     ["Sidakan (Erbil)", "Zakho"]),
])
def test_a_headline_place_merged_with_the_first_attack_is_the_one_told_there(events, text, places):
    assert [e.location.name for e in events(text)] == places


@pytest.mark.parametrize("text", [
    "هجمات في ديالى\nانفجرت عبوة ناسفة في سوق شعبي بمدينة بعقوبة صباح الأحد، فيما سقطت قذيفة هاون على حي سكني "
    "في قضاء المقدادية مساء اليوم نفسه، ولم تسجل إصابات في الهجومين.",
    "استهداف قاعدتين في سوريا\nاستهدفت طائرة مسيرة قاعدة التنف صباح الأحد، فيما سقطت ثلاثة صواريخ على قاعدة "
    "الشدادي مساء اليوم نفسه، وأكد التحالف أن الهجومين لم يسفرا عن إصابات.",
])
def test_a_definite_dual_refers_back_to_the_two_attacks_told(events, text):
    assert len(events(text)) == 2


@pytest.mark.parametrize("text, tolls", [
    ("قتل ثلاثة أشخاص بغارة إسرائيلية على منزل في بلدة ميس الجبل، وقتل اثنان آخران بغارة على سيارة في بلدة حولا.",
     [(3, None), (2, None)]),
    ("أصيب جنديان بانفجار عبوة ناسفة على دورية في قضاء الطارمية صباح الأحد، وقتل مدني بانفجار عبوة ناسفة في "
     "قضاء المقدادية.", [(None, 2), (1, None)]),
    # the toll of the act told, which the noun refers back to
    ("قتل ثلاثة أشخاص بغارة إسرائيلية على منزل في بلدة ميس الجبل، وأصيب خمسة آخرون بجروح في الغارة.", [(3, 5)]),
])
def test_a_toll_joined_by_wa_with_an_act_of_its_own_is_that_acts(events, text, tolls):
    assert [(e.casualties.killed, e.casualties.wounded) for e in events(text)] == tolls


@pytest.mark.parametrize("text, places", [
    ("شنت طائرات أمريكية فجر الجمعة غارات على مواقع لكتائب حزب الله في منطقة القائم العراقية، وأخرى على مواقع "
     "في مدينة البوكمال السورية.", ["Al-Kaim", "Ālbū Kamāl"]),
    ("وقصفت المدفعية التركية مساء الثلاثاء قرى في ريف بلدة تل رفعت شمالي حلب، وأخرى في قضاء زاخو بمحافظة دهوك.",
     ["Tall Rif‘at", "Zakho"]),
])
def test_strikes_in_two_countries_told_by_a_conjunct_are_two_attacks(events, text, places):
    assert [e.location.name for e in events(text)] == places


@pytest.mark.parametrize("text, places", [
    ("شنت طائرات أمريكية فجر الجمعة غارات على مواقع لكتائب حزب الله في منطقة القائم، وأخرى على مواقع في قضاء الرطبة.",
     ["Al-Kaim", "Al-Rutba"]),
    ("وسقطت قذيفة هاون على سوق شعبي في مدينة بعقوبة مساء الأحد، وأخرى على حي سكني في قضاء المقدادية.",
     ["Baquba", "Al-Muqdadiya"]),
])
def test_another_after_a_comma_with_a_place_of_its_own_is_another_attack(events, text, places):
    assert [e.location.name for e in events(text)] == places


@pytest.mark.parametrize("text, found", [
    ("واستهدفت المقاومة الإسلامية بطائرات مسيرة قاعدة التنف مساء الأحد، وقاعدة الشدادي فجر الاثنين.",
     [("Al-Tanf garrison", "2024-02-04"), ("Al-Shaddadi base", "2024-02-05")]),
    ("وقصفت المدفعية التركية قرى في ناحية عين عيسى يوم السبت، وقرى في ريف تل تمر يوم الاثنين.",
     [("‘Ayn ‘Īsá", "2024-02-03"), ("Tall Tamr", "2024-02-05")]),
])
def test_places_each_told_with_a_day_of_their_own_are_attacks_on_those_days(events, text, found):
    assert [(e.location.name, e.date.value) for e in events(text)] == found


@pytest.mark.parametrize("text, found", [
    ("وقالت مصادر إن غارات استهدفت مطار الحديدة فجر اليوم، فيما طالت غارة قاعدة الديلمي الجوية شمالي صنعاء.",
     ["Hodeidah airport", "Al-Dailami Air Base, Sanaa"]),
    ("وذكرت مصادر أن غارات استهدفت مطار دمشق الدولي فجر اليوم، فيما طالت غارة مطار حلب الدولي.",
     ["Damascus International Airport", "Aleppo International Airport"]),
    # no act before the first place: the hour's city is not hit
    ("وقال البيان إنه قرابة الساعة السادسة بتوقيت بغداد، أطلق مسلحون صواريخ على قاعدة عين الأسد الجوية.",
     ["Ain al-Asad Air Base"]),
])
def test_two_places_each_after_an_act_of_its_own_are_two_attacks(events, text, found):
    """"غارات استهدفت مطار الحديدة ...، فيما طالت غارة قاعدة الديلمي": each place told after
    an act of attack of its own, a comma before the second act, is what one act hit."""
    assert [e.location.name for e in events(text)] == found


@pytest.mark.parametrize("text, found", [
    ("أغارت طائرات أمريكية، فجر اليوم، على مواقع لكتائب حزب الله في جرف الصخر بمحافظة بابل، وعلى مخازن أسلحة في القائم غربي الأنبار.",
     ["Jurf Al-Sakhar", "Al-Kaim"]),
    ("شنت مقاتلات التحالف، فجر اليوم، غارات على معسكر في مديرية صرواح بمحافظة مأرب، وعلى مواقع في مديرية عبس بمحافظة حجة.",
     ["Sūq Şirwāḩ", "Abs"]),
])
def test_a_second_object_after_a_comma_in_another_governorate_is_another_attack(events, text, found):
    """"على مواقع في جرف الصخر بمحافظة بابل، وعلى مخازن في القائم غربي الأنبار": the
    preposition of the object again after "، و", with a place in another governorate."""
    assert [e.location.name for e in events(text)] == found


@pytest.mark.parametrize("text, n", [
    ("وقتل خمسة أشخاص وأصيب عشرة آخرون في ثلاث هجمات منفصلة بعبوات ناسفة في بغداد أمس.", 3),
    ("وسقطت قذائف هاون في أربع هجمات متفرقة على أحياء سكنية في مدينة بعقوبة مساء الأحد.", 4),
    # a few strikes not said to be apart are one salvo
    ("وشن الطيران ثلاث غارات على بلدة عيتا الشعب صباح اليوم.", 1),
])
def test_a_few_attacks_counted_apart_are_so_many_attacks(events, text, n):
    found = events(text)
    assert len(found) == n
    assert n == 1 or all(e.casualties.killed is None for e in found)


@pytest.mark.parametrize("text, place", [
    # in the lead, strikes an act verb has as its object, at a place: what the verb did, not a series
    ("نفذت القوات الأمريكية ضربات على مواقع لفصائل مسلحة في البوكمال شرقي سوريا.\n"
     "وقال مسؤول أمريكي إن الضربات جاءت ردا على هجمات سابقة.", "Ālbū Kamāl"),
    ("نفذ الجيش التركي ضربات على مواقع لحزب العمال الكردستاني في قضاء سنجار غربي نينوى.", "Sinjar"),
    # ... and a few counted ones: the day goes without saying
    ("شنت طائرات التحالف ثلاث غارات على مواقع للحوثيين في مديرية كتاف بمحافظة صعدة.\n"
     "وقالت مصادر محلية إن الغارات أدت إلى تدمير مخزن للذخيرة.", "Kitāf"),
])
def test_strikes_an_act_verb_did_at_a_place_are_one_air_strike(events, text, place):
    assert [(e.location.name, e.sub_event_type) for e in events(text)] == [(place, "Air/drone strike")]


@pytest.mark.parametrize("text", [
    # ... not strikes counted with no place below the country, nor counted away from the lead
    "شنت طائرات التحالف ثلاث غارات على مواقع للحوثيين في اليمن.",
    "قالت وزارة الدفاع إن الوضع هادئ على الجبهات.\nوأضافت أن الطائرات ألقت منشورات فوق المدن.\n"
    "وشنت طائرات التحالف ثلاث غارات على مواقع في مديرية كتاف بمحافظة صعدة.",
])
def test_strikes_counted_with_no_place_or_away_from_the_lead_stay_a_count(events, text):
    assert events(text) == []


@pytest.mark.parametrize("text, name", [
    ("ودارت ليل الاثنين اشتباكات عنيفة بين قسد وفصائل موالية لتركيا على محور قرية عون الدادات شمالي منبج.",
     "Syrian Democratic Forces"),
    ("واندلعت مساء الأحد اشتباكات بين الجيش السوري وهيئة تحرير الشام على محور بلدة كفرنبل في ريف إدلب الجنوبي.",
     "Hayat Tahrir al Sham"),
])
def test_a_clash_with_no_target_named_hit_an_armed_side_in_it(events, text, name):
    [e] = events(text)
    assert (e.target.type, e.target.name) == ("armed_group", name)


@pytest.mark.parametrize("text, kind", [
    ("وقالت قوات سوريا الديمقراطية إن المدفعية التركية قصفت مقراتها في ريف بلدة تل تمر مساء الأحد.", "armed_group"),
    ("وقال الجيش اليمني إن الحوثيين شنوا مساء الأربعاء هجوما بطائرة مسيرة مفخخة على مواقعه في جبهة صرواح غربي مأرب.",
     "military"),
])
def test_positions_named_with_a_pronoun_are_the_speakers(events, text, kind):
    [e] = events(text)
    assert e.target.type == kind


@pytest.mark.parametrize("text", [
    "قال مصدر عسكري إن قوات حرس الحدود تبادلت إطلاق النار فجر اليوم مع مجموعة من المهربين في المنطقة العسكرية "
    "الشمالية، ما أدى إلى مقتل اثنين منهم.\nوتقول القوات المسلحة إنها أحبطت عشرات محاولات التهريب.",
    "هاجم مسلحون نقطة للشرطة قرب ناحية العظيم مساء الأحد، وتبادل الطرفان إطلاق النار لنحو ساعة، ما أدى إلى مقتل "
    "شرطي.\nوأعلنت الشرطة لاحقا أنها أحبطت محاولة تسلل.",
])
def test_sides_that_exchanged_fire_fought_a_clash(events, text):
    assert events(text)[0].sub_event_type == "Armed clash"


def test_a_weapon_that_names_a_unit_is_no_weapon_of_the_act(events):
    [e] = events("قتل عنصران من حزب الله بغارة نفذتها مسيرة إسرائيلية على سيارة قرب مدينة صور اليوم.\n"
                 "وقال الجيش الإسرائيلي إنه استهدف قائدا في وحدة الصواريخ التابعة للحزب.")
    assert [w.type for w in e.weapons] == ["drone"]
    [e] = events("اغتيل مسؤول وحدة المسيرات في الحزب بغارة إسرائيلية على سيارته في بلدة الناقورة مساء الأحد.")
    assert [w.type for w in e.weapons] == ["aircraft"]


@pytest.mark.parametrize("text, kind", [
    ("نفذت القوات الأمريكية ضربات جوية على مواقع لكتائب حزب الله في منطقة القائم فجر الجمعة.", "armed_group"),
    ("قصفت طائرات مسيرة تركية مواقع لحزب العمال الكردستاني في قضاء سنجار مساء الأحد.", "armed_group"),
    # the PMF acts as Iraq's forces, but its positions are its factions'
    ("استهدفت طائرة مسيرة مستودعا للأسلحة للحشد الشعبي في قضاء القائم فجر الخميس.", "armed_group"),
    ("قصفت طائرات مجهولة مقرا لألوية الحشد الشعبي قرب مدينة البوكمال مساء الثلاثاء.", "armed_group"),
    ("قصفت جماعة الحوثي بالمدفعية مواقع للجيش اليمني في محافظة مأرب مساء الثلاثاء.", "military"),
    # infrastructure or targets of a side: the side is what was hit, not who struck
    ("وقال الجيش الإسرائيلي إن طائراته استهدفت بنية تحتية لحزب الله في بلدة كفركلا.", "armed_group"),
    ("وشنت مقاتلات أمريكية غارات على أهداف للحوثيين في مدينة الحديدة مساء الجمعة.", "armed_group"),
    # a place a side uses
    ("وشنت طائرات حربية أمريكية ليل الجمعة سلسلة غارات على مواقع تستخدمها فصائل مسلحة موالية لإيران في مدينة "
     "البوكمال.", "armed_group"),
    ("وقصفت الطائرات الإسرائيلية فجر اليوم مستودعا يستخدمه حزب الله لتخزين الأسلحة قرب مدينة القصير.", "armed_group"),
    # the hideouts of a side
    ("وأعلنت خلية الإعلام الأمني، مساء الجمعة، أن الطيران العراقي نفذ ضربتين جويتين استهدفتا أوكارا لعصابات داعش "
     "في وادي حوران غربي الأنبار.", "armed_group"),
    ("وأعلن الجيش العراقي، اليوم، أن طائراته نفذت ضربة جوية استهدفت معاقل لتنظيم داعش في جبال مكحول شمالي تكريت.",
     "armed_group"),
])
def test_a_place_held_by_an_armed_side_is_that_sides(events, text, kind):
    for e in events(text):
        assert e.target.type == kind
        assert not any(p.name in ("Hezbollah", "Houthis", "Islamic State") or "Iran-backed" in p.name
                       for p in e.perpetrators)


@pytest.mark.parametrize("text, day", [
    ("ارتكبت الميليشيا مذبحة بحق عائلة كاملة يوم الجمعة الماضي.", "2024-02-02"),
    ("وطالب ذوو الضحايا بكشف الحقيقة في ملف اغتيال الوزير السابق في 3 مارس 2006.", "2006-03-03"),
])
def test_a_killing_noun_with_a_date_of_its_own_is_an_act_without_a_place(events, text, day):
    [e] = events(text)
    assert e.date.value == day and e.sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    "وتحدث الكاتب عن انحدار البلد عام 2003 إلى المذبحة.",
    "وكان يتهم بالتعذيب واستخدام الاغتيال السياسي في عهده الذي بدأ عام 1973.",
    "ارتكبت الميليشيا مذبحة بحق عائلة كاملة.",
])
def test_a_killing_noun_abstract_or_undated_and_unplaced_is_no_act(events, text):
    assert events(text) == []


@pytest.mark.parametrize("text, places", [
    ("اقتحم مسلحون منزل مسؤول محلي في مدينة بعقوبة فجر الأحد، وقتلوا حارسه، واستهدفوا مركزا للشرطة في بلدة الخالص.",
     ["Baquba", "Al-Khalis"]),
    ("هاجم مسلحون نقطة تفتيش في مدينة سامراء، وقتلوا جنديين، واختطفوا سائق شاحنة على طريق تكريت.",
     ["Samarra", "Tikrit"]),
])
def test_an_act_verb_joined_by_wa_after_a_killing_is_another_act(events, text, places):
    """The killing ("وقتلوا حارسه") only tells a result, but a verb of another act joined after
    it by "، و" opens a clause of its own: another act, on another target."""
    assert [e.location.name for e in events(text)] == places


@pytest.mark.parametrize("text, types", [
    ("استهدفت صواريخ وطائرات مسيرة قاعدة حرير فجر الأحد.", ["rocket", "drone"]),
    ("وتعرضت قاعدة التنف لهجوم بالطائرات المسيرة والصواريخ مساء السبت.", ["drone", "rocket"]),
    ("أطلق الحرس الثوري صواريخ باليستية على مدينة أربيل فجر الأحد، وسقطت الصواريخ قرب القنصلية.", ["missile"]),
])
def test_a_generic_rocket_gives_way_to_a_missile_named_not_to_drones_beside_it(events, text, types):
    [e] = events(text)
    assert [w.type for w in e.weapons] == types


@pytest.mark.parametrize("text, target", [
    ("استهدفت عبوة ناسفة رتلا للتحالف أثناء مروره قرب مطار بغداد الدولي صباح الأحد.", "convoy"),
    ("قتل قائد ميداني في غارة بطائرة مسيرة قرب مطار بغداد الدولي فجر الجمعة.", "armed_group"),
    ("سقطت ثلاثة صواريخ قرب السفارة الأمريكية في بغداد مساء الأحد.", "diplomatic"),
])
def test_a_site_after_near_is_what_was_hit_only_when_no_target_noun_is_named(events, text, target):
    [e] = events(text)
    assert e.target.type == target


@pytest.mark.parametrize("text, place", [
    ("وناشدت العائلة الخاطفين إطلاق سراح الطبيب الذي اختطفته عصابة مسلحة في مدينة البصرة مساء الأحد.", "Al-Basrah"),
    ("وأكدت الشرطة أن الصحفية التي خطفتها مجموعة مسلحة في مدينة بيجي يوم الجمعة الماضي ما زالت مفقودة.", "Beygee"),
])
def test_an_abduction_verb_with_its_object_pronoun_reports_an_abduction(events, text, place):
    [e] = events(text)
    assert e.sub_event_type == "Abduction/forced disappearance" and e.location.name == place


@pytest.mark.parametrize("text", [
    "سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية مساء الثلاثاء. وهذا أعنف هجوم تتعرض له قاعدة عين الأسد منذ عام 2020.",
    "استهدف هجوم بطائرتين مسيرتين مطار أربيل الدولي فجر الأحد. ويعد ثاني أكبر هجوم على مطار أربيل منذ مطلع عام 2021.",
])
def test_an_attack_compared_by_a_superlative_is_the_one_just_told(explain, text):
    """"وهذا أعنف هجوم ... منذ عام 2020": the noun compares the attack told with others; the
    year after "منذ" is the comparison's, not another attack's date."""
    a = explain(text)
    [e] = a.events
    assert e.date.value.startswith("2024-02") and [d.reason for d in a.decisions][-1] == "compared"


def test_the_worst_attack_in_a_relative_clause_is_another(events):
    """"التي شهدت أمس أسوأ تفجير": the place named had an attack of its own."""
    assert len(events("قتل خمسة أشخاص بانفجار عبوة ناسفة في مدينة الحلة صباح اليوم، فيما لم تنس مدينة "
                      "بعقوبة التي شهدت أمس أسوأ تفجير منذ مطلع العام.")) == 2


@pytest.mark.parametrize("sentence", [
    "وقال المتحدث إن قذائف سقطت على قوات التحالف في أربيل ليلة أمس.",
    "وأفادت مصادر بأن صواريخ سقطت على القوات العراقية في قاعدة بلد مساء الجمعة.",
])
def test_an_actor_after_a_preposition_is_not_the_verbs_subject(events, sentence):
    """"سقطت على قوات التحالف": the forces after "على" were hit; they did not fire."""
    [e] = events(sentence)
    assert not e.perpetrators


@pytest.mark.parametrize("sentence, killed", [
    ("قال الجيش إن غارة جوية دمرت منزلين غرب الرمادي الليلة قبل الماضية وكان القتلى خمسة مسلحين.", 5),
    ("شنت طائرات غارة على قرية قرب غزة الليلة قبل الماضية، والقتلى ثلاثة مدنيين.", 3),
])
def test_an_anchor_word_inside_a_date_does_not_make_the_toll_another_acts(events, sentence, killed):
    """"الليلة قبل الماضية": the night before last; its "قبل" is no time anchor ("قبل مقتل
    قائد") that would give the toll after it to another act."""
    [e] = events(sentence)
    assert e.casualties.killed == killed


@pytest.mark.parametrize("sentence, place", [
    ("وذكرت مصادر محلية أن الطيران الحربي شن ثلاث غارات على منطقة الجبانة في مدينة الحديدة صباح اليوم.", "Al Ḩudaydah"),
    ("وشنت طائرات حربية، فجر الأربعاء، أربع غارات على أطراف بلدة بنت جبيل في جنوب لبنان.", "Bent Jbaïl"),
])
def test_a_few_strikes_with_their_own_day_and_place_are_one_salvo(events, sentence, place):
    """"شن ثلاث غارات على ... صباح اليوم": a small count of strikes whose clause names their
    day and a place below the country is one salvo, not a tally of attacks."""
    [e] = events(sentence)
    assert e.location.name == place and e.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("sentence, place", [
    ("وشن الطيران الحربي خمس غارات على مطار الحديدة.", "Hodeidah airport"),
    ("ونفذت المقاتلات أربع ضربات على قاعدة الديلمي الجوية شمالي صنعاء.", "Al-Dailami Air Base, Sanaa"),
])
def test_a_few_strikes_on_a_named_site_are_one_salvo(events, sentence, place):
    """"شن الطيران خمس غارات على مطار الحديدة": a small count of strikes whose clause names
    the site they hit is one salvo there, with no day of its own."""
    [e] = events(sentence)
    assert e.location.name == place and e.sub_event_type == "Air/drone strike"


def test_a_count_of_strikes_with_no_place_of_its_own_is_a_tally(events):
    assert events("وشن الطيران الحربي أمس خمس غارات على مواقع متفرقة في البلاد.") == []


@pytest.mark.parametrize("sentence", [
    "وشنت طائرات أمريكية فجر اليوم غارات على مواقع تابعة لجماعة الحوثي في مدينة الحديدة.",
    "ونفذت مقاتلات إسرائيلية مساء أمس ضربات على مخازن تابعة لحزب الله في بلدة النبي شيت.",
])
def test_a_place_held_by_a_side_after_tabia_is_what_was_hit(events, sentence):
    """"غارات على مواقع تابعة لجماعة الحوثي": the side owns the positions hit; it did not
    strike (an owner after a weapon is the attacker only when no held place stands between)."""
    [e] = events(sentence)
    assert e.target.type == "armed_group"
    assert all(p.name not in ("Ansar Allah (Houthis)", "Hezbollah") for p in e.perpetrators)


@pytest.mark.parametrize("sentence", [
    "وقال المتحدث العسكري باسم الحوثيين إن الغارات الأمريكية أسفرت عن مقتل ثلاثة أشخاص في صنعاء أمس.",
    "وأكد الناطق العسكري باسم حزب الله أن القصف الإسرائيلي أدى إلى مقتل مدنيين في بلدة الخيام اليوم.",
])
def test_a_military_spokesman_speaks_for_his_group_he_is_no_agent(events, sentence):
    """"المتحدث العسكري باسم الحوثيين": the group is the speaker's body, not the attacker."""
    [e] = events(sentence)
    assert all(p.name not in ("Ansar Allah (Houthis)", "Hezbollah") for p in e.perpetrators)


@pytest.mark.parametrize("text, place", [
    ("شهدت محافظة درعا عمليات اغتيال متكررة خلال الأشهر الماضية، كان آخرها مقتل قيادي سابق برصاص "
     "مسلحين مجهولين في بلدة طفس أمس.", "Ţafas"),
    ("تصاعدت الهجمات المتكررة على الحواجز في ريف دير الزور، وكان آخرها هجوم بعبوة ناسفة على حاجز "
     "في بلدة البصيرة فجر اليوم.", "Al Buşayrah"),
])
def test_the_latest_of_a_series_is_an_act_of_its_own(events, text, place):
    [e] = events(text)
    assert (e.location.name, e.date.value) == (place, "2024-02-07" if "أمس" in text else "2024-02-08")


@pytest.mark.parametrize("text, found", [
    ("شنت طائرات إسرائيلية غارات على ميناء الحديدة فجر اليوم.\nوامتدت الضربات إلى ميناء رأس عيسى شمالي المدينة.",
     [("Port of Hodeidah", "Air/drone strike"), ("Ras Isa port", "Air/drone strike")]),
    ("أغار الطيران الإسرائيلي على بلدة الخيام ظهر اليوم.\nوامتدت الغارات لاحقا إلى بلدة كفركلا المجاورة.",
     [("Khiam", "Air/drone strike"), ("Kfar Kila", "Air/drone strike")]),
])
def test_strikes_that_reached_another_place_are_an_attack_there(events, text, found):
    """"وامتدت الضربات إلى ميناء رأس عيسى": the strikes told reached another place; not a
    series of no place, but the act there."""
    assert [(e.location.name, e.sub_event_type) for e in events(text)] == found


@pytest.mark.parametrize("text, side", [
    ("شنت طائرات أمريكية غارة على مواقع في البوكمال فجر اليوم.\nوطالت غارة أخرى موقعا قرب بلدة الميادين.",
     "Military Forces of the United States"),
    ("قصفت المدفعية التركية قرية كاني ماسي في دهوك مساء أمس.\nوسقطت قذيفة أخرى على أطراف ناحية سيدكان.",
     "Military Forces of Turkey"),
    # one more of the kind: "ثانية", "مماثلة"
    ("أغار الطيران الإسرائيلي على منزل في بلدة الخيام ظهر اليوم.\nكما استهدفت غارة ثانية بلدة عيترون.",
     "Military Forces of Israel"),
    ("قتل أربعة مدنيين صباح اليوم في غارات روسية على بلدة البارة.\nوطالت غارات مماثلة بلدة كفرنبل.",
     "Military Forces of Russia"),
])
def test_another_strike_is_by_the_side_of_the_one_told_before(events, text, side):
    """"وطالت غارة أخرى موقعا قرب بلدة الميادين": another strike, naming no one, is one more
    of the side that struck just before."""
    first, other = events(text)
    assert [p.name for p in first.perpetrators] == [p.name for p in other.perpetrators] == [side]


@pytest.mark.parametrize("text, killed", [
    ("استشهد فلسطيني برصاص قوات الاحتلال في مخيم جنين فجر اليوم.", 1),
    ("استشهد ثلاثة شبان بقصف مدفعي على بلدة الخيام مساء أمس.", 3),
])
def test_martyred_with_a_weapon_is_a_killing(events, text, killed):
    [e] = events(text)
    assert e.casualties.killed == killed


@pytest.mark.parametrize("text, wounded, place, sub_event_type", [
    ("أصيب شرطيان بنيران قناص تابع لتنظيم داعش في قرية قرب مخمور مساء أمس.", 2, "Makhmour", "Armed clash"),
    ("وجرح ثلاثة مزارعين برصاص مسلحين مجهولين في أطراف مدينة درعا صباح اليوم.", 3, "Dar‘ā", "Attack"),
    ("وأصيبت امرأتان برصاص مسلحين مجهولين في حي الجمهورية بمدينة البصرة أمس.", 2, "Al-Basrah", "Attack"),
])
def test_wounded_by_a_weapon_is_an_attack(events, text, wounded, place, sub_event_type):
    """"أصيب راع برصاص قناص": a wounding with a weapon reports the act, as a killing does
    (shooting at police is a clash with forces, at civilians an attack)."""
    [e] = events(text)
    assert (e.casualties.wounded, e.location.name, e.sub_event_type) == (wounded, place, sub_event_type)


@pytest.mark.parametrize("text", [
    "أصيب اللاعب بجروح في ركبته خلال المباراة أمس.",
    "وجرح الوزير مشاعر المعلمين بتصريحاته في البرلمان.",
    "وأصيب ثلاثة مدنيين بجروح متفاوتة ونقلوا إلى المستشفى.",
])
def test_wounded_without_a_weapon_is_no_act(events, text):
    assert events(text) == []


@pytest.mark.parametrize("text, perpetrator", [
    ("أصيب جنديان بانفجار عبوة ناسفة زرعها مسلحو داعش على طريق في قضاء الطوز أمس.", "Islamic State"),
    ("قتل راعيان بانفجار لغم أرضي زرعته قوات النظام السوري قرب بلدة اللطامنة صباح اليوم.",
     "Military Forces of Syria"),
])
def test_who_planted_the_bomb_did_the_attack(events, text, perpetrator):
    [e] = events(text)
    assert [p.name for p in e.perpetrators] == [perpetrator]


@pytest.mark.parametrize("text", [
    "وزرع المزارعون أشجار الزيتون في أطراف بلدة اللطامنة.",
    "زرعت البلدية الورود على جانبي الطريق في قضاء الطوز.",
])
def test_planting_with_no_weapon_is_no_act(events, text):
    assert events(text) == []


@pytest.mark.parametrize("text, place", [
    ("قتل جنديان بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الطارمية فجر اليوم.\n"
     "وقال مصدر في قيادة عمليات بغداد إن العبوة زرعت على جانب طريق زراعي.", "Al-Tarmiya"),
    ("أصيب ثلاثة جنود بهجوم على نقطة للجيش في قضاء الطارمية صباح اليوم.\n"
     "وذكر بيان لقيادة عمليات سامراء أن المهاجمين فتحوا النار على الجنود من أسلحة رشاشة.", "Al-Tarmiya"),
])
def test_a_place_that_names_a_commands_area_is_no_place_of_the_attack(events, text, place):
    [e] = events(text)
    assert e.location.name == place


@pytest.mark.parametrize("text", [
    "واستشهد الوزير بقول مأثور في كلمته أمام البرلمان أمس.",     # "cited"
    "استشهد شاب متأثرا بجروح أصيب بها قبل أسبوع.",              # died of earlier wounds
])
def test_martyred_without_a_weapon_is_no_act(events, text):
    assert events(text) == []


@pytest.mark.parametrize("text, perpetrator", [
    ("قتل قيادي سابق في فصائل المعارضة برصاص مسلحين مجهولين في بلدة طفس أمس.", "مسلحين مجهولين"),
    ("قتل مسؤول محلي في حزب البعث بنيران مسلحين من تنظيم داعش في ريف الرقة مساء أمس.", "داعش"),
])
def test_the_shooter_after_birasas_did_it(events, text, perpetrator):
    [e] = events(text)
    assert [p.text[-len(perpetrator):] for p in e.perpetrators] == [perpetrator]


@pytest.mark.parametrize("text, place", [
    ("أغارت الطائرات الحربية الإسرائيلية على منزل في بلدة عيتا الشعب الليلة الماضية.", "Aita al-Shaab"),
    ("وأغار الطيران الحربي على مواقع للمسلحين في ريف إدلب فجر اليوم.", "Idlib"),
])
def test_aghara_is_an_air_strike(events, text, place):
    [e] = events(text)
    assert (e.sub_event_type, e.location.name) == ("Air/drone strike", place)


@pytest.mark.parametrize("text, weapons", [
    ("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة التنف بطائرة مسيرة، وقاعدة الشدادي بصاروخين، فجر اليوم.",
     [["drone"], ["rocket"]]),
    ("استهدفت الفصائل قاعدة عين الأسد بثلاثة صواريخ، وقاعدة حرير بطائرة مسيرة مفخخة، مساء الأحد.",
     [["rocket"], ["drone"]]),
])
def test_places_listed_each_with_its_weapon_keep_their_own(events, text, weapons):
    assert [[w.type for w in e.weapons] for e in events(text)] == weapons


def test_places_listed_with_one_weapon_share_it(events):
    found = events("استهدفت المقاومة قاعدة التنف وقاعدة الشدادي بطائرات مسيرة فجر اليوم.")
    assert [[w.type for w in e.weapons] for e in found] == [["drone"], ["drone"]]


@pytest.mark.parametrize("text", [
    "أعلن البنتاغون أن طائرة من طراز AC-130 قصفت مركبة تقل مسلحين قرب أبو غريب مساء أمس.",
    "وذكرت قيادة العمليات أن مقاتلات F-16 قصفت مواقع للتنظيم في سلسلة جبال حمرين فجر اليوم.",
])
def test_a_number_before_a_verb_counts_no_acts(events, text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("text, name", [
    ('أعلن المتحدث العسكري باسم الحوثيين استهداف ناقلة النفط "مارلين" في خليج عدن بصواريخ بحرية فجر اليوم.',
     "Ansar Allah (Houthis)"),
    ("وقال الناطق باسم كتائب القسام إن مقاتليه استهدفوا دبابة إسرائيلية بقذيفة في خان يونس صباح اليوم.",
     "Al Qassam Brigades"),
])
def test_an_armed_groups_spokesman_who_announces_the_act_claims_it(events, text, name):
    [e] = events(text)
    assert [(p.name, p.attribution) for p in e.perpetrators] == [(name, "claimed")]


@pytest.mark.parametrize("text", [
    "نفى الحوثيون أي علاقة لهم بالانفجار الذي وقع في معسكر للقوات الحكومية في مأرب أمس.",
    "ونفت حركة حماس مسؤوليتها عن إطلاق الصاروخ الذي سقط على مدينة سديروت مساء أمس.",
])
def test_who_denies_a_part_in_the_act_did_not_do_it(events, text):
    [e] = events(text)
    assert e.perpetrators == []


@pytest.mark.parametrize("text", [
    "قتل متعاقد مدني وأصيب تسعة آخرون بينهم جندي أمريكي في هجوم صاروخي استهدف مطار أربيل الدولي مساء الاثنين.",
    "أصيب خمسة أشخاص بينهم جنديان أمريكيان في هجوم بطائرة مسيرة على قاعدة حرير فجر اليوم.",
])
def test_forces_named_by_their_nation_among_the_hurt_are_no_agent(events, text):
    [e] = events(text)
    assert e.perpetrators == []


@pytest.mark.parametrize("text, perpetrator", [
    ("اتهمت وزارة الدفاع السورية فصائل المعارضة بقصف أحياء سكنية في مدينة حلب بالقذائف الصاروخية مساء أمس.",
     "Syrian opposition factions (generic)"),
    ("اتهمت قوات سوريا الديمقراطية الفصائل الموالية لتركيا بقصف قرى في ريف منبج بالمدفعية صباح اليوم.",
     "Syrian National Army"),
])
def test_the_syrian_opposition_and_the_factions_backed_by_turkey_are_actors(events, text, perpetrator):
    [e] = events(text)
    assert [(p.name, p.attribution) for p in e.perpetrators] == [(perpetrator, "accused")]


@pytest.mark.parametrize("text, target", [
    ("انفجرت عبوة ناسفة على طريق في قضاء سوق الشيوخ جنوبي الناصرية.", None),
    ("أغار الطيران الحربي الروسي على منطقة جبلية قرب بلدة بداما في ريف جسر الشغور.", None),
    # a market named in its own words still is one
    ("سقطت قذيفة هاون على سوق شعبي في مدينة سوق الشيوخ.", "civilian"),
])
def test_a_word_of_a_towns_name_is_no_target(events, text, target):
    [e] = events(text)
    assert e.target.type == target


@pytest.mark.parametrize("text, perpetrator", [
    ("أعلن المتحدث العسكري باسم قوات صنعاء استهداف سفينة تجارية في البحر الأحمر بصاروخ باليستي.",
     "Ansar Allah (Houthis)"),
    ("قصفت قوات الاحتلال الصهيوني بالمدفعية أطراف بلدة كفركلا فجر اليوم.", "Military Forces of Israel"),
])
def test_the_names_a_sides_media_give_their_forces_name_them(events, text, perpetrator):
    [e] = events(text)
    assert perpetrator in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("text, perpetrator", [
    # a name two sides give themselves is the one the article names otherwise
    ("حزب الله يستهدف موقع المطلة\nأعلنت المقاومة الإسلامية في بيان أن مجاهديها استهدفوا ظهر اليوم موقع "
     "المطلة الإسرائيلي بقذائف المدفعية.", "Hezbollah"),
    ("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرة مسيرة فجر اليوم.\n"
     "كما أعلنت المقاومة الإسلامية استهداف قاعدة حرير في أربيل بطائرة مسيرة مساء اليوم.", "Islamic Resistance in Iraq"),
])
def test_a_name_two_sides_share_is_the_one_the_article_names_otherwise(events, text, perpetrator):
    assert {p.name for e in events(text) for p in e.perpetrators} == {perpetrator}


@pytest.mark.parametrize("text", [
    "شنت طائرات إسرائيلية غارات على بلدة عيتا الشعب جنوبي لبنان صباح اليوم.\n"
    "وبعد الظهر، أغارت مسيرة على دراجة نارية في بلدة بنت جبيل ما أدى إلى إصابة شخصين.",
    "قصفت المدفعية التركية قرى في قضاء العمادية بمحافظة دهوك مساء أمس.\n"
    "وفي وقت لاحق، سقطت قذائف مدفعية على أطراف ناحية سيدكان في قضاء سوران.",
])
def test_an_attack_told_with_no_side_is_by_the_side_of_the_one_told_before(events, text):
    first, second = events(text)
    [told] = first.perpetrators
    [inferred] = second.perpetrators
    assert (inferred.name, inferred.attribution, inferred.inferred) == (told.name, None, "told_before")
    assert told.inferred is None


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة برتل للدعم اللوجستي على الطريق السريع في محافظة المثنى صباح اليوم.\n"
    "وفي سياق متصل، تبنت سرية قاصم الجبارين استهداف رتل في ناحية اللطيفية بعبوة ناسفة، واستهداف رتل آخر "
    "في قضاء الرميثة بعبوة ثانية مساء أمس.",
    "سقطت قذيفة على أطراف بلدة الخيام صباح اليوم.\n"
    "وشنت طائرات إسرائيلية غارة على بلدة عيتا الشعب بعد الظهر، كما قصفت المدفعية الإسرائيلية بلدة كفركلا مساء.",
])
def test_an_attack_with_no_side_first_is_by_the_one_side_the_article_names(events, text):
    first, *rest = events(text)
    sides = {p.name for e in rest for p in e.perpetrators}
    assert len(sides) == 1
    assert [(p.name, p.inferred) for p in first.perpetrators] == [(sides.pop(), "told_before")]


def test_a_side_told_with_another_weapon_is_not_carried_over(events):
    first, second = events("شنت طائرات إسرائيلية غارات على بلدة عيتا الشعب جنوبي لبنان صباح اليوم.\n"
                           "وفي حادث منفصل، انفجرت عبوة ناسفة بسيارة في بلدة بنت جبيل مساء اليوم.")
    assert second.perpetrators == []


@pytest.mark.parametrize("text", [
    "استهدفت طائرات مجهولة مواقع للفصائل المسلحة قرب البوكمال فجر اليوم.",
    "أغار الطيران السوري على أطراف بلدة معرة النعمان في ريف إدلب مساء أمس.",
])
def test_a_plane_right_after_a_verb_of_striking_is_a_warplane(events, text):
    [e] = events(text)
    assert ([w.type for w in e.weapons], e.sub_event_type) == (["aircraft"], "Air/drone strike")


@pytest.mark.parametrize("text, killed, wounded", [
    ("سقط صاروخ كاتيوشا قرب قاعدة فكتوريا في مطار بغداد الدولي فجر اليوم.\n"
     "وأكد مصدر أمني عدم وقوع أي أضرار بشرية أو مادية.", 0, 0),
    ("استهدفت طائرة مسيرة قاعدة حرير في أربيل فجر اليوم.\nولم يصب أحد بأذى.", None, 0),
    ("سقطت قذيفة هاون على سوق شعبي في بلدة المقدادية مساء أمس.\n"
     "وأفادت مصادر طبية بإصابة ثلاثة مدنيين بجروح.", None, 3),
])
def test_a_zero_or_a_reported_count_in_the_next_sentence_is_the_attacks_toll(events, text, killed, wounded):
    [e] = events(text)
    assert (e.casualties.killed, e.casualties.wounded) == (killed, wounded)


def test_who_the_victims_were_in_the_next_sentence_is_no_count(events):
    [e] = events("سقطت قذيفة هاون على سوق شعبي في بلدة المقدادية مساء أمس.\n"
                 "وطالب ذوو الضحايا الحكومة بمحاسبة المقصرين.")
    assert (e.casualties.killed, e.casualties.wounded) == (None, None)


@pytest.mark.parametrize("text, target", [
    ("شنت طائرات إسرائيلية غارات على مطار دمشق الدولي فجر اليوم.", "military"),
    ("قصفت مقاتلات التحالف العربي مطار صنعاء الدولي مساء أمس.", "military"),
    # a faction's rockets on an airport, a bomb in its hall: the airport
    ("سقطت ثلاثة صواريخ كاتيوشا على مطار أربيل الدولي مساء أمس.", "airport"),
    ("فجر انتحاري نفسه في صالة المغادرة بمطار كابول صباح اليوم.", "airport"),
])
def test_an_airport_a_states_air_force_strikes_is_a_military_target(events, text, target):
    [e] = events(text)
    assert e.target.type == target


@pytest.mark.parametrize("text, day", [
    ("استذكر العراقيون، السبت، ضحايا تفجير الكرادة الذي وقع في الثالث من تموز 2016.", "2016-07-03"),
    ("زار وزير الداخلية، الاثنين، موقع تفجير ساحة الطيران الذي وقع في كانون الثاني 2021.", "2021-01"),
])
def test_a_relative_clause_on_the_act_noun_dates_the_act_not_the_day_before_it(events, text, day):
    [e] = events(text)
    assert e.date.value == day


def test_two_civilians_in_the_dual_are_two_killed(events):
    [e] = events("قتل مدنيان وأصيب ثلاثة آخرون جراء انفجار لغم أرضي في مديرية حيس جنوب الحديدة اليوم.")
    assert (e.casualties.killed, e.casualties.wounded) == (2, 3)


@pytest.mark.parametrize("text", [
    "قتل مدنيان برصاص قناص في حي الروضة بمدينة تعز صباح اليوم.",
    "أصيب مواطنان بجروح جراء قصف مدفعي على بلدة كفرنبل مساء أمس.",
])
def test_two_civilians_in_the_dual_are_a_civilian_target(events, text):
    [e] = events(text)
    assert e.target.type == "civilian"


@pytest.mark.parametrize("text", [
    "وأعلن حزب الله أن مقاتليه استهدفوا دبابة إسرائيلية بصاروخ موجه قرب موقع المالكية ظهر اليوم.",
    "قال مقاتلون من الفصائل إنهم استهدفوا دبابة إسرائيلية بقذيفة مضادة للدروع في جباليا صباح اليوم.",
])
def test_a_weapon_that_is_the_object_of_the_verb_is_not_its_nations_act(events, text):
    [e] = events(text)
    assert not [p for p in e.perpetrators if p.name.startswith("Military Forces of")]


@pytest.mark.parametrize("text", [
    "تعرض رتل للتحالف الدولي لهجوم بعبوة ناسفة في محافظة بابل، وهو الرابع من نوعه هذا الأسبوع.",
    "سقطت ثلاثة صواريخ على قاعدة بلد الجوية، وهو الهجوم الثاني على القاعدة هذا الشهر.",
])
def test_a_date_of_the_comparison_said_of_the_act_is_not_its_date(events, text):
    [e] = events(text)
    assert (e.date.value, e.date.inferred) == ("2024-02-08", "publication_date")


@pytest.mark.parametrize("text", [
    "تعرض رتل للتحالف الدولي لهجوم بعبوة ناسفة في محافظة بابل صباح اليوم.",
    "تعرضت دورية للجيش العراقي لهجوم مسلح قرب قضاء الطارمية مساء أمس.",
])
def test_what_undergoes_the_attack_is_not_its_agent(events, text):
    [e] = events(text)
    assert e.perpetrators == []


@pytest.mark.parametrize("text, name", [
    ("أعلن الحرس الثوري الإيراني استهداف مقر في أربيل بصواريخ باليستية فجر اليوم.", "Islamic Revolutionary Guard Corps"),
    ("وأعلن الجيش الإسرائيلي استهداف مستودع أسلحة في بلدة النبطية مساء أمس.", "Military Forces of Israel"),
])
def test_who_announces_its_act_by_its_noun_did_it(events, text, name):
    [e] = events(text)
    assert [p.name for p in e.perpetrators] == [name]


def test_a_source_that_announces_a_fall_did_not_do_it(events):
    [e] = events("أعلنت خلية الإعلام الأمني سقوط صاروخين على قاعدة عين الأسد فجر اليوم.")
    assert e.perpetrators == []


@pytest.mark.parametrize("text, day", [
    ("شيع آلاف العراقيين في بغداد اليوم جثمان القيادي في كتائب حزب الله الذي قتل بغارة أمريكية مساء الأربعاء.",
     "2024-02-07"),
    ("وصل اليوم إلى أربيل جثمان الصحفي الذي قتل بقصف تركي على سيارته في قضاء سنجار مساء الاثنين.", "2024-02-05"),
])
def test_an_act_told_in_a_relative_clause_keeps_its_own_date(events, text, day):
    [e] = events(text)
    assert e.date.value == day


# --- reactions and claims told after the lead --------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("دانت وزارة الخارجية، الخميس، الهجوم بطائرة مسيرة الذي استهدف مساء الأربعاء قاعدة عسكرية في محافظة الأنبار وأسفر عن مقتل جنديين.",
     "2024-02-07"),
    ("استنكرت الحكومة اليمنية، اليوم الخميس، القصف الصاروخي الذي طال ليل الثلاثاء حيا سكنيا في مدينة مأرب وأدى إلى مقتل ثلاثة مدنيين.",
     "2024-02-06"),
])
def test_the_day_after_a_verb_of_condemning_is_the_reactions(events, text, day):
    [e] = events(text)
    assert e.date.value == day


@pytest.mark.parametrize("text, killed", [
    ("زار وفد حكومي موقع الانفجار الذي وقع في سوق الكرادة قبل أسبوعين وأودى بحياة 12 شخصا.", 12),
    ("وكان الهجوم الذي استهدف الحافلة قرب تدمر قبل ثلاثة أيام قد أسفر عن مقتل 9 جنود.", 9),
])
def test_a_toll_after_a_point_in_time_with_qabl_is_the_acts_own(events, text, killed):
    [e] = events(text)
    assert e.casualties.killed == killed


@pytest.mark.parametrize("text", [
    "أجرت القوات الأمريكية تدريبات على إطلاق الصواريخ في قاعدة عين الأسد.",
    "ونفذ الجيش تدريبا على صد هجوم بطائرات مسيرة في محيط قاعدة الحبانية.",
])
def test_training_in_firing_is_no_attack(events, text):
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "أصيب جنديان من قوات اليونيفيل بعد أن أطلقت دبابة إسرائيلية النار على برج مراقبة في الناقورة.",
    "قتل ثلاثة مدنيين بعد أن استهدفت طائرة مسيرة سيارتهم قرب بلدة بنت جبيل.",
])
def test_a_toll_then_after_an_and_the_act_is_the_lead_act_not_background(events, text):
    [e] = events(text)
    assert (e.date.value, e.date.inferred) == ("2024-02-08", "publication_date")


@pytest.mark.parametrize("sentence", [
    "قتل مدنيان بقصف مدفعي تركي استهدف قرية في قضاء زاخو بمحافظة دهوك مساء أمس.",
    "أصيب طفل بقصف مدفعي إسرائيلي على بلدة كفركلا جنوبي لبنان صباح اليوم.",
])
def test_the_nisba_after_shelling_named_by_its_weapon_is_the_perpetrator(events, sentence):
    """"بقصف مدفعي تركي": the nation after "قصف مدفعي" is who shelled."""
    [e] = events(sentence)
    assert [w.type for w in e.weapons] == ["artillery"]
    assert len(e.perpetrators) == 1 and e.perpetrators[0].name in ("Military Forces of Turkey", "Military Forces of Israel")


@pytest.mark.parametrize("sentence", [
    "قصفت قوات النظام بالمدفعية الثقيلة وراجمات الصواريخ بلدة البارة في ريف إدلب مساء أمس.",
    "استهدف الجيش بقذائف المدفعية وراجمات الصواريخ مواقع المسلحين في محيط مدينة درنة اليوم.",
])
def test_rocket_launchers_firing_beside_guns_are_rockets(events, sentence):
    [e] = events(sentence)
    assert sorted(w.type for w in e.weapons) == ["artillery", "rocket"]


@pytest.mark.parametrize("sentence, perpetrator", [
    ("قتل خمسة مدنيين بغارات روسية على بلدة كفرنبل في ريف إدلب اليوم.", "Military Forces of Russia"),
    ("استهدفت طائرات حربية روسية سوقا شعبيا في مدينة أريحا مساء أمس.", "Military Forces of Russia"),
    ("شنت طائرات حربية بريطانية غارة على مواقع لتنظيم داعش في جبال حمرين اليوم.", "Military Forces of the United Kingdom"),
    ("قتل ثلاثة مسلحين بغارة بريطانية على مخبأ في وادي حوران صباح اليوم.", "Military Forces of the United Kingdom"),
])
def test_a_russian_or_british_nisba_after_a_strike_is_its_perpetrator(events, sentence, perpetrator):
    [e] = events(sentence)
    assert perpetrator in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("sentence", [
    "قال مصدر عسكري إن العدو الإسرائيلي نفذ عدوانا جويا استهدف مواقع في ريف حماة فجر اليوم.",
    "وأفاد الجيش اللبناني بأن العدو الإسرائيلي استهدف أطراف بلدة الناقورة بقذائف المدفعية صباح اليوم.",
])
def test_the_israeli_enemy_is_israel(events, sentence):
    """"العدو الإسرائيلي": how Syrian and Lebanese official statements name Israel."""
    [e] = events(sentence)
    assert [p.name for p in e.perpetrators] == ["Military Forces of Israel"]


@pytest.mark.parametrize("sentence", [
    "شنت مقاتلات أمريكية وبريطانية فجر اليوم غارات على مواقع في محافظة الحديدة.",
    "استهدفت غارات أمريكية بريطانية مواقع في مدينة صعدة مساء أمس.",
])
def test_two_nisbas_joined_after_a_strike_name_two_perpetrators(events, sentence):
    [e] = events(sentence)
    assert {p.name for p in e.perpetrators} == {"Military Forces of the United States",
                                                "Military Forces of the United Kingdom"}


@pytest.mark.parametrize("sentence", [
    "انفجرت عبوة ناسفة على رتل يحمل معدات للتحالف الدولي في محافظة الديوانية اليوم.",
    "استهدفت طائرة مسيرة شاحنة تحمل مساعدات لحزب الله قرب مدينة القصير مساء أمس.",
])
def test_a_verb_of_carrying_blames_no_one(events, sentence):
    """"رتل يحمل معدات للتحالف": the owner of the load is not accused of the attack."""
    [e] = events(sentence)
    assert not [p for p in e.perpetrators if p.attribution == "accused"]


@pytest.mark.parametrize("sentence", [
    "انفجرت سيارة مفخخة في سوق مدينة أعزاز اليوم، وحملت الحكومة المؤقتة وحدات حماية الشعب مسؤولية التفجير.",
    "سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر الأحد، وحمل البنتاغون كتائب حزب الله مسؤولية القصف.",
])
def test_a_verb_of_loading_with_the_responsibility_blames(events, sentence):
    [e] = events(sentence)
    assert [p.attribution for p in e.perpetrators if p.name != "Military Forces of the United States"] == ["accused"]


@pytest.mark.parametrize("sentence", [
    "سقطت طائرة مسيرة مفخخة قرب مطار أربيل الدولي مساء الاثنين، وحملت الوزارة جماعات خارجة عن القانون مسؤولية الهجوم.",
    "اتهمت الشرطة مسلحين مجهولين باغتيال الناشط أحمد حسن أمام منزله في مدينة البصرة مساء أمس.",
])
def test_unnamed_men_are_neither_accused_nor_claimants(events, sentence):
    """A blame or a claim names a party; "مجهولون" name none (ACLED: an unidentified group)."""
    [e] = events(sentence)
    assert not [p for p in e.perpetrators if p.attribution in ("claimed", "accused")]


@pytest.mark.parametrize("sentence, accused", [
    ("سقطت أربع قذائف هاون على قاعدة زليكان في ناحية بعشيقة اليوم، وحملت أنقرة حزب العمال الكردستاني مسؤولية الهجوم.",
     "Kurdistan Workers' Party (PKK)"),
    ("تعرض مطار السليمانية لقصف بطائرة مسيرة مساء الجمعة، واتهمت قوات سوريا الديمقراطية تركيا بتنفيذ الهجوم.",
     "Military Forces of Turkey"),
])
def test_a_state_blaming_or_blamed_is_a_party_not_a_place(events, sentence, accused):
    """"حملت أنقرة ...", "اتهمت قسد تركيا ...": the capital or the country is a side, not where
    the attack was, and makes no attack of its own."""
    [e] = events(sentence)
    assert [p.attribution for p in e.perpetrators if p.name == accused] == ["accused"]
    assert e.location.country_code == "IQ"


@pytest.mark.parametrize("sentence, side", [
    ("قال الجيش التركي إنه قصف مواقع لحزب العمال الكردستاني في منطقة متينا شمالي دهوك اليوم.",
     "Kurdistan Workers' Party (PKK)"),
    ("استهدفت غارات يرجح أنها إسرائيلية مواقع للميليشيات الإيرانية قرب مدينة البوكمال فجر اليوم.",
     "Iranian militias (generic)"),
])
def test_the_side_holding_the_positions_hit_is_no_agent_of_any_kind(events, sentence, side):
    """"مواقع لحزب العمال": the side after the positions it holds was hit, whatever verb or
    hedge stands before it."""
    [e] = events(sentence)
    assert side not in [p.name for p in e.perpetrators]
    assert e.target.type == "armed_group"


@pytest.mark.parametrize("sentence, perpetrator", [
    ("استهدفت غارات جوية يرجح أنها إسرائيلية مستودعات للأسلحة قرب مدينة البوكمال فجر اليوم.", "Military Forces of Israel"),
    ("قتل ثلاثة عناصر من الحشد بضربة جوية يعتقد أنها أمريكية قرب مدينة القائم مساء أمس.",
     "Military Forces of the United States"),
])
def test_a_nisba_after_a_hedge_on_the_strike_is_the_suspect(events, sentence, perpetrator):
    """"غارات يرجح أنها إسرائيلية": the article's own hedge names who is suspected."""
    [e] = events(sentence)
    assert [(p.name, p.attribution) for p in e.perpetrators] == [(perpetrator, "suspected")]


@pytest.mark.parametrize("sentence, perpetrator", [
    ("أعلن الحرس الثوري الإيراني أنه استهدف بصواريخ باليستية مقرا في مدينة أربيل فجر اليوم.",
     "Islamic Revolutionary Guard Corps"),
    ("قال الجيش التركي إنه قصف بالمدفعية قرى في منطقة متينا شمالي دهوك اليوم.", "Military Forces of Turkey"),
])
def test_a_source_whose_complementizer_carries_it_tells_its_own_act(events, sentence, perpetrator):
    """"أعلن الحرس الثوري أنه استهدف": the pronoun in "أنه" is the announcer, the verb's subject."""
    [e] = events(sentence)
    assert perpetrator in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("sentence", [
    "اغتال مسلحون مجهولون ضابطا في الجيش العراقي بإطلاق النار عليه في حي الجامعة ببغداد مساء أمس.",
    "انفجرت عبوة لاصقة بسيارة ضابط في حي المنصور غربي بغداد صباح اليوم.",
])
def test_an_officer_is_a_military_target(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "military"


@pytest.mark.parametrize("sentence, kind", [
    ("قتل ثلاثة أشخاص بانفجار عبوة ناسفة استهدفت عجلة للحشد الشعبي في قضاء الطارمية مساء أمس.", "military"),
    ("استهدفت طائرة مسيرة تركية سيارة تابعة لحزب العمال الكردستاني في قضاء سنجار اليوم.", "armed_group"),
])
def test_a_vehicle_of_an_armed_side_is_that_sides(events, sentence, kind):
    """"عجلة للحشد", "سيارة تابعة لقسد": the side owns the vehicle hit; it did not strike."""
    [e] = events(sentence)
    assert e.target.type == kind
    assert all(p.name not in ("Popular Mobilization Forces", "Kurdistan Workers' Party (PKK)") for p in e.perpetrators)


@pytest.mark.parametrize("sentence", [
    "استهدفت طائرة مسيرة تركية سيارة تابعة لقوات سوريا الديمقراطية قرب مدينة القامشلي اليوم.",
    "قصفت المدفعية التركية مواقع قوات سوريا الديمقراطية في ريف منبج مساء أمس.",
])
def test_forces_in_the_name_of_a_non_state_side_are_an_armed_group(events, sentence):
    """"قوات سوريا الديمقراطية": "قوات" in a rebel group's name hits that group, not an army."""
    [e] = events(sentence)
    assert e.target.type == "armed_group"


@pytest.mark.parametrize("sentence, kind", [
    ("أفادت الهيئة بأن سفينة شحن تعرضت لهجوم بصاروخ غرب ميناء الحديدة صباح اليوم.", "civilian"),
    ("وكان منزل مواطن تعرض لهجوم بقذيفة هاون قرب حقل الرميلة النفطي مساء أمس.", "civilian"),
])
def test_the_subject_of_a_verb_of_undergoing_is_what_was_hit(events, sentence, kind):
    """"سفينة شحن تعرضت لهجوم ... غرب ميناء": the ship was hit, the port only says where."""
    [e] = events(sentence)
    assert e.target.type == kind


@pytest.mark.parametrize("sentence, perpetrator", [
    ("أعلن المتحدث العسكري باسم الحوثيين أن القوات البحرية للجماعة استهدفت سفينة تجارية في خليج عدن اليوم.",
     "Ansar Allah (Houthis)"),
    ("وقال المتحدث باسم حزب الله إن مقاتلي الحزب استهدفوا ثكنة زرعيت بالصواريخ صباح اليوم.", "Hezbollah"),
])
def test_the_forces_of_the_group_are_those_of_the_group_named_before(events, sentence, perpetrator):
    """"أن القوات البحرية للجماعة استهدفت": "the group" is the one its spokesman speaks for."""
    [e] = events(sentence)
    assert perpetrator in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("sentence", [
    "قتل ثلاثة أشخاص في نزاع بين عشيرتين استخدمت فيه الأسلحة المتوسطة في ناحية الدير شمالي البصرة اليوم.",
    "اندلعت اشتباكات بالأسلحة المتوسطة بين عشيرتين في قضاء المدينة شمالي البصرة، ما أدى إلى مقتل شخصين.",
])
def test_medium_weapons_are_small_arms(events, sentence):
    """"الأسلحة المتوسطة": machine guns, beside "الأسلحة الخفيفة" in Iraqi reports of fights."""
    [e] = events(sentence)
    assert [w.type for w in e.weapons] == ["small_arms"]


@pytest.mark.parametrize("sentence", [
    "قصفت طائرات مسيرة إيرانية مقرات للحزب الديمقراطي الكردستاني الإيراني في بلدة كويسنجق شرقي أربيل اليوم.",
    "قصفت المدفعية الإيرانية مواقع لحزب الحياة الحرة الكردستاني في جبال قنديل مساء أمس.",
])
def test_the_seats_of_iranian_kurdish_opposition_parties_are_armed_group_targets(events, sentence):
    """Parties with armed wings in the Kurdistan Region ("مقرات للحزب الديمقراطي الكردستاني
    الإيراني"): what Iran strikes there are that armed group's positions, not a party office."""
    [e] = events(sentence)
    assert e.target.type == "armed_group"


@pytest.mark.parametrize("sentence", [
    "استهدف الحرس الثوري الإيراني بالصواريخ مقرا لحزب الحرية الكردستاني قرب مدينة السليمانية فجر اليوم.",
    "دمرت غارة إسرائيلية مقر حزب الله في بلدة الخيام جنوبي لبنان مساء أمس.",
])
def test_a_seat_of_a_named_armed_party_is_an_armed_group_target(events, sentence):
    """"مقر حزب الله", "مقرا لحزب الحرية الكردستاني": a party office noun that runs into the
    name of an armed group is that group's position."""
    [e] = events(sentence)
    assert e.target.type == "armed_group"


@pytest.mark.parametrize("sentence, perpetrator", [
    ("قصف الجيش التركي بالمدفعية قرى في ناحية سيدكان بمحافظة أربيل مساء أمس.", "Military Forces of Turkey"),
    ("قتل مدنيان بقصف قوات النظام السوري على بلدة كنصفرة في ريف إدلب اليوم.", "Military Forces of Syria"),
])
def test_the_actor_right_after_shelling_did_it_verb_or_noun(events, sentence, perpetrator):
    """"قصف الجيش التركي": the verb and its subject, or the noun and its agent; either way
    the army shelled."""
    [e] = events(sentence)
    assert perpetrator in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("sentence", [
    "سقطت ثلاث قذائف صاروخية على قاعدة فيكتوريا قرب مطار بغداد فجر الثلاثاء، وحملت السفارة الأمريكية الفصائل المسلحة مسؤولية القصف.",
    "قتل جنديان بغارة على موقع عسكري في ريف القنيطرة مساء أمس، واتهمت دمشق إسرائيل بشن الغارة.",
])
def test_a_mission_or_capital_that_blames_is_not_a_second_place(events, sentence):
    """"وحملت السفارة الأمريكية ... مسؤولية القصف": the embassy blames; the shelling it names is
    the one just reported, not an attack on the embassy."""
    [e] = events(sentence)
    assert e.location.name_ar != "دمشق" and e.target.type != "diplomatic"


@pytest.mark.parametrize("sentence, perpetrator", [
    ("أعلن الجيش الإسرائيلي أنه اغتال قياديا في حزب الله بغارة على سيارة في بلدة الناقورة اليوم.",
     "Military Forces of Israel"),
    ("قال الجيش التركي إنه اغتال قياديا في حزب العمال الكردستاني بضربة جوية في قضاء سنجار مساء أمس.",
     "Military Forces of Turkey"),
])
def test_a_source_that_says_it_assassinated_did_it(events, sentence, perpetrator):
    [e] = events(sentence)
    assert perpetrator in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("sentence, side", [
    ("تعرض موكب لقوات التحالف الدولي لهجوم بعبوة ناسفة في محافظة بابل اليوم، وأعلنت جماعة أصحاب الكهف مسؤوليتها عن الهجوم.",
     "International coalition (CJTF-OIR)"),
    ("انفجرت عبوة ناسفة على موكب تابع للحشد الشعبي في قضاء الطارمية مساء أمس.", "Popular Mobilization Forces"),
])
def test_the_side_whose_motorcade_was_hit_did_not_hit_it(events, sentence, side):
    """"موكب لقوات التحالف": the side owns the motorcade hit, as it owns a position."""
    [e] = events(sentence)
    assert side not in [p.name for p in e.perpetrators]
    assert e.target.type in ("military", "convoy")


@pytest.mark.parametrize("sentence, target", [
    ("أعلن الحوثيون أنهم استهدفوا سفينة تجارية في البحر الأحمر بعدد من الصواريخ اليوم.", "civilian"),
    ("قالت الجماعة إنها استهدفت بارجة حربية أمريكية في خليج عدن بصاروخ مساء أمس.", "military"),
])
def test_a_rocket_that_strikes_a_ship_is_a_missile(events, sentence, target):
    """"استهدفت سفينة تجارية بعدد من الصواريخ": nothing unguided hits a ship at sea."""
    [e] = events(sentence)
    assert [w.type for w in e.weapons] == ["missile"] and e.target.type == target


@pytest.mark.parametrize("sentence, kind", [
    ("سقطت ثلاثة صواريخ قرب منزل محافظ البصرة وسط المدينة مساء أمس.", "government"),
    ("انفجرت عبوة ناسفة أمام منزل قيادي في حزب العمال الكردستاني في قضاء مخمور فجر اليوم.", "armed_group"),
])
def test_a_home_named_by_its_owner_is_the_owners_target(events, sentence, kind):
    """"منزل محافظ البصرة": whose home it is says what was aimed at."""
    [e] = events(sentence)
    assert e.target.type == kind


@pytest.mark.parametrize("sentence, kind", [
    ("انفجرت سيارة مفخخة لدى مرور حافلة تقل عناصر من الحرس الثوري في مدينة زاهدان مساء أمس.", "military"),
    ("استهدفت طائرة مسيرة حافلة تقل مقاتلين من حزب العمال الكردستاني قرب قضاء مخمور اليوم.", "armed_group"),
])
def test_who_a_vehicle_carried_was_aimed_at(events, sentence, kind):
    """"حافلة تقل عناصر من الحرس الثوري": the bus carried the men aimed at."""
    [e] = events(sentence)
    assert e.target.type == kind


@pytest.mark.parametrize("sentence", [
    "قتل تسعة من رجال الشرطة الأفغانية في ضربة جوية أجنبية في ولاية هرات الليلة الماضية.",
    "قتل خمسة مدنيين في غارة أجنبية على قرية في ولاية قندهار أمس.",
])
def test_a_foreign_nisba_after_a_strike_names_foreign_forces(events, sentence):
    [e] = events(sentence)
    assert [p.name for p in e.perpetrators] == ["Foreign forces (generic)"]


@pytest.mark.parametrize("sentence, types", [
    ("أطلقت طائرة بدون طيار صاروخا على سيارة في بلدة بنت جبيل مساء أمس.", ["drone", "missile"]),
    ("قتل شخصان بصاروخ أطلقته طائرة مسيرة على دراجة نارية في بلدة عيترون اليوم.", ["drone", "missile"]),
    ("استهدفت الفصائل قاعدة عين الأسد بالصواريخ والطائرات المسيرة فجر اليوم.", ["drone", "rocket"]),
])
def test_a_rocket_fired_from_a_drone_is_a_missile_one_beside_it_a_rocket(events, sentence, types):
    [e] = events(sentence)
    assert sorted(w.type for w in e.weapons) == types


@pytest.mark.parametrize("sentence, side", [
    ("أعلنت القيادة المركزية الأمريكية أن قواتها نفذت ضربات على منصات لإطلاق الصواريخ تابعة للحوثيين في محافظة الحديدة اليوم.",
     "Ansar Allah (Houthis)"),
    ("شنت طائرات إسرائيلية غارات على مستودعات صواريخ لحزب الله في مدينة النبطية مساء أمس.", "Hezbollah"),
])
def test_the_launchers_and_depots_of_a_side_were_hit_not_used(events, sentence, side):
    """"منصات لإطلاق الصواريخ تابعة للحوثيين": the launchers are the side's positions that
    were struck; the rockets were not fired, and the side did not strike."""
    [e] = events(sentence)
    assert "rocket" not in [w.type for w in e.weapons]
    assert side not in [p.name for p in e.perpetrators] and e.target.type == "armed_group"


@pytest.mark.parametrize("sentence", [
    "قصفت قوات النظام بالمدفعية الثقيلة بلدة كنصفرة في ريف إدلب اليوم.",
    "اختطف مسلحون يعتقد أنهم من الفرقة الرابعة شابين من بلدة الكرك الشرقي بريف درعا أمس.",
])
def test_the_regime_forces_and_the_fourth_division_are_syrias_forces(events, sentence):
    """"قوات النظام", "الفرقة الرابعة": how Syrian news names the Syrian army."""
    [e] = events(sentence)
    assert "Military Forces of Syria" in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("sentence", [
    "قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة كنصفرة في ريف إدلب اليوم.",
    "وأدى القصف الصاروخي لقوات النظام على مخيم قرب بلدة كفر لوسين إلى مقتل طفلين مساء أمس.",
])
def test_the_side_right_after_a_shelling_named_by_its_weapon_did_it(events, sentence):
    """"بقصف مدفعي لقوات النظام": the lam after the shelling names who shelled."""
    [e] = events(sentence)
    assert "Military Forces of Syria" in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("text, place", [
    ("قتل خمسة أشخاص بقصف صاروخي على سوق في مدينة مأرب مساء الأربعاء.\n"
     "ودانت وزارة الخارجية اليمنية القصف، واستدعت السفير الإيراني في صنعاء.", "مأرب"),
    ("سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر الخميس.\n"
     "ونددت الحكومة العراقية بالهجوم، وقال متحدث باسمها في بغداد إنها ستلاحق المنفذين.", "عين الأسد"),
])
def test_an_attack_a_verb_of_condemning_governs_is_the_one_told(events, text, place):
    [e] = events(text)
    assert place in e.location.name_ar


@pytest.mark.parametrize("text", [
    "قصفت طائرات مسيرة تركية مقرات لحزب العمال الكردستاني في قضاء سنجار مساء الثلاثاء.\n"
    "وقالت وزارة الدفاع التركية إن طائراتها المسيرة استهدفت مواقع إرهابية في شمال العراق.",
    "قصفت المدفعية الإيرانية بالصواريخ قرى حدودية في قضاء سيدكان صباح الأربعاء.\n"
    "وقال الحرس الثوري إنه استهدف بالصواريخ مقرات جماعات انفصالية في شمال العراق.",
])
def test_a_claim_placed_in_the_country_of_the_attack_adds_to_it(events, text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("text, second", [
    ("اعترضت منظومة الدفاع الجوي فجر اليوم صاروخا كان متجها نحو السفارة الأمريكية في بغداد.\n"
     "وفي هجوم منفصل صباح اليوم نفسه، سقط صاروخ على منزل في حي الجادرية.", "الجادرية"),
    ("انفجرت عبوة ناسفة على دورية للشرطة في قضاء الطارمية صباح اليوم.\n"
     "وفي هجوم منفصل ظهر اليوم نفسه، سقطت قذيفة هاون على سوق في مدينة بعقوبة.", "بعقوبة"),
])
def test_a_separate_attack_is_not_the_one_told_before(events, text, second):
    found = events(text)
    assert len(found) == 2
    later = next(e for e in found if second in (e.location.text or "") or second in e.location.name_ar)
    assert later.date.value == "2024-02-08"


@pytest.mark.parametrize("text, second", [
    ("استهدفت طائرة مسيرة حقل سرسنك النفطي في محافظة دهوك صباح الأربعاء.\n"
     "وبعد ساعات، سقطت ثلاثة صواريخ على قاعدة حرير.", "قاعدة حرير"),
    ("قتل شرطيان بهجوم مسلح على نقطة تفتيش في كركوك مساء الأربعاء.\n"
     "وبعد ساعات من ذلك، انفجرت عبوة ناسفة في سوق بمدينة الموصل.", "الموصل"),
])
def test_an_attack_hours_later_shares_the_day(events, text, second):
    found = events(text)
    assert len(found) == 2
    later = next(e for e in found if second in (e.location.text or "") or second in e.location.name_ar)
    assert later.date.value == "2024-02-07"


def test_a_report_placed_relative_to_another_place_is_not_the_same_days_attack(events):
    text = ("استهدفت طائرة مسيرة مفخخة حقل سرسنك النفطي في محافظة دهوك صباح الأربعاء.\n"
            "وفي الوقت نفسه، استهدفت طائرتان مسيرتان حقلا نفطيا غرب السليمانية.")
    assert len(events(text)) == 2


@pytest.mark.parametrize("sentence", [
    "هدد زعيم الجماعة عبد الملك الحوثي، مساء الخميس، بتوسيع نطاق الهجمات لتشمل السفن المتجهة إلى موانئ "
    "إسرائيل في البحر المتوسط، إذا استمرت الحرب على غزة.",
    "لوح قائد الفصيل المسلح في كلمة متلفزة مساء أمس بتوسيع الهجمات لتشمل القواعد الأمريكية في محافظة الأنبار.",
])
def test_a_threat_to_widen_attacks_is_no_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("text", [
    "قصفت طائرات أمريكية مواقع في البوكمال فجر الجمعة.\n"
    "ولم تسفر الغارات عن سقوط قتلى، فيما لم يصدر تعليق فوري من طهران.",
    "شنت مقاتلات إسرائيلية غارات على مستودعات أسلحة قرب مطار التيفور العسكري فجر السبت.\n"
    "ولم تسفر الغارات عن سقوط قتلى، فيما لم يصدر تعليق فوري من دمشق.",
])
def test_casualties_that_fell_are_no_weapon_that_fell(events, text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("sentence", [
    "تعرضت قاعدة حقل كونيكو لهجوم بطائرة مسيرة أسقطتها الدفاعات الجوية قبل وصولها، مساء الاثنين.",
    "تعرض مطار أربيل الدولي فجر اليوم لهجوم بطائرة مسيرة اعترضتها منظومة الدفاع الجوي قبل وصولها.",
])
def test_a_weapon_shot_down_named_by_a_pronoun_is_a_disrupted_attack(events, sentence):
    [e] = events(sentence)
    assert e.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "استهدفت فصائل عراقية قاعدة عين الأسد بطائرتين مسيرتين فجر الثلاثاء.\n"
    "وقالت المقاومة الإسلامية في بيان إنها استهدفت القاعدة ردا على الجرائم الإسرائيلية في غزة.",
    "سقطت ثلاثة صواريخ على قاعدة حرير مساء الأحد.\n"
    "وقال فصيل مسلح في بيان إنه استهدف القاعدة ردا على الاعتداءات الإسرائيلية في جنوب لبنان.",
])
def test_the_place_of_the_acts_avenged_is_not_the_attacks(events, text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("text", [
    "اغتيال قيادي في حماس بغارة على الضاحية الجنوبية لبيروت\n"
    "قتل قيادي في حركة حماس وثلاثة من مرافقيه، مساء الثلاثاء، بضربة بطائرة مسيرة استهدفت شقة في الضاحية الجنوبية لبيروت.",
    "اغتيال قائد ميداني بغارة إسرائيلية على سيارته في صور\n"
    "قتل قائد ميداني في حزب الله، ظهر الأربعاء، بضربة نفذتها مسيرة إسرائيلية على سيارته عند مدخل مدينة صور.",
])
def test_an_assassination_told_with_a_strike_is_that_strike(events, text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("text, place, day", [
    ("سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر اليوم.\n"
     "وكانت قاعدة حرير قد تعرضت في 12 كانون الثاني الماضي لهجوم بطائرة مسيرة، "
     "وفي اليوم نفسه سقط صاروخان على السفارة الأمريكية في بغداد.", "السفارة", "2024-01-12"),
    ("انفجرت عبوة ناسفة على دورية للشرطة في قضاء الطارمية مساء الأحد.\n"
     "وفي هجوم منفصل مساء اليوم ذاته، سقطت قذيفة هاون على سوق في مدينة بعقوبة.", "بعقوبة", "2024-02-04"),
])
def test_an_attack_on_the_same_day_shares_the_day_told_before(events, text, place, day):
    found = events(text)
    same = next(e for e in found if place in (e.location.text or "") or place in e.location.name_ar)
    assert same.date.value == day


@pytest.mark.parametrize("text", [
    "قتل جندي في هجوم على حاجز للجيش في مدينة درعا.\n"
    "وفي غضون ذلك، قصفت القوات الحكومية بلدة كفرنبل بريف إدلب.",
    "انفجرت عبوة ناسفة على دورية للشرطة في قضاء الطارمية.\n"
    "وبالتزامن مع ذلك، سقطت قذيفة هاون على سوق في مدينة بعقوبة.",
])
def test_an_attack_at_the_time_of_the_undated_lead_takes_its_publication_date(events, text):
    lead, meanwhile = events(text)
    assert lead.date.inferred == meanwhile.date.inferred == "publication_date"
    assert meanwhile.date.value == "2024-02-08"


@pytest.mark.parametrize("text", [
    "مقتل جندي بهجوم على حاجز في درعا\n"
    "قتل جندي في هجوم شنه مسلحون على حاجز للجيش في مدينة درعا.\n"
    "وقال مصدر عسكري إن المهاجمين فروا إلى جهة مجهولة.\n"
    "من جهة أخرى، أصيب مدنيان بقصف مدفعي على بلدة كفرنبل بريف إدلب.",
    "انفجار عبوة على دورية للشرطة في الطارمية\n"
    "انفجرت عبوة ناسفة على دورية للشرطة في قضاء الطارمية شمال بغداد.\n"
    "ولم تعلن أي جهة مسؤوليتها عن التفجير.\n"
    "إلى ذلك، سقطت قذيفة هاون على سوق شعبي في مدينة بعقوبة.",
])
def test_an_article_that_dates_nothing_reports_each_attack_as_news_of_its_day(events, text):
    first, later = events(text)
    assert first.date.inferred == later.date.inferred == "publication_date"
    assert later.date.value == "2024-02-08"


@pytest.mark.parametrize("text", [
    "قتل جندي في هجوم شنه مسلحون على حاجز للجيش في مدينة درعا مساء الأحد.\n"
    "من جهة أخرى، أصيب مدنيان بقصف مدفعي على بلدة كفرنبل بريف إدلب.",
    "انفجرت عبوة ناسفة على دورية للشرطة في قضاء الطارمية يوم السبت.\n"
    "إلى ذلك، سقطت قذيفة هاون على سوق شعبي في مدينة بعقوبة.",
])
def test_after_a_dated_attack_an_undated_one_has_no_date(events, text):
    first, later = events(text)
    assert first.date.text is not None
    assert later.date.value is None and later.date.inferred is None


@pytest.mark.parametrize("text, place", [
    ("هجوم بطائرة مسيرة يستهدف حقلا للغاز في السليمانية\n"
     "تعرض حقل للغاز في قضاء جمجمال بمحافظة السليمانية، مساء الأربعاء، لهجوم بطائرة مسيرة.", "Chamchamal"),
    ("انفجار عبوة ناسفة يستهدف دورية للجيش في كركوك\n"
     "انفجرت عبوة ناسفة، صباح اليوم، بدورية للجيش في قضاء الحويجة بمحافظة كركوك، ما أدى إلى إصابة جنديين.",
     "Al-Hawiga"),
])
def test_a_headline_placed_in_a_unit_tells_the_attack_placed_inside_it(events, text, place):
    """"هجوم بطائرة مسيرة ... في السليمانية" and then "في قضاء جمجمال بمحافظة السليمانية":
    a headline with no date that places its one act only in a unit is the attack the lead
    places inside it, and the lead's place is the attack's."""
    [e] = events(text)
    assert e.location.name == place


@pytest.mark.parametrize("text", [
    "تفجيران يستهدفان رتلين للدعم اللوجستي جنوبي العراق\n"
    "انفجرت عبوة ناسفة على رتل للدعم اللوجستي في محافظة الديوانية صباح الخميس.\n"
    "واستهدفت عبوة ثانية رتلا آخر في قضاء الناصرية مساء الأربعاء.",
    "مقتل ثلاثة جنود بهجومين في ديالى\n"
    "قتل جنديان بانفجار عبوة ناسفة على دوريتهما في قضاء المقدادية مساء الثلاثاء.\n"
    "وقتل جندي ثالث بهجوم مسلح على نقطة تفتيش في ناحية العظيم صباح الأربعاء.",
])
def test_a_dual_headline_over_two_attacks_told_apart_is_no_pair_in_the_first(events, text):
    assert len(events(text)) == 2


@pytest.mark.parametrize("text", [
    "وقصف طيران التحالف بغارتين معسكرا في مديرية صرواح بمحافظة مأرب مساء أمس.",
    "وشن الطيران الإسرائيلي غارتين على بلدة الخيام فجر اليوم، ما أدى إلى تدمير منزل.",
])
def test_two_strikes_at_one_place_are_one_salvo(events, text):
    """"بغارتين على بلدة الخيام": two air strikes at one place are one salvo there (two
    attacks, "هجومين", stay two)."""
    assert len(events(text)) == 1


@pytest.mark.parametrize("text, places", [
    ("مقتل ثلاثة جنود بهجومين في كركوك ونينوى\n"
     "كركوك - قتل جنديان، مساء الأحد، بهجوم شنه مسلحون على نقطة للجيش في قرية الزركة جنوب غربي كركوك.\n"
     "وفي هجوم منفصل، قتل جندي بانفجار عبوة ناسفة في قضاء الحضر بمحافظة نينوى.", ["Kirkuk", "Al-Hatra"]),
    ("مقتل أربعة من الحشد الشعبي بهجومين في ديالى والأنبار\n"
     "بعقوبة - قتل ثلاثة من الحشد الشعبي، ليل السبت، بهجوم لداعش على نقطة في قرية الطواشة شمال شرقي ديالى.\n"
     "وفي هجوم منفصل، قتل عنصر في الحشد بانفجار عبوة ناسفة في قضاء الرطبة غربي الأنبار.", ["الطواشة", "Al-Rutba"]),
])
def test_a_headline_over_two_places_is_no_second_attack_at_a_village_its_lead_names(events, text, places):
    """The headline's places, the lead merged into it: a village of no gazetteer the lead
    names goes with both parts; it places neither apart, so the second part, at the place
    of an attack told after, is that attack."""
    assert [e.location.name for e in events(text)] == places


@pytest.mark.parametrize("text", [
    "مقتل قيادي سابق في المعارضة برصاص مجهولين في ريف درعا\n"
    "قتل قيادي سابق في فصائل المعارضة، ليل الأحد، برصاص مسلحين مجهولين في مدينة طفس بريف درعا الغربي.",
    "مقتل مدنيين بقصف على ريف إدلب\n"
    "قتل مدنيان، صباح الاثنين، بقصف مدفعي استهدف مدينة سراقب بريف إدلب الشرقي.",
])
def test_the_countryside_of_a_syrian_city_is_its_governorate(events, text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("sentence", [
    "ووثق مكتب توثيق محلي 38 عملية ومحاولة اغتيال في المحافظة خلال نيسان الماضي.",
    "قتل 120 مدنيا بغارات جوية على محافظة إدلب خلال شهر آذار، بحسب المرصد.",
])
def test_a_tally_over_a_named_month_is_no_single_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("text", [
    "سقطت ثلاثة صواريخ قرب مدينة مأرب مساء السبت.\nوقال محافظ مأرب إن الصواريخ أطلقت من مناطق سيطرة الحوثيين.",
    "أعلن وزير الدفاع أن مقاتلتين شنتا فجر الجمعة غارات قرب مدينة البوكمال.",
])
def test_who_tells_of_an_attack_is_not_what_it_hit(events, text):
    [e] = events(text)
    assert e.target.type is None


@pytest.mark.parametrize("sentence, target", [
    ("قصفت المدفعية التركية قرى حدودية في قضاء زاخو صباح الأحد.", "civilian"),
    ("قتل طفلان برصاص قناص في حي الجحملية بمدينة تعز مساء الاثنين.", "civilian"),
    ("استهدف صاروخ باليستي محطة وقود في مدينة مأرب مساء السبت.", "civilian"),
    ("شنت طائرات أمريكية غارات على منشأتين يستخدمهما الحرس الثوري قرب البوكمال فجر الجمعة.", "armed_group"),
])
def test_border_villages_fuel_stations_and_a_factions_facilities_as_targets(events, sentence, target):
    [e] = events(sentence)
    assert e.target.type == target


@pytest.mark.parametrize("sentence", [
    "شنت طائرات أمريكية وبريطانية فجر السبت غارات على مواقع للحوثيين في محافظة الحديدة.",
    "استهدفت غارات أمريكية بريطانية مواقع عسكرية في محافظة صعدة مساء الأربعاء.",
])
def test_nations_joined_after_an_attack_word_struck_together(events, sentence):
    [e] = events(sentence)
    assert {p.name for p in e.perpetrators} == {"Military Forces of the United States",
                                               "Military Forces of the United Kingdom"}


@pytest.mark.parametrize("sentence, names", [
    ("استهدفت الولايات المتحدة وبريطانيا بصواريخ توماهوك مواقع للحوثيين في محافظة الحديدة مساء الأحد.",
     {"Military Forces of the United States", "Military Forces of the United Kingdom"}),
    ("قصفت إسرائيل وتركيا بالمدفعية مواقع في مدينة القامشلي مساء الاثنين.",
     {"Military Forces of Israel", "Military Forces of Turkey"}),
])
def test_states_joined_as_the_subject_of_an_attack_verb_struck_together(events, sentence, names):
    [e] = events(sentence)
    assert {p.name for p in e.perpetrators} == names
    assert e.location.country_code not in ("GB", "TR")


@pytest.mark.parametrize("text, place, day", [
    ("سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر اليوم.\n"
     "وكانت قاعدة حرير قد تعرضت في 12 كانون الثاني الماضي لهجوم بطائرة مسيرة.\n"
     "وفي اليوم التالي، انفجرت عبوة ناسفة على رتل للدعم اللوجستي في محافظة بابل.", "بابل", "2024-01-13"),
    ("استهدفت طائرتان مسيرتان قاعدة التنف في 19 تشرين الأول، فيما سقطت صواريخ على قاعدة الشدادي في اليوم التالي.",
     "الشدادي", "2023-10-20"),
    ("انفجرت عبوة ناسفة على دورية في قضاء الطارمية مساء الأحد.\n"
     "وفي اليوم السابق، سقطت قذيفة هاون على سوق في مدينة بعقوبة.", "بعقوبة", "2024-02-03"),
])
def test_a_day_counted_from_the_attack_told_before_dates_the_next(events, text, place, day):
    found = events(text)
    e = next(e for e in found if place in (e.location.text or "") or place in e.location.name_ar)
    assert e.date.value == day
    assert e.date.text in ("اليوم التالي", "اليوم السابق")


@pytest.mark.parametrize("text, place, day", [
    ("قتل شخص مساء الأحد بغارة نفذتها طائرة مسيرة إسرائيلية على سيارة في مدينة بنت جبيل.\n"
     "وشن الطيران الحربي الإسرائيلي ظهرا غارة على منزل في بلدة عيترون.", "عيترون", "2024-02-04"),
    ("أصيب جنديان بانفجار عبوة ناسفة على دورية في قضاء الطارمية صباح الثلاثاء.\n"
     "كما سقطت قذيفة هاون على سوق في مدينة بعقوبة بعد الظهر.", "بعقوبة", "2024-02-06"),
])
def test_a_part_of_the_day_that_names_no_day_is_the_day_told_before(events, text, place, day):
    found = events(text)
    e = next(e for e in found if place in e.location.name_ar)
    assert e.date.value == day


@pytest.mark.parametrize("text, place, day", [
    ("قتل شخص بغارة إسرائيلية على سيارة في مدينة بنت جبيل مساء الأحد.\n"
     "وقالت مصادر محلية إن مسيرة إسرائيلية استهدفت بعد نحو ساعة دراجة نارية في بلدة عيترون.", "عيترون", "2024-02-04"),
    ("سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء الثلاثاء.\n"
     "وقال مصدر أمني إن طائرة مسيرة استهدفت بعد ساعتين قاعدة حرير في محافظة أربيل.", "حرير", "2024-02-06"),
])
def test_a_few_hours_after_the_act_told_before_is_its_day(events, text, place, day):
    found = events(text)
    e = next(e for e in found if place in e.location.name_ar)
    assert e.date.value == day


@pytest.mark.parametrize("sentence", [
    "وكشفت الشرطة أمس تفاصيل مذبحة وقعت قبل يومين في قرية الحمراء جنوب مدينة الموصل.",
    "وتحدث الناجون عن مجزرة مروعة شهدتها بلدة القائم فجر أمس.",
])
def test_a_massacre_with_no_victims_named_hit_civilians(events, sentence):
    """"مذبحة وقعت في قرية": a massacre is the killing of the defenceless; with no target
    named its victims are civilians (triggers.yaml `victims`)."""
    [e] = events(sentence)
    assert e.target.type == "civilian" and e.target.text in ("مذبحة", "مجزرة مروعة")


def test_a_massacre_of_named_victims_keeps_them(events):
    [e] = events("وارتكب مسلحون مذبحة بحق عناصر الشرطة في قرية الحمراء جنوب مدينة الموصل فجر أمس.")
    assert e.target.type == "military"


@pytest.mark.parametrize("sentence, site", [
    ("وأسفر هجوم انتحاري استهدف مبنى حرس السواحل أمس عن مقتل ستة أشخاص.", "مبنى حرس السواحل"),
    ("وتعرض مقر الحزب لهجوم بقذائف الهاون مساء أمس.", "مقر الحزب"),
])
def test_with_no_place_named_the_site_hit_is_the_location(events, sentence, site):
    """"هجوم انتحاري استهدف مبنى حرس السواحل": the site the attack landed on is where it
    was, though no gazetteer can put it on a map (targets.yaml `site`)."""
    [e] = events(sentence)
    assert (e.location.text, e.location.precision, e.location.name) == (site, "site", None)
    assert sentence[e.location.start:e.location.end] == site


@pytest.mark.parametrize("sentence", [
    "وقتل مسلحون صحفيا بالرصاص مساء أمس.",        # people are no site
    "وسقطت صواريخ قرب منزل محافظ البصرة فجر اليوم.",  # a named place comes first
])
def test_only_a_site_with_no_place_named_is_the_location(events, sentence):
    [e] = events(sentence)
    assert e.location.precision != "site"


@pytest.mark.parametrize("sentence, target", [
    ("وأعلنت الشرطة ان 16 شرطيا خطفوا من قبل مسلحين في الموصل.", "شرطيا"),
    ("وقالت مصادر إن صحفيا اختطف على يد مسلحين مجهولين في بغداد أمس.", "صحفيا"),
])
def test_a_verb_followed_by_min_qibal_is_passive_its_noun_the_victim(events, sentence, target):
    """"16 شرطيا خطفوا من قبل مسلحين": before a verb that "من قبل" or "على يد" follows, the
    noun is the one it befell (the kidnapped), not who did it."""
    [e] = events(sentence)
    assert e.target.text == target
    assert [p.name for p in e.perpetrators] == ["Unidentified gunmen (generic)"]


@pytest.mark.parametrize("sentence, target, kind", [
    ("وانفجرت عبوة ناسفة لدى مرور حافلة صغيرة تقل جنودا في الموصل أمس.", "جنودا", "military"),
    ("واستهدف هجوم مسلح حافلة كانت تقل موظفين حكوميين في بعقوبة صباح اليوم.", "موظفين حكوميين", "government"),
    ("وانفجرت سيارة مفخخة لدى مرور حافلة تقل عناصر من الحرس الثوري في زاهدان أمس.", "الحرس الثوري", "military"),
])
def test_a_vehicle_carrying_people_is_hit_as_what_they_are(events, sentence, target, kind):
    """"حافلة تقل جنودا": the bus hit was aimed at the soldiers it carried."""
    [e] = events(sentence)
    assert (e.target.text, e.target.type) == (target, kind)


def test_a_vehicle_carrying_no_one_named_is_the_target(events):
    [e] = events("واستهدف هجوم مسلح حافلة ركاب في بعقوبة صباح اليوم.")
    assert e.target.type == "civilian"


@pytest.mark.parametrize("sentence", [
    "نجاة كرامي من محاولة اغتيال.",
    "وقالت مصادر مقربة منه إن الصدر نجا قبل أن يغادر من محاولة اغتيال.",
])
def test_someone_who_survived_an_attempt_makes_it_one_act(events, sentence):
    """"نجاة مشرف من محاولة اغتيال": the attempt befell someone, named only by his name;
    it is one act though the text gives no place, date or weapon."""
    [e] = events(sentence)
    assert e.sub_event_type == "Attack"


def test_an_attempt_no_one_survived_named_is_not_an_act(events):
    assert events("وتحدث التقرير عن محاولة اغتيال.") == []


@pytest.mark.parametrize("sentence, kind", [
    ("وأوقع المسلحون مذبحة في صفوف الجيش اللبناني يوم السبت الماضي.", "military"),
    ("وأسفر القصف عن سقوط قتلى في صفوف الحوثيين في مدينة الحديدة أمس.", "armed_group"),
])
def test_the_side_whose_ranks_an_act_struck_was_hit(events, sentence, kind):
    """"مذبحة في صفوف الجيش": the side after "في صفوف" is what was hit, not who did it."""
    [e] = events(sentence)
    assert e.target.type == kind
    assert not e.perpetrators or e.perpetrators[0].name != e.target.name


@pytest.mark.parametrize("sentence, name", [
    ("وأعلنت مجموعة تطلق على نفسها «سرايا الغضب الثوري» مسؤوليتها عن خطف مهندسين في البصرة أمس.",
     "سرايا الغضب الثوري"),
    ("وتبنت جماعة تسمي نفسها (كتائب الثأر للشهداء) الهجوم الصاروخي على قاعدة بلد أمس.", "كتائب الثأر للشهداء"),
])
def test_a_group_that_names_itself_in_quotes_is_an_actor(events, sentence, name):
    """"جماعة تطلق على نفسها «...»": the quoted words are a group's name, though no
    gazetteer knows it; its claim makes it the perpetrator."""
    [e] = events(sentence)
    [p] = e.perpetrators
    assert (p.name, p.attribution) == (name, "claimed")
    assert sentence[p.start:p.end].endswith((name, f"«{name}»", f"({name})"))   # the group, its words, its name


def test_a_known_group_in_quotes_is_that_group(events):
    [e] = events("وتبنت جماعة تطلق على نفسها «أصحاب الكهف» الهجوم الصاروخي على قاعدة بلد أمس.")
    [p] = e.perpetrators
    assert (p.name, p.attribution) == ("Ashab al-Kahf", "claimed")


@pytest.mark.parametrize("sentence, kind", [
    ("واغتيل زعيم التنظيم في غارة على منزله في درنة أمس.", "armed_group"),
    ("وصادف أمس الذكرى الثالثة لاغتيال الدكتور محمود الزهار، زعيم حركة حماس.", "armed_group"),
    ("واغتال مسلحون مجهولون زعيما قبليا في الرمادي مساء أمس.", "civilian"),
])
def test_a_leader_is_hit_as_what_he_leads(events, sentence, kind):
    """"زعيم حركة" leads an armed group; "زعيم قبلي", a tribe: a civilian."""


@pytest.mark.parametrize("sentence", [
    "أعلن حزب الله أن مقاتليه استهدفوا دبابة ميركافا إسرائيلية بصاروخ موجه قرب موقع العباد اليوم.",
    "استهدف المقاومون مدرعة للجيش الإسرائيلي بقذيفة هاون قرب بلدة بيت حانون صباح اليوم.",
])
def test_a_tank_struck_by_another_weapon_is_the_target_not_a_weapon(events, sentence):
    """"استهدفوا دبابة ميركافا بصاروخ موجه": the tank is the object, the missile the instrument."""
    [e] = events(sentence)
    assert e.target.type == "military" and "artillery" not in [w.type for w in e.weapons]


@pytest.mark.parametrize("sentence", [
    "أعلن حزب الله أن مقاتليه استهدفوا موقع المطلة بالصواريخ بعد ظهر اليوم.",
    "استهدفت غارات إسرائيلية موقع الكسوة جنوب دمشق فجر اليوم.",
])
def test_a_position_named_by_its_place_is_military(events, sentence):
    """"استهدفوا موقع المطلة": a position known by the place it stands at is an army's."""
    last = events(sentence)[-1]
    assert last.target.type == "military"


@pytest.mark.parametrize("sentence", [
    "تصدت وحدات الجيش لهجوم شنته مجموعات مسلحة على نقاط للجيش في ريف اللاذقية فجر اليوم.",
    "قصفت طائرات مسيرة مواقع الجيش قرب مدينة سراقب في ريف إدلب مساء أمس.",
])
def test_the_army_s_posts_are_military(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "military"


@pytest.mark.parametrize("sentence", [
    "اختطف مسلحون مجهولون شابين من بلدة الكرك الشرقي بريف درعا مساء أمس.",
    "قتل مسلحون شابا بإطلاق النار عليه في حي الحسين بمدينة البصرة اليوم.",
])
def test_young_men_are_civilians(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "civilian"


@pytest.mark.parametrize("sentence, kind", [
    ("شنت مقاتلات إسرائيلية غارات على مستودعات ذخيرة للجيش السوري في ريف طرطوس فجر اليوم.", "military"),
    ("دمرت غارة مجهولة مخازن ذخيرة لحزب الله قرب مدينة القصير مساء أمس.", "armed_group"),
])
def test_ammunition_depots_of_a_side_are_that_sides(events, sentence, kind):
    [e] = events(sentence)
    assert e.target.type == kind


@pytest.mark.parametrize("sentence, side", [
    ("نفت كتائب حزب الله مسؤوليتها عن الهجوم بطائرة مسيرة على قاعدة حرير في أربيل مساء أمس.", "Kata'ib Hezbollah"),
    ("ونفى حزب الله مسؤوليته عن إطلاق الصواريخ على كريات شمونة اليوم.", "Hezbollah"),
    ("ونفت حركة حماس أي علاقة لها بإطلاق الصواريخ على مدينة عسقلان اليوم.", "Hamas Movement"),
])
def test_a_side_that_denies_its_role_is_no_perpetrator(events, sentence, side):
    [e] = events(sentence)
    assert side not in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("sentence, kind", [
    ("فجر انتحاري نفسه وسط تجمع لعناصر من الحشد الشعبي في قضاء القائم غربي الأنبار اليوم.", "military"),
    ("استهدفت غارة إسرائيلية تجمعا لمقاتلي حزب الله قرب بلدة القصير مساء أمس.", "armed_group"),
])
def test_a_gathering_of_a_sides_men_is_that_sides(events, sentence, kind):
    """"تجمع لعناصر من الحشد الشعبي": the gathering is the side's, not a civilian crowd."""
    [e] = events(sentence)
    assert e.target.type == kind


@pytest.mark.parametrize("sentence, kind, site", [
    ("وسقطت صواريخ قرب منزل رئيس الحكومة المحلية مساء أمس.", "government", "منزل"),
    ("واستهدفت عبوة ناسفة منزل قيادي في الحشد الشعبي فجر اليوم.", "armed_group", "منزل"),
])
def test_a_home_is_hit_as_who_lives_there(events, sentence, kind, site):
    """"منزل رئيس حكومة المنطقة": the home of an official is hit as the official; with no
    place named, the home is still where the attack landed."""
    [e] = events(sentence)
    assert e.target.type == kind
    assert (e.location.text, e.location.precision) == (site, "site")


def test_a_home_of_no_one_named_is_civilian(events):
    [e] = events("واستهدفت عبوة ناسفة منزل مدني في بعقوبة فجر اليوم.")
    assert e.target.type == "civilian"


def test_a_name_given_by_others_in_quotes_is_no_group(events):
    """"قرية تدعى «...»": only a name a group gives itself ("تطلق على نفسها") makes an actor."""
    [e] = events("وأطلق مسلحون قذيفة هاون على قرية تدعى «الحمراء» قرب بعقوبة مساء أمس.")
    assert [p.name for p in e.perpetrators] == ["Unidentified gunmen (generic)"]


@pytest.mark.parametrize("sentence, text", [
    ("واغتال مسلحون قائد شرطة المحافظة في بعقوبة أمس.", "قائد شرطة"),
    ("واستهدفت عبوة ناسفة منزل مدير الشرطة في بعقوبة فجر اليوم.", "مدير الشرطة"),
])
def test_a_police_or_army_commander_is_military_not_a_factions_leader(events, sentence, text):
    """"قائد" alone leads a faction; "قائد شرطة", "مدير الشرطة" command the police."""
    [e] = events(sentence)
    assert (e.target.type, e.target.text) == ("military", text)


@pytest.mark.parametrize("sentence", [
    "واختطف مسلحون مجهولون نقيب المحامين في الموصل أثناء عودته من عمله مساء أمس.",
    "وانفجرت عبوة ناسفة أمام مبنى النقابة لدى خروج نقيب الأطباء منه صباح اليوم.",
])
def test_a_syndicate_and_its_head_are_civilian(events, sentence):
    """"نقيب المحامين" heads a professional syndicate (not "نقيب", a captain); its building
    is a civilian site."""
    [e] = events(sentence)
    assert e.target.type == "civilian"
    assert e.target.text.startswith("نقيب") or e.location.text == "مبنى النقابة"


@pytest.mark.parametrize("sentence", [
    "وقتل 20 شخصا في تفجير سيارة مفخخة استهدف الأقلية الإيزيدية في سنجار أمس.",
    "واستهدفت هجمات بقذائف الهاون أبناء الطائفة المسيحية في الموصل مساء أمس.",
])
def test_a_minority_is_civilian(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "civilian"


@pytest.mark.parametrize("sentence", [
    "اغتالت إسرائيل نائب رئيس المكتب السياسي لحركة حماس بضربة بطائرة مسيرة في بيروت مساء أمس.",
    "قتل عضو المكتب السياسي لحركة الجهاد الإسلامي بغارة على شقة في مدينة غزة فجر اليوم.",
])
def test_an_official_of_an_armed_movement_is_an_armed_group_target(events, sentence):
    """"نائب رئيس المكتب السياسي لحركة حماس": the official of an armed movement, no MP."""
    [e] = events(sentence)
    assert e.target.type == "armed_group"


@pytest.mark.parametrize("sentence, kind", [
    ("قتل ثلاثة أشخاص بغارة لطائرة مسيرة تركية استهدفت مخيم مخمور للاجئين اليوم.", "civilian"),
    ("دمرت غارة أمريكية مخيم تدريب لحركة الشباب قرب مدينة جلب مساء أمس.", "armed_group"),
])
def test_a_camp_of_refugees_is_civilian_a_training_camp_armed(events, sentence, kind):
    [e] = events(sentence)
    assert e.target.type == kind


@pytest.mark.parametrize("sentence", [
    "انفجرت عبوة ناسفة على رتل ينقل معدات لوجستية لقوات التحالف الدولي جنوب مدينة الناصرية اليوم.",
    "استهدفت عبوة ناسفة شاحنات تنقل معدات لقوات التحالف على الطريق السريع في محافظة الديوانية مساء أمس.",
])
def test_a_convoy_that_transports_goods_is_a_convoy(events, sentence):
    """"رتل ينقل معدات لقوات التحالف": goods, not people, were carried; the convoy was hit."""
    [e] = events(sentence)
    assert e.target.type == "convoy"


@pytest.mark.parametrize("sentence", [
    "شن الطيران الإسرائيلي غارة على معبر جوسية الحدودي بين لبنان وسوريا فجر اليوم.",
    "استهدفت غارة إسرائيلية معبر المصنع الحدودي مساء أمس، ما أدى إلى قطع الطريق.",
])
def test_a_border_crossing_is_infrastructure(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "infrastructure"


@pytest.mark.parametrize("sentence", [
    "فجر مسلحون برج نقل الطاقة الكهربائية في قضاء الطارمية فجر اليوم.",
    "استهدفت غارة إسرائيلية سدا مائيا في ريف درعا الغربي مساء أمس.",
])
def test_power_towers_and_dams_are_infrastructure(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "infrastructure"


@pytest.mark.parametrize("sentence, perpetrator", [
    ("قتل مدني بنيران قناص من قوات سوريا الديمقراطية في بلدة الشحيل بريف دير الزور اليوم.", "Syrian Democratic Forces"),
    ("قتل شاب برصاص قناص من قوات النظام في بلدة سرمين شرقي إدلب مساء أمس.", "Military Forces of Syria"),
])
def test_the_side_of_the_gunmen_after_their_weapon_did_it(events, sentence, perpetrator):
    """"بنيران قناص من قوات سوريا الديمقراطية": the sniper is that side's."""
    [e] = events(sentence)
    assert perpetrator in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("sentence", [
    "اغتال مسلحون مجهولون خبيرا أمنيا بإطلاق النار عليه أمام منزله في حي زيونة ببغداد مساء أمس.",
    "قتل محلل سياسي بانفجار عبوة لاصقة بسيارته في مدينة البصرة صباح اليوم.",
])
def test_security_experts_and_analysts_are_civilians(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "civilian"


@pytest.mark.parametrize("sentence", [
    "وأضاف أن المسلحين يحاولون اقتحام مدينة الرمادي منذ أسابيع.",
    "وقال الوزير إن الفصائل تحاول الهجوم على قاعدة عين الأسد بين حين وآخر.",
])
def test_what_someone_tries_to_do_in_the_present_is_no_act(events, sentence):
    """"يحاولون الهجوم على كيبوتساتنا": a present-tense try is what they keep at, no single act."""
    assert events(sentence) == []


@pytest.mark.parametrize("sentence, second", [
    ("وأدى انفجار القنبلة إلى إصابة شخص بجروح طفيفة والاشتباكات التي تلته في حي الزهراء في الموصل أمس.",
     "Armed clash"),
    ("وشنت طائرات إسرائيلية غارة على بلدة الخيام فجر اليوم، والقصف المدفعي الذي أعقبها أدى إلى إصابة مدنيين.",
     "Shelling/artillery/missile attack"),
])
def test_an_act_said_to_follow_the_one_before_is_another(events, sentence, second):
    """"والاشتباكات التي تلته": the noun that followed the act before it is another act,
    which shares neither its weapons nor its headline."""
    first, then = events(sentence)
    assert then.sub_event_type == second and first.sub_event_type != second


@pytest.mark.parametrize("text, killed, wounded", [
    ("أصيب جندي إسرائيلي بجروح خطيرة وثلاثة آخرون بجروح متوسطة جراء سقوط صاروخ على موقع في المطلة صباح اليوم.",
     None, 4),
    ("قتل عنصران من قوات الأمن وجرح ثالث في هجوم مسلح على نقطة تفتيش في كركوك فجر اليوم.", 2, 1),
    ("أصيب جنديان بجروح خطيرة وثالث بجروح طفيفة في هجوم بصاروخ على موقع المالكية ظهر اليوم.", None, 3),
])
def test_more_people_of_the_same_kind_in_one_sentence_add_up(events, text, killed, wounded):
    [e] = events(text)
    assert (e.casualties.killed, e.casualties.wounded) == (killed, wounded)


def test_the_same_toll_told_twice_is_not_added_up(events):
    [e] = events("أصيب ثلاثة جنود في هجوم صاروخي على قاعدة عين الأسد فجر اليوم. "
                 "وقال مسؤول إن ثلاثة جنود أصيبوا في الهجوم.")
    assert e.casualties.wounded == 3


@pytest.mark.parametrize("sentence", [
    "وتعرض الكثير من المتظاهرين في ساحة التحرير للضرب أمس.",
    "وتعرض معتقلون في سجن الناصرية المركزي للتعذيب يوم الأحد.",
])
def test_being_beaten_or_tortured_is_no_armed_attack(events, sentence):
    """"تعرض الكثير منهم للضرب": what one was subjected to is said by the complement after
    "تعرض"; beating or torture is no attack of the codebook."""
    assert events(sentence) == []


def test_being_subjected_to_an_attack_is_one(events):
    [e] = events("وتعرضت دورية للشرطة في البصرة لهجوم مسلح أمس.")
    assert e.target.type == "military"


@pytest.mark.parametrize("text", [
    "اعلن الجيش الاميركي مقتل ثلاثة من جنوده في انفجار عبوة ناسفة لدى مرور دوريتهم في محافظة ديالى.",
    "وأعلنت وزارة الدفاع التركية إصابة أربعة من جنودها في هجوم بقذائف الهاون على قاعدة في دهوك أمس.",
])
def test_a_states_own_men_counted_among_the_hurt_are_not_its_act(events, text):
    [e] = events(text)
    assert e.perpetrators == []


@pytest.mark.parametrize("text", [
    "دمرت غارة جوية جسرا قرب مدينة صور قبل ساعات من بدء وقف إطلاق النار.",
    "قصفت المدفعية بلدة في ريف إدلب رغم اتفاق وقف إطلاق النار.",
])
def test_a_ceasefire_is_no_gunfire(events, text):
    [e] = events(text)
    assert "small_arms" not in [w.type for w in e.weapons]


@pytest.mark.parametrize("text, day, place", [
    ("انفجرت عبوة ناسفة في سوق شعبي وسط مدينة بعقوبة صباح اليوم.\n"
     "وكانت سيارة مفخخة قد انفجرت في السوق ذاته في كانون الثاني 2023، ما أدى إلى مقتل 15 شخصا.", "2023-01", "بعقوبة"),
    ("انفجرت سيارة مفخخة في سوق شعبي بمدينة الموصل مساء الثلاثاء.\n"
     "وكانت عبوة ناسفة قد انفجرت في السوق نفسه في آب الماضي، ما أدى إلى إصابة ثلاثة أشخاص.", "2023-08", "الموصل"),
])
def test_an_attack_at_the_same_place_takes_the_place_told_before(events, text, day, place):
    e = next(e for e in events(text) if e.date.value == day)
    assert place in e.location.name_ar


@pytest.mark.parametrize("sentence", [
    "وكان الجيش قد أعلن في أوقات سابقة إسقاط طائرات مسيرة محملة بالمخدرات قادمة من الأراضي السورية.",
    "واستهدفت الفصائل قاعدة عين الأسد أكثر من مرة بالصواريخ والطائرات المسيرة.",
])
def test_acts_told_as_done_on_several_occasions_are_no_single_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("text, place, day", [
    ("انفجرت قنبلة صوتية قرب مقر للشرطة في مدينة كركوك مساء أمس، بعد يومين من هجوم بسيارة مفخخة على سوق في قضاء الحويجة.",
     "الحويجة", "2024-02-05"),
    ("قتل جنديان بانفجار عبوة ناسفة في قضاء الطارمية صباح الأحد، عشية هجوم بطائرة مسيرة على قاعدة حرير.",
     "حرير", "2024-02-05"),
])
def test_an_act_so_many_days_from_the_one_told_is_dated_from_it(events, text, place, day):
    e = next(e for e in events(text) if place in (e.location.text or "") or place in e.location.name_ar)
    assert e.date.value == day


@pytest.mark.parametrize("sentence, sub_event_type", [
    ("تعرضت قاعدة حرير مساء الجمعة لهجوم بثلاث طائرات مسيرة أسقطت الدفاعات الجوية إحداها.", "Air/drone strike"),
    ("أطلقت خمسة صواريخ على مطار أربيل فجر اليوم اعترضت منظومة الدفاع الجوي معظمها.",
     "Shelling/artillery/missile attack"),
    ("أسقطت الدفاعات الجوية طائرة مسيرة قرب مطار أربيل فجر اليوم.", "Disrupted weapons use"),
])
def test_an_attack_only_part_of_whose_weapons_was_stopped_is_not_disrupted(events, sentence, sub_event_type):
    [e] = events(sentence)
    assert e.sub_event_type == sub_event_type


@pytest.mark.parametrize("sentence", [
    "قتل شخصان جراء غارة نفذتها مسيرة إسرائيلية على سيارة في بلدة الخيام مساء الأحد.",
    "استهدفت مسيرة تركية بغارة سيارة في قضاء سنجار صباح الاثنين.",
])
def test_a_raid_a_drone_carried_out_is_a_drones_alone(events, sentence):
    [e] = events(sentence)
    assert [w.type for w in e.weapons] == ["drone"]


@pytest.mark.parametrize("sentence, name", [
    ("شنت مقاتلتان أمريكيتان غارات على منشأتين قرب البوكمال فجر الجمعة.", "Military Forces of the United States"),
    ("قصفت مروحيتان تركيتان مواقع في قضاء سيدكان صباح الأحد.", "Military Forces of Turkey"),
])
def test_two_aircraft_named_by_their_nation_struck(events, sentence, name):
    [e] = events(sentence)
    assert [p.name for p in e.perpetrators] == [name]


@pytest.mark.parametrize("sentence, accused", [
    ("قتل جنديان بغارة على مطار حلب فجر اليوم، واتهمت الحكومة السورية إسرائيل بشن الغارة.", "Military Forces of Israel"),
    ("سقطت صواريخ على قاعدة حرير اليوم، واتهمت وزارة الخارجية العراقية إيران بالوقوف وراء الهجوم.",
     "Military Forces of Iran"),
])
def test_the_state_an_unlisted_accuser_blames_is_accused_not_a_place(events, sentence, accused):
    """"واتهمت الحكومة السورية إسرائيل بشن الغارة": Israel is blamed, not where it struck."""
    [e] = events(sentence)
    assert [p.attribution for p in e.perpetrators if p.name == accused] == ["accused"]


@pytest.mark.parametrize("text, place", [
    ("وكانت الولايات المتحدة قد حملت فصائل مسلحة مدعومة من إيران مسؤولية الهجوم الذي أودى بحياة ثلاثة من جنودها في الأردن.",
     "Jordan"),
    ("وإسرائيل حملت حزب الله مسؤولية سقوط الصاروخ على ملعب في بلدة مجدل شمس مساء السبت.", "Majdal Shams"),
])
def test_a_state_right_before_a_verb_of_blaming_blames_it_is_no_place(events, text, place):
    [e] = events(text)
    assert e.location.name == place


@pytest.mark.parametrize("text, place", [
    ("سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر اليوم، وتتهم واشنطن فصائل مدعومة من إيران بالوقوف وراء الهجمات.",
     "Ain al-Asad Air Base"),
    ("قتل جنديان في هجوم بطائرة مسيرة شنته جماعات موالية لإيران على قاعدة في محافظة دير الزور فجر اليوم.",
     "Dayr az Zawr"),
])
def test_a_state_that_backs_the_side_is_no_place_nor_perpetrator(events, text, place):
    [e] = events(text)
    assert e.location.name.startswith(place)
    assert "Military Forces of Iran" not in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("text, places", [
    ('أعلن المتحدث العسكري للحوثيين أن القوات البحرية استهدفت سفينة "لاكس" في البحر الأحمر بعدد من الصواريخ '
     'الباليستية، وسفينة "ألبا" في خليج عدن بطائرة مسيرة.', ["Red Sea", "Gulf of Aden"]),
    ("استهدفت غارات إسرائيلية منزلا في بلدة عيتا الشعب بصاروخين فجر اليوم، ومنزلا آخر في بلدة مارون الراس بقذيفة.",
     ["Aita al-Shaab", "Maroun al-Ras"]),
])
def test_the_same_object_again_with_a_place_of_its_own_is_another_attack(events, text, places):
    assert [e.location.name for e in events(text)] == places


@pytest.mark.parametrize("text", [
    "اعتقلت قوات الأمن ثلاثة أشخاص يشتبه بتورطهم في تفجير عبوة ناسفة استهدفت رتلا للتحالف في الديوانية.",
    "واعتقلوا مسلحا متهما بإطلاق صواريخ على قاعدة بلد الجوية.",
])
def test_an_arrest_told_by_its_verb_reports_no_act(events, text):
    assert events(text) == []


@pytest.mark.parametrize("text, place", [
    ("قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة استهدف قاعدة عسكرية في شمال شرق الأردن قرب الحدود مع سوريا "
     "ليل السبت الأحد. وقال مسؤول أمريكي إن الهجوم استهدف موقع البرج 22 اللوجستي.", "Tower 22 (US base, Jordan)"),
    ("أصيب جنديان في قصف صاروخي على محافظة الأنبار غرب العراق فجر اليوم. وأوضح مصدر أمني أن القصف طال قاعدة "
     "عين الأسد الجوية.", "Ain al-Asad Air Base"),
])
def test_the_attack_noun_as_subject_of_an_attack_verb_restates_the_attack(events, text, place):
    [e] = events(text)
    assert e.location.name == place


def test_an_attack_told_as_earlier_is_no_restatement(events):
    found = events("سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر اليوم. وكان الهجوم قد استهدف قاعدة حرير في أربيل الشهر الماضي.")
    assert len(found) == 2


@pytest.mark.parametrize("text, place", [
    ("غارة إسرائيلية على الضاحية الجنوبية لبيروت\nاستهدفت غارة إسرائيلية مبنى سكنيا في منطقة حارة حريك بالضاحية "
     "الجنوبية لبيروت مساء اليوم.", "Haret Hreik"),
    ("انفجار في الضاحية الجنوبية\nهز انفجار منطقة الغبيري في الضاحية الجنوبية لبيروت ظهر اليوم.", "Ghobeiry"),
])
def test_of_two_places_of_a_kind_the_one_inside_the_other_is_the_location(events, text, place):
    [e] = events(text)
    assert e.location.name == place


@pytest.mark.parametrize("text, admin1", [
    ("سقط صاروخ على مطار أربيل الدولي فجر اليوم.", "Erbil"),                 # not "Qandil mountains"
    ("قصفت المدفعية بلدة دوما في ريف دمشق مساء أمس.", "Rīf Dimashq"),          # not "Eastern Ghouta"
])
def test_admin1_is_the_units_name_never_a_region_inside_it(events, text, admin1):
    [e] = events(text)
    assert e.location.admin1 == admin1


@pytest.mark.parametrize("sentence, victims", [
    ("قتل 3 جنود إسرائيليين بصاروخ موجه أطلقه حزب الله على موقع المطلة.", "Military Forces of Israel"),
    ("قتل خمسة مسلحين من تنظيم داعش بضربة جوية في صحراء الأنبار.", "Islamic State"),
    ("أصيب جنديان أمريكيان بهجوم صاروخي على قاعدة حرير.", "Military Forces of the United States"),
])
def test_the_men_a_count_of_the_dead_counts_are_no_perpetrator(events, sentence, victims):
    [e] = events(sentence)
    assert victims not in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("sentence, name", [
    ("قتل خمسة مسلحين بضربة جوية في صحراء الأنبار.", None),
    ("قتل ثلاثة عناصر من حركة الشباب بغارة أمريكية في إقليم شبيلي السفلى.", "Al Shabaab"),
    ("قتل أربعة مقاتلين من هيئة تحرير الشام بقصف مدفعي على ريف إدلب.", "Hayat Tahrir al Sham"),
    ("قتل خمسة مسلحين من تنظيم داعش بضربة جوية في صحراء الأنبار.", "Islamic State"),
])
def test_fighters_counted_among_the_dead_of_a_strike_are_an_armed_group_hit(events, sentence, name):
    [e] = events(sentence)
    assert e.target.type == "armed_group"
    assert e.target.name == name


@pytest.mark.parametrize("sentence", [
    "واستهدفت مسيرة تركية موقعا في منطقة شيلادزي مساء الثلاثاء، ما أدى إلى إصابة مقاتلين اثنين.",
    "وقتل ثلاثة مقاتلين بقصف مدفعي على أطراف بلدة عين عيسى فجر اليوم.",
])
def test_fighters_named_as_such_are_an_armed_group_hit(events, sentence):
    """"إصابة مقاتلين اثنين": fighters, with no side named, are an armed group hit."""
    [e] = events(sentence)
    assert e.target.type == "armed_group"


@pytest.mark.parametrize("sentence", [
    "قتل ثلاثة من مسلحي العشائر بقصف لقوات سوريا الديمقراطية على بلدة ذيبان شرقي دير الزور.",
    "وأصيب خمسة من رجال القبائل بقصف صاروخي على تجمع لهم في مديرية ردمان بمحافظة البيضاء.",
])
def test_tribal_fighters_are_an_armed_group_hit(events, sentence):
    """"مسلحي العشائر", "رجال القبائل": a communal militia, an armed group; shelling them is
    still shelling."""
    [e] = events(sentence)
    assert (e.target.type, e.sub_event_type) == ("armed_group", "Shelling/artillery/missile attack")


def test_fighters_of_a_named_side_are_that_side_hit(events):
    """"مقاتلين من البيشمركة": the side the fighters are counted in is what was hit."""
    [e] = events("وأصيب أربعة مقاتلين من البيشمركة بقصف مدفعي على مواقعهم في قضاء مخمور مساء أمس.")
    assert (e.target.type, e.target.name) == ("military", "Peshmerga")


@pytest.mark.parametrize("sentence", [
    "اغتيل الأمين العام السابق لحزب التجمع الوطني بانفجار سيارة مفخخة في بيروت.",
    "نجا رئيس حزب الوفاق من محاولة اغتيال بعبوة ناسفة زرعت تحت سيارته في مدينة طرابلس.",
])
def test_a_party_leader_is_a_government_target(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "government"


@pytest.mark.parametrize("sentence", [
    "أعلن حزب الله أن مقاتليه استهدفوا موقعا إسرائيليا قرب بلدة المطلة بصاروخ موجه.",
    "قصفت مدفعية الجيش التركي مواقع سورية في ريف حلب الشمالي مساء الأحد.",
])
def test_a_position_named_by_a_nation_is_its_forces_a_military_target(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "military"


@pytest.mark.parametrize("sentence, group", [
    ("أعلن الأمين العام لحزب الله أن مقاتلي الحزب استهدفوا موقعا إسرائيليا بصاروخ موجه.", "Hezbollah"),
    ("أعلن زعيم جماعة الحوثي أن قواته استهدفت سفينة تجارية في البحر الأحمر بصاروخ باليستي.", "Ansar Allah (Houthis)"),
])
def test_a_group_leader_who_announces_the_act_claims_it(events, sentence, group):
    [e] = events(sentence)
    assert (group, "claimed") in [(p.name, p.attribution) for p in e.perpetrators]


@pytest.mark.parametrize("sentence", [
    "شنت مقاتلات إسرائيلية ومسيرات غارات على بلدات جنوب لبنان فجر الأحد.",
    "نفذ الطيران الحربي غارة بمسيرة على منزل في بلدة ميس الجبل مساء السبت.",
])
def test_a_bare_drone_word_among_warplanes_is_a_drone(events, sentence):
    [e] = events(sentence)
    assert {w.type for w in e.weapons} == {"aircraft", "drone"}


@pytest.mark.parametrize("sentence", [
    "أطلقت قوات الأمن الرصاص الحي على مسيرة احتجاجية في مدينة الناصرية.",
    "انفجرت عبوة ناسفة قرب مسيرة لأنصار التيار الصدري في بغداد.",
])
def test_a_march_beside_another_weapon_is_no_drone_and_makes_no_air_strike(events, sentence):
    [e] = events(sentence)
    assert "drone" not in {w.type for w in e.weapons}
    assert e.sub_event_type != "Air/drone strike"


@pytest.mark.parametrize("text, killed, wounded", [
    ("انفجرت سيارة مفخخة في سوق شعبي بمدينة الصدر شرقي بغداد مساء الأحد.\n"
     "وارتفع عدد المصابين إلى 12 شخصا.", None, 12),
    ("سقطت قذائف هاون على حي سكني في مدينة حلب صباح الاثنين.\n"
     "وبلغ عدد القتلى 7 والجرحى 19.", 7, 19),
])
def test_a_tally_in_the_next_sentence_counts_the_attack_told_last(events, text, killed, wounded):
    [e] = events(text)
    assert (e.casualties.killed, e.casualties.wounded) == (killed, wounded)


@pytest.mark.parametrize("text", [
    "انفجرت سيارة مفخخة في سوق شعبي بمدينة الصدر شرقي بغداد مساء الأحد.\n"
    "وبلغ عدد القتلى في المحافظة 300 شخص خلال العام الماضي.",
    "سقطت قذائف هاون على حي سكني في مدينة حلب صباح الاثنين.\n"
    "وقالت الشرطة إن المهاجمين فروا.\n"
    "وبلغ عدد القتلى 40 شخصا.",
    "سقطت قذائف هاون على حي سكني في مدينة حلب صباح الاثنين.\n"
    "وبلغ عدد القتلى منذ بداية الحرب 30 ألف شخص.",
])
def test_a_tally_over_a_period_or_further_on_counts_no_attack(events, text):
    [e] = events(text)
    assert e.casualties.killed is None


@pytest.mark.parametrize("sentence", [
    "قالت الأمم المتحدة إن أكثر من 500 مدني قتلوا في هجمات بطائرات مسيرة في اليمن.",
    "قتل أكثر من 200 شخص في غارات جوية على محافظة إدلب منذ مطلع الشهر.",
])
def test_a_toll_of_a_series_placed_only_in_a_country_or_over_a_period_is_no_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    "قتل خمسة أشخاص بغارات إسرائيلية على بلدة عيتا الشعب صباح اليوم.",
    "قتل شخصان في غارات إسرائيلية على بلدة كفرنبل بريف إدلب.",
])
def test_a_toll_of_strikes_on_a_town_is_an_attack(events, sentence):
    assert len(events(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    "أجرت القوات الأمنية تمرينا على التصدي لهجوم بطائرات مسيرة في مطار بغداد الدولي.",
    "نفذت قوات الدفاع الجوي تمرينا على اعتراض صواريخ معادية قرب قاعدة حرير.",
])
def test_a_drill_on_meeting_an_attack_is_no_attack(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    "فككت مفارز الهندسة العسكرية عبوة ناسفة زرعت على طريق عام في قضاء أبو غريب.",
    "وأبطلت فرق المتفجرات مفعول عبوة لاصقة وضعت تحت سيارة ضابط في حي المنصور.",
])
def test_a_bomb_defused_is_disrupted_weapons_use(events, sentence):
    [e] = events(sentence)
    assert e.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("sentence", [
    "سقطت صواريخ وقذائف على محيط مطار بغداد الدولي فجر اليوم.",
    "استهدفت الفصائل قاعدة حرير بصواريخ وقذائف مساء الأحد.",
])
def test_rounds_named_beside_rockets_are_the_rockets(events, sentence):
    [e] = events(sentence)
    assert [w.type for w in e.weapons] == ["rocket"]


@pytest.mark.parametrize("text", [
    "استهدفت قاعدة بلد الجوية بصواريخ كاتيوشا فجر اليوم، وسقطت إحدى القذائف داخل القاعدة.",
    "سقط صاروخان على المنطقة الخضراء مساء الأحد، وقالت خلية الإعلام الأمني إن القذيفتين سقطتا قرب السفارة.",
])
def test_the_rounds_told_after_the_rockets_are_the_same_attack(events, text):
    [e] = events(text)
    assert [w.type for w in e.weapons] == ["rocket"]


@pytest.mark.parametrize("sentence", [
    "هاجم مسلحون حاجزا للجيش بالأسلحة الخفيفة وقذيفة في قضاء الطارمية.",
    "أطلق مجهولون النار وقذيفة على منزل ضابط في حي الجهاد.",
])
def test_a_round_beside_gunfire_gives_way_to_it(events, sentence):
    [e] = events(sentence)
    assert [w.type for w in e.weapons] == ["small_arms"]


@pytest.mark.parametrize("text", [
    "قصفت القوات التركية قرى في قضاء زاخو بمحافظة دهوك مساء الأحد.\n"
    "وقالت مصادر محلية إن القصف المدفعي طال أطراف قرية شرانش.",
    "استهدفت غارة إسرائيلية أطراف بلدة الخيام جنوب لبنان فجر اليوم.\n"
    "وأفاد مراسلون بأن الغارة أصابت منزلا في حي الكروم.",
])
def test_the_attack_named_again_at_a_place_no_gazetteer_has_is_the_same_attack(events, text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("sentence, victims", [
    ("قتل عنصران من حزب الله بغارة إسرائيلية على سيارة قرب بلدة القصير.", "Hezbollah"),
    ("قتل ثلاثة من قوات البيشمركة بهجوم شنه مسلحو داعش على نقطة في قضاء مخمور.", "Peshmerga"),
])
def test_the_side_of_the_men_a_count_counts_is_no_perpetrator(events, sentence, victims):
    [e] = events(sentence)
    assert victims not in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("sentence", [
    "استهدفت ضربة جوية معسكرا لفصيل مسلح في جرف الصخر شمال بابل فجر اليوم.",
    "قصفت طائرة مسيرة مقرا لفصيل عراقي مسلح قرب مدينة القائم مساء أمس.",
])
def test_a_camp_of_one_armed_faction_is_an_armed_group_target(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "armed_group"


@pytest.mark.parametrize("sentence", [
    "قتل اثنان من مقاتلي هيئة تحرير الشام بقصف روسي على ريف إدلب الجنوبي مساء أمس.",
    "أصيب خمسة من مسلحي الحوثي بغارة للتحالف على مديرية حرض صباح اليوم.",
])
def test_the_fighters_a_count_counts_after_from_their_ranks_are_the_target(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "armed_group"


@pytest.mark.parametrize("text", [
    "قتل ثلاثة أشخاص بغارة على سيارة في بلدة الناقورة جنوب لبنان مساء الأحد.\n"
    "وقال الجيش الإسرائيلي في بيان إن طائرة تابعة لسلاح الجو استهدفت السيارة.",
    "استهدفت غارة جوية منزلا في بلدة عيتا الشعب فجر اليوم.\n"
    "وأعلن الجيش الإسرائيلي أن طائرات سلاح الجو قصفت المنزل.",
])
def test_the_air_force_of_the_army_that_tells_the_strike_did_it(events, text):
    [e] = events(text)
    assert "Military Forces of Israel" in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("sentence, attacker, defender", [
    ("استهدفت الدفاعات الجوية الروسية طائرات مسيرة أطلقتها الفصائل المسلحة نحو قاعدة حميميم.",
     "Armed factions (generic)", "Military Forces of Russia"),
    ("استهدفت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون باتجاه مدينة جازان.",
     "Ansar Allah (Houthis)", "Military Forces of Saudi Arabia"),
])
def test_air_defences_that_engage_a_weapon_stop_it_and_did_not_attack(events, sentence, attacker, defender):
    [e] = events(sentence)
    assert e.sub_event_type == "Disrupted weapons use"
    names = [p.name for p in e.perpetrators]
    assert attacker in names and defender not in names


@pytest.mark.parametrize("text", [
    "انفجرت سيارة مفخخة في سوق شعبي بمدينة الصدر مساء الأحد، ما أسفر عن مقتل 12 شخصا.\n"
    "ويحمل الهجوم بصمات تنظيم داعش الذي تبنى هجمات مماثلة في السابق.",
    "انفجرت عبوة ناسفة على دورية للجيش في قضاء الطارمية صباح الاثنين.\n"
    "ويحمل التفجير بصمات تنظيم داعش الذي تبنى عمليات مماثلة في المنطقة.",
])
def test_the_hallmarks_of_a_group_that_claimed_other_attacks_make_it_suspected(events, text):
    [e] = events(text)
    assert [(p.name, p.attribution) for p in e.perpetrators] == [("Islamic State", "suspected")]


@pytest.mark.parametrize("sentence, sub_event", [
    ("اغتيل قيادي في حركة حماس بضربة استهدفت سيارته في مدينة صور.", "Air/drone strike"),
    ("اغتيل القائد العسكري بضربة دقيقة نفذها الجيش الإسرائيلي على مبنى في الضاحية الجنوبية.", "Air/drone strike"),
    ("قضى قيادي في الجماعة بضربة صاروخية استهدفت سيارته في البقاع.", "Shelling/artillery/missile attack"),
])
def test_a_strike_with_no_weapon_named_is_from_the_air(events, sentence, sub_event):
    [e] = events(sentence)
    assert e.sub_event_type == sub_event


@pytest.mark.parametrize("sentence", [
    "أصيب ثلاثة مزارعين بانفجار لغم أرضي في ريف درعا الغربي.",
    "قصفت الطائرات الحربية مبنى سكنيا في حي الشجاعية شرق مدينة غزة.",
])
def test_civilians_by_their_work_or_a_home_are_the_target_when_nothing_else_is(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "civilian"


@pytest.mark.parametrize("sentence", [
    "قتل مزارعان في هجوم شنه مسلحون على حاجز للجيش قرب قضاء الطارمية.",
    "أصيب عمال في قصف استهدف قاعدة عين الأسد الجوية.",
])
def test_a_named_target_goes_before_the_civilians_hurt(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "military"


@pytest.mark.parametrize("sentence", [
    "شنت الطائرات الحربية غارات على بلدة كفرنبل في ريف إدلب أمس.",
    "استهدفت ضربات أمريكية مواقع في مدينة القائم فجر الثلاثاء.",
])
def test_a_series_with_its_own_day_and_place_is_an_attack(events, sentence):
    assert len(events(sentence)) == 1


@pytest.mark.parametrize("text", [
    "دوى انفجاران في قاعدة حقل العمر شرقي دير الزور نتيجة استهداف بطائرات مسيرة مساء الأحد، "
    "وتزامنا مع ذلك، حلقت طائرات حربية في أجواء المنطقة.",
    "سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر اليوم، فيما جابت مقاتلات أمريكية أجواء الأنبار.",
])
def test_aircraft_that_flew_over_are_no_weapon_of_the_attack(events, text):
    for e in events(text):
        assert "aircraft" not in [w.type for w in e.weapons]


@pytest.mark.parametrize("text", [
    "هذه الجماعات تفجر السيارات المفخخة في الأسواق وتستهدف المدنيين في بغداد بالدرجة الأولى.",
    "وقال المحلل إن الفصائل تستهدف القواعد الأمريكية في العراق وسوريا كلما تصاعد التوتر.",
])
def test_the_present_tense_in_a_one_line_text_of_the_body_is_habitual(events, text):
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "مسيرات تستهدف قاعدة عين الأسد غربي الأنبار",
    "صواريخ تستهدف السفارة الأمريكية في بغداد\nسقطت ثلاثة صواريخ قرب السفارة الأمريكية فجر اليوم.",
])
def test_the_present_tense_in_a_headline_is_the_news(events, text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("sentence", [
    "استهدف الجيش الإسرائيلي خلية لإطلاق الصواريخ في بلدة عيتا الشعب جنوب لبنان.",
    "قصفت طائرات التحالف خلية إرهابية في وادي حوران غربي الأنبار.",
])
def test_a_cell_that_is_hit_is_an_armed_group(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "armed_group"


def test_the_security_media_cell_is_no_target(events):
    [e] = events("وقالت خلية الإعلام الأمني إن صاروخين سقطا قرب مطار بغداد الدولي فجر اليوم.")
    assert e.target.type != "armed_group"


@pytest.mark.parametrize("sentence, teller", [
    ("أعلنت هيئة عمليات التجارة البحرية البريطانية أن سفينة تجارية تعرضت لهجوم بصاروخ جنوب غرب الحديدة.",
     "Military Forces of the United Kingdom"),
    ("وقالت الخارجية الأمريكية إن صاروخين سقطا قرب السفارة في بغداد فجر اليوم.", "Military Forces of the United States"),
])
def test_who_tells_of_an_act_before_that_did_not_do_it(events, sentence, teller):
    [e] = events(sentence)
    assert teller not in [p.name for p in e.perpetrators]


def test_who_tells_it_did_the_act_did_it(events):
    [e] = events("وأقر التحالف الدولي بقيادة الولايات المتحدة أنه نفذ ضربات جوية على مواقع في مدينة القائم أمس.")
    assert "International coalition (CJTF-OIR)" in [p.name for p in e.perpetrators]


@pytest.mark.parametrize("sentence", [
    "قصفت طائرات إسرائيلية مستودعات أسلحة لحزب الله في محيط مطار دمشق الدولي فجر اليوم.",
    "استهدفت غارة جوية مواقع للميليشيات الإيرانية قرب مطار دير الزور العسكري مساء الأحد.",
])
def test_what_a_side_held_is_hit_not_the_site_it_lies_by(events, sentence):
    [e] = events(sentence)
    assert e.target.type == "armed_group"


def test_the_people_hit_go_before_what_a_side_is_said_to_hold(events):
    [e] = events("قتل ثلاثة مدنيين بقصف مدفعي تركي على قرية في قضاء العمادية، فيما قال الجيش التركي إنه "
                 "استهدف مواقع لحزب العمال الكردستاني.")
    assert e.target.type == "civilian"


# --- one attack told in the headline at the unit the lead says its place lies in ---------------

@pytest.mark.parametrize("text", [
    "غارة بمسيرة إسرائيلية على سيارة في بنت جبيل\n"
    "استهدفت مسيرة إسرائيلية، مساء الأربعاء، سيارة في بلدة يارون بقضاء بنت جبيل، ما أدى إلى مقتل شخصين.",
    "قتلى بقذيفة حوثية على سوق في تعز\n"
    "قتل ثلاثة مدنيين، صباح الأربعاء، بقذيفة أطلقها الحوثيون على سوق في حي الروضة في مدينة تعز.",
])
def test_the_unit_a_place_is_said_to_lie_in_places_the_headline_there(events, text):
    """"في بلدة يارون بقضاء بنت جبيل", "حي الروضة في مدينة تعز": the unit right after the
    place only locates it; a headline placed there tells the same attack."""
    assert len(events(text)) == 1


@pytest.mark.parametrize("sentence", [
    "انفجرت عبوة ناسفة مساء الاثنين على الطريق الواصل بين داقوق وطوزخورماتو، ما أدى إلى إصابة جنديين.",
    "استهدفت مسيرة سيارة صباح الأحد على الطريق الرابط بين الميادين والبوكمال، ما أسفر عن مقتل شخصين.",
])
def test_two_places_after_between_are_the_ends_of_one_stretch(events, sentence):
    assert len(events(sentence)) == 1


@pytest.mark.parametrize("text, place", [
    ("شنت طائرات أمريكية فجر الخميس غارة على ميناء الصليف في الحديدة.\n"
     "وكانت مصادر قد أفادت بسقوط ثلاثة قتلى في الغارة، إلا أن وزارة الصحة في صنعاء أعلنت مقتل ستة أشخاص.", "YE-HU"),
    ("قتل ثلاثة مدنيين بقصف مدفعي على مدينة سرمين مساء الجمعة.\n"
     "وكانت مصادر قد تحدثت عن قتيلين في القصف، إلا أن وزارة الدفاع في دمشق قالت إنه أوقع ثلاثة قتلى.", "SY-ID"),
])
def test_the_seat_of_a_ministry_that_tells_of_the_attack_is_not_its_place(events, text, place):
    found = events(text)
    assert [e.location.admin1_code for e in found] == [place]


@pytest.mark.parametrize("text", [
    "استهدف هجوم صاروخي، مساء الأحد، قاعدة حرير الجوية شمال أربيل.\n"
    "وقال مصدر أمني إن ثلاثة صواريخ سقطت ليل الأحد داخل القاعدة دون إصابات.",
    "سقطت قذائف هاون، مساء الجمعة، على قاعدة بلد الجوية شمال بغداد.\n"
    "وأضاف المصدر أن خمس قذائف سقطت ليل الجمعة داخل القاعدة.",
])
def test_a_site_placed_by_a_direction_is_not_placed_only_relative(events, text):
    """"قاعدة حرير شمال أربيل" is at the base: a report of the same day with no place of its
    own is the same attack, not one "elsewhere" than Erbil."""
    assert len(events(text, published=date(2024, 1, 22))) == 1


@pytest.mark.parametrize("text, admin1", [
    ("قتل عنصران من قسد، مساء الثلاثاء، بهجوم مسلح استهدف حاجزا لهم في بلدة الكرامة شرقي الرقة.", "SY-RA"),
    ("قتل مدني، صباح الاثنين، بانفجار دراجة نارية مفخخة في قرية شمال الباب.", "SY-HL"),
])
def test_a_direction_licenses_a_name_that_is_a_common_word_too(events, text, admin1):
    """"شرقي الرقة", "شمال الباب": a direction before a name that counts only after a cue
    names the place, as a cue would; the attack is placed by it."""
    [event] = events(text)
    assert event.location.admin1_code == admin1


@pytest.mark.parametrize("text", [
    "أطلق مجهولون النار، مساء الخميس، على دورية لمكافحة المخدرات في لواء الرويشد بمحافظة المفرق، ما أدى إلى إصابة رقيب.",
    "هاجم مسلحون، فجر الأحد، مقرا لمكافحة المخدرات في قضاء الزبير غربي البصرة.",
])
def test_drugs_in_the_name_of_who_fights_them_are_no_cargo(events, text):
    """"دورية لمكافحة المخدرات": the unit hit, not a drone loaded with drugs shot down."""
    assert len(events(text)) == 1


@pytest.mark.parametrize("text", [
    "قتل جندي بانفجار عبوة ناسفة على رتل للجيش في قضاء الطارمية فجر الأحد.\n"
    "وفي حادث آخر، انفجرت عبوة ناسفة على رتل للتحالف، ما أدى إلى إصابة سائق.",
    "سقطت قذيفة هاون على سوق في قضاء المقدادية صباح الأحد، ما أدى إلى مقتل بائع.\n"
    "وفي حادثة منفصلة، سقطت قذيفة هاون على منزل، ما أدى إلى إصابة طفلين.",
])
def test_a_sentence_that_opens_with_another_incident_tells_another_attack(events, text):
    """"وفي حادثة منفصلة، ...": not a detail of the attack just told, though it names no place
    or date of its own."""
    first, other = events(text)
    assert first.casualties.wounded is None and other.casualties.killed is None


@pytest.mark.parametrize("text, place", [
    ("قال مصدر أمني إن مسلحين هاجموا نقطة مراقبة للحشد الشعبي في قضاء خانقين، ليل الأحد، ما أدى إلى مقتل عنصرين.\n"
     "وأضاف أن عبوة ناسفة انفجرت لاحقا على سيارة إسعاف هرعت إلى المكان، فأصيب مسعفان بجروح.", "خانقين"),
    ("سقطت قذيفة هاون على سوق في قضاء المقدادية صباح الأحد، ما أدى إلى مقتل بائع.\n"
     "وأفاد شهود بأن عبوة ناسفة انفجرت لاحقا قرب سيارة إسعاف وصلت إلى المكان، ما أدى إلى إصابة مسعف.", "المقدادية"),
])
def test_an_act_told_as_later_at_the_scene_is_another_attack_there(events, text, place):
    """"انفجرت لاحقا على سيارة إسعاف هرعت إلى المكان": not a detail of the attack just told
    but a second act after it, at its place."""
    first, later = events(text)
    assert later.sub_event_type == "Remote explosive/landmine/IED" and later.casualties.killed is None
    assert first.location.name_ar == later.location.name_ar == place


@pytest.mark.parametrize("text, unknown, strikes", [
    ("قتل 12 شخصا، ليل الاثنين الثلاثاء، في سلسلة غارات إسرائيلية استهدفت بلدات بريتال وشمسطار وبوداي "
     "في محافظة بعلبك الهرمل.", "بوداي", 3),
    ("قصفت المدفعية الإسرائيلية، صباح الأحد، أطراف بلدتي كفرشوبا والهبارية جنوبي لبنان، من دون وقوع إصابات.",
     "الهبارية", 2),
])
def test_a_village_no_gazetteer_knows_in_a_list_of_known_ones_is_struck_too(events, text, unknown, strikes):
    """"بلدات بريتال وشمسطار وبوداي": each town of the list is a strike of its own, the one
    no gazetteer has too (kept as written)."""
    found = events(text)
    assert len(found) == strikes
    assert unknown in {e.location.name_ar for e in found}


@pytest.mark.parametrize("text, strikes", [
    ("قصفت قوات النظام بالقذائف المدفعية، ظهر الخميس، قرى البارة وسفوهن وكنصفرة في جبل الزاوية جنوبي إدلب.", 3),
    ("قصفت القوات التركية، مساء الثلاثاء، قريتي الهوشان والمشيرفة بريف عين عيسى بعشرات القذائف المدفعية.", 2),
])
def test_a_list_of_villages_no_gazetteer_knows_is_struck_village_by_village(events, text, strikes):
    """"قرى البارة وسفوهن وكنصفرة": a plural or dual cue's list whose first name no gazetteer
    knows either is a list of places all the same, each a strike of its own."""
    assert len(events(text)) == strikes


@pytest.mark.parametrize("text, second", [
    ("أغار الطيران الحربي الإسرائيلي، صباح الاثنين، على منطقتي اللبونة وجبل بلاط المتاخمتين للحدود.", "جبل بلاط"),
    ("قصفت قوات النظام بالمدفعية، فجر الخميس، قرى البارة وكفر عويد في جبل الزاوية.", "كفر عويد"),
])
def test_a_name_prefix_in_a_list_takes_the_word_after_it(events, text, second):
    """"اللبونة وجبل بلاط": a list's name that begins with a name prefix ("جبل", "كفر") is a
    place of two words, as after "بلدة" ("بلدة بن طلحة")."""
    found = events(text)
    assert len(found) == 2 and any(e.location.name_ar == second for e in found)


@pytest.mark.parametrize("text, second", [
    ("أغارت طائرات حربية إسرائيلية، صباح الأربعاء، على بنى تحتية لحزب الله في منطقتي عيتا الشعب ورامية.", "رامية"),
    ("قصفت المدفعية الإسرائيلية، عصر الأحد، منطقتي العديسة ومركبا في جنوب لبنان.", "مركبا"),
])
def test_two_areas_of_a_dual_cue_are_struck_apart(events, text, second):
    """"منطقتي عيتا الشعب ورامية": a dual place cue, as "بلدتي", opens a list of two places."""
    found = events(text)
    assert len(found) == 2 and any(second in (e.location.name_ar or "") for e in found)


@pytest.mark.parametrize("text, name", [
    ("اغتال مسلحون مجهولون، مساء السبت، محاميا أمام منزله في حي الحسين وسط مدينة العمارة مركز محافظة ميسان.",
     "العمارة"),
    ("قتل ستة مدنيين، صباح السبت، بانفجار سيارة مفخخة في سوق الهال وسط مدينة الباب بريف حلب الشمالي.", "الباب"),
])
def test_the_centre_of_a_town_is_in_the_town_not_a_reference_point(events, text, name):
    """"وسط مدينة العمارة": the attack landed in the town, not off it as "شمال مدينة الموصل"
    would say; not the governorate the text names after it."""
    [event] = events(text)
    assert event.location.name_ar == name


@pytest.mark.parametrize("text, name", [
    ("قتل راع برصاص مجهولين، مساء الأحد، في ناحية أبي صيدا شمال شرقي بعقوبة أثناء رعيه الأغنام.", "أبي صيدا"),
    ("أغارت طائرات إسرائيلية، مساء السبت، على بلدة عقربا جنوب شرقي دمشق، قائلة إنها أحبطت هجوما.", "عقربا"),
])
def test_a_name_placed_by_a_direction_from_a_place_of_another_country_is_a_namesake(events, text, name):
    """Not Sidon in Lebanon nor Aqraba in Palestine: the town of that name the text places
    near Baquba or Damascus, which no gazetteer has: kept as written, with no country."""
    [event] = events(text)
    assert event.location.name_ar == name
    assert event.location.country_code is None


@pytest.mark.parametrize("text, first, retold", [
    ("سقط صاروخ كاتيوشا، فجر الاثنين، قرب مبنى السفارة الأمريكية في المنطقة الخضراء وسط بغداد.\n"
     "وفي حادث آخر، استهدفت عبوة ناسفة رتلا ينقل معدات للتحالف الدولي في منطقة اليوسفية جنوبي بغداد.\n"
     "وأثار الهجوم على السفارة انتقادات حكومية واسعة.", "السفارة", "وأثار الهجوم على السفارة"),
    ("تعرضت قاعدة حرير الجوية في محافظة أربيل، صباح الخميس، لهجوم بطائرة مسيرة.\n"
     "وبعد ساعات، سقطت ثلاثة صواريخ على معسكر زليكان قرب ناحية بعشيقة.\n"
     "وأدانت حكومة إقليم كردستان الهجوم على حرير.", "حرير", "وأدانت حكومة إقليم كردستان"),
])
def test_an_attack_noun_that_names_the_place_of_an_earlier_attack_refers_to_it(events, text, first, retold):
    """"وأدانت الحكومة الهجوم على حرير": not the attack told last (Zilkan), but the one at
    the place (or the site) the noun names."""
    found = events(text)
    assert len(found) == 2
    there = next(e for e in found if first in (e.location.name_ar or ""))
    assert any(retold in ev.text for ev in there.evidence)


@pytest.mark.parametrize("text, place, day", [
    ("حصيلة أمنية في ثلاث محافظات\n"
     "شهدت ثلاث محافظات عراقية، يوم الإثنين، سلسلة حوادث أمنية متفرقة أسفرت عن مقتل شخصين.\n"
     "ففي قضاء الطارمية شمالي بغداد، انفجرت عبوة ناسفة على دورية للجيش العراقي، ما أدى إلى إصابة ثلاثة جنود.\n"
     "وفي محافظة ديالى، أطلق مسلحون مجهولون النار على مزارع في قضاء المقدادية، فأردوه قتيلا.",
     "المقدادية", "2024-02-05"),
    ("ثلاث هجمات على مواقع أمريكية في العراق خلال يوم واحد\n"
     "تعرضت ثلاثة مواقع تضم قوات أمريكية في العراق، الأربعاء، لهجمات بالصواريخ والطائرات المسيرة.\n"
     "وقالت خلية الإعلام الأمني إن 14 صاروخا سقطت على قاعدة عين الأسد الجوية في الأنبار.\n"
     "وأضافت أن طائرة مسيرة استهدفت محيط مطار أربيل الدولي دون أن تسفر عن خسائر.",
     "مطار أربيل", "2024-02-07"),
    # a lead that tells of no several acts of its day leaves a later undated attack undated
    ("غارات إسرائيلية على بلدتين جنوبيتين\n"
     "شن الطيران الحربي الإسرائيلي، بعد ظهر الثلاثاء، غارات استهدفت بلدتي عيتا الشعب ورامية جنوبي لبنان.\n"
     "وفي سياق متصل، استهدفت مسيرة إسرائيلية سيارة على طريق بلدة الناقورة، ما أدى إلى إصابة شخصين.",
     "الناقورة", None),
])
def test_a_lead_of_several_acts_of_one_day_dates_the_attacks_told_after_it(events, text, place, day):
    """"سلسلة حوادث أمنية متفرقة", "خلال يوم واحد": the attacks the article goes on to tell,
    with no date of their own, are the lead's acts of that day."""
    later = next(e for e in events(text) if place in (e.location.name_ar or ""))
    assert later.date.value == day


@pytest.mark.parametrize("text", [
    "مقتل ثلاثة بغارة أمريكية في دير الزور\n"
    "قتل ثلاثة مسلحين، فجر الاثنين، بغارة جوية استهدفت موقعا لهم في مدينة الميادين بريف دير الزور الشرقي.",
    "قتيلان بقصف مدفعي في إدلب\n"
    "قتل مدنيان، صباح الأحد، بقصف مدفعي استهدف سوقا في مدينة سرمين بريف إدلب الشرقي.",
])
def test_the_countryside_a_town_is_said_to_lie_in_places_the_headline_there(events, text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("text, town", [
    ("غارة بمسيرة إسرائيلية على سيارة في بنت جبيل\n"
     "استهدفت مسيرة إسرائيلية، مساء الأربعاء، سيارة في بلدة يارون بقضاء بنت جبيل، ما أدى إلى مقتل شخصين.", "يارون"),
    ("مقتل ثلاثة بغارة أمريكية في دير الزور\n"
     "قتل ثلاثة مسلحين، فجر الاثنين، بغارة جوية استهدفت موقعا لهم في مدينة الميادين بريف دير الزور الشرقي.", "الميادين"),
])
def test_a_place_named_only_to_locate_another_is_not_where_it_landed(events, text, town):
    """The headline's town, named again in the lead as the unit the attacked town lies in."""
    [event] = events(text)
    assert event.location.text == town


@pytest.mark.parametrize("text", [
    "سقطت قذائف هاون، مساء الأحد، على قاعدة الشدادي جنوب الحسكة.\n"
    "في المقابل، قالت مصادر عسكرية إن القاعدة استهدفت بثلاثة صواريخ أطلقت من ريف دير الزور.",
    "سقطت ثلاثة صواريخ، فجر الخميس، على معسكر التاجي شمال بغداد.\n"
    "لكن مصدرا أمنيا قال إن المعسكر استهدف بقذائف هاون من منطقة زراعية قريبة.",
])
def test_sources_that_disagree_on_mortars_or_rockets_tell_one_attack(events, text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("text", [
    "غارة إسرائيلية تستهدف مبنى في دمشق\n"
    "استهدفت غارة إسرائيلية، فجر الأحد، مبنى سكنيا في حي كفرسوسة بدمشق، ما أدى إلى مقتل خمسة أشخاص.",
    "انفجار عبوة ناسفة في كركوك\n"
    "انفجرت عبوة ناسفة، صباح الثلاثاء، قرب سوق في قضاء الحويجة بكركوك، ما أدى إلى إصابة ثلاثة مدنيين.",
])
def test_a_place_written_with_the_locative_after_another_is_its_unit(events, text):
    """"حي كفرسوسة بدمشق": Damascus only locates the quarter; the headline at Damascus
    tells the same attack."""
    assert len(events(text)) == 1


@pytest.mark.parametrize("text, town", [
    # a quarter that shares its name with a town of another governorate: the unit is the place
    ("حملت الحكومة اليمنية ميليشيا الحوثي مسؤولية القصف الذي استهدف حي الروضة في مدينة تعز أمس.", "Taiz"),
    ("انفجرت عبوة ناسفة في حي السلام بمدينة الموصل صباح اليوم، ما أدى إلى إصابة مدنيين.", "Al-Mosul"),
    # ... or on a side of a town
    ("أصيبت طفلة برصاص قناص حوثي في حي الروضة شمال مدينة تعز، اليوم الأحد، وفق مصادر طبية.", "Taiz"),
    ("سقطت قذيفة هاون على منزل في حي الروضة غرب مدينة مأرب مساء اليوم الأحد.", "Ma'rib"),
])
def test_a_quarter_named_like_a_town_elsewhere_is_placed_in_its_unit(events, text, town):
    [event] = events(text)
    assert event.location.name == town


@pytest.mark.parametrize("text", [
    "قتل مدنيان، صباح الأحد، بقصف صاروخي لقوات النظام على مدينة أريحا جنوبي إدلب.\n"
    "وفي وقت لاحق، استهدفت طائرة مسيرة سيارة قرب بلدة سرمين.\n"
    "وقال الدفاع المدني إن القذائف الصاروخية سقطت على حي سكني وسط أريحا.",
    "أصيب ثلاثة أطفال، مساء الجمعة، بقصف مدفعي على بلدة كفرنبل.\n"
    "كما استهدفت مسيرة دراجة نارية في بلدة سرمدا.\n"
    "وأوضح مراسلنا أن القذائف المدفعية سقطت قرب مدرسة وسط كفرنبل.",
])
def test_an_undated_retelling_placed_in_the_heart_of_the_town_is_the_attack_there(events, text):
    shellings = [e for e in events(text) if e.sub_event_type.startswith("Shelling")]
    assert len(shellings) == 1


@pytest.mark.parametrize("text", [
    "قتيلان بقصف صاروخي على أريحا ومسيرة تستهدف إدلب",
    "غارة إسرائيلية على بلدة الخيام وصواريخ تسقط قرب نهاريا",
])
def test_a_weapon_joined_by_and_before_a_verb_opens_an_attack_of_its_own(events, text):
    assert sorted(e.sub_event_type for e in events(text)) == ["Air/drone strike", "Shelling/artillery/missile attack"]


@pytest.mark.parametrize("sentence", [
    # a kind of acts, not acts told, even in a sentence that names a day and a place
    "قرر مجلس الوزراء، اليوم الثلاثاء، صرف تعويضات للمتضررين من العمليات الإرهابية في قضاء سنجار.",
    "وأكد قائد الشرطة، اليوم، انتهاء العمليات العسكرية في ناحية العظيم بعد تطهيرها.",
    # an act told only as years back: part of a past war, no day to code
    "شيع أهالي مدينة الموصل، اليوم السبت، جثمان جندي توفي متأثرا بجروح أصيب بها قبل سنوات خلال المعارك ضد تنظيم داعش.",
    "وزار الوزير، أمس الجمعة، مدينة سنجار التي دمرتها المعارك قبل أعوام.",
])
def test_a_kind_of_acts_or_acts_years_back_are_no_event(events, sentence):
    assert events(sentence) == []


def test_a_terrorist_attack_told_in_the_singular_is_still_an_event(events):
    [e] = events("قتل ثلاثة مدنيين، اليوم الثلاثاء، في الهجوم الإرهابي الذي استهدف سوقا في قضاء سنجار.")
    assert e.casualties.killed == 3


@pytest.mark.parametrize("text, sub_event_type", [
    ("الجيش الأردني يسقط طائرة مسيرة محملة بالمتفجرات قرب الرمثا\n"
     "عمّان - أسقطت القوات المسلحة الأردنية، فجر الأربعاء، طائرة مسيرة محملة بمواد متفجرة قرب مدينة الرمثا.",
     "Disrupted weapons use"),
    ("الدفاعات الجوية تسقط مسيرتين فوق قاعدة حرير\n"
     "أربيل - أسقطت الدفاعات الجوية للتحالف، مساء الثلاثاء، طائرتين مسيرتين حاولتا استهداف قاعدة حرير شمال أربيل.",
     "Disrupted weapons use"),
    # with nothing downed right after it, the headline's verb falls
    ("صواريخ تسقط على قاعدة عين الأسد\n"
     "الأنبار - سقطت ثلاثة صواريخ، مساء الثلاثاء، على قاعدة عين الأسد الجوية غربي الأنبار.",
     "Shelling/artillery/missile attack"),
])
def test_a_headline_that_downs_a_drone_tells_a_drone_stopped(events, text, sub_event_type):
    [e] = events(text)
    assert e.sub_event_type == sub_event_type


@pytest.mark.parametrize("text, target", [
    # who rode in the vehicle hit is what was aimed at
    ("استهدفت غارة إسرائيلية، مساء الأحد، سيارة يستقلها عنصران من حزب الله في بلدة عيتا الشعب.", "armed_group"),
    ("قصفت مسيرة تركية، فجر الخميس، سيارة كان يستقلها قياديان في حزب العمال الكردستاني قرب مخمور.", "armed_group"),
    # a power line is infrastructure
    ("انفجرت عبوة ناسفة، صباح اليوم، بخط لنقل الطاقة الكهربائية في قضاء الطارمية.", "infrastructure"),
    ("فجر مسلحون، ليل الجمعة، خط الضغط العالي قرب ناحية العظيم.", "infrastructure"),
    # shepherds and fishermen are civilians
    ("قتل راع برصاص مسلحين مجهولين في بادية السماوة، صباح الأحد.", "civilian"),
    ("قتل صياد وأصيب آخر بانفجار لغم بحري قرب ساحل الخوخة، صباح الاثنين.", "civilian"),
])
def test_riders_power_lines_shepherds_and_fishermen_as_targets(events, text, target):
    [e] = events(text)
    assert e.target.type == target


@pytest.mark.parametrize("text", [
    "أصيب ثلاثة صيادين بنيران زورق حربي قبالة ساحل الحديدة، مساء الاثنين.",
    "قتل مزارع بنيران حرس الحدود قرب قضاء القائم، مساء الأحد.",
])
def test_wounded_or_killed_by_someones_fire_is_an_attack(events, text):
    [e] = events(text)
    assert [w.type for w in e.weapons] == ["unknown"]


@pytest.mark.parametrize("text", [
    "أصيب العشرات بقصف مدفعي على مدينة تعز، مساء الخميس.",
    "قتل وجرح العشرات بغارة جوية على سوق شعبي في مديرية رازح، صباح السبت.",
])
def test_dozens_before_an_attack_written_with_bi_are_its_toll_not_a_count_of_attacks(events, text):
    [e] = events(text)
    assert e.casualties.killed is None and e.casualties.wounded is None


@pytest.mark.parametrize("text, places", [
    ("شن طيران التحالف غارتين على مديرية مجزر، وثلاث غارات على مديرية كتاف، مساء الجمعة.", {"مجزر", "كتاف"}),
    ("أغارت طائرات حربية روسية بغارتين على بلدة كفرنبل، وبثلاث غارات على مدينة أريحا، صباح اليوم.", {"كفرنبل", "أريحا"}),
])
def test_the_act_noun_again_after_a_comma_and_wa_is_a_second_salvo_at_its_place(events, text, places):
    found = events(text)
    assert len(found) == 2 and {e.location.text for e in found} == places


@pytest.mark.parametrize("text, side", [
    ("مقتل شخصين بغارة على سيارة في جنوب لبنان\n"
     "بيروت - قتل شخصان، مساء الاثنين، بغارة نفذتها طائرة مسيرة على سيارة في بلدة الناقورة.\n"
     "ويتبادل حزب الله والجيش الإسرائيلي القصف منذ الثامن من تشرين الأول، فيما يشن الطيران الإسرائيلي غارات متكررة على بلدات الجنوب.",
     "Military Forces of Israel"),
    ("قتلى بغارة على سوق في صعدة\n"
     "صعدة - قتل خمسة مدنيين، صباح السبت، بغارة جوية استهدفت سوقا شعبيا في مديرية رازح.\n"
     "ويشن التحالف بقيادة السعودية غارات جوية على مناطق سيطرة الحوثيين منذ آذار 2015.",
     "Military Forces of Saudi Arabia"),
])
def test_an_attack_with_no_side_is_by_the_one_side_of_the_campaign_of_its_kind(events, text, side):
    [e] = events(text)
    assert [(p.name, p.attribution, p.inferred) for p in e.perpetrators] == [(side, None, "campaign")]


def test_a_campaign_of_another_kind_of_attack_gives_no_side(events):
    [e] = events("قتلى بغارة على سوق في صعدة\n"
                 "صعدة - قتل خمسة مدنيين، صباح السبت، بغارة جوية استهدفت سوقا شعبيا في مديرية رازح.\n"
                 "ويطلق الحوثيون صواريخ باليستية على المدن السعودية بشكل متكرر.")
    assert e.perpetrators == []


@pytest.mark.parametrize("text, weapons", [
    ("هجوم بمسيرة على قاعدة حرير وصواريخ على معسكر زليكان", {"حرير": ["drone"], "زليكان": ["rocket"]}),
    ("غارة بمسيرة على بلدة عيترون وقذائف هاون على بلدة حولا", {"عيترون": ["drone"], "حولا": ["mortar"]}),
])
def test_each_place_keeps_the_weapon_told_right_before_it(events, text, weapons):
    found = {next(k for k in weapons if k in (e.location.text or "") or k in e.location.name_ar): [w.type for w in e.weapons]
             for e in events(text)}
    assert found == weapons


@pytest.mark.parametrize("text, places", [
    ("شهد ريف إدلب، صباح اليوم، قصفا بالهاون على بلدة كفرنبل وغارة بطائرة حربية على مدينة أريحا.", ["كفرنبل", "أريحا"]),
    ("شهد الجنوب، مساء الأحد، غارة إسرائيلية على منزل في بلدة عيتا الشعب وقصفا مدفعيا على أطراف بلدة رامية.",
     ["عيتا الشعب", "رامية"]),
])
def test_an_act_noun_joined_by_wa_after_the_place_of_the_act_before_is_another_act(events, text, places):
    found = events(text)
    assert [e.location.text for e in found] == places
    assert all(len({w.type for w in e.weapons}) == 1 for e in found)


@pytest.mark.parametrize("text", [
    "فجر انتحاري نفسه وسط تجمع لعناصر الشرطة في مدينة الرمادي، صباح اليوم.",
    "فجرت انتحارية نفسها قرب حاجز للجيش في مدينة بعقوبة، مساء الأحد.",
])
def test_an_attacker_who_blew_themselves_up_used_a_suicide_vest(events, text):
    [e] = events(text)
    assert (e.sub_event_type, [w.type for w in e.weapons]) == ("Suicide bomb", ["suicide_vest"])


@pytest.mark.parametrize("text", [
    # one man or two killed during operations: one act, not a series' toll
    "وأعلن الجيش الأمريكي في وقت لاحق أن قواته قتلت مسلحا خلال عمليات في العاصمة.",
    "قال الجيش إن جنوده قتلوا مسلحين اثنين خلال عمليات تمشيط في المنطقة أمس.",
])
def test_one_or_two_killed_during_operations_is_one_act(events, text):
    assert len(events(text)) == 1


def test_a_toll_over_many_strikes_is_still_a_series(events):
    assert events("قتل أكثر من 200 شخص في غارات جوية على البلاد منذ مطلع العام.") == []



@pytest.mark.parametrize("text", [
    # the headline's town that bears its governorate's name stands for the governorate
    "قتلى بغارة على سوق في صعدة\n"
    "قتل خمسة مدنيين، صباح السبت، بغارة جوية استهدفت سوقا شعبيا في مديرية رازح.",
    "إصابة جنود بقصف حوثي في مأرب\n"
    "أصيب ثلاثة جنود، مساء الأحد، بقصف مدفعي حوثي على مواقع الجيش في مديرية رغوان.",
])
def test_a_headline_town_named_like_its_governorate_holds_the_districts_of_the_lead(events, text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("text, day, places", [
    # a site and a town of its governorate 40 km and more apart: two attacks, not one place
    ("قذائف صاروخية على حقل كونيكو ومسيرة تستهدف قاعدة حقل العمر\n"
     "رصد المرصد استهداف قاعدة التحالف في حقل كونيكو للغاز بريف دير الزور الشمالي بعدة قذائف صاروخية مساء أمس.\n"
     "وفي سياق ذلك، شنت طائرات حربية غارات على مواقع للميليشيات في بادية الميادين، ما أدى إلى مقتل 4 عناصر.",
     date(2023, 12, 25), {"Conoco gas field (coalition base)", "Al Mayādīn"}),
    ("سقطت ثلاثة صواريخ على قاعدة حقل العمر النفطي فجر اليوم دون وقوع إصابات. "
     "وفي سياق متصل، سقطت قذائف صاروخية على مقر للفصائل في مدينة البوكمال، ما أدى إلى مقتل عنصرين.",
     date(2024, 1, 10), {"Al-Omar oil field (coalition base)", "Ālbū Kamāl"}),
])
def test_a_site_and_a_far_town_of_its_governorate_are_two_attacks(events, text, day, places):
    found = events(text, day)
    assert len(found) == len(places) and {e.location.name for e in found} == places


@pytest.mark.parametrize("text, day, places", [
    # a part of a report split by place, told in the body at the very place of another attack
    # of the same day, is that attack
    ("العمليات المشتركة: 22 صاروخا سقطت على عين الأسد وأربيل\n"
     "أعلنت قيادة العمليات المشتركة، اليوم الأربعاء، أن العراق تعرض فجرا لقصف بـ22 صاروخا، سقط 17 منها على "
     "قاعدة عين الأسد الجوية في الأنبار، و5 على مدينة أربيل واستهدفت مقر قوات التحالف.",
     date(2020, 1, 8), {"Ain al-Asad Air Base", "Erbil"}),
    ("وقال المتحدث إن طائرتين مسيرتين استهدفتا فجر أمس الأربعاء قاعدة عين الأسد الجوية في الأنبار.\n"
     "وأضاف أن مسيرة ثالثة سقطت مساء أمس قرب قاعدة حرير في محافظة أربيل دون أن تنفجر.\n"
     "وكانت جماعة مسلحة قد أعلنت في بيانات متلاحقة مسؤوليتها عن استهداف عين الأسد وحرير بالطائرات المسيرة.",
     date(2023, 10, 19), {"Ain al-Asad Air Base", "Harir Air Base (Bashur airfield)"}),
])
def test_a_split_part_told_at_another_attacks_place_is_that_attack(events, text, day, places):
    found = events(text, day)
    assert len(found) == len(places) and {e.location.name for e in found} == places
    assert all(e.weapons and e.sub_event_type != "Attack" for e in found)     # the part's weapon is the attack's
