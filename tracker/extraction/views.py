"""The review screen: paste the minutes (or upload the document), review the proposed directives, accept them.

One page at ``/meetings/<id>/extract``. A GET shows the paste form (holding the minutes stored on
the meeting, if any). Every POST carries the whole review in the form, so that it works without
JavaScript and nothing is kept on the server between requests: ``propose`` runs the extractor on
the pasted text or on the text read from an uploaded ``.docx``/``.odt``/``.pdf``/``.txt``
(:mod:`tracker.extraction.documents`; nothing of the file is stored); ``drop-N`` and ``merge-N``
change the cards; ``passage`` adds a card for a passage the extractor missed (selected in the
minutes, or typed); ``alias-K`` and ``create-K`` teach the directory a name found in the text
(administrators) and re-match the cards; ``accept`` creates the directives and tasks in one
transaction, or re-renders every edit with the reasons beside the cards (422).
"""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required

from tracker.core import web
from tracker.core.errors import ValidationFailed
from tracker.core.permissions import can_edit_meeting, can_extract_minutes, can_manage_departments, require
from tracker.departments import queries as department_queries
from tracker.extensions import db
from tracker.extraction import operations
from tracker.extraction.documents import DocumentRefused, max_bytes, read_upload, size_text
from tracker.extraction.forms import MAX_PROPOSALS, PasteForm, ReviewForm
from tracker.extraction.language import LANGUAGES
from tracker.extraction.sources import extract_with_directory, forget_departments
from tracker.meetings.forms import PasteDirectivesForm
from tracker.meetings.models import Meeting
from tracker.tasks.timing import today_local

bp = Blueprint("extraction", __name__, url_prefix="/meetings")

CARD_FIELDS = (
    "title",
    "text",
    "lead_department_id",
    "coordinating_department_ids",
    "due_on",
    "deadline_text",
    "recurrence",
    "target_value",
    "target_unit",
    "references",
)


@bp.before_request
@login_required
def guard():
    """Every page here needs a signed-in user; the view checks the meeting on top."""


