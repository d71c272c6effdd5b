"""Logging set-up: a rotating log file, warnings on stderr, and secrets kept out of both."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import re
import sys
import threading
import urllib.parse
from collections.abc import Iterable
from pathlib import Path

from desktop import paths

LOG_FILE_NAME = "gemini-desktop.log"
LOG_FILE_MAX_BYTES = 1_000_000
LOG_FILE_BACKUPS = 3
REDACTED = "[REDACTED]"
MIN_SECRET_LENGTH = 6
"""Shorter registered values are ignored: redacting them would shred ordinary text."""

_FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"

# Each pattern keeps the group named "keep" (a label such as "Bearer ") and replaces the rest.
_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, flags)
    for pattern, flags in (
        # PEM private keys, whole blocks; a block cut short (no END line) is redacted to its end.
        (
            r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"
            r"(?:.*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|[A-Za-z0-9+/=\s\\]*)",
            re.DOTALL,
        ),
        # JSON or Python-repr values of secret fields: "private_key": "...", 'client_secret': '...'.
        (
            r"""(?P<keep>(?P<q>["'])(?:private_key|private_key_id|client_secret|refresh_token"""
            r"""|access_token|id_token|api_key|apiKey)(?P=q)\s*:\s*)"""
            r"""(?P<v>["'])(?:\\.|(?!(?P=v))[^\\])*(?P=v)""",
            0,
        ),
        # Google API keys: the older "AIza" kind, and the "AQ." kind (AI Studio's newer keys,
        # Vertex AI express keys).
        (r"AIza[0-9A-Za-z_-]{35}", 0),
        (r"AQ\.[0-9A-Za-z_-]{20,}(?:\.[0-9A-Za-z_-]+)*", 0),
        # OAuth 2 access tokens (they may carry inner dots, but a sentence's full stop stays).
        (r"ya29\.[0-9A-Za-z_-]+(?:\.[0-9A-Za-z_-]+)*", 0),
        # Google OAuth refresh tokens.
        (r"1//[0-9A-Za-z_-]+", 0),
        # Authorization: Bearer <token>.
        (r"(?P<keep>\bBearer\s+)[A-Za-z0-9._~+/=-]+", re.IGNORECASE),
        # x-goog-api-key header, written as a header line, a dict entry or a repr.
        (
            r"""(?P<keep>x-goog-api-key["']?\s*[:=]\s*["']?)[^\s"',;}\]]+""",
            re.IGNORECASE,
        ),
        # Query and form parameters: ?key=..., &access_token=..., refresh_token=...
        (
            r"(?P<keep>(?<![\w-])(?:key|api_key|access_token|refresh_token|id_token"
            r"|client_secret|token)=)[^&\s#\"'<>]+",
            re.IGNORECASE,
        ),
    )
)

_lock = threading.Lock()
_registered: set[str] = set()
_registered_pattern: re.Pattern[str] | None = None


def register_secret(value: str) -> None:
    """Redact `value` (and its URL-encoded form) from every log record from now on.

    Credential code calls this as soon as it reads an API key, a token or a key file.
    Values shorter than MIN_SECRET_LENGTH characters are ignored.
    """
    value = value.strip()
    if len(value) < MIN_SECRET_LENGTH:
        return
    forms = {value, urllib.parse.quote(value, safe=""), urllib.parse.quote_plus(value)}
    global _registered_pattern
    with _lock:
        _registered.update(forms)
        _registered_pattern = _compile_registered(_registered)


def clear_registered_secrets() -> None:
    """Forget every value given to register_secret (for tests and sign-out)."""
    global _registered_pattern
    with _lock:
        _registered.clear()
        _registered_pattern = None


def _compile_registered(values: Iterable[str]) -> re.Pattern[str] | None:
    # Longest first, so a secret that contains another is redacted whole.
    ordered = sorted(values, key=len, reverse=True)
    if not ordered:
        return None
    return re.compile("|".join(re.escape(value) for value in ordered))


def _replace(match: re.Match[str]) -> str:
    keep = match.groupdict().get("keep") or ""
    return keep + REDACTED


