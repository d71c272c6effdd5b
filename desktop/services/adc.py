"""Finding the gcloud sign-in (Application Default Credentials) on this computer, as facts.

The UI words these facts; nothing here is a sentence for people.
"""

from __future__ import annotations

import configparser
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from desktop.services.config import gcloud_adc_path

log = logging.getLogger(__name__)


class AdcSource(Enum):
    """Where the sign-in file was named."""

    GCLOUD = "gcloud"  # gcloud's own folder (CLOUDSDK_CONFIG moves it)
    ENVIRONMENT = "GOOGLE_APPLICATION_CREDENTIALS"


class AdcProblem(Enum):
    """Why a sign-in file that is named cannot be used."""

    MISSING = "missing"  # GOOGLE_APPLICATION_CREDENTIALS names a file that is not there
    UNREADABLE = "unreadable"  # not readable, or not a JSON object


@dataclass(frozen=True)
class AdcInfo:
    """Application Default Credentials found on this computer."""

    path: Path
    source: AdcSource
    kind: str  # the file's "type": authorized_user, service_account, external_account, ...
    account: str | None = None
    project: str | None = None
    quota_project: str | None = None
    problem: AdcProblem | None = None  # set when the file exists but cannot be used

    @property
    def is_user(self) -> bool:
        return self.kind == "authorized_user"

    @property
    def lacks_quota_project(self) -> bool:
        """A user sign-in without a quota project: Google may answer "quota exceeded"."""
        return self.problem is None and self.is_user and not self.quota_project


def detect_adc(env: Mapping[str, str]) -> AdcInfo | None:
    """The sign-in google-auth would use, without the metadata-server probe; None if there is
    none. Reads files: call it off the GUI thread."""
    named = env.get("GOOGLE_APPLICATION_CREDENTIALS")
    if named:
        path, source = Path(named), AdcSource.ENVIRONMENT
    else:
        path, source = gcloud_adc_path(env), AdcSource.GCLOUD
        if not path.is_file():
            return None
    gcloud = _gcloud_settings(gcloud_adc_path(env).parent if named else path.parent)
    env_project = env.get("GOOGLE_CLOUD_PROJECT") or None
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(info, dict):
            raise ValueError("not an object")
    except FileNotFoundError:
        return AdcInfo(path, source, "", problem=AdcProblem.MISSING)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        log.info("Cannot read the credentials file %s: %s", path, type(exc).__name__)
        return AdcInfo(path, source, "", problem=AdcProblem.UNREADABLE)
    kind = str(info.get("type") or "")
    quota = _text(info.get("quota_project_id"))
    account: str | None = None
    for field in ("client_email", "account", "service_account_impersonation_url"):
        value = info.get(field)
        if isinstance(value, str) and value:
            account = value.rsplit("/", 1)[-1].removesuffix(":generateAccessToken")
            break
    if account is None and kind == "authorized_user":
        account = gcloud.get("account")
    project = env_project or quota or _text(info.get("project_id")) or gcloud.get("project")
    return AdcInfo(path, source, kind, account or None, project or None, quota or None)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _gcloud_settings(folder: Path) -> dict[str, str]:
    """The account and project of gcloud's active configuration, if it has them."""
    try:
        active = (folder / "active_config").read_text(encoding="utf-8").strip() or "default"
    except OSError:
        active = "default"
    parser = configparser.ConfigParser()
    try:
        parser.read(folder / "configurations" / f"config_{active}", encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return {}
    if not parser.has_section("core"):
        return {}
    return {
        key: parser.get("core", key)
        for key in ("account", "project")
        if parser.has_option("core", key)
    }