def normalise(text):
    """One kind of line break: browsers send CRLF, and the offsets must survive each round trip."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n")


def _meeting(meeting_id):
    meeting = db.session.get(Meeting, meeting_id) or abort(404)
    require(can_extract_minutes(current_user))
    require(can_edit_meeting(current_user, meeting))
    return meeting


@bp.route("/<int:meeting_id>/extract", methods=["GET", "POST"])
def review(meeting_id):
    meeting = _meeting(meeting_id)
    action = request.form.get("action", "") if request.method == "POST" else ""
    if request.method == "GET" or action == "propose":
        return _paste(meeting, action)
    form = ReviewForm()
    source = normalise(form.source.data)
    if action == "accept":
        return _accept(meeting, form, source)
    verb, _sep, number = action.partition("-")
    index = int(number) if number.isdigit() else -1
    cards = [_card(entry.form) for entry in form.proposals]
    unknown = [entry.form.data for entry in form.unknown]
    if verb == "drop" and 0 <= index < len(cards):
        cards.pop(index)
    elif verb == "merge" and 0 <= index < len(cards) - 1:
        cards[index : index + 2] = [operations.merge_cards(cards[index], cards[index + 1], source)]
    elif verb in ("alias", "create") and 0 <= index < len(unknown):
        return _teach(meeting, form, source, cards, unknown, verb, index)
    elif action == "passage":
        return _add_passage(meeting, form, source, cards, unknown)
    return _render_review(meeting, source, form.language.data, cards, unknown, from_file=form.from_file.data)


def _paste(meeting, action):
    form = PasteForm()
    if request.method == "GET":
        form.text.data = meeting.minutes or ""
        form.language.data = meeting.language or ""
        return _paste_page(meeting, form)
    if not form.validate_on_submit():
        return _paste_page(meeting, form, 422)
    upload = form.file.data if getattr(form.file.data, "filename", None) else None
    filename = None
    if upload is not None:
        try:
            document = read_upload(upload)
        except DocumentRefused as error:
            form.file.errors = [error.fields["file"]]
            flash(error.description, "error")
            return _paste_page(meeting, form, 422)
        source, filename = normalise(document.text), document.filename
    else:
        source = normalise(form.text.data)
        if not source.strip():
            form.text.errors = [_("Paste the minutes, or choose a document to upload.")]
            return _paste_page(meeting, form, 422)
    return propose_from_text(meeting, source, form.language.data, from_file=filename)


def _paste_page(meeting, form, status=200):
    limit = size_text(max_bytes())
    return render_template("extraction/paste.html", meeting=meeting, form=form, max_size=limit), status


def propose_from_text(meeting, source, language, *, from_file=None):
    """Run the extractor on ``source`` and answer with the review screen (also for the meeting page's paste form)."""
    language = language if language in LANGUAGES else None
    result = extract_with_directory(source, language, meeting.held_on)
    cards = [operations.card_from_directive(directive) for directive in result.directives[:MAX_PROPOSALS]]
    unknown = _unknown_rows(result)
    if from_file:
        flash(
            _(
                "The text of %(name)s was read (shown beside the proposals); "
                "once you accept, it becomes the meeting's minutes.",
                name=from_file,
            ),
            "info",
        )
    if not cards:
        flash(_("No directive was found in this text. Check the language, or paste the conclusions only."), "info")
    return _render_review(meeting, source, result.language, cards, unknown, from_file=from_file)


@bp.route("/<int:meeting_id>/directives/paste", methods=["POST"])
def paste_directives(meeting_id):
    """The meeting page's former paste form: pasted conclusions go through the review screen too."""
    meeting = _meeting(meeting_id)
    form = PasteDirectivesForm(prefix="paste")
    if not form.validate_on_submit():
        return redirect(url_for(".review", meeting_id=meeting.id), 303)
    return propose_from_text(meeting, normalise(form.text.data), meeting.language)


def _add_passage(meeting, form, source, cards, unknown):
    """Add a card for a passage the extractor missed: selected in the minutes, or typed in the field."""
    passage = normalise(form.passage.data).strip()
    if not passage:
        form.passage.errors = [_("Select the directive in the minutes, or type its text here.")]
        return _render_review(
            meeting, source, form.language.data, cards, unknown, form=form, status=422, from_file=form.from_file.data
        )
    if len(cards) >= MAX_PROPOSALS:
        flash(_("At most %(n)d proposals at a time.", n=MAX_PROPOSALS), "error")
        return _render_review(
            meeting, source, form.language.data, cards, unknown, form=form, status=422, from_file=form.from_file.data
        )
    language = form.language.data if form.language.data in LANGUAGES else None
    card = operations.card_from_passage(
        source,
        passage,
        _int_or_none(form.passage_start.raw_data),
        _int_or_none(form.passage_end.raw_data),
        language=language,
        meeting_date=meeting.held_on,
    )
    # In the order of the minutes when the passage is found there; else last.
    position = len(cards)
    if card["start"] is not None:
        position = next(
            (
                i
                for i, other in enumerate(cards)
                if isinstance(other.get("start"), int) and other["start"] > card["start"]
            ),
            len(cards),
        )
    cards.insert(position, card)
    flash(_("Proposal %(n)d was added from the passage: check its fields.", n=position + 1), "success")
    return _render_review(meeting, source, form.language.data, cards, unknown, from_file=form.from_file.data)


def _int_or_none(raw):
    value = (raw or [""])[0]
    value = value.strip() if isinstance(value, str) else ""
    return int(value) if value.isdigit() and len(value) < 10 else None


def _unknown_rows(result):
    rows, seen = [], set()
    for unknown in result.unknown_departments:
        key = unknown.name.casefold()
        if key not in seen:
            seen.add(key)
            rows.append({"name": unknown.name, "alias_of": None, "new_name": unknown.name, "code": ""})
    return rows[:100]


def _card(entry):
    data = dict(entry.data)
    data["coordinating_department_ids"] = list(data.get("coordinating_department_ids") or [])
    data["references"] = data.get("references") or ""
    return data


def _render_review(meeting, source, language, cards, unknown, *, errors=None, form=None, status=200, from_file=None):
    if form is None:
        form = ReviewForm(
            formdata=None,
            data={
                "source": source,
                "language": language,
                "from_file": from_file or "",
                "proposals": cards,
                "unknown": unknown,
            },
        )
    departments = department_queries.active_departments()
    choices = [(department.id, department.name) for department in departments]
    for entry in form.proposals:
        entry.form.lead_department_id.choices = [("", _("(choose)")), *choices]
        entry.form.coordinating_department_ids.choices = choices
    for entry in form.unknown:
        entry.form.alias_of.choices = [("", _("(choose)")), *choices]
    for index, reasons in (errors or {}).items():
        if index < len(form.proposals):
            subform = form.proposals[index].form
            for name, reason in reasons.items():
                target = getattr(subform, name, None)
                if target is not None and isinstance(target.errors, list):
                    target.errors.append(reason)
                else:
                    subform.card_errors = [*getattr(subform, "card_errors", []), reason]
    spans = [(card.get("start"), card.get("end")) for card in (entry.form.data for entry in form.proposals)]
    return (
        render_template(
            "extraction/review.html",
            meeting=meeting,
            form=form,
            source=source,
            segments=highlight(source, spans),
            may_manage_departments=bool(can_manage_departments(current_user)),
            today=today_local(),
        ),
        status,
    )


def highlight(source, spans):
    """Cut ``source`` into ``(text, card number or None)`` pieces; overlapping spans keep the earlier card.

    The template prints each piece escaped, inside a ``<mark>`` when it belongs to a card, so the
    pasted text never becomes markup.
    """
    marks = []
    for number, (start, end) in enumerate(spans, start=1):
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(source):
            marks.append((start, end, number))
    marks.sort()
    pieces, position = [], 0
    for start, end, number in marks:
        start = max(start, position)
        if start >= end:
            continue
        if start > position:
            pieces.append((source[position:start], None))
        pieces.append((source[start:end], number))
        position = end
    if position < len(source):
        pieces.append((source[position:], None))
    return pieces


def _accept(meeting, form, source):
    cards = [_card(entry.form) for entry in form.proposals]
    form.validate()  # the CSRF token was checked before the view; these are the cards' own checks
    chosen = [index for index, card in enumerate(cards) if card["include"]]
    if not chosen:
        flash(_("Choose at least one proposal to accept."), "error")
        return _render_review(meeting, source, form.language.data, cards, [], form=form, status=422)
    # Cards whose fields cannot even be read (a date like 2025-02-30) are already marked; the others
    # still go through the operations, so that every reason shows at once.
    unreadable = {index for index in chosen if form.proposals[index].form.errors}
    readable = [index for index in chosen if index not in unreadable]
    problems, created = {}, []
    if readable:
        try:
            created = operations.accept_proposals(
                current_user,
                meeting,
                [_proposal(cards[i]) for i in readable],
                minutes=source,
                replace_minutes=bool(form.from_file.data),
            )
        except operations.ProposalsInvalid as error:
            problems = {readable[position]: reasons for position, reasons in error.by_proposal.items()}
    if problems or unreadable:
        web.rollback()
        flash(_("Nothing was created: some proposals need a correction."), "error")
        return _render_review(meeting, source, form.language.data, cards, [], errors=problems, form=form, status=422)
    web.commit()
    tasks = sum(1 for _directive, task in created if task is not None)
    flash(
        ngettext(
            "%(num)d directive and %(tasks)s created.",
            "%(num)d directives and %(tasks)s created.",
            len(created),
            tasks=ngettext("%(num)d task", "%(num)d tasks", tasks),
        ),
        "success",
    )
    return redirect(url_for("meetings.show", meeting_id=meeting.id, _anchor="directives"), 303)


def _proposal(card):
    return operations.Proposal(
        text=card["text"] or "",
        title=card["title"] or "",
        make_task=bool(card["make_task"]),
        lead_department_id=card["lead_department_id"],
        coordinating_department_ids=card["coordinating_department_ids"],
        due_on=card["due_on"],
        deadline_text=card["deadline_text"],
        recurrence=card["recurrence"] or "none",
        target_value=card["target_value"],
        target_unit=card["target_unit"],
        references=card["references"],
    )


def _teach(meeting, form, source, cards, unknown, verb, index):
    row = unknown[index]
    try:
        if verb == "alias":
            department = operations.add_alias(current_user, row["alias_of"], row["name"])
            message = _("“%(name)s” is now an alias of %(department)s.", name=row["name"], department=department.name)
        else:
            department = operations.create_department_named(current_user, row["new_name"] or row["name"], row["code"])
            message = _("Department %(department)s created.", department=department.name)
    except ValidationFailed as error:
        web.rollback()
        unknown_form = form.unknown[index].form
        for name, reason in (error.fields or {}).items():
            target = {"name": "new_name", "code": "code", "alias_of": "alias_of"}.get(name)
            if target:
                getattr(unknown_form, target).errors = [reason]
        flash(error.description, "error")
        return _render_review(meeting, source, form.language.data, cards, unknown, form=form, status=422)
    web.commit()
    forget_departments()
    language = form.language.data if form.language.data in LANGUAGES else None
    result = extract_with_directory(source, language, meeting.held_on)
    cards = operations.rematch_cards(cards, result)
    flash(message + " " + _("The proposals were matched again."), "success")
    return _render_review(
        meeting, source, form.language.data, cards, _unknown_rows(result), from_file=form.from_file.data
    )
