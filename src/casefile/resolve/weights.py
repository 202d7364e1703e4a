"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 2460 candidate pairs, 1168 positive.
WEIGHTS = (
    +1.1503,  # shared_surnames
    +2.6631,  # shared_names
    -0.5858,  # surname_clash
    +3.9744,  # same_city
    -2.8928,  # other_city
    +1.8730,  # same_region
    -1.2198,  # other_region
    -0.6242,  # day_gap
    +1.7742,  # same_day
    +0.0000,  # no_day
    -0.0116,  # published_gap
    +1.9179,  # shared_terms
    +0.6218,  # terms_jaccard
    +0.2588,  # title_jaccard
    -1.1391,  # same_kind
    +0.2045,  # other_kind
    +1.6898,  # same_counts
    +2.5378,  # shared_title
    +0.0802,  # same_city_days
    -0.8634,  # city_size
)
BIAS = -1.8513
THRESHOLD = 0.675
