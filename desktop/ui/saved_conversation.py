"""A saved conversation on screen: each answer as it ended (complete with its footer,
stopped, failed or interrupted), and a saved question's files back in the box as chips."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from desktop.core.answer import Answer
from desktop.core.conversation import AttachmentRef, Conversation, Turn, TurnStatus
from desktop.core.errors import Action, ActionKind
from desktop.services.history import HistoryStore
from desktop.ui.attachments import Attachment
from desktop.ui.attachments.links import attachment_for_link
from desktop.ui.attachments.loader import load_bytes, load_file
from desktop.ui.conversation import AnswerView, ConversationView
from desktop.ui.conversation.user_turn import AttachmentLabel
from desktop.ui.message_words import saved_error_words


def shown_answer(answer: Answer, show_thoughts: bool) -> Answer:
    # finish() would show the thoughts kept on the answer even when nobody asked to see them.
    return answer if show_thoughts else dataclasses.replace(answer, thoughts="")


def show_saved_conversation(
    view: ConversationView, conversation: Conversation
) -> tuple[list[Turn], dict[int, int]]:
    """Every turn of a saved conversation in `view` (emptied first), as the compare shows a
    column (the main window also shows its questions' thumbnails). Returns its questions
    and, by question index, the id of the answer shown to it."""
    view.clear()
    questions: list[Turn] = []
    answer_ids: dict[int, int] = {}
    for turn in conversation.turns:
        if turn.role == "user":
            labels = [AttachmentLabel(ref.name, ref.uri, ref.mime_type) for ref in turn.attachments]
            view.add_user_turn(turn.text, labels)
            questions.append(turn)
            continue
        answer = view.begin_answer()
        answer_ids[len(questions) - 1] = turn.id
        show_saved_answer(answer, turn)
        answer.set_versions(turn.version_number, turn.version_count)
    return questions, answer_ids


def show_saved_answer(answer: AnswerView, turn: Turn) -> None:
    """A saved answer as it ended: complete with its footer, or marked as it was left."""
    if turn.status is TurnStatus.COMPLETE:
        answer.finish(turn.answer())
        return
    if turn.thoughts:
        answer.append_thought(turn.thoughts)
    if turn.text:
        answer.append_text(turn.text)
    if turn.status is TurnStatus.STOPPED:
        answer.mark_stopped()
    elif turn.status is TurnStatus.FAILED:
        answer.mark_failed(*saved_failure(turn.error or {}))
    else:  # interrupted by a crash or a kill (or left streaming): ready to retry
        answer.mark_interrupted()


def saved_failure(error: dict[str, Any]) -> tuple[str | None, Action | None]:
    """A saved failure's reason in the reader's language and its action. The history keeps
    the message ids and arguments (GeminiError.to_record); saves from before them, or ids
    this version no longer has, show the English kept beside them."""
    reason = " ".join(part for part in saved_error_words(error) if part)
    try:
        action = Action(ActionKind(error["action"]), error.get("url") or None)
    except (KeyError, ValueError):
        action = None
    return reason or None, action


def stored_attachments(store: HistoryStore, refs: Sequence[AttachmentRef]) -> list[Attachment]:
    """A saved question's files as chips for the box, clip ranges kept: links as links,
    files from the history's folder (a large video stays on disk). Blocks: call through
    asyncio.to_thread."""
    attachments = []
    for ref in refs:
        if ref.uri is not None:
            attachments.append(
                dataclasses.replace(
                    attachment_for_link(
                        ref.uri, name=ref.name, clip_start=ref.clip_start, clip_end=ref.clip_end
                    ),
                    media_resolution=ref.media_resolution,
                )
            )
            continue
        path = store.attachment_path(ref.sha256)
        if path is not None:
            attachment = load_file(path, ref.name)
        else:  # a conversation kept in memory
            attachment = load_bytes(store.attachment_bytes(ref.sha256), ref.name)
        attachments.append(
            dataclasses.replace(
                attachment,
                mime_type=ref.mime_type,
                clip_start=ref.clip_start,
                clip_end=ref.clip_end,
                media_resolution=ref.media_resolution,
            )
        )
    return attachments
