"""Joining descriptions and pronouns to the people they refer to, within one article.

Hand-written rules rather than a neural coreference model: the default pipeline is the small
English model, which has none, and these few links (apposition, "known as", a repeated age or
role noun, the nearest compatible person for a pronoun) cover what case records need.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Token

from casefile.extract.counts.harm_grammar import condition
from casefile.extract.mentions import POSSESSIVE, Mention, quoted_spans
from casefile.extract.people import Person
from casefile.extract.people import speaks as _speaks
from casefile.extract.pipeline import text_of
from casefile.extract.roles import (
    dies,
    fatal_verbs,
    harm_verbs,
    legal_verbs,
    patient_verbs,
    perceivers,
    shooters,
    word_role,
)
from casefile.extract.tokens import tokens_of
from casefile.lexicons import lexicon, words

# An age may stand between "as" and the name: "was identified as 18-year-old Jo Doe".
_AGED_AS = r"(?:\d{1,3}[- ]years?[- ]old\s+)?"
_KNOWN_AS = re.compile(r"^\s*,?\s*(?:who\s+is\s+|who\s+was\s+)?(?:only\s+|later\s+)?(?:known|named|"
                       r"identified)\s+(?:only\s+|by\s+(?:[\w.'’]+\s+){1,5}?|(?:on\s+)?\w+day\s+)?"
                       rf"as\s*{_AGED_AS}$", re.IGNORECASE)  # ("identified Friday as")
# A day or an agent may stand before "as": "was identified Thursday (by police) as".
_IDENTIFIED = re.compile(r"^\s*(?:,\s*)?(?:who\s+)?(?:was|is|has\s+been|were|had\s+been)\s+"
                         rf"(?:later\s+)?(?:identified|named)\s+(?:[\w.]+\s+){{0,3}}?as\s*{_AGED_AS}$",
                         re.IGNORECASE)
_AS_AFTER_OBJECT = re.compile(rf"^\s*(?:[\w.]+\s+){{0,3}}?as\s*{_AGED_AS}$", re.IGNORECASE)
_IDENTIFIED_BACK = re.compile(r"^\s*(?:was|were|has\s+been|have\s+been)?\s*(?:identified|named)"
                              r"\s+(?:\w+\s+){0,4}as\s+(?:the\s+)?$", re.IGNORECASE)
GENERIC_HEADS = {"victim", "suspect", "gunman", "shooter", "killer", "attacker", "assailant",
                 "person", "individual", "perpetrator", "offender", "robber", "intruder"}


def _owner(people: list[Person]) -> dict[int, Person]:
    return {id(m): p for p in people for m in p.mentions}


def _possessed(n: Mention) -> bool:
    """Whether a name is followed by "'s": "as Jo Doe's brother" names someone else."""
    doc = n.span.doc
    return n.span.end < len(doc) and doc[n.span.end].text in POSSESSIVE


def _said_to_be(root: Token, n: Mention) -> bool:
    """Whether a copula says the name is who `root` is: "the dead man was Jo Doe", "the
    victim's name is Jo Doe", "his name was Jo Doe"."""
    nroot = n.root
    be = nroot.head
    if nroot.dep_ != "attr" or be.lemma_ != "be" or _possessed(n):
        return False
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.i == root.i:
        return True
    return subject.lemma_.lower() == "name" and root.dep_ == "poss" and root.head.i == subject.i


def _identified_as(root: Token, n: Mention) -> bool:
    """Whether the parse says `root` was identified as the name, however far apart: "the
    female suspect who was captured hours before was identified as Jo Doe" (or "the man
    who fired, identified as Jo Doe, died")."""
    verb = n.root.head.head if n.root.dep_ == "pobj" and n.root.head.lower_ == "as" else None
    # The parser may hang "as" on the agent: "identified by the county coroner's office as"
    for _ in range(3):
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("pobj", "agent", "prep"):
            break
        verb = verb.head
    if verb is None or verb.lemma_.lower() not in ("identify", "name") or _possessed(n):
        return False
    # "the man who fired on deputies, identified as Jo Doe, died": a participle on the noun
    return any(c.i == root.i for c in verb.children if c.dep_ == "nsubjpass") or (
        verb.dep_ == "acl" and verb.head.i == root.i)


def _as_of(verb: Token, n: Mention, between: str) -> bool:
    """Whether the "as" before a name belongs to a verb of naming however long its object:
    "identified the man shot and killed by troopers on Saturday as Jo Doe"."""
    doc = n.span.doc
    before = n.span.start - 1
    while before > verb.i and (doc[before].like_num or doc[before].lower_ in ("-", "year", "years", "old")):
        before -= 1  # "as 32-year-old Jo Doe"
    as_ = doc[before]
    inner = between.lower()[:between.lower().rfind(" as")] + " "
    return as_.lower_ == "as" and any(a.i == verb.i for a in as_.ancestors) and not any(
        w in inner for w in (" as ", " identified ", " named ", ","))


def _linked_name(doc: Doc, d: Mention, names: list[Mention]) -> Mention | None:
    """The name mention a description is tied to by apposition or "known as"."""
    root = d.root
    table = tokens_of(doc)
    sent = table.sent_of(d.span)[0]
    # A name in apposition to the description is its before any name it hangs on: in "Jo
    # Doe, 28, her boyfriend, Al Roe, 31, and ..." the parser makes "her boyfriend" Doe's
    # apposition, but it is Roe.
    own = next((n for n in names if n.root.dep_ == "appos" and n.root.head.i == root.i
                and table.sent_of(n.span)[0] == sent), None)
    if own is not None:
        return own
    for n in names:
        nroot = n.root
        if table.sent_of(n.span)[0] != sent:
            continue
        if (root.dep_ == "appos" and root.head.i in range(n.span.start, n.span.end)
                and not n.source) or (
            nroot.dep_ == "appos" and nroot.head.i == root.i
        ) or _said_to_be(root, n) or _identified_as(root, n):
            return n
        if n.start >= d.span.end_char:
            between = text_of(doc)[d.span.end_char: n.start]
            if _KNOWN_AS.match(between) or _IDENTIFIED.match(between):
                return n
            # "police identified the man (on Friday) as Jo Doe"
            if d.span.start > 0 and doc[d.span.start - 1].lemma_.lower() in ("identify", "name") \
                    and not _possessed(n) and (_AS_AFTER_OBJECT.match(between) or _as_of(
                        doc[d.span.start - 1], n, between)):
                return n
            # "Jane Doe, a 43-year-old woman," is an apposition the parser may miss.
        if d.start >= n.span.end_char:
            between = text_of(doc)[n.span.end_char: d.start]
            if re.fullmatch(r"(?:[’']s)?\s*,\s*(?:\d{1,3}\s*,\s*)?", between) and d.age is not None \
                    and not n.source:
                return n
            if _IDENTIFIED_BACK.match(between):
                return n
    return None


