"""Clean and segment: boilerplate flags with reasons, sentence offsets, abbreviations, quotes, lists."""
from __future__ import annotations

import pytest

from generator.models import Article, Document
from generator.segment import segment_article


def make_doc(raw: str, file: str = "a.txt", published: str | None = "2025-03-12") -> Document:
    return segment_article(Article(file=file, raw=raw, encoding="utf-8", sha256="0" * 64, title="t",
                                   published=published))


def texts(raw: str) -> list[str]:
    return [s.text for s in make_doc(raw).sentences]


def flags(raw: str) -> list[tuple[str, str]]:
    """(text, boilerplate reason) of every sentence."""
    return [(s.text, s.boilerplate) for s in make_doc(raw).sentences]


# ---- offsets --------------------------------------------------------------------------------

def test_every_sentence_text_is_raw_at_its_offsets():
    raw = "Northwind fined\r\n\r\n  Northwind Corp. was fined. It will appeal!  \r\nShares fell 4%.\r\n"
    doc = make_doc(raw)
    assert [(raw[s.start:s.end], s.source) for s in doc.sentences] == [(s.text, "a.txt") for s in doc.sentences]
    assert [s.text for s in doc.sentences] == ["Northwind fined", "Northwind Corp. was fined.", "It will appeal!",
                                               "Shares fell 4%."]


def test_sentence_ids_and_paragraphs():
    doc = make_doc("Northwind was fined. It will appeal.\n\nShares fell.\n")
    assert [(s.id, s.paragraph) for s in doc.sentences] == [("s1", 1), ("s2", 1), ("s3", 2)]


def test_content_excludes_boilerplate_and_duplicates():
    doc = make_doc("Advertisement\nNorthwind Corp. was fined on Monday.\nNorthwind Corp. was fined on Monday.\n")
    assert [s.text for s in doc.content] == ["Northwind Corp. was fined on Monday."]


# ---- abbreviations and numbers --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Northwind Corp. and Globex Inc. agreed on a deal.",
    "The U.S. regulator opened a probe on Jan. 9 after a complaint.",
    "The deal closed on Dec. 9, 2024, after a review by Dr. Ann Lee.",
    "Shares rose 2.5 percent to $10.25 at 3 p.m. local time.",
    "Initech Ltd. and Umbrella Co. were not named.",
    "The U.K. agency wrote to Mr. Diaz and Ms. Roe on Feb. 3.",
    "Northwind Corp. Chief Executive Ann Lee met Dr. Ann Roe.",
    "It became the No. 2 drone maker.",
])
def test_abbreviations_and_decimals_do_not_end_a_sentence(sentence):
    assert texts(sentence + " It appealed.") == [sentence, "It appealed."]


@pytest.mark.parametrize("text, first", [
    ("The agency regulates Northwind Corp. Ann Lee, its chief, spoke to staff.",
     "The agency regulates Northwind Corp."),  # a first name after a company's suffix starts a sentence
    ("Asked about a recall, Ann Lee said no. Northwind will answer later.", "Asked about a recall, Ann Lee said no."),
])
def test_a_suffix_or_no_before_a_new_sentence_ends_it(text, first):
    assert texts(text)[0] == first


def test_company_suffix_ends_a_sentence_before_a_new_sentence():
    assert texts("The regulator fined Northwind Corp. The company will appeal.") == [
        "The regulator fined Northwind Corp.", "The company will appeal."]


def test_question_and_exclamation_end_sentences():
    assert texts("Did Northwind know? It says no! Regulators disagree.") == [
        "Did Northwind know?", "It says no!", "Regulators disagree."]


# ---- quotations -----------------------------------------------------------------------------

def test_a_numbered_section_or_paragraph_is_one_sentence_with_its_number():
    # a complaint's layout: the section number is no sentence of its own, and the heading stays a heading
    doc = make_doc("I. NATURE OF THE ACTION\n\n1. Northwind has run the market for a decade.\n\n"
                   "II. THE DEFENDANTS\n\n12. Northwind Corp. is a Delaware corporation.\n")
    assert [s.text for s in doc.sentences if s.heading] == ["I. NATURE OF THE ACTION", "II. THE DEFENDANTS"]
    assert not any(s.text in ("II.", "12.", "1.") for s in doc.sentences)


