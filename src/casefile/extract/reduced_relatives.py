"""Mend parse errors that hide who was hurt: a reduced relative clause read as the verb, a
state someone was found in read as their act (also where the parser cut the list found
short), a participle on a person hung on the noun that owns them ("the identity of the man
found shot"), and a passive read as "was" with a state ("Jo Doe was critically injured").

"A man shot and killed Tuesday night has been identified as Jo Doe", "Two people shot
outside the club were taken to a hospital": the small English model makes "shot" the
sentence's verb with "a man" as the one who shot, and hangs the real verb ("has been
identified", "were taken") on it. Every later stage then reads the victim as a shooter
and loses the name the sentence gives him. The clue is plain in the tree: a harm verb in
the past with a subject and no object, on which hangs a second verb with an auxiliary of
its own and no subject of its own, not joined to it by "and". The component rewires the
tree to the reading a reader takes: the second verb is the clause's verb, with the noun
as its subject, and the harm verb a clause on the noun ("acl"), as the parser makes it in
"the man shot in the leg". Likewise "police found Jo Doe shot to death" (Jo Doe made the
subject of "shot"): Jo Doe becomes the finder's object, "shot" a clause on him.

Written by hand because it is a repair of the parser's output, not a pattern to match:
spaCy offers no retraining here (the model is a setting), and the rewiring keeps every
later stage unchanged.
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc, Token

from casefile.lexicons import lexicon, words

# Auxiliaries that give the second verb its own tense: "has been identified", "were taken"
_AUX = ("aux", "auxpass")
# What the second verb may hang by on the harm verb
_CLAUSE_DEPS = ("conj", "ccomp", "parataxis", "advcl")
# Words before the second verb that mean it is the shooter's next act: "shot and has fled"
_JOINERS = {"and", "but", "or", "then", "before", "after"}


def _harm_lemmas() -> frozenset[str]:
    return frozenset(lexicon()["role_verbs"]["harm"]) | {"find"}


def _has_object(verb: Token) -> bool:
    """Whether a verb, or a verb coordinated with it, takes an object: "the man shot his
    wife and has been charged" is the man's act."""
    group = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(c.dep_ in ("dobj", "dative") for v in group for c in v.children)


def _own_tense(verb: Token) -> bool:
    """Whether a verb has an auxiliary of its own before it ("has been identified", "were
    taken"), or is a form of "be" ("is in critical condition")."""
    return any(k.dep_ in _AUX and k.tag_ != "TO" and k.i < verb.i for k in verb.children) or (
        verb.pos_ == "AUX" and verb.lemma_ in ("be", "remain"))


def _main_verb(verb: Token) -> Token | None:
    """The verb the subject of a misread harm verb really goes with, if the tree shows one."""
    for c in verb.rights:
        if c.dep_ not in _CLAUSE_DEPS or c.pos_ not in ("VERB", "AUX"):
            continue
        if any(k.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for k in c.children):
            continue
        if not _own_tense(c):
            continue
        before = c.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
        if before is not None and (before.lower_ in _JOINERS or before.pos_ == "CCONJ"):
            continue
        return c
    return None


# Verbs after which a harm verb with a subject of its own is a small clause telling the
# state someone was found in: "police found Jo Doe shot to death"
_FINDING = ("find", "discover", "leave")


def _found_in_state(verb: Token) -> None:
    """Rewire "found [Jo Doe shot to death]", which the parser reads as Jo Doe shooting:
    the noun is the finding verb's object (or the conjunct of an object that has an "and"
    and lost its conjunct: "found Ann Roe, 22, and Jo Doe, 21, fatally shot"), and the harm
    verb a participle on the noun."""
    finder = verb.head
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if len(subjects) != 1 or _has_object(verb) or any(c.dep_ in _AUX for c in verb.children):
        return
    noun = subjects[0]
    first = next((c for c in finder.children if c.dep_ == "dobj" and c.i < noun.i), None)
    if first is not None and any(c.dep_ == "cc" for c in first.children) \
            and not any(c.dep_ == "conj" for c in first.children):
        noun.head, noun.dep_ = first, "conj"
    elif first is None:
        noun.head, noun.dep_ = finder, "dobj"
    else:
        return
    verb.head, verb.dep_, verb.tag_ = noun, "acl", "VBN"


def _found_list_cut(verb: Token) -> None:
    """Rewire "found Ann Roe, 22, and Jo Doe, 21, fatally shot" where the parser ends the
    list at the first name and makes the last the subject of "shot", hung on a verb before
    "found" ("entered the house and found ..."): the last name is the first's conjunct, the
    harm verb a participle on it."""
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if len(subjects) != 1 or _has_object(verb) or any(c.dep_ in _AUX for c in verb.children):
        return
    noun = subjects[0]
    first = next((t for t in reversed(list(verb.sent[: noun.i - verb.sent.start]))
                  if t.dep_ == "dobj" and t.head.lemma_ in _FINDING), None)
    if first is None or not any(c.dep_ == "cc" and c.i < noun.i for c in first.children) \
            or any(c.dep_ == "conj" for c in first.children):
        return
    noun.head, noun.dep_ = first, "conj"
    verb.head, verb.dep_, verb.tag_ = noun, "acl", "VBN"


