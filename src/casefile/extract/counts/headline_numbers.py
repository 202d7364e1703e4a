"""What the headline says of the harmed: its numbers ("2 killed, 3 hurt"), the floor of
one it implies ("Man dies after shooting"), and whether it tells of one person only.

The title is not part of the parsed text, so it is read from its words with patterns;
headlines are short and formulaic enough for that.
"""

from __future__ import annotations

import re
from functools import cache

from casefile.extract.counts.harm_grammar import GROUP_NOUNS, people_nouns, self_death
from casefile.extract.counts.other_incidents import several_events
from casefile.extract.counts.stated_counts import MULTIPLIER
from casefile.extract.counts.statement import Counts, alt
from casefile.extract.roles import NEAR_MISS_WORDS
from casefile.lexicons import lexicon, month_words, words


def _says(title: str, category: str) -> bool:
    return bool(_whole_words(category).search(title.lower()))


@cache
def _whole_words(category: str) -> re.Pattern[str]:
    """Any word of a category standing whole: one regex, not one search per word."""
    if not words(category):
        return re.compile(r"(?!)")  # no word: nothing said
    alternation = "|".join(re.escape(w) for w in sorted(words(category)))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


# Wounds that are the cause of a death, not the harm of someone else: "Man dies from
# injuries", "Teen succumbs to his wounds".
_DIED_OF = re.compile(r"\b(?:dies|died|dead|succumbs|succumbed)\s+(?:from|of|to)\s+(?:[\w'-]+\s+){0,2}?"
                      r"(?:injuries|injury|wounds)\b", re.IGNORECASE)


# Harm the headline denies: "No one hurt in shooting", "Nobody injured", "no injuries
# reported", "none seriously hurt"
_NOBODY = re.compile(r"\b(?:no[\s-]?one|nobody|none|no\s+(?:injuries|deaths|casualties))\b"
                     r"(?:\s+[\w'-]+){0,3}", re.IGNORECASE)


# A death only just escaped: "Teen nearly killed in shooting" (hurt)
_NEAR_MISS = re.compile(rf"\b(?:{'|'.join(NEAR_MISS_WORDS)})\s+(?:killed|dies|died|slain)\b",
                        re.IGNORECASE)


_BODIES = re.compile(r"\bbodies\s+(?:found|discovered)\b", re.IGNORECASE)
_MURDERS_SUICIDE = re.compile(r"\bmurders-suicide\b", re.IGNORECASE)


# The unborn are no count of the dead or hurt (nor are they in the archives' counts):
# "Pregnant woman's unborn baby killed, 4 others injured"
_UNBORN = re.compile(r"\b(?:(?:killed|killing|kills)\s+)?(?:(?:her|his|their|an?|the)\s+)?unborn\s+(?:baby|babies|child|children|son|"
                     r"daughter|infant|twins?|fetus)\b(?:\s+(?:is|was|were)\s+)?(?:\s*(?:killed|dies|died|dead)\b)?",
                     re.IGNORECASE)


def without_unborn(title: str) -> str:
    """A headline without the unborn it tells of."""
    return _UNBORN.sub(" ", title)


# A harm of an earlier incident the headline recalls: "at home of relatives of child
# fatally shot last year"
_PAST_HARM = re.compile(r"\b(?:fatally\s+shot|shot\s+dead|killed|slain|shot)\s+(?:[\w'-]+\s+){0,2}?"
                        r"(?:last\s+(?:year|month)|(?:years?|months?)\s+ago)\b", re.IGNORECASE)
# Words of death that tell none: "charged with attempted murder", "homicide detectives"
@cache
def _animal_harm() -> re.Pattern[str]:
    """A harm done to an animal: "killed his dog", "dog shot", "shoots neighbor's pit bull"."""
    animals = alt(sorted(words("animal_words"), key=len, reverse=True))
    harm = r"(?:kill(?:s|ed|ing)?|shot|shoots?|slain)"
    return re.compile(rf"\b{harm}\s+(?:(?:his|her|their|a|an|the|family|[\w'-]+['’]s)\s+){{0,2}}(?:{animals})\b"
                      rf"|\b(?:{animals})\s+(?:was\s+|is\s+)?{harm}\b", re.IGNORECASE)


def _no_death(title: str, any_cause: bool = False) -> str:
    """A title without the words of death that tell no person's: an attempted murder, a
    homicide unit, an animal killed, and (unless `any_cause`) a death by other means than
    gunfire."""
    title = _animal_harm().sub(" ", _NO_DEATH.sub(" ", title))
    return title if any_cause else _other_cause_deaths(title)


