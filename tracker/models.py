"""Import every domain's models so that the mapper registry and Alembic see the whole schema."""

from tracker.auth.models import PasswordToken, UserSession
from tracker.comments.models import Comment, CommentMention
from tracker.core.audit import AuditEvent
from tracker.departments.models import Department
from tracker.meetings.models import Directive, Meeting
from tracker.notifications.models import Notification, NotificationPreference, TaskFollower
from tracker.reminders.models import Reminder, SweepRun
from tracker.tasks.models import Attachment, ExtensionRequest, Task, TaskUpdate
from tracker.users.models import ApiToken, User

__all__ = [
    "ApiToken",
    "Attachment",
    "AuditEvent",
    "Comment",
    "CommentMention",
    "Department",
    "Directive",
    "ExtensionRequest",
    "Meeting",
    "Notification",
    "NotificationPreference",
    "PasswordToken",
    "Reminder",
    "SweepRun",
    "Task",
    "TaskFollower",
    "TaskUpdate",
    "User",
    "UserSession",
]

# The folded copies searched everywhere follow their sources' ORM updates (once the models exist).
import tracker.search.maintenance  # noqa: F401
