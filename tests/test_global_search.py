"""Search everywhere: tasks, meetings and directives by any phrase, by a document's number, with or
without diacritics, only among what the user may see, ranked, with escaped snippets; on both
databases, through the trigram indexes."""

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from flask_migrate import upgrade
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import factories
from tests.conftest import database_of_its_own
from tests.tasks_support import build_world
from tracker.extensions import db
from tracker.meetings.models import Directive, Meeting
from tracker.search.folding import fold, fold_with_positions
from tracker.search.queries import Query, SearchError, search, snippet
from tracker.tasks.models import Task


@pytest.fixture
def world(make):
    return build_world(make)


@pytest.fixture
def things(world, make):
    """A meeting hosted by the lead department (the coordinating one attended), with a directive
    referring to two documents and a task made from it; and one meeting and task elsewhere."""
    meeting = make.meeting(
        host=world.lead,
        title="Hội nghị giao ban quý III",
        place="Hội trường Ủy ban nhân dân tỉnh",
        chair_name="Nguyễn Văn Đức",
        minutes="Phiên họp thống nhất: đẩy nhanh tiến độ giải ngân vốn đầu tư công trước mùa mưa bão.",
    )
    meeting.attendees.append(world.coord)
    directive = make.directive(
        meeting=meeting,
        text="Sở Nông nghiệp xây dựng kế hoạch trồng rừng thay thế theo Nghị quyết 57-NQ/TW.",
        references=["57-NQ/TW", "28/KH-UBND"],
    )
    task = make.task(
        lead=world.lead,
        issuer=world.leader,
        coordinating=[world.coord],
        title="Xây dựng kế hoạch trồng rừng",
        description="Trình Ủy ban nhân dân tỉnh trước ngày 30/9; diện tích 5 000 ha.",
        meeting=meeting,
        directive=directive,
    )
    elsewhere = make.meeting(host=world.other, title="Giao thông nông thôn", minutes="Sửa chữa cầu treo bản Mường.")
    road = make.task(lead=world.other, issuer=world.leader, title="Sửa cầu treo bản Mường", meeting=elsewhere)
    db.session.commit()
    return {"meeting": meeting, "directive": directive, "task": task, "elsewhere": elsewhere, "road": road}


def found(user, text, types=("task", "meeting", "directive")):
    results = search(user, Query.parse(text), types)
    assert results.total == len(results.items)
    return [(hit.type, hit.id) for hit in results.items]


def key(thing):
    kind = {Task: "task", Meeting: "meeting", Directive: "directive"}[type(thing)]
    return (kind, thing.id)


def test_folding_drops_case_diacritics_and_extra_spaces():
    assert fold("KẾ  HOẠCH\nĐà Lạt") == "ke hoach da lat"
    assert fold("Ủy ban") == fold("Uỷ ban") == "uy ban"
    folded, positions = fold_with_positions("Đà  Lạt")
    assert folded == "da lat" and positions == [0, 1, 2, 4, 5, 6]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aÀàĐđÉẾếệơƯữ ǅﬁ\t\n\u00a0\u0301x.,/-"), max_size=40))
def test_folding_with_positions_is_folding_each_character_where_it_came_from(text):
    folded, positions = fold_with_positions(text)
    assert folded == fold(text)
    assert len(positions) == len(folded) and positions == sorted(positions)
    # every folded character, but a space, is the fold of the character it points to
    assert all(char == " " or char in fold(text[index]) for char, index in zip(folded, positions, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("giao ban quý", {"meeting"}),  # the meeting's title
        ("mùa mưa bão", {"meeting"}),  # a phrase of its minutes
        ("Hội trường", {"meeting"}),  # its place
        ("Văn Đức", {"meeting"}),  # its chair
        ("rừng thay thế", {"directive"}),  # the directive's text
        ("5 000 ha", {"task"}),  # the task's description
        ("trồng rừng", {"task", "directive"}),
        ("Ủy ban nhân dân", {"task", "meeting"}),
        ("nothing of the kind", set()),
    ],
)
def test_each_kind_is_found_by_a_phrase(world, things, text, expected):
    assert {kind for kind, _ in found(world.observer, text)} == expected


