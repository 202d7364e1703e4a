"""People listed without a number and harmed together: "Smith and another teen were
shot", "the boy, his grandmother and a man were hit".

Such a list is a lower bound (Statement.listed): it may leave some of the harmed out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from casefile.extract.counts.harm_grammar import (
    AND_SELF,
    PERSON_PRONOUNS,
    care_kind,
    harm_word,
    killed_by_someone,
    verb_kind,
)
from casefile.extract.counts.statement import Statement
from casefile.extract.roles import comma_object
from casefile.extract.tokens import tokens_of
from casefile.lexicons import words

_MODALS = {"would", "could", "might", "may", "will", "can", "should"}


def listed_people(doc: Doc, persons: frozenset[str], seen: set[int]) -> list[Statement]:
    """People listed without a number and harmed together: "Smith and another teenager were
    shot", "the boy, his grandmother and a man were hit" (each member a name, a pronoun or
    a person noun)."""
    out: list[Statement] = []
    # A list needs a person word that is an argument of a verb and either has a conjunct
    # or shares the verb with another argument of its kind; only the verbs of such words
    # are read (reading every verb's children was a tenth of the extraction time).
    table = tokens_of(doc)
    ent, pos, lower = table.ent_type, table.pos, table.lower
    deps, head = table.dep, table.head
    candidates: dict[int, set[str]] = {}
    for i in range(len(doc)):
        if not (pos[i] == "PROPN" and ent[i] == "PERSON" or lower[i] in persons
                or lower[i] in PERSON_PRONOUNS):
            continue
        if deps[i] in _LIST_DEPS and pos[head[i]] in ("VERB", "AUX"):
            candidates.setdefault(head[i], set()).add(deps[i])
    for v in sorted(candidates):
        verb = doc[v]
        # The parser may hang each of a list on the verb: "the boy(nsubjpass), his
        # grandmother(nsubjpass) and a man(conj)".
        for dep in _LIST_DEPS:
            if dep not in candidates[v]:
                continue
            heads = [c for c in verb.children if c.dep_ == dep and c.i not in seen]
            if heads:
                found = _listed(verb, dep, heads, persons)
                if found:
                    out.append(found)
    out += _bodies_of(doc, persons, seen)
    return out


def _bodies_of(doc: Doc, persons: frozenset[str], seen: set[int]) -> list[Statement]:
    """The dead listed as whose bodies were found: "located the bodies of a child, a man
    and a woman" (three); a body found is one at least."""
    out = []
    for tok in doc:
        if tok.lower_ == "body" and tok.head.lemma_ in words("body_found_verbs") and tok.dep_ in ("dobj", "nsubjpass"):
            # "found a body", "a body was recovered": one dead at least
            out.append(Statement("killed", 1, tok.idx, listed=True))
        if tok.lower_ != "bodies":
            continue
        for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            first = next((c for c in of.children if c.dep_ == "pobj"), None)
            if first is None or first.i in seen:
                continue
            members = [first]
            for m in members:  # the conjuncts of the conjuncts too
                members += [c for c in m.children if c.dep_ == "conj"]
            if len(members) > 1 and all(m.lower_ in persons or m.ent_type_ == "PERSON"
                                        for m in members):
                out.append(Statement("killed", len(members), first.idx, listed=True))
    return out


_LIST_DEPS = ("nsubjpass", "nsubj", "dobj")


def _listed(verb: Token, dep: str, heads: list[Token], persons: frozenset[str]) -> Statement | None:
    """What a list of people that are one argument of a verb says happened to them."""
    def person(m: Token) -> bool:
        return m.pos_ == "PROPN" and m.ent_type_ == "PERSON" or m.lower_ in persons \
            or m.lower_ in PERSON_PRONOUNS

    # a dateline the parser hangs on the verb too is no member: "CITY, St. -- A father and
    # his daughter were found dead"
    members = [h for h in heads if person(h)]
    # "the victims, a man and a woman, were ...": the list is the plural's apposition
    members = [next((c for c in h.children if c.dep_ == "appos" and person(c)), h)
               if h.tag_ == "NNS" else h for h in members]
    first = len(members)
    for m in list(members):
        members += [c for c in m.children if c.dep_ == "conj"]
    members += [g for c in members[first:] for g in c.children if g.dep_ == "conj"]
    if any(c.lower_ == "unborn" for m in members for c in m.children):
        return None  # "killing her and the unborn child": the unborn are no count
    # "and" lists people; "or" does not ("would hurt her or her son")
    if len(members) < 2 or not any(c.dep_ == "cc" and c.lower_ in ("and", "&")
                                   for m in members for c in m.children):
        return None
    if not all(person(m) for m in members):
        return None
    if dep == "dobj" and comma_object(heads[0]):
        return None  # a headline's "Man killed, sister and friend wounded": no objects
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "Davis and her brother were not injured"
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return None
    if dep == "nsubj":
        # "Smith and Jones died", "... were dead"; not "were at the park when he shot himself"
        if verb.lemma_ in ("die", "succumb", "perish"):
            kind: str | None = "killed"
        elif verb.lemma_ in ("be", "remain"):
            kind = next((harm_word(c) for c in verb.children
                         if c.dep_ in ("acomp", "attr") and harm_word(c)), None)
        else:
            kind = care_kind(verb, dep)  # "Doe and his son, both recovering from wounds"
            if kind != "injured":
                return None
    else:
        kind = verb_kind(verb) or care_kind(verb, dep)  # "she and her son were taken to a hospital"
    if not kind:
        return None
    # a plural member is two at least: "hitting the brothers, their mother and a sister"
    n = sum(2 if m.tag_ in ("NNS", "NNPS") or m.lower_ in ("they", "them") else 1 for m in members)
    if kind == "killed" and AND_SELF.search(verb.sent.text):
        n += 1  # "killed his wife and her son, then himself"
        return Statement(kind, n, heads[0].idx, listed=True)
    return Statement(kind, n, heads[0].idx, listed=True,
                     by_killer=kind == "killed" and killed_by_someone(heads[0]))
