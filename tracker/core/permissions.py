"""Who may do what: the one policy module of Tracker.

Every predicate takes the acting user (and the object when there is one) and returns a
:class:`Verdict`, which is truthy when the action is allowed and carries the reason when it is
not. Views and API endpoints call :func:`require` with a verdict; a refusal becomes a 403 with
that reason. Role checks (what a role may do at all) and object checks (whether this object
belongs to the user's department) are kept apart so that each reads on its own.

Roles, from design.md:
- admin: everything;
- leader: create meetings and tasks for any department, approve/return, decide extensions, see all;
- head: see and assign their department's tasks, create meetings their department hosts and
  tasks issued by their department, approve work their department issued;
- staff: see their department's tasks, update, start, submit, request extensions;
- observer: read everything, change nothing.
"""

from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import ngettext

from tracker.core.errors import Forbidden
from tracker.users.models import Role


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    reason: str = ""

    def __bool__(self):
        return self.allowed


ALLOW = Verdict(True)


def deny(reason):
    return Verdict(False, reason)


def require(verdict):
    """Raise a 403 carrying the verdict's reason unless it allows the action."""
    if not verdict:
        raise Forbidden(verdict.reason or _("You are not allowed to do this."))
    return verdict


def signed_in(user):
    return user is not None and getattr(user, "is_authenticated", False) and user.is_active


def _role(user, *roles, reason):
    if not signed_in(user):
        return deny(_("Please sign in."))
    return ALLOW if user.role in roles else deny(reason)


# --- Administration ---------------------------------------------------------------------------


def can_manage_departments(user):
    return _role(user, Role.ADMIN, reason=_("Only administrators manage departments."))


def can_manage_users(user):
    return _role(user, Role.ADMIN, reason=_("Only administrators manage users."))


def can_view_reminder_ledger(user):
    return _role(user, Role.ADMIN, reason=_("Only administrators see the reminder ledger."))


def can_edit_own_settings(user, target):
    """Everyone signed in keeps their own settings (language, time zone, reminders); nobody else's."""
    if not signed_in(user):
        return deny(_("Please sign in."))
    if user.id == target.id:
        return ALLOW
    return deny(_("You can only change your own settings."))


# --- Seeing -----------------------------------------------------------------------------------


#: The roles that see every task, whatever their department (the rest see their department's).
SEES_EVERYTHING = (Role.ADMIN, Role.LEADER, Role.OBSERVER)


def can_view_everything(user):
    return _role(user, *SEES_EVERYTHING, reason=_("Only leaders and observers see every department."))


def can_view_department(user, department_id):
    if can_view_everything(user):
        return ALLOW
    if signed_in(user) and user.department_id == department_id:
        return ALLOW
    return deny(_("You can only see your own department."))


def can_view_task(user, task):
    if can_view_everything(user):
        return ALLOW
    if signed_in(user) and task.involves_department(user.department_id):
        return ALLOW
    return deny(_("This task belongs to another department."))


def can_view_meeting(user, meeting):
    if can_view_everything(user):
        return ALLOW
    if not signed_in(user):
        return deny(_("Please sign in."))
    if meeting.host_department_id == user.department_id:
        return ALLOW
    if any(department.id == user.department_id for department in meeting.attendees):
        return ALLOW
    return deny(_("Your department neither hosted nor attended this meeting."))


def can_view_reports(user):
    if not signed_in(user):
        return deny(_("Please sign in."))
    return ALLOW


# --- Meetings ---------------------------------------------------------------------------------


def can_create_meeting(user, host_department_id=None):
    if not signed_in(user):
        return deny(_("Please sign in."))
    if user.role in (Role.ADMIN, Role.LEADER):
        return ALLOW
    if user.role == Role.HEAD:
        if host_department_id in (None, user.department_id):
            return ALLOW
        return deny(_("Heads record meetings hosted by their own department."))
    return deny(_("Only leaders and department heads record meetings."))


def meeting_host_departments(user):
    """The departments ``user`` may record a meeting for, as :func:`can_create_meeting` says:
    ``None`` for any (and a provincial meeting with no host) for leaders and administrators, the
    own department for a head, none for anyone else."""
    return _every_or_own_department(user)


def can_edit_meeting(user, meeting):
    if not signed_in(user):
        return deny(_("Please sign in."))
    if user.role in (Role.ADMIN, Role.LEADER):
        return ALLOW
    if user.role == Role.HEAD and meeting.host_department_id == user.department_id:
        return ALLOW
    return deny(_("Only leaders and the head of the host department edit this meeting."))


def can_extract_minutes(user):
    """Propose directives from pasted minutes: whoever may record a meeting or issue a task."""
    return _role(
        user,
        Role.ADMIN,
        Role.LEADER,
        Role.HEAD,
        reason=_("Only leaders, department heads and administrators extract directives from minutes."),
    )


# --- Tasks: the issuing side --------------------------------------------------------------------


def can_create_task(user, issuing_department_id=None):
    """Leaders issue tasks for any department; heads issue them in their department's name."""
    if not signed_in(user):
        return deny(_("Please sign in."))
    if user.role in (Role.ADMIN, Role.LEADER):
        return ALLOW
    if user.role == Role.HEAD and issuing_department_id in (None, user.department_id):
        return ALLOW
    return deny(_("Only leaders and department heads create tasks."))


