"""Places found in sentences: every governorate and district by its Arabic name and its
variants, ambiguous names only with their cue, reference points not taken as locations."""
from datetime import date

import pytest

from q7x2.article import Article
from q7x2.extract.places import Place
from q7x2.gazetteers import Gazetteers


@pytest.fixture(scope="module")
def find(place_extractor, make_doc):
    def run(text):
        doc = make_doc(text)
        place_extractor(doc)
        return doc.of("place")
    return run


def cod_units(kinds):
    return [p for p in Gazetteers().entries("places", Place)
            if p.id.startswith("IQG") and p.kind in kinds]


def found_ids(mentions):
    return {c.id for m in mentions for c in m.value.candidates}


@pytest.mark.parametrize("unit", cod_units(("governorate", "district")), ids=lambda p: p.id)
def test_every_governorate_and_district_by_name_and_variants(find, unit):
    cue = {"governorate": "محافظة", "district": "قضاء"}[unit.kind]
    for name in [unit.name_ar, *(v for v in unit.variants if any('\u0600' <= c <= '\u06ff' for c in v))]:
        plain = found_ids(find(f"وسقطت ثلاثة صواريخ في {name} مساء أمس."))
        cued = found_ids(find(f"وسقطت ثلاثة صواريخ في {cue} {name} مساء أمس."))
        assert unit.id in cued, name
        assert (unit.id in plain) == (not unit.cues), name


@pytest.mark.parametrize("sentence, found", [
    ("وفي بلد خرج قبل عشر سنوات من حرب طائفية دامية، تخشى الحكومة تجدد النزاع.", False),   # "a country"
    ('واستُهدفت قاعدة "بلد" الجوية في محافظة صلاح الدين.', True),
    ("سقطت قذيفتان على قضاء بلد شمال بغداد.", True),
])
def test_an_ambiguous_name_needs_its_cue(find, sentence, found):
    assert any(m.value.place.name_ar in ("بلد", "قاعدة بلد الجوية") or "Balad" in m.value.place.name
               for m in find(sentence)) == found


def test_a_relative_description_is_a_reference_point(find):
    [balad, baghdad] = [m for m in find('وسقطت 4 صواريخ على قاعدة "بلد" شمال بغداد.')]
    assert not balad.value.relative and baghdad.value.relative


def test_a_cue_chooses_the_kind_of_a_shared_name(find):
    [gov] = find("أعلنت قيادة شرطة محافظة البصرة")
    [town] = find("اغتيل ناشط في مدينة البصرة")
    assert gov.value.place.kind == "governorate" and town.value.place.kind != "governorate"
    assert gov.value.place.admin1 == town.value.place.admin1 == "IQ-BA"


def test_colloquial_and_hamza_spellings(find):
    for text in ("هجوم على مطار اربيل", "هجوم على مطار أربيل الدولي", "قصف في هولير"):
        assert {m.value.place.admin1 for m in find(text)} == {"IQ-AR"}, text


# --- places no gazetteer knows, named after a place cue ------------------------------------

@pytest.mark.parametrize("text, name", [
    ("انفجرت سيارة مفخخة في منطقة العويسات ببغداد", "العويسات"),
    ("قصفت طائرات مسيرة بلدة كفر زيتون فجر الأحد", "كفر زيتون"),
    ("هاجم مسلحون قرية الزمورة الشرقية", "الزمورة"),
    # an adjective's ending, but a definite adjective after it: the cue's name, not its adjective
    ("وطالت غارات مماثلة قرية كنصفرة المجاورة", "كنصفرة"),
    ("قصفت المدفعية بلدة حزرمة الواقعة شرقي الغوطة", "حزرمة"),
    # a word joined by و is the next item of a list, not the name's second word
    ("هاجم مسلحون قرية الزمورة والكسارات", "الزمورة"),
    ("سقطت قذائف على منطقة العويسات والكسارات", "العويسات"),
])
def test_a_name_after_a_place_cue_is_an_unlisted_place(find, text, name):
    unlisted = [m for m in find(text) if m.value.place.id.startswith("unlisted:")]
    assert [m.value.place.name_ar for m in unlisted] == [name]
    assert unlisted[0].value.place.country == "" and unlisted[0].value.place.lat is None   # none invented


@pytest.mark.parametrize("text", [
    "سقطت قذيفة في منطقة سكنية",       # an adjective agreeing with the cue
    "سقطت قذيفة في منطقة الحدود",      # a common word
    "انفجرت عبوة في حي سكني",
    "سقطت قذيفة في منطقة سكنية مكتظة",   # two indefinite adjectives
])
def test_a_word_after_a_place_cue_is_no_unlisted_place(find, text):
    assert not [m for m in find(text) if m.value.place.id.startswith("unlisted:")]


