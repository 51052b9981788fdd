"""Actors: factions, state forces and generic groups named in the text."""
from __future__ import annotations

from collections import Counter
from typing import Literal, Optional

from pydantic import Field, field_validator

from ..document import Document
from ..gazetteers import Entry, Gazetteers, Table
from ..lexicon import Lexicon, Match
from ..normalise import normalise_phrase
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
    # "المعادي" ("الطيران الحربي المعادي", "مسيرة معادية"): an adjective that names the actor, as
    # ``adjectives`` do, only in an article that places something in one of ``placed_in`` (the
    # countries whose media call this side "the hostile one")
    placed_adjectives: list[str] = Field(default_factory=list)
    placed_variants: list[str] = Field(default_factory=list)    # "العدو", "جيش العدو": names, likewise
    # also: a name this actor shares with another ("المقاومة الإسلامية") is this one's in an
    # article that places things in one of these countries and in neither actor's own
    placed_in: list[str] = Field(default_factory=list)
    acled: Optional[str] = None                  # ACLED's name, where it differs from ``name`` (q7x2/acled.py)
    acled_in_country: Optional[str] = None       # ACLED's name by the event's country: "Islamic State ({country})"
    # An umbrella of armed factions that counts as a state's forces when it acts ("الحشد
    # الشعبي"): what it holds, when a strike hits it, is the factions' (target armed_group).
    factions: bool = False

    @field_validator("acled_in_country")
    @classmethod
    def _country_slot(cls, v):
        if v is not None and v.count("{country}") != 1:
            raise ValueError("must hold {country} once (ACLED's country name goes there)")
        return v


class ActorCues(Table):
    """``actor_cues.yaml``: how a text names a group that no entry lists."""

    self_naming: list[str]     # "تطلق على نفسها اسم"
    group_nouns: list[str]     # "جماعة", "مجموعة مسلحة": what the self-naming phrase describes
    name_stops: list[str]      # a name without quotes ends before these
    name_quotes: dict[str, str]  # opening mark -> closing mark of a quoted name
    name_words: int = Field(ge=1)
    kind: ActorKind
    # "مليشيا الحوثي ... قصفت المليشيا الأحياء السكنية": a group word alone, definite, after a
    # listed name that begins with it, is that group again
    anaphoric_nouns: list[str] = Field(default_factory=list)


