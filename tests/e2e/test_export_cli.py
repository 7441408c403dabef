"""``newsdesk export site|feeds OUT`` as a user runs it, and the pages through the Nu HTML checker."""

from __future__ import annotations

import io
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage
from runner import newsdesk

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


def test_export_site_then_nothing_changed(demo_db: str, tmp_path: Path) -> None:
    out = tmp_path / "site"
    first = newsdesk(
        "--db", demo_db, "export", "site", str(out), "--base-url", "https://x.example/"
    )
    assert first.returncode == 0, first.stderr
    assert "written" in first.stdout and " 0 removed" in first.stdout
    assert (out / "index.html").exists() and (out / "feed.xml").exists()
    assert 'href="https://x.example/"' in (out / "feed.xml").read_text("utf-8") or (
        "<link>https://x.example/</link>" in (out / "feed.xml").read_text("utf-8")
    )
    second = newsdesk(
        "--db", demo_db, "export", "site", str(out), "--base-url", "https://x.example/"
    )
    assert second.returncode == 0, second.stderr
    assert "— 0 written" in second.stdout


def test_an_export_maps_no_row_in_a_new_process(demo_db: str, tmp_path: Path) -> None:
    """Configuring SQLAlchemy's mappers (on the first statement that names a mapped class)
    costs a new process tens of milliseconds; an export reads and records through the
    tables' columns, after one change as with nothing changed."""
    db = tmp_path / "n.db"
    shutil.copyfile(demo_db.removeprefix("sqlite:///"), db)
    url, out = f"sqlite:///{db}", tmp_path / "site"
    assert newsdesk("--db", url, "export", "site", str(out), "--quiet").returncode == 0
    edit = (
        "import sys\n"
        "from dataclasses import replace\n"
        "from newsdesk.core.domain import Status\n"
        "from newsdesk.services.container import Services\n"
        "from newsdesk.services.dto import StoryFilter\n"
        "s = Services.open(sys.argv[1])\n"
        "i = s.stories.ids(StoryFilter(statuses=(Status.PUBLISHED,)), sort='id')[0]\n"
        "st = s.stories.get(i)\n"
        "s.stories.save(i, replace(st.to_input(), body=st.body + '\\n\\nفقرة.'),"
        " expected_version=st.version)\n"
    )
    subprocess.run([sys.executable, "-c", edit, url], check=True)
    export = (
        "import sys\n"
        "from newsdesk.app import main\n"
        "from newsdesk.storage.models import ArticleRecord\n"
        "code = main(['--db', sys.argv[1], 'export', 'site', sys.argv[2], '--quiet'])\n"
        "print('configured', ArticleRecord.__mapper__.configured, 'code', code)\n"
    )
    for nothing_changed in (False, True):  # one change, then nothing changed
        run = subprocess.run(
            [sys.executable, "-c", export, url, str(out)],
            capture_output=True, text=True, encoding="utf-8",
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        assert ("— 0 written" in run.stdout) is nothing_changed
        assert "configured False code 0" in run.stdout


def test_export_feeds_alone(demo_db: str, tmp_path: Path) -> None:
    out = tmp_path / "feeds"
    result = newsdesk("--db", demo_db, "export", "feeds", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    names = {p.name for p in out.rglob("*") if p.is_file()}
    assert names == {"feed.xml", "atom.xml", "feed.json"}
    assert not (out / "index.html").exists()


def test_bad_input_exits_1_with_a_message(demo_db: str, tmp_path: Path) -> None:
    result = newsdesk(
        "--db", demo_db, "export", "site", str(tmp_path / "s"), "--base-url", "ftp://x"
    )
    assert result.returncode == 1 and "base URL" in result.stderr
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "a.txt").write_text("keep")
    result = newsdesk("--db", demo_db, "export", "site", str(tmp_path / "mine"))
    assert result.returncode == 1 and "not empty" in result.stderr
    assert (tmp_path / "mine" / "a.txt").read_text() == "keep"


def test_a_forked_export_writes_what_one_process_writes(demo_db: str, tmp_path: Path) -> None:
    """``--jobs 2`` splits the command into a reader and a forked exporter; ``--jobs 1`` does
    everything in one process. Cold, after a change and with nothing changed, both leave the
    same files and say the same."""
    url = _copy_db(demo_db, tmp_path / "n.db")
    sites = {jobs: tmp_path / f"site-{jobs}" for jobs in ("1", "2")}

    def export_both() -> list[str]:
        said = []
        for jobs, out in sites.items():
            result = newsdesk("--db", url, "export", "site", str(out), "--jobs", jobs)
            assert result.returncode == 0, result.stderr
            said.append(result.stdout.split(":", 1)[1].rsplit("(", 1)[0])
        return said

    for step in ("cold", "change", "nothing"):
        if step == "change":
            _edit_first_published(url, headline="عنوان بعد التعديل")
        said = export_both()
        assert said[0] == said[1], step
        assert ("— 0 written" in said[0]) == (step == "nothing"), said
        assert _tree(sites["1"]) == _tree(sites["2"]), step


def test_a_forked_export_reports_what_its_reader_refuses(demo_db: str, tmp_path: Path) -> None:
    """A theme folder that is not there fails the reading half: its message, exit status 1,
    no output folder, and no exporter left running."""
    out = tmp_path / "s"
    result = newsdesk(
        "--db", demo_db, "export", "site", str(out), "--theme", str(tmp_path / "gone"),
        "--jobs", "2",
    )  # fmt: skip
    assert result.returncode == 1 and "newsdesk:" in result.stderr, result.stderr
    assert result.stderr.count("newsdesk:") == 1 and "Traceback" not in result.stderr
    assert not out.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux prctl")
def test_a_forked_exporter_ends_with_the_command(tmp_path: Path) -> None:
    """Killing the command (its reading half) stops the exporter it forked."""
    pid_file = tmp_path / "exporter.pid"
    code = (
        "import os, sys, time\n"
        "from newsdesk.cli.export import _end_with\n"
        "reader = os.getpid()\n"
        "if os.fork() == 0:\n"
        "    _end_with(reader)\n"
        f"    open({str(pid_file)!r}, 'w').write(str(os.getpid()))\n"
        "    time.sleep(60)\n"
        "    os._exit(0)\n"
        "time.sleep(60)\n"
    )
    reader = subprocess.Popen([sys.executable, "-c", code])
    try:
        for _ in range(200):
            if pid_file.exists() and pid_file.read_text():
                break
            time.sleep(0.05)
        exporter = int(pid_file.read_text())
        reader.kill()
        reader.wait()
        for _ in range(200):
            if not _running(exporter):
                break
            time.sleep(0.05)
        assert not _running(exporter)
    finally:
        reader.kill()


def _running(pid: int) -> bool:
    """Whether ``pid`` is alive (a zombie, whose parent has not reaped it, is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _copy_db(demo_db: str, to: Path) -> str:
    shutil.copyfile(demo_db.removeprefix("sqlite:///"), to)
    return f"sqlite:///{to}"


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".newsdesk" not in p.relative_to(root).as_posix()
    }


# -- validity ------------------------------------------------------------------------------------


def vnu_jar() -> Path | None:
    candidates = [
        os.environ.get("NEWSDESK_VNU_JAR", ""),
        str(ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"),
        "/opt/vnu/node_modules/vnu-jar/build/dist/vnu.jar",
    ]
    return next((Path(c) for c in candidates if c and Path(c).is_file()), None)


def test_every_page_kind_is_valid_html(tmp_path: Path) -> None:
    java, jar = shutil.which("java"), vnu_jar()
    if java is None or jar is None:
        pytest.skip(
            "the Nu HTML checker needs java and vnu.jar (npm install --prefix /opt/vnu vnu-jar, "
            "or set NEWSDESK_VNU_JAR)"
        )
    from newsdesk.core.domain import Status
    from newsdesk.services.container import Services
    from newsdesk.services.demo import fill_demo
    from newsdesk.services.dto import StoryInput
    from newsdesk.storage.models import ArticleRecord, MediaAssetRecord

    services = Services.open(f"sqlite:///{tmp_path / 'n.db'}")
    fill_demo(services.database)
    hostile = services.stories.create(
        StoryInput(
            headline="عنوان \u202eمقلوب <script>x</script>",
            body="نص <script>alert(1)</script> و<iframe src=x></iframe>\x0b\n\n"
            "[رابط](javascript:alert(1)) <p style='x' onclick='y'>فقرة</p>\n\n| a | b |\n|---|---|",
            tags=("وسم \u2067خبيث",),
        ),
        status=Status.PUBLISHED,
    )
    image = PILImage.new("RGB", (1200, 800), (10, 90, 160))
    data = io.BytesIO()
    image.save(data, "PNG")
    with services.database.write() as session:
        media = MediaAssetRecord(
            sha256="c" * 64, mime_type="image/png", width=1200, height=800,
            data=data.getvalue(), caption="تعليق", credit="وكالة", alt_text="وصف",
        )  # fmt: skip
        session.add(media)
        session.flush()
        record = session.get(ArticleRecord, hostile.id)
        assert record is not None
        record.featured_media_id = media.id
    site = tmp_path / "site"
    for _ in services.publishing.export_site(site):
        pass
    services.close()

    sample = [
        "index.html", "page/2/index.html", "404.html", "archive/index.html",
        f"news/{hostile.id}-{hostile.slug}/index.html",
    ]  # fmt: skip
    for folder in ("news", "section", "tag", "author"):
        first = sorted((site / folder).iterdir())[0]
        sample.append(f"{folder}/{first.name}/index.html")
    sample += [p.relative_to(site).as_posix() for p in (site / "archive").glob("*/*/index.html")][
        :1
    ]
    tombstones = [
        p for p in (site / "news").glob("*/index.html") if "noindex" in p.read_text("utf-8")
    ]
    assert tombstones, "the demo has a killed story"
    sample.append(tombstones[0].relative_to(site).as_posix())
    # Java skips non-ASCII file names under a non-UTF-8 locale: check ASCII-named copies.
    check = tmp_path / "check"
    check.mkdir()
    names = {}
    for n, rel in enumerate(sample):
        copy = check / f"page{n}.html"
        shutil.copyfile(site / rel, copy)
        names[copy.name] = rel
    result = subprocess.run(
        [java, "-jar", str(jar), "--errors-only", "--format", "json", *map(str, sorted(check.iterdir()))],
        capture_output=True, text=True, env={**os.environ, "LC_ALL": "C.UTF-8"}, timeout=300,
    )  # fmt: skip
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    errors = [
        f"{names.get(Path(m.get('url', '')).name, m.get('url'))}: {m.get('message')}"
        for m in messages
        if m.get("type") == "error" or m.get("subType") == "fatal"
    ]
    assert errors == []
    assert len(names) >= 10


def _lines(stream: Any) -> queue.Queue[str]:
    """The lines of a running process's output, as they come."""
    found: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [found.put(line) for line in stream], daemon=True).start()
    return found