def test_a_curly_quotation_of_several_sentences_stays_one_sentence():
    assert texts("“We did nothing wrong. We will fight this,” Lee said. Then she left.") == [
        "“We did nothing wrong. We will fight this,” Lee said.", "Then she left."]


def test_a_straight_quotation_of_several_sentences_stays_one_sentence():
    assert texts('"We did nothing wrong. We will fight this," Lee said. Then she left.') == [
        '"We did nothing wrong. We will fight this," Lee said.', "Then she left."]


def test_a_closing_quote_after_the_full_stop_belongs_to_the_sentence():
    assert texts("Lee said: “We will appeal.” The regulator declined to comment.") == [
        "Lee said: “We will appeal.”", "The regulator declined to comment."]


# ---- headings and bullets -------------------------------------------------------------------

def test_headline_without_full_stop_is_a_heading():
    doc = make_doc("Northwind fined $5 million by consumer regulator\n\nNorthwind Corp. was fined on Monday.\n")
    assert [(s.text, s.heading) for s in doc.sentences] == [
        ("Northwind fined $5 million by consumer regulator", True), ("Northwind Corp. was fined on Monday.", False)]


def test_a_key_dates_entry_is_a_statement_not_a_heading():
    doc = make_doc("KEY DATES\n2025-04-01 - Bids close\nMay 2024 - Acme reports the breach\n"
                   "Late 2019 - The scheme begins\n")
    assert [s.heading for s in doc.sentences] == [True, False, False, False]
    # a headline opening on a word and a year is still a headline
    assert make_doc("Outlook 2025: what changed for Northwind\nNorthwind Corp. was fined.\n").sentences[0].heading


def test_furniture_written_in_two_languages_is_furniture():
    doc = make_doc("PUBLICITÉ / ADVERTISEMENT\nPar / By Ann Roe  |  Journaliste, Économie\n"
                   "Northwind Corp. was fined on Monday.\nRevenue / sales rose 5%, Ann Roe said / wrote.\n")
    assert [s.boilerplate for s in doc.sentences] == ["ad slot", "byline", "", ""]


def test_speech_broken_off_at_a_dash_is_no_heading():
    doc = make_doc("[00:04:13] TOM: The board proposed a fine of about a million dollars, I think, for not filing —\n\n"
                   "[00:04:17] JANE: One-point-five, I think.\n")
    assert [s.heading for s in doc.sentences if "fine" in s.text] == [False]


def test_question_subheading_is_a_heading():
    doc = make_doc("What happens next?\nThe regulator will decide by June.\n")
    assert [s.heading for s in doc.sentences] == [True, False]


def test_bullet_marker_is_cut_and_kept_as_boilerplate_span():
    raw = "Northwind said:\n- Shares fell 4% on Monday in early trading.\n\nThe regulator declined to comment.\n"
    doc = make_doc(raw)
    bullet = doc.sentences[1]
    assert (bullet.text, bullet.boilerplate) == ("Shares fell 4% on Monday in early trading.", "")
    assert [(raw[b.start:b.end], b.reason) for b in doc.boilerplate] == [("- ", "bullet")]


def test_trailing_bullet_summary_list_is_marked():
    raw = ("Northwind Corp. was fined $5 million on Monday.\nThe company said it would appeal.\n"
           "Key points\n- Northwind was fined $5 million.\n- Northwind will appeal.\n")
    assert flags(raw) == [
        ("Northwind Corp. was fined $5 million on Monday.", ""), ("The company said it would appeal.", ""),
        ("Key points", ""), ("Northwind was fined $5 million.", "summary list"),
        ("Northwind will appeal.", "summary list")]


def test_bullet_list_inside_the_body_is_content():
    raw = ("The regulator asked Northwind for:\n- its safety records since 2020;\n- its sales figures by region;\n"
           "Northwind said it would answer within 30 days.\n")
    assert [s.boilerplate for s in make_doc(raw).sentences] == ["", "", "", ""]


