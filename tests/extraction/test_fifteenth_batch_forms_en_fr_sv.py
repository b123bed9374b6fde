"""Orders in the forms a fifteenth batch of texts written blind showed, in English, French and Swedish: an
action log's telegraphic orders ("Staff directed to ...", "Referred to the X Committee for review ..."), a
second unit with a modal of its own after ", and", the passive obligation "are obliged to", a Solar Hijri
month with no year ("by the end of Hoot"); a French group in the singular ("chaque ministère devra"), a
season by its arrival ("d'ici à l'été"), a charge to an addressee with no article ("a chargé Bercy de"), a
pronoun that reports back with a delay ("Il fera rapport ... dans un délai de trente jours"); a Swedish
group ("att samtliga nämnder ska"), the unit charged reporting back by its kind ("Nämnden ska
återrapportera ... senast"), the original terms of reference told in supplementary ones ("Enligt direktiven
ska utredaren ..."), an extended inquiry time under its own heading. And as no order: an item approved
in the passive ("The draft Regulation on X was approved with amendments"). Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes

# -- English ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Library Hours Review. Staff directed to bring back options for Sunday opening with the budget update.",
        "Noise Bylaw. City Attorney asked to draft amendments on construction hours before the next hearing.",
    ],
)
def test_a_telegraphic_order_of_an_action_log(one, text):
    directive = one(text, language="en", meeting="2026-05-04")
    assert directive.text.split()[0] in ("Staff", "City")


def test_a_telegraphic_order_to_a_named_unit_keeps_its_deadline(one):
    directive = one(
        "Speed Cameras. Provincial Police directed to report to Council on camera locations by June 12, 2026.",
        language="en",
        meeting="2026-05-04",
    )
    assert codes([directive.lead]) == ["CAT"] and directive.deadline == datetime.date(2026, 6, 12)


def test_a_referral_with_no_subject_and_its_report_back_after_the_semicolon(one):
    directive = one(
        "Fee Waivers. Referred to the Department of Finance for review of the waiver criteria; the Department"
        " is to report back to Council within 45 days.",
        language="en",
        meeting="2026-05-04",
    )
    assert codes([directive.lead]) == ["STC"]
    assert directive.deadline == datetime.date(2026, 6, 18)


def test_a_line_ending_on_within_goes_on_below(one):
    directive = one(
        "The Department of Health shall inspect every school canteen and report back within\n30 days of the meeting.\n",
        language="en",
        meeting="2026-05-04",
    )
    assert directive.deadline == datetime.date(2026, 6, 3)


def test_an_event_given_its_date_in_the_next_sentence(one):
    directive = one(
        "Parking Strategy. Staff directed to present a revised fee table at the public hearing. "
        "Public hearing now scheduled for June 9, 2026.",
        language="en",
        meeting="2026-05-04",
    )
    assert directive.deadline == datetime.date(2026, 6, 9)


def test_a_second_unit_with_its_own_modal_after_and(run):
    text = (
        "The cabinet decided as follows:\n"
        "1. The Department of Construction and the Department of Finance are obliged to reopen the bridge within "
        "5 days, and the Provincial Police shall divert heavy trucks to the ring road during the works.\n"
    )
    directives = run(text, language="en", meeting="2026-05-04").directives
    assert [codes([d.lead]) for d in directives] == [["SXD"], ["CAT"]]
    assert codes(directives[0].coordinating) == ["STC"]
    assert directives[0].deadline == datetime.date(2026, 5, 9)


def test_a_second_unit_in_the_passive_is_no_order_of_its_own(one):
    directive = one(
        "The Department of Construction shall reopen the bridge within 5 days, and the Department of Finance "
        "should be consulted on the cost.",
        language="en",
    )
    assert codes([directive.lead]) == ["SXD"]


def test_an_item_approved_in_the_passive_is_no_order(run):
    text = (
        "After discussion, the cabinet made the following decisions:\n"
        "1. The Department of Health was instructed to vaccinate all children in the border districts.\n"
        "2. The draft procedure on pharmacy licences was approved with minor changes.\n"
        "3. The annual inspection plan is adopted.\n"
    )
    directives = run(text, language="en", meeting="2026-05-04").directives
    assert [codes([d.lead]) for d in directives] == [["SYT"]]


@pytest.mark.parametrize(
    ("phrase", "meeting", "due"),
    [
        ("by the end of Hoot", "2026-02-02", datetime.date(2026, 3, 20)),  # the end of Esfand 1404
        ("by 10 Hamal", "2026-02-02", datetime.date(2026, 3, 30)),  # 10 Farvardin 1405
        ("by 5 Jaddi", "2026-02-02", datetime.date(2026, 12, 26)),  # past in 1404: 5 Dey 1405
    ],
)
def test_a_solar_hijri_month_with_no_year(one, phrase, meeting, due):
    directive = one(
        f"The Department of Agriculture and Environment was directed to deliver seed to all farmers {phrase}.",
        language="en",
        meeting=meeting,
    )
    assert directive.deadline == due


# -- French ----------------------------------------------------------------------------------------------


def test_each_ministry_in_the_singular_with_a_season_by_its_arrival(one):
    directive = one(
        "D'ici à l'automne, chaque direction devra par ailleurs recenser les bâtiments mal isolés.",
        language="fr",
        meeting="2026-04-02",
    )
    assert directive.deadline == datetime.date(2026, 9, 22)  # the end of summer, before autumn


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Le Département de la santé devra vacciner les enfants avant l'été.", datetime.date(2026, 6, 20)),
        ("The Department of Health must vaccinate all children before the summer.", datetime.date(2026, 6, 20)),
        ("Hälsodepartementet ska vaccinera alla barn före sommaren.", datetime.date(2026, 6, 20)),
        # its event, not the season: no date
        ("The Department of Health must vaccinate all children before the summer holidays.", None),
    ],
)
def test_a_season_with_no_year_by_its_arrival(one, text, due):
    language = "fr" if "devra" in text else "sv" if " ska " in text else "en"
    assert one(text, language=language, meeting="2026-04-02").deadline == due


def test_a_charge_to_an_addressee_with_no_article(one):
    directive = one(
        "Le Premier ministre a chargé Beauvau de préparer, avant le 30 mai, une circulaire sur les feux de forêt.",
        language="fr",
        meeting="2026-04-02",
    )
    assert directive.deadline == datetime.date(2026, 5, 30)


def test_a_quoted_exhortation_to_each_is_no_order(one):
    directive = one(
        "Le Premier ministre a demandé au Département des finances de chiffrer le plan. "
        "« Chacun doit faire un effort », a-t-il insisté.",
        language="fr",
    )
    assert codes([directive.lead]) == ["STC"]


def test_a_pronoun_that_reports_back_gives_the_deadline(one):
    directive = one(
        "Il a chargé le Département de la construction de dresser l'inventaire des ponts endommagés. "
        "Il fera rapport au Conseil dans un délai de vingt jours.",
        language="fr",
        meeting="2026-04-02",
    )
    assert codes([directive.lead]) == ["SXD"] and directive.deadline == datetime.date(2026, 4, 22)


# -- Swedish ---------------------------------------------------------------------------------------------


def test_a_group_clause_between_decision_clauses_keeps_its_own_deadline(run):
    text = (
        "Kommunfullmäktige beslutar\n"
        "att anta strategin för digital förvaltning 2026–2029,\n"
        "att alla förvaltningar ska utse en digitaliseringsansvarig inom tre\n"
        "månader, samt\n"
        "att uppdra åt finansdepartementet att följa upp strategin och redovisa resultatet\n"
        "senast den 1 december 2026.\n"
    )
    directives = run(text, language="sv", meeting="2026-03-02").directives
    assert [d.deadline for d in directives] == [datetime.date(2026, 6, 2), datetime.date(2026, 12, 1)]
    assert [codes([d.lead]) if d.lead else [] for d in directives] == [[], ["STC"]]


def test_the_unit_charged_reports_back_by_its_kind(one):
    directive = one(
        "Kommunfullmäktige beslutar\n"
        "att uppdra åt hälsodepartementet att ta fram en plan för skolhälsovården. Nämnden ska återrapportera\n"
        "till kommunfullmäktige senast den 20 oktober 2026.\n",
        language="sv",
        meeting="2026-03-02",
    )
    assert codes([directive.lead]) == ["SYT"] and directive.deadline == datetime.date(2026, 10, 20)


def test_the_original_terms_of_reference_are_no_order(one):
    text = (
        "Uppdraget enligt de ursprungliga direktiven\n\n"
        "Enligt direktiven ska utredaren bl.a. kartlägga hur regionerna organiserar tolktjänster. Uppdraget "
        "skulle redovisas senast den 1 september 2026.\n\n"
        "Uppdraget utvidgas\n\n"
        "Utredaren ska därför också analysera hur kommunernas tolkbehov kan tillgodoses.\n"
    )
    directive = one(text, language="sv", meeting="2026-03-02")
    assert directive.text.startswith("Utredaren ska därför")


def test_an_extended_inquiry_time_under_its_own_heading(one):
    text = (
        "Utredaren ska vidare analysera behovet av tolkar i vården.\n\n"
        "Ändrad tidpunkt för redovisning av uppdraget\n\n"
        "Utredningstiden förlängs. Uppdraget ska i stället redovisas senast den 15 mars 2027.\n"
    )
    directive = one(text, language="sv", meeting="2026-03-02")
    assert directive.deadline == datetime.date(2027, 3, 15)
