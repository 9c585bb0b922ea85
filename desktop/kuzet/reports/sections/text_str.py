"""Labels of the STR draft's parties: the reporting firm's BIN and FIU registration, the
customer's beneficial owners, and the officer who decided the report (en, ru, kk)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "str.firm_bin": "BIN",
        "str.firm_fiu_number": "FIU registration number",
        "str.not_entered": "not entered",
        "str.firm_not_set": "(the firm profile is not filled in)",
        "str.owners": "Beneficial owners",
        "str.no_owners": "No beneficial owner is recorded for this customer.",
        "str.owner.name": "Name",
        "str.owner.share": "Share",
        "str.owner.iin": "IIN",
        "str.owner.nationality": "Nationality",
        "str.owner.control": "control other than by ownership",
        "str.officer": "Decided by",
        "str.officer_position": "Position",
        "str.officer.mlro": "MLRO",
        "str.officer.deputy": "Deputy MLRO",
        "str.officer_unknown": (
            "not identified: the decision is recorded under a user name that is neither in "
            "the staff register nor the MLRO register"
        ),
        "str.officer_pending": "no decision yet",
    },
    "ru": {
        "str.firm_bin": "БИН",
        "str.firm_fiu_number": "Регистрационный номер в АФМ",
        "str.not_entered": "не указан",
        "str.firm_not_set": "(профиль организации не заполнен)",
        "str.owners": "Бенефициарные собственники",
        "str.no_owners": "У клиента не указаны бенефициарные собственники.",
        "str.owner.name": "ФИО",
        "str.owner.share": "Доля",
        "str.owner.iin": "ИИН",
        "str.owner.nationality": "Гражданство",
        "str.owner.control": "контроль иным способом, чем владение",
        "str.officer": "Решение принял",
        "str.officer_position": "Должность",
        "str.officer.mlro": "Ответственный работник по ПОД/ФТ",
        "str.officer.deputy": "Заместитель ответственного работника по ПОД/ФТ",
        "str.officer_unknown": (
            "не установлен: решение записано под именем пользователя, которого нет ни в "
            "реестре сотрудников, ни в реестре ответственных работников"
        ),
        "str.officer_pending": "решение ещё не принято",
    },
    "kk": {
        "str.firm_bin": "БСН",
        "str.firm_fiu_number": "ҚМА-дағы тіркеу нөмірі",
        "str.not_entered": "енгізілмеген",
        "str.firm_not_set": "(ұйымның профилі толтырылмаған)",
        "str.owners": "Бенефициарлық меншік иелері",
        "str.no_owners": "Клиенттің бенефициарлық меншік иелері көрсетілмеген.",
        "str.owner.name": "Аты-жөні",
        "str.owner.share": "Үлесі",
        "str.owner.iin": "ЖСН",
        "str.owner.nationality": "Азаматтығы",
        "str.owner.control": "иеленуден басқа жолмен бақылау",
        "str.officer": "Шешім қабылдаған",
        "str.officer_position": "Лауазымы",
        "str.officer.mlro": "КЖ/ТҚ жөніндегі жауапты қызметкер",
        "str.officer.deputy": "КЖ/ТҚ жөніндегі жауапты қызметкердің орынбасары",
        "str.officer_unknown": (
            "анықталмаған: шешім қызметкерлер тізілімінде де, жауапты қызметкерлер "
            "тізілімінде де жоқ пайдаланушы атымен жазылған"
        ),
        "str.officer_pending": "шешім әлі қабылданбаған",
    },
}
