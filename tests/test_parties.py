"""Parties: recognition, alias merging, kinds, role lines; what is not a party."""
from __future__ import annotations

import re

import pytest

from generator.mentions import find_mentions
from generator.models import Article, Document, Party
from generator.parties import alias_index, build_parties, norm_name
from generator.segment import segment_article


def make_doc(raw: str, file: str = "a.txt", published: str | None = "2025-03-12") -> Document:
    return segment_article(Article(file=file, raw=raw, encoding="utf-8", sha256="0" * 64, title="t",
                                   published=published))


def parties(*raws: str) -> tuple[Party, ...]:
    return build_parties(tuple(make_doc(r, file=f"{i}.txt") for i, r in enumerate(raws)))


def by_name(ps: tuple[Party, ...]) -> dict[str, Party]:
    """Party by canonical name or any alias."""
    return {n: p for p in ps for n in (p.name, *p.aliases)}


def names(ps: tuple[Party, ...]) -> set[str]:
    """Comparison keys of the canonical names (so "Northwind Corp." and "Northwind" both give "northwind")."""
    return {norm_name(p.name) for p in ps}


# ---- names ----------------------------------------------------------------------------------

def test_norm_name_drops_suffix_possessive_and_article():
    assert [norm_name(n) for n in ("Northwind Corp.", "Northwind’s", "Northwind's", "the Northwind Inc", "Northwind")] \
        == ["northwind"] * 5


def test_norm_name_keeps_a_lone_suffix_word():
    assert norm_name("Group") == "group"


# ---- alias merging --------------------------------------------------------------------------

def test_a_town_named_often_but_never_acting_is_no_party():
    ps = by_name(parties(
        "The dam burst near Mariana in 2015. Critics compared the new collapse to the Mariana disaster.",
        "Criminal charges over Mariana are still pending, Northwind Corp. said.",
        "Northwind Corp. took the job of cleaning up Mariana after 2015. Mariana, never again, the motto says."))
    assert "Mariana" not in ps and "Northwind Corp." in ps


def test_a_thing_also_written_as_a_common_noun_is_no_party_for_being_named_often():
    ps = by_name(parties(
        "The structure, known as Dam I, gave way at the Northwind Corp. mine. The dam had been inactive for years.",
        "Rescuers searched the mud below the collapsed Dam I on Monday. Northwind Corp. said the dam was stable.",
        "Inspectors had certified Dam I as stable, and the collapse of Dam I came weeks later. The dam was old."))
    assert "Dam" not in ps and "Northwind Corp." in ps


def test_a_name_may_begin_with_a_letter_outside_ascii():
    ps = by_name(parties("Ömer Çelik, the ministry's spokesman, said on Monday that Northwind had broken the rules. "
                         "Çelik added that the company had been warned twice. The Élysée Palace said it was watching."))
    assert ps["Ömer Çelik"].kind == "person" and ps["Çelik"] is ps["Ömer Çelik"]
    assert "Élysée Palace" in ps


def test_a_person_whose_names_have_accents_is_a_person():
    ps = by_name(parties("“We gave them every chance,” said Ömer Çelik, the ministry's spokesman. Élodie Durand, "
                         "an analyst at Acme Securities, said the fine was small."))
    assert ps["Ömer Çelik"].kind == "person" and ps["Élodie Durand"].kind == "person"


def test_a_name_with_a_small_word_of_another_language_is_one_name():
    ps = by_name(parties("Banco do Brasil said on Monday it had cut its lending to Northwind. Banco do Brasil's "
                         "shares fell 2%."))
    assert "Banco do Brasil" in ps and "Banco" not in ps and "Brasil" not in ps


def test_a_body_that_speaks_after_its_acronym_and_a_day_is_a_party():
    ps = by_name(parties("India’s Directorate General of Civil Aviation (DGCA) on Friday told passengers not to "
                         "switch the phones on."))
    assert ps["Directorate General of Civil Aviation"].kind == "government"


def test_a_carmaker_named_motor_is_a_company():
    ps = by_name(parties("Ford Motor on Tuesday said it would check its parts. Ford Motor shares fell 2%."))
    assert ps["Ford Motor"].kind == "company"


def test_company_with_and_without_suffix_is_one_party():
    ps = parties("Northwind Corp. said on Monday it would appeal. Northwind shares fell 4%. "
                 "Analysts at Northwind said little.")
    got = by_name(ps)
    assert got["Northwind Corp."] is got["Northwind"]
    assert got["Northwind"].kind == "company"


def test_company_suffix_on_any_mention_makes_a_company():
    # the suffix is on the rarer written form; the canonical name is the short one
    ps = parties("Northwind Corp. did not respond to a request for comment.",
                 "A Northwind spokesperson said the company would appeal.")
    assert [(norm_name(p.name), p.kind) for p in ps] == [("northwind", "company")]


def test_possessives_with_straight_and_curly_apostrophes_are_the_same_party():
    ps = parties("Northwind Corp. was fined. Northwind's shares fell. Northwind’s board met on Tuesday.")
    got = by_name(ps)
    assert got["Northwind"] is got["Northwind Corp."]
    assert [c.quote for c in got["Northwind"].mentions] == ["Northwind Corp.", "Northwind", "Northwind"]


def test_surname_is_the_person_named_in_full_earlier():
    ps = parties("Ann Lee, Northwind's chief executive, said the company had done nothing wrong. "
                 "Lee added that it would cooperate.")
    lee = by_name(ps)["Lee"]
    assert (lee.name, lee.kind, lee.aliases) == ("Ann Lee", "person", ("Lee",))


def test_surname_in_another_article_merges_with_the_full_name():
    ps = parties("Trade Minister Paul Okafor said the ministry was watching.", "Okafor declined to give details.")
    assert by_name(ps)["Okafor"].name == "Paul Okafor"


def test_head_noun_merges_with_the_full_name():
    ps = parties("The US Navy said it had paused contracts with Northwind Corp. The Navy said the pause was temporary.")
    navy = by_name(ps)["Navy"]
    assert (navy.name, navy.kind) == ("US Navy", "government")


def test_acronym_in_parentheses_merges_with_its_expansion():
    ps = parties("The Federal Trade Commission (FTC) opened an inquiry. The FTC said the review would take months.")
    ftc = by_name(ps)["FTC"]
    assert (ftc.name, ftc.kind) == ("Federal Trade Commission", "regulator")


def test_acronym_without_parentheses_merges_with_its_expansion():
    ps = parties("The National Consumer Safety Board said it had opened an inquiry into Northwind Corp.",
                 "The NCSB said it expected answers from Northwind Corp. by Friday.")
    ncsb = by_name(ps)["NCSB"]
    assert (ncsb.name, ncsb.kind) == ("National Consumer Safety Board", "regulator")


def test_an_acronym_merges_with_an_expansion_that_starts_with_a_country():
    ps = parties("The U.S. Consumer Safety Board said it had opened an inquiry into Northwind Corp.",
                 "The US Consumer Safety Board said Northwind Corp. had hidden defects.",
                 "The CSB said it expected answers from Northwind Corp. by Friday.")
    csb = by_name(ps)["CSB"]
    assert csb.kind == "regulator"
    assert {"U.S. Consumer Safety Board", "US Consumer Safety Board", "CSB"} <= {csb.name, *csb.aliases}


def test_a_name_with_and_without_its_country_is_one_party():
    ps = parties("The U.S. National Consumer Safety Board said it had opened an inquiry into Northwind Corp.",
                 "The National Consumer Safety Board said Northwind Corp. had hidden defects.",
                 "The NCSB said it expected answers from Northwind Corp. by Friday.")
    board = by_name(ps)["NCSB"]
    assert {"U.S. National Consumer Safety Board", "National Consumer Safety Board"} <= {board.name, *board.aliases}


def test_the_head_of_a_name_with_of_is_that_body():
    ps = parties("The Securities Commission of Ruritania froze the assets of Northwind Corp. on Thursday.",
                 "The Securities Commission said it acted to protect clients of Northwind Corp.")
    commission = by_name(ps)["Securities Commission"]
    assert (commission.name, commission.kind) == ("Securities Commission of Ruritania", "regulator")


def test_a_surname_after_a_generational_suffix_is_the_person():
    ps = parties("Northwind Corp. named John J. Ray III as chief executive on Friday. "
                 "Ray said he had never seen such a failure of controls.")
    ray = by_name(ps)["Ray"]
    assert (ray.name, ray.kind) == ("John J. Ray III", "person")


def test_alias_index_maps_every_written_form_to_the_party():
    ps = parties("The Federal Trade Commission (FTC) opened an inquiry. The FTC said the review would take months.")
    index = alias_index(ps)
    assert (index["federal trade commission"], index["ftc"]) == ("party-federal-trade-commission",) * 2


def test_party_id_is_derived_from_the_name():
    ps = parties("Northwind Corp. said on Monday it would appeal. Northwind shares fell 4%.")
    assert [p.id for p in ps] == ["party-northwind"]


# ---- kinds ----------------------------------------------------------------------------------

def test_kinds_of_parties():
    ps = parties("Northwind Corp. was fined. The Federal Trade Commission said the fine was final. "
                 "Trade Minister Paul Okafor said the ministry agreed. The Ministry of Trade said it would act. "
                 "The Harbour Times reported the fine first. Northwind told Reuters it would appeal.")
    got = {p.name: p.kind for p in ps}
    assert {n: got.get(n) for n in ("Northwind", "Federal Trade Commission", "Paul Okafor", "Ministry of Trade",
                                     "Harbour Times", "Reuters")} == {
        "Northwind": "company", "Federal Trade Commission": "regulator", "Paul Okafor": "person",
        "Ministry of Trade": "government", "Harbour Times": "media", "Reuters": "media"}


def test_a_deposit_insurer_with_a_company_suffix_is_a_regulator():
    ps = parties("The Ruritanian Deposit Insurance Corp. took control of Northwind Bank on Friday. "
                 "The Ruritanian Deposit Insurance Corp. said depositors would be paid.")
    assert by_name(ps)["Ruritanian Deposit Insurance Corp."].kind == "regulator"


def test_country_body_is_a_government_party():
    ps = parties("US officials said they were reviewing the deal with Northwind Corp.")
    assert ("US government", "government") in {(p.name, p.kind) for p in ps}


def test_an_office_set_off_before_the_name_is_the_persons_role():
    ps = parties("The Minister of Justice, Ann Roe, said the state would seek compensation from Northwind Corp.")
    assert by_name(ps)["Ann Roe"].role == "The Minister of Justice"


def test_a_firm_named_with_its_country_and_a_spanish_y():
    ps = parties("Northwind Corp. formed a consortium with the Spanish Ledgerly and the Chilean Roe y Becker.\n\n"
                 "Roe y Becker said it was not involved. Ledgerly said it would stay in the group. Chilean "
                 "prosecutors said they had opened an inquiry.")
    assert {p.name for p in ps} == {"Northwind Corp.", "Ledgerly", "Roe y Becker", "Chilean government"}


def test_a_country_whose_name_opens_with_its_adjective_keeps_it():
    # (the country's adjective opens its name: no firm "Republic" of that country)
    ps = parties("Northwind Corp. built a port in the Dominican Republic. The Dominican Republic fined the company "
                 "on Monday.")
    assert not any(p.name == "Republic" for p in ps)


def test_filing_codes_and_the_names_of_rules_are_no_parties():
    ps = parties("Northwind AG said on Monday it would book a provision of EUR 1.2 bn.\n\nThe offer was made under "
                 "the Ruritanian Securities Board (Issue of Capital and Disclosure Requirements) Regulations.\n\n"
                 "Registered Office: 12 Harbour Road, Rotherby\n\nLanguage: English\nCompany: Northwind AG\n"
                 "ISIN: XX0001234567\nWKN: 123456\nEnd of News")
    assert {p.name for p in ps} == {"Northwind AG", "Ruritanian Securities Board"}


def test_a_countrys_body_named_with_a_products_noun_is_a_party():
    ps = parties("Northwind Corp. sold its funds in the US. Tom Becker, the head of the US Marshals "
                 "Service's New York office, said the case was closed.")
    assert "US Marshals Service" in {p.name for p in ps}


def test_the_analyst_an_earnings_calls_operator_hands_over_to_is_a_person():
    ps = parties("Northwind AG reported a loss on Friday.\n\nOperator\n\nThe next question comes from Sanna "
                 "Vikstrom from Rotherby Equities. Please go ahead.")
    assert ("Sanna Vikstrom", "person") in {(p.name, p.kind) for p in ps}


def test_a_first_name_that_is_also_a_word_opens_a_sentence_as_a_name():
    # "Will" opens the sentence, but a surname and what he does at a firm follow: a person, named in full
    ps = parties("Northwind Corp. lost its lenders' support on Friday.\n\nWill Tarrow, a restructuring partner "
                 "at the law firm Ledgerly who has no part in the case, said lenders had lost faith.")
    assert ("Will Tarrow", "person") in {(p.name, p.kind) for p in ps}


def test_a_name_the_corpus_only_writes_with_an_apostrophe_s_is_one_name():
    # "Hare’s Head" is never "Hare" alone: one company, not "Hare" and a title "Head"
    ps = parties("Hare’s Head Provisions Co. recalled 3 million tins of soup on Friday.\n\n"
                 "On Monday, Hare’s Head said it would close the plant. Hare's Head shares are not listed.")
    assert {p.name for p in ps} == {"Hare’s Head Provisions Co."}


def test_a_possessive_is_no_name_where_the_word_is_written_alone_too():
    ps = parties("Rotherby’s Harbour Board fined Northwind Corp. on Monday. Rotherby’s Harbour Board said more "
                 "fines would follow. Rotherby is a port town.")
    assert "Rotherby’s Harbour Board" not in {p.name for p in ps}


def test_an_agency_whose_name_has_and_before_service_is_one_body():
    ps = parties("The Fish Safety and Inspection Service said on Monday that Northwind Corp. had recalled its "
                 "salmon.")
    assert {p.name for p in ps} == {"Fish Safety and Inspection Service", "Northwind Corp."}


def test_a_us_state_written_short_after_a_town_is_no_party():
    ps = parties("Establishment: Northwind Provisions Co., Inc., Rotherby, Va.\n\nNorthwind Provisions Co., a "
                 "Rotherby, Va. establishment, is recalling soup.",
                 "The plant in Rotherby, Va., has been idle since June. The family of Ann Roe, a 64-year-old from "
                 "Portage, Va., who fell ill in June, has sued. Records cover the plant in Rotherby, Va., from May.")
    assert "Va" not in {p.name for p in ps}


def test_a_lawyer_for_a_family_named_after_a_quotation_is_a_person():
    # "the family’s lawyer" is no product family
    ps = parties("Northwind Corp. recalled its soup on Friday.\n\n“Nobody should fall ill from a bowl of soup,” "
                 "said Tom Becker, the family’s lawyer.")
    assert ("Tom Becker", "person") in {(p.name, p.kind) for p in ps}


def test_a_person_of_a_firm_in_a_town_is_named_without_the_town():
    ps = parties("Northwind Corp. was sued on Monday by Tom Becker.\n\n‘My client paid for it,’ said his lawyer, "
                 "Nadira Voss of the Leeds firm Ledgerly & Grier.")
    assert "Nadira Voss" in {p.name for p in ps}


def test_a_broadcast_scripts_sound_bite_labels_name_people():
    ps = by_name(parties(
        "Northwind plant to close\n"
        "[00:00:00] ANCHOR: Good evening. Northwind Corp. will close its plant.\n"
        "[00:00:14] REPORTER (voice-over): The shift heard it on the radio.\n"
        "[00:00:37] SOT — Ann Roe, forklift driver, nine years at the depot: We had no warning at all.\n"
        "[00:00:52] REPORTER (voice-over): The union is angry.\n"
        "[00:01:08] SOT — Tom Becker, steward, Local 12: Two hundred jobs go with it.\n"
        "[00:01:20] ANCHOR: Thank you.\n"))
    assert {"Ann Roe", "Tom Becker"} <= set(ps)
    assert not any(n.startswith(("Sot", "SOT", "Reporter", "REPORTER", "Anchor")) for n in ps)


def test_a_sum_in_a_currency_written_with_a_letter_is_no_party():
    ps = parties("Northwind Ltd said its equity was overstated by R2.1 billion to R2.9 billion. The shares last "
                 "traded at R12.40 before the halt.",
                 "Northwind Ltd said equity would be cut by R2.1 billion to R2.9 billion. They last traded at R12.40, "
                 "about 70% below their peak.")
    assert {p.name for p in ps} == {"Northwind Ltd"}


def test_a_name_ending_in_a_capitalised_adverb_keeps_it():
    ps = parties("Northwind Corp. paid about $8 million to Rotherby Now, a nonprofit group, prosecutors said. "
                 "Rotherby Now pleaded guilty in February.")
    assert {p.name for p in ps} == {"Northwind Corp.", "Rotherby Now"}


def test_who_signs_a_filed_document_is_a_person():
    ps = parties("Northwind Corp. agreed to pay a civil penalty of $12 million.\n\nAGREED:\n\nNORTHWIND CORP.\n\n"
                 "By:  /s/ K. Anselm Hurt                    Date: March 9, 2020\n     K. Anselm Hurt\n"
                 "     Executive Vice President and General Counsel\n")
    assert ("K. Anselm Hurt", "person") in {(p.name, p.kind) for p in ps}


def test_a_name_that_declines_to_comment_is_a_party():
    # asked for comment, once: a party of the story
    ps = parties("Northwind Corp. shares fell on Thursday. Its store on the Ledgerly marketplace could no longer be "
                 "found. Rotherby Digital declined to comment. Harbourline did not respond.")
    assert {"Rotherby Digital", "Harbourline"} <= {p.name for p in ps}


def test_an_operations_code_name_is_no_party_nor_its_name_without_the_head():
    ps = parties("Northwind Corp. has been at the centre of Operation Clean Ledger, a three-year investigation. "
                 "Operation Clean Ledger began in 2014. The judge overseeing the Clean Ledger cases, Ann Roe, said "
                 "the Clean Ledger inquiry would go on.")
    assert {p.name for p in ps} == {"Northwind Corp.", "Ann Roe"}


def test_a_name_before_led_is_the_leader_not_a_party_named_led():
    ps = parties("Short seller Rotherby Research published a report on Northwind Group on Tuesday. The Ann Roe-led "
                 "conglomerate denied it. Ann Roe declined to comment.")
    assert {p.name for p in ps} == {"Rotherby Research", "Northwind Group", "Ann Roe"}


def test_a_country_named_only_as_a_setting_is_no_party():
    ps = parties("Northwind Corp. paid $40 million to officials in Paraguay, with the rest going to Bolivia. "
                 "The sum is small compared with Paraguay, an analyst said.")
    assert {p.name for p in ps} == {"Northwind Corp."}


def test_a_country_that_acts_is_a_party():
    ps = parties("Northwind Corp. paid $40 million to officials in Paraguay. Paraguay barred the company from "
                 "public contracts on Monday.")
    assert any(p.name.startswith("Paraguay") and p.kind == "government" for p in ps)


def test_one_official_of_a_country_is_its_government():
    ps = parties("A French official said the deal with Northwind Corp. was under review.")
    assert ("French government", "government") in {(p.name, p.kind) for p in ps}


