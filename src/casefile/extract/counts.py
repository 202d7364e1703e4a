"""How many were killed and injured, and by what means: counts of people, not of mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from casefile.extract.pipeline import text_of
from casefile.extract.tokens import tokens_of
from casefile.lexicons import lexicon, methods, words
from casefile.models import Participant

_GROUP_NOUNS = {"people", "persons", "men", "women", "teens", "teenagers", "boys", "girls",
                "victims", "others", "children", "adults", "students", "officers", "males",
                "females", "individuals", "juveniles", "kids", "brothers", "sisters", "residents",
                "bystanders", "friends", "customers", "members", "youths", "relatives"}
# The key under which the participants' rules keep, in the Doc's token table, the start
# tokens of the sentences that tell of other incidents (see digressions.py).
DIGRESSIONS = "digression_sentences"
_MULTIPLIER = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
# Nouns whose "of" names the whole number, not a part: "a total of nine hurt"
_TOTALS = ("total", "number", "group")
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


@dataclass
class Statement:
    """One stated number of people: "four teens were shot" -> ("shot", 4, start)."""

    kind: str  # "killed", "injured" or "shot" (hurt, killed included)
    n: int
    start: int  # character offset, so the lede can be preferred
    listed: bool = False  # people listed one by one, not a number: at least so many
    # the dead are those someone killed ("the gunman killed three"): the killer not among them
    by_killer: bool = False


_HURT_VERBS = {"shoot", "stab", "strike", "hit", "wound", "injure", "hurt", "hospitalize"}
_INJURED_VERBS = {"wound", "injure", "hurt", "hospitalize"}
_DEAD = {"dead", "killed", "slain"}
_HURT_ADJ = {"injured", "wounded", "hurt", "hospitalized", "hospitalised", "shot"}


# "... killed two people and then himself", "... left seven dead before the gunman killed himself"
_AND_SELF = re.compile(r"\b(?:then|and|before|after)\b.{0,40}\b(?:himself|herself)\b", re.IGNORECASE)


@cache
def _self_death() -> re.Pattern[str]:
    """The killer's own death told beside the count of the dead: "... then himself", "by a
    man who later shot himself", "before taking his own life" (not "murder-suicide", which
    often names the total)."""
    phrases = [w for w in words("self_inflicted_death") if "suicide" not in w]
    alt = "|".join(re.escape(w) for w in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt}|(?:shot|shooting|killing|shoots|kills)\s+(?:himself|herself)"
                      rf"|self-inflicted|(?:his|her)\s+own\s+life)\b", re.IGNORECASE)


def _killer_died_too(noun: Token) -> bool:
    """Whether the sentence counting the dead says their killer died by his own hand too,
    and the number is not a total ("left five dead, including the gunman")."""
    text = noun.sent.text
    if _AND_SELF.search(text):
        return True
    doc = noun.doc
    total = "including" in text.lower() or noun.head.lemma_ == "leave" or any(
        t.lower_ in ("all", "both") for t in doc[max(noun.i - 2, 0):noun.i + 1])  # "all three"
    return bool(_self_death().search(text)) and not total


_YEARS_OLD = re.compile(r"(?:y/o|yrs?|yo)(?![a-z])")


def _is_age(tok: Token) -> bool:
    """A number that is an age or a span of time: "19-year-old", "15 years", "16yo"."""
    # Read from the token table: building Tokens and Spans for each neighbour of each
    # number was a noticeable share of the counts' time.
    table = tokens_of(tok.doc)
    lower, text, ent = table.lower, table.text, table.ent_type
    i, n = tok.i, len(lower)
    nxt = lower[i + 1: i + 3]
    if nxt and nxt[0] in ("year", "years", "yo", "month", "months", "week", "weeks", "day",
                          "days", "hour", "hours", "minute", "minutes", "times", "rounds",
                          "shots", "counts", "%", "percent"):
        return True
    if len(nxt) == 2 and nxt[0] == "-" and nxt[1] in ("year", "month", "week", "day"):
        return True
    if _YEARS_OLD.match("".join(text[i + 1: i + 4]).replace(" ", "").lower()):
        return True  # "a 25 y/o man"; not "four young people"
    before = lower[max(i - 2, 0): i]
    after = lower[i + 3] if i + 3 < n else ""
    if text[i].isdigit() and (
            before[-1:] in (["image"], ["photo"], ["slide"], ["/"]) or nxt[:1] == ["/"]
            or nxt[:1] == ["of"] and i + 2 < n and text[i + 2].isdigit()
            and after not in _persons()
            or before[-1:] == ["of"] and len(before) == 2 and text[i - 2].isdigit()
            and nxt[:1] != [] and nxt[0] not in _persons()):
        return True  # a gallery's counter, not people: "Image 8 of 8", "1 / 5"
    if before[-1:] in (["ages"], ["age"], ["aged"]) or before == ["younger", "than"] \
            or before == ["older", "than"]:
        return True  # "ages 14 and 16", "a boy younger than 12"
    if i >= 2 and text[i - 1] == "," and (
            ent[i - 2] == "PERSON" or lower[i - 2] in _persons()) \
            and not (nxt and (nxt[0] in _persons() or nxt[0] in ("other", "others", "more"))):
        return True  # "Jon Doe, 26 was shot", "a man, 45, was hurt"; not "police, three people"
    return tok.head.lower_ in ("year", "years", "month", "months", "aged", "age")


def _negated(tok: Token) -> bool:
    """A number that says nobody: "no one was injured", "not one person"."""
    before = tok.doc[tok.i - 1].lower_ if tok.i else ""
    return before in ("no", "not") or any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not")
                                          for c in tok.children)


@cache
def _persons() -> frozenset[str]:
    """Nouns a number of people may count: "four teens", "three partygoers", "two deputies"
    (the person nouns of the lexicon and their plurals)."""
    nouns = _GROUP_NOUNS | set(words("person_nouns")) | set(words("victim_nouns")) \
        | set(words("count_people_nouns"))
    plurals = {w + "s" for w in nouns} | {w[:-1] + "ies" for w in nouns if w.endswith("y")}
    return frozenset(nouns | plurals)


def _harm_word(tok: Token) -> str | None:
    """The harm a single adjective or participle names: "dead" -> killed, "wounded" -> injured."""
    if tok.lower_ in _DEAD:
        return "killed"
    if tok.lower_ in _HURT_ADJ:
        return "shot" if tok.lower_ == "shot" else "injured"
    return None


def _verb_kind(verb: Token) -> str | None:
    """What a verb governing a number of people says happened to them."""
    if _fired_at(verb):
        return None
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
            kind = None if _fired_at(c) else _harm_word(c)
            if kind and c.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "advcl", "amod", "attr"):
                if kind != "killed" and any(g.lower_ in ("dead", "fatally") for g in c.children):
                    return "killed"  # "found shot dead"
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


def _fired_at(verb: Token) -> bool:
    """Whether people were only fired at, not hit: "a pickup and its two riders were shot at"
    (an "at" left without its object)."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and not any(True for _ in c.children)
               for c in verb.children)


