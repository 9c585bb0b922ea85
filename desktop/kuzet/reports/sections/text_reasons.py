"""Monitoring alert reasons in the pack's language (``reports/sections/reasons.py``).

The English texts are exactly the messages the detectors write (``regime/monitoring.py``,
``monitoring_parties.py``, ``travel_rule.py``): a stored reason is read back against them,
so an English text here must change together with the detector's."""

from __future__ import annotations

_EN = {
    # whole reasons, one per rule
    "large_transaction": (
        "{what} of {value} on {date}: at or above the firm's alert threshold of {threshold} "
        "(monitoring.internal_alert_kzt; an internal alert, not a report to the FIU)."
    ),
    "structuring": (
        "{count} {what_lower}s from {first} to {last}, each between {floor} and the firm's "
        "alert threshold of {threshold} (total {total}): at least {min_count} within {days} "
        "days, margin {margin}% (monitoring.structuring.*, monitoring.internal_alert_kzt)."
    ),
    "rapid_in_out": (
        "Deposit of {value} on {date}; {share}% of it ({total}) withdrawn by {last} in {count} "
        "withdrawal(s): at least {min_share}% within {days} day(s) of a deposit of {minimum} "
        "or more (monitoring.rapid.*)."
    ),
    "threshold": (
        "{what} of {value} on {date}: {kind}, at or above {threshold}{why} "
        "(monitoring.threshold_reports, Law No. 191-IV Art. 4): report to the FIU."
    ),
    "high_risk_jurisdiction": "{count} transaction(s) in {month}: {causes}.",
    "retail_cap": (
        "{counted} of {total} in {month} exceed the cap of {cap} a calendar month for retail "
        "residents of {country} (from {date}); {test} (monitoring.retail.cap_usd)."
    ),
    "listed_wallet": "{what} of {value} on {date}: {found}.",
    "travel_rule": (
        "Transfer of {value} ({asset}) on {date}, at or above the Travel Rule threshold of "
        "{threshold}: {missing} ({rule})."
    ),
    "unvetted_provider": (
        "{count} transfer(s) with {provider} from {first} to {last}: {why}; counterparty "
        "providers are vetted before the first transfer (AIFC AML 11-1)."
    ),
    # a screening hit's reason written by the screening run
    "hit.auto_cleared": (
        "score {score} is below the review threshold {review}: cleared automatically"
    ),
    "hit.lapsed": "re-screened on {date}: score {score} is below the review threshold {review}",
    # parts
    "why.offshore_provider": (
        "; the counterparty provider {provider} is in {code}, an offshore zone"
    ),
    "why.offshore_customer": "; the customer is resident or registered in {code}, an offshore zone",
    "why.anonymous": "; the transfer's data do not name the {who} (anonymous account)",
    "cause.customer": "the customer's {person_field} {code} is on {list}",
    "cause.provider": "the counterparty provider {provider} is in {code}, on {list}",
    "found.wallet": "{wallet_field} {wallet} belongs to {name} ({list}, entry {ref})",
    "test.none": "no knowledge test passed",
    "test.late": "knowledge test passed only on {date}",
    "missing.fields": "missing {fields}",
    "vet.not_registered": "it is not in the register of counterparty providers",
    "vet.not_recorded": "its due diligence is not recorded",
    "vet.late": "its due diligence was done only on {date}",
    # words
    "what.Deposit": "Deposit",
    "what.Withdrawal": "Withdrawal",
    "what_lower.deposit": "deposit",
    "what_lower.withdrawal": "withdrawal",
    "who.originator": "originator",
    "who.beneficiary": "beneficiary",
    "person_field.citizenship": "citizenship",
    "person_field.residence": "residence",
    "wallet_field.counterparty": "counterparty wallet",
    "wallet_field.originator": "originator wallet",
    "wallet_field.beneficiary": "beneficiary wallet",
    "counted.deposits": "Deposits",
    "counted.purchases": "Purchases of digital assets",
    "field.originator_name": "originator's name",
    "field.originator_wallet": "originator's wallet or account",
    "field.originator_id": "originator's address, ID number, customer ID or birth date and place",
    "field.beneficiary_name": "beneficiary's name",
    "field.beneficiary_wallet": "beneficiary's wallet or account",
}

