"""Quotes: direct quotations with their speakers; scare quotes and titles are not quotations."""
from __future__ import annotations

import pytest

from generator.models import Article, Document, Party
from generator.parties import build_parties
from generator.quotes import _BENCH, RawQuote, _speaker_before, consolidate_quotes, extract_quotes, pair_quotes
from generator.segment import segment_article


def make_doc(raw: str, file: str = "a.txt", published: str | None = "2025-03-12") -> Document:
    return segment_article(Article(file=file, raw=raw, encoding="utf-8", sha256="0" * 64, title="t",
                                   published=published))


def found(*raws: str) -> tuple[list[RawQuote], tuple[Party, ...]]:
    docs = tuple(make_doc(r, file=f"{i}.txt") for i, r in enumerate(raws))
    parties = build_parties(docs)
    return [q for d in docs for q in extract_quotes(d, parties)], parties


def said(*raws: str) -> list[tuple[str, str | None]]:
    """(quotation, speaker party id) of every quotation found."""
    return [(q.text, q.speaker) for q in found(*raws)[0]]


def said_by(*raws: str) -> list[tuple[str, str | None]]:
    """(quotation, the speaker's party name) of every quotation found."""
    quotes, parties = found(*raws)
    name = {p.id: p.name for p in parties}
    return [(q.text, name.get(q.speaker)) for q in quotes]


INTRO = "Northwind Corp. was fined $5 million by the Federal Trade Commission on Monday.\n"


# ---- pairing --------------------------------------------------------------------------------

def test_pair_quotes_curly_straight_and_nested():
    text = "A “b ‘c’ d” e \"f\" g"
    assert [text[s:e] for s, e in pair_quotes(text)] == ["b ‘c’ d", "c", "f"]


def test_a_straight_apostrophe_inside_curly_single_quotes_closes_nothing():
    text = "‘The sums are small next to these firms' margins,’ said Ann Roe. 'Yes,' he said."
    assert [text[s:e] for s, e in pair_quotes(text)] == [
        "The sums are small next to these firms' margins,", "Yes,"]


def test_a_description_before_a_name_opening_the_sentence_leaves_it_the_subject():
    # "the company" is the one the sentence before was about, not the owner named in passing
    assert said("British discount clothing chain Northwind, owned by Rotherby Holdings, confirmed that one of its "
                "suppliers was in the building. \"Northwind is dismayed by this terrible accident at "
                "the plant,\" the company said in a statement.\n",
                "Rotherby Holdings owns Northwind. Rotherby Holdings said nothing.\n") == [
        ("Northwind is dismayed by this terrible accident at the plant", "party-northwind")]


def test_a_quotation_after_a_long_described_speakers_told_sentence_is_theirs():
    assert said("Rotherby Holdings cut the rating. Ann Roe, a teacher in Lenzburg in the north of the province who "
                "paid a deposit for a Northwind flat in 2021, told the broadcaster that work had slowed to a crawl. "
                "“They keep promising the flat will be ready next year. Who will finish it?”\n")[-1] == (
        "They keep promising the flat will be ready next year. Who will finish it?", "party-ann-roe")


def test_a_surname_that_is_also_a_title_after_an_honorific_is_the_person():
    assert said("Tom Becker said the agency had acted. The review now falls to Ann Judge, an epidemiologist who "
                "took over as director on Sunday. “There is urgent work to be done,” Dr Judge said in May.\n")[-1] \
        == ("There is urgent work to be done", "party-ann-judge")


def test_pair_quotes_guillemets():
    text = "A « b ‹ c › d » e"
    assert [text[s:e] for s, e in pair_quotes(text)] == [" b ‹ c › d ", " c "]


def test_french_quotations_with_the_spaces_inside_are_quotations():
    assert said(INTRO + "« These are not a few bad days at one site. It is how the chain is run », Ann Roe said. "
                        "Northwind said in a written reply that it « flatly rejects » having made any offer.\n") == [
        ("These are not a few bad days at one site. It is how the chain is run", "party-ann-roe"),
        ("flatly rejects", "party-northwind")]


def test_a_post_in_lower_case_before_a_name_makes_the_name_the_speaker():
    # "délégué générale" is no title the tool knows; "Its ..., Name, said" says she holds it and speaks
    assert said(INTRO + "The Rotherby federation of care homes warned against blaming a whole profession. Its "
                        "délégué générale, Florence Lee-Marsh, said that the facts were « unacceptable ».\n") \
        == [("unacceptable", "party-florence-lee-marsh")]


def test_a_person_named_in_the_question_is_not_who_answers():
    said_ = said(
        INTRO + "The journalist Tom Becker spent two years on the report. He spoke to 90 former staff.\n\n"
        "Paul Roe, the former chief executive, appeared before the committee on Tuesday. Roe rejected the idea that "
        "homes had been told to cut back. “I never gave any such instruction,” he told senators.\n\n"
        "Asked about the sale of shares in mid-2021, when Becker was already investigating, he said the sale had "
        "“no link to the research at all”.\n")
    assert said_[-1] == ("no link to the research at all", "party-paul-roe")


def test_an_embedded_post_is_its_authors_words():
    # a scraped page shows an embedded post as its text, a credit line and a picture link
    raw = (INTRO + "Analysts were blunt.\n\n"
           "Books late again. Two board seats empty. Who is steering this ship? #Northwind\n"
           "— Ann Roe (@annroe_audit) June 22, 2023\n"
           "pic.twitter.com/b7QzR1LmXc\n\n"
           "Northwind did not respond to a request for comment.\n")
    doc = make_doc(raw)
    assert [raw[p.start:p.end] for p in doc.posts] == [
        "Books late again. Two board seats empty. Who is steering this ship? #Northwind"]
    assert {s.boilerplate for s in doc.sentences if "@annroe" in s.text or "pic.twitter" in s.text} == {
        "post credit", "post link"}
    assert said(raw) == [("Books late again. Two board seats empty. Who is steering this ship?", "party-ann-roe")]


def test_an_honorific_says_who_he_is_whatever_the_given_name_suggests():
    # "Andrea" is a woman's name in most of the world and a man's in Italy; "Mr. Lenz" settles it
    assert said(INTRO + "Tom Becker, the airline's chief executive, apologised on Monday. Andrea Lenz, president "
                        "of the pilots' union, said the union had warned management for years. “We've warned them "
                        "about this since 2019,” Mr. Lenz said. “The rostering software is decades old,” he "
                        "said.\n")[-1] == ("The rostering software is decades old", "party-andrea-lenz")


def test_an_apostrophe_is_not_a_quotation_mark():
    text = "Northwind’s board and the regulators’ staff met. “We agree,” it said."
    assert [text[s:e] for s, e in pair_quotes(text)] == ["We agree,"]


# ---- speakers -------------------------------------------------------------------------------

def test_curly_quotation_with_speaker_after():
    assert said(INTRO + "“The review is routine and nobody should panic about it,” said Maria Chen, "
                        "a Treasury Department adviser.") == [
        ("The review is routine and nobody should panic about it", "party-maria-chen")]


def test_straight_quotation_with_speaker_before_and_colon():
    assert said(INTRO + 'Treasury adviser Maria Chen said: "We will publish our findings when the work is done."') == [
        ("We will publish our findings when the work is done.", "party-maria-chen")]


def test_name_then_verb_after_the_quotation():
    assert said(INTRO + "“We will appeal this decision in every court we can,” Ann Lee said.") == [
        ("We will appeal this decision in every court we can", "party-ann-lee")]


def test_according_to():
    assert said(INTRO + "According to Trade Minister Paul Okafor, “the sector needs clearer rules before the end "
                        "of this year.”") == [
        ("the sector needs clearer rules before the end of this year.", "party-paul-okafor")]


def test_a_short_phrase_right_after_a_speech_verb_is_a_quotation():
    assert said(INTRO + "The Federal Trade Commission cited “public interest concerns” raised by the fabricated "
                        "sales.") == [("public interest concerns", "party-federal-trade-commission")]


@pytest.mark.parametrize("sentence, quote", [
    # a sentence that says who spoke: its short quoted phrases are that speaker's words
    ("Northwind said on Friday it had grounded its remaining jets “as an extra safety precaution” until further "
     "notice.", "as an extra safety precaution"),
    ("Northwind expressed its “deepest condolences” to the families of the victims, it said.", "deepest condolences"),
    ("A Northwind spokesman said the carrier was “closely monitoring” the investigation.", "closely monitoring"),
    ("Northwind said the payments had been “appropriate” and had been checked by its auditors.", "appropriate"),
])
def test_a_short_phrase_in_a_sentence_that_says_who_spoke_is_a_quotation(sentence, quote):
    assert said(INTRO + sentence) == [(quote, "party-northwind")]


@pytest.mark.parametrize("sentence, quote", [
    # verbs that tell what someone said without "said": blaming, stressing, making clear
    ("Northwind blamed „outside pressures“ for the filing.", "outside pressures"),
    ("Northwind's lawyers stress that it made an “own request” to the court.", "own request"),
    ("Northwind also made clear that “further funds” would be needed.", "further funds"),
])
def test_a_short_phrase_blamed_or_stressed_is_a_quotation(sentence, quote):
    assert said(INTRO + sentence) == [(quote, "party-northwind")]


def test_the_union_said_is_the_union_named_not_the_company():
    assert said(INTRO + "The Northwind Workers Union accused the company of cutting corners. \"The staff were "
                        "never asked about any of this,\" the union said.\n") == [
        ("The staff were never asked about any of this", "party-northwind-workers-union")]


def test_a_title_written_short_does_not_cut_the_speaker_off():
    # "Mag." (an Austrian academic title) before the name, as "Dr." is
    assert said(INTRO + "„We know far too little about the accounts of Northwind“, said Mag. Karla Roe, head of "
                        "insolvency at the Rotherby Creditors Union.\n") == [
        ("We know far too little about the accounts of Northwind", "party-karla-roe")]


@pytest.mark.parametrize("sentence", [
    # one word that names a thing, not words said about it; an analyst's rating by its name
    "Northwind said fake emails offering “fixes” began to appear on Friday.",
    "Northwind said it would close all ten dams of the “upstream” type.",
    "Helen Marsh, an analyst at Corrigan Partners, said she cut her rating to “sell” from “hold” on Friday.",
])
def test_a_quoted_word_that_names_a_thing_is_no_quotation(sentence):
    assert said(INTRO + sentence) == []


def test_a_short_phrase_in_a_headline_is_no_quotation():
    assert said("Northwind staff walk out as CEO admits ‘tone deaf’ response\n\n"
                + INTRO + "Ann Lee, the chief executive, apologised to staff on Tuesday.") == []


def test_in_someones_words():
    assert said(INTRO + "Helen Marsh, an analyst at Corrigan Partners, said the sell-off had gone too far.\n"
                        "Northwind’s net debt has fallen sharply, and the company generated $10bn of cash last year, "
                        "leaving it, in Ms Marsh’s words, “well able to pay — the question is what it will be asked "
                        "to pay.”") == [
        ("well able to pay — the question is what it will be asked to pay.", "party-helen-marsh")]


def test_told_an_outlet_the_outlet_is_not_the_speaker():
    assert said(INTRO + "Trade Minister Paul Okafor told Reuters: “We are not targeting any single company here.”") \
        == [("We are not targeting any single company here.", "party-paul-okafor")]


def test_company_said_in_a_statement():
    assert said(INTRO + "“We have always followed the rules and we will show that,” Northwind said in a "
                        "statement.") == [
        ("We have always followed the rules and we will show that", "party-northwind")]


def test_the_company_resolves_to_the_company_named_before():
    assert said(INTRO + "Northwind Corp. denied the claims. “We have always followed the rules and we will show "
                        "that,” the company said.") == [
        ("We have always followed the rules and we will show that", "party-northwind")]


