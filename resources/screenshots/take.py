"""Take the README screenshots from the real app, offscreen, on a fresh demo newsroom.

Usage: QT_QPA_PLATFORM=offscreen python resources/screenshots/take.py OUTDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    from newsdesk.services.container import Services
    from newsdesk.services.demo import fill_demo
    from newsdesk.ui.application import create_application
    from newsdesk.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        services = Services.open(f"sqlite:///{Path(tmp) / 'demo.db'}", user="demo")
        fill_demo(services.database)
        app = create_application("ar")
        window = MainWindow(services)
        window.resize(1400, 860)
        window.show()
        app.processEvents()
        window.list_view.select_row(1)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / "main-window-ar.png"))
        window.close()
        services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"))
