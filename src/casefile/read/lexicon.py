"""Phrases of pages that stand in for an article: paywalls, cookie walls, script-only shells.

Matched lower-cased against the text of short pages only; a full report that merely
mentions a subscription in its footer is not a stub.
"""

from __future__ import annotations

PAYWALL = (
    "subscribe to continue reading",
    "subscribe to read",
    "subscribe now to continue",
    "to continue reading, subscribe",
    "to continue reading this article",
    "this article is for subscribers",
    "this content is for subscribers",
    "available to subscribers only",
    "exclusive to subscribers",
    "already a subscriber",
    "sign in to continue reading",
    "log in to continue reading",
    "register to continue reading",
    "you have reached your limit of free articles",
    "you've reached your free article limit",
    "create a free account to continue",
    "unlock this article",
)
COOKIE_WALL = (
    "we use cookies",
    "this site uses cookies",
    "accept all cookies",
    "accept cookies to continue",
    "manage cookie settings",
    "your privacy choices",
    "we value your privacy",
    "consent to the use of cookies",
)
SCRIPT_SHELL = (
    "please enable javascript",
    "you need to enable javascript",
    "javascript is required",
    "javascript is disabled",
)

# The kind of stub named in the error, and its phrases.
STUBS: dict[str, tuple[str, ...]] = {
    "paywall": PAYWALL,
    "cookie wall": COOKIE_WALL,
    "page that needs JavaScript": SCRIPT_SHELL,
}
# A page whose main text has fewer words than this may be a stub; a real report has more.
STUB_MAX_WORDS = 120
