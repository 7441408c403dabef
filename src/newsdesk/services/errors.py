"""Errors the services raise. Each carries a message meant for the person at the keyboard:
in English as its text (the command line, the logs), and as a code with its parameters that
the interface tells in its own language (see :mod:`newsdesk.core.messages`)."""

from __future__ import annotations

from datetime import datetime
from typing import Final

from newsdesk.core.messages import CodedError
from newsdesk.storage.errors import StorageError


class ServiceError(CodedError):
    """Base class: bad input or a refused action; the message says what and where."""


#: What a caller tells the person at the keyboard rather than treats as a bug: the services'
#: refusals, and the database's (busy with another program, a full disk, …).
REFUSED: Final = (ServiceError, StorageError)


class NotFoundError(ServiceError):
    """The story, section, tag or author asked for does not exist."""


class ValidationError(ServiceError):
    """The input breaks a rule (an empty headline, a slug on a published story, …)."""


class TransitionError(ServiceError):
    """A status change that the workflow does not allow."""


class ConflictError(ServiceError):
    """Somebody else saved the story since this copy was loaded.

    Nothing was written. ``current_version`` and ``updated_at`` describe the version in the
    database so the caller can show both versions and let the user choose.
    """

    def __init__(
        self, story_id: int, expected_version: int, current_version: int, updated_at: datetime
    ) -> None:
        self.story_id = story_id
        self.expected_version = expected_version
        self.current_version = current_version
        self.updated_at = updated_at
        super().__init__(
            "story {story_id} was changed elsewhere (version {current_version}, saved "
            "{saved} UTC) after this copy was loaded (version {expected_version}); nothing "
            "was overwritten",
            code="story.conflict",
            story_id=story_id,
            current_version=current_version,
            saved=f"{updated_at:%Y-%m-%d %H:%M}",
            expected_version=expected_version,
        )
