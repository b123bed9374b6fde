"""Email: templates rendered in the recipient's language, sent by SMTP or written to the outbox,
and a queue of work to run only after the database commit.

- ``render_email(name, locale, **context)`` renders ``templates/emails/<name>.txt`` and ``.html``
  (each with a ``subject`` block) in the recipient's locale.
- ``build_message`` makes one ``multipart/alternative`` message for one recipient (never BCC), an
  ``Email`` that writes its own bytes.
- ``Postman`` sends messages over one SMTP connection when ``MAIL_SERVER`` is set; otherwise it writes
  each message as an ``.eml`` file to ``TRACKER_OUTBOX_DIR`` and logs it (the embedded mode).
- ``after_commit(callback)`` runs ``callback()`` once the current unit of work commits, and drops it
  on rollback, so a rolled-back change never sends mail.
"""

import email.charset
import logging
import os
import re
import secrets
import smtplib
import time
import uuid
from email.header import Header
from email.utils import formatdate, make_msgid
from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale
from flask_mailman.message import sanitize_address
from flask_mailman.utils import DNS_NAME

from tracker.extensions import db, mail

log = logging.getLogger("tracker.mail")

_PENDING = "tracker.after_commit"
_PENDING_KEYS = "tracker.after_commit.keys"


# --- After commit -------------------------------------------------------------------------------


def after_commit(callback, key=None):
    """Run ``callback()`` after the current transaction of ``db.session`` commits.

    With ``key``, a callback already queued under the same key stands for this one (a bulk action
    owes one recipient many emails: one delivery job sends them all).
    """
    pending = db.session().info.setdefault(_PENDING, [])
    if key is not None:
        keys = db.session().info.setdefault(_PENDING_KEYS, set())
        if key in keys:
            return
        keys.add(key)
    pending.append(callback)


def _run_pending(session):
    if session.in_nested_transaction():
        # A savepoint released (one task of a bulk action): nothing is committed yet.
        return
    callbacks = session.info.pop(_PENDING, [])
    session.info.pop(_PENDING_KEYS, None)
    for callback in callbacks:
        try:
            callback()
        except Exception:  # the commit stands; the next sweep re-enqueues what is owed
            log.exception("after-commit callback failed")


def _drop_pending(session, previous_transaction):
    if previous_transaction.nested:
        # A savepoint rolled back: what was done before it still commits, and so do its callbacks
        # (one of the rolled-back work's may run too: they only enqueue what is owed, if anything).
        return
    session.info.pop(_PENDING, None)
    session.info.pop(_PENDING_KEYS, None)


def init_app(app):
    from flask_sqlalchemy.session import Session

    if app.config.get("MAIL_SERVER") and app.config["MAIL_DEFAULT_SENDER"].rstrip(">").endswith("@localhost"):
        log.warning(
            "Emails go to %s as %s, which most mail servers refuse: set TRACKER_MAIL_FROM",
            app.config["MAIL_SERVER"],
            app.config["MAIL_DEFAULT_SENDER"],
        )

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
    """One ``multipart/alternative`` email (text, then HTML) to one recipient."""
    return Email(to, subject, text, html, from_email=current_app.config["MAIL_DEFAULT_SENDER"], headers=headers)


#: Line breaks as the stdlib's generator finds them (``str.splitlines`` also splits on form feeds and
#: Unicode separators, which must stay in the text).
_NEWLINES = re.compile(r"\r\n|\r|\n")
#: An address written as is on the envelope and in ``To`` (anything else goes through Flask-Mailman's
#: ``sanitize_address``: display names, non-ASCII parts, IDNA domains).
_PLAIN_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")
_MAX_LINE = 998  # octets per line, CRLF excluded (RFC 5322)
_UTF8_QP = email.charset.Charset("utf-8")
_UTF8_QP.body_encoding = email.charset.QP


