"""A person of one article to hashed features: the only input the role model sees.

Features are strings ("dep:nsubjpass:shoot", "w:arrest", "cue:role:victim:strong") hashed
with crc32 into N_FEATURES buckets; each present feature counts once and the vector is
L2-normalised, so a person with forty mentions and one with two stay on one scale.
Everything here reads the parse and the rules' objects and changes nothing.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Sequence
from functools import cache, cached_property
from importlib import resources

import numpy as np
from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from casefile.extract.counts import (
    count_statements,
    headline_counts,
    headline_floor,
    headline_one_dead,
)
from casefile.extract.mentions import NAME_SUFFIXES, Mention
from casefile.extract.people import Person
from casefile.extract.pipeline import text_of
from casefile.extract.roles import Cue, decide_role, mention_cues, sentence_cues
from casefile.extract.tokens import TokenTable, tokens_of
from casefile.lexicons import lexicon, words

N_FEATURES = 2**17
# Features the role head does not read: the rules' own cues and decision. The rules were
# written while reading the training split's failures, so on it their cues are right more
# often than on reports nobody read; a role head that leans on them learns that trust and
# carries it to new text (holdout: role accuracy 90.2 out of fold on tune, 86.1 held out,
# victim precision 85.7 -> 74.9). The harm and arrest heads keep them: their accuracy held
# (harm 90.6 -> 91.5). docs/rolemodel.md, "Role-blind cues".
ROLE_BLIND = ("cue:", "cuek:", "rule:")
WINDOW = 4  # words either side of a mention
MAX_MENTIONS = 40  # a person's mentions read, in text order (pronouns are many and noisy)
_KIND = {"name": "n", "desc": "d", "pron": "p", "stated": "s"}
_CONTENT = ("VERB", "NOUN", "ADJ", "ADV", "ADP", "PROPN", "NUM", "AUX")


def _lemma(tok: Token) -> str:
    if tok.like_num:
        return "<num>"
    if tok.pos_ == "PROPN":
        return "<propn>"
    return tok.lemma_.lower()


def person_cues(person: Person) -> list[Cue]:
    """The rules' cues of a person, as analyse_people gathers them before deciding a role."""
    cues = [c for m in person.mentions for c in mention_cues(m)]
    if not any(c.kind == "role" for c in cues):
        cues = [c for m in person.names for c in sentence_cues(m)]
    return cues


def _governor(tok: Token) -> Token:
    """The verb a word hangs from (itself when it is one), or the sentence root."""
    table = tokens_of(tok.doc)  # walked on the columns: one Token built, not one a step
    head, pos = table.head, table.pos
    verb = head[tok.i]
    while pos[verb] not in ("VERB", "AUX") and head[verb] != verb:
        verb = head[verb]
    return tok.doc[verb]


def _children(tok: Token) -> list[Token]:
    """list(tok.children), made once per token of a Doc: the features read the same
    verbs' children for many mentions, and each read walks the tree anew."""
    kept: dict[int, list[Token]] = tokens_of(tok.doc).memo("rolemodel_children", lambda _: {})
    found = kept.get(tok.i)
    if found is None:
        found = kept[tok.i] = list(tok.children)
    return found


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in _children(verb))


def _grammar(m: Mention, k: str) -> Iterable[str]:
    """The mention's position in its clause: dependency label joined with the head's lemma."""
    tok = m.root
    while tok.dep_ == "conj" and tok.head.pos_ in ("PROPN", "NOUN", "PRON"):
        tok = tok.head
        yield "conj"
    dep, head = tok.dep_, tok.head
    yield f"dep:{dep}:{_lemma(head)}"
    yield f"{k}dep:{dep}:{_lemma(head)}"
    yield f"{k}dep:{dep}"
    if dep == "pobj":
        yield f"pobj:{head.lower_}:{_lemma(head.head)}"
    if dep in ("appos", "poss", "compound") or dep == "pobj" and head.head.pos_ == "NOUN":
        noun = head.head if dep == "pobj" else head
        yield f"{dep}:{noun.dep_}:{_lemma(noun.head)}"
    verb = _governor(tok) if tok.pos_ not in ("VERB", "AUX") else tok
    voice = "pass" if _passive(verb) else "act"
    yield from _verb_classes(tok, verb, dep, voice)
    yield f"verb:{_lemma(verb)}:{voice}"
    yield f"verb:{_lemma(verb)}:{voice}:{dep}"
    for c in _children(verb):
        if c.dep_ == "neg":
            yield f"neg:{_lemma(verb)}"
        if c.dep_ in ("conj", "xcomp") and c.pos_ == "VERB":
            yield f"verb2:{_lemma(c)}:{dep}"
        if c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in ("dead", "fatally", "critically"):
            yield f"verbmod:{c.lower_}"
    if verb.lemma_.lower() in words("speech_verbs") and dep in ("nsubj", "appos", "compound"):
        yield "speaker"
    # Words that describe the mention: appositions, compounds, "X, 24, of Y".
    for c in _children(tok):
        if c.dep_ in ("appos", "compound", "amod", "acl", "relcl") and not (
                m.span.start <= c.i < m.span.end):
            yield f"mod:{c.dep_}:{_lemma(c)}"
            for g in _children(c):
                if g.dep_ in ("compound", "amod", "pobj", "prep"):
                    yield f"mod2:{_lemma(g)}"
    if dep == "appos":
        yield f"apposof:{_lemma(head)}"


