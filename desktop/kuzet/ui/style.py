"""The application's look: calm, legible, consistent spacing; one stylesheet."""

from __future__ import annotations

from ..regime.severity import CRITICAL, HIGH, INFO, MEDIUM, PALETTE

ACCENT = "#1f5f8b"
OK = "#2e6b30"
MUTED = "#5f6b76"

# The one palette of severities (regime/severity.py PALETTE, shared with the audit pack's
# badges): text colours, and the fill and text of a severity cell or badge, which always
# says its level in words as well.
SEVERITY_COLOURS = {level: colours[0] for level, colours in PALETTE.items()}
SEVERITY_FILLS = {level: colours[1] for level, colours in PALETTE.items()}
SEVERITY_ON_FILL = {level: colours[2] for level, colours in PALETTE.items()}

DANGER = SEVERITY_COLOURS[CRITICAL]
WARNING = SEVERITY_COLOURS[MEDIUM]

# A listing's ``tone()`` returns a severity level, "ok", "muted" or None. "bad" and "warn"
# are older names kept for pages not yet moved over: they draw as high and medium.
TONE_COLOURS = {
    **SEVERITY_COLOURS,
    "ok": OK,
    "muted": MUTED,
    "bad": SEVERITY_COLOURS[HIGH],
    "warn": SEVERITY_COLOURS[MEDIUM],
}


def severity_badge_css(level: str) -> str:
    """A QLabel stylesheet drawing ``level`` as a filled pill (its text says the level)."""
    fill = SEVERITY_FILLS.get(level, SEVERITY_FILLS[INFO])
    text = SEVERITY_ON_FILL.get(level, SEVERITY_ON_FILL[INFO])
    return (
        f"background: {fill}; color: {text}; border-radius: 3px; padding: 1px 6px;"
        " font-weight: 600;"
    )


_TEMPLATE = """
QMainWindow, QDialog {{ background: #f6f7f9; }}
QListWidget#sidebar {{
    background: #1d2733; color: #dfe6ee; border: none; font-size: 10.5pt; outline: 0;
    padding-top: 8px;
}}
QListWidget#sidebar::item {{ padding: 9px 16px; border-left: 3px solid transparent; }}
QListWidget#sidebar::item:selected {{
    background: #2a3847; color: white; border-left: 3px solid #5fa8d3;
}}
QLabel#brand {{
    background: #1d2733; color: white; font-size: 15pt; font-weight: 600;
    padding: 14px 16px 4px 16px;
}}
QLabel#sidebarHeading {{
    color: #7f93a6; font-size: 8pt; font-weight: 700; padding: 6px 0 0 0; margin: 0;
    background: transparent;
}}
QLabel#brandSub {{ background: #1d2733; color: #9fb0c0; padding: 0 16px 10px 16px; }}
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; color: #1d2733; }}
QLabel#pageHint {{ color: {MUTED}; }}
QLabel#emptyState {{
    color: {MUTED}; font-size: 11pt; padding: 40px; qproperty-alignment: AlignCenter;
}}
QLabel#fieldError {{ color: {DANGER}; font-size: 9pt; }}
QLabel#cardValue {{ font-size: 20pt; font-weight: 600; color: #1d2733; }}
QLabel#cardLabel {{ color: {MUTED}; }}
QFrame#card {{ background: white; border: 1px solid #dde2e8; border-radius: 6px; }}
QTableView {{
    background: white; alternate-background-color: #f3f6f9; gridline-color: #e4e8ec;
    selection-background-color: #d6e6f3; selection-color: #1d2733; border: 1px solid #dde2e8;
}}
QHeaderView::section {{
    background: #eef1f4; color: #2b3a48; padding: 5px 6px; border: none;
    border-right: 1px solid #dde2e8; border-bottom: 1px solid #dde2e8; font-weight: 600;
}}
QPushButton {{
    padding: 5px 14px; border: 1px solid #c4ccd4; border-radius: 4px; background: white;
}}
QPushButton:hover {{ background: #eef3f7; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton#primary:hover {{ background: #174a6d; }}
QPushButton#primary:disabled {{ background: #a9bccb; border-color: #a9bccb; color: #f4f7fa; }}
QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QSpinBox, QDoubleSpinBox {{
    padding: 4px 6px; border: 1px solid #c4ccd4; border-radius: 4px; background: white;
}}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 22px;
    border: none; border-left: 1px solid #dde2e8;
}}
QComboBox::down-arrow {{ image: url("{ICONS}/chevron-down.svg"); width: 12px; height: 12px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"] {{
    border: 1px solid {DANGER};
}}
QStatusBar {{ color: {MUTED}; }}
"""


def stylesheet() -> str:
    """The stylesheet, with icon paths resolved for this install (source, wheel or bundle)."""
    from ..paths import icons_dir

    icons = icons_dir().as_posix()
    return _TEMPLATE.format(ACCENT=ACCENT, DANGER=DANGER, MUTED=MUTED, ICONS=icons)
