"""Translations: every page, message and email in the user's language (en, vi, fr, sv).

The catalogs (``tracker/translations/<lang>/LC_MESSAGES/messages.po``) are the source; the compiled
``.mo`` files are build products that are not committed, so this module compiles them when they are
missing or older than their ``.po`` (plain ``pytest`` after a fresh clone works).
"""

import html
import os
import re
from datetime import date
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from tracker.departments.models import DepartmentKind
from tracker.extensions import babel, db
from tracker.reminders.models import Reminder, ReminderKind
from tracker.reminders.operations.delivery import compose
from tracker.tasks import operations as task_operations
from tracker.users.models import Role

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "tracker" / "translations"
LANGUAGES = ("vi", "fr", "sv")
NBSP = "\u00a0"

#: A printf-style placeholder: ``%(name)s``, ``%(mb).1f``, ``%(hour)02d``, or a literal ``%%``.
PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]")


def catalog_path(lang, suffix="po"):
    return TRANSLATIONS / lang / "LC_MESSAGES" / f"messages.{suffix}"


def read_catalog(lang):
    with catalog_path(lang).open("rb") as handle:
        return read_po(handle, locale=lang)


def compile_catalog(lang):
    """Write ``messages.mo`` next to ``messages.po`` (what ``pybabel compile`` does)."""
    catalog = read_catalog(lang)
    target = catalog_path(lang, "mo")
    partial = target.with_name(f"messages.mo.{os.getpid()}")
    with partial.open("wb") as handle:
        write_mo(handle, catalog)
    partial.replace(target)  # atomic: a concurrent test run never reads half a file


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogs():
    """Compile each catalog whose ``.mo`` is missing or older than its ``.po``."""
    for lang in LANGUAGES:
        po, mo = catalog_path(lang), catalog_path(lang, "mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            compile_catalog(lang)


@pytest.fixture
def fresh_translations(app):
    """Forget translations Flask-Babel cached before the catalogs were (re)compiled."""
    babel.domain_instance.cache.clear()
    return app


def text_of(response):
    """The page as a reader sees it: tags dropped, entities decoded, spaces collapsed."""
    body = response.get_data(as_text=True)
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def first(tag, response):
    match = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", response.get_data(as_text=True), flags=re.S)
    assert match, f"no <{tag}> in the page"
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", match.group(1))).split())


# --- The catalogs ---------------------------------------------------------------------------------


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_is_complete_and_keeps_every_placeholder(lang):
    catalog = read_catalog(lang)
    assert str(catalog.locale) == lang
    problems = []
    for message in catalog:
        if not message.id:
            continue
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        if isinstance(message.id, (list, tuple)):
            forms = list(message.string)
            if len(forms) != catalog.num_plurals or not all(forms):
                problems.append(f"plural forms missing: {message.id!r}")
                continue
            for form in forms:
                if placeholders(form) != placeholders(message.id[1]):
                    problems.append(f"placeholders differ: {message.id!r} -> {form!r}")
        else:
            if not message.string:
                problems.append(f"untranslated: {message.id!r}")
            elif placeholders(message.string) != placeholders(message.id):
                problems.append(f"placeholders differ: {message.id!r} -> {message.string!r}")
    for message, errors in catalog.check():
        problems.extend(f"{error}: {message.id!r}" for error in errors)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_compiles(lang, tmp_path):
    catalog = read_catalog(lang)
    with (tmp_path / "messages.mo").open("wb") as handle:
        write_mo(handle, catalog)
    assert (tmp_path / "messages.mo").stat().st_size > 1000
    assert catalog.num_plurals == {"vi": 1, "fr": 2, "sv": 2}[lang]


def key(message):
    """What identifies a message: its context (``pgettext``) and its text (both forms when plural)."""
    return message.context, message.id if isinstance(message.id, str) else tuple(message.id)


def test_every_string_in_the_code_is_in_every_catalog(tmp_path):
    """Extract the messages as ``make translations-update`` does: a string added without updating
    the catalogs (or a catalog not updated since) is reported here, by name."""
    pot = tmp_path / "messages.pot"
    keywords = [f"--keyword={name}" for name in ("_l", "lazy_gettext", "lazy_pgettext:1c,2")]
    CommandLineInterface().run(
        ["pybabel", "-q", "extract", "-F", str(ROOT / "babel.cfg"), *keywords, "-o", str(pot), str(ROOT)]
    )
    with pot.open("rb") as handle:
        template = read_po(handle)
    wanted = {key(message) for message in template if message.id}
    assert len(wanted) > 400  # the extraction found the templates and the Python code
    for lang in LANGUAGES:
        catalog = read_catalog(lang)
        have = {key(message) for message in catalog if message.id and message.string}
        missing = sorted(map(str, wanted - have))
        assert not missing, f"{lang}: run `make translations-update` and translate:\n" + "\n".join(missing)


# --- Pages -----------------------------------------------------------------------------------------

PAGES = {
    "en": {"heading": "My tasks", "sign_out": "Sign out", "nav": ["Department tasks", "Meetings", "Settings"]},
    "vi": {
        "heading": "Nhiệm vụ của tôi",
        "sign_out": "Đăng xuất",
        "nav": ["Nhiệm vụ của đơn vị", "Cuộc họp", "Cài đặt"],
    },
    "fr": {"heading": "Mes tâches", "sign_out": "Se déconnecter", "nav": ["Tâches du département", "Réunions"]},
    "sv": {"heading": "Mina uppgifter", "sign_out": "Logga ut", "nav": ["Förvaltningens uppgifter", "Möten"]},
}


@pytest.mark.parametrize("locale", sorted(PAGES))
def test_a_user_sees_the_navigation_and_pages_in_their_language(locale, fresh_translations, client, auth, make):
    expected = PAGES[locale]
    auth.login(make.user(locale=locale, role=Role.HEAD))
    home = client.get("/", headers={"Accept-Language": "en" if locale != "en" else "vi"})
    assert home.status_code == 200
    assert f'<html lang="{locale}">' in home.get_data(as_text=True)
    assert first("h1", home) == expected["heading"]
    page = text_of(home)
    assert expected["sign_out"] in page
    for entry in expected["nav"]:
        assert entry in page
    if locale != "en":
        assert "Sign out" not in page and "Department tasks" not in page


def test_refusals_and_empty_lists_are_in_vietnamese(fresh_translations, client, auth, make):
    auth.login(make.user(locale="vi", role=Role.STAFF))
    refused = client.get("/admin/users/")
    assert refused.status_code == 403
    assert "Chỉ quản trị viên mới được quản lý người dùng." in text_of(refused)
    meetings = text_of(client.get("/meetings/"))
    assert "Chưa có cuộc họp nào." in meetings
    settings = client.get("/settings")
    assert first("h1", settings) == "Cài đặt của tôi"
    assert "Múi giờ" in text_of(settings)


def test_admin_lists_name_kinds_and_roles_in_the_readers_language(fresh_translations, client, auth, make):
    committee = make.department(name="UBND huyện Tiên Yên", kind=DepartmentKind.PEOPLES_COMMITTEE)
    make.department(name="Sở Tài chính", kind=DepartmentKind.DEPARTMENT)
    make.user(department=committee, role=Role.STAFF)
    auth.login(make.user(locale="vi", role=Role.ADMIN))
    departments = text_of(client.get("/admin/departments/"))
    assert "Sở Tài chính Sở" in departments  # the kind "department" of a province is a Sở
    assert "UBND huyện Tiên Yên Ủy ban nhân dân" in departments
    users = text_of(client.get("/admin/users/"))
    assert "Chuyên viên" in users and "Quản trị viên" in users and " staff " not in users


def test_task_history_names_the_edited_fields_in_vietnamese(fresh_translations, client, auth, make):
    leader = make.user(role=Role.LEADER, locale="vi")
    task = make.task(issuer=leader, title="Trồng rừng")
    task_operations.update_task(leader, task, version=task.version, title="Trồng 5.000 ha rừng")
    db.session.commit()
    auth.login(leader)
    page = text_of(client.get(f"/tasks/{task.id}"))
    assert "Đã sửa: Tiêu đề: Trồng rừng → Trồng 5.000 ha rừng" in page


def test_form_errors_are_in_vietnamese(fresh_translations, client, auth, make):
    """WTForms has no Vietnamese catalog of its own: the required-field message comes from ours."""
    auth.login(make.user(locale="vi", role=Role.LEADER))
    response = client.post("/tasks/new", data={"title": "", "lead_department_id": ""})
    assert response.status_code == 422
    page = text_of(response)
    assert "Trường này là bắt buộc." in page and "This field is required." not in page


def test_other_error_pages_are_titled_in_the_readers_language(fresh_translations, client, auth, make):
    auth.login(make.user(locale="vi"))
    fresh_translations.config["WTF_CSRF_ENABLED"] = True  # the app fixture turns it off again
    response = client.post("/logout")  # no CSRF token: 400
    assert response.status_code == 400
    assert first("h1", response) == "400 · Yêu cầu không hợp lệ"


@pytest.mark.parametrize(
    ("accept", "title", "password"),
    [
        ("vi", "Đăng nhập vào Tracker", "Mật khẩu"),
        ("fr-CH, fr;q=0.9, en;q=0.5", "Connexion à Tracker", "Mot de passe"),
        ("sv-SE", "Logga in i Tracker", "Lösenord"),
        ("de-DE, de;q=0.9", "Sign in to Tracker", "Password"),
    ],
)
def test_an_anonymous_visitor_gets_the_sign_in_page_in_the_browser_language(
    accept, title, password, fresh_translations, client
):
    response = client.get("/login", headers={"Accept-Language": accept})
    assert response.status_code == 200
    assert first("h1", response) == title
    assert password in text_of(response)


def test_a_failed_sign_in_is_explained_in_the_browser_language(fresh_translations, client, make):
    user = make.user(locale="vi")
    response = client.post(
        "/login", data={"email": user.email, "password": "not the password"}, headers={"Accept-Language": "vi"}
    )
    assert "Email hoặc mật khẩu không đúng." in text_of(response)


# --- Emails ------------------------------------------------------------------------------------------


def reminder_for(recipient, task, kind=ReminderKind.DUE_SOON, occurrence="d3", digest=False):
    row = Reminder(
        task=task,
        recipient=recipient,
        kind=kind,
        deadline_key=task.due_on.isoformat(),
        occurrence=occurrence,
        is_digest=digest,
    )
    db.session.add(row)
    db.session.flush()
    return row


def test_an_email_is_rendered_in_the_recipients_language(fresh_translations, make):
    lead = make.department(name="Sở Nông nghiệp và Môi trường")
    task = make.task(lead=lead, title="Trồng 5.000 ha rừng", due_on=date(2025, 9, 30))
    vietnamese = make.user(department=lead, locale="vi", name="Nguyễn Văn An")
    english = make.user(department=lead, locale="en", name="Anna Berg")

    message = compose(vietnamese, [reminder_for(vietnamese, task)])
    assert message.subject == "Sắp đến hạn: Trồng 5.000 ha rừng"
    assert "Kính gửi Nguyễn Văn An," in message.body
    assert "Nhiệm vụ này sắp đến hạn." in message.body
    assert "Đơn vị chủ trì: Sở Nông nghiệp và Môi trường" in message.body
    assert "Thời hạn: 30 thg 9, 2025" in message.body
    assert "Deadline" not in message.body and "Hello" not in message.body
    html_part = message.alternatives[0][0]
    assert "Mở nhiệm vụ" in html_part and "Open the task" not in html_part

    message = compose(english, [reminder_for(english, task, kind=ReminderKind.OVERDUE, occurrence="o1")])
    assert message.subject == "Overdue: Trồng 5.000 ha rừng"
    assert "Hello Anna Berg," in message.body
    assert "Deadline: Sep 30, 2025" in message.body


def test_a_digest_uses_the_plural_forms_of_the_recipients_language(fresh_translations, make):
    lead = make.department()
    first_task = make.task(lead=lead, due_on=date(2025, 9, 30))
    second_task = make.task(lead=lead, due_on=date(2025, 10, 1))
    french = make.user(department=lead, locale="fr")
    swedish = make.user(department=lead, locale="sv")

    rows = [reminder_for(french, task, digest=True) for task in (first_task, second_task)]
    assert compose(french, rows).subject == "Tracker : 2 tâches demandent votre attention"
    row = reminder_for(french, first_task, kind=ReminderKind.OVERDUE, occurrence="o1", digest=True)
    message = compose(french, [row])
    assert message.subject == "Tracker : 1 tâche demande votre attention"
    assert "En retard" in message.body and "échéance le 30 sept. 2025" in message.body

    rows = [reminder_for(swedish, task, digest=True) for task in (first_task, second_task)]
    message = compose(swedish, rows)
    assert message.subject == "Tracker: 2 uppgifter behöver din uppmärksamhet"
    assert "Förfaller snart" in message.body and "Hej " in message.body


def test_a_closed_task_is_named_in_the_readers_language(app, make):
    from flask_babel import force_locale

    from tracker.core.errors import InvalidTransition
    from tracker.tasks.history import require_open
    from tracker.tasks.models import TaskStatus

    task = make.task(status=TaskStatus.DONE)
    with app.test_request_context(), force_locale("fr"), pytest.raises(InvalidTransition) as raised:
        require_open(task)
    assert "done" not in raised.value.description