# Who the person is to the verbs of their clause: the one it happens to or the one doing it.
_PATIENT = {"nsubjpass", "dobj"}
_AGENT = {"nsubj", "agent", "csubj"}


@cache
def _verb_lexicon() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in lexicon()["role_verbs"].items() if not k.startswith("_")}


def _verb_classes(tok: Token, verb: Token, dep: str, voice: str) -> Iterable[str]:
    """The verb classes (harm, die, arrest, charge...) of the clause, by the person's part.

    "X was shot and killed", "police arrested X": patient; "X shot Y": agent; the verbs
    joined to the governing one ("was shot and later died") count too.
    """
    if dep in _PATIENT or dep == "pobj" and tok.head.dep_ == "agent":
        part = "patient" if dep in _PATIENT else "agent"
    elif dep in _AGENT:
        part = "agent" if voice == "act" or dep == "agent" else "patient"
    else:
        part = "other"
    verbs = [verb] + [c for c in _children(verb) if c.dep_ in ("conj", "xcomp", "advcl")
                      and c.pos_ in ("VERB", "AUX")]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verbs.append(verb.head)
    negated = any(c.dep_ == "neg" for c in _children(verb))
    for v in verbs:
        lemma = v.lemma_.lower()
        for name, lemmas in _verb_lexicon().items():
            if lemma in lemmas:
                yield f"gv:{part}:{name}"
                if negated:
                    yield f"gvneg:{part}:{name}"
        for c in _children(v):
            if c.lower_ in ("dead", "fatally", "critically", "seriously", "self"):
                yield f"gvmod:{part}:{c.lower_}"
            if c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves"):
                yield f"gvself:{part}"


@cache
def _phrases() -> dict[str, re.Pattern[str]]:
    """Phrase categories of data/rolemodel/phrases.json as one regex each."""
    path = resources.files("casefile") / "data" / "rolemodel" / "phrases.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: re.compile(r"\b(?:" + "|".join(
        re.escape(p) for p in sorted(items, key=len, reverse=True)) + r")\b")
        for name, items in data.items() if not name.startswith("_")}


_PERSONAL = frozenset({"he", "she", "him", "her", "they", "them"})


class _Sentence:
    """What the features read of one sentence, found once per Doc however many of its
    people's mentions stand in it (see _sentence)."""

    def __init__(self, table: TokenTable, start: int, end: int):
        self.table, self.start, self.end = table, start, end
        self.start_char = table.column(IDX)[start]

    @cached_property
    def phrases(self) -> list[tuple[str, int, int]]:
        """(category, start, end) of each phrase match in the lower-case sentence text,
        category by category as _phrases orders them."""
        text = self.table.sent_text(self.table.doc[self.start]).lower()
        return [(name, match.start(), match.end()) for name, pattern in _phrases().items()
                for match in pattern.finditer(text)]

    @cached_property
    def people(self) -> list[tuple[int, int]]:
        """(token, offset in the sentence) of each PERSON word or personal pronoun."""
        idx, ent, lower = self.table.column(IDX), self.table.ent_type, self.table.lower
        start_char = self.start_char
        return [(i, idx[i] - start_char) for i in range(self.start, self.end)
                if ent[i] == "PERSON" or lower[i] in _PERSONAL]

    def _word_classes(self, content: bool) -> frozenset[str]:
        is_stop, lemma, lower = self.table.is_stop, self.table.lemma, self.table.lower
        return frozenset(c for i in range(self.start, self.end)
                         if not (content and is_stop[i])
                         for c in _classes_of(lemma[i].lower(), lower[i]))

    @cached_property
    def classes(self) -> frozenset[str]:
        """The word classes of its words."""
        return self._word_classes(False)

    @cached_property
    def content_classes(self) -> frozenset[str]:
        """The word classes of its words that are not stop words."""
        return self._word_classes(True)


