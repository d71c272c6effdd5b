"""Start-up: the headless `describe` command, or the desktop app (Qt, one qasync loop, wiring).

Nothing here imports PySide6 at module level: `gemini-desktop describe` and `--version`
must work where Qt cannot load. The GUI path imports Qt lazily, and asyncio only once the
window is on screen (issue 17: importing it costs a tenth of a second before the window).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import desktop
from desktop.log import log_file_path, redact, setup_logging

if TYPE_CHECKING:
    import asyncio

    from desktop.services.connections import ConnectionManager
    from desktop.services.history import HistoryStore
    from desktop.ui.application import GeminiApplication
    from desktop.ui.first_window import FirstWindow

log = logging.getLogger(__name__)

QUIT_AFTER_ENV = "GEMINI_DESKTOP_QUIT_AFTER_MS"
"""Quit this many milliseconds after the window shows (smoke tests, screenshots)."""
LOG_LEVEL_ENV = "GEMINI_DESKTOP_LOG_LEVEL"
SHUTDOWN_TIMEOUT_S = 5.0
SERVICE_MODULES = (
    "desktop.services.connections",
    "desktop.services.profile_store",
    "desktop.services.uploads",
    "desktop.services.history",
    "desktop.services.chat_service",
)


# -- The services the window is given ---------------------------------------------------------


def make_connections(resources: contextlib.AsyncExitStack) -> ConnectionManager:
    """The one ConnectionManager of the app (profiles in the OS keyring), closed at shutdown."""
    from PySide6.QtCore import QCoreApplication

    from desktop.services.connections import ConnectionManager
    from desktop.services.profile_store import ChunkedKeyring, ProfileStore
    from desktop.services.uploads import UploadCache

    connections = ConnectionManager(
        ProfileStore(ChunkedKeyring()),
        upload_cache=UploadCache.default(),
        # The profile made from the environment variables, named in the window's language.
        environment_name=QCoreApplication.translate("ConnectionController", "Environment"),
    )
    resources.push_async_callback(connections.aclose)
    return connections


def _import_services() -> None:
    """Load the services (google-auth, keyring, httpx2 and what uses them): no Qt in them,
    so a worker thread may import them while the window is already on screen."""
    import importlib

    for name in SERVICE_MODULES:
        importlib.import_module(name)


def open_history(folder: Path | None = None) -> HistoryStore:
    """The conversation history (never raises: a broken or unwritable file falls back to
    memory, with a notice), answers a crash left streaming marked interrupted. Blocks: call
    it through asyncio.to_thread."""
    from desktop.core.errors import HistoryUnavailableError
    from desktop.services.history import HistoryStore

    store = HistoryStore.open(folder)
    try:
        recovered = store.recover_interrupted()
    except HistoryUnavailableError as error:
        log.warning("Interrupted answers could not be marked: %s", error.server_message)
    else:
        if recovered:
            log.info("%d answer(s) were interrupted last time; they can be retried", len(recovered))
    return store


# -- Errors nobody caught ----------------------------------------------------------------------

crash_reporter: Callable[[str], None] | None = None
"""Hook point for a crash dialog: called with a redacted, copyable report."""


def excepthook(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
) -> None:
    """Log an uncaught exception (secrets redacted), then hand a report to `crash_reporter`."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc or exc_type(), tb)
        return
    log.critical("Unexpected error", exc_info=(exc_type, exc or exc_type(), tb))
    reporter = crash_reporter
    if reporter is None:
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log_file = log_file_path() or "none (it could not be written)"
    report = redact(f"Gemini Desktop {desktop.__version__}\nLog file: {log_file}\n\n{details}")
    try:
        reporter(report)
    except Exception:
        log.exception("The crash reporter failed")


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def _loop_exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    import asyncio

    exc = context.get("exception")
    if isinstance(exc, asyncio.CancelledError):
        return
    log.error("Unhandled error in the event loop: %s", context.get("message"), exc_info=exc)


# -- Command line --------------------------------------------------------------------------------


