"""Reports: how each department keeps its deadlines."""

from flask import Blueprint

bp = Blueprint("reports", __name__, url_prefix="/reports")
