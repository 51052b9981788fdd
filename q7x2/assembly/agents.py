"""Who did it: the agents of an event mention, each with how the text makes it one.

An actor is an agent when it claims the act, is accused or suspected of it (CODEBOOK.md),
or is reported doing it: a nationality after the attack word ("غارة أمريكية"), the subject of
the verb ("أطلق مسلحون", "هجوم شنه مسلحو تنظيم داعش", "قام به", "على يد"), the owner of the
weapon ("طائرة مسيّرة تابعة للميليشيات"), an actor just before the trigger, or the one whose
forces did it ("أعلن الجيش أن قواته قتلت"). Not the source of a report, a person's body
("المتحدث باسم البنتاغون"), the accuser ("تحمل واشنطن كتائب حزب الله مسؤولية"), nor the
people hurt.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Document, Mention
from ..normalise import normalise_phrase
from ..phrases import CueHit, Cues
from .mentions import EventMention
from .words import AssemblyWords

ATTRIBUTION_CUES = ("claim", "accuse", "blame", "suspect")
ATTRIBUTION_OF_CUE = {"claim": "claimed", "announce": "claimed", "accuse": "accused", "blame": "accused",
                      "suspect": "suspected"}


def held_place(cues: Cues, tokens, m: Mention) -> CueHit | None:
    """"ضربات جوية على مواقع لكتائب حزب الله", "غارات على مواقع تابعة لجماعة الحوثي": the place
    (a position, a headquarters, a depot, a launcher) right before the actor, or before "تابعة"
    following it, or before a hedge on whose it is ("مواقع يشتبه بأنها لحزب العمال"); the
    actor owns what was hit (and is suspected of nothing)."""
    owner = cues.first(tokens, max(0, m.tok_start - 2), m.tok_start, ("owner",))   # "يتحصن فيها"
    end = owner.tok_start if owner is not None and owner.tok_end == m.tok_start else m.tok_start
    if end == m.tok_start:
        that = cues.first(tokens, max(0, m.tok_start - 1), m.tok_start, ("complementizer",))
        hedge = that is not None and that.tok_end == m.tok_start and \
            cues.first(tokens, max(0, that.tok_start - 2), that.tok_start, ("suspect",))
        if hedge and hedge.tok_end == that.tok_start:
            end = hedge.tok_start
    held = cues.first(tokens, max(0, end - 3), end, ("held_places",))
    return held if held is not None and held.tok_end == end else None


def holds(cues: Cues, tokens, m: Mention) -> bool:
    """The actor owns a place it held that was hit (``held_place``)."""
    return held_place(cues, tokens, m) is not None


def counted(cues: Cues, tokens, casualties: list[Mention], m: Mention) -> bool:
    """The actor starts at the noun a count of the dead or wounded counts, right after it, or
    after "من" ("من مقاتلي") right after it: "قتل خمسة مسلحين", "قتل 3 جنود إسرائيليين",
    "أصيب ثلاثة من عناصر البيشمركة", "قتل اثنان من مقاتلي هيئة تحرير الشام", "قتلت القوات خمسة
    مسلحين يشتبه في انتمائهم لتنظيم القاعدة" (not "قتل مسلحون خمسة جنود": the subject of an
    active verb comes before the count; nor "قتل مدنيان بقصف قوات النظام")."""
    for c in casualties:
        if c.tok_start < c.tok_end - 1 <= m.tok_start <= c.tok_end:
            return True
        if c.tok_end < m.tok_start <= c.tok_end + 2 and c.tok_end - 1 > c.tok_start:
            link = cues.first(tokens, c.tok_end, m.tok_start, ("affiliation",))
            if link is not None and (link.tok_start, link.tok_end) == (c.tok_end, m.tok_start):
                return True
        if c.tok_end - 1 > c.tok_start and _members_hedged(cues, tokens, c.tok_end, m.tok_start):
            return True
    return False


def _members_hedged(cues: Cues, tokens, i: int, j: int) -> bool:
    """Tokens [i, j) are a hedge on whose the men counted right before are: "يشتبه في انتمائهم
    ل", "يعتقد أنهم من"."""
    hedge = cues.first(tokens, i, i + 1, ("suspect",))
    if hedge is None or hedge.tok_start != i:
        return False
    members = cues.first(tokens, hedge.tok_end, j, ("members_hedged",))
    if members is None or members.tok_start != hedge.tok_end:
        return False
    if members.tok_end == j:
        return True                        # "يشتبه في انتمائهم لتنظيم القاعدة"
    link = cues.first(tokens, members.tok_end, j, ("affiliation",))
    return link is not None and (link.tok_start, link.tok_end) == (members.tok_end, j)


