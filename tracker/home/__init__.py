"""The signed-in user's start page."""

from flask import Blueprint

bp = Blueprint("home", __name__)