_RU = {
    "large_transaction": (
        "{what} на {value} {date}: не ниже порога сигнала организации {threshold} "
        "(monitoring.internal_alert_kzt; внутренний сигнал, не сообщение в АФМ)."
    ),
    "structuring": (
        "{what_lower}: {count} с {first} по {last}, каждый от {floor} до порога сигнала "
        "организации {threshold} (всего {total}): не менее {min_count} за {days} дн., "
        "допуск {margin}% (monitoring.structuring.*, monitoring.internal_alert_kzt)."
    ),
    "rapid_in_out": (
        "Ввод {value} {date}; {share}% суммы ({total}) выведено к {last} за {count} "
        "вывод(а): не менее {min_share}% в течение {days} дн. после ввода от {minimum} "
        "(monitoring.rapid.*)."
    ),
    "threshold": (
        "{what} на {value} {date}: {kind}, не ниже {threshold}{why} "
        "(monitoring.threshold_reports, Закон № 191-IV, ст. 4): подлежит сообщению в АФМ."
    ),
    "high_risk_jurisdiction": "Операций в {month}: {count}; {causes}.",
    "retail_cap": (
        "{counted} на {total} в {month} превышают лимит {cap} в календарный месяц для "
        "розничных клиентов-резидентов {country} (с {date}); {test} (monitoring.retail.cap_usd)."
    ),
    "listed_wallet": "{what} на {value} {date}: {found}.",
    "travel_rule": (
        "Перевод {value} ({asset}) {date}, не ниже порога передачи данных о переводе "
        "{threshold}: {missing} ({rule})."
    ),
    "unvetted_provider": (
        "Переводов с {provider} с {first} по {last}: {count}; {why}; провайдеры-контрагенты "
        "проверяются до первого перевода (AIFC AML 11-1)."
    ),
    "hit.auto_cleared": "балл {score} ниже порога рассмотрения {review}: снято автоматически",
    "hit.lapsed": "повторная проверка {date}: балл {score} ниже порога рассмотрения {review}",
    "why.offshore_provider": "; провайдер-контрагент {provider} находится в {code}, офшорной зоне",
    "why.offshore_customer": "; клиент проживает или зарегистрирован в {code}, офшорной зоне",
    "why.anonymous": "; в данных перевода не указан {who} (анонимный счёт)",
    "cause.customer": "{person_field} клиента {code} входит в список {list}",
    "cause.provider": "провайдер-контрагент {provider} находится в {code}, список {list}",
    "found.wallet": "{wallet_field} {wallet} принадлежит лицу {name} ({list}, запись {ref})",
    "test.none": "тест на знание не сдан",
    "test.late": "тест на знание сдан только {date}",
    "missing.fields": "не указано: {fields}",
    "vet.not_registered": "провайдера нет в реестре провайдеров-контрагентов",
    "vet.not_recorded": "его надлежащая проверка не внесена",
    "vet.late": "его надлежащая проверка проведена только {date}",
    "what.Deposit": "Ввод",
    "what.Withdrawal": "Вывод",
    "what_lower.deposit": "вводы",
    "what_lower.withdrawal": "выводы",
    "who.originator": "отправитель",
    "who.beneficiary": "получатель",
    "person_field.citizenship": "гражданство",
    "person_field.residence": "место жительства",
    "wallet_field.counterparty": "кошелёк контрагента",
    "wallet_field.originator": "кошелёк отправителя",
    "wallet_field.beneficiary": "кошелёк получателя",
    "counted.deposits": "Вводы",
    "counted.purchases": "Покупки цифровых активов",
    "field.originator_name": "имя отправителя",
    "field.originator_wallet": "кошелёк или счёт отправителя",
    "field.originator_id": (
        "адрес, номер документа, номер клиента или дата и место рождения отправителя"
    ),
    "field.beneficiary_name": "имя получателя",
    "field.beneficiary_wallet": "кошелёк или счёт получателя",
}

