"""The schema is made by the migrations alone, the same on SQLite and PostgreSQL."""

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from tests.conftest import database_of_its_own
from tracker.extensions import db
from tracker.tasks.search import include_name


def test_migrations_create_every_table_of_the_models(app):
    tables = set(sa.inspect(db.engine).get_table_names())
    assert {table.name for table in db.metadata.sorted_tables} <= tables
    assert "alembic_version" in tables


def test_migrated_schema_matches_the_models(app):
    with db.engine.connect() as connection:
        options = {"compare_type": True, "include_name": include_name}  # the search index has no model
        context = MigrationContext.configure(connection, opts=options)
        differences = compare_metadata(context, db.metadata)
    assert differences == []


def test_task_list_indexes_exist(app):
    indexes = {index["name"]: index["column_names"] for index in sa.inspect(db.engine).get_indexes("tasks")}
    my_tasks = ["lead_department_id", "assignee_id", "status", "due_on", "id"]
    assert indexes["ix_tasks_lead_assignee_status_due"] == my_tasks  # the lists' order: deadline, then id
    assert indexes["ix_tasks_report"] == ["lead_department_id", "status", "due_on", "completed_on", "missed_due_on"]
    assert indexes["ix_tasks_assignee_status_due"] == ["assignee_id", "status", "due_on"]
    assert indexes["ix_tasks_status_walk"] == ["status", "due_on", "id", "missed_due_on"]
    assert indexes["ix_tasks_due"] == ["due_on", "id"]
    # A source document's counts read this index alone; it replaces the plain one on the directive.
    assert indexes["ix_tasks_directive_report"][:2] == ["directive_id", "lead_department_id"]
    assert set(indexes["ix_tasks_directive_report"]) >= {"status", "due_on", "completed_on", "missed_due_on"}
    assert "ix_tasks_directive_id" not in indexes
    coordinator_indexes = sa.inspect(db.engine).get_indexes("task_coordinators")
    assert any(index["column_names"] == ["department_id", "task_id"] for index in coordinator_indexes)
    reminder_keys = sa.inspect(db.engine).get_unique_constraints("reminders")
    assert any(
        key["column_names"] == ["task_id", "recipient_id", "kind", "deadline_key", "occurrence"]
        for key in reminder_keys
    )


def test_downgrade_to_nothing_and_back(database_url, tmp_path_factory):
    with database_of_its_own(database_url, tmp_path_factory, "roundtrip"):
        upgrade()
        assert "tasks" in sa.inspect(db.engine).get_table_names()
        downgrade(revision="base")
        assert set(sa.inspect(db.engine).get_table_names()) <= {"alembic_version"}
        upgrade()
        assert "tasks" in sa.inspect(db.engine).get_table_names()


def test_a_database_migrated_step_by_step_equals_one_built_from_scratch(database_url, tmp_path_factory):
    """Revision 5b8e2f4c7a13 gained the deadline index after it was first committed: a database that
    ran its first version, then every later revision, must end with the same schema as a new one."""
    with database_of_its_own(database_url, tmp_path_factory, "stepwise"):
        upgrade(revision="5b8e2f4c7a13")
        with db.engine.begin() as connection:
            connection.execute(sa.text("DROP INDEX ix_tasks_due"))  # as the first version left it
        upgrade()
        with db.engine.connect() as connection:
            options = {"compare_type": True, "include_name": include_name}
            differences = compare_metadata(MigrationContext.configure(connection, opts=options), db.metadata)
        assert differences == []
        indexes = {index["name"] for index in sa.inspect(db.engine).get_indexes("tasks")}
        assert "ix_tasks_due" in indexes


def test_extension_requests_are_addressed_to_their_tasks_issuing_department(database_url, tmp_path_factory):
    """Revision d6f8b0c2e4a6 fills the new column of the requests already there from their tasks."""
    from datetime import date

    from tests import factories
    from tracker.users.models import Role

    with database_of_its_own(database_url, tmp_path_factory, "extension_side"):
        upgrade()
        office, lead = (factories.department(name=name) for name in ("Office", "Agriculture"))
        head = factories.user(role=Role.HEAD, department=office)
        task = factories.task(lead=lead, issuer=head, due_on=date(2025, 6, 20))
        db.session.commit()
        task_id, head_id, office_id = task.id, head.id, office.id
        with db.engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO extension_requests (task_id, requested_due_on, reason, requester_id, "
                    "issuing_department_id, status, created_at) VALUES (:task, '2025-07-20', 'Floods', :user, "
                    ":office, 'pending', '2025-06-01 00:00:00')"
                ),
                {"task": task_id, "user": head_id, "office": office_id},
            )
        db.session.remove()
        downgrade(revision="c4e6a8b0d2f4")
        upgrade()
        with db.engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT task_id, issuing_department_id FROM extension_requests")).all()
        assert [tuple(row) for row in rows] == [(task_id, office_id)]
