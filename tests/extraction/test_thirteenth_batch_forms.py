"""Orders in the forms a thirteenth batch of texts written blind showed: a French record of decisions that
gives each state service its part on a line of its own, in the present ("- Le SDIS maintient ...", "- Les
services de la DDFiP étudient ...") or as an action and its service after a colon ("- Surveillance des
plages : DDTM, avec l'appui de la gendarmerie"); the state services every département has, named by an
acronym that spells their field (the DSDEN or DASEN for education, the DDFiP for public finance, the DDSP
for the police). And as no unit: a Swedish inspectorate named by the field it supervises
("Finansinspektionen", "Skolinspektionen"). Texts written for these tests."""

import pytest

from tests.extraction.conftest import codes, leads

# -- a record of decisions -------------------------------------------------------------------------


def test_services_given_their_part_in_the_present_on_lines_of_their_own(run):
    text = (
        "RELEVÉ DE DÉCISIONS\n"
        "Décisions :\n"
        "- Le SDIS renforce les patrouilles sur les massifs et procède au débroussaillement des pistes.\n"
        "- Les services de la DDFiP examinent les délais de paiement des exploitants sinistrés.\n"
        "- La DDPP contrôle les étals des marchés de plein vent.\n"
    )
    directives = run(text, language="fr", meeting="2026-07-01").directives
    assert [d.text[:12] for d in directives] == ["Le SDIS renf", "Les services", "La DDPP cont"]
    assert leads(directives) == [None, "STC", None]


@pytest.mark.parametrize(
    "text",
    [
        # a narration in the present, no line of its own
        "Le SDIS maintient ses effectifs depuis le début de l'été et la DDTM suit les niveaux des cours d'eau.",
        # a line of its own that reports or thanks
        "- Le SDIS constate une baisse des départs de feux.\n- La DDTM remercie les maires.\n",
    ],
)
def test_no_order_in_a_service_that_reports_in_the_present(run, text):
    assert run(text, language="fr").directives == []


def test_an_action_and_its_service_after_the_colon(run):
    text = (
        "Décisions :\n"
        "- Surveillance des plages et des parkings : DDTM, avec l'appui de la police municipale, dès samedi.\n"
    )
    directives = run(text, language="fr", meeting="2026-07-01").directives
    assert len(directives) == 1 and "DDTM" in directives[0].text


def test_an_action_after_a_colon_with_no_service_is_no_order(run):
    text = "2. Point de situation\n- Origine de la pollution : inconnue à ce stade, une enquête est en cours.\n"
    assert run(text, language="fr").directives == []


# -- units named by their acronym -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("La DSDEN préviendra les chefs d'établissement avant la rentrée.", "SGDDT"),
        ("Le DASEN adressera une note aux directeurs d'école.", "SGDDT"),
        ("La DDFiP accordera des délais de paiement aux commerçants sinistrés.", "STC"),
        ("La DDSP renforcera les patrouilles aux abords des gares.", "CAT"),
    ],
)
def test_a_state_service_by_the_acronym_of_its_field(one, text, lead):
    assert codes([one(text, language="fr").lead]) == [lead]


def test_an_inspectorate_is_no_unit_of_its_field(one):
    directive = one(
        "Utredaren ska samråda med Polismyndigheten, Finansinspektionen och Skolinspektionen.", language="sv"
    )
    assert codes(directive.coordinating) == ["CAT"]


# -- the unit named before --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La Ministre de la Santé a fait le point sur la rougeole. Le Conseil a instruit cette dernière de "
        "renforcer la vaccination dans les districts frontaliers.",
        "Le Ministre de la Santé a présenté le bilan de la campagne. Le Conseil a chargé ce dernier de publier "
        "les chiffres par district.",
    ],
)
def test_the_one_who_reported_as_the_object_of_the_order(one, text):
    assert codes([one(text, language="fr").lead]) == ["SYT"]


def test_the_one_who_reported_given_the_task_in_the_passive(one):
    text = (
        "Le Ministre du Commerce a rendu compte de l'état des stocks de farine. Il a été chargé de "
        "suivre chaque semaine les prix du pain."
    )
    assert codes([one(text, language="fr").lead]) == ["SCT"]


def test_a_passive_task_with_no_one_named_before_has_no_lead(one):
    text = "Les stocks de farine couvrent trois semaines. Il a été chargé de suivre les prix du pain."
    directives = one(text, language="fr")
    assert directives.lead is None


# -- a unit told to direct others ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("The Provincial Police is required to direct the district stations to check every truck.", "CAT"),
        ("The Department of Health is required to instruct the clinics to report each case.", "SYT"),
        ("The Department of Health is to direct the hospitals to keep beds free.", "SYT"),
    ],
)
def test_a_unit_that_must_direct_others_leads(one, text, lead):
    assert codes([one(text, language="en").lead]) == [lead]


# -- a body named before by its head noun; "is also to" ----------------------------------------------