def attach_descriptions(doc: Doc, people: list[Person], descs: list[Mention]) -> list[Person]:
    """Give each description a person: a named one it is tied to, an earlier one, or a new one."""
    names = [m for p in people for m in p.mentions if m.kind == "name"]
    owner = _owner(people)
    # First the descriptions tied to a name, so a repeated age or noun elsewhere (even
    # earlier in the text) can find its person.
    rest: list[Mention] = []
    named_definite: list[Mention] = []
    for d in descs:
        linked = _linked_name(doc, d, names)
        if linked is None:
            rest.append(d)
            continue
        owner[id(linked)].mentions.append(d)
        owner[id(d)] = owner[id(linked)]
        if d.definite and (_identified(d) or _apposed(d, linked)):
            named_definite.append(d)
    for d in sorted(rest, key=lambda m: m.start):
        target: Person | None = _kin_named(d, names, owner)
        if target is None and d.age is not None and d.definite:
            target = _named_just_before(d, people)
        if target is None and d.age is not None:
            # A repeated age names one person: "Jane Doe, 43," … "the 43-year-old".
            same_age = [p for p in people if any(m.age == d.age and not m.source
                                                 for m in p.mentions)
                        and not _other_owner(d, p) and not _other_gender(d, p)
                        and not (_new_suspect(d) and p.names and p.names[0].start < d.start)]
            if len(same_age) == 1:
                target = same_age[0]
        if target is None and d.definite:
            # (a "her sister" is not the one whose sister she is: "Jo Doe was released. Her
            # sister was taken to the same hospital")
            kin_holder = _kin_holder(d, names, owner) if d.head in words("relative_nouns") \
                and d.span[0].lower_ in ("his", "her") else None
            # "the driver" after "a driver": the latest person described with the same noun.
            same_head = [p for p in people
                         if any(m.kind == "desc" and m.head == d.head
                                and _same_apart(m, d)
                                # (an "a friend" after it introduces someone new)
                                and (m.definite or m.start < d.start) for m in p.mentions)
                         and not _other_owner(d, p) and not _described_otherwise(d, p)
                         and not _named_beside(d, p) and not _other_age(d, p)
                         and not _shot_by(d, p) and p is not kin_holder]
            if same_head:
                # the one told of last before it: "a man approached Doe ... the man fired"
                # is the man, though Doe is named again further on
                target = max(same_head, key=lambda p: max(
                    (m.start for m in p.mentions if m.start < d.start), default=-1))
        if target is None:
            target = Person([])
            people.append(target)
        target.mentions.append(d)
        owner[id(d)] = target
    for d in named_definite:
        _name_described(d, people, owner)
    # A description that is an apposition of another description: "the driver of the car,
    # a 26-year-old man".
    for d in descs:
        root = d.root
        if root.dep_ != "appos":
            continue
        other = next((m for m in descs if m is not d and m.root.i == root.head.i), None)
        if other is None or _list_not_apposition(d, other):
            continue
        a, b = owner[id(d)], owner[id(other)]
        if a is not b and not (a.names and b.names):
            keep, drop = (a, b) if a.names or len(a.mentions) >= len(b.mentions) else (b, a)
            keep.mentions.extend(drop.mentions)
            keep.aliases.extend(drop.aliases)
            for m in drop.mentions:
                owner[id(m)] = keep
            people.remove(drop)
    _merge_by_keys(people)
    people.sort(key=lambda p: p.start)
    return people


def _named_just_before(d: Mention, people: list[Person]) -> Person | None:
    """The one person named in the sentence before a definite description of an age, where
    no one was given that age before it: "Jo Doe had his dorm room assignment taped to his
    mirror. The 18-year-old ..." is Doe, not a suspect of 18 named further on."""
    if any(m.age == d.age and m.start < d.start for p in people for m in p.mentions):
        return None
    sent = d.root.sent
    if sent.start == 0 or any(not t.is_space for t in d.root.doc[sent.start:d.span.start]):
        return None  # (the description opens its sentence: "The 18-year-old, who ...")
    last = d.root.doc[sent.start - 1].sent
    told = [(p, m) for p in people for m in p.mentions
            if m.kind == "name" and last.start <= m.root.i < last.end]
    if len({id(p) for p, _ in told}) != 1:
        return None
    person = told[0][0]
    # (not one who speaks of them or has a title: "..., Sgt. Jo Doe said. The 15-year-old")
    if any(_speaks(m) or m.title for _, m in told) or _other_age(d, person) \
            or _other_gender(d, person):
        return None
    return person


def _other_gender(d: Mention, p: Person) -> bool:
    """Whether a person is described as of the other gender than a description says ("a
    17-year-old girl" and "a 17-year-old boy" share an age, not a person)."""
    return d.gender is not None and any(
        m.gender and m.gender != d.gender for m in p.mentions if m.kind != "pron")


def _kin_holder(d: Mention, names: list[Mention], owner: dict[int, Person]) -> Person | None:
    """The named person whose kin a "his ..." or "her ..." description is: the subject of
    its clause (or of the clause it hangs on), else the person named last before it in its
    sentence, or, where it is its sentence's subject, in the sentence before."""
    holder = None
    verb = d.root
    subject = None
    # The subject of the description's clause, or, where the description is that subject
    # ("Doe came to the house, where his wife had been living"), of the clause it hangs on.
    for _ in range(3):
        verb = verb.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"
                        and not d.span.start <= c.i < d.span.end), None)
        if subject is not None:
            holder = next((owner[id(m)] for m in names
                           if m.span.start <= subject.i < m.span.end), None)
            break
        if verb.head.i == verb.i:
            break
    if holder is None:
        # Else the person named last before it in its sentence, if the pronoun fits:
        # "ruled Ann Roe's death a homicide and her husband's death a suicide"; or, where it
        # is its sentence's subject, in the sentence before (not where another is: "the boy
        # was shot by his sister").
        said = "male" if d.span[0].lower_ == "his" else "female"
        sent = d.span.sent
        before = [m for m in names if m.span.sent.start == sent.start
                  and m.span.end <= d.span.start and m.gender in (None, said)]
        if not before and subject is None and sent.start > 0:
            last = d.span.doc[sent.start - 1].sent
            before = [m for m in names if m.span.sent.start == last.start
                      and m.gender in (None, said)]
        holder = owner[id(before[-1])] if before else None
    return holder


