"""Orders in the forms a sixty-sixth batch of Swedish texts written blind showed: a parliamentary committee's terms
of reference whose tasks open on "Kommittén ska ..." or "En parlamentarisk kommitté ska ..." (no unit, a committee
like an investigator); the effects the order accounts for, named first in a passive of their own ("Konsekvenserna
för X ska särskilt redovisas."); a board's decision whose approval of a thing by its adjective and bare noun ("att
godkänna ekonomisk uppföljning"), or proposal to the council, is no part of the order after it; a deadline sentence
on the work's product with no article ("En första bedömning lämnas ... senast ..."); a sentence that only tells with
whom the order is carried out ("Detta ska ske i samråd med ..."); help given to the government offices, the
principal, no partner; a report cited by its number in the SOU series. Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("HX-JU", "Justitiedepartementet", "Regeringskansliet (Justitiedepartementet)"),
    unit("HX-KV", "Kriminalvården", "KV"),
    unit("HX-IN", "Infrastrukturdepartementet", "Regeringskansliet (Infrastrukturdepartementet)"),
    unit("HX-SJV", "Myndigheten för sjötrafikdata", "Myndigheten"),
    unit("HX-KUN", "Kulturnämnden, Granvik kommun", "nämnden"),
    unit("HX-KUF", "Kultur- och fritidsförvaltningen, Granvik kommun", "förvaltningen", "förvaltningschefen"),
    unit("HX-BEF", "Länsstyrelsen i Granvik län, beredskapsenheten", "beredskapsenheten", "beredskapschefen"),
    unit("HX-NAT", "Länsstyrelsen i Granvik län, naturvårdsenheten", "Naturvårdsenheten"),
    unit("HX-INF", "Länsstyrelsen i Granvik län, informationsenheten", "Informationsenheten"),
]


def run(text, meeting="2026-10-08"):
    return directives_in(text, DIRECTORY, "sv", meeting)


TERMS = (
    "Kommittédirektiv\n\nEn kommitté om häktningstider\n\nDir. 2026:91\n\n"
    "Beslut vid regeringssammanträde den 8 oktober 2026\n\n"
    "Sammanfattning\n\n"
    "En parlamentarisk kommitté ska se över reglerna om häktningstider för unga. "
    "Uppdraget ska slutredovisas senast den 30 april 2028.\n\n"
    "Isolering i häkte\n\n"
    "Andelen unga som hålls isolerade har ökat. Kommittén ska kartlägga orsakerna och föreslå hur "
    "isoleringen kan brytas.\n\n"
    "Konsekvensbeskrivningar\n\n"
    "Kommittén ska redovisa förslagens konsekvenser för Kriminalvården och för domstolarna. "
    "Konsekvenserna för barnets rättigheter ska särskilt belysas.\n"
)


def test_a_committee_charged_by_its_terms_of_reference_is_an_order_with_no_lead():
    found = run(TERMS)
    starts = [d.text[:30] for d in found]
    assert "En parlamentarisk kommitté ska" in starts
    assert "Kommittén ska kartlägga orsake" in starts
    (first,) = [d for d in found if d.text.startswith("En parlamentarisk")]
    assert first.lead is None
    assert str(first.deadline) == "2028-04-30"


def test_the_effects_named_first_in_a_passive_stay_with_the_order_that_accounts_for_them():
    (order,) = [d for d in run(TERMS) if "förslagens konsekvenser" in d.text]
    assert order.text.endswith("Konsekvenserna för barnets rättigheter ska särskilt belysas")
    assert not [d for d in run(TERMS) if d.text.startswith("Konsekvenserna")]


MINUTES = (
    "GRANVIK KOMMUN\nKulturnämnden\nSammanträdesdatum 2026-10-08\n\n"
    "§ 12  Delårsrapport augusti 2026\n"
    "Förvaltningen redovisar utfallet.\n"
    "Beslut\n"
    "Kulturnämnden beslutar\n"
    "att godkänna ekonomisk rapport per augusti 2026,\n"
    "att ge förvaltningschefen i uppdrag att ta fram en plan för biblioteken till nämndens sammanträde den "
    "10 december 2026.\n\n"
    "§ 13  Taxor för kulturskolan\n"
    "Beslut\n"
    "Kulturnämnden beslutar\n"
    "att föreslå kommunfullmäktige att anta nya taxor för kulturskolan,\n"
    "att förvaltningen ges i uppdrag att informera eleverna om taxorna.\n"
)


def test_an_approval_of_a_bare_noun_is_no_part_of_the_order_after_it():
    (order,) = [d for d in run(MINUTES) if "biblioteken" in d.text]
    assert order.text.startswith("att ge förvaltningschefen")
    assert str(order.deadline) == "2026-12-10"


def test_a_proposal_to_the_council_is_no_part_of_the_order_after_it():
    (order,) = [d for d in run(MINUTES) if "eleverna" in d.text]
    assert order.text.startswith("att förvaltningen ges i uppdrag")
    assert leads([order]) == ["HX-KUF"]


COUNTY = (
    "Beslut\nLänsstyrelsen beslutar följande.\n\n"
    "1. Naturvårdsenheten ska följa upp hur strandskyddet tillämpas i skärgården. En samlad bedömning lämnas "
    "till beredskapschefen senast den 20 november 2026.\n\n"
    "2. Informationsenheten ansvarar för att besöksinformationen uppdateras på webbplatsen. Detta ska ske i "
    "samråd med turistföreningarna i länet.\n"
)


def test_a_deadline_sentence_on_the_product_with_no_article_joins_the_order():
    (order,) = [d for d in run(COUNTY) if "strandskyddet" in d.text]
    assert leads([order]) == ["HX-NAT"]
    assert str(order.deadline) == "2026-11-20"
    assert order.text.endswith("senast den 20 november 2026")


def test_a_sentence_that_only_tells_with_whom_the_order_is_done_joins_it():
    (order,) = [d for d in run(COUNTY) if "besöksinformationen" in d.text]
    assert order.text.endswith("Detta ska ske i samråd med turistföreningarna i länet")


LETTER = (
    "Regleringsbrev för budgetåret 2027 avseende Myndigheten för sjötrafikdata\n\n"
    "2 Uppdrag\n\n"
    "1. Stöd i internationella förhandlingar\n"
    "Myndigheten ska på begäran bistå Regeringskansliet (Infrastrukturdepartementet) med underlag inför "
    "förhandlingarna i IMO.\n\n"
    "2. Kriminalvårdens transporter\n"
    "Myndigheten ska beakta slutsatserna i betänkandet Säkrare transporter till sjöss (SOU 2025:33) och "
    "redovisa sina åtgärder senast den 15 mars 2027.\n"
)


def test_help_given_to_the_government_offices_makes_them_no_partner():
    (order,) = [d for d in run(LETTER) if "bistå" in d.text]
    assert leads([order]) == ["HX-SJV"]
    assert codes(order.coordinating) == []


def test_a_report_cited_by_its_number_in_the_sou_series_is_a_reference():
    (order,) = [d for d in run(LETTER) if "slutsatserna" in d.text]
    assert order.references == ["betänkandet Säkrare transporter till sjöss (SOU 2025:33)"]
