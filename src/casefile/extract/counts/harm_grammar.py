"""What the words around people say happened to them: killed, hurt or shot.

The tests of the parse that the finders of stated numbers (stated_counts.py,
listed_people.py) share: the harm a verb or an adjective names ("were shot and killed",
"left two dead"), a person's state in hospital or their wounds ("in stable condition",
"suffered gunshot wounds"), who killed whom ("the gunman killed three", "... then
himself"), and the nouns by which a number counts people.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from casefile.extract.roles import attempted, near_miss
from casefile.lexicons import lexicon, words


def _kind_of(verb: Token) -> str | None:
    """Whether a verb (with its coordinated verbs) says people died or were hurt."""
    killed = set(lexicon()["harm_killed"])
    injured = set(lexicon()["harm_injured"])
    hurt_verbs = {"shoot", "stab", "strike", "hit", "wound", "injure", "hurt"}
    # "was shot and killed": one group of people; but in "killed one and wounded three" each
    # verb has its own object, so a coordinated verb with an object is about other people.
    # Nor is one with its own subject: "four were shot and three of them died".
    # Only verbs join: in "charged with murder and attempted murder" the parser may hang
    # the second "murder" on the verb.
    group = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
        g.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") for g in c.children)]
    if any(v.lemma_ in killed or v.lower_ in killed or any(
            c.lower_ in ("fatally", "dead") for c in v.children) for v in group):
        return "killed"
    if any(v.lemma_ in hurt_verbs or v.lower_ in injured for v in group):
        return "hurt"
    return None


_HURT_VERBS = {"shoot", "stab", "strike", "hit", "wound", "injure", "hurt", "hospitalize"}
_INJURED_VERBS = {"wound", "injure", "hurt", "hospitalize"}
DEAD = {"dead", "deceased", "killed", "slain"}
_HURT_ADJ = {"injured", "wounded", "hurt", "hospitalized", "hospitalised", "shot"}


# "... killed two people and then himself", "... left seven dead before the gunman killed himself"
AND_SELF = re.compile(r"\b(?:then|and|before|after)\b.{0,40}\b(?:himself|herself)\b", re.IGNORECASE)


@cache
def self_death() -> re.Pattern[str]:
    """The killer's own death told beside the count of the dead: "... then himself", "by a
    man who later shot himself", "before taking his own life" (not "murder-suicide", which
    often names the total)."""
    phrases = [w for w in words("self_inflicted_death") if "suicide" not in w]
    alt = "|".join(re.escape(w) for w in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt}|(?:shot|shooting|killing|shoots|kills)\s+(?:himself|herself)"
                      rf"|self-inflicted|(?:(?:his|her)\s+)?own\s+life)\b", re.IGNORECASE)


def killer_died_too(noun: Token) -> bool:
    """Whether the sentence counting the dead says their killer died by his own hand too,
    and the number is not a total ("left five dead, including the gunman")."""
    text = noun.sent.text
    left = noun.head.idx - noun.sent.start_char if noun.head.lemma_ == "leave" else -1
    if left > 0 and any(m.end() <= left for p in (AND_SELF, self_death()) for m in p.finditer(text)):
        return False  # "... before shooting himself, leaving five dead": all of them
    if AND_SELF.search(text):
        return True
    doc = noun.doc
    total = "including" in text.lower() or noun.head.lemma_ == "leave" or any(
        t.lower_ in ("all", "both") for t in doc[max(noun.i - 2, 0):noun.i + 1])  # "all three"
    return bool(self_death().search(text)) and not total


GROUP_NOUNS = {"people", "persons", "men", "women", "teens", "teenagers", "boys", "girls",
               "victims", "others", "children", "adults", "students", "officers", "males",
               "females", "individuals", "juveniles", "kids", "brothers", "sisters", "residents",
               "bystanders", "friends", "customers", "members", "youths", "relatives"}


@cache
def people_nouns() -> frozenset[str]:
    """Nouns a number of people may count: "four teens", "three partygoers", "two deputies"
    (the person nouns of the lexicon and their plurals)."""
    nouns = GROUP_NOUNS | set(words("person_nouns")) | set(words("victim_nouns")) \
        | set(words("count_people_nouns"))
    plurals = {w + "s" for w in nouns} | {w[:-1] + "ies" for w in nouns if w.endswith("y")}
    return frozenset(nouns | plurals)


def harm_word(tok: Token) -> str | None:
    """The harm a single adjective or participle names: "dead" -> killed, "wounded" -> injured."""
    if tok.lower_ in DEAD:
        return "killed"
    if tok.lower_ in _HURT_ADJ:
        return "shot" if tok.lower_ == "shot" else "injured"
    return None


def verb_kind(verb: Token) -> str | None:
    """What a verb governing a number of people says happened to them."""
    if _fired_at(verb) or attempted(verb):
        return None  # (nor "accused of trying to kill two officers")
    if near_miss(verb):
        return "injured"  # "two men were nearly killed"
    if verb.lemma_ in ("die", "kill", "murder", "slay") or verb.lower_ in ("died", "killed", "slain"):
        return "killed"
    children = list(verb.children)
    partitive = any(c.dep_ in ("npadvmod", "appos", "nsubj") and any(
        g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in children)
    if any(c.lower_ == "dead" or c.lower_ == "fatally" and not partitive for c in children):
        return "killed"  # but "two were shot, one of them fatally": the one, not the two
    if partitive and verb.lemma_ in _HURT_VERBS:
        return "injured" if verb.lemma_ in _INJURED_VERBS else "shot"
    if any(c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in children):
        return "killed"  # "shot to death"
    if verb.lemma_ in ("be", "remain", "leave", "pronounce", "find", "confirm", "declare", "report"):
        for c in children:
            kind = None if _fired_at(c) or _own_subject(c) else harm_word(c)
            if kind and c.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "advcl", "amod", "attr"):
                if kind != "killed" and any(g.lower_ in ("dead", "fatally") or g.lower_ == "to" and any(
                        d.lower_ == "death" for d in g.children) for g in c.children):
                    return "killed"  # "found shot dead", "found shot to death"
                return kind
        return None
    kind = _kind_of(verb)
    if kind == "killed":
        return "killed"
    if kind == "hurt":
        if verb.lemma_ in _INJURED_VERBS or verb.lower_ in ("injured", "wounded", "hospitalized"):
            return "injured"
        return "shot"
    return None


def _own_subject(clause: Token) -> bool:
    """Whether a clause has a subject of its own: in "three people were in the flat when
    the teen was shot", the shot one is the teen, not the three."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in clause.children)


