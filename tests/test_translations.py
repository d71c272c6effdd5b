"""Every sentence a translator should see reaches pyside6-lupdate.

The test runs the real `pyside6-lupdate` over desktop/ into a temporary .ts file and compares:
every message id of the English catalogue must be there under the context "Message", and
every tr()/translate() call in the source must be one lupdate can read (literal text, a
literal context, no private wrapper) and must be in the .ts under the context Qt will look
it up with at run time.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.message_catalogue import ENGLISH
from desktop.core.messages import Bytes, Duration, Message, Seconds, placeholders
from desktop.translations import LANGUAGES

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"
# The calls that translate a sentence written elsewhere, in a table lupdate collects: the
# message catalogue, and the JSON parser's messages (QT_TRANSLATE_NOOP in their table).
VARIABLE_TRANSLATE = {
    ("ui/message_words.py", "words"),
    ("ui/parameters/schema_check.py", "_json_message"),
}


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("pyside6-lupdate is not installed beside this Python (it ships with PySide6)")
    return found


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every message lupdate collected from desktop/."""
    ts = tmp_path_factory.mktemp("lupdate") / "collected.ts"
    files = sorted(str(path) for path in DESKTOP.rglob("*.py"))
    subprocess.run([_lupdate(), *files, "-ts", str(ts)], check=True, capture_output=True)
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_message_id_is_collected(collected: set[tuple[str, str]]) -> None:
    missing = [key for key, text in ENGLISH.items() if ("Message", text) not in collected]
    assert missing == []


def _sample(name: str) -> str | int | float:
    return {"size": Bytes(15_600_000), "wait": Seconds(26.0)}.get(name, f"<{name}>")


@pytest.mark.parametrize("message_id", sorted(ENGLISH))
def test_every_message_words_in_english(message_id: str) -> None:
    args = {name: _sample(name) for name in placeholders(message_id)}
    text = Message(message_id, **args).english()
    assert text.strip() and "{" not in text and "}" not in text


def test_a_message_needs_its_arguments_and_a_known_id() -> None:
    with pytest.raises(KeyError):
        Message("no.such.sentence")
    with pytest.raises(TypeError):
        Message("upload.failed")
    words = Message("upload.quota.hint_wait", wait=Seconds(88)).english()
    assert words.startswith("Wait 88 seconds and send again.")
    assert Duration(2 * 3600 + 1).__class__ is Duration


