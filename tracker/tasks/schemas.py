"""The task workflow's inputs, declared once: the operations validate with them, the API reads its
bodies and query strings with them (and documents them), the forms take their limits from them."""

from typing import Annotated, Literal

from flask_babel import gettext as _
from pydantic import AfterValidator, ConfigDict, Field, create_model

from tracker.core.schemas import (
    Day,
    File,
    Form,
    Id,
    Ids,
    Input,
    Int,
    Integer,
    Number,
    Paging,
    QueryBool,
    QueryInt,
    RequiredText,
    Text,
)
from tracker.tasks.models import Priority, Recurrence, TaskStatus, Timing

TITLE_MAX = 500
DESCRIPTION_MAX = 20_000
DEADLINE_TEXT_MAX = 300
UNIT_MAX = 100
#: The longest comment, reason or decision a person may write on a task.
COMMENT_MAX = 10_000
ACTIONS = ("start", "submit", "approve", "return", "cancel")

RecurrenceValue = Literal[tuple(recurrence.value for recurrence in Recurrence)]
PriorityValue = Literal[tuple(priority.value for priority in Priority)]
Comment = Text(COMMENT_MAX, multiline=True)


class TaskChanges(Input):
    """The fields of a task its issuing side may change."""

    title: RequiredText(TITLE_MAX) = None
    description: Text(DESCRIPTION_MAX, multiline=True) | None = None
    lead_department_id: Id = None
    coordinating_department_ids: Ids() = []
    assignee_id: Id | None = Field(None, description="A head or staff member of the lead department.")
    due_on: Day | None = Field(None, examples=["2025-09-30"])
    deadline_text: Text(DEADLINE_TEXT_MAX, examples=["by the end of Q3 2025"]) | None = None
    recurrence: RecurrenceValue = "none"
    priority: PriorityValue = "normal"
    target_value: Number | None = Field(None, examples=[5000])
    target_unit: Text(UNIT_MAX, examples=["hectares"]) | None = None


class TaskOrigin(Input):
    """Where a new task comes from, and in whose name it is issued."""

    meeting_id: Id | None = None
    directive_id: Id | None = Field(None, description="The meeting is taken from the directive.")
    issuing_department_id: Id | None = Field(
        None, description="Issue in this department's name (leaders); your own by default."
    )


class TaskInput(TaskChanges, TaskOrigin):
    """A new task."""

    title: RequiredText(TITLE_MAX)
    lead_department_id: Id


class TaskPatch(TaskChanges):
    """An edit (or, with ``assignee_id`` alone, an assignment) based on ``version``."""

    version: Integer = Field(description="The version the edit is based on (409 if stale).")


class Assignment(Input):
    assignee_id: Id | None = None


class Transition(Input):
    action: Literal[ACTIONS]
    comment: Comment | None = Field(None, description="Required to return.")
    version: Integer | None = Field(None, description="When given, refused with 409 if stale.")


class Progress(Input):
    progress: Int(0, 100) | None = None
    current_value: Number | None = None
    comment: Comment | None = None
    version: Integer | None = Field(None, description="When given, refused with 409 if stale.")


class ExtensionInput(Input):
    due_on: Day = Field(description="The deadline asked for.")
    reason: RequiredText(COMMENT_MAX, multiline=True)


class EvidenceUpload(Form):
    """An evidence file, as ``multipart/form-data`` (other parts are ignored, as they always were)."""

    model_config = ConfigDict(extra="ignore")

    file: File = Field(description="The evidence file (size and type limited).")
    update_id: QueryInt(1) = Field(None, description="Attach to this history entry of the task.")
    version: QueryInt() = Field(
        None, description="The task's version the upload was based on: a file alone is refused with 409 if stale."
    )


class Decision(Input):
    approve: bool
    comment: Comment | None = None


# --- Many tasks at once (tracker/tasks/bulk.py) ----------------------------------------------------

#: The actions one bulk request applies to many tasks.
BULK_ACTIONS = ("assign", "set_due", "set_priority", "add_coordinating", "cancel")
#: A deadline moves by at most this many days either way.
MAX_SHIFT_DAYS = 3650


def _a_move(days):
    if days == 0:
        raise ValueError(_("Between 1 and %(n)d days, earlier or later.", n=MAX_SHIFT_DAYS))
    return days


