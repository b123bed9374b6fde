"""A second reading of the fifty-first round's Swedish and Vietnamese rules: sentences of the same genres, in other
wordings, on which a new rule over-reaches or stays too narrow. A kommittédirektiv whose title shares one word of
another inquiry's subject ("framtida", "nytt regelverk"): "Utredaren" is not that inquiry; a clause put first and the
subject after the verb where the clause names no unit ("Innan badsäsongen börjar ska miljöavdelningen ..."); a
proposal's label whose proposer takes two words ("Tekniska nämndens förslag:"); "bör" in what a decision says
("Nämnden beslutar att förvaltningen bör ..."), an order; Vietnamese forecasts worded otherwise ("Dự báo trong 24 giờ
tới", "Theo nhận định của Đài ..., trong 3 ngày tới"), no order, the unit's bullets after them still its own. Texts and
directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

INQUIRIES = [
    unit("SE-KOM", "Kommittén om robust livsmedelsförsörjning (N 2026:05)", "Livsmedelskommittén"),
    unit("SE-FIS", "Utredningen om fiskets framtid (N 2025:02)", "Fiskeutredningen"),
    unit("SE-DRI", "Utredningen om ett nytt regelverk för dricksvattenkontroll (LI 2025:04)"),
]


def terms(title):
    return f"Kommittédirektiv\n\n{title}\n\nDir. 2026:80\n\nBeslut vid regeringssammanträde den 8 oktober 2026\n\n"


def test_an_inquiry_whose_subject_shares_one_word_with_the_title_is_not_the_one_charged():
    text = terms("Kustbevakningens framtida uppgifter till sjöss") + (
        "Sammanfattning\n\nEn särskild utredare ska se över Kustbevakningens uppgifter.\n\n"
        "Utredaren ska lämna förslag om hur uppgifterna kan renodlas.\n\n"
        "Uppdraget ska redovisas senast den 1 mars 2028.\n"
    )
    found = directives_in(text, INQUIRIES, "sv", "2026-10-08")
    assert "SE-FIS" not in leads(found)
    assert leads(found) == [None, None]
    # (the inquiry whose subject the title names in other words is still the one charged)
    text = terms("En robust livsmedelsförsörjning i hela landet") + (
        "Sammanfattning\n\nEn kommitté ska se över beredskapslagren.\n\n"
        "Kommittén ska lämna förslag om lagrens storlek senast den 1 mars 2028.\n"
    )
    assert leads(directives_in(text, INQUIRIES, "sv", "2026-10-08")) == ["SE-KOM"]


def test_an_inquiry_whose_name_shares_only_a_title_s_common_words_is_not_the_one_charged():
    text = terms("Ett nytt regelverk för skolskjuts") + (
        "Sammanfattning\n\nEn särskild utredare ska se över reglerna för skolskjuts.\n\n"
        "Utredaren ska lämna förslag om hur reglerna kan förenklas.\n"
    )
    found = directives_in(text, INQUIRIES, "sv", "2026-10-08")
    assert leads(found) == [None, None]


NORRHAMN = [
    unit("NH-TEK", "Tekniska sektorn", "tekniska"),
    unit("NH-MIL", "Miljöavdelningen"),
    unit("NH-KS", "Stadsstyrelsen"),
    unit("NH-TN", "Tekniska nämnden"),
]
NORRHAMN_HEAD = "NORRHAMNS STAD    PROTOKOLL 4/2026\nStadsstyrelsen\n\nTid   måndag 9.3.2026 kl. 18.00–20.10\n\n"


def test_a_clause_put_first_that_names_no_unit_leaves_the_subject_after_the_verb_the_lead():
    text = NORRHAMN_HEAD + (
        "§ 43\nBADPLATSER\n\nFörslag:\n"
        "Innan badsäsongen börjar ska miljöavdelningen ta vattenprover vid alla badplatser. Om proverna visar "
        "förhöjda halter ska tekniska sektorn dessutom stänga badplatsen.\n\n"
        "Beslut: Enligt förslaget.\n"
    )
    found = directives_in(text, NORRHAMN, "sv", "2026-03-09")
    assert leads(found) == ["NH-MIL", "NH-TEK"]
    assert found[1].text.startswith("Om proverna visar")


def test_a_proposal_label_whose_proposer_takes_two_words_addresses_no_unit():
    text = NORRHAMN_HEAD + (
        "§ 45\nCYKELVÄGAR\n\nTekniska nämndens förslag:\n"
        "Stadsstyrelsen antecknar redogörelsen för kännedom.\n"
        "Stadsstyrelsen uppmanar tekniska sektorn att senast 31.10.2026 lägga fram en plan för cykelvägarna.\n\n"
        "Beslut: Enligt förslaget.\n"
    )
    found = directives_in(text, NORRHAMN, "sv", "2026-03-09")
    assert leads(found) == ["NH-TEK"]
    assert str(found[0].deadline) == "2026-10-31"


def test_what_a_decision_says_a_unit_should_do_is_an_order():
    social = [unit("SO", "Socialförvaltningen"), unit("SN", "Socialnämnden")]
    text = (
        "Socialnämnden\nProtokoll 2026-03-10\n\n§ 12 Nattbemanningen i hemtjänsten\n\n"
        "Nämnden beslutar att socialförvaltningen bör se över rutinerna för nattbemanningen.\n"
    )
    found = directives_in(text, social, "sv", "2026-03-10")
    assert leads(found) == ["SO"]


PROVINCE = [
    unit("BS-UBND", "Ủy ban nhân dân tỉnh Bình Sơn", "UBND tỉnh"),
    unit("BS-SNN", "Sở Nông nghiệp và Môi trường tỉnh Bình Sơn", "Sở Nông nghiệp và Môi trường"),
]


def test_a_forecast_for_hours_counted_is_no_order():
    text = (
        "UBND tỉnh yêu cầu:\n1. Sở Nông nghiệp và Môi trường\n"
        "- Theo dõi sát diễn biến mưa lũ, báo cáo UBND tỉnh hằng ngày.\n"
        "- Dự báo trong 24 giờ tới, mực nước trên các sông tiếp tục lên.\n"
        "- Chuẩn bị vật tư phòng chống lụt bão.\n"
    )
    found = directives_in(text, PROVINCE, "vi", "2026-03-02")
    assert leads(found) == ["BS-SNN", "BS-SNN"]
    assert found[1].text.startswith("Chuẩn bị vật tư")


def test_an_assessment_of_the_days_ahead_by_its_source_is_no_order():
    text = (
        "UBND tỉnh yêu cầu:\n1. Sở Nông nghiệp và Môi trường\n"
        "- Theo dõi sát diễn biến mưa lũ, báo cáo UBND tỉnh hằng ngày.\n"
        "- Theo nhận định của Đài Khí tượng Thủy văn tỉnh, trong 3 ngày tới mưa lớn tiếp tục xảy ra.\n"
        "- Chuẩn bị vật tư phòng chống lụt bão.\n"
    )
    found = directives_in(text, PROVINCE, "vi", "2026-03-02")
    assert leads(found) == ["BS-SNN", "BS-SNN"]
    assert found[1].deadline is None
