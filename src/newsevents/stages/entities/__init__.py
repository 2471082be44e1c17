"""Entities: mentions grouped into document-level entities.

News names a person once in full and then by surname, title, role or
pronoun. This stage collects every kind of mention and groups them, in text
order, the way a careful reader does:

* **names** (spaCy NER, with errors fixed by what the grouping reveals: a
  surname tagged ORG, a country adjective tagged PERSON); a surname or
  ``Mr./President X`` joins the most salient person with that surname; an
  initial joins the full name it abbreviates;
* **titles and appositives** ("Azerbaijani President Ilham Aliyev", "Ali
  Shamkhani, the Secretary of Iran's Supreme National Security Council")
  become the person's ``descriptions``: role words, country, organisation;
* **role descriptions** ("the SNSC chief", "The Azeri president", "his
  Iranian counterpart") join the earlier person whose description is
  compatible (same country, organisation, role); a group noun with no such
  person ("Senegalese police", "the protesters") becomes an entity itself;
* **pronouns** (he/she/him/his/her) join the person who is the subject of the
  current or the closest earlier sentence, else the most recent person;
* **acronyms** ("(SNSC)" after a name, or matching its initials) join the
  organisation; **country references** (Iran, Iranian, Iranians, the
  Republic of ..., a capital used as the government's name: "Tehran
  considers") are one entity per country; **metonyms** and IGOs from the
  knowledge base ("the Kremlin", "the Zionist regime", "the U.N.") are
  entities of their own.

The actor codes are the next stage's work (:mod:`newsevents.stages.actors`).
"""

from __future__ import annotations

from .model import Cluster, Mention, mention_span, quoted_regions
from .resolver import STAGE, Resolver, find_entities
from .words import ENTITY_LABELS

__all__ = ["ENTITY_LABELS", "STAGE", "Cluster", "Mention", "Resolver", "find_entities",
           "mention_span", "quoted_regions"]
