"""Names a directory implies: units without the territory the whole directory serves, their acronyms, an
office's head, Vietnamese abbreviations, a division after a dash; and a reader's names for officials and
heads matched against directories written the way administrators write them. Directories and texts written
for these tests."""

import datetime

import pytest

from tracker.extraction import extract
from tracker.extraction.aliases import derived_aliases
from tracker.extraction.results import DepartmentRef


def ref(code, name, *aliases):
    return DepartmentRef(code, name, tuple(aliases), code)


PREFECTURE = (
    ref("PREF", "Préfecture du Cantal"),
    ref("DDT", "Direction départementale des territoires du Cantal", "DDT 15"),
    ref("SDIS", "Service départemental d'incendie et de secours du Cantal", "SDIS 15"),
    ref("ARS", "Agence régionale de santé Auvergne-Rhône-Alpes – Délégation départementale du Cantal"),
    ref("DDETS", "Direction départementale de l'emploi, du travail et des solidarités du Cantal"),
)
PROVINCE = (
    ref("UB", "Ủy ban nhân dân tỉnh Hà Giang", "UBND tỉnh Hà Giang"),
    ref("STC", "Sở Tài chính tỉnh Hà Giang", "Ha Giang Department of Finance"),
    ref("CA", "Công an tỉnh Hà Giang"),
    ref("XA-LT", "Ủy ban nhân dân xã Lũng Tám"),
)


def leads(directory, text, language, meeting="2026-03-02"):
    result = extract(text, directory, language=language, meeting_date=datetime.date.fromisoformat(meeting))
    return [d.lead.code if d.lead else None for d in result.directives]


def test_a_territory_shared_by_the_directory_is_no_part_of_a_units_name():
    derived = derived_aliases(PREFECTURE)
    assert "Direction départementale des territoires" in derived[PREFECTURE[1]]
    assert "DDT" in derived[PREFECTURE[1]] and "SDIS" in derived[PREFECTURE[2]]
    assert "ARS" in derived[PREFECTURE[3]] and "DDETS" in derived[PREFECTURE[4]]


def test_a_field_that_closes_two_names_is_no_territory():
    directory = (
        ref("MS", "Ministère de la Santé"),
        ref("DS", "Direction générale de la Santé"),
        ref("MF", "Ministère des Finances"),
    )
    derived = derived_aliases(directory)
    assert not any("Santé" not in name and len(name) > 4 for names in derived.values() for name in names)


def test_the_units_of_a_prefecture_by_the_names_its_circulars_use():
    text = (
        "La DDT révisera l'arrêté cadre sécheresse avant le 31 mars.\n"
        "L'ARS recensera les établissements sensibles d'ici le 30 avril.\n"
        "Le SDIS transmettra à mes services la carte des points d'eau avant le 15 mai.\n"
    )
    assert leads(PREFECTURE, text, "fr") == ["DDT", "ARS", "SDIS"]


def test_the_units_of_a_province_without_its_name():
    text = (
        "Giao Sở Tài chính chủ trì, phối hợp với Công an tỉnh rà soát hồ sơ, báo cáo trước ngày 15/4/2026.\n"
        "Yêu cầu UBND xã Lũng Tám hoàn thành việc kiểm đếm trong tháng 4/2026.\n"
    )
    result = extract(text, PROVINCE, language="vi", meeting_date=datetime.date(2026, 3, 2))
    assert [d.lead.code for d in result.directives] == ["STC", "XA-LT"]
    assert [c.code for c in result.directives[0].coordinating] == ["CA"]


def test_an_english_edition_names_the_department_without_the_province():
    text = "The Chairman assigned the Department of Finance to review the compensation plans by April 15, 2026."
    assert leads(PROVINCE, text, "en") == ["STC"]


