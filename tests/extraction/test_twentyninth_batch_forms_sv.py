"""Orders in the forms a twenty-ninth batch of Swedish texts written blind showed: a head's title in a directory kept
for several municipalities and a region, read as the unit of the text's own territory ("säkerhetschefen" of a
"Säkerhets- och krisenheten", "IT-direktören" of the IT-avdelningen, no other territory's central
administration for "regiondirektören"); a memo's action list whose rows name a person after "Ansvarig:" (the unit the
action names leads), run over a few sentences, and give their date after "Klart:" on the same line; the Finnish
government's order in its Swedish ("Statsrådet har i dag ålagt X att ...", "Dessutom ålade statsrådet X att ...");
the subject after the verb past an opening phrase ("Enligt beslutet ska X ...") and the year's end ("före årets
slut"); a story's subheading that announces the order the paragraph under it tells; the product of the order ready by
a date with its determiner ("De nya X ska vara i drift senast ..."); a period's end ("under tiden 1 oktober–5
november"); the meeting's own day ("under dagen"); "by then" after the next meeting's date ("till dess"); how long the
order's measures hold ("Åtgärderna gäller till dess att ..."); a matter sent back to a unit "som ska" do more; and a
helper named after its owner's genitive ("i samråd med kommunens ekonomienhet"), or in the sentence that joins the
order ("Programmet ska beredas i samarbete med Y, och det ska vara färdigt ..."). Texts and directory written for these
tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("AK-SAK", "Säkerhets- och krisenheten, Alby kommun", "Säkerhets- och krisenheten"),
    unit("AK-KLK", "Kommunledningskontoret, Alby kommun", "Kommunledningskontoret"),
    unit("AK-SOC", "Socialförvaltningen, Alby kommun", "Socialförvaltningen"),
    unit("AK-UTB", "Utbildningsförvaltningen, Alby kommun", "Utbildningsförvaltningen"),
    unit("AK-TEK", "Tekniska förvaltningen, Alby kommun", "Tekniska förvaltningen"),
    unit("AK-EKO", "Ekonomienheten, Kommunledningskontoret, Alby kommun", "Ekonomienheten"),
    unit("AK-VAB", "Alby Vatten AB", "Alby Vatten"),
    unit("AK-KOM", "Kommunikationsavdelningen, Alby kommun", "Kommunikationsavdelningen"),
    unit("RF-SAK", "Säkerhetsenheten, Region Fjällmark", "Säkerhetsenheten"),
    unit("RF-IT", "IT-avdelningen, Region Fjällmark", "IT-avdelningen"),
    unit("RF-HR", "HR-avdelningen, Region Fjällmark", "HR-avdelningen"),
    unit("RF-KOM", "Kommunikationsavdelningen, Region Fjällmark"),
    unit("RF-EKO", "Ekonomiavdelningen, Region Fjällmark", "Ekonomiavdelningen"),
    unit("RF-HSF", "Hälso- och sjukvårdsförvaltningen, Region Fjällmark", "Hälso- och sjukvårdsförvaltningen"),
    unit("FI-UKM", "Undervisnings- och kulturministeriet", "UKM"),
    unit("FI-KM", "Kommunikationsministeriet", "KM"),
    unit("FI-ANM", "Arbets- och näringsministeriet", "ANM"),
    unit("FI-TRF", "Transport- och kommunikationsverket", "Traficom"),
]


def run(text, meeting="2026-03-10"):
    return directives_in(text, DIRECTORY, "sv", meeting)


ALBY = "ALBY KOMMUN\nPROTOKOLL\nKrisledningsnämnden\nSammanträdesdatum 2026-03-10\n\n"
FJALLMARK = "Region Fjällmark\nMINNESANTECKNINGAR\nLedningsgruppen\n\nDatum: 2026-03-10\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Säkerhetschefen ska senast den 20 mars redovisa en plan för reservkraft.",
        "Säkerhetschefen får i uppdrag att ta fram en plan för reservkraft.",
        "Nämnden uppdrar åt säkerhetschefen att ta fram en plan för reservkraft.",
    ],
)
def test_a_heads_title_is_the_unit_of_the_texts_own_territory(sentence):
    text = ALBY + "§ 4 Reservkraft\n\nBeslut\n" + sentence + "\n"
    assert leads(run(text)) == ["AK-SAK"]


@pytest.mark.parametrize(
    ("row", "lead"),
    [
        ("Rutinen för behörigheter ses över. Ansvarig: IT-direktören. Klart: 30 april.", "RF-IT"),
        ("Rutinen för behörigheter ses över. Ansvarig: IT-chefen. Klart: 30 april.", "RF-IT"),
        ("Intranätet ses över. Ansvarig: kommunikationsdirektören. Klart: 30 april.", "RF-KOM"),
    ],
)
def test_a_directors_title_is_the_department_of_the_regions_own(row, lead):
    text = FJALLMARK + "Åtgärder\n" + row + "\n"
    assert leads(run(text)) == [lead]


def test_the_regions_director_is_no_central_administration_of_a_municipality():
    text = (
        "Region Fjällmark\nMINNESANTECKNINGAR\nLedningsgruppen\n\n"
        "Regiondirektören får i uppdrag att se över lokalbehovet i regionens hus.\n"
    )
    assert leads(run(text)) == [None]


@pytest.mark.parametrize(
    ("row", "lead", "deadline"),
    [
        (
            "Inför nästa möte tar ekonomiavdelningen fram en prognos. Ansvarig: Lisa Berg. Klart: 24 april.",
            "RF-EKO",
            "2026-04-24",
        ),
        (
            "HR-avdelningen utreder en gemensam vikariepool. Ansvarig: Ove Lund. Klart: 15 maj.",
            "RF-HR",
            "2026-05-15",
        ),
        (
            "Kommunikationsavdelningen uppdaterar intranätets startsida. Ansvarig: Anna Ek. Klart: 2 juni.",
            "RF-KOM",
            "2026-06-02",
        ),
    ],
)
def test_an_action_rows_person_and_its_date_on_the_same_line(row, lead, deadline):
    text = FJALLMARK + "Åtgärder\n" + row + "\n\nNästa möte: 7 april 2026.\n"
    (directive,) = run(text)
    assert directive.lead.code == lead
    assert str(directive.deadline) == deadline


@pytest.mark.parametrize(
    "second",
    [
        "Underlaget tas fram i samråd med hälso- och sjukvårdsförvaltningen.",
        "Arbetet sker tillsammans med hälso- och sjukvårdsförvaltningen.",
    ],
)
def test_an_action_row_of_a_few_sentences_opens_on_its_unit(second):
    text = (
        FJALLMARK
        + "Åtgärder\n"
        + "HR-avdelningen tar fram ett förslag till ny bemanningsmodell för nattetid. "
        + second
        + " Ansvarig: Ove Lund. Klart: 15 maj.\n"
    )
    (directive,) = run(text)
    assert directive.text.startswith("HR-avdelningen tar fram")
    assert directive.lead.code == "RF-HR"
    assert [d.code for d in directive.coordinating] == ["RF-HSF"]
    assert str(directive.deadline) == "2026-05-15"


FINLAND = "Undervisnings- och kulturministeriet\nPressmeddelande 10.3.2026 10.00\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Statsrådet har vid sitt sammanträde i dag ålagt kommunikationsministeriet att utreda nattågstrafiken.",
        "Statsrådet har i dag ålagt kommunikationsministeriet att utreda nattågstrafiken.",
        "Samtidigt ålade statsrådet kommunikationsministeriet att utreda nattågstrafiken.",
        "Vidare ålade statsrådet kommunikationsministeriet att utreda nattågstrafiken.",
    ],
)
def test_the_finnish_governments_order_in_its_swedish(sentence):
    text = FINLAND + "Skolornas digitala läromedel ska förbättras.\n\n" + sentence + "\n"
    assert leads(run(text)) == ["FI-KM"]


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("Enligt beslutet ska arbets- och näringsministeriet före årets slut uppdatera sin prognos.", "2026-12-31"),
        ("Enligt uppdraget ska arbets- och näringsministeriet före årets slut uppdatera sin prognos.", "2026-12-31"),
        (
            "Enligt regeringens beslut ska arbets- och näringsministeriet senast den 1 juni uppdatera sin prognos.",
            "2026-06-01",
        ),
    ],
)
def test_the_subject_after_the_verb_past_as_the_decision_says(sentence, deadline):
    text = FINLAND + sentence + "\n"
    (directive,) = run(text)
    assert directive.lead.code == "FI-ANM"
    assert str(directive.deadline) == deadline


@pytest.mark.parametrize(
    "heading",
    ["Kommunikationsministeriet ska kartlägga nattågen", "Kommunikationsministeriet ska utreda nattågstrafiken"],
)
def test_a_subheading_that_announces_the_order_below_it(heading):
    text = (
        FINLAND
        + "Statsrådet har i dag ålagt undervisnings- och kulturministeriet att förnya läromedelsstödet.\n\n"
        + heading
        + "\n\nDessutom ålade statsrådet kommunikationsministeriet att utreda hur nattågen kan utökas. "
        "Utredningen ska överlämnas senast 30.9.2026.\n"
    )
    directives = run(text)
    assert leads(directives) == ["FI-UKM", "FI-KM"]
    assert str(directives[1].deadline) == "2026-09-30"


@pytest.mark.parametrize(
    "product",
    [
        "De nya mätstationerna ska vara i drift senast fredag den 20 mars.",
        "Den nya mätstationen ska vara klar senast den 20 mars.",
        "Dessa mätstationer ska vara i gång senast den 20 mars.",
    ],
)
def test_the_product_with_its_determiner_ready_by_a_date(product):
    text = ALBY + "Beslut\nAlby Vatten AB får i uppdrag att sätta upp fler mätstationer i nätet. " + product + "\n"
    (directive,) = run(text)
    assert directive.text.endswith("20 mars")
    assert str(directive.deadline) == "2026-03-20"


@pytest.mark.parametrize(
    ("period", "deadline"),
    [
        ("under tiden 1 april–15 maj 2026", "2026-05-15"),
        ("under perioden 6 april - 30 april", "2026-04-30"),
    ],
)
def test_a_periods_end_is_the_deadline(period, deadline):
    text = ALBY + "Beslut\nTekniska förvaltningen ska ställa ut förslaget " + period + ".\n"
    (directive,) = run(text)
    assert str(directive.deadline) == deadline


@pytest.mark.parametrize(
    "when",
    ["under dagen", "senare i dag", "under eftermiddagen", "före dagens slut"],
)
def test_the_meetings_own_day(when):
    text = ALBY + "Beslut\nSocialförvaltningen ska " + when + " ringa upp samtliga hemtjänsttagare i området.\n"
    (directive,) = run(text)
    assert str(directive.deadline) == "2026-03-10"


@pytest.mark.parametrize(
    "next_meeting",
    [
        "Krisledningsnämnden sammanträder nästa gång torsdag den 12 mars kl. 08.00.",
        "Nästa sammanträde: torsdag den 12 mars 2026.",
    ],
)
def test_by_then_after_the_next_meetings_date(next_meeting):
    text = (
        ALBY
        + "§ 9 Nästa sammanträde\n\n"
        + next_meeting
        + " Socialförvaltningen får i uppdrag att till dess sammanställa behovet av extra personal.\n"
        # "till dess att": until something happens, no date
        + "\nBeslut\nUtbildningsförvaltningen ska dela ut flaskvatten till dess att läget har normaliserats.\n"
    )
    directives = run(text)
    assert leads(directives) == ["AK-SOC", "AK-UTB"]
    assert [str(d.deadline) for d in directives] == ["2026-03-12", "None"]


@pytest.mark.parametrize(
    "lasts",
    [
        "Åtgärderna gäller till dess att vattnet är friskförklarat.",
        "Insatserna gäller tills vidare.",
        "De extra åtgärderna ska gälla så länge kokningsrekommendationen består.",
    ],
)
def test_how_long_the_orders_measures_hold_is_part_of_it(lasts):
    text = (
        ALBY + "Beslut\nUtbildningsförvaltningen ska ordna flaskvatten till skolorna, och socialförvaltningen ska göra "
        "detsamma för äldreboendena. " + lasts + "\n"
    )
    directives = run(text)
    assert leads(directives) == ["AK-UTB", "AK-SOC"]
    assert directives[1].text.endswith(lasts.rstrip("."))


@pytest.mark.parametrize(
    "clause",
    [
        "som ska komplettera underlaget med en kostnadsberäkning",
        "som ska utreda alternativa placeringar",
        "som ska återkomma med ett nytt förslag",
    ],
)
def test_a_matter_sent_back_to_a_unit_that_is_to_do_more(clause):
    text = (
        ALBY
        + "§ 7 Ny återvinningscentral\n\nBeslut\nÄrendet återremitteras till tekniska förvaltningen, "
        + clause
        + ".\n"
    )
    assert leads(run(text)) == ["AK-TEK"]


@pytest.mark.parametrize(
    ("helper", "code"),
    [
        ("stadshusets ekonomienhet", "AK-EKO"),
        ("kommunens ekonomienhet", "AK-EKO"),
        ("koncernens ekonomienhet", "AK-EKO"),
    ],
)
def test_a_helper_named_after_its_owners_genitive(helper, code):
    text = (
        ALBY + "Beslut\nSocialförvaltningen får i uppdrag att, i samråd med " + helper + ", ta fram en åtgärdsplan.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "AK-SOC"
    assert [d.code for d in directive.coordinating] == [code]


@pytest.mark.parametrize(
    "joined",
    [
        "Programmet ska beredas i samarbete med kommunikationsministeriet, och det ska vara färdigt före utgången av "
        "juni 2026.",
        "Programmet ska utarbetas tillsammans med kommunikationsministeriet, och det ska vara klart senast den 30 juni "
        "2026.",
        "Planen ska beredas i samverkan med kommunikationsministeriet och ska vara färdig före utgången av juni 2026.",
    ],
)
def test_the_helpers_of_the_sentence_that_joins_the_order(joined):
    text = (
        FINLAND
        + "Statsrådet har i dag ålagt undervisnings- och kulturministeriet att ta fram ett program för skolorna. "
        + joined
        + "\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "FI-UKM"
    assert [d.code for d in directive.coordinating] == ["FI-KM"]
    assert str(directive.deadline) == "2026-06-30"
