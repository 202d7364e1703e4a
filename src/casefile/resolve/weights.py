"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 2527 candidate pairs, 1158 positive.
WEIGHTS = (
    +1.4098,  # shared_surnames
    +2.7899,  # shared_names
    -0.6739,  # surname_clash
    -0.8442,  # same_city
    -1.8972,  # other_city
    +1.1829,  # same_region
    -0.8119,  # other_region
    -0.6226,  # day_gap
    +1.4020,  # same_day
    +0.0000,  # no_day
    -0.0078,  # published_gap
    +1.7437,  # shared_terms
    +1.2560,  # terms_jaccard
    +0.6091,  # title_jaccard
    -1.2193,  # same_kind
    -0.0580,  # other_kind
    +1.0314,  # same_counts
    +2.4550,  # shared_title
    +0.3020,  # same_city_days
)
BIAS = -1.8408
THRESHOLD = 0.55
