"""Forms with tabs: a field with an error may sit on a tab the user is not looking at."""
from PySide6.QtWidgets import QTabWidget, QWidget

ERROR_MARK = " ⚠"


def mark_tabs_with_errors(tabs: QTabWidget, widgets: list[QWidget]) -> None:
    """Mark the tabs that hold a wrong field, and show the first of them."""
    pages = {tabs.widget(i): i for i in range(tabs.count())}
    marked = []
    for widget in widgets:
        parent = widget
        while parent is not None and parent not in pages:
            parent = parent.parentWidget()
        if parent is not None and pages[parent] not in marked:
            marked.append(pages[parent])
    for i in range(tabs.count()):
        text = tabs.tabText(i).removesuffix(ERROR_MARK)
        tabs.setTabText(i, text + ERROR_MARK if i in marked else text)
    if marked and tabs.currentIndex() not in marked:
        tabs.setCurrentIndex(marked[0])


def clear_tab_marks(tabs: QTabWidget) -> None:
    for i in range(tabs.count()):
        tabs.setTabText(i, tabs.tabText(i).removesuffix(ERROR_MARK))
