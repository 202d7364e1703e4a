"""Where a report was published, as words (casefile.extract.sites)."""

from __future__ import annotations

from casefile.extract.sites import (
    call_sign,
    home_country,
    host_labels,
    page_url,
    path_words,
    title_tails,
)


def test_page_url_unwraps_an_archive_copy():
    url = "http://web.archive.org/web/20160617212336/http://fox59.com:80/2014/02/04/x/"
    assert page_url(url) == "http://fox59.com:80/2014/02/04/x/"
    assert page_url("https://example.com/a") == "https://example.com/a"
    assert page_url(None) == ""


def test_host_labels_drop_www_and_the_domain():
    assert host_labels("http://www.star-telegram.com/news") == ["startelegram"]
    assert host_labels("https://chicago.suntimes.com/x") == ["chicago", "suntimes"]
    assert host_labels("not a url") == []


def test_path_words_keep_short_word_segments():
    url = "http://www.example.com/news/local/fort-worth/article101439292.html"
    assert path_words(url) == [["local"], ["fort", "worth"]]  # "news" is no place


def test_title_tails_are_what_follows_the_headline():
    assert title_tails("Man shot - WMC Action News 5 - Memphis, Tennessee") == [
        "WMC Action News 5", "Memphis, Tennessee"]
    assert title_tails("Man shot on Main Street") == []


def test_home_country_from_the_domain_or_a_call_sign():
    assert home_country("http://web.archive.org/web/2016/http://www.wlwt.com/news/x") == "US"
    assert home_country("https://www.kcci.com/article/x") == "US"
    assert home_country("https://www.wvtm13.com/article/x") == "US"
    assert home_country("https://www.example.co.uk/news/x") == "GB"
    assert home_country("https://www.washingtonpost.com/local/x") is None
    assert home_country(None) is None


def test_path_words_skip_generic_web_words():
    assert path_words("http://example.com/mobile/news/crime/x") == [["crime"], ["x"]]


def test_call_sign_is_the_first_letter_of_a_stations_host():
    assert call_sign("http://web.archive.org/web/1/http://www.wtok.com/content/x") == "w"
    assert call_sign("https://www.koat.com/article/x") == "k"
    assert call_sign("https://www.denverpost.com/x") is None
