"""Tag manager, related-stories panel and the tag field, offscreen in Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput
from newsdesk.ui.related.panel import RelatedDialog, RelatedPanel, explain
from newsdesk.ui.tags.manager import TagManagerDialog
from newsdesk.ui.tags.tag_field import TagField

pytestmark = pytest.mark.gui


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def manager(qtbot, arabic_app, demo_services: Services) -> TagManagerDialog:  # type: ignore[no-untyped-def]
    demo_services.stories.create(StoryInput(headline="خبر عن المياه", tags=("والمياه", "تجربة")))
    dialog = TagManagerDialog(demo_services)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda *_a: True  # type: ignore[method-assign]
    return dialog


def _row(dialog: TagManagerDialog, name: str) -> int:
    return next(i for i, t in enumerate(dialog.tags) if t.name == name)


def test_manager_lists_tags_with_counts_in_arabic(manager: TagManagerDialog) -> None:
    assert manager.isRightToLeft()
    assert manager.table.rowCount() == len(manager.services.tags.all())
    row = _row(manager, "المياه")
    assert manager.table.item(row, 2).text() == str(manager.tags[row].stories)
    assert manager.windowTitle() == "الوسوم"


def test_duplicates_view_offers_a_one_click_merge(manager: TagManagerDialog) -> None:
    assert manager.duplicate_tree.topLevelItemCount() == 1
    top = manager.duplicate_tree.topLevelItem(0)
    assert top.text(0) == "المياه" and top.child(0).text(0) == "والمياه"
    before = manager.services.tags.get("المياه").stories
    manager.duplicate_tree.setCurrentItem(top)
    manager.merge_group_button.click()
    assert manager.duplicate_tree.topLevelItemCount() == 0
    assert manager.services.tags.get("المياه").stories == before + 1


def test_rename_merge_delete_hide_and_describe(manager: TagManagerDialog) -> None:
    services = manager.services
    manager.select_tag(services.tags.get("تجربة").id)
    manager.ask_text = lambda *_a: "اختبار"  # type: ignore[method-assign]
    manager.ask_rename()
    assert services.tags.get("اختبار").stories == 1
    # hide it with the check box
    row = _row(manager, "اختبار")
    manager.table.item(row, 5).setCheckState(Qt.CheckState.Checked)
    assert services.tags.get("اختبار").hidden
    # describe it
    manager.table.clearSelection()
    manager.select_tag(services.tags.get("اختبار").id)
    manager.description.setPlainText("وسم للتجربة")
    manager.save_description()
    assert services.tags.get("اختبار").description == "وسم للتجربة"
    # merge two selected tags: the more used one is kept
    manager.table.clearSelection()
    manager.select_tag(services.tags.get("اختبار").id)
    manager.select_tag(services.tags.get("المياه").id)
    manager.ask_merge()
    assert "اختبار" not in {t.name for t in services.tags.all()}
    # delete says how many stories it leaves
    manager.table.clearSelection()
    water = services.tags.get("المياه")
    manager.select_tag(water.id)
    manager.ask_delete()
    assert "المياه" not in {t.name for t in services.tags.all()}
    assert str(water.stories) in manager.message.text()


def test_related_panel_pins_reorders_and_accepts(
    qtbot, arabic_app, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    story_id = demo_services.stories.ids()[3]
    dialog = RelatedDialog(demo_services, story_id)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    assert isinstance(panel, RelatedPanel)
    pinned = panel.pinned_ids()
    assert panel.suggestion_list.count() > 0
    first = panel.suggestion_list.item(0)
    assert "مشترك" in first.text() or "يوم" in first.text()
    suggested = first.data(Qt.ItemDataRole.UserRole)
    panel.suggestion_list.setCurrentRow(0)
    panel.accept_button.click()
    assert panel.pinned_ids() == [*pinned, suggested]
    assert demo_services.related.pinned(story_id)[-1].origin == "suggestion"
    panel.pinned_list.setCurrentRow(len(pinned))
    panel.up_button.click()
    assert demo_services.related.pinned(story_id)[max(len(pinned) - 1, 0)].story.id == suggested
    panel.pinned_list.setCurrentRow(panel.pinned_ids().index(suggested))
    panel.remove_button.click()
    assert suggested not in panel.pinned_ids()
    # add by search, typed in Arabic
    target = demo_services.stories.get(demo_services.stories.ids()[10])
    word = target.headline.split()[0]
    type_text(panel.search_edit, word)
    panel.search()
    ids = [
        panel.search_results.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(panel.search_results.count())
    ]
    assert target.id in ids
    panel.search_results.setCurrentRow(ids.index(target.id))
    panel.add_button.click()
    assert target.id in [p.story.id for p in demo_services.related.pinned(story_id)]


def test_explanation_is_translated(arabic_app) -> None:  # type: ignore[no-untyped-def]
    from newsdesk.core.similarity import score_parts

    parts = score_parts(
        text_score=1,
        self_score=2,
        shared_terms=5,
        shared_tags=3,
        story_tags=3,
        same_section=True,
        days_apart=2,
    )
    sentence = explain(parts)
    assert "3" in sentence and "5" in sentence and "،" in sentence
    assert "shared" not in sentence


def test_tag_field_chips_completion_and_order(qtbot, arabic_app) -> None:  # type: ignore[no-untyped-def]
    field = TagField(["الطاقة المتجددة", "أسعار النفط", "روسيا"])
    qtbot.addWidget(field)
    field.set_tags(["روسيا"])
    assert field.tags() == ["روسيا"]
    assert field.completions("اسعار") == ["أسعار النفط"]
    assert field.completions("الطاقه") == ["الطاقة المتجددة"]
    with qtbot.waitSignal(field.tags_changed) as signal:
        type_text(field.entry, "الطاقه المتجدده")
        field.commit_entry()
    assert signal.args[0] == ["روسيا", "الطاقة المتجددة"]
    type_text(field.entry, "وسم جديد")
    QTest.keyClick(field.entry, Qt.Key.Key_Return)
    assert field.tags() == ["روسيا", "الطاقة المتجددة", "وسم جديد"]
    assert not field.add_tag("روسیا")  # a spelling of a chip already there
    field.move(2, 0)
    assert field.tags()[0] == "وسم جديد"
    assert field.chips.item(0).font().bold() and not field.chips.item(1).font().bold()
    field.chips.setCurrentRow(1)
    QTest.keyClick(field.chips, Qt.Key.Key_Delete)
    assert field.tags() == ["وسم جديد", "الطاقة المتجددة"]
    QTest.keyClick(field.entry, Qt.Key.Key_Backspace)
    assert field.tags() == ["وسم جديد"]


def test_main_window_opens_the_tag_manager_and_related_dialog(
    qtbot, arabic_app, demo_services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from newsdesk.ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(TagManagerDialog, "exec", lambda self: opened.append(type(self).__name__))
    monkeypatch.setattr(RelatedDialog, "exec", lambda self: opened.append(self.panel.story_id))
    win = MainWindow(demo_services)
    qtbot.addWidget(win)
    win.tags_action.trigger()
    win.list_view.select_row(2)
    win.related_action.trigger()
    assert opened == ["TagManagerDialog", win.model.story_id(2)]