# ---- boilerplate ----------------------------------------------------------------------------

@pytest.mark.parametrize("line, reason", [
    ("Advertisement", "ad slot"),
    ("Story continues below advertisement", "ad slot"),
    ("SPONSORED - Save 20% on home insurance in 10 minutes.", "ad slot"),
    ("Advertisement: Harbour Bank's new savings account pays 4%", "ad slot"),
    ("The smarter way to file your taxes. Learn more >", "ad slot"),
    ("![Northwind headquarters](https://example.org/hq.jpg)", "image"),
    ("Photo: Northwind Corp. handout", "image credit"),
    ("Share this article on Facebook", "share prompt"),
    ("Facebook | Twitter | LinkedIn | Email", "share prompt"),
    ("Sign up for our daily markets newsletter", "share prompt"),
    ("Read more: Northwind chief steps down", "related stories"),
    ("By Jane Roe and Tom Diaz", "byline"),
    ("Von Jane Roe, Berlin", "byline"),
    ("Hosted by Jane Roe and Tom Diaz", "byline"),
    ("Jane Roe, Technology correspondent", "byline"),
    ("Reporting by Jane Roe; Editing by Tom Diaz", "credit"),
    ("© 2025 Harbour Media Ltd", "copyright"),
    ("Our Standards: The Harbour Trust Principles.", "standards note"),
    ("10:15 AM, Wednesday, 12 March 2025", "page clock"),
    ("Springfield 10:15 AM, Wednesday, 12 March 2025", "page clock"),
    ("Wednesday, March 12, 2025 | 10:15 AM", "page clock"),
    ("Update Time : 09:15 am, Wednesday, 12 March 2025", "page metadata"),
    ("1,204 views", "page metadata"),
    ("4 min read", "page metadata"),
    ("NWD +2.4% | GLBX -1.1%", "ticker"),
    ("3333.HK Northwind Group ........ HK$4.24  -3.4%", "ticker"),
    ("Harbour Composite             13582.43    -51.08   -0.37%", "ticker"),
    ("Home > Business > Technology", "navigation"),
    ("Menu Search", "navigation"),
    ("Sign in | Register", "navigation"),
    ("Banking | Credit Cards | Saving | Ask Harbour        [ Get our free weekly money tips ]", "navigation"),
    ("Contact Us | Closed Captioning | Public File | Do Not Sell or Share My Personal Information", "navigation"),
    ("This live blog is for information only and does not constitute investment advice.", "disclaimer"),
    ("Prices are delayed by at least 15 minutes.", "disclaimer"),
    ("All quotes delayed a minimum of 15 minutes.", "disclaimer"),
    ("Data is a real-time snapshot. *Data is delayed at least 15 minutes. Global Business and Financial News, "
     "Stock Quotes, and Market Data and Analysis.", "disclaimer"),
    ("Harbour Markets and its contributors may hold positions in the securities mentioned.", "disclaimer"),
    ("THIS IS A RUSH TRANSCRIPT.", "disclaimer"),
    ("Translated from the German by the editorial team.", "credit"),
    ("Jane Roe is a senior technology reporter at Harbour Daily.", "byline"),
    ("Contact Jane Roe at jroe@harbour.example or 555-0187.", "contact"),
    ("Phone: +44 20 7946 0321", "contact"),
    ("Mobile: 0491 570 110", "contact"),
    # a newswire's distribution data under a release
    ("Language: English", "wire data"),
    ("ISIN: DE0001234567", "wire data"),
    ("Listed: Regulated Market in Rotherby (General Standard)", "wire data"),
    ("Ledgerly News ID: 1284512", "wire data"),
    ("End of Announcement Ledgerly News Service", "wire data"),
    ("The issuer is solely responsible for the content of this announcement.", "wire data"),
    ("03-Nov-2025 CET The Ledgerly Distribution Services include Regulatory Announcements and Press "
     "Releases.", "wire data"),
    ("Email: press@harbour.example", "contact"),
    ("Was this article helpful?", "reader prompt"),
    ("Support independent journalism from £5 a month.", "reader prompt"),
    ("… we have a small favour to ask.", "reader prompt"),
    ("Enter your email                [Subscribe]", "reader prompt"),
    ("You're receiving this because you subscribed to The Harbour Letter.", "reader prompt"),
    ("Harbour Post Online | English Edition          Mittwoch, 12. März 2025 | 10:47", "page clock"),
    ("We use cookies to improve your experience. Accept all | Manage settings", "cookie banner"),
    ("Accept all | Reject all", "cookie banner"),
    ("Appeared in the March 13, 2025, print edition as 'Northwind, FDA Agree on Plan to Reopen Plant'.",
     "print edition"),
    ("Home   Markets   Companies   Tech   Opinion   Personal Finance   Podcasts", "navigation"),
    ("Search  |  Newsletters  |  Sign in", "navigation"),
    ("Technology · Legal · Digital Assets", "navigation"),
    ("[Share on Facebook] [Share on X] [Email] [Copy link]", "navigation"),
    ("Sign up →", "share prompt"),
    ("Listen here >", "navigation"),
    ("The Harbour Brief: the day's business news, every weekday at 7:00 CET. Sign up", "reader prompt"),
    ("The Harbour Brief: the day's biggest stories, every weekday morning. [Sign up]", "reader prompt"),
    ("[Newsletter] Get Harbour Weekly, evidence-based news for parents, every Friday.", "reader prompt"),
    ("Get the Media & Telecom newsletter: the week's biggest deals, every Friday.", "reader prompt"),
    ("By signing up, you agree to our Terms of Use and Privacy Policy.", "reader prompt"),
    ("Listen to article (7 minutes)", "reader prompt"),
    ("[Listen · 6:42] An audio version of this story aired on Morning Edition.", "reader prompt"),
    ("On this week's episode of our podcast, Follow the Money, I talk to two compliance officers.",
     "reader prompt"),
    ("Thank you for following. Our coverage continues tomorrow.", "live blog"),
    ("Update, May 17: This article has been updated with analyst comments and details from the court filing.",
     "editor's note"),
    ("UPDATE, March 14, 4:45 p.m. ET: This explainer has been updated with reports of federal investigations.",
     "editor's note"),
    ("Correction, July 16, 2025: An earlier version of this article said the vote was on June 19. It was on "
     "June 18.", "editor's note"),
    ("That’s it from us for today. Thanks for following.", "live blog"),
    # an issuer's caution about what it expects, and its heading
    ("Cautionary Note on Forward-Looking Statements", "legal notice"),
    ("8. Forward-looking statements", "legal notice"),
    ("This release contains forward-looking statements about Northwind's plans, which are subject to risks and "
     "uncertainties.", "legal notice"),
    # a government site's banner
    ("An official website of the United States government  Here's how you know", "navigation"),
    # a consent banner in the page's own voice, with its partners and its buttons
    ("We value your privacy. We and our partners use cookies to personalise content and ads.", "cookie banner"),
    ("Harbour News and our partners use cookies and similar technologies to measure audiences. [Accept all] "
     "[Reject non-essential] [Manage preferences]", "cookie banner"),
    ("Your privacy choices: We and our 143 partners store and access information on your device. [Agree] [Options]",
     "cookie banner"),
    ("We and our partners use cookies to personalise content. Click \"OK\" to accept or \"Settings\" to choose.",
     "cookie banner"),
    ("[Accept all] [Reject non-essential] [Manage preferences]", "cookie banner"),
    # the outlet's own list, its form's fields, its terms of reuse, its trial
    ("Our free weekly newsletter on the companies shaping the digital world. Enter your email address [Sign up]",
     "reader prompt"),
    ("Infolettre : Recevez l'essentiel chaque matin / Get our business newsletter.  [Votre courriel / Your email]",
     "reader prompt"),
    ("Harbour Review is published by Kestrel Media. Sign up to our weekly technical bulletin here.", "reader prompt"),
    ("We may use your email for marketing. Read our privacy policy.", "reader prompt"),
    ("Start a free 30-day trial <https://harbour.example/trial>", "reader prompt"),
    ("… we have a small favour to ask. More people are reading Harbour Daily than ever but advertising revenues "
     "across the media are falling fast, and unlike many news organisations we have not put up a paywall, because "
     "we want to keep our journalism as open as we can.", "reader prompt"),
    ("You may share using our article tools. Please don't cut articles and redistribute by email or post to the "
     "web.", "copyright"),
    ("Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply. By "
     "using this site, you agree to the Terms of Use.", "copyright"),
    ("[SPONSOR MESSAGE — Kestrel Credit Union: financing for the seasons that matter.]", "ad slot"),
    ("Harbour Law Digest is a subscription service. Summaries do not constitute legal advice.", "disclaimer"),
    ("Additional information about the department's enforcement efforts can be found at "
     "www.justice.example/fraud.", "contact"),
    ("[Whereupon, at 12:04 p.m., the hearing was concluded.]", "stage note"),
    # a rating agency's notice in capitals, and its analysts' desks
    ("ALL INFORMATION CONTAINED HEREIN IS OBTAINED FROM SOURCES BELIEVED TO BE ACCURATE AND RELIABLE AND IS "
     "PROVIDED \"AS IS\".", "legal notice"),
    ("KESTREL RATINGS' OPINIONS ARE NOT STATEMENTS OF CURRENT OR HISTORICAL FACT AND SHOULD NOT BE USED AS THE SOLE "
     "BASIS FOR ANY DECISION, AND EACH USER MUST MAKE ITS OWN STUDY OF EACH SECURITY IT MAY CONSIDER.", "legal notice"),
    ("JOURNALISTS: 81 3 5555 0110", "contact"),
    ("Client Service: +1 212 555 0100", "contact"),
    ("ann.roe@kestrelratings.example", "contact"),
    # a strip of quotes set off by bars; a menu with a web address or a script of its own in it
    ("FTSE 100 7,484.35 ▲ 1.0%  |  GBP/USD 1.2531  |  NWD.L 490.30p ▼ 2.0%", "ticker"),
    ("MARKETS  DJIA 42,924.89 -0.02%  |  S&P 500 5,851.20 -0.05%  |  NWD (after hours) 295.40 -6.0%", "ticker"),
    ("Accessibility | FOIA | Privacy Policy | Office of the Inspector General | Vote.gov | USA.gov", "navigation"),
    ("Home | About Us | News Release | Policies & Regulations | 中文", "navigation"),
    ("Download the Harbour 7 News app | Contact Us | EEO Report | FCC Public File | Privacy Policy | Do Not Sell My "
     "Personal Information", "navigation"),
])
def test_boilerplate_line_is_flagged_with_its_reason(line, reason):
    raw = f"Northwind Corp. was fined on Monday.\n{line}\nThe company said it would appeal.\n"
    assert flags(raw) == [("Northwind Corp. was fined on Monday.", ""), (line, reason),
                          ("The company said it would appeal.", "")]


