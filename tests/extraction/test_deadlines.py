"""Deadlines as written and normalised to the end of their period, relative deadlines, recurrence."""

import datetime

import pytest

from tracker.extraction.deadlines import find_deadline, find_recurrence
from tracker.extraction.textprep import fold

D = datetime.date


def deadline(text, meeting=None, language="en"):
    found = find_deadline(fold(text), [], meeting, language)
    return (found.date, text[found.start : found.end]) if found else (None, None)


@pytest.mark.parametrize(
    ("text", "language", "date", "written"),
    [
        # a year is due at its end
        ("plant 5,000 hectares of forest by 2025", "en", D(2025, 12, 31), "by 2025"),
        ("plantera 5 000 hektar senast 2025", "sv", D(2025, 12, 31), "senast 2025"),
        ("hoàn thành trong năm 2025", "vi", D(2025, 12, 31), "trong năm 2025"),
        ("achever d'ici 2030", "fr", D(2030, 12, 31), "d'ici 2030"),
        ("complete by the end of 2025", "en", D(2025, 12, 31), "by the end of 2025"),
        ("i slutet av 2025", "sv", D(2025, 12, 31), "i slutet av 2025"),
        # a month is due at its end
        ("send the results in March 2025", "en", D(2025, 3, 31), "in March 2025"),
        ("trình UBND tỉnh trong tháng 3/2025", "vi", D(2025, 3, 31), "trong tháng 3/2025"),
        ("hoàn thành trong tháng 02/2025", "vi", D(2025, 2, 28), "trong tháng 02/2025"),
        ("d'ici mars 2026", "fr", D(2026, 3, 31), "d'ici mars 2026"),
        ("lägga fram det i mars 2026", "sv", D(2026, 3, 31), "i mars 2026"),
        # a quarter is due at its end
        ("by the end of Q3 2025", "en", D(2025, 9, 30), "by the end of Q3 2025"),
        ("in Q4/2025", "en", D(2025, 12, 31), "in Q4/2025"),
        ("by the end of the third quarter of 2025", "en", D(2025, 9, 30), None),
        ("báo cáo UBND tỉnh trong quý III/2025", "vi", D(2025, 9, 30), "trong quý III/2025"),
        ("trình trong quý IV năm 2025", "vi", D(2025, 12, 31), "trong quý IV năm 2025"),
        ("d'ici la fin du troisième trimestre 2025", "fr", D(2025, 9, 30), None),
        ("au premier trimestre 2026", "fr", D(2026, 3, 31), "au premier trimestre 2026"),
        ("under första kvartalet 2026", "sv", D(2026, 3, 31), None),
        ("i tredje kvartalet 2025", "sv", D(2025, 9, 30), None),
        # a half-year is due at its end
        ("trong 6 tháng đầu năm 2025", "vi", D(2025, 6, 30), "trong 6 tháng đầu năm 2025"),
        ("within the first six months of 2025", "en", D(2025, 6, 30), None),
        ("in the first half of 2026", "en", D(2026, 6, 30), None),
        ("au premier semestre 2026", "fr", D(2026, 6, 30), None),
        ("under första halvåret 2026", "sv", D(2026, 6, 30), None),
        ("by mid-2026", "en", D(2026, 6, 30), "by mid-2026"),
        # explicit dates
        ("by 30 June 2025", "en", D(2025, 6, 30), "by 30 June 2025"),
        ("by June 30, 2025", "en", D(2025, 6, 30), "by June 30, 2025"),
        ("trước ngày 30/6/2025", "vi", D(2025, 6, 30), "trước ngày 30/6/2025"),
        ("chậm nhất ngày 15/9/2025", "vi", D(2025, 9, 15), "chậm nhất ngày 15/9/2025"),
        ("avant le 30 juin 2025", "fr", D(2025, 6, 30), "avant le 30 juin 2025"),
        ("avant le 15/11/2025", "fr", D(2025, 11, 15), None),
        ("senast den 30 september 2025", "sv", D(2025, 9, 30), "senast den 30 september 2025"),
        ("no later than 2026-01-31", "en", D(2026, 1, 31), None),
        ("from June to August 2026", "en", D(2026, 8, 31), None),
    ],
)
def test_deadline_is_normalised_to_the_end_of_its_period(text, language, date, written):
    found, as_written = deadline(text, language=language)
    assert found == date
    if written is not None:
        assert as_written == written