def _kin_named(d: Mention, names: list[Mention], owner: dict[int, Person]) -> Person | None:
    """The named person a spouse or sibling description is, where its pronoun is the clause
    subject's (or, with no named subject, the person's named last before it in the sentence,
    or in the sentence before) and one other person of no other gender has their surname: a
    spouse named in one sentence with that person and no child ("identified the couple as Jo
    Roe, 61, and Ann Roe, 58 ... Jo Roe shot his wife": Ann), a sibling listed next to them
    by full name ("shot Al Poe, 26, and Di Poe, 24 ... Al Poe died. His sister was
    released": Di). "The husband" or "the wife" is one of the text's only couple
    (_couple_member)."""
    spouse = d.head in words("spouse_nouns")
    if spouse and d.span[0].lower_ == "the" and d.gender:
        return _couple_member(d, names, owner)
    if not (spouse or d.head in words("sibling_nouns")) or d.span[0].lower_ not in ("his", "her"):
        return None
    holder = _kin_holder(d, names, owner)
    if holder is None or not holder.names:
        return None
    surname = holder.names[0].surname
    others = {id(owner[id(m)]): owner[id(m)] for m in names
              if m.surname == surname and owner[id(m)] is not holder}
    # named in one sentence with the holder (as a couple is), of no other gender; siblings
    # in one list by their full names ("shot Al Poe, 26, and Di Poe, 24")
    together = {m.span.sent.start for m in holder.names}
    listed = [m for m in holder.names if m.first]
    fits = [p for p in others.values()
            if any(m.span.sent.start in together if spouse else m.first and _listed_with(m, listed)
                   for m in p.names)
            and not any(m.gender and d.gender and m.gender != d.gender
                        or spouse and m.age is not None and m.age < 18 for m in p.mentions)]
    return fits[0] if len(fits) == 1 else None


def _couple_member(d: Mention, names: list[Mention], owner: dict[int, Person]) -> Person | None:
    """The one of the text's only couple "the husband" or "the wife" is: two people of one
    surname named in one sentence, the other told of the other gender ("found Al Poe, 84,
    and his wife, Di Poe, 81 ... the husband shot his wife")."""
    pairs: set[tuple[int, int]] = set()
    by_key: dict[tuple[str, int], set[int]] = {}  # (surname, sentence) -> its people
    for m in names:
        by_key.setdefault((m.surname, m.span.sent.start), set()).add(id(owner[id(m)]))
    for ids in by_key.values():
        pairs.update((a, b) for a in ids for b in ids if a != b)
    if len(pairs) != 2:
        return None  # one couple: (a, b) and (b, a)
    people = {id(owner[id(m)]): owner[id(m)] for m in names}
    a, b = (people[i] for i in next(iter(pairs)))

    def told(p: Person) -> set[str]:
        return {m.gender for m in p.mentions if m.gender}
    fits = [p for p, other in ((a, b), (b, a))
            if told(p) <= {d.gender} and d.gender not in told(other) and told(other)]
    return fits[0] if len(fits) == 1 else None


# Between two names of one list: an age, a comma, "and" ("Al Poe, 26, and Di Poe, 24").
# By the text, as the parser often hangs the second name of such a list on the verb.
_LIST_GAP = re.compile(r"(?:\s*,\s*\d{1,3})?\s*,?\s*(?:and\s+|&\s+)?")


def _listed_with(m: Mention, others: list[Mention]) -> bool:
    """Whether a name stands next to one of others in a list."""
    text = text_of(m.span.doc)
    return any(_LIST_GAP.fullmatch(text[a.span.end_char:b.start])
               for o in others for a, b in ((o, m), (m, o)) if a.span.end <= b.span.start
               and a.span.sent.start == b.span.sent.start)


def _list_not_apposition(d: Mention, other: Mention) -> bool:
    """Whether two descriptions the parser made appositions are two items of a list: of
    another gender or age ("a 59-year-old man, 49-year-old woman and 53-year-old man")."""
    return bool(d.gender and other.gender and d.gender != other.gender
                or d.age is not None and other.age is not None and d.age != other.age)


# Nouns too common to say two descriptions are one person ("the man" … "the man").
_WEAK_HEADS = GENERIC_HEADS | {"man", "woman", "boy", "girl", "teen", "teenager", "child",
                               "male", "female", "officer", "friend", "resident", "youth"}


def _apposed(d: Mention, name: Mention) -> bool:
    """Whether a definite description names its person by apposition, as identifying does:
    "the wounded man, Jo Doe, 28, was taken to a hospital" (not anyone's: "her son, Jo
    Doe")."""
    return (name.root.dep_ == "appos" and name.root.head.i == d.root.i
            or d.root.dep_ == "appos" and d.root.head.i == name.root.i) \
        and not any(c.dep_ == "poss" for c in d.root.children)


def _identified(d: Mention) -> bool:
    """Whether a description is the object of identifying ("police identified the man who
    died as Jo Doe", "the woman was identified as"), not anyone's ("his son")."""
    root = d.root
    by_participle = any(c.dep_ == "acl" and c.lemma_.lower() in ("identify", "name")
                        for c in root.children)  # "the man, identified as Jo Doe, died"
    return (by_participle or root.head.lemma_.lower() in ("identify", "name")
            and root.dep_ in ("dobj", "nsubjpass")) \
        and not any(c.dep_ == "poss" for c in root.children) \
        and d.head not in words("police_shooters")  # an officer who fired is no participant


def _harm_told(tokens: list[Token]) -> str | None:
    """The harm these words tell: "killed" ("the man who died"), "injured" ("the wounded
    man", "found a man with a gunshot wound"), "shot" ("a woman was shot"), or None."""
    said = {t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}
    if said & words("harm_killed"):
        return "killed"
    if said & words("harm_injured"):
        return "injured"
    return "shot" if said & harm_verbs() else None