@pytest.mark.parametrize(
    "text", ["ke hoach trong rung", "KẾ HOẠCH TRỒNG RỪNG", "Ke Hoach trong RUNG", "uy ban nhan dan"]
)
def test_found_with_or_without_diacritics_in_any_case(world, things, text):
    assert key(things["task"]) in found(world.observer, text)


def test_a_meeting_is_found_by_its_minutes_without_diacritics(world, things):
    assert found(world.observer, "day nhanh tien do giai ngan") == [key(things["meeting"])]


@pytest.mark.parametrize("text", ["57-NQ/TW", "57-nq/tw", "28/KH-UBND"])
def test_a_document_number_finds_the_directive_and_its_tasks_first(world, things, text):
    results = found(world.observer, text)
    # Exactly the directive's reference: the directive and the task made from it, nothing else.
    assert set(results) == {key(things["directive"]), key(things["task"])}


def test_an_exact_reference_outranks_a_title_holding_it(world, things, make):
    """A task whose title holds the number is found by its title (class 1), and by its directive's
    reference (class 0): it ranks as the better, before a newer task whose title merely holds it."""
    directive = make.directive(meeting=things["meeting"], text="Thực hiện văn bản.", references=["99/QĐ-UBND"])
    referring = make.task(lead=world.lead, issuer=world.leader, title="Theo 99/QĐ-UBND", directive=directive)
    newer = make.task(lead=world.lead, issuer=world.leader, title="Cũng nhắc 99/QĐ-UBND")
    db.session.commit()
    assert newer.id > referring.id
    tasks = [hit for hit in found(world.observer, "99/qd-ubnd") if hit[0] == "task"]
    assert tasks == [key(referring), key(newer)]


def test_a_part_of_a_document_number_finds_them_too(world, things):
    assert set(found(world.observer, "KH-UBND")) == {key(things["directive"]), key(things["task"])}


@pytest.mark.parametrize("small", [True, False])
def test_only_what_the_user_may_see(world, things, small, monkeypatch):
    """Both ways of searching for a department's staff: its own tasks tested one by one (a small
    department), or the phrase's matches checked against the rule."""
    from tracker.search import queries

    monkeypatch.setattr(queries, "SMALL_DEPARTMENT", 1000 if small else 0)
    # Staff of another department: neither the lead department's task, meeting, nor directive.
    assert found(world.other_staff, "trồng rừng") == []
    assert found(world.other_staff, "57-NQ/TW") == []
    assert found(world.other_staff, "mùa mưa bão") == []
    assert found(world.other_staff, "cầu treo") == [key(things["road"]), key(things["elsewhere"])] or set(
        found(world.other_staff, "cầu treo")
    ) == {key(things["road"]), key(things["elsewhere"])}
    # The lead department's staff see theirs but not the other department's.
    assert found(world.staff, "cầu treo") == []
    assert set(found(world.staff, "trồng rừng")) == {key(things["task"]), key(things["directive"])}
    # A coordinating department sees the task, and the meeting it attended with its directives.
    assert set(found(world.coord_staff, "trồng rừng")) == {key(things["task"]), key(things["directive"])}
    # Observers and leaders see everything.
    for user in (world.observer, world.leader):
        assert set(found(user, "cầu treo")) == {key(things["road"]), key(things["elsewhere"])}


