"""Scoring an extraction against gold events, as CODEBOOK.md defines it.

Per document, system events are aligned one-to-one with gold events that share their date
or place (the best-agreeing pairs first); aligned pairs are true positives, left-over
system events false positives, left-over gold events misses. Optional gold events neither
count when found nor when missed. On aligned pairs each field is checked against the
gold's accepted values. The figures equal those of the project's reference scorer.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

FIELDS = ("date", "place", "sub_event_type", "target", "weapons", "perpetrators", "killed", "wounded")
SAME_PLACE_KM = 25
MIN_SHARED_NAME_CHARS = 4

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCTUATION = re.compile(r"[\"'`«»“”‘’()\[\]\-_.,:;/\\]+")
_LETTER_FOLDS = str.maketrans({"إ": "ا", "أ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def fold(name) -> str:
    """A spelling-insensitive key: case, diacritics, hamza/alef/ta marbuta forms, punctuation
    and the article ال (on words longer than four letters) are folded away."""
    if not name:
        return ""
    s = _DIACRITICS.sub("", unicodedata.normalize("NFKC", str(name)).lower()).translate(_LETTER_FOLDS)
    words = _PUNCTUATION.sub(" ", s).split()
    return " ".join(w[2:] if len(w) > 4 and w.startswith("ال") else w for w in words)


def names_agree(system_names: Iterable, gold_names: Iterable) -> bool:
    """Equal after folding, or one name's words all inside the other's (at least 4 letters shared)."""
    ours = {fold(n) for n in system_names if n} - {""}
    theirs = {fold(n) for n in gold_names if n} - {""}
    for a in ours:
        for b in theirs:
            if a == b:
                return True
            wa, wb = set(a.split()), set(b.split())
            fewer = wa if len(wa) <= len(wb) else wb
            if (wa <= wb or wb <= wa) and len("".join(fewer)) >= MIN_SHARED_NAME_CHARS:
                return True
    return False


def _km(lat1, lon1, lat2, lon2) -> float:
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def _accepted(value) -> list:
    """A gold value as its list of accepted values."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _dig(obj, *keys):
    for k in keys:
        obj = obj.get(k) if isinstance(obj, dict) else None
    return obj


# ---- field checks: (system record, gold event) -> right? -------------------------------

def date_right(s: dict, g: dict) -> bool:
    ours = _dig(s, "date", "value")
    if g.get("date") is None:
        return ours is None
    return isinstance(ours, str) and ours.startswith(g["date"])


def place_right(s: dict, g: dict) -> bool:
    loc = s.get("location") or {}
    if g.get("admin1") is None and g.get("lat") is None and not g.get("place"):
        return not loc.get("admin1_code") and loc.get("lat") is None
    if g.get("admin1") and loc.get("admin1_code") == g["admin1"]:
        return True
    if None not in (g.get("lat"), loc.get("lat"), loc.get("lon")):
        if _km(loc["lat"], loc["lon"], g["lat"], g["lon"]) <= SAME_PLACE_KM:
            return True
    return bool(g.get("place")) and names_agree([loc.get("name"), loc.get("name_ar"), loc.get("text")], g["place"])


def type_right(s: dict, g: dict) -> bool:
    return s.get("sub_event_type") in _accepted(g.get("sub_event_type"))


def target_right(s: dict, g: dict) -> bool:
    accepted = _accepted(g.get("target"))
    ours = _dig(s, "target", "type")
    return ours in accepted if accepted else ours is None


def weapons_right(s: dict, g: dict) -> bool:
    ours = {w.get("type") for w in s.get("weapons") or [] if isinstance(w, dict)} - {"unknown"}
    return ours == set(_accepted(g.get("weapons"))) - {"unknown"}


def perpetrators_right(s: dict, g: dict) -> bool:
    ours = [p for p in s.get("perpetrators") or [] if isinstance(p, dict)]
    if not g.get("perpetrators"):
        return not any(p.get("attribution") in ("claimed", "accused") for p in ours)
    return all(any(names_agree([p.get("name"), p.get("name_ar"), p.get("text")], aliases) for p in ours)
               for aliases in g["perpetrators"])


def count_right(key: str) -> Callable[[dict, dict], bool]:
    def check(s: dict, g: dict) -> bool:
        want = g.get(key)
        return _dig(s, "casualties", key) in (want if isinstance(want, list) else [want])
    return check


CHECKS: dict[str, Callable[[dict, dict], bool]] = {
    "date": date_right, "place": place_right, "sub_event_type": type_right, "target": target_right,
    "weapons": weapons_right, "perpetrators": perpetrators_right,
    "killed": count_right("killed"), "wounded": count_right("wounded"),
}


# ---- alignment ----------------------------------------------------------------------------

def _vague(g: dict) -> bool:
    """An optional gold event with neither date nor place: it can be aligned by type alone."""
    return bool(g.get("optional")) and g.get("date") is None and not (g.get("admin1") or g.get("place"))


def agreement(s: dict, g: dict) -> int | None:
    """How well a system event fits a gold event (date and place count double); None: not a candidate."""
    same_date = g.get("date") is not None and date_right(s, g)
    same_place = place_right(s, g)
    if not (same_date or same_place or (_vague(g) and type_right(s, g))):
        return None
    return 2 * same_date + 2 * same_place + type_right(s, g) + target_right(s, g) + weapons_right(s, g)


