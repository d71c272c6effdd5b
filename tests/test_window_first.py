"""The window first (issue 17): nothing network-, keyring- or auth-related is loaded when the
main window first shows, nor asyncio and its loop (the window is drawn before them); a photo
on the command line is in the strip before the services are; a Send pressed before they are
wired waits for them and is answered."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.loopback import LoopbackServer, Scenario
from tests.test_app import REPO_ROOT, gui_env, history_turns

PHOTO = REPO_ROOT / "tests" / "packaging" / "data" / "sunset.jpg"

# Runs the app with FirstWindow.show wrapped: once the window is on screen, it prints which
# of the late modules are loaded, and with --press-send it presses Send at once.
SPY = """
import json, sys
from desktop import app
from desktop.ui import first_window

LATE = ("google.auth", "google.oauth2", "requests", "httpx2", "keyring", "urllib3",
        "desktop.services", "asyncio", "qasync", "PIL", "pygments",
        # Built or needed only after the first frame: the panels, the chips and the
        # request model under them.
        "desktop.ui.parameters.dock", "desktop.ui.history", "desktop.ui.attachments.chip",
        "desktop.core.request")
press = sys.argv.pop(1) == "--press-send"
original = first_window.FirstWindow.show

def show(self):
    original(self)
    loaded = sorted(m for m in sys.modules if m.startswith(LATE) and
                    (m in LATE or m.startswith(tuple(name + "." for name in LATE))))
    visible = self.window.isVisible()
    print("SHOWN " + json.dumps({"loaded": loaded, "visible": visible}), flush=True)
    if press:
        self.window.send_button.click()

first_window.FirstWindow.show = show
sys.exit(app.main(sys.argv[1:]))
"""


def run_spied(
    home: Path, server: LoopbackServer, *args: str, press_send: bool = False
) -> tuple[subprocess.CompletedProcess[str], dict[str, object]]:
    result = subprocess.run(
        [sys.executable, "-c", SPY, "--press-send" if press_send else "--no", *args],
        capture_output=True,
        text=True,
        timeout=90,
        cwd=REPO_ROOT,
        env=gui_env(home, server, GEMINI_DESKTOP_QUIT_AFTER_MS="4000"),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    shown = [line for line in result.stdout.splitlines() if line.startswith("SHOWN ")]
    assert len(shown) == 1, result.stdout
    return result, json.loads(shown[0].removeprefix("SHOWN "))


def log_lines(home: Path) -> list[str]:
    return (home / "logs" / "gemini-desktop.log").read_text(encoding="utf-8").splitlines()


def test_nothing_network_keyring_or_auth_is_loaded_when_the_window_first_shows(
    tmp_path: Path, loopback_server: LoopbackServer
) -> None:
    _result, shown = run_spied(tmp_path, loopback_server, str(PHOTO))
    assert shown["visible"] is True
    assert shown["loaded"] == []
    lines = log_lines(tmp_path)
    # The photo is in before the services are wired (the model list is their first work).
    attached = next(i for i, line in enumerate(lines) if "Attached 1 file(s)" in line)
    wired = next(i for i, line in enumerate(lines) if "Services wired" in line)
    assert attached < wired


def test_a_send_pressed_before_the_services_are_wired_waits_for_them(
    tmp_path: Path, loopback_server: LoopbackServer
) -> None:
    loopback_server.script(Scenario(text="A sunset over the sea."))
    _result, shown = run_spied(
        tmp_path, loopback_server, "--prompt", "What is this?", str(PHOTO), press_send=True
    )
    assert shown["loaded"] == []
    assert any(
        "Send was pressed before the services were ready" in line for line in log_lines(tmp_path)
    )
    turns = history_turns(tmp_path)
    assert [(role, text) for role, _status, text in turns] == [
        ("user", "What is this?"),
        ("model", "A sunset over the sea."),
    ]
