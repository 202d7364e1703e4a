"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 2465 candidate pairs, 1164 positive.
WEIGHTS = (
    +1.0408,  # shared_surnames
    +2.9842,  # shared_names
    -0.5483,  # surname_clash
    +0.0692,  # same_city
    -1.8679,  # other_city
    +1.2304,  # same_region
    -1.0922,  # other_region
    -0.5641,  # day_gap
    +1.7793,  # same_day
    +0.0000,  # no_day
    +0.0233,  # published_gap
    +1.6619,  # shared_terms
    +0.9327,  # terms_jaccard
    +0.0911,  # title_jaccard
    -1.0960,  # same_kind
    -0.1441,  # other_kind
    +1.2854,  # same_counts
    +2.5177,  # shared_title
    +0.0910,  # same_city_days
)
BIAS = -1.9927
THRESHOLD = 0.625
