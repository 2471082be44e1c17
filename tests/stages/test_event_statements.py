"""What quotations do (newsevents.stages.events.statements): criticism and praise
of an actor in the speaker's own words, accusations in reported speech, and the
statements that are no event. Texts of the project's own, one per rule."""

from __future__ import annotations

import pytest

from newsevents import Analysis, Article, Pipeline, from_text
from newsevents.stages.events.statements import CRITICISM, PRAISE, judgement


def _run(pipeline: Pipeline, text: str) -> Analysis:
    art = from_text(text, published="2024-03-09")
    assert isinstance(art, Article)
    result = pipeline.analyze(art)
    assert isinstance(result, Analysis), result
    return result


def _code(result: Analysis, eid: str | None) -> str | None:
    e = next((e for e in result.entities if e.id == eid), None)
    return e.actor.code if e is not None and e.actor is not None else None


def _facts(result: Analysis) -> set[tuple[str | None, str, str | None, str]]:
    return {(_code(result, v.source), v.cameo.code, _code(result, v.target), v.evidence.text)
            for v in result.events if not v.negated}


@pytest.mark.parametrize(("text", "expected"), [
    ("a shameless power grab", CRITICISM),
    ("This government is corrupt and its ministers are liars", CRITICISM),
    ("He was a brilliant statesman who made a great contribution to our nation", PRAISE),
    ("Thanks to all the brave emergency crews who came to help us tonight", PRAISE),
    ("We will meet again on Thursday to discuss the timetable", None),
    ("The U.S. side is abusing unilateral sanctions", CRITICISM),  # VADER: -0.46 only
    # praise of a victim with the condemnation of the violence done to them (VADER: +0.39)
    ("the senseless killing of a courageous journalist doing his job despite threats and "
     "intimidation", CRITICISM),
    # ... but praise and blame of no violence are left to the valence
    ("a brutal but courageous reform", None),
    ("The European Union's decision is courageous and ends a dangerous standoff", None),
])
def test_a_quotation_is_judged_by_its_words_then_by_its_valence(text: str,
                                                                 expected: str | None) -> None:
    assert judgement(text) == expected


def test_a_quotation_that_condemns_an_actor_is_criticism_of_it(pipeline: Pipeline) -> None:
    r = _run(pipeline, '"President Ruto has betrayed the people and his government is '
                       'corrupt," said Kenyan opposition leader Raila Odinga.')
    assert ("KENOPP", "111", "KENGOV", "said") in _facts(r)


def test_naming_an_earlier_act_criticises_its_doer(pipeline: Pipeline) -> None:
    r = _run(pipeline, "Hungarian police arrested 40 protesters in Budapest on Monday. "
                       'Opposition leader Maria Kovacs called the arrests "a disgrace" on '
                       "Tuesday.")
    facts = _facts(r)
    assert ("HUNOPP", "111", "HUNCOP", "called") in facts
    # "on Tuesday" dates the naming; it does not make "called" an appeal ("call on")
    assert not any(code.startswith("02") for _s, code, _t, _w in facts)


def test_a_tribute_in_a_quotation_praises_the_one_it_speaks_of(pipeline: Pipeline) -> None:
    r = _run(pipeline, "Former Ghanaian president Kwesi Ampofo died on Sunday. Ghanaian "
                       'President Nana Akufo-Addo said: "He was a brilliant statesman who made '
                       'a great contribution to our nation."')
    assert ("GHAGOV", "051", "GHAELI", "said") in _facts(r)


def test_paying_tribute_is_praise(pipeline: Pipeline) -> None:
    r = _run(pipeline, "Chilean President Gabriel Boric paid tribute to Argentine President "
                       "Alberto Fernandez on Friday.")
    assert {(s, c[:3], t) for s, c, t, _w in _facts(r)} == {("CHLGOV", "051", "ARGELI")}


