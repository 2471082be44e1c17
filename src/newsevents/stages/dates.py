"""Dates: temporal expressions resolved against the publication date.

Expressions are spaCy DATE and TIME entities; a leading preposition or
determiner that belongs to them ("on Friday", "in 2019", "last week") is
made part of the span. Each is resolved to one calendar day
(``TimeExpression.date``, YYYY-MM-DD) against ``article.published``:

* weekdays by the newsroom convention: the most recent such day on or before
  the publication date ("on Friday" published Saturday 2021-12-18 ->
  2021-12-17), or the next one on or after it when the sentence speaks of the
  future ("will meet on Monday") or says "next";
* everything else by ``dateparser`` (English only, one cached parser per
  publication date), preferring the past unless the sentence is in the future
  tense. A month or a year resolves to its first day ("next month" ->
  2022-01-01, "in 2019" -> 2019-01-01), a week named as such to its Monday
  ("last week" -> the Monday of the week before); :func:`granularity` says which of
  day, week, month or year an expression names, for consumers that care (GKG);
* durations ("the past 30 years", "three days"), decades, ages, bare clock
  times and vague expressions ("recent years", "the coming days") are kept
  with ``date`` None.

Without a publication date nothing relative is resolved (never against
today's date); fully written dates with a year ("January 5, 2020", "in
2019") still are, as they need no reference.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any, Literal

from ..records import TimeExpression
from . import Context, Stage

DATE_LABELS = frozenset({"DATE", "TIME"})
#: Words before an entity that belong to the expression ("on Friday").
LEADING = frozenset({"on", "in", "at", "last", "next", "this", "since", "until", "by", "during"})
_PREPOSITIONS = ("on ", "in ", "at ", "since ", "until ", "by ", "during ")

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(
    r"^(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<day>" + "|".join(_WEEKDAYS) + r")"
    r"(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?$")
_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|century)"
_PLURAL = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
_NUMBER = (r"(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
           r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
           r"few|several|many|some|couple|of|and|\d+-)")
_NUMBER_WORDS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                 r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|"
                 r"half|multi)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?")
_PRE = r"(?:(?:over|for|in|about|nearly|almost|within|more than|at least|some)\s+)*(?:the\s+)?"
_QUAL = r"(?:past|last|next|coming|previous|recent|first|final|following)"
_DURATION = re.compile(
    rf"^{_PRE}(?:{_QUAL}\s+)?(?:(?:{_NUMBER}\s+)+(?:{_UNIT}|{_PLURAL})|{_PLURAL})"
    rf"(?:\s+(?:long|old|later|earlier))?$"
    rf"|^{_PRE}(?:past|coming|previous|following|recent)\s+{_UNIT}$")
_VAGUE = re.compile(
    r"^(?:the\s+)?(?:\d{2,4}'?s|recent|past|coming|future|present|now|currently|soon|recently|"
    r"the weekend|weekend|years|decades|centuries|annual|annually|daily|weekly|monthly|"
    r"quarterly|the day|the time|once|twice|later|earlier|season|the year|"
    r"the same day|that day|the next day|the following day|the previous day|the day before)$"
    r"|\d+-year-old|\bages?\b|\bold\b|^(?:the\s+)?\d{4}s$"
    # a length written as one word ("a 72-hour ceasefire", "a five-year plan", "the
    # 10-minute call"): a duration, never a year or a month to resolve
    rf"|(?:\d[\d,.]*|{_NUMBER_WORDS})-(?:{_UNIT}|{_PLURAL})(?:-(?:long|old))?$"
    r"|^(?:the\s+)?(?:early|mid|late)[-\s]?\d{4}s$")
_MODIFIER = re.compile(
    r"^(?:the\s+)?(?:early|earlier|late|later|mid|middle of|end of|beginning of|start of|"
    r"first half of|second half of|spring|summer|autumn|fall|winter)(?:\s+of)?[-\s]+")
_CLOCK_ONLY = re.compile(
    r"^(?:about\s+|around\s+|at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|"
    r"local time|hours?|o'clock)?(?:\s+\w+\s+time)?$|^(?:noon|midnight|dawn|dusk)$"
    # a 24-hour clock time ("0040 UTC", "1300 hrs", "at 1300"): never a year
    r"|^\(?(?:0\d{3}|[01]\d[0-5]\d|2[0-3][0-5]\d)\s*(?:gmt|utc|z|hrs|hours|local time)\)?$"
    r"|^\(?0\d{3}\)?$")
#: "at 1300", "at about 0630": a four-digit time after "at" is a clock time, not a year
#: ("in 1300", "by 2030" stay years)
_AT_CLOCK = re.compile(r"^at\s+(?:(?:about|around)\s+)?(?:[01]\d|2[0-3])[0-5]\d\b")
_RELATIVE = re.compile(
    r"\b(?:last|next|this|ago|yesterday|today|tomorrow|tonight|coming|past|previous|"
    r"earlier|later|" + "|".join(_WEEKDAYS) + r")\b")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d|21\d\d)\b")
_MONTH = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b")
_DAY_WORDS = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|morning|afternoon|evening|night|ago|"
    + "|".join(_WEEKDAYS) + r")\b")
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would"})  # "said it would"
_FUTURE_VERBS = frozenset({"schedule", "plan", "expect", "due", "set", "intend", "aim"})

Granularity = Literal["day", "week", "month", "year"]
#: A calendar week named as such ("last week", "earlier this week"), not a count of
#: weeks from a day ("two weeks ago", "a week later": days).
_WEEK = re.compile(r"\b(?:last|this|next|previous|coming|past|the same|that)\s+week\b(?!s)"
                   r"(?!\s+(?:ago|later|earlier|before|after))")


def find_dates(ctx: Context) -> list[TimeExpression]:
    text = ctx.article.text
    published = _date(ctx.article.published)
    out: list[TimeExpression] = []
    for ent in ctx.doc.ents:
        if ent.label_ not in DATE_LABELS:
            continue
        start_tok, end_tok = ent.start, ent.end
        for k in range(start_tok + 1, end_tok - 1):
            if ctx.doc[k].lower_ in ("to", "for", "after", "before") and _DURATION.match(
                    normalize(ctx.doc[k + 1:end_tok].text)):
                end_tok = k  # "sentenced on Wednesday to nine years": the day, not the term
                break
        while end_tok > start_tok and (ctx.doc[end_tok - 1].is_punct
                                       or ctx.doc[end_tok - 1].text in {"'s", "’s"}):
            end_tok -= 1
        if start_tok > 0 and _DAY_OF_MONTH.fullmatch(ctx.doc[start_tok - 1].text) \
                and _MONTH.match(ctx.doc[start_tok].lower_):
            start_tok -= 1  # "on 2 November 2026", the model leaving the day out
        if start_tok > 0 and ctx.doc[start_tok - 1].lower_ in LEADING \
                and ctx.doc[start_tok].lower_ not in LEADING:
            start_tok -= 1
        if end_tok <= start_tok:
            continue
        start = ctx.doc[start_tok].idx
        end = ctx.doc[end_tok - 1].idx + len(ctx.doc[end_tok - 1].text)
        expr = text[start:end]
        if _is_age(expr):
            continue
        date = resolve_date(expr, published, future=_future(ent))
        out.append(TimeExpression(text=expr, start=start, end=end, date=date))
    for tok in ctx.tokens():
        # "shelled positions overnight": a time word the model does not tag
        if tok.lower_ == "overnight" and not tok.ent_type_ and tok.pos_ == "ADV":
            out.append(TimeExpression(text=tok.text, start=tok.idx,
                                      end=tok.idx + len(tok.text),
                                      date=resolve_date(tok.text, published,
                                                        future=_future(ctx.doc[tok.i:tok.i + 1]))))
    out.sort(key=lambda d: d.start)
    return out


_DAY_OF_MONTH = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
#: "six months ago", "two years ago": the unit counted back says what the date names
_AGO = re.compile(r"\b(second|minute|hour|day|week|month|year|decade|century)s?\s+ago\b")
#: "on the 5th": a day of the month the story is in (the last one, if it is ahead)
_ORDINAL_DAY = re.compile(r"^(?:on\s+)?(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)$")
#: "2023-24", "the 2020-21 season": a span of years, from its first
_YEAR_SPAN = re.compile(r"^(?:in\s+)?(?:the\s+)?(1[5-9]\d\d|20\d\d)[-/–](\d\d)(?:\s+\w+)?$")


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _is_age(expr: str) -> bool:
    return bool(re.search(r"\d+-year-old|\byears? old\b|\baged?\b", expr, re.I))


def _future(ent: Any) -> bool:
    """Does the sentence put this expression in the future ("will meet on Monday")?"""
    tok = ent.root
    for _ in range(5):
        if tok.pos_ in {"VERB", "AUX"}:
            aux = {c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}}
            if aux & _FUTURE_AUX or tok.lemma_.lower() in _FUTURE_VERBS:
                return True
            if tok.tag_ == "VB" and "to" in aux:
                return True
            if tok.dep_ not in {"xcomp", "advcl", "conj"}:
                return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def normalize(expr: str) -> str:
    """Lower case, single spaces, curly apostrophes straightened."""
    return " ".join(expr.replace("’", "'").lower().split())


#: "earlier in the week", "later in the month": a part of the story's own week, month
#: or year, as "earlier this week" is
_IN_THE = re.compile(r"\b(?:early|earlier|late|later)\s+in\s+the\s+(week|month|year)$")


@lru_cache(maxsize=50_000)
def resolve_date(expr: str, published: dt.date | None, *, future: bool = False) -> str | None:
    """The day ``expr`` names (YYYY-MM-DD) read on ``published``, or None."""
    text = _IN_THE.sub(r"this \1", normalize(expr))
    if _AT_CLOCK.match(text):
        return None
    for prep in _PREPOSITIONS:
        if text.startswith(prep):
            text = text[len(prep):]
            break
    if not text or _VAGUE.search(text) or _DURATION.match(text) or _CLOCK_ONLY.match(text):
        return None
    if published is None:
        if not _YEAR.search(text) or _RELATIVE.search(text):
            return None
        base = dt.date(2000, 1, 1)
    else:
        base = published
    span = _YEAR_SPAN.match(text)
    if span:
        return f"{span.group(1)}-01-01"
    ordinal = _ORDINAL_DAY.match(text)
    if ordinal:
        if published is None:
            return None
        day_no = int(ordinal.group(1))
        month = base.replace(day=1)
        if day_no > base.day:  # ("on the 28th", read on the 20th: last month's)
            month = (month - dt.timedelta(days=1)).replace(day=1)
        try:
            return month.replace(day=day_no).isoformat()
        except ValueError:
            return None
    if text in ("overnight", "last night") and published is not None:
        # the newsroom's night: the one before publication (in the future, tonight's)
        return (base - dt.timedelta(days=0 if future and text == "overnight" else 1)).isoformat()
    m = _WEEKDAY.match(text)
    if m:
        return _weekday(base, _WEEKDAYS.index(m.group("day")), m.group("rel"), future)
    text = _MODIFIER.sub("", text)
    if not text or _DURATION.match(text):
        return None
    if text.startswith("the "):
        text = text[4:]
    parsed = _parser(base, "future" if future else "past").get_date_data(text)
    got = parsed.date_obj
    if got is None or (parsed.period == "time" and not _DAY_WORDS.search(text)):
        return None
    day: dt.date = got.date()
    if _WEEK.search(text):
        # "last week", "this week": a week starts on its Monday, as a month on its 1st
        day -= dt.timedelta(days=day.weekday())
    return day.isoformat()


def _weekday(base: dt.date, weekday: int, rel: str | None, future: bool) -> str:
    delta = (base.weekday() - weekday) % 7
    if rel == "next" or (future and rel not in {"last", "past"}):
        ahead = (weekday - base.weekday()) % 7
        if rel == "next" and ahead == 0:
            ahead = 7
        return (base + dt.timedelta(days=ahead)).isoformat()
    if rel in {"last", "past"} and delta == 0:
        delta = 7
    return (base - dt.timedelta(days=delta)).isoformat()


@lru_cache(maxsize=64)
def _parser(base: dt.date, prefer: str) -> Any:
    """One dateparser parser per publication date and direction (they are slow to warm)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
        "RETURN_TIME_AS_PERIOD": True,
        "STRICT_PARSING": False,
    })


def granularity(expr: str) -> Granularity | None:
    """Whether ``expr`` names a day, a week, a month or a year (None if none of these)."""
    text = _IN_THE.sub(r"this \1", normalize(expr))
    numbered_day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", text)
    counted = _AGO.search(text)
    if counted:  # "six months ago" names a month, "two years ago" a year, "three days ago" a day
        unit = counted.group(1)
        return "year" if unit in ("year", "decade", "century") else (
            "month" if unit == "month" else "day")
    if _ORDINAL_DAY.match(text):
        return "day"
    if _DAY_WORDS.search(text) or (numbered_day and _MONTH.search(text)):
        return "day"
    if _WEEK.search(text):
        return "week"
    if re.search(r"\b(?:week|weekend)\b", text):
        return "day"
    if _MONTH.search(text) or re.search(r"\bmonth\b", text):
        return "month"
    if _YEAR.search(text) or re.search(r"\byear\b", text):
        return "year"
    return None


STAGE = Stage(name="dates", run=find_dates, assigns="dates", requires=("doc",))

__all__ = ["STAGE", "find_dates", "granularity", "normalize", "resolve_date"]
