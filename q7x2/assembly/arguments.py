"""Stage 4b, arguments: the mentions each event mention owns.

Inside its clause: dates (not those of a statement about the act: "أعلنت ... الثلاثاء"),
places (not reference points like "شمال بغداد", nor the dateline, nor a capital that stands
for its government: "بين بغداد وواشنطن"), targets, weapons, actors, casualties.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Document, Mention
from ..phrases import Cues
from ..tokenise import KeyMaker
from .mentions import EventMention
from .words import AssemblyWords

REPORTING_CUES = ("source", "announce", "claim")
ARGUMENT_KINDS = ("dates", "places", "targets", "weapons", "actors", "casualties")


@dataclass(eq=False)
class Attack:
    """One attack as reported by one or more event mentions, with all their arguments."""

    mentions: list[EventMention]
    dates: list[Mention]
    places: list[Mention]
    targets: list[Mention]
    weapons: list[Mention]
    actors: list[Mention]
    casualties: list[Mention]
    triggers: list[Mention]

    reported: set[int] = field(default_factory=set)   # ids of dates that date a report, not the act
    relatives: list[Mention] = field(default_factory=list)  # "شرق بغداد": a place only as reference
    simultaneous: bool = False      # "وبالتزامن، ...": at the time of the attack reported before
    another: bool = False           # "صاروخ آخر": not the attack reported before

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    @property
    def date(self) -> Mention | None:
        """The attack's date: the first that is not the date of a statement about it
        ("وزعمت ميليشيا ... الثلاثاء مسؤوليتها"), else the first."""
        acts = [m for m in self.dates if id(m) not in self.reported]
        return (acts or self.dates or [None])[0]

    def absorb(self, other: "Attack") -> None:
        for name in ("mentions", *ARGUMENT_KINDS, "triggers"):
            mine = getattr(self, name)
            mine.extend(m for m in getattr(other, name) if m not in mine)
        self.reported |= other.reported
        self.relatives.extend(m for m in other.relatives if m not in self.relatives)


class Arguments:
    def __init__(self, words: AssemblyWords, keymaker: KeyMaker, cues: Cues):
        self.cues = cues
        self.keymaker = keymaker
        self.windows = words.windows
        self.dateline_marks = frozenset(words.dateline_marks)

    def __call__(self, doc: Document, em: EventMention, excluded_places: set[int]) -> Attack:
        """The attack ``em`` reports, with the arguments in its clause."""
        def inside(kind):
            return doc.between(kind, em.tok_start, em.tok_end)

        places = inside("place")
        place_tokens = {i for p in places for i in range(p.tok_start, p.tok_end)}
        actors = [a for a in inside("actor") if a.tok_start not in place_tokens]   # "سفارة واشنطن"
        actor_tokens = {i for a in actors for i in range(a.tok_start, a.tok_end)}
        places = [p for p in places
                  if not p.value.relative and id(p) not in excluded_places and p.tok_start not in actor_tokens
                  and not self._coordinated_with_actor(doc, p, actors)]
        dates = [d for d in inside("date") if d.value.relation == "point"]
        first = min(t.tok_start for t in em.live)
        only_nouns = all(t.value.definite and t.value.trigger.noun for t in em.live)
        reported = {id(m) for m in dates
                    if self._report_date(doc, em, m) or (only_nouns and m.tok_start < first)}
        relatives = [p for p in inside("place") if p.value.relative and p.tok_start not in actor_tokens]
        weapons = inside("weapon")
        sentence = doc.sentences[em.sentence]
        w = self.windows
        simultaneous = em.tok_start == sentence.tok_start and self.cues.first(
            doc.tokens, sentence.tok_start, min(sentence.tok_end, sentence.tok_start + w.simultaneous_at_start),
            ("simultaneous",)) is not None
        another = any(self.cues.first(doc.tokens, m.tok_end, min(em.tok_end, m.tok_end + w.another_after),
                                      ("another",))
                      for m in [*weapons, *em.live])
        return Attack([em], dates, places, inside("target"), weapons, actors,
                      inside("casualty"), list(em.live), reported, relatives, simultaneous, another)

    def _report_date(self, doc: Document, em: EventMention, m: Mention) -> bool:
        """"أعلنت قوات الأمن، الثلاثاء، عن سقوط ...": the date of a statement, not of the
        act (unless a complementizer comes first: "أكدت أنه فجر اليوم، أن صاروخين ...")."""
        lo = max(em.tok_start, m.tok_start - self.windows.report_date_before)
        any_cue = self.cues.any
        for j in reversed(list(any_cue.starts(doc.tokens, lo, m.tok_start))):
            cue = any_cue.longest_at(doc.tokens, j, m.tok_start)
            if cue is None:
                continue
            if "complementizer" in cue.payloads:
                return False
            if any(k in REPORTING_CUES for k in cue.payloads):
                return True
        return False

    def _coordinated_with_actor(self, doc: Document, p: Mention, actors: list[Mention]) -> bool:
        """"بين بغداد وواشنطن": a capital named beside a state stands for its government."""
        toks, joined = doc.tokens, self.keymaker.conjoined
        for a in actors:
            if a.tok_start == p.tok_end and joined(toks[a.tok_start].text):
                return True
            if a.tok_end == p.tok_start and joined(toks[p.tok_start].text):
                return True
        return False

    def dateline_places(self, doc: Document) -> set[int]:
        """Places in a dateline ("بغداد -", "بغداد، العراق (CNN)--", "أربيل (كوردستان 24)-"):
        a few words at the start of a line, before a dash or colon."""
        out = set()
        texts = doc.tokens.texts
        for s in doc.sentences:
            if s.start and doc.norm[s.start - 1] != "\n":
                continue
            mark = next((k for k in range(s.tok_start, min(s.tok_end, s.tok_start + self.windows.dateline_words))
                         if texts[k] in self.dateline_marks), None)
            if mark is not None:
                out.update(id(p) for p in doc.between("place", s.tok_start, mark))
        return out
