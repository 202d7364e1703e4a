"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 1793 candidate pairs, 1077 positive.
WEIGHTS = (
    +0.6764,  # shared_surnames
    +2.4292,  # shared_names
    -0.7025,  # surname_clash
    -0.4401,  # same_city
    -1.5244,  # other_city
    +0.2000,  # same_region
    -0.4534,  # other_region
    -0.4024,  # day_gap
    +1.2268,  # same_day
    +0.0000,  # no_day
    -0.1219,  # published_gap
    +1.6263,  # shared_terms
    +1.4257,  # terms_jaccard
    +0.8810,  # title_jaccard
    -1.3944,  # same_kind
    -0.2939,  # other_kind
    +0.2948,  # same_counts
    +1.6590,  # shared_title
    +0.7751,  # same_city_days
)
BIAS = -0.4758
THRESHOLD = 0.525
