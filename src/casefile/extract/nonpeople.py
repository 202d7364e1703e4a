"""Name-shaped words that are no people of the story: picture credits and bylines, names
of places, buildings, organisations, days and things, speakers' labels of a transcript,
and shops named by a possessive.

The name finders (extract/names.py) find names widely, the model's PERSON entities and
names the rules read; these tests then drop those that name no one.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from casefile.extract.mention import NAME_SUFFIXES, POSSESSIVE
from casefile.extract.pipeline import text_of
from casefile.extract.places.geonames import place_data
from casefile.extract.tokens import tokens_of
from casefile.lexicons import lexicon, words

# A byline's start, with any names before this one: "By Ann Roe and", "By: Ann Roe,
# Jo Poe and", "Contributing: Ann Roe,". Without a colon only "and" may join the names:
# "By Sunday, Jane Doe ..." is no byline.
_BY = r"(?:[Bb]y|BY|[Pp]osted by|[Ww]ritten by|[Ss]tory by)"
_NAME_WORD = r"[A-Z][\w.'’-]*"
_BYLINE = re.compile(rf"^{_BY}(?:(?:\s+{_NAME_WORD})+\s+and)?$"
                     rf"|^(?:{_BY}|[Cc]ontributing)\s*:(?:\s*{_NAME_WORD}|\s*,|\s+and)*$")
# the start of a copyright line up to its holder's name: "Copyright 2015", "(c) 2016 ", "©"
_COPYRIGHT = re.compile(r"^(?:copyright|\(c\)|©)(?:\s*(?:©|\(c\)))?"
                        r"(?:\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?,?$", re.IGNORECASE)
_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM|HD)\d?)?$")
_WEB_ADDRESS = re.compile(r"\w\.(?:com|net|org|gov|edu|tv|us)$", re.IGNORECASE)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_SLASH_CREDIT = re.compile(r"\s?/\s?(?:for\s+)?[A-Z]")  # a name, a slash, an outlet


def credit(doc: Doc, span: Span) -> bool:
    """A photographer's credit: "Photo: Jane Doe/The Daily Post", "(Jane Doe / AP)"."""
    text = text_of(doc)
    if _SLASH_CREDIT.match(text, span.end_char):
        return True  # "Jane Doe/The Daily Post", "Jane Doe/for The Daily Post"
    before = text[max(0, span.start_char - 25): span.start_char].lower().rstrip()
    if before.endswith(tuple(lexicon()["credit_cues"])):
        return True
    if span.start_char and text[span.start_char - 1] == "#":
        return True  # a hashtag: "#DoeShooting"
    if span.start > 0 and doc[span.start - 1].text in ("By", "BY") and not (
            doc[span.start - 1].is_sent_start or span.end < len(doc) and doc[span.end].text == ","):
        return True  # a byline inside a line: "... his pillow By JANE DOE Staff Writer"
    # A reporter: "Jane Doe reports from the scene", "News4's Jane Doe", "WXYZ's Jane Doe".
    table = tokens_of(doc)
    texts, lower, end, n = table.text, table.lower, span.end, len(table.text)
    if end < n and lower[end] in ("reports", "reporting"):
        return True
    if end + 2 < n and texts[end] == "," and texts[end + 1] == "The" and any(
            texts[i][:1].isupper() and lower[i] in words("newspaper_words")
            for i in range(end + 2, min(n, end + 8))):
        return True  # "Jane Doe, The Springfield (Ill.) Herald": a picture credit
    line = text[text.rfind("\n", 0, span.start_char) + 1: span.start_char].strip()
    if _BYLINE.match(line):
        return True  # a byline: "By Jane Doe", "By: Ann Roe and Jane Doe"
    if _COPYRIGHT.match(line):
        return True  # a copyright line: "Copyright 2015 Daily Herald-Post", "© 2016 Jo Doe"
    if "/" in span.text:
        return True  # "Daily Post/ Jane Doe": an outlet and its photographer
    start = span.start
    return start >= 2 and texts[start - 1] in POSSESSIVE and (
        any(c.isdigit() for c in texts[start - 2])
        or texts[start - 2].isupper() and len(texts[start - 2]) >= 3)


