"""A cache on disk of what every run would otherwise compute again: the loaded glossary.

Reading and validating the bundled glossary costs far more than checking an article, and its
files rarely change. So the loaded glossary is kept in the user's cache folder and read back
on the next run when nothing it was made from has changed.

The matchers' indexes are not cached: building one costs less than reading it back (measured
on the bundled glossary: ru 17 ms to build against 6 ms to unpickle, en and kk 6 ms to build
against 7-8 ms to unpickle), and the Russian morphology they use must be loaded for the text
anyway.

Where: ``$TILMASH_CACHE_DIR``, else the user's cache folder as ``platformdirs`` knows it
(``~/.cache/tilmash`` on Linux, ``~/Library/Caches/tilmash`` on macOS,
``%LOCALAPPDATA%\\tilmash\\Cache`` on Windows).

Invalidation is automatic: an entry's key is a SHA-256 of everything the value depends on
(for the glossary: the names and bytes of its files) together with :func:`code_stamp` (the
tilmash version, the Python version, and the size and modification time of every module of
the package), so an edited glossary file, another tilmash or an edited module simply makes
another key. Writing an entry removes the older entries of its kind beyond the few newest.

Never an error: a missing, corrupt, truncated or foreign entry is ignored and rebuilt; a
cache folder that cannot be created or written is ignored. ``--no-cache`` (or
``TILMASH_NO_CACHE=1``) bypasses the cache: nothing is read from or written to it.

Entries are pickles, which can run code when read; so an entry is read only from a folder
and a file that belong to the user running tilmash and that nobody else can write, and only
when its SHA-256 checksum matches.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

__all__ = ["cache_dir", "code_stamp", "enabled", "key", "load", "save", "set_enabled"]

_MAGIC = b"tilmash-cache 1\n"
# hashlib, pickle and tempfile are imported where used: `tilmash --help` needs none of them.

# Entries of one kind kept beside a new one: a few glossaries (a project's, the bundled one)
# used in turn stay cached, and the folder cannot grow without bound.
KEEP = 4

_enabled = True


def set_enabled(on: bool) -> None:
    """Use the cache (the default) or bypass it for the rest of the run."""
    global _enabled
    _enabled = on


def enabled() -> bool:
    """Whether the cache is used: not after ``set_enabled(False)`` or with TILMASH_NO_CACHE."""
    return _enabled and os.environ.get("TILMASH_NO_CACHE", "") in ("", "0")


def cache_dir() -> Path:
    """The folder of the cache (it may not exist yet)."""
    chosen = os.environ.get("TILMASH_CACHE_DIR")
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_cache_dir("tilmash", appauthor=False))


@cache
def code_stamp() -> str:
    """What the cached values depend on besides their inputs: tilmash's version and code."""
    import hashlib

    from toolkit import __version__

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{__version__} {sys.version_info[:2]}".encode())
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", "_bundled"))
        for name in sorted(files):
            if name.endswith((".py", ".txt")):
                path = Path(folder, name)
                stat = path.stat()
                digest.update(f"{path.relative_to(package)} {stat.st_size} "
                              f"{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def key(parts: Iterable[bytes | str]) -> str:
    """A cache key: the SHA-256 of :func:`code_stamp` and ``parts``, each length-prefixed."""
    import hashlib

    digest = hashlib.sha256(code_stamp().encode())
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def _entry(kind: str, entry_key: str) -> Path:
    return cache_dir() / f"{kind}-{entry_key}.pickle"


def _trusted(path: Path) -> bool:
    """Whether ``path`` belongs to the user running tilmash and only they can write it."""
    if not hasattr(os, "getuid"):  # Windows: the user's local application data folder
        return True
    stat = path.stat()
    return stat.st_uid == os.getuid() and not stat.st_mode & 0o022


def load(kind: str, entry_key: str) -> object | None:
    """The value stored under ``kind`` and ``entry_key``, or ``None`` when there is none
    that can be trusted and read."""
    if not enabled():
        return None
    import hashlib
    import pickle

    try:
        path = _entry(kind, entry_key)
        if not (_trusted(path.parent) and _trusted(path)):
            return None
        data = path.read_bytes()
        body = data[len(_MAGIC) + 32:]
        if (not data.startswith(_MAGIC)
                or data[len(_MAGIC):len(_MAGIC) + 32] != hashlib.sha256(body).digest()):
            return None
        value: object = pickle.loads(body)
        os.utime(path)  # recently used: the last to be pruned
        return value
    except Exception:  # a cache that cannot be read is no cache, never an error
        return None


def save(kind: str, entry_key: str, value: object) -> None:
    """Store ``value`` under ``kind`` and ``entry_key``, atomically; failures are ignored."""
    if not enabled():
        return
    import hashlib
    import pickle
    import tempfile

    temp: str | None = None
    try:
        folder = cache_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(folder):
            return
        body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        fd, temp = tempfile.mkstemp(prefix=f".{kind}-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as out:
            out.write(_MAGIC + hashlib.sha256(body).digest() + body)
        os.replace(temp, _entry(kind, entry_key))
        temp = None
        _prune(folder, kind)
    except Exception:  # an unwritable cache is no cache, never an error
        return
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _prune(folder: Path, kind: str) -> None:
    entries = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime_ns,
                     reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
