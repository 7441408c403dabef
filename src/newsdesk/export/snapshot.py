"""What the last export read, kept beside the site so the next one can reload only what changed.

A site export reads every public story with its relations (about 1.5 s for 10,000 stories) to
plan its pages. The snapshot keeps, next to the writer's state (``.SITE.newsdesk/``), the input
rows the export compared (no bodies), the settings it ran with and the ``SiteContent`` it
built. The next export compares its own input rows with these; when only a few stories' own
rows differ, the publishing service reloads those stories and reuses the rest of the content.

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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from newsdesk.export import model
from newsdesk.export.memo import PlanMemo

FORMAT: Final = 2
FILE_NAME: Final = "snapshot.pickle"
InputRows = dict[str, list[tuple[Any, ...]]]


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


_ALLOWED: Final = {
    ("datetime", "datetime"),
    ("datetime", "date"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
    ("uuid", "UUID"),
    ("zoneinfo", "ZoneInfo"),
    ("decimal", "Decimal"),
    ("builtins", "set"),
    ("builtins", "frozenset"),
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
    ("newsdesk.export.snapshot", "Snapshot"),
}


def _getattr(owner: Any, name: str) -> Any:
    """``getattr`` as a zone pickles itself (``ZoneInfo._unpickle``), and nothing else."""
    from zoneinfo import ZoneInfo

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
def _no_gc() -> Iterator[None]:
    """The cycle collector off while a snapshot is read or written: the 100,000 objects it
    makes or walks set off collections that find nothing (a third of the time to read it)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_snapshot(home: Path, inputs: str | None) -> Snapshot | None:
    """The snapshot of the site built from ``inputs``, or None (no usable snapshot)."""
    if not inputs:
        return None
    try:
        with open(home / FILE_NAME, "rb") as handle, _no_gc():
            found = _Unpickler(handle).load()
    except Exception:
        return None
    if (
        not isinstance(found, tuple)
        or len(found) != 2
        or found[0] != FORMAT
        or not isinstance(found[1], Snapshot)
        or found[1].inputs != inputs
    ):
        return None
    return found[1]


def save_snapshot(home: Path, snapshot: Snapshot) -> None:
    """Keep ``snapshot`` for the next export (replaced whole; a failure only costs a full load)."""
    target = home / FILE_NAME
    tmp = target.with_suffix(".tmp")
    try:
        with open(tmp, "wb") as handle, _no_gc():
            pickle.dump((FORMAT, snapshot), handle, protocol=5)
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
            target.unlink()
