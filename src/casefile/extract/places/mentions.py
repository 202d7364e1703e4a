"""Where the report's text names places: each mention, its kind and its weight.

Place mentions come from the dateline ("PUYALLUP, Wash. —"), from "City, State" patterns
("Dayton, Ohio", "Manassas, Va.", "Hampstead, north London"), from spaCy's GPE/LOC
entities, from gazetteer towns after "in"/"near" that spaCy missed, and from names the
text calls a town ("the town of Brackwell") that the gazetteer lacks. Names that are part
of a road's ("Baltimore Avenue", "Quarrow and Elm streets") are none. Each mention is
weighted by where it stands (dateline, sentences about the violent act, early sentences)
and by what stands before it (a home town, "of Kent", counts half); a hospital's town and
a big city whose suburbs the text speaks of are marked, for the vote and the choice of
the city (vote.py, and find_location in __init__.py).
A list of the site's other videos ("1:10 Shelter fills …") names places of the site's
area, not of the story: they vote weakly, as the site's own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from casefile import lexicons
from casefile.extract.pipeline import text_of
from casefile.extract.places.geonames import GazPlace, gazetteer, place_data
from casefile.extract.tokens import tokens_of

# Weights of a mention by where it stands; measured on gva-dev.
_W_DATELINE = 8.0
_W_VIOLENT = 2.0
_W_EARLY = 1.0  # bonus of the first sentence, shrinking by _W_EARLY_STEP a sentence
_W_EARLY_STEP = 0.2
_W_AGENCY = 0.8  # a place named by its agency ("Lubbock police")
_W_SUBURBS = 0.3  # a big city whose suburbs the text speaks of: "a suburban Seattle home"
_W_RESIDENCE = 0.5  # "John Doe of Quarrow"
_W_NAMED_TOWN = 1.5  # a town the text calls one ("the town of Brackwell") that the gazetteer lacks
_W_LOCATIVE = 1.0  # a town after "in" that the entity recogniser missed
_DATELINE_CHARS = 400
_W_CLIP = 0.5  # a place in the list of the site's other videos, which is of its area
_CARE_CHARS = 80  # how far before it the hospital's name may start


@dataclass
class PlaceMention:
    start: int
    end: int
    kind: str  # dateline, city_state, district, city, state, county, country
    weight: float
    name: str = ""  # the place's own name as written (city, county or district)
    region: str | None = None  # when the text says it: "Dayton, Ohio"
    country: str | None = None
    city: str | None = None  # the city of a district: "Hampstead, north London"
    site: bool = False  # named by the publisher's site, not by the report
    care: bool = False  # named as a hospital's town: votes for its state, seldom the city
    police: bool = False  # named by its police: "Chicago police said"
    host: bool = False  # a site's mention from its host name or URL path, not its headline
    votes: bool = True  # whether it votes for a region, or is only a city once one is found
    named: bool = False  # called a town by the text ("the town of Brackwell"): the city even
    # when the gazetteer lacks it
    aside: bool = False  # named as someone's home ("a man of Quarrow") or a landmark ("east
    # of El Paso"): no better than a county the text names, and after other towns


@cache
def place_patterns() -> dict[str, re.Pattern[str]]:
    g = gazetteer()
    d = place_data()
    forms = sorted(set(g.state_forms) | set(g.postal), key=len, reverse=True)
    states = "|".join(re.escape(f) for f in forms)
    word = r"[A-Z][\w’'.-]*"
    name = rf"{word}(?:[ \t]+(?:of[ \t]+|de[ \t]+|la[ \t]+)?{word}){{0,3}}"
    directions = "|".join(re.escape(w) for w in sorted(d["directions"], key=len, reverse=True))
    county = "|".join(re.escape(w) for w in d["county_words"])
    agency = "|".join(re.escape(w) for w in sorted(d["agency_words"], key=len, reverse=True))
    roads = sorted(d["road_words"], key=len, reverse=True)
    locative = "|".join(re.escape(w) for w in d["locative_words"])
    towns = "|".join(re.escape(w) for w in d["town_words"])
    roads_cap = "|".join(re.escape(w.title()) for w in roads)
    roads_plural = "|".join(re.escape(w) for w in roads if w.endswith("s"))
    return {
        # "FRANKLIN (Feb. 4, 2014) –", "PUYALLUP, Wash. —", "EVANS, Ga. (WJBF) –"
        "dateline": re.compile(
            r"(?m)^[ \t]*(?P<city>[A-Z][A-Z.'’\- ]{2,40}?|[A-Z][\w.'’\- ]{2,40}?)"
            r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z. ]{1,25}?))?[ \t]*"
            r"(?:\([^)\n]{0,40}\)[ \t]*)?(?P<dash>—|–|--|-|:|\|)[ \t]"),
        # "SANTA BARBARA, California A gunman …" (no dash)
        "dateline_nodash": re.compile(
            rf"(?m)^[ \t]*(?P<city>[A-Z][A-Z.'’\- ]{{2,40}}?),[ \t]*(?P<region>{states})"
            r"(?![\w])"),
        "city_state": re.compile(rf"\b(?P<city>{name})[ \t]*,[ \t]*(?P<state>{states})(?![\w])"
                                 rf"(?![ \t]+(?:{county})\b)"),
        "district": re.compile(
            rf"\b(?P<place>{name})[ \t]*,[ \t]*(?:(?P<dir>{directions})[ \t]+)?(?P<city>{name})"),
        "county": re.compile(rf"^(?P<name>.+?)[ \t]+(?:{county})$"),
        "capitalised": re.compile(rf"{word}(?:[ \t]+{word})*"),
        # "Madison County Coroner", "Montgomery County deputies"
        "county_any": re.compile(rf"\b(?P<name>{word}(?:[ \t]+{word}){{0,2}})[ \t]+"
                                 rf"(?P<cw>{county})\b"),
        # "Lubbock police say", "Memphis Police Department"
        # "in Quarrow. Police said": a whole capitalised run after a locative word
        "locative": re.compile(rf"\b(?:{locative})[ \t]+(?P<name>{word}(?:[ \t]+{word}){{0,2}})"
                               r"(?![ \t]+[A-Z])(?![\w’'-])"),
        "agency": re.compile(rf"\b(?P<name>{name})[ \t]+(?P<agency>{agency})\b"),
        # "the town of Brackwell", "the Town of North Quarrow"
        "named_town": re.compile(
            rf"\b(?i:{towns})[ \t]+of[ \t]+(?P<name>{word}(?:[ \t]+{word}){{0,2}})"),
        # "Baltimore Avenue", "North Elm| Grove Trail", "Quarrow| and Elm streets"
        "road_after": re.compile(
            rf"^(?:(?:[ \t]+{word}){{0,2}}[ \t]+(?:{roads_cap})\b\.?(?![ \t]+(?:of|in)\b)"
            rf"|[ \t]+(?:and|&)[ \t]+{word}(?:[ \t]+{word}){{0,2}}[ \t]+"
            rf"(?:{roads_cap}|(?i:{roads_plural}))\b)"),
        # "Ohio and |Dayton avenues"
        "road_joined": re.compile(rf"^[ \t]+(?i:{roads_plural})\b"),
        # "87th Street at |Ashland", "the 900 block of |Pennsylvania"
        "road_before": re.compile(
            rf"(?:\b(?:{roads_cap})\.?[ \t]+(?:at|and|&)|\bblock[ \t]+of)[ \t]+$"),
    }


@cache
def _violence_words() -> tuple[frozenset[str], tuple[str, ...]]:
    words: set[str] = set(lexicons.words("harm_killed")) | set(lexicons.words("harm_injured"))
    for ws in lexicons.methods().values():
        words.update(ws)
    return (frozenset(w for w in words if " " not in w),
            tuple(sorted(w for w in words if " " in w)))


class Weigher:
    """The weight of a mention by the sentence it stands in."""

    def __init__(self, doc: Doc):
        self.table = tokens_of(doc)  # sentences and words without Span or Token objects
        self.sents = self.table.sent_bounds
        self.starts = self.table.sent_start_chars
        self.cache: dict[int, float] = {}

    def __call__(self, start: int) -> float:
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        if i not in self.cache:
            single, phrases = _violence_words()
            start, end = self.sents[i]
            table = self.table
            low = table.span_text(start, end).lower()
            violent = any(table.lower[k] in single or table.lemma[k].lower() in single
                          for k in range(start, end)) \
                or any(ph in low for ph in phrases)
            w = 1.0 + max(0.0, _W_EARLY - _W_EARLY_STEP * i)
            self.cache[i] = w + (_W_VIOLENT if violent else 0.0)
        return self.cache[i]


def _clean_city(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip(" .,-–—")).strip()


def text_mentions(doc: Doc) -> list[PlaceMention]:
    g = gazetteer()
    p = place_patterns()
    text = text_of(doc)
    weigh = Weigher(doc)
    out: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(m: PlaceMention) -> None:
        out.append(m)
        taken.append((m.start, m.end))

    head = text[:_DATELINE_CHARS]
    for pat in ("dateline", "dateline_nodash"):
        for m in p[pat].finditer(head):
            city = _clean_city(m["city"])
            region = None
            if m["region"]:
                region = g.state(m["region"]) or g.postal.get(m["region"].strip())
                if region is None and g.key(m["region"]) in g.countries:
                    region = ""  # a country: "BEIRUT, Lebanon —"
                if region is None:
                    continue
            if region and not g.lookup(city):  # "NEAR DALLAS, Ore.", "TOWN OF X, Wis."
                city = place_tail(city, region) or city
            mixed = not city.replace(" ", "").replace(".", "").isupper()
            if mixed and region is None:
                continue  # "Related Coverage -": only capitals make a dateline alone
            if not (g.lookup(city) or g.county_states(city) or g.state(city) or region):
                continue
            country = g.countries.get(g.key(m["region"])) if region == "" and m["region"] \
                else None
            start = m.start("city") + max(0, m["city"].rfind(city))
            add(PlaceMention(start, m.end("city") if not m["region"] else m.end("region"),
                         "dateline", _W_DATELINE, name=city, region=region or None,
                         country=country))
            break
        if out:
            break
    for m in p["city_state"].finditer(text):
        if not free(m.start(), m.end()):
            continue
        state = g.state(m["state"]) or g.postal.get(m["state"])
        if state is None or g.state(m["city"]) or m["city"] in g.postal \
                or _in_entity(doc, m.start("state"), ("ORG",)):
            continue  # "…, Mississippi Bureau of Investigation"
        tail = place_tail(m["city"], state) \
            or _entity_tail(doc, m.start("city"), m.end("city"))
        if tail is None:  # a name the gazetteer lacks, unless another kind of name's end
            if _in_entity(doc, m.end("city") - 1, ("ORG", "PERSON", "FAC")):
                continue  # "the Sheriff's Department, Mississippi"
            tail = m["city"].split()[-1]
        start = m.end("city") - len(tail)
        add(PlaceMention(start, m.end(), "city_state", weigh(start), name=tail, region=state))
    for m in p["district"].finditer(text):
        if not free(m.start(), m.end()):
            continue
        city = m["city"]
        big = [pl for pl in g.lookup(city) if pl.population >= 100000]
        if not big or g.state(city) or g.lookup(m["place"]) and not m["dir"]:
            continue
        add(PlaceMention(m.start(), m.end(), "district", weigh(m.start()), name=m["place"],
                     city=city))
    for m in p["county_any"].finditer(text):
        words = m["name"].split()
        starts = [m.start("name") + len(" ".join(words[:i])) + (1 if i else 0)
                  for i in range(len(words))]
        if "-" in words[-1]:  # a joint agency: "Doeville-Roe County Police", the county last
            starts.append(m.end("name") - len(words[-1].rsplit("-", 1)[1]))
        for start in starts:
            name = text[start:m.end()]
            if g.county_states(name) and free(start, m.end()):
                add(PlaceMention(start, m.end(), "county", weigh(start), name=name))
                break
    for m in p["agency"].finditer(text):
        words = m["name"].split()
        end = m.end("name")
        while len(words) > 1 and words[-1] in g.agency_words:  # "Louisville Metro| Police"
            end -= len(words.pop()) + 1
        for i in range(len(words)):
            start = end - len(" ".join(words[i:]))
            name = text[start:end]
            if name.endswith("."):
                break  # a sentence's end: "… on 52nd Street. Police said"
            if i == len(words) - 1 and "-" in name and not g.lookup(name):
                name = name.split("-")[0]  # a joint agency: "Savannah-Chatham Metro Police"
            if g.lookup(name) and not g.state(name) and name not in g.agency_words \
                    and free(start, start + len(name)):
                add(PlaceMention(start, start + len(name), "city", weigh(start) * _W_AGENCY,
                             name=name, police=m["agency"] in g.police_words))
                break
    for ent in tokens_of(doc).ents:
        if ent.label_ not in ("GPE", "LOC") or not free(ent.start_char, ent.end_char):
            continue
        name = _clean_city(re.sub(r"^(?:the|The)\s+", "", ent.text))
        if not name or "\n" in name:
            continue
        if ent.end < len(doc) and doc[ent.end].text in g.street_words \
                or on_road(text, ent.start_char, ent.end_char):
            continue  # "Baltimore Avenue", "Maryland Drive", "Quarrow and Elm streets"
        w = weigh(ent.start_char)
        state = g.state(name)
        cm = p["county"].match(name)
        if state:
            out.append(PlaceMention(ent.start_char, ent.end_char, "state", w, region=state))
        elif cm and g.county_states(name):
            out.append(PlaceMention(ent.start_char, ent.end_char, "county", w, name=name))
        elif g.key(name) in g.countries:
            out.append(PlaceMention(ent.start_char, ent.end_char, "country", w,
                                country=g.countries[g.key(name)]))
        elif g.lookup(name) and name not in g.agency_words:
            out.append(PlaceMention(ent.start_char, ent.end_char, "city", w, name=name))
    # "happened … in Quarrow. Police said": a town after "in" the recogniser missed (or took
    # for a person: "in Brackwell."); the whole capitalised run must be the town's name
    seen = [(m.start, m.end) for m in out]
    people = [(e.start_char, e.end_char) for e in tokens_of(doc).ents
              if e.label_ in ("PERSON", "ORG", "FAC")]
    d = place_data()
    for m in p["locative"].finditer(text):
        s, e = m.span("name")
        name = m["name"]
        for stop in re.finditer(r"\.[ \t]", name):  # "in Quarrow. Police said" ends at "Quarrow"
            if g.key(name[:stop.start()].split()[-1]) not in g.abbrev:  # not "St. Louis"
                name = name[:stop.start()]
                break
        name = name.rstrip(".")
        e = s + len(name)
        if name in d["not_places"] or name in g.agency_words or g.state(name) \
                or any(a < e and s < b for a, b in seen) \
                or any(a < e and s < b for a, b in people) and not _placed_person(text, s, e) \
                or on_road(text, s, e):
            continue
        if any(pl.country == "US" and (pl.county or pl.city) for pl in g.lookup(name)):
            out.append(PlaceMention(s, e, "city", weigh(s) * _W_LOCATIVE, name=name))
    # "the town of Brackwell": a town too small for the gazetteer, the city of whatever region
    # the rest of the text finds
    for m in p["named_town"].finditer(text):
        s, e = m.span("name")
        name = re.split(r"[.,;:][ \t]", m["name"])[0].rstrip(".,;:")  # "Quarrow. The"
        e = s + len(name)
        if g.state(name) or g.county_states(name) or name in d["not_places"] \
                or any(a < e and s < b for a, b in seen) or on_road(text, s, e) \
                or any(pl.country == "US" for pl in g.lookup(name)):
            continue  # a town the gazetteer has is found, and weighed, as any other
        out.append(PlaceMention(s, e, "city", weigh(s) * _W_NAMED_TOWN, name=name, votes=False,
                            named=True))
    # a list of the site's other videos names places of its area, not of this story: they
    # count as the site's (without a span, weakly), not the text's
    clips = clip_lines(text)
    for i, mention in enumerate(out):
        if mention.kind in ("city", "county", "state") and any(
                a <= mention.start < b for a, b in clips):
            out[i] = PlaceMention(-1, -1, "site" if mention.kind == "city" else mention.kind,
                              _W_CLIP, name=mention.name, region=mention.region, site=True)
    for mention in out:
        if mention.start < 0:
            continue
        mention.care = mention.kind != "dateline" and _cared_at(text, mention.start,
                                                                mention.end)
        if mention.kind != "dateline":
            context = context_weight(text[max(0, mention.start - 40):mention.start])
            mention.weight *= context
            mention.aside = context < 1.0
            if re.search(r"\bsuburban\s+$", text[max(0, mention.start - 12):mention.start]) \
                    or re.match(r"(?:’s|'s)?\s+(?:suburbs?|neighborhood\s+of)\b",
                                text[mention.end:mention.end + 20]):
                mention.weight *= _W_SUBURBS  # "suburban Seattle", "the Boston suburbs"
    return out


_CLIP_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}:\d\d(?![ \t]*[ap]\.?m\b)[ \t]+\S.*$")


def clip_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of a list of other videos, each led by its length ("1:10
    Shelter fills after the storm"): the page's furniture, whose
    places are of other stories. Two such lines at least make a list."""
    spans = [m.span() for m in _CLIP_LINE.finditer(text)]
    return spans if len(spans) >= 2 else []