def _subject_read_as_object(verb: Token) -> None:
    """Rewire "Jo Doe was struck in the shoulder and her father, Al Doe, 31, was shot in
    the arm", where the parser joins "father" to "shoulder" and leaves "was shot" with no
    subject of its own (so it seems Jo Doe's too): the noun joined by "and" to an object
    of the first verb, ending right before the second verb's auxiliary, is its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    aux = [c for c in verb.children if c.dep_ in _AUX and c.i < verb.i]
    first = verb.head
    if not aux or first.pos_ not in ("VERB", "AUX") or first.i > verb.i:
        return
    start = aux[0].i
    noun = next((t for t in verb.doc[first.i + 1: start] if t.dep_ == "conj"
                 and t.pos_ in ("NOUN", "PROPN") and t.head.dep_ in ("pobj", "dobj")
                 and any(c.dep_ == "cc" for c in t.head.children)), None)
    if noun is None or not all(t.is_punct for t in verb.doc[noun.right_edge.i + 1: start]):
        return
    noun.head = verb
    noun.dep_ = "nsubjpass" if aux[0].dep_ == "auxpass" else "nsubj"


def _reduced_relative(verb: Token) -> None:
    """Rewire a harm verb the parser made a clause's verb, or a subject, where it is a
    clause on its noun: "a man shot and killed Tuesday has been identified as ...", "the
    boy shot near his home was taken to a hospital"."""
    if any(c.dep_ in _AUX for c in verb.children) or _has_object(verb):
        return
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "NUM"):
        return
    noun = subjects[0]
    if verb.dep_ in ("nsubj", "nsubjpass") and _own_tense(verb.head) and verb.head.i > verb.i:
        # the harm verb made the subject of the real verb, with the noun as its own subject
        main = verb.head
    elif verb.dep_ in ("ROOT", "ccomp") and (found := _main_verb(verb)) is not None:
        main = found
        # Order matters: each step leaves a tree (no cycle) for spaCy to recount.
        main.head = main if verb.head == verb else verb.head
        main.dep_ = verb.dep_
    else:
        return
    passive = any(k.dep_ == "auxpass" for k in main.children)
    noun.head = main
    noun.dep_ = "nsubjpass" if passive else "nsubj"
    verb.head = noun
    verb.dep_ = "acl"


def _clause_of_owned(verb: Token) -> None:
    """Rewire a participle the parser hung on the noun before "of" where it tells of the
    person after it: "the identity of the man found shot and killed", "the family of a
    boy shot Friday" (the man was found, not the identity)."""
    owner = verb.head
    if owner.pos_ != "NOUN" or owner.lemma_.lower() in words("person_nouns"):
        return
    person = next((g for p in owner.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"), None)
    if person is None or person.right_edge.i != verb.i - 1 or not (
            person.lemma_.lower() in words("person_nouns") or person.ent_type_ == "PERSON"):
        return
    verb.head = person


def _passive_read_as_state(verb: Token) -> None:
    """Rewire "Jo Doe was critically injured", which the parser may read as "was" with a
    state ("acomp"): the participle is the passive verb, "was" its auxiliary and the
    subject its passive subject, as in "Jo Doe was shot"."""
    be = verb.head
    if be.lemma_ != "be" or be.pos_ != "AUX" or any(c.dep_ in _AUX for c in be.children):
        return
    subjects = [c for c in be.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1:
        return
    # Order matters: each step leaves a tree (no cycle) for spaCy to recount.
    verb.head = verb if be.head == be else be.head
    verb.dep_ = be.dep_
    for child in list(be.children):
        if child.i != verb.i:
            child.head = verb
    subjects[0].dep_ = "nsubjpass"
    be.head, be.dep_ = verb, "auxpass"


def mend(doc: Doc) -> Doc:
    """Rewire every reduced relative clause the parser read as its sentence's verb, and
    every state someone was found in that it read as their act."""
    # The lemmas as an array of hashes: a Python loop over every Token would cost as
    # much as a pipeline component of its own.
    keys = {doc.vocab.strings.add(lemma) for lemma in _harm_lemmas()}
    found = [i for i, key in enumerate(doc.to_array(LEMMA).tolist()) if key in keys]
    for verb in (doc[i] for i in found):
        if verb.tag_ not in ("VBD", "VBN"):
            continue
        if verb.dep_ == "ccomp" and verb.head.lemma_ in _FINDING:
            _found_in_state(verb)
        elif verb.dep_ == "acomp" and verb.tag_ == "VBN":
            _passive_read_as_state(verb)
        elif verb.dep_ == "conj":
            _subject_read_as_object(verb)
            _found_list_cut(verb)
        elif verb.dep_ == "acl":
            _clause_of_owned(verb)
        else:
            _reduced_relative(verb)
    return doc


@Language.component("casefile_reduced_relatives_v1")
def reduced_relatives(doc: Doc) -> Doc:
    """Pipeline component: `mend` after the parser (and the lemmatizer it reads)."""
    return mend(doc)
