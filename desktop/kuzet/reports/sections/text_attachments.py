"""Labels of the attached registers and the customer distributions (issue #15, item 5)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "attach.note": (
            "{title}: {rows} rows, attached as {file} (SHA-256 {sha}), listed with its hash "
            "in the manifest."
        ),
        "attach.table": "Register",
        "cust.distributions": "Customer files: distributions",
        "cust.dist.status": "By status",
        "cust.dist.tier": "By risk tier",
        "cust.dist.kind": "By kind",
        "cust.dist.country": "By country of residence (top {n})",
        "cust.dist.chart": "Customer files by risk tier",
        "cust.col.files": "Files",
        "cust.col.share": "Share, %",
        "cust.other_countries": "Other countries ({n})",
        "cust.no_country": "Not recorded",
    },
    "ru": {
        "attach.note": (
            "{title}: строк — {rows}, приложение {file} (SHA-256 {sha}), с хешем в манифесте."
        ),
        "attach.table": "Реестр",
        "cust.distributions": "Досье клиентов: распределения",
        "cust.dist.status": "По статусу",
        "cust.dist.tier": "По уровню риска",
        "cust.dist.kind": "По виду",
        "cust.dist.country": "По стране проживания (первые {n})",
        "cust.dist.chart": "Досье клиентов по уровню риска",
        "cust.col.files": "Досье",
        "cust.col.share": "Доля, %",
        "cust.other_countries": "Другие страны ({n})",
        "cust.no_country": "Не указана",
    },
    "kk": {
        "attach.note": (
            "{title}: жолдар саны — {rows}, қосымша {file} (SHA-256 {sha}), хэші манифестте."
        ),
        "attach.table": "Тізілім",
        "cust.distributions": "Клиент істері: бөлінуі",
        "cust.dist.status": "Мәртебесі бойынша",
        "cust.dist.tier": "Тәуекел деңгейі бойынша",
        "cust.dist.kind": "Түрі бойынша",
        "cust.dist.country": "Тұратын елі бойынша (алғашқы {n})",
        "cust.dist.chart": "Клиент істері тәуекел деңгейі бойынша",
        "cust.col.files": "Істер",
        "cust.col.share": "Үлесі, %",
        "cust.other_countries": "Басқа елдер ({n})",
        "cust.no_country": "Көрсетілмеген",
    },
}
