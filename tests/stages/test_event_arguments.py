"""Event arguments the text does not name: conventions for agentless passives.

Sentences written here, one per rule; the doer is filled by convention and flagged
``inferred``, never invented without a flag.
"""

from __future__ import annotations

import pytest

from newsevents import Analysis, Pipeline

from .texts import analyse as _analyse


def _codes(a: Analysis) -> dict[str | None, str | None]:
    return {e.id: e.actor.code if e.actor else None for e in a.entities}


def _triples_at(pipeline: Pipeline, text: str,
                trigger: str) -> set[tuple[str | None, str, str | None]]:
    """(source code, CAMEO code, target code) of the events ``trigger`` carries."""
    a = _analyse(pipeline, text)
    codes = _codes(a)
    return {(codes.get(v.source), v.cameo.code, codes.get(v.target)) for v in a.events
            if v.evidence.text == trigger}


def test_an_arrest_with_no_doer_is_the_polices_of_the_place(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "A teacher from Lyon was arrested in Tunisia on Monday for "
                           "insulting the president, Tunisian police said.")
    arrests = [v for v in a.events if v.evidence.text == "arrested"]
    assert arrests, [v.evidence.text for v in a.events]
    codes = _codes(a)
    assert (codes[arrests[0].source] or "").startswith("TUN")
    assert arrests[0].inferred == ["source"]


def test_a_killing_with_no_doer_is_coded_to_the_country_where_it_happened(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Four soldiers were killed in a roadside bombing near the town of "
                           "Kunduz in Afghanistan on Sunday.")
    kills = [v for v in a.events if v.evidence.text in ("killed", "bombing")]
    assert kills and all(v.inferred == ["source"] for v in kills)
    codes = _codes(a)
    assert all((codes[v.source] or "").startswith("AFG") for v in kills)


def test_a_named_doer_is_never_replaced(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Two protesters were arrested by Kenyan police in Nairobi on Monday.")
    arrests = [v for v in a.events if v.evidence.text == "arrested"]
    assert arrests and arrests[0].inferred == []
    assert (_codes(a)[arrests[0].source] or "").startswith("KEN")


def test_an_origin_is_not_where_it_happened(pipeline: Pipeline) -> None:
    # "from Calgary" says where the man is from; "in Lebanon" where he was arrested
    a = _analyse(pipeline, "A missionary from Calgary was arrested in Lebanon for spying, "
                           "according to the Canadian Press.")
    arrests = [v for v in a.events if v.evidence.text == "arrested"]
    assert arrests and (_codes(a)[arrests[0].source] or "").startswith("LBN")


def test_a_bare_passive_participle_is_done_to_the_clauses_subject(pipeline: Pipeline) -> None:
    # "appeared in court, charged with murder": the man is charged, not the charger
    a = _analyse(pipeline, "A Canadian, Darren Pell, 35, appeared in Auckland High Court, New "
                           "Zealand on Friday, charged with two counts of fraud.")
    charges = [v for v in a.events if v.evidence.text == "charged"]
    assert charges, [v.evidence.text for v in a.events]
    names = {e.id: e.name for e in a.entities}
    assert names.get(charges[0].target or "") == "Darren Pell"
    assert names.get(charges[0].source or "") != "Darren Pell"
    assert charges[0].inferred == ["source"]


def test_a_passive_with_a_constrained_prepositional_object_keeps_its_target(
        pipeline: Pipeline) -> None:
    for text in ("Opposition leader Kofi Mensah was accused of treason by the government "
                 "of Ghana.",
                 "Opposition leader Kofi Mensah left the court in Accra, accused of treason "
                 "by the government of Ghana."):
        a = _analyse(pipeline, text)
        accused = [v for v in a.events if v.evidence.text == "accused"]
        assert accused, text
        codes = _codes(a)
        assert codes[accused[0].target] == "GHAOPP", (text, accused[0])
        assert (codes[accused[0].source] or "").startswith("GHAGOV")


def test_an_act_or_weapon_as_subject_names_no_doer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "A suicide bombing killed 12 people at a market in Maiduguri, "
                           "Nigeria, on Friday.")
    codes = _codes(a)
    # one act, coded on its verb: the bombing is not a second event; the people killed
    # are the country's civilians
    assert [(v.evidence.text, codes[v.source], codes[v.target], v.inferred)
            for v in a.events] == [("killed", "NGA", "NGACVL", ["source"])]
    a = _analyse(pipeline, "A rocket hit a police station in Kandahar, Afghanistan, on Friday.")
    hits = [v for v in a.events if v.evidence.text == "hit"]
    assert hits and _codes(a)[hits[0].source] == "AFG" and hits[0].inferred == ["source"]


def test_an_attack_noun_that_is_its_clauses_subject_is_the_act_reported(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Twin bombings struck a crowded bus station in Jos, Nigeria, on "
                           "Sunday.")
    # one act, on the verb or on the noun, done by the country where it happened
    assert [(v.cameo.root in ("18", "19"), _codes(a)[v.source], v.inferred)
            for v in a.events] == [(True, "NGA", ["source"])]
    a = _analyse(pipeline, "Twin bombings on Sunday tore through a crowded bus station in Jos, "
                           "Nigeria.")
    assert [(v.evidence.text, v.cameo.root, _codes(a)[v.source], v.inferred)
            for v in a.events] == [("bombings", "18", "NGA", ["source", "target"])]
    # an attack noun that is not its clause's subject, with no one named, is no event
    a = _analyse(pipeline, "Officials discussed security after the bombings on Sunday.")
    assert not [v for v in a.events if v.evidence.text == "bombings"]


def test_rules_eased_or_imposed_at_home_apply_to_the_doers_own_country(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The Taiwanese legislature voted 71 to 30 to legalize same-sex "
                           "marriage.")
    codes = _codes(a)
    assert [(codes[v.source], v.cameo.code[:3], codes[v.target], v.inferred)
            for v in a.events] == [("TWNLEG", "081", "TWN", ["target"])]
    # a named target is never replaced
    a = _analyse(pipeline, "Ukraine imposed restrictions on Russian journalists on Monday.")
    imposed = [v for v in a.events if v.cameo.code.startswith("172")]
    assert imposed and all(v.inferred == [] and _codes(a)[v.target] == "RUSMED"
                           for v in imposed)
    # a threat to impose one at home is done to the country too
    a = _analyse(pipeline, "Peru's economy is in crisis. President Dina Boluarte said on "
                           "Friday she may declare a national state of emergency.")
    threats = [v for v in a.events if v.cameo.code.startswith("132")]
    assert threats and all(_codes(a)[v.target] == "PER" and "target" in v.inferred
                           for v in threats), [(v.cameo.code, v.target) for v in threats]


def test_holding_someone_in_contempt_is_censure_not_hostage_taking(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The House of Representatives voted on Wednesday to hold Attorney "
                           "General William Barr in contempt of Congress.")
    assert {v.cameo.code for v in a.events if v.evidence.text == "hold"} == {"111"}


def test_an_attack_by_someone_nobody_names_on_people_nobody_names(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "On Saturday in Leeds, England, a man walked into a shop, grabbed a "
                           "knife and began to stab people.")
    codes = _codes(a)
    stabs = [v for v in a.events if v.evidence.text == "stab"]
    # "a man" is the doer the text gives (a private person of the country), the people
    # stabbed civilians of the country where it happened
    assert [(codes[v.source], codes[v.target], v.inferred) for v in stabs] == [
        ("GBRCVL", "GBRCVL", [])]
    # with no doer at all, the country where it happened
    a = _analyse(pipeline, "On Saturday in Leeds, England, three people were stabbed in a shop.")
    codes = _codes(a)
    stabs = [v for v in a.events if v.evidence.text == "stabbed"]
    assert [(codes[v.source], codes[v.target], "source" in v.inferred) for v in stabs] == [
        ("GBR", "GBRCVL", True)]
    # a doer the text names and codes is kept, and so is a coded victim
    a = _analyse(pipeline, "Nigerian troops killed 12 militants near Maiduguri on Friday.")
    kills = [v for v in a.events if v.evidence.text == "killed"]
    assert kills and all(v.inferred == [] for v in kills)


def test_doers_named_together_each_did_it_even_when_coded_alike(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "On Monday, the Montana Civil Liberties Union and the Northern "
                           "Plains Rights Fund sued the state of Montana over its new voting "
                           "law.")
    suits = [v for v in a.events if v.cameo.code == "115"]
    assert len({v.source for v in suits}) == 2, [(v.source, v.target) for v in suits]
    codes = _codes(a)
    assert {codes[v.source] for v in suits} == {"USAHRI"}


def test_an_attack_with_no_target_actor_is_on_the_country_where_it_struck(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Gunmen attacked a crowded market in Kano, Nigeria, on Tuesday.")
    codes = _codes(a)
    attacks = [v for v in a.events if v.evidence.text == "attacked"]
    assert attacks and codes[attacks[0].target] == "NGA"
    assert "target" in attacks[0].inferred
    # a target with no code gives way to the place's country
    b = _analyse(pipeline, "Twin bombings yesterday struck the Magsaysay Arcade in Davao, "
                           "Philippines.")
    bombs = [v for v in b.events if v.evidence.text == "bombings"]
    assert bombs and _codes(b)[bombs[0].target] == "PHL"
    # a town the model tags an organisation is the place all the same
    c = _analyse(pipeline, "A suicide bomber struck a crowded market in Ghazni on Monday.")
    struck = [v for v in c.events if v.evidence.text == "struck"]
    assert struck and {_codes(c).get(v.target) for v in struck} == {"AFG"}, [
        (v.source, v.target) for v in struck]


@pytest.mark.parametrize("text", [
    "Rebels attacked a military base in the province of Cauca on Friday, killing two soldiers.",
    "Rebels ambushed a military convoy in the province of Cauca on Friday, killing two "
    "soldiers.",
])
def test_an_attack_on_a_military_base_is_on_the_army_named(pipeline: Pipeline,
                                                           text: str) -> None:
    a = _analyse(pipeline, text)
    attacks = [v for v in a.events if v.evidence.text in ("attacked", "ambushed")]
    assert attacks and {_codes(a).get(v.target) for v in attacks} == {"COLMIL"}, [
        (v.source, v.target) for v in attacks]


def test_the_doers_own_name_is_not_where_an_attack_struck(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Russia launched missile strikes overnight, officials said.")
    strikes = [v for v in a.events if v.cameo.code.startswith(("18", "19"))]
    assert strikes and all(v.target is None for v in strikes)


def test_the_authority_that_reports_arrests_made_them(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Police chief Dragan Ilic said 40 people were arrested overnight in "
                           "Belgrade.")
    codes = _codes(a)
    arrests = [v for v in a.events if v.evidence.text == "arrested"]
    assert arrests and codes[arrests[0].source] == "SRBCOP"
    assert arrests[0].inferred == ["source"]
    # a rights group that reports arrests did not make them
    b = _analyse(pipeline, "Human Rights Watch said 30 activists were arrested in Cairo.")
    arrests = [v for v in b.events if v.evidence.text == "arrested"]
    assert arrests and _codes(b)[arrests[0].source] == "EGY"


def test_people_arrested_or_killed_are_the_countrys_civilians(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Police chief Marko Ilic said at least 40 people were arrested in "
                           "Novi Sad, Serbia on Saturday night.")
    codes = _codes(a)
    arrests = [v for v in a.events if v.evidence.text == "arrested"]
    assert arrests and codes[arrests[0].target] == "SRBCVL"
    assert codes[arrests[0].source] == "SRBCOP"


def test_criticism_of_an_act_done_by_someone_targets_the_doer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The European Union condemned the arrest of opposition leader "
                           "Marta Quiroga by Venezuelan police.")
    crit = [v for v in a.events if v.evidence.text == "condemned"]
    assert crit and _codes(a)[crit[0].target] == "VENCOP"


def test_an_act_named_by_a_naming_verb_is_judged_not_done_again(pipeline: Pipeline) -> None:
    # "stabbing" is tagged a verb here; the minister did not stab anyone
    a = _analyse(pipeline, "Interior Minister Jan Kowal called the stabbing an act of "
                           "barbarity.")
    names = {e.id: e.name for e in a.entities}
    assert not [v for v in a.events if v.cameo.code.startswith("18")
                and names.get(v.source or "") == "Jan Kowal"]


def test_an_act_referred_back_to_is_aimed_at_its_conventional_doer(pipeline: Pipeline) -> None:
    # the shooting has no named doer: coded to the country where it happened, and the
    # condemnation of "the shooting" is aimed at whoever it is coded to
    a = _analyse(pipeline, "A judge was shot dead outside a court in the Peruvian city of "
                           "Cusco on Monday. Justice Minister Rosa Vela condemned the "
                           "shooting on Tuesday.")
    shots = [v for v in a.events if v.evidence.text == "shot"]
    crit = [v for v in a.events if v.evidence.text == "condemned"]
    assert shots and crit, [v.evidence.text for v in a.events]
    assert shots[0].source is not None and crit[0].target == shots[0].source


def test_a_protest_that_names_no_protesters_is_the_countrys_people(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Anti-government protests spread on Friday from the capital to "
                           "the port city of Mombasa in Kenya.")
    protests = [v for v in a.events if v.evidence.text == "protests"]
    assert protests and protests[0].cameo.code.startswith("14")
    codes = _codes(a)
    assert codes[protests[0].source] == "KEN" and protests[0].inferred[:1] == ["source"]
    # ... against their own government, as CAMEO codes domestic protest
    assert (codes[protests[0].target] or "").startswith("KEN")


def test_a_weapon_or_strike_of_a_nationality_is_that_countrys(pipeline: Pipeline) -> None:
    for text, doer in (("Ukrainian drones attacked an oil depot in the Russian city of "
                        "Kursk on Friday.", "UKR"),
                       ("A Saudi-led coalition air strike killed 14 people at a market in "
                        "Yemen.", "SAU")):
        a = _analyse(pipeline, text)
        attacks = [v for v in a.events if v.cameo.code.startswith(("18", "19"))]
        assert attacks, text
        assert _codes(a)[attacks[0].source] == doer, text


def test_an_attack_named_after_a_group_is_that_groups(pipeline: Pipeline) -> None:
    names = ("Hamas", "al-Shabab")
    for text, doer in (("A Hamas attack on an army post killed four soldiers near Gaza.",
                        names[0]),
                       ("An al-Shabab ambush killed 12 Kenyan soldiers near the border on "
                        "Tuesday.", names[1])):
        a = _analyse(pipeline, text)
        attacks = [v for v in a.events if v.cameo.code.startswith(("18", "19"))]
        assert attacks, text
        by_id = {e.id: e.name for e in a.entities}
        assert by_id.get(attacks[0].source or "") == doer, text


def test_condemnation_that_comes_from_someone_is_theirs(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Condemnation came from the European Union, Turkey and the United "
                           "Nations on Sunday.")
    codes = _codes(a)
    assert {codes[v.source] for v in a.events if v.cameo.code == "111"} == {
        "IGOEEC", "TUR", "IGOUNO"}
    a = _analyse(pipeline, "Statements of condemnation have come from Turkey on Sunday.")
    assert [_codes(a)[v.source] for v in a.events if v.cameo.code == "111"] == ["TUR"]
    # the parser hangs the critic on what is criticised: still the critic, not the target
    a = _analyse(pipeline, "There was strong criticism of the decision from Kenya.")
    critic = [v for v in a.events if v.cameo.code == "111"]
    assert critic and _codes(a)[critic[0].source] == "KEN" and critic[0].target is None


def test_who_condemns_an_attack_is_not_where_it_happened(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Nigeria's president and Nigeria's army said the bombing drew "
                           "condemnation from France.")
    bombing = [v for v in a.events if v.evidence.text == "bombing"]
    assert bombing and _codes(a)[bombing[0].source] == "NGA"


def test_them_is_the_group_before_not_the_clauses_own_subject(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Striking miners clashed with riot police near the mine. As they "
                           "tried to block the road, police fired rubber bullets at them.")
    names = {e.id: e.name for e in a.entities}
    fired = [v for v in a.events if v.evidence.text == "fired"]
    assert fired and names.get(fired[0].source or "") == "riot police"
    assert "miners" in names.get(fired[0].target or "", "")
    # "they" of a clause of its own ("As they tried ...") is not the main clause's subject
    tried = [v for v in a.events if v.evidence.text == "block"]
    assert all("police" not in names.get(v.source or "", "") for v in tried)


def test_a_state_protesting_an_act_complains_of_its_doer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Kenya protested the detention of two Kenyan lorry drivers by "
                           "Ugandan police.")
    protest = [v for v in a.events if v.evidence.text == "protested"]
    assert protest and protest[0].cameo.code == "114"
    assert _codes(a)[protest[0].source] == "KEN" and _codes(a)[protest[0].target] == "UGACOP"


def test_a_name_and_its_appositive_did_what_the_verb_after_them_says(
        pipeline: Pipeline) -> None:
    # the small parser hangs "ordered" on the name as a participle ("Conley, ordered by")
    for text in ("Anna Moss, a Kenyan High Court judge, ordered last week that the ballots "
                 "be counted again.",
                 "The vote was delayed after Anna Moss, a Kenyan High Court judge, ordered "
                 "last week that the ballots be counted again."):
        a = _analyse(pipeline, text)
        orders = [v for v in a.events if v.evidence.text == "ordered"]
        assert orders, text
        names = {e.id: e.name for e in a.entities}
        assert names.get(orders[0].source or "") == "Anna Moss", text
        assert orders[0].target != orders[0].source


def test_victims_are_of_the_place_where_they_were_struck(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Russian shelling killed five civilians in Zaporizhzhia on Monday.")
    kills = [v for v in a.events if v.evidence.text == "killed"]
    assert kills and _codes(a)[kills[0].target] == "UKRCVL"


def test_the_object_hung_on_a_title_is_the_person_it_names(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "A court in Moscow sentenced opposition politician Ilya Yashin to "
                           "eight years in prison.")
    names = {e.id: e.name for e in a.entities}
    sentences = [v for v in a.events if v.evidence.text == "sentenced"]
    assert sentences and names.get(sentences[0].target or "") == "Ilya Yashin"


def test_an_armed_group_is_no_states_force(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Sudan's army and the paramilitary Rapid Support Forces agreed to "
                           "a seven-day ceasefire.", "2023-05-20")
    codes = {e.name: (e.actor.code if e.actor else None) for e in a.entities}
    assert codes.get("Sudan's army") == "SDNMIL" and codes.get("Rapid Support Forces") == "SDNREB"


def test_two_sides_agreeing_about_their_own_troops_agree_with_each_other(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Armenia and Azerbaijan agreed to withdraw troops from the "
                           "disputed border area.")
    codes = _codes(a)
    pairs = {(codes[v.source], codes[v.target]) for v in a.events if v.source and v.target}
    assert ("ARM", "AZE") in pairs and ("AZE", "ARM") in pairs, pairs


def test_the_subject_of_approving_a_loan_gives_it(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The World Bank approved a $700 million loan for Malawi on Thursday.")
    loans = [v for v in a.events if v.evidence.text == "loan"]
    assert loans and _codes(a)[loans[0].source] == "IGOUNOWBK"


def test_receiving_something_no_one_gave_is_no_meeting(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Prime Minister Anna Berg received emergency surgery on Monday, "
                           "her office said.")
    assert not [v for v in a.events if v.cameo.code.startswith("04")]
    b = _analyse(pipeline, "President Ilham Aliyev received the Iranian envoy in Baku.",
                 "2021-05-04")
    assert [v for v in b.events if v.cameo.code == "043"]


def test_an_order_in_the_imperative_is_demanded_not_done(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, 'Al-Shabaab told its fighters: "Take a knife and attack the police."')
    attacks = [v for v in a.events if v.evidence.text == "attack"]
    assert attacks and all(v.modality == "demanded" for v in attacks)
    b = _analyse(pipeline, "Do not attack civilians, the colonel told his men.")
    attacks = [v for v in b.events if v.evidence.text == "attack"]
    assert attacks and attacks[0].modality == "demanded" and attacks[0].negated
    # a plain present is an act
    c = _analyse(pipeline, "Rebels attack a police station in Kivu every week.")
    attacks = [v for v in c.events if v.evidence.text == "attack"]
    assert attacks and attacks[0].modality == "asserted"


def test_filing_a_motion_or_an_appeal_is_legal_action(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The Chilean opposition filed an appeal against the government's "
                           "decree on Monday.")
    assert [v for v in a.events if v.cameo.code == "115"]


def test_a_persons_attack_noun_names_the_victim_not_the_doer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Ayesha Khan was a singer from Lahore. Her murder in July sparked "
                           "protests across Pakistan. The journalist Omar Haddad's kidnapping "
                           "in Beirut on Monday shocked Lebanon.")
    names = {e.id: e.name for e in a.entities}
    by_trigger = {v.evidence.text: v for v in a.events}
    assert names.get(by_trigger["murder"].target or "") == "Ayesha Khan"
    assert names.get(by_trigger["murder"].source or "") != "Ayesha Khan"
    assert names.get(by_trigger["kidnapping"].target or "") == "Omar Haddad"
    # with an "of", the possessor is the doer
    a = _analyse(pipeline, "Israel's assassination of the Hamas leader in Tehran angered Iran.")
    (v,) = [v for v in a.events if v.evidence.text == "assassination"]
    assert {e.id: e.name for e in a.entities}.get(v.source or "") == "Israel"


def test_one_who_died_after_being_shot_was_shot(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Journalist Nabil Haddad died in Aden on Tuesday after being shot in "
                           "his car. Rebels fled after being attacked by the army near Goma.")
    names = {e.id: e.name for e in a.entities}
    by_trigger = {v.evidence.text: v for v in a.events}
    shot, attack = by_trigger["shot"], by_trigger["attacked"]
    assert names.get(shot.target or "") == "Nabil Haddad"
    assert names.get(shot.source or "") != "Nabil Haddad" and shot.inferred == ["source"]
    assert (names.get(attack.source or ""), names.get(attack.target or "")) == ("army", "Rebels")


def test_a_prison_term_received_or_a_guilty_verdict_is_the_courts(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Two Kenyan police officers were found guilty of murder in Nairobi "
                           "on Thursday. Both received life sentences.")
    codes = _codes(a)
    by_trigger = {v.evidence.text: v for v in a.events}
    for trigger, code in (("found", "116"), ("received", "173")):
        v = by_trigger[trigger]
        assert v.cameo.code == code and v.inferred == ["source"]
        assert (codes[v.source] or "").startswith("KEN")
        assert (codes[v.target] or "").startswith("KENCOP")


def test_a_passive_joined_to_an_active_verb_is_done_to_their_subject(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Three Kenyan activists protested outside the court and were "
                           "arrested in Nairobi on Monday.")
    names = {e.id: e.name for e in a.entities}
    (arrest,) = [v for v in a.events if v.evidence.text == "arrested"]
    assert names.get(arrest.target or "") == "Three Kenyan activists"
    assert arrest.source != arrest.target and arrest.inferred == ["source"]


def test_the_force_a_passive_act_puts_someone_under_is_its_doer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Senegalese police said a blogger was placed under police "
                           "surveillance in Dakar on Monday.")
    codes = _codes(a)
    (placed,) = [v for v in a.events if v.evidence.text == "placed"]
    assert codes[placed.source] == "SENCOP" and placed.inferred == ["source"]
    # a hospital or a car crash is no force's hands
    a = _analyse(pipeline, "A blogger was arrested in a military hospital in Dakar. Five people "
                           "were killed in a police car crash in Lagos.")
    codes = _codes(a)
    for v in a.events:
        assert not set((codes.get(v.source) or "")[3:].split()) & {"MIL", "COP"}, v.evidence


def test_an_act_one_escaped_or_a_rulers_own_attack_keep_their_sense(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Opposition leader Raila Odinga left Kenya without being arrested.")
    arrests = [v for v in a.events if v.evidence.text == "arrested"]
    assert arrests and all(v.negated for v in arrests)
    a = _analyse(pipeline, "Bashar al-Assad's chemical attack on Douma shocked the world.")
    names = {e.id: e.name for e in a.entities}
    (attack,) = [v for v in a.events if v.evidence.text == "attack"]
    assert names.get(attack.source or "") == "Bashar al-Assad"


def test_the_one_whose_death_is_spoken_of_is_not_asked_or_accused(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Yemeni journalist Nabil Haddad was shot dead in Aden on Tuesday. "
                           "The government called for his death to be investigated. Reporters "
                           "Without Borders condemned Haddad's murder. In 1989 Iran's supreme "
                           "leader Ruhollah Khomeini called for the death of writer Salman "
                           "Rushdie.")
    names = {e.id: e.name for e in a.entities}
    codes = _codes(a)
    calls = [v for v in a.events if v.evidence.text == "called"]
    (shot,) = [v for v in a.events if v.evidence.text == "shot"]
    (condemned,) = [v for v in a.events if v.evidence.text == "condemned"]
    assert len(calls) == 2 and calls[0].target is None  # the government asks no one named
    assert names.get(calls[1].target or "") == "Salman Rushdie"  # the death demanded is his
    # the condemnation is of whoever the shooting is coded to, not of the dead man
    assert condemned.target == shot.source and (codes[condemned.target] or "").startswith("YEM")


def test_an_act_named_by_the_clause_on_it_is_aimed_at_its_author(pipeline: Pipeline) -> None:
    # "the decree Prime Minister X signed": a relative clause with no "that", which the
    # parser reads as a second main verb, still names whose decree it is
    for text in ("On Monday, lawyers from nine counties filed a joint lawsuit against the state "
                 "of emergency Kenyan President William Ruto declared last Friday.",
                 "Teachers from six provinces filed a lawsuit against the state of emergency "
                 "Peruvian President Pedro Castillo declared on Monday."):
        a = _analyse(pipeline, text)
        names = {e.id: e.name for e in a.entities}
        (suit,) = [v for v in a.events if v.evidence.text == "filed"]
        assert names.get(suit.target or "") in ("William Ruto", "Pedro Castillo"), text


def test_a_thing_an_earlier_event_made_is_aimed_at_its_maker(pipeline: Pipeline) -> None:
    # "defied the curfew": the curfew the army imposed two sentences before
    a = _analyse(pipeline, "The Myanmar army imposed a curfew in Mandalay on Monday. Thousands "
                           "of students marched through the city. On Tuesday, the students "
                           "defied the curfew.")
    codes = _codes(a)
    (defied,) = [v for v in a.events if v.evidence.text == "defied"]
    assert (codes.get(defied.target) or "").startswith("MMRMIL"), codes.get(defied.target)
    # "the state" is not "a state of emergency"
    a = _analyse(pipeline, "Peru's president declared a state of emergency in Lima. Opposition "
                           "lawmakers criticised the state.")
    (declared,) = [v for v in a.events if v.evidence.text == "declared"]
    (criticised,) = [v for v in a.events if v.evidence.text == "criticised"]
    assert declared.source is not None and criticised.target != declared.source


def test_an_order_to_detain_is_the_detention_by_whoever_ordered_it(pipeline: Pipeline) -> None:
    # as "ordered his arrest" is: the order is the detention (173), the held its target
    for text, held in (
            ("Judge Mary Okello ordered the accused remain in custody until his trial.",
             "accused"),
            ("A court in Lagos ordered that the journalist be detained for 30 days.",
             "journalist"),
            ("The Supreme Court ordered the former minister jailed for five years.",
             "former minister")):
        a = _analyse(pipeline, text)
        names = {e.id: e.name for e in a.entities}
        (order,) = [v for v in a.events if v.evidence.text == "ordered"]
        assert order.cameo.code == "173", (text, order.cameo.code)
        assert held in (names.get(order.target or "") or ""), text
    # an order to do something else stays a demand
    a = _analyse(pipeline, "The court ordered the ministry to publish the documents in full.")
    assert [v.cameo.code for v in a.events if v.evidence.text == "ordered"] == ["100"]


def test_an_act_with_no_doer_at_all_is_not_coded(pipeline: Pipeline) -> None:
    # who did what to whom: with no doer named or given by convention, no event
    a = _analyse(pipeline, "She told the court she was forced to sign the statement.")
    assert not [v for v in a.events if v.evidence.text == "forced"], a.events
    # a "by" agent that is a means, not someone, leaves the doer to the convention
    a = _analyse(pipeline, "Two Pakistani policemen were killed by a roadside bomb in Quetta "
                           "on Monday.")
    (kill,) = [v for v in a.events if v.evidence.text == "killed"]
    assert kill.inferred == ["source"] and (_codes(a)[kill.source] or "").startswith("PAK")
    # someone put under investigation is the authorities' doing, where it happened
    a = _analyse(pipeline, "A British journalist has been put under investigation in Turkey "
                           "for espionage.")
    (probe,) = [v for v in a.events if v.evidence.text == "put"]
    assert probe.cameo.root == "09" and (_codes(a)[probe.source] or "").startswith("TUR")


def test_a_law_does_what_its_makers_do_with_it(pipeline: Pipeline) -> None:
    # "a bill which decriminalized abortion": the legislature that passed it did
    a = _analyse(pipeline, "On Tuesday, the Parliament of Victoria, Australia voted to pass a "
                           "bill which legalised same-sex marriage.")
    codes = _codes(a)
    (act,) = [v for v in a.events if v.evidence.text == "legalised"]
    assert (codes.get(act.source) or "") == "AUSLEG", codes.get(act.source)


def test_someone_held_in_custody_is_a_detention(pipeline: Pipeline) -> None:
    # "are in custody", "remains in detention": a detention, its doer by convention
    a = _analyse(pipeline, "Kenyan police said two suspects were in custody on Monday.")
    (held,) = [v for v in a.events if v.evidence.text == "custody"]
    names = {e.id: e.name for e in a.entities}
    assert held.cameo.code == "173" and "suspects" in (names.get(held.target or "") or "")
    assert (_codes(a)[held.source] or "").startswith("KENCOP")
    a = _analyse(pipeline, "The opposition leader remains in detention in Minsk, Belarus.")
    (held,) = [v for v in a.events if v.cameo.code == "173"]
    assert names_of(a, held.target) == "opposition leader"
    assert (_codes(a)[held.source] or "").startswith("BLR") and held.inferred == ["source"]
    a = _analyse(pipeline, "Nobody is in custody in Lagos, Nigeria.")
    assert a.events and all(v.negated for v in a.events)
    # a place, or people who are only there, are not held
    for text in ("Conditions in the prison in Nairobi are dire, the report said.",
                 "Kenyan visitors were in the prison in Nairobi on Monday."):
        assert not _analyse(pipeline, text).events, text


def names_of(a: Analysis, eid: str | None) -> str | None:
    """The name of the entity ``eid`` in ``a``."""
    return {e.id: e.name for e in a.entities}.get(eid or "")


def test_condemning_the_death_is_aimed_at_the_killer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Gunmen from a local militia shot dead journalist Omar Saleh in Aden "
                           "on Tuesday. Reporters Without Borders condemned the death.")
    (shot,) = [v for v in a.events if v.evidence.text == "shot"]
    (condemned,) = [v for v in a.events if v.evidence.text == "condemned"]
    assert shot.source is not None and condemned.target == shot.source


