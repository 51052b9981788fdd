"""q7x2 throughput benchmark (a script, not a test): ``uv run python benchmarks/throughput.py``.

Builds a reproducible corpus of realistic articles by recombining the seed articles'
paragraphs (default 5,000 articles of 2-10 KB, 6 KB on average, fixed random seed), then
prints, for q7x2 on this machine:

* articles/s and MB/s of the pipeline on one core (in this process, articles in memory,
  events serialised to JSONL), and of the command users run, ``q7x2 extract corpus.jsonl
  -o FILE`` with ``--jobs 1`` and ``--jobs 2`` (a fresh process each: start-up, reading,
  writing included), median of ``--repeat`` runs;
* the time per pipeline stage (normalise, tokenise, sentences, each extractor, assembly,
  writing JSONL);
* peak resident memory of ``q7x2 extract --jobs 1`` over the whole corpus, with all gazetteers loaded;
* start-up time of ``q7x2 --version`` and of ``q7x2 extract`` of the first article;
* dateparser's ``search_dates(text, languages=["ar"])`` on the same articles, as a ratio;
* with ``--dask`` (needs ``--extra dask``): the same corpus on a Dask LocalCluster of 1 and
  of 2 worker processes.

Options: ``--articles N``, ``--repeat R``, ``--stage-articles N``, ``--dateparser-articles N``,
``--dask``, ``--json FILE``.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


# --- the corpus ----------------------------------------------------------------------------
def build_corpus(n: int, seed: int = 7, min_kb: float = 2.0, max_kb: float = 10.0, keep=None):
    """``n`` articles: a seed article's headline, then paragraphs drawn from all the seeds
    until the article reaches its drawn size (uniform in [min_kb, max_kb] KB of UTF-8).
    ``keep``: of the seeds' lines, only those it says yes to."""
    from q7x2.article import Article

    published = json.loads((SEEDS / "published.json").read_text(encoding="utf-8"))
    seeds = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines = [ln for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip() and (keep is None or keep(ln))]
        seeds.append((path.stem, lines))
    pool = [(stem, ln) for stem, lines in seeds for ln in lines[1:]]
    rng = random.Random(seed)
    articles = []
    for k in range(n):
        stem, lines = seeds[rng.randrange(len(seeds))]
        target = rng.uniform(min_kb, max_kb) * 1000
        parts = [lines[0]]
        size = len(lines[0].encode("utf-8"))
        while size < target:
            _, para = pool[rng.randrange(len(pool))]
            b = len(para.encode("utf-8")) + 2
            if size + b > max_kb * 1000 and size >= min_kb * 1000:
                break
            parts.append(para)
            size += b
        articles.append(Article(id=f"bench-{k:06d}", text="\n\n".join(parts),
                                published=date.fromisoformat(published[stem]), published_from="sidecar"))
    return articles


def build_quiet_corpus(n: int):
    """``n`` articles recombined, as ``build_corpus``, from the seeds' paragraphs that hold no
    attack word (politics, diplomacy, datelines): the news of a night that is not about attacks."""
    from q7x2.article import Article
    from q7x2.pipeline import Pipeline

    pipeline = Pipeline()
    return build_corpus(n, keep=lambda line: not pipeline.document(Article("line", line)).of("trigger"))


def mb(articles) -> float:
    return sum(len(a.text.encode("utf-8")) for a in articles) / 1e6


# --- 1 and 2 processes ---------------------------------------------------------------------
_pipeline = None


def _init_worker() -> None:
    global _pipeline
    from q7x2.distributed import worker_pipeline
    _pipeline = worker_pipeline(())


def _extract_jsonl(article) -> str:
    return "".join(e.to_json() + "\n" for e in _pipeline.extract(article))


def run_in_process(articles) -> tuple[float, int]:
    _init_worker()
    out = io.StringIO()
    t = time.perf_counter()
    for a in articles:
        out.write(_extract_jsonl(a))
    return time.perf_counter() - t, out.getvalue().count("\n")


