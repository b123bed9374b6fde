"""What a second reading of the thirty-fourth batch's rules found, each case in texts and directories written for
these tests: a board's follow-up table whose rows share their unit; a council log's row with no final stop; a
future passive after an order; "on the ground" in an order; a unit of a kind the directory does not hold; a
warning in an order; what a proposal starts from before its task; "at the same meeting"; a fiscal year or quarter
written with a slash; a directory whose codes only name kinds; an agency named again by its kind; a clause opened
at the start of a text or after two spaces."""

from tests.extraction.conftest import codes, directives_in, leads, unit
from tracker.extraction.names import find_place_backrefs
from tracker.extraction.textprep import prepare

LAKESIDE_BOARD = [
    unit("LS-MIL", "Miljöskyddsenheten"),
    unit("LS-BYGG", "Bygglovsenheten"),
]

LAKESIDE_TABLE = (
    "SJÖVIKS KOMMUN PROTOKOLL\nMiljö- och byggnämnden 2026-10-08\n\n§ 88\nUppföljning av nämndens uppdrag\n\n"
    "Beslutad Uppdrag Ansvarig Redovisas Status\n"
)


def test_follow_up_rows_for_the_same_unit_stay_apart():
    rows = (
        "2026-01-15 § 4 Inventera oljecisterner i Södra hamnen Miljöskyddsenheten 2027-01-31 Pågår\n"
        "2026-02-12 § 17 Kontrollera dagvattnet vid Ängsvägen Miljöskyddsenheten 2027-02-28 Pågår\n"
        "2026-04-09 § 33 Se över taxan för strandskyddsdispenser Miljöskyddsenheten 2027-03-31 Pågår\n"
    )
    found = directives_in(LAKESIDE_TABLE + rows, LAKESIDE_BOARD, "sv", "2026-10-08")
    assert leads(found) == ["LS-MIL", "LS-MIL", "LS-MIL"]
    assert [str(d.deadline) for d in found] == ["2027-01-31", "2027-02-28", "2027-03-31"]
    assert "§ 17" not in found[0].text


HARBOURTON = [
    unit("HB-PW", "Public Works", "Director of Public Works"),
    unit("HB-FIN", "Finance", "City Treasurer"),
    unit("HB-PRK", "Parks and Recreation", "Parks Director"),
]

HARBOURTON_LOG = (
    "Open Council Directions - Status as of September 14, 2027\nOffice of the City Clerk\n"
    "Item No.\nCouncil Date\nDirection\nResponsible\nStatus\n"
)


def test_a_log_row_with_no_final_stop_keeps_to_its_own_row():
    rows = (
        "CR14/2027\nFebruary 8, 2027\n"
        "That the City Treasurer BE DIRECTED to report back within 45 days on a rebate for rain barrels\n"
        "Finance\nUnder Review\n"
        "CR29/2027\nMarch 22, 2027\n"
        "That the Parks Director BE DIRECTED to replace the splash pad valves within 90 days.\n"
        "Parks and Recreation\nIn Progress\n"
    )
    found = directives_in(HARBOURTON_LOG + rows, HARBOURTON, "en")
    assert leads(found) == ["HB-FIN", "HB-PRK"]
    assert [d.references for d in found] == [["CR14/2027"], ["CR29/2027"]]
    assert [str(d.deadline) for d in found] == ["2027-03-25", "2027-06-20"]
    assert "Finance" not in found[0].text


DISTRICT = [unit("DS-PW", "Public Works Department", "Public Works"), unit("DS-EDU", "Education Department")]


def test_a_future_passive_after_an_order_is_no_order():
    order = "The Collector directed the Public Works Department to resurface the market road by 30 April 2027. "
    for news in (
        "The new flyover will also be thrown open to traffic in June 2027.",
        "The old culvert won't be demolished before the monsoon.",
        "The bus stand will soon be shifted to the bypass.",
    ):
        found = directives_in(order + news, DISTRICT, "en", "2027-01-20")
        assert [d.text for d in found] == [order.rstrip(". ")], news


def test_an_added_subjunctive_order_still_follows_the_order():
    text = (
        "The Collector directed the Public Works Department to resurface the market road by 30 April 2027. "
        "Besides, a complaint desk for road repairs be opened in every block office by 15 May 2027."
    )
    found = directives_in(text, DISTRICT, "en", "2027-01-20")
    assert leads(found) == ["DS-PW", "DS-PW"]