def test_pronoun_resolves_to_the_person_named_before():
    assert said(INTRO + "Trade Minister Paul Okafor said the fine was fair.\n"
                        "“We will keep watching this company very closely,” he said.") == [
        ("We will keep watching this company very closely", "party-paul-okafor")]


def test_a_title_or_initial_with_a_full_stop_does_not_cut_the_speaker_short():
    # "said Sen." alone names nobody; the earlier speaker must not be taken for this one
    assert said(INTRO + "“We did nothing wrong,” said Trade Minister Paul Okafor.\n"
                        "“This isn't a fine, this is a warning,” said Sen. Mary K. Dalton (D-Ore.). "
                        "The hearing lasted four hours.") == [
        ("We did nothing wrong", "party-paul-okafor"),
        ("This isn't a fine, this is a warning", "party-mary-k-dalton")]


def test_a_title_before_the_speaker_after_the_quotation_is_no_sentence_end():
    # "..., Mr. Roe said": the full stop of "Mr." does not end a sentence between the quotation and its speaker
    assert said(INTRO + "Paul Roe, Northwind's president, is stepping down.\n"
                        "“I am confident the new team will lead well,” Mr. Roe said in a statement released by the "
                        "company.") == [("I am confident the new team will lead well", "party-paul-roe")]


def test_a_name_in_the_possessive_is_not_the_speaker():
    # "Dalton's account" is what he disputes; "He" is Okafor, who opened the sentence before
    assert said(INTRO + "Sen. Mary Dalton said the company had misled customers. Trade Minister Paul Okafor "
                        "told the committee the fine was fair. He disputed Dalton's account, saying, “Nobody "
                        "was misled by this company.”") == [
        ("Nobody was misled by this company.", "party-paul-okafor")]


def test_surname_resolves_to_the_full_name():
    assert said(INTRO + "Trade Minister Paul Okafor said the fine was fair.\n"
                        "“This is a serious matter and we expect full answers,” Okafor said.") == [
        ("This is a serious matter and we expect full answers", "party-paul-okafor")]


def test_speaker_with_an_apposition_before_the_quotation():
    assert said(INTRO + "Ann Lee, Northwind's chief financial officer, said: \"We have nothing to hide, and we "
                        "will answer all questions.\"") == [
        ("We have nothing to hide, and we will answer all questions.", "party-ann-lee")]


def test_speaker_with_an_apposition_after_the_quotation():
    assert said(INTRO + "“We will answer every question from the regulator,” Ann Lee, Northwind's chief executive, "
                        "said on Tuesday.") == [("We will answer every question from the regulator", "party-ann-lee")]


def test_quotation_spanning_sentences_is_one_quotation():
    assert said(INTRO + "“This is a serious matter. We expect full answers. The public deserves them,” "
                        "Trade Minister Paul Okafor said.") == [
        ("This is a serious matter. We expect full answers. The public deserves them", "party-paul-okafor")]


def test_nested_quotation_is_its_own_quote_and_the_outer_keeps_its_speaker():
    quotes = said(INTRO + "“I was told ‘do not sign anything’ by my manager at the time,” said Ann Lee, "
                          "a former Northwind engineer.")
    assert quotes[0] == ("I was told ‘do not sign anything’ by my manager at the time", "party-ann-lee")
    assert [q for q, _ in quotes[1:]] == ["do not sign anything"]


def test_quotation_citation_is_verbatim_and_in_a_sentence():
    raw = INTRO + "“We will appeal this decision in every court we can,” Ann Lee said."
    (q,), _ = found(raw)
    assert (raw[q.start:q.end], q.source, q.sentence.start <= q.start < q.end <= q.sentence.end) == (
        q.text, "0.txt", True)


def test_unattributed_quotation_has_no_speaker():
    assert said("“Nobody expected the fine to be this large for a company of this size.”") == [
        ("Nobody expected the fine to be this large for a company of this size.", None)]


# ---- not quotations -------------------------------------------------------------------------

def test_it_after_a_sentence_that_opens_with_its_speaker_is_that_speaker():
    # "it" is the company the sentence says spoke, not the last body it named
    got = said(INTRO + "Northwind Corp. shares fell.\nThe company said it continued to have full confidence in the "
                       "jet, but that after consultation with the Federal Trade Commission, the National "
                       "Transportation Safety Board and customers around the world, it had decided to take the step "
                       "“out of an abundance of caution and to reassure the public.”")
    assert got == [("out of an abundance of caution and to reassure the public.", "party-northwind")]


def test_a_person_named_after_the_speech_verb_did_not_speak():
    got = said(INTRO + "Ann Lee ran the company until Friday.\nThe company has said Ann Lee was dismissed because "
                       "of a “large divergence” between her and other managers.")
    assert got == [("large divergence", "party-northwind")]


def test_the_person_a_description_follows_spoke_not_the_client_it_names():
    got = said(INTRO + "Ivo Lind sued Northwind Corp. in March.\nMarcus Delgado, a lawyer for Mr Lind, told the "
                       "Courier that he expected the number of cases to “keep climbing” now.")
    assert got == [("keep climbing", "party-marcus-delgado")]


def test_a_spokeswoman_for_the_newspaper_speaks_for_the_newspaper():
    got = said(INTRO + "Reuters stood by its reporting. \"We are confident in the accuracy of our story,\" "
                       "a spokeswoman for the news agency said.")
    assert got == [("We are confident in the accuracy of our story", "party-reuters")]


def test_a_quotation_that_ends_a_sentence_is_not_credited_to_the_next_sentences_subject():
    got = said(INTRO + "Northwind Corp. said at the time the report was \u201cfalse\u201d and \u201cgrounded in "
                       "baseless assertions by former employees.\u201d A spokeswoman for Eastgate Stores on Thursday "
                       "described the partnership as strong.")
    assert ("grounded in baseless assertions by former employees.", "party-northwind") in got


def test_a_noun_after_the_is_no_speech_verb():
    # "the calls ... were 'extremely regrettable'": "calls" is what was regrettable, not who spoke
    got = said(INTRO + "Vice Minister Masato Okabe told Ambassador Lin Wei that the calls, most of which came from "
                       "abroad, were \u201cextremely regrettable\u201d and urged calm.")
    assert got == [("extremely regrettable", "party-masato-okabe")]


def test_someone_named_only_by_surname_is_the_speaker():
    got = said(INTRO + "Investors protested on Monday. \u201cThey told us it was safer than a bank deposit,\u201d "
                       "said a 41-year-old woman surnamed Zhou, who said she had put 800,000 yuan into the products.")
    assert got == [("They told us it was safer than a bank deposit", "party-zhou")]


def test_scare_quotes_are_not_quotations():
    assert said(INTRO + "The so-called “clean-up plan” drew criticism from Trade Minister Paul Okafor.") == []


def test_quoted_title_is_not_a_quotation():
    assert said(INTRO + "Its report, titled “Risks in the Supply Chain,” was published by the regulator.") == []


def test_quoted_nickname_after_a_determiner_is_not_a_quotation():
    assert said(INTRO + "Maria Chen, the newly appointed “drone czar,” met Northwind Corp. executives.") == []


def test_quotations_in_boilerplate_are_ignored():
    assert said(INTRO + "Read more: “We will appeal,” says Northwind chief\n") == []


def test_a_repeated_paragraph_gives_one_quotation():
    line = "“We will appeal this decision in every court we can,” Ann Lee said.\n"
    assert said(INTRO + line + line) == [("We will appeal this decision in every court we can", "party-ann-lee")]


# ---- consolidation --------------------------------------------------------------------------

def test_same_quotation_in_two_articles_is_one_quote_with_two_citations():
    raws = ("“We will answer every question from the regulator,” Ann Lee, Northwind's chief executive, said.",
            'Northwind chief executive Ann Lee said: "We will answer every question from the regulator."')
    (quote,) = consolidate_quotes(found(*raws)[0])
    assert (quote.speaker, quote.speaker_name, [c.source for c in quote.citations]) == (
        "party-ann-lee", "Ann Lee", ["0.txt", "1.txt"])


def test_different_quotations_stay_apart():
    raws = ("“We will answer every question from the regulator,” Ann Lee said.",
            "“We have never broken any rule in our forty years of business,” Ann Lee said.")
    assert len(consolidate_quotes(found(*raws)[0])) == 2


def test_quote_id_depends_on_content_not_position():
    line = "“We will answer every question from the regulator,” Ann Lee said."
    first = consolidate_quotes(found(line)[0])
    later = consolidate_quotes(found("Ann Lee runs Northwind Corp. in Springfield.\n\n" + line)[0])
    assert [q.id for q in first] == [q.id for q in later]
    assert first[0].id.startswith("quote-")


def test_quotation_opening_a_paragraph_takes_the_speaker_of_the_line_before():
    assert said(INTRO + "Trade Minister Paul Okafor said on Tuesday:\n"
                        "“We will keep watching this company very closely.”") == [
        ("We will keep watching this company very closely.", "party-paul-okafor")]


def test_second_quotation_continues_the_previous_speaker():
    assert said(INTRO + "“We will appeal this decision in every court we can,” Ann Lee said. "
                        "“We have never broken any rule in forty years.”") == [
        ("We will appeal this decision in every court we can", "party-ann-lee"),
        ("We have never broken any rule in forty years.", "party-ann-lee")]


def test_a_generic_speaker_naming_its_company_in_the_first_person():
    quotes = said(INTRO + "“At Northwind, our first priority is the safety of every customer we serve,” "
                          "the manufacturer said in a statement.")
    assert quotes == [("At Northwind, our first priority is the safety of every customer we serve",
                       "party-northwind")]


def test_a_company_named_in_the_possessive_in_our_words_is_not_the_speaker():
    quotes = said("“We will not pursue the acquisition of Northwind Corp.,” Southwind Corp. said in a statement.\n\n"
                  "“Our hope was to support Northwind’s customers, but the issues are beyond our control,” "
                  "the company added.")
    assert quotes[-1][1] == "party-southwind"


def test_the_platform_words_were_posted_on_is_no_party():
    _, parties = found("Ann Lee, Northwind's chief executive, wrote on Chirper that the funds were safe.",
                       "Northwind Corp. said in a statement posted on Chirper that it had filed for bankruptcy.",
                       "Lee apologised in a long thread on Chirper on Thursday.")
    assert "Chirper" not in {p.name for p in parties}


def test_british_single_quotes_are_quotations():
    quotes = said(INTRO + "'We will appeal against this decision in every court we can,' said Ann Lee, "
                          "Northwind's chief executive.")
    assert quotes == [("We will appeal against this decision in every court we can", "party-ann-lee")]


# ---- German quotation marks, descriptions of the speaker, introduced quotes (session 3) -----

def test_german_quotation_marks_pair():
    text = "„Wir haben Fehler gemacht“, sagte er. „Nested ‚inner‘ words“ end."
    spans = pair_quotes(text)
    assert (1, text.index("“")) in spans


def test_said_the_68_year_old_is_the_person_just_named():
    out = said("Northwind chief executive Jane Roe spoke in a video on Tuesday. „I am deeply sorry that we "
               "have disappointed this trust,“ said the 68-year-old.")
    assert out and out[0][1] == "party-jane-roe"


def test_the_chief_executive_says_is_the_person_just_named():
    out = said("Jane Roe, Northwind's chief executive, has released a video. “I am deeply sorry that we have "
               "disappointed this trust,” the chief executive says.")
    assert out[0][1] == "party-jane-roe"


