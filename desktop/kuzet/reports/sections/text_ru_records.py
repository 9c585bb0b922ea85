"""Russian labels of the register sections (merged into ``reports.labels``):
monitoring, rules, the audit trail, register names."""

from __future__ import annotations

RU_RECORDS: dict[str, str] = {
    # monitoring
    "mon.tipping_off": (
        "Конфиденциально. Клиент не должен узнать о рассмотрении или направлении сообщения: "
        "предупреждение клиента запрещено."
    ),
    "mon.fig.transactions": "Операций",
    "mon.fig.in_kzt": "Поступления, тенге",
    "mon.fig.out_kzt": "Выводы, тенге",
    "mon.fig.travel_incomplete": "Неполные данные Travel Rule",
    "mon.fig.alerts": "Сигналов выявлено",
    "mon.fig.open_alerts": "Сигналов открыто",
    "mon.fig.escalated": "Переданы в СПО",
    "mon.fig.explained": "Закрыты с объяснением",
    "mon.alerts": "Сигналы мониторинга за период и открытые сигналы",
    "mon.no_alerts": "В периоде сигналов не было, открытых нет.",
    "mon.col.detected": "Выявлен",
    "mon.col.rule": "Правило",
    "mon.col.transactions": "Опе- раций",
    "mon.col.reason": "Основание",
    "mon.decided_by": "{status} ({person})",
    "mon.escalated_to": "передан в СПО №{id}",
    "mon.alert_status.open": "открыт",
    "mon.alert_status.explained": "объяснён",
    "mon.alert_status.escalated": "передан в СПО",
    "mon.rule.threshold": "Пороговая операция",
    "mon.rule.large_transaction": "Операция не ниже порога сигнала организации",
    "mon.rule.structuring": "Дробление ниже порога",
    "mon.rule.rapid_in_out": "Быстрый ввод и вывод средств",
    "mon.rule.high_risk_jurisdiction": "Юрисдикция высокого риска",
    "mon.rule.retail_cap": "Взносы розничного клиента сверх месячного лимита без теста",
    "mon.rule.listed_wallet": "Кошелёк лица из списка",
    "mon.rule.travel_rule": "Неполные данные Travel Rule",
    "mon.rule.unvetted_provider": "Контрагент-провайдер не проверен до перевода",
    "mon.strs": "Сообщения о подозрительных операциях (СПО)",
    "mon.no_strs": "В периоде дел по СПО нет, незавершённых нет.",
    "mon.col.decision": "Решение",
    "mon.col.deadline": "Срок",
    "mon.col.reported_on": "Направлено, номер АФМ",
    "mon.facts": "Обстоятельства дел",
    "mon.facts_of": "СПО №{id}: {facts}",
    "mon.facts_withheld": "Обстоятельства дел в обезличенной копии не приводятся.",
    "mon.decision.pending": "не принято",
    "mon.decision.suspicious": "подозрительная",
    "mon.decision.not_suspicious": "не подозрительная",
    "mon.report_status.open": "открыто: решение не принято",
    "mon.report_status.to_report": "к направлению",
    "mon.report_status.overdue": "просрочено",
    "mon.report_status.reported": "направлено",
    "mon.report_status.closed": "закрыто: не подозрительная",
    "mon.ttrs": "Сообщения о пороговых операциях",
    "mon.no_ttrs": "В периоде пороговых операций нет, к направлению нет.",
    "mon.col.transaction_on": "Операция",
    "mon.col.value_kzt": "Сумма, тенге",
    "mon.col.threshold_kzt": "Порог, тенге",
    # rules
    "rules.intro": (
        "Все числовые нормы закона, которые применяет Kuzet: каждое значение, действовавшее "
        "хотя бы один день периода, его источник и степень уверенности. Значение, изменённое "
        "ответственным сотрудником, отмечено как таковое с указанием причины."
    ),
    "rules.pack_version": (
        "Набор норм {version} ({title}), опубликован {published}; SHA-256 {sha256}."
    ),
    "rules.pack_unversioned": "Набор норм без версии; SHA-256 {sha256}.",
    "rules.marks": "Метки достоверности",
    "rules.mark.V": "прочитано в законе или правилах регулятора",
    "rules.mark.S": "вторичный источник (юридическая фирма, новости)",
    "rules.mark.U": "не подтверждено или источники расходятся: изменяемое значение по умолчанию",
    "rules.mark.P": "значение по умолчанию программы, не норма закона",
    "rules.table": "Значения норм, действовавшие в периоде",
    "rules.none": "Набор норм пуст.",
    "rules.sources_note": (
        "Источники приведены так, как они записаны в наборе норм (на английском языке): "
        "это ссылки на акты и их официальные английские тексты; названия норм, единицы и "
        "значения переведены."
    ),
    "rules.not_in_force": "(не действует)",
    "rules.override": "изменено сотрудником: {reason} (набор норм: {source})",
    "rules.col.key": "Норма",
    "rules.col.title": "Название",
    "rules.col.unit": "Ед.",
    "rules.whole_period": "весь период",
    "rules.col.span": "Действует",
    # audit trail
    "trail.intro": (
        "Каждое изменение реестра добавляется в журнал, связанный цепочкой хешей. При "
        "формировании пакета цепочка пересчитана запись за записью, и каждая строка реестров "
        "сверена с последним записанным состоянием."
    ),
    "trail.fig.result": "Проверка",
    "trail.fig.entries": "Записей журнала",
    "trail.fig.rows": "Строк реестров проверено",
    "trail.intact": (
        "Журнал изменений цел: ни одна запись или строка реестра не изменена, не добавлена и "
        "не удалена вне Kuzet. Хеш последней записи ниже идентифицирует журнал."
    ),
    "trail.broken": (
        "Журнал изменений НАРУШЕН: найдены проблемы, перечисленные ниже. Записи могли быть "
        "изменены вне Kuzet."
    ),
    "trail.col.head_hash": "Хеш последней записи (SHA-256)",
    "trail.problems": "Найденные проблемы",
    "trail.col.problem": "Проблема",
    "trail.changes": "Изменения, записанные в периоде",
    "trail.no_changes": "В периоде изменений не было.",
    "trail.col.register": "Реестр",
    "trail.col.inserted": "Создано",
    "trail.col.updated": "Изменено",
    "trail.col.retired": "Выведено",
    "trail.col.other": "Прочее",
    "trail.retired": "Записи, выведенные из действия в периоде",
    "trail.no_retired": "В периоде записи не выводились.",
    "trail.col.entry": "Запись",
    "trail.col.at": "Когда (UTC)",
    "trail.col.actor": "Кто",
    "trail.col.record": "Строка",
    "trail.col.reason": "Причина",
    # register names (audit trail)
    "register.alert": "Сигналы мониторинга",
    "register.aml_return": "Годовые отчёты ПОД/ФТ",
    "register.audit_engagement": "Независимые аудиты",
    "register.audit_finding": "Замечания аудита",
    "register.beneficial_owner": "Бенефициарные собственники",
    "register.business_risk_assessment": "Оценка рисков организации",
    "register.counterparty_provider": "Провайдеры-контрагенты",
    "register.course": "Учебные курсы",
    "register.customer": "Клиенты",
    "register.customer_document": "Документы клиентов",
    "register.customer_edd": "Усиленная проверка",
    "register.customer_review": "Пересмотры досье",
    "register.false_positive_memory": "Известные ложные совпадения",
    "register.firm_profile": "Профиль организации",
    "register.knowledge_test": "Тесты на знание",
    "register.licence": "Лицензии",
    "register.mining_fee_basis": "Основания платы за майнинг",
    "register.mining_output": "Добыча",
    "register.mlro_appointment": "Назначения MLRO",
    "register.pep_status": "Статусы ПДЛ",
    "register.pool_accreditation": "Аккредитации пулов",
    "register.remediation_action": "Меры по устранению",
    "register.risk_assessment": "Оценки риска клиентов",
    "register.rule_override": "Изменения норм",
    "register.sale": "Реализация",
    "register.screening_hit": "Совпадения проверок",
    "register.screening_run": "Проверки по спискам",
    "register.setting": "Настройки",
    "register.staff_member": "Сотрудники",
    "register.suspicious_transaction_report": "СПО",
    "register.threshold_report": "Пороговые операции",
    "register.training_attendance": "Посещение обучения",
    "register.training_session": "Учебные занятия",
    "register.transaction": "Операции",
    "register.vault_key": "Ключ хранилища",
    "register.venue": "Площадки реализации",
    "register.watchlist_version": "Версии списков",
}
