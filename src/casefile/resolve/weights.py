"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 2436 candidate pairs, 1157 positive.
WEIGHTS = (
    +1.2320,  # shared_surnames
    +2.9684,  # shared_names
    -0.7055,  # surname_clash
    -0.0987,  # same_city
    -1.8497,  # other_city
    +1.2819,  # same_region
    -1.1129,  # other_region
    -0.6268,  # day_gap
    +1.5096,  # same_day
    +0.0000,  # no_day
    -0.0122,  # published_gap
    +1.9363,  # shared_terms
    +0.6570,  # terms_jaccard
    +0.9305,  # title_jaccard
    -1.0644,  # same_kind
    +0.1107,  # other_kind
    +0.9008,  # same_counts
    +2.5507,  # shared_title
    +0.2236,  # same_city_days
)
BIAS = -1.6964
THRESHOLD = 0.55
