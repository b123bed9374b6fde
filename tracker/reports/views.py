"""The department report: per lead department, what is done on time, late, open and overdue."""

from datetime import date

from flask import render_template, request
from flask_login import current_user, login_required

from tracker.core.permissions import can_view_reports, require
from tracker.reports import bp
from tracker.tasks.queries import department_report
from tracker.tasks.timing import today_local


def _day(name):
    value = (request.args.get(name) or "").strip()
    try:
        return date.fromisoformat(value) if value else None, None
    except ValueError:
        return None, value


@bp.route("/")
@login_required
def departments():
    require(can_view_reports(current_user))
    date_from, bad_from = _day("from")
    date_to, bad_to = _day("to")
    today = today_local()
    rows = department_report(current_user, date_from, date_to, today=today)
    totals = {
        key: sum(getattr(row, key) for row in rows)
        for key in ("total", "done_on_time", "done_late", "open_on_track", "open_overdue")
    }
    judged = totals["done_on_time"] + totals["done_late"] + totals["open_overdue"]
    totals["on_time_rate"] = round(totals["done_on_time"] / judged, 4) if judged else None
    return render_template(
        "reports/departments.html",
        rows=rows,
        totals=totals,
        date_from=date_from,
        date_to=date_to,
        ignored=[value for value in (bad_from, bad_to) if value],
        today=today,
    )
