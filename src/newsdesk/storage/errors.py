"""The storage layer's refusal, without SQLAlchemy: a process that never opens the database
(the exporter that ``newsdesk export site`` forks) can still catch it and tell it."""

from __future__ import annotations

from newsdesk.core.messages import CodedError


class StorageError(CodedError):
    """The database refused or failed an operation: busy with another program's write, a full
    disk, a read-only file, a lost server. Raised by ``Database.read`` and ``write`` for the
    driver's operational errors (never for what a statement itself breaks, such as a unique
    key); the transaction was rolled back, so nothing of the operation was kept."""
