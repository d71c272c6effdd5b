"""`python -m desktop.translations update|build`: the real pyside6-lupdate and lrelease on a
small package of their own."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop import translations


def _package(folder: Path, *sentences: str) -> Path:
    package = folder / "package"
    package.mkdir(exist_ok=True)
    calls = "\n".join(f"    QCoreApplication.translate('Demo', {s!r})" for s in sentences)
    (package / "demo.py").write_text(
        f"from PySide6.QtCore import QCoreApplication\n\n\ndef words():\n{calls}\n",
        encoding="utf-8",
    )
    return package


def _messages(ts: Path) -> dict[str, tuple[str, str | None]]:
    root = ET.parse(ts).getroot()
    return {
        message.findtext("source") or "": (
            message.findtext("translation") or "",
            message.find("translation").get("type"),  # type: ignore[union-attr]
        )
        for message in root.iter("message")
    }


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "translations"
    monkeypatch.setattr(translations, "source_folder", lambda: target)
    return target


def test_update_starts_a_language_then_keeps_its_translations(tmp_path: Path, folder: Path) -> None:
    package = _package(tmp_path, "Send", "Stop")
    (ts,) = translations.update(["fr"], package=package)
    assert ts == folder / "gemini_desktop_fr.ts"
    assert ET.parse(ts).getroot().get("language") == "fr"
    assert _messages(ts) == {"Send": ("", "unfinished"), "Stop": ("", "unfinished")}
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(
            '<source>Send</source>\n        <translation type="unfinished"></translation>',
            "<source>Send</source>\n        <translation>Envoyer</translation>",
        ),
        encoding="utf-8",
    )

    _package(tmp_path, "Send", "Retry")  # "Stop" left the code, "Retry" came
    assert translations.update(package=package) == [ts]  # every .ts present, no new one
    assert _messages(ts) == {"Send": ("Envoyer", None), "Retry": ("", "unfinished")}
    assert "<location" not in ts.read_text(encoding="utf-8")


def test_build_compiles_what_qt_loads(tmp_path: Path, folder: Path) -> None:
    package = _package(tmp_path, "Send")
    (ts,) = translations.update(["zh_TW"], package=package)
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(
            '<translation type="unfinished"></translation>', "<translation>傳送</translation>"
        ),
        encoding="utf-8",
    )
    (qm,) = translations.build(tmp_path / "out")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Demo", "Send") == "傳送"


def test_the_source_run_compiles_into_the_cache_once(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEMINI_DESKTOP_HOME", str(tmp_path / "home"))
    translations.update(["fr"], package=_package(tmp_path, "Send"))
    compiled = translations.compiled_folder()
    assert compiled == tmp_path / "home" / "cache" / "translations"
    qm = compiled / "gemini_desktop_fr.qm"
    made = qm.stat().st_mtime_ns
    assert translations.compiled_folder() == compiled
    assert qm.stat().st_mtime_ns == made  # not compiled again while the .ts is older


def test_an_unknown_language_is_refused(folder: Path) -> None:
    with pytest.raises(ValueError, match="xx"):
        translations.update(["xx"])


def test_the_command_line_without_a_command_says_how() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop.translations"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "update" in done.stderr
