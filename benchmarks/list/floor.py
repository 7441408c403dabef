"""The floor the list benchmark is read against: a fresh process that imports Qt, opens an
empty ``QTableView`` window offscreen and waits for its first paint. Measured in the same run
as the list, on the same (shared) machine, so the ratio survives the machine's load."""

from __future__ import annotations

import json
import os
import sys
import time

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    painted: list[float] = []

    class Table(QTableView):
        def paintEvent(self, event):  # type: ignore[no-untyped-def]
            super().paintEvent(event)  # stamped when the paint has finished, as the probe does
            if not painted:
                painted.append(time.time())
                painted.append(time.process_time())

    view = Table()
    view.resize(1400, 860)
    view.show()
    while not painted:
        app.processEvents()
    print(json.dumps({"floor_painted": painted[0], "cpu_floor_painted": painted[1]}))
    sys.stdout.flush()
    os._exit(0)
