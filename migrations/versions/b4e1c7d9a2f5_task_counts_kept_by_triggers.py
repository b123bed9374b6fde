"""Task counts per department, role, status and deadline, kept exact by triggers

``task_counts`` holds how many tasks each department has in each combination of its roles in them
(``roles``: 1 leads, 2 issued, 4 coordinates, 8 leads with nobody assigned), status, deadline
(``9999-12-31`` for none), missed deadline and lateness. Triggers on ``tasks`` and
``task_coordinators`` keep it exact in the same transaction as every change, whatever the write
path (the operations, bulk SQL, a console); the existing tasks are counted here once.

Revision ID: b4e1c7d9a2f5
Revises: c8e5a1f7b2d4
Create Date: 2026-12-02 05:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "b4e1c7d9a2f5"
down_revision = "c8e5a1f7b2d4"
branch_labels = None
depends_on = None

KEY = "department_id, roles, status, due_on, missed, late"
NO_DEADLINE = "'9999-12-31'"


def _values(row, postgresql):
    """SQL for a task's status, deadline key, missed and late flags, the task's columns read from ``row``."""
    no_deadline = f"DATE {NO_DEADLINE}" if postgresql else NO_DEADLINE
    return (
        f"{row}.status, COALESCE({row}.due_on, {no_deadline}), ({row}.missed_due_on IS NOT NULL), "
        f"({row}.status = 'done' AND {row}.due_on IS NOT NULL AND {row}.completed_on IS NOT NULL "
        f"AND {row}.completed_on > COALESCE({row}.missed_due_on, {row}.due_on))"
    )


def _upsert(select):
    return (
        f"INSERT INTO task_counts ({KEY}, n) {select} ON CONFLICT ({KEY}) DO UPDATE SET n = task_counts.n + excluded.n"
    )


def task_rows(row, sign, postgresql):
    """Add (``sign`` 1) or take away (-1) the counts of the task ``row`` (NEW or OLD) in every department it involves."""
    return _upsert(
        f"SELECT parts.department_id, SUM(parts.bit), {_values(row, postgresql)}, {sign} FROM ("  # noqa: S608 (constants)
        f"SELECT {row}.lead_department_id AS department_id, "
        f"CASE WHEN {row}.assignee_id IS NULL THEN 9 ELSE 1 END AS bit "
        f"UNION ALL SELECT {row}.issuing_department_id, 2 "
        f"UNION ALL SELECT department_id, 4 FROM task_coordinators WHERE task_id = {row}.id"
        f") AS parts WHERE true GROUP BY parts.department_id"
    )


def coordinator_rows(row, sign, postgresql):
    """A department starts (``sign`` 1) or stops (-1) coordinating: its counts for that task move between
    its roles without coordinating (if any) and with it."""
    base = (
        f"(CASE WHEN t.lead_department_id = {row}.department_id "
        f"THEN (CASE WHEN t.assignee_id IS NULL THEN 9 ELSE 1 END) ELSE 0 END "
        f"+ CASE WHEN t.issuing_department_id = {row}.department_id THEN 2 ELSE 0 END)"
    )
    return _upsert(
        f"SELECT {row}.department_id, {base} + m.plus, {_values('t', postgresql)}, m.delta "  # noqa: S608 (constants)
        f"FROM tasks AS t, (SELECT 4 AS plus, {sign} AS delta UNION ALL SELECT 0, {-sign}) AS m "
        f"WHERE t.id = {row}.task_id AND (m.plus = 4 OR {base} > 0)"
    )


#: Columns whose change moves a task between counts.
WATCHED = ("lead_department_id", "issuing_department_id", "status", "due_on", "missed_due_on", "completed_on")


def _changed(postgresql):
    different = "IS DISTINCT FROM" if postgresql else "IS NOT"
    changes = [f"OLD.{column} {different} NEW.{column}" for column in WATCHED]
    changes.append("(OLD.assignee_id IS NULL) <> (NEW.assignee_id IS NULL)")
    return " OR ".join(changes)


def backfill(postgresql):
    no_deadline = f"DATE {NO_DEADLINE}" if postgresql else NO_DEADLINE
    op.execute(
        _upsert(
            "SELECT parts.department_id, parts.roles, parts.status, parts.due_key, parts.missed, parts.late, "  # noqa: S608
            "COUNT(*) FROM (SELECT involved.department_id, SUM(involved.bit) AS roles, t.status, "
            f"COALESCE(t.due_on, {no_deadline}) AS due_key, (t.missed_due_on IS NOT NULL) AS missed, "
            "(t.status = 'done' AND t.due_on IS NOT NULL AND t.completed_on IS NOT NULL "
            "AND t.completed_on > COALESCE(t.missed_due_on, t.due_on)) AS late "
            "FROM tasks AS t JOIN ("
            "SELECT id AS task_id, lead_department_id AS department_id, "
            "CASE WHEN assignee_id IS NULL THEN 9 ELSE 1 END AS bit FROM tasks "
            "UNION ALL SELECT id, issuing_department_id, 2 FROM tasks "
            "UNION ALL SELECT task_id, department_id, 4 FROM task_coordinators"
            ") AS involved ON involved.task_id = t.id "
            "GROUP BY t.id, involved.department_id, t.status, t.due_on, t.missed_due_on, t.completed_on"
            ") AS parts WHERE true "
            "GROUP BY parts.department_id, parts.roles, parts.status, parts.due_key, parts.missed, parts.late"
        )
    )


def upgrade():
    op.create_table(
        "task_counts",
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("roles", sa.SmallInteger(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("missed", sa.Boolean(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("department_id", "roles", "status", "due_on", "missed", "late"),
    )
    postgresql = op.get_bind().dialect.name == "postgresql"
    backfill(postgresql)
    if postgresql:
        functions = {
            "task_counts_task_insert": task_rows("NEW", 1, True),
            "task_counts_task_update": task_rows("OLD", -1, True) + ";\n" + task_rows("NEW", 1, True),
            "task_counts_task_delete": task_rows("OLD", -1, True),
            "task_counts_coordinator_insert": coordinator_rows("NEW", 1, True),
            "task_counts_coordinator_delete": coordinator_rows("OLD", -1, True),
            "task_counts_coordinator_update": coordinator_rows("OLD", -1, True)
            + ";\n"
            + coordinator_rows("NEW", 1, True),
            "task_counts_truncate": "DELETE FROM task_counts",
        }
        for name, body in functions.items():
            returns = "OLD" if name == "task_counts_task_delete" else "NULL"
            op.execute(
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                f"BEGIN\n{body};\nRETURN {returns};\nEND\n$$"
            )
        triggers = [
            ("task_counts_task_insert", "AFTER INSERT ON tasks FOR EACH ROW", ""),
            ("task_counts_task_update", "AFTER UPDATE ON tasks FOR EACH ROW", f"WHEN ({_changed(True)})"),
            # Before: the task's coordinators are still there to be counted out (the cascade then
            # deletes them, and their trigger finds no task left).
            ("task_counts_task_delete", "BEFORE DELETE ON tasks FOR EACH ROW", ""),
            ("task_counts_coordinator_insert", "AFTER INSERT ON task_coordinators FOR EACH ROW", ""),
            ("task_counts_coordinator_delete", "AFTER DELETE ON task_coordinators FOR EACH ROW", ""),
            ("task_counts_coordinator_update", "AFTER UPDATE ON task_coordinators FOR EACH ROW", ""),
            ("task_counts_truncate", "AFTER TRUNCATE ON tasks FOR EACH STATEMENT", ""),
        ]
        for name, when, condition in triggers:
            op.execute(f"CREATE TRIGGER {name} {when} {condition} EXECUTE FUNCTION {name}()")
    else:
        triggers = [
            ("task_counts_task_insert", "AFTER INSERT ON tasks", [task_rows("NEW", 1, False)]),
            (
                "task_counts_task_update",
                f"AFTER UPDATE ON tasks FOR EACH ROW WHEN {_changed(False)}",
                [task_rows("OLD", -1, False), task_rows("NEW", 1, False)],
            ),
            ("task_counts_task_delete", "BEFORE DELETE ON tasks", [task_rows("OLD", -1, False)]),
            (
                "task_counts_coordinator_insert",
                "AFTER INSERT ON task_coordinators",
                [coordinator_rows("NEW", 1, False)],
            ),
            (
                "task_counts_coordinator_delete",
                "AFTER DELETE ON task_coordinators",
                [coordinator_rows("OLD", -1, False)],
            ),
            (
                "task_counts_coordinator_update",
                "AFTER UPDATE ON task_coordinators",
                [coordinator_rows("OLD", -1, False), coordinator_rows("NEW", 1, False)],
            ),
        ]
        for name, when, statements in triggers:
            body = "".join(f"{statement};\n" for statement in statements)
            when = when if "FOR EACH ROW" in when else f"{when} FOR EACH ROW"
            op.execute(f"CREATE TRIGGER {name} {when} BEGIN\n{body}END")


def downgrade():
    postgresql = op.get_bind().dialect.name == "postgresql"
    names = [
        ("task_counts_task_insert", "tasks"),
        ("task_counts_task_update", "tasks"),
        ("task_counts_task_delete", "tasks"),
        ("task_counts_truncate", "tasks"),
        ("task_counts_coordinator_insert", "task_coordinators"),
        ("task_counts_coordinator_delete", "task_coordinators"),
        ("task_counts_coordinator_update", "task_coordinators"),
    ]
    for name, table in names:
        if postgresql:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("task_counts")
