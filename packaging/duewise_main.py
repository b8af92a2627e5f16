"""Entry point of the standalone app: the same ``duewise`` command as the wheel's console script."""

import sys

from duewise.cli import main

if __name__ == "__main__":
    sys.exit(main())
