"""Saved views of the task lists, and each list's last-used filters.

- A **saved view** is a list (*My tasks*, *Department tasks*, *All tasks*) with its filters and sort,
  under a name. Its owner sees it, and so does everyone in the department it is shared with (the
  owner's department when it was shared); nobody else. Only the owner deletes it. Opening one goes
  to the list with its filters (the list itself checks who may see it, as always).
- **Remembered filters**: the filters a user last chose on a list are kept (per user, per list; each
  tab of *Department tasks* is a list of its own); coming back to the list without filters brings
  them back, and the lists' "Clear" link (``reset=1``) forgets them.
"""

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from flask import g, has_request_context, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.db import UTCDateTime, utcnow
from tracker.core.errors import Forbidden, NotFound, ValidationFailed
from tracker.core.permissions import can_view_everything
from tracker.extensions import db
from tracker.tasks import queries
from tracker.tasks.schemas import FILTER_NAMES, FILTER_VALUE_MAX, SAVED_VIEW_LISTS, VIEW_NAME_MAX, SavedViewInput
from tracker.tasks.validation import Errors
from tracker.users.models import User

#: The lists and the pages that show them.
LIST_ENDPOINTS = dict(zip(SAVED_VIEW_LISTS, ("home.index", "tasks.department", "tasks.index"), strict=True))
NAME_MAX = VIEW_NAME_MAX
#: How many views one user may keep.
MAX_VIEWS_PER_USER = 100


