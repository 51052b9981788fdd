"""The pipeline: text -> Document -> mentions -> events -> records (one way, one module a stage)."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import replace

from .article import Article
from .document import Document
from .assembly import Assembler, Assembly
from .bounds import load as load_bounds
from .bounds import within_bounds
from .extract.actors import ActorExtractor
from .extract.casualties import CasualtyExtractor
from .extract.dates import DateExtractor
from .extract.numbers import NumberExtractor
from .extract.places import PlaceExtractor
from .extract.triggers import TriggerExtractor
from .extract.weapons import WeaponExtractor
from .gazetteers import Gazetteers
from .phrases import Cues
from .record import Event
from .tokenise import KeyMaker


class Pipeline:
    """Built once (gazetteers compiled), then applied to any number of articles.

    Extractors run in order over one Document; later ones may read earlier ones'
    mentions (weapons and casualties read the numbers). The attack words (triggers) come
    first: an article with none has no event, and ``extract`` stops there (most of a
    night's news is about other things).
    """

    def __init__(self, gazetteers: Gazetteers | None = None):
        with _cycle_collector_paused():
            self._build(gazetteers)

    def _build(self, gazetteers: Gazetteers | None) -> None:
        g = self.gazetteers = gazetteers or Gazetteers()
        km = self.keymaker = KeyMaker(g.morphology)
        cues = Cues(g, km)
        self.dates = DateExtractor(g)
        self.triggers = TriggerExtractor(g, km)
        self.extractors = [
            self.triggers,
            self.dates,
            NumberExtractor(g, km),
            actors := ActorExtractor(g, km),
            PlaceExtractor(g, km, cues),      # after the actors: "البلاد" may be their country
            actors.placed,                    # ... and some actors are named by what the places tell
            WeaponExtractor(g, km),
            CasualtyExtractor(g, km),
        ]
        self.assembler = Assembler(g, km, cues)
        self.bounds = load_bounds(g)

    def with_dateline(self, article: Article) -> Article:
        """The last resort for the publication date: a dateline in the text ("نشر في: 28
        يوليو, 2024"), unless it is a page banner that the article's own dates contradict."""
        if article.published is not None:
            return article
        found = self.dates.publication_date(article.text)
        return replace(article, published=found[0], published_from="dateline") if found else article

    def document(self, article: Article, attacks_only: bool = False) -> Document:
        """The article's document with the mentions of every extractor; ``attacks_only``:
        of the triggers alone when there is none (then there is no event to find)."""
        doc = Document.build(article.id, article.text, self.keymaker, article.published)
        for extract in self.extractors:
            extract(doc)
            if attacks_only and extract is self.triggers and not doc.of("trigger"):
                break
        return doc

    def extract(self, article: Article) -> list[Event]:
        article = self.with_dateline(article)
        doc = self.document(article, attacks_only=True)
        if not doc.of("trigger"):
            return []                   # every event is made from a trigger (assembly.mentions)
        return [within_bounds(e, self.bounds) for e in self.assembler(doc, article)]

    def explain(self, article: Article) -> Assembly:
        """The events of ``article`` with every decision that made them (``q7x2 explain``)."""
        article = self.with_dateline(article)
        return self.assembler.assemble(self.document(article), article)


@contextmanager
def _cycle_collector_paused():
    """Compiling the gazetteers makes some hundred thousand objects that live as long as the
    pipeline and hold no garbage cycles: the cyclic garbage collector, which would otherwise
    walk them all again and again while they are made, is paused meanwhile (a quarter of
    the load time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def settle(pipeline: Pipeline) -> Pipeline:
    """For a process that runs ``pipeline`` over many articles (the CLI, a worker): its
    gazetteers live as long as the process, so the cyclic garbage collector stops walking
    them (``gc.freeze``; they are some hundred thousand objects), and it runs less often
    over the short-lived objects of each article (which form no cycles). Some 7% faster."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    return pipeline
