"""The story list at work: the model in every state, in-place updates, paging, columns,
navigator and filters, saved searches, the debounced search, bulk actions, opening, dragging."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDrag, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from newsdesk.core import text
from newsdesk.core.domain import Status
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryFilter, StoryInput
from newsdesk.services.saved_searches import SavedSearch
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.story_list.model import COLUMNS, STORY_IDS_MIME, StoryTableModel, status_label
from newsdesk.ui.story_list.picker import NamePickerDialog
from newsdesk.ui.story_list.search_box import DEBOUNCE_MS

pytestmark = pytest.mark.gui


def column(key: str) -> int:
    return next(i for i, (k, _, _) in enumerate(COLUMNS) if k == key)


class FakeSearch:
    """Stands in for issue 3's search service: ``ids(query, filter)``, best match first.

    A story matches when every normalised query word is in its normalised headline; the rank
    is "more occurrences first, then the higher id", enough to tell a ranking from a sort.
    """

    def __init__(self, services: Services) -> None:
        self.services = services
        self.calls: list[tuple[str, StoryFilter]] = []

    def ids(self, query: str, story_filter: StoryFilter | None) -> list[int]:
        self.calls.append((query, story_filter or StoryFilter()))
        words = text.normalize(query).split()
        candidates = self.services.stories.ids(story_filter or StoryFilter(), sort="id")
        scored = []
        for summary in self.services.stories.summaries(candidates):
            headline = text.normalize(summary.headline)
            if all(w in headline for w in words):
                scored.append((sum(headline.count(w) for w in words), summary.id))
        return [sid for _, sid in sorted(scored, reverse=True)]


@pytest.fixture(autouse=True)
def fresh_window_settings():  # type: ignore[no-untyped-def]
    """Each test starts from default columns and order (windows save theirs on close)."""
    from PySide6.QtCore import QSettings

    QSettings("Newsdesk", "Newsdesk").clear()
    yield
    QSettings("Newsdesk", "Newsdesk").clear()


@pytest.fixture
def fake_search(demo_services: Services) -> FakeSearch:
    return FakeSearch(demo_services)


@pytest.fixture
def window(qtbot, arabic_app, demo_services: Services, fake_search: FakeSearch) -> MainWindow:  # type: ignore[no-untyped-def]
    demo_services.search = fake_search  # type: ignore[attr-defined]  # what the lead wires
    win = MainWindow(demo_services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.story_list.poll_timer.stop()  # the tests poll by hand
    win.navigator.fill_vocabularies()
    return win


def type_text(widget, value: str) -> None:  # type: ignore[no-untyped-def]
    """Commit text the way an Arabic input method does (keyClicks aborts on non-Latin-1)."""
    event = QInputMethodEvent()
    event.setCommitString(value)
    widget.setFocus()
    QTest.qWait(0)
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, event)


def headlines(model: StoryTableModel) -> list[str]:
    return [model.summary(r).headline for r in range(model.rowCount())]  # type: ignore[union-attr]


# -- the model -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "state", ["plain", "filtered", "sorted", "searched", "searched-sorted", "empty", "synced"]
)
def test_model_passes_the_model_tester_in_every_state(
    qtmodeltester, arabic_app, demo_services: Services, fake_search: FakeSearch, state: str
) -> None:  # type: ignore[no-untyped-def]
    model = StoryTableModel(demo_services.stories, search_ids=fake_search.ids)
    model.PAGE_SIZE = 7  # several pages of ids even in the demo newsroom
    if state == "filtered":
        model.set_filter(StoryFilter(statuses=(Status.PUBLISHED,)))
        assert model.rowCount() > 7
    elif state == "sorted":
        model.sort(column("headline"), Qt.SortOrder.AscendingOrder)
        assert headlines(model) == sorted(headlines(model))
    elif state in ("searched", "searched-sorted"):
        model.set_query("الطاقة")
        assert 0 < model.rowCount() < 45 and model.is_ranked
        if state == "searched-sorted":
            model.sort(column("words"), Qt.SortOrder.DescendingOrder)
            assert not model.is_ranked
    elif state == "empty":
        model.set_filter(StoryFilter(statuses=(Status.KILLED,), tag="لا يوجد وسم كهذا"))
        assert model.rowCount() == 0
    else:
        model.reload()
    qtmodeltester.check(model, force_py=True)
    if state == "synced":  # the tester stays connected: removals, insertions, a new order
        ids = model.story_ids()
        demo_services.stories.trash(ids[3:5])
        demo_services.stories.create(StoryInput(headline="خبر جديد"))
        assert model.sync() is True
        model.sync(list(reversed(model.story_ids())))
        assert model.rowCount() == len(ids) - 1


def test_pages_of_ids_are_fetched_on_demand(demo_services: Services) -> None:
    model = StoryTableModel(demo_services.stories)
    model.PAGE_SIZE = 10
    model.reload()
    everything = demo_services.stories.ids(StoryFilter())
    assert model.rowCount() == len(everything)
    assert model._ids[10:] == [None] * (len(everything) - 10)  # only the first page asked for
    last = model.rowCount() - 1
    assert model.summary(last).id == everything[-1]  # type: ignore[union-attr]  # a jump
    assert model._ids[20:40].count(None) == 20  # … without the pages in between
    assert model.row_of(everything[25]) == 25  # finding a row fetches them all, once
    assert None not in model._ids


def test_a_changed_story_updates_its_row_without_a_reset(qtbot, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    model = StoryTableModel(demo_services.stories)
    model.reload()
    row = 4
    story = demo_services.stories.get(model.story_id(row))
    assert model.data(model.index(row, column("headline"))) == story.headline
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    demo_services.stories.save(
        story.id,
        StoryInput(**{**_input(story), "headline": "عنوان جديد تماماً"}),
        expected_version=story.version,
    )
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.refresh_story(story.id)
    assert signal.args[0].row() == row == signal.args[1].row()
    assert model.data(model.index(row, column("headline"))) == "عنوان جديد تماماً"
    assert resets == []


def _input(story) -> dict:  # type: ignore[no-untyped-def]
    from dataclasses import asdict

    return asdict(story.to_input())


def test_another_desk_writes_and_the_poll_updates_in_place(
    window: MainWindow, demo_services: Services, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    panel = window.story_list
    model = window.model
    assert panel.poll() is False  # nothing written since the list asked
    window.list_view.select_row(5)
    chosen = model.story_id(5)
    scroll = window.list_view.verticalScrollBar().value()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    other = Services.open(demo_services.database.url, user="another-desk")
    try:
        story = other.stories.get(model.story_id(2))
        other.stories.save(
            story.id,
            StoryInput(**{**_input(story), "headline": "تحديث من مكتب آخر"}),
            expected_version=story.version,
        )
        new = other.stories.create(StoryInput(headline="خبر جديد من مكتب آخر"))
    finally:
        other.close()
    assert panel.poll() is True
    assert resets == []
    assert model.row_of(new.id) == 0  # newest change first: both moved to the top
    assert model.summary(model.row_of(story.id)).headline == "تحديث من مكتب آخر"  # type: ignore[union-attr, arg-type]
    assert window.selected_ids() == [chosen]  # the selection followed its story
    assert window.list_view.verticalScrollBar().value() == scroll
    assert "(46)" in window.navigator._all.text(0)
    assert panel.poll() is False


# -- columns -------------------------------------------------------------------------------------


def test_hidden_columns_and_their_order_survive_a_restart(
    qtbot, window: MainWindow, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    menu = window.list_view.header_menu()
    words = next(a for a in menu.actions() if a.data() == column("words"))
    assert words.isChecked()
    words.trigger()
    assert not window.list_view.is_column_visible("words")
    header = window.list_view.horizontalHeader()
    header.moveSection(header.visualIndex(column("section")), 0)
    window.close()
    again = MainWindow(demo_services)
    qtbot.addWidget(again)
    try:
        assert not again.list_view.is_column_visible("words")
        assert again.list_view.horizontalHeader().logicalIndex(0) == column("section")
    finally:
        again.list_view.set_column_visible("words", True)
        header = again.list_view.horizontalHeader()
        header.moveSection(header.visualIndex(column("section")), column("section"))
        again.close()


def test_the_last_visible_column_cannot_be_hidden(window: MainWindow) -> None:
    view = window.list_view
    for key, _, _ in COLUMNS[1:]:
        view.set_column_visible(key, False)
    try:
        [status] = [a for a in view.header_menu().actions() if a.isChecked()]
        assert not status.isEnabled()
    finally:
        for key, _, _ in COLUMNS:
            view.set_column_visible(key, True)


def test_status_column_has_icon_and_text(window: MainWindow) -> None:
    index = window.model.index(0, column("status"))
    assert window.model.data(index) in {status_label(s) for s in Status}
    assert not window.model.data(index, Qt.ItemDataRole.DecorationRole).isNull()


# -- navigator and filters ------------------------------------------------------------------------


def test_tags_authors_and_more(window: MainWindow, demo_services: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    nav = window.navigator
    top = demo_services.taxonomy.top_tags(1)[0]
    item = next(i for i in nav._iter_items() if i.text(0) == top.tag.name)
    nav.setCurrentItem(item)
    assert window.model.rowCount() == top.stories
    for row in range(window.model.rowCount()):
        story = demo_services.stories.get(window.model.story_id(row))
        assert top.tag.slug in {t.slug for t in story.tags}
    # "More tags…": the long list, filtered in normalised Arabic.
    rare = min(demo_services.taxonomy.tags(), key=lambda u: u.stories)
    seen: dict[str, list[str]] = {}

    def fake_exec(dialog: NamePickerDialog) -> int:
        dialog.filter_edit.setText(text.normalize(rare.tag.name))
        seen["names"] = dialog.visible_names()
        return 1

    monkeypatch.setattr(NamePickerDialog, "exec", fake_exec)
    assert nav.pick_more("tag") == StoryFilter(tag=rare.tag.slug)
    assert rare.tag.name in seen["names"]
    assert window.model.rowCount() == rare.stories
    # Authors.
    author = demo_services.taxonomy.authors()[0]
    assert nav.select_filter(StoryFilter(author=author.slug))
    assert (
        window.model.rowCount() == demo_services.stories.count(StoryFilter(author=author.slug)) > 0
    )


def test_my_stories(window: MainWindow, demo_services: Services) -> None:
    nav = window.navigator
    assert nav._mine is not None
    nav.setCurrentItem(nav._mine)
    assert window.model.rowCount() == 0  # the demo was filled by "demo"; we are "tester"
    created = demo_services.stories.create(StoryInput(headline="خبري الأول"))
    window.refresh()
    assert window.model.story_ids() == [created.id]


def test_date_range_narrows_any_choice(window: MainWindow, demo_services: Services) -> None:
    bar = window.story_list.dates
    everything = window.model.rowCount()
    stamps = sorted(
        s.published_at or s.updated_at
        for s in demo_services.stories.summaries(window.model.story_ids())
    )
    middle = stamps[len(stamps) // 2].astimezone()
    bar.set_range(middle, None)
    after = window.model.rowCount()
    assert 0 < after < everything
    for row in range(after):
        s = window.model.summary(row)
        assert (s.published_at or s.updated_at) >= middle.replace(
            hour=0, minute=0, second=0, microsecond=0
        )  # type: ignore[union-attr]
    # The range stays when another navigator entry is chosen.
    window.navigator.setCurrentItem(window.navigator._status_items[Status.PUBLISHED])
    expected = demo_services.stories.count(
        StoryFilter(statuses=(Status.PUBLISHED,), date_from=bar.range()[0])
    )
    assert window.model.rowCount() == expected
    bar.clear_button.click()
    assert window.model.rowCount() == demo_services.stories.count(
        StoryFilter(statuses=(Status.PUBLISHED,))
    )


def test_saved_searches_save_list_apply_delete(
    window: MainWindow, demo_services: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    nav = window.navigator
    nav.setCurrentItem(nav._status_items[Status.PUBLISHED])
    start = datetime(2026, 1, 1, tzinfo=UTC).astimezone()
    window.story_list.dates.set_range(start, None)
    window.list_view.sortByColumn(column("headline"), Qt.SortOrder.AscendingOrder)
    wanted = window.model.story_ids()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("منشورة هذا العام", True))
    window.save_search_action.trigger()
    item = nav.saved_item("منشورة هذا العام")
    assert item is not None
    nav.setCurrentItem(nav._trash)
    assert window.model.story_ids() != wanted
    window.story_list.dates.set_range(None, None)
    nav.setCurrentItem(item)
    assert window.model.story_ids() == wanted
    assert window.story_list.dates.range()[0] is not None
    assert window.model.sort_key == "headline" and not window.model.descending
    assert window.list_view.horizontalHeader().sortIndicatorSection() == column("headline")
    # It is in the settings, for this user only.
    [stored] = demo_services.settings.get("saved_searches:tester")
    assert stored["filter"]["statuses"] == ["published"]
    menu = nav.saved_menu("منشورة هذا العام")
    menu.actions()[0].trigger()
    assert nav.saved_item("منشورة هذا العام") is None
    assert demo_services.settings.get("saved_searches:tester") == []


def test_a_saved_search_keeps_its_words(window: MainWindow, demo_services: Services) -> None:
    window.navigator.add_saved(SavedSearch("الطاقة", StoryFilter(), "الطاقة"))
    window.navigator.setCurrentItem(window.navigator._trash)
    window.navigator.setCurrentItem(window.navigator.saved_item("الطاقة"))
    assert window.story_list.search_box.text() == "الطاقة"
    assert window.model.query == "الطاقة" and window.model.is_ranked


# -- search ----------------------------------------------------------------------------------------


def test_search_box_is_debounced_and_ranks_then_sorts(
    qtbot, window: MainWindow, fake_search: FakeSearch
) -> None:  # type: ignore[no-untyped-def]
    box = window.story_list.search_box
    assert box.isEnabled()
    fake_search.calls.clear()
    type_text(box, "الطاقه")  # ه for ة: the search normalises
    assert box.text() == "الطاقه"
    assert box.timer.isActive() and fake_search.calls == []  # not yet: typing may go on
    qtbot.waitUntil(lambda: window.model.query == "الطاقه", timeout=DEBOUNCE_MS * 8)
    assert len(fake_search.calls) == 1
    ranked = window.model.story_ids()
    assert ranked and ranked == fake_search.ids("الطاقه", window.story_list.effective_filter())
    assert window.list_view.horizontalHeader().sortIndicatorSection() == -1
    # A column sort re-sorts exactly the matches, in the database.
    window.list_view.sortByColumn(column("headline"), Qt.SortOrder.AscendingOrder)
    assert sorted(window.model.story_ids()) == sorted(ranked)
    assert headlines(window.model) == sorted(headlines(window.model))
    # Back to the ranking.
    window.model.sort(-1)
    assert window.model.story_ids() == ranked
    # The search respects the navigator's choice.
    window.navigator.setCurrentItem(window.navigator._status_items[Status.DRAFT])
    assert fake_search.calls[-1][1].statuses == (Status.DRAFT,)
    box.clear()
    qtbot.waitUntil(lambda: window.model.query == "", timeout=DEBOUNCE_MS * 8)


def _list_queries(services: Services):  # type: ignore[no-untyped-def]
    """Collects the statements that ask for a page of the list's ids (a new question)."""
    from sqlalchemy import event

    asked: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("SELECT articles.id \nFROM articles") and "LIMIT" in statement:
            asked.append(statement)

    event.listen(services.database.engine, "before_cursor_execute", note)
    return asked