def _other_cause_deaths(title: str) -> str:
    """A title without the words of death that a crash, a collapse or a heart attack within
    a few words of them explains, with no gunfire word between ("driver killed when
    suspect's car crashes", "father collapses and dies after son is shot"; not "man shot
    dead after crash")."""
    causes, deaths, guns = (words("other_death_causes"), words("headline_death_words"),
                            words("headline_gun_words"))
    tokens = list(re.finditer(r"[\w'-]+", title))
    low = [t.group().lower() for t in tokens]
    out = title
    for i, word in enumerate(low):
        if word not in deaths or i and low[i - 1] in guns:
            continue
        for j in range(max(0, i - 3), min(len(low), i + 5)):
            between = low[min(i, j) + 1: max(i, j)]
            if low[j] in causes and not guns & set(between):
                start, end = tokens[i].span()
                out = out[:start] + " " * (end - start) + out[end:]
                break
    return out


_NO_DEATH = re.compile(r"\battempted\s+(?:murder|homicide)\b|\bhomicide\s+(?:detectives?|unit|division|"
                       r"squad|investigators?|bureau)\b", re.IGNORECASE)


# One accused of a killing who has died: the one he killed, and he ("Man accused of
# killing baby dies"; not a death in custody or in a crash, long after)
_SUSPECT_DIED = re.compile(
    r"\b(?:accused|suspected|suspect|charged)\b.*\b(?:kill\w*|slay\w*|slain|murder\w*|shooting"
    r"|shot|death)\b.*\b(?:dies|died|is\s+dead|found\s+dead)\b"
    r"(?!.*\b(?:jail|custody|prison|crash|court)\b)", re.IGNORECASE)


def shot_beside_killed(title: str) -> bool:
    """Whether a headline tells one person shot and another killed, in clauses of their
    own: "Officer shot, suspect killed in shootout", "Man killed, girl grazed by bullet"
    (one hurt, one dead; not "Man shot, killed", one person)."""
    tokens = re.findall(r"[\w'-]+|[,;]", title.lower())
    harms = []  # (person word, harm) of each clause that opens on one person
    for i in range(1, len(tokens)):
        if tokens[i] in ("shot", "grazed", "wounded", "killed", "dead", "slain") \
                and _one_person_word(tokens[i - 1]):
            # "Man shot to death", "shot dead": a killing
            shot = tokens[i] in ("grazed", "wounded") or tokens[i] == "shot" \
                and tokens[i + 1: i + 3] != ["to", "death"] and tokens[i + 1: i + 2] != ["dead"]
            harms.append((tokens[i - 1], "shot" if shot else "killed"))
    return any(a != b and {h, k} == {"shot", "killed"} for a, h in harms for b, k in harms)


def headline_floor(title: str, any_cause: bool = False) -> Counts:
    """At least one killed / injured when the headline says so ("Man dies after shooting").

    Headlines name the outcome in a few words and are rarely about another incident, while
    the body may be mostly page furniture; numbers in them are often ages, so only the
    floor of one is taken. A death by a crash or a collapse is no count of the shooting's,
    but with `any_cause` it is counted as a death the text tells (the role model's guesses
    are checked against all of those).
    """
    floor = Counts()
    title = _no_death(_PAST_HARM.sub(" ", _NEAR_MISS.sub(" hurt ", _NOBODY.sub(" ", title))),
                      any_cause)
    if _says(title, "headline_killed"):
        # "Bodies found in ...", "Man accused of killing wife dies": two at least
        floor.killed = 2 if _BODIES.search(title) or _SUSPECT_DIED.search(title) else 1
    if (_plural_deaths().search(title) or _MURDERS_SUICIDE.search(title)) \
            and not several_events().search(title):
        # "Suspect held in tavern slayings": two at least; "murders-suicide": three
        floor.killed = max(floor.killed, 3 if _MURDERS_SUICIDE.search(title) else 2)
    if _says(_DIED_OF.sub(" ", title), "headline_injured") or shot_beside_killed(title):
        floor.injured = 1
    elif _says(title, "headline_shot"):
        floor.shot = 1  # someone was hurt; injured only if nobody was killed
    for each, number in _numbered_deaths().findall(title):
        # "Police hold man in 4 stabbing deaths", "charged in 3 killings": so many dead;
        # not "each of 3 murders" (one each), nor a year ("2013 slayings")
        n = _number_of(number.lower())
        if n and 1 < n < 1000 and not each:
            floor.killed = max(floor.killed, n)
    hurt_clauses = _hurt_clauses(title)
    if hurt_clauses > 1 and not several_events().search(title):
        # "Driver killed, passenger hurt; woman in car behind them grazed": one hurt each
        floor.injured = max(floor.injured, hurt_clauses)
    plural = _plural_harmed().search(title)
    if plural and not several_events().search(title):
        # "Teens wounded on Elm Avenue", "Brothers shot outside club": two at least
        kind = _HEADLINE_HARM[plural.group(1).lower()]
        setattr(floor, kind, max(getattr(floor, kind), 2))
    for word, harm in _vague_count().findall(title):
        # "Two dead, several injured": more than two, where the body says no number
        kind = _HEADLINE_HARM[harm.lower()]
        if kind in ("killed", "injured"):
            setattr(floor, kind, max(getattr(floor, kind),
                                     lexicon()["headline_vague_counts"][word.lower()]))
    return floor