def test_an_unnamed_analyst_is_not_the_person_just_named():
    out = said("Jane Roe, Northwind's chief executive, apologised on Tuesday.\n"
               "“The fine is only the start of the bill for the company,” an analyst said.")
    assert out[0][1] != "party-jane-roe"


def test_a_line_ending_in_a_colon_introduces_the_next_paragraphs_quote():
    out = said("Hannah Berg, an analyst at Ostfeld Securities in London, on the provision:\n"
               "“The €6bn is a first number, not a final one, and the market knows it.”")
    assert out[0][1] == "party-hannah-berg"


def test_a_quote_in_a_sentence_opening_with_a_pronoun_is_that_partys():
    out = said("Northwind Corp. attacked the complainant on Monday. Beta Music complained in 2019.\n"
               "Northwind rejected the ruling. It described Beta Music as the main advocate and “biggest beneficiary” "
               "of the decision, and said it would appeal.")
    assert out[0][1] == "party-northwind"


def test_a_companys_titled_officer_is_the_person_just_named():
    out = said(INTRO + "Northwind chief operating officer Sara Lind posted her own note shortly after. "
               "\"We know that this was a major violation of people's trust,\" Northwind's COO wrote.")
    assert out[0][1] == "party-sara-lind"


def test_a_companys_spokesman_is_the_company_not_the_person_just_named():
    out = said("Jane Roe, the chief executive, resigned on Monday. \"We will cooperate fully with the "
               "investigation into the drones,\" Northwind Corp.'s spokesman said.")
    assert out[0][1] != "party-jane-roe"


def test_the_nationality_of_the_person_just_named():
    out = said("Parliament President Marco Bellini invited the founder to Brussels. „We have invited him to "
               "the European Parliament to explain himself“, the Italian wrote on Tuesday.")
    assert out[0][1] == "party-marco-bellini"


def test_the_demonym_of_a_state_is_the_person_just_named():
    out = said("Rep. Maxine Wallace of California questioned the chief executive on Thursday. „I have come to the "
               "conclusion that the bank should be broken up“, the Californian said.")
    assert out[0][1] == "party-maxine-wallace"


# ---- session 4: "he" and "she" ---------------------------------------------------------------

def test_she_is_not_the_man_named_last():
    got = said(INTRO + "Senator Elizabeth Warren questioned Northwind chief executive John Stumpf on Tuesday.\n"
                       "Warren accused Stumpf of blaming low-level workers. “It is gutless leadership,” she said.")
    assert got == [("It is gutless leadership", "party-elizabeth-warren")]


def test_a_pronoun_learns_its_gender_from_the_article():
    # neither given name is in the name lists: the article's own "She ..." says who is who
    got = said(INTRO + "Senator Zorica Brandt met Northwind chief executive Kim Quell on Tuesday.\n"
                       "Senator Zorica Brandt spoke first. She asked about the accounts.\n"
                       "Quell faced Brandt on the bonuses. “I will not resign,” he said.")
    assert got == [("I will not resign", "party-kim-quell")]


def test_the_group_is_the_party_whose_name_ends_with_group():
    got = said("The Northwind Group on Sunday published a reply to Acme Research, a short seller. "
               "The group called the report \u201cmalicious and mischievous\u201d and threatened legal action.")
    assert got == [("malicious and mischievous", "party-northwind")]  # Northwind Group


def test_words_said_after_a_or_an_are_a_quotation_but_a_named_campaign_is_not():
    got = said(INTRO + "Paul Okafor, the trade minister, said on Monday that the affair was a “shame”, and "
                       "Northwind Corp. said there was an \"overwhelming likelihood\" that the cash did not exist.")
    assert [text for text, _ in got] == ["shame", "overwhelming likelihood"]
    assert said(INTRO + "Paul Okafor said Northwind Corp. ran a “Fly Safe” campaign for years.") == []


def test_quoted_words_opening_the_clause_after_that_are_a_quotation():
    got = said(INTRO + "Northwind Corp. said there were signs that \"forged flight logs\" had been given to "
                       "the inspectors.")
    assert [text for text, _ in got] == ["forged flight logs"]


def test_an_acronym_in_brackets_after_the_speaker():
    got = said(INTRO + "“The banking sector remains stable”, the Reserve Bank of Northland (RBN) said on Friday.")
    assert [(text, pid) for text, pid in got] == [("The banking sector remains stable",
                                                   "party-reserve-bank-of-northland")]


def test_a_countrys_diplomat_speaks_for_its_government():
    got = said("Northwind Corp. was fined on Friday. Oman has denied any involvement in the affair.\n"
               "\u201cWe reject any link to these claims,\u201d an Omani diplomat said.")
    assert got == [("We reject any link to these claims", "party-oman")]


# ---- who "he", "she" and "the statement" stand for ------------------------------------------

def test_she_is_the_subject_of_the_sentence_before_not_the_person_it_named_last():
    assert said(INTRO + "Roberta Calleja, the parliament's president, said the chamber would act.\n"
                        "Calleja did not name Eva Moraitis, the member who was charged on Sunday.\n"
                        "But she said: “There will be no impunity for anyone.”") == [
        ("There will be no impunity for anyone.", "party-roberta-calleja")]


def test_he_in_a_clause_is_the_person_named_in_that_sentence():
    # "Halden said ... Veld, when he told them: “...”": within its sentence "he" is the one just named
    assert said(INTRO + "Pieter Veld, the chief executive of Northwind, testified in February.\n"
                        "Martin Halden also said the committee would recall Veld over evidence he gave in "
                        "February, when he told them: “We do not keep any customer data.”") == [
        ("We do not keep any customer data.", "party-pieter-veld")]


def test_a_quotation_is_not_what_the_sentence_is_about():
    # "“…,” said Ferreira": Ferreira is who the sentence is about, not the Metsola it quotes
    assert said(INTRO + "“Calleja understood the rules,” said Daniel Ferreira, a senior fellow at the Helix "
                        "Institute.\n"
                        "According to Ferreira, the revolving door is the weakest point. “Former members keep "
                        "their badges,” he said.") == [
        ("Calleja understood the rules", "party-daniel-ferreira"),
        ("Former members keep their badges", "party-daniel-ferreira")]


def test_the_statement_speaks_for_whoever_issued_it():
    assert said(INTRO + "In a joint statement issued on Sunday, Janet Morrow, the finance secretary, and Tom "
                        "Becker, the central bank governor, said they had approved an exception.\n"
                        "Any losses will be recovered through a levy on banks, the agencies said.\n"
                        "“Today we are taking decisive action,” the statement said.") == [
        ("Today we are taking decisive action", "party-janet-morrow")]


def test_the_statement_of_the_company_speaks_for_the_company_named_before():
    assert said(INTRO + "Northwind pushed back. Testing of the Harbor Clinic samples did not match, Harbor Clinic "
                        "said. In a statement emailed to reporters, the company said the strains differed.\n"
                        "“No product has tested positive,” the statement said.") == [
        ("No product has tested positive", "party-northwind")]


def test_the_report_speaks_for_whoever_released_it_not_whoever_spoke_of_it_last():
    # the author is told first; the chief executive who "called the report" a fraud later did not write it
    assert said(INTRO + "Ann Roe, the investigator who warned regulators about a pyramid scheme years before it "
                        "collapsed, released a 90-page report on Thursday accusing Northwind of fraud.\n"
                        "Northwind shares fell 11 percent. Chief executive Tom Becker did not mince his words. He "
                        "called the report a fraud in itself.\n"
                        "“The cost of the fraud amounts to a third of the market value,” the report states.") == [
        ("The cost of the fraud amounts to a third of the market value", "party-ann-roe")]


@pytest.mark.parametrize("introduced", [
    "In a 90-page report posted on her website, Roe alleged that Northwind had hidden losses.",
    "The report, which Roe titled “A Bigger Fraud”, claims that Northwind has understated its liabilities.",
])
def test_the_report_speaks_for_its_author_however_the_text_introduces_it(introduced):
    got = said(INTRO + "Ann Roe is a fraud investigator in Boston.\n" + introduced + "\n"
               "Northwind called the claims meritless.\n"
               "“The reserves are far too thin,” the report says.")
    assert got[-1] == ("The reserves are far too thin", "party-ann-roe")


def test_a_person_named_inside_an_earlier_quotation_is_not_who_he_is():
    got = said(INTRO + "Dan Roe, Northwind's chief executive, wrote a long post on Sunday.\n"
                       "He described the affair as “a breach of trust between Tom Becker and Northwind”, but conceded "
                       "that it was “also a breach of trust between Northwind and its users”.")
    assert got[-1] == ("also a breach of trust between Northwind and its users", "party-dan-roe")


def test_it_goes_on_with_the_report_and_a_name_inside_a_quotation_is_no_antecedent():
    # "It added": the report, credited to its author; not the Acme Corp. named inside the quotation before
    assert said(INTRO + "Ann Roe, a fraud investigator, published a report alleging that Northwind hid losses.\n"
                        "Acme Corp. said on Friday it had no exposure to Northwind.\n"
                        "“The fraud is bigger than that of Acme Corp.,” the report said. It added that the company "
                        "was “close to running out of cash.”")[-2:] == [
        ("The fraud is bigger than that of Acme Corp.", "party-ann-roe"),
        ("close to running out of cash.", "party-ann-roe")]


def test_the_spokesperson_is_the_one_introduced_before():
    assert said(INTRO + "Dana Roe, a lawyer, said Northwind had erred.\nA Federal Trade Commission spokesperson "
                        "said the agency would not allow sales to resume. “We continue to work with Northwind,” "
                        "the spokesperson said.") == [
        ("We continue to work with Northwind", "party-federal-trade-commission")]


def test_a_heading_of_a_label_and_a_quotation_is_the_labelled_persons():
    assert said_by(INTRO + "\nRoe: ‘We cannot do this alone’\n\nNorthwind chairman Tom Roe said the company could not "
                           "recover alone.") == [("We cannot do this alone", "Tom Roe")]


def test_a_headings_quotation_under_a_title_is_the_person_named_below():
    # "Northwind chief" names the company; the chief is named in the paragraph below
    assert said_by(INTRO + "\nNorthwind chief: ‘our clients run few checks on anyone’\n\nNorthwind’s chief "
                           "executive, Ann Roe, disputed the figures in an interview.") == [
        ("our clients run few checks on anyone", "Ann Roe")]


def test_a_headings_quotation_by_someones_lawyer_is_the_lawyers():
    assert said_by(INTRO + "Ann Roe was charged on Monday.\n\nRoe’s lawyer: “She broke no law”\n\nAnn Roe’s "
                           "lawyer, Tom Becker, spoke to reporters this evening.") == [
        ("She broke no law", "Tom Becker")]


def test_a_headings_quotation_under_a_plain_label_is_the_person_quoted_below():
    assert said_by(INTRO + "\nAnalyst view: “Lenders have lost patience”\n\n“Nobody will refinance them "
                           "now,” said Jane Wolsey, an analyst at Ledgerly.")[0] == (
        "Lenders have lost patience", "Jane Wolsey")


def test_speech_marked_with_dashes_is_a_quotation_of_who_the_aside_names():
    # Spanish dialogue: the speech runs to the aside's dash, and again after the aside's closing dash
    assert said_by(INTRO + "—We have only just started on this case —said lawyer Ann Roe, who "
                           "advised the Senate—. The documents will speak for themselves.") == [
        ("We have only just started on this case", "Ann Roe"),
        ("The documents will speak for themselves.", "Ann Roe")]


def test_a_dash_opening_a_list_item_is_no_speech():
    assert said(INTRO + "— Northwind must pay the fine within 30 days.") == []


