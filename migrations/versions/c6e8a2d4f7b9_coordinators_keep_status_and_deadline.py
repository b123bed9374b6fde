"""A coordinating department's rows keep their task's status and deadline, kept exact by triggers

A list in deadline order reads, for each way a department takes part, the first rows of an index
range in that order. The tasks a department coordinates had no such range: PostgreSQL hashed every
task id the department coordinates (16,500 at a million tasks) for each status and walked all
tasks of that status in deadline order, testing each against the hash. With the task's status and
deadline on ``task_coordinators`` and ``ix_task_coordinators_walk`` (department, status, deadline,
task), the coordinated tasks of a status are one range in deadline order, like the ones it leads.

Triggers copy the task's columns when a department starts coordinating and when the task's status
or deadline changes, in the same transaction, whatever the write path. The trigger that moves the
task counts when a coordinator row changes now fires only when its task or department changes.

Revision ID: c6e8a2d4f7b9
Revises: a9d3f5b7c1e2
Create Date: 2026-12-03 01:00:00
"""

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "c6e8a2d4f7b9"
down_revision = "a9d3f5b7c1e2"
branch_labels = None
depends_on = None

#: The columns a coordinator row copies from its task.
COPIED = ("status", "due_on")

#: The task counts' trigger on coordinator rows (revision b4e1c7d9a2f5), re-created to fire only
#: when a row moves to another task or department.
COUNTS_UPDATE = "task_counts_coordinator_update"


def _counts_update_body(postgresql):
    """The body of the task counts' trigger, from the revision that made it."""
    path = Path(__file__).with_name("b4e1c7d9a2f5_task_counts_kept_by_triggers.py")
    spec = importlib.util.spec_from_file_location("task_counts_revision", path)
    counts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(counts)
    return counts.coordinator_rows("OLD", -1, postgresql), counts.coordinator_rows("NEW", 1, postgresql)


def upgrade():
    postgresql = op.get_bind().dialect.name == "postgresql"
    # Plain ALTER TABLE on both databases: a batch copy of the table would drop its triggers on SQLite.
    op.add_column("task_coordinators", sa.Column("status", sa.String(length=20), nullable=True))
    op.add_column("task_coordinators", sa.Column("due_on", sa.Date(), nullable=True))
    if postgresql:
        op.execute(
            "UPDATE task_coordinators AS c SET status = t.status, due_on = t.due_on FROM tasks AS t WHERE t.id = c.task_id"
        )
    else:
        op.execute(
            "UPDATE task_coordinators SET "
            "status = (SELECT t.status FROM tasks AS t WHERE t.id = task_coordinators.task_id), "
            "due_on = (SELECT t.due_on FROM tasks AS t WHERE t.id = task_coordinators.task_id)"
        )
    op.create_index("ix_task_coordinators_walk", "task_coordinators", ["department_id", "status", "due_on", "task_id"])
    changed = " OR ".join(
        f"OLD.{column} {'IS DISTINCT FROM' if postgresql else 'IS NOT'} NEW.{column}" for column in COPIED
    )
    copy_from_task = "UPDATE task_coordinators SET status = NEW.status, due_on = NEW.due_on WHERE task_id = NEW.id"
    if postgresql:
        op.execute(
            "CREATE FUNCTION task_coordinators_copy_insert() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "BEGIN\nSELECT t.status, t.due_on INTO NEW.status, NEW.due_on FROM tasks AS t WHERE t.id = NEW.task_id;\n"
            "RETURN NEW;\nEND\n$$"
        )
        op.execute(
            "CREATE TRIGGER task_coordinators_copy_insert BEFORE INSERT ON task_coordinators FOR EACH ROW "
            "EXECUTE FUNCTION task_coordinators_copy_insert()"
        )
        op.execute(
            "CREATE FUNCTION task_coordinators_copy_update() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            f"BEGIN\n{copy_from_task};\nRETURN NULL;\nEND\n$$"
        )
        op.execute(
            f"CREATE TRIGGER task_coordinators_copy_update AFTER UPDATE ON tasks FOR EACH ROW WHEN ({changed}) "
            "EXECUTE FUNCTION task_coordinators_copy_update()"
        )
        op.execute(f"DROP TRIGGER {COUNTS_UPDATE} ON task_coordinators")
        op.execute(
            f"CREATE TRIGGER {COUNTS_UPDATE} AFTER UPDATE OF task_id, department_id ON task_coordinators "
            f"FOR EACH ROW EXECUTE FUNCTION {COUNTS_UPDATE}()"
        )
    else:
        op.execute(
            "CREATE TRIGGER task_coordinators_copy_insert AFTER INSERT ON task_coordinators FOR EACH ROW BEGIN\n"
            "UPDATE task_coordinators SET "
            "status = (SELECT t.status FROM tasks AS t WHERE t.id = NEW.task_id), "
            "due_on = (SELECT t.due_on FROM tasks AS t WHERE t.id = NEW.task_id) "
            "WHERE task_id = NEW.task_id AND department_id = NEW.department_id;\nEND"
        )
        op.execute(
            f"CREATE TRIGGER task_coordinators_copy_update AFTER UPDATE ON tasks FOR EACH ROW WHEN {changed} BEGIN\n"
            f"{copy_from_task};\nEND"
        )
        out, into = _counts_update_body(False)
        op.execute(f"DROP TRIGGER {COUNTS_UPDATE}")
        op.execute(
            f"CREATE TRIGGER {COUNTS_UPDATE} AFTER UPDATE OF task_id, department_id ON task_coordinators "
            f"FOR EACH ROW BEGIN\n{out};\n{into};\nEND"
        )


def downgrade():
    postgresql = op.get_bind().dialect.name == "postgresql"
    if postgresql:
        op.execute("DROP TRIGGER IF EXISTS task_coordinators_copy_insert ON task_coordinators")
        op.execute("DROP FUNCTION IF EXISTS task_coordinators_copy_insert()")
        op.execute("DROP TRIGGER IF EXISTS task_coordinators_copy_update ON tasks")
        op.execute("DROP FUNCTION IF EXISTS task_coordinators_copy_update()")
        op.execute(f"DROP TRIGGER {COUNTS_UPDATE} ON task_coordinators")
        op.execute(
            f"CREATE TRIGGER {COUNTS_UPDATE} AFTER UPDATE ON task_coordinators "
            f"FOR EACH ROW EXECUTE FUNCTION {COUNTS_UPDATE}()"
        )
    else:
        op.execute("DROP TRIGGER IF EXISTS task_coordinators_copy_insert")
        op.execute("DROP TRIGGER IF EXISTS task_coordinators_copy_update")
        out, into = _counts_update_body(False)
        op.execute(f"DROP TRIGGER {COUNTS_UPDATE}")
        op.execute(
            f"CREATE TRIGGER {COUNTS_UPDATE} AFTER UPDATE ON task_coordinators FOR EACH ROW BEGIN\n{out};\n{into};\nEND"
        )
    op.drop_index("ix_task_coordinators_walk", table_name="task_coordinators")
    op.execute("ALTER TABLE task_coordinators DROP COLUMN due_on")
    op.execute("ALTER TABLE task_coordinators DROP COLUMN status")
