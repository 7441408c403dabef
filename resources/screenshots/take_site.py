"""Screenshots of the exported demo site with headless Chromium, desktop and phone width.

    python resources/screenshots/take_site.py resources/screenshots

Exports the demo newsroom to a temporary folder, serves it on 127.0.0.1 (so root-relative links
and the style sheet resolve as on a real host) and saves ``site-<page>-<width>.png``.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from PIL import Image

from newsdesk.services.container import Services
from newsdesk.services.demo import fill_demo


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


SIZES = {"desktop": (1280, 900), "phone": (390, 844)}
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--virtual-time-budget=5000",
]  # fmt: skip


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    out.mkdir(parents=True, exist_ok=True)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        handler = functools.partial(QuietHandler, directory=str(root / "site"))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        services = Services.open(f"sqlite:///{root / 'demo.db'}")
        fill_demo(services.database)
        for _ in services.publishing.export_site(root / "site", base_url=base):
            pass
        services.close()
        site = root / "site"
        lead = next(p for p in sorted((site / "news").iterdir()) if p.name.startswith("1-"))
        pages = {"front": "", "article": f"news/{lead.name}/", "tag": "tag/المياه/"}
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            for name, path in pages.items():
                for size, (width, height) in SIZES.items():
                    target = out / f"site-{name}-{size}.png"
                    subprocess.run(
                        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={root / 'profile'}",
                         f"--window-size={width},{height + 400}", f"--screenshot={target}",
                         base + path],
                        check=True, capture_output=True, timeout=120,
                    )  # fmt: skip
                    if not target.exists():
                        raise SystemExit(f"chromium wrote no {target}")
                    # Headless Chromium leaves the last rows of its window unpainted at times:
                    # shoot taller and keep the top of the page at the wanted size.
                    with Image.open(target) as shot:
                        shot.crop((0, 0, width, height)).save(target)
                    print(target)
        finally:
            server.shutdown()


if __name__ == "__main__":
    main()
