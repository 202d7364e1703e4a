"""Role and status of each person, from the grammar around their mentions.

Each mention yields cues ("object of 'shot'" -> victim, injured; "subject of 'was arrested'"
-> suspect, arrested); a person's role is decided from all their cues, the later and
more explicit ones winning where the story moved on (suspect -> witness).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from casefile.extract.mentions import Mention
from casefile.extract.names import name_tokens
from casefile.extract.tokens import tokens_of
from casefile.lexicons import lexicon, words

ROLE_ORDER = ("suspect", "victim", "lawyer", "official", "relative", "witness", "other")


@dataclass
class Cue:
    """One piece of evidence for a role or a status of the person a mention refers to."""

    kind: str  # "role", "status", or "act" (what the person did: "own_hand")
    value: str
    mention: Mention
    token: Token  # the word that carries the cue, for evidence
    strong: bool = True


def _verbs(name: str) -> frozenset[str]:
    return frozenset(lexicon()["role_verbs"][name])


def harm_verbs() -> frozenset[str]:
    """Lemmas of verbs of violence ("shoot", "stab", ...), from the lexicon."""
    return _verbs("harm")


def patient_verbs() -> frozenset[str]:
    """Lemmas of verbs that tell of someone hurt: "suffer", "hospitalize", "take" (to a
    hospital), from the lexicon."""
    return _verbs("injured_state")


def fatal_verbs() -> frozenset[str]:
    """Lemmas of verbs of killing ("kill", "murder", ...), from the lexicon."""
    return _verbs("harm_fatal")


def legal_verbs() -> frozenset[str]:
    """Lemmas of verbs of arrest and charge ("arrest", "book", "charge", ...), from the
    lexicon."""
    return _verbs("arrest") | _verbs("charge")


def _harm_nouns(name: str) -> frozenset[str]:
    return frozenset(lexicon()["harm_nouns"][name])


_SINGULAR_AUX = frozenset({"was", "is", "has", "'s"})
_PLURAL_AUX = frozenset({"were", "are", "have", "'re", "'ve"})


def _number(v: Token) -> str | None:
    """The grammatical number a verb's auxiliary tells ("was shot": singular), if any."""
    for c in v.children:
        if c.dep_ in ("aux", "auxpass"):
            if c.lower_ in _SINGULAR_AUX:
                return "singular"
            if c.lower_ in _PLURAL_AUX:
                return "plural"
    return None


def _verb_group(v: Token) -> list[Token]:
    """A verb with the verbs coordinated with it ("shot and killed") and its xcomps; not a
    coordinated verb of another number, which has another subject the parser left out
    ("The Does stood near as Roe was running off and also were hit")."""
    group = [v]
    number = _number(v)
    # (a list of three verbs hangs the last on the second: "walked in, demanded money and
    # shot the clerk"; not past a clause with a subject of its own, "was standing there
    # when someone walked up, drew a gun and shot him", which the parser may join the same)
    doc = v.doc
    # ("charged with assault and shooting into a dwelling": a gerund names a charge)
    third = [g for c in v.children if c.dep_ == "conj" for g in c.children if g.dep_ == "conj"
             and g.tag_ != "VBG" and not any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[v.i + 1:g.i])]
    for c in [*v.children, *third]:
        if c.dep_ in ("conj", "xcomp") and c.pos_ in ("VERB", "AUX"):
            other = _number(c) if c.dep_ == "conj" else None
            if not (number and other and number != other):
                group.append(c)
    if v.dep_ == "conj" and v.head.pos_ == "VERB":
        head = _number(v.head)
        if not (number and head and number != head):
            group.append(v.head)
    return group


def _of_harm(verb: Token) -> bool:
    """Whether a verb has "of"/"in" + a harm ("suspected of shooting", "in the killing")."""
    harm = harm_verbs() | _harm_nouns("killed") | _harm_nouns("injured") | {"shooting"}
    return any(p.dep_ == "prep" and p.lower_ in ("of", "in") and any(
        t.lemma_.lower() in harm or t.lower_ in harm for t in p.subtree)
        for p in verb.children)


def _own_subject(verb: Token, tok: Token) -> bool:
    """Whether a verb coordinated with a mention's verb has a subject of its own, other
    than the mention ("X was arrested and his wife died"): its harm is that subject's."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in verb.children)


def _own_object(verb: Token, tok: Token) -> bool:
    """Whether a verb coordinated with a mention's verb has an object of its own ("killing
    Jo Doe and injuring Ann Roe"): its harm is that object's. A pronoun object is most
    often the mention again ("arrested Jo Doe and charged him"), unless reflexive ("shot a
    student and then killed herself")."""
    return any(c.dep_ in ("dobj", "obj") and c.i != tok.i and (
        c.pos_ != "PRON" or c.lower_ in _REFLEXIVE) for c in verb.children)


_SHOTS = {"shots", "shot", "fire", "rounds", "round", "bullets", "gunfire", "volley"}




def _is_police(tok: Token) -> bool:
    """Whether a shooter is the police: "police", "a sheriff's deputy", "Officer Doe",
    "one of the deputies"."""
    heads = [tok] + [c for c in tok.children if c.dep_ in ("compound", "appos")]
    if tok.lower_ in ("one", "two", "three", "some", "several", "both"):
        heads += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
    return any(h.lemma_.lower() in words("police_shooters") or h.lower_ in words("police_shooters") for h in heads)


def _clause_between(verb: Token, participle: Token) -> bool:
    """Whether a clause with a subject of its own stands between a verb and a participle
    the parser hung on it: "Doe was the key witness at the trial of Roe, who is accused of
    opening fire, killing Moe" (the killing is the relative clause's, Roe's)."""
    return any(t.dep_ in ("relcl", "ccomp", "advcl", "acl") and t.pos_ in ("VERB", "AUX")
               and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
               for t in verb.doc[verb.i + 1: participle.i])


def _police_speaking(verb: Token, subject: Token) -> bool:
    """Whether a clause's subject "they" or "we" is the police who tell it: "Police said
    they are looking for Doe"."""
    return subject.lower_ in ("they", "we") and verb.dep_ == "ccomp" and any(
        c.dep_ == "nsubj" and _is_police(c) for c in verb.head.children)


def shooters(verb: Token, passive: bool) -> list[Token]:
    """Who did the harm of a verb: for a passive, its agent ("shot by a deputy") or that of
    a clause of it ("was injured after being shot by a deputy", "was shot and killed by a
    deputy"); else its subject, shared with the firing verb it is joined to ("detectives
    returned fire and killed X", "an officer fired, hitting X", "Doe took a pistol and
    fired, striking X")."""
    if passive:
        # (and "was shot and killed by a trooper": the agent hangs on the second participle)
        clauses = [verb] + [c for c in verb.children if c.dep_ == "advcl" or (
            c.dep_ == "conj" and c.tag_ == "VBN"
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))] + [
            c for p in verb.children if p.dep_ == "prep" and p.lower_ in ("after", "before")
            for c in p.children if c.dep_ == "pcomp"]
        return [g for v in clauses for a in v.children if a.dep_ == "agent"
                for g in a.children if g.dep_ == "pobj"]
    v = verb
    for _ in range(3):
        subjects = [c for c in v.children if c.dep_ == "nsubj"] or [
            # "A sheriff's deputy shot and killed ...": the tagger may take the verb for a
            # noun and hang its subject on it as a compound
            c for c in v.children if c.dep_ == "compound" and c.i < v.i and c.pos_ in ("NOUN", "PROPN")]
        if v.dep_ == "relcl" and any(c.lower_ in ("who", "that") for c in subjects):
            return [v.head]  # "the deputy who shot X"
        if subjects:
            return subjects
        firing = words("firing_verbs") | harm_verbs()
        # (a firing verb the harm hangs on shares the subject of the verb it is joined to
        # by "and", whatever that means: "Doe took a pistol and fired, striking X")
        if v.dep_ not in ("conj", "advcl") or _is_passive(v.head) or not (
                v.head.lemma_.lower() in firing or v.head.lower_ == "shot"
                or v is not verb and v.dep_ == "conj" and v.lemma_.lower() in words("firing_verbs")):
            return []
        v = v.head
    return []


def on_purpose(verb: Token) -> bool:
    """Whether a harm's sentence calls it neither an accident nor one that hit a bystander."""
    sent = verb.sent.text.lower()
    return not any(w in sent for w in words("untargeted_words"))


def _shot_by_police(verb: Token, passive: bool) -> bool:
    """Whether the police did a verb's harm, on purpose, to someone the sentence does not
    call a bystander or hostage: the archive records such a person as a suspect."""
    if not on_purpose(verb):
        return False
    # "police say the man shot ...", "police arrested a man they allege shot ...": the parser
    # may make the police the subject of the harm across a verb of speech or arrest
    others = words("speech_verbs") | legal_verbs()
    for s in shooters(verb, passive):
        between = verb.doc[min(s.i, verb.i) + 1:max(s.i, verb.i)]
        # (not the "State" of "a State Police trooper")
        if _is_police(s) and not any(t.lemma_.lower() in others and t.pos_ != "PROPN"
                                     for t in between):
            return True
    return False


def _defender_here(tok: Token) -> bool:
    """Whether a word is a defender's noun, or a name beside one ("clerk Jo Doe", "the
    clerk, Jo Doe")."""
    heads = [tok] + [c for c in tok.children if c.dep_ in ("compound", "appos")]
    if tok.dep_ == "appos":
        heads.append(tok.head)
    if tok.dep_ == "nsubj":
        # (the parser may make both the noun and the name beside it subjects: "The guard,
        # Jo Doe, 44, drew his pistol")
        heads += [c for c in tok.head.children if c.dep_ == "nsubj" and 0 < tok.i - c.i <= 3]
    return any(h.lemma_.lower() in words("defender_shooters") or h.lower_ in words("defender_shooters")
               for h in heads)


def _is_defender(tok: Token) -> bool:
    """Whether a shooter is one who fires in defence of a home or a shop: "the homeowner",
    "a store clerk", "a security guard", a name beside such a noun, or a name the text gave
    such a noun before ("the clerk, Jo Doe, ..." then "Doe fired")."""
    if _defender_here(tok):
        return True
    if tok.pos_ != "PROPN":
        return False
    # (the token table's words first: a Token is built only for the name's earlier uses)
    texts = tokens_of(tok.doc).text
    return any(texts[i] == tok.text and _defender_here(tok.doc[i]) for i in range(tok.i))


@cache
def _crime_words() -> re.Pattern[str]:
    """The lexicon's defence_crimes as whole words, with their endings ("robbed",
    "carjacking"; not the "rob" of "Robert" or "problem")."""
    alternation = "|".join(re.escape(w) for w in sorted(words("defence_crimes"), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})(?:s|es|ed|bed|ing|bing|er|ers|ber|bers|bery|beries)?\b",
                      re.IGNORECASE)


def _crime_told(verb: Token) -> bool:
    """Whether a harm's sentence, or the one before it, tells a crime against the one who
    fired: a robbery, a break-in, a carjacking."""
    sent = verb.sent
    text = sent.text
    if sent.start > 0:
        text = verb.doc[sent.start - 1].sent.text + " " + text
    return bool(_crime_words().search(text))


