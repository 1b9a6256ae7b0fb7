"""Statements: category of each sentence or clause, non-answers as responses, parties and dates."""
from __future__ import annotations

import pytest

from generator.models import Article, Document
from generator.parties import build_parties
from generator.roles import a_judge
from generator.segment import segment_article
from generator.statements import Statement, central_parties, classify, commentators, extract_statements, officials

PUBLISHED = "2025-03-12"  # a Wednesday

STORY = ("Northwind Corp. makes delivery drones. The Federal Trade Commission regulates Northwind Corp. "
         "Ann Lee, Northwind's chief executive, spoke to staff.\n")
"""An opening paragraph that makes Northwind (company), the FTC (regulator) and Ann Lee (person) parties."""


def make_doc(raw: str, file: str = "a.txt", published: str | None = PUBLISHED) -> Document:
    return segment_article(Article(file=file, raw=raw, encoding="utf-8", sha256="0" * 64, title="t",
                                   published=published))


def statements(body: str) -> list[Statement]:
    """Statements of the body's sentences (the opening paragraph left out)."""
    doc = make_doc(STORY + body)
    found = extract_statements(doc, build_parties((doc,)))
    return [s for s in found if s.citation.start >= len(STORY)]


def central_statements(body: str) -> list[Statement]:
    """Statements of the body, with the Northwind parties as those the story is about."""
    doc = make_doc(STORY + body)
    ps = build_parties((doc,))
    central = frozenset(p.id for p in ps if p.name.startswith("Northwind"))
    return [s for s in extract_statements(doc, ps, central) if s.citation.start >= len(STORY)]


def category(sentence: str) -> str:
    (st,) = statements(sentence)
    return st.category


@pytest.mark.parametrize("sentence", [
    "Northwind Corp. is accused of hiding defects in its delivery drones.",
    "Former employees allege that Northwind ignored safety warnings for years.",
    "A lawsuit says Northwind misled investors about the safety of its drones.",
    # what an inquiry found, even one the company commissioned
    "The report found that about $2 billion of payments had flowed through Northwind's branch in Riga.",
    "An inquiry commissioned by Northwind, published on Tuesday, found that most customers were shell companies.",
    "The money belonged to some 10,000 customers, and a large part of it was suspicious, the review concluded "
    "that week.",
    # private suits against the accused
    "Dozens of residents have filed lawsuits, many seeking class-action status.",
    # records rewritten, parts below the standard they were sold as meeting
    "Some aluminium parts used in the trains did not meet industrial standards.",
])
def test_allegations(sentence):
    assert category(sentence) == "allegation"


@pytest.mark.parametrize("sentence", [
    "Northwind denied the allegations in a statement on Tuesday.",
    "The company said it was cooperating with the investigation.",
    "Ann Lee, a Northwind spokeswoman, said the firm would fight the fine.",
    "Northwind said it rejected the claims made by the former employees.",
    # office holders not named: their account of what is being done is the authorities' response
    "State officials said the spill had been contained with dams and booms and would not reach the river.",
    "Officials said at the time that they had to choose between a controlled burn and an explosion.",
])
def test_responses(sentence):
    assert category(sentence) == "response"


@pytest.mark.parametrize("sentence", [
    "A Northwind spokesperson declined to comment on the lawsuit.",
    "Northwind did not respond to a request for comment.",
    "Ann Lee could not be reached for comment on Tuesday.",
    "The Federal Trade Commission declined to comment on the inquiry.",
    "Northwind did not immediately respond to questions about the fine.",
])
def test_non_answers_are_responses(sentence):
    (st,) = statements(sentence)
    assert (st.category, st.no_comment) == ("response", True)


@pytest.mark.parametrize("sentence", [
    "The Federal Trade Commission opened an investigation into Northwind on Monday.",
    "The regulator fined Northwind $12 million and gave it 30 days to respond.",
    "Regulators requested information from Northwind about its data practices.",
    "The government imposed export controls on the drone chips last week.",
    "The ministry banned exports of the drones until further notice.",
    "Northwind has been ordered to recall 20,000 drones.",
    # assets frozen, a liquidator appointed, a direction given
    "On Thursday, a court in Nassau froze the assets of Northwind's local unit.",
    "A court appointed a provisional liquidator for Northwind's local unit.",
    "The Federal Trade Commission said that on Nov. 12 it had directed that all assets of Northwind's unit be "
    "moved to a wallet it controls.",
    # a failing firm resolved: receivership, a bridge bank, emergency lending; an authority named by what it is
    "Ruritania's banking regulator closed Northwind on Friday and appointed a receiver.",
    "The Federal Trade Commission said it had taken possession of Northwind, citing inadequate liquidity.",
    "The Federal Trade Commission said it would create a lending programme for firms like Northwind.",
    # the law's hand: charges with their reason, seizures, release; an assembly's vote
    "A Ruritanian investigating judge on Sunday charged four people with corruption and money laundering.",
    "Prosecutors have now confirmed that more than $1.5m in cash was seized in the searches.",
    "Two others detained on Friday were later released.",
    "Parliament voted by 625 votes to one on Tuesday to end Ann Lee's term as vice-president.",
    # a criminal case's course: the sentence ahead, bond, the plea deal's terms
    "Sentencing was set for Feb. 23, 2026.",
    "A magistrate judge released Ann Lee on a $175 million bond and allowed her to return home.",
    "Ann Lee now faces up to 18 months in prison under the plea agreement.",
    "On Tuesday, Ruritania Attorney General Tom Roe became the latest official to take the railroad to court.",
    # a settlement by two companies at once; prosecutors charging, whatever the charge names
    "Northwind Group and its German arm, Northwind Bank AG, have agreed to pay $640 million to settle US charges "
    "that they let drug gangs move money through their accounts.",
    "Prosecutors in the Northern District of Ruritania filed a four-count criminal information charging Northwind "
    "with failing to maintain an effective anti-fraud programme.",
    # a court refusing is a ruling, not a denial
    "The same court had rejected Ann Roe's first request on Feb. 3.",
    "A judge, however, turned down the request made for Tom Roe, saying the risk that he would flee was too high.",
])
def test_regulatory_actions(sentence):
    assert category(sentence) == "regulatory_action"


@pytest.mark.parametrize("sentence", [
    "Northwind was fined $5 million by the Federal Trade Commission on Friday.",
    "Northwind was banned from selling drones to the army.",
    "Northwind was given until March 31 to hand over its records.",
    "Northwind was closed on Sunday and its customers will get the same treatment.",
])
def test_regulatory_actions_in_the_passive_voice(sentence):
    assert category(sentence) == "regulatory_action"


@pytest.mark.parametrize("sentence", [
    # the accused accepting the sanction: the case's outcome, whoever is the subject
    "Northwind agreed to pay a $1 billion penalty and replace its board.",
    "Northwind, the world's largest drone maker, pleaded guilty on Tuesday to breaking export laws.",
    "Ann Lee agreed to pay a $50 million fine and, separately, $150 million to the regulator.",
    "Northwind signed a consent decree with the Justice Department on 17 May setting out the repairs it must make.",
    "Northwind has agreed to set up an $18m fund to compensate employees, settling a federal complaint.",
    # a date or "each" between the party and its payment; the full stop of "Sept." ends no clause
    "Northwind agreed on Sept. 8 to pay $185 million in penalties to three agencies.",
    "Ann Lee and Northwind will each pay a $20m (£15m) penalty.",
    # units of the accused, no party named: the plea is still the case's outcome
    "Two units of the London-listed group pleaded guilty in federal courts in New York on Tuesday.",
])
def test_accepting_a_sanction_is_a_regulatory_action(sentence):
    assert category(sentence) == "regulatory_action"


def test_paying_without_a_sum_or_sanction_is_no_regulatory_action():
    assert category("Northwind will pay for this in discounts and credits for a couple of years.") \
        != "regulatory_action"