def test_a_sort_asks_once_and_re_sorts_a_search_without_searching_again(
    window: MainWindow, demo_services: Services, fake_search: FakeSearch
) -> None:
    asked = _list_queries(demo_services)
    # sortByColumn reaches the model twice (header signal, then directly): one question.
    window.list_view.sortByColumn(column("words"), Qt.SortOrder.DescendingOrder)
    assert len(asked) == 1 and "word_count DESC" in asked[0]
    window.story_list._on_query("الطاقة")
    ranked = window.model.story_ids()
    assert ranked and window.model.is_ranked
    searches = len(fake_search.calls)
    window.list_view.sortByColumn(column("headline"), Qt.SortOrder.AscendingOrder)
    window.list_view.sortByColumn(column("headline"), Qt.SortOrder.DescendingOrder)
    assert len(fake_search.calls) == searches  # the same matches, in another order
    assert window.model.rowCount() == len(ranked)
    assert sorted(window.model.story_ids()) == sorted(ranked)
    assert headlines(window.model) == sorted(headlines(window.model), reverse=True)
    window.model.sort(-1)
    assert window.model.story_ids() == ranked and len(fake_search.calls) == searches
    # New words, or the poll, do search again.
    window.story_list.poll()
    window.story_list._on_query("النفط")
    assert len(fake_search.calls) > searches


