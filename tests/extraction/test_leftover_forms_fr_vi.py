"""Forms left from earlier rounds: a Vietnamese list of wards after the committees' head and a colon ("UBND các
phường: A, B và C"), whose last place after "và" was dropped; and a Congolese-style order to "Les Administrateurs
de territoire concernés" (a group of local heads, no one unit), which took the lead of the order before it. Texts
and directories written for these tests."""

from tests.extraction.conftest import ROOT, directives_in, leads, unit
from tracker.extraction import load_directory

ADMINISTRATIONS = ROOT / "tests" / "extraction" / "administrations"

CITY = [
    unit("LH-SXD", "Sở Xây dựng"),
    unit("LH-STC", "Sở Tài chính"),
    unit("LH-PDA", "UBND phường Đông An", "phường Đông An"),
    unit("LH-PTL", "UBND phường Tân Lợi", "phường Tân Lợi"),
    unit("LH-PPH", "UBND phường Phước Hải", "phường Phước Hải"),
]

PROVINCE = [
    unit("KW-SANTE", "Ministère provincial de la Santé", "Ministre provincial de la Santé"),
    unit("KW-INT", "Ministère provincial de l'Intérieur", "Ministre provincial de l'Intérieur"),
]


def test_every_ward_listed_after_the_committees_and_a_colon_coordinates():
    text = (
        "Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính và UBND các phường: Đông An, Tân Lợi và Phước Hải "
        "rà soát quỹ nhà tái định cư còn trống, báo cáo UBND tỉnh trước ngày 20/11/2025.\n"
    )
    found = directives_in(text, CITY, "vi", "2025-10-28")
    assert leads(found) == ["LH-SXD"]
    assert [c.code for c in found[0].coordinating] == ["LH-STC", "LH-PDA", "LH-PTL", "LH-PPH"]


def test_the_wards_list_after_a_colon_names_them_as_the_lead_too():
    text = "Yêu cầu UBND các phường: Tân Lợi và Phước Hải hoàn thành việc kiểm đếm đất đai trước ngày 05/12/2025.\n"
    found = directives_in(text, CITY, "vi", "2025-10-28")
    assert len(found) == 1
    assert {found[0].lead.code} | {c.code for c in found[0].coordinating} == {"LH-PTL", "LH-PPH"}


def test_the_territories_administrators_concerned_are_a_group_not_the_unit_before():
    text = (
        "Le Gouverneur a chargé le Ministre provincial de la Santé d'organiser sans délai la riposte vaccinale dans "
        "les zones de santé touchées par la rougeole. Les Administrateurs de territoire concernés devront faire "
        "parvenir au Gouvernorat un rapport circonstancié sur la situation avant le 20 novembre 2025.\n"
    )
    found = directives_in(text, PROVINCE, "fr", "2025-11-06")
    assert leads(found) == ["KW-SANTE", None]
    assert str(found[1].deadline) == "2025-11-20"


#: A ministry's directory of one province's units and several provinces' committees, where a city shares its name
#: with its province ("Ủy ban nhân dân thành phố Bình Sơn", "Ủy ban nhân dân tỉnh Bình Sơn").
GOVERNMENT = load_directory(ADMINISTRATIONS / "thirtyfirst-vi" / "departments.json")


def test_the_provinces_listed_after_a_colon_are_the_provinces_not_a_city_of_the_same_name():
    text = (
        "Yêu cầu Chủ tịch UBND các tỉnh: Bình Sơn, Phú Lâm chỉ đạo rà soát các mỏ cát đã hết hạn khai thác, "
        "báo cáo Bộ Xây dựng trước ngày 15/12/2025.\n"
    )
    found = directives_in(text, GOVERNMENT, "vi", "2025-11-20")
    assert len(found) == 1
    assert (found[0].lead.code, found[0].coordinating[0].code) == ("CP-UBBS", "CP-UBPL")


SERVICES = [
    unit("VR-DDT", "Direction départementale des territoires", "DDT"),
    unit("VR-ARS", "Agence régionale de santé", "ARS"),
    unit("VR-CAF", "Caisse d'allocations familiales", "CAF"),
]


def test_a_relative_clause_between_the_unit_and_its_future_verb():
    text = (
        "L'ARS, dont les équipes sont mobilisées sur le terrain depuis lundi, transmettra un point de situation "
        "aux maires avant le 20 février 2026.\n"
    )
    found = directives_in(text, SERVICES, "fr", "2026-02-10")
    assert leads(found) == ["VR-ARS"]
    assert str(found[0].deadline) == "2026-02-20"


def test_an_object_pronoun_before_the_future_verb_after_a_relative_clause():
    text = "La CAF, qui connaît le mieux les familles concernées, les recensera d'ici la fin du mois de mars.\n"
    found = directives_in(text, SERVICES, "fr", "2026-02-10")
    assert leads(found) == ["VR-CAF"]
    assert str(found[0].deadline) == "2026-03-31"


def test_a_day_just_past_named_without_its_year_and_no_due_word_is_no_deadline():
    text = (
        "La DDT, saisie le 15 janvier par la commune, rendra son avis au préfet. La CAF transmettra le bilan des "
        "aides au plus tard le 15 mars.\n"
    )
    found = directives_in(text, SERVICES, "fr", "2026-02-10")
    assert leads(found) == ["VR-DDT", "VR-CAF"]
    assert [str(d.deadline) if d.deadline else None for d in found] == [None, "2026-03-15"]