@dataclass
class GuiOptions:
    """What the command line asks of the window: `gemini-desktop [--profile NAME]
    [--model ID] [--prompt TEXT] [--send] [FILE ...]`."""

    files: list[Path] = field(default_factory=list)
    """Files named on the command line ("Open with"), attached when the window opens."""
    profile: str | None = None
    """A saved connection, by name, to use instead of the active one."""
    model: str | None = None
    """The model id to choose."""
    prompt: str | None = None
    """Text to put in the question box."""
    send: bool = False
    """Send at once, when the files are attached."""

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> GuiOptions:
        return cls(
            files=list(args.files),
            profile=args.profile,
            model=args.model,
            prompt=args.prompt,
            send=args.send,
        )


class _VersionAction(argparse.Action):
    """--version, with the version read only when asked (see desktop.__getattr__)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        kwargs.update(nargs=0, default=argparse.SUPPRESS, help="show the version and exit")
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(f"{parser.prog} {desktop.__version__}")
        parser.exit()


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gemini-desktop",
        description="Ask Google's Gemini models about your questions, photos and videos.",
        epilog="Example: gemini-desktop --prompt 'What bird is this?' --send bird.jpg\n"
        "Without a window: gemini-desktop describe --help, gemini-desktop batch --help, "
        "gemini-desktop models --help\n"
        "Check this installation: gemini-desktop --self-test",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        type=Path,
        help="photos, videos, recordings, PDFs or text files to attach",
    )
    parser.add_argument("--profile", metavar="NAME", help="use this saved connection (by name)")
    parser.add_argument("--model", metavar="ID", help="choose this model, e.g. gemini-2.5-flash")
    parser.add_argument("--prompt", metavar="TEXT", help="put this question in the question box")
    parser.add_argument(
        "--send",
        action="store_true",
        help="send the question (and the files) at once; needs --prompt or a FILE",
    )
    parser.add_argument("--version", action=_VersionAction)
    return parser


def parse_gui_args(args: Sequence[str]) -> GuiOptions | int:
    """The window's options, or the exit code argparse asked for (--help, a usage error)."""
    parser = _build_parser()
    parsed = _parse_args(parser, args)
    if isinstance(parsed, int):
        return parsed
    return _gui_options(parser, parsed)


def _gui_options(parser: argparse.ArgumentParser, parsed: argparse.Namespace) -> GuiOptions | int:
    if parsed.send and not parsed.files and not (parsed.prompt or "").strip():
        return _usage_error(parser, "--send needs a question (--prompt) or a FILE to send")
    return GuiOptions.from_args(parsed)


def _usage_error(parser: argparse.ArgumentParser, message: str) -> int:
    """Print the usage and the message, as argparse does for its own errors; exit code 2."""
    try:
        parser.error(message)
    except SystemExit as exit_request:
        return exit_request.code if isinstance(exit_request.code, int) else 2
    return 2


def _parse_args(
    parser: argparse.ArgumentParser, args: Sequence[str], known_only: bool = False
) -> argparse.Namespace | int:
    """argparse's result, or the exit code it asked for (--help, --version, a usage error)."""
    try:
        # Intermixed: `gemini-desktop a.jpg --prompt "…" b.jpg` names two files.
        if known_only:
            return parser.parse_known_intermixed_args(list(args))[0]
        return parser.parse_intermixed_args(list(args))
    except SystemExit as exit_request:
        code = exit_request.code
        return code if isinstance(code, int) else 0 if code is None else 2


