"""Report pages: per department, the periodic report, a meeting's follow-up, and their documents."""

from flask import abort, current_app, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.core.args import QueryArgs
from tracker.core.permissions import ALLOW, can_view_everything, can_view_meeting, can_view_reports, deny, require
from tracker.departments import queries as department_queries
from tracker.meetings import queries as meeting_queries
from tracker.reports import bp, documents
from tracker.reports.arithmetic import on_time_rate
from tracker.reports.periods import presets
from tracker.reports.queries import (
    asked_report,
    department_choices,
    meeting_choices,
    meeting_report,
    period_asked,
)
from tracker.reports.schemas import PeriodicReportQuery
from tracker.reports.trends import trend
from tracker.tasks.queries import department_report
from tracker.tasks.timing import today_local
from tracker.users.models import Role

DOCUMENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
BUILDERS = {"docx": documents.build_docx, "pdf": documents.build_pdf, "xlsx": documents.build_xlsx}
#: The parameters of the periodic report's form (the page's lists have pages of their own).
PERIOD_PARAMETERS = ("from", "to", "department_id", "meeting_id", "document")
#: The page lists this many overdue tasks, and as many completed late, a page at a time.
PAGE_LIST = 50


@bp.route("/")
@login_required
def departments():
    require(can_view_reports(current_user))
    read = QueryArgs()
    date_from, date_to = read.day("from"), read.day("to")
    read.note()
    today = today_local()
    rows = department_report(current_user, date_from, date_to, today=today)
    totals = {
        key: sum(getattr(row, key) for row in rows)
        for key in ("total", "done_on_time", "done_late", "open_on_track", "open_overdue")
    }
    totals["on_time_rate"] = on_time_rate(totals["done_on_time"], totals["done_late"], totals["open_overdue"])
    return render_template(
        "reports/departments.html",
        rows=rows,
        totals=totals,
        date_from=date_from,
        date_to=date_to,
        today=today,
    )


def period_arguments(args, today):
    """``(values, errors)`` from the query arguments of the periodic report (page and documents).

    Each parameter is read by the report's query schema (the API's reasons) and the period and
    filters checked by :func:`tracker.reports.queries.period_asked`, as the API does; the page
    answers 400 with the reasons beside the fields and keeps what was typed.
    """
    given, errors = PeriodicReportQuery.read({name: args.get(name) for name in PERIOD_PARAMETERS})
    values, more = period_asked(current_user, given, today, refused=errors)
    return values, {**errors, **more}


def _pages(read):
    """The page of each of the periodic report's lists (an unreadable page number is the first, noted)."""
    return {"overdue_page": read.page("overdue_page"), "late_page": read.page("late_page")}


def _link_args(values):
    args = {"from": values["from"].isoformat(), "to": values["to"].isoformat()}
    for name in ("department_id", "meeting_id", "document"):
        if values[name] is not None:
            args[name] = values[name]
    return args


def _list_url(endpoint, args, pages):
    """``list_url(kind, page)`` for the templates: this report with the list ``kind`` at ``page``."""

    def list_url(kind, page):
        return url_for(endpoint, **args, **{**pages, f"{kind}_page": page}) + f"#{kind}-tasks"

    return list_url


@bp.route("/periodic")
@login_required
def periodic():
    require(can_view_reports(current_user))
    today = today_local()
    values, errors = period_arguments(request.args, today)
    report = None
    read = QueryArgs()
    pages = _pages(read)
    read.note()
    if not errors:
        report = asked_report(
            current_user,
            values,
            today,
            limit=PAGE_LIST,
            overdue_offset=(pages["overdue_page"] - 1) * PAGE_LIST,
            late_offset=(pages["late_page"] - 1) * PAGE_LIST,
        )
    body = render_template(
        "reports/periodic.html",
        report=report,
        values=values,
        typed=request.args,
        errors=errors,
        presets=presets(today),
        departments=department_choices(),
        meetings=meeting_choices(current_user),
        link_args=_link_args(values) if not errors else {},
        list_url=_list_url("reports.periodic", _link_args(values) if not errors else {}, pages),
        page_size=PAGE_LIST,
        document_limit=documents.DOCUMENT_LIST_LIMIT,
        today=today,
    )
    return body, 400 if errors else 200


def _send(report, today, file_format):
    outline = documents.outline(report, today)
    return send_file(
        BUILDERS[file_format](outline),
        mimetype=DOCUMENT_TYPES[file_format],
        as_attachment=True,
        download_name=f"{outline.filename}.{file_format}",
    )