def _described_harm(m: Mention) -> str | None:
    """The harm a description's clause tells of its person: its own words and those hanging
    on its verb ("was shot and killed"), not those of a clause with a subject of its own
    ("one man dead and another wounded", "the man told police he heard shots"), nor the
    harm it did ("shot an intruder")."""
    root = m.root
    head = root.head if root.head.i != root.i else root
    if root.dep_ == "nsubj" and head.lemma_.lower() in harm_verbs() and any(
            c.dep_ in ("dobj", "obj") and c.lower_ not in ("himself", "herself")
            for v in (head, *head.conjuncts) for c in v.children):
        return None  # the one who did it: "a man shot and wounded an intruder"
    tokens = [t for ch in head.children
              if (ch.dep_ != "conj" or ch.pos_ in ("VERB", "AUX", "ADJ")) and not (
                  ch.pos_ in ("VERB", "AUX", "ADJ") and ch.dep_ != "relcl" and any(
                      g.dep_ in ("nsubj", "nsubjpass") for g in ch.children))
              for t in ch.subtree]
    return _harm_told([*tokens, head])


def _name_described(d: Mention, people: list[Person], owner: dict[int, Person]) -> None:
    """A definite description that police identified by name ("police identified the man
    who died as Jo Doe") names the unnamed person described before with the same noun
    whose harm was told ("they found a man with a gunshot wound"): the latest such, as for
    a description tied to no name, unless their ages tell several apart. (Not one whose
    harm was another: "the wounded man" is not the man left dead.) This joins mentions, by
    the harm the words tell; participants._identified_described later joins whole people,
    by role, where only one unnamed person of that noun came before."""
    named = owner[id(d)]
    told = _harm_told([t for t in d.root.subtree])
    last: dict[int, int] = {}
    for p in people:
        if p is named or p.names or _other_owner(d, p) or _other_age(d, p) \
                or _described_otherwise(d, p):
            continue
        starts = [m.start for m in p.mentions if m.kind == "desc" and m.head == d.head
                  and m.start < d.start and _set_apart(m) == _set_apart(d)
                  and (harm := _described_harm(m)) is not None
                  and not (told == "injured" and harm == "killed")]
        if starts:
            last[id(p)] = max(starts)
    if not last:
        return
    if len({m.age for p in people if id(p) in last for m in p.mentions
            if m.age is not None}) > 1:
        return  # "a 30-year-old man" and "a 34-year-old man": which one is not said
    earlier = next(p for p in people if id(p) == max(last, key=last.__getitem__))
    named.mentions.extend(earlier.mentions)
    named.aliases.extend(earlier.aliases)
    for m in earlier.mentions:
        owner[id(m)] = named
    people.remove(earlier)


def _merge_by_keys(people: list[Person]) -> None:
    """One article's "the driver"s (or its "26-year-old"s) are one person, unless two names."""
    keys: dict[tuple[str, object], list[Person]] = {}
    for p in people:
        for m in p.mentions:
            if m.kind == "desc" and m.definite and m.head not in _WEAK_HEADS:
                keys.setdefault(("head", m.head), []).append(p)
            if m.kind == "desc" and m.age is not None and not _new_suspect(m):
                keys.setdefault(("age", m.age), []).append(p)
    for group in keys.values():
        distinct = list({id(p): p for p in group if p in people}.values())
        if len(distinct) < 2 or sum(1 for p in distinct if p.names) > 1:
            continue
        owners: dict[str, set[str]] = {}
        for m in (m for p in distinct for m in p.mentions if m.kind == "desc"):
            owner = _possessor(m)
            if owner is not None:
                owners.setdefault(m.head, set()).add(owner)
        if any(len(o) > 1 for o in owners.values()):
            continue  # "Doe's son" and "his girlfriend's son" are two sons
        if len({m.gender for p in distinct for m in p.mentions if m.kind == "desc" and m.gender}) > 1:
            continue  # "a 17-year-old girl" and "a 17-year-old boy" are two people
        keep = max(distinct, key=lambda p: (bool(p.names), len(p.mentions)))
        for p in distinct:
            if p is not keep and not any(_named_beside(m, keep) for m in p.descriptions()) \
                    and not _kin_of_own(p, keep, people):
                keep.mentions.extend(p.mentions)
                keep.aliases.extend(p.aliases)
                people.remove(p)


def _kin_of_own(p: Person, keep: Person, people: list[Person]) -> bool:
    """Whether one of p's kin descriptions ("her sister") is the kin of `keep` by its
    pronoun: two people, though both are someone's sister."""
    kin = [m for m in p.descriptions() if m.head in words("relative_nouns")
           and m.span[0].lower_ in ("his", "her")]
    if not kin or not keep.names:
        return False
    names = [m for q in people for m in q.names]
    owner = _owner(people)
    return any(_kin_holder(m, names, owner) is keep for m in kin)


def _new_suspect(m: Mention) -> bool:
    """Whether a description brings in a suspect: "Jo Doe, 17, died ... police seek a
    17-year-old suspect" is someone new, whatever their age."""
    return m.kind == "desc" and not m.definite and m.head in words("suspect_nouns")


