"""The built wheel installs with pip and with uv pip, the documented way, and runs without
torch or transformers (README "Installing with pip").

Slow (a fresh virtual environment each, packages from the index or the local cache), and
the only proof that what users install works: the repository's own environment finds the
gazetteers at the top of the checkout, an installed wheel only inside the package.
"""
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "001_1e6b6c2c93cf8a11.txt"
UV = shutil.which("uv")


def _run(*args, cwd=None) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True)
    assert done.returncode == 0, f"{' '.join(map(str, args))}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run(UV, "build", "--wheel", "--out-dir", out, cwd=ROOT)
    (built,) = out.glob("q7x2-*.whl")
    return built


def test_the_wheel_carries_the_gazetteers_and_py_typed(wheel):
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"q7x2/_gazetteers/{p.name}" for p in (ROOT / "gazetteers").iterdir() if p.is_file()}
    assert shipped <= names
    assert "q7x2/py.typed" in names


def _pip_install(venv: Path, wheel: Path) -> None:
    _run(sys.executable, "-m", "venv", venv)
    _run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-deps",
         "-r", ROOT / "pip" / "requirements.txt", wheel)


def _uv_pip_install(venv: Path, wheel: Path) -> None:
    _run(UV, "venv", "--quiet", "--python", sys.executable, venv)
    _run(UV, "pip", "install", "--quiet", "--python", venv / "bin" / "python",
         "--override", ROOT / "pip" / "overrides.txt", wheel)


@pytest.mark.parametrize("install", [_pip_install, _uv_pip_install], ids=["pip", "uv-pip"])
def test_installed_wheel_extracts_a_seed_without_torch(install, wheel, tmp_path):
    venv = tmp_path / "venv"
    install(venv, wheel)
    python = venv / "bin" / "python"
    missing = _run(python, "-c", "import importlib.util as u; print([n for n in ('torch', 'transformers') "
                                 "if u.find_spec(n) is None])")
    assert missing.strip() == "['torch', 'transformers']"
    # run from elsewhere than the checkout, so that nothing is found by accident
    out = _run(venv / "bin" / "q7x2", "extract", "--published", "2021-04-24", SEED, cwd=tmp_path)
    events = [json.loads(line) for line in out.splitlines()]
    places = {e["location"]["name"] for e in events}
    assert {"Balad Air Base", "Erbil International Airport"} <= places


def _requirement_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def test_pip_overrides_are_the_uv_overrides():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert _requirement_lines(ROOT / "pip" / "overrides.txt") == pyproject["tool"]["uv"]["override-dependencies"]


@pytest.mark.parametrize("name, extra", [("requirements.txt", []), ("requirements-dask.txt", ["--extra", "dask"])])
def test_pip_requirements_are_the_lock_exported(name, extra):
    """Regenerate with the command in pip/README.md when uv.lock changes."""
    exported = _run(UV, "export", "--frozen", "--no-dev", "--no-hashes", "--no-emit-project", "--no-header",
                    *extra, cwd=ROOT)
    assert (ROOT / "pip" / name).read_text(encoding="utf-8") == exported
