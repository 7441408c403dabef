"""A stand-in for the editor tab (issue 5) with exactly the interface autosave relies on.

At merge the lead swaps it for the real editor tab; every test written against it must pass
unchanged with the real one.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from newsdesk.services.dto import Story, StoryInput


class FakeEditorTab(QObject):
    content_changed = Signal()

    def __init__(self, story: Story) -> None:
        super().__init__()
        self.story_id = story.id
        self.base_version = story.version
        self._saved = story.to_input()
        self.body = story.body
        self.reads = 0

    def type(self, text: str) -> None:
        """One content_changed per character, as a keyboard would send them."""
        for ch in text:
            self.body += ch
            self.content_changed.emit()

    def current_input(self) -> StoryInput:
        self.reads += 1
        return replace(self._saved, body=self.body)

    def is_dirty(self) -> bool:
        return self.body != self._saved.body

    def mark_saved(self, story: Story) -> None:
        self._saved = story.to_input()
        self.base_version = story.version