def test_a_call_hosts_pointer_to_the_caution_is_not_the_caution():
    raw = ("Northwind Corp. was fined on Monday.\nWe will hear from Ann Roe, our Chief Risk Officer. Please refer to "
           "page 3 for our caution about forward-looking statements.\nThe company said it would appeal.\n")
    assert not any(reason for _, reason in flags(raw))


@pytest.mark.parametrize("line", [
    "[Image] The headquarters of Northwind in Springfield: the group is under pressure. Photo: dpa/Archive",
    "[Image: Ann Lee, who resigned on Friday, at a results presentation in 2019. Photograph: Tom Diaz/Herald]",
    "Ann Lee at the hearing on Tuesday. Screenshot: Northwind TV",
])
def test_an_image_caption_is_boilerplate(line):
    raw = f"Northwind Corp. was fined on Monday.\n{line}\nThe company said it would appeal.\n"
    got = flags(raw)
    assert got[0] == ("Northwind Corp. was fined on Monday.", "")
    assert got[-1] == ("The company said it would appeal.", "")
    assert {reason for _, reason in got[1:-1]} == {"image caption"}


@pytest.mark.parametrize("line", [
    "We respected the privacy settings that people had in place, a spokesman said.",
    "Northwind said it would reject all suggestions that it had broken the rules.",
    "The regulator said Northwind and its partners had used cookies without asking for consent.",
    "Northwind said it would stop using third-party cookies in its browser next year.",
    "Northwind shares fell 4% to 212p, while the FTSE 100 rose 0.3%.",
])
def test_news_about_privacy_settings_is_not_a_cookie_banner(line):
    raw = f"Northwind Corp. was fined on Monday.\n{line}\n"
    assert flags(raw)[1] == (line, "")


