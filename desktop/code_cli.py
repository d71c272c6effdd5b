"""`describe --code LANGUAGE`: the code for the request describe's other options describe,
printed instead of sent (nothing is sent, no secret is read)."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import functools
from pathlib import Path
from typing import TextIO

from desktop.core.connection import Connection
from desktop.core.conversation import ChatSettings, NewAttachment
from desktop.core.errors import FileProblemError
from desktop.core.finish import default_prompt_for
from desktop.core.request import Part, user_message
from desktop.services.code_samples import CodeRequest, Language, code_for, languages_for
from desktop.services.code_samples.from_history import new_part
from desktop.services.turn_files import opened_file

LANGUAGES = [language.value for language in Language]


class CodeUsageError(Exception):
    """The code cannot be written as asked; the message says why."""


async def print_code(
    args: argparse.Namespace, connection: Connection, settings: ChatSettings, out: TextIO
) -> None:
    """Print `args.code` for each file (one request each, as describe sends them), or for
    the prompt alone."""
    language = Language(args.code)
    targets: list[str | None] = list(args.files) or [None]
    for index, name in enumerate(targets):
        parts: tuple[Part, ...] = ()
        prompt = args.prompt
        if name is not None:
            part = await _part(name, args)
            parts = (part,)
            prompt = prompt or default_prompt_for(part.mime_type or "").english()
        # As describe sends it: no thoughts unless --thoughts.
        request = settings.request((user_message(prompt, parts),), thoughts_by_default=False)
        source = CodeRequest(connection, request)
        if language not in languages_for(source):
            reachable = ", ".join(languages_for(source))
            raise CodeUsageError(
                f"--code {language} cannot reach this connection; try {reachable}."
            )
        if len(targets) > 1:
            print(f"{'' if index == 0 else chr(10)}# ==> {name} <==", file=out)
        out.write(code_for(language, source))
    out.flush()


async def _part(name: str, args: argparse.Namespace) -> Part:
    try:
        item, path = await asyncio.to_thread(
            functools.partial(_opened, name, clip_start=args.start, clip_end=args.end)
        )
    except FileProblemError as error:
        raise CodeUsageError(error.user_text()) from error
    return new_part(dataclasses.replace(item, source=path))


def _opened(name: str, **clip: float | None) -> tuple[NewAttachment, Path]:
    """The file checked as describe checks it, and its absolute path (the code may run
    elsewhere). Blocks."""
    return opened_file(name, **clip), Path(name).resolve()