def test_ranking_exact_then_titles_then_the_rest_newest_first(world, make):
    def at(day):
        return datetime(2026, 1, day, tzinfo=UTC)

    body_old = make.task(lead=world.lead, issuer=world.leader, title="Roads", description="Clean the canals now")
    body_new = make.task(lead=world.lead, issuer=world.leader, title="Bridges", description="About canals too")
    title_old = make.task(lead=world.lead, issuer=world.leader, title="Dredge the canals")
    title_new = make.meeting(host=world.lead, title="Meeting on canals and dykes")
    exact = make.task(lead=world.lead, issuer=world.leader, title="Canals")
    minutes = make.meeting(host=world.lead, title="Weekly session", minutes="The canals are silted.")
    for thing, day in [(body_old, 1), (body_new, 5), (title_old, 2), (title_new, 4), (exact, 1), (minutes, 3)]:
        thing.created_at = at(day)
    db.session.commit()
    expected = [key(exact), key(title_new), key(title_old), key(body_new), key(minutes), key(body_old)]
    assert found(world.observer, "canals") == expected
    # The same for the lead department's staff, whose own tasks are ranked as they are read.
    assert found(world.staff, "canals") == expected


def test_kinds_can_be_chosen_and_pages_cut(world, things, make):
    assert found(world.observer, "trồng rừng", types=("directive",)) == [key(things["directive"])]
    for n in range(5):
        make.task(lead=world.lead, issuer=world.leader, title=f"Dredge canal {n}")
    db.session.commit()
    first = search(world.observer, Query.parse("canal"), per_page=2)
    third = search(world.observer, Query.parse("canal"), page=3, per_page=2)
    assert first.total == third.total == 5 and len(first.items) == 2 and len(third.items) == 1
    assert {hit.id for hit in first.items}.isdisjoint(hit.id for hit in third.items)
    capped = search(world.observer, Query.parse("canal"), per_page=2, count_cap=3)
    assert capped.capped and capped.total == 3


@pytest.mark.parametrize("text", ["", "ab", "  a  ", "\x00\x01x", "đ"])
def test_a_query_shorter_than_a_trigram_is_refused(text):
    with pytest.raises(SearchError):
        Query.parse(text)


def test_snippets_are_escaped_with_the_match_marked(world, make):
    task = make.task(
        lead=world.lead,
        issuer=world.leader,
        title="<b>Plan</b>",
        description='Intro <script>alert("x")</script> then the KẾ HOẠCH <img src=x onerror=alert(1)> and more.',
    )
    db.session.commit()
    (hit,) = search(world.observer, Query.parse("ke hoach")).items
    assert hit.id == task.id
    assert str(hit.snippet) == (
        "Intro &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; then the <mark>KẾ HOẠCH</mark> "
        "&lt;img src=x onerror=alert(1)&gt; and more."
    )
    assert hit.title == "<b>Plan</b>"  # escaped by the template, not here


def test_a_snippet_is_cut_around_the_match():
    text = "a" * 300 + " rừng phòng hộ " + "b" * 300
    marked = str(snippet([None, text], "rung phong"))
    assert marked.startswith("…") and marked.endswith("…") and "<mark>rừng phòng</mark>" in marked
    assert len(marked) < 200
    assert str(snippet(["x < y", "nothing"], "zzz")) == "x &lt; y"  # found by reference: the start


def test_edits_are_followed(world, things):
    task, meeting, directive = things["task"], things["meeting"], things["directive"]
    task.title = "Trồng cây phân tán"
    meeting.minutes = "Biên bản mới về đê điều"
    directive.references = ["45/2024/NĐ-CP"]
    db.session.commit()
    assert found(world.observer, "cay phan tan") == [key(task)]
    assert found(world.observer, "de dieu") == [key(meeting)]
    assert set(found(world.observer, "45/2024/nđ-cp")) == {key(directive), key(task)}
    assert found(world.observer, "57-NQ/TW") == [key(directive)]  # still in its text, no more its task's
    assert found(world.observer, "mua mua bao") == []
    db.session.delete(things["road"])
    db.session.commit()
    assert found(world.observer, "sua cau treo") == []


