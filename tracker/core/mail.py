"""Email: templates rendered in the recipient's language, sent by SMTP or written to the outbox,
and a queue of work to run only after the database commit.

- ``render_email(name, locale, **context)`` renders ``templates/emails/<name>.txt`` and ``.html``
  (each with a ``subject`` block) in the recipient's locale.
- ``build_message`` makes one ``multipart/alternative`` message for one recipient (never BCC).
- ``Postman`` sends messages over one SMTP connection when ``MAIL_SERVER`` is set; otherwise it writes
  each message as an ``.eml`` file to ``TRACKER_OUTBOX_DIR`` and logs it (the embedded mode).
- ``after_commit(callback)`` runs ``callback()`` once the current unit of work commits, and drops it
  on rollback, so a rolled-back change never sends mail.
"""

import logging
import os
import smtplib
import time
import uuid
from pathlib import Path

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale
from flask_mailman import EmailMultiAlternatives

from tracker.extensions import db, mail

log = logging.getLogger("tracker.mail")

_PENDING = "tracker.after_commit"


# --- After commit -------------------------------------------------------------------------------


def after_commit(callback):
    """Run ``callback()`` after the current transaction of ``db.session`` commits."""
    db.session().info.setdefault(_PENDING, []).append(callback)


def _run_pending(session):
    callbacks = session.info.pop(_PENDING, [])
    for callback in callbacks:
        try:
            callback()
        except Exception:  # the commit stands; the next sweep re-enqueues what is owed
            log.exception("after-commit callback failed")


def _drop_pending(session, *args):
    session.info.pop(_PENDING, None)


def init_app(app):
    from flask_sqlalchemy.session import Session

    if not sa.event.contains(Session, "after_commit", _run_pending):
        sa.event.listen(Session, "after_commit", _run_pending)
        sa.event.listen(Session, "after_soft_rollback", _drop_pending)


# --- Rendering ----------------------------------------------------------------------------------


def render_email(name, locale, **context):
    """Return ``(subject, text, html)`` of ``emails/<name>`` rendered in ``locale``."""
    with force_locale(locale or current_app.config["BABEL_DEFAULT_LOCALE"]):
        # Rendered without the page context processors: there is no request in a worker.
        env = current_app.jinja_env
        text_template = env.get_template(f"emails/{name}.txt")
        subject = " ".join("".join(text_template.blocks["subject"](text_template.new_context(context))).split())
        text = text_template.render(context)
        html = env.get_template(f"emails/{name}.html").render(context)
    return subject, text.strip() + "\n", html


def build_message(to, subject, text, html, *, headers=None):
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=current_app.config["MAIL_DEFAULT_SENDER"],
        to=[to],
        headers=headers or {},
    )
    message.attach_alternative(html, "text/html")
    return message


# --- Sending ------------------------------------------------------------------------------------


class Postman:
    """Deliver messages one by one over a connection kept open between them.

    ``send(message)`` returns when the SMTP server accepted the message (or the ``.eml`` file is
    written) and raises otherwise.
    """

    def __init__(self):
        self.smtp = bool(current_app.config.get("MAIL_SERVER"))
        self.outbox = Path(current_app.config["TRACKER_OUTBOX_DIR"])
        self.connection = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self.connection is not None:
            try:
                self.connection.close()
            except Exception:
                log.debug("closing the SMTP connection failed", exc_info=True)
            self.connection = None

    def send(self, message):
        if not self.smtp:
            return self._write(message)
        reused = self.connection is not None
        try:
            return self._send(message)
        except (smtplib.SMTPServerDisconnected, ConnectionResetError, BrokenPipeError):
            if not reused:
                raise
            # A kept connection the server had closed: the message was not accepted; one fresh try.
            return self._send(message)

    def _send(self, message):
        if self.connection is None:
            # The SMTP backend with today's settings (Flask-Mailman's own default is in-memory under tests).
            config = current_app.config
            self.connection = mail.get_connection(
                backend="smtp",
                fail_silently=False,
                host=config["MAIL_SERVER"],
                port=config["MAIL_PORT"],
                username=config.get("MAIL_USERNAME"),
                password=config.get("MAIL_PASSWORD"),
                use_tls=config.get("MAIL_USE_TLS", False),
                use_ssl=config.get("MAIL_USE_SSL", False),
                timeout=config.get("MAIL_TIMEOUT"),
            )
            self.connection.open()  # kept open across messages until close()
        try:
            sent = self.connection.send_messages([message])
        except Exception:
            self.close()
            raise
        if not sent:
            self.close()
            raise RuntimeError("the SMTP server did not accept the message")
        return sent

    def _write(self, message):
        self.outbox.mkdir(parents=True, exist_ok=True)
        name = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:12]}.eml"
        temporary = self.outbox / f".{name}.tmp"
        temporary.write_bytes(message.message().as_bytes())
        os.replace(temporary, self.outbox / name)
        log.info("email to %s written to %s: %s", ", ".join(message.to), self.outbox / name, message.subject)
        return 1
