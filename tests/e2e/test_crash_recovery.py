"""Kill -9 while typing, restart, find the text: the real app in a subprocess, twice."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsdesk.core.domain import RevisionKind
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput

pytestmark = pytest.mark.e2e

HERE = Path(__file__).resolve().parent
TYPED = "كتب المراسل هذه الفقرة قبل أن تنفد بطارية الحاسوب، ولم يضغط حفظ. "


def _start(db: Path, script: str, extra: dict[str, str]) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "NEWSDESK_TEST_SCRIPT": str(HERE / "scripts" / script),
        "NEWSDESK_TEST_GUI_DIR": str(HERE.parent / "gui"),
        **extra,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "newsdesk", "--db", f"sqlite:///{db}", "--lang", "ar", "--no-demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _autosaved_body(db: Path) -> str | None:
    """Read the autosave the way a second process would, while the app is still running."""
    if not db.exists():
        return None
    with sqlite3.connect(db, timeout=10) as connection:
        row = connection.execute(
            "SELECT snapshot FROM revisions WHERE kind = ? ORDER BY id DESC LIMIT 1",
            (RevisionKind.AUTOSAVE.value,),
        ).fetchone()
    return json.loads(row[0])["body"] if row else None


def test_kill_9_while_typing_then_restart_recovers_the_text(tmp_path: Path) -> None:
    db = tmp_path / "newsroom.db"
    from newsdesk.app import current_user

    services = Services.open(f"sqlite:///{db}", user=current_user())
    story = services.stories.create(
        StoryInput(headline="انقطاع الكهرباء في المدينة", body="الفقرة المحفوظة.\n\n")
    )
    services.settings.set("first_run_done", True)
    services.close()
    log = tmp_path / "typing.log"

    app = _start(
        db,
        "type_until_killed.py",
        {
            "NEWSDESK_TEST_STORY": str(story.id),
            "NEWSDESK_TEST_TEXT": TYPED,
            "NEWSDESK_TEST_LOG": str(log),
        },
    )
    try:
        deadline = time.monotonic() + 90
        body = None
        while time.monotonic() < deadline and body is None and app.poll() is None:
            time.sleep(0.1)
            body = _autosaved_body(db)
        killed_at = time.time()
        os.kill(app.pid, signal.SIGKILL)  # no atexit, no flush, no goodbye
        app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == -signal.SIGKILL, app.stderr.read().decode() if app.stderr else ""
    assert body is not None, "no autosave reached the database while typing"
    lines = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    typed_before_kill = "".join(TYPED[int(i) % len(TYPED)] for _, i in lines)
    recovered_part = body.removeprefix("الفقرة المحفوظة.\n\n")
    # Typing never paused (one key every 40 ms), so this save came from the maximum interval.
    assert recovered_part and typed_before_kill.startswith(recovered_part)
    assert len(typed_before_kill) > len(recovered_part)  # typing went on after the save
    first_key = float(lines[0][0])
    saved_chars = len(recovered_part)
    at_risk = killed_at - float(lines[saved_chars - 1][0])
    print(
        f"\nfirst autosave after {float(lines[saved_chars - 1][0]) - first_key:.2f} s of typing; "
        f"{len(typed_before_kill) - saved_chars} characters ({at_risk:.2f} s) typed after it "
        "were lost to kill -9"
    )

    result_path = tmp_path / "result.json"
    again = _start(db, "recover_after_crash.py", {"NEWSDESK_TEST_RESULT": str(result_path)})
    _, err = again.communicate(timeout=120)
    assert again.returncode == 0, err.decode()
    result = json.loads(result_path.read_text(encoding="utf-8"))
    assert result["dialog"] and result["rtl"]
    assert result["stories"] == ["انقطاع الكهرباء في المدينة"]
    assert recovered_part.strip()[:20] in result["diff"]

    after = Services.open(f"sqlite:///{db}", migrate=False)
    restored = after.stories.get(story.id)
    assert restored.body == body
    assert after.stories.revisions(story.id)[0].kind == RevisionKind.RESTORE.value
    after.close()

    # A third start offers nothing: the recovered text is now the saved story.
    third_result = tmp_path / "third.json"
    third = _start(
        db,
        "recover_after_crash.py",
        {"NEWSDESK_TEST_RESULT": str(third_result), "NEWSDESK_TEST_WAIT": "3"},
    )
    _, err = third.communicate(timeout=120)
    assert third.returncode == 0, err.decode()
    assert json.loads(third_result.read_text(encoding="utf-8")) == {"dialog": False}