def test_boilerplate_is_kept_for_offsets():
    raw = "Advertisement\nNorthwind Corp. was fined.\n"
    doc = make_doc(raw)
    assert [(b.start, b.end, b.reason) for b in doc.boilerplate] == [(0, 13, "ad slot")]
    assert (doc.sentences[0].start, doc.sentences[0].end) == (0, 13)


def test_related_story_list_under_a_header_is_boilerplate():
    raw = ("Northwind Corp. was fined on Monday.\nRelated:\nNorthwind chief steps down\nRegulator widens inquiry\n\n"
           "The company said it would appeal.\n")
    assert [r for _, r in flags(raw)] == ["", "related stories", "related stories", "related stories", ""]


def test_headline_tag_prefix_is_cut():
    raw = "UPDATE 2-Northwind shares slide after fine\n\nNorthwind Corp. was fined.\n"
    doc = make_doc(raw)
    assert doc.sentences[0].text == "Northwind shares slide after fine"
    assert [(raw[b.start:b.end], b.reason) for b in doc.boilerplate] == [("UPDATE 2-", "headline tag")]


def test_agency_dateline_is_cut():
    raw = "LONDON, March 4 (Reuters) - Northwind Corp. was fined on Monday.\n"
    doc = make_doc(raw)
    assert doc.sentences[0].text == "Northwind Corp. was fined on Monday."
    assert [(raw[b.start:b.end], b.reason) for b in doc.boilerplate] == [("LONDON, March 4 (Reuters) - ", "dateline")]