def test_a_level_stays_with_bodies_that_every_level_has():
    derived = derived_aliases(PROVINCE)
    assert "Công an tỉnh" in derived[PROVINCE[2]] and "Công an" not in derived[PROVINCE[2]]
    assert "Ủy ban nhân dân tỉnh" in derived[PROVINCE[0]]
    assert "UBND xã Lũng Tám" in derived[PROVINCE[3]]


@pytest.mark.parametrize(
    ("directory", "office", "head"),
    [
        ((ref("PM", "Primature", "Services du Premier Ministre"),), "PM", "Premier Ministre"),
        ((ref("PMO", "Office of the Prime Minister"),), "PMO", "Prime Minister"),
    ],
)
def test_an_office_answers_to_its_heads_title(directory, office, head):
    assert head in derived_aliases(directory)[directory[0]]


def test_an_acronym_two_units_would_share_is_dropped():
    directory = (
        ref("A", "Agence régionale de santé"),
        ref("B", "Association régionale des sports"),
    )
    derived = derived_aliases(directory)
    assert all("ARS" not in names for names in derived.values())


CITY = (
    ref("PLAN", "Planning Services", "Planning Department"),
    ref("LEGAL", "Legal Services"),
    ref("BUILD", "Building Services"),
    ref("TRAFFIC", "Transportation Services - Traffic Operations Division"),
    ref("MOJ", "Ministry of Justice"),
    ref("JAL", "Jal Shakti Department", "Irrigation and Public Health Department"),
    ref("HEALTH", "Department of Health and Family Welfare"),
)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("That the City Planner BE DIRECTED to initiate a review of the zoning by-law.", "PLAN"),
        ("That the City Solicitor BE DIRECTED to prepare the amending by-law.", "LEGAL"),
        ("That the Chief Building Official BE DIRECTED to report on vacant buildings.", "BUILD"),
        ("That Traffic Operations BE DIRECTED to install speed cushions on Elm Street.", "TRAFFIC"),
        ("The Jal Shakti Vibhag was told to restore the water supply schemes within a week.", "JAL"),
        ("The Chief Minister directed the Health Department to stock anti-snake venom.", "HEALTH"),
    ],
)
def test_officials_and_heads_for_a_citys_or_a_states_units(text, lead):
    assert leads(CITY, text, "en") == [lead]


def test_a_municipalitys_chief_executive_heads_its_central_administration():
    directory = (
        ref("KS", "Kommunstyrelsen"),
        ref("KLF", "Kommunledningsförvaltningen"),
        ref("SN", "Socialnämnden"),
    )
    text = "Kommunstyrelsen beslutar\natt uppdra åt kommundirektören att ta fram en ny lokalförsörjningsplan.\n"
    assert leads(directory, text, "sv") == ["KLF"]


def test_a_regional_delegate_stands_for_his_delegation():
    directory = (
        ref("GOUV", "Services du Gouverneur de la Région du Nord"),
        ref("DRTP", "Délégation régionale des Travaux publics du Nord"),
        ref("DRSP", "Délégation régionale de la Santé publique du Nord"),
        ref("LEG", "Légion de Gendarmerie du Nord"),
    )
    text = "Le Gouverneur a demandé au Délégué régional des Travaux publics de reprofiler la route de Guider."
    assert leads(directory, text, "fr") == ["DRTP"]


def test_a_territory_closing_a_name_with_no_word_before_it():
    directory = (*PROVINCE, ref("KKT", "Ban Quản lý Khu kinh tế Tây Bắc Hà Giang"))
    text = "Ban Quản lý Khu kinh tế Tây Bắc rà soát quỹ đất tái định cư, báo cáo trước ngày 30/4/2026."
    assert leads(directory, text, "vi") == ["KKT"]


def test_a_sector_named_in_lower_case():
    directory = (ref("SXD", "Sở Xây dựng", "Department of Construction"), ref("STC", "Sở Tài chính"))
    text = "The construction sector must urge contractors to add machinery on the ring road by May 15, 2026."
    assert leads(directory, text, "en") == ["SXD"]
