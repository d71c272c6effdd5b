"""`gemini-desktop batch`: one question asked of every photo and video of a folder.

Results are saved in the app's history as they arrive, so `--resume` continues a batch that
was stopped (Ctrl+C, a crash, a closed laptop) without sending any photo with an answer
again. Exit codes: 0 when every photo got an answer, 1 when some failed (listed at the
end), 2 for usage errors; files that are not photos or videos are left out and listed, and
change nothing. Ctrl+C stops the run (130).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.batch_progress import Progress, shown_path
from desktop.cli import connect, start_command
from desktop.core.conversation import ChatSettings
from desktop.core.errors import GeminiError
from desktop.core.image_detail import ImageDetail
from desktop.describe_options import UsageError
from desktop.services.batch.ask import Ask, FieldValue, Preset
from desktop.services.batch.engine import (
    Answered,
    BatchEvent,
    BatchRun,
    Failed,
    Halted,
    LeftOut,
    Refused,
    batch_settings,
)
from desktop.services.batch.export import KEYWORD_SEPARATOR, ResultWriter
from desktop.services.batch.files import FileList, list_files
from desktop.services.batch.limiter import CEILING, AdaptiveLimit
from desktop.services.batch.session import (
    BatchSpec,
    OpenedBatch,
    earlier_batch,
    finish,
    open_batch,
)
from desktop.services.batch.xmp import (
    Naming,
    SidecarError,
    naming_in_use,
    values_of,
    write_sidecar,
)
from desktop.services.history.batches import BatchItem, ItemStatus
from desktop.terminal_text import for_terminal

if TYPE_CHECKING:
    from desktop.services.history import HistoryStore

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
NAME = "gemini-desktop batch"


def build_parser() -> argparse.ArgumentParser:
    from desktop.describe_options import add_request_options

    parser = argparse.ArgumentParser(
        prog=NAME,
        description="Ask the same of every photo and video of a folder: alt text, a caption, "
        "keywords, a title, your own question, or the fields of a JSON schema. Results are "
        "saved as they arrive; --resume continues a batch that was stopped. Same "
        "connection and settings as `describe`.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="photos, videos or folders")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--prompt", "-p", help="your own question, asked of every file")
    what.add_argument(
        "--preset",
        choices=[preset.value for preset in Preset],
        help="alt-text (the default), caption, keywords or title",
    )
    parser.add_argument(
        "--schema",
        metavar="FILE.json",
        help="a JSON schema of the answer (structured output); its fields become the columns",
    )
    parser.add_argument(
        "--recursive", "-r", action="store_true", help="include the folders' subfolders"
    )
    parser.add_argument(
        "--out", metavar="FILE", help="write the results to FILE.csv or FILE.jsonl as they arrive"
    )
    parser.add_argument(
        "--xmp",
        action="store_true",
        help="write the results into XMP sidecars beside the photos (merged into existing ones)",
    )
    parser.add_argument(
        "--xmp-naming",
        choices=[naming.value for naming in Naming],
        help="photo.xmp (lightroom) or photo.jpg.xmp (digikam); default: what is there already",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=None,
        metavar="N|auto",
        help=f"requests at a time (1 to {CEILING}); auto (the default) starts at 4 and "
        "adapts to the quota",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="continue the last batch of these paths and question where it stopped",
    )
    jobs = parser.add_argument_group(
        "batch jobs",
        "Google's batch engines (the Gemini API's Batch API, Vertex AI batch prediction): "
        "half the price, usually done within hours. The Gemini API aims for 24 h and expires a "
        "job not done after 48 h; Vertex AI may keep a job waiting up to 72 h to start, then "
        "cancels what is not done 24 h after it starts.",
    )
    jobs.add_argument(
        "--job",
        action="store_true",
        help="send the photos as one batch job at Google and print its id",
    )
    jobs.add_argument(
        "--job-status",
        metavar="ID",
        help="show a batch job's state and counts; once it is done, collect its results "
        "(into --out and --xmp when given). Exit 3 while it is not done",
    )
    jobs.add_argument(
        "--job-cancel",
        metavar="ID",
        help="ask Google to cancel a batch job (what it answered is collected with "
        "--job-status). Exit 1 when it had ended already",
    )
    jobs.add_argument(
        "--wait",
        action="store_true",
        help="with --job or --job-status: look again now and then until the job is done, "
        "then collect it (Ctrl+C stops waiting; the job goes on at Google)",
    )
    add_request_options(parser)
    return parser


def batch_main(argv: list[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = start_command(build_parser(), argv)
    if isinstance(args, int):
        return args
    if out is sys.stdout and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    try:
        if args.job_cancel:
            from desktop.batch_job_cli import job_cancel

            if args.paths or args.job or args.job_status or args.wait:
                raise UsageError("--job-cancel takes the job's id alone.")
            return asyncio.run(job_cancel(args, err))
        if args.job_status:
            from desktop.batch_job_cli import job_status

            _check_outputs(args)
            if args.paths or args.job:
                raise UsageError("--job-status takes the job's id alone, without paths or --job.")
            return asyncio.run(job_status(args, out, err))
        ask, sources = _checked(args)
        return asyncio.run(_batch(args, ask, sources, out, err))
    except UsageError as exc:
        print(f"{NAME}: {exc}", file=err)
        return EXIT_USAGE
    except KeyboardInterrupt:
        if args.job_status:  # set once a job was sent, too
            print(
                f"\n{NAME}: stopped waiting. The batch job goes on at Google; collect it "
                f"with: {NAME} --job-status {args.job_status}",
                file=err,
            )
        else:
            print(
                f"\n{NAME}: stopped. The answers so far are saved; run the same command with "
                "--resume to go on.",
                file=err,
            )
        return 130


def _checked(args: argparse.Namespace) -> tuple[Ask, tuple[str, ...]]:
    """What to ask, and the paths given (absolute); UsageError for what cannot go."""
    _check_outputs(args)
    if not args.paths:
        raise UsageError("name the photos, videos or folders to describe.")
    if args.wait and not args.job:
        raise UsageError("--wait goes with --job or --job-status.")
    for path in args.paths:
        if not Path(path).exists():
            raise UsageError(f"{path} does not exist.")
    return _ask(args), tuple(str(Path(p).absolute()) for p in args.paths)


async def _batch(
    args: argparse.Namespace, ask: Ask, sources: tuple[str, ...], out: TextIO, err: TextIO
) -> int:
    from desktop.describe_options import request_settings
    from desktop.services.history import HistoryStore
    from desktop.services.http import use_system_trust_store

    base = request_settings(args)
    listing = await asyncio.to_thread(list_files, sources, recursive=args.recursive)
    use_system_trust_store()
    try:
        client = await connect(args)
    except GeminiError as error:
        raise UsageError(error.user_text()) from error
    settings = batch_settings(ask, base, client.connection.model)
    detail = ImageDetail(args.image_detail)
    spec = BatchSpec(sources, args.recursive, ask, settings, detail)
    history = await asyncio.to_thread(HistoryStore.open)
    try:
        earlier = None if args.resume else await asyncio.to_thread(earlier_batch, history, spec)
        opened = await asyncio.to_thread(open_batch, history, spec, listing, resume=args.resume)
        if earlier is not None and earlier.to_send:
            print(
                f"{NAME}: an earlier run of this batch stopped with "
                f"{len(earlier.to_send)} files unanswered; --resume would have sent only "
                "those. Starting again.",
                file=err,
            )
        if not opened.items or not any(i.status is not ItemStatus.SKIPPED for i in opened.items):
            _list_left_out(opened.items, err)
            raise UsageError("there is no photo or video among the paths given.")
        await _refuse_resuming_a_job(history, opened)
        _say_what_happens(opened, listing, args, err)
        async with client:
            if args.job:
                from desktop.batch_job_cli import submit_job

                return await submit_job(
                    args, opened, client, history, ask, settings, detail, out, err
                )
            return await _run(args, opened, client, history, ask, settings, detail, out, err)
    finally:
        await asyncio.to_thread(history.close)


async def _refuse_resuming_a_job(history: HistoryStore, opened: OpenedBatch) -> None:
    """A batch whose photos went as a batch job is collected, not sent again."""
    if not opened.resumed:
        return
    for job in await asyncio.to_thread(history.batch_jobs, opened.id):
        if not job.collected:
            raise UsageError(
                f"these photos were sent as batch job {job.job_id}, which is not collected "
                f"yet: {NAME} --job-status {job.job_id} shows it."
            )


async def _run(
    args: argparse.Namespace,
    opened: OpenedBatch,
    client: Any,
    history: HistoryStore,
    ask: Ask,
    settings: ChatSettings,
    detail: ImageDetail,
    out: TextIO,
    err: TextIO,
) -> int:
    items = {item.position: item for item in opened.items}
    naming = None
    if args.xmp:
        photos = [Path(i.path) for i in opened.items if i.status is not ItemStatus.SKIPPED]
        naming = Naming(args.xmp_naming) if args.xmp_naming else naming_in_use(photos)
    writer = ResultWriter(Path(args.out), ask.columns) if args.out else None
    limit = AdaptiveLimit() if args.jobs is None else AdaptiveLimit(args.jobs, ceiling=args.jobs)
    limit.fixed = args.jobs is not None
    progress = Progress(err, len(opened.to_send), limit)
    run = BatchRun(client, history, opened.id, ask, settings, detail=detail, limit=limit)
    try:
        if writer is not None:
            for item in opened.items:  # what an earlier run answered comes first
                if item.status in (ItemStatus.DONE, ItemStatus.SKIPPED):
                    writer.write(item)
        async for event in run.run(opened.to_send):
            if not isinstance(event, Refused | Halted):
                items[event.item.position] = event.item
            await _report(event, writer, naming, progress, out, err)
    finally:
        progress.close()
        if writer is not None:
            writer.close()
        await asyncio.to_thread(finish, history, opened.id, list(items.values()))
    return _summary(list(items.values()), progress, naming, err)


async def _report(
    event: BatchEvent,
    writer: ResultWriter | None,
    naming: Naming | None,
    progress: Progress,
    out: TextIO,
    err: TextIO,
) -> None:
    if isinstance(event, Refused):
        progress.refused(event.retry_after)
        return
    if isinstance(event, Halted):
        progress.print(
            f"{NAME}: {event.error.user_text()} Nothing more is sent now; run the same "
            "command with --resume later to send the rest.",
            err,
        )
        return
    item = event.item
    if writer is not None:
        writer.write(item)
    name = shown_path(item.path)
    if isinstance(event, Answered):
        progress.answered(item)
        if naming is not None:
            try:
                await asyncio.to_thread(
                    write_sidecar, Path(item.path), values_of(item.fields), naming
                )
            except SidecarError as error:
                progress.sidecar_failed()
                progress.print(f"{NAME}: {name}: its XMP sidecar: {error}.", err)
        text = result_text(item.fields)
        progress.print(f"{name}: {for_terminal(text) if out.isatty() else text}", out)
        if event.keeps_location:
            progress.print(
                f"{NAME}: {name}: its location (GPS) was sent along, as --image-detail "
                "original sends files unchanged.",
                err,
            )
    elif isinstance(event, Failed):
        progress.failed()
        progress.print(f"{NAME}: {name}: {event.error.user_text()}", err)
    else:
        assert isinstance(event, LeftOut)
        progress.left_out()
        progress.print(f"{NAME}: {name}: left out. {event.error.user_text()}", err)


def result_text(fields: dict[str, FieldValue] | Any) -> str:
    def value(v: FieldValue) -> str:
        if isinstance(v, list):
            return KEYWORD_SEPARATOR.join(v)
        return "" if v is None else str(v)

    if len(fields) == 1:
        return value(next(iter(fields.values())))
    return " | ".join(f"{key}: {value(v)}" for key, v in fields.items())


def _say_what_happens(
    opened: OpenedBatch, listing: FileList, args: argparse.Namespace, err: TextIO
) -> None:
    skipped = [i for i in opened.items if i.status is ItemStatus.SKIPPED]
    sendable = len(opened.items) - len(skipped)
    if opened.resumed and not opened.to_send:
        print(f"{NAME}: all {sendable} already answered; nothing to send.", file=err)
    elif opened.resumed:
        answered = sum(i.status is ItemStatus.DONE for i in opened.items)
        print(
            f"{NAME}: resuming: {answered} of {sendable} already answered; "
            f"sending the other {len(opened.to_send)}.",
            file=err,
        )
    else:
        if args.resume:
            print(f"{NAME}: no stopped batch of these paths and question; starting one.", file=err)
        print(f"{NAME}: {sendable} photos and videos to describe.", file=err)
    _list_left_out(skipped, err)


def _list_left_out(items: list[BatchItem], err: TextIO) -> None:
    skipped = [i for i in items if i.status is ItemStatus.SKIPPED and i.error]
    if skipped:
        print(f"{NAME}: {len(skipped)} left out:", file=err)
    for item in skipped:
        assert item.error is not None
        print(f"  {shown_path(item.path)}: {item.error.get('message')}", file=err)


def _summary(items: list[BatchItem], progress: Progress, naming: Naming | None, err: TextIO) -> int:
    failed = [i for i in items if i.status is ItemStatus.FAILED]
    pending = [i for i in items if i.status is ItemStatus.PENDING]
    print(f"{NAME}: {progress.summary()}", file=err)
    if pending:
        print(f"{NAME}: {len(pending)} not sent yet (run again with --resume).", file=err)
    if naming is not None:
        print(f"{NAME}: XMP sidecars named as {naming.value} names them.", file=err)
    if progress.sidecar_failures:
        print(f"{NAME}: {progress.sidecar_failures} XMP sidecars could not be written.", file=err)
    if failed:
        print(f"{NAME}: {len(failed)} without an answer (run again with --resume):", file=err)
        for item in failed:
            message = (item.error or {}).get("message", "")
            print(f"  {shown_path(item.path)}: {message}", file=err)
    return EXIT_FAILED if failed or pending or progress.sidecar_failures else EXIT_OK


def _check_outputs(args: argparse.Namespace) -> None:
    if args.out and Path(args.out).suffix.casefold() not in (".csv", ".jsonl"):
        raise UsageError("--out takes a file ending in .csv or .jsonl.")


def _ask(args: argparse.Namespace) -> Ask:
    schema = None
    if args.schema:
        schema = _read_schema(args.schema)
    preset = Preset(args.preset) if args.preset else None
    return Ask.of(preset=preset, prompt=args.prompt, schema=schema)


def _read_schema(name: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(name).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"--schema: {name} cannot be read ({exc.strerror or exc}).") from exc
    except ValueError as exc:
        raise UsageError(f"--schema: {name} is not JSON ({exc}).") from exc
    if not isinstance(data, dict):
        raise UsageError(f"--schema: {name} holds no JSON object.")
    return data


def _jobs(text: str) -> int | None:
    if text == "auto":
        return None
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number or auto") from None
    if not 1 <= jobs <= CEILING:
        raise argparse.ArgumentTypeError(f"between 1 and {CEILING}, or auto")
    return jobs
