"""Recovery, history and conflict dialogs in Arabic, driven as a person would."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from newsdesk.core.domain import RevisionKind
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput
from newsdesk.services.errors import ConflictError
from newsdesk.ui.conflict_dialog import ConflictDialog, resolve_conflict
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.recovery import RecoveryDialog, offer_recovery
from newsdesk.ui.revisions.panel import RevisionDialog, RevisionPanel

pytestmark = pytest.mark.gui


def _first(services: Services) -> int:
    return services.stories.ids()[0]


def _autosave(services: Services, story_id: int, extra: str) -> StoryInput:
    stored = services.stories.get(story_id)
    mine = replace(stored.to_input(), body=stored.body + extra)
    services.autosave.write(story_id, mine, base_version=stored.version)
    return mine


def test_recovery_dialog_shows_the_difference_and_restores(
    qtbot, arabic_app, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    ids = demo_services.stories.ids()[:2]
    mine = _autosave(demo_services, ids[0], "\n\nفقرة كُتبت قبل انقطاع الكهرباء")
    _autosave(demo_services, ids[1], "\n\nفقرة ثانية")
    dialog = RecoveryDialog(demo_services.autosave, demo_services.autosave.recoverable())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.isRightToLeft()
    assert dialog.list.count() == 2
    rows = [dialog.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(2)]
    dialog.list.setCurrentRow(rows.index(ids[0]))
    assert "فقرة كُتبت قبل انقطاع الكهرباء" in dialog.view.toPlainText()
    assert "5" in dialog.summary.text()
    assert not dialog.grab().isNull()  # it renders offscreen
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert demo_services.stories.get(ids[0]).body == mine.body
    assert demo_services.stories.revisions(ids[0])[0].kind == RevisionKind.RESTORE.value
    assert dialog.list.count() == 1


def test_discard_asks_first(qtbot, arabic_app, demo_services: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    story_id = _first(demo_services)
    _autosave(demo_services, story_id, "\n\nتجربة")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    dialog = RecoveryDialog(demo_services.autosave, demo_services.autosave.recoverable())
    qtbot.addWidget(dialog)
    dialog.discard_current()
    assert demo_services.autosave.latest(story_id) is not None  # "No" kept it
    dialog.discard_current()
    assert demo_services.autosave.latest(story_id) is None
    assert dialog.result() == dialog.DialogCode.Accepted  # nothing left: closed


def test_offer_recovery_is_silent_when_nothing_is_unsaved(
    qtbot, arabic_app, demo_services: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[object] = []
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: shown.append(self))
    assert offer_recovery(demo_services.autosave) == []
    assert shown == []
    _autosave(demo_services, _first(demo_services), "\n\nنص")
    offer_recovery(demo_services.autosave)
    assert len(shown) == 1


def test_revision_panel_lists_diffs_and_restores(
    qtbot, arabic_app, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    story_id = _first(demo_services)
    story = demo_services.stories.get(story_id)
    original = story.body
    demo_services.stories.save(
        story_id,
        replace(story.to_input(), body=original + "\n\nإضافة أولى"),
        expected_version=story.version,
    )
    story = demo_services.stories.get(story_id)
    demo_services.stories.save(
        story_id,
        replace(story.to_input(), body=story.body.replace("إضافة أولى", "إضافةٌ أُولى")),
        expected_version=story.version,
    )
    panel = RevisionPanel(demo_services.stories, story_id)
    qtbot.addWidget(panel)
    panel.resize(900, 650)
    panel.show()
    count = panel.tree.topLevelItemCount()
    assert count >= 3
    first_row = [panel.tree.topLevelItem(0).text(c) for c in range(5)]
    assert first_row[1] == "tester" and first_row[2] == "حفظ"
    # The newest save only added tashkeel: a respelling, not an insertion.
    html = panel.view.toHtml()
    assert "0 words added" not in panel.summary.text()  # translated
    assert "إضافةٌ" in panel.view.toPlainText()
    assert "background-color:#fff3c4" in html.replace(" ", "")
    assert not panel.grab().isNull()  # it renders offscreen
    panel.select(0, 2)
    assert panel.compared() == (panel.revisions[2], panel.revisions[0])
    assert not panel.restore_button.isEnabled()
    panel.select(2)
    restored = panel.restore_selected()
    assert restored is not None and restored.body == original
    assert panel.revisions[0].kind == RevisionKind.RESTORE.value


def test_history_action_opens_the_panel_for_the_selected_story(
    qtbot, arabic_app, demo_services: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    opened: list[RevisionDialog] = []
    monkeypatch.setattr(RevisionDialog, "exec", lambda self: opened.append(self))
    window.list_view.select_row(0)
    window.history_action.trigger()
    assert len(opened) == 1 and opened[0].panel.story_id == window.selected_ids()[0]
    assert window.history_action.text() == "السجل…"


@pytest.fixture
def conflict(demo_services: Services):  # type: ignore[no-untyped-def]
    """Desk A saved; desk B (this window) still holds version N with its own edit."""
    story_id = _first(demo_services)
    base = demo_services.stories.get(story_id)
    paragraphs = base.body.split("\n\n")
    other = Services.create(demo_services.database, user="desk-a")
    theirs = paragraphs[:]
    theirs[-1] = theirs[-1] + " (تحديث من الديسك)"
    other.stories.save(
        story_id, replace(base.to_input(), body="\n\n".join(theirs)), expected_version=base.version
    )
    mine_paragraphs = paragraphs[:]
    mine_paragraphs[0] = "فقرة افتتاحية جديدة كتبها المحرر."
    mine = replace(base.to_input(), body="\n\n".join(mine_paragraphs))
    with pytest.raises(ConflictError) as caught:
        demo_services.stories.save(story_id, mine, expected_version=base.version)
    return caught.value, mine, base.version, "\n\n".join([mine_paragraphs[0], *theirs[1:]])


def test_conflict_dialog_merges_both_changes(
    qtbot, arabic_app, demo_services: Services, conflict
) -> None:  # type: ignore[no-untyped-def]
    error, mine, base_version, expected = conflict
    case = demo_services.conflicts.open_case(error.story_id, mine, base_version)
    dialog = ConflictDialog(demo_services.conflicts, case)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.isRightToLeft()
    assert dialog.merged_body.toPlainText() == expected
    assert "تحديث من الديسك" in dialog.theirs_view.toPlainText()
    assert "فقرة افتتاحية جديدة" in dialog.mine_view.toPlainText()
    assert not dialog.grab().isNull()  # it renders offscreen
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == ConflictDialog.MERGED
    assert demo_services.stories.get(error.story_id).body == expected


@pytest.mark.parametrize("button", ["mine_button", "theirs_button", "copy_button"])
def test_conflict_dialog_other_ways_out(
    qtbot, arabic_app, demo_services: Services, conflict, button: str
) -> None:  # type: ignore[no-untyped-def]
    error, mine, base_version, _ = conflict
    before = demo_services.stories.get(error.story_id)
    case = demo_services.conflicts.open_case(error.story_id, mine, base_version)
    dialog = ConflictDialog(demo_services.conflicts, case)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    story = dialog.result_story
    assert story is not None
    if button == "mine_button":
        assert story.body == mine.body and story.version == before.version + 1
    elif button == "theirs_button":
        assert story == before
    else:
        assert story.id != error.story_id and story.body == mine.body
        assert demo_services.stories.get(error.story_id) == before


def test_a_third_save_while_open_reloads_instead_of_overwriting(
    qtbot, arabic_app, demo_services: Services, conflict, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    error, mine, base_version, _ = conflict
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    case = demo_services.conflicts.open_case(error.story_id, mine, base_version)
    dialog = ConflictDialog(demo_services.conflicts, case)
    qtbot.addWidget(dialog)
    third = Services.create(demo_services.database, user="desk-c")
    now = third.stories.get(error.story_id)
    third.stories.save(
        error.story_id, replace(now.to_input(), dek="موجز ثالث"), expected_version=now.version
    )
    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is None and dialog.case.theirs.dek == "موجز ثالث"
    assert demo_services.stories.get(error.story_id).dek == "موجز ثالث"


def test_resolve_conflict_entry_point(
    qtbot, arabic_app, demo_services: Services, conflict, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    error, mine, base_version, _ = conflict
    monkeypatch.setattr(ConflictDialog, "exec", lambda self: self.reject())
    assert resolve_conflict(demo_services.conflicts, error, mine, base_version) == (None, None)