class SavedView(db.Model):
    """A named list with its filters; ``department_id`` is set when shared with that department."""

    __tablename__ = "saved_views"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "list_name", "name", name="uq_saved_views_user_list_name"),
        sa.Index("ix_saved_views_department", "department_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    department_id: Mapped[int | None] = mapped_column(sa.ForeignKey("departments.id", ondelete="CASCADE"))
    list_name: Mapped[str] = mapped_column(sa.String(20), nullable=False)
    name: Mapped[str] = mapped_column(sa.String(NAME_MAX), nullable=False)
    query: Mapped[dict] = mapped_column(sa.JSON, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    owner = relationship(User, lazy="joined")

    @property
    def shared(self):
        return self.department_id is not None

    @property
    def owner_name(self):
        return self.owner.name

    def url(self, **extra):
        return url_for(LIST_ENDPOINTS[self.list_name], **self.query, **extra)


@dataclass(frozen=True)
class ViewLink:
    """What a list's "Views" menu shows of a saved view, read as a plain row."""

    id: int
    name: str
    user_id: int
    department_id: int | None
    owner_name: str

    @property
    def shared(self):
        return self.department_id is not None


class RememberedFilters(db.Model):
    """The filters ``user_id`` last used on list ``list_key``."""

    __tablename__ = "remembered_filters"

    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    list_key: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    query: Mapped[dict] = mapped_column(sa.JSON, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)


# --- Reading and writing views ----------------------------------------------------------------------


def clean_query(values, errors=None, field="query"):
    """Keep the filter arguments of ``values`` (strings, at most 200 characters each); paging is dropped.

    An empty ``status`` is kept: it means "any status", where no status means the open work.
    """
    query = {}
    for name, value in (values or {}).items():
        if name not in FILTER_NAMES:
            if errors is not None:
                errors.add(field, _("Unknown filter: %(name)s.", name=name))
            continue
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or len(value) > FILTER_VALUE_MAX:
            if errors is not None:
                errors.add(field, _("The filter %(name)s is not a short text.", name=name))
            continue
        value = value.strip()
        if value or name == "status":
            query[name] = value
    return query


def visible_views(user, list_name=None):
    """The views ``user`` owns and those shared with their department, by list then name.

    For the list page being shown, the links read with the bell's count (:func:`links_with`) when
    the bell came first, as it does in the page's header.
    """
    if list_name is not None and has_request_context():
        kept = g.get("tracker_view_links")
        if kept is not None and kept[:2] == (user.id, list_name):
            return kept[2]
    return queries.visible_views(user, list_name)


def links_with(user, list_name, count):
    """``(count, links)``: the scalar subquery ``count`` and the saved views of ``list_name``
    ``user`` may open, in one statement (the header's bell and the list's "Views" menu); the links
    are kept for :func:`visible_views` until the end of the request."""
    rows = queries.counted_view_links(user, list_name, count)
    links = [
        ViewLink(row.id, row.name, row.user_id, row.department_id, row.owner) for row in rows if row.id is not None
    ]
    g.tracker_view_links = (user.id, list_name, links)
    return (rows[0].n if rows else 0), links


def get_view(user, view_id):
    """The view if ``user`` may see it; an unknown or hidden view is the same 404."""
    view = db.session.get(SavedView, view_id)
    if view is None or not (view.user_id == user.id or (view.shared and view.department_id == user.department_id)):
        raise NotFound(_("No saved view has the id %(id)s.", id=view_id))
    return view


def save_view(user, *, name, list_name, query, shared=False):
    """Save (or replace, by the same name on the same list) one of ``user``'s views."""
    errors = Errors()
    checked = SavedViewInput.check({"name": name, "list": list_name, "query": query, "shared": shared}, errors=errors)
    name, query = checked.get("name"), clean_query(checked.get("query"))
    if list_name == "all" and not can_view_everything(user):
        errors.add("list", _("Only leaders, observers and administrators see all tasks."))
    if errors:
        raise ValidationFailed(_("The view was not saved."), fields=errors)
    view = queries.own_view(user, list_name, name)
    if view is None:
        if queries.own_view_count(user) >= MAX_VIEWS_PER_USER:
            raise ValidationFailed(
                _("You keep %(n)d views already; delete one first.", n=MAX_VIEWS_PER_USER),
                fields={"name": _("Too many views.")},
            )
        view = SavedView(user_id=user.id, list_name=list_name, name=name)
        db.session.add(view)
    view.query = query
    view.department_id = user.department_id if checked.get("shared") else None
    db.session.flush()
    return view


def delete_view(user, view):
    if view.user_id != user.id:
        raise Forbidden(_("Only the person who saved this view may delete it."))
    db.session.delete(view)
    db.session.flush()


def view_json(view, user):
    return {
        "id": view.id,
        "name": view.name,
        "list": view.list_name,
        "query": view.query,
        "shared": view.shared,
        "mine": view.user_id == user.id,
        "owner": {"id": view.owner.id, "name": view.owner.name},
        "url": view.url(),
    }


# --- Remembered filters -----------------------------------------------------------------------------


def list_of_request():
    """``(list name, list key, the arguments naming the list)`` of the list page asked for, else None."""
    names = {endpoint: name for name, endpoint in LIST_ENDPOINTS.items()}
    list_name = names.get(request.endpoint)
    if list_name is None:
        return None
    if list_name == "department":
        role = request.args.get("role") if request.args.get("role") in queries.ROLES else "lead"
        return list_name, f"department:{role}", {"role": role}
    return list_name, list_name, {}


def remember_or_restore():
    """Before a list page: forget (``reset=1``), bring back (no filters given) or keep its filters."""
    if request.method != "GET":
        return None
    found = list_of_request()  # before anything else: this runs for every request of the app
    if found is None or not current_user.is_authenticated:
        return None
    list_name, key, naming = found
    endpoint = LIST_ENDPOINTS[list_name]
    memory = db.session.get(RememberedFilters, (current_user.id, key))
    if request.args.get("reset"):
        if memory is not None:
            db.session.delete(memory)
            db.session.commit()
        return redirect(url_for(endpoint, **naming))
    args = {name: value for name, value in request.args.items() if not (list_name == "department" and name == "role")}
    query = clean_query(args)
    if not query:
        if memory is not None and memory.query and "page" not in request.args:
            return redirect(url_for(endpoint, **naming, **memory.query))
        return None
    if memory is None:
        db.session.add(RememberedFilters(user_id=current_user.id, list_key=key, query=query))
    elif memory.query != query:
        memory.query = query
    else:
        return None
    try:
        db.session.commit()
    except sa.exc.IntegrityError:  # the same list opened twice at once: either one is remembered
        db.session.rollback()
    return None
