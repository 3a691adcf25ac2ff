"""A list of files to attach (evidence of a task update, photos of an activity): the list, an
"add…" button that opens the file dialog and a "remove" button for the selected files."""

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class FileListField(QWidget):
    """Files chosen by the person, in the order chosen. The labels come translated by the
    form that holds the field (its own translation context)."""

    def __init__(
        self,
        add_label: str,
        remove_label: str,
        dialog_title: str,
        file_filter: str,
        max_list_height: int = 64,
    ) -> None:
        super().__init__()
        self.dialog_title = dialog_title
        self.file_filter = file_filter
        self.list = QListWidget()
        self.list.setMaximumHeight(max_list_height)
        self.add_button = QPushButton(add_label)
        self.remove_button = QPushButton(remove_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove_selected)

    def add_files(self, paths: list[str | Path]) -> None:
        for path in paths:
            self.list.addItem(str(path))

    def files(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def clear(self) -> None:
        self.list.clear()

    def choose(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.dialog_title, "", self.file_filter)
        self.add_files(files)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
