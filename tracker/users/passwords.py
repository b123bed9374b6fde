"""What makes a password acceptable (OWASP's guidance, NIST SP 800-63B): long enough, not one of the
passwords attackers try first, not built from the user's own name or email, and hard to guess.

The common passwords are zxcvbn's (from PyPI): its frequency lists of leaked passwords, English
words, names and keyboard patterns ship inside the package, so nothing is fetched at run time.
"""

import re
import unicodedata

from flask_babel import gettext as _
from zxcvbn import zxcvbn

MIN_LENGTH = 10
MAX_LENGTH = 1000
#: zxcvbn's time grows with the length; what lies beyond this is not looked at (it only adds strength).
#: zxcvbn refuses more than 72 characters with a ValueError (a 500 on a long password).
CHECKED_LENGTH = 72
#: zxcvbn's score (0-4): 3 means "safely unguessable: moderate protection from an offline attack".
MIN_SCORE = 3
#: Name and email parts shorter than this are not looked for (an "An" inside a word is no weakness).
MIN_PART = 3


def _plain(text):
    """Lower case without accents: "Nguyễn Văn Đức" -> "nguyen van duc"."""
    text = unicodedata.normalize("NFKD", (text or "").casefold().replace("đ", "d"))
    return "".join(char for char in text if not unicodedata.combining(char))


def _compact(text):
    return re.sub(r"[\W_]+", "", _plain(text))


def personal_words(name=None, email=None):
    """The words of the user's name and email (their local part and domain labels)."""
    words = set()
    words.update(re.split(r"[\W_]+", _plain(name)))
    local, _at, domain = _plain(email).partition("@")
    words.add(_compact(local))
    words.update(re.split(r"[\W_]+", local))
    words.update(label for label in domain.split(".")[:-1])
    words.add(_compact(name))
    return sorted((word for word in words if len(word) >= MIN_PART), key=len, reverse=True)


def password_problem(password, *, name=None, email=None):
    """Return why ``password`` is refused (a sentence for the user), or None when it is acceptable."""
    if password is None or len(password) < MIN_LENGTH:
        return _("A password needs at least %(n)d characters.", n=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        return _("At most %(n)d characters.", n=MAX_LENGTH)
    compact = _compact(password)
    words = personal_words(name, email)
    if email and _compact(email) and _compact(email) in compact:
        return _("A password cannot contain your email address.")
    whole = [_compact(name), _compact((email or "").partition("@")[0])]
    if any(len(word) > MIN_PART and word in compact for word in whole):
        return _("A password cannot be made of your name or your email address.")
    # Built from the user's own name or email: what is left once those words are taken out is short.
    rest = compact
    for word in words:
        rest = rest.replace(word, "")
    if words and len(rest) < MIN_LENGTH // 2 and rest != compact:
        return _("A password cannot be made of your name or your email address.")
    checked = password[:CHECKED_LENGTH]
    result = zxcvbn(checked, user_inputs=words)
    sequence = result["sequence"]
    if any(
        match["pattern"] == "dictionary"
        and match.get("dictionary_name") == "passwords"
        and len(match["token"]) >= max(6, len(checked) - 4)
        for match in sequence
    ):
        return _("This password is on the lists of common passwords that attackers try first.")
    if any(match.get("dictionary_name") == "user_inputs" for match in sequence) and result["score"] < MIN_SCORE + 1:
        return _("A password cannot be made of your name or your email address.")
    if result["score"] < MIN_SCORE:
        return _("This password is too easy to guess: use a few uncommon words, or a longer phrase.")
    return None
