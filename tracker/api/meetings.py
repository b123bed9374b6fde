"""Meetings and their directives, through :mod:`tracker.meetings.operations`."""

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import joinedload, selectinload

from tracker.api.auth import actor
from tracker.api.serialisers import (
    DIRECTIVE_SCHEMA,
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
from tracker.core.permissions import can_view_meeting, require
from tracker.extensions import db
from tracker.meetings import operations, schemas
from tracker.meetings import queries as meeting_queries
from tracker.meetings.models import Directive, Meeting
from tracker.meetings.queries import visible_meetings
from tracker.tasks import queries
from tracker.tasks.models import Task
from tracker.tasks.timing import today_local

MEETING_PAGE = page_schema("MeetingPage", MEETING_SUMMARY_SCHEMA)


def get_meeting(meeting_id):
    meeting = db.session.scalar(
        sa.select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(joinedload(Meeting.host_department), selectinload(Meeting.attendees))
    )
    if meeting is None:
        raise NotFound(_("No meeting has the id %(id)s.", id=meeting_id))
    return meeting


def get_directive(directive_id):
    directive = db.session.get(Directive, directive_id)
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
    selection = visible_meetings(user)
    if params.q:
        selection = selection.where(meeting_queries.matching_text(params.q))
    if params.host_department_id is not None:
        selection = selection.where(Meeting.host_department_id == params.host_department_id)
    if params.held_from is not None:
        selection = selection.where(Meeting.held_on >= params.held_from)
    if params.held_to is not None:
        selection = selection.where(Meeting.held_on <= params.held_to)
    total = db.session.scalar(sa.select(sa.func.count()).select_from(selection.subquery()))
    items = db.session.scalars(
        selection.options(joinedload(Meeting.host_department), selectinload(Meeting.attendees))
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
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
    db.session.commit()
    return payload, 201


@endpoint(
    "/meetings/<int:meeting_id>",
    "GET",
    summary="A meeting with its directives and the tasks made from it",
    tag="meetings",
    responses={200: "MeetingDetail"},
)
def get_meeting_view(meeting_id):
    """``tasks`` lists the tasks of this meeting that the user may see."""
    user = actor()
    meeting = get_meeting(meeting_id)
    require(can_view_meeting(user, meeting))
    tasks = (
        db.session.scalars(
            queries.visible_tasks(user, Task.meeting_id == meeting.id)
            .options(*queries.list_options())
            .order_by(Task.directive_id.asc().nulls_last(), Task.id)
        )
        .unique()
        .all()
    )
    return meeting_detail_json(meeting, meeting.directives, tasks, today_local())


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
    db.session.commit()
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
    db.session.commit()
    return payload, 201


@endpoint(
    "/meetings/<int:meeting_id>/directives/paste",
    "POST",
    summary="Add one directive per paragraph of pasted conclusions",
    tag="meetings",
    body=schemas.PasteInput,
    responses={201: {"type": "object", "properties": {"items": {"type": "array", "items": DIRECTIVE_SCHEMA}}}},
)
def paste_directives(meeting_id):
    """Blank lines separate paragraphs (without any, each line is one); they are appended in order."""
    meeting = get_meeting(meeting_id)
    values = body()
    directives = operations.add_directives_from_text(actor(), meeting, values["text"])
    payload = {"items": [directive_json(directive) for directive in directives]}
    db.session.commit()
    return payload, 201


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
    db.session.commit()
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
    db.session.commit()
    return "", 204