def test_watch_exports_each_change_and_stops_on_ctrl_c(demo_db: str, tmp_path: Path) -> None:
    from newsdesk.export.snapshot import load_snapshot

    db = tmp_path / "watched.db"
    shutil.copyfile(demo_db.removeprefix("sqlite:///"), db)
    url, out = f"sqlite:///{db}", tmp_path / "site"
    watch = subprocess.Popen(
        [sys.executable, "-m", "newsdesk", "--db", url, "export", "site", str(out), "--watch",
         "--every", "0.2", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    try:
        lines = _lines(watch.stdout)
        first = lines.get(timeout=120)
        assert "written" in first and not (out.parent / ".site.newsdesk" / "staging.dirty").exists()
        story_id = _edit_first_published(url, headline="عنوان بعد التعديل")
        again = lines.get(timeout=120)
        assert "— 0 written" not in again and "unchanged" in again
        (page,) = out.glob(f"news/{story_id}-*/index.html")
        assert "عنوان بعد التعديل" in page.read_text("utf-8")
        assert lines.empty()  # nothing else changed: no export, no line
        watch.send_signal(signal.SIGINT)
        assert watch.wait(timeout=60) == 0
    finally:
        if watch.poll() is None:
            watch.kill()
    assert watch.stderr is not None and "watching for changes" in watch.stderr.read()
    # What the watch kept in memory was written at the end: the next process uses it.
    home = out.parent / ".site.newsdesk"
    built = (home / "built.txt").read_text("utf-8").split("\n")[0]
    assert load_snapshot(home, built) is not None


def test_watch_wants_a_positive_interval(demo_db: str, tmp_path: Path) -> None:
    result = newsdesk(
        "--db", demo_db, "export", "site", str(tmp_path / "s"), "--watch", "--every", "0"
    )
    assert result.returncode == 2 and "more than zero" in result.stderr


def test_every_without_watch_is_a_usage_error_not_a_silent_one_off(
    demo_db: str, tmp_path: Path
) -> None:
    result = newsdesk("--db", demo_db, "export", "site", str(tmp_path / "s"), "--every", "2")
    assert result.returncode == 2 and "--every goes with --watch" in result.stderr
    assert not (tmp_path / "s").exists()  # nothing exported


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_export_after_a_change_imports_only_what_it_uses(
    demo_db: str, tmp_path: Path, jobs: str
) -> None:
    """A new process exporting one change pays no module it does not use: not the story
    service or the other commands' modules (``newsdesk.cli`` imports every command module to
    build its parser), and not Python-Markdown, since saved bodies are rendered already.
    With more than one process allowed, the command's own process only reads the database:
    the renderers are imported by the exporter it forks (``cli.export.fork_exporter``)."""
    db = tmp_path / "changed.db"
    shutil.copyfile(demo_db.removeprefix("sqlite:///"), db)
    url, out = f"sqlite:///{db}", tmp_path / "site"
    assert newsdesk("--db", url, "export", "site", str(out)).returncode == 0
    _edit_first_published(url, body="نص بعد التعديل.")
    code = (
        "import sys\n"
        "from newsdesk.app import main\n"
        f"assert main(['--db', {url!r}, 'export', 'site', {str(out)!r}, '--quiet',"
        f" '--jobs', {jobs!r}]) == 0\n"
        "print(','.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8"
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    loaded = set(lines[-1].split(","))
    assert "newsdesk.export.site" in loaded if jobs == "1" else "newsdesk.export.site" not in loaded
    # The summary line (printed by the forked exporter, before its parent goes on).
    summary = [line for line in lines[:-1] if "written" in line]
    assert len(summary) == 1 and "— 0 written" not in summary[0], result.stdout
    unused = {
        "markdown",
        "newsdesk.services.stories",
        "newsdesk.services.dto",
        "newsdesk.services.imports",
        "newsdesk.services.demo",
        "newsdesk.services.tags",
        "newsdesk.services.taxonomy",
    }
    assert sorted(unused & loaded) == []


def test_the_forked_exporter_never_imports_the_database_code(demo_db: str, tmp_path: Path) -> None:
    """The exporter is forked before the command imports SQLAlchemy, and asks the command's
    process for what only the database knows: after a change (and a tag renamed, which
    reloads every story) it exports without ever importing it, and the run is recorded (by
    the other process). A first export, into a new folder, is not forked: everything comes
    from the database then, and this process reads it itself."""
    url = _copy_db(demo_db, tmp_path / "n.db")
    out, seen = tmp_path / "site", tmp_path / "seen.txt"
    code = (
        "import os, sys\n"
        "import newsdesk.cli.export as cli_export\n"
        "from newsdesk.app import main\n"
        "export = cli_export._export\n"
        "def spying(publishing, *args, **kwargs):\n"
        "    export(publishing, *args, **kwargs)\n"
        f"    with open({str(seen)!r}, 'a') as f:\n"
        "        loaded = sorted(m for m in sys.modules if m.startswith('sqlalchemy'))\n"
        "        print(type(publishing).__name__, os.getpid(), len(loaded), file=f)\n"
        "cli_export._export = spying\n"
        f"sys.exit(main(['--db', {url!r}, 'export', 'site', {str(out)!r}, '--jobs', '2']))\n"
    )
    for step in ("cold", "change", "rename"):
        if step == "change":
            _edit_first_published(url, headline="عنوان بعد التعديل")
        if step == "rename":
            _rename_a_tag(url)
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8"
        )
        assert result.returncode == 0, result.stderr
        assert "— 0 written" not in result.stdout, result.stdout
    said = [line.split() for line in seen.read_text().splitlines()]
    assert [kind for kind, _pid, _loaded in said] == [
        "PublishingService",
        "RemoteExporter",
        "RemoteExporter",
    ]
    assert [loaded for kind, _pid, loaded in said[1:]] == ["0", "0"]
    from newsdesk.services.container import Services

    services = Services.open(url)
    try:
        runs = services.publishing.last_manifest(out)
    finally:
        services.close()
    assert runs and set(runs) == {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()}


def test_forked_render_workers_ask_for_images_through_the_reader(
    demo_db: str, tmp_path: Path
) -> None:
    """Render workers forked from an exporter without a database get the images' bytes from
    the command's process, one exchange at a time: the site is the one a single process
    writes. (Twelve stories get an image after a first export; the export of that change
    renders in forked workers once ``PARALLEL_MIN`` is lowered.)"""
    import base64

    import sqlalchemy as sa

    from newsdesk.core.domain import Status
    from newsdesk.services.container import Services
    from newsdesk.storage.models import ArticleRecord, MediaAssetRecord

    url = _copy_db(demo_db, tmp_path / "n.db")
    sites = {jobs: tmp_path / f"site-{jobs}" for jobs in ("1", "2")}
    seen = tmp_path / "seen.txt"

    def export_both() -> None:
        for jobs, out in sites.items():
            code = (
                "import sys\n"
                "import newsdesk.cli.export as cli_export\n"
                "import newsdesk.export.site as site\n"
                "from newsdesk.app import main\n"
                "site.PARALLEL_MIN = 20\n"
                "export = cli_export._export\n"
                "def spying(publishing, *args, **kwargs):\n"
                "    export(publishing, *args, **kwargs)\n"
                f"    open({str(seen)!r}, 'a').write(type(publishing).__name__ + '\\n')\n"
                "cli_export._export = spying\n"
                f"sys.exit(main(['--db', {url!r}, 'export', 'site', {str(out)!r},"
                f" '--jobs', {jobs!r}]))\n"
            )
            result = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8"
            )
            assert result.returncode == 0, result.stderr

    export_both()
    services = Services.open(url)
    with services.database.write() as session:
        published = sa.select(ArticleRecord.id).where(ArticleRecord.status == Status.PUBLISHED)
        ids = sorted(session.scalars(published))[:12]
        for n, story_id in enumerate(ids):
            data = io.BytesIO()
            PILImage.new("RGB", (900, 600), (20 * n, 90, 160)).save(data, "PNG")
            media = MediaAssetRecord(
                sha256=base64.b16encode(bytes([n]) * 32).decode().lower(),
                mime_type="image/png", width=900, height=600, data=data.getvalue(),
                caption=f"صورة {n}", credit="وكالة", alt_text="وصف",
            )  # fmt: skip
            session.add(media)
            session.flush()
            record = session.get(ArticleRecord, story_id)
            assert record is not None
            record.featured_media_id = media.id
            record.version += 1  # as a save does
    services.close()
    assert len(ids) == 12
    export_both()
    assert seen.read_text().split() == ["PublishingService"] * 3 + ["RemoteExporter"]
    one, forked = _tree(sites["1"]), _tree(sites["2"])
    assert one == forked
    images = [path for path in forked if path.startswith("media/")]
    assert len({path.split("/")[1][:12] for path in images}) == 12, images


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups")
def test_ctrl_c_cancels_a_forked_export_and_leaves_the_site_whole(
    demo_db: str, tmp_path: Path
) -> None:
    """Ctrl+C reaches the exporter and the command: the exporter stops before the swap, the
    run is recorded as cancelled (the command's process, which holds the database, still
    answers), the command exits 130, the previous site is whole, and no process is left."""
    import sqlite3

    url = _copy_db(demo_db, tmp_path / "n.db")
    out, ready = tmp_path / "site", tmp_path / "ready"
    assert newsdesk("--db", url, "export", "site", str(out), "--quiet").returncode == 0
    before = _tree(out)
    _edit_first_published(url, headline="عنوان لن يُنشر")
    code = (
        "import os, sys, time\n"
        "from newsdesk.export.writer import SiteWriter\n"
        "from newsdesk.app import main\n"
        "def slow_commit(self, *args, **kwargs):\n"
        f"    open({str(ready)!r}, 'w').write(str(os.getpid()))\n"
        "    time.sleep(60)\n"
        "SiteWriter.commit = slow_commit\n"
        f"sys.exit(main(['--db', {url!r}, 'export', 'site', {str(out)!r}, '--jobs', '2']))\n"
    )
    command = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own group, as a terminal's foreground job
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        for _ in range(600):
            if ready.exists() and ready.read_text():
                break
            time.sleep(0.05)
        exporter = int(ready.read_text())
        assert exporter != command.pid  # the forked exporter got there
        os.killpg(command.pid, signal.SIGINT)  # what Ctrl+C in a terminal does
        _out, err = command.communicate(timeout=60)
    finally:
        if command.poll() is None:
            os.killpg(command.pid, signal.SIGKILL)
    assert command.returncode == 128 + signal.SIGINT, err
    assert "newsdesk: interrupted" in err and "Traceback" not in err, err
    assert _tree(out) == before
    assert not _running(exporter)
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        status, summary = db.execute(
            "SELECT status, summary FROM export_runs ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert status == "cancelled" and "intact" in summary


def _rename_a_tag(url: str) -> None:
    """Rename the most used tag of ``url`` (every page that shows it changes)."""
    from newsdesk.services.container import Services

    services = Services.open(url)
    try:
        tag = max(services.tags.all(), key=lambda t: t.public_stories)
        services.tags.rename(tag.id, tag.name + " (معدل)")
    finally:
        services.close()


def _edit_first_published(url: str, **changes: Any) -> int:
    """Save the first published story of ``url`` with ``changes``; its id."""
    from newsdesk.core.domain import Status
    from newsdesk.services.container import Services
    from newsdesk.services.dto import StoryFilter

    services = Services.open(url)
    try:
        story_id = services.stories.ids(StoryFilter(statuses=(Status.PUBLISHED,)))[0]
        story = services.stories.get(story_id)
        services.stories.save(
            story_id, replace(story.to_input(), **changes), expected_version=story.version
        )
        return story_id
    finally:
        services.close()
