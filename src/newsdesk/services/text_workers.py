"""Analysing the text of imported stories in a worker process while the import writes.

An import spends about a third of its time on work that needs no database: tokenising,
stemming, counting terms and shingling each story (``core.analysis``). A worker process does
that for the next few hundred stories while this process writes the previous ones, in the
file's one transaction: the reader, duplicate decisions, errors and every write stay here, in
file order, so the database ends up the same with or without the worker.

The import sends a few chunks ahead (``AHEAD``). When the chunk it is about to write is not
analysed yet, this process takes back the newest chunk the worker has not started and analyses
it itself instead of waiting: the two processes share the analysis in whatever proportion the
machine allows, so neither sits idle while the other works (the writing process's own share
of an import varies with the database, the load and the backend).

The worker is forked when this process runs no other thread (the command line), else spawned
(a fresh interpreter: forking a process that runs threads, such as a Qt program, can copy a
lock held by one of them). If the worker dies, the stories are analysed here instead.

On SQLite the worker also writes each story's related-story term postings into a scratch file
(``storage.terms.SidePostings``), and the writing process copies those of the stories it keeps
with one statement before the commit: about 10 million rows at 100,000 stories that this
process would otherwise bind one by one while the worker sits idle. A chunk analysed here
instead has its postings held and written here, as without a worker.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from newsdesk.core.analysis import TextAnalysis, analyse
from newsdesk.importers.base import ImportedStory
from newsdesk.storage.terms import SidePostings

#: A file with fewer stories is analysed in this process (starting a worker costs more).
MIN_STORIES = 1000
#: Chunks sent ahead of the one being written: one in the worker, one queued to it (neither
#: can be taken back), the rest waiting, which this process takes when it would otherwise wait.
AHEAD = 4

#: (headline, dek, body, kicker) of each story.
Texts = list[tuple[str, str, str, str]]


def default_workers() -> int:
    """One worker beside the writing process when the machine has a second core."""
    return 1 if (os.cpu_count() or 1) >= 2 else 0


def analyse_texts(
    texts: Sequence[tuple[str, str, str, str]],
    side: tuple[Path, int, frozenset[str]] | None = None,
) -> list[TextAnalysis]:
    """``analyse`` of each (headline, dek, body, kicker), in order (what the worker runs).

    ``side`` (a scratch file of postings, the first story's key, the stop terms known): also
    store the stories' term postings there, under consecutive keys, and say so in each
    analysis."""
    analyses = [analyse(*fields) for fields in texts]
    if side is None:
        return analyses
    path, first, stop = side
    if not SidePostings(path).store(first, [a.counts for a in analyses], stop):
        return analyses
    return [replace(a, postings_key=key) for key, a in enumerate(analyses, first)]


def _context() -> multiprocessing.context.BaseContext:
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class TextAnalyser:
    """Hands out the analyses of chunks of stories, made ahead in a worker when it has one.

    ``submit`` starts a chunk and returns a function that gives its analyses (waiting for the
    worker if needed). Use as a context manager: leaving it stops the worker.
    """

    def __init__(
        self,
        workers: int,
        side: SidePostings | None = None,
        stop_terms: Callable[[], frozenset[str]] = frozenset,
    ) -> None:
        self._executor: ProcessPoolExecutor | None = None
        #: Where the worker stores postings (None: it does not), and the next story's key;
        #: the term index's stop terms known when a chunk is sent (their body postings are
        #: not stored).
        self._side = side
        self._next_key = 0
        self._stop_terms = stop_terms
        #: Chunks sent to the worker and not handed out yet, oldest first.
        self._sent: list[tuple[Future[list[TextAnalysis]], Texts]] = []
        #: Chunks taken back from the worker and analysed here, by their future.
        self._taken: dict[Future[list[TextAnalysis]], list[TextAnalysis]] = {}
        #: How many chunks were taken back (for measurements).
        self.taken_back = 0
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
            if self._side is None:
                future = self._executor.submit(analyse_texts, texts)
            else:
                side = (self._side.path, self._next_key, self._stop_terms())
                self._next_key += len(texts)
                future = self._executor.submit(analyse_texts, texts, side)
        except BrokenProcessPool:
            self._executor = None
            return lambda: analyse_texts(texts)
        self._sent.append((future, texts))
        return lambda: self._result(future, texts)

    def _result(self, future: Future[list[TextAnalysis]], texts: Texts) -> list[TextAnalysis]:
        while not future.done() and self._take_back(future):
            pass
        self._sent = [(f, t) for f, t in self._sent if f is not future]
        if future in self._taken:
            return self._taken.pop(future)
        try:
            return future.result()
        except BrokenProcessPool:  # the worker died (killed, out of memory): do it here
            self._executor = None
            return analyse_texts(texts)

    def _take_back(self, awaited: Future[list[TextAnalysis]]) -> bool:
        """Analyse here the newest chunk the worker has not started (not ``awaited``);
        False when there is none."""
        for future, texts in reversed(self._sent):
            if future is not awaited and future not in self._taken and future.cancel():
                self._taken[future] = analyse_texts(texts)
                self.taken_back += 1
                return True
        return False

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
