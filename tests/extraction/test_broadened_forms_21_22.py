"""The twenty-first and twenty-second batches' rules in the other wordings and languages of their genre: a letter's
addressee standing for its "you" in English, Swedish and Vietnamese as for the French "vous" (and the French label
on the addressee's own line, "À : ..."); a sanction on those who fail in Swedish and Vietnamese; a news headline's
present tense in French, Swedish and Vietnamese; the lead of a joint assignment named by other verbs ("ska leda
arbetet", "assurera le pilotage", "will take the lead"). Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

EN = [
    unit("DR-DC", "District Collectors", "District Collector"),
    unit("DR-AGRI", "Agriculture Department"),
    unit("DR-SDMA", "State Disaster Management Authority", "SDMA"),
    unit("KS-MOW", "Ministry of Water Supply"),
    unit("KS-MOF", "Ministry of Finance"),
]
SV = [
    unit("RB-IT", "IT-enheten"),
    unit("RB-VV", "Vattenverket"),
    unit("RB-NAT", "Naturvårdsenheten"),
    unit("RB-FHM", "Folkhälsomyndigheten"),
    unit("RB-JV", "Jordbruksverket"),
    unit("RB-LIV", "Livsmedelsverket"),
    unit("RB-KOM", "Kommunerna i Norrmark", "kommunerna"),
]
FR = [
    unit("VL-PREF", "Préfectures de zone", "Préfets de zone"),
    unit("VL-DREAL", "Direction régionale de l'environnement", "DREAL"),
    unit("VL-TRAV", "Service des travaux", "service Travaux"),
    unit("VL-MS", "Ministère de la Santé"),
    unit("VL-MA", "Ministère de l'Agriculture"),
]
VI = [
    unit("KH-SNN", "Sở Nông nghiệp và Môi trường"),
    unit("KH-SXD", "Sở Xây dựng"),
    unit("KH-UBND", "Ủy ban nhân dân tỉnh Khánh Hòa", "UBND tỉnh"),
]
DIRECTORIES = {"en": EN, "sv": SV, "fr": FR, "vi": VI}


def run(text, language, meeting="2027-03-10"):
    return directives_in(text, DIRECTORIES[language], language, meeting)


# -- a letter's addressee for its "you" -------------------------------------------------------------------------


def test_an_english_letter_s_you_is_the_unit_on_its_to_line():
    text = (
        "GOVERNMENT OF DARANG\n"
        "REVENUE AND DISASTER MANAGEMENT DEPARTMENT\n\n"
        "From: Chief Secretary\n"
        "To: All District Collectors\n\n"
        "Subject: Preparedness for the monsoon 2027\n\n"
        "You are requested to convene the district disaster management committee before May 15, 2027.\n\n"
        "You shall also ensure that relief camps are identified in every block.\n"
    )
    found = run(text, "en")
    assert leads(found) == ["DR-DC", "DR-DC"]
    assert str(found[0].deadline) == "2027-05-15"


def test_an_english_letter_s_addressee_on_the_line_under_to_and_a_request_made_to_you():
    text = (
        "Memo No. 12/2027\n\n"
        "To\n"
        "The District Collectors\n\n"
        "Subject: Preparedness for the monsoon 2027\n\n"
        "Sir,\n\n"
        "I am directed to request you to submit the action plan to the SDMA by May 30, 2027.\n"
    )
    found = run(text, "en")
    assert leads(found) == ["DR-DC"]
    assert str(found[0].deadline) == "2027-05-30"


def test_a_swedish_letter_s_ni_is_the_unit_on_its_till_line():
    text = (
        "PROMEMORIA\n\n"
        "Till: Kommunerna i Norrmark\n\n"
        "Ärende: Beredskap inför sommaren 2027\n\n"
        "Ni ska senast den 15 maj 2027 redovisa era planer för reservvatten.\n\n"
        "Ni ombeds också att utse en kontaktperson.\n"
    )
    found = run(text, "sv")
    assert leads(found) == ["RB-KOM", "RB-KOM"]
    assert str(found[0].deadline) == "2027-05-15"


def test_a_french_letter_s_addressee_on_the_line_of_its_label():
    text = (
        "Le ministre de l'Intérieur\n\n"
        "À : Mesdames et Messieurs les préfets de zone\n\n"
        "Objet : préparation de la saison des feux de forêt 2027\n\n"
        "Je vous demande de réunir, avant le 15 juin 2027, les services concernés.\n"
    )
    found = run(text, "fr")
    assert leads(found) == ["VL-PREF"]


def test_a_vietnamese_letter_s_quy_co_quan_is_the_unit_it_is_sent_to():
    text = (
        "BỘ NÔNG NGHIỆP\n\n"
        "CÔNG VĂN\n\n"
        "Kính gửi: Sở Nông nghiệp và Môi trường\n\n"
        "Đề nghị Quý cơ quan khẩn trương rà soát các hồ chứa trước ngày 15/5/2027.\n"
    )
    found = run(text, "vi")
    assert leads(found) == ["KH-SNN"]
    assert str(found[0].deadline) == "2027-05-15"


# -- a sanction on those who fail ---------------------------------------------------------------------------------


def test_a_swedish_sanction_on_units_that_miss_the_deadline_is_no_order():
    text = (
        "Protokoll\n\n"
        "IT-enheten ska senast den 31 maj 2027 införa tvåfaktorsinloggning. Enheter som inte håller tidsfristen ska "
        "redogöra för skälen inför länsrådet.\n"
    )
    assert leads(run(text, "sv")) == ["RB-IT"]


def test_a_vietnamese_sanction_on_units_that_fail_or_are_late_is_no_order():
    text = (
        "THÔNG BÁO KẾT LUẬN\n\n"
        "Sở Xây dựng hoàn thành việc sửa chữa đê trước ngày 31/5/2027. Đơn vị nào không hoàn thành đúng thời hạn "
        "phải giải trình với Chủ tịch UBND tỉnh. Các đơn vị chậm báo cáo phải chịu trách nhiệm trước UBND tỉnh.\n"
    )
    found = run(text, "vi")
    assert leads(found) == ["KH-SXD"]
    assert str(found[0].deadline) == "2027-05-31"


# -- a news headline in the present -------------------------------------------------------------------------------


def test_a_french_headline_that_tells_a_visit_and_a_request_is_no_order():
    text = (
        "Préfecture\nCOMMUNIQUÉ DE PRESSE\n\n"
        "Le préfet fait le point sur la sécheresse et demande aux services de renforcer les contrôles\n\n"
        "Le 10 mars 2027, le préfet a réuni les services de l'État. Il a demandé à la DREAL de publier un bulletin "
        "hebdomadaire avant le 31 mars.\n"
    )
    found = run(text, "fr")
    assert leads(found) == ["VL-DREAL"]


def test_a_vietnamese_portal_headline_that_tells_an_inspection_and_a_request_is_no_order():
    text = (
        "Cổng thông tin điện tử tỉnh Khánh Hòa\n\n"
        "Chủ tịch UBND tỉnh kiểm tra công tác phòng chống hạn, yêu cầu Sở Nông nghiệp và Môi trường bảo đảm nước "
        "tưới\n\n"
        "Ngày 10/3/2027, Chủ tịch UBND tỉnh đã kiểm tra công tác phòng chống hạn. Chủ tịch yêu cầu Sở Xây dựng hoàn "
        "thành sửa chữa hồ chứa trước ngày 31/3/2027.\n"
    )
    found = run(text, "vi")
    assert leads(found) == ["KH-SXD"]


def test_a_swedish_headline_that_tells_a_visit_and_a_request_is_no_order():
    text = (
        "Pressmeddelande\n\n"
        "Landshövdingen besöker Vattenverket, uppmanar Naturvårdsenheten att skärpa tillsynen\n\n"
        "Den 10 mars 2027 besökte landshövdingen Vattenverket. Länsstyrelsen ger IT-enheten i uppdrag att ta fram en "
        "plan senast den 31 mars.\n"
    )
    found = run(text, "sv")
    assert leads(found) == ["RB-IT"]


# -- the lead of a joint assignment -------------------------------------------------------------------------------


def test_the_agency_that_shall_lead_the_work_leads_a_swedish_joint_assignment():
    for lead in ("leda arbetet", "ansvara för samordningen av uppdraget", "ha det samordnande ansvaret"):
        text = (
            "Regeringens beslut\n"
            "Regeringen uppdrar åt Jordbruksverket och Livsmedelsverket att gemensamt utveckla ett stöd för "
            f"livsmedelsberedskap i kommunerna. Livsmedelsverket ska {lead}. Uppdraget ska genomföras i samverkan "
            "med Folkhälsomyndigheten. Myndigheterna ska lämna en delredovisning senast den 1 februari 2028.\n"
        )
        found = run(text, "sv")
        assert leads(found) == ["RB-LIV"], lead
        assert [c.code for c in found[0].coordinating] == ["RB-JV", "RB-FHM"], lead


def test_the_ministry_that_steers_the_work_leads_a_french_joint_assignment():
    for lead in ("assurera le pilotage de ce travail", "en assurera le pilotage"):
        text = (
            "Le Gouvernement charge le Ministère de la Santé et le Ministère de l'Agriculture d'élaborer "
            f"conjointement un plan de lutte contre la sécheresse. Le Ministère de l'Agriculture {lead}. Le plan sera "
            "remis au Premier ministre avant le 1er février 2028.\n"
        )
        found = run(text, "fr")
        assert leads(found) == ["VL-MA"], lead
        assert [c.code for c in found[0].coordinating] == ["VL-MS"], lead


def test_the_ministry_that_takes_the_lead_leads_an_english_joint_assignment():
    for lead in ("will take the lead", "shall be the nodal agency for the assignment", "will coordinate the exercise"):
        text = (
            "The Cabinet directed the Ministry of Water Supply and the Ministry of Finance to jointly prepare a "
            f"drought plan. The Ministry of Finance {lead}. The plan shall be submitted by February 1, 2028.\n"
        )
        found = run(text, "en")
        assert leads(found) == ["KS-MOF"], lead
        assert [c.code for c in found[0].coordinating] == ["KS-MOW"], lead
        assert str(found[0].deadline) == "2028-02-01", lead