def _fired_at(verb: Token) -> bool:
    """Whether people were only fired at, not hit: "a pickup and its two riders were shot at"
    (an "at" left without its object)."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and not any(True for _ in c.children)
               for c in verb.children)


def condition(verb: Token) -> str | None:
    """A person's state in hospital: "remained in critical condition", "is in stable condition"."""
    if verb.lemma_ not in ("be", "remain", "list"):
        return None
    return "shot" if in_condition(verb) else None


def in_condition(verb: Token) -> bool:
    """Whether a verb tells the state its people are in: "is in stable condition", "were
    taken to a hospital in fair condition" (the parser may hang it on the hospital)."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [p for c in preps for o in c.children if o.dep_ == "pobj"
              for p in o.children if p.dep_ == "prep"]
    return any(c.lower_ == "in" and any(g.lower_ == "condition" for g in c.children) for c in preps)


def event_of(noun: Token) -> str | None:
    """What an event noun says of the people it is "of": "the deaths of four women"
    (killed), "the shooting of three men" (hurt)."""
    prep = noun.head
    if prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    event = prep.head.lemma_.lower()
    if event in words("count_death_nouns"):
        return "killed"
    if event == "life" and prep.head.dep_ in ("dobj", "obj") \
            and prep.head.head.lemma_.lower() in words("life_taking_verbs"):
        return "killed"  # "the attack claimed the lives of three men"
    if event in words("count_shooting_nouns"):
        return "shot"
    return None


def bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary, whose "subject" is the people it was done to:
    "leaving one dead and a dozen others wounded" (the parser may take it for a past tense
    with a subject; one with an object, or shooting "at" someone, is a past tense, and so
    is one joined to a verb with an object: "two officers shot and wounded a man")."""
    return verb.tag_ in ("VBN", "VBD") and verb.lemma_ in _HURT_VERBS | {"kill"} and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "obj")
        or c.dep_ == "prep" and c.lower_ == "at" and verb.lemma_ in ("shoot", "fire")
        or c.dep_ == "conj" and c.pos_ == "VERB" and any(
            g.dep_ in ("dobj", "obj") for g in c.children)
        for c in verb.children)  # ("wounded at the house" is where, not whom)


