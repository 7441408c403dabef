"""Start-up staging: work that waits until a widget has painted for the first time.

The window shows its list first; what only completes the picture (the navigator's tag and
author lists, the preview of the selected story) runs once the first paint has reached the
screen, when control is back in the event loop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` once, right after ``widget``'s first paint (never during it)."""
    _FirstPaint(widget, callback)
