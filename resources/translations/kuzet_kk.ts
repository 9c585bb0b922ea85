<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
    <context>
        <name>Kuzet</name>
        <message>
            <location filename="../../desktop/kuzet/regime/business_days.py" line="59" />
            <source>Day off (rule pack)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/business_days.py" line="114" />
            <source>Rule {key}: {value!r} is not a date (YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="200" />
            <source>Deposit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="200" />
            <source>Withdrawal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="264" />
            <source>{count} {what}s from {first} to {last}, each between {floor} and the threshold of {threshold} (total {total}): at least {min_count} within {days} days, margin {margin}% (monitoring.structuring.*).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="213" />
            <source>{what} of {value} on {date}: at or above the threshold of {threshold} (monitoring.threshold_kzt).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="313" />
            <source>Deposit of {value} on {date}; {share}% of it ({total}) withdrawn by {last} in {count} withdrawal(s): at least {min_share}% within {days} day(s) of a deposit of {minimum} or more (monitoring.rapid.*).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="59" />
            <source>{count} transaction(s) in {month}: {causes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="73" />
            <source>citizenship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="74" />
            <source>residence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="133" />
            <source>no knowledge test passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="176" />
            <source>counterparty wallet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="177" />
            <source>originator wallet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="178" />
            <source>beneficiary wallet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="86" />
            <source>the counterparty provider {provider} is in {code}, on {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="138" />
            <source>Deposits of {total} in {month} exceed the cap of {cap} a calendar month for retail residents of {country} (from {date}); {test} (monitoring.retail.cap_usd).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="193" />
            <source>{what} of {value} on {date}: {found}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="135" />
            <source>knowledge test passed only on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="79" />
            <source>the customer's {what} {code} is on {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="188" />
            <source>{field} {wallet} belongs to {name} ({list}, entry {ref})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="179" />
            <source>No deputy MLRO is appointed; the firm's rules require one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="70" />
            <source>Unknown jurisdiction {key!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="151" />
            <source>No MLRO is appointed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="158" />
            <source>The MLRO, {name}, does not reside in Kazakhstan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="168" />
            <source>The MLRO, {name}, is not a director, partner, principal representative or senior manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="44" />
            <source>complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="45" />
            <source>incomplete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="46" />
            <source>not applicable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="145" />
            <source>it is not in the register of counterparty providers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="85" />
            <source>missing {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="112" />
            <source>Transfer of {value} ({asset}) on {date}, at or above the Travel Rule threshold of {threshold}: {missing} (AIFC AML 11-1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="147" />
            <source>its due diligence is not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="151" />
            <source>{count} transfer(s) with {provider} from {first} to {last}: {why}; counterparty providers are vetted before the first transfer (AIFC AML 11-1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="69" />
            <source>The Travel Rule field lists name unknown fields: {fields}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="149" />
            <source>its due diligence was done only on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="197" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="108" />
            <source>Detected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="198" />
            <location filename="../../desktop/kuzet/registers/alerts.py" line="219" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="30" />
            <source>Rule</source>
            <translation>Ереже</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="199" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="107" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="186" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="66" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="200" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="71" />
            <source>Transactions</source>
            <translation>Операциялар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="201" />
            <location filename="../../desktop/kuzet/registers/trail.py" line="53" />
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="59" />
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="202" />
            <location filename="../../desktop/kuzet/registers/alerts.py" line="211" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="106" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="204" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="121" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="233" />
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="50" />
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="85" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="114" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="192" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="91" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="252" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="266" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="215" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="235" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="225" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="235" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="28" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="115" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="39" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="57" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="152" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="42" />
            <source>Status</source>
            <translation>Мәртебе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="203" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="110" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="46" />
            <source>Decided by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="133" />
            <source>Alert #{id} ({rule}), detected {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="213" />
            <source>Open alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="214" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="235" />
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="86" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="268" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="236" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="235" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="60" />
            <source>Any status</source>
            <translation>Кез келген мәртебе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="215" />
            <source>Closed as explained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="216" />
            <source>Escalated to an STR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="219" />
            <source>Any rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="62" />
            <source>Write the explanation: why it is not suspicious.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="41" />
            <source>alert #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="271" />
            <source>escalated to STR #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="50" />
            <source>Alert #{id} is already {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="104" />
            <source>STR #{id} is about another customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="109" />
            <source>STR #{id} is already {state}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="30" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="33" />
            <source>Report date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="31" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="45" />
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="47" />
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="67" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="248" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="265" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="282" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="302" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="27" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="32" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="28" />
            <source>Auditor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="33" />
            <source>Period covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="34" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="85" />
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="35" />
            <source>Open findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="36" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="40" />
            <source>Conclusion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="101" />
            <source>Ref.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="102" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="203" />
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="31" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="36" />
            <source>Finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="103" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="118" />
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="35" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="104" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="117" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="242" />
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="29" />
            <source>Audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="105" />
            <source>Actions (open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="107" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="122" />
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="40" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="200" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="112" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="39" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="82" />
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="201" />
            <location filename="../../desktop/kuzet/registers/trail.py" line="51" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="37" />
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="202" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="241" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="38" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="82" />
            <source>Owner</source>
            <translation>Жауапты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="205" />
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="96" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="40" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="68" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="206" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="227" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="41" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="193" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="187" />
            <source>closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="277" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="299" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="277" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="301" />
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="126" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="155" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="160" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="211" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="120" />
            <source>overdue</source>
            <translation>мерзімі өтті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="277" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="187" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="39" />
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="45" />
            <source>Internal and external</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="117" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="242" />
            <source>Every audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="118" />
            <source>Any severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="122" />
            <source>Open and closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="122" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="236" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="59" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="237" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="238" />
            <location filename="../../desktop/kuzet/registers/vasps.py" line="180" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="241" />
            <source>Any owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="48" />
            <source>Internal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="48" />
            <source>External</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="52" />
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="245" />
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="41" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="52" />
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="41" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="52" />
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="41" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="247" />
            <source>Next independent audit of the AML systems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="92" />
            <source>Choose internal or external.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="94" />
            <source>Enter who carried out the audit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="97" />
            <source>Enter the period the audit covered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="101" />
            <source>Enter the date of the audit report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="153" />
            <source>Choose the audit that raised the finding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="155" />
            <source>Describe the finding in a line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="157" />
            <source>Choose the severity: high, medium or low.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="197" />
            <source>Choose the finding this action remedies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="201" />
            <source>Say what will be done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="203" />
            <source>Name who owns the action.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="205" />
            <source>Enter the due date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="245" />
            <source>No independent audit on record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="245" />
            <source>record the last audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="99" />
            <location filename="../../desktop/kuzet/registers/documents.py" line="38" />
            <source>The period cannot end before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="199" />
            <source>The finding is closed: reopen it to add open actions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="248" />
            <source>last: {day}, {auditor}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="255" />
            <location filename="../../desktop/kuzet/registers/firm.py" line="175" />
            <source>Independent audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="283" />
            <source>Remediation action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="163" />
            <source>Complete or retire its {n} open action(s) before closing the finding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="288" />
            <source>finding {ref}{title} ({severity})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="32" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="58" />
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="20" />
            <source>Licences</source>
            <translation>Лицензиялар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="33" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="59" />
            <source>Pool accreditations</source>
            <translation>Пулдарды аккредиттеу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="34" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="62" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="65" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="67" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="68" />
            <source>Customers</source>
            <translation>Клиенттер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="35" />
            <source>Customer reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="36" />
            <source>Customer documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="37" />
            <location filename="../../desktop/kuzet/registers/firm.py" line="151" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="44" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="111" />
            <source>MLRO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="38" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="137" />
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="183" />
            <source>Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="39" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="102" />
            <source>Independent audits</source>
            <translation>Тәуелсіз аудиттер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="40" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="86" />
            <source>Remediation actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="41" />
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="227" />
            <source>Business risk assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="42" />
            <source>AML Returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="203" />
            <source>Kuzet deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="122" />
            <source>{overdue} overdue, {week} due this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="203" />
            <source>Kuzet — {firm}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="180" />
            <source>Kuzet record: {register} #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="132" />
            <source>… and {n} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="178" />
            <source>Owner: {owner}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="90" />
            <source>The approval date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="92" />
            <source>Name the senior manager who approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="94" />
            <source>Say how the source of funds was verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="72" />
            <source>the source of wealth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="74" />
            <source>verification of the source of wealth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="78" />
            <source>verification of the source of funds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="80" />
            <source>senior management approval (who and when)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="82" />
            <source>enhanced monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="154" />
            <source>The file is retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="157" />
            <source>The IIN disagrees with the birth date or sex in the file: explain it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="160" />
            <source>Record the purpose and intended nature of the relationship.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="162" />
            <source>Record the address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="192" />
            <source>The risk has not been assessed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="76" />
            <source>evidence of the source of wealth (a note or a document)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="104" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="327" />
            <source>A retired customer file cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="183" />
            <source>Record the beneficial owners of the entity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="198" />
            <source>a PEP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="198" />
            <source>high risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="218" />
            <source>The decision is approve, reject or exit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="227" />
            <source>The relationship has already ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="237" />
            <source>approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="166" />
            <source>source of funds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="167" />
            <source>product or service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="168" />
            <source>delivery channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="174" />
            <source>Record the {items} (the risk assessment needs them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="225" />
            <source>Say why (it goes in the file and the audit trail).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="187" />
            <source>An owner's IIN disagrees with their file: explain it ({names}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_edd.py" line="200" />
            <source>EDD is required ({why}) and incomplete: missing {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_import.py" line="184" />
            <location filename="../../desktop/kuzet/registers/training_import.py" line="165" />
            <source>Importing {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_import.py" line="145" />
            <source>kind must be individual or entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_import.py" line="206" />
            <source>customer #{id} already has this number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_import.py" line="140" />
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="178" />
            <location filename="../../desktop/kuzet/registers/training_import.py" line="131" />
            <location filename="../../desktop/kuzet/store/backup.py" line="160" />
            <location filename="../../desktop/kuzet/store/backup_check.py" line="61" />
            <source>Checking {name}</source>
            <translation>Тексеру: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_import.py" line="176" />
            <source>declared (imported from {name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_import.py" line="177" />
            <source>import of {name}, line {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_import.py" line="159" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="390" />
            <location filename="../../desktop/kuzet/registers/training_import.py" line="141" />
            <location filename="../../desktop/kuzet/registers/transactions.py" line="233" />
            <source>repeats line {line}</source>
            <translation>{line}-жолды қайталайды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="44" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="249" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="270" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="280" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="130" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="68" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="45" />
            <source>Latin name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="46" />
            <source>IIN / BIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="48" />
            <source>Risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="49" />
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="80" />
            <source>PEP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="51" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="27" />
            <source>Next review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="52" />
            <source>ID expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="215" />
            <source>not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="72" />
            <source>Risk tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="90" />
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="236" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="288" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="311" />
            <location filename="../../desktop/kuzet/registers/output.py" line="264" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="288" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="79" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="101" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="303" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="239" />
            <source>retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="220" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="318" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="332" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="272" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="225" />
            <source>retired ({status})</source>
            <translation>шығарылған ({status})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="68" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="267" />
            <source>Any kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="74" />
            <source>Any risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="81" />
            <source>PEP or not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="81" />
            <source>PEPs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="81" />
            <source>Not PEPs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="91" />
            <source>Everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="67" />
            <source>Enter the owner's full name as in the ID document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="86" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="155" />
            <source>Enter the citizenship (ISO code, e.g. KZ).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="89" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="175" />
            <source>The date of birth cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="98" />
            <source>The share is between 0 and 100 percent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="106" />
            <source>Say how the person exercises control.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="75" />
            <source>This is a BIN: a beneficial owner is a natural person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="95" />
            <source>Enter the share as a number of percent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="164" />
            <source>Only a legal entity has beneficial owners.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="168" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="140" />
            <source>PEP must be empty or one of: {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="204" />
            <source>A retired owner cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="224" />
            <source>Say why the person is no longer an owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="234" />
            <source>the person is no longer an owner: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="80" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="168" />
            <source>A citizen of {home} has an IIN: enter it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="84" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="133" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="157" />
            <source>{code} is not an ISO country code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="103" />
            <source>Below {limit}% and no control: not a beneficial owner. Record control, or the share.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="111" />
            <source>The owners' shares would add up to {total}%, more than 100%.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="182" />
            <source>declared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="195" />
            <source>beneficial owner #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="77" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="165" />
            <source>Invalid IIN: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="226" />
            <source>Owner #{id} is already retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_peps.py" line="44" />
            <source>Choose the PEP category.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_peps.py" line="54" />
            <source>The start in office cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_peps.py" line="56" />
            <source>Leaving office cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_peps.py" line="58" />
            <source>Leaving office cannot come before taking it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_peps.py" line="47" />
            <source>Say what kind of PEP the related person is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_peps.py" line="49" />
            <source>Name the PEP and the relation (e.g. spouse of ...).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_peps.py" line="51" />
            <source>Enter the public position held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_peps.py" line="119" />
            <source>A retired PEP record cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_peps.py" line="139" />
            <source>Say why the PEP record is withdrawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_peps.py" line="96" />
            <location filename="../../desktop/kuzet/registers/documents.py" line="69" />
            <source>Owner #{id} is not an owner of this customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_peps.py" line="110" />
            <source>PEP record #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_peps.py" line="141" />
            <source>PEP record #{id} is already retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="34" />
            <source>Enter the date of the review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="42" />
            <source>Write what was checked and found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="36" />
            <source>A review cannot be dated in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="62" />
            <source>Only approved customers are reviewed; decide on onboarding first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="38" />
            <source>Choose the outcome: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="58" />
            <source>A retired customer file cannot be reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="121" />
            <source>Customer review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="139" />
            <source>ID document expiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="164" />
            <source>PEP status ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="169" />
            <source>reassess the risk once PEP status has ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="126" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="213" />
            <source>due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="125" />
            <source>{tier} risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="144" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="90" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="463" />
            <source>expired</source>
            <translation>мерзімі өтті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_reviews.py" line="144" />
            <source>expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_risk.py" line="202" />
            <source>The tier is low, medium or high.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_risk.py" line="205" />
            <source>Say why the computed tier is overridden (it goes in the audit trail).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="112" />
            <source>Choose individual or legal entity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="173" />
            <source>Enter the date of birth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="177" />
            <source>Sex is male or female.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="180" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="135" />
            <source>The issue date cannot be in the future.</source>
            <translation>Берілген күні болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="182" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="138" />
            <source>The expiry must be after the issue date.</source>
            <translation>Қолданылу мерзімі берілген күннен кейін аяқталуы керек.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="205" />
            <source>The registration date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="116" />
            <source>Enter the full name as in the ID document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="118" />
            <source>Enter the entity's name as registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="128" />
            <source>Enter the country of residence (ISO code, e.g. KZ).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="130" />
            <source>Enter the country of registration (ISO code, e.g. KZ).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="137" />
            <source>{email} is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="163" />
            <source>This is a BIN; an individual needs an IIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="170" />
            <source>Without an IIN, enter the ID document's type and number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="193" />
            <source>This is an IIN: record an individual entrepreneur as an individual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="202" />
            <source>Without a BIN, enter the registration number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="294" />
            <source>onboarding declaration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="330" />
            <source>An individual cannot become an entity: open a new customer file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="352" />
            <source>Write why the IIN and the file disagree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="361" />
            <source>Say why the customer file is retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="146" />
            <source>Customer #{id} already has this number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="198" />
            <source>An entity registered in {home} has a BIN: enter it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="220" />
            <source>Unknown choice {value!r}; expected one of {keys}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="293" />
            <source>declared at onboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="310" />
            <location filename="../../desktop/kuzet/registers/screening.py" line="259" />
            <source>customer #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="195" />
            <source>Invalid BIN: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="364" />
            <source>Customer #{id} is already retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/documents.py" line="35" />
            <source>Choose what the document is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/documents.py" line="41" />
            <source>The expiry cannot be before the period starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/documents.py" line="65" />
            <source>A retired customer file cannot take new documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/documents.py" line="74" />
            <source>The document needs a file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/documents.py" line="76" />
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/documents.py" line="151" />
            <source>Say why the document is no longer relied on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/documents.py" line="128" />
            <source>document #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/documents.py" line="154" />
            <source>Document #{id} is already retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/documents.py" line="120" />
            <source>Cannot read {name}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="68" />
            <source>Enter the firm's legal name as registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="71" />
            <source>Enter the firm's BIN (12 digits).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="77" />
            <source>Choose where the firm is licensed: AIFC or national.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="81" />
            <source>Tick at least one activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="149" />
            <source>required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="149" />
            <source>not required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="90" />
            <source>The financial year-end is not a date (day and month).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="153" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="44" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="112" />
            <source>Deputy MLRO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="158" />
            <source>MLRO resident in Kazakhstan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="163" />
            <source>Annual AML Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="170" />
            <source>Record retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="166" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="193" />
            <source>none</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="75" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="70" />
            <source>Not a valid BIN: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="84" />
            <source>Unknown activity: {keys}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="171" />
            <source>{n} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="176" />
            <source>every {n} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/firm.py" line="164" />
            <source>due {n} months after the year-end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="106" />
            <source>STR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="109" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="111" />
            <source>Decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="112" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="190" />
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="113" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="191" />
            <source>Business days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="115" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="193" />
            <source>Reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="116" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="194" />
            <source>FIU reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="117" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="76" />
            <source>Alerts</source>
            <translation>Ескертулер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="185" />
            <source>TTR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="187" />
            <source>Transaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="188" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="200" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="70" />
            <source>Value, KZT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="189" />
            <source>Threshold, KZT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="128" />
            <source>Decide: suspicious, or not suspicious.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="130" />
            <source>Enter the day of the decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="185" />
            <source>Only a report waiting to be filed can be marked as reported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="187" />
            <source>Enter the reference the FIU gave the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="189" />
            <source>Enter the day it was filed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="132" />
            <source>The decision cannot be dated in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="191" />
            <source>The filing cannot be dated in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="149" />
            <source>STR #{id} is already reported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="151" />
            <source>The decision cannot come before the detection ({date}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="92" />
            <source>STR #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="223" />
            <source>threshold report #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="312" />
            <source>STR to the FIU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="329" />
            <source>Threshold report to the FIU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="193" />
            <source>The filing cannot come before {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="313" />
            <source>STR #{id}: {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="319" />
            <source>decided {date}; do not tell the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="330" />
            <source>TTR #{id}: {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="335" />
            <source>transaction #{tx} of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/knowledge_tests.py" line="27" />
            <source>Choose the customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/knowledge_tests.py" line="29" />
            <source>Enter the day the test was taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/knowledge_tests.py" line="31" />
            <source>The test cannot be dated in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/knowledge_tests.py" line="45" />
            <source>Customer #{id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/knowledge_tests.py" line="61" />
            <source>Say why the test record is retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/knowledge_tests.py" line="59" />
            <source>knowledge test #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="87" />
            <source>active</source>
            <translation>қолданыста</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="88" />
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="136" />
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="188" />
            <source>suspended</source>
            <translation>тоқтатылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="89" />
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="136" />
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="188" />
            <source>revoked</source>
            <translation>кері қайтарылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="122" />
            <source>Choose the licence type.</source>
            <translation>Лицензия түрін таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="128" />
            <source>Enter the licence number as printed on the licence.</source>
            <translation>Лицензия нөмірін лицензияда көрсетілгендей енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="130" />
            <source>Enter who issued it (e.g. AFSA, NBK, MDDIAI).</source>
            <translation>Оны кім бергенін көрсетіңіз (мысалы, AFSA, ҰБ, ЦДИАӨМ).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="133" />
            <source>Enter the issue date.</source>
            <translation>Берілген күнін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="145" />
            <source>A suspension needs its start date.</source>
            <translation>Тоқтата тұру үшін басталу күні қажет.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="148" />
            <source>The suspension cannot end before it starts.</source>
            <translation>Тоқтата тұру басталмай тұрып аяқтала алмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="246" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="272" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="29" />
            <source>Type</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="247" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="30" />
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="248" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="31" />
            <source>Issuer</source>
            <translation>Берген орган</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="249" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="32" />
            <source>Issued</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="250" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="223" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="35" />
            <source>Expires</source>
            <translation>Жарамдылық мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="251" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="224" />
            <source>Days left</source>
            <translation>Қалған күндер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="253" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="47" />
            <source>Conditions</source>
            <translation>Шарттар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="272" />
            <source>Any type</source>
            <translation>Кез келген түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="141" />
            <source>Status must be one of {statuses}.</source>
            <translation>Мәртебе мыналардың бірі болуы керек: {statuses}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="201" />
            <source>A retired licence cannot be edited.</source>
            <translation>Шығарылған лицензияны өзгертуге болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="215" />
            <source>Say why the licence is retired.</source>
            <translation>Лицензияның неліктен шығарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="465" />
            <source>within {days} days</source>
            <translation>{days} күн ішінде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="124" />
            <source>Unknown licence type {type!r}.</source>
            <translation>Белгісіз лицензия түрі {type!r}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="152" />
            <source>Licence #{id} already has this type and number.</source>
            <translation>№{id} лицензияда осындай түрі мен нөмірі бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="192" />
            <source>licence #{id} does not exist</source>
            <translation>№{id} лицензия жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="448" />
            <source>Licence expiry</source>
            <translation>Лицензия мерзімінің аяқталуы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="217" />
            <source>Licence #{id} is already retired.</source>
            <translation>№{id} лицензия бұрыннан шығарылған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licences.py" line="334" />
            <source>suspended to {date}</source>
            <translation>тоқтатылған, {date} дейін</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_checks.py" line="200" />
            <source>no rule in force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_checks.py" line="195" />
            <source>{share} from {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_checks.py" line="223" />
            <source>Mandatory sale shortfall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_checks.py" line="232" />
            <source>AIFC-licensed venues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_checks.py" line="224" />
            <source>{period} {coin}: projected {share} of {required}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_checks.py" line="233" />
            <source>sell {amount} {coin} more by {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="116" />
            <source>pool not accredited (no accreditation in the register)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="128" />
            <source>pool not accredited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="141" />
            <source>pool hardware outside Kazakhstan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="180" />
            <source>no AIFC licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="58" />
            <source>Enter a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="66" />
            <source>Must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="66" />
            <source>Cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="130" />
            <source>not yet accredited (from {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="132" />
            <source>accreditation expired on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="137" />
            <source>accreditation {word} from {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="182" />
            <source>AIFC licence valid from {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="184" />
            <source>AIFC licence ended on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="189" />
            <source>AIFC licence {word} from {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_common.py" line="40" />
            <source>{text!r} is not a {what} code (2-10 letters or digits, e.g. BTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_fees.py" line="178" />
            <source>The payment date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_fees.py" line="180" />
            <source>Enter the day the fee was paid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_fees.py" line="233" />
            <source>Mining fee payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_fees.py" line="239" />
            <source>Tax Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_fees.py" line="234" />
            <source>{quarter}: {fee} KZT for {kwh} kWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="113" />
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="178" />
            <location filename="../../desktop/kuzet/registers/output.py" line="57" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="84" />
            <source>coin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="116" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="84" />
            <source>currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="107" />
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="172" />
            <source>import {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="128" />
            <source>the trade reference is required (it prevents doubles)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="183" />
            <source>the pool is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="186" />
            <source>the payout reference is required (it prevents doubles)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="125" />
            <source>the venue is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="121" />
            <source>{venue!r} is not in the venue register: add it on the Venues page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="132" />
            <source>a number is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="140" />
            <source>must be more than zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="140" />
            <location filename="../../desktop/kuzet/registers/transactions.py" line="165" />
            <source>cannot be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="210" />
            <source>{name}: {rows} rows checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="102" />
            <source>a date is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="208" />
            <source>the file has no data rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="59" />
            <source>{text!r} is not a date (YYYY-MM-DD, DD.MM.YYYY or an ISO date-time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="109" />
            <source>{day} is in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="199" />
            <source>{name}: {rows} rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="203" />
            <source>… and {n} more bad rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="82" />
            <source>the file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="60" />
            <source>Choose MLRO or deputy MLRO.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="62" />
            <source>Enter the person's full name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="64" />
            <source>Choose the person's position in the firm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="67" />
            <source>Enter the date of appointment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="69" />
            <source>The appointment cannot end before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="207" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="232" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="131" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="149" />
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="213" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="29" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="30" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="107" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="208" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="30" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="209" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="51" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="36" />
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="210" />
            <source>Resident in KZ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="211" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="56" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="43" />
            <source>Appointed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="212" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="25" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="213" />
            <source>Notified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="214" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="51" />
            <source>Ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="216" />
            <source>Flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="236" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="284" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="311" />
            <source>ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="282" />
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="290" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="286" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="87" />
            <source>current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="175" />
            <source>MLRO gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="188" />
            <source>Appoint an MLRO and notify the regulator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="189" />
            <source>Appoint a resident MLRO, or record the MLRO's residence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="191" />
            <source>Eligible positions: director, partner, principal representative, senior manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="193" />
            <source>Appoint a deputy MLRO to act when the MLRO is absent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="76" />
            <source>Overlaps the appointment of {name} (#{id}): enter the date it ended first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="292" />
            <source>not resident in Kazakhstan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="294" />
            <source>position not eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="296" />
            <source>regulator not notified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="232" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="149" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="228" />
            <source>Any role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="160" />
            <source>Reading transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="173" />
            <source>Threshold transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="176" />
            <source>Structuring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="178" />
            <source>Rapid in-and-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="180" />
            <source>High-risk jurisdictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="183" />
            <source>Listed wallets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="185" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="73" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="99" />
            <source>Travel Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="190" />
            <source>Saving alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="197" />
            <source>Monitoring done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="70" />
            <source>Listed wallets: no crypto addresses in the active watchlists (none imported).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="53" />
            <source>Checked {count} transaction(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="61" />
            <source>Open alerts brought up to date: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="62" />
            <source>Threshold reports opened: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="64" />
            <source>Travel Rule: {n} transfer(s) at or above the threshold lack data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="57" />
            <source>  {rule:&lt;24} {hits:&gt;6} hit(s), {new:&gt;5} new alert(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="74" />
            <source>Listed wallets: checked against {n} address(es).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="52" />
            <source>Enter the day the output was credited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="64" />
            <source>Enter the pool that credited the output.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="159" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="195" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="65" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="160" />
            <location filename="../../desktop/kuzet/registers/output.py" line="190" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="196" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="221" />
            <source>Coin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="161" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="197" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="69" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="162" />
            <location filename="../../desktop/kuzet/registers/output.py" line="191" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="219" />
            <source>Pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="163" />
            <source>kWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="164" />
            <source>Pool accredited that day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="165" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="114" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="204" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="44" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="247" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="296" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="74" />
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="30" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="166" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="116" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="50" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="54" />
            <source>Notes</source>
            <translation>Ескертпелер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="54" />
            <location filename="../../desktop/kuzet/registers/programme_records.py" line="88" />
            <source>The date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="190" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="221" />
            <source>Any coin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="191" />
            <source>Any pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="194" />
            <source>Pool check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="195" />
            <source>Flagged or not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="195" />
            <source>Flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="195" />
            <source>Accredited pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="197" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="232" />
            <source>Quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="197" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="232" />
            <source>Any quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="248" />
            <location filename="../../desktop/kuzet/registers/output.py" line="266" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="285" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="305" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="241" />
            <location filename="../../desktop/kuzet/ui/format.py" line="61" />
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="121" />
            <source>Retired output cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="135" />
            <source>Say why the output record is retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="69" />
            <source>Output #{id} already has this pool and reference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="112" />
            <source>output #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="248" />
            <source>FLAGGED: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="250" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="287" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="180" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="196" />
            <source>retired: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="137" />
            <source>Output #{id} is already retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="59" />
            <source>Enter the pool's name as its payout files write it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="75" />
            <source>Enter the accreditation number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="78" />
            <source>Enter the accreditation date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="83" />
            <source>The expiry must be after the accreditation date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="85" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="61" />
            <source>Enter the day the suspension or revocation took effect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="220" />
            <source>Operator BIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="221" />
            <source>Accreditation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="222" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="290" />
            <source>Accredited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="226" />
            <source>Hardware in KZ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="72" />
            <source>Enter the pool operator's BIN (12 digits).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="80" />
            <source>The accreditation date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="62" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="54" />
            <source>Status must be one of {values}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="147" />
            <source>A retired accreditation cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="161" />
            <source>Say why the accreditation is retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="90" />
            <source>Accreditation #{id} already has this number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="138" />
            <source>pool accreditation #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="323" />
            <source>Pool accreditation expiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="164" />
            <source>Accreditation #{id} is already retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme_records.py" line="30" />
            <source>{noun} #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme_records.py" line="37" />
            <source>A retired {noun} cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme_records.py" line="44" />
            <source>Say why the {noun} is retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme_records.py" line="47" />
            <source>{noun} #{id} is already retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="58" />
            <source>Name the version (e.g. 2026.1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="70" />
            <source>Enter the date of the assessment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="73" />
            <source>Enter who wrote the assessment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="77" />
            <source>It cannot be approved before it was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="79" />
            <source>Name who approved it (senior management or the board).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="82" />
            <source>The next review must be after the assessment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="84" />
            <source>Choose low, medium or high.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="159" />
            <source>Enter the financial year-end the return covers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="172" />
            <source>The firm profile does not call for an annual AML Return.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="212" />
            <source>No business risk assessment on record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="221" />
            <source>not yet approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="215" />
            <source>Review the business risk assessment (version {v})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="67" />
            <source>Assessment #{id} already has this version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="168" />
            <source>Return #{id} already covers this year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="217" />
            <source>approved {day} by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="265" />
            <source>AML Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="266" />
            <source>Annual AML Return for the year ending {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="272" />
            <source>{n} months after the year-end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="21" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="22" />
            <source>Assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="23" />
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="24" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="40" />
            <source>Overall risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="26" />
            <source>Approved by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="111" />
            <source>Year ending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="113" />
            <source>Filed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="103" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="83" />
            <source>review overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="81" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="101" />
            <source>superseded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="106" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="85" />
            <source>current, not approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="153" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="160" />
            <source>filed late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="153" />
            <source>filed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="155" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="160" />
            <source>to file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="40" />
            <source>Any rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/rules.py" line="82" />
            <source>read in the law or the regulator's rulebook</source>
            <translation>заңнан немесе реттеушінің қағидаларынан оқылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/rules.py" line="83" />
            <source>secondary source</source>
            <translation>қосалқы дереккөз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/rules.py" line="84" />
            <source>unverified or sources disagree</source>
            <translation>тексерілмеген немесе дереккөздер сәйкес келмейді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/rules.py" line="85" />
            <source>product default, not law</source>
            <translation>бағдарламаның әдепкі мәні, заң емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/rules.py" line="129" />
            <source>Say why the rule is overridden (it goes in the audit trail and the pack).</source>
            <translation>Ереженің неліктен өзгертілетінін көрсетіңіз (бұл аудит журналына және пакетке енеді).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/rules.py" line="132" />
            <source>The override cannot end before it starts.</source>
            <translation>Өзгерту басталмай тұрып аяқтала алмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/rules.py" line="167" />
            <source>Say why the override is withdrawn.</source>
            <translation>Өзгертудің неліктен күшін жоятынын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/rules.py" line="119" />
            <source>no rule {key!r} in the rule pack</source>
            <translation>ережелер пакетінде {key!r} ережесі жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/rules.py" line="165" />
            <source>rule override #{id} does not exist</source>
            <translation>№{id} ереже өзгертуі жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/rules.py" line="47" />
            <source>(not in force)</source>
            <translation>(күшінде емес)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/rules.py" line="101" />
            <source>{text!r} is not a value Kuzet can read (write it as in the rule pack)</source>
            <translation>{text!r} — Kuzet бұл мәнді оқи алмайды (оны ережелер пакетіндегідей жазыңыз)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/rules.py" line="67" />
            <source>officer override ({source})</source>
            <translation>қызметкер өзгерткен ({source})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="80" />
            <source>Enter the sale date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="95" />
            <source>Choose the venue the sale went through.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="198" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="199" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="201" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="224" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="162" />
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="202" />
            <source>AIFC-licensed venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="203" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="72" />
            <source>Counterparty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="82" />
            <source>The sale date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="225" />
            <source>Any venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="229" />
            <source>Counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="230" />
            <source>Licensed or not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="230" />
            <source>AIFC-licensed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="230" />
            <source>Not licensed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="284" />
            <source>unknown venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="153" />
            <source>A retired sale cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="169" />
            <source>Say why the sale is retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="97" />
            <source>Venue #{id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="102" />
            <source>Sale #{id} already has this venue and reference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="146" />
            <source>sale #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="285" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="222" />
            <source>no: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="171" />
            <source>Sale #{id} is already retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening.py" line="201" />
            <source>Screening customers and owners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening.py" line="228" />
            <source>Recording the hits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening.py" line="139" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="117" />
            <source>{owner} (owner of {customer})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="38" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="68" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="40" />
            <source>Customer or owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="41" />
            <source>Screened name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="42" />
            <source>Listed name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="43" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="151" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="64" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="295" />
            <source>List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="45" />
            <source>Raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="152" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="153" />
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="154" />
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="155" />
            <source>Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="156" />
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="157" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="158" />
            <source>Removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="159" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="160" />
            <source>File SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="219" />
            <source>replaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="250" />
            <source>Other names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="251" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="272" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="304" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="284" />
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="252" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="306" />
            <source>Nationality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="253" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="307" />
            <source>Programmes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="254" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="308" />
            <source>Listed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="64" />
            <source>Any list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="168" />
            <source>Versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="169" />
            <source>Lists in force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="169" />
            <source>Every version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="216" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="236" />
            <source>in force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="218" />
            <source>withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="268" />
            <source>Persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="269" />
            <source>Organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="270" />
            <source>Vessels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="271" />
            <source>Aircraft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_record.py" line="270" />
            <source>score {score} is below the review threshold {review}: cleared automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_record.py" line="294" />
            <source>screening run #{id} ({trigger})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_record.py" line="73" />
            <source>Screened {subjects} customer(s) and owner(s) against {lists}: {new} new hit(s) to review, {still} still open, {cleared} cleared automatically, {suppressed} remembered false positive(s), {lapsed} lapsed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_record.py" line="277" />
            <source>re-screened on {date}: score {score} is below the review threshold {review}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_record.py" line="196" />
            <source>no longer found by the screening of {date}: the entry left the list or the screened data changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="40" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="130" />
            <source>true match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="41" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="130" />
            <source>false positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="42" />
            <source>cleared automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="43" />
            <source>lapsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="52" />
            <source>Freeze now: stop every operation of the customer and hold its money and digital assets; do not let any transfer out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="56" />
            <source>Do not tip off: do not tell the customer, or anyone outside compliance, about the match or the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="60" />
            <source>Report to the FIU (the AFM): prepare the report on the FIU reports page and send it without delay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="63" />
            <source>Record what was frozen, when and by whom in the customer file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="96" />
            <source>no publication date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="114" />
            <source>Decide true match or false positive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="116" />
            <source>Write the reason for the decision (it goes in the audit trail).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="98" />
            <source>{list} version #{id} (published {published}, file SHA-256 {sha})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="131" />
            <source>{decision}: {reason} (against {version})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="290" />
            <source>File status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="291" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="297" />
            <source>Matched name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="174" />
            <source>superseded by the decision on hit #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="195" />
            <source>Say why the false positive is withdrawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="268" />
            <source>Beneficial owner #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="271" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="281" />
            <source>Name (Latin)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="273" />
            <source>IIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="274" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="288" />
            <source>Citizenship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="275" />
            <source>Owner of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="278" />
            <source>Customer #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="287" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="305" />
            <source>IIN/BIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="303" />
            <source>Names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="309" />
            <source>Remarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="89" />
            <source>screening hit #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="198" />
            <source>no remembered false positive #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="282" />
            <source>individual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="282" />
            <source>legal entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="284" />
            <source>Registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="316" />
            <source>{list} entry {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="340" />
            <source>Screening hit to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="344" />
            <source>Compliance officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="123" />
            <source>Hit #{id} is not open: it is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="345" />
            <source>score {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="40" />
            <source>clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="40" />
            <source>concerns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="40" />
            <source>pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="46" />
            <source>Enter the staff member's full name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="48" />
            <source>Choose the role: it decides which training is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="51" />
            <source>Enter the start date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="53" />
            <source>The end date cannot be before the start date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="56" />
            <source>Screening result must be clear, concerns or pending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="62" />
            <source>Not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="132" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="32" />
            <source>Job title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="133" />
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="213" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="34" />
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="134" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="153" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="35" />
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="135" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="40" />
            <source>Screening at hiring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="136" />
            <source>Screened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="58" />
            <source>Enter the date of the screening.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="155" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="67" />
            <source>Screening</source>
            <translation>Тізімдер бойынша тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="153" />
            <source>Current and left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="153" />
            <source>Current</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/staff.py" line="155" />
            <source>Any screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/trail.py" line="46" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/trail.py" line="47" />
            <source>When (UTC)</source>
            <translation>Қашан (UTC)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/trail.py" line="48" />
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/trail.py" line="49" />
            <location filename="../../desktop/kuzet/registers/trail.py" line="61" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="53" />
            <source>Register</source>
            <translation>Тізілім</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/trail.py" line="50" />
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/trail.py" line="52" />
            <source>What changed</source>
            <translation>Не өзгерді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/trail.py" line="61" />
            <source>All registers</source>
            <translation>Барлық тізілімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training.py" line="50" />
            <source>Enter the course title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training.py" line="52" />
            <source>Choose the required course (topic) this course counts for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training.py" line="144" />
            <source>Choose the course that was held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training.py" line="146" />
            <source>Enter the date the session was held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training.py" line="64" />
            <source>Hours must be a number of 0 or more (e.g. 1.5).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training.py" line="166" />
            <source>A session in the future cannot be completed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training.py" line="56" />
            <source>Unknown curriculum item: {keys}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training.py" line="203" />
            <source>taken off the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training.py" line="283" />
            <source>No certificate file is attached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training.py" line="158" />
            <source>Staff member #{id} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training.py" line="163" />
            <source>{name} is listed twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_import.py" line="85" />
            <source>course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_import.py" line="86" />
            <source>staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_import.py" line="111" />
            <source>in the future: it cannot be completed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_import.py" line="59" />
            <source>no {noun} {text} in Kuzet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_import.py" line="63" />
            <source>no {noun} named {text!r} in Kuzet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_import.py" line="68" />
            <source>{count} {noun} records match {text!r} ({numbers}): write the #id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_import.py" line="157" />
            <source>already recorded as attending this session (#{id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_import.py" line="171" />
            <source>imported from {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="22" />
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="91" />
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="114" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="62" />
            <source>Course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="23" />
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="92" />
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="37" />
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="117" />
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="31" />
            <source>Counts as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="24" />
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="40" />
            <source>Curriculum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="25" />
            <location filename="../../desktop/kuzet/registers/vasps.py" line="165" />
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="41" />
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="26" />
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="42" />
            <source>Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="27" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="187" />
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="28" />
            <source>Last held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="90" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="63" />
            <source>Held on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="93" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="64" />
            <source>Trainer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="94" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="65" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="95" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="68" />
            <source>Attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="97" />
            <source>Certificates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="37" />
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="115" />
            <source>Any course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_listings.py" line="117" />
            <source>Any required course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="213" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="185" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="107" />
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="206" />
            <source>overdue since {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="223" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="137" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="200" />
            <source>Training matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="156" />
            <source>up to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="156" />
            <source>none required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="203" />
            <source>done (next {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="205" />
            <source>due {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="152" />
            <source>{n} overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="153" />
            <source>{n} due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="172" />
            <source>new starter: within {n} days of starting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="176" />
            <source>last completed {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="67" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="93" />
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="68" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="96" />
            <source>Asset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="71" />
            <source>Value, USD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="94" />
            <source>Any direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="94" />
            <source>Deposits (in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="94" />
            <source>Withdrawals (out)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="96" />
            <source>Any asset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="101" />
            <source>Any Travel Rule status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="102" />
            <source>Travel Rule data missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="103" />
            <source>Travel Rule data complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="104" />
            <source>Money (Travel Rule not applicable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="107" />
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="122" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="317" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="107" />
            <source>Any import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="36" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="198" />
            <source>missing: {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="284" />
            <location filename="../../desktop/kuzet/registers/transactions.py" line="275" />
            <source>Writing transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="137" />
            <source>is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="216" />
            <source>Reading {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="325" />
            <source>Say why the transaction is retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="142" />
            <source>is in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="152" />
            <source>must be in or out, not {value!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="165" />
            <source>must be more than 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="317" />
            <source>transaction #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="97" />
            <source>{text!r} is not an IIN/BIN (12 digits) or a customer number (#123)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="110" />
            <source>there is no customer #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="115" />
            <source>customer #{id} is retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="224" />
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="62" />
            <source>Checking {file}</source>
            <translation>{file} тексерілуде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="328" />
            <source>Transaction #{id} is already retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="107" />
            <source>no customer has IIN/BIN {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="248" />
            <source>already imported (transaction #{id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="51" />
            <source>Enter the provider's name as it appears in transactions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="57" />
            <source>Due diligence cannot be dated in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="59" />
            <source>Say who did the due diligence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="166" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="163" />
            <source>Jurisdiction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="167" />
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="168" />
            <source>Regulator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="169" />
            <location filename="../../desktop/kuzet/registers/vasps.py" line="179" />
            <source>Due diligence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="170" />
            <source>Done by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="171" />
            <source>Transfers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="180" />
            <source>Any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="180" />
            <source>Not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="54" />
            <source>{code!r} is not an ISO 3166-1 country code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="111" />
            <source>A retired provider cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="125" />
            <source>Say why the provider is retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="63" />
            <source>Provider #{id} already has this name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="92" />
            <source>counterparty provider #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="128" />
            <source>Provider #{id} is already retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="221" />
            <source>{name} (retired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="51" />
            <source>Enter the venue's name as the trade files write it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="59" />
            <source>Enter the AIFC licence number (or choose no licence).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="64" />
            <source>The validity cannot end before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="164" />
            <source>AIFC licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="165" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="181" />
            <source>AIFC status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="166" />
            <source>Valid from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="167" />
            <source>Valid to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="168" />
            <source>Counts today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="169" />
            <source>NBK licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="170" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="85" />
            <source>Sales</source>
            <translation>Сатылым</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="182" />
            <source>Any AIFC status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="222" />
            <source>yes: AIFC-licensed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="120" />
            <source>A retired venue cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="134" />
            <source>Say why the venue is retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="68" />
            <source>Venue #{id} already has this name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="113" />
            <source>venue #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="263" />
            <source>Venue AIFC licence ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="268" />
            <source>sales after this day do not count as sold through a licensed venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="136" />
            <source>Venue #{id} is already retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="329" />
            <source>imported {list} from {files}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="356" />
            <source>Saving {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="88" />
            <source>{list}: version #{id}, {entries} entries ({added} added, {changed} changed, {removed} removed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="140" />
            <source>Choose the list file(s) to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="283" />
            <source>Reading {files}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="378" />
            <source>Say why the list is no longer screened against.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="85" />
            <source>{list}: this file is already the active version #{id}; nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="147" />
            <source>A list name can be given for one list at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="381" />
            <source>no active list {list!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="395" />
            <source>list version #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="62" />
            <source>... and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="64" />
            <source>nothing was imported: {count} problem(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="134" />
            <source>Unknown list format {format!r}; use one of {formats}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="154" />
            <source>{list}: several files of the same list in one import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="161" />
            <source>{files}: the list has no entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="102" />
            <source>Copying the database</source>
            <translation>Дерекқорды көшіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="99" />
            <source>{database} does not exist.</source>
            <translation>{database} жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="256" />
            <source>{file} is not a Kuzet backup.</source>
            <translation>{file} — Kuzet сақтық көшірмесі емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="260" />
            <source>{file} was made by a newer Kuzet (backup format {version}); install it to restore this backup.</source>
            <translation>{file} Kuzet-тің жаңа нұсқасымен жасалған (көшірме пішімі {version}); бұл көшірмені қалпына келтіру үшін сол нұсқаны орнатыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="267" />
            <source>{file} holds an exported vault key this Kuzet cannot read.</source>
            <translation>{file} ішінде Kuzet-тің бұл нұсқасы оқи алмайтын экспортталған қойма кілті бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="114" />
            <source>{database} could not be read: {error}</source>
            <translation>{database} оқылмады: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="216" />
            <source>The backup's manifest is incomplete ({error}).</source>
            <translation>Сақтық көшірменің манифесі толық емес ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="231" />
            <source>{file} does not exist.</source>
            <translation>{file} жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="234" />
            <source>{file} is not a Kuzet backup (not a readable archive: {error}).</source>
            <translation>{file} — Kuzet сақтық көшірмесі емес (архив оқылмайды: {error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="247" />
            <source>{file} is not a Kuzet backup (it has no manifest).</source>
            <translation>{file} — Kuzet сақтық көшірмесі емес (онда манифест жоқ).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="251" />
            <source>The manifest of {file} is damaged ({error}).</source>
            <translation>{file} манифесі бүлінген ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="183" />
            <source>Writing {name}</source>
            <translation>Жазу: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="167" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="116" />
            <source>Verifying the audit trail</source>
            <translation>Аудит журналын тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="83" />
            <source>{file} holds {name}, which its manifest does not list (altered).</source>
            <translation>{file} ішінде манифесте жоқ {name} бар (көшірме өзгертілген).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="86" />
            <source>{file} holds an unexpected member {name}; it was not made by Kuzet or was altered.</source>
            <translation>{file} ішінде күтілмеген {name} элементі бар; көшірмені Kuzet жасамаған немесе ол өзгертілген.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="91" />
            <source>{file} holds no database.</source>
            <translation>{file} ішінде дерекқор жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="94" />
            <source>{file} is incomplete: {name} is missing.</source>
            <translation>{file} толық емес: {name} жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="121" />
            <source>{name} in {file} does not match its recorded SHA-256: the backup is damaged or was altered.</source>
            <translation>{file} ішіндегі {name} жазылған SHA-256 мәніне сәйкес келмейді: көшірме бүлінген немесе өзгертілген.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="141" />
            <source>{file} was made by a newer Kuzet (schema {schema}); install it to restore this backup.</source>
            <translation>{file} Kuzet-тің жаңа нұсқасымен жасалған ({schema} сызбасы); бұл көшірмені қалпына келтіру үшін сол нұсқаны орнатыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="146" />
            <source>The database in {file} is not a Kuzet database.</source>
            <translation>{file} ішіндегі дерекқор Kuzet дерекқоры емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="181" />
            <source>The audit trail in {file} is broken; nothing was restored.
{report}</source>
            <translation>{file} ішіндегі аудит журналы бұзылған; ештеңе қалпына келтірілмеді.
{report}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="187" />
            <source>{file} holds {found} trail entries but its manifest recorded {recorded}.</source>
            <translation>{file} ішінде журналдың {found} жазбасы бар, ал манифесте {recorded} жазылған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="195" />
            <source>The audit trail in {file} does not end where its manifest says.</source>
            <translation>{file} ішіндегі аудит журналы манифесте көрсетілген жерде аяқталмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="99" />
            <source>The manifest of {file} lists an unexpected member {name}.</source>
            <translation>{file} манифесінде күтілмеген {name} элементі бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="114" />
            <source>{name} in {file} is damaged ({error}).</source>
            <translation>{file} ішіндегі {name} бүлінген ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="136" />
            <source>The database in {file} is damaged: {error}</source>
            <translation>{file} ішіндегі дерекқор бүлінген: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="175" />
            <source>The database in {file} cannot be read: {error}</source>
            <translation>{file} ішіндегі дерекқор оқылмайды: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="152" />
            <source>The database in {file} could not be upgraded: {error}</source>
            <translation>{file} ішіндегі дерекқорды жаңарту мүмкін болмады: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_status.py" line="41" />
            <source>No OS keyring is usable here: the vault key is derived from a passphrase you enter, and is never stored in plain text.</source>
            <translation>Мұнда ОЖ кілттер қоймасы қолжетімсіз: құжаттар қоймасының кілті сіз енгізетін құпия фразадан алынады және ешқашан ашық түрде сақталмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_status.py" line="49" />
            <source>The vault key is kept in the OS keyring ({label}).</source>
            <translation>Құжаттар қоймасының кілті ОЖ кілттер қоймасында сақталады ({label}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_status.py" line="29" />
            <location filename="../../desktop/kuzet/store/keyring_status.py" line="33" />
            <source>No keyring is usable ({error}).</source>
            <translation>Кілттер қоймасы қолжетімсіз ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="90" />
            <location filename="../../desktop/kuzet/store/keys.py" line="92" />
            <source>no OS keyring backend is available on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="144" />
            <source>The vault already has a key; unlock it instead of making a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="192" />
            <source>The document vault has no key yet: it is made with the first document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="161" />
            <source>The OS keyring did not keep the vault key; choose a passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="168" />
            <source>The passphrase is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="201" />
            <source>The document vault is locked: enter its passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="205" />
            <source>That is not the vault's passphrase. Nothing was changed; try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="99" />
            <source>the keyring backend {name} cannot store secrets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="216" />
            <source>This database keeps its vault key in an OS keyring, but none is usable here ({reason}). Open it on the computer that holds the key; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="226" />
            <source>The vault key (Kuzet / {vault}) is not in this computer's keyring. Restore it from the key export or open the database where it was made; no document was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="238" />
            <source>The keyring entry Kuzet / {vault} does not hold this vault's key; no document was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="86" />
            <source>the keyring module cannot load: {e}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="151" />
            <source>No OS keyring is usable here ({reason}): choose a passphrase for the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="47" />
            <location filename="../../desktop/kuzet/store/lock.py" line="48" />
            <source>another program</source>
            <translation>басқа бағдарлама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="61" />
            <source>{database} is already open for writing by {holder}. Close it there (or wait for that command to finish) and try again; two writers on one database are not allowed.</source>
            <translation>{database} жазу үшін ашық: {holder}. Оны сонда жабыңыз (немесе команданың аяқталуын күтіңіз) және қайталаңыз; бір дерекқорға екі бағдарлама қатар жаза алмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="50" />
            <source>process {pid}</source>
            <translation>{pid} процесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="55" />
            <source>since {since}</source>
            <translation>{since} бастап</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/restore.py" line="51" />
            <source>Replacing the database</source>
            <translation>Дерекқорды ауыстыру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="130" />
            <source>The document vault needs a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="68" />
            <source>The file is {mb} MB; the vault takes files up to {limit} MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="88" />
            <source>{path} is not a Kuzet vault file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="103" />
            <source>{path} decrypts, but not to the document recorded (SHA-256 differs).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="85" />
            <source>The encrypted file {path} is missing from the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="97" />
            <source>{path} cannot be decrypted with this vault's key: the key is wrong or the file was altered. The file was left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="37" />
            <location filename="../../desktop/kuzet/ui/actions.py" line="38" />
            <location filename="../../desktop/kuzet/ui/actions.py" line="40" />
            <location filename="../../desktop/kuzet/ui/actions.py" line="42" />
            <location filename="../../desktop/kuzet/ui/main_window.py" line="155" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="37" />
            <source>Audit pack…</source>
            <translation>Аудит пакеті…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="38" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="156" />
            <source>Back up now…</source>
            <translation>Сақтық көшірме жасау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="40" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="159" />
            <source>Restore from backup…</source>
            <translation>Көшірмеден қалпына келтіру…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="42" />
            <source>Firm set-up wizard…</source>
            <translation>Компанияны баптау шебері…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="43" />
            <source>Help</source>
            <translation>Анықтама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="43" />
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="39" />
            <source>About Kuzet</source>
            <translation>Kuzet туралы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="76" />
            <source>Fonts: DejaVu Sans and DejaVu Sans Mono (used in the PDF audit pack), under the Bitstream Vera licence with DejaVu changes in the public domain:</source>
            <translation>Қаріптер: DejaVu Sans және DejaVu Sans Mono (PDF аудит пакетінде қолданылады), Bitstream Vera лицензиясы бойынша; DejaVu өзгерістері — қоғамдық игілік:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="53" />
            <source>An offline compliance desk for licensed crypto firms and mining operators in Kazakhstan. Kuzet makes no network connections.</source>
            <translation>Қазақстандағы лицензияланған криптокомпаниялар мен майнерлерге арналған желіден тыс комплаенс жұмыс орны. Kuzet желіге қосылмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="33" />
            <source>The font licence file {path} is missing from this install.</source>
            <translation>Бұл орнатуда қаріптер лицензиясының {path} файлы жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="66" />
            <source>Python {python} · Qt for Python (PySide6) {qt}, LGPL v3</source>
            <translation>Python {python} · Qt for Python (PySide6) {qt}, LGPL v3</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="62" />
            <source>Database: {database}&lt;br&gt;Data folder: {data}&lt;br&gt;Backups: {backups}</source>
            <translation>Дерекқор: {database}&lt;br&gt;Деректер қалтасы: {data}&lt;br&gt;Сақтық көшірмелер: {backups}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="50" />
            <source>Version {version}</source>
            <translation>Нұсқа {version}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="29" />
            <source>Period from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="30" />
            <source>Period to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="35" />
            <source>The next audit is due two years after this date (rule pack).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="39" />
            <source>Scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="41" />
            <source>Report reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="59" />
            <source>Backing up</source>
            <translation>Сақтық көшірме жасалуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="69" />
            <source>Backup written</source>
            <translation>Сақтық көшірме жазылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="30" />
            <source>Made {made} by Kuzet {version} from {database}: {entries} audit trail entries, {files} vault file(s).</source>
            <translation>{made} Kuzet {version} арқылы {database} дерекқорынан жасалған: аудит журналының жазбалары — {entries}, қойма файлдары — {files}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="49" />
            <source>Back up the database</source>
            <translation>Дерекқордың сақтық көшірмесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="51" />
            <source>Kuzet backup (*.zip)</source>
            <translation>Kuzet сақтық көшірмесі (*.zip)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="74" />
            <source>The vault key is not in the backup: keep it (or its passphrase) safe.</source>
            <translation>Қойма кілті көшірмеде жоқ: оны (немесе құпия фразаны) қауіпсіз жерде сақтаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="104" />
            <source>Checking the backup</source>
            <translation>Сақтық көшірмені тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="113" />
            <source>Backup refused</source>
            <translation>Сақтық көшірме қабылданбады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="113" />
            <source>Restore failed</source>
            <translation>Қалпына келтіру сәтсіз аяқталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="145" />
            <source>Restoring</source>
            <translation>Қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="160" />
            <source>Restored</source>
            <translation>Қалпына келтірілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="172" />
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="128" />
            <source>Restore from backup</source>
            <translation>Көшірмеден қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="174" />
            <source>Kuzet backup (*.zip);;All files (*)</source>
            <translation>Kuzet сақтық көшірмесі (*.zip);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="154" />
            <source>The database was restored from {file}.</source>
            <translation>Дерекқор {file} көшірмесінен қалпына келтірілді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="117" />
            <source>Nothing was replaced: {error}</source>
            <translation>Ештеңе ауыстырылмады: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="130" />
            <source>The backup is sound. {details}

Replace the database {database} with it? The current database is kept as a pre-restore backup in {folder}.</source>
            <translation>Сақтық көшірме дұрыс. {details}

{database} дерекқорын онымен ауыстыру керек пе? Қазіргі дерекқор қалпына келтіру алдындағы көшірме ретінде {folder} қалтасында сақталады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="157" />
            <source>The database as it was before is kept in {path}.</source>
            <translation>Бұрынғы дерекқор {path} ішінде сақталды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="70" />
            <source>The backup was written to {path}.</source>
            <translation>Сақтық көшірме {path} ішіне жазылды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="83" />
            <source>Match the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="123" />
            <source>Save as TOML…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="124" />
            <source>Save this matching for `kuzet import … --mapping FILE`</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="169" />
            <source>Save the column matching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="104" />
            <source>— not in the file —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="92" />
            <source>Choose which column of {file} holds each field. Fields marked * are required; leave the others as “not in the file”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="142" />
            <source>Choose the column for {field}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="94" />
            <source>the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="150" />
            <source>Column {header} is chosen for both {a} and {b}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="27" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="30" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="31" />
            <source>The required course it completes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="38" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="40" />
            <source>Details</source>
            <translation>Толығырақ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="40" />
            <source>Close it once every action is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="47" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="114" />
            <source>Legal name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="49" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="115" />
            <source>Name in Latin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="50" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="116" />
            <source>BIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="59" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="117" />
            <source>Licensed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="68" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="119" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="69" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="122" />
            <source>AFSA reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="70" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="123" />
            <source>NBK reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="71" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="124" />
            <source>FIU (AFM) registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="72" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="85" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="126" />
            <source>Financial year-end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="160" />
            <source>Firm profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="109" />
            <source>not a valid BIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="45" />
            <source>Leave empty to record later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="46" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="25" />
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="52" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="40" />
            <source>Resides in Kazakhstan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="79" />
            <source>Set up the firm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="91" />
            <source>The firm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="93" />
            <source>Who the firm is and where it is licensed: this decides which rules apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="102" />
            <source>MLRO and deputy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="105" />
            <source>The MLRO must be a director, partner, principal representative or senior manager and reside in Kazakhstan; AIFC firms also appoint a deputy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="125" />
            <source>What applies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="136" />
            <source>Welcome to Kuzet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="137" />
            <source>A few questions about the firm. You can change every answer later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="185" />
            <source>The mining registers apply (pools, output, sales, the mandatory sale and the fee).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="187" />
            <source>No mining activity: the mining registers are not needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="149" />
            <source>&lt;p&gt;Everything stays on this computer; Kuzet never uses the network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {db}&lt;br&gt;&lt;b&gt;Encrypted documents:&lt;/b&gt; {vault}&lt;br&gt;&lt;b&gt;Backups:&lt;/b&gt; {backups}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vault key:&lt;/b&gt; {keyring}.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="140" />
            <source>the OS keyring ({name}) keeps the document vault's key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="143" />
            <source>no OS keyring is usable here ({reason}); the document vault will ask for a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="190" />
            <source>&lt;p&gt;For {name}:&lt;/p&gt;&lt;ul&gt;{lines}&lt;/ul&gt;&lt;p&gt;{mining}&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="120" />
            <source>Already recorded: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="37" />
            <source>Leave unticked to use the legal term where the law sets one (mining: 3 years).</source>
            <translation>Заң мерзім белгілесе, соны қолдану үшін белгілемеңіз (майнинг: 3 жыл).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="43" />
            <source>Suspended from</source>
            <translation>Тоқтатылған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="44" />
            <source>Suspended to</source>
            <translation>Тоқтатылу соңы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="19" />
            <source>Edit licence</source>
            <translation>Лицензияны өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="19" />
            <source>New licence</source>
            <translation>Жаңа лицензия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="38" />
            <source>The MLRO must be a director, partner, principal representative or senior manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="42" />
            <source>Residence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="45" />
            <source>Approved by the regulator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="48" />
            <source>Regulator notified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="50" />
            <source>Regulator reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="47" />
            <source>New value</source>
            <translation>Жаңа мән</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="53" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="30" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="42" />
            <source>From</source>
            <translation>Бастап</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="54" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="30" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="45" />
            <source>To</source>
            <translation>Дейін</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="61" />
            <source>Recorded in the audit trail and printed in the audit pack.</source>
            <translation>Аудит журналына жазылады және аудит пакетінде басылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="29" />
            <source>(not in force today)</source>
            <translation>(бүгін күшінде емес)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="19" />
            <source>Override {key}</source>
            <translation>{key} өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="32" />
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Pack value today: {value} {unit} [{mark}: {meaning}]&lt;br&gt;Source: {source}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Пакеттегі бүгінгі мән: {value} {unit} [{mark}: {meaning}]&lt;br&gt;Дереккөз: {source}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="49" />
            <source>Type: {type}. Write it as in the rule pack, e.g. 75, "0.75", [90, 60, 30].</source>
            <translation>Түрі: {type}. Ережелер пакетіндегідей жазыңыз, мысалы 75, "0.75", [90, 60, 30].</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="30" />
            <source>The role decides the required courses and how often.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="33" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="41" />
            <source>Screened on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="44" />
            <source>Screening notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="73" />
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="100" />
            <source>Attach file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="207" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="106" />
            <source>Document vault</source>
            <translation>Құжаттар қоймасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="68" />
            <source>Certificate no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="140" />
            <source>Certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="140" />
            <source>Documents (*.pdf *.png *.jpg *.jpeg);;All (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="209" />
            <source>{reason}

The passphrase protects every document in the vault; without it they cannot be opened.
Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="186" />
            <source>Training session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="133" />
            <source>Open {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/form.py" line="41" />
            <source>Tick to set a date</source>
            <translation>Күнді көрсету үшін белгілеңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/format.py" line="61" />
            <source>no</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/launch.py" line="90" />
            <source>The database is already open</source>
            <translation>Дерекқор ашық тұр</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/launch.py" line="100" />
            <source>Kuzet cannot open this database</source>
            <translation>Kuzet бұл дерекқорды аша алмайды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/launch.py" line="81" />
            <source>Kuzet is already open on {path}; its window was brought forward.</source>
            <translation>Kuzet {path} дерекқорымен ашық тұр; оның терезесі алдыңғы қатарға шығарылды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="96" />
            <source>Compliance desk</source>
            <translation>Комплаенс жұмыс орны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="157" />
            <source>Quit</source>
            <translation>Шығу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="239" />
            <source>Opening…</source>
            <translation>Ашылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="257" />
            <source>Cannot open the database</source>
            <translation>Дерекқорды ашу мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="130" />
            <location filename="../../desktop/kuzet/ui/main_window.py" line="218" />
            <source>Opening the database…</source>
            <translation>Дерекқор ашылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="137" />
            <source>Database: {path}</source>
            <translation>Дерекқор: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="262" />
            <source>Kuzet could not open {path}:

{message}</source>
            <translation>Kuzet {path} аша алмады:

{message}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="56" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="56" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="117" />
            <source>Dashboard</source>
            <translation>Басқару тақтасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="56" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="57" />
            <source>Overview</source>
            <translation>Шолу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="57" />
            <source>Calendar</source>
            <translation>Күнтізбе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="58" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="59" />
            <source>Licensing</source>
            <translation>Лицензиялау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="68" />
            <source>Watchlists</source>
            <translation>Санкциялық тізімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="74" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="76" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="82" />
            <source>Monitoring</source>
            <translation>Мониторинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="79" />
            <source>FIU reports</source>
            <translation>ҚМА-ға хабарламалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="84" />
            <source>Mining output</source>
            <translation>Өндіру көлемі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="84" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="85" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="86" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="88" />
            <source>Mining</source>
            <translation>Майнинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="86" />
            <source>Venues</source>
            <translation>Алаңдар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="88" />
            <source>Mandatory sale &amp; fees</source>
            <translation>Міндетті сату және алымдар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="91" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="46" />
            <source>Firm &amp; MLRO</source>
            <translation>Компания және жауапты қызметкер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="91" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="98" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="105" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="112" />
            <source>Programme</source>
            <translation>АЖ/ТҚ бағдарламасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="95" />
            <source>Staff &amp; training</source>
            <translation>Қызметкерлер және оқыту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="109" />
            <source>Risk assessment</source>
            <translation>Тәуекелдерді бағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="114" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="40" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="124" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="136" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="141" />
            <source>Rules</source>
            <translation>Ережелер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="114" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="115" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="116" />
            <source>System</source>
            <translation>Жүйе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="115" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="22" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="129" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="132" />
            <source>Audit trail</source>
            <translation>Аудит журналы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="116" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="208" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="217" />
            <source>Settings</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="84" />
            <source>Audits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="112" />
            <source>Set up the firm profile to track the next audit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="107" />
            <source>Next independent audit due {day} ({when}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="82" />
            <source>Urgency</source>
            <translation>Шұғылдығы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="82" />
            <source>Days</source>
            <translation>Күндер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="82" />
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="82" />
            <source>Item</source>
            <translation>Нысан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="82" />
            <source>Detail</source>
            <translation>Толығырақ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="63" />
            <source>Refresh</source>
            <translation>Жаңарту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="79" />
            <source>Reminders — most urgent first. Double-click to open the record.</source>
            <translation>Еске салғыштар — алдымен ең шұғылдары. Жазбаны ашу үшін екі рет басыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="94" />
            <source>Nothing needs attention: no deadline is inside its reminder window.

Add your licences on the Licences page (or import them) and their expiries will show here 90, 60 and 30 days ahead.</source>
            <translation>Назар аударатын ештеңе жоқ: ешбір мерзім еске салу аралығына түскен жоқ.

«Лицензиялар» бетінде лицензияларыңызды қосыңыз (немесе импорттаңыз), олардың мерзімі аяқталатыны мұнда 90, 60 және 30 күн бұрын көрсетіледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="121" />
            <source>due soon</source>
            <translation>мерзімі жақын</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="122" />
            <source>upcoming</source>
            <translation>алда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="71" />
            <source>Overdue or expired</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="72" />
            <source>Due within 30 days</source>
            <translation>30 күн ішінде мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="73" />
            <source>Open reminders</source>
            <translation>Ашық еске салғыштар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="74" />
            <source>Licences in force</source>
            <translation>Қолданыстағы лицензиялар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="118" />
            <source>Today {date}</source>
            <translation>Бүгін {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="117" />
            <source>Dashboard — {firm}</source>
            <translation>Басқару тақтасы — {firm}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="68" />
            <source>Requirement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="68" />
            <source>For this firm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="68" />
            <source>Mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="68" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="30" />
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="50" />
            <source>Edit profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="53" />
            <source>Set-up wizard…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="111" />
            <source>No firm profile yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="111" />
            <source>Run the set-up wizard to create it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="22" />
            <source>Licences, registrations and permits. Expiries show on the Dashboard 90, 60 and 30 days ahead (rule pack: licence.reminder_days).</source>
            <translation>Лицензиялар, тіркеулер мен рұқсаттар. Мерзімнің аяқталуы басқару тақтасында 90, 60 және 30 күн бұрын көрсетіледі (ережелер пакеті: licence.reminder_days).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="25" />
            <source>licence</source>
            <translation>лицензия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="26" />
            <source>licences</source>
            <translation>лицензиялар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="27" />
            <source>Search number, issuer, conditions…</source>
            <translation>Нөмір, берген орган, шарттар бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="29" />
            <source>No licences yet.

Add your digital mining licence, AFSA or NBK licence with New (Ctrl+N), or import a CSV/XLSX file with Import…</source>
            <translation>Әзірге лицензиялар жоқ.

Цифрлық майнинг, AFSA немесе ҰБ лицензиясын «Жаңа» (Ctrl+N) батырмасымен қосыңыз немесе CSV/XLSX файлын «Импорт…» батырмасымен импорттаңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="30" />
            <source>Value</source>
            <translation>Мәні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="30" />
            <source>Unit</source>
            <translation>Өлшем бірлігі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="30" />
            <source>Confidence</source>
            <translation>Сенімділік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="30" />
            <source>Override</source>
            <translation>Өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="45" />
            <source>Every number of the law Kuzet uses, with its source and how sure we are of it: V read in the law, S secondary source, U unverified (check it), P product default. Overrides apply from their date and are recorded in the audit trail.</source>
            <translation>Kuzet қолданатын заңдағы әрбір сан, оның дереккөзімен және сенімділік деңгейімен: V — заңнан оқылған, S — қосалқы дереккөз, U — тексерілмеген (тексеріңіз), P — бағдарламаның әдепкі мәні. Өзгертулер өз күнінен бастап қолданылады және аудит журналына жазылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="55" />
            <source>Search rules…</source>
            <translation>Ережелерді іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="60" />
            <source>Override…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="62" />
            <source>Withdraw override…</source>
            <translation>Өзгертудің күшін жою…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="124" />
            <source>Select a rule first.</source>
            <translation>Алдымен ережені таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="136" />
            <source>Select an overridden rule first.</source>
            <translation>Алдымен өзгертілген ережені таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="144" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="151" />
            <source>Withdraw override</source>
            <translation>Өзгертудің күшін жою</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="144" />
            <source>Reason:</source>
            <translation>Себебі:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="141" />
            <source>{key} has no override.</source>
            <translation>{key} ережесінде өзгерту жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="201" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="82" />
            <source>Language</source>
            <translation>Тіл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="202" />
            <source>Where data lives</source>
            <translation>Деректер қайда сақталады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="203" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="107" />
            <source>Backups</source>
            <translation>Сақтық көшірмелер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="204" />
            <source>Keyring</source>
            <translation>Кілттер қоймасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="76" />
            <source>As the system (default)</source>
            <translation>Жүйедегідей (әдепкі)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="94" />
            <source>Saved. The new language is used the next time Kuzet starts.</source>
            <translation>Сақталды. Жаңа тіл Kuzet келесі іске қосылғанда қолданылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="124" />
            <source>Set KUZET_HOME to use another data folder, or start Kuzet with --db FILE to open another database.</source>
            <translation>Басқа деректер қалтасын пайдалану үшін KUZET_HOME орнатыңыз немесе басқа дерекқорды ашу үшін Kuzet-ті --db ФАЙЛ арқылы іске қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="140" />
            <source>Last backup</source>
            <translation>Соңғы көшірме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="141" />
            <source>Next automatic backup</source>
            <translation>Келесі автоматты көшірме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="197" />
            <source>Keyring backend</source>
            <translation>ОЖ кілттер қоймасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="198" />
            <source>Vault key</source>
            <translation>Қойма кілті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="104" />
            <source>Data folder</source>
            <translation>Деректер қалтасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="105" />
            <source>Database</source>
            <translation>Дерекқор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="118" />
            <source>Open folder</source>
            <translation>Қалтаны ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="171" />
            <source>None yet. Back up now, or close Kuzet to make the first one.</source>
            <translation>Әзірге жоқ. Қазір көшірме жасаңыз немесе Kuzet-ті жабыңыз — сонда алғашқысы жасалады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="179" />
            <source>When you close Kuzet today</source>
            <translation>Бүгін Kuzet жабылғанда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="84" />
            <source>Shown now: {language}. Dates are written dd.mm.yyyy in every language.</source>
            <translation>Қазір көрсетілуде: {language}. Күндер барлық тілде кк.аа.жжжж түрінде жазылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="114" />
            <source>(created when the first document is attached)</source>
            <translation>(алғашқы құжат тіркелгенде жасалады)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="144" />
            <source>Automatic backups are made when you close Kuzet, at most once a day. Kept: the newest of each of the last {daily} days, {weekly} weeks and {monthly} months. A backup holds the database and the encrypted vault, never the vault key.</source>
            <translation>Автоматты көшірмелер Kuzet жабылғанда, күніне бір реттен жиі емес жасалады. Сақталатыны: соңғы {daily} күннің, {weekly} аптаның және {monthly} айдың әрқайсысының ең соңғы көшірмесі. Көшірмеде дерекқор мен шифрланған қойма бар, ал қойма кілті ешқашан болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="175" />
            <source>{when} — {path}</source>
            <translation>{when} — {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="182" />
            <source>When you close Kuzet on or after {day}</source>
            <translation>Kuzet {day} немесе одан кейін жабылғанда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="24" />
            <source>Every insert, edit and retirement, hash-chained: an edit made outside Kuzet breaks the chain. Verify recomputes it and checks every register row.</source>
            <translation>Әрбір қосу, өзгерту және шығару хэш тізбегімен байланысқан: Kuzet-тен тыс түзету тізбекті бұзады. Тексеру оны қайта есептеп, тізілімдердің әр жолын салыстырады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="27" />
            <source>entry</source>
            <translation>жазба</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="28" />
            <source>entries</source>
            <translation>жазбалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="29" />
            <source>Record number…</source>
            <translation>Жазба нөмірі…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="31" />
            <source>The trail is empty: nothing has been recorded yet.

Every change you make in a register is recorded here.</source>
            <translation>Журнал бос: әзірге ештеңе жазылмаған.

Тізілімдердегі әрбір өзгеріс осында жазылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="55" />
            <source>Verify trail</source>
            <translation>Журналды тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="113" />
            <source>Verifying…</source>
            <translation>Тексерілуде…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="95" />
            <source>Trail entry #{id}</source>
            <translation>Журнал жазбасы №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="105" />
            <source>hash {hash}
previous {previous}

State after:
{after}</source>
            <translation>хэш {hash}
алдыңғы {previous}

Кейінгі күйі:
{after}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="125" />
            <source>Intact at {stamp}: {entries} entries</source>
            <translation>{stamp} кезінде бүтін: жазбалар — {entries}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="131" />
            <source>BROKEN at {stamp}</source>
            <translation>{stamp} кезінде БҰЗЫЛҒАН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="96" />
            <source>{action} of {register} #{record}
at {at} by {actor}
</source>
            <translation>{action}: {register} №{record}
{at}, {actor}
</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="103" />
            <source>reason: {reason}
</source>
            <translation>себебі: {reason}
</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="223" />
            <source>Search staff…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="232" />
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="243" />
            <source>Record training…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="247" />
            <source>Import attendance…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="91" />
            <source>not required for this role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="186" />
            <source>Courses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="234" />
            <source>Someone overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="235" />
            <source>Due (nothing overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="236" />
            <source>Up to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="210" />
            <source>Staff by required course. A new starter is due within {days} days of starting; after that each course is due again {months} months after the last completion (rule pack: programme.training).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="278" />
            <source>{staff} staff · {overdue} overdue · {due} due · {done} done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="55" />
            <source>record</source>
            <translation>жазба</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="56" />
            <source>records</source>
            <translation>жазбалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="57" />
            <source>Search…</source>
            <translation>Іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="58" />
            <source>Nothing here yet.</source>
            <translation>Мұнда әзірге ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="146" />
            <source>Show retired</source>
            <translation>Шығарылғандарды көрсету</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="299" />
            <source>Tables (*.csv *.xlsx);;All files (*)</source>
            <translation>Кестелер (*.csv *.xlsx);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="346" />
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Excel кітабы (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="152" />
            <source>New</source>
            <translation>Жаңа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="153" />
            <source>Edit</source>
            <translation>Өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="154" />
            <source>Retire…</source>
            <translation>Шығару…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="155" />
            <source>Import…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="156" />
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="327" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="337" />
            <source>Import refused</source>
            <translation>Импорт қабылданбады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="166" />
            <source>New (Ctrl+N)</source>
            <translation>Жаңа (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="202" />
            <source>{nouns}: {count}</source>
            <translation>{nouns}: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="297" />
            <source>Import {nouns}</source>
            <translation>Импорт: {nouns}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="307" />
            <source>Importing {file}</source>
            <translation>{file} импортталуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="318" />
            <source>Imported from {file}: {count} {nouns}.</source>
            <translation>{file} файлынан импортталды: {count} ({nouns}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="344" />
            <source>Export {nouns}</source>
            <translation>Экспорт: {nouns}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="358" />
            <source>Exporting to {file}</source>
            <translation>{file} файлына экспорт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="265" />
            <source>Select a {noun} first.</source>
            <translation>Алдымен жазбаны таңдаңыз ({noun}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="273" />
            <source>Select a {noun} to retire.</source>
            <translation>Шығарылатын жазбаны таңдаңыз ({noun}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="279" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="289" />
            <source>Retire {noun}</source>
            <translation>Жазбаны шығару ({noun})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="281" />
            <source>Retired {nouns} are kept, never deleted, and marked with your reason.
Reason:</source>
            <translation>Шығарылған жазбалар ({nouns}) сақталады, ешқашан жойылмайды және сіздің себебіңізбен белгіленеді.
Себебі:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="329" />
            <source>Nothing was imported from {file}: {count} problem(s). Correct the file and import it again.</source>
            <translation>{file} файлынан ештеңе импортталмады: мәселелер — {count}. Файлды түзетіп, қайта импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="338" />
            <source>Nothing was imported from {file}: {error}</source>
            <translation>{file} файлынан ештеңе импортталмады: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="362" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="363" />
            <source>Written to {path}: {count} {nouns}.</source>
            <translation>{path} ішіне жазылды: {count} ({nouns}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/single_instance.py" line="66" />
            <source>the Kuzet window</source>
            <translation>Kuzet терезесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/tasks.py" line="74" />
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/tasks.py" line="94" />
            <source>{title}: cancelling…</source>
            <translation>{title}: тоқтатылуда…</translation>
        </message>
    </context>
</TS>
