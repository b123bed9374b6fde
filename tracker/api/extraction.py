"""``POST /api/v1/extract``: proposed directives of a text (JSON) or a document (multipart upload)."""

from tracker.api.auth import actor
from tracker.api.spec import body, component, endpoint
from tracker.core.permissions import can_extract_minutes, require
from tracker.extraction.documents import read_upload
from tracker.extraction.language import LANGUAGES
from tracker.extraction.results import RECURRENCES
from tracker.extraction.schemas import ExtractInput, ExtractUpload
from tracker.extraction.sources import extract_with_directory

_DEPARTMENT = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
}
component(
    "ProposedDirective",
    {
        "type": "object",
        "required": [
            "text",
            "start",
            "end",
            "lead",
            "coordinating",
            "deadline",
            "deadline_text",
            "recurrence",
            "references",
            "targets",
        ],
        "properties": {
            "text": {"type": "string", "description": "Exactly `text[start:end]` of the input."},
            "title": {"type": "string", "description": "A short imperative title for the task."},
            "start": {"type": "integer"},
            "end": {"type": "integer"},
            "lead": {"oneOf": [_DEPARTMENT, {"type": "null"}]},
            "coordinating": {"type": "array", "items": _DEPARTMENT},
            "deadline": {"type": ["string", "null"], "format": "date", "description": "The end of the period named."},
            "deadline_text": {"type": ["string", "null"], "description": "The deadline as written."},
            "recurrence": {"type": "string", "enum": list(RECURRENCES)},
            "references": {"type": "array", "items": {"type": "string"}},
            "targets": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["value", "unit", "text"],
                    "properties": {"value": {"type": "number"}, "unit": {"type": "string"}, "text": {"type": "string"}},
                },
            },
        },
    },
)
component(
    "Extraction",
    {
        "type": "object",
        "required": ["language", "directives", "unknown_departments"],
        "properties": {
            "text": {
                "type": "string",
                "description": "Only for an uploaded file: the text read from it, which the offsets refer to.",
            },
            "language": {"type": "string", "enum": list(LANGUAGES)},
            "directives": {"type": "array", "items": {"$ref": "#/components/schemas/ProposedDirective"}},
            "unknown_departments": {
                "type": "array",
                "description": "Department-like names in the text that match no department or alias.",
                "items": {
                    "type": "object",
                    "required": ["name", "start", "end"],
                    "properties": {
                        "name": {"type": "string"},
                        "start": {"type": "integer"},
                        "end": {"type": "integer"},
                    },
                },
            },
        },
    },
)


@endpoint(
    "/extract",
    "POST",
    summary="Propose the directives of a meeting text",
    tag="extraction",
    body=ExtractInput,
    form=ExtractUpload,
    responses={200: "Extraction"},
)
def extract_directives():
    """Leaders, department heads and administrators. Send the text as JSON, or the document itself
    as `multipart/form-data` in `file` (with `language` and `meeting_date` as form fields): a
    .docx, .odt, .pdf with a text layer, or .txt. A file that is not what its extension says, has no
    text, is too large or unpacks to far more than it holds is refused (422, the reason in
    `fields.file`). Nothing is stored: the review screen (or the caller) creates the directives and
    tasks it accepts. The text may hold at most 500,000 characters (a longer one is a 422; a JSON
    body over the API's size limit a 413)."""
    require(can_extract_minutes(actor()))
    values = body()
    if "file" in values:
        document = read_upload(values["file"])
        result = extract_with_directory(document.text, values.get("language"), values.get("meeting_date"))
        return {"text": document.text, **result.to_dict()}
    result = extract_with_directory(values["text"], values.get("language"), values.get("meeting_date"))
    return result.to_dict()
