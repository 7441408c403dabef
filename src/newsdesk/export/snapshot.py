"""What the last export read, kept beside the site so the next one can reload only what changed.

A site export reads every public story with its relations (about 1.5 s for 10,000 stories) to
plan its pages. The snapshot keeps, next to the writer's state (``.SITE.newsdesk/``), the input
rows the export compared (no bodies), the settings it ran with, the ``SiteContent`` it
built and what its plan left for the next one (``export.memo``: signatures and jobs). The
next export compares its own input rows with these; when only a few stories' own rows differ,
the publishing service reloads those stories and reuses the rest of the content and plan.

A snapshot is only a cache: it names the input digest of the site it describes, and is used
only when that is the digest of the site in the folder now (the writer's state); anything
missing, damaged, of another format or from another site means a full load. It is read with
an unpickler that accepts only the classes a snapshot holds, so a file planted there cannot
run code.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Final, NamedTuple

from newsdesk.export import model
from newsdesk.export.memo import Place, PlanMemo

FORMAT: Final = 5
FILE_NAME: Final = "snapshot.pickle"
#: What changed since the whole snapshot in ``FILE_NAME`` (``save_snapshot``).
PATCH_NAME: Final = "snapshot.patch.pickle"
#: A patch that would hold more stories than this is folded into a new whole snapshot.
PATCH_MAX: Final = 500
#: … or more groups of planned jobs (``PlanMemo.changed_jobs``) than this.
PATCH_JOBS_MAX: Final = 2_000
InputRows = dict[str, list[tuple[Any, ...]]]


class Base(NamedTuple):
    """The whole snapshot on disk a snapshot was made from (``save_snapshot`` writes only
    what differs from it)."""

    #: Its input digest.
    inputs: str
    #: The stories that differ from it.
    stories: frozenset[int]
    #: Its input rows.
    rows: InputRows

    def with_stories(self, more: Iterable[int]) -> Base:
        return self._replace(stories=self.stories | frozenset(more))


@dataclass(frozen=True, slots=True)
class Snapshot:
    #: The input digest of the site this describes (the writer's ``inputs``).
    inputs: str
    #: The export's settings (version, theme, base URL, feeds, target), compared as they are.
    parts: tuple[Any, ...]
    rows: InputRows
    content: model.SiteContent
    #: What the plan of ``content`` left for the next one (``export.memo``).
    memo: PlanMemo
    #: The whole snapshot on disk this one was made from (so ``save_snapshot`` can write only
    #: what differs); None: write it whole.
    base: Base | None = None


@dataclass(frozen=True, slots=True)
class SnapshotPatch:
    """A snapshot as the stories that changed since the whole one on disk (``base``)."""

    base: str
    inputs: str
    parts: tuple[Any, ...]
    #: The input rows of the tables that differ from the whole snapshot's, and the name of
    #: every table (the others are the whole snapshot's).
    rows: InputRows
    tables: tuple[str, ...]
    front: tuple[model.FrontZone, ...]
    now: datetime
    #: The stories that differ from the whole snapshot, and the plan signatures of those
    #: whose signatures the memo holds (``PlanMemo.signatures``).
    articles: dict[int, model.Article]
    signatures: dict[int, tuple[model.Article, str, str]]
    #: The plan's world and the groups of jobs that differ from the whole snapshot's memo
    #: (``PlanMemo.changed_jobs``).
    world: tuple[Any, ...]
    jobs: dict[Place, Any]


_ALLOWED: Final = {
    ("datetime", "datetime"),
    ("datetime", "date"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
    # In input rows read from PostgreSQL (its uuid columns).
    ("uuid", "UUID"),
    ("zoneinfo", "ZoneInfo"),
    ("decimal", "Decimal"),
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "tuple"),
    ("copyreg", "_reconstructor"),
    ("builtins", "object"),
    *(
        ("newsdesk.export.model", name)
        for name in (
            "SiteInfo",
            "Term",
            "Image",
            "CorrectionNote",
            "Article",
            "Tombstone",
            "FrontZone",
            "SiteContent",
        )
    ),
    ("newsdesk.export.memo", "PlanMemo"),
    ("newsdesk.export.memo", "Job"),
    ("newsdesk.export.snapshot", "Snapshot"),
    ("newsdesk.export.snapshot", "SnapshotPatch"),
}


def _getattr(owner: Any, name: str) -> Any:
    """``getattr`` as a zone pickles itself (``ZoneInfo._unpickle``) and a job its maker
    (``tuple.__new__``, see ``memo.Job``), and nothing else."""
    from zoneinfo import ZoneInfo

    if owner is tuple and name == "__new__":
        return tuple.__new__
    if owner is not ZoneInfo or name != "_unpickle":
        raise pickle.UnpicklingError(f"{name} has no place in a snapshot")
    return ZoneInfo._unpickle  # type: ignore[attr-defined]


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("builtins", "getattr"):
            return _getattr
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} has no place in a snapshot")
        return super().find_class(module, name)


@contextlib.contextmanager
def _no_gc(*, keep: bool = False) -> Iterator[None]:
    """The cycle collector off while a snapshot is read or written: the 100,000 objects it
    makes or walks set off collections that find nothing (a third of the time to read it).

    ``keep``: what was read is kept for the export, so it is set aside from the collector
    (``gc.freeze``, undone when the export ends, see ``site.export_site``). Else the first
    collection after the read walks all of it: 0.05 s of an export after one change."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if was_enabled:
            gc.enable()


