"""Orders in the forms a seventeenth batch of texts written blind showed, in English and French: a US
council's motion with its seconder in a sentence of its own, its telegraphic report-back ("Staff to return in
60 days") and a motion that failed in the next sentence; a directive log's status cells on units of their
own and a motion's subjunctive after a row's date and number cells; participants' leaders who propose, a
target that "must be met" (no one to act), "the ministry" again as the subject of another task, a passive
obligation added after an order; a Belgian collège's articles in the infinitive ("de charger le service X
de ...", "de solliciter de X ..."), a period written in words and digits ("quinze (15) jours"), "Le même
Ministre veillera en outre à ...", an account of the work ("Un bilan ...", "Un point de la mise en œuvre
...") and the product made public ("sera mis en ligne") that date the order before. Texts written for these
tests."""

import pytest

from tests.extraction.conftest import codes, leads

# -- English ----------------------------------------------------------------------------------------


def test_a_motion_its_seconder_and_its_telegraphic_report_back(run):
    text = (
        "5B. Clinic Hours\n"
        "Councilmember Park moved to direct the Department of Health to draft a plan for evening clinic hours. "
        "Staff to return in 45 days. Seconded by Councilmember Adams. The motion passed 6-1.\n"
    )
    directives = run(text, language="en", meeting="2026-03-02").directives
    assert [d.text[:26] for d in directives] == ["Councilmember Park moved t"]
    assert directives[0].text.rstrip(".").endswith("in 45 days")
    assert str(directives[0].deadline) == "2026-04-16"
    assert leads(directives) == ["SYT"]


@pytest.mark.parametrize(
    "text",
    [
        "Councilmember Adams moved to direct the Department of Finance to freeze all new hiring, seconded by "
        "Councilmember Park. The motion failed 3-4.\n",
        "Councilmember Adams moved to direct the Department of Finance to freeze all new hiring. Seconded by "
        "Councilmember Park. Motion lost 2-5.\n",
    ],
)
def test_a_motion_that_failed_in_the_next_sentence_is_no_order(run, text):
    assert run(text, language="en", meeting="2026-03-02").directives == []


def test_status_cells_on_their_own_are_no_orders_and_a_row_motion_in_the_subjunctive_is_one(run):
    text = (
        "Action Log:\n"
        "R14/2025 | Council, June 3, 2025 | That the Department of Construction BE DIRECTED to repair the harbour\n"
        "wall. | Responsible:\n"
        "Department of Construction | Status: Pending\n"
        "R15/2025 | Council, June 3, 2025 | That the Director of Health prepare, with the assistance of the\n"
        "Department of Finance, a plan for two new clinics and present it to Council by May 29, 2026. | Responsible:\n"
        "Department of Health | Status: In progress\n"
    )
    directives = run(text, language="en", meeting="2026-02-02").directives
    assert [d.text[:8] for d in directives] == ["R14/2025", "R15/2025"]
    assert leads(directives) == ["SXD", "SYT"]
    assert codes(directives[1].coordinating) == ["STC"]
    assert str(directives[1].deadline) == "2026-05-29"


@pytest.mark.parametrize(
    "text",
    [
        # the participants' leaders, what they asked for
        "At the meeting, leaders of Ha Long and Cam Pha proposed that the province soon approve land prices "
        "for resettlement, and several communes asked for the transfer of idle funds to faster projects.\n",
        "Representatives of several districts suggested that the deadline for the survey be extended.\n",
        # a target to reach, no one to act
        "Closing the meeting, the Chairman stressed that exports remain a key driver and that the target of "
        "12 percent growth must be achieved.\n",
    ],
)
def test_no_order_in_participants_proposals_or_in_a_target_to_reach(run, text):
    assert run(text, language="en", meeting="2026-02-02").directives == []


def test_the_ministry_again_as_the_subject_of_another_task(run):
    text = (
        "The Ministry of Health is responsible for working with the provinces to open twelve field hospitals "
        "within 20 days. The ministry must also audit the hospitals with the longest waiting lists.\n"
    )
    from tracker.extraction import extract, load_directory

    directory = load_directory("tests/extraction/administrations/seventeenth-en/departments.json")
    directives = extract(text, directory, language="en").directives
    assert len(directives) == 2
    assert directives[1].text.startswith("The ministry must also audit")
    assert directives[1].lead is not None and directives[1].lead == directives[0].lead


def test_a_passive_obligation_added_after_an_order_is_that_units(run):
    text = (
        "The Chairman directed the Department of Construction to clear every culvert before the rains. "
        "Sandbags should also be stocked in each commune, and the stock list sent to the police.\n"
    )
    directives = run(text, language="en", meeting="2026-02-02").directives
    assert [d.text[:20] for d in directives] == ["The Chairman directe", "Sandbags should also"]
    assert leads(directives) == ["SXD", "SXD"]


# -- French -----------------------------------------------------------------------------------------


def test_a_colleges_articles_in_the_infinitive(run):
    text = (
        "Le Collège,\n"
        "Vu le règlement communal ;\n"
        "DÉCIDE :\n"
        "Article 1er : d'approuver le décompte final des travaux ;\n"
        "Article 2 : de charger le Département des finances de liquider le solde au plus tard le 14 mai 2026 ;\n"
        "Article 3 : de solliciter du Département de la construction une inspection des trottoirs de la place "
        "du Marché.\n"
    )
    directives = run(text, language="fr", meeting="2026-03-02").directives
    assert leads(directives) == ["STC", "SXD"]
    assert str(directives[0].deadline) == "2026-05-14"


def test_a_period_written_in_words_and_digits(one):
    text = (
        "Le Ministre des Finances est chargé de débloquer, dans un délai de dix (10) jours, les crédits de la "
        "campagne de vaccination.\n"
    )
    directive = one(text, language="fr", meeting="2026-03-02")
    assert str(directive.deadline) == "2026-03-12"


def test_the_same_minister_again_with_an_adverb(run):
    text = (
        "Le Conseil a instruit le Ministre de la Santé de vacciner les enfants des écoles du Sud. Le même "
        "Ministre veillera en outre à l'approvisionnement des dispensaires en vaccins.\n"
    )
    directives = run(text, language="fr", meeting="2026-03-02").directives
    assert leads(directives) == ["SYT", "SYT"]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Le Ministre de la Santé a été chargé d'ouvrir sans délai deux centres de dépistage. Un point de la "
            "mise en œuvre de cette mesure sera fait au Conseil au plus tard le 8 avril 2026.\n",
            "2026-04-08",
        ),
        (
            "Le Département de la construction consacrera la moitié de ses inspections aux digues. Un bilan "
            "d'étape sera transmis au préfet au 30 septembre 2026.\n",
            "2026-09-30",
        ),
        (
            "Le Département de l'éducation et de la formation révisera le calendrier des examens. Le calendrier "
            "révisé sera mis en ligne au plus tard le 20 mai 2026.\n",
            "2026-05-20",
        ),
    ],
)
def test_an_account_or_a_product_made_public_dates_the_order_before(one, text, due):
    directive = one(text, language="fr", meeting="2026-03-02")
    assert str(directive.deadline) == due
