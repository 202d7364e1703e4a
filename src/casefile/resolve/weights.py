"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 2948 candidate pairs, 1141 positive.
WEIGHTS = (
    +1.2727,  # shared_surnames
    +2.8292,  # shared_names
    -0.7366,  # surname_clash
    +0.0249,  # same_city
    -1.4864,  # other_city
    +1.4830,  # same_region
    -0.8383,  # other_region
    -0.4542,  # day_gap
    +1.4926,  # same_day
    +0.0000,  # no_day
    -0.1792,  # published_gap
    +2.0339,  # shared_terms
    +0.8024,  # terms_jaccard
    -0.0161,  # title_jaccard
    -1.2215,  # same_kind
    -0.0377,  # other_kind
    +0.9604,  # same_counts
    +1.7265,  # shared_title
    +0.5174,  # same_city_days
)
BIAS = -2.7538
THRESHOLD = 0.5
