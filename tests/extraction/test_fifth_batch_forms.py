"""Orders in the forms a fifth batch of texts written after the rules showed them: a French request
whose addressee is a pronoun ("lui a demandé de") or that is put impersonally ("il est demandé au",
"Instruction a été donnée au"), "d'en"/"d'y" before the verb, a record of decisions ("les décisions
suivantes ont été arrêtées :") with orders told as nouns and the agent after "par", an action and
its unit after a colon, the agent of a passive ("be inspected by the X Department"), "decided that X
should", two units given orders in one sentence, a group of units as a heading, an item that names
a non-unit addressee; what is not an order (a Vietnamese opener "Thực hiện Công điện ..., UBND tỉnh
đã ...", a field label "Departement:", an approval in a list of decisions, a numbered heading in
capitals); deadlines "within a fortnight", "senast tre månader efter beslutet", the final of an
interim and a final report. Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Le Ministre de la Santé a présenté le bilan de la campagne. Le Conseil lui a demandé de publier "
            "les chiffres par district.",
            "SYT",
        ),
        ("Il est demandé au Département des finances de préparer un budget rectificatif.", "STC"),
        ("Instruction a été donnée au Ministre de la Construction de fermer les ponts fragiles.", "SXD"),
        ("Le Président a chargé le Ministre de la Santé d'en assurer le suivi dans les hôpitaux.", "SYT"),
        ("He instructed that the bridges be inspected by the Construction Department before the rains.", "SXD"),
        ("The council decided that the Ministry of Finance should pay the teachers' arrears.", "STC"),
        ("Vidare ger regeringen byggdepartementet i uppdrag att se över reglerna för hissar.", "SXD"),
    ],
)
def test_orders_and_their_lead(one, text, lead):
    assert codes([one(text).lead]) == [lead]


def test_a_record_of_decisions(run):
    text = (
        "Les décisions suivantes ont été arrêtées :\n"
        "– recensement des puits asséchés par le Comité populaire de Cam Pha, avant le 20 mai ;\n"
        "– adoption du calendrier des réunions ;\n"
        "– distribution d'eau aux écoles : Département de l'éducation et de la formation, sous huitaine ;\n"
        "– la Police provinciale escortera les camions-citernes.\n"
    )
    directives = run(text, language="fr", meeting="2025-05-06").directives
    assert [codes([d.lead]) for d in directives] == [["UBND-CAMPHA"], ["SGDDT"], ["CAT"]]
    assert directives[0].deadline == datetime.date(2025, 5, 20)
    assert directives[1].deadline == datetime.date(2025, 5, 14)


def test_two_units_ordered_in_one_sentence(run):
    text = (
        "The Ministry of Finance was instructed to pay the nurses, and the Ministry of Health was tasked "
        "with hiring twenty midwives by the end of June."
    )
    directives = run(text, language="en", meeting="2025-03-03").directives
    assert [codes([d.lead]) for d in directives] == [["STC"], ["SYT"]]
    assert directives[0].deadline is None
    assert directives[1].deadline == datetime.date(2025, 6, 30)


def test_a_group_of_units_as_a_heading(run):
    text = (
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "a) Sở Y tế kiểm tra các bếp ăn tập thể.\n"
        "b) UBND các huyện, thị xã, thành phố: tuyên truyền cho người dân; báo cáo kết quả hằng tháng.\n"
    )
    directives = run(text, language="vi").directives
    assert [codes([d.lead]) if d.lead else None for d in directives] == [["SYT"], None]


def test_an_item_with_an_addressee_that_is_no_unit(run):
    text = (
        "The Chairman assigned:\n"
        "- the Department of Health to vaccinate the workers;\n"
        "- the investor to fence the site before the works.\n"
    )
    directives = run(text, language="en").directives
    assert [codes([d.lead]) if d.lead else None for d in directives] == [["SYT"], None]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Thực hiện Công điện số 5/CĐ-TTg ngày 01/3/2025 của Thủ tướng Chính phủ, UBND tỉnh đã có Văn bản "
            "số 77/UBND ngày 02/3/2025 yêu cầu các địa phương kiểm tra đê điều.",
            "vi",
        ),
        ("Departement: Finansdepartementet\nBeslut: 2025-01-09", "sv"),
        ("3. REPORTS OF COMMITTEES\nThe minutes were adopted.", "en"),
    ],
)
def test_not_orders(run, text, language):
    assert run(text, language=language).directives == []


@pytest.mark.parametrize(
    ("text", "language", "meeting", "deadline"),
    [
        ("The Department of Health must count the beds within a fortnight.", "en", "2025-03-03", "2025-03-17"),
        (
            "Byggdepartementet ges i uppdrag att laga taket senast tre månader efter beslutet.",
            "sv",
            "2025-03-03",
            "2025-06-03",
        ),
        (
            "Regeringen ger hälsodepartementet i uppdrag att se över jourerna. En delredovisning ska lämnas "
            "senast den 1 juni 2025 och en slutredovisning senast den 1 december 2025.",
            "sv",
            "2025-03-03",
            "2025-12-01",
        ),
    ],
)
def test_deadline_forms(one, text, language, meeting, deadline):
    assert one(text, language=language, meeting=meeting).deadline == datetime.date.fromisoformat(deadline)
