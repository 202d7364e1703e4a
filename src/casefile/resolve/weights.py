"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 2884 candidate pairs, 1136 positive.
WEIGHTS = (
    +1.2288,  # shared_surnames
    +2.9154,  # shared_names
    -0.7531,  # surname_clash
    -0.0882,  # same_city
    -1.5815,  # other_city
    +1.4331,  # same_region
    -0.9058,  # other_region
    -0.4521,  # day_gap
    +1.4833,  # same_day
    +0.0000,  # no_day
    -0.1596,  # published_gap
    +1.8716,  # shared_terms
    +0.4292,  # terms_jaccard
    +0.1286,  # title_jaccard
    -1.3214,  # same_kind
    -0.2776,  # other_kind
    +0.8969,  # same_counts
    +1.8617,  # shared_title
    +0.6208,  # same_city_days
)
BIAS = -2.3220
THRESHOLD = 0.575
