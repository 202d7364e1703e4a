"""Weights of the pair model (score.py); written by `python -m casefile.resolve.train`."""

# Fitted on the tune split of gva-dev: 2408 candidate pairs, 1168 positive.
WEIGHTS = (
    +1.0602,  # shared_surnames
    +2.6809,  # shared_names
    -0.6046,  # surname_clash
    +3.9313,  # same_city
    -2.9027,  # other_city
    +1.9353,  # same_region
    -1.1506,  # other_region
    -0.6148,  # day_gap
    +1.7811,  # same_day
    +0.0000,  # no_day
    -0.0134,  # published_gap
    +2.0673,  # shared_terms
    +0.5681,  # terms_jaccard
    +0.3220,  # title_jaccard
    -1.0739,  # same_kind
    +0.2159,  # other_kind
    +1.6767,  # same_counts
    +2.5324,  # shared_title
    +0.1050,  # same_city_days
    -0.8550,  # city_size
)
BIAS = -1.9658
THRESHOLD = 0.675
