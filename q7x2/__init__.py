"""q7x2: Arabic news articles about armed attacks -> attack-event records.

``from q7x2 import extract`` is the Python API (see README); importing the package
stays light so that ``q7x2 --version`` starts fast.
"""
__version__ = "0.1.0"

from .api import extract  # noqa: E402  (light: builds the pipeline on first call)

__all__ = ["extract", "__version__"]
