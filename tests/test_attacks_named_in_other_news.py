"""Attacks named in news that is not about them: repairs and compensation of what they
damaged, protests, reports of displacement, analyses of a campaign. The act is named only as
the cause or the object of the news; no single attack is reported (ANNOTATION.md: habitual or
generic statements with no single occurrence are no events)."""
from datetime import date

import pytest

from q7x2.article import Article


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text, published=date(2025, 3, 4)):
        return pipeline.extract(Article(id="t", text=text, published=published))
    return run


@pytest.mark.parametrize("sentence", [
    # a noun described by the damage it bore, then "جراء القصف": the cause of the damage, the campaign at large
    "وبدأت البلدية اليوم الثلاثاء ترميم المدارس التي تضررت جراء القصف الإسرائيلي في بلدتي عيترون وميس الجبل.",
    "وتعمل الجرافات منذ الصباح على رفع أنقاض المباني المدمرة بفعل القصف الإسرائيلي في مدينة خان يونس.",
    "وقال المجلس إنه سيصرف غدا تعويضات لأصحاب المحال المتضررة من جراء القصف في سوق مدينة تعز.",
])
def test_the_cause_of_a_damage_is_no_single_attack(events, sentence):
    assert events(sentence) == []


def test_an_attack_that_damaged_homes_today_is_an_attack(events):
    # a finite verb of damage with an attack of its own day and place: the news of an attack
    found = events("وتضررت منازل عدة جراء القصف المدفعي الذي استهدف بلدة عيترون صباح اليوم الثلاثاء.")
    assert len(found) == 1 and found[0].date.value == "2025-03-04"


@pytest.mark.parametrize("sentence", [
    # the strikes a protest is against: a campaign, whatever day and place the protest has
    "ونظم طلاب جامعة بيرزيت اليوم الثلاثاء وقفة في رام الله تنديدا بالغارات الإسرائيلية وعمليات القصف على مخيمات النازحين.",
    "وتجمع مئات المحتجين أمس في ساحة التحرير ببغداد استنكارا للضربات التركية والهجمات بالمسيرات على قرى إقليم كوردستان.",
])
def test_the_strikes_a_protest_is_against_are_no_single_attack(events, sentence):
    assert events(sentence) == []


def test_one_strike_a_protest_is_against_is_an_attack(events):
    found = events("وتظاهر المئات في نابلس تنديدا بالغارة التي استهدفت منزلا في مخيم جنين فجر اليوم الثلاثاء.")
    assert len(found) == 1 and found[0].date.value == "2025-03-04"


@pytest.mark.parametrize("sentence", [
    # acts said to grow in number: a campaign, whatever day its report has
    "وقالت المنظمة اليوم الثلاثاء إن آلاف الأسر نزحت من مدينة الفاشر بعد تصاعد القصف المدفعي على أحيائها الشرقية.",
    "وأغلقت المدارس أبوابها في بلدة كفرنبل أمس إثر اشتداد حدة القصف على ريف إدلب الجنوبي.",
])
def test_acts_said_to_grow_are_a_campaign(events, sentence):
    assert events(sentence) == []


def test_an_attack_after_tension_grew_is_an_attack(events):
    found = events("وتصاعد التوتر بعد غارة استهدفت سيارة في بلدة كفرنبل صباح اليوم الثلاثاء.")
    assert len(found) == 1 and found[0].date.value == "2025-03-04"


@pytest.mark.parametrize("sentence", [
    # a weapon joined to the acts a count counts, with a relative verb on it: still counted
    "وأحصى التقرير أكثر من ستة آلاف غارة وقذيفة أطلقتها القوات التركية على قرى قضاء العمادية بين 3 آذار 2024 و28 شباط 2025.",
    "ووثقت المنظمة أكثر من ثلاثة آلاف ضربة جوية وقذيفة مدفعية أطلقها الجيش الإسرائيلي على بلدات قضاء صور بين 8 تشرين الأول 2023 و15 آب 2024.",
])
def test_a_weapon_a_count_counts_with_a_relative_verb_is_counted(events, sentence):
    assert events(sentence) == []


def test_an_indefinite_weapon_joined_to_a_verb_opens_an_attack_of_its_own(events):
    found = events("قتيلان بقصف على بلدة عيترون صباح اليوم ومسيرة استهدفت سيارة في بلدة ميس الجبل.")
    assert len(found) == 2


