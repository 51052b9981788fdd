"""Batch processing for ``q7x2 extract``: many inputs, one output, nothing lost.

* Every input is read and every article processed on its own: a problem with one (bad
  encoding, bad JSON, an exception inside the pipeline, over its time budget, its worker
  killed) is reported on standard error as ``PATH[:LINE]: reason`` and the others go on.
* Output file (``-o``): see :mod:`q7x2.outfile` (atomic replacement of a regular file,
  streaming to devices and FIFOs) and :mod:`q7x2.appending` (``--append``). A run that
  processed no article and met errors leaves an existing output as it was.
* State (``--state FILE``): JSON, ``{"files": {real path: {"fingerprint", "done",
  "failed"}}}``; the fingerprint hashes the file's bytes, its directory's
  ``published.json`` and ``--published``; ``done`` and ``failed`` list the hashes of the
  articles already processed or failed, so a changed JSONL file emits only its new or
  changed articles, and an article that failed is not tried again until it changes.
  The state is written (temporary file, fsync, rename) only after the output is in place,
  under an exclusive lock on ``FILE.lock`` held for the whole run: overlapping runs wait
  for each other. A file hit by a problem that may go away (unreadable, over
  ``--max-bytes``) is tried again on the next run.
* ``--jobs N``: N processes (:mod:`q7x2.workers`), each building its own pipeline once;
  results are taken in input order, so the output is byte for byte that of one process.
* SIGTERM ends the run through its clean-up code: workers killed, temporary files removed,
  locks released, nothing written.
"""
from __future__ import annotations

import fcntl
import hashlib
import io
import json
import os
import signal
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

from .appending import JournaledAppend
from .articles import (
    DEFAULT_MAX_BYTES,
    SIDECAR,
    InputError,
    Problem,
    articles_from_bytes,
    articles_from_stdin,
    find_inputs,
    read_bytes,
    read_sidecar,
    with_published,
)
from . import work
from .outfile import AtomicOutput, Target, write_atomic
from .work import TEST_SLEEP_ENV, failed  # noqa: F401 (TEST_SLEEP_ENV: read here by the tests)
from .workers import WorkerPool

STATE_VERSION = 1
DEFAULT_TIMEOUT = 300.0     # seconds per article


class FatalError(Exception):
    """The run as a whole cannot go on (state unreadable, output unwritable)."""


@dataclass
class Options:
    paths: list[str]
    output: str | None = None
    fmt: str = "jsonl"
    published: date | None = None
    state: str | None = None
    append: bool = False
    jobs: int = 1
    scheduler: str | None = None        # a Dask scheduler address or local:N (optional extra)
    gazetteer_dirs: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT      # per article; None or 0: no limit
    quiet: bool = False
    verbose: bool = False
    progress: bool | None = None        # None: when standard error is a terminal


@dataclass
class Summary:
    articles: int = 0
    events: int = 0
    errors: int = 0
    warnings: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    broken_pipe: bool = False

    @property
    def exit_status(self) -> int:
        return 1 if self.errors or self.broken_pipe else 0


