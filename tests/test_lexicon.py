from q7x2.lexicon import Lexicon


def spans(doc, lexicon):
    return [(doc.original_text(doc.tokens.token_starts[m.tok_start], doc.tokens.token_ends[m.tok_end - 1]), m.payloads)
            for m in lexicon.find(doc.tokens)]


def test_longest_phrase_wins_and_clitics_do_not_hide_it(make_doc, keymaker):
    lex = Lexicon([("قاعدة بلد", "base"), ("قاعدة بلد الجوية", "air base"), ("صلاح الدين", "gov")], keymaker)
    doc = make_doc('واستُهدفت قاعدة "بلد" الجوية في محافظة صلاح الدين')
    assert spans(doc, lex) == [('قاعدة "بلد" الجوية', ["air base"]), ("صلاح الدين", ["gov"])]


def test_definite_article_and_hamza_spellings_meet(make_doc, keymaker):
    lex = Lexicon([("عين الأسد", "ain al-asad")], keymaker)
    doc = make_doc("هجوم بعدة صواريخ على معسكر عين الاسد، غربي الانبار")
    assert spans(doc, lex) == [("عين الاسد", ["ain al-asad"])]


def test_hyphen_inside_a_name(make_doc, keymaker):
    lex = Lexicon([("الحدود السورية العراقية", "border")], keymaker)
    doc = make_doc("قصفت مواقع فصائل عند الحدود السورية-العراقية.")
    assert spans(doc, lex) == [("الحدود السورية-العراقية", ["border"])]


def test_a_word_that_may_begin_a_longer_phrase_looks_ahead_every_time(make_doc, keymaker):
    lex = Lexicon([("قاعدة", "base"), ("قاعدة عين الأسد", "ain al-asad"), ("صاروخ", "rocket")], keymaker)
    doc = make_doc("سقط صاروخ قرب قاعدة عسكرية ثم صاروخ على قاعدة عين الأسد وقاعدة")
    assert spans(doc, lex) == [("صاروخ", ["rocket"]), ("قاعدة", ["base"]), ("صاروخ", ["rocket"]),
                               ("قاعدة عين الأسد", ["ain al-asad"]), ("وقاعدة", ["base"])]
    assert [m.tok_end - m.tok_start for m in lex.find(doc.tokens)] == [1, 1, 1, 3, 1]   # the same again
    last = len(doc.tokens) - 1
    assert lex.longest_at(doc.tokens, last - 3, last - 1).payloads == ["base"]     # cut short by the limit