@pytest.mark.parametrize(
    ("text", "language", "meeting", "date"),
    [
        ("within ten days", "en", D(2025, 5, 14), D(2025, 5, 24)),
        ("within 7 working days", "en", D(2025, 8, 20), D(2025, 8, 29)),
        ("within two weeks", "en", D(2025, 1, 1), D(2025, 1, 15)),
        ("within 3 months", "en", D(2025, 1, 31), D(2025, 4, 30)),
        ("trong vòng 10 ngày", "vi", D(2025, 7, 7), D(2025, 7, 17)),
        ("trong 15 ngày làm việc", "vi", D(2025, 7, 7), D(2025, 7, 28)),
        ("inom 30 dagar", "sv", D(2025, 9, 15), D(2025, 10, 15)),
        ("inom två veckor", "sv", D(2025, 11, 5), D(2025, 11, 19)),
        ("dans un délai de 15 jours", "fr", D(2025, 4, 22), D(2025, 5, 7)),
        ("sous 10 jours", "fr", D(2025, 4, 22), D(2025, 5, 2)),
        ("no later than the 10th of each month", "en", D(2025, 3, 3), D(2025, 3, 10)),
        ("trước ngày 25 hằng tháng", "vi", D(2025, 8, 26), D(2025, 9, 25)),
        ("trước ngày 15/12 hằng năm", "vi", D(2025, 2, 25), D(2025, 12, 15)),
        ("avant le 15 décembre", "fr", D(2025, 12, 20), D(2026, 12, 15)),
    ],
)
def test_relative_deadlines_count_from_the_meeting(text, language, meeting, date):
    assert deadline(text, meeting, language)[0] == date


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("within ten days", "en"),
        ("trong vòng 10 ngày", "vi"),
        ("inom 30 dagar", "sv"),
        ("dans un délai de 15 jours", "fr"),
        ("before 15 July", "en"),
        ("trước ngày 25 hằng tháng", "vi"),
    ],
)
def test_relative_deadlines_without_meeting_date_keep_their_text_only(text, language):
    date, written = deadline(text, None, language)
    assert date is None
    assert written


@pytest.mark.parametrize(
    "text",
    [
        "in accordance with Resolution No. 57-NQ/TW dated 22 December 2024",
        "for the period 2021-2025",
        "trong giai đoạn 2022-2024",
        "under perioden 2025–2030",
        "with a vision to 2030",
        "với tầm nhìn đến năm 2030",
        "med en vision fram till 2030",
        "records received since 2020",
        "tasks in the 2026 budget estimate",
        "compared with 2023",
        "the 2025 capital plan",
    ],
)
def test_dates_that_are_no_deadlines(text):
    assert deadline(text)[0] is None


def test_the_first_deadline_wins():
    assert deadline("submit the draft by 30 June 2025 and the final plan by 2026")[0] == D(2025, 6, 30)


def test_document_dates_inside_a_passage_are_skipped_when_excluded():
    text = "implement Plan No. 28/KH-UBND dated 24 January 2025 by 2026"
    folded = fold(text)
    start = folded.index("plan")
    end = folded.index("2025") + 4
    found = find_deadline(folded, [(start, end)], None, "en")
    assert found.date == D(2026, 12, 31)


def test_unusual_month_spelling_goes_to_dateparser():
    # "okt" is no month name of ours; dateparser reads the explicit fragment strictly.
    assert deadline("senast 30 okt 2025", language="sv")[0] == D(2025, 10, 30)


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("report annually", "yearly"),
        ("every year", "yearly"),
        ("hàng năm tổ chức đánh giá", "yearly"),
        ("hằng năm", "yearly"),
        ("utbilda 50 sjuksköterskor årligen", "yearly"),
        ("varje år", "yearly"),
        ("chaque année avant le 15 décembre", "yearly"),
        ("report every quarter", "quarterly"),
        ("định kỳ hằng quý", "quarterly"),
        ("varje kvartal", "quarterly"),
        ("publier chaque trimestre", "quarterly"),
        ("tous les trimestres", "quarterly"),
        ("inspect monthly", "monthly"),
        ("hằng tháng báo cáo", "monthly"),
        ("varje månad", "monthly"),
        ("publier tous les mois", "monthly"),
        ("complete the plan by 2025", "none"),
    ],
)
def test_recurrence(text, recurrence):
    assert find_recurrence(fold(text)) == recurrence


