"""q7x2 evaluate: CODEBOOK.md's scoring, with the same figures as the reference scorer."""
import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from q7x2.commands import evaluate as evaluate_command
from q7x2.evaluate import evaluate, fold, names_agree

ROOT = Path(__file__).resolve().parent.parent
# shared/ sits beside the clone (CI), or beside the directory of the work trees.
SCORER = next((p for p in (ROOT.parent / "shared/eval/score.py", ROOT.parent.parent / "shared/eval/score.py")
               if p.is_file()), None)
needs_scorer = pytest.mark.skipif(SCORER is None, reason="shared/eval/score.py not found beside the repository")


def system_event(doc, date=None, admin1=None, lat=None, lon=None, name=None, type_="Shelling/artillery/missile attack",
                 target=None, weapons=(), perps=(), killed=None, wounded=None):
    return {"event_id": f"{doc}-x", "doc_id": doc, "sub_event_type": type_,
            "date": {"value": date, "precision": "day" if date else None},
            "location": {"name": name, "name_ar": None, "text": name, "admin1_code": admin1, "lat": lat, "lon": lon},
            "target": {"type": target}, "weapons": [{"type": w} for w in weapons],
            "perpetrators": [{"name": n, "text": n, "attribution": a} for n, a in perps],
            "casualties": {"killed": killed, "wounded": wounded}}


GOLD = [
    {"doc": "001", "optional": False, "date": "2021-04-18", "precision": "day",
     "sub_event_type": ["Shelling/artillery/missile attack"], "admin1": "IQ-SD", "place": ["قاعدة بلد", "Balad"],
     "lat": 33.94, "lon": 44.36, "target": ["military"], "weapons": ["rocket"], "perpetrators": [],
     "killed": None, "wounded": 5, "note": "five rockets on Balad air base"},
    {"doc": "001", "optional": False, "date": "2021-04-14", "precision": "day", "sub_event_type": ["Air/drone strike"],
     "admin1": "IQ-AR", "place": ["مطار أربيل"], "lat": 36.24, "lon": 43.96, "target": ["airport", "military"],
     "weapons": ["drone"], "perpetrators": [["سرايا أولياء الدم", "Saraya Awliya al-Dam"]], "killed": 0, "wounded": 0,
     "note": "drone on Erbil airport"},
    {"doc": "002", "optional": True, "date": None, "precision": None, "sub_event_type": ["Air/drone strike", "Attack"],
     "admin1": None, "place": [], "lat": None, "lon": None, "target": ["military"], "weapons": [],
     "perpetrators": [], "killed": 2, "wounded": None, "note": "vague optional strike"},
    {"doc": "002", "optional": False, "date": "2020-07", "precision": "month", "sub_event_type": ["Attack"],
     "admin1": "IQ-BG", "place": ["بغداد", "Baghdad"], "lat": 33.31, "lon": 44.37, "target": ["civilian"],
     "weapons": [], "perpetrators": [], "killed": [1, None], "wounded": None, "note": "assassination in Baghdad"},
]
SYSTEM = [
    system_event("001", "2021-04-18", "IQ-SD", 33.94, 44.36, "Balad Air Base", target="military",
                 weapons=["rocket"], wounded=5),
    system_event("001", "2021-04-14", None, None, None, "مطار أربيل الدولي", "Air/drone strike", "airport",
                 ["drone", "unknown"], [("Saraya Awliya al-Dam", "claimed")], 0, 1),
    system_event("001", "2021-02-20", "IQ-SD", 33.94, 44.36, "Balad Air Base"),
    system_event("002", None, None, None, None, None, "Air/drone strike", "military", killed=2),
    system_event("003", "2021-07-29", "IQ-BG", 33.3, 44.4, "US Embassy"),
    {"note": "a line that is not an event"},
]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_counts_and_field_accuracy_by_hand():
    result = evaluate(GOLD, SYSTEM).summary()
    # docs 001, 002 (003 is not in the gold, so its event is not counted); 2021-02-20 is a false positive;
    # the optional event is found but not counted; the July assassination is missed.
    assert (result["docs"], result["tp"], result["fp"], result["fn"]) == (2, 2, 1, 1)
    assert result["event_p"] == pytest.approx(2 / 3) and result["event_r"] == pytest.approx(2 / 3)
    assert result["fields"]["wounded"] == 0.5 and result["fields"]["perpetrators"] == 1.0
    assert result["fields"]["weapons"] == 1.0          # "unknown" weapons are ignored
    assert result["fields"]["place"] == 1.0            # Erbil: by name ("مطار أربيل" inside "مطار أربيل الدولي")
    assert result["exact"] == 0.5


