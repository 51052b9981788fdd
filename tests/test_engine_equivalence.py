"""The engine core's fast paths give exactly what the straightforward code gave."""
import re

from camel_tools.utils.charsets import AR_DIAC_CHARSET
from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar

from q7x2 import normalise as N
from q7x2.lexicon import Lexicon, trie_alternation
from q7x2.phrases import CueHit, Cues

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
    short = [*ODD.split(), *(w for text in seed_texts.values() for w in text.split()[:300])]   # phrases
    for text in [*seed_texts.values(), ODD, "", "  ", "ABC", "\u064b", "a\u064bb\u0640", *short]:
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


def test_cue_lookups_equal_a_scan_of_every_position(gazetteers, keymaker, make_doc, seed_texts):
    """Cues.first and Cues.matches(kinds) look only where a cue of the lists asked for may
    start: the same as the longest cue at every position of the window."""
    cues = Cues(gazetteers, keymaker)
    asked = [("preposition",), ("owner",), ("accuse", "blame"), ["source", "member_of"],
             frozenset({"claim", "accuse", "blame", "suspect", "announce"}), ("complementizer", "forces")]
    for text in seed_texts.values():
        toks = make_doc(text).tokens
        for lo in range(0, len(toks), 7):
            for hi in (lo + 1, lo + 4, lo + 12, lo + 40):
                hi = min(hi, len(toks))
                scan = [m for m in (cues.any.longest_at(toks, j, hi) for j in range(lo, hi)) if m is not None]
                for kinds in asked:
                    hits = [m for m in scan if any(k in kinds for k in m.payloads)]
                    first = next((CueHit(k, m.tok_start, m.tok_end) for m in hits for k in m.payloads if k in kinds),
                                 None)
                    assert cues.first(toks, lo, hi, kinds) == first
                    assert [(m.tok_start, m.tok_end, m.payloads) for m in cues.matches(toks, lo, hi, kinds)] == \
                        [(m.tok_start, m.tok_end, m.payloads) for m in hits]
                assert [(m.tok_start, m.tok_end) for m in cues.matches(toks, lo, hi)] == \
                    [(m.tok_start, m.tok_end) for m in scan]
