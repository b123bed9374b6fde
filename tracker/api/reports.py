"""The department report: per lead department, done on time or late, open on track or overdue."""

from tracker.api.auth import actor
from tracker.api.inputs import Field, load_query
from tracker.api.serialisers import REF_SCHEMA, nullable, strict_object
from tracker.api.spec import component, endpoint
from tracker.core.permissions import can_view_reports, require
from tracker.tasks import queries

REPORT_QUERY = {
    "from": Field("date", description="Keep tasks whose deadline is on or after this day."),
    "to": Field("date", description="Keep tasks whose deadline is on or before this day."),
}
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
    query=REPORT_QUERY,
    responses={200: "DepartmentReport"},
)
def department_report():
    """Tasks count for their lead department; cancelled tasks are left out."""
    user = actor()
    require(can_view_reports(user))
    values = load_query(REPORT_QUERY)
    rows = queries.department_report(user, date_from=values.get("from"), date_to=values.get("to"))
    return {"items": [row.as_dict() for row in rows]}
