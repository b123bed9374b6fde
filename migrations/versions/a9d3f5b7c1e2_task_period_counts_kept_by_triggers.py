"""What the periodic report counts, by month, kept exact by triggers

``task_period_counts`` holds how many tasks each lead department has in each combination of status,
deadline the task is judged against (the missed one when an extension was asked for late: its day
while the task is open, the first day of its month once done), day of completion (``9999-12-31``
for none) and lateness (completed after that deadline).
Tasks without a deadline and cancelled ones are left out, as the report leaves them out. Triggers on
``tasks`` keep it exact in the same transaction as every change, whatever the write path; the
existing tasks are counted here once.

Revision ID: a9d3f5b7c1e2
Revises: f8b2d4e6a1c3
Create Date: 2026-12-02 21:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = "a9d3f5b7c1e2"
down_revision = "f8b2d4e6a1c3"
branch_labels = None
depends_on = None

KEY = "department_id, status, deadline_on, completed_on, late"
WATCHED = ("lead_department_id", "status", "due_on", "missed_due_on", "completed_on")


def _month(value, postgresql):
    return f"CAST(date_trunc('month', {value}) AS date)" if postgresql else f"date({value}, 'start of month')"


def _key(row, postgresql):
    judged = f"COALESCE({row}.missed_due_on, {row}.due_on)"
    not_completed = "DATE '9999-12-31'" if postgresql else "'9999-12-31'"
    return (
        f"{row}.lead_department_id, {row}.status, "
        f"CASE WHEN {row}.status = 'done' THEN {_month(judged, postgresql)} ELSE {judged} END, "
        f"COALESCE({row}.completed_on, {not_completed}), "
        f"({row}.completed_on IS NOT NULL AND {row}.completed_on > {judged})"
    )


def task_row(row, sign, postgresql):
    """Add (``sign`` 1) or take away (-1) the task ``row`` (NEW or OLD), when the report counts it."""
    return (
        f"INSERT INTO task_period_counts ({KEY}, n) SELECT {_key(row, postgresql)}, {sign} "
        f"WHERE {row}.due_on IS NOT NULL AND {row}.status <> 'cancelled' "
        f"ON CONFLICT ({KEY}) DO UPDATE SET n = task_period_counts.n + excluded.n"
    )


def _changed(postgresql):
    different = "IS DISTINCT FROM" if postgresql else "IS NOT"
    return " OR ".join(f"OLD.{column} {different} NEW.{column}" for column in WATCHED)


def upgrade():
    op.create_table(
        "task_period_counts",
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("deadline_on", sa.Date(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("department_id", "status", "deadline_on", "completed_on", "late"),
    )
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.execute(
        f"INSERT INTO task_period_counts ({KEY}, n) SELECT {_key('t', postgresql)}, COUNT(*) "  # noqa: S608 (constants)
        "FROM tasks AS t WHERE t.due_on IS NOT NULL AND t.status <> 'cancelled' GROUP BY 1, 2, 3, 4, 5"
    )
    if postgresql:
        functions = {
            "task_period_counts_insert": task_row("NEW", 1, True),
            "task_period_counts_update": task_row("OLD", -1, True) + ";\n" + task_row("NEW", 1, True),
            "task_period_counts_delete": task_row("OLD", -1, True),
            "task_period_counts_truncate": "DELETE FROM task_period_counts",
        }
        for name, body in functions.items():
            returns = "OLD" if name == "task_period_counts_delete" else "NULL"
            op.execute(
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                f"BEGIN\n{body};\nRETURN {returns};\nEND\n$$"
            )
        triggers = [
            ("task_period_counts_insert", "AFTER INSERT ON tasks FOR EACH ROW", ""),
            ("task_period_counts_update", "AFTER UPDATE ON tasks FOR EACH ROW", f"WHEN ({_changed(True)})"),
            ("task_period_counts_delete", "AFTER DELETE ON tasks FOR EACH ROW", ""),
            ("task_period_counts_truncate", "AFTER TRUNCATE ON tasks FOR EACH STATEMENT", ""),
        ]
        for name, when, condition in triggers:
            op.execute(f"CREATE TRIGGER {name} {when} {condition} EXECUTE FUNCTION {name}()")
    else:
        triggers = [
            ("task_period_counts_insert", "AFTER INSERT ON tasks FOR EACH ROW", [task_row("NEW", 1, False)]),
            (
                "task_period_counts_update",
                f"AFTER UPDATE ON tasks FOR EACH ROW WHEN {_changed(False)}",
                [task_row("OLD", -1, False), task_row("NEW", 1, False)],
            ),
            ("task_period_counts_delete", "AFTER DELETE ON tasks FOR EACH ROW", [task_row("OLD", -1, False)]),
        ]
        for name, when, statements in triggers:
            body = "".join(f"{statement};\n" for statement in statements)
            op.execute(f"CREATE TRIGGER {name} {when} BEGIN\n{body}END")


def downgrade():
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name in ("task_period_counts_insert", "task_period_counts_update", "task_period_counts_delete"):
        if postgresql:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON tasks")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    if postgresql:
        op.execute("DROP TRIGGER IF EXISTS task_period_counts_truncate ON tasks")
        op.execute("DROP FUNCTION IF EXISTS task_period_counts_truncate()")
    op.drop_table("task_period_counts")
