"""Numbers of people killed, hurt or shot that the text's sentences state: "four teens
were shot", "one man died and another was wounded", "a triple shooting".

`statements` finds them once per Doc, in text order (the counts and the role model's
features all read them). People listed without a number come from listed_people.py;
which statements are about the article's own incident is decided in other_incidents.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from casefile.extract.counts.harm_grammar import (
    DEAD,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    bare_participle,
    care_kind,
    condition,
    event_of,
    harm_word,
    in_condition,
    killed_by_someone,
    killer_died_too,
    people_nouns,
    said_of_them,
    verb_kind,
)
from casefile.extract.counts.listed_people import listed_people
from casefile.extract.counts.statement import Statement
from casefile.extract.pipeline import text_of
from casefile.extract.tokens import tokens_of
from casefile.lexicons import lexicon, words

MULTIPLIER = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
# Nouns whose "of" names the whole number, not a part: "a total of nine hurt"
_TOTALS = ("total", "number", "group")
# Words that stand for people after a number: "four more hurt", "two others dead"
_MORE = ("more", "others")
_MULTI_EVENT = {"shooting", "homicide", "murder", "murders", "killing", "stabbing", "slaying"}


def _number(tok: Token) -> int | None:
    if tok.like_num and tok.text.isdigit():
        value = int(tok.text)
        return value if 0 < value < 100 else None
    value = lexicon()["number_words"].get(tok.lower_)
    if value == 12 and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "half":
        return 6  # "half a dozen"
    return value if value else None


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
            and after not in people_nouns()
            or before[-1:] == ["of"] and len(before) == 2 and text[i - 2].isdigit()
            and nxt[:1] != [] and nxt[0] not in people_nouns()):
        return True  # a gallery's counter, not people: "Image 8 of 8", "1 / 5"
    if before[-1:] in (["ages"], ["age"], ["aged"]) or before == ["younger", "than"] \
            or before == ["older", "than"]:
        return True  # "ages 14 and 16", "a boy younger than 12"
    if i >= 2 and text[i - 1] == "," and (
            ent[i - 2] == "PERSON" or lower[i - 2] in people_nouns()) \
            and not (nxt and (nxt[0] in people_nouns() or nxt[0] in ("other", "others", "more"))):
        return True  # "Jon Doe, 26 was shot", "a man, 45, was hurt"; not "police, three people"
    return tok.head.lower_ in ("year", "years", "month", "months", "aged", "age")


def _negated(tok: Token) -> bool:
    """A number that says nobody: "no one was injured", "not one person"."""
    before = tok.doc[tok.i - 1].lower_ if tok.i else ""
    return before in ("no", "not") or any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not")
                                          for c in tok.children)


def _one_more(tok: Token) -> str | None:
    """What happened to one more person named by "another" or "a fourth" alone: "one man
    was killed and another was wounded", "three were killed and a fourth injured"."""
    if tok.lower_ != "another" and not any(c.dep_ == "det" and c.lower_ in ("a", "the", "another")
                                           for c in tok.children):
        return None
    if tok.dep_ == "conj" and in_condition(tok):
        return "injured"  # "four are dead and another in critical condition": the verb left out
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_ in ("be", "remain") and in_condition(verb):
        return "injured"  # "two are dead and a third is in critical condition"
    if tok.dep_ not in ("nsubjpass", "dobj", "nsubj") or verb.pos_ != "VERB" or any(
            c.dep_ == "neg" for c in verb.children):
        return None
    care = care_kind(verb, tok.dep_)  # "another man suffered a gunshot wound"
    if tok.dep_ == "nsubj" and not bare_participle(verb) and not care:
        return None
    kind = care or verb_kind(verb)
    if kind == "shot" and verb.dep_ == "conj" and verb.head.lemma_ == verb.lemma_:
        return None  # "one was shot inside and another was shot outside": one more shot, dead or not
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
    if _hurt_otherwise(noun):
        return None  # "the third person was cut by glass and was not struck by gunfire"
    if verb.lemma_ in ("survive", "recover"):
        kind: str | None = "shot"
    elif noun.dep_ == "nsubj" and verb.lemma_ not in ("die", "be", "remain", "suffer", "succumb",
                                                      "sustain") and not bare_participle(verb):
        kind = care_kind(verb, noun.dep_)  # "a third man arrived at a hospital"; not "shot him"
    else:
        kind = care_kind(verb, noun.dep_) or verb_kind(verb) or condition(verb)
    if kind == "killed" and (verb.lemma_ in ("die", "succumb") or any(
            c.lower_ == "also" for c in verb.children)):
        # "a third victim has died", "a fourth person was also found dead": k dead at least
        # (not "the third suspect was pronounced dead" after two were hit)
        return Statement("killed", k, noun.idx, since=verb.lemma_ in ("die", "succumb"))
    return Statement("shot", k, noun.idx) if kind else None