def test_the_window_starts_in_the_remembered_order_asking_once(
    qtbot, window: MainWindow, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    window.list_view.sortByColumn(column("headline"), Qt.SortOrder.AscendingOrder)
    window.close()  # remembers the columns and their order
    asked = _list_queries(demo_services)
    again = MainWindow(demo_services)
    qtbot.addWidget(again)
    try:
        assert len(asked) == 1 and "headline ASC" in asked[0]
        assert again.model.sort_key == "headline" and not again.model.descending
        header = again.list_view.horizontalHeader()
        assert header.sortIndicatorSection() == column("headline")
        assert headlines(again.model) == sorted(headlines(again.model))
    finally:
        again.close()


def test_the_search_box_uses_the_arabic_search_service(
    qtbot, arabic_app, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_services)
    qtbot.addWidget(win)
    box = win.story_list.search_box
    assert box.isEnabled()
    # Typed without the hamza and with ه for ة: the search folds both.
    query = "الطاقه المتجدده"
    expected = demo_services.search.ids(query, win.model.story_filter)
    assert expected, "the demo newsroom has stories on renewable energy"
    box.setText(query)
    qtbot.waitUntil(lambda: win.model.query == query, timeout=DEBOUNCE_MS * 8)
    assert win.model.story_ids() == expected


# -- bulk actions ----------------------------------------------------------------------------------


def select_ids(window: MainWindow, ids: list[int]) -> None:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    selection = QItemSelection()
    for sid in ids:
        row = window.model.row_of(sid)
        selection.select(window.model.index(row, 0), window.model.index(row, len(COLUMNS) - 1))  # type: ignore[arg-type]
    window.list_view.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def test_bulk_status_change_reports_the_refused_in_arabic(
    window: MainWindow, demo_services: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    drafts = demo_services.stories.ids(StoryFilter(statuses=(Status.DRAFT,)))
    published = demo_services.stories.ids(StoryFilter(statuses=(Status.PUBLISHED,)))[:2]
    select_ids(window, [*drafts, *published])
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    resets: list[bool] = []
    window.model.modelReset.connect(lambda: resets.append(True))
    window.story_list.bulk.status_actions[Status.SUBMITTED].trigger()
    assert all(demo_services.stories.get(i).status is Status.SUBMITTED for i in drafts)
    assert all(demo_services.stories.get(i).status is Status.PUBLISHED for i in published)
    [box] = shown
    assert "لا يمكن" in box.informativeText() and "منشور" in box.informativeText()
    for sid in published:
        assert demo_services.stories.get(sid).headline in box.informativeText()
    assert resets == []
    row = window.model.row_of(drafts[0])
    assert window.model.data(window.model.index(row, column("status"))) == "مُرسَل"  # type: ignore[arg-type]
    assert f"({len(drafts) + 2})" in window.navigator._status_items[Status.SUBMITTED].text(0)


def test_bulk_tags_and_section(window: MainWindow, demo_services: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = window.model.story_ids()[:3]
    select_ids(window, ids)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("وسم أول، وسم ثان", True))
    report = window.story_list.bulk.add_tags()
    assert report is not None and report.changed == tuple(ids)
    for sid in ids:
        assert {"وسم أول", "وسم ثان"} <= {t.name for t in demo_services.stories.get(sid).tags}
    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *_a, **_k):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return ("وسم أول", True)

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    window.story_list.bulk.remove_tag()
    assert offered[0][:2] == ["وسم أول", "وسم ثان"]  # shared by all three: first
    assert all("وسم أول" not in {t.name for t in demo_services.stories.get(s).tags} for s in ids)
    sport = demo_services.taxonomy.sections()[3]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (sport.name, True))
    window.story_list.bulk.section_action.trigger()
    assert all(demo_services.stories.get(s).section.slug == sport.slug for s in ids)  # type: ignore[union-attr]
    row = window.model.row_of(ids[0])
    assert window.model.data(window.model.index(row, column("section"))) == sport.name  # type: ignore[arg-type]