def is_issuing_side(user, task):
    if not signed_in(user):
        return deny(_("Please sign in."))
    if user.role in (Role.ADMIN, Role.LEADER):
        return ALLOW
    if user.role == Role.HEAD and task.issuing_department_id == user.department_id:
        return ALLOW
    return deny(_("Only the issuing side (a leader or the head of the issuing department) may do this."))


def can_edit_task(user, task):
    return is_issuing_side(user, task)


def can_review_task(user, task):
    """Approve or return submitted work."""
    return is_issuing_side(user, task)


def can_approve_task(user, task, *, submitted_by_id):
    """Approve submitted work: the issuing side, but never whoever submitted it, whatever their role
    (four eyes: an administrator or a leader who submits work does not approve it too)."""
    verdict = can_review_task(user, task)
    if verdict and submitted_by_id is not None and submitted_by_id == user.id:
        return deny(_("You submitted this work: someone else on the issuing side must approve it."))
    return verdict


def can_cancel_task(user, task):
    return is_issuing_side(user, task)


def can_decide_extension(user, task, *, requested_by_id=None):
    """Decide an extension request: the issuing side, but never whoever asked for it (four eyes, as
    for approving work: a head who issued a task to their own department does not extend it alone)."""
    verdict = is_issuing_side(user, task)
    if verdict and requested_by_id is not None and requested_by_id == user.id:
        return deny(_("You asked for this extension: someone else on the issuing side must decide it."))
    return verdict


# --- Tasks: the doing side ----------------------------------------------------------------------


def can_assign_task(user, task):
    """Choose the assignee: a leader, an administrator, or a head of the lead department (not the
    head of the issuing department, who chose the lead department and leaves the person to it)."""
    return can_assign_in_department(user, task.lead_department_id)


def can_assign_in_department(user, department_id):
    """Choose the person who does a task led by ``department_id``: its head, a leader or an admin."""
    if not signed_in(user):
        return deny(_("Please sign in."))
    if user.role in (Role.ADMIN, Role.LEADER):
        return ALLOW
    if user.role == Role.HEAD and user.department_id == department_id:
        return ALLOW
    return deny(_("Only the head of the lead department assigns this task."))


def assignable_departments(user):
    """The departments whose people ``user`` may give tasks to, as :func:`can_assign_in_department`
    says: ``None`` for every department (leaders, administrators), the own department for a head,
    none for anyone else."""
    return _every_or_own_department(user)


def is_lead_member(user, task):
    if not signed_in(user):
        return deny(_("Please sign in."))
    if user.role == Role.ADMIN:
        return ALLOW
    if user.role in (Role.HEAD, Role.STAFF) and user.department_id == task.lead_department_id:
        return ALLOW
    return deny(_("Only the lead department's staff and head may do this."))


def can_work_on_task(user, task):
    """Start and submit: the lead department's people."""
    return is_lead_member(user, task)


def can_request_extension(user, task):
    return is_lead_member(user, task)


def can_update_task(user, task):
    """Report progress, comment and attach evidence: lead and coordinating departments."""
    if not signed_in(user):
        return deny(_("Please sign in."))
    if user.role == Role.ADMIN:
        return ALLOW
    if user.role in (Role.HEAD, Role.STAFF) and (
        user.department_id == task.lead_department_id or user.department_id in task.coordinating_department_ids
    ):
        return ALLOW
    if is_issuing_side(user, task):
        return ALLOW
    return deny(_("Only the lead and coordinating departments report on this task."))


# --- Discussion -----------------------------------------------------------------------------------


def can_comment_on_task(user, task):
    """Comment: whoever may see the task, except observers, who read and never write."""
    if not signed_in(user):
        return deny(_("Please sign in."))
    if user.role == Role.OBSERVER:
        return deny(_("Observers read the discussion; they do not comment."))
    return can_view_task(user, task)


def can_be_mentioned(person, task):
    """Name ``person`` in a comment on ``task``: only an active user who may see the task."""
    if not person.is_active:
        return deny(_("%(name)s cannot be mentioned: this person no longer uses Tracker.", name=person.name))
    if can_view_task(person, task):
        return ALLOW
    return deny(
        _(
            "%(name)s cannot be mentioned: their department has no part in this task, so they may not see it.",
            name=person.name,
        )
    )


def can_edit_comment(user, comment, *, now, window_minutes):
    """Edit a comment: its author, within ``window_minutes`` of writing it; nobody else, ever."""
    if not signed_in(user):
        return deny(_("Please sign in."))
    if comment.author_id != user.id:
        return deny(_("Only its author may edit a comment."))
    if (now - comment.created_at).total_seconds() > window_minutes * 60:
        return deny(
            ngettext(
                "A comment can only be edited within %(num)d minute of writing it.",
                "A comment can only be edited within %(num)d minutes of writing it.",
                window_minutes,
            )
        )
    return ALLOW


def _every_or_own_department(user):
    """``None`` (every department) for leaders and administrators, the own department for a head,
    none for anyone else: the reach of both a meeting's host and an assignment."""
    if not signed_in(user):
        return ()
    if user.role in (Role.ADMIN, Role.LEADER):
        return None
    if user.role == Role.HEAD:
        return (user.department_id,)
    return ()
