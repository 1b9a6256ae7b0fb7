"""Ingest: decoding, reading articles and corpora, publication dates from the text or the corpus."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.errors import InputError
from generator.ingest import decode, infer_missing_dates, read_article, read_corpus, subtitles, unmarked, unwrap
from generator.models import Article
from generator.pipeline import extract_corpus
from generator.segment import segment_article
from generator.storyfile import Story


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def article(file: str, published: str | None) -> Article:
    return Article(file=file, raw="Northwind Corp. said.", encoding="utf-8", sha256="0" * 64, title="t",
                   published=published, published_basis="text" if published else "unknown")


# ---- decode ---------------------------------------------------------------------------------

def test_decode_utf8():
    assert decode("Northwind’s café".encode(), "a.txt") == ("Northwind’s café", "utf-8")


def test_decode_drops_a_leading_bom():
    assert decode(b"\xef\xbb\xbfNorthwind", "a.txt") == ("Northwind", "utf-8")


def test_decode_falls_back_to_windows_1252():
    assert decode("Northwind’s café".encode("cp1252"), "a.txt") == ("Northwind’s café", "cp1252")


def test_decode_keeps_windows_newlines():
    assert decode(b"One.\r\nTwo.\r\n", "a.txt") == ("One.\r\nTwo.\r\n", "utf-8")


def test_decode_error_names_the_file():
    with pytest.raises(InputError, match=r"^bad\.txt: "):
        decode(b"\x81\x8d\x8f\x90\x9d", "bad.txt")


# ---- read_article ---------------------------------------------------------------------------

def test_read_article_keeps_raw_text_and_hashes_the_bytes(tmp_path):
    import hashlib
    data = "\ufeffNorthwind fined by regulator\n\nNorthwind Corp. was fined.\n".encode()
    a = read_article(write(tmp_path, "a.txt", data))
    assert (a.file, a.raw, a.encoding) == ("a.txt", "Northwind fined by regulator\n\nNorthwind Corp. was fined.\n",
                                           "utf-8")
    assert a.sha256 == hashlib.sha256(data).hexdigest()


def test_title_is_the_first_headline_of_four_words_after_the_page_menu(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Skip to main content\nMenu Search\nSign in | Subscribe\nCompany Briefing\n\n"
        "Northwind shares slide after regulator opens probe\n\n"
        "Northwind Corp. shares fell on Monday after the regulator opened an investigation.\n", encoding="utf-8")
    sheet, _ = extract_corpus(tmp_path, Story())
    assert [s.title for s in sheet.sources] == ["Northwind shares slide after regulator opens probe"]


def test_title_without_a_headline_is_the_opening_words_not_a_later_subhead(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Northwind Corp. shares fell sharply on Monday after the regulator opened an investigation into "
        "its accounts.\n\nWhat the regulator wants to know\n\nThe agency asked for documents.\n", encoding="utf-8")
    sheet, _ = extract_corpus(tmp_path, Story())
    assert [s.title for s in sheet.sources] == [
        "Northwind Corp. shares fell sharply on Monday after the regulator opened an…"]


def test_read_article_story_metadata_wins(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "date 2025-03-04\nNorthwind Corp. was fined.\n"),
                     {"title": "Fine", "outlet": "Ledger", "url": "https://example.org/a", "published": "2025-03-05"})
    assert (a.title, a.outlet, a.url, a.published, a.published_basis) == (
        "Fine", "Ledger", "https://example.org/a", "2025-03-05", "story")


def test_read_article_empty_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="empty"):
        read_article(write(tmp_path, "a.txt", "  \n\n"))


def test_read_article_outlet_from_agency_dateline(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "LONDON, March 4 (Reuters) - Northwind Corp. was fined.\n"))
    assert a.outlet == "Reuters"


# ---- publication date from the text ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "date 2025-03-04\nNorthwind Corp. was fined on Monday.\n",
    "Update Time : 09:15 am, Tuesday, 4 March 2025\nNorthwind Corp. was fined on Monday.\n",
    "Published: March 4, 2025\nNorthwind Corp. was fined on Monday.\n",
    "Posted on 2025-03-04 10:00\nNorthwind Corp. was fined on Monday.\n",
    # a page in another language, or its English edition keeping the original's labels and day-first figures
    "Publié le 04/03/2025 à 06h30 · Mis à jour le 04/03/2025 à 09h12\nNorthwind Corp. was fined on Monday.\n",
    "Veröffentlicht am 04.03.2025, 14:02\nNorthwind Corp. was fined on Monday.\n",
    # the month in the label's own language
    "Publié le mardi 4 mars 2025 à 5 h 45  |  Mis à jour à 11 h 02\nNorthwind Corp. was fined on Monday.\n",
    "Veröffentlicht am 4. März 2025\nNorthwind Corp. was fined on Monday.\n",
    "Publicado el 4 de marzo de 2025\nNorthwind Corp. was fined on Monday.\n",
    # a podcast's or a programme's page
    "Episode 87: The fine\nReleased 4 March 2025 · Running time 46:18\nNorthwind Corp. was fined on Monday.\n",
    # a regulator's notice; a page that sets its segments apart with runs of spaces
    "Penalty Decision No. 28\nRelease date: 2025-03-04      Source: Bureau\nNorthwind Corp. was fined on Monday.\n",
    "Source: Daily Herald    Editor: Ann Roe    2025-03-04 20:15:07\nNorthwind Corp. was fined on Monday.\n",
    # a call transcript's event; a filing's index line, whose report date is the event's, not the filing's
    "Northwind Q3 2025 Earnings Call Transcript\n\nEvent date: Tuesday, March 4, 2025\nTime: 1:30 p.m. ET\n\n"
    "Northwind Corp. was fined on Monday.\n",
    "Filings | Company Filings\nNORTHWIND CORP. | Form 8-K | Filed: 2025-03-04 | Period of Report: 2025-02-27\n\n"
    "FORM 8-K\n\nDate of Report (Date of earliest event reported): February 27, 2025\n\n"
    "Northwind Corp. was fined on Monday.\n",
    # a hearing transcript's header, in capitals
    "TRANSCRIPT OF PROCEEDINGS\n\nREVIEW OF NORTHWIND CORP.\n\nPUBLIC HEARING\nROTHERBY\n\nDAY 12\n\n"
    "TUESDAY, 4 MARCH 2025 AT 10.00 AM\n\nNorthwind Corp. was fined on Monday.\n",
])
def test_published_date_from_a_labelled_line(tmp_path, text):
    a = read_article(write(tmp_path, "a.txt", text))
    assert (a.published, a.published_basis) == ("2025-03-04", "text")


def test_published_date_from_a_dateline_with_a_year(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "WASHINGTON, March 4, 2025 (Reuters) - Northwind Corp. was fined.\n"))
    assert (a.published, a.published_basis) == ("2025-03-04", "text")


def test_published_date_from_a_date_line_under_the_byline(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "Northwind fined by regulator\nBy Jane Roe\nMarch 4, 2025\n\n"
                                              "Northwind Corp. was fined on Monday.\n"))
    assert (a.published, a.published_basis) == ("2025-03-04", "text")


def test_published_date_from_a_year_first_date_line(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "THE HARBOUR SHIMBUN\nNorthwind withdraws syrup\n2023/11/14 07:45 JST\n\n"
                                              "Northwind withdrew its syrup.\n"))
    assert (a.published, a.published_basis) == ("2023-11-14", "text")


def test_published_date_from_an_iso_date_line_with_a_reading_time(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "Northwind fined by regulator\nBy Jane Roe, Senior Reporter\n"
                                              "2025-03-04 \u00b7 6 min read\n\nNorthwind Corp. was fined on Monday.\n"))
    assert (a.published, a.published_basis) == ("2025-03-04", "text")


@pytest.mark.parametrize("byline", [
    "By Jane Roe   |   Mar 4, 2025 at 7:02 p.m. UTC   |   Updated Mar 5, 2025 at 11:47 p.m. UTC",
    "By Jane Roe (@janeroe) | Mar 4, 2025, 7:12pm EDT",
    "Springfield | Updated: March 4, 2025 21:14 IST",
    "Tuesday 4 March 2025, 6.00am GMT",
])
def test_published_date_from_a_byline_segment_or_a_dated_line_with_a_time(tmp_path, byline):
    a = read_article(write(tmp_path, "a.txt", f"Northwind fined by regulator\n{byline}\n\n"
                                              "Northwind Corp. was fined on Monday.\n"))
    assert (a.published, a.published_basis) == ("2025-03-04", "text")


def test_a_news_line_of_segments_lower_on_a_busy_page_dates_it(tmp_path):
    menu = "".join(f"Key figure {i} ........ {i}.5\n" for i in range(16))
    a = read_article(write(tmp_path, "a.txt", f"StockPulse  Home  Markets\nNorthwind Corp. (NWC)\n{menu}\n"
                                              "Northwind fined by regulator\n"
                                              "NEWS \u00b7 Tue, Mar 4, 2025, 5:14 PM EDT \u00b7 4 min read\n\n"
                                              "Northwind Corp. was fined on Monday.\n"))
    assert (a.published, a.published_basis) == ("2025-03-04", "text")


def test_an_all_number_date_is_read_only_when_one_reading_is_a_date(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "Northwind fined\nBy Jane Roe | 19/12/2018\n\nNorthwind was fined.\n"))
    b = read_article(write(tmp_path, "b.txt", "Northwind fined\nBy Jane Roe | 12/19/2018\n\nNorthwind was fined.\n"))
    c = read_article(write(tmp_path, "c.txt", "Northwind fined\nBy Jane Roe | 05/06/2018\n\nNorthwind was fined.\n"))
    assert (a.published, b.published, c.published) == ("2018-12-19", "2018-12-19", None)


def test_an_all_number_date_either_way_is_read_as_its_time_zone_tells(tmp_path):
    # a British page writes the day first, an American one the month
    a = read_article(write(tmp_path, "a.txt", "Northwind boss quits\n\nPublished 04/09/2018, 11:32 BST\n\n"
                                              "Northwind's chief quit on Tuesday.\n"))
    b = read_article(write(tmp_path, "b.txt", "Northwind boss quits\n\nPublished 04/09/2018 11:32 a.m. EDT\n\n"
                                              "Northwind's chief quit on Tuesday.\n"))
    assert (a.published, b.published) == ("2018-09-04", "2018-04-09")


def test_a_page_clock_above_the_article_is_not_its_publication_date(tmp_path):
    # the masthead prints the day the page was saved; the article's own date line is the earlier one
    a = read_article(write(tmp_path, "a.txt", "THE COURIER\n"
                                              "Friday 16 January 2026 \u00b7 07:42 GMT \u00b7 London 3\u00b0C\n"
                                              "Northwind fined by regulator\nBy Jane Roe\n"
                                              "Tuesday 4 March 2025, 6.00am GMT\n\n"
                                              "Northwind Corp. was fined yesterday.\n"))
    assert (a.published, a.published_basis) == ("2025-03-04", "text")


def test_a_last_update_label_dates_the_article_over_a_page_clock(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "Kuala Lumpur | Saturday, 22 March 2025 | 31\u00b0C Partly cloudy\n\n"
                                              "THE COURIER\n\nNorthwind names a new chief\n\n"
                                              "Last Update : 11:07 am, Wednesday, 19 August 2015\n\n"
                                              "Northwind Corp. on Tuesday named a new chief executive.\n"))
    assert (a.published, a.published_basis) == ("2015-08-19", "text")


def test_published_date_is_not_taken_from_an_event_date_in_the_body(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "Northwind Corp. was founded on March 4, 1998, in Springfield.\n"))
    assert (a.published, a.published_basis) == (None, "unknown")


def test_a_dateline_without_a_year_invents_no_date(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "LONDON, March 4 (Reuters) - Northwind Corp. was fined.\n"))
    assert a.published is None


# ---- corpus ---------------------------------------------------------------------------------

def test_infer_missing_dates_takes_the_latest_date():
    # a page that prints no date is more often a later explainer than an early report
    got = infer_missing_dates([article("a.txt", "2025-03-04"), article("b.txt", "2025-03-04"),
                               article("c.txt", "2025-05-05"), article("d.txt", None)])
    assert [(a.published, a.published_basis) for a in got] == [
        ("2025-03-04", "text"), ("2025-03-04", "text"), ("2025-05-05", "text"), ("2025-05-05", "corpus")]


def test_a_bare_date_line_years_after_every_other_article_is_the_pages_clock():
    from dataclasses import replace
    page = replace(article("m.txt", "2030-08-09"), raw="NEWS | Friday 9 August 2030  07:40 ET | Edition: UK\n\n"
                                                        "Northwind Corp. will settle, its lawyers said.")
    got = infer_missing_dates([article("a.txt", "2025-02-18"), article("b.txt", "2025-02-18"),
                               article("c.txt", "2025-05-18"), page])
    assert (got[3].published, got[3].published_basis) == ("2025-05-18", "corpus")


def test_a_labelled_date_years_later_is_kept():
    from dataclasses import replace
    page = replace(article("m.txt", "2028-06-12"), raw="Published: 12 June 2028\n\nNorthwind Corp. collapsed in 2025.")
    got = infer_missing_dates([article("a.txt", "2025-02-18"), article("b.txt", "2025-05-18"), page])
    assert (got[2].published, got[2].published_basis) == ("2028-06-12", "text")


def test_a_newswires_day_month_year_stamp_is_the_publication(tmp_path):
    a = read_article(write(tmp_path, "a.txt", "Northwind AG: provision booked\n\n03-Nov-2025 / 08:15 CET\n"
                                              "Northwind AG said on Thursday it had booked a provision.\n"))
    assert (a.published, a.published_basis) == ("2025-11-03", "text")


def test_a_wire_dateline_gives_the_day_and_the_corpus_the_year():
    from dataclasses import replace
    wire = replace(article("w.txt", None), raw="NEW YORK/ATLANTA, Dec 30 (Wire Service) - Northwind Corp. said.")
    got = infer_missing_dates([article("a.txt", "2025-01-04"), wire, article("c.txt", None)])
    assert [(a.published, a.published_basis) for a in got] == [
        ("2025-01-04", "text"), ("2024-12-30", "dateline"), ("2025-01-04", "corpus")]


def test_a_wire_datelines_year_is_the_one_whose_day_is_the_weekday_of_its_lead():
    from dataclasses import replace
    # July 10 is a Monday in 2017, a Tuesday in 2018: the lead's "on Monday" says which year, though 2018
    # lies a little nearer the other articles
    wire = replace(article("w.txt", None), raw="LONDON, July 10 (Wire Service) - Shares in Northwind lost a third "
                                               "of their value on Monday after a profit warning.")
    got = infer_missing_dates([wire, article("a.txt", "2018-01-16"), article("b.txt", "2018-01-16")])
    assert (got[0].published, got[0].published_basis) == ("2017-07-10", "dateline")


def test_a_weekday_in_the_lead_does_not_pull_a_dateline_a_year_away():
    from dataclasses import replace
    # Feb 8 is a Thursday in 2018 and a Friday in 2019: the lead's "on Thursday" is the day before the story,
    # and every other article is of February 2019
    wire = replace(article("w.txt", None), raw="HALVERN, Feb 8 (Wire Service) - The prime minister denied the report. "
                                               "The Daily Ledger reported on Thursday that his aides had pressed her.")
    got = infer_missing_dates([wire, article("a.txt", "2019-02-12"), article("b.txt", "2019-02-19"),
                               article("c.txt", "2019-02-28")])
    assert (got[0].published, got[0].published_basis) == ("2019-02-08", "dateline")


def test_the_corpus_year_of_a_wire_dateline_is_not_pulled_away_by_one_odd_date():
    from dataclasses import replace
    # four dates, none shared, one of them a page clock ten years on: the year is the others'
    wire = replace(article("w.txt", None), raw="TOKYO, July 21 (Wire Service) - Northwind Corp.'s chief quit on "
                                               "Tuesday.")
    got = infer_missing_dates([wire, article("a.txt", "2015-07-22"), article("b.txt", "2025-03-22"),
                               article("c.txt", "2015-09-08"), article("d.txt", "2015-09-16")])
    assert (got[0].published, got[0].published_basis) == ("2015-07-21", "dateline")


@pytest.mark.parametrize("masthead, expected", [
    ("Harbour Post Online | English Edition          Mittwoch, 12. März 2025 | 10:47", ("2025-03-12", "text")),
    ("Springfield Herald   Friday, 7 March 2025 | 9:02", ("2025-03-07", "text")),
    # a clock showing the day the page was saved, a year on, is not the day it was published
    ("Springfield 9:02 am, Sunday, 24 May 2026", ("2025-03-04", "corpus")),
])
def test_a_masthead_date_near_the_corpus_is_the_day_of_publication(masthead, expected):
    from dataclasses import replace
    page = replace(article("m.txt", None), raw=f"{masthead}\n\nNorthwind Corp. said on Tuesday it would appeal.\n")
    got = infer_missing_dates([article("a.txt", "2025-03-04"), page])
    assert (got[1].published, got[1].published_basis) == expected


def test_infer_missing_dates_without_any_known_date_changes_nothing():
    got = infer_missing_dates([article("a.txt", None)])
    assert [(a.published, a.published_basis) for a in got] == [(None, "unknown")]


def test_read_corpus_reads_txt_files_in_name_order_and_fills_dates(tmp_path):
    write(tmp_path, "b.txt", "Northwind Corp. was fined on Monday.\n")
    write(tmp_path, "a.txt", "date 2025-03-04\nNorthwind Corp. was fined.\n")
    write(tmp_path, "notes.md", "not an article")
    write(tmp_path, ".hidden.txt", "not an article")
    got = read_corpus(tmp_path)
    assert [(a.file, a.published, a.published_basis) for a in got] == [
        ("a.txt", "2025-03-04", "text"), ("b.txt", "2025-03-04", "corpus")]


def test_read_corpus_uses_story_metadata_per_file(tmp_path):
    write(tmp_path, "a.txt", "Northwind Corp. was fined.\n")
    got = read_corpus(tmp_path, {"a.txt": {"published": "2025-03-06", "outlet": "Ledger"}})
    assert [(a.published, a.published_basis, a.outlet) for a in got] == [("2025-03-06", "story", "Ledger")]


def test_read_corpus_without_articles_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no article files"):
        read_corpus(tmp_path)


def test_read_corpus_missing_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such folder"):
        read_corpus(tmp_path / "missing")


# A story told one paragraph per line, and the same text as a plain-text export folds it (greedy wrapping at a
# width, a blank line between paragraphs): extraction must read both alike.
_PARAGRAPHS = [
    "Northwind shares slump after regulator opens inquiry",
    "By Ann Roe",
    "LONDON, March 4, 2025 (Newswire) - Shares in Northwind Holdings fell 12% on Tuesday after the Financial "
    "Conduct Authority said it had opened an investigation into how the company booked revenue from its "
    "overseas subsidiaries between 2021 and 2023.",
    "\"We are cooperating fully with the authority and remain confident in our accounts,\" Tom Becker, the "
    "company's chief executive, said in a statement. \"We will not comment further while the review is under "
    "way.\"",
    "The regulator declined to say how long the inquiry would take. Analysts at Acme Securities said the "
    "shares could fall further if the company delayed its annual results, which are due in April.",
    "- Shares fell 12%",
    "- The inquiry covers 2021 to 2023",
]


def _folded(paragraphs: list[str], width: int, newline: str = "\n") -> str:
    import textwrap
    return (newline * 2).join(newline.join(textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False))
                              for p in paragraphs) + newline


def test_unwrap_joins_the_lines_of_a_folded_paragraph_and_keeps_every_offset():
    raw = _folded(_PARAGRAPHS, 64)
    text = unwrap(raw)
    assert len(text) == len(raw)
    assert [p for p in text.split("\n") if p] == _PARAGRAPHS
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(raw, text, strict=True))


def test_unwrap_keeps_windows_line_ends_the_same_length():
    raw = _folded(_PARAGRAPHS, 70, "\r\n")
    text = unwrap(raw)
    assert len(text) == len(raw)
    assert [" ".join(p.split()) for p in text.split("\r\n") if p] == _PARAGRAPHS
    assert "\r" not in text.split("\r\n")[2]


def test_unwrap_leaves_a_paragraph_per_line_file_and_a_list_of_short_lines_alone():
    assert unwrap("\n\n".join(_PARAGRAPHS) + "\n") == ""
    assert unwrap("\n".join(_PARAGRAPHS) + "\n") == ""
    assert unwrap("\n".join(f"{i}. Northwind item number {i}" for i in range(1, 20))) == ""


def test_unwrap_does_not_join_a_folded_line_to_a_list_item():
    raw = _folded(_PARAGRAPHS[2:5], 60) + "\n" + "\n".join(
        ["- Shares in Northwind Holdings fell by twelve per cent on Tuesday in", "- The regulator named no date"])
    text = unwrap(raw)
    assert text.endswith("fell by twelve per cent on Tuesday in\n- The regulator named no date")


_DOCUMENT = (
    "1.1 Northwind Holdings plc (\u201cthe Company\u201d) today publishes its annual results for the year ended 30\n"
    "June 2025 and provides an update on the funding committed by its shareholders in the\n"
    "year, which the Board considers sufficient for the next eighteen months.\n"
    "\n"
    "1.2 The Company\u2019s shareholders have committed to provide \u00a3320 million of new equity, the first\n"
    "tranche of a \u00a3900 million package of new funding to support the Company\u2019s restruc-\n"
    "turing plan, subject to the outcome of the regulator\u2019s review later this year.\n"
    "\n"
    "1.3 Tom Becker, Chief Executive, said: \u201cThis money gives us the room we need to rebuild the\n"
    "business, and we intend to use it well.\u201d The Board thanks its staff and its suppliers for their\n"
    "work in a difficult year for the Company and for the wider industry in the United Kingdom.\n"
)


def test_unwrap_reads_a_folded_document_embedded_under_a_page_of_one_paragraph_per_line():
    raw = "\n\n".join(_PARAGRAPHS[:5]) + "\n\nWe reproduce the statement below.\n\n" + _DOCUMENT
    text = unwrap(raw)
    assert len(text) == len(raw)
    assert text.startswith("\n\n".join(_PARAGRAPHS[:5]))  # the page's own paragraphs are left as they are
    assert "for the year ended 30 June 2025 and provides" in text
    assert "Company\u2019s restruc- turing plan" in text  # a word hyphenated at the fold is folded too
    assert "rebuild the business, and we intend" in text


def test_unwrap_leaves_a_table_a_text_box_and_a_list_of_headlines_alone():
    table = "\n".join(["Ticker   Company                  Last      Chg      %Chg",
                       "NWH      Northwind Holdings       17.33    -2.19   -11.22%",
                       "ACM      Acme Corp.               18.37    +1.51    +8.96%",
                       "BTA      Beta Networks           191.16    +4.90    +2.63%"])
    box = "\n".join(["+------------------------------------------------------------+",
                     "| Ann Roe  @annroe                                           |",
                     "| Just pulled my credit report. There's a Northwind card     |",
                     "| on it I never applied for.                                 |",
                     "+------------------------------------------------------------+"])
    headlines = "\n".join(["More News Of This Category",
                           "  Northwind faces pressure over its accounts report",
                           "  Storm warning issued for the coast as rain continues",
                           "  Work on the new bridge nears completion after delays",
                           "Tags: Northwind, Tom Becker, Acme"])
    raw = "\n\n".join(_PARAGRAPHS[:5]) + "\n\n" + table + "\n\n" + box + "\n\n" + headlines + "\n"
    assert unwrap(raw) == ""


@pytest.mark.parametrize("width", [60, 72, 80])
def test_a_hard_wrapped_article_is_extracted_as_its_unwrapped_text(tmp_path, width):
    flat, folded = tmp_path / "flat", tmp_path / "folded"
    flat.mkdir()
    folded.mkdir()
    write(flat, "000_a.txt", "\n\n".join(_PARAGRAPHS) + "\n")
    write(folded, "000_a.txt", _folded(_PARAGRAPHS, width))
    one, _ = extract_corpus(flat, Story())
    two, _ = extract_corpus(folded, Story())
    raw = (folded / "000_a.txt").read_text(encoding="utf-8")
    assert [(f.category, c.start, c.end) for f in two.facts for c in f.citations] == \
        [(f.category, c.start, c.end) for f in one.facts for c in f.citations]
    assert [(q.speaker_name, q.text.replace("\n", " ")) for q in two.quotes] == \
        [(q.speaker_name, q.text) for q in one.quotes]
    # every citation quotes the file as it is, line breaks and all
    cites = [c for f in two.facts for c in f.citations] + [c for q in two.quotes for c in q.citations]
    assert all(c.quote == raw[c.start:c.end] for c in cites)
    assert any("\n" in c.quote for c in cites)
    assert {q.speaker_name for q in two.quotes} == {"Tom Becker"}


_MARKED = [
    "Northwind shares slump after regulator opens inquiry",
    "LONDON, March 4, 2025 (Newswire) - Shares in Northwind Holdings fell 12% on Tuesday after the Financial "
    "Conduct Authority said it had opened an investigation into the company's accounts.",
    "“We are cooperating fully with the authority and remain confident in our accounts,” Tom Becker, the "
    "company's chief executive, said in a statement. “We will not comment further while the review is under "
    "way.”",
    "“The question is who booked what, and when,” said Jane Wolsey, an analyst at Rook & Vale Capital.",
    "The regulator declined to say how long the inquiry would take.",
]


def _as_feed_item(paragraphs: list[str]) -> str:
    """The paragraphs as a feed exports them: tags, and every mark and apostrophe a character entity."""
    def entities(p: str) -> str:
        return (p.replace("&", "&amp;").replace("'", "&#8217;").replace("“", "&#8220;").replace("”", "&#8221;")
                .replace("-", "&#8211;", 1))
    body = "".join(f"<p>{entities(p)}</p>\n" for p in paragraphs[1:])
    return (f"<item>\n\t<title>{entities(paragraphs[0])}</title>\n\t<pubDate>Tue, 04 Mar 2025 14:03:00 +0000"
            f"</pubDate>\n\t<content:encoded><![CDATA[{body}]]></content:encoded>\n</item>\n")


def test_unmarked_reads_tags_and_entities_as_what_they_show_and_keeps_every_offset():
    text = "<p>Acme&#8217;s chief said &#8220;no&#8221; &amp; left.</p>\n"
    shown, spans = unmarked(text)
    assert len(shown) == len(text)
    assert " ".join(shown.split()) == "Acme’s chief said “no” & left."
    # a citation's bounds never fall inside an entity: each span is one whole entity (with the letters after it)
    assert [text[s:e] for s, e in spans] == ["&#8217;s", "&#8220;", "&#8221;", "&amp;"]
    assert unmarked("Acme & Co said profits rose <5%.") == ("", ())


def test_a_marked_up_feed_item_is_read_like_the_plain_article(tmp_path):
    plain, feed = tmp_path / "plain", tmp_path / "feed"
    plain.mkdir()
    feed.mkdir()
    write(plain, "000_a.txt", "\n\n".join(_MARKED) + "\n")
    write(feed, "000_a.txt", _as_feed_item(_MARKED))
    one, _ = extract_corpus(plain, Story())
    two, _ = extract_corpus(feed, Story())
    raw = (feed / "000_a.txt").read_text(encoding="utf-8")
    assert [(q.speaker_name, " ".join(q.text.split())) for q in two.quotes] == \
        [(q.speaker_name, q.text) for q in one.quotes]
    assert {q.speaker_name for q in two.quotes} == {"Tom Becker", "Jane Wolsey"}
    assert [f.category for f in two.facts] == [f.category for f in one.facts]
    assert {p.name for p in two.parties} == {p.name for p in one.parties}
    assert "Rook & Vale Capital" in {p.name for p in two.parties}
    # every citation quotes the file as it is, each entity whole
    cites = [c for f in two.facts for c in f.citations] + [c for q in two.quotes for c in q.citations]
    assert all(c.quote == raw[c.start:c.end] for c in cites)
    assert any("&#8220;" in c.quote for c in cites)
    assert not [c.quote for c in cites if re.search(r"&#?\w*$", c.quote) or re.match(r"#?\w*;", c.quote)]
    assert two.sources[0].published == "2025-03-04"


def test_a_name_spelled_in_its_own_script_reads_as_the_name_alone(tmp_path):
    text = ("Rotherby Motors agreed to sell the plant, the company said on Monday.\n\n"
            "“The deal is about the land,” said Lin Mei-hua (林美華), an analyst at Kestrel Bay Securities in "
            "Taichung. “The brand hardly matters.”\n")
    shown, spans = unmarked(text)
    assert len(shown) == len(text) and "said Lin Mei-hua, an analyst" in " ".join(shown.split())
    assert [text[s:e] for s, e in spans] == [" (林美華),"]
    write(tmp_path, "000_a.txt", text)
    sheet, _ = extract_corpus(tmp_path, Story())
    assert {q.speaker_name for q in sheet.quotes} == {"Lin Mei-hua"}
    lin = next(p for p in sheet.parties if p.name == "Lin Mei-hua")
    assert lin.kind == "person" and "analyst at Kestrel Bay Securities" in lin.role
    # what a citation quotes is the file as it is, native spelling and all
    assert any("(林美華)" in c.quote for f in sheet.facts for c in f.citations)


_SRT = """1
00:00:01,000 --> 00:00:04,000
[MUSIC]