class Email:
    """One ``multipart/alternative`` message (text + HTML, UTF-8) to one recipient, written by Tracker.

    Flask-Mailman (Django's email code) builds the same message from ``email.mime`` objects and
    flattens it with the stdlib generator, which re-folds every header through ``email.header``: that
    and parsing the addresses again for each send cost 0.6-0.9 ms of CPU per email, a fifth of what a
    reminder's delivery cost (now 0.03 ms). A reminder is always the same few headers and two text
    parts, so they are written here with the same result (``tests/reminders/test_mail.py`` parses both
    and compares); only what needs encoding goes through the stdlib's encoders: a non-ASCII or long
    subject, an unusual address, a line longer than SMTP allows (then the part is quoted-printable, as
    Django does).

    ``subject``, ``body``, ``alternatives``, ``to`` and ``from_email`` are named as on Flask-Mailman's
    messages.
    """

    def __init__(self, to, subject, body, html, *, from_email, headers=None):
        self.to = [to]
        self.subject = subject
        self.body = body
        self.alternatives = [(html, "text/html")]
        self.from_email = from_email
        self.extra_headers = dict(headers or {})

    @property
    def sender(self):
        """The ``From`` address, encoded for the envelope and the header."""
        return _sanitized_sender(self.from_email)

    @property
    def recipient(self):
        return _sanitized(self.to[0])

    def as_bytes(self):
        """The message as sent: CRLF line ends, 8-bit UTF-8 parts."""
        text, html = self.body, self.alternatives[0][0]
        boundary = f"==============={secrets.token_hex(10)}=="
        while boundary in text or boundary in html:  # practically never; the generator checks it too
            boundary = f"==============={secrets.token_hex(10)}=="
        mailman = current_app.extensions["mailman"]
        lines = [
            f'Content-Type: multipart/alternative;\r\n boundary="{boundary}"',
            "MIME-Version: 1.0",
            _subject_header(self.subject),
            f"From: {self.sender}",
            f"To: {self.recipient}",
            f"Date: {formatdate(localtime=mailman.use_localtime)}",
            f"Message-ID: {make_msgid(domain=DNS_NAME)}",
        ]
        for name, value in self.extra_headers.items():
            lines.append(f"{name}: {_header_value(name, value)}")
        head = "\r\n".join(lines).encode("ascii")
        separator = f"\r\n--{boundary}\r\n".encode("ascii")
        return b"".join(
            (
                head,
                f"\r\n\r\n--{boundary}\r\n".encode("ascii"),
                _text_part("plain", text),
                separator,
                _text_part("html", html),
                f"\r\n--{boundary}--\r\n".encode("ascii"),
            )
        )


def _subject_header(subject):
    subject = str(subject)
    _refuse_newlines("Subject", subject)
    if subject.isascii() and len(subject) <= 78 - len("Subject: "):
        return f"Subject: {subject}"
    charset = "us-ascii" if subject.isascii() else "utf-8"
    return "Subject: " + Header(subject, charset, header_name="Subject").encode(linesep="\r\n")


def _header_value(name, value):
    value = str(value)
    _refuse_newlines(name, value)
    if not value.isascii():
        return Header(value, "utf-8", header_name=name).encode(linesep="\r\n")
    return _folded(name, value)


_FOLD_AT = 78  # the line length RFC 5322 recommends; 998 is the limit


def _folded(name, value):
    """An ASCII header value folded (RFC 5322, 2.2.3) before whitespace so that each line keeps within
    78 characters where it can and within 998 always: a digest's ``X-Tracker-Reminders`` lists every
    reminder id, and a single 1,330-character line was refused by SMTP servers (``500 Line too long``).
    Unfolding (removing each CRLF) gives the value back unchanged."""
    if len(name) + 2 + len(value) <= _FOLD_AT:
        return value
    lines, line = [], ""
    used = len(name) + 2
    for word in re.split(r"(?=[ \t])", value):
        if line and used + len(line) + len(word) > _FOLD_AT:
            lines.append(line)
            line, used = "", 0
        line += word
    lines.append(line)
    if max([len(name) + 2 + len(lines[0]), *map(len, lines[1:])]) > _MAX_LINE:
        raise ValueError(f"header {name!r} has a word longer than a line may be")
    return "\r\n".join(lines)


def _refuse_newlines(name, value):
    if "\n" in value or "\r" in value:
        raise ValueError(f"header {name!r} cannot contain a line break")


def _sanitized(address):
    if _PLAIN_ADDRESS.fullmatch(address):
        return address
    return sanitize_address(address, "utf-8")


@lru_cache(maxsize=16)
def _sanitized_sender(address):
    return sanitize_address(address, "utf-8")


def _text_part(subtype, text):
    """A ``text/<subtype>`` part, headers and body, as Django's ``SafeMIMEText`` writes it."""
    lines = _NEWLINES.split(text)
    if any(len(line) > _MAX_LINE // 4 and len(line.encode("utf-8", "surrogateescape")) > _MAX_LINE for line in lines):
        # Quoted-printable shortens the long lines (Django does the same).
        body = "\r\n".join(_NEWLINES.split(_UTF8_QP.body_encode(text))).encode("ascii")
        encoding = "quoted-printable"
    else:
        body = "\r\n".join(lines).encode("utf-8", "surrogateescape")
        encoding = "7bit" if body.isascii() else "8bit"
    head = (
        f'Content-Type: text/{subtype}; charset="utf-8"\r\nMIME-Version: 1.0\r\nContent-Transfer-Encoding: {encoding}'
    )
    return head.encode("ascii") + b"\r\n\r\n" + body


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
            # Straight to smtplib: the backend's send_messages() would build and parse the message again.
            # sendmail() returns once the server accepted the data, and raises when it refused the
            # recipient (the only one) or the message.
            self.connection.connection.sendmail(message.sender, [message.recipient], message.as_bytes())
        except Exception:
            self.close()
            raise
        return 1

    def _write(self, message):
        self.outbox.mkdir(parents=True, exist_ok=True)
        name = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:12]}.eml"
        temporary = self.outbox / f".{name}.tmp"
        temporary.write_bytes(message.as_bytes())
        os.replace(temporary, self.outbox / name)
        log.info("email to %s written to %s: %s", ", ".join(message.to), self.outbox / name, message.subject)
        return 1
