"""Second reading of the fifty-second round's Swedish and Vietnamese rules, on texts written for these tests: the
convener of a joint assignment named in the present or with the role first ("X är sammankallande", "Sammankallande
myndighet ska vara X"); a member's note put on record on the line after its lead-in, with no quotation marks; a case
number set apart on the title's line when the title stands under the paragraph's number; a task given in the passive
whose unit sits inside a noun phrase or after a citation ("Các nhiệm vụ Sở X được giao ...", "Theo Quyết định ..., Sở X
được giao ..."), or with the giver named ("Sở X được UBND tỉnh giao ..."); a district's own order that also reports
back ("Huyện cần rà soát ... và báo cáo ..."); the time just past after a matter told with a tense."""

from tests.extraction.conftest import directives_in, leads, unit

AGENCIES = [
    unit("SE-FLV", "Statens fjärrvärmeverk", "Fjärrvärmeverket"),
    unit("SE-ENM", "Energimarknadsnämnden", "EMN"),
    unit("SE-BKV", "Byggkvalitetsverket"),
]
DECISION_HEAD = (
    "Regeringsbeslut   II:7\n2026-06-11   KN2026/01388\n\nKlimat- och näringsdepartementet\n\n"
    "Uppdrag att följa upp fjärrvärmeavtal\n\nRegeringens beslut\n\n"
    "Regeringen uppdrar åt Statens fjärrvärmeverk, Energimarknadsnämnden och Byggkvalitetsverket att gemensamt följa "
    "upp hur villkoren i nya fjärrvärmeavtal tillämpas. "
)


def _joint(convener_sentence):
    text = (
        DECISION_HEAD
        + convener_sentence
        + " Uppdraget ska redovisas till Regeringskansliet senast den 15 april 2027.\n"
    )
    return directives_in(text, AGENCIES, "sv", "2026-06-11")


def test_a_convener_named_in_the_present_leads_the_joint_assignment():
    found = _joint("Byggkvalitetsverket är sammankallande i arbetet.")
    assert leads(found) == ["SE-BKV"]
    assert str(found[0].deadline) == "2027-04-15"


def test_a_convener_named_after_its_role_is_no_order_of_its_own():
    found = _joint("Sammankallande myndighet ska vara Byggkvalitetsverket.")
    assert leads(found) == ["SE-BKV"]
    assert str(found[0].deadline) == "2027-04-15"


COUNCIL = [
    unit("KV-BUF", "Ekvika kommun, Barn- och utbildningsförvaltningen", "Barn- och utbildningsförvaltningen"),
    unit("KV-BUN", "Ekvika kommun, Barn- och utbildningsnämnden", "Barn- och utbildningsnämnden", "nämnden"),
]
PROTOCOL_HEAD = (
    "EKVIKA KOMMUN                SAMMANTRÄDESPROTOKOLL\n"
    "Barn- och utbildningsnämnden                Sammanträdesdatum 2026-05-20\n\n"
)


def test_a_member_s_note_on_the_line_after_its_lead_in_is_no_order():
    text = PROTOCOL_HEAD + (
        "§ 31 Skolskjuts på landsbygden\n"
        "Beslut\n"
        "att uppdra åt barn- och utbildningsförvaltningen att se över skolskjutsreglerna och redovisa översynen "
        "senast den 31 oktober 2026.\n"
        "Protokollsanteckning\n"
        "Ali Haddad (C) lämnar följande protokollsanteckning:\n"
        "Barn- och utbildningsförvaltningen bör även pröva anropsstyrd trafik och redovisa kostnaderna senast den 30 "
        "november 2026.\n"
    )
    found = directives_in(text, COUNCIL, "sv", "2026-05-20")
    assert leads(found) == ["KV-BUF"]
    assert str(found[0].deadline) == "2026-10-31"