@pytest.mark.parametrize("sentence", [
    "وأطلقت قذيفتان في شمال المدينة، ما أدى إلى مقتل فتاة.",
    "وسقطت قذيفة هاون جنوب المدينة مساء أمس.",
])
def test_the_city_just_named_is_no_place_called_the_city(find, sentence):
    assert find(sentence) == []


@pytest.mark.parametrize("sentence", [
    "وقالت المصادر إن قوة عسكرية اقتحمت البلدة فجرا وحاصرت منزلا.",
    "ودخلت الدبابات المدينة فجرا بعد قصف استمر ساعات.",
])
def test_a_definite_noun_before_a_word_is_no_cue_for_a_place_named_by_it(find, sentence):
    assert find(sentence) == []


def test_the_same_words_after_an_indefinite_cue_name_the_place(find):
    assert "IQG17Q02N01" in found_ids(find("وسقطت قذيفة في ناحية الفجر مساء أمس."))
    assert "IQG02Q04" in found_ids(find("وسقطت قذيفة في قضاء المدينة مساء أمس."))


@pytest.mark.parametrize("sentence, place_id", [
    ("وفي الاسحاقي (100 كم شمال بغداد) انفجرت سيارة مفخخة عند مدخل مركز الشرطة.", "IQG16Q04N02"),
    ("وقال مصدر أمني في الفجر، على بعد 40 كلم شمال الناصرية، إن عبوة ناسفة انفجرت.", "IQG17Q02N01"),
])
def test_a_distance_and_direction_from_another_place_make_a_name_a_place(find, sentence, place_id):
    assert place_id in found_ids(find(sentence))


def test_without_cue_or_distance_a_word_that_names_a_place_is_only_a_word(find):
    assert "IQG17Q02N01" not in found_ids(find("وقال مصدر أمني في الفجر إن عبوة ناسفة انفجرت."))


def test_a_word_that_is_a_name_as_written_is_that_name_not_a_clitic_and_another(find):
    # "لبنان" could be read as "ل" + "بنان" (a town in Syria); as written it is Lebanon
    assert found_ids(find("قتل شخصان في لبنان مساء أمس.")) == {"country-LB"}
    assert "country-LB" in found_ids(find("استهدفت غارة بلدة في جنوبي لبنان."))


@pytest.mark.parametrize("sentence", [
    "استهدفت طائرة مسيرة القاعدة وانفجرت قربها فجر الاثنين.",
    "وأطلق مسلحون النار على دورية للجيش وعلى جنود قربهم فجر السبت.",
])
def test_a_cue_with_a_pronoun_suffix_governs_no_name(find, sentence):
    """"قربها فجر الاثنين": near *it*, at dawn on Monday; not the subdistrict "الفجر"."""
    assert not any(m.value.place.name == "Al-Fajer" for m in find(sentence))


def test_a_cue_without_a_pronoun_still_names_the_place(find):
    assert any(m.value.place.name == "Al-Fajer" for m in find("اشتباكات قرب الفجر في ذي قار."))


@pytest.mark.parametrize("sentence, place_id", [
    ("قضت المحكمة على المتهمين بعقوبة الإعدام شنقا.", "IQG10Q04"),
    ("واكتفت الحكومة بعقوبة السجن على الضابط.", "IQG10Q04"),
    ("وندد المتحدث بردود الفعل على الهجوم.", "gn-320392"),
])
def test_a_clitic_on_a_common_noun_that_governs_a_definite_noun_is_no_place(find, sentence, place_id):
    """"بعقوبة الإعدام" is ب + عقوبة (penalty of death), not Baquba; "بردود الفعل" not Burdur."""
    assert place_id not in found_ids(find(sentence))


@pytest.mark.parametrize("sentence, place_id", [
    ("انفجرت سيارة مفخخة في بعقوبة.", "IQG10Q04"),
    ("هز انفجار بعقوبة الواقعة شمال شرق بغداد.", "IQG10Q04"),
    ("قتل جنديان في مدينة بعقوبة الليلة الماضية.", "IQG10Q04"),
])
def test_the_same_name_before_an_adjective_or_after_a_cue_is_the_place(find, sentence, place_id):
    assert place_id in found_ids(find(sentence))


@pytest.mark.parametrize("sentence, place_id", [
    ("وقال المتحدث وأنه لم يعتقل أحد.", "IQG15Q09N03"),
    ("وأكد الشهود وانه سمع دوي انفجار.", "IQG15Q09N03"),
    ("وأشاد الوزير بحركة الإصلاح في البلاد.", "gn-98156"),
    ("وقتل المسلح جنديا بحركة سريعة.", "gn-98156"),
])
def test_a_name_that_is_a_clitic_on_a_frequent_word_needs_its_cue(find, sentence, place_id):
    """"وأنه" (and that he) is not the subdistrict Wana, "بحركة" (with a movement) not Baharkah."""
    assert place_id not in found_ids(find(sentence))


