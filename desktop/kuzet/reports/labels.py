"""Every fixed word printed in the audit pack, in English, Russian and Kazakh.

``t(key, lang)`` looks a label up; a language without a dictionary (or a key missing from
it) falls back to English, so Kazakh can be added later as one more dictionary. Labels may
hold ``{placeholders}`` filled from keyword arguments: ``t("footer.page", "ru", page=2,
total=9)`` gives ``"Стр. 2 из 9"``. An unknown key raises ``KeyError`` (a typo should fail a
test, not print a key to the regulator).
"""

from __future__ import annotations

DEFAULT_LANG = "en"

EN: dict[str, str] = {
    # cover
    "pack.kicker": "Kuzet · compliance desk",
    "pack.title": "Compliance audit pack",
    "pack.subtitle": "AML/CFT, licensing and mining compliance records",
    "cover.firm": "Firm",
    "cover.period": "Period",
    "cover.period_value": "{date_from} – {date_to}",
    "cover.generated_utc": "Generated (UTC)",
    "cover.generated_local": "Generated (local time)",
    "cover.generated_by": "Prepared by",
    "cover.pack_id": "Pack ID",
    "cover.sections": "Sections",
    "cover.redacted_title": "Redacted copy",
    "cover.redacted_text": (
        "Personal data (names, identification numbers, contact details) are masked in this "
        "copy. The unredacted pack is kept by the firm and is available to the competent "
        "authority on request."
    ),
    "cover.confidential_note": (
        "This pack contains confidential information of the firm and personal data of its "
        "customers. It is prepared for the competent authority or the firm's auditor and must "
        "not be passed to third parties."
    ),
    "cover.integrity_note": (
        "The SHA-256 checksum of this file and of every evidence file it refers to is "
        "recorded in the manifest that accompanies it (pack ID {pack_id})."
    ),
    # contents, header, footer
    "toc.title": "Contents",
    "header.confidential": "Confidential",
    "header.redacted": "Redacted",
    "footer.page": "Page {page} of {total}",
    "footer.pack": "Pack {pack_id}",
    # tables
    "table.continued": "{title} (continued)",
    "table.empty": "No records for the period.",
    "table.rows": "{count} rows",
    "value.none": "—",
    "value.yes": "Yes",
    "value.no": "No",
    # status badges
    "status.ok": "OK",
    "status.warning": "Warning",
    "status.overdue": "Overdue",
    "status.critical": "Critical",
    "status.high": "High",
    "status.medium": "Medium",
    "status.info": "Info",
    # charts
    "chart.threshold": "Threshold",
    # section titles
    "section.summary": "Summary",
    "section.licences": "Licences",
    "section.pool_accreditations": "Mining pool accreditations",
    "section.customers": "Customers (KYC/CDD)",
    "section.beneficial_owners": "Beneficial owners",
    "section.screening": "Sanctions screening",
    "section.training": "AML training",
    "section.suspicious_reports": "Suspicious transaction reports",
    "section.mining_sales": "Mining sales",
    "section.audits": "Audits and inspections",
    "section.evidence": "Evidence index",
    # common column names
    "col.no": "No.",
    "col.date": "Date",
    "col.name": "Name",
    "col.customer": "Customer",
    "col.iin_bin": "IIN/BIN",
    "col.country": "Country",
    "col.status": "Status",
    "col.risk": "Risk level",
    "col.amount": "Amount",
    "col.currency": "Currency",
    "col.quantity": "Quantity",
    "col.asset": "Asset",
    "col.counterparty": "Counterparty",
    "col.number": "Number",
    "col.issued": "Issued",
    "col.valid_until": "Valid until",
    "col.due_date": "Due date",
    "col.period": "Period",
    "col.month": "Month",
    "col.total": "Total",
    "col.document": "Document",
    "col.notes": "Notes",
    "col.file": "File",
    "col.label": "Description",
    "col.size": "Size",
    "col.sha256": "SHA-256",
    # months (charts, period labels)
    "month.1": "Jan",
    "month.2": "Feb",
    "month.3": "Mar",
    "month.4": "Apr",
    "month.5": "May",
    "month.6": "Jun",
    "month.7": "Jul",
    "month.8": "Aug",
    "month.9": "Sep",
    "month.10": "Oct",
    "month.11": "Nov",
    "month.12": "Dec",
}

