"""The window's fault cases run the whole app on the shared qasync loop, as the UI
integration tests do (their fixtures, guards and offscreen platform)."""

from tests.ui.conftest import (  # noqa: F401  (fixtures and the hook are found by name)
    _qt_warnings_fail,
    pytest_runtest_setup,
    running_loop,
)
from tests.ui.integration.conftest import (  # noqa: F401
    _quiet_qasync,
    make_app,
    photo,
    preferences_file,
    profiles,
)