def _read(path: Path) -> Any:
    """The object of a snapshot file of this format, or None (missing, damaged, other)."""
    try:
        with open(path, "rb") as handle, _no_gc(keep=True):
            found = _Unpickler(handle).load()
    except Exception:
        return None
    if not isinstance(found, tuple) or len(found) != 2 or found[0] != FORMAT:
        return None
    return found[1]


def load_snapshot(home: Path, inputs: str | None) -> Snapshot | None:
    """The snapshot of the site built from ``inputs``, or None (no usable snapshot)."""
    if not inputs:
        return None
    whole = _read(home / FILE_NAME)
    if not isinstance(whole, Snapshot):
        return None
    whole.memo.saved = whole.memo.jobs
    found = replace(whole, base=Base(whole.inputs, frozenset(), whole.rows))
    patch = _read(home / PATCH_NAME) if found.inputs != inputs else None
    if isinstance(patch, SnapshotPatch) and patch.base == whole.inputs:
        changed = patch.articles
        articles = tuple(changed.get(a.id, a) for a in whole.content.articles)
        try:
            rows = {
                name: patch.rows[name] if name in patch.rows else whole.rows[name]
                for name in patch.tables
            }
        except KeyError:
            return None
        whole.memo.signatures.update(patch.signatures)
        found = Snapshot(
            patch.inputs,
            patch.parts,
            rows,
            replace(whole.content, articles=articles, front=patch.front, now=patch.now),
            whole.memo.with_changes(patch.world, patch.jobs),
            Base(whole.inputs, frozenset(changed), whole.rows),
        )
    return found if found.inputs == inputs else None


@dataclass(frozen=True, slots=True)
class Packed:
    """A snapshot pickled for ``write_packed``: either a patch, or the whole of it."""

    snapshot: Snapshot
    patch: bytes | None
    whole: bytes | None


def save_snapshot(home: Path, snapshot: Snapshot) -> Snapshot:
    """Keep ``snapshot`` for the next export; returns it as it now is on disk (its ``base``).

    When it differs from the whole snapshot on disk by at most ``PATCH_MAX`` stories, only
    those are written (``PATCH_NAME``, 0.03 s instead of 0.3 s at 10,000 stories); otherwise
    the whole of it. Files are replaced whole; a failure only costs the next export a full
    load (a patch that does not fit the whole snapshot beside it is not used).
    """
    return write_packed(home, pack_snapshot(snapshot))


def pack_snapshot(snapshot: Snapshot) -> Packed:
    """The pickling half of ``save_snapshot``: CPU only, nothing is written.

    An export does it while the disk flushes the site it wrote (``SiteWriter.commit``): the
    0.3-0.5 s of a whole snapshot at 10,000 stories then costs no time of its own.
    """
    patch = _patch(snapshot)
    if patch is not None:
        return Packed(snapshot, _dumps(patch), None)
    return Packed(snapshot, None, _dumps(replace(snapshot, base=None)))


def write_packed(home: Path, packed: Packed) -> Snapshot:
    """The writing half of ``save_snapshot``."""
    snapshot, memo = packed.snapshot, packed.snapshot.memo
    if packed.patch is not None and _write(home / PATCH_NAME, packed.patch):
        return snapshot
    whole = packed.whole
    if whole is None:  # the patch could not be written: the whole snapshot, as without one
        whole = _dumps(replace(snapshot, base=None))
    with contextlib.suppress(OSError):
        (home / PATCH_NAME).unlink()
    if _write(home / FILE_NAME, whole):
        memo.saved = memo.jobs
        return replace(snapshot, base=Base(snapshot.inputs, frozenset(), snapshot.rows))
    memo.saved = None
    return replace(snapshot, base=None)


def _patch(snapshot: Snapshot) -> SnapshotPatch | None:
    """What ``snapshot`` changes in the whole snapshot on disk, when a patch will do."""
    base = snapshot.base
    memo = snapshot.memo
    jobs = memo.changed_jobs(PATCH_JOBS_MAX) if base is not None else None
    if base is None or jobs is None or len(base.stories) > PATCH_MAX:
        return None
    changed = {a.id: a for a in snapshot.content.articles if a.id in base.stories}
    if len(changed) != len(base.stories):
        return None
    signatures = memo.signatures
    rows = snapshot.rows
    return SnapshotPatch(
        base.inputs,
        snapshot.inputs,
        snapshot.parts,
        # Mostly the story table alone: the 45,000 rows were a third of the patch.
        {name: table for name, table in rows.items() if base.rows.get(name) != table},
        tuple(rows),
        snapshot.content.front,
        snapshot.content.now,
        changed,
        # Only signatures of these very stories (a later plan may have replaced them).
        {i: signatures[i] for i, a in changed.items() if signatures.get(i, (None,))[0] is a},
        memo.world,
        jobs,
    )


def _dumps(obj: Any) -> bytes:
    with _no_gc():
        return pickle.dumps((FORMAT, obj), protocol=5)


def _write(target: Path, data: bytes) -> bool:
    tmp = target.with_suffix(".tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
        return True
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
            target.unlink()
        return False
