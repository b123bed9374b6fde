"""Orders in the forms a twenty-third batch of French and Swedish texts written blind showed: a council's
appointments listed "post : Monsieur X ;" (no order), a long acronym written as a name ("la Sonabel"), an order
in the passive "est sommé de", a unit's name with two letters swapped, "m.m." closing a sentence, "får nu även i
uppdrag", the inquiry's extended time after an order to another authority, and a numbered item's report-back
that is an item of its own. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

FR_DIRECTORY = [
    unit("TG-MSP", "Ministère de la Santé publique"),
    unit("TG-MTP", "Ministère des Travaux publics", "MTP"),
    unit("TG-MEF", "Ministère de l'Economie et des Finances"),
    unit("TG-SONABEL", "Société nationale d'électricité", "SONABEL"),
    unit("TG-DRS", "Directions régionales de la santé", "Directeurs régionaux de la santé"),
    unit("TG-DGS", "Direction générale de la santé", "DGS"),
]
SV_DIRECTORY = [
    unit("SV-TRV", "Trafikverket"),
    unit("SV-BOV", "Boverket"),
    unit("SV-STK", "Statskontoret"),
    unit("SV-KK", "Kammarkollegiet"),
    unit("SV-N2026", "Utredningen om hållbara vägar (N 2026:03)", "N 2026:03", "Utredaren"),
]


def test_an_appointment_s_name_after_the_post_s_colon_is_no_order():
    text = (
        "Compte rendu du Conseil des Ministres du mercredi 4 février 2026\n\n"
        "Le Conseil des Ministres s'est réuni ce mercredi 4 février 2026, sous la présidence de Monsieur Faure "
        "ADJO, Président de la République, Chef de l'Etat, Chef du Gouvernement.\n\n"
        "Au cours de la séance, les décisions ci-après ont été prises.\n\n"
        "I. Mesures normatives.\n\n"
        "Le Conseil a adopté le décret portant attributions, organisation et fonctionnement de l'Office national "
        "des Forêts (ONF).\n\n"
        "Ce texte précise les missions de l'Office en matière de reboisement.\n\n"
        "II. Communications.\n\n"
        "II-1. Ouverture de centres de dépistage.\n\n"
        "Le Conseil a donné son accord pour l'ouverture de trois centres de dépistage à compter du 1er mars 2026.\n\n"
        "III. Mesures individuelles.\n\n"
        "Au titre du ministère de l'Economie et des Finances :\n"
        "Directeur général du Budget : Monsieur Koffi A. MENSAH ;\n"
        "Directeur adjoint des Douanes : Madame Afi B. LAWSON.\n\n"
        "Au titre du ministère de la Santé :\n"
        "Directeur départemental de la Santé du Golfe : Docteur Kodjo S. AMEGAN.\n\n"
        "Fait à Lomé, le 4 février 2026.\n"
    )
    assert directives_in(text, FR_DIRECTORY, "fr", "2026-02-04") == []


def test_a_long_acronym_written_as_a_name_is_the_unit():
    text = (
        "Conseil des ministres du 4 février 2026\n\n"
        "La Sonabel, pour sa part, devra afficher chaque lundi le calendrier des coupures dans les quartiers.\n"
    )
    directives = directives_in(text, FR_DIRECTORY, "fr", "2026-02-04")
    assert leads(directives) == ["TG-SONABEL"]


def test_a_unit_summoned_in_the_passive_is_ordered():
    text = (
        "Conseil des ministres du 4 février 2026\n\n"
        "Le ministère des Travaux publics est sommé de rouvrir le pont de Kpalimé à la circulation avant la fin "
        "du mois.\n"
    )
    directives = directives_in(text, FR_DIRECTORY, "fr", "2026-02-04")
    assert leads(directives) == ["TG-MTP"]
    assert str(directives[0].deadline) == "2026-02-28"


def test_a_unit_s_name_with_two_letters_swapped_is_still_the_unit():
    text = (
        "Regeringsbeslut 2026-03-05\n\n"
        "Regeringen uppdrar åt Boverket att ta fram en vägledning om klimatanpassning. Senast den 1 juni 2026 "
        "ska Trafikvreket redovisa hur vägnätet påverkas.\n"
    )
    directives = directives_in(text, SV_DIRECTORY, "sv", "2026-03-05")
    assert leads(directives) == ["SV-BOV", "SV-TRV"]


def test_m_m_closes_a_sentence_before_a_capital():
    text = (
        "Regeringsbeslut 2026-03-05\n\n"
        "Regeringen uppdrar åt Boverket att ta fram en vägledning om klimatanpassning. Myndigheten får använda "
        "högst 2 000 000 kronor för lokaler, resor m.m. Senast den 30 april 2027 ska Trafikverket lämna en "
        "ekonomisk redovisning till Kammarkollegiet.\n"
    )
    directives = directives_in(text, SV_DIRECTORY, "sv", "2026-03-05")
    assert [d.text.split()[0] for d in directives] == ["Regeringen", "Senast"]
    assert leads(directives) == ["SV-BOV", "SV-TRV"]
    assert str(directives[1].deadline) == "2027-04-30"


def test_adverbs_between_far_and_i_uppdrag_keep_the_subject_before_them():
    text = (
        "Tilläggsdirektiv till Utredningen om hållbara vägar (N 2026:03)\n\n"
        "Utredaren får därtill även i uppdrag att analysera hur underhållet av enskilda vägar finansieras.\n"
    )
    directives = directives_in(text, SV_DIRECTORY, "sv", "2026-03-05")
    assert leads(directives) == ["SV-N2026"]


def test_the_inquiry_s_extended_time_is_not_the_helping_authority_s_deadline():
    text = (
        "Tilläggsdirektiv till Utredningen om hållbara vägar (N 2026:03)\n\n"
        "Utredaren ska även föreslå hur tillsynen över enskilda vägar kan stärkas.\n\n"
        "Trafikverket ska på begäran lämna utredningen statistik om vägarnas standard.\n\n"
        "Ny tidpunkt\n\n"
        "Utredningstiden förlängs. Uppdraget ska i stället redovisas senast den 15 december 2026.\n"
    )
    directives = directives_in(text, SV_DIRECTORY, "sv", "2026-03-05")
    trafikverket = [d for d in directives if d.lead is not None and d.lead.code == "SV-TRV"]
    assert len(trafikverket) == 1
    assert trafikverket[0].deadline is None
    assert "förlängs" not in trafikverket[0].text


def test_the_next_numbered_item_is_not_the_deadline_of_the_one_before():
    text = (
        "CIRCULAIRE\n\n"
        "Le Ministre\n\nA\n\nMesdames et Messieurs les Directeurs régionaux de la santé\n\n"
        "J'ai l'honneur de vous demander de prendre les dispositions suivantes :\n\n"
        "1. Vous veillerez à la mise à jour quotidienne des registres de vaccination dans chaque district.\n\n"
        "2. Un rapport sur la couverture vaccinale de votre région devra parvenir à la Direction générale de "
        "la santé dans un délai de dix (10) jours.\n"
    )
    directives = directives_in(text, FR_DIRECTORY, "fr", "2026-02-04")
    assert len(directives) == 2
    assert "rapport" not in directives[0].text
    assert directives[0].deadline is None


def test_a_report_on_what_is_the_addressee_s_goes_to_the_addressee():
    text = (
        "CIRCULAIRE\n\n"
        "Le Ministre\n\nA\n\nMesdames et Messieurs les Directeurs régionaux de la santé\n\n"
        "J'ai l'honneur de vous demander de prendre les dispositions suivantes :\n\n"
        "1. Vous organiserez une revue des stocks de vaccins dans chaque district.\n\n"
        "2. Une note sur les besoins en personnel de vos services devra être transmise à la Direction générale "
        "de la santé sous huitaine.\n"
    )
    directives = directives_in(text, FR_DIRECTORY, "fr", "2026-02-04")
    assert leads(directives) == ["TG-DRS", "TG-DRS"]


def test_a_news_report_s_unit_that_was_given_an_assignment_at_the_same_meeting_is_ordered():
    text = (
        "Kommunstyrelsen satsar på trafiksäkerhet\n\n"
        "Publicerad 3 mars 2026\n\n"
        "Redan förra året fick Boverket i uppdrag att se över reglerna för gångfartsområden.\n\n"
        "Trafikverket fick också i uppdrag att kartlägga olycksdrabbade korsningar längs länsväg 83. "
        "Kartläggningen ska presenteras senast den 30 juni 2026.\n"
    )
    directives = directives_in(text, SV_DIRECTORY, "sv", "2026-03-03")
    assert leads(directives) == ["SV-TRV"]
    assert str(directives[0].deadline) == "2026-06-30"
