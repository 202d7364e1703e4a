"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 2527 candidate pairs, 1158 positive.
WEIGHTS = (
    +1.4041,  # shared_surnames
    +2.8660,  # shared_names
    -0.6821,  # surname_clash
    -0.7717,  # same_city
    -1.9882,  # other_city
    +1.3000,  # same_region
    -0.6939,  # other_region
    -0.6294,  # day_gap
    +1.3989,  # same_day
    +0.0000,  # no_day
    -0.0181,  # published_gap
    +1.7425,  # shared_terms
    +1.2843,  # terms_jaccard
    +0.6698,  # title_jaccard
    -1.3240,  # same_kind
    -0.0608,  # other_kind
    +0.9659,  # same_counts
    +1.9972,  # shared_title
    +0.1382,  # same_city_days
)
BIAS = -1.8661
THRESHOLD = 0.45