class BulkAction(Input):
    """One action on many tasks and what it needs, the same for every task; which fields each action
    needs is :func:`tracker.tasks.bulk.check_parameters`'s."""

    action: Literal[BULK_ACTIONS]
    assignee_id: Int(1) = Field(None, description="assign: a head or staff member of each lead department.")
    due_on: Day = Field(None, description="set_due: the new deadline (or give shift_days).")
    shift_days: Annotated[Int(-MAX_SHIFT_DAYS, MAX_SHIFT_DAYS), AfterValidator(_a_move)] = Field(
        None, description="set_due: move each deadline by this many days (not 0)."
    )
    priority: PriorityValue = Field(None, description="set_priority.")
    department_ids: list[Int(1)] = Field(None, max_length=100, description="add_coordinating.")
    comment: Comment | None = Field(None, description="cancel: the reason.")


class TaskSelection(Input):
    """The tasks a bulk action is applied to (their number is capped by TRACKER_BULK_MAX_TASKS)."""

    ids: list[Int(1)] = Field(
        None,
        max_length=10_000,
        description="The tasks to act on (at most TRACKER_BULK_MAX_TASKS, 500 by default); or give `filter`.",
    )


class BulkInput(BulkAction, TaskSelection):
    """A bulk request: the action, and the tasks by ``ids`` or by ``filter``."""

    filter: dict = Field(None, description="Act on every task matching these filters (as `GET /tasks` takes them).")


# --- Saved views of the task lists (tracker/tasks/saved_views.py) -----------------------------------

#: The lists a view may be saved of.
SAVED_VIEW_LISTS = ("mine", "department", "all")
#: The query arguments that make up a list's filters and sort (paging is not kept).
FILTER_NAMES = (
    "status",
    "timing",
    "department_id",
    "role",
    "assignee_id",
    "meeting_id",
    "due_from",
    "due_to",
    "q",
    "sort",
)
VIEW_NAME_MAX = 100
FILTER_VALUE_MAX = 200


def _known_filters(query):
    for name in query:
        if name not in FILTER_NAMES:
            raise ValueError(_("Unknown filter: %(name)s.", name=name))
    return query


class SavedViewInput(Input):
    """A list's filters saved under a name."""

    name: RequiredText(VIEW_NAME_MAX)
    list: Literal[SAVED_VIEW_LISTS]
    query: Annotated[dict[str, Annotated[str, Field(max_length=FILTER_VALUE_MAX)]], AfterValidator(_known_filters)] = (
        Field(
            description="The list's filters and sort as its page takes them "
            f"({', '.join(FILTER_NAMES)}), each a string; an empty `status` is any status.",
            json_schema_extra={"propertyNames": {"enum": list(FILTER_NAMES)}},
        )
    )
    shared: bool = Field(False, description="Share with your department (only you may delete it).")


def _filter_fields(integer, boolean, statuses, roles, sorts):
    """The task list's filters, once, for the query string and for a bulk request's ``filter``."""
    return {
        "status": (Literal[(*[status.value for status in TaskStatus], *statuses)], None),
        "timing": (Literal[tuple(timing.value for timing in Timing)], None),
        "department_id": (integer, Field(None, description="Tasks this department leads or coordinates (see role).")),
        "role": (Literal[tuple(roles)], Field(None, description="With department_id (your own by default).")),
        "assignee_id": (integer, None),
        "meeting_id": (integer, None),
        "due_from": (Day, None),
        "due_to": (Day, None),
        "q": (Text(200, description="Text in the title or description, or #id."), None),
        "sort": (Literal[tuple(sorts)], None),
        "mine": (
            boolean,
            Field(None, description="Only my work: assigned to me, or unassigned in the department I head."),
        ),
    }


def list_query(statuses, roles, sorts):
    """The task list's query string (its enums come from the queries module, which owns them)."""
    return create_model(
        "TaskListQuery", __base__=Paging, **_filter_fields(QueryInt(), QueryBool, statuses, roles, sorts)
    )


def task_filter(statuses, roles, sorts):
    """The same filters as a JSON object (a bulk request's ``filter``)."""
    return create_model("TaskFilter", __base__=Input, **_filter_fields(Integer, bool, statuses, roles, sorts))
