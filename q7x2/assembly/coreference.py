"""Stage 4c, coreference: which event mentions report the same attack.

Going through the article's event mentions in order, each one either
- refers back to the attack in focus: a definite noun ("الهجوم", "القصف") with no place of
  its own, or one that is a time anchor ("عقب الهجوم"), is that attack (``anaphora``); so is
  one a superlative compares with others ("وهذا أعنف هجوم ... منذ عام 2016", ``compared``) and a
  report with neither date nor place that conflicts with it in nothing (``detail``);
- is an attack already reported, on positive evidence (``same_site``, ``same_place``,
  ``same_date``, ``placed_and_dated``, ``placed_relative``; see ``same_attack``);
- or is a new attack, if it says enough to be one (a date or place, or for a verb a weapon or a
  target, or someone who survived it); else it is dropped (``not_anchored``).
Every decision carries the name of its rule (``Decision``), which ``q7x2 explain`` prints.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Callable

from ..document import Document, Mention
from ..extract.actors import Actor
from ..extract.places import SPECIFICITY, Place
from ..normalise import normalise_phrase
from ..phrases import Cues
from ..tokenise import KeyMaker
from .agents import INFERRED_ROLES
from .arguments import Attack, share_dates
from .attack_date import attack_date
from .growing import SMALL, follow, forget
from .mentions import EventMention
from .words import AssemblyWords


@dataclass(frozen=True, slots=True)
class Decision:
    """What became of one event mention: ``new`` attack, ``merged`` into one, ``dropped``."""

    mention: EventMention
    outcome: str
    reason: str
    attack: Attack | None = None


class Gazetteer:
    """What assembly asks of the gazetteers: which place contains which, which actors are
    on one side."""

    def __init__(self, places: list[Place], actors: list[Actor], site_town_km: float = 0):
        self.places = {p.id: p for p in places}
        self.site_town_km = site_town_km
        self.actors = {a.id: a for a in actors}
        self._ancestors: dict[str, frozenset[str]] = {}

    def root(self, actor: Actor) -> Actor:
        """The umbrella an actor belongs to (its parent's parent ...)."""
        seen = {actor.id}
        while actor.parent and actor.parent in self.actors and actor.parent not in seen:
            actor = self.actors[actor.parent]
            seen.add(actor.id)
        return actor

    def same_side(self, x: Actor, y: Actor) -> bool:
        """One umbrella, or the same kind of actor of the same country ("الفصائل الموالية
        لإيران" and "كتائب حزب الله"; not the US and an Iraqi faction)."""
        rx, ry = self.root(x), self.root(y)
        return rx.id == ry.id or (rx.kind == ry.kind and rx.country == ry.country)

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

    def same_or_within(self, x: Place, y: Place) -> bool:
        """The same place, or one inside the other: by the gazetteer's parents, a country and
        any place in it ("مقرات في شمال العراق" and "قضاء كويسنجق"), or a site and the town or
        governorate of its admin1 ("المطار العسكري في العاصمة بغداد")."""
        if x.id == y.id or (x.name_ar == y.name_ar and x.country == y.country) or x.id in self.ancestors(y) \
                or y.id in self.ancestors(x):
            return True
        if (x.kind == "country" or y.kind == "country") and x.country == y.country:
            return True
        if x.admin1 in y.spans or y.admin1 in x.spans:   # "سيناء" and "منطقة البرث بشمال سيناء"
            return True
        if (x.kind == "site") != (y.kind == "site") and x.admin1 and x.admin1 == y.admin1:
            site, other = (x, y) if x.kind == "site" else (y, x)
            if other.kind == "town" and far_apart(site, other, self.site_town_km):
                return False      # "حقل كونيكو" and "بادية الميادين", 40 km apart: not one place
            return other.kind in ("town", "district", "governorate")
        # "غارة على سوق في صعدة" and "في مديرية رازح": the town that bears its governorate's
        # name stands for the governorate, which holds the district
        for town, unit in ((x, y), (y, x)):
            if town.kind == "town" and unit.kind in ("district", "subdistrict") and town.admin1 and \
                    town.admin1 == unit.admin1 and self.places.get(town.admin1) is not None and \
                    self.places[town.admin1].name_ar == town.name_ar:
                return True
        return False


def far_apart(x: Place, y: Place, km: float) -> bool:
    """Whether both places have coordinates more than ``km`` apart (an equirectangular
    approximation: exact enough at these distances)."""
    if not km or x.lat is None or x.lon is None or y.lat is None or y.lon is None:
        return False
    dx = math.radians(y.lon - x.lon) * math.cos(math.radians((x.lat + y.lat) / 2))
    return 6371.0 * math.hypot(dx, math.radians(y.lat - x.lat)) > km


def unlisted(place: Place) -> bool:
    """A place the text names after a cue but no gazetteer has ("منطقة العشار")."""
    return not place.country


def _take_specific(found: list, p: Mention) -> list:
    if p.value.place.kind != "country":
        found.append(p)
    return found


def specific_places(a: Attack) -> list[Mention]:
    """The attack's places below country level (kept as it grows: do not change the list)."""
    if len(a.places) < SMALL:
        return [p for p in a.places if p.value.place.kind != "country"]
    return follow(a, "specific_places", a.places, list, _take_specific)


def best_place(places: list[Mention]) -> Place:
    return min((p.value.place for p in places), key=lambda pl: SPECIFICITY[pl.kind])


def _take_best(best: Place | None, p: Mention) -> Place | None:
    place = p.value.place
    if place.kind == "country" or (best is not None and SPECIFICITY[place.kind] >= SPECIFICITY[best.kind]):
        return best
    return place


def _nothing() -> None:
    return None


def best_specific_place(a: Attack) -> Place | None:
    """``best_place(specific_places(a))`` (the first most specific), kept as it grows."""
    if len(a.places) < SMALL:
        here = specific_places(a)
        return best_place(here) if here else None
    return follow(a, "best_specific_place", a.places, _nothing, _take_best)


def _take_place(found: dict, m: Mention) -> dict:
    found.setdefault(id(m.value.place), m.value.place)
    return found


def distinct_places(a: Attack, name: str) -> list[Place]:
    """The places of the attack's list ``name`` (places, relatives, locators), each once."""
    if len(getattr(a, name)) < SMALL:
        return list({id(m.value.place): m.value.place for m in getattr(a, name)}.values())
    return list(follow(a, ("distinct", name), getattr(a, name), dict, _take_place).values())


def _by_sentence(listed: bool):
    def take(found: dict, p: Mention) -> dict:
        place = p.value.place
        if place.kind != "country" and unlisted(place) != listed:
            rank = SPECIFICITY[place.kind]
            old = found.get(p.sentence)
            if old is None or (rank > old if listed else rank < old):
                found[p.sentence] = rank
        return found
    return take


_TAKE_BY_SENTENCE = {listed: _by_sentence(listed) for listed in (False, True)}


def unlisted_by_sentence(a: Attack, listed: bool) -> dict[int, int]:
    """Per sentence, the specificity of the attack's most specific unlisted place (or, with
    ``listed``, of its least specific listed place below country level)."""
    if len(a.places) < SMALL:
        found: dict[int, int] = {}
        for p in a.places:
            found = _TAKE_BY_SENTENCE[listed](found, p)
        return found
    return follow(a, ("by_sentence", listed), a.places, dict, _TAKE_BY_SENTENCE[listed])


def stops(a: Attack) -> bool:
    """The report tells of stopping weapons ("تصدت الدفاعات للصواريخ وأسقطت معظمها")."""
    return any(t.value.trigger.kind == "disrupted" for t in a.triggers)


def act_kinds(a: Attack) -> set[str]:
    """The kind of act, from the first trigger reported: an assassination or an abduction is
    not the rocket attack reported beside it."""
    kind = a.first.live[0].value.trigger.kind
    return {kind} if kind in ("assassination", "abduction") else {"attack"}


def _take_weapon_type(found: set, m: Mention) -> set:
    weapon = m.value.weapon
    if weapon.type != "unknown":
        found.add(weapon.type)
    found.update(weapon.may_be)
    return found


def weapon_types(a: Attack) -> set[str]:
    """The types of weapon the attack was made with, and what its generic forms may also be
    ("القذائف" after "صواريخ كاتيوشا" are the rockets). (Kept as the attack grows: do not
    change the set.)"""
    if len(a.weapons) < SMALL:
        return _take_weapon_type_all(a.weapons)
    return follow(a, "weapon_types", a.weapons, set, _take_weapon_type)


def named_types(a: Attack) -> set[str]:
    """The types of weapon the attack names by a specific form: no generic one ("غارة"), and
    none read only from its verb ("شن الطيران": a plain plane may be a drone)."""
    return {m.value.weapon.type for m in a.weapons
            if not m.value.weapon.generic and not m.value.weapon.licensed_by}


def _take_weapon_type_all(weapons: list[Mention]) -> set[str]:
    found: set[str] = set()
    for m in weapons:
        _take_weapon_type(found, m)
    return found


def _take_agent(found: dict, g) -> dict:
    if g.mention.value.kind != "unidentified" and g.role != "near":
        found.setdefault(id(g.mention.value), g.mention.value)
    return found


def identified_agents(a: Attack) -> list[Actor]:
    """The attack's agents that are named (not "مسلحون مجهولون") and made agents by more than
    being near the trigger, each once."""
    if len(a.agents) < SMALL:
        return list({id(g.mention.value): g.mention.value for g in a.agents
                     if g.mention.value.kind != "unidentified" and g.role != "near"}.values())
    return list(follow(a, "identified_agents", a.agents, dict, _take_agent).values())


def _take_plural_triggers(found: set, em: EventMention) -> set:
    found.update(t.value.trigger.id for t in em.triggers if t.value.plural)
    return found


def plural_trigger_ids(a: Attack) -> set[str]:
    """The ids of the plural triggers of the attack's event mentions (kept as it grows)."""
    if len(a.mentions) < SMALL:
        return {t.value.trigger.id for m in a.mentions for t in m.triggers if t.value.plural}
    return follow(a, "plural_trigger_ids", a.mentions, set, _take_plural_triggers)


def refers_back(a: Attack) -> bool:
    return any(t.value.definite and t.value.noun for t in a.triggers)


def act_date(a: Attack) -> str | None:
    """The date of the act itself, not of a statement about it."""
    m = attack_date(a)
    return m.value.value if m is not None and id(m) not in a.reported else None


def dates_conflict(a: Attack, b: Attack) -> bool:
    """Two acts on different days; or an act after the day a statement reported it, or more
    than a day before it (a statement comes on the day of the act or the next)."""
    ma, mb = attack_date(a), attack_date(b)
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
    return va != vb and not (va.startswith(vb) or vb.startswith(va)) and not one_night(ma.value, mb.value)


def one_night(x, y) -> bool:
    """A day's night and the next day's dawn are one night: "تصدت الدفاعات الليلة الماضية
    لعدوان" and "نفذ العدو عدوانا فجر اليوم" tell one act (each keeps the day it names)."""
    if x.precision != "day" or y.precision != "day" or x.first_day is None or y.first_day is None:
        return False
    night, dawn = (x, y) if x.first_day < y.first_day else (y, x)
    return night.time_of_day == "night" and dawn.time_of_day == "dawn" and \
        (dawn.first_day - night.first_day).days == 1


class Coreference:
    def __init__(self, words: AssemblyWords, keymaker: KeyMaker, cues: Cues, gazetteer: Gazetteer,
                 unit_words: frozenset[str] = frozenset()):
        self.cues = cues
        self.unit_words = unit_words        # place cues as written ("ولاية"): no و + a word
        self._first_words: dict[str, frozenset[str]] = {}
        self.keymaker = keymaker
        self.windows = words.windows
        self.gazetteer = gazetteer
        self.compatible = {frozenset(pair) for pair in words.compatible_weapons}
        self.named_apart = [frozenset(pair) for pair in words.named_apart]
        self.munitions = {frozenset(pair) for pair in words.munitions}
        self.firearms = frozenset(words.firearms)

    def __call__(self, doc: Document, reports: list[Attack], denied: list[Mention],
                 campaigns: Callable[[], list[Attack]] = list) -> tuple[list[Attack], list[Decision]]:
        """The attacks that ``reports`` (one per event mention, in text order) make;
        ``denied``: the triggers the text negates; ``campaigns``: the campaigns it tells (asked
        for only when an attack has no side)."""
        attacks: list[Attack] = []
        decisions: list[Decision] = []
        focus: Attack | None = None          # the attack most recently reported
        for a in reports:
            em = a.first
            if not a.another and focus is not None:      # with nothing before, "الهجوم" is a first report
                compared = self._compared(doc, a)
                reason = "compared" if compared else "anaphora" if self.is_reference(doc, a) \
                    else "restated" if self._restated(a, focus) \
                    else "detail" if self.is_detail_of(a, focus) \
                    else "part_of_salvo" if self._part_of_salvo(doc, a, focus) else None
                if reason is not None:
                    # "ولم تعلق القيادة على الهجوم الحوثي": the attack whose side it names
                    antecedent = next((e for e in [focus, *reversed(attacks)] if not self.agents_conflict(a, e)), None)
                    if reason == "anaphora" and antecedent is not None:
                        antecedent = self._named_antecedent(doc, a, antecedent, attacks)
                    if antecedent is not None:
                        if compared:
                            a.reported |= {id(d) for d in a.dates}
                        antecedent.absorb(self._reaction_only(doc, a) if reason == "anaphora" else a)
                        focus = antecedent
                        decisions.append(Decision(em, "merged", reason, antecedent))
                        continue
            if a.same_place and not specific_places(a):
                # "وكانت سيارة مفخخة قد انفجرت في السوق نفسه": the place of the attack told before
                placed = next((e for e in [focus, *reversed(attacks)]
                               if e is not None and (specific_places(e) or e.relatives)), None)
                if placed is not None:
                    a.places, a.relatives = list(placed.places), list(placed.relatives)
                    a.inherited.append("places")
            if a.returned and focus is not None and specific_places(focus) and not self.is_anchored(a):
                # "وعاودت المسيرة، بعد نصف ساعة، استهداف محيط المنزل": it came back where it struck
                a.places, a.relatives = list(focus.places), list(focus.relatives)
                a.inherited.append("places")
            if not self.is_anchored(a) and not self._survived(doc, a):
                decisions.append(Decision(em, "dropped", "not_anchored"))
                continue
            if (a.simultaneous or a.first.apart_days) and not a.dates and focus is not None:
                share_dates(doc, a, focus, attack_date(focus))   # "بعد يومين من ضربة": counted from it
                if not a.dates and not (a.day_shift and a.day_shift[0]):
                    # "وفي غضون ذلك، قصفت ...": at the time of an attack the text gives no date,
                    # it takes the date that one gets (the lead's publication date)
                    a.same_time_as = focus.same_time_as or focus
            elif a.joined and not a.dates and a.same_time_as is not None and a.same_time_as.dates:
                # "في المقابل، قصفت المدفعية أطراف البلدة، فيما شنت مسيرة غارة على منزل": a clause
                # joined to one that took the time of the attack before it is of that time too
                share_dates(doc, a, a.same_time_as, attack_date(a.same_time_as))
            same = [] if a.another else [(e, r) for e in attacks for r in [self.same_attack(e, a)] if r]
            if same:
                e, reason = max(same, key=lambda er: self._affinity(er[0], a))
                e.absorb(a)
                focus = e
                decisions.append(Decision(em, "merged", reason, e))
            else:
                self._carry_over(doc, a, attacks)
                attacks.append(a)
                focus = a
                decisions.append(Decision(em, "new", "another" if a.another else "distinct", a))
        self._merge_headline(attacks, decisions)
        attacks = self._fold_summaries(doc, attacks, decisions)
        attacks = self._drop_denied(doc, attacks, denied, decisions)
        self._tallies(doc, attacks)
        self._summing_up(attacks)
        attacks = self._told_apart(doc, [self.split(doc, a) for a in attacks])
        self._sides_told_before(attacks, campaigns)
        self._days_of_several(doc, attacks)
        return attacks, decisions

    def _days_of_several(self, doc: Document, attacks: list[Attack]) -> None:
        """"شهدت ثلاث محافظات، يوم الإثنين، سلسلة حوادث أمنية متفرقة ... ففي قضاء الطارمية
        انفجرت عبوة ... وفي محافظة ديالى، أطلق مسلحون النار": a headline or lead that tells of
        several acts on one day (``several_acts``) dates each attack the article goes on to
        report with no date of its own at the lead's day: they are the acts it told of. Not one
        told as earlier ("وكان ... قد"), nor one counted from another day ("في اليوم التالي")."""
        if len(attacks) < 2 or doc.sentences[attacks[0].first.sentence].paragraph > 1:
            return
        lead = attacks[0]
        day = attack_date(lead)
        if day is None or day.value.precision != "day" or id(day) in lead.reported:
            return
        toks, first = doc.tokens, self.cues.first
        if not any(first(toks, s.tok_start, s.tok_end, ("several_acts",)) is not None
                   for s in doc.sentences if s.paragraph <= 1):
            return
        for a in attacks[1:]:
            if not a.dates and not a.first.background and not a.day_shift and not a.first.apart_days:
                share_dates(doc, a, lead, day)

    def _sides_told_before(self, attacks: list[Attack], campaigns: Callable[[], list[Attack]]) -> None:
        """"شنت طائرات إسرائيلية غارات على بلدة عيتا الشعب ... وأغارت مسيرة على دراجة نارية
        في بنت جبيل": an attack told with no one doing it, with a weapon one attack may be
        told with as an attack told before it (or with none named), is by the side that did
        that one, the nearest: an article tells one side's campaign. Failing one, when the
        article names one side for every attack it names a side for, at least two, it is
        theirs ("انفجرت عبوة برتل ... وتبنت سرايا ... استهداف رتلين آخرين"). Inferred, not
        read (role ``told_before``); no claim or accusation goes with it. Failing both, it is
        by the one side of the campaigns the article tells with such a weapon ("ويشن الطيران
        الإسرائيلي غارات متكررة على بلدات الجنوب"; role ``campaign``). Not an act another
        answers ("ضربات أمريكية ... ردا على هجوم بطائرة مسيرة"): that is the other side's."""
        told: list[Attack] | None = None
        for k, a in enumerate(attacks):
            if a.agents or a.answered:      # "ردا على هجوم ...": the act answered is the other side's
                continue
            used = weapon_types(a)
            source = next((e for e in reversed(attacks[:k]) if e.agents and not e.answered and
                           (not used or weapon_types(e) and self.weapons_compatible(used, weapon_types(e)))), None)
            if source is None:
                sided = [e for e in attacks if any(g.role not in INFERRED_ROLES for g in e.agents)]
                sides = {g.mention.value.id for e in sided for g in e.agents}
                if len(sided) >= 2 and len(sides) == 1:
                    source = sided[0]
            role = "told_before"
            if source is None and used:
                told = campaigns() if told is None else told
                waged = [c for c in told if c.agents and weapon_types(c) and self.weapons_compatible(used, weapon_types(c))]
                if len({g.mention.value.id for c in waged for g in c.agents}) == 1:
                    source, role = waged[0], "campaign"
            if source is not None:
                a.agents = [replace(g, attribution=None, role=role) for g in source.agents]
                a.inherited.append("agents")

    def _tallies(self, doc: Document, attacks: list[Attack]) -> None:
        """"انفجرت سيارة مفخخة في سوق ... وارتفع عدد المصابين إلى 12 شخصا": a tally in the
        next sentence, which tells no act, gives no date and counts over no period ("منذ بداية
        الحرب", "خلال الشهر"), counts the attack told last; so do the counts joined to it
        ("وبلغ عدد القتلى 7 والجرحى 19", "عدد الجرحى إلى 30 جريحا"), and so do a zero such a
        sentence states ("وأكد مصدر أمني عدم وقوع أي أضرار بشرية", "ولم يصب أحد") and a count
        a source gives ("وأفادت مصادر طبية بإصابة ثلاثة مدنيين"). A tally that rose ("وارتفعت
        الحصيلة صباح اليوم إلى 11 قتيلا") counts it even in a sentence that names a day (the
        tally's) or holds a casualty word that made no attack of its own ("فيما أصيب مدني"). A
        casualty verb that needs a weapon and made no attack ("وأفاد مصدر أمني بأن أحد مرافقيه
        أصيب بجروح") tells no act of its own: its sentence may be such a tally."""
        if not attacks:
            return
        owned = {id(c) for a in attacks for c in a.casualties}
        telling = {m.sentence for a in attacks for m in a.mentions}
        # "وأفاد مصدر أمني بأن أحد مرافقيه أصيب بجروح": a casualty verb that needs a weapon and
        # made no attack tells no act of its own
        acts = {t.sentence for t in doc.of("trigger") if not t.value.trigger.needs_weapon or t.sentence in telling} \
            | {d.sentence for d in doc.of("date")}
        taken: tuple[Attack, int] | None = None     # the attack of the last tally taken, where it ended
        for c in doc.of("casualty"):
            if id(c) in owned or c.tok_start == 0:
                continue
            sentence = doc.sentences[c.sentence]
            # "وارتفعت الحصيلة صباح اليوم إلى 11 قتيلا": the day is the tally's; a casualty word
            # that made no attack ("فيما أصيب مدني") is part of it
            raised = c.sentence not in telling and \
                self.cues.first(doc.tokens, sentence.tok_start, c.tok_end, ("tally_raised",)) is not None
            if c.sentence in acts and not raised:
                continue
            if taken is not None and 0 <= c.tok_start - taken[1] <= 1:
                taken[0].casualties.append(c)
                taken = taken[0], c.tok_end
                continue
            if not raised and c.value.n != 0 and \
                    self.cues.first(doc.tokens, c.tok_start - 1, c.tok_start, ("tally_count",)) is None and \
                    (c.value.n is None or self.cues.first(doc.tokens, sentence.tok_start, c.tok_start, ("source",)) is None) or \
                    self.cues.first(doc.tokens, sentence.tok_start, sentence.tok_end, ("since", "span_opener")):
                continue
            told = [(max(m.sentence for m in a.mentions if m.tok_start < c.tok_start), a) for a in attacks
                    if any(m.tok_start < c.tok_start for m in a.mentions)]
            if told:
                told_in, last = max(told, key=lambda st: st[0])
                if told_in == c.sentence - 1:
                    last.casualties.append(c)
                    taken = last, c.tok_end

    def _summing_up(self, attacks: list[Attack]) -> None:
        """"تفجيران يستهدفان رتلين", "مقتل ثلاثة جنود بهجومين في ديالى": a dual in the headline,
        merged with the first of two attacks the article tells apart, sums both up; it makes
        that one no pair of its own."""
        for a in attacks:
            duals = {id(t) for t in a.triggers if t.value.dual and t.sentence == 0}
            if duals and len(a.mentions) > 1 and any(o is not a and self.kinds_agree(o, a) for o in attacks):
                a.triggers[:] = [t for t in a.triggers if id(t) not in duals]
                forget(a)

    def _carry_over(self, doc: Document, a: Attack, attacks: list[Attack]) -> None:
        """"شنت القوات الأمريكية فجر السبت ضربات جوية على البوكمال ... وفي العراق، استهدفت
        الضربات مواقع في القائم": a new place for the acts a definite noun names again ("الضربات")
        is another attack of theirs: it shares their date, weapons and who did them. (The series
        named again in the plural, "الضربات", as it was named first: "ضربات".) Another act that
        names no one who did it ("وطالت غارة أخرى موقعا") is one more of the side just told."""
        named = {t.value.trigger.id for t in doc.between("trigger", a.first.tok_start, a.first.tok_end)
                 if t.value.definite and t.value.plural}
        if not named and (a.another and not a.first.apart and not a.incident or self._one_more(doc, a)) and not a.agents \
                and attacks and attacks[-1].agents:
            # "كما استهدفت غارة أخرى بلدة عيترون", "غارة ثانية": another strike of the side told just before
            a.agents = list(attacks[-1].agents)
            a.inherited.append("agents")
            return
        if not named or (a.dates and a.weapons and a.agents):
            return
        source = next((e for e in reversed(attacks) if named & plural_trigger_ids(e)), None)
        if source is None:
            return
        for kind in ("dates", "weapons", "agents"):
            if not getattr(a, kind) and getattr(source, kind):
                setattr(a, kind, list(getattr(source, kind)))
                a.inherited.append(kind)
                if kind == "dates":
                    a.reported = set(source.reported)

    def _one_more(self, doc: Document, a: Attack) -> bool:
        """"استهدفت غارة ثانية", "وطالت غارات مماثلة": the weapon or attack noun of the report
        is said to be one more of the kind just told."""
        em, reach = a.first, self.windows.another_after
        heads = [*(w for w in a.weapons if em.tok_start <= w.tok_start < em.tok_end),
                 *(t for t in em.live if t.value.noun)]
        return any(self.cues.first(doc.tokens, m.tok_end, min(em.tok_end, m.tok_end + reach), ("one_more",)) is not None
                   for m in heads)

    # --- references ----------------------------------------------------------------------
    def is_reference(self, doc: Document, a: Attack) -> bool:
        """A definite noun ("هذا الهجوم", "القصف") with no place of its own, or with only places
        no gazetteer has and no date ("القصف طال أطراف قرية شرانش"), refers back to the attack
        last reported (a date in its clause is usually another act's: "وتزامن هذا الهجوم مع
        إعلان ... الأربعاء"); so does one that is a time anchor
        ("دوت صافرات الإنذار في القنصلية عقب الهجوم"), whatever places its clause names; and so
        does one a verb of condemning governs ("ودانت وزارة الخارجية القصف، واستدعت السفير في
        بغداد"), or an accusation ("وفي بغداد، اتهم نواب جهات سياسية بالوقوف وراء الاعتداء")."""
        if not refers_back(a):
            return False
        places = specific_places(a)
        if not places or (not a.dates and all(unlisted(p.value.place) for p in places)):
            return True
        w, toks, first = self.windows, doc.tokens, self.cues.first
        return all(t.value.definite and t.value.noun
                   and (first(toks, max(0, t.tok_start - w.anchor_before), t.tok_start, ("anchor",))
                        or self._condemned(doc, t) or self._framed(doc, t) or self._mourned(doc, t)
                        or self._accused(doc, t) or self._disowned(doc, t))
                   for t in a.triggers)

    def _named_antecedent(self, doc: Document, a: Attack, antecedent: Attack, attacks: list[Attack]) -> Attack:
        """"وأدانت حكومة الإقليم الهجوم على حرير", "وأثار الهجوم على السفارة انتقادات": an attack
        noun that names right after it (its object or its genitive) the place of an attack told
        before, or its site by a definite noun ("السفارة": the embassy hit), refers to that
        attack, though another was told since; else to the one in focus."""
        nouns = [t for t in a.triggers if t.value.noun]
        reach = self.windows.named_place_after

        def named(m: Mention) -> bool:
            return any(0 <= m.tok_start - t.tok_end <= reach for t in nouns)
        own = [p.value.place for p in specific_places(a) if named(p)]
        sites = {t.value.type for t in a.targets if named(t) and self.keymaker.is_definite(doc.tokens, t.tok_start)}
        if not own and not sites:
            return antecedent
        within = self.gazetteer.same_or_within

        def there(e: Attack) -> bool:
            best = best_specific_place(e) if specific_places(e) else None
            if best is None:
                return False
            if own:
                return any(within(p, best) or within(best, p) for p in own)
            return best.kind == "site" and best.target in sites
        if there(antecedent):
            return antecedent
        return next((e for e in reversed(attacks) if there(e) and not self.agents_conflict(a, e)), antecedent)

    def _mourned(self, doc: Document, t: Mention) -> bool:
        """"وشيعت هيئة الحشد الشعبي، الأحد، قتلى الغارات في بغداد": the attack noun whose dead a
        verb of burying governs is the attack told; the day and the place are the funeral's."""
        return self.cues.first(doc.tokens, max(0, t.tok_start - self.windows.mourned_before), t.tok_start,
                               ("aftermath",)) is not None

    def _framed(self, doc: Document, t: Mention) -> bool:
        """"ويأتي الهجوم بعد أيام من تصعيد عسكري شهدته جبهات الضالع والبيضاء": the attack noun a
        verb of coming has as its subject is the attack told, set in its context."""
        return self.cues.first(doc.tokens, max(0, t.tok_start - self.windows.framing_before), t.tok_start,
                               ("framing",)) is not None

    @staticmethod
    def _restated(a: Attack, focus: Attack) -> bool:
        """"وقال مسؤول إن الهجوم استهدف موقع البرج 22": the definite attack noun as the subject
        of an attack verb right after it, with no date of its own and not told as earlier
        ("وكان الهجوم قد استهدف"), restates the attack in focus: its place (in a country that
        attack was placed in) is that attack's."""
        nouns = [t for t in a.triggers if t.value.definite and t.value.noun]
        verbs = [t for t in a.triggers if not t.value.noun]
        if not nouns or not verbs or a.dates or a.another or a.first.background:
            return False
        if any(not 0 <= t.tok_start - nouns[0].tok_end <= 1 for t in verbs):
            return False                      # the noun is the subject of the verb right after it
        mine, theirs = specific_places(a), specific_places(focus) or focus.places
        if not mine or not theirs:
            return False
        return {p.value.place.country for p in mine} <= {p.value.place.country for p in theirs}

    def _condemned(self, doc: Document, t: Mention) -> bool:
        """"ودانت وزارة الخارجية العراقية القصف": the attack noun a verb of condemning governs."""
        return self.cues.first(doc.tokens, max(0, t.tok_start - self.windows.reaction_before), t.tok_start,
                               ("reaction",)) is not None

    def _accused(self, doc: Document, t: Mention) -> bool:
        """"اتهم نواب جهات سياسية بالوقوف وراء الاعتداء", "تحمل الحكومة الفصائل مسؤولية الهجوم": the
        attack noun an accusation governs, right after it in its sentence."""
        lo = max(doc.sentences[t.sentence].tok_start, t.tok_start - self.windows.reaction_before)
        hit = self.cues.first(doc.tokens, lo, t.tok_start, ("accuse",))
        return hit is not None and hit.tok_end >= t.tok_start - 1

    def _disowned(self, doc: Document, t: Mention) -> bool:
        """"ونفت أنقرة أي علاقة لها بالهجوم", "وأعلنت الحركة مسؤوليتها عن التفجير": the attack
        noun a word of a role in it governs, right after it in its sentence, is the attack told;
        the places of its clause are those of the side that takes or denies the role."""
        lo = max(doc.sentences[t.sentence].tok_start, t.tok_start - self.windows.reaction_before)
        hit = self.cues.first(doc.tokens, lo, t.tok_start, ("role",))
        return hit is not None and hit.tok_end >= t.tok_start - 1

    def _reaction_only(self, doc: Document, a: Attack) -> Attack:
        """A reference that a verb of condemning governs brings its words (the evidence, the
        weapon, the dates of the statement) but not the places, targets or actors of its
        clause: they are the reaction's ("واستدعت السفير الإيراني في بغداد")."""
        if not specific_places(a) or not all(self._condemned(doc, t) or self._framed(doc, t) or self._mourned(doc, t)
                                             or self._accused(doc, t) or self._disowned(doc, t) for t in a.triggers):
            return a
        if any(self._accused(doc, t) for t in a.triggers):     # the accused are the attack's (accused) side
            return replace(a, places=[], relatives=[], locators=[], targets=[])
        return replace(a, places=[], relatives=[], locators=[], targets=[], actors=[], agents=[])

    def _compared(self, doc: Document, a: Attack) -> bool:
        """"وهذا أعنف هجوم تشهده القيارة منذ عام 2016": an attack noun after a superlative said
        of the act just told compares it with others; its place and date are the comparison's."""
        toks, cues = doc.tokens, self.cues
        for t in a.triggers:
            sup = cues.first(toks, max(0, t.tok_start - 1), t.tok_start, ("superlative",)) if t.value.noun else None
            if sup is None:
                return False
            before = cues.first(toks, max(0, sup.tok_start - 1), sup.tok_start, ("superlative",))   # "ثالث أكبر"
            lo = (before or sup).tok_start
            if cues.first(toks, max(0, lo - 2), lo, ("compared_subject",)) is None:
                return False
        return bool(a.triggers)

    def is_anchored(self, a: Attack) -> bool:
        """Enough to be one act: a date or a place below country level; or, for a trigger
        that is not a bare verbal noun, a weapon, a target or a toll."""
        strong = [t for t in a.triggers if not t.value.trigger.weak]
        if specific_places(a):
            return True
        if not strong:                     # "بعد تصفية واشنطن لقائد": a verbal noun needs a place,
            return bool(a.dates) and any(  # or a date for an indefinite killing ("مذبحة ... عام 1995")
                t.value.trigger.dated and not t.value.definite for t in a.triggers)
        return bool(a.dates or a.weapons or a.targets or self._toll_of_act(a))

    def _survived(self, doc: Document, a: Attack) -> bool:
        """"نجاة مشرف من محاولة اغتيال": someone survived the act, so it befell him: one act,
        though the text names its victim only by name."""
        first = a.first.live[0]
        if first.value.trigger.weak:          # "نجا من الاغتيال السياسي": a verbal noun, no act
            return False
        lo = max(doc.sentences[a.first.sentence].tok_start, first.tok_start - self.windows.survivor_before)
        return self.cues.first(doc.tokens, lo, first.tok_start, ("survived",)) is not None

    @staticmethod
    def _toll_of_act(a: Attack) -> bool:
        """"أسفرت عملية التفجير عن مقتل 30 شخصا": a toll counted after an act noun is that
        one act's (not a killing reported alone: "قتل 30 شخصا خلال الأسابيع الماضية")."""
        acts = [t.tok_start for t in a.triggers if t.value.trigger.kind != "shooting"]
        return bool(acts) and any(m.value.n and m.tok_start > min(acts) for m in a.casualties)

    def is_detail_of(self, a: Attack, focus: Attack) -> bool:
        """A report with neither a date nor a place ("وقالت مصادر إن صاروخين سقطا ...")
        adds detail to the attack just reported, if nothing in it conflicts. A date that only
        dates the statement ("وقالت خلية الإعلام الأمني في بيان صدر صباح اليوم الثلاثاء إن
        عبوة ناسفة انفجرت") is no date of the act: on the act's day or the next, it conflicts
        with nothing."""
        if (a.dates and (act_date(a) or dates_conflict(a, focus))) or specific_places(a) \
                or self._elsewhere(a, focus):
            return False
        if not self.kinds_agree(a, focus):
            return False
        return self.weapons_agree(a, focus)

    def _part_of_salvo(self, doc: Document, a: Attack, focus: Attack) -> bool:
        """"أطلقت الفصائل صواريخ باتجاه إسرائيل، وسقط أحدها في مدينة إيلات": a clause joined to the
        report before it, whose weapon is a part of that report's ("أحدها", "بعضها"), tells where
        part of the same salvo landed, within the place that report names (or where it names none)."""
        if a.joined != "coordinated" or "weapons" not in a.inherited or a.another:
            return False
        toks = doc.tokens
        if not any(self.cues.first(toks, t.tok_end, t.tok_end + 1, ("weapon_anaphora",)) is not None for t in a.first.live):
            return False
        theirs = [p.value.place for p in focus.places]
        within = self.gazetteer.same_or_within
        return not theirs or all(any(within(p.value.place, q) for q in theirs) for p in a.places)

    def _elsewhere(self, a: Attack, focus: Attack) -> bool:
        """"فيما فجر مسلحون أحد الجسور غربي مدينة الموصل": a report placed only relative to a
        place that is not the focus's is not a detail of it. ("قاعدة حرير شمال أربيل" is placed
        at the base, not only relative to Erbil.)"""
        if not a.relatives or specific_places(a):
            return False
        theirs = [*distinct_places(focus, "places"), *distinct_places(focus, "relatives")]
        within = self.gazetteer.same_or_within
        return not any(within(r.value.place, p) or within(p, r.value.place) for r in a.relatives for p in theirs)

    # --- the same attack -------------------------------------------------------------------
    def same_attack(self, a: Attack, b: Attack) -> str | None:
        """Positive evidence that two reports in one article are one attack (they never
        conflict in date or kind of act), by name:
        - ``same_site``: two sources on one attack, even with different weapons;
        - ``same_place``: the same town or a site within it, with no conflicting weapon;
        - ``same_date``: the same date, with no conflicting place or weapon (nor one placed
          only relative to a place that is not the other's);
        - ``placed_and_dated``: a dated report placed only in a country ("قاعدة عسكرية في
          العراق") or nowhere, and an undated one at a site there;
        - ``placed_relative``: an undated report placed only relative to the other's place,
          with a weapon of the same type ("وسط أريحا" after "على مدينة أريحا")."""
        if not self.kinds_agree(a, b) or dates_conflict(a, b) or self.agents_conflict(a, b):
            return None
        da, db = act_date(a), act_date(b)
        weapons_conflict = not self.weapons_agree(a, b) or self._named_apart(a, b)
        pa, pb = specific_places(a), specific_places(b)
        if pa and pb:
            if not self.places_agree(a, b) and not self._renamed(a, b):
                return None
            if (a.first.relative and not da) or (b.first.relative and not db):
                return None           # "المهندس الذي قُتل ... قرب مطار بغداد": someone's past, not by place alone
            x, y = best_specific_place(a), best_specific_place(b)
            if x.kind == "site" and y.kind == "site":
                return "same_site"
            return None if weapons_conflict else "same_place"
        if weapons_conflict:
            return None
        if da and db:
            # "وبعد ساعات، استهدفت مسيرتان حقلا غرب أربيل": placed only relative to a place
            # that is not the other's, a report of the same day is another attack
            return None if self._elsewhere(a, b) or self._elsewhere(b, a) else "same_date"
        if (pa and not da and b.dates and not pb) or (pb and not db and a.dates and not pa):
            return "placed_and_dated"
        if (pa and not pb and not db and self._placed_by(b, a)) or (pb and not pa and not da and self._placed_by(a, b)):
            return "placed_relative"
        return None

    @staticmethod
    def _placed_by(u: Attack, k: Attack) -> bool:
        """An undated report placed only relative to the very place of the other, with a weapon
        of the same type: "وقال الدفاع المدني إن القذائف سقطت على حي سكني وسط أريحا" after
        "بقصف صاروخي على مدينة أريحا" retells it."""
        here = best_specific_place(k)
        return bool(u.relatives) and all(r.value.place.id == here.id for r in u.relatives) and \
            bool(weapon_types(u) & weapon_types(k))

    def _affinity(self, a: Attack, b: Attack) -> tuple:
        """Which of several compatible earlier reports a new one belongs to: the same date,
        then the same place, then a shared weapon, then one that is dated at all."""
        da, db = act_date(a), act_date(b)
        placed = bool(specific_places(a) and specific_places(b))
        return (bool(da and da == db), placed and self.places_agree(a, b),
                bool(weapon_types(a) & weapon_types(b)), bool(da))

    def kinds_agree(self, a: Attack, b: Attack) -> bool:
        """One kind of act; or an assassination and the shooting that carried it out ("اغتالوا
        إمام الجامع عندما أطلقوا عليه النار"): an attack with no weapon but firearms; or the
        strike an assassination was told with ("اغتيال القيادي بغارة على الضاحية" and "قتل
        القيادي بضربة بطائرة مسيرة"): both name weapons that one attack may be reported with."""
        ka, kb = act_kinds(a), act_kinds(b)
        if ka == kb:
            return True
        if {*ka, *kb} != {"assassination", "attack"}:
            return False
        shooting, killing = (a, b) if ka == {"attack"} else (b, a)
        used, told = weapon_types(shooting), weapon_types(killing)
        return used <= self.firearms or bool(used and told and self.weapons_compatible(used, told))

    def agents_conflict(self, a: Attack, b: Attack) -> bool:
        """Both name who did it, and no two of them are on one side: "الضربة الأميركية" is
        not the rocket attack of "فصائل موالية لإيران"."""
        xa, xb = identified_agents(a), identified_agents(b)
        return bool(xa and xb) and not any(self.gazetteer.same_side(x, y) for x in xa for y in xb)

    def _named_apart(self, a: Attack, b: Attack) -> bool:
        """Each report names one of two weapons of ``named_apart`` by a specific form and not
        the other: "الطائرات الحربية" and "الطيران المسير" are two strikes."""
        if not self.named_apart:
            return False
        wa, wb = weapon_types(a), weapon_types(b)
        pairs = [p for p in self.named_apart if p <= wa | wb]
        if not pairs:
            return False
        na, nb = named_types(a), named_types(b)
        return any(len(na & p) == 1 and len(nb & p) == 1 and na & p != nb & p for p in pairs)

    def weapons_agree(self, a: Attack, b: Attack) -> bool:
        """The weapons of two reports may be one attack's: of compatible types, or one report
        a stop of the other's munitions (``munitions``: "تصدت الدفاعات الجوية لصواريخ العدوان"
        after "نفذ العدو عدوانا جويا")."""
        wa, wb = weapon_types(a), weapon_types(b)
        if self.weapons_compatible(wa, wb):
            return True
        if not (stops(a) or stops(b)):
            return False
        return any(frozenset((x, y)) in self.munitions for x in wa for y in wb)

    def weapons_compatible(self, wa: set[str], wb: set[str]) -> bool:
        if not wa or not wb or wa & wb:
            return True
        return any(frozenset((x, y)) in self.compatible for x in wa for y in wb)

    def places_agree(self, a: Attack, b: Attack) -> bool:
        """The same place or one within the other, or one is what locates the other ("قاعدة
        فكتوريا قرب مطار بغداد" and "في محيط مطار بغداد"), or is the very place the other is
        placed relative to ("قرية الصفرة جنوبي كركوك" and "في كركوك")."""
        within = self.gazetteer.same_or_within
        x, y = best_specific_place(a), best_specific_place(b)
        if within(x, y) or self._unlisted_within(a, b) or self._unlisted_beside(a, b, x, y) \
                or any(place.id == y.id for place in distinct_places(a, "relatives")) \
                or any(place.id == x.id for place in distinct_places(b, "relatives")):
            return True
        # by what locates one of them, unless the other names places apart ("غارة على دمشق وقصف
        # على القنيطرة" sums up attacks told after it: ``_fold_summaries``)
        return (any(within(place, y) for place in distinct_places(a, "locators"))
                or any(within(x, place) for place in distinct_places(b, "locators"))) \
            and len(self._apart_places(a)) < 2 and len(self._apart_places(b)) < 2

    @staticmethod
    def _renamed(a: Attack, b: Attack) -> bool:
        """"غارة على بلدة في قضاء صور ... استهدفت غارة منزلا في بلدة البازورية ... وقالت الوزارة إن
        الغارة على البازورية أدت إلى سقوط ثلاثة شهداء": an undated definite noun that names one of
        the places the attack was told at (not only its first) tells that attack again."""
        if b.dates or not refers_back(b):
            return False
        y = best_specific_place(b)
        return any(place.id == y.id for place in distinct_places(a, "places"))

    def _unlisted_beside(self, a: Attack, b: Attack, x: Place, y: Place) -> bool:
        """"أغارت مسيرة على منزل في حي البركة بمدينة بنت جبيل" and "مسيرة تستهدف منزلا في بنت
        جبيل": a place no gazetteer has (``x`` or ``y``, the best of each) lies in the listed
        town or larger named beside it in its sentence; the headline that places the other
        report there (or in a place within it, or one that holds it) tells that attack."""
        within = self.gazetteer.same_or_within
        for u, here, k, there in ((a, x, b, y), (b, y, a, x)):
            if not unlisted(here) or unlisted(there) or any(m.sentence != 0 for m in k.mentions):
                continue
            where = {m.sentence for m in u.places if m.value.place is here}
            if any(m.sentence in where and m.value.place.kind != "country" and not unlisted(m.value.place)
                   and within(there, m.value.place) for m in u.places):
                return True
        return False

    def _unlisted_within(self, a: Attack, b: Attack) -> bool:
        """"اغتالوا إماما في مدينة البصرة، عندما أطلقوا عليه النار في منطقة العشار": a place no
        gazetteer has, named in the same sentence as a town or larger of the other report, may
        lie in it; so may one placed relative to a place that holds the other's ("بلدة عيترون
        جنوبي لبنان" and "جنوب لبنان")."""
        within = self.gazetteer.same_or_within
        for u, k in ((a, b), (b, a)):
            names, known = unlisted_by_sentence(u, listed=False), unlisted_by_sentence(k, listed=True)
            fewer, more = (names, known) if len(names) <= len(known) else (known, names)
            if any(s in more and known[s] > names[s] for s in fewer):
                return True
            references = [r.value.place for r in u.relatives if r.sentence in names]
            if references and any(within(place, r) for r in references for place in distinct_places(k, "places")
                                  if place.kind != "country" and not unlisted(place)):
                return True
        return False

    # --- after the pass ----------------------------------------------------------------------
    def _merge_headline(self, attacks: list[Attack], decisions: list[Decision]) -> None:
        """A first report with neither date nor place ("مقتل متعاقد مدني وإصابة جنود
        أمريكيين") is the headline of the first compatible attack reported after it; so is
        a headline with no date placed only in one unit ("هجوم بمسيرة يستهدف حقلا للغاز في
        السليمانية"), of the first such attack placed inside it ("في قضاء جمجمال")."""
        if len(attacks) < 2 or attacks[0].dates:
            return
        head = attacks[0]
        unit = self._headline_unit(head) if specific_places(head) else None
        if specific_places(head) and unit is None:
            return
        for e in attacks[1:]:
            if (e.joined is not None or e.another) and e.first.sentence == head.first.sentence:
                continue                   # "..., فيما فجر مسلحون جسرا", "والاشتباكات التي تلته": another act
            if unit is not None and not self._placed_at(e, unit):
                continue
            if self.kinds_agree(e, head) and self.weapons_compatible(weapon_types(e), weapon_types(head)):
                dates, places = list(e.dates), list(e.places)
                e.absorb(head)
                e.mentions.sort(key=lambda c: (c.sentence, c.tok_start))
                first_dates, first_places = set(dates), set(places)
                e.dates[:] = dates + [m for m in e.dates if m not in first_dates]
                # the unit a headline named holds the attack's own places: it places it no better
                e.places[:] = places if unit is not None else places + [m for m in e.places if m not in first_places]
                forget(e)                  # its lists reordered in place
                attacks.remove(e)
                attacks[0] = e
                decisions[:] = [Decision(d.mention, "merged", "headline", e) if d.attack is head else
                                d for d in decisions]
                return

    def _headline_unit(self, head: Attack) -> Place | None:
        """The one unit above a town (a governorate, a district) where a headline, and only a
        headline, places the one act it tells (not "غارتان إسرائيليتان وقصف مدفعي على جنوب
        لبنان", a sum of several); else None."""
        if head.first.sentence != 0 or any(m.sentence != 0 for m in head.mentions) or \
                any(t.value.dual or t.value.plural for t in head.triggers):
            return None
        places = self._apart_places(head)
        if len(places) != 1 or SPECIFICITY[places[0].kind] <= SPECIFICITY["town"] or places[0].kind == "country":
            return None
        return places[0]

    def _fold_summaries(self, doc: Document, attacks: list[Attack], decisions: list[Decision]) -> list[Attack]:
        """"غارة إسرائيلية على دمشق وقصف مدفعي على القنيطرة", "بقصف حوثي على تعز وهجوم بمسيرة
        ... في مأرب": a headline or lead that names several places apart, each the place of a
        different attack the article tells after it (on no other day), sums those attacks up;
        it is none of its own. Its words are evidence of the first of them (its dates, tolls and
        weapons are the whole list's, of no one attack)."""
        kept = []
        for a in attacks:
            places = self._apart_places(a)
            if len(places) < 2 or doc.sentences[a.first.sentence].paragraph > 1:
                kept.append(a)
                continue
            told = [e for e in attacks if e is not a and e.first.sentence > a.first.sentence and self.kinds_agree(e, a)
                    and not dates_conflict(a, e)]
            covering = [next((e for e in told if self._placed_at(e, place)), None) for place in places]
            if None in covering or len({id(e) for e in covering}) < len(covering):
                kept.append(a)
                continue
            head = covering[0]
            head.mentions.extend(m for m in a.mentions if m not in head.mentions)
            head.mentions.sort(key=lambda c: (c.sentence, c.tok_start))
            forget(head)
            decisions[:] = [Decision(d.mention, "merged", "summary", head) if d.attack is a else d for d in decisions]
        return kept

    def _told_apart(self, doc: Document, split: list[list[Attack]]) -> list[Attack]:
        """"قصف صاروخي على عين الأسد وهجوم بمسيرة على حرير", merged with the attack on Ain
        al-Asad the article tells first: of the parts its places make, one placed only by the
        headline or the lead at the place of another attack the article places after them (on
        no other day) is that attack, told apart; it is no attack of its own."""
        if len(split) < 2 or all(len(parts) < 2 for parts in split):
            return [part for parts in split for part in parts]
        out = []
        for k, parts in enumerate(split):
            others = [e for j, other in enumerate(split) if j != k for e in other]
            # places every part shares ("الحاوي" a detail told in the lead) place none of them apart
            common = set.intersection(*({id(p) for p in specific_places(part)} for part in parts))
            for part in parts:
                here = [p for p in specific_places(part) if id(p) not in common] if len(parts) > 1 else None
                told = None
                if here and all(doc.sentences[p.sentence].paragraph <= 1 for p in here):
                    place = best_place(here)
                    told = next((e for e in others if self._placed_at(e, place) and self.kinds_agree(e, part)
                                 and not dates_conflict(part, e)
                                 and any(doc.sentences[p.sentence].paragraph > 1 for p in specific_places(e))), None)
                if told is None and here:
                    told = self._told_at_its_place(doc, part, here, others)
                    if told is not None:       # what the part says is that attack's
                        told.absorb(part)
                if told is None:
                    out.append(part)
                    continue
                # a new list: the parts of one split attack share theirs
                told.mentions = sorted({id(m): m for m in [*told.mentions, *part.mentions]}.values(),
                                       key=lambda c: (c.sentence, c.tok_start))
        return out

    def _told_at_its_place(self, doc: Document, part: Attack, here: list[Mention], others: list[Attack]) -> Attack | None:
        """"سقط 17 منها على قاعدة عين الأسد، و5 على مدينة أربيل واستهدفت مقر قوات التحالف", "أعلنت
        مسؤوليتها عن استهداف عين الأسد وحرير" after "سقطت مسيرة قرب قاعدة حرير": a part of a
        split report, where one other attack is told at its very place (a site at a site, a town
        at that town) on the same day with no other weapon, is that attack: it takes what the
        part says (its weapons, its toll). Told in the body: a headline sums up several acts
        ("صواريخ على الجليل.. والمدفعية تقصف أطراف الضهيرة"), its places are no one attack's."""
        place = best_place(here)
        within = self.gazetteer.same_or_within
        found = [e for e in others
                 if any(within(p.value.place, place) and p.value.place.kind == place.kind   # not a governorate round a town
                        or (p.value.place.kind == "site") != (place.kind == "site") and (p.value.place.parent == place.id or place.parent == p.value.place.id)
                        for p in specific_places(e) if doc.sentences[p.sentence].paragraph > 0)
                 and self.kinds_agree(e, part) and self._same_day(part, e)
                 and (not weapon_types(part) or not weapon_types(e)
                      or self.weapons_compatible(weapon_types(part), weapon_types(e)))]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _same_day(a: Attack, b: Attack) -> bool:
        """Both dated to one day (by the act's date, or by the same statement's)."""
        ma, mb = attack_date(a), attack_date(b)
        return ma is not None and mb is not None and ma.value.value is not None and ma.value.value == mb.value.value \
            and (id(ma) in a.reported) == (id(mb) in b.reported)

    def _apart_places(self, a: Attack) -> list[Place]:
        """The attack's places below country level, each once, the most specific of those
        that lie one in another ("حمرين" for "حمرين" and "صلاح الدين")."""
        within = self.gazetteer.same_or_within
        places = list({p.id: p for p in distinct_places(a, "places") if p.kind != "country"}.values())
        return [p for p in places if not any(q is not p and within(p, q) and SPECIFICITY[q.kind] < SPECIFICITY[p.kind]
                                             for q in places)]

    def _placed_at(self, e: Attack, place: Place) -> bool:
        """The attack is at the place, or at one inside it (one its text says lies there: "حي
        كفرسوسة بدمشق"), or placed relative to it."""
        within = self.gazetteer.same_or_within
        return any(within(p.value.place, place) for p in specific_places(e)) or \
            any(r.value.place.id == place.id for r in e.relatives) or \
            any(within(u.value.place, place) for u in e.locators)

    def _drop_denied(self, doc: Document, attacks: list[Attack], denied: list[Mention],
                     decisions: list[Decision]) -> list[Attack]:
        """"نفى الجهاز تعرض قاعدة حرير لأي هجوم ... سمع صوت انفجار في قاعدة حرير": where the
        text denies an attack on a site, a report there that states nothing more (no weapon,
        no casualty, no one who did it) is the thing denied."""
        sites = [p.value.place for t in denied
                 for p in doc.between("place", *self._sentence_tokens(doc, t.sentence))
                 if p.value.place.kind == "site" and not p.value.relative]
        if not sites:
            return attacks
        kept = []
        for a in attacks:
            here = specific_places(a)
            if here and not (a.weapons or a.agents or any(m.value.n for m in a.casualties)) and \
                    any(self.gazetteer.same_or_within(best_place(here), site) for site in sites):
                decisions[:] = [Decision(d.mention, "dropped", "denied") if d.attack is a else d for d in decisions]
            else:
                kept.append(a)
        return kept

    @staticmethod
    def _sentence_tokens(doc: Document, i: int) -> tuple[int, int]:
        s = doc.sentences[i]
        return s.tok_start, s.tok_end

    def split(self, doc: Document, a: Attack) -> list[Attack]:
        """The attacks one report names: apart by place, and two for a dual ("قتل شرطي وأصيب
        خمسة في هجومين بعبوات ناسفة استهدفا دوريتين جنوب كركوك وشرقها"), whose toll is that of
        both, so of neither alone; so many for a few counted apart ("في ثلاث هجمات منفصلة")."""
        parts = self.split_by_place(doc, a)
        separate = max(m.separate for m in a.mentions)
        if separate > len(parts):          # "في ثلاث هجمات منفصلة": so many, a toll of them all
            parts = parts + [replace(parts[-1], part=k) for k in range(len(parts), separate)]
            return [replace(p, casualties=[]) for p in parts]
        if not any(t.value.dual and not t.value.definite for t in a.triggers):
            return parts                   # "ولم تسجل إصابات في الهجومين": the two told already
        if len(parts) == 1 and specific_places(a) and all(t.value.trigger.dual_salvo for t in a.triggers if t.value.dual):
            return parts                   # "قصف التحالف بغارتين معسكر الحفا": two strikes, one salvo there
        if len(parts) == 1:
            parts = [parts[0], replace(parts[0], part=1)]
        return [replace(p, casualties=[]) for p in parts]

    def split_by_place(self, doc: Document, a: Attack) -> list[Attack]:
        """"رتلين ... استهدفا في محافظة ذي قار، وثالث في محافظة الديوانية", "أهدافا حيوية في
        إيلات والجولان": places joined by و, neither within the other, are attacks apart; so are
        the places of two objects joined by و ("سفينة في البحر الأحمر، وسفينة في خليج عدن"), and
        two places of one sentence with a conjunct between them: in two countries, or
        "another" ("، وأخرى") or the object's preposition again with a place in another
        governorate ("، وعلى مخازن في القائم"); and two places each told after an act of its
        own ("غارات استهدفت مطار دمشق، فيما طالت غارة مطار حلب")."""
        places = sorted(specific_places(a), key=lambda m: m.tok_start)
        within = self.gazetteer.same_or_within
        apart: list[tuple[Place, list[Mention]]] = []
        for prev, p in zip(places, places[1:]):
            gap = doc.tokens[prev.tok_end:p.tok_start + 1]
            joined = 0 < p.tok_start - prev.tok_end + 1 <= self.windows.coordinated_places_gap \
                and any(self.keymaker.coordinated(t.text) and not self._waw_word(t.text, p) for t in gap) \
                and not self._stretch(doc, prev)
            # "استهدفت سفينة في البحر الأحمر بصواريخ، وسفينة أخرى في خليج عدن": the same kind of
            # object again, joined by و, with a place of its own, however far, even a sea
            firsts = {t.value.id for t in a.targets if t.tok_end <= prev.tok_start}
            second = any(prev.tok_end <= t.tok_start < p.tok_start and t.value.id in firsts
                         and self.keymaker.coordinated(doc.tokens.texts[t.tok_start]) for t in a.targets)
            # "غارات على مواقع في منطقة القائم العراقية، وأخرى على مواقع في مدينة البوكمال
            # السورية": two places of one sentence in two countries, a conjunct after a comma
            # between them, are two attacks, however far; so are two with "وأخرى" ("another")
            # after a comma between them ("سقطت قذيفة على سوق في بعقوبة، وأخرى على حي في المقدادية"),
            # and two with a day of their own each
            conjunct = self._conjunct(doc, prev.tok_end, p.tok_start) if prev.sentence == p.sentence else None
            acted = prev.sentence == p.sentence and self._own_verb_between(doc, a, prev, p)
            abroad = conjunct is not None and (conjunct or (
                prev.value.place.country != p.value.place.country and bool(prev.value.place.country and p.value.place.country))
                or self._own_days(a, prev, p) or self._second_object(doc, prev, p) or self._second_act_noun(doc, a, prev, p))
            if (joined or second or abroad or acted) and not within(prev.value.place, p.value.place) \
                    and (second or p.value.place.kind not in ("border", "region")) \
                    and (not abroad or prev.value.place.kind not in ("border", "region")):
                for q in (prev.value.place, p.value.place):
                    if not any(within(q, k) for k, _ in apart):
                        apart.append((q, []))
        if len(apart) < 2:
            return [a]
        for p in places:
            for key, group in apart:
                if within(p.value.place, key):
                    group.append(p)
        grouped = {p for _, g in apart for p in g}
        shared = [p for p in a.places if p not in grouped]
        groups = [g for _, g in apart]
        weapons, dates = self._by_part(a.weapons, groups), self._by_part(a.dates, groups)
        return [replace(a, places=group + shared, weapons=own, dates=days, simultaneous=False, another=False)
                for (_, group), own, days in zip(apart, weapons, dates)]

    def _waw_word(self, word: str, p: Mention) -> bool:
        """"بين كابول وقندهار في ولاية غزنة", "في وادي سوات": a place cue, or the first word of
        the place's own name, that begins with و as written is no و joining two places."""
        if word in self.unit_words:
            return True
        place = p.value.place
        firsts = self._first_words.get(place.id)
        if firsts is None:
            firsts = self._first_words[place.id] = frozenset(
                normalise_phrase(n).split()[0] for n in (place.name_ar, *place.variants) if n.strip())
        return word in firsts

    def _stretch(self, doc: Document, first: Mention) -> bool:
        """"على الطريق الواصل بين البوكمال والميادين", "في المنطقة الواقعة بين داقوق وطوزخورماتو":
        two places joined by و after "بين" are the ends of one stretch, no attacks apart; so are
        those after "بين" and a dual place noun on a road ("على الطريق الرابط بين مدينتي زنجبار وجعار")."""
        cue = self.cues.first(doc.tokens, max(0, first.tok_start - 2), first.tok_start, ("between_ends",))
        if cue is not None and cue.tok_end == first.tok_start:
            return True
        # "على الطريق الواصل بين بلدتي معدان والسبخة": a road's ends, a dual place noun between
        cue = self.cues.first(doc.tokens, max(0, first.tok_start - 2), first.tok_start, ("between_towns",))
        return cue is not None and cue.tok_end == first.tok_start and self.cues.first(
            doc.tokens, max(0, cue.tok_start - 3), cue.tok_start, ("stretch_road",)) is not None

    @staticmethod
    def _own_verb_between(doc: Document, a: Attack, prev: Mention, p: Mention) -> bool:
        """"خمس غارات استهدفت مطار الحديدة، فيما طالت غارتان قاعدة الديلمي": each of two
        places of a sentence after an act of attack of its own, a comma between the first place
        and the second act, are what two acts hit (not "(بتوقيت بغداد)، أطلق مسلحون ...
        مستهدفة قاعدة عين الأسد", nor a toll, "وفي تلعفر، ... ان امراة قتلت")."""
        texts, lo = doc.tokens.texts, doc.sentences[p.sentence].tok_start
        return any(t.value.trigger.kind == "attack" for t in doc.between("trigger", lo, prev.tok_start)) and \
            any(prev.tok_end <= t.tok_start < p.tok_start and not t.value.noun and t.value.trigger.kind == "attack"
                and "," in texts[prev.tok_end:t.tok_start] for t in a.triggers)

    def _second_object(self, doc: Document, prev: Mention, p: Mention) -> bool:
        """"على مواقع في جرف الصخر بمحافظة بابل، وعلى مخازن في القائم غربي الأنبار": after a
        comma, the preposition of the act's object again, joined by و, with a place in another
        governorate: a second object, hit apart."""
        x, y = prev.value.place, p.value.place
        if not (x.admin1 and y.admin1 and x.admin1 != y.admin1):
            return False
        texts = doc.tokens.texts
        return any(texts[k] == "," and self.keymaker.coordinated(texts[k + 1])
                   and self.cues.first(doc.tokens, k + 1, k + 2, ("preposition",)) is not None
                   for k in range(prev.tok_end, p.tok_start - 1))

    def _second_act_noun(self, doc: Document, a: Attack, prev: Mention, p: Mention) -> bool:
        """"شن طيران التحالف غارتين على مديرية مجزر، وثلاث غارات على مديرية كتاف": after a
        comma, the act's noun again (counted or not), joined by و, before the second place: a
        second salvo there."""
        texts = doc.tokens.texts
        for k in range(prev.tok_end, p.tok_start - 1):
            if texts[k] == "," and self.keymaker.coordinated(texts[k + 1]):
                return any(t.value.noun and k < t.tok_start <= k + 3 and t.tok_start < p.tok_start for t in a.triggers)
        return False

    @staticmethod
    def _own_days(a: Attack, prev: Mention, p: Mention) -> bool:
        """"قرى في ناحية عين عيسى يوم السبت، وقرى في ريف تل تمر يوم الاثنين": a day told
        between two places and another day after the second, in its sentence."""
        between = {d.value.value for d in a.dates if prev.tok_end <= d.tok_start < p.tok_start}
        after = {d.value.value for d in a.dates if d.tok_start >= p.tok_end and d.sentence == p.sentence}
        return bool(between and after) and not between & after

    def _conjunct(self, doc: Document, lo: int, hi: int) -> bool | None:
        """Whether tokens [lo, hi) hold a comma and a word joined by و right after it (None if
        not), and that word is "another" ("، وأخرى")."""
        texts, found = doc.tokens.texts, None
        for k in range(lo, hi - 1):
            if texts[k] == "," and self.keymaker.coordinated(texts[k + 1]):
                if self.cues.first(doc.tokens, k + 1, k + 2, ("another",)) is not None:
                    return True
                found = False
        return found

    @staticmethod
    def _by_part(items: list[Mention], groups: list[list[Mention]]) -> list[list[Mention]]:
        """"استهداف قاعدة التنف بطائرة مسيرة، وقاعدة الشدادي بصاروخين", "قاعدة التنف مساء الأحد،
        وقاعدة الشدادي فجر الاثنين": when each place of a list has a weapon (a date) of its own
        after it (before the next place), each part keeps its own; so it does when each has one
        of its own before it, after the place before, and none follows the last ("هجوم بمسيرة على
        قاعدة حرير وصواريخ على معسكر زليكان"); else (one for the list, or one place told
        without) every part has them all. An item's own is the part of the place named last
        before it, or the one part its sentence places ("استشهد مسعفان جراء غارة نفذتها طائرة
        مسيرة ... عند مفترق بلدة الناقورة" after a headline that names Naqoura and Aitaroun)."""
        starts = [min((p.tok_start for p in g), default=-1) for g in groups]
        if -1 in starts or starts != sorted(starts):
            return [items] * len(groups)
        # each item after the latest place of a part before it: "غارة ... في الناقورة وغارة ...
        # في عيترون" and then "استشهد مسعفان جراء غارة ... في بلدة الناقورة": the lead's are Naqoura's
        # (a sentence that places only one part is that part's, wherever its place stands in it)
        marks = sorted((p.tok_start, k) for k, g in enumerate(groups) for p in g)
        parts_of_sentence: dict[int, set[int]] = {}
        for k, g in enumerate(groups):
            for p in g:
                parts_of_sentence.setdefault(p.sentence, set()).add(k)
        own = [[] for _ in groups]
        for w in items:
            here = parts_of_sentence.get(w.sentence, ())
            k = next(iter(here)) if len(here) == 1 else next((k for t, k in reversed(marks) if t < w.tok_start), None)
            if k is not None:
                own[k].append(w)
        if all(own):
            before = [w for w in items if w.tok_start < starts[0]]
            return [before + o for o in own]
        own = [[w for w in items if lo < w.tok_start < hi] for lo, hi in zip([-1, *starts[:-1]], starts)]
        if all(own) and not any(w.tok_start > starts[-1] for w in items):
            return own
        return [items] * len(groups)
