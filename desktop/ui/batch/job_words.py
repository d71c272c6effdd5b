"""A batch job in the window's words: its state, the line of its state and counts while it
runs, and what became of it once collected (the terminal has its own English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject

from desktop.services.batch.jobs import JobCounts, JobState, JobStatus, SendProgress, SendStep
from desktop.ui.message_words import duration_words
from desktop.ui.parameters.texts import whole_number


class BatchJob(QObject):
    """The sentences with a count: pyside6-lupdate reads a plural (%n) only from self.tr()."""

    def requests(self, count: int) -> str:
        return self.tr("%n requests", "", count)

    def offer(self, photos: int, pace: int, measured: bool) -> str:
        if measured:
            text = self.tr(
                "%n photos: sent one by one they would take about %1, at the %2 a minute "
                "this model's quota let through last time. As one batch job, Google answers "
                "them all at half the price, usually within hours; you can close the window "
                "meanwhile.",
                "",
                photos,
            )
        else:
            text = self.tr(
                "%n photos: sent one by one they would take about %1, at the %2 a minute a "
                "new project's quota allows. As one batch job, Google answers them all at "
                "half the price, usually within hours; you can close the window meanwhile.",
                "",
                photos,
            )
        minutes = duration_words(60 * max(1, round(photos / pace)))
        return text.replace("%1", minutes).replace("%2", whole_number(QLocale(), pace))

    def ended(self, state: JobState, count: int) -> str:
        """The job failed, expired or was cancelled before answering `count` photos."""
        if state is JobState.CANCELLED:
            return self.tr("The batch job was cancelled, so %n photos have no answer.", "", count)
        if state is JobState.EXPIRED:
            return self.tr(
                "The batch job expired: Google did not finish it in time, so %n photos have "
                "no answer.",
                "",
                count,
            )
        return self.tr("The batch job failed at Google, so %n photos have no answer.", "", count)

    def unanswered(self, count: int) -> str:
        return self.tr(
            "%n photos have no answer; each row says why. Retry failed sends them again one "
            "by one.",
            "",
            count,
        )


def state_words(state: JobState) -> str:
    words = {
        JobState.QUEUED: lambda: QCoreApplication.translate("BatchJob", "Queued at Google"),
        JobState.PENDING: lambda: QCoreApplication.translate(
            "BatchJob", "Waiting to start at Google"
        ),
        JobState.RUNNING: lambda: QCoreApplication.translate("BatchJob", "Running at Google"),
        JobState.SUCCEEDED: lambda: QCoreApplication.translate("BatchJob", "Done"),
        JobState.PARTIALLY_SUCCEEDED: lambda: QCoreApplication.translate(
            "BatchJob", "Done, but only partly"
        ),
        JobState.FAILED: lambda: QCoreApplication.translate("BatchJob", "Failed at Google"),
        JobState.CANCELLING: lambda: QCoreApplication.translate(
            "BatchJob", "Being cancelled at Google"
        ),
        JobState.CANCELLED: lambda: QCoreApplication.translate("BatchJob", "Cancelled"),
        JobState.PAUSED: lambda: QCoreApplication.translate("BatchJob", "Paused at Google"),
        JobState.EXPIRED: lambda: QCoreApplication.translate(
            "BatchJob", "Expired: not done in the time Google allows"
        ),
        JobState.UPDATING: lambda: QCoreApplication.translate(
            "BatchJob", "Being updated at Google"
        ),
        JobState.UNKNOWN: lambda: QCoreApplication.translate(
            "BatchJob", "In a state this version does not know"
        ),
    }
    return words[state]()


def sending_line(progress: SendProgress) -> str:
    """What the sending of a job is doing now, before Google has made it."""
    if progress.step is SendStep.PREPARING:
        locale = QLocale()
        return (
            QCoreApplication.translate("BatchJob", "Batch job: preparing the photos, %1 of %2…")
            .replace("%1", whole_number(locale, progress.done))
            .replace("%2", whole_number(locale, progress.total))
        )
    if progress.step is SendStep.UPLOADING:
        return QCoreApplication.translate(
            "BatchJob", "Batch job: uploading the prepared photos to Google…"
        )
    return QCoreApplication.translate(
        "BatchJob", "Batch job: waiting for Google to accept the job…"
    )


def job_line(state: JobState, counts: JobCounts, looked_at: float | None = None) -> str:
    """The job's state and counts, and when the window last looked."""
    locale = QLocale()
    parts = [
        QCoreApplication.translate("BatchJob", "Batch job: %1").replace("%1", state_words(state)),
        BatchJob().requests(counts.total),
    ]
    if counts.succeeded or counts.failed:
        parts.append(
            QCoreApplication.translate("BatchJob", "%1 answered").replace(
                "%1", whole_number(locale, counts.succeeded)
            )
        )
        parts.append(
            QCoreApplication.translate("BatchJob", "%1 failed").replace(
                "%1", whole_number(locale, counts.failed)
            )
        )
    if looked_at is not None and not state.ended:
        seen = QDateTime.fromSecsSinceEpoch(int(looked_at)).time()
        when = locale.toString(seen, QLocale.FormatType.ShortFormat)
        parts.append(
            QCoreApplication.translate(
                "BatchJob", "looked at %1; the window looks again by itself"
            ).replace("%1", when)
        )
    return " · ".join(parts)


