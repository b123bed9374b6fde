"""What every web view shares: the unit of work, field errors beside their fields, a page of a list,
safe "next" addresses.

The unit of work has one owner. A view reads its form, then runs the operation inside
:class:`UnitOfWork`::

    with UnitOfWork(form) as work:
        task = operations.create_task(current_user, **values)
    if work.done:
        flash(...)
        return redirect(...)
    return render_template(..., form=form), work.status

An endpoint of the JSON API that writes runs in the same unit of work through :func:`unit_of_work`
(applied by ``tracker.api.spec.endpoint`` to every POST, PUT, PATCH and DELETE): the view calls
the operation and builds its answer; the answer goes out after the one commit, and any refusal
rolls back and goes on to the API's error handlers, which answer it in JSON.

Leaving the block normally commits once. An operation's refusal (bad values, a stale version, an
illegal transition) rolls everything back, is kept as ``work.refusal``, and its field reasons are
shown beside the form's fields; the view re-renders with ``work.status`` (422, or 409 for a stale
version). Any other exception (a 403 or 404 refusal, a fault) rolls back and goes on to the error
handlers. Operations stay the only gate: views check nothing an operation checks.
"""

import functools
from urllib.parse import urlsplit

from flask import url_for

from tracker.core.errors import Conflict, InvalidTransition, ValidationFailed
from tracker.extensions import db

#: The refusals a form shows on its own page; 403 and 404 become error pages.
FORM_REFUSALS = (ValidationFailed, InvalidTransition, Conflict)


class UnitOfWork:
    """Commit once when the block succeeds; roll back and keep the refusal when it does not."""

    def __init__(self, form=None, *, refusals=FORM_REFUSALS):
        self.form = form
        self.refusals = refusals
        self.refusal = None
        self.done = False

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, traceback):
        if exc_type is None:
            db.session.commit()
            self.done = True
            return False
        db.session.rollback()
        if not isinstance(exc, self.refusals):
            return False
        self.refusal = exc
        if self.form is not None and not isinstance(exc, Conflict):
            show_field_errors(self.form, exc)
        return True

    @property
    def status(self):
        """The status of the page re-shown after a refusal (200 when nothing was refused)."""
        return self.refusal.code if self.refusal is not None else 200


def unit_of_work(view):
    """Run ``view`` (an API endpoint that writes) as one unit of work: one commit when it returns,
    a rollback when it raises, the exception going on to the error handlers (nothing is kept)."""

    @functools.wraps(view)
    def run(*args, **kwargs):
        with UnitOfWork(refusals=()):
            return view(*args, **kwargs)

    return run


def commit():
    """Commit a change no operation refuses (marking notifications read, following a task) where a
    view has nothing to show on a refusal: the same single commit at the end of the request."""
    db.session.commit()


def rollback():
    """Give up the request's changes (a password link found spent between reading and using it)."""
    db.session.rollback()


def show_field_errors(form, error):
    """Show a refusal's field reasons beside the form's visible fields, the others above the form."""
    for field, reason in (error.fields or {}).items():
        target = getattr(form, field, None)
        visible = target is not None and getattr(target, "type", "") not in ("HiddenField", "CSRFTokenField")
        if visible and isinstance(getattr(target, "errors", None), list | tuple):
            target.errors = [*target.errors, reason]  # a tuple until the form is validated
        else:
            form.form_errors.append(reason)
    if not error.fields and error.description:
        form.form_errors.append(error.description)


def refusal_text(error):
    """One line for a refusal shown as a flashed message: the message and its field reasons."""
    reasons = "; ".join(str(reason) for reason in (error.fields or {}).values())
    return f"{error.description or ''} {reasons}".strip()


class MoreThan(int):
    """A count that stopped at its cap: there are more than this."""


class Page:
    """One page of a list, as the ``pager`` macro shows it, from ``(items, total)`` and the page asked for.

    When ``total`` is a :class:`MoreThan` (a search stopped counting at a cap) only "more than
    ``total``" is known.
    """

    def __init__(self, items, total, page, per_page):
        self.items, self.total, self.page, self.per_page = items, total, page, per_page
        self.capped = isinstance(total, MoreThan)
        self.pages = max(1, -(-(total + self.capped) // per_page))
        self.has_prev, self.has_next = page > 1, page < self.pages
        self.prev_num, self.next_num = page - 1, page + 1


def safe_next(target):
    """Return ``target`` when it is a path on this site, else the home page."""
    if not target:
        return url_for("home.index")
    target = target.strip().replace("\\", "/")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("home.index")
    return target
