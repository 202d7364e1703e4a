"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 2527 candidate pairs, 1158 positive.
WEIGHTS = (
    +1.4347,  # shared_surnames
    +3.0228,  # shared_names
    -0.6099,  # surname_clash
    -0.4411,  # same_city
    -1.9231,  # other_city
    +1.3154,  # same_region
    -0.8145,  # other_region
    -0.6248,  # day_gap
    +1.5117,  # same_day
    +0.0000,  # no_day
    +0.0195,  # published_gap
    +1.3483,  # shared_terms
    +1.3888,  # terms_jaccard
    +0.6376,  # title_jaccard
    -1.1129,  # same_kind
    +0.1033,  # other_kind
    +0.8947,  # same_counts
    +2.6952,  # shared_title
    +0.2525,  # same_city_days
)
BIAS = -1.6165
THRESHOLD = 0.55