_CLAUSE_BREAK = re.compile(r"[,;]|\band\b")


def _hurt_clauses(title: str) -> int:
    """How many of a headline's clauses each tell one person hurt: a person noun and a
    word of hurt ("passenger hurt", "woman in car behind them grazed")."""
    nouns = people_nouns()
    return sum(1 for clause in _CLAUSE_BREAK.split(title)
               if (_says(clause, "headline_injured") or _says(clause, "headline_clause_hurt_words"))
               and any(w in nouns for w in re.findall(r"[a-z]+", clause.lower())))


@cache
def _plural_harmed() -> re.Pattern[str]:
    """A plural person noun a headline tells harmed, no number said: "Teens wounded",
    "Brothers shot", "Men found dead" (not "Deputies shot a man": the ones who fired)."""
    nouns = people_nouns()
    plurals = {w for w in nouns if w.endswith("s") and w[:-1] in nouns} \
        | {w for w in nouns if w.endswith("ies") and w[:-3] + "y" in nouns} \
        | {"men", "women", "children", "people"}
    harms = alt(words("headline_plural_harms"))
    # (a word after the harm that makes it the doers' act: "Deputies shot a man", "... shot at")
    objects = alt(nouns - plurals | words("headline_doer_words")) + r"|\d+"
    return re.compile(rf"^(?:[\w'’-]+:?\s+)?\b(?:{alt(plurals)})\s+(?:(?:are|were|found)\s+)?"
                      rf"({harms})\b(?!\s+(?:{objects}|(?-i:[A-Z])\w+)\b)", re.IGNORECASE)


@cache
def _plural_deaths() -> re.Pattern[str]:
    """Deaths in the plural (lexicon headline_death_plurals, and "homicides", which is no
    list's or number's: "a city's 20 homicides"): two dead at least (not "murder-suicide",
    which may be an attempted one)."""
    plurals = alt(words("headline_death_plurals") | {"homicides"})
    return re.compile(rf"\b(?:{plurals})\b", re.IGNORECASE)


@cache
def _numbered_deaths() -> re.Pattern[str]:
    """A number of a headline before a plural of death (lexicon headline_death_plurals),
    a word or two between: "4 stabbing deaths", "3 killings", "two county slayings"; and
    whether "each of" goes before it."""
    numbers = alt(lexicon()["number_words"])
    deaths = alt(words("headline_death_plurals"))
    return re.compile(rf"(\beach\s+of\s+)?\b(\d+|{numbers})\s+(?:[\w'-]+\s+){{0,2}}?"
                      rf"(?:{deaths})\b", re.IGNORECASE)


@cache
def _vague_count() -> re.Pattern[str]:
    """A word a headline counts people with, no number said (lexicon headline_vague_counts),
    and the harm a few words on: "several injured", "multiple people shot"."""
    vague = alt(lexicon()["headline_vague_counts"])
    return re.compile(rf"\b({vague})\s+(?:[\w'-]+\s+){{0,2}}?(killed|dead|injured|wounded|hurt)\b",
                      re.IGNORECASE)


def headline_one_dead(title: str) -> bool:
    """Whether a headline says one person died: "Man dies after shooting", "Teen, 17,
    shot dead". A singular person noun among its first words, no second person ("and",
    "then himself", a number of people above one, a plural) and a word of death (not of
    one that tells none: "charged with attempted murder")."""
    if not _says(_no_death(title), "headline_killed") or _nth_death().search(title) or _BODIES.search(title) \
            or _SUSPECT_DIED.search(title):
        # "Third victim dies", "Man held after bodies found", "Man accused of killing wife
        # dies": not the only death
        return False
    return _of_one_person(title)