2
00:00:04,200 --> 00:00:08,100
Good evening. Northwind Holdings has been
fined 12 million pounds for failing to protect

3
00:00:08,300 --> 00:00:11,900
the account details of 90,000 customers.

4
00:00:12,000 --> 00:00:15,500
[REPORTER] The regulator's chief executive, Ann Roe,
said the failure was "entirely

5
00:00:15,700 --> 00:00:18,000
avoidable and careless".

6
00:00:18,200 --> 00:00:21,000
- I had to replace my card and wait
for a week.
"""


def test_subtitles_read_a_sentence_told_across_cues_whole_and_keep_every_offset(tmp_path):
    path = write(tmp_path, "000_a.txt", _SRT)
    art = read_article(path)
    assert len(art.body) == len(art.raw) and art.body != art.raw
    sentences = [(s.text, s.boilerplate) for s in segment_article(art).sentences]
    texts = [re.sub(r"\s+", " ", t) for t, why in sentences if not why]
    assert "Northwind Holdings has been fined 12 million pounds for failing to protect the account details of " \
        "90,000 customers." in texts
    assert "I had to replace my card and wait for a week." in texts
    # no cue number or timing is read as text, and a sound or a new turn starts a paragraph of its own
    assert not any(re.search(r"-->|^\d+$", t) for t, _ in sentences)
    assert all(s.text == art.body[s.start:s.end] for s in segment_article(art).sentences)


def test_a_quotation_told_across_cues_is_one_quote_with_its_speaker(tmp_path):
    write(tmp_path, "000_a.txt", _SRT)
    sheet, _ = extract_corpus(tmp_path, Story())
    raw = (tmp_path / "000_a.txt").read_text(encoding="utf-8")
    said = [(q.speaker_name, re.sub(r"\s+", " ", q.text)) for q in sheet.quotes]
    assert ("Ann Roe", "entirely avoidable and careless") in said
    assert all(c.quote == raw[c.start:c.end] for q in sheet.quotes for c in q.citations)


def test_a_file_with_a_few_timings_in_its_text_is_no_subtitles_file():
    raw = "Northwind said the outage ran 00:01:04,000 --> 00:02:00,000 on its logs.\n\nShares fell 4%.\n"
    assert subtitles(raw) == ""


_PRINT_PAGE = """B1                                   THE KESTREL BAY COURIER  TUESDAY, MARCH 4, 2025

