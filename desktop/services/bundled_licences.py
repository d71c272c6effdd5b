"""What the app is made of: its own version and licence, and the libraries it runs on with
their licences, read from the installed distributions' metadata (About lists them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata
from importlib.metadata import PackageMetadata

APP_DISTRIBUTION = "gemini-desktop"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_CLASSIFIER = "License :: OSI Approved :: "
_LONG_LICENCE = 60
"""A License field longer than this is the licence's whole text, not its name."""


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str
    """An SPDX expression or the licence's name; empty when the metadata names none."""


def _requirement_names(dist: metadata.Distribution) -> list[str]:
    """The distributions `dist` needs at run time (not those of an optional extra)."""
    names = []
    for requirement in dist.requires or []:
        if "extra ==" in requirement:
            continue
        match = _NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def _field(meta: PackageMetadata, name: str) -> str:
    """A metadata field, "" when absent (indexing a missing one is deprecated)."""
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def licence_of(dist: metadata.Distribution) -> str:
    """The licence a distribution declares: License-Expression, a short License field, or
    its OSI classifiers."""
    meta = dist.metadata
    expression = (_field(meta, "License-Expression")).strip()
    if expression:
        return expression
    field = (_field(meta, "License")).strip()
    if field and "\n" not in field and len(field) <= _LONG_LICENCE and field != "UNKNOWN":
        return field
    classifiers = [
        c.removeprefix(_CLASSIFIER)
        for c in meta.get_all("Classifier") or []
        if c.startswith(_CLASSIFIER)
    ]
    return " / ".join(classifiers)


def bundled_libraries(root: str = APP_DISTRIBUTION) -> list[Library]:
    """Every installed distribution `root` needs, directly or not, sorted by name; `root`
    itself is not listed. Empty when `root` is not installed (a bare source tree)."""
    try:
        start = metadata.distribution(root)
    except metadata.PackageNotFoundError:
        return []
    seen: dict[str, Library] = {}
    pending = _requirement_names(start)
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen or key == root:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # needed only on another system (a marker such as sys_platform)
        seen[key] = Library(_field(dist.metadata, "Name") or name, dist.version, licence_of(dist))
        pending.extend(_requirement_names(dist))
    return sorted(seen.values(), key=lambda library: library.name.lower())


def app_licence() -> str:
    try:
        return licence_of(metadata.distribution(APP_DISTRIBUTION)) or "Apache-2.0"
    except metadata.PackageNotFoundError:
        return "Apache-2.0"


def project_url(label: str, root: str = APP_DISTRIBUTION) -> str | None:
    """A Project-URL of the app's metadata by its label ("Issues", "Homepage")."""
    try:
        urls = metadata.distribution(root).metadata.get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        name, _, url = entry.partition(",")
        if name.strip().casefold() == label.casefold():
            return str(url).strip()
    return None
