"""Orders in the forms a sixteenth batch of texts written blind showed, in English, French and Swedish: a
council's motion in the subjunctive that directs its administration ("THAT Council direct Administration to
..."), a department's weekly report-back in the sentence after its order, public comment counted by its
speakers, an exhortation on what a task must be; a Québec council's resolutions ("QUE la trésorière dépose
...", "QUE le Service des loisirs soit mandaté pour ...", "QUE le conseil mandate la Direction X pour ...")
and not their authorisations, a communiqué's impersonal passive request ("Il a été demandé au Ministre de X
de ..."), a second addressee whose request verb is left out ("..., et le Ministre de Y de ..."), a minister
who reports after a long name, a pipe table's due-date column; a Swedish decision's approval clause before
its order, a unit kept informed, a government assignment told how to do the work, an earlier assignment
dated by its "regleringsbrev". Texts written for these tests."""

import pytest

from tests.extraction.conftest import codes, leads
from tracker.extraction import extract

# -- English ----------------------------------------------------------------------------------------


def test_a_council_motion_that_directs_its_administration(run):
    text = (
        "4.1 Snow Clearing Contract (OPS-2026-03)\n"
        "Moved by Councillor Haddad, seconded by Councillor Byrne\n"
        "THAT Council direct Administration to tender a new snow clearing contract and report back to Council "
        "no later than May 4, 2026; and\n"
        "THAT the staff report be received for information.\n"
        "CARRIED\n"
    )
    directives = run(text, language="en", meeting="2026-02-02").directives
    assert [d.text[:33] for d in directives] == ["THAT Council direct Administratio"]
    assert str(directives[0].deadline) == "2026-05-04"


def test_a_board_motion_that_requests_a_named_department(one):
    text = "THAT the Board request the Department of Health to review clinic opening hours by June 1, 2026.\n"
    directive = one(text, language="en", meeting="2026-02-02")
    assert directive.lead.code == "SYT"


def test_a_weekly_report_back_of_the_department_joins_its_order(one):
    text = (
        "The Department of Construction should inspect every footbridge in the flood zone. The department will "
        "send a monthly report to the Governor.\n"
    )
    directive = one(text, language="en", meeting="2026-02-02")
    assert directive.text.rstrip(".").endswith("to the Governor")
    assert directive.lead.code == "SXD"


@pytest.mark.parametrize(
    "text",
    [
        # public comment, its speakers counted
        "PUBLIC COMMENT\nSeven speakers urged the Board to extend library opening hours in rural towns.\n",
        "PUBLIC COMMENT\n12 speakers asked the Board to fund a second youth centre.\n",
        # an exhortation: what a task must be, no one to act
        "Closing the session, the Chairman stressed that digital transformation must be a constant priority of "
        "every agency.\n",
    ],
)
def test_no_order_in_public_comment_or_in_what_a_task_must_be(run, text):
    assert run(text, language="en").directives == []


def test_a_second_addressee_whose_request_verb_is_left_out_in_english(run):
    text = (
        "The Chairman directed the Department of Health to vaccinate all pupils by May 2, 2026, and the "
        "Department of Finance to release the vaccine funds.\n"
    )
    directives = run(text, language="en", meeting="2026-02-02").directives
    assert leads(directives) == ["SYT", "STC"]


# -- French -----------------------------------------------------------------------------------------


def test_a_quebec_council_resolution_gives_each_service_its_task(run):
    text = (
        "IL EST PROPOSÉ PAR Paul Roy, APPUYÉ PAR Anne Fortin ET RÉSOLU :\n"
        "QUE la greffière transmette, avant le 20 mai 2026, une copie de la présente résolution à la MRC;\n"
        "QUE le Service de l'urbanisme soit mandaté pour réviser le règlement de lotissement;\n"
        "QUE la mairesse soit autorisée à signer l'entente au nom de la Ville;\n"
        "QUE le conseil autorise une dépense de 2 000 $ à cette fin.\n"
        "ADOPTÉE À L'UNANIMITÉ\n"
    )
    directives = run(text, language="fr", meeting="2026-04-13").directives
    assert [d.text[:18] for d in directives] == ["QUE la greffière t", "QUE le Service de "]
    assert str(directives[0].deadline) == "2026-05-20"


