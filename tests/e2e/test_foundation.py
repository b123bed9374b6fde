"""The foundation in a real browser: sign-in for every role, the admin pages, refusals, the phone layout."""

import re

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in, sign_out
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.users.models import Role, User

pytestmark = pytest.mark.e2e

EVERYONE_LINKS = ("My tasks", "Department tasks", "Meetings", "Report")
RESTRICTED_LINKS = {
    "All tasks": {Role.ADMIN, Role.LEADER, Role.OBSERVER},
    "Departments": {Role.ADMIN},
    "Users": {Role.ADMIN},
}
ALIASES = ["Sở Nông nghiệp và Môi trường", "Département de l'Agriculture", "Jordbruksdepartementet"]


def test_every_role_signs_in_through_the_form_and_sees_its_navigation(page, live, shot):
    department = live.make.department(name="Department of Science and Technology", code="SKHCN")
    accounts = {}
    for role in Role:
        user = live.make.user(role=role, department=department, name=f"{role.value.title()} Nguyen")
        accounts[role] = (user.email, user.name)
    live.commit()

    for role, (email, name) in accounts.items():
        sign_in(page, email)
        expect(page).to_have_url(live.url("/"))
        expect(page.get_by_role("heading", level=1)).to_have_text("My tasks")
        nav = page.get_by_role("navigation", name="Main")
        expect(nav.get_by_text(f"{name} · SKHCN")).to_be_visible()
        for label in EVERYONE_LINKS:
            expect(nav.get_by_role("link", name=label, exact=True)).to_be_visible()
        for label, roles in RESTRICTED_LINKS.items():
            link = nav.get_by_role("link", name=label, exact=True)
            if role in roles:
                expect(link).to_be_visible()
            else:
                expect(link).to_have_count(0)
        expect(page.get_by_text("Nothing waits for you.")).to_be_visible()
        shot(page, f"home-{role.value}")
        sign_out(page)
        expect(page.get_by_role("status")).to_contain_text("You are signed out.")


def test_wrong_password_shows_the_error_and_keeps_the_email(page, live, shot):
    user = live.make.user(role=Role.STAFF, email="officer@tracker.test")
    live.commit()

    page.goto("/login")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password", exact=True).fill("not the password")
    with page.expect_response(lambda response: response.url.endswith("/login")) as answer:
        page.get_by_role("button", name="Sign in").click()
    assert answer.value.status == 401
    expect(page.get_by_role("alert")).to_contain_text("Wrong email or password.")
    expect(page.get_by_label("Email")).to_have_value("officer@tracker.test")
    expect(page.get_by_label("Password", exact=True)).to_have_value("")
    shot(page, "login-wrong-password")

    # The form still works after the failure: the right password gets in.
    page.get_by_label("Password", exact=True).fill(live.password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(live.url("/"))


def test_admin_creates_a_department_with_aliases_and_a_user(page, live, shot):
    home = live.make.department(name="Office of the People's Committee", code="VPUB")
    admin_email = live.make.user(role=Role.ADMIN, department=home).email
    live.commit()
    sign_in(page, admin_email)

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Departments").click()
    page.get_by_role("link", name="New department").click()
    page.get_by_label("Name", exact=True).fill("Department of Agriculture and Environment")
    page.get_by_label("Code").fill("SNNMT")
    page.get_by_label("Kind").select_option(label="Department")
    page.get_by_label("Aliases").fill("\n".join(ALIASES))
    shot(page, "admin-department-form")
    page.get_by_role("button", name="Save").click()

    expect(page).to_have_url(live.url("/admin/departments/"))
    expect(page.get_by_role("status")).to_contain_text("Department Department of Agriculture and Environment created.")
    row = page.get_by_role("row").filter(has_text="SNNMT")
    expect(row).to_contain_text("Department of Agriculture and Environment")
    expect(row.get_by_role("cell").nth(4)).to_have_text("3")
    shot(page, "admin-departments")

    row.get_by_role("link", name="Department of Agriculture and Environment").click()
    expect(page.get_by_label("Aliases")).to_have_value("\n".join(ALIASES))

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Users").click()
    page.get_by_role("link", name="New user").click()
    page.get_by_label("Name", exact=True).fill("Tran Thi Lan")
    page.get_by_label("Email").fill("lan.tran@quangninh.gov.vn")
    page.get_by_label("Department").select_option(label="Department of Agriculture and Environment (SNNMT)")
    page.get_by_label("Role").select_option(label="Department head")
    page.get_by_label("Password").fill("a long enough password")
    page.get_by_role("button", name="Save").click()

    expect(page).to_have_url(live.url("/admin/users/"))
    expect(page.get_by_role("status")).to_contain_text("User Tran Thi Lan created.")
    expect(page.get_by_role("row").filter(has_text="lan.tran@quangninh.gov.vn")).to_contain_text("Tran Thi Lan")
    shot(page, "admin-users")

    db.session.expire_all()
    department = db.session.scalar(sa.select(Department).where(Department.code == "SNNMT"))
    assert department.aliases == ALIASES
    created = db.session.scalar(sa.select(User).where(User.email == "lan.tran@quangninh.gov.vn"))
    assert (created.role, created.department_id, created.is_active) == (Role.HEAD, department.id, True)

    # The new head can sign in with the password the admin chose, and sees no admin pages.
    sign_out(page)
    sign_in(page, "lan.tran@quangninh.gov.vn", "a long enough password")
    expect(page.get_by_role("navigation", name="Main")).to_contain_text("Tran Thi Lan · SNNMT")
    expect(page.get_by_role("link", name="Users", exact=True)).to_have_count(0)


def test_staff_gets_the_403_page_with_its_reason(page, live, shot):
    email = live.make.user(role=Role.STAFF).email
    live.commit()
    sign_in(page, email)

    response = page.goto("/admin/users/")
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("Not allowed")
    expect(page.get_by_text("Only administrators manage users.")).to_be_visible()
    expect(page.get_by_role("link", name="Back to my tasks")).to_be_visible()
    shot(page, "forbidden-staff-users")


def test_layout_works_at_phone_width(new_context, live, shot):
    email = live.make.user(role=Role.LEADER, name="Pham Van Minh").email
    live.commit()
    context = new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(10_000)

    page.goto("/login")
    form_box = page.get_by_role("button", name="Sign in").bounding_box()
    assert form_box["x"] >= 0 and form_box["x"] + form_box["width"] <= 390
    sign_in(page, email)

    toggle = page.locator("label.nav-toggle-label")
    expect(toggle).to_be_visible()
    my_tasks = page.get_by_role("navigation", name="Main").get_by_role("link", name="My tasks")
    expect(my_tasks).to_be_hidden()
    shot(page, "phone-home")
    toggle.click()
    expect(my_tasks).to_be_visible()
    shot(page, "phone-menu-open")
    page_width = page.evaluate("document.documentElement.scrollWidth")
    assert page_width <= 390, f"the page scrolls sideways on a phone ({page_width}px)"
    my_tasks.click()
    expect(page).to_have_url(re.compile(r"/$"))