def test_with_its_cue_such_a_name_is_the_place(find):
    assert "IQG15Q09N03" in found_ids(find("اشتباكات في ناحية وانة شمال الموصل."))


def located(pipeline, text):
    return [(e.location.name, e.location.text, e.location.inferred)
            for e in pipeline.extract(Article("t", text, date(2024, 3, 5)))]


def test_the_country_is_that_of_the_state_forces_the_sentence_names(pipeline):
    text = "قتلت قوات الأمن الباكستانية خمسة مسلحين في هجوم شنته فجر الأحد شمال غربي البلاد."
    assert located(pipeline, text) == [("Pakistan", "البلاد", "country_referred")]


def test_the_country_is_that_of_the_places_named_before(pipeline):
    text = ("قال مسؤولون إن مسلحين اختطفوا مهندسا في شرق أفغانستان يوم السبت، "
            "فيما قتل جنديان بانفجار عبوة ناسفة في غرب البلاد.")
    assert located(pipeline, text)[-1] == ("Afghanistan", "البلاد", "country_referred")


@pytest.mark.parametrize("text", [
    "انفجرت سيارة مفخخة في غرب البلاد صباح الأحد ما أدى إلى مقتل ثلاثة أشخاص.",   # no country named
    "قتلت القوات الأمريكية أربعة مسلحين في غارة جوية غرب البلاد مساء السبت.",     # forces abroad say no country
])
def test_the_country_no_text_names_is_not_invented(pipeline, text):
    assert located(pipeline, text) == [(None, None, None)]


@pytest.mark.parametrize("sentence, place_id", [
    ("وشن الطيران الحربي غارة على بلدة عيتا الشعب الحدودية صباح اليوم.", "lb-aita-al-shaab"),
    ("وتعرضت أطراف كفركلا وحولا لقصف مدفعي متقطع.", "gn-272849"),
    ("واستهدف حزب الله موقع المالكية بالأسلحة الصاروخية.", "il-malkia"),
    ("وأعلنت أنقرة تحييد عناصر من الحزب في منطقة متينا شمالي العراق.", "iq-metina"),
])
def test_the_border_villages_and_positions_of_the_2023_2024_news(find, sentence, place_id):
    """South Lebanon's villages (in the press's joined spellings), Israel's border positions
    named in Hezbollah's statements, and the Kurdistan areas of Turkish operations."""
    assert place_id in found_ids(find(sentence))


@pytest.mark.parametrize("sentence", [
    "ونصب النازحون الخيام على أطراف الطريق العام.",
    "وقال إن القليلة من المساعدات وصلت إلى المخيم.",
    # "جويا" is also "aerial"
    "وشن الطيران الحربي الإسرائيلي عدوانا جويا على مواقع في ريف حمص.",
    "ونفذت الطائرات الروسية قصفا جويا على قرى في ريف إدلب الجنوبي.",
])
def test_a_border_village_that_is_also_a_word_needs_its_cue(find, sentence):
    assert not {"lb-khiam", "lb-qlayleh", "lb-jouaiya"} & found_ids(find(sentence))


def test_a_village_that_is_also_a_word_is_found_after_its_cue(find):
    assert "lb-jouaiya" in found_ids(find("واستهدفت غارة إسرائيلية سيارة في بلدة جويا قضاء صور."))


@pytest.mark.parametrize("sentence, place_id", [
    ("وشنت طائرات إسرائيلية فجر اليوم غارات على بلدات عيتا الشعب وكفركلا والخيام في جنوب لبنان.", "lb-khiam"),
    ("واستهدفت الغارات الأمريكية مواقع في محافظات صنعاء والحديدة وتعز وحجة.", "YE-HJ"),
])
def test_a_plural_cue_is_the_cue_of_every_name_of_its_list(find, sentence, place_id):
    assert place_id in found_ids(find(sentence))


def test_a_name_joined_by_wa_after_a_singular_cue_needs_its_own(find):
    assert "IQG15Q09N03" not in found_ids(find("مؤكدا أنه استهدف مقرات في شمال العراق، وأنه سيواصل عملياته."))


@pytest.mark.parametrize("sentence", [
    "وشنت الطائرات الإسرائيلية موجة ثانية من الغارات على بلدتي الخيام وكفركلا.",
    "وتعرضت أطراف قريتي الخيام والوزاني لقصف مدفعي إسرائيلي.",
])
def test_a_dual_settlement_word_is_the_cue_of_the_village_after_it(find, sentence):
    assert "lb-khiam" in found_ids(find(sentence))


