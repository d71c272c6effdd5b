"""`describe --count-tokens`: the input tokens of the request describe's other options
describe, counted on the connection (countTokens) and printed instead of sent."""

from __future__ import annotations

import argparse
import asyncio
import functools
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from desktop.core.connection import ApiKind
from desktop.core.conversation import ChatSettings, Conversation, NewAttachment
from desktop.core.errors import FileProblemError, GeminiError
from desktop.core.finish import default_prompt_for
from desktop.core.model_catalogue import capabilities
from desktop.describe_options import UsageError
from desktop.services.gemini_client import GeminiClient
from desktop.services.image_prep import ImageDetail
from desktop.services.token_count import NotCountable, TokenCounter
from desktop.services.turn_files import opened_file
from desktop.terminal_text import json_line

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


async def print_counts(
    client: GeminiClient, args: argparse.Namespace, settings: ChatSettings, out: TextIO, err: TextIO
) -> int:
    """One line per file (one request each, as describe sends them), or for the prompt
    alone: "263 of 1,048,576 tokens". The exit code: 0, 1 when a count failed, 2 for a file
    that cannot be sent."""
    if client.connection.api is ApiKind.OPENAI:
        raise UsageError("--count-tokens needs Google's countTokens; this server has none.")
    counter = TokenCounter()
    now = datetime.now(UTC)
    nothing_before = Conversation(0, "", now, now, ChatSettings(), ())
    limit = capabilities(settings.model).input_token_limit
    codes = []
    for name in list(args.files) or [None]:
        label = f"{name}: " if name and len(args.files) > 1 else ""
        try:
            files = [] if name is None else [await _file(name, args)]
            prompt = args.prompt or default_prompt_for(files[0].mime_type).english()
            count = await counter.count(
                client,
                settings,
                nothing_before,
                _NothingStored(),
                prompt,
                files,
                ImageDetail(args.image_detail),
            )
        except FileProblemError as error:
            print(f"gemini-desktop describe: {error.user_text()}", file=err)
            codes.append(EXIT_USAGE)
            continue
        except NotCountable as error:
            print(f"gemini-desktop describe: {label}{error}; it is counted when sent.", file=err)
            codes.append(EXIT_FAILED)
            continue
        except GeminiError as error:
            print(f"gemini-desktop describe: {label}{error.user_text()}", file=err)
            codes.append(EXIT_FAILED)
            continue
        codes.append(EXIT_OK)
        if args.json:
            record = {"file": name, "tokens": count.total, "input_token_limit": limit}
            print(json_line(record), file=out, flush=True)
        elif limit is None:
            print(f"{label}{count.total:,} tokens", file=out, flush=True)
        else:
            print(f"{label}{count.total:,} of {limit:,} tokens", file=out, flush=True)
    return max(codes)


async def _file(name: str, args: argparse.Namespace) -> NewAttachment:
    return await asyncio.to_thread(
        functools.partial(opened_file, name, clip_start=args.start, clip_end=args.end)
    )


class _NothingStored:
    """A request of one turn has no earlier files to read."""

    def attachment_path(self, sha256: str) -> Path | None:
        raise KeyError(sha256)

    def attachment_bytes(self, sha256: str) -> bytes:
        raise KeyError(sha256)
