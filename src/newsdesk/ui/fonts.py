"""The face story text is set in: a good Arabic face from a preference list, never boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

#: Best first. Naskh faces for reading; Noto Sans Arabic and the platforms' own Arabic faces
#: after them (Windows: Segoe UI, Arial; macOS: Geeza Pro, SF Arabic); DejaVu Sans draws
#: Arabic too and is on every Linux.
ARABIC_FACES = (
    "Noto Naskh Arabic",
    "Amiri",
    "Noto Sans Arabic",
    "Segoe UI",
    "Geeza Pro",
    "SF Arabic",
    "Arial",
    "DejaVu Sans",
)
#: Naskh faces carry no Latin letters; Latin inside Arabic text falls back to these.
LATIN_FALLBACKS = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial")


def arabic_families() -> list[str]:
    """The installed faces of the preference list that can draw Arabic, best first."""
    installed = set(QFontDatabase.families(QFontDatabase.WritingSystem.Arabic))
    return [face for face in ARABIC_FACES if face in installed]


def story_font(point_size: float = 13.0) -> QFont:
    """The font for headlines and story text: the best Arabic face, with Latin fallbacks."""
    families = arabic_families() + [
        f for f in LATIN_FALLBACKS if f in set(QFontDatabase.families())
    ]
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    return font


def interface_font(base: QFont) -> QFont:
    """The application's own font: the system font, with an Arabic face added for Arabic text."""
    sans = [f for f in ("Noto Sans Arabic", "Noto Naskh Arabic") if f in arabic_families()]
    if not sans:
        return base
    font = QFont(base)
    font.setFamilies([*sans, *base.families()])
    return font
