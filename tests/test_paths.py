"""Where files go: platformdirs by default, everything under GEMINI_DESKTOP_HOME when set."""

import sys
from pathlib import Path

import pytest

from desktop import paths

DIR_FUNCTIONS = {
    "data": paths.data_dir,
    "config": paths.config_dir,
    "cache": paths.cache_dir,
    "logs": paths.log_dir,
}


@pytest.mark.parametrize("name", DIR_FUNCTIONS)
def test_home_env_roots_every_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    home = tmp_path / "portable"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    directory = DIR_FUNCTIONS[name]()
    assert directory == home.resolve() / name
    assert directory.is_dir()


def test_dirs_are_created_only_when_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    paths.log_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["logs"]


def test_home_env_expands_the_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    monkeypatch.setenv(paths.HOME_ENV, "~/gd")
    assert paths.config_dir() == (tmp_path / "gd" / "config").resolve()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG variables are a Linux convention")
@pytest.mark.parametrize(
    ("name", "variable"),
    [
        ("data", "XDG_DATA_HOME"),
        ("config", "XDG_CONFIG_HOME"),
        ("cache", "XDG_CACHE_HOME"),
        ("logs", "XDG_STATE_HOME"),
    ],
)
def test_platform_dirs_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, variable: str
) -> None:
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    monkeypatch.setenv(variable, str(tmp_path))
    directory = DIR_FUNCTIONS[name]()
    assert directory.is_relative_to(tmp_path / "Gemini Desktop")
    assert directory.is_dir()


def test_empty_home_env_means_unset(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.HOME_ENV, "  ")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert "Gemini Desktop" in paths.cache_dir().parts


def test_resources_from_the_source_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    resources = paths.resources_dir()
    assert resources == Path(__file__).resolve().parent.parent / "resources"
    assert paths.app_icon_path().is_file()
    assert paths.app_icon_path().read_text(encoding="utf-8").lstrip().startswith("<svg")


def test_resources_from_a_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.app_icon_path() == tmp_path / "resources" / "icons" / "gemini-desktop.svg"
