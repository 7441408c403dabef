"""Refusals from the services reach the interface in its language, with their place."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from newsdesk.services.container import Services
from newsdesk.services.errors import ValidationError
from newsdesk.ui import messages
from newsdesk.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from coded_errors import raises

_PLACEHOLDER = re.compile(r"\{(\w+)[^}]*\}")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def test_every_code_raised_has_a_sentence_with_the_values_it_is_given(arabic_app) -> None:  # type: ignore[no-untyped-def]
    missing, unknown_values, arabic_mismatch = [], [], []
    for r in raises():
        if r.code in (None, "*"):
            continue
        source = messages.SENTENCES.get(r.code)
        if source is None:
            missing.append(r.code)
            continue
        if not _placeholders(source) <= r.params:
            unknown_values.append((r.where, sorted(_placeholders(source) - r.params)))
        arabic = QCoreApplication.translate(messages.CONTEXT, source)
        if arabic == source or _placeholders(arabic) != _placeholders(source):
            arabic_mismatch.append(r.code)
    assert (sorted(set(missing)), unknown_values, sorted(set(arabic_mismatch))) == ([], [], [])


def test_a_search_the_parser_refuses_is_told_in_arabic(
    qtbot, arabic_app, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_services)
    qtbot.addWidget(win)
    win.story_list.search_box.setText("د*")
    qtbot.waitUntil(lambda: bool(win.statusBar().currentMessage()), timeout=5000)
    shown = win.statusBar().currentMessage()
    assert shown == "لا يقل عدد الأحرف قبل * في البحث ببداية الكلمة عن 2."
    assert "*" in shown and not _LATIN_WORD.search(shown)


def test_the_same_refusal_reads_english_in_an_english_interface(
    qtbot, qapp, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    from newsdesk.ui.application import create_application

    create_application("en")
    try:
        error = ValidationError("{name} is empty", code="media.empty", name="a.png")
        assert messages.describe(error) == "\u2068a.png\u2069 is empty."
    finally:
        create_application("ar")


def test_an_import_refusal_names_file_and_line_in_arabic(
    arabic_app, demo_services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "wire.jsonl"
    path.write_text('{"title": "خبر", "body": "نص"}\n{"title": "x", "status": "gone"}\n', "utf-8")
    (report,) = demo_services.imports.preview_files("jsonl", [path]).files
    assert report.error == f"{path}, line 2: unknown status 'gone'"  # the CLI's English
    shown = messages.describe(report.refusal)  # type: ignore[arg-type]
    assert shown == f"\u2068{path}\u2069، السطر 2: حالة غير معروفة: «\u2068gone\u2069»."


def test_an_unknown_code_still_gets_a_translated_frame(arabic_app) -> None:  # type: ignore[no-untyped-def]
    assert messages.describe(ValidationError("something new")) == (
        "لم يتمّ ذلك: \u2068something new\u2069"
    )
    assert messages.describe(OSError("disk full")) == "لم يتمّ ذلك: \u2068disk full\u2069"


def test_an_image_refusal_box_is_arabic(
    qtbot, arabic_app, demo_services: Services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from newsdesk.ui.editor.media_dialog import MediaLibraryDialog

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *a: shown.append((title, text))
    )
    empty = tmp_path / "photo.png"
    empty.write_bytes(b"")
    dialog = MediaLibraryDialog(demo_services.media)
    qtbot.addWidget(dialog)
    assert dialog.add_paths([str(empty)]) == []
    assert shown == [("لم تُضف بعض الصور", "الملف \u2068photo.png\u2069 فارغ.")]


@pytest.mark.parametrize(
    ("location", "arabic"),
    [
        ("line 12, column 3", "السطر 12، العمود 3"),
        ("front matter", "الترويسة"),
        ("$.headlines[0]", "\u2068$.headlines[0]\u2069"),
    ],
)
def test_places_are_translated(arabic_app, location: str, arabic: str) -> None:  # type: ignore[no-untyped-def]
    assert messages.place(location) == arabic


def test_a_missing_dictionary_is_explained_in_arabic(
    qtbot, arabic_app, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTextEdit

    from newsdesk.services.spelling import DictionaryMissing, SpellingService
    from newsdesk.ui.spell.highlighter import SpellHighlighter

    def missing(language: str):  # type: ignore[no-untyped-def]
        raise DictionaryMissing(
            "no {language} dictionary is installed (Debian: apt-get install {package})",
            code="spelling.no_dictionary",
            language=language,
            package=f"hunspell-{language}",
        )

    service = SpellingService(demo_services.database, checker_factory=missing, languages=("ar",))
    editor = QTextEdit()
    qtbot.addWidget(editor)
    highlighter = SpellHighlighter(editor.document(), service)
    with qtbot.waitSignal(highlighter.status_changed, timeout=10_000):
        highlighter.load_in_background()
    assert highlighter.status_message() == (
        "التدقيق الإملائي معطّل: لا يوجد قاموس \u2068ar\u2069 مثبّت "
        "(في ديبيان: apt-get install \u2068hunspell-ar\u2069)."
    )


def test_a_busy_database_during_an_import_is_told_in_arabic(arabic_app) -> None:  # type: ignore[no-untyped-def]
    """The import dialog's worker shows the database's refusal as a sentence, not as the
    driver's error with its SQL (before: ``OperationalError: (sqlite3.OperationalError) …``)."""
    from newsdesk.storage.db import StorageError
    from newsdesk.ui.import_dialog import GeneratorWorker

    def steps():  # type: ignore[no-untyped-def]
        raise StorageError(
            "the database is busy: another program kept it locked for more than {seconds} s; "
            "nothing was changed, try again",
            code="db.busy",
            seconds="10",
        )
        yield

    worker = GeneratorWorker(steps)
    said: list[str] = []
    worker.failed.connect(said.append)
    worker.run()  # on this thread: the signal is delivered at once
    assert said == [
        "قاعدة البيانات مشغولة: أبقاها برنامج آخر مقفلة أكثر من \u206810\u2069 ث. "
        "لم يتغيّر شيء؛ أعد المحاولة."
    ]
