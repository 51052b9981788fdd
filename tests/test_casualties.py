import pytest

from q7x2.article import Article
from q7x2.extract.casualties import CasualtyExtractor
from q7x2.extract.numbers import NumberExtractor


@pytest.fixture(scope="module")
def extract(gazetteers, keymaker, make_doc):
    numbers = NumberExtractor(gazetteers, keymaker)
    casualties = CasualtyExtractor(gazetteers, keymaker)

    def run(text):
        doc = make_doc(text)
        numbers(doc)
        casualties(doc)
        out = {}
        for m in doc.of("casualty"):
            c = m.value
            for cat in (("killed", "wounded") if c.category == "both" else (c.category,)):
                if c.n is not None:
                    out[cat] = max(out.get(cat, 0), c.n)
        return out
    return run


@pytest.mark.parametrize("sentence, expected", [
    # seed 001: groups are summed, a dual noun counts two
    ("بخمسة صواريخ أسفرت عن إصابة 3 جنود عراقيين ومتعاقدين أجنبيين تابعين لشركة صيانة طائرات.", {"wounded": 5}),
    # seed 001: a singular noun is one; the killed and wounded groups stay apart
    ("هجوم صاروخي أسفر عن مقتل مدني عراقي، وإصابة 5 متعاقدين، وجندي أميركي", {"killed": 1, "wounded": 6}),
    ("مما أدى إلى إصابة ضابط وثلاثة من منتسبي القوة الجوية العراقية", {"wounded": 4}),
    ("قتل ثلاثة أطفال وامرأتان ينتمون إلى عائلة عراقية واحدة", {"killed": 5}),
    ("أسفر الهجوم عن استشهاد أربعة مدنيين، فضلاً عن إصابة ستة آخرين جميعهم مدنيون.", {"killed": 4, "wounded": 6}),
    ("أعلن الجيش مقتل اثنين من جنوده وإصابة أكثر من 20 آخرين", {"killed": 2, "wounded": 20}),
    ("أكدت مصادر إصابة خمسة أشخاص بجروح بعد قصف صاروخي", {"wounded": 5}),
    ("إصابة 5 أمريكيين من بينهم جندي", {"wounded": 5}),
    ("أصيب جندي عراقي واحد على الأقل بجروح", {"wounded": 1}),
    # a nisba or noun that begins with ف as written is no group joined by "ف"
    ("استشهد شاب فلسطيني برصاص قوات الاحتلال في مخيم جنين فجر اليوم", {"killed": 1}),
    ("أصيب صياد فلسطيني بجروح برصاص زوارق الاحتلال قبالة شاطئ مدينة غزة", {"wounded": 1}),
    # the construct plural of gunmen, then a dual joined to it
    ("أسفرت الاشتباكات في قضاء الزبير عن مقتل 3 من مسلحي العشائر وعنصرين من الشرطة مساء أمس", {"killed": 5}),
    ("أصيب أربعة من مسلحي الحزب وجندي في الاشتباكات", {"wounded": 5}),
    # duals of officials and medics
    ("فجر انتحاري نفسه داخل مبنى البرلمان ما أدى إلى مقتل نائبين على الأقل", {"killed": 2}),
    ("أسفر القصف عن إصابة طبيبين كانا يعملان في المستشفى الميداني", {"wounded": 2}),
    ("وأسفر عن سقوط جريحين إصاباتهما طفيفة.", {"wounded": 2}),
    # a dual in the nominative counts two; "قضى" is died
    ("استشهد مواطنان بغارة إسرائيلية على بلدة عيترون.", {"killed": 2}),
    ("وأصيب مسعفان بجروح خلال نقل الجرحى.", {"wounded": 2}),
    ("قضى ثلاثة أشخاص بقصف مدفعي على بلدة كفرنبل.", {"killed": 3}),
    ("وقضى طفلان في القصف على حي الشعار.", {"killed": 2}),
    # the men with the one named: his escorts, guards, fighters
    ("قتل قيادي بارز في الفصيل واثنان من مرافقيه بضربة جوية على سيارتهم", {"killed": 3}),
    ("قتل ضابط في الجيش وثلاثة من حراسه بانفجار عبوة ناسفة", {"killed": 4}),
    # a wanted man and the owner of what was hit are people counted: one each, two
    ("أعلنت مديرية الأمن العام مقتل مطلوب خطير بعد تبادل لإطلاق النار مع قوة أمنية.", {"killed": 1}),
    ("أطلق مسلحون النار على محل لبيع الهواتف، ما أدى إلى مقتل صاحبه.", {"killed": 1}),
    ("قتل مطلوبان في اشتباك مع قوة من الشرطة في قضاء الزبير.", {"killed": 2}),
])
def test_counts(extract, sentence, expected):
    assert extract(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("استُهدفت السفارة الأميركية بصاروخين على الأقل دون تسجيل إصابات", {"killed": 0, "wounded": 0}),
    ("الصاروخين سقطا في ساحة فارغة دون خسائر بشرية أو مادية.", {"killed": 0, "wounded": 0}),
    ("ولم يؤد الهجوم الصاروخي إلى سقوط قتلى أو أضرار", {"killed": 0}),
    ("موضحاً أن الهجوم لم يتسبب بضحايا أو أضرار.", {"killed": 0, "wounded": 0}),
])
def test_negated_casualties_are_zero(extract, sentence, expected):
    assert extract(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "وسقطت ثلاثة صواريخ داخل القاعدة، من دون ورود معلومات عن إصابات.",
    "واستهدفت طائرة مسيرة سيارة على طريق المطار، ولا أنباء عن وقوع ضحايا حتى الآن.",
])
def test_no_news_of_casualties_is_no_zero(extract, sentence):
    assert extract(sentence) == {}