def test_a_case_number_set_apart_on_the_title_s_line_under_the_paragraph_number_is_no_reference():
    text = PROTOCOL_HEAD + (
        "§ 32\n"
        "Delårsrapport april 2026          Dnr BUN 2026/41\n"
        "Beslut\n"
        "att uppdra åt barn- och utbildningsförvaltningen att ta fram en åtgärdsplan till nämndens sammanträde i "
        "september 2026.\n"
    )
    found = directives_in(text, COUNCIL, "sv", "2026-05-20")
    assert leads(found) == ["KV-BUF"]
    assert found[0].references == []


PROVINCE = [
    unit("BS-UBND", "Ủy ban nhân dân tỉnh Bình Sơn", "UBND tỉnh"),
    unit("BS-SGD", "Sở Giáo dục và Đào tạo tỉnh Bình Sơn", "Sở Giáo dục và Đào tạo"),
    unit("BS-SXD", "Sở Xây dựng tỉnh Bình Sơn", "Sở Xây dựng"),
    unit("BS-CA", "Công an tỉnh Bình Sơn", "Công an tỉnh"),
    unit("BS-HTP", "Ủy ban nhân dân huyện Tân Phú", "UBND huyện Tân Phú", "huyện Tân Phú"),
]
OPENING = "Kết luận buổi làm việc, Chủ tịch UBND tỉnh đề nghị Sở Xây dựng thẩm định thiết kế các trường học mới.\n\n"


def province(text, meeting="2026-05-12"):
    return directives_in(text, PROVINCE, "vi", meeting)


def test_a_unit_inside_a_noun_phrase_before_duoc_giao_is_given_no_task():
    found = province(
        OPENING + "Các nhiệm vụ Sở Giáo dục và Đào tạo được giao thực hiện trong năm 2025 cơ bản hoàn thành.\n"
    )
    assert leads(found) == ["BS-SXD"]
    found = province(OPENING + "Khối lượng Sở Giáo dục và Đào tạo được giao kiểm tra trong năm nay rất lớn.\n")
    assert leads(found) == ["BS-SXD"]


def test_a_task_given_under_an_earlier_decision_is_told_not_ordered():
    found = province(
        OPENING + "Theo Quyết định số 21/QĐ-UBND ngày 12/01/2026, Sở Giáo dục và Đào tạo được giao kiểm tra cơ sở vật "
        "chất các trường mầm non trên địa bàn.\n"
    )
    assert leads(found) == ["BS-SXD"]


def test_a_task_given_in_the_passive_with_its_giver_named():
    found = province(
        OPENING
        + "Bên cạnh đó, Sở Giáo dục và Đào tạo được UBND tỉnh giao rà soát nhu cầu phòng học của các xã, tổng hợp "
        "gửi UBND tỉnh trước ngày 15/6/2026.\n"
    )
    assert leads(found) == ["BS-SXD", "BS-SGD"]
    assert str(found[1].deadline) == "2026-06-15"


def test_the_district_s_own_order_that_also_reports_back_is_still_its_own():
    text = (
        "Chủ tịch UBND tỉnh làm việc với UBND huyện Tân Phú về công tác chuẩn bị năm học mới.\n\n"
        "Đồng chí đề nghị huyện khẩn trương giải ngân vốn xây dựng trường học, phấn đấu đến ngày 31/7/2026 đạt "
        "trên 80% kế hoạch. Huyện cần rà soát lại các phòng học tạm và báo cáo kết quả trước ngày 15/8/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-HTP", "BS-HTP"]
    assert str(found[0].deadline) == "2026-07-31"
    assert found[1].text.startswith("Huyện cần rà soát lại")
    assert str(found[1].deadline) == "2026-08-15"


def test_the_time_just_past_after_a_matter_told_with_a_tense_is_a_report():
    text = (
        "Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "a) UBND huyện Tân Phú khẩn trương chi trả tiền bồi thường cho các hộ, hoàn thành trước ngày 30/6/2026. "
        "Đối với các hộ đã nhận tiền, thời gian qua huyện phối hợp với Công an tỉnh tổ chức bàn giao "
        "mặt bằng được 35 hộ.\n\n"
        "b) Sở Xây dựng hướng dẫn huyện lập hồ sơ tái định cư.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-HTP", "BS-SXD"]
    assert str(found[0].deadline) == "2026-06-30"
