"""Kazakh labels of the register sections (merged into ``reports.labels``):
monitoring, rules, the audit trail, register names."""

from __future__ import annotations

KK_RECORDS: dict[str, str] = {
    # monitoring
    "mon.tipping_off": (
        "Құпия. Клиент хабарламаның қаралып жатқанын немесе жіберілгенін білмеуге тиіс: "
        "клиентке ескерту жасауға тыйым салынады."
    ),
    "mon.fig.transactions": "Операциялар",
    "mon.fig.in_kzt": "Түсімдер, теңге",
    "mon.fig.out_kzt": "Шығарулар, теңге",
    "mon.fig.travel_incomplete": "Аударым туралы деректер толық емес",
    "mon.fig.alerts": "Анықталған белгілер",
    "mon.fig.open_alerts": "Ашық белгілер",
    "mon.fig.escalated": "КОХ-ға берілді",
    "mon.fig.explained": "Түсіндірмемен жабылды",
    "mon.alerts": "Кезеңдегі және ашық мониторинг белгілері",
    "mon.no_alerts": "Кезеңде белгілер болмады, ашығы жоқ.",
    "mon.col.detected": "Анықталды",
    "mon.col.rule": "Ереже",
    "mon.col.transactions": "Опера- циялар",
    "mon.col.reason": "Негіздеме",
    "mon.decided_by": "{status} ({person})",
    "mon.escalated_to": "№{id} КОХ-ға берілді",
    "mon.alert_status.open": "ашық",
    "mon.alert_status.explained": "түсіндірілді",
    "mon.alert_status.escalated": "КОХ-ға берілді",
    "mon.rule.threshold": "Шекті операция",
    "mon.rule.large_transaction": "Ұйымның белгі шегінен төмен емес операция",
    "mon.rule.structuring": "Шектен төмен бөлшектеу",
    "mon.rule.rapid_in_out": "Қаражатты жылдам енгізу және шығару",
    "mon.rule.high_risk_jurisdiction": "Жоғары тәуекелді юрисдикция",
    "mon.rule.retail_cap": "Бөлшек клиенттің тестсіз айлық лимиттен асқан салымдары",
    "mon.rule.listed_wallet": "Тізімдегі тұлғаның әмияны",
    "mon.rule.travel_rule": "Аударым туралы деректер толық емес",
    "mon.rule.unvetted_provider": "Провайдер-контрагент аударымға дейін тексерілмеген",
    "mon.strs": "Күдікті операциялар туралы хабарламалар (КОХ)",
    "mon.no_strs": "Кезеңде КОХ бойынша істер жоқ, аяқталмағаны жоқ.",
    "mon.col.decision": "Шешім",
    "mon.col.deadline": "Мерзімі",
    "mon.col.reported_on": "Жіберілді, ҚМА нөмірі",
    "mon.facts": "Істердің мән-жайы",
    "mon.facts_of": "№{id} КОХ: {facts}",
    "mon.facts_withheld": "Иесіздендірілген көшірмеде істердің мән-жайы келтірілмейді.",
    "mon.decision.pending": "қабылданбаған",
    "mon.decision.suspicious": "күдікті",
    "mon.decision.not_suspicious": "күдікті емес",
    "mon.report_status.open": "ашық: шешім қабылданбаған",
    "mon.report_status.to_report": "жіберуге",
    "mon.report_status.overdue": "мерзімі өткен",
    "mon.report_status.reported": "жіберілді",
    "mon.report_status.closed": "жабылды: күдікті емес",
    "mon.ttrs": "Шекті операциялар туралы хабарламалар",
    "mon.no_ttrs": "Кезеңде шекті операциялар жоқ, жіберуге жатқаны жоқ.",
    "mon.col.transaction_on": "Операция",
    "mon.col.value_kzt": "Сомасы, теңге",
    "mon.col.threshold_kzt": "Шегі, теңге",
    # rules
    "rules.intro": (
        "Kuzet қолданатын заңның барлық сандық нормалары: кезеңнің кемінде бір күнінде "
        "қолданылған әр мән, оның дереккөзі және сенімділік дәрежесі. Жауапты қызметкер "
        "өзгерткен мән себебі көрсетіліп, осылай белгіленген."
    ),
    "rules.pack_version": (
        "Нормалар жинағы {version} ({title}), {published} жарияланды; SHA-256 {sha256}."
    ),
    "rules.pack_unversioned": "Нұсқасыз нормалар жинағы; SHA-256 {sha256}.",
    "rules.marks": "Сенімділік белгілері",
    "rules.mark.V": "заңнан немесе реттеушінің қағидаларынан оқылды",
    "rules.mark.S": "қосалқы дереккөз (заң фирмасы, жаңалықтар)",
    "rules.mark.U": "расталмаған немесе дереккөздер әртүрлі: өзгертуге болатын әдепкі мән",
    "rules.mark.P": "бағдарламаның әдепкі мәні, заң нормасы емес",
    "rules.table": "Кезеңде қолданылған нормалардың мәндері",
    "rules.none": "Нормалар жинағы бос.",
    "rules.sources_note": (
        "Дереккөздер нормалар жинағында жазылғандай (ағылшын тілінде) келтірілген: бұл "
        "актілерге және олардың ресми ағылшын мәтіндеріне сілтемелер; нормалардың "
        "атаулары, өлшем бірліктері мен мәндері аударылған."
    ),
    "rules.not_in_force": "(қолданылмайды)",
    "rules.override": "қызметкер өзгертті: {reason} (нормалар жинағы: {source})",
    "rules.col.key": "Норма",
    "rules.col.title": "Атауы",
    "rules.col.unit": "Өлш.",
    "rules.whole_period": "бүкіл кезең",
    "rules.col.span": "Қолданылады",
    # audit trail
    "trail.intro": (
        "Тізілімнің әр өзгерісі хештер тізбегімен байланысқан журналға қосылады. Пакет "
        "жасалғанда тізбек жазба бойынша қайта есептелді, ал тізілімдердің әр жолы соңғы "
        "жазылған жай-күймен салыстырылды."
    ),
    "trail.fig.result": "Тексеру",
    "trail.fig.entries": "Журнал жазбалары",
    "trail.fig.rows": "Тексерілген тізілім жолдары",
    "trail.intact": (
        "Өзгерістер журналы бүтін: бірде-бір жазба немесе тізілім жолы Kuzet-тен тыс "
        "өзгертілмеген, қосылмаған және жойылмаған. Төмендегі соңғы жазбаның хеші журналды "
        "сәйкестендіреді."
    ),
    "trail.broken": (
        "Өзгерістер журналы БҰЗЫЛҒАН: төменде аталған мәселелер табылды. Жазбалар "
        "Kuzet-тен тыс өзгертілген болуы мүмкін."
    ),
    "trail.col.head_hash": "Соңғы жазбаның хеші (SHA-256)",
    "trail.problems": "Табылған мәселелер",
    "trail.col.problem": "Мәселе",
    "trail.changes": "Кезеңде жазылған өзгерістер",
    "trail.no_changes": "Кезеңде өзгерістер болмады.",
    "trail.col.register": "Тізілім",
    "trail.col.inserted": "Құрылды",
    "trail.col.updated": "Өзгертілді",
    "trail.col.retired": "Шығарылды",
    "trail.col.other": "Басқа",
    "trail.retired": "Кезеңде қолданыстан шығарылған жазбалар",
    "trail.no_retired": "Кезеңде жазбалар шығарылмады.",
    "trail.col.entry": "Жазба",
    "trail.col.at": "Қашан (UTC)",
    "trail.col.actor": "Кім",
    "trail.col.record": "Жол",
    "trail.col.reason": "Себебі",
    # register names (audit trail)
    "register.alert": "Мониторинг белгілері",
    "register.aml_return": "КЖ/ТҚ бойынша жылдық есептер",
    "register.audit_engagement": "Тәуелсіз аудиттер",
    "register.audit_finding": "Аудит ескертулері",
    "register.beneficial_owner": "Бенефициарлық меншік иелері",
    "register.business_risk_assessment": "Ұйымның тәуекелдерін бағалау",
    "register.counterparty_provider": "Провайдер-контрагенттер",
    "register.course": "Оқу курстары",
    "register.customer": "Клиенттер",
    "register.customer_document": "Клиенттердің құжаттары",
    "register.customer_edd": "Күшейтілген тексеру",
    "register.customer_review": "Істерді қайта қарау",
    "register.false_positive_memory": "Белгілі жалған сәйкестіктер",
    "register.firm_profile": "Ұйымның бейіні",
    "register.knowledge_test": "Білімді тексеру тесттері",
    "register.licence": "Лицензиялар",
    "register.mining_fee_basis": "Майнинг төлемінің негіздері",
    "register.mining_output": "Өндіру",
    "register.mlro_appointment": "MLRO тағайындаулары",
    "register.pep_status": "ЖЛТ мәртебелері",
    "register.pool_accreditation": "Пулдарды аккредиттеу",
    "register.remediation_action": "Жою жөніндегі шаралар",
    "register.risk_assessment": "Клиенттердің тәуекелін бағалау",
    "register.rule_override": "Нормалардың өзгерістері",
    "register.sale": "Өткізу",
    "register.screening_hit": "Тексеру сәйкестіктері",
    "register.screening_run": "Тізімдер бойынша тексерулер",
    "register.setting": "Баптаулар",
    "register.staff_member": "Қызметкерлер",
    "register.suspicious_transaction_report": "КОХ",
    "register.threshold_report": "Шекті операциялар",
    "register.training_attendance": "Оқуға қатысу",
    "register.training_session": "Оқу сабақтары",
    "register.transaction": "Операциялар",
    "register.vault_key": "Қойма кілті",
    "register.venue": "Өткізу алаңдары",
    "register.watchlist_version": "Тізімдердің нұсқалары",
}
