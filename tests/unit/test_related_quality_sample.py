"""The quality benchmark's samples: ``--offset`` gives a held-out sample disjoint from the default.

A tuning chosen on the default sample (``quality.py``) is reported on another one too; this
checks the two are what the benchmarks README says: 300 stories each, every 9th of the 2,997
the import keeps, no story in both.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from benchmarks.related.quality import sample_ids  # noqa: E402


def _services(ids: list[int]) -> SimpleNamespace:
    # Ids handed back out of order: the sample sorts them itself.
    return SimpleNamespace(stories=SimpleNamespace(ids=lambda sort: list(reversed(ids))))


def test_offset_sample_is_disjoint_and_as_large_as_the_default() -> None:
    ids = list(range(1, 2998))
    default = sample_ids(_services(ids), 300)
    held_out = sample_ids(_services(ids), 300, offset=5)
    assert len(default) == len(held_out) == 300
    assert default[:3] == [1, 10, 19]
    assert held_out[:3] == [6, 15, 24]
    assert not set(default) & set(held_out)


def test_sample_never_exceeds_the_stories_asked_for() -> None:
    ids = list(range(1, 31))
    assert sample_ids(_services(ids), 10, offset=2) == [3, 6, 9, 12, 15, 18, 21, 24, 27, 30]
    assert sample_ids(_services(ids), 40) == ids
