"""Meetings and their directives, through :mod:`tracker.meetings.operations`."""

from flask_babel import gettext as _

from tracker.api.auth import actor
from tracker.api.serialisers import (
    MEETING_SUMMARY_SCHEMA,
    directive_json,
    meeting_detail_json,
    meeting_json,
    meeting_summary_json,
    page_json,
    page_schema,
)
from tracker.api.spec import body, endpoint, query
from tracker.core.errors import NotFound
from tracker.core.permissions import can_edit_meeting, can_extract_minutes, can_view_meeting, require
from tracker.extraction.sources import extract_with_directory
from tracker.meetings import operations, schemas
from tracker.meetings import queries as meeting_queries
from tracker.tasks import queries
from tracker.tasks.timing import today_local

MEETING_PAGE = page_schema("MeetingPage", MEETING_SUMMARY_SCHEMA)


def get_meeting(meeting_id):
    meeting = meeting_queries.get_meeting(meeting_id)
    if meeting is None:
        raise NotFound(_("No meeting has the id %(id)s.", id=meeting_id))
    return meeting


def get_directive(directive_id):
    directive = meeting_queries.get_directive(directive_id)
    if directive is None:
        raise NotFound(_("No directive has the id %(id)s.", id=directive_id))
    return directive


def _operation_values(values):
    """API names to the operations' names (``chair`` is the chair's name)."""
    if "chair" in values:
        values["chair_name"] = values.pop("chair")
    return values


@endpoint(
    "/meetings",
    "GET",
    summary="List meetings",
    tag="meetings",
    query=schemas.MeetingListQuery,
    responses={200: "MeetingPage"},
)
def list_meetings():
    """The meetings the user may see, most recent first."""
    user = actor()
    params = query()
    page, per_page = params.paging()
    filters = meeting_queries.MeetingFilters(
        q=params.q or None,
        held_from=params.held_from,
        held_to=params.held_to,
        host_department_id=params.host_department_id,
    )
    items, total = meeting_queries.meeting_list(user, filters, page, per_page)
    return page_json(items, total, page, per_page, meeting_summary_json)


@endpoint(
    "/meetings",
    "POST",
    summary="Record a meeting",
    tag="meetings",
    body=schemas.MeetingInput,
    responses={201: "Meeting"},
)
def create_meeting():
    """Leaders record any meeting; heads the meetings their department hosts."""
    values = _operation_values(body())
    meeting = operations.create_meeting(actor(), **values)
    payload = meeting_json(meeting)
    return payload, 201


@endpoint(
    "/meetings/<int:meeting_id>",
    "GET",
    summary="A meeting with its directives and the tasks made from it",
    tag="meetings",
    responses={200: "MeetingDetail"},
)
def get_meeting_view(meeting_id):
    """``tasks`` lists the tasks of this meeting that the user may see, as many as the meeting's page
    shows (``TRACKER_MEETING_TASKS_SHOWN``); ``hidden_tasks`` says how many more there are."""
    user = actor()
    meeting = get_meeting(meeting_id)
    require(can_view_meeting(user, meeting))
    shown = meeting_queries.meeting_tasks(user, meeting, options=queries.list_options())
    return meeting_detail_json(meeting, meeting.directives, shown.tasks, today_local(), shown.hidden)


@endpoint(
    "/meetings/<int:meeting_id>",
    "PATCH",
    summary="Change a meeting",
    tag="meetings",
    body=schemas.MeetingPatch,
    responses={200: "Meeting"},
)
def patch_meeting(meeting_id):
    """Send ``version`` and only the fields to change."""
    meeting = get_meeting(meeting_id)
    values = _operation_values(body())
    meeting = operations.update_meeting(actor(), meeting, **values)
    payload = meeting_json(meeting)
    return payload


@endpoint(
    "/meetings/<int:meeting_id>/directives",
    "POST",
    summary="Add a directive at the end of the meeting's conclusions",
    tag="meetings",
    body=schemas.DirectiveInput,
    responses={201: "Directive"},
)
def create_directive(meeting_id):
    meeting = get_meeting(meeting_id)
    values = body()
    directive = operations.add_directive(actor(), meeting, values["text"], values.get("references") or ())
    payload = directive_json(directive)
    return payload, 201


@endpoint(
    "/meetings/<int:meeting_id>/directives/paste",
    "POST",
    summary="Propose the directives of pasted conclusions, as the review screen does (nothing is stored)",
    tag="meetings",
    body=schemas.PasteInput,
    responses={200: "Extraction"},
)
def paste_directives(meeting_id):
    """The text goes through the extractor with the meeting's language and date, as the meeting page's
    *Paste the conclusions* form goes to the review screen: the answer is the proposed directives (as
    from `POST /extract`) and nothing is stored. Create the ones you accept with
    `POST /meetings/{id}/directives`, and their tasks with `POST /tasks`. For those who may edit the
    meeting and extract minutes."""
    meeting = get_meeting(meeting_id)
    user = actor()
    require(can_edit_meeting(user, meeting))
    require(can_extract_minutes(user))
    values = body()
    return extract_with_directory(values["text"], meeting.language, meeting.held_on).to_dict()


@endpoint(
    "/directives/<int:directive_id>",
    "PATCH",
    summary="Edit or move a directive",
    tag="meetings",
    body=schemas.DirectivePatch,
    responses={200: "Directive"},
)
def patch_directive(directive_id):
    user = actor()
    directive = get_directive(directive_id)
    values = body()
    if "text" in values or "references" in values:
        operations.update_directive(
            user, directive, values.get("text", directive.text), references=values.get("references")
        )
    if "position" in values:
        operations.move_directive(user, directive, values["position"])
    payload = directive_json(directive)
    return payload


@endpoint(
    "/directives/<int:directive_id>",
    "DELETE",
    summary="Remove a directive (refused once tasks were made from it)",
    tag="meetings",
    responses={204: None},
    errors=(422,),
)
def delete_directive(directive_id):
    operations.remove_directive(actor(), get_directive(directive_id))
    return "", 204
