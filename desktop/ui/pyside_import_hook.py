"""PySide6 asks of every module imported after it whether its source mentions "PySide6" (for
its `__feature__` switches: snake_case, true_property), and finds out with
inspect.getsource: the file found again, read through linecache and tokenize's encoding
check, joined into one string. About 130 modules come in before the window's first frame,
at a third of a millisecond each (issue 17). `quicken` gives it the same answer from the
file's bytes; what has no .py file (built-in, extension, frozen in a bundle) gets PySide's
own answer for it, False, without inspect. This app uses no `__feature__`.
"""

from __future__ import annotations

import sys
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"  # shiboken6's, there once shiboken6 is imported


def quicken() -> None:
    """Swap PySide's source check for the quicker one (once; nothing if it is not there,
    as in another PySide version)."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "quick", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return False
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:  # a source that is not a plain file (a zip): ask PySide
            return bool(original(module))

    uses_pyside.quick = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
