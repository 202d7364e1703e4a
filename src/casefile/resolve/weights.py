"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 2965 candidate pairs, 1160 positive.
WEIGHTS = (
    +1.5870,  # shared_surnames
    +2.8475,  # shared_names
    -0.6624,  # surname_clash
    -0.8762,  # same_city
    -1.9306,  # other_city
    +1.8831,  # same_region
    -0.6342,  # other_region
    -0.6897,  # day_gap
    +1.3583,  # same_day
    +0.0000,  # no_day
    -0.0116,  # published_gap
    +1.7696,  # shared_terms
    +0.8704,  # terms_jaccard
    +0.3693,  # title_jaccard
    -1.4086,  # same_kind
    +0.0282,  # other_kind
    +0.9465,  # same_counts
    +1.9081,  # shared_title
    +0.2385,  # same_city_days
)
BIAS = -2.4000
THRESHOLD = 0.55
