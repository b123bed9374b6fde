"""The From address of Tracker's emails defaults to something a mail server accepts."""

import logging

import pytest

from tracker import create_app

SETTINGS = ("TRACKER_MAIL_FROM", "MAIL_DEFAULT_SENDER", "MAIL_USERNAME", "MAIL_SERVER", "TRACKER_BASE_URL")


@pytest.fixture
def build(tmp_path, monkeypatch):
    def build(**environment):
        for name in SETTINGS:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("TRACKER_DOTENV", str(tmp_path / "missing.env"))
        monkeypatch.setenv("TRACKER_INSTANCE_PATH", str(tmp_path / "instance"))
        for name, value in environment.items():
            monkeypatch.setenv(name, value)
        return create_app().config["MAIL_DEFAULT_SENDER"]

    return build


def test_the_sender_follows_the_most_specific_setting(build):
    assert build(TRACKER_BASE_URL="https://tracker.quangninh.gov.vn") == "Tracker <tracker@tracker.quangninh.gov.vn>"
    assert build(MAIL_USERNAME="nhacviec@quangninh.gov.vn") == "Tracker <nhacviec@quangninh.gov.vn>"
    assert build(MAIL_DEFAULT_SENDER="Văn phòng <vp@quangninh.gov.vn>") == "Văn phòng <vp@quangninh.gov.vn>"
    assert (
        build(TRACKER_MAIL_FROM="Tracker <tracker@so.gov.vn>", MAIL_USERNAME="nhacviec@quangninh.gov.vn")
        == "Tracker <tracker@so.gov.vn>"
    )


def test_an_address_or_local_host_gives_no_domain_to_send_as(build):
    assert build(TRACKER_BASE_URL="http://127.0.0.1:5000") == "Tracker <tracker@localhost>"
    assert build(TRACKER_BASE_URL="http://tracker:8000") == "Tracker <tracker@localhost>"


def test_sending_through_a_server_as_localhost_is_warned_about(build, caplog):
    with caplog.at_level(logging.WARNING, logger="tracker.mail"):
        build(MAIL_SERVER="smtp.quangninh.gov.vn")
    assert "set TRACKER_MAIL_FROM" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="tracker.mail"):
        build(MAIL_SERVER="smtp.quangninh.gov.vn", TRACKER_MAIL_FROM="Tracker <tracker@quangninh.gov.vn>")
    assert "TRACKER_MAIL_FROM" not in caplog.text
