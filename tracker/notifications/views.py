"""The inbox, marking read, following a task from its page, and the per-kind email choice."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.core.args import QueryArgs
from tracker.core.errors import NotFound
from tracker.core.integers import to_id
from tracker.core.web import UnitOfWork, commit, refusal_text
from tracker.notifications import bp, operations, queries
from tracker.notifications.text import describe
from tracker.tasks import queries as task_queries

PER_PAGE = 25


@bp.before_request
@login_required
def guard():
    pass


@bp.route("/")
def index():
    read = QueryArgs()
    unread_only = request.args.get("unread") in ("1", "true", "on")
    page_number = read.page()
    read.note()
    page = queries.inbox(current_user, unread_only=unread_only, page=page_number, per_page=PER_PAGE)
    return render_template("notifications/index.html", page=page, unread_only=unread_only, describe=describe)


@bp.route("/read", methods=["POST"])
def read():
    """Mark one (``id``) or all (``all``) read; back to the list."""
    if request.form.get("all"):
        operations.mark_read(current_user, all=True)
    else:
        ids = [number for number in map(to_id, request.form.getlist("id")) if number is not None]
        operations.mark_read(current_user, ids=ids)
    commit()
    unread_only = request.form.get("unread") == "1"
    return redirect(url_for(".index", unread=1 if unread_only else None), 303)


def _task(task_id):
    task = task_queries.get_task(task_id)
    if task is None:
        raise NotFound(_("No task has the id %(id)s.", id=task_id))
    return task


@bp.route("/follow/<int:task_id>", methods=["POST"])
def follow(task_id):
    task = _task(task_id)
    if request.form.get("follow") == "0":
        operations.unfollow_task(current_user, task)
        message = _("You no longer follow this task.")
    else:
        operations.follow_task(current_user, task)
        message = _("You follow this task: you will hear of everything that happens on it.")
    commit()
    flash(message, "success")
    return redirect(url_for("tasks.show", task_id=task_id), 303)


@bp.route("/preferences", methods=["POST"])
def preferences():
    with UnitOfWork() as work:
        operations.set_email_preferences(current_user, current_user, request.form.getlist("email_kind"))
    if work.refusal is not None:
        flash(refusal_text(work.refusal), "error")
        return redirect(url_for("account.settings"), 303)
    flash(_("Your notification choices were saved."), "success")
    return redirect(url_for("account.settings") + "#notification-preferences", 303)
