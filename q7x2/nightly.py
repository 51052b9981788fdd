"""``q7x2 extract PATH... --db events.db``: the articles' events into the events database.

Inputs are read as for any extract run (:func:`q7x2.runner.work_items`). An article whose
doc_id and content hash the database already holds is skipped; the others are extracted
(``--jobs N``: in N processes, results taken in input order) and saved in batches
(1, 2, 4 ... ``BATCH_MAX`` articles), one transaction each
(:func:`q7x2.store.save_batch`), so that a run killed at any point leaves the database
as it was after its last whole batch. The merged attacks are rebuilt at the end when
any event changed. An article named by its file whose doc_id the database holds from
another file is refused (an error), never saved over that other article.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from typing import Callable, Iterator

from .runner import TEST_SLEEP_ENV, Options, State, article_hash, work_items
from .store import known_articles, merged_stale, open_store, rebuild_merged, save_batch
from .work import batches

BATCH_MAX = 64
_PIPELINE = None        # the pipeline of this process (a worker's is forked from, or built like, the parent's)


def _init_worker(factory: Callable[[], object]) -> None:
    global _PIPELINE
    signal.signal(signal.SIGINT, signal.SIG_IGN)       # the parent stops the pool
    if _PIPELINE is None:
        _PIPELINE = factory()


def _extract(todo: tuple) -> tuple:
    """(where, article, content hash, events or None, error or None) of one article."""
    where, article, content_hash = todo
    delay = os.environ.get(TEST_SLEEP_ENV)
    if delay:
        time.sleep(float(delay))
    try:
        return where, article, content_hash, _PIPELINE.extract(article), None
    except Exception as e:  # reported per article, the others go on
        return where, article, content_hash, None, f"internal error: {type(e).__name__}: {e}".splitlines()[0]


def _other_file(article, held: tuple[str, str | None] | None) -> str | None:
    """The file of the article the database holds under ``article``'s doc_id when that is
    another article: both are named by their files ("day1/report.txt", "day2/report.txt"), and
    the files differ. (An article that carries its id replaces the one saved under it: that
    is its new version.)"""
    if held is None or held[1] is None or not article.named_by_file:
        return None
    return held[1] if held[1] != os.path.realpath(article.path) else None


def extract_to_db(db_path: str, opts: Options, pipeline_factory: Callable[[], object], stderr=None) -> int:
    """Run the extraction of ``opts.paths`` into ``db_path``; the exit status (0, or 1 when
    some input failed)."""
    global _PIPELINE
    stderr = stderr or sys.stderr
    started = time.monotonic()
    _PIPELINE = pipeline_factory()          # first: a bad gazetteer stops the run before the database
    db = open_store(db_path)
    if merged_stale(db):                    # an earlier run stopped before its rebuild
        rebuild_merged(db)
    saved = known_articles(db)
    counts = {"articles": 0, "events": 0, "errors": 0, "unchanged": 0}

    def say(line: str) -> None:
        print(line, file=stderr, flush=True)

    def todo() -> Iterator[tuple]:
        for item in work_items(opts, State(None), sys.stdin.buffer, [db_path]):
            if item[0] == "problem":
                problem = item[1]
                counts["errors"] += not problem.warning
                if not (problem.warning and opts.quiet):
                    say(str(problem))
            elif item[0] == "article":
                _, where, article, _key, _h = item
                content_hash = article_hash(article)
                held = saved.get(article.id)
                if held is not None and held[0] == content_hash:
                    counts["unchanged"] += 1
                    continue
                other = _other_file(article, held)
                if other is not None:
                    counts["errors"] += 1
                    say(f"{where}: not saved: doc_id {article.id[:100]!r} is the name of another article in "
                        f"{db_path} (from {other}); rename the file, or give the article an id (JSONL)")
                    continue
                saved[article.id] = (content_hash, os.path.realpath(article.path) if article.named_by_file else None)
                yield where, article, content_hash

    def extracted(results: Iterator[tuple]) -> Iterator[tuple]:
        for where, article, content_hash, events, error in results:
            if error:
                counts["errors"] += 1
                say(f"{where}: {error}")
                continue
            if opts.verbose:
                say(f"{where}: {len(events)} events")
            yield article, content_hash, events

    pool = None
    try:
        if opts.jobs > 1:
            import multiprocessing

            pool = multiprocessing.Pool(opts.jobs, initializer=_init_worker, initargs=(pipeline_factory,))
            results = pool.imap(_extract, todo(), chunksize=2)
        else:
            results = map(_extract, todo())
        for batch in batches(extracted(results), BATCH_MAX):
            save_batch(db, batch)
            counts["articles"] += len(batch)
            counts["events"] += sum(len(events) for _, _, events in batch)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    if merged_stale(db):                    # events changed: the merged attacks follow
        rebuild_merged(db)
    merged = db["merged"].count
    db.close()
    if not opts.quiet:
        say(f"q7x2: {counts['articles']} articles, {counts['events']} events, {counts['errors']} errors "
            f"in {time.monotonic() - started:.1f} s ({counts['unchanged']} unchanged articles skipped); "
            f"{db_path}: {merged} attacks")
    return 1 if counts["errors"] else 0
