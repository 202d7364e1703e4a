"""People's names in one Doc: the model's PERSON entities, cleaned, and the names the
small model misses that the text marks as names (an age after them, a title or a cue
before them, a verb of violence, a list, a relative's word, a repeat of a known name).

Names that name no one (credits, places, shops) are dropped by extract/nonpeople.py.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.attrs import IDX, SPACY
from spacy.tokens import Doc, Span, Token

from casefile.extract.mention import NAME_SUFFIXES, POSSESSIVE, QUOTE_MARKS, Mention
from casefile.extract.nonpeople import aged_after, credit, label_at, names_a_thing, shop
from casefile.extract.pipeline import text_of
from casefile.extract.places.geonames import gazetteer
from casefile.extract.tokens import tokens_of
from casefile.lexicons import lexicon, words

# "identified the boy as", "identified the 17-year-old driver as": whoever the police
# identified, the words after "as" are a name (the lexicon's name_cues list the short forms)
_IDENTIFIED_AS = re.compile(r"\bidentified\s+(?:[\w'-]+\s+){1,4}as$")
_BIRTH_DATE = re.compile(r"^\d{1,2}/\d{1,2}/(?:19|20)\d\d$")  # "Jane Q. Doe 04/15/1990"


def _cap(t: Token) -> bool:
    """A capitalised word, "McNeil" and "DeShawn" included (spaCy's is_title is not true
    of them), all capitals ("SWAT") not."""
    return _cap_text(t.text)


def _cap_text(text: str) -> bool:
    """_cap of a token's text."""
    if not text[:1].isupper():
        return False
    if text.isascii():  # the only cased letters are A-Z and a-z: str.isupper says it
        return not text.isupper()
    return any(c.islower() for c in text)


def _name_words(tokens: list[Token]) -> list[str]:
    """The words of a name, with hyphenated parts written together: spaCy splits
    "Smith-Jones" into three tokens, but it is one surname."""
    out: list[str] = []
    glue = False
    quoted = False
    for t in tokens:
        # A nickname in quotes or brackets is not part of the name: Jane "JD" Doe.
        if t.text in QUOTE_MARKS or t.text in ("(", ")"):
            quoted = t.text == "(" or (t.text in QUOTE_MARKS and not quoted)
            glue = False
            continue
        if quoted:
            continue
        if t.text == "-" and out and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_:
            out[-1] += "-"
            glue = True
            continue
        if t.is_punct or t.is_space:
            glue = False
            continue
        if glue:
            out[-1] += t.text
        else:
            out.append(t.text)
        glue = False
    return [n.strip("-") for n in out if n.strip("-")]


def _nicknames(tokens: list[Token]) -> list[str]:
    """The words in quotes or brackets between a name's words: Jane "JD" Doe -> ["JD"]."""
    out: list[str] = []
    quoted, inside = False, list[str]()
    for k, t in enumerate(tokens):
        if t.text in QUOTE_MARKS or t.text in ("(", ")"):
            opening = t.text == "(" or (t.text in QUOTE_MARKS and not quoted)
            if not opening and quoted and inside and 0 < k < len(tokens) - 1:
                out.append("".join(inside))
            quoted, inside = opening, []
            continue
        if quoted and (t.text[:1].isupper() or inside and t.text == "-"):
            inside.append(t.text_with_ws)
    return [n.strip() for n in out]


def _nickname_end(doc: Doc, i: int) -> int | None:
    """The closing quote of a nickname opened at token `i`, a few words that start with a
    capital and hold no sentence punctuation: Jane "JD" Doe, Jo "J-Roc" Doe, Al "Big Al" Roe."""
    if doc[i].text not in QUOTE_MARKS or i + 2 >= len(doc) or not doc[i + 1].text[:1].isupper():
        return None
    for j in range(i + 2, min(i + 7, len(doc))):
        if doc[j].text in QUOTE_MARKS:
            return j
        if doc[j].text in (".", ",", ";", ":", "!", "?") or "\n" in doc[j].text:
            return None
    return None


def _hyphenated(doc: Doc, tok: Token) -> Span:
    """The token with the capitalised words hyphenated to it: "Smith-Jones"."""
    end = tok.i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ \
            and not doc[end - 1].whitespace_ and _cap(doc[end + 1]):
        end += 2
    return doc[tok.i: end]


def _whole_hyphenated(doc: Doc, span: Span) -> Span:
    """A name with the capitalised words hyphenated to either end of it: the model often
    tags one half of a hyphenated surname alone ("Roe" of "Doe-Roe", "Doe" a place)."""
    start, end = span.start, _hyphenated(doc, doc[span.end - 1]).end
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and _cap(doc[start - 2]):
        start -= 2
    return span if (start, end) == (span.start, span.end) else doc[start:end]