def main(argv: Sequence[str] | None = None) -> int:
    """Console-script entry point; returns the process exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "describe":
        from desktop.cli import describe_main

        return describe_main(args[1:])
    if args and args[0] == "models":
        from desktop.models_cli import models_main

        return models_main(args[1:])
    if args and args[0] == "batch":
        from desktop.batch_cli import batch_main

        return batch_main(args[1:])
    if args and args[0] == "--self-test":
        from desktop.self_test import self_test_main

        return self_test_main(args[1:])

    parser = _build_parser()
    # --help, --version and usage errors answer before Qt is loaded. Qt's own options
    # (-platform, -style, ...) are unknown here, so this pass tolerates them.
    early = _parse_args(parser, args, known_only=True)
    if isinstance(early, int):
        return early
    checked = _gui_options(parser, early)
    if isinstance(checked, int):
        return checked
    return _run_gui(parser, args)


# -- The desktop app ---------------------------------------------------------------------------


def _quit_after_ms() -> int | None:
    value = os.environ.get(QUIT_AFTER_ENV, "").strip()
    if not value:
        return None
    try:
        return max(0, int(value))
    except ValueError:
        log.warning("Ignoring %s=%r: not a number of milliseconds", QUIT_AFTER_ENV, value)
        return None


def _run_gui(parser: argparse.ArgumentParser, args: list[str]) -> int:
    import shiboken6

    from desktop.ui import pyside_import_hook

    pyside_import_hook.quicken()  # before the window's modules are imported

    from desktop.ui.application import GeminiApplication
    from desktop.ui.qt_logging import install_qt_message_handler

    setup_logging(os.environ.get(LOG_LEVEL_ENV, "INFO"))
    install_qt_message_handler()
    sys.excepthook = excepthook
    threading.excepthook = _thread_excepthook
    log.info("Gemini Desktop starting")  # its version once the window shows

    app = GeminiApplication([sys.argv[0] if sys.argv else "gemini-desktop", *args])
    # Qt has taken its own options (-style, -platform, ...) out of the arguments by now.
    parsed = _parse_args(parser, app.arguments()[1:])
    options = parsed if isinstance(parsed, int) else _gui_options(parser, parsed)
    if isinstance(options, int):
        app.shutdown()
        return options

    _install_language()
    _quit_on_signals(app)
    try:
        # The window first, drawn before asyncio, qasync and the services are imported.
        first_window = _show_first_window(options)
        import asyncio

        import qasync

        # asyncio.run(..., loop_factory=) from Python 3.12, spelled for 3.11.
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            code = runner.run(main_async(app, first_window, options))
    except Exception:
        log.critical("Gemini Desktop stopped after an unexpected error", exc_info=True)
        code = 1
    # Destroy the QApplication before the interpreter finalizes: leaving Qt objects to
    # interpreter shutdown has ended in "Fatal Python error: none_dealloc" (see RECIPES).
    restart = code == 0 and app.restart_wanted
    if shiboken6.isValid(app):
        app.shutdown()
    log.info("Gemini Desktop exited with code %s", code)
    if restart:
        _start_again()
    return code


def _show_first_window(options: GuiOptions) -> FirstWindow:
    """The main window, laid out as last time, on screen with its first frame drawn."""
    from desktop.ui.first_window import FirstWindow
    from desktop.ui.preferences import open_preferences

    first_window = FirstWindow(open_preferences(), options)
    first_window.show()
    if not options.files:  # else once they are in the strip (FirstWindow.attach)
        first_window.build_panels()
    return first_window


def _install_language() -> None:
    """The app's words, Qt's own and QLocale in the remembered language or the computer's."""
    from desktop.ui.language import TRANSLATORS, chosen_language
    from desktop.ui.preferences import open_preferences

    TRANSLATORS.install(chosen_language(open_preferences()))


def _start_again() -> None:
    """A new process of this app, on its own (View ▸ Language): the frozen executable, or
    this Python running the package. It reads the language and the session from the
    preferences."""
    import subprocess

    frozen = getattr(sys, "frozen", False)
    command = [sys.executable] if frozen else [sys.executable, "-m", "desktop"]
    log.info("Starting again in the new language")
    try:
        if sys.platform == "win32":
            flags = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
            subprocess.Popen(command, creationflags=flags, close_fds=True)
        else:
            subprocess.Popen(command, start_new_session=True, close_fds=True)
    except OSError:
        log.exception("Gemini Desktop could not start again")