def test_a_dateline_of_two_towns_and_any_agency_is_cut():
    raw = "NEW YORK/ATLANTA, Sept 8 (Wire Service) - Northwind Corp. was fined on Friday.\n"
    doc = make_doc(raw)
    assert doc.sentences[0].text == "Northwind Corp. was fined on Friday."


def test_date_prefix_is_cut():
    raw = "date 2025-03-04 Northwind Corp. was fined on Monday.\n"
    assert make_doc(raw).sentences[0].text == "Northwind Corp. was fined on Monday."


# ---- duplicates -----------------------------------------------------------------------------

def test_a_repeated_paragraph_points_to_its_first_copy():
    raw = ("Northwind Corp. was fined on Monday. It will appeal the decision.\n\n"
           "Northwind Corp. was fined on Monday. It will appeal the decision.\n")
    assert [(s.id, s.duplicate_of) for s in make_doc(raw).sentences] == [
        ("s1", ""), ("s2", ""), ("s3", "s1"), ("s4", "s2")]


def test_duplicate_detection_ignores_typography():
    raw = "Northwind’s shares fell on Monday.\nNorthwind's shares fell on Monday!\n"
    assert [s.duplicate_of for s in make_doc(raw).sentences] == ["", "s1"]


def test_short_repeated_lines_are_not_duplicates():
    raw = "It fell.\nIt fell.\n"
    assert [s.duplicate_of for s in make_doc(raw).sentences] == ["", ""]


