"""Properties: any text, any date -> no exception, valid records, offsets that point at their text.

The real pipeline emits no events yet; these tests still run its normaliser and tokeniser
on every example and will check every record once the extractors land.
"""
from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from q7x2.article import Article
from q7x2.articles import InputFile, Problem, articles_from_bytes
from q7x2.pipeline import Pipeline
from q7x2.record import Event
from record_spans import spans

PIPELINE = Pipeline()

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
# Any character a decoded file or a JSON string can hold (lone surrogates cannot be UTF-8).
ANY = st.characters(blacklist_categories=("Cs",))
NEWSY = st.text(st.one_of(ARABIC, st.sampled_from(" \n\t.,،؛:؟!()\"«»-0123456789٠١٢٣٤٥٦٧٨٩"), ANY),
                max_size=400)
TEXTS = st.one_of(st.text(ANY, max_size=300), NEWSY)
DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=TEXTS, published=DATES)
def test_any_text_any_date_gives_valid_records_with_true_offsets(text, published):
    article = Article(id="p", text=text, published=published, published_from="option" if published else None,
                      path="p.txt")
    events = PIPELINE.extract(article)
    for event in events:
        record = json.loads(event.to_json())
        assert Event.model_validate(record) == event
        for start, end, span_text in spans(record):
            assert 0 <= start <= end <= len(text)
            assert text[start:end] == span_text


@SETTINGS
@given(text=TEXTS)
def test_any_text_read_from_a_json_object_is_the_text_the_pipeline_gets(text):
    data = json.dumps({"id": "p", "text": text}, ensure_ascii=False).encode("utf-8")
    got = list(articles_from_bytes(InputFile("p.json", None, "json"), data))
    problems = [g for g in got if isinstance(g, Problem)]
    articles = [g[1] for g in got if not isinstance(g, Problem)]
    if not text.strip():
        assert [p.reason for p in problems] == ["empty article"] and not articles
    elif not any(p.warning for p in problems):          # not HTML: the text exactly as given
        assert problems == [] and articles[0].text == text


@SETTINGS
@example(text="\ufeff\ufeffx", encoding="utf-8").via("a BOM-like first character")
@example(text="\ufeffx", encoding="utf-16").via("U+FEFF after a real BOM")
@given(text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), min_size=1, max_size=300),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_any_text_file_in_a_unicode_encoding_reads_back(text, encoding):
    got = list(articles_from_bytes(InputFile("p.txt", None, "txt"), text.encode(encoding)))
    problems = [g for g in got if isinstance(g, Problem)]
    expected = text.removeprefix("\ufeff") if encoding == "utf-8" else text   # a leading U+FEFF is a BOM
    if not expected.strip():
        assert problems and problems[0].reason == "empty article"
    elif not any(p.warning for p in problems):
        assert got == [("p.txt", got[0][1])] and got[0][1].text == expected


@pytest.mark.parametrize("text", ["", " ", "\ufeff", "\u200f" * 5, "ـــ", "٣", "a" * 10000])
def test_edge_texts(text):
    PIPELINE.extract(Article(id="e", text=text, published=date(2024, 1, 1)))
