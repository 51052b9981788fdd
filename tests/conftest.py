import json
from pathlib import Path

import pytest

from q7x2.article import Article
from q7x2.document import Document
from q7x2.gazetteers import Gazetteers
from q7x2.pipeline import Pipeline
from q7x2.tokenise import KeyMaker

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def gazetteers():
    return Gazetteers()


@pytest.fixture(scope="session")
def keymaker(gazetteers):
    return KeyMaker(gazetteers.morphology)


@pytest.fixture(scope="session")
def pipeline(gazetteers):
    """The shipped pipeline, built once for the whole run."""
    return Pipeline(gazetteers)


@pytest.fixture(scope="session")
def events(pipeline):
    """The events of a text published on a day: ``events(text, published)``. (A module that
    tests one publication day mostly defines its own, with that day as the default.)"""
    def run(text, published):
        return pipeline.extract(Article(id="t", text=text, published=published))
    return run


@pytest.fixture(scope="session")
def place_extractor(gazetteers, keymaker):
    """The place extractor over the shipped gazetteers, built once (it compiles ~8,000 names)."""
    from q7x2.extract.places import PlaceExtractor
    from q7x2.phrases import Cues
    return PlaceExtractor(gazetteers, keymaker, Cues(gazetteers, keymaker))


@pytest.fixture(scope="session")
def make_doc(keymaker):
    def make(text, published=None, doc_id="t"):
        return Document.build(doc_id, text, keymaker, published)
    return make


@pytest.fixture(scope="session")
def seed_texts():
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_published():
    return json.loads((SEEDS / "published.json").read_text(encoding="utf-8"))
