"""Which passages are directives: requests, obligations, lists, imperatives; narration is not."""

import json

import pytest

from tests.extraction.conftest import codes


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was attended by leaders of the Department of Finance and the Department of Construction.",
        "The Department of Science and Technology has completed the connection of the data platform.",
        "In 2024 the province planted 11,600 hectares of new forest; forest cover reached 55.8%.",
        "Sở Y tế cho biết từ đầu năm đến nay toàn tỉnh ghi nhận 1.126 ca sốt xuất huyết.",
        "Đồng chí Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.",
        "L'unité a mis en œuvre des solutions pour construire et développer l'industrie.",
        "Vid mötet deltog representanter för inrikesdepartementet.",
        "Jordbruks- och miljödepartementet har uppmuntrat tillämpningen av tekniska framsteg; Fortsätta att "
        "underhålla databasen; Utfärda 54 koder för odlingsområden.",
        "Jordbruks- och miljödepartementet har samordnat med andra avdelningar för att utföra uppgifter såsom: "
        "Fokusera på omstruktureringen; Styra skogsbruksutvecklingen.",
        "Source: baoquangninh.vn\nComment (0)",
        "The heads of investors are personally responsible if projects are slow.",
    ],
)
def test_narration_is_not_proposed(run, text):
    assert run(text).directives == []


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("The Chairman requested the Department of Finance to allocate the funds.", "STC"),
        ("The Department of Home Affairs shall propose a policy for specialists.", "SNV"),
        ("The Provincial Inspectorate is tasked with inspecting land complaints.", "TTT"),
        ("Yêu cầu Sở Xây dựng rà soát hạ tầng giao thông.", "SXD"),
        ("Giao Sở Nội vụ chủ trì hoàn thiện đề án sắp xếp.", "SNV"),
        ("Il a demandé au Département de la santé de finaliser le projet.", "SYT"),
        ("Le Département de l'intérieur doit proposer une politique.", "SNV"),
        ("Vice ordföranden begärde att hälsodepartementet ska utarbeta ett projekt.", "SYT"),
        ("Finansdepartementet måste färdigställa budgeten.", "STC"),
        ("Ordföranden uppdrog åt justitiedepartementet att se över förfarandena.", "STP"),
        ("Utbildningsdepartementet behöver utbilda lärare.", "SGDDT"),
    ],
)
def test_requests_and_obligations_are_proposed(one, text, lead):
    assert one(text).lead.code == lead


def test_numbered_list_after_a_lead_in(run):
    text = (
        "Concluding the session, the Chairman requested the Department of Science and Technology to:\n\n"
        "1. Take the lead and coordinate with the Department of Finance to build the data warehouse;\n"
        "2. Review all online public services;\n"
        "3. Report to the Provincial People's Committee every quarter."
    )
    result = run(text)
    assert [d.text for d in result.directives] == [
        "Take the lead and coordinate with the Department of Finance to build the data warehouse",
        "Review all online public services",
        "Report to the Provincial People's Committee every quarter",
    ]
    assert [d.lead.code for d in result.directives] == ["SKHCN"] * 3
    assert codes(result.directives[0].coordinating) == ["STC"]
    assert result.directives[2].recurrence == "quarterly"


def test_bulleted_list_with_a_department_heading_per_item(run):
    # The actions of one lead in one item are one directive; each item with its own lead is another.
    text = (
        "Conclusions of the Vice Chairman:\n"
        "- Department of Education and Training: recruit 350 teachers before 30 September 2025; review the "
        "list of schools;\n"
        "- Department of Health: coordinate with the Department of Education and Training to check pupils."
    )
    directives = run(text).directives
    assert [d.lead.code for d in directives] == ["SGDDT", "SYT"]
    assert directives[0].text.endswith("review the list of schools")
    assert directives[0].deadline.isoformat() == "2025-09-30"
    assert codes(directives[1].coordinating) == ["SGDDT"]


def test_semicolon_list_inherits_the_subject(run):
    text = (
        "Angående det fortsatta arbetet betonade kamrat Nguyen Manh Cuong: Jordbruks- och miljödepartementet "
        "behöver samordna med folkkommittén i Dam Ha; Aktivt genomföra planen; Delta i utvecklingen av programmet."
    )
    directives = run(text).directives
    # Capitalised parts after ";" are the items of a list run together on one line.
    assert len(directives) == 3
    assert [d.lead.code for d in directives] == ["SNNMT"] * 3
    assert codes(directives[0].coordinating) == ["UBND-DAMHA"]


