"""Load the demo: departments with aliases, one user of each role, two meetings and their tasks.

Safe to run again: departments are matched by code, users by email, meetings by title and date;
what exists is left as it is. Demo passwords are generated on the first run and kept in the
instance folder (``demo-credentials.txt``, readable by the owner only), never in the code.

What exists is read through the domains' queries. The rows are built here rather than by the
domains' operations: those stamp the present moment, write the audit trail and tell people, while
the demo is a fixed past (tasks created the day after their meeting, back-dated histories) with no
trail of its own and no one to notify.
"""

import json
import os
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from flask import current_app

from tracker.departments.models import Department, DepartmentKind
from tracker.departments.queries import all_departments
from tracker.extensions import db
from tracker.meetings.models import Directive, Meeting
from tracker.meetings.queries import held
from tracker.tasks.models import (
    ExtensionRequest,
    ExtensionStatus,
    Priority,
    Recurrence,
    Task,
    TaskStatus,
    TaskUpdate,
    UpdateKind,
)
from tracker.users.models import Role, User
from tracker.users.operations import get_user_by_email
from tracker.users.queries import any_user

HERE = Path(__file__).parent

DEMO_USERS = [
    # (email, name, department code, role)
    ("admin@tracker.example", "Hoang Van An", "VP-UBND", Role.ADMIN),
    ("leader@tracker.example", "Tran Minh Luc", "UBND", Role.LEADER),
    ("head.snnmt@tracker.example", "Nguyen Van Duc", "SNNMT", Role.HEAD),
    ("staff.snnmt@tracker.example", "Le Thi Hoa", "SNNMT", Role.STAFF),
    ("head.skhcn@tracker.example", "Nguyen Manh Cuong", "SKHCN", Role.HEAD),
    ("staff.skhcn@tracker.example", "Pham Hong Thai", "SKHCN", Role.STAFF),
    ("head.sct@tracker.example", "Do Quang Minh", "SCT", Role.HEAD),
    ("staff.sct@tracker.example", "Vu Thi Lan", "SCT", Role.STAFF),
    ("observer@tracker.example", "Bui Thanh Son", "TTT", Role.OBSERVER),
]


@dataclass
class SeedReport:
    departments_created: int = 0
    users_created: int = 0
    meetings_created: int = 0
    tasks_created: int = 0
    credentials: list[tuple[str, str, str]] = field(default_factory=list)
    skipped: bool = False

    def summary(self):
        lines = []
        if self.skipped:
            lines.append("Demo data already loaded.")
        else:
            lines.append(
                f"Demo data: {self.departments_created} departments, {self.users_created} users, "
                f"{self.meetings_created} meetings, {self.tasks_created} tasks created."
            )
        if self.credentials:
            lines.append("Demo sign-ins (email / password / role):")
            lines += [f"  {email:32} {password:24} {role}" for email, password, role in self.credentials]
        return "\n".join(lines)


def _credentials_path():
    return Path(current_app.instance_path) / "demo-credentials.txt"


def _load_credentials():
    path = _credentials_path()
    if not path.exists():
        return {}
    rows = (line.split("\t") for line in path.read_text().splitlines() if line.strip())
    return {row[0]: row[1] for row in rows if len(row) == 2}


def _save_credentials(credentials):
    path = _credentials_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.writelines(f"{email}\t{password}\n" for email, password in credentials.items())


def seed_demo(first_run_only=False):
    """Create what is missing of the demo; return a :class:`SeedReport`."""
    report = SeedReport()
    credentials = _load_credentials()
    if first_run_only and any_user():
        report.skipped = True
    else:
        departments = _seed_departments(report)
        users = _seed_users(report, departments, credentials)
        _seed_meetings(report, departments, users)
        _save_credentials(credentials)
    roles = {email: role.value for email, _name, _code, role in DEMO_USERS}
    report.credentials = [(email, credentials[email], roles[email]) for email in roles if email in credentials]
    return report


def _seed_departments(report):
    entries = json.loads((HERE / "departments.json").read_text(encoding="utf-8"))
    existing = {d.code: d for d in all_departments()}
    for entry in entries:
        if entry["code"] not in existing:
            department = Department(
                code=entry["code"],
                name=entry["name"],
                kind=DepartmentKind(entry["kind"]),
                email=entry.get("email"),
                aliases=entry.get("aliases", []),
            )
            db.session.add(department)
            existing[entry["code"]] = department
            report.departments_created += 1
    db.session.flush()
    for entry in entries:
        if entry.get("parent_code") and existing[entry["code"]].parent_id is None:
            existing[entry["code"]].parent_id = existing[entry["parent_code"]].id
    db.session.flush()
    return existing