RU: dict[str, str] = {
    "pack.kicker": "Kuzet · комплаенс-контроль",
    "pack.title": "Пакет документов для проверки",
    "pack.subtitle": "ПОД/ФТ, лицензирование и цифровой майнинг",
    "cover.firm": "Организация",
    "cover.period": "Период",
    "cover.period_value": "{date_from} – {date_to}",
    "cover.generated_utc": "Сформирован (UTC)",
    "cover.generated_local": "Сформирован (местное время)",
    "cover.generated_by": "Подготовил",
    "cover.pack_id": "Идентификатор пакета",
    "cover.sections": "Разделы",
    "cover.redacted_title": "Обезличенная копия",
    "cover.redacted_text": (
        "Персональные данные (ФИО, идентификационные номера, контактные данные) в этой копии "
        "скрыты. Полный пакет хранится в организации и предоставляется уполномоченному органу "
        "по запросу."
    ),
    "cover.confidential_note": (
        "Пакет содержит конфиденциальную информацию организации и персональные данные её "
        "клиентов. Он подготовлен для уполномоченного органа или аудитора организации и не "
        "подлежит передаче третьим лицам."
    ),
    "cover.integrity_note": (
        "Контрольная сумма SHA-256 этого файла и каждого подтверждающего документа, на который "
        "он ссылается, записана в сопроводительном манифесте (идентификатор пакета {pack_id})."
    ),
    "toc.title": "Содержание",
    "header.confidential": "Конфиденциально",
    "header.redacted": "Обезличено",
    "footer.page": "Стр. {page} из {total}",
    "footer.pack": "Пакет {pack_id}",
    "table.continued": "{title} (продолжение)",
    "table.empty": "Записей за период нет.",
    "table.rows": "Строк: {count}",
    "value.none": "—",
    "value.yes": "Да",
    "value.no": "Нет",
    "status.ok": "В норме",
    "status.warning": "Внимание",
    "status.overdue": "Просрочено",
    "status.critical": "Критично",
    "status.high": "Высокий",
    "status.medium": "Средний",
    "status.info": "Справочно",
    "chart.threshold": "Порог",
    "section.summary": "Сводка",
    "section.licences": "Лицензии",
    "section.pool_accreditations": "Аккредитации майнинговых пулов",
    "section.customers": "Клиенты (надлежащая проверка)",
    "section.beneficial_owners": "Бенефициарные собственники",
    "section.screening": "Проверка по санкционным спискам",
    "section.training": "Обучение по ПОД/ФТ",
    "section.suspicious_reports": "Сообщения о подозрительных операциях",
    "section.mining_sales": "Реализация цифровых активов",
    "section.audits": "Аудиты и проверки",
    "section.evidence": "Перечень подтверждающих документов",
    "col.no": "№",
    "col.date": "Дата",
    "col.name": "Наименование / ФИО",
    "col.customer": "Клиент",
    "col.iin_bin": "ИИН/БИН",
    "col.country": "Страна",
    "col.status": "Статус",
    "col.risk": "Уровень риска",
    "col.amount": "Сумма",
    "col.currency": "Валюта",
    "col.quantity": "Количество",
    "col.asset": "Актив",
    "col.counterparty": "Контрагент",
    "col.number": "Номер",
    "col.issued": "Выдан",
    "col.valid_until": "Действует до",
    "col.due_date": "Срок",
    "col.period": "Период",
    "col.month": "Месяц",
    "col.total": "Итого",
    "col.document": "Документ",
    "col.notes": "Примечание",
    "col.file": "Файл",
    "col.label": "Описание",
    "col.size": "Размер",
    "col.sha256": "SHA-256",
    "month.1": "янв",
    "month.2": "фев",
    "month.3": "мар",
    "month.4": "апр",
    "month.5": "май",
    "month.6": "июн",
    "month.7": "июл",
    "month.8": "авг",
    "month.9": "сен",
    "month.10": "окт",
    "month.11": "ноя",
    "month.12": "дек",
}

