"""Writing an export: staged next to the target, swapped in whole, unchanged files untouched.

Layout, for a target ``…/site``::

    …/site/                      what readers get (the last complete export)
    …/.site.newsdesk/state.pickle  what is in ``site`` (path → SHA-256 and input fingerprint)
    …/.site.newsdesk/staging/    the tree the next export is built in
    …/.site.newsdesk/staging.next/  (first export only) the next staging tree, linked as it goes

The staging tree is the previous generation of the site, hard-linked to the current one where
files agree. An export brings it up to date (changed files written fresh, files that did not
change linked from the current site, so their modification time survives; files no longer
planned removed) and then the two folders are exchanged in one atomic ``renameat2`` call on
Linux (two renames elsewhere). Readers and web servers see either the old site or the new one,
never a mix, and an export that is interrupted (an error, a cancel, a killed process) leaves the
current site whole: only the staging tree is touched before the exchange, and the state file
marks it unknown until the exchange is done, so the next export rebuilds it.

A first export (no site yet) renames its staging tree into place instead, so it links each
file it writes into a second tree as it goes (``staging.next``, in the parent process while the
render workers work), which becomes the next export's staging tree.

Hard links are safe because no file is ever written in place: new bytes always go to a new
file that replaces the old name.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import json
import os
import pickle
import shutil
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Protocol, TypeVar

from newsdesk.core.messages import CodedError

#: 2: the staging tree is kept as its differences from the site, and a small patch file
#: (``SiteWriter.state_patch_file``) holds what changed since the whole state was written.
STATE_FORMAT = 2
#: The format of ``state.json`` and of the first pickled states (the staging tree whole).
OLD_STATE_FORMAT = 1
#: A state that differs from the whole one on disk in at most this many files (or a tenth of
#: them, when that is more) is written as a patch.
STATE_PATCH_MAX = 2_000
#: Up to this many written files are flushed one by one before the swap; more, the file system.
FSYNC_EACH_MAX = 512
#: … flushed from this many threads at once.
FSYNC_THREADS = 8
#: An export that writes more files than this flushes the file system in the background each
#: time this many more were written (``_EarlyFlush``), so that the flush before the swap only
#: waits for the last of them.
EARLY_FLUSH_EVERY = 4096


class ExportError(CodedError):
    """An export was refused or failed; the message says what to do. The old site is intact."""


@dataclass(frozen=True, slots=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int
    #: Output path → SHA-256 of its bytes (the ``ExportRun`` manifest).
    manifest: dict[str, str]
    changed_paths: tuple[str, ...]
    removed_paths: tuple[str, ...]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _exchange(a: Path, b: Path) -> None:
    """Swap two directories atomically where the OS can (Linux ``RENAME_EXCHANGE``)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = getattr(libc, "renameat2", None)
        if renameat2 is not None:
            at_fdcwd, rename_exchange = -100, 2
            if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
                return
    aside = a.with_name(a.name + ".swap")
    os.rename(a, aside)
    try:
        os.rename(b, a)
    except OSError:
        os.rename(aside, a)
        raise
    os.rename(aside, b)