def test_an_outlet_named_with_a_leading_the_is_not_a_person():
    ps = parties("The Daily Ledger reported that Northwind Corp. had been warned. "
                 "The Daily Ledger said the warning came in 2023.")
    assert by_name(ps)["Daily Ledger"].kind != "person"


# ---- roles ----------------------------------------------------------------------------------

def test_role_from_an_apposition():
    ps = parties("Ann Lee, Northwind's chief executive, said the company had done nothing wrong.")
    lee = by_name(ps)["Ann Lee"]
    assert (lee.role, [c.quote for c in lee.role_citations]) == ("Northwind's chief executive",
                                                                 ["Northwind's chief executive"])


@pytest.mark.parametrize("sentence, name, role", [
    # a person described by whatever she is, listed title or not; an age between is no role
    ("Gary Pollitt, 61, a retired steelworker, said the creek had been white with dead fish.",
     "Gary Pollitt", "a retired steelworker"),
    ("Helen Ardley, an environmental toxicologist at Eastbridge University, said the smoke held dioxins.",
     "Helen Ardley", "an environmental toxicologist at Eastbridge University"),
])
def test_role_of_a_person_from_a_descriptive_apposition(sentence, name, role):
    assert by_name(parties(sentence))[name].role == role


def test_role_from_a_title_before_the_name():
    ps = parties("Treasury Department adviser Maria Chen said the review was routine.")
    assert by_name(ps)["Maria Chen"].role == "Treasury Department adviser"


@pytest.mark.parametrize("text, name, role", [
    ("The company's chief executive, Jane Roe, said Northwind Corp. would appeal.", "Jane Roe",
     "The company's chief executive"),
    ("Fox Corp's chief legal officer, Jane Roe, told the court it would appeal.", "Jane Roe",
     "Fox Corp's chief legal officer"),
    ("Northwind Corp. dismissed the chief operating officer, Jane Roe, on Monday.", "Jane Roe",
     "the chief operating officer"),
    ("Its chairman, Jane Roe, resigned from Northwind Corp. on Monday.", "Jane Roe", ""),  # whose, it does not say
])
def test_role_set_off_by_commas_before_the_name(text, name, role):
    assert by_name(parties(text + f" {name.split()[-1]} told reporters it was unfair."))[name].role == role


@pytest.mark.parametrize("text, name, role", [
    ("Prosecutor-General Raquel Dodge said the company would be charged.", "Raquel Dodge", "Prosecutor-General"),
    ("UN Secretary-General Antonio Guterres said the attack was unacceptable.", "Antonio Guterres",
     "UN Secretary-General"),
    ("Commission Vice-President Maria Roe said the rules were clear.", "Maria Roe", "Commission Vice-President"),
])
def test_a_title_written_with_a_hyphen_is_split_off_the_name(text, name, role):
    ps = by_name(parties(text + f" {name.split()[-1]} told reporters it was serious."))
    assert ps[name].kind == "person" and ps[name].role == role


def test_role_from_a_capitalised_title():
    ps = parties("Trade Minister Paul Okafor said the ministry was watching closely.")
    assert by_name(ps)["Paul Okafor"].role == "Trade Minister"


def test_role_of_an_organisation_from_an_apposition():
    ps = parties("Harbor Capital, the company's largest investor, said it supported the board. "
                 "Harbor Capital added that it would vote against the plan.")
    assert by_name(ps)["Harbor Capital"].role == "the company's largest investor"


@pytest.mark.parametrize("text, role", [
    ("The case was referred to the Harbour Securities Commission, the Federal Police and the Public Service "
     "Commissioner. The Harbour Securities Commission said it would assess it.", ""),
    ("Greta Lind, the Business and Trade Secretary, said the review was urgent. Greta Lind said it was urgent.",
     "the Business and Trade Secretary"),
])
def test_a_list_of_names_after_a_comma_is_no_role(text, role):
    """"X, Y and Z": the names after the comma are other parties in a list, not what X is."""
    (first, *_rest) = [p for p in parties(text) if p.name in ("Harbour Securities Commission", "Greta Lind")]
    assert first.role == role


def test_role_citation_is_verbatim_in_the_raw_text():
    raw = "Ann Lee, Northwind's chief executive, said the company had done nothing wrong."
    lee = by_name(parties(raw))["Ann Lee"]
    assert [raw[c.start:c.end] for c in lee.role_citations] == [c.quote for c in lee.role_citations]


# ---- not parties ----------------------------------------------------------------------------

def test_weekdays_and_months_are_not_parties():
    ps = parties("On Monday, Northwind Corp. said it would appeal. In March, Northwind Corp. said it had paid.")
    assert names(ps) == {"northwind"}


def test_words_of_time_are_not_parties():
    ps = parties("Earlier this month the Pentagon ordered Northwind Corp. to stop. Earlier this week, on Wednesday, "
                 "Northwind Corp. said it had signed. Earlier, Northwind Corp. had paid. Today’s focus is the vote. "
                 "Today’s vote is close. Today’s hearing is the last. Later, Northwind Corp. said it would appeal.")
    assert names(ps) == {"northwind", "pentagon"}


def test_places_are_not_parties():
    ps = parties("Northwind Corp. said its plant in Springfield, Ohio, would close. "
                 "Workers in Chicago said Northwind Corp. had warned them.")
    assert names(ps) == {"northwind"}


def test_country_alone_is_not_a_party():
    ps = parties("Northwind Corp. said it would keep selling drones in China and the United States.")
    assert names(ps) == {"northwind"}


def test_products_are_not_parties():
    ps = parties("Northwind Corp. said its Skyline app remained available. "
                 "The Skyline app was downloaded 2 million times, Northwind Corp. said.")
    assert names(ps) == {"northwind"}


def test_measures_cash_machines_and_id_numbers_are_not_parties():
    # named in every article, as a story about an outage names them: still no parties
    ps = parties("Northwind Corp. said the outage would cut adjusted property EBITDAR by about $100 million.",
                 "Slot machines, room keys, ATMs and reservations were offline. For some customers, Social Security "
                 "numbers were taken, Northwind Corp. said.",
                 "Adjusted property EBITDAR was $714 million. Digital room keys stopped working, ATMs were offline "
                 "and Social Security numbers of guests were stolen, Northwind Corp. said.",
                 "The outage cost about $100 million in adjusted property EBITDAR, and ATMs were offline for days. "
                 "Social Security numbers were taken, Northwind Corp. said.")
    assert names(ps) == {"northwind"}


def test_a_line_of_business_is_not_a_party():
    # what a company reports its results in: "its Widget Systems segment", "business areas, X, Y and Z"
    text = ("Northwind Corp. said its Widget Systems and Gadget Works segments booked sales between them. "
            "Northwind Corp.'s other business areas, Widget Systems, Gadget Works and Loom Tech, were unaffected.")
    ps = parties(text, text.replace("booked", "recorded"), "Loom Tech segment sales rose, Northwind Corp. said.")
    assert names(ps) == {"northwind"}


def test_a_substance_is_not_a_party():
    # what is measured, detected or limited of it in water, and its contamination: a chemical, however often named
    around = "Zelorin contamination was found downstream of the plant, Northwind Corp. said."
    ps = parties("The agency set limits for Zelorin chemicals in drinking water. Northwind Corp. said it had "
                 "detected Zelorin in two wells.", around,
                 "Levels of Zelorin in drinking water rose, and the agency set limits on Zelorin, Northwind Corp. "
                 "said.",
                 around)
    assert names(ps) == {"northwind"}


def test_placeholders_are_not_parties():
    ps = parties("Northwind Corp. said it would appeal.\nReporter Name\nEditor\n")
    assert names(ps) == {"northwind"}


def test_the_month_may_is_not_a_party():
    ps = parties("The regulator criticised Northwind Corp. in May and fined it on May 3.",
                 "Since May, Northwind Corp. has cut its dividend.")
    assert names(ps) == {"northwind"}


def test_regions_and_people_in_the_plural_are_not_parties():
    ps = parties("Traders say Northwind Corp. ran its Baltic unit from Tallinn, with clients in the former Soviet "
                 "Union.", "Northwind Corp. said its Baltic and Nordic clients were safe.")
    assert names(ps) == {"northwind"}


def test_a_lowercase_title_before_a_name_makes_a_person():
    ps = parties("“The big unknown is now the courts,” says chief analyst Jonas Brekke, Fjellbank Markets. "
                 "Business minister Ada Holm said the rules would be tightened.")
    assert {p.name: p.kind for p in ps if p.name in ("Jonas Brekke", "Ada Holm")} == {
        "Jonas Brekke": "person", "Ada Holm": "person"}


def test_an_association_named_after_its_description_is_a_party():
    ps = parties("Northwind Corp. faces a lawsuit, says Ada Holm, chairwoman of the shareholder association "
                 "Aksjeforum.")
    assert "aksjeforum" in names(ps)


def test_a_body_named_for_its_country_keeps_the_words_the_text_uses():
    (gov,) = [p for p in parties("U.S. authorities are investigating Northwind Corp.",
                                 "American prosecutors have asked Northwind Corp. for documents.")
              if p.kind == "government"]
    assert (gov.name, set(gov.aliases)) == ("US government", {"U.S. authorities", "American prosecutors"})


def test_section_names_in_boilerplate_are_not_parties():
    ps = parties("Home > Business > Technology\nNorthwind Corp. said it would appeal.\n")
    assert names(ps) == {"northwind"}


def test_every_party_mention_is_verbatim_in_the_raw_text():
    raw = "Northwind Corp. was fined. Northwind’s board met. Ann Lee, its chief executive, said it would appeal."
    ps = parties(raw)
    assert [(raw[c.start:c.end], c.source) for p in ps for c in p.mentions] == [
        (c.quote, "0.txt") for p in ps for c in p.mentions]


def test_a_bare_title_belongs_to_the_one_person_who_carries_it():
    ps = parties("Prime Minister Jane Roe said the law would change. Ms Roe spoke on Monday.\n"
                 "The Prime Minister told lawmakers on Tuesday that she would act.\n")
    roe = by_name(ps)["Jane Roe"]
    assert "Prime Minister" in roe.aliases and "Prime Minister" not in names(ps)


# ---- bodies, places, products, contractions (session 3) -------------------------------------

def test_a_department_named_after_a_title_word_is_a_government_body():
    ps = parties("The Justice Department has opened an investigation into Northwind Corp., a source said.\n"
                 "The Justice Department declined to comment. Northwind said it would cooperate.")
    body = by_name(ps)["Justice Department"]
    assert body.kind == "government"
    assert "Department" not in by_name(ps)


def test_a_portfolio_before_a_ministers_title_is_not_a_party():
    ps = parties("Transport Minister Karl Brenner said Northwind Corp. must recall the cars.\n"
                 "Brenner said the ministry would check every model. Northwind said it would comply.")
    assert "transport" not in names(ps)
    assert by_name(ps)["Karl Brenner"].kind == "person"


def test_a_title_whose_holder_is_named_after_it_is_no_party_of_its_own():
    ps = parties("Ruritania's Finance Minister, Karl Brenner, said Northwind Corp. must repay the fees.\n"
                 "Brenner said the ministry would sue. Northwind said it would contest the claim.")
    assert "finance minister" not in names(ps)
    assert by_name(ps)["Karl Brenner"].kind == "person"


def test_a_legal_form_alone_is_no_party():
    ps = parties("The attorney general charged Northwind Bank International, Northwind Bank (Asia) LLC and "
                 "Northwind Bank (Singapore) Pte. Northwind Bank said it would contest the charges.")
    assert "llc" not in names(ps) and "pte" not in names(ps)


def test_a_known_town_used_as_a_setting_is_not_a_party():
    ps = parties("Northwind Corp. said on Tuesday in Wolfsburg that it would cut jobs.\n"
                 "Shares closed down 5% in Wolfsburg, having fallen 8% earlier.\n"
                 "The board will meet in Wolfsburg on Friday. Northwind said it regretted the decision.")
    assert "wolfsburg" not in names(ps)
    assert "northwind" in names(ps)


def test_a_town_that_is_also_a_surname_stays_a_person():
    ps = parties("Senator Maria Jackson said Northwind Corp. had misled regulators.\n"
                 "Jackson said the company must answer. Northwind declined to comment.")
    assert by_name(ps)["Jackson"].name == "Maria Jackson"


def test_a_contraction_merges_with_its_company():
    ps = parties("Volkerwagen AG said profits would fall. VW shares dropped 10% on Monday.\n"
                 "VW said it would cooperate. Volkerwagen has set aside €1bn.")
    assert by_name(ps)["VW"] is by_name(ps)["Volkerwagen AG"]


def test_a_countrys_ministry_is_its_government():
    ps = parties("Italy’s transport ministry asked Northwind Corp. for information on Tuesday.\n"
                 "Northwind said it would reply.")
    assert by_name(ps)["Italian government"].kind == "government"


def test_model_names_are_products_not_parties():
    ps = parties("The cars include 2012-2015 model year Zephyra and Corvan cars, Northwind Corp. said.\n"
                 "Researchers found that a Zephyra exceeded the limit by 30 times. The plant builds the Zephyra.\n"
                 "Northwind said a Zephyra (2012-2015) would be recalled.")
    assert "zephyra" not in names(ps)


def test_us_at_the_end_of_a_sentence_is_a_place():
    ps = parties("Northwind Corp. sold 400,000 cars in the U.S. Sales fell in the U.S. Northwind said so.")
    assert "us" not in names(ps) and "u.s" not in names(ps)


def test_a_party_described_as_a_firm_is_not_a_person():
    ps = parties("Harbour Analytica, a London-based firm that worked for campaigns, denied wrongdoing.\n"
                 "Harbour Analytica said it had deleted the data. Harbour Analytica's board met on Tuesday.")
    assert by_name(ps)["Harbour Analytica"].kind == "company"


def test_a_person_of_an_organisation_is_two_parties():
    ps = parties("Jason Whitmore of Orchard Lane Research said the shares were cheap.\n"
                 "Whitmore said investors would return. Orchard Lane Research has a buy rating.")
    assert by_name(ps)["Jason Whitmore"].kind == "person"
    assert "orchard lane research" in names(ps)


def test_a_sentence_opening_preposition_is_not_part_of_a_name():
    ps = parties("Across the Atlantic, Northwind Corp. suspended its chief executive.\n"
                 "Across the Atlantic regulators said Northwind must answer questions.")
    assert "across the atlantic" not in names(ps)


def test_a_titled_person_whose_surname_is_a_town_stays_a_person():
    ps = parties("Chief executive Ingrid Wolfsburg said Northwind Corp. would appeal.\n"
                 "Wolfsburg said the company had done nothing wrong. Northwind said so too.")
    assert by_name(ps)["Ingrid Wolfsburg"].kind == "person"


def test_a_lecturer_at_a_university_is_a_person():
    ps = parties("The app was built by Aleksandr Petrenko, a psychology lecturer at the University of Glenmoor.\n"
                 "Petrenko said he had done nothing wrong. Petrenko passed the data on.")
    assert by_name(ps)["Aleksandr Petrenko"].kind == "person"


def test_a_surname_that_is_also_a_town_does_not_make_a_company():
    from generator.parties import _organisation_name

    # "Preston" is a town of more than 15,000 people; only a country or a state names a firm's national arm
    assert not _organisation_name("Oleksandr Preston")
    assert _organisation_name("Northwind Germany")


def test_an_ampersand_joins_a_company_name():
    ps = parties("Northwind & Co will pay $185 million, the bank said.\nNorthwind said it regretted the errors.")
    assert "northwind & co" not in names(ps) or by_name(ps)["Northwind"].aliases
    assert "co" not in names(ps)


def test_a_bare_organisation_noun_describes_an_organisation():
    from generator.parties import _org_role

    assert _org_role().match("bank") and _org_role().match("investment company")
    assert not _org_role().match("bank executive") and not _org_role().match("a lecturer at the bank")


def test_a_given_name_from_the_gendered_lists_makes_a_person():
    ps = parties("Omar Reddy of Lyndale Partners said the short sellers were right.\n"
                 "Reddy said the questions were the right ones.")
    assert by_name(ps)["Omar Reddy"].kind == "person"


def test_a_nationality_is_not_a_party():
    ps = parties("Ann Lee ran Northwind Corp. for 18 years. The Austrian resigned on Friday. "
                 "Two Philippine banks said Northwind was not a client. The Californian said she would act.")
    assert not {"austrian", "philippine", "californian"} & names(ps)


def test_a_party_label_and_a_portfolio_are_not_parties():
    ps = parties(*["Sen. Ann Lee (D-Mass.) told Northwind Corp. to pay. Federal Finance Minister Tom Diaz (SPD) "
                   "defended the regulator: they had done their work."] * 3)
    assert {"ann lee", "tom diaz"} <= names(ps)
    assert not {"d-mass", "finance"} & names(ps)


def test_a_small_town_beside_a_known_place_is_a_place():
    ps = parties("Aschbrook/Munich. Northwind Corp. from Aschbrook in the district of Munich has admitted a gap. "
                 "Investigators searched the offices in Aschbrook near Munich.")
    assert "aschbrook" not in names(ps)
    assert "northwind" in names(ps)


def test_a_long_title_is_split_off_the_name():
    ps = parties("Northwind Group Chief Financial Officer Tavish Roe said the report was baseless. Roe said it again.")
    assert "tavish roe" in names(ps)
    assert by_name(ps)["Tavish Roe"].kind == "person"
    assert not any("officer" in norm_name(p.name) for p in ps)


def test_where_a_party_is_based_is_no_part_of_its_name():
    ps = parties("New York-based Acme Research said Northwind Corp. hid its debts. Acme said it was short the stock. "
                 "Acme Research published the report on Tuesday.")
    assert "acme research" in names(ps) and "new york-based acme research" not in names(ps)
    assert len([p for p in ps if "acme" in norm_name(p.name)]) == 1  # "Acme" is Acme Research


def test_a_maker_named_on_its_product_is_the_party_and_the_product_is_not():
    ps = parties("Northwind Motor Co. found the problem. Northwind said on Monday it would buy a stake.",
                 "The center is where the tests on the Zephyr and the Northwind Motor Co.-badged Dayz were run. "
                 "Northwind shares fell. Acme-built engines were fine.")
    assert [p.name for p in ps if "northwind" in norm_name(p.name)] == ["Northwind Motor Co."]
    assert not any("dayz" in norm_name(n) for p in ps for n in (p.name, *p.aliases))


def test_a_company_named_after_its_founder_is_no_person():
    ps = by_name(parties("Gautam Northwind founded the Northwind Group in 1988. The Northwind Group said the "
                         "report was false. Northwind Group shares fell 20%. Gautam Northwind said he was calm."))
    assert ps["Northwind Group"].kind == "company"
    assert ps["Gautam Northwind"].kind == "person"



def test_a_place_is_no_surname():
    ps = by_name(parties("The Insurance Corporation of Ruritania said its exposure was small. Investors in India "
                         "sold shares. The Insurance Corporation of Ruritania said it would hold its stake. "
                         "Banks in India said they were safe. The Insurance Corporation of India said so too. "
                         "Its chairman said India was calm."))
    assert "India" not in ps
    assert all(p.kind != "person" for p in ps.values())