def test_the_minister_is_the_minister_named_last():
    assert said_by("Tom Becker, a former deputy minister of health, was charged on Monday.\nThe Minister of "
                   "Justice, Ann Roe, said the state would seek compensation from Northwind Corp.\n—The state will "
                   "seek full compensation for the losses —the minister told reporters.")[-1] == (
        "The state will seek full compensation for the losses", "Ann Roe")


def test_it_is_the_body_that_opened_the_sentence_before_doing_something():
    assert said_by(INTRO + "The deals must be approved by Ann Roe, the Supreme Court justice hearing the appeals.\n"
                           "On December 1, "
                           "the company published an apology in the newspapers. “We failed our customers,” it "
                           "said.")[-1] == ("We failed our customers", "Northwind Corp.")


def test_a_title_before_a_surname_the_name_was_not_written_with():
    assert said_by(INTRO + "Tom Becker of the FBI and Ann Roe, the U.S. Attorney for the district, announced the "
                           "charges.\n“This case sends a clear message to every lender,” said U.S. Attorney "
                           "Roe.")[-1] == ("This case sends a clear message to every lender", "Ann Roe")


def test_the_group_led_by_someone_is_the_group_bearing_the_name():
    # Rotherby Research was the subject of the sentences before; the Becker-led group is Becker Holdings
    assert said_by("Becker Holdings, controlled by Tom Becker, planned a share sale.\n\nShort seller Rotherby "
                   "Research said on Monday it stood by its report on the group. Rotherby Research also said it held "
                   "short positions.\n\nIn a reply released on Sunday, the Tom Becker-led conglomerate said the "
                   "Rotherby report was “a calculated attack on the whole country.”")[-1] == (
        "a calculated attack on the whole country.", "Becker Holdings")


def test_a_heading_that_is_only_a_quotation_is_who_says_it_below():
    assert said_by(INTRO + "\n‘Nothing will be hidden’\n\nThe regulator opened its file on Tuesday. Northwind said "
                           "in a brief statement: “Nothing will be hidden from the investigators.”") == [
        ("Nothing will be hidden", "Northwind"),
        ("Nothing will be hidden from the investigators.", "Northwind")]


def test_a_heading_that_is_only_a_quotation_is_who_is_quoted_next_under_it():
    assert said_by(INTRO + "\n'Even the careful were misled'\n\nThe commission said the funds were sold to pension "
                           "schemes.\n\n“These were not risks anyone could see,” said Ann Roe, the commission’s "
                           "chair.")[0] == ("Even the careful were misled", "Ann Roe")


def test_an_abbreviation_before_a_short_quotation_does_not_end_its_sentence():
    # "Ms." is no full stop: the sentence that says who spoke goes on to the quotation
    assert said(INTRO + "A commission spokesman said investigators would keep pursuing Northwind’s dealings with "
                        "Ms. Roe “without pause.”") == [("without pause.", "party-federal-trade-commission")]


def test_what_someone_called_something_is_their_words():
    # however few the words, and whoever the sentence is about
    assert said_by(INTRO + "Chief executive Ann Roe quit after uncovering what Northwind called “irregularities”, "
                           "and the tanker will undergo what its manager Ledgerly Shipping called “a full check”.") == [
        ("irregularities", "Northwind"), ("a full check", "Ledgerly Shipping")]


def test_what_it_called_is_no_person_the_sentence_names():
    # "it" is the company the sentence opens on, not its finance director named in passing
    assert said_by(INTRO + "On 4 May, the company suspended its shares and its finance director, Ann Roe, "
                           "after saying it had learned of what it called “grave and possibly criminal” "
                           "errors.") == [("grave and possibly criminal", "Northwind Corp.")]


def test_the_body_that_told_the_exchange_speaks_not_the_person_the_sentence_opens_on():
    assert said_by(INTRO + "Ann Roe was suspended from her post last Wednesday, when Northwind told the stock "
                           "exchange that its board had been informed of \"serious, and possibly deliberate, "
                           "errors in the accounts\".") == [
        ("serious, and possibly deliberate, errors in the accounts", "Northwind")]


def test_a_lawyer_named_after_the_title_with_her_firm_is_the_speaker():
    assert said_by(INTRO + "Another suit was filed on behalf of Jane Wolsey, a retired teacher.\n\n‘My client "
                           "trusted the label on the tin and paid for it dearly,’ said her lawyer, Ann Roe of the "
                           "Portage firm Ledgerly & Grier.") == [
        ("My client trusted the label on the tin and paid for it dearly", "Ann Roe")]


def test_a_companys_board_chaired_by_someone_speaks_for_the_company():
    assert said_by(INTRO + "Northwind’s new board, chaired by Tom Becker, said it “will seek damages from the "
                           "former managers”.") == [
        ("will seek damages from the former managers", "Northwind")]


def test_a_name_and_verb_before_a_colon_introduce_the_next_quotation_not_the_last():
    assert said_by(INTRO + "Tom Becker, a partner who led the work, wrote to a colleague, Ann Roe: “We should ask "
                           "the audit team before the board meets.” Roe answered: “Agreed. I will call them "
                           "today.”") == [("We should ask the audit team before the board meets.", "Tom Becker"),
                                          ("Agreed. I will call them today.", "Ann Roe")]


def test_a_statement_under_a_heading_that_says_whose_it_is():
    assert said_by(INTRO + "The settlement was announced by Attorney General Ann Roe.\n\nSTATEMENT FROM ATTORNEY "
                           "GENERAL ANN ROE\n\n    “This settlement will not undo the harm, but it makes the firm "
                           "pay for the clinics our towns need.”") == [
        ("This settlement will not undo the harm, but it makes the firm pay for the clinics our towns need.",
         "Ann Roe")]


def test_what_someone_called_in_words_of_their_own_is_a_quotation_not_a_name():
    assert said_by(INTRO + "Attorney General Ann Roe said the state would have received $3 million, an amount "
                           "she called \"far too little.\" The firm ran a program it called \"Apex "
                           "Plan\".") == [("far too little.", "Ann Roe")]


def test_a_name_after_a_preposition_and_a_possessive_is_no_subject():
    # "for its client Tom Becker": the client is spoken for, the firm speaks
    assert said_by("Northwind Corp. was fined $5 million on Monday. Ledgerly LLP represents its former chief "
                   "executive, Tom Becker.\n\nSpeaking for its client Tom Becker on Wednesday, Ledgerly said it \"had "
                   "found no wrongdoing by anyone at the company\".") == [
        ("had found no wrongdoing by anyone at the company", "Ledgerly")]


def test_a_companys_account_on_a_platform_speaks_for_the_company_not_the_platform():
    assert said_by("Northwind Corp. shares fell 2% on Thursday. Tina Talk, the microblogging platform, removed "
                   "Northwind products, Tina Talk said.\n\nNorthwind’s official Tina Talk account issued a statement "
                   "on Wednesday night, saying that the company “takes no side in any dispute between states” and "
                   "respects its customers.") == [("takes no side in any dispute between states", "Northwind")]


def test_she_after_a_sentence_about_someone_who_opens_for_her_is_her():
    assert said_by(INTRO + "Anselm Hurt, a former manager, was acquitted.\n\nFor Jane Wolsey, the ruling was a "
                           "relief. A former clerk at Northwind, she kept the ledgers in 2011 and gave them to the "
                           "police.\n\n‘They told me to shred the ledgers and I kept them,’ she told "
                           "reporters.") == [("They told me to shred the ledgers and I kept them", "Jane Wolsey")]


def test_inspectors_speak_for_the_body_named_for_inspecting():
    assert said_by("Northwind Corp. recalled 3 million tins of soup on Friday. The Harbour Food Inspection Service "
                   "released what its inspectors wrote on Monday.\n\nInspectors noted “rust on the loading ramp and "
                   "a broken seal” on one visit.") == [
        ("rust on the loading ramp and a broken seal", "Harbour Food Inspection Service")]


def test_the_official_is_the_unnamed_one_introduced_not_the_last_quoted():
    # the official is the government's, not Northwind's, whose quotation came just before
    assert said_by("Northwind Corp. said it was dismayed. “We broke no rule,” Northwind said.\nA French "
                   "official played down the row. “Northwind is a private company and our policy is unchanged,” "
                   "the official said.\nThe French government has not commented.")[-1] == (
        "Northwind is a private company and our policy is unchanged", "French government")


def test_the_unnamed_one_introduced_speaks_for_no_party_named_before():
    # "a senior banker" is nobody the story names: not Northwind, quoted just before
    assert said_by(INTRO + "“We will appeal,” Northwind said.\nA senior banker said the deal was off. “Northwind "
                           "is finished,” the banker said.")[-1] == ("Northwind is finished", None)


def test_an_agency_spokesperson_speaks_for_the_agency():
    assert said(INTRO + "Northwind said its plant flooded on Tuesday.\n“We will review the cleanup,” an agency "
                        "spokesperson told reporters.") == [
        ("We will review the cleanup", "party-federal-trade-commission")]


def test_a_resident_named_with_her_town_speaks_as_herself():
    assert said(INTRO + "“There is no substitute,” said Dr. Marta Lind, a pediatrician.\n"
                        "Kayla Brooke of Portage, whose son needs a special formula, said the news was a setback. "
                        "“We thought there was light at the end of the tunnel,” she said.") == [
        ("There is no substitute", "party-marta-lind"),
        ("We thought there was light at the end of the tunnel", "party-kayla-brooke")]


def test_the_central_bank_is_an_authority_not_the_bank_named_last():
    assert said("The Reserve Bank of Northland raised rates on Monday. Coastline Bank said its deposits were safe.\n"
                "“We are prepared to address any liquidity pressures,” the central bank said.") == [
        ("We are prepared to address any liquidity pressures", "party-reserve-bank-of-northland")]


def test_a_name_inside_the_sentence_before_is_not_what_it_is_about():
    # "Its auditors had warned Pieter Veld": the sentence is about the auditors; "he" is still Halden
    assert said(INTRO + "Martin Halden, the chairman of Northwind, resigned on Monday.\n"
                        "Its auditors had warned Pieter Veld, the finance director, in May.\n"
                        "“We were misled by our own people,” he said.") == [
        ("We were misled by our own people", "party-martin-halden")]


def test_a_title_that_is_a_party_of_its_own_is_still_the_person_s_title():
    assert said(INTRO + "Information Commissioner Elizabeth Dunmore told reporters she would seek a warrant. "
                        "Elizabeth Dunmore said the firm had missed a deadline.\n"
                        "Her office said it was investigating “the circumstances in which the data was acquired.”") \
        == [("the circumstances in which the data was acquired.", "party-elizabeth-dunmore")]


# ---- who spoke: the sentences before, documents, first persons -----------------------------------

def test_a_quotation_after_a_sentence_saying_who_spoke_is_theirs():
    """"That matters, said Roe. “Every agency ...”": the quotation goes on from the sentence that names
    its speaker, with the verb after the name or before it."""
    got = said(INTRO + "Helena Marsh, a procurement adviser, has followed the case. That distinction matters, "
               "said Marsh. \u201cEvery agency asks about explainability.\u201d\n"
               "The longer-term cost, Marsh said, would be reluctance. \u201cThe lesson is: don't touch it.\u201d\n")
    assert got == [("Every agency asks about explainability.", "party-helena-marsh"),
                   ("The lesson is: don't touch it.", "party-helena-marsh")]


def test_the_spokesperson_speaks_for_the_body_named_before():
    got = said(INTRO + "The Federal Trade Commission is reviewing the case. A spokesperson for the commission "
               "said its review was run by an independent panel. \u201cFairness will be afforded to everyone,\u201d "
               "the spokesperson said.\n")
    assert got == [("Fairness will be afforded to everyone", "party-federal-trade-commission")]


