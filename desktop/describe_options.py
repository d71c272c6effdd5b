"""`describe`'s options and the request settings they make: the parser, the generationConfig
its flags build, the one-line notes for settings a model leaves out, and --thoughts' echo of
the model's thoughts on stderr."""

from __future__ import annotations

import argparse
from typing import TextIO

from desktop import __version__
from desktop.core.connection import ApiKind
from desktop.core.conversation import ChatSettings
from desktop.core.errors import GeminiError
from desktop.core.image_detail import DEFAULT_DETAIL, ImageDetail
from desktop.core.model_catalogue import capabilities
from desktop.core.model_families import THINKING_LEVELS, Thinking
from desktop.core.model_fit import PART_MEDIA_RESOLUTION, fit_request
from desktop.core.request import GenerateRequest, GenerationConfig, MediaResolution, ThinkingConfig
from desktop.services.code_samples import Language
from desktop.terminal_text import for_terminal


class UsageError(Exception):
    """Bad command-line input; the message says what to change."""


# The flag for each setting a model may leave out; settings with no flag (from --replay)
# are named by their wire name.
_FLAGS = {
    "temperature": "--temperature",
    "top_p": "--top-p",
    "top_k": "--top-k",
    "candidate_count": "candidateCount",
    "presence_penalty": "presencePenalty",
    "frequency_penalty": "frequencyPenalty",
    "thinking_budget": "--thinking-budget",
    "thinking_level": "--thinking-level",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gemini-desktop describe",
        description="Describe photos, videos, audio, PDFs or text files with Gemini, or ask "
        "a question. Works from the environment variables the Google SDKs read "
        "(GEMINI_API_KEY, or GOOGLE_GENAI_USE_VERTEXAI with GOOGLE_CLOUD_PROJECT).",
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="files to describe, one request each"
    )
    parser.add_argument("--prompt", "-p", help="what to ask (default: describe the file)")
    parser.add_argument(
        "--replay",
        metavar="FILE.json",
        help="send a conversation exported from the app again (with --prompt: continue it)",
    )
    parser.add_argument(
        "--start",
        type=seconds,
        metavar="TIME",
        help="for a video: where the model starts watching (seconds, or m:ss)",
    )
    parser.add_argument(
        "--end", type=seconds, metavar="TIME", help="for a video: where it stops watching"
    )
    parser.add_argument(
        "--thoughts",
        action="store_true",
        help="ask for the model's thoughts and print them on stderr (with --json: in 'thoughts')",
    )
    add_request_options(parser)
    parser.add_argument("--json", action="store_true", help="one JSON object per file per line")
    parser.add_argument(
        "--code",
        choices=[language.value for language in Language],
        help="print the code that sends this request (curl, Python with google-genai, "
        "JavaScript with @google/genai, Python with openai) instead of sending it",
    )
    parser.add_argument(
        "--count-tokens",
        action="store_true",
        help="print how many input tokens the request would use (Google counts them; "
        "nothing is sent to the model) instead of sending it",
    )
    return parser


def add_request_options(parser: argparse.ArgumentParser) -> None:
    """The model, its settings, the photo detail and the connection: the same options for
    `describe` and `batch`."""
    parser.add_argument("--model", "-m", help="model id, sent as given (default: gemini-2.5-flash)")
    parser.add_argument("--system", help="system instruction")
    parser.add_argument(
        "--temperature",
        type=float,
        help="left out (with a note) for models that choose it themselves, such as Gemini "
        "3.6 Flash; so are --top-p and --top-k",
    )
    parser.add_argument("--top-p", type=float)
    parser.add_argument("--top-k", type=int)
    parser.add_argument("--max-output-tokens", type=int)
    parser.add_argument(
        "--thinking-level",
        type=str.upper,
        choices=THINKING_LEVELS,
        metavar="LEVEL",
        help="how much Gemini 3 and later models think: minimal, low, medium, high or xhigh "
        "(each model allows its own; default: the model's)",
    )
    parser.add_argument(
        "--thinking-budget",
        type=int,
        metavar="N",
        help="Gemini 2.5: the most tokens to think with (0 turns thinking off, -1 lets the "
        "model decide)",
    )
    parser.add_argument(
        "--stop", action="append", default=[], metavar="SEQ", help="stop sequence (up to 5)"
    )
    parser.add_argument("--seed", type=int)
    parser.add_argument("--response-mime-type", metavar="TYPE", help="e.g. application/json")
    parser.add_argument("--profile", help="a connection saved in the app (by name)")
    parser.add_argument("--api", choices=[kind.value for kind in ApiKind])
    parser.add_argument("--project", help="Google Cloud project (Vertex AI)")
    parser.add_argument("--location", help="Google Cloud region, or global")
    parser.add_argument(
        "--base-url", help="another endpoint (a proxy, or an OpenAI-compatible server)"
    )
    parser.add_argument(
        "--image-detail",
        choices=[detail.value for detail in ImageDetail],
        default=DEFAULT_DETAIL.value,
        help="photos are sent upright, without metadata, at most 3072 (high), 1536 (balanced, "
        "the default) or 768 (low) pixels long; original sends the file unchanged",
    )
    parser.add_argument(
        "--media-resolution",
        choices=[level.name.lower() for level in MediaResolution],
        help="tokens per image or video frame: low saves time on long videos, high reads "
        "small text (default: the model decides)",
    )
    parser.add_argument(
        "--bucket",
        help="Vertex AI: the Cloud Storage bucket files over 15 MB are uploaded to "
        "(default: the profile's, or GEMINI_DESKTOP_BUCKET)",
    )
    parser.add_argument("--version", action="version", version=f"gemini-desktop {__version__}")