class _StateUnpickler(pickle.Unpickler):
    """The state holds dicts, lists and strings only: no class may be named in it."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name} has no place in the export state")


def _fsync(path: str) -> None:
    """Flush a file or a folder (folders cannot be opened for writing, nor at all on Windows)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _syncfs_call() -> Any:
    """Linux ``syncfs`` through ctypes (which lets go of the interpreter while it waits), or
    None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    return getattr(ctypes.CDLL(None, use_errno=True), "syncfs", None)


def _syncfs(path: Path | str) -> bool:
    """Flush the one file system ``path`` is on (Linux ``syncfs``); False where unavailable."""
    syncfs = _syncfs_call()
    if syncfs is None:
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        return bool(syncfs(fd) == 0)
    finally:
        os.close(fd)


class _EarlyFlush:
    """Flushes the file system a staging tree is on, on a thread of its own, when asked.

    A cold export writes 33,000 files (450 MB) and must have them on disk before the swap.
    Flushed only then, the export waited about a second for the disk with its render
    workers done; flushed in the background as they write, the disk works while they render
    and the last flush only waits for the last files. It only makes the final flush shorter
    (``SiteWriter._fsync_tree`` still flushes everything before the swap), so a flush that
    fails here is left to that one to report. Only where ``syncfs`` exists (Linux): flushing
    every file system of the machine again and again (``os.sync``) would make every other
    program's writes wait.
    """

    def __init__(self, folder: str) -> None:
        self._folder = folder
        self._wanted = threading.Event()
        self._done = False
        self._thread = threading.Thread(target=self._run, name="newsdesk-early-flush", daemon=True)
        self._thread.start()

    @staticmethod
    def available() -> bool:
        return _syncfs_call() is not None

    def request(self) -> None:
        """Flush soon (once, however often it was asked meanwhile)."""
        self._wanted.set()

    def finish(self) -> None:
        """Stop, after the flush under way if there is one."""
        self._done = True
        self._wanted.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            if self._done:
                return
            with contextlib.suppress(OSError):
                _syncfs(self._folder)


def _safe_relative(path: str) -> str:
    # String checks, not PurePosixPath: this runs for every file of every export (the split
    # only for the rare path that has ".." in it at all).
    if not path or path[0] == "/" or path[-1] == "/" or (".." in path and ".." in path.split("/")):
        raise ExportError(
            "refusing to write outside the site: {path!r}", code="export.outside", path=path
        )
    return path


def _in(root: str, path: str) -> tuple[str, str]:
    """The file ``path`` (with "/") under the folder ``root``, and the folder holding it."""
    cut = path.rfind("/")
    return os.path.join(root, path), root if cut < 0 else os.path.join(root, path[:cut])


def _make_folder(folder: str, made: set[str]) -> None:
    """Create ``folder`` and what it lacks above it; ``made`` remembers what is there.

    ``os.makedirs`` asks for each parent with a ``stat`` first, for every file of an export
    of 33,000; here a parent is only looked at when the folder could not be made. Forked
    workers write into one tree: a folder another one made meanwhile is fine.
    """
    if folder in made:
        return
    try:
        os.mkdir(folder)
    except FileExistsError:
        pass
    except FileNotFoundError:
        _make_folder(os.path.dirname(folder), made)
        with contextlib.suppress(FileExistsError):
            os.mkdir(folder)
    made.add(folder)


def _write_new(path: str, data: bytes) -> None:
    """Write ``data`` into a file that must not exist yet (``O_EXCL``: never into a link)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


#: Held (an exclusive lock on it) by the one export writing a target; beside the state.
LOCK_NAME: Final = "lock"


def _stat(path: Path) -> tuple[int, ...] | None:
    """What tells a file replaced since: inode, size, modification time (None: no file)."""
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_ino, found.st_size, found.st_mtime_ns)


def _cannot_write(folder: Path, error: OSError) -> ExportError:
    return ExportError(
        "cannot write next to {folder}: {detail}",
        code="export.cannot_write",
        folder=str(folder),
        detail=str(error),
    )


def _lock_exclusively(path: Path) -> Any:
    """An open file holding an exclusive lock on ``path`` (closing it lets go), or None when
    another process holds it. The lock goes with the process, so a crashed export never
    leaves the target taken. A file system that cannot lock at all (some network shares)
    gives the file unlocked: the export goes on as it did before there was a lock."""
    try:
        handle = open(path, "a+b")  # noqa: SIM115 - kept open while the export runs
    except OSError as exc:
        raise _cannot_write(path.parent, exc) from exc
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:  # held by another export
        handle.close()
        return None
    except OSError as exc:
        if sys.platform == "win32" or exc.errno in (errno.EACCES, errno.EAGAIN):
            handle.close()
            return None
    return handle


def _read_pickled(path: Path) -> Any:
    """A state file's object, or None (missing, damaged, naming a class)."""
    try:
        with open(path, "rb") as handle:
            return _StateUnpickler(handle).load()
    except Exception:
        return None


def _write_pickled(path: Path, obj: Any) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as handle:
        pickle.dump(obj, handle, protocol=5)
    os.replace(tmp, path)


V = TypeVar("V")


def _changes(before: dict[str, V], after: dict[str, V]) -> dict[str, V | None]:
    """What turns ``before`` into ``after``: new and changed entries, None for removed ones."""
    changed: dict[str, V | None] = {k: v for k, v in after.items() if before.get(k) != v}
    changed.update((k, None) for k in before.keys() - after.keys())
    return changed


