"""The install stays lean: camel-tools' neural dependencies are kept out (pyproject [tool.uv])."""
import importlib.util

import pytest


@pytest.mark.parametrize("name", ["torch", "transformers"])
def test_heavy_ml_packages_are_not_installed(name):
    assert importlib.util.find_spec(name) is None, f"{name} is installed; check [tool.uv] override-dependencies"


def test_camel_tools_utilities_import_without_them():
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar

    assert simple_word_tokenize(dediac_ar("سَقَطَ صاروخان.")) == ["سقط", "صاروخان", "."]
