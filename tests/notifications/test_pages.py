"""The bell, the inbox, reading, following from the task page, the per-kind choice on Settings."""

import sqlalchemy as sa

from tests.notifications.conftest import told
from tracker.extensions import db
from tracker.notifications import operations as notifications
from tracker.notifications.models import Notification, NotificationKind, TaskFollower
from tracker.tasks import operations


def bell(html):
    start = html.index('id="bell"')
    end = html.index("</a>", start)
    return html[start:end]


def test_the_bell_counts_unread_and_the_inbox_lists_newest_first_with_who_did_what(app, world, client, auth):
    w = world
    first = operations.create_task(w["leader"], title="First <b>task</b>", lead_department_id=w["lead"].id)
    second = operations.create_task(w["leader"], title="Second task", lead_department_id=w["lead"].id)
    db.session.commit()
    auth.login(w["head"])
    page = client.get("/").get_data(as_text=True)
    assert 'id="bell-count">2<' in bell(page)
    inbox = client.get("/notifications/").get_data(as_text=True)
    assert inbox.index("Second task") < inbox.index("First &lt;b&gt;task&lt;/b&gt;")  # newest first, escaped
    assert "Leader gave your department this task; nobody is assigned yet." in inbox
    assert f'href="/tasks/{first.id}"' in inbox and f'href="/tasks/{second.id}"' in inbox
    assert inbox.count('class="badge unread-mark"') == 2


def test_mark_one_then_all_read_and_filter_unread(app, world, client, auth):
    w = world
    for n in range(3):
        operations.create_task(w["leader"], title=f"Task {n}", lead_department_id=w["lead"].id)
    db.session.commit()
    ids = db.session.scalars(sa.select(Notification.id).order_by(Notification.id)).all()
    auth.login(w["head"])
    response = client.post("/notifications/read", data={"id": str(ids[0])})
    assert response.status_code == 303
    unread = client.get("/notifications/?unread=1").get_data(as_text=True)
    assert "Task 0" not in unread and "Task 1" in unread and "Task 2" in unread
    client.post("/notifications/read", data={"all": "1"})
    assert 'id="bell-count"' not in bell(client.get("/").get_data(as_text=True))
    assert "No unread notifications." in client.get("/notifications/?unread=1").get_data(as_text=True)


def test_one_cannot_mark_someone_elses_notifications(app, world, client, auth):
    w = world
    operations.create_task(w["leader"], title="Theirs", lead_department_id=w["lead"].id)
    db.session.commit()
    (notification_id,) = db.session.scalars(sa.select(Notification.id)).all()
    auth.login(w["staff"])
    client.post("/notifications/read", data={"id": str(notification_id)})
    client.post("/notifications/read", data={"all": "1"})
    assert db.session.scalar(sa.select(Notification.read_at)) is None


def test_opening_the_task_marks_its_notifications_read(app, world, client, auth):
    w = world
    task = operations.create_task(w["leader"], title="Open me", lead_department_id=w["lead"].id)
    other = operations.create_task(w["leader"], title="Not me", lead_department_id=w["lead"].id)
    db.session.commit()
    auth.login(w["head"])
    assert client.get(f"/tasks/{task.id}").status_code == 200
    rows = dict(db.session.execute(sa.select(Notification.task_id, Notification.read_at)).all())
    assert rows[task.id] is not None and rows[other.id] is None


