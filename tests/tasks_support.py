"""A small province for the task and meeting tests, and helpers to put a task in a given status.

- ``office``: the provincial office, where the leader sits (the issuing side of most tasks);
- ``lead``: the department leading the task (``head``, ``staff``);
- ``other``: a department with nothing to do with the task (``other_head``, ``other_staff``);
- ``coord``: a coordinating department (``coord_head``, ``coord_staff``);
- ``admin`` and ``observer`` sit in the office too.
"""

from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa

from tracker.extensions import db
from tracker.tasks import operations
from tracker.tasks.models import Task, TaskStatus, TaskUpdate


@dataclass
class World:
    office: object
    lead: object
    other: object
    coord: object
    leader: object
    admin: object
    observer: object
    head: object
    staff: object
    other_head: object
    other_staff: object
    coord_head: object
    coord_staff: object

    def actor(self, role, relation):
        """The user of ``role`` in the lead department (``own``) or an unrelated one (``other``)."""
        if role in ("leader", "admin", "observer"):
            return getattr(self, role)
        if relation == "own":
            return self.head if role == "head" else self.staff
        return self.other_head if role == "head" else self.other_staff


def build_world(make):
    office = make.department(name="Provincial Office", code="VP")
    lead = make.department(name="Agriculture", code="NN")
    other = make.department(name="Transport", code="GT")
    coord = make.department(name="Finance", code="TC")
    world = World(
        office=office,
        lead=lead,
        other=other,
        coord=coord,
        leader=make.user(role="leader", department=office, name="Lena Leader"),
        admin=make.user(role="admin", department=office, name="Ada Admin"),
        observer=make.user(role="observer", department=office, name="Olle Observer"),
        head=make.user(role="head", department=lead, name="Hoa Head"),
        staff=make.user(role="staff", department=lead, name="Sam Staff"),
        other_head=make.user(role="head", department=other, name="Oscar Otherhead"),
        other_staff=make.user(role="staff", department=other, name="Olga Otherstaff"),
        coord_head=make.user(role="head", department=coord, name="Cao Coordhead"),
        coord_staff=make.user(role="staff", department=coord, name="Cecile Coordstaff"),
    )
    db.session.commit()
    return world


def new_task(world, **values):
    """A task issued by the leader to the lead department, coordinated by ``coord``, through the operation."""
    values.setdefault("title", "Plant 5 000 hectares of new forest")
    values.setdefault("lead_department_id", world.lead.id)
    values.setdefault("coordinating_department_ids", [world.coord.id])
    issuer = values.pop("issuer", world.leader)
    task = operations.create_task(issuer, **values)
    db.session.commit()
    return task


#: The actions that bring a new task to each status.
PATH_TO = {
    TaskStatus.ASSIGNED: (),
    TaskStatus.IN_PROGRESS: ("start",),
    TaskStatus.SUBMITTED: ("start", "submit"),
    TaskStatus.DONE: ("start", "submit", "approve"),
    TaskStatus.CANCELLED: ("cancel",),
}


def bring_to(world, task, status):
    """Move ``task`` to ``status`` along the lifecycle, acting as the right people."""
    for action in PATH_TO[TaskStatus(status)]:
        actor = world.staff if action in ("start", "submit") else world.leader
        operations.transition_task(actor, task, action)
    db.session.commit()
    return task


def update_count(task):
    return db.session.scalar(db.select(db.func.count(TaskUpdate.id)).where(TaskUpdate.task_id == task.id))


def reload(task):
    db.session.expire_all()
    return db.session.get(Task, task.id)


@contextmanager
def tasks_built():
    """The titles of the task ORM objects built while the block runs (a page that reads rows builds none)."""
    built = []

    def count(target, context):
        built.append(target.title)

    sa.event.listen(Task, "load", count)
    try:
        yield built
    finally:
        sa.event.remove(Task, "load", count)