def test_an_order_to_show_progress_on_the_ground_is_an_order():
    text = (
        "The Collector reviewed the works on 20 January 2027. He added that the Education Department must show "
        "visible improvement on the ground in the hostels by 31 March 2027."
    )
    found = directives_in(text, DISTRICT, "en", "2027-01-20")
    assert leads(found) == ["DS-EDU"]
    assert str(found[0].deadline) == "2027-03-31"


def test_money_that_must_show_on_the_ground_is_still_no_order():
    text = (
        "The Collector reviewed the works on 20 January 2027. He said that every rupee released must show on the "
        "ground."
    )
    assert directives_in(text, DISTRICT, "en", "2027-01-20") == []


SONG_LAM = [
    unit("SL-STC", "Sở Tài chính tỉnh Sông Lam", "Sở Tài chính"),
    unit("SL-XTTM", "Trung tâm Xúc tiến thương mại tỉnh Sông Lam", "Trung tâm Xúc tiến thương mại"),
    unit("SL-CA", "Công an tỉnh Sông Lam", "Công an tỉnh"),
    unit("SL-NT", "UBND huyện Nam Thạch", "huyện Nam Thạch"),
]

SONG_LAM_NOTICE = "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh Sông Lam\n\nChủ tịch UBND tỉnh kết luận như sau:\n\n"


def test_a_capitalised_centre_the_directory_does_not_hold_is_not_the_one_before():
    text = SONG_LAM_NOTICE + (
        "1. Đề nghị Trung tâm Xúc tiến thương mại tỉnh tổ chức hội chợ nông sản, hoàn thành trước ngày 15/10/2027.\n"
        "2. Yêu cầu Trung tâm Quản lý đê điều tỉnh kiểm tra các tuyến đê xung yếu, báo cáo trước ngày 30/10/2027.\n"
    )
    found = directives_in(text, SONG_LAM, "vi", "2027-08-20")
    assert leads(found) == ["SL-XTTM", None]


def test_a_bare_centre_asked_to_act_is_still_the_one_before():
    text = SONG_LAM_NOTICE + (
        "1. Đề nghị Trung tâm Xúc tiến thương mại tỉnh tổ chức hội chợ nông sản, hoàn thành trước ngày 15/10/2027.\n"
        "2. Yêu cầu Trung tâm rà soát danh sách doanh nghiệp tham gia, báo cáo trước ngày 30/10/2027.\n"
    )
    found = directives_in(text, SONG_LAM, "vi", "2027-08-20")
    assert leads(found) == ["SL-XTTM", "SL-XTTM"]


def test_an_order_that_carries_a_warning_is_still_an_order():
    text = SONG_LAM_NOTICE + (
        "1. Yêu cầu UBND các phường kiểm tra việc lấn chiếm vỉa hè, mọi trường hợp tái phạm sẽ bị xử lý nghiêm, "
        "báo cáo kết quả trước ngày 15/11/2027.\n"
    )
    found = directives_in(text, SONG_LAM, "vi", "2027-08-20")
    assert [str(d.deadline) for d in found] == ["2027-11-15"]


def test_a_warning_to_every_wrong_alone_is_still_no_order():
    text = SONG_LAM_NOTICE + "1. Mọi hành vi lấn chiếm vỉa hè sẽ bị xử lý nghiêm.\n"
    assert directives_in(text, SONG_LAM, "vi", "2027-08-20") == []


NORRVIK = [
    unit("NV-KS", "Kommunstyrelsen"),
    unit("NV-UTB", "Utbildningsförvaltningen"),
    unit("NV-TEK", "Tekniska förvaltningen"),
]

NORRVIK_KS = "NORRVIKS KOMMUN SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen 2026-11-05\n\n§ 140\nSkolskjutsar\n\nBeslut\n"


def test_what_the_work_starts_from_then_a_task_is_an_order():
    text = NORRVIK_KS + (
        "1. Informationen läggs till handlingarna.\n"
        "2. Utbildningsförvaltningen ska utgå från skolskjutsreglementet och redovisa en ny turlista till "
        "kommunstyrelsen senast den 31 mars 2027.\n"
    )
    found = directives_in(text, NORRVIK, "sv", "2026-11-05")
    assert leads(found) == ["NV-UTB"]
    assert str(found[0].deadline) == "2027-03-31"


