"""The help page: the keyboard shortcuts every signed-in page offers."""

from flask import render_template
from flask_babel import lazy_gettext as _l
from flask_login import login_required

from tracker.home import bp

#: (keys, what they do): the same keys `static/js/shortcuts.js` listens for.
SHORTCUTS = (
    ("g h", _l("Go to my tasks")),
    ("g d", _l("Go to the department's tasks")),
    ("g m", _l("Go to the meetings")),
    ("g s", _l("Go to settings")),
    ("/", _l("Search the list on this page")),
    ("n", _l("New item on this page (task, meeting), where there is one")),
    ("?", _l("Show this help")),
)


@bp.route("/help")
@login_required
def help_page():
    return render_template("help/index.html", shortcuts=SHORTCUTS)
