"""Stage 4, event assembly: attack triggers with their arguments become attack records.

Four stages, a module each (the reasons are in CODEBOOK.md):
1. ``mentions``: which triggers report an act (their factuality), and the clause each governs;
2. ``arguments``: the dates, places, targets, weapons, actors and casualties each clause owns,
   and (``agents``) who did it;
3. ``coreference``: which event mentions report the same attack, each decision named;
4. ``fields``: the record of each attack, every field chosen from its arguments.
``Assembly`` keeps what every stage decided, for ``q7x2 explain``.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..article import Article
from ..document import Document, Mention
from ..extract.actors import Actor
from ..extract.places import Place, PlaceCues
from ..gazetteers import Gazetteers
from ..normalise import normalise_phrase
from ..phrases import Cues
from ..record import Event
from ..tokenise import KeyMaker
from .arguments import Arguments, Attack
from .coreference import Coreference, Decision, Gazetteer
from .fields import Fields
from .mentions import EventMention, EventMentions, NotAnAct
from .words import AssemblyWords


@dataclass
class Assembly:
    """An article's events and how assembly came to them."""

    doc: Document
    events: list[Event]
    attacks: list[Attack]            # one per event, in the same order
    mentions: list[EventMention]
    not_acts: list[NotAnAct]
    decisions: list[Decision]


class Assembler:
    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker, cues: Cues):
        words = gazetteers.table("assembly", AssemblyWords)
        places = gazetteers.entries("places", Place)
        actors = gazetteers.entries("actors", Actor)
        self.mentions = EventMentions(words, keymaker, cues)
        self.arguments = Arguments(words, keymaker, cues)
        gazetteer = Gazetteer(places, actors, words.windows.site_town_km)
        place_cues = gazetteers.table("place_cues", PlaceCues)
        unit_words = frozenset(normalise_phrase(w) for w in (*place_cues.cues, *place_cues.list_cues) if " " not in w)
        self.coreference = Coreference(words, keymaker, cues, gazetteer, unit_words)
        self.fields = Fields(words, keymaker, cues, places, gazetteer)
        self.campaign_factualities = frozenset(words.campaign_factualities)
        self.cues = cues

    def __call__(self, doc: Document, article: Article) -> list[Event]:
        return self.assemble(doc, article).events

    @staticmethod
    def _leads(a: Attack, attacks: list[Attack]) -> bool:
        """An attack the article reports as the news of its day: the lead event (every part
        of the first attack reported), what a coordinated clause reports at its time ("قتلت
        قوات الأمن ستة مسلحين في غارة، في الوقت الذي أطلق فيه متمردون صواريخ"), and, while
        the text has dated no attack, each attack it goes on to report ("قتل جندي بهجوم على
        حاجز ... وأصيب مدنيان بقصف على بلدة ..."): with no date anywhere before them, they are
        news of the same day. Not one told as background ("وكان ... قد", "بعد الهجوم الذي"),
        which is earlier than the news."""
        if a.first.background:
            return False
        lead = attacks[0].mentions
        if a.mentions is lead or (a.same_time_as is not None and a.same_time_as.first in lead):
            return True
        return not any(e.dates for e in attacks[:next(i for i, e in enumerate(attacks) if e is a)])

    def _list_dates(self, doc: Document, attacks: list[Attack]) -> dict[int, Mention]:
        """"شن الطيران ليل أمس سلسلة غارات على قرى البقاع، توزعت كالآتي: - غارة على منزل في
        بعلبك ...", "موجزا لأبرز الأحداث التي شهدتها المحافظات أمس الثلاثاء، وجاء فيه: 1- ...":
        the attacks a list tells one by one after the sentence that opens it, with no date of
        their own, are of the day that sentence names (the date nearest before the list's cue),
        up to the first attack listed with a date of its own. Not one told as background. A
        count of the day's incidents opens such a list too ("شهدت محافظة درعا يوم أمس الاثنين
        عدة حوادث أمنية"; "رصد، الاثنين، ثلاثة انتهاكات"), when it names a day; so does the
        headline an attack of the list is told in first."""
        openers = [(c, False) for c in self.cues.matches(doc.tokens, 0, len(doc.tokens), ("list_intro",))]
        for c in self.cues.matches(doc.tokens, 1, len(doc.tokens), ("roundup_acts",)):
            if doc.between("number", c.tok_start - 1, c.tok_start) or \
                    self.cues.first(doc.tokens, c.tok_start - 1, c.tok_start, ("quantity",)) is not None:
                openers.append((c, True))
        if not openers:
            return {}
        found: dict[int, Mention] = {}
        order = sorted(attacks, key=lambda e: e.first.tok_start)
        for c, counted in openers:
            s = doc.sentences[doc.sentence_of_token(c.tok_start)]
            dates = doc.between("date", s.tok_start, c.tok_start)
            if not dates or counted and dates[-1].value.precision != "day":
                continue
            for e in order:
                if e.first.tok_start < s.tok_end and not (
                        doc.sentences[e.first.sentence].paragraph == 0 < s.paragraph and
                        any(m.tok_start >= s.tok_end for m in e.mentions)):
                    continue
                if e.dates:
                    break                    # the list goes on past its day, or has ended
                if not e.first.background:
                    found[id(e)] = dates[-1]
        return found

    def assemble(self, doc: Document, article: Article) -> Assembly:
        mentions, not_acts = self.mentions(doc)
        denied = [n.trigger for n in not_acts if n.factuality == "negated"]
        def campaigns() -> list[Attack]:
            """Only the clauses that name a weapon and a side can give one (most name neither)."""
            clauses = [self.mentions.clause_of(doc, n.trigger) for n in not_acts
                       if n.factuality in self.campaign_factualities]
            return [self.arguments.of(doc, em, set()) for em in clauses
                    if doc.between("weapon", em.tok_start, em.tok_end) and (
                        doc.between("actor", em.tok_start, em.tok_end)
                        or doc.between("actor_adjective", em.tok_start, em.tok_end))]
        attacks, decisions = self.coreference(doc, self.arguments(doc, mentions), denied, campaigns)
        listed = self._list_dates(doc, attacks)
        events = [self.fields.record(doc, article, a, lead=self._leads(a, attacks), listed=listed.get(id(a)))
                  for a in attacks]
        return Assembly(doc, events, attacks, mentions, not_acts, decisions)