@pytest.mark.parametrize("sentence", [
    "Northwind shares fell 8% in early trading on Tuesday.",
    "The sell-off wiped $2 billion off Northwind's market value.",
    "Northwind's app dropped to 40th place in the app store rankings.",
    "Supplier Southwind Holdings, which builds the frames, fell 11.1%.",
    "Northwind closed down 2.5% at $175.10, and rivals were off about 0.7%.",
    "The stock has not recovered since.",
    "Ann Lee has dropped to 15th on the Forbes billionaires list, having been third before the report.",
    "Southwind Bank has stopped accepting Northwind bonds as collateral for margin loans.",
    "Three Northwind companies were locked at their 10% lower limits.",
    # outlook cuts, a ranking on an index, trading volume
    "The bank has also lowered its expectations for the year's result.",
    "Northwind cut its profit outlook for the year.",
    "It was the worst performer in the regional banking index on Thursday.",
    "Volume is already about three times the daily average.",
    # any asset, not only shares: a token's or a coin's price, its level, the value it lost
    "NWT, the token issued by Northwind, extended its collapse on Wednesday, falling roughly 50%.",
    "It traded near $2.50 late in the afternoon, compared with about $22 at the start of the week.",
    # rating agencies' verdicts; deposits leaving
    "Credit agency Halden cut Northwind's credit ratings late on Wednesday, citing its funding.",
    "Halden said it has placed six lenders on review for downgrade, among them Northwind.",
    "Deposit outflows at regional lenders accelerated on Friday.",
    "The price of the largest cryptocurrency fell to its lowest level in about two years.",
    "The token has lost more than 80 per cent of its value since Monday.",
    # investors writing off their stake, customers pulling their money out
    "Southwind Capital marked its $214 million investment in Northwind down to zero.",
    "Southwind Capital said on Thursday it would write off its entire $275 million investment.",
    "Customers rushed to pull money from Northwind, withdrawing about $6 billion in 72 hours.",
])
def test_market_impact(sentence):
    assert category(sentence) == "market_impact"


def test_a_rescue_purchase_is_the_buyers_answer():
    body = ("Southwind Bank is Europe's largest lender. Southwind Bank said it was ready.\n"
            "Southwind Bank has bought the British arm of Northwind for $1.")
    assert [s.category for s in statements(body)][-1] == "response"


def test_a_trading_firm_is_no_trading():
    assert category("Ann Lee also owned Westwind, a trading firm that was meant to operate apart from "
                    "Northwind.") == "background"


def test_a_loss_with_its_figure_is_market_impact():
    assert category("Northwind lost $300 million in the quarter as orders dried up.") == "market_impact"


@pytest.mark.parametrize("sentence", [
    "Northwind was founded in 1998 and is based in Springfield.",
    "Delivery drones are a fast-growing part of the logistics business.",
    # who the whistleblower is: background; what they warned of is the allegation
    "The whistleblower has since been identified in the media as Maya Roth.",
    # a report released is no person released from custody
    "The report was released in New York on Tuesday.",
])
def test_background(sentence):
    assert category(sentence) == "background"


def test_a_career_told_is_background():
    # who runs the company and since when, not a step it took in the affair
    assert [s.category for s in central_statements("Northwind chief executive Paul Lee took over last year.")] \
        == ["background"]


def test_speculation_is_background():
    assert category("Analysts said the case could have wide-ranging implications for the drone industry.") \
        == "background"


def test_headings_and_very_short_lines_are_not_statements():
    assert statements("Northwind fined by regulator\nIt fell.\n") == []


# ---- citations, parties, dates --------------------------------------------------------------

def test_clauses_are_cited_separately():
    got = statements("Northwind denied any wrongdoing, while the Federal Trade Commission said it would widen "
                     "its inquiry.")
    assert [s.text for s in got] == ["Northwind denied any wrongdoing",
                                     "the Federal Trade Commission said it would widen its inquiry."]


@pytest.mark.parametrize("sentence", [
    "Northwind is awaiting a ruling from the Supreme Court in its long dispute over back taxes.",
    "Northwind must change its rules for drone apps to comply with the ruling.",
    "The inquiry is due to hear evidence from Northwind engineers in the coming months.",
    "The bill is expected to be introduced in Parliament within weeks.",
])
def test_proceedings_that_bind_a_company_are_regulatory_actions(sentence):
    assert category(sentence) == "regulatory_action"


def test_an_analyst_on_the_stock_is_market_impact_not_a_reply():
    body = ("Tom Reed, an analyst at Eastgate Capital, follows the drone makers. \"The question for investors is "
            "how many quarters of slower growth Northwind faces,\" said Tom Reed, an analyst at Eastgate Capital.")
    assert [s.category for s in statements(body)][-1] == "market_impact"


@pytest.mark.parametrize("role", ["head of research at Saffron Securities",
                                  "head of digital-asset strategy at Harlow Rowe",
                                  "chief investment officer at Ferrow Digital"])
def test_a_market_professional_s_view_is_market_impact(role):
    body = f'"The timing could not be worse for the group," said Vik Oberoi, {role}.'
    assert [s.category for s in statements(body)] == ["market_impact"]


def test_a_discovery_of_defects_is_an_allegation():
    assert category("The airline said its technicians found loose bolts on several Northwind drones.") == "allegation"


def test_it_is_the_organisation_that_last_acted():
    body = ("The Federal Trade Commission opened a case on Monday. "
            "It said it was investigating whether Northwind had failed to test its drones.")
    assert [s.category for s in statements(body)] == ["regulatory_action", "regulatory_action"]


def test_he_did_not_say_is_the_person_s_reply():
    body = "Ann Lee apologised to customers on Tuesday. He did not say when the drones would fly again."
    assert [s.category for s in statements(body)][-1] == "response"
    doc = make_doc(STORY + body + "\nSenator Maria Vance, a Democrat, spoke to reporters.")
    found = build_parties((doc,))
    held = {p.name for p in found if p.id in officials(found)}
    assert "Paul Okafor" not in held and "Maria Vance" in held


def test_an_authority_saying_what_the_company_did_is_an_allegation():
    body = ("Northwind Corp. shipped 40,000 drones last year. Northwind Corp. said its drones were safe. "
            "The Federal Trade Commission said on Friday that Northwind had fitted about 40,000 drones with a "
            "hidden switch.")
    assert central_statements(body)[-1].category == "allegation"


def test_clauses_of_the_same_kind_stay_one_statement():
    got = statements("Northwind shares closed down 13.5% on the Nasdaq, while the broader index rose about 1.6%.")
    assert [(s.category, s.text) for s in got] == [
        ("market_impact", "Northwind shares closed down 13.5% on the Nasdaq, while the broader index rose about 1.6%.")]


def test_a_clause_with_no_cue_of_its_own_belongs_to_its_neighbour():
    got = statements("Shares of Northwind closed down 1.3% at $40.80 on Monday, while rivals Eastgate Corp. and "
                     "Harbor Inc. ended little changed.")
    assert [(s.category, s.text) for s in got] == [
        ("market_impact", "Shares of Northwind closed down 1.3% at $40.80 on Monday, while rivals Eastgate Corp. "
                          "and Harbor Inc. ended little changed.")]


def test_statement_citation_is_verbatim():
    raw = STORY + "Northwind shares fell 8% in early trading on Tuesday."
    doc = make_doc(raw)
    got = extract_statements(doc, build_parties((doc,)))
    assert [raw[s.citation.start:s.citation.end] for s in got] == [s.text for s in got]


def test_statement_names_its_parties():
    (st,) = statements("The Federal Trade Commission opened an investigation into Northwind on Monday.")
    assert st.parties == ("party-federal-trade-commission", "party-northwind")


def test_relative_dates_resolve_against_the_publication_date():
    (st,) = statements("The Federal Trade Commission opened an investigation into Northwind on Monday.")
    assert [(st.text[d.start:d.end], d.value) for d in st.dates] == [("on Monday", "2025-03-10")]


def test_the_next_day_counts_from_the_last_day_mentioned():
    got = statements("The Federal Trade Commission opened an investigation into Northwind on March 3. "
                     "Northwind denied the allegations the next day.")
    assert [[d.value for d in s.dates] for s in got] == [["2025-03-03"], ["2025-03-04"]]


def test_market_moves_years_before_the_story_are_background():
    assert category("Northwind shares plunged 20% in 2019, wiping out $2 billion of market value.") == "background"


def test_old_wrongdoing_uncovered_now_is_still_an_allegation():
    # the scheme ran years before the story, but it is what the story alleges
    assert category("A whistleblower at the branch had warned senior management in 2013 about suspicious "
                    "customers.") == "allegation"
    assert category("Investigators found that managers had inflated sales figures between 2011 and 2015.") \
        == "allegation"


def test_a_sentence_without_cues_that_goes_on_in_an_allegations_paragraph_carries_it_on():
    # the scope and workings of what is alleged, told after the allegation in the same paragraph
    found = statements("The report found that Northwind had hidden defects in its drones. Most of the "
                       "12,000 farms that bought them were in Ohio.\n")
    assert [s.category for s in found] == ["allegation", "allegation"]