def context_weight(before: str) -> float:
    """How much a place counts by the words just before it: "a man of X" is where someone
    lives, seldom where the violence was."""
    m = re.search(r"(?:(\w+)\W+)?\b(?:of|from)\s+(?:downtown\s+)?$", before)  # "south of downtown X"
    # not "the town of Brackwell"
    if m and (m[1] or "").lower() not in place_data()["place_of_words"]:
        return _W_RESIDENCE
    return 1.0


def on_road(text: str, start: int, end: int) -> bool:
    """Whether a name is (part of) a road's: "Baltimore Avenue", "Quarrow and Elm
    streets", "Ohio and Dayton avenues", "40th Street at Elm", "the 900 block of
    Pennsylvania", "MLK Parkway"."""
    p = place_patterns()
    after = text[end:end + 80]
    before = text[max(0, start - 40):start]
    last = text[start:end].split()[-1].strip(".,").lower() if text[start:end].split() else ""
    return last in place_data()["road_words"] or bool(p["road_after"].match(after)) \
        or bool(p["road_before"].search(before)) \
        or bool(re.search(r"\b(?:and|&)[ \t]+$", before) and p["road_joined"].match(after))


def _cared_at(text: str, start: int, end: int) -> bool:
    """Whether a place stands just after a hospital's name, in its sentence ("taken to
    Christ Medical Center in Oak Lawn"), or names the hospital ("a Birmingham hospital")."""
    before = re.split(r"[.!?\n]\s", text[max(0, start - _CARE_CHARS):start])[-1].lower()
    after = text[end:end + 20].lower()
    return bool(re.search(r"\b(?:in|at|to)\s+(?:the\s+)?$", before)) and any(
        w in before for w in place_data()["care_words"]) or any(
        re.match(rf"\s+{re.escape(w)}\b", after) for w in place_data()["care_words"])