def _shot_in_defence(verb: Token, passive: bool) -> bool:
    """Whether a verb's harm was done by a homeowner, clerk or guard against a crime the
    sentence tells ("a clerk shot a man who tried to rob the store", "shot by the
    homeowner during a break-in"): the archive records the one shot as the suspect."""
    # (the defender first: it is the cheap test, and this runs for every harm)
    return any(_is_defender(s) for s in shooters(verb, passive)) and on_purpose(verb) \
        and _crime_told(verb)


def _is_person(tok: Token) -> bool:
    """Whether a word stands for a person (a name, a pronoun, a noun such as "man")."""
    if tok.ent_type_ == "PERSON" or tok.lower_ in ("him", "her", "them", "he", "she", "me",
                                                    "us", "you", "someone", "everyone"):
        return True
    nouns = words("person_nouns") | words("victim_nouns") | words("relative_nouns")
    return tok.lemma_.lower() in nouns or tok.lower_ in nouns or tok.lower_ in (
        "people", "victims", "officers", "others", "teens", "men", "women", "children")


def _named_elsewhere(tok: Token) -> bool:
    """Whether a proper noun is a word of a person's name elsewhere in the text: "shot and
    killed Doe" after "Jane Doe", where the tagger took the lone surname for a company; or
    of a name the rules found ("Jo Doe shot Ann Doe", both tagged as organisations)."""
    return tok.pos_ == "PROPN" and (tok.i in name_tokens(tok.doc) or tok.ent_type_ not in (
        "GPE", "LOC", "FAC") and any(t.ent_type_ == "PERSON" and t.text == tok.text and t.i != tok.i
                                     for t in tok.doc))


_REFLEXIVE = {"himself", "herself", "themselves", "self"}


def _takes_own_life(verb: Token) -> bool:
    """ "took his own life", "turned the gun on himself": a death by one's own hand."""
    children = list(verb.children)
    if verb.lemma_ == "take" and any(c.lower_ == "life" and any(
            g.lower_ == "own" for g in c.children) for c in children):
        return True
    return verb.lemma_ in ("turn", "use") and any(c.lower_ in ("gun", "weapon", "firearm")
                                                  for c in children) and any(
        c.lower_ == "on" and any(g.lower_ in _REFLEXIVE for g in c.children) for c in children)


def _ends_own_life(verb: Token) -> bool:
    """A subjectless clause of one's own death: "taking his own life", "killing himself"."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if _takes_own_life(verb):
        return True
    if not (verb.lemma_ in _verbs("harm") and any(
            c.dep_ in ("dobj", "obj") and c.lower_ in _REFLEXIVE for c in verb.children)):
        return False
    # "before shooting himself": fatal where the story calls it a suicide
    return _is_fatal([verb]) or _tells_of_suicide(verb.doc.text)


def _ends_own_life_after(verb: Token) -> Token | None:
    """The clause of the verb that tells of its subject's own death ("shot her before
    taking his own life"), if any."""
    # "detectives say the inquiry showed Rusk shot Tamm, before taking his own life": the
    # parser may hang the clause on a verb the shooting is reported under; a later clause
    # there is still the shooter's, unless that verb has a person of its own as subject
    heads = [verb]
    while heads[-1].dep_ in ("ccomp", "conj") and heads[-1].head.pos_ in ("VERB", "AUX") and len(heads) < 3:
        head = heads[-1].head
        if heads[-1].dep_ == "ccomp" and any(c.dep_ == "nsubj" and _is_person(c)
                                             for c in head.children):
            break
        heads.append(head)
    clauses = [c for h in heads for c in h.children if c.dep_ == "advcl"] + [
        c for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("before", "after")
        for c in p.children if c.dep_ == "pcomp"]
    return next((c for c in clauses if c.i > verb.i and _ends_own_life(c)), None)


def _tells_of_suicide(text: str) -> bool:
    t = text.lower()
    return any(p in t for p in words("self_inflicted_death"))


def _by_own_hand(verb: Token) -> bool:
    """ "died of a self-inflicted gunshot wound", "died of suicide": a death the verb's
    "of"/"from" phrase says was by the person's own hand."""
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in ("of", "from"):
            text = p.doc[p.left_edge.i:p.right_edge.i + 1].text.lower()
            if "self-inflicted" in text or "self inflicted" in text or "suicide" in text:
                return True
    return False


def _called_a_suicide(noun: Token) -> bool:
    """Whether the sentence of "the death of X" calls this death a suicide ("the manner of
    death was suicide"), not a murder-suicide, which is the deaths of the killer's victims
    too. Where the sentence tells of two deaths ("ruled Doe's death a homicide and her
    husband's death a suicide"), "suicide" is the death told nearest before it."""
    fatal = _harm_nouns("killed")
    deaths = [t for t in noun.sent if t.pos_ == "NOUN"
              and (t.lemma_.lower() in fatal or t.lower_ in fatal)]
    for t in noun.sent:
        if t.lower_ != "suicide" or t.i > 0 and t.nbor(-1).lower_ in ("-", "murder"):
            continue
        before = [d for d in deaths if d.i < t.i]
        told = before[-1] if before else next((d for d in deaths if d.i > t.i), noun)
        if told.i == noun.i:
            return True
    return False


# Words that make a death a near miss: "was nearly killed", "almost died" (hurt)
NEAR_MISS_WORDS = ("nearly", "almost")


def near_miss(verb: Token) -> bool:
    """Whether a verb of death is told as a near miss: "was nearly killed", "almost died"."""
    return any(c.dep_ == "advmod" and c.lower_ in NEAR_MISS_WORDS for c in verb.children)


def _is_fatal(verbs: list[Token]) -> bool:
    fatal = _verbs("harm_fatal")
    for v in verbs:
        if near_miss(v):
            continue  # "was nearly killed": hurt
        if v.lemma_ in fatal or v.lower_ in ("killed", "murdered"):
            return True
        if v.i + 1 < len(v.doc) and v.nbor(1).lower_ == "dead" and v.nbor(1).pos_ != "NOUN":
            return True  # "shot dead Sunday": the parser may hang "dead" on the day
        for c in v.children:
            if c.lower_ in ("fatally", "dead", "death", "mortally") or (
                c.dep_ in ("oprd", "acomp", "advmod") and c.lower_ == "dead"
            ) or c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) or (
                c.dep_ == "conj" and c.lemma_ == "survive" and any(g.dep_ == "neg" for g in c.children)
            ):
                return True  # "shot dead", "fatally shot", "shot to death", "shot and did not survive"
    return False


def _of_harm_or_crime(verb: Token) -> bool:
    """Whether a verb's own words name a harm or a crime: "wanted in connection with the
    shooting", "wanted for murder" (not "wanted to go home")."""
    nouns = words("harm_killed") | {"shooting", "stabbing", "attack", "assault", "robbery",
                                    "connection", "questioning"}
    return any(c.dep_ == "prep" and any(t.lemma_.lower() in nouns or t.lower_ in nouns
                                        for t in c.subtree) for c in verb.children)


_DEAD_WORDS = ("dead", "deceased")


def _takes_someone(verb: Token) -> bool:
    """Whether a verb's object is a person other than its subject: "rushed the boy to a
    hospital" (not "rushed himself")."""
    return any(c.dep_ in ("dobj", "obj") and _is_person(c) and c.lower_ not in _REFLEXIVE
               for c in verb.children)


def _counterfactual(verb: Token) -> bool:
    """Whether a verb tells what did not happen: "he could've easily died", "she might have
    been killed", "they were not sure if he was dead or alive"."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    # (the parser may take a curly "’ve" for the subject: any child counts)
    if aux & {"could", "would", "might", "should"} and any(
            c.lower_ in ("have", "'ve", "’ve") for c in verb.children):
        return True
    return any(c.lower_ == "dead" and any(d.dep_ == "conj" and d.lower_ == "alive"
                                          for d in c.children) for c in verb.children)


def _told_dead(g: Token, v: Token, dep: str) -> bool:
    """Whether a verb of the mention says it died: "Doe died", "Doe passed away", "Doe was
    found dead", "officers found Doe deceased", "Doe was pronounced dead", "a man is dead
    after a shooting" (`v` is the mention's own verb, `g` it or one coordinated with it)."""
    lemma = g.lemma_.lower()
    if _counterfactual(g):
        return False
    if (dep == "nsubj" or g is not v) and dies(g):
        return not _natural_death(g)
    if dep == "nsubj" and g.lower_ in _DEAD_WORDS and g.dep_ == "ccomp" and g.head.lemma_ == "find":
        return True  # "officers found Doe deceased": the parser makes him its subject
    if lemma == "find" and (dep == "nsubjpass" or dep == "nsubj" and not _finds_another(g)) \
            and any(c.lower_ in _DEAD_WORDS for c in g.subtree):
        return True  # "Doe was found dead" (not "Doe found two men dead")
    if dep in ("nsubjpass", "dobj", "obj") and lemma in ("pronounce", "declare"):
        # "Doe was pronounced dead", "the coroner pronounced Doe dead"
        return any(c.lower_ in _DEAD_WORDS for c in g.children)
    return dep == "nsubj" and lemma == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _DEAD_WORDS for c in g.children)  # "was deceased"


def _natural_death(verb: Token) -> bool:
    """Whether a verb of dying names a cause no one inflicted: "died from complications
    with sickle cell anemia", "died of a heart attack" (not "died of complications from
    gunshot wounds", nor "died of his injuries")."""
    causes = [t for p in verb.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
              for t in p.subtree]
    lemmas = {t.lemma_.lower() for t in causes}
    return bool(lemmas & words("natural_death_causes")) and not lemmas & _violent_causes()


@cache
def _violent_causes() -> frozenset[str]:
    """Words that make a cause of death violent: the harm verbs and nouns, the wounds."""
    return harm_verbs() | fatal_verbs() | words("wound_nouns") | _harm_nouns("killed") \
        | _harm_nouns("injured") | {"gunshot", "shooting", "stabbing", "gun", "bullet"}


def _says_not(verdict: Token) -> bool:
    """Whether a plea or a finding is "not guilty"."""
    return any(c.dep_ == "neg" or c.lower_ == "not" for c in verdict.subtree)


def _finds_another(find: Token) -> bool:
    """Whether "find" has someone else found: an object, or a clause with a subject of its
    own ("came back from work and found two men dead")."""
    return any(c.dep_ in ("dobj", "obj") or c.dep_ == "ccomp" and any(
        d.dep_ == "nsubj" for d in c.children) for c in find.children)


def dies(verb: Token) -> bool:
    """A verb of dying: "died", "succumbed", "passed away"."""
    return verb.lemma_ in _verbs("die") or verb.lemma_ == "pass" and any(
        c.lower_ == "away" for c in verb.children)


