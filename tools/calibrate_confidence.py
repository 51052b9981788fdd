#!/usr/bin/env python3
"""Fit the confidence model of ``gazetteers/assembly.yaml`` on evaluation sets.

    uv run python tools/calibrate_confidence.py [SET ...] [--eval-dir DIR]

Runs the pipeline over each set's inputs (``DIR/SET.jsonl``, default DIR
``../shared/eval``), labels every record true (aligned with a gold event, as ``q7x2
evaluate`` aligns them) or false (a false positive), and fits a logistic regression of the
label on the record's features (``q7x2.assembly.confidence.features``), with a small L2
penalty. Prints the fitted ``confidence:`` block to paste into ``assembly.yaml``, and the
Brier score and reliability table before and after on the same records. Defaults to the
tuning sets (dev, gsr-dev): calibrate on them and check on a set you did not fit on.
"""
from __future__ import annotations

import argparse
import json
import math
from datetime import date
from pathlib import Path

from q7x2.article import Article
from q7x2.assembly.confidence import features
from q7x2.evaluate import Evaluation, align, read_jsonl
from q7x2.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def labelled(pipeline: Pipeline, inputs: Path, gold_path: Path) -> list[tuple[dict[str, float], int, float]]:
    """(features, truth, current confidence) of every record of the set."""
    gold: dict[str, list[dict]] = {}
    for g in read_jsonl(gold_path):
        gold.setdefault(str(g["doc"]), []).append(g)
    out = []
    for obj in read_jsonl(inputs):
        published = date.fromisoformat(obj["published"]) if obj.get("published") else None
        assembly = pipeline.explain(Article(id=str(obj["id"]), text=obj["text"], published=published))
        records = [json.loads(e.to_json()) for e in assembly.events]
        golds = gold.get(str(obj["id"]), [])
        aligned = dict(align(records, golds))
        for i, (record, attack) in enumerate(zip(records, assembly.attacks)):
            j = aligned.get(i)
            if j is not None and golds[j].get("optional"):
                continue
            out.append((features(attack), int(j is not None), record["confidence"]))
    return out


def fit(rows, names: list[str], l2: float = 1.0, steps: int = 50) -> tuple[float, dict[str, float]]:
    """Logistic regression by Newton's method (a handful of features: the Hessian is small)."""
    k = len(names) + 1
    w = [0.0] * k
    xs = [[1.0] + [f[n] for n in names] for f, _, _ in rows]
    ys = [t for _, t, _ in rows]
    for _ in range(steps):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in zip(xs, ys):
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))
            for a in range(k):
                grad[a] += (p - y) * x[a]
                for b in range(k):
                    hess[a][b] += p * (1 - p) * x[a] * x[b]
        for a in range(1, k):
            grad[a] += l2 * w[a]
            hess[a][a] += l2
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(map(abs, step)) < 1e-8:
            break
    return w[0], dict(zip(names, w[1:]))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [v] for row, v in zip(a, b)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def report(label: str, pairs: list[tuple[float, int]]) -> None:
    print(f"{label}: " + Evaluation(judged=pairs).calibration_report())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", default=["dev", "gsr-dev"])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args()
    pipeline = Pipeline()
    rows = []
    for name in args.sets:
        rows += labelled(pipeline, args.eval_dir / f"{name}.jsonl", args.eval_dir / f"{name}.gold.jsonl")
    names = list(rows[0][0])
    intercept, weights = fit(rows, names)
    fitted = [round(1 / (1 + math.exp(-(intercept + sum(weights[n] * f[n] for n in names)))), 2) for f, _, _ in rows]
    report("current model", [(c, t) for (_, t, c) in rows])
    report("fitted model", [(c, t) for c, (_, t, _) in zip(fitted, rows)])
    print("\nconfidence:")
    print(f"  intercept: {intercept:.2f}")
    print("  weights: {" + ", ".join(f"{n}: {weights[n]:.2f}" for n in names) + "}")


if __name__ == "__main__":
    main()
