"""Dates: absolute and relative expressions, seasons and quarters as ranges, granularity kept."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.dates import find_dates, parse_absolute, parse_iso, start_of

WEDNESDAY = dt.date(2025, 3, 12)
"""Publication date used as the reference: Wednesday 12 March 2025."""


def values(text: str, reference: dt.date | None = WEDNESDAY, anchor: dt.date | None = None) -> list[str]:
    return [d.value for d in find_dates(text, reference, anchor)]


def spans(text: str, reference: dt.date | None = WEDNESDAY) -> list[tuple[str, str, bool]]:
    """(words, value, relative) of each mention."""
    return [(text[d.start:d.end], d.value, d.relative) for d in find_dates(text, reference)]


# ---- absolute -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The fine was issued on Dec. 9, 2024.", "2024-12-09"),
    ("The fine was issued on Dec 9 2024.", "2024-12-09"),
    ("The fine was issued on 2024-12-10.", "2024-12-10"),
    ("The fine was issued on 29 January 2025.", "2025-01-29"),
    ("The fine was issued on September 3rd, 2024.", "2024-09-03"),
    ("The fine was issued in Sept. 2024.", "2024-09"),
    ("The fine was issued in March 2024.", "2024-03"),
    ("The fine was issued in 2023.", "2023"),
    # year first with slashes or dots, as East Asian pages write it
    ("The inspection took place on 2023/11/18.", "2023-11-18"),
    ("The inspection took place on 2023/7/9.", "2023-07-09"),
    ("The inspection took place on 2023.11.18.", "2023-11-18"),
    # a part of a month is a range of its days
    ("The first complaint came in late January 2023.", "2023-01-21/2023-01-31"),
    ("The first complaint came in mid-February 2023.", "2023-02-11/2023-02-20"),
])
def test_absolute_dates_keep_their_granularity(text, value):
    assert values(text) == [value]


def test_absolute_date_span_and_flag():
    assert spans("Northwind was fined on Dec. 9, 2024, in Springfield.") == [("Dec. 9, 2024", "2024-12-09", False)]


def test_an_impossible_day_is_not_a_date():
    assert values("The filing was dated February 30, 2025.") == []


def test_a_bare_number_is_not_a_year():
    assert values("Northwind sold 2024 drones.") == []


def test_lower_case_may_is_not_a_month():
    assert values("Shares may fall 5 percent.") == []
    assert values("The top 5 may fall further.") == []


def test_a_day_before_may_is_a_date():
    assert values("Northwind signed a consent decree on 17 May setting out repairs.") == ["2024-05-17"]


def test_absolute_dates_need_no_reference():
    assert values("It happened on 29 January 2025.", reference=None) == ["2025-01-29"]


def test_several_dates_in_reading_order():
    assert values("The probe opened on Jan. 20 and the fine came on 2025-03-04.") == ["2025-01-20", "2025-03-04"]


# ---- month and day without a year -----------------------------------------------------------

def test_month_and_day_take_the_reference_year():
    assert spans("The probe opened on Jan. 20.") == [("Jan. 20", "2025-01-20", True)]


def test_month_and_day_after_the_reference_take_the_previous_year():
    assert values("The probe opened on Dec. 20.") == ["2024-12-20"]


def test_a_day_early_next_year_is_next_year():
    # a December article: "Jan. 1" is weeks ahead, not eleven months back
    assert values("Tariffs rise from 10 percent on Jan. 1.", dt.date(2018, 12, 6)) == ["2019-01-01"]


def test_a_day_the_text_looks_ahead_to_may_be_months_after_the_reference():
    ref = dt.date(2022, 2, 17)
    assert values("Investors want answers ahead of the annual meeting on March 29.", ref) == ["2022-03-29"]
    assert values("The hearing will be held on 30 April.", ref) == ["2022-04-30"]
    assert values("The company was fined on March 29.", ref) == ["2021-03-29"]  # told as past
    assert values("Investors have until 7 September to apply to be lead plaintiff.", dt.date(2021, 7, 8)) == [
        "2021-09-07"]  # a deadline still to come
    assert values("The deadline for bids is 30 June.", ref) == ["2022-06-30"]


def test_a_weekday_before_the_and_a_number_is_still_a_day():
    # "on Wednesday the 43 restaurants": a count follows, not a date ("Wednesday, June 18")
    assert values("Northwind said Tuesday it would begin reopening on Wednesday the 43 shops it closed.") \
        == ["2025-03-11", "2025-03-12"]


def test_day_month_order():
    assert values("The probe opened on 20 January.") == ["2025-01-20"]


def test_month_and_day_without_reference_invent_no_year():
    assert values("The probe opened on Jan. 20.", reference=None) == []


def test_weekday_before_a_full_date_is_part_of_it_not_a_second_date():
    assert values("On Tuesday, March 11, the board met.") == ["2025-03-11"]
    assert values("On Tuesday (11 March) the board met.") == ["2025-03-11"]
    assert values("Already on Tuesday, 04.03., the shares had lost a third of their value.") == ["2025-03-04"]


def test_weekday_before_a_date_months_back_names_that_date_not_last_week():
    # the weekday alone would be the last one before publication; the date after it says which it is
    assert values("On Sunday, Dec. 8, an investigating judge charged four people.") == ["2024-12-08"]
    assert values("She was detained last Friday evening, 7 February, after the raids.") == ["2025-02-07"]
    assert values("He is due to testify on Thursday, April 10.") == ["2025-04-10"]


def test_month_alone_is_a_month_of_the_reference_year():
    assert values("The regulator opened the inquiry in February.") == ["2025-02"]


def test_month_alone_after_the_reference_is_last_year():
    assert values("The regulator opened the inquiry in December.") == ["2024-12"]


# ---- relative to the publication date -------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Northwind said on Monday it would appeal.", "2025-03-10"),
    ("Northwind said last Monday it would appeal.", "2025-03-10"),
    ("Northwind said on Tuesday it would appeal.", "2025-03-11"),
    ("Northwind will respond next Friday.", "2025-03-14"),
    ("Northwind said yesterday it would appeal.", "2025-03-11"),
    ("Northwind said today it would appeal.", "2025-03-12"),
    ("Ms Roe is due to give evidence to the committee this afternoon.", "2025-03-12"),
    ("Northwind said this morning it would appeal.", "2025-03-12"),
])
def test_relative_days(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("The regulator wrote to Northwind last week.", "2025-03-03/2025-03-09"),
    ("The regulator wrote to Northwind earlier this week.", "2025-03-10/2025-03-16"),
    ("The regulator wrote to Northwind earlier this month.", "2025-03"),
    ("The regulator wrote to Northwind last month.", "2025-02"),
    ("The regulator wrote to Northwind last year.", "2024"),
    ("The regulator wrote to Northwind earlier this year.", "2025"),
    ("Northwind is due in court next week.", "2025-03-17/2025-03-23"),
    ("Northwind is due in court next month.", "2025-04"),
    ("Northwind is due in court next year.", "2026"),
    ("Northwind began making seatbelts in the 1960s.", "1960/1969"),
    ("Northwind began making airbags in the late 1980s.", "1987/1989"),
])
def test_relative_periods_keep_their_granularity(text, value):
    assert values(text) == [value]


def test_next_month_in_december_is_january_of_the_next_year():
    assert values("Northwind is due in court next month.", reference=dt.date(2025, 12, 8)) == ["2026-01"]


def test_a_month_the_text_works_towards_is_the_coming_one():
    # "by September" in a May article: this September; "until late December" told as past: last December
    assert values("Northwind is raising output to 1 million kits a month by September.",
                  reference=dt.date(2025, 5, 19)) == ["2025-09"]
    assert values("Officials did not interview the engineer until late December.",
                  reference=dt.date(2025, 5, 19)) == ["2024-12-21/2024-12-31"]


def test_last_month_in_january_is_december_of_the_previous_year():
    assert values("The regulator wrote to Northwind last month.", reference=dt.date(2025, 1, 8)) == ["2024-12"]


def test_relative_dates_need_a_reference():
    assert values("Northwind said on Monday it would appeal last week.", reference=None) == []


def test_relative_mention_is_flagged_relative():
    assert spans("Northwind said on Monday it would appeal.") == [("on Monday", "2025-03-10", True)]


def test_the_next_day_counts_from_the_anchor():
    assert values("The regulator responded the next day.", anchor=dt.date(2025, 3, 3)) == ["2025-03-04"]


def test_the_day_before_counts_back_from_the_anchor():
    assert values("The board had met the day before.", anchor=dt.date(2025, 3, 3)) == ["2025-03-02"]


def test_the_following_weekday_counts_from_the_anchor_not_from_publication():
    # told weeks later: "the following Monday" is the Monday after the day the text last told
    assert values("The stock rebounded 4% the following Monday.", anchor=dt.date(2024, 12, 13)) == ["2024-12-16"]
    assert values("It had warned the previous Friday.", anchor=dt.date(2024, 12, 13)) == ["2024-12-06"]


def test_days_and_weeks_later_or_earlier_count_from_the_anchor():
    # "Eight days later" is the day after the last one told; a weekday after it counts from it in turn
    assert values("Eight days later the auditor refused to sign. The shares fell 45% on the following Monday.",
                  anchor=dt.date(2022, 4, 22)) == ["2022-04-30", "2022-05-02"]
    assert values("Two weeks earlier, Northwind had denied it.", anchor=dt.date(2022, 4, 22)) == ["2022-04-08"]
    assert values("The deal closed 3 days later.", anchor=dt.date(2022, 4, 22)) == ["2022-04-25"]
    # no day told before it, or no number of days: none is invented; "later than" is no date
    assert values("Eight days later the auditor refused to sign.") == []
    assert values("Days later the auditor refused to sign.", anchor=dt.date(2022, 4, 22)) == []
    assert values("The results came a week later than planned.", anchor=dt.date(2022, 4, 22)) == []


def test_the_following_weekday_without_an_anchor_invents_no_day():
    assert values("The stock rebounded 4% the following Monday.") == []


def test_the_next_day_counts_from_a_day_told_earlier_in_the_sentence():
    assert values("On 3 March Northwind wrote to staff, and the following day workers walked out.",
                  anchor=dt.date(2025, 2, 1)) == ["2025-03-03", "2025-03-04"]


def test_the_next_day_without_an_anchor_invents_no_day():
    assert values("The regulator responded the next day.") == []


# ---- seasons, quarters, parts of a year: ranges ---------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Northwind was warned last fall.", "2024-09/2024-11"),
    ("Northwind was warned last autumn.", "2024-09/2024-11"),
    ("Northwind was warned last summer.", "2024-06/2024-08"),
    ("Northwind was warned in the summer of 2023.", "2023-06/2023-08"),
    ("Northwind was warned in the winter of 2024.", "2024-12/2025-02"),
    ("Northwind was warned in the last quarter of 2024.", "2024-10/2024-12"),
    ("Northwind was warned in the fourth quarter.", "2024-10/2024-12"),
    ("Northwind was warned in Q3 2024.", "2024-07/2024-09"),
    ("Northwind was warned in late 2024.", "2024-09/2024-12"),
    ("Northwind was warned in early 2024.", "2024-01/2024-04"),
    ("Northwind was warned in mid-2024.", "2024-05/2024-08"),
    ("Northwind was warned in the second half of 2024.", "2024-07/2024-12"),
    ("Northwind was warned late last year.", "2024-09/2024-12"),
])
def test_seasons_quarters_and_parts_of_a_year_are_ranges(text, value):
    assert values(text) == [value]


def test_a_quarter_with_its_year_is_not_relative():
    assert spans("Sales fell in the last quarter of 2024.") == [("the last quarter of 2024", "2024-10/2024-12", False)]


# ---- helpers --------------------------------------------------------------------------------

def test_parse_absolute_wants_a_full_date():
    assert [parse_absolute("Updated 9:15 am, Wednesday, 12 March 2025"), parse_absolute("March 2025")] == [
        "2025-03-12", None]


def test_parse_iso_only_takes_days():
    assert [parse_iso("2025-03-12"), parse_iso("2025-03"), parse_iso(None), parse_iso("2025-02-30")] == [
        dt.date(2025, 3, 12), None, None, None]


def test_start_of_a_range_is_its_first_part():
    assert [start_of("2024-10/2024-12"), start_of("2025-03-12")] == ["2024-10", "2025-03-12"]


def test_year_ranges_keep_both_ends():
    import datetime as _dt

    from generator.dates import find_dates as _find

    ref = _dt.date(2024, 1, 16)
    assert [d.value for d in _find("Between 1999 and 2015, hundreds were prosecuted.", ref)] == ["1999/2015"]
    assert [d.value for d in _find("She was chief executive from 2012 to 2019.", ref)] == ["2012/2019"]
    assert [d.value for d in _find("convicted in 1999–2015", ref)] == ["1999/2015"]


def test_a_weekday_in_the_future_tense_is_ahead_of_the_publication_date():
    import datetime as _dt

    from generator.dates import find_dates as _find

    monday = _dt.date(2024, 3, 4)
    assert [d.value for d in _find("The new rules take effect Thursday.", monday)] == ["2024-03-07"]
    assert [d.value for d in _find("The minister will speak on Thursday.", monday)] == ["2024-03-07"]
    assert [d.value for d in _find("Shares fell on Thursday.", monday)] == ["2024-02-29"]


def test_a_weekday_after_through_is_the_nearer_one():
    monday, friday = dt.date(2024, 1, 8), dt.date(2024, 1, 12)
    assert values("Alaska cancelled all flights through Tuesday.", monday) == ["2024-01-09"]
    assert values("Alaska cancelled all flights through Tuesday.", friday) == ["2024-01-09"]
    assert values("Alaska cancelled all flights through Saturday.", friday) == ["2024-01-13"]


@pytest.mark.parametrize("text, value", [
    ("investigators searched the offices on 05.06.2020.", "2020-06-05"),
    ("The company discovered the intrusion on 29.1.", "2025-01-29"),
    ("The new rules apply from 1.1.2026 on.", "2026-01-01"),
    ("The shares were sold on 2. March.", "2025-03-02"),
])
def test_day_first_dates_as_european_pages_write_them(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text", ["Shares rose 1.9. Then they fell.", "Revenue was up 2.5 per cent.",
                                  "Install the 4.3.1 release."])
def test_a_decimal_or_a_version_is_not_a_day_first_date(text):
    assert values(text) == []


def test_a_weekday_after_starting_or_effective_is_the_coming_one():
    # said on a Wednesday: "starting Monday" is the Monday ahead, not the one just gone
    assert values("Depositors would have access to all their money starting Monday.") == ["2025-03-17"]
    assert values("The ban applies effective Friday.") == ["2025-03-14"]


@pytest.mark.parametrize("text, value", [
    # the "would" of the weekday's own clause looks ahead, however far before the day it stands
    ("The minister said officials would carry out an on-site inspection of the headquarters in Ikeda, "
     "Osaka prefecture, on Thursday.", "2025-03-13"),
    # a "would" said on the day itself, or after it, leaves the day in the past
    ("Roe said on Monday he would resign.", "2025-03-10"),
    ("The board would meet again, the company said on Monday.", "2025-03-10"),
    # someone asked or summoned to do something will do it on that day
    ("Tom Becker has been asked to appear before the finance committee on Thursday.", "2025-03-13"),
    ("Roe, who had been asked to resign, said on Monday he would stay.", "2025-03-10"),
])
def test_a_weekday_in_a_reported_future_clause_is_ahead(text, value):
    assert values(text) == [value]


def test_the_following_day_follows_a_weekday_told_before_it_in_the_sentence():
    assert values("The stock fell 15.2 per cent last Wednesday and plunged 20 per cent the following day.",
                  dt.date(2016, 4, 27)) == ["2016-04-20", "2016-04-21"]


def test_a_fiscal_year_or_a_version_number_is_no_day():
    assert values("The fiscal 2022/23 results were restated.") == []
    assert values("It runs version 2024.1.5 of the software.") == []


def test_a_part_of_a_month_without_a_year_takes_the_reference_year():
    assert values("The board first heard of the fault in late February.") == ["2025-02-21/2025-02-28"]


@pytest.mark.parametrize("text, words, value", [
    # a weekday with its day in figures and no year: whichever reading falls on that weekday
    ("The shares lost 16,4 % on Monday 10/03 after the report.", "Monday 10/03", "2025-03-10"),
    ("The shares fell on Monday 3/10 after the report.", "Monday 3/10", "2025-03-10"),
    # a weekday of a named week: "Monday last week" is that week's Monday, not the Monday just gone
    ("The shares tumbled 15 per cent on Monday last week.", "on Monday last week", "2025-03-03"),
    ("The hearing is set for Friday next week.", "Friday next week", "2025-03-21"),
])
def test_a_weekday_with_its_day_or_its_week(text, words, value):
    assert spans(text) == [(words, value, True)]



def test_dates_written_in_chinese_figures():
    # "2020年4月8日" and "4月7日" (the year inferred), and "March 29，2018" with a full-width comma
    found = [(d.value, d.relative) for d in find_dates("On 2020年4月8日，Northwind said that on 4月7日 its shares "
                                                     "fell; it listed on 2018年3月29日（March 29，2018）。",
                                                     dt.date(2020, 4, 8))]
    assert found == [("2020-04-08", False), ("2020-04-07", True), ("2018-03-29", False), ("2018-03-29", False)]