def test_a_bad_news_quotation_that_judges_no_actor_is_no_event(pipeline: Pipeline) -> None:
    r = _run(pipeline, '"The attack killed twelve people and wounded many more," said a '
                       "Kenyan police spokesman, Bruno Shioso.")
    assert not [v for v in r.events if v.evidence.text == "said"]


def test_a_claim_about_what_an_actor_does_accuses_it(pipeline: Pipeline) -> None:
    r = _run(pipeline, "Protesters in Lima have claimed Chile is secretly funding the rebels.")
    assert ("PEROPP", "112", "CHL", "claimed") in _facts(r)


def test_a_claim_about_things_accuses_no_one(pipeline: Pipeline) -> None:
    r = _run(pipeline, "Lawmakers claimed 40 people were dead.")
    assert not [v for v in r.events if v.evidence.text == "claimed"]


def test_attacking_a_decision_is_criticism_not_an_assault(pipeline: Pipeline) -> None:
    r = _run(pipeline, "Senator Elena Ruiz attacked the government's budget as reckless on "
                       "Thursday.")
    codes = {c for _s, c, _t, w in _facts(r) if w == "attacked"}
    assert codes == {"111"}


def test_an_act_a_speaker_names_is_judged_not_done_again(pipeline: Pipeline) -> None:
    # 'called the stabbing "..."': the stabbing is what is judged; the minister did not
    # stab anyone, and whoever did is not named here
    r = _run(pipeline, 'Interior Minister Anna Novak called the shooting "a cowardly and '
                       'barbaric crime."')
    assert [(c, w) for _s, c, _t, w in _facts(r)] == [("111", "called")]


def test_leaders_who_pay_tribute_together_do_not_praise_each_other(pipeline: Pipeline) -> None:
    r = _run(pipeline, "Tributes were paid on Sunday by heads of state such as Kenyan President "
                       "Amina Odhiambo and Ugandan President Joseph Okello.")
    tributes = [(s, c, t) for s, c, t, w in _facts(r) if w == "paid"]
    assert {(s, c) for s, c, _t in tributes} == {("KENGOV", "051"), ("UGAGOV", "051")}
    assert all(t is None for _s, _c, t in tributes)  # not each other, not "Tributes"


def test_countries_that_agree_together_agree_with_each_other(pipeline: Pipeline) -> None:
    r = _run(pipeline, "Kenya and Uganda agreed to reopen the border on Friday.")
    assert {(s, t) for s, _c, t, w in _facts(r) if w == "agreed"} == {("KEN", "UGA"),
                                                                       ("UGA", "KEN")}


@pytest.mark.parametrize("text", [
    "Rights groups in Kampala condemned the crackdown that the Ugandan army launched on Monday.",
    "Opposition leaders in Kampala denounced the decree that the Ugandan army issued.",
])
def test_criticism_of_an_act_is_aimed_at_its_doer(pipeline: Pipeline, text: str) -> None:
    r = _run(pipeline, text)
    assert [t for _s, c, t, _w in _facts(r) if c == "111"] == ["UGAMIL"]


def test_attacking_a_recognition_is_criticism(pipeline: Pipeline) -> None:
    r = _run(pipeline, "Hungarian Prime Minister Viktor Orban attacked the recognition of the "
                       "breakaway region by the government of Slovakia.")
    assert {(s, c) for s, c, _t, w in _facts(r) if w == "attacked"} == {("HUNGOV", "111")}


def test_tributes_and_condolences_go_to_the_one_who_died(pipeline: Pipeline) -> None:
    r = _run(pipeline, "Former Malawian president Peter Banda died on Tuesday aged 88. Tributes "
                       "were paid on Wednesday by Zambian President Grace Mwale, and Tanzanian "
                       "President Juma Kikwete offered his condolences.")
    assert {(s, c[:3], t) for s, c, t, w in _facts(r) if w in ("paid", "offered")} == {
        ("ZMBGOV", "051", "MWIELI"), ("TZAGOV", "018", "MWIELI")}