# Each register section's labels live beside the sections (``reports/sections/text_*.py``).
from kuzet.reports.sections.text_en_firm import EN_FIRM  # noqa: E402
from kuzet.reports.sections.text_en_people import EN_PEOPLE  # noqa: E402
from kuzet.reports.sections.text_en_records import EN_RECORDS  # noqa: E402
from kuzet.reports.sections.text_kk_base import KK_BASE  # noqa: E402
from kuzet.reports.sections.text_kk_firm import KK_FIRM  # noqa: E402
from kuzet.reports.sections.text_kk_people import KK_PEOPLE  # noqa: E402
from kuzet.reports.sections.text_kk_records import KK_RECORDS  # noqa: E402
from kuzet.reports.sections.text_ru_firm import RU_FIRM  # noqa: E402
from kuzet.reports.sections.text_ru_people import RU_PEOPLE  # noqa: E402
from kuzet.reports.sections.text_ru_records import RU_RECORDS  # noqa: E402

EN.update({**EN_FIRM, **EN_PEOPLE, **EN_RECORDS})
RU.update({**RU_FIRM, **RU_PEOPLE, **RU_RECORDS})
KK: dict[str, str] = {**KK_BASE, **KK_FIRM, **KK_PEOPLE, **KK_RECORDS}

# Labels of later parts of the pack: each ``reports/sections/text_<part>.py`` holds
# ``LABELS = {"en": {...}, "ru": {...}, "kk": {...}}``; import it above this line and add it
# to this tuple.
from kuzet.reports.sections.text_attachments import LABELS as ATTACHMENT_LABELS  # noqa: E402
from kuzet.reports.sections.text_draft import LABELS as DRAFT_LABELS  # noqa: E402
from kuzet.reports.sections.text_evidence import LABELS as EVIDENCE_LABELS  # noqa: E402
from kuzet.reports.sections.text_findings import LABELS as FINDING_LABELS  # noqa: E402
from kuzet.reports.sections.text_periods import LABELS as PERIOD_LABELS  # noqa: E402
from kuzet.reports.sections.text_reasons import LABELS as REASON_LABELS  # noqa: E402
from kuzet.reports.sections.text_str import LABELS as STR_LABELS  # noqa: E402

EXTRA_LABELS: tuple[dict[str, dict[str, str]], ...] = (
    ATTACHMENT_LABELS,
    STR_LABELS,
    DRAFT_LABELS,
    REASON_LABELS,
    EVIDENCE_LABELS,
    PERIOD_LABELS,
    FINDING_LABELS,
)
for _extra in EXTRA_LABELS:
    EN.update(_extra.get("en", {}))
    RU.update(_extra.get("ru", {}))
    KK.update(_extra.get("kk", {}))

# A key missing from the Kazakh (or Russian) dictionary falls back to English in ``t``.
LABELS: dict[str, dict[str, str]] = {"en": EN, "ru": RU, "kk": KK}


def normalize_lang(lang: str | None) -> str:
    """``"ru-RU"`` → ``"ru"``; a language without labels → ``"en"``."""
    code = (lang or DEFAULT_LANG).replace("_", "-").split("-")[0].lower()
    return code if code in LABELS else DEFAULT_LANG


def t(key: str, lang: str | None = DEFAULT_LANG, **values: object) -> str:
    """The label ``key`` in ``lang`` (English if missing), formatted with ``values``."""
    table = LABELS[normalize_lang(lang)]
    text = table.get(key)
    if text is None:
        text = EN[key]  # KeyError for an unknown key, on purpose
    return text.format(**values) if values else text


def has_label(key: str) -> bool:
    return key in EN
