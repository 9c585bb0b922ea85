"""``kuzet selftest``: check that this install (a frozen bundle above all) has what it needs.

Each check prints PASS, FAIL or INFO with one line of detail; the command exits 0 only
when every check passed. The checks: a temporary database created through the shipped
migrations, written and verified; the rule pack; the fonts (with every Kazakh letter);
the translations; the keyring backend (information: where none is usable the vault uses
a passphrase); a one-page PDF with Kazakh text rendered with those fonts and read back;
the Qt platform plugins (an offscreen window drawn); the business-day calendar (31 Aug
2026 is a working day, which needs ``holidays`` 0.101 or later); and the second process
large imports are checked in. It touches no user data.

Each check imports what it uses when it runs, so ``kuzet --help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import typer

from .. import __version__
from ..clock import SYSTEM_CLOCK
from ..desk import Desk
from ..regime.business_days import BusinessCalendar
from .apps import app

KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
SAMPLE = "Күзет — комплаенс: ә ғ қ ң ө ұ ү һ і · Ә Ғ Қ Ң Ө Ұ Ү Һ І"
REQUIRED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_LICENCE = "LICENSE-DejaVu.txt"
# The first Monday after 30 August stopped being a holiday (2026 constitution).
CALENDAR_CHECK_DAY = dt.date(2026, 8, 31)


class CheckFailed(Exception):
    pass


def check_database(scratch: Path) -> str:
    from ..registers.system import signin
    from ..store.lock import WriteLock
    from ..store.schema import script_heads
    from ..store.session import Store

    path = scratch / "selftest.sqlite"
    before = signin.current()
    with WriteLock(path, program="kuzet selftest"):
        store, outcome = Store.open(path)
        desk = Desk(store)
        try:
            # the scratch firm's first officer (staff member and officer: two entries)
            first = {"login": "selftest", "role": "mlro", "full_name": "Self Test"}
            desk.team.start_firm({**first, "password": "selftest-password"})
            data = {
                "licence_type": "afsa",
                "number": "SELFTEST-1",
                "issuer": "AFSA",
                "issued_on": dt.date(2024, 1, 1),
            }
            desk.licensing.save_licence(data)
            report = desk.system.verify_trail()
        finally:
            signin.begin(before) if before is not None else signin.end()
            desk.close()
    if outcome != "created a new database":
        raise CheckFailed(f"unexpected outcome: {outcome}")
    if not report.intact or report.entries != 3:
        raise CheckFailed(report.summary())
    heads = ", ".join(sorted(script_heads()))
    return f"created through the migrations (schema {heads}), written, audit chain verified"


def check_rule_pack() -> str:
    from ..paths import rules_dir
    from ..regime.rulepack import load_pack

    pack = load_pack(rules_dir())
    if not pack.rules:
        raise CheckFailed(f"no rules in {rules_dir()}")
    files = sorted({rule.file for rule in pack.rules.values()})
    return f"{len(pack.rules)} rules valid in {len(files)} file(s) at {rules_dir()}"


def _load_fonts() -> dict[str, object]:
    from reportlab.pdfbase.ttfonts import TTFont

    from ..paths import fonts_dir

    folder = fonts_dir()
    missing = [name for name in (*REQUIRED_FONTS, FONT_LICENCE) if not (folder / name).is_file()]
    if missing:
        raise CheckFailed(f"missing in {folder}: {', '.join(missing)}")
    fonts = {}
    for name in REQUIRED_FONTS:
        font = TTFont(f"Selftest-{Path(name).stem}", str(folder / name))
        lacking = [ch for ch in KAZAKH_LETTERS if ord(ch) not in font.face.charToGlyph]
        if lacking:
            raise CheckFailed(f"{name} lacks {' '.join(lacking)}")
        fonts[name] = font
    return fonts


def check_fonts() -> str:
    fonts = _load_fonts()
    return f"{', '.join(fonts)} load and cover {KAZAKH_LETTERS}; licence file present"


def check_translations() -> str:
    from ..paths import translations_dir
    from ..ui.selftest_qt import translation_samples

    samples = translation_samples(translations_dir())
    return "; ".join(f"{lang}: Licences → {text}" for lang, text in samples.items())


def check_keyring() -> tuple[bool, str]:
    from ..store.keys import keyring_status

    status = keyring_status()
    return status.usable, f"{status.backend or 'none'}: {status.description}"


def check_pdf(scratch: Path) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    fonts = _load_fonts()
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    regular, bold = (f"Selftest-{Path(n).stem}" for n in REQUIRED_FONTS)
    path = scratch / "selftest.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setTitle("Kuzet self-test")
    page.setFont(bold, 16)
    page.drawString(72, 770, "Kuzet self-test")
    page.setFont(regular, 12)
    page.drawString(72, 740, SAMPLE)
    page.drawString(72, 720, f"{SYSTEM_CLOCK.today():%d.%m.%Y}")
    page.showPage()
    page.save()
    data = path.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise CheckFailed("the PDF is not complete")
    if pages != 1:
        raise CheckFailed(f"the PDF has {pages} pages, not 1")
    if b"DejaVuSans" not in data:
        raise CheckFailed("the DejaVu font is not embedded")
    return f"one page, {len(data):,} bytes, DejaVu embedded, Kazakh text set"


def check_qt() -> str:
    from ..ui.selftest_qt import draw_offscreen

    return draw_offscreen()


def check_watchlists() -> str:
    from ..paths import resources_dir

    folder = resources_dir() / "watchlists"
    files = [p for p in folder.glob("*") if p.is_file() and p.suffix != ".md"]
    if not files:
        raise CheckFailed(f"no sample watchlists in {folder}")
    return f"{len(files)} sample list file(s)"


def check_calendar(calendar: BusinessCalendar | None = None) -> str:
    """31 Aug 2026 must be a business day: from 2026, 30 August is no longer a public holiday
    (2026 constitution), and a ``holidays`` package older than 0.101 still moves it to
    Monday 31 August, putting threshold-report deadlines a day late."""
    import holidays

    checked = calendar or BusinessCalendar()
    installed = getattr(holidays, "__version__", "unknown")
    if not checked.is_business_day(CALENDAR_CHECK_DAY):
        raise CheckFailed(
            f"{CALENDAR_CHECK_DAY:%d.%m.%Y} is not a business day with the holidays package "
            f"{installed}: it predates the 2026 calendar; install holidays>=0.101"
        )
    return f"{CALENDAR_CHECK_DAY:%d.%m.%Y} is a business day (holidays {installed})"


def check_import_checker(scratch: Path) -> str:
    """The second process large imports are checked in starts here (a frozen bundle
    needs ``freeze_support``) and checks a small payout file."""
    import multiprocessing

    from ..registers.mining import import_checker as mining_checker
    from ..registers.mining import imports as mining_imports
    from ..registers.mining.import_reader import CheckJob

    payouts = scratch / "payouts.csv"
    payouts.write_text(
        "date,coin,amount,pool,kwh,reference\n2025-03-01,BTC,0.045,Сарыарқа Pool,31500,P1\n",
        encoding="utf-8",
    )
    job = CheckJob(
        mining_imports.output_parser,
        {},
        payouts,
        mining_imports.OUTPUT_FIELDS,
        mining_imports.OUTPUT_REQUIRED,
        None,
        SYSTEM_CLOCK.today(),
    )
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=mining_checker.check_elsewhere, args=(job, send), daemon=True)
    process.start()
    send.close()
    try:
        if not receive.poll(60):
            raise CheckFailed("no answer from the checker process in 60 s")
        rows = receive.recv()
        done = receive.recv()
    finally:
        receive.close()
        process.join(10)
        if process.is_alive():
            process.kill()
    if rows[0] != "rows" or len(rows[1]) != 1 or done != ("done", 1, 0):
        raise CheckFailed(f"unexpected answer: {rows!r} {done!r}")
    return f"a payout row checked in process {process.pid}"


def run_checks(echo: Callable[[str], None]) -> bool:
    """Run every check, printing one line each; True when all passed."""
    passed = True
    with tempfile.TemporaryDirectory(prefix="kuzet-selftest-") as tmp:
        scratch = Path(tmp)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("database", lambda: check_database(scratch)),
            ("rule pack", check_rule_pack),
            ("fonts", check_fonts),
            ("PDF", lambda: check_pdf(scratch)),
            ("translations", check_translations),
            ("Qt", check_qt),
            ("watchlists", check_watchlists),
            ("business days", check_calendar),
            ("import checker", lambda: check_import_checker(scratch)),
        ]
        for name, check in checks:
            started = time.perf_counter()
            try:
                detail = check()
            except Exception as exc:  # every failure is reported, then the next check runs
                passed = False
                echo(f"FAIL {name}: {type(exc).__name__}: {exc}")
                continue
            echo(f"PASS {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
        usable, detail = check_keyring()
        echo(f"{'PASS' if usable else 'INFO'} keyring: {detail}")
    return passed


@app.command()
def selftest() -> None:
    """Check this install: database, rule pack, fonts, PDF, translations, Qt, business days,
    keyring."""
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "Python install"
    typer.echo(f"Kuzet {__version__} self-test ({frozen}, Python {sys.version.split()[0]})")
    ok = run_checks(typer.echo)
    typer.echo("All checks passed." if ok else "Some checks FAILED.")
    if not ok:
        raise typer.Exit(1)
