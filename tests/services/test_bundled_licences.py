"""The libraries About lists come from the installed distributions' metadata."""

from __future__ import annotations

from desktop.services.bundled_licences import app_licence, bundled_libraries, project_url


def test_the_runtime_dependencies_are_listed_with_their_licences() -> None:
    libraries = {library.name.lower().replace("_", "-"): library for library in bundled_libraries()}
    # Direct dependencies, and ones they bring (shiboken6 comes with PySide6).
    for name in ("pyside6-essentials", "shiboken6", "httpx2", "keyring", "pillow", "qasync"):
        assert name in libraries, name
    assert "LGPL-3.0" in libraries["pyside6-essentials"].licence
    assert libraries["pillow"].licence
    # Development tools are not part of the app.
    assert "pytest" not in libraries and "ruff" not in libraries and "mypy" not in libraries
    assert "gemini-desktop" not in libraries


def test_the_app_names_its_licence_and_issue_page() -> None:
    assert app_licence() == "Apache-2.0"
    assert (project_url("issues") or "").endswith("/issues")
    assert project_url("no such label") is None
