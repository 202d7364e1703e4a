"""Merging the mentions of one article into people: names, variants, aliases, descriptions."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

from casefile.extract.mentions import NAME_SUFFIXES, POSSESSIVE, PRONOUNS, Mention
from casefile.extract.pipeline import text_of
from casefile.extract.tokens import TokenTable, tokens_of
from casefile.lexicons import lexicon, words


@dataclass
class Person:
    """One person of an article with every mention that refers to them."""

    mentions: list[Mention] = field(default_factory=list)
    aliases: list[tuple[str, Mention]] = field(default_factory=list)
    variants: list[tuple[str, Mention]] = field(default_factory=list)  # other spellings
    # names that run the name on by one word ("Jo Doe" then "Jo Doe Roe"): variants for the
    # choice of the name, but other names of the person (aliases), not misspellings
    run_on: list[Mention] = field(default_factory=list)
    family_name: str | None = None  # a first name's surname, taken from a relative's

    @property
    def names(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "name"]

    @property
    def full_name(self) -> str | None:
        """The most complete, most frequent spelling of the name."""
        names = self.names
        if not names:
            return None
        alias_words = {a.lower() for a, _ in self.aliases}
        variant_words = {v.lower() for v, _ in self.variants}
        own = [m for m in names if m.surname not in alias_words | variant_words] or names
        longest = max(len(m.name_tokens) for m in own)
        counts = Counter(m.name for m in own if len(m.name_tokens) == longest)
        name = counts.most_common(1)[0][0]
        return f"{name} {self.family_name}" if self.family_name and longest == 1 else name

    @property
    def surname(self) -> str:
        name = self.full_name
        return name.split()[-1].lower() if name else ""

    @property
    def first(self) -> str | None:
        firsts = [m.first for m in self.names if m.first]
        return firsts[0] if firsts else None

    @property
    def nicknames(self) -> set[str]:
        return {n.lower() for m in self.names for n in m.nicknames}

    @property
    def start(self) -> int:
        return min(m.start for m in self.mentions)

    def descriptions(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "desc"]


def _damerau(a: str, b: str) -> int:
    """Optimal-string-alignment edit distance (short strings; a library is overkill here)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def similar_spelling(a: str, b: str) -> bool:
    """Two surnames that are likely one name misspelt: same start, a small edit distance."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False
    if sorted(a) == sorted(b) and len(a) >= 6:
        return True  # letters swapped about: "Kowalski" / "Kowalksi"-like
    limit = 1 if min(len(a), len(b)) < 8 else 2
    return _damerau(a, b) <= limit


def _middles(m: Mention) -> set[str]:
    toks = [t.lower() for t in m.name_tokens if t.lower() not in NAME_SUFFIXES]
    return {t for t in toks[1:-1] if len(t) > 2}


@cache
def _first_forms() -> dict[str, frozenset[int]]:
    """Each usual form of a first name -> the groups (lexicon first_name_forms) it is in."""
    forms: dict[str, set[int]] = {}
    for k, group in enumerate(lexicon()["first_name_forms"]):
        for name in group.split():
            forms.setdefault(name, set()).add(k)
    return {name: frozenset(ks) for name, ks in forms.items()}


def similar_first(a: str, b: str) -> bool:
    """Two first names that are one name written two ways: "Mel"/"Melvin" (a short form),
    "Ana"/"Anna" (a letter doubled), "Deborah"/"Debora" (one letter off, long names)."""
    if a.startswith(b) or b.startswith(a):
        return True
    if _first_forms().get(a, frozenset()) & _first_forms().get(b, frozenset()):
        return True  # "Andy"/"Andrew", "Bill"/"William"
    if re.sub(r"(.)\1", r"\1", a) == re.sub(r"(.)\1", r"\1", b):
        return True
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and _damerau(a, b) <= 1


def _same_first(person: Person, m: Mention) -> bool:
    """Whether a full name can be the person's: no first name to compare, similar first
    names, or one's first name is the other's middle name ("Lee Doe", "John Lee Doe")."""
    if person.first is None or m.first is None:
        return True
    if similar_first(person.first, m.first):
        return True
    if m.first in person.nicknames or person.first in {n.lower() for n in m.nicknames}:
        return True  # Jane "JD" Doe and JD Doe
    return m.first in {t for x in person.names for t in _middles(x)} \
        or person.first in _middles(m)


def _other_age(person: Person, m: Mention) -> bool:
    """Whether a full name is someone else than a person with a like first name, by age:
    "Freddy Doe, 70; Fred Doe, 47" are a father and a son. (The same first name with two
    ages is one person whom reports age differently.)"""
    if m.age is None or m.first is None or person.first is None or m.first == person.first:
        return False
    ages = {x.age for x in person.names if x.age is not None}
    return bool(ages) and m.age not in ages


def _suffix(m: Mention) -> str | None:
    return next((t.lower().rstrip(".") for t in m.name_tokens if t.lower() in NAME_SUFFIXES),
                None)


def _middle_words(m: Mention) -> list[str]:
    """The middle names or initials of a full name, lower case, without stops."""
    return [t.lower().rstrip(".") for t in _own_tokens(m)[1:-1]]


def _named_apart(person: Person, m: Mention) -> bool:
    """Whether a full name is someone else than a person of the same first name and
    surname, by what the names themselves say: "Jo Doe Sr." and "Jo Doe Jr." (a father and
    his son; or one with a suffix, one without and two ages), "Jo Allen Doe" and "Jo Brian
    Doe" (middle names that cannot be one: neither begins the other; "Jo B. Doe" may be
    "Jo Brian Doe")."""
    for x in person.names:
        if len(_own_tokens(x)) < 2:
            continue
        a, b = _suffix(x), _suffix(m)
        if a and b and a != b:
            return True
        if a != b and x.age is not None and m.age is not None and x.age != m.age:
            return True  # "Jo Doe, 31" and "14-month-old Jo Doe Jr.": father and son
        ma, mb = _middle_words(x), _middle_words(m)
        one_first = bool(x.first and m.first and similar_first(x.first, m.first))
        if ma and mb and one_first and not any(p.startswith(q) or q.startswith(p)
                                               for p in ma for q in mb):
            return True
    return False


def _own_tokens(m: Mention) -> list[str]:
    return [t.lower() for t in m.name_tokens if t.lower() not in NAME_SUFFIXES]


def _extends(people: list[Person], m: Mention) -> Person | None:
    """The one person whose full name a later name continues by a word: "Jo Doe" and "Jo Doe
    Roe" (a second surname, or a word the name ran into) are one person."""
    toks = [t.lower() for t in m.name_tokens]
    if len(toks) < 3 or toks != _own_tokens(m):
        return None  # a suffix: left to the surname rules above
    found = [p for p in people
             if any([t.lower() for t in x.name_tokens] == toks[:-1] for x in p.names)]
    return found[0] if len(found) == 1 else None


