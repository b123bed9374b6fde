"""Department matching: names and aliases in four languages, diacritics, case, abbreviations,
lists of committees, back-references, speakers' offices, document issuers, unknown names."""

import json

import pytest

from tests.extraction.conftest import codes
from tracker.extraction import DepartmentRef, extract, load_directory


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("The Department of Finance must review the budget.", "STC"),
        ("THE DEPARTMENT OF FINANCE MUST REVIEW THE BUDGET.", "STC"),
        ("The Finance Department must review the budget.", "STC"),
        ("Sở Tài chính chủ trì rà soát ngân sách.", "STC"),
        ("So Tai chinh chu tri ra soat ngan sach, hoan thanh truoc ngay 30/6/2025.", None),  # cue words need diacritics
        ("Sở KH&CN chủ trì xây dựng kho dữ liệu.", "SKHCN"),
        ("Sở KHCN chủ trì xây dựng kho dữ liệu.", "SKHCN"),
        ("Sở NN&MT chủ trì trồng rừng.", "SNNMT"),
        ("Le Département de l'industrie et du commerce doit réviser les plans.", "SCT"),
        ("Le Département de l’Industrie et du Commerce doit réviser les plans.", "SCT"),
        ("Jordbruks- och miljödepartementet ska plantera skog.", "SNNMT"),
        ("Departementet för jordbruk och miljö ska plantera skog.", "SNNMT"),
        ("UBND huyện Tiên Yên chủ trì giải phóng mặt bằng.", "UBND-TIENYEN"),
        ("The Department of Science & Technology must publish the data.", "SKHCN"),
    ],
)
def test_lead_is_matched_by_name_or_alias(one, run, text, lead):
    if lead is None:
        # Without diacritics the Vietnamese cue words are not recognised, but the name still is.
        assert [m.name for m in run(text).unknown_departments] == []
        return
    assert one(text).lead.code == lead


def test_diacritics_are_optional_in_names(one):
    directive = one("Giao Sở Tai chinh chủ trì, phối hợp với UBND huyen Dam Ha rà soát ngân sách.")
    assert directive.lead.code == "STC"
    assert codes(directive.coordinating) == ["UBND-DAMHA"]


def test_decomposed_vietnamese_matches_and_keeps_offsets(run):
    import unicodedata

    text = unicodedata.normalize("NFD", "Kết luận:\n- Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát biên chế.")
    result = run(text)
    assert len(result.directives) == 1
    directive = result.directives[0]
    assert text[directive.start : directive.end] == directive.text
    assert directive.lead.code == "SNV"
    assert codes(directive.coordinating) == ["STC"]


@pytest.mark.parametrize(
    ("text", "coordinating"),
    [
        (
            "The Department of Agriculture and Environment must coordinate with the People's Committees "
            "of Dam Ha, Dong Trieu and Tien Yen to complete 04 zones.",
            ["UBND-DAMHA", "UBND-DONGTRIEU", "UBND-TIENYEN"],
        ),
        (
            "Sở NN&MT chủ trì, phối hợp với UBND các huyện Đầm Hà, Tiên Yên và thị xã Đông Triều hoàn thành 04 khu.",
            ["UBND-DAMHA", "UBND-TIENYEN", "UBND-DONGTRIEU"],
        ),
        (
            "Jordbruks- och miljödepartementet behöver samordna med folkkommittéerna i Dam Ha, Dong Trieu och "
            "Tien Yen för att slutföra 04 zoner.",
            ["UBND-DAMHA", "UBND-DONGTRIEU", "UBND-TIENYEN"],
        ),
        (
            "Le Département de l'agriculture et de l'environnement doit achever le cadastre, en coordination avec "
            "les Comités populaires des districts de Hai Ha, Dam Ha et Tien Yen.",
            ["UBND-HAIHA", "UBND-DAMHA", "UBND-TIENYEN"],
        ),
        (
            "The Department of Construction must work with the Ha Long, Cam Pha and Uong Bi People's Committees "
            "on housing.",
            ["UBND-HALONG", "UBND-CAMPHA", "UBND-UONGBI"],
        ),
    ],
)
def test_committees_listed_under_one_head_all_coordinate(one, text, coordinating):
    assert codes(one(text).coordinating) == coordinating


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "The Department of Finance reported on the budget. The Chairman requested the department to "
            "publish the figures every month.",
            "STC",
        ),
        (
            "Selon le rapport du Département de la santé, tout va bien. Il a demandé à l'unité de publier "
            "les indicateurs chaque trimestre.",
            "SYT",
        ),
        (
            "Finansdepartementet rapporterade om budgeten. Vid mötets slut: Enheten ska publicera siffrorna "
            "varje månad.",
            "STC",
        ),
        ("Sở Y tế cho biết tình hình ổn định. Sở cần tổ chức tuyên truyền trước ngày 15/8/2025.", "SYT"),
        (
            "Sở Xây dựng báo cáo tiến độ chậm. Kết luận: đơn vị có trách nhiệm công khai kết quả hằng tháng.",
            "SXD",
        ),
    ],
)
def test_back_references_point_to_the_department_in_focus(run, text, lead):
    result = run(text)
    assert [d.lead.code for d in result.directives] == [lead]


