"""Every CAMEO root family, coded by the packaged lexicon on a small text.

The expected codes are the codebook's: the root an event of that kind belongs
to, and its source and target countries.
"""

from __future__ import annotations

import pytest

from newsevents import Analysis, Article, Pipeline, from_text

CASES = [
    ("02", "IRN", "AZE", "Iran appealed to Azerbaijan for help with the refugees."),
    ("03", "GEO", "TUR", "Georgia pledged to cooperate with Turkey on border security."),
    ("03", "KEN", "UGA", "Kenya and Uganda agreed to share intelligence on militant groups."),
    ("04", "TUR", "GEO", "Turkish Foreign Minister Mehmet Arslan met Georgian Prime Minister Levan "
                         "Kiknadze in Tbilisi."),
    ("04", "JPN", "KOR", "The Japanese foreign minister visited Seoul on Tuesday."),
    ("05", "DEU", "FRA", "Germany praised France for its handling of the crisis."),
    ("05", "TUR", "GEO", "Turkey and Georgia signed an energy agreement on Friday."),
    ("07", "UNO", "BGD", "The World Food Programme delivered food aid to Bangladesh on Monday."),
    ("08", "TUN", None, "Tunisian authorities released three opposition leaders on Tuesday."),
    ("09", "EEC", "HUN", "The European Union opened an investigation into Hungarian state "
                         "subsidies."),
    ("10", "UNO", None, "The United Nations demanded the release of the detained journalists."),
    ("11", "FRA", "RUS", "France condemned Russia for the attack on the port."),
    ("12", "BLR", "EEC", "Belarus rejected the European Union's demands on Monday."),
    ("13", "PRK", "KOR", "North Korea threatened South Korea with military action."),
    ("14", None, "SEN", "Thousands of protesters demonstrated against the government in Dakar on "
                        "Saturday."),
    ("15", "RUS", None, "Russia deployed troops along the border with Ukraine."),
    ("16", "EEC", "BLR", "The European Union imposed sanctions on Belarusian firms."),
    ("17", "SEN", "SEN", "Senegalese police arrested 34 protesters in Dakar."),
    ("18", None, None, "Gunmen kidnapped two aid workers in northern Nigeria."),
    ("19", "RUS", "UKR", "Russian forces shelled the Ukrainian city of Kharkiv overnight."),
    ("20", None, None, "Militants massacred dozens of villagers in eastern Congo."),
]


def _country(result: Analysis, eid: str | None) -> str | None:
    e = next((e for e in result.entities if e.id == eid), None)
    return e.actor.country if e is not None and e.actor is not None else None


def _analysed(pipeline: Pipeline, text: str) -> Analysis:
    art = from_text(text, published="2024-03-09")
    assert isinstance(art, Article)
    result = pipeline.analyze(art)
    assert isinstance(result, Analysis)
    return result


