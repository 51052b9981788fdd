"""Stage 4: event assembly. Attack triggers with their arguments become events; mentions of
the same attack across the article become one event with all their evidence.

How (the reasons are in ANNOTATION.md):
1. Each sentence is cut into clauses at the separators that stand between two triggers
   ("، واستهدفت ...", "بينما سقطت ..."), so one sentence can report two attacks.
2. A clause is an attack report when one of its triggers is live: not negated, threatened,
   conditional, habitual, a count ("50 هجوما") or a series ("الهجمات").
3. Its arguments are the mentions inside it: dates, places (not reference points like
   "شمال بغداد" nor the dateline), targets, weapons, actors, casualties.
4. A clause with only a definite noun ("الهجوم") and nothing of its own refers back to the
   attack last reported; one that names the same place and a compatible date and weapon as
   an earlier report is that attack again. Either way its evidence and details are merged.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .article import Article
from .document import Document, Mention
from .extract.actors import Actor
from .extract.casualties import CasualtyCount
from .extract.places import SPECIFICITY, Place
from .extract.triggers import TriggerMention
from .extract.weapons import WeaponMention
from .gazetteers import Gazetteers, Table
from .lexicon import Lexicon
from .normalise import normalise_phrase
from .phrases import Cues
from .record import (EVENT_TYPE_OF, Casualties, DateField, Event, Location, Perpetrator, Source, Span,
                     Target, Weapon)
from .tokenise import KeyMaker


ATTRIBUTION_CUES = ("claim", "accuse", "suspect")
REPORTING_CUES = ("source", "announce", "claim")


class AssemblyWords(Table):
    """``assembly.yaml``: the words that cut sentences into clauses, and type defaults."""

    clause_separators: list[str]
    weak_separators: list[str]
    relative_pronouns: list[str]
    dateline_marks: list[str]
    compatible_weapons: list[list[str]]
    weapon_sub_event: dict[str, str]
    trigger_sub_event_default: dict[str, str]


@dataclass
class Clause:
    sentence: int
    tok_start: int
    tok_end: int
    triggers: list[Mention]
    live: list[Mention] = field(default_factory=list)

    def has(self, m: Mention) -> bool:
        return self.tok_start <= m.tok_start < self.tok_end


@dataclass
class Draft:
    """An event being assembled from one or more clauses."""

    clauses: list[Clause]
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
    def first(self) -> Clause:
        return self.clauses[0]

    @property
    def date(self) -> Mention | None:
        """The attack's date: the first that is not the date of a statement about it
        ("وزعمت ميليشيا ... الثلاثاء مسؤوليتها"), else the first."""
        acts = [m for m in self.dates if id(m) not in self.reported]
        return (acts or self.dates or [None])[0]

    def absorb(self, other: "Draft") -> None:
        for name in ("clauses", "dates", "places", "targets", "weapons", "actors", "casualties", "triggers"):
            mine = getattr(self, name)
            mine.extend(m for m in getattr(other, name) if m not in mine)
        self.reported |= other.reported
        self.relatives.extend(m for m in other.relatives if m not in self.relatives)


class EventAssembler:
    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker, cues: Cues):
        self.cues = cues
        self.keymaker = keymaker
        words = gazetteers.table("assembly", AssemblyWords)
        self.separators = Lexicon(((s, s in words.weak_separators) for s in words.clause_separators), keymaker)
        self.weapon_sub_event = words.weapon_sub_event
        self.trigger_default = words.trigger_sub_event_default
        self.blocking = ("future", "threat", "condition", "legal")
        self.places = {p.id: p for p in gazetteers.entries("places", Place)}
        self.admin1_names = {p.admin1: p.name for p in self.places.values()
                             if p.admin1 and p.kind in ("governorate", "region")}
        self.dateline_marks = frozenset(words.dateline_marks)
        self.relative_pronouns = frozenset(normalise_phrase(w) for w in words.relative_pronouns)
        self.compatible = {frozenset(pair) for pair in words.compatible_weapons}
        self._ancestors: dict[str, frozenset[str]] = {}

    # --- 1. live triggers, 2. clauses ---------------------------------------------------
    def clauses(self, doc: Document) -> list[Clause]:
        """Sentences cut into clauses between live triggers; clauses that count or
        generalise ("تعرضت لأكثر من 50 هجوما", "بشكل روتيني") are dropped."""
        by_sentence: dict[int, list[Mention]] = {}
        for t in doc.of("trigger"):
            by_sentence.setdefault(t.sentence, []).append(t)
        counts = {m.tok_end: m for m in doc.of("number")}
        weapon_tokens = {w.tok_start for w in doc.of("weapon")}
        out = []
        for s_i, trigs in sorted(by_sentence.items()):
            s = doc.sentences[s_i]
            trigs.sort(key=lambda m: m.tok_start)
            specific = self._specific_sentence(doc, s)
            live = [t for k, t in enumerate(trigs)
                    if self._is_live(doc, t, trigs[k - 1] if k else None, s, weapon_tokens, specific)]
            if not live:
                continue
            # a series ("ضربات", "عمليات استهداف") is live only in a specific sentence, and
            # never cuts it: the clauses are those of the single acts, if any
            single = [t for t in live if not self._in_series(doc, t, trigs)]
            cutters = single or live[:1]
            cuts = [s.tok_start]
            for a, b in zip(cutters, cutters[1:]):
                if b.value.trigger.continues:
                    continue
                cut = self._separator_between(doc, a.tok_end, b.tok_start, weak=not a.value.trigger.continues)
                if cut is not None:
                    cuts.append(cut)
            cuts.append(s.tok_end)
            for lo, hi in zip(cuts, cuts[1:]):
                clause = Clause(s_i, lo, hi, [t for t in trigs if lo <= t.tok_start < hi])
                clause.live = [t for t in live if clause.has(t)]
                if not clause.live:
                    continue
                if any(t.tok_start in counts and counts[t.tok_start].value.n != 1 for t in clause.triggers):
                    continue
                if self._cue_in(doc, lo, hi, ("habitual",)):
                    continue
                out.append(clause)
        return out

    def _in_series(self, doc: Document, t: Mention, trigs: list[Mention]) -> bool:
        """"هجمات", "عمليات قصف", "الهجمات التي تستهدف": a series, or an act inside one."""
        if t.value.plural:
            return True
        for p in trigs:
            if p.value.plural and (p.tok_end == t.tok_start or (
                    p.tok_end + 1 == t.tok_start and doc.tokens[p.tok_end].text in self.relative_pronouns)):
                return True
        return False

    @staticmethod
    def _specific_sentence(doc: Document, s) -> bool:
        """The sentence names a day and a place below country level: "عمليات استهداف رتلين
        ... في مدينتي السماوة واللطيفية، الخميس (10 كانون الاول 2020)" reports acts."""
        return any(d.value.precision == "day" and d.value.relation == "point"
                   for d in doc.between("date", s.tok_start, s.tok_end)) \
            and any(p.value.place.kind != "country" and not p.value.relative
                    for p in doc.between("place", s.tok_start, s.tok_end))

    def _is_live(self, doc: Document, t: Mention, prev: Mention | None, s, weapon_tokens, specific: bool) -> bool:
        """Reports an act: not a series, not negated, threatened, conditional or counted."""
        v: TriggerMention = t.value
        if self._in_series(doc, t, [prev] if prev is not None else []) and not specific:
            return False                                   # "هجمات", "عمليات قصف"
        if v.present and s.paragraph > 0:
            return False                                   # "الهجمات التي تستهدف البعثات"
        if v.trigger.needs_weapon and not any(
                j in weapon_tokens for j in range(max(s.tok_start, t.tok_start - 6), min(s.tok_end, t.tok_end + 10))):
            return False
        lo = max(s.tok_start, t.tok_start - 8, prev.tok_end if prev is not None else 0)
        if self._cue_in(doc, max(lo, t.tok_start - 1), t.tok_start, ("negation",)):
            return False                                   # "لن تستهدف", not "لم يؤد الهجوم"
        return self._cue_in(doc, lo, t.tok_start, self.blocking + ("quantity",)) is None

    def _separator_between(self, doc: Document, lo: int, hi: int, weak: bool = True) -> int | None:
        """The last separator between two triggers: what follows it belongs to the second.
        ``weak``: whether punctuation alone counts."""
        for j in range(hi - 1, lo - 1, -1):
            m = self.separators.longest_at(doc.tokens, j, hi)
            if m is not None and (weak or not m.payloads[0]):
                return j
        return None

    def _cue_in(self, doc: Document, lo: int, hi: int, kinds) -> str | None:
        """The first cue of one of ``kinds`` in tokens [lo, hi), if any."""
        toks = doc.tokens
        for j in self.cues.any.starts(toks, lo, hi):
            m = self.cues.any.longest_at(toks, j, hi)
            if m is not None:
                for k in m.payloads:
                    if k in kinds:
                        return k
        return None

    # --- 3. arguments ----------------------------------------------------------------
    def draft(self, doc: Document, clause: Clause, excluded_places: set[int]) -> Draft:
        def inside(kind):
            return doc.between(kind, clause.tok_start, clause.tok_end)

        places = inside("place")
        place_tokens = {i for p in places for i in range(p.tok_start, p.tok_end)}
        actors = [a for a in inside("actor") if a.tok_start not in place_tokens]   # "سفارة واشنطن"
        actor_tokens = {i for a in actors for i in range(a.tok_start, a.tok_end)}
        places = [p for p in places
                  if not p.value.relative and id(p) not in excluded_places and p.tok_start not in actor_tokens
                  and not self._coordinated_with_actor(doc, p, actors)]
        dates = [d for d in inside("date") if d.value.relation == "point"]
        first = min(t.tok_start for t in clause.live)
        only_nouns = all(t.value.definite and t.value.trigger.noun for t in clause.live)
        reported = {id(m) for m in dates
                    if self._report_date(doc, clause, m) or (only_nouns and m.tok_start < first)}
        relatives = [p for p in inside("place") if p.value.relative and p.tok_start not in actor_tokens]
        weapons = inside("weapon")
        sentence = doc.sentences[clause.sentence]
        simultaneous = clause.tok_start == sentence.tok_start and self._cue_in(
            doc, sentence.tok_start, min(sentence.tok_end, sentence.tok_start + 2), ("simultaneous",)) is not None
        another = any(self._cue_in(doc, m.tok_end, min(clause.tok_end, m.tok_end + 1), ("another",))
                      for m in [*weapons, *clause.live])
        return Draft([clause], dates, places, inside("target"), weapons, actors,
                     inside("casualty"), clause.live, reported, relatives, simultaneous, another)

    def _report_date(self, doc: Document, clause: Clause, m: Mention) -> bool:
        """"أعلنت قوات الأمن، الثلاثاء، عن سقوط ...": the date of a statement, not of the
        act (unless a complementizer comes first: "أكدت أنه فجر اليوم، أن صاروخين ...")."""
        lo = max(clause.tok_start, m.tok_start - 5)
        for j in reversed(list(self.cues.any.starts(doc.tokens, lo, m.tok_start))):
            cue = self.cues.any.longest_at(doc.tokens, j, m.tok_start)
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

    def is_reference(self, doc: Document, d: Draft) -> bool:
        """A definite noun ("هذا الهجوم", "القصف") with no place of its own refers back to
        the attack last reported (a date in its clause is usually another act's:
        "وتزامن هذا الهجوم مع إعلان ... الأربعاء"); so does one that is a time anchor
        ("دوت صافرات الإنذار في القنصلية عقب الهجوم"), whatever places its clause names."""
        if not self.refers_back(d):
            return False
        if not self.specific_places(d):
            return True
        return all(t.value.definite and t.value.trigger.noun
                   and self._cue_in(doc, max(0, t.tok_start - 2), t.tok_start, ("anchor",)) for t in d.triggers)

    @staticmethod
    def specific_places(d: Draft) -> list[Mention]:
        return [p for p in d.places if p.value.place.kind != "country"]

    def is_anchored(self, d: Draft) -> bool:
        """Enough to be one act: a date or a place below country level; or, for a finite
        verb trigger, a weapon or a target."""
        strong = [t for t in d.triggers if not t.value.trigger.weak]
        if self.specific_places(d):
            return True
        if not strong:
            return False                   # "بعد تصفية واشنطن لقائد": a verbal noun needs a place
        return bool(d.dates or d.weapons or d.targets)

    # --- 4. merging ------------------------------------------------------------------
    def is_detail_of(self, d: Draft, last: Draft) -> bool:
        """A report with neither a date nor a place ("وقالت مصادر إن صاروخين سقطا ...")
        adds detail to the attack just reported, if nothing in it conflicts."""
        if d.dates or self.specific_places(d):
            return False
        if self._act_kinds(d) != self._act_kinds(last):
            return False
        return self._weapons_compatible(self._weapon_types(d), self._weapon_types(last))

    def same_attack(self, a: Draft, b: Draft) -> bool:
        """Positive evidence that two reports in one article are one attack (they never
        conflict in date or kind of act):
        - the same site: two sources on one attack, even with different weapons;
        - the same town or a site within it, with a shared weapon, or one report that adds
          neither date nor weapon (a headline), or one that refers back ("الهجوم على ...");
        - the same date, with no conflicting place or weapon;
        - a dated report placed only in a country ("قاعدة عسكرية في العراق") or nowhere,
          and an undated one at a site there."""
        if self._act_kinds(a) != self._act_kinds(b):
            return False
        if self._dates_conflict(a, b):
            return False
        da, db = self._date_of(a), self._date_of(b)
        wa, wb = self._weapon_types(a), self._weapon_types(b)
        weapons_conflict = not self._weapons_compatible(wa, wb)
        pa, pb = self.specific_places(a), self.specific_places(b)
        if pa and pb:
            if not self._places_agree(a, b):
                return False
            x, y = self._best_place(pa), self._best_place(pb)
            if x.kind == "site" and y.kind == "site":
                return True
            return not weapons_conflict   # the same town and nothing in conflict
        if weapons_conflict:
            return False
        if da and db:
            return True                    # the same date, at most one of them placed
        # one placed and undated, the other dated (if only as a report) and placed nowhere
        # below its country: "سقوط صاروخين على قاعدة عسكرية ... الثلاثاء" / "بقاعدة عين الأسد"
        return bool((pa and not da and b.dates and not pb) or (pb and not db and a.dates and not pa))

    def _affinity(self, a: Draft, b: Draft) -> tuple:
        """Which of several compatible earlier reports a new one belongs to: the same date,
        then the same place, then a shared weapon, then one that is dated at all."""
        da, db = self._date_of(a), self._date_of(b)
        placed = bool(self.specific_places(a) and self.specific_places(b))
        return (bool(da and da == db), placed and self._places_agree(a, b),
                bool(self._weapon_types(a) & self._weapon_types(b)), bool(da))

    @staticmethod
    def refers_back(d: Draft) -> bool:
        return any(t.value.definite and t.value.trigger.noun for t in d.triggers)

    @staticmethod
    def _weapon_types(d: Draft) -> set[str]:
        return {m.value.weapon.type for m in d.weapons} - {"unknown"}

    def _weapons_compatible(self, wa: set[str], wb: set[str]) -> bool:
        if not wa or not wb or wa & wb:
            return True
        return any(frozenset((x, y)) in self.compatible for x in wa for y in wb)

    @staticmethod
    def _act_kinds(d: Draft) -> set[str]:
        """The kind of act, from the first trigger reported: an assassination or an
        abduction is not the rocket attack reported beside it."""
        kind = d.first.live[0].value.trigger.kind
        return {kind} if kind in ("assassination", "abduction") else {"attack"}

    @staticmethod
    def _dates_conflict(a: Draft, b: Draft) -> bool:
        """Two acts on different days; or an act after the day a statement reported it, or
        more than a day before it (a statement comes on the day of the act or the next)."""
        ma, mb = a.date, b.date
        if ma is None or mb is None or ma.value.value is None or mb.value.value is None:
            return False
        va, vb = ma.value.value, mb.value.value
        ra, rb = id(ma) in a.reported, id(mb) in b.reported
        if ra and rb:
            return False
        if ra or rb:
            stated, act = (ma, mb) if ra else (mb, ma)
            if None in (act.value.first_day, stated.value.first_day):
                return False
            return act.value.first_day > stated.value.last_day or \
                (stated.value.first_day - act.value.last_day).days > 1
        return va != vb and not (va.startswith(vb) or vb.startswith(va))

    @staticmethod
    def _date_of(d: Draft) -> str | None:
        """The date of the act itself, not of a statement about it."""
        m = d.date
        return m.value.value if m is not None and id(m) not in d.reported else None

    def ancestors(self, place: Place) -> frozenset[str]:
        """The ids of every place that contains this one (parent, its parent ...)."""
        got = self._ancestors.get(place.id)
        if got is None:
            chain, p = [], place
            while p.parent and p.parent not in chain and p.parent in self.places:
                chain.append(p.parent)
                p = self.places[p.parent]
            got = self._ancestors[place.id] = frozenset(chain)
        return got

    def _same_or_within(self, x: Place, y: Place) -> bool:
        """The same place, or one inside the other: by the gazetteer's parents, or a site
        and the town or governorate of its admin1 ("المطار العسكري في العاصمة بغداد")."""
        if x.id == y.id or x.name_ar == y.name_ar or x.id in self.ancestors(y) or y.id in self.ancestors(x):
            return True
        if (x.kind == "site") != (y.kind == "site") and x.admin1 and x.admin1 == y.admin1:
            other = y if x.kind == "site" else x
            return other.kind in ("town", "district", "governorate")
        return False

    def _places_agree(self, a: Draft, b: Draft) -> bool:
        return self._same_or_within(self._best_place(self.specific_places(a)),
                                    self._best_place(self.specific_places(b)))

    @staticmethod
    def _best_place(places: list[Mention]):
        return min((p.value.place for p in places), key=lambda pl: SPECIFICITY[pl.kind])

    # --- the whole article -----------------------------------------------------------
    def __call__(self, doc: Document, article: Article) -> list[Event]:
        excluded = self._dateline_places(doc)
        drafts: list[Draft] = []
        last: Draft | None = None          # the attack most recently reported
        for clause in self.clauses(doc):
            d = self.draft(doc, clause, excluded)
            if last is not None and not d.another and (self.is_reference(doc, d) or self.is_detail_of(d, last)):
                last.absorb(d)             # with nothing reported before, "الهجوم" is the first report
                continue
            if not self.is_anchored(d):
                continue
            if d.simultaneous and not d.dates and last is not None:
                d.dates, d.reported = list(last.dates), set(last.reported)
            same = [] if d.another else [e for e in drafts if self.same_attack(e, d)]
            if same:
                e = max(same, key=lambda e: self._affinity(e, d))
                e.absorb(d)
                last = e
            else:
                drafts.append(d)
                last = d
        self._merge_headline(drafts)
        drafts = [part for d in drafts for part in self.split_by_place(doc, d)]
        return [self.record(doc, article, d, lead=(i == 0)) for i, d in enumerate(drafts)]

    def _merge_headline(self, drafts: list[Draft]) -> None:
        """A first report with neither date nor place ("مقتل متعاقد مدني وإصابة جنود
        أمريكيين") is the headline of the first compatible attack reported after it."""
        if len(drafts) < 2 or drafts[0].dates or self.specific_places(drafts[0]):
            return
        head = drafts[0]
        for e in drafts[1:]:
            if self._act_kinds(e) == self._act_kinds(head) and \
                    self._weapons_compatible(self._weapon_types(e), self._weapon_types(head)):
                dates, places = list(e.dates), list(e.places)
                e.absorb(head)
                e.clauses.sort(key=lambda c: (c.sentence, c.tok_start))
                e.dates[:] = dates + [m for m in e.dates if m not in dates]
                e.places[:] = places + [m for m in e.places if m not in places]
                drafts.remove(e)
                drafts[0] = e
                return

    def split_by_place(self, doc: Document, d: Draft) -> list[Draft]:
        """"رتلين ... استهدفا في محافظة ذي قار، وثالث في محافظة الديوانية", "أهدافا حيوية في
        إيلات والجولان": places joined by و, neither within the other, are attacks apart."""
        places = sorted(self.specific_places(d), key=lambda m: m.tok_start)
        apart: list[tuple[Place, list[Mention]]] = []
        for prev, p in zip(places, places[1:]):
            gap = doc.tokens[prev.tok_end:p.tok_start + 1]
            joined = 0 < p.tok_start - prev.tok_end + 1 <= 5 and any(self.keymaker.conjoined(t.text) for t in gap)
            if joined and not self._same_or_within(prev.value.place, p.value.place) \
                    and p.value.place.kind not in ("border", "region"):
                for q in (prev.value.place, p.value.place):
                    if not any(self._same_or_within(q, k) for k, _ in apart):
                        apart.append((q, []))
        if len(apart) < 2:
            return [d]
        for p in places:
            for key, group in apart:
                if self._same_or_within(p.value.place, key):
                    group.append(p)
        shared = [p for p in d.places if not any(p in g for _, g in apart)]
        return [Draft(d.clauses, d.dates, group + shared, d.targets, d.weapons, d.actors, d.casualties, d.triggers,
                      d.reported, d.relatives) for _, group in apart]

    def _dateline_places(self, doc: Document) -> set[int]:
        """Places in a dateline ("بغداد -", "بغداد، العراق (CNN)--", "أربيل (كوردستان 24)-"):
        a few words at the start of a line, before a dash or colon."""
        out = set()
        texts = doc.tokens.texts
        for s in doc.sentences:
            if s.start and doc.norm[s.start - 1] != "\n":
                continue
            mark = next((k for k in range(s.tok_start, min(s.tok_end, s.tok_start + 8))
                         if texts[k] in self.dateline_marks), None)
            if mark is not None:
                out.update(id(p) for p in doc.between("place", s.tok_start, mark))
        return out

    # --- 5. the record ---------------------------------------------------------------
    def record(self, doc: Document, article: Article, d: Draft, lead: bool) -> Event:
        spans = sorted({doc.original_span(doc.sentences[c.sentence].start, doc.sentences[c.sentence].end)
                        for c in d.clauses})
        evidence = [Span(start=s, end=e, text=doc.text[s:e]) for s, e in spans]
        perpetrators = self.perpetrators(doc, d)
        target = self.target(doc, d, perpetrators)
        sub = self.sub_event_type(d)
        if sub == "Attack" and self._act_kinds(d) == {"attack"} and any(
                m.value.fighters and doc.original_span(m.start, m.end) == (target.start, target.end) for m in d.targets):
            sub = "Armed clash"        # "قتلت القوات الأمريكية 11 مسلحا": forces against fighters
        event = Event(
            event_id=self.event_id(doc, spans, d),
            doc_id=doc.id,
            source=Source(path=article.path, url=article.url, title=article.title,
                          published=article.published.isoformat() if article.published else None,
                          published_from=article.published_from),
            event_type=EVENT_TYPE_OF[sub],
            sub_event_type=sub,
            date=self.date_field(doc, d, lead),
            location=self.location(doc, d),
            target=target,
            weapons=self.weapons(doc, d),
            perpetrators=perpetrators,
            claimed=self.claimed(doc, d, perpetrators),
            casualties=self.casualties(doc, d),
            confidence=self.confidence(d),
            evidence=evidence,
        )
        return event

    def event_id(self, doc: Document, spans: list[tuple[int, int]], d: Draft) -> str:
        """Stable across runs: the document, the evidence, and the place (one sentence may
        report attacks on two places)."""
        places = ",".join(sorted({p.value.place.id for p in self.specific_places(d)}))
        key = f"{doc.id}|{';'.join(f'{s}-{e}' for s, e in spans)}|{places}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def sub_event_type(self, d: Draft) -> str:
        """Disrupted first; then an act that is its type whatever the weapon (a suicide
        attack with a car bomb is a Suicide bomb, a kidnapping at gunpoint an Abduction);
        then the first weapon, unless it names no type of its own (small arms: "اشتباكات
        بالأسلحة الخفيفة" is an Armed clash); then the act ("اغتيال" with a car bomb is the
        bomb's type, alone an Attack)."""
        for t in d.triggers:
            if t.value.trigger.kind == "disrupted":
                return "Disrupted weapons use"
        for t in d.triggers:
            if t.value.trigger.sub_event_type and t.value.trigger.kind in ("suicide", "abduction"):
                return t.value.trigger.sub_event_type
        by_weapon = None
        if d.weapons:
            first = min(d.weapons, key=lambda m: m.tok_start)
            by_weapon = self.weapon_sub_event[first.value.weapon.type]
            if by_weapon != self.trigger_default["*"]:
                return by_weapon
        for t in d.triggers:
            if t.value.trigger.sub_event_type:
                return t.value.trigger.sub_event_type
        if by_weapon is not None:
            return by_weapon
        for t in d.triggers:
            if t.value.trigger.id in self.trigger_default:
                return self.trigger_default[t.value.trigger.id]
        return self.trigger_default["*"]

    def date_field(self, doc: Document, d: Draft, lead: bool) -> DateField:
        if d.dates:
            m = d.date
            v = m.value
            s, e = doc.original_span(m.start, m.end)
            return DateField(value=v.value, precision=v.precision, time_of_day=v.time_of_day,
                             text=doc.text[s:e], start=s, end=e)
        if lead and doc.published:
            return DateField(value=doc.published.isoformat(), precision="day")
        return DateField()

    def location(self, doc: Document, d: Draft) -> Location:
        """The most precise place named for the attack; else the site a definite target
        noun points back to ("كما تعرض المطار لهجوم"); else the reference point of a
        relative description ("شرق بغداد"); else the country."""
        m = None
        if self.specific_places(d):
            m = min(self.specific_places(d), key=lambda p: (SPECIFICITY[p.value.place.kind], p.tok_start))
        else:
            m = self._antecedent_site(doc, d) or (d.relatives or [None])[0] or (d.places or [None])[0]
        if m is None:
            return Location()
        pl = m.value.place
        s, e = doc.original_span(m.start, m.end)
        precision = {"site": "site", "crossing": "site", "road": "site", "neighbourhood": "town", "town": "town",
                     "subdistrict": "district", "district": "district", "governorate": "governorate",
                     "border": "region", "region": "region", "country": "country"}[pl.kind]
        return Location(name=pl.name, name_ar=pl.name_ar, text=doc.text[s:e], start=s, end=e,
                        country_code=pl.country, admin1_code=pl.admin1, admin1=self.admin1_names.get(pl.admin1),
                        lat=pl.lat, lon=pl.lon,
                        precision=precision)

    def _antecedent_site(self, doc: Document, d: Draft) -> Mention | None:
        start = d.first.tok_start
        for t in d.targets:
            if not self.keymaker.is_definite(doc.tokens, t.tok_start):
                continue
            for p in sorted(doc.of("place"), key=lambda p: -p.tok_start):
                if p.tok_start < start and p.value.place.kind == "site" and p.value.place.target == t.value.type:
                    return p
        return None

    def target(self, doc: Document, d: Draft, perpetrators: list[Perpetrator] = ()) -> Target:
        """What was hit: the site's kind (an embassy is diplomatic), else the target noun
        nearest after the trigger. For an assassination or abduction, the victim first.
        A noun inside the name of the one who attacked is not what was hit when another
        noun is ("قتلت القوات الأمريكية 11 مسلحا": the forces are the agent, the gunmen
        the target)."""
        agents = [(p.start, p.end) for p in perpetrators if p.start is not None]
        targets = [m for m in d.targets
                   if not any(a <= s and e <= b for a, b in agents for s, e in [doc.original_span(m.start, m.end)])] \
            or d.targets                   # "استُهدفت القوات الأمريكية": the passive reads like an agent
        personal = self._act_kinds(d) != {"attack"}
        if personal and targets:       # the victim: the noun after the act ("قال نائب إن مسلحين اختطفوا صحفيا")
            first_trigger = min(t.tok_start for t in d.triggers)
            m = min(targets, key=lambda m: (m.tok_start < first_trigger, abs(m.tok_start - first_trigger)))
            s, e = doc.original_span(m.start, m.end)
            return Target(type=m.value.type, text=doc.text[s:e], start=s, end=e)
        for p in sorted(d.places, key=lambda p: p.tok_start):
            if p.value.place.target:
                s, e = doc.original_span(p.start, p.end)
                return Target(type=p.value.place.target, name=p.value.place.name, text=doc.text[s:e], start=s, end=e)
        if targets:
            first_trigger = min(t.tok_start for t in d.triggers)
            m = min(targets, key=lambda m: (m.tok_start < first_trigger, abs(m.tok_start - first_trigger)))
            s, e = doc.original_span(m.start, m.end)
            return Target(type=m.value.type, text=doc.text[s:e], start=s, end=e)
        return Target()

    def weapons(self, doc: Document, d: Draft) -> list[Weapon]:
        """One weapon per type, with the subtype, count and calibre any mention gives. A
        generic form ("غارة", "قذيفة") counts only when no specific weapon is named."""
        mentions = [m for m in d.weapons if not m.value.weapon.generic] or d.weapons
        specific_types = {m.value.weapon.type for m in mentions}
        mentions = [m for m in d.weapons if m.value.weapon.type in specific_types]
        by_type: dict[str, Weapon] = {}
        for m in sorted(mentions, key=lambda m: m.tok_start):
            v: WeaponMention = m.value
            s, e = doc.original_span(m.start, m.end)
            w = by_type.get(v.weapon.type)
            if w is None:
                by_type[v.weapon.type] = Weapon(type=v.weapon.type, subtype=v.weapon.subtype, count=v.count,
                                                caliber_mm=v.caliber_mm, text=doc.text[s:e], start=s, end=e)
            else:
                by_type[v.weapon.type] = w.model_copy(update={
                    "subtype": w.subtype or v.weapon.subtype, "count": w.count or v.count,
                    "caliber_mm": w.caliber_mm or v.caliber_mm})
        return list(by_type.values())

    def perpetrators(self, doc: Document, d: Draft) -> list[Perpetrator]:
        """Actors the article makes responsible: one that claims the attack, is accused of
        it or suspected of it (ANNOTATION.md), or its agent as reported (attribution null):
        an actor just before the trigger, or right after a verb trigger. The source of a
        report ("أكدت مصادر في جهاز مكافحة الإرهاب") is not an agent."""
        found: dict[str, Perpetrator] = {}
        attack_words = {m.tok_end for m in [*d.triggers, *d.weapons]}
        for m in doc.of("actor_adjective"):               # "غارة أمريكية", "القصف الإيراني"
            if m.tok_start in attack_words and any(c.has(m) for c in d.clauses):
                a: Actor = m.value
                s, e = doc.original_span(m.start, m.end)
                found.setdefault(a.id, Perpetrator(name=a.name, name_ar=a.name_ar, text=doc.text[s:e],
                                                   start=s, end=e, attribution=None))
        for clause in d.clauses:
            for m in d.actors:
                if not clause.has(m):
                    continue
                a: Actor = m.value
                if self._accuser(doc, clause, m):
                    continue
                attribution = self._attribution(doc, clause, m, a)
                if attribution is None and not self._is_agent(doc, clause, m):
                    continue
                s, e = doc.original_span(m.start, m.end)
                p = Perpetrator(name=a.name, name_ar=a.name_ar, text=doc.text[s:e], start=s, end=e,
                                attribution=attribution)
                old = found.get(a.id)
                if old is None or (old.attribution is None and attribution is not None):
                    found[a.id] = p
        return list(found.values())

    def _is_agent(self, doc: Document, clause: Clause, m: Mention) -> bool:
        before = max(clause.tok_start, m.tok_start - 3)
        if self._cue_in(doc, before, m.tok_start, ("source", "member_of")):
            return False
        if self._cue_in(doc, max(clause.tok_start, m.tok_start - 2), m.tok_start, ("owner",)):
            return True                                      # "طائرة مسيّرة تابعة للميليشيات الإيرانية"
        for t in clause.triggers:
            if 0 <= t.tok_start - m.tok_end <= 4:            # "الفصائل ... تستعرض قوتها بإطلاق صاروخ"
                return True
            if m.tok_start == t.tok_end and not t.value.trigger.noun:   # "أطلق مسلحون", "تشن واشنطن ضربات"
                return True
        return False

    def _attribution(self, doc: Document, clause: Clause, m: Mention, actor: Actor) -> str | None:
        """claimed / accused / suspected, from a cue before the actor in its clause or
        right after it ("أعلنت سرايا أولياء الدم مسؤوليتها"). An armed group that announces
        an attack claims it; a state's forces that announce one only report it."""
        armed_group = actor.kind in ("political_militia", "rebel_group", "identity_militia")
        kinds = ATTRIBUTION_CUES + (("announce",) if armed_group and not actor.generic else ())
        before = self._cue_in(doc, max(clause.tok_start, m.tok_start - 8), m.tok_start, kinds)
        after = self._cue_in(doc, m.tok_end, min(clause.tok_end, m.tok_end + 5), ("claim",))
        cue = before or after
        return {"claim": "claimed", "announce": "claimed", "accuse": "accused", "suspect": "suspected"}.get(cue)

    def _accuser(self, doc: Document, clause: Clause, m: Mention) -> bool:
        """"تحمل واشنطن كتائب حزب الله مسؤولية ...": the actor right after an accusing verb
        accuses; it is the one after it that is accused."""
        return self._cue_in(doc, max(clause.tok_start, m.tok_start - 2), m.tok_start, ("accuse",)) is not None \
            and any(o.tok_start == m.tok_end or o.tok_start == m.tok_end + 1 for o in doc.of("actor"))

    def claimed(self, doc: Document, d: Draft, perpetrators: list[Perpetrator]) -> bool | None:
        if any(p.attribution == "claimed" for p in perpetrators):
            return True
        sentences = {c.sentence for c in d.clauses}
        for s_i in sentences:
            s = doc.sentences[s_i]
            if self._cue_in(doc, s.tok_start, s.tok_end, ("claim_none",)):
                return False
        return None

    def casualties(self, doc: Document, d: Draft) -> Casualties:
        killed = wounded = None
        for m in d.casualties:
            c: CasualtyCount = m.value
            if c.n is None:
                continue
            if c.category in ("killed", "both"):
                killed = c.n if killed is None else max(killed, c.n)
            if c.category in ("wounded", "both"):
                wounded = c.n if wounded is None else max(wounded, c.n)
        if killed is None and any(t.value.trigger.kind == "assassination" for t in d.triggers):
            killed = 1
        counted = [m for m in d.casualties if m.value.n is not None]
        if not counted:
            return Casualties(killed=killed, wounded=wounded)
        first = min(counted, key=lambda m: m.tok_start)
        s, e = doc.original_span(first.start, first.end)
        return Casualties(killed=killed, wounded=wounded, text=doc.text[s:e], start=s, end=e)

    @staticmethod
    def confidence(d: Draft) -> float:
        score = 0.4 + 0.15 * bool(d.dates) + 0.15 * bool(d.places) + 0.1 * bool(d.weapons) \
            + 0.1 * bool(d.targets) + 0.05 * (len(d.clauses) > 1)
        return round(min(score, 0.95), 2)
