"""The headline's passage: where a page of several stories tells the one its headline names.

A page may open on other stories (a station's list of its latest reports, a roundup's
earlier shootings) before the one its headline tells: "Three hurt by gunfire at skating
rink" over a page whose first paragraphs tell of a flood. The headline's own passage is the first
paragraph that shares most of its words; where every paragraph before it shares almost
none, and name no one whom it names again, the report's own incident starts there.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from casefile.extract.pipeline import text_of
from casefile.extract.places.geonames import place_data
from casefile.lexicons import lexicon, words

# The page readers below are asked for the same page by several stages (dates, people,
# digressions); each keeps its answers for the last few pages. Callers must not change the
# lists they are given.
PAGES_KEPT = 8
MIN_WORDS = 3  # a headline with fewer words of its own points at nothing clearly
MAX_BEFORE = 1  # a paragraph before the passage shares at most so many of its words
MIN_TEASERS = 2  # a list of teasers of other stories has so many at least
STORY_CHARS = 60  # a paragraph so long tells something (a byline or a stamp does not)
# A headline's tail after a dash or bar names the site: "... - Channel 9 News"
_SITE_TAIL = re.compile(r"\s+[-|–—]\s+.*$")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")


def _words(text: str) -> set[str]:
    """The words of a text that may tell its story apart: no stop words, numbers as
    digits ("two" is "2"), no possessive or plural ending."""
    numbers = lexicon()["number_words"]
    out = set()
    for w in _WORD.findall(text.lower()):
        w = re.sub(r"['’]s$", "", w)
        w = str(numbers.get(w, w))
        if w in STOP_WORDS or len(w) < 2 and not w.isdigit():
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


MIN_SLUGS = 3  # a roundup of a wire's stories heads so many at least with a slug
# A wire story's dateline: "CHEYENNE, Wyo. (AP) - ", "LITTLE ROCK, AR - "
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][A-Za-z. ]+)?\s*(?:\([A-Za-z0-9 .]+\))?"
                       r"\s*[-—–]{1,3}\s")


def _slug(line: str) -> bool:
    """A roundup's slug over a story: a short line in capitals, no sentence, no dateline
    ("MISSILE SITE CLEANUP")."""
    letters = [c for c in line if c.isalpha()]
    return (len(letters) >= 4 and not any(c.islower() for c in letters)
            and len(line.split()) <= 8 and not line.rstrip().endswith((".", "!", "?"))
            and not _DATELINE.match(line))


def roundup_story(text: str, title: str | None = None) -> tuple[int, int] | None:
    """The (start, end) offsets of the story a roundup's report is of, where the page is a
    wire's roundup of several stories: MIN_SLUGS stories or more, each headed by a slug
    with a dateline in its first lines. The story is the one that shares the most of the
    headline's words (half of them, MIN_WORDS at least), else the first that tells of
    violence (a roundup's page title often names only the site); None where the page is
    no roundup or no story tells of violence."""
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", text)
             if m.group().strip()]
    heads = [i for i, (_, line) in enumerate(lines) if _slug(line)
             and any(_DATELINE.match(later) for _, later in lines[i + 1: i + 4])]
    if len(heads) < MIN_SLUGS:
        return None
    bounds = [lines[i][0] for i in heads] + [len(text)]
    stories = list(itertools.pairwise(bounds))
    own = _words(_SITE_TAIL.sub("", title)) if title else set()
    need = max(MIN_WORDS, (len(own) + 1) // 2)
    shared = [len(_words(text[a:b]) & own) for a, b in stories]
    if own and max(shared) >= need:
        return stories[shared.index(max(shared))]
    harm = _harm_words()
    return next(((a, b) for a, b in stories
                 if {w.lower() for w in _WORD.findall(text[a:b])} & harm), None)


BLOTTER_ITEMS = 3  # a police blotter lists so many incidents at least
BLOTTER_LEAD = 600  # a blotter calls itself one in its title or in so many first characters
# An item's label, before its text on the same line: "SHOOTING, 2300 block of Elm Street: ",
# "THEFT: ", "Stolen bike: ", "DUI - "
_ITEM_LABEL = re.compile(r"(?:[A-Z][A-Za-z/&'’-]*\s?){1,4}(?:,[^:\n]{2,80})?(?::|\s[-—–])\s")


def _heading(line: str) -> bool:
    """A short line over an item: a few words, no sentence, no dateline ("Homicide on
    Butler Avenue")."""
    return (0 < len(line.split()) <= 8 and line[:1].isupper() and "|" not in line
            and not line.rstrip().endswith((".", "!", "?", ",")) and not _DATELINE.match(line))


def blotter_story(text: str, title: str | None = None) -> tuple[int, int] | None:
    """The (start, end) offsets of the item a police blotter's report is of: a page that
    calls itself a blotter (lexicon blotter_words, in its title or first lines) and lists
    BLOTTER_ITEMS incidents or more, each a paragraph that opens on a label ("THEFT, 1900
    block of Elm Street: ...") or stands under a short heading. The item is the one that
    shares the most of the headline's words (half of them, MIN_WORDS at least), else the
    first that tells of violence; the others are other incidents, whose people (arrested
    for a theft, hurt in a crash) are none of the report's. None where the page is no
    blotter or no item tells of violence."""
    lead = f"{title or ''} {text[:BLOTTER_LEAD]}".lower()
    if not any(w in lead for w in words("blotter_words")):
        return None
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", text)
             if m.group().strip()]
    starts = []
    for i, (start, line) in enumerate(lines):
        following = lines[i + 1][1] if i + 1 < len(lines) else ""
        if _ITEM_LABEL.match(line) and len(line) >= STORY_CHARS or _heading(line) and len(
                following) >= STORY_CHARS and not _ITEM_LABEL.match(following):
            starts.append(start)
    if len(starts) < BLOTTER_ITEMS:
        return None
    items = list(itertools.pairwise(starts + [len(text)]))
    own_title = _SITE_TAIL.sub("", title).strip() if title else ""
    # (an item that holds the page's own headline is its heading, not an incident)
    candidates = [(a, b) for a, b in items if not (own_title and own_title in text[a:b])]
    if not candidates:
        return None
    own = _words(own_title)
    need = max(MIN_WORDS, (len(own) + 1) // 2)
    shared = [len(_words(text[a:b]) & own) for a, b in candidates]
    if own and max(shared) >= need:
        return candidates[shared.index(max(shared))]
    harm = _harm_words()
    return next(((a, b) for a, b in candidates
                 if {w.lower() for w in _WORD.findall(text[a:b])} & harm), None)


# A wire dateline that opens a paragraph, with its state or its agency: "BILOXI, Miss.
# (AP) — ", "DOVER, Del. - " (not "UPDATE — ")
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][A-Za-z. ]+\s*(?:\([A-Za-z0-9 .]+\))?"
                            r"|\s*\([A-Za-z0-9 .]+\))\s*[-—–]{1,3}\s")