def test_an_organisation_with_generic_words_keeps_its_acronym():
    ps = by_name(parties("The Abu Dhabi firm International Holding Company will invest $400 million. IHC said its "
                         "interest was driven by confidence. Holding company IHC did not comment further."))
    assert "IHC" in ps


def test_a_foreign_byline_credits_a_person():
    ps = by_name(parties("Northwind admits gap\n\nVon Jana Brückner, Berlin\n\nNorthwind Corp. said on Monday "
                         "that the money was missing."))
    assert ps["Jana Brückner"].kind == "person"
    assert "von jana brückner" not in names(tuple(ps.values()))


def test_a_byline_after_the_desk_credits_the_reporter():
    ps = by_name(parties("Northwind admits gap\n\nLedger Business Desk | Written by Kavita Rane\n\nNorthwind Corp. "
                         "said on Monday that the money was missing."))
    assert ps["Kavita Rane"].kind == "person"


def test_a_person_of_a_firm_from_somewhere_is_a_person_and_the_firm():
    ps = by_name(parties("Another analyst, Fiona Mbeki of London-based Carrick Research, said the episode was "
                         "likely to sharpen scrutiny of Northwind Corp."))
    assert ps["Fiona Mbeki"].kind == "person" and "Carrick Research" in ps


@pytest.mark.parametrize("role", ["a fleet-procurement manager", "a fleet procurement manager"])
def test_a_product_noun_that_begins_a_compound_describes_no_product(role):
    ps = by_name(parties(f"Jared Pohl, {role} at a regional carrier, said his company had been evaluating "
                         "hydrogen trucks from Northwind Corp."))
    assert ps["Jared Pohl"].kind == "person"


def test_a_name_in_a_byline_is_a_person_even_if_the_text_suggests_otherwise():
    ps = by_name(parties("By Devika Raman and Marcus Pinder\n\nNorthwind Corp. said on Monday that the money was "
                         "missing.\n\n(Reporting by Devika Raman in New York and Marcus Pinder in Nassau; Editing "
                         "by Greg Wexford)\n"))
    assert ps["Devika Raman"].kind == "person"


def test_a_byline_names_people_with_the_small_words_of_their_names():
    # "van der", "de", "ter" inside a name do not end it; a credited outlet with "du" in its name stays an outlet
    ps = by_name(parties("By Joost van der Wiel and Marit de Boer\n\nNorthwind Corp. said on Monday that the money "
                         "was missing.\n\nPhoto : Elise Garnier, La Gazette du Lac-Vert\n\n(Reporting by Joost van "
                         "der Wiel and Marit de Boer in Utrecht; Editing by Pim ter Laak)\n"))
    assert ps["Joost van der Wiel"].kind == "person" and ps["Marit de Boer"].kind == "person"
    assert ps["Pim ter Laak"].kind == "person"
    assert ps["La Gazette du Lac-Vert"].kind == "media"


def test_a_name_with_a_particle_is_a_person_when_the_text_says_so():
    # "Joost van Kampen, who teaches law": a person; "Banco do Brasil said" stays a body
    ps = by_name(parties("Joost van Kampen, who teaches financial law at the Amstel Institute, said the case was "
                         "hard. Banco do Brasil said on Monday it would appeal. Casa de Moneda said nothing."))
    assert ps["Joost van Kampen"].kind == "person"
    assert ps["Banco do Brasil"].kind == "company" and ps["Casa de Moneda"].kind == "company"


def test_a_body_described_after_its_short_form_takes_the_kind_its_description_gives():
    # "X (XY), the Ruritanian central bank": a regulator; "the public prosecution service": government
    ps = by_name(parties("The settlement was offered on Monday by the Openbaar Vervolging (OV), the Ruritanian "
                         "public prosecution service. The OV accuses Northwind Corp. of breaking the law. The OV said "
                         "the bank fell short. De Ruritaansche Bank (DRB), the Ruritanian central bank, classifies "
                         "Northwind as systemic. DRB did not respond to a request for comment."))
    bank = next(p for n, p in ps.items() if "Ruritaansche" in n)
    assert bank.kind == "regulator" and bank.role == "the Ruritanian central bank"
    office = next(p for n, p in ps.items() if "OV" in (n, *p.aliases))
    assert office.kind == "government" and office.role == "the Ruritanian public prosecution service"
    # a person's post is no body's description
    ps = by_name(parties("Ann Roe, the chief of police, said on Monday that Northwind Corp. had been searched. Roe "
                         "said the search went on for hours."))
    assert ps["Ann Roe"].kind == "person"


def test_an_outlet_described_before_its_name_is_media():
    ps = by_name(parties("On Nov. 2, the crypto news site Ledgerly reported that Northwind Corp. held its "
                         "reserves in its own token. A report by the news site Ledgerly raised questions."))
    assert ps["Ledgerly"].kind == "media"


def test_a_demonym_of_a_country_ending_in_s_is_no_party():
    ps = by_name(parties("A Bahamian court appointed a liquidator for Northwind Corp. on Monday.",
                         "The regulator ordered that all assets of Northwind Digital, the exchange's Bahamian unit, be "
                         "moved. It had not told Northwind to give Bahamian clients priority, after Northwind said "
                         "so.", "The Bahamian regulator said on Friday it froze assets."))
    assert "Bahamian" not in ps


def test_a_reporters_bio_line_credits_the_reporter_and_the_outlet():
    ps = by_name(parties("Northwind Corp. said on Monday that the money was missing.\n\n"
                         "Jana Brueckner is a senior security reporter at TechLedger.\n"))
    assert ps["Jana Brueckner"].kind == "person"
    assert ps["TechLedger"].kind == "media"


def test_a_name_set_off_after_a_job_title_is_a_person():
    ps = by_name(parties("The opposition demanded an inquiry. The party's communications chief, Jairam Rameshwar, "
                         "said the concerns went beyond one company."))
    assert ps["Jairam Rameshwar"].kind == "person"


def test_a_job_at_an_organisation_makes_a_person():
    ps = by_name(parties("Northwind Corp. shares fell. Vanya Kettleborough, head of equity strategy at Eastgate "
                         "Capital in Singapore, said the sale removed one overhang."))
    assert ps["Vanya Kettleborough"].kind == "person"


def test_the_head_of_a_companys_division_is_a_person():
    ps = by_name(parties("Northwind Corp. will close ten dams, according to a plan presented by Gerd Peter Poppinga, "
                         "head of the company’s ferrous minerals division. Gerd Peter Poppinga presented it twice."))
    assert ps["Gerd Peter Poppinga"].kind == "person"


def test_a_name_with_letters_beyond_ascii_is_a_person_s_name():
    ps = by_name(parties("Northwind Corp. shares fell. \u201eThis is a disaster in slow motion\u201c, said Jörg "
                         "Wiesenthal, credit analyst at Bankhaus Lindemann & Co in Düsseldorf."))
    assert ps["Jörg Wiesenthal"].kind == "person"


def test_a_central_bank_is_a_regulator():
    ps = by_name(parties("The Reserve Bank of Northland said on Friday that the banking sector remains stable. "
                         "The Reserve Bank of Northland asked lenders for their exposure to Northwind Corp."))
    assert ps["Reserve Bank of Northland"].kind == "regulator"


def test_a_town_names_its_prosecutors_and_court_but_is_no_party():
    ps = by_name(parties("Ann Lee was arrested, Springfield prosecutors said. Springfield prosecutors said she "
                         "turned herself in after a Springfield court issued a warrant. The Springfield lawyer "
                         "Paul Okafor said the Springfield police acted fast."))
    assert ps["Springfield prosecutors"].kind == "government"
    assert "Springfield" not in ps


def test_the_towns_of_a_dateline_are_no_parties():
    ps = by_name(parties("LINCOLN/SPRINGFIELD, Sept 8 (Wire Service) - Northwind Corp. was fined. Lincoln "
                         "said it would appeal. Lincoln shares fell.", "Lincoln closed its plant."))
    assert "Lincoln" not in ps


def test_where_a_story_was_filed_from_is_no_party():
    ps = by_name(parties("NEW HARTLEY \u2014 Northwind Corp. said on Tuesday that the water in the village was safe. "
                         "Residents of New Hartley said they did not trust Northwind Corp.\n\n"
                         "(Reporting by Dana Roe in Port Averill, Ohio; Editing by Greg Wexford)\n"))
    assert "Dana Roe" in ps
    assert not {"New Hartley", "NEW HARTLEY", "Port Averill", "Hartley"} & set(ps)


def test_a_masthead_over_a_section_name_is_the_outlet():
    ps = by_name(parties("HARBOUR DIGEST \u2014 Explainers\n\nNorthwind Corp. was fined on Monday. Northwind Corp. "
                         "said it would appeal.\n"))
    assert ps["HARBOUR DIGEST"].kind == "media"


def test_a_court_named_with_its_town_is_a_party_not_a_place():
    ps = by_name(parties("Residents sued Northwind Corp. in U.S. District Court in Lowell on Monday.",
                         "The state's lawsuit, filed in U.S. District Court in Lowell, seeks damages.",
                         "Northwind Corp. asked the U.S. District Court in Lowell to dismiss the case."))
    assert ps["U.S. District Court"].kind == "government"


def test_a_creek_is_no_party():
    ps = by_name(parties("Runoff from Northwind Corp.'s site reached Mill Run and Otter Creek, killing fish.",
                         "Residents said Mill Run had turned white. Northwind Corp. said Mill Run was safe."))
    assert not {"Mill Run", "Otter Creek"} & set(ps)


def test_a_byline_with_its_time_stamps_credits_the_reporter_only():
    ps = by_name(parties("By Dana Roe   |   Nov 21, 2023 at 7:02 p.m. UTC   |   Updated Nov 21, 2023 at 11:47 p.m. UTC"
                         "\n\nNorthwind Corp. was fined on Monday. Northwind Corp. said it would appeal.\n"))
    assert ps["Dana Roe"].kind == "person"
    assert not any("Updated" in n for n in ps)


def test_a_caption_credits_its_photographer_and_agency():
    ps = by_name(parties("Northwind Corp. was fined on Monday. Northwind Corp. said it would appeal.\n\n"
                         "Northwind's chief executive at a conference in 2022. (Ivo Lindqvist/Harbour Images)\n"))
    assert ps["Ivo Lindqvist"].kind == "person"
    assert ps["Harbour Images"].kind == "media"


def test_a_reporters_bio_with_the_outlets_possessive_credits_both():
    ps = by_name(parties("Northwind Corp. was fined on Monday. Northwind Corp. said it would appeal.\n\n"
                         "Dana Roe is Ledgerly\u2019s senior policy reporter, based in Washington. She holds no "
                         "shares.\n"))
    assert ps["Dana Roe"].kind == "person"
    assert ps["Ledgerly"].kind == "media"


def test_a_copyright_line_credits_its_outlet_and_a_standards_note_nobody():
    ps = by_name(parties("Northwind Corp. was fined on Monday.\n\nOur Standards: The Harbour Trust Principles.\n\n"
                         "© 2025 Harbour Media Ltd   Terms of Service | Privacy Policy | Contact Us\n"))
    assert not {"Our Standards", "Privacy Policy", "Contact Us"} & set(ps)
    assert ps["Harbour Media"].kind == "media"


def test_a_company_that_owns_the_page_of_its_own_notice_stays_a_company():
    # the company's notice carries its copyright line; three articles tell what the company did
    story = ["Northwind Motor Co. halted shipments on Monday after an inquiry found it had rigged tests.\n",
             "Regulators searched Northwind Motor Co.'s head office on Tuesday.\n",
             "Northwind Motor Co. said it would replace its president.\n",
             "Northwind Motor Co., Ltd. hereby announces a change of representative directors.\n\n"
             "Copyright © NORTHWIND MOTOR CO., LTD. All Rights Reserved.\n"]
    assert by_name(parties(*story))["Northwind Motor Co."].kind == "company"
    # an outlet's own copyright line still makes it the outlet, even where one article names it
    ps = by_name(parties(*story[:2], "Rook Ledger reported the inquiry first.\n\n"
                                     "Copyright © 2024 Rook Ledger. All Rights Reserved.\n"))
    assert ps["Rook Ledger"].kind == "media"


@pytest.mark.parametrize("line, outlet", [
    ("© All rights reserved © 2019 The Tidewater Courier", "The Tidewater Courier"),
    ("Copyright ©2019 The Commerce Gazette. All Rights Reserved.", "The Commerce Gazette"),
    ("Copyright The Alder Ledger Limited 2018. All rights reserved.", "The Alder Ledger"),
    ("We use cookies to give you the best online experience. By continuing to use Vantage News you agree to "
     "our use of cookies. [Accept]", "Vantage News"),
    ("Subscribe to Bench & Gavel Daily's Litigation Briefing for daily updates.", "Bench & Gavel Daily"),
    ("Harbour 7 News is not responsible for the content of external sites.", "Harbour 7 News"),
    ("Related on Freight Desk Europe", "Freight Desk Europe"),
])
def test_the_page_that_published_the_article_is_a_media_party(line, outlet):
    ps = by_name(parties("Northwind Corp. was fined on Monday. Northwind Corp. said it would appeal.\n\n" + line))
    assert ps[outlet].kind == "media"


def test_a_section_named_under_related_stories_is_no_outlet():
    ps = by_name(parties("Northwind Corp. was fined on Monday. Northwind Corp. said it would appeal.\n\n"
                         "More from Markets\n"))
    assert "Markets" not in ps


def test_a_newsletter_named_in_a_prompt_is_no_outlet():
    ps = by_name(parties("Northwind Corp. was fined on Monday. Northwind Corp. said it would appeal.\n\n"
                         "Subscribe to the Daily Safety Brief \u2192\n"))
    assert "Daily Safety Brief" not in ps


def test_a_clipped_name_after_the_is_the_one_authority_it_starts():
    found = parties("The Metropolitan Police has opened an inquiry into Northwind Corp. "
                    "The Met said on Friday it had interviewed two people. The Met declined to say more.\n")
    assert "Met" in by_name(found)["Metropolitan Police"].aliases
    assert "Met" not in {p.name for p in found}


def test_a_clipped_name_shared_by_two_authorities_stays_apart():
    ps = by_name(parties("The Federal Reserve and the Federal Trade Commission wrote to Northwind Corp. "
                         "The Fed said on Friday it would act. The Fed declined to say more.\n"))
    assert "Fed" not in ps["Federal Reserve"].aliases


def test_a_state_treasurer_is_a_person_with_that_title():
    ps = by_name(parties("Northwind Corp. is under pressure. State Treasurer John Chiang has suspended the "
                         "state's business with Northwind Corp. In a letter, Chiang called it an outrage.\n"))
    assert ps["John Chiang"].kind == "person"
    assert "Chiang" in ps["John Chiang"].aliases


def test_the_wire_service_of_a_dateline_is_a_media_party():
    ps = by_name(parties("SPRINGFIELD, March 10 (Halyard) - Northwind Corp. was fined on Friday. "
                         "Northwind Corp. said it would appeal."))
    assert ps["Halyard"].kind == "media"


def test_where_a_commentator_works_is_a_party_even_named_once():
    ps = by_name(parties("Northwind Corp. was fined. \u201cThe fine is small,\u201d said Dana Roe, a senior fellow "
                         "at the Helix Institute for Public Governance."))
    assert "Helix Institute for Public Governance" in ps


@pytest.mark.parametrize("described", [
    "an environmental toxicologist at Marlow Heath University",  # any "-ist" who works somewhere
    "a professor of media law at Marlow Heath University",  # the field between the title and "at"
    "a lecturer in media law at Marlow Heath University",
    "who teaches journalism ethics at Marlow Heath University",  # what a person does there
])
def test_where_an_expert_works_is_a_party_however_the_work_is_described(described):
    ps = by_name(parties("Northwind Corp. was fined. \u201cThe fine is small,\u201d said Dana Roe, "
                         f"{described}."))
    assert "Marlow Heath University" in ps


@pytest.mark.parametrize("described", [
    "an employment partner at the law firm Farrow Lane",  # a partner *at* a firm works there
    "a quality assurance tester who joined the protest in Irvine,",  # "who": a person, whatever the job
])
def test_a_person_described_by_an_unusual_job_is_a_person(described):
    ps = by_name(parties("Northwind Corp. was sued. \u201cIt is late,\u201d said Orla Pelham, "
                         f"{described} who spoke on Monday. Orla Pelham, {described} said the anger went back years."))
    assert ps["Orla Pelham"].kind == "person"


def test_a_shortened_first_name_is_the_same_person():
    ps = by_name(parties("Northwind Corp. was sued. Its vice president, Frances Townsend, said it would fight.\n\n"
                         "Fran Townsend, a former adviser, wrote to staff on Monday. Townsend apologised later."))
    assert "Fran Townsend" in ps["Frances Townsend"].aliases and "Townsend" in ps["Frances Townsend"].aliases


def test_an_initial_does_not_cut_a_role_short():
    ps = by_name(parties("Northwind Corp. was sued. Dana Townsend, a former adviser to George W. Bush, said it was "
                         "wrong. Townsend said so again."))
    assert ps["Dana Townsend"].role == "a former adviser to George W. Bush"


def test_a_ministry_of_several_portfolios_is_one_name():
    ps = by_name(parties("Northwind Corp. was ordered to report by Ruritania's Ministry of Economy, Trade and "
                         "Industry on Friday. The Ministry of Economy, Trade and Industry said the order stood."))
    assert ps["Ministry of Economy, Trade and Industry"].kind == "government"
    assert not {"Trade and Industry", "Ministry of Economy", "Trade"} & set(ps)


def test_a_possessive_inside_a_firms_name_does_not_split_it():
    ps = by_name(parties("Northwind Corp. was downgraded by Quarrel's Investors Service on Friday. "
                         "Quarrel's Investors Service said the outlook was negative."))
    assert ps["Quarrel's Investors Service"].kind == "company"
    assert "Investors Service" not in ps


@pytest.mark.parametrize("sentence", [
    "Quarrel's said it was reviewing the outlook for Northwind.",
    "Quarrel’s changed its outlook on Northwind to negative.",
])
def test_a_name_ending_in_s_before_a_verb_keeps_it(sentence):
    doc = make_doc("Northwind Corp. missed a payment on Friday. " + sentence)
    found = {m.name: m.possessive for m in find_mentions((doc,))}
    assert found.get("Quarrel's", found.get("Quarrel’s")) is False
    assert "Quarrel" not in found


def test_a_rating_agency_named_once_is_a_party():
    ps = by_name(parties("Northwind Corp. missed a payment on Friday. Quarrel Ratings on Wednesday placed "
                         "Northwind on watch for a downgrade."))
    assert ps["Quarrel Ratings"].kind == "company"


def test_a_name_line_over_a_reporters_beat_is_a_byline():
    ps = by_name(parties("Northwind fined over leak\n\nLeah Marchetti\nBusiness reporter, Daily Ledger\n\n"
                         "Northwind Corp. was fined on Monday. Northwind Corp. said it would appeal."))
    assert ps["Leah Marchetti"].kind == "person"
    assert "Business" not in ps


