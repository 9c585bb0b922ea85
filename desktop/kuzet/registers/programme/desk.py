"""The AML programme's desk: what the window and the commands do with the firm profile,
the MLRO, staff and training, independent audits, the business risk assessment and the
AML Returns, and the compliance calendar; each call one unit of work (``registers/area.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...progress import NO_PROGRESS, Progress
from ...regime import programme
from ...store.models.audits import AuditEngagement, AuditFinding, RemediationAction
from ...store.models.firm import FirmProfile, MlroAppointment
from ...store.models.programme import AmlReturn, BusinessRiskAssessment
from ...store.models.responses import ManagementResponse
from ...store.models.staff import StaffMember
from ...store.models.training import Course, TrainingAttendance, TrainingSession
from .. import calendar
from ..area import Area, import_entry
from ..deadlines import Deadline
from ..errors import ValidationFailed
from ..system import settings
from . import (
    audit_listings,
    audits,
    firm,
    first_steps,
    mlro,
    response_findings,
    response_import,
    response_listings,
    responses,
    risk_assessment,
    risk_assessment_listings,
    staff,
    training,
    training_import,
    training_listings,
    training_matrix,
)


@dataclass(frozen=True)
class FirmOverview:
    """What the Firm & MLRO page and ``kuzet firm`` show: the profile (None before the
    set-up wizard), what it makes apply, the MLRO gaps, and the rule pack's labels of the
    jurisdictions and activities (in English; the window translates them)."""

    profile: FirmProfile | None
    applies: list[firm.Applies]
    gaps: list[programme.Gap]
    jurisdictions: dict[str, str]
    activities: dict[str, str]


class SetUpRefused(ValidationFailed):
    """The set-up wizard's save was refused and nothing was written; ``part`` says what was
    wrong: "profile", or the role of the appointment refused ("mlro", "deputy")."""

    def __init__(self, part: str, field_errors: dict[str, str]) -> None:
        super().__init__(field_errors)
        self.part = part


class ProgrammeDesk(Area):
    def _read(self, action: Callable[..., Any], *args: Any) -> Any:
        """``action(session, *args)`` in a read session."""
        with self.reading() as work:
            return action(work.session, *args)

    def _write(self, action: Callable[..., Any], *args: Any) -> Any:
        """``action(session, *args)`` in one transaction."""
        with self.writing() as work:
            return action(work.session, *args)

    # --- the firm profile -------------------------------------------------------------

    def firm_overview(self) -> FirmOverview:
        with self.reading() as work:
            needs = firm.requirements(work.session, work.rules, work.today)
            return FirmOverview(
                firm.profile(work.session),
                firm.what_applies(needs, work.rules, work.today) if needs else [],
                mlro.gaps(work.session, work.rules, work.today),
                firm.jurisdiction_labels(work.rules, work.today),
                firm.activity_labels(work.rules, work.today),
            )

    def firm_profile(self) -> FirmProfile | None:
        return self._read(firm.profile)

    def jurisdiction_labels(self) -> dict[str, str]:
        return firm.jurisdiction_labels(self.rules(), self.today)

    def activity_labels(self) -> dict[str, str]:
        return firm.activity_labels(self.rules(), self.today)

    def check_firm_profile(self, data: Mapping[str, Any]) -> dict[str, str]:
        """What is wrong with a profile before it is saved (field -> message)."""
        return firm.validate(data, self.rules(), self.today)

    def save_firm_profile(self, data: Mapping[str, Any]) -> FirmProfile:
        with self.writing() as work:
            return firm.save(work.session, data, work.rules, work.today)

    def requirements_for(
        self, jurisdiction: str, activities: Sequence[str]
    ) -> tuple[programme.Requirements, list[firm.Applies]]:
        """What a profile not yet saved would make apply."""
        rules = self.rules()
        needs = programme.requirements(rules, jurisdiction, list(activities), self.today)
        return needs, firm.what_applies(needs, rules, self.today)

    def set_up_firm(
        self, profile: Mapping[str, Any], appointments: Mapping[str, Mapping[str, Any]]
    ) -> FirmProfile:
        """The set-up wizard's answers: the profile and the appointments entered (by role),
        all in one transaction; ``SetUpRefused`` says which part was refused."""
        with self.writing() as work:
            try:
                saved = firm.save(work.session, profile, work.rules, work.today)
            except ValidationFailed as exc:
                raise SetUpRefused("profile", exc.field_errors) from exc
            for role, data in appointments.items():
                try:
                    mlro.create(work.session, data, work.rules, work.today)
                except ValidationFailed as exc:
                    raise SetUpRefused(role, exc.field_errors) from exc
            return saved

    def firm_name(self) -> str:
        return self._read(settings.firm_name)

    def needs_set_up(self) -> bool:
        """A database with no firm profile that is not a demo: the officer's first start."""
        with self.reading() as work:
            demo = settings.get(work.session, settings.IS_DEMO, False)
            return firm.profile(work.session) is None and not demo

    def first_steps(self) -> list[first_steps.FirstStep]:
        """The first run's five steps in order (firm profile, MLRO, licences, lists,
        customers), each with whether it is done; the Dashboard leads with them."""
        with self.reading() as work:
            return first_steps.first_steps(work.session, work.today)

    # --- MLRO and deputy ----------------------------------------------------------------

    def appointment_listing(self) -> mlro.AppointmentListing:
        return mlro.AppointmentListing(self.rules(), self.today)

    def appointment(self, record_id: int) -> MlroAppointment:
        return self._read(mlro.get, record_id)

    def save_appointment(
        self, data: Mapping[str, Any], record_id: int | None = None
    ) -> MlroAppointment:
        with self.writing() as work:
            return mlro.update(work.session, record_id, data, work.rules, work.today)

    def retire_appointment(self, record_id: int, reason: str) -> MlroAppointment:
        return self._write(mlro.retire, record_id, reason)

    def check_appointment(self, data: Mapping[str, Any]) -> dict[str, str]:
        """What is wrong with an appointment before it is saved (field -> message)."""
        return mlro.validate(data, self.rules(), self.today)

    def mlro_positions(self) -> dict[str, str]:
        return mlro.position_labels(self.rules(), self.today)

    def office_holders(self) -> dict[str, programme.Appointment | None]:
        """Who holds each post (MLRO, deputy) today, or None."""
        people = self._read(mlro.appointments)
        return {
            role: programme.current_holder(people, role, self.today)
            for role in programme.APPOINTMENT_ROLES
        }

    # --- staff and courses --------------------------------------------------------------

    def staff_listing(self) -> training_listings.StaffListing:
        return training_listings.StaffListing(self.rules(), self.today)

    def staff_member(self, record_id: int) -> StaffMember:
        return self._read(staff.get, record_id)

    def save_staff_member(
        self, data: Mapping[str, Any], record_id: int | None = None
    ) -> StaffMember:
        with self.writing() as work:
            return staff.update(work.session, record_id, data, work.rules, work.today)

    def retire_staff_member(self, record_id: int, reason: str) -> StaffMember:
        return self._write(staff.retire, record_id, reason)

    def staff_roles(self) -> dict[str, str]:
        return staff.role_labels(self.rules(), self.today)

    def course_listing(self) -> training_listings.CourseListing:
        return training_listings.CourseListing(self.rules(), self.today)

    def course(self, course_id: int) -> Course:
        return self._read(training.get_course, course_id)

    def save_course(self, data: Mapping[str, Any], course_id: int | None = None) -> Course:
        with self.writing() as work:
            return training.update_course(work.session, course_id, data, work.rules, work.today)

    def retire_course(self, course_id: int, reason: str) -> Course:
        return self._write(training.retire_course, course_id, reason)

    def training_topics(self) -> dict[str, dict]:
        """The required courses (topics) from the rule pack, with their curriculum."""
        return training.topics(self.rules(), self.today)

    def curriculum_labels(self) -> dict[str, str]:
        return training.curriculum_labels(self.rules(), self.today)

    # --- training sessions and the matrix -----------------------------------------------

    def session_listing(self) -> training_listings.SessionListing:
        return training_listings.SessionListing(self.rules(), self.today)

    def training_session(
        self, session_id: int
    ) -> tuple[TrainingSession, list[tuple[TrainingAttendance, str]]]:
        """A session with who attended it (each attendance with the staff member's name)."""
        return self._read(training.attendance_sheet, session_id)

    def session_choices(self) -> tuple[list[Course], list[StaffMember]]:
        """What a session can be recorded with: the courses in force, and the staff the
        training matrix covers today."""
        with self.reading() as work:
            courses = training.active_courses(work.session)
            return courses, training_matrix.staff_in_training(work.session, work.today)

    def save_training_session(
        self,
        data: Mapping[str, Any],
        attendees: list[training.Attendee],
        session_id: int | None = None,
        certificates: Mapping[int, Path] | None = None,
        passphrase: str | None = None,
    ) -> TrainingSession:
        """A session with its attendance, and certificate files (staff id -> file) put
        into the document vault, all in one transaction."""
        with self.writing() as work:
            held = training.save_session(work.session, data, attendees, work.today, session_id)
            training.attach_certificates(work.session, held.id, certificates or {}, passphrase)
            return held

    def retire_training_session(self, session_id: int, reason: str) -> TrainingSession:
        return self._write(training.retire_session, session_id, reason)

    def certificate(self, attendance_id: int, passphrase: str | None = None) -> tuple[str, bytes]:
        """A certificate's file name and content, decrypted from the document vault."""
        return self._read(training.certificate, attendance_id, passphrase)

    import_attendance = import_entry(
        lambda work, path, mapping, progress: training_import.import_attendance(
            work.session, path, work.today, mapping, progress
        ),
        "An attendance sheet: every row, or nothing (``ImportRejected`` names each bad row).",
    )

    def training_matrix(
        self, role: str = "", state: str = "", search: str = ""
    ) -> training_matrix.Matrix:
        with self.reading() as work:
            return training_matrix.matrix(work.session, work.rules, work.today, role, state, search)

    def export_training_matrix(self, path: Path) -> int:
        with self.reading() as work:
            return training_matrix.export_matrix(work.session, work.rules, work.today, path)

    def training_intervals(self) -> tuple[int, int]:
        """(days a new starter has for training, months until a course is due again)."""
        rules = self.rules()
        return (
            int(rules.value("programme.training.new_starter_days", self.today)),
            int(rules.value("programme.training.frequency_months", self.today)),
        )

    # --- independent audits -------------------------------------------------------------

    def audit_listing(self) -> audit_listings.AuditListing:
        return audit_listings.AuditListing(self.today)

    def finding_listing(self) -> audit_listings.FindingListing:
        return audit_listings.FindingListing(self.today)

    def action_listing(self) -> audit_listings.ActionListing:
        days = self.rules().value("programme.audit.action_reminder_days", self.today)
        return audit_listings.ActionListing(self.today, int(days))

    def audit(self, audit_id: int) -> AuditEngagement:
        return self._read(audits.get_audit, audit_id)

    def save_audit(self, data: Mapping[str, Any], audit_id: int | None = None) -> AuditEngagement:
        with self.writing() as work:
            return audits.save_audit(work.session, data, work.today, audit_id)

    def retire_audit(self, audit_id: int, reason: str) -> AuditEngagement:
        return self._write(audits.retire_audit, audit_id, reason)

    def finding(self, finding_id: int) -> AuditFinding:
        return self._read(audits.get_finding, finding_id)

    def save_finding(self, data: Mapping[str, Any], finding_id: int | None = None) -> AuditFinding:
        with self.writing() as work:
            return audits.save_finding(work.session, data, work.today, finding_id)

    def retire_finding(self, finding_id: int, reason: str) -> AuditFinding:
        return self._write(audits.retire_finding, finding_id, reason)

    def remediation_action(self, action_id: int) -> RemediationAction:
        return self._read(audits.get_action, action_id)

    def save_remediation_action(
        self, data: Mapping[str, Any], action_id: int | None = None
    ) -> RemediationAction:
        with self.writing() as work:
            return audits.save_action(work.session, data, work.today, action_id)

    def retire_remediation_action(self, action_id: int, reason: str) -> RemediationAction:
        return self._write(audits.retire_action, action_id, reason)

    def audit_choices(self) -> tuple[tuple[str, str], ...]:
        """(id, "date auditor") of the audits in force, the latest first."""
        return self._read(audit_listings.audit_choices)

    def finding_choices(self) -> list[tuple[int, str]]:
        """(id, "reference title") of the findings in force, open ones first."""
        return self._read(audit_listings.finding_choices)

    def next_audit(self) -> Deadline | None:
        """When the next independent audit is due (None before the firm profile exists)."""
        with self.reading() as work:
            due = audits.audit_deadlines(work.session, work.rules, work.today)
        return due[0] if due else None

    # --- management responses to the audit pack's findings -----------------------------

    def response_listing(self) -> response_listings.ResponseListing:
        return response_listings.ResponseListing(self.today)

    def management_response(self, record_id: int) -> ManagementResponse:
        return self._read(responses.get, record_id)

    def save_management_response(
        self, data: Mapping[str, Any], record_id: int | None = None
    ) -> ManagementResponse:
        """Add a response (``record_id`` None) or edit one (``ValidationFailed``: nothing
        written)."""
        with self.writing() as work:
            return responses.save(work.session, record_id, data, work.rules, work.today)

    def retire_management_response(self, record_id: int, reason: str) -> ManagementResponse:
        return self._write(responses.retire, record_id, reason)

    def response_owners(self) -> list[tuple[int, str]]:
        """(id, "name, job title") of the staff who can own a response today."""
        return self._read(response_listings.owner_choices, self.today)

    def responses_by_key(self) -> dict[str, responses.ResponseView]:
        """The newest response in force for each finding key."""
        return self._read(responses.responses_by_key)

    def findings_to_answer(self) -> list[response_findings.OpenFinding]:
        """Today's critical and high findings (the Dashboard's), each with its key and
        the response in force for it, if any."""
        with self.reading() as work:
            return response_findings.open_findings(work.session, work.rules, work.today)

    import_management_responses = import_entry(
        lambda work, path, mapping, progress: response_import.import_responses(
            work.session, path, work.rules, work.today, mapping, progress
        ),
        "Management responses: every row, or nothing (``ImportRejected`` names each bad row).",
    )

    def export_management_responses(self, path: Path) -> int:
        """Every response in force, in the import's columns, to CSV or XLSX."""
        return self._read(response_import.export_responses, path)

    # --- business risk assessment and AML Returns ---------------------------------------

    def assessment_listing(self) -> risk_assessment_listings.AssessmentListing:
        days = self.rules().value("programme.risk_assessment.reminder_days", self.today)
        return risk_assessment_listings.AssessmentListing(self.today, int(days))

    def return_listing(self) -> risk_assessment_listings.ReturnListing:
        return risk_assessment_listings.ReturnListing(self.today)

    def risk_assessment(self, assessment_id: int) -> BusinessRiskAssessment:
        return self._read(risk_assessment.get_assessment, assessment_id)

    def save_risk_assessment(
        self, data: Mapping[str, Any], assessment_id: int | None = None
    ) -> BusinessRiskAssessment:
        """A version of the assessment; an empty next review is set by the rule pack."""
        with self.writing() as work:
            return risk_assessment.save_assessment(
                work.session, data, work.rules, work.today, assessment_id
            )

    def retire_risk_assessment(self, assessment_id: int, reason: str) -> BusinessRiskAssessment:
        return self._write(risk_assessment.retire_assessment, assessment_id, reason)

    def aml_return(self, return_id: int) -> AmlReturn:
        return self._read(risk_assessment.get_return, return_id)

    def save_aml_return(self, data: Mapping[str, Any], return_id: int | None = None) -> AmlReturn:
        """A return filed (its due date follows from the profile's year-end and the rules)."""
        with self.writing() as work:
            return risk_assessment.save_return(
                work.session, data, work.rules, work.today, return_id
            )

    def retire_aml_return(self, return_id: int, reason: str) -> AmlReturn:
        return self._write(risk_assessment.retire_return, return_id, reason)

    def last_year_end(self) -> dt.date | None:
        """The end of the last completed financial year (None without a firm profile)."""
        return self._read(risk_assessment.last_year_end, self.today)

    # --- the compliance calendar (every register's deadlines) ---------------------------

    def deadlines(self) -> list[Deadline]:
        """Every register's deadlines, soonest first (``calendar.select_entries`` picks by
        register, owner and due date)."""
        with self.reading() as work:
            return calendar.collect(work.session, work.rules, work.today)

    def due_notice(self, items: Sequence[Deadline] | None = None) -> calendar.Notice:
        """What is overdue and due this week; ``items``: every deadline, when already read."""
        return calendar.notice(self.deadlines() if items is None else items, self.today)

    def calendar_name(self) -> str:
        """The calendar's name in Outlook or Google Calendar: "Kuzet — <the firm>"."""
        return calendar.calendar_name(self.firm_name())

    def export_calendar(
        self, path: Path, items: Sequence[Deadline], progress: Progress = NO_PROGRESS
    ) -> int:
        """``items`` to an iCalendar (.ics) file, written atomically; how many events."""
        return calendar.write_ics(path, items, self.today, self.calendar_name(), progress)
