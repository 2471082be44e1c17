"""From raw text and metadata to a clean :class:`Article`.

Cleaning takes off what is not the story but says something about it: the
dateline prefix (``TEHRAN— ``, ``LONDON, March 9 (Reuters) - ``) becomes
``Article.dateline``, a Creative Commons statement becomes ``Article.license``
(an SPDX id) and leaves the text. Every span newsevents reports indexes into
the cleaned ``Article.text``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re
import threading
import unicodedata
from typing import Any

from ..knowledge.gazetteer import place_words
from ..records import Article, Skipped

# ---------------------------------------------------------------- dateline

#: what ends a dateline: a dash of any kind, or a colon ("BEIRUT: ..."); the places stage
#: reads a dateline left inline in the text by the same marks
DATELINE_MARKS = ("—", "–", "--", "-", "―", ":")
_DASH = "(?:" + "|".join(re.escape(m) for m in DATELINE_MARKS) + ")"
_DATELINE = re.compile(
    r"""^\s*
    (?P<city>[A-Z][A-Z'’.\-]*(?:\ [A-Z][A-Z'’.\-]*){0,3})      # TEHRAN, NEW DELHI, ST. PETERSBURG
    (?:\s*,\s*(?P<region>[A-Z][A-Za-z.'’]*(?:\ [A-Z][A-Za-z.'’]*){0,2}))?   # , Georgia
    (?:\s*,?\s*(?P<date>[A-Z][a-z]{2,8}\.?\ \d{1,2}))?             # , March 9
    (?:\s*\((?P<agency>[^()\n]{1,40})\))?                           # (Reuters)
    \s*"""
    + _DASH
    + r"""\s+""",
    re.VERBOSE,
)
#: a dateline is read in the first characters only (it is never longer)
_DATELINE_WINDOW = 200
# A region is only a region if it is not the start of the story itself.
_MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "January", "February", "March", "April", "June", "July", "August",
    "September", "October", "November", "December",
}  # fmt: skip


def split_dateline(text: str) -> tuple[str | None, str]:
    """Return (dateline or None, text after the dateline): the city, with the state,
    province or country that qualifies it where the dateline gives one ("ALEXANDRIA,
    Va.", "TBILISI, Georgia"), never a date or an agency."""
    m = _DATELINE.match(text[:_DATELINE_WINDOW])
    if not m:
        return None, text
    city = m.group("city").strip()
    letters = [c for c in city if c.isalpha()]
    if len(letters) < 2 or city.casefold() in place_words()["kicker"]:
        return None, text  # "UPDATE: ...", "EDITOR'S NOTE -- ...": a label, no place
    date = m.group("date")
    if date and date.split()[0].rstrip(".") not in _MONTHS:
        return None, text
    region = m.group("region")
    if region and region.split()[0].rstrip(".") not in _MONTHS:
        city = f"{city}, {region.strip()}"
    return city, text[m.end() :]


# ---------------------------------------------------------------- licence

# Every repetition below is bounded and every separator has one way to match, so no
# input can make these patterns backtrack for long ("Creative Commons" followed by
# thousands of spaces once took minutes): see tests/sources/test_clean.py.
_CC_WORD = (r"(?:Attribution|NonCommercial|Non-Commercial|ShareAlike|Share-Alike|"
            r"NoDerivatives|NoDerivs|No[ \t]{1,3}Derivatives)")
_CC_LONG = re.compile(
    r"Creative[ \t\n]{1,5}Commons[ \t\n]{1,5}"
    r"(?P<parts>" + _CC_WORD + r"(?:(?:[ \t]{0,3}-[ \t]{0,3}|[ \t\n]{1,3})" + _CC_WORD + r"){0,5})"
    r"(?:[ \t\n]{1,3}(?P<version>\d\.\d))?"
    r"(?:[ \t\n]{1,3}(?:International|Generic|Unported))?[ \t\n]{1,3}Licen[cs]e",
    re.IGNORECASE,
)
_CC_SHORT = re.compile(
    r"\bCC[\s-](?P<parts>BY(?:[\s-](?:NC|SA|ND))*)(?:\s+(?P<version>\d\.\d))?\b",
    re.IGNORECASE,
)
_CC_ZERO = re.compile(
    r"\bCC0\b|Creative[ \t\n]{1,5}Commons[ \t\n]{1,5}Zero"
    r"|Public[ \t\n]{1,5}Domain[ \t\n]{1,5}Dedication", re.I)
_LICENSE_WORDS = re.compile(r"licen[cs]|copyright|published under|rights reserved", re.I)


def _spdx(parts: str, version: str | None) -> str:
    words = parts.upper().replace("-", " ").replace("NON COMMERCIAL", "NONCOMMERCIAL").split()
    words = [w for w in words if w not in {"", "INTERNATIONAL"}]
    tags = ["BY"]
    if any(w in {"NC", "NONCOMMERCIAL"} for w in words):
        tags.append("NC")
    if any(w in {"SA", "SHAREALIKE", "SHARE"} for w in words):
        tags.append("SA")
    if any(w in {"ND", "NODERIVATIVES", "NODERIVS", "NO"} for w in words):
        tags.append("ND")
    family = "CC-" + "-".join(tags)
    return f"{family}-{version}" if version else f"LicenseRef-{family}"


def find_license(text: str) -> tuple[str, int, int] | None:
    """Find a Creative Commons statement: (SPDX id, sentence start, sentence end).

    The span covers the whole sentence that carries the statement, so that
    removing it leaves the story and nothing of the boilerplate.
    """
    for pattern in (_CC_LONG, _CC_SHORT, _CC_ZERO):
        for m in pattern.finditer(text):
            start, end = _sentence_around(text, m.start(), m.end())
            sentence = text[start:end]
            if pattern is not _CC_ZERO and not _LICENSE_WORDS.search(sentence):
                continue  # "CC BY" mentioned in the story, not a licence line
            zero = pattern is _CC_ZERO
            spdx = "CC0-1.0" if zero else _spdx(m.group("parts"), m.group("version"))
            return spdx, start, end
    return None


_SENT_END = re.compile(r"[.!?](?=[\s\"”’)]|$)|\n")


#: how far a licence sentence is looked for around its statement
_SENTENCE_REACH = 2_000


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _SENTENCE_REACH)
    left = lo
    for found in _SENT_END.finditer(text, lo, start):
        left = found.end()
    after = _SENT_END.search(text, end, min(len(text), end + _SENTENCE_REACH))
    right = after.end() if after else min(len(text), end + _SENTENCE_REACH)
    while left < start and text[left].isspace():
        left += 1
    return left, right


