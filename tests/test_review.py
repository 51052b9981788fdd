"""What q7x2 review puts in its page (the page itself is tested in a browser: test_review_page.py)."""
import json
import re
import subprocess
import sys
from pathlib import Path

from q7x2.article import Article
from q7x2.review import evidence_only_text, page_data, render_page

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def embedded_data(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="q7x2-data">(.*?)</script>', html, re.S).group(1))


def test_the_page_carries_the_events_their_articles_and_their_english_notes(pipeline):
    article = Article("a1", "قتل شخصان بانفجار عبوة ناسفة في الموصل يوم 3 آذار 2022. </script><b>لا</b>")
    events = pipeline.extract(article)
    assert events
    data = embedded_data(render_page(page_data(events, {"a1": article.text}, "mine.jsonl")))
    assert data["texts"] == {"a1": article.text}                  # a closing tag in a text does not end the data
    assert [e["event_id"] for e in data["events"]] == [e.event_id for e in events]
    assert data["notes"][events[0].event_id].startswith("On 3 March 2022")
    assert data["reconstructed"] == []


def test_without_its_article_an_event_is_shown_on_its_evidence_at_their_offsets(pipeline, seed_texts):
    doc = "001_1e6b6c2c93cf8a11"
    events = pipeline.extract(Article(doc, seed_texts[doc]))
    text = evidence_only_text(events)
    assert all(text[s.start:s.end] == s.text for e in events for s in e.evidence)
    data = page_data(events, {}, "events.jsonl")
    assert data["reconstructed"] == [doc] and data["texts"][doc] == text


def test_review_of_jsonl_reads_the_articles_its_events_name_and_says_which_it_cannot(tmp_path):
    events = subprocess.run([sys.executable, "-m", "q7x2", "extract", str(SEEDS), "-q"], capture_output=True,
                            text=True, check=True).stdout.splitlines()
    moved = json.loads(events[0])
    moved["source"]["path"] = str(tmp_path / "gone.txt")
    (tmp_path / "events.jsonl").write_text("\n".join([json.dumps(moved, ensure_ascii=False)] + events[2:]) + "\n",
                                           encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "q7x2", "review", str(tmp_path / "events.jsonl"), "-o",
                          str(tmp_path / "review.html")], capture_output=True, text=True)
    assert run.returncode == 0
    assert f"{moved['doc_id']}: article text not found, the page shows its evidence only" in run.stderr
    data = embedded_data((tmp_path / "review.html").read_text(encoding="utf-8"))
    assert data["reconstructed"] == [moved["doc_id"]]
    others = {json.loads(x)["doc_id"] for x in events[2:]} - {moved["doc_id"]}
    assert all(data["texts"][doc] == (SEEDS / f"{doc}.txt").read_text(encoding="utf-8") for doc in others)