def test_what_the_work_starts_from_then_a_deadline_is_an_order():
    text = NORRVIK_KS + (
        "1. Informationen läggs till handlingarna.\n"
        "2. Tekniska förvaltningen ska utgå från trafikstrategin och senast den 30 april 2027 lämna förslag på "
        "säkrare hållplatser.\n"
    )
    found = directives_in(text, NORRVIK, "sv", "2026-11-05")
    assert leads(found) == ["NV-TEK"]
    assert str(found[0].deadline) == "2027-04-30"


def test_what_the_work_starts_from_alone_is_still_no_order():
    text = NORRVIK_KS + (
        "1. Informationen läggs till handlingarna.\n"
        "2. Förvaltningarna ska i arbetet utgå från skolskjutsreglementet och barnets bästa.\n"
    )
    assert directives_in(text, NORRVIK, "sv", "2026-11-05") == []


BAYFORD = [unit("BF-CLK", "City Clerk", "Clerk"), unit("BF-PLN", "Planning Department", "Director of Planning")]


def test_an_order_due_at_the_same_meeting_as_the_one_before():
    text = (
        "Council Minutes\n\nThe Clerk was directed to report on the ward boundary review at the 12 April 2027 "
        "meeting. The Director of Planning was directed to present the heritage district options at the same "
        "meeting.\n"
    )
    found = directives_in(text, BAYFORD, "en", "2027-02-08")
    assert leads(found) == ["BF-CLK", "BF-PLN"]
    assert [str(d.deadline) for d in found] == ["2027-04-12", "2027-04-12"]


def test_a_fiscal_year_or_a_quarter_written_with_a_slash_is_no_reference():
    budget = [unit("BG-FIN", "Finance Department", "Finance"), unit("BG-DB", "Direction du Budget", "DB")]
    cases = [
        ("en", "The Finance Department was directed to close the accounts for FY2025/2026 by 30 April 2026.\n"),
        ("en", "The Finance Department was directed to table the estimates (FY2026/2027) by 31 March 2026.\n"),
        ("fr", "Le Conseil a chargé la DB de publier la note de conjoncture du T2/2026 avant le 31 juillet 2026.\n"),
        ("fr", "Le Conseil a chargé la DB d'arrêter les comptes du S2/2026 avant le 31 janvier 2027.\n"),
    ]
    for language, text in cases:
        found = directives_in(text, budget, language, "2026-01-12")
        assert [d.references for d in found] == [[]], text


def test_a_council_resolution_number_is_still_a_reference():
    budget = [unit("BG-FIN", "Finance Department", "Finance")]
    text = "Further to CR412/2025, the Finance Department was directed to report on the levy by 30 April 2026.\n"
    found = directives_in(text, budget, "en", "2026-01-12")
    assert [d.references for d in found] == [["CR412/2025"]]


#: One city's units, their codes' prefixes only sorting them by kind
CITY_BY_KIND = [
    unit("DEPT-FIN", "Finance Department"),
    unit("DEPT-PKS", "Parks Department"),
    unit("DEPT-HLT", "Health Department"),
    unit("DEPT-LIB", "Library Department"),
    unit("OFF-PH", "Public Health Office"),
    unit("OFF-MYR", "Mayor's Office", "Mayor"),
]


def test_code_prefixes_that_only_sort_units_by_kind_are_no_administrations():
    text = (
        "The Council directed the Finance Department to publish the audit by 31 March 2027. "
        "The Parks Department was asked to reopen the splash pads by 30 April 2027. "
        "The Library Department was asked to extend the opening hours by 30 April 2027. "
        "The Public Health Office was asked to sample the beaches by 31 May 2027.\n"
    )
    found = directives_in(text, CITY_BY_KIND, "en", "2027-01-15")
    assert leads(found) == ["DEPT-FIN", "DEPT-PKS", "DEPT-LIB", "OFF-PH"]


#: Two municipalities' units, the second's written with its place
TWO_MUNICIPALITIES = [
    unit("AH-KS", "Kommunstyrelsen Alhamra", "Kommunstyrelsen"),
    unit("AH-EKO", "Ekonomiavdelningen", "Ekonomichefen"),
    unit("AH-SOC", "Socialförvaltningen"),
    unit("AH-TEK", "Tekniska förvaltningen Alhamra"),
    unit("BK-MBN", "Miljö- och byggnadsnämnden", "Nämnden"),
    unit("BK-MIL", "Miljöenheten Björkå", "Miljöenheten"),
    unit("BK-BYG", "Bygglovsenheten"),
    unit("BK-EKO", "Ekonomiavdelningen Björkå", "Kommunens ekonomiavdelning"),
    unit("BK-TEK", "Tekniska förvaltningen Björkå"),
]


