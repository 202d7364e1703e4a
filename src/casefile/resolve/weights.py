"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 2883 candidate pairs, 1137 positive.
WEIGHTS = (
    +1.2552,  # shared_surnames
    +2.9779,  # shared_names
    -0.6036,  # surname_clash
    -0.0914,  # same_city
    -1.6101,  # other_city
    +1.4227,  # same_region
    -0.9338,  # other_region
    -0.4600,  # day_gap
    +1.4995,  # same_day
    +0.0000,  # no_day
    -0.1545,  # published_gap
    +1.8473,  # shared_terms
    +0.5006,  # terms_jaccard
    +0.1398,  # title_jaccard
    -1.3276,  # same_kind
    -0.4490,  # other_kind
    +0.8589,  # same_counts
    +1.8508,  # shared_title
    +0.6022,  # same_city_days
)
BIAS = -2.2748
THRESHOLD = 0.625
