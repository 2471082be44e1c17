"""The event coder: its mechanics on a small lexicon of the test's own, and the
pattern families of the packaged lexicon, on small texts with stable parses."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents import Analysis, Article, Event, Pipeline, from_text
from newsevents.knowledge import Knowledge
from newsevents.knowledge.events import load_event_lexicon

LEXICON = """code\ttrigger\tobject\ttarget\tsource\texample
040\tmeet\t-\tdobj|with\t-\tX met Y
046\thold\ttalk|negotiation\twith\t-\tX held talks with Y
042\tvisit\t-\tdobj\t-\tX visited Y
042\tn:visit\t-\tto\tposs|of\tX's visit to Y
163\timpose\tsanction|embargo\ton|against\t-\tX imposed sanctions on Y
173\tarrest\t-\tdobj\t-\tX arrested Y
190\tattack\t-\tdobj\t-\tX attacked Y
030\tdeepen\trelation|tie|cooperation\twith\t-\tX deepens ties with Y
"""


@pytest.fixture(scope="module")
def small(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    path = Path(tmp_path_factory.mktemp("lex")) / "events.tsv"
    path.write_text(LEXICON, "utf-8")
    knowledge = Knowledge(events=load_event_lexicon(path))
    return Pipeline(pipeline.nlp, knowledge=knowledge)


def _events(pipe: Pipeline, text: str, published: str = "2024-03-09") -> tuple[Analysis,
                                                                              list[Event]]:
    art = from_text(text, published=published)
    assert isinstance(art, Article)
    result = pipe.analyze(art)
    assert isinstance(result, Analysis), result
    for v in result.events:
        ev = v.evidence
        assert art.text[ev.start:ev.end] == ev.text
    return result, result.events


def _actor(result: Analysis, eid: str | None) -> str | None:
    e = next((e for e in result.entities if e.id == eid), None)
    return e.actor.code if e is not None and e.actor is not None else None


def _triples(result: Analysis, events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return {(_actor(result, v.source), _actor(result, v.target), v.cameo.code) for v in events}


def test_subject_object_and_codes(small: Pipeline) -> None:
    r, evs = _events(small, "Georgian Prime Minister Levan Kiknadze met Turkish Foreign "
                            "Minister Mehmet Arslan in Tbilisi on Friday.")
    # a meeting is reciprocal (CAMEO): one event each way, the subject's first
    assert _triples(r, evs) == {("GEOGOV", "TURGOV", "040"), ("TURGOV", "GEOGOV", "040")}
    v = evs[0]
    assert _actor(r, v.source) == "GEOGOV"
    assert v.cameo.root == "04" and v.cameo.quad_class == 1 and v.cameo.goldstein == 3.0
    assert v.plover is not None and v.plover.category == "CONSULT"
    assert v.date == "2024-03-08" and v.date_from == "text"
    place = next(p for p in r.places if p.id == v.place)
    assert place.name == "Tbilisi"


def test_light_verb_with_preposition(small: Pipeline) -> None:
    r, evs = _events(small, "The European Union imposed sanctions on Belarus on Monday.")
    assert ("IGOEEC", "BLR", "163") in _triples(r, evs)


def test_passive_agent_is_the_source(small: Pipeline) -> None:
    r, evs = _events(small, "Three opposition leaders were arrested by Tunisian police on "
                            "Tuesday.")
    assert any(s == "TUNCOP" and c == "173" for s, _t, c in _triples(r, evs))


def test_coordinated_subjects_give_one_event_each(small: Pipeline) -> None:
    r, evs = _events(small, "Turkey and Georgia met Azerbaijan in Baku on Monday.")
    assert {("TUR", "AZE", "040"), ("GEO", "AZE", "040")} <= _triples(r, evs)


def test_negated_event_is_flagged(small: Pipeline) -> None:
    _r, evs = _events(small, "Iran did not meet Azerbaijan on Monday.")
    assert len(evs) == 1 and evs[0].negated



@pytest.mark.parametrize("text", [
    "No French soldiers were injured in the attack on the base near Gao.",
    "Nobody was arrested in Basra on Friday.",
    "No protesters were arrested in Basra on Friday.",
    "None of the protesters were detained in Najaf.",
    "No civilians were killed in the air strike on Mosul.",
])
def test_an_act_done_to_no_one_did_not_happen(pipeline: Pipeline, text: str) -> None:
    _r, evs = _events(pipeline, text)
    assert evs and all(v.negated for v in evs), [(v.evidence.text, v.negated) for v in evs]
    _r, evs = _events(pipeline, "Police arrested two men in Mosul on Friday.")
    assert evs and not any(v.negated for v in evs)

def test_future_meeting_is_an_intent_to_meet(small: Pipeline) -> None:
    _r, evs = _events(small, "Iran will meet Azerbaijan next month.")
    assert [(v.cameo.code, v.modality) for v in evs] == [("036", "intended")]
    _r, evs = _events(small, "Iran plans to meet Azerbaijan next month.")
    assert [(v.cameo.code, v.modality) for v in evs] == [("036", "intended")]


def test_hoped_demanded_denied_conditional(small: Pipeline) -> None:
    _r, evs = _events(small, "Iran hopes to meet Azerbaijan soon.")
    assert evs[0].modality == "hoped"
    _r, evs = _events(small, "Iran urged Azerbaijan to meet Armenia.")
    assert any(v.modality == "demanded" for v in evs)
    _r, evs = _events(small, "Russia denied that it had attacked Ukraine.")
    assert [(v.cameo.code, v.modality) for v in evs] == [("190", "denied")]
    _r, evs = _events(small, "Iran would meet Azerbaijan if the talks resumed.")
    assert evs[0].modality == "conditional"


def test_refusing_to_meet_is_a_rejection(small: Pipeline) -> None:
    r, evs = _events(small, "Iran refused to meet Azerbaijan on Monday.")
    assert _triples(r, evs) == {("IRN", "AZE", "125")}
    assert not evs[0].negated


def test_noun_trigger_with_possessor(small: Pipeline) -> None:
    r, evs = _events(small, "Turkey's visit to Georgia was a success, officials said.")
    assert ("TUR", "GEO", "042") in _triples(r, evs)


def test_bilateral_relations_find_the_counterpart(small: Pipeline) -> None:
    r, evs = _events(small, "Georgia and Turkey held talks on Monday. Georgia wants to deepen "
                            "bilateral ties, the ministry said.")
    assert ("GEO", "TUR", "031") in _triples(r, evs) or ("GEO", "TUR", "030") in _triples(r, evs)


def test_no_pattern_no_event(small: Pipeline) -> None:
    _r, evs = _events(small, "Iran said on Monday that the weather in Azerbaijan was fine.")
    assert evs == []


def test_boilerplate_sentences_are_not_coded(small: Pipeline) -> None:
    _r, evs = _events(small, "Officials gave no details.\n\nReporting by Ann Lee; Iran met "
                             "Azerbaijan in the photo.")
    assert evs == []


def test_the_same_event_twice_is_one_event_with_two_mentions(small: Pipeline) -> None:
    _r, evs = _events(small, "Iran met Azerbaijan on Monday. In Baku, Iran met Azerbaijan "
                             "again.")
    # (one meeting, coded each way as CAMEO codes meetings: two events, each said twice)
    assert len(evs) == 2 and {(v.source, v.target) for v in evs} == {
        (evs[0].source, evs[0].target), (evs[0].target, evs[0].source)}
    assert all(v.mentions == 2 and len(v.repeats) == 1 for v in evs)


def test_meetings_talks_and_calls_are_reciprocal_visits_are_not(small: Pipeline) -> None:
    r, evs = _events(small, "Sudanese rebels met on Monday with Kofi Annan, a UN peace envoy, "
                            "in Doha. The Ghanaian president held talks with Nigerian "
                            "President Bola Tinubu by telephone.")
    pairs = {((a or "")[:3], (b or "")[:3], c) for a, b, c in _triples(r, evs)}
    assert {("GHA", "NGA"), ("NGA", "GHA")} <= {(a, b) for a, b, c in pairs if c[:2] == "04"}
    assert any(a == "SDN" and c[:2] == "04" for a, _b, c in pairs)
    assert any(b == "SDN" and c[:2] == "04" for _a, b, c in pairs)
    r, evs = _events(small, "Iranian Foreign Minister Reza Karimi visited Azerbaijan on Monday.")
    assert ("IRNGOV", "AZE", "042") in _triples(r, evs)
    assert not [v for v in evs if _actor(r, v.source) == "AZE"]


def test_speaker_is_the_source_of_a_quotation(small: Pipeline) -> None:
    r, evs = _events(small, '"We will meet Azerbaijan again," Iranian Foreign Minister Reza '
                            'Karimi said on Monday.')
    assert ("IRNGOV", "AZE", "036") in _triples(r, evs)


def test_a_quotation_calling_an_actor_evil_is_criticism(small: Pipeline) -> None:
    r, evs = _events(small, 'Iranian Foreign Minister Reza Karimi said: "The Zionist regime '
                            'is the main center of evil in the region."')
    assert ("IRNGOV", "ISRGOV", "111") in _triples(r, evs)


def test_a_coercive_act_announced_for_later_is_a_threat(pipeline: Pipeline) -> None:
    art = from_text("Georgia said it would impose sanctions on Russia next month.",
                    published="2024-03-09")
    assert isinstance(art, Article)
    result = pipeline.analyze(art)
    assert isinstance(result, Analysis)
    codes = {(v.cameo.code, v.modality) for v in result.events}
    assert ("1312", "intended") in codes  # threaten to sanction, not 163


def _place_of(r: Analysis, v: Event) -> str | None:
    return next((p.name for p in r.places if p.id == v.place), None)


def test_an_event_happens_where_its_own_clause_says(small: Pipeline) -> None:
    r, evs = _events(small, "An official who lives in Paris said President Ilham Aliyev met "
                            "Ali Shamkhani in Baku on Monday.")
    meetings = [v for v in evs if v.cameo.code == "040"]
    assert len(meetings) == 2  # (one each way)
    assert all(_place_of(r, meeting) == "Baku" for meeting in meetings)


def test_an_event_happens_where_its_own_verb_says_not_in_a_clause_inside_it(
        small: Pipeline) -> None:
    # "who visited Paris" hangs inside the meeting's clause; "in Berlin" on its object
    r, evs = _events(small, "The president, who visited Paris last week, met the German "
                            "chancellor in Berlin on Monday.")
    meetings = [v for v in evs if v.cameo.code == "040"]
    assert meetings and all(_place_of(r, m) == "Berlin" for m in meetings)
    (visit,) = [v for v in evs if v.cameo.code == "042"]
    assert _place_of(r, visit) == "Paris"


def test_a_place_named_only_in_a_quotation_is_not_where_the_event_happened(
        small: Pipeline) -> None:
    r, evs = _events(small, '"We will march in Minsk," the protesters said before police '
                            'arrested 12 of them on Sunday in Warsaw.')
    (arrest,) = [v for v in evs if v.cameo.code == "173"]
    assert _place_of(r, arrest) == "Warsaw"


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a noun of places stands where its place's name says
    ("KYIV, March 3 - Russian forces shelled the city of Kherson overnight.", "shelled",
     "Kherson"),
    ("DAMASCUS, Dec 8 - Israel moved troops into the buffer zone on the Golan Heights and "
     "struck the port of Latakia.", "struck", "Latakia"),
    ("MEXICO CITY, Jan 14 - Gunmen killed 11 people at a bar in Guanajuato state.", "killed",
     "Guanajuato"),
    ("YEREVAN, Dec 1 - Prime Minister Pashinyan visited Syunik province on Monday.",
     "visited", "Syunik'"),
    # a town inside the area the clause names first is more precise
    ("ADDIS ABABA, Nov 9 - In Oromia, gunmen abducted 12 students near Ambo.", "abducted",
     "Hāgere Hiywet"),
    ("KYIV - In Donetsk region, a Russian missile killed five civilians in the town of "
     "Kramatorsk.", "killed", "Kramatorsk"),
    ("MEXICO CITY - In Sinaloa, gunmen killed five people on the outskirts of Culiacan.",
     "killed", "Culiacán"),
    # a country the clause names as where, before a dateline in another; never a place
    # told in a time phrase about another act
    ("ANKARA, Oct 24 - Turkey's air force struck Kurdish militant targets in Iraq and Syria "
     "after an attack on a defence company near Ankara killed five people.", "struck", "Iraq"),
    # (not a town the act's people come from, nor a road's end)
    ("HOUSTON - In Texas, police arrested a man from Houston on Monday.", "arrested",
     "Texas"),
    # (not a town of another clause outside it)
    ("MEXICO CITY, Jan 14 - Gunmen killed 11 people at a bar in Guanajuato state, and clashes "
     "between cartels in Culiacan left six dead.", "killed", "Guanajuato"),
])
def test_the_place_of_an_event_is_the_most_precise_scene_of_its_clause(
        pipeline: Pipeline, text: str, trigger: str, place: str) -> None:
    r, evs = _events(pipeline, text)
    (ev,) = [v for v in evs if v.evidence.text == trigger]
    assert _place_of(r, ev) == place


def test_strikes_that_hit_a_city_s_suburbs_are_an_attack_on_its_country(
        pipeline: Pipeline) -> None:
    _, events = _events(pipeline, "BEIRUT, Oct 4 - Israeli strikes hit the southern suburbs of "
                                  "Beirut on Friday, Lebanese officials said.")
    assert [v.cameo.code for v in events if v.evidence.text == "hit"] == ["190"]


def test_protective_gear_sent_to_an_army_is_military_aid(pipeline: Pipeline) -> None:
    _, events = _events(pipeline, "Germany sent 5,000 helmets and body armour to Ukraine.")
    assert [v.cameo.code for v in events if v.evidence.text == "sent"] == ["072"]


@pytest.mark.parametrize(("text", "code"), [
    ("Latvia expelled a Russian teacher on Monday.", "174"),  # no diplomat: a deportation
    ("Pakistan expelled two Indian officials.", "161"),
    ("Latvia expelled Pavel Jurin, a Russian diplomat.", "161"),
])
def test_an_expelled_person_is_an_official_only_when_the_text_says_so(
        pipeline: Pipeline, text: str, code: str) -> None:
    _, events = _events(pipeline, text)
    assert [v.cameo.code for v in events if v.evidence.text == "expelled"] == [code]


def test_a_deportation_with_no_doer_is_the_country_it_is_from(pipeline: Pipeline) -> None:
    a, events = _events(pipeline, "Two Chinese nationals were deported from the Philippines "
                                  "for illegal work.")
    deported = [v for v in events if v.evidence.text == "deported"]
    assert deported and deported[0].inferred == ["source"]
    assert {e.id: e.actor.code for e in a.entities if e.actor}[deported[0].source] == "PHL"


def test_an_infinitive_the_model_makes_a_clause_is_what_is_allowed(pipeline: Pipeline) -> None:
    # spaCy parses "allowed the refugees to return" as a clause with its own subject
    _, events = _events(pipeline, "The government allowed the refugees to return home.")
    assert [v.cameo.code for v in events if v.evidence.text == "allowed"] == ["0833"]


def test_suspending_a_broadcasters_transmissions_is_a_media_restriction(
        pipeline: Pipeline) -> None:
    _, events = _events(pipeline, "Burkina Faso suspended the broadcasts of Radio France "
                                  "Internationale.")
    assert [v.cameo.code for v in events if v.evidence.text == "suspended"] == ["1721"]


@pytest.mark.parametrize(("text", "code"), [
    ("Rebels captured the town of Gao from the army.", "192"),
    ("M23 rebels captured Goma on Monday.", "192"),
    ("Troops captured a senior al-Shabab commander near Kismayo.", "173"),
])
def test_what_is_captured_says_what_capturing_is(pipeline: Pipeline, text: str,
                                                 code: str) -> None:
    _, events = _events(pipeline, text)
    assert [v.cameo.code for v in events if v.evidence.text == "captured"] == [code]


def test_a_camera_capturing_a_scene_is_no_occupation(pipeline: Pipeline) -> None:
    _, events = _events(pipeline, "CCTV captured their arrival at the building.")
    assert not [v for v in events if v.evidence.text == "captured"]


def test_a_named_town_taken_is_the_target(pipeline: Pipeline) -> None:
    a, events = _events(pipeline, "M23 rebels captured Goma on Monday.")
    names = {e.id: e.name for e in a.entities}
    assert [names.get(v.target) for v in events if v.evidence.text == "captured"] == ["Goma"]


def test_a_court_overturning_a_decision_rejects_its_author(pipeline: Pipeline) -> None:
    a, events = _events(pipeline, "Senegal's Constitutional Council overturned the "
                                  "president's decision to postpone the election.")
    hits = [v for v in events if v.evidence.text == "overturned"]
    codes = {e.id: e.actor.code for e in a.entities if e.actor}
    assert [(v.cameo.code, codes.get(v.target)) for v in hits] == [("120", "SENGOV")]


def test_blocking_a_package_rejects_whoever_proposed_it(pipeline: Pipeline) -> None:
    a, events = _events(pipeline, "Hungary blocked the EU's new sanctions package against "
                                  "Russia.")
    codes = {e.id: e.actor.code for e in a.entities if e.actor}
    assert [(v.cameo.code, codes.get(v.target)) for v in events
            if v.evidence.text == "blocked"] == [("120", "IGOEEC")]


@pytest.mark.parametrize(("text", "code"), [
    ("Ukraine said Russia had launched 120 drones overnight.", "1952"),
    ("Russia launched dozens of drones at Kyiv on Sunday.", "1952"),   # a count of them
    ("The army fired hundreds of shells at rebel positions.", "194"),
])
def test_drones_launched_and_counts_of_munitions(pipeline: Pipeline, text: str,
                                                 code: str) -> None:
    _, events = _events(pipeline, text)
    assert code in [v.cameo.code for v in events if v.evidence.text in ("launched", "fired")]


def test_approving_anothers_bid_endorses_it(pipeline: Pipeline) -> None:
    a, events = _events(pipeline, "Turkey's parliament approved Sweden's bid to join NATO.")
    codes = {e.id: e.actor.code for e in a.entities if e.actor}
    assert [(v.cameo.code, codes.get(v.target)) for v in events
            if v.evidence.text == "approved"] == [("051", "SWE")]
    # ... approving one's own plan endorses no one
    _, own = _events(pipeline, "Israel's cabinet decided to approve a plan on Sunday.")
    assert not [v for v in own if v.evidence.text == "approve"]


@pytest.mark.parametrize(("text", "taken"), [
    ('"Hungary must stop holding the whole union hostage," he said.', False),
    ("Republicans held the budget hostage for weeks.", False),
    ("Gunmen took 30 villagers hostage in Niger.", True),
    ("Rebels held two Italian aid workers hostage for a year.", True),
])
def test_a_body_or_a_budget_held_hostage_is_a_figure_of_speech(pipeline: Pipeline, text: str,
                                                                taken: bool) -> None:
    _, events = _events(pipeline, text)
    assert any(v.cameo.code == "181" for v in events) is taken


def test_appealing_a_ruling_is_a_legal_challenge(pipeline: Pipeline) -> None:
    _, events = _events(pipeline, "A federal judge blocked the policy on Friday. The Justice "
                                  "Department appealed the ruling to the Supreme Court.")
    assert [v.cameo.code for v in events if v.evidence.text == "appealed"] == ["115"]