def run_dask(articles, workers: int, batch_size: int = 64) -> tuple[float, int]:
    """Wall time including the LocalCluster's start."""
    from q7x2.distributed import extract_on_dask
    out = io.StringIO()
    t = time.perf_counter()
    for events in extract_on_dask(articles, f"local:{workers}", batch_size=batch_size):
        for e in events:
            out.write(e.to_json() + "\n")
    return time.perf_counter() - t, out.getvalue().count("\n")


# --- stages ----------------------------------------------------------------------------------
def stage_name(extract) -> str:
    """"place" for PlaceExtractor(); "actor.placed" for a method step such as ActorExtractor.placed."""
    owner = getattr(extract, "__self__", None)
    if owner is not None:
        return f"{type(owner).__name__.removesuffix('Extractor').lower()}.{extract.__name__}"
    return type(extract).__name__.removesuffix("Extractor").lower()


def stage_times(articles) -> dict[str, float]:
    """Seconds per article in each stage: Pipeline.document/extract taken apart (and checked
    to give the same events)."""
    from q7x2.document import Document
    from q7x2.normalise import normalise
    from q7x2.pipeline import Pipeline, settle
    from q7x2.tokenise import split_sentences, tokenise

    p = settle(Pipeline())
    km = p.keymaker
    total: dict[str, float] = defaultdict(float)
    clock = time.perf_counter
    for rnd in range(2):                       # the first round warms the caches up
        for a in articles:
            t0 = clock()
            norm, offsets = normalise(a.text)
            t1 = clock()
            tokens = tokenise(norm, km)
            t2 = clock()
            sentences = split_sentences(norm, tokens)
            doc = Document.of_parts(a.id, a.text, norm, offsets, tokens, sentences, a.published)
            t3 = clock()
            times = [("normalise", t1 - t0), ("tokenise", t2 - t1), ("sentences", t3 - t2)]
            for extract in p.extractors:
                t = clock()
                extract(doc)
                times.append((stage_name(extract), clock() - t))
            t = clock()
            events = p.assembler(doc, a)
            t4 = clock()
            jsonl = "".join(e.to_json() + "\n" for e in events)
            t5 = clock()
            times += [("assembly", t4 - t), ("writing", t5 - t4)]
            if rnd:
                for k, v in times:
                    total[k] += v
            elif a is articles[0] or a is articles[-1]:
                assert jsonl == "".join(e.to_json() + "\n" for e in p.extract(a))
    return {k: v / len(articles) for k, v in total.items()}


# --- start-up and memory (fresh processes) -----------------------------------------------------
def q7x2_command() -> list[str]:
    exe = Path(sys.executable).parent / "q7x2"
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from q7x2.cli import main; main()"]


def timed_run(cmd: list[str]) -> float:
    """Wall seconds of a child process."""
    t = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-2000:]}")
    return wall


def startup(runs: int) -> dict[str, float]:
    cmd = q7x2_command()
    first = sorted(SEEDS.glob("*.txt"))[0]
    version = [timed_run(cmd + ["--version"]) for _ in range(runs)]
    one = [timed_run(cmd + ["extract", str(first)]) for _ in range(runs)]
    build = json.loads(subprocess.check_output([sys.executable, "-c", (
        "import json, time; t = time.perf_counter(); from q7x2.pipeline import Pipeline; "
        "t1 = time.perf_counter(); Pipeline(); t2 = time.perf_counter(); "
        "print(json.dumps([t1 - t, t2 - t1]))")]))
    return {"version_s": statistics.median(version), "first_article_s": statistics.median(one),
            "import_s": build[0], "gazetteers_build_s": build[1]}


# Runs the CLI and prints the process's own peak RSS (VmHWM) at exit. (The rusage of a
# child counts the pages of the big benchmark process it was forked from, so it overstates.)
_HWM_WRAPPER = (
    "import atexit, sys\n"
    "def hwm():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            sys.stderr.write('PEAK_RSS_KB ' + line.split()[1] + '\\n')\n"
    "atexit.register(hwm)\n"
    "sys.argv = ['q7x2', *sys.argv[1:]]\n"
    "from q7x2.cli import main\n"
    "main()\n")