def test_a_quebec_council_mandates_a_named_unit(one):
    text = (
        "IL EST PROPOSÉ PAR Paul Roy, APPUYÉ PAR Anne Fortin ET RÉSOLU :\n"
        "QUE le conseil mandate le Département de la construction pour préparer les plans du nouveau garage "
        "municipal.\n"
        "ADOPTÉE À L'UNANIMITÉ\n"
    )
    directive = one(text, language="fr", meeting="2026-04-13")
    assert directive.lead.code == "SXD"


def test_an_impersonal_passive_request_in_the_passe_compose(one):
    text = "Il a été demandé au Département des finances de débloquer les crédits de la campagne de vaccination.\n"
    directive = one(text, language="fr", meeting="2026-02-11")
    assert directive.lead.code == "STC"


def test_a_second_addressee_whose_request_verb_is_left_out_in_french(run):
    text = (
        "Le Premier ministre a demandé au Département de la construction de réparer les digues avant le "
        "30 avril 2026, et au Département des finances de débloquer les crédits correspondants.\n"
    )
    directives = run(text, language="fr", meeting="2026-02-11").directives
    assert leads(directives) == ["SXD", "STC"]


def test_a_minister_with_a_long_name_who_reports_gives_no_order(run):
    text = (
        "Le Conseil a pris les décisions suivantes :\n"
        "1. Le Président a instruit le Département des finances de publier le budget rectificatif.\n"
        "2. Le Département de l'agriculture et de l'environnement a informé le Conseil de la fin des semis.\n"
    )
    directives = run(text, language="fr", meeting="2026-02-11").directives
    assert leads(directives) == ["STC"]


def test_a_pipe_table_due_column_gives_the_deadline(run):
    text = (
        "Plan d'actions\n"
        "Action | Pilote | Échéance\n"
        "Contrôler les cantines scolaires du département | Département de l'éducation et de la formation | 15/05\n"
        "Réviser le plan de gestion des crues | Département de la construction | 3e trimestre\n"
    )
    directives = run(text, language="fr", meeting="2026-03-17").directives
    assert [str(d.deadline) for d in directives] == ["2026-05-15", "2026-09-30"]


# -- Swedish ----------------------------------------------------------------------------------------


def test_an_approval_clause_before_an_order_stays_out_of_its_quote(departments):
    text = (
        "Beslut\n"
        "Regionstyrelsen beslutar\n"
        "att godkänna ett tilläggsanslag om 8 mnkr,\n"
        "att uppdra åt förvaltningschefen att snarast upphandla en ny panncentral.\n"
        "\n"
        "§ 13 Anmälan av delegationsbeslut\n"
    )
    # the rules alone (the shipped model may hide what they do)
    directives = extract(text, departments, language="sv", model=None).directives
    assert [d.text[:20] for d in directives] == ["att uppdra åt förval"]


def test_a_unit_kept_informed_has_no_task_of_its_own(one):
    text = (
        "Beslut\n"
        "Regionstyrelsen beslutar\n"
        "att ge byggdepartementet i uppdrag att ta fram en lokalplan för vårdcentralerna, samt\n"
        "att finansdepartementet ska hållas löpande informerat om arbetet.\n"
    )
    directive = one(text, language="sv", meeting="2026-03-17")
    assert directive.lead.code == "SXD"


def test_the_units_the_investigator_keeps_informed_take_part(run):
    text = (
        "Utredaren ska hålla finansdepartementet och byggdepartementet informerade om arbetet. Utredaren ska även "
        "samråda med utbildningsdepartementet.\n"
    )
    directives = run(text, language="sv", meeting="2026-03-17").directives
    assert len(directives) == 2
    assert sorted(codes(directives[0].coordinating)) == ["STC", "SXD"]


def test_an_assignment_goes_on_past_how_the_unit_is_to_do_the_work(one):
    text = (
        "Regeringens beslut\n"
        "Regeringen ger byggdepartementet i uppdrag att kartlägga behovet av nya broar i glesbygden. "
        "Byggdepartementet ska i arbetet ta del av kommunernas broinventeringar. Uppdraget ska redovisas senast "
        "den 15 oktober 2026.\n"
    )
    directive = one(text, language="sv", meeting="2026-02-19")
    assert directive.text.startswith("Regeringen ger byggdepartementet")
    assert directive.lead.code == "SXD"
    assert str(directive.deadline) == "2026-10-15"


def test_an_earlier_assignment_dated_by_its_regleringsbrev_is_background(run):
    text = (
        "Bakgrund\nRegeringen gav i regleringsbrevet för 2024 byggdepartementet i uppdrag att redovisa brobeståndet.\n"
    )
    assert run(text, language="sv", meeting="2026-02-19").directives == []