@pytest.mark.parametrize(("root", "source", "target", "text"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_root_family(pipeline: Pipeline, root: str, source: str | None, target: str | None,
                     text: str) -> None:
    result = _analysed(pipeline, text)
    events = [v for v in result.events if v.cameo.root == root]
    assert events, f"no {root} event in {[v.cameo.code for v in result.events]}"
    v = events[0]
    assert v.plover is None or v.plover.category  # 02 appeals have no PLOVER category
    if source:
        assert (_country(result, v.source) or "").startswith(source)
    if target:
        assert target in {_country(result, x.target) for x in events}
    assert result.article.text[v.evidence.start:v.evidence.end] == v.evidence.text


#: Verbs whose sense depends on their object: (text, trigger, root the object gives)
SENSES = [
    # a court ruling against a measure rejects it; against a party, finds it liable
    ("A federal court in Texas ruled against the governor's extension of absentee voting.",
     "ruled", "12"),
    ("A federal court in Texas ruled against the opposition leader on Monday.", "ruled", "11"),
    # walking out of a chamber is a protest; out of a building, nothing
    ("Opposition lawmakers walked out of parliament in Kampala on Tuesday.", "walked", "14"),
    # a head of state ousted is removed (172), not a diplomat expelled (166)
    ("Egypt's military ousted president Mohamed Morsi in 2013.", "ousted", "17"),
    ("North Korea fired a test missile into the sea on Monday.", "fired", "15"),
    # a missile test-fired is a show of force, not an attack on anyone
    ("North Korea test-fired two ballistic missiles into the sea on Monday.", "fired", "15"),
    # ... as is one fired or launched into the sea with no one to hit; at a country, an attack
    ("Pyongyang launched a long-range ballistic missile into the ocean on Tuesday.",
     "launched", "15"),
    ("Pyongyang launched a long-range ballistic missile at Seoul on Tuesday.", "launched", "19"),
    # an order of alert is a mobilisation (152), not a demand
    ("Kenya's defence secretary ordered heightened alert in Lamu on Monday.", "ordered", "15"),
    ("The Kenyan government declared a state of alert in Mombasa.", "declared", "15"),
    ("The Supreme Court of Kenya threw out the opposition's petition on Monday.", "threw", "12"),
    ("A Kenyan court dismissed the opposition's lawsuit on Friday.", "dismissed", "12"),
    ("Kenya dismissed its interior minister on Friday.", "dismissed", "17"),
    # sacking or firing an official is a removal (172), firing at one an attack
    ("Ghana's president sacked the country's police chief on Monday.", "sacked", "17"),
    ("Ghana's president fired the head of the electoral commission.", "fired", "17"),
    ("Ghanaian soldiers fired at the police chief's convoy.", "fired", "19"),
    # listing firms or groups is an administrative sanction on them (172)
    ("The US Commerce Department added 11 Chinese firms to its entity list on Tuesday.",
     "added", "17"),
    ("Canada designated the Bishnoi gang as a terrorist entity.", "designated", "17"),
    # a strike on a building is an attack; calling a strike barbaric names it
    ("Russian missiles struck an apartment block in Kharkiv overnight.", "struck", "19"),
    ('Polish President Andrzej Duda called the strike "barbaric".', "called", "11"),
    # sending air defence systems is military aid
    ("Germany sent three air defence systems to Ukraine last month.", "sent", "07"),
    # telling someone to go away expels them; to "go hang" is an insult, no expulsion
    ("Niger's junta told French troops to go home.", "told", "16"),
    ('President Ruto told his critics to "go hang" on Monday.', "told", None),
    # sending border guards or experts to another country is cooperation; police at home
    # are mobilised
    ("Germany sent 80 border guards to Greece on Monday.", "sent", "06"),
    ("Greece deployed riot police in Athens ahead of the march.", "deployed", "15"),
    # vowing to fight to the end is a threat
    ('Beijing said it would "fight to the end" if Washington did not lift the tariffs.',
     "fight", "13"),
    # raising or doubling tariffs on a country's goods is an economic sanction (163)
    ("Washington doubled tariffs on Canadian steel on Tuesday.", "doubled", "16"),
    # a trial said to be unfair criticises whoever held it
    ("A court in Minsk jailed the journalist. Her lawyers said the trial was unfair.",
     "unfair", "11"),
    # hanging people is an execution (173); hanging banners nothing
    ("Saudi Arabia hanged three convicted men on Monday.", "hanged", "17"),
    ("Protesters hanged banners from the bridge in Riyadh.", "hanged", None),
    # what someone is accused of is the accusation, each act of it
    ("Iraq accused Turkey of shelling villages and killing civilians.", "killing", None),
    ("Sudan accused Chad on Monday of closing the border and of arming the rebels.",
     "arming", None),
    # vowing to hunt down or wipe out someone threatens them
    ("Nigeria's army chief vowed to hunt down the kidnappers in Zamfara.", "vowed", "13"),
    ("Nigeria's army chief vowed to wipe out Boko Haram.", "vowed", "13"),
    # "the activities of the parties" are the parties
    ("Guinea's junta suspended the activities of all political parties.", "suspended", "17"),
    ("Kenya threw out two Ugandan diplomats on Friday.", "threw", "16"),
    # receiving a sentence is being sentenced, not receiving a visitor (043)
    ("Two Kenyan police officers received ten-year jail terms from a court in Nakuru.", "received",
     "17"),
    # resuming the fighting is an attack; said of the future, a threat of force
    ("Azerbaijan's president said his army would resume fighting if talks failed.", "resume",
     "13"),
    # what a series of is made of is the object: cyberattacks carried out are one (176)
    ("North Korean hackers carried out a series of cyberattacks on South Korean banks.",
     "carried", "17"),
    # negotiations concluded are an agreement reached
    ("Kenya and the European Union concluded negotiations on a trade deal on Tuesday.",
     "concluded", "05"),
    # speaking with a leader is consulting; speaking to a news agency is not
    ("Egypt's President Abdel Fattah al-Sisi spoke with Qatar's emir on Sunday.", "spoke",
     "04"),
    ("Speaking to Reuters, an Indian official said the talks had stalled.", "Speaking", None),
    # positions struck are ground, not stances
    ("Sudan's army said its jets struck RSF positions east of El Fasher on Sunday.",
     "struck", "19"),
    # pressing a siege is pressing the attack, no demand; forcing one's way in forces no one
    ("The Rapid Support Forces pressed their siege of El Fasher on Sunday.", "pressed", "19"),
    ("Police in Paris said protesters forced their way into a food market.", "forced", None),
    # an accident's harm is no one's act
    ("Students marched in Novi Sad after the collapse of a station roof killed 16 people.",
     "killed", None),
    # a trade war or a fight against corruption resumed is no attack
    ("Trump resumed his trade war against China on Monday.", "resumed", None),
    ("Kenya's government resumed its fight against corruption in Nairobi.", "resumed", None),
    # an activist on hunger strike: "on" names no office's remit
    ("Alaa Abd El-Fattah, an activist on hunger strike in Cairo, wrote to the president.",
     "strike", "14"),
    # killing animals harms no actor
    ("Poachers killed two rhinos in Kruger National Park, South Africa, on Monday.",
     "killed", None),
    ("Poachers shot two rhinos and a ranger in Kruger National Park, South Africa.", "shot",
     "19"),
    ("The cleric said ministers had angered the gods by killing and eating cattle in India.",
     "killing", None),
    # a threat dropped is a concession, no threat
    ("Turkey dropped its threat to block Sweden's membership of NATO.", "dropped", "08"),
    # watching someone is investigating them; arresting them is coercion
    ("Kenyan police placed the former minister under surveillance in March.", "placed", "09"),
    ("Kenyan police placed the former minister under house arrest in March.", "placed", "17"),
    # a state protests by complaining officially (114); people take to the streets (14)
    ("Kenya protested the detention of two Kenyan lorry drivers by Ugandan police.",
     "protested", "11"),
    ("Thousands of Kenyan farmers protested against the new fuel tax in Nairobi.",
     "protested", "14"),
    # warning of a danger is a pessimistic comment; warning of retaliation threatens
    ("The United Nations warned of a humanitarian catastrophe in Kenya on Friday.", "warned",
     "01"),
    ("Kenya warned Uganda of retaliation on Friday.", "warned", "13"),
    # recovering weapons is seizing them; recovering from an illness is no event
    ("Kenyan police recovered four rifles and ammunition from the house in Nakuru.",
     "recovered", "17"),
    # lifting a veto yields; deliveries of food resumed are aid
    ("Hungary lifted its veto on the sanctions package on Monday.", "lifted", "08"),
    ("The World Food Programme resumed food deliveries to Ethiopia's Tigray region.",
     "deliveries", "07"),
    # measures dropped ease them, also when a relative clause tells it
    ("Kenya's government dropped the new lockdown measures on Friday.", "dropped", "08"),
    # a ministry or an embassy struck is attacked; a painful response promised threatens
    ("Israeli warplanes struck the Syrian defence ministry in Damascus.", "struck", "19"),
    ("Poland closed the Russian consulate. Russia promised a painful response.", "promised",
     "13"),
    ("Kenya's minister promised a quick response to the floods.", "promised", "03"),
    # concern said of an act, the adjective tagged a participle
    ("A Tunisian court sentenced Rached Ghannouchi to 22 years. The U.S. State Department "
     "said it was concerned about the sentence.", "concerned", "01"),
    # an advance welcomed is support for whoever advanced
    ("Sudan's army recaptured Khartoum. Egypt welcomed the army's advance.", "welcomed", "05"),
    ("Kenya's government announced new lockdown measures, which it dropped on Friday.",
     "dropped", "08"),
]


def test_pleading_guilty_is_no_appeal(pipeline: Pipeline) -> None:
    result = _analysed(pipeline,
                       "Three Kenyan officials pleaded guilty to fraud in Nairobi on Monday.")
    assert [v.cameo.code for v in result.events if v.evidence.text == "pleaded"] == []
    result = _analysed(pipeline, "The Kenyan minister pleaded with Uganda to reopen the border.")
    assert [v.cameo.root for v in result.events if v.evidence.text == "pleaded"] == ["02"]


def test_recovering_from_an_illness_is_no_seizure(pipeline: Pipeline) -> None:
    result = _analysed(pipeline,
                       "The Kenyan minister recovered quickly after the operation in Nairobi.")
    assert [v.cameo.code for v in result.events if v.evidence.text == "recovered"] == []


@pytest.mark.parametrize(("text", "trigger", "root"), SENSES, ids=[s[0][:30] for s in SENSES])
def test_the_object_decides_the_sense(pipeline: Pipeline, text: str, trigger: str,
                                      root: str | None) -> None:
    result = _analysed(pipeline, text)
    assert {v.cameo.root for v in result.events if v.evidence.text.startswith(trigger)} == (
        {root} if root else set())  # (None: no event at all)


#: Expulsions: diplomats expelled cut relations (161, CAMEO's usage note for 166);
#: troops or others ordered out are expelled (166), not deployed (154); the one ordered
#: is the target, not the country it must leave.
EXPULSIONS = [
    ("Kenya expelled two Ugandan diplomats on Friday.", "expelled", "161", "UGA"),
    ("Kenya's government told the Ugandan ambassador to leave within 48 hours.", "told", "161",
     "UGA"),
    ("The Kenyan government ordered Ugandan troops to leave the country on Monday.", "ordered",
     "166", "UGA"),
]


@pytest.mark.parametrize(("text", "trigger", "code", "target"), EXPULSIONS,
                         ids=[s[0][:30] for s in EXPULSIONS])
def test_expulsions(pipeline: Pipeline, text: str, trigger: str, code: str,
                    target: str) -> None:
    result = _analysed(pipeline, text)
    events = [v for v in result.events if v.evidence.text.startswith(trigger)]
    assert [v.cameo.code for v in events] == [code]
    assert _country(result, events[0].target) == target
    assert _country(result, events[0].source) == "KEN"


@pytest.mark.parametrize("text", [
    "Kenya and Uganda exchanged prisoners of war on Wednesday.",
    "Kenya and Uganda swapped 95 prisoners each on Friday.",
    "Kenya and Uganda traded accusations over the border attack.",
])
def test_two_parties_exchanging_do_it_to_each_other(pipeline: Pipeline, text: str) -> None:
    result = _analysed(pipeline, text)
    pairs = {(_country(result, v.source), _country(result, v.target)) for v in result.events}
    assert {("KEN", "UGA"), ("UGA", "KEN")} <= pairs


#: Charging accuses (PLOVER ACCUSE, "sue, indict, or charge"); arresting coerces.
LEGAL = [
    ("Prosecutors in Nairobi charged the former minister with fraud on Monday.", "charged",
     "115", "ACCUSE"),
    ("A grand jury in Miami indicted the former president on Friday.", "indicted", "115",
     "ACCUSE"),
    ("Kenyan police arrested the former minister in Nairobi on Monday.", "arrested", "173",
     "COERCE"),
    ("Prosecutors in Nairobi filed charges against the former minister on Monday.", "filed",
     "115", "ACCUSE"),
    ("The Kenyan justice ministry unsealed new charges against the former minister.",
     "unsealed", "115", "ACCUSE"),
    ("Peru's Congress removed President Pedro Castillo from office.", "removed", "172",
     "COERCE"),
]


def test_removing_people_from_a_place_is_no_removal_from_office(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "Police removed protesters from the seat of government.")
    assert not [v for v in result.events if v.evidence.text == "removed"]


@pytest.mark.parametrize(("text", "trigger", "code", "category"), LEGAL,
                         ids=[s[1] for s in LEGAL])
def test_charges_accuse_and_arrests_coerce(pipeline: Pipeline, text: str, trigger: str,
                                           code: str, category: str) -> None:
    result = _analysed(pipeline, text)
    found = [v for v in result.events if v.evidence.text == trigger]
    assert [(v.cameo.code, v.plover.category if v.plover else None) for v in found] == [
        (code, category)]


@pytest.mark.parametrize("text", [
    "UNICEF delivered 50,000 doses of vaccine to Malawi on Monday.",
    "UNICEF delivered 40 trucks of flour to Malawi on Monday.",  # a vehicle's load
    "UNICEF sent two lorries of medicine to Malawi on Monday.",
])
def test_doses_of_vaccine_are_the_vaccine_delivered(pipeline: Pipeline, text: str) -> None:
    # a measure word ("doses", "boxes") before "of": the thing measured decides the sense
    result = _analysed(pipeline, text)
    assert [(v.cameo.code, _country(result, v.target)) for v in result.events] == [
        ("073", "MWI")]


#: "took Y hostage" names the state its object is put in; taking someone to hospital,
#: being taken ill or holding a post takes no one captive.
CAPTIVES = [
    ("Gunmen held two Kenyan engineers hostage for a week.", "held", ["181"]),
    ("Militants took 12 Malian soldiers captive near Gao.", "took", ["181"]),
    ("The wounded mayor was taken to a hospital in Nairobi.", "taken", []),
    ("President Mwangi was taken ill on Saturday evening.", "taken", []),
    ("Before holding the post of foreign minister, Otieno was a governor.", "holding", []),
]


@pytest.mark.parametrize(("text", "trigger", "codes"), CAPTIVES, ids=[c[0][:30] for c in CAPTIVES])
def test_hostages_are_taken_patients_are_not(pipeline: Pipeline, text: str, trigger: str,
                                             codes: list[str]) -> None:
    result = _analysed(pipeline, text)
    assert [v.cameo.code for v in result.events if v.evidence.text == trigger] == codes


#: A crowd that comes together demonstrates when it is of protesters or stands at a
#: seat of power; mourners at a hospital and lawmakers in parliament do not.
GATHERINGS = [
    ("Hundreds of protesters gathered in Nairobi on Tuesday.", ["141"]),
    ("Thousands of people gathered in front of the Kenyan parliament on Tuesday.", ["141"]),
    ("Farmers massed outside the agriculture ministry in Nairobi.", ["141"]),
    ("Thousands of mourners gathered outside the hospital to pray for the president.", []),
    ("Kenyan lawmakers gathered in parliament on Monday to debate the bill.", []),
]


@pytest.mark.parametrize(("text", "codes"), GATHERINGS, ids=[g[0][:30] for g in GATHERINGS])
def test_a_gathering_of_protesters_or_at_a_seat_of_power_is_a_demonstration(
        pipeline: Pipeline, text: str, codes: list[str]) -> None:
    result = _analysed(pipeline, text)
    trigger = next(w for w in ("gathered", "massed") if w in text)
    assert [v.cameo.code for v in result.events if v.evidence.text == trigger] == codes


def test_police_arresting_officers_are_two_actors(pipeline: Pipeline) -> None:
    # one force by their role, but the subject and the object of one verb are two
    result = _analysed(pipeline, "Police arrested two Kenyan officers in Nairobi on Monday.")
    arrest = next(v for v in result.events if v.cameo.code == "173")
    assert arrest.source is not None and arrest.target is not None
    assert arrest.source != arrest.target


@pytest.mark.parametrize("text", [
    "Two Kenyan officers were charged on Monday. Unlike the accused, the victim was tested.",
    "The wounded were taken to a hospital in Nairobi on Sunday.",
])
def test_a_participle_used_as_a_noun_is_people_not_an_act(pipeline: Pipeline,
                                                           text: str) -> None:
    result = _analysed(pipeline, text)
    assert [v.evidence.text for v in result.events
            if v.evidence.text in ("accused", "wounded")] == []


def test_an_act_said_again_without_its_target_is_the_same_act(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "Somali rebels attacked Kenyan troops near Lamu on Monday. "
                                 "The rebels attacked again at dawn on Tuesday.")
    attacks = [v for v in result.events if v.cameo.root in ("18", "19")]
    assert len(attacks) == 1 and attacks[0].target is not None
    assert attacks[0].mentions == 2 and [r.text for r in attacks[0].repeats] == ["attacked"]


@pytest.mark.parametrize(("text", "codes"), [
    ("The Kenyan health ministry said masks will be mandatory in all schools from Monday.",
     ["100"]),
    ("Kenya's transport secretary, James Macharia, announced that wearing a face covering "
     "would become compulsory on trains.", ["100"]),
    # who says it makes no rule
    ("A Kenyan doctor said masks will be mandatory in all schools from Monday.", []),
])
def test_an_authority_that_says_a_thing_will_be_compulsory_makes_a_rule(
        pipeline: Pipeline, text: str, codes: list[str]) -> None:
    result = _analysed(pipeline, text)
    rules = [v for v in result.events if v.evidence.text in ("mandatory", "compulsory")]
    assert [v.cameo.code for v in rules] == codes
    assert all(_country(result, v.target) == "KEN" for v in rules)


def test_what_was_illegal_is_a_judgement_not_a_rule(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "The Kenyan foreign ministry said the sanctions were illegal.")
    assert "100" not in [v.cameo.code for v in result.events]
    # a past passive in reported speech is the rule itself
    result = _analysed(pipeline, "Kenya's health ministry said on Monday that public "
                                 "gatherings were banned until further notice.")
    assert [v.cameo.code for v in result.events if v.evidence.text == "banned"] == ["100"]


def test_a_journey_is_a_visit_only_with_a_destination(pipeline: Pipeline) -> None:
    # (whom it passes over or goes with is no host)
    for text in ("President Ruto flew over the Kenyan protesters in his helicopter on Monday.",
                 "Ruto travelled with Kenyan officials on Monday."):
        result = _analysed(pipeline, text)
        assert [v.cameo.code for v in result.events if v.cameo.code == "042"] == []
    result = _analysed(pipeline, "President Ruto flew to Kampala on Monday.")
    assert [v.cameo.code for v in result.events if v.evidence.text == "flew"] == ["042"]


def test_insisting_on_a_fact_is_no_demand(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "The Kenyan minister insisted the army had done nothing wrong.")
    assert [v.cameo.code for v in result.events if v.evidence.text == "insisted"] == []
    result = _analysed(pipeline, "Kenya insisted that Uganda reopen the border.")
    assert [v.cameo.root for v in result.events if v.evidence.text == "insisted"] == ["10"]


def test_a_host_receives_someone_not_something(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "President Ruto received it warmly in Nairobi.")
    assert [v.cameo.code for v in result.events if v.cameo.code == "043"] == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("Protesters stormed the parliament building in Skopje on Wednesday.", "stormed"),
    ("Demonstrators clashed with police outside the ministry in Nairobi.", "clashed"),
    ("Rioters attacked a police station in Dhaka on Sunday.", "attacked"),
])
def test_violence_by_protesters_is_a_violent_protest(pipeline: Pipeline, text: str,
                                                     trigger: str) -> None:
    result = _analysed(pipeline, text)
    assert [v.cameo.code for v in result.events if v.evidence.text == trigger] == ["145"]
    # soldiers who attack are an assault, not a riot
    result = _analysed(pipeline, "Soldiers attacked a village in Mali on Sunday.")
    assert [v.cameo.code[:2] for v in result.events if v.evidence.text == "attacked"] == ["19"]


