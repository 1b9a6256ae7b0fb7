"""Figures: money, percentages and counts as English and continental pages write them."""
from __future__ import annotations

import pytest

from generator.figures import amounts


@pytest.mark.parametrize("text, figure", [
    ("shares worth about $1.8 million", ("money $", 1.8e6)),
    ("shares worth around 1,8 million dollars", ("money $", 1.8e6)),
    ("the stock fell 2,4 per cent", ("percent", 2.4)),
    ("it closed at 43,93 dollars", ("money $", 43.93)),
    ("around 100.000 customers are affected", ("count", 100000.0)),
    ("some 5.300 employees were dismissed", ("count", 5300.0)),
    ("about 8,000 customers are affected", ("count", 8000.0)),
    ("a coupon of 1.125%", ("percent", 1.125)),
    ("equal to about a quarter of the balance sheet", ("percent", 25.0)),
    ("the shares lost two thirds of their value", ("percent", 66.7)),
    ("its shares fell by more than a fifth in Tokyo", ("percent", 20.0)),  # a move in words, no "of"
    ("the stock lost nearly half on Monday", ("percent", 50.0)),
    ("The share collapsed on that day by a quarter.", ("percent", 25.0)),  # words between the move and its size
    ("it carries nearly half of the fuel used in the region", ("percent", 50.0)),  # "half of" after a hedge
    ("more than two-thirds of the stations were dry", ("percent", 66.7)),
    ("nearly three out of four stations had no fuel", ("percent", 75.0)),  # a ratio in words
    ("one in five drivers waited", ("percent", 20.0)),
    # one in a number, to two figures: "one in every 7,000" is 0.014%, and the 7,000 counts nothing
    ("fewer than one in 10,000 of its rentals end in a theft report", ("percent", 0.01)),
    ("or roughly one in every 7,000", ("percent", 0.014)),
    ("released on a US$150 million bond", ("money $", 1.5e8)),
    ("paid U.S.$5 million", ("money $", 5e6)),
    ("raised HK$2 billion", ("money HK$", 2e9)),
    ("wiping about R$71.3bn off its market value", ("money R$", 7.13e10)),  # a sign of letters and $
    ("erasing nearly 72 billion reais in market value", ("money R$", 7.2e10)),  # a currency's plural
    ("a cost of about 1 trillion won", ("money ₩", 1e12)),
    ("a fine of Rs 500 and costs", ("money ₹", 500.0)),
    # the Indian scale: a crore is ten million, a lakh a hundred thousand
    ("wiping out Rs 12,345 crore of market value", ("money ₹", 1.2345e11)),
    ("a penalty of ₹3.2 crore", ("money ₹", 3.2e7)),
    ("savings of 2.5 lakh rupees", ("money ₹", 2.5e5)),
    ("more than 3 crore wallet users", ("count", 3e7)),
    # German short forms and words of scale, kept by translated pages
    ("„in total so far 3 Mio. Euro“", ("money €", 3e6)),
    ("liabilities of 2,2 Milliarden Euro", ("money €", 2.2e9)),
    ("€1,16 Mrd. of debts", ("money €", 1.16e9)),
    ("some 40 Mio. customers", ("count", 4e7)),
    # a large count in words
    ("records of around half a million patients", ("count", 5e5)),
    ("a quarter of a million customers", ("count", 2.5e5)),
    ("the app has a billion users", ("count", 1e9)),
    ("the lawsuit files a dozen charges", ("count", 12.0)),
    # an ISO code or a short form before the sum
    ("it invested more than EUR 30 million", ("money €", 3e7)),
    ("a fine of USD 5bn", ("money $", 5e9)),
    ("an estimated $300tn of loans", ("money $", 3e14)),  # trillions as British papers write them
    ("the shares closed at SFr98.36", ("money CHF", 98.36)),
    # "pc" and "pct" run on to the number, as some British and wire styles write them
    ("a stake of just under 4pc in the grocer", ("percent", 4.0)),
    ("the shares closed down 11.6pc", ("percent", 11.6)),
    ("the index fell 0.5pct", ("percent", 0.5)),
])
def test_a_figure_and_its_value(text, figure):
    assert [(kind, value) for kind, _, value in amounts(text)] == [figure]


def test_a_year_before_a_word_that_also_names_a_currency_is_no_sum():
    assert amounts("the team that in 2016 won the title") == []


def test_a_version_number_is_no_figure():
    assert amounts("install the 4.3.1 release of the software") == []


def test_a_fraction_that_is_no_share_of_something_is_no_figure():
    assert amounts("a quarter past nine, and in the third quarter") == []
    assert amounts("profit was up in the third quarter, and half the staff stayed") == []
    assert amounts("in the second half of the year, half of them left") == []