def _also(noun: Token) -> bool:
    """Whether the verb of a (possibly coordinated) noun says "also": "a woman and two
    other men were also shot"."""
    while noun.dep_ == "conj":
        noun = noun.head
    return any(c.lower_ == "also" for c in noun.head.children)


def _group_size(noun: Token, numbers: dict[int, int]) -> int:
    """The number of people a (possibly coordinated) noun phrase names: "Doe and four others"."""
    members = [noun] + [c for c in noun.children if c.dep_ == "conj"]
    members += [g for c in members[1:] for g in c.children if g.dep_ == "conj"]
    total, counted = 0, False
    for m in members:
        n = numbers.get(m.i)
        if n is None:
            n = next((numbers[c.i] for c in m.children if c.dep_ == "nummod" and c.i in numbers), None)
        if n is None:
            # "3 adults and 2 juveniles ages 14 and 15": the parser may make the people
            # noun a compound of the next, its number with it
            n = next((numbers[g.i] for c in m.children if c.dep_ == "compound"
                      and c.lower_ in people_nouns() for g in c.children
                      if g.dep_ == "nummod" and g.i in numbers), None)
        if n is not None:
            total += n
            counted = True
        elif m.pos_ == "PROPN" or m.lower_ in PERSON_PRONOUNS or (
                m.lower_ in people_nouns() and m.tag_ != "NNS"):
            # "Doe and four others", "she and three others", "two men and a woman"; a
            # plural without a number of its own shares the first's: "five men and women"
            total += 1
    return total if counted else 0


def statements(doc: Doc) -> list[Statement]:
    """Every number of people killed, hurt or shot that the text states, in text order.

    Found once per Doc (the counts and the role model's features all read them)."""
    return [s for s in _all_statements(doc) if not s.superseded]


def superseded_statements(doc: Doc) -> list[Statement]:
    """The numbers of a first report the text says was since corrected ("police initially
    said four people had been shot"): no count, but they tell a headline that repeats one
    is out of date."""
    return [s for s in _all_statements(doc) if s.superseded]


def _all_statements(doc: Doc) -> list[Statement]:
    return list(tokens_of(doc).memo("count_statements", lambda _: _statements(doc)))


