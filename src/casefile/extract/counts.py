"""How many were killed and injured, and by what means: counts of people, not of mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from casefile.extract.pipeline import text_of
from casefile.lexicons import lexicon, methods, words
from casefile.models import Participant

_GROUP_NOUNS = {"people", "persons", "men", "women", "teens", "teenagers", "boys", "girls",
                "victims", "others", "children", "adults", "students", "officers", "males",
                "females", "individuals", "juveniles", "kids", "brothers", "sisters", "residents",
                "bystanders", "friends", "customers", "members", "youths", "relatives"}
_MULTIPLIER = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_MULTI_EVENT = {"shooting", "homicide", "murder", "murders", "killing", "stabbing", "slaying"}


def _number(tok: Token) -> int | None:
    if tok.like_num and tok.text.isdigit():
        value = int(tok.text)
        return value if 0 < value < 100 else None
    value = lexicon()["number_words"].get(tok.lower_)
    return value if value else None


@dataclass
class Counts:
    killed: int = 0
    injured: int = 0
    shot: int = 0  # people hurt, killed included, when a sentence says so ("four were shot")


def _kind_of(verb: Token) -> str | None:
    """Whether a verb (with its coordinated verbs) says people died or were hurt."""
    killed = set(lexicon()["harm_killed"])
    injured = set(lexicon()["harm_injured"])
    hurt_verbs = {"shoot", "stab", "strike", "hit", "wound", "injure", "hurt"}
    group = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    if any(v.lemma_ in killed or v.lower_ in killed or any(
            c.lower_ in ("fatally", "dead") for c in v.children) for v in group):
        return "killed"
    if any(v.lemma_ in hurt_verbs or v.lower_ in injured for v in group):
        return "hurt"
    return None


def count_statements(doc: Doc) -> Counts:
    """Numbers the text states: "four teens were shot", "two dead", "a triple shooting"."""
    counts = Counts()
    for tok in doc:
        if tok.lower_ in _MULTIPLIER and tok.head.lower_ in _MULTI_EVENT:
            n = _MULTIPLIER[tok.lower_]
            key = "killed" if tok.head.lower_ in ("homicide", "murder", "murders", "killing",
                                                  "slaying") else "shot"
            setattr(counts, key, max(getattr(counts, key), n))
            continue
        n = _number(tok)
        if n is None or tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
            continue
        noun = tok
        if tok.dep_ == "nummod" and tok.head.lower_ in _GROUP_NOUNS:
            noun = tok.head
        elif tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.lower_ not in ("a", "an", "one") or tok.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            noun = tok
        else:
            # "two dead", "three injured": a number described by a harm adjective.
            adj = [c for c in tok.children if c.dep_ in ("amod", "acomp") or c.lower_ in (
                "dead", "injured", "wounded", "killed")]
            if adj and tok.lower_ not in ("a", "an"):
                kind = "killed" if adj[0].lower_ in ("dead", "killed") else "injured"
                if kind == "killed":
                    counts.killed = max(counts.killed, n)
                else:
                    counts.injured = max(counts.injured, n)
            continue
        verb = noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
            continue
        if noun.dep_ == "nsubj" and verb.lemma_ not in ("die", "be", "remain", "suffer"):
            continue
        if verb.lemma_ == "be" and not any(c.lower_ in ("dead", "injured", "wounded")
                                           for c in verb.children):
            continue
        kind = _kind_of(verb)
        if verb.lemma_ == "die" or any(c.lower_ == "dead" for c in verb.children):
            kind = "killed"
        if kind == "killed":
            counts.killed = max(counts.killed, n)
        elif kind == "hurt":
            if verb.lemma_ in ("wound", "injure", "hurt") or verb.lower_ == "injured":
                counts.injured = max(counts.injured, n)
            else:
                counts.shot = max(counts.shot, n)
    return counts


def _says(title: str, category: str) -> bool:
    text = title.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text) for w in words(category))


def headline_floor(title: str) -> Counts:
    """At least one killed / injured when the headline says so ("Man dies after shooting").

    Headlines name the outcome in a few words and are rarely about another incident, while
    the body may be mostly page furniture; numbers in them are often ages, so only the
    floor of one is taken.
    """
    floor = Counts()
    if _says(title, "headline_killed"):
        floor.killed = 1
    if _says(title, "headline_injured"):
        floor.injured = 1
    elif _says(title, "headline_shot"):
        floor.shot = 1  # someone was hurt; injured only if nobody was killed
    return floor


def killed_injured(doc: Doc, participants: list[Participant], title: str = "") -> tuple[int, int]:
    """Killed and injured counts from the stated numbers, the people found and the headline."""
    stated = count_statements(doc)
    floor = headline_floor(title)
    people_killed = sum(1 for p in participants if "killed" in p.status)
    people_injured = sum(1 for p in participants if "injured" in p.status)
    killed = max(stated.killed, people_killed, floor.killed)
    injured = max(stated.injured, people_injured, stated.shot - killed, floor.injured)
    if floor.shot and not killed:
        injured = max(injured, 1)
    return killed, injured


def find_methods(doc: Doc) -> list[str]:
    """The means of violence the article names, in order of first mention."""
    first: dict[str, int] = {}
    text = text_of(doc).lower()
    for name, cues in methods().items():
        for cue in cues:
            start = 0
            while True:
                i = text.find(cue, start)
                if i < 0:
                    break
                # Whole words only: "gun" must not match "begun".
                before = text[i - 1] if i > 0 else " "
                after = text[i + len(cue)] if i + len(cue) < len(text) else " "
                if not before.isalpha() and not after.isalpha():
                    first[name] = min(first.get(name, i), i)
                    break
                start = i + 1
    return sorted(first, key=lambda k: first[k])