@lru_cache(maxsize=PAGES_KEPT)
def wire_others(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets of the other wire stories of a page: where two or more
    paragraphs open on a dateline ("BILOXI, Miss. (AP) — "), each a story to the next, the
    report's own is the one that shares the most of the headline's words (half of them,
    MIN_WORDS at least), else the first that tells of violence; a story from another
    town's dateline is another story (one from the same town is more often an update of
    the same one)."""
    # (a story printed after the report under its own headline is one already, and a
    # list of teasers, which may repeat the page's headline, tells no story)
    later = later_stories(text, title)
    teasers = related_lines(text)  # (with no headline: its own teaser too)
    found = [(m.start(), d.group().split(",")[0].split("(")[0].strip()) for m in re.finditer(
        r"[^\n]+", text) if (d := _WIRE_DATELINE.match(m.group().lstrip())) is not None
        and not any(a <= m.start() < b for a, b in later)]
    if len(found) < 2 or page_story(text, title) is not None:
        return []  # (a roundup under slugs has its story already)
    stories = list(itertools.pairwise([start for start, _ in found] + [len(text)]))
    own = _words(_SITE_TAIL.sub("", title)) if title else set()
    need = max(MIN_WORDS, (len(own) + 1) // 2)

    def told(a: int, b: int) -> str:
        cuts = sorted((max(a, x), min(b, y)) for x, y in later + teasers if x < b and y > a)
        kept, at = [], a
        for x, y in cuts:
            kept.append(text[at:x])
            at = max(at, y)
        return " ".join(kept + [text[at:b]])

    shared = [len(_words(told(a, b)) & own) for a, b in stories]
    if own and max(shared) >= need and shared.count(max(shared)) == 1:
        best = shared.index(max(shared))
    else:  # a site's name for a title: the first story that tells of violence
        harm = _harm_words()
        best = next((k for k, (a, b) in enumerate(stories)
                     if {w.lower() for w in _WORD.findall(text[a:b])} & harm), 0)
    town = found[best][1]
    return [story for story, (_, place) in zip(stories, found) if place != town]


@lru_cache(maxsize=PAGES_KEPT)
def page_story(text: str, title: str | None = None) -> tuple[int, int] | None:
    """The (start, end) offsets of the report's own story on a page of several that its
    layout marks: a wire's roundup (roundup_story) or a police blotter (blotter_story)."""
    return roundup_story(text, title) or blotter_story(text, title)


