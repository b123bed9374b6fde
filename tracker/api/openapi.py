"""The OpenAPI document of the API, built from the endpoint declarations."""

from flask import current_app, jsonify

from tracker.api.spec import build_document, endpoint


@endpoint(
    "/openapi.json",
    "GET",
    summary="This OpenAPI document",
    tag="meta",
    responses={200: {"type": "object", "description": "An OpenAPI 3.1 document"}},
    public=True,
)
def openapi_document():
    """The document is public: it describes the API, it holds no data."""
    return jsonify(build_document(version=current_app.config.get("TRACKER_API_VERSION", "1.0.0")))