def test_an_attempt_is_reported_as_made_a_plan_to_try_is_not(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "Protesters tried to storm parliament in Belgrade on Tuesday.")
    (storm,) = [v for v in result.events if v.evidence.text == "storm"]
    assert storm.modality == "attempted" and storm.cameo.code == "145"  # not a threat
    result = _analysed(pipeline, "Rebels will try to seize the airport in Goma, a commander "
                                 "said on Monday.")
    (seize,) = [v for v in result.events if v.evidence.text == "seize"]
    assert seize.modality == "intended"


def test_dismissing_an_accusation_is_a_rejection(pipeline: Pipeline) -> None:
    # CAMEO 016 (deny responsibility) is REJECT in PLOVER, as the manual's note suggests
    result = _analysed(pipeline, "The Chinese foreign ministry dismissed the allegations by "
                                 "Australia as baseless.")
    (v,) = [v for v in result.events if v.evidence.text == "dismissed"]
    assert (v.cameo.code, v.plover.category if v.plover else None) == ("016", "REJECT")


def test_a_killing_a_sentencing_a_conviction_are_events_with_their_doer(
        pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "The killing of three protesters by Sudanese security forces "
                                 "in Khartoum sparked outrage.")
    assert [(v.cameo.root, v.evidence.text) for v in result.events] == [("19", "killing")]
    result = _analysed(pipeline, "The sentencing of the Ghanaian blogger Ravi Mensah by a court "
                                 "in Accra drew protests from rights groups.")
    assert ("173", "sentencing") in {(v.cameo.code, v.evidence.text) for v in result.events}
    # investigated, not done again
    result = _analysed(pipeline, "The Mexican government called for the killing to be "
                                 "investigated.")
    assert [v.evidence.text for v in result.events] == ["called"]


