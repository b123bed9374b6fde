"""Trends: the on-time rate and open overdue count month by month, per department and per person."""

from datetime import date

from tracker.extensions import db
from tracker.reports.trends import last_months, trend


def by_name(found):
    return {series.name: series for series in found.series}


def test_twelve_months_up_to_this_one():
    months = last_months(date(2025, 6, 10))
    assert months[0] == (date(2024, 7, 1), date(2024, 7, 31))
    assert months[-1] == (date(2025, 6, 1), date(2025, 6, 30))
    assert len(months) == 12


def test_each_month_is_a_period_judged_at_its_end(province, frozen):
    found = trend(today=date(2025, 6, 10))
    assert found.months[-1] == date(2025, 6, 1)
    agriculture = by_name(found)["Agriculture"]
    march, may, june = agriculture.lines[8], agriculture.lines[10], agriculture.lines[11]
    assert (march.done_on_time, march.open_overdue, march.on_time_rate) == (1, 2, 0.3333)
    assert (may.open_overdue, may.on_time_rate) == (1, 0.0)  # carried over from March
    assert (june.done_on_time, june.done_late, june.open_within_deadline, june.open_overdue) == (1, 1, 1, 2)
    assert by_name(found)["Transport"].overdue[10] == 1  # the deadline it missed was in May
    assert found.totals.overdue[11] == sum(series.overdue[11] for series in found.series)


def test_a_head_sees_the_trend_per_person(province, make, client, auth, frozen):
    head = make.user(role="head", department=province["alpha"], name="Trưởng phòng")
    staff = make.user(role="staff", department=province["alpha"], name="Nguyễn Văn An")
    from tracker.tasks.models import Task

    task = db.session.scalar(db.select(Task).where(Task.title == "Due yesterday"))
    task.assignee = staff
    db.session.commit()
    found = trend(province["alpha"].id, today=date(2025, 6, 10))
    people = {series.name: series for series in found.series}
    assert people["Nguyễn Văn An"].overdue[11] == 1
    assert [series.key for series in found.series][-1] is None  # unassigned last
    auth.login(head)
    page = client.get(f"/reports/trends?department_id={province['alpha'].id}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Nguyễn Văn An" in html and 'class="bar-overdue"' in html and "<polyline" in html
    assert client.get(f"/reports/trends?department_id={province['beta'].id}").status_code == 403
    auth.logout()
    auth.login(staff)
    assert client.get(f"/reports/trends?department_id={province['alpha'].id}").status_code == 403
    page = client.get("/reports/trends")
    assert page.status_code == 200 and "Agriculture" in page.get_data(as_text=True)
    assert client.get("/reports/trends?department_id=999999").status_code == 404