class _Call:
    def __init__(self, path: str, line: int, context: str | None, text: str | None) -> None:
        self.path, self.line, self.context, self.text = path, line, context, text

    def __repr__(self) -> str:
        return f"{self.path}:{self.line} {self.context!r} {self.text!r}"


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _calls(path: Path) -> Iterator[tuple[_Call, str | None]]:
    """Each tr()/translate() call: (the call, the function it sits in), or a problem."""
    relative = path.relative_to(DESKTOP).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def walk(
        node: ast.AST, cls: str | None, func: str | None
    ) -> Iterator[tuple[_Call, str | None]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from walk(child, child.name, func)
                continue
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                if child.name in ("tr", "_tr", "_translate") and cls is None:
                    yield _Call(relative, child.lineno, "<wrapper>", child.name), func
                yield from walk(child, cls, child.name)
                continue
            if isinstance(child, ast.Call):
                name = (
                    child.func.attr
                    if isinstance(child.func, ast.Attribute)
                    else getattr(child.func, "id", None)
                )
                args = child.args
                if name == "tr":
                    method = isinstance(child.func, ast.Attribute)
                    context = cls if method else "<module-level tr>"
                    yield _Call(relative, child.lineno, context, _literal(args[0])), func
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                    context = _literal(args[0])
                    yield _Call(relative, child.lineno, context, _literal(args[1])), func
            yield from walk(child, cls, func)

    yield from walk(tree, None, None)


def test_every_tr_call_is_collected_under_its_run_time_context(
    collected: set[tuple[str, str]],
) -> None:
    unreadable, missing = [], []
    for path in sorted(DESKTOP.rglob("*.py")):
        for call, func in _calls(path):
            if (call.path, func) in VARIABLE_TRANSLATE:
                continue
            if call.context is None or call.text is None or call.context.startswith("<"):
                unreadable.append(call)
            elif (call.context, call.text) not in collected:
                missing.append(call)
    assert unreadable == [], "lupdate cannot read these: use literal text and a literal context"
    assert missing == []


def _english_reads(path: Path) -> Iterator[str]:
    """Where a UI module reads an error's English (explanation, hint, user_text) other than
    to log it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def walk(node: ast.AST, in_log: bool) -> Iterator[str]:
        for child in ast.iter_child_nodes(node):
            logging_call = (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and isinstance(child.func.value, ast.Name)
                and child.func.value.id == "log"
            )
            if (
                isinstance(child, ast.Attribute)
                and child.attr in ("explanation", "hint", "user_text")
                and not in_log
            ):
                yield f"{path.relative_to(DESKTOP)}:{child.lineno} .{child.attr}"
            yield from walk(child, in_log or logging_call)

    yield from walk(tree, False)


def test_the_window_words_errors_through_message_words_not_their_english() -> None:
    reads = [hit for path in sorted((DESKTOP / "ui").rglob("*.py")) for hit in _english_reads(path)]
    assert reads == [], "use message_words.words(error.words) / error_words(error)"


def _gemini_error_names() -> set[str]:
    import desktop.core.errors as errors

    return {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, errors.GeminiError)
    }


def test_core_and_services_build_errors_from_message_ids_not_english() -> None:
    names = _gemini_error_names()
    written: list[str] = []
    for folder in ("core", "services"):
        for path in sorted((DESKTOP / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) in names):
                    continue
                sentences = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "hint")]
                if any(isinstance(s, ast.Constant | ast.JoinedStr) for s in sentences):
                    written.append(f"{path.relative_to(DESKTOP)}:{node.lineno}")
    assert written == [], "say it with a Message id from the catalogue"


# -- The catalogues (resources/translations/*.ts) ----------------------------------------------

CATALOGUES = sorted((DESKTOP.parent / "resources" / "translations").glob("gemini_desktop_*.ts"))
# Every language's catalogue; English's holds only its plural forms (checked on its own below).
COMPLETE = [ts for ts in CATALOGUES if ts.stem != "gemini_desktop_en"]
PLACEHOLDER = re.compile(r"%(?:\d|n)|\{[a-z_]+\}")
TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    forms: tuple[str, ...]
    unfinished: bool


def _entries(ts: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            entries.append(
                Entry(
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    forms,
                    translation.get("type") in ("unfinished", "vanished", "obsolete"),
                )
            )
    return entries


def test_there_is_a_catalogue_for_each_language() -> None:
    assert {ts.stem.removeprefix("gemini_desktop_") for ts in CATALOGUES} == set(LANGUAGES)


@pytest.mark.parametrize("ts", COMPLETE, ids=lambda ts: ts.stem)
def test_each_catalogue_holds_every_sentence_of_the_code(
    ts: Path, collected: set[tuple[str, str]]
) -> None:
    """Out of date when the code has a sentence the catalogue lacks: run the README's
    `uv run python -m desktop.translations update`, then translate the new entries."""
    held = {(entry.context, entry.source) for entry in _entries(ts)}
    assert sorted(collected - held) == [], "run: uv run python -m desktop.translations update"
    assert sorted(held - collected) == [], "sentences gone from the code: run the update"


@pytest.mark.parametrize("ts", COMPLETE, ids=lambda ts: ts.stem)
def test_each_entry_is_translated(ts: Path) -> None:
    unfinished = [
        f"{e.context}: {e.source!r}"
        for e in _entries(ts)
        if e.unfinished or not all(form.strip() for form in e.forms)
    ]
    assert unfinished == []


def _marks(text: str) -> tuple[list[str], list[str]]:
    return sorted(PLACEHOLDER.findall(text)), sorted(TAG.findall(text))


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda ts: ts.stem)
def test_translations_keep_the_placeholders_and_tags(ts: Path) -> None:
    """%1, %n, {name} and HTML tags come back exactly, once each, in every plural form."""
    wrong = [
        f"{e.context}: {e.source!r} -> {form!r}"
        for e in _entries(ts)
        for form in e.forms
        if form and _marks(form) != _marks(e.source)
    ]
    assert wrong == []


def test_the_placeholder_check_can_fail() -> None:
    assert _marks("Saved as %1") != _marks("Enregistré")
    assert _marks("<b>%1</b> files") != _marks("%1 fichiers")
    assert _marks("{file} is empty.") != _marks("{fichier} est vide.")
    assert _marks("Adding %n file(s)…") == _marks("Ajout de %n fichiers…")


def test_the_english_catalogue_holds_every_plural_form_finished(tmp_path: Path) -> None:
    """English needs only its plural forms ("1 file", "2 files"); `update` keeps them."""
    ts = tmp_path / "plurals.ts"
    files = sorted(str(path) for path in DESKTOP.rglob("*.py"))
    subprocess.run(
        [_lupdate(), *files, "-pluralonly", "-ts", str(ts)], check=True, capture_output=True
    )
    wanted = {(e.context, e.source) for e in _entries(ts)}
    [english] = [c for c in CATALOGUES if c.stem == "gemini_desktop_en"]
    held = _entries(english)
    assert {(e.context, e.source) for e in held} == wanted
    assert all(not e.unfinished and len(e.forms) == 2 and all(e.forms) for e in held)
