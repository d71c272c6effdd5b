"""The app's languages: which there are, where their sources (.ts) and compiled files (.qm)
live, and the developers' commands.

    uv run python -m desktop.translations update           # every .ts present, from desktop/
    uv run python -m desktop.translations update ja es     # ... and start these languages
    uv run python -m desktop.translations build DIR        # compile every .ts into DIR

`update` runs Qt's pyside6-lupdate over desktop/: new sentences are added unfinished, the
translations already made are kept, sentences no longer in the code are dropped
(-no-obsolete), and no line numbers are written (-locations none), so a change elsewhere in
the code does not rewrite every catalogue. The compiled .qm files are never committed: the
installers compile them at build time (installer.spec), and a run from the source tree
compiles them on first use into the cache folder (`compiled_folder`).

No Qt here: the tools are separate programs that ship with PySide6.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from desktop import paths

log = logging.getLogger(__name__)

ENGLISH = "en"
LANGUAGES: dict[str, str] = {
    ENGLISH: "English",
    "zh_TW": "繁體中文",
    "fr": "Français",
    "ja": "日本語",
    "es": "Español",
    "de": "Deutsch",
}
"""Every language the app speaks, by its code, named in itself (as the menu lists them).
English is the source: its catalogue holds only the plural forms ("1 file", "2 files")."""

CATALOGUE = "gemini_desktop"
"""The .ts and .qm files are CATALOGUE_<code>: gemini_desktop_zh_TW.ts."""

PACKAGE = Path(__file__).resolve().parent
"""desktop/, the code lupdate reads."""


def file_name(code: str, suffix: str) -> str:
    return f"{CATALOGUE}_{code}{suffix}"


def code_of(file: Path) -> str:
    """The language a catalogue file is for: gemini_desktop_zh_TW.qm → "zh_TW"."""
    return file.stem.removeprefix(f"{CATALOGUE}_")


def source_folder() -> Path:
    """resources/translations: the .ts sources beside the code, the .qm files in a bundle."""
    return paths.resources_dir() / "translations"


def sources() -> list[Path]:
    """The .ts files present, sorted by name."""
    folder = source_folder()
    return sorted(folder.glob(f"{CATALOGUE}_*.ts")) if folder.is_dir() else []


def qt_tool(name: str) -> str:
    """The path of Qt's `lupdate` or `lrelease` as PySide6 ships it."""
    import PySide6  # the package folder only: no Qt library is loaded

    program = f"{name}.exe" if sys.platform == "win32" else name
    bundled = Path(PySide6.__file__).parent / program
    if bundled.is_file():
        return str(bundled)
    import shutil

    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    found = found or shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"Qt's {name} was not found; it comes with PySide6")
    return found


def code_files(package: Path = PACKAGE) -> list[Path]:
    return sorted(package.rglob("*.py"))


def update(new: list[str] | None = None, *, package: Path = PACKAGE) -> list[Path]:
    """Bring every .ts present (and those of the `new` language codes) up to date with the
    code; return the files written."""
    import subprocess

    unknown = [code for code in new or [] if code not in LANGUAGES]
    if unknown:
        raise ValueError(f"unknown language code(s): {', '.join(unknown)}")
    folder = source_folder()
    folder.mkdir(parents=True, exist_ok=True)
    targets = {file.name: file for file in sources()}
    for code in new or []:
        targets.setdefault(file_name(code, ".ts"), folder / file_name(code, ".ts"))
    written = []
    for target in sorted(targets.values()):
        if target.is_file() and target.stat().st_size == 0:
            target.unlink()  # an empty placeholder: lupdate starts it afresh
        command = [
            qt_tool("lupdate"),
            *map(str, code_files(package)),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            code_of(target),
            *(["-pluralonly"] if code_of(target) == ENGLISH else []),
            "-silent",
            "-ts",
            str(target),
        ]
        subprocess.run(command, check=True)
        written.append(target)
    return written


def build(target: Path, ts_files: list[Path] | None = None) -> list[Path]:
    """Compile each .ts (all present by default) into `target` as .qm; return the .qm files."""
    import subprocess

    target.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sources() if ts_files is None else ts_files:
        qm = target / (ts.stem + ".qm")
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def compiled_folder(code: str | None = None) -> Path | None:
    """Where the .qm files are: the bundle's (installers compile them at build time), or, run
    from the source tree, the cache folder, compiled now from any .ts newer than its .qm
    (only `code`'s when given: each compilation is a process, and start-up waits for it).
    None when there are none and none can be made (the app then speaks English)."""
    folder = source_folder()
    if folder.is_dir() and any(folder.glob(f"{CATALOGUE}_*.qm")):
        return folder
    ts_files = [ts for ts in sources() if code is None or code_of(ts) == code]
    if not ts_files:
        return None
    cache = paths.cache_dir() / "translations"
    stale = [
        ts
        for ts in ts_files
        if not (qm := cache / (ts.stem + ".qm")).is_file()
        or qm.stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        import subprocess  # only here: start-up imports this module (issue 17)

        try:
            build(cache, stale)
        except (OSError, subprocess.CalledProcessError) as error:
            log.warning("The translations could not be compiled into %s: %s", cache, error)
            return None
        log.info("Compiled %d translation(s) into %s", len(stale), cache)
    return cache


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["update"]:
        for file in update(args[1:]):
            print(f"updated {file}")
        return 0
    if args[:1] == ["build"] and len(args) == 2:
        for file in build(Path(args[1])):
            print(f"compiled {file}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