def _intersection(doc: Doc, span: Span) -> bool:
    """Whether a word is one street of a crossing with a numbered one or one given a compass
    point: "24th and Doe", "Doe & 57th", "near E. Elm and Doe"."""
    before = doc[max(0, span.start - 2): span.start]
    after = doc[span.end: span.end + 3]
    return len(before) == 2 and before[1].lower_ in ("and", "&") and _street(before[0]) \
        or len(after) >= 2 and after[0].lower_ in ("and", "&") and _street(after[1])


def _street(tok: Token) -> bool:
    """Whether a word is a street's: a numbered one ("24th"), or one after a compass point
    ("E. Elm", "West Elm") or before it ("N. Elm")."""
    if _ORDINAL.match(tok.text):
        return True
    compass = words("street_directions") | {d[0] for d in words("street_directions")}
    doc = tok.doc
    return tok.i > 0 and doc[tok.i - 1].lower_.rstrip(".") in compass and tok.text[:1].isupper() \
        or tok.lower_.rstrip(".") in compass and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()


@cache
def _harm_words() -> frozenset[str]:
    """A headline's single words of harm ("shot", "killed", "dies"): no word of a name."""
    return frozenset(w for key in ("headline_killed", "headline_injured", "headline_shot")
                     for w in words(key) if " " not in w)


def aged_after(doc: Doc, i: int) -> bool:
    """Whether an age in commas follows token i ("Jo Doe, 26, of ..."): a person's name
    ends there."""
    return i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].like_num


