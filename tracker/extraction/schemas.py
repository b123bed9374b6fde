"""The extractor's input, declared once: the API reads and documents it (JSON or an upload), the
paste form takes its limit from it, and :func:`tracker.extraction.sources.extract_input` checks it."""

from typing import Literal

from pydantic import Field

from tracker.config import LANGUAGES
from tracker.core.schemas import Day, File, Form, Input, RawText
from tracker.meetings.schemas import MINUTES_MAX

Language = Literal[LANGUAGES]


class ExtractInput(Input):
    """A text to read: the offsets of the answer refer to it as sent."""

    text: RawText(MINUTES_MAX, description="The minutes (or their conclusions) as pasted.")
    language: Language | None = Field(None, description="Detected from the text when absent or null.")
    meeting_date: Day | None = Field(
        None, examples=["2025-03-10"], description="Relative deadlines (within ten days) count from it."
    )


class ExtractUpload(Form):
    """A document to read, as ``multipart/form-data``."""

    file: File = Field(
        description="The conclusion notice: .docx, .odt, .pdf with a text layer, or .txt (UTF-8 or a "
        "legacy code page); at most `TRACKER_MAX_MINUTES_FILE_BYTES` (10 MB by default)."
    )
    language: Language = Field(None, description="Detected when absent.")
    meeting_date: Day = Field(None, description="YYYY-MM-DD.")