def test_vague_quantity_is_not_a_count(extract):
    assert extract("سقطت الصواريخ قرب صالة الشحن الجوي مما أدى إلى احتراق مركبتين وإصابة عدد من المواطنين.") == {}


@pytest.fixture(scope="module")
def mentions(pipeline):
    """The casualty mentions of a text, as the pipeline finds them (after dates, numbers,
    places, actors and weapons): (category, count, text) in text order."""
    def run(text):
        doc = pipeline.document(Article(id="t", text=text))
        return [(m.value.category, m.value.n, doc.original_text(m.start, m.end))
                for m in sorted(doc.of("casualty"), key=lambda m: m.tok_start)]
    return run


def counts_of(found):
    return [(category, n) for category, n, _ in found]


@pytest.mark.parametrize("sentence, expected", [
    # the sentence: a bound keeps its number; "العشرات" is not stated, never 0
    ("قتل ما لا يقل عن خمسة وعشرين شخصا وأصيب العشرات", [("killed", 25), ("wounded", None)]),
    ("أفادت الشرطة بمقتل نحو 15 مسلحا في اشتباكات عنيفة", [("killed", 15)]),
    # a number right after the word counts alone
    ("أسفر الانفجار عن مقتل 40 شخصا وإصابة 120 بينهم نساء", [("killed", 40), ("wounded", 120)]),
    ("أسفر القصف عن مقتل ثلاثة على الأقل وإصابة أربعة في السوق", [("killed", 3), ("wounded", 4)]),
    ("قتل 9 وجرح 30 في الهجوم على الحافلة", [("killed", 9), ("wounded", 30)]),
    # dual, singular, and groups summed (digits of either kind)
    ("أعلنت الشرطة مقتل شرطي في الانفجار", [("killed", 1)]),
    ("وأصيب شرطيان في الانفجار", [("wounded", 2)]),
    ("أصيب ٣ عمال و١٢ جنديا في القصف", [("wounded", 15)]),
    ("جرح ثلاثة جنود من التحالف الدولي وأربعة من المارة", [("wounded", 7)]),
    # a number after a plural counts it; after a unit of time it counts no one
    ("قتل الجنود الثلاثة في كمين", [("killed", 3)]),
    ("وأعلنت الشرطة مقتل مسلحين اثنين", [("killed", 2)]),
    ("قتل 1,500 شخص منذ بداية العام", [("killed", 1500)]),
    # a pronoun for the place or the attack right after the verb is no gap
    ("شهدت القرية مذبحة قتل فيها 13 وجرح 45 من السكان", [("killed", 13), ("wounded", 45)]),
    ("الغارة التي قتلت فيها امرأة وأربعة من أطفالها", [("killed", 5)]),
    # a subject before the people hit is not counted
    ("قتلت قوات الأمن ستة مسلحين في مداهمة", [("killed", 6)]),
    ("قتل مهاجم انتحاري 47 شخصا في تجمع انتخابي", [("killed", 47)]),
    ("أردى مسلحون شرطيا أمام منزله", [("killed", 1)]),
    # "مقتل وإصابة": one count for both, the split not stated
    ("أسفر التفجير عن مقتل وإصابة 15 شخصا", [("combined", 15)]),
    ("خلف الهجوم عشرات القتلى والجرحى", [("combined", None)]),
    # martyrs and wounded counted together, in the words of Lebanese and Palestinian media
    ("أسفر القصف على بلدة عيتا الشعب عن استشهاد وإصابة 9 مواطنين", [("combined", 9)]),
    ("سقط 6 شهداء وجرحى في قصف على مخيم جباليا", [("combined", 6)]),
    # kin named by whose they are, and the elderly, are one each
    ("استشهد طفلان وأصيبت والدتهما بجروح خطيرة جراء القصف", [("killed", 2), ("wounded", 1), ("wounded", None)]),
    ("قتل مسن وأصيبت حفيدته في غارة على منزل", [("killed", 1), ("wounded", 1)]),
    # a killing named with the pronoun of the one killed, and the dual of young men
    ("استهدفت مسيرة سيارة القيادي قرب البلدة، ما أدى إلى مقتله على الفور", [("killed", 1)]),
    ("نعى الحزب أحد عناصره وأعلن استشهاده بغارة على بلدة حولا", [("killed", 1)]),
    ("أسفر الهجوم عن مقتل شابين في بلدة الصنمين", [("killed", 2)]),
    # the one named by the pronoun, and those joined to him
    ("استهدفت غارة سيارة القيادي، ما أدى إلى مقتله واثنين من مرافقيه", [("killed", 3)]),
    ("أطلق مسلحون النار على المختار، ما أدى إلى مصرعه وثلاثة من أبنائه", [("killed", 4)]),
    # nobody came to harm, in so many words: an explicit zero of both
    ("سقط صاروخ على منزل فارغ في البلدة ولم يتعرض أحد لأذى", [("both", 0)]),
    ("سقطت قذيفتان قرب السوق ولم يلحق أذى بأحد", [("both", 0)]),
    ("قتل مهاجر برصاص حرس الحدود قرب البلدة", [("killed", 1)]),
    ("أصيبت نازحة بقذيفة سقطت على المخيم", [("wounded", 1)]),
])
def test_counts_after_the_word(mentions, sentence, expected):
    assert counts_of(mentions(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("سقط سبعة قتلى و12 جريحا في القصف", [("killed", 7), ("wounded", 12)]),
    ("أفاد مصدر بسقوط قتيل وثلاثة جرحى", [("killed", 1), ("wounded", 3)]),
    ("أعلنت الشرطة أن ثلاثة قتلوا وأصيب ستة", [("killed", 3), ("wounded", 6)]),
    ("أصيب خمسة جنود في الهجوم وقتل اثنان آخران", [("wounded", 5), ("killed", 2)]),
    ("قال الضابط إن «جنديين عراقيين قتلا في الانفجار»", [("killed", 2)]),
    ("ذكر مصدر أن ستة أشخاص على الأقل قتلوا وأصيب 20 آخرون", [("killed", 6), ("wounded", 20)]),
    ("قالت الشرطة إن امرأة قتلت وأصيب خمسة أشخاص بجروح", [("killed", 1), ("wounded", 5), ("wounded", None)]),
    ("أعلن الجيش أن عشرة بينهم ثلاثة ضباط قتلوا في الكمين", [("killed", 10)]),
    ("لقي نحو عشرين شخصا حتفهم في الهجوم", [("killed", 20)]),
    ("لقي سائق الشاحنة مصرعه على الطريق", [("killed", 1)]),
    ("وأفاد شهود بأن مدنيين أصيبوا", [("wounded", None)]),
])
def test_counts_before_the_word(mentions, sentence, expected):
    assert counts_of(mentions(sentence)) == expected