_KK = {
    "large_transaction": (
        "{date} {value} сомасына {what}: ұйымның белгі шегінен {threshold} төмен емес "
        "(monitoring.internal_alert_kzt; ішкі белгі, ҚМА-ға хабарлама емес)."
    ),
    "structuring": (
        "{what_lower}: {first} – {last} аралығында {count}, әрқайсысы {floor} бастап ұйымның "
        "белгі шегіне {threshold} дейін (барлығы {total}): {days} күн ішінде кемінде "
        "{min_count}, рұқсат {margin}% (monitoring.structuring.*, "
        "monitoring.internal_alert_kzt)."
    ),
    "rapid_in_out": (
        "{date} {value} енгізу; соманың {share}% ({total}) {last} дейін {count} шығарумен "
        "шығарылды: {minimum} бастап енгізуден кейін {days} күн ішінде кемінде {min_share}% "
        "(monitoring.rapid.*)."
    ),
    "threshold": (
        "{date} {value} сомасына {what}: {kind}, {threshold} төмен емес{why} "
        "(monitoring.threshold_reports, № 191-IV Заң, 4-бап): ҚМА-ға хабарлануға тиіс."
    ),
    "high_risk_jurisdiction": "{month} ішіндегі операциялар: {count}; {causes}.",
    "retail_cap": (
        "{month} ішіндегі {counted} {total} {country} резидент бөлшек клиенттері үшін "
        "күнтізбелік айға {cap} лимиттен асады ({date} бастап); {test} "
        "(monitoring.retail.cap_usd)."
    ),
    "listed_wallet": "{date} {value} сомасына {what}: {found}.",
    "travel_rule": (
        "{date} {value} ({asset}) аударым, аударым туралы деректерді беру шегінен {threshold} "
        "төмен емес: {missing} ({rule})."
    ),
    "unvetted_provider": (
        "{provider} провайдерімен {first} – {last} аралығындағы аударымдар: {count}; {why}; "
        "провайдер-контрагенттер алғашқы аударымға дейін тексеріледі (AIFC AML 11-1)."
    ),
    "hit.auto_cleared": "{score} балл қарау шегінен {review} төмен: автоматты түрде алынды",
    "hit.lapsed": "{date} қайта тексерілді: {score} балл қарау шегінен {review} төмен",
    "why.offshore_provider": "; {provider} провайдер-контрагенті {code} офшорлық аймағында",
    "why.offshore_customer": "; клиент {code} офшорлық аймағында тұрады немесе тіркелген",
    "why.anonymous": "; аударым деректерінде {who} көрсетілмеген (жасырын шот)",
    "cause.customer": "клиенттің {person_field} {code} {list} тізімінде",
    "cause.provider": "{provider} провайдер-контрагенті {code} елінде, {list} тізімінде",
    "found.wallet": "{wallet_field} {wallet} {name} тұлғасына тиесілі ({list}, жазба {ref})",
    "test.none": "білімді тексеру тесті тапсырылмаған",
    "test.late": "білімді тексеру тесті тек {date} тапсырылды",
    "missing.fields": "көрсетілмеген: {fields}",
    "vet.not_registered": "провайдер провайдер-контрагенттер тізілімінде жоқ",
    "vet.not_recorded": "оны тиісінше тексеру енгізілмеген",
    "vet.late": "оны тиісінше тексеру тек {date} жүргізілді",
    "what.Deposit": "енгізу",
    "what.Withdrawal": "шығару",
    "what_lower.deposit": "енгізулер",
    "what_lower.withdrawal": "шығарулар",
    "who.originator": "жіберуші",
    "who.beneficiary": "алушы",
    "person_field.citizenship": "азаматтығы",
    "person_field.residence": "тұрғылықты жері",
    "wallet_field.counterparty": "контрагенттің әмияны",
    "wallet_field.originator": "жіберушінің әмияны",
    "wallet_field.beneficiary": "алушының әмияны",
    "counted.deposits": "енгізулер",
    "counted.purchases": "цифрлық активтерді сатып алу",
    "field.originator_name": "жіберушінің аты",
    "field.originator_wallet": "жіберушінің әмияны немесе шоты",
    "field.originator_id": (
        "жіберушінің мекенжайы, құжат нөмірі, клиент нөмірі немесе туған күні мен жері"
    ),
    "field.beneficiary_name": "алушының аты",
    "field.beneficiary_wallet": "алушының әмияны немесе шоты",
}

LABELS: dict[str, dict[str, str]] = {
    lang: {f"reason.{key}": text for key, text in texts.items()}
    for lang, texts in (("en", _EN), ("ru", _RU), ("kk", _KK))
}
