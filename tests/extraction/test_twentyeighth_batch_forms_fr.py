"""Orders in the forms a twenty-eighth batch of French texts written blind showed: a directory that writes each
unit after its administration and a dash ("République de Y - Secrétariat général du gouvernement"), whose texts
name the unit alone; a local unit's alias ("Finances") that a State's
ministry of the same directory shares, which the local text means; a council of ministers' report whose sections
are headed by a numbered "AU TITRE DU MINISTERE DE X", where "Le Conseil a instruit le ministre de veiller ..."
means that ministry's minister; a minister named by the portfolio the directory holds ("le ministre de la
Jeunesse", "la ministre déléguée chargée du Numérique") or addressed with an abbreviated title ("a invité Mme la
ministre de ... à"), past an aside "dans ce sens"; an account "Un premier bilan de cette opération" or "Ce bilan"
due after the order (its deadline, no order of its own); a sitting named by its date ("lors de la Commission
permanente du 6 juillet"); a title in the feminine ("la trésorière") where the directory writes it in the masculine.
Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    # a municipality, each unit written after the municipality and a dash
    unit("CB-SPORTS", "Commune de Rivefort - Direction des sports et de la jeunesse", "Sports"),
    unit("CB-CULT", "Commune de Rivefort - Direction de la culture", "Culture municipale"),
    unit("CB-SG", "Commune de Rivefort - Secrétariat général", "SG"),
    unit("CB-TRES", "Commune de Rivefort - Trésorerie municipale", "Trésorier"),
    unit("ET-MF", "République de Tamaris - Ministère des Finances et du Plan", "Finances"),
    unit("ET-MJ", "République de Tamaris - Ministère de la Jeunesse et de l'Emploi des jeunes", "Jeunesse"),
    unit("ET-MSANTE", "République de Tamaris - Ministère de la Santé publique", "Santé publique"),
    unit("ET-MNUM", "République de Tamaris - Ministère délégué chargé du Numérique", "Numérique"),
    unit("ET-MCULT", "République de Tamaris - Ministère de la Culture et du Patrimoine", "Patrimoine"),
    unit("ET-SGG", "République de Tamaris - Secrétariat général du gouvernement", "SGG"),
    unit("ET-DCP", "République de Tamaris - Département de la Communication présidentielle", "DCP"),
    # a département's services, one sharing an alias with the State's ministry above
    unit("DP-DF", "Direction des finances et du budget du Cantal-Est", "Finances"),
    unit("DP-DR", "Direction des routes du Cantal-Est", "Routes"),
    unit("DP-DE", "Direction de l'éducation du Cantal-Est", "Collèges"),
    unit("DP-PRES", "Présidence du Conseil départemental du Cantal-Est", "Président du Conseil départemental"),
    # another département's, in the same directory
    unit("DV-DR", "Direction des routes du Val-Sorel", "Routes VS"),
    unit("DV-DE", "Direction de l'éducation du Val-Sorel", "Collèges VS"),
    unit("DV-PRES", "Présidence du Conseil départemental du Val-Sorel", "Président VS"),
]


def run(text, meeting=None):
    return directives_in(text, DIRECTORY, "fr", meeting)


def test_the_government_secretariat_written_after_the_state_is_named_alone():
    text = (
        "Le Conseil des ministres a adopté le projet de décret relatif aux marchés publics. "
        "Le Secrétariat général du gouvernement est chargé d'en assurer la publication au Journal officiel.\n"
    )
    assert leads(run(text, "2026-03-04")) == ["ET-SGG"]


def test_an_alias_the_local_unit_shares_with_a_ministry_is_the_local_unit():
    text = (
        "DÉPARTEMENT DU CANTAL-EST\nCommission permanente du 9 mars 2026\n\n"
        "Article 1er : approuve le programme de travaux de la Direction des routes du Cantal-Est.\n"
        "Article 2 : demande à la direction des finances d'inscrire les crédits au budget supplémentaire.\n"
    )
    assert leads(run(text, "2026-03-09")) == ["DP-DF"]


_REPORT = (
    "COMPTE RENDU DU CONSEIL DES MINISTRES\n\n"
    "Le Conseil des ministres s'est tenu le mercredi 4 mars 2026 sous la présidence du Chef de l'Etat. "
    "Le présent compte rendu est diffusé par le Département de la Communication présidentielle.\n\n"
    "I. DELIBERATIONS\n\n"
    "I.1. AU TITRE DU MINISTERE DE LA JEUNESSE ET DE L'EMPLOI DES JEUNES\n"
    "Le Conseil a adopté un décret portant création du Fonds d'appui à l'emploi des jeunes.\n"
    "Le Conseil a instruit le ministre de la Jeunesse, en relation avec le ministre de la Santé publique, "
    "de lancer les inscriptions avant le 30 avril 2026.\n\n"
    "I.2. AU TITRE DU MINISTERE DE LA CULTURE ET DU PATRIMOINE\n"
    "Le Conseil a adopté un rapport relatif à la réhabilitation du musée national.\n"
    "Le Conseil a instruit le ministre de veiller au respect du calendrier des travaux.\n"
)


def test_a_minister_named_by_the_portfolio_the_directory_holds_is_his_ministry():
    directives = run(_REPORT, "2026-03-04")
    assert leads(directives)[0] == "ET-MJ"
    assert [d.code for d in directives[0].coordinating] == ["ET-MSANTE"]


def test_the_bare_minister_under_a_numbered_section_of_a_ministry_is_that_ministry():
    assert leads(run(_REPORT, "2026-03-04"))[1] == "ET-MCULT"


_COMMUNIQUE = (
    "Le Conseil de gouvernement a tenu sa réunion hebdomadaire le jeudi 5 mars 2026.\n\n"
    "Le Chef du gouvernement a souligné la nécessité d'accélérer la numérisation des services publics. "
    "Il a chargé, dans ce sens, la ministre déléguée chargée du Numérique de lui présenter un plan d'action "
    "avant le 15 avril 2026.\n\n"
    "Il a en outre invité Mme la ministre des Finances et du Plan à débloquer les crédits du programme "
    "d'appui aux jeunes entrepreneurs.\n"
)


def test_an_aside_and_a_delegate_minister_before_the_portfolio():
    directives = run(_COMMUNIQUE, "2026-03-05")
    assert leads(directives)[0] == "ET-MNUM"


def test_a_minister_addressed_with_an_abbreviated_title():
    directives = run(_COMMUNIQUE, "2026-03-05")
    assert len(directives) == 2
    assert directives[1].text.startswith("Il a en outre invité Mme la ministre")


def test_the_account_of_an_order_due_after_it_is_its_deadline():
    text = (
        "Le Chef du gouvernement a donné ses instructions au ministre de la Jeunesse pour accélérer le versement "
        "des bourses d'insertion. Un premier bilan de cette opération devra être présenté au Conseil au plus tard "
        "le 16 avril 2026.\n"
    )
    directives = run(text, "2026-03-05")
    assert len(directives) == 1
    assert str(directives[0].deadline) == "2026-04-16"


def test_a_sitting_named_by_its_date_is_the_deadline():
    text = (
        "DÉPARTEMENT DU CANTAL-EST\nCommission permanente du 9 mars 2026\n\n"
        "Article 2 : charge la Direction des routes d'établir l'inventaire des ouvrages d'art.\n"
        "Ce bilan sera présenté au plus tard lors de la séance du 14 septembre 2026.\n"
        "Article 3 : la Direction de l'éducation est chargée de recenser les besoins des collèges et de présenter "
        "ses propositions lors de la Commission permanente du 8 juin 2026.\n"
    )
    directives = run(text, "2026-03-09")
    assert leads(directives) == ["DP-DR", "DP-DE"]
    assert [str(d.deadline) for d in directives] == ["2026-09-14", "2026-06-08"]


def test_a_title_in_the_feminine_is_the_unit_the_masculine_alias_names():
    text = (
        "PROCÈS-VERBAL de la séance ordinaire du conseil municipal de Rivefort, tenue le 10 mars 2026.\n\n"
        "IL EST PROPOSÉ PAR M. Paul Roy ET RÉSOLU :\n"
        "QUE le conseil adopte le règlement d'emprunt no 2026-03;\n"
        "QUE la trésorière transmette copie de la présente résolution au ministère dans les dix jours.\n"
        "ADOPTÉE à l'unanimité\n"
    )
    assert leads(run(text, "2026-03-10")) == ["CB-TRES"]
