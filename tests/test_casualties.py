import pytest

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
    ("وأسفر عن سقوط جريحين إصاباتهما طفيفة.", {"wounded": 2}),
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


def test_vague_quantity_is_not_a_count(extract):
    assert extract("سقطت الصواريخ قرب صالة الشحن الجوي مما أدى إلى احتراق مركبتين وإصابة عدد من المواطنين.") == {}