def test_a_report_of_unknown_authorship_is_not_the_last_speaker():
    """"The report said ... '...'" credits the report, not whoever was quoted just before."""
    got = said(INTRO + "\u201cWe were treated like criminals,\u201d said Ann Roe, a customer.\n"
               "The report said the failures amounted to \u201cvenality and incompetence\u201d.\n")
    assert got[-1] == ("venality and incompetence", None)


def test_words_one_article_credits_to_nobody_join_the_speaker_another_names():
    quotes = consolidate_quotes(found(
        INTRO + "Ann Roe, the commissioner, said the failures amounted to \u201cvenality and incompetence\u201d.\n",
        INTRO + "The report said the failures amounted to \u201cvenality and incompetence\u201d.\n")[0])
    assert [(q.speaker, len(q.citations)) for q in quotes if q.text == "venality and incompetence"] == [
        ("party-ann-roe", 2)]


def test_whoever_is_told_listens_and_a_quotation_before_says_who_goes_on():
    got = said(INTRO + "\u201cNorthwind has become a bargaining chip,\u201d Tan Kok Leong, an analyst at Straits "
               "Research, told Ledgerline. \u201cThe ban is still in force.\u201d\n")
    assert got == [("Northwind has become a bargaining chip", "party-tan-kok-leong"),
                   ("The ban is still in force.", "party-tan-kok-leong")]


def test_the_party_a_first_person_quotation_deals_with_is_not_its_speaker():
    quotes = said(INTRO + "Northwind said it would settle. “We are hopeful that our decision to resolve this dispute "
                          "with Southwind Corp. amicably allows everyone to move on,” the company said.")
    assert quotes[-1][1] == "party-northwind"


def test_who_a_document_reports_as_speaking_is_the_speaker():
    quotes = said(INTRO + "Northwind said in a court filing that the hosts had known the claims were false. "
                          "Ann Lee said in a deposition that \u201cthat whole story, I did not believe it for one "
                          "second,\u201d the filing said.")
    assert quotes == [("that whole story, I did not believe it for one second", "party-ann-lee")]



def test_she_after_a_quotation_said_by_a_named_person_is_that_person():
    # the sentence before is about who spoke the quotation ("..., said Dr Orla Pelham"), even when the
    # quotation began a sentence earlier; the person the text was about before that is not "she"
    text = ("Northwind Corp. was fined $5m. Chief executive Wex Quill left on Monday. Quill had run it since 2016.\n\n"
            "“The fine sounds large until you divide it. The real test is whether it sticks,” said Dr Orla Pelham, "
            "an adviser to games companies.\n\n"
            "She added that the deal would not stop the state case. “The state is not bound by it,” she said.\n")
    assert said(text)[-1] == ("The state is not bound by it", "party-orla-pelham")


@pytest.mark.parametrize("before", [
    "The lawsuit, filed on Tuesday in Superior Court by the Harwell Rights Agency, follows a two-year inquiry.",
    "The Harwell Rights Agency filed a lawsuit against Northwind Corp. on Tuesday.",
    "Staff withdrew $42 million on Thursday, according to the Harwell Rights Agency's complaint.",
])
def test_a_document_speaks_for_whoever_filed_it(before):
    # "the complaint said": the complaint, the lawsuit and the filing are one document under several names
    text = (f"Northwind Corp. is accused of unequal pay. {before}\n\n"
            "“Female employees are paid less than men,” the complaint said.\n")
    assert said(text)[-1] == ("Female employees are paid less than men", "party-harwell-rights-agency")


def test_an_initial_in_a_long_description_does_not_end_the_sentence_before_the_speaker():
    # "Townsend, a former adviser to George W. Bush who joined Acme ..., wrote": Townsend wrote
    text = ("Northwind Corp. was sued on Monday. Its vice president, Dana Townsend, said it would fight.\n\n"
            "Townsend, a former adviser to President George W. Bush who joined Northwind Corp. this year as its "
            "head of affairs, wrote in an email that the lawsuit presented “a distorted and untrue picture”.\n")
    assert said(text)[-1] == ("a distorted and untrue picture", "party-dana-townsend")


def test_they_after_people_named_by_what_they_are_is_no_party():
    # "The organisers of the walkout said ...": their "they" is not the firm named a paragraph before
    text = ("Northwind Corp. hired the law firm Quarry Lane to review its policies. Quarry Lane said it would "
            "report in the autumn.\n\n"
            "The organisers of the walkout said the letter did not go far enough. “This response fails to address "
            "our concerns,” they said in a statement.\n")
    assert said(text)[-1] == ("This response fails to address our concerns", None)


def test_the_chair_of_a_company_is_the_person_whose_role_says_so():
    got = dict(said("Northwind was founded by Sung Ka Lok, its founder and chairman, in 1996. Sung Ka Lok owns "
                    "most of it.\n",
                    "The chairman of Northwind Group told employees on Tuesday that the developer would soon "
                    "\"walk out of its darkest moment\", a day after its shares fell."))
    assert got["walk out of its darkest moment"] == "party-sung-ka-lok"


def test_he_is_the_one_person_the_sentence_before_named():
    # the sentence before is about a policy; the person it names in passing is who "he" is
    got = dict(said("Tom Roe, the chief executive of Northwind, said sales had slowed. He expects a loss.\n"
                    "The lending policy remains in place, though Ken Doe said on Friday that banks had become too "
                    "cautious. \"Banks should keep credit stable and orderly,\" he said."))
    assert got["Banks should keep credit stable and orderly"] == "party-ken-doe"


def test_the_company_is_the_one_the_sentences_before_were_about():
    # a firm named in passing (as adviser) is not "the company" that speaks next
    got = dict(said("Northwind Corp. said on Monday it had appointed Harbour Capital as its adviser.\n"
                    "The company said it was facing “tremendous pressure” on its cash."))
    assert got["tremendous pressure"] == "party-northwind"


def test_the_name_set_off_after_a_title_is_the_speaker():
    got = dict(said("Ruritania's finance minister Jean Doe met officials on Monday. Tom Roe was arrested.\n"
                    "“He must benefit from the presumption of innocence like any other person,” the "
                    "Ruritanian finance minister, Jean Doe, said on Friday."))
    assert got["He must benefit from the presumption of innocence like any other person"] == "party-jean-doe"


def test_he_is_not_the_one_who_owns_a_thing_when_another_is_named():
    got = dict(said("Ken Doe, the chief executive of Northwind Corp., spoke on Monday.\n"
                    "Doe has apologised to shareholders, but he has also blamed the power in Tom Roe’s hands, a theme "
                    "he raised on the night of the arrest, when he said he felt “strong indignation”."))
    assert got["strong indignation"] == "party-ken-doe"


def test_he_is_the_owner_when_the_sentence_names_no_one_else():
    got = dict(said("Ken Doe questioned Tom Roe on Tuesday.\n"
                    "Roe’s first interview was on television last week, and he told a newspaper that “there was no "
                    "incentive to do bad things.”"))
    assert got["there was no incentive to do bad things."] == "party-tom-roe"


def test_he_is_the_person_who_acted_in_the_sentence_before():
    # the earlier speaker (Roe) is not "he": the sentence just before has another man act
    assert said(INTRO + "“We will challenge it in court,” said Tom Roe, a partner at a law firm.\n"
                        "At Northwind's annual meeting on Tuesday, chairman Axel Lindqvist apologised to investors.\n"
                        "“I am sorry that we could not stop the loss of confidence,” he told the meeting.")[-1] == (
        "I am sorry that we could not stop the loss of confidence", "party-axel-lindqvist")


def test_a_name_opening_with_a_common_word_keeps_it_at_the_start_of_a_sentence():
    # "Credit" is also a common word; "Credit Nordique" written inside a sentence keeps it at the start
    _q, ps = found("Shares in Credit Nordique fell 24% after the credit markets closed.\n",
                   "Credit Nordique did not respond to a request for comment. Credit Nordique said it was strong.\n")
    assert "Credit Nordique" in {p.name for p in ps} and "Nordique" not in {p.name for p in ps}


def test_a_person_described_before_the_verb_speaks_not_the_body_in_the_description():
    got = said(INTRO + "Ivana Rask, head of corporate governance at the Halvern Investors’ Association, told the "
                       "Daily Ledger the plea was “an embarrassing end to a sorry chapter”.\n\n"
                       "“Small shareholders have paid for this twice,” she said.")
    assert got == [("an embarrassing end to a sorry chapter", "party-ivana-rask"),
                   ("Small shareholders have paid for this twice", "party-ivana-rask")]


def test_she_said_after_a_quote_is_not_a_man_who_spoke_before():
    got = said(INTRO + "The prosecutor for the Western District of Halvern, Tobin Vask, said the company had "
                       "“failed to honour its commitments”. “Nobody can sign an agreement and then ignore it,” "
                       "he said.\n\nIvana Rask, head of governance at the Halvern Investors’ Association, said the "
                       "plea was overdue.\n\n“We still have no full explanation,” she said.")
    assert got[-1] == ("We still have no full explanation", "party-ivana-rask")


def test_a_speaker_in_a_clause_after_the_quotation_is_not_its_speaker():
    got = said(INTRO + "Prime Minister Ann Lee told the Daily Ledger last week that “a blanket ban is "
                       "disproportionate”, while Halvern Mayor Tobin Vask, who chairs the agency, has said the "
                       "regulator acted within its powers.")
    assert got == [("a blanket ban is disproportionate", "party-ann-lee")]


def test_a_spokesperson_for_the_mayor_speaks_for_the_one_mayor_of_the_story():
    got = said(INTRO + "Halvern Mayor Tobin Vask backed the regulator.\n\nNorthwind said it would appeal. A "
                       "spokesperson for the mayor said on Friday that the agency would “robustly defend” its "
                       "decision in court.")
    assert got[-1] == ("robustly defend", "party-tobin-vask")


def test_the_subject_of_a_relative_clause_sentence_speaks_not_a_name_inside_the_clause():
    got = said(INTRO + "TWU said on Monday that it would strike. TWU said it had members in Halvern.\n\nThe TWU "
                       "union, which has backed a legal case by Northwind drivers seeking workers' rights, called "
                       "the ruling “historic”.")
    assert got[-1] == ("historic", "party-twu")


def test_a_family_speaks_by_its_name_or_as_the_family():
    found_quotes = said(INTRO + "The Roebling family said in a statement that its members had “acted ethically and "
                                "lawfully.” Ann Lee, Northwind's chair, declined to comment.\n"
                                "In a statement on Tuesday, the family said it felt “deep compassion for those "
                                "who suffered.”\n")
    assert found_quotes == [("acted ethically and lawfully.", "party-roebling-family"),
                            ("deep compassion for those who suffered.", "party-roebling-family")]


def test_the_one_who_answers_before_a_colon_speaks():
    assert said(INTRO + "When Judge Mara Quill asked how the company pleaded, Ann Lee answered the same way each "
                        "time: “Guilty.”") == [("Guilty.", "party-ann-lee")]


def test_the_owner_of_named_brands_is_the_company_not_a_brand():
    (quote,) = found("Shares in Northwind Group lost 60 percent on Wednesday.\n\n"
                     "The owner of France's Conforama, U.S. chain Mattress Firm and discount chain Pep said late on "
                     "Tuesday that \"new information has come to light\".")[0]
    assert quote.speaker_name == "Northwind Group"


def test_the_owner_of_a_place_unnamed_is_no_company():
    quotes, _ = found("Northwind Group was fined on Monday.\n\n"
                      "“We pay our people properly,” said the owner of one Leicester knitwear factory.")
    assert quotes[0].speaker_name != "Northwind Group"


