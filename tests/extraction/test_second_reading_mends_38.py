"""Second reading of the thirty-eighth batch's rules: the cases a second reader found wrong, in other wordings.

- A time of day that is no deadline: the end of a range of opening hours ("de 8h30 à 18h"), a time that comes back
  ("tous les matins à 7h", "chaque jour, en fin de journée"), a time of the past ("relevés hier en fin de journée").
- A time of day whose day is named before it: "le lendemain avant 9h" the next day, "jeudi prochain à 14h" that day.
- "ce soir" in a relative clause ("au maire, qui arrivera ce soir, ...") is not the order's deadline; the date after it
  is.
- The sitting's hour is not read from the line announcing the next sitting ("Prochaine réunion : ... à 18h").
- "le Ministre d'Etat, <another office>" is another holder of the rank, and so is a "Ministre d'Etat chargé de X"
  the directory does not hold: the bare rank then names nobody.
- "the directors" asked to do a task with a deadline, or "the directors of X", are addressees, not an exhortation.
- "the Directorate of X" where the directory holds a General and a Provincial Directorate of X names neither.
- A motion that failed stays failed when another motion is carried later in the sentence.
- Vietnamese: a sitting named by its month is no deadline after "đã" (a sitting held), nor its own month without a
  report made at it, nor a month more than three months ahead.
"""

from tests.extraction.conftest import directives_in, leads, unit

CELL = [
    unit("SDIS", "Service départemental d'incendie et de secours du Gard", "SDIS"),
    unit("DDTM", "Direction départementale des territoires et de la mer du Gard", "DDTM"),
    unit("ARS", "Agence régionale de santé - Délégation du Gard", "ARS"),
]
HEAD = "CELLULE DE CRISE – CRUE DU GARDON\nRéunion du mardi 3 novembre 2026\n\nDécisions :\n"


def due(text, departments=CELL, language="fr", meeting="2026-11-03"):
    found = directives_in(text, departments, language, meeting)
    assert len(found) == 1, found
    return found[0].deadline


def test_opening_hours_range_no_deadline():
    assert (
        due(HEAD + "- La DDTM tiendra une permanence pour les agriculteurs de 8h30 à 18h en mairie d'Alès.\n") is None
    )


def test_repeated_time_no_deadline():
    assert due(HEAD + "- Le SDIS diffusera tous les matins à 7h un point sur les routes fermées.\n") is None
    assert due(HEAD + "- L'ARS enverra chaque jour, en fin de journée, le nombre de patients transférés.\n") is None


def test_past_evening_no_deadline():
    assert due(HEAD + "- La DDTM vérifiera les débits relevés hier en fin de journée.\n") is None


def test_day_named_before_the_hour():
    import datetime

    assert due(HEAD + "- L'ARS remettra la liste des EHPAD exposés le lendemain avant 9h.\n") == datetime.date(
        2026, 11, 4
    )
    assert due(HEAD + "- Le SDIS présentera le bilan des secours jeudi prochain à 14h.\n") == datetime.date(2026, 11, 5)


def test_tonight_in_a_relative_clause():
    import datetime

    text = HEAD + "- La DDTM remettra au maire, qui arrivera ce soir à Alès, le plan des digues avant le 9 novembre.\n"
    assert due(text) == datetime.date(2026, 11, 9)


def test_sitting_hour_not_from_next_sitting_line():
    import datetime

    text = (
        "CELLULE DE CRISE – CRUE DU GARDON\nRéunion du mardi 3 novembre 2026\n"
        "Prochaine réunion : mercredi 4 novembre à 17h\n\nDécisions :\n"
        "- L'ARS transmettra le recensement des dialysés avant 12h.\n"
    )
    assert due(text) == datetime.date(2026, 11, 3)


MIN = [
    unit("MINEF", "Ministère de l'Economie et des Finances", "Ministre de l'Economie et des Finances"),
    unit("MINSANTE", "Ministère de la Santé publique", "Ministre de la Santé publique"),
]
COUNCIL = "COMMUNIQUE DU CONSEIL DES MINISTRES DU JEUDI 5 NOVEMBRE 2026\n\n"


def test_rank_with_another_office_is_nobody():
    text = (
        COUNCIL
        + "Le Ministre d'Etat, Ministre de l'Economie et des Finances, a présenté le projet de loi de finances.\n\n"
        "Le Chef de l'Etat a chargé le Ministre d'Etat, Directeur de Cabinet du Président, d'organiser la "
        "conférence des bailleurs avant le 30 novembre 2026.\n"
    )
    assert leads(directives_in(text, MIN, "fr", "2026-11-05")) == [None]


def test_rank_held_by_a_unit_not_in_the_directory_is_nobody():
    text = (
        COUNCIL
        + "Le Ministre d'Etat, Ministre de l'Economie et des Finances, a présenté le projet de loi de finances. "
        "Le Ministre d'Etat chargé de l'Intérieur a rendu compte des élections locales.\n\n"
        "Le Chef de l'Etat a instruit le Ministre d'Etat de réviser la liste électorale avant le 30 novembre 2026.\n"
    )
    assert leads(directives_in(text, MIN, "fr", "2026-11-05")) == [None]


EN = [
    unit("GDI", "General Directorate of Irrigation"),
    unit("PDI", "Provincial Directorate of Irrigation"),
    unit("EDU", "Department of Education"),
]
MINUTES = "Minutes of the coordination meeting held on 5 November 2026\n\n"


def test_directors_with_a_task_and_deadline_kept():
    found = directives_in(
        MINUTES + "The Deputy Governor called on the directors to send their staffing lists by 20 November 2026.\n",
        EN,
        "en",
        "2026-11-05",
    )
    assert len(found) == 1
    found = directives_in(
        MINUTES + "The Governor urged the directors of the rural clinics to restock vaccines by 20 November 2026.\n",
        EN,
        "en",
        "2026-11-05",
    )
    assert len(found) == 1


def test_bare_directorate_shared_by_two_units_names_neither():
    found = directives_in(
        MINUTES + "The Deputy Governor asked the Directorate of Irrigation of the province to clean the canals "
        "by 20 November 2026.\n",
        EN,
        "en",
        "2026-11-05",
    )
    assert leads(found) == [None]


def test_failed_motion_not_revived_by_a_later_carried_motion():
    parks = [unit("PW", "Public Works Department", "Public Works"), unit("FIRE", "Fire Department")]
    text = (
        "Regular Council Meeting, November 5, 2026\n\n"
        "A motion by Councillor Diaz to direct the Fire Department to close Station 4 failed 3-4, and the main "
        "motion was then carried 7-0.\n"
    )
    assert directives_in(text, parks, "en", "2026-11-05") == []


VI = [unit("SXD", "Sở Xây dựng"), unit("SGT", "Sở Giao thông vận tải"), unit("UBND", "Ủy ban nhân dân tỉnh Bình Hòa")]
TB = "ỦY BAN NHÂN DÂN TỈNH BÌNH HÒA\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng 11/2026\n\n"


def test_sitting_month_held_or_own_month_no_deadline():
    assert (
        due(
            TB + "1. Sở Xây dựng tiếp tục thực hiện các nội dung đã kết luận tại cuộc họp giao ban tháng 11.\n",
            VI,
            "vi",
            "2026-11-26",
        )
        is None
    )
    assert (
        due(
            TB + "1. Sở Giao thông vận tải hoàn thành các việc đã được giao tại cuộc họp giao ban tháng 6.\n",
            VI,
            "vi",
            "2026-11-26",
        )
        is None
    )
