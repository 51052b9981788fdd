"""Actors: factions, state forces and generic groups named in the text."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from ..document import Document
from ..gazetteers import Entry, Gazetteers
from ..lexicon import Lexicon
from ..tokenise import KeyMaker

# ACLED's actor kinds (inter codes): 1 state forces, 2 rebels, 3 political militias,
# 4 identity militias, 8 external/other forces.
ActorKind = Literal["state_forces", "rebel_group", "political_militia", "identity_militia", "external_forces",
                    "unidentified"]


class Actor(Entry):
    name: str                                    # English name
    name_ar: str
    variants: list[str] = Field(default_factory=list)
    kind: ActorKind
    country: Optional[str] = None                # ISO 3166-1 alpha-2 of the actor's home state
    parent: Optional[str] = None                 # umbrella group id (e.g. a front name -> IRI)
    generic: bool = False                        # "فصائل موالية لإيران": a description, not a name
    adjectives: list[str] = Field(default_factory=list)  # "أمريكية": names the actor only after an attack word
    acled: Optional[str] = None                  # ACLED's name, where it differs from ``name`` (q7x2/acled.py)


class ActorExtractor:
    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker):
        entries = gazetteers.entries("actors", Actor)
        self.lexicon = Lexicon(((f, e) for e in entries for f in (e.name_ar, *e.variants)), keymaker)

        self.adjectives = Lexicon(((f, e) for e in entries for f in e.adjectives), keymaker)

    def __call__(self, doc: Document) -> None:
        for m in self.lexicon.find(doc.tokens):
            doc.mention_tokens("actor", m.tok_start, m.tok_end, m.payloads[0])
        for m in self.adjectives.find(doc.tokens):
            doc.mention_tokens("actor_adjective", m.tok_start, m.tok_end, m.payloads[0])
