"""``gazetteers/assembly.yaml``: the words, windows and weights of event assembly.

The cue lists themselves (negation, threat, claim ...) are in ``cues.yaml``; this file says
how assembly reads them: which lists make which factuality, how many tokens around a trigger
or an actor a cue is looked for, and the weights of the confidence model.
"""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..gazetteers import Table

Factuality = Literal["asserted", "negated", "planned", "hypothetical", "legal", "counted", "habitual", "generic",
                     "commemorated", "series", "generic_present", "no_weapon", "in_name", "verbal",
                     "figurative", "exercise", "mistreatment", "search", "smuggling", "accident", "long_ago",
                     "anchored", "disposal", "listed", "averted", "aimless", "crowd_control", "unarmed", "protested", "cause", "ranked"]


class FactualityRule(Table):
    """A trigger is ``label`` when a cue of ``cues`` stands within ``before`` tokens before it
    (not past the trigger before it, nor the sentence start), or anywhere in its clause
    (``scope: clause``), or within ``after`` tokens after it (``scope: after``: not past the
    trigger after it nor the sentence end). ``present_only``: only before a present-tense trigger ("قد تستهدف",
    not "قد استهدفت"); ``plural_only``: only after a plural act noun. ``unless_between``: not when a cue of these lists stands between the
    cue and the trigger ("نفت مسؤوليتها عن الهجوم" denies a role, not the act).
    ``unless_instrumental``: not when the trigger is written with the instrumental "ب" (what
    the cue counts is then the toll: "أصيب العشرات بقصف"). ``through_lists``: also farther back, when what stands between the cue and the trigger
    is a list of items joined by "، و" ("بتهم تكوين عصابة، وصنع متفجرات، ... واختطاف").
    ``followed_by``/``within`` (clause scope): the cue counts only with a cue of those lists
    right after it ("خلال" and then "الأسابيع الأربعة الماضية"). ``clause_bound`` (after
    scope): not past a clause separator either ("الهجمات على السفن ستستمر", not "قتل جنديان
    في هجوم، والمعارك ستستمر"). ``forms_only`` (after scope): only after a trigger written so
    ("تفجير ذخائر منتهية الصلاحية", not "انفجار قذيفة غير منفجرة"); before scope likewise ("إنهاء نزاع عشائري",
    not "لإنهاء اشتباكات أسفرت عن مقتل"). ``preceded_by``/``preceded_within``:
    the cue counts only with a cue of those lists at most so many tokens before it ("نفى ... صحة
    الأنباء التي تناقلتها وسائل إعلام عن تنفيذ غارات"). ``first`` (after scope): checked before
    the rules with a cue before the trigger ("سلسلة غارات ...، توزعت كالآتي" is a list's summary,
    not a count). ``joined`` (before scope): the cue only right before a trigger written with "و"
    ("الخروقات والقصف المتبادل", "الأعمال العدائية والقصف")."""

    label: Factuality
    cues: tuple[str, ...]   # tuples: Cues.first looks a tuple of lists up with no conversion
    before: int = Field(default=0, ge=0)
    after: int = Field(default=0, ge=0)
    scope: Literal["before", "clause", "after"] = "before"
    present_only: bool = False
    plural_only: bool = False       # only after a plural act noun ("العمليات الإرهابية")
    unless_between: tuple[str, ...] = ()
    unless_instrumental: bool = False   # not before a trigger written with "ب" ("أصيب العشرات بقصف")
    through_lists: bool = False     # farther than ``before`` when a list joined by "، و" runs between
    followed_by: tuple[str, ...] = ()                      # only when a cue of these follows the cue ...
    within: int = Field(default=0, ge=0)                    # ... this many tokens after it at most
    clause_bound: bool = False      # an after-scope cue only before the next clause separator
    forms_only: list[str] = Field(default_factory=list)    # only with a trigger written so ("تفجير", not "انفجار"; "نزاع")
    preceded_by: tuple[str, ...] = ()                      # only with a cue of these before the cue ...
    preceded_within: int = Field(default=0, ge=0)           # ... this many tokens before it at most
    first: bool = False             # an after-scope rule checked before every other: what it says holds whatever counts the act
    # (clause scope) not a cue with one of these lists' cues at most ``unless_within`` tokens
    # before it: "في هجوم هو الأعنف منذ أشهر" compares the act, it tells no habit
    unless_preceded_by: tuple[str, ...] = ()
    unless_within: int = Field(default=0, ge=0)
    joined: bool = False            # a before-scope cue only right before a trigger joined to it by و ("الخروقات والقصف")


