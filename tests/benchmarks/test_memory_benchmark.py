"""Resident memory after a 50-turn conversation with 20 attached 12-megapixel photos.

Target: under 350 MB. In the real main window: the photos go through the real
AttachmentController into its strip, are taken when the message is sent, and stay in the
conversation as the Attachment objects (encoded bytes and a thumbnail, never a decoded
full-size image); each of the 50 questions and its answer (streamed in pieces) is drawn in
the window's ConversationView. Measured in a fresh process, so the figure is the app's and
not the test session's; printed against the target. Asserts only that every attachment and
every answer is there.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
PHOTOS = 20
TURNS = 50
TARGET_MB = 350
ANSWER = (
    "The photo shows a mountain lake at dawn. The water is still, so the peaks are mirrored "
    "almost perfectly; the light comes from the left, low and warm. "
) * 12  # about 2 KB, a long-ish answer


def resident_mb() -> tuple[float, float]:
    """(resident now, peak resident) in MB: VmRSS and VmHWM on Linux, maxrss elsewhere."""
    status = Path("/proc/self/status")
    if status.exists():
        fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    return peak_mb, peak_mb


@dataclass
class Turn:
    prompt: str
    answer: str
    attachments: list[object] = field(default_factory=list)


async def conversation(photo: Path) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.attachments import AttachmentController
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    strip = window.strip
    view = window.conversation
    controller = AttachmentController(strip, parent=window)
    window.show()
    QApplication.processEvents()
    baseline, _ = resident_mb()

    turns: list[Turn] = []
    for number in range(TURNS):
        attachments: list[object] = []
        if number == 0:
            controller.add_paths([photo] * PHOTOS)  # twenty photos dropped at once
            await controller.wait_until_idle()
            QApplication.processEvents()
            attachments = list(strip.take_all())  # Send takes them into the message
        turn = Turn(f"Question {number + 1} about the photos?", ANSWER, attachments)
        turns.append(turn)
        view.add_user_turn(turn.prompt, [getattr(a, "name", "") for a in attachments])
        answer = view.begin_answer()
        for start in range(0, len(ANSWER), 200):  # streamed in pieces, as it comes
            answer.append_text(ANSWER[start : start + 200])
            await asyncio.sleep(0)
        answer.finish()
        QApplication.processEvents()
    for _ in range(10):  # the last redraws
        await asyncio.sleep(0.01)
    QApplication.processEvents()
    gc.collect()
    now, peak = resident_mb()
    held = [a for turn in turns for a in turn.attachments]
    facts = {
        "baseline_mb": round(baseline, 1),
        "resident_mb": round(now, 1),
        "peak_mb": round(peak, 1),
        "attachments": len(held),
        "with_thumbnail": sum(1 for a in held if getattr(a, "thumbnail", None) is not None),
        "bytes_held_mb": round(sum(len(a.data) for a in held) / 1024 / 1024, 1),  # type: ignore[attr-defined]
        "turns": len(turns),
        "answers_drawn": len(view.answers()),
    }
    await controller.aclose()
    window.deleteLater()
    return facts


def run_scenario(photo: Path) -> dict[str, object]:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        facts = runner.run(conversation(photo))
    app.shutdown()
    return facts


def test_memory_after_fifty_turns_with_twenty_12_megapixel_photos(tmp_path: Path) -> None:
    from tests.photos import camera_photo

    photo = tmp_path / "IMG_4032x3024.jpg"
    photo.write_bytes(camera_photo(4032, 3024))
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.test_memory_benchmark", str(photo)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO_ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "GEMINI_DESKTOP_HOME": str(tmp_path)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    size_mb = photo.stat().st_size / 1024 / 1024
    print(
        f"\nMemory of the main window after {facts['turns']} turns (answers drawn) with "
        f"{facts['attachments']} photos of "
        f"4032x3024 ({size_mb:.1f} MB each as JPEG): resident {facts['resident_mb']} MB "
        f"(target < {TARGET_MB} MB), peak {facts['peak_mb']} MB, before the photos "
        f"{facts['baseline_mb']} MB; photo bytes held {facts['bytes_held_mb']} MB "
        f"(decoded they would take {PHOTOS * 4032 * 3024 * 4 / 1024 / 1024:.0f} MB)"
    )
    assert facts["attachments"] == PHOTOS
    assert facts["with_thumbnail"] == PHOTOS
    assert facts["answers_drawn"] == TURNS


if __name__ == "__main__":
    print(json.dumps(run_scenario(Path(sys.argv[1]))))
