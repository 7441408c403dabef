"""File → Import…: preview in Arabic, duplicates with their similarity, import, cancel."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from newsdesk.services.container import Services
from newsdesk.services.imports import DuplicatePolicy
from newsdesk.ui.import_dialog import ImportDialog
from newsdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from benchmarks.wxr_corpus import write_wxr  # noqa: E402


@pytest.fixture
def dialog(qtbot, arabic_app, demo_services: Services) -> ImportDialog:  # type: ignore[no-untyped-def]
    widget = ImportDialog(demo_services.imports)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _wait(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.worker is not None and dialog.worker.isFinished(), timeout=60000)
    qtbot.wait(50)  # the worker's last queued signals


def test_preview_then_import_in_arabic(
    qtbot, dialog: ImportDialog, demo_services: Services, shared, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = shared("samples", "scraped_page.txt")
    demo_services.imports.import_files("page", [page])
    wxr = shared("samples", "wxr", "wordpress-importer_small-export.xml")
    before = demo_services.stories.page().total
    assert dialog.isRightToLeft() and dialog.windowTitle() == "استيراد الأخبار"
    dialog.add_files([page, wxr])
    dialog.preview_button.click()
    _wait(qtbot, dialog)
    assert dialog.preview_result is not None
    cells = [[dialog.files.item(r, c).text() for c in range(1, 5)] for r in range(2)]
    assert cells == [["page", "1", "0", "1"], ["wxr", "6", "6", "0"]]
    assert dialog.duplicates.rowCount() == 1
    assert dialog.duplicates.item(0, 2).text() == "شبه مكرر"
    assert dialog.duplicates.item(0, 3).text() == "100%"
    assert "بلدية عمّان" in dialog.sample.item(0).text()
    assert "مكرر واحد" in dialog.summary.text()
    assert demo_services.stories.page().total == before  # a preview writes nothing
    # The page's duplicate is imported as new; the rest as the preview said.
    choice = dialog.files.cellWidget(0, 5)
    assert isinstance(choice, QComboBox)
    choice.setCurrentIndex(list(DuplicatePolicy).index(DuplicatePolicy.NEW))
    with qtbot.waitSignal(dialog.imported, timeout=60000) as signal:
        dialog.import_button.click()
    assert signal.args[0].added == 7
    assert demo_services.stories.page().total == before + 7
    assert "استُوردت 7 أخبار" in dialog.summary.text()
    dialog.grab().save(str(tmp_path / "import-dialog-ar.png"))


def test_cancel_rolls_back_the_file_in_progress(
    qtbot, dialog: ImportDialog, demo_services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    big = write_wxr(tmp_path / "big.xml", 1500)
    before = demo_services.stories.page().total
    dialog.add_files([big])
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 1500, timeout=60000)
    dialog.cancel_button.click()
    _wait(qtbot, dialog)
    assert "أُلغي" in dialog.summary.text()
    assert demo_services.stories.page().total == before


def test_file_import_action_opens_the_dialog_and_refreshes(
    qtbot, arabic_app, demo_services: Services, monkeypatch: pytest.MonkeyPatch, shared
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    before = window.model.rowCount()
    page = shared("samples", "scraped_page.txt")

    def fake_exec(self: ImportDialog) -> int:
        self.add_files([page])
        self.start_import()
        qtbot.waitUntil(lambda: self.report is not None, timeout=60000)
        return 1

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_action in file_menu.actions()
    assert window.import_action.text() == "استيراد…"
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == before + 3, timeout=10000)  # page + 2 refs
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