def test_a_name_after_a_title_and_its_seat_is_a_person():
    ps = by_name(parties("Northwind Corp. pleaded guilty on Thursday. The US Attorney for the Western District of "
                         "Halvern, Tobin Vask, said the company had failed to honour its commitments."))
    assert ps["Tobin Vask"].kind == "person"


def test_a_body_named_with_a_plural_possessive_is_one_name():
    ps = by_name(parties("Northwind Corp. pleaded guilty. The Halvern Shareholders’ Association said the board "
                         "must explain itself. The Halvern Shareholders' Association wants a vote."))
    assert "Halvern Shareholders’ Association" in ps or "Halvern Shareholders' Association" in ps
    assert "Association" not in ps and "Halvern Shareholders" not in ps


def test_the_masthead_over_the_navigation_bar_is_the_outlet():
    ps = by_name(parties("The Halvern Sentinel\nHome | National | Business | Sport | Opinion\n\n"
                         "Northwind fined\n\nNorthwind Corp. was fined on Monday. Northwind Corp. said it would "
                         "appeal."))
    assert ps["The Halvern Sentinel"].kind == "media"


def test_a_copyright_line_names_the_outlet_not_copyright():
    ps = by_name(parties("Northwind Corp. was fined on Monday. Northwind Corp. said it would appeal.\n\n"
                         "© Copyright 2018 The Halvern Ledger Publishing Inc. All rights reserved.\n"))
    assert ps["The Halvern Ledger"].kind == "media"
    assert "Copyright" not in ps


def test_plural_demonyms_are_people_not_parties():
    ps = by_name(parties("Northwind Corp. was fined on Monday. Ruritania has confirmed that two Canadians are in "
                         "custody.", "The row is spreading: two Canadians are being held in Ruritania.",
                         "Halvern says 13 Canadians have been detained in Ruritania since December."))
    assert "Canadians" not in ps


def test_a_plural_possessive_inside_a_name_does_not_split_it():
    ps = by_name(parties("Northwind Corp. was fined on Monday. Its founder served in the People's Liberation Army "
                         "for a decade. Northwind Corp. said it would appeal."))
    assert "Liberation Army" not in ps


def test_a_caption_credit_with_the_agency_first_names_the_photographer():
    ps = by_name(parties("Northwind Corp. was fined on Monday.\n\n*A court sketch of Ann Lee at her hearing. "
                         "Image: WireScope/Jane Wolsey*\n\nNorthwind Corp. said it would appeal."))
    assert ps["Jane Wolsey"].kind == "person"


@pytest.mark.parametrize("caption", [
    "[Image: A customer at a Northwind branch in Rotherby. NPA/Jane Wolsey]",
    "[Image: The Northwind logo in Frankfurt. Meridian/Jane Wolsey/File Photo]",
    "[Image: Ann Lee said Northwind was sound. (KTV News: Jane Wolsey)]",
    "[Photo: Ann Lee says Northwind overstated its record. Photograph: Jane Wolsey for The Harbour Courant]",
    "[Photo: Ann Lee at a briefing on Monday. Photo: Jane Wolsey]",
    "[Image: Northwind phones on a shelf. Credit: Dock & Rail/Jane Wolsey]",
    "[Image: The Northwind headquarters. Photo credit: Jane Wolsey / The Rotherby Ledger]",
    "[Image: A Northwind card on a counter. Credit: Ledger photo illustration / Jane Wolsey]",
])
def test_a_caption_ending_on_its_credit_names_the_photographer(caption):
    ps = by_name(parties(f"Northwind Corp. was fined on Monday.\n\n{caption}\n\nNorthwind Corp. said it would appeal."))
    assert ps["Jane Wolsey"].kind == "person"


def test_a_picture_desk_credited_for_a_photograph_is_no_photographer():
    ps = by_name(parties("Northwind Corp. was fined on Monday.\n\nAnn Lee arrives for talks. Photo: NWS Picture "
                         "Desk\n\nNorthwind Corp. said it would appeal."))
    assert "NWS Picture Desk" not in ps or ps["NWS Picture Desk"].kind != "person"


@pytest.mark.parametrize("names", ["Rosalind Roe in Frankfurt and Tim Lee", "Meera Rao, Kabir Sen"])
def test_names_alone_between_the_headline_and_the_date_stamp_are_the_byline(names):
    ps = by_name(parties("Northwind fined over leak at its Halvern plant\n\n"
                         f"{names}\nThu 25 Jun 2020 14.52 BST\n\nNorthwind Corp. was fined on Monday."))
    assert all(ps[n].kind == "person" for n in re.split(r" in Frankfurt and |, ", names))
    assert ps[re.split(r" in Frankfurt and |, ", names)[0]].role.startswith("named in a credit line")


def test_a_body_named_for_what_it_runs_where_is_public():
    ps = by_name(parties("Transport for Leeds refused to renew Northwind Corp.'s licence on Friday. Transport "
                         "for Leeds said the company was not fit to hold it.", "Northwind Corp. will appeal."))
    assert ps["Transport for Leeds"].kind == "government"


def test_a_family_name_of_two_words_is_the_person_it_ends():
    ps = parties("Northwind chief executive Kelly Vance Rosmarin apologised on Friday.",
                 "“We are sorry,” Vance Rosmarin said. Vance Rosmarin said the attack was sophisticated.")
    assert [(p.name, p.aliases) for p in ps if "Rosmarin" in p.name] == [("Kelly Vance Rosmarin", ("Vance Rosmarin",))]


def test_an_office_named_after_its_holders_title_is_one_body():
    ps = by_name(parties("Ruritania's Office of the Attorney General (OAG) said on Sunday that it was monitoring "
                         "Northwind Corp. The Office of the Attorney General said it had opened no case."))
    assert ps["Office of the Attorney General"].kind in ("government", "regulator")
    assert "General" not in ps


def test_a_clinic_named_with_a_plural_possessive_where_a_doctor_works_is_a_party():
    ps = by_name(parties("Northwind formula was recalled. \"Please don't water formula down,\" said Dr. Ann Lee, a "
                         "pediatrician at Lakeview Children's Clinic in Halvern."))
    assert ps["Lakeview Children's Clinic"].kind == "company"


def test_a_railway_that_speaks_is_a_company():
    ps = by_name(parties("Northwind Corp. shipped faulty parts. Central Halvern Railway said some parts did not "
                         "meet standards. Central Halvern Railway said it would replace them."))
    assert ps["Central Halvern Railway"].kind == "company"


def test_the_x_department_is_the_department_of_x():
    ps = by_name(parties("Northwind Corp. was asked for documents by the U.S. Department of Justice. The Justice "
                         "Department said it was reviewing them. The U.S. Department of Justice declined to say more."))
    assert "Justice Department" in ps["U.S. Department of Justice"].aliases


def test_a_title_in_quotation_marks_is_no_party():
    article = ('Regulators sued Northwind Corp., accusing the maker of "Halls of Valor" and "Keep of Storms" '
               'of bias. A former director on "Halls of Valor" left. The publisher behind \u201cHalls of '
               'Valor,\u201d \u201cKeep of Storms\u201d and \u201cTide Runner\u201d faces an inquiry.')
    ps = by_name(parties(article, article.replace("Regulators", "Officials")))
    assert not {"Halls of Valor", "Keep of Storms", "Tide Runner"} & set(ps)


def test_a_list_of_names_is_no_affiliation():
    ps = by_name(parties("Northwind Corp. was fined. It published a list of Quarry Lane suppliers."))
    assert "Quarry Lane" not in ps


def test_the_employer_of_a_head_of_research_is_a_party_even_described():
    ps = by_name(parties("Northwind Corp. was fined. \u201cThe fine is small,\u201d said Dana Roe, head of "
                         "digital-asset strategy at Harlow Wren. Ivo Lind, head of research at London-based "
                         "crypto brokerage Tallis Digital, agreed."))
    assert {"Harlow Wren", "Tallis Digital"} <= set(ps)


def test_the_source_a_figure_is_credited_to_is_a_party_even_named_once():
    ps = by_name(parties("Northwind Corp. was fined. Its token fell 10% to $276, according to data provider Quotra."))
    assert "Quotra" in ps


def test_a_name_described_as_a_token_is_a_product_not_a_party():
    ps = by_name(parties("Northwind Corp. was sued. Zeta, the token at the centre of the case, fell 10%. "
                         "Zeta, the token Northwind created in 2017, later recovered.",
                         "The agency says Northwind sold its Zeta token. Zeta, the token that powers the exchange, "
                         "fell. Zeta rose on Monday."))
    assert "Zeta" not in ps


def test_a_country_that_acts_is_a_government_party():
    ps = by_name(parties("Northwind Corp. was fined. Iceland has denied any involvement. Iceland said the "
                         "claims were baseless. Iceland will review its ties with Northwind Corp.",
                         "Iceland rejected the accusations."))
    assert ps["Iceland"].kind == "government"


def test_a_country_that_orders_a_grounding_is_a_government_party():
    found = parties("Northwind Corp. shares fell on Monday. China ordered its airlines on Monday to suspend flights of "
                    "the jet, a day after the crash.")
    assert any(p.kind == "government" and ("China" in p.aliases or p.name == "China") for p in found)


@pytest.mark.parametrize("text", [
    "Northwind Corp. said a Gulf state was involved. Gulf officials said nothing. The Gulf state denied it.",
    "Northwind Corp. briefed MEPs. MEPs said they were shocked. MEPs voted on Tuesday.",
    "Northwind Corp. sells LNG. LNG prices rose. LNG said to be scarce.",
    "Northwind Corp. was fined. \u201cRules are not enforced,\u201d said Lotte Berg, a researcher at the "
    "Brussels-based transparency group Open Ledger.",
])
def test_regions_plural_people_commodities_and_locations_are_no_parties(text):
    ps = by_name(parties(text))
    assert not {"Gulf", "MEPs", "LNG", "Brussels-based"} & set(ps)


def test_a_country_its_diplomats_and_its_mission_are_one_government_party():
    ps = parties("Northwind Corp. was fined on Friday. Oman has denied any involvement in the affair.\n"
                 "\u201cWe reject the claims,\u201d an Omani diplomat said. Oman's mission to the union said the "
                 "claims were baseless.")
    (oman,) = [p for p in ps if "Oman" in (p.name, *p.aliases)]
    assert oman.kind == "government"
    assert {"Omani diplomat", "Oman's mission"} <= set(oman.aliases) | {oman.name}


def test_two_plain_words_that_speak_are_a_company_when_written_with_a_suffix_once():
    # "Halden Southern said ..." reads like a person; "Halden Southern Corp." says it is a company
    ps = by_name(parties("Halden Southern Corp. ran the freight train that derailed on Friday.\n"
                         "Halden Southern said it would pay for the cleanup. Halden Southern said crews were on site.\n"
                         "Halden Southern said it was working with the state."))
    assert ps["Halden Southern"].kind == "company"


def test_an_acronym_used_alone_elsewhere_is_no_surname():
    # "the EPA" alone and "the Northland EPA": EPA is an agency's initials, not a person's surname
    ps = parties("The Northland EPA set up a hotline for residents on Monday. The Northland EPA said wells were safe.\n"
                 "The EPA said it had screened 400 homes. The EPA said it would keep testing.")
    assert all(p.kind != "person" for p in ps if "EPA" in p.name or "EPA" in p.aliases)


# ---- short names, credit lines, places and peoples -----------------------------------------------

def test_a_short_name_defined_in_brackets_is_an_alias():
    ps = parties("The case went to the National Integrity Commission (NIC) on Monday. "
                 "A NIC spokesperson confirmed it had the file.")
    assert by_name(ps)["NIC"].name == "National Integrity Commission"


def test_letters_after_a_name_are_no_part_of_it():
    ps = parties("The commissioner, Catherine Holmes SC, handed over her report. Catherine Holmes said it was final.")
    assert "Catherine Holmes SC" not in {p.name for p in ps}
    assert len([p for p in ps if "Holmes" in p.name]) == 1


def test_a_caption_credit_names_only_who_took_the_picture():
    ps = by_name(parties("Acme chief out over the mine\n\nPhoto: Ann Roe has led Velmora Kessin since 2016. (Daily "
                         "Ledger: file photo)\n\nVelmora Kessin said on Monday that Roe would step down. Velmora "
                         "Kessin said the board had met. Velmora said it regretted the loss."))
    assert ps["Velmora Kessin"].kind == "company"
    assert ps["Velmora Kessin"] is ps["Velmora"]


def test_a_byline_with_the_reporters_beat_before_the_name_credits_the_reporter():
    ps = by_name(parties("Mine boss is out\n\nBy business reporter Nadia Fenrow\n\nThe miner said on Friday its "
                         "chief executive would leave. The board said the decision was unanimous."))
    assert ps["Nadia Fenrow"].kind == "person"


def test_a_company_is_shortened_to_its_first_word():
    ps = by_name(parties("Velmora Kessin said on Tuesday it had apologised. Velmora Kessin said the blast was legal.",
                         "Velmora said it would review its heritage practices. Velmora also said it was sorry."))
    assert ps["Velmora"] is ps["Velmora Kessin"]
    assert ps["Velmora Kessin"].kind == "company"


def test_a_feature_of_the_map_is_no_party():
    ps = parties("The blast destroyed two shelters at Kessel Gorge, the owners said. Kessel Gorge had been "
                 "occupied for 46,000 years. Visitors to Kessel Gorge said the site was sacred.")
    assert "kessel gorge" not in names(ps)


def test_a_middle_initial_does_not_make_another_person():
    ps = by_name(parties("Judge Eric M. Davis ruled on Friday. Davis said the trial would start on Monday.",
                         "Judge Eric Davis delayed the trial. Eric Davis gave no reason."))
    assert ps["Eric M. Davis"] is ps["Eric Davis"] is ps["Davis"]


def test_a_portfolio_of_several_words_before_a_ministers_title_is_no_party():
    ps = parties("A spokeswoman for Aboriginal Affairs Minister Ben Warrow said the law was out of date. A company "
                 "can ask the state's Aboriginal Affairs minister for consent. Aboriginal Affairs Minister Ben "
                 "Warrow said a bill would follow.")
    assert "aboriginal affairs" not in names(ps)
    assert by_name(ps)["Ben Warrow"].kind == "person"


def test_an_adjective_of_a_people_is_no_party():
    ps = parties("The miner destroyed two ancient Aboriginal rock shelters. It is one of the most sacred Aboriginal "
                 "sites in the region, with Aboriginal leaders and investors angry. The law would give Aboriginal "
                 "people a much greater say, the Kessin Aboriginal Corporation said.")
    assert "aboriginal" not in names(ps)


def test_a_full_stop_inside_a_quotation_ends_a_name():
    ps = parties("\u201cOur case exposed some of the misconduct at Halvern. Kestrel will expose the rest,\u201d "
                 "Kestrel said in a statement. Kestrel said it would go to trial. Halvern said it would fight.")
    assert {"kestrel", "halvern"} <= names(ps)
    assert not any("." in p.name for p in ps)


def test_the_companys_chief_executive_is_a_person():
    ps = by_name(parties("Ann Roe said she would call Bo Tanner, the company's chief executive, to testify. "
                         "Bo Tanner declined to comment."))
    assert ps["Bo Tanner"].kind == "person"


def test_a_surname_shared_by_two_people_is_the_one_far_more_often_named():
    ps = by_name(parties("Rupert Vance, the chairman, testified. Rupert Vance said the hosts had endorsed the claims.",
                         "Rupert Vance and his son Lachlan Vance, the company's chief executive, were named. Rupert "
                         "Vance said he could have stopped it.",
                         "Mr Vance said: \u201cI could have. But I didn\u2019t.\u201d Vance added that he regretted "
                         "it."))
    assert ps["Vance"] is ps["Rupert Vance"]
    assert ps["Lachlan Vance"] is not ps["Rupert Vance"]


# ---- short forms and bodies -------------------------------------------------------------------

def test_a_firm_named_without_its_company_word_is_the_firm():
    ps = parties("Muddy Waters said it had received the report. Muddy Waters Capital, the firm founded by Ann Lee, "
                 "shorted the stock. Muddy Waters said it stood by the report.")
    firm = by_name(ps)["Muddy Waters"]
    assert firm.name == "Muddy Waters Capital" and firm.kind == "company"


def test_a_country_s_possessive_before_a_company_is_the_company():
    ps = parties("China's Northwind Coffee Inc said sales were faked. Northwind Coffee said it would cooperate. "
                 "Northwind Coffee shares fell.")
    assert names(ps) == {"northwind coffee"}


def test_a_country_s_possessive_before_a_firm_with_a_company_word_is_not_part_of_its_name():
    # (a firm's own possessive stays: "Moody's Investors Service"); a country's firm is a party, not its product
    ps = parties("Rotherby Foods, the snack maker owned by Japan's Northwind Holdings, said it would comply.",
                 "Rotherby Foods was sold to Japan’s Northwind Holdings in 2019.")
    assert "Northwind Holdings" in by_name(ps) and not any("Japan" in p.name for p in ps)
    ps = parties("Rotherby Foods, the snack maker owned by Mexico's Grupo Northwind, said it would comply.",
                 "Rotherby Foods was sold to Mexico’s Grupo Northwind in 2019.")
    assert "Grupo Northwind" in by_name(ps)


def test_a_region_opening_a_post_after_a_name_does_not_make_the_name_a_place():
    ps = parties("“Every lender wanted its money back first,” said Ann Roe, Asia credit strategist "
                 "at Northgate Capital in London.")
    assert by_name(ps)["Ann Roe"].kind == "person"


def test_credit_ratings_parts_of_laws_and_what_rules_govern_are_no_parties():
    ps = parties("Moody's cut Northwind's rating by three notches to Caa2 from B3. It cut it to Ca from Caa2 later. "
                 "Profit in FY21 rose. FY21 was a good year, Northwind said. Please see the notes.",
                 "Northwind recalled Model R cars from 2016 and Model Q crossovers from 2020.",
                 "The recall covers Model Q from 2020 through 2023, Northwind said.",
                 "The query covers Model Q, X, S and 3 vehicles, the agency said.",
                 "This announcement is made pursuant to Rule 13.09 of the Rules Governing the Admission of Shares "
                 "on the Exchange and Part XV of the Securities Ordinance. Northwind said it would pay.",
                 "Under the Rules Governing the Admission of Shares, Northwind must report. Moody's said so.")
    assert names(ps) == {"moody", "northwind"}


def test_a_financial_measure_in_a_results_table_is_no_party():
    release = ("  * Net revenue rose 1.1 percent to $3.2 billion; Organic Revenue(1) rose 0.8 percent.\n"
               "  * Adjusted Operating Profit(1) fell 9.5 percent to $0.8 billion, on higher costs.\n"
               "For next year, Northwind expects Adjusted Operating Profit of $3.1 billion to $3.3 billion.\n"
               "Organic Revenue(1)                                  0.8%\n"
               "Adjusted Operating Profit(1)      $812         $897      (9.5)%\n")
    ps = parties(release, "Northwind Corp. shares fell on Friday.")
    assert names(ps) == {"northwind"}


