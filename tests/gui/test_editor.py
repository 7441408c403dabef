"""The story editor, driven like a reporter drives it: Arabic typed key by key, toolbar
actions, find and replace, the inspector, saving, conflicts and the media library."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from newsdesk.core.domain import Status
from newsdesk.core.richtext import media_src
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput
from newsdesk.ui.editor.document import forced_direction
from newsdesk.ui.editor.media_dialog import MediaLibraryDialog
from newsdesk.ui.editor.tab import StoryEditorTab
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.tags.tag_field import TagField

pytestmark = pytest.mark.gui

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type character by character (keyClicks aborts on Arabic); "\\n" presses Enter."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def commit_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """What an Arabic input method sends: the composed text committed at once."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def tab(qtbot, arabic_app, demo_services: Services) -> StoryEditorTab:  # type: ignore[no-untyped-def]
    widget = StoryEditorTab(demo_services, None)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    widget.editor.setFocus()
    return widget


@pytest.fixture
def no_dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    """Modal boxes return at once; what they would have said is kept."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    return shown


def blocks_directions(tab: StoryEditorTab) -> list[Qt.LayoutDirection]:
    out = []
    block = tab.editor.document().begin()
    while block.isValid():
        out.append(block.blockFormat().layoutDirection())
        block = block.next()
    return out


def test_direction_follows_the_first_strong_character_as_you_type(tab: StoryEditorTab) -> None:
    type_text(tab.editor, "قال Reuters إن 40 شخصاً\nReuters said ٤٠ people\n")
    commit_text(tab.editor, "«مرحباً» بالجميع")
    assert blocks_directions(tab) == [RTL, LTR, RTL]
    # Auto direction writes nothing in the body.
    assert "dir=" not in tab.current_input().body


def test_forced_direction_is_kept_and_written(tab: StoryEditorTab) -> None:
    type_text(tab.editor, "Reuters: القاهرة")
    tab.editor_actions.rtl.trigger()
    assert forced_direction(tab.editor.textCursor().block()) == "rtl"
    assert blocks_directions(tab) == [RTL]
    type_text(tab.editor, " more English")  # forced: typing does not flip it
    assert blocks_directions(tab) == [RTL]
    assert tab.current_input().body == 'Reuters: القاهرة more English\n{: dir="rtl" }\n'
    assert tab.editor_actions.rtl.isChecked()
    tab.editor_actions.rtl.trigger()  # again: back to automatic
    assert forced_direction(tab.editor.textCursor().block()) is None
    assert blocks_directions(tab) == [LTR]


def test_formatting_from_the_toolbar_and_shortcuts(tab: StoryEditorTab) -> None:
    a = tab.editor_actions
    type_text(tab.editor, "قال و")
    QTest.keyClick(tab.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(tab.editor, "روسي")
    a.bold.trigger()
    type_text(tab.editor, "ة ")
    a.italic.trigger()
    type_text(tab.editor, "مائل")
    a.italic.trigger()
    type_text(tab.editor, "\nعنوان فرعي")
    a.heading3.trigger()
    type_text(tab.editor, "\nأول")
    a.bullets.trigger()
    type_text(tab.editor, "\nثان\n\nواحد")
    a.numbers.trigger()
    type_text(tab.editor, "\n\nاقتباس")
    a.quote.trigger()
    type_text(tab.editor, "\n\nرابط")
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)
    tab.editor.set_link("https://example.org/خبر")
    cursor.movePosition(QTextCursor.MoveOperation.End)
    tab.editor.setTextCursor(cursor)
    a.rule.trigger()
    type_text(tab.editor, "، ")
    a.punctuation["guillemets"].trigger()
    type_text(tab.editor, "نص")
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(tab.editor, " عبر ")
    a.code.trigger()
    type_text(tab.editor, "api.example.org")
    a.code.trigger()
    type_text(tab.editor, " اليوم")
    assert tab.current_input().body == (
        "قال و**روسي**ة *مائل*\n\n"
        "### عنوان فرعي\n\n"
        "- أول\n- ثان\n\n"
        "1. واحد\n\n"
        "> اقتباس\n\n"
        "[رابط](https://example.org/خبر)\n\n"
        "---\n\n"
        "، «نص» عبر `api.example.org` اليوم\n"
    )
    assert a.heading3.isChecked() is False
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.PreviousWord, QTextCursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)
    tab.editor.set_code(True)
    assert tab.current_input().body.endswith("`api.example.org` `اليوم`\n")
    tab.editor.set_code(False)
    assert tab.current_input().body.endswith("`api.example.org` اليوم\n")
    tab.editor.undo()
    assert tab.current_input().body.endswith("`api.example.org` `اليوم`\n")


def test_find_and_replace_ignoring_arabic_variants_is_one_undo_step(tab: StoryEditorTab) -> None:
    commit_text(tab.editor, "ارتفعت الأسعارُ. وأسعار النفط واسعار الذهب.")
    before = tab.current_input().body
    bar = tab.find_bar
    tab.editor_actions.find.trigger()
    assert bar.isVisible()
    commit_text(bar.find_edit, "اسعار")
    assert bar.matches() and len(bar.matches()) == 3
    assert bar.find_next()
    assert tab.editor.textCursor().selectedText() == "أسعارُ"
    bar.replace_edit.setText("أثمان")
    assert bar.replace_all() == 3
    assert tab.current_input().body == "ارتفعت الأثمان. وأثمان النفط وأثمان الذهب.\n"
    tab.editor.undo()
    assert tab.current_input().body == before
    bar.variants.setChecked(False)
    assert len(bar.matches()) == 1
    bar.whole_word.setChecked(True)
    bar.regex.setChecked(True)
    bar.find_edit.setText("(")
    assert bar.matches() == [] and bar.status.text().startswith("التعبير النمطي غير صالح: ")


def test_live_counts_follow_typing_after_a_pause(tab: StoryEditorTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    commit_text(tab.editor, "قال الوزير إن الحكومة ستخفض الضرائب")
    assert tab.count_timer.isActive()  # debounced: nothing counted mid-typing
    qtbot.waitUntil(lambda: not tab.count_timer.isActive(), timeout=2000)
    assert tab.counts.text().startswith("6 ")
    tab.inspector.headline.setText("ع" * 80)
    assert tab.inspector.meter.property("state") == "long"
    tab.inspector.headline.setText("ع" * 120)
    assert tab.inspector.meter.property("state") == "over"


def test_inspector_edits_and_save_write_a_revision(
    qtbot, arabic_app, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    story_id = demo_services.stories.ids()[0]
    story = demo_services.stories.get(story_id)
    tab = StoryEditorTab(demo_services, story)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitActive(tab):
        tab.activateWindow()
    assert not tab.is_dirty(), (tab.editor.document().isModified(), tab.inspector.is_modified())
    with qtbot.waitSignal(tab.dirty_changed):
        tab.inspector.headline.setFocus()
        tab.inspector.headline.selectAll()
        commit_text(tab.inspector.headline, "عنوان جديد للخبر")
    assert tab.is_dirty()
    tab.inspector.tags.set_tags(["المياه"])
    tab.inspector.tags.add_tag("الطاقة")
    tab.inspector.priority.setValue(1)
    index = tab.inspector.section.findData("economy")
    tab.inspector.section.setCurrentIndex(index)
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    commit_text(tab.editor, " إضافة")
    revisions = len(demo_services.stories.revisions(story_id))
    tab.editor.setFocus()
    QTest.keyClick(tab.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = demo_services.stories.get(story_id)
    assert saved.headline == "عنوان جديد للخبر"
    assert [t.name for t in saved.tags] == ["المياه", "الطاقة"]
    assert saved.priority == 1 and saved.section and saved.section.slug == "economy"
    assert saved.body.rstrip().endswith("إضافة")
    assert saved.version == story.version + 1 == tab.base_version
    assert len(demo_services.stories.revisions(story_id)) == revisions + 1
    assert not tab.is_dirty(), (tab.editor.document().isModified(), tab.inspector.is_modified())


def test_slug_is_frozen_and_only_allowed_moves_are_offered(
    qtbot, arabic_app, demo_services: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    draft = demo_services.stories.create(StoryInput(headline="مسودة"))
    tab = StoryEditorTab(demo_services, draft)
    qtbot.addWidget(tab)
    targets = [
        tab.inspector.status_target.itemData(i) for i in range(tab.inspector.status_target.count())
    ]
    assert targets == ["submitted"]
    assert not tab.inspector.slug.isReadOnly()
    tab.inspector.status_apply.click()
    assert demo_services.stories.get(draft.id).status is Status.SUBMITTED
    assert tab.inspector.status_label.text() and tab.base_version == draft.version + 1
    for target in (Status.EDITING, Status.READY, Status.PUBLISHED):
        demo_services.stories.change_status(draft.id, target)
    tab.load(demo_services.stories.get(draft.id))
    assert tab.inspector.slug.isReadOnly()
    targets = [
        tab.inspector.status_target.itemData(i) for i in range(tab.inspector.status_target.count())
    ]
    assert targets == ["corrected", "killed"]
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("صُحّح الرقم", True))
    )
    tab.request_status("corrected")
    story = demo_services.stories.get(draft.id)
    assert story.status is Status.CORRECTED and story.corrections[0].text == "صُحّح الرقم"
    assert tab.inspector.corrections.count() == 1


def test_stale_save_shows_a_conflict_and_overwrites_nothing(
    qtbot, arabic_app, demo_services: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from newsdesk.ui.conflict_dialog import ConflictDialog

    shown: list[ConflictDialog] = []
    # The side-by-side dialog opens; the user closes it without choosing (back to editing).
    monkeypatch.setattr(ConflictDialog, "exec", lambda self: shown.append(self) or 0)
    story = demo_services.stories.get(demo_services.stories.ids()[1])
    tab = StoryEditorTab(demo_services, story)
    qtbot.addWidget(tab)
    other = demo_services.stories.save(
        story.id, replace(story.to_input(), body="نص من مكتب آخر"), expected_version=story.version
    )
    commit_text(tab.editor, "نصي ")
    assert tab.save() is False
    assert len(shown) == 1
    assert demo_services.stories.get(story.id).body == "نص من مكتب آخر"
    assert tab.is_dirty()
    error, mine = tab.last_conflict
    assert error.current_version == other.version and mine.body.startswith("نصي")


def image_file(tmp_path: Path, name: str, colour: str) -> Path:
    path = tmp_path / name
    out = io.BytesIO()
    Image.new("RGB", (640, 360), colour).save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


def test_media_library_adds_dedupes_and_inserts(
    qtbot, arabic_app, demo_services: Services, tmp_path: Path, no_dialogs: list[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    first = image_file(tmp_path, "سوق.jpg", "teal")
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(first.read_bytes())
    bad = tmp_path / "x.png"
    bad.write_bytes(b"not an image")
    dialog = MediaLibraryDialog(demo_services.media)
    qtbot.addWidget(dialog)
    added = dialog.add_paths([str(first), str(copy), str(bad)])
    assert len(added) == 2 and added[0].id == added[1].id
    assert dialog.grid.count() == 1 and no_dialogs  # the bad file was reported
    dialog.caption.setText("سوق الخضار")
    dialog.alt.setText("باعة")
    dialog.save_description()
    assert demo_services.media.get(added[0].sha256).caption == "سوق الخضار"

    tab = StoryEditorTab(demo_services, demo_services.stories.create(StoryInput(headline="صور")))
    qtbot.addWidget(tab)
    asset = demo_services.media.get(added[0].sha256)
    tab.insert_asset(asset)
    tab.set_featured(asset)
    tab.inspector.featured_credit.setText("وكالة")
    tab.inspector.featured_credit.textEdited.emit("وكالة")
    assert tab.save()
    story = demo_services.stories.get(tab.story_id)
    assert f'![باعة]({media_src(asset.sha256)} "سوق الخضار")' in story.body
    assert story.featured_media is not None and story.featured_media.credit == "وكالة"
    # Dropping an image file on the body adds it to the library and inserts it.
    second = image_file(tmp_path, "b.jpg", "orange")
    tab.add_image_files([str(second)])
    assert len(demo_services.media.list()) == 2
    assert tab.current_input().body.count("newsdesk-media:") == 2


def test_main_window_opens_stories_in_tabs_and_shows_unsaved_state(
    qtbot, arabic_app, demo_services: Services, no_dialogs: list[str], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    ids = demo_services.stories.ids()
    window.open_story(ids[0])
    window.open_story(ids[1])
    window.open_story(ids[0])
    area = window.editor_area
    assert len(area.editors()) == 2 and area.current_editor().story_id == ids[0]
    tab = area.current_editor()
    commit_text(tab.editor, "تعديل ")
    assert window.isWindowModified() and area.tabText(area.currentIndex()).startswith("* ")
    assert "[*]" in window.windowTitle()
    tab.save()
    assert not window.isWindowModified()
    assert not area.tabText(area.currentIndex()).startswith("*")
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new = area.current_editor()
    assert new.story_id is None and len(area.editors()) == 3
    new.inspector.headline.setText("خبر جديد")
    commit_text(new.editor, "نص الخبر الجديد")
    assert new.save() and new.story_id is not None
    assert demo_services.stories.get(new.story_id).headline == "خبر جديد"
    new.editor_actions.focus.trigger()
    assert not window.list_view.isVisible() and not new.inspector.isVisible()
    assert not new.toolbar.isVisible() and new.editor.isVisible()
    QTest.keyClick(new.editor, Qt.Key.Key_Escape)  # Escape leaves focus mode
    assert window.list_view.isVisible() and new.inspector.isVisible()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )
    commit_text(new.editor, " غير محفوظ")
    assert area.close_tab(area.indexOf(new))
    assert len(area.editors()) == 2


def test_inspector_tag_chips_complete_create_reorder_and_save(
    qtbot, arabic_app, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    # Tags the newsroom already has, in the spellings the completion must see through.
    demo_services.stories.create(
        StoryInput(headline="خبر سابق", tags=("أسعار النفط", "الطاقة المتجددة", "Reuters"))
    )
    story = demo_services.stories.create(StoryInput(headline="خبر الوسوم", tags=("روسيا", "قمح")))
    tab = StoryEditorTab(demo_services, story)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitActive(tab):
        tab.activateWindow()
    field = tab.inspector.tags
    assert isinstance(field, TagField)
    # Chips in the story's order; the first is the main tag (bold, with its tooltip).
    assert field.tags() == ["روسيا", "قمح"]
    assert [field.chips.item(i).text() for i in range(2)] == ["روسيا", "قمح"]
    assert field.chips.item(0).font().bold() and not field.chips.item(1).font().bold()
    assert field.chips.item(0).toolTip() and not field.chips.item(1).toolTip()
    assert not tab.is_dirty()

    # Completion matches normalised spellings: hamza, ta marbuta, Latin case.
    assert field.completions("اسعار") == ["أسعار النفط", "الأسعار"]  # prefix matches first
    assert field.completions("الطاقه") == ["الطاقة المتجددة"]
    assert field.completions("reu") == ["Reuters"]
    assert field.completions("روسیا") == []  # already a chip (Persian yeh)
    field.entry.setFocus()
    type_text(field.entry, "اسعار")
    popup = field.completer.popup()
    assert popup.isVisible()
    assert popup.model().rowCount() == 2
    assert popup.model().index(0, 0).data() == "أسعار النفط"
    popup.setCurrentIndex(popup.model().index(0, 0))
    QTest.keyClick(field.entry, Qt.Key.Key_Return)
    assert field.tags() == ["روسيا", "قمح", "أسعار النفط"]
    assert field.entry.text() == ""
    assert tab.is_dirty()
    # A full spelling variant of a known tag becomes that tag on Enter.
    type_text(field.entry, "الطاقه المتجدده")
    field.completer.popup().hide()
    QTest.keyClick(field.entry, Qt.Key.Key_Return)
    assert field.tags()[-1] == "الطاقة المتجددة"
    # Enter on an unknown name creates a new tag.
    type_text(field.entry, "وسم جديد")
    field.completer.popup().hide()
    QTest.keyClick(field.entry, Qt.Key.Key_Return)
    assert field.tags() == ["روسيا", "قمح", "أسعار النفط", "الطاقة المتجددة", "وسم جديد"]

    # Reorder by drag: an internal move of the chip list (what a drop does) makes it main.
    with qtbot.waitSignal(field.tags_changed):
        assert field.chips.model().moveRow(QModelIndex(), 4, QModelIndex(), 0)
    assert field.tags()[0] == "وسم جديد"
    assert field.chips.item(0).font().bold() and not field.chips.item(1).font().bold()

    tab.editor.setFocus()
    QTest.keyClick(tab.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = demo_services.stories.get(story.id)
    assert [t.name for t in saved.tags] == [
        "وسم جديد",
        "روسيا",
        "قمح",
        "أسعار النفط",
        "الطاقة المتجددة",
    ]
    assert not tab.is_dirty()


def test_zoom_and_enter_after_a_heading(tab: StoryEditorTab) -> None:
    size = tab.editor.font().pointSizeF()
    tab.editor_actions.zoom_in.trigger()
    assert tab.editor.font().pointSizeF() > size
    tab.editor_actions.zoom_out.trigger()
    type_text(tab.editor, "عنوان")
    tab.editor_actions.heading2.trigger()
    type_text(tab.editor, "\nفقرة")
    assert tab.editor.current_kind()[0].value == "paragraph"
    assert tab.current_input().body == "## عنوان\n\nفقرة\n"


def test_paste_is_cleaned_and_dropped_images_go_to_the_library(
    tab: StoryEditorTab, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    mime = QMimeData()
    mime.setHtml(
        "<p style='color:red;font-family:Arial'><span class='x'><u>تحت</u></span> <b>سطر</b>"
        " <a href='https://example.org/a'>رابط</a></p>"
    )
    mime.setText("تحت سطر رابط")
    tab.editor.insertFromMimeData(mime)
    body = tab.current_input().body
    # Styles, spans and underline are gone; bold and the link are kept.
    assert "color" not in body and "span" not in body and "<u>" not in body
    assert "**سطر**" in body and "(https://example.org/a)" in body
    tab.editor.undo()
    assert tab.current_input().body.strip() == ""
    dropped: list[list[str]] = []
    tab.editor.image_files_dropped.connect(dropped.append)
    image = image_file(tmp_path, "x.jpg", "teal")
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(image))])
    tab.editor.insertFromMimeData(files)
    assert dropped == [[str(image)]]
    assert tab.current_input().body.count("newsdesk-media:") == 1


def test_preview_reads_the_body_like_the_editor(qtbot, arabic_app, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    from newsdesk.ui.story_pane import StoryPane

    story = demo_services.stories.create(
        StoryInput(headline="معاينة", body='OpenGrid شركة ناشئة\n{: dir="rtl" }\n\nو**روسي**ة\n')
    )
    pane = StoryPane()
    qtbot.addWidget(pane)
    pane.show_story(story)
    document = pane.body.document()
    assert document.toPlainText() == "OpenGrid شركة ناشئة\nوروسية"
    assert document.begin().blockFormat().layoutDirection() == RTL


def test_copy_and_paste_inside_the_body_keeps_the_marks(tab: StoryEditorTab) -> None:
    tab.editor.set_markdown_body("قال و**روسي**ة\n")
    cursor = tab.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)
    mime = tab.editor.createMimeDataFromSelection()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    tab.editor.setTextCursor(cursor)
    type_text(tab.editor, " ")
    tab.editor.insertFromMimeData(mime)
    assert tab.current_input().body == "قال و**روسي**ة قال و**روسي**ة\n"


def test_authors_times_and_note_are_saved(qtbot, arabic_app, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    story = demo_services.stories.create(StoryInput(headline="خبر", authors=("ليلى حداد",)))
    tab = StoryEditorTab(demo_services, story)
    qtbot.addWidget(tab)
    authors = tab.inspector.authors
    authors.name.setText("Daniel Moreau")
    authors.name.returnPressed.emit()
    authors.name.setText("سامر الدباس")
    authors.name.returnPressed.emit()
    authors.list.setCurrentRow(0)
    authors.remove.click()
    assert authors.authors() == ["Daniel Moreau", "سامر الدباس"] and tab.is_dirty()
    when = datetime(2026, 12, 1, 7, 30, tzinfo=UTC)
    tab.inspector.embargo.set_value(when)
    tab.inspector.embargo.changed.emit()
    commit_text(tab.inspector.editor_note, "تحقق من الرقم مع المصدر")
    assert tab.save()
    saved = demo_services.stories.get(story.id)
    assert [a.name for a in saved.authors] == ["Daniel Moreau", "سامر الدباس"]
    assert saved.embargo_until == when and saved.publish_at is None
    assert saved.editor_note == "تحقق من الرقم مع المصدر"


def test_lists_and_quotes_are_right_to_left_in_arabic(tab: StoryEditorTab) -> None:
    tab.editor.set_markdown_body("- أول\n- second\n\n> «اقتباس»\n\n1. واحد\n")
    assert blocks_directions(tab) == [RTL, LTR, RTL, RTL]


def test_a_body_the_editor_cannot_keep_is_flagged(
    qtbot, arabic_app, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    story = demo_services.stories.create(
        StoryInput(headline="جدول", body="| أ | ب |\n\n    code\n\nفقرة\n")
    )
    tab = StoryEditorTab(demo_services, story)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.loss_warning.isVisible() and "pre" in tab.loss_warning.text()
    tab.load(demo_services.stories.get(demo_services.stories.ids()[1]))
    assert not tab.loss_warning.isVisible()


def test_long_fields_of_an_opened_story_show_their_start(tab: StoryEditorTab) -> None:
    """A headline wider than its field showed its last words (the cursor sat at the end)."""
    headline = "1,240 مرشحاً يتنافسون على مقاعد المجالس البلدية في الانتخابات المقبلة " * 2
    story = tab.services.stories.create(
        StoryInput(headline=headline.strip(), body="نص.", kicker="عاجل " * 20, dateline="عمّان")
    )
    tab.load(tab.services.stories.get(story.id))
    inspector = tab.inspector
    for field in (inspector.headline, inspector.kicker, inspector.slug, inspector.dateline):
        assert field.cursorPosition() == 0, field.objectName() or field.text()[:20]
    assert tab.save()
    assert inspector.slug.cursorPosition() == 0
