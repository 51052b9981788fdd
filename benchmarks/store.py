"""How fast the events database takes a night's events (a script, not a test):
``uv run python benchmarks/store.py``.

For ``--events`` events (default 2,000 and 6,000: the seed articles' events over copies of
their articles, as in benchmarks/review_page.py), prints the time to save them (one batch,
one transaction, spans and full-text index included), to rebuild the merged attacks from
all of them (q7x2.merge over the whole store), and to read them back.

Those copies are reports of the seeds' 20 attacks. A year of nights holds mostly distinct
attacks: for ``--distinct`` events (default 20,000) the same events are moved each to a day
of a year and given a sentence of their own, and the time q7x2.merge takes to group them is
printed (it looks a report's candidate groups up by day and sentence: 0.13 s for 5,000 of
them, where trying every group took 36 s).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[2000, 6000])
    parser.add_argument("--distinct", type=int, default=20000)
    args = parser.parse_args()

    from review_page import synthetic_events

    from q7x2.article import Article
    from q7x2.merge import group_reports
    from q7x2.store import open_store, read_events, rebuild_merged, save_batch

    for n in args.events:
        events, texts = synthetic_events(n)
        by_doc: dict[str, list] = {}
        for e in events:
            by_doc.setdefault(e.doc_id, []).append(e)
        db = open_store(str(Path(tempfile.mkdtemp()) / "events.db"))
        t0 = time.perf_counter()
        save_batch(db, [(Article(doc, texts[doc]), doc, evs) for doc, evs in by_doc.items()])
        t1 = time.perf_counter()
        attacks = rebuild_merged(db)
        t2 = time.perf_counter()
        assert len(read_events(db)) == n
        t3 = time.perf_counter()
        print(f"{n} events in {len(by_doc)} articles: save {t1 - t0:.2f} s, rebuild merged {t2 - t1:.2f} s "
              f"({attacks} attacks), read back {t3 - t2:.2f} s")
    if args.distinct:
        distinct = distinct_attacks(args.distinct)
        t0 = time.perf_counter()
        groups = group_reports(distinct)
        print(f"{len(distinct)} reports of distinct days and sentences: grouped in {time.perf_counter() - t0:.2f} s "
              f"({len(groups)} attacks)")


def distinct_attacks(n: int) -> list:
    """``n`` events like the seeds', each on a day of 2025 and with a sentence of its own."""
    import random
    from datetime import date, timedelta

    from review_page import synthetic_events

    rng = random.Random(3)
    events, _ = synthetic_events(n)
    out = []
    for k, e in enumerate(events):
        day = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
        sentence = e.evidence[0].model_copy(update={"text": f"{e.evidence[0].text} ({k})"})
        out.append(e.model_copy(update={"date": e.date.model_copy(update={"value": day.isoformat(), "precision": "day"}),
                                        "evidence": [sentence]}))
    return out


if __name__ == "__main__":
    main()
