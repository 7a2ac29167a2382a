"""Samvirke: the desktop program for bo- og nærmiljøteam."""
from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("samvirke")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

APP_NAME = "Samvirke"
ORG_NAME = "Samvirke"