def _statements(doc: Doc) -> list[Statement]:
    out: list[Statement] = []
    persons = people_nouns()
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
                             if w == "another" or w in ordinals or w in MULTIPLIER or i in numbers]):
        if tok.lower_ == "another" and tok.dep_ == "det" and harm_word(tok.head):
            out.append(Statement(harm_word(tok.head) or "", 1, tok.idx, others=True))  # "another wounded"
            continue
        if tok.lower_ == "another" and tok.dep_ == "det" and tok.head.lower_ in persons \
                and tok.head.dep_ != "dobj":  # "shot another man": other than the shooter
            one = _one_more(tok.head)
            if one:
                # "another man was shot in the arm": one more at least, as a list says
                out.append(Statement(one, 1, tok.idx, listed=True, others=True))
            continue
        if tok.lower_ == "another" or tok.lower_ in ordinals:
            one = _one_more(tok)
            if one:
                out.append(Statement(one, 1, tok.idx, others=True))
            elif tok.lower_ in ordinals:
                nth = _nth_person(tok, lexicon()["ordinal_words"].index(tok.lower_) + 2, persons)
                if nth:
                    out.append(nth)
            continue
        if tok.lower_ in MULTIPLIER and tok.head.lower_ in _MULTI_EVENT:
            n = MULTIPLIER[tok.lower_]
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
        elif tok.dep_ == "nummod" and harm_word(tok.head) and tok.head.tag_ not in ("NN", "NNS") \
                and any(c.lower_ in _MORE and c.i == tok.i + 1 for c in tok.children):
            # "left one dead and four more hurt": the number hung on the adjective (not
            # on a noun: "she heard one more shot")
            noun = tok
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
            if c.dep_ == "acl" and c.pos_ == "VERB" and _misplaced_acl(noun, c):
                continue  # "One of two men shot ... has died": the men were shot
            if c.dep_ == "acl" and c.pos_ == "VERB":
                kind = verb_kind(c) or harm_word(c)  # "three men shot and killed last week"
            elif c.dep_ == "relcl" and said_of_them(c):
                kind = verb_kind(c)  # "among the nine residents who were hurt"
            elif c.dep_ in ("amod", "acomp", "oprd", "appos") and harm_word(c):
                kind = harm_word(c)
            elif c.lower_ == "fatally" or c.dep_ == "prep" and c.lower_ == "of" and (
                    any(g.lower_ == "fatally" for g in c.children)
                    or any(g.lower_ == "fatally" for g in noun.head.children)):
                kind = "killed"  # "one of them fatally"
            if kind:
                break
        if kind is None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
            # ("One of two men shot ... has died": the parser may hang the participle on "One")
            kind = next((verb_kind(c) or harm_word(c) for c in noun.head.head.children
                         if c.dep_ == "acl" and c.pos_ == "VERB" and _misplaced_acl(noun.head.head, c)),
                        None)
        if kind is None and noun.dep_ == "nummod" and harm_word(noun.head):
            kind = harm_word(noun.head)  # "four more hurt" (above)
        if kind is None and noun.dep_ == "conj" and in_condition(noun):
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
            if head.dep_ == "appos" and head.lower_ in persons and head.head.lower_ in persons \
                    and head.head.tag_ == "NNS":
                # "The victims, a 19-year-old man and three teenage girls, were taken to a
                # hospital": the list tells how many the plural subject is
                size = _group_size(head, numbers) or n
                head = head.head
            elif noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
                size = _group_size(noun, numbers) or n
            if head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.pos_ in ("VERB", "AUX"):
                verb = head.head
                hung = verb.dep_ == "auxpass" and verb.head.pos_ == "VERB"
                if hung:
                    verb = verb.head  # "seven men remained hospitalized": hung on "remained"
                if any(c.dep_ == "neg" for c in verb.children):
                    continue  # "two men and a girl were not injured"
                if head.dep_ == "nsubj" and any(
                        c.dep_ == "nsubj" and c.i != head.i and any(g.lower_ == "of" for g in c.children)
                        for c in verb.children):
                    # "two people arguing over a spot, and one of them is dead": the parse
                    # gave the verb both subjects; it is the one's
                    continue
                if head.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < head.i and c.pos_ == "PRON"
                                               for c in verb.children):
                    # "shot him with a gun the two found": a verb has one object, the
                    # parse hung a later clause's number on it
                    continue
                # "one of the victims was taken to hospital" says nothing of the others
                care = None if partitive else care_kind(verb, head.dep_)
                kind = care
                if kind is None and head.dep_ == "nsubj" and verb.lemma_ not in (
                        "die", "be", "remain", "suffer", "succumb") and not bare_participle(verb) \
                        and not hung:
                    continue
                # "two others are in critical condition": alive and hurt
                kind = kind or verb_kind(verb) or ("injured" if condition(verb) else None)
                if kind is None and head.dep_ == "dobj":
                    kind = _participle_after(verb, head)  # "identified two men shot and killed"
                if kind is None and head.dep_ == "dobj" and verb.lemma_ in ("leave", "send"):
                    after = doc[head.i + 1] if head.i + 1 < len(doc) else head
                    if any(harm_word(c) == "killed" for c in list(verb.children) + list(head.children)):
                        kind = "killed"  # "left three dead"
                    elif harm_word(after) and after.dep_ != "dobj":
                        kind = harm_word(after)  # "left 17 people wounded", the parse astray
                    elif any(c.lower_ == "to" and any(g.lower_ in ("hospital", "hospitals")
                                                      for g in c.subtree) for c in verb.children):
                        kind = "shot"  # "sent five people to the hospital"
            elif head.dep_ == "pobj" and (along := _along_with(head, numbers)):
                kind, size = along  # the people "along with" whom: all of them together
                other = False
            elif head.dep_ == "pobj":
                kind = event_of(head)
                size = _group_size(head, numbers) or n
        if kind is None and noun.dep_ == "nsubj" and noun.head.lower_ in DEAD:
            kind = "killed"  # "three people hurt, one of them already dead"
        if kind is None:
            continue
        if kind == "injured" and not other and _some_died(noun):
            kind = "shot"  # "four were wounded, one of them fatally": the dead among the four
        if kind == "shot" and other and (size == n or _also(noun)):
            # "three other victims were shot": besides the dead; so are "a woman and two
            # other men were also shot", while in "Doe and four others were shot" Doe may be
            kind = "injured"
        # "two women were also wounded": others, besides those told of before
        other = other or (kind == "injured" and _also(noun))
        by_killer = False
        if kind == "killed" and other and _one_dead_besides(noun):
            size += 1  # "the gunman was shot and killed after a rampage that left two others dead"
        elif kind == "killed" and killer_died_too(noun):
            size += 1  # "killed two people and then himself": the gunman is dead too
        elif kind == "killed":
            by_killer = killed_by_someone(noun)
        if kind in ("injured", "shot") and _hurt_otherwise(noun):
            continue
        out.append(Statement(kind, size, noun.idx if noun.i < tok.i else tok.idx,
                             by_killer=by_killer, others=other, superseded=_superseded(tok)))
    out += _also_one(doc, persons, seen)
    out += _vague_counts(doc, persons)
    out += listed_people(doc, persons, seen)
    out.sort(key=lambda s: s.start)
    return _first_story_superseded(doc, out)