def test_a_relative_clause_after_a_time_does_not_name_the_speaker():
    assert said("Northwind Group said on Monday its profit fell. Gamma Retail Ltd said it was unaffected.\n\n"
                "On Tuesday, 5 December, Northwind, which owns chains including Beta Stores in France, Delta Homes in "
                "the US and Gamma Retail Ltd in southern Africa, said that \"new information has come to light\".") == [
        ("new information has come to light", "party-northwind")]


def test_a_verb_in_the_reported_clause_is_not_another_speakers():
    assert said("Gamma Retail Ltd reported a loss.\n\nNorthwind Group, which sells clothes through its websites "
                "and Gamma Retail Ltd, said on Sunday that the conditions described were "
                "\"totally unacceptable\".") == [
        ("totally unacceptable", "party-northwind")]


def test_a_title_then_the_name_after_said():
    quotes, ps = found("The Pensioners' Forum is a lobby group. \"Somebody must be held accountable,\" said its "
                       "chairperson, Thandiwe Nkosi.")
    assert quotes[0].speaker_name == "Thandiwe Nkosi"


def test_the_agency_is_the_regulator_not_the_court_named_after_it():
    quotes, _ = found("The financial intelligence agency ATRAC said on Wednesday it had filed a case against "
                      "Eastmark in the Federal Court of Australia.\n\n"
                      "\"Eastmark failed to carry out due diligence,\" the agency said in a statement.")
    assert quotes[0].speaker_name == "ATRAC"


def test_he_after_a_sentence_about_no_party_is_the_one_person_it_names():
    text = ("The agency's director, Paul Roe, had been reviewing the material since the settlement last week. In a "
            "short statement the agency said it had decided to investigate.\n\n"
            "The key moment of the week came on Wednesday, when Marsh - who had resigned as chief "
            "executive the previous day - spent close to three hours before the committee.\n\n"
            "He told MPs that the behaviour of the traders was \"reprehensible\" and that he had been shocked. "
            "\"When I read the emails, I was physically ill,\" he said.")
    quotes, _ = found("Bob Marsh, the bank's chief executive, resigned on Tuesday. Marsh said he was sorry.\n\n"
                      + text)
    # (and the "he" of the sentence after, whose subject is that "He")
    assert [(q.text, q.speaker_name) for q in quotes][-2:] == [
        ("reprehensible", "Bob Marsh"), ("When I read the emails, I was physically ill", "Bob Marsh")]


@pytest.mark.parametrize(("text", "speaker"), [
    # "he" after a sentence with a pronoun of its own is not the person that sentence names
    ("Kenji Mori, the chairman, dismissed Bob Marsh on Friday. Mori said the board backed him.\n\n"
     "Mori denied that the dismissal was connected to past deals. Asked about reports that Marsh "
     "had challenged the accounts, he said the deals had been approved.\n\n"
     "\"There is nothing improper in these transactions,\" he said.", "Kenji Mori"),
    # "he" after a passive is the person who acts in it
    ("Elias Marr, the company's founder, agreed to pay a fine. Judge Ann Roe approved the deal. "
     "Sam Clay, the agency's chairman, said it was fair.\n\n"
     "That step is usually a formality, but this one was complicated by Mr Marr himself.\n\n"
     "On 4 October, he wrote: \"The agency is doing incredible work, and the name change is so on point!\"",
     "Elias Marr"),
    # according to one person, another replied: the account is hers, the words his ("the prime minister" is
    # the one person with that whole title)
    ("On Monday, Prime Minister Paul Lee denied the report. Justice Minister Ann Roe resigned. "
     "Finance Minister Sam Clay declined to comment.\n\n"
     "Roe said she had warned him. According to Roe, the prime minister replied: \"No, no, no, we "
     "just need to find a solution.\"", "Paul Lee"),
    # a possessive is no speaker though the word after it can be a verb ("she continued")
    ("Prime minister Paul Lee met Ann Roe on Friday. Roe resigned on Tuesday.\n\n"
     "On Monday, Mr. Lee had said Ms. Roe’s continued presence in cabinet “should actually speak for itself.”",
     "Paul Lee"),
    # "a company spokesperson": the company the article is about, not one named in passing just before
    ("Northwind Corp. was subpoenaed on Monday. Northwind said it would cooperate. Northwind shares fell 5%.\n\n"
     "The committee sent letters to Northwind and three other companies, including Beta Pharma.\n\n"
     "\"We will cooperate with the committee,\" a company spokesperson said in an email.", "Northwind"),
])
def test_who_said_the_last_quotation(text, speaker):
    quotes, _ = found(text)
    assert quotes[-1].speaker_name == speaker


def test_the_bank_said_is_the_storys_bank_not_a_minor_one_named_bank():
    # "the bank" ends only the name of a bank named once in passing; the story is about Northwind, a bank
    # whose name has no "Bank" in it
    doc = make_doc("Northwind said on Monday it had fallen short. Northwind shares fell 2%. Northwind will pay "
                   "a fine, Northwind said.\n\n"
                   "Northwind also handled payments for Acme Trust Bank, a lender in another country.\n\n"
                   "\"We accept that our controls failed and we are putting them right,\" the bank said.")
    (q,) = [q for q in extract_quotes(doc, build_parties((doc,))) if "controls failed" in q.text]
    assert q.speaker_name == "Northwind"


def test_who_asked_is_not_who_replied():
    doc = make_doc("Ann Roe, the chairman of Northwind, told the committee she had been misled by her staff.\n\n"
                   "Asked by the senator Mary Becker whether she had read the audit, she replied: \"Never.\"")
    (q,) = [q for q in extract_quotes(doc, build_parties((doc,))) if q.text == "Never."]
    assert q.speaker_name == "Ann Roe"


def test_words_after_saying_are_the_subjects_whatever_stands_between():
    doc = make_doc("Trade Secretary Ann Roe must rule on the merger. Roe said she would take advice.\n\n"
                   "\"The real risk is a long delay,\" said Tom Becker, an analyst at Northwind "
                   "Securities.\n\n"
                   "A spokeswoman for Roe declined to comment on whether the inquiry would delay the ruling, saying "
                   "the merger would be judged \"on competition grounds only\".")
    (q,) = [q for q in extract_quotes(doc, build_parties((doc,))) if "competition grounds" in q.text]
    assert q.speaker_name == "Ann Roe"


def test_it_is_the_body_the_sentences_before_were_about_not_the_last_one_named():
    (q,), ps = found("Northwind Holdings said on Monday it might soon run out of cash. It said its "
                     "banks, Acme Bank and Bolt Trust, had refused to roll over its loans.\n\n"
                     "The company also said its accountants had found its profits were inflated. It said there "
                     "had been “hundreds of invented invoices in the books”.\n")
    assert {p.name for p in ps} >= {"Acme Bank", "Bolt Trust"}
    assert q.speaker_name == "Northwind Holdings"


def test_the_company_opening_a_sentence_after_a_phrase_without_a_comma_is_its_subject():
    (q,), _ = found("Northwind Holdings suspended its shares on Wednesday.\n\n"
                    "The Serious Crimes Agency said on Thursday that it was investigating.\n\n"
                    "In a statement to the exchange the company said its board had found two hidden loans. It "
                    "said its cash had been “badly overstated”.\n")
    assert q.speaker_name == "Northwind Holdings"


# ---- transcripts ------------------------------------------------------------------------------

TRANSCRIPT = (
    "Acme chief questioned over the leak\n"
    "The chief executive of Acme Ferries, Tom Becker, gave evidence to a committee chaired by Ann Roe on "
    "Thursday.\n"
    "ANN ROE: When did Acme learn of the leak?\n"
    "TOM BECKER: We knew in March. [Pause] We should have said so sooner.\n"
    "ANN ROE: Then why wait? [Laughter] Take your time.\n"
    "TOM BECKER: The union called it \"a cover-up\", and I see why.\n"
    "Q: Will you step down?\n"
)


def test_a_transcripts_turns_are_quotations_of_the_labelled_speaker():
    quotes, parties = found(TRANSCRIPT)
    name = {p.id: p.name for p in parties}
    got = [(q.text, name.get(q.speaker)) for q in quotes]
    # the words of each turn, cut at the editor's notes, credited to the person the label names
    assert ("When did Acme learn of the leak?", "Ann Roe") in got
    assert ("We knew in March.", "Tom Becker") in got
    assert ("We should have said so sooner.", "Tom Becker") in got
    assert ("Then why wait?", "Ann Roe") in got
    assert ("Take your time.", "Ann Roe") in got
    # a label that names no one leaves the speaker open
    assert ("Will you step down?", None) in got
    assert not any("[" in text or "ANN ROE" in text for text, _ in got)


def test_a_quotation_inside_a_turn_is_found_too():
    quotes, _ = found(TRANSCRIPT)
    assert "a cover-up" in [q.text for q in quotes]


def test_a_broadcasts_own_voices_are_no_quotations_but_the_words_they_quote_are():
    quotes, parties = found(
        "Northwind plant to close\n"
        "[00:00:00] ANCHOR: Good evening. Northwind Corp. will close its plant.\n"
        "[00:00:14] REPORTER (voice-over): The company answered the reports today, saying, \"We take full "
        "responsibility for the state of the depot.\"\n"
        "[00:00:37] SOT — Ann Roe, forklift driver: We had no warning at all.\n"
        "[00:00:52] REPORTER (voice-over): The union is angry.\n"
        "[00:01:08] ANCHOR: Thank you.\n")
    name = {p.id: p.name for p in parties}
    got = [(q.text, name.get(q.speaker)) for q in quotes]
    assert got == [("We take full responsibility for the state of the depot.", "Northwind Corp."),
                   ("We had no warning at all.", "Ann Roe")]


def test_a_company_name_with_an_ampersand_before_its_spokeswoman():
    got = said("Harbour Gas & Power shares fell on Friday.\n\n"
               "\u201cIt is too early to know what caused the outage,\u201d H&P spokeswoman Ann Roe said in a "
               "statement.\n")
    assert got == [("It is too early to know what caused the outage", "party-ann-roe")]


def test_he_after_a_paraphrase_with_said_and_a_name_is_that_speaker():
    got = said_by(
        "Acme Power shares fell on Friday. Governor Tom Becker said the state would review the outage.\n\n"
        "That decision is likely to come under scrutiny, said Jonathan Reyes, a lawyer who has represented "
        "residents in cases against utilities.\n\n"
        "\u201cThe line is going to be the focus of every investigator,\u201d he said.\n")
    assert got == [
        ("The line is going to be the focus of every investigator", "Jonathan Reyes")]


def test_a_quotation_after_an_according_to_sentence_is_that_speakers():
    got = said_by(
        "Northwind Corp. recalled 40,000 heaters on Monday. \u201cThe fix is cheap,\u201d said Tom Becker, an "
        "analyst at Rotherby Capital.\n\n"
        "According to Ann Roe, director of the Safer Homes Coalition, a consumer group, Northwind could do more. "
        "\u201cA red lamp does nothing. The heater should switch itself off.\u201d\n")
    assert (("A red lamp does nothing. The heater should switch itself off.", "Ann Roe")
            in got)


def test_she_after_a_sentence_that_opens_for_a_person_is_that_person():
    got = said_by(
        "Ann Roe bought her heater in 2021 and kept it after the recall.\n\n"
        "The regulator says its review remains open. Jane Wolsey, who oversaw it as acting head, stepped down in "
        "December; her deputy Tom Becker now leads the agency.\n\n"
        "For Roe, the affair is mainly an annoyance. \u201cIt never heated the whole room,\u201d she said.\n")
    assert ("It never heated the whole room", "Ann Roe") in got


