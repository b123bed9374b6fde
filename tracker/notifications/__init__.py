"""Notifications: what happened to a person's work since they last looked, in Tracker and by email."""

from flask import Blueprint

bp = Blueprint("notifications", __name__, url_prefix="/notifications")


def init_app(app):
    """The template helpers of the bell, the task page and Settings."""
    from flask_login import current_user

    from tracker.notifications import operations, queries, text

    def unread_notifications():
        return queries.bell(current_user) if current_user.is_authenticated else 0

    def notification_preferences():
        return operations.email_preferences(current_user)

    def is_following_task(task):
        return operations.is_following(current_user, task)

    app.jinja_env.globals.update(
        unread_notifications=unread_notifications,
        notification_preferences=notification_preferences,
        notification_kind_label=text.kind_label,
        describe_notification=text.describe,
        is_following_task=is_following_task,
        returned_reason=queries.returned_reason,
        departments_without_takers=queries.departments_without_takers,
        task_emails=queries.task_emails,
        email_kind_label=text.email_kind_label,
        email_state_label=text.email_state_label,
    )
