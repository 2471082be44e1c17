"""Near-duplicate articles are one story: MinHash over word shingles (datasketch).

The same wire story arrives from ten outlets with a changed headline, a dateline,
an extra paragraph. Each stored article gets a MinHash signature of its text's word
5-shingles (:data:`NUM_PERM` permutations); an LSH index (:data:`THRESHOLD`
estimated Jaccard similarity) finds the stored articles it nearly repeats, and the
article joins their story -- the id of the story's first stored article -- or
starts its own. The signatures are kept in the store's ``stories`` table, so later
ingests link to earlier ones; the index is built from them on the first write of a
session (some 100 ms per 10,000 articles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import numpy as np

#: MinHash permutations; the estimate's standard error is about 1/sqrt(NUM_PERM)
NUM_PERM = 64
#: words per shingle
SHINGLE = 5
#: estimated Jaccard similarity of shingles from which two articles are one story
THRESHOLD = 0.6
_SEED = 1
#: datasketch's hashing scheme, named so that stored signatures stay comparable
_SCHEME = "affine32"
_WORD = re.compile(r"\w+")


def signature(text: str) -> Any:
    """The MinHash of a text's word shingles (a short text: of its words)."""
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    m.update_batch([s.encode("utf-8") for s in shingles if s])
    return m


def to_bytes(m: Any) -> bytes:
    return bytes(np.asarray(m.hashvalues, dtype=np.uint32).tobytes())


def from_bytes(data: bytes) -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME,
                   hashvalues=np.frombuffer(data, dtype=np.uint32).copy())


class StoryIndex:
    """The stored articles' signatures, to find the story of a new one."""

    def __init__(self, rows: Iterable[tuple[str, str, bytes]] = ()) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self._story: dict[str, str] = {}
        for article_id, story, sig in rows:
            self._add(article_id, story, from_bytes(sig))

    def _add(self, article_id: str, story: str, m: Any) -> None:
        if article_id not in self._story:
            self._lsh.insert(article_id, m)
            self._story[article_id] = story

    def story_of(self, article_id: str) -> str | None:
        return self._story.get(article_id)

    def assign(self, article_id: str, text: str) -> tuple[str, bytes]:
        """The story of a new article (joined or started) and its signature."""
        m = signature(text)
        known = self._story.get(article_id)
        if known is not None:
            return known, to_bytes(m)
        hits = sorted(self._story[h] for h in self._lsh.query(m))
        story = hits[0] if hits else article_id
        self._add(article_id, story, m)
        return story, to_bytes(m)


__all__ = ["NUM_PERM", "SHINGLE", "THRESHOLD", "StoryIndex", "from_bytes", "signature",
           "to_bytes"]