class Windows(Table):
    """Token windows (counts of tokens) in which assembly looks for something."""

    series_relative_after: int = Field(ge=0)  # "الهجمات ... التي استهدفته": a relative clause of a series
    background_before: int = Field(ge=0)      # "وكان الوحيدي أطلق": a pluperfect or an anchor before the act
    relative_after_act: int = Field(ge=1)     # "تفجير الكرادة الذي وقع في": a relative pronoun on the act noun
    complement_after: int = Field(ge=0)       # "نفى تعرض القاعدة لقصف": a trigger this close shares factuality
    relative_after: int = Field(default=0, ge=0)   # "ضبط أسلحة ومواد مخدرة في عملية نفذتها قوة": a relative verb this close
    mistreatment_after: int = Field(ge=0)     # "تعرض الكثير من المتظاهرين للضرب": what one was subjected to
    object_after: int = Field(ge=0)           # "شن الوزير أمس هجوما": a verb's object noun this close after it
    weapon_before: int = Field(ge=0)          # a "needs_weapon" trigger's weapon, before it ...
    weapon_after: int = Field(ge=0)           # ... and after it
    report_date_before: int = Field(ge=0)     # a reporting verb before a date: the date is the report's
    hospital_place_after: int = Field(default=0, ge=0)  # "نقلوا إلى مستشفى الكندي في بغداد": the hospital's place, this close after
    returned_before: int = Field(default=0, ge=0)  # "عاد الطيران ... واستهدف": a verb of returning this close before the act
    outlet_name_words: int = Field(default=0, ge=0)  # 'لـ"بغداد اليوم"': words of a quoted outlet's name
    death_date_near: int = Field(default=0, ge=0)  # "توفي متأثرا بجروحه مساء أمس": a date this close dates the death
    report_date_set_off_before: int = Field(default=7, ge=0)  # ... farther, for a date set off by commas before the acts
    mourned_before: int = Field(default=9, ge=0)  # "وشيعت هيئة الحشد، الأحد، قتلى الغارات": the attack whose dead are buried
    indefinite_relative_gap: int = Field(default=1, ge=0)  # "هجمات صاروخية استهدفت": a verb this close after an indefinite series
    since_place_after: int = Field(default=3, ge=0)  # "منذ بدء الحرب في غزة": the place of what a span starts from
    commemorated_before: int = Field(default=3, ge=0)  # "الذكرى الأولى لمقتل": the anniversary this close before the act
    since_date_after: int = Field(default=3, ge=0)  # "منذ اتفاق التسوية عام 2018": the date of what a span starts from
    interval_sequence_before: int = Field(default=2, ge=2)  # "بعد أقل من 24 ساعة على غارة": "بعد" this far before the unit
    framing_before: int = Field(default=2, ge=0)  # "ويأتي (هذا) الهجوم بعد ...": the attack told, in its context
    anchor_date_after: int = Field(default=1, ge=0)  # "منذ هجوم السابع من ...": a date this close after the act noun is its
    another_after: int = Field(ge=0)          # "آخر" after a weapon or trigger
    casualty_anchor_before: int = Field(ge=0)  # "بعد يومين على مقتل": the toll of another, earlier act
    simultaneous_at_start: int = Field(ge=0)  # "وبالتزامن" at the start of a sentence
    anchor_before: int = Field(ge=0)          # "عقب" before a definite attack noun
    reaction_before: int = Field(ge=0)        # "دانت ... القصف": a verb of condemning before a definite attack noun
    partitive_after: int = Field(ge=0)        # "أسقطت الدفاعات إحداها": part of the weapons stopped
    avenged_before: int = Field(ge=0)         # "ردا على المجازر في غزة": another act's place
    seized_after: int = Field(default=0, ge=0)  # "وعثرت على أحزمة ناسفة": a weapon found, not used
    site_town_km: float = Field(default=0, ge=0)  # a site and a town of its governorate farther apart are two places
    victims_before: int = Field(ge=0)         # "بينهم نساء وأطفال": who the victims were
    coordinated_places_gap: int = Field(ge=1)  # places joined by و at most this far apart
    dateline_words: int = Field(ge=1)         # a dateline's mark within the first words of a line
    agent_source_before: int = Field(ge=0)    # "قال", "مصادر في" before an actor: a source
    reporting_body_gap: int = Field(ge=0)     # "قناة المسيرة التابعة ل": the words of a reporting body's name before "التابعة"
    agent_owner_before: int = Field(ge=0)     # "تابعة ل" before an actor: the weapon's owner
    agent_before_trigger: int = Field(ge=0)   # an actor this close before a trigger is its agent
    subject_gap: int = Field(ge=0)            # "شنه مسلحو تنظيم داعش": words between a verb and its subject
    attribution_before: int = Field(ge=0)     # a claim/accuse/suspect cue before an actor
    attribution_after: int = Field(ge=0)      # "... مسؤوليتها" after it
    air_launch_gap: int = Field(ge=0)         # "أطلقت طائرة مسيرة صاروخا": the rocket this close to the drone
    accused_after: int = Field(ge=0)          # "اتهمت الحكومة السورية إسرائيل": the side blamed after an accuser
    carried_after: int = Field(ge=0)          # "تقل عناصر من الحرس": the people carried, this close after
    accuser_before: int = Field(ge=0)         # "تحمل" right before an actor: it accuses
    launch_site_after: int = Field(ge=0)      # "أطلقت من" this far before a place: where it was fired from
    locator_gap: int = Field(ge=0)            # "قاعدة بلد قرب مدينة بلد": a place near the one before it
    survivor_before: int = Field(ge=1)        # "نجاة مشرف من محاولة اغتيال": who survived the act
    named_place_after: int = Field(ge=0)      # "الهجوم على حرير": the place an attack noun names, this close after it