def test_context_menu_offers_the_bulk_actions(window: MainWindow) -> None:
    window.list_view.select_row(0)
    texts = [a.text() for a in window.list_view.row_menu().actions() if not a.isSeparator()]
    assert "تغيير الحالة" in texts and "نقل إلى سلة المحذوفات" in texts
    assert any("وسوم" in t for t in texts)


# -- keyboard, opening, dragging ---------------------------------------------------------------------


def test_keyboard_moves_across_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.list_view
    window.model.PAGE_SIZE = 5
    window.model.reload()
    view.select_row(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == window.model.rowCount() - 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    page = view.currentIndex().row()
    assert page > 5
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == page + 1
    assert window.selected_ids() == [window.model.story_ids()[page + 1]]


def test_a_new_question_shows_the_top_of_its_answer(window: MainWindow) -> None:
    view = window.list_view
    window.resize(900, 300)  # fewer rows than the demo newsroom fit
    view.scrollToBottom()
    assert view.verticalScrollBar().value() > 0
    window.story_list._on_query("الطاقة")
    assert view.verticalScrollBar().value() == 0 and view.rowAt(0) == 0
    view.scrollToBottom()
    window.list_view.sortByColumn(column("headline"), Qt.SortOrder.AscendingOrder)
    assert view.verticalScrollBar().value() == 0
    window.story_list._on_query("")
    view.scrollToBottom()
    bottom = view.verticalScrollBar().value()
    window.story_list.poll()  # nothing changed: the position stays
    assert view.verticalScrollBar().value() == bottom > 0


def test_enter_and_double_click_open_the_story(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.list_view
    view.select_row(3)
    view.setFocus()
    with qtbot.waitSignal(view.open_requested) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [window.model.story_id(3)]
    rect = view.visualRect(window.model.index(1, column("headline")))
    with qtbot.waitSignal(view.open_requested) as signal:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [window.model.story_id(1)]
    # Opening puts the story in an editor tab beside the list.
    opened = {tab.story_id for tab in window.editor_area.editors()}
    assert {window.model.story_id(3), window.model.story_id(1)} <= opened


def test_dragging_stories_out(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = window.model.story_ids()[:2]
    select_ids(window, ids)
    mime = window.model.mimeData([window.model.index(window.model.row_of(i), 0) for i in ids])  # type: ignore[arg-type]
    assert json.loads(bytes(mime.data(STORY_IDS_MIME)).decode()) == ids
    assert mime.text().splitlines()[0] == window.model.summary(0).headline  # type: ignore[union-attr]
    started: list[QDrag] = []

    def fake_exec(drag: QDrag, *args) -> Qt.DropAction:  # type: ignore[no-untyped-def]
        started.append(drag)
        return Qt.DropAction.CopyAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    window.list_view.startDrag(Qt.DropAction.CopyAction)
    [drag] = started
    assert json.loads(bytes(drag.mimeData().data(STORY_IDS_MIME)).decode()) == ids
    assert not drag.pixmap().isNull()


def test_trash_removes_rows_without_a_reset(window: MainWindow, demo_services: Services) -> None:
    resets: list[bool] = []
    window.model.modelReset.connect(lambda: resets.append(True))
    total = window.model.rowCount()
    window.list_view.select_row(2)
    victim = window.model.story_id(2)
    window.trash_action.trigger()
    assert window.model.rowCount() == total - 1 and window.model.row_of(victim) is None
    assert resets == []
    assert demo_services.stories.get(victim).in_trash


def test_menus_pop_up_where_asked(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    from newsdesk.ui.story_list import view

    shown: list[QMenu] = []
    monkeypatch.setattr(view, "popup_menu", lambda menu, at: shown.append(menu))
    window.list_view._show_header_menu(QPoint(10, 5))
    assert len(shown) == 1 and len(shown[0].actions()) == len(COLUMNS)
    rect = window.list_view.visualRect(window.model.index(2, column("headline")))
    from PySide6.QtGui import QContextMenuEvent

    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse,
        rect.center(),
        window.list_view.viewport().mapToGlobal(rect.center()),
    )
    window.list_view.contextMenuEvent(event)
    assert len(shown) == 2 and window.list_view.selected_rows() == [2]


def test_dates_are_whole_local_days() -> None:
    from PySide6.QtCore import QDate

    from newsdesk.ui.story_list.panel import day_start

    start = day_start(QDate(2026, 3, 1))
    assert start.tzinfo is not None
    assert start.astimezone().hour == 0 and start.astimezone().date().isoformat() == "2026-03-01"
    assert day_start(QDate(2026, 3, 2)) - start == timedelta(days=1)


def test_tag_names_split_on_latin_and_arabic_separators() -> None:
    from newsdesk.ui.story_list.bulk import split_tag_names

    assert split_tag_names(" النفط، الأسعار ,الطاقة؛ ; ") == ["النفط", "الأسعار", "الطاقة"]


def test_enter_in_the_search_box_searches_at_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    box = window.story_list.search_box
    type_text(box, "المياه")
    with qtbot.waitSignal(box.query_changed, timeout=100) as signal:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert signal.args == ["المياه"] and not box.timer.isActive()
    assert window.model.query == "المياه"
