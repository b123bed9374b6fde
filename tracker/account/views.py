from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.account import bp, operations
from tracker.account.forms import SettingsForm, parse_lead_days
from tracker.core.errors import ValidationFailed
from tracker.core.permissions import can_edit_own_settings, require
from tracker.extensions import db


@bp.route("", methods=["GET", "POST"])
@login_required
def settings():
    require(can_edit_own_settings(current_user, current_user))
    user = current_user._get_current_object()
    form = SettingsForm()
    if request.method == "GET":
        form.locale.data = user.locale
        form.timezone.data = user.timezone or current_app.config["TRACKER_TIMEZONE"]
        form.reminder_lead_days.data = ", ".join(str(day) for day in user.reminder_lead_days or ())
        form.digest_enabled.data = user.digest_enabled
    elif form.validate_on_submit():
        try:
            operations.update_settings(
                user,
                user,
                locale=form.locale.data,
                timezone=form.timezone.data,
                reminder_lead_days=parse_lead_days(form.reminder_lead_days.data),
                digest_enabled=form.digest_enabled.data,
            )
        except ValidationFailed as error:
            db.session.rollback()
            for field, reason in error.fields.items():
                getattr(form, field).errors.append(reason)
        else:
            db.session.commit()
            flash(_("Your settings were saved."), "success")
            return redirect(url_for(".settings"), 303)
    defaults = ", ".join(str(day) for day in current_app.config["REMINDER_LEAD_DAYS"])
    status = 422 if form.errors else 200
    send_hour = current_app.config["REMINDER_SEND_HOUR"]
    page = render_template("account/settings.html", form=form, default_lead_days=defaults, send_hour=send_hour)
    return page, status
