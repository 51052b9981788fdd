"""The pipeline: text -> Document -> mentions -> events -> records (one way, one module a stage)."""
from __future__ import annotations

from .article import Article
from .document import Document
from .gazetteers import Gazetteers
from .record import Event
from .tokenise import KeyMaker


class Pipeline:
    """Built once (gazetteers compiled), then applied to any number of articles."""

    def __init__(self, gazetteers: Gazetteers | None = None):
        self.gazetteers = gazetteers or Gazetteers()
        self.keymaker = KeyMaker(self.gazetteers.morphology)
        self.extractors: list = []
        self.assembler = None

    def document(self, article: Article) -> Document:
        doc = Document.build(article.id, article.text, self.keymaker, article.published)
        for extract in self.extractors:
            extract(doc)
        return doc

    def extract(self, article: Article) -> list[Event]:
        doc = self.document(article)
        return self.assembler(doc, article) if self.assembler else []
