"""How fast the review page opens (a script, not a test): ``uv run python benchmarks/review_page.py``.

Builds a page of ``--events`` events (default 2,000: the seed articles' events, repeated
as copies of their articles under new ids, their places moved a little so that every
marker has its own spot), opens it ``--repeat`` times in a fresh headless Chromium
(Debian's chromium and chromium-driver) from its file:// URL and prints, median and worst:

* the page's size;
* ``ready``: from navigation start until the page's script has drawn the map, timeline
  and table (``q7x2Review.rendered``): when the analyst can work; the target is < 2 s;
* ``load``: until the browser's load event;
* ``select``: clicking a row until that event's article is shown with its highlights.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def synthetic_events(n: int):
    """``n`` events and their articles' texts: the seeds' events over copies of their articles."""
    from q7x2.articles import iter_articles
    from q7x2.gazetteers import Gazetteers
    from q7x2.pipeline import Pipeline

    pipeline = Pipeline(Gazetteers())
    articles = list(iter_articles([str(ROOT / "seeds")]))
    seed_events = [(a, e) for a in articles for e in pipeline.extract(a)]
    rng = random.Random(15)
    events, texts = [], {}
    for k in range(n):
        article, event = seed_events[k % len(seed_events)]
        copy = k // len(seed_events)
        doc = f"{article.id}~{copy:04d}"
        texts[doc] = article.text
        loc = event.location
        moved = {"lat": loc.lat + rng.uniform(-0.3, 0.3), "lon": loc.lon + rng.uniform(-0.3, 0.3)} \
            if loc.lat is not None else {}
        events.append(event.model_copy(update={
            "event_id": f"{event.event_id}~{copy:04d}", "doc_id": doc,
            "location": loc.model_copy(update=moved)}))
    return events, texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from browser import quit_chromium, start_chromium

    from q7x2.review import page_data, render_page

    started = time.perf_counter()
    events, texts = synthetic_events(args.events)
    html = render_page(page_data(events, texts, "synthetic.jsonl"))
    built = time.perf_counter() - started
    page = Path(tempfile.mkdtemp()) / "review.html"
    page.write_text(html, encoding="utf-8")
    print(f"{len(events)} events, {len(texts)} articles; page {len(html.encode()) / 1e6:.1f} MB, "
          f"built in {built:.1f} s (extraction included)")

    driver = start_chromium()
    ready, load, select = [], [], []
    try:
        for _ in range(args.repeat):
            driver.get(page.as_uri())
            timing = driver.execute_script(
                "const n = performance.getEntriesByType('navigation')[0];"
                "return [q7x2Review.rendered, n.loadEventEnd, document.querySelectorAll('#events-table tbody tr').length]")
            assert timing[2] == len(events), timing
            ready.append(timing[0] / 1000)
            load.append(timing[1] / 1000)
            select.append(driver.execute_script(
                "const t0 = performance.now();"
                "document.querySelector('#events-table tbody tr:nth-child(1000)').click();"
                "document.getElementById('article-text').offsetHeight;"
                "return performance.now() - t0") / 1000)
    finally:
        quit_chromium(driver)
    for name, values in (("ready", ready), ("load", load), ("select", select)):
        print(f"{name:7s} median {statistics.median(values):.3f} s   worst {max(values):.3f} s   "
              f"({args.repeat} runs)")


if __name__ == "__main__":
    main()
