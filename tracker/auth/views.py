from urllib.parse import urlsplit

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from tracker.auth import bp
from tracker.auth.forms import LoginForm
from tracker.auth.operations import authenticate
from tracker.extensions import db, limiter


def safe_next(target):
    """Return ``target`` when it is a path on this site, else the home page."""
    if not target:
        return url_for("home.index")
    target = target.strip().replace("\\", "/")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("home.index")
    return target


def _account_key():
    return "login-account:" + (request.form.get("email") or "").strip().lower()


def _address_key():
    return "login-address:" + (request.remote_addr or "unknown")


def _failed(response):
    # Only failed attempts count towards the throttle; a successful sign-in redirects.
    return response.status_code != 302


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(
    lambda: current_app.config["TRACKER_LOGIN_LIMIT_ACCOUNT"],
    key_func=_account_key,
    methods=["POST"],
    deduct_when=_failed,
    scope="login-account",
)
@limiter.limit(
    lambda: current_app.config["TRACKER_LOGIN_LIMIT_ADDRESS"],
    key_func=_address_key,
    methods=["POST"],
    deduct_when=_failed,
    scope="login-address",
)
def login():
    if current_user.is_authenticated:
        return redirect(safe_next(request.args.get("next")))
    form = LoginForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    if form.validate_on_submit():
        user, error = authenticate(form.email.data, form.password.data)
        if user is not None:
            login_user(user, remember=form.remember.data)
            db.session.commit()
            return redirect(safe_next(form.next.data))
        if error == "inactive":
            form.form_errors.append(_("This account has been deactivated. Ask your administrator."))
        else:
            form.form_errors.append(_("Wrong email or password."))
        form.password.data = ""
        return render_template("auth/login.html", form=form), 401
    status = 400 if request.method == "POST" else 200
    return render_template("auth/login.html", form=form), status


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    logout_user()
    flash(_("You are signed out."), "info")
    return redirect(url_for("auth.login"))
