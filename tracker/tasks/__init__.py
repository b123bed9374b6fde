"""Tasks: their lifecycle, lists, evidence and extensions."""

from flask import Blueprint

bp = Blueprint("tasks", __name__, url_prefix="/tasks")
