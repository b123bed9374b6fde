"""Orders in the forms an eighty-fifth batch of French texts written blind showed: a Prime Minister's budget
circular signed in December for the coming year, whose quarters named with no year are the coming year's, whose
credits "seront mis à la disposition ... à compter du 1er janvier par le Ministre X" (a passive with its agent far
after the participle), and whose reports fall due "dans les quinze jours suivant la fin de chaque trimestre" (again
each quarter, no date); an instruction note's table whose due cell counts from the school year's start; a council of
ministers asking for a report on a programme named in full at the sentence's end. Texts and directory written for
these tests."""

import datetime

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("KA-SANTE", "Ministère de la Santé publique", "Ministre de la Santé publique"),
    unit("KA-SPORTS", "Ministère des Sports et de la Jeunesse", "Ministre des Sports et de la Jeunesse"),
    unit("KA-TRESOR", "Direction du Trésor", "Directeur du Trésor"),
    unit("KA-AGRI", "Ministère de l'Agriculture", "Ministre de l'Agriculture"),
    unit("KA-DEP", "Direction des Examens et Concours", "DEC"),
]


def found_in(text, meeting):
    return directives_in(text, DIRECTORY, "fr", meeting)


def test_a_quarter_with_no_year_named_in_december_is_the_coming_years():
    text = (
        "Le Ministre de la Santé publique veillera à ce que les plans de vaccination des districts soient validés "
        "avant la fin du deuxième trimestre."
    )
    found = found_in(text, "2026-11-20")
    assert leads(found) == ["KA-SANTE"]
    assert found[0].deadline == datetime.date(2027, 6, 30)


def test_a_future_passive_with_its_date_before_the_agent_is_the_agents_order():
    text = (
        "Les subventions seront versées aux ligues régionales et aux clubs affiliés à compter du 15 février 2027 "
        "par le Ministre des "
        "Sports et de la Jeunesse, sur la base des conventions signées."
    )
    found = found_in(text, "2026-12-10")
    assert leads(found) == ["KA-SPORTS"]


def test_a_delay_after_the_end_of_each_period_gives_no_date():
    text = (
        "Le Directeur du Trésor adressera au Ministre, dans les vingt jours suivant la fin de chaque mois, la "
        "situation des paiements en instance."
    )
    found = found_in(text, "2026-12-10")
    assert leads(found) == ["KA-TRESOR"]
    assert found[0].deadline is None


def test_a_table_due_cell_counted_from_the_school_years_start_gives_no_date():
    text = (
        "TABLEAU DES ACTIONS\n"
        "N° | Action | Responsable | Echéance\n"
        "1 | Publier le calendrier des examens de fin de cycle | DEC | dans les quinze jours suivant la rentrée\n"
    )
    found = found_in(text, "2026-08-25")
    assert leads(found) == ["KA-DEP"]
    assert found[0].deadline is None


def test_a_programme_named_in_full_at_the_sentences_end_is_a_reference():
    text = (
        "Le Président a demandé au Ministre de l'Agriculture de lui présenter, avant fin mars, un bilan de la mise "
        "en œuvre du Programme triennal de lutte contre l'érosion des sols."
    )
    found = found_in(text, "2026-12-10")
    assert leads(found) == ["KA-AGRI"]
    assert [r.lower() for r in found[0].references] == ["programme triennal de lutte contre l'érosion des sols"]
