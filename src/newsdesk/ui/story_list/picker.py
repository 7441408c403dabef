"""A short dialog to pick one name from a long list (tags, authors), filtered as you type.

The filter compares Arabic-normalised text (``core.text.normalize``), so typing "اسعار" finds
"أسعار" and "الطاقه" finds "الطاقة".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core import text

VALUE_ROLE = Qt.ItemDataRole.UserRole


class NamePickerDialog(QDialog):
    """Choose one of ``choices`` (shown name, value); ``chosen()`` gives the value."""

    def __init__(
        self, title: str, choices: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("namePicker")
        self.setWindowTitle(title)
        self.resize(360, 480)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.list = QListWidget()
        self._keys: list[str] = []
        for name, value in choices:
            item = QListWidgetItem(name, self.list)
            item.setData(VALUE_ROLE, value)
            self._keys.append(text.normalize(name))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self.apply_filter)
        if self.list.count():
            self.list.setCurrentRow(0)

    def apply_filter(self, typed: str) -> None:
        key = text.normalize(typed).strip()
        first = None
        for row, name_key in enumerate(self._keys):
            hidden = bool(key) and key not in name_key
            self.list.item(row).setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)

    def visible_names(self) -> list[str]:
        return [
            self.list.item(r).text()
            for r in range(self.list.count())
            if not self.list.item(r).isHidden()
        ]

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(VALUE_ROLE))
