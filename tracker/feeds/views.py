import logging
from urllib.parse import urlsplit

from flask import Blueprint, Response, abort, current_app, flash, redirect, request, session
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.core.args import QueryArgs
from tracker.core.web import commit, safe_next
from tracker.extensions import limiter
from tracker.feeds import calendar, exports, queries
from tracker.tasks.queries import TaskFilters, department_report, export_args
from tracker.tasks.timing import today_local

bp = Blueprint("feeds", __name__)

bp.add_app_template_global(export_args, "export_args")


@bp.route("/exports/tasks.<any(csv, xlsx):file_format>")
@login_required
def export_tasks(file_format):
    """Export the task list with the same filters as the list page (without its paging)."""
    filters = TaskFilters.from_args(request.args)
    filters.read.refuse_ignored()  # a file must not quietly hold more rows than asked for
    if request.args.get("mine") == "1":
        filters.mine = True
    user = current_user._get_current_object()
    rows = exports.task_rows(user, filters, current_app.config["TRACKER_BASE_URL"])
    return exports.download(exports.task_columns(), rows, "tasks", file_format)


@bp.route("/exports/report.<any(csv, xlsx):file_format>")
@login_required
def export_report(file_format):
    read = QueryArgs()
    date_from, date_to = read.day("from"), read.day("to")
    read.refuse_ignored()
    rows = department_report(current_user, date_from, date_to)
    return exports.download(exports.report_columns(), exports.report_rows(rows), "department-report", file_format)


@bp.route("/calendar/<token>/<any(mine, department):scope>.ics")
@limiter.limit("60 per minute")
def calendar_feed(token, scope):
    """The feed for calendar programs: no session, the secret token in the URL is the credential."""
    user = queries.user_for_token(token)
    if user is None:
        abort(404)
    base_url = current_app.config["TRACKER_BASE_URL"]
    tasks = queries.feed_tasks(user, scope, today_local())
    if scope == "mine":
        name = _("Tracker: my deadlines")
    else:
        name = _("Tracker: %(department)s", department=user.department.name)
    body = calendar.build_calendar(tasks, name, base_url, urlsplit(base_url).hostname or "tracker")
    response = Response(body, mimetype="text/calendar")
    response.headers["Content-Disposition"] = f'inline; filename="tracker-{scope}.ics"'
    response.headers["Cache-Control"] = "private, max-age=300"
    return response


@bp.route("/calendar/token", methods=["POST"])
@login_required
def reset_calendar_token():
    token = calendar.reset_calendar_token(current_user)
    commit()
    # Shown once, on the next page (the database keeps only its hash), as a flashed message is.
    session[SHOWN_ONCE] = token
    flash(_("Your calendar links are new; links given out before no longer work."), "success")
    # The same check as sign-in: a tab or a backslash must not turn "/..." into another site.
    return redirect(safe_next(request.form.get("next")))


SHOWN_ONCE = "calendar_token_shown"


@bp.app_template_global()
def take_new_calendar_token():
    """The calendar token made by the last request, for the settings page to show once; then forgotten."""
    return session.pop(SHOWN_ONCE, None)


class RedactCalendarSecrets(logging.Filter):
    """Take the secret out of calendar feed addresses in the request logs of werkzeug (``flask run``)
    and gunicorn (its access log): the address is the credential, and logs are read by more people
    and kept longer than the database."""

    def filter(self, record):
        if isinstance(record.msg, str):
            record.msg = calendar.redact_calendar_urls(record.msg)
        if isinstance(record.args, dict):
            record.args = {key: _redacted(value) for key, value in record.args.items()}
        elif isinstance(record.args, tuple):
            record.args = tuple(_redacted(value) for value in record.args)
        return True


def _redacted(value):
    return calendar.redact_calendar_urls(value) if isinstance(value, str) else value


#: The loggers that write request lines.
REQUEST_LOGGERS = ("werkzeug", "gunicorn.access")


@bp.record_once
def _redact_request_logs(state):
    for name in REQUEST_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, RedactCalendarSecrets) for existing in logger.filters):
            logger.addFilter(RedactCalendarSecrets())
