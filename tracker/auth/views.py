import ipaddress

from flask import current_app, flash, make_response, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required

from tracker.auth import bp
from tracker.auth.forms import ForgotPasswordForm, LoginForm, SetPasswordForm
from tracker.auth.links import RESETS_PER_HOUR, LinkPurpose, find_link, send_password_link, spend_like_a_link
from tracker.auth.operations import authenticate, find_user_by_email, use_link
from tracker.auth.queries import recent_resets
from tracker.auth.sessions import end_session, start_session
from tracker.core.audit import record_event
from tracker.core.web import commit, rollback, safe_next
from tracker.extensions import limiter
from tracker.users.operations import set_password, validate_password

#: The session key under which an opened password link waits for its form (out of the address bar).
LINK_KEY = "password_link"


def client_address():
    """The caller's address as throttled: an IPv6 caller by its /64 (one household or one server
    has a whole /64, and could otherwise take a fresh address for every attempt)."""
    address = request.remote_addr or "unknown"
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def _pair_key():
    return "login-pair:" + client_address() + "|" + (request.form.get("email") or "").strip().lower()


def _address_key():
    return "login-address:" + client_address()


def _failed(response):
    # Only failed attempts count towards the throttle; a successful sign-in redirects.
    return response.status_code != 302


# Throttling follows OWASP's Authentication and Credential Stuffing guidance (README, Security): the
# failures of one address against one account slow down and then stop that address for that account,
# the failures of one address against any accounts stop that address; nothing is counted per account
# alone, so an attacker can never lock the real user out, wherever the real user signs in from.
@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(
    lambda: current_app.config["TRACKER_LOGIN_LIMIT_PAIR"],
    key_func=_pair_key,
    methods=["POST"],
    deduct_when=_failed,
    scope="login-pair",
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
            start_session(user, remember=form.remember.data)
            commit()
            return redirect(safe_next(form.next.data))
        if error == "inactive":
            form.form_errors.append(_("This account has been deactivated. Ask your administrator."))
        else:
            form.form_errors.append(_("Wrong email or password."))
        form.password.data = ""
        return render_template("auth/login.html", form=form), 401
    status = 400 if request.method == "POST" else 200
    return render_template("auth/login.html", form=form), status


@bp.errorhandler(429)
def throttled(error):
    """A throttled sign-in shows the sign-in page again, saying why and for how long."""
    if request.endpoint != "auth.login":
        from tracker.core.errors import handle_http_error

        return handle_http_error(error)
    form = LoginForm(formdata=None)
    form.email.data = (request.form.get("email") or "").strip()[:254]
    form.next.data = request.form.get("next", "")
    retry_after = dict(error.get_headers()).get("Retry-After")
    minutes = max(1, -(-int(retry_after) // 60)) if str(retry_after or "").isdigit() else 1
    form.form_errors.append(
        ngettext(
            "Too many failed sign-ins from your address. Try again in %(num)d minute, or choose a new password "
            'with "Forgot password?".',
            "Too many failed sign-ins from your address. Try again in %(num)d minutes, or choose a new password "
            'with "Forgot password?".',
            minutes,
        )
    )
    response = make_response(render_template("auth/login.html", form=form), 429)
    if retry_after:
        response.headers["Retry-After"] = retry_after
    return response


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    end_session()
    commit()
    flash(_("You are signed out."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/password/forgot", methods=["GET", "POST"])
@limiter.limit("10 per hour", key_func=_address_key, methods=["POST"], scope="password-forgot")
def forgot_password():
    """Email a reset link; the answer is the same whether or not the address has an account."""
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        user = find_user_by_email(form.email.data)
        if user is not None and user.is_active and recent_resets(user) < RESETS_PER_HOUR:
            send_password_link(user, LinkPurpose.RESET, background=True)
            record_event(None, "user.password_reset_requested", user)
        else:
            spend_like_a_link("en")
        commit()
        flash(
            ngettext(
                "If an account signs in with %(email)s, a link to choose a new password is on its way "
                "there. It works once, within %(num)d hour.",
                "If an account signs in with %(email)s, a link to choose a new password is on its way "
                "there. It works once, within %(num)d hours.",
                current_app.config["TRACKER_PASSWORD_LINK_HOURS"],
                email=form.email.data.strip(),
            ),
            "info",
        )
        return redirect(url_for("auth.login"), 303)
    status = 422 if form.errors else 200
    return render_template("auth/forgot.html", form=form), status


def _expired_link():
    page = render_template("auth/link_expired.html")
    return page, 410


@bp.route("/password/link/<token>", methods=["GET", "POST"])
@limiter.limit("30 per hour", key_func=_address_key, scope="password-link")
def open_link(token):
    """The emailed link: keep its token in the session and show the form at an address without it
    (so that the token is not left in the history, nor sent on as a Referer)."""
    if find_link(token) is None:
        return _expired_link()
    session[LINK_KEY] = token
    if request.method == "POST":
        return set_password_from_link()
    return redirect(url_for("auth.set_password_from_link"), 303)


@bp.route("/password/set", methods=["GET", "POST"])
def set_password_from_link():
    """The form of an opened link: its field ``password`` sets the password and signs the user in."""
    link = find_link(session.get(LINK_KEY))
    if link is None:
        session.pop(LINK_KEY, None)
        return _expired_link()
    user = link.user
    form = SetPasswordForm()
    if form.validate_on_submit():
        reason = validate_password(form.password.data, name=user.name, email=user.email)
        if reason:
            form.password.errors.append(reason)
        elif not use_link(link):
            rollback()
            session.pop(LINK_KEY, None)
            return _expired_link()
        else:
            if current_user.is_authenticated:
                end_session()
            set_password(user, form.password.data)
            record_event(None, f"user.password_{link.purpose.value}", user)
            start_session(user)
            session.pop(LINK_KEY, None)
            commit()
            flash(_("Your password is set. Welcome, %(name)s.", name=user.name), "success")
            return redirect(url_for("home.index"), 303)
    status = 422 if form.errors else 200
    invitation = link.purpose == LinkPurpose.INVITATION
    return render_template("auth/set_password.html", form=form, user=user, invitation=invitation), status
