"""How many were killed and injured, and by what means: counts of people, not of mentions.

`count_sources` gathers what the counts are decided from: the numbers the text states
(stated_counts.py, listed_people.py), of them those about the article's own incident
(other_incidents.py), the headline's numbers (headline_numbers.py) and the people found
with each harm (people_counts.py); `killed_injured` decides among them. The names that
callers use from those modules are exported here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from casefile.extract.counts.harm_grammar import AND_SELF, people_nouns, self_death, verb_kind
from casefile.extract.counts.headline_numbers import (
    counts_everyone,
    headline_counts,
    headline_floor,
    headline_one_dead,
    headline_one_hurt,
    headline_one_victim,
    shot_beside_killed,
    without_unborn,
)
from casefile.extract.counts.other_incidents import (
    DIGRESSIONS,
    incident_statements,
    own_incident,
    several_events,
)
from casefile.extract.counts.people_counts import (
    injured_among,
    killed_among,
    named_apart,
    named_hurt,
)
from casefile.extract.counts.stated_counts import statements, superseded_statements
from casefile.extract.counts.statement import Counts, Statement, tally
from casefile.extract.pipeline import text_of
from casefile.lexicons import methods
from casefile.models import Participant

__all__ = [
    "DIGRESSIONS",
    "CountSources",
    "Counts",
    "Statement",
    "count_sources",
    "count_statements",
    "find_methods",
    "headline_counts",
    "headline_floor",
    "headline_one_dead",
    "headline_one_hurt",
    "killed_injured",
    "listed_counts",
]


def count_statements(doc: Doc) -> Counts:
    """Numbers the text states of its incident: "four teens were shot", "two dead", "a
    triple shooting" (not those of several incidents, see own_incident)."""
    return tally(own_incident(doc, statements(doc)), listed=False)


def listed_counts(doc: Doc) -> Counts:
    """People the text lists one by one as killed or hurt ("Smith and another teen were
    shot"): lower bounds, as a list may leave some out."""
    return tally(own_incident(doc, statements(doc)), listed=True)


def _own_headline(title: str, roundups: list[Statement], found: list[Statement],
                  corrected: list[Statement]) -> Counts:
    """The numbers of the headline, unless it sums up several incidents ("3 dead, 22
    wounded in weekend shootings"), or repeats a number the body gives of several, or of
    a first report the body says was corrected ("4 shot outside club" over "three were
    wounded, revising an earlier report that four people had been shot")."""
    if several_events().search(title):
        return Counts()
    head = headline_counts(title)
    for kind in ("killed", "injured", "shot"):
        n = getattr(head, kind)
        if n > 1 and any(r.kind == kind and r.n == n for r in roundups) and not any(
                f.kind == kind and f.n == n for f in found):
            setattr(head, kind, 0)
        # (a first report's "three were hurt" corrects "Three shot" too: the hurt and the
        # shot are one number where nobody died)
        if n and any(c.n == n and (c.kind == kind or {c.kind, kind} == {"injured", "shot"})
                     for c in corrected) and not any(f.kind == kind and f.n == n for f in found):
            setattr(head, kind, 0)
    return head


def _killed_then_himself(doc: Doc, people: list[Participant]) -> bool:
    """Whether a dead suspect killed himself after killing others: the headline's one
    death ("Man suspected in killing dies") is then not all ("... shot her baby and
    then himself")."""
    kinds = {p.role for p in people if "killed" in p.status}
    if kinds != {"victim", "suspect"}:
        return False
    return any(AND_SELF.search(sent.text) or self_death().search(sent.text) for sent in doc.sents)