def _seed_users(report, departments, credentials):
    users = {}
    for email, name, code, role in DEMO_USERS:
        user = get_user_by_email(email)
        if user is None:
            password = credentials.get(email) or secrets.token_urlsafe(9)
            user = User(email=email, name=name, department=departments[code], role=role)
            user.set_password(password)
            credentials[email] = password
            db.session.add(user)
            report.users_created += 1
        users[email] = user
    db.session.flush()
    return users


def _minutes(name):
    text = (HERE / "minutes" / name).read_text(encoding="utf-8")
    match = re.search(r"(?:Källa|Source)\s*:?\s*(https?://\S+)", text)
    return text, match.group(1) if match else None


# Directives of the two meetings (English renderings of their conclusions) and the tasks made of
# them. ``due`` is days from today so that the demo always shows every timing; ``status`` is the
# state the task has reached, ``late`` whether it was completed after its deadline.
MEETINGS = [
    {
        "title": "Working session of the Department of Science and Technology with the Department of "
        "Agriculture and Environment",
        "held_on": date(2025, 10, 10),
        "place": "Department of Science and Technology, Ha Long",
        "chair_name": "Nguyen Manh Cuong",
        "chair_title": "Director of the Department of Science and Technology",
        "host": "SKHCN",
        "attendees": ["SNNMT", "SNV"],
        "minutes": "sv-science-agriculture-working-session.txt",
        "language": "sv",
        "issuer": "head.skhcn@tracker.example",
        "directives": [
            (
                "The Department of Agriculture and Environment must coordinate with the People's Committees of "
                "Dam Ha, Dong Trieu and Tien Yen to complete 04 high-tech agricultural zones.",
                [],
                [
                    dict(
                        title="Complete 04 high-tech agricultural zones",
                        lead="SNNMT",
                        coordinating=["UBND-DAMHA", "UBND-DONGTRIEU", "UBND-TIENYEN"],
                        due=-12,
                        deadline_text="by the end of the year",
                        target=(4, "high-tech agricultural zones"),
                        current=2,
                        progress=50,
                        status=TaskStatus.IN_PROGRESS,
                        assignee="staff.snnmt@tracker.example",
                        priority=Priority.HIGH,
                    )
                ],
            ),
            (
                "Actively carry out the tasks assigned in Plan No. 59/KH-UBND dated 1 March 2022 of the Provincial "
                "People's Committee on comprehensive digital transformation in Quang Ninh province by 2025, with a "
                "vision to 2030.",
                ["Plan No. 59/KH-UBND dated 1 March 2022"],
                [
                    dict(
                        title="Carry out the digital transformation tasks of Plan No. 59/KH-UBND",
                        lead="SNNMT",
                        due=2,
                        deadline_text="by 2025",
                        progress=80,
                        status=TaskStatus.SUBMITTED,
                        assignee="staff.snnmt@tracker.example",
                    )
                ],
            ),
            (
                "Pay attention to the tasks assigned in Plan No. 28/KH-UBND dated 24 January 2025, focusing on "
                "research and development of key science, technology, innovation and digital transformation "
                "programmes in the province's strong economic sectors.",
                ["Plan No. 28/KH-UBND dated 24 January 2025"],
                [
                    dict(
                        title="Propose key R&D programmes under Plan No. 28/KH-UBND",
                        lead="SNNMT",
                        coordinating=["SKHCN"],
                        due=-40,
                        deadline_text="in the first quarter",
                        progress=100,
                        status=TaskStatus.DONE,
                        completed=-45,
                        assignee="staff.snnmt@tracker.example",
                    )
                ],
            ),
            (
                "Take part in developing the framework programme of priority science and technology tasks for "
                "2025–2030 in agriculture and environment.",
                [],
                [
                    dict(
                        title="Contribute to the 2025–2030 framework programme of priority S&T tasks",
                        lead="SNNMT",
                        coordinating=["SKHCN"],
                        due=-20,
                        deadline_text="within two months",
                        progress=100,
                        status=TaskStatus.DONE,
                        completed=-6,
                        assignee="staff.snnmt@tracker.example",
                    )
                ],
            ),
            (
                "Continue to coordinate with the Department of Science and Technology to select and publish the "
                "annual science and technology problems.",
                [],
                [
                    dict(
                        title="Select and publish the annual science and technology problems",
                        lead="SNNMT",
                        coordinating=["SKHCN"],
                        due=45,
                        deadline_text="annually",
                        recurrence=Recurrence.YEARLY,
                        status=TaskStatus.ASSIGNED,
                    )
                ],
            ),
            (
                "Consider coordinating with the Department of Science and Technology to organise an O1 conference "
                "to meet enterprises in agriculture and environment and remove their difficulties.",
                [],
                [
                    dict(
                        title="Organise an O1 conference with agriculture and environment enterprises",
                        lead="SKHCN",
                        coordinating=["SNNMT"],
                        due=None,
                        status=TaskStatus.ASSIGNED,
                        assignee="staff.skhcn@tracker.example",
                    )
                ],
            ),
        ],
    },
    {
        "title": "Working session of the Provincial People's Council with the Department of Industry and Trade",
        "held_on": date(2025, 9, 18),
        "place": "Provincial People's Council, Ha Long",
        "chair_name": "Tran Minh Luc",
        "chair_title": "Vice-Chair of the Provincial People's Council",
        "host": "HDND",
        "attendees": ["SCT", "MTTQ"],
        "minutes": "fr-industry-trade-working-session.txt",
        "language": "fr",
        "issuer": "leader@tracker.example",
        "directives": [
            (
                "Continue to strengthen leadership and direction to implement effectively the tasks and targets of "
                "Resolution No. 21/NQ-TU.",
                ["Resolution No. 21/NQ-TU"],
                [
                    dict(
                        title="Implement the tasks and targets of Resolution No. 21/NQ-TU",
                        lead="SCT",
                        due=-3,
                        deadline_text="by the end of Q3",
                        progress=60,
                        status=TaskStatus.IN_PROGRESS,
                        assignee="staff.sct@tracker.example",
                        extension=(30, "Two industrial parks are still waiting for their land allocation."),
                    )
                ],
            ),
            (
                "Review the infrastructure of the industrial parks to find solutions for modernising and upgrading "
                "it in order to attract investment.",
                [],
                [
                    dict(
                        title="Review industrial park infrastructure and propose upgrades",
                        lead="SCT",
                        coordinating=["BQLKKT"],
                        due=20,
                        deadline_text="in December",
                        progress=10,
                        status=TaskStatus.IN_PROGRESS,
                        assignee="staff.sct@tracker.example",
                    )
                ],
            ),
            (
                "Focus on disseminating the Party's policies and the legal regulations on the protection of land, "
                "natural resources and the environment.",
                [],
                [
                    dict(
                        title="Disseminate the regulations on land, natural resources and environment protection",
                        lead="SCT",
                        due=-60,
                        deadline_text="within 30 days",
                        progress=100,
                        status=TaskStatus.DONE,
                        completed=-52,
                        assignee="staff.sct@tracker.example",
                    )
                ],
            ),
            (
                "Pay attention to the management of mining and to environmental protection in markets.",
                [],
                [
                    dict(
                        title="Strengthen the management of mining and environmental protection in markets",
                        lead="SCT",
                        coordinating=["SNNMT"],
                        due=1,
                        status=TaskStatus.ASSIGNED,
                        priority=Priority.HIGH,
                    ),
                    dict(
                        title="Quarterly report on environmental protection in markets",
                        lead="SCT",
                        due=-1,
                        deadline_text="every quarter",
                        recurrence=Recurrence.QUARTERLY,
                        status=TaskStatus.ASSIGNED,
                        assignee="staff.sct@tracker.example",
                    ),
                ],
            ),
            (
                "Strengthen the application of digital technology to improve the quality of management in natural "
                "resources and environmental protection.",
                [],
                [
                    dict(
                        title="Digital tools for natural resources management",
                        lead="SCT",
                        due=10,
                        status=TaskStatus.CANCELLED,
                        cancel_comment="Merged into the province's digital transformation plan.",
                    )
                ],
            ),
        ],
    },
]


