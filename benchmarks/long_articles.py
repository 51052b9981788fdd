"""Time of one very long article (a script, not a test): ``uv run python benchmarks/long_articles.py``.

Issue 16's bound: each of these finishes in under 10 s (extraction in this process, the
pipeline built beforehand). Before the fixes the first took 151 s (the series check
compared every trigger with every other) and a realistic text of 3 MB about ten minutes
(report merging recomputed each growing attack at every comparison).

* ``'هجوم ' * 100000`` (0.9 MB, one sentence of 100,000 triggers);
* three realistic punctuated sentences (an IED in Ramadi, rockets on Ain al-Asad, a drone
  strike in al-Qaim) repeated to 3 MB;
* the first seed article repeated to 3 MB;
* ``'هجوم، ' * 100000`` (a clause per trigger).
"""
from __future__ import annotations

import time
from pathlib import Path

from q7x2.article import Article
from q7x2.cli import build_pipeline

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ("قتل ثلاثة جنود عراقيين وأصيب خمسة آخرون في هجوم بعبوة ناسفة استهدف دوريتهم في قضاء الرمادي "
             "يوم الأحد، بحسب مصدر أمني. "
             "وفي حادث منفصل، سقطت ثلاثة صواريخ كاتيوشا على قاعدة عين الأسد الجوية غربي الأنبار مساء الخميس "
             "دون وقوع إصابات. "
             "واستهدفت طائرة مسيرة مجهولة موقعا للحشد الشعبي في القائم، فيما انفجرت عبوة لاصقة بسيارة مدنية "
             "في حي الجهاد ببغداد. ")


def to_size(text: str, size: int) -> str:
    return text * (size // len(text.encode("utf-8")) + 1)


def main() -> None:
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8").strip() + "\n\n"
    cases = {
        "'هجوم ' * 100000": "هجوم " * 100000,
        "3 realistic sentences to 3 MB": to_size(SENTENCES, 3_000_000),
        "a seed article to 3 MB": to_size(seed, 3_000_000),
        "'هجوم، ' * 100000": "هجوم، " * 100000,
    }
    pipeline = build_pipeline(())
    for name, text in cases.items():
        started = time.perf_counter()
        events = pipeline.extract(Article(id="long", text=text))
        seconds = time.perf_counter() - started
        print(f"{name:34} {len(text.encode('utf-8')) / 1e6:5.2f} MB  {len(events):3d} events  {seconds:6.1f} s"
              f"  {'ok' if seconds < 10 else 'OVER 10 s'}")


if __name__ == "__main__":
    main()