@cache
def _alias_regex() -> re.Pattern[str]:
    cues = sorted(lexicon()["alias_cues"], key=len, reverse=True)
    # (a clause may come between: "Doe, who police said goes by 'Q,' has also used the name")
    # (and "known across town as", "known to friends as": a few words inside "known as")
    # (an abbreviation's period may end the name before: "Jo Doe Sr., known as ...")
    return re.compile(r"^\.?[\s,(]*(?:who\s+|and\s+)?(?:[^.]{0,40}?,[\"”']?\s*)?(?:has\s+|had\s+)?(?:"
                      + "|".join(re.escape(c) for c in cues)
                      + r"|known(?:\s+[^\s.,]+){1,4}\s+as)[\s:\"“']*$", re.IGNORECASE)


# Under this age news writing mostly calls a person by first name on a later mention.
CHILD_AGE = 16


def group_names(doc: Doc, names: list[Mention]) -> list[Person]:
    """Group name mentions into people by surname, first name, spelling and stated aliases."""
    people: list[Person] = []
    by_surname: dict[str, list[Person]] = {}
    hints: dict[int, str | None] = {}  # each name's gender hint, once (_person_gender)
    # Full names first, so bare surnames and first names can join them ("Jo Jr." is a
    # first name with a suffix: it joins "Jo Doe Jr." as a bare first name would).
    for m in sorted(names, key=lambda m: (len(_own_tokens(m)) < 2, m.start)):
        if len(_own_tokens(m)) >= 2:
            same = [p for p in by_surname.get(m.surname, [])
                    if _same_first(p, m) and not _other_age(p, m) and not _named_apart(p, m)]
            if same:
                same[0].mentions.append(m)
                continue
            extended = _extends(people, m)
            if extended is not None:
                # The shorter name, written first, stays the name; the longer one is kept
                # as another name of the person (an alias in the record, no conflict).
                extended.mentions.append(m)
                extended.variants.append((m.name_tokens[-1], m))
                extended.run_on.append(m)
                continue
            person = Person([m])
            people.append(person)
            by_surname.setdefault(m.surname, []).append(person)
            continue
        token = m.surname
        candidates = by_surname.get(token, [])
        if not candidates:  # one half of a hyphenated surname: "Jones" for "Smith-Jones"
            candidates = [p for key, ps in by_surname.items()
                          if "-" in key and token in key.split("-") for p in ps]
        if not candidates:
            candidates = [p for p in people if p.first == token]
        if not candidates:  # "JD" for Jane "JD" Doe
            nick = [p for p in people if token in p.nicknames]
            candidates = nick if len(nick) == 1 else []
        if not candidates:  # "Lee" for "William Lee Doe", who goes by his middle name
            middle = [p for p in people if any(token in _middles(x) for x in p.names)]
            candidates = middle if len(middle) == 1 else []
        if not candidates and len(token) >= 3:  # "Fred" for "Freddy Doe", if only one
            similar = [p for p in people if p.first and similar_first(p.first, token)]
            candidates = similar if len(similar) == 1 else []
        if candidates:
            # A shared surname: the person mentioned last before this mention; but news
            # writing calls a child by first name, so an adult of the name goes first
            # ("Jo Doe, 45, ... in the death of Kim Doe, 9 ... Doe was charged")
            adults = [p for p in candidates if not _child(p) and p.start <= m.start]
            candidates = adults or candidates  # (an adult named only later is no one yet)
            # a namesake of the gender the mention's sentence gives ("Doe forced his way in")
            hint = _gender_hint(m)
            if hint is not None:
                candidates = [p for p in candidates
                              if _person_gender(p, hints) in (None, hint)] or candidates
            # A bare surname that dies is the namesake named first: news introduces the
            # one the story is about before the relatives it quotes. And the dead do not
            # speak: a bare surname that speaks is not the namesake who died.
            if _dies(m):
                candidates = [min(candidates, key=lambda p: p.start)]
            elif _held(m) or _harms(m):
                # one arrested or charged, or who shoots, is the namesake who shot or was
                # held ("Jo Doe shot Ann Doe ... Doe was arrested"), where one was
                candidates = [p for p in candidates if any(_harms(x) or _held(x)
                                                           for x in p.mentions)] or (
                    # and the dead are not held: "found Ann Doe dead ... Doe is being held"
                    [p for p in candidates if not any(map(_dies, p.mentions))] if _held(m)
                    else []) or candidates
            elif speaks(m):
                candidates = [p for p in candidates if not any(map(_dies, p.mentions))] \
                    or candidates
            before = [p for p in candidates if p.start <= m.start] or candidates
            max(before, key=lambda p: max(x.start for x in p.mentions if x.start <= m.start)
                if any(x.start <= m.start for x in p.mentions) else -1).mentions.append(m)
            continue
        person = Person([m])
        people.append(person)
        by_surname.setdefault(token, []).append(person)
    people = _merge_aliases(doc, people)
    people = _merge_spellings(people)
    _family_names(people)
    return [p for p in people if not _common_word(doc, p) and not _place_word(doc, p)
            and not _place_name_word(doc, p)]