def _clean_name(span: Span) -> tuple[Span, list[str], list[str]] | None:
    """Strip titles and possessives off a PERSON entity; None when nothing name-like is left."""
    titles_all = _name_titles()
    tokens = list(span)
    title: list[str] = []
    while tokens and (tokens[0].lower_ in words("name_furniture") or tokens[0].is_punct
                      or tokens[0].is_lower and tokens[0].is_stop  # "a Jane Doe"
                      or len(tokens) > 1 and tokens[0].lower_ in words("person_nouns")
                      and tokens[0].lower_ not in titles_all):  # "Girl Recovering After ..."
        tokens.pop(0)  # "Enlarge Jane Doe": a photo caption's button before the name
    while tokens and (tokens[0].lower_ in titles_all or tokens[0].lower_.rstrip(".") in titles_all
                      or len(tokens) > 1 and tokens[0].lower_[:-1] in titles_all
                      and tokens[0].lower_.endswith("s")):  # "Officers Jane Doe and ..."
        word = tokens.pop(0).lower_
        title.append(word[:-1] if word not in titles_all and word.endswith("s") else word)
        if tokens and tokens[0].text == ".":
            tokens.pop(0)  # "Sgt" "." : the tokenizer splits some abbreviations
    # "Jane Doe of Springfield", "Jane Doe and John Roe": a name stops at a lower-case
    # function word.
    cut = next((k for k, t in enumerate(tokens) if k and t.is_lower and t.is_stop), None)
    if cut is not None:
        tokens = tokens[:cut]
    # A suffix ends a name: "Jo Doe Jr. Doe is charged", where the model ran on into the
    # next sentence (the sentencizer takes "Jr." for an abbreviation)
    suffix = next((k for k, t in enumerate(tokens) if k >= 2 and t.lower_ in NAME_SUFFIXES), None)
    if suffix is not None:
        end = suffix + 1
        if end < len(tokens) and tokens[end].text == ".":
            end += 1  # "Jr" "." split by the tokenizer
        tokens = tokens[:end]
    # A line break ends a name: "Jane Doe\n\nPolice said ..."
    brk = next((k for k, t in enumerate(tokens) if "\n" in t.text), None)
    if brk is not None:
        tokens = tokens[:brk] or [t for t in tokens[brk + 1:] if "\n" not in t.text]
    while tokens and (tokens[-1].text in POSSESSIVE or tokens[-1].is_punct
                      or tokens[-1].is_space):
        tokens.pop()
    if not tokens:
        return None
    if len(tokens) > 1 and tokens[-1].is_lower and tokens[-1].lower_ in words("person_nouns"):
        return None  # "A Brandon man died": a town's resident, not a name
    # A spaced dash ends the name ("Jane Doe - Lake County Jail") or a dateline
    # before it ("SPRINGFIELD - Jane Doe").
    dash = next((k for k, t in enumerate(tokens) if k and t.text in ("-", "–", "—")
                 and tokens[k - 1].whitespace_), None)
    if dash is not None:
        dateline = any(t.is_upper and len(t) > 2 for t in tokens[:dash])
        tokens = tokens[dash + 1:] if dateline else tokens[:dash]
    names = _name_words(tokens)
    names = [re.sub(r"[’'\x92]s$", "", n) for n in names]
    if not names or not any(n[:1].isupper() for n in names):
        return None
    if any(ch.isdigit() for n in names for ch in n) or len(names) > 5:
        return None
    doc = span.doc
    aged = aged_after(doc, tokens[-1].i + 1)
    # (but a name with an age after it is a person's, a road's word inside it a middle
    # name: "Cody Lane Doe, 26,"; a road's name ends with the road's word)
    if any(n.lower() in words("not_name_words") for n in (names[-1:] if aged else names)):
        return None  # "Elm Lane", "Related Articles": the model's PERSON is not a person
    clean = doc[tokens[0].i: tokens[-1].i + 1]
    # Titles written before the entity: "Detective Chief Inspector Jane Doe".
    return clean, names, _titles_before(doc, clean.start - len(title), titles_all) + title


def _titles_before(doc: Doc, start: int, titles_all: frozenset[str]) -> list[str]:
    """The titles written just before token `start`: "Detective Chief Inspector"."""
    table = tokens_of(doc)
    lower, texts, spaced = table.lower, table.text, table.column(SPACY)
    title: list[str] = []
    i = start - 1
    while i >= 0:
        if lower[i] in titles_all or lower[i].rstrip(".") in titles_all:
            title.insert(0, lower[i])
            i -= 1
        elif texts[i] == "." and i > 0 and not spaced[i - 1] \
                and lower[i - 1] + "." in titles_all:
            title.insert(0, lower[i - 1] + ".")  # "Sgt" "." split by the tokenizer
            i -= 2
        else:
            break
    return title


# Entity types that never hold a name: "Monday, 3,". The model tags many uncommon names as
# ORG, GPE, FAC or NORP, so those are let through unless the words are a known place.
_NOT_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _is_name_word(t: Token, titles: frozenset[str]) -> bool:
    initial = len(t.text) == 2 and t.text[1] == "." and t.text[0].isupper()
    return (_cap(t) or initial) and t.pos_ == "PROPN" and not t.is_stop \
        and t.ent_type_ not in _NOT_NAME_ENTS and not any(c.isdigit() for c in t.text) \
        and t.lower_ not in words("person_nouns") \
        and t.lower_ not in words("not_name_words") and t.lower_.rstrip(".") not in titles \
        and not _plural_title(t.lower_, titles)