def write_corpus(articles, path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({"id": a.id, "text": a.text, "published": a.published.isoformat()},
                               ensure_ascii=False) + "\n")


def run_cli(corpus: Path, jobs: int) -> tuple[float, int, float]:
    """``q7x2 extract corpus -o FILE --jobs N`` in a fresh process: wall seconds, events
    written, and the peak RSS (MB) of the main process."""
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "events.jsonl"
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", _HWM_WRAPPER, "extract", str(corpus), "-q", "-o", str(out),
                               "--jobs", str(jobs)], capture_output=True, text=True)
        wall = time.perf_counter() - t
        n_events = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
    peak = [ln.split()[1] for ln in proc.stderr.splitlines() if ln.startswith("PEAK_RSS_KB ")]
    if proc.returncode or not peak:
        raise RuntimeError(f"q7x2 extract failed: {proc.stderr[-2000:]}")
    return wall, n_events, int(peak[0]) / 1024


# --- dateparser ---------------------------------------------------------------------------------
def dateparser_ratio(articles) -> dict[str, float]:
    """Per-article times of the whole q7x2 pipeline and of dateparser's ``search_dates`` on
    the same articles, each tool timed in its own pass (q7x2 first, before dateparser is
    loaded, so that neither runs on the other's caches or garbage)."""
    _init_worker()
    _extract_jsonl(articles[0])
    q = []
    for a in articles:
        t = time.perf_counter()
        _extract_jsonl(a)
        q.append(time.perf_counter() - t)
    from dateparser.search import search_dates

    search_dates(articles[0].text, languages=["ar"])          # load its language data first
    dp = []
    for a in articles:
        t = time.perf_counter()
        search_dates(a.text, languages=["ar"])
        dp.append(time.perf_counter() - t)
    return {"articles": len(articles), "dateparser_ms": statistics.median(dp) * 1e3,
            "q7x2_ms": statistics.median(q) * 1e3, "ratio": statistics.median(dp) / statistics.median(q),
            "ratio_of_totals": sum(dp) / sum(q)}


# --- report ---------------------------------------------------------------------------------------
def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