def _local_today():
    return datetime.now(ZoneInfo(current_app.config["TRACKER_TIMEZONE"])).date()


def _at(day):
    """Noon, local time, on ``day``, as UTC."""
    zone = ZoneInfo(current_app.config["TRACKER_TIMEZONE"])
    return datetime.combine(day, time(12), zone).astimezone(UTC)


def _seed_meetings(report, departments, users):
    today = _local_today()
    for spec in MEETINGS:
        if held(spec["title"], spec["held_on"]):
            continue
        minutes, source_url = _minutes(spec["minutes"])
        issuer = users[spec["issuer"]]
        meeting = Meeting(
            title=spec["title"],
            held_on=spec["held_on"],
            place=spec["place"],
            chair_name=spec["chair_name"],
            chair_title=spec["chair_title"],
            host_department=departments[spec["host"]],
            attendees=[departments[code] for code in spec["attendees"]],
            minutes=minutes,
            source_url=source_url,
            language=spec["language"],
            created_by_id=issuer.id,
        )
        db.session.add(meeting)
        report.meetings_created += 1
        for position, (text, references, tasks) in enumerate(spec["directives"], start=1):
            directive = Directive(meeting=meeting, position=position, text=text, references=references)
            db.session.add(directive)
            db.session.flush()
            for task_spec in tasks:
                _seed_task(meeting, directive, issuer, departments, users, task_spec, today)
                report.tasks_created += 1
    db.session.flush()