def align(system: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (system index, gold index) pairs, best agreement first, then input order."""
    candidates = sorted((-score, i, j) for i, s in enumerate(system) for j, g in enumerate(gold)
                        if (score := agreement(s, g)) is not None)
    taken_s, taken_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in taken_s and j not in taken_g:
            taken_s.add(i)
            taken_g.add(j)
            pairs.append((i, j))
    return pairs


# ---- the evaluation -----------------------------------------------------------------------

@dataclass
class Evaluation:
    docs: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    exact: int = 0
    details: list[str] = field(default_factory=list)   # matches with wrong fields, false positives, misses
    # (confidence, 1 if a true event else 0) of every system event scored (not those aligned
    # with an optional gold event): how well confidence is calibrated
    judged: list[tuple[float, int]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def field_accuracy(self) -> dict[str, float]:
        return {f: (n / self.tp if self.tp else 0.0) for f, n in self.right.items()}

    @property
    def brier(self) -> float | None:
        """Mean squared gap between confidence and truth (0 is perfect; always saying 0.5
        scores 0.25). None without confidences."""
        if not self.judged:
            return None
        return sum((c - t) ** 2 for c, t in self.judged) / len(self.judged)

    def reliability(self, bins: int = 5) -> list[dict]:
        """Per confidence band: how many events, their mean confidence and the share that
        are true events. Calibrated: the two agree."""
        rows = []
        for k in range(bins):
            lo, hi = k / bins, (k + 1) / bins
            inside = [(c, t) for c, t in self.judged if lo <= c < hi or (k == bins - 1 and c == 1.0)]
            if inside:
                rows.append({"band": f"{lo:.1f}-{hi:.1f}", "events": len(inside),
                             "confidence": sum(c for c, _ in inside) / len(inside),
                             "true": sum(t for _, t in inside) / len(inside)})
        return rows

    def summary(self) -> dict:
        acc = self.field_accuracy
        return {"docs": self.docs, "tp": self.tp, "fp": self.fp, "fn": self.fn, "event_p": self.precision,
                "event_r": self.recall, "event_f1": self.f1, "fields": acc,
                "field_acc": sum(acc.values()) / len(acc) if self.tp else 0.0,
                "exact": self.exact / self.tp if self.tp else 0.0}

    def calibration(self) -> dict:
        return {"brier": self.brier, "events": len(self.judged), "reliability": self.reliability()}

    def calibration_report(self) -> str:
        if self.brier is None:
            return "confidence: no system event has one"
        lines = [f"confidence: Brier score {self.brier:.3f} over {len(self.judged)} events"]
        lines += [f"  {r['band']}: {r['events']:4d} events, mean confidence {r['confidence']:.2f}, "
                  f"true {r['true']:.2f}" for r in self.reliability()]
        return "\n".join(lines)

    def report(self, verbose: bool = False) -> str:
        s = self.summary()
        lines = list(self.details) if verbose else []
        lines.append(f"documents={s['docs']} tp={s['tp']} fp={s['fp']} fn={s['fn']}")
        lines += [f"  {f:15s} {v:.2f}" for f, v in s["fields"].items()]
        lines.append(f"event_p={s['event_p']:.2f} event_r={s['event_r']:.2f} event_f1={s['event_f1']:.2f} "
                     f"field_acc={s['field_acc']:.2f} exact={s['exact']:.2f}")
        return "\n".join(lines)


def _by_doc(items: Iterable[dict], key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for item in items:
        out.setdefault(str(item[key]), []).append(item)
    return out


def evaluate(gold: list[dict], system: list[dict], docs: Iterable[str] | None = None) -> Evaluation:
    """Score ``system`` records against ``gold`` events over ``docs`` (default: the gold's documents).

    System lines without ``doc_id``, or whose ``record`` is not "event", are ignored."""
    gold_by_doc = _by_doc(gold, "doc")
    system_by_doc = _by_doc((s for s in system if "doc_id" in s and s.get("record", "event") == "event"), "doc_id")
    doc_ids = sorted(set(docs) if docs else set(gold_by_doc))
    result = Evaluation(docs=len(doc_ids))
    for doc in doc_ids:
        golds, ours = gold_by_doc.get(doc, []), system_by_doc.get(doc, [])
        pairs = align(ours, golds)
        for i, j in pairs:
            g = golds[j]
            if g.get("optional"):
                continue
            result.tp += 1
            _judge(result, ours[i], 1)
            verdicts = {f: check(ours[i], g) for f, check in CHECKS.items()}
            for f, ok in verdicts.items():
                result.right[f] += ok
            result.exact += all(verdicts.values())
            wrong = [f for f, ok in verdicts.items() if not ok]
            result.details.append(f"{doc}: matched {g.get('note', '')[:60]!r} wrong: {wrong or '-'}")
        aligned_s, aligned_g = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, s in enumerate(ours):
            if i not in aligned_s:
                result.fp += 1
                _judge(result, s, 0)
                result.details.append(f"{doc}: FALSE POSITIVE {_dig(s, 'date', 'value')} "
                                      f"{_dig(s, 'location', 'name')} {s.get('sub_event_type')}")
        for j, g in enumerate(golds):
            if j not in aligned_g and not g.get("optional"):
                result.fn += 1
                result.details.append(f"{doc}: MISSED {g.get('date')} {g.get('note', '')[:70]!r}")
    return result


def _judge(result: Evaluation, event: dict, truth: int) -> None:
    c = event.get("confidence")
    if isinstance(c, (int, float)) and not isinstance(c, bool):
        result.judged.append((float(c), truth))


def read_jsonl(path: str | Path) -> list[dict]:
    """The JSON objects of a JSONL file; a bad line raises ValueError naming path:line."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not JSON: {e.msg}") from None
    return out