@pytest.mark.parametrize(
    ("text", "meeting", "date", "written"),
    [
        # a month with no year: the meeting's year (the next one when the month is already past)
        ("finish the survey by the end of June this year so that", D(2026, 5, 20), D(2026, 6, 30), None),
        ("open the clinic by June 15 so that", D(2026, 4, 14), D(2026, 6, 15), "by June 15"),
        ("publish the list by February", D(2026, 9, 1), D(2027, 2, 28), "by February"),
        # a season is due at its (astronomical) end
        ("present the study to the Board in the Spring of 2027", None, D(2027, 6, 20), "in the Spring of 2027"),
        # "at a November 2026 meeting of the Board"
        ("bring the options back at a November 2026 meeting of the Board", None, D(2026, 11, 30), "at a November 2026"),
        # "due at the end of the third quarter of 2029"
        ("hand over the assets, due at the end of the third quarter of 2029", None, D(2029, 9, 30), None),
    ],
)
def test_months_without_a_year_seasons_and_meetings(text, meeting, date, written):
    found, as_written = deadline(text, meeting)
    assert found == date
    if written:
        assert as_written == written


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("enligt den plan som Trafikverket presenterade för departementet i mars 2019", "sv"),
        ("the plan that was adopted in March 2024 by the council", "en"),
    ],
)
def test_a_past_event_is_no_deadline(text, language):
    assert deadline(text, None, language) == (None, None)


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("submit a compliance report by the end of this month", "en", D(2025, 9, 30)),
        ("procéder au paiement des arriérés avant la fin du mois", "fr", D(2025, 9, 30)),
        ("lämna underlaget före slutet av månaden", "sv", D(2025, 9, 30)),
        ("the requests received till the month of April", "en", None),
    ],
)
def test_the_meeting_month(text, language, date):
    assert deadline(text, D(2025, 9, 3), language)[0] == date


def test_working_days_skip_the_public_holidays_of_the_text_s_country():
    # From 10 April 2024, 30 working days: weekends, Hùng Kings' day (18/4), 30/4 and 1/5 are off in
    # Vietnam; an English text names no country, so only weekends count.
    assert deadline("báo cáo trong 30 ngày làm việc", D(2024, 4, 10), "vi")[0] == D(2024, 5, 27)
    assert deadline("report within 30 working days", D(2024, 4, 10), "en")[0] == D(2024, 5, 22)
    # a holiday on a Saturday is taken on the Monday: 1 May 2021 -> 3 May 2021
    assert deadline("trong 1 ngày làm việc", D(2021, 4, 30), "vi")[0] == D(2021, 5, 4)
    # Swedish: Good Friday and Easter Monday 2026 (3 and 6 April) are off.
    assert deadline("inom 5 arbetsdagar", D(2026, 3, 31), "sv")[0] == D(2026, 4, 9)


def test_a_meeting_named_as_the_deadline():
    found, written = deadline("rapportera till nämndens sammanträde 12 mars 2025 om de vidtagna åtgärderna", None, "sv")
    assert found == D(2025, 3, 12)
    assert written.startswith("till nämndens sammanträde")


def test_a_quarter_without_a_year_is_the_meeting_s():
    assert deadline("finaliser, avant la fin du premier trimestre, le plan", D(2025, 2, 12), "fr")[0] == D(2025, 3, 31)


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("The department shall send its report by Friday, 20 June.", "en", "by Friday, 20 June"),
        ("Submit the figures by Friday June 20, 2025.", "en", "by Friday June 20, 2025"),
        ("Il transmettra le bilan au plus tard le vendredi 20 juin.", "fr", "au plus tard le vendredi 20 juin"),
        ("Sở Y tế báo cáo trước thứ Sáu, ngày 20/6/2025.", "vi", "trước thứ Sáu, ngày 20/6/2025"),
        ("Kontoret ska redovisa senast fredagen den 20 juni.", "sv", "senast fredagen den 20 juni"),
        ("Report by 5 p.m. on Friday, 20 June.", "en", "by 5 p.m. on Friday, 20 June"),
    ],
)
def test_a_day_of_the_week_between_the_qualifier_and_the_date(text, language, written):
    assert deadline(text, D(2025, 6, 2), language) == (D(2025, 6, 20), written)
