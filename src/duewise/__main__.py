"""Allows ``python -m duewise``."""

import sys

from duewise.cli import main

sys.exit(main())
