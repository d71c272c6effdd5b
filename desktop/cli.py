"""`gemini-desktop describe`: the app's pipeline from a terminal, no window, no Qt.

Exit codes: 0 when every request completed, 1 when any failed (API or network error,
blocked prompt, stream cut off), 2 for usage errors and files that cannot be sent.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import functools
import logging
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.cli_waits import RetryCountdown
from desktop.code_cli import CodeUsageError, print_code
from desktop.core.answer import Answer
from desktop.core.answer_stream import Completed, Retrying, TextDelta, ThoughtDelta
from desktop.core.connection import ApiKind
from desktop.core.conversation import NewAttachment
from desktop.core.errors import (
    CredentialsError,
    FileProblemError,
    GeminiError,
    KeyringUnavailableError,
)
from desktop.core.finish import default_prompt_for, finish_note
from desktop.core.image_detail import ImageDetail
from desktop.core.messages import Message
from desktop.core.profile import ENVIRONMENT_PROFILE_ID, Profile
from desktop.core.request import (
    GenerateRequest,
    GenerationConfig,
)
from desktop.core.units import size_text
from desktop.count_cli import print_counts
from desktop.describe_options import (
    ThoughtEcho,
    UsageError,
    build_parser,
    generation_config,
    left_out_notes,
    request_settings,
)
from desktop.log import setup_logging
from desktop.services.file_parts import Uploading
from desktop.services.turn_files import one_turn_contents, opened_file, prepare_file
from desktop.terminal_text import for_terminal, json_line

if TYPE_CHECKING:
    from desktop.services.connections import ConnectionManager
    from desktop.services.gemini_client import GeminiClient

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass
class Outcome:
    """What one file's request came to, for the exit code and the JSON line."""

    file: str | None
    answer: Answer | None = None
    error: GeminiError | None = None
    file_problem: bool = False
    shown: list[str] = dataclasses.field(default_factory=list)
    """The answer's text as it streamed: what is kept when a signal stops it."""
    reported: bool = False