def test_a_sentence_without_cues_in_the_next_paragraph_stays_background(monkeypatch):
    """The rules carry an allegation on within its paragraph only (the learned model, which may file any
    background statement by its words, is set aside: this is the rules' carry-over)."""
    monkeypatch.setenv("FACTSHEET_CATEGORY_MODEL", "none")
    found = statements("The report found that Northwind had hidden defects in its drones.\n\n"
                       "Most of the 12,000 farms that bought them were in Ohio.\n")
    assert [s.category for s in found] == ["allegation", "background"]


def test_a_dated_sentence_after_an_allegation_keeps_its_own_category():
    found = statements("The report found that Northwind had hidden defects in its drones. The drones went on "
                       "sale in March 2019.\n")
    assert [s.category for s in found] == ["allegation", "background"]


def test_an_inquiry_that_concluded_is_not_a_finding():
    assert category("Ann Lee said the sum should be settled once the inquiry had concluded.") != "allegation"


def test_a_party_named_in_a_relative_clause_is_not_who_acts():
    # "took over" is what Northwind once did; what the sentence tells is how the branch was run
    assert category("The branch, which Northwind took over when it bought a rival, ran on its own IT "
                    "platform and its checks were never aligned with the group's, the report found.") == "allegation"


def test_dispute_as_a_noun_is_no_denial():
    assert category("Card numbers and dispute documents for about 182,000 customers were also accessed.") \
        != "response"
    assert category("Northwind said it would dispute the findings.") == "response"


def test_old_regulatory_actions_stay_regulatory_actions():
    assert category("The Federal Trade Commission fined Northwind $1 million in 2019.") == "regulatory_action"


# ---- classify alone -------------------------------------------------------------------------

def test_classify_no_comment_flag():
    assert classify("The company declined to comment.")[::2] == ("response", True)


def test_classify_regulator_subject_leans_to_regulatory_action():
    text = "The board said it would review the licence."
    assert (classify(text, "regulator", 9)[0], classify(text, "company", 9)[0]) == ("regulatory_action", "response")


def test_classify_without_cues_is_background():
    assert classify("The drones are painted blue and grey.")[0] == "background"


def test_a_finding_attributed_to_the_regulator_at_the_end_is_an_allegation():
    assert category("Northwind abused its dominant position for a decade, the Federal Trade Commission said.") \
        == "allegation"


@pytest.mark.parametrize("sentence", [
    "The Federal Trade Commission on Monday identified Kestrel Bay, a group of traders believed to be based "
    "abroad, as responsible for the fraud.",
    "The Federal Trade Commission blamed Northwind for the outage that grounded its drones.",
])
def test_whom_an_authority_blames_is_the_allegation(sentence):
    assert category(sentence) == "allegation"


@pytest.mark.parametrize("sentence", [
    "Ruritanian investigators suspect that Northwind paid large sums to officials to sway their decisions.",
    "Investigators say Northwind paid bribes to win the contract.",
])
def test_what_investigators_suspect_is_the_allegation(sentence):
    assert category(sentence) == "allegation"


def test_an_authority_investigating_is_a_regulatory_action():
    assert category("The Federal Trade Commission is investigating possible fraud offences at the company.") \
        == "regulatory_action"


def test_the_company_speaking_for_itself_is_a_response():
    assert category("The drone maker said it would cooperate fully with the investigation.") == "response"


def test_a_fine_and_its_reason_are_two_clauses():
    body = "The Federal Trade Commission fined Northwind $5 million for hiding defects from customers."
    assert [(s.category, s.text) for s in statements(body)] == [
        ("regulatory_action", "The Federal Trade Commission fined Northwind $5 million"),
        ("allegation", "hiding defects from customers.")]


# ---- session 3: denials, obligations, a regulator's guidance, the company's books ------------

@pytest.mark.parametrize("sentence", [
    "Northwind Corp. rejects the accusations.",
    "\"No systems were infiltrated and no passwords were stolen or hacked,\" Ann Lee said.",
    "The claim that this is a data breach is completely false, Northwind said.",
    "According to the report, Ann Lee has not violated her legal obligations.",
    # a report that clears someone, whoever wrote it, answers the allegation
    "The report found she had not breached her legal obligations.",
    # the date of a relative clause tells the party's past, not when the finding came
    "The report concluded that Ann Lee, who became chief executive in 2013, had not breached her legal "
    "obligations.",
    # innocence, no link, baseless claims
    "Her lawyer, Michael Dorn, told Ruritanian television that she was innocent.",
    "Ruritania, which has been named in media reports, says any link to the claims is \u201cbaseless.\u201d",
    "Ann Lee's lawyer said she had nothing to do with the payments.",
])
def test_a_denial_by_the_accused_is_a_response(sentence):
    assert category(sentence) == "response"


@pytest.mark.parametrize("sentence", [
    "Oman has denied any involvement in the affair.",
    "Oman categorically rejected the accusations on Sunday.",
])
def test_a_government_denying_what_it_is_accused_of_responds(sentence):
    assert category(sentence) == "response"
    assert classify(sentence, "government", len("Oman"))[0] == "response"
    # with no word of saying, the denial alone makes it the government's answer
    text = "After the talks, Oman yesterday rejected any suggestion that it was linked to the affair."
    assert classify(text, "government", len("After the talks, Oman"))[0] == "response"


def test_a_government_rejecting_a_request_is_no_denial():
    assert classify("Oman rejected the company's request for a licence.", "government", len("Oman"))[0] \
        != "response"


def test_a_member_expelled_by_a_party_is_the_partys_answer_not_an_act_of_state():
    body = ("The Progress Party is in opposition. The Progress Party has 40 seats.\n"
            "Ann Lee was expelled from the Progress Party on Friday.")
    assert [s.category for s in statements(body)][-1] == "response"
    body = "Ann Lee was suspended by the Federal Trade Commission on Friday."
    assert [s.category for s in statements(body)][-1] == "regulatory_action"


def test_who_holds_a_post_of_a_government_reacts_for_it():
    body = ("The European Union sets trade rules. The European Union met on Monday.\n"
            "Arriving for a meeting of ministers, the European Union\u2019s foreign policy chief Josep Varga called "
            "the news \u201cvery, very worrying.\u201d")
    assert [s.category for s in statements(body)][-1] == "response"


def test_what_a_decision_obliges_the_company_to_do_is_regulatory():
    scores = classify("Northwind must change its rules for drone apps in Europe.", "company", len("Northwind"),
                      central=True)
    assert scores[0] == "regulatory_action"


def test_a_regulators_guidance_is_regulatory():
    assert category("The Federal Trade Commission says the drones are safe to fly and owners need not act.") \
        == "regulatory_action"


@pytest.mark.parametrize("sentence", [
    "\u201cIt is a complete disaster we are looking at,\u201d Trade Commission chair Ann Lee told a conference.",
    "The Federal Trade Commission said the affair was a shame and that it had not been effective enough.",
    "The Federal Trade Commission said it was concerned about the affair and its effect on drone owners.",
])
def test_a_regulators_reaction_without_action_or_guidance_is_a_response(sentence):
    assert category(sentence) == "response"


@pytest.mark.parametrize("sentence", [
    "The Federal Trade Commission said it was working closely with the carriers.",
    "The Federal Trade Commission said 85,000 of the accounts had been charged fees.",
    "The Federal Trade Commission said it was looking at why the warning light came on.",
])
def test_a_regulator_at_work_is_not_reacting(sentence):
    assert category(sentence) != "response"


@pytest.mark.parametrize("sentence", [
    "Northwind Corp. said it would set aside provisions of $2 billion to cover the costs of the recall.",
    "Chief executive Ann Lee said the outage had cost the company about $500 million.",
    # its finances under strain: borrowing, covenants, cancelled orders
    "Average net borrowing this year was expected to come in at about £925m, well above the forecast.",
    "Northwind Corp. faces a breach of its banking covenants at the end of December.",
    "Skyway Air said on March 22 it had asked to cancel its order for 49 Northwind jets.",
    # a fortune or a value put lower than before
    "Forbes now values Ann Roe's fortune at zero, down from $4.5 billion a year ago.",
    "Northwind Corp. was valued at about $9 billion by its last investors, down from $10 billion.",
    # its business: clients and sponsors leaving, orders falling
    "Northwind lost its biggest client, the pension fund Kestrel Bay, in March.",
    "Two more clients dropped Northwind this week.",
    "Bookings have dropped sharply since the recall, travel agents said.",
    "Northwind stock has fallen 35% since January.",  # a move told in the perfect
])
def test_what_the_affair_costs_the_company_is_market_impact(sentence):
    assert category(sentence) == "market_impact"


