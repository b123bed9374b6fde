"""What a second reading of the thirty-second and thirty-third batches' rules found, each case in texts and
directories written for these tests: a word that closes several names of one administration is no place to take
off when it is a kind of unit ("... Department of Construction"); "en rapport avec" names a helper only before a
person or a service ("les dossiers en rapport avec le ministère" are related to it); an official addressed as
"bà"; a log's heading written as a Markdown row."""

from pathlib import Path

from tests.extraction.conftest import codes, directives_in, leads, unit
from tracker.extraction import load_directory

#: A directory kept for two provinces, several of whose units' names close on the same words
SEVERAL_PROVINCES = load_directory(Path(__file__).parent / "administrations" / "thirtieth-en" / "departments.json")


def test_a_word_closing_several_names_of_a_kind_is_no_place_to_take_off():
    text = (
        "The provincial leader inspected the ring road on 2 March 2026.\n"
        "Construction of the bypass must be completed by June 30, 2026."
    )
    found = directives_in(text, SEVERAL_PROVINCES, "en", "2026-03-02")
    assert [d.text for d in found] == []


FRENCH_GOVERNMENT = [
    unit("FG-SAN", "Ministère de la Santé"),
    unit("FG-TP", "Ministère des Travaux publics"),
    unit("FG-FIN", "Ministère des Finances"),
]


def test_a_matter_related_to_a_ministry_names_no_helper():
    text = (
        "Le Premier ministre a demandé au Ministre des Finances de solder, avant le 31 mai 2026, les dossiers en "
        "rapport avec le Ministère des Travaux publics."
    )
    found = directives_in(text, FRENCH_GOVERNMENT, "fr", "2026-03-04")
    assert leads(found) == ["FG-FIN"]
    assert codes(found[0].coordinating) == []


VIETNAMESE_DEPARTMENT = [unit("HT-SYT", "Sở Y tế"), unit("HT-STC", "Sở Tài chính")]


def test_an_official_addressed_as_ba_gives_her_unit():
    text = (
        "Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh đề nghị bà Trần Thị Hoa cùng tập thể lãnh đạo Sở Y tế sớm "
        "kiện toàn bộ máy, hoàn thành trong quý III/2026."
    )
    found = directives_in(text, VIETNAMESE_DEPARTMENT, "vi", "2026-08-03")
    assert leads(found) == ["HT-SYT"]


CITY = [
    unit("RC-PW", "Public Works Department", "Public Works"),
    unit("RC-LEG", "Legal Services", "City Solicitor"),
]


def test_a_logs_heading_written_as_a_markdown_row():
    text = (
        "OUTSTANDING COUNCIL DIRECTIONS\n\n"
        "| Res. No. / Date | Council Direction | Owner | Target | Status / Comments |\n\n"
        "C-2026-0101\nMar 9, 2026\n"
        "That the City Solicitor be directed to prepare a bylaw regulating e-scooter rentals.\n"
        "Legal Services\nSeptember 2026\nIN PROGRESS - Draft under review.\n\n"
        "C-2026-0102\nMar 9, 2026\n"
        "That Public Works be directed to repair the Elm Street culvert.\n"
        "Public Works\nQ3 2026\nNOT STARTED\n"
    )
    found = directives_in(text, CITY, "en", "2026-04-20")
    assert leads(found) == ["RC-LEG", "RC-PW"]
    assert [d.deadline.isoformat() if d.deadline else None for d in found] == ["2026-09-30", "2026-09-30"]
