"""Stage 4d, fields: an attack's record, each field chosen from its arguments."""
from __future__ import annotations

import hashlib
from datetime import date, timedelta

from ..article import Article
from ..document import Document, Mention
from ..extract.actors import Actor
from ..extract.casualties import CasualtyCount
from ..extract.places import SPECIFICITY, Place
from ..extract.weapons import WeaponMention
from ..phrases import Cues
from ..record import (EVENT_TYPE_OF, Casualties, DateField, Event, Location, Perpetrator, Source, Span,
                      Target, Weapon)
from ..tokenise import KeyMaker
from .agents import INFERRED_ROLES, counted, holds
from .arguments import Attack
from .confidence import confidence
from .coreference import Gazetteer, act_kinds, specific_places, unlisted
from .mentions import EventMentions
from .words import AssemblyWords

STATE_KINDS = ("state_forces", "external_forces")   # a state's armed forces, at home or abroad
NON_STATE_KINDS = ("rebel_group", "political_militia", "identity_militia")   # named armed groups


STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")


def held_by_factions(actor, struck: bool) -> bool:
    """What this side holds is an armed group's when hit: a named armed group's ("مقرا لحزب
    الحرية الكردستاني"), or, ``struck`` by a strike, an umbrella of factions' ("غارة على مواقع
    للحشد الشعبي"; a bomb on "عجلة للحشد" hits Iraq's forces)."""
    return actor.kind in NON_STATE_KINDS or (actor.factions and struck)

PRECISION_OF_KIND = {"site": "site", "crossing": "site", "road": "site", "neighbourhood": "town", "town": "town",
                     "subdistrict": "district", "district": "district", "governorate": "governorate",
                     "border": "region", "region": "region", "country": "country"}