@pytest.mark.parametrize("sentence", [
    "Ann Lee, who ran Northwind Corp. for a decade, resigned on Friday.",
    "Ann Lee had been placed on leave on Thursday night.",
    "Ann Lee, who had joined the board only the day before, takes over as interim chief executive.",
])
def test_an_executive_leaving_or_taking_over_is_the_companys_response(sentence):
    assert category(sentence) == "response"


def test_a_person_called_by_nationality_acts_as_a_person():
    assert classify("The Austrian had already been released from his duties on Thursday.")[0] == "response"
    assert classify("The Canadian subsidiary announced that 8,000 Canadians were affected.")[0] != "response"


def test_a_retirement_planned_before_the_affair_is_not_a_departure():
    assert category("Ann Lee, the head of community banking, is retiring at the end of the year.") == "background"


@pytest.mark.parametrize("sentence", [
    "Sen. Ann Lee (D-Mass.) told him, \"You should resign,\" and called his answer weak.",
    "\u201cYou should resign,\u201d Sen. Ann Lee (D-Mass.) told the chief executive of Northwind Corp.",
])
def test_a_party_label_in_brackets_does_not_hide_the_speech_verb(sentence):
    assert dict(statements(sentence)[0].features)["speaks"] == 1.0


def test_halting_sales_is_the_companys_response():
    assert category("Northwind Corp. halted sales of the affected drones over the weekend.") == "response"


@pytest.mark.parametrize("sentence", [
    "Researchers said Northwind Corp. obtained the flight data of two million customers without their consent.",
    "Hidden-camera footage appeared to show Northwind Corp. executives offering bribes to officials.",
])
def test_misconduct_without_an_allegation_word_is_an_allegation(sentence):
    assert category(sentence) == "allegation"


def test_an_official_investigating_acts_for_the_authority():
    scores = classify("\u201cWe are investigating the circumstances in which the data may have been illegally "
                      "acquired,\u201d the commissioner said.", "official", -1, attributed=True)
    assert scores[0] == "regulatory_action"


def test_summoning_the_company_to_explain_is_regulatory():
    assert category("The Federal Trade Commission has invited Ann Lee to testify before its board next week.") \
        == "regulatory_action"


# ---- session 4 ------------------------------------------------------------------------------

def test_the_misconduct_words_of_a_denial_do_not_make_it_an_allegation():
    # four misconduct words ("infiltrated", "stolen", "hacked", "sensitive") all inside what is denied
    assert category("\u201cPeople knowingly provided their information, no systems were infiltrated, and no "
                    "passwords or sensitive pieces of information were stolen or hacked.\u201d") == "response"


def test_a_companys_vice_president_speaks_for_the_company_not_a_government():
    body = ("Paul Okafor, Northwind's vice president and deputy general counsel, spoke on Saturday.\n"
            "\u201cThe claim that this is a data breach is completely false,\u201d Okafor said on Saturday, "
            "adding that \u201cno systems were infiltrated and no passwords were stolen or hacked.\u201d")
    assert [s.category for s in statements(body)][-1] == "response"
    doc = make_doc(STORY + body + "\nSenator Maria Vance, a Democrat, spoke to reporters.")
    found = build_parties((doc,))
    held = {p.name for p in found if p.id in officials(found)}
    assert "Paul Okafor" not in held and "Maria Vance" in held


@pytest.mark.parametrize("sentence, expected", [
    ("The company also accused the agency of rushing to file an inaccurate complaint.", "response"),
    ("Northwind accused regulators of leaking its documents to the press.", "response"),
    # someone else accusing the company is the allegation itself
    ("Former employees accused Northwind of hiding defects in its drones.", "allegation"),
])
def test_the_accused_accusing_its_accuser_replies(sentence, expected):
    assert central_statements(sentence)[-1].category == expected


def test_the_companys_president_holds_no_public_office_and_speaks_for_the_company():
    # "the company's president and chief executive" names no firm, but it is a firm's post
    body = ("Paul Okafor, the company's president and chief executive, apologised on Friday.\n"
            "Okafor said a committee led by him would investigate the cause.")
    found = build_parties((make_doc(STORY + body), make_doc(STORY, file="b.txt")))
    assert "Paul Okafor" not in {p.name for p in found if p.id in officials(found)}
    okafor = next(p.id for p in found if p.name == "Paul Okafor")
    assert okafor in central_parties(found, 2)
    assert [s.category for s in central_statements(body)][-1] == "response"


def test_the_founder_and_chairman_named_by_several_articles_speaks_for_the_company():
    # his role names no firm at all, and no other body: a post at the firm the story is about
    a = "Founder and chairman Sung Ka Lok wrote to staff on Tuesday.\n"
    b = "In a letter, founder and chairman Sung Ka Lok said Northwind Corp. would deliver homes.\n"
    found = build_parties((make_doc(STORY + a), make_doc(STORY + b, file="b.txt")))
    assert next(p.id for p in found if p.name == "Sung Ka Lok") in central_parties(found, 2)


def test_an_exceedance_reported_by_a_regulator_is_an_allegation():
    assert category("The software turns the filters on during tests, where the drones emit up to 40 times the "
                    "allowed level of noise, according to the Federal Trade Commission.") == "allegation"


def test_what_a_regulator_says_the_central_company_did_is_an_allegation():
    body = "The Federal Trade Commission says Northwind programmed its drones to report false flight times."
    assert central_statements(body)[-1].category == "allegation"


@pytest.mark.parametrize("sentence", [
    "Analysts said the direct cost of the outage should be manageable for a company of its size.",
    "Customers will stay and discounts will be needed for years, according to analysts at Harbour Securities.",
])
def test_the_markets_view_of_the_affair_is_market_impact(sentence):
    assert category(sentence) == "market_impact"


def test_an_outside_experts_words_are_commentary_not_a_reply():
    # described by what she does (no listed title), at a university: an outside expert, not a party answering
    assert category("Helen Ardley, an environmental toxicologist at Eastbridge University, said burning the "
                    "chemicals could have produced dioxins that settle in soil.") == "background"


def test_a_researchers_words_are_not_the_markets_view():
    # a lecturer is a commentator, not a market voice: what he says stays what it is
    assert category("Aleksandr Petrenko, a psychology lecturer, said he had built the app for research.") \
        != "market_impact"


@pytest.mark.parametrize("sentence", [
    "The Wall Street Journal reported last month that the commission was preparing a fine of about $50 million.",
    "The penalty was well above the $50 million reported by the Wall Street Journal last month, when people "
    "familiar with the matter said the regulator was preparing its decision.",
])
def test_an_earlier_report_of_a_planned_action_is_background(sentence):
    assert category(sentence) == "background"


def test_a_pledge_about_this_case_is_a_response_not_speculation():
    assert category("Northwind \"will cooperate fully with the agencies to establish all of the facts of this "
                    "case,\" Ann Lee said.") == "response"


def test_a_capital_city_that_acts_stands_for_its_government():
    assert category("Brussels also ordered Northwind to remove the provisions within 90 days.") \
        == "regulatory_action"


@pytest.mark.parametrize("sentence", [
    "Northwind Corp. suspended its chief operating officer on Tuesday, after footage appeared to show him "
    "offering bribes to officials.",
    "Northwind Corp. grounded its own fleet of delivery drones that night.",
    "Northwind Corp. has hired an outside law firm to review its sales practices.",
    # an attacked firm containing the damage
    "Northwind Corp. stopped taking orders on its shop pages after the breach.",
    "Northwind Corp. paused deliveries from two depots while engineers checked the systems.",
])
def test_what_the_company_does_about_the_affair_is_a_response(sentence):
    assert category(sentence) == "response"


@pytest.mark.parametrize("sentence", [
    "The bank said the document was falsified and carried forged signatures of its officers.",
    "The auditor refused to sign off on the accounts of Northwind Corp. because it could not confirm the cash.",
])
def test_forged_records_and_refused_audits_are_allegations(sentence):
    assert category(sentence) == "allegation"


# ---- session 6: what the company disclosed, after the share move ----------------------------------

def test_a_share_move_and_the_disclosure_behind_it_are_two_clauses():
    body = ("Northwind shares fell 14% on Friday after the company said hackers had stolen the data of "
            "2 million customers.")
    assert [(s.category, s.text) for s in statements(body)] == [
        ("market_impact", "Northwind shares fell 14% on Friday"),
        ("allegation", "the company said hackers had stolen the data of 2 million customers.")]


