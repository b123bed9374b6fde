"""The reports' query strings, declared once (the API reads and documents them)."""

from pydantic import Field

from tracker.core.schemas import Day, Paging, Query, QueryInt, Verbatim
from tracker.reports.queries import DOCUMENT_MAX_LENGTH


class DepartmentReportQuery(Query):
    date_from: Day = Field(None, alias="from", description="Keep tasks whose deadline is on or after this day.")
    date_to: Day = Field(None, alias="to", description="Keep tasks whose deadline is on or before this day.")


class PeriodicReportQuery(Paging):
    date_from: Day = Field(None, alias="from", description="First day of the period (default: 1 January of this year).")
    date_to: Day = Field(None, alias="to", description="Last day of the period (default: 31 December of this year).")
    department_id: QueryInt(1) = Field(None, description="Only the tasks this department leads.")
    meeting_id: QueryInt(1) = Field(None, description="Only the tasks of this meeting.")
    document: Verbatim(DOCUMENT_MAX_LENGTH) = Field(
        None,
        description="Only the tasks made from directives that refer to this source document, named by its "
        "number and code (28/KH-UBND, 57-NQ/TW; a reference as written, such as 'Plan No. 28/KH-UBND dated "
        "24 January 2025', names it too).",
        examples=["28/KH-UBND"],
    )