def test_positions_attacked_are_ground_a_position_on_something_a_stance(
        pipeline: Pipeline) -> None:
    for text, root in (("Pro-Russian separatists attacked Ukrainian positions near Donetsk.",
                        "19"),
                       ("Rebels attacked army positions near Goma.", "19"),
                       ("The senator attacked the president's position on immigration.", "11")):
        result = _analysed(pipeline, text)
        assert {v.cameo.root for v in result.events if v.evidence.text == "attacked"} == \
            {root}, text


def test_a_warning_is_a_threat_only_of_the_warners_own_act(pipeline: Pipeline) -> None:
    for text, code in (("Iran warned that it would retaliate against any attack.", "130"),
                       ("Egypt's security chief warned that Egyptian police will no longer "
                        "tolerate rallies.", "130"),
                       ("The UN warned that the conflict could spread to Chad.", "012"),
                       ("Kenya's opposition warned that the delayed vote could be a threat to "
                        "national security.", "012")):
        result = _analysed(pipeline, text)
        assert [v.cameo.code for v in result.events if v.evidence.text == "warned"] == [code], \
            text


def test_a_host_receives_people_not_things(pipeline: Pipeline) -> None:
    # "received his education", "hosted the World Cup": no visit (043) without a visitor
    a = _analysed(pipeline, "President Aliyev received the Iranian delegation in Baku. Qaboos "
                            "received his education in India. Qatar hosted the World Cup in 2022.")
    assert [v.evidence.text for v in a.events if v.cameo.code == "043"] == ["received"]
    assert [v.evidence.start for v in a.events if v.cameo.code == "043"] == [
        a.article.text.index("received")]



