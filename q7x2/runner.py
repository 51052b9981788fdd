"""Batch processing for ``q7x2 extract``: many inputs, one output, nothing lost.

* Every input is read and every article processed on its own: a problem with one (bad
  encoding, bad JSON, an exception inside the pipeline) is reported on standard error as
  ``PATH[:LINE]: reason`` and the others go on.
* Output file (``-o``): events go to a temporary file in the output's directory, which is
  fsynced and renamed over the output at the end. With ``--append`` the temporary file is
  appended to the output at the end, under an exclusive ``flock`` on the output held for
  the whole run, with a journal (``.NAME.q7x2-journal``, the output's size before) so that
  an append cut short is rolled back by the next run.
* State (``--state FILE``): JSON, ``{"files": {real path: {"fingerprint", "done"}}}``; the
  fingerprint hashes the file's bytes, its directory's ``published.json`` and
  ``--published``; ``done`` lists the hashes of the articles already processed, so a
  changed JSONL file emits only its new or changed articles. The state is written
  (temporary file, fsync, rename) only after the output is in place, under an exclusive
  lock on ``FILE.lock`` held for the whole run: overlapping runs wait for each other.
  A file is recorded as done unless a problem that may go away (unreadable, over
  ``--max-bytes``, internal error) hit it; those are tried again on the next run.
* ``--jobs N``: N processes, each building its own pipeline once; results are taken in
  input order (``imap``), so the output is byte for byte that of one process.

Test hook: the environment variable ``Q7X2_TEST_SLEEP_PER_ARTICLE`` (seconds, a float)
makes each article wait that long before it is processed, so that tests can kill a run
half-way deterministically. It has no other effect.
"""
from __future__ import annotations

import fcntl
import hashlib
import io
import json
import os
import signal
import sys
import tempfile
import threading
import time
import traceback
import uuid
from dataclasses import dataclass
from datetime import date
from itertools import chain
from pathlib import Path
from typing import Callable, Iterator, NamedTuple

from .articles import (
    DEFAULT_MAX_BYTES,
    SIDECAR,
    InputError,
    Problem,
    articles_from_bytes,
    find_inputs,
    read_bytes,
    read_sidecar,
    with_published,
)