def _one_more(tok: Token) -> str | None:
    """What happened to one more person named by "another" or "a fourth" alone: "one man
    was killed and another was wounded", "three were killed and a fourth injured"."""
    if tok.lower_ != "another" and not any(c.dep_ == "det" and c.lower_ in ("a", "the", "another")
                                           for c in tok.children):
        return None
    if tok.dep_ == "conj" and _in_condition(tok):
        return "injured"  # "four are dead and another in critical condition": the verb left out
    verb = tok.head
    if tok.dep_ not in ("nsubjpass", "dobj", "nsubj") or verb.pos_ != "VERB" or any(
            c.dep_ == "neg" for c in verb.children):
        return None
    care = _care_kind(verb, tok.dep_)  # "another man suffered a gunshot wound"
    if tok.dep_ == "nsubj" and not _bare_participle(verb) and not care:
        return None
    kind = care or _verb_kind(verb)
    return "injured" if kind == "shot" else kind  # one more than those counted: not the dead


def _nth_person(tok: Token, k: int, persons: frozenset[str]) -> Statement | None:
    """At least k people hurt when the k-th one is said to be: "a fifth victim was taken to
    hospital", "a fourth man suffered a gunshot wound", "the third man survived" (they
    were shot, killed or not: the dead are told apart by the other counts)."""
    noun = tok.head
    if tok.dep_ != "amod" or noun.lower_ not in persons or not any(
            c.dep_ == "det" and c.lower_ in ("a", "the") for c in noun.children):
        return None
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lemma_ in ("survive", "recover"):
        kind: str | None = "shot"
    elif noun.dep_ == "nsubj" and verb.lemma_ not in ("die", "be", "remain", "suffer", "succumb",
                                                      "sustain") and not _bare_participle(verb):
        kind = _care_kind(verb, noun.dep_)  # "a third man arrived at a hospital"; not "shot him"
    else:
        kind = _care_kind(verb, noun.dep_) or _verb_kind(verb) or _condition(verb)
    if kind == "killed" and verb.lemma_ in ("die", "succumb"):
        return Statement("killed", k, noun.idx)  # "a third victim has died": k dead at least
    return Statement("shot", k, noun.idx) if kind else None


def _condition(verb: Token) -> str | None:
    """A person's state in hospital: "remained in critical condition", "is in stable condition"."""
    if verb.lemma_ not in ("be", "remain", "list"):
        return None
    return "shot" if _in_condition(verb) else None


def _in_condition(verb: Token) -> bool:
    """Whether a verb tells the state its people are in: "is in stable condition", "were
    taken to a hospital in fair condition" (the parser may hang it on the hospital)."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [p for c in preps for o in c.children if o.dep_ == "pobj"
              for p in o.children if p.dep_ == "prep"]
    return any(c.lower_ == "in" and any(g.lower_ == "condition" for g in c.children) for c in preps)


def _event_of(noun: Token) -> str | None:
    """What an event noun says of the people it is "of": "the deaths of four women"
    (killed), "the shooting of three men" (hurt)."""
    prep = noun.head
    if prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    event = prep.head.lemma_.lower()
    if event in words("count_death_nouns"):
        return "killed"
    if event in words("count_shooting_nouns"):
        return "shot"
    return None


def _also(noun: Token) -> bool:
    """Whether the verb of a (possibly coordinated) noun says "also": "a woman and two
    other men were also shot"."""
    while noun.dep_ == "conj":
        noun = noun.head
    return any(c.lower_ == "also" for c in noun.head.children)


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary, whose "subject" is the people it was done to:
    "leaving one dead and a dozen others wounded" (the parser may take it for a past tense
    with a subject; one with an object, or shooting "at" someone, is a past tense)."""
    return verb.tag_ in ("VBN", "VBD") and verb.lemma_ in _HURT_VERBS | {"kill"} and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "obj") or c.dep_ == "prep" and c.lower_ == "at"
        for c in verb.children)


def _care_kind(verb: Token, dep: str) -> str | None:
    """What taking people to hospital or their wounds say of them: "four others suffered
    injuries" (injured), "two victims were taken to a hospital", "three people arrived at
    hospitals with gunshot wounds" (hurt, maybe to die there)."""
    lemma = verb.lemma_.lower()
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
            return "injured" if _in_condition(verb) else "shot"
        if any(c.dep_ == "prep" and c.lower_ == "with" and any(
                g.lemma_.lower() in words("count_wound_nouns") for g in c.subtree) for c in verb.children):
            return "shot"  # "arrived with gunshot wounds"
    return None


_RELATIVE = {"who", "that", "which"}


def _said_of_them(relcl: Token) -> bool:
    """Whether a relative clause tells what happened to the people it hangs on: "who were
    shot", "who died"; not "who shot him", where they did it."""
    for c in relcl.children:
        if c.lower_ in _RELATIVE and (
                c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and relcl.lemma_ in ("die", "succumb")):
            return True
    return False


