"""Faster drop-in replacements for the small model's attribute_ruler and lemmatizer.

Both give exactly the annotations of the components they replace (tests/test_pipeline.py
compares them token by token); they only avoid repeating work:

- spaCy's AttributeRuler runs a Matcher of ~180 patterns over every token of every Doc
  (about 11% of the pipeline's time on news text). All but a handful of the patterns are
  single-token patterns, whose result depends only on the token's own attributes, so the
  matches of a (TAG, LOWER, DEP, IS_SPACE) combination are computed once, with the same
  Matcher run on that one token, and reused, with the rules' combined effect on the
  token. A value that no pattern names (most words' LOWER) enters that key as "other",
  with the answers of the patterns' regular expressions on it, so one entry serves all
  such words. The few longer patterns ("gon na") run only from the tokens that match
  their first token (known from the same cache), on a window as long as the longest.
- spaCy's rule Lemmatizer builds a Token object per token and caches only some of its
  answers; the lemma depends only on (ORTH, POS, MORPH), so each combination is computed
  once with the original lemmatizer and the lemmas are written back with one from_array.

They are registered under versioned names (spaCy style: a changed behaviour gets a new
name, so a saved pipeline never silently gets other code) and wrap the model's own
components, which stay the source of the patterns and lookup tables.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

_MAX_CACHE = 200_000  # entries; a guard for very long runs over odd text
# What the attribute ruler's rules set, written back with one Doc.from_array; any other
# attribute (TAG, DEP: two rules of the small model) is set token by token as spaCy does.
_COLUMNS = [POS, MORPH, LEMMA]
_COLUMN_OF = {attr: col for col, attr in enumerate(_COLUMNS)}
# Token attributes a single-token pattern may test for its matches to be cached by their
# values; a pattern on anything else (extensions, IS_SENT_START, OP, ...) runs as before.
_KEY_ATTRS = {name: IDS[name] for name in (
    "ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "TAG", "POS", "DEP",
    "LEMMA", "MORPH", "ENT_TYPE", "IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE",
    "IS_UPPER", "IS_LOWER", "LIKE_NUM")}
_KEY_ATTRS["TEXT"] = ORTH


# Tests of a string attribute whose answer is the same for every value no pattern names
# (REGEX aside, which is answered per value): equality, IN and NOT_IN.
_SET_OPS = {"IN", "NOT_IN"}


def _named_values(patterns: list[list[dict[str, Any]]], attr: int
                  ) -> tuple[set[int], list[re.Pattern[str]]] | None:
    """The values (as string ids) and regular expressions single-token patterns test an
    attribute with; None when some test is of another kind (then raw values are the key)."""
    named: set[int] = set()
    regexes: list[re.Pattern[str]] = []
    for pattern in patterns:
        for name, value in pattern[0].items():
            if _KEY_ATTRS[name.upper()] != attr:
                continue
            if isinstance(value, str):
                named.add(get_string_id(value))
            elif isinstance(value, dict) and value and set(value) <= _SET_OPS | {"REGEX"}:
                for op, arg in value.items():
                    if op == "REGEX" and isinstance(arg, str):
                        regexes.append(re.compile(arg))
                    elif op in _SET_OPS and isinstance(arg, list) and all(
                            isinstance(v, str) for v in arg):
                        named.update(get_string_id(v) for v in arg)
                    else:
                        return None
            else:
                return None
    return named, regexes


def _context_free(pattern: list[dict[str, Any]]) -> bool:
    """Whether a Matcher pattern matches exactly one token, judged by its own attributes."""
    return len(pattern) == 1 and all(name.upper() in _KEY_ATTRS for name in pattern[0])


class _CachedMatcher:
    """A Matcher of single-token patterns whose matches are kept per token key: the values
    of the attributes the patterns read, folded where the patterns allow (see _canonical)."""

    def __init__(self, vocab: Any, patterns: list[tuple[int, list[list[dict[str, Any]]]]]):
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        for match_id, group in patterns:
            self.matcher.add(match_id, group)
        single = [p for _, group in patterns for p in group]
        # The token attributes the patterns read: their values are the key.
        self.key_attrs = sorted({_KEY_ATTRS[name.upper()] for pattern in single
                                 for name in pattern[0]})
        # Per key column that can be folded: the named values and regexes (see _canonical).
        self.folds: dict[int, tuple[set[int], list[re.Pattern[str]]]] = {}
        for col, attr in enumerate(self.key_attrs):
            found = _named_values(single, attr)
            if found is not None:
                self.folds[col] = found
        self.canonical: dict[int, dict[int, Any]] = {col: {} for col in self.folds}
        self.cache: dict[tuple[Any, ...], list[int]] = {}  # key -> match ids, Matcher's order

    def full(self) -> bool:
        return len(self.cache) > _MAX_CACHE or any(
            len(s) > _MAX_CACHE for s in self.canonical.values())

    def clear(self) -> None:
        self.cache.clear()
        for seen in self.canonical.values():
            seen.clear()

    def _canonical(self, col: int, value: int) -> Any:
        """A key column's value as the patterns see it: itself when some pattern names it,
        else "other" with the answers of the column's regexes."""
        named, regexes = self.folds[col]
        if value in named:
            return value
        if not regexes:
            return "other"
        text = self.vocab.strings[value]
        return ("other",) + tuple(bool(r.search(text)) for r in regexes)

    def _keys(self, doc: Doc) -> list[tuple[Any, ...]]:
        """Each token's cache key: its key attributes, folded where the patterns allow."""
        if not self.key_attrs:
            return [()] * len(doc)
        columns: list[list[Any]] = doc.to_array(self.key_attrs).T.tolist()
        for col, seen in self.canonical.items():
            values = columns[col]
            for i, value in enumerate(values):
                folded = seen.get(value)
                if folded is None:
                    folded = seen[value] = self._canonical(col, value)
                values[i] = folded
        return list(zip(*columns))

    def __call__(self, doc: Doc) -> list[list[int]]:
        """Per token, the ids of the patterns it matches alone."""
        cache = self.cache
        out: list[list[int]] = []
        for i, key in enumerate(self._keys(doc)):
            ids = cache.get(key)
            if ids is None:
                ids = cache[key] = [m_id for m_id, _, _ in self.matcher(
                    doc[i:i + 1], allow_missing=True, as_spans=False)]
            out.append(ids)
        return out