# A headline's tail after a spaced dash or bar names the site: "... - WXYZ Channel 4"
_SITE_TAIL = re.compile(r"\s+[-|–—]\s+[^-|–—]*$")
# The dead as the object of the headline's words, one person: "death of 4-year-old boy",
# "girl's shooting death", "accused of killing 4-year-old", "boy accidentally kills himself"
# (not "shoots himself": that may have only hurt him)
_DEATH_NOUNS = r"(?:death|killing|slaying|murder)"
_SELF = r"(?:himself|herself|self)\b"


@cache
def _one_dead_object() -> re.Pattern[str]:
    person = r"(?:" + "|".join(map(re.escape, sorted(words("person_nouns"), key=len, reverse=True))) \
        + r"|(?:\d+|[a-z]+)-(?:year|month|week|day)s?-old)"
    return re.compile(
        rf"\b{_DEATH_NOUNS}\s+of\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){{0,2}}?{person}\b"
        rf"|\b{person}['’]s\s+(?:[\w-]+\s+){{0,2}}?{_DEATH_NOUNS}\b"
        rf"|\bkilling\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){{0,1}}?{person}\b"
        rf"|\b{person}(?:,\s*\d+,)?\s+(?:\w+ly\s+)?(?:kills\s+{_SELF}"
        rf"|shoots\s+{_SELF}\s+to\s+death|fatally\s+shoots\s+{_SELF})")


def headline_one_victim(title: str) -> bool:
    """Whether a headline tells of one dead person: as headline_one_dead does ("Man dies
    after shooting"), or with the dead as the object of its words while others (suspects,
    officers) are counted ("Two arrested in shooting death of 4-year-old boy", "Officers
    indicted in boy's death", "3 teens accused of killing 4-year-old"). The site's name
    after a spaced dash is left out ("... - WXYZ Channel 4")."""
    title = _without_site(title)
    if headline_one_dead(title):
        return True
    if _SUSPECT_DIED.search(title):
        return False
    low = title.lower()
    if headline_counts(title).killed > 1 or any(
            w in _MORE_THAN_ONE - {"then", "before", "and", "&"} for w in re.findall(r"[\w'-]+", low)) \
            or "murder-suicide" in low or "deaths" in low:
        return False
    return bool(_one_dead_object().search(low))


def headline_one_hurt(title: str) -> bool:
    """Whether a headline tells of one person and of a shooting or an injury, and of no
    death: "Girl, 9, wounds herself", "Teen hurt in Main Street gunfire"."""
    if _says(title, "headline_killed"):
        return False
    if sum(1 for part in _clauses(title) if _hurt(part) and _of_one_person(part)) > 1:
        return False  # "Officer shot during stop; suspect wounded": one hurt in each
    return _hurt(title) and _of_one_person(title)


def _hurt(title: str) -> bool:
    """Whether a headline (or a clause of one) tells of a shooting or an injury."""
    return _says(title, "headline_injured") or _says(title, "headline_shot")


def _clauses(title: str) -> list[str]:
    """A headline's clauses: its parts between semicolons or before "as", "after", "while"
    or "when", and after a comma a part that opens with a person ("Officer shot, suspect
    wounded"; not "Boy, 9, shot")."""
    parts = []
    for part in re.split(r";|\s(?:as|after|while|when)\s", _without_site(title), flags=re.IGNORECASE):
        pieces = re.split(r",\s+", part)
        parts.append(pieces[0])
        for piece in pieces[1:]:
            first = piece.split()[0].lower() if piece.split() else ""
            if _one_person_word(first):
                parts.append(piece)
            else:
                parts[-1] += ", " + piece
    return parts


def _without_site(title: str) -> str:
    """A headline without the site's name and section after spaced dashes ("... - WXYZ
    Channel 2 - City News, Weather"), while three words of headline are left."""
    while (cut := _SITE_TAIL.sub("", title)) != title and len(cut.split()) >= 3:
        title = cut
    return title


def _of_one_person(title: str) -> bool:
    """A singular person noun among a headline's first words, and no second person ("and",
    "then himself", a number of people above one, a plural)."""
    tokens = re.findall(r"[\w'-]+|[&,]", _without_site(title).lower())
    numbers = lexicon()["number_words"]
    if any(t in _MORE_THAN_ONE or t in GROUP_NOUNS or numbers.get(t, 0) > 1
           or t.isdigit() and 1 < int(t) < 10 and not (i and tokens[i - 1] == ",")  # "Boy, 9,"
           for i, t in enumerate(tokens)):
        return False
    person = [_one_person_word(t) for t in tokens]
    if any(person[i] and tokens[i + 1] == "," and not tokens[i + 2][:1].isdigit()
           for i in range(len(tokens) - 2)):
        return False  # "Toddler, man killed", "Mother, father, toddler dead": a list
    return any(person[:4])


