"""Which stated numbers are about the article's own incident: not those of a sentence
that speaks of several incidents ("five were shot in three separate shootings"), of a
line linking to another story ("RELATED: 2 dead in crash"), nor of a passage about
another incident (found by the participants' rules, see digressions.py).

Kept apart from the finders of numbers: these tests read whole sentences and lines,
not the grammar around a number.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from casefile.extract.counts.stated_counts import statements
from casefile.extract.counts.statement import Statement, alt
from casefile.extract.focus import related_inline
from casefile.extract.pipeline import text_of
from casefile.extract.places.geonames import place_data
from casefile.extract.tokens import tokens_of
from casefile.lexicons import lexicon, words

# The key under which the participants' rules keep, in the Doc's token table, the start
# tokens of the sentences that tell of other incidents (see digressions.py).
DIGRESSIONS = "digression_sentences"


@cache
def several_events() -> re.Pattern[str]:
    """A number said of several incidents: "in two separate shootings", "a string of
    shootings", "17 shootings across the city", "20 people shot in 80 hours", "wounded in
    attacks across town"."""
    numbers = [w for w, n in lexicon()["number_words"].items() if n > 1]
    many = sorted(set(numbers) | set(words("count_several_words")), key=len, reverse=True)
    nouns = sorted((w for w in words("other_event_nouns") if w.endswith("s")), key=len, reverse=True)
    spans = alt(sorted(words("count_period_nouns"), key=len, reverse=True))
    plural = sorted(words("count_bare_plural_events"), key=len, reverse=True)
    return re.compile(
        rf"\b(?:(?:{alt(many)}|\d+)\W+(?:(?!of\b|the\b)[\w'-]+\W+){{0,2}}?(?:{alt(nouns)})\b"
        # "nine were wounded in attacks in the city": a bare plural, where one incident's
        # shots or places are "the attacks"; not "charged in shootings of two men"
        rf"|\bin\s+(?:(?!{_DETERMINERS}\b)[\w-]+\s+)?(?:{alt(plural)})\b(?!\s+of\b)"
        # "in other midweek attacks"
        rf"|other\s+(?:[\w'-]+\s+)?(?:{alt(nouns)})\b"
        # "in four hours", "over a span of 80 hours", "in the last seven months"
        rf"|(?:in|over|within|during|past|last|span of)\s+(?:the\s+)?(?:(?:last|past)\s+)?"
        rf"(?:(?:less|more|fewer)\s+than\s+|about\s+|just\s+|under\s+)?"
        rf"(?:{alt(numbers)}|\d+)\s+(?:{spans})\b"
        rf"|\b(?:{alt(numbers)}|\d+)-(?:hour|day|week|month)\s+(?:period|span|stretch)\b"
        # "13 people shot Friday and Saturday": over two days, not in one incident (but a
        # party "from Friday night into Saturday" is one)
        rf"|{_DAY}(?:\s+night)?\s+(?:and|through)\s+(?:early\s+)?{_DAY}"
        # "11 people shot from Tuesday afternoon to early Wednesday" (not "into": a party)
        rf"|from\s+(?:early\s+|late\s+)?{_DAY}(?:\s+{_DAY_PART})?\s+(?:to|until|till)\s+(?:early\s+|late\s+)?{_DAY}"
        # "80 people were killed in November alone": a month's toll
        rf"|\bin\s+{_MONTH}\s+alone"
        # "33 shot across Chicago over weekend": a city's toll
        rf"|{_across_place()}"
        # "shootings across the city" (but "turned up at hospitals across the city" is
        # where one incident's hurt went)
        rf"|(?<!hospitals\s)(?<!hospital\s)"
        rf"(?:{alt(sorted(words('count_roundup_phrases'), key=len, reverse=True))}))\b",
        re.IGNORECASE)


@cache
def _across_place() -> str:
    """A place's name after "across" and before a time, as a city's toll gives it ("33
    shot across Chicago over weekend"); not a road's ("across Elm Street")."""
    roads = alt(sorted(place_data()["road_words"], key=len, reverse=True))
    return (rf"\bacross\s+(?!(?:[a-z]+\s+)?(?:{roads})\b)"
            rf"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:over|this|last|between|during|since|from|through)\b")


@cache
def city_toll() -> re.Pattern[str]:
    """A toll of a whole town's: "across the city", "across Chicago over the weekend", "in
    the city this weekend", "citywide" (several_events reads more kinds of several events,
    some of which tell the article's own: "a man was killed in a pair of shootings")."""
    return re.compile(rf"\b(?:across|throughout|around)\s+(?:the\s+city|town)\b|{_across_place()}"
                      r"|\bin\s+the\s+city\s+(?:over|this|last|between|during|since)\b|\bcitywide\b",
                      re.IGNORECASE)


_DETERMINERS = r"(?:the|these|those|both|his|her|their|its|this|that|a|an|two|all)"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY_PART = r"(?:morning|afternoon|evening|night)"
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november"
          r"|december)")


def own_incident(doc: Doc, found: list[Statement]) -> list[Statement]:
    """The statements that are about the article's incident: not those of a sentence
    speaking of several incidents ("five people were shot in three separate shootings")."""
    table = tokens_of(doc)
    own: dict[int, bool] = table.memo("counts_own_sentences", lambda _: {})  # sentence -> verdict
    out = []
    for s in found:
        k = table.sent_index(s.start)  # a statement starts at a token of its sentence
        if k not in own:
            text = table.span_text(*table.sent_bounds[k])
            own[k] = (not several_events().search(_ordinal_counts().sub(" ", text))
                      and not _VIDEO_LIST.match(text))
        number = doc.char_span(s.start, s.start + 1, alignment_mode="expand")
        if own[k] and not (number is not None and _earlier_one(number.root)):
            out.append(s)
    return out


