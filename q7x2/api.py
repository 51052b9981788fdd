"""The Python API: ``from q7x2 import extract``.

Importing this module is cheap: the pipeline (gazetteers, morphology) is built on the
first call and kept for later calls with the same gazetteer directories.
"""
from __future__ import annotations

import hashlib
import warnings
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Union

if TYPE_CHECKING:
    from datetime import date

    from .article import Article
    from .pipeline import Pipeline
    from .record import Event

ArticleInput = Union[str, dict]


@lru_cache(maxsize=4)
def _pipeline(gazetteer_dirs: tuple[str, ...]) -> "Pipeline":
    from .gazetteers import Gazetteers
    from .pipeline import Pipeline

    return Pipeline(Gazetteers(gazetteer_dirs))


def text_id(text: str) -> str:
    """The id of an article given as bare text: stable across runs, equal for equal texts."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _article(item: ArticleInput, n: int, published: "date | None") -> "Article":
    from .article import Article
    from .articles import article_from_object, with_published

    if isinstance(item, str):
        article = Article(id=text_id(item), text=item)
    elif isinstance(item, dict):
        text = item.get("text", item.get("maintext"))
        article, problems = article_from_object(item, f"<article {n}>",
                                                text_id(text) if isinstance(text, str) else str(n))
        for problem in problems:      # e.g. HTML tags stripped from the text
            warnings.warn(str(problem), stacklevel=3)
    else:
        raise TypeError(f"article {n}: expected a text or an article dict, got {type(item).__name__}")
    return with_published(article, {}, published)


def extract(articles: ArticleInput | Iterable[ArticleInput], *, published=None,
            gazetteers: Iterable[str] = ()) -> list["Event"]:
    """The attack events of one article or many, as :class:`q7x2.record.Event` records.

    ``articles``: a text, an article dict (keys as in ``q7x2 extract``'s JSON input: ``text``,
    ``id``, ``published``, ``url``, ``title``), or an iterable of these. ``published``: the
    publication date (``date`` or ISO string) for articles that give none. ``gazetteers``:
    directories of your own gazetteer files, as ``--gazetteers``.
    """
    from .articles import parse_date

    items = [articles] if isinstance(articles, (str, dict)) else list(articles)
    default_published = parse_date(published)
    pipeline = _pipeline(tuple(str(d) for d in gazetteers))
    events: list[Event] = []
    for n, item in enumerate(items, 1):
        events += pipeline.extract(_article(item, n, default_published))
    return events