# ---------------------------------------------------------------- small file tools
def lock_file(path: str):
    """An open file holding an exclusive flock on ``path`` (created if missing); waits."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o666)
    f = os.fdopen(fd, "a+b")
    fcntl.flock(f.fileno(), fcntl.LOCK_EX)
    return f


def sha(*parts: bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(len(p).to_bytes(8, "big"))
        h.update(p)
    return h.hexdigest()


def article_hash(article) -> str:
    data = json.dumps([article.id, article.text, article.published and article.published.isoformat(),
                       article.published_from, article.url, article.title], ensure_ascii=False)
    return sha(data.encode("utf-8"))[:32]


# ------------------------------------------------------------------------- state
class State:
    def __init__(self, path: str | None):
        self.path = path
        self.files: dict[str, dict] = {}
        self.run_id: str | None = None
        if path and os.path.exists(path):
            try:
                with open(path, "rb") as f:
                    data = json.loads(f.read().decode("utf-8"))
                if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
                    raise ValueError("not a q7x2 state file")
                for name, entry in data["files"].items():
                    if not _state_entry(entry):
                        raise ValueError(f"bad entry for {name[:200]!r}")
            except (OSError, ValueError, RecursionError) as e:
                raise FatalError(f"{path}: cannot read state: {e}") from None
            self.files = data["files"]
            self.run_id = data.get("run")

    def save(self, files: dict[str, dict], run_id: str) -> None:
        """(ASCII JSON: a file name that is not UTF-8 is kept as its escapes, and read back.)"""
        data = {"q7x2_state": STATE_VERSION, "run": run_id, "files": files}
        write_atomic(self.path, (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("ascii"))


def _state_entry(entry) -> bool:
    """Whether ``entry`` has the shape of a state's file entry."""
    return (isinstance(entry, dict) and isinstance(entry.get("fingerprint"), (str, type(None)))
            and all(isinstance(entry.get(k, []), list) and all(isinstance(h, str) for h in entry.get(k, []))
                    for k in ("done", "failed")))


# ------------------------------------------------------------------------ output
class Output:
    """Where the events go; nothing reaches ``-o FILE`` before :meth:`commit` (see
    :mod:`q7x2.outfile` and, for ``--append``, :mod:`q7x2.appending`)."""

    def __init__(self, opts: Options, stdout_binary):
        self.opts = opts
        self.path = opts.output
        self.appending: JournaledAppend | None = None
        self.atomic: AtomicOutput | None = None
        self.warnings: list[str] = []
        if self.path is None:
            self.binary = stdout_binary
            self.stream = io.TextIOWrapper(stdout_binary, encoding="utf-8", newline="\n", write_through=False)
            return
        if opts.append and not Target(self.path).stream:
            self.appending = JournaledAppend(self.path, skip_header=opts.fmt in ("csv", "acled"))
            self.appending.recover(_finished_run)
            self.warnings = self.appending.warnings
            self.atomic = AtomicOutput(os.path.join(os.path.dirname(self.appending.path), ".q7x2-append"))
        else:
            self.atomic = AtomicOutput(self.path, append=opts.append)
        self.stream = io.TextIOWrapper(self.atomic.file, encoding="utf-8", newline="\n")

    def commit(self, run_id: str, state_path: str | None) -> None:
        """Put the events in place: flush stdout, or rename/append the temporary file."""
        self.stream.flush()
        if self.path is None:
            self.binary.flush()
            return
        if self.appending is None:
            self.atomic.commit()
            return
        self.atomic.file.flush()
        os.fsync(self.atomic.file.fileno())
        self.appending.append(self.atomic.tmp, run_id, state_path)

    def discard(self) -> None:
        """Leave the output as it was (a run that processed nothing)."""
        if self.atomic is not None:
            self.atomic.discard()

    def finish(self) -> None:
        """After the state is saved: drop the journal."""
        if self.appending is not None:
            self.appending.finish()

    def close(self) -> None:
        """Release everything; a temporary file not committed is removed."""
        if self.path is None:
            try:
                self.stream.detach()
            except (ValueError, OSError):
                pass
            return
        if self.atomic is not None:
            self.atomic.discard()
        if self.appending is not None:
            self.appending.close()
            self.appending = None


def _finished_run(run_id, state_path) -> bool:
    """Whether the run that journaled an append saved its state (its append then stands)."""
    if not state_path:
        return False
    try:
        return State(state_path).run_id == run_id
    except FatalError:
        return False


# ------------------------------------------------------------- the work items
# The generator below yields, in input order:
#   ("problem", Problem, file_key)          reading problems
#   ("article", where, Article, file_key, article_hash)
#   ("seen", file_key, article_hash, status) an article done ("done") or failed ("failed") by an earlier run
#   ("unchanged", label)                    a file whose fingerprint is in the state
#   ("file", file_key, fingerprint, label, size)  the end of a file (of size bytes)
# Workers turn "article" items into results (see q7x2.work).

