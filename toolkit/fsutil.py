"""Atomic file writes: a temporary file beside the target, then a rename.

A reader of the target sees the old file or the new one, never half of one, and an error while
writing leaves the old file untouched. :func:`replace_all` writes several files that way and
renames them only when every one was written, so a glossary folder is never left half-updated.

The temporary file is private while it is written (``mkstemp`` makes it 0600); before the rename
it takes the mode of the file it replaces, or for a new file the mode the user's umask gives
(0644 usually), so that a report or an export can be shared like any file the user saves.

A target that cannot be written (a folder, a read-only place, /proc) raises
:class:`~toolkit.errors.OutputError` naming it, and no temporary file is left behind.

A writer killed mid-way (kill -9, a power cut) cannot remove its temporary file. The name says
whose it is: ``.NAME.tilmash-PID.RANDOM.tmp``, with the writer's process id. Each write
removes, in the folder it writes to, the temporaries of that naming whose writer is no longer
running, or (the process id since reused) that nobody has touched for :data:`STALE_AFTER`
seconds. Only regular files of the current user that match the naming exactly are removed,
never anything else; the ``.NAME.RANDOM.tmp`` of tilmash before this naming cannot be told
from another program's and stays. (A process id means nothing on another machine: do not
write into one folder from two machines at once.)
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

from toolkit.errors import OutputError
from toolkit.i18n import gettext as _

__all__ = ["STALE_AFTER", "atomic_write_bytes", "atomic_write_text", "cannot_write",
           "check_writable", "pid_running", "remove_stale_temporaries", "replace_all"]

STALE_AFTER = 15 * 60
# mkstemp's random part: 8 characters of [a-z0-9_].
_OURS = re.compile(r"\..+\.tilmash-(?P<pid>[0-9]+)\.[a-z0-9_]{8}\.tmp")


def pid_running(pid: int) -> bool:
    """Whether a process ``pid`` runs on this machine (one of another user counts)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def remove_stale_temporaries(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the temporaries of our naming in ``folder`` that no writer will finish: their
    process has ended, or they are older than :data:`STALE_AFTER`. Returns what was removed;
    never raises (a folder that cannot be listed is left as it is)."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    uid = os.getuid()
    for entry in entries:
        match = _OURS.fullmatch(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or info.st_uid != uid:
            continue
        pid = int(match.group("pid"))
        if pid == os.getpid():
            continue
        if not pid_running(pid) or now - info.st_mtime > STALE_AFTER:
            try:
                os.unlink(entry.path)
            except OSError:
                continue
            removed.append(Path(entry.path))
    return removed


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def cannot_write(path: Path, exc: OSError) -> OutputError:
    """The error for ``path`` that ``exc`` kept from being written."""
    return OutputError(str(path), _("cannot write {path}: {reason}").format(
        path=path, reason=exc.strerror or str(exc)))


def _temp_beside(path: Path, data: bytes) -> Path:
    """``data`` in a new temporary file beside ``path``; :class:`OutputError` (and nothing
    left behind) when it cannot be made or written."""
    if path.is_dir() or not path.name or path.name in (".", ".."):
        raise OutputError(str(path), _("cannot write {path}: it is a folder; name a file")
                          .format(path=path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = _mode_for(path)
        remove_stale_temporaries(path.parent)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.tilmash-{os.getpid()}.", suffix=".tmp",
                                    dir=path.parent)
    except OSError as exc:
        raise OutputError(str(path), _(
            "cannot write {path}: no file can be created in {folder} ({reason})").format(
            path=path, folder=path.parent, reason=exc.strerror or str(exc))) from None
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException as exc:
        os.unlink(name)
        if isinstance(exc, OSError):
            raise cannot_write(path, exc) from None
        raise
    return Path(name)


def check_writable(path: Path) -> None:
    """Raise :class:`~toolkit.errors.OutputError` now, before any work, when ``path`` could
    not be written later: a folder, or a folder where no file can be created (tried with a
    temporary file, removed at once). A folder that does not exist yet passes: writing makes
    it."""
    if not path.parent.is_dir():
        return
    _temp_beside(path, b"").unlink()


def _rename(temp: Path, path: Path) -> None:
    """Move a written temporary file onto ``path``, or remove it and raise OutputError."""
    try:
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise cannot_write(path, exc) from None


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically.

    Raises :class:`~toolkit.errors.OutputError`, leaving no temporary file, when ``path`` is
    a folder or cannot be written.
    """
    _rename(_temp_beside(path, data), path)


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in UTF-8 with LF line ends, atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))


def replace_all(files: Mapping[Path, bytes]) -> None:
    """Write every file to a temporary name first; rename them all only if all were written."""
    temps: dict[Path, Path] = {}
    try:
        for path, data in files.items():
            temps[path] = _temp_beside(path, data)
    except BaseException:
        for temp in temps.values():
            temp.unlink(missing_ok=True)
        raise
    pending = dict(temps)
    try:
        for path, temp in temps.items():
            _rename(temp, path)
            del pending[path]
    finally:
        for temp in pending.values():
            temp.unlink(missing_ok=True)
