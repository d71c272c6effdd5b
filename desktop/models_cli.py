"""`gemini-desktop models`: the connection's chat models and what each can do, no window.

Exit codes as `describe`: 0 when the list came, 1 when it could not be loaded, 2 for usage
errors (no connection configured, an unknown profile).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any, TextIO

from desktop import __version__, terminal_text
from desktop.cli import connect, start_command
from desktop.core.connection import ApiKind
from desktop.core.errors import GeminiError
from desktop.core.model_catalogue import Capabilities, capabilities, chat_models
from desktop.describe_options import UsageError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gemini-desktop models",
        description="List the chat models the connection offers, with their token limits, "
        "thinking control and whether they honour temperature, top-P and top-K. Uses the "
        "same connection as `describe`.",
    )
    parser.add_argument("--profile", help="a connection saved in the app (by name)")
    parser.add_argument("--api", choices=[kind.value for kind in ApiKind])
    parser.add_argument("--project", help="Google Cloud project (Vertex AI)")
    parser.add_argument("--location", help="Google Cloud region, or global")
    parser.add_argument(
        "--base-url", help="another endpoint (a proxy, or an OpenAI-compatible server)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per model per line")
    parser.add_argument("--version", action="version", version=f"gemini-desktop {__version__}")
    return parser


def models_main(argv: list[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = start_command(build_parser(), argv)
    if isinstance(args, int):
        return args
    # `describe`'s way to the connection: --profile, the environment, the app's profile.
    args.model = args.bucket = None
    try:
        return asyncio.run(_list(args, out, err))
    except KeyboardInterrupt:
        return 130


async def _list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from desktop.services.http import use_system_trust_store

    use_system_trust_store()
    try:
        client = await connect(args)
    except (GeminiError, UsageError) as error:
        text = error.user_text() if isinstance(error, GeminiError) else str(error)
        print(f"gemini-desktop models: {text}", file=err)
        return EXIT_USAGE
    try:
        async with client:
            models = await client.list_models()
    except GeminiError as error:
        print(f"gemini-desktop models: {error.user_text()}", file=err)
        return EXIT_FAILED
    for model in chat_models(models):
        found = capabilities(model)
        if args.json:
            print(terminal_text.json_line(json_record(found)), file=out)
        else:
            print(terminal_text.for_terminal(text_line(found)), file=out)
    out.flush()
    return EXIT_OK


def json_record(found: Capabilities) -> dict[str, Any]:
    """One model as `--json` prints it."""
    return {
        "id": found.id,
        "display_name": found.display_name,
        "input_token_limit": found.input_token_limit,
        "output_token_limit": found.output_token_limit,
        "thinking": found.thinking.value if found.thinking else None,
        "thinking_levels": list(found.thinking_levels),
        "sampling": found.sampling,
        "preview": found.preview,
    }


def text_line(found: Capabilities) -> str:
    """One model as a line: id, name, limits, thinking, sampling, stage."""
    limits = f"{_tokens(found.input_token_limit)} in, {_tokens(found.output_token_limit)} out"
    if found.thinking_levels:
        levels = [
            f"{level}*" if level == found.default_thinking_level else level
            for level in found.thinking_levels
        ]
        thinking = "thinking levels " + " ".join(levels)
    elif found.budget_range:
        low, high = found.budget_range
        thinking = f"thinking budget {low:,}-{high:,}"
    else:
        thinking = "thinking: -" if found.thinking is None else "thinking"
    sampling = "sampling honoured" if found.sampling else "sampling ignored"
    stage = "preview" if found.preview else "stable"
    return f"{found.id}  {found.display_name}  {limits}; {thinking}; {sampling}; {stage}"


def _tokens(count: int | None) -> str:
    return f"{count:,}" if count else "?"