BUSINESS
---------------------------------------------------------------------------

Regulator opens inquiry
into Northwind accounts

By ANN ROE
Courier Staff Writer

Shares in Northwind Holdings fell 12 percent
on Tuesday after the Financial Conduct Autho-
rity said it had opened an investigation into
how the company booked revenue from its
overseas subsidiaries.
The regulator declined to say how long the
inquiry would take. Some analysts said the
shares could fall further if the company
delayed its annual results, which are due
in April.
"We are cooperating fully with the authority
and remain confident in our accounts," Tom
Becker, the company's chief executive, said
in a statement. North-
wind did not say who had raised the concerns.

---------------------------------------------------------------------------
STOCKS | Index edges higher as
bond yields climb ........ B3
---------------------------------------------------------------------------
"""


def test_a_printed_column_is_read_as_its_paragraphs_and_its_hyphenated_words_whole(tmp_path):
    raw = _PRINT_PAGE
    text = unwrap(raw)
    assert len(text) == len(raw)
    # a narrow, ragged column: each sentence reads across its lines, short lines that stop mid-sentence too
    assert "fell 12 percent on Tuesday after the Financial Conduct Autho- rity said" in text
    assert "how long the inquiry would take. Some analysts" in text
    assert "which are due in April." in text
    # a rule of dashes is no line of the column
    assert "\n---------------------------------------------------------------------------\nSTOCKS" in text
    write(tmp_path, "000_a.txt", raw)
    article = read_article(tmp_path / "000_a.txt")
    assert re.search(r"the Financial Conduct Authority\s+said", article.body)  # hyphenated at the fold: whole
    start = raw.index("Autho-")
    # a citation that would cut the mended word keeps it whole, as in the file
    assert article.snapped(start + 2, start + 9) == (start, start + len("Autho-\nrity"))
    sheet, _ = extract_corpus(tmp_path, Story())
    cites = [c for f in sheet.facts for c in f.citations]
    assert all(c.quote == raw[c.start:c.end] for c in cites)
    # each statement is cited whole across the column's lines, the hyphenated word whole in its quote
    assert any(c.quote.startswith("the Financial Conduct Autho-\nrity said") and c.quote.endswith("subsidiaries.")
               for c in cites)
    assert any(c.quote.startswith("Some analysts said the\nshares") and c.quote.endswith("in April.") for c in cites)
    assert any(q.speaker_name == "Tom Becker" and q.text.startswith("We are cooperating") for q in sheet.quotes)
    northwind = next(p for p in sheet.parties if p.name.startswith("Northwind"))
    assert any(raw[m.start:m.end] == "North-\nwind" for m in northwind.mentions)


_CAPTIONED = """1
00:00:01,000 --> 00:00:03,000
[MUSIC]