def test_a_count_before_a_verb_takes_its_people_into_the_mention(mentions):
    assert mentions("قال الضابط إن «جنديين عراقيين قتلا في الانفجار»") == [
        ("killed", 2, "جنديين عراقيين قتلا")]


@pytest.mark.parametrize("sentence, expected", [
    ("وقال إن الصواريخ الثلاثة لم يصب أي منها المبنى", [("wounded", None)]),   # a weapon's number
    ("سقطت القذيفة قرب السيارة وقتلت من فيها", [("killed", None)]),
    ("الصاروخ الإسرائيلي أصاب السيارة وقتلهم جميعا", [("killed", None)]),
    ("أصيب في هجوم آخر على الطريق نفسه", [("wounded", None)]),
    ("عثر عليه وقد قتل 3 أيام بعد اختطافه", [("killed", None)]),
])
def test_no_count_is_guessed(mentions, sentence, expected):
    assert counts_of(mentions(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("انفجار أودى بحياة 14 شخصا في العاصمة", [("killed", 14)]),
    ("هجوم على ثكنة راح ضحيته ثلاثة جنود", [("killed", 3)]),
    ("عثرت الشرطة على جثث 5 أشخاص قرب النهر", [("killed", 5)]),
    ("استشهد ثلاثة فلسطينيين برصاص الجيش", [("killed", 3)]),
    ("أعدم المسلحون أربعة رهائن", [("killed", 4)]),
    ("عثر المارة على جثة قرب الجسر", [("killed", 1)]),
    # one of the victim's own people, named by a possessive, is one
    ("ما أدى إلى مقتل القيادي على الفور وإصابة شقيقه بجروح خطيرة", [("killed", 1), ("wounded", 1), ("wounded", None)]),
    ("قتل قيادي في الفصيل وأصيب نجله في هجوم مسلح", [("killed", 1), ("wounded", 1)]),
    # a suicide bomber who blew himself up is not among the killed counted
    ("فجر انتحاري نفسه وسط السوق ما أدى إلى مقتل 12 شخصا", [("killed", 12)]),
])
def test_casualty_phrases_of_the_region(mentions, sentence, expected):
    assert counts_of(mentions(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "one of them" after a count names one of the people counted, not the count
    ("أسفرت الغارة عن سقوط شهيدين، أحدهما قيادي في الحزب", [("killed", 2)]),
    ("وأدى القصف إلى مقتل مدنيين اثنين، أحدهما طفل", [("killed", 2)]),
    ("ما أدى إلى استشهاد ثلاثة شبان أحدهم مسعف", [("killed", 3)]),
    ("وأصيبت امرأتان، إحداهما طفلة", [("wounded", 2)]),
    # right after the casualty word it is the count
    ("ما أسفر عن مقتل أحدهم", [("killed", 1)]),
])
def test_one_of_the_people_counted_is_not_the_count(mentions, sentence, expected):
    assert counts_of(mentions(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("لم يسفر الانفجار عن وقوع أي إصابات", [("both", 0)]),
    ("سقطت القذيفة في أرض خالية بلا ضحايا", [("both", 0)]),
    ("وقال المتحدث إنه لم يصب أحد بأذى", [("wounded", 0)]),
    ("دون سقوط قتلى أو جرحى", [("killed", 0), ("wounded", 0)]),
])
def test_a_zero_comes_from_an_explicit_zero_phrase(mentions, sentence, expected):
    assert counts_of(mentions(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("ولم تعرف حصيلة الضحايا حتى الآن", [("killed", None)]),     # a tally, not a zero
    ("على بعد 20 كلم سقط قتلى في قصف", [("killed", None)]),     # "كلم" is not "لم"
    ("قتل ما لا يقل عن 30 جنديا وجرح عدد مماثل", [("killed", 30), ("wounded", None)]),
    ("سقط ما لا يقل عن 20 قتيلا في القصف", [("killed", 20)]),
    ("لم يسفر القصف إلا عن 3 جرحى", [("wounded", 3)]),
])
def test_a_negation_elsewhere_is_not_a_zero(mentions, sentence, expected):
    assert counts_of(mentions(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("قتل 30 شخصا وأصيب العشرات أمس في أعمال عنف متفرقة في البلاد، أبرزها تفجير سوق",
     [("killed", 30, True), ("wounded", None, True)]),
    ("قتل شخصان في هجمات منفصلة بينها تفجير أدى إلى مقتل ثلاثة جنود",
     [("killed", 2, True), ("killed", 3, False)]),
    ("قتل 30 شخصا في تفجير سوق المدينة", [("killed", 30, False)]),
])
def test_a_total_over_several_incidents_is_marked(pipeline, sentence, expected):
    doc = pipeline.document(Article(id="t", text=sentence))
    assert [(m.value.category, m.value.n, m.value.several) for m in doc.of("casualty")] == expected


