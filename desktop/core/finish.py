"""Why an answer ended, in plain words (None where it simply finished)."""

from __future__ import annotations

_NOTES = {
    "MAX_TOKENS": "The answer hit the length limit; raise the maximum output tokens to get more.",
    "length": "The answer hit the length limit; raise the maximum output tokens to get more.",
    "SAFETY": "The answer was stopped because it may break the safety rules.",
    "content_filter": "The answer was stopped by the server's content filter.",
    "RECITATION": "The answer was stopped because it was repeating text from its training data "
    "too closely.",
    "LANGUAGE": "The answer was stopped because it was in a language the model does not support.",
    "BLOCKLIST": "The answer was stopped because it contained a blocked word or phrase.",
    "PROHIBITED_CONTENT": "The answer was stopped because it contained prohibited content.",
    "SPII": "The answer was stopped because it contained sensitive personal information.",
    "IMAGE_SAFETY": "The answer was stopped because an image it made may break the safety rules.",
    "MALFORMED_FUNCTION_CALL": "The answer was stopped because the model made a broken tool call.",
    "OTHER": "The answer was stopped for a reason the model did not give.",
}
_FINISHED = {"STOP", "stop", "FINISH_REASON_UNSPECIFIED", "tool_calls", "function_call"}


def finish_note(
    reason: str | None, safety_ratings: list[dict[str, object]] | None = None
) -> str | None:
    """A sentence for an unusual ending; for SAFETY it names the categories that were blocked."""
    if reason is None or reason in _FINISHED:
        return None
    note = _NOTES.get(reason, f"The answer ended early ({reason}).")
    if reason == "SAFETY" and safety_ratings:
        blocked = [str(r.get("category", "")) for r in safety_ratings if r.get("blocked")]
        if blocked:
            names = ", ".join(category_name(c) for c in blocked)
            note = f"The answer was stopped by the safety filter for {names}."
    return note


def category_name(category: str) -> str:
    """HARM_CATEGORY_HATE_SPEECH -> hate speech."""
    return category.removeprefix("HARM_CATEGORY_").replace("_", " ").lower()