@pytest.mark.parametrize("line", [
    "Jane Roe, a reporter at the Harbour Daily, said Northwind had misled its customers.",
    "Ann Lee is a senior engineer at Northwind and wrote the flight software.",
    "Northwind said its shares would be suspended | the exchange confirmed it.",
    "Search and rescue teams were sent to the plant.",
    "Northwind made its name by getting customers who had one product to sign up for more.",
    "Analysts said investors would listen closely to the chief executive.",
    "The episode also hurt suppliers, whose shares fell 4%.",
    # an update that brings news is news
    "UPDATE, Oct. 2, 2025: Northwind said Monday that its review had found 2.5 million more affected customers.",
])
def test_news_lines_like_page_furniture_stay_content(line):
    raw = f"Northwind Corp. was fined on Monday.\n{line}\n"
    assert flags(raw)[1] == (line, "")


@pytest.mark.parametrize("line", [
    "WireScope  |  Networks  ·  Vendors  ·  5G  ·  Policy  ·  Events        [Subscribe]  [Log in]",
    "Vendors › Northwind",
    "Business » Markets » Banks",
])
def test_navigation_bars_and_breadcrumbs_are_furniture(line):
    doc = make_doc(line + "\n\nNorthwind Corp. was fined on Monday.\n")
    assert doc.sentences[0].boilerplate == "navigation"


# ---- transcripts ------------------------------------------------------------------------------

TRANSCRIPT = (
    "Acme chief questioned over the leak\n"
    "The chief executive of Acme, Tom Becker, gave evidence on Thursday.\n"
    "ANN ROE: When did Acme learn of the leak?\n"
    "TOM BECKER: We knew in March. [Pause] We should have said so sooner.\n"
    "ANN ROE: Then why wait?\n"
    "TOM BECKER: Yes.\n"
)


def test_a_reader_comment_section_is_no_reporting():
    doc = make_doc("Northwind Corp. said on Monday that its accounts would be restated.\n\n"
                   "The regulator opened an inquiry.\n\nComments (3)\n\nSort by: Newest | Oldest\n\n"
                   "river_trader_12 · 3 hours ago\nI sold my shares last year. Ledgerly is next.\n"
                   "Reply · Like (24)\n\nharbour_investor · 1 hour ago\nWatch the auditors walk away.\n"
                   "Reply · Like (9)\n")
    assert [s.text for s in doc.content] == ["Northwind Corp. said on Monday that its accounts would be restated.",
                                             "The regulator opened an inquiry."]
    assert ("I sold my shares last year. Ledgerly is next.", "reader comments") in [
        (s.text, s.boilerplate) for s in doc.sentences]


def test_a_comment_count_beside_the_byline_cuts_nothing():
    doc = make_doc("By Ann Roe\n\n142 Comments\n\nNorthwind Corp. said on Monday that its accounts would be "
                   "restated.\n\nThe regulator opened an inquiry three hours ago.\n")
    assert [s.text for s in doc.content] == ["Northwind Corp. said on Monday that its accounts would be restated.",
                                             "The regulator opened an inquiry three hours ago."]


def test_a_page_saved_as_markdown_keeps_its_front_matter_and_bold_byline_out_of_the_text():
    doc = make_doc("---\ntitle: Northwind pays $95 million penalty\nsource: https://example.org/news/1\n"
                   "author: Ann Roe\nsaved: 2022-03-08 08:14\n---\n\n# Northwind pays $95 million penalty\n\n"
                   "**By Ann Roe** · The Rotherby Ledger · March 7, 2022\n\nNorthwind Corp. will pay a penalty.\n")
    assert [s.text for s in doc.content if not s.heading] == ["Northwind Corp. will pay a penalty."]
    assert ("author: Ann Roe", "page metadata") in [(s.text, s.boilerplate) for s in doc.sentences]


def test_a_transcripts_speaker_labels_are_turns_not_sentences():
    doc = make_doc(TRANSCRIPT)
    assert [t.reason for t in doc.turns] == ["ANN ROE", "TOM BECKER", "ANN ROE", "TOM BECKER"]
    assert ("ANN ROE", "speaker label") in [(s.text, s.boilerplate) for s in doc.sentences]
    assert "When did Acme learn of the leak?" in [s.text for s in doc.content]  # the words, without the label


