"""``services.exporting``: a ``RemoteExporter`` asks, ``serve`` answers with another exporter's
answers, over two pipes (as between the two processes of ``newsdesk export site``)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from newsdesk.export.model import Article, SiteContent, SiteInfo, Term
from newsdesk.export.writer import WriteReport
from newsdesk.services.errors import ValidationError
from newsdesk.services.exporting import (
    ExportFailed,
    RemoteExporter,
    SiteExporter,
    SiteInputs,
    run_changes,
    serve,
)
from newsdesk.storage.errors import StorageError
from newsdesk.storage.export_inputs import REMOVED

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


class Answers(SiteExporter):
    """An exporter that answers from memory and notes what it was asked."""

    def __init__(self, *, whole_needed: bool = False) -> None:
        super().__init__(clock=lambda: NOW)
        self.asked: list[tuple[str, tuple[Any, ...]]] = []
        self.whole_needed = whole_needed

    def _note(self, name: str, *args: Any) -> None:
        self.asked.append((name, args))

    def _read_inputs(
        self, base_url: str | None, theme: Path | None, feeds: bool, target: str
    ) -> SiteInputs:
        raise NotImplementedError

    def content(self, base_url: str | None = None) -> tuple[SiteContent, dict[str, str]]:
        raise NotImplementedError

    def articles(
        self,
        now: datetime,
        info: SiteInfo,
        sections: Mapping[int, Term],
        only: Sequence[int] | None = None,
        newest_first: Sequence[int] | None = None,
    ) -> tuple[list[Article], dict[str, str]]:
        raise NotImplementedError

    def front_slots(self) -> list[tuple[Any, ...]]:
        self._note("front_slots")
        return [("lead", 0, 7, None)]

    def cached_html(self, hashes: frozenset[str]) -> dict[str, str]:
        self._note("cached_html", hashes)
        return {h: f"<p>{h}</p>" for h in sorted(hashes)}

    def store_rendered(self, rendered: Mapping[str, tuple[str, str]]) -> None:
        self._note("store_rendered", dict(rendered))

    def media_bytes(self, sha256: str) -> bytes | None:
        self._note("media_bytes", sha256)
        if sha256 == "busy":
            raise StorageError("the database is busy", code="db.busy", seconds="10")
        if sha256 == "bad":
            raise ValidationError("{name} is not an image", code="media.bad", name="x.png")
        return None if sha256 == "gone" else b"\x89PNG"

    def record(
        self,
        target: str,
        destination: str,
        started: datetime,
        status: str,
        manifest: dict[str, str],
        summary: dict[str, Any],
        report: WriteReport | None = None,
        built_from: str = "",
    ) -> None:
        self._note("record", status, manifest, report)

    def record_changes(
        self,
        target: str,
        destination: str,
        started: datetime,
        changes: dict[str, str],
        summary: dict[str, Any],
        built_from: str,
    ) -> bool:
        self._note("record_changes", changes, built_from)
        return not self.whole_needed


@pytest.fixture
def pair() -> Iterator[tuple[RemoteExporter, Answers]]:
    """A remote exporter, and the one whose answers it gets (served by a thread)."""
    answers = Answers()
    asked, ask = os.pipe()
    answered, answer = os.pipe()
    with (
        os.fdopen(asked, "rb") as questions,
        os.fdopen(answer, "wb") as replies,
        os.fdopen(ask, "wb") as requests,
        os.fdopen(answered, "rb") as responses,
    ):
        server = threading.Thread(target=serve, args=(answers, questions, replies))
        server.start()
        yield RemoteExporter(requests, responses), answers
        requests.close()  # its end closed: ``serve`` returns
        server.join(timeout=10)
        assert not server.is_alive()


def test_questions_get_the_other_exporters_answers(pair: Any) -> None:
    remote, answers = pair
    assert remote.clock() == NOW
    assert remote.front_slots() == [("lead", 0, 7, None)]
    assert remote.cached_html(frozenset({"b", "a"})) == {"a": "<p>a</p>", "b": "<p>b</p>"}
    remote.store_rendered({"a": ("<p>ا</p>", "ا")})
    assert remote.media_bytes("abc") == b"\x89PNG" and remote.media_bytes("gone") is None
    assert [name for name, _ in answers.asked] == [
        "front_slots",
        "cached_html",
        "store_rendered",
        "media_bytes",
        "media_bytes",
    ]
    assert answers.asked[2][1] == ({"a": ("<p>ا</p>", "ا")},)


def test_an_error_there_is_raised_here_with_its_code(pair: Any) -> None:
    remote, _answers = pair
    with pytest.raises(StorageError) as busy:
        remote.media_bytes("busy")
    assert busy.value.code == "db.busy" and busy.value.params == {"seconds": "10"}
    with pytest.raises(ValidationError) as bad:
        remote.media_bytes("bad")
    assert bad.value.code == "media.bad" and str(bad.value) == "x.png is not an image"
    assert remote.front_slots()  # the exchange goes on after an error


def test_a_run_crosses_over_by_its_changes_unless_the_whole_is_needed(pair: Any) -> None:
    """The manifest (a hash per file) is sent only when the run must store it whole."""
    remote, answers = pair
    manifest = {"index.html": "h1", "a/index.html": "h2", "b/index.html": "h3"}
    report = WriteReport(1, 2, 1, manifest, ("a/index.html",), ("old/index.html",))
    started = datetime(2026, 11, 29, tzinfo=UTC)
    remote.record("site", "/out", started, "done", manifest, {}, report, "digest")
    assert answers.asked == [
        ("record_changes", ({"a/index.html": "h2", "old/index.html": REMOVED}, "digest"))
    ]
    answers.asked.clear()
    answers.whole_needed = True
    remote.record("site", "/out", started, "done", manifest, {}, report, "digest")
    assert [name for name, _ in answers.asked] == ["record_changes", "record"]
    assert answers.asked[1][1] == ("done", manifest, None)
    answers.asked.clear()
    remote.record("site", "/out", started, "cancelled", {}, {"message": "cancelled"})
    assert [name for name, _ in answers.asked] == ["record"]


def test_run_changes_names_written_and_removed_files() -> None:
    report = WriteReport(1, 1, 1, {"a": "1", "b": "2"}, ("b",), ("c",))
    assert run_changes(report.manifest, report) == {"b": "2", "c": REMOVED}


def test_serve_refuses_what_an_exporter_may_not_ask() -> None:
    asked, ask = os.pipe()
    answered, answer = os.pipe()
    with (
        os.fdopen(asked, "rb") as questions,
        os.fdopen(answer, "wb") as replies,
        os.fdopen(ask, "wb") as requests,
        os.fdopen(answered, "rb"),
    ):
        import pickle

        pickle.dump(("__init__", (), {}), requests)
        requests.flush()
        with pytest.raises(ValueError, match="may not"):
            serve(Answers(), questions, replies)


def test_a_reader_that_ends_fails_the_export_with_a_sentence() -> None:
    asked, ask = os.pipe()
    answered, answer = os.pipe()
    os.close(answer)  # the other process is gone: no answer will come
    with (
        os.fdopen(asked, "rb"),
        os.fdopen(ask, "wb") as requests,
        os.fdopen(answered, "rb") as responses,
    ):
        remote = RemoteExporter(requests, responses)
        with pytest.raises(ExportFailed) as failed:
            remote.front_slots()
    assert failed.value.code == "export.reader_gone"


def test_the_export_input_names_are_the_models_tables() -> None:
    """``storage.export_inputs`` spells out, without SQLAlchemy, names the models own."""
    from newsdesk.storage import export_inputs as names
    from newsdesk.storage import models
    from newsdesk.storage.publishing_queries import _EXPORT_INPUTS

    read = {table.name: columns for table, columns in _EXPORT_INPUTS}
    assert models.ArticleRecord.__tablename__ == names.ARTICLES
    assert read[names.ARTICLES] == names.ARTICLE_INPUTS
    assert set(names.ARTICLE_INPUTS) <= set(models.ArticleRecord.__table__.columns.keys())
    assert (
        tuple(
            record.__tablename__
            for record in (
                models.ArticleAuthorRecord,
                models.ArticleTagRecord,
                models.CorrectionRecord,
                models.RelatedLinkRecord,
            )
        )
        == names.STORY_TABLES
    )
    assert (
        tuple(
            record.__tablename__
            for record in (models.AuthorRecord, models.TagRecord, models.MediaAssetRecord)
        )
        == names.TERM_TABLES
    )
    assert set(names.STORY_TABLES) | set(names.TERM_TABLES) <= set(read)
    assert names.PUBLIC_MARKS not in read  # a key of its own beside the tables


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked askers")
def test_forked_askers_take_turns(tmp_path: Path) -> None:
    """Render workers forked from the exporter ask over the same pipes: one exchange at a
    time (the lock they share), each gets its own answers."""
    asked, ask = os.pipe()
    answered, answer = os.pipe()
    server = os.fork()
    if server == 0:  # the process with the database
        os.close(ask)
        os.close(answered)
        status = 1
        try:
            with os.fdopen(asked, "rb") as questions, os.fdopen(answer, "wb") as replies:
                serve(Echo(), questions, replies)
            status = 0
        finally:
            os._exit(status)
    os.close(asked)
    os.close(answer)
    with os.fdopen(ask, "wb") as requests, os.fdopen(answered, "rb") as responses:
        remote = RemoteExporter(requests, responses)

        def ask_many(name: str) -> bool:
            return all(
                remote.media_bytes(f"{name}-{n}") == f"{name}-{n}".encode() * 50 for n in range(300)
            )

        worker = os.fork()
        if worker == 0:
            os._exit(0 if ask_many("worker") else 1)
        mine = ask_many("exporter")
        _, worker_status = os.waitpid(worker, 0)
    _, server_status = os.waitpid(server, 0)
    assert mine and os.waitstatus_to_exitcode(worker_status) == 0
    assert os.waitstatus_to_exitcode(server_status) == 0


class Echo(Answers):
    def media_bytes(self, sha256: str) -> bytes | None:
        return sha256.encode() * 50