2
00:00:03,100 --> 00:00:06,000
DANA LEE, ANCHOR
Good evening. Northwind Holdings froze

3
00:00:06,100 --> 00:00:09,000
thousands of savings accounts this week.

4
00:00:09,100 --> 00:00:12,000
TOM BECKER, BUSINESS CORRESPONDENT
Dana, the regulator says the freeze

5
00:00:12,100 --> 00:00:15,000
broke the rules on client money.

6
00:00:15,100 --> 00:00:18,000
ANN ROE, NORTHWIND CUSTOMER
I had all my savings in there.

7
00:00:18,100 --> 00:00:21,000
Nobody will tell us when we get it back.

8
00:00:21,100 --> 00:00:24,000
TOM BECKER, BUSINESS CORRESPONDENT
In a statement, Northwind said the freeze,

9
00:00:24,100 --> 00:00:27,000
quote, protects every customer equally.
End quote.

10
00:00:27,100 --> 00:00:30,000
DANA LEE, ANCHOR
Tom Becker, thank you.
"""


def test_a_captions_name_line_opens_the_turn_of_who_it_names(tmp_path):
    # the line in capitals over a cue's words ("ANN ROE, NORTHWIND CUSTOMER") says who speaks them; the
    # broadcast's own anchor and correspondent tell the story and are quoted by no one; a quotation read
    # aloud ("quote, ... End quote.") is the words of whoever the sentence says spoke them
    write(tmp_path, "000_a.txt", _CAPTIONED)
    sheet, _ = extract_corpus(tmp_path, Story())
    raw = (tmp_path / "000_a.txt").read_text(encoding="utf-8")
    said = {(q.speaker_name, re.sub(r"\s+", " ", q.text)) for q in sheet.quotes}
    assert ("Ann Roe", "I had all my savings in there. Nobody will tell us when we get it back.") in said
    assert ("Northwind", "protects every customer equally.") in said
    assert not any(who in ("Tom Becker", "Dana Lee") for who, _ in said)
    assert all(c.quote == raw[c.start:c.end] for q in sheet.quotes for c in q.citations)


def test_a_page_dated_in_chinese_figures_is_dated_so(tmp_path):
    path = write(tmp_path, "000_a.txt", "晟岚财经 Kestrel Finance\n\nNorthwind responds to short seller\n\n"
                                        "2020年4月8日 10:26　来源：晟岚财经\n\nNorthwind said the report was "
                                        "untrue。\n")
    assert read_article(path).published == "2020-04-08"