# A page's first version kept below its updates: "ORIGINAL STORY: Three people were hurt ..."
_FIRST_STORY = re.compile(r"(?im)^[ \t]*(?:original|previous|earlier)[ \t]+(?:story|post|report)[ \t]*[:\-–—]")


def _first_story_superseded(doc: Doc, found: list[Statement]) -> list[Statement]:
    """The numbers of a page's first version, kept below its updates under a header
    ("ORIGINAL STORY:"), are superseded by the updates' numbers of the same harm (the dead,
    or the hurt and shot): "UPDATE: police now say two people were shot ... ORIGINAL STORY:
    Three people were hurt". Where the updates state none, the first version's stand."""
    hit = _FIRST_STORY.search(text_of(doc))
    if hit is None:
        return found
    def group(s: Statement) -> str:
        return "killed" if s.kind == "killed" else "hurt"
    updated = {group(s) for s in found if s.start < hit.start() and not s.superseded}
    return [replace(s, superseded=True) if s.start >= hit.start() and group(s) in updated else s
            for s in found]


def _misplaced_acl(noun: Token, clause: Token) -> bool:
    """Whether a participle hung on a partitive's head is the group's: in "One of two men
    shot Friday has died" it follows "of two men", which it describes."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.i < clause.i for o in p.children) for p in noun.children)


def _superseded(tok: Token) -> bool:
    """Whether a number is of a first report the text says was since corrected: "police
    initially said four people had been shot", "revising an earlier report that four ..."."""
    before = tok.doc[tok.sent.start: tok.i].text.lower()
    if any(w in before for w in words("superseded_count_words")):
        return True
    # "initially said four ..., but ...": a first word corrected in the sentence itself, or
    # the authorities' first word ("police initially said"; not "the suspect initially told
    # dispatchers he had shot four people")
    if not any(w in before for w in words("first_count_words")):
        return False
    sentence = tok.sent.text.lower()
    subjects = {c.lower_ for c in tok.sent.root.children if c.dep_ == "nsubj"}
    return any(w in sentence for w in words("correction_words")) or bool(
        subjects & words("report_sources"))


def _hurt_otherwise(noun: Token) -> bool:
    """Whether the people a number counts as hurt were hurt other than by gunfire, as the
    clause after them says: "two women suffered minor injuries when they were knocked
    down by people running from the gunfire"."""
    doc = noun.doc
    # the clause of the number, not another's joined to it ("three people were shot and a
    # fourth was cut by flying glass")
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else noun
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    after = " ".join(t.lower_ for t in verb.subtree if t.i >= noun.i and t.i not in joined)
    if noun.lower_ in ("both", "all") and noun.sent.start > 0:
        # "... were knocked down by people fleeing. Both were treated at the scene"
        after += " " + doc[noun.sent.start - 1].sent.text.lower()
    return any(w in after for w in words("not_gunfire_hurt_words"))


