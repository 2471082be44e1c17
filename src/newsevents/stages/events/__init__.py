"""Events: who did what to whom, coded in CAMEO and PLOVER from the parse.

One home per kind of rule:

* :mod:`.coder` -- predicates of the lexicon (``knowledge/data/events.tsv``) and
  their arguments, modality, negation, places and dates: the coder itself;
* :mod:`.statements` -- what quotations and reported speech do: criticism and
  praise of an actor, called so in the speaker's own words;
* :mod:`.candidates` -- the event found, before it is assembled into a record.
"""

from .coder import STAGE, code_events

__all__ = ["STAGE", "code_events"]