def test_a_passive_attack_after_a_named_attacker_is_the_attackers(pipeline: Pipeline) -> None:
    # the chain of events: "struck ... Five people were killed"
    a = _analyse(pipeline, "Israeli warplanes struck a house in Gaza City on Monday. Five people "
                           "were killed, medics said.")
    (struck,) = [v for v in a.events if v.evidence.text == "struck"]
    (killed,) = [v for v in a.events if v.evidence.text == "killed"]
    assert killed.source == struck.source and killed.inferred[:1] == ["source"]
    # an act with its own "by" agent, or far from the attack, keeps its own reading
    a = _analyse(pipeline, "Israeli warplanes struck a house in Gaza City on Monday. The army "
                           "said the house was a weapons depot. Officials in Cairo met on "
                           "Tuesday. Talks went on into the night. Two men were killed in "
                           "Rafah, Egypt on Wednesday.")
    kills = [v for v in a.events if v.evidence.text == "killed"]
    assert kills and all((_codes(a)[v.source] or "").startswith("EGY") for v in kills)


def test_the_leaders_of_two_countries_are_two_sides(pipeline: Pipeline) -> None:
    # "the presidents of Chile and Argentina held talks": Chile with Argentina, each way
    a = _analyse(pipeline, "The presidents of Chile and Argentina held talks on Wednesday in "
                           "Santiago.")
    pairs = {(_codes(a)[v.source], _codes(a)[v.target]) for v in a.events
             if v.evidence.text == "held"}
    assert {("CHL", "ARG"), ("ARG", "CHL")} <= {(s[:3] if s else None, t[:3] if t else None)
                                                for s, t in pairs}, pairs
    # "negotiators from the government and the rebels": a side each
    a = _analyse(pipeline, "Negotiators from the Colombian government and the ELN rebels held "
                           "talks on Monday.")
    pairs = {(_codes(a)[v.source], _codes(a)[v.target]) for v in a.events
             if v.evidence.text == "held"}
    assert len(pairs) == 2 and all(s and t and s != t for s, t in pairs), pairs


def test_a_named_prisoner_released_and_the_one_a_relative_clause_is_about(
        pipeline: Pipeline) -> None:
    # "was released from prison": a named person is one of "release"'s people, freed by
    # the authorities of the place, flagged
    a = _analyse(pipeline, "The Russian opposition leader Pavel Jurin was released from prison "
                           "in Moscow on Monday.")
    (freed,) = [v for v in a.events if v.evidence.text == "released"]
    assert names_of(a, freed.target) == "Pavel Jurin" and freed.inferred == ["source"]
    assert (_codes(a)[freed.source] or "").startswith("RUS")
    # "demonstrators who were detained": the relative pronoun is the demonstrators
    a = _analyse(pipeline, "Demonstrators who were detained during a march in Minsk, Belarus "
                           "have been released on bail.")
    (held,) = [v for v in a.events if v.evidence.text == "detained"]
    assert names_of(a, held.target) == "Demonstrators"


def test_the_subject_of_expected_or_reported_is_the_doer_of_what_follows(
        pipeline: Pipeline) -> None:
    # "X is expected to meet Y", "X is said to have attacked Y": X does it
    a = _analyse(pipeline, "Kenya's foreign minister is expected to meet his Ugandan "
                           "counterpart in Kampala tomorrow.")
    (meet,) = [v for v in a.events if v.evidence.text == "meet" and v.source is not None
               and (_codes(a)[v.source] or "").startswith("KEN")]
    assert meet.modality == "intended"
    a = _analyse(pipeline, "Peruvian prosecutors charged three police officers over the death "
                           "of a protester in Lima.")
    assert [(v.cameo.code, v.evidence.text) for v in a.events] == [("115", "charged")]


def test_conventions_stop_where_their_reading_ends(pipeline: Pipeline) -> None:
    """Cases where a convention of this module would misread the text."""
    # a means with a place in its phrase still names no doer: the country convention
    a = _analyse(pipeline, "Three Iraqi soldiers were killed by a car bomb in Baghdad.")
    (kill,) = [v for v in a.events if v.evidence.text == "killed"]
    assert (_codes(a)[kill.source] or "").startswith("IRQ") and kill.inferred == ["source"]
    # a thing named twice is not a measure imposed: no one's anaphor
    a = _analyse(pipeline, "Russian forces captured the bridge on Sunday. Ukrainian forces "
                           "shelled the bridge on Monday.")
    (shelled,) = [v for v in a.events if v.evidence.text == "shelled"]
    assert shelled.target is None
    # a law's subject is its maker's only when they passed, signed or issued it
    a = _analyse(pipeline, "The Kenyan opposition criticized the law which bans protests.")
    assert [v.evidence.text for v in a.events] == ["criticized"]
    # the ones ordered to act are not the held
    a = _analyse(pipeline, "The Kenyan president ordered the police to take the opposition "
                           "leader into custody.")
    (order,) = [v for v in a.events if v.evidence.text == "ordered"]
    assert order.cameo.code == "173" and names_of(a, order.target) == "opposition leader"
    # hostages freed are not the state's release
    a = _analyse(pipeline, "Two French hostages were released in Mali on Friday.")
    assert not [v for v in a.events if v.evidence.text == "released"]
    # a raised subject of a passive complement is its patient, never its doer
    a = _analyse(pipeline, "Opposition leader Raila Odinga is said to have been arrested in "
                           "Nairobi.")
    assert not [v for v in a.events if names_of(a, v.source) == "Raila Odinga"]
    (arrest,) = [v for v in a.events if v.evidence.text == "arrested"]
    assert names_of(a, arrest.target) == "Raila Odinga" and arrest.inferred == ["source"]


def _targets(a: Analysis) -> dict[str, str | None]:
    """Each event's trigger word -> its target's name."""
    return {v.evidence.text: names_of(a, v.target) for v in a.events}