def _group_size(noun: Token, numbers: dict[int, int]) -> int:
    """The number of people a (possibly coordinated) noun phrase names: "Doe and four others"."""
    members = [noun] + [c for c in noun.children if c.dep_ == "conj"]
    members += [g for c in members[1:] for g in c.children if g.dep_ == "conj"]
    total, counted = 0, False
    for m in members:
        n = numbers.get(m.i)
        if n is None:
            n = next((numbers[c.i] for c in m.children if c.dep_ == "nummod" and c.i in numbers), None)
        if n is not None:
            total += n
            counted = True
        elif m.pos_ == "PROPN" or m.lower_ in _persons() or m.lower_ in _PERSON_PRONOUNS:
            total += 1  # "Doe and four others", "she and three others"
    return total if counted else 0


def statements(doc: Doc) -> list[Statement]:
    """Every number of people killed, hurt or shot that the text states, in text order.

    Found once per Doc (the counts and the role model's features all read them)."""
    return list(tokens_of(doc).memo("count_statements", lambda _: _statements(doc)))


def _statements(doc: Doc) -> list[Statement]:
    out: list[Statement] = []
    persons = _persons()
    numbers: dict[int, int] = {}
    table = tokens_of(doc)  # only words that can be numbers (see _number) are read
    number_words = lexicon()["number_words"]
    for tok in table.tokens(table.where(lambda w: w in number_words or w.isdigit())):
        if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"):
            continue
        n = _number(tok)
        if n is not None and not _is_age(tok) and not _negated(tok) and tok.lower_ not in (
                "a", "an", "single", "double", "triple", "quadruple"):
            numbers[tok.i] = n
    seen: set[int] = set()
    ordinals = words("ordinal_words")
    for tok in table.tokens([i for i, w in enumerate(table.lower)
                             if w == "another" or w in ordinals or w in _MULTIPLIER or i in numbers]):
        if tok.lower_ == "another" and tok.dep_ == "det" and _harm_word(tok.head):
            out.append(Statement(_harm_word(tok.head) or "", 1, tok.idx))  # "another wounded"
            continue
        if tok.lower_ == "another" and tok.dep_ == "det" and tok.head.lower_ in persons \
                and tok.head.dep_ != "dobj":  # "shot another man": other than the shooter
            one = _one_more(tok.head)
            if one:
                # "another man was shot in the arm": one more at least, as a list says
                out.append(Statement(one, 1, tok.idx, listed=True))
            continue
        if tok.lower_ == "another" or tok.lower_ in ordinals:
            one = _one_more(tok)
            if one:
                out.append(Statement(one, 1, tok.idx))
            elif tok.lower_ in ordinals:
                nth = _nth_person(tok, lexicon()["ordinal_words"].index(tok.lower_) + 2, persons)
                if nth:
                    out.append(nth)
            continue
        if tok.lower_ in _MULTIPLIER and tok.head.lower_ in _MULTI_EVENT:
            n = _MULTIPLIER[tok.lower_]
            event_word = tok.head.lower_
            event = "killed" if event_word in ("homicide", "murder", "murders", "killing", "slaying") else "shot"
            out.append(Statement(event, n, tok.idx))
            continue
        if tok.i not in numbers:
            continue
        n = numbers[tok.i]
        # The noun the number counts: "four teens", or the number itself ("two were shot").
        both = tok.lower_ == "both" and tok.dep_ in ("det", "predet")  # "both passengers"
        if (tok.dep_ == "nummod" or both) and tok.head.lower_ in persons:
            noun = tok.head
        elif tok.dep_ == "nummod" or both:
            continue  # "eight shell casings", "two vans"
        else:
            noun = tok
        if noun.i in seen:
            continue
        seen.add(noun.i)
        other = any(c.lower_ in ("other", "more", "additional") for c in noun.children) or \
            noun.lower_ == "others"
        kind: str | None = None
        care: str | None = None
        size = n
        # "two people dead", "four women wounded", "one man dead and another wounded".
        for c in noun.children:
            if c.dep_ == "acl" and c.pos_ == "VERB":
                kind = _verb_kind(c) or _harm_word(c)  # "three men shot and killed last week"
            elif c.dep_ == "relcl" and _said_of_them(c):
                kind = _verb_kind(c)  # "among the nine residents who were hurt"
            elif c.dep_ in ("amod", "acomp", "oprd", "appos") and _harm_word(c):
                kind = _harm_word(c)
            elif c.lower_ == "fatally" or c.dep_ == "prep" and c.lower_ == "of" and (
                    any(g.lower_ == "fatally" for g in c.children)
                    or any(g.lower_ == "fatally" for g in noun.head.children)):
                kind = "killed"  # "one of them fatally"
            if kind:
                break
        if kind is None and noun.dep_ == "conj" and _in_condition(noun):
            kind = "injured"  # "three dead and two in serious condition": the verb left out
        if kind is None:
            partitive = any(c.lower_ == "of" for c in noun.children)
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _TOTALS:
                noun = noun.head.head  # "a total of 12 people were shot"
            head = noun
            if noun.dep_ == "conj":
                while head.dep_ == "conj":
                    head = head.head
                size = _group_size(head, numbers) or n
            elif noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
                size = _group_size(noun, numbers) or n
            if head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.pos_ in ("VERB", "AUX"):
                verb = head.head
                hung = verb.dep_ == "auxpass" and verb.head.pos_ == "VERB"
                if hung:
                    verb = verb.head  # "seven men remained hospitalized": hung on "remained"
                if any(c.dep_ == "neg" for c in verb.children):
                    continue  # "two men and a girl were not injured"
                # "one of the victims was taken to hospital" says nothing of the others
                care = None if partitive else _care_kind(verb, head.dep_)
                kind = care
                if kind is None and head.dep_ == "nsubj" and verb.lemma_ not in (
                        "die", "be", "remain", "suffer", "succumb") and not _bare_participle(verb) \
                        and not hung:
                    continue
                # "two others are in critical condition": alive and hurt
                kind = kind or _verb_kind(verb) or ("injured" if _condition(verb) else None)
                if kind is None and head.dep_ == "dobj" and verb.lemma_ in ("leave", "send"):
                    after = doc[head.i + 1] if head.i + 1 < len(doc) else head
                    if any(_harm_word(c) == "killed" for c in list(verb.children) + list(head.children)):
                        kind = "killed"  # "left three dead"
                    elif _harm_word(after) and after.dep_ != "dobj":
                        kind = _harm_word(after)  # "left 17 people wounded", the parse astray
                    elif any(c.lower_ == "to" and any(g.lower_ in ("hospital", "hospitals")
                                                      for g in c.subtree) for c in verb.children):
                        kind = "shot"  # "sent five people to the hospital"
            elif head.dep_ == "pobj":
                kind = _event_of(head)
                size = _group_size(head, numbers) or n
        if kind is None and noun.dep_ == "nsubj" and noun.head.lower_ in _DEAD:
            kind = "killed"  # "three people hurt, one of them already dead"
        if kind is None:
            continue
        if kind == "injured" and not other and _some_died(noun):
            kind = "shot"  # "four were wounded, one of them fatally": the dead among the four
        if kind == "shot" and other and (size == n or _also(noun)):
            # "three other victims were shot": besides the dead; so are "a woman and two
            # other men were also shot", while in "Doe and four others were shot" Doe may be
            kind = "injured"
        by_killer = False
        if kind == "killed" and _killer_died_too(noun):
            size += 1  # "killed two people and then himself": the gunman is dead too
        elif kind == "killed":
            by_killer = _killed_by_someone(noun)
        out.append(Statement(kind, size, noun.idx if noun.i < tok.i else tok.idx,
                             by_killer=by_killer))
    out += _listed_people(doc, persons, seen)
    out.sort(key=lambda s: s.start)
    return out


