"""Flask commands: ``flask --app wsgi <command>``.

Domain groups (users, departments, reminders, extract) live here so that ``flask --help`` reads as
one list; each command is a thin shell around an operation.
"""

import sys
from pathlib import Path

import click
from flask.cli import AppGroup

from tracker.config import LANGUAGES
from tracker.core.errors import ValidationFailed
from tracker.extensions import db

users_cli = AppGroup("users", help="Manage users and their API tokens.")
departments_cli = AppGroup("departments", help="Manage departments.")


def _fail(error):
    """Print a refused operation's reasons and exit non-zero; nothing was written."""
    db.session.rollback()
    click.echo(f"Error: {error.description}", err=True)
    for field, reason in (error.fields or {}).items():
        click.echo(f"  {field}: {reason}", err=True)
    sys.exit(1)


@users_cli.command("create")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--department", "department_code", required=True, help="Department code.")
@click.option("--role", required=True, type=click.Choice(["admin", "leader", "head", "staff", "observer"]))
@click.option("--password", default=None, help="Prompted for when not given (unless --invite).")
@click.option("--invite", is_flag=True, help="No password: email the user a link to choose one.")
@click.option("--locale", default="en", type=click.Choice(LANGUAGES))
def create_user_command(email, name, department_code, role, password, invite, locale):
    """Create a user, with a password or (--invite) with an emailed link to choose one."""
    from tracker.departments.operations import get_department_by_code
    from tracker.users.operations import create_user, validate_password

    department = get_department_by_code(department_code)
    if department is None:
        click.echo(f"Error: no department has the code {department_code!r}.", err=True)
        sys.exit(1)
    if invite and password is not None:
        click.echo("Error: give either --password or --invite.", err=True)
        sys.exit(1)
    if password is None and not invite:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    reason = None if invite else validate_password(password, name=name, email=email)
    if reason:
        click.echo(f"Error: {reason}", err=True)
        sys.exit(1)
    try:
        user = create_user(
            None, email=email, name=name, department_id=department.id, role=role, password=password, locale=locale
        )
    except ValidationFailed as error:
        _fail(error)
    db.session.commit()
    click.echo(f"Created user {user.id}: {user.email} ({user.role.value}, {department.code})")
    if invite:
        click.echo(f"An invitation to choose a password was sent to {user.email}.")


@users_cli.command("token")
@click.argument("email")
@click.option("--name", default="cli", help="A label for the token.")
def token_command(email, name):
    """Issue an API token; the token is the last line printed and is not shown again."""
    from tracker.users.operations import get_user_by_email, issue_api_token

    user = get_user_by_email(email)
    if user is None:
        click.echo(f"Error: no user signs in with {email!r}.", err=True)
        sys.exit(1)
    if not user.is_active:
        click.echo(f"Error: the user {email!r} is deactivated.", err=True)
        sys.exit(1)
    token = issue_api_token(user, name=name)
    db.session.commit()
    click.echo(f"API token for {user.email} (use as 'Authorization: Bearer <token>'; it is shown once):")
    click.echo(token)


@users_cli.command("list")
def list_users_command():
    """List users."""
    from tracker.users.queries import by_email

    for user in by_email():
        state = "active" if user.is_active else "inactive"
        click.echo(f"{user.id}\t{user.email}\t{user.role.value}\t{user.department.code}\t{state}")


@departments_cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_departments_command(path):
    """Create or update departments from a CSV file (code,name,kind,parent_code,email,aliases)."""
    from tracker.departments.operations import import_departments

    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        click.echo("Error: the file is not UTF-8 text.", err=True)
        sys.exit(1)
    try:
        created, updated = import_departments(None, text)
    except ValidationFailed as error:
        _fail(error)
    db.session.commit()
    click.echo(f"Imported departments: {created} created, {updated} updated.")


@click.command("seed-demo")
@click.option("--first-run", is_flag=True, help="Load nothing when the database already has users.")
def seed_demo_command(first_run):
    """Load the demo departments, users, meetings and tasks (safe to run again)."""
    from tracker.demo.seed import seed_demo

    report = seed_demo(first_run_only=first_run)
    db.session.commit()
    click.echo(report.summary())


@click.command("analyze")
def analyze_command():
    """Refresh the query planner's statistics (SQLite; PostgreSQL keeps its own)."""
    from tracker.core.db import refresh_statistics

    if refresh_statistics(db.engine):
        click.echo("Statistics refreshed.")
    else:
        click.echo(f"Nothing to do on {db.engine.dialect.name}: the server keeps its statistics.")


def init_app(app):
    app.cli.add_command(analyze_command)
    app.cli.add_command(users_cli)
    app.cli.add_command(departments_cli)
    app.cli.add_command(seed_demo_command)

    from tracker.reminders.cli import reminders_cli

    app.cli.add_command(reminders_cli)

    from tracker.extraction.cli import extract_command

    app.cli.add_command(extract_command)