@pytest.mark.parametrize("sentence", [
    # an act counted from the start of a war: the whole campaign
    "وأظهرت صور الأقمار الاصطناعية أن القصف دمر منذ بداية الحرب معظم الأبنية في حي الشجاعية شرق مدينة غزة.",
    "وقال رئيس البلدية اليوم الثلاثاء إن القصف الإسرائيلي طال منذ اندلاع المواجهات أكثر من نصف منازل بلدة كفركلا.",
])
def test_an_act_counted_from_the_start_of_a_war_is_the_campaign(events, sentence):
    assert events(sentence) == []


def test_the_fiercest_strike_since_the_war_began_is_an_attack(events):
    found = events("وقتل أربعة أشخاص في أعنف غارة تشهدها مدينة صور منذ بداية الحرب صباح اليوم الثلاثاء.")
    assert len(found) == 1 and found[0].date.value == "2025-03-04"


@pytest.mark.parametrize("text", [
    # a role in the attack told, taken or denied by a side named by its capital: no attack there
    "سقطت ثلاثة صواريخ على قاعدة حرير شمالي أربيل مساء الاثنين دون وقوع إصابات. ونفت طهران أي علاقة لها بالهجوم.",
    "قتل جنديان بانفجار عبوة ناسفة استهدفت دورية في قضاء الطارمية صباح الأحد. ونفت دمشق أي صلة لها بالتفجير، متهمة جهات خارجية.",
])
def test_a_role_in_the_attack_told_is_that_attack(events, text):
    assert len(events(text)) == 1


@pytest.mark.parametrize("sentence", [
    # sides that trade blame for acts at large: no single act
    "ويتبادل الجيش وقوات الدعم السريع الاتهامات بقصف الأحياء السكنية في مدينة الفاشر.",
    "وتبادلت الحكومة والحوثيون اليوم الثلاثاء الاتهامات باستهداف المدنيين في مدينة تعز.",
])
def test_blame_traded_for_acts_at_large_is_no_single_act(events, sentence):
    assert events(sentence) == []


def test_blame_traded_for_the_attack_told_keeps_it(events):
    found = events("سقطت قذيفة على سوق في مدينة تعز صباح اليوم الثلاثاء وقتلت ثلاثة مدنيين. "
                   "وتبادل الطرفان الاتهامات بالمسؤولية عن القصف.")
    assert len(found) == 1 and found[0].casualties.killed == 3


@pytest.mark.parametrize("sentence", [
    # the acts a flight or a closure comes from: a cause, no single act, whatever day the news has
    "وأفاد مكتب الأمم المتحدة الأحد بأن آلاف العائلات فرت من مدينة الفاشر بسبب الاشتباكات بين الجيش وقوات الدعم السريع.",
    "وقالت المفوضية اليوم الثلاثاء إن ألفي أسرة نزحت من قرى ريف حماة الشمالي هربا من الاشتباكات بين قوات النظام والفصائل.",
    "وتوقفت الدراسة في مدارس بلدة عيترون الاثنين نتيجة الغارات والقصف.",
])
def test_the_acts_a_flight_or_a_closure_comes_from_are_no_single_act(events, sentence):
    assert events(sentence) == []


def test_people_hurt_by_shelling_today_are_an_attack(events):
    found = events("وأصيب ثلاثة مدنيين جراء القصف الإسرائيلي على بلدة عيترون صباح اليوم.")
    assert len(found) == 1 and found[0].casualties.wounded == 3


@pytest.mark.parametrize("sentence", [
    # what people fear may come: no act
    "ونزح السكان اليوم الثلاثاء من قرية الهري خوفا من تجدد الاشتباكات بين العشائر.",
    "وأغلق التجار محالهم في سوق الشورجة ببغداد أمس خشية وقوع تفجير.",
])
def test_an_act_feared_is_no_act(events, sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence", [
    # a place said to be among those most hit: compared over a campaign, no single act
    "وقال التقرير إن حي الشجاعية من أكثر الأحياء استهدافا بالغارات الجوية في مدينة غزة.",
    "وأوضح رئيس البلدية أن بلدة الخيام كانت من أكثر البلدات تعرضا للقصف في قضاء مرجعيون.",
])
def test_a_place_among_the_most_hit_is_no_single_act(events, sentence):
    assert events(sentence) == []
