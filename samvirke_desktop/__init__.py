"""Samvirke: the desktop program for bo- og nærmiljøteam."""
import os
import sys


def _installed_version() -> str:
    """The version of the installed package, written in one place (pyproject.toml).

    The package's metadata folder is read directly: importing importlib.metadata took a
    fifteenth of the program's start-up. importlib.metadata is asked when no folder is found.
    """
    for entry in sys.path:
        folder = entry or "."
        try:
            names = os.listdir(folder)
        except OSError:  # a zip file, or a folder that is gone
            continue
        for name in names:
            if name.startswith("samvirke-") and name.endswith(".dist-info"):
                try:
                    with open(os.path.join(folder, name, "METADATA"), encoding="utf-8") as meta:
                        for line in meta:
                            if line.startswith("Version:"):
                                return line.split(":", 1)[1].strip()
                            if not line.strip():  # the headers end here
                                break
                except OSError:
                    continue
    from importlib import metadata

    try:
        return metadata.version("samvirke")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0"


__version__ = _installed_version()

APP_NAME = "Samvirke"
ORG_NAME = "Samvirke"
