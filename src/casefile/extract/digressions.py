"""Digressions: the stretches of an article that tell of other incidents than its own.

A report of one shooting often recalls others: "In a separate shooting Sunday, ...",
"Earlier this month, a man was killed ...", "the second homicide this year after the death
of ...". The people of those passages are no victims or suspects of the article's incident.
A sentence with a cue of another event opens a digression, which lasts to the end of its
paragraph or until a sentence names again a person the article spoke of before it.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from functools import cache

from spacy.tokens import Doc, Span

from casefile.extract.counts.other_incidents import city_toll, several_events
from casefile.extract.dates import _explicit  # the dates module's reader of written dates
from casefile.extract.dates import _patterns as _date_patterns  # … and its page patterns
from casefile.extract.focus import (
    later_stories,
    page_story,
    related_lines,
    teaser_lines,
    wire_others,
)
from casefile.extract.mention import POSSESSIVE, Mention
from casefile.extract.people import Person
from casefile.extract.pipeline import text_of
from casefile.extract.tokens import TokenTable, tokens_of
from casefile.lexicons import date_words as _date_words
from casefile.lexicons import lexicon, words

FAR_DAYS = 5  # a date this many days before the incident's is another event's (a week's roundup)
FAR_DAYS_AFTER = 21  # a date this many days after the incident's is another event's
FAR_MONTHS = 2  # a month and year this many months from the incident's is another event's
# (as is a month that ended FAR_DAYS before the incident's day, or began FAR_DAYS_AFTER after it)
OLD_YEARS = 2  # a date written with a year this many years before the incident's is an old case
MAX_SENTENCES = 4  # a digression without a paragraph break ends after so many sentences
MIN_LABELS = 3  # a list of items has so many different labels ("Stolen Bike: ...")
_DATE_HEAD = re.compile(r"(\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}):(?=[ \t])")  # "June 23: "
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A year alone, as a time ("in 2009", "since 2013"), not a number ("the 1900 block")
# A street address by its block, as police give it: "the 700 block of Quince Lane"
_BLOCK = re.compile(r"\b(?:\d+(?:st|nd|rd|th)?|first)\s+block\s+of\s+(?:[A-Z0-9][\w.'-]*\s*){1,5}")
# A time of day, as a roundup heads each of its shootings with: "near 11:15 p.m."
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b(?:noon|midnight)\b", re.IGNORECASE)
# Someone new told by age: "a 44-year-old nurse", "two boys, 9 and 12", "a cook, 51,"
_AGED = re.compile(r"\b\d{1,2}-year-old\b|,\s*\d{1,2}\s*(?:,|and\b)")
# An item of a list headed by a short label: "Lost Wallet: A man told police ..."
_LABEL = re.compile(r"(?:[A-Z][\w'’&-]*\s(?:(?:of|and|the|in|on|to|a|with|for|at)\s)?){0,3}[A-Z][\w'’&-]*:\s")
_TIME_YEAR = re.compile(r"\b(?:in|since|of|from|during|until|before|after)\s+((?:19|20)\d{2})\b(?!\s+block)",
                        re.IGNORECASE)


# A paragraph that opens on a time after the last one told goes on with its story: "A few
# weeks later, ...", "Two days later", "Later that month"
_LATER = re.compile(r"\s*(?:(?:a|an|few|several|some|two|three|four|five|six|\d+|minutes?|hours?|days?|"
                    r"weeks?|months?|years?)\s+){1,4}later\b|\s*later\s+that\s+(?:day|night|week|month|year)\b",
                    re.IGNORECASE)


# A paragraph that opens on some of a group told before goes on with it: "Among the dead
# was ..." after a toll of the weekend
_AMONG = re.compile(r"\s*among\s+(?:the|those)\s+(?:dead|killed|wounded|injured|hurt|shot|victims)\b",
                    re.IGNORECASE)


# A toll said to be violent needs no word of harm: "a violent weekend across the city"
_VIOLENT = re.compile(r"\b(?:violent|bloody|deadly)\b", re.IGNORECASE)


def _alt(category: str) -> str:
    return "|".join(re.escape(w) for w in sorted(words(category), key=len, reverse=True))


# A span of time before a unit: "in four days", "within the past two weeks", "in as many days"
_SPAN_OF = r"(?:in|within|over)\s+(?:the\s+(?:past|last)\s+)?(?:[\w-]+\s+){0,2}?"
_GAP = r"(?:(?!(?:degree|to|in|at|of|on|for|from|with|by|after|before|that)\b)[\w'-]+\W+)"


@cache
def _event_pattern() -> re.Pattern[str]:
    """Another event named as such: "a separate shooting", "an earlier homicide"."""
    return re.compile(
        rf"\b(?P<mod>{_alt('other_event_modifiers')})\W+{_GAP}{{0,2}}?"
        rf"(?P<noun>{_alt('other_event_nouns')})"
        rf"(?!\s+(?:{_alt('victim_nouns')}|{_alt('suspect_nouns')})s?\b)\b", re.IGNORECASE)


@cache
def _ordinal_pattern() -> re.Pattern[str]:
    """The incident counted among others of a period: "the city's 20th homicide this year",
    "the second shooting in three days"
    (an ordinal alone, "the second shooting", may be the article's own second one)."""
    ordinal = rf"(?:{_alt('ordinal_words')}|\d+(?:st|nd|rd|th))"
    # ... or a year: "the city's 58th homicide of 2018", "in 2018"
    period = rf"(?:{_alt('ordinal_periods')}|{_SPAN_OF}(?:{_alt('period_units')})|(?:of|in)\s+(?:19|20)\d{{2}})"
    return re.compile(
        rf"\b{ordinal}\W+{_GAP}{{0,2}}?(?:{_alt('other_event_nouns')})\W+(?:[\w'-]+\W+){{0,4}}?"
        rf"{period}\b"
        # "the shooting is the third in the neighborhood this week"
        rf"|\b(?:{_alt('other_event_nouns')})\s+(?:is|was|marks|marked)\s+the\s+(?:[\w'’-]+\s+)?"
        rf"{ordinal}\W+(?:[\w'-]+\W+){{0,4}}?{period}\b", re.IGNORECASE)


@cache
def _link_pattern() -> re.Pattern[str]:
    """A phrase that ties the incident to another: "the latest in a string of ..."."""
    # and any span of time: "comes just two weeks after", "came only three days after" (but
    # "officers came two hours after the call" links nothing)
    span = r"(?:comes\s+(?:just\s+|only\s+|less\s+than\s+|about\s+)?|came\s+(?:just|only)\s+)" \
        r"(?:[\w-]+\s+){0,2}(?:hours?|days?|weeks?|months?|years?)\s+after"
    # (an event that came so long after another: "the killings came one week after ...")
    span += rf"|(?:{_alt('other_event_nouns')})\s+came\s+(?:less\s+than\s+|more\s+than\s+)?" \
        r"(?:[\w-]+\s+){0,2}(?:hours?|days?|weeks?|months?|years?)\s+after"
    # "it was one of several shootings over the weekend", "one of three homicides"
    numbers = "|".join(w for w, n in lexicon()["number_words"].items() if isinstance(n, int) and n > 1)
    among = rf"one\s+of\s+(?:at\s+least\s+)?(?:several|many|multiple|numerous|{numbers}|\d+)" \
        rf"\s+(?:[\w'-]+\s+)?(?:{_alt('other_event_nouns')})"
    # and with the noun left out after one that says it: "the shooting was one of two overnight"
    among += rf"|(?:{_alt('other_event_nouns')})\s+(?:was|is)\s+one\s+of\s+(?:at\s+least\s+)?" \
        rf"(?:several|many|multiple|numerous|{numbers}|\d+)\b"
    return re.compile(rf"\b(?:{_alt('other_event_links')}|{span}|{among})\b", re.IGNORECASE)


@cache
def _one_of_them_pattern() -> re.Pattern[str]:
    """A sentence that opens on one of several events told before: "In one of the deadliest
    incidents, two men were killed ..." (after a count of a weekend's shootings)."""
    plural = "|".join(re.escape(w) for w in sorted(words("other_event_nouns"), key=len, reverse=True)
                      if w.endswith("s"))
    return re.compile(rf"^\W*(?:and\s+)?in\s+one\s+of\s+(?:the|those|these)\s+(?:[\w'-]+\s+){{0,2}}?"
                      rf"(?:{plural})\b", re.IGNORECASE)


@cache
def _others_of_period_pattern() -> re.Pattern[str]:
    """Other people hurt in other events of a tally: "the weekend's other victims included
    ...", "five other people were wounded in separate incidents, including ..." (the
    plural "separate shootings" alone may list the article's own)."""
    periods = _alt("tally_periods")
    people = _alt("victim_nouns") + "|people|persons|men|women|teens|teenagers|children|boys|girls"
    plural = "|".join(re.escape(w) for w in sorted(words("other_event_nouns"), key=len, reverse=True)
                      if w.endswith("s"))
    return re.compile(
        rf"\b(?:{periods})['’]s\s+other\s+(?:(?:{people})s?|dead|wounded|{plural})\b"
        rf"|\bother\s+(?:{people})s?\b[^.;]{{0,40}}?\bin\s+(?:{_alt('separate_words')})\s+"
        rf"(?:[\w-]+\s+)?(?:{plural})\b", re.IGNORECASE)


def _names_other_event(text: str, sure: bool = False) -> bool:
    """Whether a text names another event; "in separate shootings" (plural) rather lists
    the article's own incidents, as a report of several does. `sure` asks for a modifier
    that says so beyond doubt: "a recent shooting" or "the last shooting lane" may be the
    article's own."""
    if _one_of_them_pattern().search(text) or _others_of_period_pattern().search(text):
        return True
    # A link ("the latest in a string of") or a count ("the city's 20th homicide this
    # year") ties the article's own incident to others: a digression may follow, but the
    # people of that sentence are the article's own, so neither is sure.
    if not sure and _link_pattern().search(text):
        return True
    for m in () if sure else _ordinal_pattern().finditer(text):
        before = text[:m.start()].split()
        # "the October 25th murder": a date, not a count (but "Doe City's 58th homicide" is one)
        if not (m.group()[0].isdigit() and before
                and before[-1].rstrip(".").lower() in _date_words()["months"]):
            return True
    return any(not (m["noun"].lower().endswith("s") and m["mod"].lower() in words("separate_words"))
               and (not sure or m["mod"].lower() in words("sure_event_modifiers"))
               for m in _event_pattern().finditer(text))


@cache
def _time_pattern() -> re.Pattern[str]:
    """A time before the incident's: "earlier this month", "last year", "was once" (but
    "was once again" is now)."""
    return re.compile(rf"\b(?:{_alt('other_event_times')})\b(?!\s+(?:again|more)\b)",
                      re.IGNORECASE)


@cache
def _year_event_pattern() -> re.Pattern[str]:
    """A year that dates an event: "the 2009 stabbing of ...", "a 2009 shooting", "a 2013
    aggravated battery case" (words in lower case between: "a 2013 Ford" dates no event)."""
    return re.compile(rf"\b((?:19|20)\d{{2}})\s+(?:[a-z][a-z-]*\s+){{0,2}}"
                      rf"(?i:{_alt('other_event_nouns')})\b")


def _harm_words() -> frozenset[str]:
    return words("harm_killed") | words("violence_verbs") | words("other_event_nouns")


def _harm_between(table: TokenTable, start: int, end: int) -> bool:
    """Whether a word of tokens start..end is one of harm (read from the token table)."""
    harm, lemma, lower = _harm_words(), table.lemma, table.lower
    return any(lemma[i].lower() in harm or lower[i] in harm for i in range(start, end))


def _incident_day(incident_date: str | None) -> tuple[int | None, dt.date | None]:
    """The incident's year, and its day where the date is that precise."""
    if not incident_date or not incident_date[:4].isdigit():
        return None, None
    try:
        day = dt.date.fromisoformat(incident_date) if len(incident_date) == 10 else None
    except ValueError:
        day = None
    return int(incident_date[:4]), day


def _far_dates(text: str, incident_date: str | None) -> list[tuple[int, int]]:
    """Character spans of the written dates far from the incident's (days or years)."""
    year, day = _incident_day(incident_date)
    if year is None:
        return []
    out: list[tuple[int, int]] = []
    taken: list[tuple[int, int]] = []
    if day is not None:
        # A list of earlier cases heads each with its date and a colon ("June 23: a boy
        # ..."); the dates module reads "23:" as a clock time, so the colon is a comma here.
        for c in _explicit(_DATE_HEAD.sub(r"\1,", text), day):
            taken.append((c.start, c.end))
            if c.day is None and c.kind == "month" and re.fullmatch(r"\d{4}-\d{2}", c.iso or ""):
                # "in July 2011": a month and year, far where months apart from the incident's
                months = int(c.iso[:4]) * 12 + int(c.iso[5:7]) - (day.year * 12 + day.month)
                # or a month apart by more days than a date is ("In March, ..." of an
                # incident on April 14: March ended 14 days before)
                first = dt.date(int(c.iso[:4]), int(c.iso[5:7]), 1)
                last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
                if abs(months) >= FAR_MONTHS or (day - last).days > FAR_DAYS \
                        or (first - day).days > FAR_DAYS_AFTER:
                    out.append((c.start, c.end))
                continue
            if c.day is None or c.kind == "numeric":
                continue  # "07/04/1988" is more often a birth date in a list than an event
            if _YEAR.search(text[c.start:c.end]):
                gap = (c.day - day).days
            else:  # a month and day: the year is a guess, so the nearest one
                gap = min(((c.day.replace(year=c.day.year + k) - day).days
                           for k in (0, 1) if not (c.day.month == 2 and c.day.day == 29)), key=abs)
            # days after are more often the incident's own sequel (a death, an arrest)
            if gap < -FAR_DAYS or gap > FAR_DAYS_AFTER:
                out.append((c.start, c.end))
    for m in (*_TIME_YEAR.finditer(text), *_year_event_pattern().finditer(text)):
        if abs(int(m.group(1)) - year) >= 1 and not any(a <= m.start(1) < b for a, b in taken):
            out.append((m.start(1), m.end(1)))
    return out


def _old_date(text: str, far: list[tuple[int, int]], incident_date: str | None) -> bool:
    """Whether a far date of a text is written with a year OLD_YEARS or more before the
    incident's ("On May 2, 2001, Doe shot ..."): another, older case, whoever is named."""
    year, _ = _incident_day(incident_date)
    return year is not None and any(
        int(y) <= year - OLD_YEARS for a, b in far for y in _YEAR.findall(text[a:b]))


def _sites(text: str) -> set[str]:
    """The block addresses a text gives, as keys; a compass word is left out, as reports
    give or drop it at will ("the 800 block of East Elm Court" is "of Elm Court")."""
    directions = words("street_directions")
    directions = directions | {d[0] for d in directions}  # "N. Elm Court" too
    # a day or month after the street ends it: "the 700 block of Elm Court Tuesday"
    d = _date_words()
    ends = {w for w in [*d["weekdays"], *d["months"]] if len(w) >= 6}
    out = set()
    for m in _BLOCK.finditer(text):
        kept = []
        for w in m.group().lower().rstrip(". ").split():
            if w.rstrip(".,") in ends:
                break
            if w.rstrip(".") not in directions:
                kept.append(w)
        out.add(" ".join(kept))
    return out


@cache
def _day_part() -> re.Pattern[str]:
    """A part of a day, as a roundup may tell its shootings by ("late on a Tuesday evening")."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, _date_words()['day_parts']))})\b",
                      re.IGNORECASE)


def _arrest_words() -> frozenset[str]:
    return words("arrest_words") | words("charge_words")


def _arrest_between(table: TokenTable, start: int, end: int) -> bool:
    """Whether a word of tokens start..end tells an arrest or a charge."""
    arrest, lemma, lower = _arrest_words(), table.lemma, table.lower
    return any(lemma[i].lower() in arrest or lower[i] in arrest for i in range(start, end))


def _new_site(table: TokenTable, start: int, end: int, text: str, known: set[str]) -> bool:
    """Whether a sentence tells of someone new (by age) hurt or arrested at a time of day
    at a block address other than those the article's own story gave: the next shooting
    of a roundup ("Near 11:15 p.m. a cyclist, 31, was hurt by the 1200 block of ...", "On
    Tuesday evening Bo Roe, 40, died of gunfire near the 900 block of ..."), the next
    arrest of a police log ("Jo Poe, 44, was arrested Sunday evening in the 500 block of
    ...")."""
    return bool(known) and bool(_sites(text) - known) \
        and bool(_CLOCK.search(text) or _day_part().search(text)) \
        and bool(_AGED.search(text)) and (_harm_between(table, start, end)
                                          or _arrest_between(table, start, end))


def _harmless_items(table: TokenTable, text: str) -> set[int]:
    """The start tokens of the sentences that open a paragraph headed by a label and tell
    no harm in it: the other items of a police blotter ("Stolen Bike: ..."), whose
    people were arrested for something else. A list has several labels of its own
    ("UPDATE:" over each news of one story makes none)."""
    paragraphs: list[list[int]] = []
    labels: list[str | None] = []
    previous_end = 0
    for (start, end), start_char in zip(table.sent_bounds, table.sent_start_chars):
        sent_text = table.span_text(start, end)
        body = sent_text.lstrip()
        first = start_char + len(sent_text) - len(body)
        if not paragraphs or "\n" in text[previous_end:first]:
            paragraphs.append([])
            label = _LABEL.match(body)
            labels.append(label.group().lower() if label else None)
        paragraphs[-1].append(start)
        previous_end = start_char + len(sent_text.rstrip())
    if len(set(labels) - {None}) < MIN_LABELS:
        return set()
    bounds = dict(table.sent_bounds)
    roles = words("victim_nouns") | words("suspect_nouns")
    # "Suspect: ..." on a page laid out by labels is the article's own person
    return {starts[0] for starts, label in zip(paragraphs, labels)
            if label and not {w.rstrip("s") for w in re.findall(r"[a-z]+", label)} & roles
            and not any(_harm_between(table, s, bounds[s]) for s in starts)}


def _cue(table: TokenTable, start: int, end: int, text: str, start_char: int,
         far: list[tuple[int, int]], incident_date: str | None = None) -> str | None:
    """How the sentence of tokens start..end (its text given, at start_char) tells of
    another event: "event" where it names one ("a separate
    shooting"), "time" where it names an earlier time ("last year"), "date" where it writes a
    date far from the incident's in a sentence that speaks of violence or death; else None."""
    if _names_other_event(text):
        return "event"
    toll = city_toll().search(text) and several_events().search(text)
    if toll and (_harm_between(table, start, end) or _VIOLENT.search(text)):
        # a toll of several: "23 people were shot across the city, four fatally", "it had
        # been a violent weekend across the city"
        return "event"
    if _time_pattern().search(text):
        return "time"
    end_char = start_char + len(text)
    here = [(a - start_char, b - start_char) for a, b in far if start_char <= a < end_char]
    if here and _harm_between(table, start, end) and not (
            _court_outcome(table, start, end) and not _old_date(text, here, incident_date)):
        return "date"
    return None


@cache
def _court_words() -> frozenset[str]:
    verbs = lexicon()["role_verbs"]
    return frozenset(verbs["convict"]) | frozenset(verbs["plead"]) | frozenset(verbs["acquit"])


def _court_outcome(table: TokenTable, start: int, end: int) -> bool:
    """Whether a sentence tells a court's outcome ("a jury convicted Jo Doe of murder in
    March", "pleaded guilty in June"): a report of a sentencing or a trial dates it apart
    from the act and the sentencing, and it is the case's own."""
    return any(lemma.lower() in _court_words() for lemma in table.lemma[start:end])


def digression_sentences(doc: Doc, people: list[Person], incident_date: str | None,
                         own_start: int | None = None) -> set[int]:
    """The start tokens of the sentences that lie in digressions.

    `people` are the article's victims and suspects. A sentence naming another event ("In
    a separate shooting, ...") opens a digression; one naming only an earlier time ("last
    year") does so once one of those people has been named outside digressions, and is
    else a digression alone (a report opens on its own incident, whatever its times: "...
    was sentenced for a shooting last year"). A time or far date in a sentence naming one
    of them again is theirs, unless the date is years old (the suspect's old crime). The
    first sentence is the article's own (a dateline or a heading alone, with no lower-case
    word, is none). A
    digression ends at a paragraph break, after MAX_SENTENCES sentences (unless it names
    another event and its sentences still name new people), or at a sentence
    naming again one of the people named outside digressions before it. A paragraph that
    ends on its cue carries the digression into the next one where that cue names another
    event, or a far date with no one named ("On May 2, two men were shot ..." and then
    their names); so does a paragraph on another event that has named none of the people.
    A roundup's next shooting (someone new, by age, hurt at a time of day at a block
    address the article's own story did not give) opens one too, which runs on past
    paragraphs and the sentence limit until a sentence names the article's people or
    gives its own block again.
    In a list of labelled items (a police blotter) an item that tells no harm is a
    digression to its paragraph's end.
    The sentences before `own_start`, where a page that opens on other stories begins the
    one its headline tells (see focus.py), are digressions all; so are a station page's
    teasers of its other stories and, on a wire's roundup, the stories but the report's own.
    People named first in the very sentence of a sure cue (another event, a date years old)
    are that event's, and so are people named first as the name of an event ("since the
    Jo Doe case"): a later sentence naming only such people lies in a digression too.
    """
    text = text_of(doc)
    far = _far_dates(text, incident_date)
    named_in: dict[int, set[int]] = {}  # sentence start -> people named there
    for i, person in enumerate(people):
        for m in person.names:
            if not _landmark(m):
                named_in.setdefault(m.span.sent.start, set()).add(i)
    out: set[int] = set()
    seen: set[int] = set()
    started = False  # whether the article's own incident has been told of yet
    inside = False
    length = 0  # sentences since the last cue
    cue = None  # the kind of that cue
    cue_named: set[int] = set()  # the people the cue's sentence names first
    named_since: set[int] = set()  # the people named since that cue
    paragraph_end = False
    strangers: set[int] = set()  # the people named first in sure digressions
    # or named first as the name of an event ("since the Jo Doe case")
    firsts = [min(p.names, key=lambda m: m.start) if p.names else None for p in people]
    as_event = {i for i, m in enumerate(firsts) if m is not None and _names_an_event(m.span)}
    sites: set[str] = set()  # the block addresses of the article's own story
    sure = False  # whether the last digression's cue is sure (see below)
    # Sentences are read from the token table: building each Span and its text again for
    # every test was most of this function's time.
    table = tokens_of(doc)
    items = _harmless_items(table, text)
    skipped = 0  # the sentences before own_start; the first after it is the article's own
    playlist = _playlist_lines(text)
    teasers = sorted(teaser_lines(text, doc.user_data.get("casefile_title")) + related_lines(
        text, doc.user_data.get("casefile_title")))
    story = page_story(text, doc.user_data.get("casefile_title"))
    others = wire_others(text, doc.user_data.get("casefile_title")) + later_stories(
        text, doc.user_data.get("casefile_title"))
    for n, ((start, end), start_char) in enumerate(zip(table.sent_bounds,
                                                        table.sent_start_chars)):
        sent_text = table.span_text(start, end)
        end_char = start_char + len(sent_text)
        gap = text[start_char:start_char + len(sent_text) - len(sent_text.lstrip())]
        if own_start is not None and start_char + len(gap) < own_start:
            out.add(start)  # another story of the page, before the headline's own
            skipped = n + 1
            continue
        if story and not story[0] <= start_char + len(gap) < story[1]:
            out.add(start)  # another story of a wire's roundup
            skipped = n + 1 if start_char < story[0] else skipped
            continue
        if any(a <= start_char + len(gap) < b for a, b in others):
            out.add(start)  # another town's wire story, or a story printed after the report
            continue
        if n == skipped and not any(w[:1].islower() for w in sent_text.split()):
            skipped = n + 1  # a dateline or a heading ("DOVER, Del. —"): the story is next
            continue
        if playlist and _playlist_entry(text, start_char + len(gap), playlist):
            out.add(start)  # "0:27 Father of man killed ...": an entry of a video playlist
            continue
        if teasers and _playlist_entry(text, start_char + len(gap), teasers):
            out.add(start)  # a line written twice: a station page's teaser of another story
            continue
        here = named_in.get(start, set())
        # A digression ends with its paragraph, unless that paragraph ends on its cue: one
        # naming another event, or a far date naming no one or those named here alone; or
        # unless it told another event without naming anyone yet (their names follow).
        if (paragraph_end or "\n" in gap) and not _LATER.match(sent_text) \
                and not _AMONG.match(sent_text) and not (length == 1 and (
                cue == "event" or cue == "date" and (not cue_named or here and here <= cue_named))
                or cue == "event" and not named_since or cue == "site"):
            inside = False
        # A sentence's span keeps the line breaks after it.
        paragraph_end = "\n" in sent_text[len(sent_text.rstrip()):] \
            or "\n" in text[end_char:end_char + 1]
        found = _cue(table, start, end, sent_text, start_char, far, incident_date) if n > skipped else None
        if not found and n > skipped and start in items:
            found = "item"
        if not found and n > skipped and not here & seen and _new_site(table, start, end, sent_text,
                                                                   sites):
            found = "site"
        if found in ("time", "date") and here & seen and not (
                found == "date" and _old_date(text, [(a, b) for a, b in far
                                                     if start_char <= a < end_char],
                                              incident_date)):
            # "after Doe was shot earlier this year": the article's own; but "in 2001, Doe
            # shot Roe" tells an old case of the article's suspect
            found = None
        if found and started:
            inside, length, cue, cue_named = True, 0, found, here - seen
            named_since = set(here)
            # Only a cue of another event, or of a date years old, is sure enough to make
            # the people it brings strangers: a recent time ("last year") is often the
            # article's own case at trial.
            sure = found == "event" and _names_other_event(sent_text, sure=True) \
                or found == "date" and _old_date(
                text, [(a, b) for a, b in far if start_char <= a < end_char], incident_date)
        # (A list of another event's people, "Doe, 33, and Roe, 26, were killed at ...",
        # goes on past the sentence limit while each sentence names someone new.)
        # (A roundup's next shooting goes on, paragraph after paragraph, until the report
        # comes back to its own people or place.)
        elif inside and (here & seen or cue == "site" and _sites(sent_text) & sites
                         or length >= MAX_SENTENCES and cue not in ("site", "item")
                         and not (cue == "event" and here)):
            inside = False
        length += 1
        if inside or found:
            out.add(start)
            named_since |= here
            if sure and found:
                strangers |= here - seen
        elif here and here <= strangers:
            # A sentence that names only people met first in digressions goes on telling
            # their event ("Roe died on the porch steps"), wherever it stands.
            out.add(start)
        else:
            # the article's own sites: the first one it gives, and those of its people
            if not sites or here & seen:
                sites |= _sites(sent_text)
            strangers |= here & as_event - seen
            seen |= here - strangers
            started = started or bool(here) or _harm_between(table, start, end)
    return out


# A video's length before an entry's title ("0:27 Father of ..."; not "4:14 PM")
_DURATION = re.compile(r"(?<![\w:])\d{1,2}:\d{2}[ \t]+(?![AaPp]\.?[Mm]\b)(?=[A-Z'‘\"“])")
_LINE = re.compile(r"[^\n]+")


def _playlist_lines(text: str) -> list[tuple[int, int]]:
    """The lines of a playlist of other stories, as (start, end) offsets: lines that open on
    a video's length, where two such lines follow each other (blank lines between them
    aside), or where one holds two entries or more or is a playlist line by the dates
    module's pattern. Found once per text: a test per sentence would read a long line again
    for each of its sentences."""
    lines = []  # each non-blank line: whether it opens on a video's length, and is sure alone
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.strip():
            continue
        opens = bool(_DURATION.match(line.lstrip()))
        sure = opens and (len(_DURATION.findall(line)) >= 2
                          or bool(_date_patterns()["playlist"].match(text, m.start())))
        lines.append((m.start(), m.end(), opens, sure))
    # (a caption's carousel may tell the article's own story between stamps: only lines
    # that open on a stamp count)
    out = []
    for i, (start, end, opens, sure) in enumerate(lines):
        neighbours = lines[max(0, i - 1): i] + lines[i + 1: i + 2]
        if opens and (sure or any(n[2] for n in neighbours)):
            out.append((start, end))
    return out


def _playlist_entry(text: str, at: int, lines: list[tuple[int, int]] | None = None) -> bool:
    """Whether offset `at` lies on a playlist line (`lines`: _playlist_lines of the text)."""
    lines = _playlist_lines(text) if lines is None else lines
    i = bisect.bisect_right(lines, (at, len(text) + 1)) - 1
    return i >= 0 and lines[i][0] <= at < lines[i][1]


def _landmark(m: Mention) -> bool:
    """Whether a name is only a landmark's owner: "a half-mile from Doe's home" places
    another event; it does not tell of Doe."""
    doc = m.span.doc
    after = doc[m.span.end: m.span.end + 2]
    return len(after) == 2 and after[0].text in POSSESSIVE and after[1].lower_ in words("home_words") \
        and m.span.start > 0 and doc[m.span.start - 1].lower_ in ("from", "near", "of", "past")


def only_in_digressions(person: Person, digressions: set[int]) -> bool:
    """Whether every mention of a person lies in digressions: every name of a named person
    (descriptions join names by guess), every description of an unnamed one."""
    spans = [m.span for m in (person.names or person.descriptions())]
    return bool(spans) and all(s.sent.start in digressions or person.names and _names_an_event(s)
                               for s in spans)


def _names_an_event(span: Span) -> bool:
    """Whether a name stands as the name of an event ("since the Jo Doe case", "after
    the Doe shooting"): where the person is named otherwise only in digressions, that event
    is another one. Not a name the headline gives: "the Jo Doe murder trial" under a
    headline naming Doe is the article's own case."""
    doc = span.doc
    if not (span.end < len(doc) and doc[span.end].lower_ in words("other_event_nouns")):
        return False
    title = (doc.user_data.get("casefile_title") or "").lower()
    return span[-1].lower_ not in set(re.findall(r"[\w'-]+", title))


# Where a photo caption places the people it shows: "Jo Doe, left, comforts ...", "Ann Roe
# (R) ...": the people of such captions are mourners, family and officials in a picture
# (of this or another story), not people the story tells harm of.
_IN_PICTURE = re.compile(r",\s+(?:left|right|center|centre|second from (?:left|right)|from left)"
                         r"\s*,|\((?:L|R|C|left|right|center)\)")


def caption_sentences(doc: Doc) -> set[int]:
    """The start tokens of sentences that place people in a picture (_IN_PICTURE)."""
    out: set[int] = set()
    for match in _IN_PICTURE.finditer(text_of(doc)):  # one search of the text, not each sentence's
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            out.add(span.sent.start)
    return out