STATE_VERSION = 1
TEST_SLEEP_ENV = "Q7X2_TEST_SLEEP_PER_ARTICLE"


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
def fsync_dir(directory: str) -> None:
    try:
        fd = os.open(directory or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same directory, fsync, rename."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".q7x2-tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        _unlink(tmp)
        raise
    fsync_dir(directory)


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def lock_file(path: str):
    """An open file holding an exclusive flock on ``path`` (created if missing); waits."""
    f = open(path, "a+b")
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
            except (OSError, ValueError) as e:
                raise FatalError(f"{path}: cannot read state: {e}") from None
            self.files = data["files"]
            self.run_id = data.get("run")

    def save(self, files: dict[str, dict], run_id: str) -> None:
        data = {"q7x2_state": STATE_VERSION, "run": run_id, "files": files}
        write_atomic(self.path, (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))


# ------------------------------------------------------------------------ output
class Output:
    """Where the events go; nothing reaches ``-o FILE`` before :meth:`commit`."""

    def __init__(self, opts: Options, stdout_binary):
        self.opts = opts
        self.path = opts.output
        self.tmp: str | None = None
        self.lock = None
        if self.path is None:
            self.binary = stdout_binary
            self.stream = io.TextIOWrapper(stdout_binary, encoding="utf-8", newline="\n", write_through=False)
            return
        directory = os.path.dirname(os.path.abspath(self.path))
        if opts.append:
            self.lock = lock_file(self.path)          # the output itself, held for the whole run
            self._recover()
        fd, self.tmp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(self.path)}.", suffix=".q7x2-tmp")
        self.stream = open(fd, "w", encoding="utf-8", newline="\n")

    @property
    def journal(self) -> str:
        return os.path.join(os.path.dirname(os.path.abspath(self.path)), f".{os.path.basename(self.path)}.q7x2-journal")

    def _recover(self) -> None:
        """Roll back an append that a killed run left half done (see the module docstring)."""
        try:
            with open(self.journal, "rb") as f:
                j = json.loads(f.read().decode("utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            j = None
        if j and j.get("state"):
            try:
                done = State(j["state"]).run_id == j.get("run")
            except FatalError:
                done = False
        else:
            done = False
        if j and not done:
            os.truncate(self.path, int(j["size"]))
            with open(self.path, "rb+") as f:
                os.fsync(f.fileno())
        _unlink(self.journal)
        fsync_dir(os.path.dirname(os.path.abspath(self.path)))

    def commit(self, run_id: str, state_path: str | None) -> None:
        """Put the events in place: flush stdout, or fsync and rename/append the temporary file."""
        self.stream.flush()
        if self.path is None:
            self.binary.flush()
            return
        os.fsync(self.stream.fileno())
        self.stream.close()
        directory = os.path.dirname(os.path.abspath(self.path))
        if not self.opts.append:
            os.replace(self.tmp, self.path)
            self.tmp = None
            fsync_dir(directory)
            return
        size = os.fstat(self.lock.fileno()).st_size
        if os.path.getsize(self.tmp):
            write_atomic(self.journal, json.dumps({"size": size, "run": run_id, "state": state_path and os.path.abspath(state_path)}).encode())
            with open(self.tmp, "rb") as src, open(self.path, "ab") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
        _unlink(self.tmp)
        self.tmp = None

    def finish(self) -> None:
        """After the state is saved: drop the journal, release the lock."""
        if self.path and self.opts.append:
            _unlink(self.journal)
            fsync_dir(os.path.dirname(os.path.abspath(self.path)))

    def close(self) -> None:
        """Release everything; a temporary file not committed is removed."""
        if self.path is None:
            try:
                self.stream.detach()
            except (ValueError, OSError):
                pass
        else:
            try:
                self.stream.close()
            except (ValueError, OSError):
                pass
            if self.tmp:
                _unlink(self.tmp)
                self.tmp = None
        if self.lock:
            self.lock.close()
            self.lock = None


# ------------------------------------------------------------- the work items
# The generator below yields, in input order:
#   ("problem", Problem, file_key)          reading problems
#   ("article", where, Article, file_key, article_hash)
#   ("seen", file_key, article_hash)        an article done by an earlier run
#   ("unchanged", label)                    a file whose fingerprint is in the state
#   ("file", file_key, fingerprint, label)  the end of a file
# Workers turn "article" items into ("result", where, events, error, file_key, article_hash).

def work_items(opts: Options, state: State, stdin_binary, exclude: list[str]) -> Iterator[tuple]:
    sidecars: dict[Path, tuple[dict, bytes]] = {}
    option = (opts.published.isoformat() if opts.published else "").encode()
    read_as: dict[str, str] = {}
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
        key = os.path.realpath(found.path) if found.path is not None and state.path else None
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
            for h in previous.get("done", []):
                yield ("seen", key, h)
            yield ("unchanged", found.label)
            yield ("file", key, fingerprint, found.label)
            continue
        done_before = set(previous.get("done", [])) if previous else set()
        for got in articles_from_bytes(found, data, opts.max_bytes):
            if isinstance(got, Problem):
                yield ("problem", got, key)
                continue
            where, article = got
            article = with_published(article, sidecar, opts.published)
            h = article_hash(article) if key else None
            if h in done_before:
                yield ("seen", key, h)
            else:
                yield ("article", where, article, key, h)
        if key:
            yield ("file", key, fingerprint, found.label)


_PIPELINE = None
_PIPELINE_ERROR: str | None = None
_RENDER: Callable[[list], str] | None = None     # in a worker: the writer's render, if it has one


class Rendered(NamedTuple):
    """An article's events as the output's text, rendered in the worker process."""
    text: str
    count: int


def _init_worker(factory: Callable[[], object], render: Callable[[list], str] | None = None) -> None:
    global _PIPELINE, _PIPELINE_ERROR, _RENDER
    _RENDER = render
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # the parent handles Ctrl-C and stops the pool
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if _PIPELINE is not None:
        return                # forked from the parent, which built it already
    try:
        _PIPELINE = factory()
    except Exception as e:  # reported per article by _work
        _PIPELINE_ERROR = f"{type(e).__name__}: {e}"


def _work(item: tuple) -> tuple:
    if item[0] != "article":
        return item
    _, where, article, key, h = item
    delay = os.environ.get(TEST_SLEEP_ENV)
    if delay:
        time.sleep(float(delay))
    if _PIPELINE is None:
        return ("result", where, None, f"internal error: cannot build the pipeline: {_PIPELINE_ERROR}", None, key, h)
    try:
        events = list(_PIPELINE.extract(article))
        if _RENDER is not None:
            events = Rendered(_RENDER(events), len(events))
    except Exception as e:
        return ("result", where, None, f"internal error: {type(e).__name__}: {e}".splitlines()[0],
                traceback.format_exc(), key, h)
    return ("result", where, events, None, None, key, h)


def _work_batch(batch: list[tuple]) -> list[tuple]:
    return [_work(item) for item in batch]


# --jobs sends the workers batches of up to this many work items
_BATCH_MAX = 32


def _batches(items: Iterator[tuple], largest: int) -> Iterator[list[tuple]]:
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
        _, where, _article, key, h = queued.popleft()
        if isinstance(events, ArticleFailed):
            yield ("result", where, None, f"internal error: {events}", None, key, h)
        else:
            yield ("result", where, events, None, None, key, h)
    yield from queued


# ----------------------------------------------------------------------- the run
class _Reporter:
    def __init__(self, opts: Options, stderr):
        self.opts, self.stderr = opts, stderr
        show = opts.progress if opts.progress is not None else _isatty(stderr)
        self.bar = None
        if show and not opts.quiet:
            from tqdm import tqdm

            self.bar = tqdm(file=stderr, unit=" articles", leave=False, dynamic_ncols=True)

    def line(self, text: str) -> None:
        if self.bar is not None:
            self.bar.write(text, file=self.stderr)
        else:
            print(text, file=self.stderr, flush=True)

    def tick(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


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

    global _PIPELINE, _PIPELINE_ERROR
    started = time.monotonic()
    stderr = stderr or sys.stderr
    stdin_binary = stdin_binary or sys.stdin.buffer
    stdout_binary = stdout_binary or sys.stdout.buffer
    summary = Summary()
    state_lock = None
    output = None
    pool = None
    stop = threading.Event()
    previous_term = _on_sigterm_exit()
    try:
        if opts.state:
            try:
                state_lock = lock_file(opts.state + ".lock")
            except OSError as e:
                raise FatalError(f"{opts.state}: cannot use as state: {e.strerror or e}") from None
        state = State(opts.state)
        _PIPELINE = pipeline_factory()          # built here first: a bad gazetteer fails the run early
        _PIPELINE_ERROR = None
        try:
            output = Output(opts, stdout_binary)
        except OSError as e:
            raise FatalError(f"{opts.output}: cannot write: {e.strerror or e}") from None
        writer = get_writer(opts.fmt)(output.stream)
        reporter = _Reporter(opts, stderr)
        exclude = [p for p in (opts.output, opts.state, opts.state and opts.state + ".lock") if p]
        items = work_items(opts, state, stdin_binary, exclude)
        if opts.scheduler:
            window = None
            results = _on_dask(items, opts)
        elif opts.jobs > 1:
            import multiprocessing

            window = threading.BoundedSemaphore(opts.jobs * _BATCH_MAX * 4)

            def throttled():
                for it in items:
                    while not window.acquire(timeout=0.1):
                        if stop.is_set():
                            return
                    if stop.is_set():
                        return
                    yield it

            pool = multiprocessing.Pool(opts.jobs, initializer=_init_worker,
                                        initargs=(pipeline_factory, getattr(writer, "render", None)))
            results = chain.from_iterable(pool.imap(_work_batch, _batches(throttled(), _BATCH_MAX)))
        else:
            window = None
            results = map(_work, items)

        new_files: dict[str, dict] = {}
        done: dict[str, list[str]] = {}
        retry: set[str] = set()
        try:
            for res in results:
                if window is not None:
                    window.release()
                kind = res[0]
                if kind == "result":
                    _, where, events, error, tb, key, h = res
                    reporter.tick()
                    if error:
                        summary.errors += 1
                        reporter.line(f"{where}: {error}")
                        if tb and opts.verbose:
                            reporter.line(tb.rstrip())
                        if key:
                            retry.add(key)
                        continue
                    if isinstance(events, Rendered):
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
                    done.setdefault(res[1], []).append(res[2])
                elif kind == "unchanged":
                    summary.unchanged += 1
                    if opts.verbose:
                        reporter.line(f"{res[1]}: unchanged, skipped")
                elif kind == "file":
                    _, key, fingerprint, _label = res
                    new_files[key] = {"fingerprint": None if key in retry else fingerprint,
                                      "done": sorted(set(done.pop(key, [])))}
            writer.close()
            if hasattr(writer, "left_out") and writer.left_out() and not opts.quiet:
                reporter.line(writer.left_out())     # GeoJSON: events without coordinates
            run_id = uuid.uuid4().hex
            output.commit(run_id, opts.state)
        except BrokenPipeError:
            summary.broken_pipe = True
            stop.set()
            _silence_stdout(stdout_binary)
            return summary
        except OSError as e:
            raise FatalError(f"{opts.output or '<stdout>'}: cannot write: {e.strerror or e}") from None
        finally:
            reporter.close()
            if pool is not None:
                stop.set()
                pool.terminate()
                pool.join()
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
        stop.set()
        if pool is not None:
            pool.terminate()
            pool.join()
        if output is not None:
            output.close()
        if state_lock is not None:
            state_lock.close()
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
