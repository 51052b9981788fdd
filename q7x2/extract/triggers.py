"""Attack triggers (``gazetteers/triggers.yaml``) and target nouns (``targets.yaml``)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

from pydantic import Field

from ..document import Document
from ..gazetteers import Entry, Gazetteers
from ..lexicon import Lexicon
from ..record import SubEventType, TargetType
from ..tokenise import KeyMaker


class Trigger(Entry):
    kind: Literal["attack", "suicide", "clash", "disrupted", "assassination", "abduction", "shooting", "none"]
    forms: list[str]
    present_forms: list[str] = Field(default_factory=list)
    plural_forms: list[str] = Field(default_factory=list)
    dual_forms: list[str] = Field(default_factory=list)   # "هجومين": exactly two acts
    dual_salvo: bool = False  # "بغارتين على معسكر": two strikes at one place are one salvo there
    attacker_forms: list[str] = Field(default_factory=list)  # "3 انتحاريين": who did it; a number counts people
    verb_forms: list[str] = Field(default_factory=list)  # "قصفت" in an entry of nouns ("قصف"): a verb
    noun: bool = False
    weak: bool = False        # a verbal noun ("استهداف", "إطلاق"): an act only with a place
    dated: bool = False       # a weak noun of killing ("اغتيال", "مذبحة"): indefinite, an act with a date too
    needs_weapon: bool = False  # "سقط", "أطلق": an attack only when a weapon is in the clause
    # "ألقى", "رمى": an attack only when what is thrown, after it, is a weapon of one of these
    # types, or one of these weapons (ids of weapons.yaml): "ألقت مسيرة قنبلة على سيارة",
    # "ألقت مروحيات براميل متفجرة" (not "ألقت طائرات منشورات", "ألقت القوات القبض")
    thrown: list[str] = Field(default_factory=list)
    continues: bool = False   # "مقتل": reports a result; never starts a clause of its own
    passive: bool = False     # "تعرضت القاعدة لهجوم": the subject is what was hit
    agent_after: bool = False  # "قصف الجيش التركي": the actor right after did it, read as verb or as noun
    victims: Optional[TargetType] = None   # "مذبحة": who such an act kills when the text names no target
    sub_event_type: Optional[SubEventType] = None


class TargetNoun(Entry):
    type: Optional[TargetType]   # None: a phrase that hides a target noun inside it ("شاحنة مفخخة")
    forms: list[str]
    fighters: bool = False       # armed men as such ("مسلحا"): to hit them is to fight them
    vessel: bool = False         # a ship at sea: what strikes it is guided ("بصاروخ" is a missile)
    owned: bool = False          # "منزل محافظ": the owner's noun right after it says what was hit
    site: bool = False           # a place an attack lands on ("مبنى", "مقر الحزب"), not people or vehicles
    # civilians by their work, homes by no owner ("مزارعين", "مبنى سكني"): what was hit only
    # when nothing else is named
    last_resort: bool = False


@dataclass(frozen=True, slots=True)
class TriggerMention:
    trigger: Trigger
    plural: bool         # "هجمات": a series, not one act
    present: bool        # "تستهدف": habitual, unless in a headline
    definite: bool       # "الهجوم": may refer back to an attack already reported
    dual: bool = False   # "هجومين": two acts
    attacker: bool = False  # "انتحاريين": names who did it, so a number before it counts people
    verb: bool = False      # one of the entry's verb_forms

    @property
    def noun(self) -> bool:
        """A noun ("القصف"), not a verb whose subject did it ("قصفت القوات")."""
        return self.trigger.noun and not self.verb


class TriggerExtractor:
    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker):
        triggers = gazetteers.entries("triggers", Trigger)
        self.lexicon = Lexicon([*((f, (t, "")) for t in triggers for f in t.forms),
                                *((f, (t, "present")) for t in triggers for f in t.present_forms),
                                *((f, (t, "plural")) for t in triggers for f in t.plural_forms),
                                *((f, (t, "dual")) for t in triggers for f in t.dual_forms),
                                *((f, (t, "attacker")) for t in triggers for f in t.attacker_forms),
                                *((f, (t, "verb")) for t in triggers for f in t.verb_forms)], keymaker)
        self.keymaker = keymaker
        targets = gazetteers.entries("targets", TargetNoun)
        self.targets = Lexicon(((f, t) for t in targets for f in t.forms), keymaker)

    def __call__(self, doc: Document) -> None:
        toks = doc.tokens
        for m in self.lexicon.find(toks):
            trigger, form = m.payloads[0]
            if trigger.kind == "none":
                continue
            definite = self.keymaker.is_definite(toks, m.tok_start)
            doc.mention_tokens("trigger", m.tok_start, m.tok_end,
                               TriggerMention(trigger, form == "plural", form == "present", definite, form == "dual",
                                              form == "attacker", form == "verb"))
        for m in self.targets.find(toks):
            if m.payloads[0].type is not None:
                doc.mention_tokens("target", m.tok_start, m.tok_end, m.payloads[0])