class ConfidenceModel(Table):
    """Logistic model of P(a true event | what the text states of it) (``confidence.py``)."""

    intercept: float
    weights: dict[str, float]


class AssemblyWords(Table):
    clause_separators: list[str]
    coordinators: list[str]
    subject_suffixes: list[str]
    acting_kinds: list[str]
    own_act_kinds: list[str]
    object_suffixes: list[str]
    agentive: str
    agentive_triggers: list[str]
    agentive_members: list[str]
    announced_acts: list[str]
    instrumental: str
    undergone: str                   # "تعرض ... لضربة": the proclitic of what a passive verb says was undergone
    locative: str                    # "حي كفرسوسة بدمشق": the proclitic of the unit a place lies in
    means_prepositions: list[str]
    means_after_kinds: list[str]
    simultaneous_joiners: list[str]
    day_shifts: dict[str, int]       # cue list -> days from the attack told before ("في اليوم التالي": 1)
    interval_days: dict[str, int]    # "بعد يومين من ضربة": the days between two acts, by the word that counts them
    interval_earlier: list[str]      # ... and the words after which the act named was the earlier one
    weak_separators: list[str]
    relative_pronouns: list[str]
    dateline_marks: list[str]
    list_heading_mark: str
    quote_marks: list[str] = Field(default_factory=list)
    compatible_weapons: list[list[str]]
    named_apart: list[list[str]] = Field(default_factory=list)   # "الطائرات الحربية" and "الطيران المسير": two attacks
    munitions: list[list[str]] = Field(default_factory=list)   # a weapon and the munitions it fires ("عدوان جوي" with "صواريخ")
    weapon_sub_event: dict[str, str]
    trigger_sub_event_default: dict[str, str]
    impact_triggers: list[str]
    engaging_triggers: list[str] = Field(default_factory=list)   # "تصدت الدفاعات": a stop that tells no outcome
    harm_triggers: list[str]         # "ودمرت مبنى": a verb of stopping that may tell what an act destroyed
    firearms: list[str]
    state_fired: dict[str, str]
    launch_platforms: list[str]
    generic_by: dict[str, str]       # "غارة نفذتها مسيرة": a generic raid beside a generic drone is the drone's
    armed_targets: list[str]
    fought_targets: list[str]     # an assault on these is fought back: an Armed clash
    fought_triggers: list[str]
    factuality: list[FactualityRule]
    shared_factuality: list[Factuality]
    object_factuality: list[Factuality]
    list_factuality: list[Factuality]
    anaphor_factuality: list[Factuality] = Field(default_factory=list)     # "اشتباكا كلاميا ... الاشتباك": the definite noun is that one
    relative_factuality: list[Factuality] = Field(default_factory=list)   # "تفجير مسيطر عليه نفذته مفارز": the relative verb's
    relative_endings: list[str] = Field(default_factory=list)             # ... object pronoun is the act told before it
    alternatives: list[str]
    salvo_max: int = Field(ge=1)     # "شن ثلاث غارات على بلدة ... صباح اليوم": one placed, dated salvo
    campaign_factualities: list[Factuality]   # "ويشن الطيران الإسرائيلي غارات متكررة": a side's campaign
    windows: Windows
    confidence: ConfidenceModel