def _codes_and_targets(pipeline: Pipeline, text: str) -> set[tuple[str, str | None]]:
    art = from_text(text, published="2024-03-09")
    assert isinstance(art, Article)
    r = pipeline.analyze(art)
    assert isinstance(r, Analysis)
    codes = {e.id: e.actor.code if e.actor else None for e in r.entities}
    return {(v.cameo.code, codes.get(v.target)) for v in r.events}


def test_seeking_warrants_and_questioning_a_result(pipeline: Pipeline) -> None:
    a = _codes_and_targets(pipeline, "The prosecutor of the International Criminal Court said "
                                     "he had applied for arrest warrants for Israeli Prime "
                                     "Minister Benjamin Netanyahu.")
    assert ("115", "ISRGOV") in a
    b = _codes_and_targets(pipeline, "The United States questioned the result of Venezuela's "
                                     "election.")
    assert ("110", "VEN") in b


def test_a_sentence_handed_or_given_is_a_sentencing(pipeline: Pipeline) -> None:
    a = _codes_and_targets(pipeline, "A Senegalese court on Wednesday handed opposition leader "
                                     "Ousmane Sonko a suspended two-month sentence for "
                                     "defamation.")
    assert ("173", "SENOPP") in a


def test_calling_something_a_step_for_someone_is_naming_not_a_request(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "Rights groups welcomed the arrest, which they called a step "
                                 "toward justice for thousands of victims.")
    assert not [v for v in result.events if v.evidence.text == "called"]
    result = _analysed(pipeline, "Rights groups called for justice for thousands of victims.")
    assert [v.cameo.root for v in result.events if v.evidence.text == "called"] == ["02"]


