"""CODEBOOK.md states the record the code writes and the gold the scorer reads."""
import json
import re
from pathlib import Path

from q7x2.record import Event

ROOT = Path(__file__).resolve().parent.parent
CODEBOOK = (ROOT / "CODEBOOK.md").read_text(encoding="utf-8")
SEEDS = {p.stem[:3]: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}


def test_every_field_of_the_record_is_in_the_codebook():
    assert [f for f in Event.model_fields if f"`{f}`" not in CODEBOOK] == []


def test_the_gold_example_is_a_gold_event_of_the_seeds():
    [example] = re.findall(r"```json\n(.*?)\n```", CODEBOOK, re.S)
    gold = [json.loads(line) for line in (ROOT / "tests" / "seeds.gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert json.loads(example) in gold


def test_quotes_of_paragraphs_that_name_a_seed_are_from_the_seeds():
    """"In seed 001 ... "واستُهدفت ..."": the worked examples quote the seeds, word for word
    ("…" marks a cut)."""
    seeds = " ".join(" ".join(text.split()) for text in SEEDS.values())
    checked = 0
    for paragraph in CODEBOOK.split("\n\n"):
        if not re.search(r"[Ss]eed \d{3}", paragraph):
            continue
        for quote in re.findall(r'"([^"a-zA-Z`]*[\u0600-\u06ff][^"a-zA-Z`]*)"', paragraph.replace('"بلد"', "«بلد»")):
            quote = " ".join(quote.replace("«بلد»", '"بلد"').replace(">", " ").split())
            if len(quote.split()) >= 3:
                assert all(part.strip() in seeds for part in quote.split("…")), quote
                checked += 1
    assert checked >= 8


def test_the_sanity_bounds_it_states_are_those_of_the_data():
    import yaml
    bounds = yaml.safe_load((ROOT / "gazetteers" / "bounds.yaml").read_text(encoding="utf-8"))
    text = (ROOT / "CODEBOOK.md").read_text(encoding="utf-8")
    for name in ("killed", "weapon_count", "caliber_mm"):
        assert f"{bounds[name]:,}" in text, name
    assert bounds["killed"] == bounds["wounded"] and f"more than {bounds['digits']} digits" in text