@dataclass
class CountSources:
    """What the counts are decided from (killed_injured) and cited by (basis.py): the
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
    title = without_unborn(title)
    every, found = incident_statements(doc, title)
    # Only victims and suspects count: the harm of officials, relatives and people of
    # other incidents that the article mentions is not this incident's; nor do the unborn.
    counted = [p for p in participants if p.role in ("victim", "suspect")
               and "unborn" not in (p.description or "").lower()]
    people_killed = killed_among(counted)
    return CountSources(
        every=every, found=found,
        head=_own_headline(title, [s for s in every if s not in found], found,
                           superseded_statements(doc)),
        floor=headline_floor(title), counted=counted, people_killed=people_killed,
        people_injured=injured_among(counted, people_killed))


def killed_injured(doc: Doc, participants: list[Participant], title: str = "",
                   sources: CountSources | None = None) -> tuple[int, int]:
    """Killed and injured counts from the stated numbers, the people found and the headline.

    A number the article states ("two people were killed", "2 dead, 3 hurt" in the
    headline) is trusted over counting people, since one person is often described several
    times and people of other incidents are mentioned too; the headline's number wins over
    the body's, as bodies carry roundups and related stories. People are counted only when
    nothing is stated. Injured is the stated injured, else those shot less the killed
    (and, under a headline summing up several incidents, one of the people found hurt).
    The headline then corrects the people count: one death in it caps the dead at one and
    leaves nobody hurt unless it says so; a number injured and no death means nobody died;
    a death in it that no person found shows is one of those found hurt. The dead someone
    killed ("he killed his wife and her son") leave out the killer, who is added when the
    text tells elsewhere that he killed himself too. `sources`, when
    given, are count_sources of the same arguments (found once for the counts and their
    basis).
    """
    src = sources or count_sources(doc, participants, title)
    title = without_unborn(title)
    stated = tally(src.found, listed=False)
    listed = tally(src.found, listed=True)
    head, floor, counted = src.head, src.floor, src.counted
    people_killed, people_injured = src.people_killed, src.people_injured
    one_dead = headline_one_dead(title)
    if one_dead and _HURT_THEN_DIED.search(title) and head.injured <= 1 and floor.injured <= 1 \
            and not _SECOND_VICTIM.search(title):
        # "Man wounded in August shooting dies": the one hurt is the one who died (not "Man
        # dies, woman injured", nor "... dies; second victim recovering")
        head, floor = replace(head, injured=0), replace(floor, injured=0)
    killed_stated = head.killed or stated.killed
    injured_stated = head.injured or stated.injured
    shot_stated = head.shot or stated.shot
    killed = killed_stated or max(people_killed, floor.killed, listed.killed)
    later = _later_deaths(doc, src.found) if killed_stated else 0
    if later and people_killed >= killed_stated + later:
        # "Two people were killed and three wounded ... a third victim died Sunday": one
        # of the hurt died since the number was told
        killed, injured_stated = killed_stated + later, max(injured_stated - later, 0)
    died_since = max((s.n for s in src.found if s.kind == "killed" and s.since), default=0)
    told_dead = max((s.n for s in src.found if s.kind == "killed" and not s.since), default=0)
    if died_since > told_dead > 0 and injured_stated and not head.injured:
        # "One man was killed and two others were wounded" below "UPDATE: A second man has
        # died": the dead since were among the hurt
        injured_stated = max(injured_stated - (died_since - told_dead), 0)
    if not killed_stated and killed > 1 and headline_one_victim(title) \
            and not _killed_then_himself(doc, counted):
        # "Man dies after ...": the other dead the body names are another story's; but
        # one the body says was "also" killed is a second death of it
        killed = 2 if any(s.kind == "killed" and s.others and s.listed for s in src.found) else 1
    if not killed_stated and (head.injured or _hurt_only_roundup(title)) and not floor.killed \
            and not (head.injured and _lede_death(doc)):
        # "7 injured in drive-by shooting" and no death stated anywhere; or a headline
        # summing up several incidents ("4 wounded in shootings") with no death in any.
        # (A lede that tells someone died is the story since: "A teen is dead after ...")
        killed = 0
    if killed and _killed_by_him(src.found, killed) and (
            _killed_then_himself(doc, counted)
            or any(p.role == "suspect" and "killed" in p.status for p in counted)):
        # "a man killed his wife and her son"; elsewhere "... then shot himself", or the
        # killer is found dead ("the gunman who killed 49 was shot dead by police")
        killed += 1
    elif killed_stated and not head.killed and people_killed > killed and any(
            p.role == "suspect" and "killed" in p.status for p in counted) \
            and not _killed_then_himself(doc, counted):
        # "a rampage that left a woman dead ... police shot and killed him": the number
        # told is of the victims; the dead gunman is one more (one who killed himself is
        # mostly in the number already: "killed two and then himself")
        killed = people_killed
    if injured_stated and not head.injured and not killed and _others_of_one_hurt(src.found):
        # "a man was shot in the leg ... two others were also wounded": three, the man too
        injured_stated += 1
    if injured_stated:
        injured = max(injured_stated, shot_stated - killed)
        if killed and not stated.killed and not head.injured and _DIED_SINCE.search(title) and not any(
                s.others for s in src.found if s.kind in ("injured", "shot")):
            # "Boy shot Sunday has died": the body's hurt, told before, included him
            injured = max(injured - killed, 0)
        if head.shot and not head.injured and injured > head.shot and counts_everyone(title):
            # "Man shoots five people": more hurt in the body are of other incidents ("one
            # of 70 people wounded over the holiday weekend")
            injured = head.shot
    elif shot_stated:
        injured = max(shot_stated - killed, 0)
    else:
        injured = max(people_injured, floor.injured, listed.injured, listed.shot - killed)
        if floor.killed and not people_killed and not floor.injured and injured:
            # the headline's dead is the one person the body only saw hurt (not "another")
            injured = max(injured - 1, listed.injured)
        if injured > 1 and several_events().search(title):
            # a headline summing up several incidents: the hurt people found are of all
            # of them, and each incident of a roundup mostly hurt one
            injured = 1
    if not several_events().search(title):
        # each person named as hurt (and alive) is one more: a number stated of the first
        # report ("two were wounded") is often short of those the article goes on to name
        named = named_hurt(counted)
        if floor.killed and not people_killed and not floor.injured:
            named -= 1  # the headline's dead is one of them (as above)
        injured = max(injured, named)
    if floor.shot and not killed or floor.injured and (not one_dead or shot_beside_killed(title)):
        # "2 dead, girl wounded": someone hurt, though "two were shot" counted only the dead;
        # "Officer shot, suspect killed": the one death is another's
        injured = max(injured, 1)
    if not (injured_stated or shot_stated or floor.injured or listed.injured) and one_dead \
            and not named_apart(counted):
        injured = 0  # "Man dies after ...": the hurt the body describes is his, before he died
    if not (injured_stated or shot_stated or listed.injured or listed.shot) and injured > 1 \
            and headline_one_hurt(title):
        injured = 1  # "Girl, 9, wounds herself": the other hurt people found are her, described again
    return killed, injured


# A headline telling of a death since the shooting: "One of two girls shot has died"
# A death told after the count as one more: "a third victim died Sunday", "the second man
# has since died", "later died at a hospital"
_LATER_DEATH = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|another)\s+(?:victim|person|man|woman|teen|boy|girl)\b"
    r"[^.]{0,80}?\b(?:has\s+)?(?:died|succumbed)|(?:has\s+since|since|later)\s+(?:died|succumbed))\b",
    re.IGNORECASE)


def _others_of_one_hurt(found: list[Statement]) -> bool:
    """Whether the largest number hurt the text states is of "others" ("two others were
    also wounded"): besides someone told hurt before (with nobody killed, they are no
    others of the dead)."""
    stated = [s for s in found if not s.listed and s.kind in ("injured", "shot")]
    if not stated:
        return False
    most = max(s.n for s in stated)
    # (a number of them: a lone "another" may be a word of time, "another three days")
    return most > 1 and all(s.others for s in stated if s.n == most)


def _later_deaths(doc: Doc, found: list[Statement]) -> int:
    """How many deaths the text tells, after its first number of the killed, as deaths
    since ("a third victim died Sunday"): one per sentence that tells one."""
    first = min((s.start for s in found if s.kind == "killed"), default=None)
    if first is None:
        return 0
    text = text_of(doc)
    return sum(1 for sent in doc.sents if sent.start_char > first
               and _LATER_DEATH.search(text[sent.start_char:sent.end_char]))


_DIED_WORDS = r"\b(?:dies|died|has\s+died|succumbs|succumbed)\b"
_DIED_SINCE = re.compile(_DIED_WORDS, re.IGNORECASE)
# A headline whose one hurt person has died since: "Man wounded in August shooting dies"
_SECOND_VICTIM = re.compile(r"\b(?:second|another|other)\s+(?:victim|man|woman|person|teen|"
                            r"boy|girl)\b", re.IGNORECASE)
_HURT_THEN_DIED = re.compile(r"\b(?:wounded|injured|hurt|shot)\b(?:(?!,|;|\band\b).)*?" + _DIED_WORDS,
                             re.IGNORECASE)


LEDE_SENTENCES = 2  # the sentences of a report's lede (a dateline or heading alone aside)


def _lede_death(doc: Doc) -> bool:
    """Whether the report's lede tells of a person's death: "A teenager is dead after a
    shooting Friday", "A man was killed ..." (a person noun the subject of a death)."""
    persons = people_nouns()
    told = 0
    for sent in doc.sents:
        if not any(t.is_lower and t.is_alpha for t in sent):
            continue  # a dateline or a heading
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in persons \
                    and tok.tag_ == "NN" and verb_kind(tok.head) == "killed":
                return True
        told += 1
        if told == LEDE_SENTENCES:
            break
    return False


def _hurt_only_roundup(title: str) -> bool:
    """Whether the headline sums up several incidents with hurt people and no dead ("4
    wounded in shootings across town"): the article's own incident then killed nobody."""
    if not several_events().search(title):
        return False
    head = headline_counts(title)
    return bool(head.injured) and not head.killed


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