def test_boarding_a_vessel_by_force_is_a_seizure_a_ferry_no_event(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "Chinese coast guard personnel boarded Philippine navy boats "
                                 "near the Second Thomas Shoal on Monday.")
    events = [v for v in result.events if v.evidence.text == "boarded"]
    assert [v.cameo.root for v in events] == ["17"]
    assert _country(result, events[0].source) == "CHN"
    assert _country(result, events[0].target) == "PHL"
    result = _analysed(pipeline, "The passengers boarded the ferry in Dover on Monday.")
    assert not [v for v in result.events if v.evidence.text == "boarded"]
    # a boat intercepted is seized too; a missile intercepted is no one's loss
    result = _analysed(pipeline, "Kenya's coast guard intercepted a boat carrying 80 migrants "
                                 "off Mombasa.")
    assert [v.cameo.code for v in result.events if v.evidence.text == "intercepted"] == ["171"]
    result = _analysed(pipeline, "Kenyan air defences intercepted two missiles over Nairobi.")
    assert not [v for v in result.events if v.evidence.text == "intercepted"]


def test_recognising_a_person_as_leader_is_diplomatic_recognition(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "Kenya and Uganda recognised John Okello as Sudan's interim "
                                 "president on Wednesday.")
    pairs = {(v.cameo.code, _country(result, v.source)) for v in result.events
             if v.evidence.text == "recognised"}
    assert pairs == {("054", "KEN"), ("054", "UGA")}
    targets = {v.target for v in result.events if v.evidence.text == "recognised"}
    assert {e.name for e in result.entities if e.id in targets} == {"John Okello"}



@pytest.mark.parametrize("text", [
    "Kenya struggled to cope with the arrival of more than 400,000 refugees from Somalia.",
    "Thousands of Somali migrants arrived in Nairobi on Sunday.",
])
def test_people_fleeing_or_moving_make_no_visit(pipeline: Pipeline, text: str) -> None:
    result = _analysed(pipeline, text)
    assert not [v for v in result.events if v.cameo.code[:3] in ("042", "043")]
    # a delegation does
    result = _analysed(pipeline, "A delegation of Kenyan farmers visited Uganda on Monday.")
    assert [v.cameo.code for v in result.events if v.evidence.text == "visited"] == ["042"]


def test_the_object_of_allowing_parsed_as_its_infinitives_subject(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "The Kenyan government allowed UN aid convoys to enter "
                                 "rebel-held areas on Monday.")
    assert [v.cameo.code for v in result.events if v.evidence.text == "allowed"] == ["0863"]
    # a pronoun so placed is whoever may act, no object the lexicon describes
    result = _analysed(pipeline, "He had a valid licence allowing him to buy weapons.")
    assert not [v for v in result.events if v.evidence.text == "allowing"]


def test_a_decision_taken_is_the_act_decided(pipeline: Pipeline) -> None:
    # CAMEO's own examples ("decided to allow candidate X to participate": 0812)
    result = _analysed(pipeline, "Kenya's Supreme Court decided to allow candidate John Okello "
                                 "to participate in the election.")
    events = [v for v in result.events if v.evidence.text == "allow"]
    assert [(v.cameo.code, v.modality) for v in events] == [("0812", "asserted")]