@pytest.mark.parametrize("raw", [
    # a dateline in capitals is a prefix, not a speaker
    "LONDON: Acme cut 300 jobs on Thursday.\nThe union said it would strike.\n",
    # labels that do not come back make no dialogue
    "Update: Acme said it would appeal.\nNote: The ruling runs to 40 pages.\nAired: Monday 9pm.\n"
    "Watch: The chief executive's statement.\n",
    # a live page's tags, however often they come back, name no speaker
    "UPDATE: Acme said it would appeal.\nPHOTO: The Acme plant in Rotherby.\nUPDATE: Shares fell 4%.\n"
    "PHOTO: Protesters outside the plant.\nBREAKING: The regulator fined Acme.\n",
])
def test_no_transcript_without_a_dialogue(raw):
    doc = make_doc(raw)
    assert doc.turns == ()
    assert not any(s.boilerplate == "speaker label" for s in doc.sentences)


def test_a_broadcasts_captions_in_capitals_are_content():
    line = ("NORTHWIND WAS QUESTIONED FOR SEVEN HOURS TODAY BY THE PUBLIC ACCOUNTS COMMITTEE OVER ITS WORK FOR THE "
            "ROE FAMILY AND ITS REPORT ON THE AGENCY, WHICH IT HAS SINCE WITHDRAWN.")
    raw = f"Northwind Corp. was fined on Monday.\n{line}\nThe company said it would appeal.\n"
    assert not any(reason for _, reason in flags(raw))


def test_a_news_search_page_keeps_its_snippets_and_drops_its_controls():
    doc = make_doc("Search: northwind recall\nAbout 1,240 results (0.41 seconds)\nSort by: Relevance   Any time\n"
                   "Top stories\n\nThe Rotherby Dispatch · 3 days ago\nNorthwind recalls heaters after fires\n"
                   "Northwind Corp. said on Friday it was recalling 40,000 heaters ...\n\n"
                   "Full coverage: Northwind heater recall ›\n\nPage 1 of 4   Next >\n")
    kept = [s.text for s in doc.sentences if not s.boilerplate]
    assert kept[0] == "Northwind recalls heaters after fires"
    assert any(t.startswith("Northwind Corp. said on Friday") for t in kept)
    assert len(kept) == 2
    assert {s.boilerplate for s in doc.sentences if s.text.startswith("The Rotherby Dispatch")} == {"result source"}


def test_full_width_stops_end_sentences_in_a_machine_translation():
    # a Chinese page's English edition keeps "。" and "，": a sentence ends at the stop with no space after it,
    # not inside a title's "！" ("《这！就是街舞》"), and a line ending on one is no headline
    doc = make_doc("Northwind（诺斯）said the report was untrue。Its shares fell 11%，then recovered。\n\n"
                   "As of press time，Kestrel has not responded to this matter。Reporter will follow up。\n\n"
                   "The show 《这！就是街舞》 drew viewers from Halvern。\n")
    texts = [s.text for s in doc.sentences]
    assert texts == ["Northwind（诺斯）said the report was untrue。", "Its shares fell 11%，then recovered。",
                     "As of press time，Kestrel has not responded to this matter。", "Reporter will follow up。",
                     "The show 《这！就是街舞》 drew viewers from Halvern。"]
    assert not any(s.heading for s in doc.sentences)


def test_a_tables_row_is_one_sentence_and_no_headline_but_a_boxs_line_is_furniture():
    doc = make_doc("Northwind's shares fell sharply in March.\n\n| Date | Close | Change |\n|---|---|---|\n"
                   "| 13 Mar 2023 | $31.21 | -61.8% |\n| 14 Mar 2023 | $39.62 | +26.9%. Halted twice. |\n\n"
                   "+------------------------------+\n| Ann Roe  @annroe             |\n"
                   "+------------------------------+\n")
    rows = [s for s in doc.sentences if s.text.startswith("| 1")]
    assert [s.text for s in rows] == ["| 13 Mar 2023 | $31.21 | -61.8% |",
                                      "| 14 Mar 2023 | $39.62 | +26.9%. Halted twice. |"]
    assert not any(s.heading or s.boilerplate for s in rows)
    assert next(s for s in doc.sentences if "annroe" in s.text).boilerplate == "text box"