def test_a_claim_that_something_is_someones_doing_accuses_them(pipeline: Pipeline) -> None:
    a = _run(pipeline, "Critics from all parties have claimed the decree is a ploy by "
                       "President Ignacio Pardo to silence the Senate.")
    names = {e.id: e.name for e in a.entities}
    acc = [v for v in a.events if v.cameo.code == "112"]
    assert acc and names.get(acc[0].target or "") == "Ignacio Pardo"
    assert (acc[0].source and names[acc[0].source].startswith("Critics"))


def test_a_claim_parsed_as_an_object_still_accuses(pipeline: Pipeline) -> None:
    for text in ("Protesters in Basra have claimed Iran, in particular, is quietly steering "
                 "their parliament.", "Protesters have claimed Turkey, notably, is secretly "
                 "arming the militias."):
        a = _run(pipeline, text)
        acc = [v for v in a.events if v.cameo.code == "112"]
        codes = {e.id: (e.actor.code if e.actor else None) for e in a.entities}
        assert acc and codes[acc[0].target] in ("IRN", "TUR"), text


def test_saying_someone_is_behind_something_accuses_them(pipeline: Pipeline) -> None:
    a = _run(pipeline, "Uganda's army spokesman said Rwanda was behind the raids on the border.")
    assert ("UGAMIL", "112", "RWA", "said") in _facts(a)
    b = _run(pipeline, "Uganda's army spokesman said Rwanda was not behind the raids.")
    assert not [f for f in _facts(b) if f[1] == "112"]


def test_evidence_said_to_show_someone_behind_something_accuses_them(
        pipeline: Pipeline) -> None:
    a = _run(pipeline, "Kenya's interior minister said there were credible allegations that "
                       "Somalia was behind the attack.")
    assert ("KENGOV", "112", "SOM", "said") in _facts(a)
    b = _run(pipeline, "Kenya's interior minister said there was no evidence that Somalia was "
                       "behind the attack.")
    assert not [f for f in _facts(b) if f[1] == "112"]


def test_naming_someone_the_perpetrators_accuses_them(pipeline: Pipeline) -> None:
    a = _run(pipeline, "A Philippine army spokesman said the New People's Army rebels were the "
                       "suspected perpetrators of the bombing in Davao.")
    acc = [f for f in _facts(a) if f[1] == "112"]
    assert acc and acc[0][0] == "PHLMIL" and (acc[0][2] or "").startswith("PHL")


@pytest.mark.parametrize(("text", "fact"), [
    # a comment that judges is the criticism or praise it makes, not a plain statement
    ('Kenyan opposition leader Raila Odinga commented on the Kenyan government\'s decision: '
     '"This is a shameless power grab and a disgrace."',
     ("KENOPP", CRITICISM, "KENGOV", "commented")),
    ('Kenyan opposition leader Raila Odinga commented, "The Kenyan government is corrupt '
     'and its ministers are liars."', ("KENOPP", CRITICISM, "KENGOV", "commented")),
])
def test_a_judging_comment_is_criticism_or_praise(pipeline: Pipeline, text: str,
                                                  fact: tuple[str, str, str, str]) -> None:
    assert fact in _facts(_run(pipeline, text))


def test_a_quotation_said_of_a_clauses_subject_judges_it(pipeline: Pipeline) -> None:
    # 'said X's plan was "..."': the quotation is what the clause says of its subject
    facts = _facts(_run(pipeline, 'Kenyan opposition leader Raila Odinga said the Kenyan '
                                  'government\'s plan was "a shameless power grab."'))
    assert ("KENOPP", CRITICISM, "KENGOV", "said") in facts