def speaks(m: Mention) -> bool:
    """Whether a mention is the subject of a verb of speech: "Doe said", "he told"."""
    return m.root.dep_ == "nsubj" and m.root.head.lemma_.lower() in words("speech_verbs")


def _dies(m: Mention) -> bool:
    """Whether a mention's own clause tells the person's death: "Doe died", "Doe was
    pronounced dead", "Doe was killed", "killed Doe"."""
    root = m.span.root
    head = root.head
    lemma = head.lemma_.lower()
    if root.dep_ == "nsubj":
        return lemma == "die"
    if root.dep_ == "nsubjpass" and lemma == "pronounce" or root.dep_ == "dobj" and lemma == "find":
        # "Doe was pronounced dead", "officers found Doe dead" (or "found Doe, 44, dead",
        # where the parser hangs "dead" on the name)
        return any(c.lower_ == "dead" for c in [*head.children, *root.children])
    if root.dep_ == "poss" or root.dep_ == "pobj" and head.lower_ == "of":
        # "Doe's death", "the killing of Doe"
        noun = head if root.dep_ == "poss" else head.head
        return noun.lemma_.lower() in _DEATH_NOUNS
    return root.dep_ in ("nsubjpass", "dobj") and lemma in words("harm_killed")


def _role_verbs(kind: str) -> frozenset[str]:
    return frozenset(lexicon()["role_verbs"][kind])


