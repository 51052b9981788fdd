"""Scale-out: the same extraction over a Dask distributed cluster, in batches of articles.

Optional: needs the ``dask`` extra (``pip install 'q7x2[dask]'``, ``uv run --extra dask ...``);
Dask is imported only when :func:`extract_on_dask` is called.

``scheduler`` is either ``local:N`` (start a ``LocalCluster`` of N worker processes on this
machine, one thread each, and stop it at the end) or the address of a running scheduler
(``tcp://host:8786``; started by dask-jobqueue, dask-kubernetes, ``dask scheduler`` ...).

Each worker process builds its :class:`~q7x2.pipeline.Pipeline` once (cached per set of
gazetteer directories) and reuses it for every batch it is sent. Results come back in input
order, one list of events per article, so writing them gives exactly the bytes a
single-process run writes. At most a few batches per worker are in flight, so an input of
millions of articles is streamed, not held in memory.

Gazetteer directories are sent as paths: on a multi-machine cluster they must exist at the
same path on every worker (a shared file system, or baked into the worker image).
"""
from __future__ import annotations

from collections import deque
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

if TYPE_CHECKING:  # pragma: no cover
    from .article import Article
    from .pipeline import Pipeline
    from .record import Event

INSTALL_HINT = ("--scheduler needs Dask: install the optional extra with "
                "`pip install 'q7x2[dask]'` (or run `uv run --extra dask q7x2 ...`)")

# per worker process: one pipeline per set of gazetteer directories
_PIPELINES: dict[tuple[str, ...], "Pipeline"] = {}


def worker_pipeline(gazetteer_dirs: tuple[str, ...] = ()) -> "Pipeline":
    """The pipeline of this process for ``gazetteer_dirs``, built on first use."""
    key = tuple(gazetteer_dirs)
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        from .gazetteers import Gazetteers
        from .pipeline import Pipeline, settle
        pipeline = _PIPELINES[key] = settle(Pipeline(Gazetteers(key)))
    return pipeline


class ArticleFailed(Exception):
    """Stands, in the results, for the events of an article whose extraction raised."""


def extract_batch(articles: list["Article"], gazetteer_dirs: tuple[str, ...] = ()) -> list:
    """Run on a worker: the events of each article of the batch, in order; an article whose
    extraction raises gets an :class:`ArticleFailed` in place of its events, so one bad
    article never loses its batch."""
    pipeline = worker_pipeline(gazetteer_dirs)
    out: list = []
    for a in articles:
        try:
            out.append(pipeline.extract(a))
        except Exception as e:  # reported by the caller, per article
            out.append(ArticleFailed(f"{type(e).__name__}: {e}".splitlines()[0]))
    return out


def _import_distributed():
    try:
        import distributed
    except ImportError as e:  # the extra is not installed
        raise ImportError(INSTALL_HINT) from e
    return distributed


def parse_scheduler(scheduler: str) -> int | str:
    """``local:N`` -> N (workers to start); anything else is a scheduler address."""
    if scheduler.startswith("local"):
        _, _, n = scheduler.partition(":")
        try:
            workers = int(n) if n else 2
        except ValueError:
            raise ValueError(f"--scheduler {scheduler!r}: expected local:N with N a number of workers") from None
        if workers < 1:
            raise ValueError(f"--scheduler {scheduler!r}: need at least one worker")
        return workers
    if not scheduler:
        raise ValueError("--scheduler: expected local:N or a scheduler address (tcp://host:8786)")
    return scheduler


def _batches(articles: Iterable["Article"], size: int) -> Iterator[list["Article"]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def extract_on_dask(articles: Iterable["Article"], scheduler: str, batch_size: int = 64,
                    gazetteer_dirs: Iterable[str | Path] = (), in_flight_per_worker: int = 3,
                    ) -> Iterator[list["Event"]]:
    """The events of each article (one list per article, in input order), extracted on Dask;
    an :class:`ArticleFailed` in place of the list for an article whose extraction raised.

    ``scheduler``: ``local:N`` or a scheduler address. A bad ``scheduler`` or a missing Dask
    raises here, at the call (ValueError, ImportError); the cluster is started on the first
    result asked for, and it (for ``local:N``) and the client are closed when the iterator
    is exhausted or closed.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    target = parse_scheduler(scheduler)
    distributed = _import_distributed()
    dirs = tuple(str(Path(d).resolve()) for d in gazetteer_dirs)
    return _run(distributed, target, articles, batch_size, dirs, in_flight_per_worker)


def _run(distributed, target: int | str, articles, batch_size: int, dirs: tuple[str, ...],
         in_flight_per_worker: int) -> Iterator[list["Event"]]:
    cluster = None
    if isinstance(target, int):
        cluster = distributed.LocalCluster(n_workers=target, threads_per_worker=1, processes=True,
                                           dashboard_address=None)
        client = distributed.Client(cluster)
    else:
        client = distributed.Client(target)
    pending: deque = deque()
    try:
        workers = max(1, sum(client.nthreads().values()))
        window = workers * max(1, in_flight_per_worker)
        for batch in _batches(articles, batch_size):
            pending.append(client.submit(extract_batch, batch, dirs, pure=False))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:              # closed early: drop the work still queued
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