def _some_died(noun: Token) -> bool:
    """Whether the sentence of a number says that some "of them" died: "four were wounded,
    one of them fatally", "... one of them already dead"."""
    for t in noun.sent:
        if t.lower_ != "of" or t.dep_ != "prep" or t.head.i == noun.i or not any(
                g.lower_ in ("them", "those", "whom") for g in t.children):
            continue
        some = t.head
        if any(c.lower_ == "fatally" for c in some.children) or some.head.lower_ in _DEAD \
                or some.head.lemma_ == "die":
            return True
    return False


_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_MODALS = {"would", "could", "might", "may", "will", "can", "should"}


def _listed_people(doc: Doc, persons: frozenset[str], seen: set[int]) -> list[Statement]:
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
                or lower[i] in _PERSON_PRONOUNS):
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
    return out


_LIST_DEPS = ("nsubjpass", "nsubj", "dobj")


def _listed(verb: Token, dep: str, heads: list[Token], persons: frozenset[str]) -> Statement | None:
    """What a list of people that are one argument of a verb says happened to them."""
    def person(m: Token) -> bool:
        return m.pos_ == "PROPN" and m.ent_type_ == "PERSON" or m.lower_ in persons \
            or m.lower_ in _PERSON_PRONOUNS

    # a dateline the parser hangs on the verb too is no member: "CITY, St. -- A father and
    # his daughter were found dead"
    members = [h for h in heads if person(h)]
    first = len(members)
    for m in list(members):
        members += [c for c in m.children if c.dep_ == "conj"]
    members += [g for c in members[first:] for g in c.children if g.dep_ == "conj"]
    # "and" lists people; "or" does not ("would hurt her or her son")
    if len(members) < 2 or not any(c.dep_ == "cc" and c.lower_ in ("and", "&")
                                   for m in members for c in m.children):
        return None
    if not all(person(m) for m in members):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "Davis and her brother were not injured"
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return None
    if dep == "nsubj":
        # "Smith and Jones died", "... were dead"; not "were at the park when he shot himself"
        if verb.lemma_ in ("die", "succumb", "perish"):
            kind: str | None = "killed"
        elif verb.lemma_ in ("be", "remain"):
            kind = next((_harm_word(c) for c in verb.children
                         if c.dep_ in ("acomp", "attr") and _harm_word(c)), None)
        else:
            kind = _care_kind(verb, dep)  # "Doe and his son, both recovering from wounds"
            if kind != "injured":
                return None
    else:
        kind = _verb_kind(verb) or _care_kind(verb, dep)  # "she and her son were taken to a hospital"
    if not kind:
        return None
    n = len(members)
    if kind == "killed" and _AND_SELF.search(verb.sent.text):
        n += 1  # "killed his wife and her son, then himself"
        return Statement(kind, n, heads[0].idx, listed=True)
    return Statement(kind, n, heads[0].idx, listed=True,
                     by_killer=kind == "killed" and _killed_by_someone(heads[0]))


def _killed_by_someone(noun: Token) -> bool:
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
    if subject is not None and subject.lower_ in _RELATIVE:
        subject = verb.head
    if subject is None or subject.lemma_.lower() in words("police_shooters"):
        return False  # "officers killed two": suspects, most likely, not their victims
    return (subject.ent_type_ == "PERSON" or subject.lower_ in _persons()
            or subject.lower_ in _PERSON_PRONOUNS or subject.lemma_.lower() in words("suspect_nouns"))


def count_statements(doc: Doc) -> Counts:
    """Numbers the text states of its incident: "four teens were shot", "two dead", "a
    triple shooting" (not those of several incidents, see _own_incident)."""
    return _tally(_own_incident(doc, statements(doc)), listed=False)


def listed_counts(doc: Doc) -> Counts:
    """People the text lists one by one as killed or hurt ("Smith and another teen were
    shot"): lower bounds, as a list may leave some out."""
    return _tally(_own_incident(doc, statements(doc)), listed=True)


