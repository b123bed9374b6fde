"""Orders in the forms a twenty-fourth batch of French and Swedish texts written blind showed: a linking adverb
between commas before the addressee ("invite, en outre, le Ministre X à"); a title before the addressee of a
decision's verb in capitals ("CHARGE Monsieur le Préfet de"); a pronoun object before the task's verb ("de le
transmettre"); a one-word short name of a unit that is also a common noun, after a demonstrative ("Ce budget devra
être adopté ..."), which is the product of the order before and no unit; a Swedish assignment in the perfect ("har
därför gett X i uppdrag"); a news report's "fick på tisdagen i uppdrag"; a second addressee after "et au" with no
comma; a report-back "lors de sa prochaine réunion" by "le département"; the meeting the order sets up, held "dans la
deuxième quinzaine de mars"; a letter dated in the Hijri calendar with the Gregorian date in brackets; a company's
name without its "AB"; a municipality named without "kommun" as the text's territory. Texts and directory written
for these tests."""

import datetime

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("BJ-MPE", "Ministère de la Pêche", "Ministre de la Pêche"),
    unit("BJ-MSA", "Ministère de la Santé", "Ministre de la Santé"),
    unit("BJ-MBU", "Ministère du Budget", "Budget"),
    unit("BJ-PREF", "Préfecture du Littoral", "Préfet", "Monsieur le Préfet"),
    unit("BJ-DFIN", "Direction des finances", "directrice des finances"),
    unit("SV-MIF", "Miljöförvaltningen"),
    unit("SV-TEK", "Tekniska förvaltningen"),
    unit("BJ-MCO", "Ministère du Commerce", "Ministre du Commerce"),
    unit("BJ-SGG", "Secrétariat général du Gouvernement", "Secrétaire général du Gouvernement"),
    unit("MA-DB", "Direction du Budget"),
]

TOWNS = [
    unit("SV-EKB-BOST", "Ekbo AB", "Ekby kommuns bostadsbolag"),
    unit("SV-EKB-MF", "Miljöförvaltningen, Ekby kommun"),
    unit("SV-EKB-TF", "Tekniska förvaltningen, Ekby kommun"),
    unit("SV-LUN-MF", "Miljöförvaltningen, Lunda kommun", "Miljöförvaltningen"),
    unit("SV-EKB-KFF", "Kultur- och fritidsförvaltningen, Ekby kommun"),
    unit("SV-LUN-TF", "Tekniska förvaltningen, Lunda kommun"),
    unit("SV-LUN-KFF", "Kultur- och fritidsförvaltningen, Lunda kommun"),
]


def run(text, language, meeting="2026-04-08"):
    return directives_in(text, DIRECTORY, language, meeting)


def test_a_linking_adverb_between_commas_before_the_addressee():
    text = (
        "Le Président de la République demande, par ailleurs, au Ministre de la Pêche de recenser les "
        "embarcations artisanales de la côte ouest.\n"
    )
    assert leads(run(text, "fr")) == ["BJ-MPE"]


def test_a_title_before_the_addressee_of_a_decision_verb_in_capitals():
    text = (
        "Le Conseil départemental, après en avoir délibéré :\n"
        "- CHARGE Monsieur le Préfet de saisir les services de l'Etat de la demande de classement du site.\n"
    )
    assert leads(run(text, "fr")) == ["BJ-PREF"]


def test_a_pronoun_object_before_the_task_s_verb():
    text = (
        "Un conseiller demande la publication du rapport d'audit. Le Maire demande à la directrice des finances "
        "de les publier sur le site de la commune avant le 2 mai 2026.\n"
    )
    (directive,) = run(text, "fr")
    assert directive.lead.code == "BJ-DFIN"
    assert directive.deadline.isoformat() == "2026-05-02"


def test_a_unit_s_short_name_after_a_demonstrative_is_the_order_s_product():
    text = (
        "Le Conseil a demandé au Ministre de la Santé de préparer un budget de riposte contre la dengue. "
        "Ce budget devra être adopté au plus tard le 30 avril 2026.\n"
    )
    (directive,) = run(text, "fr")
    assert directive.lead.code == "BJ-MSA"
    assert directive.deadline.isoformat() == "2026-04-30"