def _is_passive(v: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or v.tag_ == "VBN" and any(
        c.dep_ == "agent" for c in v.children)


# How badly someone was hurt: "not seriously hurt" is a light wound, not none
_DEGREE = frozenset({"seriously", "critically", "badly", "severely", "gravely", "fatally",
                     "mortally", "significantly"})


_NO_ONE = frozenset({"none", "neither", "nothing", "nobody"})


def denied(v: Token) -> bool:
    """Whether a verb is negated: "was not hurt", "wasn't hit", "had never been shot", or
    done by none ("None hit Doe", "neither bullet struck him"; an attempt, "wanted to kill
    her", is no denial of harm)."""
    return any(c.dep_ == "neg" or c.lower_ in ("not", "never", "n't") or c.dep_ == "nsubj" and (
        c.lower_ in _NO_ONE or any(d.dep_ == "det" and d.lower_ in ("no", "neither")
                                   for d in c.children))
        for c in v.children)


def _unrealised(v: Token) -> bool:
    """Whether a verb's act is denied or only attempted: "he has not yet been charged",
    "no one was arrested", "officers tried to arrest him"."""
    if denied(v):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in v.children):
        return True
    if v.head.lower_ == "without" and v.dep_ in ("pobj", "pcomp"):
        return True  # "released without charges", "questioned without being charged"
    if v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return True  # a purpose: "agents drove to the farm to arrest him"
    return attempted(v)


def _threatened(v: Token) -> bool:
    """Whether a verb is only what someone threatened, vowed or wanted to do: "had
    threatened to kill him" (not "tried to kill him", an act)."""
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in words("threat_verbs")


def attempted(v: Token) -> bool:
    """Whether a verb's act was only attempted, wished or foretold: "tried to kill",
    "accused of attempting to kill two officers", "officers sought to arrest him", "she
    believes he is going to hurt or kill her"."""
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head  # ("to hurt or kill her": the first verb's)
    if v.dep_ != "xcomp":
        return False
    head = v.head
    return head.lemma_.lower() in words("attempt_verbs") or head.lemma_.lower() == "go" \
        and head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)


def _prior_record(v: Token) -> bool:
    """Whether a legal verb's sentence tells someone's earlier record, not this incident's
    arrest or charge: "records show he has pleaded guilty to theft over the last few years",
    "he had been arrested twice before"."""
    text = v.sent.text.lower()
    return any(p in text for p in words("prior_record_phrases"))


# Words of a sentence that tell of care for the hurt; a medical carrier tells a hospital
# its name may hide: "taken by ambulance to Mercy". Nouns only: not "bail conditions", nor
# "accused of wounding another".
_HOSPITAL_WORDS = re.compile(
    r"hospital|medical|trauma center|\binjur(?:y|ies)\b|\bwounds?\b|\bcondition\b|ambulance|"
    r"paramedic|fire rescue|air-?lift|medevac", re.IGNORECASE)


def _said_unhurt(verb: Token) -> bool:
    """Whether a verb, or one coordinated with it, says its subject was not hurt: "he was
    unharmed and was taken to a hospital"."""
    group = {v.i for v in _verb_group(verb)} | ({verb.head.i} if verb.dep_ == "conj" else set())
    return any(t.lower_ in words("unharmed_words") and t.head.i in group for t in verb.sent)


def _has_hospital(sent_text: str) -> bool:
    return _HOSPITAL_WORDS.search(sent_text) is not None


# Adjectives and participles of harm said of someone: "left a man dead", "found Doe
# wounded", "the two injured officers"
_HARM_ADJECTIVES = {"shot": "injured", "stabbed": "injured", "wounded": "injured",
                    "injured": "injured", "hurt": "injured",
                    "dead": "killed", "deceased": "killed", "slain": "killed"}


def _weak_hurt(out: list[Cue], m: Mention, tok: Token) -> None:
    """A hurt victim, as words of care or state tell it (weak: "was taken to a hospital");
    dead where the wound told was fatal ("suffered a fatal gunshot wound")."""
    out.append(Cue("role", "victim", m, tok, strong=False))
    out.append(Cue("status", "killed" if _fatal_wound(tok) else "injured", m, tok, strong=False))


def _fatal_wound(tok: Token) -> bool:
    """Whether a wound told in a word's phrase was fatal: "a fatal gunshot wound", "a
    gunshot wound which proved (to be) fatal" (not "injuries that were not fatal")."""
    for wound in (t for t in tok.subtree if t.lemma_.lower() in words("wound_nouns")):
        if any(c.dep_ == "amod" and c.lower_ in words("fatal_words") for c in wound.children):
            return True
        for clause in (c for c in wound.children if c.dep_ in ("relcl", "acl")):
            told = list(clause.subtree)
            if any(t.lower_ in words("fatal_words") for t in told) and not any(
                    t.dep_ == "neg" for t in told):
                return True
    return False


def _left_in_state(verb: Token, obj: Token) -> str | None:
    """The state "find", "leave" or "put" puts its object in: "police found a man dead",
    "found Doe unresponsive", "the shooting left a man dead and a woman wounded", "left a
    teen in critical condition", "put Doe in critical condition", "found Doe with a gunshot
    wound" (killed or injured; not "left the house", nor "left for dead", whose victim may
    live). The parser hangs the
    state on the verb or on the object itself."""
    after = [c for c in verb.children if c.i > obj.i and c.dep_ != "conj"]
    after += [c for c in obj.children if c.i > obj.i and c.dep_ in ("amod", "acl")]
    if any(_HARM_ADJECTIVES.get(c.lower_) == "killed" or c.lower_ == "unresponsive"
           and verb.lemma_ == "find" for c in after):
        return "killed"
    if any(_HARM_ADJECTIVES.get(c.lower_) == "injured" for c in after) or any(
            c.dep_ == "prep" and c.lower_ == "in" and any(
                o.lower_ == "condition" and any(a.lower_ in _conditions() for a in o.children)
                for o in c.children) for c in after):
        return "injured"
    # "found a man with a gunshot wound", "found Doe suffering from gunshot wounds"
    wounds = [w for c in after if c.dep_ == "prep" and c.lower_ == "with" or c.lower_ == "suffering"
              for w in c.subtree if w.lemma_.lower() in words("wound_nouns")]
    if wounds and verb.lemma_ == "find":
        return "killed" if any(_fatal_wound(w) for w in wounds) else "injured"
    return None


_HARM_PARTICIPLES = {"wounded": "wound", "injured": "injure", "hurt": "hurt", "killed": "kill"}


def _after_being(verb: Token) -> list[Token]:
    """The passive told of the subject in "after being ...": "a man is recovering after being
    shot", "she died days after being stabbed" (the subject is the one shot)."""
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "since")
            for p in c.children if p.dep_ == "pcomp" and _is_passive(p)]


def _shoots_at(verb: Token, prep: Token) -> bool:
    """Whether a verb and its preposition tell shooting at someone: "fired at", "fired on",
    "shot at", "opened fire on", "exchanged gunfire with"."""
    lemma = verb.lemma_.lower()
    if lemma == "fire":  # ("fired on deputies"; but "shot on Main Street")
        return prep.lower_ in ("at", "on")
    if lemma == "shoot":
        return prep.lower_ == "at"
    said = {c.lower_ for c in verb.children if c.dep_ in ("dobj", "obj")}
    if lemma == "open":
        return prep.lower_ in ("on", "at") and "fire" in said
    return lemma == "exchange" and prep.lower_ == "with" and bool(said & _SHOTS)


def _shot_someone(verb: Token) -> bool:
    """Whether an active verb of harm has a person for its object, on purpose: "(who) shot
    him", "(who) killed the officer"."""
    return verb.lemma_.lower() in harm_verbs() and not _is_passive(verb) and on_purpose(verb) \
        and any(c.dep_ in ("dobj", "obj") and _is_person(c) for c in verb.children)


