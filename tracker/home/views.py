import sqlalchemy as sa
from flask import render_template
from flask_login import current_user, login_required

from tracker.extensions import db
from tracker.home import bp
from tracker.tasks.models import OPEN_STATUSES, Task
from tracker.users.models import Role


def my_open_tasks(user, limit=50):
    """Open tasks the user is expected to act on: assigned to them, or unassigned in a department they head."""
    mine = Task.assignee_id == user.id
    if user.role == Role.HEAD:
        mine = sa.or_(mine, sa.and_(Task.lead_department_id == user.department_id, Task.assignee_id.is_(None)))
    query = (
        sa.select(Task)
        .where(mine, Task.status.in_(OPEN_STATUSES))
        .order_by(Task.due_on.is_(None), Task.due_on, Task.id)
        .limit(limit)
    )
    return db.session.scalars(query).all()


@bp.route("/")
@login_required
def index():
    return render_template("home/index.html", tasks=my_open_tasks(current_user))
