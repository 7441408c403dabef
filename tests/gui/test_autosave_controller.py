"""The autosave controller with an editor-tab double: timers only per key, writes off-thread."""

from __future__ import annotations

import time

import pytest
from editor_double import FakeEditorTab
from PySide6.QtCore import QSettings

from newsdesk.services.container import Services
from newsdesk.ui.autosave import AutosaveController, AutosaveSettings, EditorTab

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(demo_services: Services) -> FakeEditorTab:
    story_id = demo_services.stories.ids()[0]
    return FakeEditorTab(demo_services.stories.get(story_id))


def _controller(services: Services, idle: int, longest: int) -> AutosaveController:
    return AutosaveController(services.autosave, AutosaveSettings(idle, longest))


def test_the_double_satisfies_the_protocol(tab: FakeEditorTab) -> None:
    assert isinstance(tab, EditorTab)


def test_a_keystroke_only_starts_timers(qtbot, demo_services: Services, tab: FakeEditorTab) -> None:  # type: ignore[no-untyped-def]
    controller = _controller(demo_services, 60_000, 120_000)
    controller.watch(tab)
    tab.type("كلمة")
    assert controller.pending_timers(tab) == (True, True)
    assert tab.reads == 0  # the text was not even read
    assert demo_services.autosave.latest(tab.story_id) is None
    controller.flush()  # what quitting does
    latest = demo_services.autosave.latest(tab.story_id)
    assert latest is not None and latest.base_version == tab.base_version
    assert demo_services.autosave.restore(tab.story_id).body.endswith("كلمة")
    controller.stop()


def test_idle_pause_writes_the_autosave(qtbot, demo_services: Services, tab: FakeEditorTab) -> None:  # type: ignore[no-untyped-def]
    controller = _controller(demo_services, 50, 10_000)
    controller.watch(tab)
    with qtbot.waitSignal(controller.autosaved, timeout=5000) as blocker:
        tab.type(" جملة جديدة")
    assert blocker.args == [tab.story_id]
    assert demo_services.autosave.restore(tab.story_id).body.endswith(" جملة جديدة")
    controller.stop()


def test_continuous_typing_is_saved_at_the_maximum_interval(
    qtbot, demo_services: Services, tab: FakeEditorTab
) -> None:  # type: ignore[no-untyped-def]
    controller = _controller(demo_services, 400, 600)
    controller.watch(tab)
    saves: list[float] = []
    controller.autosaved.connect(lambda _id: saves.append(time.monotonic()))
    start = time.monotonic()
    while time.monotonic() - start < 2.0:  # never pausing 400 ms
        tab.type("ب")
        qtbot.wait(50)
    # The idle timer never fired, yet the maximum interval saved during the typing.
    assert len(saves) >= 2
    controller.stop()


def test_clean_tab_is_not_written_and_discard_forgets(
    qtbot, demo_services: Services, tab: FakeEditorTab
) -> None:  # type: ignore[no-untyped-def]
    controller = _controller(demo_services, 30, 60)
    controller.watch(tab)
    tab.content_changed.emit()  # e.g. a format change undone: nothing differs
    qtbot.wait(150)
    assert demo_services.autosave.latest(tab.story_id) is None
    tab.type("نص")
    qtbot.waitUntil(lambda: demo_services.autosave.latest(tab.story_id) is not None, timeout=5000)
    controller.unwatch(tab, discard=True)
    assert demo_services.autosave.latest(tab.story_id) is None
    assert controller.watched() == []
    controller.stop()


def test_settings_come_from_qsettings_and_are_clamped(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert AutosaveSettings.load(settings) == AutosaveSettings(2000, 5000)
    AutosaveSettings(1000, 3000).save(settings)
    assert AutosaveSettings.load(settings) == AutosaveSettings(1000, 3000)
    settings.setValue("autosave/idle_ms", "x")
    settings.setValue("autosave/max_ms", 10)
    assert AutosaveSettings.load(settings) == AutosaveSettings(2000, 2000)