def test_shortly_after_only_times_the_move():
    body = "Northwind shares fell 3% shortly after the Federal Trade Commission announced the fine."
    assert len(statements(body)) == 1


@pytest.mark.parametrize("sentence, expected", [
    ("Northwind said on Friday that hackers had accessed the records of 2 million customers.", "allegation"),
    ("Northwind said about 8,000 customers in Canada were affected.", "allegation"),
    ("Hours after the filing, Northwind said it had detected unauthorised transactions on its platform.",
     "allegation"),
    ("Northwind told users that its exchange had been hacked.", "allegation"),
    # what its own product may do: the defect the affair is about
    ("Northwind said the battery casing in the scooters may crack and overheat.", "allegation"),
    ("Northwind said on Saturday that two lots of its oat flour may be contaminated.", "allegation"),
    # a reply: what was not affected, or a denial of the harm
    ("Northwind said drones running its older software were not affected.", "response"),
    ("Northwind said no customer records were stolen.", "response"),
    ("Northwind said it would cooperate with the investigation.", "response"),
])
def test_the_company_disclosing_what_was_done_to_it_is_the_incident(sentence, expected):
    assert central_statements(sentence)[-1].category == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Northwind said on Sunday that employees had falsified inspection data on parts shipped to 200 customers.",
     "allegation"),
    ("The company said staff at two plants had rewritten quality certificates to hide defects.", "allegation"),
    ("Northwind said the test data had been falsified so that parts appeared to meet specifications.", "allegation"),
    ("The company had said that staff had rewritten quality certificates for parts sent to 200 companies.",
     "allegation"),
    ("Northwind said the data had been altered so that parts appeared to pass.", "allegation"),
    # a denial of it, or its own people's work with no wrongdoing in it, stays a reply
    ("Northwind said employees had not falsified any inspection data.", "response"),
    ("Northwind said employees had worked through the weekend to check every shipment.", "response"),
])
def test_the_company_disclosing_what_its_own_people_did_is_the_affair(sentence, expected):
    assert central_statements(sentence)[-1].category == expected


@pytest.mark.parametrize("sentence", [
    "Northwind called the report baseless and threatened legal action.",
    "On Sunday it published a reply of 400 pages in which it described the report as an attack on the country.",
    "Then Northwind put out a rebuttal, which called the allegations malicious.",
    "Northwind's chief information officer and chief security officer retired on Friday.",
    "Ann Lee, a member of the board, becomes non-executive chairman.",
    "Last Friday Northwind parted with its chief security officer.",
    # a rescue offered and withdrawn
    "On Tuesday, Northwind agreed to buy its rival's international business in a non-binding deal.",
    "The next day Northwind backed out, saying the problems were beyond its control.",
])
def test_the_accused_answering_the_report_or_changing_its_leaders_is_a_response(sentence):
    assert central_statements(sentence)[-1].category == "response"


@pytest.mark.parametrize("sentence", [
    "The inquiry is led by retired judge Paul Okafor.",
    "The rebuttal did little to halt the sell-off in Northwind shares on Monday.",
])
def test_a_retired_judge_or_a_rebuttal_named_is_no_response(sentence):
    assert central_statements(sentence)[-1].category != "response"


@pytest.mark.parametrize("sentence", [
    "Ann Lee, the former chief executive of Northwind, has been arrested on suspicion of fraud and market "
    "manipulation, prosecutors said on Tuesday.",
    "Ann Lee turned herself in on Monday evening after prosecutors obtained a warrant for her arrest.",
    "Northwind Corp. will pay $185 million in penalties to settle allegations that its staff opened fake accounts.",
    # what an investigation looks into is its reason: "investigating suspected false accounting"
    "Frankfurt prosecutors said they were investigating suspected false accounting, market manipulation and breach "
    "of trust at Northwind in the years 2019 and 2020.",
])
def test_an_arrest_or_a_settlement_is_the_action_and_its_reason_no_allegation(sentence):
    assert central_statements(sentence)[-1].category == "regulatory_action"


def test_a_clause_opening_with_a_word_that_starts_like_a_conjunction_keeps_it():
    got = statements("The Federal Trade Commission fined Northwind $5 million on Monday; assets of the drone maker "
                     "rose 3% that week.")
    assert got[-1].text.startswith("assets of the drone maker")


def test_a_quotation_whose_speaker_is_named_in_the_sentence_before_is_that_speakers_statement():
    """'"…," the regulator said. "It is a disgrace."': the second sentence is the regulator's reaction, not
    background, though no one is named in it (the quotation finder knows who spoke)."""
    from generator.quotes import extract_quotes

    doc = make_doc(STORY + 'Tom Reyes, a Northwind spokesman, spoke on Tuesday. '
                   '"We owe every customer an apology," Reyes said. "We will earn back their trust, one flight '
                   'at a time."\n')
    ps = build_parties((doc,))
    central = frozenset(p.id for p in ps if p.name.startswith("Northwind") or p.name == "Tom Reyes")
    spoken = tuple((q.start, q.end, q.speaker) for q in extract_quotes(doc, ps) if q.speaker)
    last = [s for s in extract_statements(doc, ps, central, spoken) if "earn back" in s.text]
    assert [s.category for s in last] == ["response"]
    unlinked = [s for s in extract_statements(doc, ps, central) if "earn back" in s.text]
    assert [s.category for s in unlinked] == ["background"]  # what the sentence says alone


def test_a_statement_opening_with_a_quotation_is_its_speakers_though_another_follows():
    from generator.quotes import extract_quotes
    from generator.statements import story_statements

    doc = make_doc(STORY + "Ann Roe, a fraud investigator, released a report on Thursday accusing Northwind of fraud.\n"
                   "Ann Roe alleged that Northwind had hidden losses.\nAnn Roe accused Northwind of lying.\n"
                   "Ann Roe alleged that Northwind had misstated its reserves.\n"
                   "\"Northwind's accounting fraud amounts to a third of its market value,\" the report states, "
                   "adding that the sum makes it \"a bigger fraud than any before.\"\n")
    ps = build_parties((doc,))
    spoken = {doc.article.file: tuple((q.start, q.end, q.speaker) for q in extract_quotes(doc, ps) if q.speaker)}
    (st,) = [s for s in story_statements((doc,), ps, spoken) if "a third" in s.text]
    assert st.category == "allegation"


@pytest.mark.parametrize("sentence", [
    "Opposition MPs demanded an investigation into Northwind by the Federal Trade Commission.",
    "Senators from both parties have demanded answers from Northwind.",
    "Opposition politicians have called for an inquiry into the watchdog's role.",
])
def test_legislators_demanding_an_inquiry_react_they_do_not_act(sentence):
    assert category(sentence) == "response"


def test_a_regulator_demanding_documents_acts():
    assert category("The Federal Trade Commission demanded documents from Northwind and ordered an audit.") \
        == "regulatory_action"


@pytest.mark.parametrize("sentence", [
    "Northwind responded on Sunday, saying the report was a fraud built on stolen documents.",
    "Ann Lee has defended the company, calling the allegations of fraud a smear.",
])
def test_a_party_replying_answers_whatever_words_the_answer_uses(sentence):
    assert category(sentence) == "response"


def test_an_authority_that_responded_by_banning_acts():
    assert category("The Federal Trade Commission responded by banning the drones from sale.") == "regulatory_action"


def test_an_authority_going_to_law_acts():
    """The attorney general suing is the state's action; 'sued' alone reads as an allegation."""
    assert category("Attorney General Maura Healey sued Northwind last Tuesday, the first state to do so.") \
        == "regulatory_action"


@pytest.mark.parametrize("sentence", [
    "Bloomberg reported last week that the Federal Trade Commission is examining whether Northwind misled buyers.",
    "The Federal Trade Commission has opened a criminal investigation into the sales, Northwind said.",
])
def test_who_acts_in_a_report_is_the_one_reported_on(sentence):
    """A news agency reporting is not the actor; the authority it reports on is. An investigation
    opened with adjectives ("a criminal investigation") is still opened."""
    assert category(sentence) == "regulatory_action"


def test_the_items_under_a_line_announcing_findings_are_allegations():
    body = ("Among his findings, according to the filing:\n\n"
            "- The companies did not keep a list of their bank accounts.\n"
            "- Corporate funds were used to buy homes for staff.\n\n"
            "Key dates:\n\n- Drones went on sale in the spring.\n")
    found = [(s.text, s.category) for s in statements(body) if s.text.startswith(("The", "Corporate", "Drones"))]
    assert found == [("The companies did not keep a list of their bank accounts.", "allegation"),
                     ("Corporate funds were used to buy homes for staff.", "allegation"),
                     ("Drones went on sale in the spring.", "background")]