def _sentence(doc: Doc, span: Span | Token) -> _Sentence:
    """The _Sentence of a span's sentence (as Span.sent finds it), kept with the Doc."""
    table = tokens_of(doc)
    start, end = table.sent_of(span)
    kept: dict[int, _Sentence] = table.memo("rolemodel_sentences", lambda _: {})
    if start not in kept:
        kept[start] = _Sentence(table, start, end)
    return kept[start]


def _sentence_phrases(m: Mention, k: str) -> Iterable[str]:
    """Phrase categories of the mention's sentence, before or after it ("... in critical
    condition", "... remains at large"), and of the next sentence."""
    doc = m.span.doc
    sent = _sentence(doc, m.span)
    at = m.span.start_char - sent.start_char
    end = m.span.end_char - sent.start_char
    # Where another person is named (or a pronoun stands) between, the phrase is likely theirs.
    others = [o for i, o in sent.people if not m.span.start <= i < m.span.end]
    for name, start, stop in sent.phrases:
        after = start >= at
        lo, hi = (end, start) if after else (stop, at)
        near = not any(lo <= o < hi for o in others)
        yield f"ph:{name}"
        yield f"ph:{name}:{'after' if after else 'before'}"
        yield f"{k}ph:{name}"
        if near:
            yield f"phnear:{name}"
    if sent.end < len(doc) and k == "n":
        for name in dict.fromkeys(name for name, _, _ in _sentence(doc, doc[sent.end]).phrases):
            yield f"ph1:{name}"


# Word classes of the rules' lexicon: a rare word ("slain", "coroner") speaks through its class.
_CLASSES = ("harm_killed", "harm_injured", "arrest_words", "charge_words", "convict_words",
            "suspect_nouns", "victim_nouns", "witness_nouns", "official_titles",
            "lawyer_titles", "relative_nouns", "speech_verbs", "unharmed_words")


_TALLIED = ("harm_killed", "harm_injured", "arrest_words", "charge_words", "unharmed_words")


_CLASSES_OF: dict[tuple[str, str], tuple[str, ...]] = {}


def _classes_of(lemma: str, lower: str) -> tuple[str, ...]:
    """The word classes of a word's lower-case lemma or lower-case form."""
    key = (lemma, lower)
    found = _CLASSES_OF.get(key)
    if found is None:
        if len(_CLASSES_OF) > 100_000:  # a guard for very long runs over odd text
            _CLASSES_OF.clear()
        found = _CLASSES_OF[key] = tuple(
            c for c in _CLASSES if any(k in words(c) for k in key))
    return found


_WORDS: dict[tuple[str, str, str, bool], tuple[str, tuple[str, ...]] | None] = {}


def _word(lemma: str, lower: str, pos: str, num: bool) -> tuple[str, tuple[str, ...]] | None:
    """A word's _lemma and word classes when it is a content word, else None."""
    if pos not in _CONTENT:
        return None
    low = lemma.lower()
    return ("<num>" if num else "<propn>" if pos == "PROPN" else low), _classes_of(low, lower)


_UNSET: tuple[str, tuple[str, ...]] = ("", ())  # a token whose _word is not read yet


def _word_features(table: TokenTable, lo: int, hi: int
                   ) -> list[tuple[str, tuple[str, ...]] | None]:
    """Per token: _word of its attributes (kept per distinct word across articles), read
    for the tokens lo..hi when first needed (only the tokens near mentions are)."""
    out: list[tuple[str, tuple[str, ...]] | None] = table.memo(
        "rolemodel_words", lambda t: [_UNSET] * len(t.doc))
    if len(_WORDS) > 100_000:  # a guard for very long runs over odd text
        _WORDS.clear()
    lemma, lower, pos, like_num = table.lemma, table.lower, table.pos, table.like_num
    for i in range(lo, min(hi, len(out))):
        if out[i] is _UNSET:
            key = (lemma[i], lower[i], pos[i], like_num[i])
            word = _WORDS.get(key, _UNSET)
            out[i] = _WORDS.setdefault(key, _word(*key)) if word is _UNSET else word
    return out


