"""The Qt binding itself: a void call must not eat references to None.

PySide6 6.12.0 under Python 3.11 takes one reference off None on every call that returns
nothing (QLabel.setText, QWidget.setEnabled, …); after about 5 000 calls Python aborts
with "none_dealloc". pyproject.toml excludes that version; this test catches any other.
"""
import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(500):
        label.setText(str(n))
        label.setEnabled(n % 2 == 0)
    # Other threads may hold or drop a few references meanwhile; 1 000 lost would be the bug.
    assert sys.getrefcount(None) > before - 100
