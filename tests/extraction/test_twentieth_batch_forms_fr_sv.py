"""Orders in the forms a twentieth batch of texts written blind showed, in French and Swedish: the investigator
of an inquiry named in a supplementary directive's title ("Utredaren ska ..."), who keeps a dialogue with
other bodies; what an inquiry's proposals must carry; a municipality's units entered with the municipality
before a dash; a committee's own administration; a motion answered; a decision's clauses on long lines; a
French record's roll call, its numbered topics and what a unit reports before a colon; a meeting "s'est tenu";
the remit of a body a decree creates; a minister's title in a directory that also holds a town's service of
the same field. Texts written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

SV = (
    unit("INQ", "Utredningen om en trygg skolskjuts (U 2026:03)", "U 2026:03"),
    unit("SKV", "Skolverket"),
    unit("TRV", "Trafikverket"),
    unit("KST", "Norrby kommun – Kommunstyrelsen"),
    unit("GAT", "Norrby kommun – Gatu- och parkförvaltningen"),
    unit("FRI", "Norrby kommun – Fritidsförvaltningen"),
    unit("KLK", "Norrby kommun – Kommunledningskontoret"),
    unit("BMN", "Norrby kommun – Bygg- och miljönämnden"),
    unit("BMF", "Norrby kommun – Bygg- och miljöförvaltningen"),
    unit("MIL", "Norrby kommun – Bygg- och miljöförvaltningen, Miljöavdelningen"),
)
FR = (
    unit("MTP", "Ministère des Travaux Publics et des Transports", "MTPT"),
    unit("MSAN", "Ministère de la Santé", "MS"),
    unit("STP", "Service des travaux publics – Ville de Belcourt", "Travaux publics"),
    unit("DDT", "Direction départementale des territoires", "DDT"),
    unit("OFB", "Office français de la biodiversité", "OFB"),
    unit("GEND", "Groupement de gendarmerie", "Gendarmerie"),
    unit("CONS", "Conseil municipal de Belcourt", "Conseil"),
)


def run(text, directory, language, meeting):
    return directives_in(text, directory, language, meeting)


# -- Swedish ----------------------------------------------------------------------------------------


def test_the_investigator_of_the_inquiry_a_supplementary_directive_names_leads_its_tasks():
    text = (
        "Tilläggsdirektiv till Utredningen om en trygg skolskjuts (U 2026:03)\n\n"
        "Beslut vid regeringssammanträde den 3 september 2026\n\n"
        "Utredaren ska också kartlägga hur kommunerna planerar skolskjutsarnas hållplatser. "
        "I denna del ska utredaren ha en nära dialog med Skolverket.\n\n"
        "Trafikverket har i en rapport beskrivit brister i hållplatsernas utformning.\n\n"
        "Utredaren ska analysera om reglerna för skolskjuts bör ändras.\n\n"
        "Förslag som innebär ökade kostnader för staten ska åtföljas av förslag till finansiering.\n"
    )
    directives = run(text, SV, "sv", "2026-09-03")
    assert [d.text[:24] for d in directives] == ["Utredaren ska också kart", "Utredaren ska analysera "]
    assert directives[0].text.endswith("dialog med Skolverket")  # the dialogue belongs to the task
    assert leads(directives) == ["INQ", "INQ"]  # not Trafikverket, the last unit named
    assert [c.code for c in directives[0].coordinating] == ["SKV"]


def test_an_investigator_with_no_inquiry_named_has_no_lead():
    text = (
        "Kommittédirektiv\n\nBeslut vid regeringssammanträde den 3 september 2026\n\n"
        "En särskild utredare ska se över reglerna för skolskjuts. Trafikverket har pekat på brister. "
        "Utredaren ska lämna förslag på ändrade regler.\n"
    )
    directives = run(text, SV, "sv", "2026-09-03")
    assert leads(directives)[-1] is None


def test_a_municipal_unit_entered_after_its_municipality_and_a_dash_answers_to_its_own_name():
    text = (
        "Protokoll\nKommunstyrelsen\n\n§ 12 Belysning i parkerna\n"
        "Beslut\nKommunstyrelsen beslutar\n"
        "att ge gatu- och parkförvaltningen i uppdrag att ta fram en plan för belysning i parkerna. "
        "Planen ska redovisas senast den 30 april 2027.\n"
    )
    directives = run(text, SV, "sv", "2026-10-01")
    assert leads(directives) == ["GAT"]
    assert str(directives[0].deadline) == "2027-04-30"


def test_a_motion_answered_is_no_order_and_clauses_on_long_lines_are_split():
    text = (
        "Protokoll\nKommunstyrelsen\n\n§ 14 Svar på motion om fler spontanidrottsplatser\n"
        "Beslut\nKommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad.\n"
        "Kommunstyrelsen beslutar för egen del\n"
        "att uppdra åt fritidsförvaltningen att i samverkan med föreningslivet ta fram ett förslag på placering "
        "av två nya spontanidrottsplatser i kommunens större tätorter, att presenteras i mars 2027,\n"
        "att samtliga förvaltningar ska redovisa sina lokalbehov till kommunledningskontoret senast den 15 "
        "januari 2027.\n"
    )
    directives = run(text, SV, "sv", "2026-10-01")
    assert len(directives) == 2
    assert "att uppdra åt fritidsförvaltningen" in directives[0].text
    assert directives[1].text.startswith("att samtliga förvaltningar")
    assert leads(directives) == ["FRI", None]
    assert [str(d.deadline) for d in directives] == ["2027-03-31", "2027-01-15"]


def test_the_administration_of_the_committee_whose_protocol_it_is():
    text = (
        "Norrby kommun\nSammanträdesprotokoll\nBygg- och miljönämnden\n2026-09-10\n\n"
        "§ 40 Tillsynsplan 2027\nBeslut\nBygg- och miljönämnden antar tillsynsplanen. "
        "Förvaltningen får i uppdrag att redovisa hur planen följs två gånger per år.\n"
    )
    directives = run(text, SV, "sv", "2026-09-10")
    assert leads(directives) == ["BMF"]  # not the unit of one of its fields


# -- French -----------------------------------------------------------------------------------------


def test_a_record_s_roll_call_topics_and_reports_are_no_orders():
    text = (
        "COMPTE RENDU\nCellule de vigilance sécheresse\n\n"
        "Présidence : Mme Claire Ober, sous-préfète, représentant le préfet\n\n"
        "1. Niveau des cours d'eau\n\n"
        "La DDT présente les relevés de la semaine : les débits restent sous le seuil de vigilance sur trois "
        "rivières.\n\n"
        "2. Décisions\n\n"
        "La DDT préparera l'arrêté de restriction avant le 10 juillet 2026.\n"
    )
    directives = run(text, FR, "fr", "2026-07-02")
    assert [d.text[:20] for d in directives] == ["La DDT préparera l'a"]
    assert leads(directives) == ["DDT"]


def test_a_table_row_with_a_helper_is_an_order_of_its_own():
    text = (
        "Relevé de décisions\n\n"
        "N° | Décision | Pilote | Échéance\n"
        "1 | Préparer l'arrêté de restriction | DDT | 10/07/2026\n"
        "2 | Contrôler les prélèvements, en lien avec la gendarmerie | OFB | 20/07/2026\n"
    )
    directives = run(text, FR, "fr", "2026-07-02")
    assert leads(directives) == ["DDT", "OFB"]


def test_a_meeting_held_and_the_remit_of_a_body_created_are_no_orders():
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES\n\n"
        "Le Conseil des ministres s'est tenu ce mardi 9 juin 2026, de 9 h à 12 h, au Palais présidentiel.\n\n"
        "Le Conseil a adopté un décret portant création de l'Agence nationale des routes rurales. "
        "Cette Agence est chargée de l'entretien des pistes rurales. Le Conseil a instruit le Ministre de la "
        "Santé de présenter un plan de vaccination avant le 30 juin 2026.\n"
    )
    directives = run(text, FR, "fr", "2026-06-09")
    assert [d.text[:22] for d in directives] == ["Le Conseil a instruit "]
    assert leads(directives) == ["MSAN"]


def test_a_minister_s_title_names_the_ministry_not_a_town_service_of_the_same_field():
    text = (
        "Le Premier Ministre a demandé au Ministre des Travaux publics de faire réparer le pont de Kanta "
        "avant le 31 août 2026.\n"
    )
    directives = run(text, FR, "fr", "2026-06-09")
    assert leads(directives) == ["MTP"]