@pytest.mark.parametrize("sentence, expected", [
    # people named with no count: not a zero, not a count, but not nothing either
    ("قتل ما لا يقل عن 25 شخصا وأصيب العشرات", [("killed", 25, False), ("wounded", None, True)]),
    ("أصيب عدد من المدنيين في القصف", [("wounded", None, True)]),
    ("خلف الهجوم عشرات القتلى", [("killed", None, True)]),
    ("قال مسؤول إن جنودا أمريكيين أصيبوا", [("wounded", None, True)]),
    ("وأصيب في الهجوم", [("wounded", None, False)]),
])
def test_people_named_without_a_count_are_marked(pipeline, sentence, expected):
    doc = pipeline.document(Article(id="t", text=sentence))
    assert [(m.value.category, m.value.n, m.value.uncounted) for m in doc.of("casualty")] == expected


@pytest.mark.parametrize("sentence", [
    "سقطت قذيفتان على المنطقة الخضراء، وأفاد مصدر أمني بعدم وقوع إصابات.",
    "انفجرت عبوة ناسفة على رتل للدعم اللوجستي، وأكدت الشرطة بعدم سقوط ضحايا.",
])
def test_a_negation_with_a_preposition_makes_zero(extract, sentence):
    assert extract(sentence) == {"killed": 0, "wounded": 0}


