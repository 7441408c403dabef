"""Analysing the text of imported stories in a worker process while the import writes.

An import spends about a third of its time on work that needs no database: tokenising,
stemming, counting terms and shingling each story (``core.analysis``). A worker process does
that for the next few hundred stories while this process writes the previous ones, in the
file's one transaction: the reader, duplicate decisions, errors and every write stay here, in
file order, so the database ends up the same with or without the worker.

The worker is forked when this process runs no other thread (the command line), else spawned
(a fresh interpreter: forking a process that runs threads, such as a Qt program, can copy a
lock held by one of them). If the worker dies, the stories are analysed here instead.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType

from newsdesk.core.analysis import TextAnalysis, analyse
from newsdesk.importers.base import ImportedStory

#: A file with fewer stories is analysed in this process (starting a worker costs more).
MIN_STORIES = 1000

#: (headline, dek, body, kicker) of each story.
Texts = list[tuple[str, str, str, str]]


def default_workers() -> int:
    """One worker beside the writing process when the machine has a second core."""
    return 1 if (os.cpu_count() or 1) >= 2 else 0


def analyse_texts(texts: Sequence[tuple[str, str, str, str]]) -> list[TextAnalysis]:
    """``analyse`` of each (headline, dek, body, kicker), in order (what the worker runs)."""
    return [analyse(*fields) for fields in texts]


def _context() -> multiprocessing.context.BaseContext:
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class TextAnalyser:
    """Hands out the analyses of chunks of stories, made ahead in a worker when it has one.

    ``submit`` starts a chunk and returns a function that gives its analyses (waiting for the
    worker if needed). Use as a context manager: leaving it stops the worker.
    """

    def __init__(self, workers: int) -> None:
        self._executor: ProcessPoolExecutor | None = None
        if workers > 0:
            self._executor = ProcessPoolExecutor(max_workers=workers, mp_context=_context())

    @property
    def parallel(self) -> bool:
        return self._executor is not None

    def submit(self, stories: Sequence[ImportedStory]) -> Callable[[], list[TextAnalysis]]:
        texts: Texts = [(s.headline, s.dek, s.body, s.kicker) for s in stories]
        if self._executor is None or not texts:
            return lambda: analyse_texts(texts)
        try:
            future = self._executor.submit(analyse_texts, texts)
        except BrokenProcessPool:
            self._executor = None
            return lambda: analyse_texts(texts)
        return lambda: self._result(future, texts)

    def _result(self, future: Future[list[TextAnalysis]], texts: Texts) -> list[TextAnalysis]:
        try:
            return future.result()
        except BrokenProcessPool:  # the worker died (killed, out of memory): do it here
            self._executor = None
            return analyse_texts(texts)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> TextAnalyser:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
