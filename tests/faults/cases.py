"""The fault matrix: every fault the suite plays, once, with what must follow.

A row says what goes wrong, where (the window, `describe` in-process, or either run as a
real process), the words the user sees, how it ends (exit code or the window's state),
how many answer requests reach the server, what part of the answer is kept, when it gives
up (in words, for the real limits, and in seconds, for the suite's small ones), and the test
that plays it. The stream faults are played from their rows by one runner per surface;
the other rows name a test of their own. test_matrix.py checks every row's test exists
and prints the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.loopback import Scenario
from tests.loopback.scenario import error_info, rpc_error

STALL_S = 1.0
"""GEMINI_DESKTOP_STALL_TIMEOUT_S in the suite (300 s for users)."""
BACKOFF_SCALE = 0.1
"""The retry policy's backoff, scaled down in the suite (its number of tries is not)."""
SLACK_S = 2.0
"""What a loaded two-core machine may add to a bound."""

ANSWER = "kept words here"
FIRST_EVENT = "kept "  # ANSWER streams as three events: "kept ", "words ", "here"
HOSTILE = "Red\x1b[31m alert\x07 \x1b]0;owned\x07 back\rover \x9b2J end\x7f.\r\n\u2028\u2029\x85!"
LONE_SURROGATE = "smile \ud83d end"  # a valid JSON escape of half a surrogate pair
PROXY_PAGE = (
    b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
    b"<body><h1>Bad Gateway</h1><p>The proxy could not reach the upstream.</p></body></html>"
)
PORTAL_PAGE = b"<html><body><form>Sign in to use the Wi-Fi</form></body></html>"

MINUTE_LIMIT = "You've reached this model's per-minute limit."
AT_ONCE = "at once"
STALLED = "after the stall limit (300 s; 1 s here)"
RETRIED = "after 4 tries (at most 7 s of waits)"

WINDOW = "window"
DESCRIBE = "describe"
APP_PROCESS = "app process"
DESCRIBE_PROCESS = "describe process"
UPLOAD = "upload"


@dataclass(frozen=True)
class StreamFault:
    """A server fault on the answer request, played the same way on both surfaces."""

    name: str
    fault: str
    scenarios: tuple[Scenario, ...]
    sees: str
    requests: int
    gives_up: str
    within_s: float
    kept: str | None = None  # None: nothing of the answer arrived
    complete: bool = False  # the answer ends well (nothing may be lost on the way)
    window_state: str = "failed"  # AnswerState value the window shows
    window_sees: str | None = None  # when the window words it otherwise (a link: a button)
    retry_wait_s: float | None = None  # GEMINI_DESKTOP_RETRY_WAIT_S for this case
    no_resend_s: float = 0.0  # the window is watched this long after: nothing is sent again


@dataclass(frozen=True)
class FaultCase:
    """One row of the matrix."""

    id: str
    surface: str
    fault: str
    sees: str
    ends: str
    requests: int | None
    gives_up: str
    within_s: float
    kept: str | None
    test: str  # tests/... path :: function, with [id] for a parametrized one
    stream: StreamFault | None = field(default=None, compare=False)


def _four(scenario: Scenario) -> tuple[Scenario, ...]:
    return (scenario,) * 4


RETRY_WITHIN = 7 * BACKOFF_SCALE + SLACK_S