def _plural_title(word: str, titles: frozenset[str]) -> bool:
    """Whether a word is a title's plural: "Officers Jo Doe and Ann Roe", "Deputies ..."."""
    return word.endswith("ies") and word[:-3] + "y" in titles \
        or word.endswith("s") and word[:-1] in titles


@cache
def _name_titles() -> frozenset[str]:
    titles = words("person_titles") | words("official_titles") | words("lawyer_titles")
    # An abbreviation is often written without its point: "Cpl Jane Doe", "Sen Jo Roe".
    return titles | {t.rstrip(".") for t in titles if t.endswith(".") and "." not in t[:-1]}


def _is_place(span: Span) -> bool:
    return bool(gazetteer().lookup(span.text))


@cache
def _hospital_pattern() -> re.Pattern[str]:
    heads = "|".join(w.capitalize() for w in sorted(words("hospital_name_words")))
    return re.compile(rf"\b([A-Z][a-z]+(?: [A-Z][a-z]+){{1,2}}) (?:{heads})\b")


def _hospital_names(text: str) -> set[str]:
    """The names before a hospital's word in the text: "John Doe" of "John Doe Medical
    Center"."""
    return set(_hospital_pattern().findall(text))


def _name_before(doc: Doc, end: int, taken: set[int]) -> Span | None:
    """The two to four capitalised proper nouns just before `end` (a comma, "and"), if
    they look like a person's name: Jane Q. Doe-Roe, Jane "JD" Doe."""
    titles = _name_titles()
    start, count = end, 0  # count: words, a hyphenated surname counting as one
    while start > 0 and count < 4 and start - 1 not in taken:
        t = doc[start - 1]
        if t.text == "." and start == end and start > 1 and not doc[start - 2].whitespace_ \
                and doc[start - 2].lower_ in NAME_SUFFIXES:
            start -= 1  # "Jo Doe Sr., 77": the tokenizer may part the suffix from its point
            continue
        if t.text == "-" and count and start > 1 and not t.whitespace_ \
                and not doc[start - 2].whitespace_ and _cap(doc[start - 2]):
            start -= 1
            continue
        opening = next((k for k in range(start - 3, max(start - 8, -1), -1)
                        if _nickname_end(doc, k) == start - 1), None) \
            if t.text in QUOTE_MARKS and count else None
        if opening is not None:
            start = opening  # a nickname in quotes
            continue
        # A police list writes the surname in capitals: "Jane Quinn DOE, 23, of ...".
        shouted = start == end and t.text.isupper() and t.text.isalpha() and len(t.text) > 1 \
            and t.ent_type_ not in _NOT_NAME_ENTS and t.lower_ not in NAME_SUFFIXES
        if not (_is_name_word(t, titles) or shouted):
            break
        start -= 1
        count += 1
    if count < 2 or not _cap(doc[start]) or _is_place(doc[start:end]):
        return None
    return doc[start:end]


def _first_name_before(doc: Doc, sep: int, titles: frozenset[str]) -> bool:
    """Whether the word before "and" (token `sep`) is a first name alone: one capitalised
    proper noun, not a place, after no title ("Officers Doe and ...") or other name word."""
    if sep < 2:
        return False
    t, before = doc[sep - 1], doc[sep - 2]
    if not _is_name_word(t, titles) or t.is_sent_start or t.tag_ != "NNP":
        return False  # "Save our Kids and Jane Doe": a plural is no first name
    if before.lower_ in titles or before.lower_.rstrip(".") in titles or _cap(before) \
            or before.text in POSSESSIVE:
        return False
    # "Ann Roe of Filmore and John Doe": a town after a preposition of place
    return before.lower_ not in ("in", "of", "from", "near", "at", "to", "on") \
        and not _is_place(doc[sep - 1: sep])


def _name_after(doc: Doc, start: int, taken: set[int]) -> Span | None:
    """Two to four capitalised proper nouns from `start` that end the phrase: not followed
    by a noun ("a 20-year-old Fort Wayne man")."""
    titles = _name_titles()
    end, count = start, 0
    while end < len(doc) and count < 4 and end not in taken:
        t = doc[end]
        closing = _nickname_end(doc, end) if count else None
        if closing is not None:
            end = closing + 1  # a nickname in quotes between first name and surname
            continue
        if t.text == "-" and count and not t.whitespace_ and not doc[end - 1].whitespace_ \
                and end + 1 < len(doc) and _cap(doc[end + 1]):
            end += 1
            continue
        if not _is_name_word(t, titles):
            break
        end += 1
        count += 1
    if count < 2 or not _cap(doc[start]) or not _cap(doc[end - 1]):
        return None
    if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower:
        return None
    span = doc[start:end]
    return None if _is_place(span) else span


