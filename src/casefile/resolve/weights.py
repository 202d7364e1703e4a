"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 4995 candidate pairs, 1081 positive.
WEIGHTS = (
    +0.5170,  # shared_surnames
    +1.9824,  # shared_names
    -0.6000,  # surname_clash
    -0.1394,  # same_city
    -1.6139,  # other_city
    +1.1210,  # same_region
    -0.5667,  # other_region
    -0.6070,  # day_gap
    +1.2616,  # same_day
    +0.0000,  # no_day
    -0.2004,  # published_gap
    +1.4831,  # shared_terms
    +2.5971,  # terms_jaccard
    +0.5716,  # title_jaccard
    -1.4246,  # same_kind
    -0.1175,  # other_kind
    +0.3129,  # same_counts
    +1.8356,  # shared_title
    +0.5564,  # same_city_days
)
BIAS = -1.2023
THRESHOLD = 0.525