def _window(doc: Doc, m: Mention) -> Iterable[str]:
    """The words either side of a mention and the other words of its sentence."""
    table = tokens_of(doc)
    start, end = m.span.start, m.span.end
    sent_start, sent_end = table.sent_of(m.span)
    _word_features(table, max(0, start - WINDOW), start)
    _word_features(table, end, end + WINDOW)
    feats = _word_features(table, sent_start, sent_end)
    for side, lo, hi in (("l", max(0, start - WINDOW), start), ("r", end, end + WINDOW)):
        for word in feats[lo:hi]:
            if word is not None:
                yield f"w{side}:{word[0]}"
                yield from (f"c{side}:{c}" for c in word[1])
    pos = table.pos
    for i in range(sent_start, sent_end):
        word = feats[i]
        if word is not None and pos[i] in ("VERB", "NOUN", "ADJ") and not start <= i < end:
            yield f"s:{word[0]}"
            yield from (f"cs:{c}" for c in word[1])


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-4" if n < 5 else "5-9" if n < 10 else "10+"


def _in_quotes(doc: Doc, m: Mention) -> bool:
    text = text_of(doc)[max(0, m.start - 300): m.start]
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _article_features(doc: Doc) -> frozenset[str]:
    """What the article says of everyone's harm, the same for each of its people: the numbers
    it states dead, hurt and shot, and what its headline says ("7 injured in ...", "Man dies
    after ..."). A linear model reads them as a shift of every person's harm: where nobody
    is said to have died, a person near a harm verb was most likely hurt."""
    def build(_table: TokenTable) -> frozenset[str]:
        title = doc.user_data.get("casefile_title", "")
        stated, head = count_statements(doc), headline_counts(title)
        floor = headline_floor(title)
        feats = {f"art:stated:{k}:{_bucket(getattr(stated, k))}" for k in ("killed", "injured", "shot")}
        feats |= {f"art:head:{k}:{_bucket(getattr(head, k))}" for k in ("killed", "injured", "shot")}
        feats |= {f"art:floor:{k}" for k in ("killed", "injured", "shot") if getattr(floor, k)}
        killed = head.killed or stated.killed or floor.killed
        hurt = head.injured or stated.injured or floor.injured
        feats.add(f"art:kh:{_bucket(killed)}:{_bucket(hurt)}")
        if headline_one_dead(title):
            feats.add("art:head_one_dead")
        feats.update(f"art:title:{c}" for c in _title_classes(title))
        return frozenset(feats)

    return tokens_of(doc).memo("rolemodel_article", build)


def _surname_key(text: str) -> str:
    return text.lower().removesuffix("'s").removesuffix("’s")


def _named_in_article(doc: Doc) -> dict[str, tuple[int, int]]:
    """Each surname of the article's PERSON entities: (times named, first token)."""
    def build(_table: TokenTable) -> dict[str, tuple[int, int]]:
        found: dict[str, tuple[int, int]] = {}
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            words = [t.text for t in ent if t.text[:1].isalpha() and t.lower_ not in NAME_SUFFIXES]
            if not words:
                continue
            key = _surname_key(words[-1])
            n, first = found.get(key, (0, ent.start))
            found[key] = (n + 1, min(first, ent.start))
        return found

    return tokens_of(doc).memo("rolemodel_named", build)


def _rank_features(doc: Doc, names: Sequence[Mention]) -> Iterable[str]:
    """Where the person stands among the people the article names: the most named, the
    first named, one of many. The victims and the accused are mostly the people a report
    names most and first; officials and relatives come later and once or twice."""
    named = _named_in_article(doc)
    yield f"named_people:{_bucket(len(named))}"
    own = {_surname_key(m.surname) for m in names if m.surname} & named.keys()
    if not own:
        yield "rank:unseen"
        return
    count = max(named[k][0] for k in own)
    first = min(named[k][1] for k in own)
    by_count = sum(1 for n, _ in named.values() if n > count)
    by_first = sum(1 for _, f in named.values() if f < first)
    yield f"rank:count:{min(by_count, 3)}"
    yield f"rank:first:{min(by_first, 3)}"
    yield f"rank:both:{min(by_count, 2)}:{min(by_first, 2)}"