def test_the_inbox_needs_a_sign_in(app, client):
    response = client.get("/notifications/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_follow_and_unfollow_from_the_task_page_by_whoever_may_see_it(app, world, client, auth):
    w = world
    task = operations.create_task(w["leader"], title="Follow me", lead_department_id=w["lead"].id)
    db.session.commit()
    auth.login(w["observer"])
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert 'id="follow-button" aria-pressed="false">Follow<' in page
    client.post(f"/notifications/follow/{task.id}", data={"follow": "1"})
    assert notifications.is_following(w["observer"], task)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert 'aria-pressed="true">Unfollow<' in page
    client.post(f"/notifications/follow/{task.id}", data={"follow": "0"})
    assert not notifications.is_following(w["observer"], task)
    # Someone of an unrelated department may not see the task, so may not follow it.
    auth.logout()
    auth.login(w["finance_head"])
    assert client.post(f"/notifications/follow/{task.id}", data={"follow": "1"}).status_code == 403
    assert (
        db.session.scalar(
            sa.select(sa.func.count()).select_from(TaskFollower).where(TaskFollower.user_id == w["finance_head"].id)
        )
        == 0
    )


def test_a_returned_task_shows_the_reason_at_the_top_until_submitted_again(app, world, client, auth):
    w = world
    task = operations.create_task(
        w["leader"], title="Report", lead_department_id=w["lead"].id, assignee_id=w["staff"].id
    )
    operations.transition_task(w["staff"], task, "start")
    operations.transition_task(w["staff"], task, "submit")
    operations.transition_task(w["leader"], task, "return", comment="Attach the <signed> minutes")
    db.session.commit()
    auth.login(w["staff"])
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert 'id="returned-reason"' in page
    assert page.index('id="returned-reason"') < page.index('id="timeline"')
    assert "Attach the &lt;signed&gt; minutes" in page
    operations.transition_task(w["staff"], task, "submit")
    db.session.commit()
    assert 'id="returned-reason"' not in client.get(f"/tasks/{task.id}").get_data(as_text=True)


def test_settings_choose_per_kind_email_or_tracker_only(app, world, client, auth):
    w = world
    auth.login(w["staff"])
    page = client.get("/settings").get_data(as_text=True)
    assert 'id="notification-preferences"' in page
    assert 'value="followed_update" checked' in page
    kept = [kind.value for kind in NotificationKind if kind != NotificationKind.FOLLOWED_UPDATE]
    response = client.post("/notifications/preferences", data={"email_kind": kept})
    assert response.status_code == 303
    choices = notifications.email_preferences(w["staff"])
    assert choices[NotificationKind.FOLLOWED_UPDATE] is False and choices[NotificationKind.ASSIGNED] is True
    assert 'value="followed_update" >' in client.get("/settings").get_data(as_text=True)
    # An unknown kind is refused and nothing changes.
    client.post("/notifications/preferences", data={"email_kind": ["nonsense"]})
    assert notifications.email_preferences(w["staff"])[NotificationKind.FOLLOWED_UPDATE] is False


def test_a_task_for_a_department_with_nobody_to_take_it_warns_the_issuer_and_the_health_page(
    app, make, world, client, auth
):
    w = world
    empty = make.department(name="Empty Bureau")
    admin = make.user(role="admin", department=w["office"])
    db.session.commit()
    auth.login(w["leader"])
    response = client.post(
        "/tasks/new", data={"title": "Nobody home", "lead_department_id": str(empty.id)}, follow_redirects=True
    )
    page = response.get_data(as_text=True)
    assert "Task created." in page
    assert "Nobody active in Empty Bureau can take this task" in page
    assert told() == []
    auth.logout()
    auth.login(admin)
    health = client.get("/admin/reminders/").get_data(as_text=True)
    start = health.index('id="departments-without-takers"')
    assert "Empty Bureau" in health[start : health.index("</div>", start)]
    assert "Agriculture" not in health[start : health.index("</div>", start)]


def test_the_task_page_shows_every_email_sent_about_it_delivered_or_failing(app, world, client, auth, smtp):
    from tracker.reminders.operations.delivery import deliver_to

    w = world
    task = operations.create_task(
        w["leader"], title="Chased", lead_department_id=w["lead"].id, assignee_id=w["staff"].id
    )
    db.session.commit()
    deliver_to(w["staff"].id)  # delivered
    smtp.stop()
    deliver_to(w["head"].id)  # the server is down: failing, to be retried
    auth.login(w["leader"])
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    start = page.index('id="task-emails"')
    record = page[start : page.index("</table>", start)]
    rows = record.split("<tr data-kind")[1:]
    assert len(rows) == 2
    (staff_row,) = [row for row in rows if "Staff One" in row]
    assert "New task" in staff_row and "delivered" in staff_row
    (head_row,) = [row for row in rows if "Lead Head" in row]
    assert "failing: retrying (attempt 1)" in head_row


def test_ids_and_pages_out_of_range_are_ignored_not_errors(app, world, client, auth):
    auth.login(world["staff"])
    assert client.post("/notifications/read", data={"id": ["99999999999", "x", "-1"]}).status_code == 303
    assert client.get("/notifications/?page=99999999999999").status_code == 200
    assert client.post("/notifications/follow/99999999999", data={"follow": "1"}).status_code == 404


def test_the_record_of_emails_names_each_outcome(app, world, client, auth, smtp, inline_delivery):
    w = world
    task = operations.create_task(
        w["leader"], title="Outcomes", lead_department_id=w["lead"].id, assignee_id=w["staff"].id
    )
    operations.transition_task(w["staff"], task, "start")
    operations.transition_task(w["staff"], task, "submit")
    operations.transition_task(w["leader"], task, "return", comment="Redo the count")
    db.session.commit()
    auth.login(w["leader"])
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    record = page[page.index('id="task-emails"') :]
    assert "Outcome: work returned" in record and "Waiting for approval" in record