STREAM_FAULTS = (
    StreamFault(
        "reset-before-reply",
        "TCP reset before any reply, every time",
        _four(Scenario(reset_before_response=True)),
        "The connection to the server at 127.0.0.1 broke.",
        4, RETRIED, RETRY_WITHIN,
    ),
    StreamFault(
        "reset-mid-stream",
        "TCP reset after the first event",
        (Scenario(text=ANSWER, reset_after_events=1),),
        "The connection broke while the answer was arriving.",
        1, AT_ONCE, SLACK_S, kept=FIRST_EVENT,
    ),
    StreamFault(
        "cut-off-stream",
        "the stream ends without a finish reason",
        (Scenario(text=ANSWER, finish_reason=None),),
        "The answer stopped before the model said it was finished.",
        1, AT_ONCE, SLACK_S, kept=ANSWER, window_state="cut_off",
    ),
    StreamFault(
        "error-mid-stream",
        "503 UNAVAILABLE written into the stream after one event",
        (Scenario(text=ANSWER, error_after_events=1),),
        "The server at 127.0.0.1 is overloaded or down for a moment.",
        1, AT_ONCE, SLACK_S, kept=FIRST_EVENT,
    ),
    StreamFault(
        "cancelled-mid-stream",
        "499 CANCELLED written into the stream after one event",
        (
            Scenario(
                text=ANSWER,
                error_after_events=1,
                error=rpc_error(499, "CANCELLED", "The operation was cancelled."),
            ),
        ),
        "Try again",
        1, AT_ONCE, SLACK_S, kept=FIRST_EVENT,
    ),
    StreamFault(
        "http-500",
        "500 INTERNAL, every time",
        _four(Scenario.http_error(500, "INTERNAL", "An internal error has occurred.")),
        "The server at 127.0.0.1 had a problem answering.",
        4, RETRIED, RETRY_WITHIN,
    ),
    StreamFault(
        "http-502-html",
        "502 with a proxy's HTML page, every time",
        _four(Scenario(status=502, body=PROXY_PAGE)),
        "The server at 127.0.0.1 could not reach the service behind it.",
        4, RETRIED, RETRY_WITHIN,
    ),
    StreamFault(
        "http-503",
        "503 UNAVAILABLE (model overloaded), every time",
        _four(Scenario.overloaded()),
        "The server at 127.0.0.1 is overloaded or down for a moment.",
        4, RETRIED, RETRY_WITHIN,
    ),
    StreamFault(
        "invalid-json-first",
        "the first event is not JSON",
        (Scenario(text=ANSWER, garbled_event=0),),
        "The answer arrived garbled.",
        1, AT_ONCE, SLACK_S,
    ),
    StreamFault(
        "invalid-json-mid-stream",
        "the second event is not JSON",
        (Scenario(text=ANSWER, garbled_event=1),),
        "The answer arrived garbled.",
        1, AT_ONCE, SLACK_S, kept=FIRST_EVENT,
    ),
    StreamFault(
        "html-with-200",
        "200 with an HTML page (a captive portal)",
        (Scenario(status=200, body=PORTAL_PAGE),),
        "The server at 127.0.0.1 answered with a web page",
        1, AT_ONCE, SLACK_S,
    ),
    StreamFault(
        "unknown-model",
        "404 NOT_FOUND for the model, with a Gemini API key",
        (
            Scenario.http_error(
                404,
                "NOT_FOUND",
                "models/gemini-2.5-flash is not found for API version v1beta, or is not "
                "supported for streamGenerateContent.",
            ),
        ),
        "gemini-2.5-flash",
        1, AT_ONCE, SLACK_S,
    ),
    StreamFault(
        "api-disabled",
        "403 SERVICE_DISABLED with the page that enables it",
        (
            Scenario.http_error(
                403,
                "PERMISSION_DENIED",
                "Generative Language API has not been used in project 1234 before or it is "
                "disabled.",
                details=[
                    error_info(
                        "SERVICE_DISABLED",
                        metadata={
                            "activationUrl": "https://console.developers.google.com/apis/api/"
                            "generativelanguage.googleapis.com/overview?project=1234"
                        },
                    )
                ],
            ),
        ),
        "https://console.developers.google.com/apis/api/generativelanguage.googleapis.com",
        1, AT_ONCE, SLACK_S,
        window_sees="The Gemini API is not turned on for this Google Cloud project.",
    ),
    StreamFault(
        "429-retry-info",
        "429 with RetryInfo 1s (this model's per-minute quota), every time",
        (Scenario.rate_limited("1s"),) * 5,
        MINUTE_LIMIT,
        4, "after 4 tries, waiting as RetryInfo asks (at most 2 min in all)", 3 + SLACK_S,
        no_resend_s=1.5,
    ),
    StreamFault(
        "429-retry-after-over-budget",
        "429 with Retry-After: 1, every time, with 1.5 s of waiting allowed",
        (
            Scenario.http_error(
                429, "RESOURCE_EXHAUSTED", "Resource has been exhausted.", retry_after=1
            ),
        ) * 5,
        "The server at 127.0.0.1 is receiving more requests than it allows.",
        2, "when the next wait would pass the 2 min budget (1.5 s here)", 1 + SLACK_S,
        retry_wait_s=1.5, no_resend_s=1.5,
    ),
    StreamFault(
        "429-capacity-busy",
        "429 RESOURCE_EXHAUSTED naming no quota, no delay, every time",
        _four(Scenario.capacity_busy()),
        "The server at 127.0.0.1 is receiving more requests than it allows.",
        4, RETRIED, RETRY_WITHIN, no_resend_s=1.5,
    ),
    StreamFault(
        "429-daily-quota",
        "429 for today's quota (with a RetryInfo all the same)",
        (Scenario.daily_quota("0.1s"),) * 2,
        "You've reached today's limit for this model; it resets at midnight Pacific time.",
        1, AT_ONCE, SLACK_S, no_resend_s=1.5,
    ),
    StreamFault(
        "402-prepaid-empty",
        "402: the prepaid balance ran out",
        (Scenario.prepaid_empty(),) * 2,
        "Your prepaid balance for the Gemini API has run out.",
        1, AT_ONCE, SLACK_S,
    ),
    StreamFault(
        "headers-then-silence",
        "headers, then nothing",
        (Scenario(silence_after_events=0),),
        "The server at 127.0.0.1 sent no answer for 1 second.",
        1, STALLED, STALL_S + SLACK_S,
    ),
    StreamFault(
        "drip",
        "headers, then a space every 50 ms, never an event",
        (Scenario(silence_after_events=0, drip_forever=True),),
        "The server at 127.0.0.1 sent no answer for 1 second.",
        1, STALLED, STALL_S + SLACK_S,
    ),
    StreamFault(
        "silence-mid-stream",
        "one event, then nothing",
        (Scenario(text=ANSWER, silence_after_events=1),),
        "The answer stopped arriving: no more of it came for 1 second.",
        1, STALLED, STALL_S + SLACK_S, kept=FIRST_EVENT,
    ),
    StreamFault(
        "hostile-characters",
        "ESC, BEL, CR, DEL, C1 and U+2028/2029/0085 in the answer",
        (Scenario(text=HOSTILE, chunks=4),),
        "Red",
        1, AT_ONCE, SLACK_S, kept=HOSTILE, complete=True, window_state="finished",
    ),
    StreamFault(
        "lone-surrogate",
        'a valid JSON escape of half a surrogate pair ("\\ud83d")',
        (Scenario(text=LONE_SURROGATE, chunks=1),),
        "smile \ufffd end",
        1, AT_ONCE, SLACK_S, kept="smile \ufffd end", complete=True, window_state="finished",
    ),
)  # fmt: skip


