"""Which system libraries a Qt plug-in needs and cannot find, and the Debian/Ubuntu package
that brings each: `--self-test` names them when the xcb platform does not start (Qt itself
only says "Unknown error" once it has tried and failed).

`ldd` lists every library a file needs, transitively, with "not found" beside the missing
ones; where there is no ldd, dlopen (ctypes) names the first missing one. No Qt here."""

from __future__ import annotations

import ctypes
import re
import shutil
import subprocess
from pathlib import Path

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)
_DLOPEN = re.compile(r"^([^\s:]+\.so[^\s:]*): cannot open shared object file")


def missing_from_ldd(output: str) -> list[str]:
    """The library names ldd marked "not found", each once, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(output)))


def missing_from_dlopen(error: str) -> list[str]:
    """The library a dlopen error names: "libxcb-cursor.so.0: cannot open shared object file"."""
    match = _DLOPEN.match(error.strip())
    return [match.group(1)] if match else []


def missing_libraries(library: Path) -> list[str]:
    """The shared libraries `library` needs and the system lacks (empty: none, or it could
    not be told)."""
    ldd = shutil.which("ldd")
    if ldd is not None:
        try:
            result = subprocess.run(
                [ldd, str(library)], capture_output=True, text=True, timeout=20, check=False
            )
        except (OSError, subprocess.SubprocessError):
            pass
        else:
            return missing_from_ldd(result.stdout)
    try:
        ctypes.CDLL(str(library))
    except OSError as error:
        return missing_from_dlopen(str(error))
    return []


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a library, by Debian's naming policy:
    libxcb-cursor.so.0 → libxcb-cursor0, libxkbcommon-x11.so.0 → libxkbcommon-x11-0,
    libEGL.so.1 → libegl1."""
    base, _, version = soname.partition(".so")
    major = version.lstrip(".").split(".")[0]
    base = base.lower()
    if not major:
        return base
    return f"{base}-{major}" if base[-1:].isdigit() else f"{base}{major}"
