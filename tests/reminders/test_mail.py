"""Tracker writes its emails' bytes itself (``tracker.core.mail.Email``): the same message, once parsed,
as Flask-Mailman builds with the stdlib's MIME classes, whatever the language or the length of the text."""

import email
import email.policy

import pytest
from flask_mailman import EmailMultiAlternatives

from tracker.core.mail import build_message

SENDER = "Tracker <tracker@localhost>"
LONG_LINE = "Trồng rừng " * 120  # over 998 octets in UTF-8: must be quoted-printable
CASES = {
    "short ascii": ("staff@tracker.test", "Due soon: Plant trees", "Hello,\n\nPlant trees\n", "<p>Hello</p>\n"),
    "long ascii subject": ("a.b+c@tracker.test", "Overdue: " + "Build zones " * 12 + "end", "Text\n", "<p>x</p>"),
    "vietnamese": (
        "nguyen@so-nn.gov.vn",
        "Sắp đến hạn: Trồng 5.000 ha rừng",
        "Kính gửi Nguyễn Văn An,\r\n\r\nNhiệm vụ này sắp đến hạn.\n",
        "<p>Kính gửi Nguyễn Văn An,</p>\n<p>Mở nhiệm vụ</p>\n",
    ),
    "long vietnamese subject": (
        "an@tracker.test",
        "Quá hạn: " + "Hoàn thành 04 khu nông nghiệp " * 5 + "2025",
        "x\n",
        "y\n",
    ),
    "line breaks of every kind": ("x@tracker.test", "Échéance", "one\rtwo\r\nthree\nfour\x0cfive\u2028six", "<p>é</p>"),
    "a line longer than SMTP allows": ("x@tracker.test", "Long", "start\n" + LONG_LINE + "\nend\n", LONG_LINE),
    "unusual addresses": ("Anna Berg <anna@bücher.example>", "Hej", "Hej Anna\n", "<p>Hej</p>"),
}


def flask_mailman_bytes(to, subject, text, html, headers):
    message = EmailMultiAlternatives(subject=subject, body=text, from_email=SENDER, to=[to], headers=headers)
    message.attach_alternative(html, "text/html")
    return message.message().as_bytes(linesep="\r\n")


def parse(data):
    return email.message_from_bytes(data, policy=email.policy.default)


@pytest.mark.parametrize("case", CASES)
def test_a_message_reads_as_flask_mailman_writes_it(app, case):
    to, subject, text, html = CASES[case]
    headers = {"X-Tracker-Reminders": "12,13"}
    app.config["MAIL_DEFAULT_SENDER"] = SENDER
    message = build_message(to, subject, text, html, headers=headers)
    data = message.as_bytes()
    ours, theirs = parse(data), parse(flask_mailman_bytes(to, subject, text, html, headers))
    # Exactly the subject (Flask-Mailman starts an encoded subject on a continuation line, which some
    # readers, Python's among them, show with a leading space).
    assert ours["Subject"] == subject and theirs["Subject"].strip() == subject
    for name in ("From", "To", "X-Tracker-Reminders", "MIME-Version", "Content-Type"):
        assert str(ours[name]).replace(ours.get_boundary(), "") == str(theirs[name]).replace(
            theirs.get_boundary(), ""
        ), name
    assert ours["Date"] and ours["Message-ID"]
    ours_parts, theirs_parts = list(ours.iter_parts()), list(theirs.iter_parts())
    assert [p.get_content_type() for p in ours_parts] == ["text/plain", "text/html"]
    for mine, reference in zip(ours_parts, theirs_parts, strict=True):
        assert mine.get_content() == reference.get_content()
        assert mine["Content-Transfer-Encoding"] == reference["Content-Transfer-Encoding"]
        assert mine.get_content_charset() == "utf-8"
    # What SMTP requires of the bytes themselves: CRLF line ends only, no line over 998 octets.
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    # The attributes callers read, as on Flask-Mailman's messages.
    assert (message.subject, message.body, message.alternatives[0][0]) == (subject, text, html)


def test_a_header_with_a_line_break_is_refused(app):
    message = build_message("x@tracker.test", "Hello", "x", "y", headers={"X-Tracker-Reminders": "1\r\nBcc: a@b.c"})
    with pytest.raises(ValueError, match="line break"):
        message.as_bytes()
    message = build_message("x@tracker.test\r\nBcc: a@b.c", "Hello", "x", "y")
    with pytest.raises(ValueError):
        message.as_bytes()
