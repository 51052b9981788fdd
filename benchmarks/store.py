"""How fast the events database takes a night's events (a script, not a test):
``uv run python benchmarks/store.py``.

For ``--events`` events (default 2,000 and 6,000: the seed articles' events over copies of
their articles, as in benchmarks/review_page.py), prints the time to save them (one batch,
one transaction, spans and full-text index included), to rebuild the merged attacks from
all of them (q7x2.merge over the whole store: its cost grows faster than the store), and to
read them back.
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
    args = parser.parse_args()

    from review_page import synthetic_events

    from q7x2.article import Article
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


if __name__ == "__main__":
    main()