def work_items(opts: Options, state: State, stdin_binary, exclude: list[str], reporter=None) -> Iterator[tuple]:
    sidecars: dict[Path, tuple[dict, bytes]] = {}
    option = (opts.published.isoformat() if opts.published else "").encode()
    read_as: dict[str, str] = {}
    ids_seen: dict[str, str] = {}           # article id -> where it was first read
    for found in find_inputs(opts.paths, exclude):
        if isinstance(found, Problem):
            yield ("problem", found, None)
            continue
        if found.path is not None:                  # one file reached twice (links, overlapping PATHs)
            real = os.path.realpath(found.path)
            if real in read_as:
                yield ("problem", Problem(found.label, f"same file as {read_as[real]}, skipped", warning=True), None)
                continue
            read_as[real] = found.label
        if found.path is None:
            for got in articles_from_stdin(found, stdin_binary, opts.max_bytes):
                if isinstance(got, Problem):
                    yield ("problem", got, None)
                else:
                    yield ("article", got[0], with_published(got[1], {}, opts.published), None, None)
            continue
        key = os.path.realpath(found.path) if state.path else None
        try:
            data = read_bytes(found, opts.max_bytes, stdin_binary)
        except InputError as e:
            yield ("problem", Problem.of(e), key)
            continue
        sidecar, sidecar_bytes = {}, b""
        if found.path is not None:
            directory = found.path.parent
            if directory not in sidecars:
                try:
                    raw = (directory / SIDECAR).read_bytes() if (directory / SIDECAR).is_file() else b""
                    sidecars[directory] = (read_sidecar(directory), raw)
                except (InputError, OSError) as e:
                    sidecars[directory] = ({}, b"?")
                    yield ("problem", Problem.of(e) if isinstance(e, InputError)
                           else Problem(str(directory / SIDECAR), f"cannot read: {e}"), None)
            sidecar, sidecar_bytes = sidecars[directory]
        fingerprint = sha(data, sidecar_bytes, option) if key else None     # only a state needs them
        previous = state.files.get(key) if key else None
        if previous and previous.get("fingerprint") == fingerprint:
            for status in ("done", "failed"):
                for h in previous.get(status, []):
                    yield ("seen", key, h, status)
            yield ("unchanged", found.label)
            yield ("file", key, fingerprint, found.label, len(data))
            continue
        before = {h: status for status in ("done", "failed") for h in (previous or {}).get(status, [])}
        for got in articles_from_bytes(found, data, opts.max_bytes):
            if isinstance(got, Problem):
                yield ("problem", got, key)
                continue
            where, article = got
            if article.id in ids_seen:
                yield ("problem", Problem(where, f"duplicate id {article.id[:100]!r} (also {ids_seen[article.id]}); "
                                                 "merge tells their events apart by path only", warning=True), None)
            else:
                ids_seen[article.id] = where
            article = with_published(article, sidecar, opts.published)
            h = article_hash(article) if key else None
            if h in before:
                yield ("seen", key, h, before[h])
            else:
                yield ("article", where, article, key, h)
        yield ("file", key, fingerprint, found.label, len(data))


# --jobs sends the workers batches of up to this many work items
_BATCH_MAX = 32


def _on_dask(items: Iterator[tuple], opts: "Options") -> Iterator[tuple]:
    """The work items' results, in order, with the articles extracted on a Dask cluster
    (``--scheduler``); other items (problems, file ends) pass through in their place."""
    from collections import deque

    from .distributed import ArticleFailed, extract_on_dask

    queued: deque = deque()

    def articles():
        for it in items:
            queued.append(it)
            if it[0] == "article":
                yield it[2]

    for events in extract_on_dask(articles(), opts.scheduler, gazetteer_dirs=opts.gazetteer_dirs):
        while queued[0][0] != "article":
            yield queued.popleft()
        item = queued.popleft()
        if isinstance(events, ArticleFailed):
            yield failed(item, f"internal error: {events}")
        else:
            yield ("result", item[1], events, None, None, item[3], item[4], False, ())
    yield from queued


