"""``--append``: adding a run's events to an output file so that no failure corrupts it.

The output is locked (``flock``) for the whole run. Before appending, a journal
(``.q7x2-journal-HASH`` beside the output) records the file's size, device and inode and a
hash of its last bytes; it is removed once the run's state is saved. A run that finds a
journal left by a killed run truncates the file back to the journaled size -- but only
when the file is still the one journaled (same inode, at least that size, same last
bytes): a file rotated or rewritten since is left alone, with a warning.

Appending adds a newline first when the file does not end with one, leaves out the header
line of a csv/acled run when the file already has content, and when the disk fills up
half-way, truncates the file back to its size before the run.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os

from .outfile import fsync_dir, write_atomic

TAIL_BYTES = 65536


def _tail_hash(f, size: int) -> str:
    start = max(0, size - TAIL_BYTES)
    f.seek(start)
    return hashlib.sha256(f.read(size - start)).hexdigest()


def journal_path(path: str) -> str:
    """The journal of appends to ``path`` (a short name, whatever the length of the output's)."""
    real = os.path.realpath(path)
    name = hashlib.sha1(os.path.basename(real).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return os.path.join(os.path.dirname(real), f".q7x2-journal-{name}")


def journal_record(path: str, run_id: str, state_path: str | None) -> dict:
    """What the journal says of ``path`` as it is now, before ``run_id`` appends to it."""
    with open(path, "rb") as f:
        st = os.fstat(f.fileno())
        return {"size": st.st_size, "inode": st.st_ino, "tail": _tail_hash(f, st.st_size), "run": run_id,
                "state": state_path and os.path.abspath(state_path)}


class JournaledAppend:
    def __init__(self, path: str, skip_header: bool = False):
        self.path = os.path.realpath(path)
        self.skip_header = skip_header
        self.warnings: list[str] = []
        self.lock = open(self.path, "a+b")        # the output itself, locked for the whole run
        fcntl.flock(self.lock.fileno(), fcntl.LOCK_EX)
        self.journal = journal_path(self.path)

    def recover(self, finished: "callable") -> None:
        """Roll back an append a killed run left unfinished (``finished(run_id, state)``
        says whether that run saved its state, in which case its append stands)."""
        try:
            with open(self.journal, "rb") as f:
                j = json.loads(f.read().decode("utf-8"))
            size, inode, tail = int(j["size"]), int(j["inode"]), str(j["tail"])
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError):
            self.warnings.append(f"{self.path}: unreadable append journal ignored")
            self._drop_journal()
            return
        if not finished(j.get("run"), j.get("state")):
            st = os.fstat(self.lock.fileno())
            with open(self.path, "rb") as f:
                same = st.st_ino == inode and st.st_size >= size and _tail_hash(f, size) == tail
            if same:
                os.truncate(self.path, size)
                os.fsync(self.lock.fileno())
                self.warnings.append(f"{self.path}: the unfinished append of a killed run was rolled back")
            else:
                self.warnings.append(f"{self.path}: an unfinished append was journaled, but the file has changed "
                                     "since (rotated?); left as it is")
        self._drop_journal()

    def append(self, source: str, run_id: str, state_path: str | None) -> None:
        """Append the bytes of the file ``source`` (a finished run's output)."""
        if not os.path.getsize(source):
            return
        record = journal_record(self.path, run_id, state_path)
        size = record["size"]
        with open(self.path, "rb") as f:
            f.seek(max(0, size - 1))
            needs_newline = size > 0 and f.read(1) != b"\n"
        write_atomic(self.journal, json.dumps(record).encode())
        try:
            with open(source, "rb") as src, open(self.path, "ab") as dst:
                if needs_newline:
                    dst.write(b"\n")
                if self.skip_header and size > 0:
                    src.readline()
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
        except OSError:
            os.truncate(self.path, size)          # a full disk: back to the file as it was
            os.fsync(self.lock.fileno())
            self._drop_journal()
            raise

    def finish(self) -> None:
        """After the state is saved: the append stands."""
        self._drop_journal()

    def _drop_journal(self) -> None:
        try:
            os.unlink(self.journal)
        except OSError:
            pass
        fsync_dir(os.path.dirname(self.path))

    def close(self) -> None:
        self.lock.close()
