"""Stage 4b, arguments: the mentions each event mention owns.

Inside its clause: dates (not those of a statement about the act: "أعلنت ... الثلاثاء"),
places (not reference points like "شمال بغداد", nor the dateline, nor a capital that stands
for its government: "بين بغداد وواشنطن"), targets, weapons, actors, casualties; and, of the
actors, its agents: the one who claims it, is accused or suspected of it, or is reported
doing it ("أطلق مسلحون", "غارة أمريكية") — not the source of a report.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta

from ..document import Document, Mention
from ..extract.dates import DateValue
from ..extract.places import SPECIFICITY
from ..lexicon import Lexicon
from ..normalise import normalise_phrase
from ..phrases import Cues
from ..tokenise import KeyMaker
from .agents import Agent, Agents, held_place
from .growing import SMALL, members
from .mentions import EventMention
from .words import AssemblyWords

_FINENESS = {"day": 0, "week": 1, "month": 2, "year": 3}
REPORTING_CUES = ("source", "announce", "claim", "reaction", "aftermath")


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
    agents: list[Agent] = field(default_factory=list)

    reported: set[int] = field(default_factory=set)   # ids of dates that date a report, not the act
    victims: set[int] = field(default_factory=set)    # ids of target nouns that tell who the victims were
    relatives: list[Mention] = field(default_factory=list)  # "شرق بغداد": a place only as reference
    simultaneous: bool = False      # "وبالتزامن، ...": at the time of the attack reported before
    another: bool = False           # "صاروخ آخر": not the attack reported before
    inherited: list[str] = field(default_factory=list)          # arguments shared from a coordinated clause
    part: int = 0                   # the second of "هجومين" that name no place apart
    same_time_as: "Attack | None" = None   # the report whose time a coordinated clause shares
    joined: str | None = None       # how its clause is joined to the one before: coordinated, simultaneous
    launch_sites: list[Mention] = field(default_factory=list)   # "أطلقت من قضاء الدجيل"
    locators: list[Mention] = field(default_factory=list)       # "قاعدة بلد قرب مدينة بلد": the town
    day_shift: "tuple[int, int, int] | None" = None   # "في اليوم التالي": (days, tok_start, tok_end) of the cue
    same_place: bool = False        # "في السوق نفسه": at the place of the attack told before
    incident: bool = False          # "وفي حادثة منفصلة، ...": another incident, not one more of the side told before
    returned: bool = False          # "وعاودت المسيرة استهداف ...": the side told before came back and struck again
    answered: bool = False          # "ردا على هجوم بطائرة مسيرة ...": the act answered, by another side

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    @property
    def date(self) -> Mention | None:
        """The attack's date: the first that is not the date of a statement about it
        ("وزعمت ميليشيا ... الثلاثاء مسؤوليتها"), else the first; made finer by a later one
        inside its period ("في أغسطس ... يوم 14 أغسطس")."""
        pool = [m for m in self.dates if id(m) not in self.reported] or self.dates
        if not pool:
            return None
        first = pool[0].value
        finer = [m for m in pool[1:] if _FINENESS.get(m.value.precision, 9) < _FINENESS.get(first.precision, 9)
                 and None not in (m.value.first_day, first.first_day)
                 and first.first_day <= m.value.first_day and m.value.last_day <= first.last_day]
        return (finer or pool)[0]

    def absorb(self, other: "Attack") -> None:
        for name in ("mentions", *ARGUMENT_KINDS, "triggers", "agents"):
            mine = getattr(self, name)
            if len(mine) < SMALL:
                mine.extend(m for m in getattr(other, name) if m not in mine)
            else:
                self._take(name, mine, other)
        self.reported |= other.reported
        self.victims |= other.victims
        for name in ("relatives", "launch_sites", "locators", "inherited"):
            mine = getattr(self, name)
            if len(mine) < SMALL:
                mine.extend(m for m in getattr(other, name) if m not in mine)
            else:
                self._take(name, mine, other)

    def _take(self, name: str, mine: list, other: "Attack") -> None:
        """``mine.extend(m for m in other's list if m not in mine)`` for a long list, with its
        members kept as a set: absorbing stays linear in the article's length."""
        here = members(self, name, mine)
        for m in getattr(other, name):
            if m not in here:
                mine.append(m)
                here.add(m)


def share_dates(doc: Document, a: Attack, source: Attack, day: Mention | None) -> None:
    """``a`` happened at the time of ``source`` (whose date is ``day``): it takes its dates;
    a day counted from it ("وفي اليوم التالي") is a date of its own, at the words that count it."""
    a.dates, a.reported = list(source.dates), set(source.reported)
    if not a.day_shift or not a.day_shift[0] or day is None or id(day) in source.reported \
            or day.value.precision != "day" or day.value.first_day is None:
        return
    days, lo, hi = a.day_shift
    toks = doc.tokens
    value = DateValue((day.value.first_day + timedelta(days=days)).isoformat(), "day", None)
    a.dates, a.reported = [Mention("date", toks.token_starts[lo], toks.token_ends[hi - 1], lo, hi, a.first.sentence,
                                   value)], set()


class Arguments:
    def __init__(self, words: AssemblyWords, keymaker: KeyMaker, cues: Cues):
        self.cues = cues
        self.keymaker = keymaker
        self.windows = words.windows
        self.dateline_marks = frozenset(words.dateline_marks)
        self.list_heading_mark = words.list_heading_mark
        self.quote_marks = frozenset(words.quote_marks)
        self.coordinators = Lexicon(((w, True) for w in words.coordinators), keymaker)
        self.agents = Agents(words, cues)
        self.relative_pronouns = frozenset(normalise_phrase(w) for w in words.relative_pronouns)
        self.instrumental = normalise_phrase(words.instrumental)
        self.locative = normalise_phrase(words.locative)
        self.acting_kinds = frozenset(words.acting_kinds)
        self.simultaneous_joiners = Lexicon(((w, True) for w in words.simultaneous_joiners), keymaker)
        self.day_shifts = dict(words.day_shifts)
        self.day_shift_cues = tuple(words.day_shifts)
        self.day_counted_cues = tuple(k for k, days in words.day_shifts.items() if days)
        self.interval_days = {normalise_phrase(w): n for w, n in words.interval_days.items()}
        self.interval_earlier = frozenset(normalise_phrase(w) for w in words.interval_earlier)

    def __call__(self, doc: Document, mentions: list[EventMention]) -> list[Attack]:
        """The attack each event mention reports, with the arguments of its clause and those
        it inherits from the clause it is coordinated with."""
        excluded = self.dateline_places(doc)
        reports: list[Attack] = []
        for em in mentions:
            a = self.of(doc, em, excluded)
            joined = self._joined(doc, reports[-1].first, em) if reports else None
            if joined is not None:
                a.joined = joined
                self._inherit(doc, a, reports[-1], dates_only=joined == "simultaneous")
            reports.append(a)
        return reports

    def _joined(self, doc: Document, prev: EventMention, em: EventMention) -> str | None:
        """How a clause is joined to the one before it in the same sentence:
        ``coordinated`` by "كما", "ثم" or by و on its first trigger after a comma
        ("استهدفت قاعدة الشدادي يوم الاثنين بالصواريخ، كما استهدفت حقل العمر");
        ``simultaneous`` by "في الوقت الذي", "بينما" ...; else None."""
        if prev.sentence != em.sentence or em.apart:     # another act, at another time
            return None
        toks = doc.tokens
        if self.coordinators.longest_at(toks, em.tok_start, em.tok_end) is not None:
            return "coordinated"
        if self.simultaneous_joiners.longest_at(toks, em.tok_start, em.tok_end) is not None or \
                self.simultaneous_joiners.longest_at(toks, em.tok_start + 1, em.tok_end) is not None:
            return "simultaneous"
        first = min(em.live, key=lambda t: t.tok_start)
        if first.tok_start <= em.tok_start + 1 and self.keymaker.coordinated(toks[first.tok_start].text):
            return "coordinated"
        return None

    def _inherit(self, doc: Document, a: Attack, prev: Attack, dates_only: bool) -> None:
        """What a coordinated clause leaves out, it shares with the clause before: the date,
        the weapons and who did it (not the place or target: those tell the acts apart).
        A clause of the same time shares only the date."""
        if not a.dates:
            share_dates(doc, a, prev, prev.date)
            a.inherited.append("dates")
            a.same_time_as = prev.same_time_as or prev
        if dates_only:
            return
        if not a.weapons:
            a.weapons = list(prev.weapons)
            a.inherited.append("weapons")
        if not a.agents:
            a.agents = list(prev.agents)
            a.inherited.append("agents")

    def of(self, doc: Document, em: EventMention, excluded_places: set[int]) -> Attack:
        """The attack ``em`` reports, with the arguments in its clause."""
        def inside(kind):
            return doc.between(kind, em.tok_start, em.tok_end)

        clause_actors, clause_places, clause_targets = inside("actor"), inside("place"), inside("target")
        # "اغتالت إسرائيل القيادي", "شنت الولايات المتحدة وبريطانيا غارات": a state named right
        # after an active verb is who did it, not where (after "تعرضت" it is what was hit)
        verb_ends = {t.tok_end for t in em.live if not t.value.noun and not t.value.trigger.passive}
        acting_states, acting_ends = set(), set()
        for a in sorted(clause_actors, key=lambda a: a.tok_start):   # and one joined to it by و
            if a.tok_start in verb_ends or (a.tok_start in acting_ends
                                            and self.keymaker.coordinated(doc.tokens.texts[a.tok_start])):
                acting_states.add(a.tok_start)
                acting_ends.add(a.tok_end)
        acting_states |= self._blame_parties(doc, em, clause_actors, clause_places)
        # "فصائل مدعومة من إيران": a backer, no place
        acting_states |= {c.tok_end for c in self.cues.matches(doc.tokens, em.tok_start, em.tok_end, ("backed_by",))}
        answered = self._answered(doc, em)      # "ردا على هجوم استهدف مستوطنة المطلة": its places are its own
        places = [p for p in clause_places if p.tok_start not in acting_states
                  and (answered or not self._avenged(doc, em, p)) and not self._command_area(doc, p) and not self._outlet_name(doc, p)
                  and not self._hospital_taken_to(doc, p, self.windows.hospital_place_after)]
        place_tokens = {i for p in places for i in range(p.tok_start, p.tok_end)}
        actors = [a for a in clause_actors if a.tok_start not in place_tokens]   # "سفارة واشنطن"
        actor_tokens = {i for a in actors for i in range(a.tok_start, a.tok_end)}
        places = [p for p in places
                  if not p.value.relative and id(p) not in excluded_places and p.tok_start not in actor_tokens
                  and not self._coordinated_with_actor(doc, p, actors)]
        places = self._uncommemorated(doc, em, [p for p in places if not self._span_place(doc, em, p)])
        launch_sites = self._launch_sites(doc, em, places)
        places = [p for p in places if p not in launch_sites]
        beside = [p for p in clause_places if p.value.relative and p.value.place.kind == "town"]
        places = [p for p in places if p not in self._outside_unit(doc, places, beside)]
        locators = self._locators(doc, places)
        places = [p for p in places if p not in locators]
        dates = self._anniversaries([d for d in inside("date") if d.value.relation == "point"
                                     and not self._in_comparison(doc, em, d) and not self._span_start(doc, em, d)
                                     and not self._death_date(doc, em, d) and not self._outlet_name(doc, d)])
        dates = self._before_interval(doc, em, dates)
        dates = self._not_in_later_clause(doc, em, dates)
        first = min(t.tok_start for t in em.live)
        # "أجرى وفد، اليوم الأحد، زيارة لموقع القصف الإيراني والذي استهدف منزلا": an act named
        # only by a definite noun (and a relative clause on it) is known already; a date before
        # it is another predicate's
        only_nouns = all((t.value.definite and t.value.noun) or self._relative(doc, t) for t in em.live)
        reported = {id(m) for m in dates
                    if self._report_date(doc, em, m) or (only_nouns and m.tok_start < first)
                    or self._main_clause_date(doc, em, m, dates) or self._before_complement(doc, em, m, dates)}
        relatives = [p for p in clause_places if p.value.relative and p.tok_start not in actor_tokens]
        used = self._unseized(doc, em, self._unnamed(doc, self._in_action(doc, inside("weapon"))))
        weapons = self._struck_vehicles(doc, em, self._unheld(doc, used, actors), clause_targets)
        sentence = doc.sentences[em.sentence]
        w = self.windows
        # "وفي صباح اليوم التالي": a day counted from the act before wins over a part of the day
        shift = self.cues.first(doc.tokens, sentence.tok_start, em.tok_end, self.day_counted_cues) or \
            self.cues.first(doc.tokens, sentence.tok_start, em.tok_end, self.day_shift_cues)
        # "عاد الطيران بعد ساعات واستهدف ...": the side came back, on the day told
        returned = self._returned(doc, em)
        simultaneous = em.tok_start == sentence.tok_start and self.cues.first(
            doc.tokens, sentence.tok_start, min(sentence.tok_end, sentence.tok_start + w.simultaneous_at_start),
            ("simultaneous",)) is not None or shift is not None or returned
        # "وكانت عبوة مماثلة قد انفجرت الأحد الماضي": a similar one told as earlier is another
        kinds = ("another", "similar") if em.background else ("another",)
        another = em.apart or any(self.cues.first(doc.tokens, m.tok_end, min(em.tok_end, m.tok_end + w.another_after),
                                                  kinds)
                                  for m in [*weapons, *(t for t in em.live if t.value.noun)]) \
            or any(self.cues.first(doc.tokens, t.tok_end, min(em.tok_end, t.tok_end + w.another_after), ("later",))
                   for t in em.live) or returned   # not "وسقطت الأخرى"; "انفجرت لاحقا", "عاد الطيران واستهدف": a later act
        incident = em.tok_start == sentence.tok_start and self.cues.first(
            doc.tokens, sentence.tok_start, min(sentence.tok_end, sentence.tok_start + w.simultaneous_at_start),
            ("apart_opening",)) is not None       # "وفي حادثة منفصلة، أطلق مجهولون النار"
        another = another or incident
        agents = self.agents(doc, em, actors, weapons)
        agent_tokens = {i for g in agents for i in range(g.mention.tok_start, g.mention.tok_end)}
        doer_tokens = {i for g in agents if g.role != "near" for i in range(g.mention.tok_start, g.mention.tok_end)}
        weapon_tokens = {i for w in weapons for i in range(w.tok_start, w.tok_end)}
        # not a word of a town's name ("جسر الشغور", "سوق الشيوخ"): only a site's name is what was hit
        town_tokens = {i for p in clause_places if p.value.place.kind != "site" for i in range(p.tok_start, p.tok_end)}
        named = [t for t in clause_targets if t.value.type is not None       # not "شاحنة مفخخة"
                 and t.tok_start not in weapon_tokens                          # "تفجير شاحنات ملغومة"
                 and t.tok_start not in town_tokens]
        # "قتلت القوات الأمريكية 11 مسلحا", "المتمردين شنوا الهجوم على الموقع": a noun inside
        # the name of who did it, or the subject of an attack verb, is not what was hit; inside
        # an actor only near the trigger, unless it is the only one ("استُهدفت القوات
        # الأمريكية": a passive reads like an agent)
        doer_starts = {g.mention.tok_start for g in agents if g.role != "near"}
        named = [t for t in named if not self._subject(doc, em, t) and t.tok_start not in doer_tokens
                 and not self._doers_men(doc, t, doer_starts) and not self._speaker(doc, t)
                 and not self._hospital_taken_to(doc, t, 0)]
        targets = [t for t in named if t.tok_start not in agent_tokens] or named
        victims = {id(t) for t in targets if self._victims(doc, t)}
        acts = {t.tok_start for t in em.live}
        casualties = [c for c in inside("casualty") if not self._attempted(doc, c) and (
                      acts.intersection(range(c.tok_start, c.tok_end)) or not self._other_acts_toll(doc, em, c))]
        return Attack([em], dates, places, targets, weapons, actors, casualties, list(em.live),
                      agents=agents, reported=reported, victims=victims, relatives=relatives,
                      simultaneous=simultaneous, another=another, launch_sites=launch_sites, locators=locators,
                      day_shift=(em.apart_days, em.tok_start, first) if em.apart_days else
                      None if shift is None else (self.day_shifts[shift.kind], shift.tok_start, shift.tok_end),
                      same_place=self.cues.first(doc.tokens, em.tok_start, em.tok_end, ("same_place",)) is not None,
                      incident=incident, returned=returned, answered=answered)

    def _blame_parties(self, doc: Document, em: EventMention, actors: list[Mention], places: list[Mention]
                       ) -> set[int]:
        """"حملت أنقرة حزب العمال مسؤولية الهجوم", "اتهمت قسد تركيا بتنفيذ الهجوم", "حملت السفارة
        الأمريكية الفصائل مسؤولية القصف": the state, capital or mission right after a verb of
        blaming blames, and the actor right after it is blamed; after an accuser no gazetteer
        names ("اتهمت الحكومة السورية إسرائيل"), the first actor a few words on is blamed. The
        subject right before the verb blames too ("وكانت واشنطن قد حملت الفصائل مسؤولية").
        Neither is where the attack was. Where each starts."""
        blames = list(self.cues.matches(doc.tokens, em.tok_start, em.tok_end, ("accuse", "blame")))
        if not blames:
            return set()
        ends = {c.tok_end for c in blames}
        # "وكانت الولايات المتحدة قد حملت الفصائل مسؤولية الهجوم": the subject before the verb blames too
        verbs = [c for c in blames if "role" not in c.payloads]          # not "مسؤولية" itself
        before = {c.tok_start for c in verbs} | {c.tok_start - 1 for c in verbs if c.tok_start > 0 and
                                                 self.cues.first(doc.tokens, c.tok_start - 1, c.tok_start, ("modal",))}
        accusers = [m for m in [*actors, *places] if m.tok_start in ends or m.tok_end in before]
        accused = {a.tok_end for a in accusers}
        reach = self.windows.accused_after
        accused |= {min((a.tok_start for a in actors if e < a.tok_start <= e + reach), default=-1)
                    for e in ends - {m.tok_start for m in accusers}}
        return {a.tok_start for a in accusers} | {a.tok_start for a in actors if a.tok_start in accused}

    def _in_action(self, doc: Document, weapons: list[Mention]) -> list[Mention]:
        """Not the aircraft a verb of flying has as its subject ("تزامنا مع ذلك، حلقت طائرات
        حربية ومسيرة في أجواء المنطقة"): they flew over, they struck nothing."""
        return [w for w in weapons if not (w.tok_start and self.cues.first(
                doc.tokens, w.tok_start - 1, w.tok_start, ("flying",)) is not None)]

    def _unseized(self, doc: Document, em: EventMention, weapons: list[Mention]) -> list[Mention]:
        """Not the weapons a verb of finding or seizing has as its object a few words before them
        ("وعثرت على أحزمة ناسفة وأسلحة مختلفة", "وضبط كميات من المواد المخدرة وأسلحة أوتوماتيكية
        وقذائف صاروخية"), nor those joined to them by و: they were found after the act. Not when
        the verb is this act's own (a launcher seized with its rockets), nor past an act or a toll."""
        reach = self.windows.seized_after
        if not weapons or not reach:
            return weapons
        own = {i for t in em.live for i in range(t.tok_start, t.tok_end)}
        verbs = [c.tok_end for c in self.cues.matches(doc.tokens, em.tok_start, em.tok_end, ("seized",))
                 if c.tok_start not in own]
        if not verbs:
            return weapons
        kept, last = [], -1
        for w in sorted(weapons, key=lambda w: w.tok_start):
            found = any(v <= w.tok_start <= v + reach and not doc.between("trigger", v, w.tok_start)
                        and not doc.between("casualty", v, w.tok_start) for v in verbs) \
                or (last >= 0 and w.tok_start - last <= 1 and self.keymaker.coordinated(doc.tokens.texts[w.tok_start]))
            if found:
                last = w.tok_end
            else:
                kept.append(w)
        return kept

    def _unheld(self, doc: Document, weapons: list[Mention], actors: list[Mention]) -> list[Mention]:
        """Not the weapons in a place an armed side held that was hit ("غارات على منصات
        لإطلاق الصواريخ تابعة للحوثيين", "مستودعات صواريخ لحزب الله"): they were the target."""
        if not weapons:
            return weapons
        held = [h for m in actors if m.value.kind != "unidentified"
                for h in [held_place(self.cues, doc.tokens, m)] if h is not None]
        return [w for w in weapons if not any(h.tok_start <= w.tok_start < h.tok_end for h in held)]

    def _unnamed(self, doc: Document, weapons: list[Mention]) -> list[Mention]:
        """Not a weapon that names a unit or a post ("قائدا في وحدة الصواريخ", "مسؤول وحدة
        المسيرات في الحزب"): no weapon of this act."""
        return [w for w in weapons if (hit := self.cues.first(doc.tokens, max(0, w.tok_start - 1), w.tok_start,
                                                              ("weapon_unit",))) is None or hit.tok_end != w.tok_start]

    def _struck_vehicles(self, doc: Document, em: EventMention, weapons: list[Mention], nouns: list[Mention]
                         ) -> list[Mention]:
        """Not a weapon that is also a target noun ("دبابة") when it is the object of an attack
        verb and another weapon is its instrument ("استهدفوا دبابة ميركافا بصاروخ موجه"): the
        tank was hit."""
        if len(weapons) < 2 or not nouns:
            return weapons
        texts = doc.tokens.texts
        objects = {t.tok_end for t in em.live if not t.value.noun and not t.value.trigger.needs_weapon}
        # past the subject between the verb and its object: "استهدف حزب الله دبابة إسرائيلية"
        objects |= {a.tok_end for a in doc.between("actor", em.tok_start, em.tok_end) if a.tok_start in objects}
        noun_starts = {n.tok_start for n in nouns}
        struck = [w for w in weapons
                  if w.tok_start in noun_starts and (w.tok_start in objects or w.tok_start - 1 in objects)
                  and any(o.tok_start >= w.tok_end and texts[o.tok_start].startswith(self.instrumental)
                          for o in weapons)]
        return [w for w in weapons if w not in struck]

    def _answered(self, doc: Document, em: EventMention) -> bool:
        """The clause names the act another is an answer to ("نفذت القوات الأمريكية ضربات ...،
        ردا على هجوم بطائرة مسيرة استهدف قاعدة حرير"): a word of retaliation right before its
        first act noun."""
        first = em.live[0]
        hit = self.cues.first(doc.tokens, max(em.tok_start, first.tok_start - 2), first.tok_start, ("retaliation",))
        return first.value.noun and hit is not None and hit.tok_end == first.tok_start

    def _avenged(self, doc: Document, em: EventMention, p: Mention) -> bool:
        """"قائلة إنه جاء ردا على المجازر في غزة": a place right after a word of retaliation
        is where the avenged act was, not this one."""
        return self.cues.first(doc.tokens, max(em.tok_start, p.tok_start - self.windows.avenged_before), p.tok_start,
                               ("retaliation",)) is not None

    def _victims(self, doc: Document, t: Mention) -> bool:
        """Whether a civilian noun tells who the dead and wounded were ("قتل 30 شخصا بينهم
        نساء وأطفال"), not what was aimed at. Forces among them ("بينهم ثلاثة من رجال
        الشرطة") still say what the attack hit."""
        return t.value.type == "civilian" and self.cues.first(doc.tokens, max(0, t.tok_start - self.windows.victims_before), t.tok_start,
                               ("victims",)) is not None

    def _relative(self, doc: Document, t: Mention) -> bool:
        """A verb in a relative clause ("القصف الذي استهدف", "والذي استهدف"): it describes the
        noun before it."""
        if t.tok_start == 0:
            return False
        word = doc.tokens.texts[t.tok_start - 1]
        return word in self.relative_pronouns or (self.keymaker.conjoined(word) and word[1:] in self.relative_pronouns)

    def _main_clause_date(self, doc: Document, em: EventMention, d: Mention, dates: list[Mention]) -> bool:
        """"شيع العراقيون اليوم جثمان القيادي الذي قتل بغارة مساء الأربعاء": when the act is
        told in a relative clause with a date of its own, a date before the clause is the main
        predicate's (the funeral's), not the act's."""
        rel = next((t.tok_start - 1 for t in em.live if self._relative(doc, t)), None)
        if rel is None:
            rel = self._relative_on_act(doc, em)
        return rel is not None and d.tok_end <= rel and any(o.tok_start > rel for o in dates)

    def _before_complement(self, doc: Document, em: EventMention, d: Mention, dates: list[Mention]) -> bool:
        """"ذكرت وكالة الأنباء العراقية (واع)، اليوم الخميس، أن صاروخين سقطا مساء أمس على ...": when
        the act is told in the clause "أن" opens, with a date of its own, a date before "أن" is
        the main verb's (the report's), not the act's; so is a date after a verb of reporting and
        before the act's word when the act's own date follows that word ("كشف مصدر أمني لـ"شفق
        نيوز"، اليوم الخميس، عن انفجار عبوة ناسفة ليل أمس")."""
        first = min(t.tok_start for t in em.live)
        if d.tok_end > first or len(dates) < 2:
            return False
        comp = self.cues.first(doc.tokens, d.tok_end, first, ("complementizer",))
        if comp is not None and any(o.tok_start >= comp.tok_end for o in dates if o is not d):
            return True
        # "أكدت مصادر أمنية وأخرى محلية في محافظة الأنبار، اليوم الخميس، سقوط صاروخين مساء أمس":
        # after a verb of reporting, before the act's word and the act's own date
        return any(o.tok_start >= first for o in dates if o is not d) and \
            self.cues.first(doc.tokens, em.tok_start, d.tok_start, REPORTING_CUES) is not None

    def _relative_on_act(self, doc: Document, em: EventMention) -> int | None:
        """"استذكر العراقيون السبت ضحايا تفجير الكرادة الذي وقع في تموز 2016": where a relative
        pronoun follows the act noun (and the name after it), the clause it opens tells of the act."""
        texts = doc.tokens.texts
        for t in em.live:
            if t.value.noun:
                for j in range(t.tok_end, min(em.tok_end, t.tok_end + self.windows.relative_after_act)):
                    if texts[j] in self.relative_pronouns:
                        return t.tok_start
        return None

    def _in_comparison(self, doc: Document, em: EventMention, d: Mention) -> bool:
        """"تعرض رتل لهجوم، وهو الرابع من نوعه هذا الأسبوع": a date after the act, in a
        comparison said of it ("وهو"/"وهذا" + an ordinal or superlative, "وهو الهجوم الثاني"), dates
        the count, not the act."""
        last = max(t.tok_end for t in em.live)
        if d.tok_start < last:
            return False
        sup = self.cues.first(doc.tokens, last, d.tok_start, ("superlative",))
        return sup is not None and self.cues.first(doc.tokens, max(em.tok_start, sup.tok_start - 3), sup.tok_start,
                                                   ("compared_subject",)) is not None   # "وهو (الهجوم) الثاني"

    def _not_in_later_clause(self, doc: Document, em: EventMention, dates: list[Mention]) -> list[Mention]:
        """"بأن الصواريخ أطلقت من منطقة قريبة، قبل أن تعثر القوات الأمنية صباح اليوم على منصة
        الإطلاق": a date in a clause that a conjunction of time or contrast opens after the act,
        and that tells no act, is that clause's predicate's (not one of "فيما كان ...": while)."""
        if not dates:
            return dates
        last = max(t.tok_end for t in em.live)
        if all(d.tok_start < last for d in dates):
            return dates
        opener = self.cues.first(doc.tokens, last, max(d.tok_start for d in dates), ("later_clause",))
        if opener is None or any(t.tok_start >= opener.tok_end for t in em.live) or \
                self.cues.first(doc.tokens, opener.tok_end, opener.tok_end + 1, ("pluperfect",)) is not None:
            return dates        # "فيما كان الأكراد يحتفلون بعيد نوروز": while, at the act's time
        return [d for d in dates if d.tok_start < opener.tok_start]

    def _before_interval(self, doc: Document, em: EventMention, dates: list[Mention]) -> list[Mention]:
        """"ناقش مجلس النواب، الاثنين، ... بعد أسابيع من الغارة الأمريكية التي قتلت سليماني": a
        date before an interval that comes right before the act ("بعد أسابيع من", "بعد يومين على")
        is the main predicate's: the act was that long from it. Counted in hours it is the same
        day; in days (a word counts them), that many days off; else unknown."""
        if not dates:
            return dates
        toks, first = doc.tokens, min(t.tok_start for t in em.live)
        link = self.cues.first(toks, max(em.tok_start, first - 1), first, ("interval_links",))
        if link is None or link.tok_end != first:
            return dates
        unit = self.cues.first(toks, max(em.tok_start, link.tok_start - 1), link.tok_start, ("interval_units",))
        if unit is None or unit.tok_end != link.tok_start:
            return dates
        seq = self.cues.first(toks, max(em.tok_start, unit.tok_start - 2), unit.tok_start, ("sequence",))
        if seq is None:
            return dates
        before = [d for d in dates if d.tok_end <= seq.tok_start]
        if not before or self.cues.first(toks, unit.tok_start, unit.tok_end, ("interval_hours",)) is not None:
            return dates
        days = next((self.interval_days[k] for k in toks[unit.tok_start].keys if k in self.interval_days), None)
        later = any(k in self.interval_earlier for k in toks[seq.tok_start].keys)   # "بعد": the act came first
        out = []
        for d in dates:
            if d not in before:
                out.append(d)
            elif days is not None and d.value.precision == "day" and d.value.first_day is not None:
                day = d.value.first_day + timedelta(days=-days if later else days)
                out.append(replace(d, value=DateValue(day.isoformat(), "day", None)))
        return out

    def _uncommemorated(self, doc: Document, em: EventMention, places: list[Mention]) -> list[Mention]:
        """"وأحيت الكتيبة في مقرها بجنوب لبنان، الخميس، الذكرى الأولى لمقتل روني": the places
        before the anniversary that names the act are where it was commemorated."""
        if not places or places[0].tok_start >= em.live[0].tok_start:
            return places
        first = em.live[0]
        cue = self.cues.first(doc.tokens, max(em.tok_start, first.tok_start - self.windows.commemorated_before),
                              first.tok_start, ("commemoration",))
        if cue is None:
            return places
        return [p for p in places if p.tok_start >= cue.tok_end]

    def _span_place(self, doc: Document, em: EventMention, p: Mention) -> bool:
        """"وكان الهجوم الأول الذي يقتل فيه جنود أمريكيون منذ بدء الحرب في غزة": a place a few
        words after "منذ" is where what a span starts from took place, not this act (unless
        "منذ" starts a time: "منذ الأحد في حي الشيخ مقصود")."""
        reach = self.windows.since_place_after
        since = self.cues.first(doc.tokens, max(em.tok_start, p.tok_start - reach - 1), p.tok_start, ("since_act",))
        if since is None or not 0 < p.tok_start - since.tok_end <= reach:
            return False
        return not any(d.tok_start == since.tok_end for d in doc.between("date", since.tok_end, p.tok_start))

    def _span_start(self, doc: Document, em: EventMention, d: Mention) -> bool:
        """"فيما تشهد محافظة درعا فلتانا أمنيا منذ اتفاق التسوية عام 2018": a date a few words
        after "منذ" dates what a span starts from (an agreement, another act), not this act."""
        since = self.cues.first(doc.tokens, max(em.tok_start, d.tok_start - self.windows.since_date_after - 1),
                                d.tok_start, ("since_act",))
        return since is not None and 0 < d.tok_start - since.tok_end <= self.windows.since_date_after

    def _death_date(self, doc: Document, em: EventMention, d: Mention) -> bool:
        """"توفي أحد المصابين متأثرا بجروحه مساء أمس": a date this close to a death of wounds
        (after it, or between the verb and it: "توفي مساء أمس متأثرا بجروحه") dates the death,
        not the act that wounded."""
        w, toks = self.windows.death_date_near, doc.tokens
        before = self.cues.first(toks, max(em.tok_start, d.tok_start - w - 4), d.tok_start, ("died_of_wounds",))
        if before is not None and before.tok_end >= d.tok_start - w:
            return not any(before.tok_end <= t.tok_start < d.tok_start for t in em.live)
        after = self.cues.first(toks, d.tok_end, min(em.tok_end, d.tok_end + w + 4), ("died_of_wounds",))
        return after is not None and after.tok_start <= d.tok_end + w and \
            not any(d.tok_end <= t.tok_start < after.tok_start for t in em.live)

    @staticmethod
    def _anniversaries(dates: list[Mention]) -> list[Mention]:
        """"صادف أمس الذكرى الثالثة لاغتيال ...": the day named is the commemoration's; the act
        was that day, so many years before (its date read from the anniversary's words)."""
        anniversary = next((d for d in dates if d.value.anniversary), None)
        day = next((d for d in dates if d.value.precision == "day" and not d.value.anniversary
                    and not d.value.explicit_year), None)      # "وقعت في 17 نوفمبر 1997" is the act's own
        if anniversary is None or day is None or day.value.first_day is None:
            return dates
        then = day.value.first_day
        try:
            then = then.replace(year=then.year - anniversary.value.anniversary)
        except ValueError:                    # 29 February
            then = then.replace(year=then.year - anniversary.value.anniversary, day=28)
        derived = replace(anniversary, value=replace(anniversary.value, value=then.isoformat(), precision="day"))
        return [derived] + [d for d in dates if d is not anniversary and d is not day]

    # --- places in a role -------------------------------------------------------------------
    def _launch_sites(self, doc: Document, em: EventMention, places: list[Mention]) -> list[Mention]:
        """"أطلقت من منطقة زراعية في قضاء الدجيل", "انطلقت من الأراضي السورية": the places
        after an origin cue (up to a destination: "على", "باتجاه") are where the weapon was
        fired from: never where it landed, never an attack of their own."""
        out = []
        toks, w = doc.tokens, self.windows
        for j in self.cues["origin"].starts(toks, em.tok_start, em.tok_end):
            cue = self.cues["origin"].longest_at(toks, j, em.tok_end)
            if cue is None:
                continue
            reach = min(em.tok_end, cue.tok_end + w.launch_site_after)
            stop = self.cues.first(toks, cue.tok_end, reach, ("destination",))
            if stop is not None:
                reach = stop.tok_start
            out += [p for p in places if cue.tok_end <= p.tok_start < reach and p not in out]
        return out

    def _outside_unit(self, doc: Document, places: list[Mention], beside: list[Mention]) -> list[Mention]:
        """"حي الروضة في مدينة تعز": a name said to lie in a unit, when none of the places the
        gazetteers know by that name lies in the unit's governorate, is a namesake of what is
        meant (a quarter no gazetteer has): the unit is where the attack was. So is a quarter
        ("حي", "حارة") said to lie on a side of a town ``beside`` it ("حي الروضة شمال مدينة
        تعز"; not a town beside a town: "بلدة عقربا جنوب شرقي دمشق" may lie in the next unit)."""
        out = []
        toks = doc.tokens
        for prev in places:
            p = next((p for p in sorted([*places, *beside], key=lambda p: p.tok_start) if p.tok_start >= prev.tok_end),
                     None)
            if p is None or not p.value.place.admin1 or not prev.value.place.country:
                continue
            unit = self.cues.first(toks, prev.tok_end, p.tok_start, ("within_unit",))
            within = unit is not None and (unit.tok_start, unit.tok_end) == (prev.tok_end, p.tok_start)
            quarter = p in beside and p.tok_start - prev.tok_end <= self.windows.locator_gap and prev.tok_start and \
                self.cues.first(toks, prev.tok_start - 1, prev.tok_start, ("quarter",)) is not None
            if (within or quarter) and all(e.admin1 and e.admin1 != p.value.place.admin1
                                           for e in prev.value.candidates):
                out.append(prev)
        return out

    def _locators(self, doc: Document, places: list[Mention]) -> list[Mention]:
        """"قاعدة بلد الجوية قرب مدينة بلد", "قاعدة فكتوريا قرب مطار بغداد الدولي": a place
        right after a "near" cue that follows another place only locates that place; so does
        the unit a place is said to lie in, right after it ("بلدة عيناتا بقضاء بنت جبيل",
        "حي الروضة في مدينة مأرب", "حي كفرسوسة بدمشق")."""
        out = []
        toks, w = doc.tokens, self.windows
        for prev, p in zip(places, places[1:]):
            if p.tok_start - prev.tok_end > w.locator_gap or \
                    SPECIFICITY[prev.value.place.kind] > SPECIFICITY[p.value.place.kind]:
                continue                      # "إقليم كردستان قرب مطار أربيل": the airport is the place
            near = self.cues.first(toks, prev.tok_end, p.tok_start, ("near",))
            if near is not None and p.tok_start - near.tok_end <= 1:
                out.append(p)
                continue
            if not prev.value.place.country:
                continue                      # "منطقة الجبانة في مدينة الحديدة": no gazetteer has the first
            unit = self.cues.first(toks, prev.tok_end, p.tok_start, ("within_unit",))
            if unit is not None and unit.tok_start == prev.tok_end and unit.tok_end == p.tok_start or \
                    p.tok_start == prev.tok_end and toks.texts[p.tok_start].startswith(self.locative) and \
                    not p.value.place.name_ar.startswith(self.locative) and not prev.value.relative:
                out.append(p)
        return out

    # --- agents --------------------------------------------------------------------------
    def _subject(self, doc: Document, em: EventMention, m: Mention) -> bool:
        """The noun is who did it: right before an attack verb ("المتمردين شنوا الهجوم"), or
        after "من قبل", "على يد" ("خطفوا من قبل متمردين"). Not before a verb of killing, whose
        noun before it is the one killed ("امرأة قتلت"), nor before a verb that "من قبل" follows:
        that verb is passive, its noun the one it befell ("16 شرطيا خطفوا من قبل متمردين").
        Right after an active verb, with a count of people after it, the noun is the verb's
        subject too ("قتلت الشرطة ثلاثة مسلحين"; not "قتلت امرأة")."""
        for t in em.live:
            trigger = t.value.trigger
            if not t.value.noun and trigger.kind in self.acting_kinds and not trigger.passive and \
                    0 <= t.tok_start - m.tok_end <= 1 and not self._passive_by(doc, em, t):
                return True
            if not t.value.noun and not trigger.passive and m.tok_start == t.tok_end and \
                    any(n.tok_start == m.tok_end for n in doc.between("number", m.tok_end, m.tok_end + 1)) and \
                    not self.keymaker.is_definite(doc.tokens, m.tok_end):      # "الجنود الثلاثة": apposition
                return True
        by = self.cues.first(doc.tokens, max(em.tok_start, m.tok_start - 2), m.tok_start, ("by",))
        return by is not None

    def _doers_men(self, doc: Document, t: Mention, doer_starts: set[int]) -> bool:
        """"خلايا تابعة لتنظيم داعش هاجمت قرية": men said to belong to the side that did it
        are who did it, not what was hit."""
        owner = self.cues.first(doc.tokens, t.tok_end, t.tok_end + 1, ("owner",))
        return owner is not None and owner.tok_start == t.tok_end and owner.tok_end in doer_starts

    def _command_area(self, doc: Document, p: Mention) -> bool:
        """"وقال مصدر في قيادة عمليات بغداد إن العبوة زرعت": a place that names a command's
        area is part of an office's name, not where the attack landed; so is the place of the
        hospital the wounded were taken to ("نقل إلى مستشفى مديرية الخوخة"), and a capital that
        comments, or does not ("ولم يصدر تعليق فوري من أنقرة على الهجوم")."""
        cue = self.cues.first(doc.tokens, max(0, p.tok_start - 4), p.tok_start, ("command_area", "treated_at", "commenter"))
        return cue is not None and cue.tok_end == p.tok_start

    def _hospital_taken_to(self, doc: Document, m: Mention, after: int) -> bool:
        """"ونقلوا على إثرها إلى مستشفى الكندي في بغداد", "نقلا إلى مستشفى المخا": the hospital
        the wounded were taken to (``after`` = 0: its noun), and a place a few words after it,
        are neither what was hit nor where."""
        hit = self.cues.first(doc.tokens, max(0, m.tok_start - after - 3), m.tok_start + 1, ("taken_to_hospital",))
        return hit is not None and m.tok_start - after <= hit.tok_end and (after or hit.tok_end > m.tok_start)

    def _returned(self, doc: Document, em: EventMention) -> bool:
        """"عاد الطيران المعادي بعد نحو ثلاث ساعات واستهدف جسرا", "وعاودت المسيرة، بعد نصف ساعة،
        استهداف المكان": the clause's first act a few words after a verb of returning, as a verb
        joined by و (or, after a verb of resuming, as a verbal noun), is one more act, after
        the one told (not "وعاد البيان إلى هجوم الرطبة": back to the topic)."""
        first = em.live[0]
        lo = max(em.tok_start, first.tok_start - self.windows.returned_before)
        if not first.value.noun:
            hit = self.cues.first(doc.tokens, lo, first.tok_start, ("returned", "resumed"))
            return hit is not None and self.keymaker.coordinated(doc.tokens.texts[first.tok_start])
        return not first.value.definite and self.cues.first(doc.tokens, lo, first.tok_start, ("resumed",)) is not None

    def _outlet_name(self, doc: Document, m: Mention) -> bool:
        """'وقال مصدر في الشرطة لـ"بغداد اليوم" إن', 'لـ«عدن الغد»': a place or a date inside a
        short quoted name right after "لـ" or a media noun is part of a news outlet's name."""
        texts, w = doc.tokens.texts, self.windows.outlet_name_words
        opening = next((j for j in range(m.tok_start - 1, max(0, m.tok_start - w) - 1, -1)
                        if texts[j] in self.quote_marks), None)
        if not opening:
            return False
        closing = next((j for j in range(m.tok_end, min(len(texts), opening + w + 2)) if texts[j] in self.quote_marks), None)
        outlet = self.cues.first(doc.tokens, max(0, opening - 2), opening, ("outlet_before",))
        return closing is not None and closing - opening - 1 > m.tok_end - m.tok_start and \
            outlet is not None and outlet.tok_end == opening

    def _speaker(self, doc: Document, t: Mention) -> bool:
        """"وقال محافظ مأرب إن ...", "أعلن وزير الدفاع أن ...", "بحسب مسؤول": a person right
        after a verb of saying is who tells of the attack, not what it hit; so is the body a
        spokesman speaks for ("المتحدث باسم القوات المسلحة"), and forces right before a verb of
        what they did after it ("أن القوات الأمنية عثرت على منصة الإطلاق")."""
        return self.cues.first(doc.tokens, max(0, t.tok_start - 1), t.tok_start,
                               ("source", "announce", "on_behalf")) is not None or \
            self._responders(doc, t)

    def _responders(self, doc: Document, t: Mention) -> bool:
        """Forces right before or right after a verb of what they did after the attack (a word
        of their name may stand between): "أن القوات الأمنية عثرت", "وطوقت قوات الأمن المكان"."""
        toks = doc.tokens
        before = self.cues.first(toks, max(0, t.tok_start - 2), t.tok_start, ("responders",))
        if before is not None and before.tok_end == t.tok_start:
            return True
        after = self.cues.first(toks, t.tok_end, min(len(toks), t.tok_end + 4), ("responders",))
        return after is not None and after.tok_start <= t.tok_end + 1

    def _passive_by(self, doc: Document, em: EventMention, t: Mention) -> bool:
        """"خطفوا من قبل متمردين": the verb right before "من قبل", "على يد" is passive."""
        by = self.cues.first(doc.tokens, t.tok_end, min(em.tok_end, t.tok_end + 3), ("by",))
        return by is not None and by.tok_start == t.tok_end

    def _other_acts_toll(self, doc: Document, em: EventMention, c: Mention) -> bool:
        """"انتقاما لمقتل قائد", "بعد يومين على مقتل": a casualty noun right after a time anchor
        or a word of retaliation is another act's toll. An anchor word inside a date, after its
        first word ("الليلة قبل الماضية، وكان القتلى خمسة"), or the first word of a point in time
        ("وقع قبل أسبوعين وأودى بحياة 12"), is part of that date, no anchor."""
        cue = self.cues.first(doc.tokens, max(em.tok_start, c.tok_start - self.windows.casualty_anchor_before),
                              c.tok_start, ("anchor", "retaliation", "commemoration"))
        if cue is None:
            return False
        return not any((d.tok_start < cue.tok_start or d.value.relation == "point") and cue.tok_end <= d.tok_end
                       for d in doc.between("date", max(0, cue.tok_start - 4), cue.tok_start + 1))

    def _attempted(self, doc: Document, c: Mention) -> bool:
        """"تعرض المحافظ لمحاولة اغتيال": an attempt killed no one (and says nothing of the
        wounded)."""
        return self.cues.first(doc.tokens, max(0, c.tok_start - 1), c.tok_end, ("attempt",)) is not None

    def _report_date(self, doc: Document, em: EventMention, m: Mention) -> bool:
        """"أعلنت قوات الأمن، الثلاثاء، عن سقوط ...": the date of a statement (or of a funeral,
        "شيع المئات اليوم جثامين ..."), not of the act (unless a complementizer comes first:
        "أكدت أنه فجر اليوم، أن صاروخين ..."). The speaker's name between the verb and the date
        counts as one word ("أعلن جهاز مكافحة الإرهاب في إقليم كردستان، صباح اليوم")."""
        window = self.windows.report_date_set_off_before if self._set_off_before_acts(doc, em, m) \
            else self.windows.report_date_before
        lo, hi = m.tok_start - window, m.tok_start
        for actor in reversed(doc.between("actor", max(em.tok_start, lo - window), m.tok_start)):
            if actor.tok_end <= lo:
                break
            if actor.tok_end <= hi:          # one name, not one inside another
                lo -= actor.tok_end - actor.tok_start - 1
                hi = actor.tok_start
        lo = max(em.tok_start, lo)
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

    @staticmethod
    def _set_off_before_acts(doc: Document, em: EventMention, m: Mention) -> bool:
        """"قال الناطق الإعلامي باسم مديرية الأمن العام، اليوم الثلاثاء، إن ...": a date set off
        by commas before every act of its clause follows the subject of a statement, however long."""
        texts = doc.tokens.texts
        return 0 < m.tok_start and m.tok_end < len(texts) and texts[m.tok_start - 1] == "," == texts[m.tok_end] \
            and all(t.tok_start >= m.tok_end for t in em.live)

    def _coordinated_with_actor(self, doc: Document, p: Mention, actors: list[Mention]) -> bool:
        """"بين بغداد وواشنطن": a capital named beside a state stands for its government."""
        toks, joined = doc.tokens, self.keymaker.coordinated
        for a in actors:
            if a.tok_start == p.tok_end and joined(toks[a.tok_start].text):
                return True
            if a.tok_end == p.tok_start and joined(toks[p.tok_start].text):
                return True
        return False

    def _outlet_city(self, doc: Document, s, mark: int) -> int:
        """"الجزيرة نت - صنعاء:", "المسيرة نت - صعدة:": an outlet's name, a dash, then the city
        and a colon: the dateline runs to the colon. Where the dateline's mark is."""
        texts = doc.tokens.texts
        if texts[mark] != "-":
            return mark
        j = mark + 1
        for p in doc.between("place", mark + 1, min(s.tok_end, mark + 1 + self.windows.dateline_words)):
            if p.tok_start != j:
                break
            j = p.tok_end
        return j if mark + 1 < j < s.tok_end and texts[j] == ":" else mark

    def dateline_places(self, doc: Document) -> set[int]:
        """Places in a dateline ("بغداد -", "بغداد، العراق (CNN)--", "أربيل (كوردستان 24)-"):
        a few words at the start of a line, before a dash or colon."""
        out = set()
        texts = doc.tokens.texts
        marked = []
        for s in doc.sentences:
            if s.start and doc.norm[s.start - 1] != "\n":
                continue
            mark = next((k for k in range(s.tok_start, min(s.tok_end, s.tok_start + self.windows.dateline_words))
                         if texts[k] in self.dateline_marks), None)
            if mark is not None:
                marked.append((s, self._outlet_city(doc, s, mark)))
        # "عيترون: شن الطيران ...", "الخيام: استهدفت مسيرة ...", "جبهة حيس: قصفت المليشيا ...":
        # several lines of the body that open with a place and a colon are a list's headings,
        # each the place of what its line tells, not datelines
        headings = [m for s, m in marked if s.i > 0 and texts[m] == self.list_heading_mark and
                    doc.between("place", s.tok_start, m)]
        listed = len(headings) >= 2
        for s, mark in marked:
            if not (listed and s.i > 0 and texts[mark] == self.list_heading_mark):
                out.update(id(p) for p in doc.between("place", s.tok_start, mark))
        return out
