"""How statuses, timings and sort orders are named on the pages, in the reader's language.

Plain functions rather than template macros: a task list shows two badges per row, and a macro that
built its table of labels on every call translated every label of the table each time (hundreds of
translations per page, a third of the page's cost). Here each badge translates one string.
"""

import weakref

from flask import request, url_for
from markupsafe import Markup

from tracker.core.templating import gettext, translations


def N_(message):
    """Mark ``message`` for extraction (a default keyword of pybabel); it is translated when shown."""
    return message


STATUS_LABELS = {
    "assigned": N_("Assigned"),
    "in_progress": N_("In progress"),
    "submitted": N_("Submitted"),
    "done": N_("Done"),
    "cancelled": N_("Cancelled"),
}

TIMING_LABELS = {
    "on_track": N_("On track"),
    "due_soon": N_("Due soon"),
    "overdue": N_("Overdue"),
    "on_time": N_("Done on time"),
    "late": N_("Done late"),
    "no_deadline": N_("No deadline"),
}

SORT_LABELS = {
    "deadline": N_("Deadline, soonest first"),
    "-deadline": N_("Deadline, latest first"),
    "updated": N_("Recently updated"),
    "-updated": N_("Least recently updated"),
    "priority": N_("Priority, highest first"),
    "-priority": N_("Priority, lowest first"),
    "title": N_("Title A–Z"),
    "-title": N_("Title Z–A"),
    "created": N_("Newest"),
    "-created": N_("Oldest"),
}


def _value(item):
    """An enum member's value, or the value itself (templates pass either)."""
    return getattr(item, "value", item)


def _label(labels, item):
    value = _value(item)
    message = labels.get(value)
    return gettext(message) if message is not None else str(value)


def status_label(status):
    return _label(STATUS_LABELS, status)


def timing_label(timing):
    return _label(TIMING_LABELS, timing)


def sort_label(sort):
    return _label(SORT_LABELS, sort)


#: The badges already made, per catalogue (a language): a page of a meeting's follow-up shows two
#: badges on each of up to 2,000 rows, among a dozen different ones.
_BADGES = weakref.WeakKeyDictionary()


def _badge(kind, labels, item):
    value = _value(item)
    catalogue = translations()
    made = _BADGES.setdefault(catalogue, {})
    badge = made.get((kind, value))
    if badge is None:
        # Markup's % escapes the values; Markup.format would too, at ten times the cost.
        badge = Markup('<span class="badge %s-%s">%s</span>') % (kind, value, _label(labels, value))
        made[(kind, value)] = badge
    return badge


def status_badge(status):
    return _badge("status", STATUS_LABELS, status)


def timing_badge(timing):
    return _badge("timing", TIMING_LABELS, timing)


def task_href(task_id):
    """``url_for("tasks.show", task_id=task_id)`` for the rows of a table: the path is built once per
    request and completed with each id (a meeting's follow-up links up to 2,000 tasks)."""
    prefix = request.environ.get("tracker.task_href")  # the request's own (``g`` may outlive it)
    if prefix is None:
        sample = url_for("tasks.show", task_id=1)
        if not sample.endswith("/1"):  # a route no longer ending in the id: build every link
            return url_for("tasks.show", task_id=task_id)
        request.environ["tracker.task_href"] = prefix = sample[:-1]
    return prefix + str(int(task_id))


def init_app(app):
    for function in (status_label, timing_label, sort_label, status_badge, timing_badge, task_href):
        app.add_template_global(function)
