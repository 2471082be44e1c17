"""The resolver: every kind of mention, placed in text order, then the
passes over the whole article."""

from __future__ import annotations

from ...records import Entity
from .. import Context, Stage
from .merging import Merging
from .model import Cluster, _initials, _span, _strip_det


class Resolver(Merging):
    """Mentions of one article grouped into its entities."""

    def run(self) -> list[Entity]:
        mentions = self._name_mentions()
        for m in sorted(mentions, key=lambda m: m.start):
            words = m.text.split()
            if m.label == "ORG" and m.kind == "name" and len(words) > 1 and words[-1].isalpha():
                self.org_heads.setdefault(words[-1].casefold(), []).append(m)
        self.igo_mentions = [m for m in sorted(mentions, key=lambda m: m.start)
                             if m.kind == "igo" and self.kb.igo_kinds.get(m.key[4:]) == "IGO"]
        self.initials_ahead = {_initials(m.text): m.key for m in mentions
                               if m.kind in ("metonym", "igo") and len(m.text.split()) > 1}
        mentions += self._nominal_mentions()
        mentions += self._pronoun_mentions()
        mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
        for m in mentions:
            self._place(m)
        self._late_surnames()
        self._other_names()
        self._inverted_appositives()
        self._titles_by_parse()
        self._org_anaphora()
        self._same_words()
        self._one_body_by_country()
        self._one_force()
        self._one_perpetrator()
        self._one_armed_group()
        self._role_then_name()
        self._cataphora()
        self._role_before_name()
        self._kin_named()
        self._kin_by_owner()
        self._party_adjectives()
        return self._records()

    def _records(self) -> list[Entity]:
        clusters = sorted(self.clusters, key=lambda c: c.first)
        out = []
        for n, c in enumerate(clusters, start=1):
            mentions = sorted({(m.start, m.end) for m in c.mentions}
                              | {(a.start, a.end) for a in c.appositives})
            spans = [_span(self.text, s, e) for s, e in mentions]
            descs = sorted({(d.start, d.end) for d in c.descriptions})
            out.append(Entity(
                id=f"e{n}", name=self._name(c), type=c.label, mentions=spans,
                descriptions=[_span(self.text, s, e) for s, e in descs]))
        return out

    def _name(self, c: Cluster) -> str:
        kinds = {m.kind for m in c.mentions}
        if "country" in kinds or "capital" in kinds:
            iso = c.mentions[0].country or ""
            return self.kb.country_label.get(iso, c.mentions[0].text)
        if "metonym" in kinds or "igo" in kinds:
            # (the tables' name as written, even where its initials came first)
            return _strip_det(next(m for m in c.mentions if m.kind in ("metonym", "igo")).text)
        if c.names:  # the longest: a full name, an organisation's long form
            return max(c.names, key=lambda n: (len(n.split()), len(n)))
        first = min(c.mentions, key=lambda m: m.start)
        return _strip_det(first.text)


# ---------------------------------------------------------------- the stage


def find_entities(ctx: Context) -> list[Entity]:
    return Resolver(ctx).run()


STAGE = Stage(name="entities", run=find_entities, assigns="entities", requires=("doc",))