def _possessor(m: Mention) -> str | None:
    """Whose a description is, where a noun says it: "Doe" of "Doe's son" or "the son of
    Jo Doe", "girlfriend" of "his girlfriend's son"; None for a pronoun ("his son"), which
    may be anyone's."""
    owner = next((c for c in m.root.children if c.dep_ == "poss"), None)
    if owner is None:  # "the son of Jo Doe"
        owner = next((g for p in m.root.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"), None)
    if owner is None or owner.pos_ not in ("NOUN", "PROPN"):
        return None
    return owner.lemma_.lower()


def _other_owner(d: Mention, person: Person) -> bool:
    """Whether a person's description with the head of `d` is someone else's: "Doe's son"
    is not the person described as "his girlfriend's son"."""
    owner = _possessor(d)
    return owner is not None and any(
        m.kind == "desc" and m.head == d.head and _possessor(m) not in (None, owner)
        for m in person.mentions)


def _other_age(d: Mention, person: Person) -> bool:
    """Whether a person was given another age than a description's: "the 5-year-old" is
    not "a 4-year-old" before."""
    return d.age is not None and any(m.age is not None and m.age != d.age
                                     for m in person.mentions)


def _named_beside(d: Mention, person: Person) -> bool:
    """Whether a person is named in the sentence of a description tied to no name: "Doe
    had a message for her cousin's killer" is about someone else's cousin than Doe."""
    return any(m.kind == "name" and m.root.sent == d.root.sent for m in person.mentions)


def _modifiers(m: Mention) -> set[str]:
    return {c.lower_ for c in m.root.children if c.dep_ in ("amod", "compound")}


def _set_apart(d: Mention) -> frozenset[str]:
    """The words by which a description sets its person apart from one described before
    with the same noun ("the other officer", "another officer", "a second officer"): it is
    not the officer described without them, but may be "the second officer" again."""
    said = {"other" if t.lower_ == "another" else t.lower_ for t in d.span}
    return frozenset(said & {"other", "second"})


def _shot_by(d: Mention, person: Person) -> bool:
    """Whether a description is the one a person's shots hit: in "the Acura's driver fired
    back, striking the pickup driver" the pickup driver is not the Acura's."""
    verb = d.root.head
    if d.root.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in harm_verbs():
        return False
    doers = {t.i for t in shooters(verb, False)}
    return any(m.root.i in doers for m in person.mentions)


def _same_apart(m: Mention, d: Mention) -> bool:
    """Whether description `m` before may be the person `d` describes, by the words that set
    people apart: "the other officer" is not "the officer", but one brought in as "another
    man" is "that man" after (a demonstrative points to the last brought in)."""
    return _set_apart(m) == _set_apart(d) or (
        not m.definite and m.start < d.start and not _set_apart(d)
        and d.span[0].lower_ in ("that", "this"))


def _described_otherwise(d: Mention, person: Person) -> bool:
    """Whether a person described in the same sentence with the same noun but other words is
    someone else: "an older brother ... shot his younger brother" are two ("the boy's
    mother carried the boy" is one)."""
    mine = _modifiers(d)
    return bool(mine) and any(
        m.kind == "desc" and m.head == d.head and m.root.sent == d.root.sent
        and _modifiers(m) and not (_modifiers(m) & mine) for m in person.mentions)


def _compatible(p: Person, gender: str | None, genders: dict[int, str | None]) -> bool:
    g = genders.get(id(p))
    return g is None or gender is None or g == gender


_PRON_IDENTIFIED = re.compile(r"^\s*(?:was|were|is|has\s+been|have\s+been|had\s+been)\s+"
                              rf"(?:later\s+)?(?:identified|named)\s+(?:[\w.]+\s+){{0,3}}?as\s*{_AGED_AS}$",
                              re.IGNORECASE)


def _named_by(pron: Mention, names: list[Mention]) -> Mention | None:
    """The name a pronoun is said to be: "she was identified as Jo Doe", "police
    identified him as Jo Doe"."""
    if pron.span.text.lower() not in ("he", "she", "him", "her", "his"):
        return None  # "they were identified as" lists several names
    doc = pron.span.doc
    if pron.root.dep_ == "poss":
        # "his name was Jo Doe"; but "identified her son as Jo Doe": the son is
        sent = pron.span.sent
        return next((n for n in names if sent.start_char <= n.start < sent.end_char
                     and _said_to_be(pron.root, n)), None)
    if pron.span.text.lower() == "his":
        return None
    text = text_of(doc)
    after = [n for n in names if n.start >= pron.span.end_char
             and n.start - pron.span.end_char <= 80]
    if not after:
        return None
    name = min(after, key=lambda n: n.start)
    if _possessed(name):
        return None  # "he was named as Jo Doe's driver"
    between = text[pron.span.end_char: name.start]
    if _PRON_IDENTIFIED.match(between):
        return name
    before = doc[pron.span.start - 1] if pron.span.start > 0 else None
    if before is not None and before.lemma_.lower() in ("identify", "name") \
            and _AS_AFTER_OBJECT.match(between):
        return name
    return None


def _speakers(ordered: list[tuple[int, Mention, Person]], pron: Mention,
              current: Callable[[Person], Person]) -> set[int]:
    """The people speaking in the sentences around a quoted pronoun: the subjects of a
    verb of speech from the sentence before to the one after."""
    doc = pron.span.doc
    sent = pron.span.sent
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    end = doc[sent.end].sent.end_char if sent.end < len(doc) else sent.end_char
    return {id(current(p)) for at, m, p in ordered if start <= at < end and _speaks(m)}


def _reflexive_subject(pron: Mention, ordered: list[tuple[int, Mention, Person]]) -> Person | None:
    """The person a reflexive pronoun binds to: the subject of its own verb, or of the verb
    that verb is coordinated with or the infinitive of ("he shot his wife and then
    himself", "the child was able to find the gun and shoot himself")."""
    if pron.span.text.lower() not in ("himself", "herself"):
        return None
    verb = pron.root.head
    verbs = {verb.i}
    while verb.dep_ == "conj" or verb.dep_ == "acomp" and verb.pos_ == "ADJ" or (
            verb.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "obj") for c in verb.head.children)
    ) or verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.tag_ == "VBG":
        # (up through "able to": "was able to ... shoot himself", not through "forced her to
        # shoot herself", whose doer is "her"; and through "before shooting himself")
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
        verbs.add(verb.i)
    subjects = [p for _, m, p in ordered if m.root.dep_ in ("nsubj", "nsubjpass")
                and m.root.head.i in verbs]
    return subjects[-1] if subjects else None


def _body_owner(pron: Mention, ordered: list[tuple[int, Mention, Person]]) -> Person | None:
    """The person whose body part a possessive pronoun owns where a verb of harm struck it:
    the one the participle describes ("the guard, hit in his knee"), the passive's subject
    ("Doe was shot in her arm") or the active's object ("shot Doe in his chest"), not
    whoever was named last ("..., Roe said. The guard, hit in his knee, ...")."""
    root = pron.root
    if root.dep_ != "poss" or root.head.lemma_.lower() not in words("body_parts"):
        return None
    prep = root.head.head
    verb = prep.head if root.head.dep_ == "pobj" and prep.dep_ == "prep" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in harm_verbs():
        return None
    owner: Token | None = verb.head if verb.dep_ == "acl" else next(
        (c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "obj")), None)
    if owner is None:
        return None
    return next((p for _, m, p in ordered
                 if m.span.start <= owner.i < m.span.end and m.kind != "pron"), None)


def _taken_there(pron: Mention, prons: list[Mention], resolved: dict[int, Person]) -> Person | None:
    """The person a subject pronoun of a "where" clause is when the clause tells of the
    place someone was just taken to: "Jo Doe drove him to the hospital, where he died" (he
    is him, not the driver). Only where that object is a pronoun of the same gender,
    resolved before."""
    verb = pron.root.head
    if pron.root.dep_ not in ("nsubj", "nsubjpass") or not any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    if verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
        taker = verb.head.head.head
    elif verb.dep_ == "advcl":
        taker = verb.head
    else:
        return None
    objects = {c.i for c in taker.children if c.dep_ in ("dobj", "obj")}
    taken = next((q for q in prons if q.root.i in objects and q.gender == pron.gender
                  and id(q) in resolved), None)
    return resolved[id(taken)] if taken is not None else None


