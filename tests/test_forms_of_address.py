"""One form of address per language, on the pages and in the emails alike.

Vietnamese says "bạn" (not "anh/chị", "đồng chí", "quý vị"), French "vous" (not "tu"), Swedish "du"
(not "ni"): the catalogs are scanned for the other forms, so a new message written in another voice
is caught here.
"""

import re
from datetime import date

import pytest

from tests import test_i18n
from tests.test_i18n import catalog_path, read_catalog, reminder_for
from tracker.reminders.models import ReminderKind
from tracker.reminders.operations.delivery import compose
from tracker.users.models import Role

# The catalogs' fixtures: the .mo files compiled when missing (autouse), translations looked up afresh.
compiled_catalogs = test_i18n.compiled_catalogs
fresh_translations = test_i18n.fresh_translations

#: The form each language uses, and the words of the forms it does not.
FORMS = {
    "vi": ("bạn", ["anh/chị", "anh chị", "đồng chí", "quý vị", "ông/bà", "quý anh chị"]),
    "fr": ("vous", ["tu", "te", "toi", "ton", "ta", "tes", "t'", "t’"]),
    "sv": ("du", ["ni", "er", "ert", "era", "eder"]),
}


def other_form(word):
    """``word`` alone (not inside another word, nor a plural ending in brackets such as "uppgift(er)")."""
    end = "" if word[-1] in "'’" else r"(?!\w)"
    return re.compile(r"(?<![\w(])" + re.escape(word) + end, re.IGNORECASE)


def translations(catalog):
    for message in catalog:
        if not message.id:
            continue
        for text in message.string if isinstance(message.string, (list, tuple)) else (message.string,):
            if text:
                yield message, text


@pytest.mark.parametrize("lang", sorted(FORMS))
def test_each_catalog_addresses_the_reader_in_one_form(lang):
    chosen, others = FORMS[lang]
    catalog = read_catalog(lang)
    patterns = [(word, other_form(word)) for word in others]
    found = [
        f"{word!r} in {text!r} (msgid {message.id!r})"
        for message, text in translations(catalog)
        for word, pattern in patterns
        if pattern.search(text)
    ]
    assert not found, f"{catalog_path(lang)} addresses the reader otherwise than with {chosen!r}:\n" + "\n".join(found)
    assert sum(1 for _message, text in translations(catalog) if other_form(chosen).search(text)) > 20


def test_the_scan_catches_another_form():
    assert other_form("anh/chị").search("Chờ Anh/Chị phê duyệt")
    assert other_form("tu").search("Tu as une tâche")
    assert other_form("ni").search("Ni har en uppgift")
    assert not other_form("er").search("Direktivet har 2 uppgift(er)")
    assert not other_form("ta").search("la date de la tâche")


def test_emails_in_vietnamese_say_ban_as_the_pages_do(fresh_translations, make):
    lead = make.department(name="Sở Nông nghiệp")
    issuer = make.user(role=Role.LEADER, locale="vi", name="Trần Thị Lan")
    assignee = make.user(role=Role.STAFF, department=lead, locale="vi", name="Lê Văn Minh")
    task = make.task(lead=lead, issuer=issuer, assignee=assignee, title="Trồng rừng", due_on=date(2025, 6, 20))

    approval = compose(issuer, [reminder_for(issuer, task, kind=ReminderKind.APPROVAL_NEEDED, occurrence="submit:1")])
    assert approval.subject == "Chờ bạn phê duyệt: Trồng rừng"
    assert "Đề nghị bạn phê duyệt" in approval.body

    assigned = compose(assignee, [reminder_for(assignee, task, kind=ReminderKind.ASSIGNED, occurrence="created:1")])
    assert "giao cho bạn hoặc cho đơn vị của bạn" in assigned.body
    for message in (approval, assigned):
        assert "Anh/Chị" not in message.subject + message.body + message.alternatives[0][0]