def test_a_body_a_person_founded_or_leads_is_a_party():
    ps = parties("Ann Roe, co-founder of Rotherby Watch, says the program lets violators off the hook.")
    assert by_name(ps)["Rotherby Watch"].kind != "person"
    assert by_name(ps)["Ann Roe"].role == "co-founder of Rotherby Watch"


def test_an_outlet_s_last_word_is_the_outlet():
    ps = parties("The Harbour Street Journal reported that Northwind Corp. knew. The Journal said the files showed "
                 "it. Northwind Corp. said the Journal was wrong. The Journal stood by its reporting.")
    assert by_name(ps)["Journal"].name == "Harbour Street Journal"


def test_a_body_for_a_matter_is_no_rule():
    # "Regulation" ends rules ("the Data Protection Regulation"), not "the Administration for Market Regulation"
    ps = parties("The State Administration for Market Regulation (SAMR), the market watchdog, said on Monday it had "
                 "led a team. SAMR said it would act. Northwind Corp. broke the Data Protection Regulation.")
    assert names(ps) == {"state administration for market regulation", "northwind"}


def test_a_time_in_a_byline_and_pronoun_like_words_are_not_parties():
    ps = parties("By Ann Roe | October 26, 2025, 4:12 PM EDT | 9 min read\n"
                 "Neither has commented. The Company said it had paid. Northwind Corp. said it would appeal. "
                 "Neither has responded. Company officials were not available.")
    assert names(ps) == {"northwind", "ann roe"}


def test_a_family_name_written_first_is_the_persons_short_name():
    ps = by_name(parties("In a letter to staff, founder and chairman Sung Ka Lok said Northwind would recover.\n",
                         "Northwind was founded by Sung Ka Lok in 1996. In a letter, Mr Sung wrote that the company "
                         "would pay its debts."))
    assert ps["Sung"] is ps["Sung Ka Lok"] and ps["Sung"].kind == "person"


def test_a_given_name_alone_is_not_a_short_name():
    # "Mr James" is someone else’s surname, not the analyst’s given name
    ps = by_name(parties("James Oduya, an analyst at Harbour Research, said the shares were cheap.\n"
                         "Mr James, a farmer, said he had lost money. Mr James said he would sue."))
    assert ps["James"] is not ps["James Oduya"]


def test_the_head_of_a_banks_department_is_a_person_named_family_name_first():
    ps = by_name(parties("Kou Lin, head of the People's Bank of Ruritania's financial markets department, told a "
                         "briefing that Northwind had blindly expanded. The risk is controllable, Kou said."))
    assert ps["Kou Lin"].kind == "person"


def test_no_role_after_a_name_an_opening_preposition_governs():
    ps = by_name(parties("Ann Roe said sales fell. Under Roe, the group expanded far beyond housing. Roe said she "
                         "was proud."))
    assert ps["Ann Roe"].kind == "person" and "expanded" not in ps["Ann Roe"].role


def test_a_country_before_a_company_is_the_same_company():
    ps = by_name(parties("China Northwind Group warned it could default on its loans.\n",
                         "Northwind said on Monday that it had hired advisers. Northwind missed a payment."))
    assert ps["China Northwind Group"] is ps["Northwind"]


@pytest.mark.parametrize("texts", [
    ("Regulators told owners of the Northwind Glide+ to stop using it.\n",
     "The Northwind Glide+ runs on a belt of slats, regulators said.\n",
     "Northwind halted sales of the Northwind Glide+ on Monday.\n"),
    ("Owners may keep it and get a free software update, Glide Lock, which locks the belt.\n"
     "Northwind will push a software update called Glide Lock, which needs a passcode.\n"
     "Glide Lock works on every machine, Northwind said.",),
])
def test_products_named_with_a_plus_or_after_a_product_noun_are_not_parties(texts):
    assert not {"northwind glide", "glide lock"} & names(parties(*texts))


def test_a_rig_or_a_ship_is_not_a_party():
    ps = names(parties("Crude is leaking from the Sea Harrow drilling rig that exploded on Tuesday.\n",
                       "The Sea Harrow, a semi-submersible rig owned by Northwind, sank on Thursday. Northwind "
                       "said it was investigating.\n",
                       "Eleven workers died when the Sea Harrow rig exploded. The Sea Harrow and the resulting "
                       "spill are under investigation, Northwind said.\n"))
    assert "sea harrow" not in ps and "northwind" in ps


@pytest.mark.parametrize(("texts", "not_a_party"), [
    (("Ann Roe was arrested on Monday shortly after her private jet landed at Tokyo's Kosuge airport.\n",
      "Prosecutors boarded Roe's jet at Kosuge airport on Monday, broadcaster NTK reported.\n"), "kosuge"),
    (("Roe, who also holds French and Lebanese citizenship, has been visited by diplomats.\n",
      "Roe, who is of Lebanese descent and holds Brazilian, French and Lebanese passports, has received visits.\n"),
     "lebanese"),
    (("Northwind Corp. under-reported pay in breach of the Financial Instruments and Exchange Act. The "
      "Financial Instruments and Exchange Act caps such filings.",), "financial instruments"),
    (("“The Board is unable to comment,” Northwind Corp. said. The Board met again on Friday.",), "board"),
    # a part of a country: named before "prefecture" or "region", or in a list that ends in one
    (("Northwind shut its plants in Osaka, Shiga, Kyoto and Oita prefectures on Tuesday.\n",
      "“We have orders through Christmas,” said Ken Mori, who runs a workshop in Ryuo, Shiga prefecture.\n",
      "Shiga officials were not available for comment.\n"), "shiga"),
    (("Northwind blasted a gorge in the Varrow region on May 24.\n",
      "Trade in scallops from the Varrow's northern coast has stopped, Northwind said.\n",
      "Varrow fishermen said they were worried.\n"), "varrow"),
    (("Buyers in Southeast Asia are interested, Northwind said.\n",
      "Southeast Asia bought most of the rest, Ann Lee said. Southeast Asia is growing.\n"), "southeast asia"),
    # a region named with "the", alone or in a pair, or before "department"
    (("Northwind bottles its water at springs in the Varrow and the Gardane.\n",
      "The prosecutor in Vell, the main town of the Varrow department, opened an inquiry, Northwind said.\n",
      "Northwind's two sites, in the Varrow, near Vell, and in the Gardane in the south, are open.\n"
      "Ann Lee, who lives in the Varrow, said she was worried.\n"), "varrow"),
    (("Northwind bottles its water at springs in the Varrow and the Gardane.\n",
      "Northwind's Crystalle is produced in the Gardane, in the south of Ruritania.\n",
      "Ann Lee visited the sites, in the Varrow and in the Gardane in the south.\n"), "gardane"),
    # products in a list: named as brands, made by a maker, bottled
    (("Northwind used banned filters on brands including Fizz, Spring, Alpa and Crest, the group said.\n",
      "The scandal hurt brands such as Fizz, Spring and Crest, analysts said.\n",
      "Northwind treated water destined for its Fizz, Spring, Crest and Alpa brands.\n",
      "The Varrow is where Spring, Crest and Alpa are bottled, Ann Lee said.\n"), "spring"),
    (("Southwind, which bottles Clearo and Bellsy, did not respond.\n",
      "Foodwatch named Southwind, the maker of Clearo, in its complaint.\n",
      "Southwind, the family-owned group behind Clearo and Bellsy, declined to comment.\n"), "clearo"),
    # two adjectives before one noun
    (("Northwind broke French and European Union rules on mineral water, Ann Lee said.\n",),
     "french and european union"),
])
def test_places_peoples_laws_and_bare_nouns_are_not_parties(texts, not_a_party):
    assert not_a_party not in names(parties(*texts))


def test_a_three_word_title_is_split_off_whole():
    ps = by_name(parties("Ruritania’s Chief Cabinet Secretary Ken Doe said on Wednesday the government would "
                         "not interfere. Doe said the matter was one for the courts."))
    assert "chief cabinet" not in names(tuple(ps.values())) and ps["Ken Doe"].kind == "person"


def test_a_name_used_alone_after_the_full_name_in_the_same_article_is_that_person():
    # "Tewolde said" after "Chief Executive Tewolde GebreMariam": the name the article calls him by
    found = parties("Northwind Air chief executive Tadesse Wolmariam told reporters on Sunday that the pilot had "
                    "asked to turn back. \u201cHe wanted to return,\u201d Tadesse said.")
    assert "Tadesse" in by_name(found)["Tadesse Wolmariam"].aliases
    assert "Tadesse" not in names(found)


def test_a_days_possessive_is_no_part_of_a_name():
    ps = by_name(parties("Families waited for news after Sunday's Northwind Airlines crash. Northwind Airlines said "
                         "on Monday it would help them."))
    assert "Northwind Airlines" in ps
    assert not any(n.startswith("Sunday") for n in ps)


def test_a_name_after_a_clause_about_this_newspaper_is_no_outlet():
    ps = by_name(parties("According to documents seen by this newspaper, Northwind paid fees of $687m. Northwind "
                         "said on Monday the fees had been appropriate."))
    assert ps["Northwind"].kind != "media"


def test_a_product_named_after_its_noun_is_no_party():
    ps = by_name(parties("Northwind Corp. sells the weedkiller Greenfast. Greenfast was sprayed on school grounds. "
                         "Northwind Corp. said herbicides Greenfast and Rootout were safe.",
                         "Farmers use the weedkiller Greenfast."))
    assert "Greenfast" not in ps
    assert "Northwind Corp." in ps


def test_a_body_named_by_its_subject_after_on_is_one_name():
    ps = by_name(parties("The International Agency for Research on Cancer classified the chemical in 2015. "
                         "Northwind Corp. disputed what the International Agency for Research on Cancer said."))
    assert "International Agency for Research on Cancer" in ps
    assert "Cancer" not in ps


def test_a_name_followed_by_an_age_is_a_person_named_once():
    ps = by_name(parties("Fishermen oppose the plan. \u201cWe spent twelve years telling buyers our fish are "
                         "safe,\u201d said Kazuo Endomura, 58, who catches flounder out of the port."))
    assert ps["Kazuo Endomura"].kind == "person"


def test_a_name_with_and_without_its_accent_is_one_party():
    ps = by_name(parties("Nestlé India said the noodles were safe. Nestlé India shares fell 9%.\n",
                         "Nestle India withdrew the noodles on Friday, Nestle India said in a statement.\n"))
    assert ps["Nestlé India"] is ps["Nestle India"]


def test_a_brand_that_is_sold_tested_and_withdrawn_is_no_party():
    ps = parties("Delhi banned the sale of Northwind's Widgo instant noodles for 15 days. Northwind said "
                 "Widgo noodles are safe.\n",
                 "Inspectors found lead in samples of Widgo. Northwind withdrew Widgo from shops on Friday.\n",
                 "Northwind will destroy 400 million packs of Widgo. Northwind had launched Widgo Oats Noodles "
                 "without approval, and Widgo Oats Noodles were recalled. Widgo advertisements ran for years.\n")
    assert "northwind" in names(ps)
    assert not {"widgo", "widgo oats noodles"} & names(ps)


def test_a_business_its_owner_names_is_no_product():
    ps = by_name(parties("Northwind Group's Big Bazel hypermarket chain removed the noodles on Wednesday.\n",
                         "Northwind Group’s Big Bazel chain, which removed the noodles, said it acted for safety.\n"
                         "Big Bazel said the noodles would return.\n"))
    assert "Big Bazel" in ps


def test_names_listed_among_people_are_people():
    ps = by_name(parties("Complaints named the actors Amal Verhoeven, Madhu Dixon and Prita Zandt.\n",
                         "Actors including Amal Verhoeven, Madhu Dixon and Prita Zandt face complaints.\n",
                         "Amal Verhoeven said he was sorry. Madhu Dixon said she had checked.\n",
                         "The stars who endorsed it, among them Amal Verhoeven, Madhu Dixon and Prita Zandt, still "
                         "face complaints.\n"))
    assert ps["Prita Zandt"].kind == "person"


def test_a_name_after_a_form_of_address_is_a_person():
    ps = by_name(parties("“It may come out of a sack of salt,” said Dr Anand Deshmore, a former food technologist "
                         "at a state laboratory."))
    assert ps["Anand Deshmore"].kind == "person"


def test_the_short_form_of_a_common_noun_is_no_party():
    ps = parties("Samples contained lead and monosodium glutamate (MSG) despite a “No added MSG” label.\n",
                 "Northwind said it does not add MSG to its noodles. MSG is a flavour enhancer.\n",
                 "Inspectors found MSG in the samples, Northwind said.\n")
    assert "msg" not in names(ps) and "northwind" in names(ps)


def test_a_name_the_text_calls_a_state_is_a_place():
    ps = parties("The food regulator in the northern state of Varesh Pradesh said samples failed.\n",
                 "The scare began in the Indian state of Varesh Pradesh, where inspectors took samples. "
                 "It started in Varesh Pradesh, officials said.\n",
                 "Complaints were filed in local courts in Varesh Pradesh.\n")
    assert "varesh pradesh" not in names(ps)


def test_an_acronym_or_a_body_after_in_the_stays_a_party():
    # "the" before a name makes a region of it, but not of an acronym or a body's name
    found = names(parties("Northwind sent its data to the RHA. Samples went to the RHA.\n",
                          "Ann Lee will testify in the Senate. The Senate said it would hear her. Files went to "
                          "the RHA, and the RHA said it had opened a case.\n"))
    assert {"rha", "senate"} <= found


def test_a_body_written_with_its_possessive_keeps_its_first_word():
    # "The Justice Department's": "Justice" is part of the body's name, not a judge's title
    ps = by_name(parties("The Ruritanian Justice Department's agreement was filed on Friday. The Ruritanian "
                         "Justice Department said Northwind Corp. would pay."))
    assert "Department" not in ps and ps["Justice Department"].kind == "government"


def test_two_bodies_joined_by_and_are_two_parties():
    found = names(parties("Northwind Corp. settled with the Ruritanian Department of Justice and State Department "
                          "on Friday. The State Department said it was satisfied."))
    assert "state department" in found and not any(n.endswith("and state department") for n in found)


def test_the_joins_no_name_after_a_capitalised_word():
    found = names(parties("An official, who asked not to be named, told the Colombo Ledger the Government would "
                          "study the documents. The Colombo Ledger asked Northwind Corp. for comment."))
    assert "colombo ledger" in found and not any("government" in n for n in found)


def test_a_name_with_an_institutions_word_is_no_person():
    ps = by_name(parties("Northwind Corp. will pay €2bn to Ruritania's Parquet National Financier (PNF). The PNF "
                         "said the money was due by March. The PNF said it was satisfied.",
                         "The Parquet National Financier said on Friday it had approved the deal."))
    assert ps["Parquet National Financier"].kind == "government"


def test_countries_in_a_list_of_places_are_no_parties():
    found = names(parties("The conduct involved sales to airlines in Sri Lanka, Malaysia, Indonesia, Taiwan and "
                          "Peru between 2011 and 2015, Northwind Corp. said.\n",
                          "The case covers five countries: Sri Lanka, Malaysia, Indonesia, Taiwan and Peru.\n",
                          "Prosecutors covered conduct in Sri Lanka, Malaysia, Indonesia, Taiwan and Peru.\n",
                          "It paid consultants in Sri Lanka, Malaysia, Indonesia, Taiwan and Peru, Ann Lee said.\n"))
    assert "peru" not in found


def test_a_partner_specialising_in_a_field_at_a_firm_is_a_person():
    ps = by_name(parties("“It is a new chapter,” said Imogen Tait, a partner specializing in corporate crime at law "
                         "firm Brockley Lyle. Northwind Corp. declined to comment."))
    assert ps["Imogen Tait"].kind == "person"


def test_the_short_name_of_a_rule_is_no_party():
    found = names(parties("Northwind Corp. broke export rules known as the International Traffic in Arms "
                          "Regulations (ITAR), prosecutors said. The ITAR element is small. Northwind said it "
                          "had complied with ITAR.\n"))
    assert "itar" not in found and "arms regulations" not in found


def test_a_byline_naming_where_each_reporter_filed_credits_both():
    ps = by_name(parties("Northwind settles\n\nBy Dana Okoro in London and Marie Lesage in Paris\n\nNorthwind Corp. "
                         "said on Monday that it would pay."))
    assert ps["Dana Okoro"].kind == "person" and ps["Marie Lesage"].kind == "person"
    assert "london" not in names(tuple(ps.values()))


def test_an_agency_named_in_its_own_language_is_a_regulator():
    ps = by_name(parties("Ruritania's anti-corruption agency, the Agence Ruritanienne Anticorruption, will monitor "
                         "Northwind Corp. for three years. The Agence Ruritanienne Anticorruption said it was ready."))
    assert ps["Agence Ruritanienne Anticorruption"].kind == "regulator"


def test_a_family_and_its_plural_name_are_one_party():
    ps = by_name(parties("The Roebling family said its members had acted lawfully.\n",
                         "The Roeblings said on Friday that they had done nothing wrong. The Roeblings have "
                         "denied taking money out of Northwind Corp.\n"))
    assert ps["Roebling family"] is ps["Roeblings"]


def test_a_company_name_is_not_its_founders_surname():
    # "Northwind" is the company in articles that never name its founder; the founder keeps his full name
    ps = parties("Northwind International said on Tuesday that its chief executive had resigned. "
                 "Northwind International owns chains in Europe. Its unit Northwind Africa Retail said it was funded "
                 "separately.",
                 "Northwind said it would sell assets. Northwind's roots go back to a furniture business set up by "
                 "Bruno Northwind in the 1960s.")
    assert by_name(ps)["Northwind"].name in ("Northwind", "Northwind International")
    assert by_name(ps)["Northwind"] is by_name(ps)["Northwind International"]
    assert by_name(ps)["Bruno Northwind"].aliases == ()


def test_a_surname_after_the_full_name_stays_the_person_when_a_company_bears_it():
    ps = parties("Neil Brockway, founder of Brockway Retail Advisory, said the group was in trouble. "
                 "Brockway said lenders would decide.")
    assert by_name(ps)["Brockway"].name == "Neil Brockway"


def test_a_name_joined_by_an_ampersand_is_a_company_and_its_first_word_its_short_name():
    ps = parties("Harlow & Harlow said on Tuesday it would fight the verdict. Harlow & Harlow Private Limited, its "
                 "Indian unit, said it had stopped sales.",
                 "Harlow said the report was false. Shares of Harlow & Harlow fell 10%.")
    jnj = by_name(ps)["Harlow & Harlow"]
    assert jnj.kind == "company"
    assert by_name(ps)["Harlow"] is jnj
    assert by_name(ps)["Harlow & Harlow Private Limited"] is not jnj


def test_the_firm_a_partner_or_principal_works_at_is_a_party():
    ps = parties("“The risk sits with a customer you don’t see,” said Naomi Achterberg, a financial crime partner at "
                 "Kestrel Legal in Melbourne.",
                 "“Shareholders are entitled to ask,” said Adrian Sloane, a principal at Sloane Whitcombe Lawyers.")
    assert {"Kestrel Legal", "Sloane Whitcombe Lawyers"} <= set(by_name(ps))