# ----------------------------------------------------------------------- the run
class _Reporter:
    """Lines on standard error, and a progress bar when it is a terminal: in bytes of input
    with total, percentage and time left when the inputs are files (their size is known),
    else a count of articles."""

    def __init__(self, opts: Options, stderr, exclude: list[str] = ()):
        self.opts, self.stderr = opts, stderr
        show = opts.progress if opts.progress is not None else _isatty(stderr)
        self.bar = None
        self.articles = 0
        self.by_bytes = "-" not in opts.paths
        if show and not opts.quiet:
            from tqdm import tqdm

            if self.by_bytes:
                total = sum(os.path.getsize(f.path) for f in find_inputs(opts.paths, exclude)
                            if not isinstance(f, Problem) and _size_known(f.path))
                self.bar = tqdm(file=stderr, total=total, unit="B", unit_scale=True, leave=False,
                                dynamic_ncols=True)
            else:
                self.bar = tqdm(file=stderr, unit=" articles", leave=False, dynamic_ncols=True)

    def line(self, text: str) -> None:
        if self.bar is not None:
            self.bar.write(text, file=self.stderr)
        else:
            print(text, file=self.stderr, flush=True)

    def tick(self) -> None:
        self.articles += 1
        if self.bar is not None and not self.by_bytes:
            self.bar.update(1)

    def advance(self, size: int) -> None:
        """A file of ``size`` bytes is done."""
        if self.bar is not None and self.by_bytes:
            self.bar.set_postfix_str(f"{self.articles} articles", refresh=False)
            self.bar.update(size)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _size_known(path) -> bool:
    try:
        return os.path.isfile(path)
    except OSError:
        return False


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def run(opts: Options, pipeline_factory: Callable[[], object], *, stdin_binary=None, stdout_binary=None,
        stderr=None) -> Summary:
    """Run ``extract`` over ``opts.paths``; the summary says how it went (see ``exit_status``).

    Raises :class:`FatalError` when the run cannot start or its output cannot be written
    (nothing is then changed).
    """
    from .formats import get_writer

    started = time.monotonic()
    stderr = stderr or sys.stderr
    stdin_binary = stdin_binary or sys.stdin.buffer
    stdout_binary = stdout_binary or sys.stdout.buffer
    summary = Summary()
    state_lock = output = pool = reporter = None
    previous_term = _on_sigterm_exit()
    previous_alarm = None
    try:
        if opts.state:
            try:
                state_lock = lock_file(opts.state + ".lock")
            except OSError as e:
                raise FatalError(f"{opts.state}: cannot use as state: {e.strerror or e}") from None
        state = State(opts.state)
        work.set_pipeline(pipeline_factory())     # built here first: a bad gazetteer fails the run early
        try:
            output = Output(opts, stdout_binary)
        except OSError as e:
            raise FatalError(f"{opts.output}: cannot write: {e.strerror or e}") from None
        writer = get_writer(opts.fmt)(output.stream)
        exclude = [p for p in (opts.output, opts.state, opts.state and opts.state + ".lock") if p]
        reporter = _Reporter(opts, stderr, exclude)
        for warning in output.warnings:
            summary.warnings += 1
            reporter.line(f"q7x2: warning: {warning}")
        items = work_items(opts, state, stdin_binary, exclude, reporter)
        if opts.scheduler:
            results = _on_dask(items, opts)
        elif opts.jobs > 1:
            pool = WorkerPool(opts.jobs, work.work_batch, work.init_worker,
                              (pipeline_factory, getattr(writer, "render", None), opts.timeout), work.failed,
                              budget=opts.timeout)
            results = pool.imap(work.batches(items, _BATCH_MAX), ahead=opts.jobs * 4)
        else:
            previous_alarm = work.set_budget(opts.timeout)
            results = map(work.work, items)

        new_files: dict[str, dict] = {}
        done: dict[str, list[str]] = {}
        failed: dict[str, list[str]] = {}
        retry: set[str] = set()
        try:
            for res in results:
                kind = res[0]
                if kind == "result":
                    _, where, events, error, tb, key, h, again, notes = res
                    reporter.tick()
                    for note in notes:
                        summary.warnings += 1
                        if not opts.quiet:
                            reporter.line(f"{where}: warning: {note}")
                    if error:
                        summary.errors += 1
                        reporter.line(f"{where}: {error}")
                        if tb and opts.verbose:
                            reporter.line(tb.rstrip())
                        if key and again:
                            retry.add(key)
                        elif key:
                            failed.setdefault(key, []).append(h)
                        continue
                    if isinstance(events, work.Rendered):
                        writer.write_rendered(events.text)
                        n_events = events.count
                    else:
                        for event in events:
                            writer.write(event)
                        n_events = len(events)
                    summary.articles += 1
                    summary.events += n_events
                    if key:
                        done.setdefault(key, []).append(h)
                    if opts.verbose:
                        reporter.line(f"{where}: {n_events} events")
                elif kind == "problem":
                    problem, key = res[1], res[2]
                    if problem.warning:
                        summary.warnings += 1
                        if not opts.quiet:
                            reporter.line(str(problem))
                    else:
                        summary.errors += 1
                        reporter.line(str(problem))
                        if key and problem.retry:
                            retry.add(key)
                elif kind == "seen":
                    (done if res[3] == "done" else failed).setdefault(res[1], []).append(res[2])
                elif kind == "unchanged":
                    summary.unchanged += 1
                    if opts.verbose:
                        reporter.line(f"{res[1]}: unchanged, skipped")
                elif kind == "file":
                    _, key, fingerprint, _label, size = res
                    reporter.advance(size)
                    if key is None:
                        continue
                    entry = {"fingerprint": None if key in retry else fingerprint,
                             "done": sorted(set(done.pop(key, [])))}
                    if key in failed:
                        entry["failed"] = sorted(set(failed.pop(key)))
                    new_files[key] = entry
            writer.close()
            if hasattr(writer, "left_out") and writer.left_out() and not opts.quiet:
                reporter.line(writer.left_out())     # GeoJSON: events without coordinates
            run_id = uuid.uuid4().hex
            if opts.output and not opts.append and summary.errors and not summary.articles:
                output.discard()
                reporter.line(f"q7x2: no article processed; {opts.output} left as it was")
            else:
                output.commit(run_id, opts.state)
        except BrokenPipeError:
            summary.broken_pipe = True
            _silence_stdout(stdout_binary)
            return summary
        except OSError as e:
            raise FatalError(f"{opts.output or '<stdout>'}: cannot write: {e.strerror or e}") from None
        finally:
            reporter.close()
            if pool is not None:
                pool.close()
                pool = None
        if opts.state:
            files = dict(state.files)
            files.update(new_files)
            try:
                state.save(files, run_id)
            except OSError as e:
                raise FatalError(f"{opts.state}: cannot save state ({e.strerror or e}); the output is written, "
                                 "the next run emits this run's events again") from None
        output.finish()
        summary.seconds = time.monotonic() - started
        if not opts.quiet:
            tail = f" ({summary.unchanged} unchanged files skipped)" if opts.state else ""
            print(f"q7x2: {summary.articles} articles, {summary.events} events, {summary.errors} errors "
                  f"in {summary.seconds:.1f} s{tail}", file=stderr, flush=True)
        return summary
    finally:
        if pool is not None:
            pool.close()
        if reporter is not None:
            reporter.close()
        if output is not None:
            output.close()
        if state_lock is not None:
            state_lock.close()
        if previous_alarm is not None:
            work.set_budget(None)
            signal.signal(signal.SIGALRM, previous_alarm)
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)


def _on_sigterm_exit():
    """SIGTERM (a cron timeout, say) exits through the clean-up code: temporary file removed."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(signum, frame):
        raise SystemExit(128 + signum)

    return signal.signal(signal.SIGTERM, handler)


def _silence_stdout(stdout_binary) -> None:
    """After EPIPE: point standard output at /dev/null so that exit-time flushes stay quiet."""
    try:
        fd = stdout_binary.fileno()
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)
    except OSError:
        pass
