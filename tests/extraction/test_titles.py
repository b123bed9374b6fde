"""The proposed task title: the action of the directive, short and imperative, never the passage cut off."""

import pytest

from tracker.extraction.titles import TITLE_MAX, make_title


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        (
            "The Vice Chairman requested the Department of Agriculture and Environment to complete 04 high-tech "
            "agricultural zones by the end of 2026, so that cooperatives can rent land there.",
            "en",
            "Complete 04 high-tech agricultural zones by the end of 2026",
        ),
        (
            "The Department of Home Affairs shall propose a policy for specialists.",
            "en",
            "Propose a policy for specialists",
        ),
        ("2. Review all online public services;", "en", "Review all online public services"),
        (
            "At the same time, establishing teams to inspect the markets before the holiday.",
            "en",
            "Establish teams to inspect the markets before the holiday",
        ),
        (
            "The Vice Chairman assigned the Department of Planning and Investment to take the lead, in coordination "
            "with the Department of Finance, in reviewing the projects behind schedule.",
            "en",
            "Review the projects behind schedule",
        ),
        (
            "She instructed that the flooded classrooms should be dried out by 30 September.",
            "en",
            "The flooded classrooms should be dried out by 30 September",
        ),
        (
            "Il a demandé au Ministre de la Santé de finaliser le plan de vaccination avant la fin du mois.",
            "fr",
            "Finaliser le plan de vaccination avant la fin du mois",
        ),
        (
            "Regeringen ger Kammarkollegiet i uppdrag att kartlägga myndigheternas lokaler senast den 1 mars 2027.",
            "sv",
            "Kartlägga myndigheternas lokaler senast den 1 mars 2027",
        ),
        (
            "Vidare ska utredaren bedöma kostnaderna för reformen för att underlätta beslutet.",
            "sv",
            "Bedöma kostnaderna för reformen",
        ),
        (
            "Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch bình ổn giá, hoàn thành "
            "trước ngày 15/3/2026.",
            "vi",
            "Xây dựng kế hoạch bình ổn giá, hoàn thành trước ngày 15/3/2026",
        ),
    ],
)
def test_the_title_is_the_action(text, language, title):
    assert make_title(text, language) == title


def test_unit_names_are_no_verbs():
    text = "Sở Xây dựng, Sở Tài chính nghiên cứu cơ chế hỗ trợ nhà ở xã hội."
    # "Xây dựng" (build) is part of the department's name here, not the action.
    assert make_title(text, "vi", names=[(0, 11), (13, 25)]) == "Nghiên cứu cơ chế hỗ trợ nhà ở xã hội"


def test_a_long_action_is_cut_at_a_word_without_an_ellipsis():
    text = (
        "The Department of Construction must review every housing project financed by the province in the "
        "districts of the north and the islands and publish the list on the portal"
    )
    title = make_title(text, "en")
    assert len(title) <= TITLE_MAX
    assert title.startswith("Review every housing project financed by the province")
    assert not title.endswith(("…", "...", " the", " and", " of", " in"))
    assert text.count(title) == 0 or title in text  # a cut of the passage's own words


def test_a_word_longer_than_a_title_is_cut_to_the_limit():
    """A reference, an address or a run of letters with no space in it: the title still keeps its limit."""
    title = make_title("X" * 90 + " by 30 June 2025.", "en")
    assert title == "X" * TITLE_MAX


def test_the_extractor_proposes_the_title(one):
    directive = one("The Chairman requested the Department of Finance to allocate the funds for school meals.")
    assert directive.title == "Allocate the funds for school meals"
    assert directive.to_dict()["title"] == "Allocate the funds for school meals"


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        (
            "Le Chef de l'Etat a demandé au Gouvernement de finaliser, avant la fin du premier trimestre, le plan "
            "national de prévention des inondations.",
            "fr",
            "Finaliser le plan national de prévention des inondations",
        ),
        (
            "Kommunstyrelsen beslutar att ge kommunstyrelseförvaltningen i uppdrag att ta fram ett förslag till "
            "placering av en ny förskola.",
            "sv",
            "Ta fram ett förslag till placering av en ny förskola",
        ),
    ],
)
def test_the_deadline_aside_and_the_decision_frame_are_left_out(text, language, title):
    assert make_title(text, language) == title
