"""Invitations and password resets by email, end to end through a real SMTP server on loopback:
the link is read from the received message, opened, and its form sets the password and signs in."""

import email
import email.policy
import hashlib
import re
import socket
import threading
import time

import pytest
import sqlalchemy as sa
import time_machine
from aiosmtpd.controller import Controller

from tests import factories
from tracker.auth.models import LinkPurpose, PasswordToken
from tracker.core.audit import AuditEvent
from tracker.extensions import db
from tracker.users.models import Role, User

NEW_PASSWORD = "violet tugboat lantern"
LINK = re.compile(r"http://tracker\.test(/password/link/[A-Za-z0-9_-]+)")


class Sink:
    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted for delivery"


class Smtp:
    def __init__(self):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.sink = Sink()
        self.controller = Controller(self.sink, hostname="127.0.0.1", port=self.port)

    def wait_for(self, count, timeout=20):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.sink.lock:
                if len(self.sink.messages) >= count:
                    return list(self.sink.messages)
            time.sleep(0.05)
        raise AssertionError(f"{len(self.sink.messages)} messages received, {count} expected")

    def count(self):
        with self.sink.lock:
            return len(self.sink.messages)


@pytest.fixture
def smtp(app):
    server = Smtp()
    server.controller.start()
    saved = {key: app.config.get(key) for key in ("MAIL_SERVER", "MAIL_PORT", "MAIL_TIMEOUT")}
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port, MAIL_TIMEOUT=5)
    yield server
    server.controller.stop()
    app.config.update(saved)


def link_of(message):
    """The path of the link in the text part of ``message``."""
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    path = LINK.search(text).group(1)
    assert path in html
    return path


def open_and_set(client, path, password=NEW_PASSWORD):
    """Open the emailed link, then send the form it shows; return the form's answer."""
    opened = client.get(path)
    assert opened.status_code == 303, opened.status_code
    form = client.get(opened.headers["Location"])
    assert form.status_code == 200
    assert 'name="password"' in form.get_data(as_text=True)
    return client.post(opened.headers["Location"], data={"password": password})