# "15-year-old", "four-year-old", "10-month-old": one person
_AGED = re.compile(r"(?:\d+|[a-z]+)-(?:year|month|week|day)s?-old")


def _one_person_word(token: str) -> bool:
    """A headline word naming one person: "man", "teen", "15-year-old"."""
    return token in words("person_nouns") or bool(_AGED.fullmatch(token))
# Words by which a headline speaks of more than one person or event: not "himself" alone
# ("Girl, 9, wounds herself"), but "kills wife, then himself", "shoots son before killing himself".
_MORE_THAN_ONE = {"and", "&", "both", "double", "triple", "quadruple", "quintuple", "then", "before",
                  "another", "others", "separate", "shootings", "murders", "killings"}


_HEADLINE_HARM = {"killed": "killed", "dead": "killed", "dies": "killed", "die": "killed",
                  "died": "killed", "slain": "killed", "murdered": "killed",
                  "wounded": "injured", "injured": "injured", "hurt": "injured",
                  "hospitalized": "injured", "hospitalised": "injured",
                  "shot": "shot", "stabbed": "shot", "fatally": "killed"}


def _one_person(tokens: list[str], i: int) -> bool:
    """Whether a headline's word names one person that opens a list: "Teen, 3 adults shot",
    "Shooting leaves 2-year-old, 3 others hurt" (not "Man killed, 3 hurt", where a harm word
    stands between)."""
    singular = words("person_nouns")
    if not (tokens[i] in singular or re.fullmatch(r"\d+-year-old", tokens[i])):
        return False
    if i and tokens[i - 1] in singular:
        i -= 1  # "Teen boy, 3 women shot": a person noun said with another
    return i == 0 or tokens[i - 1] in ("a", "an", ",", "and", ":") \
        or tokens[i - 1] in words("count_headline_list_openers")


# Words after a number that make it an age: "shooting of 11 year old child"
_AGE_UNITS = {"year", "month", "week", "day"}
# Words after a number that say it counts no people: "shoots 3 times", "kills 2 dogs".
_NOT_PEOPLE = {"times", "rounds", "shots", "bullets", "dogs", "dog", "years", "months", "days",
               "hours", "minutes", "weeks"}


def _verb_before(tokens: list[str], i: int) -> str | None:
    """The harm an active verb right before a headline's number says: "kills 2" -> killed,
    "fatally shoots 1" -> killed, "wounding 3" -> injured."""
    if not i:
        return None
    kind = lexicon()["count_headline_verbs"].get(tokens[i - 1])
    if kind is None and i >= 2 and tokens[i - 1] == "down" and tokens[i - 2] in (
            "gun", "guns", "gunning", "gunned"):
        kind = "killed"  # "Men arrested for gunning down 3 teens"
    if kind is None and i >= 2 and tokens[i - 2] in ("that", "which", "who"):
        kind = _HEADLINE_HARM.get(tokens[i - 1])  # "shooting that injured 7": a past tense
    if kind == "shot" and i >= 2 and tokens[i - 2] == "fatally":
        return "killed"
    return kind


def _to_hospital(tokens: list[str], j: int) -> bool:
    """Whether the words at `j` put people in hospital: "to hospital", "in the hospital"."""
    rest = tokens[j:j + 3]
    if rest[:1] not in (["to"], ["in"]):
        return False
    rest = rest[1:]
    if rest[:1] in (["the"], ["a"]):
        rest = rest[1:]
    return rest[:1] in (["hospital"], ["hospitals"])


def _number_of(token: str) -> int | None:
    """The number a headline's word says: "3", "three" (lexicon number_words), or None."""
    return int(token) if token.isdigit() else lexicon()["number_words"].get(token)


def counts_everyone(title: str) -> bool:
    """Whether a headline's number counts people of no particular kind: "5 shot", "Man
    shoots five people" (not "2 cops shot" or "Four men shot", a kind of people the body
    may count apart from the others hurt)."""
    tokens = re.findall(r"[\w'-]+|[^\w\s]", title.lower())
    for i, tok in enumerate(tokens[:-1]):
        n = _number_of(tok)
        if n and tok not in ("a", "an") and (
                tokens[i + 1] in ("people", "persons", "victims") or tokens[i + 1] in _HEADLINE_HARM):
            return True
    return False


