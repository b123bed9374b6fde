"""A province with known numbers for the periodic report, on 10 June 2025 (Hanoi time)."""

from datetime import UTC, date, datetime

import pytest
import time_machine

from tests.api.conftest import Api
from tracker.extensions import db
from tracker.tasks import operations
from tracker.tasks.models import TaskStatus, TaskUpdate, UpdateKind

TODAY = "2025-06-10 03:00:00+00:00"


@pytest.fixture
def frozen():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def api(client):
    return Api(client)


def at_noon(day):
    return datetime.combine(day, datetime.min.time(), tzinfo=UTC).replace(hour=5)


@pytest.fixture
def province(make):
    alpha = make.department(name="Agriculture", code="NN")
    beta = make.department(name="Transport", code="GT")
    gamma = make.department(name="Finance", code="TC")
    office = make.department(name="Office", code="VP")
    leader = make.user(role="leader", department=office)
    beta_staff = make.user(role="staff", department=beta)
    meeting = make.meeting(host=office, title="Working session on forests", held_on=date(2025, 3, 10))
    directive = make.directive(
        meeting=meeting,
        text="Plant the hills before the rains.",
        references=["Plan No. 28/KH-UBND dated 24 January 2025"],
    )
    # Another meeting: one directive cites the same plan (in Vietnamese), one a plan whose number
    # ends the same way.
    roads = make.meeting(host=office, title="Working session on roads", held_on=date(2025, 4, 2))
    same_plan = make.directive(
        meeting=roads, text="Repair the roads before the rains.", references=["Kế hoạch số 28/KH-UBND ngày 24/01/2025"]
    )
    other_plan = make.directive(meeting=roads, text="Carry out the other plan.", references=["Plan No. 128/KH-UBND"])

    def done(lead, due, completed, title, **values):
        return make.task(
            lead=lead,
            issuer=leader,
            title=title,
            status=TaskStatus.DONE,
            due_on=due,
            completed_on=completed,
            completed_at=at_noon(completed),
            **values,
        )

    def open_(lead, due, title, status=TaskStatus.IN_PROGRESS, **values):
        return make.task(lead=lead, issuer=leader, title=title, status=status, due_on=due, **values)

    done(alpha, date(2025, 6, 5), date(2025, 6, 5), "Done on the day")
    done(alpha, date(2025, 3, 31), date(2025, 3, 1), "Done in March")
    done(alpha, date(2025, 6, 1), date(2025, 6, 3), "Done two days late", meeting=roads, directive=other_plan)
    open_(alpha, date(2025, 6, 20), "Due in ten days", meeting=meeting, directive=directive)
    open_(alpha, date(2025, 6, 9), "Due yesterday", meeting=meeting, directive=directive)
    open_(alpha, date(2025, 3, 15), "Carried over from March", TaskStatus.SUBMITTED)
    done(alpha, date(2025, 3, 20), date(2025, 4, 5), "Done in April")
    open_(alpha, date(2025, 5, 1), "Cancelled", TaskStatus.CANCELLED)
    open_(alpha, None, "No deadline", TaskStatus.ASSIGNED)
    done(beta, date(2025, 7, 15), date(2025, 6, 2), "Done before a July deadline")
    open_(beta, date(2025, 9, 30), "Due in September")
    late = open_(beta, date(2025, 5, 10), "Extended too late", meeting=roads, directive=same_plan)
    open_(gamma, date(2026, 1, 31), "Next year")
    db.session.commit()
    # Ten days after the deadline, the lead department asks for more time, and gets it.
    with time_machine.travel("2025-05-20 03:00:00+00:00", tick=False):
        extension = operations.request_extension(beta_staff, late, due_on="2025-07-31", reason="The rains came early.")
        operations.decide_extension(leader, extension, approve=True)
        db.session.add(
            TaskUpdate(
                task_id=late.id,
                author_id=beta_staff.id,
                kind=UpdateKind.PROGRESS,
                progress=50,
                comment="Half the seedlings are planted.",
                created_at=at_noon(date(2025, 5, 20)),
            )
        )
        db.session.commit()
    return {
        "alpha": alpha,
        "beta": beta,
        "gamma": gamma,
        "office": office,
        "leader": leader,
        "beta_staff": beta_staff,
        "meeting": meeting,
        "directive": directive,
        "roads": roads,
        "late": late,
    }


def numbers(report):
    return [
        (
            line.department.code,
            line.total,
            line.done_on_time,
            line.done_late,
            line.open_within_deadline,
            line.open_overdue,
            line.on_time_rate,
        )
        for line in report.lines
    ]
