"""Fail a test on an unexpected log record of WARNING or worse (qutebrowser's
tests/helpers/logfail.py does the same), unless the test marks it as expected:

    @pytest.mark.expected_log(r"could not save", logger="desktop.services")

A record is expected when its message matches one of the patterns (re.search) and, with
`logger=`, its logger is that one or below it. Records are collected by a handler on the root
logger, so records from worker threads are caught too; they are checked after the test
function and again after its teardown, where a failure shows as an error.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Generator

import pytest

MARKER = "expected_log"


class _Collector(logging.Handler):
    """Keeps every record of WARNING or worse, from any thread, until taken."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self._records: list[logging.LogRecord] = []
        self._records_lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self._records_lock:
            self._records.append(record)

    def take(self) -> list[logging.LogRecord]:
        with self._records_lock:
            records, self._records = self._records, []
        return records


def _expected(record: logging.LogRecord, item: pytest.Item) -> bool:
    message = record.getMessage()
    for marker in item.iter_markers(MARKER):
        logger = marker.kwargs.get("logger")
        if logger and record.name != logger and not record.name.startswith(f"{logger}."):
            continue
        if any(re.search(pattern, message) for pattern in marker.args):
            return True
    return False


class LogGuard:
    """The plugin: one collector per pytest run (pytester's inner runs get their own)."""

    def __init__(self) -> None:
        self._collector = _Collector()

    def pytest_configure(self, config: pytest.Config) -> None:
        config.addinivalue_line(
            "markers",
            f"{MARKER}(*patterns, logger=None): the test expects log records of WARNING or "
            "worse whose message matches one of the patterns (tests/log_guard.py)",
        )

    def pytest_sessionstart(self) -> None:
        logging.getLogger().addHandler(self._collector)

    def pytest_sessionfinish(self) -> None:
        logging.getLogger().removeHandler(self._collector)

    def _fail_on_unexpected(self, item: pytest.Item, when: str) -> None:
        unexpected = [r for r in self._collector.take() if not _expected(r, item)]
        if unexpected:
            lines = "\n".join(
                f"  {r.levelname} {r.name} ({r.threadName}): {r.getMessage()}" for r in unexpected
            )
            pytest.fail(
                f"unexpected log records {when} the test (mark them with "
                f"@pytest.mark.{MARKER}(pattern) if the test provokes them):\n{lines}",
                pytrace=False,
            )

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> Generator[None, None, None]:
        self._collector.take()  # what an earlier test's stray thread logged is not ours
        result = yield
        self._fail_on_unexpected(item, "while setting up")
        return result

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Generator[None, None, None]:
        try:
            result = yield
        except BaseException:
            self._collector.take()  # the test failed already; its log is in the report
            raise
        self._fail_on_unexpected(item, "during")
        return result

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_teardown(self, item: pytest.Item) -> Generator[None, None, None]:
        result = yield
        self._fail_on_unexpected(item, "while tearing down")
        return result


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(LogGuard(), "log_guard")