def place_tail(name: str, state: str) -> str | None:
    """The longest tail of a captured name that is a place of the state: "In Dayton"."""
    g = gazetteer()
    words = name.split()
    for i in range(len(words)):
        cand = " ".join(words[i:])
        if any(pl.region == state for pl in g.lookup(cand)) or state in g.county_states(cand):
            return cand
    return None


def _in_entity(doc: Doc, char: int, labels: tuple[str, ...]) -> bool:
    return any(e.start_char <= char < e.end_char and e.label_ in labels for e in tokens_of(doc).ents)


def _entity_tail(doc: Doc, start: int, end: int) -> str | None:
    """The GPE entity that ends where a captured name ends ("In Dayton" -> "Dayton")."""
    for ent in tokens_of(doc).ents:
        if ent.end_char == end and ent.start_char >= start and ent.label_ in ("GPE", "LOC"):
            return ent.text
    return None


def text_towns(doc: Doc) -> list[tuple[int, int, str, list[GazPlace]]]:
    """Every run of up to three capitalised words of the text that names US places, with
    its span, outside people's names and street names; the entity recogniser may have
    missed them ("a Quarrow area apartment", "in Brackwell" taken for a person)."""
    g = gazetteer()
    p = place_patterns()
    text = text_of(doc)
    people = [(e.start_char, e.end_char) for e in tokens_of(doc).ents if e.label_ == "PERSON"]
    out: list[tuple[int, int, str, list[GazPlace]]] = []
    for m in p["capitalised"].finditer(text):
        words = m.group().split()
        for size in range(min(len(words), 3), 0, -1):
            for i in range(len(words) - size + 1):
                name = " ".join(words[i:i + size]).strip(".,;:'’")
                start = m.start() + len(" ".join(words[:i])) + (1 if i else 0)
                end = start + len(name)
                if any(a < end and start < b for a, b in people) and not _placed_person(
                        text, start, end) or \
                        i + size < len(words) and (words[i + size] in g.street_words
                                                   or words[i + size].strip(".,;:").title()
                                                   in g.county_words) \
                        or on_road(text, start, end):
                    continue  # "Maryland Drive", "Mason County"
                towns = [pl for pl in g.lookup(name) if pl.country == "US" and pl.county]
                if towns:
                    out.append((start, end, name, towns))
    return out


def _placed_person(text: str, start: int, end: int) -> bool:
    """Whether a one-word "person" stands where a town does: "happened … in Brackwell.", "shot
    in Gary on Monday"."""
    return " " not in text[start:end] and bool(
        re.search(r"\b(?:in|near)\s+$", text[max(0, start - 6):start])) and \
        bool(re.match(r"(?:[.,;]|$|[ \t]+[a-z]+\b(?!’|'))", text[end:end + 20]))