def test_what_the_press_reports_about_the_accused_is_an_allegation():
    # no misconduct word: what the report uncovered is what the story is about
    assert central_statements("On March 2, the news site Ledgerly Times reported that Northwind kept most of its "
                              "reserves in its own token.\n")[0].category == "allegation"
    # a report of what an authority plans is not an allegation
    assert central_statements("The Ledgerly Times reported that the Federal Trade Commission kept a list of "
                              "drone makers.\n")[0].category != "allegation"


def test_the_accused_finding_no_evidence_answers():
    assert category("Northwind said it had found no evidence of unauthorized access to its customer "
                    "databases.") == "response"


@pytest.mark.parametrize("sentence, expected", [
    ("The board has hired an outside law firm to run an independent investigation into the sales practices.",
     "response"),
    ("Northwind is now also under investigation by the Federal Trade Commission.", "regulatory_action"),
])
def test_investigations_commissioned_and_undergone(sentence, expected):
    assert category(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The public prosecutor's office Munich I has been investigating Ann Lee since June on suspicion of fraud.",
     "regulatory_action"),
    ("Police searched the offices of Northwind in Aschheim on Tuesday.", "regulatory_action"),
])
def test_an_authority_named_by_what_it_is_acts(sentence, expected):
    assert category(sentence) == expected


def test_the_company_telling_police_is_not_an_authority_acting():
    (st,) = statements("The company told police it had found loose bolts on two of its drones.\n")
    assert st.category != "regulatory_action"


@pytest.mark.parametrize("sentence", [
    "In the afternoon the paper closed 44.0 per cent lower at 14.37 euros.",
    "On Tuesday it closed at 95.93 dollars, a minus of around 33 per cent since the disclosure.",
    "In the morning it collapsed by up to 35 per cent, before recovering in the afternoon.",
    "Tamara Greenfield, bank analyst at Coldwater Partners, cut her rating on Northwind to neutral.",
])
def test_moves_told_size_first_and_analyst_ratings_are_market_impact(sentence):
    assert category(sentence) == "market_impact"


@pytest.mark.parametrize("told, accuser", [
    # fired for asking questions, accused of nothing: the whistleblower
    ("Northwind Corp. fired its chief executive, Jane Roe, on Friday. Jane Roe said the fees could not be "
     "justified.", True),
    ("Jane Roe, the chief executive of Northwind Corp., was abruptly dismissed on Friday. Roe said the payments "
     "had to be explained.", True),
    # ousted and arrested: the accused
    ("Northwind Corp. ousted its chairman, Jane Roe, on Friday. Jane Roe was arrested on suspicion of fraud.", False),
])
def test_an_insider_fired_and_accused_of_nothing_is_an_accuser(told, accuser):
    from generator.statements import accusers

    doc = make_doc(told)
    ps = build_parties((doc,))
    assert ({p.name for p in ps if p.id in accusers((doc,), ps)} == {"Jane Roe"}) is accuser


ACCUSED = ("Northwind Corp. makes delivery drones. Greyhound Research alleged that Northwind inflated its sales. "
           "Greyhound Research accused Northwind of using shell companies.\n"
           "In a second report, Greyhound Research alleged that the drones had never been tested.\n")


def test_a_party_that_keeps_accusing_and_is_never_accused_is_the_accuser():
    from generator.statements import accusers

    doc = make_doc(ACCUSED)
    ps = build_parties((doc,))
    assert {p.name for p in ps if p.id in accusers((doc,), ps)} == {"Greyhound Research"}
    assert accusers((doc,), ps, at_least=4) == frozenset()


def test_an_accuser_described_in_between_and_one_that_publishes_a_report_accuse():
    from generator.statements import accusers

    doc = make_doc("Northwind Corp. makes drugs. Greyhound Research, which is run by short seller Ann Roe, alleged "
                   "that Northwind booked phantom sales.\n"
                   "Greyhound Research, run by short seller Ann Roe, published a report comparing Northwind to a "
                   "failed energy trader.\n"
                   "On Oct. 21, Greyhound Research, the firm of short seller Ann Roe, published a report titled "
                   "\"Could This Be the Next Failure?\"\n")
    ps = build_parties((doc,))
    assert {p.name for p in ps if p.id in accusers((doc,), ps)} == {"Greyhound Research"}


def test_what_the_accuser_says_is_the_allegation_and_its_rejoinder_a_reply():
    from generator.statements import story_statements

    doc = make_doc(ACCUSED + "Greyhound Research said Northwind had moved money through 38 firms in Mauritius.\n"
                   "Greyhound Research said it stood by its report in full.\n")
    ps = build_parties((doc,))
    got = {s.text: s.category for s in story_statements((doc,), ps)}
    assert got["Greyhound Research said Northwind had moved money through 38 firms in Mauritius."] == "allegation"
    assert got["Greyhound Research said it stood by its report in full."] == "response"


def test_an_accuser_who_was_once_a_trader_alleges_not_a_market_view():
    from generator.statements import story_statements

    doc = make_doc("Ann Roe, a former bond trader turned fraud investigator, accused Northwind Corp. of fraud.\n"
                   "Ann Roe alleged that Northwind had hidden about $12 billion of losses.\n"
                   "Ann Roe accused Northwind of understating the cost of its insurance business.\n"
                   "Northwind said the claims were meritless.\n")
    ps = build_parties((doc,))
    got = {s.text: s.category for s in story_statements((doc,), ps)}
    assert got["Ann Roe alleged that Northwind had hidden about $12 billion of losses."] == "allegation"


@pytest.mark.parametrize("sentence", [
    "Critics say Northwind pursued its own pilots for years while insisting the drones were safe.",
    "Former employees said the company kept two sets of flight logs.",
])
def test_the_affairs_critics_speaking_allege(sentence):
    assert category(sentence) == "allegation"


def test_the_company_after_an_opening_phrase_is_who_it_refers_to_next():
    """'In the document, the company said ... so that Greyhound could profit. It said ...': "It" is the
    company, not the short seller named last."""
    body = ("Greyhound Research, a short seller, accused Northwind of fraud on Tuesday.\n"
            "In the document, the company said the claims were a lie meant to let Greyhound Research profit "
            "from its short positions. It said the report ignored what its public filings already disclosed.\n")
    got = {s.text[:10]: s for s in central_statements(body)}
    assert got["In the doc"].category == "response"  # "the company" after the opening phrase
    assert got["It said th"].category == "response"
    assert dict(got["It said th"].features)["central"] == 1.0  # "It" is the company


def test_what_follows_saying_is_the_word_of_who_acts_before_it():
    """"Lee resigned, saying she took responsibility": her reason is her statement, one response with
    the resignation, not a background clause of its own."""
    doc = make_doc(STORY + "Ann Lee resigned on Tuesday, saying she was taking responsibility for the failures "
                           "that had engulfed the group.")
    ps = build_parties((doc,))
    central = frozenset(p.id for p in ps if p.name.startswith("Northwind") or p.name == "Ann Lee")
    (st,) = [s for s in extract_statements(doc, ps, central) if s.citation.start >= len(STORY)]
    assert st.category == "response"
    assert st.text.endswith("engulfed the group.")


@pytest.mark.parametrize("sentence", [
    "The allegations surface just as Northwind prepares to list its shares in New York.",
    "The accusations against Northwind emerge amid a wider dispute over drone exports.",
    "The allegations have drawn attention from lawmakers, who worry about stolen customer data.",
    "The allegations surrounding Northwind's unauthorised use of customer data raise serious questions about privacy.",
])
def test_a_sentence_about_the_allegations_is_commentary(sentence):
    """It places the allegations in context; it does not make one, however many misconduct words it repeats."""
    assert category(sentence) == "background"


def test_the_allegations_told_are_still_allegations():
    assert category("The allegations say Northwind used stolen customer data without authorization.") == "allegation"


@pytest.mark.parametrize("sentence", [
    "In a preliminary review published on 24 July, the company said a bug in its test software let the update through.",
    "The drone company stressed that older models were not affected and that no customer data was lost.",
])
def test_the_company_named_by_what_it_is_answers(sentence):
    """The head noun may come after a modifier ("the drone company"), and the subject after a long
    opening phrase."""
    (st,) = central_statements(sentence)
    assert st.category == "response"
    assert dict(st.features)["central"] == 1.0


def test_a_company_named_after_its_description_is_that_company():
    """'The French energy group Totalfirm said …': the name that follows is who acts, not the story's company."""
    (st,) = central_statements("The French energy group Totalfirm said its exposure to the bonds was small.")
    assert dict(st.features)["central"] == 0.0


