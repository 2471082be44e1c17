"""Events: who did what to whom, coded in CAMEO and PLOVER from the parse.

One home per kind of rule:

* :mod:`.coder` -- matches the predicates of the lexicon
  (``knowledge/data/events.tsv``) and assembles the events: the coder itself;
* :mod:`.participants` -- who a phrase names (names, pronouns, "its neighbour",
  "members of", "both sides");
* :mod:`.arguments` -- the doer and the target of a matched predicate;
* :mod:`.mood` -- modality and negation: intended, hoped, demanded, denied, refused;
* :mod:`.anaphora` -- acts and actors referred back to;
* :mod:`.conventions` -- what news and CAMEO conventions give when the text leaves
  it unsaid (arrests by the authorities of the place, crowds before a seat of power);
* :mod:`.setting` -- where and when an event happened;
* :mod:`.statements` -- what quotations and reported speech do: criticism and
  praise of an actor, called so in the speaker's own words;
* :mod:`.grammar` -- the word lists the rules share (``knowledge/data/event_words.tsv``);
* :mod:`.candidates` -- the event found, before it is assembled into a record.
"""

from .coder import STAGE, code_events

__all__ = ["STAGE", "code_events"]