def _hurt(pron: Mention) -> bool:
    """Whether a pronoun is the passive subject of a verb of harm: "she was hit"."""
    return pron.root.dep_ == "nsubjpass" and pron.root.head.lemma_.lower() in harm_verbs()


def _told_harm(pron: Mention) -> bool:
    """Whether a pronoun is the one a passive verb of harm, care or the law was done to:
    "he was shot", "she was taken to a hospital", "he was charged", "he was pronounced
    dead"; the object of a verb of harm ("shot her"); who died or is "in stable condition";
    or whose wounds are told: "his injuries were not life-threatening"."""
    root = pron.root
    lemma = root.head.lemma_.lower()
    if root.dep_ == "poss":
        return lemma in lexicon()["harm_nouns"]["injured"]
    if root.dep_ == "nsubj":
        return dies(root.head) or _told_in_condition(pron)  # "he died at a hospital"
    if root.dep_ in ("dobj", "obj"):
        return lemma in harm_verbs()  # "then the gunman shot her"
    return root.dep_ == "nsubjpass" and (lemma == "pronounce" or lemma in (
        harm_verbs() | fatal_verbs() | patient_verbs() | legal_verbs()))


def _told_in_condition(pron: Mention) -> bool:
    """Whether a subject pronoun is told in hospital ("he was in stable condition") or held
    ("he is under arrest", "she is in custody"): a state an official tells of others."""
    root = pron.root
    if root.dep_ != "nsubj":
        return False
    held = root.head.lemma_ in ("be", "remain") and any(
        p.dep_ == "prep" and p.lower_ in ("in", "under") and any(
            o.dep_ == "pobj" and o.lower_ in words("custody_words") | {"arrest"}
            for o in p.children) for p in root.head.children)
    return held or condition(root.head) is not None


def _official(person: Person) -> bool:
    """Whether a person is named with an official's title ("Deputy Chief Jo Doe") or
    described by one ("the deputy")."""
    return any(word_role(t) == "official" for m in person.mentions for t in (
        m.title if m.kind == "name" else [m.head] if m.kind == "desc" else []))


class _Candidate(NamedTuple):
    """A person a pronoun may stand for, by one of their mentions in its window."""

    before: bool  # the mention is in a sentence before the pronoun's
    speaks: bool  # the mention is the subject of a verb of speech
    person: Person
    owner: bool = False  # the mention owns a thing: "Doe's pistol"
    subject: bool = False  # the mention is a subject
    relative: bool = False  # the subject of a relative clause: "the man Doe shot"
    reports: bool = False  # the speaker of the clause the pronoun is in: "Doe told X he ..."
    narrates: bool = False  # the subject of its sentence's own verb of speech: "..., Doe said."
    aside: bool = False  # in a clause of time or reason: "while officers treated his son"
    shoots: bool = False  # the subject of a verb of harm: "Doe kicked the door open and began shooting"


def _candidates(pron: Mention, ordered: list[tuple[int, Mention, Person]], window_start: int,
                genders: dict[int, str | None], speakers: set[int],
                current: Callable[[Person], Person]) -> list[_Candidate]:
    """The people of the mentions in a pronoun's window, nearest first, that it may stand
    for by gender and grammar."""
    out: list[_Candidate] = []
    for start, m, p in reversed(ordered):
        if start >= pron.start:
            continue
        if start < window_start:
            break
        if m.root.i == pron.root.head.i:
            continue  # "her" inside "her ex partner" is not the ex partner
        # (a name in a list hung on the subject noun: "the boy's parents, Jo Doe and Ann
        # Roe, drove him to a hospital")
        subject = m.root
        while subject.dep_ == "conj" and subject.head.i != subject.i:
            subject = subject.head
        subject = subject.head if subject.dep_ == "appos" else subject
        while subject.dep_ == "compound" and subject.head.i != subject.i:
            subject = subject.head  # a title before the name: "Coroner Jo Doe identified him"
        if pron.root.dep_ in ("dobj", "obj", "pobj") and subject.i in _doers(pron.root.head):
            continue  # "the driver ran him over", "his uncle, Jo Doe, shot him": not the driver
        if subject.i in perceivers(pron.root):
            continue  # "Doe ran over after seeing him get shot": not Doe
        if _in_own_relative(pron, m):
            continue  # "her grandson, Jo Doe, who was sitting below her": not Jo Doe
        if _held_for_their_harm(pron, m):
            continue  # "police seek a man in connection with his death": not the man
        if _compatible(p, pron.gender, genders) and id(current(p)) not in speakers:
            subj = m.root.dep_ in ("nsubj", "nsubjpass")
            speaks = _speaks(m)
            reports = speaks and any(a.i == m.root.head.i for a in pron.root.ancestors)
            out.append(_Candidate(start < pron.span.sent.start_char, speaks, current(p),
                                  m.root.dep_ == "poss", subj, subj and m.root.head.dep_ == "relcl",
                                  reports, speaks and m.root.head.dep_ == "ROOT", _aside(m),
                                  _shoots(m)))
    return out


def _shoots(m: Mention) -> bool:
    """Whether a mention is the subject of a verb of harm, or of one whose joined or
    following verb is ("Doe kicked the door open and began shooting")."""
    if m.root.dep_ != "nsubj":
        return False
    verb = m.root.head
    verbs = [verb] + [c for c in verb.children if c.dep_ in ("conj", "xcomp")]
    verbs += [g for c in verbs[1:] for g in c.children if g.dep_ == "xcomp"]
    # (a verb of harm with its object, or one of firing: "the woman killed was his wife" is
    # the parser's subject of "killed", not a shooter)
    return any(v.lemma_.lower() in ("shoot", "fire") or v.lemma_.lower() in harm_verbs() and any(
        c.dep_ in ("dobj", "obj") for c in v.children) for v in verbs)


def _aside(m: Mention) -> bool:
    """Whether a mention stands in an adverbial clause ("... collapsed in the yard while
    officers were treating his son"): the clause sets a scene, its people are seldom the
    ones the next sentence goes on with."""
    for a in m.root.ancestors:
        if a.dep_ == "advcl":
            return True
        if a.dep_ in ("ROOT", "ccomp", "relcl"):
            return False
    return False


_RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})


