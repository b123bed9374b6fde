"""Rules written both in Python and in SQL agree on generated data (SQLite, and PostgreSQL when set).

- who may see a task: :func:`tracker.core.permissions.can_view_task` and
  :func:`tracker.tasks.queries.visible_tasks`;
- who may see a meeting: :func:`tracker.core.permissions.can_view_meeting` and
  :func:`tracker.meetings.queries.visible_meetings`;
- timing: :func:`tracker.tasks.timing.timing_of` and :func:`tracker.tasks.timing.timing_clause`.

Each example builds its rows in the test's transaction (flushed, never committed), asks both sides,
and rolls back.
"""

from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.core.permissions import can_view_meeting, can_view_task
from tracker.extensions import db
from tracker.meetings.models import Meeting
from tracker.meetings.queries import visible_meetings
from tracker.tasks.models import Task, TaskStatus, Timing
from tracker.tasks.queries import visible_tasks
from tracker.tasks.timing import timing_clause, timing_of
from tracker.users.models import Role

TODAY = date(2025, 6, 10)
DEPARTMENTS = 3

EXAMPLES = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

department_index = st.integers(0, DEPARTMENTS - 1)
offset = st.integers(-12, 12)

tasks = st.lists(
    st.fixed_dictionaries(
        {
            "lead": department_index,
            "issuing": st.none() | department_index,
            "coordinating": st.sets(department_index, max_size=DEPARTMENTS),
            "status": st.sampled_from(list(TaskStatus)),
            "due": st.none() | offset,
            "completed": st.none() | offset,
        }
    ),
    min_size=1,
    max_size=6,
)
meetings = st.lists(
    st.fixed_dictionaries({"host": st.none() | department_index, "attended": st.sets(department_index)}),
    min_size=1,
    max_size=4,
)
viewers = st.tuples(st.sampled_from(list(Role)), department_index)


def make_world(make, task_specs, meeting_specs):
    departments = [make.department() for _ in range(DEPARTMENTS)]
    issuer = make.user(department=departments[0], role=Role.LEADER)
    made_tasks = []
    for spec in task_specs:
        values = {"status": spec["status"], "due_on": None}
        if spec["due"] is not None:
            values["due_on"] = TODAY + timedelta(days=spec["due"])
        if spec["completed"] is not None and spec["status"] == TaskStatus.DONE:
            values["completed_on"] = TODAY + timedelta(days=spec["completed"])
            values["completed_at"] = datetime.combine(values["completed_on"], datetime.min.time(), tzinfo=UTC)
        made_tasks.append(
            make.task(
                lead=departments[spec["lead"]],
                issuer=issuer,
                issuing_department=departments[spec["issuing"]] if spec["issuing"] is not None else issuer.department,
                coordinating=[departments[index] for index in sorted(spec["coordinating"])],
                **values,
            )
        )
    made_meetings = []
    for spec in meeting_specs:
        meeting = make.meeting(host=departments[spec["host"]] if spec["host"] is not None else None)
        meeting.attendees = [departments[index] for index in sorted(spec["attended"])]
        made_meetings.append(meeting)
    db.session.flush()
    return departments, made_tasks, made_meetings


@EXAMPLES
@given(task_specs=tasks, meeting_specs=meetings, viewer=viewers)
def test_who_may_see_a_task_or_a_meeting_is_the_same_in_python_and_in_sql(app, make, task_specs, meeting_specs, viewer):
    try:
        departments, made_tasks, made_meetings = make_world(make, task_specs, meeting_specs)
        role, index = viewer
        user = make.user(department=departments[index], role=role)
        ids = [task.id for task in made_tasks]
        in_sql = set(db.session.scalars(visible_tasks(user, Task.id.in_(ids)).with_only_columns(Task.id)))
        in_python = {task.id for task in made_tasks if can_view_task(user, task)}
        assert in_sql == in_python
        meeting_ids = [meeting.id for meeting in made_meetings]
        query = visible_meetings(user).where(Meeting.id.in_(meeting_ids))
        seen_in_sql = {meeting.id for meeting in db.session.scalars(query)}
        seen_in_python = {meeting.id for meeting in made_meetings if can_view_meeting(user, meeting)}
        assert seen_in_sql == seen_in_python
    finally:
        db.session.rollback()


@EXAMPLES
@given(task_specs=tasks, today_shift=st.integers(-3, 3))
def test_timing_is_the_same_in_python_and_in_sql(app, make, task_specs, today_shift):
    today = TODAY + timedelta(days=today_shift)
    try:
        _departments, made_tasks, _meetings = make_world(make, task_specs, [])
        ids = [task.id for task in made_tasks]
        for timing in Timing:
            in_sql = set(db.session.scalars(db.select(Task.id).where(Task.id.in_(ids), timing_clause(timing, today))))
            in_python = {task.id for task in made_tasks if timing_of(task, today) == timing}
            assert in_sql == in_python, timing
    finally:
        db.session.rollback()
