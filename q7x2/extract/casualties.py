"""Casualties: people reported killed or wounded, with the counts the text states.

A count is read, never guessed:
- a number right before a casualty noun: "سبعة قتلى و12 جريحا", "ما لا يقل عن 20 قتيلا";
- else after the word: "إصابة 3 جنود عراقيين ومتعاقدين أجنبيين" -> wounded 3 + 2 (groups
  are summed; a singular noun is one, a dual two), "مقتل ما لا يقل عن 30 عسكريا" -> 30,
  "إصابة 178 بينهم نساء" -> 178;
- else the people right before it: "جنديين عراقيين قتلا", "لقي نحو 17 شخصا حتفهم",
  "ستة بينهم خمسة جنود قتلوا" -> 6;
- else the word itself: "سقوط جريحين" -> 2, "لقي مصرعه" -> 1;
- after a tally, the number it rose to: "وارتفع عدد القتلى إلى 4" -> 4.
"العشرات", "عدد من المواطنين", "جنود أصيبوا" -> not stated (None, ``uncounted``), never 0.
A zero comes only from a negation before a general casualty noun ("دون وقوع إصابات" -> 0
and 0) or before a verb whose subject is nobody ("لم يصب أحد"). "مقتل وإصابة 10 أشخاص"
is one count for both (category ``combined``): the split is not stated. A count followed
by "في أعمال عنف متفرقة" is a total over several incidents (``several``), not one attack's.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..document import Document
from ..gazetteers import Gazetteers, Table
from ..lexicon import TRANSPARENT, Lexicon
from ..normalise import normalise_phrase
from ..tokenise import KeyMaker
from .numbers import NumberWords


class People(Table):
    singular: list[str]
    dual: list[str]
    plural: list[str]


class CasualtyWords(Table):
    killed: list[str]
    wounded: list[str]
    combined: list[str]
    both: list[str]
    negation: list[str]
    negation_phrases: list[str]
    negatable: list[str]
    nobody: list[str]
    alternatives: list[str]
    tally: list[str]
    tally_to: list[str]
    unknown: list[str]
    several_incidents: list[str]
    one_person: list[str]
    two_persons: list[str]
    people: People
    resumptive: list[str]
    units: list[str]
    material_only: list[str]
    nobody_harmed: list[str]
    others: list[str]
    more: list[str]
    among: list[str]
    partitives: list[str]
    subject_openers: list[str]


@dataclass(frozen=True, slots=True)
class CasualtyCount:
    """``both``: a negated word that stands for killed and wounded (n is 0); ``combined``:
    one count of killed and wounded together ("مقتل وإصابة 10 أشخاص")."""

    category: Literal["killed", "wounded", "both", "combined"]
    n: int | None          # None: a casualty word with no count stated
    several: bool = False  # a total over several incidents ("في أعمال عنف متفرقة")
    uncounted: bool = False  # people named with no count ("أصيب العشرات", "جنود أصيبوا"): n is None
    more: bool = False     # more people than a group counted before ("وثلاثة آخرون", "وجرح ثالث")


_WINDOW = 12               # tokens after a casualty word in which its count is read
_BACK = 10                 # tokens before it in which a count may stand ("جنديين عراقيين قتلا")
_SEVERAL_REACH = 8         # words after a count in which "في هجمات متفرقة" makes it a total
_NEGATION_REACH = 6        # tokens between a negation and the casualty noun it makes zero
_STOP = frozenset({".", "?", "!", ";", ":"})
# What a casualty word reports (a one-person word such as "جثة" is also a killed word).
_REPORTS = frozenset({"killed", "wounded", "combined", "both", "negatable"})
_NEGATABLE = frozenset({"both", "combined", "negatable"})
# Punctuation that a subject before its verb is not read across (quotes and dashes are).
_CLAUSE_MARKS = _STOP | {",", "(", ")"}


class CasualtyExtractor:
    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker):
        self.keymaker = keymaker
        w = gazetteers.table("casualties", CasualtyWords)
        self.words = Lexicon([*((p, "killed") for p in w.killed), *((p, "wounded") for p in w.wounded),
                              *((p, "both") for p in w.both), *((p, "combined") for p in w.combined),
                              *((p, "negatable") for p in w.negatable),
                              *((p, 1) for p in w.one_person), *((p, 2) for p in w.two_persons)], keymaker)
        # Negations are whole words ("لم", "ولم"), not a word with a clitic stripped ("كلم" is km).
        self.negations = frozenset(normalise_phrase(p) for p in w.negation)
        self.nobody = Lexicon(((p, True) for p in w.nobody), keymaker)
        self.material_only = Lexicon(((p, True) for p in [*w.material_only, *w.nobody_harmed]), keymaker)
        self.alternatives = Lexicon(((p, True) for p in w.alternatives), keymaker)
        self.several = Lexicon(((p, True) for p in w.several_incidents), keymaker)
        self.tally = Lexicon(((p, True) for p in w.tally), keymaker)
        self.negation_phrases = Lexicon(((p, True) for p in w.negation_phrases), keymaker)
        self.tally_to = Lexicon(((p, True) for p in w.tally_to), keymaker)
        self.unknown = Lexicon(((p, True) for p in w.unknown), keymaker)
        self.people = Lexicon([*((p, 1) for p in w.people.singular), *((p, 2) for p in w.people.dual),
                               *((p, None) for p in w.people.plural)], keymaker)
        # people words that begin with a conjunction's letter as written ("فلسطيني", "فتى"), and a
        # singular's accusative ("شابا فلسطينيا": one young Palestinian, not two people)
        as_written = [normalise_phrase(p) for p in (*w.people.singular, *w.people.dual, *w.people.plural)
                      if " " not in p]
        self.people_as_written = frozenset([*as_written, *(normalise_phrase(p) + keymaker.accusative_alef
                                                          for p in w.people.singular if " " not in p)])
        self.units = Lexicon(((p, True) for p in w.units), keymaker)
        self.resumptive = Lexicon(((p, True) for p in w.resumptive), keymaker)
        self.others = Lexicon(((p, True) for p in w.others), keymaker)
        self.more = Lexicon(((p, True) for p in w.more), keymaker)
        self.among = Lexicon(((p, True) for p in w.among), keymaker)
        self.partitives = Lexicon(((p, True) for p in w.partitives), keymaker)
        self.openers = Lexicon(((p, True) for p in w.subject_openers), keymaker)
        numbers = gazetteers.table("numbers", NumberWords)
        self.of = Lexicon(((p, True) for p in numbers.of), keymaker)
        self.approximate = Lexicon(((p, True) for p in numbers.approximate_after), keymaker)

    def __call__(self, doc: Document) -> None:
        toks = doc.tokens
        numbers = {m.tok_start: m for m in doc.of("number")}
        number_ends = {m.tok_end: m for m in doc.of("number")}
        things = {m.tok_start for kind in ("weapon", "place") for m in doc.of(kind)}
        things.update(self.units.starts(toks))
        # Tokens of named actors and places: never a gap between people and their count
        # ("ثلاثة جنود من التحالف الدولي بقيادة الولايات المتحدة واربعة من المارة").
        names = {j for kind in ("actor", "place") for m in doc.of(kind) for j in range(m.tok_start, m.tok_end)}
        # Where a definite act noun ends ("وقتل في القصف طفلان"): people right after it are the
        # ones the casualty word before it counts.
        after_act = {t.tok_end for t in doc.of("trigger") if t.value.noun and t.value.definite}
        hits = [m for m in self.words.find(toks) if _REPORTS & set(m.payloads)]
        conjoined = self.keymaker.conjoined
        # A number right before a casualty word is that word's ("قتيل وثلاثة جرحى"), unless
        # the word is joined by و ("قتل 13 وجرح 45").
        things |= {h.tok_start for h in hits if not conjoined(toks[h.tok_start].text)}
        # A number between a negation and a casualty noun is its count, so no zero: "ما لا يقل
        # عن 20 قتيلا", "لم يسفر إلا عن 3 جرحى". For each word: where the numbers before it end.
        counted_upto = {}
        for h in hits:
            ends = [e for e in range(max(0, h.tok_start - _NEGATION_REACH), h.tok_start + 1) if e in number_ends]
            if ends:
                counted_upto[h.tok_start] = ends[-1]
        hit_ends = {h.tok_start: h.tok_end for h in hits}
        done = 0                      # where the last casualty mention ended
        zero_end = -1                 # where the last zero ended
        for h_i, m in enumerate(hits):
            cats = set(m.payloads)
            sentence = doc.sentences[doc.sentence_of_token(m.tok_start)]
            floor = max(sentence.tok_start, done)
            cat = "killed" if "killed" in cats else ("wounded" if "wounded" in cats else "combined")
            negation = self._negation(toks, m.tok_start, m.tok_end, max(floor, counted_upto.get(m.tok_start, 0)), cats)
            if negation is None and zero_end >= 0 and cats & _NEGATABLE:
                joined = self.alternatives.longest_at(toks, zero_end, m.tok_start)
                if joined is not None and joined.tok_end == m.tok_start:
                    negation = m.tok_start              # "دون سقوط قتلى أو جرحى"
            if negation is not None:
                zero = "both" if cats & {"both", "combined"} else cat
                doc.mention_tokens("casualty", negation, m.tok_end, CasualtyCount(zero, 0))
                done = zero_end = m.tok_end
                continue
            stop = min(sentence.tok_end, m.tok_end + _WINDOW,
                       hits[h_i + 1].tok_start if h_i + 1 < len(hits) else sentence.tok_end)
            start, end = m.tok_start, m.tok_end
            before = number_ends.get(m.tok_start)
            if before is not None and before.tok_start >= floor and not conjoined(toks[m.tok_start].text):
                # "3 قتلى", "عشرات القتلى"; not "قتل فيه 13 وجرح 45"
                n, start = before.value.n, before.tok_start
                uncounted = n is None
            else:
                after = m.tok_end
                pronoun = self.resumptive.longest_at(toks, after, stop)
                if pronoun is not None:
                    after = pronoun.tok_end                 # "قتل فيه 13 وجرح 45"
                rose = self._tally_rose_to(toks, m.tok_start, after, stop, numbers)
                if rose is not None:                            # "وارتفع عدد القتلى إلى 4"
                    n, end = rose.value.n, rose.tok_end
                else:
                    n, end = self._count_after(toks, after, stop, numbers, things, names, after_act)
                uncounted = n is None and end > after             # "إصابة العشرات", "عدد من المدنيين"
                if n is None and not uncounted and not conjoined(toks[m.tok_start].text):
                    found = self._count_before(toks, m.tok_start, floor, numbers, names)
                    if found is not None and found[1] == done > sentence.tok_start and \
                            not self._starts_group(toks, done):
                        found = None        # "أصيب شخص ثالث بجروح": the people counted just before
                    if found is not None:                           # "جنود أصيبوا": people, no count
                        n, start = found
                        uncounted = n is None
            own = [p for p in m.payloads if isinstance(p, int)]        # "جريحين", "لقي مصرعه"
            if n is None and start == m.tok_start:
                if own and (own[0] == 2 or not self.keymaker.is_definite(toks, m.tok_start)):
                    n = own[0]
            elif n is not None and own and end > m.tok_end and conjoined(toks[m.tok_end].text):
                n += own[0]                                             # "مقتله واثنين من مرافقيه"
            end = max(end, m.tok_end)
            several = self._several(toks, end, sentence.tok_end, hit_ends)
            more = n is not None and any(self.more.longest_at(toks, j, j + 1) is not None for j in range(start, end))
            doc.mention_tokens("casualty", start, end, CasualtyCount(cat, n, several, uncounted, more))
            done = end
        for m in self.material_only.find(toks):     # "أسفر عن أضرار مادية فقط", "ولم يتعرض أحد لأذى"
            doc.mention_tokens("casualty", m.tok_start, m.tok_end, CasualtyCount("both", 0))

    def _several(self, toks, i: int, stop: int, hit_ends: dict[int, int]) -> bool:
        """The count is a total over several incidents: "قتل 58 شخصا وأصيب عشرات آخرون أمس
        في أعمال عنف متفرقة". Read in the words after the mention, up to a comma or the
        end of the sentence, across the casualty words joined to it ("وأصيب ...")."""
        j, words = i, 0
        while j < stop and words <= _SEVERAL_REACH:
            if toks[j].text in _CLAUSE_MARKS:
                return False
            if j in hit_ends:
                j = hit_ends[j]
                continue
            m = self.several.longest_at(toks, j, stop)
            if m is not None:
                return True
            j += 1
            words += 1
        return False

    # --- zero ------------------------------------------------------------------------
    def _negated_word(self, text: str) -> bool:
        return text in self.negations or (self.keymaker.conjoined(text) and text[1:] in self.negations)

    def _negation(self, toks, i: int, end: int, floor: int, cats: set) -> int | None:
        """Where the negation that makes this casualty word zero starts, if any: "دون وقوع
        إصابات", "لم يسفر الهجوم عن سقوط قتلى"; "لم يصب أحد". Not "لم تعرف حصيلة الضحايا"
        (a tally), not "دون ورود معلومات عن إصابات" (nothing known), not "ما لا يقل عن" (a
        bound, part of a number), not a verb with people after it."""
        if cats & _NEGATABLE:
            if i > 0 and self.tally.longest_at(toks, i - 1, i) is not None:
                return None
            if any((u := self.unknown.longest_at(toks, j, i)) is not None and u.tok_end == i
                   for j in range(max(0, i - 3), i)):
                return None                                     # "دون ورود معلومات عن إصابات": not known
            reach = _NEGATION_REACH
        elif self.nobody.longest_at(toks, end) is not None:
            reach = 2                                           # "لم يصب أحد"
        else:
            return None
        for j in range(i - 1, max(floor, i - reach) - 1, -1):
            if toks[j].text in _CLAUSE_MARKS:
                return None
            if self._negated_word(toks[j].text):
                return j
            if j and (m := self.negation_phrases.longest_at(toks, j - 1, j + 1)) is not None and m.tok_end == j + 1:
                return j - 1                                    # "من غير أن يسفر القصف عن إصابات"
        return None

    # --- counts ------------------------------------------------------------------------
    def _starts_group(self, toks, j: int) -> bool:
        """A new group of people is joined by و or a comma: "3 جنود ومتعاقدين", "مدني، وجندي"
        (not "شاب فلسطيني": a people word that begins with ف as written is no "ف" + a word)."""
        return self.keymaker.conjoined(toks[j].text) and toks[j].text not in self.people_as_written or (j > 0 and (
            toks[j - 1].text == "," or self.keymaker.conjoined(toks[j - 1].text) and len(toks[j - 1].text) == 1))

    def _count_after(self, toks, i: int, stop: int, numbers, things, names,
                     after_act=frozenset()) -> tuple[int | None, int]:
        """Sum of the groups of people from token i on, and where they end.

        A number counts the people named right after it ("3 جنود", "ثلاثة من منتسبي",
        "20 آخرين"); a singular noun is one, a dual two; a plural without a number is
        skipped (it may be the subject: "قتلت قوات الأمن ستة متشددين"), and so are named
        actors and places ("قتلت الولايات المتحدة قياديين اثنين"). A number right at i
        with no people after it counts alone ("إصابة 178 بينهم", "مقتل ثلاثة على الأقل"),
        unless what follows it is counted instead (see ``_alone``). After other words, a singular
        or dual counts only right after a definite act noun ("وقتل في القصف طفلان", ``after_act``:
        where those end): not "أصيب في هجوم مسلح". A group that comes without و after one
        already counted starts the count again: the first was the subject ("قتل مهاجم
        انتحاري 47 شخصا")."""
        total, counted, end = 0, False, i
        pending = None                  # a number waiting for the people it counts
        subject = False                 # a plural without a number came first
        plural_end = -1                 # where it ended: "الجنود الثلاثة" counts them
        j, gap = i, 0
        while j < stop and gap <= 3:
            if toks[j].text in _STOP or self.among.longest_at(toks, j, stop) is not None \
                    or self.openers.longest_at(toks, j, stop) is not None \
                    or (j > i and self.partitives.longest_at(toks, j, stop) is not None):
                break
            num = numbers.get(j)
            if num is not None:
                if counted and pending is None and num.value.n == 1 and j == end:
                    j = num.tok_end            # "جندي عراقي واحد": the 1 repeats the singular
                    continue
                pending, j, gap = num, num.tok_end, 0
                continue
            p = self.people.longest_at(toks, j, stop)
            if p is not None:
                kind = p.payloads[0]
                if pending is not None:
                    if pending.value.n is None:
                        return None, p.tok_end      # "عشرات المدنيين"
                    if counted and not self._starts_group(toks, pending.tok_start):
                        total = 0
                    total += pending.value.n
                elif counted and not self._starts_group(toks, j):
                    j = p.tok_end               # "متعاقد مدني": an adjective, not another person
                    continue
                elif kind is None:
                    j, subject = p.tok_end, True    # plural, no number: not counted, not a gap
                    plural_end = j
                    continue
                elif gap and not subject and not self._starts_group(toks, j) and not (
                        gap <= 2 and j in after_act and not self.keymaker.is_definite(toks, j)):
                    break                       # "أصيب في هجوم آخر": not the people hit
                else:
                    total += kind
                counted, pending = True, None
                j = end = p.tok_end
                gap = 0
                continue
            if j in names:
                subject = subject or not counted    # "قتلت الولايات المتحدة قياديين اثنين"
                j += 1
                continue
            if pending is not None:
                if self.others.longest_at(toks, j, stop) is not None:
                    if pending.value.n is None:
                        return None, j + 1
                    total += pending.value.n
                    counted, pending = True, None
                    j = end = j + 1
                    continue
                if self.of.longest_at(toks, j, stop) is not None:
                    j += 1                      # "ثلاثة من منتسبي"
                    continue
                if not counted:
                    return self._alone(pending, (i, plural_end), things)
                pending = None
            bound = self.approximate.longest_at(toks, j, stop)
            if bound is not None:
                j = bound.tok_end               # "أربعة جنود على الأقل"
                continue
            j += 1
            gap += 1
        if pending is not None and not counted:
            return self._alone(pending, (i, plural_end), things)
        return (total if counted else None), end

    def _tally_rose_to(self, toks, i: int, after: int, stop: int, numbers):
        """"وارتفع عدد القتلى إلى 4", "عدد القتلى ارتفع إلى أربعة بينهم قيادي": after a tally's
        casualty word, the number it rose to is its count, people named after it or not."""
        if i == 0 or self.tally.longest_at(toks, i - 1, i) is None:
            return None
        to = self.tally_to.longest_at(toks, after, stop)
        number = numbers.get(to.tok_end) if to is not None else None
        return number if number is not None and number.tok_end <= stop else None

    @staticmethod
    def _alone(number, at: tuple[int, int], things) -> tuple[int | None, int]:
        """A number with no people named after it counts when it comes right after the
        casualty word, and no weapon, place, unit or casualty noun follows it ("قتل 13 وجرح 45";
        not "قتل 3 أيام بعد اختطافه", not "سقوط قتيل وثلاثة جرحى"), or right after a plural,
        whatever follows ("قتل الجنود الثلاثة", "مقتل مقاتلين اثنين بقصف مدفعي")."""
        if number.tok_start == at[1] or number.tok_start == at[0] and number.tok_end not in things:
            return number.value.n, number.tok_end           # None: "أصيب العشرات"
        return None, at[0]

    def _count_before(self, toks, i: int, floor: int, numbers, names) -> tuple[int | None, int] | None:
        """The people right before a casualty word, as a verb's subject ("أن «ثمانية
        أشخاص على الأقل قتلوا", "امرأة قتلت") or before "حتفهم" ("لقي نحو 17 شخصا حتفهم"):
        the count and where it starts. The leftmost group that reaches the word wins:
        "ستة بينهم خمسة جنود قتلوا" -> 6. A number with no people named counts only right
        before the word or before "بينهم" (not "الصواريخ الثلاثة لم تصب"). A plural with
        no number right before the word is people with no count: (None, where it starts)."""
        lo = i
        while lo > max(floor, i - _BACK):
            t = toks[lo - 1]
            if t.text == "," and (aside := self._aside_before(toks, lo - 1, max(floor, i - _BACK))) is not None:
                lo = aside                  # "ثلاثة مدنيين، بينهم امرأة، أصيبوا": over the aside
                continue
            if t.text in _CLAUSE_MARKS or self.openers.longest_at(toks, lo - 1, i) is not None:
                break
            lo -= 1
        for k in range(lo, i):
            number = numbers.get(k)
            people = self.people.longest_at(toks, k, i) if number is None else None
            if number is None and people is None:
                continue
            n, end = self._count_after(toks, k, i, numbers, (), names)
            if n is None:
                if people is not None and people.payloads[0] is None and self._reaches(toks, k, i, allowed=0):
                    return None, k                                  # "جنودا أمريكيين أصيبوا"
                continue
            if number is not None and end == number.tok_end:      # a number with no people named
                if end == i or self.among.longest_at(toks, end, i) is not None:
                    return n, k                                     # "ثلاثة قتلوا", "ستة بينهم ..."
                continue
            if self._reaches(toks, end, i):
                return n, k
        return None

    def _aside_before(self, toks, comma: int, floor: int) -> int | None:
        """"ثلاثة مدنيين، بينهم امرأة، أصيبوا": where the people before an aside on who they were
        end (the comma that opens it), when the comma at ``comma`` closes such an aside."""
        j = comma - 1
        while j > floor and toks[j].text not in _CLAUSE_MARKS:
            j -= 1
        if j > floor and toks[j].text == "," and j + 1 < comma and self.among.longest_at(toks, j + 1, comma) is not None:
            return j
        return None

    def _reaches(self, toks, j: int, i: int, allowed: int = 2) -> bool:
        """Only bounds, "آخرين", people words (adjectives) and at most two other words (a
        name: "النقيب مؤيد اللامي أصيب") stand between a group and its verb; or a part of it
        ("بينهم خمسة جنود")."""
        if j < i and self.among.longest_at(toks, j, i) is not None:
            return True
        if j + 1 < i and toks[j].text == "," and self.among.longest_at(toks, j + 1, i) is not None:
            return True                 # "ثلاثة مدنيين، بينهم امرأة، أصيبوا"
        loose = 0
        while j < i:
            m = (self.approximate.longest_at(toks, j, i) or self.others.longest_at(toks, j, i)
                 or self.people.longest_at(toks, j, i))
            if m is not None:
                j = m.tok_end
                continue
            if toks[j].text not in TRANSPARENT:
                loose += 1
            j += 1
        return loose <= allowed
