"""How the event coder reads a sentence's structure with the packaged lexicon:
one event per clause chain, who the doers and targets are when the sentence
does not put them where a simple subject-verb-object reading looks, and which
nouns are not events. One small text of the project's own per rule."""

from __future__ import annotations

import pytest

from newsevents import Analysis, Article, Event, Pipeline, from_text


def _country(result: Analysis, eid: str | None) -> str | None:
    e = next((e for e in result.entities if e.id == eid), None)
    return e.actor.country if e is not None and e.actor is not None else None


def _run(pipeline: Pipeline, text: str, published: str = "2024-03-09") -> tuple[
        Analysis, list[Event]]:
    art = from_text(text, published=published)
    assert isinstance(art, Article)
    result = pipeline.analyze(art)
    assert isinstance(result, Analysis), result
    return result, [v for v in result.events if not v.negated]


def _triples(result: Analysis, events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return {(_country(result, v.source), _country(result, v.target), v.cameo.root) for v in events}


def test_an_act_offered_is_part_of_the_offer_and_gives_it_its_target(
        pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Libya offered on Monday to hand over the two suspects to Britain.")
    assert _triples(r, evs) == {("LBY", "GBR", "03")}
    assert [v.evidence.text for v in evs] == ["offered"]


def test_an_act_done_for_another_is_one_event(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Zimbabwean police used tear gas to disperse opposition supporters "
                            "in Harare on Saturday.")
    assert len(evs) == 1 and evs[0].cameo.root in ("17", "18")
    assert _country(r, evs[0].source) == "ZWE"


def test_what_a_protest_demands_is_its_topic_not_another_event(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Thousands of Kenyan teachers marched in Nairobi on Monday, calling "
                            "for higher pay.")
    assert {v.cameo.root for v in evs} == {"14"}
    # a protest that names no one it is against is against the authorities at home
    assert _triples(r, evs) == {("KEN", "KEN", "14")}


def test_the_nearest_actor_in_the_clause_is_the_last_resort_target(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Hamas threatened on Monday to resume attacks in Israel.")
    assert ("PSE", "ISR", "13") in _triples(r, evs)


def test_the_doers_own_forces_are_the_means_not_the_target(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Britain mobilized army reservists for a possible war against Iraq.")
    assert _triples(r, evs) == {("GBR", "IRQ", "15")}


def test_us_the_country_is_not_us_the_pronoun(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Venezuela rejected a US offer of talks on Tuesday.")
    assert ("VEN", "USA", "12") in _triples(r, evs)


def test_groups_are_coded_by_the_country_they_are_in(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Opposition groups in Zimbabwe demanded that President Emmerson "
                            "Mnangagwa resign.")
    assert ("ZWE", "ZWE", "10") in _triples(r, evs)


def test_ethnic_groups_are_coded_where_they_live(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Hundreds of ethnic Hungarians demonstrated in Romania on Sunday.")
    assert ("ROU", "ROU", "14") in _triples(r, evs)


def test_crowds_no_one_names_are_coded_where_they_act(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Hundreds of people blocked roads in Dhaka on Sunday.")
    assert {t[0] for t in _triples(r, evs)} == {"BGD"}


def test_a_stative_participle_keeps_its_subject(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Greece is opposed to Turkish mediation in the dispute.")
    assert ("GRC", "TUR", "12") in _triples(r, evs)


def test_event_nouns_take_their_nationality_or_the_subject_of_the_verb_that_stages_them(
        pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Spain announced a suspension of flights with Morocco on Friday.")
    assert ("ESP", "MAR", "16") in _triples(r, evs)
    r, evs = _run(pipeline, "Israeli air strikes hit the outskirts of Damascus overnight.")
    assert "ISR" in {_country(r, v.source) for v in evs if v.cameo.root in ("18", "19")}


def test_the_models_wrong_lemmas_are_mended(pipeline: Pipeline) -> None:
    # the small model lemmatizes "staged" as "stag" and "waged" as "wag"
    _r, evs = _run(pipeline, "Greek dock workers staged a strike in Piraeus on Monday.")
    assert [(v.cameo.root, v.evidence.text) for v in evs] == [("14", "staged")]


def test_will_not_accept_is_a_refusal(pipeline: Pipeline) -> None:
    _r, evs = _run(pipeline, "Lebanon said it will not accept more refugees from Syria.")
    assert [v.cameo.root for v in evs] == ["12"]
    assert evs[0].modality == "asserted" and not evs[0].negated


@pytest.mark.parametrize(("text", "code"), [
    ("The president did not concede defeat in his statement on Monday.", "124"),
    ("Iran has not released the tanker, British officials said.", "1243"),
    ("Washington did not lift its sanctions on Caracas.", "1244"),
])
def test_not_yielding_is_holding_out(pipeline: Pipeline, text: str, code: str) -> None:
    _r, evs = _run(pipeline, text)
    assert [(v.cameo.code, v.negated) for v in evs] == [(code, False)]


@pytest.mark.parametrize("text", [
    "The army has not yet withdrawn from the city.",
    "Egypt said it had never released any Brotherhood members.",
])
def test_not_yet_or_never_yielding_is_no_refusal(pipeline: Pipeline, text: str) -> None:
    r, _evs = _run(pipeline, text)
    assert not any(v.cameo.root == "12" for v in r.events)


def test_a_meeting_that_did_not_happen_is_only_a_negated_meeting(pipeline: Pipeline) -> None:
    r, _evs = _run(pipeline, "The government did not meet the rebels on Monday.")
    assert [(v.cameo.root, v.negated) for v in r.events] == [("04", True)]


def test_the_one_who_refuses_is_the_subject_of_refused(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Myanmar's military government refused to let the UN envoy meet "
                            "the jailed opposition leaders.")
    assert [(_country(r, v.source), v.cameo.root) for v in evs] == [("MMR", "12")]
    envoy = next(e for e in r.entities if e.id == evs[0].target)
    assert envoy.actor is not None and envoy.actor.code.startswith("IGO")


def test_a_must_clause_is_a_demand_of_the_speaker_on_the_subject(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Washington declared on Monday that China must drop its export "
                            "quotas.")
    assert ("USA", "CHN", "10") in _triples(r, evs)


def test_a_threat_is_aimed_at_whoever_its_condition_names(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Russia threatened to halt gas deliveries if Ukraine did not pay "
                            "its debts.")
    assert ("RUS", "UKR", "13") in _triples(r, evs)


def test_the_two_leaders_are_the_last_two_sides_named(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Kenyan President William Ruto met Ugandan President Yoweri "
                            "Museveni in Kampala on Friday. The two leaders agreed to reopen the "
                            "border crossing at Busia.")
    agreed = _triples(r, [v for v in evs if v.cameo.root == "03"])
    assert {("KEN", "UGA", "03"), ("UGA", "KEN", "03")} <= agreed


def test_the_two_neighbours_are_states_not_a_town_of_one(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Sudan's army chief said Chad was sending weapons to rebels through "
                            "the town of Tine. The African Union called on the two neighbours "
                            "to resolve their dispute through dialogue.")
    called = [v for v in evs if v.evidence.text == "called"]
    assert {_country(r, v.target) for v in called} == {"SDN", "TCD"}, [
        (v.source, v.target) for v in called]


def test_the_demand_refers_back_to_the_earlier_demand(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "The European Union demanded on Tuesday that Belarus free the "
                            "detained journalists. Belarus rejected the demand on Wednesday.")
    rejected = [v for v in evs if v.cameo.root == "12"]
    assert [_country(r, v.source) for v in rejected] == ["BLR"]
    union = next(e for e in r.entities if e.id == rejected[0].target)
    assert union.actor is not None and union.actor.code.startswith("IGO")


@pytest.mark.parametrize("text", [
    "The two sides agreed to a truce after two days of fierce fighting.",
    "UN monitors will oversee the ceasefire along the border.",
])
def test_background_and_observed_event_nouns_are_not_events(pipeline: Pipeline,
                                                            text: str) -> None:
    _r, evs = _run(pipeline, text)
    assert not [v for v in evs if v.evidence.text in ("fighting", "ceasefire")]


def test_an_event_noun_inside_a_name_is_not_an_event(pipeline: Pipeline) -> None:
    _r, evs = _run(pipeline, "The Shanghai Cooperation Organisation agreed to admit Belarus.")
    assert not [v for v in evs if v.evidence.text == "Cooperation"]


def test_two_leaders_the_parser_makes_two_subjects_meet_each_other(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Congolese President Felix Tshisekedi and Rwandan President Paul "
                            "Kagame met in Doha on Tuesday and called for a ceasefire, Qatar's "
                            "foreign ministry said.")
    met = _triples(r, [v for v in evs if v.evidence.text == "met"])
    assert met == {("COD", "RWA", "04"), ("RWA", "COD", "04")}, met


def test_the_attacks_after_cyberattacks_are_those_told_again(pipeline: Pipeline) -> None:
    _r, evs = _run(pipeline, "Iranian hackers carried out a series of cyberattacks on Albanian "
                             "government websites. Albania said the attacks were reckless.")
    assert not [v for v in evs if v.evidence.text == "attacks"], [
        (v.cameo.code, v.evidence.text) for v in evs]


@pytest.mark.parametrize(("text", "noun"), [
    ("The US envoy for the Sudan talks, Tom Perriello, arrived in Jeddah on Monday.",
     "talks"),
    ("Norway's special envoy for the Colombia negotiations, Dag Nylander, met rebel "
     "leaders on Monday.", "negotiations"),
])
def test_the_remit_of_a_title_is_not_an_event(pipeline: Pipeline, text: str,
                                              noun: str) -> None:
    _r, evs = _run(pipeline, text)
    assert not [v for v in evs if v.evidence.text == noun], [
        (v.cameo.code, v.evidence.text) for v in evs]


def test_conjoined_nationalities_are_two_sides(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "The Turkish and Greek sides agreed to share information on missing "
                            "people.")
    assert {("TUR", "GRC", "03"), ("GRC", "TUR", "03")} <= _triples(r, evs)


def test_criticism_comes_from_direct_quotes_only(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "The White House said Washington had imposed sanctions on the "
                            "Taliban for sheltering suspected terrorist leaders.")
    assert "11" not in {v.cameo.root for v in evs}
    r, evs = _run(pipeline, 'Iranian President Hassan Rouhani said: "Israel is a terrorist '
                            'regime."')
    assert ("IRN", "ISR", "11") in _triples(r, evs)


def test_a_conjoined_verb_shares_the_subject_not_the_passive_agent(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Montenegro's prime minister was indicted by a court in The Hague "
                            "and will resign.")
    resign = [v for v in evs if v.evidence.text == "resign"]
    assert resign and _country(r, resign[0].source) == "MNE"


def test_what_is_fired_is_not_whom_it_is_fired_at(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "SEOUL, Nov 6 - North Korea fired several rounds of artillery into "
                            "the sea off its west coast, the Joint Chiefs of Staff said.")
    fired = [v for v in evs if v.evidence.text == "fired"]
    assert fired and _country(r, fired[0].source) == "PRK"
    # neither the shells (coded by the article's country) nor the ones who report it
    assert fired[0].target is None


def test_the_leaders_of_the_two_countries_are_the_two_countries(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Turkey and Greece have long quarrelled. On Sunday the leaders of "
                            "the two countries talked by telephone.")
    # an active verb's "by telephone" is its means, not a passive agent
    assert _triples(r, evs) == {("TUR", "GRC", "04"), ("GRC", "TUR", "04")}


def test_a_for_to_clause_is_what_is_called_for(pipeline: Pipeline) -> None:
    _r, evs = _run(pipeline, "Kenya called for the prisoners to be released.")
    assert [(v.cameo.code, v.evidence.text) for v in evs] == [("0253", "called")]
    _r, evs = _run(pipeline, "The Yemeni government called for the killing to be investigated.")
    assert [(v.cameo.code, v.evidence.text) for v in evs] == [("0213", "called")]


def test_a_group_is_the_members_it_names(pipeline: Pipeline) -> None:
    r, evs = _run(pipeline, "Western powers including the United States and Britain imposed "
                            "sanctions on Russia.")
    assert _triples(r, evs) == {("USA", "RUS", "16"), ("GBR", "RUS", "16")}
    # "as" without "such" names no members
    r, evs = _run(pipeline, "Britain, as a member of the alliance, condemned the attack on Kyiv.")
    assert {s for s, _t, _root in _triples(r, evs)} == {"GBR"}



def test_a_hostile_act_a_side_agrees_to_is_that_act_not_cooperation(pipeline: Pipeline) -> None:
    # "agreed to impose sanctions on Niger": the sanctions, decided; no agreement with Niger
    r, evs = _run(pipeline, "West African leaders agreed to impose sanctions on Niger.")
    assert not any(v.cameo.root == "03" for v in evs), [v.cameo.code for v in evs]
    imposed = [v for v in evs if v.cameo.root == "16"]
    assert imposed and all(v.modality == "asserted" and _country(r, v.target) == "NER"
                           for v in imposed), [(v.cameo.code, v.modality) for v in evs]
    # what a side will agree to do is still to come
    r, evs = _run(pipeline, "West African leaders will agree to impose sanctions on Niger.")
    assert not any(v.cameo.root == "16" and v.modality == "asserted" for v in evs)


def test_an_act_denied_in_a_gerund_is_denied_not_done(pipeline: Pipeline) -> None:
    _r, evs = _run(pipeline, "The Sudanese army denied shelling the market in El Fasher.")
    assert not any(v.cameo.root in ("18", "19") and v.modality == "asserted" for v in evs), \
        [(v.cameo.code, v.modality) for v in evs]


def test_a_past_tense_conjoined_to_an_urged_infinitive_is_done(pipeline: Pipeline) -> None:
    a, _ = _run(pipeline, "President Yoon Suk Yeol urged the striking doctors to return to "
                          "patients and offered to meet their representatives.")
    offered = [v for v in a.events if v.evidence.text == "offered"]
    assert offered and offered[0].modality == "asserted"
    # what is urged stays demanded
    assert all(v.modality == "demanded" for v in a.events if v.evidence.text == "return")