def _tally(found: list[Statement], listed: bool) -> Counts:
    counts = Counts()
    for s in found:
        if s.listed == listed:
            setattr(counts, s.kind, max(getattr(counts, s.kind), s.n))
    return counts


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


def headline_floor(title: str) -> Counts:
    """At least one killed / injured when the headline says so ("Man dies after shooting").

    Headlines name the outcome in a few words and are rarely about another incident, while
    the body may be mostly page furniture; numbers in them are often ages, so only the
    floor of one is taken.
    """
    floor = Counts()
    if _says(title, "headline_killed"):
        floor.killed = 1
    if _says(_DIED_OF.sub(" ", title), "headline_injured"):
        floor.injured = 1
    elif _says(title, "headline_shot"):
        floor.shot = 1  # someone was hurt; injured only if nobody was killed
    return floor


def headline_one_dead(title: str) -> bool:
    """Whether a headline says one person died: "Man dies after shooting", "Teen, 17,
    shot dead". A singular person noun among its first words, no second person ("and",
    "then himself", a number of people above one, a plural) and a word of death."""
    if not _says(title, "headline_killed") or _nth_death().search(title):
        return False  # "Third victim dies": not the only death
    return _of_one_person(title)


def headline_one_hurt(title: str) -> bool:
    """Whether a headline tells of one person and of a shooting or an injury, and of no
    death: "Girl, 9, wounds herself", "Teen hurt in Main Street gunfire"."""
    if _says(title, "headline_killed"):
        return False
    return (_says(title, "headline_injured") or _says(title, "headline_shot")) and _of_one_person(title)


def _of_one_person(title: str) -> bool:
    """A singular person noun among a headline's first words, and no second person ("and",
    "then himself", a number of people above one, a plural)."""
    tokens = re.findall(r"[\w'-]+|[&,]", title.lower())
    numbers = lexicon()["number_words"]
    if any(t in _MORE_THAN_ONE or t in _GROUP_NOUNS or numbers.get(t, 0) > 1
           or t.isdigit() and 1 < int(t) < 10 and not (i and tokens[i - 1] == ",")  # "Boy, 9,"
           for i, t in enumerate(tokens)):
        return False
    singular = words("person_nouns")
    person = [t in singular or bool(_AGED.fullmatch(t)) for t in tokens]
    if any(person[i] and tokens[i + 1] == "," and not tokens[i + 2][:1].isdigit()
           for i in range(len(tokens) - 2)):
        return False  # "Toddler, man killed", "Mother, father, toddler dead": a list
    return any(person[:4])


# "15-year-old", "four-year-old", "10-month-old": one person
_AGED = re.compile(r"(?:\d+|[a-z]+)-(?:year|month|week|day)s?-old")
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
    return (tokens[i] in singular or bool(re.fullmatch(r"\d+-year-old", tokens[i]))) and (
        i == 0 or tokens[i - 1] in ("a", "an", ",", "and", ":")
        or tokens[i - 1] in words("count_headline_list_openers"))


# Words after a number that say it counts no people: "shoots 3 times", "kills 2 dogs".
_NOT_PEOPLE = {"times", "rounds", "shots", "bullets", "dogs", "dog", "years", "months", "days",
               "hours", "minutes", "weeks"}


def _verb_before(tokens: list[str], i: int) -> str | None:
    """The harm an active verb right before a headline's number says: "kills 2" -> killed,
    "fatally shoots 1" -> killed, "wounding 3" -> injured."""
    if not i:
        return None
    kind = lexicon()["count_headline_verbs"].get(tokens[i - 1])
    if kind is None and i >= 2 and tokens[i - 2] in ("that", "which", "who"):
        kind = _HEADLINE_HARM.get(tokens[i - 1])  # "shooting that injured 7": a past tense
    if kind == "shot" and i >= 2 and tokens[i - 2] == "fatally":
        return "killed"
    return kind


def headline_counts(title: str) -> Counts:
    """Numbers of people a headline states: "2 killed, 3 hurt", "Four men shot near ...".

    A number right before a harm word, with at most a few people words between; ages
    ("2-year-old"), and numbers after "of" ("father of 5") are not counts.
    """
    counts = Counts()
    tokens = re.findall(r"[\w'-]+|[^\w\s]", title.lower())
    allowed = _persons() | set(words("count_modifiers"))
    pending = 0  # the numbers of a list waiting for its harm word
    killer = 0  # the number an active verb says someone killed ("kills 2"): not a total
    for i, tok in enumerate(tokens):
        n = int(tok) if tok.isdigit() else lexicon()["number_words"].get(tok)
        if not n or not 0 < n < 100 or tok in ("a", "an", "single", "double", "triple",
                                                 "quadruple"):
            continue
        if i and tokens[i - 1] in ("of", "for", "at", "since", "in", "$", "no"):
            continue
        j = i + 1
        while j < len(tokens) and j - i <= 3 and tokens[j] in allowed:
            j += 1
        verb = _verb_before(tokens, i)
        if verb and (j == len(tokens) or tokens[j] not in _NOT_PEOPLE):
            # "Gunman kills 2, wounds 3", "Man fatally shoots 1": the number is of the harmed
            setattr(counts, verb, max(getattr(counts, verb), n))
            if verb == "killed":
                killer = max(killer, n)
            pending = 0
            continue
        if j < len(tokens) and tokens[j] in ("are", "were", "is", "was", "have", "been", "found"):
            j += 1
        if j < len(tokens) and tokens[j] in (",", "and") and j + 1 < len(tokens):
            # "2 adults, 1 child dead", "10 women, 7 men wounded": count the whole list.
            pending += n
            continue
        if j < len(tokens) and tokens[j] in _HEADLINE_HARM:
            kind = _HEADLINE_HARM[tokens[j]]
            if kind == "shot" and tokens[j + 1: j + 2] in (["dead"], ["to"]):
                kind = "killed"  # "4 found shot dead", "shot to death"
            if kind == "shot" and any(t in ("other", "others", "more") for t in tokens[i:j]):
                kind = "injured"
            if i and tokens[i - 1] in (",", "and"):
                n += pending
                if not pending and (kind != "killed" or tokens[i - 1] == "and") and i >= 2 \
                        and _one_person(tokens, i - 2):
                    n += 1  # "Teen, 3 adults shot", "Woman and 2 children wounded"
            setattr(counts, kind, max(getattr(counts, kind), n))
        pending = 0
    if counts.killed and "including" not in tokens and (
            _HEADLINE_SELF.search(title) or killer == counts.killed and _self_death().search(title)):
        # "Man kills 2, then himself", "7 slain by gunman who then killed himself": those
        # he killed, and the killer
        counts.killed += 1
    multiple = _HEADLINE_MULTIPLE.search(title)
    if multiple and not counts.killed:
        # "quadruple murder", "double fatal shooting"; "double murder-suicide" is three dead
        counts.killed = _MULTIPLIER[multiple[1].lower()] + (1 if multiple[2] else 0)
    nth = _nth_death().search(title)
    if nth:
        # "Third victim dies after ...": the dead are at least as many as its rank
        counts.killed = max(counts.killed, _rank(nth[1]))
    shot = _HEADLINE_MULTIPLE_SHOT.search(title)
    if shot:
        # "triple shooting": three people hurt, the dead among them
        counts.shot = max(counts.shot, _MULTIPLIER[shot[1].lower()])
    return counts


