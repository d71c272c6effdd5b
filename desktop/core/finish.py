"""Why an answer ended, as a message (None where it simply finished)."""

from __future__ import annotations

from desktop.core.media import MediaType
from desktop.core.message_catalogue import ENGLISH
from desktop.core.messages import Message

_SAME_AS = {"length": "MAX_TOKENS"}  # OpenAI's word for Gemini's
_FINISHED = {"STOP", "stop", "FINISH_REASON_UNSPECIFIED", "tool_calls", "function_call"}


def finish_note(
    reason: str | None, safety_ratings: list[dict[str, object]] | None = None
) -> Message | None:
    """A sentence for an unusual ending; for SAFETY it names the categories that were blocked."""
    if reason is None or reason in _FINISHED:
        return None
    if reason == "SAFETY" and safety_ratings:
        blocked = [str(r.get("category", "")) for r in safety_ratings if r.get("blocked")]
        if blocked:
            names = ", ".join(category_name(c) for c in blocked)
            return Message("finish.safety_categories", names=names)
    message_id = f"finish.{_SAME_AS.get(reason, reason)}"
    if message_id in ENGLISH:
        return Message(message_id)
    return Message("finish.unknown", reason=reason)


def category_name(category: str) -> str:
    """HARM_CATEGORY_HATE_SPEECH -> hate speech."""
    return category.removeprefix("HARM_CATEGORY_").replace("_", " ").lower()


def default_prompt(kind: str) -> Message:
    """What to ask when only files were given ("Describe this image."), by the first file's
    kind: image, video, audio, document or text."""
    message_id = f"prompt.{kind}"
    return Message(message_id if message_id in ENGLISH else "prompt.text")


def default_prompt_for(mime_type: str) -> Message:
    """`default_prompt` for a file of this MIME type (plain text is asked about as text)."""
    return default_prompt("text" if mime_type == "text/plain" else MediaType(mime_type).kind)
