"""A department's name in the reader's language: entered by administrators, imported by CSV, shown
on pages, in the API, in exports and reports, falling back to the other language."""

import io

import openpyxl
import sqlalchemy as sa

from tracker.departments import operations
from tracker.departments.models import Department
from tracker.extensions import db


def test_name_falls_back_to_the_other_language_then_the_name_of_record(make):
    both = make.department(
        name="Sở NN&MT", names={"vi": "Sở Nông nghiệp và Môi trường", "en": "Department of Agriculture"}
    )
    english_only = make.department(name="Record name", names={"en": "Finance Department"})
    bare = make.department(name="Only a name")
    assert both.name_in("vi") == "Sở Nông nghiệp và Môi trường"
    assert both.name_in("en") == "Department of Agriculture"
    assert both.name_in("sv") == "Department of Agriculture"
    assert english_only.name_in("vi") == "Finance Department"
    assert bare.name_in("vi") == "Only a name"
    assert bare.display_name == "Only a name"  # outside a request


def test_admin_enters_names_and_pages_show_the_readers(province, make, client, auth, frozen):
    admin = make.user(role="admin", department=province["office"])
    db.session.commit()
    auth.login(admin)
    alpha = province["alpha"]
    form = client.get(f"/admin/departments/{alpha.id}").get_data(as_text=True)
    assert 'name="name_vi"' in form and 'name="name_en"' in form
    response = client.post(
        f"/admin/departments/{alpha.id}",
        data={
            "name": "Agriculture",
            "name_vi": "Sở Nông nghiệp",
            "name_en": "Department of Agriculture",
            "code": "NN",
            "kind": "department",
            "parent_id": "",
            "email": "",
            "aliases": "",
            "is_active": "y",
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    db.session.expire_all()
    assert db.session.get(Department, alpha.id).names == {"vi": "Sở Nông nghiệp", "en": "Department of Agriculture"}
    auth.logout()

    reader = province["leader"]
    reader.locale = "vi"
    db.session.commit()
    auth.login(reader)
    task = province["late"]  # led by Transport, which has no names: the name of record
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert 'id="fact-lead">Transport<' in page
    html = client.get("/reports/periodic?from=2025-04-01&to=2025-06-30").get_data(as_text=True)
    assert "<td>Sở Nông nghiệp</td>" in html
    data = client.get("/reports/periodic.xlsx?from=2025-04-01&to=2025-06-30").data
    summary = openpyxl.load_workbook(io.BytesIO(data)).worksheets[1]  # after the heading sheet
    assert "Sở Nông nghiệp" in [row[1] for row in summary.iter_rows(values_only=True)]
    reader.locale = "en"
    db.session.commit()
    html = client.get("/reports/periodic?from=2025-04-01&to=2025-06-30").get_data(as_text=True)
    assert "<td>Department of Agriculture</td>" in html


def test_api_gives_names_and_the_readers_name(province, make, api, frozen):
    admin = make.user(role="admin", department=province["office"], locale="vi")
    db.session.commit()
    caller = api.as_user(admin)
    body = caller.patch(f"/departments/{province['beta'].id}", json={"name_vi": "Sở Giao thông vận tải"}).get_json()
    assert body["names"] == {"vi": "Sở Giao thông vận tải", "en": None}
    assert body["name"] == "Sở Giao thông vận tải"
    api.check(body, "Department")
    english = make.user(role="staff", department=province["beta"], locale="en")
    db.session.commit()
    other = api.as_user(english).get(f"/departments/{province['beta'].id}").get_json()
    assert other["name"] == "Sở Giao thông vận tải"  # no English name: the other language
    task = api.as_user(english).get(f"/tasks/{province['late'].id}").get_json()
    assert task["lead_department"]["name"] == "Sở Giao thông vận tải"
    wrong = caller.patch(f"/departments/{province['beta'].id}", json={"name_en": "x" * 201})
    assert wrong.status_code == 422 and "name_en" in wrong.get_json()["fields"]


def test_csv_import_takes_names_per_language(app):
    text = (
        "code,name,kind,parent_code,email,aliases,name_vi,name_en\n"
        "SYT,Sở Y tế,department,,,,Sở Y tế,Department of Health\n"
    )
    assert operations.import_departments(None, text) == (1, 0)
    department = db.session.scalar(sa.select(Department).where(Department.code == "SYT"))
    assert department.names == {"vi": "Sở Y tế", "en": "Department of Health"}
    plain = "code,name,kind,parent_code,email,aliases\nSYT,Sở Y tế,department,,,\n"
    assert operations.import_departments(None, plain) == (0, 1)
    assert department.names == {"vi": "Sở Y tế", "en": "Department of Health"}  # kept when not given