def test_a_quotation_that_is_what_a_named_actor_did_judges_it(pipeline: Pipeline) -> None:
    # 'said X had "..."': the quotation is X's deed, praised or condemned
    r = _run(pipeline, 'Kenyan opposition leader Raila Odinga said President William Ruto '
                       '"treats the rule of law with utter contempt and lies to the nation".')
    assert ("KENOPP", "111", "KENGOV", "said") in _facts(r)
    r = _run(pipeline, "Amnesty International's director in Argentina, Mariela Belski, said "
                       'President Alberto Fernandez had "heard the demands of women and shown '
                       'great courage".')
    assert any(code == "051" and (target or "").startswith("ARG")
               for _s, code, target, _t in _facts(r)), _facts(r)


def test_the_medium_something_is_said_on_is_not_judged(pipeline: Pipeline) -> None:
    # "said on CNN's programme" says where; "commented on the decision" says about what
    result = _run(pipeline, 'Kenyan Foreign Minister Musalia Mudavadi said on the BBC\'s '
                            'Focus on Africa programme: "This is a shameful betrayal."')
    assert not [f for f in _facts(result) if f[1] == "111" and f[2] is not None], \
        _facts(result)
    # a broadcaster the tables code by country only, its programme's title misparsed
    result = _run(pipeline, 'Kenyan Foreign Minister Musalia Mudavadi said on Voice of '
                            'America\'s Africa in Focus programme "This is a shameful betrayal."')
    assert not [f for f in _facts(result) if f[1] == "111" and f[2] is not None], \
        _facts(result)
    result = _run(pipeline, 'Kenyan Foreign Minister Musalia Mudavadi commented on the '
                            'Ugandan government\'s decision: "This is a shameful betrayal."')
    assert ("KENGOV", "111", "UGAGOV", "commented") in _facts(result), _facts(result)


def test_naming_an_act_with_a_judging_word_judges_its_doer(pipeline: Pipeline) -> None:
    a = _run(pipeline, "The European Union imposed new sanctions on Russia on Friday. Russia's "
                       "foreign ministry called the sanctions illegal.")
    assert ("RUSGOV", "111", "IGOEEC", "called") in _facts(a)
    b = _run(pipeline, "Moscow described the EU's sanctions as illegal.")
    assert ("RUS", "111", "IGOEEC", "described") in _facts(b)
    # a word that judges nothing, or one's own side, is no criticism
    c = _run(pipeline, "Russia's foreign ministry called the sanctions a new package.")
    assert not [f for f in _facts(c) if f[1] == "111"]
    d = _run(pipeline, "The main opposition party boycotted the vote. The Bangladesh Nationalist "
                       "Party called the vote a sham.")
    assert not [f for f in _facts(d) if f[1] == "111" and f[0] == f[2]]
    # "the trial" is the court's sentence told before
    e = _run(pipeline, "A court in Minsk sentenced the Polish journalist Marek Nowak to eight "
                       "years in a penal colony. Warsaw called the trial a farce.")
    assert ("POL", "111", "BLRJUD", "called") in _facts(e), _facts(e)


def test_a_demand_the_parser_hangs_on_a_reported_clause_is_the_speakers(
        pipeline: Pipeline) -> None:
    a = _run(pipeline, "The United States said the election was not free or fair and urged the "
                       "government of Bangladesh to release opposition activists.")
    assert [f for f in _facts(a) if f[0] == "USA" and f[3] == "urged"]
    # a clause whose subject is an actor keeps its own subject
    b = _run(pipeline, "Kenya said Somalia was massing troops and demanded talks.")
    assert not [f for f in _facts(b) if f[0] == "KEN" and f[3] == "massing"]


@pytest.mark.parametrize("text", [
    "Indian officials said the allegations that India was behind the killing were absurd.",
    "The German government said there was little evidence that Russia was behind the attack.",
    "Italian Prime Minister Giorgia Meloni described Tunisia as a key partner in the fight "
    "against illegal migration.",
])
def test_words_about_an_allegation_or_inside_a_phrase_accuse_no_one(pipeline: Pipeline,
                                                                     text: str) -> None:
    assert not [f for f in _facts(_run(pipeline, text)) if f[1] in ("111", "112")]


