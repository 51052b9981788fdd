"""The per-article work of ``q7x2 extract``, the same in the parent (``-j 1``) and in worker
processes: extract one article's events within its time budget; any failure becomes that
article's one-line error, never the run's.

Work items (made by :func:`q7x2.runner.work_items`) pass through unchanged unless they
are ``("article", where, Article, file_key, article_hash)``, which become
``("result", where, events, error, traceback, file_key, article_hash, retry, warnings)``:
``retry`` is true only when the failure says nothing about the article (the pipeline
could not be built), so that an incremental run tries it again; an article that fails
(an internal error, over its time budget, its worker killed) is otherwise recorded as
failed and not tried again until it changes.

Test hook: the environment variable ``Q7X2_TEST_SLEEP_PER_ARTICLE`` (seconds, a float)
makes each article wait that long before it is processed, so that tests can kill a run
half-way deterministically; an article whose text contains ``Q7X2_TEST_HANG`` then
waits for ever (a hung extraction), and one with ``Q7X2_TEST_STUCK`` also blocks the
budget's alarm (stuck in C code). It has no other effect.
"""
from __future__ import annotations

import os
import signal
import threading
import time
import traceback
import warnings
from typing import Callable, Iterator, NamedTuple

from .bounds import OutOfBounds

TEST_SLEEP_ENV = "Q7X2_TEST_SLEEP_PER_ARTICLE"

_PIPELINE = None
_PIPELINE_ERROR: str | None = None
_RENDER: Callable[[list], str] | None = None     # in a worker: the writer's render, if it has one
_TIMEOUT: float | None = None                    # seconds per article, when the budget can be kept


class Rendered(NamedTuple):
    """An article's events as the output's text, rendered in the worker process."""
    text: str
    count: int


class ArticleTimeout(BaseException):
    """Raised inside an extraction that outlives its budget (a BaseException, so that no
    ``except Exception`` in the pipeline swallows it)."""


def _on_alarm(signum, frame):
    raise ArticleTimeout


def set_pipeline(pipeline, error: str | None = None) -> None:
    global _PIPELINE, _PIPELINE_ERROR
    _PIPELINE, _PIPELINE_ERROR = pipeline, error


def set_budget(seconds: float | None):
    """Give each article ``seconds`` (None: no limit); returns the previous SIGALRM handler
    (None when no budget can be kept: not in the main thread)."""
    global _TIMEOUT
    if not seconds or threading.current_thread() is not threading.main_thread():
        _TIMEOUT = None
        return None
    _TIMEOUT = seconds
    return signal.signal(signal.SIGALRM, _on_alarm)


def init_worker(factory: Callable[[], object], render: Callable[[list], str] | None, timeout: float | None) -> None:
    global _RENDER
    _RENDER = render
    set_budget(timeout)
    if _PIPELINE is not None:
        return                # forked from the parent, which built it already
    try:
        set_pipeline(factory())
    except Exception as e:  # reported per article by work
        set_pipeline(None, f"{type(e).__name__}: {e}")


def _extract(article):
    if _TIMEOUT:
        signal.setitimer(signal.ITIMER_REAL, _TIMEOUT)
    try:
        delay = os.environ.get(TEST_SLEEP_ENV)
        if delay:
            time.sleep(float(delay))
            if "Q7X2_TEST_STUCK" in article.text:      # as in C code: no signal handler runs
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            while "Q7X2_TEST_HANG" in article.text or "Q7X2_TEST_STUCK" in article.text:
                time.sleep(1)
        events = list(_PIPELINE.extract(article))
        return Rendered(_RENDER(events), len(events)) if _RENDER is not None else events
    finally:
        if _TIMEOUT:
            signal.setitimer(signal.ITIMER_REAL, 0)


def failed(item: tuple, reason: str, tb: str | None = None, retry: bool = False) -> tuple:
    """The result of a work item whose article failed (other items pass through)."""
    if item[0] != "article":
        return item
    _, where, _article, key, h = item
    return ("result", where, None, reason, tb, key, h, retry, ())


def work(item: tuple) -> tuple:
    if item[0] != "article":
        return item
    _, where, article, key, h = item
    if _PIPELINE is None:
        return failed(item, f"internal error: cannot build the pipeline: {_PIPELINE_ERROR}", retry=True)
    try:
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", OutOfBounds)
                events = _extract(article)
        except Exception as e:
            first = f"{type(e).__name__}: {e}".splitlines()[0] if str(e) else type(e).__name__
            return failed(item, f"internal error: {first[:300]}", traceback.format_exc())
    except ArticleTimeout:
        return failed(item, f"over the time budget (--timeout-per-article {_TIMEOUT:g} s), skipped")
    notes = tuple(str(w.message) for w in caught if issubclass(w.category, OutOfBounds))
    return ("result", where, events, None, None, key, h, False, notes)


def work_batch(batch: list[tuple]) -> list[tuple]:
    return [work(item) for item in batch]


def batches(items: Iterator[tuple], largest: int) -> Iterator[list[tuple]]:
    """The items in batches of 1, 2, 4 ... ``largest``: a small run still reaches every
    worker, and a large one pays for few messages between the processes."""
    size, batch = 1, []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            size, batch = min(2 * size, largest), []
    if batch:
        yield batch
