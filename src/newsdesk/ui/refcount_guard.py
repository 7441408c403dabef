"""Keep PySide6 6.12 on CPython 3.11 from deallocating ``None``.

Measured here: with shiboken6 6.12.0 on CPython 3.11 every call of a Qt method that returns
``void`` (``QSize.setWidth``, ``QTextCharFormat.setAnchor``, ``QObject.setObjectName`` …) drops
one reference to ``None`` that it never took. ``None`` is an ordinary object before Python 3.12,
so a few thousand such calls take its count to zero and the process aborts with "Fatal Python
error: none_dealloc" (the editor's document builder makes that many calls loading one long
story). Python 3.12 made ``None`` immortal, which is exactly the cure: this gives ``None`` a
count no session can use up, once, before Qt is used. On 3.12+ it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

#: 2**40 references: a trillion lost references before trouble, 8 bytes of cost.
HEADROOM = 1 << 40


def protect_none() -> bool:
    """Make ``None`` effectively immortal on CPython < 3.12; True when it had to."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if sys.getrefcount(None) >= HEADROOM:
        return False
    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
    return True