def _patched(before: dict[str, V], changes: dict[str, V | None]) -> dict[str, V]:
    """``before`` with ``changes`` (``_changes``) applied, as a new dict."""
    after = dict(before)
    for key, value in changes.items():
        if value is None:
            after.pop(key, None)
        else:
            after[key] = value
    return after


def _shas(files: dict[str, tuple[str, str]]) -> dict[str, str]:
    return {path: entry[0] for path, entry in files.items()}


class Planned(Protocol):
    """An output as ``SiteWriter.keep_unchanged`` sees it (``site.Job``)."""

    @property
    def path(self) -> str: ...

    @property
    def fingerprint(self) -> str: ...


P = TypeVar("P", bound=Planned)


class SiteWriter:
    """One export into ``target``: ``open``, then ``keep``/``write`` per file, then ``commit``."""

    def __init__(self, target: Path) -> None:
        self.target = Path(os.path.abspath(target))
        self.home = self.target.parent / f".{self.target.name}.newsdesk"
        self.staging = self.home / "staging"
        # Plain dicts and strings, pickled: a tenth of the time JSON takes at 33,000 files.
        self.state_file = self.home / "state.pickle"
        #: What changed since ``state_file`` was written (see ``_save_state``).
        self.state_patch_file = self.home / "state.patch.pickle"
        #: What exports before the pickled state wrote (read once, then replaced).
        self.legacy_state_file = self.home / "state.json"
        self.dirty_marker = self.home / "staging.dirty"
        #: The input digest of the site in the target and its file count, beside the state:
        #: all a nothing-changed export reads (the state is 7 MB at 33,000 files).
        self.built_file = self.home / "built.txt"
        #: The next export's staging tree, linked while a first export writes (see ``note``).
        self.next_staging = self.home / "staging.next"
        self._next: dict[str, str] | None = None
        self._next_dirs: set[str] = set()
        #: What the target holds now: path → (sha256, fingerprint).
        self.current: dict[str, tuple[str, str]] = {}
        self._staged: dict[str, str] = {}
        self._new: dict[str, tuple[str, str]] = {}
        self._written: list[str] = []
        #: Flushes in the background while many files are written (``_flush_early``).
        self._early: _EarlyFlush | None = None
        self._dirs: set[str] = set()
        self._opened = False
        #: Digest of the export's inputs, kept in the state (see ``unchanged``).
        self.inputs = ""
        self._state_read: tuple[Any] | None = None
        self._state_stat: tuple[Any, ...] | None = None
        #: The whole state file as read (its generation and files), which a patch is made
        #: against; None: the next state is written whole.
        self._base: tuple[str, dict[str, tuple[str, str]]] | None = None
        self._lock: Any = None

    # -- opening -------------------------------------------------------------------------------

    def open(self) -> None:
        """Check the target, take it for this export (``LOCK_NAME``), load what the last
        export left, prepare the staging tree."""
        if self.target.exists() and not self.target.is_dir():
            raise ExportError(
                "{target} exists and is not a folder",
                code="export.not_folder",
                target=str(self.target),
            )
        target_used = self.target.is_dir() and any(self.target.iterdir())
        if target_used and not self._state_file_exists():
            raise ExportError(
                "{target} is not empty and was not written by a Newsdesk export; "
                "choose an empty or new folder (nothing was changed)",
                code="export.foreign_folder",
                target=str(self.target),
            )
        try:
            self.home.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _cannot_write(self.target, exc) from exc
        self._lock = _lock_exclusively(self.home / LOCK_NAME)
        if self._lock is None:
            raise ExportError(
                "another export is writing {target} now (a watch, the app or another "
                "command); try again when it is done (nothing was changed)",
                code="export.busy",
                target=str(self.target),
            )
        try:
            self._open_locked(target_used)
        except BaseException:
            self.release()
            raise

    def release(self) -> None:
        """Let other exports write the target (after ``commit``, or when this one stops)."""
        self._stop_flushing_early()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def _open_locked(self, target_used: bool) -> None:
        if self._state_read is not None and self._state_stat != self._state_stamp():
            self._state_read = None  # another export replaced it since it was read
        state = self._load_state()
        if target_used and state is None:
            # Our own state file, damaged (a crash while it was replaced cannot do this, a full
            # disk or a hand edit can): trust the files, not the record.
            state = {"current": None, "staging": None}
        if state is not None and state.get("current") is not None:
            if state["format"] == STATE_FORMAT:
                self.current = dict(state["current"])
            else:  # lists in ``state.json``
                self.current = {k: (v[0], v[1]) for k, v in state["current"].items()}
        elif target_used:
            self.current = self._hash_tree(self.target)
        staged = state.get("staging") if state is not None else None
        if staged is not None and self.staging.is_dir() and not self.dirty_marker.exists():
            self._staged = dict(staged)
        else:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging.mkdir(parents=True)
            self._staged = {}
        # From here on the staging tree changes: mark it unknown until the exchange is done (a
        # marker file, cheaper than rewriting the state; ``commit`` removes it).
        self.dirty_marker.write_text("the staging tree is being rewritten\n", "utf-8")
        if self.next_staging.exists():  # left by an interrupted first export
            shutil.rmtree(self.next_staging, ignore_errors=True)
        if not self.target.exists():
            # A first export: its staging tree becomes the site, and the next export needs a
            # staging tree of its own, linked file by file as this one writes.
            self.next_staging.mkdir()
            self._next = {}
        self._opened = True

    def _load_state(self) -> dict[str, Any] | None:
        # Read once per writer: ``unchanged`` and then ``open`` both need it (7 MB at 33k files).
        if self._state_read is None:
            self._state_stat = self._state_stamp()
            self._state_read = (self._read_state(),)
        return self._state_read[0]

    def _state_stamp(self) -> tuple[Any, ...]:
        return (_stat(self.state_file), _stat(self.state_patch_file))

    def _state_file_exists(self) -> bool:
        return self.state_file.exists() or self.legacy_state_file.exists()

    def _read_state(self) -> dict[str, Any] | None:
        """The state as ``current``, ``staging`` (both whole), ``inputs`` and ``target``: the
        whole file with its patch applied when the patch was made against it."""
        self._base = None
        whole = _read_pickled(self.state_file)
        if whole is None:
            try:
                legacy = json.loads(self.legacy_state_file.read_text("utf-8"))
            except (OSError, ValueError):
                return None
            return legacy if legacy.get("format") == OLD_STATE_FORMAT else None
        if not isinstance(whole, dict) or not isinstance(whole.get("current", {}), dict):
            return None
        if whole.get("format") == OLD_STATE_FORMAT:
            return whole
        if whole.get("format") != STATE_FORMAT:
            return None
        try:
            current, generation, state = whole["current"], whole["generation"], whole
            patch = _read_pickled(self.state_patch_file)
            if (
                isinstance(patch, dict)
                and patch.get("format") == STATE_FORMAT
                and patch.get("base") == generation
            ):
                state = patch
                current = _patched(current, patch["current"])
            staging = state["staging"]
            found = {
                "format": STATE_FORMAT,
                "target": state["target"],
                "current": current,
                "staging": None if staging is None else _patched(_shas(current), staging),
                "inputs": state["inputs"],
            }
        except (KeyError, TypeError, AttributeError, ValueError):
            return None
        self._base = (generation, whole["current"])
        return found

    def _staging_changes(self, staging: dict[str, str]) -> dict[str, str | None]:
        """The staging tree ``staging`` as ``_save_state`` takes it (its differences from
        the files of the site this export made)."""
        return _changes({p: v[0] for p, v in self._new.items()}, staging)

    def _save_state(
        self, current: dict[str, tuple[str, str]], staging: dict[str, str | None] | None
    ) -> None:
        """Record what the target holds (``current``) and the staging tree (``staging``: how
        it differs from ``current``; None: unknown).

        After a small change only what differs from the whole state file is written (the
        patch, replaced whole each time): the whole state is a hash and a fingerprint per file,
        7 MB for a site of 10,000 stories, which took a tenth of a second to write. The
        staging tree is kept as its differences from the site (after a swap it is the site
        before this export: a handful of files apart).
        """
        # The short record goes first and comes back last: were the state replaced and the
        # record not, the record could name inputs the site was not built from.
        with contextlib.suppress(FileNotFoundError):
            self.built_file.unlink()
        base = self._base
        changes = None if base is None else _changes(base[1], current)
        if (
            base is not None
            and changes is not None
            and len(changes) <= max(STATE_PATCH_MAX, len(current) // 10)
        ):
            patch = {
                "format": STATE_FORMAT,
                "base": base[0],
                "target": str(self.target),
                "current": changes,
                "staging": staging,
                "inputs": self.inputs,
            }
            _write_pickled(self.state_patch_file, patch)
        else:
            generation = os.urandom(12).hex()
            files = dict(current)
            whole = {
                "format": STATE_FORMAT,
                "generation": generation,
                "target": str(self.target),
                "current": files,
                "staging": staging,
                "inputs": self.inputs,
            }
            _write_pickled(self.state_file, whole)
            # A patch of another generation is never applied; removed to save the reading.
            with contextlib.suppress(FileNotFoundError):
                self.state_patch_file.unlink()
            self._base = (generation, files)
        if self.inputs:
            tmp = self.built_file.with_suffix(".tmp")
            tmp.write_text(f"{self.inputs}\n{len(current)}\n", "utf-8")
            os.replace(tmp, self.built_file)
        with contextlib.suppress(FileNotFoundError):
            self.legacy_state_file.unlink()
        if staging is not None:
            with contextlib.suppress(FileNotFoundError):
                self.dirty_marker.unlink()

    def unchanged(self, inputs: str) -> WriteReport | None:
        """The report of an export that has nothing to do, or None when it must run.

        Nothing to do: the last export into this target finished, and the digest of its inputs
        (``inputs``, everything the export reads) is the one it was built from. Nothing is
        opened for writing and no file is touched. The report has no manifest (the files are
        those of the last export); ``unchanged`` counts them.
        """
        if not inputs or not self.target.is_dir():
            return None
        record = self._built_record()
        if record is not None:
            if record[0] != inputs:
                return None
            files = record[1]
        else:  # no record (an export from before it, or one cut short): the state knows
            state = self._load_state()
            if (
                state is None
                or state.get("inputs") != inputs
                or not isinstance(state.get("current"), dict)
            ):
                return None
            files = len(state["current"])
        return WriteReport(
            written=0,
            unchanged=files,
            removed=0,
            manifest={},
            changed_paths=(),
            removed_paths=(),
        )

    def _built_record(self) -> tuple[str, int] | None:
        """(input digest, file count) of the site in the target, from the short record."""
        try:
            recorded, count = self.built_file.read_text("utf-8").split("\n")[:2]
            return recorded, int(count)
        except (OSError, ValueError):
            return None

    def built_from(self) -> str | None:
        """The input digest the site in the target was built from, when the state knows it."""
        state = self._load_state()
        if state is None or not isinstance(state.get("current"), dict):
            return None
        inputs = state.get("inputs")
        return inputs if isinstance(inputs, str) and inputs else None

    @staticmethod
    def _hash_tree(root: Path) -> dict[str, tuple[str, str]]:
        """What a folder holds when the state file is lost: hashed from the files themselves."""
        found: dict[str, tuple[str, str]] = {}
        for folder, _dirs, names in os.walk(root):
            for name in names:
                full = Path(folder) / name
                found[full.relative_to(root).as_posix()] = (sha256(full.read_bytes()), "")
        return found

    # -- files ---------------------------------------------------------------------------------

    def keep(self, path: str, fingerprint: str) -> bool:
        """Keep ``path`` as it is in the current site when its inputs did not change.

        False means the caller must render it (new page, changed inputs, or a file gone missing).
        """
        known = self.current.get(path)
        if known is None or not fingerprint or known[1] != fingerprint:
            return False
        if not self._stage_current(path, known[0]):
            return False
        self._new[path] = (known[0], fingerprint)
        return True

    def keep_unchanged(self, planned: Iterable[P]) -> list[P]:
        """``keep`` each of ``planned``; the ones the caller must render, in order.

        One loop for the 33,000 outputs of a site, most of them already in the staging tree
        as they are: a method call for each cost a tenth of an export after one change.
        """
        current, staged, kept = self.current, self._staged, self._new
        to_render: list[P] = []
        for output in planned:
            path, fingerprint = output.path, output.fingerprint
            known = current.get(path)
            if known is None or not fingerprint or known[1] != fingerprint:
                to_render.append(output)
            elif staged.get(path) == known[0]:
                kept[path] = known
            elif not self.keep(path, fingerprint):
                to_render.append(output)
        return to_render

    def write(self, path: str, data: bytes, fingerprint: str) -> bool:
        """Stage new bytes for ``path``; True when they differ from the current site."""
        digest, fresh = self.stage(path, data)
        self.note(path, digest, fingerprint, fresh)
        return fresh

    def stage(self, path: str, data: bytes) -> tuple[str, bool]:
        """Put ``data`` at ``path`` in the staging tree; (SHA-256, whether a new file was written).

        Only touches files, never the writer's bookkeeping, so a forked worker process can run
        it; the parent then calls ``note`` with the result. Bytes equal to the current site's
        are linked from it instead, keeping the file's modification time.
        """
        digest = sha256(data)
        known = self.current.get(path)
        if known is not None and known[0] == digest and self._link_current(path, digest):
            return digest, False
        self._write_file(path, data)
        return digest, True

    def note(self, path: str, digest: str, fingerprint: str, fresh: bool) -> None:
        self._new[path] = (digest, fingerprint)
        self._staged[path] = digest
        if fresh:
            self._written.append(path)
            if len(self._written) % EARLY_FLUSH_EVERY == 0:
                self._flush_early()
        if self._next is not None:
            self._link_next(path, digest)

    def _flush_early(self) -> None:
        """Have the disk take what was written so far while the export goes on (a cold
        export: see ``_EarlyFlush``)."""
        if self._early is None:
            if not _EarlyFlush.available():
                return
            self._early = _EarlyFlush(str(self.staging))
        self._early.request()

    def _stop_flushing_early(self) -> None:
        if self._early is not None:
            self._early.finish()
            self._early = None

    def _link_next(self, path: str, digest: str) -> None:
        """Link a staged file into the next export's staging tree (a first export only)."""
        assert self._next is not None
        dest, folder = _in(str(self.next_staging), path)
        _make_folder(folder, self._next_dirs)
        if path in self._next:
            os.unlink(dest)
        try:
            os.link(os.path.join(self.staging, path), dest)
        except OSError:  # no hard links here: ``commit`` copies from the new site instead
            self._next = None
            shutil.rmtree(self.next_staging, ignore_errors=True)
            return
        self._next[path] = digest

    def _link_current(self, path: str, digest: str) -> bool:
        if self._staged.get(path) == digest:
            return True
        source = os.path.join(self.target, path)
        dest, folder = _in(str(self.staging), _safe_relative(path))
        _make_folder(folder, self._dirs)
        if path in self._staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(dest)
        try:
            os.link(source, dest)
        except FileExistsError:  # not in the books, yet there: replace it
            os.unlink(dest)
            return self._link_current(path, digest)
        except FileNotFoundError:
            return False
        except OSError:  # a file system without hard links
            try:
                shutil.copy2(source, dest)
            except FileNotFoundError:
                return False
        return True

    def _stage_current(self, path: str, digest: str) -> bool:
        """Make the staging tree hold the current site's file for ``path`` (same inode)."""
        if self._link_current(path, digest):
            self._staged[path] = digest
            return True
        self._staged.pop(path, None)
        return False

    def _write_file(self, path: str, data: bytes) -> None:
        dest, folder = _in(str(self.staging), _safe_relative(path))
        _make_folder(folder, self._dirs)
        if path not in self._staged:
            # Nothing there by the books: create it in place (the staging tree is not live;
            # an interrupted export leaves the dirty marker and the next one starts afresh).
            # O_EXCL, so a file that is there after all (maybe a hard link to the live site)
            # is never written into.
            try:
                _write_new(dest, data)
            except FileExistsError:
                pass
            else:
                return
        # Possibly a hard link to the live site: new bytes go to a new file, never into it.
        tmp = dest + ".newsdesk-tmp"
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, dest)

    # -- finishing -----------------------------------------------------------------------------

    def commit(self, while_flushing: Callable[[], None] | None = None) -> WriteReport:
        """Remove what is no longer planned, swap the staging tree in, record the new state.

        ``while_flushing`` is run once, on this thread, while the disk flushes what the
        export wrote (``_fsync_tree``, which waits without holding the interpreter): CPU
        work the export needs afterwards, such as pickling its snapshot, then costs no time
        of its own. If it fails, nothing is swapped in.
        """
        if not self._opened:
            raise ExportError("the writer was not opened", code="export.not_opened")
        new, current = self._new, self.current
        for path in sorted(self._staged.keys() - new.keys()):
            with contextlib.suppress(FileNotFoundError):
                (self.staging / path).unlink()
            self._staged.pop(path)
            self._prune_dirs((self.staging / path).parent)
        removed = sorted(current.keys() - new.keys())
        before = current.get
        absent = ("",)
        changed = sorted([p for p, v in new.items() if before(p, absent)[0] != v[0]])
        same_site = not changed and not removed and self.target.is_dir()
        if same_site:
            # Nothing a reader could see changed: leave the site alone (no swap, no new mtime).
            if while_flushing is not None:
                while_flushing()
            self._save_state(new, self._staging_changes(self._staged))
        else:
            self._flush(while_flushing)
            if self.target.is_dir():
                _exchange(self.staging, self.target)
                _fsync(str(self.target.parent))
                # The staging tree is now the site before this export: it differs from the new
                # one in the files this export changed or removed.
                previous: dict[str, str | None] = {
                    p: current[p][0] if p in current else None for p in changed
                }
                previous.update((p, current[p][0]) for p in removed)
                self._save_state(new, previous)
            else:
                os.rename(self.staging, self.target)
                _fsync(str(self.target.parent))
                self._save_state(new, None)
                self._mirror_into_staging({p: v[0] for p, v in new.items()})
        if self.next_staging.exists():  # the site appeared meanwhile: the tree is not needed
            shutil.rmtree(self.next_staging, ignore_errors=True)
        return WriteReport(
            written=len(changed),
            unchanged=len(self._new) - len(changed),
            removed=len(removed),
            # In the plan's order (as deterministic as sorted, and 33,000 paths not sorted).
            manifest={p: v[0] for p, v in new.items()},
            changed_paths=tuple(changed),
            removed_paths=tuple(removed),
        )

    def _prune_dirs(self, folder: Path) -> None:
        while folder != self.staging and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            self._dirs.discard(str(folder))
            folder = folder.parent

    def _flush(self, meanwhile: Callable[[], None] | None) -> None:
        """``_fsync_tree`` on a thread of its own while ``meanwhile`` runs on this one."""
        if meanwhile is None:
            self._fsync_tree()
            return
        failed: list[BaseException] = []

        def flush() -> None:
            try:
                self._fsync_tree()
            except BaseException as exc:  # handed to the exporting thread below
                failed.append(exc)

        flushing = threading.Thread(target=flush, name="newsdesk-flush", daemon=True)
        flushing.start()
        try:
            meanwhile()
        finally:
            flushing.join()
        if failed:
            raise failed[0]

    def _fsync_tree(self) -> None:
        """Put what this export wrote on disk before the swap makes it the site.

        A few files (an export after a small change): each written file and the folders
        holding them, all at once from a few threads, so that the file system commits them
        together (ext4 here, twelve alternated runs at load 3.7: a median of 11 ms for 7 files
        and their folders, against 40 ms one after the other). Many (a cold export): one
        ``syncfs`` of the file system the staging tree is on, where Linux has it. Never
        ``os.sync``, which flushes every file system of the machine and makes every other
        program's writes wait (the last resort only). Linked files need nothing: their bytes
        are the live site's, already on disk. Flushes started early (``_flush_early``) only
        leave this one less to wait for.
        """
        self._stop_flushing_early()
        if len(self._written) <= FSYNC_EACH_MAX:
            files = [os.path.join(self.staging, path) for path in self._written]
            folders = {str(self.staging)}
            for full in files:
                folder = os.path.dirname(full)
                while folder not in folders:
                    folders.add(folder)
                    folder = os.path.dirname(folder)
            flushed = files + sorted(folders)
            with ThreadPoolExecutor(min(FSYNC_THREADS, len(flushed))) as pool:
                for _ in pool.map(_fsync, flushed):
                    pass
        elif not _syncfs(self.staging) and hasattr(os, "sync"):
            os.sync()

    def _mirror_into_staging(self, shas: dict[str, str]) -> None:
        """After a first export, link the new site into a staging tree for the next one.

        Mostly done already: the files this export wrote were linked into ``staging.next``
        as they were written; that tree is taken as it is and completed here.
        """
        self._dirs = set()
        self._staged = {}
        if self._next is not None and self.next_staging.is_dir():
            os.rename(self.next_staging, self.staging)
            self._dirs = {
                folder.replace(str(self.next_staging), str(self.staging), 1)
                for folder in self._next_dirs
            }
            self._staged = {p: d for p, d in self._next.items() if shas.get(p) == d}
        self._next = None
        self.staging.mkdir(parents=True, exist_ok=True)
        for path, digest in shas.items():
            if self._staged.get(path) != digest:
                self._stage_current(path, digest)
        self._save_state(self._new, self._staging_changes(self._staged))
