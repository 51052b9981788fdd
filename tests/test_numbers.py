import pytest

from q7x2.extract.numbers import NumberExtractor


@pytest.fixture(scope="module")
def numbers(gazetteers, keymaker):
    return NumberExtractor(gazetteers, keymaker)


def counts(doc):
    return [(doc.original_text(m.start, m.end), m.value.n) for m in doc.of("number")]


@pytest.mark.parametrize("text, expected", [
    ("واستُهدفت قاعدة بلد بخمسة صواريخ", [("بخمسة", 5)]),
    ("وسقطت 4 صواريخ على قاعدة بلد", [("4", 4)]),
    ("تعرض المطار لهجوم بـ 14 صاروخاً", [("14", 14)]),
    ("إصابة ضابط وثلاثة من منتسبي القوة الجوية", [("وثلاثة", 3)]),
    ("وتنافس أكثر من 3 آلاف و200 مرشح", [("أكثر من 3 آلاف و200", 3200)]),
    ("قالت مصادر إن عددا من صواريخ الكاتيوشا سقطت", [("عددا من", None)]),
    ("ثلاثة وعشرون صاروخا", [("ثلاثة وعشرون", 23)]),
])
def test_counts_in_words_and_digits(make_doc, numbers, text, expected):
    doc = make_doc(text)
    numbers(doc)
    assert counts(doc) == expected


def test_digits_inside_dates_times_and_decimals_are_not_counts(make_doc, numbers):
    doc = make_doc("طول الأول 3.503 متر، في 2024/07/26 قرابة الساعة 18:30")
    numbers(doc)
    assert counts(doc) == []
