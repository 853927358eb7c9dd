"""repatplan core: domain, persistence, optimisation, reporting and exports. Never imports Qt."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("repatplan")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
