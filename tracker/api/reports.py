"""The department report: per lead department, done on time or late, open on track or overdue."""

from flask_babel import gettext as _

from tracker.api.auth import actor
from tracker.api.serialisers import (
    DATE,
    REF_SCHEMA,
    STRING,
    TASK_PROPERTIES,
    TASK_SCHEMA,
    TIMESTAMP,
    enum_value,
    iso,
    nullable,
    strict_object,
    task_json,
)
from tracker.api.spec import component, endpoint, query
from tracker.core.errors import NotFound, ValidationFailed
from tracker.core.permissions import can_view_meeting, can_view_reports, require
from tracker.extensions import db
from tracker.meetings.models import Meeting
from tracker.reports import queries as report_queries
from tracker.reports.schemas import DepartmentReportQuery, PeriodicReportQuery
from tracker.tasks import queries
from tracker.tasks.timing import today_local

INTEGER = {"type": "integer", "minimum": 0}
component(
    "DepartmentReport",
    strict_object(
        {
            "items": {
                "type": "array",
                "items": strict_object(
                    {
                        "department": REF_SCHEMA,
                        "total": INTEGER,
                        "done_on_time": INTEGER,
                        "done_late": INTEGER,
                        "open_on_track": INTEGER,
                        "open_overdue": INTEGER,
                        "on_time_rate": nullable(
                            {
                                "type": "number",
                                "minimum": 0,
                                "maximum": 1,
                                "description": "done on time / (done on time + done late + open overdue); "
                                "null when no task is judged yet",
                            }
                        ),
                    }
                ),
            }
        }
    ),
)


@endpoint(
    "/reports/departments",
    "GET",
    summary="Per-department report, worst on-time rate first",
    tag="reports",
    query=DepartmentReportQuery,
    responses={200: "DepartmentReport"},
)
def department_report():
    """Tasks count for their lead department; cancelled tasks are left out."""
    user = actor()
    require(can_view_reports(user))
    params = query()
    rows = queries.department_report(user, date_from=params.date_from, date_to=params.date_to)
    return {"items": [row.as_dict() for row in rows]}


# --- The periodic report and a meeting's follow-up ---------------------------------------------------

RATE = nullable(
    {
        "type": "number",
        "minimum": 0,
        "maximum": 1,
        "description": "done on time / (done on time + done late + open overdue); null when none is judged yet",
    }
)
COUNTS = {
    "total": INTEGER,
    "done_on_time": INTEGER,
    "done_late": INTEGER,
    "open_within_deadline": INTEGER,
    "open_overdue": INTEGER,
    "on_time_rate": RATE,
}
OVERDUE_TASK = strict_object(
    {
        **TASK_PROPERTIES,
        "days_overdue": INTEGER,
        "judged_due_on": DATE,
        "last_progress_report": nullable(
            strict_object({"created_at": TIMESTAMP, "progress": nullable(INTEGER), "comment": nullable(STRING)})
        ),
        "extension_requests": {
            "type": "array",
            "items": strict_object(
                {"created_at": TIMESTAMP, "requested_due_on": DATE, "previous_due_on": nullable(DATE), "status": STRING}
            ),
        },
    }
)
REPORT_PROPERTIES = {
    "from": nullable(DATE),
    "to": nullable(DATE),
    "as_of": DATE,
    "items": {"type": "array", "items": strict_object({"department": REF_SCHEMA, **COUNTS})},
    "totals": strict_object(COUNTS),
    "overdue": {"type": "array", "items": OVERDUE_TASK},
    "overdue_total": INTEGER,
    "document": nullable(
        strict_object(
            {
                "name": STRING,
                "directives": {**INTEGER, "description": "How many directives refer to the document."},
            }
        )
    ),
}
component(
    "PeriodicReport",
    strict_object(
        {
            **REPORT_PROPERTIES,
            "page": {**INTEGER, "description": "The page of the overdue list (page and per_page)."},
            "per_page": INTEGER,
        }
    ),
)
component(
    "MeetingReport",
    strict_object(
        {
            **REPORT_PROPERTIES,
            "meeting": REF_SCHEMA,
            "directives": {
                "type": "array",
                "items": strict_object(
                    {
                        "directive": nullable(strict_object({"id": INTEGER, "position": INTEGER, "text": STRING})),
                        "tasks": {"type": "array", "items": TASK_SCHEMA},
                    }
                ),
            },
        }
    ),
)


def overdue_json(item, today):
    progress = item.last_progress
    return {
        **task_json(item.task, today),
        "days_overdue": item.days,
        "judged_due_on": iso(item.deadline),
        "last_progress_report": None
        if progress is None
        else {"created_at": iso(progress.created_at), "progress": progress.progress, "comment": progress.comment},
        "extension_requests": [
            {
                "created_at": iso(extension.created_at),
                "requested_due_on": iso(extension.requested_due_on),
                "previous_due_on": iso(extension.previous_due_on),
                "status": enum_value(extension.status),
            }
            for extension in item.extensions
        ],
    }


def report_json(report, today):
    return {
        "from": iso(report.date_from),
        "to": iso(report.date_to),
        "as_of": iso(report.as_of),
        "items": [line.as_dict() for line in report.lines],
        "totals": report.totals.as_dict(),
        "overdue": [overdue_json(item, today) for item in report.overdue],
        "overdue_total": report.overdue_total,
        "document": None
        if report.document is None
        else {"name": report.document, "directives": report.document_directives},
    }


@endpoint(
    "/reports/periodic",
    "GET",
    summary="The periodic report: the four classes per lead department, and the overdue tasks",
    tag="reports",
    query=PeriodicReportQuery,
    responses={200: "PeriodicReport"},
)
def periodic_report():
    """Which tasks a period counts and how they are classed: see the README (*Reports*).

    ``overdue`` lists the overdue tasks the user may see, the longest overdue first, a page at a time
    (``page``, ``per_page``: 25 by default, at most 100); ``overdue_total`` counts them all.
    """
    user = actor()
    require(can_view_reports(user))
    params = query()
    today = today_local()
    values, errors = report_queries.period_asked(user, params.given(), today)
    if errors:
        raise ValidationFailed(_("Some parameters are wrong."), fields=errors)
    page, per_page = params.paging()
    report = report_queries.asked_report(
        user,
        values,
        today,
        limit=per_page,
        overdue_offset=(page - 1) * per_page,
        late_offset=0,
        whole_tasks=True,
    )
    return {**report_json(report, today), "page": page, "per_page": per_page}


@endpoint(
    "/meetings/<int:meeting_id>/report",
    "GET",
    summary="A meeting's follow-up: the four classes over its tasks, per directive its tasks",
    tag="reports",
    responses={200: "MeetingReport"},
)
def meeting_report(meeting_id):
    """Every task of the meeting that has a deadline is counted, as of today."""
    user = actor()
    meeting = db.session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(_("No meeting has the id %(id)s.", id=meeting_id))
    require(can_view_meeting(user, meeting))
    today = today_local()
    report = report_queries.meeting_report(user, meeting, today=today, whole_tasks=True)
    payload = report_json(report, today)
    payload["meeting"] = {"id": meeting.id, "name": meeting.title}
    payload["directives"] = [
        {
            "directive": None
            if directive is None
            else {"id": directive.id, "position": directive.position, "text": directive.text},
            "tasks": [task_json(task, today) for task in tasks],
        }
        for directive, tasks in report.directives
    ]
    return payload