def start_command(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace | int:
    """Logging to the file only (stdout is the command's output), then the parsed arguments,
    or the exit code when argparse already answered (--help, --version, a usage error)."""
    setup_logging(os.environ.get("GEMINI_DESKTOP_LOG_LEVEL", "INFO"), console=False)
    try:
        return parser.parse_args(argv)
    except SystemExit as exit_:  # argparse already printed the usage message
        return int(exit_.code or 0)


def describe_main(
    argv: list[str], stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = start_command(build_parser(), argv)
    if isinstance(args, int):
        return args
    if out is sys.stdout and hasattr(sys.stdout, "reconfigure"):
        # A console or pipe in a legacy code page must not crash on an emoji in the answer.
        sys.stdout.reconfigure(errors="replace")
    try:
        return asyncio.run(_describe(args, out, err))
    except UsageError as exc:
        print(f"gemini-desktop describe: {exc}", file=err)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`describe ... | head`): stop quietly, as Unix tools do.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the interpreter flushes it at exit
        return EXIT_FAILED


async def _describe(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    outcomes: list[Outcome] = []  # the last one not reported is the file in flight
    with _StopOnSignals() as stop:
        try:
            return await _describe_all(args, out, err, outcomes)
        except asyncio.CancelledError:
            if stop.signal is None:
                raise
    return _stopped(stop.signal, outcomes, args.json, out, err)


async def _describe_all(
    args: argparse.Namespace, out: TextIO, err: TextIO, outcomes: list[Outcome]
) -> int:
    from desktop.services.http import use_system_trust_store

    config_values = generation_config(args)
    if args.replay and args.files:
        raise UsageError("give files to describe or --replay, not both.")
    if not args.files and not args.prompt and not args.replay:
        raise UsageError("give a file to describe, or a question with --prompt.")
    if args.code:
        if args.replay:
            raise UsageError("--code writes a new request; it cannot replay one.")
        await _print_code(args, out)
        return EXIT_OK
    if args.count_tokens and args.replay:
        raise UsageError("--count-tokens counts a new request; it cannot count a replay.")
    use_system_trust_store()
    try:
        client = await connect(args)
    except GeminiError as error:
        raise UsageError(error.user_text()) from error

    model = args.model or client.connection.model
    if args.count_tokens:
        settings = dataclasses.replace(request_settings(args), model=model)
        async with client:
            return await print_counts(client, args, settings, out, err)
    if args.replay:
        outcome = Outcome(file=args.replay)
        outcomes.append(outcome)
        async with client:
            await _replay(client, outcome, args, model, config_values, out, err)
        _report(outcome, args.json, out)
        return _exit_code([outcome])
    async with client:
        targets: list[str | None] = list(args.files) or [None]
        for index, name in enumerate(targets):
            if not args.json and len(targets) > 1:
                print(f"{'' if index == 0 else chr(10)}==> {name} <==", file=out, flush=True)
            outcome = Outcome(file=name)
            outcomes.append(outcome)
            await _describe_one(client, outcome, args, model, config_values, out, err)
            _report(outcome, args.json, out)
    return _exit_code(outcomes)


def _report(outcome: Outcome, as_json: bool, out: TextIO) -> None:
    if as_json:
        print(json_line(_json_line(outcome)), file=out, flush=True)
    outcome.reported = True


class _StopOnSignals:
    """Ctrl+C (SIGINT) and SIGTERM cancel the running `describe` instead of killing it, so
    it can say so and, with --json, still write the line for the file in flight."""

    def __init__(self) -> None:
        self.signal: int | None = None
        self._installed: list[int] = []

    def __enter__(self) -> _StopOnSignals:
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        for number in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(number, self._stop, number, task)
            except (NotImplementedError, RuntimeError, ValueError):
                continue  # Windows' loop, or not the main thread: the default stays
            self._installed.append(number)
        return self

    def _stop(self, number: int, task: asyncio.Task[Any] | None) -> None:
        if self.signal is None and task is not None:
            self.signal = number
            task.cancel()

    def __exit__(self, *exc_info: object) -> None:
        loop = asyncio.get_running_loop()
        for number in self._installed:
            loop.remove_signal_handler(number)


def _stopped(number: int, outcomes: list[Outcome], as_json: bool, out: TextIO, err: TextIO) -> int:
    """Close what a signal interrupted: the partial line, the JSON line for the file in
    flight (error CANCELLED), a one-line note; exit 128 + the signal (130, 143)."""
    in_flight = outcomes[-1] if outcomes and not outcomes[-1].reported else None
    if in_flight is not None:
        in_flight.answer = in_flight.answer or Answer(text="".join(in_flight.shown))
        in_flight.error = GeminiError(
            Message("describe.stopped"), hint=Message("describe.stopped.hint"), status="CANCELLED"
        )
        if as_json:
            _report(in_flight, as_json, out)
        elif in_flight.shown and not in_flight.shown[-1].endswith("\n"):
            print(file=out, flush=True)  # end the partial line before the note
    name = signal.Signals(number).name
    label = f"{in_flight.file}: " if in_flight is not None and in_flight.file else ""
    print(
        f"gemini-desktop describe: {label}stopped by {name} before the answer was finished.",
        file=err,
        flush=True,
    )
    return 128 + number


def _exit_code(outcomes: list[Outcome]) -> int:
    if any(o.file_problem for o in outcomes):
        return EXIT_USAGE
    return EXIT_FAILED if any(o.error for o in outcomes) else EXIT_OK


async def _replay(
    client: GeminiClient,
    outcome: Outcome,
    args: argparse.Namespace,
    model: str,
    generation: GenerationConfig,
    out: TextIO,
    err: TextIO,
) -> Outcome:
    """Send an exported conversation again; flags given on the command line win."""
    from desktop.services.export import request_from_export

    try:
        request = await asyncio.to_thread(request_from_export, Path(args.replay), args.prompt)
        given = {
            name: value
            for name, value in vars(generation).items()
            if value is not None and value != ()
        }
        request = dataclasses.replace(
            request,
            model=args.model or request.model or model,
            system_instruction=args.system or request.system_instruction,
            generation_config=dataclasses.replace(request.generation_config, **given),
        )
        _note_left_out(request, err)
        outcome.answer = await _stream(client, request, outcome, args.json, out, err)
    except FileProblemError as error:
        outcome.error, outcome.file_problem = error, True
        print(f"gemini-desktop describe: {error.user_text()}", file=err)
    except GeminiError as error:
        outcome.error, outcome.answer = error, error.partial
        print(f"gemini-desktop describe: {error.user_text()}", file=err)
    return outcome


async def connect(args: argparse.Namespace) -> GeminiClient:
    """The client for --profile, else the environment, else the app's active profile.

    The environment needs no keyring at all, so `describe` works on machines without one.
    """
    manager, profile, secret = await chosen_profile(args)
    return await manager.client_for(profile, secret)


async def _print_code(args: argparse.Namespace, out: TextIO) -> None:
    try:
        _, profile, _ = await chosen_profile(args)
    except GeminiError as error:
        raise UsageError(error.user_text()) from error
    try:
        await print_code(args, profile.connection(), request_settings(args), out)
    except CodeUsageError as error:
        raise UsageError(str(error)) from error


async def chosen_profile(
    args: argparse.Namespace,
) -> tuple[ConnectionManager, Profile, str | None]:
    """The profile describe uses (see `connect`), with its manager and its secret."""
    from desktop.services import config
    from desktop.services.connections import ConnectionManager
    from desktop.services.profile_store import ChunkedKeyring, ProfileStore

    overrides = config.Overrides(
        api=ApiKind(args.api) if args.api else None,
        project=args.project,
        location=args.location,
        model=args.model,
        base_url=args.base_url,
    )
    from desktop.services.uploads import UploadCache

    manager = ConnectionManager(ProfileStore(ChunkedKeyring()), upload_cache=UploadCache.default())
    if args.profile:
        profile = await asyncio.to_thread(manager.store.profile, args.profile)
        if profile is None:
            names = [p.name for p in await asyncio.to_thread(manager.store.profiles)]
            saved = f" Saved profiles: {', '.join(names)}." if names else " None is saved yet."
            raise UsageError(f"no saved profile is called {args.profile!r}.{saved}")
        secret = await manager.secret_of(profile)
    else:
        try:
            profile, secret = config.environment_profile(overrides=overrides)
        except CredentialsError as not_configured:
            if not_configured.status != "NOT_CONFIGURED":
                raise
            saved_profile = await _active_saved_profile(manager)
            if saved_profile is None:
                raise
            profile, secret = saved_profile, await manager.secret_of(saved_profile)
    if args.profile or profile.id != ENVIRONMENT_PROFILE_ID:
        profile = _with_overrides(profile, overrides)
    if args.bucket:
        profile = profile.with_changes(bucket=args.bucket)
    return manager, profile, secret


async def _active_saved_profile(manager: ConnectionManager) -> Profile | None:
    try:
        return await manager.active()
    except KeyringUnavailableError:
        return None  # no keyring: the environment's own "not configured" message is better


def _with_overrides(profile: Profile, overrides: Any) -> Profile:
    changes = {
        key: value
        for key, value in vars(overrides).items()
        if value is not None and key in ("api", "project", "location", "model", "base_url")
    }
    return profile.with_changes(**changes) if changes else profile


async def _describe_one(
    client: Any,
    outcome: Outcome,
    args: argparse.Namespace,
    model: str,
    generation: GenerationConfig,
    out: TextIO,
    err: TextIO,
) -> Outcome:
    name = outcome.file
    try:
        files: list[NewAttachment] = []
        prompt = args.prompt
        if name is not None:
            files.append(await _file(name, args, err))
            prompt = prompt or default_prompt_for(files[0].mime_type).english()
        reporter = _UploadReporter(err)
        contents = await one_turn_contents(
            prompt,
            files,
            api=client.connection.api,
            uploader=client.uploader,
            on_upload=reporter.report,
        )
        request = GenerateRequest(
            model=model,
            contents=contents,
            system_instruction=args.system,
            generation_config=generation,
        )
        _note_left_out(request, err)
        outcome.answer = await _stream(client, request, outcome, args.json, out, err)
    except FileProblemError as error:
        outcome.error, outcome.file_problem = error, True
        print(f"gemini-desktop describe: {error.user_text()}", file=err)
    except GeminiError as error:
        outcome.error, outcome.answer = error, error.partial
        if not args.json and error.partial and error.partial.text:
            print(file=out, flush=True)  # end the partial line before the message
        label = f"{name}: " if name else ""
        print(f"gemini-desktop describe: {label}{error.user_text()}", file=err)
        if error.details:
            print(f"gemini-desktop describe: details: {error.details}", file=err)
        log.info("describe failed: %s (%s)", error.explanation, error.server_message)
    return outcome


async def _stream(
    client: Any, request: GenerateRequest, outcome: Outcome, as_json: bool, out: TextIO, err: TextIO
) -> Answer:
    name = outcome.file
    on_terminal = out.isatty()
    countdown = RetryCountdown(err)
    thinking = request.generation_config.thinking
    echo = ThoughtEcho(err) if thinking and thinking.include_thoughts and not as_json else None
    try:
        async for event in client.stream(request):
            countdown.stop()  # whatever came, the wait is over
            if isinstance(event, TextDelta):
                outcome.shown.append(event.text)
                if echo is not None:
                    echo.end()
            if isinstance(event, TextDelta) and not as_json:
                out.write(for_terminal(event.text) if on_terminal else event.text)
                out.flush()
            elif isinstance(event, ThoughtDelta):
                if echo is not None:  # --thoughts: on stderr, apart from the answer (and --json)
                    echo.thought(event.text)
            elif isinstance(event, Retrying):
                countdown.start(event)
            elif isinstance(event, Completed):
                if echo is not None:
                    echo.end()
                answer = event.answer
                if not as_json:
                    if answer.text and not answer.text.endswith("\n"):
                        out.write("\n")
                    out.flush()
                note = finish_note(answer.finish_reason, answer.safety_ratings)
                if note:
                    label = f"{name}: " if name else ""
                    print(f"gemini-desktop describe: {label}{note}", file=err)
                return answer
    finally:
        countdown.stop()
    raise AssertionError("the stream ended without Completed")  # the client guarantees it


async def _file(name: str, args: argparse.Namespace, err: TextIO) -> NewAttachment:
    """The file as the window would send it (turn_files): a photo prepared to
    --image-detail, a video's --start and --end kept."""
    item = await asyncio.to_thread(
        functools.partial(opened_file, name, clip_start=args.start, clip_end=args.end)
    )
    prepared = await prepare_file(item, ImageDetail(args.image_detail))
    if prepared.keeps_location:
        print(
            f"gemini-desktop describe: {item.name}: its location (GPS) is sent along, "
            "as --image-detail original keeps the file unchanged.",
            file=err,
        )
    return prepared.item


class _UploadReporter:
    """Upload progress on stderr: one line redrawn on a terminal, else a line at the start
    and one at the end (logs stay short)."""

    def __init__(self, err: TextIO) -> None:
        self._err = err
        self._live = err.isatty()
        self._shown: int | None = None

    def report(self, progress: Uploading) -> None:
        if progress.done:
            self._finish(progress.name, progress.reused)
            return
        percent = int(progress.percent)
        if percent == self._shown:
            return
        if self._live:
            print(
                f"\rgemini-desktop describe: uploading {progress.name}: {percent}% "
                f"({size_text(progress.sent)} of {size_text(progress.total)})",
                end="",
                file=self._err,
                flush=True,
            )
        elif self._shown is None:
            print(
                f"gemini-desktop describe: uploading {progress.name} "
                f"({size_text(progress.total)})…",
                file=self._err,
                flush=True,
            )
        self._shown = percent

    def _finish(self, name: str, reused: bool) -> None:
        if self._live and self._shown is not None:
            print(file=self._err)
        self._shown = None
        if reused:
            print(
                f"gemini-desktop describe: {name} was uploaded before; using that copy.",
                file=self._err,
            )


def _note_left_out(request: GenerateRequest, err: TextIO) -> None:
    for note in left_out_notes(request):
        print(f"gemini-desktop describe: {note}", file=err)


def _json_line(outcome: Outcome) -> dict[str, Any]:
    answer = outcome.answer or Answer()
    return {
        "file": outcome.file,
        "text": answer.text,
        "thoughts": answer.thoughts,
        "finish_reason": answer.finish_reason,
        "block_reason": answer.block_reason,
        "usage": answer.usage,
        "model_version": answer.model_version,
        "error": outcome.error.to_dict() if outcome.error else None,
    }
