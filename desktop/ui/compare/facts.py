"""The line under a compare column: which model answered, how it ended, how long the first
words and the whole answer took, and how many tokens it used, in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.answer import Answer


@dataclass
class AnswerTiming:
    """Seconds from sending to the first streamed words and to the end (None: not yet)."""

    first_token: float | None = None
    total: float | None = None


def _seconds(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def facts_line(
    model: str,
    answer: Answer | None,
    timing: AnswerTiming,
    *,
    ending: str | None = None,
) -> str:
    """`ending` names an answer that did not complete (failed, stopped); otherwise the
    finish reason the server gave is shown."""
    parts = [model]  # the one asked; the answer's own footer names the exact version
    if ending:
        parts.append(ending)
    elif answer is not None and answer.finish_reason:
        parts.append(
            QCoreApplication.translate("CompareFacts", "ended: %1").replace(
                "%1", answer.finish_reason
            )
        )
    if timing.first_token is not None:
        parts.append(
            QCoreApplication.translate("CompareFacts", "first words %1 s").replace(
                "%1", _seconds(timing.first_token)
            )
        )
    if timing.total is not None:
        parts.append(
            QCoreApplication.translate("CompareFacts", "total %1 s").replace(
                "%1", _seconds(timing.total)
            )
        )
    usage = answer.token_usage if answer is not None else None
    if usage is not None and usage.total is not None:
        parts.append(
            QCoreApplication.translate("CompareFacts", "%1 tokens").replace(
                "%1", QLocale().toString(usage.total)
            )
        )
    between = QCoreApplication.translate("CompareFacts", " · ", "between the facts of an answer")
    return between.join(p for p in parts if p)