@pytest.mark.parametrize("sentence", [
    "In the night to Monday, the board announced that the cash held in trust accounts most likely did not exist.",
    "On Tuesday night the company admitted that the cash held in trust accounts most likely did not exist.",
])
def test_the_board_or_the_company_after_a_time_phrase_is_the_story_company(sentence):
    (st,) = central_statements(sentence)
    assert dict(st.features)["central"] == 1.0
    # (what the company "admitted" the golds file mostly as the allegation it confirms, 11 to 4: the category
    # model trained on them may too; an announcement is its reply)
    assert st.category == "response" or (st.category == "allegation" and "admitted" in sentence)


def test_a_minister_defending_the_watchdog_reacts():
    """A minister who "defended" or "stood by" someone answers the affair; that is no act of government."""
    body = ("Finance Minister Karl Berger leads the finance ministry.\n"
            "Finance Minister Karl Berger, appearing by video link, defended the Federal Trade Commission, saying "
            "its staff had worked hard and done their job.\n")
    doc = make_doc(STORY + body)
    ps = build_parties((doc,))
    assert any(p.name == "Karl Berger" for p in ps)
    got = [s for s in extract_statements(doc, ps) if "defended" in s.text]
    assert [s.category for s in got] == ["response"]


def test_regulators_saying_what_the_company_did_allege():
    """"Regulators say that ..." is the authorities' case against the company, like "the agency said"."""
    (st,) = central_statements("Regulators say that for years Northwind opened accounts without its customers' "
                               "permission to hit sales targets.")
    assert st.category == "allegation"


def test_analysts_opening_the_sentence_give_the_markets_view_whatever_they_discuss():
    """"Analysts said the grounding …, but warned that …": one market statement, the warning included
    (what follows ", but warned that" is the same speakers' word)."""
    (st,) = statements("Analysts said the direct cost of the grounding of the drones should be manageable, but "
                       "warned that repeated quality lapses could slow Northwind's plans to raise production.")
    assert st.category == "market_impact"
    assert st.text.endswith("raise production.")


def test_an_analyst_weighing_the_fine_gives_the_markets_view():
    """An analyst quoted on the size of a fine is pricing it, not fining anyone."""
    got = statements("Maya Roth, an analyst at Harbour Securities, follows Northwind closely. “We now model a "
                     "penalty of between $2 billion and $6 billion,” said Roth.")
    assert got[-1].category == "market_impact"


@pytest.mark.parametrize("sentence", [
    "Northwind does not want to comment on the size of Ann Lee's severance pay.",
    "The regulator will not comment on individual cases.",
])
def test_not_wanting_to_comment_is_no_comment(sentence):
    (st,) = statements(sentence)
    assert (st.category, st.no_comment) == ("response", True)


@pytest.mark.parametrize("sentence", [
    "Northwind didn't respond to a request for comment on Tuesday.",
    "The regulator didn’t immediately respond to a request for comment.",
    "Northwind has been approached for comment.",
    "We have reached out to Northwind for comment and will update this story if we hear back.",
    "Northwind has yet to respond to the findings.",
])
def test_contracted_and_newsroom_non_answers_are_no_comment(sentence):
    (st,) = statements(sentence)
    assert (st.category, st.no_comment) == ("response", True)


def test_a_non_answer_inside_a_quotation_is_the_speakers_words():
    (st,) = statements("“The rescue did not answer what happens to the bank’s profits,” said Ann Lee, an analyst "
                       "at Harwell Capital.")
    assert not st.no_comment


def test_a_refusal_and_its_reason_are_one_statement():
    (st,) = statements("Northwind declined to comment on the engineer's role, saying it would not discuss "
                       "individual employees.")
    assert (st.no_comment, st.text.endswith("individual employees.")) == (True, True)


@pytest.mark.parametrize(("present", "past"), [
    ("March 21: The Federal Trade Commission orders Northwind to pay for the cleanup.",
     "March 21: The Federal Trade Commission ordered Northwind to pay for the cleanup."),
    ("21 March 2025 – Northwind is fined $5 million by the Federal Trade Commission.",
     "21 March 2025 – Northwind was fined $5 million by the Federal Trade Commission."),
])
def test_a_dated_list_tells_the_past_in_the_present_tense(present, past):
    # "Feb. 21: The EPA orders ...": the line of a timeline reads as "ordered" does in running text
    (now,), (then,) = central_statements(present), central_statements(past)
    assert (now.category, now.scores) == (then.category, then.scores)
    assert now.citation.quote == present  # the citation keeps the article's words


@pytest.mark.parametrize("sentence", [
    "Northwind's shares have been suspended in Hong Kong since mid-April.",
    "The exchange halted trading in Northwind's stock on Friday.",
])
def test_a_trading_halt_is_the_market_s_verdict(sentence):
    assert category(sentence) == "market_impact"


def test_a_year_a_record_is_measured_from_is_not_the_story_s_history():
    # "the biggest drop since it listed in 2004" is a move of today, not an event of 2004
    assert category("Northwind's stock fell as much as 42% in early trade, the biggest one-day drop since it "
                    "listed in 2004.") == "market_impact"
    assert category("Northwind's drones were grounded in 2019 after two crashes.") == "background"


@pytest.mark.parametrize("sentence", [
    "Governor Paul Okafor accused Northwind in a letter on Tuesday of giving responders false information.",
    "Governor Paul Okafor said he had written to prosecutors, accusing it of putting profit before people.",
])
def test_an_official_accusing_the_accused_makes_an_allegation(sentence):
    (st,) = [s for s in central_statements(sentence) if "accus" in s.citation.quote]
    assert st.category == "allegation"


def test_the_accused_accusing_its_critic_answers():
    (st,) = central_statements("Northwind accused the short seller Gray Fox Research of spreading falsehoods.")
    assert st.category != "allegation"


# ---- officials reacting, sanctions imposed -------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Prime Minister Ann Roe told reporters on Friday the scheme was \u201ca gross betrayal\u201d that had been "
    "imposed on the poorest citizens.",
    "Finance Minister Ann Roe said the government would respond in full to the recommendations.",
])
def test_an_official_whose_words_do_nothing_but_speak_reacts(sentence):
    """The office alone does not make words an act of government: a minister's verdict or promise to
    respond is the government's response (a sanction "imposed on" people is no fine either)."""
    assert classify(sentence, "official", 0)[0] == "response"


@pytest.mark.parametrize("sentence", [
    "The regulator imposed a record fine on Northwind Corp. on Monday.",
    "The conditions are the toughest the regulator has ever imposed.",
])
def test_imposing_a_sanction_is_a_regulatory_action(sentence):
    assert category(sentence) == "regulatory_action"


# ---- courts, harm done, plaintiffs, governments acting -------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A state judge ruled on Friday that the broadcasts about Northwind Corp. were false.",
    "The judge has set jury selection to begin on April 13.",
    "The judge postponed the start of the trial from Monday to Tuesday.",
])
def test_a_courts_rulings_and_timetable_are_regulatory_actions(sentence):
    assert category(sentence) == "regulatory_action"


def test_a_judge_speaks_for_the_court():
    """Named with the title, a judge's words are the court's (an order, a decision), not a reply."""
    found = statements("Judge Ann Keswick oversees the case. Keswick issued a 90-page ruling on Friday.")
    assert found[-1].category == "regulatory_action"


def test_a_judge_titled_justice_speaks_for_the_court_and_a_minister_of_justice_does_not():
    found = statements("Mr Justice Tom Keswick heard the case in London. Keswick said he would hear further "
                       "arguments on what order the court should make.")
    assert found[-1].category == "regulatory_action"
    assert not a_judge("the Attorney-General and Minister of Justice") and not a_judge("a Justice Department lawyer")


@pytest.mark.parametrize("sentence", [
    "On May 24, Northwind Corp. detonated explosives at the gorge, destroying two ancient rock shelters.",
    "Northwind Corp. blew up two rock shelters that had been occupied for 46,000 years.",
])
def test_harm_done_to_what_was_protected_is_the_allegation(sentence):
    assert category(sentence) == "allegation"


@pytest.mark.parametrize("sentence", [
    "Within days, owners reported that their Northwind Corp. handsets had caught fire while charging.",
    "The agency said Northwind Corp. had received 92 reports of batteries overheating, including 26 reports of burns.",
    "The agency said it knew of 39 incidents in which children were pulled under the rear of the machine.",
    "The injuries included broken bones, cuts and severe abrasions.",
    "The Northwind Corp. drone poses serious risks to children, the agency said.",
])
def test_harm_a_product_does_to_its_users_is_the_allegation(sentence):
    assert category(sentence) == "allegation"


