"""Free-text search: a case-insensitive substring of the title or description, or the id, answered from
the trigram index on both databases and kept in step with every change of a task."""

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from flask_migrate import upgrade

from tests import factories
from tests.conftest import database_of_its_own
from tests.tasks_support import build_world
from tracker.extensions import db
from tracker.tasks import operations
from tracker.tasks.models import Task
from tracker.tasks.queries import TaskFilters, filtered_select, filtered_tasks
from tracker.users.operations import issue_api_token


@pytest.fixture
def world(make):
    return build_world(make)


@pytest.fixture
def tasks(world, make):
    def task(name, title, description=None):
        return name, make.task(lead=world.lead, issuer=world.leader, title=title, description=description)

    return dict(
        [
            task("forest", "Plant forest in Đà Lạt", "5 000 hectares by the end of the year"),
            task("plan", "Kế hoạch phát triển rừng", "Trình Ủy ban nhân dân tỉnh"),
            task("bridge", "Repair bridge", "Discount 100% of the fees; use snake_case names"),
            task("roads", "Survey rural roads"),
        ]
    )


def search(world, q):
    items, total = filtered_tasks(world.observer, TaskFilters(q=q))
    assert total == len(items)
    return items


def found(world, tasks, q):
    """The names of the tasks a search for ``q`` finds."""
    names = {task.id: name for name, task in tasks.items()}
    return {names[task.id] for task in search(world, q)}


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("forest", {"forest"}),
        ("ores", {"forest"}),  # inside a word
        ("rural roads", {"roads"}),
        ("hectares", {"forest"}),  # in the description
        ("Ủy ban", {"plan"}),
        ("nothing like it", set()),
    ],
)
def test_search_finds_a_substring_of_the_title_or_description(world, tasks, q, expected):
    assert found(world, tasks, q) == expected


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("FOREST", {"forest"}),
        ("Repair BRIDGE", {"bridge"}),
        ("kế hoạch", {"plan"}),
        ("KẾ HOẠCH", {"plan"}),
        ("RỪNG", {"plan"}),
        ("ủy BAN", {"plan"}),
        ("đà lạt", {"forest"}),
    ],
)
def test_search_ignores_case_vietnamese_letters_included(world, tasks, q, expected):
    assert found(world, tasks, q) == expected


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("br", {"bridge"}),
        ("KẾ", {"plan"}),
        ("Đà", {"forest"}),
        ("ừ", {"plan"}),
        ("Ừ", {"plan"}),
        ("z", set()),
    ],
)
def test_text_shorter_than_a_trigram_is_still_found(world, tasks, q, expected):
    assert found(world, tasks, q) == expected


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("100%", {"bridge"}),
        ("%", {"bridge"}),
        ("0%", {"bridge"}),
        ("1%0", set()),
        ("snake_case", {"bridge"}),
        ("_", {"bridge"}),
        ("e_c", {"bridge"}),
        ("e_f", set()),
        ("\\", set()),
        ('"forest"', set()),
        ("for\x00est", set()),
        ("\x00", set()),
    ],
)
def test_wildcards_and_quotes_are_plain_characters(world, tasks, q, expected):
    assert found(world, tasks, q) == expected


def test_search_by_id(world, tasks):
    roads = tasks["roads"]
    assert found(world, tasks, f"#{roads.id}") == {"roads"}
    assert "roads" in found(world, tasks, str(roads.id))


def test_an_edited_title_is_found_and_the_old_one_no_more(world, tasks):
    task = tasks["roads"]
    operations.update_task(world.leader, task, version=task.version, title="Pave the mountain pass")
    db.session.flush()
    assert found(world, tasks, "mountain pass") == {"roads"}
    assert found(world, tasks, "rural roads") == set()
    operations.update_task(world.leader, task, version=task.version, description="Kilometres of gravel")
    db.session.flush()
    assert found(world, tasks, "GRAVEL") == {"roads"}
    assert found(world, tasks, "mountain") == {"roads"}