def test_calling_ones_own_government_illegitimate_criticises_it(pipeline: Pipeline) -> None:
    # the president and the government share a code; the judge is still not the judged
    r = _run(pipeline, "Moldovan President Maia Sandu called the government illegitimate on "
                       "Monday.")
    assert ("MDAGOV", "111", "MDAGOV", "called") in _facts(r), _facts(r)


def test_naming_an_act_a_provocation_criticises_its_doer(pipeline: Pipeline) -> None:
    # the parser may make the judging noun a second object of "called"
    r = _run(pipeline, "Finland's parliament voted to send troops to Estonia. Moscow called the "
                       "decision a provocation and warned of \"countermeasures.\"")
    assert any(f[1] == "111" and f[0] == "RUS" and (f[2] or "").startswith("FIN")
               for f in _facts(r)), _facts(r)


def test_the_move_a_judge_names_is_not_its_own_sides(pipeline: Pipeline) -> None:
    # "the move" is China's export ban, not the US tariffs told later in the same sentence
    r = _run(pipeline, "China banned exports of gallium to the United States on Tuesday, days "
                       "after Washington raised tariffs on Chinese goods. U.S. Commerce "
                       "Secretary Gina Raimondo called the move \"a mistake\".")
    assert any(f[1] == "111" and f[3] == "called" and f[2] == "CHN" for f in _facts(r)), \
        _facts(r)


def test_a_claim_in_a_verb_joined_to_another_is_its_subjects(pipeline: Pipeline) -> None:
    r = _run(pipeline, "Serbian officials denied the charge and said Croatia was violating the "
                       "rights of asylum seekers.")
    assert ("SRBGOV", "112", "HRV", "said") in _facts(r), _facts(r)


def test_welcoming_a_decision_is_aimed_at_the_act_not_at_a_warning(pipeline: Pipeline) -> None:
    # "the decision" is the sanctions imposed, not the warning told between
    r = _run(pipeline, "The United States imposed sanctions on two Chinese companies. The "
                       "sanctions come a week after Antony Blinken warned Chinese officials "
                       "that support for Russia would have consequences. Ukraine's President "
                       "Volodymyr Zelensky welcomed the decision.")
    assert ("UKRGOV", "051", "USA", "welcomed") in _facts(r)


def test_the_attack_condemned_is_the_one_told_as_a_noun_before(pipeline: Pipeline) -> None:
    # the attack is told as a noun in the first sentence; the security forces' killing
    # of the attackers comes after it and is no attack the president condemns
    r = _run(pipeline, "At least 15 people were killed when militants stormed a hotel in "
                       "Mogadishu, in the latest attack by al-Shabab. Security forces ended "
                       "the siege, killing all six attackers. President Hassan Sheikh "
                       "Mohamud condemned the attack.")
    condemned = [(s, t) for s, c, t, w in _facts(r) if w == "condemned"]
    assert condemned == [("SOMGOV", "SOMINS")]


def test_a_judgement_in_a_clause_on_the_act_named_judges_its_doer(pipeline: Pipeline) -> None:
    # "X did Y, a move Z called ...": the clause on the appositive names the act
    a = _run(pipeline, "The White House announced new export controls on advanced chips to "
                       "China, a move Beijing called economic bullying.")
    assert ("CHN", "111", "USAGOV", "called") in _facts(a), _facts(a)
    b = _run(pipeline, "Kenya's High Court jailed opposition leader Raila Odinga on Monday, a "
                       "verdict his party called a travesty.")
    assert any(f[1:] == ("111", "KENJUD", "called") for f in _facts(b)), _facts(b)