def redact(text: str) -> str:
    """Return `text` with registered secrets and anything that looks like a secret removed."""
    registered = _registered_pattern
    if registered is not None:
        text = registered.sub(REDACTED, text)
    for pattern in _PATTERNS:
        text = pattern.sub(_replace, text)
    return text


class SecretRedactingFilter(logging.Filter):
    """Formats each record's message, arguments and traceback, then redacts the result.

    Attach it to handlers (a filter on a logger does not see records from its children).
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what there is, still redacted
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FILE_HANDLER_NAME = "gemini-desktop-file"
_STDERR_HANDLER_NAME = "gemini-desktop-stderr"


def _level_number(level: int | str) -> int:
    if isinstance(level, int):
        return level
    try:
        return logging.getLevelNamesMapping()[level.upper()]
    except KeyError:
        raise ValueError(f"unknown log level: {level!r}") from None


class _LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file; when a write fails (a full disk, a folder gone read-only) it
    says so once on stderr and stops, instead of a "--- Logging error ---" per record."""

    failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
            return
        self.failed = True
        _say_logs_not_written(Path(self.baseFilename).parent, error)
        with contextlib.suppress(OSError):
            self.close()


_said_not_written = False


def _say_logs_not_written(folder: Path, error: OSError) -> None:
    """One line on stderr, once per run: the app goes on without a log file."""
    global _said_not_written
    if _said_not_written:
        return
    _said_not_written = True
    if sys.stderr is None:  # no console at all (a windowed build)
        return
    reason = error.strerror or type(error).__name__
    with contextlib.suppress(OSError, ValueError):
        print(
            f"Gemini Desktop could not write its log to {folder} ({reason}); "
            "it goes on without a log file.",
            file=sys.stderr,
            flush=True,
        )


def log_file_path() -> Path | None:
    """The log file being written (the one to point users at in an error report); None
    when its folder could not be created or the disk under it is full."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _LogFile):
            return None if handler.failed else Path(handler.baseFilename)
    if _said_not_written:
        return None
    try:  # before setup_logging: where it goes
        return paths.log_dir() / LOG_FILE_NAME
    except OSError:
        return None


def _open_log_file(level: int, formatter: logging.Formatter) -> _LogFile | None:
    folder: Path | None = None
    try:
        folder = paths.log_dir()
        handler = _LogFile(
            folder / LOG_FILE_NAME,
            maxBytes=LOG_FILE_MAX_BYTES,
            backupCount=LOG_FILE_BACKUPS,
            encoding="utf-8",
        )
    except OSError as error:
        _say_logs_not_written(folder or Path(error.filename or "."), error)
        return None
    handler.set_name(_FILE_HANDLER_NAME)
    handler.setLevel(level)
    handler.setFormatter(formatter)
    return handler


def setup_logging(level: int | str = logging.INFO, *, console: bool = True) -> Path | None:
    """Log to a rotating file (1 MB x 3) at `level` and, with `console`, to stderr from
    WARNING up (`describe` turns that off: its stderr carries its own plain messages).

    Both handlers redact secrets. Calling it again replaces the handlers it installed.
    Returns the log file path; None when the log folder cannot be written (the app runs
    on without a log file, and says so once on stderr).
    """
    numeric_level = _level_number(level)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() in (_FILE_HANDLER_NAME, _STDERR_HANDLER_NAME):
            root.removeHandler(handler)
            handler.close()

    redacting = SecretRedactingFilter()
    formatter = logging.Formatter(_FORMAT)

    file_handler = _open_log_file(numeric_level, formatter)

    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.set_name(_STDERR_HANDLER_NAME)
    stderr_handler.setLevel(max(logging.WARNING, numeric_level))
    stderr_handler.setFormatter(formatter)
    stderr_handler.addFilter(redacting)

    # qasync logs every event-loop callback at DEBUG: far too much, and it slows the loop.
    logging.getLogger("qasync").setLevel(max(logging.INFO, numeric_level))
    if file_handler is not None:
        file_handler.addFilter(redacting)
        root.addHandler(file_handler)
    if console:
        root.addHandler(stderr_handler)
    root.setLevel(numeric_level)
    return None if file_handler is None else Path(file_handler.baseFilename)
