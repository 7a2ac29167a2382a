"""What the installed program runs: the same ``samvirke`` command as the Python package."""
import sys

from samvirke_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
