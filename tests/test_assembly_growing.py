"""The values coreference keeps on a growing attack (q7x2/assembly/growing.py) are exactly
those computed afresh from its lists, however it grew."""
from __future__ import annotations

import importlib
from dataclasses import replace
from pathlib import Path

import pytest

from q7x2.article import Article
from q7x2.assembly.coreference import (
    attack_date,
    best_place,
    best_specific_place,
    distinct_places,
    identified_agents,
    plural_trigger_ids,
    specific_places,
    unlisted,
    unlisted_by_sentence,
    weapon_types,
)
from q7x2.extract.places import SPECIFICITY
from q7x2.assembly import arguments, coreference
from q7x2.assembly.growing import forget

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def keep_values_of_every_list(monkeypatch):
    """Short lists are read afresh (growing.SMALL): here every list's values are kept, so
    that what is kept is what is compared."""
    for module in (coreference, arguments, importlib.import_module("q7x2.assembly.attack_date")):
        monkeypatch.setattr(module, "SMALL", 0)


def assert_as_computed_afresh(a):
    plain = [p for p in a.places if p.value.place.kind != "country"]
    assert specific_places(a) == plain
    assert best_specific_place(a) is (best_place(plain) if plain else None)
    assert weapon_types(a) == ({m.value.weapon.type for m in a.weapons} - {"unknown"}) | \
        {t for m in a.weapons for t in m.value.weapon.may_be}
    assert attack_date(a) is a.date
    assert identified_agents(a) == list({id(g.mention.value): g.mention.value for g in a.agents
                                         if g.mention.value.kind != "unidentified" and g.role != "near"}.values())
    assert plural_trigger_ids(a) == {t.value.trigger.id for m in a.mentions for t in m.triggers if t.value.plural}
    for name in ("places", "relatives", "locators"):
        assert {id(p) for p in distinct_places(a, name)} == {id(m.value.place) for m in getattr(a, name)}
    for listed, pick in ((False, min), (True, max)):
        sentences = {p.sentence for p in plain if unlisted(p.value.place) != listed}
        assert unlisted_by_sentence(a, listed) == {
            s: pick(SPECIFICITY[p.value.place.kind] for p in plain
                    if p.sentence == s and unlisted(p.value.place) != listed) for s in sentences}


@pytest.fixture(scope="module")
def attacks(pipeline):
    out = []
    for path in SEEDS:
        assembly = pipeline.explain(Article(id=path.stem, text=path.read_text(encoding="utf-8")))
        out += assembly.attacks
    assert len(out) >= 10
    return out


def fresh(a):
    return replace(a, **{name: list(getattr(a, name)) for name in (
        "mentions", "dates", "places", "targets", "weapons", "actors", "casualties", "triggers", "agents",
        "relatives", "launch_sites", "locators", "inherited")}, reported=set(a.reported))


def test_each_seed_attack(attacks):
    for a in attacks:
        assert_as_computed_afresh(a)


def test_an_attack_absorbing_others_one_by_one(attacks):
    grown = fresh(attacks[0])
    for other in attacks[1:]:
        assert_as_computed_afresh(grown)      # asked before each absorb: the kept values must follow
        grown.absorb(fresh(other))
    assert_as_computed_afresh(grown)


def test_a_first_date_that_becomes_a_reported_one(attacks):
    dated = [fresh(a) for a in attacks if len(a.dates) >= 2]
    assert dated
    for a in dated:
        assert_as_computed_afresh(a)
        a.reported.add(id(a.dates[0]))
        assert_as_computed_afresh(a)
        a.reported.update(id(m) for m in a.dates)          # every date a report's: the pool is all of them
        assert_as_computed_afresh(a)
        a.dates.extend(m for b in dated if b is not a for m in b.dates[:1])    # an act's date comes after
        assert_as_computed_afresh(a)


def test_lists_replaced_or_reordered(attacks):
    a = fresh(attacks[1])
    assert_as_computed_afresh(a)
    a.places = list(reversed(a.places))                    # replaced: read afresh
    assert_as_computed_afresh(a)
    a.places.reverse()                                     # reordered in place: announced
    forget(a)
    assert_as_computed_afresh(a)
