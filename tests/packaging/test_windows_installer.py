"""Windows: the NSIS installer script compiles (Debian's makensis, against a dummy payload)
and registers "Open with" for the types the Linux desktop entry lists."""

from __future__ import annotations

import configparser
import re
import subprocess
from pathlib import Path

from tests.packaging.conftest import PACKAGING, require_tool

WINDOWS = PACKAGING / "windows"
SCRIPT = WINDOWS / "installer.nsi"

# Each MIME type of the desktop entry and the extensions Windows knows it by.
EXTENSIONS = {
    "image/jpeg": {".jpg", ".jpeg"},
    "image/png": {".png"},
    "image/webp": {".webp"},
    "image/heic": {".heic"},
    "image/heif": {".heif"},
    "video/mp4": {".mp4"},
    "video/quicktime": {".mov"},
    "video/webm": {".webm"},
    "video/mpeg": {".mpeg", ".mpg"},
    "video/x-msvideo": {".avi"},
    "video/x-ms-wmv": {".wmv"},
    "video/x-flv": {".flv"},
    "video/3gpp": {".3gp"},
    "audio/mpeg": {".mp3"},
    "audio/wav": {".wav"},
    "audio/x-wav": {".wav"},
    "audio/flac": {".flac"},
    "audio/aac": {".aac"},
    "audio/ogg": {".ogg"},
    "audio/mp4": {".m4a"},
    "application/pdf": {".pdf"},
    "text/plain": {".txt"},
}


def registered_extensions() -> set[str]:
    text = SCRIPT.read_text(encoding="utf-8")
    return set(re.findall(r'!insertmacro \$\{MACRO\} "(\.[a-z0-9]+)"', text))


def test_open_with_covers_the_desktop_entry_types() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(PACKAGING / "linux" / "gemini-desktop.desktop", encoding="utf-8")
    mime_types = parser["Desktop Entry"]["MimeType"].strip(";").split(";")
    registered = registered_extensions()
    for mime in mime_types:
        assert mime in EXTENSIONS, f"map {mime} to its extensions in this test"
        assert EXTENSIONS[mime] <= registered, f"{mime}: {EXTENSIONS[mime] - registered}"


def test_per_user_and_keeps_conversations_by_default() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in text
    assert "HKLM" not in text  # nothing machine-wide: no administrator rights needed
    # The question about the user's data defaults to No and a silent uninstall keeps it.
    assert re.search(r"MB_YESNO\|MB_ICONQUESTION\|MB_DEFBUTTON2.*\n\s*/SD IDNO IDNO", text)


def test_compiles_with_makensis(tmp_path: Path) -> None:
    makensis = require_tool("makensis", "nsis")
    payload = tmp_path / "gemini-desktop"
    (payload / "_internal").mkdir(parents=True)
    (payload / "gemini-desktop.exe").write_bytes(b"MZ dummy")
    (payload / "gemini-desktop-cli.exe").write_bytes(b"MZ dummy")
    (payload / "_internal" / "base_library.zip").write_bytes(b"dummy")
    installer = tmp_path / "GeminiDesktop-0.1.0-setup.exe"
    result = subprocess.run(
        [
            makensis,
            "-V2",
            "-WX",  # warnings are errors
            "-DVERSION=0.1.0",
            f"-DSOURCE_DIR={payload}",
            f"-DOUTFILE={installer}",
            str(SCRIPT),
        ],
        cwd=WINDOWS,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert installer.read_bytes()[:2] == b"MZ"
    assert installer.stat().st_size > 100_000


NSIS_LANGUAGES = {
    "English": "LANG_ENGLISH",
    "TradChinese": "LANG_TRADCHINESE",
    "French": "LANG_FRENCH",
    "Japanese": "LANG_JAPANESE",
    "Spanish": "LANG_SPANISH",
    "German": "LANG_GERMAN",
}


def test_the_installer_speaks_the_six_languages_of_the_app() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    inserted = re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"', script, re.MULTILINE)
    assert inserted == list(NSIS_LANGUAGES)
    strings: dict[str, set[str]] = {}
    for name, language in re.findall(r"^LangString (\w+) \$\{(\w+)\}", script, re.MULTILINE):
        strings.setdefault(name, set()).add(language)
    assert strings and all(found == set(NSIS_LANGUAGES.values()) for found in strings.values())
    used = set(re.findall(r"\$\((\w+)\)", script))
    assert used == set(strings)