def test_the_header_box_opens_the_results_page(world, things, client, auth):
    auth.login(world.staff)
    home = client.get("/").get_data(as_text=True)
    assert 'role="search"' in home and 'action="/search/"' in home and 'for="header-search-q"' in home
    page = client.get("/search/", query_string={"q": "mua mua bao"})
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert f'href="/meetings/{things["meeting"].id}"' in html and "<mark>mùa mưa bão</mark>" in html
    assert "1 result" in html
    page = client.get("/search/", query_string={"q": "57-NQ/TW", "types": "directive"}).get_data(as_text=True)
    assert f"/meetings/{things['meeting'].id}#directive-{things['directive'].id}" in page
    assert f"/tasks/{things['task'].id}" not in page
    short = client.get("/search/?q=ab")
    assert short.status_code == 400 and "at least 3" in short.get_data(as_text=True)
    # Control characters are dropped as the request is read: "ab\0cd" is "abcd", "\0\0\0" nothing.
    assert client.get("/search/?q=ab%00cd").status_code == 200
    assert client.get("/search/?q=%00%00%00").status_code == 200
    assert client.get("/search/?q=%01a%02").status_code == 400
    nothing = client.get("/search/?q=zzzz").get_data(as_text=True)
    assert "Nothing found" in nothing
    assert client.get("/search/").status_code == 200


def test_the_page_needs_a_signed_in_user(client):
    response = client.get("/search/?q=forest")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize("small", [False, True])
