"""A private, real Secret Service for tests: its own D-Bus session and an unlocked GNOME
Keyring with a throwaway data folder, so tests never touch the developer's own keyring."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

KEYRING_PASSWORD = "a-nonempty-test-password"  # an empty one makes the daemon want a prompt

_SCRIPT = """
printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
printf %s "$DBUS_SESSION_BUS_ADDRESS" > "$ADDRESS_FILE.tmp" && mv "$ADDRESS_FILE.tmp" "$ADDRESS_FILE"
exec sleep 3600
"""


def missing_tools() -> list[str]:
    return [
        tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None
    ]


class SecretService:
    """Start with start(), point keyring at it with `bus_address`, stop with stop()."""

    def __init__(self) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="secret-service-"))
        self._process: subprocess.Popen[bytes] | None = None
        self.bus_address = ""

    def start(self, timeout: float = 20.0) -> SecretService:
        address_file = self._folder / "bus-address"
        env = {
            **os.environ,
            "XDG_DATA_HOME": str(self._folder / "data"),
            "XDG_RUNTIME_DIR": str(self._folder / "run"),
            "KEYRING_PASSWORD": KEYRING_PASSWORD,
            "ADDRESS_FILE": str(address_file),
        }
        (self._folder / "run").mkdir(mode=0o700)
        env.pop("DISPLAY", None)  # no prompt window may ever appear
        self._process = subprocess.Popen(
            ["dbus-run-session", "--", "sh", "-c", _SCRIPT],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while not address_file.exists():
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the test Secret Service did not start")
            time.sleep(0.05)
        self.bus_address = address_file.read_text()
        return self

    def stop(self) -> None:
        if self._process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._process.pid, signal.SIGTERM)
            self._process.wait(timeout=10)
            self._process = None
        shutil.rmtree(self._folder, ignore_errors=True)