def names_a_thing(doc: Doc, span: Span, names: list[str]) -> bool:
    """Whether a name-shaped span names no person but a place, building, organisation, day
    or thing: "Jane Doe Children's Hospital", "John Doe Jr. Day", "a Doe Valley man",
    "the Doe Plaza", "the Doe neighborhood",
    "Doe County Coroner", a station's call sign ("WXYZ"), "dropped the Glock"."""
    if not names:
        return True
    if len(names) == 1:
        word = names[0]
        if word.lower() in words("not_person_words"):
            return True
        if word.isupper() and word.isalpha() and len(word) <= 4 or _CALL_SIGN.match(word):
            return True  # an acronym or a station's call sign: "CPD", "WXYZ", "WXYZ-TV"
        if _state_after_town(doc, span, word):
            return True  # "in Belfair, Wash, on Friday": a state
    if any(c in span.text for c in "()[]{}"):
        return True  # "(WXYZ) Shots": a dateline's station and the words after it
    if any(_WEB_ADDRESS.search(n) for n in names):
        return True  # "(WXYZ.COM)": a website, a station's dateline
    if any(n.lower() in words("credit_words") for n in names):
        return True  # "Jane Doe Staff", "Jane Doe Chicago Tribune": a credit or a byline
    if any("\n" in t.text for t in span):
        return True  # words of two lines: a heading and the text after it
    if any(n[:1].islower() and n.lower() not in words("name_particles") for n in names[1:-1]):
        # "Doe saw Roe": words of a sentence, not a name (a name's last word may be
        # written in lower case by mistake: "Jo doe")
        return True
    if any(n.lower() in _harm_words() for n in names):
        return True  # "Accidentally Shot Cousin": words of a headline
    if len(names) > 1:
        last = names[-1].lower()
        titles = words("official_titles")
        if last in titles or last.endswith("s") and (
                last[:-1] in titles or last.endswith("ies") and last[:-3] + "y" in titles):
            return True  # "Doe County Coroner", "Doe Officers": a title is no surname
        if names[-1].isupper() and names[-1].isalpha() and last not in NAME_SUFFIXES \
                and (len(last) <= 2 or not set(last) & set("aeiouy")) \
                and not all(n.isupper() for n in names):
            return True  # "Doe PD": an acronym ends an organisation's name
        if last in words("place_last_words"):
            return True  # "Doe Lake Gardens", "Doe Dude Ranch"
        if names[0].lower() in words("street_directions"):
            return True  # "West Doe": a street
        if any(n.lower() in words("place_name_heads") for n in names[1:-1]) \
                and not aged_after(doc, span.end):
            # "Doe Base Smith": a place's word between the first and the last (not a middle
            # name before an age: "Cody Lane Doe, 26,")
            return True
        if names[0].lower() in words("institution_first_words"):
            return True  # "Memorial Doe": a hospital
    if span.start > 0 and doc[span.start - 1].is_lower and doc[span.start - 1].pos_ == "DET" \
            and doc[span.start - 1].morph.get("Definite", []) == ["Def"] and not (
                span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN"):
        # "at the Doe Marquis": "the" goes before no one's name, but before a name that
        # qualifies a noun, as a person's may: "the Doe family", "the Doe boy", "the Doe case"
        return True
    if len(names) == 1 and _intersection(doc, span):
        return True  # "at 24th and Doe": a street
    if any(n.lower() in NAME_SUFFIXES for n in names[:-1]) or span.start > 0 \
            and doc[span.start - 1].lower_ in NAME_SUFFIXES and doc[span.start - 1].text[:1].isupper():
        return True  # "John Doe Jr. Day", "Jane Doe Jr. Way North": a suffix ends a name
    if not (span.end < len(doc) and doc[span.end].text in POSSESSIVE):
        before = text_of(doc)[max(0, span.start_char - 30): span.start_char].lower().rstrip()
        if before.endswith(tuple(lexicon()["place_before_cues"])):
            return True  # "taken to Jane Doe Memorial": a hospital
    i = span.end
    while i < len(doc) and (doc[i].text in POSSESSIVE or doc[i].lower_ in NAME_SUFFIXES
                            or doc[i].text == "," and i + 1 < len(doc)
                            and doc[i + 1].lower_ in NAME_SUFFIXES):
        i += 1
    if i >= len(doc):
        return False
    nxt = doc[i]
    if nxt.text[:1].isupper() and nxt.lower_ in words("place_name_heads"):
        return True
    if i > span.end and doc[i - 1].text in POSSESSIVE and _business_after(doc, i):
        return True  # "Jane Doe's Corner Pub"
    if i > span.end and doc[i - 1].text in POSSESSIVE and _side_of_town(doc, i):
        return True  # "on Doe's northeast side": a city's part
    followers = words("place_noun_followers") if len(names) > 1 else words("place_only_followers")
    return i == span.end and nxt.is_lower and nxt.lower_ in followers


def _state_after_town(doc: Doc, span: Span, word: str) -> bool:
    """Whether one word after "Town," is a state's name or abbreviation ("Wash", "Ind.")."""
    forms = place_data()["us_state_abbreviations"]
    if not (word in forms or word + "." in forms or word.title() in _state_names()):
        return False
    return span.start >= 2 and doc[span.start - 1].text == "," \
        and doc[span.start - 2].text[:1].isupper()


@cache
def _state_names() -> frozenset[str]:
    return frozenset(place_data()["us_state_abbreviations"].values())


def label_at(doc: Doc, span: Span) -> bool:
    """Whether a name is a speaker's label that starts a line or a sentence: "Jane Doe: We
    are live ...", "Roe: Thank you." (a transcript, an interview written out)."""
    text = text_of(doc)
    if not text[span.end_char: span.end_char + 2].lstrip(" ").startswith(":"):
        return False
    before = text[text.rfind("\n", 0, span.start_char) + 1: span.start_char].rstrip()
    return not before or before[-1] in ".?!\"”"


def shop(doc: Doc, span: Span) -> bool:
    """Whether a name with a possessive owns nothing but names a shop: "a rally at Jane
    Doe's drew ...", "Jane Doe's has been open 30 years"."""
    i = span.end
    if not (i + 1 < len(doc) and doc[i].text in POSSESSIVE and doc[i].tag_ == "POS"):
        return False
    nxt = doc[i + 1]
    if nxt.is_punct and span.start > 0 and doc[span.start - 1].lower_ in ("at", "inside"):
        return True  # "a rally at Jane Doe's.": a place the possessive stands for
    return nxt.tag_ in ("VBZ", "VBD", "MD") or nxt.lower_ in ("has", "is", "was", "will")


def _side_of_town(doc: Doc, i: int) -> bool:
    """Whether the words from token i are a part of a town named before them ("northeast
    side", "south end"; places.json directions): a possessive before them is a place's."""
    return i + 1 < len(doc) and doc[i].lower_ in place_data()["directions"] \
        and doc[i + 1].lower_ in ("side", "end")


def _business_after(doc: Doc, i: int) -> bool:
    """Whether capitalised words from token i end in a word of a business or a place
    ("Irish Pub", "All Star Lanes"): a name and its possessive before them name that."""
    heads = words("place_name_heads") | words("place_last_words")
    for t in doc[i: i + 6]:
        if t.text in ("-", "&"):
            continue  # "Go-Go Bar", "Bar & Grill"
        if not (t.text[:1].isupper() and t.is_alpha):
            return False
        if t.lower_ in heads:
            return True
    return False