def offer_words(photos: int, pace: int, *, measured: bool, engine: str = "") -> str:
    """Why the window offers a batch job for this many photos: how long they would take
    one by one at `pace` photos a minute (`measured`: the model's last batch; else the
    assumed pace of a new project's quota), and how long the `engine`'s job may take."""
    limits = limit_words(engine)
    offer = BatchJob().offer(photos, pace, measured)
    return f"{offer} {limits}" if limits else offer


def limit_words(engine: str) -> str:
    """How long a job of the engine ("gemini", "vertex") may take before Google gives up, as
    Google's documents say: the Gemini API's Batch API aims at 24 hours and expires a job
    pending or running for more than 48 (ai.google.dev/gemini-api/docs/batch-api, "Job
    states"); Vertex AI queues a job for up to 72 hours before it expires, and cancels
    what is not done 24 hours after it starts running
    (cloud.google.com/vertex-ai/generative-ai/docs/multimodal/batch-prediction-gemini,
    "Quotas and limits")."""
    if engine == "gemini":
        return QCoreApplication.translate(
            "BatchJob",
            "Google aims to finish a batch job within 24 hours; one not done after 48 hours "
            "expires, and its photos get no answer.",
        )
    if engine == "vertex":
        return QCoreApplication.translate(
            "BatchJob",
            "Through Vertex AI a batch job may wait up to 72 hours to start; once it runs, "
            "what is not done within 24 hours is cancelled.",
        )
    return ""


def ended_early(status: JobStatus) -> bool:
    """The job failed, expired or was cancelled: Google has no results for it."""
    return status.state.ended and not status.state.succeeded


def outcome_words(status: JobStatus, unanswered: int) -> str:
    """What became of the job, once its results are in the table. A job that ended early
    is said once here, its rows only say "Cancelled", "Expired" or "Not sent"; the rows of
    a job that is done say each why it failed."""
    state = status.state
    google = str((status.error or {}).get("message") or "").strip()
    if ended_early(status) and unanswered:
        text = BatchJob().ended(state, unanswered)
        if state is JobState.FAILED and google:
            text += " " + QCoreApplication.translate("BatchJob", "Google says: %1").replace(
                "%1", google
            )
        return text
    if state is JobState.FAILED:
        text = QCoreApplication.translate("BatchJob", "The batch job failed at Google.")
        if google:
            text += " " + QCoreApplication.translate("BatchJob", "Google says: %1").replace(
                "%1", google
            )
    elif state is JobState.EXPIRED:
        text = QCoreApplication.translate(
            "BatchJob", "The batch job expired: Google did not finish it in time."
        )
    elif state is JobState.CANCELLED:
        text = QCoreApplication.translate("BatchJob", "The batch job was cancelled.")
    elif unanswered:
        text = QCoreApplication.translate(
            "BatchJob", "The batch job is done, but not every photo has its answer."
        )
    else:
        return QCoreApplication.translate(
            "BatchJob", "The batch job is done: every photo has its answer, ready for review."
        )
    return f"{text} {BatchJob().unanswered(unanswered)}"