@pytest.mark.parametrize(("raw", "copies"), [
    ("Northwind said the whey may have been contaminated with Clostridium botulinum, which Clostridium experts "
    "say is rare. Clostridium botulinum can cause botulism.", 3),
    ("APRA will investigate breaches of the Banking Executive Accountability Regime. The Accountability Regime "
     "took effect in 2018.", 3),
    ("Shareholders will confront the board at the AGM in Melbourne. The AGM, the AGM's chair said, is on Thursday.", 3),
])
def test_a_bacterium_a_regime_or_a_meeting_is_no_party(raw, copies):
    assert not {"Clostridium", "Banking Executive Accountability Regime", "Accountability Regime",
                "AGM"} & set(by_name(parties(*[raw] * copies)))


def test_a_body_named_in_capitals_after_a_countrys_possessive_is_its_own_party():
    ps = parties("The Internet Administration of China (IAC) said on Friday it had opened a review of Northwind. "
                 "The IAC said Northwind must stop registering users.",
                 "Chinese regulators have cracked down on tech firms. China's Internet Administration said it would "
                 "act. Italy's transport ministry said it would wait.")
    assert by_name(ps)["IAC"] is not by_name(ps)["Chinese regulators"]
    assert by_name(ps).get("China's Internet Administration", by_name(ps)["IAC"]) is by_name(ps)["IAC"]
    assert by_name(ps)["Italy's transport ministry"].name == "Italian government"


def test_and_inside_a_centres_name_joins_one_body():
    ps = parties("The Australian Transfer Reports and Analysis Centre (ATRAC) said on Wednesday it had sued "
                 "Eastmark. ATRAC said the bank failed to report transfers.")
    assert by_name(ps)["ATRAC"].name == "Australian Transfer Reports and Analysis Centre"
    ps = parties("Northwind dismantled the Paris-based Strategy and Marketing Organisation, the unit that hired "
                 "agents. The Strategy and Marketing Organisation said it had followed the rules.")
    assert {p.name for p in ps} == {"Strategy and Marketing Organisation"}


def test_an_agency_named_after_its_description_is_a_regulator_but_not_after_a_clause():
    ps = parties("Mr Marlow said the allegations in the case lodged by the financial intelligence agency ATRAC "
                 "were serious. According to the regulator, Eastmark failed to report 19.5 million transfers. "
                 "Eastmark said it would defend the case. ATRAC said it would seek a penalty.")
    assert by_name(ps)["ATRAC"].kind == "regulator"
    assert by_name(ps)["Eastmark"].kind == "company"


@pytest.mark.parametrize(("texts", "not_a_party"), [
    # a car model: named with its model years, its body style, or in a list of models
    (("Northwind recalled 2.3 million vehicles, including the best-selling Zephyra sedan and Corvan compact.\n",
      "The models are the 2009-2010 Zephyra and the 2007-2010 Corvan.\n",
      "Regulators opened a review of the 2010 Zephyra after receiving 124 complaints.\n",
      "It halted sales of eight models, including the Zephyra and Corvan.\n",
      "“I can't sell them a new Zephyra,” a dealer said. Northwind said it would fix the pedals.\n"), "zephyra"),
    (("The company halted sales of eight models there, including the Corvan and Zephyra.\n",
      "It stopped selling eight models, including the Corvan and Zephyra. Northwind said so.\n"), "corvan"),
    # a language
    (("Reading a prepared statement in English, the 53-year-old said that the company’s traditional priorities had "
      "become confused. Northwind said so.",), "english"),
    # a common noun's short form after "a"
    (("Northwind has been advocating for a DPA, its lawyer said. “If a DPA is off the table, investors will "
      "worry,” an analyst said.",), "dpa"),
    # a pronoun that opens a sentence
    (("Other panel banks, including Harbour Bank, Royal Bank and Citi, remain under investigation. None has settled.",
      "About 20 banks are being investigated. None has been charged.",
      "None of the other banks has admitted wrongdoing. Harbour Bank said so."), "none"),
    # the short form of a common noun, written with capitals
    (("Traders tried to rig the Halvern interbank offered rate (Hibor) for years. Hibor is set every morning. "
      "Regulators said Hibor submissions were too low.",), "hibor"),
    # a title alone names no one
    (("“As the former Attorney General, I am bound by privilege,” Ann Roe said. Roe spoke on Tuesday.",), "general"),
    # a province named as a setting, and in "the X provincial election"
    (("Northwind employs 9,000 people in Canada, about 3,400 of them in Ontario, and has warned of job cuts. "
      "Ontario's best-known companies include Northwind.\n",
      "He referred to the Ontario provincial election then under way. She said he was an MP in Ontario, the member "
      "for Kingston. Provincial governments, including Ontario’s, are not bound by the federal regime.\n"), "ontario"),
])
def test_models_languages_titles_and_settings_are_not_parties(texts, not_a_party):
    assert not_a_party not in names(parties(*texts))


def test_an_event_named_with_its_year_is_not_a_product():
    ps = parties("The 2018 Harbour Air and 2019 Coastal Airlines crashes killed 346 people.\n"
                 "Harbour Air said it would cooperate with investigators.")
    assert "harbour air" in names(ps)


def test_a_company_and_its_home_town_are_not_one_name():
    ps = parties("The pedals, which were made by TKS Corp of Portage, Indiana, can stick.\n"
                 "TKS Corp., the Portage, Ind., supplier that made the pedals, said it was not at fault.\n"
                 "TKS said it had a new design.")
    assert "tks" in names(ps)
    assert not {"tks corp of portage", "portage"} & names(ps)


def test_reporters_named_over_their_towns_and_the_date_are_a_byline():
    doc = make_doc("POLITICS\nMinister quits as ethics watchdog opens probe into Northwind affair\n"
                   "Meera Rao and Tim Lee\nLeeds and York\nPublished February 12, 2019\n"
                   "The minister resigned from the cabinet on Tuesday, deepening a crisis for the government.\n")
    byline = [s.text for s in doc.sentences if s.boilerplate == "byline"]
    assert byline == ["Meera Rao and Tim Lee"]


def test_a_unit_named_as_its_owners_that_speaks_is_a_party():
    ps = parties("Harbour Health and Express Care dropped Harbour Pharmacy on Thursday; Lakeview Group’s OptaRx "
                 "followed.\n"
                 "The benefit managers, Harbour Health and Lakeview Group's OptaRx, all dropped the pharmacy.\n"
                 "OptaRx, the pharmacy benefit arm of Lakeview Group, said on Friday it had removed Harbour Pharmacy.")
    assert "optarx" in names(ps)


def test_a_name_with_its_title_and_the_date_is_a_byline():
    doc = make_doc("Northwind cuts ties with its pharmacy\n"
                   "Jane Okoro, Senior Editor | October 30, 2015 | 4:12 PM ET\n"
                   "The drugmaker said on Friday it would end its relationship with the pharmacy.\n")
    assert [s.text for s in doc.sentences if s.boilerplate == "byline"] == [
        "Jane Okoro, Senior Editor | October 30, 2015 | 4:12 PM ET"]


def test_a_newspaper_named_x_and_a_newspaper_word_is_one_outlet():
    ps = parties("The Beacon and Mail reported on Thursday that aides had pressed the minister.\n"
                 "Officials met more than a dozen times, according to the Beacon and Mail.\n"
                 "The Beacon and Mail said its sources were officials.")
    assert "beacon and mail" in names(ps) and not {"beacon", "mail"} & names(ps)
    assert by_name(ps)["Beacon and Mail"].kind == "media"


def test_a_common_word_with_a_legal_form_is_a_company_and_its_unit_another():
    ps = parties("Home Corp said on Monday it would close the paper. Home Corp's shares fell 3%.\n"
                 "Home International, the newspaper arm of Home Corp, said it regretted the decision.\n"
                 "Ann Roe, chief executive of Home International, resigned. Home International said it would "
                 "cooperate.")
    assert {"home", "home international"} <= names(ps)
    assert by_name(ps)["Home Corp"] is not by_name(ps)["Home International"]
    assert "breaking news" not in names(parties("Breaking News\nAcme Corp said on Monday it had resigned."))


def test_a_company_named_with_its_owners_possessive_is_the_company():
    ps = parties("Ann Roe's Northwind Corporation withdrew its bid on Wednesday. Ann Roe said she was sorry.\n"
                 "Northwind Corporation said the bid was over. Roe's Northwind Corporation has 12 newspapers.")
    assert by_name(ps)["Northwind Corporation"] is by_name(ps)["Ann Roe's Northwind Corporation"]
    assert "ann roe" in names(ps)


def test_a_son_named_by_his_given_name_is_the_son():
    ps = parties("Ann Becker and Tom Becker appeared before the committee. Tom Becker, chairman of Northwind, said "
                 "he was sorry.\nAnn Becker, appearing alongside her son Tom before the committee, cut short Tom's "
                 "answer. Tom said he had not known.",
                 "Ann Becker and her son Tom are due before the committee on Tuesday. Tom has led Northwind "
                 "since 2007.")
    assert by_name(ps)["Tom"] is by_name(ps)["Tom Becker"]


def test_brands_listed_as_made_or_recalled_and_the_plants_town_are_no_parties():
    ps = parties("Acme Laboratories on Thursday recalled powdered formulas including Widgetmil, Gadgetcare and "
                 "Fizzolac made at its plant in Millbrook, Ohio. Acme said the Millbrook plant was shut.\n"
                 "The regulator told parents not to use Widgetmil, Gadgetcare or Fizzolac powdered formula. "
                 "Acme recalled powdered Widgetmil, Gadgetcare and Fizzolac made there.\n"
                 "Acme restarted production of Gadgetcare at the Millbrook plant, its specialty formula, in June. "
                 "The Millbrook facility had been closed since February.")
    assert not {"widgetmil", "gadgetcare", "fizzolac", "millbrook"} & names(ps)
    assert "acme laboratories" in names(ps) or "acme" in names(ps)


def test_the_family_name_of_two_people_alone_is_a_person():
    # "Mr Becker" and "Becker's face" may be either Becker; whichever it is, it is a person (so "He" finds it)
    ps = parties("Ann Becker and Tom Becker run Northwind. Ann Becker said she was sorry. Tom Becker said so too.\n"
                 "“We failed,” Mr Becker told staff in a memo. Investors took comfort from Becker's performance. "
                 "A reporter asked about Becker's pay. The two Beckers declined to comment.",
                 "Tom Becker said he was sorry. Ann Becker spoke too.")
    assert {p.kind for p in ps if norm_name(p.name).endswith("becker")} == {"person"}


# ---- session 31: blind-story misses, in invented words ----------------------------------------

def test_a_name_joined_to_a_participle_is_no_party():
    ps = parties("Northwind Capital collapsed on Monday, regulators said.\n\n"
                 "Acme Bank said it had bought Northwind-originated notes worth $3bn, and Northwind-linked funds "
                 "were frozen.\n")
    assert names(ps) == {"northwind capital", "acme bank"}


def test_a_department_for_several_portfolios_is_one_body():
    ps = parties("Northwind Capital collapsed on Monday.\n\nA spokesperson for the Department for Trade, "
                 "Energy and Coastal Affairs said the government was watching the company.\n")
    assert "department for trade energy and coastal affairs" in names(ps)
    assert "coastal affairs" not in names(ps)


def test_a_name_with_a_spokesman_of_its_own_is_a_body_not_a_person():
    ps = parties("Northwind Capital collapsed on Monday.\n\nThe policies were written by Bond Mutual, an agency "
                 "owned by Tokai Marine. A Tokai Marine spokesman said the insurer was reviewing the claims.\n\n"
                 "Tokai Marine has said the agent broke its rules.\n")
    assert by_name(ps)["Tokai Marine"].kind == "company"


def test_a_speaker_who_works_at_a_place_is_a_person():
    ps = parties("Northwind Capital collapsed on Monday.\n\n\"We all want to hear whether the works will still be "
                 "open next year,\" said Dean Hollander, a forklift driver at the Rotherby depot.\n")
    assert by_name(ps)["Dean Hollander"].kind == "person"


def test_towns_listed_as_sites_are_no_parties():
    ps = parties("Northwind Steel employs about 12,000 people, including some 2,400 in Britain at sites such as "
                 "Rotherby and Stockwell.\n\nIt employs about 2,400 in Britain, at plants including Rotherby, "
                 "Stockwell and Newport. Northwind Steel said it would keep them open.\n")
    assert names(ps) == {"northwind steel"}


def test_a_lending_facility_is_no_party():
    ps = parties("Northwind Capital lobbied for access to the Emergency Corporate Lending Facility, a central "
                 "bank scheme. The Emergency Corporate Lending Facility turned Northwind Capital down.\n")
    assert "emergency corporate lending facility" not in names(ps)


def test_a_political_party_named_by_a_bare_word_is_a_party_where_it_acts():
    ps = parties("Northwind Capital collapsed on Monday.\n\nLabour said the minister had questions to answer. "
                 "Labour demanded a review, backed by the Greens.\n")
    assert by_name(ps)["Labour"].kind == "other"
    assert "greens" in names(ps)
    adjectives = parties("Northwind Capital collapsed on Monday.\n\nLabour politicians have praised the "
                         "watchdog. Mr Roe, a Labour politician, said so. Greens senators were silent.\n")
    assert not {"labour", "greens"} & names(adjectives)


def test_a_company_named_only_as_someone_s_former_employer_is_no_party():
    ps = parties("Northwind Capital collapsed on Monday.\n\nAnn Roe, a former Acme Bank and Beta Securities "
                 "banker, founded Northwind Capital in 2009. Roe had previously worked for banks including Beta "
                 "Securities and Acme Bank.\n\nTom Becker, a former Gamma Motors executive, said Gamma Motors "
                 "would sue.\n")
    assert names(ps) == {"northwind capital", "ann roe", "tom becker", "gamma motors"}
    assert by_name(ps)["Ann Roe"].kind == "person"  # a banker, though a bank is named in her description


def test_companies_listed_after_a_plural_description_are_parties():
    ps = parties("Northwind Holdings collapsed on Tuesday.\n\nNorthwind Holdings said its lenders had refused to "
                 "roll over its loans. It said the banks, Acme Bank and Bolt Trust, had refused to renew the "
                 "credit lines.\n")
    assert {"acme bank", "bolt trust"} <= names(ps)


def test_a_sum_written_with_a_currency_code_is_no_party():
    ps = parties("Northwind Holdings collapsed on Tuesday.\n\nThe 2017 accounts of Northwind Holdings showed cash "
                 "of about GBP45m, against\nGBP45m reported and USD 1.2bn owed.\n")
    assert names(ps) == {"northwind"}


# ---- transcripts, lists of people, events, routes ---------------------------------------------

def test_a_transcripts_labels_name_people_written_as_the_text_writes_them():
    ps = by_name(parties(
        "Acme chief questioned over the leak\n"
        "Tom Becker, the chief executive of Acme, gave evidence on Thursday.\n"
        "HUGO LANE: When did Acme learn of the leak?\n"
        "TOM BECKER: We knew in March.\n"
        "HUGO LANE: Then why wait?\n"
        "TOM BECKER: Yes.\n"
        "Q: Will you resign?\n"
        "Q: Why not?\n"))
    # named only in labels, and a person for speaking
    assert ps["Hugo Lane"].kind == "person"
    # the name as the text writes it, not shouted
    assert ps["Tom Becker"].name == "Tom Becker"
    assert "Q" not in ps


def test_two_people_each_of_their_body_are_two_people():
    ps = by_name(parties(
        "The committees heard from Ann Roe of the Acme Union and Tom Poe of Beta Guild on Thursday. "
        "Roe said the union would ballot its members. Poe said the guild would too.\n"))
    assert ps["Ann Roe"].kind == "person" and ps["Tom Poe"].kind == "person"
    assert not any(" and " in name for name in ps)


def test_a_name_with_a_number_is_a_party_and_a_currency_is_none():
    # "RKV1921" is no sum written with a currency's code ("GBP45m" is); "Euro" after a sum is money
    ps = by_name(parties(
        "The creditor group RKV1921 said liabilities came to 4,5 Milliarden Euro. RKV1921 said more claims "
        "would follow.\n",
        "Claims of 2,2 Milliarden Euro were lodged, RKV1921 said on Friday.\n"))
    assert "RKV1921" in ps
    assert "Euro" not in ps and "Milliarden Euro" not in ps


@pytest.mark.parametrize(("text", "name"), [
    ("Acme's chief executive, Olivier Van den Berghe, said the filing was a relief.", "Olivier Van den Berghe"),
    ("Karl-Heinz Roe of the Rotherby Creditors Union said the claims would rise.", "Karl-Heinz Roe"),
])
def test_names_with_particles_and_hyphenated_given_names_are_people(text, name):
    ps = by_name(parties(text + " Acme said it would respond.\n"))
    assert ps[name].kind == "person"
    assert not any(" of " in n for n in ps)


def test_a_no_break_space_joins_a_name_and_a_post_is_no_party():
    # a page saved with no-break spaces after titles; "Head of Research" capitalised is still a post
    ps = by_name(parties("Analysts agreed. “The claims are large,” said Mr\u00a0Kwame Okafor-Roe, Head of "
                         "Research at Rotherby Securities, Portage. Acme said it would appeal.\n"))
    assert ps["Kwame Okafor-Roe"].kind == "person"
    assert "Head of Research" not in ps and "Mr" not in ps


def test_a_quotation_opening_on_a_verb_names_no_party():
    ps = by_name(parties(
        "Ann Roe, Acme's founder, sought to calm holders. “Adding more reserves - hold firm,” Roe wrote.\n",
        "On Sunday she posted “Adding more reserves – hold firm” as the token slid.\n",
        "Days earlier Roe had tweeted “Adding more reserves — hold firm”.\n",
        "“Adding more reserves - hold firm,” Roe wrote on May 8.\n"))
    assert "Adding" not in ps


@pytest.mark.parametrize("name", ["Bryan Roe", "Shelley Roe", "Trent Roe"])
def test_a_common_given_name_of_one_of_a_firm_is_a_person_and_the_firm(name):
    ps = by_name(parties(f"{name} of Acme Partners called the deal historic. Acme Partners said it would appeal.\n"))
    assert ps[name].kind == "person"
    assert "Acme Partners" in ps


def test_a_person_of_a_firm_is_two_parties_whatever_the_given_name():
    # "Sanne" is in no list of given names; two plain words, "of" and a name are a person and her firm
    ps = by_name(parties("Sanne Roe of Rotherby Capital said the value had fallen. Rotherby Capital sold its stake.\n",
                         "“We sold early,” said Sanne Roe, a partner at Rotherby Capital.\n"))
    assert ps["Sanne Roe"].kind == "person"
    assert "Rotherby Capital" in ps
    assert not any(" of " in name for name in ps)


@pytest.mark.parametrize("name", ["United States of America", "Royal Bank of Scotland", "Rotherby Institute of Art"])
def test_a_name_with_of_inside_it_stays_whole(name):
    ps = by_name(parties(f"The {name} said on Monday it would appeal. The {name} had filed the claim in May.\n"))
    assert not any(n in ps for n in name.split(" of "))


