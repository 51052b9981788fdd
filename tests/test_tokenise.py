from camel_tools.tokenizers.word import simple_word_tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

from q7x2.normalise import normalise
from q7x2.tokenise import _SPACED_TOKEN_RE, TOKEN_RE


def test_tokens_are_camel_tools_tokens_with_offsets(make_doc, seed_texts):
    for text in seed_texts.values():
        doc = make_doc(text)
        assert [t.text for t in doc.tokens] == simple_word_tokenize(normalise(text)[0], split_digits=True)
        toks = doc.tokens
        assert [doc.norm[s:e] for s, e in zip(toks.token_starts, toks.token_ends)] == toks.texts == [t.text for t in toks]


def test_clitics_are_stripped_for_lookup(make_doc):
    doc = make_doc("وبصواريخ للقوات بالأنبار سفارتها")
    keys = [t.keys for t in doc.tokens]
    assert "صواريخ" in keys[0]
    assert "قوات" in keys[1]
    assert "انبار" in keys[2]
    assert "سفاره" in keys[3]


def test_an_entry_word_keeps_an_article_with_too_little_after_it(keymaker, make_doc):
    """"ألقت" (normalised "القت") is stored whole: "وقت" (و + قت) does not meet it, "وألقت" does."""
    assert keymaker.phrase_keys("ألقت") == ("القت",)
    assert keymaker.phrase_keys("الأنبار") == ("انبار",)
    waqt, wa_alqat = make_doc("وقت وألقت").tokens
    assert "القت" not in waqt.keys and "القت" in wa_alqat.keys


def test_sentences_split_at_full_stops_and_lines_not_decimals(make_doc):
    doc = make_doc("وتبلغ مساحة القاعدة 25 كم2، طول الأول 3.503 متر. وتضم مدرجين\nسطر آخر")
    texts = [doc.norm[s.start:s.end] for s in doc.sentences]
    assert texts == ["وتبلغ مساحه القاعده 25 كم2, طول الاول 3.503 متر.", "وتضم مدرجين", "سطر اخر"]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1]


def test_a_word_is_one_object_wherever_it_occurs(make_doc):
    doc = make_doc("سقط صاروخ ثم سقط صاروخ آخر")
    assert doc.tokens[0] is doc.tokens[3] and doc.tokens[1] is doc.tokens[4]
    assert doc.tokens.token_starts[3] == 13


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ابتثءئؤ\u063b\u0640\u0670é_1٣ x.,-\n\t", max_size=30))
def test_the_tokeniser_regex_splits_as_the_plain_token_regex(text):
    """tokenise's regex has a fast branch for Arabic letters; it must cut the same tokens."""
    assert [c.lstrip() for c in _SPACED_TOKEN_RE.findall(text)] == TOKEN_RE.findall(text)
