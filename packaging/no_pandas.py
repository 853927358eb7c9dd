"""PyInstaller runtime hook: a stand-in for pandas, which the bundle leaves out (18 MB).

OR-Tools' CP-SAT module (ortools.sat.python.cp_model) imports pandas at the top, but uses it only
in its pandas helpers (`new_int_var_series` and the like: `pd.Index`, `pd.Series` arguments),
which repatplan never calls; nothing else in the bundle imports pandas. This module answers the
import with the two classes, so cp_model's annotations and isinstance checks work (nothing is
ever an instance of them); making one raises ImportError, so a future use of the pandas API shows
up at once instead of doing something else.
"""

import importlib.machinery
import sys
import types

_MESSAGE = "pandas is not in the repatplan bundle (see packaging/no_pandas.py)"


class _NotBundled:
    def __new__(cls, *args: object, **kwargs: object) -> "_NotBundled":
        raise ImportError(_MESSAGE)


def _module_getattr(name: str) -> object:
    raise AttributeError(f"module 'pandas' has no attribute {name!r}: {_MESSAGE}")


if "pandas" not in sys.modules:
    _pandas = types.ModuleType("pandas", __doc__)
    _pandas.__spec__ = importlib.machinery.ModuleSpec("pandas", None)
    _pandas.__getattr__ = _module_getattr  # type: ignore[method-assign]
    for _name in ("Index", "Series"):
        setattr(_pandas, _name, type(_name, (_NotBundled,), {"__module__": "pandas"}))
    sys.modules["pandas"] = _pandas