def test_a_plaintiff_accused_once_in_return_is_still_the_accuser():
    from generator.statements import accusers

    doc = make_doc("Halvern Systems sued Northwind Corp. in 2021. Halvern Systems filed a defamation suit in "
                   "Delaware. Halvern Systems has also sued two of its hosts.\n"
                   "Halvern Systems alleges that the hosts knew.\n"
                   "A Northwind spokesperson accused Halvern Systems of taking remarks out of context.\n")
    ps = build_parties((doc,))
    assert {p.name for p in ps if p.id in accusers((doc,), ps)} == {"Halvern Systems"}


def test_a_government_the_story_is_about_announcing_a_law_acts():
    text = "The state government has said it will introduce a bill to replace the act later this year."
    assert classify(text, "government", len("The state government"), central=True)[0] == "regulatory_action"
    text = "The state government said it rejected the commission's findings."
    assert classify(text, "government", len("The state government"), central=True)[0] == "response"


@pytest.mark.parametrize("sentence", [
    "Northwind Corp. said on Tuesday that the Federal Trade Commission had requested documents about its drones.",
    "Northwind said on Oct. 18 that the Justice Department had subpoenaed records of its drone sales.",
    "Ann Lee said the government had instructed the company to ground the drones within a week.",
])
def test_a_party_telling_what_an_authority_did_is_a_regulatory_action(sentence):
    assert central_statements(sentence)[-1].category == "regulatory_action"


def test_a_party_telling_what_an_authority_is_tells_no_action():
    got = central_statements("Northwind said the regulators are independent and that it trusted them.")
    assert got[-1].category == "response"


@pytest.mark.parametrize("sentence", [
    "The governor said he had made a criminal referral to the attorney general over the crash.",
    "The ministry referred the case to prosecutors on Friday.",
])
def test_a_case_handed_to_prosecutors_is_a_regulatory_action(sentence):
    assert category(sentence) == "regulatory_action"


def test_a_suit_and_the_charge_it_brings_are_two_statements():
    got = central_statements("The Federal Trade Commission sued Northwind Corp. on Monday, accusing the company "
                             "of hiding defects in its delivery drones.")
    assert [(s.category, s.citation.quote.split()[0]) for s in got] == [
        ("regulatory_action", "The"), ("allegation", "accusing")]


def test_the_accused_accusing_its_critic_in_a_participle_still_replies():
    got = central_statements("Northwind Corp. released a 40-page reply on Sunday, accusing the short seller "
                             "Blue Harbor Research of a calculated attack on the company.")
    assert {s.category for s in got} == {"response"}


@pytest.mark.parametrize("sentence", [
    "Northwind admitted on Oct. 8 that staff falsified strength data on its drones.",
    "Northwind admitted that the falsification of quality data had spread beyond its drone business.",
    "Northwind acknowledged that the misconduct had not been limited to a few people and said a committee would "
    "investigate.",
])
def test_the_accused_admitting_its_wrong_tells_the_affair(sentence):
    assert central_statements(sentence)[-1].category == "allegation"


@pytest.mark.parametrize("sentence", [
    "Northwind acknowledged that rival firms abroad were constantly trying to distill its models.",
    "Northwind acknowledged the mistakes and apologised to its customers.",
])
def test_the_accused_admitting_a_risk_or_a_mistake_replies(sentence):
    assert central_statements(sentence)[-1].category == "response"


def test_a_recall_the_company_announces_with_its_regulator_is_the_regulators_act():
    (st,) = statements("Northwind Corp. and the Federal Trade Commission jointly announced a voluntary recall of "
                       "about 125,000 drones on Wednesday.")
    assert st.category == "regulatory_action"


def test_an_authority_urging_the_public_acts():
    # its guidance is part of what it does, not a reply to the affair
    text = "The Product Safety Board on Saturday urged people with young children to stop using Northwind drones."
    assert classify(text, "regulator", len("The Product Safety Board"), central=True)[0] == "regulatory_action"


@pytest.mark.parametrize("sentence", [
    "Northwind Corp. also missed a $45.2 million coupon due Sept. 29, with a grace period that ends on Oct. 29.",
    "Under the terms of the bond, it has a 30-day grace period before a missed payment becomes a default.",
])
def test_debt_the_company_fails_to_service_is_market_impact(sentence):
    assert category(sentence) == "market_impact"


def test_those_it_dealt_with_telling_what_was_done_to_them_allege():
    assert category("Retail investors say they were misled into buying high-yield products from its Northwind "
                    "Corp. unit, which they were told were safe.") == "allegation"


@pytest.mark.parametrize("sentence", [
    "Northwind Corp.'s board removed Ann Lee as chairman on Thursday.",
    "Northwind Corp.'s board voted on Tuesday to remove Ann Lee as its chairman.",
])
def test_the_company_removing_its_chairman_answers_the_affair(sentence):
    assert central_statements(sentence)[-1].category == "response"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In July a jury in St. Louis awarded $4.69 billion to 22 women and their families.", "regulatory_action"),
    ("The $4.69 billion verdict was handed down on Monday.", "regulatory_action"),
    ("The Bombay High Court later set that order aside.", "regulatory_action"),
    ("The review delivered a damning verdict on the scheme's design.", "background"),
])
def test_a_jurys_award_and_a_court_setting_an_order_aside_are_the_courts_acts(sentence, expected):
    assert category(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "A Halden jury found on Aug. 10 that Northwind Corp.'s weedkiller contributed to a groundskeeper's cancer "
    "and that the company failed to warn him.",
    "Judge Maria Okafor ruled on Friday that statements Northwind Corp. aired about the voting firm were false.",
])
def test_what_a_court_finds_is_its_verdict_not_one_sides_case(sentence):
    stmts = central_statements("Northwind Corp. faces thousands of lawsuits. Northwind Corp. denies wrongdoing.\n"
                               + sentence)
    assert stmts[-1].category == "regulatory_action"


@pytest.mark.parametrize("sentence", [
    "Twenty people have been hospitalised after eating Northwind's meals, the Federal Trade Commission said.",
    "No deaths have been reported.",
    "The number of people sickened has risen to 37, according to state health officials.",
])
def test_the_toll_on_people_is_the_harm_alleged(sentence):
    (st,) = central_statements(sentence)
    assert st.category == "allegation"


@pytest.mark.parametrize("sentence", [
    "The model was grounded after two crashes in 2019 that killed 346 people.",  # an old accident's toll
    "Northwind said it would pay the family of each person killed in the crash.",  # the accused's remedy
])
def test_a_toll_told_of_the_past_or_by_the_accused_is_not_the_allegation(sentence):
    (st,) = central_statements(sentence)
    assert st.category != "allegation"


def test_an_outside_lawyer_is_a_commentator_and_a_sides_lawyer_is_not():
    # a practitioner at a firm of her own speaks as an expert; the accused's lawyer speaks for a side
    doc = make_doc(STORY + "Mary Becker, a regulatory partner at the law firm Dunmore Kell, said she expected other "
                   "firms to look at their own books.\n\n"
                   "Tom Roe, a lawyer for Northwind, said he expected other firms to look at their own books.")
    ps = build_parties((doc,))
    outside = commentators(ps)
    assert {p.name for p in ps if p.id in outside} >= {"Mary Becker"}
    assert "Tom Roe" not in {p.name for p in ps if p.id in outside}


@pytest.mark.parametrize("sentence", [
    "The Federal Trade Commission also says that during checkout, buttons signed shoppers up for a plan without "
    "making the monthly charge clear.",
    "In the complaint, the agency said Northwind leaders had slowed changes that would have cut unwanted sign-ups.",
])
def test_what_a_regulator_says_someone_else_did_is_the_allegation(sentence):
    assert category(sentence) == "allegation"


def test_a_regulators_own_concern_is_still_its_reaction():
    assert category("The Federal Trade Commission said it was concerned about the delays.") == "response"


def test_an_authority_asking_for_records_is_a_regulatory_action():
    assert category("Northwind disclosed that the agency is seeking the production of certain financial and "
                    "operating records dating from 2018.") == "regulatory_action"


def test_a_tables_row_claims_no_category():
    # its cells say no more than figures and dates: shown as background, with its dates
    (st,) = statements("| 13 Mar 2023 | Northwind fined $5m by the regulator | -61.8% |")
    assert st.category == "background"
