"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 2954 candidate pairs, 1160 positive.
WEIGHTS = (
    +1.6201,  # shared_surnames
    +2.9041,  # shared_names
    -0.6642,  # surname_clash
    -0.8457,  # same_city
    -1.9868,  # other_city
    +1.9775,  # same_region
    -0.5195,  # other_region
    -0.6495,  # day_gap
    +1.4071,  # same_day
    +0.0000,  # no_day
    +0.0002,  # published_gap
    +1.7687,  # shared_terms
    +1.0394,  # terms_jaccard
    +0.6248,  # title_jaccard
    -1.3920,  # same_kind
    -0.0009,  # other_kind
    +0.8949,  # same_counts
    +1.9915,  # shared_title
    +0.2519,  # same_city_days
)
BIAS = -2.5861
THRESHOLD = 0.525
