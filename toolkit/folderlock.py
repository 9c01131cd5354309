"""One writer at a time in a glossary folder: ``glossary import`` and ``glossary fmt`` hold
its lock while they read, compare and rewrite it.

The lock is the file ``.tilmash.lock`` in the folder, holding the process id of its holder (for
the message: "in use by process N"), and an exclusive :func:`fcntl.flock` on it, which the
system lets go when the holder ends in any way, kill -9 included. A lock file left by a process
that has ended (stale: its lock is free, its process id no longer runs) is taken over without
a word. The holder removes the file when it finishes; a second process that opened the file
just before checks, once it holds the lock, that it locked the file still at that name, and
otherwise starts over, so two processes never both hold the folder. On a file system without
locks (some network mounts) the process id alone decides: a lock file naming a process that
runs on this machine is respected, any other is taken over.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as folder, locked(Path(folder)):
...     (Path(folder) / LOCK_NAME).is_file()
True
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import NoReturn

from toolkit.errors import OutputError
from toolkit.fsutil import cannot_write, pid_running
from toolkit.i18n import gettext as _

__all__ = ["LOCK_NAME", "locked"]

LOCK_NAME = ".tilmash.lock"


def _holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 64).decode("ascii", "replace").strip()
    except OSError:
        return "?"
    return text if text.isdigit() else "?"


def _busy(fd: int, lock: Path) -> NoReturn:
    pid = _holder(fd)
    os.close(fd)
    raise OutputError(str(lock.parent), _(
        "the glossary folder {folder} is in use by process {pid} (lock file {lock}); "
        "try again when it has finished").format(folder=lock.parent, pid=pid, lock=lock))


def _acquire(lock: Path) -> int:
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise cannot_write(lock, exc) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            _busy(fd, lock)
        except OSError:
            # A file system without locks (some network mounts): the process id decides.
            holder = _holder(fd)
            if holder.isdigit() and int(holder) != os.getpid() and pid_running(int(holder)):
                _busy(fd, lock)
            return fd
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(lock))
        except FileNotFoundError:
            same = False
        if same:
            return fd
        os.close(fd)  # the holder removed the file we had opened: lock the new one


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the lock of ``folder`` (made if missing, and removed again if left empty) for the
    ``with`` block; :class:`~toolkit.errors.OutputError` at once, naming the holder's process,
    when another process holds it."""
    made = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(folder / LOCK_NAME, exc) from None
    lock = folder / LOCK_NAME
    try:
        fd = _acquire(lock)
    except BaseException:
        if made:
            with suppress(OSError):
                folder.rmdir()
        raise
    with suppress(OSError):  # the id is for the message of another process only
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    try:
        yield
    finally:
        with suppress(OSError):
            lock.unlink()
        os.close(fd)
        if made:
            with suppress(OSError):
                folder.rmdir()  # only when the command wrote nothing into it
