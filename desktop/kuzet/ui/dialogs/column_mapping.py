"""Match a file's columns to Kuzet's fields before an import (any register).

The dialog lists the register's canonical fields, each with a drop-down of the file's
headers (or "not in the file"), pre-filled where a header already has the field's name or
label. ``mapping()`` returns ``{canonical field: file header}``, the same dictionary a
``--mapping`` TOML file gives the command line; "Save as TOML…" writes that file so the
same layout can be imported from the CLI.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...store.files import atomic_write_text
from ..dialog_frame import BodyScroll, cap_to_screen

NOT_IN_FILE = ""
_LOOSE = re.compile(r"[\s_\-./]+")


def _loose(text: str) -> str:
    return _LOOSE.sub("", text.casefold())


def guess_mapping(
    headers: Sequence[str], fields: Sequence[str], labels: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Fields whose name or label matches a header (ignoring case, spaces and _-./)."""
    by_loose = {_loose(h): h for h in headers if h.strip()}
    found = {}
    for field_name in fields:
        for candidate in (field_name, (labels or {}).get(field_name, "")):
            header = by_loose.get(_loose(candidate)) if candidate else None
            if header is not None:
                found[field_name] = header
                break
    return found


def needs_mapping(headers: Sequence[str], required: Sequence[str]) -> bool:
    """True when a required field's canonical name is not among the headers."""
    present = {h.strip().lower() for h in headers}
    return any(name.lower() not in present for name in required)


def mapping_toml(mapping: Mapping[str, str]) -> str:
    """The ``--mapping`` file for ``mapping``."""
    lines = ["[columns]"]
    for field_name, header in mapping.items():
        escaped = header.replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'{field_name} = "{escaped}"')
    return "\n".join(lines) + "\n"


class ColumnMappingDialog(QDialog):
    """One row per field: which header of the file holds it."""

    def __init__(
        self,
        headers: Sequence[str],
        fields: Sequence[str],
        required: Sequence[str] = (),
        labels: Mapping[str, str] | None = None,
        file_name: str = "",
        initial: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Match the columns"))
        self.setMinimumWidth(520)
        self.headers = [h for h in headers if h.strip()]
        self.fields = list(fields)
        self.required = set(required)
        self.labels = dict(labels or {})
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Choose which column of {file} holds each field. Fields marked * are "
                "required; leave the others as “not in the file”."
            ).format(file=file_name or tr("the file"))
        )
        intro.setWordWrap(True)
        intro.setObjectName("pageHint")
        layout.addWidget(intro)
        body = QWidget()
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QComboBox] = {}
        chosen = dict(initial) if initial is not None else guess_mapping(headers, fields, labels)
        for field_name in self.fields:
            box = QComboBox()
            box.addItem(tr("— not in the file —"), NOT_IN_FILE)
            for header in self.headers:
                box.addItem(header, header)
            if field_name in chosen:
                box.setCurrentIndex(max(0, box.findData(chosen[field_name])))
            mark = " *" if field_name in self.required else ""
            label = QLabel(f"{self.title(field_name)}{mark}")
            # The field's key is what a ``--mapping`` file and the CLI call it.
            label.setToolTip(tr("Field {key} in a --mapping file").format(key=field_name))
            box.setToolTip(label.toolTip())
            form.addRow(label, box)
            self.boxes[field_name] = box
        # The fields scroll on a short screen; the error line and the buttons stay in view.
        self.body_scroll = BodyScroll(body, self)
        layout.addWidget(self.body_scroll, 1)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Import"))
        self.save_toml = QPushButton(tr("Save as TOML…"))
        self.save_toml.setToolTip(tr("Save this matching for `kuzet import … --mapping FILE`"))
        self.buttons.addButton(self.save_toml, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_toml.clicked.connect(self._save_dialog)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        cap_to_screen(self)

    def title(self, field_name: str) -> str:
        """The field's human label (its key when the caller gave none: every caller in the
        window gives a label for each of its fields)."""
        return self.labels.get(field_name) or field_name

    def mapping(self) -> dict[str, str]:
        """``{canonical field: header}`` for every field matched to a column."""
        return {
            name: box.currentData()
            for name, box in self.boxes.items()
            if box.currentData() != NOT_IN_FILE
        }

    def problems(self) -> list[str]:
        chosen = self.mapping()
        found = [
            tr("Choose the column for {field}.").format(field=self.title(name))
            for name in self.fields
            if name in self.required and name not in chosen
        ]
        used: dict[str, str] = {}
        for name, header in chosen.items():
            if header in used:
                found.append(
                    tr("Column {header} is chosen for both {a} and {b}.").format(
                        header=header, a=self.title(used[header]), b=self.title(name)
                    )
                )
            used.setdefault(header, name)
        return found

    def accept(self) -> None:
        found = self.problems()
        self.error.setText("\n".join(found))
        self.error.setVisible(bool(found))
        if not found:
            super().accept()

    def save_to(self, path: Path) -> None:
        atomic_write_text(path, mapping_toml(self.mapping()))

    def _save_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save the column matching"), "mapping.toml", "TOML (*.toml)"
        )
        if name:
            self.save_to(Path(name))


def ask_mapping(
    parent: QWidget,
    headers: Sequence[str],
    fields: Sequence[str],
    required: Sequence[str],
    on_done: Callable[[dict[str, str]], None],
    labels: Mapping[str, str] | None = None,
    file_name: str = "",
) -> ColumnMappingDialog:
    """Open the dialog (window-modal, not blocking); ``on_done(mapping)`` when accepted."""
    dialog = ColumnMappingDialog(headers, fields, required, labels, file_name, parent=parent)
    dialog.accepted.connect(lambda: on_done(dialog.mapping()))
    dialog.open()
    return dialog
