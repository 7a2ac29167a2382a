"""The look: calm colours, clear titles, a sidebar that shows where you are."""
from PySide6.QtWidgets import QApplication

from samvirke_desktop.gui.icons import ACCENT

STYLE_SHEET = f"""
QLabel[class="pageTitle"] {{ font-size: 20px; font-weight: 600; color: #1f2a33; }}
QLabel[class="sectionTitle"] {{ font-size: 15px; font-weight: 600; color: #1f2a33; }}
QLabel[class="countLabel"] {{ color: #5b6670; padding-bottom: 2px; }}
QLabel[class="note"] {{ color: #5b6670; }}
QLabel[class="dialogHeading"] {{ font-size: 15px; font-weight: 600; }}
QLabel[class="statValue"] {{ font-size: 24px; font-weight: 600; color: {ACCENT}; }}
QLabel[class="statCaption"] {{ color: #4a5561; }}
QFrame[class="card"] {{ background: #ffffff; border: 1px solid #d5dde4; border-radius: 8px; }}
QFrame[class="card"] QLabel {{ background: transparent; border: none; }}
QPushButton[class="primary"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT};
    border-radius: 4px; padding: 6px 14px; }}
QPushButton[class="primary"]:hover {{ background: #245887; }}
QListWidget#sidebar {{ background: #eef3f7; border: none; border-right: 1px solid #d5dde4;
    padding-top: 8px; outline: 0; }}
QListWidget#sidebar::item {{ padding: 8px 10px; margin: 1px 8px; border-radius: 6px;
    color: #26323c; }}
QListWidget#sidebar::item:hover {{ background: #dfe8ef; }}
QListWidget#sidebar::item:selected {{ background: #d3e3f1; color: {ACCENT}; font-weight: 600; }}
QTableView {{ gridline-color: #e3e8ec; selection-background-color: #cfe0ef;
    selection-color: #1f2a33; alternate-background-color: #f6f8fa; }}
QHeaderView::section {{ padding: 4px 6px; }}
QLabel[class="errorBanner"] {{ background: #fdecea; color: #8c1d18; border: 1px solid #e6a19b;
    border-radius: 6px; padding: 8px 10px; }}
QLabel[class="fieldError"] {{ color: #b3261e; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"],
QSpinBox[invalid="true"], QDoubleSpinBox[invalid="true"] {{ border: 2px solid #b3261e;
    border-radius: 3px; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")  # the same look on Windows and Linux, and in screenshots
    app.setStyleSheet(STYLE_SHEET)
