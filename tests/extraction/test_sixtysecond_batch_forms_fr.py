"""Orders in the forms a sixty-second batch of French texts written blind showed: a council of ministers' communiqué
whose directory serves several governments and whose country is named only by its adjective ("la République
nigérienne"); a delegate whose title joins two fields with "et" while the directory's alias holds the first only; an
order opened by "Pour son application," after the text the Council adopted; an audit "sera conduit par" an inspection
in a sentence about another body ("S'agissant de l'Office X, ..."); a season's campaign cited by its year ("la
campagne cotonnière 2026"). Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("ML-MEF", "Ministère de l'Économie et des Finances (Mali)", "MEF Mali"),
    unit("ML-MSAS", "Ministère de la Santé et du Développement social (Mali)", "MSDS Mali"),
    unit("NE-MEF", "Ministère de l'Économie et des Finances (Niger)", "MEF Niger"),
    unit("NE-MEN", "Ministère de l'Éducation nationale (Niger)", "MEN Niger"),
    unit("NE-MAG", "Ministère de l'Agriculture (Niger)", "Ministre de l'Agriculture"),
    unit("NE-BUDGET", "Ministère délégué au Budget (Niger)", "Ministre délégué au Budget"),
    unit("NE-OPN", "Office des Ports du Niger", "OPN"),
    unit("NE-IGE", "Inspection Générale d'État (Niger)", "IGE", "Inspection Générale d'État"),
    unit(
        "NE-DGEJ",
        "Délégation générale à l'Emploi des jeunes et à l'Insertion professionnelle",
        "DGEJ",
        "Délégué général à l'Emploi des jeunes",
    ),
]


def found_in(text, meeting="2026-06-04"):
    return directives_in(text, DIRECTORY, "fr", meeting)


def test_a_country_named_by_its_adjective_is_the_texts_own_for_a_shared_ministry():
    found = found_in(
        "Le Conseil a examiné le projet de loi portant statut des collectivités de la République nigérienne.\n\n"
        "Le Ministre de l'Économie et des Finances est chargé de dégager les crédits nécessaires avant le 30 juin."
    )
    assert leads(found) == ["NE-MEF"]


def test_a_delegates_title_goes_on_past_et_to_the_end_of_the_directorys_name():
    found = found_in(
        "Le Délégué général à l'Emploi des jeunes et à l'Insertion professionnelle organisera, avec les chambres "
        "consulaires, un forum de recrutement avant le 30 octobre 2026."
    )
    assert leads(found) == ["NE-DGEJ"]
    assert str(found[0].deadline) == "2026-10-30"


def test_an_order_opened_by_pour_son_application_after_an_adopted_text():
    found = found_in(
        "Le Conseil a adopté le projet de décret fixant les frais de scolarité. Pour sa mise en œuvre, le Ministre de "
        "l'Éducation nationale, en liaison avec le Ministre délégué au Budget, procédera au recensement des "
        "établissements concernés au plus tard le 31 août."
    )
    assert [d.text[:27] for d in found] == ["Pour sa mise en œuvre, le M"]
    assert leads(found) == ["NE-MEN"]
    assert [c.code for c in found[0].coordinating] == ["NE-BUDGET"]


def test_the_agent_of_a_passive_leads_not_the_body_the_sentence_is_about():
    found = found_in(
        "Concernant l'Office des Ports du Niger (OPN), dont les comptes accusent un déficit, une mission de contrôle "
        "sera conduite par l'Inspection Générale d'État. Son rapport sera remis dans un délai de trente jours."
    )
    assert leads(found) == ["NE-IGE"]


def test_a_seasons_campaign_by_its_year_is_a_reference():
    found = found_in(
        "Le Ministre de l'Agriculture veillera à la mise en place des intrants de la campagne cotonnière 2026 dans "
        "les trois régions du fleuve."
    )
    assert leads(found) == ["NE-MAG"]
    assert found[0].references == ["campagne cotonnière 2026"]
