"""Orders in the forms a thirty-fifth batch of French texts written blind showed: "ce dernier" as the addressee with
an adverb before the participle ("Il a donc instruit ce dernier de ..."); a bare "au ministre" after a minister's
report, in a directory where another administration's minister goes by the bare title; "Il lui a en outre été
demandé de ...", and the product of the order to reach a body by a date ("Ce plan devra parvenir ..."); a Québec
council's resolution with who moved and seconded it ("Il est proposé par ..., appuyé par ..., et résolu que le
Service X soit mandaté pour ..."), its clause with an aside before the verb, a sitting of a month as its deadline and
the by-law it cites by its number; a communiqué's aim before its unit ("Pour accompagner ..., le ministère X ...") and
a second unit with its own future after "et"; the prefects of two départements under one plural title; a circular
to be sent, its sender the unit given the order before. Texts and directories written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

UNITS = [
    unit("KB-PRIM", "Primature", "Premier Ministre"),
    unit("KB-ROUTES", "Ministère des Routes et des Ouvrages d'art", "Ministre des Routes"),
    unit("KB-PECHE", "Ministère de la Pêche et de l'Aquaculture", "Ministre de la Pêche"),
    unit("KB-COMMERCE", "Ministère du Commerce", "Ministre du Commerce"),
    unit("KB-SGG", "Secrétariat général du Gouvernement", "SGG"),
    # another administration's units, in the same directory: a ministry whose own releases say "la ministre"
    unit("OT-MIN", "Ministère de la Mer et du Littoral", "la ministre", "Cabinet de la ministre"),
    unit("OT-DGCL", "Direction générale des collectivités locales", "DGCL"),
    unit("OT-PREF-SO", "Préfecture de la Somme", "préfet de la Somme"),
    unit("OT-PREF-OI", "Préfecture de l'Oise", "préfet de l'Oise"),
    unit("OT-MAGRI", "Ministère de l'Agriculture", "ministère chargé de l'Agriculture"),
    unit("OT-MECO", "Ministère de l'Économie", "ministère chargé de l'Économie"),
    unit("OT-OFB", "Office français de la biodiversité", "OFB"),
    unit("OT-DDT", "Direction départementale des territoires", "DDT"),
]

_COUNCIL = (
    "COMPTE RENDU DU CONSEIL DES MINISTRES DU MERCREDI 6 MAI 2026\n\n"
    "Le Ministre de la Pêche et de l'Aquaculture a fait le point de la campagne. Le Ministre du Commerce a présenté "
    "l'état des stocks.\n\n"
)


def council(text, units=UNITS):
    return directives_in(_COUNCIL + text, units, "fr", "2026-05-06")


@pytest.mark.parametrize("adverb", ["donc", "par conséquent", "également"])
def test_the_one_named_before_as_this_latter_past_an_adverb(adverb):
    text = (
        "Le Président a relevé que la réfection du pont de Dabo, confiée au Ministre des Routes et des Ouvrages "
        f"d'art en janvier 2026, accuse un retard. Il a {adverb} chargé ce dernier de lui soumettre un calendrier "
        "révisé avant le 30 mai 2026.\n"
    )
    directives = council(text)
    assert leads(directives) == ["KB-ROUTES"]
    assert str(directives[0].deadline) == "2026-05-30"


def test_a_bare_minister_after_his_report_is_not_another_administrations_minister():
    text = (
        "Le Ministre du Commerce a rendu compte de la hausse des prix du riz. À l'issue des échanges, le Président de "
        "la République a demandé au ministre de transmettre au Secrétariat général du Gouvernement, avant le 20 mai "
        "2026, un plan de régulation des marges.\n"
    )
    directives = council(text)
    assert leads(directives) == ["KB-COMMERCE"]


def test_a_bare_minister_after_his_report_with_no_such_alias():
    units = [u for u in UNITS if u.code != "OT-MIN"]
    text = (
        "Le Ministre du Commerce a rendu compte de la hausse des prix du riz. À l'issue des échanges, le Président de "
        "la République a demandé au ministre de transmettre au Secrétariat général du Gouvernement, avant le 20 mai "
        "2026, un plan de régulation des marges.\n"
    )
    directives = council(text, units)
    assert leads(directives) == ["KB-COMMERCE"]


@pytest.mark.parametrize("adverb", ["en outre", "par ailleurs", "également"])
def test_an_impersonal_passive_to_the_one_named_before_past_an_adverb(adverb):
    text = (
        "Le Conseil a instruit le Ministre de la Pêche et de l'Aquaculture de suspendre les licences des chalutiers "
        f"en infraction. Il lui a {adverb} été demandé de présenter au Conseil un plan de contrôle des débarquements. "
        "Ce plan devra parvenir au Secrétariat général du Gouvernement au plus tard le 29 mai 2026.\n"
    )
    directives = council(text)
    assert leads(directives) == ["KB-PECHE", "KB-PECHE"]
    assert directives[1].text.startswith("Il lui a")
    assert directives[1].text.rstrip(".").endswith("29 mai 2026")
    assert str(directives[1].deadline) == "2026-05-29"


_TOWN = [
    unit("VL-TP", "Service des travaux publics", "Travaux publics"),
    unit("VL-URB", "Service de l'aménagement du territoire", "Aménagement"),
    unit("VL-LOISIRS", "Service des sports et du plein air", "Sports"),
    unit("VL-POLICE", "Service de police", "police"),
    unit("VL-GREFFE", "Greffe", "greffière"),
]
_MINUTES = (
    "PROVINCE DE QUÉBEC\nMUNICIPALITÉ DE LAC-AUX-HÉRONS\n\n"
    "PROCÈS-VERBAL de la séance ordinaire du conseil tenue le lundi 11 mai 2026 à 19 h 30.\n\n"
)


def test_a_resolution_after_who_moved_and_seconded_it():
    text = (
        _MINUTES + "2026-05-111 ADOPTION DU PROCÈS-VERBAL\n"
        "Il est proposé par le conseiller Éric Giroux, appuyé par la conseillère Julie Morin, et résolu que le "
        "procès-verbal de la séance du 13 avril 2026 soit adopté.\n"
        "2026-05-112 PLAN D'URBANISME\n"
        "Il est proposé par la conseillère Julie Morin, appuyé par le conseiller Éric Giroux, et résolu à "
        "l'unanimité\nque le Service de l'aménagement du territoire soit mandaté pour mettre à jour le plan "
        "d'urbanisme, et qu'un projet de plan soit déposé au conseil lors de la séance de septembre 2026.\n"
        "ADOPTÉE À L'UNANIMITÉ\n"
    )
    directives = directives_in(text, _TOWN, "fr", "2026-05-11")
    assert leads(directives) == ["VL-URB"]
    assert str(directives[0].deadline) == "2026-09-30"


def test_a_resolution_clause_with_its_helper_in_an_aside():
    text = (
        _MINUTES + "2026-05-114 TOURNOI RÉGIONAL\n"
        "Il est proposé par le conseiller Éric Giroux, appuyé par la conseillère Julie Morin, et résolu :\n"
        "QUE le Service des sports et du plein air, en partenariat avec le Service de police, prépare le plan de "
        "circulation du tournoi et le dépose d'ici le 15 juin;\n"
        "ADOPTÉE À L'UNANIMITÉ\n"
    )
    directives = directives_in(text, _TOWN, "fr", "2026-05-11")
    assert leads(directives) == ["VL-LOISIRS"]
    assert [d.code for d in directives[0].coordinating] == ["VL-POLICE"]
    assert str(directives[0].deadline) == "2026-06-15"


@pytest.mark.parametrize(
    ("cited", "key"),
    [
        ("le règlement de zonage no 318-2021", "règlement de zonage no 318-2021"),
        ("le règlement no 2026-09", "règlement no 2026-09"),
    ],
)
def test_a_bylaw_cited_by_its_number(cited, key):
    text = (
        _MINUTES + "2026-05-115 RÉVISION RÉGLEMENTAIRE\n"
        "Il est proposé par la conseillère Julie Morin, appuyé par le conseiller Éric Giroux, et résolu\n"
        f"QUE le Service de l'aménagement du territoire révise {cited} avant le 30 octobre 2026;\n"
    )
    directives = directives_in(text, _TOWN, "fr", "2026-05-11")
    assert leads(directives) == ["VL-URB"]
    assert directives[0].references == [key]


_RELEASE = (
    "Inondations : réunion du comité de suivi\n\nCommuniqué de presse\n\n"
    "La ministre de la Mer et du Littoral a réuni ce mardi 12 mai 2026 le comité de suivi des inondations. "
    "Plusieurs mesures ont été arrêtées.\n\n"
)


def release(text):
    return directives_in(_RELEASE + text, UNITS, "fr", "2026-05-12")


@pytest.mark.parametrize("aim", ["Pour soutenir les éleveurs sinistrés", "Afin d'aider les éleveurs sinistrés"])
def test_the_aim_before_the_unit_and_a_second_unit_with_its_own_future(aim):
    text = (
        f"{aim}, le ministère de l'Agriculture ouvrira une cellule d'écoute et le ministère de l'Économie étudiera "
        "d'ici au 30 juin le report des cotisations des exploitants. L'OFB et la DDT renforceront les contrôles des "
        "prélèvements d'ici au 31 mai.\n"
    )
    directives = release(text)
    # (two units and one verb: one order, the second unit helps)
    assert leads(directives) == ["OT-MAGRI", "OT-MECO", "OT-OFB"]
    assert [[d.code for d in x.coordinating] for x in directives] == [[], [], ["OT-DDT"]]
    assert directives[0].deadline is None
    assert str(directives[1].deadline) == "2026-06-30"


@pytest.mark.parametrize("places", ["de la Somme et de l'Oise"])
def test_the_prefects_of_two_departements_under_one_plural_title(places):
    text = f"Les préfets {places} devront activer sans délai les plans communaux de sauvegarde.\n"
    directives = release(text)
    assert leads(directives) == ["OT-PREF-SO"]
    assert [d.code for d in directives[0].coordinating] == ["OT-PREF-OI"]


@pytest.mark.parametrize(
    "sent",
    [
        "Une circulaire sera adressée aux maires d'ici au 22 mai.",
        "Des consignes seront également envoyées aux préfets d'ici au 22 mai.",
    ],
)
def test_a_circular_to_be_sent_by_the_unit_given_the_order_before(sent):
    text = f"La DGCL mettra à jour le guide des procédures d'alerte. {sent}\n"
    directives = release(text)
    assert leads(directives) == ["OT-DGCL", "OT-DGCL"]
    assert directives[0].deadline is None
    assert str(directives[1].deadline) == "2026-05-22"