_HEADLINE_MULTIPLE = re.compile(
    r"\b(double|triple|quadruple|quintuple)[\s-]+(?:fatal[\s-]+shooting|homicides?|murders?|slayings?"
    r"|killings?)\b(?:\s+and)?([\s-]+suicide\b)?", re.IGNORECASE)


# Not "double shooting-suicide" (the shooter besides the two) nor "double fatal shooting"
_HEADLINE_MULTIPLE_SHOT = re.compile(
    r"\b(double|triple|quadruple|quintuple)[\s-]+(?:shootings?|stabbings?)\b(?![\s-]+suicide)",
    re.IGNORECASE)


@cache
def _nth_death() -> re.Pattern[str]:
    """A headline's k-th person dying: "Fourth victim dies", "2nd teen has died" (not "Third
    man held over death of ...", nor "Second death at ...", a count of incidents)."""
    ordinals = _alt(words("ordinal_words"))
    people = _alt(sorted(_persons() | {"person"}, key=len, reverse=True))
    return re.compile(rf"\b({ordinals}|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?(?:{people})"
                      rf"\s+(?:dies|died|has\s+died|succumbs)\b", re.IGNORECASE)


def _rank(ordinal: str) -> int:
    """2 for "second" or "2nd"."""
    digits = ordinal[:-2]
    return int(digits) if digits.isdigit() else lexicon()["ordinal_words"].index(ordinal.lower()) + 2


_HEADLINE_SELF = re.compile(r"\b(?:then|and|before)\b.{0,30}\b(?:himself|herself|self)\b",
                            re.IGNORECASE)


_ANOTHER = re.compile(r"^(another|other|a second|the second|a third|the third)\b", re.IGNORECASE)


def _people_killed(people: list[Participant]) -> int:
    """The dead among victims and suspects, each counted once: a dead person known only by
    a description ("the victim", "a 3-year-old girl") that did not join a named one is
    counted only when none of the named dead has their role, and then once for each role
    (a described victim and a described suspect are two)."""
    dead = [p for p in people if "killed" in p.status]
    named = sum(1 for p in dead if p.name)
    # A described victim is none of the named dead when they are all suspects, and a
    # described suspect none of them when they are all victims: "a girl was killed ...
    # Doe then shot himself", "the man shot his wife, then himself".
    described = {p.role for p in dead if not p.name} - {p.role for p in dead if p.name}
    return named + len(described)


def _people_injured(people: list[Participant], killed: int) -> int:
    """People hurt and not killed, each counted once.

    A victim known only by a bare description ("a man", "the child": no name, no age, not
    "another man") is most often someone already counted, described before they died or in
    other words, so such victims count as one at most, and only when nobody was killed and
    no named or aged person was hurt. A suspect's injury counts only when the suspect is
    named or aged: for a bare "the suspect" the cue is mostly the victim's harm misread.
    """
    hurt = [p for p in people if "injured" in p.status and (
        p.role == "victim" or p.name or p.age is not None)]
    specific = [p for p in hurt if p.name or p.age is not None or (
        p.description and _ANOTHER.search(p.description))]
    # a dead person known by a bare description ("a child") may be one told of with an age
    # before they died ("the 4-year-old boy was shot"): one such pair is one person
    vague_dead = any("killed" in p.status and not p.name and p.age is None for p in people)
    aged = [p for p in specific if not p.name and p.age is not None and p.role == "victim"]
    if vague_dead and len(aged) == 1:
        specific.remove(aged[0])
    # a bare victim is none of the dead when they are all suspects: "an officer was hit
    # and the gunman was killed"
    dead_victim = any("killed" in p.status and p.role == "victim" for p in people)
    if killed and not dead_victim and not specific:
        return min(sum(1 for p in hurt if p.role == "victim"), 1)
    if specific or killed:
        return len(specific)
    return min(len(hurt), 1)


def _alt(ws: list[str] | set[str] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in ws)


