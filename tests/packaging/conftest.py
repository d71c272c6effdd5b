"""Packaging tests: the files the installers are made of, checked here; the real Linux build,
.deb install and launch only with GEMINI_DESKTOP_BUILD_TESTS=1 (minutes, root, Xvfb)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
BUILD_TESTS_ENV = "GEMINI_DESKTOP_BUILD_TESTS"


def load_module(name: str, path: Path) -> ModuleType:
    """A script under packaging/ as a module (the folder is no package: its name would
    shadow the `packaging` library)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def require_tool(tool: str, debian_package: str) -> str:
    """The tool's path; a skip locally and a failure in CI when it is missing."""
    found = shutil.which(tool)
    if found is None:
        reason = f"{tool} is not installed (Debian: {debian_package})"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return found


def require_build_tests() -> None:
    if os.environ.get(BUILD_TESTS_ENV) != "1":
        pytest.skip(f"builds the app (minutes): set {BUILD_TESTS_ENV}=1 to run")


@dataclass(frozen=True)
class LinuxBuild:
    dist: Path
    onedir: Path
    deb: Path


@pytest.fixture(scope="session")
def linux_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LinuxBuild]:
    """packaging/build_linux.sh, once per session, into a temporary dist folder."""
    require_build_tests()
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        ["bash", str(PACKAGING / "build_linux.sh"), str(dist)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    print(result.stdout[-4000:])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    debs = sorted(dist.glob("gemini-desktop_*.deb"))
    assert len(debs) == 1, debs
    yield LinuxBuild(dist=dist, onedir=dist / "gemini-desktop", deb=debs[0])