def _vague_counts(doc: Doc, persons: frozenset[str]) -> list[Statement]:
    """People counted with no number, at least as many as the word says (the headline's
    vague counts, lexicon): "Several people were wounded", "multiple others were hurt"."""
    vague = lexicon()["headline_vague_counts"]
    out = []
    table = tokens_of(doc)  # a Token is built only for a vague word (most texts have none)
    for tok in table.tokens(table.where_lower(vague)):
        n = vague[tok.lower_]
        if tok.dep_ != "amod" or tok.head.lower_ not in persons | {"others"}:
            continue
        noun = tok.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ != "VERB":
            continue
        kind = verb_kind(noun.head)
        if kind is None or kind == "killed":
            continue  # a vague number of dead is a roundup's, mostly
        out.append(Statement("injured" if noun.lower_ == "others" else kind, n, tok.idx,
                             listed=True, others=noun.lower_ == "others"))
    return out


def _along_with(noun: Token, numbers: dict[int, int]) -> tuple[str, int] | None:
    """What happened to a number of people "along with" whom the verb's subject was harmed,
    and how many that makes together: "Doe was found shot to death along with three others"
    (four dead), "two men died along with a woman's three sons" (five)."""
    prep = noun.head
    if prep.lower_ != "with":
        return None
    verb = prep.head
    if verb.lower_ == "along":
        verb = verb.head
    elif not (prep.i > 0 and prep.doc[prep.i - 1].lower_ == "along"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    kind = verb_kind(verb)
    if kind is None:
        return None
    # the subject: the verb's own, or that of the verb it completes ("was found shot ...")
    holder = verb.head if verb.dep_ in ("xcomp", "conj") else verb
    subject = next((c for v in (verb, holder) for c in v.children
                    if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return kind, (_group_size(subject, numbers) or 1) + (_group_size(noun, numbers)
                                                          or numbers.get(noun.i, 0) or 1)


def _also_one(doc: Doc, persons: frozenset[str], seen: set[int]) -> list[Statement]:
    """One more person harmed "also", besides those told before: "along with the three found
    dead, a woman also suffered a gunshot wound" (at least one hurt)."""
    out: list[Statement] = []
    table = tokens_of(doc)
    for also in table.tokens([i for i, w in enumerate(table.lower) if w == "also"]):
        verb = also.head
        noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.lower_ in persons and c.tag_ == "NN" and c.i not in seen
                     and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)), None)
        if noun is None:
            continue
        one = _one_more(noun)
        if one:
            seen.add(noun.i)
            out.append(Statement(one, 1, noun.idx, listed=True, others=True))
    return out


def _one_dead_besides(noun: Token) -> bool:
    """Whether the sentence of a number of "others" killed tells of one more person killed,
    the one they are others of: "a gunman who was shot and killed after a rampage that left
    two others dead", "one man was killed and two others were killed"."""
    inside = {t.i for t in noun.subtree}
    for t in noun.sent:
        if t.i in inside or t.dep_ != "nsubjpass" or t.tag_ in ("NNS", "NNPS"):
            continue
        verbs = [t.head] + [c for c in t.head.children if c.dep_ == "conj"]
        if not any(v.lemma_ in ("kill", "slay", "murder") for v in verbs):
            continue
        person = t.head.head if t.lower_ in RELATIVE_PRONOUNS and t.head.dep_ == "relcl" else t
        if person.lower_ in people_nouns() or person.ent_type_ == "PERSON" or person.lower_ in (
                "he", "she"):
            return True
    return False



def _participle_after(verb: Token, obj: Token) -> str | None:
    """The harm of a bare participle that follows a verb's object and that the parser hung
    on the verb: "police identified two men shot and killed at a party" (the participle
    describes the men)."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "oprd", "advcl") and c.tag_ == "VBN" and c.i > obj.i \
                and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children):
            return verb_kind(c)
    return None


def _some_died(noun: Token) -> bool:
    """Whether the sentence of a number says that some "of them" died: "four were wounded,
    one of them fatally", "... one of them already dead"."""
    for t in noun.sent:
        if t.lower_ != "of" or t.dep_ != "prep" or t.head.i == noun.i or not any(
                g.lower_ in ("them", "those", "whom") for g in t.children):
            continue
        some = t.head
        if any(c.lower_ == "fatally" for c in some.children) or some.head.lower_ in DEAD \
                or some.head.lemma_ == "die":
            return True
    return False
