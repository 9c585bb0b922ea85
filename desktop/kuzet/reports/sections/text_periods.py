"""Labels of periods by business date, late entries and the period's findings (issue #15,
item 1)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "periods.customers_in_period": (
            "In the period, by the day of the decision: {onboarded} customer(s) onboarded, "
            "{decided} onboarding decision(s) taken."
        ),
        "periods.by_business_date": (
            "Records count in the period by the day they happened: transactions by their "
            "day, alerts and reports by the days of their transactions (one without a "
            "transaction by the day it was detected), not by the day they were entered or "
            "detected."
        ),
        "periods.late_note": (
            "{mark} Late entry: recorded after the period ended although dated inside it; "
            "the date after the mark is the day it was entered."
        ),
        "periods.alerts": "Alerts on the period's transactions, and earlier alerts still open",
        "periods.no_alerts": "No alert concerns the period, and no earlier alert is open.",
        "periods.col.transactions": "Transactions (day)",
        "periods.col.covers": "Operations (day)",
        "periods.activity": "Client's activity, no operation",
        "periods.no_strs": "No STR covers the period, and no earlier one is pending.",
        "periods.late_transactions": "Transactions entered after the period ended ({n})",
        "periods.col.occurred": "Day",
        "periods.col.direction": "Direction",
        "periods.direction.in": "deposit",
        "periods.direction.out": "withdrawal",
        "periods.lists": "List versions in force or screened against in the period",
        "periods.col.in_force": "In force in the period",
        "periods.not_in_force": "not in force",
        "periods.coverage": "Lists in force, day by day",
        "periods.coverage_note": (
            "A version is in force from its import until the next version of its list was "
            "imported or the list was withdrawn; a day counts when a version was in force at "
            "any time of it. Days after the pack's day are not shown."
        ),
        "periods.col.from": "From",
        "periods.col.to": "To",
        "periods.col.days": "Days",
        "periods.col.lists": "List versions in force",
        "periods.no_list": "No list in force",
        "periods.finding.period_no_list_in_force": (
            "No watchlist was in force on {days} day(s) of the period, {date_from} to "
            "{date_to}: nobody could be screened on those days."
        ),
        "periods.finding.period_no_screening_run": "No screening was run in the period.",
        "periods.finding.period_no_transactions": (
            "No transaction is recorded in the period, although the firm's profile names an "
            "activity with customer transactions."
        ),
    },
    "ru": {
        "periods.customers_in_period": (
            "В периоде, по дню решения: принято клиентов — {onboarded}, решений о приёме — "
            "{decided}."
        ),
        "periods.by_business_date": (
            "Записи относятся к периоду по дню, когда они произошли: операции — по дню "
            "операции, сигналы и сообщения — по дням их операций (без операции — по дню "
            "выявления), а не по дню внесения или выявления."
        ),
        "periods.late_note": (
            "{mark} Поздняя запись: внесена после окончания периода, хотя датирована внутри "
            "него; дата после знака — день внесения."
        ),
        "periods.alerts": "Сигналы по операциям периода и открытые сигналы прошлых периодов",
        "periods.no_alerts": "Сигналов по периоду нет, открытых сигналов прошлых периодов нет.",
        "periods.col.transactions": "Операции (день)",
        "periods.col.covers": "Операции (день)",
        "periods.activity": "Деятельность клиента, без операции",
        "periods.no_strs": (
            "Сообщений о подозрительных операциях за период нет, ожидающих прошлых нет."
        ),
        "periods.late_transactions": "Операции, внесённые после окончания периода ({n})",
        "periods.col.occurred": "День",
        "periods.col.direction": "Направление",
        "periods.direction.in": "зачисление",
        "periods.direction.out": "списание",
        "periods.lists": "Версии списков, действовавшие или применённые в периоде",
        "periods.col.in_force": "Действовала в периоде",
        "periods.not_in_force": "не действовала",
        "periods.coverage": "Действующие списки по дням",
        "periods.coverage_note": (
            "Версия действует с загрузки до загрузки следующей версии того же списка или до "
            "отзыва списка; день учитывается, если версия действовала в какой-либо его "
            "момент. Дни после дня составления пакета не показаны."
        ),
        "periods.col.from": "С",
        "periods.col.to": "По",
        "periods.col.days": "Дней",
        "periods.col.lists": "Действующие версии списков",
        "periods.no_list": "Ни один список не действовал",
        "periods.finding.period_no_list_in_force": (
            "Дней периода без действующего санкционного списка: {days}, с {date_from} по "
            "{date_to}; в эти дни проверять клиентов было не по чему."
        ),
        "periods.finding.period_no_screening_run": (
            "В периоде не проведено ни одной проверки по спискам."
        ),
        "periods.finding.period_no_transactions": (
            "В периоде не записано ни одной операции, хотя по профилю организация ведёт "
            "деятельность с операциями клиентов."
        ),
    },
    "kk": {
        "periods.customers_in_period": (
            "Кезеңде, шешім күні бойынша: қабылданған клиенттер — {onboarded}, қабылдау "
            "туралы шешімдер — {decided}."
        ),
        "periods.by_business_date": (
            "Жазбалар кезеңге болған күні бойынша жатқызылады: операциялар — операция күні, "
            "белгілер мен хабарламалар — олардың операцияларының күндері (операциясызы — "
            "анықталған күні), енгізілген не анықталған күні бойынша емес."
        ),
        "periods.late_note": (
            "{mark} Кеш жазба: кезең аяқталғаннан кейін енгізілген, бірақ кезең ішіндегі "
            "күнмен; белгіден кейінгі күн — енгізілген күні."
        ),
        "periods.alerts": "Кезең операциялары бойынша белгілер және бұрынғы ашық белгілер",
        "periods.no_alerts": "Кезеңге қатысты белгі жоқ, бұрынғы ашық белгі жоқ.",
        "periods.col.transactions": "Операциялар (күні)",
        "periods.col.covers": "Операциялар (күні)",
        "periods.activity": "Клиенттің әрекеті, операциясыз",
        "periods.no_strs": (
            "Кезеңге қатысты күдікті операция туралы хабарлама жоқ, күтудегі бұрынғысы жоқ."
        ),
        "periods.late_transactions": "Кезең аяқталғаннан кейін енгізілген операциялар ({n})",
        "periods.col.occurred": "Күні",
        "periods.col.direction": "Бағыты",
        "periods.direction.in": "есепке алу",
        "periods.direction.out": "есептен шығару",
        "periods.lists": "Кезеңде қолданыста болған немесе тексеруге алынған тізім нұсқалары",
        "periods.col.in_force": "Кезеңде қолданыста",
        "periods.not_in_force": "қолданыста болмады",
        "periods.coverage": "Қолданыстағы тізімдер күн бойынша",
        "periods.coverage_note": (
            "Нұсқа жүктелген сәттен бастап сол тізімнің келесі нұсқасы жүктелгенге немесе "
            "тізім қайтарылғанға дейін қолданыста болады; нұсқа күннің кез келген сәтінде "
            "қолданыста болса, күн есептеледі. Пакет жасалған күннен кейінгі күндер "
            "көрсетілмейді."
        ),
        "periods.col.from": "Бастап",
        "periods.col.to": "Дейін",
        "periods.col.days": "Күн",
        "periods.col.lists": "Қолданыстағы тізім нұсқалары",
        "periods.no_list": "Бірде-бір тізім қолданыста болмады",
        "periods.finding.period_no_list_in_force": (
            "Кезеңнің {days} күнінде санкциялық тізім қолданыста болмады, {date_from} – "
            "{date_to}: бұл күндері клиенттерді тексеруге тізім болмады."
        ),
        "periods.finding.period_no_screening_run": (
            "Кезеңде тізімдер бойынша бірде-бір тексеру жүргізілмеді."
        ),
        "periods.finding.period_no_transactions": (
            "Кезеңде бірде-бір операция жазылмаған, бірақ профилі бойынша ұйым клиент "
            "операцияларымен жұмыс істейді."
        ),
    },
}