@pytest.mark.parametrize("titled", ["Judge Min Ha-eun", "Judge Roe", "Deputy Governor Ann Roe"])
def test_a_titled_person_of_a_body_is_the_person_and_the_body(titled):
    # the run ends in "Court", a body's word, but it opens with a title and a name: two parties
    ps = by_name(parties(
        f"{titled} of the Rotherby District Court said the warrant was needed. The court had refused the "
        "first request.\n"))
    name = titled.split(" ", 1)[1].removeprefix("Governor ")
    assert ps[name].kind == "person"
    assert "Rotherby District Court" in ps
    assert not any(" of the " in n for n in ps)


def test_a_disaster_named_for_its_kind_is_no_party_but_a_service_that_speaks_is():
    ps = by_name(parties(
        "Acme Power said the Oak Fire, which burned 40 square miles, began near one of its pylons. Officials at "
        "Metro Fire said it was looking into what started the Oak Fire.\n",
        "Acme Power may face claims over the Oak Fire, an analyst said. Crews have contained the Oak Fire. Metro Fire "
        "said on Friday the Oak Fire had burned 300 barns.\n"))
    assert "Oak Fire" not in ps
    assert "Metro Fire" in ps


def test_a_route_between_two_towns_is_no_party():
    ps = by_name(parties(
        "Acme Ferries said most of its routes, which include Plymouth-Santander, Kiel-Oslo and Portsmouth-Bilbao, "
        "remain suspended. Acme Ferries said the Plymouth-Santander crossing would reopen.\n",
        "Sailings on the busy Plymouth-Santander crossing remain suspended, Acme Ferries said.\n"))
    assert not {"Plymouth-Santander", "Kiel-Oslo"} & set(ps)


def test_a_quantifier_opening_a_sentence_is_no_party():
    ps = by_name(parties("Several reports said Acme Bank had broken the rules. Acme Bank said the reports were "
                         "wrong.\n"))
    assert "Several" not in ps


def test_a_name_written_family_name_first_in_capitals_is_the_same_person():
    ps = by_name(parties(
        "Tokai Mutual withdrew its cough syrup on Friday. President Akiko Roe said the company had acted.\n",
        "THE HARBOUR SHIMBUN\n\nBy BECKER Tomoko and LANE Hiroshi / Staff Writers\n\n"
        "President ROE Akiko of Tokai Mutual spoke on 2023/11/14. HARUNO Keiko, 52, of Rotherby, said her son "
        "had fallen ill. NHS England said it was monitoring the case.\n"))
    assert ps["ROE Akiko"] is ps["Akiko Roe"]
    assert ps["Tomoko Becker"].kind == "person" and ps["Hiroshi Lane"].kind == "person"  # the byline
    assert ps["Keiko Haruno"].kind == "person"
    assert "England Nhs" not in ps


def test_people_of_a_trade_opening_a_sentence_are_no_party():
    ps = by_name(parties(
        "Tokai Mutual withdrew its cough syrup on Friday. Lawyers said buyers could seek refunds, "
        "and lawyers for parents said they would sue. "
        "The board named two interim Co-Chief Executive Officers. Tokai Mutual said it would cooperate.\n"))
    assert not {"Lawyers", "Officers"} & set(ps)


def test_a_surname_or_an_outlet_that_looks_like_a_trade_is_a_name():
    ps = by_name(parties(
        "Senator Ann Walters criticised Tokai Mutual on Friday. Walters said the company had misled patients.\n",
        "Tokai Mutual shares fell. Walters said on Monday she would call a hearing.\n"))
    assert ps["Walters"] is ps["Ann Walters"]


def test_a_feature_switched_on_engaged_or_used_is_no_party():
    ps = parties(
        "Northwind Corp. is recalling 90,000 heaters to fix its Warmguard safety cut-out, the Consumer Product "
        "Safety Commission said on Tuesday. The agency reviewed 40 fires in which Warmguard was said to have "
        "been in use. Owners using Warmguard reported late trips. Northwind said Warmguard can still be switched "
        "on in bathrooms. Fires happened while Warmguard was engaged. Owners switch Warmguard on and off by hand. "
        "Northwind denied that Warmguard was faulty.\n")
    assert "warmguard" not in names(ps)
    assert {"northwind", "consumer product safety commission"} <= names(ps)


def test_a_firm_engaged_in_talks_or_used_as_a_conduit_stays_a_party():
    ps = parties(
        "Rotherby Trust was engaged in talks with the regulator on Monday. Prosecutors said Rotherby Trust was "
        "used to move the money. Rotherby Trust said it had done nothing wrong.\n")
    assert "rotherby trust" in names(ps)


@pytest.mark.parametrize("line", ["With files from Jane Wolsey", "— Avec des informations de Jane Wolsey",
                                  "Con información de Jane Wolsey"])
def test_a_credit_for_files_or_information_names_a_person(line):
    ps = by_name(parties(f"Northwind Corp. was fined on Monday.\n\nNorthwind Corp. said it would appeal.\n\n{line}\n"))
    assert ps["Jane Wolsey"].kind == "person"


def test_a_photographer_whose_name_opens_on_an_accented_capital():
    ps = by_name(parties("Northwind Corp. was fined on Monday.\n\nPhoto : Émile Vautrin, La Gazette de Rotherby\n\n"
                         "Northwind Corp. said it would appeal.\n"))
    assert ps["Émile Vautrin"].kind == "person"


def test_a_passer_by_quoted_as_he_in_the_next_sentence_is_a_person():
    ps = by_name(parties(
        "Northwind Corp. admitted fixing prices. The chief inspector, Tom Becker, said the inquiry would go on.\n\n"
        "At a Northwind store in Easton on Wednesday, retired bus driver Émile Vautrin frowned at the price "
        "board. \u201cSix years of this, and they offer me a voucher?\u201d he said.\n"))
    assert ps["Émile Vautrin"].kind == "person"


def test_besides_opening_a_sentence_is_not_part_of_a_name():
    got = names(parties("Besides Northwind, Rotherby Foods also admitted the scheme. Northwind said it was sorry. "
                        "Rotherby Foods said it was co-operating.\n"))
    assert "northwind" in got and "besides northwind" not in got


def test_a_listed_companys_short_name_merges_with_its_full_name():
    ps = parties(
        "Super Northwind Computer Inc. said on Wednesday it would delay its annual report.\n\n"
        "Super Northwind shares fell 19% on Wednesday. Super Northwind said it would not comment. Rotherby "
        "Capital, which owns Super Northwind shares, said it was watching. Analysts said customers had stuck with "
        "Super Northwind, whose racks are in demand. Super Northwind said that it would file soon.\n")
    got = by_name(ps)
    assert got["Super Northwind"] is got["Super Northwind Computer Inc."]
    assert got["Super Northwind"].kind == "company"


def test_a_term_a_filing_defines_for_a_thing_is_no_party():
    ps = by_name(parties(
        "On October 24, Rotherby & Co LLP (“Rotherby”) sent the Audit Committee of the Board of Directors (the "
        "“Board”) of Northwind Corp. (the “Company”) a notice of termination (the “Termination Notice”). The Board "
        "appointed counsel to carry out an inquiry (the “Inquiry”). The Termination Notice further stated: “We "
        "are leaving.” The Inquiry has not concluded. Rotherby said it stood by the notice. The Board said the "
        "Inquiry would continue.\n"))
    assert "Termination Notice" not in ps and "Inquiry" not in ps
    assert "Rotherby" in ps and "Northwind Corp." in ps


@pytest.mark.parametrize("form", ["10-K", "8-K", "20-F"])
def test_a_securities_filings_form_is_no_party(form):
    got = names(parties(f"Northwind Corp. delayed its annual {form} filing on Monday. The {form} is due in "
                        f"March. Northwind said the {form} would be filed late. A late {form} worries investors.\n"))
    assert form.casefold() not in got and "northwind" in got


def test_a_sentence_adverb_before_a_comma_is_no_party_but_a_firm_of_that_word_is():
    got = names(parties("Nevertheless, the company has taken the concerns seriously, Northwind Corp. said. "
                        "Nevertheless, Northwind said it disagreed. Via said it would sell 40 stores. Via shares "
                        "fell 3%. Via said it had enough cash.\n"))
    assert "nevertheless" not in got and "via" in got


def test_a_person_named_once_with_where_she_works_before_said_is_a_party():
    ps = by_name(parties("Northwind Corp. shares fell 20% on Monday.\n\nOttoline Frayne of Rotherby Equity Research "
                         "said the fall looked overdone.\n"))
    assert ps["Ottoline Frayne"].kind == "person"


def test_a_government_sites_banner_names_no_government():
    got = names(parties("An official website of the United States government  Here's how you know\n\n"
                        "Outbreak of illnesses linked to Northwind burgers\n\n"
                        "The Northwind Corp. outbreak has made 49 people ill, the agency said on Tuesday.\n"))
    assert not any("government" in n for n in got)


def test_a_heading_far_down_the_page_over_a_dated_entry_is_no_byline():
    ps = by_name(parties(
        "Outbreak linked to Northwind burgers\n\nPosted October 25, 2024\n\n"
        "The Food Safety Agency said 75 people were ill. Northwind Corp. said it had pulled the burgers. "
        "Investigators are checking the onions. The agency will post updates. Northwind said it was sorry.\n\n"
        "Past Updates\n\n  [+] October 22, 2024\n      The Food Safety Agency said 49 people were ill.\n"))
    assert "Past Updates" not in ps


@pytest.mark.parametrize("code", ["O104", "H4"])
def test_a_bacteriums_serotype_is_no_party(code):
    got = names(parties("Northwind Corp. salads were linked to an outbreak of E. coli O104:H4 on Tuesday. "
                        "E. coli O104:H4 infections can be serious, Northwind said. The strain of E. coli O104:H4 "
                        "was found in six regions.\n"))
    assert code.casefold() not in got


def test_a_burger_named_with_hamburgers_is_a_product():
    got = names(parties("Northwind Corp. linked its Prairie Stacker hamburgers to the outbreak. Prairie Stacker "
                        "burgers were pulled. Most ill people ate Prairie Stacker hamburgers. Northwind said the "
                        "Prairie Stacker hamburgers would return.\n"))
    assert "prairie stacker" not in got


def test_a_call_transcripts_participants_are_people():
    ps = by_name(parties(
        "Northwind Corp. Q3 2025 Earnings Call Transcript\n\nCorporate Participants\n\n"
        "Ottoline Frayne - Northwind Corp. - Head of Investor Relations\n"
        "Tom Becker - Northwind Corp. - Group Head and Chief Risk Officer\n\n"
        "Operator\n\nGood afternoon and welcome to the Northwind Corp. call.\n"))
    assert ps["Ottoline Frayne"].kind == ps["Tom Becker"].kind == "person"


def test_a_bank_of_a_place_named_once_is_a_company():
    got = names(parties("Northwind Bank was fined on Monday. Northwind said it would appeal.\n\n"
                        "Rivals may gain. Bank of Rotherby, which took over Easton Savings in 2021, has fewer "
                        "competitors now.\n"))
    assert "bank of rotherby" in got


def test_a_french_caption_credit_names_the_photographer_and_the_outlet():
    ps = by_name(parties("Northwind Corp. was fined on Monday.\n\n[Photo: A Northwind branch in Rotherby. Crédit : "
                         "Jane Wolsey, Le Fil de Rotherby]\n\nNorthwind Corp. said it would appeal.\n"))
    assert ps["Jane Wolsey"].kind == "person" and ps["Le Fil de Rotherby"].kind == "media"


def test_files_from_a_wire_service_credit_an_outlet():
    ps = by_name(parties("Northwind Corp. was fined on Monday. Northwind Corp. said it would appeal.\n\n"
                         "— With files from The Rotherby Wire Service\n"))
    assert ps["The Rotherby Wire Service"].kind == "media"


def test_a_name_over_a_bilingual_date_stamp_is_the_byline():
    ps = by_name(parties("Northwind's licence limits will last\n\nAnalysts expect the limits to hold back its lending "
                         "\n\nOttoline Frayne\nPublished March 4, 2025, 5:30 a.m.  |  Publié le 4 mars 2025 à "
                         "5 h 30\n\nNorthwind Corp. was fined on Monday. Northwind said it would appeal.\n"))
    assert ps["Ottoline Frayne"].kind == "person"


def test_a_disease_control_centre_is_a_regulator_and_one_party_with_its_full_name():
    ps = by_name(parties(
        "Northwind Corp. salads were linked to an outbreak, the Rotherby Centers for Disease Control and Prevention "
        "(RCDC) said on Tuesday. The Rotherby Centers for Disease Control said 40 people were ill. Northwind said "
        "it was sorry.\n"))
    assert ps["Rotherby Centers for Disease Control"] is ps["Rotherby Centers for Disease Control and Prevention"]
    assert ps["RCDC"].kind == "regulator" and "Prevention" not in ps


def test_features_of_the_map_and_a_mining_complex_are_no_parties():
    got = names(parties(
        "Northwind Mining's dam burst on Thursday. The mud travelled down the Rio Verde, a river that supplies "
        "water to towns, towards the Pacific Ocean. The Castelo mining complex, operated by Northwind, was shut.\n",
        "The plume reached the mouth of the Rio Verde in a fishing village. Northwind has mined the Castelo complex "
        "since 1977. The mud reached the Pacific Ocean on Sunday.\n",
        "Fish died along the Rio Verde, and water was cut off. The Castelo dams were damaged, Northwind said. Tests "
        "near the Pacific Ocean found iron.\n"))
    assert not got & {"rio verde", "pacific ocean", "castelo"}
    assert "northwind mining" in got


def test_a_memos_sender_line_names_its_people_not_their_departments():
    ps = by_name(parties("Date: March 20, 2025\nFrom: Ottoline Frayne, President and CEO; Tom Becker, Vice President, "
                         "Finance Policy\nSubject: Northwind outage\n\nNorthwind Corp. systems failed on Monday. "
                         "Northwind said it would restore them.\n"))
    assert ps["Ottoline Frayne"].kind == ps["Tom Becker"].kind == "person"
    assert "Finance Policy" not in ps


def test_a_title_for_several_is_no_part_of_the_first_name():
    ps = by_name(parties("Northwind Corp. was fined on Monday. Present: Senators Wolsey, Becker and Roe.\n\n"
                         "Senator Wolsey said the fine was fair. Wolsey said Northwind should pay.\n"))
    assert "Senators Wolsey" not in {p.name for p in ps.values()}


def test_a_mails_quoted_printable_codes_are_no_names():
    got = names(parties("Northwind Corp. was fined on Monday. =E2=80=9CWe will appeal,=E2=80=9D Tom Becker said. "
                        "=E2=80=9CThe fine is unfair,=E2=80=9D Becker said.\n"))
    assert not any(n.split()[0] in ("e2", "9c", "9d") for n in got) and "tom becker" in got


def test_a_recordings_time_codes_do_not_hide_its_speaker_labels():
    # "[00:37] HOST:" is the host's turn: "HOST" is a part, not a body, and "Let’s" no name
    ps = by_name(parties(
        "Episode 12: the blocked channel\n"
        "[00:12] HOST: Welcome back. With me is Tom Becker, a salvage engineer. Welcome, Tom.\n"
        "[00:20] GUEST: Thanks. Busy week.\n"
        "[00:37] HOST: Let’s start with the basics. What happened?\n"
        "[00:46] GUEST: The current swung the bow round.\n"
        "[01:15] HOST: And the pilots?\n"
        "[01:38] GUEST: Two were on the bridge.\n"
        "[01:45] HOST: Let’s take a break.\n"
        "[02:10] GUEST: Sure.\n"))
    assert "HOST" not in ps and "Host" not in ps and "Let" not in ps and "GUEST" not in ps


def test_a_supplied_picture_is_no_credit():
    ps = by_name(parties(
        "PHOTO: The tanker leaves port after the agreement. (Photo: Special Arrangement)\n"
        "For the families of the sailors the news came as a relief, said Ann Roe of the Acme Seafarers Union.\n"))
    assert "Special Arrangement" not in ps


def test_a_name_a_quotation_is_credited_to_with_what_the_speaker_is_is_a_person():
    # a given name no list knows: credited after the quotation, with a description after the name
    ps = by_name(parties(
        "Many growers have not been paid since the spring. «We still deliver every morning, because the "
        "animals cannot wait», says Ercole Vannucci, farmer from Rotherby with 80 cows.\n"))
    assert ps["Ercole Vannucci"].kind == "person"
    # a body so credited is described as one
    ps = by_name(parties("“The list is wrong,” said Acme Watch, a Rotherby-based rights group.\n"))
    assert "Acme Watch" not in ps or ps["Acme Watch"].kind != "person"


def test_a_state_body_its_possessive_form_and_its_defined_acronym_are_one_party():
    ps = parties("Ohio's Department of Public Safety suspended Northwind's licence on Tuesday.\n",
                 "We did not interview officials of the Ohio Department of Public Safety (“DPS”).\n",
                 "The DPS said Northwind had missed the deadline. The DPS can revoke licences at once.\n")
    (dps,) = [p for p in ps if "DPS" in (p.name, *p.aliases)]
    assert dps.kind == "government"
    assert {"Ohio Department of Public Safety", "DPS"} <= {dps.name, *dps.aliases}


def test_places_a_disaster_struck_regions_and_streets_are_no_parties_and_a_county_governs():
    ps = parties(
        "The Kestrel Bay floods were the worst in a century, and shortages spread across the East Coast.\n\n"
        "Engineers are in Kestrel Bay working with crews. The water rose toward Kestrel Bay from a river near "
        "Alder Ridge Road.\n\n"
        "Officials put the cost of repairing Kestrel Bay at $2 billion after the Kestrel Bay floods.\n\n"
        "Rotherby County on Thursday sued Northwind Builders Ltd., accusing it of using unsafe cladding. "
        "Northwind Builders said the claim had no merit. Rotherby County said the firm ignored warnings.\n")
    kinds = {p.name: p.kind for p in ps}
    assert not {"Kestrel Bay", "East Coast", "Alder Ridge Road"} & set(kinds)
    assert kinds["Rotherby County"] == "government"


def test_a_body_s_short_name_defined_in_brackets_is_the_body_and_a_defined_thing_is_not():
    ps = parties("Halvern Marine Group (“Halvern”) was a shipbuilder based in Kestrel Bay. Halvern paid the "
                 "bankers $45 million. Northwind Bank arranged the loans for Halvern, and Halvern did not respond "
                 "to a request for comment.\n\n"
                 "Northwind Bank signed a Consent Order (the “Consent Order”) with the regulator. The Consent "
                 "Order requires Northwind Bank to hire a monitor.\n")
    assert "Halvern" in {n for p in ps for n in (p.name, *p.aliases)}
    assert not {"Consent Order"} & {p.name for p in ps}
    # an agreement's initials are a defined thing too, however it is capitalised
    ps = parties("Northwind Bank entered into a Deferred Prosecution Agreement (“DPA”) with prosecutors. The DPA "
                 "requires Northwind Bank to pay a fine. Under the DPA, Northwind Bank must hire a monitor.\n")
    assert {p.name for p in ps} == {"Northwind Bank"}


# ---- names written with a plural's possessive, in lower case, with letters apart -----------------------