def _stream_rows() -> list[FaultCase]:
    rows = []
    for fault in STREAM_FAULTS:
        for surface, test, ends in (
            (WINDOW, "tests/faults/window/test_streams.py::test_window", fault.window_state),
            (DESCRIBE, "tests/faults/test_describe.py::test_describe", "exit 1"),
        ):
            if fault.complete:
                ends = "exit 0" if surface == DESCRIBE else fault.window_state
            else:
                ends = f"answer {ends}, banner" if surface == WINDOW else ends
            rows.append(
                FaultCase(
                    f"{surface}/{fault.name}",
                    surface,
                    fault.fault,
                    (fault.window_sees or fault.sees) if surface == WINDOW else fault.sees,
                    ends,
                    fault.requests,
                    fault.gives_up,
                    fault.within_s,
                    fault.kept,
                    f"{test}[{fault.name}]",
                    stream=fault,
                )
            )
    return rows


def _row(
    id: str,
    surface: str,
    fault: str,
    sees: str,
    ends: str,
    requests: int | None,
    gives_up: str,
    within_s: float,
    kept: str | None,
    test: str,
) -> FaultCase:
    return FaultCase(id, surface, fault, sees, ends, requests, gives_up, within_s, kept, test)


_SIGN_IN = "tests/faults/test_sign_in.py"
_PROCESS = "tests/faults/test_processes.py"
_WINDOW = "tests/faults/window"