class FastAttributeRuler:
    """The model's AttributeRuler with single-token matches cached per token signature.

    The few longer patterns run only from the tokens that match one's first token (also
    cached per signature), on a window as long as the longest pattern.
    """

    def __init__(self, ruler: AttributeRuler):
        self.ruler = ruler
        vocab = ruler.vocab
        self.multi = Matcher(vocab)
        self.has_multi = False
        single: list[tuple[int, list[list[dict[str, Any]]]]] = []
        long_patterns: list[list[dict[str, Any]]] = []
        for attr_id in range(len(ruler.attrs)):
            match_id = vocab.strings[str(attr_id)]
            entry = ruler.matcher.get(match_id)
            if entry is None:
                continue
            patterns = entry[1]
            short = [p for p in patterns if _context_free(p)]
            long = [p for p in patterns if not _context_free(p)]
            if short and long:
                # One key with both kinds: matching them apart could differ in order or
                # duplicates from the Matcher's own output, so keep it whole.
                long, short = patterns, []
            if short:
                single.append((match_id, short))
            if long:
                self.multi.add(match_id, long)
                long_patterns.extend(long)
                self.has_multi = True
        self.attr_of = {m_id: int(vocab.strings[m_id]) for m_id, _ in single}
        # The first tokens of the longer patterns join the single-token ones under one more
        # id, when each is judged by its own attributes and every pattern has a fixed
        # length (no OP); else the longer patterns run over the whole Doc.
        self.start_id: int | None = None
        self.longest = max((len(p) for p in long_patterns), default=0)
        if long_patterns and all(_context_free(p[:1]) for p in long_patterns) and not any(
                "OP" in {name.upper() for name in t} for p in long_patterns for t in p):
            self.start_id = vocab.strings.add("casefile_ruler_start")
            single.append((self.start_id, [p[:1] for p in long_patterns]))
        self.single = _CachedMatcher(vocab, single)
        # Whether every single-token rule sets its own token (index 0 or -1): then each
        # token's rules follow from its key alone (see __call__).
        self.single_in_token = all(ruler.indices[a] in (0, -1) for a in self.attr_of.values())
        # id() of a list of the single matcher's cache (kept alive there) -> that list and
        # _token_effect of it; cleared with that cache.
        self.token_effects: dict[int, tuple[list[int], tuple[tuple[int, ...], bool,
                                                              dict[int, int]]]] = {}
        self.effects: dict[tuple[int, ...], dict[int, int]] = {}

    def _multi_matches(self, doc: Doc, starts: list[int]) -> list[tuple[int, int, int]]:
        """(match_id, start, end) of the longer patterns, as their Matcher finds them."""
        if self.start_id is None:
            return self.multi(doc, allow_missing=True, as_spans=False)
        found: list[tuple[int, int, int]] = []
        for i in starts:  # a match from here lies within the window; the others (s > 0)
            # are found from their own first token
            found.extend((m_id, i, i + e) for m_id, s, e in self.multi(
                doc[i:i + self.longest], allow_missing=True, as_spans=False) if s == 0)
        return found

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The same (attr_id, match_id, start, end) list as AttributeRuler.match."""
        strings = doc.vocab.strings
        if self.single.full():
            self.single.clear()
            self.effects.clear()
            self.token_effects.clear()
        attr_of, start_id = self.attr_of, self.start_id
        found: list[tuple[int, int, int, int]] = []
        starts: list[int] = []
        for i, ids in enumerate(self.single(doc)):
            for m_id in ids:
                if m_id == start_id:
                    if not starts or starts[-1] != i:  # several first tokens may match
                        starts.append(i)
                else:
                    found.append((attr_of[m_id], m_id, i, i + 1))
        if self.has_multi:
            found.extend((int(strings[m_id]), m_id, s, e) for m_id, s, e in
                         self._multi_matches(doc, starts))
        found.sort()
        return found

    def _effect(self, attr_ids: list[int]) -> dict[int, int]:
        """The attributes that rules `attr_ids`, applied in this order, leave set.

        set_token_attrs only assigns each attribute, so applying the rules one after
        another equals one dict in which later rules override earlier ones.
        """
        effect: dict[int, int] = {}
        for attr_id in attr_ids:
            effect.update(self.ruler.attrs[attr_id])
        return effect

    def _token_effect(self, ids: list[int]) -> tuple[tuple[int, ...], bool, dict[int, int]]:
        """For a token's single-token match ids: its rules in the order they apply, whether
        a longer pattern may start there, and the attributes the rules leave set."""
        attr_ids = tuple(sorted(self.attr_of[m_id] for m_id in ids if m_id != self.start_id))
        return attr_ids, self.start_id in ids, self._effect(list(attr_ids))

    def __call__(self, doc: Doc) -> Doc:
        if not self.single_in_token:
            return self._apply(doc, self.match(doc))
        if self.single.full():
            self.single.clear()
            self.effects.clear()
            self.token_effects.clear()
        # AttributeRuler.set_annotations applies a token's rules in the order of the sorted
        # matches, i.e. by rule (attr_id): for a token that only single-token patterns
        # match, that order and its effect depend on its key alone and are kept with it.
        token_effects = self.token_effects
        rows = []
        for ids in self.single(doc):
            row = token_effects.get(id(ids))
            if row is None:
                row = token_effects[id(ids)] = (ids, self._token_effect(ids))
            rows.append(row[1])
        ruler = self.ruler
        extra: dict[int, list[int]] = {}  # the rules of longer patterns, per token
        if self.has_multi:
            strings = doc.vocab.strings
            starts = [i for i, (_, here, _) in enumerate(rows) if here]
            for m_id, start, end in self._multi_matches(doc, starts):
                attr_id = int(strings[m_id])
                index = ruler.indices[attr_id]
                i = (start if index >= 0 else end) + index
                if not start <= i < end:  # let the original raise its error
                    ruler.set_annotations(doc, self.match(doc))
                    return doc
                extra.setdefault(i, []).append(attr_id)
        effects = self.effects
        arr = doc.to_array(_COLUMNS)
        columns = arr.T.tolist()  # set as lists: numpy's item assignment is slower
        changed = False
        other: list[tuple[int, dict[int, int]]] = []
        for i, (attr_ids, _, effect) in enumerate(rows):
            more = extra.get(i)
            if more:
                key = tuple(sorted(attr_ids + tuple(more)))
                combined = effects.get(key)
                if combined is None:
                    combined = effects[key] = self._effect(list(key))
                effect = combined
            for attr, value in effect.items():
                col = _COLUMN_OF.get(attr)
                if col is None:
                    other.append((i, {attr: value}))
                else:
                    columns[col][i] = value
                    changed = True
        if changed:
            doc.from_array(_COLUMNS, numpy.ascontiguousarray(  # type: ignore[arg-type]
                numpy.array(columns, dtype=arr.dtype).T))
        for i, attrs in other:
            set_token_attrs(doc[i], attrs)
        return doc

    def _apply(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> Doc:
        """AttributeRuler.set_annotations for the matches of `match`."""
        if not matches:
            return doc
        # The rules to apply per token, in AttributeRuler.set_annotations' order.
        ruler = self.ruler
        per_token: dict[int, list[int]] = {}
        for attr_id, _, start, end in matches:
            index = ruler.indices[attr_id]
            i = (start if index >= 0 else end) + index
            if not start <= i < end:  # let the original raise its error
                ruler.set_annotations(doc, matches)
                return doc
            per_token.setdefault(i, []).append(attr_id)
        effects = self.effects
        arr = doc.to_array(_COLUMNS)
        changed = False
        other: list[tuple[int, dict[int, int]]] = []
        for i, attr_ids in per_token.items():
            key = tuple(attr_ids)
            effect = effects.get(key)
            if effect is None:
                effect = effects[key] = self._effect(attr_ids)
            for attr, value in effect.items():
                col = _COLUMN_OF.get(attr)
                if col is None:
                    other.append((i, {attr: value}))
                else:
                    arr[i, col] = value
                    changed = True
        if changed:
            doc.from_array(_COLUMNS, arr)  # type: ignore[arg-type]
        for i, attrs in other:
            set_token_attrs(doc[i], attrs)
        return doc


class FastLemmatizer:
    """The model's rule Lemmatizer with its answers cached per (ORTH, POS, MORPH)."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}
        self._index_sets: dict[str, set[str]] = {}

    def _lemmatize(self, token: Token) -> list[str]:
        """Lemmatizer.rule_lemmatize, with its word index read as a set.

        spaCy keeps lemma_index as lists (up to ~57,000 words for nouns) and tests
        membership in them for every new word; this is its code with the same tables
        and results, the index turned into sets once.
        """
        lem = self.lemmatizer
        if lem.mode != "rule":
            return lem.lemmatize(token)
        cache_key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        if cache_key in lem.cache:
            return lem.cache[cache_key]
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return lem.rule_lemmatize(token)  # spaCy's warnings and answers
        if lem.is_base_form(token):
            return [string.lower()]
        index_table = lem.lookups.get_table("lemma_index", {})
        exc_table = lem.lookups.get_table("lemma_exc", {})
        rules_table = lem.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos),
                    rules_table.get(univ_pos))):
            return [string] if univ_pos == "propn" else [string.lower()]
        index = self._index_sets.get(univ_pos)
        if index is None:
            index = self._index_sets[univ_pos] = set(index_table.get(univ_pos, {}))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        lem.cache[cache_key] = forms
        return forms

    def __call__(self, doc: Doc) -> Doc:
        lem = self.lemmatizer
        if not lem._validated:  # what Lemmatizer.__call__ checks first
            lem._validate_tables()
        cache = self.cache
        if len(cache) > _MAX_CACHE:
            cache.clear()
        strings = doc.vocab.strings
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = arr[:, 3].copy()
        overwrite = lem.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if not overwrite and lemma != 0:
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                value = cache[key] = strings.add(self._lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))  # type: ignore[arg-type]
        return doc


def _fast_factory(kind: str) -> Any:
    def make(nlp: Language, name: str, source: str) -> Any:
        wrapped: Any = nlp.get_pipe(source)
        return FastAttributeRuler(wrapped) if kind == "ruler" else FastLemmatizer(wrapped)
    return make


Language.factory("casefile_attribute_ruler_v1", default_config={"source": "attribute_ruler"},
                 func=_fast_factory("ruler"))
Language.factory("casefile_lemmatizer_v1", default_config={"source": "lemmatizer"},
                 func=_fast_factory("lemmatizer"))


def use_fast_components(nlp: Language) -> Language:
    """Swap the model's attribute_ruler and rule lemmatizer for the cached versions.

    The originals are kept, disabled, as the wrappers' sources; a pipeline without them
    (or with a lemmatizer in another mode) is left as it is.
    """
    if "attribute_ruler" in nlp.pipe_names and isinstance(
            nlp.get_pipe("attribute_ruler"), AttributeRuler):
        nlp.add_pipe("casefile_attribute_ruler_v1", after="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
    lemmatizer: Any = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
        nlp.add_pipe("casefile_lemmatizer_v1", after="lemmatizer")
        nlp.disable_pipe("lemmatizer")
    return nlp