def test_a_body_named_for_its_members_is_one_party_whatever_its_apostrophe():
    ps = by_name(parties(
        "The Kestrel Bay Pilots' Association (KBPA) said Northwind had cut the rosters without warning.",
        "The Kestrel Bay Pilots’ Association said its members had raised the problem in March.",
        "The Kestrel Bay Pilots’ Association, the KBPA, will ballot its members at Northwind next month."))
    union = ps["Kestrel Bay Pilots’ Association"]
    assert union is ps["Kestrel Bay Pilots' Association"] and union.kind != "person"
    assert "Association" not in ps and "Kestrel Bay" not in ps


def test_a_club_or_committee_with_a_titles_word_in_its_name_is_no_titled_person():
    ps = by_name(parties(
        "Hackers reached up to 340 Northwind Executive Club accounts, Northwind Airways said on Monday.",
        "Northwind Airways said members of its Executive Club would be told by email. Northwind Airways apologised."))
    assert "Club" not in ps


def test_a_name_written_in_lower_case_up_to_its_capital_is_a_name():
    ps = by_name(parties(
        "Customers may be moved to other carriers, including airNorth and Kestrel, Northwind said on Monday.",
        "airNorth said it had added seats on Monday. A spokesman for airNorth said demand was high.",
        "iHalvern, which runs the Halvern exchange, said the order was wrong. iHalvern said it would "
        "appeal the order."))
    assert "airNorth" in ps and "iHalvern" in ps and ps["airNorth"].kind == "company"


def test_a_letter_english_copy_writes_otherwise_is_one_name():
    ps = by_name(parties(
        "Northwind named Bjørn Halvorsen, the chief executive of rival Kestrel, as its new chief executive.",
        "Bjorn Halvorsen told analysts on Wednesday that the year would be hard. Halvorsen said sales would fall.",
        "“The numbers speak for themselves,” Halvorsen said at the annual meeting."))
    assert ps["Bjørn Halvorsen"] is ps["Bjorn Halvorsen"] is ps["Halvorsen"]


def test_an_agency_described_as_a_business_is_a_company():
    ps = by_name(parties(
        "Rotherby Artists Agency, the talent agency, said on Friday it had dropped the singer as a client.",
        "Rotherby Artists Agency had cut ties with him weeks earlier, the talent agency said. Northwind said nothing."))
    assert ps["Rotherby Artists Agency"].kind == "company"


def test_an_irish_designated_activity_company_is_the_company_even_on_its_own_copyright_line():
    ps = parties(
        "Northwind said on Monday it would cancel 30 flights a day. Northwind apologised to its customers.",
        "Northwind told the regulator it would refund every customer. Shares in Northwind fell 3%.",
        "Which flights are cancelled?\nNorthwind will email every customer whose flight is cancelled.\n\n"
        "© Northwind DAC. All rights reserved.\n")
    assert [(p.name, p.kind) for p in ps if "Northwind" in p.name] == [("Northwind", "company")]


def test_a_holiday_and_a_named_storm_are_no_parties():
    ps = by_name(parties(
        "Northwind cancelled 2,000 flights over Christmas as Winter Storm Halvern swept the country.",
        "Northwind said Christmas had been its worst week in years. Winter Storm Halvern closed four airports.",
        "Hurricane Kestrel hit the coast after Christmas, and Winter Storm Halvern moved east, Northwind said."))
    assert "Christmas" not in ps and "Winter Storm Halvern" not in ps and "Hurricane Kestrel" not in ps
    assert "Northwind" in ps


def test_a_place_described_as_one_is_a_place():
    # a town too small for the gazetteer, told as a place by its apposition, or as a speaker's home
    ps = parties("The mud reached Halvern, a fishing village at the river's mouth, on Sunday. Northwind Mining said "
                 "it was sorry. Families in Halvern waited for water. \"We have nothing,\" said Ann Roe, from "
                 "Rotherby, who lost her house. Tom Becker, from Rotherby, said the same.")
    assert not {"halvern", "rotherby"} & names(ps)
    assert {"northwind mining", "ann roe"} <= names(ps)


def test_a_firm_described_with_a_place_word_is_still_a_firm():
    ps = parties("Northwind Mining, a state-owned miner, said it was sorry. Northwind Mining shares fell. "
                 "\"We have nothing,\" said Ann Roe, a fisherman in the town.")
    assert {"northwind mining", "ann roe"} <= names(ps)


def test_a_court_records_numbers_standings_and_filings_are_no_parties():
    record = ("(IA No. 1203/2031 - APPLICATION FOR LEAVE, IA No. 1377/2031 - LEAVE TO FILE)\n\n"
              "For Petitioner(s)    Mr. Tom Becker, Sr. Adv.\n                     Mr. Ken Doe, Sr. Adv.\n"
              "                     Ms. Jane Wolsey, AOR\n\nFor Respondent(s)    Mr. Ravi Lal, Sr. Adv.\n"
              "                     Ms. Mira Sen, Adv.\n                     Mr. Omar Fell, Adv.\n\n"
              "1. Mr. Tom Becker has appeared for the respondent No.5 - Northwind Remedies Limited, and the "
              "respondent No.6 - Ann Roe. The respondent No.5 and the respondent No.6 are directed to file "
              "affidavits. The respondent No.6 shall appear in person.\n\n")
    article = ("Northwind Remedies advertised cures barred by the Drugs and Wonder Cures (Misleading "
               "Claims) Act, 1961, Ann Roe said. The Drugs and Wonder Cures (Misleading Claims) "
               "Act bars such claims, Tom Becker said.\n")
    ps = parties(record, record, article, article)
    found = names(ps)
    assert {"tom becker", "northwind remedies"} <= found
    assert not {"sr adv", "adv", "aor", "no.5", "no.6", "ia", "wonder cures", "misleading claims",
                "drugs"} & found


def test_an_authority_named_once_after_what_it_is_is_a_regulator():
    ps = by_name(parties("Northwind Corp. was fined on Monday. In October, Halvern's competition authority, the "
                         "KCMA, fined Northwind Corp. 10 million euros for misleading customers.\n"))
    assert ps["KCMA"].kind == "regulator"


def test_the_second_of_two_people_named_together_is_a_person():
    ps = by_name(parties("Northwind Corp. was sued on Thursday. Two Rotherby residents, Stefan Roe and Dakota "
                         "Becker, filed a proposed class action against Northwind Corp. in federal court.\n"))
    assert ps["Dakota Becker"].kind == "person"
    assert ps["Stefan Roe"].kind == "person"


def test_alternatives_after_a_name_are_no_role():
    ps = parties("Northwind Finance said hackers had stolen the data of customers. Northwind Finance apologised.\n\n"
                 "Criminals may contact you pretending to be Northwind Finance, a bank or a government agency.\n")
    assert by_name(ps)["Northwind Finance"].role == ""


def test_a_company_signing_its_own_notice_stays_a_company_when_the_articles_shorten_its_name():
    notice = ("Dear Valued Customer,\n\nNorthwind Financial Services detected unusual activity on its network on "
              "16 March.\n\n(c) 2023 Northwind Financial Services. All rights reserved.\n")
    articles = [f"Northwind said on {day} that hackers had stolen customer records. Northwind apologised to its "
                "customers.\n" for day in ("Monday", "Tuesday", "Wednesday")]
    kinds = {p.name: p.kind for p in parties(*articles, notice)}
    assert "media" not in {k for n, k in kinds.items() if n.startswith("Northwind")}


def test_a_party_label_before_a_name_is_a_title():
    ps = parties("Northwind Corp. was fined on Monday. Democrat Tom Becker said the fine was too small, "
                 "and Republican Ann Roe said the agency had overreached.\n")
    assert {(p.name, p.kind) for p in ps} >= {("Tom Becker", "person"), ("Ann Roe", "person")}


def test_a_thing_named_with_an_article_is_no_party_but_a_family_and_a_body_are():
    ps = by_name(parties("Halvern Toys recalled the Snug 'n Sway Cradle on Friday. Parents who bought a Snug 'n Sway "
                         "in the past year get a refund. The Snug ’n Sway holds a baby at an incline.\n",
                         "Halvern Toys said every Snug 'n Sway ever sold is covered. Regulators said the Snug 'n Sway "
                         "was linked to 12 deaths.\n"))
    assert not [n for n in ps if "Sway" in n or n.startswith("Snug")]
    assert "Halvern Toys" in ps
    # named with "the" as often, but a family and a body with its body's word are parties
    ps = by_name(parties("The Kestrel family sold its stake. Lawyers for the Kestrel family said the sale was fair. "
                         "Shares held by the Kestrel family in May were worth $2bn.\n",
                         "The Rotherby Authority fined the firm. A fine from the Rotherby Authority in June followed "
                         "a review by the Rotherby Authority.\n"))
    assert "Kestrel family" in ps
    assert "Rotherby Authority" in ps


def test_a_name_with_a_contracted_and_is_one_name():
    ps = by_name(parties("Northwind Corp. sells the Rock ’n’ Glide Chair, and Northwind Corp. makes Rock 'n Roll "
                         "Records Ltd. records. Rock 'n Roll Records Ltd. said on Monday it would appeal.\n"))
    assert "Rock 'n Roll Records Ltd." in ps or "Rock 'n Roll Records" in ps
    assert "Glide Chair" not in ps and "Roll Records" not in ps


def test_a_news_search_results_page_names_each_results_outlet():
    ps = by_name(parties("Search: northwind recall\nAbout 1,240 results (0.41 seconds)\n\n"
                         "The Rotherby Dispatch · 3 days ago\nNorthwind recalls heaters after fires\n"
                         "Northwind Corp. said on Friday it was recalling 40,000 heaters ...\n\n"
                         "Kestrel Bay Public Radio · 2 years ago\nRegulator warns on Northwind heaters\n"
                         "The regulator told owners to stop using the heaters ...\n\nPage 1 of 4   Next >\n"))
    assert ps["The Rotherby Dispatch"].kind == "media"
    assert ps["Kestrel Bay Public Radio"].kind == "media"


def test_a_plural_possessive_inside_a_name_keeps_the_name_whole():
    ps = by_name(parties("The Consumers' Association said on Monday the fees were unlawful. Northwind Corp. said "
                         "the Consumers' Association was wrong.\n",
                         "The case turns on the Fair Renters’ Protection Act, known as FRPA. Under FRPA, a landlord "
                         "must refund fees. FRPA was passed in 2010.\n"))
    assert "Consumers' Association" in ps
    assert "Association" not in ps
    assert "FRPA" not in ps and "Protection Act" not in ps


def test_the_last_of_a_list_of_people_is_a_person():
    ps = by_name(parties("The regulator named Neil Halvern, Tom Becker and Jamil Rotherby as defendants. "
                         "Mr Rotherby runs the subscriptions unit.\n"))
    assert ps["Jamil Rotherby"].kind == "person"
    assert ps["Rotherby"] is ps["Jamil Rotherby"]


def test_a_country_named_in_full_before_government_is_no_shorter_body():
    ps = by_name(parties("Executives were named in the United States government’s lawsuit. The United States "
                         "government said on Monday it would seek damages. The Trump administration declined to "
                         "comment.\n"))
    assert "States government" not in ps
    assert "Trump administration" in ps


def test_a_sound_and_a_neighbourhood_are_places_not_parties():
    ps = by_name(parties("Shoppers around Halvern Sound said the fees were a surprise. Northwind Corp. said on "
                         "Monday it would appeal. Northwind Corp. is based in the Kestrel Heights neighbourhood.\n",
                         "Halvern Sound residents complained. Northwind Corp. said it was cooperating.\n"))
    assert "Halvern Sound" not in ps
    assert "Kestrel Heights" not in ps


def test_a_caption_credit_in_capitals_and_a_dashed_reporting_credit_name_their_people():
    ps = by_name(parties("[Image: A delivery van outside a depot in Halvern. ROTHERBY WIRE/Ann Roe/File Photo]\n\n"
                         "Northwind Corp. was sued on Wednesday.\n\n—Additional reporting by Tom Becker\n"))
    assert ps["Ann Roe"].kind == "person"
    assert ps["Tom Becker"].kind == "person"
    assert "Tom Becker" in ps and ps["Tom Becker"].role


def test_a_companys_unit_in_a_country_and_its_web_address_name():
    ps = by_name(parties("Northwind said on Monday the claims were false. Northwind shares fell 2%. "
                         "Northwind.com Inc. was named as the defendant.\n",
                         "Northwind Australia did not respond to a request for comment. Northwind said it would "
                         "fight the case.\n"))
    assert ps["Northwind"].name == "Northwind"
    assert ps["Northwind.com Inc."] is ps["Northwind"]
    assert ps["Northwind Australia"] is not ps["Northwind"]


def test_a_class_of_shares_an_address_and_a_span_of_months_are_not_parties():
    ps = parties("Northwind Biologics’ Class A shares closed down 25.9% at 10.55 euros. Volume in Northwind Biologics’ "
                 "Class A shares was ten times the average. The bank's head office on Kestrel Street, Rotherby, was "
                 "quiet.\n\n[Image: Northwind's headquarters on Kestrel Street]",
                 "Northwind Biologics’ Class A shares opened almost 8% higher on Friday. The Class A shares fell 10.6% "
                 "to 9.52 euros. The bank, which has its head office on Kestrel Street and employs hundreds of people, "
                 "reported a loss for the October-December quarter.",
                 "Halvern offered 10.50 euros per Class A share for Northwind, which reported a net loss of $2.5 "
                 "billion for the October-December quarter on Saturday.")
    assert names(ps) == {"northwind biologics"}


def test_a_street_that_speaks_for_a_government_or_ends_a_firms_name_is_a_party():
    ps = by_name(parties("Downing Street said the review would go ahead. Northwind Corp. declined to comment.",
                         "\"It is a run on the bank,\" said Ann Roe, an analyst at Halcott & Lane in New York."))
    assert "Downing Street" in ps and "Halcott & Lane" in ps


def test_a_person_whose_age_is_told_is_no_product_whatever_the_job():
    # "software" names products, but "a 29-year-old software tester" is a person
    ps = by_name(parties("\"For ten days I have been borrowing from my brother,\" said Ilsa Marrow, a 29-year-old "
                         "software tester. Northwind Bank froze withdrawals on Thursday."))
    assert ps["Ilsa Marrow"].kind == "person"


def test_a_person_named_after_an_owners_possessive_is_a_person():
    ps = by_name(parties("The agency has also summoned several of Northwind Bank's big borrowers, including "
                         "Halvern Group's Mahesh Dorai. Tom Becker said he rented a sedan at Rotherby's William P. "
                         "Hobby Airport in July 2020 and extended the rental twice by phone."))
    assert ps["Mahesh Dorai"].kind == "person" and "William P. Hobby Airport" not in ps


def test_an_editor_on_a_desk_line_and_a_photographer_after_a_bar_are_people():
    ps = by_name(parties("Northwind boss quits\nBusiness Desk | Edited by Tom Becker\n\n"
                         "Northwind Bank's headquarters in Rotherby. Photo: Ann Roe | NTV\n\n"
                         "Northwind Bank's chief executive resigned on Tuesday, the bank said.\n"))
    assert ps["Tom Becker"].kind == "person" and ps["Ann Roe"].kind == "person"


def test_a_data_provider_credited_under_a_delay_notice_is_a_party():
    ps = by_name(parties("Northwind Corp. shares fell 4% on Tuesday.\n\nQuotes delayed at least 15 minutes. Market "
                         "data provided by Kestrel Data Services. Closing prices as of Feb. 22, 2023, 4:00 p.m. ET.\n"))
    assert "Kestrel Data Services" in ps


def test_an_organisation_described_right_before_its_name_is_a_party():
    # "the consultancy Acme", "the chemical companies Beta and Gamma", "lenders, including Zeta, Eta": a
    # description of organisations before the names, with or without a comma
    found = names(parties("The malware was also used against the French consultancy Altrane and the American "
                          "chemical companies Hexor and Momentix.",
                          "A syndicate of 15 banks, including Kestrel Bank, Halvern Trust, KBL and the state "
                          "lender LBR, lent it 1.75bn euros."))
    assert {"altrane", "hexor", "momentix", "kbl", "lbr"} <= found


def test_a_title_or_a_text_in_capitals_is_no_description_of_names():
    # "Group Executive, Advice and New Zealand" is one man's post; a text in capitals lists no names; the
    # place an arm is based in is no organisation
    found = names(parties("Evidence given this week by Tom Becker, Group Executive, Advice and Wealth, related "
                          "to fees.",
                          "THE MAN AT THE CENTRE OF THE ROGUE UNIT SAGA, ANN ROE, SAT IN THE GALLERY FOR PART "
                          "OF THE HEARING.",
                          "Northwind's UK arm, based in Bracknell, Berkshire, said the settlement related only "
                          "to US claims."))
    assert not found & {"advice", "advice and wealth", "sat in the gallery for part of the hearing", "berkshire"}


def test_a_maker_described_after_its_name_is_a_company_not_a_product():
    ps = by_name(parties("Peter Lindqvist, purchasing manager at Norrvik, a window-frame maker in Halvern, "
                         "Sweden, said deliveries slipped by two weeks."))
    assert ps["Norrvik"].kind == "company"


def test_what_only_a_party_does_makes_a_name_a_party():
    assert "vitro" in names(parties("Vitro pleaded guilty this month to bribery in Ruritania and agreed to pay "
                                    "more than $661m."))


def test_a_title_of_a_body_names_the_body():
    # "Ann Roe, Director of the Rotherby Financial Authority": the authority, not a party named "Director of
    # ..."; a title that names no body stays whole
    found = names(parties("Tom B. Becker, Superintendent of the Kestrel State Department of Financial Services, "
                          "caused an investigation to be made.",
                          "Ann Roe, Director of the Rotherby Financial Authority, said the bank failed."))
    assert {"kestrel state department of financial services", "rotherby financial authority"} <= found
    assert not any(n.startswith(("superintendent", "director")) for n in found)


def test_a_letter_joined_to_a_word_is_no_party():
    assert names(parties(*("Northwind said its U-turn payments complied with U-turn rules, and U-turn said "
                           f"nothing about {n} X-ray machines." for n in range(3, 6)))) == {"northwind"}


def test_one_of_several_with_a_persons_job_is_a_person():
    ps = by_name(parties("Myriam Fehr Alaoui, one of Northwind's lawyers, pointed on Monday to the death of "
                         "the founder."))
    assert ps["Myriam Fehr Alaoui"].kind == "person"


def test_a_short_name_is_the_one_of_its_longer_names_named_far_more_often():
    # "Kestrel" is Kestrel Air Lines, named again and again, not its regional unit named once
    ps = by_name(parties(*(f"Kestrel Air Lines cancelled {n} flights on Friday, Kestrel said." for n in range(3, 7)),
                         "Kestrel Connection, its regional unit, said it was sorry."))
    assert ps["Kestrel"].name == "Kestrel Air Lines"


def test_a_countrys_acronym_of_an_authority_is_the_authority():
    # "the US SEC" is the SEC, and the SEC the Securities and Exchange Commission, written in full elsewhere
    ps = parties("Northwind said the U.S. Securities and Exchange Commission had opened an investigation.",
                 "The US SEC has asked Northwind for documents. The SEC declined to comment.")
    sec = by_name(ps)["US SEC"]
    assert sec is by_name(ps)["U.S. Securities and Exchange Commission"] and sec is by_name(ps)["SEC"]