def remove_span(text: str, start: int, end: int) -> str:
    """Cut ``text[start:end]`` and tidy the white space it leaves."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if not before or not after:
        return before + after
    gap = "\n\n" if "\n" in text[start - 1 : start] or "\n" in text[end : end + 1] else " "
    return before + gap + after


# ---------------------------------------------------------------- language

_LANGUAGES = (
    "en fr de es it pt nl ru uk ar fa tr az zh ja ko hi ur id pl sv ro el he sw ka hy bn "
    "vi th cs hu fi da no sr hr bg ms tl ps ku"
).split()
_identifier: Any = None
_identifier_lock = threading.Lock()
MIN_WORDS_FOR_LANGUAGE = 25


def detect_language(text: str) -> tuple[str, float]:
    """Return (ISO 639-1 code, probability); ``("und", 0.0)`` for short texts."""
    global _identifier
    if len(text.split()) < MIN_WORDS_FOR_LANGUAGE:
        return "und", 0.0
    with _identifier_lock:
        if _identifier is None:
            from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

            ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
            ident.set_languages(_LANGUAGES)
            _identifier = ident
        label, prob = _identifier.classify(text[:5000])
    return str(label), float(prob)


# ---------------------------------------------------------------- dates, ids


def parse_published(value: object) -> str | None:
    """ISO date from ISO 8601, RFC 2822 (feeds) or a datetime; None if unusable."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


#: the longest run of characters without a space kept whole: no word or address is
#: longer, and the tokenizer's time grows with the square of a word's length
MAX_WORD = 1_000
_LONG_RUN = re.compile(rf"\S{{{MAX_WORD + 1},}}")


def _break_long_runs(m: re.Match[str]) -> str:
    run = m.group(0)
    return " ".join(run[i:i + MAX_WORD] for i in range(0, len(run), MAX_WORD))


def normalize_text(text: str) -> str:
    """NFC, Unix line ends, no trailing blanks on lines, no outer white space; a run
    of more than :data:`MAX_WORD` characters without a space (a blob, a wall of
    quotation marks) is cut by spaces into pieces of that length."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\ufeff", "").replace("\u00a0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = _LONG_RUN.sub(_break_long_runs, text)
    return text.strip()


def article_id(text: str) -> str:
    """Stable id from the content: the same story gets the same id whatever
    its white space, case or the file it came in."""
    key = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- assembly


def build_article(
    raw_text: str,
    *,
    origin: str,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    published: object = None,
    authors: list[str] | None = None,
    languages: tuple[str, ...] = ("en",),
) -> Article | Skipped:
    """Clean ``raw_text`` and wrap it in an Article, or say why not."""
    text = normalize_text(raw_text)
    if not text:
        return Skipped(origin, "empty", "no text")
    if title:
        title = " ".join(title.split())
        # HTML extraction often repeats the headline as the first line.
        first, _, rest = text.partition("\n")
        if first.strip() == title and rest.strip():
            text = rest.strip()
    else:
        # a plain text whose first line, alone in its paragraph, stands over a dateline
        # ("Kenyan court jails ex-governor\n\nNAIROBI, March 3 (AP) - ..."): the headline
        first, sep, rest = text.partition("\n\n")
        if sep and "\n" not in first.strip() and len(first) <= 200 \
                and first.strip()[-1:] not in ".!?\"”:" and split_dateline(rest.lstrip())[0]:
            title, text = " ".join(first.split()), rest.strip()
    dateline, text = split_dateline(text)
    spdx = None
    found = find_license(text)
    if found:
        spdx, start, end = found
        text = remove_span(text, start, end)
    text = text.strip()
    if not text:
        return Skipped(origin, "empty", "nothing left after the dateline and licence line")
    language, prob = detect_language(text)
    if language != "und" and prob >= 0.9 and language not in languages:
        return Skipped(origin, "not_english", f"language detected: {language} ({prob:.2f})")
    if language != "und" and prob < 0.9:
        language = "und"
    return Article(
        id=article_id(text),
        text=text,
        url=url or None,
        title=title or None,
        source=source or None,
        published=parse_published(published),
        dateline=dateline,
        license=spdx,
        language=languages[0] if language == "und" else language,
        authors=list(authors or []),
        origin=origin,
    )
