"""How statuses, timings and sort orders are named on the pages, in the reader's language.

Plain functions rather than template macros: a task list shows two badges per row, and a macro that
built its table of labels on every call translated every label of the table each time (hundreds of
translations per page, a third of the page's cost). Here each badge translates one string.
"""

from markupsafe import Markup

from tracker.core.templating import gettext


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


# Markup's % escapes the values; Markup.format would too, at ten times the cost (two badges a row).
def status_badge(status):
    value = _value(status)
    return Markup('<span class="badge status-%s">%s</span>') % (value, status_label(value))


def timing_badge(timing):
    value = _value(timing)
    return Markup('<span class="badge timing-%s">%s</span>') % (value, timing_label(value))


def init_app(app):
    for function in (status_label, timing_label, sort_label, status_badge, timing_badge):
        app.add_template_global(function)