OTHER_CASES = [
    _row(
        "describe/token-400", DESCRIBE, "the token endpoint answers 400 invalid_grant",
        "Google did not accept your saved sign-in.", "exit 1", 0, AT_ONCE, SLACK_S, None,
        f"{_SIGN_IN}::test_token_fault[token-400]",
    ),
    _row(
        "describe/token-500", DESCRIBE, "the token endpoint answers 500, every time",
        "Google's sign-in service had a problem renewing your sign-in.", "exit 1", 0,
        "after google-auth's 3 tries (about 3 s)", 6.0, None,
        f"{_SIGN_IN}::test_token_fault[token-500]",
    ),
    _row(
        "describe/token-hang", DESCRIBE, "the token endpoint never answers",
        "Google's sign-in service did not answer within 1 second.", "exit 1", 0,
        "after the stall limit, at most 60 s (1 s here)", STALL_S + SLACK_S, None,
        f"{_SIGN_IN}::test_token_fault[token-hang]",
    ),
    _row(
        "window/token-hang", WINDOW, "the token endpoint never answers (service account)",
        "Google's sign-in service did not answer within 1 second.", "answer failed, banner", 1,
        "after the stall limit, at most 60 s (1 s here)", STALL_S + SLACK_S, None,
        f"{_WINDOW}/test_sign_in.py::test_a_hanging_token_endpoint_ends_the_answer_in_time",
    ),
    *(
        _row(
            f"upload/{protocol}-chunk-never-answered", UPLOAD, f"{name} takes the second chunk, never answers",
            "The upload of clip.mp4 made no progress for 1 second. Send again: the upload goes "
            "on from where it stopped. If it keeps happening, check your proxy.",
            "UploadError; sending again resumes", 2, STALLED, STALL_S + SLACK_S, "the chunks stored",
            f"tests/faults/test_uploads.py::test_a_chunk_taken_and_never_answered_ends_the_upload_in_time[{protocol}]",
        )
        for protocol, name in (("files", "the File API"), ("gcs", "Cloud Storage"))
    ),
    _row(
        "window/keyring-missing", WINDOW, "no password store at all",
        "No password store (keyring) was found", "runs on the environment's key", 1,
        AT_ONCE, SLACK_S, None,
        f"{_WINDOW}/test_keyring.py::test_without_a_keyring_the_window_runs_on_the_environment",
    ),
    _row(
        "window/keyring-locked", WINDOW, "the Secret Service's collection is locked",
        "The password store (keyring) is locked", "runs on the environment's key", 1, AT_ONCE,
        SLACK_S, None,
        f"{_WINDOW}/test_keyring.py::test_a_locked_keyring_is_a_notice_and_the_window_answers",
    ),
    _row(
        "window/disk-full-at-start", WINDOW, "the history file takes no writes from the start",
        "disk is full", "answers, kept in memory, written back once freed", 2, AT_ONCE,
        SLACK_S, "the whole answer",
        f"{_WINDOW}/test_disk.py::test_a_disk_full_at_start_then_freed_loses_no_turn",
    ),
    _row(
        "window/disk-full-mid-answer", WINDOW, "the disk fills while an answer streams",
        "disk is full", "answer completes, written back once freed", 5, AT_ONCE, SLACK_S,
        "the whole answer",
        f"{_WINDOW}/test_disk.py::test_a_disk_full_mid_answer_then_freed_loses_no_turn",
    ),
    _row(
        "app process/log-folder-unwritable", APP_PROCESS, "logs/ is a file; or the log is on a full disk",
        "Gemini Desktop could not write its log to", "exit 0, answer saved", 1, AT_ONCE,
        10.0, "the whole answer",
        f"{_PROCESS}::test_the_window_runs_without_a_log_file_and_says_so_once",
    ),
    _row(
        "describe process/log-folder-unwritable", DESCRIBE_PROCESS,
        "logs/ is a file; or the log is on a full disk",
        "Gemini Desktop could not write its log to", "exit 0, answer printed", 2, AT_ONCE,
        10.0, "the whole answer",
        f"{_PROCESS}::test_describe_runs_without_a_log_file_and_says_so_once",
    ),
    _row(
        "app process/sigterm", APP_PROCESS, "SIGTERM mid-answer (logout, shutdown)",
        "(the window closes)", "exit 0, answer saved as stopped", 1, AT_ONCE, 10.0,
        "what streamed",
        f"{_PROCESS}::test_sigterm_saves_the_answer_as_stopped_and_exits_0_like_closing_the_window",
    ),
    _row(
        "app process/sigkill", APP_PROCESS, "SIGKILL mid-answer, then start again",
        "(next start: the answer is marked interrupted)", "killed; next start: interrupted",
        1, AT_ONCE, 10.0, "what was saved",
        f"{_PROCESS}::test_a_killed_app_leaves_the_answer_interrupted_with_its_text",
    ),
    _row(
        "describe process/signal", DESCRIBE_PROCESS, "SIGINT or SIGTERM mid-answer",
        "gemini-desktop describe: stopped by SIGTERM before the answer was finished.",
        "exit 130 / 143; --json line with error.status CANCELLED", 1, AT_ONCE, 5.0,
        "what streamed",
        f"{_PROCESS}::test_a_signal_mid_answer_says_so_keeps_the_json_line_and_exits_128_plus_it",
    ),
    _row(
        "describe process/sigkill", DESCRIBE_PROCESS, "SIGKILL mid-answer",
        "(what streamed so far, on stdout)", "killed (-9)", 1, AT_ONCE, 5.0, "what was printed",
        f"{_PROCESS}::test_a_killed_describe_leaves_what_it_printed",
    ),
    _row(
        "describe process/hostile-json", DESCRIBE_PROCESS, "U+2028, U+2029, U+0085 in --json",
        "\\u2028\\u2029\\u0085", "exit 0, one line per file", 1, AT_ONCE, 10.0, "all of it",
        f"{_PROCESS}::test_json_lines_escape_the_characters_readers_take_for_line_ends",
    ),
    _row(
        "describe process/hostile-terminal", DESCRIBE_PROCESS, "ESC, BEL, CR, DEL, C1 on a terminal",
        "Red␛[31m alert␇", "exit 0", 1, AT_ONCE, 10.0, "all of it (as stand-ins)",
        f"{_PROCESS}::test_on_a_terminal_control_characters_are_shown_not_obeyed",
    ),
    _row(
        "describe process/hostile-pipe", DESCRIBE_PROCESS, "ESC, BEL, CR, DEL, C1 into a pipe",
        "(the answer as written)", "exit 0", 1, AT_ONCE, 10.0, "all of it",
        f"{_PROCESS}::test_through_a_pipe_the_answer_stays_as_the_model_wrote_it",
    ),
    _row(
        "describe/stall-json", DESCRIBE, "one event, then nothing, with --json",
        "The answer stopped arriving: no more of it came for 1 second.",
        "exit 1, the line carries text and error", 1, STALLED, STALL_S + SLACK_S, FIRST_EVENT,
        "tests/faults/test_describe.py::test_describe_json_keeps_the_partial_answer_and_says_why",
    ),
    _row(
        "window/long-wait", WINDOW, "headers, then nothing; the user waits",
        "Waiting for Gemini · 0:0", "Stop ends it: answer stopped", 1, "when the user stops",
        SLACK_S + 3, None,
        f"{_WINDOW}/test_streams.py::test_a_long_wait_shows_its_time_and_stop_keeps_the_answer",
    ),
]  # fmt: skip

CASES: list[FaultCase] = [*_stream_rows(), *OTHER_CASES]


def stream_cases(surface: str) -> list[FaultCase]:
    return [case for case in CASES if case.stream is not None and case.surface == surface]


FAULT_LOGS = (
    r"^Attempt \d failed",
    r"^HTTP \d+ from",
    r"^The answer failed: \w+Error",
    r"GEMINI_DESKTOP_RETRY_WAIT_S",
)
"""What the app logs at WARNING for a fault it handles (the stream runners expect them)."""