def test_the_department_prefers_a_department_over_a_committee(run):
    text = (
        "Conclusions:\n(1) the Department of Culture, Sports and Tourism should restore the caves;\n"
        "(2) the Ha Long City People's Committee should clean the wharves;\n"
        "(3) the department should submit a plan within 60 days."
    )
    assert [d.lead.code for d in run(text).directives] == ["SVHTTDL", "UBND-HALONG", "SVHTTDL"]


def test_speakers_office_is_neither_lead_nor_coordinating(one):
    directive = one(
        "Comrade Pham Duc An, Chairman of the Provincial People's Committee, requested the Department of "
        "Finance to allocate the funds before 15 October 2025."
    )
    assert directive.lead.code == "STC"
    assert directive.coordinating == []


def test_issuer_of_a_document_is_neither_lead_nor_coordinating(one):
    directive = one(
        "Sở Tài chính chủ trì thực hiện Kế hoạch số 28/KH-UBND ngày 24/01/2025 của UBND tỉnh, "
        "báo cáo trong quý III/2025."
    )
    assert directive.lead.code == "STC"
    assert directive.coordinating == []


def test_recipient_of_a_report_has_no_role(one):
    directive = one(
        "The Department of Health shall report to the Provincial People's Committee before 15 December 2025."
    )
    assert directive.lead.code == "SYT"
    assert directive.coordinating == []


def test_acronym_aliases_match_only_in_capitals(departments):
    dost = [d for d in departments if d.code == "SKHCN"]
    assert extract("DOST must publish the data.", dost).directives[0].lead.code == "SKHCN"
    assert all(d.lead is None for d in extract("Dost must publish the data.", dost).directives)


def test_misspelt_name_is_matched_fuzzily(one):
    assert one("The Department of Agricultre and Environment must plant trees.").lead.code == "SNNMT"


def test_unknown_departments_are_reported_once_with_offsets(run):
    text = (
        "The Department of Transport must repair the road. The Department of Transport must also report.\n"
        "Sở Du lịch phối hợp với Sở Tài chính rà soát kinh phí."
    )
    unknown = run(text).unknown_departments
    assert [u.name for u in unknown] == ["Department of Transport", "Sở Du lịch"]
    for item in unknown:
        assert text[item.start : item.end] == item.name


def test_known_departments_are_not_reported_unknown(run):
    result = run("Sở Văn hóa, Thể thao và Du lịch chủ trì; the Department of Finance must help.")
    assert result.unknown_departments == []


def test_load_directory_uses_codes_as_ids(tmp_path):
    path = tmp_path / "d.json"
    path.write_text(
        json.dumps(
            [
                {"code": "STC", "name": "Department of Finance", "aliases": ["Sở Tài chính"]},
                {"id": 7, "code": "SXD", "name": "Department of Construction"},
            ]
        ),
        encoding="utf-8",
    )
    finance, construction = load_directory(path)
    assert finance == DepartmentRef("STC", "Department of Finance", ("Sở Tài chính",), "STC")
    assert construction.id == 7 and construction.aliases == ()


def test_demo_directory_is_well_formed():
    from tests.extraction.conftest import DIRECTORY_FILE

    data = json.loads(DIRECTORY_FILE.read_text(encoding="utf-8"))
    codes_seen = [item["code"] for item in data]
    assert len(codes_seen) == len(set(codes_seen))
    kinds = {"department", "peoples_committee", "enterprise", "university", "agency", "council"}
    for item in data:
        assert item["kind"] in kinds
        assert item["parent_code"] is None or item["parent_code"] in codes_seen
        assert item["email"].endswith("@tracker.example")
        assert item["name"] and item["aliases"]


def test_aliases_may_be_given_as_a_list():
    finance = DepartmentRef(1, "Department of Finance", ["Sở Tài chính"])
    assert finance.aliases == ("Sở Tài chính",)
    assert hash(finance)
    assert extract("Sở Tài chính chủ trì rà soát.", [finance]).directives[0].lead == finance
