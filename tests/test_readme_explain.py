"""The README's `q7x2 explain` example runs as shown: its command, on its text, prints its output."""
import re
import shlex
from pathlib import Path

from click.testing import CliRunner

from q7x2.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _example() -> tuple[str, list[str], str]:
    """(standard input, arguments after `uv run q7x2`, expected output) of the explain section."""
    section = README[README.index("## `q7x2 explain`"):]
    command = re.search(r"```sh\n(.*?)\n```", section, re.S).group(1)
    expected = re.search(r"```text\n(.*?)\n```", section, re.S).group(1)
    printf, run = command.split(" | ")
    text = shlex.split(printf)[2]
    args = shlex.split(run)
    assert args[:3] == ["uv", "run", "q7x2"]
    return text, args[3:], expected


def test_the_readme_explain_example_prints_what_the_readme_shows():
    text, args, expected = _example()
    result = CliRunner().invoke(main, args, input=text)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == expected.strip()


def test_explain_json_has_the_same_decisions():
    import json

    text, args, _ = _example()
    result = CliRunner().invoke(main, [*args[:-1], "--json", args[-1]], input=text)
    x = json.loads(result.output)
    assert [(m["decision"], m["rule"]) for m in x["events"][0]["mentions"]] == [("new", "distinct"),
                                                                                 ("merged", "anaphora")]
    assert [(n["trigger"], n["reason"], n.get("cue")) for n in x["not_events"]] == [
        ("سقوط", "negated", "نفت"), ("أطلقا", "no_weapon", None)]


def test_explain_reports_an_unreadable_input_and_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("سقط صاروخ على قاعدة عين الأسد مساء الثلاثاء.", encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", "--published", "2024-02-08", str(tmp_path / "missing.txt"),
                                       str(good)])
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr and "== good: 1 event(s)" in result.stdout
