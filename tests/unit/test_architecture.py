"""The layer arrows of DESIGN.md: only ui/ touches Qt, and unit tests run without it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "newsdesk"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|qtawesome|shiboken6)\b", re.MULTILINE)


def test_only_the_ui_layer_imports_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in SRC.rglob("*.py")
        if "ui" not in path.relative_to(SRC).parts[:1] and QT_IMPORT.search(path.read_text("utf-8"))
    ]
    assert offenders == []


def test_unit_tests_and_lower_layers_import_no_qt() -> None:
    """Import every non-ui module and every unit test in a fresh interpreter; Qt must stay out."""
    modules = sorted(
        ".".join(path.relative_to(SRC.parent).with_suffix("").parts)
        for path in SRC.rglob("*.py")
        if path.relative_to(SRC).parts[0] not in ("ui", "migrations")
        and "migrations" not in path.parts
        and path.name != "__main__.py"
    )
    tests = sorted(p.stem for p in (ROOT / "tests" / "unit").glob("test_*.py"))
    code = (
        "import importlib, sys\n"
        f"sys.path.insert(0, {str(ROOT / 'tests' / 'unit')!r})\n"
        f"for name in {modules + tests!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = ('PySide6', 'qtawesome', 'shiboken6')\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt was imported: {result.stdout}"


def test_import_linter_contracts_hold() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint is None:
        pytest.skip("import-linter is not installed in this environment")
    result = subprocess.run([lint], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_forked_exporter_runs_without_the_database_code() -> None:
    """``newsdesk export site`` forks its exporter before it imports SQLAlchemy (a third of a
    second), so what that process runs must not import it: the command line, the export's
    side of publishing (``services.exporting``) and the renderers."""
    code = (
        "import sys\n"
        "import newsdesk.app, newsdesk.cli, newsdesk.services.exporting, newsdesk.export.site\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'\n"
        "             or m in ('newsdesk.storage.db', 'newsdesk.storage.models')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
