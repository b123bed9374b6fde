"""The discussion on the task page: write a comment, edit one's own, and what the page shows of it.

The task page (``templates/tasks/show.html``) asks :func:`task_discussion` for its timeline and the
comment form; the forms post here, each inside :class:`tracker.core.web.UnitOfWork`. A refusal
re-renders the task page with the reason and what was typed (422), a forbidden action is a 403
page, as for the task's other forms.
"""

from flask import abort, flash, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.comments import bp, operations, queries
from tracker.core.db import utcnow
from tracker.core.permissions import can_comment_on_task
from tracker.core.web import UnitOfWork
from tracker.tasks.pages import load_task, refused_on_task_page


@bp.before_request
@login_required
def guard():
    """Every comment route needs a signed-in user; each view checks the task on top."""


class Discussion:
    """What the task page shows of the discussion, loaded in a fixed number of statements."""

    def __init__(self, task, history, form_id=None):
        self.task = task
        self.comments = queries.task_comments(task.id)
        self.timeline = queries.timeline(history, self.comments)
        self.wordings = queries.earlier_wordings(self.comments)
        self.may_comment = bool(can_comment_on_task(current_user, task))
        self.edit_minutes = operations.edit_window_minutes()
        self.now = utcnow()
        self.candidates = queries.mention_candidates(task, exclude_id=current_user.id) if self.may_comment else []
        #: The people chosen in a refused comment form, to choose them again.
        self.chosen = set()
        if form_id == "comment" and request.method == "POST":
            self.chosen = {value for value in request.form.getlist("mentions") if value.isdigit()}

    def may_edit(self, comment):
        return operations.may_edit(current_user, comment, now=self.now)


@bp.app_template_global("task_discussion")
def task_discussion(task, history, form_id=None):
    return Discussion(task, history, form_id)


@bp.route("/<int:task_id>/comments", methods=["POST"])
def create(task_id):
    task = load_task(task_id)
    with UnitOfWork() as work:
        operations.post_comment(
            current_user._get_current_object(),
            task,
            body=request.form.get("body"),
            mention_ids=request.form.getlist("mentions"),
        )
    if work.refusal is not None:
        return refused_on_task_page(task_id, work.refusal, "comment")
    flash(_("Comment posted."), "success")
    return redirect(url_for("tasks.show", task_id=task_id, _anchor="timeline"), 303)


@bp.route("/<int:task_id>/comments/<int:comment_id>", methods=["POST"])
def edit(task_id, comment_id):
    task = load_task(task_id)
    comment = queries.get_comment(comment_id)
    if comment is None or comment.task_id != task.id:
        abort(404)
    with UnitOfWork() as work:
        operations.edit_comment(current_user._get_current_object(), comment, body=request.form.get("body"))
    if work.refusal is not None:
        return refused_on_task_page(task_id, work.refusal, f"comment-{comment_id}")
    flash(_("Comment saved."), "success")
    return redirect(url_for("tasks.show", task_id=task_id, _anchor=f"comment-{comment_id}"), 303)