def test_a_body_named_before_by_its_head_noun_and_is_also_to(run):
    text = (
        "The Vice Chairman assigned the Economic Zone Management Board to survey the parking yards. "
        "The Board is also to agree longer opening hours with the border post."
    )
    directives = run(text, language="en").directives
    assert leads(directives) == ["BQLKKT", "BQLKKT"]
    assert directives[1].text.startswith("The Board is also to")


def test_is_also_to_after_a_unit(run):
    text = (
        "The chairman asked the Department of Health to inspect the clinics. "
        "The Department is also to report to the committee on the results."
    )
    assert leads(run(text, language="en").directives) == ["SYT", "SYT"]


# -- no orders ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # two aims held together: a principle, no one to act
        "He stressed that opening the border must go together with strict quarantine checks.",
        "She emphasised that growth must go hand in hand with protecting the mangroves.",
        "He said that tourism should be balanced against the needs of residents.",
    ],
)
def test_no_order_in_a_principle(run, text):
    assert run(text, language="en").directives == []


def test_an_agenda_items_title_case_heading_is_no_order(run):
    text = (
        "14. Draft Noise Action Plan 2026-2030\n"
        "The Cabinet Member for Transport reported on the consultation.\n"
        "15. Review Community Grants Programme\n"
        "The Department of Health shall inspect every clinic by 30 June 2026.\n"
    )
    directives = run(text, language="en", meeting="2026-03-02").directives
    assert [d.text[:20] for d in directives] == ["The Department of He"]


# -- what the thirteenth batch still missed after its rules ------------------------------------------


def test_a_decisions_next_clause_that_gives_its_own_subject_an_assignment(run):
    text = (
        "§ 12 Uppföljning av lokalförsörjningsplanen\n"
        "Utskottet beslutar\n"
        "att uppdra åt fastighetschefen att senast den 15 april 2026 redovisa kostnaderna för\n"
        "de tillfälliga paviljongerna,\n"
        "att personalchefen får i uppdrag att ta fram en bemanningsplan för\n"
        "sommaren och återkomma till utskottet i maj 2026.\n"
    )
    directives = run(text, language="sv", meeting="2026-03-02").directives
    assert len(directives) == 2 and directives[1].text.startswith("att personalchefen får i uppdrag")
    assert "fastighetschefen" in directives[0].text and "personalchefen" not in directives[0].text
    assert [str(d.deadline) for d in directives] == ["2026-04-15", "2026-05-31"]


def test_a_decisions_next_clause_about_the_same_assignment_stays_with_it(run):
    text = (
        "Utskottet beslutar\n"
        "att ge tekniska förvaltningen i uppdrag att utreda en ny återvinningscentral i\n"
        "norra kommundelen,\n"
        "att utredningen ska återredovisas till utskottet senast den 30 september 2026.\n"
    )
    directives = run(text, language="sv", meeting="2026-03-02").directives
    assert len(directives) == 1 and str(directives[0].deadline) == "2026-09-30"


def test_a_resolutions_numbered_clauses_each_with_its_own_subject(run):
    text = (
        "41. Highways Maintenance Programme\n"
        "RESOLVED that\n"
        "(1) the programme set out in the report be approved;\n"
        "(2) the Director of Finance be authorised to release the reserve;\n"
        "(3) the Director of Finance be requested to report the final outturn to Cabinet by 30 June 2026.\n"
    )
    directives = run(text, language="en", meeting="2026-02-10").directives
    assert [d.text[:30] for d in directives] == ["the Director of Finance be req"]
    assert codes([directives[0].lead]) == ["STC"] and str(directives[0].deadline) == "2026-06-30"


def test_lower_case_items_of_one_order_stay_one_directive(run):
    text = (
        "The Department of Health shall:\n(a) review the stock of vaccines;\n"
        "(b) report to the Committee by 30 June 2026.\n"
    )
    directives = run(text, language="en", meeting="2026-02-10").directives
    assert len(directives) == 1 and str(directives[0].deadline) == "2026-06-30"


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "La DDTM relèvera les niveaux des nappes ; les premiers relevés sont attendus pour lundi 9 mars.",
            "2026-03-09",
        ),
        ("L'ARS analysera l'eau des captages ; les résultats sont prévus pour le jeudi 12 mars.", "2026-03-12"),
    ],
)
def test_what_is_expected_for_a_day(one, text, deadline):
    assert str(one(text, language="fr", meeting="2026-03-02").deadline) == deadline


def test_the_next_briefing_of_a_crisis_cell_when_the_record_gives_its_date(run):
    text = (
        "Décisions :\n"
        "- La DDFiP examine le report des échéances des entreprises sinistrées ; retour attendu au prochain "
        "point de situation.\n\n"
        "Prochain point de situation : mardi 10 mars 2026, 9h30.\n"
    )
    directives = run(text, language="fr", meeting="2026-03-02").directives
    assert [str(d.deadline) for d in directives] == ["2026-03-10"]
