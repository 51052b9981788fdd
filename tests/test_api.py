"""The Python API: q7x2.api.extract over texts and article dicts."""
import subprocess
import sys
from datetime import date

import pytest
from seed_events import SEED_001

from q7x2 import api
from q7x2.api import extract, text_id
from q7x2.pipeline import Pipeline
from q7x2.record import Event


def test_extract_runs_the_real_pipeline_on_a_seed_text():
    events = extract(SEED_001.read_text(encoding="utf-8"), published="2021-04-24")
    assert isinstance(events, list)
    assert all(isinstance(e, Event) for e in events)
    for e in events:
        assert e.doc_id == text_id(SEED_001.read_text(encoding="utf-8"))


@pytest.fixture
def seen(monkeypatch):
    """The articles the pipeline receives (its events are the lead's; here only the inputs matter)."""
    articles = []
    monkeypatch.setattr(Pipeline, "extract", lambda self, article: articles.append(article) or [])
    return articles


def test_one_text_is_one_article_with_a_stable_id(seen):
    assert extract("نص", published=date(2021, 4, 24)) == []
    [article] = seen
    assert (article.text, article.published, article.published_from) == ("نص", date(2021, 4, 24), "option")
    assert article.id == text_id("نص") and len(article.id) == 16


def test_dicts_and_iterables_of_both(seen):
    extract([{"id": "a", "text": "x", "published": "2020-11-18", "url": "https://example.com/a"},
             {"maintext": "y", "date_publish": "2020-11-19 10:00:00"},
             "z"], published="2021-01-01")
    assert [(a.id, a.text, a.published) for a in seen] == [
        ("a", "x", date(2020, 11, 18)), (text_id("y"), "y", date(2020, 11, 19)), (text_id("z"), "z", date(2021, 1, 1))]
    assert seen[0].url == "https://example.com/a"


def test_a_generator_is_accepted(seen):
    extract(t for t in ("a", "b"))
    assert [a.text for a in seen] == ["a", "b"]


def test_the_pipeline_is_built_once(seen):
    api._pipeline.cache_clear()
    extract("a")
    extract(["b", "c"])
    assert api._pipeline.cache_info().misses == 1 and api._pipeline.cache_info().hits == 1


def test_bad_inputs_are_refused():
    with pytest.raises(TypeError, match="article 1"):
        extract([42])
    with pytest.raises(ValueError, match="not an ISO date"):
        extract("a", published="yesterday")


def test_importing_the_api_loads_no_pipeline():
    code = ("import sys, q7x2.api; "
            "print(sorted(m for m in sys.modules if m in ('q7x2.pipeline', 'q7x2.record', 'camel_tools', 'pydantic')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