def headline_counts(title: str) -> Counts:
    """Numbers of people a headline states: "2 killed, 3 hurt", "Four men shot near ...".

    A number right before a harm word, with at most a few people words between; ages
    ("2-year-old"), and numbers after "of" ("father of 5") are not counts.
    """
    counts = Counts()
    tokens = re.findall(r"[\w'-]+|[^\w\s]", title.lower())
    allowed = people_nouns() | set(words("count_modifiers"))
    pending = 0  # the numbers of a list waiting for its harm word
    killer = 0  # the number an active verb says someone killed ("kills 2"): not a total
    for i, tok in enumerate(tokens):
        n = _number_of(tok)
        if n == 12 and tokens[i - 2: i] == ["half", "a"]:
            n = 6  # "half a dozen"
        if not n or not 0 < n < 100 or tok in ("a", "an", "single", "double", "triple",
                                                 "quadruple"):
            continue
        if i >= 2 and tokens[i - 1] == "of" and tokens[i - 2] in ("shooting", "stabbing") and (
                i + 1 == len(tokens) or tokens[i + 1] not in _NOT_PEOPLE | _AGE_UNITS):
            counts.shot = max(counts.shot, n)  # "2 critically wounded in shooting of five"
            continue
        if i and tokens[i - 1] in ("of", "for", "at", "since", "in", "$", "no"):
            continue
        if i and (tokens[i - 1] in month_words()
                  or tokens[i - 1] == "." and i >= 2 and tokens[i - 2] in month_words()):
            continue  # a day of a month: "Man shot Dec. 30 dies"
        j = i + 1
        while j < len(tokens) and j - i <= 3 and tokens[j] in allowed:
            j += 1
        verb = _verb_before(tokens, i)
        if not verb and i >= 3 and tokens[i - 1] in (",", "and") and (
                _one_person_word(tokens[i - 2])) \
                and tokens[i + 1: i + 2] and (tokens[i + 1] in people_nouns() or tokens[i + 1] in (
                    "other", "others", "more")) and not (
                    j < len(tokens) and tokens[j] in _HEADLINE_HARM):
            # "gunfire that hurt a 9-year-old, 3 others", "kills teen, 2 others": the
            # one and the others (not an age: "kills man, 18"; nor "kills man, 2 others
            # hurt", a harm of their own)
            verb = _verb_before(tokens, i - 2 if tokens[i - 3] not in ("a", "an") else i - 3)
            n += 1 if verb else 0
        if verb and (j == len(tokens) or tokens[j] not in _NOT_PEOPLE):
            # "Gunman kills 2, wounds 3", "Man fatally shoots 1": the number is of the harmed
            setattr(counts, verb, max(getattr(counts, verb), n))
            if verb == "killed":
                killer = max(killer, n)
            pending = 0
            continue
        if _to_hospital(tokens, j):
            # "Shooting sends 3 to hospital", "lands four men in hospital"
            counts.injured = max(counts.injured, n + pending)
            pending = 0
            continue
        if j < len(tokens) and tokens[j] in ("are", "were", "is", "was", "have", "been", "found"):
            j += 1
        if j < len(tokens) and tokens[j] in (",", "and") and j + 1 < len(tokens):
            more = _singles_then_harm(tokens, j + 1)
            if more is not None and j > i + 1:
                # "Two women, child shot in home": the number and the people after it
                kind, k = more
                setattr(counts, kind, max(getattr(counts, kind), pending + n + k))
                pending = 0
                continue
            # "2 adults, 1 child dead", "10 women, 7 men wounded": count the whole list.
            pending += n
            continue
        if j < len(tokens) and tokens[j] in _HEADLINE_HARM:
            kind = _harm_at(tokens, j)
            if kind == "shot" and any(t in ("other", "others", "more") for t in tokens[i:j]):
                kind = "injured"
            if i and tokens[i - 1] in (",", "and"):
                n += pending
                if not pending and (kind != "killed" or tokens[i - 1] == "and" or any(
                        t in people_nouns() for t in tokens[i + 1:j])) and i >= 2 \
                        and _one_person(tokens, i - 2):
                    # "Teen, 3 adults shot", "Woman and 2 children wounded", "Woman, 2
                    # children found dead" (a bare "Man, 2 killed" may be one of the two)
                    n += 1
            setattr(counts, kind, max(getattr(counts, kind), n))
        pending = 0
    for kind, n in _people_list_harm(tokens):
        setattr(counts, kind, max(getattr(counts, kind), n))
    if counts.killed and "including" not in tokens and (
            _HEADLINE_SELF.search(title) or _SUICIDE.search(title)
            or killer == counts.killed and self_death().search(title)):
        # "Man kills 2, then himself", "7 slain by gunman who then killed himself": those
        # he killed, and the killer
        counts.killed += 1
    counts.killed = max(counts.killed, _killed_then_self(tokens), _deaths_of_list(tokens))
    multiple = _HEADLINE_MULTIPLE.search(title)
    if multiple and not counts.killed:
        # "quadruple murder", "double fatal shooting"; "double murder-suicide" is three dead
        counts.killed = MULTIPLIER[multiple[1].lower()] + (1 if multiple[2] else 0)
    nth = _nth_death().search(title)
    if nth:
        # "Third victim dies after ...": the dead are at least as many as its rank
        counts.killed = max(counts.killed, _rank(nth[1]))
    shot = _HEADLINE_MULTIPLE_SHOT.search(title)
    if shot:
        # "triple shooting": three people hurt, the dead among them
        counts.shot = max(counts.shot, MULTIPLIER[shot[1].lower()])
    return counts