# Words of a time before the article's incident: "a week earlier", "two days ago"
_EARLIER = frozenset({"earlier", "ago", "previous", "previously", "prior", "before"})


def _earlier_one(tok: Token) -> bool:
    """Whether a number is told in a clause about another, earlier incident: "the shooting
    may be connected to one that wounded two people on the same block a week earlier"
    (the clause hangs on "one" or a noun of an event, and names an earlier time)."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ not in ("relcl", "acl"):
        return False
    head = verb.head
    if not (head.lower_ in ("one", "ones") or head.lemma_.lower() in words("other_event_nouns")):
        return False
    return any(t.lower_ in _EARLIER for t in verb.subtree)


@cache
def _ordinal_counts() -> re.Pattern[str]:
    """The incident counted among others of its period: "the third shooting this year"
    counts the article's own incident, so its period sums up nothing."""
    return re.compile(rf"\b(?:{alt(words('ordinal_words'))}|\d+(?:st|nd|rd|th))\b"
                      rf"[^.;:]{{0,40}}?\bthis\s+year\b", re.IGNORECASE)


# A line of a list of videos of other stories: "3:50 Defendant in deaths of six ... resentenced"
_VIDEO_LIST = re.compile(r"\s*\d{1,2}:\d\d\s+[A-Z]")


MAX_LINK_WORDS = 15  # a line of a list of links is a headline: short
_SENTENCE_END = re.compile(r"[.!?\"\u201d\u2019']\s*$|[.!?]\s+\S")
# A label before a link ("RELATED: ...", "Previous story: ...") or a bullet ("+ ...")
_LINK_LABEL = re.compile(r"^(?:[+\u2022\u00b7\u25aa\u25ba\u00bb*>-]\s|[A-Za-z][\w.]*(?:\s+[\w.]+){0,2}\s?:\s)")


def _headline_like(line: str) -> bool:
    """A short line with no sentence end in or after it: "Two killed in county crash"."""
    line = line.strip()
    return bool(line) and len(line.split()) <= MAX_LINK_WORDS and not _SENTENCE_END.search(line)


def link_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines that link to other stories rather than tell this one:
    headline-like lines after the story has begun (the lines before its first sentence
    are its own headline and deck) that carry a label or bullet ("RELATED: 2 dead in
    crash", "+ One killed in hit-and-run") or follow another such line (a list of links
    under "MORE STORIES"). Their numbers are other incidents' where they name another
    story (see _names_another_story)."""
    out: list[tuple[int, int]] = []
    begun = False
    previous = False  # whether the last non-empty line was headline-like
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            continue
        like = _headline_like(line)
        if begun and like and (previous or _LINK_LABEL.match(line.strip())):
            out.append((start, start + len(line)))
        begun = begun or not like
        previous = like
    return out


_CAPITALISED = re.compile(r"\b[A-Z][\w'-]{2,}")
_WORD = re.compile(r"[\w'-]+")


def _names_another_story(line: str, known: set[str]) -> bool:
    """Whether a link's headline names what the story itself (its `known` words, lower
    case) does not ("Two hurt in Polk County barn fire"): a place or person of another
    story. One that names nothing ("UPDATE: one of the victims has died") or only the
    story's own places and people is a link to an earlier or later report of it."""
    line = line.strip()
    label = _LINK_LABEL.match(line)
    while label:  # "READ MORE: UPDATED STORY: ..."
        line = line[label.end():].lstrip()
        label = _LINK_LABEL.match(line)
    line = re.sub(r"\([^)]*\)", " ", line)  # "(bit.ly/X9tlqz)", "(Source: staff)": not its words
    # the headline's first word is capitalised whatever it is
    words = [m.group() for m in _CAPITALISED.finditer(line) if m.start() > 0]
    return any(w.lower() not in known for w in words)


def _story_words(doc: Doc, title: str, links: list[tuple[int, int]]) -> set[str]:
    """The words of the title and of the sentences that tell the story: not those of its
    links, nor those of passages about other incidents (see digressions.py)."""
    table = tokens_of(doc)
    digressions: set[int] = table.memo(DIGRESSIONS, lambda _: set())
    parts = [title]
    for (start, end), char in zip(table.sent_bounds, table.sent_start_chars):
        if start not in digressions and not any(a <= char < b for a, b in links):
            parts.append(table.span_text(start, end))
    return {w.lower() for w in _WORD.findall(" ".join(parts))}


def _outside_links(doc: Doc, found: list[Statement], title: str) -> list[Statement]:
    """The statements that are not in lines of links to other stories (see link_lines)."""
    text = text_of(doc)
    # (and a header with its teasers on one line: "Related Stories: Police ID man killed in
    # Aug. 9 shooting ... Two arrested in robbery spree", too long or dotted for link_lines)
    links = tokens_of(doc).memo("counts_link_lines", lambda _: link_lines(text) + related_inline(text))
    if not any(a <= s.start < b for s in found for a, b in links):
        return found
    known = _story_words(doc, title, links)
    spans = [(a, b) for a, b in links if _names_another_story(text[a:b], known)]
    return [s for s in found if not any(a <= s.start < b for a, b in spans)]


def incident_statements(doc: Doc, title: str) -> tuple[list[Statement], list[Statement]]:
    """The statements outside links to other stories, and those of them that are about
    the article's incident (not of several incidents, nor of a passage about another)."""
    every = _outside_links(doc, statements(doc), title)
    found = own_incident(doc, every)
    # the numbers of passages about other incidents, once the participants' rules found them
    table = tokens_of(doc)
    digressions: set[int] = table.memo(DIGRESSIONS, lambda _: set())
    found = [s for s in found if table.sent_bounds[table.sent_index(s.start)][0] not in digressions]
    return every, found
