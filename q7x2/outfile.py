"""Writing an output file so that a failed or killed run never harms what is at the path.

* A regular file (or a new path) is written atomically: a temporary file in the same
  directory, fsynced and renamed over the target at the end; the target keeps its mode
  (a new file gets ``0666`` minus the umask, as the shell's ``>`` gives it). A symbolic link
  is followed: its target is replaced, the link stays.
* Anything else -- a character device (``/dev/null``), a FIFO, a socket, or a path under
  ``/dev/`` or ``/proc/`` (``/dev/stdout``) -- is opened and written as a stream; it is
  never replaced by a regular file.
* Temporary files are named ``.q7x2-PID-RANDOM.tmp`` (short, whatever the target's name);
  those of a process that no longer runs are removed by the next run in that directory.
"""
from __future__ import annotations

import os
import re
import secrets
import stat

_TEMPORARY = re.compile(r"\.q7x2-(\d+)-[0-9a-f]+\.tmp")
_STREAM_PREFIXES = ("/dev/", "/proc/")


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


def new_file_mode() -> int:
    """The mode ``open()`` gives a new file under the current umask."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_temporaries(directory: str) -> None:
    """Remove the temporary files that killed runs left in ``directory``."""
    try:
        names = os.listdir(directory or ".")
    except OSError:
        return
    for name in names:
        m = _TEMPORARY.fullmatch(name)
        if m and int(m.group(1)) != os.getpid() and not _running(int(m.group(1))):
            _unlink(os.path.join(directory, name))


class Target:
    """What ``PATH`` names: the file to replace (symbolic links followed), or a stream."""

    def __init__(self, path: str):
        self.path = path
        absolute = os.path.abspath(path)
        self.real = os.path.realpath(path)
        try:
            st = os.stat(self.real)
        except FileNotFoundError:
            st = None
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "Is a directory", path)
        self.stream = absolute.startswith(_STREAM_PREFIXES) or (st is not None and not stat.S_ISREG(st.st_mode))
        self.exists = st is not None
        self.mode = stat.S_IMODE(st.st_mode) if st is not None and not self.stream else new_file_mode()
        self.directory = os.path.dirname(self.real)


class AtomicOutput:
    """A binary file to write ``path``'s new content into; :meth:`commit` puts it in place,
    :meth:`discard` (or an exception before commit) leaves the path as it was."""

    def __init__(self, path: str, append: bool = False):
        self.target = Target(path)
        self.tmp: str | None = None
        if self.target.stream:
            self.file = open(self.target.path, "ab" if append else "wb")
            return
        remove_stale_temporaries(self.target.directory)
        self.tmp = os.path.join(self.target.directory, f".q7x2-{os.getpid()}-{secrets.token_hex(4)}.tmp")
        fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self.file = os.fdopen(fd, "wb")

    @property
    def is_stream(self) -> bool:
        return self.target.stream

    def commit(self) -> None:
        self.file.flush()
        if self.tmp is None:
            self.file.close()
            return
        os.fsync(self.file.fileno())
        os.fchmod(self.file.fileno(), self.target.mode)
        self.file.close()
        os.replace(self.tmp, self.target.real)
        self.tmp = None
        fsync_dir(self.target.directory)

    def discard(self) -> None:
        try:
            self.file.close()
        except OSError:
            pass
        if self.tmp is not None:
            _unlink(self.tmp)
            self.tmp = None


def write_atomic(path: str, data: bytes) -> None:
    """Replace (or create) ``path`` with ``data`` as :class:`AtomicOutput` does."""
    out = AtomicOutput(path)
    try:
        out.file.write(data)
        out.commit()
    finally:
        out.discard()
