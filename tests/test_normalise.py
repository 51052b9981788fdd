from q7x2.normalise import normalise, normalise_phrase


def test_folds_hamza_teh_marbuta_alef_maksura_and_diacritics():
    assert normalise_phrase("واستُهدفت قاعدة إلى الأنبار") == "واستهدفت قاعده الي الانبار"


def test_arabic_indic_digits_and_punctuation_become_ascii():
    assert normalise_phrase("الثلاثاء ١٦ فبراير ٢٠٢١، «سي رام»") == 'الثلاثاء 16 فبراير 2021, "سي رام"'


def test_offset_map_points_into_the_original_text():
    text = "بعد مرور شهرٍ ونصفٍ، لم يكشف التحقيق — بعدُ"
    norm, offsets = normalise(text)
    assert len(offsets) == len(norm) + 1 and offsets[-1] == len(text)
    start = norm.index("التحقيق")
    assert text[offsets[start]:offsets[start + len("التحقيق") - 1] + 1] == "التحقيق"
    # every kept character maps to the same letter after folding
    for i, ch in enumerate(norm):
        assert normalise_phrase(text[offsets[i]]) == ch


def test_tatweel_and_invisible_marks_are_removed():
    norm, _ = normalise("بـ14 صاروخاً\u200f")
    assert norm == "ب14 صاروخا"