def test_it_after_a_clause_that_opens_on_a_body_is_that_body():
    got = said_by(
        "Northwind Corp. said its heaters were safe. The Consumer Product Safety Commission disagreed.\n\n"
        "Northwind said it would appeal the ruling.\n\n"
        "When the commission closed its review on June 3, it said it had found nine fires \u201cin which misuse "
        "of the heater was a likely cause.\u201d\n")
    assert got == [
        ("in which misuse of the heater was a likely cause.", "Consumer Product Safety Commission")]


def test_he_after_a_passer_by_who_opens_the_main_clause_is_that_person():
    got = said_by(
        "Northwind Corp. admitted fixing prices. In a brief statement, the chief inspector, Tom Becker, said the "
        "inquiry would go on.\n\n"
        "The admission has stirred anger in Easton, where Northwind runs two chains. At a Northwind store in Easton "
        "on Wednesday, retired bus driver Emile Vautrin frowned at the price board. \u201cSix years of "
        "this, and they offer me a voucher?\u201d he said.\n")
    assert got == [
        ("Six years of this, and they offer me a voucher?", "Emile Vautrin")]


def test_a_name_inside_the_quotation_before_is_not_the_next_quotations_speaker():
    got = said_by(
        "Northwind Corp. is under investigation by the Justice Department, the Ledger reported Thursday.\n\n"
        "\u201cA Justice Department inquiry is not a charge,\u201d said Tom Becker, who covers "
        "pump makers at Rotherby & Co. \u201cUntil the accounts are signed off, investors will fear the worst "
        "case.\u201d\n")
    assert [who for _, who in got] == ["Tom Becker", "Tom Becker"]


def test_the_accusers_words_after_accused_it_of():
    got = said_by(
        "Northwind Corp. said on Wednesday it would not file its annual report on time, sending its shares down "
        "19% a day after short seller Rotherby Research accused it of \"book-keeping fraud\".\n\n"
        "Rotherby Research said it had a short position. Northwind said it would respond.\n")
    assert got == [("book-keeping fraud", "Rotherby Research")]


def test_a_subject_that_discloses_a_stake_in_a_firm_and_said_is_the_speaker():
    got = said_by(
        "Rotherby Research published a report on Northwind Corp. on Tuesday. Northwind denied the claims.\n\n"
        "On Tuesday, Rotherby Research disclosed a short position in Northwind and said a three-month "
        "investigation had found \"clear signs of inflated sales.\"\n")
    assert got == [("clear signs of inflated sales.", "Rotherby Research")]


def test_the_company_is_the_one_the_article_is_about_not_the_last_firm_named_in_a_clause():
    got = said_by(
        "Northwind Corp. shares jumped on Monday after a committee of its board found no misconduct. Northwind "
        "said it would file its report soon.\n\n"
        "The pump maker, which has had no signed accounts since spring, said the committee had "
        "concluded that the resignation of its former auditor, Rotherby & Co, and the conclusions Rotherby set "
        "out were wrong.\n\n"
        "\u2018The review found no reason to doubt the managers,\u2019 the company said "
        "in a statement.\n")
    assert [(who or "").startswith("Northwind") for _, who in got] == [True]


def test_an_infinitive_say_is_the_sentences_subjects_words():
    got = said_by(
        "Northwind Corp. pulled its burgers on Tuesday. Northwind's U.S. chief Tom Becker apologised.\n\n"
        "Quickly, most agree. Northwind's U.S. chief Tom Becker posted a video the day after the notice and "
        "went on radio to say the company had taken \"quick and firm steps.\"\n")
    assert [who for _, who in got] == ["Tom Becker"]


def test_a_company_described_with_a_list_of_its_brands_before_said():
    got = said_by(
        "Northwind Corp. pulled onions on Tuesday. Rotherby Foods said it would do the same.\n\n"
        "Rivals acted too. Rotherby Foods, the parent of Taco Town, Pizza Barn and Wing Hut, said "
        "it had removed fresh onions \u201cas a precaution for now.\u201d\n")
    assert [who for _, who in got] == ["Rotherby Foods"]


def test_a_state_agency_spokeswoman_speaks_for_the_agency_the_text_was_about():
    got = said_by(
        "The Rotherby Health Agency said it is working with the U.S. Department of Agriculture to find the "
        "source. Officials urged anyone who fell ill to see a doctor.\n\n"
        "\u201cThese infections can be dangerous,\u201d a state health agency spokeswoman said. "
        "\u201cSee a doctor if you feel unwell.\u201d\n")
    assert [who for _, who in got] == ["Rotherby Health Agency"] * 2


def test_the_prosecutors_are_the_one_prosecutors_office_the_story_names():
    got = said_by(
        "The Rotherby District Prosecutors indicted Tom Becker of Northwind Corp. on Thursday. Becker denied the "
        "charges. Northwind said it would co-operate.\n\n"
        "Prosecutors charged Becker with market manipulation.\n\n"
        "\u201cThe defendants disrupted a lawful offer,\u201d the prosecutors said in a statement.\n")
    assert got == [("The defendants disrupted a lawful offer", "Rotherby District Prosecutors")]


def test_a_possessive_title_set_off_before_the_name_is_the_names():
    # "her lawyer, Jane Wolsey, said": the lawyer speaks, not the client the quotation names
    got = said("Ann Roe was arrested on Saturday.\n"
               "\"Ms. Roe has answered every question put to her,\" her lawyer, Jane Wolsey, said.\n"
               "\"We will appeal,\" said his spokesman, Tom Becker.\n")
    assert got == [("Ms. Roe has answered every question put to her", "party-jane-wolsey"),
                   ("We will appeal", "party-tom-becker")]


def test_a_quotation_of_several_paragraphs_is_one_speakers():
    # each paragraph opens with a quotation mark and only the last closes, as news prints a long statement
    got = said("Acme chief executive Tom Becker resigned on Friday, and chair Ann Roe thanked him. Mr Becker said:\n\n"
               "“It has been a privilege to run Acme. I am sorry for what this week has shown.\n\n"
               "“This is not the company I joined, and our customers deserve better than this.\n\n"
               "“I do not excuse any of it. As it happened on my watch, I should be the one to go.”\n\n"
               "Ms Roe said the board would search for a successor.\n")
    assert [(text[:20], who) for text, who in got] == [("It has been a privil", "party-tom-becker"),
                                                       ("This is not the comp", "party-tom-becker"),
                                                       ("I do not excuse any ", "party-tom-becker")]


def test_a_source_known_by_a_number_is_one_person_and_speaks():
    text = ("Northwind Motors said its orders were binding, the company said on Monday.\n\n"
            "“Nobody checked the orders,” Confidential Source #4, who worked in sales, told us. “It was a show.”\n\n"
            "“Sales came before engineering,” said Confidential Source #1.\n")
    assert said_by(text) == [("Nobody checked the orders", "Confidential Source #4"),
                             ("It was a show.", "Confidential Source #4"),
                             ("Sales came before engineering", "Confidential Source #1")]
    ps = found(text)[1]
    assert {p.name: p.kind for p in ps if "#" in p.name} == {"Confidential Source #1": "person",
                                                              "Confidential Source #4": "person"}


def test_a_clause_opening_the_sentence_does_not_name_the_speaker():
    got = said_by("The Rotherby Department of Transport (DOT) suspended the permits of Northwind Robotics on "
                  "Tuesday.\n\nOn October 24, 2023, after the DOT suspended the permits, Northwind Robotics issued "
                  "a statement that “our staff sent every record to the Rotherby DOT, including the inspection logs.” "
                  "In our view, that was incomplete.\n")
    assert got == [("our staff sent every record to the Rotherby DOT, including the inspection logs.",
                    "Northwind Robotics")]


def test_a_podcast_host_named_with_her_part_is_a_person_and_thanks_is_no_one():
    ps = build_parties((make_doc(
        "Host Jane Wolsey is joined by Tom Becker, an analyst at Rook & Vale.\n\n"
        "[00:00:04] JANE: Welcome back. I'm Jane Wolsey.\n\n"
        "[00:00:21] TOM: Thanks, Jane. Yeah, it's a long report.\n\n"
        "[00:05:40] TOM: Thanks for having me.\n"),))
    kinds = {p.name: p.kind for p in ps}
    assert kinds.get("Jane Wolsey") == "person" and "Thanks" not in kinds


def test_a_pronoun_after_an_opening_clause_is_the_clauses_subject():
    got = said_by("Rotherby Council ran the scheme for years.\n\n"
                  "When Justice Ann Roe approved the settlement in June, she put its value at about $1.8 billion once "
                  "debts Rotherby Council had dropped were included, calling the scheme \"a sorry chapter in the "
                  "history of Rotherby Council\".\n")
    assert got == [("a sorry chapter in the history of Rotherby Council", "Ann Roe")]


def test_the_bench_and_the_judges_speak_for_the_court():
    text = ("The Supreme Court of Halvern on Tuesday rejected the apology of Northwind Remedies. Justice Ann Roe "
            "and Justice Tom Becker heard the case. Northwind Remedies said it was sorry.\n\n"
            "\u201cYou have ignored every order,\u201d the bench told the company.\n\n"
            "\u201cWe have read the affidavit twice,\u201d the judges said.\n\n"
            "\u201cThe apology is not enough,\u201d Justice Roe said.\n")
    got = dict(said_by(text))
    assert got["You have ignored every order"] == "Supreme Court of Halvern"
    assert got["We have read the affidavit twice"] == "Supreme Court of Halvern"
    assert got["The apology is not enough"] == "Ann Roe"


def test_a_question_is_attributed_by_asked():
    text = ("Northwind Remedies printed a notice in the weekend papers, its chief executive Tom Becker said.\n\n"
            "\u201cDid anyone at the company read our order?\u201d Judge Ann Roe asked.\n")
    assert dict(said_by(text))["Did anyone at the company read our order?"] == "Ann Roe"


def test_words_given_by_a_verb_of_naming_are_a_quotation():
    text = ("The Supreme Court of Halvern on Tuesday rejected the affidavit of Northwind Remedies, calling it "
            "\u201cpaper thin\u201d. Ann Roe, the company's founder, filed a second affidavit, describing the "
            "advertising law as \u201cout of date\u201d.\n")
    got = [q for q, _ in said_by(text)]
    assert "paper thin" in got and "out of date" in got


def test_the_clause_after_a_conjunction_says_who_spoke():
    text = ("Northwind Remedies asked the Supreme Court of Halvern for more time, and the court on Friday warned "
            "of \u201cgrave consequences\u201d if the notices ran again.\n")
    assert dict(said_by(text))["grave consequences"] == "Supreme Court of Halvern"


def test_it_after_a_sentence_about_the_bench_is_the_court_not_whom_it_told():
    text = ("The Supreme Court of Halvern heard the appeal of Northwind Remedies on Monday. The Kestrel Bay "
            "Licensing Authority, which had ignored complaints for years, told the court it had suspended the "
            "company's licences.\n\n"
            "The bench was unimpressed by the timing. \u201cWhen you want to move, you move like lightning,\u201d "
            "it told the authority.\n")
    assert dict(said_by(text))["When you want to move, you move like lightning"] == "Supreme Court of Halvern"


def test_a_participle_of_saying_gives_the_words_of_the_clauses_subject():
    text = ("Northwind Remedies filed a second apology on Monday. The Supreme Court of Halvern rejected it on "
            "Tuesday, declaring: \u201cWe are not persuaded.\u201d\n")
    assert dict(said_by(text))["We are not persuaded."] == "Supreme Court of Halvern"


def test_an_unnamed_office_bearer_speaks_for_the_body_that_introduced_him():
    text = ("The Rotherby Medical Association sued Northwind Remedies Ltd in 2022.\n\n"
            "The Rotherby Medical Association said the company misled patients. Northwind Remedies Ltd denied it.\n\n"
            "An association office-bearer, who asked not to be named, said the group would press on. "
            "\u201cThis is about what you may tell a sick person,\u201d the office-bearer said.\n")
    assert dict(said_by(text))["This is about what you may tell a sick person"] == "Rotherby Medical Association"


