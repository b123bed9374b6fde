"""``flask --app wsgi extract FILE``: print the proposed directives of a text file as JSON."""

import datetime
import json
import sys
from pathlib import Path

import click

from tracker.extraction.language import LANGUAGES
from tracker.meetings.operations import MINUTES_MAX


def _fail(message):
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


def _meeting_date(value):
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        _fail(f"--meeting-date {value!r} is not a date as YYYY-MM-DD.")


@click.command("extract")
@click.argument("path", metavar="FILE", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--language", type=click.Choice(LANGUAGES), default=None, help="Detected from the text when not given.")
@click.option("--meeting-date", default=None, metavar="YYYY-MM-DD", help="Relative deadlines count from this day.")
def extract_command(path, language, meeting_date):
    """Print the directives proposed for the minutes in FILE as JSON.

    FILE is a .docx, .odt, .pdf (with a text layer) or .txt (UTF-8, UTF-16 or a legacy code page)
    read as the review screen reads an upload, or any other file of UTF-8 text. Departments and
    their aliases come from the database, as for the API and the review screen.
    """
    from tracker.extraction.documents import DocumentRefused, extension_of, read_bytes
    from tracker.extraction.sources import extract_with_directory

    day = _meeting_date(meeting_date)
    if not path.is_file():
        _fail(f"no file at {str(path)!r}.")
    if extension_of(path.name) in ("docx", "odt", "pdf", "txt"):
        try:
            text = read_bytes(extension_of(path.name), path.read_bytes())
        except OSError as error:
            _fail(f"cannot read {str(path)!r}: {error.strerror or error}.")
        except DocumentRefused as error:
            _fail(f"{str(path)!r}: {error.description} {error.fields['file']}")
        result = extract_with_directory(text, language, day)
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        _fail(f"cannot read {str(path)!r}: {error.strerror or error}.")
    except UnicodeDecodeError as error:
        _fail(f"{str(path)!r} is not UTF-8 text (byte {error.start} cannot be decoded).")
    if len(text) > MINUTES_MAX:
        _fail(f"{str(path)!r} holds {len(text):,} characters; at most {MINUTES_MAX:,} are read.")
    result = extract_with_directory(text, language, day)
    click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
