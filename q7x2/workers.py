"""``--jobs N``: N forked worker processes that the parent watches.

Each worker takes one batch of work items at a time over its own pipe; results come back
in input order. The parent waits on the pipes and on the processes themselves, so a worker
that dies (the OOM killer, a crash in C code, a kill) is noticed at once: its batch is
tried again once, one item per fresh worker, and an item whose worker dies again is
reported as failed; so is one whose worker overruns the time budget (by ``_GRACE`` seconds,
or the budget if shorter; stuck in C code, where the per-article alarm cannot reach): the parent
kills it. Stopping the pool kills the workers outright (they hold nothing that
needs cleaning up), so SIGTERM to the run never waits on them; a worker whose parent is
gone exits quietly.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import time
from collections import deque
from multiprocessing.connection import wait
from typing import Callable, Iterator

_PR_SET_PDEATHSIG = 1
_GRACE = 30.0      # seconds (at most the budget) a worker may overrun its batch's budget before it is killed


def _die_with_parent() -> None:
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _serve(conn, parent: int, work: Callable[[list], list], initializer, initargs) -> None:
    """A worker's life: batches in, results out, until the pipe closes."""
    try:
        _die_with_parent()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if os.getppid() != parent:
            os._exit(0)
        initializer(*initargs)
        while True:
            batch = conn.recv()
            if batch is None:
                break
            conn.send(work(batch))
    except BaseException:       # the parent is gone or stopping us: nothing to report
        os._exit(1)
    os._exit(0)


def _death(process) -> str:
    process.join(1)
    code = process.exitcode
    if code is not None and code < 0:
        try:
            return f"worker process killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"worker process killed by signal {-code}"
    return f"worker process died (exit status {code})"


class WorkerPool:
    def __init__(self, processes: int, work: Callable[[list], list], initializer: Callable, initargs: tuple,
                 failed: Callable[[tuple, str], tuple], budget: float | None = None):
        """``work`` turns a batch of items into their results; ``failed(item, reason)`` is
        the result of an item whose worker died twice. ``budget``: seconds per item after
        which (and a grace period) a worker is killed, as stuck where no signal reaches."""
        self.context = multiprocessing.get_context("fork")
        self.work, self.initializer, self.initargs, self.failed = work, initializer, initargs, failed
        self.budget = budget
        self.workers: list = [self._spawn() for _ in range(processes)]

    def _spawn(self):
        mine, theirs = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(theirs, os.getpid(), self.work, self.initializer,
                                                            self.initargs), daemon=True)
        process.start()
        theirs.close()
        return process, mine

    def imap(self, batches: Iterator[list], ahead: int) -> Iterator:
        """The results of every item of ``batches``, in order; at most ``ahead`` batches
        are read ahead of the one being returned."""
        queue: deque = deque()          # (sequence, part, items, retried) to send
        parts: dict[int, list] = {}     # sequence -> results of its parts (None: not yet)
        busy: dict[int, tuple] = {}     # worker index -> the job it has
        deadline: dict[int, float] = {}  # worker index -> when it is killed as stuck
        stuck: set[int] = set()
        read = returned = 0
        exhausted = False
        while True:
            while returned in parts and None not in parts[returned]:
                for part in parts.pop(returned):
                    yield from part
                returned += 1
            for i in range(len(self.workers)):
                if i in busy:
                    continue
                if not queue and not exhausted and read - returned < ahead:
                    batch = next(batches, None)
                    if batch is None:
                        exhausted = True
                    else:
                        parts[read] = [None]
                        queue.append((read, 0, batch, False))
                        read += 1
                if not queue:
                    break
                job = queue.popleft()
                try:
                    self.workers[i][1].send(job[2])
                    busy[i] = job
                    if self.budget:
                        deadline[i] = time.monotonic() + self.budget * len(job[2]) + min(_GRACE, self.budget)
                except (BrokenPipeError, EOFError, OSError):
                    queue.appendleft(job)
                    self._replace(i)
            if not busy:
                if exhausted and not queue and not parts:
                    return
                continue
            waiting = {}
            for i in busy:
                process, conn = self.workers[i]
                waiting[conn] = i
                waiting[process.sentinel] = i
            now = time.monotonic()
            for i in [i for i in busy if i in deadline and deadline[i] <= now]:
                self.workers[i][0].kill()            # stuck where the budget's alarm cannot reach
                stuck.add(i)
                del deadline[i]
            timeout = max(0.0, min(deadline[i] for i in busy if i in deadline) - now) \
                if any(i in deadline for i in busy) else None
            for ready in wait(list(waiting), timeout):
                i = waiting[ready]
                if i not in busy:
                    continue
                sequence, part = busy[i][:2]
                process, conn = self.workers[i]
                try:
                    if ready is not conn and not conn.poll():
                        raise EOFError
                    results = conn.recv()
                except (EOFError, OSError):
                    reason = _death(process) if i not in stuck else \
                        f"over the time budget ({self.budget:g} s per article), its worker killed"
                    stuck.discard(i)
                    deadline.pop(i, None)
                    self._retry(queue, parts, busy.pop(i), reason)
                    self._replace(i)
                    continue
                del busy[i]
                deadline.pop(i, None)
                parts[sequence][part] = results

    def _retry(self, queue: deque, parts: dict, job: tuple, reason: str) -> None:
        """A dead worker's job: each of its items again, alone in a fresh worker; an item
        already tried so fails."""
        sequence, part, items, retried = job
        if retried:
            parts[sequence][part] = [self.failed(item, reason) for item in items]
            return
        parts[sequence] = [None] * len(items)         # a whole batch (a sequence's only part) split
        for slot, item in enumerate(items):
            queue.append((sequence, slot, [item], True))

    def _replace(self, i: int) -> None:
        process, conn = self.workers[i]
        conn.close()
        if process.is_alive():
            process.kill()
        process.join(1)
        self.workers[i] = self._spawn()

    def close(self) -> None:
        """Stop at once: kill the workers and reap them."""
        for process, conn in self.workers:
            if process.is_alive():
                process.kill()
        for process, conn in self.workers:
            process.join(5)
            conn.close()
        self.workers = []
