"""Orders in the forms a forty-fourth batch of Swedish texts written blind showed: terms of reference for a
parliamentary committee whose "Kommittén ska ..." sentences (and the charge "En parlamentariskt sammansatt kommitté
ska ...") are the committee's named in the title, which stays the one meant after another inquiry is named; its
duty to consult as a sentence of its own; its chair ("Ordföranden ska ... redovisa ...") reporting for it; an
investigator who "får därför i uppdrag att ..."; and a government decision to two agencies whose "Myndigheterna ska
samråda med X och Y" keeps X and Y as partners. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

INQUIRIES = [
    unit(
        "JD-KOMM-BR",
        "Parlamentariska kommittén om en robust elförsörjning på landsbygden (Dir. 2026:71)",
        "Elförsörjningskommittén",
        "En parlamentarisk kommitté om en robust elförsörjning på landsbygden",
    ),
    unit("JD-UTR-NÄT", "Utredningen om framtidens elnät (N 2025:07)"),
    unit("JD-UTR-SKOG", "Utredningen om skogsbrukets vägar (LI 2025:03)"),
    unit("JD-EI", "Statens elnätsinspektion", "Elnätsinspektionen"),
    unit("JD-KRF", "Kommun- och regionförbundet"),
    unit("JD-LST", "Länsstyrelsernas samverkansråd"),
    unit("JD-TV", "Statens vägverk"),
    unit("JD-SKS", "Skogsstyrelsen"),
    unit("JD-SKI", "Statens kartinstitut"),
    unit("JD-DEP", "Näringsdepartementet"),
]


def inquiry(text, meeting="2026-06-11"):
    return directives_in(text, INQUIRIES, "sv", meeting)


COMMITTEE_TERMS = (
    "Kommittédirektiv\n\n"
    "En parlamentarisk kommitté om en robust elförsörjning på landsbygden\n\n"
    "Dir. 2026:71\n\n"
    "Beslut vid regeringssammanträde den 11 juni 2026\n\n"
    "Sammanfattning\n\n"
    "En parlamentariskt sammansatt kommitté ska utreda hur leveranssäkerheten i elnäten på landsbygden kan "
    "stärkas vid långvariga avbrott. Kommittén ska bl.a.\n"
    "• kartlägga vilka områden som drabbats av de längsta avbrotten,\n"
    "• lämna förslag till skärpta krav på nätägarna.\n"
    "Uppdraget ska redovisas senast den 15 mars 2028.\n\n"
    "Bakgrund\n\n"
    "Under stormen i januari 2026 var omkring 40 000 hushåll utan ström i mer än tre dygn.\n\n"
    "Kontakter och redovisning av uppdraget\n\n"
    "Kommittén ska följa arbetet i Utredningen om framtidens elnät (N 2025:07). "
    "Kommittén ska samråda med Statens elnätsinspektion och Kommun- och regionförbundet.\n\n"
    "Ordföranden ska senast den 1 december 2026 lämna en muntlig lägesrapport till Regeringskansliet "
    "(Näringsdepartementet). Uppdraget ska slutredovisas senast den 15 mars 2028.\n\n"
    "(Näringsdepartementet)\n"
)


def test_kommitten_of_terms_of_reference_is_the_committee_named_in_the_title():
    found = inquiry(COMMITTEE_TERMS)
    assert found[0].text.startswith("En parlamentariskt sammansatt kommitté ska utreda")
    assert found[1].text.startswith("Kommittén ska bl.a.")
    assert leads(found[:2]) == ["JD-KOMM-BR", "JD-KOMM-BR"]


def test_the_committee_stays_the_one_meant_after_another_inquiry_is_named_and_consults_on_its_own():
    found = inquiry(COMMITTEE_TERMS)
    consults = [d for d in found if d.text.startswith("Kommittén ska samråda")]
    assert len(consults) == 1, [d.text for d in found]
    assert consults[0].lead.code == "JD-KOMM-BR"
    assert sorted(c.code for c in consults[0].coordinating) == ["JD-EI", "JD-KRF"]
    assert "Ordföranden" not in consults[0].text


def test_the_committee_s_chair_reports_for_the_committee():
    found = inquiry(COMMITTEE_TERMS)
    chair = [d for d in found if d.text.startswith("Ordföranden ska")]
    assert len(chair) == 1, [d.text for d in found]
    assert chair[0].lead.code == "JD-KOMM-BR"
    assert str(chair[0].deadline) == "2028-03-15"


def test_an_investigator_who_therefore_is_given_the_assignment_leads_it():
    text = (
        "Kommittédirektiv\n\n"
        "Tilläggsdirektiv till Utredningen om skogsbrukets vägar (LI 2025:03)\n\n"
        "Dir. 2026:80\n\n"
        "Beslut vid regeringssammanträde den 2 juli 2026\n\n"
        "Behovet av ett tilläggsuppdrag\n\n"
        "Många enskilda vägar har skadats av tung trafik efter stormfällningarna. "
        "Utredaren får därför i uppdrag att också\n"
        "• kartlägga underhållsbehovet på de enskilda skogsbilvägarna,\n"
        "• lämna förslag till en ny modell för statligt driftbidrag.\n"
        "Utredningstiden förlängs. Uppdraget ska i stället slutredovisas senast den 30 september 2027.\n"
    )
    found = inquiry(text, "2026-07-02")
    assert leads(found) == ["JD-UTR-SKOG"]
    assert str(found[0].deadline) == "2027-09-30"


def test_two_agencies_named_together_keep_the_partners_they_consult():
    text = (
        "Regeringsbeslut\n2026-08-20\nNäringsdepartementet\n\n"
        "Uppdrag att ta fram en gemensam lägesbild över vägnätets bärighet\n\n"
        "Regeringens beslut\n\n"
        "Regeringen uppdrar åt Statens vägverk att kartlägga vägar med nedsatt bärighet i skogslänen.\n\n"
        "Regeringen uppdrar också åt Statens kartinstitut att publicera kartläggningen i en öppen karttjänst.\n\n"
        "Myndigheterna ska samråda med Skogsstyrelsen och Länsstyrelsernas samverkansråd. Uppdraget ska "
        "redovisas till Regeringskansliet (Näringsdepartementet) senast den 31 maj 2027.\n"
    )
    found = directives_in(text, INQUIRIES, "sv", "2026-08-20")
    consult = [d for d in found if d.text.startswith("Myndigheterna ska samråda")]
    assert len(consult) == 1, [d.text for d in found]
    assert consult[0].lead.code == "JD-TV"
    assert {c.code for c in consult[0].coordinating} == {"JD-SKI", "JD-SKS", "JD-LST"}


def test_a_plan_cited_by_its_title_and_period_is_a_reference():
    text = (
        "§ 88 Cykelvägar i centrum\n"
        "Beslut\n"
        "Tekniska nämnden ger förvaltningen i uppdrag att prioritera om investeringarna i "
        "Plan för gång- och cykeltrafik 2025–2029 så att skolvägarna byggs ut först.\n\n"
        "§ 89 Klimatanpassning\n"
        "Beslut\n"
        "Kommunstyrelsen uppdrar åt tekniska nämnden att inventera översvämningsrisker utifrån de scenarier "
        "som redovisas i Regional plan för klimatanpassning 2024–2030.\n"
    )
    found = directives_in(
        text, [unit("LV-TN", "Tekniska nämnden"), unit("LV-KS", "Kommunstyrelsen")], "sv", "2026-03-02"
    )
    assert [d.references for d in found] == [
        ["Plan för gång- och cykeltrafik 2025–2029"],
        ["Regional plan för klimatanpassning 2024–2030"],
    ]


def test_the_chair_of_the_body_whose_protocol_it_is_acts_for_that_body():
    text = (
        "ÅSBYDALS KOMMUN\nPROTOKOLL\nKultur- och fritidsnämnden\nSammanträdesdatum 2026-09-22\n\n"
        "§ 64 Idrottshallen i Norrby\n"
        "Dnr KFN 2026/033\n"
        "Föreningarna har framfört att hallen är fullbokad på kvällstid.\n"
        "Beslut\n"
        "1. Kultur- och fritidsförvaltningen får i uppdrag att se över tidsfördelningen i hallen.\n"
        "2. Ordföranden får i uppdrag att tillsammans med förvaltningschefen bjuda in föreningarna till "
        "en dialog om bokningsreglerna.\n"
    )
    found = directives_in(
        text,
        [
            unit("AD-KFN", "Kultur- och fritidsnämnden, Åsbydals kommun", "Kultur- och fritidsnämnden"),
            unit("AD-KFF", "Kultur- och fritidsförvaltningen, Åsbydals kommun", "Kultur- och fritidsförvaltningen"),
        ],
        "sv",
        "2026-09-22",
    )
    assert leads(found) == ["AD-KFF", "AD-KFN"]