# Roles of a side not named for an attack but inferred (Coreference): the record says which.
INFERRED_ROLES = ("told_before", "campaign")


@dataclass(frozen=True, slots=True)
class Agent:
    """An actor the text makes responsible for the act: ``attribution`` claimed, accused or
    suspected (CODEBOOK.md), or None for the agent as reported."""

    mention: Mention
    attribution: str | None
    role: str                 # adjective ("غارة أمريكية"), attribution, owner, subject, near (see Agents),
    #                           told_before (the side of an attack told before with the same weapon),
    #                           campaign (the side of a campaign of such attacks the article tells): Coreference

    @property
    def adjective(self) -> bool:
        return self.role == "adjective"


class Agents:
    def __init__(self, words: AssemblyWords, cues: Cues):
        self.cues = cues
        self.windows = words.windows
        self._first_words: dict[str, frozenset[str]] = {}    # actor id -> the first words of its names
        self.subject_suffixes = tuple(normalise_phrase(x) for x in words.subject_suffixes)
        self.object_suffixes = tuple(normalise_phrase(x) for x in words.object_suffixes)
        self.acting_kinds = frozenset(words.acting_kinds)
        self.agentive = normalise_phrase(words.agentive)
        self.agentive_triggers = frozenset(words.agentive_triggers)
        self.agentive_members = frozenset(normalise_phrase(self.agentive + w) for w in words.agentive_members)
        self.announced_acts = frozenset(words.announced_acts)
        self.own_act_kinds = frozenset(words.own_act_kinds)

    def __call__(self, doc: Document, em: EventMention, actors: list[Mention], weapons: list[Mention]) -> list[Agent]:
        """The actors the clause makes responsible for its act: an adjective right after an
        attack word ("غارة أمريكية", "القصف الإيراني") or an indefinite noun of aggression in
        the clause of an act ("تصدت الدفاعات لعدوان إسرائيلي استهدف المطار"); an actor with a claim, accusation or
        suspicion; an actor just before the trigger, or right after a verb trigger. The
        source of a report ("أكدت مصادر في جهاز مكافحة الإرهاب") is not an agent."""
        found = []
        # not a weapon that is the object of a verb that carries its subject: "استهدفوا دبابة إسرائيلية"
        objects = {t.tok_end for t in em.live if not t.value.noun and self._carries_subject(doc.tokens.texts[t.tok_end - 1])}
        # not after a word of stopping: "استهدفت الدفاعات الجوية الروسية طائرات": who stopped it
        attack_words = {m.tok_end for m in [*(t for t in em.live if t.value.trigger.kind != "disrupted"),
                                            *(w for w in weapons if w.tok_start not in objects)]}
        forces = set()
        hedges, complements = [], {}
        for c in self.cues.matches(doc.tokens, em.tok_start, em.tok_end,
                                   ("forces", "aggression", "suspect", "complementizer")):
            if "forces" in c.payloads and not self._among_victims(doc, c.tok_start):
                forces.add(c.tok_end)
            elif "aggression" in c.payloads and (
                    not doc.tokens.keymaker.is_definite(doc.tokens, c.tok_start) or c.tok_start in forces
                    or any(not t.value.noun and t.tok_end == c.tok_start for t in em.live)
                    or self._aggression_before_verb(doc, em, c.tok_end)):
                # "لعدوان إسرائيلي بالصواريخ استهدف"; "العدوان" (a war) only where it names the
                # side that acts: a force's ("طيران العدوان الأمريكي السعودي"), or a verb's
                # subject ("شن العدوان الأمريكي البريطاني غارات", "وكان العدوان الإسرائيلي قد استهدف");
                # not "الرد على العدوان الإسرائيلي"
                attack_words.add(c.tok_end)
            elif "suspect" in c.payloads:
                hedges.append(c)
            elif "complementizer" in c.payloads:
                complements[c.tok_start] = c.tok_end
        # "غارات جوية يرجح أنها إسرائيلية", "غارة مجهولة يعتقد أنها أمريكية": a nisba after a
        # hedge on the attack word names who is suspected
        suspected = {complements[h.tok_end] for h in hedges
                     if h.tok_end in complements and self._hedges_attack(doc, em, h.tok_start, attack_words)}
        for m in doc.between("actor_adjective", em.tok_start, em.tok_end):
            if m.tok_start in suspected:
                found.append(Agent(m, "suspected", "adjective"))
            elif m.tok_start in attack_words:
                # "غارات أمريكية بريطانية", "طائرات أمريكية وبريطانية": a nation joined to one
                # that named who struck is the other who struck
                found.append(Agent(m, None, "adjective"))
                attack_words.add(m.tok_end)
            elif m.tok_start - 1 in attack_words and self._joined_means(doc, m.tok_start - 1):
                # "بقصف صاروخي ومدفعي سعودي": a means joined to the weapon, then who struck
                found.append(Agent(m, None, "adjective"))
                attack_words.add(m.tok_end)
            elif m.tok_start in forces:       # "جنود أمريكيون", "دبابة إسرائيلية": a force named by its nation
                actors = sorted([*actors, m], key=lambda a: a.tok_start)
                forces.add(m.tok_end)
        spoken_for = []
        hurt = doc.between("casualty", em.tok_start, em.tok_end)
        for m in actors:
            # "حمل المتحدث باسم البنتاغون ...": the accuser's body; "مواقع لحزب الله": the side
            # hit; "نفى الحوثيون أي علاقة لهم بالانفجار": the side that disclaims it
            if self._accuser(doc, em, m) or self._denier(doc, em, m) or self._disclaimer(doc, em, m) \
                    or holds(self.cues, doc.tokens, m) \
                    or self._backer(doc, m) or counted(self.cues, doc.tokens, hurt, m) or self._stopper(em, m) \
                    or self._source_owner(doc, m):
                continue
            if self._member_of(doc, em, m):
                if self._spokesman_claims(doc, em, m):
                    spoken_for.append(Agent(m, "claimed", "attribution"))
                continue
            attribution = self._attribution(doc, em, m)
            role = self._agent_role(doc, em, m)
            if attribution is not None or role is not None:
                found.append(Agent(m, attribution, role or "attribution"))
            elif found and found[-1].role == "subject" and found[-1].mention.tok_end == m.tok_start and \
                    doc.tokens.keymaker.coordinated(doc.tokens.texts[m.tok_start]):
                found.append(Agent(m, found[-1].attribution, "subject"))   # "قصفت إسرائيل وتركيا"
        if not found:                         # the spokesman's group, unless the act is another's
            found += spoken_for
        if not found:
            found += self._own_forces(doc, em)
        return [self._named(doc, g) for g in found]

    def _aggression_before_verb(self, doc: Document, em: EventMention, i: int) -> bool:
        """"العدوان الأمريكي البريطاني يشن غارات", "وكان العدوان الإسرائيلي قد استهدف": the
        nations right after token i, then (after "قد") an attack verb of the clause."""
        j = i
        for m in doc.between("actor_adjective", i, i + 3):
            if m.tok_start != j:
                break
            j = m.tok_end
        if j == i:
            return False
        modal = self.cues.first(doc.tokens, j, j + 1, ("modal",))
        if modal is not None and modal.tok_start == j:
            j = modal.tok_end
        return any(not t.value.noun and t.tok_start == j for t in em.live)

    def _hedges_attack(self, doc: Document, em: EventMention, i: int, attack_words: set[int]) -> bool:
        """The hedge at token i is on the attack word right before it, or before an unknown
        side's mark and a comma ("طائرة مسيرة مجهولة، يعتقد أنها تركية")."""
        if i in attack_words or i - 1 in attack_words:
            return True
        toks = doc.tokens
        j = i
        while j > em.tok_start and not toks.texts[j - 1][:1].isalpha():
            j -= 1                            # "،"
        unknown = self.cues.first(toks, max(em.tok_start, j - 3), j, ("unidentified",))
        return j < i and unknown is not None and unknown.tok_start in attack_words and unknown.tok_end == j

    def _joined_means(self, doc: Document, i: int) -> bool:
        """Token i is a means joined by و ("ومدفعي", "وجوي")."""
        toks = doc.tokens
        if not toks.keymaker.coordinated(toks.texts[i]):
            return False
        hit = self.cues.first(toks, i, i + 1, ("means",))
        return hit is not None and (hit.tok_start, hit.tok_end) == (i, i + 1)

    def _named(self, doc: Document, g: Agent) -> Agent:
        """"هجوم نفذه مسلحون من تنظيم داعش", "مسلحون ينتمون إلى حركة الشباب": men described
        generically, then a named group they belong to, are that group."""
        m = g.mention
        if not m.value.generic:
            return g
        link = self.cues.first(doc.tokens, m.tok_end, m.tok_end + self.windows.subject_gap + 1, ("affiliation",))
        if link is None or link.tok_start != m.tok_end:
            return g
        named = [a for a in doc.between("actor", link.tok_end, link.tok_end + 1) if not a.value.generic]
        return Agent(named[0], g.attribution, g.role) if named else g

    def _own_forces(self, doc: Document, em: EventMention) -> list[Agent]:
        """"وأعلن الجيش الأمريكي أن قواته قتلت مسلحا": forces named by a possessive ("قواته",
        "طائراتها") doing the act are those of the actor named last before them in the
        sentence."""
        toks, w = doc.tokens, self.windows
        for t in em.live:
            own = self.cues.first(toks, max(em.tok_start, t.tok_start - w.agent_before_trigger),
                                  min(em.tok_end, t.tok_end + w.subject_gap + 1), ("own_forces",))
            if own is None or any(c.tok_start <= own.tok_start < c.tok_end
                                  for c in doc.between("casualty", em.tok_start, own.tok_end)):
                continue                      # "أعلن الجيش مقتل ثلاثة من جنوده": its men were hit
            sentence = doc.sentences[em.sentence]
            before = [a for a in doc.between("actor", sentence.tok_start, own.tok_start)]
            if before:
                return [Agent(before[-1], None, "subject")]
        return []

    def _agent_role(self, doc: Document, em: EventMention, m: Mention) -> str | None:
        """How the clause makes the actor its act's agent, if it does: ``owner`` ("طائرة
        مسيّرة تابعة للميليشيات الإيرانية"), ``subject`` (right after a verb trigger: "أطلق
        مسلحون"), ``near`` (a few words before a trigger: "الفصائل ... تستعرض قوتها بإطلاق
        صاروخ"). Not the source of a report, a person's group ("قائد فيلق القدس"), nor the
        people hurt ("أحد أفراد قوات الأمن أصيب بجروح في هجوم")."""
        w, toks = self.windows, doc.tokens
        if self._reports_own_act(doc, em, m):
            return "subject"                  # "أعلن الحرس الثوري أنه استهدف": the source tells its own act
        source = self.cues.first(toks, max(em.tok_start, m.tok_start - w.agent_source_before), m.tok_start,
                                 ("source", "member_of"))
        if source is not None and source.kind == "source" and source.tok_end == m.tok_start and any(
                t.tok_start == m.tok_end and t.value.noun and t.value.trigger.id in self.announced_acts
                for t in em.triggers):
            return "subject"                  # "أعلن الحرس الثوري استهداف مقر": who announces its act
        if source is not None and not (source.kind == "source" and self._reported(toks, source, m)):
            return None
        link = self.cues.first(toks, max(em.tok_start, m.tok_start - w.agent_owner_before), m.tok_start, ("affiliation",))
        if link is not None and link.tok_end == m.tok_start and any(
                x.tok_end == link.tok_start for x in doc.between("weapon", max(em.tok_start, link.tok_start - 4),
                                                                 link.tok_start)):
            return "owner"                    # "بنيران قناص من قوات سوريا الديمقراطية": the gunman's side
        owner = self.cues.first(toks, max(em.tok_start, m.tok_start - w.agent_owner_before), m.tok_start, ("owner",))
        if owner is not None:
            # the weapon's owner fired it; the owner of a convoy or a base ("رتل تابع للتحالف",
            # "قاعدة كالسو التابعة للحشد", "غارات على مواقع تابعة للحوثيين") is the side that was hit
            weapon_before = doc.between("weapon", max(em.tok_start, owner.tok_start - w.agent_owner_before - 1),
                                        owner.tok_start)
            held = self.cues.first(toks, max(em.tok_start, owner.tok_start - 1), owner.tok_start, ("held_places",))
            if weapon_before and held is None:
                return "owner"
            # "قال مصدر إن خلايا تابعة لتنظيم داعش هاجمت قرية": the men of a side, right before
            # the verb they are the subject of, did it
            return "subject" if self._subject_before_verb(doc, em, m) else None
        for t in em.triggers:   # "قصف الجيش التركي": verb and subject, or noun and its agent
            if t.value.trigger.agent_after and m.tok_start in self._after_act(doc, t):
                return "subject"
        for t in em.triggers:   # not "سقطت على قوات التحالف": after a preposition it is what was hit
            if not t.value.noun and 0 <= m.tok_start - t.tok_end <= w.subject_gap and \
                    not self._carries_subject(toks.texts[t.tok_end - 1]) and \
                    not self._argument_between(doc, t.tok_end, m.tok_start) and \
                    not self.cues.first(toks, t.tok_end, m.tok_start, ("preposition",)):
                return "subject"              # "أطلق مسلحون", "هجوم شنه مسلحو تنظيم داعش"
        if self._subject_before_verb(doc, em, m):
            return "subject"
        if any(t.tok_end == m.tok_start and t.value.noun and t.value.trigger.id in self.agentive_triggers
               for t in em.triggers) and toks.texts[m.tok_start].startswith(self.agentive):
            return "subject"                  # "هجوم لتنظيم داعش", "غارة للتحالف", "كمين لمسلحين"
        if m.tok_start > em.tok_start and toks.texts[m.tok_start - 1] in self.agentive_members and any(
                t.tok_end == m.tok_start - 1 and t.value.noun and t.value.trigger.id in self.agentive_triggers
                for t in em.triggers):
            return "subject"                  # "بهجوم لخلايا تنظيم الدولة الإسلامية": the group's men
        by = self.cues.first(toks, max(em.tok_start, m.tok_start - w.subject_gap - 1), m.tok_start, ("by",))
        if by is not None and not self._argument_between(doc, by.tok_end, m.tok_start):
            return "subject"                  # "هجوم قام به تحالف الطوارق", "على يد مسلحين"
        for t in em.triggers:   # not one that tells of another's act: "أعلنت هيئة ... البريطانية أن سفينة
            # تعرضت لهجوم" (but "أقر التحالف أنه نفذ ضربات": its own)
            that = self.cues.first(toks, m.tok_end, t.tok_start, ("complementizer",))
            if 0 <= t.tok_start - m.tok_end <= w.agent_before_trigger and not doc.between(
                    "casualty", max(em.tok_start, m.tok_start - w.agent_before_trigger), t.tok_start) \
                    and not self._after_passive(em, m) and (that is None or self.cues.first(
                        toks, that.tok_start, that.tok_end, ("own_report",)) is not None):
                return "near"
        return None

    def _subject_before_verb(self, doc: Document, em: EventMention, m: Mention) -> bool:
        """The actor is the subject right before an active verb trigger of the clause ("وكانت
        القوات الأمريكية (والبريطانية) قد شنت"); not "حزب الله في غارة نفذتها"."""
        toks, gap = doc.tokens, self.windows.subject_gap
        return any(not t.value.noun and t.value.trigger.kind in self.acting_kinds and
                   not t.value.trigger.passive and 0 <= t.tok_start - m.tok_end <= gap and
                   not self._argument_between(doc, m.tok_end, t.tok_start) and
                   not doc.between("trigger", m.tok_end, t.tok_start) and
                   not self.cues.first(toks, m.tok_end, t.tok_start, ("preposition",))
                   for t in em.triggers)

    def _reported(self, toks, source, m: Mention) -> bool:
        """"قالت الشرطة إن مسلحين اختطفوا": a complementizer between a source's verb and the
        actor opens what the source reports; the actor is in the report, not its source."""
        return self.cues.first(toks, source.tok_end, m.tok_start, ("complementizer",)) is not None

    @staticmethod
    def _after_passive(em: EventMention, m: Mention) -> bool:
        """"تعرض رتل للتحالف الدولي لهجوم": between a verb of undergoing and the attack noun
        stands what was hit, not who hit it."""
        for p in em.triggers:
            if p.value.trigger.passive and not p.value.noun and p.tok_end <= m.tok_start:
                undergone = next((q for q in em.triggers if q.tok_start >= p.tok_end), None)
                if undergone is not None and m.tok_end <= undergone.tok_start:
                    return True
        return False

    @staticmethod
    def _after_act(doc: Document, t: Mention) -> set[int]:
        """Where the agent of an ``agent_after`` trigger stands: right after its indefinite
        form ("قصف الجيش التركي"), or right after the weapon it begins ("بقصف مدفعي لقوات
        النظام", "القصف الصاروخي لقوات النظام")."""
        ends = {w.tok_end for w in doc.between("weapon", t.tok_start, t.tok_start + 1) if w.tok_end > t.tok_end}
        return ends if t.value.definite else ends | {t.tok_end}

    def _reports_own_act(self, doc: Document, em: EventMention, m: Mention) -> bool:
        """"أعلن الحرس الثوري أنه استهدف", "قال الجيش التركي إنه قصف": a complementizer that
        carries the actor as a pronoun, a word or two after it, then an attack verb."""
        w, toks = self.windows, doc.tokens
        cue = self.cues.first(toks, m.tok_end, min(em.tok_end, m.tok_end + w.subject_gap + 1), ("own_report",))
        if cue is None or doc.between("actor", m.tok_end, cue.tok_start):
            return False
        # right after the pronoun a word spelt like a verbal noun ("قصف") is the verb
        return any(t.value.trigger.kind in self.own_act_kinds and not t.value.trigger.passive and
                   (t.tok_start == cue.tok_end or (not t.value.noun and t.tok_start == cue.tok_end + 1))
                   for t in em.triggers)

    def _stopper(self, em: EventMention, m: Mention) -> bool:
        """"أحبطت القوات الأمنية هجوما بطائرة مسيرة", "أسقطت الدفاعات الجوية صاروخين": the
        subject of a verb of stopping stopped the attack; it did not make it. So did one right
        before it, or before a colon before it ("الجيش الإسرائيلي: اعترضنا مسيرة")."""
        return any(t.value.trigger.kind == "disrupted" and not t.value.noun and
                   (0 <= m.tok_start - t.tok_end <= self.windows.subject_gap or 0 <= t.tok_start - m.tok_end <= 1)
                   for t in em.triggers)

    def _member_of(self, doc: Document, em: EventMention, m: Mention) -> bool:
        """"المتحدث باسم البنتاغون", "قائد فيلق القدس": the actor is a person's body, right
        after the word for the person."""
        hit = self.cues.first(doc.tokens, max(em.tok_start, m.tok_start - self.windows.agent_source_before),
                              m.tok_start, ("member_of",))
        return hit is not None and hit.tok_end == m.tok_start

    def _among_victims(self, doc: Document, i: int) -> bool:
        """"وأصيب تسعة آخرون بينهم جندي أمريكي": a force named by its nation right after
        "بينهم" is among the people hurt."""
        hit = self.cues.first(doc.tokens, max(0, i - 3), i, ("victims",))
        return hit is not None and hit.tok_end == i

    def _source_owner(self, doc: Document, m: Mention) -> bool:
        """"قالت وزارة الصحة التابعة للحوثيين إن الغارات ...", "وسائل إعلام تابعة لجماعة الحوثي":
        the side that owns a body that reports (right after "التابعة" after the body's name) is
        the source's; it did not do the act, nor do its body's words claim it."""
        toks = doc.tokens
        owner = self.cues.first(toks, max(0, m.tok_start - 2), m.tok_start, ("owner",))
        if owner is None or owner.tok_end != m.tok_start:
            return False
        gap = self.windows.reporting_body_gap
        body = self.cues.first(toks, max(0, owner.tok_start - gap - 3), owner.tok_start, ("reporting_body",))
        return body is not None and owner.tok_start - body.tok_end <= gap

    def _backer(self, doc: Document, m: Mention) -> bool:
        """"فصائل مسلحة مدعومة من إيران": the state that backs the side named before it is
        not who did the act, nor who is blamed for it."""
        hit = self.cues.first(doc.tokens, max(0, m.tok_start - 3), m.tok_start, ("backed_by",))
        return hit is not None and hit.tok_end == m.tok_start

    def _denier(self, doc: Document, em: EventMention, m: Mention) -> bool:
        """"نفى الحوثيون أي علاقة لهم بالانفجار": the actor right after a denial, with a word of
        responsibility after it, denies the act; it did not do it."""
        toks, w = doc.tokens, self.windows
        return self.cues.first(toks, max(em.tok_start, m.tok_start - w.accuser_before), m.tok_start,
                               ("denial",)) is not None \
            and self.cues.first(toks, m.tok_end, min(em.tok_end, m.tok_end + w.attribution_after), ("role",)) is not None

    def _disclaimer(self, doc: Document, em: EventMention, m: Mention) -> bool:
        """"ولم يعلن حزب الله على الفور مسؤوليته عن إطلاق المسيرتين", "حماس لم تتبن مسؤوليتها":
        the side whose claim is negated did not claim the act; it is not who did it."""
        toks, w = doc.tokens, self.windows
        negated = self.cues.first(toks, max(em.tok_start, m.tok_start - w.accuser_before), m.tok_start, ("negation",))
        if negated is not None and self.cues.first(toks, negated.tok_end, m.tok_start, ("announce", "claim")) is not None:
            return True          # "ولم تعلن حركة حماس ولا أي فصيل آخر مسؤوليتها"
        after = self.cues.first(toks, m.tok_end, min(em.tok_end, m.tok_end + w.attribution_after), ("claim",))
        if after is None:
            return False
        return negated is not None or self.cues.first(toks, m.tok_end, after.tok_start, ("negation",)) is not None

    def _spokesman_claims(self, doc: Document, em: EventMention, m: Mention) -> bool:
        """"أعلن المتحدث العسكري باسم الحوثيين استهداف ناقلة": an armed group's spokesman who
        announces the act claims it for the group (a state's spokesman only reports)."""
        actor = m.value
        if actor.generic or actor.kind not in ("political_militia", "rebel_group", "identity_militia"):
            return False
        toks, w = doc.tokens, self.windows
        spokesman = self.cues.first(toks, max(em.tok_start, m.tok_start - w.agent_source_before), m.tok_start,
                                    ("spokesman",))
        return spokesman is not None and spokesman.tok_end == m.tok_start and self.cues.first(
            toks, max(em.tok_start, spokesman.tok_start - w.attribution_before), spokesman.tok_start,
            ("announce", "claim")) is not None

    def _carries_subject(self, verb: str) -> bool:
        """"استهدفا", "أطلقوا": the verb's own ending is its subject; not "شنتها" (its object)."""
        return verb.endswith(self.subject_suffixes) and not verb.endswith(self.object_suffixes)

    @staticmethod
    def _argument_between(doc: Document, lo: int, hi: int) -> bool:
        """A place, target or another actor stands in tokens [lo, hi)."""
        return any(doc.between(kind, lo, hi) for kind in ("place", "target", "actor"))

    def _attribution(self, doc: Document, em: EventMention, m: Mention) -> str | None:
        """claimed / accused / suspected, from a cue before the actor in its clause or
        right after it ("أعلنت سرايا أولياء الدم مسؤوليتها"). An armed group that announces
        an attack claims it; a state's forces that announce one only report it. Unnamed men
        ("مجهولون", "جماعات خارجة عن القانون") are suspected at most: a claim or a blame names
        a party."""
        w, toks, actor = self.windows, doc.tokens, m.value
        armed_group = actor.kind in ("political_militia", "rebel_group", "identity_militia")
        kinds = ATTRIBUTION_CUES + (("announce",) if armed_group and not actor.generic else ())
        before = self.cues.first(toks, max(em.tok_start, m.tok_start - w.attribution_before), m.tok_start, kinds)
        if before is not None and before.kind in ("announce", "claim") and doc.between("actor", before.tok_end, m.tok_start):
            before = None        # "نفذت القوات الأمريكية ضربات على مواقع لكتائب حزب الله": the first actor did it
        elif before is not None and before.kind == "announce" and self._reported(toks, before, m):
            before = None        # "قالت مصادر إن تنظيم داعش هاجم": the source announces, the group is reported
        elif before is not None and before.kind == "blame" and not (
                self._loads_responsibility(doc, em, m) or self._loaded_with(doc, m)):
            # "رتل يحمل معدات للتحالف": carrying, not blaming ("يحمل الهجوم بصمات تنظيم داعش":
            # what it carries may be a cue)
            before = self.cues.first(toks, before.tok_end, m.tok_start, ("suspect",))
        after = self.cues.first(toks, m.tok_end, min(em.tok_end, m.tok_end + w.attribution_after), ("claim",))
        if after is not None and doc.between("actor", m.tok_end, after.tok_start):
            after = None         # "جنود أمريكيين، تحمل واشنطن مسؤوليته": the responsibility is another's
        other = after and self.cues.first(toks, after.tok_end, min(len(toks), after.tok_end + 4), ("claimed_other",))
        if other is not None and other.tok_start == after.tok_end:
            after = None         # "تنظيم داعش الذي تبنى هجمات مماثلة": other acts were claimed
        cue = before or after
        if cue is not None and actor.kind == "unidentified" and cue.kind != "suspect":
            return None          # "حملت الوزارة جماعات خارجة عن القانون المسؤولية": no party is named
        return ATTRIBUTION_OF_CUE[cue.kind] if cue else None

    def _loads_responsibility(self, doc: Document, em: EventMention, m: Mention) -> bool:
        """"حملت أنقرة حزب العمال مسؤولية الهجوم": a verb of loading blames when the
        responsibility follows the actor in the clause."""
        return self.cues.first(doc.tokens, m.tok_end, em.tok_end, ("role",)) is not None

    def _loaded_with(self, doc: Document, m: Mention) -> bool:
        """"تحمل واشنطن مسؤوليته لفصائل عراقية": the responsibility loaded onto the actor right
        after it, with ل."""
        role = self.cues.first(doc.tokens, max(0, m.tok_start - 1), m.tok_start, ("role",))
        return role is not None and doc.tokens.texts[m.tok_start].startswith(self.agentive)

    def _accuser(self, doc: Document, em: EventMention, m: Mention) -> bool:
        """"تحمل واشنطن كتائب حزب الله مسؤولية ...", "تحمل واشنطن مسؤوليته لفصائل": the actor
        right after an accusing verb accuses; it is the one after it (or after the
        responsibility) that is accused."""
        cue = self.cues.first(doc.tokens, max(em.tok_start, m.tok_start - self.windows.accuser_before), m.tok_start,
                              ("accuse", "blame"))
        if cue is None or not (cue.kind == "accuse" or self._loads_responsibility(doc, em, m)):
            return False
        role = self.cues.first(doc.tokens, m.tok_end, m.tok_end + 1, ("role",))   # "تحمل واشنطن مسؤوليته لفصائل"
        after = m.tok_end if role is None else role.tok_end
        # past the actors joined to it by و, another must follow: "اتهمت الولايات المتحدة وبريطانيا
        # إيران" (two accuse), not "اتهم ناشطون قوات النظام والميليشيات الإيرانية" (both accused)
        starts = {o.tok_start: o for o in doc.of("actor")}
        while after in starts and self._joined(doc, starts[after]):
            after = starts[after].tok_end
        return after in starts or after + 1 in starts

    def _joined(self, doc: Document, m: Mention) -> bool:
        """The actor is joined by و to what comes before it ("وحزب العمال"), not named by a
        word that begins with و ("وحدات حماية الشعب", "وزارة الدفاع")."""
        word = doc.tokens.texts[m.tok_start]
        if not doc.tokens.keymaker.coordinated(word):
            return False
        firsts = self._first_words.get(m.value.id)
        if firsts is None:
            firsts = self._first_words[m.value.id] = frozenset(
                normalise_phrase(v).split()[0] for v in (m.value.name_ar, *m.value.variants) if v.strip())
        return word not in firsts
