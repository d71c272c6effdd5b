"""Get code: an answer's button and File ▸ Get code… open the code that sends that request;
the Python in it gets the answer the window got; Copy copies it; no key is in it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QToolButton

from desktop.services.code_samples import Language
from desktop.ui.code_dialog import TAB_TITLES
from tests.ui.integration.helpers import App, click, type_into


def _run_python(code: str, tmp_path: Path) -> str:
    script = tmp_path / "sample.py"
    script.write_text(code)
    environment = {k: v for k, v in os.environ.items() if k != "GOOGLE_API_KEY"}
    environment.update(GEMINI_API_KEY="test-api-key", NO_PROXY="127.0.0.1")
    done = subprocess.run(
        [sys.executable, str(script)], env=environment, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_get_code_for_an_answer_and_for_the_question_being_written(
    make_app: Callable[..., App], photo: Path, tmp_path: Path
) -> None:
    app = make_app()
    app.wait_until_started()
    window = app.window
    app.drop(photo)
    app.wait_for_attachments(1)
    type_into(app.qtbot, window.dock.control("temperature"), "0.4")
    app.ask("What flowers are these?")
    answer = app.last_answer()
    shown = app.saved().turns[-1].text  # what the window got (drawn at its own pace)
    assert shown.startswith("You said: What flowers are these?")

    (button,) = [b for b in answer.findChildren(QToolButton) if b.text() == "Get code"]
    click(app.qtbot, button)
    code = app.controller.code
    app.qtbot.waitUntil(lambda: code.dialog is not None and code.dialog.isVisible())
    dialog = code.dialog
    assert dialog is not None
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == [TAB_TITLES[language] for language in Language]
    dialog.tabs.setCurrentIndex(1)
    python = dialog.current_code()
    editor = dialog.tabs.currentWidget()
    assert isinstance(editor, QPlainTextEdit) and editor.toPlainText() == python
    assert '"temperature": 0.4' in python and "test-api-key" not in python
    assert "GEMINI_API_KEY" in dialog.note.text()
    # The stored photo (as it was sent) is read from the history's folder.
    assert _run_python(python, tmp_path).strip() == shown
    click(app.qtbot, dialog.copy_button)
    assert QGuiApplication.clipboard().text() == python
    assert dialog.copy_button.text() == "Copied"
    dialog.close()

    app.type_question("And their names?")
    window.get_code_action.trigger()
    app.qtbot.waitUntil(lambda: code.dialog is not None and code.dialog is not dialog)
    assert code.dialog is not None
    code.dialog.tabs.setCurrentIndex(1)
    follow_up = code.dialog.current_code()
    assert shown in follow_up and "And their names?" in follow_up  # the history goes too
    assert window.prompt_text() == "And their names?"  # nothing was sent or taken
    code.dialog.close()
