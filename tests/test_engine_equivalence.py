"""The engine core's fast paths give exactly what the straightforward code gave."""
import re

from camel_tools.utils.charsets import AR_DIAC_CHARSET
from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar

from q7x2 import normalise as N
from q7x2.lexicon import Lexicon, trie_alternation

ODD = "İstanbul ΣΑΣ Straße ﷽ ـــ كَتَبَ\u200f٣٤٥ ۱۲ «ق» — x\tY\u00a0Z ﻻ إأآٱ ىة ؤئ ک ی"


def reference_fold(text):
    s = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text.translate(
        str.maketrans(N._ONE_TO_ONE)))))
    lowered = s.lower()
    return lowered if len(lowered) == len(s) else "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


def reference_normalise(text):
    s = reference_fold(text)
    kept = [i for i, c in enumerate(s) if not N._DELETED_RE.fullmatch(c)]
    return "".join(s[i] for i in kept), kept + [len(s)]


def test_copied_charsets_are_camel_tools():
    assert N.AR_DIAC_CHARSET == AR_DIAC_CHARSET


def test_fold_and_normalise_equal_the_reference(seed_texts):
    for text in [*seed_texts.values(), ODD, "", "  ", "ABC", "\u064b", "a\u064bb\u0640"]:
        assert N.fold(text) == reference_fold(text)
        norm, offsets = N.normalise(text)
        assert (norm, list(offsets)) == reference_normalise(text)


def test_lexicon_find_equals_a_scan_of_every_token(make_doc, keymaker, seed_texts):
    lex = Lexicon([("قاعدة بلد الجوية", 1), ("صلاح الدين", 2), ("بغداد", 3), ("صواريخ", 4), ("في", 5)], keymaker)
    for text in seed_texts.values():
        doc = make_doc(text)
        expected, i = [], 3
        while i < len(doc.tokens) - 5:
            m = lex.longest_at(doc.tokens, i, len(doc.tokens) - 5)
            if m is not None:
                expected.append(m)
                i = m.tok_end
            else:
                i += 1
        assert lex.find(doc.tokens, 3, len(doc.tokens) - 5) == expected          # key index
        assert lex.find(list(doc.tokens), 3, len(doc.tokens) - 5) == expected    # plain list
        assert lex.find(doc.tokens) == lex.find(list(doc.tokens))


def test_trie_alternation_matches_like_the_flat_longest_first_list():
    words = ["صباح", "صباحا", "صباح امس", "مساء", "مساء امس", "يوم", "يوم الاحد", "ا", "اب"]
    flat = re.compile("(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                       for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")
    trie = re.compile("(?:" + trie_alternation(sorted(words, key=len, reverse=True)) + r")(?!\w)")
    text = "صباح  امس صباحا صباحات مساء امسية يوم الاحد يومي ا اب ابو صباح\nامس"
    assert [m.span() for m in flat.finditer(text)] == [m.span() for m in trie.finditer(text)]