class Fields:
    def __init__(self, words: AssemblyWords, keymaker: KeyMaker, cues: Cues, places: list[Place],
                 gazetteer: Gazetteer):
        self.cues = cues
        self.keymaker = keymaker
        self.windows = words.windows
        self.weapon_sub_event = words.weapon_sub_event
        self.trigger_default = words.trigger_sub_event_default
        self.impact_triggers = frozenset(words.impact_triggers)
        self.engaging_triggers = frozenset(words.engaging_triggers)
        self.munitions = {(launcher, fired) for launcher, fired in words.munitions}
        self.harm_triggers = frozenset(words.harm_triggers)
        self.firearms = frozenset(words.firearms)
        self.state_fired = words.state_fired
        self.launch_platforms = frozenset(words.launch_platforms)
        self.generic_by = words.generic_by
        self.compatible = {frozenset(pair) for pair in words.compatible_weapons}
        self.armed_targets = frozenset(words.armed_targets)
        self.fought_targets = frozenset(words.fought_targets)
        self.fought_triggers = frozenset(words.fought_triggers)
        self.confidence_model = words.confidence
        # a first-level unit's name; a region only where no unit has the code ("Kurdistan Region",
        # IQ-KR), never a region inside a unit ("Qandil mountains" is no name of IQ-AR)
        self.admin1_names = {p.admin1: p.name for p in places if p.admin1 and p.kind == "region"}
        self.admin1_names.update({p.admin1: p.name for p in places if p.admin1 and p.kind == "governorate"})
        self.gazetteer = gazetteer

    def record(self, doc: Document, article: Article, a: Attack, lead: bool, listed: Mention | None = None) -> Event:
        spans = sorted({doc.original_span(doc.sentences[c.sentence].start, doc.sentences[c.sentence].end)
                        for c in a.mentions})
        target, fighters = self.target(doc, a)
        sub = self.sub_event_type(doc, a, "fighters" if fighters else target.type)
        if self._airfield_struck(a, target, sub):
            target = target.model_copy(update={"type": "military"})
        perpetrators = self.perpetrators(doc, a)
        return Event(
            event_id=self.event_id(doc, spans, a),
            doc_id=doc.id,
            source=Source(path=article.path, url=article.url, title=article.title,
                          published=article.published.isoformat() if article.published else None,
                          published_from=article.published_from),
            event_type=EVENT_TYPE_OF[sub],
            sub_event_type=sub,
            date=self.date_field(doc, a, lead, listed),
            location=self.location(doc, a) or self._site_hit(doc, a, target),
            target=target,
            weapons=self.weapons(doc, a),
            perpetrators=perpetrators,
            claimed=self.claimed(doc, a, perpetrators),
            casualties=self.casualties(doc, a),
            confidence=confidence(self.confidence_model, a),
            evidence=[Span(start=s, end=e, text=doc.text[s:e]) for s, e in spans],
        )

    @staticmethod
    def _airfield_struck(a: Attack, target: Target, sub: str) -> bool:
        """"شنت طائرات إسرائيلية غارات على مطار دمشق الدولي": an airport a state's air force
        strikes is struck as an airfield of the other side, a military target (ANNOTATION: an
        airport's military use may be coded either way; a rocket or a bomb of a faction on one
        stays an attack on the airport)."""
        return target.type == "airport" and sub == "Air/drone strike" and \
            any(g.mention.value.kind in STATE_KINDS for g in a.agents)

    @staticmethod
    def event_id(doc: Document, spans: list[tuple[int, int]], a: Attack) -> str:
        """Stable across runs: the document, the evidence, and the place (one sentence may
        report attacks on two places) or, unplaced, where its first report starts; and which
        of two the text counts without places apart."""
        places = ",".join(sorted({p.value.place.id for p in specific_places(a)})) or f"@{a.first.tok_start}"
        key = f"{doc.id}|{';'.join(f'{s}-{e}' for s, e in spans)}|{places}" + (f"|{a.part}" if a.part else "")
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def sub_event_type(self, doc: Document, a: Attack, target: str | None) -> str:
        # target: the target's type, or "fighters" when the target is armed men as such
        """ACLED's sub-event type (CODEBOOK.md): a stopped weapon is Disrupted weapons use;
        an abduction is one whatever the weapon; a suicide attacker makes a Suicide bomb;
        else the first weapon that is not a firearm decides ("By the weapon"), else a type the
        trigger forces (a raid is an air strike), else the trigger's default. Shooting,
        killing and fighting are Armed clash when the other side is armed (forces, a
        faction) and Attack when it is civilians or officials."""
        triggers = [t.value.trigger for t in a.triggers]
        weapons = sorted(self.counted_weapons(doc, a), key=lambda m: m.tok_start)
        if any(t.value.trigger.kind == "disrupted" and t.value.trigger.id not in self.engaging_triggers
               and not self._effect(doc, a, t) and not self._partial(doc, t) for t in a.triggers) and \
                not any(t.id in self.impact_triggers for t in triggers) and not self._harmed(a):
            return "Disrupted weapons use"
        if any(t.kind == "abduction" for t in triggers):
            return "Abduction/forced disappearance"
        if any(self.weapon_sub_event[m.value.weapon.type] == "Suicide bomb" for m in weapons) or \
                any(t.sub_event_type == "Suicide bomb" for t in triggers):
            return "Suicide bomb"
        explosive = [m for m in weapons if m.value.weapon.type not in self.firearms]
        # "عدوان إسرائيلي بالصواريخ ... عدوانا جويا": the missiles are the warplanes' munitions
        types = {m.value.weapon.type for m in explosive}
        explosive = [m for m in explosive if not any((launcher, m.value.weapon.type) in self.munitions
                                                     for launcher in types)] or explosive
        if explosive:
            return self.weapon_sub_event[explosive[0].value.weapon.type]
        # (not a verb of stopping's: it stopped nothing, or the check above would have said so)
        forced = [t.sub_event_type for t in triggers
                  if t.sub_event_type and t.sub_event_type != "Attack" and t.kind != "disrupted"]
        if forced:
            return forced[0]
        if any(t.kind == "assassination" for t in triggers):
            return "Attack"                # no fight: the victim was not fighting back
        if target == "fighters":
            return "Armed clash"           # "قتلت القوات الأمريكية 11 مسلحا": forces against fighters
        if not weapons:
            # "أسفرت عملية التفجير عن مقتل 30 شخصا": the deaths are the blast's, not a shooting's
            implied = [self.trigger_default[t.id] for t in triggers
                       if self.trigger_default.get(t.id, "Attack") != "Attack"]
            if implied:
                return implied[0]
        if weapons or any(t.kind == "shooting" for t in triggers):
            return "Armed clash" if target in self.armed_targets else "Attack"
        if target in self.fought_targets and any(t.id in self.fought_triggers for t in triggers):
            return "Armed clash"           # "هجوم على نقطة عسكرية": the forces fought back
        return self.trigger_default["*"]

    def _partial(self, doc: Document, stopped: Mention) -> bool:
        """"بثلاث طائرات مسيرة أسقطت الدفاعات الجوية إحداها": only part of the weapons was
        stopped; the others went on."""
        sentence = doc.sentences[stopped.sentence]
        return self.cues.first(doc.tokens, stopped.tok_end,
                               min(sentence.tok_end, stopped.tok_end + self.windows.partitive_after),
                               ("partitive",)) is not None

    @staticmethod
    def _harmed(a: Attack) -> bool:
        """"تصدت الدفاعات للصواريخ وأسقطت بعضها" and three soldiers killed: what was not
        stopped did harm."""
        return any(((c.value.n or 0) > 0 or c.value.uncounted) and c.value.category in ("killed", "wounded")
                   for c in a.casualties)

    def _effect(self, doc: Document, a: Attack, stopped: Mention) -> bool:
        """"ضربة جوية أدت لتدمير منزلين", "الغارات أدت إلى تدمير مخزن للذخيرة": a verb of
        stopping whose object is something hit or a place a side holds, beside another act,
        tells what that act destroyed; nothing was stopped. So does a verb of destroying whose
        object is no weapon ("استهدفت غارة البلدة ودمرت مبنى من طابقين")."""
        others = any(t.value.trigger.kind != "disrupted" for t in a.triggers)
        if not others:
            return False
        if any(0 <= m.tok_start - stopped.tok_end <= 1 for m in a.targets) or \
                self.cues.first(doc.tokens, stopped.tok_end, stopped.tok_end + 1, ("held_places",)) is not None:
            return True
        return stopped.value.trigger.id in self.harm_triggers and \
            not any(0 <= w.tok_start - stopped.tok_end <= self.windows.object_after for w in a.weapons)

    def date_field(self, doc: Document, a: Attack, lead: bool, listed: Mention | None = None) -> DateField:
        """The attack's own date; else the day of the list that tells it (``listed``: "سلسلة
        غارات ليل أمس، توزعت كالآتي"); else the publication date for the news of the day."""
        if a.dates or listed is not None:
            m = a.date if a.dates else listed
            v = m.value
            value = v.value
            said = self._said_on(doc, a, m) if a.dates else self._said_before(doc, m)
            if said is not None:
                value = (date.fromisoformat(said.value.value) + timedelta(days=v.days_from_dct)).isoformat()
            s, e = doc.original_span(m.start, m.end)
            return DateField(value=value, precision=v.precision, time_of_day=v.time_of_day,
                             text=doc.text[s:e], start=s, end=e)
        if lead and doc.published:
            return DateField(value=doc.published.isoformat(), precision="day", inferred="publication_date")
        return DateField()

    def _said_before(self, doc: Document, m: Mention) -> Mention | None:
        """"قال المركز في بيان مساء الاثنين إن الجبهات شهدت خلال اليوم ... ما يلي": as
        ``_said_on``, for the day of a list, with the earlier day of the statement in its sentence."""
        if m.value.days_from_dct is None or m.value.precision != "day":
            return None
        for r in doc.between("date", doc.sentences[m.sentence].tok_start, m.tok_start):
            if r.value.precision == "day" and r.value.value is not None and r.value.value < m.value.value and \
                    self.cues.first(doc.tokens, r.tok_end, m.tok_start, ("complementizer",)) is not None:
                return r
        return None

    def _said_on(self, doc: Document, a: Attack, m: Mention) -> Mention | None:
        """"قال مسؤولون أمس إن ... قتلوا الليلة الماضية": a day counted from today inside what
        was said on an earlier day counts from that day. The date of the statement, if so."""
        if m.value.days_from_dct is None or m.value.precision != "day":
            return None
        for r in a.dates:
            if id(r) in a.reported and r.sentence == m.sentence and r.tok_end <= m.tok_start and \
                    r.value.days_from_dct is not None and r.value.days_from_dct < 0 and \
                    self.cues.first(doc.tokens, r.tok_end, m.tok_start, ("complementizer",)) is not None:
                return r
        return None

    def location(self, doc: Document, a: Attack) -> Location | None:
        """The most precise place named for the attack; else the site a definite target
        noun points back to ("كما تعرض المطار لهجوم"); else the reference point of a
        relative description ("شرق بغداد"); else the country; else None."""
        inferred = None
        here = specific_places(a)
        if here and a.locators:
            # "مقتل ثلاثة بغارة في دير الزور" and "في مدينة الميادين بريف دير الزور": a place the
            # attack's own words name only to locate another is not where it landed
            # (by name: "بريف دير الزور" is the governorate, the headline's the city)
            # (unless only places no gazetteer has remain: "منطقة الجبانة في مدينة الحديدة")
            located = {m.value.place.name_ar for m in a.locators}
            inside = [p for p in here if p.value.place.name_ar not in located]
            if any(not unlisted(p.value.place) for p in inside):
                here = inside
        if here:
            # a place no gazetteer has cannot be put on a map: a town or a site the gazetteer
            # knows comes first ("في مدينة البصرة ... في منطقة العشار"), but a village is more
            # precise than its province ("قرب بلدة شيوا في إقليم وزيرستان")
            known = [p for p in here if not unlisted(p.value.place)]
            if any(SPECIFICITY[p.value.place.kind] <= SPECIFICITY["town"] or p.value.place.geonameid is not None
                   for p in known):                    # a unit that stands for its town is a town
                here = known
            # of two of a kind, the one inside the other ("حارة حريك بالضاحية الجنوبية")
            m = min(here, key=lambda p: (SPECIFICITY[p.value.place.kind],
                                         -len(self.gazetteer.ancestors(p.value.place)), p.tok_start))
        elif (m := self._antecedent_site(doc, a)) is not None:
            inferred = "antecedent_site"
        elif a.relatives:
            m, inferred = a.relatives[0], "reference_point"
        else:
            m = (a.places or [None])[0]
        if m is None:
            return None
        if m.value.referred:
            inferred = "country_referred"
        pl = m.value.place
        s, e = doc.original_span(m.start, m.end)
        located_in = self._unit_of_unlisted(doc, a, m) if unlisted(pl) else None
        unit = pl if located_in is None else located_in.value.place
        return Location(name=pl.name, name_ar=pl.name_ar, text=doc.text[s:e], start=s, end=e,
                        country_code=unit.country or None, admin1_code=unit.admin1,
                        admin1=self.admin1_names.get(unit.admin1),
                        admin2=self._admin2(pl), lat=pl.lat, lon=pl.lon, precision=PRECISION_OF_KIND[pl.kind],
                        inferred=inferred)

    def _unit_of_unlisted(self, doc: Document, a: Attack, m: Mention) -> Mention | None:
        """"قرية البارة في جبل الزاوية بريف إدلب", "حي الشجاعية شرق مدينة غزة": the place a
        gazetteer knows that the text says a place no gazetteer has lies in or beside (after a
        unit's cue or a direction, a few words on): its country and first-level unit are the
        unlisted place's, as the text gives them."""
        for p in sorted([*a.places, *a.locators, *a.relatives], key=lambda p: p.tok_start):
            if p.tok_start < m.tok_end or p.sentence != m.sentence or not p.value.place.admin1:
                continue
            if p.tok_start - m.tok_end > self.windows.locator_gap:
                return None
            if p.value.relative and m.value.place.kind == "neighbourhood" and p.value.place.kind == "town":
                return p                      # "حي الشجاعية شرق مدينة غزة": a quarter of the town, on a side
                # (not "بلدة عقربا جنوب شرقي دمشق": a town beside another may lie in the next governorate)
            unit = self.cues.first(doc.tokens, m.tok_end, p.tok_start, ("within_unit",))
            if unit is not None and unit.tok_end == p.tok_start:
                return p
        return None

    @staticmethod
    def _site_hit(doc: Document, a: Attack, target: Target) -> Location:
        """With no place named, the site the attack hit, as the text names it ("استهدف هجوم
        انتحاري مبنى حرس السواحل"): where it landed, though no gazetteer can map it."""
        for m in a.targets:
            if not m.value.site:
                continue
            s, e = doc.original_span(m.start, m.end)
            owner_after = m.value.owned and m.tok_end < len(doc.tokens) and \
                doc.original_span(doc.tokens.token_starts[m.tok_end], doc.tokens.token_ends[m.tok_end])[0] == target.start
            if (s, e) == (target.start, target.end) or owner_after:   # "منزل رئيس الحكومة": the home of whom was hit
                return Location(text=doc.text[s:e], start=s, end=e, precision="site")
        return Location()

    def _admin2(self, place: Place) -> str | None:
        """The second-level unit: the source's, or the district the place is or lies in."""
        if place.admin2 or place.kind == "district":
            return place.admin2 or place.name
        places = self.gazetteer.places
        district = next((places[i] for i in self.gazetteer.ancestors(place) if places[i].kind == "district"), None)
        return district.name if district else None

    def _antecedent_site(self, doc: Document, a: Attack) -> Mention | None:
        start = a.first.tok_start
        for t in a.targets:
            if not self.keymaker.is_definite(doc.tokens, t.tok_start):
                continue
            for p in sorted(doc.of("place"), key=lambda p: -p.tok_start):
                if p.tok_start < start and p.value.place.kind == "site" and p.value.place.target == t.value.type:
                    return p
        return None

    def target(self, doc: Document, a: Attack) -> tuple[Target, bool]:
        """What was hit, and whether it is fighters as such ("مسلحا"): who a vehicle carried
        ("حافلة تقل عناصر من الحرس الثوري"); for an assassination or abduction the victim, the
        target noun nearest after the act, else before it ("قال نائب إن مسلحين اختطفوا
        صحفيا"); else the site's kind (an embassy is diplomatic); else the target noun nearest
        after the trigger, else before it; else the side holding the place hit, a position
        named by its place ("موقع المطلة"), the forces among the hurt, the side whose ranks were
        struck; else who an act of its kind kills (a massacre's victims are civilians). The
        subject of a verb of undergoing ("سفينة تعرضت لهجوم") is the nearest noun, and a home
        named by its owner ("منزل محافظ البصرة") is the owner's."""
        first_trigger = min(t.tok_start for t in a.triggers)
        aimed_at = [t for t in a.targets if id(t) not in a.victims      # not "بينهم نساء وأطفال"
                    and not t.value.last_resort]
        # "سفينة شحن تعرضت لهجوم": the subject of a verb of undergoing is what was hit
        undergoing = [m for m in aimed_at if any(t.value.trigger.passive and not t.value.noun and
                                                 0 <= t.tok_start - m.tok_end <= 1 for t in a.triggers)]
        nearest = undergoing[:1] if undergoing else [] if not aimed_at else \
            [min(aimed_at, key=lambda m: (m.tok_start < first_trigger, abs(m.tok_start - first_trigger)))]
        if nearest and nearest[0].value.owned:   # "منزل رئيس حكومة المنطقة": the owner was aimed at
            nearest = [next((m for m in aimed_at if m.tok_start == nearest[0].tok_end), nearest[0])]
        carried = self._carried(doc, a, aimed_at)
        if carried is not None:
            return carried, False
        if act_kinds(a) != {"attack"} and nearest:
            return self._noun_target(doc, a, nearest[0]), nearest[0].value.fighters
        held = self._held_by(doc, a)
        if held is not None and (not nearest or nearest[0].value.site):
            # "مستودعات أسلحة لحزب الله في محيط مطار دمشق": what a side held, not the site it
            # lies in (but "قتل ثلاثة مدنيين ... وقال الجيش إنه استهدف مواقع للحزب": the people)
            return self._side_target(doc, a, held), False
        for p in sorted(a.places, key=lambda p: p.tok_start):
            if p.value.place.target and not self._beside_target(doc, p, aimed_at, a.places):
                s, e = doc.original_span(p.start, p.end)
                return Target(type=p.value.place.target, name=p.value.place.name, text=doc.text[s:e],
                              start=s, end=e), False
        if nearest:
            if nearest[0].value.fighters and (side := self._side_hurt(doc, a)) is not None:
                return self._side_target(doc, a, side), True      # "مقاتلين من هيئة تحرير الشام": whose men
            return self._noun_target(doc, a, nearest[0]), nearest[0].value.fighters
        if held is not None:
            return self._side_target(doc, a, held), False
        position = self._named_position(doc, a)
        if position is not None:
            s, e = doc.original_span(*position)
            return Target(type="military", text=doc.text[s:e], start=s, end=e), False
        hurt = self._side_hurt(doc, a)
        if hurt is not None:
            # "مقتل عنصرين من الجيش الوطني برصاص قناص": an armed group's men counted among the
            # dead are fighters as such
            return self._side_target(doc, a, hurt), hurt.value.kind in NON_STATE_KINDS
        side = self._in_ranks(doc, a) or self._clash_side(a) or self._speakers_own(doc, a)
        if side is not None:
            return self._side_target(doc, a, side), False
        people = next((t for t in a.targets if t.value.last_resort), None)
        if people is not None:                 # "أصيب ثلاثة مزارعين بانفجار لغم أرضي"
            return self._noun_target(doc, a, people), False
        by_kind = next((t for t in a.triggers if t.value.trigger.victims), None)
        if by_kind is not None:                # "مذبحة وقعت في قرية": a massacre kills civilians
            s, e = doc.original_span(by_kind.start, by_kind.end)
            return Target(type=by_kind.value.trigger.victims, text=doc.text[s:e], start=s, end=e), False
        return Target(), False

    def _side_target(self, doc: Document, a: Attack, side: Mention) -> Target:
        """An armed side that was hit: a state's forces (military), or an armed group, which
        an umbrella of factions is when a strike hits it (``held_by_factions``)."""
        s, e = doc.original_span(side.start, side.end)
        actor = side.value
        kind = "military" if actor.kind in STATE_KINDS and not held_by_factions(actor, self.struck(a)) else "armed_group"
        return Target(type=kind, name=None if actor.kind == "unidentified" else actor.name, text=doc.text[s:e],
                      start=s, end=e)

    def struck(self, a: Attack) -> bool:
        """A strike from afar: its weapon, or its attack word ("غارة", "قصف"), makes it an air,
        drone, missile, artillery or rocket strike."""
        return any(self.weapon_sub_event[w.value.weapon.type] in STRIKES for w in a.weapons) or \
            any(t.value.trigger.sub_event_type in STRIKES or self.trigger_default.get(t.value.trigger.id) in STRIKES
                for t in a.triggers)

    def _noun_target(self, doc: Document, a: Attack, m: Mention) -> Target:
        """The target a noun names; a military or government noun that runs into the name of
        a side that is no state's, or ends where it starts ("سيارة تابعة لقوات سوريا
        الديمقراطية", "مقرا لحزب الحرية الكردستاني", "رئيس المكتب السياسي لحركة حماس"), is
        that armed group."""
        s, e = doc.original_span(m.start, m.end)
        struck = self.struck(a)
        side = next((x for x in a.actors if held_by_factions(x.value, struck) and x.tok_start <= m.tok_end
                     and m.tok_start < x.tok_end), None) if m.value.type in ("military", "government") else None
        if side is not None:
            return Target(type="armed_group", name=side.value.name, text=doc.text[s:e], start=s, end=e)
        return Target(type=m.value.type, text=doc.text[s:e], start=s, end=e)

    def _carried(self, doc: Document, a: Attack, nouns: list[Mention]) -> Target | None:
        """"حافلة تقل عناصر من الحرس الثوري", "سيارة تقل قياديين في الحزب": who the vehicle
        carried, a target noun or a named side a few words after "تقل", was aimed at."""
        reach = self.windows.carried_after
        for em in a.mentions:
            cue = self.cues.first(doc.tokens, em.tok_start, em.tok_end, ("carrying",))
            if cue is None:
                continue
            noun = next((m for m in nouns if cue.tok_end <= m.tok_start <= cue.tok_end + reach), None)
            if noun is not None:
                return self._noun_target(doc, a, noun)
            side = next((m for m in a.actors if cue.tok_end <= m.tok_start <= cue.tok_end + reach
                         and m.value.kind != "unidentified"), None)
            if side is not None:
                s, e = doc.original_span(side.start, side.end)
                kind = "military" if side.value.kind in STATE_KINDS else "armed_group"
                return Target(type=kind, name=side.value.name, text=doc.text[s:e], start=s, end=e)
        return None

    def _named_position(self, doc: Document, a: Attack) -> tuple[int, int] | None:
        """"استهدف مقاتلو الحزب موقع المطلة", "استهدفوا موقعا إسرائيليا": with no target noun,
        a position named by the place it stands at, or by the nation whose forces hold it, is a
        military one. Its span in the normalised text."""
        for p in a.places:
            cue = self.cues.first(doc.tokens, max(0, p.tok_start - 1), p.tok_start, ("position",))
            if cue is not None and cue.tok_end == p.tok_start:
                return p.start, p.end
        for em in a.mentions:
            for nation in doc.between("actor_adjective", em.tok_start, em.tok_end):
                cue = self.cues.first(doc.tokens, max(0, nation.tok_start - 1), nation.tok_start, ("position",))
                if cue is not None and cue.tok_end == nation.tok_start:
                    return doc.tokens.token_starts[cue.tok_start], nation.end
        return None

    def _held_by(self, doc: Document, a: Attack) -> Mention | None:
        """The armed side that holds the place hit (``holds``)."""
        agents = {id(g.mention) for g in a.agents if g.role != "near"}
        for m in a.actors:
            if id(m) not in agents and m.value.kind != "unidentified" and holds(self.cues, doc.tokens, m):
                return m
        return None

    def _side_hurt(self, doc: Document, a: Attack) -> Mention | None:
        """"أصيب ثلاثة من عناصر البيشمركة بانفجار عبوة", "قتل خمسة مسلحين بضربة جوية": with no
        other target named, the side a count of the dead or wounded counts (``counted``; a
        state's forces also one word after it), or the group the counted men belong to ("قتل
        ثلاثة عناصر من حركة الشباب بغارة"), is what was hit: a side named before men described
        generically ("خمسة مسلحين من تنظيم داعش")."""
        doers = {id(g.mention) for g in a.agents if g.role != "near"}
        for m in sorted(a.actors, key=lambda m: m.value.generic):
            if id(m) in doers:
                continue                      # "قتلت قوات حرس الحدود ثلاثة متسللين": who killed
            if counted(self.cues, doc.tokens, a.casualties, m) or \
                    (m.value.kind in STATE_KINDS and any(0 <= m.tok_start - c.tok_end <= 1 for c in a.casualties)):
                return m
        return None

    def _speakers_own(self, doc: Document, a: Attack) -> Mention | None:
        """"وقال الجيش الوطني إن الحوثيين شنوا هجوما على مواقعه": a place hit named with a
        pronoun ("مواقعه", "مقراتها") is that of the side whose statement tells the act."""
        for em in a.mentions:
            own = self.cues.first(doc.tokens, em.tok_start, em.tok_end, ("own_places",))
            if own is None:
                continue
            s = doc.sentences[em.sentence]
            for m in doc.between("actor", s.tok_start, own.tok_start):
                source = self.cues.first(doc.tokens, max(s.tok_start, m.tok_start - 2), m.tok_start, ("source",))
                if source is not None and source.tok_end == m.tok_start and \
                        m.value.kind in (*STATE_KINDS, *NON_STATE_KINDS):
                    return m
        return None

    @staticmethod
    def _clash_side(a: Attack) -> Mention | None:
        """"اشتباكات بين قسد وفصائل موالية لتركيا": in a clash with no other target named, a
        side named in it that did not start it (else any), an armed group before a state's forces."""
        if not any(t.value.trigger.kind == "clash" for t in a.triggers):
            return None
        agents = {id(g.mention) for g in a.agents}
        sides = [m for m in a.actors if m.value.kind in (*STATE_KINDS, *NON_STATE_KINDS)]
        pool = [m for m in sides if id(m) not in agents] or sides
        return min(pool, key=lambda m: (m.value.kind in STATE_KINDS, m.tok_start), default=None)

    def _in_ranks(self, doc: Document, a: Attack) -> Mention | None:
        """"أوقع مذبحة في صفوف الجيش", "خسائر في صفوف الحوثيين": with no other target named,
        the side whose ranks the act struck is what was hit."""
        for m in a.actors:
            ranks = self.cues.first(doc.tokens, max(0, m.tok_start - 2), m.tok_start, ("ranks",))
            if ranks is not None and ranks.tok_end == m.tok_start and m.value.kind != "unidentified":
                return m
        return None

    def _beside_target(self, doc: Document, site: Mention, nouns: list[Mention], places: list[Mention]) -> bool:
        """"بسقوط صاروخ على منزلهم المجاور لمطار بغداد", "مقتل قائد ... بغارة قرب مطار بغداد":
        a site after "near" only tells where the act was when the attack names a target noun;
        the noun is what was hit ("سقطت صواريخ قرب السفارة": with none, the site is). A noun in a
        site's own name ("معسكر فكتوريا ضمن مطار بغداد") is that site, not another target."""
        near = self.cues.first(doc.tokens, max(0, site.tok_start - 3), site.tok_start, ("near",))
        if near is None:
            return False
        named = [(p.tok_start, p.tok_end) for p in places if p.value.place.kind == "site"]
        return any(0 <= near.tok_start - t.tok_end <= 1 or not any(lo <= t.tok_start < hi for lo, hi in named)
                   for t in nouns)

    def counted_weapons(self, doc: Document, a: Attack) -> list[Mention]:
        """The weapon mentions the record gives: a generic form ("غارة", "قذيفة", "مسيرة")
        counts only when no specific weapon is named (or one it stands ``beside``: "مقاتلات
        ومسيرات"), and not beside a generic one that did it (``generic_by``: "غارة نفذتها
        مسيرة"); a headline's weapon only as the body tells the attack (``_told_in_body``)."""
        weapons = self._told_in_body(doc, a)
        specific = [m for m in weapons if not m.value.weapon.generic]
        named = {m.value.weapon.type for m in specific}
        mentions = specific + [m for m in weapons if m.value.weapon.generic and (
                               m.value.weapon.reads_as is not None and not named.intersection(m.value.weapon.reads_as)
                               or named.intersection(m.value.weapon.beside))] if specific else weapons
        specific_types = {m.value.weapon.type for m in mentions}
        if not specific:                  # "غارة نفذتها مسيرة": the raid is the drone's
            specific_types -= {t for t, by in self.generic_by.items() if by in specific_types}
            # "صواريخ وقذائف": a round that may be what else is named is that
            specific_types -= {m.value.weapon.type for m in mentions
                               if set(m.value.weapon.may_be) & (specific_types - {m.value.weapon.type})}
        return [m for m in weapons if m.value.weapon.type in specific_types]

    def _told_in_body(self, doc: Document, a: Attack) -> list[Mention]:
        """A headline sums up the article: where the body names the attack's weapon, a weapon
        the headline names that is of no type the body's may be (``compatible_weapons``) is
        another attack's ("مسيرات تركية تدمر منظومة دفاع جوي ... وقصف صاروخي ومدفعي على جبل
        الزاوية": the shelling is not the drones')."""
        if not a.weapons or a.weapons[0].sentence != 0 or not EventMentions.is_headline(doc, doc.sentences[0]):
            return a.weapons
        told = {t for m in a.weapons if m.sentence != 0 for t in (m.value.weapon.type, *m.value.weapon.may_be)}
        told.discard("unknown")
        if not told:
            return a.weapons
        return [m for m in a.weapons if m.sentence != 0 or m.value.weapon.type in told or m.value.weapon.type == "unknown"
                or any(frozenset((m.value.weapon.type, t)) in self.compatible for t in told)]

    def weapons(self, doc: Document, a: Attack) -> list[Weapon]:
        """One weapon per type (``counted_weapons``), with the subtype, count and calibre any
        mention gives; fired by a state's forces or at a ship, a generic rocket is a missile
        (``state_fired``)."""
        mentions = self.counted_weapons(doc, a)
        guided = any(g.mention.value.kind in STATE_KINDS and g.role == "adjective"
                     for g in a.agents) or any(t.value.vessel for t in a.targets)   # a ship at sea: guided
        by_type: dict[str, Weapon] = {}
        for m in sorted(mentions, key=lambda m: m.tok_start):
            v: WeaponMention = m.value
            s, e = doc.original_span(m.start, m.end)
            kind = self.state_fired.get(v.weapon.type, v.weapon.type) \
                if v.weapon.generic and (guided or self._air_launched(doc, a, m)) else v.weapon.type
            w = by_type.get(kind)
            if w is None:
                by_type[kind] = Weapon(type=kind, subtype=v.weapon.subtype, count=v.count,
                                       caliber_mm=v.caliber_mm, text=doc.text[s:e], start=s, end=e)
            else:
                by_type[kind] = w.model_copy(update={
                    "subtype": w.subtype or v.weapon.subtype, "count": w.count or v.count,
                    "caliber_mm": w.caliber_mm or v.caliber_mm})
        return list(by_type.values())

    def _air_launched(self, doc: Document, a: Attack, m: Mention) -> bool:
        """"أطلقت طائرة مسيرة صاروخا", "بصاروخ أطلقته طائرة مسيرة": a weapon a few words from a
        drone or an aircraft, with no و joining them, was fired from it."""
        texts, gap, joined = doc.tokens.texts, self.windows.air_launch_gap, self.keymaker.coordinated
        for p in a.weapons:
            if p.value.weapon.type not in self.launch_platforms:
                continue
            lo, hi = (p.tok_end, m.tok_start) if p.tok_start < m.tok_start else (m.tok_end, p.tok_start)
            if 0 <= hi - lo <= gap and not any(joined(texts[i]) for i in range(lo, hi + 1)):
                return True
        return False

    # --- who did it ----------------------------------------------------------------------
    @staticmethod
    def perpetrators(doc: Document, a: Attack) -> list[Perpetrator]:
        """One per actor among the attack's agents; an attribution (claimed, accused,
        suspected) wins over the agent as reported. Gunmen no one named ("كمين نصبه مسلحون")
        are the side that claims the act, when one does ("وأعلن تنظيم داعش مسؤوليته")."""
        found: dict[str, Perpetrator] = {}
        ordered = sorted((g for g in a.agents if g.adjective), key=lambda g: g.mention.tok_start) + \
            [g for g in a.agents if not g.adjective]
        for g in ordered:
            actor: Actor = g.mention.value
            s, e = doc.original_span(g.mention.start, g.mention.end)
            old = found.get(actor.id)
            if old is None or (old.attribution is None and g.attribution is not None and not g.adjective):
                found[actor.id] = Perpetrator(name=actor.name, name_ar=actor.name_ar, text=doc.text[s:e],
                                              start=s, end=e, attribution=g.attribution,
                                              inferred=g.role if g.role in INFERRED_ROLES else None)
        if any(p.attribution == "claimed" for p in found.values()):
            unnamed = {g.mention.value.id for g in a.agents if g.mention.value.kind == "unidentified"}
            return [p for actor_id, p in found.items() if actor_id not in unnamed or p.attribution == "claimed"]
        return list(found.values())

    def claimed(self, doc: Document, a: Attack, perpetrators: list[Perpetrator]) -> bool | None:
        if any(p.attribution == "claimed" for p in perpetrators):
            return True
        for s_i in {c.sentence for c in a.mentions}:
            s = doc.sentences[s_i]
            if self.cues.first(doc.tokens, s.tok_start, s.tok_end, ("claim_none",)):
                return False
        return None

    # --- casualties ------------------------------------------------------------------------
    @staticmethod
    def casualties(doc: Document, a: Attack) -> Casualties:
        killed = wounded = None
        group: dict[str, tuple[int, int]] = {}   # category -> (sentence, people so far) of its last group
        for m in sorted(a.casualties, key=lambda m: m.tok_start):
            c: CasualtyCount = m.value
            if c.n is None or c.several:      # "قتل 40 شخصا في حوادث عنف متفرقة": not this attack's
                continue
            n = c.n
            for cat in (("killed", "wounded") if c.category == "both" else (c.category,)):
                before = group.get(cat)
                # "أصيب جندي ... وثلاثة آخرون": more people in the same sentence add to the group
                total = before[1] + n if c.more and before is not None and before[0] == m.sentence else n
                group[cat] = (m.sentence, total)
                if cat == "killed":
                    killed = total if killed is None else max(killed, total)
                elif cat == "wounded":
                    wounded = total if wounded is None else max(wounded, total)
        if killed is None and any(t.value.trigger.kind == "assassination" for t in a.triggers):
            killed = 1
        counted = [m for m in a.casualties if m.value.n is not None and not m.value.several]
        if not counted:
            return Casualties(killed=killed, wounded=wounded)
        first = min(counted, key=lambda m: m.tok_start)
        s, e = doc.original_span(first.start, first.end)
        return Casualties(killed=killed, wounded=wounded, text=doc.text[s:e], start=s, end=e)
