"""Consolidation: facts across articles, timeline, and discrepancies (dates, figures, wording, titles, comment)."""
from __future__ import annotations

import itertools

import pytest

from generator import consolidate, discrepancies, figures
from generator.models import Article, Discrepancy, Document, Fact, Party, Quote
from generator.parties import build_parties
from generator.quotes import consolidate_quotes, extract_quotes
from generator.segment import segment_article
from generator.statements import Statement, extract_statements

PUBLISHED = "2025-03-12"  # a Wednesday


def make_doc(raw: str, file: str = "a.txt", published: str | None = PUBLISHED) -> Document:
    return segment_article(Article(file=file, raw=raw, encoding="utf-8", sha256="0" * 64, title="t",
                                   published=published))


def extract(*raws: str) -> tuple[list[Statement], tuple[Party, ...], tuple[Quote, ...]]:
    docs = tuple(make_doc(r, file=f"{i}.txt") for i, r in enumerate(raws))
    parties = build_parties(docs)
    stmts = [s for d in docs for s in extract_statements(d, parties)]
    quotes = consolidate_quotes([q for d in docs for q in extract_quotes(d, parties)])
    return stmts, parties, quotes


def facts(*raws: str) -> tuple[Fact, ...]:
    return consolidate.build_facts(extract(*raws)[0])[0]


def versions(d: Discrepancy) -> list[tuple[str, list[str]]]:
    """(value, sources) of each version, sorted by value."""
    return sorted((v.value, sorted({c.source for c in v.citations})) for v in d.versions)


PROBE_A = "The Federal Trade Commission opened an investigation into Northwind Corp. on March 3.\n"
PROBE_B = "The Federal Trade Commission opened an investigation into Northwind on March 4.\n"


# ---- facts ----------------------------------------------------------------------------------

def test_the_same_statement_in_two_articles_is_one_fact_with_two_citations():
    (fact,) = facts("Northwind Corp. denied all the allegations in a statement on Tuesday.",
                    "Northwind denied all of the allegations in a statement on Tuesday.")
    assert (fact.category, fact.sources, len(fact.citations)) == ("response", ("0.txt", "1.txt"), 2)


def test_different_statements_stay_separate_facts():
    got = facts("Northwind Corp. denied all the allegations in a statement on Tuesday.",
                "Northwind shares fell 8% in early trading on Tuesday.")
    assert sorted(f.category for f in got) == ["market_impact", "response"]


def test_two_sentences_of_one_article_are_never_merged():
    got = facts("Northwind Corp. denied the allegations on Tuesday. Northwind Corp. denied the allegations again.")
    assert [len(f.citations) for f in got] == [1, 1]


def test_a_non_answer_does_not_merge_with_a_statement():
    got = facts("Northwind Corp. did not respond to a request for comment about the fine.",
                "Northwind Corp. responded to a request for comment about the fine.")
    assert len(got) == 2


def test_fact_keeps_the_dates_and_parties_of_its_statements():
    (fact,) = facts(PROBE_A)
    assert (fact.dates, fact.parties) == (("2025-03-03",), ("party-federal-trade-commission", "party-northwind"))


def test_fact_ids_do_not_depend_on_order_of_other_facts():
    a = {f.text: f.id for f in facts(PROBE_A)}
    b = {f.text: f.id for f in facts("Northwind shares fell 8% in early trading on Tuesday.\n" + PROBE_A)}
    assert b[PROBE_A.strip()] == a[PROBE_A.strip()]


def test_facts_are_ordered_by_section_then_corroboration():
    got = facts("Northwind shares fell 8% in early trading on Tuesday. Northwind Corp. is accused of hiding defects.",
                "Northwind shares fell 8% in early trading on Tuesday.")
    assert [(f.category, len(f.sources)) for f in got] == [("allegation", 1), ("market_impact", 2)]


def paired_facts(*raws: str) -> tuple[Fact, ...]:
    docs = tuple(make_doc(r, file=f"{i}.txt") for i, r in enumerate(raws))
    parties = build_parties(docs)
    stmts = [s for d in docs for s in extract_statements(d, parties)]
    return consolidate.build_facts(consolidate.join_neighbours(stmts, docs))[0]


NO_COMMENT = "Ann Roe has not commented publicly since her arrest. Her office did not respond to emails on Sunday."


def test_two_sentences_of_one_paragraph_and_kind_are_one_fact():
    (fact,) = paired_facts(NO_COMMENT)
    assert (fact.category, fact.text, len(fact.citations)) == ("response", NO_COMMENT, 1)
    assert fact.citations[0].quote == NO_COMMENT


@pytest.mark.parametrize("raw", [
    NO_COMMENT.replace(" Her office", "\n\nHer office"),  # another paragraph
    "Ann Roe has not commented publicly since her arrest. Northwind shares fell 8% on Tuesday.",  # another kind
])
def test_sentences_of_other_paragraphs_or_kinds_stay_apart(raw):
    assert len(paired_facts(raw)) == 2


def test_a_sentence_with_no_kind_of_its_own_joins_its_neighbour():
    raw = ("Northwind shares fell 8% on Tuesday. The company was founded in the city of Halden by two "
           "engineers.")
    (fact,) = paired_facts(raw)
    assert (fact.category, fact.text) == ("market_impact", raw)


def test_a_sentence_another_article_reports_stays_a_fact_of_its_own():
    got = paired_facts(NO_COMMENT, "Her office did not respond to emails on Sunday, the newspaper said.")
    assert sorted(len(f.sources) for f in got) == [1, 2]


def test_a_pair_takes_no_third_sentence():
    got = paired_facts(NO_COMMENT + " Her lawyer could not be reached for comment.")
    assert [len(f.text.split(". ")) for f in got] == [2, 1]


# ---- timeline -------------------------------------------------------------------------------

def test_timeline_has_one_entry_per_dated_fact_in_date_order():
    stmts = extract("Northwind shares fell 8% in early trading on Tuesday. " + PROBE_A)[0]
    fs, members = consolidate.build_facts(stmts)
    assert [(e.date, e.category) for e in consolidate.build_timeline(fs, members)] == [
        ("2025-03-03", "regulatory_action"), ("2025-03-11", "market_impact")]


def test_timeline_entry_cites_every_source_giving_that_date():
    stmts = extract("Northwind shares fell 8% in early trading on Tuesday.",
                    "Northwind shares fell 8 percent in early trading on Tuesday.")[0]
    fs, members = consolidate.build_facts(stmts)
    assert [(e.date, sorted(c.source for c in e.citations)) for e in consolidate.build_timeline(fs, members)] == [
        ("2025-03-11", ["0.txt", "1.txt"])]


def test_timeline_keeps_ranges_and_coarse_dates():
    stmts = extract("Northwind Corp. was first warned by the regulator in late 2024.")[0]
    fs, members = consolidate.build_facts(stmts)
    assert [e.date for e in consolidate.build_timeline(fs, members)] == ["2024-09/2024-12"]


DATED_LIST = ("How it unfolded: the Northwind affair\n\n"
              "**Feb. 3, 2025**\nThe Federal Trade Commission opens an investigation into Northwind Corp.\n\n"
              "**Late February 2025**\nNorthwind shares slide below $20. The company says it will cooperate.\n\n"
              "**March 10, 2025**\nNorthwind settles with the agency for $5 million on March 11.\n")


def test_an_entry_under_a_date_heading_takes_the_headings_date_and_cites_it():
    raw = DATED_LIST
    stmts = extract(raw)[0]
    fs, members = consolidate.build_facts(stmts)
    got = {e.event: (e.date, [c.quote for c in e.citations]) for e in consolidate.build_timeline(fs, members)}
    opened = "The Federal Trade Commission opens an investigation into Northwind Corp."
    assert got[opened] == ("2025-02-03", [opened, "Feb. 3, 2025"])
    assert got["Northwind shares slide below $20."][0] == "2025-02-21/2025-02-28"
    # a date of the entry's own outranks the heading's
    assert got["Northwind settles with the agency for $5 million on March 11."][0] == "2025-03-11"
    for e in consolidate.build_timeline(fs, members):
        for c in e.citations:
            assert raw[c.start:c.end] == c.quote


def test_one_date_over_an_article_dates_nothing_below_it():
    raw = "**March 10, 2025**\nThe Federal Trade Commission opens an investigation into Northwind Corp.\n"
    stmts = extract(raw)[0]
    fs, members = consolidate.build_facts(stmts)
    assert consolidate.build_timeline(fs, members) == ()