def _harm_at(tokens: list[str], j: int) -> str:
    """The harm of the headline's harm word at j: "shot dead" and "shot to death" are
    deaths."""
    kind = _HEADLINE_HARM[tokens[j]]
    if kind == "shot" and tokens[j + 1: j + 2] in (["dead"], ["to"]):
        return "killed"
    return kind


def _singles_then_harm(tokens: list[str], k: int) -> tuple[str, int] | None:
    """The harm and the number of people a headline lists one by one from token k up to
    its harm word ("child shot", "her son and a neighbor wounded"), or None."""
    people, n = 0, len(tokens)
    while k < n:
        while k < n and tokens[k] in _OWNERS:
            k += 1
        if k < n and _one_person_word(tokens[k]):
            people, k = people + 1, k + 1
            if k < n and tokens[k] in (",", "and", "&"):
                k += 1
                continue
        break
    while k < n and tokens[k] in _LIST_LINKS:
        k += 1
    if not people or k >= n or tokens[k] not in _HEADLINE_HARM:
        return None
    return _harm_at(tokens, k), people


# Words that may stand between the people a headline lists and its harm word: "Father,
# daughter found dead", "Mother and son are shot to death".
_LIST_LINKS = {"found", "are", "were", "both", "all", "reportedly"}
_OWNERS = {"her", "his", "their", "a", "an", "the"}