@bp.route("/periodic.<any(docx, pdf, xlsx):file_format>")
@login_required
def periodic_document(file_format):
    require(can_view_reports(current_user))
    today = today_local()
    values, errors = period_arguments(request.args, today)
    if errors:
        abort(400, "; ".join(f"{name}: {message}" for name, message in errors.items()))
    report = asked_report(current_user, values, today, limit=documents.DOCUMENT_LIST_LIMIT)
    return _send(report, today, file_format)


def _meeting(meeting_id):
    meeting = meeting_queries.get(meeting_id)
    if meeting is None:
        abort(404)
    require(can_view_meeting(current_user, meeting))
    return meeting


@bp.route("/meetings/<int:meeting_id>")
@login_required
def meeting(meeting_id):
    meeting = _meeting(meeting_id)
    today = today_local()
    read = QueryArgs()
    pages = _pages(read)
    read.note()
    report = meeting_report(
        current_user,
        meeting,
        today=today,
        limit=PAGE_LIST,
        overdue_offset=(pages["overdue_page"] - 1) * PAGE_LIST,
        late_offset=(pages["late_page"] - 1) * PAGE_LIST,
        # As many as the meeting's page lists; the task list has them all (and the documents).
        tasks_shown=current_app.config["TRACKER_MEETING_TASKS_SHOWN"],
    )
    return render_template(
        "reports/meeting.html",
        report=report,
        meeting=meeting,
        list_url=_list_url("reports.meeting", {"meeting_id": meeting.id}, pages),
        page_size=PAGE_LIST,
        document_limit=documents.DOCUMENT_LIST_LIMIT,
        today=today,
    )


@bp.route("/meetings/<int:meeting_id>.<any(docx, pdf, xlsx):file_format>")
@login_required
def meeting_document(meeting_id, file_format):
    meeting = _meeting(meeting_id)
    today = today_local()
    return _send(
        meeting_report(current_user, meeting, today=today, limit=documents.DOCUMENT_LIST_LIMIT), today, file_format
    )


@bp.app_template_global("meeting_follow_up")
def meeting_follow_up(meeting):
    """The four classes over a meeting's tasks (one statement), for the meeting's page."""
    from tracker.reports.queries import class_sums, count_totals, counted
    from tracker.tasks.models import Task

    return count_totals(class_sums(counted(None, None, meeting_id=meeting.id), today_local(), Task.lead_department_id))


@bp.route("/trends")
@login_required
def trends():
    """Month by month over the last twelve months: per lead department, or per person of one department.

    Everyone signed in sees the departments; a department's people are shown to its head and to
    those who see every task (leaders, observers, administrators).
    """
    require(can_view_reports(current_user))
    department_id = None
    read = QueryArgs()
    asked = read.id("department_id")
    read.note()
    if asked is not None:
        department = department_queries.get(asked)
        if department is None:
            abort(404)
        require(can_view_staff_trend(current_user, department))
        department_id = department.id
    today = today_local()
    found = trend(department_id, today=today)
    return render_template(
        "reports/trends.html",
        trend=found,
        chart=trend_chart(found.totals, found.months),
        today=today,
        may_see_staff=lambda department_id: bool(
            can_view_staff_trend(current_user, department_queries.get(department_id))
        ),
    )


def can_view_staff_trend(user, department):
    if can_view_everything(user):
        return ALLOW
    if user.role == Role.HEAD and user.department_id == department.id:
        return ALLOW
    return deny(_("Only the department's head sees its people's figures."))


def trend_chart(series, months, width=720, height=220):
    """Geometry of the trend chart (drawn as inline SVG by the template): overdue bars, rate line."""
    left, right, top, bottom = 40, 40, 10, 30
    inner_width, inner_height = width - left - right, height - top - bottom
    step = inner_width / max(1, len(months))
    peak = max([*series.overdue, 1])
    bars, points = [], []
    for index, (line, first_day) in enumerate(zip(series.lines, months, strict=True)):
        x = left + index * step
        bar_height = inner_height * line.open_overdue / peak
        bars.append(
            {
                "x": round(x + step * 0.2, 1),
                "y": round(top + inner_height - bar_height, 1),
                "width": round(step * 0.6, 1),
                "height": round(bar_height, 1),
                "value": line.open_overdue,
                "label_x": round(x + step / 2, 1),
                "month": first_day,
            }
        )
        if line.on_time_rate is not None:
            points.append((round(x + step / 2, 1), round(top + inner_height * (1 - line.on_time_rate), 1)))
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "line": " ".join(f"{x},{y}" for x, y in points),
        "points": points,
        "peak": peak,
        "top": top,
        "base": top + inner_height,
        "left": left,
        "right": width - right,
    }