def summary(values: list[float]) -> str:
    return f"median of {len(values)}: " + ", ".join(f"{v:.0f}" for v in sorted(values))


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each throughput figure (median reported)")
    ap.add_argument("--stage-articles", type=int, default=1000)
    ap.add_argument("--dateparser-articles", type=int, default=200)
    ap.add_argument("--dask", action="store_true", help="also measure a Dask LocalCluster of 1 and 2 workers")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    args = ap.parse_args(argv)

    print(f"machine: {machine()}")
    articles = build_corpus(args.articles)
    size = mb(articles)
    sizes = sorted(len(a.text.encode("utf-8")) for a in articles)
    print(f"corpus: {len(articles)} articles recombined from seeds/ (seed 7), {size:.1f} MB, "
          f"{sizes[0] / 1e3:.1f}-{sizes[-1] / 1e3:.1f} KB, mean {size * 1e3 / len(articles):.1f} KB")
    res: dict = {"machine": machine(), "articles": len(articles), "mb": size}

    runs: dict[str, list[float]] = defaultdict(list)
    events = {}
    peak_rss = []
    with tempfile.TemporaryDirectory() as d:
        corpus = Path(d) / "corpus.jsonl"
        write_corpus(articles, corpus)
        for _ in range(args.repeat):
            wall, events["1 process"] = run_in_process(articles)
            runs["1 process"].append(len(articles) / wall)
            for jobs in (1, 2):
                wall, events[f"--jobs {jobs}"], peak = run_cli(corpus, jobs)
                runs[f"--jobs {jobs}"].append(len(articles) / wall)
                if jobs == 1:
                    peak_rss.append(peak)
    assert len(set(events.values())) == 1, f"runs disagree on the number of events: {events}"
    print(f"\nthroughput ({events['1 process']} events written as JSONL; x: relative to one core in-process):")
    one = statistics.median(runs["1 process"])
    labels = {"1 process": "1 core, in-process", "--jobs 1": "q7x2 extract --jobs 1", "--jobs 2": "q7x2 extract --jobs 2"}
    for name, values in runs.items():
        aps = statistics.median(values)
        print(f"  {labels.get(name, name):22s} {aps:7.0f} articles/s  {aps * size / len(articles):6.2f} MB/s  "
              f"x{aps / one:.2f}   ({summary(values)})")
        res[name] = {"articles_per_s": aps, "mb_per_s": aps * size / len(articles), "runs": values}
    quiet = build_quiet_corpus(len(articles))
    quiet_runs = [len(quiet) / run_in_process(quiet)[0] for _ in range(args.repeat)]
    print(f"  {'same, no attack word':22s} {statistics.median(quiet_runs):7.0f} articles/s  "
          f"({len(quiet)} articles of the seeds' paragraphs without a trigger: extraction stops after the triggers)")
    res["no attack word"] = {"articles_per_s": statistics.median(quiet_runs), "runs": quiet_runs}
    jobs1, jobs2 = statistics.median(runs["--jobs 1"]), statistics.median(runs["--jobs 2"])
    print(f"  --jobs 2 / --jobs 1: x{jobs2 / jobs1:.2f}; peak RSS of q7x2 extract: {statistics.median(peak_rss):.0f} MB")
    res["jobs_2_over_1"] = jobs2 / jobs1
    res["peak_rss_mb"] = statistics.median(peak_rss)

    st = stage_times(articles[: args.stage_articles])
    total = sum(st.values())
    print(f"\ntime per stage, per article (mean over {min(args.stage_articles, len(articles))} articles, 1 process):")
    for k, v in st.items():
        print(f"  {k:12s} {v * 1e6:7.0f} us  {v / total:5.1%}")
    print(f"  {'total':12s} {total * 1e6:7.0f} us  -> {1 / total:.0f} articles/s")
    res["stages_us"] = {k: v * 1e6 for k, v in st.items()}

    su = startup(max(3, args.repeat))
    print(f"start-up (median of {max(3, args.repeat)}): q7x2 --version {su['version_s']:.3f} s; "
          f"q7x2 extract of the first seed article {su['first_article_s']:.3f} s "
          f"(import {su['import_s']:.3f} s, gazetteers load+compile {su['gazetteers_build_s']:.3f} s)")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("  (PYTHONDONTWRITEBYTECODE is set here: every start compiles the modules it imports; "
              "where bytecode is cached, start-up is about half)")
    res.update(startup=su)

    dp = dateparser_ratio(articles[: args.dateparser_articles])
    print(f"\ndateparser search_dates(text, languages=['ar']) on the same {dp['articles']} articles: "
          f"median {dp['dateparser_ms']:.1f} ms/article vs q7x2 whole pipeline {dp['q7x2_ms']:.2f} ms/article "
          f"-> q7x2 is {dp['ratio']:.1f}x faster (ratio of totals {dp['ratio_of_totals']:.1f}x)")
    res["dateparser"] = dp

    if args.dask:          # last: a LocalCluster's processes may still be winding down after it
        dask_runs: dict[int, list[float]] = defaultdict(list)
        for _ in range(args.repeat):
            for w in (1, 2):
                wall, n_events = run_dask(articles, w)
                assert n_events == events["1 process"], f"Dask local:{w} wrote {n_events} events"
                dask_runs[w].append(len(articles) / wall)
        print("\nDask LocalCluster (the same corpus, batches of 64, wall time including the cluster's start):")
        for w, values in dask_runs.items():
            aps = statistics.median(values)
            print(f"  local:{w}  {aps:7.0f} articles/s  x{aps / statistics.median(dask_runs[1]):.2f}   ({summary(values)})")
            res[f"dask local:{w}"] = {"articles_per_s": aps, "runs": values}
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2), encoding="utf-8")
    return res


if __name__ == "__main__":
    main()