def request_settings(args: argparse.Namespace) -> ChatSettings:
    """The settings the options ask for (no model: the connection's); UsageError when one
    is out of range."""
    return ChatSettings(
        model=args.model or "",
        system_instruction=args.system,
        generation_config=generation_config(args),
    )


def seconds(text: str) -> float:
    """ "90", "1:30", "1:02:03" or "12.5" as seconds, for --start and --end."""
    try:
        pieces = [float(piece) for piece in text.strip().split(":")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time such as 90 or 1:30") from None
    if not 1 <= len(pieces) <= 3 or any(p < 0 for p in pieces) or any(p >= 60 for p in pieces[1:]):
        raise argparse.ArgumentTypeError(f"{text!r} is not a time such as 90 or 1:30")
    total = 0.0
    for piece in pieces:
        total = total * 60 + piece
    return total


def generation_config(args: argparse.Namespace) -> GenerationConfig:
    """The generationConfig the flags ask for, checked; UsageError says what to change."""
    thoughts = getattr(args, "thoughts", False)  # describe's own option
    thinking = None
    if args.thinking_level or args.thinking_budget is not None or thoughts:
        thinking = ThinkingConfig(
            include_thoughts=True if thoughts else None,
            thinking_budget=args.thinking_budget,
            thinking_level=args.thinking_level,
        )
    config = GenerationConfig(
        temperature=args.temperature,
        top_p=args.top_p,
        top_k=args.top_k,
        max_output_tokens=args.max_output_tokens,
        stop_sequences=tuple(args.stop),
        seed=args.seed,
        response_mime_type=args.response_mime_type,
        media_resolution=MediaResolution[args.media_resolution.upper()]
        if args.media_resolution
        else None,
        thinking=thinking,
    )
    try:
        config.validate()
    except GeminiError as error:
        raise UsageError(error.user_text()) from error
    return config


def left_out_notes(request: GenerateRequest) -> list[str]:
    """One line per kind of setting the model leaves out of `request` ("" lines never)."""
    found = capabilities(request.model)
    left_out = fit_request(request, found).left_out
    model = request.model
    notes: list[str] = []
    chosen = [_FLAGS[name] for name in left_out if not name.startswith(("thinking", "part"))]
    if chosen:
        left = "it was" if len(chosen) == 1 else "they were"
        notes.append(f"{model} chooses {_joined(chosen)} itself, so {left} left out.")
    thinking = request.generation_config.thinking or ThinkingConfig()
    if "thinking_budget" in left_out and found.thinking is Thinking.LEVEL:
        notes.append(f"{model} takes --thinking-level, not --thinking-budget, so it was left out.")
    elif "thinking_level" in left_out and found.thinking is Thinking.LEVEL:
        allowed = ", ".join(level.lower() for level in found.thinking_levels)
        notes.append(
            f"{model} does not take --thinking-level {(thinking.thinking_level or '').lower()} "
            f"(it takes {allowed}), so its own default was used."
        )
    elif "thinking_level" in left_out and found.thinking is Thinking.BUDGET:
        notes.append(f"{model} takes --thinking-budget, not --thinking-level, so it was left out.")
    elif {"thinking_budget", "thinking_level"} & set(left_out):
        notes.append(f"{model} has no thinking to set, so the thinking options were left out.")
    if PART_MEDIA_RESOLUTION in left_out:
        notes.append(f"{model} takes no media resolution per file, so it was left out.")
    return notes


class ThoughtEcho:
    """--thoughts: the model's thoughts on stderr as they stream, ended by a newline before
    the answer starts."""

    def __init__(self, err: TextIO) -> None:
        self._err = err
        self._on_terminal = err.isatty()
        self._open = False

    def thought(self, text: str) -> None:
        self._err.write(for_terminal(text) if self._on_terminal else text)
        self._err.flush()
        self._open = not text.endswith("\n")

    def end(self) -> None:
        if self._open:
            self._err.write("\n")
            self._err.flush()
            self._open = False


def _joined(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]
