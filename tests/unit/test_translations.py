"""The Arabic translation covers every interface string, and the shipped .qm is built from it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "newsdesk_ar.ts"
QM = ROOT / "src" / "newsdesk" / "assets" / "i18n" / "newsdesk_ar.qm"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_string_has_a_finished_arabic_translation() -> None:
    unfinished = []
    for (context, source), message in _messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append(f"{context}: {source}")
    assert unfinished == []


def test_the_ts_file_knows_every_string_in_the_sources(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed in this environment")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "newsdesk" / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert not missing, f"run `make translations` and translate: {sorted(missing)}"


def test_the_compiled_qm_is_newer_than_its_source() -> None:
    assert QM.exists(), "run `make translations`"
    assert QM.stat().st_size > 1000
