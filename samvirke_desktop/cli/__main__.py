"""``python -m samvirke_desktop.cli``: the same as the ``samvirke`` command."""
import sys

from samvirke_desktop.cli import main

sys.exit(main())
