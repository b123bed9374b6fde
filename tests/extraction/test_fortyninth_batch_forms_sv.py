"""Orders in the forms a forty-ninth batch of Swedish texts written blind showed: a Finland-Swedish protocol's
"Förslag:" that the paragraph's "Beslut:" sent back or tabled (no order), and the decision's own order after it;
urgings of restraint or of keeping things as they are ("uppmanar X att iaktta återhållsamhet", "att vara
restriktiva", "att bibehålla nuvarande ..."), no task; a decision's next "att"-clause in which the unit, named again
by its kind, comes back with what the clause before makes ("att förvaltningen får i uppdrag att återkomma med
utredningen senast ..."), part of that order; a government assignment's "I uppdraget ingår att" with its dashed list,
part of the assignment with its report-back; an inquiry's "ska inte heller överväga ...", a scope statement; and
references cited as "EU:s omarbetade X-direktiv" and by a compound title with its period ("Klimatstrategi för Y
2024–2030"). Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

SKARBY = [
    unit("SK-KS", "Kommunstyrelsen, Skärby kommun", "Kommunstyrelsen"),
    unit("SK-BILD", "Bildningssektorn", "sektorn för bildning"),
    unit("SK-TEK", "Tekniska sektorn", "sektorn för teknik"),
    unit("SK-EKO", "Ekonomienheten", "Ekonomichefen"),
    unit("SK-VO", "Välfärdsområdet Sydkusten", "välfärdsområdet"),
]
SKARBY_HEAD = (
    "SKÄRBY KOMMUN            PROTOKOLL 7/2026\nKommunstyrelsen\n\n"
    "Tid   14.4.2026 kl. 17.00–19.15\nPlats   Kommunhuset, styrelserummet\n\n"
)


def test_a_proposal_the_decision_tabled_gives_no_order_but_the_decision_s_own_order_stands():
    text = SKARBY_HEAD + (
        "§ 61 RENOVERING AV SIMHALLEN\n"
        "Simhallens ventilation är i dåligt skick enligt konditionsgranskningen.\n"
        "Förslag: Kommunstyrelsen uppdrar åt tekniska sektorn att begära offerter på en ny\n"
        "ventilationsanläggning och redovisa dem senast 31.8.2026.\n"
        "Behandling: Ledamot Sara Holm föreslog att ärendet bordläggs. Förslaget vann understöd.\n"
        "Beslut: Ärendet bordlades. Tekniska sektorn ska till nästa möte 19.5.2026 ta fram en\n"
        "tidplan för simhallens stängning.\n\n"
        "§ 62 SKOLSKJUTSAR\n"
        "Förslag: Kommunstyrelsen uppdrar åt bildningssektorn att se över skolskjutsreglementet och\n"
        "presentera ett förslag för styrelsen senast 30.9.2026.\n"
        "Beslut: Förslaget godkändes.\n"
    )
    found = directives_in(text, SKARBY, "sv", "2026-04-14")
    assert leads(found) == ["SK-TEK", "SK-BILD"]
    assert found[0].text.startswith("Tekniska sektorn ska till nästa möte")
    assert [str(d.deadline) for d in found] == ["2026-05-19", "2026-09-30"]


def test_a_proposal_the_decision_sent_back_gives_no_order():
    text = SKARBY_HEAD + (
        "§ 63 HAMNOMRÅDETS DETALJPLAN\n"
        "Förslag: Kommunstyrelsen uppdrar åt tekniska sektorn att inleda planarbetet för hamnområdet.\n"
        "Beslut: Styrelsen beslöt efter omröstning att återremittera ärendet.\n\n"
        "§ 64 ÖVRIGA ÄRENDEN\n"
        "Förslag: Kommunstyrelsen antecknar ärendena för kännedom.\n"
        "Beslut: Förslaget godkändes.\n"
    )
    assert directives_in(text, SKARBY, "sv", "2026-04-14") == []


def test_urgings_of_restraint_or_of_keeping_things_as_they_are_give_no_task():
    text = SKARBY_HEAD + (
        "§ 65 BUDGETLÄGET I MARS\n"
        "Förslag: Kommunstyrelsen antecknar rapporten. Styrelsen uppmanar samtliga sektorer att vara\n"
        "restriktiva med vikarieanskaffning och att hålla sig inom budgetramarna. Ekonomichefen ska lämna\n"
        "en reviderad prognos till styrelsen senast 15.5.2026.\n"
        "Beslut: Förslaget godkändes.\n\n"
        "§ 66 YTTRANDE OM JOURVERKSAMHETEN\n"
        "Förslag: Kommunstyrelsen ger yttrande enligt bilaga. Styrelsen uppmanar välfärdsområdet att\n"
        "behålla jourmottagningens nuvarande bemanning under sommaren.\n"
        "Beslut: Förslaget godkändes.\n\n"
        "§ 67 ELEVHEMMETS EKONOMI\n"
        "Förslag: Styrelsen uppmanar bildningssektorn att iaktta återhållsamhet och att senast 30.6.2026\n"
        "redovisa en åtgärdsplan för elevhemmet.\n"
        "Beslut: Förslaget godkändes.\n"
    )
    found = directives_in(text, SKARBY, "sv", "2026-04-14")
    # (an urging that also asks for a report is an order)
    assert leads(found) == ["SK-EKO", "SK-BILD"]
    assert [str(d.deadline) for d in found] == ["2026-05-15", "2026-06-30"]


HOLMA = [
    unit("HO-KS", "Kommunstyrelsen, Holma kommun", "Kommunstyrelsen"),
    unit("HO-KFF", "Kultur- och fritidsförvaltningen"),
    unit("HO-SBF", "Samhällsbyggnadsförvaltningen"),
]


def test_a_clause_in_which_the_unit_comes_back_with_the_clause_before_s_product_is_part_of_that_order():
    text = (
        "HOLMA KOMMUN   SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen   2026-03-10\n\n"
        "§ 31   Dnr KS 2026/0077\nIdrottshall i Västby\n"
        "Beslut\nKommunstyrelsen beslutar\n"
        "att ge kultur- och fritidsförvaltningen i uppdrag att i samverkan med\n"
        "samhällsbyggnadsförvaltningen ta fram en lokalutredning för en ny idrottshall i Västby,\n"
        "att förvaltningen får i uppdrag att återkomma till kommunstyrelsen med lokalutredningen senast\n"
        "den 30 september 2026.\n\n"
        "§ 32   Dnr KS 2026/0080\nLokalförsörjning\n"
        "Beslut\nKommunstyrelsen beslutar\n"
        "att lägga lokalförsörjningsplanen till handlingarna, samt\n"
        "att uppmana alla nämnder att iaktta största återhållsamhet med nya lokalförhyrningar.\n"
    )
    found = directives_in(text, HOLMA, "sv", "2026-03-10")
    assert leads(found) == ["HO-KFF"]
    assert "återkomma till kommunstyrelsen med lokalutredningen" in found[0].text
    assert str(found[0].deadline) == "2026-09-30"


AGENCIES = [
    unit("SE-KVA", "Kustvårdsverket", "KVA"),
    unit("SE-SGV", "Statens geodataverk", "Geodataverket"),
    unit("SE-HVB", "Hamn- och vattenvägsbyrån", "HVB"),
    unit("SE-NDU", "Utredningen om nationell dammsäkerhet (KN 2025:07)", "Utredaren"),
]


def test_what_an_assignment_takes_in_listed_after_it_is_part_of_the_assignment():
    text = (
        "Regeringsbeslut  II:6\n2026-03-05\n\nKlimat- och näringslivsdepartementet\n\n"
        "Uppdrag att kartlägga erosionsrisker längs kusten\n\nRegeringens beslut\n\n"
        "Regeringen ger Kustvårdsverket i uppdrag att kartlägga risken för erosion längs de\n"
        "bebodda delarna av kusten.\n"
        "I uppdraget ingår även att\n"
        "– sammanställa befintliga mätserier över strandlinjens förändring,\n"
        "– bedöma vilka hamnar som löper störst risk, och\n"
        "– föreslå en prioritering av förebyggande åtgärder.\n"
        "Uppdraget ska utföras i samverkan med Statens geodataverk. Uppdraget ska redovisas till\n"
        "Regeringskansliet (Klimat- och näringslivsdepartementet) senast den 1 december 2026.\n\n"
        "Regeringen uppdrar vidare åt Hamn- och vattenvägsbyrån att lämna uppgifter om hamnarnas\n"
        "skyddsanordningar till Kustvårdsverket senast den 15 juni 2026.\n"
    )
    found = directives_in(text, AGENCIES, "sv", "2026-03-05")
    assert leads(found) == ["SE-KVA", "SE-HVB"]
    assert "föreslå en prioritering" in found[0].text
    assert [d.code for d in found[0].coordinating] == ["SE-SGV"]
    assert str(found[0].deadline) == "2026-12-01"


def test_what_an_inquiry_is_not_to_weigh_either_is_no_order_and_an_eu_act_with_an_adjective_is_cited():
    text = (
        "Kommittédirektiv\n\nTilläggsdirektiv till Utredningen om nationell dammsäkerhet (KN 2025:07)\n\n"
        "Dir. 2026:30\n\nBeslut vid regeringssammanträde den 12 mars 2026\n\n"
        "Utredaren ska analysera hur tillsynen över dammar i klass A kan samordnas och följa arbetet med\n"
        "att genomföra EU:s reviderade översvämningsdirektiv.\n\n"
        "Vad som inte ingår i uppdraget\n\n"
        "Utredaren ska inte heller pröva frågan om statligt ägande av dammar, eftersom den\n"
        "behandlas i annan ordning.\n\n"
        "Ändrad tid för redovisning av uppdraget\n\n"
        "Utredningstiden förlängs. Uppdraget ska i stället slutredovisas senast den 15 januari 2027.\n"
    )
    found = directives_in(text, AGENCIES, "sv", "2026-03-12")
    assert not any("pröva frågan om statligt ägande" in d.text for d in found)
    assert "översvämningsdirektiv" in " ".join(found[0].references)
    assert str(found[-1].deadline) == "2027-01-15"
    assert "Utredningstiden" in found[-1].text


def test_a_document_cited_by_a_compound_title_with_its_period_is_a_reference():
    text = (
        "HOLMA KOMMUN   SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen   2026-03-10\n\n"
        "§ 33\nNy klimatstrategi\n"
        "Beslut\n"
        "Kommunstyrelsen ger samhällsbyggnadsförvaltningen i uppdrag att, utifrån uppföljningen av\n"
        "Klimatstrategi för Holma kommun 2021–2025, ta fram en ny strategi för åren 2027–2031.\n"
        "Strategin ska presenteras för kommunstyrelsen senast den 31 oktober 2026.\n"
    )
    found = directives_in(text, HOLMA, "sv", "2026-03-10")
    assert leads(found) == ["HO-SBF"]
    cited = [" ".join(r.split()) for r in found[0].references]
    assert "Klimatstrategi för Holma kommun 2021–2025" in cited