@pytest.mark.parametrize("sentence, border", [
    ("قتل ثلاثة جنود بهجوم على موقع عسكري في شمال شرق الأردن قرب الحدود مع سوريا.", "border-jo-sy"),
    ("أحبط الجيش الأردني محاولة تسلل على الحدود مع سوريا في محافظة المفرق.", "border-jo-sy"),
    ("سقطت قذائف على قرى في قضاء القائم غربي الأنبار قرب الحدود مع سوريا.", "border-iq-sy"),
])
def test_the_border_with_syria_is_that_of_the_country_the_text_names(find, sentence, border):
    [m] = [m for m in find(sentence) if m.value.place.kind == "border"]
    assert m.value.place.id == border


@pytest.mark.parametrize("sentence", [
    # the Jordanian army's own name for its front on Syria
    "قتل جندي أردني وأصيب ثلاثة آخرون في اشتباك مع مهربين على الواجهة الحدودية الشمالية.",
    "قتل أحد المهربين في اشتباك مع قوة عسكرية على الواجهة الشمالية فجر اليوم.",
])
def test_the_northern_front_is_jordans_border_with_syria(find, sentence):
    assert [m.value.place.id for m in find(sentence)] == ["border-jo-sy"]


@pytest.mark.parametrize("text, border", [
    # no other place: the country whose own forces the sentence names
    ("قتل مهربان برصاص الجيش الأردني خلال محاولة تسلل على الحدود مع سوريا.", "Jordan–Syria border"),
    ("اشتبكت قوات حرس الحدود الأردنية مع مهربين مسلحين على الحدود مع سوريا فجر اليوم.", "Jordan–Syria border"),
    ("وقصف الجيش العراقي مواقع لمسلحين على الحدود مع سوريا.", "Iraq–Syria border"),
])
def test_the_border_with_syria_alone_is_that_of_the_forces_the_sentence_names(pipeline, text, border):
    [e] = pipeline.extract(Article(id="t", text=text, published=date(2024, 2, 8)))
    assert e.location.name == border


@pytest.mark.parametrize("text, border", [
    # none in its sentence: the country whose forces the text names, by name or adjective
    ("مقتل جندي أردني في اشتباك مع مهربين\n"
     "قتل جندي من قوات حرس الحدود، صباح الثلاثاء، خلال اشتباك مع مهربين على الحدود مع سوريا.", "Jordan–Syria border"),
    ("الجيش الأردني يقتل أربعة مهربين\n"
     "قتل أربعة مهربين، فجر الخميس، باشتباك مسلح مع قوة عسكرية على الحدود مع سوريا.", "Jordan–Syria border"),
    ("الجيش العراقي يعزز قطعاته غرب الأنبار\n"
     "أصيب جنديان، فجر اليوم، بانفجار عبوة ناسفة على الحدود مع سوريا.", "Iraq–Syria border"),
])
def test_the_border_with_syria_alone_is_that_of_the_forces_the_text_names(pipeline, text, border):
    [e] = pipeline.extract(Article(id="t", text=text, published=date(2024, 2, 8)))
    assert e.location.name == border



@pytest.mark.parametrize("text", [
    "قتل مدنيان بقصف صاروخي على مدينة أريحا جنوبي إدلب. وقال الدفاع المدني إن القذائف سقطت على حي سكني وسط أريحا.",
    "سقطت قذائف على بلدة عين البيضا في ريف اللاذقية مساء الأحد. وقال مصدر محلي إن القذائف أصابت منزلين في عين البيضا.",
])
def test_a_name_stands_for_places_of_one_country_in_a_text(find, text):
    """The bare name, which alone would be a place in another country, and the town named
    with its cue: one place, in the country the text places it in."""
    assert {m.value.place.country for m in find(text)} == {"SY"}


@pytest.mark.parametrize("text, name", [
    ("وقال المصدر إن العدوان جاء من اتجاه شمال شرق بحيرة طبريا.", "طبرية"),
    ("وقال إن الصواريخ أطلقت من قرب بحيرة حمرين.", "حمرين"),
])
def test_a_common_word_before_a_name_is_no_place_with_its_clitic_off(find, text, name):
    """"بحيرة طبريا": the lake of the next name, not ب + the town Al-Heera."""
    assert [m.value.place.name_ar for m in find(text)] == [name]


@pytest.mark.parametrize("text", [
    # "بركان" is a volcano and rockets' name before it is Morocco's Berkane: a place only after a cue
    "أعلن الحزب أن مقاتليه استهدفوا مساء أمس ثكنة زرعيت بصواريخ بركان الثقيلة.",
    "وقالت المصادر إن الثوران الأخير للبركان أدى إلى إغلاق المطار، وإن بركان إتنا لا يزال نشطا.",
])
def test_a_volcano_is_no_moroccan_town(find, text):
    assert all(m.value.place.country != "MA" for m in find(text))