def test_a_criticism_that_pities_ordinary_people_blames_the_doer_before_it(
        pipeline: Pipeline) -> None:
    # "People will suffer" does not criticise the people: whoever acted before it
    a = _run(pipeline, "Police arrested 40 opposition activists in Harare on Monday. \"People "
                       "will suffer for this,\" said Tendai Biti, a lawyer.")
    said = [v for v in a.events if v.evidence.text == "said"]
    assert said and said[0].cameo.code == "111"
    assert _code(a, said[0].target) == "ZWECOP" and "target" in said[0].inferred
    # ... and praising them is praise of them
    b = _run(pipeline, "\"Ordinary people have been heroic,\" said Tendai Biti, a lawyer in "
                       "Harare.")
    assert any(f[1] == "051" and f[2] is not None and f[2].endswith("CVL") for f in _facts(b))


def test_a_trial_told_with_its_reactions(pipeline: Pipeline) -> None:
    a = _run(pipeline, "A Turkish court on Wednesday sentenced Istanbul Mayor Ekrem Imamoglu to "
                       "two years in prison for insulting election officials. The main "
                       "opposition Republican People's Party (CHP) called the verdict "
                       "politically motivated. The Turkish justice ministry rejected the "
                       "criticism.")
    facts = _facts(a)
    # a judging phrase read in text order; the subject that names someone, of two
    assert ("TUROPP", "111", "TURJUD", "called") in facts, facts
    # the act a court punished is the mayor's, not the court's: the criticism rejected
    # is the party's
    assert not [f for f in facts if f[0] == "TURJUD" and f[1] == "111"]
    assert any(f[1].startswith("01") and f[0] == "TURGOV" and f[2] == "TUROPP"
               and f[3] == "rejected" for f in facts), facts


def test_a_quotation_judging_a_decision_told_before_judges_its_maker(pipeline: Pipeline) -> None:
    a = _run(pipeline, "A Turkish court on Wednesday sentenced Istanbul Mayor Ekrem Imamoglu to "
                       "two years in prison. Thousands of supporters gathered outside his office "
                       "in the evening. \"This decision is a stain on Turkish democracy,\" "
                       "opposition leader Ozgur Ozel told the crowd.")
    # the decision is the court's, not the crowd's protest told last
    assert ("TUROPP", "111", "TURJUD", "told") in _facts(a), _facts(a)


def test_what_reported_speech_says_an_act_is_judges_its_doer(pipeline: Pipeline) -> None:
    result = _run(pipeline, "Ivory Coast's constitutional council barred Tidjane Thiam from "
                            "running in the presidential election. The PDCI said the decision "
                            "was politically motivated.")
    assert ("CIVOPP", CRITICISM, "CIVJUD", "said") in _facts(result), _facts(result)
    # (a judgement in the speaker's own quoted words is the quotation's, not this rule's)
    result = _run(pipeline, "The minister said the talks were constructive.")
    assert not result.events


def test_calling_an_arrest_a_coup_condemns_it(pipeline: Pipeline) -> None:
    result = _run(pipeline, "Turkish police arrested Istanbul Mayor Ekrem Imamoglu on Wednesday. "
                            "The Republican People's Party called the arrest a coup.")
    assert ("TUROPP", CRITICISM, "TURCOP", "called") in _facts(result), _facts(result)


def test_a_court_ruling_that_an_actor_did_wrong_finds_it_liable(pipeline: Pipeline) -> None:
    result = _run(pipeline, "Sri Lanka's Supreme Court ruled on Tuesday that the government had "
                            "violated the constitution by postponing local elections.")
    assert ("LKAJUD", "116", "LKAGOV", "ruled") in _facts(result), _facts(result)


def test_a_defendants_lawyers_judge_the_court_that_charged_him(pipeline: Pipeline) -> None:
    result = _run(pipeline, "A Ugandan military court charged Kizza Besigye with treason. His "
                            "lawyers said the charges were politically motivated.")
    assert ("UGAJUD", "111", "UGAJUD", "said") in _facts(result), _facts(result)
