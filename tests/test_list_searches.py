"""List searches: one condition per question for the page and the API, and ``%``/``_`` as plain text."""

import json

import pytest

from tracker.extensions import db
from tracker.users.models import Role
from tracker.users.operations import issue_api_token


@pytest.fixture
def api_token_for():
    def token(user):
        value = issue_api_token(user)
        db.session.commit()
        return value

    return token


@pytest.fixture
def admin(make, auth):
    user = make.user(role=Role.ADMIN, name="Ada Admin")
    db.session.commit()
    auth.login(user)
    return user


def test_the_meetings_page_and_the_api_search_the_same_fields(make, client, admin, api_token_for):
    make.meeting(title="Working session on forests", place="Hạ Long", chair_name="Nguyễn Văn A")
    make.meeting(title="Budget review", place="Cẩm Phả", chair_name="Trần Thị B")
    db.session.commit()
    headers = {"Authorization": f"Bearer {api_token_for(admin)}"}
    for q, title in (
        ("forests", "Working session on forests"),
        ("Cẩm Phả", "Budget review"),
        ("Trần", "Budget review"),
    ):
        page = client.get(f"/meetings/?q={q}").get_data(as_text=True)
        api = client.get(f"/api/v1/meetings?q={q}", headers=headers).get_json()
        assert [item["title"] for item in api["items"]] == [title], q
        assert title in page


def shown(response):
    assert response.status_code == 200
    return json.dumps(response.get_json(), ensure_ascii=False) if response.is_json else response.get_data(as_text=True)


@pytest.mark.parametrize(
    "path", ["/admin/users/?q={q}", "/admin/departments/?q={q}", "/api/v1/users?q={q}", "/api/v1/departments?q={q}"]
)
def test_wildcards_in_a_search_are_plain_characters(make, client, admin, api_token_for, path):
    make.department(name="Sở Tài chính", code="STC")
    make.department(name="Ban 50% vốn", code="B50")
    make.user(name="Bình An", email="binh_an@tracker.test")
    make.user(name="Binh Xan", email="binhxan@tracker.test")
    db.session.commit()
    headers = {"Authorization": f"Bearer {api_token_for(admin)}"}
    if "users" in path:
        text = shown(client.get(path.format(q="binh_"), headers=headers))
        assert "binh_an@tracker.test" in text and "binhxan@tracker.test" not in text
    else:
        text = shown(client.get(path.format(q="50%25"), headers=headers))
        assert "Ban 50% vốn" in text and "Sở Tài chính" not in text


def test_the_reminder_ledger_takes_any_number_in_its_filters(client, admin):
    for query in ("task_id=99999999999999", "user=99999999999999", "user=100%25"):
        assert client.get(f"/admin/reminders/?{query}").status_code == 200, query