def _pairs(a: Analysis, trigger: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of each event the word ``trigger`` sets off."""
    codes = _codes(a)
    return {(codes.get(v.source), codes.get(v.target)) for v in a.events
            if v.evidence.text == trigger}


def test_an_act_or_document_stands_for_its_author_as_a_target(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The Supreme Court rejected a lawsuit filed by Texas on Friday. "
                           "Russia condemned sanctions announced by the European Union.")
    got = _targets(a)
    assert got.get("rejected") == "Texas"
    assert got.get("condemned") == "European Union"


def test_a_countrys_people_protesting_take_to_the_streets(pipeline: Pipeline) -> None:
    # a state protests officially (114); its people demonstrate (14x)
    a = _analyse(pipeline, "Thousands of Serbians protested against the curfew for a fourth "
                           "night. Kenya protested the arrest of its citizens.")
    codes = {v.evidence.start: v.cameo.code for v in a.events if v.evidence.text == "protested"}
    first, second = (codes[k] for k in sorted(codes))
    assert first.startswith("14") and second == "114"


def test_the_move_is_what_was_done_not_the_words_about_it(pipeline: Pipeline) -> None:
    # "the move" refers back to an act (the annexation), never to another's criticism
    # of it; "the annexation" to the annexing
    a = _analyse(pipeline, "Russia annexed Crimea in March. Germany criticised the annexation "
                           "on Monday. Poland condemned the move on Tuesday.")
    got = _targets(a)
    assert got.get("condemned") == "Russia"
    assert got.get("criticised") == "Russia"


def test_a_list_hung_on_its_first_members_appositive_is_every_doer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Messages of condemnation came from European Commission head "
                           "Ursula von der Leyen, Pope Francis, and a spokesperson for "
                           "President Ferdinand Marcos.")
    names = {e.id: e.name for e in a.entities}
    doers = {names.get(v.source or "") for v in a.events if v.cameo.code.startswith("11")}
    assert "Francis" in doers, doers
    assert any("spokesperson" in (d or "") for d in doers), doers


def test_who_judges_with_an_adjective_is_who_says_so(pipeline: Pipeline) -> None:
    # "X is unacceptable": X (or whose it is) is what is judged, never the judge
    a = _analyse(pipeline, "\"Beijing's military drills are unacceptable,\" Taiwan's defence "
                           "ministry said on Monday.")
    names = {e.id: e.name for e in a.entities}
    judges = {names.get(v.source or "") for v in a.events if v.cameo.code == "111"}
    assert judges and "China" not in judges and "Beijing" not in judges, judges
    # in reported speech, the one who says it
    a = _analyse(pipeline, "Taiwan's defence ministry said Beijing's drills were unacceptable.")
    names = {e.id: e.name for e in a.entities}
    judged = [v for v in a.events if v.evidence.text == "unacceptable"]
    assert judged and "ministry" in names.get(judged[0].source or "", ""), judged


def test_an_act_judged_stands_for_its_doer_by(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "UN experts said the detention of the activists by Egyptian "
                           "police was illegal.")
    assert _targets(a).get("illegal") == "Egyptian police"


def test_a_measure_judged_stands_for_whoever_imposed_it(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The army imposed a curfew on Monday. Rights groups said the "
                           "curfew was illegal.")
    assert _targets(a).get("illegal") == "army"


def test_an_adjective_on_a_noun_judges_nobody(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, 'Saying "there are many abortions despite the criminal threat", '
                           "President Alberto Fernandez of Argentina promised a bill.")
    assert "criminal" not in _targets(a)


def _target_code(a: Analysis, trigger: str) -> str | None:
    """The target's code of the event on ``trigger``, None if none or no such event."""
    return _coded(a).get(trigger, ("", None, None))[2]


def _coded(a: Analysis) -> dict[str, tuple[str, str | None, str | None]]:
    """Each event's trigger word -> (CAMEO code, source code, target code)."""
    codes = _codes(a)
    return {v.evidence.text: (v.cameo.code, codes.get(v.source), codes.get(v.target))
            for v in a.events}


def test_a_past_form_the_tagger_reads_as_present_keeps_its_verb(pipeline: Pipeline) -> None:
    # "retook" is tagged present (VBP), which the lemmatizer leaves unlemmatised
    a = _analyse(pipeline, "Somali forces retook the town of Harardhere from al-Shabab on "
                           "Friday.")
    code, source, target = _coded(a)["retook"]
    assert code == "192" and (source or "").startswith("SOM")
    # and territory taken is taken from whoever held it
    assert target == "SOMINS"


def test_a_main_verb_the_parser_reads_as_a_modifier_is_the_sentences_verb(
        pipeline: Pipeline) -> None:
    # the small model makes "power" and "Yashin" the roots and "seized"/"jailed" their
    # adjectives: no verb, no doer, no event
    a = _analyse(pipeline, "Myanmar's military seized power in a coup on Monday and "
                           "detained Aung San Suu Kyi.")
    code, source, target = _coded(a)["detained"]
    assert code == "173" and source == "MMRMIL" and (target or "").startswith("MMR")
    assert _coded(a)["seized"][1] == "MMRMIL"
    a = _analyse(pipeline, "A Moscow court jailed opposition politician Ilya Yashin for "
                           "eight years.")
    code, source, target = _coded(a)["jailed"]
    assert code == "173" and source == "RUSJUD" and target == "RUSOPP"
    # the participle form too, right after its subject
    a = _analyse(pipeline, "An Istanbul court jailed philanthropist Osman Kavala for life.")
    assert _coded(a)["jailed"][:2] == ("173", "TURJUD")


def test_a_participle_modifier_stays_a_modifier(pipeline: Pipeline) -> None:
    # "wounded" (VBN) and a headline with no doer are left as the parser read them
    a = _analyse(pipeline, "Wounded soldiers arrived at the hospital in Kyiv.")
    assert "Wounded" not in _coded(a)
    doc = pipeline.nlp("Offered concessions on the border.")
    assert not any(t.dep_ == "nsubj" for t in doc)
    # a possessor is no subject: "Hamas's claimed attacks" stay attacks Hamas did
    a = _analyse(pipeline, "TIMELINE: Hamas's claimed attacks on Israel.")
    assert _coded(a)["attacks"][1:] == ("PSEREB", "ISR")


def test_territory_taken_from_someone_is_taken_from_them(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Kurdish fighters captured Raqqa from Islamic State militants "
                           "after a week of fighting.")
    assert _targets(a).get("captured") == "Islamic State militants"
    a = _analyse(pipeline, "Rebels captured Goma on Tuesday.")
    assert _targets(a).get("captured") == "Goma"


def test_people_named_by_their_nationality_are_people_released(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Venezuela released six jailed Americans on Saturday.")
    assert _coded(a).get("released") == ("0841", "VEN", "USA")
    a = _analyse(pipeline, "Iran freed two Britons on Monday.")
    assert _coded(a).get("freed", ("",))[0] == "0841"


def test_soldiers_attacked_are_the_target_and_troops_deployed_the_means(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Colombian rebels kidnapped two soldiers in Arauca province on "
                           "Sunday.")
    assert _coded(a).get("kidnapped") == ("181", "COLREB", "COLMIL")
    a = _analyse(pipeline, "Russia deployed troops to the border on Sunday.")
    assert _coded(a)["deployed"][2] != "RUSMIL"
    a = _analyse(pipeline, "North Korea fired several rounds of artillery into the sea.")
    assert _coded(a)["fired"][2] is None


def test_a_noun_events_phrase_hung_on_its_verb_is_the_nouns(pipeline: Pipeline) -> None:
    # the parser hangs "to Kenya" on "approved", not on "loan"
    a = _analyse(pipeline, "The World Bank approved a $500 million loan to Kenya on Monday.")
    assert _coded(a).get("loan") == ("071", "IGOUNOWBK", "KEN")


def test_a_last_preposition_hung_on_the_object_still_completes_the_verb(
        pipeline: Pipeline) -> None:
    # the parser hangs "of their citizenship" on "opponents"
    a = _analyse(pipeline, "Nicaragua stripped 94 opponents of their citizenship on Thursday.")
    assert _coded(a).get("stripped", ("",))[0] == "172"
    # a gerund is the verb's too: what the activist is charged with is no event of its own
    a = _analyse(pipeline, "Thai prosecutors charged a student activist with insulting the "
                           "monarchy.")
    assert {v.evidence.text: v.cameo.code for v in a.events} == {"charged": "115"}
    # a noun's own phrase is never read as the verb's
    a = _analyse(pipeline, "Russia accused the head of the agency on Monday.")
    assert _coded(a).get("accused", ("",))[0] == "112"


def test_money_in_what_is_given_or_frozen_is_that_thing(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Switzerland froze $8 billion in Russian assets on Friday.")
    assert _coded(a).get("froze") == ("163", "CHE", "RUS")
    a = _analyse(pipeline, "The European Union pledged 50 million euros in humanitarian aid "
                           "to Sudan.")
    assert _coded(a).get("pledged", ("",))[0] == "0333"


def test_fighters_from_a_group_are_the_group(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Militants from al-Shabab attacked a police station in Mandera on "
                           "Sunday.")
    assert names_of(a, next(v.source for v in a.events if v.evidence.text == "attacked")) \
        == "al-Shabab"
    a = _analyse(pipeline, "Fighters from the M23 rebel group captured the town of Bunagana.")
    assert _coded(a).get("captured", ("", ""))[1] == "CODREB"


def test_a_country_named_is_a_country_suspended_or_recognised(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The African Union suspended Gabon after the military seized power.")
    assert _coded(a).get("suspended") == ("160", "IGOAFU", "GAB")
    a = _analyse(pipeline, "Spain recognised Palestine on Tuesday.")
    assert _coded(a).get("recognised") == ("054", "ESP", "PSE")
    a = _analyse(pipeline, "The company suspended production in Ohio on Tuesday.")
    assert "suspended" not in _coded(a)


def test_where_two_parties_meet_is_no_third_party(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Venezuela's government and the Venezuelan opposition resumed talks "
                           "in Mexico City on Friday.")
    talks = {(_codes(a)[v.source], _codes(a)[v.target]) for v in a.events
             if v.evidence.text == "resumed"}
    assert talks == {("VENGOV", "VENOPP"), ("VENOPP", "VENGOV")}


def test_a_protest_outside_an_institution_is_aimed_at_it(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Hundreds of Syrian refugees protested outside the UN office in "
                           "Beirut on Monday.")
    assert _targets(a).get("protested") == "UN"
    a = _analyse(pipeline, "Indonesian students demonstrated outside the U.S. embassy in "
                           "Jakarta on Friday.")
    assert (_target_code(a, "demonstrated") or "").startswith("USA")


def test_the_act_referred_back_to_is_the_one_named_by_the_same_word(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Israeli warplanes struck a village in southern Lebanon on Wednesday. "
                           "Hezbollah responded by firing dozens of rockets at northern Israel. "
                           "Lebanese Prime Minister Najib Mikati condemned the strike.")
    assert (_target_code(a, "condemned") or "").startswith("ISR")
    # with no act of that word, the nearest act of its kind
    a = _analyse(pipeline, "Israeli warplanes struck a village in southern Lebanon on Wednesday. "
                           "Hezbollah responded by firing dozens of rockets at northern Israel. "
                           "Israel's prime minister condemned the attack.")
    assert _target_code(a, "condemned") == "LBNREB"


def test_the_one_urged_is_the_target_when_what_is_asked_names_no_one(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Kenyan police arrested dozens of criminals on Monday. The opposition "
                           "leader Raila Odinga urged the Kenyan government to withdraw the bill "
                           "and release those detained.")
    assert _target_code(a, "urged") == "KENGOV"
    # what is asked for is the speaker's own people: the one urged
    a = _analyse(pipeline, "France urged Iran to release two French nationals.")
    assert _coded(a).get("urged") == ("0253", "FRA", "IRN")


def test_the_charges_denied_are_the_court_or_prosecutors_not_the_critics(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "A Turkish court on Monday sentenced a prominent journalist to two "
                           "years in prison. Rights groups condemned the verdict. The journalist, "
                           "who denies the charges, will appeal, his lawyer said.")
    assert _target_code(a, "denies") == "TURJUD"


def test_an_event_told_again_by_a_bare_noun_is_not_a_new_event(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Kenyan police fired tear gas at protesters who had gathered in "
                           "central Nairobi to denounce the bill. The minister said the protests "
                           "had been infiltrated by hired gangs.")
    assert "protests" not in {v.evidence.text for v in a.events}
    # a noun with its own doer or target is told anew
    a = _analyse(pipeline, "Gunmen attacked a village in Borno on Monday. The army's attack on "
                           "the rebels came a day later.")
    assert "attack" in {v.evidence.text for v in a.events}


@pytest.mark.parametrize("second", ["Several were arrested, a Reuters witness said.",
                                    "Dozens of them were arrested.",
                                    "Many were later arrested."])
def test_a_count_with_no_noun_counts_the_group_named_before(pipeline: Pipeline,
                                                            second: str) -> None:
    a = _analyse(pipeline, "Kenyan police fired tear gas at protesters in Nairobi on Tuesday. "
                 + second)
    assert _coded(a).get("arrested") == ("173", "KENCOP", "KENOPP")


def test_a_request_joined_to_an_act_toward_someone_is_made_to_them(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Ukrainian President Volodymyr Zelenskiy thanked Washington for its "
                           "support and asked for more air defence systems.")
    got = [v for v in a.events if v.evidence.text == "asked"]
    assert got and names_of(a, got[0].target) in ("Washington", "United States")
    assert got[0].inferred == ["target"]
    # not when someone else asks
    a = _analyse(pipeline, "Poland thanked Germany for its support, and Lithuania asked for more "
                           "troops.")
    asked = [v for v in a.events if v.evidence.text == "asked"]
    assert all(v.target is None or "target" not in v.inferred for v in asked)


def test_fighting_that_erupted_between_two_sides_is_between_them(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Fighting erupted between Sudan's army and the paramilitary Rapid "
                           "Support Forces in Khartoum on Saturday.")
    pairs = {(_codes(a)[v.source], _codes(a)[v.target]) for v in a.events
             if v.evidence.text == "Fighting"}
    assert pairs == {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")}


def test_an_attack_no_one_was_named_for_is_whoever_claims_it(pipeline: Pipeline) -> None:
    text = ("Two explosions killed more than 80 people at a memorial ceremony in the city of "
            "Kerman on Wednesday, Iranian state media said. The Islamic State claimed "
            "responsibility for the attack on Thursday. The United States condemned the "
            "bombing.")
    a = _analyse(pipeline, text)
    kill = _coded(a)["killed"]
    assert kill[1] == "IMGMOSISI"
    assert _coded(a)["condemned"][2] == "IMGMOSISI"
    # a doer the text names is never replaced by a claim
    a = _analyse(pipeline, "Somali soldiers attacked a village near Kismayo on Monday. "
                           "Al-Shabab claimed responsibility for the attack.")
    assert (_coded(a)["attacked"][1] or "").startswith("SOM") and \
        _coded(a)["attacked"][1] != "SOMINS"


def test_the_vote_is_the_act_voted_for(pipeline: Pipeline) -> None:
    text = ("Iraq's parliament voted on Sunday to expel U.S. troops from the country, two days "
            "after a U.S. drone strike in Baghdad killed Iranian General Qassem Soleimani. "
            "Iran's foreign minister praised the vote.")
    a = _analyse(pipeline, text)
    assert _coded(a)["praised"] == ("051", "IRNGOV", "IRQLEG")
    # what is expelled from somewhere is the target, not where from
    assert _coded(a)["expel"][2] == "USAMIL"


def test_a_country_is_no_nationality_of_the_name_after_it(pipeline: Pipeline) -> None:
    # the parser puts Shapps in apposition to "Ukraine"
    a = _analyse(pipeline, "Britain announced on Thursday that it would send an extra 500 "
                           "million pounds in military aid to Ukraine, Defence Secretary Grant "
                           "Shapps said during a visit to Kyiv.")
    assert _coded(a)["send"][2] == "UKR"


def test_a_high_commissioner_is_summoned_as_an_envoy(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "India's foreign ministry summoned the Canadian high commissioner on "
                           "Tuesday.")
    assert _coded(a).get("summoned") == ("114", "INDGOV", "CAN")


def test_both_sides_are_the_parties_of_the_last_act_they_did_together(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Ethiopia's government and Tigrayan forces signed a peace agreement "
                           "in Pretoria on Wednesday, the African Union mediators said. Both "
                           "sides agreed to a permanent cessation of hostilities and the "
                           "disarmament of Tigrayan fighters.")
    agreed = {(names_of(a, v.source), names_of(a, v.target)) for v in a.events
              if v.evidence.text == "agreed"}
    sides = ("Ethiopia's government", "Tigrayan forces")
    assert agreed == {sides, sides[::-1]}


def test_an_act_that_draws_criticism_stands_for_its_doer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Tunisian police arrested two prominent opposition figures overnight. "
                           "The arrests drew criticism from the European Union.")
    assert _coded(a).get("drew") == ("111", "IGOEEC", "TUNCOP")


def test_what_one_has_the_right_to_do_is_not_done(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "President Joko Widodo said he respected the right to protest but "
                           "urged demonstrators to remain peaceful.")
    assert "protest" not in {v.evidence.text for v in a.events}
    assert "urged" in {v.evidence.text for v in a.events}
    # nor what one seeks a pretext to do
    a = _analyse(pipeline, "Somalia's foreign minister said Ethiopia was looking for an excuse "
                           "to annex the port of Berbera.")
    assert "annex" not in {v.evidence.text for v in a.events}, [
        (v.cameo.code, v.evidence.text) for v in a.events]


def test_a_passive_that_borrows_its_auxiliary_is_a_passive(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Indonesian police fired tear gas at students in Jakarta. At least "
                           "50 people were injured and 300 arrested, police said.")
    got = [v for v in a.events if v.evidence.text == "arrested"]
    assert got and (_codes(a)[got[0].source] or "").startswith("IDN")
    assert names_of(a, got[0].target) == "At least 50 people"


def test_its_neighbour_is_the_other_country_just_named(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Burundi closed its border with Rwanda, accusing its neighbour of "
                           "backing rebels.")
    assert _coded(a).get("accusing") == ("112", "BDI", "RWA")


def test_conventions_stop_where_a_review_found_them_overreaching(pipeline: Pipeline) -> None:
    # a request joined to an arrest is not made to those arrested
    a = _analyse(pipeline, "Police arrested 20 opposition supporters in Harare and appealed "
                           "for calm.")
    assert all(v.target is None for v in a.events if v.evidence.text == "appealed")
    # "dozens of them": whom the count is of, never the clause's own doer
    a = _analyse(pipeline, "Protesters gathered in Moscow before police detained dozens of "
                           "them.")
    assert names_of(a, next(v.target for v in a.events if v.evidence.text == "detained")) \
        == "Protesters"
    # joining the protests is with the protesters, not against them
    a = _analyse(pipeline, "Farmers protested outside parliament in Paris on Monday. On "
                           "Tuesday, teachers joined the protests.")
    assert all(names_of(a, v.target) != "Farmers" for v in a.events
               if v.evidence.text == "joined")
    # a claim takes the attack it names, not every attack with no doer
    a = _analyse(pipeline, "A car bomb killed 10 people at a market in Mogadishu on Monday. On "
                           "Tuesday, a landmine killed two Kenyan soldiers near the border town "
                           "of Mandera. Al-Shabaab claimed responsibility for the Mogadishu "
                           "attack.")
    claimed = [v for v in a.events if v.evidence.text == "killed"
               and names_of(a, v.source) == "Al-Shabaab"]
    assert len(claimed) == 1 and names_of(a, claimed[0].target) == "10 people"
    # "both sides" are the parties told just before, not of a deal years ago
    a = _analyse(pipeline, "Ethiopia and Eritrea signed a peace deal in 2018. In Sudan, fighting "
                           "between the army and the Rapid Support Forces continued on Sunday. "
                           "Both sides blamed each other for the collapse of the truce.")
    blamed = {(names_of(a, v.source), names_of(a, v.target)) for v in a.events
              if v.evidence.text == "blamed"}
    assert blamed == {("army", "Rapid Support Forces"), ("Rapid Support Forces", "army")}
    # a document's demand is not the speaker's
    a = _analyse(pipeline, "Diplomats said the draft resolution condemned the attacks and "
                           "demanded that Israel withdraw its forces.")
    assert all(names_of(a, v.source) != "Diplomats" for v in a.events
               if v.evidence.text == "demanded")


def test_a_subject_the_parser_hangs_on_the_auxiliary_is_the_doer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Egypt and Qatar are mediating between Israel and Hamas to secure "
                           "the release of hostages held in Gaza, Egyptian officials said on "
                           "Monday.")
    doers = {_codes(a)[v.source] for v in a.events if v.evidence.text == "mediating"}
    assert doers == {"EGY", "QAT"}


def test_a_judged_act_of_force_is_aimed_at_its_doer(pipeline: Pipeline) -> None:
    # a possessor with an "of" object is the act's doer, not its victim
    a = _analyse(pipeline, "The United States condemned Iran's execution of four protesters.")
    assert _coded(a)["condemned"][2] == "IRN"
    # a doer named by "by" inside the act's phrase
    a = _analyse(pipeline, "Germany condemned the killing of a protester by Kenyan police.")
    assert _coded(a)["condemned"][2] == "KENCOP"


def test_a_judged_act_with_no_doer_is_the_country_where_it_happened(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The United Nations condemned the execution of four protesters "
                           "in Iran.")
    [v] = [v for v in a.events if v.evidence.text == "condemned"]
    assert _codes(a)[v.target] == "IRN" and v.inferred == ["target"]
    # only a place in the act's own phrase: not where the judge spoke
    a = _analyse(pipeline, "Speaking in Paris, the French minister condemned the killing of "
                           "two activists.")
    assert _coded(a)["condemned"][2] is None
    # and a victim's death is still no one's act
    a = _analyse(pipeline, "France condemned Haddad's murder.")
    assert _coded(a)["condemned"][2] is None
    # a killing may be anyone's: not the country's where it happened
    a = _analyse(pipeline, "Germany condemned the killing of two German aid workers in Mali.")
    assert _coded(a)["condemned"][2] is None


def test_a_named_town_armed_men_enter_is_taken(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Ethiopian troops entered Baidoa on Sunday after the militants "
                           "withdrew.")
    assert _coded(a)["entered"][:2] == ("192", "ETHMIL")
    a = _analyse(pipeline, "M23 rebels entered Goma on Tuesday.")
    assert _coded(a)["entered"][:2] == ("192", "CODREB")
    # a town a president enters is visited, not taken; nor is one a state's own troops
    # enter, or troops come to for a parade
    for text in ("President Hassan Sheikh Mohamud entered Baidoa on Sunday.",
                 "Somali soldiers entered Baidoa on Sunday.",
                 "French troops entered Paris for the Bastille Day parade."):
        assert "entered" not in _coded(_analyse(pipeline, text)), text


def test_a_charge_set_beside_an_accusation_and_denied_is_denied_to_the_accuser(
        pipeline: Pipeline) -> None:
    # the relative clause's object is the noun it modifies; that noun, set beside the
    # accusation after a comma, refers back to it
    a = _analyse(pipeline, "Ukraine accused Russia of shelling a school, an allegation Moscow "
                           "denied.")
    assert _coded(a)["denied"] == ("016", "RUS", "UKR")
    # a claim set beside the accusation it names, whatever the parser hangs it on
    a = _analyse(pipeline, "Iran has accused Israel of sabotaging its nuclear site, a claim "
                           "Israel denies.")
    assert _coded(a)["denies"] == ("016", "ISR", "IRN")
    # a claim beside any act is that act, denied to its doer
    a = _analyse(pipeline, "The Sudanese army said it had retaken the town, a claim the RSF "
                           "denied.")
    assert _coded(a)["denied"][2] == "SDNMIL"
    # a subject relative clause has no gap: the soldiers are the attack's doer, not
    # what was attacked
    a = _analyse(pipeline, "Nigerian soldiers who attacked the village were arrested by "
                           "police.")
    assert _coded(a)["attacked"][1:] == ("NGAMIL", None)


def test_a_measure_dismissed_or_welcomed_is_the_imposers(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The European Union imposed new sanctions on Belarus on Monday. "
                           "Moscow dismissed the move as interference. Lithuania welcomed the "
                           "sanctions.")
    got = _coded(a)
    assert got["dismissed"] == ("120", "RUS", "IGOEEC")
    assert got["welcomed"] == ("051", "LTU", "IGOEEC")
    # a measure judged with its own doer named is still that doer's act
    got = _coded(_analyse(pipeline, "Kyiv welcomed the European Union's new sanctions on "
                                    "Russia."))
    assert got["welcomed"] == ("051", "UKR", "IGOEEC")
    assert got["sanctions"] == ("163", "IGOEEC", "RUS")


def test_an_act_two_did_together_referred_back_to_is_both_parties(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Colombia's government and the ELN rebels agreed on Friday to extend "
                           "a ceasefire. Norway welcomed the agreement.")
    codes = _codes(a)
    welcomed = {codes[v.target] for v in a.events if v.evidence.text == "welcomed"}
    assert welcomed == {"COLGOV", "COLINS"}


def test_an_act_judged_is_aimed_at_whoever_did_it_by_however_deep_the_by_hangs(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Russia attacked the designation of the Wagner Group as a terrorist "
                           "organisation by the United States.")
    assert _coded(a)["attacked"] == ("111", "RUS", "USA")
    a = _analyse(pipeline, "China attacked the sale of fighter jets to Taiwan by the United "
                           "States.")
    assert _coded(a)["attacked"] == ("111", "CHN", "USA")
    # the agent of a passive judgement is the judge, never the one judged
    a = _analyse(pipeline, "The decision was condemned by the United Nations.")
    assert _coded(a)["condemned"][1:] == ("IGOUNO", None)


@pytest.mark.parametrize("text", [
    "The government imposed a curfew in Lagos. Rights groups filed a lawsuit against the "
    "curfew.",
    "The government imposed a curfew in Lagos. Rights groups challenged the curfew in court.",
    "The government imposed a curfew in Lagos. A civil liberties group filed a motion "
    "claiming the curfew is unconstitutional.",
])
def test_a_legal_action_against_a_measure_is_aimed_at_whoever_took_it(
        pipeline: Pipeline, text: str) -> None:
    a = _analyse(pipeline, text)
    legal = [v for v in a.events if v.cameo.code == "115"]
    assert legal and all(_codes(a)[v.target] == "NGAGOV" for v in legal)


def test_a_courts_order_that_names_no_one_is_made_to_its_countrys_authorities(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "A federal judge in Wisconsin ordered that absentee ballots be "
                           "accepted until April 13.")
    [v] = [v for v in a.events if v.evidence.text == "ordered"]
    assert (_codes(a)[v.target] or "").startswith("USA") and v.inferred == ["target"]
    # a court ordering someone named orders them
    a = _analyse(pipeline, "A court in Nairobi ordered the police to free the journalist.")
    assert all("target" not in v.inferred for v in a.events if v.evidence.text == "ordered")


def test_where_someone_went_is_not_where_a_killing_happened(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Bangladesh's prime minister resigned and fled to India after "
                           "weeks of protests in which more than 300 people were killed.")
    [v] = [v for v in a.events if v.evidence.text == "killed"]
    assert _codes(a)[v.source] == "BGD" and v.inferred == ["source"]


def test_countries_listed_are_each_a_doer(pipeline: Pipeline) -> None:
    # the parser hangs "Brazil" on "the United States" as an appositive
    a = _analyse(pipeline, "The United States, Brazil and Colombia called for the release of "
                           "detailed voting records.")
    codes = _codes(a)
    assert {codes[v.source] for v in a.events if v.evidence.text == "called"} == \
        {"USA", "BRA", "COL"}


def test_a_state_named_as_an_attacks_doer_does_not_strike_itself(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "TEHRAN -- Israeli warplanes struck military sites in Iran early on "
                           "Saturday in retaliation for an Iranian missile attack this month.")
    codes = _codes(a)
    assert not [v for v in a.events if codes.get(v.source) == "IRN" == codes.get(v.target)]
    # an attack whose doer the convention infers from the place keeps its self-dyad
    a = _analyse(pipeline, "Four soldiers were killed in a roadside bombing near Kunduz in "
                           "Afghanistan on Sunday.")
    assert any(v.inferred == ["source"] for v in a.events)


def test_a_measure_on_a_countrys_goods_is_aimed_at_that_country(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "President Donald Trump imposed tariffs of 25 percent on imports "
                           "from Canada and Mexico on Saturday.")
    codes = _codes(a)
    assert {codes[v.target] for v in a.events if v.evidence.text == "imposed"} == \
        {"CAN", "MEX"}


def test_a_meeting_in_a_place_is_no_meeting_with_it(pipeline: Pipeline) -> None:
    def met(a: Analysis) -> set[str | None]:
        codes = _codes(a)
        return {codes.get(v.target) for v in a.events if v.evidence.text == "met"}

    a = _analyse(pipeline, "ECOWAS leaders met in Abuja on Sunday and imposed sanctions on "
                           "Niger.")
    assert "NGA" not in met(a)
    assert _target_code(a, "imposed") == "NER"
    # the one met is still the target wherever they met
    a = _analyse(pipeline, "Kenya's foreign minister met his Ugandan counterpart in Addis Ababa "
                           "on Monday.")
    assert met(a) == {"UGAGOV", "KENGOV"}


def test_an_act_named_by_another_word_is_still_the_act_referred_to(pipeline: Pipeline) -> None:
    # "the ouster" is the vote to remove, not the nearer detention
    a = _analyse(pipeline, "NAIROBI -- Kenya's parliament voted on Thursday to remove President "
                           "John Mwangi from office. Police detained Mwangi hours later. "
                           "Uganda's president criticised the ouster.")
    assert _target_code(a, "criticised") == "KENLEG"


def test_the_gap_object_of_a_clause_reported_in_a_relative_clause(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The court issued a warrant for rebel commander John Okello, whom "
                           "Uganda says it killed in an air strike in July.")
    events = [v for v in a.events if v.evidence.text == "killed"]
    assert events and {e.name for e in a.entities if e.id == events[0].target} == {"John Okello"}
    assert _codes(a).get(events[0].source) == "UGA"


def test_a_shutdown_criticised_is_aimed_at_whoever_shut_it_down(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "NAIROBI -- Kenya's government shut down the internet nationwide on "
                           "Wednesday. The European Union criticised the shutdown.")
    assert _target_code(a, "criticised") == "KENGOV"


def test_a_second_passive_sharing_the_first_ones_auxiliaries(pipeline: Pipeline) -> None:
    # "... had been injured and more than 300 people arrested": the people are arrested,
    # they arrest no one
    a = _analyse(pipeline, "SANTIAGO -- Chilean police clashed with protesters on Friday. "
                           "Chadwick said 156 officers had been injured and more than 300 "
                           "people arrested.")
    code, source, target = _coded(a)["arrested"]
    assert code == "173" and target == "CHLCVL" and source != "CHLCVL"


def test_whom_a_purpose_clause_says_the_act_is_for(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Japan pledged $50 million in emergency aid on Tuesday to help "
                           "Bangladesh cope with the arrival of refugees.")
    assert _target_code(a, "pledged") == "BGD"


def test_a_ruling_condemned_in_a_framing_phrase_is_the_courts(pipeline: Pipeline) -> None:
    # "in a ruling condemned by X": X's own act, aimed at whoever made the ruling,
    # whatever country the critics share with the court
    a = _analyse(pipeline, "ISTANBUL -- A Turkish court sentenced a philanthropist to life in "
                           "prison on Monday, in a ruling condemned by rights groups and "
                           "Western governments.")
    condemned = _pairs(a, "condemned")
    assert {target for _, target in condemned} == {"TURJUD"}
    assert len(condemned) == 2


def test_both_sides_are_the_storys_two_parties_not_the_last_two_countries(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "BOGOTA -- Colombia's government and the ELN rebel group resumed "
                           "peace talks in Caracas on Tuesday, with Venezuela and Cuba acting as "
                           "guarantors. Venezuelan Foreign Minister Yvan Gil said Caracas would "
                           "support the process. Human rights ombudsman Carlos Camargo called "
                           "on both sides to protect civilians.")
    assert {target for _, target in _pairs(a, "called")} == {"COLGOV", "COLINS"}


def test_one_noun_of_two_countries_is_both_parties(pipeline: Pipeline) -> None:
    # "Iranian and Azerbaijani foreign ministers": the two sides of the talks
    a = _analyse(pipeline, "Iranian and Azerbaijani foreign ministers held talks in Baku on "
                           "Monday.")
    assert _pairs(a, "held") == {("IRN", "AZE"), ("AZE", "IRN")}
    # "diplomats from both countries": the two named before
    a = _analyse(pipeline, "TEHRAN -- Iran and Azerbaijan signed a transit deal. Diplomats "
                           "from both countries will meet in Tehran next week.")
    assert _pairs(a, "meet") == {("IRN", "AZE"), ("AZE", "IRN")}



def test_the_one_ordered_to_leave_is_the_target_not_the_place_left(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Mali's military government ordered Danish special forces to leave "
                           "the country immediately.")
    got = {(target or "")[:3] for _, target in _pairs(a, "ordered")}
    assert got == {"DNK"}, got


def test_a_name_before_a_plan_is_its_owner(pipeline: Pipeline) -> None:
    # "a European Union plan to give ... to Moldova": what is blocked is the Union's
    a = _analyse(pipeline, "Austria blocked a European Union plan to give two billion euros to "
                           "Moldova.")
    got = {target for _, target in _pairs(a, "blocked")}
    assert got == {"IGOEEC"}, got


def test_an_act_in_someones_decision_or_plan_is_theirs(pipeline: Pipeline) -> None:
    # "citing Serbia's decision to expel ...": Serbia expels, not the one citing it
    a = _analyse(pipeline, "Croatia recalled its ambassador from Belgrade on Monday, the foreign "
                           "ministry said, citing Serbia's decision to expel two Croatian "
                           "diplomats.")
    names = {e.id: e.name for e in a.entities}
    expel = [v for v in a.events if v.evidence.text == "expel"]
    assert expel and {names.get(v.source or "") for v in expel} == {"Serbia"}, \
        [(v.cameo.code, names.get(v.source or "")) for v in expel]


def test_violence_condemned_is_aimed_at_whoever_used_it(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Serbian riot police fired tear gas at students in Belgrade on "
                           "Saturday. The Council of Europe's human rights commissioner condemned "
                           "the violence.")
    got = {target for _, target in _pairs(a, "condemned")}
    assert got == {"SRBCOP"}, got


def test_a_bare_past_after_a_passive_is_that_passive_again(pipeline: Pipeline) -> None:
    # "... had been arrested and 12 police officers wounded": the officers are wounded
    a = _analyse(pipeline, "Police in Dhaka said 40 students had been arrested and 12 police "
                           "officers wounded.")
    names = {e.id: e.name for e in a.entities}
    wounded = [v for v in a.events if v.evidence.text == "wounded"]
    assert not any("officers" in (names.get(v.source or "") or "") for v in wounded), \
        [(names.get(v.source or ""), names.get(v.target or "")) for v in wounded]


def test_two_people_sentenced_are_not_the_last_two_named(pipeline: Pipeline) -> None:
    # "the two men" refers back; "two men" are two more
    a = _analyse(pipeline, "Kenyan President William Ruto met Ugandan President Yoweri Museveni "
                           "in Nairobi. Separately, a court in Mombasa sentenced two men to life "
                           "in prison for a bombing.")
    names = {e.id: e.name for e in a.entities}
    sentenced = [v for v in a.events if v.evidence.text == "sentenced"]
    assert sentenced and not any(names.get(v.target or "") in ("William Ruto", "Yoweri Museveni")
                                 for v in sentenced), \
        [names.get(v.target or "") for v in sentenced]


def test_a_vow_joined_to_a_reported_clause_is_the_speakers(pipeline: Pipeline) -> None:
    # "said the tariffs were unfair and vowed to retaliate": the speaker vows
    a = _analyse(pipeline, "Beijing said the tariffs were unfair and vowed to retaliate.")
    got = {source for source, _ in _pairs(a, "vowed")}
    assert got == {"CHN"}, got


def test_it_or_them_as_an_object_is_what_the_verb_before_took(pipeline: Pipeline) -> None:
    # "lifted the tariffs on Mexico ... reimposed them": tariffs, on Mexico
    a = _analyse(pipeline, "Washington lifted tariffs on Mexico in May but reimposed them in "
                           "August.")
    codes = _codes(a)
    again = [v for v in a.events if v.evidence.text == "reimposed"]
    assert again and {(v.cameo.code[:3], codes.get(v.target)) for v in again} == {
        ("163", "MEX")}, [(v.cameo.code, codes.get(v.target)) for v in again]


def test_a_foreign_weapon_striking_a_town_attacks_it(pipeline: Pipeline) -> None:
    # "Russian drones struck Kherson": the town (tagged a person by the model) is hit
    a = _analyse(pipeline, "Russian drones struck Kherson overnight, the regional governor said.")
    assert _pairs(a, "struck") == {("RUS", "UKR")}, _pairs(a, "struck")


def test_a_doerless_killing_later_in_the_story_is_its_one_named_attack(pipeline: Pipeline) -> None:
    # the story's one attack with a named doer, four sentences and two quotations before
    a = _analyse(pipeline, "KYIV -- Russian missiles struck a shopping centre in Kharkiv on "
                           "Saturday. \"This is terror,\" the foreign minister wrote. \"The world "
                           "must respond.\" The Kremlin denied targeting civilians. The mayor "
                           "said at least six people had been killed.")
    got = {(source or "")[:3] for source, _ in _pairs(a, "killed")}
    assert got == {"RUS"}, got
    # two attackers named before: no guess
    a = _analyse(pipeline, "KYIV -- Russian missiles struck a shopping centre in Kharkiv on "
                           "Saturday. Ukrainian drones hit a refinery in Ryazan. \"This is "
                           "terror,\" the governor wrote. The Kremlin denied targeting civilians. "
                           "Officials said at least six people had been killed in Kharkiv.")
    got = {(source or "")[:3] for source, _ in _pairs(a, "killed")}
    assert got and "RUS" not in got, got


def test_both_neighbours_are_two_others_than_the_one_who_urges_them(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Ethiopia accused Eritrea of arming rebels. Kenya, which hosts talks "
                           "between Ethiopia's neighbours, urged both neighbours to resolve their "
                           "dispute.")
    urged = {target for _, target in _pairs(a, "urged")}
    assert urged == {"ETH", "ERI"}, urged


def test_a_failure_to_act_is_no_act(pipeline: Pipeline) -> None:
    # "the government's failure to release the detainees": none released
    a = _analyse(pipeline, "Amnesty criticised the Egyptian government's failure to release the "
                           "detained journalists.")
    assert not any(v.cameo.root == "08" for v in a.events), [v.cameo.code for v in a.events]


def test_a_body_of_states_declaring_an_emergency_imposes_none(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The WHO declared a public health emergency of international concern "
                           "over mpox on Wednesday.")
    assert not any(v.cameo.code == "1724" for v in a.events), [v.cameo.code for v in a.events]
    a = _analyse(pipeline, "Ecuador's government declared a state of emergency in Guayaquil.")
    assert any(v.cameo.code == "1724" for v in a.events)


def test_a_verdict_condemned_is_the_courts_not_a_later_arrest(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "A court in Tunis sentenced the opposition leader to twelve years in "
                           "prison. Police detained three of his supporters outside the building. "
                           "Rights groups condemned the verdict.")
    condemned = {target for _, target in _pairs(a, "condemned")}
    assert condemned and all((c or "").endswith("JUD") for c in condemned), condemned


def test_a_ruling_welcomed_is_the_one_given_not_an_appeal_announced(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "A court in Nairobi sentenced the former minister to 12 years in "
                           "prison. His lawyers said they would appeal the verdict. The "
                           "anti-corruption commission welcomed the ruling.")
    welcomed = _pairs(a, "welcomed")
    assert welcomed and all(t == "KENJUD" for _, t in welcomed), \
        welcomed
    assert not any(v.evidence.text == "welcomed" and v.target is not None and any(
        e.id == v.target and "lawyer" in e.name for e in a.entities) for v in a.events)


@pytest.mark.parametrize(("text", "trigger", "pair"), [
    ("The killing of the dissident prompted Germany to expel two Iranian diplomats.",
     "expel", ("DEU", "IRNGOV")),
    ("Mounting losses forced Russian troops to withdraw from Kherson.", "withdraw",
     ("RUSMIL", "UKR")),
])
def test_who_is_made_to_act_does_the_act(pipeline: Pipeline, text: str, trigger: str,
                                         pair: tuple[str, str]) -> None:
    assert _pairs(_analyse(pipeline, text), trigger) == {pair}


def test_people_hurt_where_police_used_force_on_a_crowd_are_the_polices_doing(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Riot police fired tear gas and rubber bullets at protesters in "
                           "Dhaka on Sunday. At least 30 people were injured, a hospital "
                           "official said.")
    hurt = [v for v in a.events if v.evidence.text == "injured"]
    assert hurt and {_codes(a).get(v.source) for v in hurt} == {"BGDCOP"}, [
        (_codes(a).get(v.source), v.inferred) for v in hurt]
    assert all("source" in v.inferred for v in hurt)


def test_a_verdict_is_the_courts_not_what_its_prosecutors_asked(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "A court in Nairobi jailed the former governor for 12 years on "
                           "Monday. Prosecutors had asked for a life sentence. The anti-graft "
                           "commission welcomed the verdict.")
    welcomed = [v for v in a.events if v.evidence.text == "welcomed"]
    assert welcomed and all("court" in (names_of(a, v.target) or "") for v in welcomed), [
        names_of(a, v.target) for v in welcomed]


@pytest.mark.parametrize("text", [
    "A car bomb killed two soldiers in Mogadishu on Sunday, in an attack that the government "
    "blamed on al-Shabaab.",
    "A car bomb killed two soldiers in Mogadishu on Sunday, an attack the government blamed on "
    "al-Shabaab.",
])
def test_an_attack_blamed_on_someone_is_theirs_and_one_act(pipeline: Pipeline,
                                                           text: str) -> None:
    a = _analyse(pipeline, text)
    hostile = [v for v in a.events if v.cameo.root in ("18", "19", "20")]
    assert [(v.evidence.text, _codes(a).get(v.source)) for v in hostile] == [
        ("killed", "SOMINS")], [(v.evidence.text, _codes(a).get(v.source)) for v in hostile]


def test_only_blaming_puts_an_attack_on_whom_on_names(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The attack, which Iran praised on state television, killed 12 "
                           "Israeli soldiers.")
    assert not any(v.evidence.text == "killed" and "television" in (names_of(a, v.source) or "")
                   for v in a.events)


def test_a_bare_count_killed_is_no_party_named_before(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Ethiopia and the rebels agreed to begin talks after two years of "
                           "fighting that has killed thousands.")
    assert not any(v.evidence.text == "killed" and v.target is not None for v in a.events), [
        (v.evidence.text, v.target) for v in a.events]


def test_support_offered_together_is_for_a_third_not_each_other(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The United States and the European Union welcomed the agreement "
                           "and offered to support the talks.")
    assert not _pairs(a, "offered") & {("USA", "IGOEEC"), ("IGOEEC", "USA")}, \
        _pairs(a, "offered")


@pytest.mark.parametrize("noun", ["raid", "operation"])
def test_a_raid_or_operation_condemned_is_the_raiders(pipeline: Pipeline, noun: str) -> None:
    a = _analyse(pipeline, "Israeli troops raided the Nur Shams refugee camp on Tuesday, "
                           f"killing two Palestinians. Jordan condemned the {noun}.")
    assert _pairs(a, "condemned") == {("JOR", "ISRMIL")}, _pairs(a, "condemned")


@pytest.mark.parametrize("text", [
    "Turkey imposed a 40 percent tariff on cars made in China on Friday.",
    "Turkey imposed a 40 percent tariff on imports from China on Friday.",
])
def test_a_tariff_on_goods_is_aimed_at_where_they_come_from(pipeline: Pipeline,
                                                           text: str) -> None:
    assert _pairs(_analyse(pipeline, text), "imposed") == {("TUR", "CHN")}


def test_all_sides_are_sides_the_tables_code(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "JUBA (Reuters) - South Sudan's government placed First Vice "
                           "President Riek Machar under house arrest on Wednesday. Information "
                           "Minister Michael Makuei said Machar was being investigated over an "
                           "attack by an armed group on a military base in Nasir in March. The "
                           "United Nations mission in South Sudan called on all sides to "
                           "exercise restraint.", published="2025-03-27")
    called = [v for v in a.events if v.evidence.text == "called"]
    assert called and all(v.target is None or _codes(a).get(v.target) for v in called), [
        (v.target, _codes(a).get(v.target)) for v in called]


def test_a_threat_aimed_at_no_one_answers_the_last_blow_against_its_maker(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The European Union imposed tariffs on Chinese electric cars. China "
                           "warned that it would take all necessary steps to defend its "
                           "interests.")
    assert _pairs(a, "warned") == {("CHN", "IGOEEC")}, _pairs(a, "warned")
    # (not a threat that names its own act or whom it is aimed at)
    a = _analyse(pipeline, "Russia struck Kyiv overnight. Ukraine's foreign minister "
                           "threatened to resign.")
    assert all(v.target is None for v in a.events if v.evidence.text == "threatened")
    a = _analyse(pipeline, "The European Union imposed tariffs on Chinese electric cars. China "
                           "threatened to retaliate against Japan.")
    assert {t for _, t in _pairs(a, "threatened")} == {"JPN"}, _pairs(a, "threatened")


def test_an_act_said_to_do_something_does_not_go_on_to_speak(pipeline: Pipeline) -> None:
    # "the measures violated trade rules and warned": the speaker warns
    a = _analyse(pipeline, "China's commerce ministry said the tariffs violated trade rules and "
                           "warned that Beijing would take countermeasures.")
    warned = [v for v in a.events if v.evidence.text == "warned"]
    assert warned and {_codes(a).get(v.source) for v in warned} == {"CHNGOV"}, [
        _codes(a).get(v.source) for v in warned]


def test_who_faces_charges_is_charged_not_the_charger(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Two Kenyan police officers face murder charges in Nakuru.")
    faced = [v for v in a.events if v.evidence.text == "face"]
    assert faced and all(_codes(a).get(v.target) == "KENCOP"
                         and _codes(a).get(v.source) != "KENCOP" for v in faced), [
        (_codes(a).get(v.source), _codes(a).get(v.target)) for v in faced]


@pytest.mark.parametrize(("text", "trigger", "pairs"), [
    # "from two of its polling stations" names the doer itself: the observers' body is
    # whom it bars
    ("Belarus barred OSCE observers from two of its polling stations.", "barred",
     {("BLR", "IGOSCE")}),
    # "the extension" refers back to the truce the two agreed to extend
    ("Armenia and Azerbaijan agreed on Monday to extend the ceasefire by a week. France's "
     "foreign minister welcomed the extension.", "welcomed",
     {("FRAGOV", "ARM"), ("FRAGOV", "AZE")}),
    # "the decision" may be one announced
    ("Indonesia said it would lift its ban on palm oil exports to India. India's commerce "
     "minister welcomed the decision.", "welcomed", {("INDGOV", "IDN")}),
])
def test_the_target_a_slot_or_an_anaphor_names(pipeline: Pipeline, text: str, trigger: str,
                                               pairs: set[tuple[str, str]]) -> None:
    a = _analyse(pipeline, text)
    assert _pairs(a, trigger) == pairs, _pairs(a, trigger)


def test_what_someone_did_not_say_whether_they_did_is_not_asserted(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The general did not say whether his troops had withdrawn from the "
                           "border town.")
    assert not any(v.modality == "asserted" and v.cameo.root == "08" for v in a.events), \
        [(v.cameo.code, v.modality) for v in a.events]


def test_two_pledging_aid_together_pledge_it_to_a_third(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Qatar and Kuwait pledged $50 million each for the relief effort.")
    pairs = _pairs(a, "pledged")
    assert pairs and not {("QAT", "KWT"), ("KWT", "QAT")} & pairs, pairs


def test_hosting_refugees_is_no_visit(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Uganda, which hosts 1.5 million South Sudanese refugees, asked donors "
                           "for more help.")
    assert not any(v.cameo.code[:3] == "043" for v in a.events), [v.cameo.code for v in a.events]


def test_a_killing_told_as_a_result_is_the_violent_acts_before_it(pipeline: Pipeline) -> None:
    # the parser hangs "killing" on "marched": the police shot, the marchers did not kill
    a = _analyse(pipeline, "Ugandan police fired live rounds at protesters in Kampala as "
                           "thousands marched against the new tax, killing three people, "
                           "witnesses said.")
    got = {source for source, _ in _pairs(a, "killing")}
    assert got == {"UGACOP"}, got


def test_readiness_on_a_condition_is_aimed_at_whoever_must_meet_it(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Seoul said it was ready to resume talks if Pyongyang halted its "
                           "missile tests.")
    codes = _codes(a)
    ready = {codes.get(v.target) for v in a.events if v.cameo.root == "03"}
    assert ready == {"PRK"}, ready


def test_all_sides_urged_are_the_storys_parties_and_each_act_asked_is_the_appeal(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Hungary closed its border with Serbia on Monday, accusing Belgrade of "
                           "sending migrants north. The U.N. refugee agency urged all sides to "
                           "respect international law and allow access for aid workers.")
    urged = {target for _, target in _pairs(a, "urged")}
    assert urged == {"HUN", "SRB"}, urged
    # "allow access" is what the agency asks, not an act of its own
    assert not any(v.evidence.text == "allow" for v in a.events), \
        [(v.cameo.code, v.evidence.text) for v in a.events]


def test_an_act_under_a_reduced_passive_is_the_one_it_was_done_to(pipeline: Pipeline) -> None:
    # "a man convicted of killing a guard": the man killed, not the state that executed him
    a = _analyse(pipeline, "Iran executed a man convicted of killing a member of the security "
                           "forces during protests, the judiciary said.")
    codes = _codes(a)
    killers = {codes.get(v.source) for v in a.events if v.evidence.text == "killing"}
    assert killers and "IRN" not in killers, killers


def test_them_after_a_participle_is_not_the_participles_own_subject(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Pakistan expelled two Afghan diplomats on Wednesday, accusing them "
                           "of spying on military installations near Peshawar.")
    accused = {target for _, target in _pairs(a, "accusing")}
    assert accused == {"AFGGOV"}, accused


def test_aid_pledged_in_an_amount_goes_to_whom_the_aid_is_for(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "NATO allies pledged 2 billion euros in new military aid to Ukraine "
                           "at a meeting of defence ministers on Thursday.")
    pledged = {target for _, target in _pairs(a, "pledged")}
    assert pledged == {"UKR"}, pledged


def test_acts_a_relative_clause_condemns_are_those_its_sentence_told(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "North Korea fired a ballistic missile into the sea off its east coast "
                           "on Friday, the latest in a series of launches that Seoul condemned "
                           "as provocations.")
    condemned = {target for _, target in _pairs(a, "condemned")}
    assert condemned == {"PRK"}, condemned


def test_ratifying_anothers_bid_is_not_a_treaty_with_it_both_ways(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Turkey's parliament ratified Sweden's bid to join NATO on Tuesday "
                           "after months of delay.")
    pairs = _pairs(a, "ratified")
    assert pairs == {("TURLEG", "SWE")}, pairs


def test_ground_attacked_is_aimed_at_whoever_holds_it(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Syrian government forces shelled rebel-held villages in Idlib "
                           "province on Monday.")
    assert _pairs(a, "shelled") == {("SYRMIL", "SYRREB")}, _pairs(a, "shelled")
    a = _analyse(pipeline, "The Saudi-led coalition bombed Houthi-controlled areas of Hodeidah.")
    assert {t for _, t in _pairs(a, "bombed")} == {"YEMREB"}, _pairs(a, "bombed")


def test_a_court_where_a_case_is_brought_is_not_whom_it_is_against(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "South Africa filed a case at the International Court of Justice "
                           "accusing Israel of genocide in Gaza.")
    assert _pairs(a, "filed") == {("ZAF", "ISR")}, _pairs(a, "filed")
    a = _analyse(pipeline, "The opposition said it would challenge the result in court.")
    assert {t for _, t in _pairs(a, "challenge")} == {None}, _pairs(a, "challenge")


def test_a_place_no_one_holds_and_a_side_taken_are_not_targets(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Houthi rebels said they had targeted a commercial ship in the Red Sea "
                           "with missiles in solidarity with Gaza.")
    targeted = [v for v in a.events if v.evidence.text == "targeted"]
    assert targeted and all(v.target is None for v in targeted), [
        (v.source, v.target) for v in targeted]


def test_an_act_that_only_would_happen_is_conditional(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Jordan's King Abdullah warned on Sunday that an Israeli ground "
                           "offensive in Rafah would lead to a humanitarian catastrophe.")
    offensive = [v for v in a.events if v.evidence.text == "offensive"]
    assert offensive and all(v.modality == "conditional" for v in offensive), \
        [(v.cameo.code, v.modality) for v in offensive]
    a = _analyse(pipeline, "The Israeli offensive in Rafah killed 40 people on Sunday.")
    assert any(v.evidence.text == "offensive" and v.modality == "asserted" for v in a.events)


def test_a_charge_hung_on_the_one_charged_is_still_the_charge(pipeline: Pipeline) -> None:
    # the parser hangs "with fraud" on "governor": still "charged ... with fraud"
    a = _analyse(pipeline, "Nigeria's anti-corruption agency charged a former governor with "
                           "fraud.")
    assert _pairs(a, "charged") == {("NGAGOV", "NGAELI")}, _pairs(a, "charged")


def test_a_participle_a_naming_verb_puts_on_someone_is_a_label(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, 'Serbian President Aleksandar Vucic called the protesters '
                           '"foreign-funded" on Sunday.')
    assert not any(v.cameo.root == "07" for v in a.events), [
        (v.cameo.code, v.evidence.text) for v in a.events]


def test_a_harm_in_strikes_of_a_nationality_is_that_attackers(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The health ministry in Gaza said 35 people had been killed in "
                           "Israeli strikes overnight.")
    killed = [v for v in a.events if v.evidence.text == "killed"]
    assert killed and {_codes(a).get(v.source) for v in killed} == {"ISR"}, [
        (v.source, v.inferred) for v in killed]
    assert all("source" not in v.inferred for v in killed)


@pytest.mark.parametrize("text", [
    "Somalia's government blamed al-Shabaab for a car bombing that killed 12 people in "
    "Baidoa on Monday.",
    "Nigeria's army said it had arrested Boko Haram fighters, whom it blamed for an attack "
    "that killed 30 villagers in Borno.",
])
def test_who_is_blamed_for_an_attack_did_what_it_did(pipeline: Pipeline, text: str) -> None:
    a = _analyse(pipeline, text)
    killed = [v for v in a.events if v.evidence.text == "killed"]
    assert killed and {_codes(a).get(v.source, "")[3:] for v in killed} <= {"INS", "REB",
                                                                           "UAF"}, [
        (_codes(a).get(v.source), v.inferred) for v in killed]
    assert all("source" not in v.inferred for v in killed)


def test_a_country_in_a_waters_name_is_no_target(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Iran's Revolutionary Guards seized an oil tanker in the Gulf of Oman "
                           "on Thursday.")
    assert "Oman" not in [e.name for e in a.entities], [e.name for e in a.entities]
    seized = [v for v in a.events if v.evidence.text == "seized"]
    assert seized and all(v.target is None for v in seized), [v.target for v in seized]


def test_people_on_the_move_show_no_force(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Poland closed its border with Belarus after migrants tried to cross "
                           "into the European Union.")
    assert not any(v.cameo.code[:3] == "150" for v in a.events), [
        (v.cameo.code, v.evidence.text) for v in a.events]
    a = _analyse(pipeline, "Russian warships crossed into Japanese waters on Friday.")
    assert any(v.cameo.code[:3] == "150" for v in a.events)


def test_an_accusation_hung_on_the_reported_clause_is_the_speakers(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Tanzanian government spokesman Gerson Msigwa said the arrest was "
                           "lawful and accused foreign diplomats of interfering in Tanzania's "
                           "internal affairs.")
    accused = _pairs(a, "accused")
    assert accused and {s for s, _ in accused} == {"TZAGOV"}, accused


def test_a_headlines_passive_is_done_to_its_noun(pipeline: Pipeline) -> None:
    # no "were": "Three journalists detained in Minsk", "Opposition leader arrested ..."
    for text, victim in (("Three journalists detained in Minsk", "BLRMED"),
                         ("Opposition leader arrested ahead of Tanzania vote", "TZAOPP")):
        a = _analyse(pipeline, text)
        pairs = {p for p in _pairs(a, "detained") | _pairs(a, "arrested")}
        assert pairs and all(t == victim and s != victim for s, t in pairs), (text, pairs)


def test_an_arrest_in_a_town_tagged_a_nationality_is_still_coded(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Five protesters were arrested in Tunis on Monday.")
    pairs = _pairs(a, "arrested")
    assert pairs and all((s or "").startswith("TUN") for s, _ in pairs), pairs


def test_an_act_hoped_for_stays_hoped_though_it_would_do_something(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Shamkhani expressed hope that the next visit of Aliyev to Tehran "
                           "would provide the foundation for closer ties.")
    assert not any(v.cameo.code[:3] == "042" and v.modality == "conditional"
                   for v in a.events), [(v.cameo.code, v.modality) for v in a.events]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Militants attacked an army base in Borno state.", "attacked", "NGAMIL"),
    ("Gunmen attacked a police station in Kano, Nigeria, on Tuesday.", "attacked", "NGACOP"),
    ("Protesters set fire to the parliament building in Tripoli.", "set", "LBYLEG"),
    ("The army launched airstrikes on rebel positions near Idlib.", "launched", "SYRREB"),
])
def test_what_a_body_holds_stands_for_the_body(pipeline: Pipeline, text: str, trigger: str,
                                               target: str) -> None:
    # "an army base", "the parliament building": done to the army, the parliament
    a = _analyse(pipeline, text)
    hits = [v for v in a.events if v.evidence.text == trigger]
    assert hits, [v.evidence.text for v in a.events]
    assert _codes(a)[hits[0].target] == target


def test_a_common_noun_tagged_a_place_is_the_role_it_names(pipeline: Pipeline) -> None:
    # the model tags a sentence-initial "Gunmen" GPE; the tables know gunmen
    a = _analyse(pipeline, "Gunmen abducted 30 students from a boarding school in "
                           "northwestern Nigeria.")
    hits = [v for v in a.events if v.evidence.text == "abducted"]
    assert hits and hits[0].inferred == []
    assert _codes(a)[hits[0].source] == "NGAUAF"


@pytest.mark.parametrize(("text", "where"), [
    ("Demonstrators threw stones at the U.S. embassy in Baghdad.", "IRQ"),
    ("Hundreds of protesters gathered outside the Russian embassy in London.", "GBR"),
    ("Gunmen killed five people in the southern Gaza city of Rafah.", "PSE"),
])
def test_a_crowd_is_of_where_it_is_not_of_whose_building_it_faces(
        pipeline: Pipeline, text: str, where: str) -> None:
    a = _analyse(pipeline, text)
    doers = [e for e in a.entities if e.name.lower() in ("demonstrators", "protesters", "gunmen")]
    assert doers and doers[0].actor is not None
    assert doers[0].actor.country == where


@pytest.mark.parametrize(("text", "country"), [
    ("Thousands rallied in Hong Kong.", "HKG"),
    ("Tens of thousands marched in Paris against the pension reform.", "FRA"),
    ("Hundreds protested outside the parliament in Nairobi on Tuesday.", "KEN"),
])
def test_a_protest_by_a_number_nobody_names_is_the_countrys_people(
        pipeline: Pipeline, text: str, country: str) -> None:
    a = _analyse(pipeline, text)
    protests = [v for v in a.events if v.cameo.root == "14"]
    assert protests, [v.evidence.text for v in a.events]
    assert _codes(a)[protests[0].source] == country
    assert "source" in protests[0].inferred


def test_an_attack_that_is_the_subject_of_a_harm_gives_its_doer(pipeline: Pipeline) -> None:
    # "the attack ... by al-Shabab killed ...": the attack's agent did the killing
    a = _analyse(pipeline, "The attack on the base by al-Shabab killed at least 20 soldiers.")
    kills = [v for v in a.events if v.evidence.text == "killed"]
    assert kills and kills[0].inferred == []
    assert [e.name for e in a.entities if e.id == kills[0].source] == ["al-Shabab"]


def test_a_possessor_of_an_imprisonment_is_who_is_imprisoned(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The officers were convicted in Paris last year. They said they "
                           "would seek suspension of their imprisonment pending appeal.")
    held = [v for v in a.events if v.evidence.text == "imprisonment"]
    officers = {e.id for e in a.entities if "officers" in e.name.lower() or any(
        m.text.lower() == "they" for m in e.mentions)}
    assert all(v.source not in officers for v in held)


def test_someone_of_a_person_is_not_that_person(pipeline: Pipeline) -> None:
    # "a critic of President Saied" is detained, not Saied
    a = _analyse(pipeline, "Tunisian authorities detained a prominent critic of President "
                           "Kais Saied.")
    held = [v for v in a.events if v.evidence.text == "detained"]
    assert held, [v.evidence.text for v in a.events]
    names = {e.id: e.name for e in a.entities}
    assert names.get(held[0].target) == "prominent critic"
    assert _codes(a)[held[0].target] == "TUNOPP"


def test_a_feeling_about_an_act_told_before_is_aimed_at_its_doer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "A Turkish court on Wednesday sentenced Ekrem Imamoglu to two "
                           "years in prison. The EU said it was deeply concerned by the "
                           "verdict. Students protested over the ruling.")
    codes = _codes(a)
    for trigger in ("concerned", "protested"):
        hits = [v for v in a.events if v.evidence.text == trigger]
        assert hits and codes[hits[0].target] == "TURJUD", trigger


def test_aid_with_no_recipient_goes_to_where_the_story_is(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "DHAKA, Bangladesh (Wire) — Japan pledged $120 million in "
                           "emergency aid on Monday after a cyclone killed 38 people across "
                           "southern Bangladesh.")
    pledged = [v for v in a.events if v.evidence.text == "pledged"]
    assert pledged and _codes(a)[pledged[0].target] == "BGD"
    assert "target" in pledged[0].inferred
    # ... not to a place the sentence names for something else
    b = _analyse(pipeline, "The president wants to allocate funding for a wall along the "
                           "border with Mexico.")
    assert not [v for v in b.events if v.cameo.code.startswith("07")
                and _codes(b).get(v.target) == "MEX"]


def test_where_two_parties_sign_is_no_third_party(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Armenia and Azerbaijan signed a peace agreement at the White House.")
    codes = _codes(a)
    pairs = {(codes[v.source], codes[v.target]) for v in a.events if v.evidence.text == "signed"}
    assert pairs == {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_court_blocking_an_act_rejects_its_doer_and_the_act_is_not_done(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "WASHINGTON (Wire) — A federal judge on Friday blocked the Trump "
                           "administration from deporting hundreds of Venezuelan migrants. "
                           "Judge James Boasberg said the administration had acted in bad "
                           "faith and ordered officials to halt all flights.")
    codes = _codes(a)
    blocked = [v for v in a.events if v.evidence.text == "blocked"]
    assert [(v.cameo.code, codes[v.target]) for v in blocked] == [("120", "USAGOV")]
    assert not [v for v in a.events if v.evidence.text == "deporting"]
    # a reported past perfect, then the narrator's plain past: the judge ordered
    ordered = [v for v in a.events if v.evidence.text == "ordered"]
    names = {e.id: e.name for e in a.entities}
    assert ordered and names[ordered[0].source] == "James Boasberg"


def test_a_relative_clause_on_what_a_clause_acts_on_speaks_of_its_subject(
        pipeline: Pipeline) -> None:
    # "it" in a relative clause on the object is the clause's subject, not the one who
    # reports the sentence; the noun the clause is on is the accused
    a = _analyse(pipeline, "France expelled two Russian diplomats it accused of spying, the "
                           "foreign ministry said on Thursday.")
    assert _pairs(a, "accused") == {("FRA", "RUSGOV")}
    # ... also where a relative pronoun stands for it
    b = _analyse(pipeline, "Moscow summoned the ambassador of Estonia, whom it accused of "
                           "harassing Russian citizens.")
    assert _pairs(b, "accused") == {("RUS", "ESTGOV")}
    # where the clause's subject is the speaker's "it", both are the speaker
    c = _analyse(pipeline, "The French foreign ministry said it would expel two Russian "
                           "diplomats it accused of spying.")
    assert _pairs(c, "accused") == {("FRAGOV", "RUSGOV")}


def test_of_two_patterns_as_specific_the_one_whose_target_the_text_has_wins(
        pipeline: Pipeline) -> None:
    # warships sent near a country are a show of force (154), not arms sent to it (072)
    a = _analyse(pipeline, "Turkey sent warships near Cyprus on Monday.")
    assert {v.cameo.code for v in a.events if v.evidence.text == "sent"} == {"154"}
    b = _analyse(pipeline, "Britain sent warships to Ukraine in March.")
    assert {v.cameo.code for v in b.events if v.evidence.text == "sent"} == {"072"}


def test_aid_with_no_recipient_goes_where_the_disaster_told_with_it_struck(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "A 7.8-magnitude earthquake struck southern Turkey on Monday, and "
                           "Greece sent a rescue team to help.")
    sent = [v for v in a.events if v.evidence.text == "sent"]
    assert sent and sent[0].cameo.code.startswith("07")
    assert _codes(a)[sent[0].target] == "TUR" and "target" in sent[0].inferred
    b = _analyse(pipeline, "Floods devastated eastern Libya last week. Egypt dispatched tents "
                           "and medicine on Sunday.")
    dispatched = [v for v in b.events if v.evidence.text == "dispatched"]
    assert dispatched and _codes(b)[dispatched[0].target] == "LBY"
    # a disaster at the giver's home gives it no recipient
    c = _analyse(pipeline, "A cyclone struck Bangladesh, and Bangladesh sent soldiers to help.")
    assert not [v for v in c.events if v.evidence.text == "sent"
                and _codes(c).get(v.target) == "BGD"]


def test_a_deal_brokered_by_a_third_party_is_mediation_between_its_parties(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Sudan's army and the Rapid Support Forces agreed to a 72-hour truce "
                           "brokered by Saudi Arabia and the United States.")
    assert _pairs(a, "brokered") == {("SAU", "SDNMIL"), ("SAU", "SDNREB"),
                                     ("USA", "SDNMIL"), ("USA", "SDNREB")}
    # (the agreeing is intended; the brokering of the truce they agreed to is done)
    assert all(v.modality == "asserted" for v in a.events if v.evidence.text == "brokered")
    b = _analyse(pipeline, "A ceasefire between Armenia and Azerbaijan brokered by Russia took "
                           "effect on Tuesday.")
    assert _pairs(b, "brokered") == {("RUS", "ARM"), ("RUS", "AZE")}


def test_a_verb_hung_on_a_nouns_that_clause_is_the_narrators(pipeline: Pipeline) -> None:
    # after the clause's past perfect or its "was" of a state, a plain past with no
    # subject is done by whoever holds the noun
    a = _analyse(pipeline, "The United States said there was evidence that Gonzalez had won "
                           "the election and threatened new sanctions on Venezuela.")
    assert _pairs(a, "threatened") == {("USA", "VEN")}
    b = _analyse(pipeline, "Britain said it had proof that Russia was behind the poisoning and "
                           "expelled 23 diplomats.")
    expelled = [v for v in b.events if v.evidence.text == "expelled"]
    assert _pairs(b, "expelled") == {("GBR", "RUS")}
    # (diplomats whose country is not said are the other country's)
    assert "target" in expelled[0].inferred
    # two acts in the plain past are the clause's own
    c = _analyse(pipeline, "Officials said there was evidence that Iran supplied drones to "
                           "Russia and trained its soldiers.")
    assert {s for s, _ in _pairs(c, "trained")} == {"IRN"}


def test_a_law_referred_back_to_is_its_makers_not_its_opponents(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Kenya's parliament passed a finance bill on Tuesday. Protesters "
                           "rallied against the bill, and President William Ruto said he would "
                           "veto it. The European Union criticised the bill.")
    # (the protest is against the bill's makers; the veto and the criticism too)
    assert _pairs(a, "rallied") == {("KENOPP", "KENLEG")}
    assert _pairs(a, "veto") == {("KENGOV", "KENLEG")}
    assert _pairs(a, "criticised") == {("IGOEEC", "KENLEG")}
    # a protest against a bill is no maker of it
    b = _analyse(pipeline, "Protesters rallied against a finance bill in Nairobi. President "
                           "William Ruto said he would veto the bill.")
    assert not [v for v in b.events if v.evidence.text == "veto"
                and _codes(b).get(v.target, "").endswith("OPP")]


def test_an_insurgent_raid_told_over_several_paragraphs(pipeline: Pipeline) -> None:
    text = ("MAIDUGURI, Nigeria (Wire) -- Suspected Boko Haram fighters killed at least 37 "
            "villagers in an overnight raid on a farming community in northeastern Nigeria, "
            "local officials said on Saturday.\n\n"
            "The gunmen arrived on motorcycles, set fire to homes and shot people as they fled, "
            "said Babagana Zulum, the governor of Borno state. He called the attack "
            "\"barbaric\" and urged the federal government to deploy more troops to the area.\n\n"
            "The army said its troops had pursued the attackers and killed 12 of them. A "
            "military spokesman, Major General Edward Buba, said soldiers also rescued 20 women "
            "the group had abducted last month.\n\n"
            "President Bola Tinubu condemned the killings and ordered security chiefs to hunt "
            "down those responsible.")
    a = _analyse(pipeline, text)
    # "the group", four sentences on, is the one organisation named
    assert _pairs(a, "abducted") == {("NGAINS", "NGACVL")}
    # "12 of them" counts the attackers
    assert ("NGAMIL", "NGAINS") in _pairs(a, "killed")
    # a government condemning "the killings" means the insurgents', not its army's
    assert _pairs(a, "condemned") == {("NGAGOV", "NGAINS")}


def test_missiles_shot_down_are_aimed_at_whoever_fired_them(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Russia launched one of its largest drone and missile attacks on "
                           "Ukraine's energy grid overnight. Ukraine's air force said it shot "
                           "down 84 of the 127 missiles and drones fired at the country.")
    shot = [v for v in a.events if v.evidence.text.startswith("shot")]
    assert shot and _codes(a)[shot[0].target] == "RUS" and "target" in shot[0].inferred
    # with no attacker told before, not at the shooter's own country
    b = _analyse(pipeline, "Ukraine's air force said it shot down 84 drones overnight.")
    assert not [v for v in b.events if v.evidence.text.startswith("shot")
                and _codes(b).get(v.target) == "UKR"]


def test_aid_announced_is_aid_pledged(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Germany's foreign minister announced 50 million euros in emergency "
                           "aid for Ukraine on Friday.")
    assert any(v.cameo.code.startswith("033") and _codes(a).get(v.target) == "UKR"
               for v in a.events if v.evidence.text == "announced")


def test_an_act_denied_is_no_act_to_refer_back_to(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The European Union imposed new sanctions on Iran on Monday. Iran's "
                           "foreign ministry denied sending missiles to Moscow. The United "
                           "States welcomed the move.")
    assert _pairs(a, "welcomed") == {("USA", "IGOEEC")}


def test_talks_mediated_in_a_town_are_between_the_parties_not_with_the_town(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Ethiopia and Somalia agreed on Wednesday to end a year-long dispute, "
                           "after talks mediated by Turkey in Ankara.")
    assert _pairs(a, "mediated") == {("TUR", "ETH"), ("TUR", "SOM")}


def test_aid_cut_with_no_recipient_named_is_cut_from_the_story_country(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "NIAMEY (Wire) -- Soldiers in Niger detained the president on "
                           "Wednesday. "
                           "France, the former colonial power, suspended development aid.")
    cut = [v for v in a.events if v.evidence.text == "suspended"]
    assert cut and cut[0].cameo.code.startswith("162")
    assert _codes(a)[cut[0].target] == "NER" and "target" in cut[0].inferred


def test_both_governments_are_the_last_two_states_named(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Italy and Albania signed an agreement on migration. Italian officials "
                           "said the centres would deter smugglers. The UN refugee agency urged "
                           "both governments to guarantee the right to asylum.")
    # (Italy by its officials, the state named last for it; never the smugglers)
    assert {t for _, t in _pairs(a, "urged")} == {"ITAGOV", "ALB"}


def test_a_court_ruling_told_with_its_reactions(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "WASHINGTON (Wire) -- The U.S. Supreme Court on Thursday struck down "
                           "a Texas law that barred social media companies from removing posts, "
                           "handing a victory to technology firms. NetChoice, a trade group, "
                           "welcomed the decision. Former President Donald Trump accused the "
                           "justices of siding with the platforms.")
    # "the decision" is the court's, before the act the law itself bars
    assert {t for _, t in _pairs(a, "welcomed")} == {"USAJUD"}
    # the justices are the court's
    assert {t for _, t in _pairs(a, "accused")} == {"USAJUD"}


def test_claims_rejected_are_the_accusers(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The opposition party demanded a recount, alleging vote rigging. "
                           "The electoral commission rejected the claims.")
    rejected = [v for v in a.events if v.evidence.text == "rejected"]
    assert rejected and rejected[0].target is not None
    assert _codes(a)[rejected[0].target].endswith("OPP")


def test_a_vow_after_a_reported_passive_is_the_speakers(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "A Russian court sentenced reporter Evan Gershkovich to 16 years. U.S. "
                           "President Joe Biden said the reporter was being held as a bargaining "
                           "chip and vowed to push for his release.")
    assert {s for s, _ in _pairs(a, "push")} == {"USAGOV"}


def test_sanctions_aimed_through_their_own_phrases(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Soldiers in Niger seized power on Wednesday. The Economic Community "
                           "of West African States gave the junta a week to reinstate the "
                           "president, and imposed sanctions including a freeze on Niger's assets "
                           "in the regional central bank.")
    assert {t for _, t in _pairs(a, "imposed")} == {"NER"}


def test_it_is_the_body_that_names_the_speakers_noun(pipeline: Pipeline) -> None:
    # "Pakistan's ISI spy agency said it ...": "it" is the body named in the subject
    a = _analyse(pipeline, "Ukraine's SBU security service said it had detained a "
                           "businessman in Odesa.")
    assert _coded(a)["detained"][1] == "UKRSPY"
    # a state's bare agent is its intelligence's
    a = _analyse(pipeline, "Police in Riga arrested a suspected Russian agent on Monday.")
    assert _coded(a)["arrested"][2] == "RUSSPY"


def test_a_crowd_is_who_they_are_not_what_some_of_them_wave(pipeline: Pipeline) -> None:
    # the parse hangs "flags" on "Hundreds" as an appositive
    a = _analyse(pipeline, "Hundreds of opposition supporters rallied outside the Chinese "
                           "embassy in Bangkok, some waving Taiwanese flags.")
    source = _coded(a)["rallied"][1] or ""
    assert source.startswith("THA") and not source.startswith("TWN")


def test_they_who_are_dispersed_are_not_the_police(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Thousands of farmers marched on the parliament in Nairobi. Police "
                           "used water cannon to disperse them after they tried to break "
                           "through the gates.")
    coded = _coded(a)
    # the farmers, counted by "Thousands of", are whom "them" and "they" stand for
    assert (coded["used"][2] or "").startswith("KEN") and coded["used"][2] != "KENCOP"
    assert "break" not in coded or coded["break"][1] != "KENCOP"


def test_an_attack_blamed_on_someone_unnamed_is_not_aimed_at_its_victims(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Lithuania and Latvia blamed the same group for attacks on "
                           "their railways.")
    targets = {_codes(a).get(v.target) for v in a.events if v.evidence.text == "blamed"}
    assert targets and not any(t and t[:3] in ("LTU", "LVA") for t in targets)
    # a doer named is the one blamed
    a = _analyse(pipeline, "Kenya blamed al-Shabab for the bombing of its border post.")
    assert (_coded(a)["blamed"][2] or "").startswith("SOM")


def test_a_states_own_envoy_is_the_means_not_the_target(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Burkina Faso's junta told the French ambassador to leave. France "
                           "said it would not recall its envoy.")
    assert (_coded(a)["recall"][2] or "") == "BFA"
    # an envoy's posting named stays the target
    a = _analyse(pipeline, "Russia recalled its ambassador from Moldova on Friday.")
    assert _coded(a)["recalled"][2] == "MDA"


def test_launches_condemned_are_the_launchers_not_the_drills_before(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "North Korea fired a cruise missile into the Yellow Sea on Monday, "
                           "hours after Japan and the United States began naval exercises. "
                           "Seoul condemned the launch.")
    assert _coded(a)["condemned"][2] == "PRK"


def test_people_of_no_country_asked_for_are_the_urged_ones(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Germany criticised the verdict. Reporters Without Borders urged "
                           "Tehran to free all journalists held in its jails.")
    assert _coded(a)["urged"][2] == "IRN"


def test_a_crowds_storming_is_no_attack_whose_doer_later_killings_take(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Thousands of protesters stormed the parliament in Nairobi on "
                           "Tuesday. At least 20 people have been killed since the protests "
                           "began.")
    coded = _coded(a)
    assert coded["stormed"][0] == "145"
    assert "OPP" not in (coded["killed"][1] or "")


def test_her_after_a_speakers_aside_is_the_titled_subjects(pipeline: Pipeline) -> None:
    # the parse hangs the name on the title ("Prime Minister | Sheikh Hasina"); "Sheikh",
    # kept in the name by the tables, says nothing of her gender
    a = _analyse(pipeline, "Bangladesh's Prime Minister Sheikh Hasina resigned and fled to "
                           "India on Monday after weeks of deadly protests, the army chief "
                           "said, as thousands of demonstrators stormed her official "
                           "residence in Dhaka.", published="2024-08-05")
    assert _coded(a)["stormed"][2] == "BGDGOV"


def test_the_attack_condemned_is_the_one_told_as_an_attack(pipeline: Pipeline) -> None:
    # the army's own killing of attackers is told after, and is no "attack"
    a = _analyse(pipeline, "Gunmen killed 25 police officers in an attack on a checkpoint in "
                           "northern Burkina Faso. The army said its troops killed 30 of the "
                           "gunmen. Niger condemned the attack.")
    target = _coded(a)["condemned"][2] or ""
    assert "COP" not in target and "MIL" not in target


def test_who_says_someone_should_be_jailed_demands_it(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "President Daniel Ortega said on Tuesday that opposition leader "
                           "Cristiana Chamorro should be jailed.")
    events = [v for v in a.events if v.evidence.text == "jailed"]
    assert events and events[0].modality == "demanded"
    # the one who demands it, as the text says: no convention's guess
    assert _coded(a)["jailed"][1] == "NICGOV" and "source" not in events[0].inferred


def test_diplomats_expelled_from_countries_named_are_theirs(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Mali expelled envoys from three West African states, including "
                           "Senegal and Ghana, on Monday.")
    targets = {t for s, t in _pairs(a, "expelled")}
    assert {"SEN", "GHA"} <= targets and "MLIGOV" not in targets


def test_the_two_armies_are_the_two_countries_named(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Ghana and Togo signed a defence pact on Monday. The deal would "
                           "allow the two armies to conduct joint patrols along their border.")
    pairs = _pairs(a, "conduct")
    assert pairs and {s for s, _ in pairs} <= {"GHA", "TGO"} and {t for _, t in pairs} <= {
        "GHA", "TGO"}


def test_a_coalition_led_by_a_state_strikes_a_town_the_model_missed(pipeline: Pipeline) -> None:
    # "Hodeidah" is tagged nothing by the model; the places stage finds it
    a = _analyse(pipeline, "The Saudi-led coalition struck Hodeidah on Friday.")
    code, source, target = _coded(a)["struck"]
    assert code.startswith("19") and source == "SAU" and target == "YEM"
    # a place found only by the places stage is an entity of its own
    assert any(e.type == "GPE" and e.name == "Hodeidah" for e in a.entities)


def test_the_group_accused_of_a_deed_is_the_group_named_before(pipeline: Pipeline) -> None:
    # (the parse hangs "of breaching" on "the group")
    a = _analyse(pipeline, "Hezbollah fired rockets at Israel. The Israeli military accused "
                           "the group of breaching the agreement.")
    assert (_coded(a)["accused"][2] or "").startswith("LBN")


def test_a_un_force_is_no_states_army(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The Israeli military said it had shot down the drones. The UN "
                           "peacekeeping force in southern Lebanon, UNIFIL, said both sides "
                           "had violated the truce.")
    army = [e for e in a.entities if any(m.text == "The Israeli military" for m in e.mentions)]
    assert army and not any("UN" in m.text for m in army[0].mentions)


def test_a_with_clause_with_a_subject_is_an_act_of_its_own(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Russia and Ukraine exchanged fire overnight, with Russian drones "
                           "striking a truck near Kharkiv and killing two civilians.")
    coded = _coded(a)
    assert coded["striking"][1] == "RUS" and coded["killing"][1] == "RUS"


def test_a_killing_an_accident_causes_is_no_ones_act(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Libyan police detained four men over a boat that capsized off "
                           "Tobruk, killing 61 migrants.")
    assert "killing" not in _coded(a)
    # an attack's own result is its doer's
    b = _analyse(pipeline, "Gunmen attacked a bus near Kano, killing 12 passengers.")
    assert (_coded(b)["killing"][1] or "").startswith("NGA")


def test_them_after_two_named_together_is_both(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "A court in Dhaka issued arrest warrants for former Prime Minister "
                           "Sheikh Hasina and her son Sajeeb Wazed, accusing them of graft.")
    targets = {names_of(a, v.target) for v in a.events if v.evidence.text == "accusing"}
    assert {"Sheikh Hasina", "Sajeeb Wazed"} <= targets


def test_the_agreement_referred_back_to_is_the_one_signed(pipeline: Pipeline) -> None:
    # not the pledge told in between
    a = _analyse(pipeline, "Morocco's King Mohammed VI signed an agreement with Mauritania's "
                           "president on Monday. Algerian President Abdelmadjid Tebboune vowed "
                           "to support the Sahrawi people. Algeria's parliament denounced the "
                           "agreement.")
    assert (_coded(a)["denounced"][2] or "")[:3] in ("MAR", "MRT")


def test_a_protest_broken_up_is_aimed_at_its_protesters_not_its_place(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Georgian police used water cannon to break up a protest outside "
                           "parliament in Tbilisi overnight, as demonstrators denounced the "
                           "government's decision.")
    assert _coded(a)["used"][2] == "GEOOPP"


def test_a_main_verb_after_a_relative_clause_is_the_names(pipeline: Pipeline) -> None:
    # the parser hangs "called" on the party named inside the relative clause
    a = _analyse(pipeline, "Opposition leader Venancio Mondlane, who says the vote was rigged "
                           "in favour of the ruling Frelimo party, called on his supporters to "
                           "block roads across the country.", published="2024-11-18")
    code, source, target = _coded(a)["called"]
    assert code.startswith("02") and source == "MOZOPP"
    assert target == "MOZOPP"  # an opposition leader's supporters are the opposition


def test_a_crowds_verb_after_a_noun_is_what_the_noun_did(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Relatives of the soldiers protested outside the defence ministry "
                           "in Lima on Monday.")
    (protest,) = [v for v in a.events if v.evidence.text == "protested"]
    assert names_of(a, protest.source) == "Relatives of the soldiers"
    assert protest.inferred == []
    # a transitive verb's headline passive keeps no doer of its own
    b = _analyse(pipeline, "Soldiers arrested in Lima.")
    assert all(names_of(b, v.source) != "Soldiers" for v in b.events)


def test_a_subject_with_a_participle_is_no_main_clause(pipeline: Pipeline) -> None:
    # the parser makes "leading" the root and "clashed" a participle of "mission"
    a = _analyse(pipeline, "Kenyan police officers leading a U.N.-backed security mission "
                           "clashed with members of the Viv Ansanm gang in Port-au-Prince.")
    code, source, target = _coded(a)["clashed"]
    assert code.startswith("19") and source == "KENCOP" and (target or "").startswith("HTI")


def test_forces_killed_with_no_doer_beside_another_sides_are_killed_by_that_side(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Relations soured after a clash in the Galwan valley in June 2020 in "
                           "which 20 Indian soldiers and four Chinese troops were killed.")
    codes = _codes(a)
    pairs = {(codes[v.source], codes[v.target]) for v in a.events if v.evidence.text == "killed"}
    assert pairs == {("CHNMIL", "INDMIL"), ("INDMIL", "CHNMIL")}
    # soldiers killed with no other side named keep the convention of the place
    b = _analyse(pipeline, "Four soldiers were killed in a roadside bombing near the town of "
                           "Kunduz in Afghanistan on Sunday.")
    assert all((_codes(b)[v.source] or "").startswith("AFG") for v in b.events
               if v.evidence.text == "killed")


def test_the_country_set_beside_a_meetings_town_is_where_not_with_whom(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Modi met Xi on the sidelines of the BRICS summit in Kazan, Russia.")
    summit = [v for v in a.events if v.evidence.text == "summit"]
    assert summit and all(names_of(a, v.target) != "Russia" and names_of(a, v.source) != "Russia"
                          for v in summit)


def test_condemning_the_use_of_force_is_aimed_at_who_used_it(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Police fired tear gas at opposition supporters in Maputo on Monday. "
                           "Amnesty International condemned the use of force.")
    assert _coded(a)["condemned"][2] == "MOZCOP"
    # the use of anything else is no act of force
    b = _analyse(pipeline, "Police fired tear gas at opposition supporters in Maputo on Monday. "
                           "Amnesty International condemned the use of the new law.")
    assert _coded(b).get("condemned", ("111", None, None))[2] != "MOZCOP"


def test_a_noun_said_of_an_act_judges_its_doer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Prosecutors cleared the first lady of wrongdoing on Monday. Civic "
                           "groups said the decision was a whitewash and called for a new "
                           "inquiry.", published="2024-06-26")
    coded = _coded(a)
    assert coded["whitewash"][0] == "111" and (coded["whitewash"][2] or "").endswith("JUD")
    # the parser hangs "called" on the reported "was": it is the groups' own demand
    assert coded["called"][0].startswith("02") and (coded["called"][1] or "").endswith("NGO")
    b = _analyse(pipeline, "Ukraine said Russia was the aggressor.")
    assert _coded(b)["aggressor"] == ("111", "UKR", "RUS")


def test_the_end_a_vow_awaits_is_no_act_done(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Protest organisers rejected the offer of President William Ruto "
                           "and vowed to keep marching until he resigned.",
                 published="2024-06-26")
    (resigned,) = [v for v in a.events if v.evidence.text == "resigned"]
    assert resigned.modality == "conditional"
    b = _analyse(pipeline, "President Uhuru Kenyatta ruled Kenya until he stepped down in "
                           "2022.", published="2024-06-26")
    stepped = [v for v in b.events if v.evidence.text == "stepped"]
    assert stepped and all(v.modality == "asserted" for v in stepped)


def test_them_after_a_plural_object_is_that_object(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The United States imposed sanctions on Thursday on three Sudanese "
                           "commanders of the paramilitary Rapid Support Forces, accusing them "
                           "of leading attacks on civilians in Darfur.", published="2024-12-12")
    (accusing,) = [v for v in a.events if v.evidence.text == "accusing"]
    assert (names_of(a, accusing.target) or "").startswith("three Sudanese commanders")


def test_who_directed_an_act_named_by_a_noun_did_it(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The Treasury said the commanders had directed the killing of "
                           "hundreds of civilians in El Geneina.", published="2024-12-12")
    (killing,) = [v for v in a.events if v.evidence.text == "killing"]
    assert names_of(a, killing.source) == "commanders" and killing.inferred == []


@pytest.mark.parametrize(("text", "published", "trigger", "target"), [
    # a minister may criticise his own parliament's vote
    ("Police arrested a journalist in Seoul on Monday. Rights groups condemned the arrest. "
     "The National Assembly voted on Thursday to impeach the head of the state audit agency. "
     "The justice minister criticised the vote.", "2024-11-20", "criticised",
     "National Assembly"),
    # people coded by a role alone stay an attack's target
    ("Pakistan said its forces had carried out strikes on hideouts inside Iran, killing "
     "several militants.", "2024-01-18", "killing", "several militants"),
])
def test_the_one_event_a_trigger_tells_is_aimed_at(pipeline: Pipeline, text: str,
                                                   published: str, trigger: str,
                                                   target: str) -> None:
    a = _analyse(pipeline, text, published=published)
    (event,) = [v for v in a.events if v.evidence.text == trigger]
    assert names_of(a, event.target) == target


def test_a_name_the_parser_joins_to_a_date_is_the_next_verbs_subject(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Hamas freed three Israeli hostages on Saturday and Israel released "
                           "183 Palestinian prisoners.", published="2025-02-01")
    assert _coded(a)["released"][1] == "ISR"


def test_both_sides_are_the_two_who_acted_on_each_other_not_the_mediators(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Hamas accused Israel of delaying the entry of tents into Gaza. "
                           "Egypt and Qatar, which mediated the truce with the United States, "
                           "urged both sides to keep to its terms.", published="2025-02-01")
    targets = {_codes(a)[v.target] for v in a.events if v.evidence.text == "urged"}
    assert targets and {t[:3] for t in targets if t} <= {"ISR", "PSE"}


def test_what_someone_is_said_to_be_does_not_go_on_to_ask(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Spain's government said the two men were not members of its "
                           "intelligence service and asked Venezuela for information about "
                           "them.", published="2024-09-17")
    assert _coded(a)["asked"][1:] == ("ESPGOV", "VEN")


def test_the_two_men_are_the_two_counted_not_the_last_two_named(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Venezuelan authorities arrested an American citizen and two "
                           "Spaniards on Saturday. Spain's government urged Caracas to free "
                           "the two men.", published="2024-09-17")
    targets = {_codes(a)[v.target] for v in a.events if v.evidence.text == "urged"}
    assert targets and "USA" not in targets and "USACVL" not in targets


def test_condolences_to_no_one_named_are_for_the_victims_reported(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Jihadist fighters attacked a training school in Bamako on Tuesday, "
                           "killing more than 70 people. Neighbouring Niger sent condolences.",
                 published="2024-09-17")
    assert _coded(a)["sent"] == ("018", "NER", "MLICVL")


def test_an_appeal_is_aimed_at_the_one_urged_not_at_whom_it_is_about(pipeline: Pipeline) -> None:
    # CAMEO 0213: "in case of extraditions, the target ... is the country"
    a = _analyse(pipeline, "Bangladesh has asked New Delhi to extradite former Prime Minister "
                           "Sheikh Hasina.", published="2024-10-23")
    assert _coded(a)["asked"][1:] == ("BGD", "IND")


def test_an_attack_told_again_is_that_attack_not_a_new_one(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Gunmen attacked a bus near Kano on Monday, police said. The attack "
                           "on the bus was the third this month, residents said.")
    attacks = [v for v in a.events if v.cameo.code.startswith("19")]
    assert len(attacks) == 1 and names_of(a, attacks[0].source) == "Gunmen"
    assert [r.text for r in attacks[0].repeats] == ["attack"]


@pytest.mark.parametrize(("text", "published", "trigger", "part", "coded"), [
    # criticising the ruling is aimed at the court, whatever it did
    ("WASHINGTON (AP) - A federal appeals court on Friday blocked the administration from "
     "ending legal protections for migrants. Homeland Security Secretary Kristi Noem "
     "criticized the ruling.", "2025-08-26", "criticized", 2, "USAJUD"),
    # an invasion with no target is of the place the sentence visits
    ("BEIJING (Reuters) - China bought soybeans from Brazil on Friday. Ukrainian Foreign "
     "Minister Dmytro Kuleba invited Lula to visit Kyiv to see the effects of Russia's "
     "invasion for himself.", "2023-04-15", "invasion", slice(1, None), ("RUS", "UKR")),
    # an attack in a country's named province is on that country
    ("Iran launched a missile and drone attack on what it said were bases of a Sunni "
     "militant group in Pakistan's Baluchistan province.", "2024-01-18", "launched",
     slice(1, None), ("IRN", "PAK")),
])
def test_whom_an_act_the_text_leaves_unsaid_is_aimed_at(
        pipeline: Pipeline, text: str, published: str, trigger: str, part: int | slice,
        coded: object) -> None:
    a = _analyse(pipeline, text, published=published)
    assert _coded(a)[trigger][part] == coded


def test_an_accusation_a_charge_denied_after_it_is_still_made(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Congo's government accused neighbouring Rwanda of sending thousands "
                           "of soldiers to support the rebels, a charge Kigali has long denied.",
                 published="2025-01-28")
    (accused,) = [v for v in a.events if v.evidence.text == "accused"]
    assert accused.modality == "asserted"


def test_a_main_verb_after_an_aside_on_the_name_and_its_conjunct_are_the_names(
        pipeline: Pipeline) -> None:
    # the parser hangs "offered" on "China" as a participle, "urged" on "mediate"
    a = _analyse(pipeline, "China, which has close ties with both countries, offered to "
                           "mediate and urged restraint.", published="2024-01-18")
    coded = _coded(a)
    assert coded["offered"][1] == "CHN" and coded["urged"][1] == "CHN"


def test_a_name_inside_the_doers_phrase_is_not_its_target(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The region is unsettled by attacks by Yemen's Houthi rebels on "
                           "shipping in the Red Sea.", published="2024-01-18")
    (attacks,) = [v for v in a.events if v.evidence.text == "attacks"]
    assert names_of(a, attacks.target) != "Houthi"


def test_an_arrest_told_again_in_the_passive_is_that_arrest(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Police arrested the two journalists in Minsk on Monday. The two "
                           "journalists were arrested outside the court, their lawyer said.")
    arrests = [v for v in a.events if v.evidence.text == "arrested"]
    assert len(arrests) == 1 and names_of(a, arrests[0].source) == "Police"
    assert len(arrests[0].repeats) == 1


def test_support_for_a_cause_is_a_stance_not_an_event(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The mayor of Gdansk has long supported LGBT rights and education.")
    assert not [v for v in a.events if v.evidence.text == "supported"]
    # an act judged or a text supported stays an event, with or without a target
    b = _analyse(pipeline, "The UN condemned the attack on Monday. The senator supported the "
                           "bill.")
    assert {"condemned", "supported"} <= {v.evidence.text for v in b.events}


@pytest.mark.parametrize(("text", "target"), [
    ("Thousands of students marched through the capital on Tuesday to protest against budget "
     "cuts to public universities ordered by President Javier Milei.", "ARGGOV"),
    ("Farmers protested in Brussels against new rules on fertiliser use adopted by the "
     "European Union.", "IGOEEC"),
])
def test_a_protest_against_an_act_is_against_its_doer(pipeline: Pipeline, text: str,
                                                      target: str) -> None:
    a = _analyse(pipeline, text)
    protests = [v for v in a.events if v.cameo.root == "14"]
    assert protests and {_codes(a).get(v.target) for v in protests} == {target}, \
        [(v.cameo.code, _codes(a).get(v.target)) for v in a.events]


def test_a_praise_makes_no_sides_for_all_parties_urged(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "France congratulated Deby on his victory. The African Union urged "
                           "all parties to settle disputes through the courts.")
    codes = _codes(a)
    urged = {codes.get(v.target) for v in a.events if v.evidence.text == "urged"}
    # (nor the courts the parties are urged to settle through: those urged are named)
    assert urged == {None}, urged


def test_an_act_done_by_no_one_has_no_doer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Gunmen abducted at least 20 students from a school in Kaduna "
                           "state on Thursday. Governor Uba Sani promised that the students "
                           "would be rescued. No group has claimed responsibility.")
    claims = [v for v in a.events if v.cameo.code == "015"]
    assert all(v.source is None for v in claims), \
        [(v.cameo.code, v.source, v.negated) for v in claims]


def test_two_who_fought_together_against_a_third_are_the_two_sides(pipeline: Pipeline) -> None:
    # (the dateline is the talks' venue: whose the dead are, the text does not say)
    a = _analyse(pipeline, "KUALA LUMPUR, July 28 - Thailand and Cambodia agreed on Monday to a "
                           "ceasefire after five "
                           "days of fighting along their disputed border killed at least 35 "
                           "people. Malaysia's prime minister said the two sides would allow "
                           "observers to monitor the truce.")
    codes = _codes(a)
    allowed = {codes.get(v.source) for v in a.events if v.evidence.text == "allow"}
    assert allowed == {"THA", "KHM"}, [(v.evidence.text, codes.get(v.source)) for v in a.events]


def test_a_gerund_subject_is_the_act_it_names(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Fighting between Thailand and Cambodia killed at least 35 people.")
    codes = _codes(a)
    assert {(codes.get(v.source), codes.get(v.target)) for v in a.events
            if v.cameo.root == "19"} >= {("THA", "KHM"), ("KHM", "THA")}, \
        [(v.cameo.code, codes.get(v.source), codes.get(v.target)) for v in a.events]


@pytest.mark.parametrize("text", [
    "Russia sent troops to its border with Ukraine on Monday.",
    "Russia and Belarus sent police to their borders with Ukraine on Monday.",
])
def test_troops_sent_to_a_border_face_the_state_beyond_it(pipeline: Pipeline, text: str) -> None:
    a = _analyse(pipeline, text)
    codes = _codes(a)
    sent = [v for v in a.events if v.evidence.text == "sent"]
    assert sent and {codes.get(v.target) for v in sent} == {"UKR"}, \
        [(v.cameo.code, codes.get(v.source), codes.get(v.target)) for v in a.events]


def _names_at(a: Analysis, trigger: str, side: str) -> list[str | None]:
    """The names of the sources or targets (``side``) of the events told by ``trigger``."""
    names = {e.id: e.name for e in a.entities}
    return [names.get(getattr(v, side) or "") for v in a.events if v.evidence.text == trigger]


def test_whose_act_dates_an_attack_is_not_its_target(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Interior Minister Rana Sanaullah warned that Khan could be arrested "
                           "again. Khan's supporters, who attacked military buildings after his "
                           "arrest, celebrated in the streets.")
    attacked = _names_at(a, "attacked", "target")
    assert attacked and "Rana Sanaullah" not in attacked, attacked


@pytest.mark.parametrize("second", [
    "The Supreme Court ruled that his arrest was illegal.",
    "Amnesty International condemned his arrest.",
])
def test_an_act_owned_by_whom_it_was_done_to_stands_for_its_doer(pipeline: Pipeline,
                                                                  second: str) -> None:
    a = _analyse(pipeline, "Pakistani police arrested Imran Khan on Tuesday. " + second)
    codes = _codes(a)
    judged = {codes.get(v.target) for v in a.events if v.cameo.root == "11"}
    assert judged == {"PAKCOP"}, [(v.cameo.code, codes.get(v.target)) for v in a.events]


def test_a_warning_that_ones_own_state_will_act_is_aimed_at_whom_it_acts_on(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Russia's foreign ministry warned that Moscow would expel British "
                           "diplomats.")
    codes = _codes(a)
    warned = {codes.get(v.target) for v in a.events if v.evidence.text == "warned"}
    assert warned == {"GBRGOV"}, [(v.cameo.code, codes.get(v.target)) for v in a.events]


@pytest.mark.parametrize("text", [
    "The Supreme Court will now decide whether to put him on trial.",
    "It was unclear whether Israel had struck Iran.",
])
def test_an_act_a_whether_clause_asks_is_no_event(pipeline: Pipeline, text: str) -> None:
    a = _analyse(pipeline, text)
    assert a.events == [], [(v.cameo.code, v.modality) for v in a.events]


def test_condemnation_drawn_by_a_reported_act_is_aimed_at_its_doer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Saudi Arabia executed a man convicted of smuggling drugs, the state "
                           "news agency SPA said on Saturday, drawing condemnation from rights "
                           "groups.")
    drawn = [v for v in a.events if v.evidence.text == "drawing"]
    assert drawn and {_codes(a).get(v.target) for v in drawn} == {"SAU"}, [
        _codes(a).get(v.target) for v in drawn]


def test_an_accusation_a_denial_restates_is_still_made(pipeline: Pipeline) -> None:
    # the parser makes the accusation the clause of "denies"; "a charge" is what is denied
    a = _analyse(pipeline, "Kenya accused Uganda of arming the rebels, a charge Kampala denies.")
    assert _pairs(a, "accused") == {("KEN", "UGA")}, _pairs(a, "accused")
    assert all(v.modality == "asserted" for v in a.events if v.evidence.text == "accused")
    assert _pairs(a, "denies") == {("UGA", "KEN")}, _pairs(a, "denies")


def test_a_denial_answers_the_last_accusation_against_the_denier(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Kenyan prosecutors accused the former minister of fraud on Monday. "
                           "The Kenyan police said they had arrested two of his aides. The "
                           "minister denied any wrongdoing.")
    codes = _codes(a)
    denied = {codes.get(v.target) for v in a.events if v.evidence.text == "denied"}
    assert denied == {"KENJUD"}, [(v.cameo.code, codes.get(v.target)) for v in a.events]
    # with no accusation told, the last arrest or charge of the denier
    a = _analyse(pipeline, "A court in Nairobi ordered the arrest of the governor on corruption "
                           "charges. Police detained 40 of his supporters. The governor denied "
                           "the charges.")
    codes = _codes(a)
    denied = {codes.get(v.target) for v in a.events if v.evidence.text == "denied"}
    assert denied == {"KENJUD"}, [(v.cameo.code, codes.get(v.target)) for v in a.events]


def test_mediators_named_together_mediate_between_the_story_s_parties(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "BEIRUT, July 4 - Hezbollah fired more than 200 rockets at military "
                           "positions in northern Israel on Thursday. France and the United "
                           "States have been trying to broker a deal to calm the border.")
    codes = _codes(a)
    pairs = {(codes.get(v.source), codes.get(v.target)) for v in a.events
             if v.cameo.code == "045"}
    assert pairs and not pairs & {("FRA", "USA"), ("USA", "FRA")}, pairs
    assert {t for _, t in pairs} == {"ISR", "LBNREB"}, pairs


def test_a_vow_to_retaliate_and_an_act_of_war_named_are_aimed_at_the_striker(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "India struck Pakistan on Wednesday. Prime Minister Shehbaz Sharif "
                           "called the strikes an act of war and vowed to retaliate.")
    codes = _codes(a)
    said = {(v.evidence.text, v.cameo.root, codes.get(v.target)) for v in a.events
            if codes.get(v.source) == "PAKGOV"}
    assert said == {("called", "11", "IND"), ("vowed", "13", "IND")}, said
    # a vow to respond is one too
    a = _analyse(pipeline, "Turkish jets bombed Kurdish militia positions in northern Iraq on "
                           "Sunday. Baghdad vowed to respond.")
    assert {(v.cameo.root, _codes(a).get(v.target)) for v in a.events
            if v.evidence.text == "vowed"} == {("13", "TUR")}


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Japan's government lodged a protest after a Chinese aircraft carrier sailed near its "
     "southern islands.", "lodged", "CHN"),
    ("China's military launched large-scale war games around Taiwan on Monday. President Lai "
     "Ching-te condemned the drills.", "condemned", "CHNMIL"),
    # a petition, a report or a veto answered is its authors'
    ("Nigeria's main opposition party on Tuesday filed a petition at the Supreme Court. "
     "Governor Abba Yusuf dismissed the petition as a desperate attempt.", "dismissed", "NGAOPP"),
    ("Human Rights Watch accused Egyptian police of torturing detainees. Egypt's Interior "
     "Ministry rejected the report as baseless.", "rejected", "NGOHRW"),
    ("Argentina's President Javier Milei vetoed a pensions bill on Friday. Opposition "
     "lawmakers vowed to override the veto.", "override", "ARGGOV"),
])
def test_a_complaint_is_aimed_at_whoever_did_what_it_answers(
        pipeline: Pipeline, text: str, trigger: str, target: str) -> None:
    a = _analyse(pipeline, text)
    codes = _codes(a)
    found = {codes.get(v.target) for v in a.events if v.evidence.text == trigger}
    assert found == {target}, [(v.evidence.text, codes.get(v.target)) for v in a.events]


def test_a_meeting_criticised_is_its_parties(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "President Nicolas Maduro met U.S. envoy Richard Grenell in Caracas "
                           "on Friday. Opposition leader Maria Corina Machado criticised the "
                           "meeting.")
    names = {e.id: e.name for e in a.entities}
    criticised = {names.get(v.target or "") for v in a.events if v.cameo.root == "11"}
    assert criticised and criticised <= {"Nicolas Maduro", "Richard Grenell"}, criticised


def test_police_hurt_at_a_protest_were_hurt_by_the_protesters(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "TBILISI, Dec 4 - Thousands of demonstrators rallied outside "
                           "parliament on Wednesday. Police used water cannon to disperse them. "
                           "The interior ministry said 21 officers were injured.")
    hurt = _names_at(a, "injured", "source")
    assert hurt in (["demonstrators"], ["Thousands of demonstrators"]), hurt


def test_a_light_verb_naming_an_act_told_before_is_that_act_again(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Germany's foreign minister called on Israel to allow more aid "
                           "trucks into Gaza. She made the appeal during a visit to Jordan, "
                           "where she met King Abdullah II.")
    appeals = [v for v in a.events if v.cameo.root == "02"]
    assert len(appeals) == 1, [(v.evidence.text, v.target) for v in appeals]
    assert "made" in {r.text for r in appeals[0].repeats}


def test_whoever_stops_or_judges_a_plan_does_not_carry_it_out(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Kenya's High Court on Tuesday suspended a plan to deploy police "
                           "officers to Haiti.")
    assert not [v for v in a.events if v.evidence.text == "deploy"], \
        [(v.cameo.code, v.source, v.evidence.text) for v in a.events]


def test_an_act_a_plan_or_a_bid_names_is_not_done(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Kenya's government unveiled a plan to deploy troops to Somalia. "
                           "Rebels launched a bid to seize the airport in Goma.")
    moods = {v.evidence.text: v.modality for v in a.events}
    assert moods.get("deploy") == "intended" and moods.get("seize") == "attempted", moods


def test_concern_over_an_act_is_aimed_at_its_doer(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Tunisian police arrested the lawyer Sonia Dahmani on Saturday. "
                           "France's foreign ministry expressed concern over the arrest.")
    assert _codes(a).get(next(v.target for v in a.events
                              if v.evidence.text == "expressed")) == "TUNCOP", \
        [(v.evidence.text, v.target) for v in a.events]


@pytest.mark.parametrize("text", [
    "Yunus said the Awami League would remain banned until its leaders had been tried.",
    "The opposition leader remains detained in Caracas.",
])
def test_who_remains_banned_or_detained_is_the_one_acted_on(pipeline: Pipeline,
                                                           text: str) -> None:
    a = _analyse(pipeline, text)
    doers = {e.id: e.name for e in a.entities}
    for v in a.events:
        if v.evidence.text in ("banned", "detained"):
            assert doers.get(v.source or "") not in ("Awami League", "opposition leader"), \
                (v.cameo.code, doers.get(v.source or ""))


def test_attackers_killed_fell_to_the_other_side(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Gunmen attacked a police station in Peshawar on Monday. Police "
                           "said three attackers were killed.")
    codes = _codes(a)
    killed = [codes.get(v.source) for v in a.events if v.evidence.text == "killed"]
    assert killed and all(c is None or "UAF" not in c for c in killed), killed
    # an army's attack is still the army's doing
    a = _analyse(pipeline, "The army attacked rebel positions in Darfur on Monday. Twelve "
                           "rebels were killed.")
    assert [_codes(a).get(v.source) for v in a.events if v.evidence.text == "killed"] \
        == ["SDNMIL"]


def test_a_courts_order_is_the_ruling_rejected(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The International Court of Justice on Friday ordered Israel to "
                           "halt its military offensive in Rafah. Israel rejected the ruling.")
    names = {e.id: e.name for e in a.entities}
    assert [names.get(v.target or "") for v in a.events if v.evidence.text == "rejected"] \
        == ["International Court of Justice"]


def test_an_act_done_before_the_main_one_is_an_act_of_its_own(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Nicaragua's government stripped 135 political prisoners of their "
                           "citizenship after releasing them on Thursday.")
    assert {v.cameo.root for v in a.events} >= {"17", "08"}, \
        [(v.cameo.code, v.evidence.text) for v in a.events]
    # ... but a means stays part of the act it serves
    a = _analyse(pipeline, "Police dispersed the protesters by firing tear gas.")
    assert len(a.events) == 1, [(v.cameo.code, v.evidence.text) for v in a.events]


def test_people_flown_somewhere_make_no_visit(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Nicaragua's government released 135 political prisoners and flew "
                           "them to Guatemala on Thursday.")
    assert not [v for v in a.events if v.cameo.root == "04"], \
        [(v.cameo.code, v.evidence.text) for v in a.events]
    a = _analyse(pipeline, "The Kenyan president flew to Paris on Monday.")
    assert [v.cameo.code for v in a.events] == ["042"]


def test_what_someone_is_accused_of_is_no_act_of_the_accuser(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Philippine Vice President Sara Duterte was impeached by the House of "
                           "Representatives on Wednesday, accused of misusing public funds and "
                           "threatening to have President Ferdinand Marcos Jr. killed.")
    codes = _codes(a)
    assert {(codes.get(v.source), v.cameo.root) for v in a.events} == {("PHLLEG", "17")}, \
        [(v.cameo.code, codes.get(v.source), v.evidence.text) for v in a.events]


def test_protecting_ones_own_gives_no_protection(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Russia launched more than 400 drones at Ukraine overnight. Poland "
                           "scrambled fighter jets to protect its airspace.")
    assert not [v for v in a.events if v.cameo.root == "07"], \
        [(v.cameo.code, v.evidence.text) for v in a.events]


def test_police_hurt_by_a_crowd_named_twice_were_hurt_by_the_crowd_they_faced(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Georgian riot police used water cannon on Sunday night to disperse "
                           "thousands of protesters who had blocked Rustaveli Avenue. The "
                           "demonstrators were protesting against the government's decision. "
                           "Officials said 27 officers had been injured.")
    assert _names_at(a, "injured", "source") in (["protesters"], ["thousands of protesters"])


def test_a_command_centre_struck_is_its_owners(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The Israeli military said it had struck a Hamas command centre in "
                           "Gaza City.")
    codes = _codes(a)
    assert {(codes.get(v.source), codes.get(v.target)) for v in a.events} \
        == {("ISRMIL", "PSEREB")}, [(v.cameo.code, v.evidence.text) for v in a.events]


def test_who_joins_measures_told_before_takes_them_too(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Britain on Thursday imposed sanctions on two Israeli cabinet "
                           "ministers. Australia, Canada and Norway joined the measures.")
    codes = _codes(a)
    joined = {(codes.get(v.source), v.cameo.root, codes.get(v.target)) for v in a.events
              if v.evidence.text == "joined"}
    assert joined == {(c, "16", "ISRGOV") for c in ("AUS", "CAN", "NOR")}, joined


def test_a_prisoners_lawyers_who_tell_of_his_release_did_not_release_him(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Senegal's opposition leader Ousmane Sonko was released from prison "
                           "late on Thursday, his lawyers said.")
    names = {e.id: e.name for e in a.entities}
    released = [names.get(v.source or "") for v in a.events if v.evidence.text == "released"]
    assert "lawyers" not in released, released


def test_retaliating_by_an_act_is_that_act(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Canada expelled six Indian diplomats on Monday. India retaliated by "
                           "expelling six Canadian diplomats.")
    assert [v.cameo.code for v in a.events if v.evidence.text == "retaliated"] == ["161"]


def test_an_accusation_a_charge_denied_restates_was_made(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Rights groups have accused Greek authorities of pushing back migrant "
                           "boats, a charge Athens denies.")
    assert [v.modality for v in a.events if v.evidence.text == "accused"] == ["asserted"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The UN condemned the killing of 19 protesters by police.", "condemned"),
    ("Nepal's new prime minister vowed to investigate the killing of 19 protesters by police.",
     "investigate"),
])
def test_an_act_judged_or_investigated_is_aimed_at_its_by_agent(pipeline: Pipeline, text: str,
                                                                trigger: str) -> None:
    a = _analyse(pipeline, text)
    names = {e.id: e.name for e in a.entities}
    assert [names.get(v.target or "") for v in a.events if v.evidence.text == trigger] \
        == ["police"], [(v.cameo.code, v.evidence.text, v.target) for v in a.events]


#: Near misses of this session's rules, each once coded wrongly by them (a review's
#: findings): (text, trigger, expected (source code, CAMEO code, target code) or None
#: for no event on that trigger).
NEAR_MISSES = [
    ("Kenya sent its peacekeepers to Haiti on Monday.", "sent", ("KEN", "074", "HTI")),
    ("Britain imposed sanctions on two Israeli ministers. Japan refused to join the "
     "sanctions.", "join", None),
    ("Police arrested three suspects in Chicago on Monday. The FBI has joined the "
     "investigation.", "joined", None),
    ("Israel struck Hezbollah targets in Lebanon on Monday. The United States conducted the "
     "strikes on Houthi targets in Yemen.", "conducted", ("USA", "190", "YEMREB")),
    ("Russian troops pushed forward into the outskirts of Kupiansk.", "pushed",
     ("RUSMIL", "192", "UKR")),
    ("Wang Yi headed a delegation to Moscow on Monday.", "headed", ("CHNGOV", "042", "RUS")),
    ("Israeli troops remain deployed at five positions inside southern Lebanon.", "deployed",
     ("ISRMIL", "154", "LBN")),
    ("Israel went ahead with its plan to expand the offensive in Gaza City.", "expand",
     ("ISR", "190", "PSE")),
    ("Netanyahu presented the hostage deal to his cabinet on Monday.", "presented", None),
    ("The ministry said the man was a criminal who had fled to Spain.", "said", None),
    # (a second review's findings)
    ("Iran said Israel was a terrorist state.", "said", ("IRN", "111", "ISR")),
    ("Colombia's government handed a peace proposal to the ELN rebels on Friday.", "handed",
     ("COLGOV", "027", "COLINS")),
    ("Kenya welcomed the capture of al-Shabaab commander Ahmed Iman Ali by Somali troops.",
     "welcomed", None),
    ("Israel said it would go ahead with its plan to expand the offensive into Rafah.",
     "expand", ("ISR", "1384", "PSE")),
    ('"Russia is not our enemy," Hungary\'s prime minister Viktor Orban said.', "said", None),
    ("The suspect was charged with murder on Monday, the district attorney said.", "charged",
     ("JUD", "115", "CRM")),
    ("The government flew the deportees to Kabul.", "flew", None),
    ("The United States sent Marines to protect its embassy in Port-au-Prince.", "sent",
     ("USA", "154", None)),
    # no one coerces his own side; a dismissal is still one
    ("French Prime Minister Francois Bayrou lost a confidence vote in the National Assembly on "
     "Monday, forcing his government to resign.", "forcing", None),
    ("Kenya's president dismissed his finance minister on Monday.", "dismissed",
     ("KENGOV", "172", "KENGOV")),
    # a state denies for its organs
    ("Britain accused Russia's GRU military intelligence agency on Thursday of a campaign of "
     "cyberattacks. Moscow denied involvement.", "denied", ("RUS", "016", "GBR")),
    # (a third review's findings)
    ("Kenyan President William Ruto forced his opponents to accept the new tax law.", "forced",
     ("KENGOV", "170", "KENOPP")),
    ("The United States accused a Russian oligarch of evading sanctions. Separately, Russia "
     "denied any role in the drone incursion into Polish airspace.", "denied",
     ("RUS", "016", "POL")),
    ("Striking doctors targeted the health ministry with protests on Monday.", "targeted", None),
    ("Prime Minister Narendra Modi promised a strong response to the floods in Assam.",
     "promised", ("INDGOV", "030", "IND")),
    ("Residents remained shocked by the earthquake that killed 200 people.", "shocked", None),
    # a person's family or associates are not the person
    ("Police detained activist Bob Njagi in Nairobi. His family accused the security forces "
     "of abducting him.", "accused", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), NEAR_MISSES,
                         ids=[t[0][:30] for t in NEAR_MISSES])
def test_near_misses_of_this_sessions_rules(pipeline: Pipeline, text: str, trigger: str,
                                            expected: tuple[str, str, str] | None) -> None:
    got = _triples_at(pipeline, text, trigger)
    assert got == ({expected} if expected else set()), got


def test_a_nameless_group_killed_after_an_attack_on_its_kind_were_its_victims(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Al-Shabaab fighters attacked a base of a rival clan militia near "
                           "Kismayo on Monday. Nine militiamen were killed.")
    assert [_codes(a).get(v.source) for v in a.events if v.evidence.text == "killed"] \
        == ["SOMINS"]


def test_talks_a_side_says_it_would_continue_are_intended(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "The M23 rebels said they would continue talks with Kinshasa in "
                           "Qatar.")
    assert {v.modality for v in a.events if v.evidence.text == "talks"} == {"intended"}


def test_an_attack_told_in_a_time_phrase_is_not_the_main_clauses_doers(
        pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Turkish warplanes struck Kurdish militant targets in northern Iraq "
                           "on Thursday, a day after an attack on a state aerospace company near "
                           "Ankara killed five people.")
    codes = _codes(a)
    assert [codes.get(v.source) for v in a.events if v.evidence.text == "killed"] == ["TUR"]


def test_a_participle_with_a_subject_and_a_by_agent_is_a_passive(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "Amnesty International Kenya said at least 16 people were killed, "
                           "most of them shot by police.")
    codes = _codes(a)
    assert {(codes.get(v.source), codes.get(v.target)) for v in a.events
            if v.evidence.text == "shot"} == {("KENCOP", "KENCVL")}


#: Stories of the twenty-second session (text, trigger, expected (source code, CAMEO
#: code, target code) or None for no event on that trigger).
SESSION_22 = [
    # investigators are police, whoever employs them
    ("SEOUL, Jan 15 - Anti-corruption investigators arrested President Yoon Suk Yeol on "
     "Wednesday.", "arrested", ("KORCOP", "173", "KORGOV")),
    # what is hijacked is a vehicle, not a protest
    ("NAIROBI - Kenya's president said the protests had been hijacked by criminals.",
     "hijacked", None),
    ("MOGADISHU - Somali pirates hijacked a Bangladeshi ship off the coast on Tuesday.",
     "hijacked", ("SOMCRM", "181", "BGD")),
    # "called it X": the act told just before, by another side
    ("ANKARA - Turkish police detained Istanbul's mayor on Wednesday, and the main "
     "opposition Republican People's Party called it a coup.", "called",
     ("TUROPP", "111", "TURCOP")),
    ("KYIV - Russia fired 40 missiles at Kharkiv overnight. Zelensky called it an act of "
     "terror.", "called", ("UKRGOV", "111", "RUS")),
    # force used at home on no one named was used on the crowd just told of
    ("ANKARA - Thousands of students marched in Istanbul. Riot police fired tear gas.",
     "fired", ("TURCOP", "175", "TUREDU")),
    ("NAIROBI - Protesters blocked roads in Nairobi. Police fired tear gas.", "fired",
     ("KENCOP", "175", "KENOPP")),
    # a place the model ran into a time phrase ("Kyiv overnight")
    ("KYIV - Russia fired 40 missiles at Kyiv overnight.", "fired", ("RUS", "190", "UKR")),
    # what a body condemns is not its own act told just before
    ("WASHINGTON - The United States imposed sanctions on the International Criminal Court's "
     "prosecutor over the court's arrest warrant for Israel's prime minister. The court "
     "condemned the move.", "condemned", ("IGOICC", "111", "USA")),
    # a review's findings: a common surname is no foreign minister; a firm named after a
    # rank is no person; a leader's police are no town; "hit the streets" is no attack;
    # a village is in the place named after it; other force is not aimed at marchers;
    # a private investigator is no police; sailors may be hijacked
    ("SRINAGAR, India - Police arrested Dar, a 23-year-old student, on Monday.", "arrested",
     ("INDCOP", "173", "INDCRM")),
    ("DETROIT - Investors sued General Motors on Monday.", "sued", ("USABUS", "115", None)),
    ("MANAGUA - Ortega's police arrested two priests on Sunday.", "arrested",
     ("NICCOP", "173", "NICREL")),
    ("DETROIT - Ford's new electric pickup will hit the streets in June.", "hit", None),
    ("ATHENS - A wave of tourists hit the island of Santorini this summer.", "hit", None),
    ("MOSCOW - Russian forces captured the village of Novoolenivka in Ukraine's Donetsk "
     "region.", "captured", ("RUSMIL", "192", "UKR")),
    ("MEXICO CITY - Teachers marched in Mexico City. In Sinaloa, soldiers opened fire on a "
     "convoy, killing five.", "opened", ("MEXMIL", "193", "MEX")),
    ("WASHINGTON - A private investigator hired by the family accused police of a cover-up.",
     "accused", None),
    ("SANAA - Houthi rebels hijacked 12 sailors off the coast of Yemen.", "hijacked",
     ("YEMREB", "181", "YEMMIL")),
    # a court's ruling told as a gerund is the court's act; what a court rejects that
    # names no one is its country's
    ("BUCHAREST, Dec 6 - Romania's Constitutional Court annulled the first round of the "
     "presidential election. Opposition leader Calin Georgescu called the ruling a coup.",
     "called",
     ("ROUOPP", "111", "ROUJUD")),
    ("BUCHAREST, Dec 6 - Romania's Constitutional Court annulled the first round of the "
     "presidential election.", "annulled", ("ROUJUD", "120", "ROU")),
    # a state judging an election that names no one judges the state that held it
    ("CARACAS, July 29 - Venezuela's electoral council declared Nicolas Maduro the winner of "
     "the presidential election. "
     "The United States, Argentina and Peru rejected the result.", "rejected",
     {("USA", "120", "VEN"), ("ARG", "120", "VEN"), ("PER", "120", "VEN")}),
    # (only the dateline's state: the one the story names most may be a judge's; nor a
    # domestic judge, nor an outcome with no election or vote named near it)
    ("WASHINGTON - Venezuela held a presidential election on Sunday. The United States "
     "rejected the result.", "rejected", ("USA", "120", None)),
    ("HARARE - Zimbabwe's opposition rejected the tally. South Africa and Zambia praised the "
     "poll.", "rejected", ("ZWEOPP", "120", None)),
    ("BERLIN - Spain's prime minister praised the result after Spain beat England in the "
     "final.", "praised", ("ESPGOV", "051", None)),
    # (a rival at home is no foreign judge)
    ("CARACAS, July 29 - The opposition rejected the result.", "rejected",
     ("VENOPP", "120", None)),
    # a president's main rivals are the opposition
    ("TUNIS, Oct 7 - Tunisian President Kais Saied won a second term after his political "
     "rivals were jailed.", "jailed", ("TUN", "173", "TUNOPP")),
    # (a third review's findings: a people's adjective names no owner of a coded actor)
    ("KYIV - The Pentagon praised the Ukrainian army on Monday.", "praised",
     ("USAMIL", "051", "UKRMIL")),
    # a second review's findings: places struck together are not each other's doers; a
    # village is in the place an "in" names after it, not a sayer's; shooting that names
    # nothing else after a march is at the marchers; what one defends may be one's own
    ("TRIPOLI - Sirte and Misrata were also hit by air strikes.", "hit", None),
    ("KYIV - Russian forces captured the village of Zorianka, Russia's defence ministry "
     "said.", "captured", ("RUSMIL", "192", "UKR")),
    ("KAMPALA - Opposition supporters marched through Kampala. Soldiers opened fire, "
     "killing three.", "killing", ("UGAMIL", "190", "UGAOPP")),
    ("KYIV - Residents protested in Kyiv. Ukrainian forces fired missiles overnight.", "fired",
     ("UKRMIL", "190", "UKR")),
    ("OTTAWA - Canada imposed tariffs on Chinese steel. China then raised tariffs on Canadian "
     "goods. Beijing defended the move.", "defended", ("CHN", "052", None)),
    ("KYIV - A Russian missile hit a bomb shelter in Kharkiv.", "hit", ("RUS", "190", "UKR")),
    ("BOSTON - Boeing's main rival Airbus cut prices on Monday.", "cut", None),
    # the place of an attack's object is where it struck, not a place of the act it
    # followed; and that act's finite verb is its own
    ("ANKARA, Oct 24 - Turkey's air force struck Kurdish militant targets in Iraq and Syria "
     "after an attack on a defence company near Ankara killed five people.", "struck",
     ("TURMIL", "190", "IRQ")),
    ("ANKARA, Oct 24 - Turkey's air force struck Kurdish militant targets in Iraq and Syria "
     "after an attack on a defence company near Ankara killed five people.", "killed",
     ("TUR", "190", "TURCVL")),
    # what several states recognise is a people's state, not each other; "paused" aid
    ("MADRID - Spain, Ireland and Norway formally recognised a Palestinian state on "
     "Tuesday.", "recognised",
     {("ESP", "054", "PSE"), ("IRL", "054", "PSE"), ("NOR", "054", "PSE")}),
    ("WASHINGTON - The United States paused military aid to Ukraine on Monday.", "paused",
     ("USA", "1622", "UKR")),
    # a noun the parse joined to the object before a verb with no subject is its subject
    ("LIMA, Dec 7 - Lawmakers removed Pedro Castillo from office and police arrested him.",
     "arrested", ("PERCOP", "173", "PERELI")),
    # fuel sent is aid
    ("HAVANA - Cuba's power grid collapsed. Mexico sent tankers of fuel to the island.",
     "sent", ("MEX", "070", "CUB")),
    # criticism drawn by an act is aimed at its doer, though the parse hangs the
    # participle on a relative clause
    ("ISLAMABAD - Pakistan began deporting hundreds of thousands of Afghans who lack "
     "papers, drawing criticism from the Taliban government.", "drawing",
     ("AFGGOV", "111", "PAK")),
    # a document's participle is its author's, not the doer of what it is part of
    ("OUAGADOUGOU - Burkina Faso's junta suspended the BBC over its coverage of a report "
     "accusing the army of killing 223 villagers.", "accusing", None),
    ("OUAGADOUGOU - Human Rights Watch published a report accusing the army of killing 223 "
     "villagers.", "accusing", ("NGOHRW", "112", "BFAMIL")),
    # (not an act of the judge's own side, nor one three sentences back)
    ("KYIV - Ukraine struck a refinery in Russia. Zelensky called it a fair response.",
     "called", None),
]


SESSION_23 = [
    # advice and recommendations that others act are requests (020)
    ("NAIROBI - Kenya's health ministry suggested that residents avoid crowded markets "
     "during the outbreak.", "suggested", ("KENGOV", "020", "KENCVL")),
    ("The Indian health ministry has suggested people wear masks in public places.",
     "suggested", ("INDGOV", "020", "INDCVL")),
    ("The World Health Organization recommended that governments close schools.",
     "recommended", ("IGOUNOWHO", "020", "GOV")),
    ("Ukrainian police advised residents of Kharkiv to stay indoors after the strike.",
     "advised", ("UKRCOP", "020", "UKRCVL")),
    ("The Turkish foreign minister suggested a meeting with his Greek counterpart.",
     "suggested", ("TURGOV", "036", "GRCGOV")),
    # ... but what is said to be, or to be going to be, is a claim
    ("NAIROBI - The opposition leader suggested the election had been rigged.",
     "suggested", None),
    ("NAIROBI - The Kenyan president insisted he would not resign.", "insisted", None),
    ("LIMA - Reports suggest the minister may resign over the scandal.", "suggest", None),
    ("MOSCOW - Lavrov suggested Western intelligence agencies are behind the unrest in "
     "Georgia.", "suggested", None),
    ("CARACAS - Maduro insisted the opposition candidates are foreign agents.", "insisted",
     None),
    # ... and advice about a thing, not a clause, is no request
    ("TEHRAN - Iran's foreign minister suggested a link between Israel and the explosion.",
     "suggested", None),
    ("RIYADH - Goldman Sachs advised the Saudi government on the sale of Aramco shares.",
     "advised", None),
    # a region whose name ends in another country's is its own country's
    ("Police in Northern Ireland arrested two men on Friday.", "arrested",
     ("GBRCOP", "173", "GBRCVL")),
    # a court that finds an act unlawful, a power exceeded or lacked, finds its doer liable
    ("NAIROBI - Kenya's Supreme Court ruled that the president's decree was "
     "unconstitutional.", "ruled", ("KENJUD", "116", "KENGOV")),
    ("NAIROBI - The Kenyan court ruled that the electoral commission lacked the authority "
     "to annul the results.", "ruled", ("KENJUD", "116", "KENGOV")),
    ("BRASILIA - Brazil's Supreme Court found that the army had abused its power during "
     "the protests.", "found", ("BRAJUD", "116", "BRAMIL")),
    ("ABUJA - The opposition said the governor had exceeded his authority by dissolving "
     "the council.", "said", ("NGAOPP", "112", "NGAGOV")),
    ("LAGOS - Amnesty International said Nigerian police had abused protesters.", "said",
     ("NGOAMN", "112", "NGACOP")),
    # ... but lacking power is no wrong outside a court, and exceeding hopes is none
    ("GAZA - Doctors said the hospital lacked the power to run its generators.", "said",
     None),
    ("The company said profits had exceeded expectations in the third quarter.", "said",
     None),
    # an attack condemned whose doer is not named is the country's where it happened,
    # never the one it struck
    ("PARIS - France condemned the attack on a UN convoy in Mali.", "condemned",
     ("FRA", "111", "MLI")),
    ("BRASILIA - Brazil's foreign ministry condemned the attack on its embassy in Caracas.",
     "condemned", ("BRAGOV", "111", "VEN")),
    # ... the place or the country's ground it struck is where it happened; never the
    # judge's own country
    ("AMMAN - Jordan condemned the attack on Israel.", "condemned", ("JOR", "111", "ISR")),
    ("BRUSSELS - NATO condemned the attacks on Ukrainian cities.", "condemned",
     ("IGONAT", "111", "UKR")),
    ("NEW DELHI - India condemned the terrorist attack in Pahalgam.", "condemned",
     ("IND", "111", None)),
    # those a relative clause's act harmed are where the act it tells of was done
    ("ANKARA - Turkey condemned the bombing in Mogadishu that killed 20 people.", "killed",
     ("SOM", "190", "SOMCVL")),
    # facing a response or retaliation is harm promised; undermining is a wrong
    ("TEHRAN - Iran's supreme leader warned that the United States would face \"a crushing "
     "response\" if it attacked.", "warned", ("IRNGOV", "130", "USA")),
    ("MOSCOW - Russia said Finland would face retaliation if it joined NATO.", "said",
     ("RUS", "130", "FIN")),
    ("BEIJING - China said the United States was undermining peace in the Taiwan Strait.",
     "said", ("CHN", "112", "USA")),
    ("MADRID - The economy minister said high inflation was undermining growth.", "said",
     None),
    # ... but a danger told of, or another's, is no threat; and a thing of an actor's that
    # undermines or exceeds accuses no one
    ("GENEVA - Human rights groups said witnesses face reprisals if they testify against "
     "the militia.", "said", None),
    ("GENEVA - Migrants in Libya will face retaliation from armed groups, the UN said.",
     "said", None),
    ("BERLIN - Analysts said China's slowdown undermines Germany's recovery.", "said", None),
    ("BERLIN - Officials said Germany's wind power exceeded its coal power last year.",
     "said", None),
    # a kidnapping condemned is the abduction told before; security agencies are police
    ("ABUJA - Gunmen abducted 40 students from a school in Kaduna state on Thursday. "
     "President Bola Tinubu condemned the kidnapping.", "condemned",
     ("NGAGOV", "111", "NGAUAF")),
    ("ABUJA - President Bola Tinubu ordered the security agencies to find the students.",
     "ordered", ("NGAGOV", "100", "NGACOP")),
    # a toll since a time is no chain from the act told before
    ("DHAKA - Thousands of people stormed the residence in Dhaka, looting furniture. At "
     "least 300 people have been killed since the protests began in July.", "killed",
     ("BGD", "190", "BGDCVL")),
    # a verb shares the object of the verb joined right after it; not conceding an
    # election is holding out before one's own country
    ("WASHINGTON - The United States president did not concede or admit defeat in his "
     "statement.", "concede", ("USAGOV", "124", "USA")),
    ("ABIDJAN - Ivory Coast's incumbent has not conceded defeat, a week after the vote.",
     "conceded", ("CIVGOV", "124", "CIV")),
    ("PARIS - Macron met and thanked the rescue workers in Marseille.", "thanked",
     ("FRAGOV", "051", "FRALAB")),
    # an object joined to the first satisfies a pattern's object words
    ("LONDON - Police also recovered a bomb-making guidebook and an air gun from the "
     "attacker's home.", "recovered", ("GBRCOP", "1711", "GBRCRM")),
    ("MEXICO CITY - Soldiers seized 500 kilograms of cocaine and 30 rifles in Sinaloa.",
     "seized", ("MEXMIL", "1711", "MEX")),
    ("JENIN - Israeli forces raided the Jenin refugee camp on Monday. Nine Palestinians "
     "have been killed since the raid began.", "killed", ("ISRMIL", "190", "PSE")),
    # a state's body and a group's rebels are two sides, however the parse joins them
    ("KINSHASA - Congo's government and M23 rebels signed a ceasefire agreement in Doha on "
     "Saturday.", "signed", {("CODGOV", "057", "CODREB"), ("CODREB", "057", "CODGOV")}),
    # (second review) a verb that stands alone takes no object of the next; a person
    # seized is the target, whatever else is seized with them
    ("DODOMA - The defence minister resigned and joined the opposition party on Friday.",
     "resigned", ("TZAGOVMIL", "0831", None)),
    ("ISLAMABAD - Demonstrators rallied and demanded the release of Imran Khan in "
     "Islamabad.", "rallied", ("PAKOPP", "141", "PAK")),
    ("KABUL - Police seized the suspects and their vehicles near the border.", "seized",
     ("AFGCOP", "173", "AFGCRM")),  # (171 until suspects seized were arrested, 25th)
    # a measure advised is asked for; a subjunctive is a demand; a plan agreed is agreed
    ("ANKARA - Turkey suggested a ceasefire in Gaza.", "suggested", ("TUR", "020", "PSE")),
    ("NAIROBI - The opposition insisted that the vote be free and fair.", "insisted",
     ("KENOPP", "100", None)),
    ("TEHRAN - Iran and Saudi Arabia agreed that the next round of talks is to be held in "
     "Baghdad.", "agreed", {("IRN", "030", "SAU"), ("SAU", "030", "IRN")}),
    ("NAIROBI - The opposition leader agreed that the vote had been peaceful.", "agreed",
     None),
    # a warning that one faces a response is a threat; the conduct of an actor undermines
    ("WASHINGTON - The United States warned that Moscow faces severe consequences if it "
     "invades Ukraine.", "warned", ("USA", "130", "RUS")),
    ("MOSCOW - Moscow said Washington's policies undermine stability in the region.",
     "said", ("RUS", "112", "USA")),
    # a toll since a date is no chain from the attack told before
    ("ABUJA - Gunmen attacked a village in Plateau state on Sunday. More than 2,000 people "
     "have been killed in the region since January.", "killed", None),
    # a house arrest with no doer named is the state's
    ("KAMPALA - Ugandan opposition leader Bobi Wine was placed under house arrest after the "
     "election.", "placed", ("UGA", "173", "UGAOPP")),
]


def test_a_claim_that_a_protest_was_organised_is_no_demand(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "KHARTOUM - The ministry insisted that the protests were "
                           "organised by foreign agents.")
    assert a.events and not [v.cameo.code for v in a.events if v.cameo.root == "10"]


def test_a_state_and_a_group_s_rebels_are_two(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "KINSHASA - Congo and M23 rebels will hold direct peace talks in "
                           "Luanda next week.")
    names = {e.name for e in a.entities}
    assert "M23 rebels" in names and "Congo and M23 rebels" not in names, names
    # (two states' troops are both states')
    a = _analyse(pipeline, "KINSHASA - Congo and Rwanda troops will hold joint exercises.")
    assert "Congo and Rwanda troops" in {e.name for e in a.entities}


def test_a_named_body_and_another_country_s_troops_are_two(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "BAMAKO - Russia's Africa Corps and Malian troops attacked a "
                           "village near Timbuktu.")
    names = {e.name for e in a.entities}
    assert "Malian troops" in names and "Africa Corps" in names, names
    # (not a body whose name holds an "and": "Turkey's Disaster and Emergency Management
    # Presidency")
    a = _analyse(pipeline, "ANKARA - Turkey's Disaster and Emergency Management Presidency "
                           "said 12 people died.")
    assert not any(e.name == "Emergency Management Presidency" for e in a.entities)


SESSION_24 = [
    # an act told in passing with its own doer ("a lawsuit filed by X") is an act of its own,
    # not what the sentence's verb is about
    ("LUSAKA - A judge dismissed a lawsuit filed by the opposition party against the "
     "electoral commission of Zambia.", "filed", ("ZMBOPP", "115", "ZMBGOV")),
    # ... but not one stopped
    ("ANKARA - Turkish police prevented the demonstration staged by students at the "
     "university.", "staged", None),
    # warplanes and ships sent near a country are a show of force at its edge (sent to it:
    # supply); a phrase on the last of the objects joined is all of theirs
    ("TAIPEI - China sent 30 warplanes and nine navy ships near Taiwan on Monday.", "sent",
     ("CHN", "154", "TWN")),
    ("KYIV - The Netherlands sent F-16 fighter jets to Ukraine.", "sent",
     ("NLD", "072", "UKR")),
    # "they" who gather after a sentence that acted on protesters are the protesters, and
    # a gathering outside parliament (parsed "outside" an adjective) is a protest
    ("NAIROBI - Kenyan police arrested 40 protesters in Nairobi on Tuesday. They had "
     "gathered outside parliament to oppose a new finance bill.", "gathered",
     ("KENOPP", "141", "KENLEG")),
    # people found guilty are detained (173: the CAMEO manual's usage note for 116); a
    # state or a firm found guilty or liable, and a fine upheld, are findings (116)
    ("CAIRO - A Cairo court convicted 12 activists of illegal protest.", "convicted",
     ("EGYJUD", "173", "EGYOPP")),
    ("MOSCOW - A Russian court found opposition politician Ilya Yashin guilty of spreading "
     "false information about the army.", "found", ("RUSJUD", "173", "RUSOPP")),
    ("ISTANBUL - An appeals court in Istanbul upheld the prison sentence of the activist "
     "Osman Kavala.", "upheld", ("TURJUD", "173", "TUROPP")),
    ("STRASBOURG - The European Court of Human Rights found Turkey guilty of violating the "
     "journalist's rights.", "found", ("IGOECH", "116", "TUR")),
    ("LONDON - A London court found the oil company liable for the spill.", "found",
     ("GBRJUD", "116", "GBRBUS")),
    # diplomats declared unwelcome, ordered out or withdrawn are 161 (the manual, 166)
    ("QUITO - Ecuador declared Mexico's ambassador persona non grata.", "declared",
     ("ECU", "161", "MEXGOV")),
    ("OUAGADOUGOU - Burkina Faso declared three French diplomats persona non grata.",
     "declared", ("BFA", "161", "FRAGOV")),
    ("TALLINN - Estonia ordered out three Russian diplomats.", "ordered out",
     ("EST", "161", "RUSGOV")),
    ("NAIROBI - Kenya withdrew its high commissioner from Somalia, citing interference.",
     "withdrew", ("KEN", "161", "SOM")),
    # where two parties swap prisoners or meet, and where talks were, is no party
    ("DOHA - Venezuela and the United States swapped prisoners in Doha.", "swapped",
     {("VEN", "0841", "USA"), ("USA", "0841", "VEN")}),
    ("THE HAGUE - Turkish and Greek leaders met on the sidelines of the NATO summit in The "
     "Hague.", "met", {("TUR", "044", "GRC"), ("GRC", "044", "TUR")}),
    ("BAKU - Azerbaijan walked out of the talks in Washington on Friday.", "walked",
     ("AZE", "164", None)),
    # an act named by its noun with its doer's "by" hung on whom it was done to ("the X of
    # Y by Z") is Z's; judged, the judgement is aimed at Z, and the act is still an act
    ("VILNIUS - The expulsion of two Belarusian diplomats by Lithuania was an unfriendly "
     "act, Minsk said.", "expulsion", ("LTU", "161", "BLRGOV")),
    ("SANTO DOMINGO - The deportation of 200 Haitians by the Dominican Republic was "
     "condemned by the UN human rights office.", "condemned", ("IGOUNOHCH", "111", "DOM")),
    ("SANTO DOMINGO - The deportation of 200 Haitians by the Dominican Republic was "
     "condemned by the UN human rights office.", "deportation", ("DOM", "174", "HTI")),
    ("TEHRAN - The detention of a British journalist by Iranian authorities was criticised "
     "by London.", "criticised", ("GBR", "111", "IRNGOV")),
    ("TEHRAN - The detention of a British journalist by Iranian authorities was criticised "
     "by London.", "detention", ("IRNGOV", "173", "GBRMED")),
    ("CAIRO - The arrest of three human rights lawyers by Egyptian police drew "
     "condemnation from the European Union.", "drew", ("IGOEEC", "111", "EGYCOP")),
    # forces moved with no one named move themselves; a curfew imposed or lifted with no
    # one named is the state's where it is, on its own people (not one described)
    ("ISLAMABAD - Thousands of Pakistani troops were deployed along the Afghan border.",
     "deployed", ("PAKMIL", "154", "AFG")),
    ("NAIROBI - A curfew was imposed in the Kenyan town of Garissa after the attack.",
     "imposed", ("KEN", "1723", "KEN")),
    ("KHARTOUM - The president shortened the nightly curfew imposed in Sudan after the "
     "coup.", "imposed", None),
    # news outlets named are outlets; homes searched are raided; regret expressed to
    # someone is an apology; vessels and convoys blocked are movement restricted
    ("OUAGADOUGOU - The Burkinabe junta suspended the BBC and Voice of America for two "
     "weeks.", "suspended", {("BFAGOVMIL", "1721", "GBRMED"), ("BFAGOVMIL", "1721", "USAMED")}),
    ("HONG KONG - Police in Hong Kong searched the offices of the Stand News website.",
     "searched", ("HKGCOP", "171", "HKGMED")),
    ("NAIROBI - Kenya expressed regret to Uganda for the incident.", "expressed",
     ("KEN", "055", "UGA")),
    ("MANILA - Chinese coast guard vessels blocked a Philippine supply mission to the Second "
     "Thomas Shoal on Sunday.", "blocked", ("CHN", "191", "PHL")),
    ("SANAA - Houthi rebels blocked ships in the Red Sea.", "blocked", ("YEMREB", "191", None)),
    ("KAMPALA - Farmers blocked the convoy of the president.", "blocked",
     ("UGAAGR", "144", "UGAGOV")),
    # what hackers attack or breach, and computer systems attacked, are cyberattacks;
    # a power network struck by forces is not
    ("WASHINGTON - Chinese hackers breached the U.S. Treasury's computer systems.",
     "breached", ("CHN", "176", "USAGOV")),
    ("TIRANA - Albania said an Iranian state-backed hacking group targeted its government "
     "servers.", "targeted", ("IRN", "176", "ALB")),
    ("KYIV - Russian forces attacked Ukraine's power network overnight.", "attacked",
     ("RUSMIL", "190", "UKR")),
    # two sides' truce is each with the other; a threat's condition parsed a complement
    # names whom it is aimed at; a result rejected and a recount demanded are contested
    # before the country's government; a coup is aimed at the government
    ("BOGOTA - The Colombian government and the ELN guerrillas extended their bilateral "
     "ceasefire by six months.", "extended",
     {("COLGOV", "0871", "COLINS"), ("COLINS", "0871", "COLGOV")}),
    ("SEOUL - South Korean doctors threatened to strike if the government went ahead with "
     "plans to raise medical school admissions.", "threatened", ("KORHLH", "133", "KORGOV")),
    ("KINSHASA - Incumbent President Felix Tshisekedi was declared the winner, but his main "
     "rival Martin Fayulu rejected the result and demanded a recount.", "rejected",
     ("CODOPP", "120", "CODGOV")),
    ("ATHENS - Former prime minister Andreas Papandreou demanded immediate elections.",
     "demanded", ("GRCELI", "1041", None)),
    ("LIBREVILLE - Soldiers in Gabon seized power on Wednesday.", "seized",
     ("GABMIL", "171", "GAB")),
    # a law judged whose maker goes unnamed is its country's; a bare refusal right after a
    # request made of its subject rejects that request
    ("NAIROBI - Kenya's main opposition leader condemned the new tax law on Monday.",
     "condemned", ("KENOPP", "111", "KEN")),
    ("BUENOS AIRES - Argentina's Congress passed the bill on Friday. On Sunday the "
     "archbishop of Buenos Aires criticised the new abortion law.", "criticised",
     ("ARGREL", "111", "ARGLEG")),
    ("NAIROBI - Opposition leaders urged President William Ruto to withdraw the finance "
     "bill. He refused.", "refused", ("KENGOV", "120", "KENOPP")),
    ("NAIROBI - President William Ruto spoke on Monday. He declined to comment.",
     "declined", ("KENGOV", "011", None)),
    # what one is convicted of, charged with or arrested for is the charge, no act told;
    # "his conviction" is his being convicted; a truce that collapsed is none declared;
    # an appeal in court addresses no one
    ("LIMA - Former Peruvian President Pedro Castillo was convicted of conspiracy to commit "
     "rebellion by Peru's Supreme Court.", "rebellion", None),
    ("MOSCOW - Police arrested a man for the killing of a journalist.", "killing", None),
    ("ISLAMABAD - Imran Khan said he would appeal against his conviction.", "conviction",
     None),
    ("KHARTOUM - The truce between the Sudanese army and the Rapid Support Forces collapsed "
     "within hours.", "truce", None),
    ("BUENOS AIRES - The former Argentine president lost her final appeal on Tuesday.",
     "appeal", None),
    ("KYIV - Zelenskiy's appeal for more air defence systems went unanswered.", "appeal",
     ("UKRGOV", "020", None)),
    # "they" who block or boycott after an act on people are those people (not who fire)
    ("NAIROBI - Police arrested dozens of activists after they blocked a highway in "
     "Nairobi.", "blocked", ("KENOPP", "144", "KEN")),
    ("TBILISI - Georgia's ruling party threatened to ban the main opposition parties after "
     "they boycotted parliament.", "boycotted", ("GEOOPP", "143", "GEOLEG")),
    ("NAIROBI - Police arrested dozens of protesters after they fired tear gas.", "fired",
     ("KENCOP", "175", "KENOPP")),
    # who tells ("according to a UN report") is no target; what a "whether" clause after a
    # preposition asks is no act, and whom it is about is the target; exercises held
    # together are military cooperation
    ("YANGON - Myanmar's junta has not honoured the truce it announced after the "
     "earthquake, according to a UN report.", "honoured", ("MMRGOVMIL", "1246", None)),
    ("BRUSSELS - The European Commission opened an investigation into whether Turkey had "
     "breached EU competition rules.", "breached", None),
    ("BRUSSELS - The European Commission opened an investigation into whether Turkey had "
     "breached EU competition rules.", "opened", ("IGOEEC", "090", "TUR")),
    ("SEOUL - The United States and South Korea began joint naval exercises off the Korean "
     "peninsula.", "began", {("USA", "062", "KOR"), ("KOR", "062", "USA")}),
    ("MOSCOW - Russia held naval drills with China in the Sea of Japan.", "held",
     ("RUS", "062", "CHN")),
    ("TAIPEI - China held military drills around Taiwan on Monday.", "held",
     ("CHN", "150", "TWN")),
    # a contact told in a time phrase with its parties is an act of its own (not years of
    # talks)
    ("TOKYO - During his visit to Tokyo, Philippine President Ferdinand Marcos Jr signed a "
     "defence pact with Japan.", "visit", ("PHLGOV", "042", "JPN")),
    ("LONDON - Junior doctors called off their strike after last-minute talks with the "
     "health secretary.", "talks", {("GBRHLH", "040", "GBRGOV"), ("GBRGOV", "040", "GBRHLH")}),
    ("BOGOTA - The rebels laid down their arms after years of talks.", "talks", None),
    # an "it" that acts is the body or country named before, as "its" is; an impersonal
    # "it" is no one
    ("NIAMEY - The junta expelled the French ambassador. It accused him of interference in "
     "Niger's affairs.", "accused", ("NERGOVMIL", "112", "FRAGOV")),
    ("BUDAPEST - Hungary sealed its border with Serbia on Tuesday. It also deployed 2,000 "
     "soldiers along the fence.", "deployed", ("HUN", "154", None)),
    ("NIAMEY - The junta expelled the French ambassador. It remains unclear whether France "
     "will retaliate.", "retaliate", None),
    # a strike by people who work is a labour strike, begun, told as a noun or as a verb; a
    # state's strike is an attack its own words code
    ("LAGOS - Nigerian oil workers began a strike on Monday.", "began",
     ("NGALAB", "143", "NGA")),
    ("LAGOS - The strike by Nigerian oil workers entered its second week on Monday.",
     "strike", ("NGALAB", "143", "NGA")),
    ("GAZA - Israel struck overnight, killing 12 people.", "struck", None),
    # a release told as a noun, with its doer, is a release of people only
    ("KABUL - The release of the American journalist by the Taliban followed months of "
     "Qatari mediation.", "release", ("AFGGOV", "0841", "USAMED")),
    ("GENEVA - The release of the report by the UN was delayed.", "release", None),
    ("DOHA - Mediation efforts by Qatar failed to secure the release of the hostages.",
     "release", None),
    # an act named after its verb ("..., the first such trip in years") is no one carried
    ("TEHRAN - Iran's foreign minister will travel to Riyadh next week, the first such "
     "trip in seven years.", "travel", ("IRNGOV", "036", "SAU")),
    # a border reopened with a neighbour is reopened to the neighbour, whoever may cross
    ("BEIJING - China reopened its borders with Mongolia to tourists after a three-year "
     "closure.", "reopened", ("CHN", "0863", "MNG")),
    # captives of every kind are released
    ("ABUJA - Gunmen who kidnapped 30 schoolchildren released them unharmed after a week.",
     "released", ("NGAUAF", "0841", "NGAEDU")),
]

#: near misses of the rules above, from a review of this session's change
SESSION_24_NEAR_MISSES = [
    # an acquittal is no detention; people convicted in absentia are not held
    ("ATHENS - A court found the doctors not guilty of negligence.", "found", "173"),
    ("DHAKA - A court convicted 20 people in absentia.", "convicted", "173"),
    # craft sent to do something are sent for that (the act is the purpose's)
    ("ANKARA - Turkey sent warplanes across the border into northern Iraq to strike Kurdish "
     "militants.", "sent", "154"),
    ("ATHENS - Greece sent navy ships off the coast of Pylos to rescue migrants.", "sent",
     "154"),
    ("TOKYO - Japan sent a patrol ship to search for missing fishermen off Hokkaido.", "sent",
     "154"),
    # regret addressed to no one is no apology
    ("BEIJING - China expressed regret over the US decision to impose tariffs.", "expressed",
     "055"),
    ("MOSCOW - Russia expressed regret over the death of the ambassador.", "expressed", "055"),
    # mediators extending a truce are not its sides
    ("DOHA - Mediators Qatar and Egypt extended the ceasefire by a week.", "extended",
     "0871>"),
    # forces sent home, moved away, moved for treatment or of no named country
    ("MALE - Indian troops were sent home from the Maldives.", "sent", "154"),
    ("KYIV - Russian troops were moved away from Kyiv.", "moved", "154"),
    ("WARSAW - Wounded Ukrainian soldiers were moved to Poland for treatment.", "moved",
     "154"),
    # a singer barred is no envoy expelled; rescuers searching are no raid
    ("KYIV - Ukraine declared the Russian singer persona non grata.", "declared", "161"),
    ("ANKARA - Firefighters searched the house for survivors.", "searched", "171"),
    ("VALENCIA - Volunteers searched homes for flood victims in Valencia.", "searched",
     "171"),
    # drones strike by force; a network of activists is no computer
    ("MOSCOW - Ukrainian drones targeted a Russian data center in Moscow.", "targeted",
     "176"),
    ("KYIV - Russian spies infiltrated a network of Ukrainian activists.", "infiltrated",
     "176"),
    # a rally postponed or prohibited did not take place
    ("HARARE - Organisers postponed a rally planned by the opposition in Harare.", "planned",
     "141"),
    ("MINSK - Authorities prohibited a march organised by the opposition in Minsk.",
     "organised", "141"),
    # a deadline is no doer
    ("BRUSSELS - The EU criticised the withdrawal of troops by the end of the year.",
     "withdrawal", "0874"),
]

#: acts the near-miss mends of the rules above must not lose (a second review)
SESSION_24_KEPT = [
    # "they" who storm after being kidnapped or killed are not the victims
    ("KATSINA - Bandits kidnapped dozens of students after they stormed a school in Katsina "
     "state.", "stormed", ("NGACRM", "190", None), "source"),
    # people held by police who had gathered are the ones who gathered
    ("NAIROBI - Kenyan police arrested 40 students on Tuesday. They had gathered outside "
     "parliament.", "gathered", ("KENEDU", "141", "KENLEG"), "source"),
    # two warring sides' truce is each with the other
    ("BAKU - Armenia and Azerbaijan declared a ceasefire along their border.", "declared",
     ("ARM", "0871", "AZE"), "target"),
    # troops sent for a first time, or for a mission, are deployed
    ("WARSAW - Additional Polish troops were deployed to the Belarus border for the first "
     "time.", "deployed", ("POLMIL", "154", "BLR"), "source"),
    ("DHAKA - Thousands of troops were deployed to the streets of Dhaka after the protests.",
     "deployed", ("BGDMIL", "154", "BGD"), "source"),
    # an offensive that failed to free hostages took place
    ("KHAN YOUNIS - The Israeli offensive on Khan Younis failed to free any hostages, "
     "families said.", "offensive", ("ISR", "190", "PSE"), "source"),
    # troops searching homes for weapons raid them
    ("NABLUS - Israeli forces searched homes in Nablus for weapons.", "searched",
     ("ISRMIL", "171", "PSE"), "source"),
    # regret for one's own act is an apology
    ("JERUSALEM - Israel expressed regret for the killing of seven aid workers in Gaza.",
     "expressed", ("ISR", "055", None), "source"),
    # warplanes sent to strike strike
    ("LONDON - Britain sent warplanes to strike Houthi targets in Yemen.", "strike",
     ("GBR", "190", "YEMREB"), "source"),
]


@pytest.mark.parametrize(("text", "trigger", "expected", "part"), SESSION_24_KEPT,
                         ids=[t[0][:30] for t in SESSION_24_KEPT])
def test_acts_kept_by_the_twenty_fourth_session_s_mends(
        pipeline: Pipeline, text: str, trigger: str,
        expected: tuple[str, str, str | None], part: str) -> None:
    """The trigger carries an event of ``expected``'s code whose source (``part`` "source")
    or source and target ("target") are ``expected``'s."""
    got = _triples_at(pipeline, text, trigger)
    if part == "target":
        assert expected in got, got
    else:
        assert any(g[0] == expected[0] and g[1] == expected[1] for g in got), got


@pytest.mark.parametrize(("text", "trigger", "code"), SESSION_24_NEAR_MISSES,
                         ids=[t[0][:30] for t in SESSION_24_NEAR_MISSES])
def test_near_misses_of_the_twenty_fourth_session(
        pipeline: Pipeline, text: str, trigger: str, code: str) -> None:
    """``code`` is a CAMEO code the trigger must not carry as an asserted event; with a
    trailing ">", not between two of the sentence's own doers."""
    a = _analyse(pipeline, text)
    codes = _codes(a)
    got = [(v.cameo.code, codes.get(v.source), codes.get(v.target)) for v in a.events
           if v.evidence.text == trigger and not v.negated]
    if code.endswith(">"):
        doers = {s for _, s, _ in got}
        assert not [g for g in got if g[0] == code[:-1] and g[2] in doers], got
    else:
        assert not [g for g in got if g[0] == code], got


def test_whom_lawyers_act_for_takes_no_title_of_theirs(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "ISLAMABAD - Lawyers for Imran Khan said on Monday they would "
                           "appeal.")
    khan = next(e for e in a.entities if e.name == "Imran Khan")
    assert khan.actor is not None and "JUD" not in khan.actor.roles, khan.actor


SESSION_25 = [
    # a state's official protest at an act told with its own doer leaves that act an act
    # (as a condemnation of it did): the protest is aimed at the doer
    ("Moscow protested the expulsion of its diplomats by Poland.", "expulsion",
     ("POL", "161", "RUSGOV")),
    ("Moscow protested the expulsion of its diplomats by Poland.", "protested",
     ("RUS", "114", "POL")),
    ("NAIROBI - Kenya protested the arrest of its citizens by Ugandan police.", "arrest",
     ("UGACOP", "173", "KENCVL")),
    # an act claimed in the claim's own words is the claimer's, besides the claim
    ("MOGADISHU - Al-Shabaab claimed responsibility for the attack on a hotel in "
     "Mogadishu.", "attack", ("SOMINS", "190", "SOM")),
    ("Hamas claimed responsibility for rockets fired at Tel Aviv on Sunday.", "fired",
     ("PSEREB", "194", "ISR")),
    ("Islamic State claimed responsibility for a suicide bombing that killed 12 people at "
     "a market in Kabul.", "killed", ("IMGMOSISI", "190", "AFGCVL")),
    ("The Baloch Liberation Army claimed the attack on Chinese engineers in Karachi.",
     "attack", ("PAKSEP", "190", "CHN")),
    ("The Baloch Liberation Army claimed the attack on Chinese engineers in Karachi.",
     "claimed", ("PAKSEP", "015", "CHN")),
    # ... not what one confesses to
    ("Waseem confessed to killing his sister in Multan.", "killing", None),
    # lexicon rows a helper's probe found missing: a missile test-launched, a name taken
    # off a sanctions list, travellers seized by gunmen, suspects seized by the police,
    # people sent back, internet services shut down
    ("Russia test-launched its Sarmat intercontinental missile on Wednesday.", "launched",
     ("RUS", "150", None)),
    ("Britain removed the former Afghan central bank governor from its sanctions list.",
     "removed", ("GBR", "085", "AFGELI")),
    ("Armed men seized 15 passengers from a bus in Zamfara state, Nigeria.", "seized",
     ("NGAUAF", "181", "NGACVL")),
    ("LAGOS - Police seized two suspects on Monday.", "seized", ("NGACOP", "173", "NGACRM")),
    ("Ethiopia shut down internet services in the Amhara region as fighting intensified.",
     "shut down", ("ETH", "1721", "ETH")),
    # an act denied is a denial (016), not the act
    ("ISTANBUL - The PKK denied carrying out the bombing in Istanbul.", "carrying out", None),
    ("ISTANBUL - The PKK denied carrying out the bombing in Istanbul.", "denied",
     ("TURSEP", "016", "TUR")),
    ("PARIS - The French government denied paying a ransom for the hostages.", "denied",
     ("FRAGOV", "016", "FRACVL")),
    # an act of force one claims to have done oneself is claimed (015), and done
    ("ABUJA - Boko Haram claimed it had abducted more than 300 schoolboys from a school in "
     "Katsina state.", "claimed", ("NGAINS", "015", "NGACVL")),
    # (review) what a claim covers: not what was done to the claimer's own, not an act
    # denied, not anything an uncoded group claims; a state's forces claiming a kill
    # report the kill, no admission; an act claimed "of" someone stays an act
    ("ANKARA - The PKK claimed responsibility for the attack in which a PKK militant was "
     "killed.", "killed", None),
    ("GAZA - Hamas claimed it had not fired the rocket.", "claimed", None),
    ("A previously unknown group claimed responsibility for the kidnapping of two French "
     "aid workers.", "kidnapping", None),
    ("The Israeli army claimed the killing of a senior Hezbollah commander.", "claimed", None),
    ("The Israeli army claimed the killing of a senior Hezbollah commander.", "killing",
     ("ISRMIL", "190", "LBNREB")),
    ("The army of Nigeria claimed it had killed 40 militants.", "claimed", None),
    # ... people a state's forces seize are detained; a crew is no passenger; nouns are no
    # act denied; people sent back from the front or a prison swap are not deported
    ("The Eritrean navy seized dozens of Yemeni fishermen.", "seized",
     ("ERIMIL", "173", "YEMAGR")),
    ("Police in Lagos seized a crew of drug smugglers.", "seized", ("NGACOP", "171", "NGACRM")),
    ("Germany denied arms to Saudi Arabia after the killing of Khashoggi.", "denied", None),
    ("Russia sent back 95 Ukrainian detainees as part of a prisoner exchange.", "sent back",
     None),
    # an aid agency's operations suspended are its aid cut, a state's military
    # operations a de-escalation; a named separatist army is no state's
    ("MSF suspended its operations in Haiti's capital after armed gangs attacked its "
     "ambulance.", "suspended", ("NGOMSF", "1623", "HTI")),
    ("Israel suspended its military operations in Gaza for a day.", "suspended",
     ("ISR", "087", "PSE")),
    ("The Balochistan Liberation Army attacked a convoy in Quetta.", "attacked",
     ("PAKSEP", "190", "PAK")),
    # a wrong told in a passive with its doer named accuses the doer, as in the active
    ("HARARE - The opposition said the vote was rigged by the army.", "said",
     ("ZWEOPP", "112", "ZWEMIL")),
]

SESSION_26 = [
    # a vote judged is a judgement of whoever held it: the state whose it is or where it
    # was held; for a state's own people, their state; for a government, the dateline's
    ("The United States said Venezuela's election was neither free nor fair.", "said",
     ("USA", "111", "VEN")),
    ("The US State Department said Sunday's elections in Cambodia were not free and fair.",
     "said", ("USAGOV", "111", "KHM")),
    ("EU observers said the vote in Georgia was tainted by widespread fraud.", "said",
     ("IGOEEC", "111", "GEO")),
    ("Washington called the election in Belarus a sham.", "called", ("USA", "111", "BLR")),
    ("The opposition in Kenya said the presidential election had been stolen.", "said",
     ("KENOPP", "111", "KEN")),
    ("HARARE - Zimbabwe held a presidential election on Wednesday. The British foreign "
     "secretary said the election was deeply flawed.", "said", ("GBRGOV", "111", "ZWE")),
    ("The African Union said Senegal's presidential election was free and fair.", "said",
     ("IGOAFU", "051", "SEN")),
    # ... or the state told before to have held it
    ("Venezuela held a presidential election on Sunday. Washington said the vote was "
     "rigged.", "said", ("USA", "111", "VEN")),
    # ... a virtue denied in any of the words said of it is a fault
    ("The EU said Hungary's election was free but not fair.", "said",
     ("IGOEEC", "111", "HUN")),
    ("Britain said the vote in Iran was less than credible.", "said", ("GBR", "111", "IRN")),
    ("Washington called Azerbaijan's election neither free nor fair.", "called",
     ("USA", "111", "AZE")),
    ("The EU said the election in Kosovo's north was not credible.", "said",
     ("IGOEEC", "111", "XKX")),
    # ... not a vote put off, asked for, held where a state's writ is disputed, a minister
    # judging where he speaks, or one with no holder
    ("The United States said the election in Venezuela must be free and fair.", "said",
     None),
    ("Washington called the referendum in Crimea illegitimate.", "called", None),
    ("Kenya's president said the vote had been postponed.", "said", None),
    ("The French minister, speaking in Paris, called the election a sham.", "called", None),
    ("The foreign minister said the election was rigged.", "said", None),
    # the speaker judges what the judging word the lexicon found says of its subject
    ("Turkey's president said Sweden's decision was unacceptable.", "unacceptable",
     ("TURGOV", "111", "SWE")),
    # an act a possessor does to an "of" object is the possessor's, found either way
    ("Amnesty International said Saudi Arabia's execution of seven men was a violation of "
     "international law.", "said", ("NGOAMN", "111", "SAU")),
    ("Amnesty International condemned Iran's execution of protesters.", "condemned",
     ("NGOAMN", "111", "IRN")),
    # one's own things are not what one attacks: "its" of what an act of force is done
    # to is whose the clause above speaks of, or the speaker's
    ("MSF suspended its operations in Haiti after armed gangs attacked its ambulance.",
     "attacked", ("HTICRM", "190", "NGOMSF")),
    ("Ukraine's army said Russian forces shelled its positions near Bakhmut overnight.",
     "shelled", ("RUSMIL", "194", "UKRMIL")),
    ("The UN said Israeli troops fired on its convoy in Gaza.", "fired",
     ("ISRMIL", "193", "IGOUNO")),
    ("The Red Cross said gunmen had looted its warehouse in Goma.", "looted",
     ("CODUAF", "171", "NGOIRC")),
    # ... unless the text says they are its own
    ("The government said the army shelled its own villages.", "shelled", ("MIL", "194", None)),
    # a quotation judges what it is said of, what the speaker refers to, or the doer
    # the label names after it
    ('"This is a shameful decision that betrays the people of Hong Kong," Britain\'s '
     "foreign secretary said of Beijing's new security law.", "said",
     ("GBRGOV", "111", "CHN")),
    ('"We will not accept this blatant interference in our internal affairs," China\'s '
     "foreign ministry spokesman said, referring to the US statement.", "said",
     ("CHNGOV", "111", "USA")),
    ('The German chancellor said Hungary\'s veto was "incomprehensible".', "said",
     ("DEUGOV", "111", "HUN")),
    ('"It is an attack on press freedom," the Committee to Protect Journalists said of the '
     "arrest of the reporter by Ethiopian police.", "said", ("NGOCPJ", "111", "ETHCOP")),
    ('The Republican senator called the indictment "election interference" by the Biden '
     "administration.", "called", ("LEG", "111", "USAGOV")),
]

SESSION_27 = [
    # one private person named by a sport or a trade is an actor: their country, civilian
    ("Russian authorities released the American basketball player in a prisoner swap on "
     "Thursday.", "released", ("RUSGOV", "0841", "USACVL")),
    ("Police in Kyiv arrested a Ukrainian truck driver on Monday.", "arrested",
     ("UKRCOP", "173", "UKRCVL")),
    # ... and a state called a player in a figure of speech stays the state
    ("Turkey, a key player in NATO, condemned the sanctions on Iran.", "condemned",
     ("TUR", "111", "IRN")),
    # one farmer, doctor or student is a person, whom "he" and "his" name later
    ("A Palestinian farmer said Israeli settlers attacked his village.", "attacked",
     ("ISRCVL", "190", "PSEAGR")),
    ("A Nigerian student said police beat him during the protest.", "beat",
     ("NGACOP", "182", "NGAEDU")),
    # a death in an accident, a disaster or by an animal is no one's act: not the
    # country's, as a killing with no doer named is
    ("Twelve people were killed in a bus crash in Peru on Sunday.", "killed", None),
    ("At least 30 people were killed in floods in Nigeria this week.", "killed", None),
    ("A British tourist was killed in a shark attack in Egypt on Monday.", "killed", None),
    ("Two hikers were killed by a bear in Romania.", "killed", None),
    ("Three people were killed when a fire broke out at a market in Lagos.", "killed", None),
    ("Four soldiers were killed in a roadside bomb attack in Mali.", "killed",
     ("MLI", "190", "MLIMIL")),
    # the people harmed in an act of force are where it was aimed, not of its doer's
    # country, the only one named
    ("Three civilians were killed in Russian shelling of Kherson overnight.", "killed",
     ("RUS", "190", "UKRCVL")),
    ("Five people were wounded in a Russian missile attack on Kyiv.", "wounded",
     ("RUS", "190", "UKRCVL")),
    # fire with a nationality is an armed force's shooting; a fire fought is no one
    ("Three Palestinians were killed in Israeli fire in Gaza on Monday.", "killed",
     ("ISR", "190", "PSE")),
    ("Firefighters battled the fire for hours.", "battled", None),
    ("Troops fought the wildfire near Athens.", "fought", None),
    # a killing with no doer is the country's where it happened, the town tagged a place
    # or a location ("Kharkiv" is a LOC to the model)
    ("Two soldiers were killed in a rocket attack in Kharkiv.", "killed",
     ("UKR", "190", "UKRMIL")),
    # ... but a toll over a span of time is many acts, none of them told
    ("At least 300 people were killed in Mali over the past year.", "killed", None),
    # ... and no accident where an actor, violence or a set fire is named with it
    ("Three people were killed in a lone wolf attack in Solingen, police said.", "killed",
     ("DEU", "190", "DEUCVL")),
    ("Twenty people were killed during an outbreak of ethnic violence in Jos, the state "
     "government said.", "killed", ("NGA", "190", "NGACVL")),
    ("Seven people were killed in a fire at a mosque in Kano, which police said was started "
     "deliberately.", "killed", ("NGA", "190", "NGACVL")),
    ("Sixty people were killed in a plane crash blamed on a Russian missile.", "killed",
     ("RUS", "190", "RUSCVL")),
    ("Two Filipino sailors were injured in a collision with a Chinese coast guard ship near "
     "Second Thomas Shoal.", "injured", ("CHNMIL", "190", "PHLMIL")),
    # people held are not of the place an attack they die in was aimed at
    ("Two hostages were killed in an Israeli strike on Gaza, Hamas said.", "killed",
     ("ISR", "190", "ISRCVL")),
    # a captor, an employer or a landlord is not the one whose they are
    ("A British hostage freed by al-Shabaab said his captors threatened to behead him.",
     "threatened", None),
    ("A migrant worker said his employer confiscated his passport in Qatar.", "confiscated",
     None),
    # a private person's home town says where the story is
    ("Police arrested a St Petersburg woman accused of donating money to a charity helping "
     "Ukraine.", "arrested", ("RUSCOP", "173", "RUSCVL")),
    ("Gunmen kidnapped a French aid worker in northern Niger on Monday.", "kidnapped",
     ("NERUAF", "181", "NGOFRA")),
    # those who die in an attack are whom it harmed, not the place it struck; unless only
    # the story's country, the doer's, made them anyone's
    ("Five soldiers died in an al-Shabaab attack on a checkpoint near Baidoa.", "attack",
     ("SOMINS", "190", "SOMMIL")),
    ("Two journalists died in an Israeli airstrike on a house in southern Lebanon.",
     "airstrike", ("ISR", "195", "LBN")),
    # a state freezes or suspends its part "in" a body or a treaty
    ("Armenian Prime Minister Nikol Pashinyan said Armenia had frozen its participation in "
     "the CSTO.", "frozen", ("ARM", "160", "IGOCST")),
    # a verb the parser hung on its object as a modifier, with a subject of its own
    ("A court in Tunis sentenced opposition leader Rached Ghannouchi to three years in "
     "prison on Thursday.", "sentenced", ("TUNJUD", "173", "TUNOPP")),
    # ... or on an appositive (or a conjunct) of the subject the parser made the root
    ("A court in Tunis jailed opposition figure Abir Moussi for two years.", "jailed",
     ("TUNJUD", "173", "TUNOPP")),
    ("The army in Mali detained journalist Moussa Diarra at his home in Bamako on Tuesday.",
     "detained", ("MLIMIL", "173", "MLIMED")),
    ("Authorities in Bahrain jailed rights defender Abdulhadi al-Khawaja for life.", "jailed",
     ("BHRGOV", "173", "BHRHRI")),
    # a body's critic or ally is not its official
    ("Police in Moscow detained Kremlin critic Ilya Yashin on Monday.", "detained",
     ("RUSCOP", "173", "RUSOPP")),
    ("Kremlin critic Leonid Volkhov was attacked with a hammer in Vilnius.", "attacked",
     ("LTU", "190", "RUSOPP")),
    # a stance word right before a name gives the country of whom it is toward
    ("Putin ally Oleg Varenkov threatened Moldova with consequences.", "threatened",
     ("RUSCVL", "130", "MDA")),
    # ... but an aide, an adviser or a lawyer works for it
    ("White House adviser Mark Dellinger met Indian officials in New Delhi on Tuesday.",
     "met", {("USAGOV", "040", "INDGOV"), ("INDGOV", "040", "USAGOV")}),
    ("ICC lawyer Karim Nassar urged Israel to cooperate.", "urged", ("IGOICC", "020", "ISR")),
    # an area of one country the places stage resolved is that country's ("northern Sinai"
    # was a Mexican town's namesake)
    ("Eleven Egyptian soldiers died in an Islamic State attack in northern Sinai.", "attack",
     ("IMGMOSISI", "190", "EGYMIL")),
    # ... and so is the place of a clause, whatever the model tags it
    ("Militants in northern Sinai attacked an army post.", "attacked", ("EGYUAF", "190", "MIL")),
    # with no doer named, armed men who die in an attack are its doers, not whom it harmed
    ("Three suicide bombers died in an attack on a hotel in Mogadishu.", "attack",
     ("SOM", "190", "SOM")),
]

SESSION_28 = [
    # a court that calls an act unlawful finds its doer liable (116); anyone else who
    # calls it so criticises (111)
    # ... its doer, not whom the act was done to
    ("A court in Ankara found the arrest of the protesters unlawful.", "found",
     ("TURJUD", "116", "TUR")),
    ("Kenya's Supreme Court ruled that the election of President Uhuru Kenyatta was "
     "unlawful.", "ruled", ("KENJUD", "116", "KEN")),
    # ... and only a court's ruling: not what lawyers say, nor a law found lawful
    ("Lawyers for the activists said the detention was unlawful.", "unlawful",
     ("JUD", "111", None)),
    ("The judges ruled that the law was neither illegal nor unconstitutional.", "ruled",
     None),
    ("The Supreme Court in Madrid found that the referendum was illegal.", "found",
     ("ESPJUD", "116", "ESP")),
    ("Russia's Foreign Ministry said the sanctions were unlawful.", "unlawful",
     ("RUSGOV", "111", None)),
    # a court petitioned is where a case is brought (115), not whom it is against
    ("Opposition lawmakers in Kenya petitioned the Supreme Court to annul the election.",
     "petitioned", ("KENOPPPTY", "115", "KEN")),
    ("Residents of the Nigerian town of Jos petitioned the governor to reopen the clinic.",
     "petitioned", ("NGACVL", "020", "NGAGOV")),
    # what a lawsuit alleges is its grounds, not a second accusation
    ("Rights groups in Poland filed a lawsuit against the government alleging that the ban "
     "was illegal.", "alleging", None),
    ("Rights groups in Poland filed a lawsuit against the government alleging that the ban "
     "was illegal.", "filed", ("NGOPOL", "115", "POLGOV")),
    # to say an act was done wrongfully accuses its doer, whoever the text made it
    ("The activist Ali Haidari said he was wrongfully imprisoned by the Iranian "
     "authorities.", "said", ("IRNOPP", "112", "IRNGOV")),
    ("Human Rights Watch said the Egyptian government had arbitrarily arrested thousands "
     "of protesters.", "said", ("NGOHRW", "112", "EGYGOV")),
    ("The Iranian judiciary said it had lawfully detained the aid worker.", "said", None),
    ("Human Rights Watch said the police had not arbitrarily detained the protesters.",
     "said", None),
    ("The court said the man had been unlawfully detained by police.", "said", None),
    # an act done to one before the clause's own is an event of its own, not its means
    ("The opposition leader Moussa Diallo was placed under police surveillance after being "
     "released from prison in Mali.", "released", ("MLI", "0841", "MLIOPP")),
    ("The journalist was deported after being arrested in Iran.", "arrested",
     ("IRN", "173", "IRNMED")),
    # a state that alerts or deploys its own forces does not aim at them
    ("Defence Secretary Delfin Reyes said he had ordered heightened alert from troops after "
     "the bombing in Jolo.", "ordered", ("PHLGOVMIL", "152", None)),
    ("Venezuela deployed troops to the border with Colombia.", "deployed",
     ("VEN", "154", "COL")),
    # a criticism of an act the text coded before is aimed at its doer, also one the
    # conventions gave it (a killing with no doer named is the country's)
    ('SANAA - Journalist Ahmed Saleh was killed in Aden on Tuesday. "The murder of Ahmed '
     'Saleh is unacceptable," said Anna Weiss of Reporters Without Borders.', "said",
     ("NGORWB", "111", "YEM")),
    # ... but not at the judge's own country made the doer by convention
    ('JOHANNESBURG - A farmer was murdered near Pretoria on Sunday. "The murder of this '
     'farmer is horrific," said the farmers\' union.', "said", ("ZAFLAB", "111", None)),
    # one already held is no detention the story tells; one in custody is
    ("SEOUL - Jong Woo Son is already in prison in South Korea, but the United States "
     "charged him on Wednesday with money laundering.", "prison", None),
    ("SEOUL - Two suspects are in custody in South Korea after the attack.", "custody",
     ("KOR", "173", "KORCRM")),
    # a government that says its own law will or should be changed intends to change
    # policy; anyone else who says so asks for it, or only says so
    ("WELLINGTON - Prime Minister Christopher Luxon said at a press conference on Sunday "
     "that New Zealand's gun laws would be changed.", "changed", ("NZLGOV", "0342", "NZL")),
    ("TUNIS - President Kais Saied said the electoral law will be amended before the "
     "elections in Tunisia.", "amended", ("TUNGOV", "0342", "TUN")),
    ("WELLINGTON - Gun owners said the gun laws should not be changed.", "changed", None),
    ("WELLINGTON - The law was changed in 2019, Prime Minister Christopher Luxon said.",
     "changed", None),
    # ... only in the clause its speech verb reports, of a rule its own, changed by no
    # one else named
    ("ANKARA - The interior minister said it was unclear whether the law would be changed.",
     "changed", None),
    ("ANKARA - Foreign Minister Hakan Fidan said the Israeli policy in Gaza must be "
     "changed.", "changed", None),
    ("CANBERRA - Prime Minister Anthony Albanese said the budget will be amended by "
     "parliament next month.", "amended", None),
    # the names set beside a group are its members: one side, one event
    ("Three Kenyan activists, John Mwangi, Mary Achieng and Peter Otieno, sued the "
     "government on Monday.", "sued", ("KENOPP", "115", "KENGOV")),
    ("Kenyan activists John Mwangi and Mary Achieng sued the government on Monday.", "sued",
     ("KENOPP", "115", "KENGOV")),
]

SESSION_29 = [
    # a court that finds an act unlawful accuses its doer, never whom it was done to ...
    ("NAIROBI - Kenya's High Court ruled on Thursday that the closure of three television "
     "stations was unconstitutional.", "ruled", ("KENJUD", "116", None)),
    ("A court in Lagos ruled that the dismissal of the workers by the bank was unlawful.",
     "ruled", ("NGAJUD", "116", "NGABUS")),
    # ... and an act of state with no doer named is its state's: the court's country, or
    # that of whoever brought the action
    ("A court in Poland ruled that the suspension of the judges was unlawful.", "ruled",
     ("POLJUD", "116", "POL")),
    ("Rights groups in Uganda sued to block the new anti-gay law.", "sued",
     ("NGOUGA", "115", "UGA")),
    ("Opposition lawmakers in Malawi filed a petition on Monday asking the Constitutional "
     "Court to annul the results of the presidential election.", "filed",
     ("MWIOPPPTY", "115", "MWI")),
    ("The state of Texas filed a lawsuit on Tuesday seeking to overturn the election "
     "results in four states, US officials said.", "filed", ("USA", "115", "USA")),
    # ... the doer named by "by", or coded at the measure itself, when there is one
    ("Tunisian opposition MPs petitioned the Constitutional Court for a ruling on the "
     "suspension of parliament by President Kais Saied.", "petitioned",
     ("TUNLEGOPP", "115", "TUNGOV")),
    ("Iran filed a case at the International Court of Justice over the US sanctions.",
     "filed", ("IRN", "115", "USA")),
    # ... but no state for what a state does not alone do, nor where a doer is named
    ("The family filed a lawsuit over the death of their son in Kenya.", "filed", None),
    ("A court in Lagos ruled that the dismissal of the workers was unlawful.", "ruled",
     ("NGAJUD", "116", None)),
    ("A German court ruled that the bank's closure of the customer's account was "
     "unlawful.", "ruled", ("DEUJUD", "116", None)),
    ("A court in Chile ruled that the suspension of the workers was unlawful.", "ruled",
     ("CHLJUD", "116", None)),
    ("NAIROBI - Kenya's High Court ruled that the closure of the border was "
     "unconstitutional.", "ruled", ("KENJUD", "116", "KEN")),
    # ... not a court's own ruling appealed, nor a government's own state, nor a
    # finding declined
    ("The Indian government filed a petition in the Supreme Court seeking to overturn the "
     "ruling.", "filed", ("INDGOV", "115", None)),
    ("The Kenyan government filed a lawsuit against the ban.", "filed",
     ("KENGOV", "115", None)),
    ("A court in Kenya declined to rule that the closure of the border was unlawful.",
     "rule", None),
    ("A court in Kenya did not find that the closure of the border was illegal.",
     "find", None),
    # one sued is whom the action is against, a court too
    ("Bolivia's electoral tribunal was sued by the opposition party over the cancellation "
     "of the vote.", "sued", ("BOLOPP", "115", "BOLJUD")),
    # the people of several states in one noun are each state's side
    ("Police in France and Belgium arrested 12 suspects on Tuesday.", "arrested",
     {("FRACOP", "173", "FRACRM"), ("BEL", "173", "FRACRM")}),
    ("Authorities in Britain and the United States announced that 337 suspected users in "
     "38 countries had been arrested.", "arrested", {("GBRGOV", "173", "CVL"),
                                                      ("USA", "173", "CVL")}),
    # ... not the towns of one
    ("Protesters in Paris and Lyon clashed with police on Saturday.", "clashed",
     ("FRAOPP", "145", "FRACOP")),
    # ... nor people who are no state's body, nor an ally's army
    ("Protesters in Kenya and Uganda demonstrated against rising food prices.",
     "demonstrated", ("KENOPP", "1412", "KEN")),
    ("Soldiers in Burkina Faso and Mali killed dozens of jihadists.", "killed",
     ("BFAMIL", "190", "BFAUAFRAD")),
    # people placed in many countries are of none
    ("Police in Kenya said 40 suspected smugglers in several countries were arrested.",
     "arrested", ("KENCOP", "173", "CRM")),
    # a condemnation of an act done to someone is aimed at its doer, never at them
    ("ADDIS ABABA - Human Rights Watch condemned the detention of journalists in "
     "Ethiopia.", "condemned", ("NGOHRW", "111", "ETH")),
    ("Police arrested opposition leader Kizza Besigye in Kampala on Monday. The United "
     "States condemned the arrest of Besigye.", "condemned", ("USA", "111", "UGACOP")),
    ("The European Union criticised the closure of three independent newspapers in "
     "Serbia.", "criticised", ("IGOEEC", "111", None)),
    # ... but the "of" of a proposal, a policy or an offensive is its author
    ("The government rejected the proposal of the opposition.", "rejected",
     ("GOV", "120", "OPP")),
    ("China criticised the policies of the United States in Asia.", "criticised",
     ("CHN", "111", "USA")),
    ("Kyiv condemned the offensive of the Russian army in the east.", "condemned",
     ("UKR", "111", "RUSMIL")),
    ("The opposition called the decree of the president illegal.", "called",
     ("OPP", "111", "GOV")),
    # a proposal that others act is the request it makes; the leaders "of the world"
    # are of no one country
    ('Addressing the summit, the Kenyan president proposed: "I request all the presidents '
     'and prime ministers of the world to plant a tree every day."', "proposed",
     ("KENGOV", "020", "GOV")),
    ("Turkey proposed to host talks between Russia and Ukraine.", "proposed",
     {("TUR", "036", "RUS"), ("TUR", "036", "UKR")}),
    # one who says someone else is innocent defends them; not oneself, not denied
    ("ISLAMABAD - The mother of the convicted man, Anwar Bibi, wept and said she believed "
     "her son was innocent.", "said", ("PAKCVL", "052", "PAKCVL")),
    ("CAIRO - Human Rights Watch said the detained journalists were innocent.", "said",
     ("NGOHRW", "052", "EGYMED")),
    ("CAIRO - Prosecutors said the detained journalists were not innocent.", "said", None),
    ("LAGOS - The former governor insisted he was innocent.", "insisted", None),
    # a noun for something else names no one captured; a part of a place is the place
    ("The photographer captured the arrival of the president.", "captured", None),
    ("Burmese troops have captured part of a rebel stronghold on the Thai border after five "
     "days of fighting.", "captured", ("MMRMIL", "192", None)),
    # one said to be a threat to peace or democracy, or whose act is, is criticised
    ("Russia's foreign minister said NATO was a threat to peace in Europe.", "said",
     ("RUSGOV", "111", "IGONAT")),
    ("The opposition said the government's new surveillance law is a threat to "
     "democracy.", "said", ("OPP", "111", "GOV")),
    ('"Russia is a threat to Europe," the Polish prime minister said.', "said",
     ("POLGOV", "111", "RUS")),
    ("The virus is a threat to public health, the ministry said.", "said", None),
    # ... not a danger denied
    ('"NATO poses no danger to Russia," the NATO secretary-general said.', "said", None),
    ("The general said the rebels were no longer a threat to the capital.", "said", None),
    ("The Iranian foreign minister said Iran was no threat to its neighbours.", "said", None),
    # praise of a victim does not undo the condemnation of what was done to them
    ('KABUL - Gunmen shot dead the radio reporter Ali Rezai in Kabul on Monday. The director '
     'of the BBC, Tim Davie, called the death "the brutal murder of a courageous reporter."',
     "called", ("GBRMED", "111", "AFGUAF")),
]

#: the stories of the twenty-second to twenty-ninth sessions, one table: (text, trigger,
#: the triples the trigger carries: one, a set, or None for none)
_LATER_STORIES = SESSION_22 + SESSION_23 + SESSION_24 + SESSION_25 + SESSION_26 + SESSION_27 \
    + SESSION_28 + SESSION_29


@pytest.mark.parametrize(("text", "trigger", "expected"), _LATER_STORIES,
                         ids=[t[0][:30] for t in _LATER_STORIES])
def test_stories_of_the_later_sessions(
        pipeline: Pipeline, text: str, trigger: str,
        expected: tuple[str, str, str | None] | set[tuple[str, str, str]] | None) -> None:
    got = _triples_at(pipeline, text, trigger)
    want = expected if isinstance(expected, set) else {expected} if expected else set()
    assert got == want, got


def test_a_place_word_parsed_an_adjective_is_no_part_of_a_name(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "NAIROBI - Protesters rallied outside parliament on Monday.")
    assert "parliament" in {e.name for e in a.entities}, [e.name for e in a.entities]


def test_people_of_a_named_body_are_the_body_s(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "KIGALI - Experts from the United Nations accused Rwanda of "
                           "backing the M23 rebels.")
    experts = next(e for e in a.entities if e.name.startswith("Experts"))
    assert experts.actor is not None and experts.actor.code.startswith("IGO"), experts.actor


def test_a_phrase_about_an_act_after_a_name_describes_no_one(pipeline: Pipeline) -> None:
    a = _analyse(pipeline, "KYIV - Indian Prime Minister Narendra Modi arrived in Kyiv on "
                           "Friday for talks with President Volodymyr Zelensky, the first "
                           "visit by an Indian leader since Ukraine's independence.")
    zelensky = next(e for e in a.entities if e.name == "Volodymyr Zelensky")
    assert zelensky.actor is not None and zelensky.actor.country == "UKR", zelensky.actor