def _gender_hint(m: Mention) -> str | None:
    """The gender a name's own sentence gives it, for telling namesakes apart: its title,
    the noun it stands beside ("his wife, Jo Doe"), a possessive pronoun of the clause it is
    the subject of, before any object ("Doe forced his way in", not "Doe shot the man in
    his chest"), or "He"/"She" opening the next sentence of a sentence it is the subject of."""
    if m.gender:
        return m.gender
    root = m.span.root
    if root.dep_ == "appos":
        noun = root.head.lower_
        if noun in words("female_nouns"):
            return "female"
        if noun in words("male_nouns"):
            return "male"
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    for t in verb.subtree:
        if t.i < m.span.end or t.i == verb.i:
            continue
        if t.dep_ in ("dobj", "nsubj", "nsubjpass", "ccomp", "relcl") and t.head.i != t.i:
            break  # another person may own what follows
        if t.dep_ == "poss" and t.lower_ in ("his", "her"):
            return PRONOUNS[t.lower_]
    sent = m.span.sent
    if verb.i == sent.root.i and sent.end < len(m.span.doc):
        first = m.span.doc[sent.end]
        if first.lower_ in ("he", "she"):
            return PRONOUNS[first.lower_]
    return None


def _person_gender(person: Person, hints: dict[int, str | None]) -> str | None:
    """The gender the sentences of a person's names give, if they agree. `hints` keeps
    each name's _gender_hint (by id), read once however many lone surnames ask."""
    for m in person.names:
        if id(m) not in hints:
            hints[id(m)] = _gender_hint(m)
    said = {hints[id(m)] for m in person.names} - {None}
    return said.pop() if len(said) == 1 else None


def _held(m: Mention) -> bool:
    """Whether a mention's own clause tells an arrest or charge: "Doe was arrested", "Doe
    is being held in jail"."""
    root = m.span.root
    if root.dep_ != "nsubjpass":
        return False
    verb = root.head
    if verb.lemma_.lower() == "hold":  # "Doe is being held in the county jail"
        return any(t.lower_ in _CUSTODY or t.lower_ in words("custody_words") for t in verb.subtree)
    return verb.lemma_.lower() in _role_verbs("arrest") | _role_verbs("charge")


_CUSTODY = frozenset({"bond", "bail"})  # ("held on $1 million bond")


def _harms(m: Mention) -> bool:
    """Whether a mention is the subject of a verb of violence with an object: "Doe shot
    his wife"."""
    root = m.span.root
    if root.dep_ != "nsubj":
        return False
    # the verb or one it shares its subject with: "Doe walked in, argued and shot her"
    verbs = [root.head, *(t for t in root.head.subtree if t.dep_ == "conj" and t.pos_ == "VERB"
                          and not any(c.dep_.startswith("nsubj") for c in t.children))]
    return any(v.lemma_.lower() in _role_verbs("harm") and any(c.dep_ == "dobj" for c in v.children)
               for v in verbs)


_DEATH_NOUNS = frozenset({"death", "killing", "murder", "slaying", "homicide"})


def _child(person: Person) -> bool:
    """Whether a person's stated age (on a name of theirs) is a child's."""
    return any(m.age is not None and m.age < CHILD_AGE for m in person.mentions)