# ---- amounts --------------------------------------------------------------------------------

def test_amounts_reads_money_percentages_and_counts():
    assert figures.amounts("fined $5 million, shares fell 8.5%, 20,000 drones recalled in 2024") == [
        ("money $", "$5 million", 5e6), ("percent", "8.5%", 8.5), ("count", "20,000", 20000.0)]


def test_a_date_written_day_first_is_no_count():
    assert figures.amounts("first aired on 31 January in a 90-page report, due by 12 May, since 24.01.") == [
        ("count", "90", 90.0)]
    assert figures.amounts("as many as 12 may lose their jobs") == [("count", "12", 12.0)]


def test_money_in_different_currencies_is_not_compared():
    kinds = {k for k, _, _ in figures.amounts("paid £148m ($190 million) and set aside ¥20 billion")}
    assert kinds == {"money £", "money $", "money ¥"}


# ---- discrepancies --------------------------------------------------------------------------

def test_different_dates_for_the_same_event_are_a_discrepancy():
    (d,) = discrepancies.date_discrepancies(extract(PROBE_A, PROBE_B)[0])
    assert versions(d) == [("March 3 (2025-03-03)", ["0.txt"]), ("March 4 (2025-03-04)", ["1.txt"])]


def test_moves_of_a_share_on_two_days_are_no_date_discrepancy():
    stmts = extract("Northwind shares closed down 0.5 percent at $45.98 on Tuesday after the fine.",
                    "Northwind shares closed down 1.5 percent at $44.10 on Thursday after the fine.")[0]
    assert discrepancies.date_discrepancies(stmts, [stmts]) == []


def test_requests_for_comment_unanswered_on_two_days_are_no_date_discrepancy():
    stmts = extract("Ann Lee of Northwind did not respond to a request for comment on Monday.",
                    "Ann Lee of Northwind did not respond to a request for comment on Friday.")[0]
    assert discrepancies.date_discrepancies(stmts, [stmts]) == []


def test_dates_years_apart_are_two_events_not_a_discrepancy():
    stmts = extract("Northwind Corp., the steel wire maker for car parts, was founded in 1905.",
                    "Northwind Corp., the steel wire maker for car parts, disclosed the problem on March 3.")[0]
    assert discrepancies.date_discrepancies(stmts, [stmts]) == []


def test_an_unrelated_dated_statement_does_not_join_a_date_discrepancy():
    stmts = extract(PROBE_A + "Northwind shares fell 8% at the open on Tuesday.\n",
                    PROBE_B + "Northwind shares closed down 5% on Tuesday.\n")[0]
    (d,) = discrepancies.date_discrepancies(stmts)
    assert versions(d) == [("March 3 (2025-03-03)", ["0.txt"]), ("March 4 (2025-03-04)", ["1.txt"])]


def test_the_same_date_at_different_precision_is_not_a_discrepancy():
    stmts = extract(PROBE_A,
                    "The Federal Trade Commission opened an investigation into Northwind earlier this month.")[0]
    assert discrepancies.date_discrepancies(stmts) == []


def _event_dates(*raws: str) -> list[Discrepancy]:
    stmts, parties, _ = extract(*raws)
    return discrepancies.event_date_discrepancies(stmts, parties)


def test_dates_for_one_event_worded_apart_are_a_discrepancy():
    # the sentences differ too much to be one fact; the words around the dates name one event
    (d,) = _event_dates(
        "Northwind signed a consent agreement with the Trade Ministry on 4 March setting out the repairs "
        "it must finish before its mill reopens.",
        "The company agreed to a consent agreement with the Trade Ministry on March 3, and a judge signed "
        "off on the repairs days later.")
    assert versions(d) == [("4 March (2025-03-04)", ["0.txt"]), ("March 3 (2025-03-03)", ["1.txt"])]


def test_dates_for_one_happening_told_with_few_words_alike_are_a_discrepancy():
    # "the explosion": a one-off happening names the event, however little else the sentences share
    (d,) = _event_dates(
        "Prosecutors have opened an inquiry into the spill that has fouled the bay since the explosion on 3 March "
        "of a drilling rig leased by Northwind.",
        "Ann Roe appeared before the committee, nearly two months after the explosion on the rig on 4 March "
        "that killed four men and began the largest spill in the bay's history.")
    assert [v for v, _ in versions(d)] == ["3 March (2025-03-03)", "4 March (2025-03-04)"]


def test_a_thing_named_after_a_happening_does_not_date_it():
    # "at the crash site on Monday" dates the recovery, not the crash told on Sunday
    assert _event_dates(
        "Search teams recovered the flight data recorder at the crash site on Monday, a Northwind spokesman said.",
        "Northwind flight 30 crashed about six minutes after take-off on Sunday morning, killing all 88 aboard. "
        "The flight recorders were recovered on Monday.") == []


def test_spans_of_years_for_one_conduct_are_a_discrepancy():
    (d,) = _event_dates(
        "An internal review found that Northwind staff had paid bribes to officials in Ruritania between "
        "2011 and 2019, the company said.",
        "The review found bribes paid to officials in Ruritania from 2011 to 2018 by Northwind staff.")
    assert sorted(v for v, _ in versions(d)) == ["between 2011 and 2019 (2011/2019)", "from 2011 to 2018 (2011/2018)"]
    assert _event_dates("Northwind staff paid bribes to officials in Ruritania between 2011 and 2019.",
                        "Northwind ran the Ruritanian mill from 2001 to 2005, the ministry said.") == []


def test_the_day_an_advice_was_given_told_before_or_after_its_verb_is_one_slot():
    (d,) = _event_dates(
        "The Federal Aviation Administration said on Friday that it strongly advises passengers not to turn on or "
        "charge Northwind phones on board aircraft.",
        "The Federal Aviation Administration last Thursday advised passengers not to turn on or charge the "
        "Northwind phones on planes.")
    assert [v for v, _ in versions(d)] == ["last Thursday (2025-03-06)", "on Friday (2025-03-07)"]


def test_months_for_one_event_worded_apart_are_a_discrepancy():
    (d,) = _event_dates(
        "A former Northwind engineer had warned the ministry about faults at the mill in a whistleblower "
        "complaint in September 2024, months before the recall.",
        "The former engineer sent the complaint to the ministry in October, roughly four months before the "
        "recall, and officials did not interview him until December.")
    assert [v for v, _ in versions(d)] == ["September 2024 (2024-09)", "in October (2024-10)"]


def test_a_date_opening_its_sentence_dates_the_whole_event():
    # the words around each date alone share too little; the sentence each date opens tells one event
    (d,) = _event_dates(
        "On Thursday 6 March, a Skyway Air flight from Dunmore to Halbeck was evacuated at the gate after a "
        "passenger's phone began pouring out smoke.",
        "On March 5, a replaced Northwind phone began smoking on a Skyway Air plane at the gate in Dunmore, "
        "forcing the evacuation of about 80 passengers.")
    assert [v for v, _ in versions(d)] == ["6 March (2025-03-06)", "March 5 (2025-03-05)"]


def test_two_days_for_one_disclosure_in_the_same_words_are_a_discrepancy():
    # published on Wednesday 12 March 2025: "on Tuesday" is the 11th
    (d,) = _event_dates(
        "Northwind said on Tuesday that the U.S. Department of Justice had requested documents relating to the "
        "faulty parts.",
        "Northwind said on March 10 that the U.S. Department of Justice had requested documents relating to "
        "the faulty parts.")
    assert [v for v, _ in versions(d)] == ["March 10 (2025-03-10)", "on Tuesday (2025-03-11)"]


def test_different_things_said_on_two_days_are_no_discrepancy():
    assert _event_dates(
        "Northwind said on Tuesday that the U.S. Department of Justice had requested documents relating to the "
        "faulty parts.",
        "Northwind said on March 10 that it had found faulty parts in 40 more models and would recall them.") == []


@pytest.mark.parametrize("second", [
    # the same person on different days doing different things: only the name and the title are shared
    "Northwind chief executive Ann Roe resigned on Monday, saying she took responsibility for the faults.",
    # the same words, weeks apart: another event, not another date for this one
    "Chief executive Ann Roe apologised on Feb. 17 and said the company had ordered an external review.",
    # the date is the speaker's, inside the quotation
    "\u201cToday, chief executive Ann Roe apologised and said the company had ordered an external review,\u201d "
    "the statement read.",
])
def test_dates_of_other_events_are_no_discrepancy(second):
    assert _event_dates(
        "Chief executive Ann Roe apologised on Sunday and said the company had ordered an external review.",
        second) == []