def _people_list_harm(tokens: list[str]) -> list[tuple[str, int]]:
    """Harm a headline tells of people it lists one by one, with no number: "Father,
    daughter, 9, found dead" (2 killed), "Man, woman killed in crash", "Mother and son
    wounded". Only a list that opens the headline or a clause and ends right at its harm
    word counts ("Man shot, woman killed" is two harms of one person each, which the floor
    and the body tell; "Husband suspected of slaying wife and son dies" one death)."""
    out: list[tuple[str, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        if not _one_person_word(tokens[i]) or i and tokens[
                i - 1] not in (":", ",", "-", "—", "–", "|") and tokens[i - 1] not in words(
                "count_headline_list_openers"):
            i += 1  # a list opens the headline or a clause: not "slaying wife and son"
            continue
        people, j = 1, i + 1
        while j < n:
            if tokens[j] == "," and j + 2 < n and tokens[j + 1].isdigit() and tokens[j + 2] == ",":
                j += 3  # "daughter, 9,": an age
                continue
            k = j + 1 if tokens[j] in (",", "and", "&") else j
            while k < n and tokens[k] in _OWNERS:
                k += 1
            if k > j and k < n and _one_person_word(tokens[k]):
                people, j = people + 1, k + 1
                continue
            break
        while j < n and tokens[j] in _LIST_LINKS:
            j += 1
        if people > 1 and j < n and tokens[j] in _HEADLINE_HARM:
            out.append((_harm_at(tokens, j), people))
        i = j
    return out


_SELVES = {"himself", "herself", "self"}
# Words before the killer's own death at the end of a list: "..., then himself", "before
# shooting himself"
_SELF_LINKS = {",", "and", "&", "then", "before", "after", "shooting", "killing", "turning", "gun",
               "on", "the"}


def _killed_then_self(tokens: list[str]) -> int:
    """The dead of a headline that lists who someone killed, then himself: "Dad fatally
    shot twin daughters, himself" (3), "Man who shot and killed son, himself" (2), "Mother
    shot husband, infant son, then herself" (3, where the headline tells of deaths). A
    plural person noun is two. 0 when the headline says no such thing."""
    deaths = any(t in ("deaths", "murder-suicide", "dead") for t in tokens)
    for i, tok in enumerate(tokens):
        fatal = tok in words("headline_killing_verbs") or tok in words("headline_shooting_verbs") and (
            deaths or i and tokens[i - 1] == "fatally")
        if not fatal:
            continue
        people, j = _listed_after(tokens, i + 1)
        while j < len(tokens) and tokens[j] in _SELF_LINKS:
            j += 1
        if people and j < len(tokens) and tokens[j] in _SELVES:
            return people + 1
    return 0


def _deaths_of_list(tokens: list[str]) -> int:
    """The dead a headline lists after a plural of death: "charged in deaths of mother,
    brother" (2), "in slayings of 2 teens" (2)."""
    for i, tok in enumerate(tokens[:-2]):
        if tok not in words("headline_death_plurals") or tokens[i + 1] != "of":
            continue
        nxt = tokens[i + 2]
        n = _number_of(nxt)
        if n and n > 1 and nxt not in ("a", "an"):
            return n
        people, _ = _listed_after(tokens, i + 2)
        if people > 1:
            return people
    return 0



def _listed_after(tokens: list[str], k: int) -> tuple[int, int]:
    """The people a headline lists one by one from token k ("husband, infant son", "twin
    daughters": a plural is two), and the token after the list."""
    people, n = 0, len(tokens)
    while k < n:
        while k < n and tokens[k] in _OWNERS:
            k += 1
        item = next((j for j in range(k, min(k + 3, n)) if _one_person_word(tokens[j])
                     or _plural_person(tokens[j])), None)
        if item is None or any(_harm_verb(t) for t in tokens[k:item]):
            break  # "kills 2 children, wounds wife": the list ends at another verb
        while item + 1 < n and (_one_person_word(tokens[item + 1]) or _plural_person(tokens[item + 1])):
            item += 1  # "infant son": one person
        people += 2 if _plural_person(tokens[item]) or tokens[item - 1] == "twin" else 1
        k = item + 1
        while k < n and tokens[k] in (",", "and", "&"):
            k += 1
    return people, k


def _harm_verb(token: str) -> bool:
    """A headline's verb of harm: "kills", "wounds", "shoots", "injures"."""
    return token in words("headline_killing_verbs") or token in words("headline_shooting_verbs") \
        or token in _HEADLINE_HARM or token in _HURT_VERBS


_HURT_VERBS = frozenset({"wounds", "wound", "injures", "injure", "hurts", "stabs", "stabbed"})


def _plural_person(token: str) -> bool:
    """A plural person noun: "daughters", "children", "sons"."""
    return token in GROUP_NOUNS or token.endswith("s") and token[:-1] in words("person_nouns")


_HEADLINE_MULTIPLE = re.compile(
    r"\b(double|triple|quadruple|quintuple)[\s-]+(?:fatal[\s-]+shooting|homicides?|murders?|slayings?"
    r"|killings?)\b(?:\s+and)?([\s-]+suicide\b)?", re.IGNORECASE)


# Not "double shooting-suicide" (the shooter besides the two) nor "double fatal shooting"
_HEADLINE_MULTIPLE_SHOT = re.compile(
    r"\b(double|triple|quadruple|quintuple)[\s-]+(?:shootings?|stabbings?)\b(?![\s-]+suicide)",
    re.IGNORECASE)


@cache
def _nth_death() -> re.Pattern[str]:
    """A headline's k-th person dying: "Fourth victim dies", "2nd teen has died", "Police
    find second body" (not "Third man held over death of ...", nor "Second death at ...",
    a count of incidents)."""
    ordinals = alt(words("ordinal_words"))
    people = alt(sorted(people_nouns() | {"person"}, key=len, reverse=True))
    return re.compile(rf"\b({ordinals}|\d+(?:st|nd|rd|th))\s+(?:(?:[\w-]+\s+)?(?:{people})"
                      rf"\s+(?:dies|died|has\s+died|succumbs)|body)\b", re.IGNORECASE)


def _rank(ordinal: str) -> int:
    """2 for "second" or "2nd"."""
    digits = ordinal[:-2]
    return int(digits) if digits.isdigit() else lexicon()["ordinal_words"].index(ordinal.lower()) + 2


# A suicide told apart from the number of the dead: "Two boys killed, father commits suicide"
_SUICIDE = re.compile(r"\b(?:commits?|committed|committing)\s+suicide\b", re.IGNORECASE)
_HEADLINE_SELF = re.compile(r"\b(?:then|and|before)\b.{0,30}\b(?:himself|herself|self)\b",
                            re.IGNORECASE)
