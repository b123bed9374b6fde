"""Checks of user input shared by several domains."""

from email_validator import EmailNotValidError, validate_email


def is_email(value):
    """Tell whether ``value`` is a well-formed email address.

    Government intranets use internal domains (``.local``, ``.internal``), which the library
    calls special-use: those are accepted; only malformed addresses are refused.
    """
    if not value or len(value) > 254:
        return False
    try:
        validate_email(value, check_deliverability=False, globally_deliverable=False)
    except EmailNotValidError as error:
        return "special-use or reserved" in str(error)
    return True