def _with_nickname(doc: Doc, span: Span) -> Span:
    """A first name the model took alone when a quoted nickname and the surname follow:
    Jane "JD" Doe."""
    i = span.end
    # the model's entity may end inside the quotes: Jane "JD" | Doe
    inside = [t.i for t in span[1:] if t.text in QUOTE_MARKS]
    if len(inside) == 1:
        i = inside[0]
    closing = _nickname_end(doc, i) if i < len(doc) else None
    if closing is not None and closing + 1 < len(doc) and _cap(doc[closing + 1]) \
            and doc[closing + 1].pos_ == "PROPN":
        end = _hyphenated(doc, doc[closing + 1]).end  # (a hyphenated surname: "Doe-Roe")
        while end < len(doc) and end - closing < 4 and _cap(doc[end]) and doc[end].pos_ == "PROPN":
            end = _hyphenated(doc, doc[end]).end
        return doc[span.start:end]
    return span


def _with_first_name(doc: Doc, span: Span, taken: set[int], titles: frozenset[str]) -> Span:
    """A known surname with the first name the model took into one other entity with it:
    "Denver Doe" as an organisation, "Sierra Doe" as a product, where the surname alone is
    a person's elsewhere. Only a two-word entity of capitalised proper nouns, not a place,
    or a first name with an apostrophe before the surname."""
    i = span.start
    hyphenated = span.end - i == 3 and span[1].text == "-"
    if i == 0 or span.end - i != 1 and not hyphenated:
        return span
    first = doc[i - 1]
    # (or a first name with an apostrophe, "D'asia Doe", which the model and the parser
    # often cut off the surname; or, before a hyphenated surname, a first name the model
    # tagged alone that the parser joins to it: "a photo of Jo Doe-Roe", Jo an organisation)
    one_entity = first.ent_iob_ == "B" and doc[i].ent_iob_ == "I" and not (
        span.end < len(doc) and doc[span.end].ent_iob_ == "I") or hyphenated and (
        first.dep_ == "compound" and span.start <= first.head.i < span.end) or (
        # or a first name the model tagged as nothing, on a surname it took for a place
        # ("Alvin Doe had been standing ...", Doe a town)
        first.ent_iob_ == "O" and doc[i].ent_type_ == "GPE" and first.dep_ == "compound"
        and first.head.i == i)
    if first.i in taken or not (one_entity or _APOSTROPHE_NAME.fullmatch(first.text)) \
            or first.ent_type_ in _NOT_NAME_ENTS or first.pos_ != "PROPN" \
            or not _is_name_word(first, titles) or not first.whitespace_:
        return span
    both = doc[i - 1: span.end]
    if _is_place(both) or doc[i].lower_ in words("place_last_words"):
        return span  # "Glen Ellyn", "Union Township"
    return both


def _text_lower_words(doc: Doc) -> frozenset[str]:
    table = tokens_of(doc)
    return table.memo("mention_lower_words", lambda t: frozenset(
        w for w, low in zip(t.lower, t.is_lower) if low))


def _cut_word(t: Token, titles: frozenset[str], lower_words: frozenset[str]) -> bool:
    """A name word that the model left out of the entity beside it: untagged, never written in
    lower case, a proper noun or a word with an inner capital ("De'Marcus")."""
    inner = len(t.text) > 3 and t.text[0].isupper() and any(
        c.isupper() for c in t.text[2:]) and any(c in "'’" for c in t.text)
    word = t.lower_.rstrip(".")
    if word in titles or t.lower_ in titles or word.endswith("s") and word[:-1] in titles:
        return False  # "Gov.", "Detectives": a title, not a name
    return t.ent_type_ == "" and t.lower_ not in lower_words and (
        _is_name_word(t, titles) or inner and not t.is_stop)