def person_features(doc: Doc, person: Person, cues: Sequence[Cue] | None = None) -> list[str]:
    """The feature strings of one person (sorted, each once)."""
    if cues is None:
        cues = person_cues(person)
    feats: set[str] = {"bias"}
    feats.update(_article_features(doc))
    mentions = sorted(person.mentions, key=lambda m: m.start)[:MAX_MENTIONS]
    counts: dict[str, int] = {}
    for m in mentions:
        k = _KIND.get(m.kind, "x")
        counts[k] = counts.get(k, 0) + 1
        feats.update(_grammar(m, k))
        if m.kind != "pron":
            feats.update(_window(doc, m))
        else:
            feats.update(f"ps:{c}" for c in _sentence(doc, m.span).content_classes)
        feats.update(_sentence_phrases(m, k))
        feats.update(f"title:{t}" for t in m.title)
        if m.title:
            feats.add("has_title")
        if m.kind == "desc":
            feats.add(f"desc:{m.head}")
        if m.age is not None:
            feats.add(f"{k}age")
        if m.kind == "name" and _in_quotes(doc, m):
            feats.add("quoted")
    for k, n in counts.items():
        feats.add(f"count:{k}:{_bucket(n)}")
    names = person.names
    if names:
        feats.add("full_name" if max(len(m.name_tokens) for m in names) > 1 else "one_word_name")
        first = min(m.start for m in names)
        index = tokens_of(doc).sent_index(first)
        feats.add(f"first_sent:{_bucket(index)}")
        feats.add(f"first_pos:{min(4, int(5 * first / max(1, len(text_of(doc)))))}")
        feats.update(_rank_features(doc, names))
    else:
        feats.add("unnamed")
    for c in cues:
        feats.add(f"cue:{c.kind}:{c.value}:{'strong' if c.strong else 'weak'}")
        feats.add(f"cue:{c.kind}:{c.value}")
        # Which kind of mention carries the cue: a pronoun's cue is the likeliest wrong.
        feats.add(f"cuek:{c.kind}:{c.value}:{_KIND.get(c.mention.kind, 'x')}")
    # How many of the person's sentences speak of each harm or legal step (presence alone
    # cannot weigh "killed" in one sentence against "injured" in three).
    sentences = {id(s): s for s in (_sentence(doc, m.span) for m in mentions)}
    tally: dict[str, int] = {}
    for sent in sentences.values():
        for cls in sent.classes & set(_TALLIED):
            tally[cls] = tally.get(cls, 0) + 1
    for cls, n in tally.items():
        feats.add(f"tally:{cls}:{_bucket(n)}")
    if tally.get("harm_killed", 0) > tally.get("harm_injured", 0):
        feats.add("tally:more_killed")
    elif tally.get("harm_injured", 0) > tally.get("harm_killed", 0):
        feats.add("tally:more_injured")
    feats.add(f"rule:{decide_role(list(cues), False)}")
    # A headline that names the person says what happened to them ("X dies after ...").
    title = doc.user_data.get("casefile_title", "")
    if names and title:
        title_words = {w.lower() for w in re.findall(r"[\w'-]+", title)}
        if any(m.surname and m.surname.lower() in title_words for m in names):
            feats.add("in_title")
            feats.update(f"in_title:{c}" for c in _title_classes(title))
    return sorted(feats)


def _title_classes(title: str) -> set[str]:
    """The word classes of a headline's words."""
    return {c for w in re.findall(r"[\w'-]+", title.lower()) for c in _classes_of(w, w)}


def role_blind_buckets(feature_lists: Iterable[Sequence[str]]) -> np.ndarray:
    """The sorted buckets of the ROLE_BLIND features among `feature_lists`."""
    return np.unique(np.fromiter(
        (bucket(f) for feats in feature_lists for f in feats if f.startswith(ROLE_BLIND)),
        dtype=np.int64))


def bucket(feature: str) -> int:
    # crc32 rather than hash(): Python salts str hashes per process.
    return zlib.crc32(feature.encode("utf-8")) % N_FEATURES


_BUCKETS: dict[str, int] = {}  # bucket() of the features seen, which repeat across people


def _bucket_of(feature: str) -> int:
    found = _BUCKETS.get(feature)
    if found is None:
        if len(_BUCKETS) > 500_000:  # a guard for very long runs over odd text
            _BUCKETS.clear()
        found = _BUCKETS[feature] = bucket(feature)
    return found


def vectorise(features: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Indices and values (L2-normalised presence) of a feature list."""
    if not features:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    index = np.unique(np.fromiter((_bucket_of(f) for f in features), dtype=np.int64))
    value = np.full(index.shape, 1.0 / np.sqrt(index.size), dtype=np.float32)
    return index, value
