"""File → Export site…: the dialog exports the demo newsroom, and Cancel leaves the old site."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from newsdesk.services.container import Services
from newsdesk.storage.models import ExportRunRecord
from newsdesk.ui import export_dialog
from newsdesk.ui.export_dialog import ExportDialog
from newsdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, arabic_app, demo_services: Services) -> ExportDialog:  # type: ignore[no-untyped-def]
    dlg = ExportDialog(demo_services)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_dialog_is_arabic_and_right_to_left(dialog: ExportDialog) -> None:
    assert dialog.isRightToLeft()
    assert dialog.windowTitle() == "تصدير الموقع"
    assert dialog.base_url_edit.text() == "https://news.example.org/"
    assert dialog.base_url_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_export_writes_the_site_and_reports(dialog: ExportDialog, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.folder_edit.setText(str(tmp_path / "site"))
    dialog.start()
    assert dialog.running and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
    assert dialog.outcome is not None and dialog.outcome.written > 100
    assert (tmp_path / "site" / "index.html").exists()
    assert "كُتب" in dialog.status_label.text()
    assert dialog.progress.value() == dialog.progress.maximum()


def test_cancel_leaves_the_previous_site(
    dialog: ExportDialog,
    demo_services: Services,
    qtbot,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    target = tmp_path / "site"
    for _ in demo_services.publishing.export_site(target):
        pass
    before = files(target)
    demo_services.settings.update_site(site_title="عنوان لن يُنشر")
    seen: list[str] = []
    real = export_dialog.export_in_child

    def cancelled_half_way(*args: Any, **kwargs: Any) -> Generator[Any, None, Any]:
        steps = real(*args, **kwargs)
        try:
            for step in steps:
                seen.append(step.stage)
                yield step
                if step.stage == "render":
                    assert dialog._worker is not None
                    dialog._worker.cancel()  # as if the button was pressed right now
        finally:
            steps.close()

    monkeypatch.setattr(export_dialog, "export_in_child", cancelled_half_way)
    dialog.folder_edit.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
    assert dialog.outcome is None
    assert "أُلغي" in dialog.status_label.text()
    assert seen[-1] == "render"  # the export stopped there, in the other process
    assert files(target) == before
    with demo_services.database.read() as session:
        statuses = [r.status for r in session.scalars(select(ExportRunRecord))]
    assert statuses == ["done", "cancelled"]


def test_a_bad_folder_is_reported_not_raised(dialog: ExportDialog, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("x")
    dialog.folder_edit.setText(str(tmp_path / "mine"))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
    assert "notes.txt" not in dialog.status_label.text()
    assert "فشل" in dialog.status_label.text()
    assert (tmp_path / "mine" / "notes.txt").read_text() == "x"


def test_the_file_menu_opens_the_dialog(
    qtbot, arabic_app, demo_services: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    opened = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    assert window.export_site_action.text() == "تصدير الموقع…"
    window.export_site_action.trigger()
    assert len(opened) == 1


def test_an_english_message_keeps_its_own_order_in_the_arabic_sentence(
    dialog: ExportDialog,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    dialog.folder_edit.setText(str(a_file))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
    # The service's refusal told in Arabic, the path a first-strong isolate of its own: its
    # leading "/" stays in front of it instead of jumping to the end of the line.
    assert dialog.status_label.text().endswith(f"\u2068{a_file}\u2069 موجود وليس مجلدًا.")
