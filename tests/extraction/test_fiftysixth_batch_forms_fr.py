"""Orders in the forms a fifty-sixth batch of French texts written blind showed, in a news report of a minister's
working meeting: a demand in the subjunctive "a exigé que chacun d'entre eux ..." (each of a group, no lead); a
passive order with an aside between "a" and "été" ("a, quant à elle, été invitée à"); an order told after its source
("D'après l'Inspection, la direction X est invitée à ..."), the source no lead; a mission entrusted with "une" ("a
confié au Conseil X une mission sur ..."); an article of a code whose name joins two fields with "et". Texts and
directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("VR-TRANS", "Ministère des Transports de Verlanne", "ministère des Transports", "Transports"),
    unit("VR-ASN", "Agence de sûreté de la navigation aérienne", "ASNA"),
    unit("VR-DGAC", "Direction générale de l'aviation civile", "DGAC"),
    unit("VR-GEND", "Gendarmerie des transports aériens", "gendarmerie des transports aériens"),
    unit("VR-IGT", "Inspection générale des transports", "Inspection générale des transports", "IGT"),
    unit("VR-CHAMBRE", "Chambre régionale des comptes", "chambre régionale des comptes"),
]


def found_in(text, meeting="2026-05-12"):
    return directives_in(text, DIRECTORY, "fr", meeting)


def test_a_demand_in_the_subjunctive_to_each_of_a_group_has_no_lead():
    text = (
        "La semaine dernière, le ministre avait saisi l'Inspection générale des transports. Ce mardi, il a reçu les "
        "compagnies aériennes. Il a par ailleurs exigé que chacune d'entre elles nomme, sous dix jours, un "
        "correspondant chargé des passagers bloqués."
    )
    found = found_in(text)
    assert len(found) == 1
    assert found[0].text.startswith("Il a par ailleurs exigé")
    assert leads(found) == [None]
    assert str(found[0].deadline) == "2026-05-22"


def test_a_passive_order_with_an_aside_between_a_and_ete():
    text = (
        "Le ministre a présidé une réunion sur les retards du contrôle aérien. L'ASNA a, pour sa part, été chargée "
        "de remettre avant le 30 juin un plan de renfort des effectifs."
    )
    found = found_in(text)
    assert leads(found) == ["VR-ASN"]
    assert str(found[0].deadline) == "2026-06-30"


def test_the_source_that_tells_the_order_is_no_lead():
    text = (
        "Le ministre a réuni les aéroports régionaux. D'après l'Inspection générale des transports, la DGAC est "
        "invitée, en lien avec la gendarmerie des transports aériens, à tester les nouveaux portiques avant la fin "
        "de l'été."
    )
    found = found_in(text)
    assert leads(found) == ["VR-DGAC"]
    assert [c.code for c in found[0].coordinating] == ["VR-GEND"]


def test_a_mission_entrusted_with_une_to_the_unit_named_after_the_verb():
    text = (
        "Le ministre a rencontré les élus du littoral. Il a ensuite confié à la chambre régionale des comptes une "
        "étude sur le coût des liaisons maritimes subventionnées."
    )
    found = found_in(text)
    assert leads(found) == ["VR-CHAMBRE"]


def test_an_article_of_a_code_named_by_two_fields():
    text = (
        "La DGAC est chargée de vérifier, d'ici au 15 septembre, le respect de l'article R. 421-3 du code de la "
        "construction et de l'habitation par les nouvelles aérogares."
    )
    found = found_in(text)
    assert [r.lower() for r in found[0].references] == [
        "article r. 421-3 du code de la construction et de l'habitation"
    ]
