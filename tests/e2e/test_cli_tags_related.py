"""``newsdesk tags …`` and ``newsdesk related …`` run as a user would."""

from __future__ import annotations

import json

import pytest
from runner import newsdesk

pytestmark = pytest.mark.e2e


def test_tags_list_rename_merge_duplicates(demo_db: str) -> None:
    listed = newsdesk("--db", demo_db, "tags", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    tags = json.loads(listed.stdout)
    assert {"id", "name", "slug", "stories", "main_stories", "last_used"} <= set(tags[0])
    assert tags[0]["stories"] >= tags[-1]["stories"]
    first = tags[0]
    renamed = newsdesk("--db", demo_db, "tags", "rename", first["name"], "اسم جديد", "--json")
    assert renamed.returncode == 0, renamed.stderr
    assert json.loads(renamed.stdout)["name"] == "اسم جديد"
    other = tags[1]
    merged = newsdesk("--db", demo_db, "tags", "merge", "اسم جديد", str(other["id"]), "--json")
    assert merged.returncode == 0, merged.stderr
    assert json.loads(merged.stdout)["stories"] >= first["stories"]
    dupes = newsdesk("--db", demo_db, "tags", "duplicates", "--json")
    assert dupes.returncode == 0 and isinstance(json.loads(dupes.stdout), list)
    missing = newsdesk("--db", demo_db, "tags", "rename", "لا يوجد", "شيء")
    assert missing.returncode == 1 and "no tag" in missing.stderr


def test_related_prints_pinned_then_suggestions(demo_db: str) -> None:
    story = json.loads(newsdesk("--db", demo_db, "list", "--json", "--limit", "1").stdout)[0]
    result = newsdesk("--db", demo_db, "related", str(story["id"]), "--json", "--limit", "3")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["id"] == story["id"] and isinstance(data["pinned"], list)
    assert 0 < len(data["suggestions"]) <= 3
    parts = data["suggestions"][0]["parts"]
    assert parts["total"] == pytest.approx(
        parts["text"] + parts["tags"] + parts["section"] + parts["recency"], abs=1e-3
    )
    text = newsdesk("--db", demo_db, "related", str(story["id"]))
    assert "suggestions:" in text.stdout
    assert "apart" in text.stdout or "same day" in text.stdout
    assert newsdesk("--db", demo_db, "related", "999999").returncode == 1
    assert newsdesk("--db", demo_db, "related").returncode == 2