def test_a_unit_of_the_texts_own_municipality_in_a_directory_of_two():
    text = (
        "BJÖRKÅ KOMMUN PROTOKOLL\nMiljö- och byggnadsnämnden 2026-10-08\n\n§ 91\nTillsynsplan\n\nBeslut\n"
        "1. Miljöenheten får i uppdrag att ta fram en tillsynsplan för 2027.\n"
        "2. Bygglovsenheten får i uppdrag att se över rutinerna för startbesked.\n"
        "3. Miljöenheten får i uppdrag att i samråd med ekonomiavdelningen utreda en ny taxa och redovisa den till "
        "nämnden senast den 31 mars 2027.\n"
    )
    found = directives_in(text, TWO_MUNICIPALITIES, "sv", "2026-10-08")
    assert leads(found) == ["BK-MIL", "BK-BYG", "BK-MIL"]
    assert codes(found[2].coordinating) == ["BK-EKO"]


AGENCIES = [
    unit("ST-FVV", "Fiskevårdsverket", "FVV"),
    unit("ST-LSN", "Länsstyrelsen i Norrfjälls län", "Länsstyrelsen Norrfjäll"),
    unit("ST-BRI", "Brandskyddsinspektionen"),
    unit("ST-SJR", "Sjösäkerhetsrådet"),
]

DECISION = "Regeringsbeslut 12\n2026-11-19\n\nRegeringens beslut\n\n"


def test_verket_is_the_agency_named_last_whose_name_ends_on_it():
    text = DECISION + (
        "Regeringen uppdrar åt Fiskevårdsverket att kartlägga bestånden av ål i kustvattnen. Regeringen uppdrar "
        "vidare åt Länsstyrelsen i Norrfjälls län att inventera vandringshindren i länets vattendrag. Verket ska "
        "redovisa kartläggningen senast den 30 juni 2027.\n"
    )
    found = directives_in(text, AGENCIES, "sv", "2026-11-19")
    assert leads(found) == ["ST-FVV", "ST-LSN", "ST-FVV"]
    assert str(found[2].deadline) == "2027-06-30"


def test_inspektionen_is_the_inspectorate_named_last():
    text = DECISION + (
        "Regeringen uppdrar åt Brandskyddsinspektionen att kartlägga brandriskerna i fritidsbåtar. Regeringen "
        "uppdrar vidare åt Sjösäkerhetsrådet att sammanställa olyckorna till sjöss. Inspektionen ska redovisa "
        "kartläggningen senast den 31 maj 2027.\n"
    )
    found = directives_in(text, AGENCIES, "sv", "2026-11-19")
    assert leads(found) == ["ST-BRI", "ST-SJR", "ST-BRI"]


HOA_BINH_DISTRICT = [
    unit("HL-UB", "Ủy ban nhân dân tỉnh Hòa Lạc", "UBND tỉnh"),
    unit("HL-CA", "Công an tỉnh Hòa Lạc", "Công an tỉnh"),
    unit("HL-DT", "UBND huyện Đông Thạnh", "huyện Đông Thạnh"),
]


def test_the_district_after_a_case_opened_past_two_spaces_is_the_one_named_before():
    text = (
        "Yêu cầu UBND huyện Đông Thạnh hoàn thành chi trả tiền bồi thường.  Đối với các hộ chưa bàn giao mặt bằng, "
        "Huyện chủ trì, phối hợp với Công an tỉnh tổ chức cưỡng chế, hoàn thành trước ngày 31/7/2027.\n"
    )
    found = directives_in(text, HOA_BINH_DISTRICT, "vi", "2027-05-10")
    assert leads(found) == ["HL-DT", "HL-DT"]
    assert codes(found[1].coordinating) == ["HL-CA"]


def test_a_case_opened_at_the_very_start_of_a_text_is_seen():
    text = "Đối với các hộ chưa bàn giao mặt bằng, Huyện chủ trì tổ chức cưỡng chế."
    at = text.index("Huyện")
    assert (at, at + len("Huyện")) in list(find_place_backrefs(prepare(text)))