def test_a_swedish_assignment_in_the_perfect_with_an_adverb():
    text = "Nämnden har därför gett tekniska förvaltningen i uppdrag att se över gatubelysningen i Norrby.\n"
    assert leads(run(text, "sv")) == ["SV-TEK"]


def test_a_news_report_s_assignment_on_the_meeting_s_day():
    text = (
        "Miljöförvaltningen fick på tisdagen i uppdrag att kartlägga dagvattnet i hamnområdet.\n\n"
        "– Det är bråttom, säger ordföranden.\n"
    )
    assert leads(run(text, "sv")) == ["SV-MIF"]


def test_a_second_addressee_after_et_au_with_no_comma_has_its_own_order():
    text = (
        "Le Président a demandé au Ministre de la Santé de recenser les centres de dialyse et au Ministre du Commerce "
        "de publier les prix de référence des médicaments.\n"
    )
    directives = run(text, "fr")
    assert leads(directives) == ["BJ-MSA", "BJ-MCO"]
    assert directives[1].text.startswith("au Ministre du Commerce")


def test_two_addressees_of_one_task_stay_one_order():
    text = "Le Président a demandé au Ministre de la Santé et au Ministre du Commerce de réguler le prix des masques.\n"
    (directive,) = run(text, "fr")
    assert directive.lead.code == "BJ-MSA"
    assert [d.code for d in directive.coordinating] == ["BJ-MCO"]


def test_the_department_reports_at_its_next_meeting_is_part_of_the_order():
    text = (
        "Le Conseil a invité le Ministre de la Pêche à renforcer la surveillance des zones de frai. Le département "
        "fera rapport au Conseil lors de sa prochaine réunion.\n"
    )
    (directive,) = run(text, "fr", "2026-02-11")
    assert directive.lead.code == "BJ-MPE"
    assert directive.text.endswith("lors de sa prochaine réunion")


def test_the_meeting_the_order_sets_up_held_in_a_half_of_a_month():
    text = (
        "Le Premier Ministre a chargé le Secrétaire général du Gouvernement d'organiser un atelier sur la "
        "simplification administrative. L'atelier se tiendra dans la première quinzaine de juin.\n"
    )
    (directive,) = run(text, "fr", "2026-04-08")
    assert directive.lead.code == "BJ-SGG"
    assert directive.deadline == datetime.date(2026, 6, 15)


def test_a_letter_dated_in_the_hijri_calendar_with_the_gregorian_date_in_brackets():
    text = (
        "Rabat, le 12 ramadan 1447 (2 mars 2026)\n\n"
        "La Direction du Budget est invitée à notifier les dotations aux services déconcentrés dans un délai de "
        "quinze (15) jours à compter de la date de la présente circulaire.\n"
    )
    (directive,) = directives_in(text, DIRECTORY, "fr")
    assert directive.lead.code == "MA-DB"
    assert directive.deadline == datetime.date(2026, 3, 17)


def test_a_company_named_without_ab_and_a_town_named_without_kommun():
    text = (
        "Kommunstyrelsen i Ekby sammanträdde i går. Miljöförvaltningen ska kartlägga bullret vid hamnen, medan "
        "Ekbo får i uppdrag att inventera lediga lägenheter i centrum. Politikerna i Ekby var eniga.\n"
    )
    directives = directives_in(text, TOWNS, "sv", "2026-04-08")
    assert leads(directives) == ["SV-EKB-MF", "SV-EKB-BOST"]


def test_the_head_of_a_secretariat_stands_for_it():
    units = [
        unit("TG-SGG", "Secrétariat général du Gouvernement"),
        unit("TG-SGMP", "Secrétariat Général du Ministère de la Pêche", "Secrétaire Général"),
    ]
    text = (
        "Le Président a chargé le Ministre, Secrétaire général du Gouvernement, de préparer le calendrier des "
        "textes d'application.\n"
    )
    assert leads(directives_in(text, units, "fr", "2026-04-08")) == ["TG-SGG"]


def test_a_unit_named_by_adjective_and_noun_in_the_definite_form():
    units = [unit("SV-RUT", "Regional utveckling"), unit("SV-KS", "Kommunstyrelsen")]
    text = (
        "Beslut\n"
        "Regionala utvecklingen ges i uppdrag att ta fram en besöksnäringsstrategi senast den 30 september 2026.\n"
    )
    (directive,) = directives_in(text, units, "sv", "2026-04-08")
    assert directive.lead.code == "SV-RUT"