def _fire_cues(m: Mention, tok: Token, out: list[Cue]) -> None:
    """Who shot at whom, hit or not. One who fired at people ("Doe fired at the officers",
    "opened fire on deputies", "exchanged gunfire with police") is a suspect, unless police
    or a defender; so is one the police fired at ("officers fired at Doe", "a trooper
    exchanged gunfire with Doe"): the archive records a police shooting's target as its
    suspect, as for one "shot by police"."""
    v = tok.head
    if tok.dep_ == "nsubj" and v.pos_ == "VERB":
        # the verb and those joined to it that share its subject: "came out the door and
        # fired at them"
        for verb in [v, *(c for c in v.conjuncts if c.i > v.i and c.pos_ == "VERB" and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]:
            if _is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
                continue
            # (the parser may hang the preposition on the shots: "exchanged [gunfire with] police")
            preps = [p for w in [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
                     for p in w.children if p.dep_ == "prep" and _shoots_at(verb, p)]
            targets = [o for p in preps for o in p.children
                       if o.dep_ == "pobj" and (_is_person(o) or _named_elsewhere(o)
                                                or _is_police(o))]
            # (the subject may be a relative pronoun of the mention: "the guard, Jo Doe, who
            # is licensed to carry, drew and fired at him": the guard's name is the defender)
            if targets and not _is_police(tok) and not words("police_shooters") & set(m.title) \
                    and not _is_defender(tok) and not _is_defender(m.root) and on_purpose(verb):
                out.append(Cue("role", "suspect", m, verb))
                break
    elif tok.dep_ == "pobj" and v.dep_ == "prep":
        verb = v.head
        if verb.dep_ in ("dobj", "obj") and verb.lower_ in _SHOTS:
            verb = verb.head
        if _shoots_at(verb, v) and on_purpose(verb) and not _is_police(tok) \
                and not any(c.dep_ == "neg" for c in verb.children) \
                and any(_is_police(s) for s in shooters(verb, False)):
            out.append(Cue("role", "suspect", m, verb))


def comma_object(tok: Token) -> bool:
    """Whether a verb's object comes after a comma right after the verb: a headline's
    "Man killed, sister and friend wounded" read as "killed [the] sister", where the
    verb has no object and the noun is the next clause's subject."""
    v = tok.head
    return tok.dep_ in ("dobj", "obj") and v.i + 1 < tok.i and v.doc[v.i + 1].text == ","


def _verb_cues(m: Mention, tok: Token, out: list[Cue]) -> None:
    """Cues from the verb the mention is the subject or object of."""
    _fire_cues(m, tok, out)
    dep = tok.dep_
    v = tok.head
    if comma_object(tok):
        return
    if dep in ("nsubj", "attr") and v.dep_ in ("aux", "auxpass") and v.head.pos_ == "VERB":
        # "Also wounded were Jane Doe ...": the parser hangs her on "were" (as its subject,
        # or as what "were" is: "Also killed were his wife, Jane Doe, and ...")
        v, dep = v.head, "nsubj"
    harm, arrest, charge = _verbs("harm"), _verbs("arrest"), _verbs("charge")
    release, convict, acquit = _verbs("release"), _verbs("convict"), _verbs("acquit")
    # "Wounded were Jo Doe and ...": the tagger may make an inverted participle an adjective
    adjective = v.pos_ == "ADJ" and v.lower_ in _HARM_PARTICIPLES and any(
        c.dep_ == "auxpass" for c in v.children) or (
        # "officers found Doe dead of a gunshot wound": the parser makes him the
        # subject of "dead", a clause of "found" (_told_dead); not for a pronoun, which
        # the coreference rules may give the wrong one ("found him dead")
        dep == "nsubj" and m.kind != "pron" and v.lower_ in _DEAD_WORDS and v.dep_ == "ccomp"
        and v.head.lemma_ == "find")
    if dep in ("nsubjpass", "dobj", "obj", "nsubj") and (v.pos_ in ("VERB", "AUX") or adjective):
        # the verbs coordinated with the mention's, less those with a subject of their own
        # ("a woman was killed and her son was wounded": the son's harm is not the death)
        # ("killing Jo Doe and injuring Ann Roe": the injuring has an object of its own)
        group = [g for g in _verb_group(v) if g is v or not (
            _own_subject(g, tok) or dep in ("dobj", "obj") and _own_object(g, tok))]
        if dep in ("dobj", "obj"):
            # "told Doe to shoot them", "challenged Doe to shoot him": the object does
            # what the infinitive says (is its subject), nothing is done to him
            told = [g for g in group if g.dep_ == "xcomp" and g.head.i == v.i]
            group = [g for g in group if g not in told]
            if any(g.lemma_.lower() in harm for g in told):
                out.append(Cue("role", "suspect", m, told[0], strong=False))
        if dep == "nsubj" and any(c.dep_ in ("dobj", "obj") for c in v.children):
            # "Judge Doe ordered Roe to be held without bail": the infinitive is the
            # object's (as "told Roe to shoot" is, above), not what was done to the subject
            group = [g for g in group if not (g.dep_ == "xcomp" and g.head.i == v.i)]
        if dep == "nsubj" and v.lemma_.lower() in words("speech_verbs"):
            # "Doe told officers her boyfriend shot her": the parser may hang the reported
            # clause's finite verb on the verb of speech; it is not what Doe did
            group = [g for g in group if not (g.dep_ == "xcomp" and g.tag_ in ("VBD", "VBZ", "VBP"))]
        if dep == "nsubj" and not (v.lemma_.lower() in legal_verbs() | _verbs("convict")
                                   and any(c.dep_ in ("dobj", "obj") for c in v.children)):
            # what the subject did meanwhile: "Doe drove to four homes, shooting people",
            # "Doe returned to the house, firing several shots" (but "Judge Doe sentenced
            # Roe for firing into a crowd, wounding three": Roe's act, not the judge's)
            group += [c for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                      and not _own_subject(c, tok) and not _clause_between(v, c)]
            group += _after_being(v)
        dep0 = dep
        for g in group:
            lemma = _HARM_PARTICIPLES.get(g.lower_, g.lemma_.lower()) if g.pos_ == "ADJ" \
                else g.lemma_.lower()
            if g is not v and _own_subject(g, tok):
                continue  # "police arrested him and his wife died": her clause, not his
            if g is not v and v.lemma_.lower() in words("speech_verbs") and (_is_passive(g) or any(
                    c.dep_ == "ccomp" and c.i < v.i for c in v.children)):
                # "an officer confirmed two girls were killed": the parser may join the
                # reported passive to the verb of speech; its subject is the girls, not her.
                # Nor is what follows a speaker put after the words: "Doe was arrested,
                # Chief Ann Roe said, and has been in custody since"
                continue
            dep = dep0
            if dep0 == "nsubjpass" and g is not v and g.tag_ == "VBN" and any(
                    c.lower_ == "have" for c in g.children) and not _is_passive(g):
                # "he was believed to have shot three men": the subject did the shooting
                dep = "nsubj"
            if dep0 == "nsubj" and _is_passive(g) and (g.i == v.i or g.head.i == v.i or g in _after_being(v)):
                # "he grabbed the gun and was shot": he was shot; "Also wounded were
                # Jane Doe, ...": the parser calls an inverted passive's subject nsubj
                dep = "nsubjpass"
            passive_subject = dep == "nsubjpass"
            object_like = passive_subject or dep in ("dobj", "obj")
            # "both were charged in the deaths of X, Y and Z": a passive verb that has
            # its subject takes no object; the parser hung a name of the list on it
            legal_object = object_like and not (dep in ("dobj", "obj") and any(
                c.dep_ == "nsubjpass" for c in g.children))
            if lemma == "run" and not any(c.lower_ in ("over", "down") for c in g.children):
                continue
            if object_like and lemma in harm:
                if lemma == "fire" or lemma == "hit" and dep in ("dobj", "obj") and _is_passive(v):
                    continue
                if lemma in words("harm_told_no_wound"):
                    out.append(Cue("role", "victim", m, g))  # "robbed Doe": no wound told
                    continue
                if _counterfactual(g):
                    continue  # "he could have been shot": what did not happen
                if attempted(g):
                    # "he attempted to kill a deputy": the one aimed at, no harm told
                    out.append(Cue("role", "victim", m, g, strong=False))
                    continue
                if near_miss(g) and lemma not in fatal_verbs():
                    # "bullets struck the house, nearly hitting a woman": missed her
                    out.append(Cue("role", "victim", m, g, strong=False))
                    out.append(Cue("status", "unharmed", m, g))
                    continue
                if denied(g) and not any(c.lower_ in _DEGREE for c in g.children):
                    # "Doe was not hurt", "wasn't hit" (but "not seriously hurt" is hurt)
                    out.append(Cue("role", "victim", m, g, strong=False))
                    out.append(Cue("status", "unharmed", m, g))
                    continue
                # "was shot and died": a coordinated "die" makes the harm fatal
                fatal = _is_fatal(group) or any(dies(x) for x in group)
                # the police's own hurt by police fire ("injuring another officer") are victims
                police = (_shot_by_police(g, passive_subject) or _shot_in_defence(g, passive_subject)) \
                    and not _is_police(m.root) and not (words("police_shooters") & set(m.title))
                out.append(Cue("role", "suspect" if police else "victim", m, g))
                out.append(Cue("status", "killed" if fatal else "injured", m, g))
            elif dep == "nsubj" and (lemma in harm or lemma == "open") and not _is_passive(g):
                objects = [c for c in g.children if c.dep_ in ("dobj", "obj")]
                objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
                # "killed his wife and then himself": the parser may join the reflexive to the verb
                objects += [c for c in g.children if c.dep_ == "conj" and c.lower_ in _REFLEXIVE]
                # "shot and killed Doe": only a shooting or killing, not "robbed Doe's", says
                # that a proper noun not tagged as a person is one
                shot = m.kind == "name" and (lemma == "shoot" or lemma in _verbs("harm_fatal"))
                others = any((_is_person(o) or shot and _named_elsewhere(o))
                             and o.lower_ not in _REFLEXIVE for o in objects)
                if any(o.lower_ in _REFLEXIVE for o in objects):
                    # "shot himself": hurt by their own hand; "shot his wife and then himself":
                    # the one who shot someone else is the suspect, hurt or killed too.
                    # (the killing of another in the group is not his death: "shot and
                    # killed his father and then shot himself" tells no death of his own)
                    own = [g] if g.lemma_.lower() not in _verbs("harm_fatal") and any(
                        c.dep_ in ("dobj", "obj") and c.lower_ in _REFLEXIVE for c in g.children
                    ) and any(x is not g and x.lemma_.lower() in _verbs("harm_fatal")
                              for x in group) else group
                    fatal = _is_fatal(own) or "suicide" in g.sent.text.lower()
                    out.append(Cue("role", "suspect" if others else "victim", m, g))
                    out.append(Cue("status", "killed" if fatal else "injured", m, g))
                    if fatal:
                        out.append(Cue("act", "own_hand", m, g, strong=g is v))
                elif others or (
                        lemma in ("fire", "open") and any(o.lower_ in _SHOTS for o in objects)
                ) or m.kind != "pron" and any(o.pos_ == "PROPN" for o in objects) and (
                        _ends_own_life_after(g)):
                    # "shot and killed Tamm before shooting himself": in a murder-suicide
                    # a proper noun shot is a person, whatever the tagger made of the surname
                    if (_is_police(tok) or words("police_shooters") & set(m.title)) and on_purpose(g):
                        continue  # an officer who fired on duty is no suspect (the one shot is)
                    if _is_defender(tok) and on_purpose(g) and _crime_told(g):
                        # nor is a clerk who fired at a robber: the archive lists the
                        # defender as a victim (unharmed, unless the text says otherwise)
                        out.append(Cue("role", "victim", m, g))
                        continue

                    # (a threat is a weak sign: "Roe had threatened to kill Doe" before
                    # Doe shot him in self-defence)
                    out.append(Cue("role", "suspect", m, g, strong=not _threatened(g)))
                    # "shot and killed her before taking his own life": the clause is his (a
                    # pronoun's person is too often a guess for a death to be put on them)
                    end = _ends_own_life_after(g) if m.kind != "pron" else None
                    if end is not None:
                        out.append(Cue("status", "killed", m, end))
                        out.append(Cue("act", "own_hand", m, end))
            elif dep == "nsubj" and _takes_own_life(g):
                if any(c.lemma_.lower() == "survive" for c in g.conjuncts):
                    # "turned the gun on himself and survived": hurt by his own hand
                    out.append(Cue("status", "injured", m, g))
                    continue
                out.append(Cue("status", "killed", m, g))
                out.append(Cue("act", "own_hand", m, g, strong=g is v))
            elif dep == "dobj" and lemma in ("find", "leave", "put") and _left_in_state(g, tok):
                # (a shooting "left a man dead" may be the police's of their suspect)
                out.append(Cue("role", "victim", m, g, strong=lemma == "find"))
                out.append(Cue("status", _left_in_state(g, tok) or "injured", m, g))
            elif _told_dead(g, v, dep):
                out.append(Cue("role", "victim", m, g))
                out.append(Cue("status", "killed", m, g))
                if _by_own_hand(g):
                    out.append(Cue("act", "own_hand", m, g, strong=g is v))
            elif dep == "nsubj" and lemma in words("count_hospital_arrive_verbs") and _has_hospital(
                    g.sent.text) and any(t.lemma_.lower() in words("wound_nouns") for t in g.subtree):
                # "a man showed up at a hospital with a gunshot wound" (the parser hangs the
                # wound anywhere in the sentence)
                _weak_hurt(out, m, g)
            elif lemma in ("drive", "bring", "carry") and _has_hospital(g.sent.text) and (
                    passive_subject or dep == "nsubj" and any(
                        c.dep_ in ("dobj", "obj") and c.lower_ in _REFLEXIVE for c in g.children)):
                # "was driven to a hospital by a relative", "drove himself to the hospital"
                _weak_hurt(out, m, g)
            elif dep == "nsubj" and lemma == "be" and (_in_condition(g) or _in_hospital(g)):
                # "the 30-year-old man is in critical condition", "Doe is in a hospital bed"
                _weak_hurt(out, m, g)
            elif dep in ("nsubj", "nsubjpass") and lemma in _verbs("injured_state") and (
                    _has_hospital(g.sent.text) or any(c.lower_ in words("wound_nouns")
                                                       or c.lower_ == "condition"
                                                       for c in g.subtree)) and not (
                    dep == "nsubj" and _takes_someone(g)) and not any(
                    t.lower_ in ("precaution", "observation") for t in g.subtree) and not _said_unhurt(g) \
                    and not (lemma == "survive" and _unrealised(g)):
                # (not who "rushed the boy to the ambulance", nor one taken "as a precaution"
                # or "for observation", nor one "unharmed and taken to a hospital"; one who
                # "was taken to a hospital but did not survive" died, below)
                _weak_hurt(out, m, g)
            elif passive_subject and lemma in words("suspicion_verbs") and _of_harm(g):
                # "he is suspected of shooting his daughters"
                out.append(Cue("role", "suspect", m, g))
            elif legal_object and (lemma in arrest or lemma in charge or lemma in convict) and (
                    _unrealised(g) or _prior_record(g)) or dep == "nsubj" and lemma == "plead" \
                    and _prior_record(g):
                # "he has not been charged", "police tried to arrest him", "records show he
                # has pleaded guilty to theft in the past"
                continue
            elif legal_object and lemma in arrest and not (lemma == "hold" and not _held(g, dep)):
                out.append(Cue("role", "suspect", m, g))
                out.append(Cue("status", "arrested", m, g))
            elif legal_object and lemma in charge or dep == "nsubj" and lemma == "face" and any(
                    c.lemma_ in ("charge", "count") for c in g.children) and not _unrealised(g):
                # (but "will not face charges")
                out.append(Cue("role", "suspect", m, g))
                out.append(Cue("status", "charged", m, g))
            elif (passive_subject and lemma in ("take", "book", "place") or dep == "nsubj"
                  and lemma in ("be", "remain") or dep == "dobj" and lemma in ("take", "place", "put")
                  ) and _in_custody(g) and not _unrealised(g):
                # "a man was taken into custody", "the suspect is in custody", "was placed
                # under arrest", "police placed him under arrest"
                out.append(Cue("role", "suspect", m, g))
                out.append(Cue("status", "arrested", m, g))
            elif dep == "nsubj" and lemma in ("turn", "surrender") and (
                    lemma == "surrender" or any(c.lower_ in ("himself", "herself") for c in g.children)):
                out.append(Cue("role", "suspect", m, g))
                out.append(Cue("status", "arrested", m, g))
            elif dep == "nsubj" and lemma == "plead" and any(
                    c.lower_ == "guilty" or c.lower_ == "contest" for c in g.subtree):
                out.append(Cue("role", "suspect", m, g))
                out.append(Cue("status", "charged" if _says_not(g) else "convicted", m, g))
            elif passive_subject and lemma == "find" and any(
                    c.lower_ == "guilty" and c.dep_ in ("oprd", "acomp", "advmod", "xcomp")
                    for c in g.children) and not _prior_record(g):
                # "was found guilty of murder" (and "not guilty": acquitted)
                out.append(Cue("role", "suspect", m, g))
                out.append(Cue("status", "acquitted" if _says_not(g) else "convicted", m, g))
            elif (dep == "nsubj" or g is not v and not _is_passive(g)) and lemma == "survive" and not any(
                    c.dep_ in ("dobj", "obj") and _is_person(c) for c in g.children):
                # "Doe did not survive": dead; "Doe survived (the shooting)": hurt and alive
                # (a passive's subject shares the active verb joined to it: "was rushed to a
                # hospital but did not survive")
                if _unrealised(g):
                    out.append(Cue("role", "victim", m, g))
                    out.append(Cue("status", "killed", m, g))
                else:
                    _weak_hurt(out, m, g)
            elif passive_subject and lemma == "expect" and any(
                    c.dep_ == "xcomp" and c.lemma_ in ("survive", "recover") for c in g.children):
                _weak_hurt(out, m, g)  # "is expected to survive"
            elif dep in ("nsubj", "nsubjpass") and lemma in ("be", "remain", "consider") and any(
                    p in " ".join(t.lower_ for t in g.subtree) for p in words("fugitive_phrases")):
                out.append(Cue("role", "suspect", m, g))  # "Doe remains at large"
            elif passive_subject and lemma == "want" and _of_harm_or_crime(g):
                out.append(Cue("role", "suspect", m, g))  # "wanted in connection with the shooting"
            elif dep == "nsubj" and lemma == "lose" and any(
                    c.dep_ in ("dobj", "obj") and c.lemma_ == "life" for c in g.children) \
                    and not _unrealised(g):
                out.append(Cue("role", "victim", m, g))  # "Doe lost his life in the shooting"
                out.append(Cue("status", "killed", m, g))
            elif legal_object and lemma in convict:
                out.append(Cue("role", "suspect", m, g))
                out.append(Cue("status", "convicted", m, g))
            elif legal_object and lemma in acquit and "guilty" not in g.sent.text.lower():
                out.append(Cue("role", "suspect", m, g, strong=False))
                out.append(Cue("status", "acquitted", m, g))
            elif passive_subject and lemma in release:
                if _has_hospital(g.sent.text) or any(x.lemma_.lower() == "treat" for x in group):
                    # "released from the hospital", "was treated and released": a patient
                    out.append(Cue("status", "injured", m, g, strong=False))
                else:
                    if any(c.lemma_ in ("bond", "bail") for c in g.subtree):
                        # "released on bond": held before, and a suspect
                        out.append(Cue("role", "suspect", m, g))
                        out.append(Cue("status", "arrested", m, g, strong=False))
                    out.append(Cue("status", "released", m, g))
    elif dep == "pobj" and v.lower_ == "for" and v.head.lemma_.lower() in words("search_verbs") \
            and any(c.dep_ == "nsubj" and (_is_police(c) or _police_speaking(v.head, c))
                    for c in v.head.children):
        # "police are searching for Doe", "Police said they are looking for Doe"
        out.append(Cue("role", "suspect", m, v.head, strong=False))
    elif dep == "pobj" and v.lower_ == "by" and v.head.pos_ == "VERB":
        verb = v.head
        if verb.lemma_.lower() in harm and (_is_passive(verb) or verb.tag_ == "VBN") and not (
                _is_defender(m.root) and on_purpose(verb) and _crime_told(verb)):
            out.append(Cue("role", "suspect", m, verb))  # (not "shot by the clerk he robbed")
    elif dep == "pobj" and v.lower_ in ("of", "on", "in", "for") and v.head.pos_ in ("NOUN", "PROPN"):
        _noun_cues(m, _nearer_harm_noun(v.head, v) or v.head, out)
    elif dep == "pobj" and v.lower_ == "against" and v.head.lemma_.lower() in ("charge", "count") \
            and m.kind == "name" and not any(c.lower_ == "no" for c in v.head.children) \
            and not (v.head.head.pos_ == "VERB" and _unrealised(v.head.head)):
        # "the charges against Doe" (not "no charges against Doe", "declined to file charges")
        out.append(Cue("role", "suspect", m, v.head, strong=False))
        out.append(Cue("status", "charged", m, v.head, strong=False))
    elif dep == "poss" and v.pos_ in ("NOUN", "PROPN"):
        _noun_cues(m, v, out)


def _nearer_harm_noun(noun: Token, prep: Token) -> Token | None:
    """A noun of harm between a noun and the "of" the parser hung on it, whose "of" the
    phrase more likely is: "the arrest of a suspect in the shooting death last week of Jo
    Doe" (Jo Doe's death, not her arrest)."""
    if prep.lower_ != "of" or noun.i > prep.i:
        return None
    harm = _harm_nouns("killed") | _harm_nouns("injured")
    return next((t for t in reversed(noun.doc[noun.i + 1: prep.i])
                 if t.pos_ == "NOUN" and (t.lemma_.lower() in harm or t.lower_ in harm)), None)


def _noun_cues(m: Mention, noun: Token, out: list[Cue]) -> None:
    """"the death of X", "X's killer", "X's arrest"."""
    lemma = noun.lemma_.lower()
    if lemma == "body" and (noun.dep_ == "pobj" or noun.dep_ == "nsubj" and noun.head.lemma_.lower()
                            not in ("be", "lie", "remain")):
        return  # "the bullet removed from his body", "her body froze": a living body
    if (lemma in _harm_nouns("killed") or noun.lower_ in _harm_nouns("killed")) and any(
            c.dep_ == "amod" and c.lower_ in ("attempted", "attempt") for c in noun.children):
        # "charged with the attempted murder of an officer": aimed at, no harm told
        out.append(Cue("role", "victim", m, noun, strong=False))
    elif lemma in _harm_nouns("killed") or noun.lower_ in _harm_nouns("killed"):
        out.append(Cue("role", "victim", m, noun))
        out.append(Cue("status", "killed", m, noun))
        if _called_a_suicide(noun):
            out.append(Cue("act", "own_hand", m, noun))
    elif lemma in _harm_nouns("injured") or noun.lower_ in _harm_nouns("injured"):
        _weak_hurt(out, m, noun)
    elif _prior_record(noun) and lemma in (_harm_nouns("arrested") | _harm_nouns("charged")
                                           | _harm_nouns("convicted")):
        return  # "his first arrest ... was 25 years ago": an earlier record
    elif lemma in _harm_nouns("arrested"):
        out.append(Cue("role", "suspect", m, noun))
        out.append(Cue("status", "arrested", m, noun))
    elif lemma in _harm_nouns("charged") and m.kind == "name":
        out.append(Cue("role", "suspect", m, noun, strong=False))
        out.append(Cue("status", "charged", m, noun, strong=False))
    elif lemma in _harm_nouns("convicted"):
        out.append(Cue("role", "suspect", m, noun, strong=False))
    elif lemma in ("life", "lives") and noun.head.lemma_.lower() in words("life_taking_verbs") \
            and noun.dep_ in ("dobj", "obj", "nsubjpass"):
        # "the shooting claimed the life of Jo Doe", "took the lives of"
        out.append(Cue("role", "victim", m, noun))
        out.append(Cue("status", "killed", m, noun))
    elif _struck_part(noun):
        _weak_hurt(out, m, noun)


def _struck_part(noun: Token) -> bool:
    """Whether a part of someone's body is what a shot or a blade struck: "shot in Doe's
    chest", "the bullet went into Doe's chest", "the round struck Doe's leg" (but not "the
    gun went off in Doe's hand": a verb of impact takes its part through "into" or
    "through", or as its object)."""
    if noun.lemma_.lower() not in words("body_parts") and noun.lower_ not in words("body_parts"):
        return False
    head = noun.head
    through = noun.dep_ == "pobj" and head.pos_ == "ADP"
    if through:
        # "into Doe's chest": the verb the preposition hangs from ("through the wall and
        # into Doe's chest": past the preposition it is joined to)
        head = head.head
        while head.pos_ == "ADP" and head.dep_ in ("conj", "prep") and head.head is not head:
            head = head.head
    elif noun.dep_ not in ("dobj", "obj", "nsubjpass"):
        return False
    lemma = head.lemma_.lower()
    if head.pos_ != "VERB":
        return False
    if lemma in harm_verbs():
        return True
    return lemma in words("impact_verbs") and (
        not through or noun.head.lower_ in ("into", "through"))


def sought(noun: Token) -> bool:
    """Whether an arrest noun is one sought, not made: "a warrant for his arrest", "an
    arrest warrant", "a reward for the arrest of X" (but "it led to his arrest")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _harm_nouns("arrested") and (
        noun.dep_ == "compound" or noun.dep_ == "pobj" and noun.head.lower_ == "for")


def word_role(word: str) -> str | None:
    """The role a describing word gives: "victim", "suspect", "attorney", "officer", "mother"."""
    w = word.lower()
    if w in words("suspect_nouns"):
        return "suspect"
    if w in words("victim_nouns") or w in words("victim_role_words"):
        return "victim"
    if w in words("lawyer_titles"):
        return "lawyer"
    if w in words("official_titles") or w.rstrip(".") in words("official_titles"):
        return "official"
    if w in words("relative_nouns"):
        return "relative"
    if w in words("witness_nouns"):
        return "witness"
    return None


def _token_role(tok: Token) -> str | None:
    """The role a word gives, by its lemma or else its own form ("victims", "deceased")."""
    return word_role(tok.lemma_) or word_role(tok.lower_)


def _describing_words(m: Mention) -> list[Token]:
    """Nouns that describe the mention: its head, appositions, compounds, titles before it."""
    root = m.root
    out: list[Token] = []
    # a list's later names: conjuncts, or (after an age) a name hung on the name before:
    # "Jo Doe, 50, Al Roe, 28, and Ann Poe were identified as the victims"
    while (root.dep_ == "conj" and root.head.pos_ in ("PROPN", "NOUN")
           or root.dep_ == "npadvmod" and root.pos_ == root.head.pos_ == "PROPN"):
        root = root.head
    if m.kind == "desc":
        out.append(root)
    elif root.tag_ == "NNS" and root.i not in range(m.span.start, m.span.end):
        out.append(root)  # "two victims, a 19-year-old Jane Doe and ...": a list's head noun
    for c in root.children:
        if c.dep_ in ("appos", "compound", "amod") and c.i not in range(m.span.start, m.span.end):
            out.append(c)
    # "Two survivors, Jane Doe, 49, and John Roe, 36": a list hangs from its first name,
    # each name an apposition or conjunct of the one before.
    hops = 0
    while root.dep_ == "appos" and hops < 12 and not _speaker_after_a_name(m, root):
        out.append(root.head)
        if root.head.lower_ == "one":
            # "One of the wounded men, Jo Doe, 26, ...": the men after "of"
            out.extend(g for p in root.head.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj")
        root = root.head
        while root.dep_ == "conj" and root.head.pos_ in ("PROPN", "NOUN"):
            root = root.head
        hops += 1
    # "The lone suspect is Jane Doe", "The deceased are: Jane Doe; John Roe"
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        for c in root.head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                out.append(c)
                out.extend(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj")
    # "Witnesses identified Jane Doe as the shooter", "the court appointed Jo Roe as his
    # lawyer": whatever the verb, "as" + a noun after its object says what the object is
    # (but a relative's word with no one it is the relative of, "described her as a loving
    # mother", tells what she was, not whose kin)
    if root.dep_ == "dobj" and root.head.pos_ == "VERB":
        out.extend(g for p in root.head.children if p.dep_ == "prep" and p.lower_ == "as"
                   for g in p.children if g.dep_ == "pobj" and not (
                       word_role(g.lemma_.lower()) == "relative" and not any(
                           c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                           for c in g.children)))
    # "the victim was identified as John Doe", "John Doe was the suspect"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in ("be", "identify", "name"):
        for c in root.head.children:
            if c.dep_ in ("attr", "oprd"):
                out.append(c)
                # "was one of three victims"
                out.extend(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj")
            if c.dep_ == "prep" and c.lower_ == "as":
                out.extend(g for g in c.children if g.dep_ == "pobj")
    if root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.lemma_ in (
            "identify", "name"):
        verb = root.head.head
        # "police identified the dead man as Jo Doe": the object, not the police
        named = [c for c in verb.children if c.dep_ == "dobj"] or [
            c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        # "identified two of the victims as ...": the noun after "of"
        named += [g for c in named if c.pos_ in ("NUM", "PRON") for p in c.children
                  if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if not named and verb.dep_ in ("acl", "advcl"):
            # "arrested two of the suspects, identified as Jane Doe": the clause tells of
            # the noun it hangs from, or of the object of the verb it hangs from.
            nouns = [verb.head] if verb.dep_ == "acl" else [
                c for c in verb.head.children if c.dep_ == "dobj"]
            nouns += [g for c in nouns for p in c.children if p.dep_ == "prep"
                      and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            # A loose attachment: only a victim or a suspect word is taken from it (the
            # parser hangs such clauses on "detectives" too).
            named.extend(c for c in nouns
                         if word_role(c.lemma_) in ("victim", "suspect"))
        out.extend(named)
        # "identified the four deceased people as ...": the word before the noun tells
        out.extend(g for c in named for g in c.children if g.dep_ in ("amod", "compound"))
    if root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.pos_ == "NOUN" \
            and root.head.head.dep_ in ("dobj", "nsubjpass") \
            and root.head.head.head.lemma_ in ("identify", "name"):
        # "deputies identified the suspects as Jo Doe, 20, and ...": the parser hangs
        # "as" on the noun
        noun = root.head.head
        out.append(noun)
        out.extend(g for g in noun.children if g.dep_ in ("amod", "compound"))
    # "Other victims included Jane Doe, 44, and John Roe, 36"
    if root.dep_ == "dobj" and root.head.lemma_ == "include":
        out.extend(c for c in root.head.children if c.dep_ == "nsubj")
    return out


def defender_cues(nouns: set[str], cues: list[Cue]) -> list[Cue]:
    """A person's cues once the text has called them a homeowner, clerk or guard anywhere
    (`nouns`, the heads of their descriptions): the shots they fired during a crime the
    text tells ("the homeowner was asleep when he heard glass breaking. He grabbed a
    handgun and shot the intruder") make them the archive's victim, as the defender's own
    noun does in `_is_defender`."""
    if not nouns & words("defender_shooters"):
        return cues
    return [Cue("role", "victim", c.mention, c.token, c.strong)
            if c.kind == "role" and c.value == "suspect"
            and c.token.lemma_.lower() in harm_verbs() | {"fire", "open"}
            and on_purpose(c.token) and _crime_told(c.token) else c for c in cues]


def mention_cues(m: Mention) -> list[Cue]:
    """Every role and status cue of one mention; a pronoun's cues are weak (it may be wrong)."""
    out = _mention_cues(m)
    if m.source:
        # "According to Coroner Jo Doe, the victim, Ann Roe, died": a source is not the one
        # the clause tells of (the parser may make it the clause's subject, or hang the
        # victim on it as an apposition); only the roles its own words give stand
        out = [c for c in out if c.kind == "role" and c.value not in ("victim", "suspect")]
    if m.kind == "pron":
        for c in out:
            c.strong = False
    return out


def sentence_cues(m: Mention) -> list[Cue]:
    """Weak cues from the words of a name's sentence, when its grammar gave none."""
    out: list[Cue] = []
    verb = m.root
    # Up past a participle that is a preposition: "including" ("took four victims to a
    # hospital, including Jo Doe"), and for a name in apposition "according to" ("According
    # to police, Jo Doe, 23, was found dead" hangs the name on the police; not "According
    # to Jo Doe, ...", the source)
    def past(prep: Token) -> bool:
        return prep.dep_ == "prep" and (prep.lower_ == "including" or m.root.dep_ == "appos")

    while (verb.pos_ not in ("VERB", "AUX") or past(verb)) and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_ in words("speech_verbs") or m.title:
        return out  # a person quoted or titled is a source, not someone the clause is about
    if m.root.dep_ == "poss":
        return out  # "he was shot by Doe's son": the clause is about the son
    sent = list(verb.subtree)
    # "a vigil will be held for X": a thing held or charged is no one's arrest; nor is
    # that of a number ("the pair were charged in the deaths of ..., X")
    # nor is a thing captured: "cameras captured images of X"
    # nor one denied ("Doe will not be charged")
    legal = [t for t in sent if t.lemma_ in legal_verbs()
             and t.pos_ in ("VERB", "NOUN") and not (
                 t.lemma_ == "hold" and not _held(t, "nsubjpass" if _is_passive(t) else "dobj"))
             and not any(
                 c.dep_ in ("nsubjpass", "dobj") and c.pos_ in ("NOUN", "NUM") and not _is_person(c)
                 for c in t.children) and not _unrealised(t)]
    # "lives next door to the homicide scene": a harm that names a thing is nobody's (but
    # "a murder-suicide" is one)
    sent = [t for t in sent if not (t.dep_ == "compound" and not _is_person(t.head) and not (
        t.head.lower_ in words("harm_killed") or t.head.lemma_ == "suicide"))]
    # "she made signs to remember the shooting victim": a harm that qualifies another
    # person is theirs
    sent = [t for t in sent if not (t.dep_ in ("compound", "amod") and _is_person(t.head)
                                    and t.head.i not in range(m.span.start, m.span.end))]
    killed = [t for t in sent if (t.lower_ in words("harm_killed") or t.lemma_ in (
        "kill", "die", "murder", "slay")) and not _harms_another(t, m) and not _counterfactual(t)
              and not attempted(t)]
    # "Jo Doe, 18, is in serious condition": a patient's condition tells a hurt person
    # or a patient's care: "underwent surgery", "was found bleeding"
    hurt = [t for t in sent if t.lemma_ in ("shoot", "wound", "injure", "stab", "hospitalize")
            and not _harms_another(t, m) and not attempted(t)
            or t.lemma_ == "condition" and any(c.lower_ in _conditions() for c in t.children)
            or t.lemma_ in ("surgery", "bleed")]
    if legal:
        out.append(Cue("role", "suspect", m, legal[0], strong=False))
        status = "charged" if legal[0].lemma_ in _verbs("charge") else "arrested"
        out.append(Cue("status", status, m, legal[0], strong=False))
    elif killed:
        out.append(Cue("role", "victim", m, killed[0], strong=False))
        out.append(Cue("status", "killed", m, killed[0], strong=False))
    elif hurt:
        out.append(Cue("role", "victim", m, hurt[0], strong=False))
        out.append(Cue("status", "injured", m, hurt[0], strong=False))
    return out


@cache
def _conditions() -> frozenset[str]:
    """The words of a patient's condition that tell a hurt person: "critical", "stable"
    (from the phrases of harm_injured: "critical condition")."""
    return frozenset(p.split()[0] for p in words("harm_injured") if p.endswith(" condition"))


def _harms_another(verb: Token, m: Mention) -> bool:
    """Whether a verb of harm has a person of its own as object or subject ("the bullets
    that nearly killed his father-in-law", "after the stabbing victim died"): the harm is
    theirs, not that of a name elsewhere in the sentence. (A pronoun may be the name's own,
    and so may an item of a list the name is in.)"""
    if verb.pos_ != "VERB":
        return False
    args = list(verb.children)
    if not any(c.dep_ in ("dobj", "obj") for c in args):
        # "shot and killed a deer": the verbs share the object of the last
        args += [c for v in verb.children if v.dep_ == "conj" and v.pos_ == "VERB"
                 for c in v.children if c.dep_ in ("dobj", "obj")]
    return any(
        c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass")
        # a thing or an animal harmed ("killed a deer") is no harm of the name's either
        and (_is_person(c) or c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN")
        and (c.pos_ != "PRON" or m.root.i in perceivers(c))  # "Doe saw him get shot"
        and not any(t.i in range(m.span.start, m.span.end) for t in c.subtree)
        and not _listed_with(c, m) for c in args)


def perceivers(pron: Token) -> set[int]:
    """The token ids of who sees, hears or finds what a subject pronoun's clause tells:
    "Doe helped after seeing him get shot" (Doe: the one who does the seeing, up from a
    verb with no subject of its own)."""
    clause = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("ccomp", "xcomp") \
            or clause.head.lemma_.lower() not in words("perception_verbs"):
        return set()
    verb = clause.head
    for _ in range(5):
        subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
        if subjects or verb.dep_ not in ("pcomp", "prep", "advcl", "xcomp") or verb.head is verb:
            return subjects
        verb = verb.head
    return set()



def _listed_with(tok: Token, m: Mention) -> bool:
    """Whether a person word and a mention are items of one list, however the parser hung
    them ("Jo Doe, 67, and another man in his 80s were killed"): an "and" between them
    and no verb."""
    lo, hi = sorted((tok.i, m.span.start))
    between = tok.doc[lo + 1: hi]
    return any(t.lower_ in ("and", "&", ";") for t in between) and not any(
        t.pos_ in ("VERB", "AUX") for t in between)


def _source_cut_off(m: Mention) -> Token | None:
    """ "According to police Sgt. | Jo Doe, a man was shot": the sentencizer may end a
    sentence at a title's period; the name that opens the next one is then the source of
    its clause, which the parser makes the name's own. The title, if so."""
    sent = m.root.sent
    if m.span.start != sent.start or sent.start == 0:
        return None
    before = [t for t in m.span.doc[sent.start - 1].sent if not t.is_space]
    if len(before) < 2 or not any(t.lemma_.lower() == "accord" for t in before):
        return None
    # an abbreviated title ("Sgt.", "Det."), not a sentence that ends in "police."
    title = before[-2] if before[-1].text == "." else before[-1]
    short = title.lower_.rstrip(".") + "."
    return title if short in words("official_titles") | words("lawyer_titles") else None


def _object_beside_wound(tok: Token) -> Token:
    """The object a person stands beside when the parser joined them to a wound's part:
    "hitting Jo Doe in the chest and Al Roe in the neck" hangs Al Roe on "chest"; he is
    hit as Jo Doe is. Else the token itself."""
    if tok.dep_ != "pobj" or tok.lower_ not in words("body_parts") or tok.head.dep_ != "prep":
        return tok
    verb = tok.head.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")
               and (_is_person(c) or c.pos_ == "PROPN")]
    return objects[0] if objects else tok


def _mention_cues(m: Mention) -> list[Cue]:
    out: list[Cue] = []
    title = _source_cut_off(m)
    if title is not None:
        return [Cue("role", word_role(title.lower_.rstrip(".")) or "official", m, title,
                    strong=False)]
    doc, i = m.span.doc, m.span.start
    if i >= 2 and doc[i - 1].lower_ in ("but", "except") and doc[i - 2].lower_ in (
            "all", "everyone", "everybody"):
        return out  # "all but Jo Doe suffered gunshot wounds": the one left out
    tok = m.root
    # Coordinated people share the grammatical position of the first one.
    while tok.dep_ == "conj" and tok.head.pos_ in ("PROPN", "NOUN", "PRON"):
        tok = tok.head
    tok = _object_beside_wound(tok)
    # "a man named Jo Doe was arrested": the name stands where the man does
    if tok.dep_ == "oprd" and tok.head.lemma_ in ("name", "identify", "call") \
            and tok.head.dep_ == "acl" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    _verb_cues(m, tok, out)
    harm = _among_harmed(tok)
    if harm is not None:  # "Among the wounded was Jo Doe"
        out.append(Cue("role", "victim", m, tok.head))
        out.append(Cue("status", harm, m, tok.head))
    # An apposition shares its head's position, and in a list each name may hang from the
    # one before: "Three people were killed: Jane Doe, John Roe and Ann Poe".
    hops = 0
    while tok.dep_ == "appos" and hops < 12 and not _speaker_after_a_name(m, tok):
        tok = tok.head
        while tok.dep_ == "conj" and tok.head.pos_ in ("PROPN", "NOUN", "PRON"):
            tok = tok.head
        _verb_cues(m, tok, out)
        hops += 1
    group = _included_in(tok) or _listed_under(m)
    if group is not None:
        _verb_cues(m, group, out)
        role = _token_role(group)
        if role in ("victim", "suspect"):
            # "the indictment names several other victims, including: A, 45; B, 66"
            out.append(Cue("role", role, m, group))
        told = next((w for w in (group, *(c for c in group.children if c.dep_ == "amod"))
                     if w.lower_ in _HARM_ADJECTIVES), None)
        if told is not None:
            # "the deceased have been identified as ...", "identified the dead victims as"
            out.append(Cue("status", _HARM_ADJECTIVES[told.lower_], m, told))
        by_clause = _told_by_clause(group)
        if by_clause is not None:
            # "the three women who were killed have been identified as A, B and C"
            out.append(Cue("role", by_clause[0], m, by_clause[2]))
            out.append(Cue("status", by_clause[1], m, by_clause[2]))
    # "X, who was shot in the leg, ...": the relative clause is about X; so is that of the
    # noun X is identified as ("police identified X as the man who shot Y")
    # (a listed name with a clause of its own is told by that one: "A, who died, and B,
    # who was wounded")
    nouns = [m.root if any(c.dep_ == "relcl" for c in m.root.children) else tok]
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in ("identify", "name", "describe"):
        nouns += _prep_objects(tok.head, ("as",))
    # (for a description only a clause set off by a comma: "the intruder, who died", not
    # the defining "a man who lost his son")
    for clause in (c for n in nouns for c in n.children if c.dep_ == "relcl"):
        said = m.kind == "name" or m.kind == "desc" and _set_off(clause)
        for rel in clause.children:
            if rel.lower_ in ("who", "whom") and rel.dep_ in (
                    "nsubj", "nsubjpass", "dobj"):
                if said:
                    _verb_cues(m, rel, out)
                else:  # but "the man who fired on deputies" is told by his shots,
                    _fire_cues(m, rel, out)
                    if rel.dep_ == "nsubj" and _shot_someone(clause):
                        # and "the man who shot him" is the shooter
                        out.append(Cue("role", "suspect", m, clause))
    # (and that of the list's other people: in "found Ann Roe, 22, and Jo Doe, 21,
    # fatally shot" the parser hangs the participle on the last)
    for noun in nouns + [c for c in tok.conjuncts if c.pos_ in ("NOUN", "PROPN")]:
        _participle_cues(m, noun, out)
    _found_with_the_last(m, tok, out)
    _said_to_be_held(m, tok, out)
    for t in m.title:
        role = word_role(t)
        if role:
            out.append(Cue("role", role, m, m.root, strong=False))
    for w in _describing_words(m):
        role = _token_role(w)
        if role:
            out.append(Cue("role", role, m, w, strong=role in ("suspect", "victim")))
        if w.i not in range(m.span.start, m.span.end):
            # "the two injured officers were identified as Officer Jo Doe and ...": the
            # harm said of the noun the name is
            harm = next((_HARM_ADJECTIVES[c.lower_] for c in w.children
                         if c.dep_ == "amod" and c.lower_ in _HARM_ADJECTIVES), None)
            if harm:
                out.append(Cue("role", "victim", m, w))
                out.append(Cue("status", harm, m, w))
    return out



def _among_harmed(tok: Token) -> str | None:
    """The harm of the group a copula's subject is said to be among: "Among the dead is Jo
    Doe" (killed), "Among the wounded was ..." (injured)."""
    if tok.dep_ not in ("nsubj", "attr") or tok.head.lemma_ != "be":
        return None
    return next((_HARM_ADJECTIVES[o.lower_] for p in tok.head.children
                 if p.dep_ == "prep" and p.lower_ == "among"
                 for o in p.children if o.dep_ == "pobj" and o.lower_ in _HARM_ADJECTIVES), None)


def _speaker_after_a_name(m: Mention, tok: Token) -> bool:
    """Whether a name the parser hangs on another name as an apposition is the speaker
    who ends the sentence: "found Jo Doe, 37, dead in a bedroom, Lt. Ann Roe said" (two
    names, one before "said", are two people)."""
    nxt = tok.i + 1
    return m.kind == "name" and tok.i == m.root.i and tok.head.pos_ == "PROPN" \
        and tok.head.i in name_tokens(tok.doc) and nxt < len(tok.doc) \
        and tok.doc[nxt].lemma_.lower() in words("speech_verbs")


def _included_in(tok: Token) -> Token | None:
    """The group a person is said to be among: "three people, including a 4-year-old girl,
    were shot", "four were killed, including two children" (the parser hangs "including" on
    the group or on its verb: then its object, or its passive subject, or who died)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "including":
        return None
    group: Token | None = tok.head.head
    if group is not None and group.pos_ in ("VERB", "AUX"):
        by_dep = {c.dep_: c for c in group.children}
        subject = by_dep.get("nsubj")
        # (a subject that names victims or suspects is the group whatever the verb: "six
        # other victims went to a hospital, including Jo Doe")
        group = by_dep.get("dobj") or by_dep.get("nsubjpass") or (
            subject if subject is not None and (group.lemma_ == "die" or _token_role(subject) in (
                "victim", "suspect")) else None)
    return group if group is not None and group.pos_ in ("NOUN", "NUM", "PRON") else None


def _in_list_of(tok: Token, as_: Token) -> bool:
    """Whether a word is one of the list after "as": it reaches the verb through the
    list's links alone (not "according to Chief Doe", nor the subject who identified)."""
    hops = 0
    while tok.i != as_.head.i and hops < 20:
        if tok.dep_ == "pobj" and tok.head.i == as_.i:
            return True
        if tok.dep_ not in ("conj", "appos", "npadvmod", "dobj", "attr", "oprd"):
            return False
        tok = tok.head
        hops += 1
    return tok.i == as_.head.i


def _plural_antecedent(pron: Token) -> Token | None:
    """The plural person noun a plural pronoun stands for, in its sentence or the one
    before: "Four teens were shot ... They have been identified as ..."; or else the first
    such noun or pair of people the text tells of, where a report opens on what befell
    them ("A man and a woman were shot and killed ... Police identified them as ...")."""
    doc, sent = pron.doc, pron.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    nouns = [t for t in doc[start:pron.i] if t.tag_ == "NNS" and _is_person(t)
             and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")]
    if nouns:
        return nouns[-1]
    return next((t for t in doc[:pron.i] if t.dep_ in ("nsubj", "nsubjpass", "dobj") and _is_person(t)
                 and t.pos_ == "NOUN" and (t.tag_ == "NNS" or any(
                     c.dep_ == "conj" and c.pos_ == "NOUN" and _is_person(c) for c in t.children))), None)


def _last(words: list[str], word: str) -> int | None:
    """The index of a word's last occurrence in a list, if any."""
    for k in range(len(words) - 1, -1, -1):
        if words[k] == word:
            return k
    return None


def _listed_under(m: Mention) -> Token | None:
    """The noun a list after a colon, or after "identified as", spells out, when it names
    victims or suspects: "police identified five of the victims: A, 14, B, 18, and C", "the
    deceased have been identified as an adult male, A, his stepson B, ..." (the parser
    hangs such lists anywhere); for a plural pronoun identified as the list, the noun it
    stands for ("Four teens were shot ... They have been identified as A and B")."""
    doc, sent = m.span.doc, m.span.sent
    head, hops = m.root, 0
    while head.dep_ in ("conj", "appos") and hops < 12:
        head, hops = head.head, hops + 1
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        # "... released the identity of the victims. They are Jo Doe, 17, and Al Roe, 18."
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ == "they":
            return _plural_antecedent(subject)
    # the words before the mention from the token table (strings, not Token objects: this
    # runs for every mention)
    before = tokens_of(doc).lower[sent.start:m.span.start]
    colon = _last(before, ":")
    if colon is not None and colon > 0 \
            and word_role(doc[sent.start + colon - 1].lemma_) in ("victim", "suspect"):
        return doc[sent.start + colon - 1]
    where = _last(before, "as")
    as_ = doc[sent.start + where] if where is not None else None
    if as_ is None or not _in_list_of(m.root, as_):
        return None
    verb = as_.head
    while verb.dep_ in ("prep", "pobj") and verb.i != verb.head.i and as_.i - verb.i < 8:
        verb = verb.head  # "identified by his family to NBC News as Jo Doe": "as" hung on a noun
    if verb.lemma_ not in ("identify", "name"):
        return None
    for named in (c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")):
        # "one of the victims was identified as ...": the noun after "of"
        nouns = [named] + [g for p in named.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj"]
        for noun in nouns:
            if _token_role(noun) in ("victim", "suspect") or _told_by_clause(noun):
                return noun
        if named.lower_ in ("they", "them") or named.pos_ == "NUM" and any(
                c.dep_ == "det" and c.lower_ in ("the", "all") for c in named.children):
            return _plural_antecedent(named)  # "The three were identified as ..."
        if named.tag_ == "NNS" and _is_person(named) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in named.children):
            return _first_told(named)  # "Two men were killed ... identified the men as"
    return None


def _first_told(noun: Token) -> Token | None:
    """The first plural noun of the same word before a definite one ("the men" after "Two
    men were killed"), as the subject or object of a verb: the group it stands for, as a
    report names it first where it tells what befell them."""
    return next((t for t in noun.doc[:noun.sent.start] if t.tag_ == "NNS"
                 and t.lemma_ == noun.lemma_ and t.dep_ in ("nsubj", "nsubjpass", "dobj")), None)


def _told_by_clause(noun: Token) -> tuple[str, str, Token] | None:
    """The role and status a participle or a passive relative clause on a noun tells: "the
    suspects charged Tuesday", "the two killed", "the three women who were killed"; with the
    verb, for evidence."""
    for clause in noun.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in words("body_found_verbs") and any(
                r.dep_ == "nsubjpass" and r.lemma_.lower() == "body"
                and any(w.lower_ == "whose" for w in r.children) for r in clause.children):
            return "victim", "killed", clause  # "the four people whose bodies were found"
        if not (clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBD") or clause.dep_ == "relcl"
                and any(r.dep_ == "nsubjpass" and r.lower_ in ("who", "that")
                        for r in clause.children)):
            continue
        lemma = clause.lemma_.lower()
        if lemma in legal_verbs():
            return "suspect", "charged" if lemma in _verbs("charge") else "arrested", clause
        if lemma in ("shoot", "wound", "injure", "stab", "hurt", "kill", "murder", "slay",
                     "strike", "hit", "gun", "execute"):
            # "killed by police", "shot by the homeowner he tried to rob"
            role = "suspect" if _shot_by_police(clause, True) or _shot_in_defence(clause, True) \
                else "victim"
            return role, "killed" if _is_fatal([clause]) else "injured", clause
    return None


def _said_to_be_held(m: Mention, tok: Token, out: list[Cue]) -> None:
    """"The suspects charged Tuesday are Jo Doe and ...", "the man arrested was Jo Doe",
    "the two killed were Jo Doe and ...": a name said to be who a participle describes has
    the role and status it tells; so has a name said to be one of them: "Jo Doe was one of
    four teenagers who were struck by gunfire", "was among the four people whose bodies
    were found"."""
    if tok.head.lemma_ != "be":
        return
    if tok.dep_ == "attr":
        groups = [c for c in tok.head.children if c.dep_ == "nsubj"]
    elif tok.dep_ == "nsubj":
        groups = [g for a in tok.head.children if a.dep_ == "attr" and a.lower_ == "one"
                  for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
        # "Jo Doe was among the four people whose bodies were found"
        groups += _prep_objects(tok.head, ("among",))
    else:
        return
    for group in groups:
        told = _told_by_clause(group)
        if told is not None:
            role, status, clause = told
            out.append(Cue("role", role, m, clause))
            out.append(Cue("status", status, m, clause))


def _in_condition(verb: Token) -> bool:
    """Whether a verb has "in (critical, stable, ...) condition" hanging from it."""
    return any(o.lemma_ == "condition" and any(a.lower_ in _conditions() for a in o.children)
               for o in _prep_objects(verb, ("in",)))


def _in_hospital(verb: Token) -> bool:
    """Whether a verb has "in (the) hospital" or "in a hospital bed" hanging from it."""
    return any(o.lemma_ == "hospital" or any(c.dep_ == "compound" and c.lemma_ == "hospital"
                                             for c in o.children)
               for o in _prep_objects(verb, ("in",)))


def _set_off(clause: Token) -> bool:
    """Whether a relative clause follows a comma (it describes, rather than defines, its noun)."""
    first = clause.left_edge
    return first.i > 0 and first.doc[first.i - 1].text == ","


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the given prepositions hanging from a word: "into custody", "with
    a gunshot wound", "as Jo Doe"."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]


def _held(verb: Token, dep: str) -> bool:
    """Whether "hold" tells an arrest: "was held without bail", "police are holding the man",
    "held in the county jail on a murder charge" (not "holding his son as he died", "was held
    at gunpoint", "held hostage")."""
    told = {t.lower_ for t in verb.subtree}
    if told & words("held_not_words"):
        return False
    if dep == "nsubjpass":
        return True
    return bool(told & words("held_words")) or any(
        c.dep_ == "nsubj" and _is_police(c) for c in verb.children)


def _in_custody(verb: Token) -> bool:
    """Whether a verb is put "into custody" or "in custody" (or jail), or "under arrest"
    (also as the second of joined phrases: "in stable condition and under arrest")."""
    preps = [p for p in verb.children if p.dep_ == "prep"]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    for p in preps:
        objects = [o.lower_ for o in p.children if o.dep_ == "pobj"]
        if p.lower_ in ("into", "in") and any(o in words("custody_words") for o in objects) \
                or p.lower_ == "under" and "arrest" in objects:
            return True
    return False


def _with_wounds(tok: Token) -> bool:
    """Whether a word has "with (a) gunshot wound(s)" or "with injuries" hanging from it."""
    return any(o.lemma_.lower() in words("wound_nouns") for o in _prep_objects(tok, ("with",)))


def _found_with_the_last(m: Mention, tok: Token, out: list[Cue]) -> None:
    """ "Police found Ann Roe, 22, and Jo Doe, 21, fatally shot": the parser may end the
    list at the first name and make the last the subject of a clause of its own ("Jo Doe
    ... fatally shot"); the first found shares the last's harm."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in ("find", "leave"):
        return
    doc = tok.doc
    for clause in (c for c in verb.conjuncts if c.i > tok.i and c.tag_ == "VBN"
                   and c.lemma_.lower() in harm_verbs() and not _is_passive(c)):
        last = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                     and c.i > tok.i and doc[c.left_edge.i - 1].lower_ == "and"), None)
        if last is not None:
            out.append(Cue("role", "victim", m, clause, strong=False))
            out.append(Cue("status", "killed" if _is_fatal([clause]) else "injured", m, clause))


def _participle_cues(m: Mention, noun: Token, out: list[Cue]) -> None:
    """Cues of a participle that qualifies the person: "a man shot in the leg", "a woman
    wounded in the attack", "a victim suffering from a gunshot wound"."""
    wounds = words("wound_nouns")
    if _with_wounds(noun):  # "a man with a gunshot wound was found"
        _weak_hurt(out, m, noun)
    for clause in (c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"):
        lemma = clause.lemma_.lower()
        # (a gun "fired": no person's harm; "a man robbed at gunpoint": a victim, no wound)
        if clause.tag_ == "VBN" and lemma in harm_verbs() and lemma != "fire":
            # "a man shot by a deputy": the archive's suspect
            role = "suspect" if _shot_by_police(clause, True) or _shot_in_defence(clause, True) \
                else "victim"
            out.append(Cue("role", role, m, clause, strong=False))
            if lemma not in words("harm_told_no_wound"):
                out.append(Cue("status", "killed" if _is_fatal([clause]) else "injured", m, clause))
        elif lemma in ("find", "discover") and (state := _found_state(clause)):
            out.append(Cue("role", "victim", m, clause, strong=False))  # "the man found shot"
            out.append(Cue("status", state, m, clause))
        elif lemma in ("suffer", "sustain") and any(t.lemma_.lower() in wounds for t in clause.subtree) \
                or _with_wounds(clause):  # "a woman lying in the street with gunshot wounds"
            fatal = any(t.lower_ in words("fatal_words") for t in clause.subtree)
            out.append(Cue("role", "victim", m, clause, strong=False))
            out.append(Cue("status", "killed" if fatal else "injured", m, clause))


def _found_state(found: Token) -> str | None:
    """The harm a person was found in, told by a participle on them: "found shot and
    killed" (killed), "found dead", "found shot" (injured), or None."""
    states = [c for c in found.children if c.dep_ in ("xcomp", "oprd", "ccomp", "acomp")]
    if any(c.lower_ in _DEAD_WORDS for c in states):
        return "killed"
    harmed = [c for c in states if c.lemma_.lower() in harm_verbs() and c.tag_ in ("VBN", "VBD")]
    if not harmed:
        return None
    return "killed" if _is_fatal(_verb_group(harmed[0])) else "injured"


def override_witness(text: str) -> bool:
    """Whether a stretch of text says a suspect is now a witness / will face no action."""
    t = text.lower()
    return any(p in t for p in words("witness_override"))


def decide_role(cues: list[Cue], later_witness: bool) -> str:
    """The role the cues support; a later explicit 'witness, not suspect' wins."""
    roles = [c for c in cues if c.kind == "role"]
    if not roles:
        return "other"
    strong = {c.value for c in roles if c.strong}
    weak = {c.value for c in roles}
    if "suspect" in strong:
        if later_witness:
            # "no longer a suspect ... was critically injured": one cleared who was hurt is
            # a victim of it
            return "victim" if "victim" in strong else "witness"
        return "suspect"
    if "victim" in strong:
        return "victim"
    harmed = any(c.kind == "status" and c.value in ("killed", "injured") for c in cues)
    if harmed and "victim" in weak and "suspect" not in weak:
        return "victim"  # "he was shot": a titled person hurt is a victim, not an official
    for role in ("lawyer", "official", "suspect", "victim", "relative", "witness"):
        if role in weak:
            return role
    return "other"