@pytest.mark.parametrize("sentence", [
    "سقط صاروخ كاتيوشا على مطار أربيل وأسفر عن أضرار مادية فقط.",
    "انفجرت عبوة ناسفة قرب محطة للوقود في الرمادي، واقتصرت الأضرار على الماديات.",
])
def test_damage_said_to_be_only_material_is_a_zero(extract, sentence):
    assert extract(sentence) == {"killed": 0, "wounded": 0}


@pytest.mark.parametrize("sentence", [
    "سقطت ثلاثة صواريخ على قاعدة عين الأسد، ولم يسفر الهجوم عن أي خسائر.",
    "استهدفت طائرة مسيرة قاعدة حرير، ولم تسجل أي خسائر بالأرواح.",
])
def test_no_losses_is_a_zero(extract, sentence):
    assert extract(sentence) == {"killed": 0, "wounded": 0}


def test_material_losses_are_no_casualties(extract):
    assert extract("سقطت ثلاثة صواريخ على قاعدة عين الأسد، وأسفرت عن خسائر مادية في المعدات.") == {}


@pytest.mark.parametrize("sentence", [
    "انفجرت عبوة ناسفة على رتل للجيش، ولم يصب أي من الجنود بأذى.",
    "سقطت قذيفة قرب نقطة تفتيش، ولم يصب أي من عناصرها.",
])
def test_none_of_them_hurt_is_a_zero_of_the_wounded(extract, sentence):
    assert extract(sentence) == {"wounded": 0}


@pytest.mark.parametrize("sentence, killed", [
    ("انفجرت سيارة مفخخة في سوق بمدينة الصدر، وأودى الانفجار بحياة أربعة أشخاص.", 4),
    ("أودى القصف المدفعي على البلدة أمس بحياة سبعة مدنيين.", 7),
])
def test_the_lives_an_act_claimed_with_its_subject_between(extract, sentence, killed):
    assert extract(sentence) == {"killed": killed}