def test_lower_case_parts_of_one_sentence_stay_one_directive(run):
    text = (
        "The Chairman asked the Department of Health to inspect all district hospitals; repair the "
        "operating rooms; and report the results to the Provincial People's Committee before 30 June 2026."
    )
    directives = run(text).directives
    assert len(directives) == 1
    assert directives[0].lead.code == "SYT"
    assert directives[0].text.endswith("before 30 June 2026")
    assert directives[0].deadline.isoformat() == "2026-06-30"


def test_imperative_sentences_continue_a_request(run):
    text = (
        "Il a demandé aux dirigeants de l'unité de continuer à renforcer la direction ; Examiner les objectifs. "
        "Revoir l'infrastructure des pôles industriels. Le camarade Tran a ensuite quitté la salle."
    )
    first = run("Le Département de l'industrie et du commerce a présenté son rapport. " + text).directives
    assert [d.text.split()[0] for d in first] == ["Il", "Examiner", "Revoir"]
    assert {d.lead.code for d in first} == {"SCT"}


def test_vietnamese_chu_tri_phoi_hop(one):
    directive = one(
        "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính, Văn phòng UBND tỉnh xây dựng "
        "Kho dữ liệu dùng chung, hoàn thành trước ngày 30/6/2025."
    )
    assert directive.lead.code == "SKHCN"
    assert codes(directive.coordinating) == ["STC", "VP-UBND"]
    assert directive.deadline.isoformat() == "2025-06-30"


def test_departments_named_together_share_the_task(one):
    directive = one("Kết luận:\n- Sở Xây dựng, Sở Tài chính nghiên cứu cơ chế hỗ trợ, hoàn thành trong quý II/2025.")
    assert directive.lead.code == "SXD"
    assert codes(directive.coordinating) == ["STC"]


def test_subject_that_is_no_department_does_not_inherit_a_lead(run):
    text = (
        "The Vice Chairman concluded as follows:\n"
        "- The Department of Finance shall advise on the budget;\n"
        "- Investors shall disburse 95% of the capital;\n"
        "- Review the procedures."
    )
    assert [d.lead and d.lead.code for d in run(text).directives] == ["STC", None, None]


def test_passages_quote_the_input_exactly_with_crlf_and_odd_spaces(run):
    text = (
        "Kết luận:\r\n- Sở Tài chính chủ trì bố trí 5\u00a0000\u202fha, hoàn thành trước ngày 30/6/2025;\r\n"
        "- Sở Y tế báo cáo hằng tháng.\r\n"
    )
    result = run(text)
    assert len(result.directives) == 2
    for directive in result.directives:
        assert text[directive.start : directive.end] == directive.text
    assert result.directives[0].deadline_text == "trước ngày 30/6/2025"


def test_to_dict_is_json_ready(run):
    result = run(
        "The Chairman requested the Department of Finance to coordinate with the Department of Construction "
        "to plant 5,000 hectares by 2025, in line with Resolution No. 10-NQ/TU, and report annually.\n"
        "The Department of Tourism was absent."
    )
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["language"] == "en"
    directive = data["directives"][0]
    assert directive["lead"] == {"id": "STC", "name": "Department of Finance"}
    assert directive["coordinating"] == [{"id": "SXD", "name": "Department of Construction"}]
    assert directive["deadline"] == "2025-12-31"
    assert directive["deadline_text"] == "by 2025"
    assert directive["recurrence"] == "yearly"
    assert directive["references"] == ["Resolution No. 10-NQ/TU"]
    assert directive["targets"] == [{"value": 5000.0, "unit": "hectares", "text": "5,000 hectares"}]
    assert directive["title"] == "Coordinate with the Department of Construction to plant 5,000 hectares by 2025"
    assert set(directive) == {
        "text",
        "title",
        "start",
        "end",
        "lead",
        "coordinating",
        "deadline",
        "deadline_text",
        "recurrence",
        "references",
        "targets",
    }
    assert data["unknown_departments"][0]["name"] == "Department of Tourism"


def test_empty_and_odd_inputs(run):
    assert run("").to_dict() == {"language": "en", "directives": [], "unknown_departments": []}
    assert run(None).directives == []
    assert run(
        b"Giao S\xe1\xbb\x9f T\xc3\xa0i ch\xc3\xadnh ch\xe1\xbb\xa7 tr\xc3\xac r\xc3\xa0 so\xc3\xa1t."
    ).directives
