"""Scripts that start a window in a fresh process and run some code at its first paint: a bare
PySide6 window, and DueWise as its console script starts (``--exit-after-startup``). The start-up
benchmark times them; ``tests/ui/shell/test_startup_path.py`` looks at what they built.

``at_first_paint`` is Python code run inside the window's first paint event (``app`` is the
application); anything before the window is made goes in ``prelude``. Run a script with
``python -c SCRIPT [data folder]``: DueWise's takes the data folder as its first argument.
"""

from __future__ import annotations

import textwrap

_BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
{at_first_paint}

app = QApplication(sys.argv[:1])
window = Window()
window.setCentralWidget(QLabel("bare"))
window.resize(1200, 780)
window.show()
sys.exit(app.exec())
"""

_DUEWISE = """
import sys
from PySide6.QtWidgets import QApplication
from duewise import cli
from duewise.ui.shell import main_window

paint = main_window.MainWindow.paintEvent
def painted(self, event):
    paint(self, event)
    if not getattr(self, "_probed", False):
        self._probed = True
        app = QApplication.instance()
{at_first_paint}
main_window.MainWindow.paintEvent = painted
sys.exit(cli.main(["--exit-after-startup", "--data-dir", sys.argv[1]]))
"""


def bare_window(at_first_paint: str, prelude: str = "") -> str:
    """A bare PySide6 window (a label in a main window, 1200 × 780)."""
    body = textwrap.indent(textwrap.dedent(at_first_paint).strip(), " " * 12)
    return textwrap.dedent(prelude) + _BARE.format(at_first_paint=body)


def duewise(at_first_paint: str, prelude: str = "") -> str:
    """DueWise started as ``duewise --exit-after-startup --data-dir FOLDER`` (it exits itself
    once its window has been painted)."""
    body = textwrap.indent(textwrap.dedent(at_first_paint).strip(), " " * 8)
    return textwrap.dedent(prelude) + _DUEWISE.format(at_first_paint=body)
