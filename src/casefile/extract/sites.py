"""Where a report was published, as words: its site's host name, its URL path, the tail of
its headline ("… - WMC Action News 5 - Memphis, Tennessee").

Local news is mostly about its own area, so these words hint at the incident's state (and
name the city when the text names none); casefile.extract.places looks them up.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# host labels that never name the publisher: "www.", "m.", the top-level domain
_SKIP_LABELS = frozenset({"www", "m", "mobile", "amp", "web", "com", "net", "org", "co", "us",
                          "uk", "ca", "au", "nz", "ie", "info", "tv", "news", "edu", "gov"})
_SEGMENT = re.compile(r"[a-z]+(?:-[a-z]+){0,3}")
# US broadcasters' call signs begin with K or W: "wlwt", "kcci", "wvtm13", "wsbtv"
_CALL_SIGN = re.compile(r"[kw][a-z]{2,3}(?:tv|\d{1,2})?")
_COUNTRY_DOMAINS = {"uk": "GB", "ie": "IE", "ca": "CA", "au": "AU", "nz": "NZ"}
_TAIL_SPLIT = re.compile(r"\s+[-|–—]\s+|\s*\|\s*")


def page_url(url: str | None) -> str:
    """The page's own address: an archive's copy ("web.archive.org/web/2016…/http://x.com/…")
    gives the original one."""
    if not url:
        return ""
    start = max(url.rfind("http://"), url.rfind("https://"))
    return url[start:] if start > 0 else url


def host_labels(url: str | None) -> list[str]:
    """The labels of the site's host name that may name it, hyphens dropped:
    "www.fox13memphis.com" -> ["fox13memphis"], "chicago.suntimes.com" -> ["chicago", "suntimes"]."""
    try:
        host = urlsplit(page_url(url)).hostname or ""
    except ValueError:
        return []
    labels = host.lower().split(".")[:-1]  # the last is the top-level domain
    return [label.replace("-", "") for label in labels if label not in _SKIP_LABELS]


def path_words(url: str | None) -> list[list[str]]:
    """The short all-word segments of the URL's path, each as its words:
    "/news/local/fort-worth/article1.html" -> [["local"], ["fort", "worth"]] (words that
    name no site, "news", "mobile", are left out)."""
    try:
        path = urlsplit(page_url(url)).path
    except ValueError:
        return []
    return [seg.split("-") for seg in path.lower().split("/")
            if _SEGMENT.fullmatch(seg) and seg not in _SKIP_LABELS]


def title_tails(title: str | None) -> list[str]:
    """The parts of a headline after its first separator: the site's name and home."""
    return _TAIL_SPLIT.split(title or "")[1:]


def home_country(url: str | None) -> str | None:
    """The country a site is at home in, when its name tells: a country's domain ("x.co.uk"),
    a US broadcaster's call sign ("www.wlwt.com")."""
    try:
        host = urlsplit(page_url(url)).hostname or ""
    except ValueError:
        return None
    labels = host.lower().split(".")
    if len(labels) < 2:
        return None
    if labels[-1] in _COUNTRY_DOMAINS:
        return _COUNTRY_DOMAINS[labels[-1]]
    if any(_CALL_SIGN.fullmatch(label) for label in host_labels(url)):
        return "US"
    return None


def call_sign(url: str | None) -> str | None:
    """The first letter ("k" or "w") of the US broadcaster's call sign the site is named by."""
    for label in host_labels(url):
        if _CALL_SIGN.fullmatch(label):
            return label[0]
    return None