# A first name with an apostrophe inside ("A'letha", "Ja'Quan"): no heading's word
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]{0,2}['’][A-Za-z]{2,}")


def _with_cut_words(doc: Doc, span: Span, count: int) -> Span:
    """A PERSON entity with the name words the model cut off either side: "Jane Q. Doe" of
    "Jane Q. Doe Roe", "Roe" of "Jane De'Marcus Roe"."""
    titles = _name_titles()
    lower_words = _text_lower_words(doc)
    start, end = span.start, span.end
    while count < 4 and end < len(doc) and _cut_word(doc[end], titles, lower_words) \
            and doc[end - 1].text not in POSSESSIVE and doc[end - 1].whitespace_:
        end += 1
        count += 1
    # A word that begins a sentence or a line is often a heading's ("Contact Jane Doe");
    # not before a surname alone ("Tamika Doe, one of the victims, ..."), nor before a
    # name with an age after it ("Jo Q. Doe, 22, of ..."), which a heading rarely has.
    aged = aged_after(doc, end)
    while count < 4 and start > 0 and _cut_word(doc[start - 1], titles, lower_words) \
            and doc[start - 1].whitespace_ and (count == 1 and start == span.start or aged or (
                not doc[start - 1].is_sent_start
                and (start < 2 or "\n" not in doc[start - 2].text))
                or _APOSTROPHE_NAME.fullmatch(doc[start - 1].text)):
        start -= 1
        count += 1
    return span if (start, end) == (span.start, span.end) else doc[start:end]


def _title_gender(title: list[str]) -> str | None:
    """The gender a title tells: "Ms", "Mr", and titles that are gendered nouns
    ("spokeswoman", "councilman")."""
    if any(t in words("female_titles") or t in words("female_nouns") for t in title):
        return "female"
    if any(t in words("male_titles") or t in words("male_nouns") for t in title):
        return "male"
    return None


def _full_name_of(doc: Doc, surname: Token, taken: set[int],
                  titles: frozenset[str]) -> Span | None:
    """The first run of two to four name words in the text, before `surname`, that ends on
    the same word: "Jo Q. Doe" for "Doe"."""
    for t in doc[: surname.i]:
        if t.text != surname.text or t.i in taken:
            continue
        start = t.i
        # (words of one line: the parser may cut an unknown name into sentences)
        while start > 0 and t.i - start < 3 and _is_name_word(doc[start - 1], titles) \
                and doc[start - 1].whitespace_ == " ":
            start -= 1
        if start < t.i:
            return doc[start: t.i + 1]
    return None


def _into_custody(verb: Token) -> bool:
    """Whether a verb takes someone into custody: "Jo Doe was taken into custody", "police
    took Jo Doe into custody" (the verb alone, "take", names no arrest)."""
    return verb.lemma_ == "take" and any(
        c.lower_ == "into" and any(g.lower_ == "custody" for g in c.children) for c in verb.children)


def named_mentions(doc: Doc) -> list[Mention]:
    """Every PERSON entity, cleaned, plus later bare uses of a known first name or surname."""
    found: list[Mention] = []
    taken: set[int] = set()

    def take(span: Span) -> None:
        """A name found by the rules below: kept, and its words no longer free."""
        found.append(Mention(span=span, kind="name", name_tokens=_name_words(list(span))))
        taken.update(range(span.start, span.end))

    for ent in tokens_of(doc).ents:
        if ent.label_ != "PERSON":
            continue
        cleaned = _clean_name(ent)
        if cleaned is None:
            continue
        span, names, title = cleaned
        whole = _whole_hyphenated(doc, span)
        if whole is not span:
            if any(i in taken for i in range(whole.start, whole.end)):
                continue
            span, names = whole, _name_words(list(whole))
        if len(names) > 1 and _is_place(span):
            continue  # "Glen Ellyn", "Cedar Falls": the model took a town for a person
        longer = _with_nickname(doc, span)
        if longer is span:
            longer = _with_cut_words(doc, span, len(names))
        if longer is not span:
            span, names = longer, _name_words(list(longer))
        if re.match(r"\s*\(@", text_of(doc)[span.end_char: span.end_char + 4]):
            continue  # the author of an embedded tweet: "— Jane Doe (@janedoe)"
        if credit(doc, span):
            continue
        found.append(Mention(span=span, kind="name", name_tokens=names, title=title,
                             gender=_title_gender(title)))
        taken.update(range(span.start, span.end))
    # Names the model missed that the text marks as names: after a courtesy title
    # ("Ms Doe") or an alias cue ("also used the surname Doe").
    alias_cues = tuple(c.lower() for c in lexicon()["alias_cues"])
    # The loops below read the token lists and build a Token only for a candidate.
    table = tokens_of(doc)
    texts, lower, pos = table.text, table.lower, table.pos
    caps = [t[:1].isupper() and _cap_text(t) for t in texts]
    n = len(texts)
    starts, text = table.column(IDX), text_of(doc)
    for i in range(1, n):
        if not caps[i] or i in taken or table.is_stop[i] or len(texts[i]) < 3:
            continue
        prev = lower[i - 1]
        before = text[max(0, starts[i] - 40): starts[i]].lower().rstrip()
        if prev in ("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss") or before.endswith(
                alias_cues):
            tok = doc[i]
            title = [prev] if prev in words("person_titles") else []
            found.append(Mention(span=doc[tok.i: tok.i + 1], kind="name",
                                 name_tokens=[re.sub(r"[’'\x92]s$", "", tok.text)], title=title,
                                 gender=_title_gender(title)))
            taken.add(tok.i)
    # "Jane Q. Doe, 19, of ...": news writes a person's age after their name. The small
    # model misses many uncommon names; this apposition marks them.
    # So do "Jane Q. Doe, a 19-year-old ..." and a list's "Jane Q. Doe 04/15/1990".
    for i in range(2, n - 1):
        if i - 1 in taken:
            continue
        if "/" in texts[i] and _BIRTH_DATE.match(texts[i]):  # the test first: most have none
            named = _name_before(doc, i, taken)
            if named is not None:
                take(named)
            continue
        if texts[i] != ",":
            continue
        if i + 5 < n and lower[i + 1] in ("a", "an") and texts[i + 2].isdigit() \
                and texts[i + 3] == "-" and lower[i + 4] in ("year", "years"):
            named = _name_before(doc, i, taken)
            if named is not None:
                take(named)
            continue
        if not doc[i + 1].is_digit:
            continue
        tok = doc[i]
        following = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if following is not None and following.text not in (",", "and", "of", ".", ")", "from"):
            continue
        if not 0 < int(doc[tok.i + 1].text) < 110:
            continue
        named = _name_before(doc, tok.i, taken)
        if named is not None:
            take(named)
    # "the 17-year-old Jane Doe": a name after an age. The model often tags it ORG or FAC.
    for i in range(3, n - 1):
        if lower[i] != "old" or texts[i - 1] != "-" or lower[i - 2] not in ("year", "years"):
            continue
        tok = doc[i]
        named = _name_after(doc, tok.i + 1, taken)
        if named is not None and not any(i in taken for i in range(named.start, named.end)):
            take(named)
    # "Jane Doe killed ...", "shot Jane Doe": the model tags many names as an organisation
    # or a product, or not at all; the subject or object of a verb of violence or arrest
    # that looks like a name is a name.
    name_verbs = words("name_verbs") | words("name_verbs_more")
    of_nouns = words("name_of_nouns")
    titles = _name_titles()
    deps = table.dep
    # (a GPE too: the model takes many uncommon names for places, "the death of Jo Q. Doe";
    # a known place is let go below)
    for i in range(n):
        if i in taken or pos[i] != "PROPN" or table.ent_type[i] in ("PERSON", "LOC"):
            continue
        if table.ent_type[i] == "GPE" and gazetteer().lookup(texts[i]):
            continue  # "... died at Mercy Health Springfield": the town
        if deps[i] not in ("pobj", "poss", "nsubj", "nsubjpass", "dobj"):
            continue  # none of the roles read below: no Token built
        tok = doc[i]
        # "the death of Jane Doe", "Jane Doe's mother"
        of_phrase = tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in of_nouns
        owner = tok.dep_ == "poss" and tok.head.lemma_.lower() in of_nouns
        if not (of_phrase or owner) and (tok.dep_ not in ("nsubj", "nsubjpass", "dobj")
                                         or tok.head.lemma_ not in name_verbs
                                         and not _into_custody(tok.head)):
            continue
        begin = tok.left_edge.i
        while begin < tok.i and (doc[begin].lower_ in titles
                                 or doc[begin].lower_.rstrip(".") in titles
                                 or doc[begin].text == "." and begin > tok.left_edge.i):
            begin += 1  # "Detective Jane Doe": the title is no part of the name
        span = doc[begin: tok.i + 1]
        if len(span) == 1 and _is_name_word(tok, titles):
            # a surname alone ("Doe died at the scene"): the full name the text wrote
            # first, where it ran on with no verb of violence ("Jo Q. Doe was at a taco truck")
            span = _full_name_of(doc, tok, taken, titles) or span
        # (a hyphen inside is one surname's: "Jo Doe-Roe")
        inner = [t for t in span if not (t.text == "-" and span.start < t.i < span.end - 1)]
        if not 2 <= len(inner) <= 4 or len(span) > 6 or any(t.i in taken for t in span) \
                or not all(_is_name_word(t, titles) for t in inner) or _is_place(span):
            continue
        take(span)
    # Names the model missed next to names it found ("Jane Doe and Ann Roe", a list of
    # names) or after a phrase that introduces one ("identified as Jane Doe").
    cues = tuple(c.lower() for c in lexicon()["name_cues"])
    relatives = words("relative_nouns")
    idx = table.column(IDX)
    for i in range(1, n - 2):
        if not caps[i + 1] or i in taken or i + 1 in taken:
            continue
        before = text_of(doc)[max(0, idx[i] - 30): idx[i] + len(texts[i])].lower()
        listed = texts[i] in (",", "and") and i - 1 in taken
        # "a wife, Jo Doe-Roe", "his grandmother, Jo Doe": a name in apposition to a
        # relative's word (the model tags many such as an organisation)
        after_kin = texts[i] == "," and lower[i - 1] in relatives
        if not listed and not after_kin and not before.endswith(cues) and not (
                lower[i] == "as" and _IDENTIFIED_AS.search(
                    text_of(doc)[max(0, idx[i] - 60): idx[i] + 2].lower())):
            continue
        tok = doc[i]
        named = _name_after(doc, tok.i + 1, taken)
        if named is None or (tok.text == "," and named.end < len(doc)
                             and doc[named.end].pos_ == "PROPN"):
            continue
        take(named)
    # "Jane Doe says ...": the subject of a verb of speech, two to four capitalised proper
    # nouns the model tagged as nothing (a named organisation or place says things too)
    for i in table.where_lower(words("speech_forms")):
        verb = doc[i]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ \
                or subject.i in taken or subject.i + 1 != verb.i:
            continue
        first = subject.i
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == subject.i \
                and doc[first - 1].pos_ == "PROPN" and not doc[first - 1].ent_type_:
            first -= 1
        span = doc[first: subject.i + 1]
        if first > 0 and doc[first - 1].lower_ == "the" or any(
                t.lower_ in words("newspaper_words") for t in span) or span[0].is_sent_start:
            # "The Valley Herald told ...": no person has an article; and a word
            # that opens a sentence may be any word ("Young Doe told police")
            continue
        if 2 <= len(span) <= 4 and not any(t.i in taken for t in span) and _cap(span[0]) \
                and all(_is_name_word(t, titles) for t in span) and not _is_place(span):
            take(span)
    for m in found[:]:  # a copy: take() adds to found
        sep = m.span.start - 1
        if sep > 1 and doc[sep].text == "and" and sep - 1 not in taken:
            named = _name_before(doc, sep, taken)
            if named is not None:
                take(named)
            elif len(m.name_tokens) > 1 and _first_name_before(doc, sep, titles):
                # "her sons, Felix and Hugo Doe": a first name that shares the surname
                # after it (people.py gives it that surname).
                take(doc[sep - 1: sep])
    # "her son, Hugo": a first name alone beside a relative's word. The
    # model tags many as a place or an organisation; people.py gives them the surname.
    family = words("family_name_nouns")
    for i in range(1, n):
        if i in taken or not caps[i] or pos[i] != "PROPN" or table.is_stop[i]:
            continue
        tok = doc[i]
        kin = tok.head if tok.dep_ == "appos" else next(
            (c for c in tok.children if c.dep_ == "compound" and c.i == i - 1), None)
        if kin is None or kin.lower_ not in family or not any(
                c.dep_ == "poss" for c in kin.children):
            continue
        if i + 1 < n and (caps[i + 1] or texts[i + 1] in POSSESSIVE) \
                or not _is_name_word(tok, titles):
            continue  # "his son, John Doe", "his son Tom's car": other finders' cases
        first = i - 1 if i - 1 not in taken and _is_name_word(doc[i - 1], titles) else i
        take(doc[first: i + 1])  # "her father, DeAngelo Doe": the first name too
    # Whatever found them, names of places and things and picture credits are no people.
    things = [m for m in found if names_a_thing(doc, m.span, m.name_tokens)]
    thing_ids = {id(m) for m in things}
    found = [m for m in found if id(m) not in thing_ids
             and not credit(doc, m.span) and not shop(doc, m.span)]
    # A hospital named after someone keeps its name when the text shortens it: "taken to
    # John Doe Medical Center ... flown to John Doe, where he died". (Only hospitals: a
    # victim's name often heads a fund, a park or a day named for them.)
    hospitals = {tuple(w.lower() for w in m.name_tokens) for m in things
                 if m.span.end < len(doc) and doc[m.span.end].text[:1].isupper()
                 and doc[m.span.end].lower_ in words("hospital_name_words")}
    # (also where the model took the hospital's whole name for an organisation)
    hospitals |= {tuple(h.lower().split()) for h in _hospital_names(text_of(doc))}
    found = [m for m in found if tuple(w.lower() for w in m.name_tokens) not in hospitals]
    # A name that labels a line is that line's speaker, not someone the line is about. Only
    # the label goes: a survivor interviewed in a transcript is still named elsewhere.
    found = [m for m in found if not label_at(doc, m.span)]
    # A word alone that the text also writes in lower case and that is no part of a longer
    # name is a word of a heading or a sentence's start: "Gunfire echoed", "Story:".
    parts = {t.lower() for m in found if len(m.name_tokens) > 1 for t in m.name_tokens}
    lower_words = _text_lower_words(doc)
    found = [m for m in found if len(m.name_tokens) != 1 or m.title
             or m.name_tokens[0].lower() in parts or m.name_tokens[0].lower() not in lower_words]
    titles_all = _name_titles()
    for m in found:
        m.nicknames = _nicknames(list(m.span))
        if not m.title:  # found by a rule, not as a PERSON entity
            m.title = _titles_before(doc, m.span.start, titles_all)
            m.gender = m.gender or _title_gender(m.title)
    _share_plural_titles(doc, found, titles_all)
    # The small model often tags a known name as ORG/GPE or misses it: recover proper nouns
    # that repeat a token of a name already found.
    # A first name these recover with a surname ("Jane" of "Jane Doe", where the model
    # tagged neither) is known in turn: a second pass finds it alone ("Jane found ...").
    searched: set[str] = set()
    for _ in range(2):
        known = {t.lower() for m in found for t in m.name_tokens if len(t) > 2}
        known |= {part for k in known if "-" in k for part in k.split("-") if len(part) > 2}
        known -= searched
        searched |= known
        for i in range(n):
            if i in taken or lower[i] not in known or not texts[i][:1].isupper():
                continue
            if pos[i] not in ("PROPN", "NOUN", "ADJ", "VERB", "ADV") or table.ent_type[i] == "PERSON":
                continue
            if i + 1 < n and texts[i + 1][:1].isupper() and (
                    lower[i + 1] in words("place_name_heads") or lower[i + 1] in words("not_name_words")):
                continue  # "Doe Street", "Doe Park": a place named for someone, not the person
            if pos[i] == "ADV" and not (i + 1 < n and (
                    texts[i + 1] == "," or pos[i + 1] in ("AUX", "VERB"))):
                # a surname the tagger took for an adverb is one as a subject ("Doe, who
                # was struck ...", "Doe was"), not before a time ("Early Sunday")
                continue
            bare = _hyphenated(doc, doc[i])
            span = _with_first_name(doc, bare, taken, titles_all)
            left = doc[i - 1] if i > 0 else None
            title = [left.lower_] if left is not None and left.lower_ in words("person_titles") else []
            if span is not bare:  # "Officer Lexus Doe": the title before the first name
                title = _titles_before(doc, span.start, titles_all)
            taken.update(range(span.start, span.end))
            found.append(Mention(span=span, kind="name", name_tokens=_name_words(list(span)),
                                 title=title, gender=_title_gender(title)))
    for m in found:
        _title_past_first_name(doc, m, taken, titles_all)
        m.title = [_written_title(t) for t in m.title]
    found.sort(key=lambda m: m.start)
    found = _join_split_names(doc, found)
    table.memo(_NAME_TOKENS, lambda _: frozenset(i for m in found for i in range(m.span.start, m.span.end)))
    return found


def _join_split_names(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A first name found alone right before a surname found alone is one name: "Jo" known
    from "Jo said ..." elsewhere and "Doe-Roe" from "Doe-Roe, 29, was shot" meet in "a
    photo of Jo Doe-Roe" as two mentions where the model tagged neither. Only where the
    parser joins the first word to the surname, or the first word is a first name with an
    apostrophe ("Ty'Asha"), and the surname has no title of its own; likewise two first
    names the model tagged apart from the surname ("Jo Ann" | "Doe-Roe")."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        # (or two first names before a surname alone: "Jo Ann" and "Doe-Roe")
        two = prev is not None and len(prev.span) == 2 and len(prev.name_tokens) == 2 \
            and len(m.name_tokens) == 1 and _cap(prev.span[0])
        if prev is not None and prev.span.end == m.span.start \
                and (len(prev.name_tokens) == 1 and len(prev.span) == 1 or two) \
                and not m.title and prev.span[-1].whitespace_ \
                and _cap(prev.span[-1]) \
                and not (m.span.end < len(doc) and doc[m.span.end].text == "-") \
                and (prev.span[-1].dep_ in ("compound", "det", "nmod", "amod")
                     and m.span.start <= prev.span[-1].head.i < m.span.end
                     or _APOSTROPHE_NAME.fullmatch(prev.span[-1].text)):
            out[-1] = Mention(span=doc[prev.span.start: m.span.end], kind="name",
                              name_tokens=prev.name_tokens + m.name_tokens, title=prev.title,
                              gender=prev.gender or m.gender,
                              nicknames=prev.nicknames + m.nicknames)
            continue
        out.append(m)
    return out


_NAME_TOKENS = "name_token_indices"


def name_tokens(doc: Doc) -> frozenset[int]:
    """The indices of the tokens of every name the rules above found, whatever the
    tagger's label: the grammar of roles asks whether a word is a person's."""
    return tokens_of(doc).memo(_NAME_TOKENS, lambda t: frozenset(
        i for m in named_mentions(t.doc) for i in range(m.span.start, m.span.end)))


def _written_title(title: str) -> str:
    """A title as the word lists write it: "cpl" (no point) is "cpl."."""
    lists = words("person_titles") | words("official_titles") | words("lawyer_titles")
    return title + "." if title not in lists and title + "." in lists else title


def _title_past_first_name(doc: Doc, m: Mention, taken: set[int], titles: frozenset[str]) -> None:
    """Take into an untitled name the first name and the title before it: in "Officer
    Lexus Doe" the model tagged the first name as a brand, and "Doe" alone was found."""
    first = m.span.start - 1
    if m.title or first < 1 or first in taken or not _is_name_word(doc[first], titles):
        return
    title = _titles_before(doc, first, titles)
    if title:
        m.span = doc[first: m.span.end]
        m.name_tokens = _name_words(list(m.span))
        m.title, m.gender = title, m.gender or _title_gender(title)
        taken.add(first)


def _share_plural_titles(doc: Doc, found: list[Mention], titles: frozenset[str]) -> None:
    """Give a plural title to every name of the list it heads: "Officers A. Roe and J. Doe"
    are both officers, though the title stands before the first alone."""
    by_end = {m.span.end: m for m in found}
    shared: set[int] = set()  # mentions whose title heads a list: span starts
    for m in sorted(found, key=lambda m: m.start):
        prev = by_end.get(m.span.start - 1)
        if prev is None or doc[m.span.start - 1].lower_ not in ("and", ",", "&"):
            continue
        lead = doc[prev.span.start - 1].lower_ if prev.span.start > 0 else ""
        if lead.endswith("s") and lead not in titles and lead[:-1] in titles:
            prev.title = prev.title or [lead[:-1]]
        elif prev.span.start not in shared:
            continue
        shared.add(prev.span.start)
        if not m.title:
            m.title = list(prev.title)
            shared.add(m.span.start)
        for person in (prev, m):
            person.gender = person.gender or _title_gender(person.title)