def _seed_task(meeting, directive, issuer, departments, users, spec, today):
    created_at = _at(meeting.held_on + timedelta(days=1))
    due_on = today + timedelta(days=spec["due"]) if spec.get("due") is not None else None
    assignee = users.get(spec.get("assignee"))
    task = Task(
        title=spec["title"],
        meeting=meeting,
        directive=directive,
        issuer=issuer,
        issuing_department=issuer.department,
        lead_department=departments[spec["lead"]],
        coordinating_departments=[departments[code] for code in spec.get("coordinating", [])],
        assignee=assignee,
        due_on=due_on,
        deadline_text=spec.get("deadline_text"),
        recurrence=spec.get("recurrence", Recurrence.NONE),
        priority=spec.get("priority", Priority.NORMAL),
        target_value=spec["target"][0] if spec.get("target") else None,
        target_unit=spec["target"][1] if spec.get("target") else None,
        current_value=spec.get("current"),
        progress=spec.get("progress", 0),
        status=spec["status"],
        created_at=created_at,
    )
    db.session.add(task)
    db.session.flush()
    history = [
        TaskUpdate(
            task=task, author=issuer, kind=UpdateKind.CREATED, status_to=TaskStatus.ASSIGNED, created_at=created_at
        )
    ]
    worker = assignee or issuer
    moment = created_at + timedelta(days=2)
    path = {
        TaskStatus.IN_PROGRESS: [TaskStatus.IN_PROGRESS],
        TaskStatus.SUBMITTED: [TaskStatus.IN_PROGRESS, TaskStatus.SUBMITTED],
        TaskStatus.DONE: [TaskStatus.IN_PROGRESS, TaskStatus.SUBMITTED, TaskStatus.DONE],
        TaskStatus.CANCELLED: [TaskStatus.CANCELLED],
    }.get(spec["status"], [])
    previous = TaskStatus.ASSIGNED
    for status in path:
        author = issuer if status in (TaskStatus.DONE, TaskStatus.CANCELLED) else worker
        if status == TaskStatus.DONE:
            moment = _at(today + timedelta(days=spec["completed"]))
            task.completed_at = moment
            task.completed_on = today + timedelta(days=spec["completed"])
        elif status == TaskStatus.SUBMITTED and spec.get("completed") is not None:
            moment = _at(today + timedelta(days=spec["completed"] - 1))
        comment = spec.get("cancel_comment") if status == TaskStatus.CANCELLED else None
        history.append(
            TaskUpdate(
                task=task,
                author=author,
                kind=UpdateKind.TRANSITION,
                status_from=previous,
                status_to=status,
                comment=comment,
                created_at=moment,
            )
        )
        previous = status
        moment = moment + timedelta(days=3)
    if spec.get("progress") and spec["status"] != TaskStatus.CANCELLED:
        history.append(
            TaskUpdate(
                task=task,
                author=worker,
                kind=UpdateKind.PROGRESS,
                progress=spec["progress"],
                current_value=spec.get("current"),
                comment="Progress reported at the monthly review.",
                created_at=min(moment, _at(today)),
            )
        )
    if spec.get("extension"):
        days, reason = spec["extension"]
        db.session.add(
            ExtensionRequest(
                task=task,
                requested_due_on=due_on + timedelta(days=days),
                previous_due_on=due_on,
                reason=reason,
                requester=worker,
                issuing_department_id=issuer.department_id,
                status=ExtensionStatus.PENDING,
                created_at=_at(today),
            )
        )
    db.session.add_all(history)
    return task