def test_the_indexes_answer_the_search(world, things, small, monkeypatch):
    """Every statement reaches the rows through an index, for a user who sees everything and for one
    restricted to a department: the trigram index of the text, or (``small``: a department involved
    in few tasks) the department's own indexes, its tasks then tested one by one."""
    from tracker.search import queries

    monkeypatch.setattr(queries, "SMALL_DEPARTMENT", 1000 if small else 0)
    connection = db.session.connection()
    if db.engine.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
    for kind in ("task", "meeting", "directive"):
        for user in (world.observer, world.staff):
            own = small and kind == "task" and user is world.staff
            for _rank, select in queries.SOURCES[kind](user, "ke hoach", 25):
                sql = str(select.compile(db.engine, compile_kwargs={"literal_binds": True}))
                if db.engine.dialect.name == "sqlite":
                    steps = [row[-1] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
                    plan = " | ".join(steps)
                    read_whole = [step for step in steps if step.split(" ")[:2] in SCANS]
                    assert not read_whole, plan
                    if not own:
                        assert "_search VIRTUAL TABLE" in plan, plan
                    else:
                        assert "_search VIRTUAL TABLE" in plan or "ix_tasks_lead" in plan, plan
                elif kind == "task" or user is world.observer:
                    # (With a handful of rows PostgreSQL may read a small table by its key and filter
                    # the meetings a department attended; tasks are the table that grows.)
                    plan = " ".join(row[0] for row in connection.exec_driver_sql("EXPLAIN " + sql))
                    assert "Seq Scan" not in plan, plan
                    # A department's own tasks come from an index led by the lead department.
                    lead_index = "ix_tasks_lead" in plan or "ix_tasks_report" in plan
                    assert "_folded_" in plan or (own and lead_index), plan
            if own:
                assert queries._small_department(user)


#: A step of SQLite's plan reading a whole table.
SCANS = (["SCAN", "tasks"], ["SCAN", "meetings"], ["SCAN", "directives"])


#: The revision before the search migration.
PREVIOUS = "e9a1b5c3d7f2"


@pytest.fixture
def older_app(database_url, tmp_path_factory):
    with database_of_its_own(database_url, tmp_path_factory, "global_search") as app:
        yield app


def test_rows_written_before_the_migration_are_found(older_app):
    upgrade(revision=PREVIOUS)
    world = build_world(factories)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    connection = db.session.connection()
    meetings = sa.table(
        "meetings",
        *(sa.column(c) for c in ("id", "title", "held_on", "minutes", "created_at", "updated_at", "version")),
    )
    directives = sa.table(
        "directives", sa.column("id"), sa.column("meeting_id"), sa.column("position"), sa.column("text"),
        sa.column("references", sa.JSON), sa.column("created_at"),
    )  # fmt: skip
    connection.execute(
        meetings.insert().values(
            id=1,
            title="Họp cũ",
            held_on=datetime(2025, 1, 1).date(),
            minutes="Nạo vét sông Hương",
            created_at=now,
            updated_at=now,
            version=1,
        )
    )
    connection.execute(
        directives.insert().values(
            id=1, meeting_id=1, position=1, text="Đắp đê", references=["12/CT-TTg"], created_at=now
        )
    )
    db.session.commit()
    upgrade()
    assert found(world.observer, "nao vet song huong") == [("meeting", 1)]
    assert found(world.observer, "12/ct-ttg") == [("directive", 1)]


def test_pages_stop_at_the_deepest_result(world, make, monkeypatch):
    from tracker.search import queries

    monkeypatch.setattr(queries, "DEEPEST", 4)
    for n in range(6):
        make.task(lead=world.lead, issuer=world.leader, title=f"Dredge canal {n}")
    db.session.commit()
    results = search(world.observer, Query.parse("canal"), page=2, per_page=3, count_cap=2)
    assert [hit.id for hit in results.items] and len(results.items) == 1 and results.capped
    assert search(world.observer, Query.parse("canal"), page=3, per_page=3).items == []


@pytest.mark.parametrize("window, further", [(3, 0), (3, 100), (2, 4), (1000, 1000)])
def test_the_newest_tasks_first_then_the_indexes_find_the_same(world, make, monkeypatch, window, further):
    """On PostgreSQL the newest tasks are read one by one first, then further back, then the rest asked
    of the trigram indexes: whatever the windows, the same tasks come, newest first, counted the same,
    and only what the user may see."""
    from tracker.search import queries

    ours = [make.task(lead=world.lead, issuer=world.leader, title=f"Dredge canal {n}") for n in range(9)]
    others = [make.task(lead=world.other, issuer=world.leader, title=f"Canal works {n}") for n in range(4)]
    for n in range(6):
        make.task(lead=world.lead, issuer=world.leader, title=f"Plant forest {n}", description="canal bank")
    db.session.commit()
    monkeypatch.setattr(queries, "SMALL_DEPARTMENT", 0)  # the staff's matches checked against the rule
    expected = {}
    for user in (world.observer, world.staff):
        expected[user.id] = [(hit.type, hit.id) for hit in search(user, Query.parse("canal"), per_page=100).items]
    monkeypatch.setattr(queries, "RECENT_WINDOW", window)
    monkeypatch.setattr(queries, "FURTHER_WINDOW", further)
    for user in (world.observer, world.staff):
        for cap in (3, 7, 200):
            results = search(user, Query.parse("canal"), per_page=100, count_cap=cap)
            got = [(hit.type, hit.id) for hit in results.items]
            assert got == [item for item in expected[user.id] if item in got], (user.role, cap)
            per_class = {}
            for hit in search(user, Query.parse("canal"), per_page=100).items:
                per_class.setdefault(hit.rank, []).append(hit.id)
            assert all(ids == sorted(ids, reverse=True) for ids in per_class.values())
    staff_found = {task_id for kind, task_id in expected[world.staff.id] if kind == "task"}
    assert {task.id for task in ours} <= staff_found and staff_found.isdisjoint(task.id for task in others)
    assert {task.id for task in others} <= {i for k, i in expected[world.observer.id] if k == "task"}


def test_a_small_department_is_told_by_the_kept_counts(world, make, monkeypatch):
    from tracker.search import queries

    for n in range(3):
        make.task(lead=world.lead, issuer=world.leader, title=f"Dredge canal {n}")
    make.task(lead=world.other, issuer=world.leader, title="Elsewhere", coordinating=[world.lead])
    db.session.commit()
    monkeypatch.setattr(queries, "SMALL_DEPARTMENT", 4)
    assert queries._small_department(world.staff)  # leads 3, coordinates 1
    monkeypatch.setattr(queries, "SMALL_DEPARTMENT", 3)
    assert not queries._small_department(world.staff)
    assert not queries._small_department(world.observer)


@pytest.mark.parametrize("window", [2, 1000])
def test_each_window_reads_only_its_share_of_the_coordinated_tasks(world, make, monkeypatch, window):
    """A department's coordinated tasks are found through every window of the newest tasks, and on
    PostgreSQL each windowed statement reads only the coordinated tasks within its ids: it hashes them
    before testing a row, and a busy department's 16,500 cost 2-14 ms a statement at a million tasks."""
    from tracker.search import queries

    ours = [
        make.task(lead=world.other, issuer=world.leader, title=f"Canal dredging {n}", coordinating=[world.lead])
        for n in range(5)
    ]
    make.task(lead=world.other, issuer=world.leader, title="Canal locks")
    db.session.commit()
    monkeypatch.setattr(queries, "SMALL_DEPARTMENT", 0)  # the phrase's matches checked against the rule
    monkeypatch.setattr(queries, "RECENT_WINDOW", window)
    hits, walks = _staff_search_and_walks(world, "canal")
    sent = [parameters for statement, parameters in walks if "task_coordinators" in statement]
    assert [hit.id for hit in hits] == sorted((task.id for task in ours), reverse=True)
    if db.engine.dialect.name == "postgresql":
        newest = max(task.id for task in ours) + 1
        assert sent and all(parameters["window_below"] <= newest for parameters in sent), sent
        assert any(parameters["window_above"] > 0 for parameters in sent) == (window < len(ours))


def test_the_newest_tasks_are_walked_once_for_titles_bodies_and_references(world, make, monkeypatch):
    """On PostgreSQL a window of the newest tasks is read by one statement that tests a task's title, its
    body and its directive's references together (three walks of the same tasks before), and each
    source still gets its own matches."""
    from tracker.search import queries

    titled = make.task(lead=world.lead, issuer=world.leader, title="Dredge canal")
    described = make.task(lead=world.lead, issuer=world.leader, title="Works", description="along the canal")
    make.task(lead=world.other, issuer=world.leader, title="Canal elsewhere")
    db.session.commit()
    monkeypatch.setattr(queries, "SMALL_DEPARTMENT", 0)  # the phrase's matches checked against the rule
    hits, walks = _staff_search_and_walks(world, "canal")
    assert [(hit.id, hit.rank) for hit in hits] == [(titled.id, 1), (described.id, 2)]
    if db.engine.dialect.name == "postgresql":
        assert len(walks) == 1, walks
        assert all(column in walks[0][0] for column in ("folded_title", "folded_body", "folded_refs"))


def _staff_search_and_walks(world, phrase):
    """The staff member's task hits for ``phrase``, and the statements that walked the newest tasks
    (``(statement, parameters)``)."""
    walks = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if "ORDER BY tasks.id DESC" in statement:
            walks.append((statement, parameters))

    sa.event.listen(db.engine, "before_cursor_execute", seen)
    try:
        hits = search(world.staff, Query.parse(phrase), types=("task",), per_page=100).items
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", seen)
    return hits, walks


def test_a_process_keeps_which_departments_are_small_and_finds_the_same_tasks_either_way(world, make, monkeypatch):
    """Whether a department is small only chooses how its tasks are searched: the answer is kept for a
    while (no sum of the kept counts at every search), and a department grown past the threshold in the
    meantime still finds every task it may see."""
    from tracker.search import queries

    for n in range(3):
        make.task(lead=world.lead, issuer=world.leader, title=f"Dredge canal {n}")
    db.session.commit()
    monkeypatch.setattr(queries, "SMALL_DEPARTMENT", 4)
    assert queries._small_department(world.staff)
    for n in range(3):
        make.task(lead=world.lead, issuer=world.leader, title=f"Canal banks {n}")
    db.session.commit()
    assert queries._small_department(world.staff)  # kept: 6 tasks now, over the threshold
    found = {hit.id for hit in search(world.staff, Query.parse("canal"), types=("task",), per_page=100).items}
    monkeypatch.setattr(queries, "SMALL_DEPARTMENT_SECONDS", 0)
    assert not queries._small_department(world.staff)  # told again once the answer is old
    again = {hit.id for hit in search(world.staff, Query.parse("canal"), types=("task",), per_page=100).items}
    assert len(found) == 6 and found == again
