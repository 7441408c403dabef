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
    from newsdesk.ui.icons import load_icons
    from newsdesk.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # Window sizes saved by earlier runs (QSettings) must not change the pictures.
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        services = Services.open(f"sqlite:///{Path(tmp) / 'demo.db'}", user="demo")
        fill_demo(services.database)
        app = create_application("ar")
        # Pictures are taken at once: load the icons now rather than after the first paint.
        load_icons()
        window = MainWindow(services)
        window.resize(1400, 860)
        window.show()
        app.processEvents()
        window.list_view.select_row(1)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / "main-window-ar.png"))
        editor_screenshot(services, window, app, out / "editor-ar.png")
        story_list(app, services, out)
        window.close()
        services.close()


#: A mixed Arabic/English story: Latin names, numbers and a URL inside Arabic, a glued prefix
#: (و**روسيا**), a list, a quote, an English paragraph and one forced right-to-left.
EDITOR_BODY = """قالت وكالة **Reuters** إن سعر خام Brent ارتفع 2.5% يوم الثلاثاء إلى 84.3 دولاراً \
للبرميل، وفق بيانات [بورصة ICE](https://www.ice.com/) في لندن.

## ما الذي يحرك السوق؟

وأضاف المحلل John Smith من شركة OpenGrid أن و**روسيا** و*السعودية* تبحثان تمديد خفض الإنتاج \
حتى نهاية 2026.

- ارتفاع الطلب في الصين والهند
- تراجع المخزونات الأمريكية 3.1 مليون برميل

> «الأسواق تترقب اجتماع OPEC+ في فيينا الأسبوع المقبل»

"Prices will stay volatile until the Vienna meeting," Smith told Reuters.

OpenGrid شركة أردنية ناشئة تعمل في تخزين الطاقة منذ 2021.
{: dir="rtl" }

![ناقلة نفط](IMAGE "ناقلة نفط قرب ميناء العقبة")
""".replace("\\\n", "")


def editor_screenshot(services, window, app, path: Path) -> None:  # type: ignore[no-untyped-def]
    import io

    from PIL import Image, ImageDraw

    from newsdesk.core.richtext import media_src
    from newsdesk.services.dto import StoryInput

    picture = Image.new("RGB", (720, 300), "#87b5d6")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 190, 720, 300), fill="#2f5d7c")
    draw.polygon([(170, 200), (560, 200), (520, 240), (210, 240)], fill="#8c2f1b")
    draw.rectangle((430, 150, 500, 200), fill="#e8e2d0")
    data = io.BytesIO()
    picture.save(data, "JPEG", quality=90)
    asset = services.media.add_bytes(data.getvalue(), "tanker.jpg", credit="Newsdesk")
    story = services.stories.create(
        StoryInput(
            headline="النفط يرتفع 2.5% مع ترقب اجتماع OPEC+ في فيينا",
            kicker="أسواق",
            dek="خام Brent عند أعلى مستوى في ثلاثة أسابيع",
            body=EDITOR_BODY.replace("IMAGE", media_src(asset.sha256)),
            section="economy",
            authors=("ليلى حداد",),
            tags=("النفط", "أوبك"),
            dateline="عمّان",
            featured_media=asset.sha256,
        )
    )
    window.refresh()
    row = window.model.row_of(story.id)
    if row is not None:
        window.list_view.select_row(row)
    window.open_story(story.id)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([170, 250, total - 420])
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(path))


def story_list(app, services, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The story list with filters: published stories of the last months, a section chosen
    in the navigator, sorted by word count, three stories selected for a bulk action."""
    from datetime import timedelta

    from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

    from newsdesk.core.domain import Status
    from newsdesk.services.dto import StoryFilter
    from newsdesk.ui.main_window import MainWindow
    from newsdesk.ui.story_list.model import COLUMNS

    window = MainWindow(services)
    window.resize(1400, 860)
    window.show()
    window.navigator.fill_vocabularies()
    newest = max(s.updated_at for s in services.stories.summaries(services.stories.ids()))
    window.navigator.select_filter(StoryFilter(statuses=(Status.PUBLISHED,)))
    window.story_list.dates.set_range(newest - timedelta(days=60), None)
    words = next(i for i, (key, _, _) in enumerate(COLUMNS) if key == "words")
    window.list_view.sortByColumn(words, Qt.SortOrder.DescendingOrder)
    selection = QItemSelection()
    for row in (1, 2, 4):
        selection.select(window.model.index(row, 0), window.model.index(row, len(COLUMNS) - 1))
    window.list_view.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    window.splitter.setSizes([260, 900, 240])
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "story-list-ar.png"))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"))