@cache
def _several_events() -> re.Pattern[str]:
    """A number said of several incidents: "in two separate shootings", "a string of
    shootings", "17 shootings across the city", "20 people shot in 80 hours"."""
    numbers = [w for w, n in lexicon()["number_words"].items() if n > 1]
    many = sorted(set(numbers) | set(words("count_several_words")), key=len, reverse=True)
    nouns = sorted((w for w in words("other_event_nouns") if w.endswith("s")), key=len, reverse=True)
    spans = _alt(sorted(words("count_period_nouns"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:{_alt(many)}|\d+)\W+(?:(?!of\b|the\b)[\w'-]+\W+){{0,2}}?(?:{_alt(nouns)})\b"
        # "in other midweek attacks"
        rf"|other\s+(?:[\w'-]+\s+)?(?:{_alt(nouns)})\b"
        # "in four hours", "over a span of 80 hours", "in the last seven months"
        rf"|(?:in|over|within|during|past|last|span of)\s+(?:the\s+)?(?:(?:last|past)\s+)?"
        rf"(?:(?:less|more|fewer)\s+than\s+|about\s+|just\s+|under\s+)?"
        rf"(?:{_alt(numbers)}|\d+)\s+(?:{spans})\b"
        rf"|\b(?:{_alt(numbers)}|\d+)-(?:hour|day|week|month)\s+(?:period|span|stretch)\b"
        # "13 people shot Friday and Saturday": over two days, not in one incident (but a
        # party "from Friday night into Saturday" is one)
        rf"|{_DAY}(?:\s+night)?\s+(?:and|through)\s+(?:early\s+)?{_DAY}"
        rf"|{_alt(sorted(words('count_roundup_phrases'), key=len, reverse=True))})\b", re.IGNORECASE)


_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"


def _own_incident(doc: Doc, found: list[Statement]) -> list[Statement]:
    """The statements that are about the article's incident: not those of a sentence
    speaking of several incidents ("five people were shot in three separate shootings")."""
    table = tokens_of(doc)
    own: dict[int, bool] = table.memo("counts_own_sentences", lambda _: {})  # sentence -> verdict
    out = []
    for s in found:
        k = table.sent_index(s.start)  # a statement starts at a token of its sentence
        if k not in own:
            text = table.span_text(*table.sent_bounds[k])
            own[k] = not _several_events().search(text) and not _VIDEO_LIST.match(text)
        if own[k]:
            out.append(s)
    return out


# A line of a list of videos of other stories: "3:50 Defendant in deaths of six ... resentenced"
_VIDEO_LIST = re.compile(r"\s*\d{1,2}:\d\d\s+[A-Z]")


MAX_LINK_WORDS = 15  # a line of a list of links is a headline: short
_SENTENCE_END = re.compile(r"[.!?\"\u201d\u2019']\s*$|[.!?]\s+\S")
# A label before a link ("RELATED: ...", "Previous story: ...") or a bullet ("+ ...")
_LINK_LABEL = re.compile(r"^(?:[+\u2022\u00b7\u25aa\u25ba\u00bb*>-]\s|[A-Za-z][\w.]*(?:\s+[\w.]+){0,2}\s?:\s)")


def _headline_like(line: str) -> bool:
    """A short line with no sentence end in or after it: "Two killed in county crash"."""
    line = line.strip()
    return bool(line) and len(line.split()) <= MAX_LINK_WORDS and not _SENTENCE_END.search(line)


def link_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines that link to other stories rather than tell this one:
    headline-like lines after the story has begun (the lines before its first sentence
    are its own headline and deck) that carry a label or bullet ("RELATED: 2 dead in
    crash", "+ One killed in hit-and-run") or follow another such line (a list of links
    under "MORE STORIES"). Their numbers are other incidents' where they name another
    story (see _names_another_story)."""
    out: list[tuple[int, int]] = []
    begun = False
    previous = False  # whether the last non-empty line was headline-like
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            continue
        like = _headline_like(line)
        if begun and like and (previous or _LINK_LABEL.match(line.strip())):
            out.append((start, start + len(line)))
        begun = begun or not like
        previous = like
    return out


_CAPITALISED = re.compile(r"\b[A-Z][\w'-]{2,}")
_WORD = re.compile(r"[\w'-]+")


def _names_another_story(line: str, known: set[str]) -> bool:
    """Whether a link's headline names what the story itself (its `known` words, lower
    case) does not ("Two hurt in Polk County barn fire"): a place or person of another
    story. One that names nothing ("UPDATE: one of the victims has died") or only the
    story's own places and people is a link to an earlier or later report of it."""
    line = line.strip()
    label = _LINK_LABEL.match(line)
    while label:  # "READ MORE: UPDATED STORY: ..."
        line = line[label.end():].lstrip()
        label = _LINK_LABEL.match(line)
    line = re.sub(r"\([^)]*\)", " ", line)  # "(bit.ly/X9tlqz)", "(Source: staff)": not its words
    # the headline's first word is capitalised whatever it is
    words = [m.group() for m in _CAPITALISED.finditer(line) if m.start() > 0]
    return any(w.lower() not in known for w in words)


def _story_words(doc: Doc, title: str, links: list[tuple[int, int]]) -> set[str]:
    """The words of the title and of the sentences that tell the story: not those of its
    links, nor those of passages about other incidents (see digressions.py)."""
    table = tokens_of(doc)
    digressions: set[int] = table.memo(DIGRESSIONS, lambda _: set())
    parts = [title]
    for (start, end), char in zip(table.sent_bounds, table.sent_start_chars):
        if start not in digressions and not any(a <= char < b for a, b in links):
            parts.append(table.span_text(start, end))
    return {w.lower() for w in _WORD.findall(" ".join(parts))}


def _outside_links(doc: Doc, found: list[Statement], title: str) -> list[Statement]:
    """The statements that are not in lines of links to other stories (see link_lines)."""
    text = text_of(doc)
    links = tokens_of(doc).memo("counts_link_lines", lambda _: link_lines(text))
    if not any(a <= s.start < b for s in found for a, b in links):
        return found
    known = _story_words(doc, title, links)
    spans = [(a, b) for a, b in links if _names_another_story(text[a:b], known)]
    return [s for s in found if not any(a <= s.start < b for a, b in spans)]


def _own_headline(title: str, roundups: list[Statement], found: list[Statement]) -> Counts:
    """The numbers of the headline, unless it sums up several incidents ("3 dead, 22
    wounded in weekend shootings"), or repeats a number the body gives of several."""
    if _several_events().search(title):
        return Counts()
    head = headline_counts(title)
    for kind in ("killed", "injured", "shot"):
        n = getattr(head, kind)
        if n > 1 and any(r.kind == kind and r.n == n for r in roundups) and not any(
                f.kind == kind and f.n == n for f in found):
            setattr(head, kind, 0)
    return head


def _killed_then_himself(doc: Doc, people: list[Participant]) -> bool:
    """Whether a dead suspect killed himself after killing others: the headline's one
    death ("Man suspected in killing dies") is then not all ("... shot her baby and
    then himself")."""
    kinds = {p.role for p in people if "killed" in p.status}
    if kinds != {"victim", "suspect"}:
        return False
    return any(_AND_SELF.search(sent.text) or _self_death().search(sent.text) for sent in doc.sents)


def _incident_statements(doc: Doc, title: str) -> tuple[list[Statement], list[Statement]]:
    """The statements outside links to other stories, and those of them that are about
    the article's incident (not of several incidents, nor of a passage about another)."""
    every = _outside_links(doc, statements(doc), title)
    found = _own_incident(doc, every)
    # the numbers of passages about other incidents, once the participants' rules found them
    table = tokens_of(doc)
    digressions: set[int] = table.memo(DIGRESSIONS, lambda _: set())
    found = [s for s in found if table.sent_bounds[table.sent_index(s.start)][0] not in digressions]
    return every, found


@dataclass
class CountSources:
    """What the counts are decided from (killed_injured) and cited by (count_basis): the
    statements of the article's incident, the headline's numbers and the victims and
    suspects found with each harm. Found once per article."""

    every: list[Statement]  # outside links to other stories
    found: list[Statement]  # of them, those about the article's incident
    head: Counts  # the headline's own numbers
    floor: Counts  # what the headline says at least
    counted: list[Participant]  # victims and suspects
    people_killed: int
    people_injured: int


def count_sources(doc: Doc, participants: list[Participant], title: str = "") -> CountSources:
    """The sources of an article's counts."""
    every, found = _incident_statements(doc, title)
    # Only victims and suspects count: the harm of officials, relatives and people of
    # other incidents that the article mentions is not this incident's.
    counted = [p for p in participants if p.role in ("victim", "suspect")]
    people_killed = _people_killed(counted)
    return CountSources(
        every=every, found=found,
        head=_own_headline(title, [s for s in every if s not in found], found),
        floor=headline_floor(title), counted=counted, people_killed=people_killed,
        people_injured=_people_injured(counted, people_killed))


def killed_injured(doc: Doc, participants: list[Participant], title: str = "",
                   sources: CountSources | None = None) -> tuple[int, int]:
    """Killed and injured counts from the stated numbers, the people found and the headline.

    A number the article states ("two people were killed", "2 dead, 3 hurt" in the
    headline) is trusted over counting people, since one person is often described several
    times and people of other incidents are mentioned too; the headline's number wins over
    the body's, as bodies carry roundups and related stories. People are counted only when
    nothing is stated. Injured is the stated injured, else those shot less the killed.
    The headline then corrects the people count: one death in it caps the dead at one and
    leaves nobody hurt unless it says so; a number injured and no death means nobody died;
    a death in it that no person found shows is one of those found hurt. The dead someone
    killed ("he killed his wife and her son") leave out the killer, who is added when the
    text tells elsewhere that he killed himself too. `sources`, when
    given, are count_sources of the same arguments (found once for the counts and their
    basis).
    """
    src = sources or count_sources(doc, participants, title)
    stated = _tally(src.found, listed=False)
    listed = _tally(src.found, listed=True)
    head, floor, counted = src.head, src.floor, src.counted
    people_killed, people_injured = src.people_killed, src.people_injured
    one_dead = headline_one_dead(title)
    killed_stated = head.killed or stated.killed
    injured_stated = head.injured or stated.injured
    shot_stated = head.shot or stated.shot
    killed = killed_stated or max(people_killed, floor.killed, listed.killed)
    if not killed_stated and killed > 1 and one_dead and not _killed_then_himself(doc, counted):
        killed = 1  # "Man dies after ...": the other dead the body names are another story's
    if not killed_stated and head.injured and not floor.killed:
        killed = 0  # "7 injured in drive-by shooting" and no death stated anywhere
    if killed and _killed_by_him(src.found, killed) and _killed_then_himself(doc, counted):
        killed += 1  # "a man killed his wife and her son"; elsewhere "... then shot himself"
    if injured_stated:
        injured = max(injured_stated, shot_stated - killed)
    elif shot_stated:
        injured = max(shot_stated - killed, 0)
    else:
        injured = max(people_injured, floor.injured, listed.injured, listed.shot - killed)
        if floor.killed and not people_killed and not floor.injured and injured:
            # the headline's dead is the one person the body only saw hurt (not "another")
            injured = max(injured - 1, listed.injured)
    if floor.shot and not killed or floor.injured and not one_dead:
        # "2 dead, girl wounded": someone hurt, though "two were shot" counted only the dead
        injured = max(injured, 1)
    if not (injured_stated or shot_stated or floor.injured or listed.injured) and one_dead:
        injured = 0  # "Man dies after ...": the hurt the body describes is his, before he died
    if not (injured_stated or shot_stated or listed.injured or listed.shot) and injured > 1 \
            and headline_one_hurt(title):
        injured = 1  # "Girl, 9, wounds herself": the other hurt people found are her, described again
    return killed, injured


def _killed_by_him(found: list[Statement], killed: int) -> bool:
    """Whether every statement of the number of dead counts those someone killed ("a man
    killed his wife and her son"), and so leaves the killer out."""
    said = [s for s in found if s.kind == "killed" and s.n == killed]
    return bool(said) and all(s.by_killer for s in said)


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