def test_an_invitation_from_the_admin_page_lets_the_new_user_in(app, make, smtp):
    admin = make.user(role=Role.ADMIN)
    department = make.department()
    db.session.commit()
    admin_browser = app.test_client()
    admin_browser.post("/login", data={"email": admin.email, "password": factories.TEST_PASSWORD})
    response = admin_browser.post(
        "/admin/users/new",
        data={"name": "Lê Văn Bình", "email": "binh@tracker.test", "department_id": department.id, "role": "staff"},
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    assert "invitation" in admin_browser.get("/admin/users/").get_data(as_text=True)
    [(recipients, message)] = smtp.wait_for(1)
    assert recipients == ["binh@tracker.test"]
    assert "choose a password" in message["Subject"]
    path = link_of(message)
    user = db.session.scalar(sa.select(User).where(User.email == "binh@tracker.test"))
    assert user.password_hash is None

    newcomer = app.test_client()
    weak = open_and_set(newcomer, path, "binh123456")
    assert weak.status_code == 422
    assert "your name or your email" in weak.get_data(as_text=True)
    done = newcomer.post("/password/set", data={"password": NEW_PASSWORD})
    assert done.status_code == 303
    assert newcomer.get("/settings").status_code == 200, "signed in"
    db.session.refresh(user)
    assert user.check_password(NEW_PASSWORD)

    # The link works once.
    again = app.test_client()
    assert again.get(path).status_code == 410
    assert again.post(path, data={"password": "another fine sentence"}).status_code == 410
    db.session.refresh(user)
    assert user.check_password(NEW_PASSWORD)
    assert app.test_client().post("/login", data={"email": user.email, "password": NEW_PASSWORD}).status_code == 302


def test_an_invitation_from_the_api(app, make, smtp):
    from tracker.users.operations import issue_api_token

    admin = make.user(role=Role.ADMIN)
    department = make.department()
    token = issue_api_token(admin)
    db.session.commit()
    response = app.test_client().post(
        "/api/v1/users",
        json={
            "email": "api.invite@tracker.test",
            "name": "Api Invite",
            "department_id": department.id,
            "role": "staff",
        },
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201, response.get_json()
    [(recipients, message)] = smtp.wait_for(1)
    assert recipients == ["api.invite@tracker.test"]
    client = app.test_client()
    assert open_and_set(client, link_of(message)).status_code == 303
    assert client.get("/settings").status_code == 200


def test_an_invitation_from_the_command_line(app, runner, make, smtp):
    make.department(code="SNV")
    db.session.commit()
    args = ["users", "create", "--email", "cli@tracker.test", "--name", "Cli User", "--department", "SNV"]
    result = runner.invoke(args=[*args, "--role", "observer", "--invite"])
    assert result.exit_code == 0, result.output
    assert "invitation" in result.output
    [(recipients, message)] = smtp.wait_for(1)
    assert recipients == ["cli@tracker.test"]
    client = app.test_client()
    assert open_and_set(client, link_of(message)).status_code == 303
    assert client.get("/settings").status_code == 200


def test_a_user_created_with_a_password_gets_no_invitation(app, make, smtp):
    from tracker.users.operations import create_user

    department = make.department()
    create_user(
        None,
        email="has.password@tracker.test",
        name="Has One",
        department_id=department.id,
        role="staff",
        password=NEW_PASSWORD,
    )
    db.session.commit()
    time.sleep(0.3)
    assert smtp.count() == 0
    assert db.session.scalar(sa.select(sa.func.count()).select_from(PasswordToken)) == 0


def test_the_reset_flow_end_to_end(app, make, smtp):
    user = make.user(name="Phạm Thu Hà", email="ha.pham@tracker.test")
    db.session.commit()
    elsewhere = app.test_client()
    elsewhere.post("/login", data={"email": user.email, "password": factories.TEST_PASSWORD, "remember": "y"})
    assert elsewhere.get("/settings").status_code == 200

    browser = app.test_client()
    login_page = browser.get("/login").get_data(as_text=True)
    assert 'href="/password/forgot"' in login_page
    assert "Forgot password?" in login_page
    assert 'name="email"' in browser.get("/password/forgot").get_data(as_text=True)
    response = browser.post("/password/forgot", data={"email": "HA.PHAM@tracker.test "})
    assert response.status_code == 303
    [(recipients, message)] = smtp.wait_for(1)
    assert recipients == ["ha.pham@tracker.test"]
    assert message["Subject"] == "Reset your Tracker password"
    path = link_of(message)

    assert open_and_set(browser, path).status_code == 303
    assert browser.get("/settings").status_code == 200, "the link's form signs the user in"
    assert elsewhere.get("/settings").status_code == 302, "a reset password ends the other sessions"
    db.session.refresh(user)
    assert user.check_password(NEW_PASSWORD) and not user.check_password(factories.TEST_PASSWORD)
    assert app.test_client().get(path).status_code == 410, "used once"
    actions = db.session.scalars(sa.select(AuditEvent.action).where(AuditEvent.object_id == user.id)).all()
    assert "user.password_reset" in actions


def test_an_expired_link_is_refused(app, make, smtp):
    user = make.user()
    db.session.commit()
    with time_machine.travel("2026-03-02 08:00:00+00:00", tick=False) as clock:
        app.test_client().post("/password/forgot", data={"email": user.email})
        [(_rcpt, message)] = smtp.wait_for(1)
        path = link_of(message)
        clock.shift(23 * 3600)
        assert app.test_client().get(path).status_code == 303, "still valid within 24 hours"
        clock.shift(2 * 3600)
        browser = app.test_client()
        refused = browser.get(path)
        assert refused.status_code == 410
        assert "This link no longer works" in refused.get_data(as_text=True)
        assert browser.post(path, data={"password": NEW_PASSWORD}).status_code == 410
    db.session.refresh(user)
    assert user.check_password(factories.TEST_PASSWORD)


def test_an_opened_link_that_expires_before_the_form_is_sent_is_refused(app, make, smtp):
    user = make.user()
    db.session.commit()
    with time_machine.travel("2026-03-02 08:00:00+00:00", tick=False) as clock:
        app.test_client().post("/password/forgot", data={"email": user.email})
        path = link_of(smtp.wait_for(1)[0][1])
        browser = app.test_client()
        assert browser.get(path).status_code == 303
        clock.shift(25 * 3600)
        assert browser.post("/password/set", data={"password": NEW_PASSWORD}).status_code == 410
    db.session.refresh(user)
    assert user.check_password(factories.TEST_PASSWORD)


def test_the_link_lifetime_is_a_setting(app, make, smtp):
    user = make.user()
    db.session.commit()
    app.config["TRACKER_PASSWORD_LINK_HOURS"] = 2
    try:
        with time_machine.travel("2026-03-02 08:00:00+00:00", tick=False) as clock:
            app.test_client().post("/password/forgot", data={"email": user.email})
            [(_rcpt, message)] = smtp.wait_for(1)
            assert "within 2 hours" in message.get_body(preferencelist=("plain",)).get_content()
            clock.shift(2 * 3600 + 1)
            assert app.test_client().get(link_of(message)).status_code == 410
    finally:
        app.config["TRACKER_PASSWORD_LINK_HOURS"] = 24


def test_forgot_password_answers_the_same_for_a_known_and_an_unknown_address(app, make, smtp):
    user = make.user()
    db.session.commit()
    answers = []
    for address in (user.email, "nobody.here@tracker.test"):
        browser = app.test_client()
        response = browser.post("/password/forgot", data={"email": address})
        page = browser.get(response.headers["Location"]).get_data(as_text=True)
        flash = re.search(r'<div class="flash[^"]*"[^>]*>(.*?)</div>', page, re.S).group(1)
        answers.append((response.status_code, response.headers["Location"], flash.replace(address, "ADDRESS")))
    assert answers[0] == answers[1]
    assert "ADDRESS" in answers[0][2]
    smtp.wait_for(1)
    time.sleep(0.3)
    assert smtp.count() == 1, "only the known address gets an email"


def test_links_are_stored_hashed_with_purpose_user_and_expiry(app, make, smtp):
    user = make.user()
    db.session.commit()
    with time_machine.travel("2026-03-02 08:00:00+00:00", tick=False):
        app.test_client().post("/password/forgot", data={"email": user.email})
        token = link_of(smtp.wait_for(1)[0][1]).rsplit("/", 1)[1]
    row = db.session.scalar(sa.select(PasswordToken))
    assert token not in row.token_hash
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert row.purpose == LinkPurpose.RESET and row.user_id == user.id and row.used_at is None
    assert (row.expires_at - row.created_at).total_seconds() == 24 * 3600


def test_a_password_set_another_way_voids_the_links(app, make, smtp):
    user = make.user()
    db.session.commit()
    app.test_client().post("/password/forgot", data={"email": user.email})
    path = link_of(smtp.wait_for(1)[0][1])
    browser = app.test_client()
    browser.post("/login", data={"email": user.email, "password": factories.TEST_PASSWORD})
    changed = browser.post(
        "/settings/password", data={"current_password": factories.TEST_PASSWORD, "password": NEW_PASSWORD}
    )
    assert changed.status_code == 303
    assert app.test_client().get(path).status_code == 410


def test_a_deactivated_user_cannot_use_a_link_nor_get_one(app, make, smtp):
    user = make.user()
    db.session.commit()
    app.test_client().post("/password/forgot", data={"email": user.email})
    path = link_of(smtp.wait_for(1)[0][1])
    user.is_active = False
    db.session.commit()
    assert app.test_client().get(path).status_code == 410
    app.test_client().post("/password/forgot", data={"email": user.email})
    time.sleep(0.3)
    assert smtp.count() == 1


def test_reset_emails_to_one_user_are_capped(app, make, smtp):
    user = make.user()
    db.session.commit()
    for n in range(5):
        app.test_client().post(
            "/password/forgot", data={"email": user.email}, environ_base={"REMOTE_ADDR": f"10.1.0.{n}"}
        )
    smtp.wait_for(3)
    time.sleep(0.3)
    assert smtp.count() == 3


def test_the_emails_are_in_the_users_language(app, make, smtp):
    user = make.user(locale="fr")
    db.session.commit()
    app.test_client().post("/password/forgot", data={"email": user.email})
    [(_rcpt, message)] = smtp.wait_for(1)
    assert message["Subject"] == "Réinitialiser votre mot de passe Tracker"
    assert "Bonjour" in message.get_body(preferencelist=("plain",)).get_content()


def test_the_new_user_form_has_no_default_role(app, client, auth, make):
    admin = make.user(role=Role.ADMIN)
    department = make.department()
    db.session.commit()
    auth.login(admin)
    page = client.get("/admin/users/new").get_data(as_text=True)
    select = re.search(r'<select[^>]*name="role".*?</select>', page, re.S).group(0)
    assert "selected" not in select
    assert re.search(r'<option[^>]*value=""', select)
    response = client.post(
        "/admin/users/new",
        data={"name": "No Role", "email": "norole@tracker.test", "department_id": department.id, "role": ""},
    )
    assert response.status_code == 422
    assert "Choose a role." in response.get_data(as_text=True)
    assert 'value="norole@tracker.test"' in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(User).where(User.email == "norole@tracker.test")) is None


def test_the_emails_escape_the_name(app, make, smtp):
    user = make.user(name='<script>alert("x")</script>')
    db.session.commit()
    app.test_client().post("/password/forgot", data={"email": user.email})
    [(_rcpt, message)] = smtp.wait_for(1)
    html = message.get_body(preferencelist=("html",)).get_content()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_an_administrator_emails_a_new_invitation_or_a_reset_link(app, client, auth, make, smtp):
    admin = make.user(role=Role.ADMIN)
    invited = make.user(name="Vũ Minh Khoa", password_hash=None)
    settled = make.user()
    db.session.commit()
    auth.login(admin)
    listing = client.get("/admin/users/").get_data(as_text=True)
    assert listing.count(">invited</span>") == 1
    assert "Email a new invitation" in client.get(f"/admin/users/{invited.id}").get_data(as_text=True)

    assert client.post(f"/admin/users/{invited.id}/password-link").status_code == 303
    [(recipients, message)] = smtp.wait_for(1)
    assert recipients == [invited.email] and "choose a password" in message["Subject"]
    assert client.post(f"/admin/users/{settled.id}/password-link").status_code == 303
    recipients, message = smtp.wait_for(2)[1]
    assert recipients == [settled.email] and message["Subject"] == "Reset your Tracker password"
    assert db.session.scalar(sa.select(User.password_hash).where(User.id == settled.id)) is not None

    newcomer = app.test_client()
    assert open_and_set(newcomer, link_of(smtp.wait_for(1)[0][1])).status_code == 303
    assert newcomer.get("/settings").status_code == 200


def test_only_administrators_email_password_links_and_not_to_deactivated_users(app, client, auth, make, smtp):
    head = make.user(role=Role.HEAD)
    target = make.user(department=head.department)
    admin = make.user(role=Role.ADMIN)
    gone = make.user(is_active=False)
    db.session.commit()
    auth.login(head)
    assert client.post(f"/admin/users/{target.id}/password-link").status_code == 403
    auth.logout()
    auth.login(admin)
    response = client.post(f"/admin/users/{gone.id}/password-link")
    assert response.status_code == 303
    assert "reactivate them first" in client.get(response.headers["Location"]).get_data(as_text=True)
    assert client.post("/admin/users/999999/password-link").status_code == 404
    time.sleep(0.3)
    assert smtp.count() == 0


def test_the_api_and_the_command_line_refuse_a_weak_password_with_the_reason(app, runner, make, smtp):
    from tracker.users.operations import issue_api_token

    admin = make.user(role=Role.ADMIN)
    department = make.department(code="STP")
    token = issue_api_token(admin)
    db.session.commit()
    body = {"email": "weak@tracker.test", "name": "Weak One", "department_id": department.id, "role": "staff"}
    response = app.test_client().post(
        "/api/v1/users", json={**body, "password": "iloveyou123"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 422
    assert "common passwords" in response.get_json()["fields"]["password"]
    args = ["users", "create", "--email", "weak@tracker.test", "--name", "Weak One", "--department", "STP"]
    result = runner.invoke(args=[*args, "--role", "staff", "--password", "weakone2024"])
    assert result.exit_code == 1
    assert "your name or your email" in result.output
    assert db.session.scalar(sa.select(User).where(User.email == "weak@tracker.test")) is None
    assert smtp.count() == 0
