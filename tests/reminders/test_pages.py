"""The settings page (everyone) and the reminder ledger page (administrators)."""

from datetime import date

import sqlalchemy as sa

from tests.reminders.conftest import at, run_sweep
from tracker.extensions import db
from tracker.reminders.models import Reminder, ReminderState
from tracker.users.models import Role


def test_settings_page_shows_the_current_choices(app, make, client, auth):
    user = make.user(role=Role.STAFF, locale="vi", timezone="Europe/Paris", reminder_lead_days=[5, 1])
    db.session.commit()
    auth.login(user)
    page = client.get("/settings")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert 'value="5, 1"' in html
    assert '<option selected value="Europe/Paris">' in html
    assert '<option selected value="vi">' in html


def test_settings_are_saved_and_used_by_the_sweep(app, make, client, auth):
    user = make.user(role=Role.STAFF)
    issuer = make.user(role=Role.LEADER)
    task = make.task(lead=user.department, issuer=issuer, assignee=user, due_on=date(2025, 6, 20))
    db.session.commit()
    auth.login(user)
    response = client.post(
        "/settings",
        data={"locale": "sv", "timezone": "Europe/Stockholm", "reminder_lead_days": "10; 2", "digest_enabled": ""},
    )
    assert response.status_code == 303
    db.session.expire_all()
    assert (user.locale, user.timezone, user.reminder_lead_days, user.digest_enabled) == (
        "sv",
        "Europe/Stockholm",
        [10, 2],
        False,
    )
    run_sweep(at(2025, 6, 10, 9, tz="Europe/Stockholm"), deliver=False)
    (row,) = db.session.scalars(sa.select(Reminder).where(Reminder.task_id == task.id)).all()
    assert (row.occurrence, row.is_digest) == ("d10", False)


def test_bad_settings_are_refused_with_the_input_kept(app, make, client, auth):
    user = make.user(role=Role.STAFF)
    db.session.commit()
    auth.login(user)
    response = client.post(
        "/settings", data={"locale": "en", "timezone": "Asia/Ho_Chi_Minh", "reminder_lead_days": "7, soon, -1"}
    )
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert 'value="7, soon, -1"' in html
    assert "Whole numbers of days between 0 and 60" in html
    db.session.expire_all()
    assert user.reminder_lead_days is None


def test_settings_need_a_sign_in(app, client):
    response = client.get("/settings")
    assert response.status_code in (302, 401)


def test_admins_see_the_ledger_filtered_and_the_health_line(app, make, client, auth):
    admin = make.user(role=Role.ADMIN)
    lead = make.department()
    issuer = make.user(role=Role.LEADER)
    first = make.user(role=Role.STAFF, department=lead, email="first@tracker.test")
    second = make.user(role=Role.STAFF, department=lead, email="second@tracker.test")
    task_a = make.task(lead=lead, issuer=issuer, assignee=first, due_on=date(2025, 6, 20), title="Alpha task")
    make.task(lead=lead, issuer=issuer, assignee=second, due_on=date(2025, 6, 20), title="Beta task")
    run_sweep(at(2025, 6, 19), deliver=False)
    db.session.execute(sa.update(Reminder).where(Reminder.recipient_id == second.id).values(state=ReminderState.FAILED))
    db.session.commit()
    auth.login(admin)
    page = client.get("/admin/reminders/").get_data(as_text=True)
    assert "The sweep last ran" in page and "Alpha task" in page and "Beta task" in page
    assert "Owed: 1" in page and "failed: 1" in page
    by_task = client.get(f"/admin/reminders/?task_id={task_a.id}").get_data(as_text=True)
    assert "Alpha task" in by_task and "Beta task" not in by_task
    by_user = client.get("/admin/reminders/?user=second@").get_data(as_text=True)
    assert "Beta task" in by_user and "Alpha task" not in by_user
    by_state = client.get("/admin/reminders/?state=failed").get_data(as_text=True)
    assert "Beta task" in by_state and "Alpha task" not in by_state


def test_the_ledger_is_refused_to_others_with_a_reason(app, make, client, auth):
    user = make.user(role=Role.LEADER)
    db.session.commit()
    auth.login(user)
    response = client.get("/admin/reminders/")
    assert response.status_code == 403
    assert "Only administrators see the reminder ledger." in response.get_data(as_text=True)
    assert "/admin/reminders" not in client.get("/settings").get_data(as_text=True)