@pytest.mark.parametrize("text, figure", [
    ("the ministry said that nine models had been confirmed", [("count", "nine", 9.0)]),
    ("4 banks failed", [("count", "4", 4.0)]),
    ("Police detained six people on Friday", [("count", "six", 6.0)]),  # a plural without a final s
    ("Five people were arrested that day.", [("count", "Five", 5.0)]),
    ("police arrested eight more Northwind employees", [("count", "eight", 8.0)]),  # words before the plural
    ("almost four times the amount", []),
    ("it took 3 weeks", []),
    ("at 9 a.m. on Monday", []),
])
def test_a_small_number_counts_only_the_things_it_is_followed_by(text, figure):
    """Style guides spell out one to nine: "nine models" is a count to set against "10 models"."""
    assert amounts(text) == figure


@pytest.mark.parametrize(("text", "figures"), [
    ("the holding had lost roughly R20 billion in value", [("money R", "R20 billion", 20e9)]),
    ("a fine of about R14bn", [("money R", "R14bn", 14e9)]),
    ("the R2 model and the R5k plan", []),  # a sign that needs a scale: without one, a name
])
def test_a_sign_that_makes_a_sum_only_before_a_scale(text, figures):
    assert amounts(text) == figures


def test_halved_is_a_fall_of_half():
    assert amounts("after the third warning, the shares more than halved again") == [("percent", "halved", 50.0)]


def test_lengths_of_time_are_read_in_minutes_and_ages_dates_and_rates_are_not():
    from generator.figures import duration_mentions, duration_span
    day, year = 1440, 525600
    assert [(w, v) for _, w, v, _, _ in duration_mentions("after two and a half days of talks")] \
        == [("two and a half days", 2.5 * day)]
    assert [(w, v) for _, w, v, _, _ in duration_mentions("a monitor for three to five years")] \
        == [("three to five years", 4 * year)]
    assert [v for *_, v, _, _ in duration_mentions("nearly half a century; over a 20-year period")] \
        == [50 * year, 20 * year]
    assert [v for *_, v, _, _ in duration_mentions("for a decade, for 12 months, for a year")] \
        == [10 * year, year, year]
    for text in ("a 62-year-old man", "two days later", "three years ago", "$5bn a year", "a year earlier",
                 "every two years", "the 52-week high"):
        assert duration_mentions(text) == [], text
    assert duration_span("12 to 18 months") == (year, 1.5 * year)


@pytest.mark.parametrize(("text", "figures"), [
    # a number with a unit of length, area, volume, weight or speed measures; it counts nothing
    ("a 300-metre-long (984 ft) tanker", [("measure metre", 300.0), ("measure foot", 984.0)]),
    ("winds of up to 45 knots, about 80 km/h", [("measure knot", 45.0), ("measure km/h", 80.0)]),
    ("dredgers moved 18,000 cubic metres of silt", [("measure cubic metre", 18000.0)]),
    ("1.5 million tonnes of ore", [("measure tonne", 1.5e6)]),
    # a range's start is in its end's unit; a year before "and" is no start of one
    ("between 2,000 and 3,500 tonnes a day", [("measure tonne", 2000.0), ("measure tonne", 3500.0)]),
    ("in 2019 and 40 tonnes later", [("measure tonne", 40.0)]),
    ("the tanker and 212 vessels behind it", [("count", 212.0)]),
])
def test_a_measure_is_of_its_unit_not_a_count(text, figures):
    assert [(kind, value) for kind, _, value in amounts(text)] == figures


def test_a_clock_or_recording_time_is_no_figure():
    assert amounts("[07:41] PRESENTER: And the crew?") == []
    assert amounts("Updated at 18.05 BST; at 11:20 the pilots boarded") == []


@pytest.mark.parametrize(("text", "figures"), [
    # as a speaker says them, or a transcript writes them
    ("they brought in eleven tugs", [("count", "eleven", 11.0)]),
    ("some forty vessels waited", [("count", "forty", 40.0)]),
    ("about eight and a half billion dollars a day", [("money $", "eight and a half billion dollars", 8.5e9)]),
    ("two million people left", [("count", "two million", 2e6)]),
    ("losing ten to twelve million euros a day",
     [("money €", "ten to twelve million euros", 1e7), ("money €", "twelve million euros", 1.2e7)]),
    ("in the twenty-first century", []),
    ("Forty percent of the staff", [("percent", "Forty percent", 40.0)]),
    ("it dropped maybe four, five percent", [("percent", "five percent", 5.0)]),
    ("a loss of about a million dollars", [("money $", "a million dollars", 1e6)]),
    ("half a billion euros in fees", [("money €", "half a billion euros", 5e8)]),
    ("a million users", [("count", "a million", 1e6)]),
    ("Thirty-eight cars and some forty-two vessels",
     [("count", "Thirty-eight", 38.0), ("count", "forty-two", 42.0)]),
])
def test_numbers_in_words_inside_a_sentence(text, figures):
    assert amounts(text) == figures
