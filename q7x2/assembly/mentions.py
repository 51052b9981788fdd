"""Stage 4a, event mentions: which triggers report an act, and the clause each one governs.

A trigger reports an act (is *asserted*) unless its context says otherwise: negated or
denied ("نفت ... سقوط"), planned or threatened ("تهدد بمواصلة الهجمات"), conditional,
reported by an arrest or a trial ("اعتقال خلية متورطة في إطلاق صواريخ"), counted ("نحو 50
هجوما"), habitual ("بشكل مكثف"), an attack in words ("شن هجوما على سياسة الحكومة"), a
figure of speech ("انفجار الأسعار"), only a point in time ("منذ هجوم السابع من أكتوبر"), a series
("الهجمات"), or, for "سقط"/"أطلق", without a weapon. The cue lists are in ``cues.yaml``,
which lists make which factuality in ``assembly.yaml``.

A sentence is cut into clauses at the separators that stand between two asserted triggers
("، واستهدفت ...", "بينما سقطت ..."), so one sentence can report two attacks.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..document import Document, Mention
from ..extract.triggers import TriggerMention
from ..lexicon import Lexicon
from ..normalise import normalise_phrase
from ..phrases import Cues, CueHit
from ..tokenise import KeyMaker
from .words import AssemblyWords


@dataclass(eq=False)
class EventMention:
    """A clause that reports an act: its triggers, and those that are asserted (``live``)."""

    sentence: int
    tok_start: int
    tok_end: int
    triggers: list[Mention]
    live: list[Mention] = field(default_factory=list)
    background: bool = False     # "وكان الوحيدي أطلق", "بعد الهجوم الذي نفذه": told as earlier than the news
    apart: bool = False          # "بعد يومين من ضربة أمريكية": another act, at another time
    apart_days: int | None = None  # ... so many days from the act told before (-2), where the text counts them
    relative: bool = False       # "المهندس الذي قُتل مع سليماني": told in a relative clause on someone
    separate: int = 0            # "في ثلاث هجمات منفصلة": so many acts apart, told as one

    def has(self, m: Mention) -> bool:
        return self.tok_start <= m.tok_start < self.tok_end


@dataclass(frozen=True, slots=True)
class NotAnAct:
    """A trigger that reports no act, and why: the factuality and the cue that made it."""

    trigger: Mention
    factuality: str
    cue: tuple[int, int] | None = None      # tokens of the deciding cue
    reach: int = 0                          # the cue governs triggers that start before this token


class EventMentions:
    def __init__(self, words: AssemblyWords, keymaker: KeyMaker, cues: Cues):
        self.cues = cues
        self.keymaker = keymaker
        self.windows = words.windows
        self.separators = Lexicon(((s, s in words.weak_separators) for s in words.clause_separators), keymaker)
        self.relative_pronouns = frozenset(normalise_phrase(w) for w in words.relative_pronouns)
        self.interval_days = {normalise_phrase(w): n for w, n in words.interval_days.items()}
        self.interval_earlier = frozenset(normalise_phrase(w) for w in words.interval_earlier)
        self.before_rules = [r.model_copy(update={"cues": frozenset(r.cues)})
                             for r in words.factuality if r.scope == "before"]
        self.reach = max((r.before for r in self.before_rules), default=0)
        self.list_rules = [r for r in self.before_rules if r.through_lists]
        self.before_kinds = frozenset(k for r in self.before_rules for k in r.cues)
        self.before_cues = cues.union(sorted(self.before_kinds))
        self.clause_rules = [r for r in words.factuality if r.scope == "clause"]
        self.object_suffixes = tuple(normalise_phrase(x) for x in words.object_suffixes)
        self.clause_cues = cues.union(sorted({k for r in self.clause_rules for k in r.cues}))
        self.after_rules = [r for r in words.factuality if r.scope == "after"]
        self.first_after_rules = [r for r in self.after_rules if r.first]
        self.rule_forms = {id(r): frozenset(keymaker.canonical(normalise_phrase(f)) for f in r.forms_only)
                           for r in self.after_rules + self.before_rules}
        self.after_reach = max((r.after for r in self.after_rules), default=0)
        self.after_cues = cues.union(sorted({k for r in self.after_rules for k in r.cues}))
        self.shared_factualities = frozenset(words.shared_factuality)
        self.object_factualities = frozenset(words.object_factuality)
        self.list_factualities = frozenset(words.list_factuality)
        self.relative_factualities = frozenset(words.relative_factuality)
        self.anaphor_factualities = frozenset(words.anaphor_factuality)
        self.relative_endings = tuple(normalise_phrase(x) for x in words.relative_endings)
        self.instrumental = normalise_phrase(words.instrumental)
        self.undergone = normalise_phrase(words.undergone)
        self.means_prepositions = frozenset(normalise_phrase(w) for w in words.means_prepositions)
        self.means_after_kinds = frozenset(words.means_after_kinds)
        self.alternatives = frozenset(normalise_phrase(w) for w in words.alternatives)
        self.salvo_max = words.salvo_max

    def __call__(self, doc: Document) -> tuple[list[EventMention], list[NotAnAct]]:
        """The clauses that report acts, in text order, and the triggers that report none."""
        by_sentence: dict[int, list[Mention]] = {}
        for t in doc.of("trigger"):
            by_sentence.setdefault(t.sentence, []).append(t)
        dated = {i for d in doc.of("date") for i in range(d.tok_start, d.tok_end)}
        counts = {m.tok_end: m for m in doc.of("number") if m.tok_start not in dated}   # not "يناير 2020 لهجوم"
        weapon_tokens = {w.tok_start: w.value.weapon for w in doc.of("weapon")}
        # inside a weapon's name after its first word: "منصات إطلاق" (but "ضربة جوية" is a strike),
        # or inside an actor's name: "قيادة العمليات المشتركة"
        named = {i for w in doc.of("weapon") for i in range(w.tok_start + 1, w.tok_end)} | \
            {i for a in doc.of("actor") for i in range(a.tok_start, a.tok_end)}
        out: list[EventMention] = []
        dropped: list[NotAnAct] = []
        told: dict[str, NotAnAct | None] = {}    # by trigger id: why the last one named reports no act
        for s_i, trigs in sorted(by_sentence.items()):
            s = doc.sentences[s_i]
            trigs.sort(key=lambda m: m.tok_start)
            dropped += [NotAnAct(t, "in_name") for t in trigs if t.tok_start in named]
            trigs = [t for t in trigs if t.tok_start not in named]
            if not trigs:
                continue
            specific = self._specific_sentence(doc, s, self._anchor_dates(doc, trigs))
            live = []
            verdict = None
            for k, t in enumerate(trigs):
                prev = trigs[k - 1] if k else None
                following = trigs[k + 1] if k + 1 < len(trigs) else None
                verdict = self._refers_back(t, told) or self._shared(doc, t, prev, verdict) or \
                    self._series_goes_on(doc, t, prev, verdict, live) or \
                    self.factuality(doc, t, prev, following, s, weapon_tokens,
                                    specific or self._salvo(doc, s, t, prev if live and live[-1] is prev else None, counts))
                told[t.value.trigger.id] = verdict
                if verdict is None:
                    live.append(t)
                    continue
                dropped.append(verdict)
                if live and live[-1] is prev and self._object_of(doc, prev, t, verdict):
                    dropped.append(NotAnAct(live.pop(), verdict.factuality, verdict.cue))
                    told[prev.value.trigger.id] = dropped[-1]
            if live and not out and self._tally_restated(doc, live, dropped, specific):
                dropped.extend(NotAnAct(t, "series") for t in live)
                continue
            if not live:
                continue
            # a series ("ضربات", "عمليات استهداف") is live only in a specific sentence, and
            # never cuts it: the clauses are those of the single acts, if any
            series = _Plurals(trigs)
            single = [t for t in live if not self._in_series(doc, t, series)]
            cutters = single or live[:1]
            cuts = [s.tok_start]
            apart = {}
            for k, (a, b) in enumerate(zip(cutters, cutters[1:])):
                interval = self._interval_before(doc, a.tok_end, b)
                if interval is None and self._sequel(doc, b):
                    interval = b.tok_start
                if interval is not None:
                    cuts.append(interval)
                    apart[interval] = self._interval_days(doc, interval, b)
                    continue
                if self._means(doc, a, b) or (b.value.trigger.continues and not self._own_act(doc, a, b, cutters[k + 2:])):
                    continue
                weak = not a.value.trigger.continues or self._joined_act_verb(doc, b)
                cut = self._separator_between(doc, a.tok_end, b.tok_start, weak=weak)
                if cut is None:
                    cut = self._coordinated_subject(doc, a, b, headline=s.i == 0 and self._headline(doc, s))
                if cut is not None:
                    cuts.append(cut)
            cuts += self._latest_instances(doc, cutters, s.tok_start)
            cuts += self._ongoing_after(doc, live, dropped, s_i)
            cuts = sorted(set(cuts))
            cuts.append(s.tok_end)
            trig_starts = [t.tok_start for t in trigs]
            live_starts = [t.tok_start for t in live]
            for lo, hi in zip(cuts, cuts[1:]):
                em = EventMention(s_i, lo, hi, trigs[bisect_left(trig_starts, lo):bisect_left(trig_starts, hi)],
                                  apart=lo in apart, apart_days=apart.get(lo))
                em.live = live[bisect_left(live_starts, lo):bisect_left(live_starts, hi)]
                if not em.live:
                    continue
                verdict = self._clause_factuality(doc, em, counts)
                if verdict is not None:
                    dropped.extend(NotAnAct(t, *verdict) for t in em.live)
                    continue
                em.separate = self._separate(doc, em, counts)
                first = em.live[0]
                told_before = self.cues.first(
                    doc.tokens, max(em.tok_start, first.tok_start - self.windows.background_before), first.tok_start,
                    ("pluperfect", "sequence"))
                # not "أصيب جنديان بعد أن أطلقت دبابة النار": the act's own toll, then how it came about
                em.background = told_before is not None and not (
                    told_before.kind == "sequence" and doc.between("casualty", em.tok_start, told_before.tok_start))
                em.relative = not first.value.noun and first.tok_start > em.tok_start and \
                    doc.tokens.texts[first.tok_start - 1] in self.relative_pronouns
                out.append(em)
        return out, dropped

    def _ongoing_after(self, doc: Document, live: list[Mention], dropped: list[NotAnAct], s_i: int) -> list[int]:
        """"قتل جنديان في اشتباكات مع المسلحين عند المخيم، فيما واصلت المدفعية قصف مواقعهم": an
        ongoing campaign told after an act, past a separator, is a clause of its own; its
        weapons, targets and places are not the act's."""
        cuts = []
        for na in dropped:
            t = na.trigger
            if na.factuality != "habitual" or t.sentence != s_i or na.cue is None or \
                    self.cues.first(doc.tokens, na.cue[0], na.cue[1], ("continuing",)) is None:
                continue                # "واصلت", "تواصل": not "حيث يقوم عناصر الوحدة باختطاف
            before = [a for a in live if a.tok_end <= t.tok_start]
            if before:
                cut = self._separator_between(doc, before[-1].tok_end, t.tok_start)
                if cut is not None:
                    cuts.append(cut)
        return cuts

    def clause_of(self, doc: Document, t: Mention) -> EventMention:
        """The clause of a trigger that reports no act, between the separators around it, as
        if it reported one: what its arguments would be (a campaign's side)."""
        s = doc.sentences[t.sentence]
        lo = self._separator_between(doc, s.tok_start, t.tok_start)
        hi = next((j for j in self.separators.starts(doc.tokens, t.tok_end, s.tok_end)
                   if self.separators.longest_at(doc.tokens, j, s.tok_end)), s.tok_end)
        return EventMention(t.sentence, s.tok_start if lo is None else lo, hi, [t], live=[t])

    @staticmethod
    def _tally_restated(doc: Document, live: list[Mention], dropped: list[NotAnAct], specific: bool) -> bool:
        """"سجل المركز 14 حالة قصف خلال الساعات الـ24 الماضية. وأوضح أن القصف استهدف مواقع في
        محافظات إدلب وحلب": with no act reported yet, a definite noun that opens the sentence's acts
        and names the kind of act a tally or a series before it counted, in a sentence that names
        no day and place, refers back to that tally, no act."""
        first = live[0]
        if specific or not (first.value.definite and first.value.noun):
            return False
        tallied = {n.trigger.value.trigger.id for n in dropped
                   if n.factuality in ("counted", "series", "habitual") and n.trigger.tok_start < first.tok_start}
        return first.value.trigger.id in tallied

    @staticmethod
    def is_headline(doc: Document, s) -> bool:
        """The sentence is a headline: the first line of a text of several, or a line that
        ends with no full stop ("مسيرات تستهدف قاعدة عين الأسد"); not a one-line text that
        is a sentence of the body ("... ويستهدفون المدنيين بالدرجة الأولى.")."""
        return s.i == 0 and (len(doc.sentences) > 1 and doc.sentences[-1].paragraph > 0
                             or not doc.norm[s.start:s.end].rstrip().endswith("."))

    _headline = is_headline

    def _latest_instances(self, doc: Document, cutters: list[Mention], floor: int) -> list[int]:
        """Where "كان آخرها" (and the like) right before an act opens its clause: the act is
        the latest instance of a series told before it, not part of the series."""
        cuts = []
        for t in cutters:
            hit = self.cues.first(doc.tokens, max(floor + 1, t.tok_start - 3), t.tok_start, ("latest_instance",))
            if hit is not None and hit.tok_end >= t.tok_start - 1:
                cuts.append(hit.tok_start)
        return cuts

    # --- one trigger -------------------------------------------------------------------
    def factuality(self, doc: Document, t: Mention, prev: Mention | None, following: Mention | None, s,
                   weapon_tokens, specific: bool) -> NotAnAct | None:
        """None when the trigger reports an act; else why not."""
        v: TriggerMention = t.value
        if not specific and (self._in_series(doc, t, prev) or self._toll_of_series(doc, t, following, s, prev)):
            return NotAnAct(t, "series")                            # "هجمات", "عمليات قصف"
        if v.present and (s.paragraph > 0 or not self._headline(doc, s)):
            return NotAnAct(t, "generic_present")                   # "الهجمات التي تستهدف البعثات"
        w = self.windows
        if v.trigger.passive:                                       # "تعرض الكثير منهم للضرب"
            ceiling = min(s.tok_end, following.tok_start if following is not None else s.tok_end)
            hit = self.cues.first(doc.tokens, t.tok_end, min(ceiling, t.tok_end + w.mistreatment_after), ("mistreatment",))
            if hit is not None:
                return NotAnAct(t, "mistreatment", (hit.tok_start, hit.tok_end))
        if v.trigger.needs_weapon and not any(
                j in weapon_tokens for j in range(max(s.tok_start, t.tok_start - w.weapon_before),
                                                  min(s.tok_end, t.tok_end + w.weapon_after))) and \
                self.cues.first(doc.tokens, t.tok_end, min(s.tok_end, t.tok_end + 1), ("weapon_anaphora",)) is None:
            return NotAnAct(t, "no_weapon")                         # "سقوط قتلى"
        if v.trigger.thrown and not any(
                (weapon := weapon_tokens.get(j)) is not None and (weapon.type in v.trigger.thrown or weapon.id in v.trigger.thrown)
                for j in range(t.tok_end, min(s.tok_end, t.tok_end + w.weapon_after))):
            return NotAnAct(t, "nothing_thrown")                    # "ألقت طائرات منشورات"
        return self.first_after_rules and self._after(doc, t, following, s, self.first_after_rules) or \
            self._before(doc, t, prev, s) or self._through_list(doc, t, prev, s) or \
            self._after(doc, t, following, s) or self._toll_of_count(doc, t, s)

    def _refers_back(self, t: Mention, told: dict[str, NotAnAct | None]) -> NotAnAct | None:
        """"شهدت الجلسة اشتباكا كلاميا ... وبدأ الاشتباك عندما": a definite act noun is the last
        act the article named by its word; when that one was no act of these factualities (words,
        a drill, a disposal), neither is it."""
        v: TriggerMention = t.value
        last = told.get(v.trigger.id)
        if last is None or not (v.noun and v.definite and not v.plural) or last.factuality not in self.anaphor_factualities:
            return None
        return NotAnAct(t, last.factuality, last.cue)

    def _toll_of_count(self, doc: Document, t: Mention, s) -> NotAnAct | None:
        """"ووثق المرصد 41 عملية لخلايا التنظيم في ريف الرقة، أسفرت عن مقتل 63 شخصا": a toll
        right after a word of result whose subject, earlier in the sentence, is many acts
        counted by a noun that no trigger lists (more than a salvo), is their tally; so is a
        verb with an object pronoun a word or two after such a count ("وثقت 27 حادثة قنص نفذها
        مسلحون"): what was carried out is the acts counted."""
        toks = doc.tokens
        link = self.cues.first(toks, max(s.tok_start, t.tok_start - 3), t.tok_start, ("result_of",))
        if link is not None and link.tok_end == t.tok_start:
            hi = link.tok_start
        elif not t.value.noun and toks.texts[t.tok_start].endswith(self.object_suffixes):
            hi = max(s.tok_start, t.tok_start - 2)     # "27 حادثة قنص نفذها مسلحون": what they carried out
        else:
            return None
        for n in doc.between("number", s.tok_start, hi):
            if n.value.n is not None and n.value.n > self.salvo_max and \
                    self.cues.first(toks, n.tok_end, n.tok_end + 1, ("counted_acts",)) is not None and \
                    (link is not None and link.tok_end == t.tok_start or n.tok_end + 1 >= hi):
                return NotAnAct(t, "counted", (n.tok_start, n.tok_end + 1))
        return None

    def _before(self, doc: Document, t: Mention, prev: Mention | None, s) -> NotAnAct | None:
        """The first rule whose cue stands in its window before the trigger."""
        v: TriggerMention = t.value
        floor = max(s.tok_start, prev.tok_end if prev is not None else 0)
        lo = max(floor, t.tok_start - self.reach)
        if not self.before_cues.starts(doc.tokens, lo, t.tok_start):
            return None                                    # no cue of any rule may start before it
        cues = list(self.cues.matches(doc.tokens, lo, t.tok_start, self.before_kinds))
        if not cues:
            return None
        for rule in self.before_rules:
            if rule.present_only and not v.present or rule.plural_only and not v.plural or \
                    rule.forms_only and self.rule_forms[id(rule)].isdisjoint(doc.tokens[t.tok_start].keys):
                continue
            lo = t.tok_start - rule.before
            hit = next((m for m in cues if m.tok_start >= lo and not rule.cues.isdisjoint(m.payloads) and not (
                rule.joined and not (m.tok_end == t.tok_start and
                                     self.keymaker.coordinated(doc.tokens.texts[t.tok_start])))), None)
            if hit is not None and not (rule.unless_between and self.cues.first(
                    doc.tokens, hit.tok_end, t.tok_start, rule.unless_between)) and \
                    not (rule.preceded_by and self.cues.first(
                        doc.tokens, max(s.tok_start, hit.tok_start - rule.preceded_within), hit.tok_start,
                        rule.preceded_by) is None) and \
                    not (rule.unless_instrumental and self._instrumental(doc, t)):
                return NotAnAct(t, rule.label, (hit.tok_start, hit.tok_end), hit.tok_start + rule.before)
        return None

    def _through_list(self, doc: Document, t: Mention, prev: Mention | None, s) -> NotAnAct | None:
        """"بتهم الانتماء إلى جماعة مسلحة، وتزوير وثائق، وحيازة متفجرات، واختطاف مهندس": a cue
        farther back than its window governs an act noun at the end of the list it opens."""
        floor = max(s.tok_start, prev.tok_end if prev is not None else 0)
        for rule in self.list_rules:
            hi = t.tok_start - rule.before
            if hi <= floor:
                continue
            hit = self.cues.first(doc.tokens, floor, hi, rule.cues)
            if hit is not None and self._listed(doc, hit.tok_end, t):
                return NotAnAct(t, rule.label, (hit.tok_start, hit.tok_end), t.tok_end)
        return None

    def _after(self, doc: Document, t: Mention, following: Mention | None, s, rules=None) -> NotAnAct | None:
        """"شن هجوما لاذعا على الحكومة", "هجوم الجنرال، قبل سنتين، على الإسلام": the first rule
        whose cue stands in its window after the trigger, before the next trigger."""
        ceiling = min(s.tok_end, following.tok_start if following is not None else s.tok_end)
        if not self.after_cues.starts(doc.tokens, t.tok_end, min(ceiling, t.tok_end + self.after_reach)):
            return None                                    # no cue of any rule may start after it
        for rule in self.after_rules if rules is None else rules:
            if rule.plural_only and not t.value.plural or \
                    rule.forms_only and self.rule_forms[id(rule)].isdisjoint(doc.tokens[t.tok_start].keys):
                continue
            hit = self.cues.first(doc.tokens, t.tok_end, min(ceiling, t.tok_end + rule.after), rule.cues)
            if hit is not None and not (
                    rule.clause_bound and self._separator_between(doc, t.tok_end, hit.tok_start) is not None) \
                    and not (rule.unless_between and self.cues.first(
                        doc.tokens, t.tok_end, hit.tok_start, rule.unless_between) is not None):
                return NotAnAct(t, rule.label, (hit.tok_start, hit.tok_end))   # not "دورية لمكافحة المخدرات"
        return None

    def _shared(self, doc: Document, t: Mention, prev: Mention | None, prev_verdict: NotAnAct | None
                ) -> NotAnAct | None:
        """"اعتقال خلية متورطة في إطلاق صواريخ ... وضبط منصات", "نفت سقوط صواريخ وإصابة جنود",
        "دون تسجيل أي هجمة أو انفجار", "نفى تعرض القاعدة لقصف صاروخي": a trigger joined by و
        or أو to one that reports no act (negated, planned, conditional, generic, an arrest),
        its complement a few words after it, or one within the reach of the cue that decided
        it, with no separator between them, shares its factuality."""
        if prev_verdict is None:
            return None
        toks = doc.tokens
        if prev_verdict.factuality in self.relative_factualities and not t.value.noun and \
                toks.texts[t.tok_start].endswith(self.relative_endings) and \
                0 < t.tok_start - prev.tok_end <= self.windows.relative_after and \
                self._separator_between(doc, prev.tok_end, t.tok_start) is None:
            return NotAnAct(t, prev_verdict.factuality, prev_verdict.cue, prev_verdict.reach)
        if prev_verdict.factuality not in self.shared_factualities:
            return None
        if not (self.keymaker.coordinated(toks[t.tok_start].text) or t.tok_start < prev_verdict.reach or
                t.tok_start - prev.tok_end <= self.windows.complement_after or
                t.tok_start > prev.tok_end and toks[t.tok_start - 1].text in self.alternatives or
                self._passive_complement(doc, prev, t)):
            return None
        if self._separator_between(doc, prev.tok_end, t.tok_start) is not None and not (
                prev_verdict.factuality in self.list_factualities and self._listed(doc, prev.tok_end, t)):
            return None
        return NotAnAct(t, prev_verdict.factuality, prev_verdict.cue, prev_verdict.reach)

    def _series_goes_on(self, doc: Document, t: Mention, prev: Mention | None, prev_verdict: NotAnAct | None,
                        live: list[Mention]) -> NotAnAct | None:
        """"إن معظم الضربات تركزت في ريف القامشلي، واستهدفت سيارات ومقرات": a verb joined by و
        right after a comma, with no subject of its own, after a series that no act of the
        sentence came before, goes on telling the series (not "شنت الطائرات غارات على ...،
        واستهدفت منزلا"; nor "تفجيرات انتحارية وقتل 52 شخصا", the series' toll)."""
        if prev_verdict is None or prev_verdict.factuality != "series" or live or t.value.noun or \
                not self.keymaker.coordinated(doc.tokens[t.tok_start].text) or \
                doc.tokens.texts[t.tok_start - 1] != ",":
            return None
        if doc.between("actor", prev.tok_end, t.tok_start) or doc.between("actor", t.tok_end, t.tok_end + 1):
            return None                                    # "، وقصفت القوات التركية": a subject of its own
        return NotAnAct(t, "series")

    def _passive_complement(self, doc: Document, passive: Mention, t: Mention) -> bool:
        """"نفت ... تعرض أحد مقارها في قضاء القائم غربي الأنبار لضربة": the attack noun with
        the preposition ل is what the passive verb before it says was undergone, however long
        the subject between them."""
        text = doc.tokens.texts[t.tok_start]
        return passive.value.trigger.passive and t.value.noun and \
            text.startswith(self.undergone) and len(text) > len(self.undergone)

    def _listed(self, doc: Document, lo: int, t: Mention) -> bool:
        """"بتهم تكوين عصابة والاعتداء على الأشخاص، وصنع متفجرات، والسرقة والقتل العمد": an act
        noun that goes on a list of items joined by "، و" (punctuation alone between them, each
        followed by a word joined by و) is one more item of it."""
        if not (t.value.noun or t.value.definite):
            return False                                   # "، وقتل مسلحون شرطيا": a new clause
        texts = doc.tokens.texts
        for j in range(lo, t.tok_start):
            m = self.separators.longest_at(doc.tokens, j, t.tok_start)
            if m is not None and not (m.payloads[0] and m.tok_end < len(texts) and
                                      self.keymaker.coordinated(texts[m.tok_end])):
                return False
        return True

    def _object_of(self, doc: Document, verb: Mention, t: Mention, verdict: NotAnAct) -> bool:
        """"شن الوزير هجوما على سياسة الحكومة": an attack noun of a factuality the verb before
        it takes (its object, a few words after it with no separator between)."""
        if not (verdict.factuality in self.object_factualities and t.value.noun and not verb.value.noun):
            return False
        if t.tok_start - verb.tok_end <= self.windows.object_after and \
                self._separator_between(doc, verb.tok_end, t.tok_start) is None:
            return True
        # "شن زعيم التيار، السبت، هجوما حادا": a date between commas is set apart, no separator
        dates = doc.between("date", verb.tok_end, t.tok_start)
        if not dates or self._separator_between(doc, verb.tok_end, t.tok_start, weak=False) is not None:
            return False
        dated = {i for d in dates for i in range(d.tok_start - 1, d.tok_end + 1)}
        between = [j for j in range(verb.tok_end, t.tok_start) if j not in dated]
        return len(between) <= self.windows.object_after and \
            all(self._separator_between(doc, j, j + 1) is None for j in between)

    def _clause_factuality(self, doc: Document, em: EventMention, counts) -> tuple | None:
        """(factuality, cue) of a whole clause: one that counts ("تعرضت لأكثر من 50 هجوما")
        or generalises ("بشكل روتيني"), up to an aside after its last act ("، إذ كان ... منذ
        أشهر"). A few strikes whose own clause names their day and a place below the country
        ("شن ثلاث غارات على بلدة ... صباح اليوم") are one salvo, not a count; so are a few
        whose clause names the site they hit ("شن الطيران خمس غارات على مطار الحديدة")."""
        specific = None
        for k, t in enumerate(em.triggers):
            n = counts.get(t.tok_start)
            if n is None or n.value.n == 1 or t.value.attacker or not t.value.noun or \
                    n.value.n is None and self._instrumental(doc, t):
                continue    # a number counts acts named by a noun, not a verb ("AC-130 قصفت"); "العشرات" counts the toll in "أصيب العشرات بقصف"
            if specific is None:
                specific = self._specific_span(doc, em.tok_start, em.tok_end) or any(
                    p.value.place.kind == "site" for p in doc.between("place", em.tok_start, em.tok_end))
            if not (specific and n.value.n is not None and n.value.n <= self.salvo_max) and \
                    not self._salvo(doc, doc.sentences[em.sentence], t, em.triggers[k - 1] if k else None, counts):
                return "counted", (n.tok_start, n.tok_end)
        if not self.clause_cues.starts(doc.tokens, em.tok_start, em.tok_end):
            return None                                    # no cue of any rule may start in it
        aside = self.cues.first(doc.tokens, em.live[-1].tok_end, em.tok_end, ("aside",))
        hi = em.tok_end if aside is None else aside.tok_start   # "، إذ كان سكانه قد نزحوا منذ أشهر"
        for rule in self.clause_rules:
            hit = self.cues.first(doc.tokens, em.tok_start, hi, rule.cues)
            while hit is not None and rule.unless_preceded_by and self.cues.first(
                    doc.tokens, max(em.tok_start, hit.tok_start - rule.unless_within), hit.tok_start,
                    rule.unless_preceded_by) is not None:
                hit = self.cues.first(doc.tokens, hit.tok_end, hi, rule.cues)
            if hit is not None and rule.followed_by:
                hit = self._followed(doc, em, rule, hi)
            if hit is not None:
                return rule.label, (hit.tok_start, hit.tok_end)
        return None

    def _salvo(self, doc: Document, s, t: Mention, verb: Mention | None, counts) -> bool:
        """"نفذت القوات الأمريكية ضربات على مواقع في البوكمال", "شنت طائرات التحالف ثلاث غارات
        على مواقع في صعدة": in the lead, strikes (a few, or not counted) that an act verb just
        before has as its object, in a sentence that names a place below the country, are what
        the verb did, the news of the day (one salvo), not a series or a count; the day goes
        without saying. Further on, such plurals are background or a tally."""
        if s.paragraph > 1:
            return False
        n = counts.get(t.tok_start)
        if n is not None and (n.value.n is None or not 1 < n.value.n <= self.salvo_max or
                              any(c.tok_end >= n.tok_end for c in doc.between("casualty", s.tok_start, n.tok_end))):
            return False                                   # "مقتل اثنين بقصف": the dead are counted
        return (n is not None or t.value.plural) and t.value.noun and verb is not None and not verb.value.noun and \
            t.tok_start - verb.tok_end <= self.windows.object_after and \
            self._separator_between(doc, verb.tok_end, t.tok_start) is None and \
            any(p.value.place.kind != "country" and not p.value.relative
                for p in doc.between("place", s.tok_start, s.tok_end))

    def _separate(self, doc: Document, em: EventMention, counts) -> int:
        """"قتل خمسة أشخاص في ثلاث هجمات منفصلة في بغداد أمس": a few acts counted by a noun
        and said to be apart (a clause that names their day and place, or it would be a
        tally) are so many attacks; 0 if the clause counts none so."""
        for t in em.live:
            n = counts.get(t.tok_start)
            if t.value.noun and n is not None and n.value.n is not None and 1 < n.value.n <= self.salvo_max and \
                    self.cues.first(doc.tokens, t.tok_end, min(em.tok_end, t.tok_end + 2), ("separate",)) is not None:
                return n.value.n
        return 0

    def _followed(self, doc: Document, em: EventMention, rule, hi: int) -> CueHit | None:
        """The first cue of ``rule`` in the clause, up to ``hi``, that a cue of ``rule.followed_by``
        follows within ``rule.within`` tokens ("خلال الأسابيع الأربعة الماضية"), with no separator
        between it and a trigger (not "خلال الأيام الخمسة التي استغرقتها الزيارة، ...")."""
        lo = em.tok_start
        while (hit := self.cues.first(doc.tokens, lo, hi, rule.cues)) is not None:
            if self.cues.first(doc.tokens, hit.tok_end, min(hi, hit.tok_end + rule.within),
                               rule.followed_by) is not None and any(
                    self._separator_between(doc, min(t.tok_end, hit.tok_end), max(t.tok_start, hit.tok_start)) is None
                    for t in em.triggers):
                return hit
            lo = hit.tok_start + 1
        return None

    def _in_series(self, doc: Document, t: Mention, plurals: "_Plurals | Mention | None") -> bool:
        """"هجمات", "عمليات قصف", "الهجمات التي تستهدف", "الهجمات غير المباشرة بقذائف الهاون
        التي استهدفته": a series, or an act inside one (right after it, or after a relative
        pronoun that follows it in the clause). ``plurals``: the sentence's plural triggers,
        or the one trigger before ``t``."""
        if t.value.plural:
            return True
        relative = t.tok_start > 0 and doc.tokens[t.tok_start - 1].text in self.relative_pronouns
        # "سلسلة هجمات صاروخية استهدفت السفارة": an indefinite plural takes its relative
        # clause with no pronoun, after an adjective
        # (not "عمليات تفجيرية نفذها أحمد قصير": a verb whose object is the plural has an agent of its own)
        gap = self.windows.indefinite_relative_gap if not t.value.noun and \
            not doc.tokens[t.tok_start].text.endswith(self.object_suffixes) else 0
        if isinstance(plurals, _Plurals):
            candidates = plurals.before(t.tok_start, self.windows.series_relative_after if relative else gap)
        else:
            candidates = [plurals] if plurals is not None and plurals.value.plural and \
                plurals.tok_start < t.tok_start else []
        for p in candidates:
            if p.tok_end == t.tok_start or (gap and not p.value.definite and p.value.noun
                                            and 0 <= t.tok_start - p.tok_end <= gap
                                            and self._separator_between(doc, p.tok_end, t.tok_start, weak=False) is None):
                return True
            if relative and t.tok_start - p.tok_end <= self.windows.series_relative_after and \
                    self._separator_between(doc, p.tok_end, t.tok_start, weak=False) is None:
                return True
        return False

    def _toll_of_series(self, doc: Document, t: Mention, following: Mention | None, s, prev: Mention | None = None) -> bool:
        """"قتل 500 مدني في هجمات بطائرات مسيرة في اليمن", "قتل 200 شخص في غارات على إدلب منذ
        مطلع الشهر": a verb whose toll a series right after it (behind a preposition) made,
        in a sentence that places it no nearer than a country or counts over a period. (Not
        "أصيب ثلاثة مدنيين جراء غارات على مدينة صعدة": the strikes on a town that day; nor
        "أن قواته قتلت مسلحا خلال عمليات في العاصمة": one man or two die in one act.) In a
        sentence that counts over a period, a casualty word is such a toll wherever the series
        stands after it: "ووثق المرصد منذ مطلع العام مقتل 87 عنصرا من قوات النظام والمسلحين
        الموالين لها في هجمات التنظيم"; so is one right after a word of result, in such a sentence
        with a series before it: "يرتفع إلى 41 عدد الاستهدافات التي نفذتها المسيرات منذ مطلع العام،
        أسفرت عن مقتل 37 شخصا"."""
        if prev is not None and doc.between("casualty", t.tok_start, t.tok_start + 1):
            link = self.cues.first(doc.tokens, max(prev.tok_end, t.tok_start - 3), t.tok_start, ("result_of",))
            if link is not None and link.tok_end == t.tok_start and \
                    any(m.value.plural for m in doc.between("trigger", s.tok_start, prev.tok_end)) and \
                    self.cues.first(doc.tokens, s.tok_start, s.tok_end, ("since", "span_opener")) is not None:
                return True
        if following is None or not following.value.plural:
            return False
        # the count of the toll may stand between: "قتل أكثر من 200 شخص في غارات"
        tolls = [c for c in doc.between("casualty", t.tok_start, following.tok_start) if c.tok_start <= t.tok_start]
        if any(c.value.n in (1, 2) for c in tolls):
            return False
        if self.cues.first(doc.tokens, s.tok_start, s.tok_end, ("since", "span_opener")) is not None and \
                doc.between("casualty", t.tok_start, t.tok_start + 1):
            return True
        if t.value.noun:
            return False
        end = max([t.tok_end, *(c.tok_end for c in tolls)])
        gap = following.tok_start - end
        if gap < 0 or gap > 1 or (gap == 1 and self.cues.first(doc.tokens, end, following.tok_start,
                                                                 ("preposition",)) is None):
            return False
        placed = any(p.value.place.kind != "country" and not p.value.relative
                     for p in doc.between("place", s.tok_start, s.tok_end))
        return not placed or self.cues.first(doc.tokens, s.tok_start, s.tok_end, ("since", "span_opener")) is not None

    def _anchor_dates(self, doc: Document, trigs: list[Mention]) -> frozenset[int]:
        """Where the dates start that name an act only as the point a span starts from ("منذ
        هجوم السابع من تشرين الأول 2023"): right after the act noun that "منذ" comes before."""
        toks, out = doc.tokens, set()
        for t in trigs:
            if t.tok_start and t.value.noun and self.cues.first(toks, t.tok_start - 1, t.tok_start, ("since_act",)):
                out.update(range(t.tok_end, t.tok_end + self.windows.anchor_date_after + 1))
        return frozenset(out)

    @classmethod
    def _specific_sentence(cls, doc: Document, s, skip: frozenset[int] = frozenset()) -> bool:
        """The sentence names a day and a place below country level: "عمليات استهداف رتلين
        ... في مدينتي السماوة واللطيفية، الخميس (10 كانون الاول 2020)" reports acts. (Not a day
        that dates only the act a span starts from: ``skip``.)"""
        return cls._specific_span(doc, s.tok_start, s.tok_end, skip)

    @staticmethod
    def _specific_span(doc: Document, lo: int, hi: int, skip: frozenset[int] = frozenset()) -> bool:
        """Tokens [lo, hi) name a day and a place below country level (the day may be that of
        the statement that reports the acts: "أعلنت مصادر أمنية أمس مقتل ... في أربع هجمات
        متفرقة ... في بغداد")."""
        return any(d.value.precision == "day" and d.value.relation == "point" and d.tok_start not in skip
                   for d in doc.between("date", lo, hi)) \
            and any(p.value.place.kind != "country" and not p.value.relative
                    for p in doc.between("place", lo, hi))

    def _interval_before(self, doc: Document, lo: int, t: Mention) -> int | None:
        """Where "بعد يومين من", "عقب ساعات على", "غداة" starts right before an indefinite
        attack noun ("ويأتي الهجوم بعد يومين من ضربة أمريكية"): the noun tells another act,
        at another time. (A definite noun, "بعد ساعات من الهجوم", points back to one told.)"""
        if t.value.definite or not t.value.noun:
            return None
        toks, j = doc.tokens, t.tok_start
        day = self.cues.first(toks, max(lo, j - 1), j, ("day_apart",))
        if day is not None and day.tok_end == j:
            return day.tok_start
        link = self.cues.first(toks, max(lo, j - 1), j, ("interval_links",))
        if link is None or link.tok_end != j:
            return None
        unit = self.cues.first(toks, max(lo, link.tok_start - 1), link.tok_start, ("interval_units",))
        if unit is None or unit.tok_end != link.tok_start:
            return None
        seq = self.cues.first(toks, max(lo, unit.tok_start - 2), unit.tok_start, ("sequence",))
        if seq is None:
            seq = self._approximate_interval(doc, max(lo, unit.tok_start - self.windows.interval_sequence_before),
                                             unit.tok_start)
        return None if seq is None else seq.tok_start

    def _approximate_interval(self, doc: Document, lo: int, unit: int) -> CueHit | None:
        """"بعد أقل من 24 ساعة على غارة", "بعد نحو ثلاثة أيام من هجوم": the sequence word
        farther before the unit, with only its number and the words that approximate it
        between them."""
        toks = doc.tokens
        seq = self.cues.first(toks, lo, unit, ("sequence",))
        if seq is None:
            return None
        covered = {i for n in doc.between("number", seq.tok_end, unit) for i in range(n.tok_start, n.tok_end)}
        covered |= {i for m in self.cues.matches(toks, seq.tok_end, unit, ("interval_approximators",))
                    for i in range(m.tok_start, m.tok_end)}
        return seq if covered.issuperset(range(seq.tok_end, unit)) and covered else None

    def _sequel(self, doc: Document, t: Mention) -> bool:
        """"تفجير القنبلة ... والاشتباكات التي تلته": an attack noun said to have followed the
        act before it is another act, after it."""
        end = min(len(doc.tokens), t.tok_end + 4)          # "والقصف المدفعي الذي أعقبها"
        hit = self.cues.first(doc.tokens, t.tok_end, end, ("sequel",))
        return t.value.noun and hit is not None and hit.tok_start <= t.tok_end + 1

    def _interval_days(self, doc: Document, start: int, t: Mention) -> int | None:
        """The days from the act told before to the one an interval names ("بعد يومين من
        ضربة": two days earlier, -2; "عشية هجوم": a day later, 1), where a word counts them."""
        days, earlier = None, False
        for k in range(start, t.tok_start):
            keys = doc.tokens[k].keys
            if days is None:
                days = next((self.interval_days[x] for x in keys if x in self.interval_days), None)
            earlier = earlier or any(x in self.interval_earlier for x in keys)
        return None if days is None else -days if earlier else days

    def _own_act(self, doc: Document, a: Mention, b: Mention, later: list[Mention]) -> bool:
        """"اختطفت حاكم منطقة، فيما قتل ثلاثة مدنيين في هجوم انتحاري": a toll after a word
        that opens a clause, told with an act of its own in that clause, is that act's, not
        the toll of the act before; so is one joined by و after a comma, told with an act that
        does not refer back ("بغارة على منزل في ميس الجبل، وقتل اثنان آخران بغارة على سيارة
        في حولا"; not "، وأصيب خمسة آخرون في الغارة")."""
        strong = self._separator_between(doc, a.tok_end, b.tok_start, weak=False) is not None
        if not strong and not (self.keymaker.coordinated(doc.tokens.texts[b.tok_start])
                               and self._separator_between(doc, a.tok_end, b.tok_start) is not None):
            return False
        own = next((c for c in later if not c.value.trigger.continues), None)
        return own is not None and (strong or not own.value.definite) and \
            self._separator_between(doc, b.tok_end, own.tok_start) is None

    def _joined_act_verb(self, doc: Document, t: Mention) -> bool:
        """"اقتحم مسلحون منزلا، وقتلوا حارسه، واستهدفوا مركزا للشرطة": after a result ("وقتلوا")
        a comma cuts before a verb of another act joined by و (not a noun, not a seizure: "قتلت
        47 إرهابيا، وضبطت أسلحة" tallies one operation)."""
        return not t.value.noun and t.value.trigger.kind != "disrupted" and \
            self.keymaker.coordinated(doc.tokens.texts[t.tok_start])

    def _coordinated_subject(self, doc: Document, a: Mention, b: Mention, headline: bool) -> int | None:
        """"قتيلان بقصف على أريحا ومسيرة تستهدف إدلب", "غارة على بلدة الخيام وصواريخ تسقط قرب
        نهاريا": an indefinite weapon joined by و right before a verb is that verb's subject and
        opens a clause of its own (not "قصف بالصواريخ والطائرات المسيرة شنه الحرس الثوري": a
        second weapon of the act before it). So does, in the body, an indefinite act noun joined
        by و after a place of the act before ("شهدت المنطقة قصفا بالهاون على بلدة كفرنبل وغارة
        بطائرة حربية على مدينة أريحا"; not "قصف وغارات على البلدة": one act told twice; a
        headline so sums up the acts told after it). A verb with an object pronoun after the
        weapon is a relative clause on it, not its predicate ("أحصت الدراسة 900 غارة وقذيفة
        أطلقتها إسرائيل": the shells are still counted)."""
        if b.value.noun:
            if headline or b.value.definite or b.value.trigger.continues or not self.keymaker.coordinated(doc.tokens.texts[b.tok_start]) \
                    or not any(p.value.place.kind != "country" for p in doc.between("place", a.tok_end, b.tok_start)):
                return None
            return b.tok_start
        w = next((w for w in doc.between("weapon", a.tok_end, b.tok_start) if w.tok_end == b.tok_start), None)
        if w is None or not self.keymaker.coordinated(doc.tokens.texts[w.tok_start]) or \
                self.keymaker.is_definite(doc.tokens, w.tok_start) or \
                doc.tokens.texts[b.tok_start].endswith(self.object_suffixes):
            return None     # "غارة وقذيفة أطلقتها إسرائيل": the weapon is the object of a relative verb
        return w.tok_start

    def _means(self, doc: Document, act: Mention, t: Mention) -> bool:
        """"اغتيال الرنتيسي، زعيم حماس، بغارة في غزة": an attack noun with the instrumental ب
        right after a comma is how the act before it was done, not a new clause (but "وردت
        واشنطن بضربة جوية" is another act, by another verb); so is one after a comma and "في"
        when that act is a killing ("اغتيل القيادي، مساء الثلاثاء، في غارة")."""
        if not t.value.noun or t.tok_start < 2:
            return False
        texts = doc.tokens.texts
        if texts[t.tok_start - 1] == ",":
            return self._instrumental(doc, t)
        return texts[t.tok_start - 2] == "," and texts[t.tok_start - 1] in self.means_prepositions and \
            act.value.trigger.kind in self.means_after_kinds

    def _instrumental(self, doc: Document, t: Mention) -> bool:
        """The trigger is written with the instrumental proclitic ("بقصف", "بغارة")."""
        text = doc.tokens.texts[t.tok_start]
        return text.startswith(self.instrumental) and \
            any(k == self.keymaker.canonical(text[len(self.instrumental):]) for k in doc.tokens[t.tok_start].keys)

    def _separator_between(self, doc: Document, lo: int, hi: int, weak: bool = True) -> int | None:
        """The last separator between two triggers: what follows it belongs to the second.
        ``weak``: whether punctuation alone counts. The commas around a date told as an aside
        ("اغتال مسلحون، مساء السبت، عنصرا سابقا ... بإطلاق النار عليه") separate nothing."""
        aside_from = None
        for j in reversed(self.separators.starts(doc.tokens, lo, hi)):
            if aside_from is not None and j >= aside_from:
                continue
            m = self.separators.longest_at(doc.tokens, j, hi)
            if m is None or not (weak or not m.payloads[0]):
                continue
            if m.payloads[0]:
                aside_from = self._dated_aside(doc, lo, j)
                if aside_from is not None:
                    continue
            return j
        return None

    @staticmethod
    def _dated_aside(doc: Document, lo: int, j: int) -> int | None:
        """Where the comma that opens a date closed by the comma at token j stands ("، مساء
        السبت،"), if the two enclose just that date."""
        texts = doc.tokens.texts
        if texts[j] != ",":
            return None
        d = next((d for d in doc.between("date", lo, j) if d.tok_end == j), None)
        if d is None or d.tok_start - 1 < lo or texts[d.tok_start - 1] != ",":
            return None
        return d.tok_start - 1


class _Plurals:
    """The plural triggers of a sentence, by position: the series a trigger may belong to
    are found among the few that end near it, not by comparing it with every trigger (linear
    time in the sentence's length)."""

    def __init__(self, trigs: list[Mention]):
        self.plurals = sorted((p for p in trigs if p.value.plural), key=lambda p: p.tok_start)
        self.starts = [p.tok_start for p in self.plurals]
        self.longest = max((p.tok_end - p.tok_start for p in self.plurals), default=0)

    def before(self, tok: int, reach: int) -> list[Mention]:
        """Those starting before ``tok`` that can end ``reach`` tokens or less before it."""
        lo = bisect_left(self.starts, tok - reach - self.longest)
        return self.plurals[lo:bisect_left(self.starts, tok)]
