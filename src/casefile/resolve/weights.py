"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 2408 candidate pairs, 1168 positive.
WEIGHTS = (
    +1.0089,  # shared_surnames
    +2.6675,  # shared_names
    -0.6400,  # surname_clash
    +3.5974,  # same_city
    -2.8312,  # other_city
    +1.9319,  # same_region
    -1.1944,  # other_region
    -0.6245,  # day_gap
    +1.7276,  # same_day
    +0.0000,  # no_day
    -0.0224,  # published_gap
    +2.2216,  # shared_terms
    +0.4478,  # terms_jaccard
    +0.3913,  # title_jaccard
    -1.0488,  # same_kind
    +0.1978,  # other_kind
    +1.6786,  # same_counts
    +2.4554,  # shared_title
    +0.1246,  # same_city_days
    -0.7584,  # city_size
)
BIAS = -2.0295
THRESHOLD = 0.7
