"""The signed-in user's start page."""

from flask import Blueprint

bp = Blueprint("home", __name__)

from tracker.home import shortcuts  # noqa: E402,F401  (its routes register on the blueprint)