def _ranks(*raws: str) -> list[Discrepancy]:
    stmts, parties, _ = extract(*raws)
    return discrepancies.rank_discrepancies(stmts, parties)


def test_a_party_ranked_differently_is_a_discrepancy():
    (d,) = _ranks("Northwind Steel, Ruritania's third-largest steelmaker, admitted faking data on Sunday.",
                  "Shares of Ruritania’s fourth-largest steelmaker, Northwind Steel, fell on Monday.")
    assert versions(d) == [("Ruritania's third-largest steelmaker", ["0.txt"]),
                           ("Ruritania’s fourth-largest steelmaker", ["1.txt"])]


def test_two_parties_of_different_ranks_are_no_discrepancy():
    assert _ranks("Northwind Steel, Ruritania's third-largest steelmaker, admitted faking data on Sunday.",
                  "Its rival Eastfold Steel, Ruritania's largest steelmaker, said it had checked its own data.") == []


def test_different_figures_for_the_same_drop_are_a_discrepancy():
    stmts = extract("Northwind shares fell 8% on Tuesday after the fine was announced.",
                    "Northwind shares fell 6% on Tuesday after the fine was announced.")[0]
    (d,) = discrepancies.amount_discrepancies(stmts)
    assert versions(d) == [("6%", ["1.txt"]), ("8%", ["0.txt"])]


def test_a_bare_dollar_sum_and_a_local_dollar_sum_for_the_same_slot_are_a_discrepancy():
    # a Sydney paper writes "$", a foreign one "A$": the same dollars
    stmts = extract("Northwind shares fell on Tuesday, costing the company about $3.1 billion of market value.",
                    "Northwind shares fell on Tuesday, costing the company A$3.4 billion of market value.")[0]
    (d,) = discrepancies.amount_discrepancies(stmts)
    assert versions(d) == [("$3.1 billion", ["0.txt"]), ("A$3.4 billion", ["1.txt"])]


def test_a_value_and_a_worth_before_one_event_are_one_figure():
    stmts, parties, _ = extract(
        "The stock had risen by half this year before Monday's report, helped by demand for its pumps, and "
        "Northwind Corp. was valued at about $14 billion before Rotherby published.",
        "Northwind was worth roughly $12 billion before short seller Rotherby Research published a report in early "
        "May alleging \"book-keeping fraud\" and sanctions breaches.")
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert [v for v, _ in versions(d)] == ["$12 billion", "$14 billion"]


def test_a_figure_changed_to_the_same_new_value_from_different_old_ones_is_a_discrepancy():
    stmts = extract("Brokerage Halyard cut its price target on Northwind to Rs 410 from Rs 520 on Tuesday.",
                    "Brokerage Halyard cut its price target on Northwind to 410 rupees from 560 rupees on Tuesday.")[0]
    (d,) = discrepancies.amount_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["Rs 410, Rs 520", "410 rupees, 560 rupees"]


def test_figures_that_differ_below_a_whole_number_differ_when_both_are_that_precise():
    stmts, parties, _ = extract("Northwind shares closed down 3.7% on Tuesday, their biggest drop in months.",
                                "Investors punished Northwind. The shares slid 4.5% on Tuesday, wiping $2bn off "
                                "its value.")
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert [v for v, _ in versions(d)] == ["3.7%", "4.5%"]


def test_a_close_told_without_its_day_is_the_close_of_the_day_the_report_came_out():
    # both published on Wednesday 12 March 2025: "finished down 26.5%" is that Wednesday's close
    stmts, parties, _ = extract("Northwind Corp. (NWD) finished down 26.5% at $15.60, after a 21% slide on Tuesday, "
                                "when the annual budget was presented in parliament.",
                                "On Wednesday the share had lost 28 per cent.")
    published = {"0.txt": "2025-03-12", "1.txt": "2025-03-12"}
    (d,) = discrepancies.figure_discrepancies(stmts, parties, published)
    assert [v for v, _ in versions(d)] == ["26.5%", "28 per cent"]
    assert discrepancies.figure_discrepancies(stmts, parties) == []  # no day known: too little in common


def test_a_figure_given_less_precisely_is_shown_and_said_to_agree_when_rounded():
    # a reader checking the sources finds "11%" in one and "11.1%" in the other: both are shown, and the
    # topic says they are the same figure rounded, not a conflict
    stmts, parties, _ = extract("Northwind shares closed down 11% on Tuesday, their biggest drop in months.",
                                "Northwind shares closed down 11.1% on Tuesday, wiping $2bn off its value.")
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert [v for v, _ in versions(d)] == ["11%", "11.1%"]
    assert "the same when rounded" in d.topic
    stmts, parties, _ = extract("Northwind shares closed down 11% on Tuesday, their biggest drop in months.",
                                "Northwind shares closed down 13.5% on Tuesday, wiping $2bn off its value.")
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert "rounded" not in d.topic


def test_two_sources_agreeing_do_not_hide_a_third_that_differs():
    stmts = extract("Regulators said Northwind harvested the data of about 270,000 people without consent.",
                    "Regulators said Northwind illegally harvested the data of about 270,000 people.",
                    "Regulators said Northwind harvested the data of around 300,000 people without consent.")[0]
    (d,) = discrepancies.amount_discrepancies(stmts)
    assert versions(d) == [("270,000", ["0.txt", "1.txt"]), ("300,000", ["2.txt"])]


