"""Publication dates in article objects, as crawlers and feeds write them (q7x2/published.py)."""
import json
from datetime import date
from pathlib import Path

import pytest

from q7x2.articles import InputFile, articles_from_bytes
from q7x2.published import parse_published

JULY_28 = date(2024, 7, 28)


@pytest.mark.parametrize("written", [
    "2024-07-28",                          # trafilatura's "date"
    "2024-07-28 10:11:00",                 # news-please's "date_publish"
    "2024-07-28T10:11:00+03:00",           # ISO 8601 with a zone
    "Sun, 28 Jul 2024 10:11:00 +0300",     # RSS pubDate (RFC 2822)
    "Sun, 28 Jul 2024 01:00:00 +0300",     # ... the 28th where it was written (the 27th in UTC)
    "28/07/2024", "28-07-2024", "28.07.2024",   # day first, as the region writes numbers
    "الأحد 28 يوليو 2024",                 # Arabic weekday and month
    "الأحد، 28 يوليو/تموز 2024",           # a paired month name
    "28 تموز 2024",                        # a Levantine month name
    "٢٨ يوليو ٢٠٢٤",                       # Arabic-Indic digits
    "28 July 2024", "July 28, 2024", "Sunday 28 July 2024",
])
def test_the_shapes_crawlers_and_feeds_write(written):
    assert parse_published(written) == JULY_28


def test_a_day_first_date_that_could_be_either():
    assert parse_published("03/04/2024") == date(2024, 4, 3)


@pytest.mark.parametrize("written", ["yesterday", "منذ ساعتين", "July 2024", "28 تموز", "1722150660", "soon"])
def test_what_is_not_a_full_date_is_refused_naming_the_value(written):
    """Relative dates would be dates of the run, not of the article; partial ones would be
    completed from today."""
    with pytest.raises(ValueError, match=f"^published: '{written}' is not a date"):
        parse_published(written)


def test_nothing_given_is_no_date():
    assert parse_published(None) is None and parse_published("") is None


def test_an_article_object_with_an_rss_date():
    data = json.dumps({"id": "rss-1", "text": "نص", "published": "Sun, 28 Jul 2024 10:11:00 +0300"}).encode()
    [(_, article)] = articles_from_bytes(InputFile("feed.json", Path("/x/feed.json"), "json"), data)
    assert (article.published, article.published_from) == (JULY_28, "article")


def test_a_date_that_cannot_be_read_names_the_file_line_and_value():
    line = json.dumps({"text": "نص", "date_publish": "قبل يومين"}, ensure_ascii=False)
    [problem] = articles_from_bytes(InputFile("news.jsonl", Path("/x/news.jsonl"), "jsonl"), line.encode())
    assert str(problem).startswith("news.jsonl:1: published: 'قبل يومين' is not a date")
