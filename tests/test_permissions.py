"""The permission matrix: role x action x the user's department's relation to the object."""

import pytest

from tracker.core import permissions
from tracker.users.models import Role

ROLES = [Role.ADMIN, Role.LEADER, Role.HEAD, Role.STAFF, Role.OBSERVER]
RELATIONS = ["lead", "coordinating", "issuing", "unrelated"]

AD, LE, HE, ST, OB = "admin", "leader", "head", "staff", "observer"

# Who may do each task action, by the relation of their department to the task.
# Written out by hand from design.md's role table, not derived from the code under test.
TASK_MATRIX = {
    "can_view_task": {
        "lead": {AD, LE, HE, ST, OB},
        "coordinating": {AD, LE, HE, ST, OB},
        "issuing": {AD, LE, HE, ST, OB},
        "unrelated": {AD, LE, OB},
    },
    "can_assign_task": {"lead": {AD, LE, HE}, "coordinating": {AD, LE}, "issuing": {AD, LE}, "unrelated": {AD, LE}},
    "can_work_on_task": {"lead": {AD, HE, ST}, "coordinating": {AD}, "issuing": {AD}, "unrelated": {AD}},
    "can_request_extension": {"lead": {AD, HE, ST}, "coordinating": {AD}, "issuing": {AD}, "unrelated": {AD}},
    "can_update_task": {
        "lead": {AD, LE, HE, ST},
        "coordinating": {AD, LE, HE, ST},
        "issuing": {AD, LE, HE},
        "unrelated": {AD, LE},
    },
    "can_edit_task": {"lead": {AD, LE}, "coordinating": {AD, LE}, "issuing": {AD, LE, HE}, "unrelated": {AD, LE}},
    "can_review_task": {"lead": {AD, LE}, "coordinating": {AD, LE}, "issuing": {AD, LE, HE}, "unrelated": {AD, LE}},
    "can_cancel_task": {"lead": {AD, LE}, "coordinating": {AD, LE}, "issuing": {AD, LE, HE}, "unrelated": {AD, LE}},
    "can_decide_extension": {
        "lead": {AD, LE},
        "coordinating": {AD, LE},
        "issuing": {AD, LE, HE},
        "unrelated": {AD, LE},
    },
}

ROLE_ONLY = {
    "can_manage_departments": {AD},
    "can_manage_users": {AD},
    "can_view_reminder_ledger": {AD},
    "can_view_everything": {AD, LE, OB},
    "can_view_reports": {AD, LE, HE, ST, OB},
}


@pytest.fixture
def world(make):
    """Four departments around one task: its lead, a coordinator, its issuer, and a stranger."""
    departments = {relation: make.department(code=relation.upper()) for relation in RELATIONS}
    issuer = make.user(department=departments["issuing"], role=Role.HEAD)
    task = make.task(lead=departments["lead"], issuer=issuer, coordinating=[departments["coordinating"]])
    users = {
        (role, relation): make.user(department=departments[relation], role=role)
        for role in ROLES
        for relation in RELATIONS
    }
    return task, users, departments


@pytest.mark.parametrize("action", sorted(TASK_MATRIX))
def test_task_actions_follow_the_matrix(world, action):
    task, users, _ = world
    predicate = getattr(permissions, action)
    wrong = []
    for (role, relation), user in users.items():
        expected = role.value in TASK_MATRIX[action][relation]
        verdict = predicate(user, task)
        if bool(verdict) != expected:
            wrong.append(f"{role.value}/{relation}: expected {expected}, got {bool(verdict)}")
        if not verdict:
            assert verdict.reason, f"{action} refused {role.value}/{relation} without a reason"
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("action", sorted(ROLE_ONLY))
def test_role_actions_follow_the_matrix(world, action):
    _, users, _ = world
    predicate = getattr(permissions, action)
    for (role, _relation), user in users.items():
        assert bool(predicate(user)) == (role.value in ROLE_ONLY[action]), (action, role)


def test_meeting_creation_by_role_and_host(world):
    _, users, departments = world
    own, other = departments["lead"], departments["unrelated"]
    for role in ROLES:
        user = users[(role, "lead")]
        expected_own = role in (Role.ADMIN, Role.LEADER, Role.HEAD)
        expected_other = role in (Role.ADMIN, Role.LEADER)
        assert bool(permissions.can_create_meeting(user, own.id)) == expected_own, role
        assert bool(permissions.can_create_meeting(user, other.id)) == expected_other, role


def test_meeting_visibility_and_editing(world, make):
    _, users, departments = world
    meeting = make.meeting(host=departments["issuing"], attendees=[departments["coordinating"]])
    for role in ROLES:
        for relation in RELATIONS:
            user = users[(role, relation)]
            sees_all = role in (Role.ADMIN, Role.LEADER, Role.OBSERVER)
            involved = relation in ("issuing", "coordinating")
            assert bool(permissions.can_view_meeting(user, meeting)) == (sees_all or involved), (role, relation)
            edits = role in (Role.ADMIN, Role.LEADER) or (role == Role.HEAD and relation == "issuing")
            assert bool(permissions.can_edit_meeting(user, meeting)) == edits, (role, relation)


def test_task_creation_in_own_name_only_for_heads(world):
    _, users, departments = world
    head = users[(Role.HEAD, "issuing")]
    assert permissions.can_create_task(head, departments["issuing"].id)
    assert not permissions.can_create_task(head, departments["lead"].id)
    assert not permissions.can_create_task(users[(Role.STAFF, "issuing")])
    assert not permissions.can_create_task(users[(Role.OBSERVER, "issuing")])
    assert permissions.can_create_task(users[(Role.LEADER, "unrelated")], departments["lead"].id)


def test_deactivated_or_anonymous_users_may_do_nothing(world):
    task, users, _ = world
    admin = users[(Role.ADMIN, "lead")]
    admin.is_active = False
    assert not permissions.can_manage_users(admin)
    assert not permissions.can_view_task(admin, task)
    assert not permissions.can_view_task(None, task)


def test_require_raises_403_with_the_reason(world):
    task, users, _ = world
    from tracker.core.errors import Forbidden

    with pytest.raises(Forbidden) as raised:
        permissions.require(permissions.can_review_task(users[(Role.STAFF, "lead")], task))
    assert raised.value.code == 403
    assert "issuing side" in raised.value.description
