"""The command line, run as a user would: a real process, real output, real exit codes."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest
from runner import newsdesk

from newsdesk.app import main

pytestmark = pytest.mark.e2e


def test_version() -> None:
    result = newsdesk("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("newsdesk ")


def test_demo_twice_then_list_json_prints_every_story(demo_db: str) -> None:
    again = newsdesk("--db", demo_db, "demo")
    assert again.returncode == 0 and "already present" in again.stdout
    result = newsdesk("--db", demo_db, "list", "--json")
    assert result.returncode == 0, result.stderr
    stories = json.loads(result.stdout)
    assert len(stories) >= 40
    first = stories[0]
    assert set(first) >= {"id", "uuid", "headline", "status", "section", "authors", "updated_at"}
    assert any("ا" in s["headline"] for s in stories)


def test_list_filters_and_limit(demo_db: str) -> None:
    published = json.loads(
        newsdesk("--db", demo_db, "list", "--status", "published", "--json").stdout
    )
    assert published and {s["status"] for s in published} == {"published"}
    limited = json.loads(newsdesk("--db", demo_db, "list", "--limit", "3", "--json").stdout)
    assert len(limited) == 3
    section = json.loads(newsdesk("--db", demo_db, "list", "--section", "economy", "--json").stdout)
    assert section and all(s["section"] for s in section)
    text_out = newsdesk("--db", demo_db, "list", "--limit", "2").stdout
    assert "-- 2 of" in text_out


def test_show_json_and_markdown(demo_db: str) -> None:
    stories = json.loads(
        newsdesk("--db", demo_db, "list", "--status", "published", "--json").stdout
    )
    story_id = str(stories[0]["id"])
    shown = json.loads(newsdesk("--db", demo_db, "show", story_id, "--json").stdout)
    for key in (
        "id",
        "uuid",
        "headline",
        "dek",
        "status",
        "section",
        "authors",
        "tags",
        "related",
        "body",
        "created_at",
        "updated_at",
        "published_at",
    ):
        assert key in shown
    assert shown["published_at"].endswith("Z")
    assert all(set(r) >= {"id", "headline"} for r in shown["related"])
    markdown = newsdesk("--db", demo_db, "show", story_id, "--markdown").stdout
    assert markdown.startswith("---\n") and f"# {shown['headline']}" in markdown


def test_env_variable_selects_the_database(demo_db: str) -> None:
    result = newsdesk("list", "--limit", "1", "--json", env={"NEWSDESK_DB": demo_db})
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 1


def test_bad_input_exits_1_and_usage_errors_exit_2(demo_db: str, tmp_path: Path) -> None:
    missing = newsdesk("--db", demo_db, "show", "999999")
    assert missing.returncode == 1
    assert "no story with id 999999" in missing.stderr and not missing.stdout
    bad_status = newsdesk("--db", demo_db, "list", "--status", "nonsense")
    assert bad_status.returncode == 2 and "not a status" in bad_status.stderr
    no_number = newsdesk("--db", demo_db, "show", "abc")
    assert no_number.returncode == 2
    not_db = tmp_path / "x.db"
    not_db.write_text("garbage" * 500)
    broken = newsdesk("--db", f"sqlite:///{not_db}", "list")
    assert broken.returncode == 1 and "cannot open the database" in broken.stderr
    # The driver's sentence, not SQLAlchemy's wrapping (its class names, statement and link).
    assert broken.stderr.strip().endswith(": file is not a database"), broken.stderr
    assert "sqlalche.me" not in broken.stderr and "(sqlite3." not in broken.stderr
    assert len(broken.stderr.strip().splitlines()) == 1


@pytest.mark.postgres
def test_demo_and_list_on_postgresql(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the PostgreSQL run of this test")
    assert newsdesk("--db", db_url, "demo").returncode == 0
    stories = json.loads(newsdesk("--db", db_url, "list", "--json").stdout)
    assert len(stories) >= 40


def test_import_jsonl_prints_a_summary_and_refuses_bad_files(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'imp.db'}"
    good = tmp_path / "stories.jsonl"
    good.write_text(
        json.dumps(
            {
                "title": "خبر مستورد",
                "body": "فقرة.\nفقرة ثانية.",
                "category": "محليات",
                "url": "https://example.org/1",
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    result = newsdesk("--db", db, "import", "jsonl", str(good))
    assert result.returncode == 0, result.stderr
    assert "1 added" in result.stdout
    dry = newsdesk("--db", db, "import", "auto", str(good), "--dry-run", "--json")
    assert json.loads(dry.stdout)["duplicates_skipped"] == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x"}\n{oops}\n', encoding="utf-8")
    refused = newsdesk("--db", db, "import", "jsonl", str(bad))
    assert refused.returncode == 1
    assert "bad.jsonl, line 2" in refused.stderr
    listed = json.loads(newsdesk("--db", db, "list", "--json").stdout)
    assert [s["headline"] for s in listed] == ["خبر مستورد"]


def test_a_refused_file_among_several_says_what_the_others_gave(tmp_path: Path) -> None:
    # Each file is its own transaction: the one before the broken file is kept, the one after
    # it is not read. The user must be told both, not only the error.
    db = f"sqlite:///{tmp_path / 'several.db'}"
    first, bad, last = (tmp_path / n for n in ("first.jsonl", "bad.jsonl", "last.jsonl"))
    for path, title in ((first, "خبر أول"), (last, "خبر أخير")):
        path.write_text(json.dumps({"title": title, "body": "فقرة."}, ensure_ascii=False) + "\n")
    bad.write_text("{oops}\n", encoding="utf-8")
    result = newsdesk("--db", db, "import", "jsonl", str(first), str(bad), str(last))
    assert result.returncode == 1
    assert f"{first} (jsonl): 1 added" in result.stdout
    assert "bad.jsonl, line 1" in result.stderr
    assert f"not imported: {last}" in result.stderr
    listed = json.loads(newsdesk("--db", db, "list", "--json").stdout)
    assert [s["headline"] for s in listed] == ["خبر أول"]


def test_a_command_runs_with_the_collector_on_and_the_start_set_aside(tmp_path: Path) -> None:
    """The start runs without the cyclic collector (its objects live as long as the process);
    the command itself runs with it, the start's objects frozen out of its walks."""
    script = (
        "import gc, json, sys\n"
        "from newsdesk import cli\n"
        "from newsdesk.app import main\n"
        "seen = {}\n"
        "def run_command(services, args):\n"
        "    seen.update(enabled=gc.isenabled(), frozen=gc.get_freeze_count())\n"
        "    return 0\n"
        "cli.run_command = run_command\n"
        "status = main(['--db', sys.argv[1], 'list'])\n"
        "print(json.dumps({**seen, 'status': status, 'after': gc.isenabled()}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, f"sqlite:///{tmp_path / 'n.db'}"],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["enabled"] and report["frozen"] > 10_000
    assert report["status"] == 0 and report["after"]


def test_a_start_that_ends_in_a_usage_error_leaves_the_collector_on() -> None:
    with pytest.raises(SystemExit):
        main(["--no-such-option"])
    assert gc.isenabled()


def test_a_negative_number_of_import_workers_is_a_usage_error(tmp_path: Path) -> None:
    stories = tmp_path / "stories.jsonl"
    stories.write_text('{"title": "خبر", "body": "نص"}\n', "utf-8")
    db = f"sqlite:///{tmp_path / 'n.db'}"
    result = newsdesk("--db", db, "--no-demo", "import", "jsonl", "--workers", "-1", str(stories))
    assert result.returncode == 2
    assert "--workers: must not be negative" in result.stderr


def test_a_command_ends_quickly_yet_says_everything_and_profilers_still_report(
    demo_db: str, tmp_path: Path
) -> None:
    """Commands leave without Python's teardown (``newsdesk.__main__._leave``): the output is
    whole and the status right, also into a pipe; under a profiler they end as usual, so its
    report is written."""
    listed = newsdesk("--db", demo_db, "list", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout)
    assert newsdesk("--db", demo_db, "show", "999999").returncode == 1
    report = tmp_path / "list.prof"
    profiled = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(report), "-m", "newsdesk", "--db", demo_db,
         "list", "--limit", "1"],
        capture_output=True, text=True, encoding="utf-8", timeout=300,
    )  # fmt: skip
    assert profiled.returncode == 0, profiled.stderr
    assert report.stat().st_size > 0


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (["list", "--tag", "مياة"], "no tag is called 'مياة'; the nearest known: المياه"),
        (
            ["list", "--section", "رياضه"],
            "no section is called 'رياضه'; the nearest known: رياضة",
        ),
        (["list", "--author", "Nobody At All"], "no author is called 'Nobody At All'"),
        (["search", "مياه", "--tag", "xyzzy"], "no tag is called 'xyzzy'"),
    ],
)
def test_an_unknown_filter_value_is_named_with_its_nearest_spellings(
    demo_db: str, command: list[str], message: str
) -> None:
    result = newsdesk("--db", demo_db, *command)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"newsdesk: {message}")


def test_a_known_filter_value_lists_as_before(demo_db: str) -> None:
    # A tag typed with ه for ة and a bare alef is the same tag (its normalised key).
    by_name = newsdesk("--db", demo_db, "list", "--tag", "الطاقة المتجددة", "--json")
    by_variant = newsdesk("--db", demo_db, "list", "--tag", "الطاقه المتجدده", "--json")
    assert by_name.returncode == by_variant.returncode == 0
    assert json.loads(by_name.stdout) and by_name.stdout == by_variant.stdout
    by_slug = newsdesk("--db", demo_db, "list", "--section", "economy", "--json")
    by_section_name = newsdesk("--db", demo_db, "list", "--section", "اقتصاد", "--json")
    assert by_slug.stdout == by_section_name.stdout and json.loads(by_slug.stdout)
