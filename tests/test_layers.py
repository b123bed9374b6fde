"""The layers stay apart, checked by reading the source (no request is made):

- no view module imports another domain's view module (shared page helpers live in
  ``tracker/core`` or in the domain's non-view modules, e.g. ``tracker/tasks/pages.py``);
- web views write no SQL (they call the domain's ``queries.py`` and ``operations.py``) and own no
  transaction (they commit through :mod:`tracker.core.web`); nor do the API's views.

A view module is one that declares routes (``@bp.route``, ``@endpoint``, ``add_url_rule``).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tracker"

#: Forbidden calls in web views: SQL and the transaction.
FORBIDDEN_CALLS = {
    "db.session.execute",
    "db.session.scalars",
    "db.session.scalar",
    "db.session.query",
    "db.session.commit",
    "db.session.rollback",
    "db.select",
    "db.paginate",
}


def module_name(path):
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def parsed_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield module_name(path), ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def dotted(node):
    """``a.b.c`` for an attribute chain, else ``None``."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def declares_routes(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                name = dotted(target) or ""
                if name.endswith(".route") or name == "endpoint" or name.endswith(".endpoint"):
                    return True
        if isinstance(node, ast.Call) and (dotted(node.func) or "").endswith(".add_url_rule"):
            return True
    return False


def imported_modules(tree, here):
    """Every module ``tree`` imports (``from a import b`` counts ``a`` and ``a.b``), at any depth."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = here.split(".")[: -node.level]
                base = ".".join([*package, base] if base else package)
            yield base, node.lineno
            for alias in node.names:
                yield f"{base}.{alias.name}", node.lineno


MODULES = dict(parsed_modules())
VIEW_MODULES = {name for name, tree in MODULES.items() if declares_routes(tree)}
#: The API's views are one domain; ``tracker/api/views.py`` gathers every module of routes the API serves.
REGISTRY = "tracker.api.views"


def domain(name):
    """A module's domain: its folder, but every module of the JSON API (``tracker/api/``, a
    domain's ``api.py``) is the API's."""
    parts = name.split(".")
    return "api" if parts[-1] == "api" else parts[1]


def test_the_view_modules_are_found():
    expected = {"tracker.tasks.views", "tracker.meetings.views", "tracker.home.views", "tracker.api.meetings"}
    assert expected <= VIEW_MODULES
    assert "tracker.tasks.pages" not in VIEW_MODULES


def test_no_view_module_imports_another_domains_view_module():
    found = []
    for name in sorted(VIEW_MODULES - {REGISTRY}):
        for imported, line in imported_modules(MODULES[name], name):
            if imported in VIEW_MODULES and domain(imported) != domain(name) and imported != REGISTRY:
                found.append(f"{name}:{line} imports {imported}")
    assert not found, "\n".join(found)


WEB_VIEWS = sorted(name for name in VIEW_MODULES if domain(name) != "api")


@pytest.mark.parametrize("name", WEB_VIEWS)
def test_web_views_write_no_sql_and_own_no_transaction(name):
    tree = MODULES[name]
    found = []
    for imported, line in imported_modules(tree, name):
        if imported == "sqlalchemy" or imported.startswith("sqlalchemy."):
            found.append(f"line {line}: imports {imported}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and dotted(node.func) in FORBIDDEN_CALLS:
            found.append(f"line {node.lineno}: calls {dotted(node.func)}")
    assert not found, "\n".join(found)


API_VIEWS = sorted(name for name in VIEW_MODULES if domain(name) == "api")


@pytest.mark.parametrize("name", API_VIEWS)
def test_api_views_own_no_transaction(name):
    """The API's endpoints that write run in :func:`tracker.core.web.unit_of_work` (``endpoint``
    applies it): none commits or rolls back itself."""
    found = [
        f"line {node.lineno}: calls {dotted(node.func)}"
        for node in ast.walk(MODULES[name])
        if isinstance(node, ast.Call) and dotted(node.func) in {"db.session.commit", "db.session.rollback"}
    ]
    assert not found, "\n".join(found)


def test_the_checks_see_what_they_look_for():
    """The walkers find a cross-domain view import and SQL when there is some."""
    sample = ast.parse(
        "import sqlalchemy as sa\n"
        "from tracker.tasks.views import load_task\n"
        "@bp.route('/')\n"
        "def index():\n"
        "    db.session.commit()\n"
    )
    assert declares_routes(sample)
    assert ("tracker.tasks.views", 2) in set(imported_modules(sample, "tracker.meetings.views"))
    calls = {dotted(node.func) for node in ast.walk(sample) if isinstance(node, ast.Call)}
    assert "db.session.commit" in calls


def test_like_patterns_are_escaped_by_one_helper():
    """Wildcards in a LIKE pattern are escaped in one place (tracker.core.db.escape_like), or by
    SQLAlchemy's autoescape: a module escaping them itself is a second copy of the rule."""
    copies = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "db.py" and '.replace("%", "\\\\%")' in path.read_text(encoding="utf-8")
    ]
    assert copies == []


#: Where statements run: a domain's ``queries`` (reads) and ``operations`` (writes) modules (or
#: packages of that name), migrations, and the database plumbing (engine set-up in
#: ``tracker/__init__.py``, paging and statistics in ``tracker/core/db.py``).
SQL_HOMES = {"queries", "operations", "migrations"}
SQL_PLUMBING = {"tracker.__init__", "tracker.core.db"}
#: Methods that run a statement, on a session, a connection or a cursor.
RUNNING = {"execute", "executemany", "exec_driver_sql", "scalar", "scalars", "paginate"}


def statements_run(tree):
    """Line numbers where ``tree`` runs a statement (``session.execute(...)``, ``Model.query...``)."""
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = dotted(node.func.value) or ""
        runs = node.func.attr in RUNNING or owner.endswith(".query")
        if runs or (node.func.attr == "query" and owner.endswith("session")):
            yield node.lineno


def is_sql_home(name):
    return name in SQL_PLUMBING or bool(SQL_HOMES & set(name.split(".")[1:]))


@pytest.mark.parametrize("name", sorted(name for name in MODULES if not is_sql_home(name)))
def test_statements_run_only_in_queries_and_operations(name):
    lines = list(statements_run(MODULES[name]))
    assert not lines, f"{name} runs SQL at lines {lines}: move it into the domain's queries or operations"


def test_the_statement_walker_finds_statements():
    sample = ast.parse(
        "def f(connection):\n"
        "    db.session.scalar(sa.select(Task))\n"
        "    connection.exec_driver_sql('ANALYZE')\n"
        "    Task.query.filter_by(id=1).first()\n"
        "    sa.select(Task).where(Task.id == 1)\n"
    )
    assert sorted(set(statements_run(sample))) == [2, 3, 4]
    assert is_sql_home("tracker.tasks.queries") and is_sql_home("tracker.reminders.operations.sweep")
    assert not is_sql_home("tracker.tasks.search")