@cache
def _harm_words() -> frozenset[str]:
    """Words that tell of violence done to people (lower-case forms)."""
    lex = lexicon()
    return frozenset(w for category in ("harm_killed", "harm_injured", "violence_verbs")
                     for w in lex[category]) | frozenset(lex["methods"]["shooting"])


@lru_cache(maxsize=PAGES_KEPT)
def teaser_lines(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets of the lines a station's page repeats, each at once after
    itself (blank lines between aside): a list of its other stories, each teased by a line
    written twice. Where the page repeats MIN_TEASERS lines or more, each that shares
    fewer than half the headline's words (MIN_WORDS at least) is another story's; one line
    repeated alone may tease the article's own story above it, and is another's only where
    it shares at most MAX_BEFORE of the headline's words (and there is a headline)."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"[^\n]+", text)
             if m.group().strip()]
    own = _words(_SITE_TAIL.sub("", title)) if title else set()
    need = max(MIN_WORDS, (len(own) + 1) // 2)
    twice = [(start, end, len(_words(line) & own)) for i, (start, end, line) in enumerate(lines)
             if i > 0 and lines[i - 1][2] == line or i + 1 < len(lines) and lines[i + 1][2] == line]
    # One line written twice may tease the page's own story above it; a list has more, and
    # each line of it that shares fewer than half the headline's words is another story's.
    most = need - 1 if len(twice) >= 2 * MIN_TEASERS else MAX_BEFORE if own else -1
    return [(start, end) for start, end, shared in twice if shared <= most]


# A line that ends as a sentence or a list item does ("... police said.", "Doe, 23,")
_SENTENCE_END = re.compile(r"[.!?;,\"”)]\s*$")
_LAST_WORD = re.compile(r"(\w+)\.\s*$")


_BULLET = re.compile(r"[-•*·]\s")


# A teaser's date in brackets after it: "Man killed in shooting (May 15, 2017)", "(Aug. 19)"
_DATE_TAIL = re.compile(r"\s*\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{4})\)\s*$")


def _sentence_end(line: str) -> bool:
    """Whether a line ends as a sentence does; not on a road's abbreviation ("... near
    35th St.", places.json road_words), nor on a date in brackets ("... (May 15,
    2017)"), as a teaser may."""
    line = _DATE_TAIL.sub("", line)
    if not _SENTENCE_END.search(line):
        return False
    last = _LAST_WORD.search(line)
    return not (last and last.group(1)[:1].isupper()
                and last.group(1).lower() in place_data()["road_words"])


def _teaser_header(line: str) -> bool:
    """A line that heads a list of other stories: "Related:", "More Stories", "Trending
    now »" (lexicon teaser_headers; a few words after one are its site's: "More from
    Channel 5")."""
    low = re.sub(r"[:\s|»›>-]+$", "", line.strip().lower())
    return any(low == h or low.startswith(h + " ") and len(low.split()) <= 5
               for h in words("teaser_headers"))


@lru_cache(maxsize=PAGES_KEPT)
def related_lines(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets of the teasers listed under a header of other stories
    ("Related:", "More Stories"): each line after it of three words or more that is no
    sentence, up to the first line that is one. A teaser that shares half the headline's
    words (MIN_WORDS at least) may be of the article's own story, and is not taken."""
    own = _words(_SITE_TAIL.sub("", title)) if title else set()
    need = max(MIN_WORDS, (len(own) + 1) // 2)
    out: list[tuple[int, int]] = []
    inside = False
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        if not line:
            continue
        if _teaser_header(line):
            inside = True
        elif inside and 3 <= len(line.split()) <= 25 and (
                not _sentence_end(line) or _BULLET.match(line)):  # "- Two hurt in crash."
            if not (own and len(_words(line) & own) >= need):
                out.append((m.start(), m.end()))
        else:
            inside = False
    return out


# The teasers of one line after its header: "Related: - Man charged in ... - Police seek ...",
# "More headlines: * ... * ..."
_TEASER_BREAK = re.compile(r"\s+[-•|·–—*]\s+")


# A live page's label over an earlier or later version of its own story: "Update (Feb. 18):",
# "ORIGINAL STORY:", "Previously"
_UPDATE_LABEL = re.compile(r"\s*(?:update|updated|original|previous|previously|earlier|editor)\b",
                           re.IGNORECASE)


# The end of a teaser's bracketed date, before the next teaser: "... (April 30, 2017) Woman ..."
_AFTER_DATE = re.compile(r"(?<=\d\))\s+(?=[A-Z])")


# A header in capitals at a line's start, before a capitalised word: "MOST POPULAR Man ..."
_CAPS_HEADER = re.compile(r"\s*([A-Z][A-Z'’ ]*[A-Z])\s+(?=[A-Z][a-z])")


@lru_cache(maxsize=PAGES_KEPT)
def related_inline(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of lines that are a header and its teasers in one
    ("RELATED: Teen wounded in shooting Tuesday night", "Related stories: - Man charged in
    ... - Police seek ..."). The teaser may be of the story itself ("RELATED: At least 4
    dead in shooting spree"), so its numbers and names are left to the other rules; its day
    is another story's or an earlier report's, not a better one."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        head, colon, rest = m.group().partition(":")
        if not _teaser_header(head):  # "RELATED HEADLINES - Man charged in ... - ..."
            head, colon, rest = m.group().partition(" - ")
        caps = _CAPS_HEADER.match(m.group())
        if not (colon and _teaser_header(head)) and caps and _teaser_header(caps.group(1)):
            # "MOST POPULAR Man, 71, dies in house fire School levy fails ...": a header in
            # capitals, and its teasers with nothing between them
            head, colon, rest = caps.group(1), " ", m.group()[caps.end():]
        # (teasers may follow one another with only a bracketed date between: "Man hurt in
        # stabbing (April 30, 2017) Woman charged in crash (April 22, 2017)")
        teasers = [u for t in _TEASER_BREAK.split(" " + rest.strip() + " ")
                   for u in _AFTER_DATE.split(t) if u.strip(" -•|·–—*")]
        if colon and _teaser_header(head) and 3 <= len(rest.split()) and teasers and all(
                len(t.split()) <= 25 and not _sentence_end(t) for t in teasers):
            out.append((m.start(), m.end()))
    return out


# A byline or a time stamp over a story: "By Jo Doe | Posted May 2, 2016", "Channel 5 |
# Published 5:31 p.m. Sept. 17", "Updated: 4:48 PM"
_BYLINE = re.compile(r"By\s+[A-Z]|[^\n]{0,80}\|\s*(?:Published|Posted|Updated)\b"
                     r"|(?:Published|Posted|Updated)\b")
MAX_BYLINE = 200  # a byline is one short line


def _byline(line: str) -> bool:
    """Whether a line is a story's byline or time stamp (_BYLINE), one short line."""
    return len(line) <= MAX_BYLINE and _BYLINE.match(line) is not None


def _comments_header(line: str) -> bool:
    """A line that heads readers' comments: "COMMENTS (14)", "Reader comments"."""
    low = re.sub(r"\s*\(\d+\)\s*|[:\s]+$", "", line.strip().lower())
    return low in words("comment_headers")


@lru_cache(maxsize=PAGES_KEPT)
def later_stories(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets of what a page prints after its report: another story
    under its own headline ("MORE LOCAL NEWS / Midland homeowner shoots man ... / By Staff
    | Posted Jun 30 / MIDLAND — A man was shot ..."), and readers' comments.

    A later story is a paragraph that opens on a dateline, under a headline line that
    shares fewer than half of the page headline's words, with a byline between the two or
    a section heading in capitals over the headline, or right under such a heading (or a
    teaser header, with or without a headline after its colon: "Also on the site: ...");
    or, dateline or not, a paragraph under a headline in capitals right after the page's
    links to other stories ("Read more: - ... - ..."). It runs to the next such heading (or
    a teaser or comments header). It must follow a paragraph of the report itself
    (STORY_CHARS or more), so a page's own headline and byline over its dateline are not
    taken. Comments run from their header to the end of the page (a header in the page's
    first half is a share bar's "View comments"). A roundup's page (page_story) has its
    stories told apart already.
    """
    if page_story(text, title) is not None:
        return []  # a roundup's or a blotter's page: its stories are told apart already
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", text)
             if m.group().strip()]
    own = _words(_SITE_TAIL.sub("", title)) if title else set()
    need = max(MIN_WORDS, (len(own) + 1) // 2)

    def heading(line: str) -> bool:
        return _slug(line) or _teaser_header(line) or _comments_header(line)

    def headline(line: str) -> bool:
        return (3 <= len(line.split()) <= 25 and not _sentence_end(line)
                and not (own and len(_words(line) & own) >= need))

    linked = related_inline(text) + related_lines(text, title)
    out: list[tuple[int, int]] = []
    told = False  # whether a paragraph of the report has been read
    datelined = False  # whether the report itself opened on a dateline
    i = 0
    while i < len(lines):
        start, line = lines[i]
        if told and start > len(text) // 2 and _comments_header(line):
            out.append((start, len(text)))
            break
        dateline = len(line) >= STORY_CHARS and _DATELINE.match(line) is not None
        top, byline = i, False
        if dateline and top > 0 and _byline(lines[top - 1][1]):
            top, byline = top - 1, True
        # (a live page's label over its own first version, "ORIGINAL STORY:", heads no
        # other story)
        over = top > 0 and not byline and not _UPDATE_LABEL.match(lines[top - 1][1]) and (
            heading(lines[top - 1][1]) or _teaser_header(lines[top - 1][1].partition(":")[0]))
        if dateline and told and (over or top > 0 and headline(lines[top - 1][1])):
            # under a headline with a byline or a section heading over it, or right under a
            # section heading ("ELSEWHERE", "Also on the site: <headline>")
            top -= 1
            headed = not over and top > 0 and heading(lines[top - 1][1])
            # (or right after the page's links to other stories: "Related: ... ... / Man
            # hurt in crash / CITY - A man ...")
            after_links = not over and top > 0 and any(a <= lines[top - 1][0] < b for a, b in linked)
            # (or where the report opened on a dateline of its own: a second headline and
            # dateline further down are a second story, "Man dies in crash / CITY (KXXX) — ...")
            if over or headed or byline or after_links or datelined and not _UPDATE_LABEL.match(
                    lines[top][1]):
                top -= headed
                end = next((k for k in range(i + 1, len(lines)) if heading(lines[k][1])),
                           len(lines))
                out.append((lines[top][0], lines[end][0] if end < len(lines) else len(text)))
                i = end
                continue
        if told and _slug(line) and i + 1 < len(lines) and len(lines[i + 1][1]) >= STORY_CHARS \
                and any(a <= lines[i - 1][0] < b for a, b in linked):
            # a headline in capitals right after the page's links to other stories ("Read
            # more: - ... - ...") heads a story of its own, dateline or not
            end = next((k for k in range(i + 1, len(lines)) if heading(lines[k][1])), len(lines))
            out.append((start, lines[end][0] if end < len(lines) else len(text)))
            i = end
            continue
        # (a site's menu, "NEWS | SPORTS | ...", is no paragraph of the report)
        datelined = datelined or dateline and not told
        told = told or len(line) >= STORY_CHARS and not _byline(line) and _sentence_end(line)
        i += 1
    return out


def headline_passage(doc: Doc, title: str | None, stories: int = 0) -> int | None:
    """The character offset where the passage the headline tells begins, where that is not
    the text's first paragraph and the paragraphs before it share at most MAX_BEFORE of the
    headline's words; else None. The passage shares half the headline's words, and at
    least MIN_WORDS. Where someone named before it is named again from there on, the text
    before was the same story told before its headline's words (a lede on Doe
    and Roe at a party, and then the paragraph that tells the gunfire in the headline's words).
    `stories` asks for so many paragraphs of STORY_CHARS or more before the passage: a
    lede of one sentence that shares few of the headline's words is more often the
    headline's story told in other words than another story."""
    if not title:
        return None
    own = _words(_SITE_TAIL.sub("", title))
    if len(own) < MIN_WORDS:
        return None
    need = max(MIN_WORDS, (len(own) + 1) // 2)
    text = text_of(doc)
    told = 0  # the paragraphs before that tell something
    teasers = {start for start, _ in teaser_lines(text, title)}
    for n, m in enumerate(re.finditer(r"[^\n]+", text)):
        if m.start() in teasers:
            told += 1  # another story's, whatever words it shares
            continue
        shared = len(_words(m.group()) & own)
        if shared > MAX_BEFORE and shared < need or shared >= need and n == 0:
            return None
        if shared >= need:
            return None if told < stories or _named_again(doc, text, m.start()) else m.start()
        told += len(m.group().strip()) >= STORY_CHARS
    return None


def _named_again(doc: Doc, text: str, start: int) -> bool:
    """Whether someone the text names before `start` is named again from there on."""
    after = {re.sub(r"['’]s$", "", w) for w in _WORD.findall(text[start:])}  # "Doe's": Doe
    return any(e.label_ == "PERSON" and e.end_char <= start and e[-1].text in after
               for e in doc.ents)


@lru_cache(maxsize=PAGES_KEPT)
def foreign_spans(text: str, title: str | None) -> list[tuple[int, int]]:
    """The (start, end) offsets of the page's other stories that its layout marks, whoever
    they name: a station page's teasers (teaser_lines, related_lines), a roundup's or a blotter's stories
    but the report's own (page_story) and other towns' wire stories (wire_others). (The paragraphs before a headline's passage are not
    among them: a name there may be the passage's, told before in other words.)"""
    out = (teaser_lines(text, title) + related_lines(text, title) + wire_others(text, title)
           + later_stories(text, title))
    story = page_story(text, title)
    if story is not None:
        out += [(0, story[0]), (story[1], len(text))]
    return sorted(out)