def test_medical_teams_sent_are_humanitarian_aid(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "The World Health Organization sent medical teams to Kenya to "
                                 "fight a cholera outbreak.")
    events = [v for v in result.events if v.evidence.text == "sent"]
    assert [v.cameo.code for v in events] == ["073"]
    assert _country(result, events[0].target) == "KEN"


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Kenya's foreign ministry spokesman said Uganda would pay a heavy price for the attack.",
     "said", "130"),
    ("Kenya's defence ministry warned that Uganda was playing with fire over the border.",
     "warned", "130"),
    ("Kenya's president said Uganda was provoking a conflict in the north.", "said", "112"),
    ("Kenya's navy said Ugandan boats had intruded into Kenyan waters on Lake Victoria.",
     "said", "112"),
])
def test_what_a_reported_clause_promises_or_blames_its_subject(
        pipeline: Pipeline, text: str, trigger: str, code: str) -> None:
    result = _analysed(pipeline, text)
    events = [v for v in result.events if v.evidence.text == trigger]
    assert [v.cameo.code for v in events] == [code]
    assert (_country(result, events[0].source), _country(result, events[0].target)) == \
        ("KEN", "UGA")


@pytest.mark.parametrize("text", [
    "Kenya's finance minister said the economy would pay a heavy price for the drought.",
    "Kenya's president said Uganda was not provoking anyone.",
])
def test_harm_to_no_actor_or_a_denied_wrong_blames_no_one(pipeline: Pipeline, text: str) -> None:
    result = _analysed(pipeline, text)
    assert not [v for v in result.events if v.cameo.code in ("130", "112")]


def test_letting_is_allowing(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "Kenya let UN inspectors visit the prison on Monday.")
    events = [v for v in result.events if v.evidence.text == "let"]
    assert [v.cameo.code for v in events] == ["0862"]
    assert _country(result, events[0].source) == "KEN"


@pytest.mark.parametrize(("text", "trigger", "code", "target"), [
    ("Kenya's Supreme Court struck down a law passed by parliament on Monday.", "struck",
     "120", None),
    ("Kenyan lawmakers overrode the president's veto of the media law.", "overrode", "120",
     "KENGOV"),
    ("Kenya's president dissolved parliament on Monday.", "dissolved", "172", "KENLEG"),
    ("Kenya's parliament voted to block the president's emergency decree.", "block", "120",
     "KENGOV"),
])
def test_what_courts_legislatures_and_presidents_undo(pipeline: Pipeline, text: str,
                                                      trigger: str, code: str,
                                                      target: str | None) -> None:
    result = _analysed(pipeline, text)
    events = [v for v in result.events if v.evidence.text.startswith(trigger)]
    assert [v.cameo.code for v in events] == [code]
    if target is not None:
        assert result.entities and any(
            e.id == events[0].target and e.actor is not None and e.actor.code == target
            for e in result.entities)


@pytest.mark.parametrize(("text", "trigger", "code", "target"), [
    ("Kenya restricted rare earth exports to Uganda on Monday.", "restricted", "163", "UGA"),
    ("Kenya lifted export curbs on Uganda on Monday.", "lifted", "085", "UGA"),
])
def test_trade_restricted_and_restrictions_lifted(pipeline: Pipeline, text: str, trigger: str,
                                                  code: str, target: str) -> None:
    result = _analysed(pipeline, text)
    events = [v for v in result.events if v.evidence.text == trigger]
    assert [v.cameo.code for v in events] == [code]
    assert _country(result, events[0].target) == target



def test_police_coming_for_a_person_make_no_visit(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "Kenyan police officers arrived at the politician's home in "
                                 "Nairobi at 2 a.m. and seized his phones.")
    assert not [v for v in result.events if v.cameo.code[:3] in ("042", "043")]
    result = _analysed(pipeline, "Kenya's police chief visited Uganda on Monday.")
    assert [v.cameo.code for v in result.events if v.evidence.text == "visited"] == ["042"]


@pytest.mark.parametrize(("text", "code"), [
    ("Kenya's main teachers' union threatened strikes if the pay deal was not honoured.", "133"),
    ("Uganda threatened strikes on rebel camps in eastern Congo.", "1384"),
    ("The ADF rebels threatened more strikes.", "1384"),
])
def test_a_strike_threatened_is_a_walkout_only_where_no_force_threatens_it(
        pipeline: Pipeline, text: str, code: str) -> None:
    result = _analysed(pipeline, text)
    assert [v.cameo.code for v in result.events if v.evidence.text == "threatened"] == [code]


def test_goods_flown_to_a_country_are_aid_and_a_flight_alone_a_visit(
        pipeline: Pipeline) -> None:
    a = _analysed(pipeline, "The United States military flew relief goods to isolated towns in "
                           "the Philippines on Friday.")
    assert [v.cameo.code[:2] for v in a.events if v.evidence.text == "flew"] == ["07"]
    b = _analysed(pipeline, "The president flew to Manila on Monday.")
    assert [v.cameo.code for v in b.events if v.evidence.text == "flew"] == ["042"]


def test_overthrowing_a_leader_is_removing_him(pipeline: Pipeline) -> None:
    a = _analysed(pipeline, "Mutinous soldiers in Niger said on state television late "
                            "Wednesday that they had overthrown President Mohamed Bazoum.")
    assert [v.cameo.code for v in a.events if v.evidence.text == "overthrown"] == ["172"]


def test_suspending_work_at_an_embassy_is_a_diplomatic_cut_not_a_military_pause(
        pipeline: Pipeline) -> None:
    a = _analysed(pipeline, "Australia suspended operations at its embassy in Tehran on "
                            "Tuesday.")
    assert [v.cameo.code for v in a.events if v.evidence.text == "suspended"] == ["161"]
    b = _analysed(pipeline, "The army halted operations at dawn on Friday.")
    assert [v.cameo.code for v in b.events if v.evidence.text == "halted"] == ["087"]