def _place_slot(doc: Doc, m: Mention) -> bool:
    """Whether a name stands where a street, a neighbourhood or a town does: after "near",
    "on", "in", "the area of", a house number ("at 11290 Doe") or a compass word ("West
    Doe"), after "and" that joins
    it to such a word ("near Doe and Roe"), or after a listed person's age ("Jane Roe,
    26, Doe;")."""
    start = m.span.start
    if start == 0 or m.span.end < len(doc) and doc[m.span.end].text in POSSESSIVE:
        return False
    prev = doc[start - 1]
    if prev.like_num and prev.text.isdigit():
        return True  # a house number
    if prev.lower_ in words("street_directions") and prev.text[:1].isupper():
        return True  # "West Doe"
    slots = words("place_slot_words")
    two = doc[start - 2].lower_ + " " + prev.lower_ if start > 1 else ""
    if prev.lower_ in slots or two in slots:
        return True
    if prev.lower_ in ("and", "&") and start > 2 and doc[start - 2].text[:1].isupper():
        return _place_slot(doc, Mention(span=doc[start - 2: start - 1], kind="name"))
    # "Jane Roe, 26, Doe; ...": one word closing a listed person's name and age is their
    # town ("Jane Roe, 26, Ann, 7, and ..." lists a first name)
    end = m.span.end
    return len(m.name_tokens) == 1 and start > 2 and prev.text == "," \
        and doc[start - 2].text.isdigit() and doc[start - 3].text == "," \
        and (end == len(doc) or doc[end].text in (";", ".", ")"))


def _after_article(doc: Doc, m: Mention) -> bool:
    """Whether a name follows "a" or "an", with plain adjectives between: "a nearby Doe
    Donuts", "an old Doe's store" name a shop or a place; no one writes "a Jane Doe" of
    a person they name."""
    i = m.span.start - 1
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].is_alpha and doc[i].is_lower:
        i -= 1
    return i >= 0 and doc[i].lower_ in ("a", "an")


def _place_name_word(doc: Doc, person: Person) -> bool:
    """Whether a "name" never given an age or a title is that of a place the text names in
    full ("Doe" where it writes "Doe County", "Jane Doe" beside "Jane Doe Apartments"); a
    full name before a word that places are named after people with ("Jane Doe Park")
    stays a person's."""
    names = person.names
    if not names or any(m.title or m.age for m in names):
        return False
    heads = words("place_name_heads")
    if any(len(m.name_tokens) > 1 for m in names):
        # a full name: not before a word places are named after people with
        heads = heads - words("person_named_heads")
    written = max(names, key=lambda m: len(m.name_tokens)).name  # no surname of kin
    return any(m.group(1).lower() in heads for m in re.finditer(
        rf"(?<![\w-]){re.escape(written)}\s+([A-Z][a-z]+)", text_of(doc)))


def _place_word(doc: Doc, person: Person) -> bool:
    """Whether a "name" is a street, a neighbourhood or a shop: untitled, and written only
    where places are ("a party in the area of Doe and Roe", "a park on Jane Doe"), or,
    never given an age, after "a" ("a nearby Doe Donuts")."""
    names = person.names
    if not names or any(m.title for m in names):
        return False
    if any(_after_article(doc, m) for m in names) and not any(m.age for m in names):
        return True
    return all(_place_slot(doc, m) for m in names)


def _common_word(doc: Doc, person: Person) -> bool:
    """Whether a one-word "name" is no person: a word the text also writes in lower case
    ("Arrest documents show"), a word that only ever qualifies a common noun ("Springfield
    police", "a Springfield boy"), or a generational suffix alone ("Jr.")."""
    names = person.names
    if any(len(m.name_tokens) > 1 or m.title for m in names):
        return False  # "Officer Doe": a title marks a name
    word = names[0].name_tokens[0].lower() if names else ""
    if word in NAME_SUFFIXES:
        return True
    if names and all(m.span.end < len(doc) and doc[m.span.end].is_lower
                     and doc[m.span.end].pos_ == "NOUN" for m in names):
        return True
    return word in tokens_of(doc).memo("lower_case_words", _lower_case_words)


def _lower_case_words(table: TokenTable) -> frozenset[str]:
    """The lower-case form and lemma of every word the text writes in lower case."""
    return frozenset(w for i, low in enumerate(table.is_lower) if low
                     for w in (table.lower[i], table.lemma[i]))


