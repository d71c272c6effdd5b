"""Finding the gcloud sign-in in real folders, as facts."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.services.adc import AdcInfo, AdcProblem, AdcSource, detect_adc

USER_LOGIN = {
    "type": "authorized_user",
    "client_id": "764086051850-x.apps.googleusercontent.com",
    "client_secret": "d-FL95Q19q7MQmFpd7hHD0Ty",
    "refresh_token": "1//not-used-here",
}


def test_nothing_is_found_in_an_empty_gcloud_folder(tmp_path: Path) -> None:
    assert detect_adc({"CLOUDSDK_CONFIG": str(tmp_path)}) is None


def test_gclouds_user_sign_in_and_its_active_configuration(tmp_path: Path) -> None:
    adc = tmp_path / "application_default_credentials.json"
    adc.write_text(json.dumps(USER_LOGIN), encoding="utf-8")
    (tmp_path / "active_config").write_text("work\n", encoding="utf-8")
    (tmp_path / "configurations").mkdir()
    (tmp_path / "configurations" / "config_work").write_text(
        "[core]\naccount = ada@example.com\nproject = lovelace-42\n", encoding="utf-8"
    )
    info = detect_adc({"CLOUDSDK_CONFIG": str(tmp_path)})
    assert info == AdcInfo(
        adc, AdcSource.GCLOUD, "authorized_user", "ada@example.com", "lovelace-42"
    )
    assert info.lacks_quota_project


def test_the_environment_variable_names_the_file_and_its_problem(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    env = {"CLOUDSDK_CONFIG": str(tmp_path), "GOOGLE_APPLICATION_CREDENTIALS": str(missing)}
    assert detect_adc(env) == AdcInfo(
        missing, AdcSource.ENVIRONMENT, "", problem=AdcProblem.MISSING
    )
    broken = tmp_path / "broken.json"
    broken.write_text("[]", encoding="utf-8")
    env["GOOGLE_APPLICATION_CREDENTIALS"] = str(broken)
    info = detect_adc(env)
    assert info is not None and info.problem is AdcProblem.UNREADABLE
    assert not info.lacks_quota_project


def test_a_service_account_names_its_email_and_quota_project(tmp_path: Path) -> None:
    key = tmp_path / "key.json"
    key.write_text(
        json.dumps(
            {
                "type": "service_account",
                "client_email": "bot@p.iam.gserviceaccount.com",
                "project_id": "p",
                "quota_project_id": "billing-1",
            }
        ),
        encoding="utf-8",
    )
    env = {
        "CLOUDSDK_CONFIG": str(tmp_path),
        "GOOGLE_APPLICATION_CREDENTIALS": str(key),
        "GOOGLE_CLOUD_PROJECT": "from-env",
    }
    info = detect_adc(env)
    assert info == AdcInfo(
        key,
        AdcSource.ENVIRONMENT,
        "service_account",
        "bot@p.iam.gserviceaccount.com",
        "from-env",
        "billing-1",
    )