def test_a_change_of_other_fields_keeps_the_task_findable(world, tasks):
    task = tasks["forest"]
    task.progress = 40
    db.session.flush()
    assert found(world, tasks, "forest") == {"forest"}


def test_a_deleted_task_is_no_longer_found(world, tasks, make):
    roads = tasks.pop("roads")
    db.session.delete(roads)
    db.session.flush()
    assert found(world, tasks, "roads") == set()
    # SQLite gives the next task the id of the last one deleted: it must not inherit its text.
    canals = make.task(lead=world.lead, issuer=world.leader, title="Clean the canals")
    tasks["canals"] = canals
    assert found(world, tasks, "roads") == set()
    assert found(world, tasks, "canals") == {"canals"}


def test_search_through_the_api_and_the_page(world, tasks, client, auth):
    token = issue_api_token(world.observer)
    db.session.commit()
    listing = client.get("/api/v1/tasks", query_string={"q": "KẾ HOẠCH"}, headers={"Authorization": f"Bearer {token}"})
    assert [item["id"] for item in listing.get_json()["items"]] == [tasks["plan"].id]
    auth.login(world.observer)
    page = client.get("/tasks/?q=BRIDGE").get_data(as_text=True)
    assert "Repair bridge" in page and "Plant forest" not in page and "1 task" in page
    assert client.get("/tasks/?q=for%00est").status_code == 200