def _in_own_relative(pron: Mention, m: Mention) -> bool:
    """Whether an object pronoun stands in a relative clause on the mention whose subject
    is the relative pronoun ("Jo Doe, who was sitting on the steps below her"): the clause's
    subject is the mention, and a verb's object (not "herself") is someone else."""
    if pron.root.dep_ not in ("dobj", "obj", "pobj", "dative") or pron.root.lower_.endswith(("self", "selves")):
        return False
    heads = {m.root.i} | {c.i for c in m.root.children if c.dep_ == "appos"}
    if m.root.dep_ == "appos":
        heads.add(m.root.head.i)
    for clause in pron.root.ancestors:
        if clause.dep_ == "relcl" and clause.head.i in heads:
            return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_SUBJECTS
                       for c in clause.children)
    return False


_HARM_OWNED = frozenset({"death", "killing", "murder", "slaying", "shooting", "homicide"})
_SEEK_VERBS = frozenset({"search", "seek", "look", "want", "hunt", "question"})


def _held_for_their_harm(pron: Mention, m: Mention) -> bool:
    """Whether a possessive pronoun on a harm ("his death") stands in the clause of a verb
    of arrest or search whose object (or passive subject) is the mention: the one held or
    sought "in connection with his death" is not the one who died."""
    root = pron.root
    if root.dep_ != "poss" or root.head.lemma_.lower() not in _HARM_OWNED:
        return False
    verb = next((a for a in root.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in legal_verbs() | _SEEK_VERBS:
        return False
    held = m.root.head if m.root.dep_ == "appos" else m.root
    if held.dep_ == "pobj" and held.head.head.i == verb.i:
        held = held.head  # "searching for a man"
    return held.head.i == verb.i and held.dep_ in ("dobj", "obj", "nsubjpass", "prep")


def _doers(verb: Token) -> set[int]:
    """The token ids of who does a verb: its subject, or for an infinitive ("challenged Jo
    Doe to shoot him", "Doe tried to shoot him") the one the verb above makes do it: its
    object, else its subject. A verb's object pronoun is none of them."""
    subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
    if not subjects and verb.dep_ == "xcomp":
        above = list(verb.head.children)
        subjects = {c.i for c in above if c.dep_ in ("dobj", "obj")} or {
            c.i for c in above if c.dep_ == "nsubj"}
    if not subjects and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
        # "one officer fired, hitting him in the leg": the one who fired hit him
        subjects = {c.i for c in verb.head.children if c.dep_ == "nsubj"}
    return subjects


def _nearest(pron: Mention, ordered: list[tuple[int, Mention, Person]], window_start: int,
             genders: dict[int, str | None], speakers: set[int],
             current: Callable[[Person], Person]) -> Person | None:
    """The person a pronoun stands for: the nearest candidate (_candidates), with these
    preferences.

    In the sentence before, one the text gave the pronoun's gender goes before one it gave
    none ("Jo Doe said the woman killed was the wife of Al Roe. She was shot ..."). A
    pronoun that speaks is rather one who spoke, or else an official ("Chief Doe said.
    Officers took the officer to a hospital, he said"). A pronoun told shot, taken to
    hospital, charged or dead after an official's or a speaker's words is rather someone
    before them, if anyone fits ("... said Deputy Chief Jo Doe. He was shot in the
    abdomen"; but in "Sgt. Doe said he was taken to a hospital" the sergeant is), and of
    those passed over one who did not speak ("The officer was shot, Chief Jo Doe said. He
    was taken to a hospital")."""
    candidates = _candidates(pron, ordered, window_start, genders, speakers, current)
    if not candidates:
        return None
    if candidates[0].owner and not candidates[0].before and pron.root.dep_ in ("nsubj", "nsubjpass"):
        # "Jo found Doe's pistol and while handling it, he shot himself": a subject
        # pronoun stands rather for its sentence's subject than for an owner of a thing
        subject = next((c for c in candidates if c.subject and not c.before), None)
        if subject is not None:
            candidates = [subject] + [c for c in candidates if c is not subject]
    if candidates[0].relative and candidates[0].before and pron.root.dep_ in ("nsubj", "nsubjpass"):
        # "Police said Doe was the man Roe shot. He was in stable condition": a subject
        # pronoun goes on with the sentence before's subject, not with one inside a
        # relative clause
        main = next((c for c in candidates if c.before and c.subject and not c.relative
                     and c.person is not candidates[0].person), None)
        if main is not None:
            candidates = [main] + [c for c in candidates if c is not main]
    first = next((c for c in candidates if not c.speaks), None)
    if first is not None and first.aside and not first.subject and first.before \
            and pron.root.dep_ in ("nsubj", "nsubjpass") and pron.root.i == pron.root.sent.start:
        # "His father ran out and collapsed while officers were treating his son. He was
        # pronounced dead": a sentence's subject pronoun goes on with the sentence before's
        # subject, not with an object in its clause of time (a subject there may be the one:
        # "... until doctors realized she had been shot. She died an hour later")
        main = next((c for c in candidates if c.before and c.subject and not c.aside
                     and not c.relative and not c.speaks), None)
        if main is not None:
            candidates = [main] + [c for c in candidates if c is not main]
    if pron.gender is not None and all(c.before for c in candidates):
        known = [c for c in candidates if genders.get(id(c.person)) == pron.gender]
        candidates = known + [c for c in candidates if c not in known]
    if _speaks(pron):
        return next((c.person for c in candidates if c.speaks), None) or next(
            (c.person for c in candidates if _official(c.person)), candidates[0].person)
    if _told_harm(pron) and not _told_in_condition(pron):
        # "the woman told the neighbor her husband had shot her": the one who tells her own
        # harm (not the one told)
        teller = next((c for c in candidates if c.reports and not _official(c.person)), None)
        if teller is not None:
            return teller.person
    if _told_harm(pron):
        # (one in hospital "in stable condition" is not the official who says so: "Capt.
        # Doe said he was in serious condition")
        # (but one who told someone of it may be: "the woman told a neighbor her husband
        # had shot her. She had been shot twice")
        told = (lambda c: c.speaks or _official(c.person)) if _told_in_condition(pron) else (
            lambda c: c.before and (c.narrates or _official(c.person)))
        # (and one hit is not who the sentence before says shot: "Roe told police that Doe
        # kicked the door open and began shooting. She was hit as she dove behind a bed")
        pool = [c for c in candidates if not c.shoots] if _hurt(pron) else candidates
        pool = pool or candidates
        kept = [c for c in pool if not told(c)]
        return (kept[0] if kept else min(pool, key=lambda c: c.speaks)).person
    return candidates[0].person


def _join(keep: Person, drop: Person, people: list[Person]) -> None:
    keep.mentions.extend(drop.mentions)
    keep.aliases.extend(drop.aliases)
    people.remove(drop)


def _last_pronoun_person(pron: Mention, prons: list[Mention], resolved: dict[int, Person],
                         since: int, skip_his: bool) -> Person | None:
    """The person of the last pronoun of `pron`'s gender resolved between `since` and it
    (leaving out "his", which may be anyone's, where asked)."""
    earlier = [(q.start, resolved[id(q)]) for q in prons
               if id(q) in resolved and since <= q.start < pron.start and q.gender == pron.gender
               and not (skip_his and q.span.text.lower() == "his")]
    return max(earlier, key=lambda x: x[0])[1] if earlier else None


def attach_pronouns(people: list[Person], prons: list[Mention],
                    genders: dict[int, str | None]) -> dict[int, Person]:
    """Resolve each pronoun to the nearest earlier compatible person within two sentences.

    A pronoun the text says is a name ("she was identified as Jo Doe") is that name's
    person, and the unnamed person it stands for (the "woman" of "a woman was shot") is
    that person too.

    Returns pronoun mention id -> person; pronouns are also added to their person's mentions.
    """
    ordered = sorted(((m.start, m, p) for p in people for m in p.mentions if m.kind != "pron"),
                     key=lambda x: x[0])
    names = [m for _, m, _ in ordered if m.kind == "name"]
    joined: dict[int, Person] = {}  # an unnamed person -> the named one they were joined to

    def current(p: Person) -> Person:
        while id(p) in joined:
            p = joined[id(p)]
        return p

    resolved: dict[int, Person] = {}
    genders = dict(genders)  # learnt from the pronouns as they are resolved, in text order
    quoted = quoted_spans(prons[0].span.doc) if prons else []
    for pron in prons:
        sent = pron.span.sent
        doc = pron.span.doc
        # "“He didn't see it,” Doe said": a pronoun a speaker quotes is someone else
        speakers = _speakers(ordered, pron, current) if any(
            a <= pron.start < b for a, b in quoted) else set()
        window_start = sent.start_char
        for _ in range(1):  # the sentence before: further back, genders go wrong
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
            window_start = sent.start_char
        subject = _reflexive_subject(pron, ordered) or _body_owner(pron, ordered) \
            or _taken_there(pron, prons, resolved)
        if subject is not None:
            best: Person | None = current(subject)  # "her son shot himself": the son
        else:
            best = _nearest(pron, ordered, window_start, genders, speakers, current)
        if best is None and pron.root.dep_ in ("nsubj", "nsubjpass") and not any(
                a <= pron.start < b for a, b in quoted):  # (a quote's "he" is someone else)
            # "The 26-year-old ... was hit in the head. Officers found him on the step. He
            # was pronounced dead": with nobody told of in the window but by a pronoun, a
            # subject pronoun goes on with the last pronoun of its gender there
            best = _last_pronoun_person(pron, prons, resolved, window_start, skip_his=True)
            best = current(best) if best is not None else None
        name = _named_by(pron, names)
        if name is not None:
            named = current(next(p for _, m, p in ordered if m is name))
            if best is None:
                # "Family members drove her to a hospital. She was listed in stable
                # condition. Police identified her as ...": the person of the pronoun just
                # before, of the same gender, in the two sentences before
                since = doc[sent.start - 1].sent.start_char if sent.start > 0 else window_start
                best = _last_pronoun_person(pron, prons, resolved, since, skip_his=False)
                best = current(best) if best is not None else None
            if best is not None and best is not named and not best.names:
                _join(named, best, people)
                joined[id(best)] = named
            best = named
        if best is not None:
            best.mentions.append(pron)
            resolved[id(pron)] = best
            if genders.get(id(best)) is None:
                genders[id(best)] = pron.gender  # "Jo Doe ... when he was shot": now a man
    return {k: current(p) for k, p in resolved.items()}


# Plural pronouns that stand for a group of people named just before: "Jo Doe and Ann Roe
# were shot. Both were taken to a hospital, where they died."
PLURAL_PRONOUNS = frozenset({"they", "them", "both"})


@cache
def plural_people() -> frozenset[str]:
    """Plural person nouns that may stand for a group named before: "the victims", "the
    two men" (the lexicon's person nouns with an s, and the irregular plurals)."""
    nouns = words("person_nouns") | words("victim_nouns")
    return frozenset({n + "s" for n in nouns} | {"men", "women", "people", "children"})


@cache
def _group_numbers() -> frozenset[str]:
    """Number words that may stand for a group: "all three were dead", "the two were taken"."""
    return frozenset(w for w, n in lexicon()["number_words"].items() if n >= 2)


def _definite_plural(tok: Token) -> bool:
    """Whether a plural noun refers back: "the victims", "both men", "the two teens"; or a
    number with "the" or "all": "all three were dead"."""
    if tok.pos_ == "NUM":
        return tok.lower_ in _group_numbers() and any(
            c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in tok.children)
    return tok.tag_ == "NNS" and any(c.dep_ in ("det", "predet", "nummod") and c.lower_ in (
        "the", "both", "all", "two", "three", "four") for c in tok.children)


def plural_groups(doc: Doc, people: list[Person]) -> list[tuple[Mention, list[Person]]]:
    """Each plural pronoun with the people it stands for: the nearest group before it, in
    its sentence or the one before, of two or more people joined by "and" (their mentions'
    root words coordinated). A pronoun with no such group is left alone (it is mostly
    "police" or "officials")."""
    owner = {m.root.i: p for p in people for m in p.mentions if m.kind != "pron"}
    out: list[tuple[Mention, list[Person]]] = []
    table = tokens_of(doc)
    for tok in table.tokens(table.where_lower(PLURAL_PRONOUNS | plural_people()
                                              | _group_numbers())):
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue
        if tok.pos_ not in ("PRON", "DET") and not _definite_plural(tok):
            continue
        sent = tok.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i in range(tok.i - 1, start - 1, -1):
            first = doc[i]
            if i not in owner or first.dep_ == "conj":
                continue
            while first.dep_ == "appos" and first.head.i in owner:
                first = first.head  # "found Jo Doe, 36, Ann Doe, 16, and ...": the parser
                # makes a list of names with ages an apposition
            heads = [first] + [c for c in first.children if c.dep_ == "appos" and c.i in owner]
            group = [owner[t.i] for h in heads for t in (h, *h.conjuncts) if t.i in owner]
            if len({id(p) for p in group}) >= 2:
                out.append((Mention(span=doc[tok.i: tok.i + 1], kind="pron"), group))
                break
    return out
