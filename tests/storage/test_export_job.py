"""The desktop app's export in a process of its own (``services.export_job``), both backends."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from newsdesk.core.domain import Status
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput
from newsdesk.services.export_job import (
    Exporter,
    ExportRequest,
    _child_main,
    _receive,
    can_share,
    export_in_child,
)
from newsdesk.services.publishing import ExportFailed, ExportOutcome
from newsdesk.storage.db import Database
from newsdesk.storage.models import ExportRunRecord


@pytest.fixture
def newsroom(database: Database) -> Services:
    # The real clock: the child process has no other.
    services = Services.create(database, user="tester")
    services.settings.update_site(site_title="نشرة", base_url="https://n.example/", time_zone="UTC")
    for headline in ("الحكومة تعلن موازنة جديدة", "فوز الفريق الوطني", "Qalam AI تطلق نموذجاً"):
        services.stories.create(
            StoryInput(headline=headline, body="فقرة أولى.\n\nفقرة ثانية."),
            status=Status.PUBLISHED,
        )
    return services


def run(steps: Generator[Any, None, ExportOutcome]) -> ExportOutcome:
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def statuses(services: Services) -> list[str]:
    with services.database.read() as session:
        runs = session.scalars(select(ExportRunRecord).order_by(ExportRunRecord.id))
        return [run.status for run in runs]


def test_a_child_export_writes_what_an_export_here_writes(
    newsroom: Services, tmp_path: Path
) -> None:
    there = run(export_in_child(newsroom, tmp_path / "child"))
    here = run(newsroom.publishing.export_site(tmp_path / "here"))
    assert (there.pages, there.written) == (here.pages, here.written)
    assert there.pages > 10 and any(p.startswith("news/3-qalam-ai-") for p in there.changed_paths)
    assert tree(tmp_path / "child") == tree(tmp_path / "here")
    assert statuses(newsroom) == ["done", "done"]


def test_closing_the_steps_cancels_in_the_child_and_keeps_the_site(
    newsroom: Services, tmp_path: Path
) -> None:
    target = tmp_path / "site"
    run(newsroom.publishing.export_site(target))
    before = tree(target)
    newsroom.settings.update_site(site_title="عنوان لن يُنشر")
    steps = export_in_child(newsroom, target)
    stages = []
    for step in steps:
        stages.append(step.stage)
        if step.stage == "render":
            steps.close()  # Cancel: the child is waiting for the answer to this step
            break
    assert stages[-1] == "render"
    assert tree(target) == before
    assert statuses(newsroom) == ["done", "cancelled"]


def test_a_refused_export_reports_the_childs_message(newsroom: Services, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("x", "utf-8")
    with pytest.raises(ExportFailed, match="not empty"):
        run(export_in_child(newsroom, mine))
    assert tree(mine) == {"notes.txt": b"x"}


def test_the_child_cancels_when_the_app_goes_away(newsroom: Services, tmp_path: Path) -> None:
    request = ExportRequest(newsroom.database.url, "tester", tmp_path / "site")
    ours, theirs = mp.Pipe()
    child = threading.Thread(target=_child_main, args=(theirs,))
    child.start()
    ours.send(request)
    assert ours.recv() == ("accepted",)
    assert ours.recv()[0] == "step"  # the child now waits for an answer that never comes
    ours.close()
    child.join(timeout=60)
    assert not child.is_alive()
    assert not (tmp_path / "site").exists()
    assert statuses(newsroom) == ["cancelled"]


def test_a_child_that_dies_is_reported() -> None:
    ours, theirs = mp.Pipe()
    theirs.close()

    class Dead:
        exitcode = -9

        def join(self) -> None:
            pass

    with pytest.raises(ExportFailed, match="stopped unexpectedly .exit code -9.; the previous"):
        _receive(ours, Dead())


def test_only_a_database_another_process_can_open_is_exported_there(tmp_path: Path) -> None:
    in_memory = Database("sqlite://")
    on_disk = Database(f"sqlite:///{tmp_path / 'n.db'}")
    try:
        assert not can_share(Services.create(in_memory))
        assert can_share(Services.create(on_disk))
    finally:
        in_memory.dispose()
        on_disk.dispose()


def test_the_export_process_stays_for_the_next_export_and_leaves_when_idle(
    newsroom: Services, tmp_path: Path
) -> None:
    exporter = Exporter(idle_exit=3.0)
    target = tmp_path / "site"
    try:
        run(exporter.export(newsroom, target))
        first = exporter.pid
        assert first is not None
        story = newsroom.stories.ids()[0]
        saved = newsroom.stories.get(story)
        newsroom.stories.save(
            story,
            StoryInput(headline="عنوان جديد", body=saved.body),
            expected_version=saved.version,
        )
        again = run(exporter.export(newsroom, target))
        assert exporter.pid == first  # the same process, with what it kept
        assert 0 < again.written < again.pages
        with newsroom.database.read() as session:
            last = session.scalars(
                select(ExportRunRecord).order_by(ExportRunRecord.id.desc())
            ).first()
            assert last is not None and last.summary["reloaded"] == "changed stories"
        # What it kept was written beside the site: another process reloads only changes.
        assert (tmp_path / ".site.newsdesk" / "snapshot.pickle").exists()
        # Idle for longer than idle_exit: it leaves, and the next export starts another.
        deadline = time.monotonic() + 60
        while exporter.pid is not None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert exporter.pid is None
        assert run(exporter.export(newsroom, target)).written == 0
        assert exporter.pid not in (None, first)
    finally:
        exporter.close()
    assert exporter.pid is None
    cold = tmp_path / "cold"
    run(newsroom.publishing.export_site(cold))
    assert tree(target) == tree(cold)


def test_a_kept_export_process_that_dies_is_replaced(newsroom: Services, tmp_path: Path) -> None:
    exporter = Exporter()
    try:
        run(exporter.export(newsroom, tmp_path / "site"))
        first = exporter.pid
        assert first is not None
        os.kill(first, signal.SIGKILL)
        time.sleep(0.5)
        assert run(exporter.export(newsroom, tmp_path / "site")).written == 0
        assert exporter.pid not in (None, first)
    finally:
        exporter.close()
