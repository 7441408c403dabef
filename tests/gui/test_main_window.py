"""The main window: right-to-left in Arabic, the demo stories listed, a story shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo

from newsdesk.core.domain import Status
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryFilter
from newsdesk.ui.fonts import arabic_families, story_font
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.story_list.model import StoryTableModel

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, arabic_app, demo_services: Services) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_window_is_right_to_left_and_arabic(window: MainWindow) -> None:
    assert window.isRightToLeft()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.windowTitle() == "مكتب الأخبار"
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["الحالة", "الأولوية", "العنوان"]
    # The navigator sits at the right edge in right-to-left.
    nav = window.navigator.mapTo(window, window.navigator.rect().center())
    assert nav.x() > window.width() / 2


def test_list_shows_every_demo_story_and_selecting_one_shows_it(
    window: MainWindow, demo_services: Services, qtbot
) -> None:  # type: ignore[no-untyped-def]
    total = demo_services.stories.page().total
    assert window.model.rowCount() == total >= 40
    window.list_view.select_row(3)
    story_id = window.model.story_id(3)
    story = demo_services.stories.get(story_id)
    qtbot.waitUntil(lambda: window.pane.story is not None and window.pane.story.id == story_id)
    assert window.pane.headline.text() == story.headline
    body_text = window.pane.body.toPlainText()
    first_words = story.body.split()[0].strip("*#>")
    assert first_words in body_text
    assert "خبر" in window.count_label.text() or str(total) in window.count_label.text()


def test_a_multiple_selection_says_how_many_instead_of_a_preview(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    window.list_view.select_row(1)
    qtbot.waitUntil(lambda: window.pane.story is not None)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (2, 4):
        window.list_view.selectionModel().select(window.model.index(row, 0), flags)
    qtbot.waitUntil(lambda: window.pane.story is None)
    assert "3" in window.pane.meta.text() and window.pane.body.toPlainText() == ""
    window.list_view.select_row(2)  # back to one story: its preview again
    qtbot.waitUntil(lambda: window.pane.story is not None)
    assert window.pane.story.id == window.model.story_id(2)


def test_paragraphs_take_their_own_direction(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from newsdesk.services.dto import StoryInput

    services = window.services
    created = services.stories.create(
        StoryInput(headline="خبر مختلط", body="فقرة عربية أولى.\n\nAn English paragraph here.")
    )
    window.refresh()
    window.list_view.select_row(window.model.row_of(created.id))
    # The preview follows the selection once control is back in the event loop.
    qtbot.waitUntil(lambda: window.pane.story is not None and window.pane.story.id == created.id)
    document = window.pane.body.document()
    directions = []
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            directions.append(block.blockFormat().layoutDirection())
        block = block.next()
    assert directions == [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight]


def test_navigator_filters_by_status_and_shows_live_counts(
    window: MainWindow, demo_services: Services, qtbot
) -> None:  # type: ignore[no-untyped-def]
    published = demo_services.stories.page(StoryFilter(statuses=(Status.PUBLISHED,))).total
    item = window.navigator._status_items[Status.PUBLISHED]
    # The counts arrive right after the window's first paint.
    qtbot.waitUntil(lambda: f"({published})" in item.text(0))
    window.navigator.setCurrentItem(item)
    assert window.model.rowCount() == published
    assert all(
        window.model.summary(r).status is Status.PUBLISHED for r in range(window.model.rowCount())
    )


def test_sections_and_saved_searches_arrive_after_the_first_paint(
    qtbot, arabic_app, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    from newsdesk.services.saved_searches import SavedSearch, SavedSearchService

    saved = SavedSearchService(demo_services.settings, demo_services.user)
    saved.save(SavedSearch("مسودات", StoryFilter(statuses=(Status.DRAFT,))))
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    navigator = window.navigator
    # Built, not yet painted: the groups are there, empty; the list already has its rows.
    assert navigator._sections.childCount() == 0
    assert navigator.saved_item("مسودات") is None
    assert window.model.rowCount() > 0
    window.show()
    qtbot.waitUntil(lambda: navigator._sections.childCount() > 0)
    sections = demo_services.taxonomy.sections()
    names = [navigator._sections.child(i).text(0) for i in range(navigator._sections.childCount())]
    assert names == [s.name for s in sections]
    assert navigator._sections.isExpanded() and navigator._saved_group.isExpanded()
    assert navigator.currentItem() is navigator._all  # the choice made at start is kept
    # Both are chosen as before.
    navigator.setCurrentItem(navigator._sections.child(0))
    first = demo_services.stories.page(StoryFilter(section=sections[0].slug)).total
    assert window.model.rowCount() == first
    with qtbot.waitSignal(navigator.saved_search_chosen) as chosen:
        navigator.setCurrentItem(navigator.saved_item("مسودات"))
    assert chosen.args[0].story_filter.statuses == (Status.DRAFT,)


def test_trash_and_restore_from_the_window(window: MainWindow, demo_services: Services) -> None:
    total = window.model.rowCount()
    window.list_view.select_row(0)
    victim = window.model.story_id(0)
    window.trash_action.trigger()
    assert window.model.rowCount() == total - 1
    assert "(1)" in window.navigator._trash.text(0)
    window.navigator.setCurrentItem(window.navigator._trash)
    assert window.model.rowCount() == 1 and window.model.story_id(0) == victim
    window.list_view.select_row(0)
    window.restore_action.trigger()
    assert demo_services.stories.get(victim).trashed_at is None


def test_sorting_reruns_the_query(window: MainWindow) -> None:
    headline_column = 2
    window.list_view.sortByColumn(headline_column, Qt.SortOrder.AscendingOrder)
    headlines = [window.model.summary(r).headline for r in range(window.model.rowCount())]
    assert headlines == sorted(headlines)


def test_story_model_passes_the_model_tester(qtmodeltester, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    model = StoryTableModel(demo_services.stories)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_story_text_uses_an_arabic_face(arabic_app) -> None:  # type: ignore[no-untyped-def]
    font = story_font()
    if "Noto Naskh Arabic" in arabic_families():
        assert QFontInfo(font).family() == "Noto Naskh Arabic"
    else:
        pytest.skip("fonts-noto-core is not installed (see .ci/run)")


def test_english_interface_is_left_to_right(qtbot, qapp, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    from newsdesk.ui.application import create_application

    create_application("en")
    try:
        win = MainWindow(demo_services)
        qtbot.addWidget(win)
        assert not win.isRightToLeft()
        assert win.windowTitle() == "Newsdesk"
    finally:
        create_application("ar")


def test_the_paused_collector_resumes_even_if_the_list_never_paints(
    qtbot, arabic_app, demo_services: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """``app.main`` pauses the cyclic collector until the first paint; a window that is never
    shown (started minimised, covered) must not leave it off for the whole session."""
    import gc

    from newsdesk.ui import main_window

    monkeypatch.setattr(main_window, "_COLLECTOR_RESUME_MS", 20)
    gc.disable()
    try:
        win = MainWindow(demo_services)
        qtbot.addWidget(win)  # built, never shown: no paint
        qtbot.waitUntil(gc.isenabled, timeout=3000)
    finally:
        gc.enable()


def test_each_part_of_the_preview_line_keeps_its_own_direction(
    qtbot, arabic_app, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    """Status, section, authors, time and count are one line of mixed scripts: digits after an
    Arabic name joined its right-to-left run, so the English UI read "114 · 17:47 28-11-2026
    words". Each part is a direction isolate of its own."""
    from newsdesk.ui.story_pane import StoryPane

    pane = StoryPane()
    qtbot.addWidget(pane)
    story = demo_services.stories.get(demo_services.stories.page(limit=1).items[0].id)
    assert story.section is not None and story.authors
    pane.show_story(story)
    line = pane.meta.text().split("<br>")[0]
    parts = line.split(" · ")
    assert len(parts) == 5
    assert all(p.startswith("\u2068") and p.endswith("\u2069") for p in parts), parts