def test_docs_makes_events_in_documents_without_gold_false_positives():
    assert evaluate(GOLD, SYSTEM, docs=["001", "002", "003"]).summary()["fp"] == 2


def test_name_folding():
    assert fold("الفصائلُ  «الموالية» لإيران") == fold("فصائل الموالية لايران")
    assert names_agree(["قاعدة عين الأسد الجوية"], ["عين الأسد"])
    assert not names_agree(["بلد"], ["قاعدة بلد الجوية"])      # a shared word shorter than 4 letters


def test_verbose_lists_misses_and_false_positives(tmp_path):
    gold, system = write_jsonl(tmp_path / "g.jsonl", GOLD), write_jsonl(tmp_path / "s.jsonl", SYSTEM)
    result = CliRunner().invoke(evaluate_command, [str(gold), str(system), "--verbose"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "001: FALSE POSITIVE 2021-02-20 Balad Air Base Shelling/artillery/missile attack" in lines
    assert "002: MISSED 2020-07 'assassination in Baghdad'" in lines
    assert "001: matched 'drone on Erbil airport' wrong: ['wounded']" in lines
    assert lines[-1] == "event_p=0.67 event_r=0.67 event_f1=0.67 field_acc=0.94 exact=0.50"
    quiet = CliRunner().invoke(evaluate_command, [str(gold), str(system)]).stdout
    assert "MISSED" not in quiet and quiet.splitlines()[-1] == lines[-1]


def test_bad_jsonl_is_reported_with_its_line(tmp_path):
    gold = write_jsonl(tmp_path / "g.jsonl", GOLD)
    bad = tmp_path / "s.jsonl"
    bad.write_text("{}\n{oops\n", encoding="utf-8")
    result = CliRunner().invoke(evaluate_command, [str(gold), str(bad)])
    assert result.exit_code == 1 and f"{bad}:2: not JSON" in result.stderr


# ---- the same figures as the reference scorer --------------------------------------------

def reference_scorer():
    spec = importlib.util.spec_from_file_location("reference_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PLACES = [("IQ-SD", 33.94, 44.36, "Balad Air Base", ["قاعدة بلد", "Balad"]),
          ("IQ-BG", 33.3, 44.4, "السفارة الأمريكية", ["السفارة الأميركية", "Green Zone"]),
          ("IQ-AR", 36.24, 43.96, "Erbil International Airport", ["مطار أربيل", "Erbil airport"]),
          ("IQ-AN", 33.8, 42.44, "Ain al-Asad", ["عين الأسد"])]
DATES = ["2021-04-18", "2021-04-14", "2021-02", "2020-07-01", None]
TYPES = ["Shelling/artillery/missile attack", "Air/drone strike", "Attack", "Remote explosive/landmine/IED"]
TARGETS = ["military", "airport", "civilian", "diplomatic", None]
WEAPONS = ["rocket", "drone", "ied", "unknown", "small_arms"]
GROUPS = [["سرايا أولياء الدم", "Saraya Awliya al-Dam"], ["الولايات المتحدة", "US forces"], ["كتائب حزب الله"]]


def random_case(rng: random.Random):
    docs = [f"d{i}" for i in range(rng.randint(1, 4))]
    gold, system = [], []
    for doc in docs:
        for _ in range(rng.randint(0, 3)):
            admin1, lat, lon, _, names = rng.choice(PLACES)
            vague = rng.random() < 0.15
            gold.append({
                "doc": doc, "optional": rng.random() < 0.2, "date": None if vague else rng.choice(DATES),
                "sub_event_type": rng.sample(TYPES, rng.randint(1, 2)),
                "admin1": None if vague else admin1, "place": [] if vague else names,
                "lat": None if vague else lat, "lon": None if vague else lon,
                "target": rng.sample(TARGETS[:-1], rng.randint(0, 2)),
                "weapons": rng.sample(WEAPONS, rng.randint(0, 2)),
                "perpetrators": rng.sample(GROUPS, rng.randint(0, 1)),
                "killed": rng.choice([None, 0, 1, [0, None]]), "wounded": rng.choice([None, 0, 5]),
                "note": f"gold {len(gold)}"})
        for _ in range(rng.randint(0, 4)):
            admin1, lat, lon, name, _ = rng.choice(PLACES)
            located = rng.random() < 0.8
            group = rng.choice(GROUPS)
            perps = [(rng.choice(group), rng.choice(["claimed", "accused", "suspected", None]))]
            system.append(system_event(
                doc, rng.choice(DATES), admin1 if rng.random() < 0.5 else None, lat if located else None,
                lon if located else None, name if rng.random() < 0.7 else None, rng.choice(TYPES),
                rng.choice(TARGETS), rng.sample(WEAPONS, rng.randint(0, 2)), perps if rng.random() < 0.4 else [],
                rng.choice([None, 0, 1]), rng.choice([None, 0, 5])))
    extra_docs = docs + ["d9"] if rng.random() < 0.5 else None
    if extra_docs:
        system.append(system_event("d9", "2021-04-18", "IQ-SD"))
    return gold, system, extra_docs


@needs_scorer
def test_same_figures_as_the_reference_scorer_on_random_cases():
    reference = reference_scorer()
    rng = random.Random(8)
    for _ in range(300):
        gold, system, docs = random_case(rng)
        theirs = reference.score(gold, system, docs, verbose=True)
        ours = evaluate(gold, system, docs)
        assert ours.summary() == {k: v for k, v in theirs.items() if k != "details"}
        assert ours.details == theirs["details"]


@needs_scorer
@pytest.mark.parametrize("options", [[], ["--verbose"], ["--json"], ["--docs", "001,002,003", "--verbose"]])
def test_same_output_as_the_reference_scorer(tmp_path, options):
    gold, system = write_jsonl(tmp_path / "g.jsonl", GOLD), write_jsonl(tmp_path / "s.jsonl", SYSTEM)
    theirs = subprocess.run([sys.executable, str(SCORER), str(gold), str(system), *options],
                            capture_output=True, text=True, check=True).stdout
    ours = CliRunner().invoke(evaluate_command, [str(gold), str(system), *options])
    assert ours.exit_code == 0
    assert ours.stdout == theirs


@needs_scorer
def test_same_figures_on_the_seed_gold():
    gold_path = SCORER.parent / "seeds.gold.jsonl"
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    # a system that finds each gold event with its first accepted values, and one extra event
    system = [system_event(g["doc"], g["date"], g["admin1"], g["lat"], g["lon"], (g["place"] or [None])[0],
                           g["sub_event_type"][0], (g["target"] or [None])[0], g["weapons"],
                           [(aliases[0], "claimed") for aliases in g["perpetrators"]],
                           g["killed"][0] if isinstance(g["killed"], list) else g["killed"], 3)
              for g in gold] + [system_event("004_167104a5c28d01cf", "2024-07-01")]
    theirs = reference_scorer().score(gold, system, None, verbose=True)
    ours = evaluate(gold, system)
    assert ours.summary() == {k: v for k, v in theirs.items() if k != "details"}
    assert ours.details == theirs["details"]