def care_kind(verb: Token, dep: str) -> str | None:
    """What taking people to hospital or their wounds say of them: "four others suffered
    injuries" (injured), "two victims were taken to a hospital", "three people arrived at
    hospitals with gunshot wounds" (hurt, maybe to die there)."""
    lemma = verb.lemma_.lower()
    if lemma == "expect" and dep == "nsubjpass" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ("survive", "recover") for c in verb.children):
        return "injured"  # "the other two victims are expected to survive"
    if lemma in ("recover", "recuperate") and dep == "nsubj" and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(
                g.lemma_.lower() in words("count_wound_nouns") for g in c.subtree) for c in verb.children):
        return "injured"  # "two neighbors are healing up and recovering from wounds": alive
    suffering = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl")
                      and c.lemma_.lower() in words("count_wound_verbs")), None)
    if suffering is not None and dep == "nsubjpass" and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(
                g.lemma_.lower() in words("count_wound_nouns") for g in c.subtree)
            for c in suffering.children):
        return "shot"  # "three others were found suffering from gunshot wounds"
    wounds = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words("count_wound_nouns")]
    if not wounds and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "what":
        # "suffered what doctors described as minor injuries": the wounds are in
        # the clause "what" opens
        wounds = [g for c in verb.rights if c.dep_ in ("ccomp", "dobj") for g in c.subtree
                  if g.lemma_.lower() in words("count_wound_nouns")]
    if lemma in words("count_wound_verbs") and dep == "nsubj" and wounds:
        said = {t.lower_ for w in wounds for t in w.subtree}
        if said & {"fatal", "mortal"} and not said & {"non", "non-fatal", "nonfatal"}:
            return "killed"  # "suffered fatal injuries", not "non-fatal wounds"
        # "suffered injuries" they survive; "suffered gunshot wounds" may have killed them
        return "injured" if any(w.lower_.startswith("injur") for w in wounds) else "shot"
    if lemma in words("count_hospital_verbs") and (dep == "nsubjpass" or dep == "nsubj" and lemma in
                                                   words("count_hospital_arrive_verbs")):
        places = words("count_hospital_nouns")
        if any(c.dep_ == "prep" and c.lower_ in ("to", "at", "into") and any(
                g.lower_ in places for g in c.subtree) for c in verb.children) or any(
                c.dep_ == "xcomp" and c.lower_ in places for c in verb.children):
            # "taken to a hospital in stable condition": alive; else they may have died there.
            # ("transported to hospital": the parser may read "to" as the infinitive's)
            return "injured" if in_condition(verb) else "shot"
        if any(c.dep_ == "prep" and c.lower_ == "with" and any(
                g.lemma_.lower() in words("count_wound_nouns") for g in c.subtree) for c in verb.children):
            return "shot"  # "arrived with gunshot wounds"
    return None


RELATIVE_PRONOUNS = {"who", "that", "which"}


def said_of_them(relcl: Token) -> bool:
    """Whether a relative clause tells what happened to the people it hangs on: "who were
    shot", "who died"; not "who shot him", where they did it."""
    for c in relcl.children:
        if c.lower_ in RELATIVE_PRONOUNS and (
                c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and relcl.lemma_ in ("die", "succumb")):
            return True
    return False


PERSON_PRONOUNS = {"he", "she", "him", "her"}


def killed_by_someone(noun: Token) -> bool:
    """Whether a number of dead is the object of someone's killing: "the gunman killed
    three", "a man who killed his wife and her son", "... shot and killed two" (not "three
    were killed", nor "the shooting killed two", whose subject is no person)."""
    while noun.dep_ == "conj":
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "shot and killed two": the subject is the first verb's
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "relcl":
        subject = verb.head  # "the gunman who killed 49"
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
        subject = verb.head
    if subject is None or subject.lemma_.lower() in words("police_shooters"):
        return False  # "officers killed two": suspects, most likely, not their victims
    return (subject.ent_type_ == "PERSON" or subject.lower_ in people_nouns()
            or subject.lower_ in PERSON_PRONOUNS or subject.lemma_.lower() in words("suspect_nouns"))