async def main_async(app: GeminiApplication, first_window: FirstWindow, options: GuiOptions) -> int:
    """Wire the services to the window on screen, run until the app is asked to quit, then
    shut down cleanly.

    The wiring itself is desktop.ui.app_controller.AppController, which the integration
    tests build the same way over in-memory profiles and a temporary history."""
    import asyncio

    import shiboken6
    from PySide6.QtCore import QTimer

    global crash_reporter

    loop = asyncio.get_running_loop()
    loop.set_exception_handler(_loop_exception_handler)
    quit_requested: asyncio.Future[None] = loop.create_future()

    def on_quit_requested() -> None:
        if not quit_requested.done():
            quit_requested.set_result(None)

    app.quit_requested.connect(on_quit_requested)
    # Fallback for a hard QApplication.exit(): too late for async clean-up, but never hangs.
    app.aboutToQuit.connect(on_quit_requested)
    if app.quit_was_requested:  # while the first window was being drawn
        on_quit_requested()

    async with contextlib.AsyncExitStack() as resources:
        # The window is on screen; now the services (google-auth, keyring, httpx2 take about
        # as long to import as Qt itself): what is pressed meanwhile waits for them (issue 17).
        await first_window.attach([*options.files, *app.take_pending_files()])
        # Imported in a worker thread: the window stays responsive meanwhile.
        await asyncio.to_thread(_import_services)
        from desktop.ui.app_controller import AppController
        from desktop.ui.crash_dialog import CrashReporter

        preferences = first_window.preferences

        connections = make_connections(resources)
        store = await asyncio.to_thread(open_history)
        controller = AppController(connections, store, preferences, first_window=first_window)
        if options.profile or options.model or options.prompt or options.send:
            # Not the prompt itself: what the user asks stays out of the log.
            log.info(
                "Command line: profile=%r model=%r prompt=%s send=%s",
                options.profile,
                options.model,
                "given" if options.prompt else "none",
                options.send,
            )
        controller.restart_requested.connect(app.restart)
        reporter = CrashReporter(
            lambda: controller.window if controller.window_alive() else None, parent=controller
        )
        crash_reporter = reporter.report
        controller.start(options, app)
        log.info("Services wired (Gemini Desktop %s)", desktop.__version__)

        quit_after = _quit_after_ms()
        if quit_after is not None:
            QTimer.singleShot(quit_after, app.quit)

        # What start-up made (Qt wrappers, modules, Pygments lexers, the widgets) lives as
        # long as the app: moved out of the collector's way, a full collection no longer
        # walks it, and the ~20 ms pauses it caused while an answer streamed go away
        # (tests/benchmarks/test_render_benchmark.py measures with the heap frozen alike).
        # Collected first, so no start-up garbage is kept for ever.
        gc.collect()
        gc.freeze()

        try:
            await quit_requested
        finally:
            log.info("Shutting down")
            crash_reporter = None  # from here on an error is only logged
            gc.unfreeze()  # what is torn down now may be collected again
            # The answer is cancelled and saved as stopped; every controller ends its tasks.
            await controller.aclose()
            await _cancel_remaining_tasks()
            # Closing writes back to disk what only memory holds, if the disk takes it now.
            await asyncio.to_thread(store.close)
            # Explicit deletion while Qt and the loop are still alive (see _run_gui).
            window = controller.window
            if shiboken6.isValid(window):
                shiboken6.delete(window)
            shiboken6.delete(controller)
    return 0


async def _cancel_remaining_tasks() -> None:
    import asyncio

    current = asyncio.current_task()
    tasks = [task for task in asyncio.all_tasks() if task is not current]
    if not tasks:
        return
    for task in tasks:
        task.cancel()
    _done, pending = await asyncio.wait(tasks, timeout=SHUTDOWN_TIMEOUT_S)
    for task in pending:
        log.warning("Task %s did not finish during shutdown", task.get_name())


def _quit_on_signals(app: GeminiApplication) -> None:
    """Ctrl+C in a terminal and SIGTERM (logout, shutdown, `kill`) quit as closing the
    window does: the answer is saved as stopped and the process exits 0."""
    from PySide6.QtCore import QTimer

    with contextlib.suppress(ValueError):  # not the main thread
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, lambda *_: app.quit())
        # Python runs signal handlers only when it gets control; Qt's C++ loop must wake it.
        timer = QTimer(app)
        timer.setInterval(500)
        timer.timeout.connect(lambda: None)
        timer.start()
