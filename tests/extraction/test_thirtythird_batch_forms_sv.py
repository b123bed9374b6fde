"""Orders in the forms a thirty-third batch of Swedish texts written blind showed: a directory kept for several
municipalities whose units carry their place ("Socialförvaltningen Ekby"), which a municipality's protocol names
without it (the text's own municipality chooses, as ``directory._own_administration`` does for shared names), also
where "och" and the next unit's name follow ("socialförvaltningen och Ekby Energi AB"); "i dialog med X", a
helper; a protocol's heading alone on its line below a full line ("Beslut"); matters of a kind handled by a unit, a
standing remit; a follow-up list's "Återrapport till kommunstyrelsen <datum>", the order's deadline; a long agency
name with a letter dropped ("Statskontret"); an inquiry's extended time after a duty to consult, a directive of
its own given to the inquiry, with an interim report after it that keeps the final date; a report-back sentence
that the next order does not take up; a protocol's paragraph headed with its body's initials ("KS § 12"), a new
matter; a statute cited by its number ("lagen (2003:778) om skydd mot olyckor"), a reference. Texts and directory
written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    # two municipalities' units, each written with its place; Ekby's first
    unit("EK-KS", "Kommunledningskontoret Ekby"),
    unit("EK-SOC", "Socialförvaltningen Ekby"),
    unit("EK-KFF", "Kultur- och fritidsförvaltningen Ekby"),
    unit("EK-TEK", "Tekniska förvaltningen Ekby"),
    unit("EK-EN", "Ekby Energi AB"),
    unit("LU-BUF", "Barn- och utbildningsförvaltningen", "BUF"),
    unit("LU-SOC", "Socialförvaltningen Lunda"),
    unit("LU-KFF", "Kultur- och fritidsförvaltningen Lunda"),
    unit("LU-TEK", "Tekniska förvaltningen Lunda"),
    unit("LU-GK", "Gatukontoret"),
    # a government's agencies and an inquiry
    unit("GOV-FHM", "Folkhälsomyndigheten"),
    unit("GOV-SKR", "Sveriges Kommuner och Regioner", "SKR"),
    unit("GOV-INQ", "Utredningen om tryggare badplatser (S 2026:04)", "Utredaren"),
]


def run(text, meeting="2026-10-14"):
    return directives_in(text, DIRECTORY, "sv", meeting)


LUNDA = "Lunda kommun\nBarn- och utbildningsnämnden\nPROTOKOLL\nSammanträdesdatum: 2026-10-14\n\n"


def test_units_named_without_their_place_are_the_texts_own_municipalitys():
    text = (
        LUNDA
        + "BUN § 40\nSkolans lokaler på kvällstid\n"
        + "Beslut\nBarn- och utbildningsförvaltningen får i uppdrag att tillsammans med socialförvaltningen och "
        + "kultur- och fritidsförvaltningen ta fram en plan för skolgårdarnas användning på kvällstid.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["LU-BUF"]
    assert sorted(codes(directive.coordinating)) == ["LU-KFF", "LU-SOC"]


def test_a_place_closing_names_is_the_next_units_after_och():
    text = (
        "Ekby kommun\nKommunstyrelsen\nPROTOKOLL\nSammanträdesdatum: 2026-10-14\n\n"
        + "KS § 88\nVärmeplan\nBeslut\nKommunstyrelsen ger tekniska förvaltningen i uppdrag att, i samverkan med "
        + "socialförvaltningen och Ekby Energi AB, ta fram en plan för värmestugor vid långa strömavbrott.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["EK-TEK"]
    assert sorted(codes(directive.coordinating)) == ["EK-EN", "EK-SOC"]


def test_a_unit_in_dialog_with_the_order_helps():
    text = (
        LUNDA
        + "BUN § 41\nSkolvägar\nBeslut\nBarn- och utbildningsförvaltningen får i uppdrag att i dialog med "
        + "gatukontoret se över belysningen längs skolvägarna.\n"
    )
    (directive,) = run(text)
    assert codes(directive.coordinating) == ["LU-GK"]


WRAPPED = (
    LUNDA
    + "§ 41\n"
    + "Läxhjälp\n"
    + "Beslut\n"
    + "Barn- och utbildningsförvaltningen får i uppdrag att erbjuda läxhjälp på\n"
    + "alla högstadieskolor från och med vårterminen 2027 och att följa upp hur\n"
    + "många elever som deltar, uppdelat på skola och årskurs, under läsåret.\n"
    + "\n"
    + "§ 42\n"
    + "Medborgarförslag om cykelställ vid Lundaskolan\n"
    + "Sammanfattning av ärendet\n"
    + "En medborgare föreslår fler cykelställ vid Lundaskolan. Förvaltningen har\n"
    + "inventerat behovet och bedömer att ett trettiotal nya platser behövs nu.\n"
    + "Beslut\n"
    + "1. Barn- och utbildningsförvaltningen får i uppdrag att under våren, i\n"
    + "samråd med gatukontoret, placera ut nya cykelställ vid Lundaskolan och\n"
    + "vid idrottshallen, och att redovisa kostnaden för nämnden i juni 2027.\n"
    + "2. Medborgarförslaget anses besvarat.\n"
    + "Bakgrund\n"
    + "Gatukontoret ska enligt trafikplanen rusta upp cykelvägarna kring skolan.\n"
)


def test_a_heading_alone_below_a_full_line_is_no_part_of_its_sentence():
    # "Beslut" read as a heading: the decision's background below it orders nothing
    directives = run(WRAPPED)
    assert [d.text[:33] for d in directives] == ["Barn- och utbildningsförvaltninge"] * 2
    assert leads(directives) == ["LU-BUF", "LU-BUF"]


def test_matters_of_a_kind_a_unit_handles_are_its_standing_remit():
    text = (
        LUNDA
        + "BUN § 43\nParkering vid skolorna\n"
        + "Beslut\nBarn- och utbildningsförvaltningen får i uppdrag att kartlägga hämtning och lämning vid skolorna.\n"
        + "Parkeringsfrågor hanteras av gatukontoret, men skolornas entréer ligger inom nämndens ansvar.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["LU-BUF"]


def test_a_task_done_by_the_unit_named_after_the_passive_is_still_an_order():
    # a guard: "Uppföljningen genomförs av X" names the task itself (definite), X's order
    text = LUNDA + "BUN § 44\nSkolmåltider\nBeslut\n" + "Uppföljningen genomförs av gatukontoret under hösten.\n"
    (directive,) = run(text)
    assert leads([directive]) == ["LU-GK"]


def test_a_follow_up_rows_report_back_noun_and_date_are_its_deadline():
    text = (
        LUNDA
        + "BUN § 45\nRedovisning av pågående uppdrag\n"
        + "Beslut            Uppdrag                                 Status\n"
        + "BUN 2026-05-20 § 31\n"
        + "Barn- och utbildningsförvaltningen får i uppdrag att utreda en gemensam\n"
        + "skolskjutsplanering med Ekby. Återrapport till nämnden 2026-12-09.\n"
        + "Pågår\n"
    )
    (directive,) = run(text)
    assert str(directive.deadline) == "2026-12-09"
    assert "Återrapport" in directive.text


def test_a_long_agency_name_with_a_letter_dropped():
    text = (
        "Regeringsbeslut\n2026-05-07\n\nRegeringens beslut\n"
        "Regeringen ger Folkhälsomyndigheten i uppdrag att kartlägga drunkningsolyckor vid badplatser.\n\n"
        "Närmare om uppdraget\n"
        "Folkhälsomyndigeten ska även belysa hur kommunerna informerar om badvattnets kvalitet.\n"
    )
    directives = run(text, "2026-05-07")
    assert leads(directives) == ["GOV-FHM", "GOV-FHM"]


INQUIRY = (
    "Kommittédirektiv\n\nTilläggsdirektiv till Utredningen om tryggare badplatser (S 2026:04)\n\nDir. 2026:61\n\n"
    "Beslut vid regeringssammanträde den 7 maj 2026\n\n"
    "Samråd\n"
    "Utredaren ska samråda med Sveriges Kommuner och Regioner. Utredaren ska även ge berörda regioner tillfälle "
    "att lämna synpunkter.\n\n"
    "Ny tidsplan för uppdraget\n"
    "Utredningstiden förlängs. Uppdraget ska i stället redovisas senast den 30 april 2027. Den del som avser "
    "strandbevakning ska dock redovisas i ett delbetänkande senast den 1 december 2026.\n\n"
    "(Socialdepartementet)\n"
)


def test_an_inquirys_extended_time_after_a_duty_to_consult_is_an_order_of_its_own():
    *_, consult, extended = run(INQUIRY, "2026-05-07")
    assert consult.text.startswith("Utredaren ska även ge berörda regioner")
    assert consult.deadline is None
    assert extended.text.startswith("Utredningstiden förlängs. Uppdraget ska i stället")  # the extension opens it
    assert leads([extended]) == ["GOV-INQ"]


def test_an_interim_report_after_the_orders_own_final_date_keeps_the_final_date():
    *_, extended = run(INQUIRY, "2026-05-07")
    assert "delbetänkande" in extended.text
    assert str(extended.deadline) == "2027-04-30"
    text = (
        LUNDA
        + "BUN § 49\nElevhälsa\nBeslut\nBarn- och utbildningsförvaltningen får i uppdrag att senast den 30 april "
        + "2027 redovisa en plan för elevhälsans arbete. En delrapport ska lämnas senast den 1 december 2026.\n"
    )
    (directive,) = run(text)
    assert "delrapport" in directive.text
    assert str(directive.deadline) == "2027-04-30"


def test_a_report_back_that_joined_its_order_is_not_taken_up_by_the_next_order():
    text = (
        "Lunda kommun\nKommunstyrelsen\nPROTOKOLL\nSammanträdesdatum: 2026-10-14\n\n"
        + "KS § 146\nNy förskola\n"
        + "Beslut\nKommunstyrelsen ger gatukontoret i uppdrag att ta fram en förstudie för angöringen till en ny "
        + "förskola. Förstudien ska återrapporteras till kommunstyrelsen i maj 2027. Kommunstyrelsen uppdrar "
        + "vidare åt barn- och utbildningsförvaltningen att inom två månader redovisa en ny barnprognos.\n"
    )
    first, second = run(text)
    assert leads([first, second]) == ["LU-GK", "LU-BUF"]
    assert str(first.deadline) == "2027-05-31"
    assert second.text.startswith("Kommunstyrelsen uppdrar vidare")


def test_a_protocols_paragraph_headed_with_its_bodys_initials_is_a_new_matter():
    text = (
        LUNDA
        + "BUN § 47\nLäsårstider\nBarn- och utbildningsnämndens beslut\nNämnden fastställer läsårstiderna.\n"
        + "Beslutsunderlag\nTjänsteskrivelse 2026-09-30\n\n"
        + "BUN § 48\nSimundervisning\nÄrendebeskrivning\nAndelen elever som klarar simkunnighetskravet har minskat.\n"
        + "Förslag till beslut\nBarn- och utbildningsförvaltningen får i uppdrag att ta fram en plan för "
        + "simundervisning i årskurs 4.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["LU-BUF"]


def test_a_swedish_statute_by_its_number_and_title_is_a_reference():
    text = (
        "Kommittédirektiv\n\nTilläggsdirektiv till Utredningen om tryggare badplatser (S 2026:04)\n\n"
        "Utredaren ska även analysera om badplatslagen (2019:233) bör ändras och vid behov lämna förslag till "
        "ändringar i lagen (2003:778) om skydd mot olyckor.\n"
    )
    (directive,) = run(text, "2026-05-07")
    assert directive.references == ["badplatslagen (2019:233)", "lagen (2003:778) om skydd mot olyckor"]