def test_search_reads_the_trigram_index(world, tasks):
    query = filtered_select(world.observer, TaskFilters(q="forest")).with_only_columns(Task.id)
    sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
    connection = db.session.connection()
    if db.engine.dialect.name == "sqlite":
        plan = " ".join(row[-1] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        assert "tasks_search VIRTUAL TABLE" in plan
    else:
        indexes = set(connection.scalars(sa.text("SELECT indexname FROM pg_indexes WHERE tablename = 'tasks'")))
        assert {"ix_tasks_title_trgm", "ix_tasks_description_trgm"} <= indexes
        # Any plan but a full scan proves the indexes can answer this very condition.
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plan = " ".join(row[0] for row in connection.exec_driver_sql("EXPLAIN " + sql))
        assert "ix_tasks_title_trgm" in plan and "ix_tasks_description_trgm" in plan


@pytest.fixture
def older_app(database_url, tmp_path_factory):
    """An application on a database of its own, to migrate step by step."""
    with database_of_its_own(database_url, tmp_path_factory, "search") as app:
        yield app


def test_tasks_written_before_the_index_are_found(older_app):
    """Rows written at the revision before the index, with the columns that revision had (today's
    models carry later columns), are found once the database is upgraded."""
    upgrade(revision="3f1c9a7d2b64")
    now = datetime.now(UTC)
    with db.engine.begin() as connection:
        tables = sa.MetaData()
        tables.reflect(connection, only=["departments", "users", "tasks"])
        departments, users, tasks = (tables.tables[name] for name in ("departments", "users", "tasks"))
        stamps = {"created_at": now, "updated_at": now}
        office = connection.execute(
            departments.insert().values(
                name="Office", code="VP", kind="department", aliases=[], is_active=True, **stamps
            )
        ).inserted_primary_key[0]
        leader = connection.execute(
            users.insert().values(
                email="leader@tracker.test", name="Leader", department_id=office, role="leader", locale="en",
                digest_enabled=True, is_active=True, **stamps,
            )
        ).inserted_primary_key[0]  # fmt: skip
        task = connection.execute(
            tasks.insert().values(
                title="Dredge the Hương river", issuing_department_id=office, issuer_id=leader,
                lead_department_id=office, recurrence="none", occurrence=1, priority="normal", progress=0,
                status="assigned", version=1, **stamps,
            )
        ).inserted_primary_key[0]  # fmt: skip
    upgrade()
    observer = factories.user(role="observer")
    db.session.commit()
    items, total = filtered_tasks(observer, TaskFilters(q="HƯƠNG RIVER"))
    assert [item.id for item in items] == [task] and total == 1


def test_a_search_sorts_pages_and_counts(world, make):
    """With every sort, the visibility rule and pages past the last one; three statements whatever the page size."""
    from tests.test_tasks_lists import StatementCounter
    from tracker.tasks.models import TaskStatus

    for n in range(7):
        make.task(lead=world.lead, issuer=world.leader, title=f"Dredge canal {n}", priority="high" if n % 3 else "low")
    make.task(lead=world.lead, issuer=world.leader, title="Dredge canal 7 done", status=TaskStatus.DONE)
    make.task(lead=world.other, issuer=world.leader, title="Dredge canal 8 elsewhere")
    db.session.commit()
    items, total = filtered_tasks(world.observer, TaskFilters(q="canal", status="open", sort="title", per_page=3))
    assert total == 8 and [task.title for task in items] == ["Dredge canal 0", "Dredge canal 1", "Dredge canal 2"]
    items, total = filtered_tasks(world.observer, TaskFilters(q="canal", sort="-title", per_page=3, page=3))
    assert total == 9 and [task.title for task in items] == ["Dredge canal 2", "Dredge canal 1", "Dredge canal 0"]
    items, total = filtered_tasks(world.observer, TaskFilters(q="canal", sort="priority", per_page=20))
    assert [task.priority.value for task in items].index("low") == 6  # the six high ones first
    assert filtered_tasks(world.observer, TaskFilters(q="canal", per_page=5, page=3)) == ([], 9)
    assert filtered_tasks(world.observer, TaskFilters(q="no such thing")) == ([], 0)
    assert filtered_tasks(world.staff, TaskFilters(q="canal"))[1] == 8  # not the other department's
    for per_page in (2, 9):
        with StatementCounter(db.engine) as counter:
            filtered_tasks(world.observer, TaskFilters(q="canal", per_page=per_page), count_cap=5)
        assert counter.count == 3, counter.count  # the count, the page, the coordinators


def test_the_task_list_counts_a_search_as_far_as_search_everywhere(app):
    """Both say "more than 200": counting a common word to 1,000 on the task list read five times
    the rows of the page's own statement (at a million tasks, 18 of the page's 24 ms of SQL)."""
    from tracker.search.queries import COUNT_CAP

    assert app.config["TRACKER_SEARCH_COUNT_CAP"] == COUNT_CAP == 200


def test_pages_count_a_search_only_up_to_a_cap(world, make, client, auth, app, monkeypatch):
    """A common word matches thousands of tasks: the pages say "more than" past the cap, the API stays exact."""
    from tracker.tasks.queries import MoreThan

    for n in range(5):
        make.task(lead=world.lead, issuer=world.leader, title=f"Dredge canal {n}")
    db.session.commit()
    items, total = filtered_tasks(world.observer, TaskFilters(q="canal", per_page=2), count_cap=3)
    assert isinstance(total, MoreThan) and total == 3 and len(items) == 2
    # Counted at least up to the page asked for, so that the next page is known to exist.
    assert filtered_tasks(world.observer, TaskFilters(q="canal", per_page=2, page=2), count_cap=3)[1] == MoreThan(4)
    items, total = filtered_tasks(world.observer, TaskFilters(q="canal", per_page=2, page=3), count_cap=3)
    assert total == 5 and not isinstance(total, MoreThan) and len(items) == 1
    assert filtered_tasks(world.observer, TaskFilters(q="canal"), count_cap=5)[1] == 5  # exact up to the cap

    monkeypatch.setitem(app.config, "TRACKER_SEARCH_COUNT_CAP", 3)
    auth.login(world.observer)
    page = client.get("/tasks/?q=canal&per_page=2").get_data(as_text=True)
    assert "More than 3 tasks · page 1" in page and "Page 1</span>" in page and "page=2" in page
    page = client.get("/tasks/?q=canal&per_page=2&page=3").get_data(as_text=True)
    assert "5 tasks · page 3 of 3" in page
    token = issue_api_token(world.observer)
    response = client.get("/api/v1/tasks?q=canal&per_page=2", headers={"Authorization": f"Bearer {token}"})
    assert response.json["total"] == 5
