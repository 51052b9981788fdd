import pytest

from q7x2.extract.dates import DateExtractor
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
    # Arabic-Indic digits are read like Latin ones
    ("سقط ١٢ صاروخا قرب المطار", [("١٢", 12)]),
    ("نقلت الحافلة أحد الزوار", [("أحد", 1)]),
    # thousands in groups of three, with either separator
    ("نزح 1,500 شخص", [("1,500", 1500)]),
    ("نزح ١٬٥٠٠ شخص", [("١٬٥٠٠", 1500)]),
    ("بلغت الكلفة 12,000,000 دولار", [("12,000,000", 12000000)]),
])
def test_counts_in_words_and_digits(make_doc, numbers, text, expected):
    doc = make_doc(text)
    numbers(doc)
    assert counts(doc) == expected


def test_digits_inside_dates_times_and_decimals_are_not_counts(make_doc, numbers):
    doc = make_doc("طول الأول 3.503 متر، في 2024/07/26 قرابة الساعة 18:30")
    numbers(doc)
    assert counts(doc) == []


@pytest.mark.parametrize("text, expected", [
    # a model's number hyphened to its name is no count; the counts beside it are
    ("شنت مقاتلتان من طراز سو-24 غارات على منشأتين", []),
    ("أسقطت الدفاعات الجوية طائرة ميغ-29 وثلاث مسيرات", [("وثلاث", 3)]),
])
def test_a_models_number_is_not_a_count(make_doc, numbers, text, expected):
    doc = make_doc(text)
    numbers(doc)
    assert counts(doc) == expected


@pytest.mark.parametrize("text, expected", [
    # hundreds and thousands go on with smaller parts joined by و
    ("وصل ثلاثمئة وخمسين زائرا", [("ثلاثمئة وخمسين", 350)]),
    ("شارك مئة وخمسة وعشرون متطوعا", [("مئة وخمسة وعشرون", 125)]),
    ("في القاعة ألف وتسعمئة وخمسة وعشرون مقعدا", [("ألف وتسعمئة وخمسة وعشرون", 1925)]),
    ("نزح مئتين من السكان وألفين من القرى المجاورة", [("مئتين", 200), ("وألفين", 2000)]),
    ("أحصت اللجنة ثلاث مئة منزل", [("ثلاث مئة", 300)]),
    ("أحصت اللجنة 200 و300 منزل", [("200", 200), ("300", 300)]),
])
def test_compound_numbers(make_doc, numbers, text, expected):
    doc = make_doc(text)
    numbers(doc)
    assert counts(doc) == expected


@pytest.mark.parametrize("text, expected", [
    # a bound or an approximation belongs to the number, before or after it
    ("قتل ما لا يقل عن خمسة وعشرين شخصا", [("ما لا يقل عن خمسة وعشرين", 25)]),
    ("أصيب نحو 40 شخصا", [("نحو 40", 40)]),
    ("أصيب حوالي ٤٣ شخصا", [("حوالي ٤٣", 43)]),
    ("قتل زهاء مائتي شخص", [("زهاء مائتي", 200)]),
    ("أصيب ثلاثة على الأقل", [("ثلاثة على الأقل", 3)]),
    ("سقط قرابة عشرين صاروخا", [("قرابة عشرين", 20)]),
])
def test_bounds_keep_the_number(make_doc, numbers, text, expected):
    doc = make_doc(text)
    numbers(doc)
    assert counts(doc) == expected


@pytest.mark.parametrize("text, expected", [
    ("أصيب العشرات في الانفجار", [("العشرات", None)]),
    ("قتل عشرات المدنيين", [("عشرات", None)]),
    ("نزح بضعة آلاف", [("بضعة", None), ("آلاف", None)]),
])
def test_vague_quantities_have_no_count(make_doc, numbers, text, expected):
    doc = make_doc(text)
    numbers(doc)
    assert counts(doc) == expected


def test_the_days_of_a_date_are_not_counts(gazetteers, make_doc, numbers):
    """"الأحد" (Sunday) reads like "أحد" (one) once the article is dropped; a day of the
    month like a count. Dates are read first (as in the pipeline)."""
    doc = make_doc("وقع الانفجار يوم الأحد 25 أغسطس 2019 وقتل فيه ثلاثة")
    DateExtractor(gazetteers)(doc)
    numbers(doc)
    assert counts(doc) == [("ثلاثة", 3)]