def test_figures_worded_with_different_verbs_for_the_same_fall_are_a_discrepancy():
    # "fell" and "lost", "shares" and "stock": the same slot in other words
    stmts = extract("Northwind reported to the court. Its shares fell 61.8% that day.",
                    "Northwind reported to the court. The stock loses 72%.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["61.8%", "72%"]


def test_moves_of_the_same_day_worded_apart_are_a_discrepancy():
    # the subject stands far from the figure in one of them; the day and the direction tie them
    stmts = extract("Northwind's shares slumped nearly 14% on Tuesday, the day after the disclosure.",
                    "The Northwind share, which still cost 142,72 dollars before the announcement of the "
                    "fine, lost more than 18 per cent on Tuesday alone.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["14%", "18 per cent"]


def test_a_move_told_as_closing_lower_is_a_fall_of_the_same_day():
    # "closed 9.4 per cent lower" and "a 15 percent slide": one day's fall, in other words
    stmts = extract("In London on Tuesday, Northwind shares closed 9.4 per cent lower at 212.5 pence.",
                    "The worst days included a 15 percent slide on Tuesday, the first session after the failure.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["9.4 per cent", "15 percent"]


def test_two_ranges_from_the_same_figure_to_different_ones_are_a_discrepancy():
    # one estimate of a flow, told as two ranges from 3,000 tonnes
    stmts = extract("A panel of engineers estimated that the mine was discharging between 3,000 and 4,500 tonnes "
                    "of slurry a day.",
                    "The panel's first estimate, in early May, had put the flow at 3,000 to 6,000 tonnes a day.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["4,500 tonnes", "6,000 tonnes"]


def test_ranges_measured_in_other_words_are_not_one_estimate():
    stmts = extract("The slurry covered between 3,000 and 4,500 square metres of farmland by the weekend.",
                    "The panel's first estimate had put the flow at 3,000 to 6,000 tonnes a day.")[0]
    assert discrepancies.figure_discrepancies(stmts) == []


def test_a_figure_takes_the_day_of_its_own_clause():
    # 14% is Tuesday's fall and 18% Tuesday's too; the further 8% is Wednesday's, not a third version
    stmts = extract("Northwind's shares slumped nearly 14% on Tuesday after the fine, and fell a further 8% on "
                    "Wednesday.",
                    "The Northwind share lost more than 18 per cent on Tuesday after the fine.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["14%", "18 per cent"]


def test_a_day_after_a_joined_verb_is_not_the_figures_day():
    # "and extended their slide on Friday": Friday is the slide's day, not the 12%'s
    stmts = extract("Northwind's shares closed down 11.3% on Tuesday after the short seller's report.",
                    "Northwind's shares tumbled nearly 12 per cent on the day the short seller's report was "
                    "published and extended their slide on Friday.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["11.3%", "12 per cent"]


def test_one_number_said_to_be_above_and_below_it_is_a_discrepancy():
    stmts = extract("The fraud agency estimated that the water Northwind sold was worth more than 3 billion euros "
                    "over about 15 years.",
                    "The fraud agency estimated that the water Northwind sold over roughly 15 years was worth "
                    "nearly €3bn.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["nearly €3bn", "more than 3 billion euros"]


def test_one_number_said_to_be_about_it_and_above_it_agrees():
    stmts = extract("The fraud agency estimated that the water Northwind sold was worth more than 3 billion euros "
                    "over about 15 years.",
                    "The fraud agency estimated that the water Northwind sold over roughly 15 years was worth "
                    "about €3bn.")[0]
    assert discrepancies.figure_discrepancies(stmts) == []


def test_a_share_in_words_against_another_is_a_discrepancy():
    stmts = extract("The missing money was equal to about a quarter of Northwind's balance sheet.",
                    "The sum corresponds to around a fifth of the balance sheet total.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["a fifth", "a quarter"]


def test_sums_paid_under_the_same_verb_are_a_discrepancy():
    # little else in common around the sums; both are what the company agreed to pay
    stmts, parties, _ = extract(
        "Northwind, the largest drone maker in Ruritania, agreed to pay US$4.32 billion to end a long-running "
        "American investigation.",
        "Northwind admitted breaking export laws and agreed to pay about $4.3 billion to three agencies.")
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert [v for v, _ in versions(d)] == ["$4.3 billion", "US$4.32 billion"]


def test_figures_for_different_times_of_day_are_not_a_discrepancy():
    stmts = extract("Northwind shares fell 8% at the open on Tuesday after the fine was announced.",
                    "Northwind shares closed down 5% on Tuesday after the fine was announced.")[0]
    assert discrepancies.amount_discrepancies(stmts) == []


def test_the_same_figure_is_not_a_discrepancy():
    stmts = extract("Northwind shares fell 8% on Tuesday after the fine was announced.",
                    "Northwind shares fell 8 percent on Tuesday after the fine was announced.")[0]
    assert discrepancies.amount_discrepancies(stmts) == []


def test_different_wording_of_one_quotation_is_a_discrepancy():
    _, parties, quotes = extract(
        "Northwind chief executive Ann Lee said: “We have nothing to hide and we will answer every question.”",
        "Northwind chief executive Ann Lee said: \"We have nothing to hide, and we will answer all the questions.\"")
    (d,) = discrepancies.wording_discrepancies(quotes, parties)
    assert versions(d) == [("We have nothing to hide and we will answer every question.", ["0.txt"]),
                           ("We have nothing to hide, and we will answer all the questions.", ["1.txt"])]


def test_one_statement_credited_to_an_executive_and_to_the_company_is_one_remark():
    # one article names the vice president who read it out, the other "a Northwind spokeswoman"
    _, parties, quotes = extract(
        "“We will appeal this decision and continue to vigorously defend this product,” Ann Lee, a vice president "
        "of Northwind Corp., told reporters outside the courthouse.",
        "“We will appeal this decision and vigorously defend this product,” a Northwind Corp. spokeswoman said "
        "in an emailed statement.")
    (d,) = discrepancies.wording_discrepancies(quotes, parties)
    assert sorted(v.value for v in d.versions) == [
        "We will appeal this decision and continue to vigorously defend this product",
        "We will appeal this decision and vigorously defend this product"]


def test_each_wording_is_cited_with_the_statement_that_reports_it():
    # the reader sees how each article put it: "describing the warning as ..." (the quotation alone would not)
    stmts, parties, quotes = extract(
        "Northwind Corp. hit back within hours, describing the warning as “misleading and inaccurate” and "
        "insisting that the drone is safe.",
        "Northwind Corp. dismissed the agency's warning about the drone as “inaccurate and misleading”.")
    (d,) = discrepancies.wording_discrepancies(quotes, parties, stmts)
    cites = sorted((c.source, c.quote) for v in d.versions for c in v.citations)
    assert [source for source, _ in cites] == ["0.txt", "1.txt"]
    assert all("warning" in quote for _, quote in cites)


@pytest.mark.parametrize(("said_a", "said_b"), [
    ("This was 100% preventable", "This was entirely preventable"),
    ("You should resign", "You should step down"),
])
def test_a_short_remark_with_one_word_put_another_way_is_a_discrepancy(said_a, said_b):
    _, parties, quotes = extract(f"“{said_a},” Ann Lee, the regulator's chair, told Northwind Corp.",
                                 f"“{said_b},” Ann Lee, the regulator's chair, told Northwind Corp.")
    (d,) = discrepancies.wording_discrepancies(quotes, parties)
    assert sorted(v.value for v in d.versions) == sorted([said_a, said_b])


def test_a_remark_told_with_other_words_around_its_core_is_a_discrepancy():
    _, parties, quotes = extract(
        "“I want to be as clear as I possibly can: Northwind powder is safe and asbestos-free,” Ann Lee, "
        "Northwind Corp.'s chief executive, said in the video.",
        "“Our powder is safe and does not contain asbestos,” Ann Lee, Northwind Corp.'s chief executive, said.")
    (d,) = discrepancies.wording_discrepancies(quotes, parties)
    assert len(d.versions) == 2


def test_two_overlapping_excerpts_of_one_long_remark_are_not_two_wordings():
    _, parties, quotes = extract(
        "“Today, I stepped down as chief executive of Northwind Corp. I know it is the right thing to do. I made "
        "mistakes, and I must take responsibility,” Ann Lee wrote.",
        "“I made mistakes, and I must take responsibility. This is best for our community and for myself,” "
        "Ann Lee wrote.")
    assert discrepancies.wording_discrepancies(quotes, parties) == []


def test_a_short_remark_with_two_words_changed_is_another_remark():
    _, parties, quotes = extract("“We will appeal the ruling,” Ann Lee, Northwind Corp.'s chair, said.",
                                 "“We must accept the ruling,” Ann Lee, Northwind Corp.'s chair, said.")
    assert discrepancies.wording_discrepancies(quotes, parties) == []


def test_the_same_quotation_with_other_typography_is_not_a_discrepancy():
    _, parties, quotes = extract(
        "Northwind chief executive Ann Lee said: “We have nothing to hide and we won’t stop answering.”",
        "Northwind chief executive Ann Lee said: \"We have nothing to hide and we won't stop answering.\"")
    assert discrepancies.wording_discrepancies(quotes, parties) == []


def test_a_paraphrased_quotation_sharing_most_words_in_order_is_a_discrepancy():
    _, parties, quotes = extract(
        "“As a result, millions of European consumers paid more for streaming subscriptions than they should "
        "have,” Ann Lee, the regulator's chair, told reporters.",
        "“Northwind's rules meant that millions of Europeans paid more for streaming than they should have,” "
        "Ann Lee said.")
    (d,) = discrepancies.wording_discrepancies(quotes, parties)
    assert [sources for _, sources in versions(d)] == [["0.txt"], ["1.txt"]]


def test_two_different_remarks_of_one_speaker_are_not_a_discrepancy():
    _, parties, quotes = extract(
        "“We will appeal this decision because the fine ignores the facts of the market,” Ann Lee said.",
        "“Consumers have never had more choice, and prices for their subscriptions keep falling,” Ann Lee said.")
    assert discrepancies.wording_discrepancies(quotes, parties) == []


def test_a_short_remark_in_other_words_is_a_discrepancy():
    _, parties, quotes = extract(
        "Northwind said the accusation was “baseless and gravely misinformed”, Ann Lee said.",
        "Ann Lee called the accusation ‘baseless and seriously misinformed’ in a statement.")
    (d,) = discrepancies.wording_discrepancies(quotes, parties)
    assert [v for v, _ in versions(d)] == ["baseless and gravely misinformed", "baseless and seriously misinformed"]


def test_two_short_remarks_of_one_speaker_are_not_a_discrepancy():
    _, parties, quotes = extract(
        "Ann Lee said the fine was “deeply unfair to our customers”.",
        "Ann Lee said the company would “appeal to the higher court”.",
        "“European democracy is under attack,” Ann Lee said.",
        "“Our open and free societies are under attack, and the enemies of European democracy will stop at "
        "nothing,” Ann Lee said.")
    assert discrepancies.wording_discrepancies(quotes, parties) == []


@pytest.mark.parametrize(("long_remark", "short_remark"), [
    ("Nobody wants this thing over more than I do. I'd like my weekends back", "I want my weekends back."),
    ("He is frustrated because he cares about the harbour towns, and we care about the harbour towns",
     "We care about harbour towns."),
])
def test_a_short_remark_put_another_way_inside_a_longer_quotation_is_a_discrepancy(long_remark, short_remark):
    _, parties, quotes = extract(f"‘{long_remark},’ Ann Lee, Northwind Corp.'s chief executive, told reporters.",
                                 f"Northwind Corp. chief executive Ann Lee told reporters: “{short_remark}”")
    (d,) = discrepancies.wording_discrepancies(quotes, parties)
    assert sorted(v.value for v in d.versions) == sorted([long_remark, short_remark])


def test_a_short_remark_sharing_a_few_words_with_a_longer_quotation_is_another_remark():
    _, parties, quotes = extract(
        "“But the numbers are the numbers. Anyone can check them against Northwind's own filings,” Ann Lee said.",
        "“I take it very seriously,” Ann Lee said. “We used Northwind's own numbers,” she added.",
        "“We take this designation very seriously and will make every effort to regain the trust of the "
        "market,” Ann Lee said.")
    assert discrepancies.wording_discrepancies(quotes, parties) == []


def test_wordings_linked_through_a_third_are_one_discrepancy_whichever_comes_first():
    # the first article's short remark is a shortened form of the second's, so it cannot stand as a
    # wording of its own (it is a source of the second's); it must not keep the second from being compared
    # with the third
    _, parties, quotes = extract(
        "“We are truly sorry that the delays happened,” Ann Lee, Northwind Corp.'s chief executive, said.",
        "“We are truly sorry that the delays happened. We let down the people who rely on our trains and "
        "we let down our own staff,” Ann Lee, Northwind Corp.'s chief executive, said.",
        "“We let down the people who rely on our trains and we let down our staff,” Ann Lee, "
        "Northwind Corp.'s chief executive, said.")
    for order in itertools.permutations(quotes):
        (d,) = discrepancies.wording_discrepancies(order, parties)
        assert sorted(sources for _, sources in versions(d)) == [["0.txt", "1.txt"], ["2.txt"]]


def test_an_apology_told_with_other_forms_of_its_words_is_a_discrepancy():
    # "sincerest apologies" and "sincerely apologise": the same words of substance in other forms
    _, parties, quotes = extract(
        "“We offer our sincerest apologies to our riders and to all our suppliers,” Ann Lee, Northwind Corp.'s "
        "chief executive, said.",
        "“We sincerely apologise to our riders and suppliers,” Ann Lee, Northwind Corp.'s chief executive, said.")
    (d,) = discrepancies.wording_discrepancies(quotes, parties)
    assert sorted(sources for _, sources in versions(d)) == [["0.txt"], ["1.txt"]]


def test_a_shortened_quotation_is_not_another_wording():
    _, parties, quotes = extract(
        "“We are deeply sorry for the impact that we have caused to customers and travellers,” Ann Lee said.",
        "Ann Lee said the company was “deeply sorry for the impact that we have caused to customers”.")
    assert discrepancies.wording_discrepancies(quotes, parties) == []


def test_the_articles_quoting_part_of_a_wording_are_its_sources():
    # the second article quotes a part of the first's words: it gives that wording, not another one
    _, parties, quotes = extract(
        "Northwind Corp. said its board “has been told of serious, and possibly deliberate, errors in the "
        "accounts” on Wednesday.",
        "Northwind Corp. said it had been told of “serious, and possibly deliberate, errors in the accounts”.",
        "Northwind Corp. said it had been told of “serious, possibly deliberate, errors in the accounts”.")
    (d,) = discrepancies.wording_discrepancies(quotes, parties)
    assert sorted(sources for _, sources in versions(d)) == [["0.txt", "1.txt"], ["2.txt"]]


def test_the_day_a_dismissal_was_announced_against_another_day_for_the_dismissal_is_a_discrepancy():
    # "announced that its board had terminated" tells the dismissal, not only the day it was said
    stmts, parties, _ = extract(
        "On March 3, 2021, Northwind announced that its board had terminated Tom Becker, its chief executive, "
        "and a deputy.",
        "Northwind, which fired chief executive Tom Becker on March 4, 2021, said it was cooperating.")
    (d,) = discrepancies.event_date_discrepancies(stmts, parties)
    assert [v.value for v in d.versions] == ["March 3, 2021 (2021-03-03)", "March 4, 2021 (2021-03-04)"]


def test_the_same_sum_in_two_currencies_is_a_discrepancy():
    stmts = extract("Ann Lee said the basic fine came to about 40 million euros.",
                    "Ann Lee said the basic fine would have been only around $40 million.")[0]
    (d,) = discrepancies.currency_discrepancies(stmts)
    assert versions(d) == [("$40 million", ["1.txt"]), ("40 million euros", ["0.txt"])]


def test_a_converted_sum_is_not_a_currency_discrepancy():
    stmts = extract("The regulator fined Northwind 1.8 billion euros ($1.95 billion) on Monday.",
                    "The regulator fined Northwind $1.95 billion on Monday.")[0]
    assert discrepancies.currency_discrepancies(stmts) == []


def test_different_titles_for_one_person_are_a_discrepancy():
    _, parties, _ = extract("Ann Lee, Northwind's chief financial officer, said the company would appeal.",
                            "Ann Lee, Northwind's chief executive, said the company would appeal.")
    (d,) = discrepancies.role_discrepancies(parties)
    assert versions(d) == [("Northwind's chief executive", ["1.txt"]),
                           ("Northwind's chief financial officer", ["0.txt"])]


@pytest.mark.parametrize("first, second", [
    ("Northwind's director of policy communications", "the company's director of policy communications"),
    ("the company's vice president of global affairs", "Northwind’s vice-president for global affairs"),
    ("Northwind's CEO", "Northwind's chief executive"),
    ("a lawyer for Northwind", "Northwind's lead lawyer"),  # whose lawyer, said two ways; "lead" says more
    ("a lawyer for Northwind", "an attorney for Northwind"),
    ("the board's chairman", "the board's chair"),
    ("a food safety attorney", "a lawyer whose firm specialises in food poisoning cases"),  # what the firm does
])
def test_one_title_written_two_ways_is_not_a_discrepancy(first, second):
    _, parties, _ = extract(f"Ann Lee, {first}, said the company would appeal.",
                            f"Ann Lee, {second}, said the fine was unfair.")
    assert discrepancies.role_discrepancies(parties) == []


def test_titles_written_before_the_name_are_compared_and_cited_with_the_name():
    stmts, parties, _ = extract(
        "\u201cWe take this seriously,\u201d Rotherby Gaming Authority chairman Ann Lee told reporters on Monday.",
        "Northwind's U.S. chief Ann Lee said on Tuesday the company would appeal.")
    (d,) = discrepancies.role_discrepancies(parties, stmts)
    assert versions(d) == [("Northwind's U.S. chief Ann Lee", ["1.txt"]),
                           ("Rotherby Gaming Authority chairman Ann Lee", ["0.txt"])]


def test_what_a_person_does_is_not_a_title_against_one():
    _, parties, _ = extract("Ann Lee, Northwind's founder and chief executive, said the company would appeal.",
                            "She said Chief Executive Ann Lee, who controls a majority of the company's voting "
                            "shares, bore ultimate responsibility.")
    assert discrepancies.role_discrepancies(parties) == []


def test_the_same_title_is_not_a_discrepancy():
    _, parties, _ = extract("Ann Lee, Northwind's chief executive, said the company would appeal.",
                            "Ann Lee, Northwind's chief executive, said the fine was unfair.")
    assert discrepancies.role_discrepancies(parties) == []


def test_no_comment_in_one_article_and_a_statement_in_another_is_a_discrepancy():
    stmts, parties, quotes = extract(
        "Northwind Corp. did not respond to a request for comment about the fine.",
        "A Northwind spokesperson said in a statement: “We are reviewing the claims carefully and will respond "
        "in due course.” Northwind Corp. makes drones.")
    (d,) = discrepancies.comment_discrepancies(stmts, quotes, parties)
    assert versions(d) == [("commented", ["1.txt"]), ("did not comment", ["0.txt"])]


def test_a_statement_made_after_the_no_comment_is_no_discrepancy():
    stmts, parties, quotes = extract(
        "Northwind Corp. did not respond to a request for comment about the fine.",
        "A Northwind spokesperson said in a statement: “We are reviewing the claims carefully and will respond "
        "in due course.” Northwind Corp. makes drones.")
    # the silent article came out on 3 March, the statement a week later: the company spoke since
    later = {"0.txt": "2025-03-03", "1.txt": "2025-03-10"}
    assert discrepancies.comment_discrepancies(stmts, quotes, parties, later) == []
    same_week = {"0.txt": "2025-03-10", "1.txt": "2025-03-10"}
    assert len(discrepancies.comment_discrepancies(stmts, quotes, parties, same_week)) == 1


def test_one_article_quoting_a_party_and_saying_it_did_not_comment_is_no_discrepancy():
    stmts, parties, quotes = extract(
        "A Northwind spokesperson said in a statement: “We are reviewing the claims carefully and will respond "
        "in due course.” Northwind Corp. did not respond to a request for comment about the fine.",
        "Northwind Corp. shares fell 8% on Tuesday.")
    assert discrepancies.comment_discrepancies(stmts, quotes, parties) == []


def test_no_comment_without_any_statement_is_not_a_discrepancy():
    stmts, parties, quotes = extract("Northwind Corp. did not respond to a request for comment about the fine.",
                                     "Northwind Corp. shares fell 8% on Tuesday.")
    assert discrepancies.comment_discrepancies(stmts, quotes, parties) == []


def test_the_day_a_move_is_measured_from_is_not_its_day():
    # both falls are to Tuesday 21 Jan from the close of 3 Jan; the 16% of a later article is another day's
    stmts = extract("The stock closed Tuesday at $219.40, down about 10% from $243.97 on Jan. 3.",
                    "Northwind's shares lost about 13 per cent of their value by Tuesday.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["10%", "13 per cent"]


def test_figures_of_one_fact_for_different_days_are_not_a_discrepancy():
    stmts = extract("Northwind shares closed on Tuesday, Jan. 21, down 10% from their Jan. 3 close.",
                    "Northwind shares closed on Friday, Jan. 31, down 16% from their Jan. 3 close.")[0]
    clusters = [stmts]  # even when consolidation put them together
    assert discrepancies.amount_discrepancies(stmts, clusters) == []


def test_two_counts_of_the_same_things_in_other_words_are_a_discrepancy():
    # little wording in common, but both count the cars that left the rails; the 149 is the whole train
    stmts = extract("About 50 cars derailed on Friday night near the village of Halden.",
                    "Thirty-eight of its 149 cars left the tracks, and a fire damaged 12 more, the board said.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["Thirty-eight", "50"]


def test_counts_of_the_same_things_named_with_other_modifiers_are_a_discrepancy():
    # what is counted is the plural that ends the phrase: contracts, whatever kind they are called
    stmts = extract("Northwind held about 450 contracts with the Ruritanian government when it failed.",
                    "At the time it held around 420 public sector contracts and employed 4,300 people.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert sorted(v.value for v in d.versions) == ["420", "450"]


def test_counts_of_the_same_suits_called_class_actions_and_lawsuits_are_a_discrepancy():
    stmts = extract("Northwind also faces 15 consumer class actions over the breach.",
                    "At least 14 class-action lawsuits were filed against Northwind after the attack.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert sorted(v.value for v in d.versions) == ["14", "15"]


def test_two_sums_named_by_the_same_noun_are_a_discrepancy():
    # few words in common around them, but both are the bond the judge set
    stmts = extract("Judge Ann Roe released Ivo Lind on a $175 million bond and allowed him to fly home.",
                    "Ivo Lind was released on a US$150 million bond, court filings show.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert sorted(v.value for v in d.versions) == ["$175 million", "US$150 million"]


def test_sums_of_the_same_thing_in_other_words_are_a_discrepancy():
    # what each sum is an amount of is named after it, past a conversion in brackets, or before it
    stmts = extract("Northwind's shares fell a record 24% on Monday, wiping about R$71.3bn (roughly $19bn) off "
                    "the Ruritanian miner’s market value.",
                    "Its shares ended Monday down 24%, erasing nearly 72 billion reais ($19.2 billion) in market "
                    "value in a single trading session.")[0]
    found = discrepancies.figure_discrepancies(stmts)
    assert ["72 billion reais", "R$71.3bn"] in [sorted(v.value for v in d.versions) for d in found]
    stmts = extract("Ivo Lind had defaulted on a $518m margin loan, Northwind said on Monday.",
                    "Lind had pledged his shares to secure a margin loan of about $580 million from banks.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert sorted(v.value for v in d.versions) == ["$518m", "$580 million"]


def test_a_time_of_day_belongs_to_the_figure_of_its_own_clause():
    # the afternoon is the 3.8%'s; the 14% of Wednesday is the same slot as the other article's 11.7% close
    stmts = extract("Northwind shares closed down 11.7% on Wednesday after the disclosure.",
                    "The stock dropped 3.8 per cent by early afternoon on Thursday, after sinking as much as 14 per "
                    "cent on Wednesday, its steepest fall in years.")[0]
    found = [sorted(v.value for v in d.versions) for d in discrepancies.figure_discrepancies(stmts)]
    assert ["11.7%", "14 per cent"] in found


def test_two_conversions_of_one_sum_are_a_discrepancy():
    # the bail as set, in roubles both times; converted to dollars at different rates (and in a bracket that
    # first converts it to pounds)
    stmts = extract("A court in Halvern on Tuesday granted bail to Ivo Lind, setting it at 10 million roubles "
                    "(about US$7.5 million) amid a diplomatic row.",
                    "Lind was released after Justice Ann Roe set bail at 10 million roubles, roughly $7.4 million.",
                    "Lind was freed on bail of 10m roubles (£5.9m; $7.2m) and lives under electronic monitoring.")[0]
    (d,) = [d for d in discrepancies.figure_discrepancies(stmts) if "$7.4 million" in {v.value for v in d.versions}]
    assert sorted(v.value for v in d.versions) == ["$7.2m", "$7.4 million", "US$7.5 million"]


def test_what_a_sum_is_does_not_count_twice_among_the_words_around_it():
    # the cash seized on the first day, and the larger total confirmed later: no conflict
    stmts = extract("Six people were detained on Friday after 16 searches in several Ruritanian towns, which "
                    "seized 600,000 euros in cash along with mobile phones and computer equipment.",
                    "It has now been confirmed that more than €1.5m (about £1.3m) in cash was seized in the "
                    "searches.")[0]
    assert not [d for d in discrepancies.figure_discrepancies(stmts) if "€" in d.topic]


def test_a_close_told_without_its_day_is_of_the_day_the_close_before_it_was():
    # published the next day: the index's close is Monday's, told after Acme's Monday close, not Tuesday's
    a = make_doc("On Monday, Northwind's shares closed down 10.2% at $2.28, their lowest since 2010.\n"
                 "Shares of its services arm slumped 11.8%.\n"
                 "The benchmark Harbour index closed down 3.3% at 24,099, its lowest finish in 11 months.\n",
                 file="a.txt", published="2025-03-11")
    b = make_doc("On March 10, the Harbour index tumbled 3.9% as the sell-off spread.\n", file="b.txt",
                 published="2025-03-14")
    parties = build_parties((a, b))
    stmts = [s for d in (a, b) for s in extract_statements(d, parties)]
    found = discrepancies.figure_discrepancies(stmts, parties, {"a.txt": "2025-03-11", "b.txt": "2025-03-14"})
    assert any({"3.3%", "3.9%"} <= {v.value for v in d.versions} for d in found)


def test_measures_are_not_counts_of_things():
    stmts = extract("Northwind shares closed at 161.05 crowns on Monday in Oslo.",
                    "Analysts cut their price target to 150 crowns, citing the fine.")[0]
    assert discrepancies.figure_discrepancies(stmts) == []


def test_counts_that_open_a_sentence_are_figures():
    # "About 50" is no model number; a sentence opening with a number writes it in words
    assert figures.amounts("About 50 cars derailed.") == [("count", "50", 50.0)]
    assert figures.amounts("Thirty-eight of its 149 cars left the tracks.") == [
        ("count", "Thirty-eight", 38.0), ("count", "149", 149.0)]
    assert figures.amounts("Flight 1282 landed safely.") == []


@pytest.mark.parametrize(("first", "second", "figures"), [
    # a share move this big and this close in size is one day's move, though nothing else around them is alike
    ("Northwind's shares closed down 39 percent at 117.25 pence, the biggest one-day fall in its history.",
     "In July the shares fell 38.9% in a single day when the group announced a provision against loss-making "
     "contracts.", ["38.9%", "39 percent"]),
    # a worth told by the verb
    ("The offering valued Northwind at about $68 billion.",
     "Northwind raised $4.4bn when it listed in New York, in a deal that valued it at about $73bn.",
     ["$68 billion", "$73bn"]),
    # one holder's stake in other words
    ("Chairman Ann Roe, the company's biggest shareholder with a stake of about 23 percent, was appointed executive "
     "chairman on an interim basis.",
     "Roe, who holds roughly 20 per cent of the group through a web of investment vehicles, is believed to be the "
     "biggest loser.", ["20 per cent", "23 percent"]),
    # the largest shareholder's share is a stake
    ("On Friday Northwind said its chairman Ann Roe, its largest shareholder with roughly 24 per cent of the "
     "shares, would lend it £8 million.",
     "Ann Roe holds about 25% of the company and has chaired it since 2011.", ["24 per cent", "25%"]),
    # a conversion set off by commas keeps what the sum is of
    ("The two-day rout wiped roughly 276 billion yen, or about $2.5 billion, off the company's market value.",
     "Northwind's stock plunged by its daily limit, erasing nearly US$3.5 billion in market value in just two "
     "trading sessions.", ["$2.5 billion", "US$3.5 billion"]),
    # a fall of half told by the verb
    ("Shares in Northwind slumped 48% on Friday after the troubled group issued its third profit warning.",
     "Two more profit warnings followed, in September and November; after the third, the shares more than halved "
     "again.", ["48%", "halved"]),
    # incidents, cases and reports count one kind of thing
    ("The safety commission said on Friday it was aware of at least 70 incidents involving the phone in the US.",
     "Northwind had received 92 reports of batteries overheating in the U.S., the safety commission said.",
     ["70", "92"]),
    # what a sum buys, named after it ("for an option", "for the option")
    ("In a conference call, executives disclosed that Northwind paid US$100 million in December 2014 for an option "
     "to acquire Harbour Pharmacy.",
     "The company agreed at that time to pay as much as $133 million for the option, according to its disclosures.",
     ["$133 million", "US$100 million"]),
    # what a sum is of, the last of a list
    ("The benchmark is the rate that underpins $350tn of contracts.",
     "It matters because an estimated $300tn of loans, mortgages and other contracts around the world are "
     "linked to it.", ["$300tn", "$350tn"]),
])
def test_one_figure_told_in_other_words_is_one_slot(first, second, figures):
    stmts, parties, _ = extract(first, second)
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert [v for v, _ in versions(d)] == figures


@pytest.mark.parametrize(("first", "second"), [
    # small moves of a like size are common (an index, a rival, another day): not joined on size alone
    ("Northwind's shares closed down 3.9 percent at 117.25 pence, the biggest one-day fall in its history.",
     "In July the shares fell 3.8% in a single day when the group announced a provision against loss-making "
     "contracts."),
    # another holder's stake is another figure
    ("Chairman Ann Roe, the company's biggest shareholder with a stake of about 23 percent, was appointed executive "
     "chairman on an interim basis.",
     "Paul Okafor, who holds roughly 20 per cent of the group through a web of investment vehicles, is believed to "
     "be the biggest loser."),
    # "for the year" says when, not what a sum buys
    ("Northwind reported revenue of $1.2 billion for the year, up 4 percent.",
     "Analysts expect the group to set aside about $1 billion for the year to cover legal costs."),
])
def test_figures_alike_in_size_only_are_not_one_slot(first, second):
    stmts, parties, _ = extract(first, second)
    assert discrepancies.figure_discrepancies(stmts, parties) == []


def test_who_tells_a_figure_is_not_whose_figure_it_is():
    # the prosecutors tell the sum; the sum is the company's, as in the other article
    stmts, parties, _ = extract(
        "Northwind Corp. paid about $412 million in bribes abroad, Ruritanian prosecutors said.",
        "The American prosecutors said the company paid nearly US$420 million in bribes abroad.")
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert [v for v, _ in versions(d)] == ["$412 million", "US$420 million"]


def test_sums_told_by_the_same_verb_in_the_past_are_one_slot():
    stmts, parties, _ = extract(
        "When markets crashed in March, investors lost more than $3bn, according to the regulator.",
        "The Northwind funds, run by Ann Roe since 2014, lost more than $4 billion over that spring, prosecutors "
        "said.")
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert [v for v, _ in versions(d)] == ["$3bn", "$4 billion"]


def test_counts_of_the_same_people_in_other_words_are_a_discrepancy():
    # what one article counts ("staff") the other names among what it counts ("reporters and other staff")
    stmts = extract("About 150 staff will lose their jobs when the Clarion closes, the publisher said.",
                    "The final issue went out on Saturday, leaving some 210 reporters and other staff out of work.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["150", "210"]


def test_an_offer_and_a_bid_of_other_sizes_are_a_discrepancy():
    # one sum, named by another word: nothing else around the two figures alike
    stmts = extract("The affair has clouded the £4.3bn offer for the rest of the broadcaster.",
                    "On Friday the group withdrew its £4.5 billion bid, bowing to political pressure.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["£4.3bn", "£4.5 billion"]


def test_a_ranking_lost_on_two_days_is_a_discrepancy_beside_a_months_fall():
    # a market statement's happening (overtaken as the largest insurer) has its day; the month of the
    # same statement's fall does not stand in for it
    (d,) = _event_dates(
        "The slide has cost the insurer its place as the largest in the country: On Feb. 13, Acme Mutual "
        "overtook Northwind by market value.",
        "The stock lost about 9% in February, and the insurer was overtaken by Acme Mutual as the largest in "
        "the country by market value on Feb. 12.")
    assert [v for v, _ in versions(d)] == ["Feb. 12 (2025-02-12)", "Feb. 13 (2025-02-13)"]


def test_a_figure_is_not_of_a_party_named_after_it_in_another_clause():
    # the 9% is Northwind's stock (named in the other article); Acme Mutual is named after it, in the next clause
    stmts, parties, _ = extract(
        "Northwind's stock ended February down almost 12% as the scandal unfolded. Northwind said it was sorry.",
        "The stock lost about 9% in February, and the insurer was overtaken by Acme Mutual Corp. as the largest in "
        "the country. Acme Mutual Corp. said it was not commenting.")
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert sorted(v.value for v in d.versions) == ["12%", "9%"]


def test_a_time_of_day_told_of_another_verb_is_not_the_closes():
    # "were flat in Tokyo on Thursday morning" is not when the 0.2% was told: both are Wednesday's close
    stmts, parties, _ = extract(
        "Northwind's London-listed shares closed 0.6% higher at 412.5p on Wednesday, the day of the settlement.",
        "Northwind shares closed 0.2% lower in London on Wednesday and were flat in Tokyo on "
        "Thursday morning.")
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert sorted(v.value for v in d.versions) == ["0.2%", "0.6%"]


def test_pages_counted_in_a_compound_are_one_slot():
    stmts = extract("The committee released late on Monday a 212-page report on the insurer.",
                    "Its 216-page report, released in mid-March, found that the insurer had hidden losses.")[0]
    (d,) = discrepancies.figure_discrepancies(stmts)
    assert [v.value for v in d.versions] == ["212", "216"]


def test_a_document_dated_on_two_days_is_a_discrepancy():
    # "dated": the date of a document, one-off as a happening, however little else the sentences share
    (d,) = _event_dates(
        "Pressure grew after Ann Roe, a senator on the oversight panel, published last month a safety memo "
        "dated May 2, 2024.",
        "Much of the hearing turned on a safety memo written by a former Northwind engineer and dated 3 May "
        "2024, which warned that inspections at the plant had been skipped.")
    assert sorted(v for v, _ in versions(d)) == ["3 May 2024 (2024-05-03)", "May 2, 2024 (2024-05-02)"]


def test_a_sentence_opening_with_a_teen_in_words_counts_things():
    assert figures.amounts("Seventeen inspectors searched the offices.") == [("count", "Seventeen", 17.0)]
    assert figures.amounts("Ten days later the search ended.") == []  # a measure, not things counted


def test_a_sums_conversion_is_compared_as_the_sum_it_converts():
    # "(about US$590,000)" converts bail; the other article gives the bail in dollars
    stmts, parties, _ = extract(
        "Tom Roe, the Northwind founder, was granted bail of TT$4 million (about US$590,000) on Thursday.",
        "Roe handed himself in the day the indictment was unsealed and was freed on $600,000 bail.")
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert sorted(v.value for v in d.versions) == ["$600,000", "US$590,000"]


def _lengths(*texts: str) -> list[list[str]]:
    stmts, parties, _ = extract(*texts)
    return [sorted(v for v, _ in versions(d)) for d in discrepancies.figure_discrepancies(stmts, parties)
            if "(duration)" in d.topic]


def test_two_lengths_of_the_same_thing_are_a_discrepancy():
    assert _lengths("The jury found against Northwind after three days of talks.",
                    "The verdict came late on Friday, after two and a half days of talks.") \
        == [["three days", "two and a half days"]]
    assert _lengths("In questioning lasting nearly five hours, Ann Roe said she had been pressed.",
                    "In more than four hours of questioning on Wednesday, Ann Roe described the pressure.") \
        == [["five hours", "four hours"]]
    assert _lengths("Staff were told in a six-minute video that their jobs were gone.",
                    "The dismissals, announced in a five-minute recorded video, caused an outcry.") \
        == [["five-minute", "six-minute"]]
    # what was done in the time, or the day it runs to, names the same thing
    assert _lengths("Ann Roe said her team had spent nine months auditing the ledgers.",
                    "Ann Roe and her team spent about eight months reviewing the books.") \
        == [["eight months", "nine months"]]
    assert _lengths("The regulator pushed back the deadline for its order on the lender by 10 days to June 30.",
                    "The deadline, originally June 20, was later pushed back by eight days to June 30.") \
        == [["10 days", "eight days"]]


def test_lengths_told_in_other_units_or_within_a_hedge_agree():
    # "12 months" is "a year"; "almost two decades" allows 18 years; "more than a year" allows 12 to 18 months
    assert _lengths("Tom Becker barred Northwind from state contracts for 12 months.",
                    "Tom Becker barred Northwind from state contracts for a year on Tuesday.") == []
    assert _lengths("Ann Roe, who chaired the insurer for almost three decades, resigned.",
                    "Ann Roe, who chaired the insurer for 27 years, resigned on Friday.") == []
    assert _lengths("The inquiry's findings are expected to take more than a year.",
                    "The inquiry's findings are not expected for 14 to 20 months.") == []
    # a range against one end of it: the sources disagree
    assert _lengths("Northwind must keep an outside auditor for four years.",
                    "Northwind will be checked by an outside auditor for four to six years.") \
        == [["four to six years", "four years"]]


def test_lengths_of_different_things_or_of_a_share_move_are_not_compared():
    # one length twice another ("six years in a hostel", "every hostel within three years"),
    # a length added to another, a new order against the old one, the days of a share move, an age
    assert _lengths("Ann Roe, whose uncle spent six years in a Northwind hostel, spoke out.",
                    "Officials will inspect every hostel within three years, the minister said.") == []
    assert _lengths("Tom Becker has been held in a Rotherby cell for three weeks.",
                    "Tom Becker faces at least another 12 days in a Rotherby cell.") == []
    assert _lengths("A six-year export ban against Northwind was lifted.",
                    "A new eight-year export ban against Northwind will be lifted.") == []
    assert _lengths("It was the sharpest one-day drop in Northwind shares since the listing.",
                    "With the two-day drop, Northwind shares have lost a third of their value.") == []
    assert _lengths("Tom Becker, a 52-year-old engineer, was arrested.",
                    "Tom Becker, a 55-year-old engineer, was arrested on Monday.") == []


def test_the_same_partys_happening_in_other_words_is_one_event():
    # "arrested Ann Roe" and "Roe was arrested on ...": the one happening to the one person, whatever the words
    (d,) = _event_dates(
        "At the weekend, police on 2 May detained Ann Roe, for years the group's treasurer, as the "
        "magistrates widened their inquiry.",
        "The group's former treasurer Ann Roe was arrested on May 3.")
    assert [v for v, _ in versions(d)] == ["2 May (2024-05-02)", "May 3 (2024-05-03)"]


def test_a_bankruptcy_filing_told_in_other_words_is_one_event():
    (d,) = _event_dates(
        "Northwind Lending LLC filed for chapter 11 bankruptcy protection late on 3 March, weeks after the "
        "online lender halted withdrawals, disclosing a deficit.",
        "Northwind Lending filed for Chapter 11 in Delaware on March 4, listing a shortfall between assets and "
        "liabilities.")
    assert [v for v, _ in versions(d)] == ["3 March (2025-03-03)", "March 4 (2025-03-04)"]


def test_a_date_joins_the_group_of_any_date_told_alike():
    # the third source tells the opening much as the second does, less as the first: it is the same event
    (d,) = _event_dates(
        "The Rotherby prosecutor's office has confirmed that it opened an investigation on 14 March, following a "
        "complaint by the investigative news site Ledgerly, whose editor Tom Becker was among those watched.",
        "The Rotherby prosecutor's office opened an investigation on 14 March after a complaint by Ledgerly, two "
        "of whose reporters were on the list.",
        "Rotherby prosecutors opened an investigation on March 15; the interior ministry audited the vendor's "
        "offices later that month.")
    assert [v for v, _ in versions(d)] == ["14 March (2025-03-14)", "March 15 (2025-03-15)"]


def test_a_figure_one_source_gives_only_by_its_order_of_size_is_a_version():
    # the company's "about 3,500" in two articles and a third's "thousands": one version each, the two
    # articles that give the number cited together, and the topic says not every source gives a number
    stmts, parties, _ = extract(
        "Northwind has said it reports about 3,500 vans a year to police as stolen.",
        "Northwind files roughly 3,500 theft reports a year with police, the company said.",
        "Northwind, which has acknowledged reporting thousands of vans stolen each year to police, says such cases "
        "are rare.")
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert versions(d) == [("3,500", ["0.txt", "1.txt"]), ("thousands", ["2.txt"])]
    assert "not a number in every source" in d.topic


def test_an_order_of_size_bridges_no_two_figures():
    # "hundreds of homes" is near neither the deaths nor the 14,000 homes: no group of all three
    stmts, parties, _ = extract("The Kestrel Bay fire killed 85 people and destroyed 13,696 homes.",
                                "The Kestrel Bay fire killed 86 people and destroyed more than 14,000 homes.",
                                "The Kestrel Bay fire destroyed hundreds of homes, officials said.")
    found = sorted(versions(d) for d in discrepancies.figure_discrepancies(stmts, parties))
    assert found == [[("13,696", ["0.txt"]), ("14,000", ["1.txt"])], [("85", ["0.txt"]), ("86", ["1.txt"])]]


def test_orders_of_size_are_read_with_what_they_count():
    assert figures.vague_mentions("It paid tens of thousands of dollars per driver and met dozens of officials.") == [
        ("money $", "tens of thousands", 20000.0, 100000.0, 8, 36),
        ("count", "dozens", 24.0, 120.0, 56, 66)]


def test_a_sum_after_whom_it_was_paid_by_is_the_same_sum():
    # "fined Northwind nearly £49 million": the verb governs the sum across its object
    stmts, parties, _ = extract("Northwind Bank, the Rotherby-headquartered lender, has been fined a total of £48.65 "
                                "million over the IT failure in April 2018 that left 1.9 million customers unable "
                                "to bank online.",
                                "In December the Halvern Conduct Authority and the Prudential Regulation Authority "
                                "fined Northwind Bank nearly £49 million.")
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert [v for v, _ in versions(d)] == ["£48.65 million", "£49 million"]


def test_shares_of_the_same_whole_told_as_a_percentage_and_as_one_in_a_number_are_one_figure():
    stmts, parties, _ = extract("Northwind says it reports about 3,500 cars a year, approximately 0.014% of its "
                                "rentals.",
                                "Northwind has maintained that such cases are rare, saying fewer than one in 10,000 "
                                "of its rentals end in a theft report.")
    (d,) = discrepancies.figure_discrepancies(stmts, parties)
    assert [v for v, _ in versions(d)] == ["0.014%", "one in 10,000"]