class ActorExtractor:
    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker):
        entries = gazetteers.entries("actors", Actor)
        self.lexicon = Lexicon(((f, e) for e in entries for f in (e.name_ar, *e.variants)), keymaker)
        # a one-word name written with the article ("الحشد", "النجباء") names the group only as a
        # definite word: "حشدا كان يشاهد مباراة" is a crowd
        one_word = [normalise_phrase(f) for e in entries for f in (e.name_ar, *e.variants) if " " not in f.strip()]
        self.definite_only = {keymaker.phrase_keys(f)[0] for f in one_word if f.startswith(keymaker.article)} - \
            {keymaker.phrase_keys(f)[0] for f in one_word if not f.startswith(keymaker.article)}

        # one scan for both kinds of adjective and the placed names: a placed word's payload is
        # its (actor, countries, mention kind)
        self.adjectives = Lexicon([*((f, e) for e in entries for f in e.adjectives),
                                   *((f, (e, frozenset(e.placed_in), "actor_adjective"))
                                     for e in entries for f in e.placed_adjectives),
                                   *((f, (e, frozenset(e.placed_in), "actor"))
                                     for e in entries for f in e.placed_variants)],
                                  keymaker)
        cues = gazetteers.table("actor_cues", ActorCues)
        self.self_naming = Lexicon(((w, True) for w in cues.self_naming), keymaker)
        self.group_nouns = Lexicon(((w, True) for w in cues.group_nouns), keymaker)
        self.name_stops = Lexicon(((w, True) for w in cues.name_stops), keymaker)
        self.name_words = cues.name_words
        self.name_quotes = cues.name_quotes
        self.unlisted_kind = cues.kind
        self.anaphors = Lexicon(((w, True) for w in cues.anaphoric_nouns), keymaker)
        self.keymaker = keymaker

    def __call__(self, doc: Document) -> None:
        toks = doc.tokens
        listed = [m for m in self.lexicon.find(toks) if m.tok_end > m.tok_start + 1 or
                  self.definite_only.isdisjoint(toks[m.tok_start].keys) or self.keymaker.is_definite(toks, m.tok_start)]
        self_named = self._self_named(doc, listed)
        replaced = {id(g) for _, _, _, g in self_named}
        chosen = self._by_co_mention(listed)
        found = [(m.tok_start, m.tok_end, chosen.get(id(m), m.payloads[0]), m) for m in listed if id(m) not in replaced]
        found += [(start, end, actor, None) for start, end, actor, _ in self_named]
        found += self._anaphoric(doc, [f for f in found if f[3] is not None])
        for start, end, actor, m in sorted(found, key=lambda f: f[0]):
            mention = doc.mention_tokens("actor", start, end, actor)
            if m is not None and len(m.payloads) > 1 and id(m) not in chosen:
                doc.mention_tokens("actor_shared", start, end, (mention, tuple(m.payloads)))
        for m in self.adjectives.find(doc.tokens):
            actor = m.payloads[0]
            doc.mention_tokens("actor_adjective_placed" if isinstance(actor, tuple) else "actor_adjective",
                               m.tok_start, m.tok_end, actor)

    def placed(self, doc: Document) -> None:
        """After the places: an adjective that names its actor only where the article places
        most in one of its countries ("المعادي" in a report from south Lebanon) names it
        there; a name several actors share that no other name decides is the one of the
        country the article places things in (or one of its ``placed_in``), if one only is."""
        pending, shared = doc.of("actor_adjective_placed"), doc.of("actor_shared")
        if not pending and not shared:
            return
        countries = {p.value.place.country for p in doc.of("place")}
        for s in shared:       # "أعلنت المقاومة الإسلامية أن مجاهديها استهدفوا ..." in a report from south Lebanon
            mention, actors = s.value
            # (or across the front it fights on: Hezbollah's "موقع الراهب" is in Israel)
            local = [a for a in actors if a.country in countries or not countries.isdisjoint(a.placed_in)]
            if len(local) == 1:
                mention.value = local[0]
        # the country the article places most in (all of them on a tie): not one named in
        # passing ("منذ بدء الحرب في غزة" in a report from Jordan)
        named_in = Counter(p.value.place.country for p in doc.of("place") if p.value.place.country)
        most = {c for c, n in named_in.items() if n == max(named_in.values())}
        named = False
        for m in pending:
            actor, placed_in, kind = m.value
            if placed_in.isdisjoint(most) or (kind == "actor" and any(
                    a.tok_start < m.tok_end and m.tok_start < a.tok_end for a in doc.of("actor"))):
                continue                      # not inside a listed name ("العدو الإسرائيلي")
            doc.mention_tokens(kind, m.tok_start, m.tok_end, actor)
            named = named or kind == "actor"
        if named:
            doc.of("actor").sort(key=lambda a: a.tok_start)

    def _anaphoric(self, doc: Document, found: list) -> list[tuple[int, int, Actor, None]]:
        """"أطلقته المليشيا", "قصفت المليشيا الأحياء السكنية" after "مليشيا الحوثي": a group word
        alone and definite ("المليشيا"), after a listed name that begins with it, is that group
        again (the nearest such name before it). Looked for only in a text that names one."""
        toks = doc.tokens
        heads = [(start, end, actor) for start, end, actor, _ in found if not actor.generic
                 and self.anaphors.longest_at(toks, start) is not None and end - start > 1]
        if not heads:
            return []
        taken = {j for start, end, _, _ in found for j in range(start, end)}
        out = []
        for m in self.anaphors.find(toks, heads[0][1]):
            if m.tok_start in taken or m.tok_end - m.tok_start != 1 or \
                    not self.keymaker.is_definite(toks, m.tok_start):
                continue
            actor = [a for start, end, a in heads if end <= m.tok_start][-1]
            out.append((m.tok_start, m.tok_end, actor, None))
        return out

    @staticmethod
    def _by_co_mention(listed: list[Match]) -> dict[int, Actor]:
        """"المقاومة الإسلامية", the name both Hezbollah and the Iraqi factions' front give
        themselves: a name several entries share is the one the article names otherwise
        ("المقاومة الإسلامية في العراق", "حزب الله"); else (``placed``) the one entry of the
        country the article places things in, or the first entry that lists it. By id of the
        match; a name left undecided is not in it."""
        named = {id(m.payloads[0]) for m in listed if len(m.payloads) == 1}
        chosen = ((m, next((a for a in m.payloads if id(a) in named), None)) for m in listed if len(m.payloads) > 1)
        return {id(m): a for m, a in chosen if a is not None}

    def _self_named(self, doc: Document, listed: list[Match]) -> list[tuple[int, int, Actor, Match | None]]:
        """Groups that name themselves: "جماعة تطلق على نفسها اسم سرايا الثأر", "مسلحون
        يطلقون على أنفسهم «كتائب الحق»". Each is an actor from the group word (or the generic
        actor it replaces) to the end of the name, named as the text writes it. A listed
        actor in the name's place is that actor, and no new one is made."""
        toks = doc.tokens
        out = []
        for cue in self.self_naming.find(toks):
            generic = next((m for m in listed if m.tok_end == cue.tok_start and m.payloads[0].generic), None)
            group = generic or self.group_nouns.ending_at(toks, cue.tok_start, 3)
            if group is None:
                continue
            span = self._name_after(doc, cue.tok_end, listed)
            if span is None:
                continue
            s, e = toks.token_starts[span[0]], toks.token_ends[span[1] - 1]
            name = doc.original_text(s, e)
            actor = Actor(id=f"unlisted:{doc.norm[s:e]}", name=name, name_ar=name, kind=self.unlisted_kind)
            quoted = span[0] > cue.tok_end                  # the closing mark is part of the mention
            out.append((group.tok_start, span[1] + quoted, actor, generic))
        return out

    def _name_after(self, doc: Document, i: int, listed: list[Match]) -> tuple[int, int] | None:
        """The tokens of the name that starts at token i: what the quotes hold (unless a
        listed actor is there: "«أصحاب الكهف»" is that group), or up to ``name_words`` Arabic
        words, ending before a stop word, a mark or digit, an attack word, a date, a listed
        actor or a word joined by و."""
        toks, n = doc.tokens, len(doc.tokens)
        taken = {t for m in listed for t in range(m.tok_start, m.tok_end)}
        close = self.name_quotes.get(toks.texts[i]) if i < n else None
        if close is not None:
            for j in range(i + 1, min(n, i + 2 * self.name_words + 1)):
                if toks.texts[j] == close:
                    return (i + 1, j) if j > i + 1 and taken.isdisjoint(range(i + 1, j)) else None
            return None
        taken.update(m.tok_start for kind in ("trigger", "date", "number") for m in doc.of(kind))
        j = i
        while j < n and j - i < self.name_words and "\u0621" <= toks.texts[j][0] <= "\u064a" and j not in taken \
                and self.name_stops.longest_at(toks, j, j + 1) is None \
                and not (j > i and self.keymaker.coordinated(toks.texts[j])):
            j += 1
        return (i, j) if j > i else None