def _surname_word(person: Person) -> str | None:
    """The surname as written in a person's full name ("Doe" of "John Doe Jr.")."""
    if not person.full_name:
        return None
    toks = [t for t in person.full_name.split() if t.lower() not in NAME_SUFFIXES]
    return toks[-1] if len(toks) > 1 else None


def _family_names(people: list[Person]) -> None:
    """A person named by first name only takes a relative's surname: the surname of the
    person with a full name mentioned last before it, in that sentence or the one before,
    when the sentence speaks of family ("Doe and his daughter, Jane, were killed"); or of
    the full name just after "and" ("Jane and John Doe")."""
    family = words("family_name_nouns")
    full = [(m, p) for p in people if _surname_word(p) for m in p.names]
    for person in people:
        names = person.names
        if not names or any(len(m.name_tokens) > 1 for m in names) or person.aliases:
            continue
        first = min(names, key=lambda m: m.start)
        sent = first.span.sent
        doc = sent.doc
        after = doc[first.span.end: first.span.end + 2]
        if after.text.startswith("and "):  # "Jane and John Doe"
            pair = [p for m, p in full if m.span.start == first.span.end + 1]
            if pair:
                person.family_name = _surname_word(pair[0])
                continue
        kin = [t for t in sent if t.lower_ in family]
        if not kin:
            continue
        prev_start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        # In the sentence itself the relative is named before the family word nearest the
        # first name ("Doe and his daughter, Jane"); a full name after it is one more of
        # the list ("the girls, Ann, 14, Mary Jane, 11, and Ida, 3": "Jane" is a middle
        # name, no surname).
        near = [t.idx for t in kin if t.idx < first.start]
        limit = near[-1] if near else first.start
        before = [(m, p) for m, p in full if p is not person
                  and doc[prev_start].idx <= m.start < limit]
        if before:
            person.family_name = _surname_word(max(before, key=lambda x: x[0].start)[1])


def _merge_aliases(doc: Doc, people: list[Person]) -> list[Person]:
    """"X, who also used the surname Y" / "X, also known as Y": Y is X's alias."""
    alias_re = _alias_regex()
    owner = {id(m): p for p in people for m in p.mentions}
    mentions = sorted((m for p in people for m in p.mentions), key=lambda m: m.start)
    for a, b in itertools.pairwise(mentions):
        between = text_of(doc)[a.span.end_char: b.start]
        if len(between) > 60 or not alias_re.match(between):
            continue
        pa, pb = owner[id(a)], owner[id(b)]
        if pa is pb:
            continue
        pa.aliases.append((b.name, b))
        for m in pb.mentions:
            pa.mentions.append(m)
            owner[id(m)] = pa
        pa.aliases.extend(pb.aliases)
        people.remove(pb)
    return people


def _merge_spellings(people: list[Person]) -> list[Person]:
    """Join people whose surnames differ by a likely misspelling and whose first names agree."""
    merged: list[Person] = []
    keys: list[tuple[str, str | None]] = []  # surname and first name of each merged person
    for person in sorted(people, key=lambda p: -len(p.names)):
        surname, first = person.surname, person.first
        target, at = None, 0
        for at, (other, (other_surname, other_first)) in enumerate(zip(merged, keys)):
            alias_names = {a.lower() for a, _ in other.aliases}
            if surname in alias_names:
                target = other
                break
            if not similar_spelling(surname, other_surname):
                continue
            if first and other_first and first != other_first:
                continue
            target = other
            break
        if target is None:
            merged.append(person)
            keys.append((surname, first))
            continue
        alias_names = {a.lower() for a, _ in target.aliases}
        for m in person.names:
            if m.surname != target.surname and m.surname not in alias_names:
                target.variants.append((m.name_tokens[-1], m))
                # The other spelling is a name the article calls the person by: the
                # record keeps it, so that other reports spelt either way can be matched.
                if m.name not in {a for a, _ in target.aliases}:
                    target.aliases.append((m.name, m))
        target.mentions.extend(person.mentions)
        target.aliases.extend(person.aliases)
        keys[at] = (target.surname, target.first)
    merged.sort(key=lambda p: p.start)
    return merged