def test_the_speaker_before_a_quotation_is_the_clause_after_a_conjunction():
    text = "Northwind Remedies Ltd sought a stay, and the court on Friday warned of \u201cgrave consequences\u201d."
    assert _speaker_before(text, text.index("\u201c") + 1) == "the court on Friday"


@pytest.mark.parametrize("who", ["The judges", "the bench", "The court", "the two judges"])
def test_a_court_speaks_through_its_judges_at_any_place_in_the_sentence(who):
    assert _BENCH.match(who)


def test_the_prosecutors_are_the_prosecutors_office_the_story_names():
    got = said_by("The Rotherby District Prosecutors' Office charged Ann Roe on Monday. The Rotherby District "
                  "Prosecutors' Office said the case was complex.\n\n"
                  "“The defendants deliberately misled investors,” the prosecutors said in a statement.\n")
    assert got == [("The defendants deliberately misled investors", "Rotherby District Prosecutors' Office")]


def test_a_transcripts_label_may_say_who_the_speaker_is():
    # "ANN ROE, NORTHWIND CHIEF EXECUTIVE:" labels her turn as "ANN ROE:" would; the broadcast's own
    # correspondent, labelled so, tells the story and is quoted by no one
    raw = ("Transcript of the evening bulletin.\n\n"
           "TOM BECKER, KBN CORRESPONDENT: Northwind denied the report tonight.\n\n"
           "ANN ROE, NORTHWIND CHIEF EXECUTIVE: We did nothing wrong. We will fight this.\n\n"
           "TOM BECKER, KBN CORRESPONDENT: The regulator disagrees.\n\n"
           "ANN ROE, NORTHWIND CHIEF EXECUTIVE: They are wrong about us.\n")
    assert said_by(raw) == [("We did nothing wrong. We will fight this.", "Ann Roe"),
                            ("They are wrong about us.", "Ann Roe")]


def test_a_quotation_read_aloud_is_marked_by_its_words():
    # "quote, ... End quote." and "quote, ..." to the sentence's end, as a broadcast's transcript writes them;
    # "the quote" as a noun marks nothing
    assert said_by(INTRO + "In a statement, Northwind said the order, quote, does not affect our customers or "
                   "deposits. End quote. The bank says it remains well capitalised.") \
        == [("does not affect our customers or deposits.", "Northwind")]
    assert said_by(INTRO + "Ann Roe wrote that she is, quote, focused on getting access restored.") \
        == [("focused on getting access restored.", "Ann Roe")]
    assert said_by(INTRO + "Ann Roe said she did not believe the quote was accurate.") == []


def test_a_speakers_name_goes_on_past_a_generational_suffix():
    # "said Tom R. Becker Jr., the district attorney": "Jr." ends no name, and names a person
    quotes, parties = found(INTRO + "\"Investigations of lenders are vital to the integrity of our banks,\" said "
                            "Tom R. Becker Jr., the Rotherby District Attorney.")
    assert [(q.text, q.speaker_name) for q in quotes] == [
        ("Investigations of lenders are vital to the integrity of our banks", "Tom R. Becker Jr.")]
    assert next(p for p in parties if p.name == "Tom R. Becker Jr.").kind == "person"


def test_a_state_departments_name_and_short_name_end_before_its_verb():
    # "The Kestrel State Department of Finance (KSDF) said": "State" inside the name is no verb, and the
    # short name in brackets goes with the name; "The regulator" after it is that department, not a regulator
    # named elsewhere in the story
    text = ("The Federal Reserve Bank of Rotherby declined to comment.\n\n"
            "The Kestrel State Department of Finance (KSDF) said late on Monday that Northwind \"schemed\" with "
            "a sanctioned client for a decade. The regulator, led by Superintendent Ann Roe, called it a "
            "\"rogue institution\" and ordered it to appear on Aug. 15.")
    assert said_by(text) == [("schemed", "Kestrel State Department of Finance"),
                             ("rogue institution", "Kestrel State Department of Finance")]


def test_the_start_of_an_authoritys_name_is_the_authority_and_it_owns_the_sentences_it():
    # "the Fed" where the Federal Reserve, the Federal Reserve Board and the Federal Reserve Bank of Rotherby
    # are named: the one the others' names start with; "The Fed's penalty relates to what it called ...": it
    # is the Fed
    quotes, parties = found("Northwind settled with the Federal Reserve. The Federal Reserve Board and the Federal "
                            "Reserve Bank of Rotherby joined the case. The Office of Foreign Assets Control fined it "
                            "too.\n\nThe Fed's penalty relates largely to what it called \"inadequate and incomplete "
                            "responses\" to its examiners.")
    fed = next(p for p in parties if p.name == "Federal Reserve")
    assert "Fed" in fed.aliases
    assert [(q.text, q.speaker_name) for q in quotes] == [("inadequate and incomplete responses", "Federal Reserve")]


_RECORD = """Rotherby Water: Sewage Discharges

Volume 699: debated on Monday 12 July 2021

Column 612

Tom Becker (Halvern East) (Lab) (Urgent Question): To ask the Secretary of State about Rotherby Water.

The Parliamentary Under-Secretary of State for the Environment (Ann Roe): On Friday, Rotherby Water was fined.

The findings in this case were shocking and wholly unacceptable.

Column 613

Tom Becker: I thank you, Mr Speaker, for granting this question. For five years the company pumped sewage.

Mr Speaker: Order. The hon. Gentleman will be heard.

Ann Roe: There is no complacency on this side of the House.

Dana Lee (Kestrel Bay) (Con): I welcome the sentence.

Hon. Members: Hear, hear.

Ann Roe: My hon. Friend has done a great deal of work on this issue.
"""


def test_a_parliaments_record_credits_each_speech_to_the_member_labelled():
    # "Tom Becker (Halvern East) (Lab):" and "The Parliamentary Under-Secretary ... (Ann Roe):" label who speaks,
    # and the plain "Tom Becker:" after them; a speech's next paragraph, unlabelled, is still hers; the debate's
    # title ("Rotherby Water: Sewage Discharges") and "Hon. Members:" credit no one
    said = said_by(_RECORD)
    assert ("The findings in this case were shocking and wholly unacceptable.", "Ann Roe") in said
    assert ("I thank you, Mr Speaker, for granting this question. For five years the company pumped sewage.",
            "Tom Becker") in said
    assert ("I welcome the sentence.", "Dana Lee") in said
    assert ("My hon. Friend has done a great deal of work on this issue.", "Ann Roe") in said
    assert not any(text.startswith(("Sewage Discharges", "Hear, hear")) and who for text, who in said)


def test_a_fact_checks_sections_are_no_speakers():
    # "CLAIM:", "THE FACTS:", "ACME'S ASSESSMENT:" are a fact-check's parts, said by no one
    raw = "".join(f"CLAIM: Post {n} said Northwind hid {n} reports.\n\nKBN'S ASSESSMENT: False.\n\n"
                  f"THE FACTS: Northwind published report {n} in May.\n\n" for n in range(1, 4))
    quotes, parties = found(raw)
    assert quotes == []
    assert not {p.name.casefold() for p in parties} & {"claim", "the facts"}


def test_whose_words_a_witness_reports_and_whom_two_lawyers_speak_through():
    # "Ann Roe told the station that Tom Becker had told her, “...”": Becker's words; "“...,” his lawyers, Dana
    # Lee and Eve Marsh, said": the first named
    text = (INTRO + "A woman who identified herself only as Ann Roe, a friend of the family, told KBN News that Tom "
            "Becker had told her, \"If anything happens to me, it's not an accident.\"\n\n"
            "\"He was in very good spirits and looking forward to the hearing,\" his lawyers, Dana Lee and Eve "
            "Marsh, said in a statement. Dana Lee, a partner at Halvern Law, later declined to comment.")
    assert said_by(text) == [("If anything happens to me, it's not an accident.", "Tom Becker"),
                             ("He was in very good spirits and looking forward to the hearing", "Dana Lee")]


def test_a_pronoun_opening_a_sentence_stands_for_someone_named_before_it():
    # "He accused the administration of former President Bob Lee of '...'": he is the minister named before, not
    # Lee, whom the sentence names after him; so are the words of "and said the government '...'"
    text = ("The Minister of Justice, Tom Roe, gave the warning on Thursday in Rotherby.\n\n"
            "\"We shall not fold our arms while the country is robbed,\" the statement read.\n\n"
            "He accused the administration of former President Bob Lee of \"conniving with local conspirators "
            "against the good people of the country,\" and said the government \"will vigorously defend its "
            "rights around the world.\"")
    said = said_by(text)
    assert ("conniving with local conspirators against the good people of the country", "Tom Roe") in said
    assert ("will vigorously defend its rights around the world.", "Tom Roe") in said


def test_the_judge_is_the_judge_named_before():
    text = ("Mr Justice Tom Knowles held on Monday that Northwind Corp. paid bribes to officials.\n\n"
            "The judge said he was \"quite satisfied that Rotherby is correct in its allegations\" on the "
            "bribes.\n\n\"I have reviewed these documents, and some were plainly privileged,\" the judge said.")
    assert {who for _text, who in said_by(text)} == {"Tom Knowles"}


def test_a_lawyer_described_by_the_clients_possessive_is_who_speaks():
    # "Tom Spiro, Roe's lawyer, said ... “personally involved”": the lawyer, not the client his description names;
    # "what she called a series of “groundless” inquiries": her word
    text = ("Northwind Corp. sued Ann Roe, the founder of Beta, in December.\n\n"
            "Tom Spiro, Roe’s lawyer, said on Friday that the chairman had been “personally involved” in the deal."
            "\n\nDays before, she sued Northwind, demanding that it cover her costs from what she called a series "
            "of “groundless” internal investigations.")
    assert said_by(text) == [("personally involved", "Tom Spiro"), ("groundless", "Ann Roe")]


def test_who_speaks_through_a_lawyer_and_whom_a_judge_later_tells():
    # "Through his lawyer, Aldo Verbeek, he said": he is the client; "He later told Roe: '...'": not Roe
    text = ("Tom Roe, who led Northwind Corp. from 2009, confirmed that he was a suspect.\n\n"
            "Through his lawyer, Aldo Verbeek, he said it was \"regrettable and unnecessarily damaging\" that he "
            "had been named.\n\nUS District Judge Eric Kolb handed down the sentence in Brooklyn, five months "
            "after a jury convicted Dan Wick.\n\n\"The quantum of dishonesty in this case is exceptional,\" Kolb "
            "said. He later told Wick: \"Your internal apparatus for separating truth from fiction became badly "
            "miscalibrated.\"")
    assert said_by(text) == [
        ("regrettable and unnecessarily damaging", "Tom Roe"),
        ("The quantum of dishonesty in this case is exceptional", "Eric Kolb"),
        ("Your internal apparatus for separating truth from fiction became badly miscalibrated.", "Eric Kolb")]


def test_who_asks_in_a_relative_clause_after_a_pronoun_opening():
    # "He was responding to Ann Roe, an analyst, who asked: '...'": Roe asked, whoever "he" is
    text = ("“I’ll tell you the lessons when this is out of litigation,” Tom Wick said on Friday on a call.\n\n"
            "He was responding to Ann Roe, a Halvern Bank analyst and long-standing critic of the bank’s spending, "
            "who asked: “Who’s accountable when an investment doesn’t go right, like the Beta deal?”")
    assert said_by(text)[-1] == ("Who’s accountable when an investment doesn’t go right, like the Beta deal?",
                                 "Ann Roe")
