from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.account import bp, operations
from tracker.account.forms import ChangePasswordForm, SettingsForm, SignOutEverywhereForm, parse_lead_days
from tracker.auth.operations import revoke_sessions
from tracker.auth.sessions import end_session, renew_after_password_change
from tracker.core.audit import record_event
from tracker.core.permissions import can_edit_own_settings, require
from tracker.core.web import UnitOfWork, commit
from tracker.extensions import limiter


def _page(form=None, password_form=None, status=200):
    defaults = ", ".join(str(day) for day in current_app.config["REMINDER_LEAD_DAYS"])
    page = render_template(
        "account/settings.html",
        form=form,
        password_form=password_form or ChangePasswordForm(formdata=None),
        everywhere_form=SignOutEverywhereForm(formdata=None),
        default_lead_days=defaults,
        send_hour=current_app.config["REMINDER_SEND_HOUR"],
    )
    return page, status


def _settings_form(user):
    form = SettingsForm(formdata=None)
    form.locale.data = user.locale
    form.timezone.data = user.timezone or current_app.config["TRACKER_TIMEZONE"]
    form.reminder_lead_days.data = ", ".join(str(day) for day in user.reminder_lead_days or ())
    form.digest_enabled.data = user.digest_enabled
    return form


@bp.route("", methods=["GET", "POST"])
@login_required
def settings():
    require(can_edit_own_settings(current_user, current_user))
    user = current_user._get_current_object()
    if request.method == "GET":
        return _page(_settings_form(user))
    form = SettingsForm()
    if form.validate_on_submit():
        with UnitOfWork(form) as work:
            operations.update_settings(
                user,
                user,
                locale=form.locale.data,
                timezone=form.timezone.data,
                reminder_lead_days=parse_lead_days(form.reminder_lead_days.data),
                digest_enabled=form.digest_enabled.data,
            )
        if work.done:
            flash(_("Your settings were saved."), "success")
            return redirect(url_for(".settings"), 303)
    return _page(form, status=422 if form.errors else 200)


def _password_key():
    return f"change-password:{current_user.id}"


@bp.route("/password", methods=["POST"])
@login_required
@limiter.limit("10 per hour", key_func=_password_key, deduct_when=lambda response: response.status_code != 303)
def change_password():
    """Change one's own password (the current one is asked for); the other sessions end."""
    require(can_edit_own_settings(current_user, current_user))
    user = current_user._get_current_object()
    form = ChangePasswordForm()
    if form.validate_on_submit():
        with UnitOfWork(form) as work:
            operations.change_own_password(user, form.current_password.data, form.password.data)
            renew_after_password_change(user)
        if work.done:
            flash(_("Your password was changed; your other sessions are signed out."), "success")
            return redirect(url_for(".settings"), 303)
    return _page(_settings_form(user), password_form=form, status=422)


@bp.route("/sessions/end", methods=["POST"])
@login_required
def sign_out_everywhere():
    """End every session of the user, this browser's included (and its remember-me cookie)."""
    require(can_edit_own_settings(current_user, current_user))
    form = SignOutEverywhereForm()
    if not form.validate_on_submit():
        return redirect(url_for(".settings"), 303)
    user = current_user._get_current_object()
    count = revoke_sessions(user)
    record_event(user, "user.sign_out_everywhere", user, after={"sessions": count})
    end_session()
    commit()
    flash(_("You are signed out on every device."), "info")
    return redirect(url_for("auth.login"), 303)
