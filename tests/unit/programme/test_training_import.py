"""Attendance import from CSV and XLSX: all rows or none, every bad row named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import select

from kuzet.registers.errors import ImportRejected
from kuzet.registers.programme import staff, training, training_matrix
from kuzet.registers.programme.training_import import import_attendance
from kuzet.store.models.training import TrainingAttendance, TrainingSession
from kuzet.store.session import Store

HEADER = "date,course,staff,completed,score,certificate,notes\n"


@pytest.fixture
def people(store: Store, today):
    with store.transaction() as session:
        rules = store.rules(session)
        ids = {}
        for name, email in (
            ("Айгүл Нұрланова", "aigul@example.kz"),
            ("Мария Иванова", ""),
            ("Асель Жұмабаева", ""),
            ("Асель Жұмабаева", "asel.2@example.kz"),
        ):
            member = staff.create(
                session,
                {
                    "full_name": name,
                    "role": "operations",
                    "email": email,
                    "start_date": today - dt.timedelta(days=400),
                },
                rules,
                today,
            )
            ids.setdefault(name, member.id)
            ids[email or name] = member.id
        for title in ("AML essentials", "EDD and PEPs"):
            training.create_course(session, {"title": title, "topic": "aml_core"}, rules, today)
    return ids


def write(tmp_path: Path, text: str, name: str = "attendance.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def counts(store: Store) -> tuple[int, int]:
    with store.reading() as session:
        return (
            len(session.exec(select(TrainingSession)).all()),
            len(session.exec(select(TrainingAttendance)).all()),
        )


def test_a_sheet_imports_into_one_session_per_course_and_date(
    store: Store, today, tmp_path: Path, people
) -> None:
    path = write(
        tmp_path,
        HEADER
        + "2026-03-10,AML essentials,Айгүл Нұрланова,yes,92%,CERT-1,\n"
        + "10.03.2026,aml essentials,мария  иванова,,,,late arrival\n"
        + "2026-03-10,EDD and PEPs,aigul@example.kz,no,40%,,failed the test\n"
        + f"2026-04-02,AML essentials,#{people['asel.2@example.kz']},да,,,\n",
    )
    with store.transaction() as session:
        result = import_attendance(session, path, dt.date(2026, 11, 25))
    assert (result.rows, result.sessions_created) == (4, 3)
    assert counts(store) == (3, 4)
    with store.reading() as session:
        rows = session.exec(select(TrainingAttendance).order_by(TrainingAttendance.id)).all()
        first_session = session.get(TrainingSession, rows[0].session_id)
    assert [r.completed for r in rows] == [True, True, False, True]
    assert rows[0].session_id == rows[1].session_id != rows[2].session_id
    assert rows[1].notes == "late arrival" and rows[0].certificate_ref == "CERT-1"
    assert first_session.notes == "imported from attendance.csv"


def test_an_existing_session_on_that_date_is_used(store: Store, today, tmp_path, people) -> None:
    from kuzet.registers.programme.training import Attendee

    with store.transaction() as session:
        course = training.active_courses(session)[0]
        held = training.save_session(
            session,
            {"course_id": course.id, "held_on": dt.date(2026, 3, 10)},
            [Attendee(people["Айгүл Нұрланова"])],
            today,
        )
    path = write(tmp_path, HEADER + f"2026-03-10,{course.title},Мария Иванова,yes,,,\n")
    with store.transaction() as session:
        result = import_attendance(session, path, today)
    assert result.sessions_created == 0
    with store.reading() as session:
        assert len(training.attendance(session, held.id)) == 2


def test_a_bad_file_imports_nothing_and_names_every_bad_row(
    store: Store, today, tmp_path: Path, people
) -> None:
    path = write(
        tmp_path,
        HEADER
        + "2026-03-10,AML essentials,Айгүл Нұрланова,yes,,,\n"  # fine
        + "2026-13-01,AML essentials,Айгүл Нұрланова,yes,,,\n"  # bad date
        + "2026-03-10,Yoga,Мария Иванова,yes,,,\n"  # unknown course
        + "2026-03-10,AML essentials,Асель Жұмабаева,yes,,,\n"  # two people with this name
        + "2026-03-10,AML essentials,Nobody Atall,maybe,,,\n"  # unknown staff, bad yes/no
        + "2026-03-10,AML essentials,Айгүл Нұрланова,yes,,,\n"  # repeats line 2
        + "2099-01-01,AML essentials,Мария Иванова,yes,,,\n",  # in the future
    )
    with store.transaction() as session, pytest.raises(ImportRejected) as caught:
        import_attendance(session, path, today)
    problems = [(p.line, p.field) for p in caught.value.problems]
    assert problems == [
        (3, "date"),
        (4, "course"),
        (5, "staff"),
        (6, "completed"),
        (6, "staff"),
        (7, "staff"),
        (8, "date"),
    ]
    text = {(p.line, p.field): p.reason for p in caught.value.problems}
    assert "#3, #4" in text[(5, "staff")] and "write the #id" in text[(5, "staff")]
    assert text[(7, "staff")] == "repeats line 2"
    assert str(caught.value.problems[0]).startswith("attendance.csv, line 3, field date: ")
    assert counts(store) == (0, 0)


def test_importing_the_same_sheet_twice_is_refused(store: Store, today, tmp_path, people) -> None:
    path = write(tmp_path, HEADER + "2026-03-10,AML essentials,Мария Иванова,yes,,,\n")
    with store.transaction() as session:
        import_attendance(session, path, today)
    with store.transaction() as session, pytest.raises(ImportRejected) as caught:
        import_attendance(session, path, today)
    assert "already recorded as attending this session" in caught.value.problems[0].reason
    assert counts(store) == (1, 1)


def test_xlsx_with_real_dates_and_a_column_mapping(store: Store, today, tmp_path, people) -> None:
    path = tmp_path / "sheet.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Дата", "Курс", "Сотрудник", "Сдал"])
    sheet.append([dt.datetime(2026, 5, 4), "EDD and PEPs", "Мария Иванова", "да"])
    sheet.append([dt.date(2026, 5, 4), "EDD and PEPs", "aigul@example.kz", "нет"])
    book.save(path)
    mapping = {"date": "Дата", "course": "Курс", "staff": "Сотрудник", "completed": "Сдал"}
    with store.transaction() as session:
        result = import_attendance(session, path, today, mapping)
    assert (result.rows, result.sessions_created) == (2, 1)
    with store.reading() as session:
        found = training_matrix.last_completions(session, people.values(), today)
    assert found == {(people["Мария Иванова"], "aml_core"): dt.date(2026, 5, 4)}


def test_a_missing_required_column_is_named(store: Store, today, tmp_path, people) -> None:
    path = write(tmp_path, "date,course\n2026-03-10,AML essentials\n")
    with store.transaction() as session, pytest.raises(ImportRejected) as caught:
        import_attendance(session, path, today)
    assert [(p.line, p.field) for p in caught.value.problems] == [(1, "staff")]


def test_the_cli_imports_all_or_nothing(store: Store, today, tmp_path, people, db_file, capsys):
    from kuzet.cli import run

    store.close()
    bad = write(tmp_path, HEADER + "2026-03-10,Yoga,Мария Иванова,,,,\n", "bad.csv")
    assert run(["--db", str(db_file), "import", "attendance", str(bad)]) == 1
    assert (
        "bad.csv, line 2, field course: no course named 'Yoga' in Kuzet" in capsys.readouterr().err
    )
    good = write(tmp_path, HEADER + "2026-03-10,AML essentials,Мария Иванова,,,,\n", "good.csv")
    assert run(["--db", str(db_file), "import", "attendance", str(good)]) == 0
    assert "1 attendance row imported" in capsys.readouterr().out
    assert run(["--db", str(db_file), "training", "--state", "done"]) == 0
    out = capsys.readouterr().out
    assert "Мария Иванова  —  AML/CFT essentials: done" in out
    assert out.strip().endswith("1 staff; 0 overdue, 0 due, 1 done")
    assert run(["--db", str(db_file), "training", "--state", "late"]) == 2
    matrix = tmp_path / "matrix.xlsx"
    assert run(["--db", str(db_file), "export", "training-matrix", str(matrix)]) == 0
    sheet = openpyxl.load_workbook(matrix).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Staff", "Role", "Started", "AML/CFT essentials")
    assert len(rows) == 5  # four people on the books (two share a name)
    assert {r[0] for r in rows[1:]} == {"Айгүл Нұрланова", "Мария Иванова", "Асель Жұмабаева"}