def test_listing_a_group_as_terrorist_is_designating_it(pipeline: Pipeline) -> None:
    a = _analysed(pipeline, "Canada listed the Houthis as a terrorist group on Friday.")
    assert [v.cameo.code for v in a.events if v.evidence.text == "listed"] == ["172"]


def test_curbing_what_no_one_is_is_no_coercion(pipeline: Pipeline) -> None:
    a = _analysed(pipeline, "Italy curbed arrivals by signing a deal with Tunisia.")
    assert [v.cameo.code for v in a.events if v.evidence.text == "curbed"] == []
    assert {v.cameo.code for v in a.events if v.evidence.text == "signing"} == {"057"}
    b = _analysed(pipeline, "The junta curbed the activities of political parties.")
    assert [v.cameo.code for v in b.events if v.evidence.text == "curbed"] == ["172"]


def test_money_released_for_a_country_is_aid(pipeline: Pipeline) -> None:
    a = _analysed(pipeline, "The European Commission said it would release 105 million euros "
                            "for Tunisia.")
    assert [v.cameo.code[:2] for v in a.events if v.evidence.text == "release"] == ["03"]


@pytest.mark.parametrize(("text", "pair"), [
    ("Israel struck Iran on Friday.", ("ISR", "IRN")),  # a country struck: an attack on it
    ("Israeli jets hit Iran overnight.", ("ISR", "IRN")),
    ("The storm hit Cuba on Monday.", None),  # (no one struck by weather)
])
def test_a_country_struck_is_attacked(pipeline: Pipeline, text: str,
                                      pair: tuple[str, str] | None) -> None:
    result = _analysed(pipeline, text)
    found = [(_country(result, v.source), _country(result, v.target)) for v in result.events
             if v.cameo.root == "19"]
    assert found == ([pair] if pair else []), found


@pytest.mark.parametrize(("text", "code"), [
    ("China sent warships and aircraft to encircle Taiwan.", "154"),  # its own forces
    ("The United States sent weapons to Ukraine to help it defend itself.", "072"),
])
def test_forces_sent_to_encircle_are_deployed_not_given(pipeline: Pipeline, text: str,
                                                       code: str) -> None:
    result = _analysed(pipeline, text)
    assert [v.cameo.code for v in result.events if v.evidence.text == "sent"] == [code]


@pytest.mark.parametrize(("text", "code"), [
    ("Iran threatened to fire missiles at Israel.", "1384"),
    ("Kenya's health minister threatened to fire striking doctors.", "132"),
])
def test_a_threat_is_the_threat_of_the_act_it_names(pipeline: Pipeline, text: str,
                                                    code: str) -> None:
    result = _analysed(pipeline, text)
    assert [v.cameo.code for v in result.events if v.evidence.text == "threatened"] == [code]


def test_an_ultimatum_answered_is_its_issuers(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "Kenya's health minister Susan Nakhumicha threatened to fire "
                                 "striking doctors on Monday. The doctors' union rejected the "
                                 "ultimatum.")
    names = {e.id: e.name for e in result.entities}
    assert [names.get(v.target or "") for v in result.events
            if v.evidence.text == "rejected"] == ["Susan Nakhumicha"]


def test_a_ceasefire_proposal_presented_appeals_to_both_sides(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "Egypt and Qatar presented a new ceasefire proposal to Hamas "
                                 "and Israel on Wednesday. Hamas said it was studying the "
                                 "proposal.")
    presented = {(_country(result, v.source), _country(result, v.target), v.cameo.code)
                 for v in result.events if v.evidence.text == "presented"}
    assert ("EGY", "ISR", "027") in presented and ("QAT", "PSE", "027") in presented, presented
    # the proposal studied is the mediators'
    assert {_country(result, v.target) for v in result.events
            if v.evidence.text == "studying"} == {"EGY", "QAT"}


@pytest.mark.parametrize("text", [
    "An Israeli airstrike on a school in Gaza City killed 27 people. UNICEF said it was "
    "horrified by the attack.",
    "An Israeli airstrike on a school in Gaza City killed 27 people. The strike angered UNICEF.",
])
def test_who_is_horrified_or_angered_by_an_act_disapproves_of_its_doer(
        pipeline: Pipeline, text: str) -> None:
    result = _analysed(pipeline, text)
    assert {(_country(result, v.source), _country(result, v.target)) for v in result.events
            if v.cameo.code == "111"} == {("UNOKID", "ISR")}, \
        [(v.cameo.code, v.evidence.text) for v in result.events]


def test_calling_an_investigation_illegal_judges_those_who_made_the_arrest(
        pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "South Korean police arrested former president Yoon Suk Yeol "
                                 "on Wednesday. Yoon called the investigation illegal.")
    assert {_country(result, v.target) for v in result.events if v.cameo.code == "111"} \
        == {"KOR"}


def test_a_participle_of_feeling_on_a_noun_reports_no_disapproval(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "Kenyan hackers angered by the verdict defaced 300 Ugandan "
                                 "government websites.")
    assert not [v for v in result.events if v.cameo.code == "111"], \
        [(v.cameo.code, v.evidence.text) for v in result.events]


def test_pressing_forward_is_carrying_on_not_pressing_anyone(pipeline: Pipeline) -> None:
    result = _analysed(pipeline, "Kenya's president announced he would drop the tax, before "
                                 "reversing course the next day and pressing forward.")
    assert not [v for v in result.events if v.evidence.text == "pressing"], \
        [(v.cameo.code, v.evidence.text) for v in result.events]
