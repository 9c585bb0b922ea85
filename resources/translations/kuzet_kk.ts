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
            <location filename="../../desktop/kuzet/regime/ids.py" line="23" />
            <source>resident legal entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="24" />
            <source>non-resident legal entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="25" />
            <source>individual entrepreneur (joint form)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="28" />
            <source>head office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="29" />
            <source>branch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="30" />
            <source>representative office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="31" />
            <source>peasant farm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="37" />
            <source>Threshold transaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="39" />
            <source>Structuring below the threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="48" />
            <source>Rapid in-and-out of funds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="55" />
            <source>High-risk jurisdiction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="57" />
            <source>Retail deposits over the monthly cap without a knowledge test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="60" />
            <source>Wallet of a listed person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="62" />
            <source>Travel Rule data incomplete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="68" />
            <source>Counterparty provider not vetted before the transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="197" />
            <source>Deposit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="197" />
            <source>Withdrawal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="261" />
            <source>{count} {what}s from {first} to {last}, each between {floor} and the threshold of {threshold} (total {total}): at least {min_count} within {days} days, margin {margin}% (monitoring.structuring.*).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="210" />
            <source>{what} of {value} on {date}: at or above the threshold of {threshold} (monitoring.threshold_kzt).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="310" />
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
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="29" />
            <source>originator wallet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="178" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="32" />
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
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="30" />
            <source>originator's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="31" />
            <source>originator's wallet or account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="32" />
            <source>originator's address, ID number, customer ID or birth date and place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="33" />
            <source>beneficiary's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="34" />
            <source>beneficiary's wallet or account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="44" />
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="96" />
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
            <location filename="../../desktop/kuzet/registers/alerts.py" line="30" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="277" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="187" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="42" />
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="30" />
            <source>closed: explained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="30" />
            <source>escalated to STR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="218" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="111" />
            <source>Detected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="219" />
            <location filename="../../desktop/kuzet/registers/alerts.py" line="240" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="101" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="30" />
            <source>Rule</source>
            <translation>Ереже</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="220" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="107" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="186" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="73" />
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="127" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="29" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="103" />
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="103" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="74" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="221" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="105" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="71" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="48" />
            <source>Transactions</source>
            <translation>Операциялар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="222" />
            <location filename="../../desktop/kuzet/registers/trail.py" line="53" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="104" />
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="72" />
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="59" />
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="223" />
            <location filename="../../desktop/kuzet/registers/alerts.py" line="232" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="106" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="204" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="121" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="233" />
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="50" />
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="94" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="108" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="187" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="91" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="252" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="266" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="215" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="235" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="225" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="235" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="28" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="115" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="40" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="58" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="152" />
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="232" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="106" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="42" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="32" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="146" />
            <source>Status</source>
            <translation>Мәртебе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="224" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="113" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="47" />
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="235" />
            <source>Decided by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="154" />
            <source>Alert #{id} ({rule}), detected {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="234" />
            <source>Open alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="235" />
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="235" />
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="95" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="29" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="268" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="236" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="235" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="61" />
            <source>Any status</source>
            <translation>Кез келген мәртебе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="236" />
            <source>Closed as explained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="237" />
            <source>Escalated to an STR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="240" />
            <source>Any rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="61" />
            <source>Write the explanation: why it is not suspicious.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="40" />
            <source>alert #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="142" />
            <source>{key} = {value}{unit} [{mark}] — {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="305" />
            <source>escalated to STR #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="49" />
            <source>Alert #{id} is already {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="103" />
            <source>STR #{id} is about another customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/alerts.py" line="108" />
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
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="76" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="249" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="266" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="312" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="334" />
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="101" />
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
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="110" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="82" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="181" />
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
            <location filename="../../desktop/kuzet/registers/customer_history.py" line="20" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="38" />
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="110" />
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
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="125" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="59" />
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
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="43" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="155" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="160" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="211" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="120" />
            <source>overdue</source>
            <translation>мерзімі өтті</translation>
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
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="60" />
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="69" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="65" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audit_listings.py" line="237" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="31" />
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
            <location filename="../../desktop/kuzet/registers/customer_options.py" line="18" />
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="41" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="52" />
            <location filename="../../desktop/kuzet/registers/customer_options.py" line="18" />
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="41" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/audits.py" line="52" />
            <location filename="../../desktop/kuzet/registers/customer_options.py" line="18" />
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
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="204" />
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
            <location filename="../../desktop/kuzet/registers/calendar.py" line="33" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="58" />
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="20" />
            <source>Licences</source>
            <translation>Лицензиялар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="34" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="59" />
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="21" />
            <source>Pool accreditations</source>
            <translation>Пулдарды аккредиттеу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="35" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="62" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="65" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="67" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="68" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="47" />
            <source>Customers</source>
            <translation>Клиенттер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="36" />
            <source>Customer reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="37" />
            <source>Customer documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="38" />
            <location filename="../../desktop/kuzet/registers/firm.py" line="151" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="44" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="111" />
            <source>MLRO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="39" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="137" />
            <location filename="../../desktop/kuzet/registers/training_matrix.py" line="183" />
            <source>Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="40" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="102" />
            <source>Independent audits</source>
            <translation>Тәуелсіз аудиттер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="41" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="86" />
            <source>Remediation actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="42" />
            <location filename="../../desktop/kuzet/registers/risk_assessment.py" line="227" />
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="69" />
            <source>Business risk assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="43" />
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="70" />
            <source>AML Returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="217" />
            <source>Kuzet deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="123" />
            <source>{overdue} overdue, {week} due this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="175" />
            <source>Writing the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="217" />
            <source>Kuzet — {firm}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="188" />
            <source>Kuzet record: {register} #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="133" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="62" />
            <source>… and {n} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="186" />
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
            <location filename="../../desktop/kuzet/registers/customers.py" line="332" />
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
            <location filename="../../desktop/kuzet/registers/customer_history.py" line="19" />
            <source>Customer file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_history.py" line="21" />
            <source>PEP status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_history.py" line="22" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="109" />
            <source>Risk assessment</source>
            <translation>Тәуекелдерді бағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_history.py" line="23" />
            <source>EDD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_history.py" line="24" />
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_history.py" line="25" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="46" />
            <source>Document</source>
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
            <location filename="../../desktop/kuzet/registers/customer_import.py" line="211" />
            <source>customer #{id} already has this number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_import.py" line="140" />
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="204" />
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
            <location filename="../../desktop/kuzet/registers/transactions.py" line="234" />
            <source>repeats line {line}</source>
            <translation>{line}-жолды қайталайды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="31" />
            <source>Review overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="32" />
            <source>Review due within the reminder window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="33" />
            <source>EDD required and incomplete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="34" />
            <source>ID document expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="35" />
            <source>IIN disagrees with the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="36" />
            <source>Waiting for a decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="44" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="250" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="300" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="310" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="130" />
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="130" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="68" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="53" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="24" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="28" />
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
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="104" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="30" />
            <source>IIN / BIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="48" />
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="76" />
            <source>Risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="49" />
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="89" />
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="72" />
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="18" />
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="96" />
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="112" />
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="29" />
            <source>PEP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="51" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="27" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="39" />
            <source>Next review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="52" />
            <source>ID expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="66" />
            <source>not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="67" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="318" />
            <location filename="../../desktop/kuzet/registers/licences.py" line="332" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="272" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="225" />
            <source>retired ({status})</source>
            <translation>шығарылған ({status})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="81" />
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="157" />
            <source>Risk tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="99" />
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="77" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="268" />
            <source>Any kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="83" />
            <source>Any risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="90" />
            <source>PEP or not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="90" />
            <source>PEPs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="90" />
            <source>Not PEPs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_listing.py" line="100" />
            <source>Everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_options.py" line="11" />
            <source>Individual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_options.py" line="11" />
            <source>Legal entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_options.py" line="13" />
            <source>Pending decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_options.py" line="14" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="212" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="25" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_options.py" line="15" />
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_options.py" line="16" />
            <source>Relationship ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_options.py" line="19" />
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_options.py" line="19" />
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="72" />
            <source>Enter the owner's full name as in the ID document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="91" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="155" />
            <source>Enter the citizenship (ISO code, e.g. KZ).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="94" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="175" />
            <source>The date of birth cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="103" />
            <source>The share is between 0 and 100 percent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="111" />
            <source>Say how the person exercises control.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="80" />
            <source>This is a BIN: a beneficial owner is a natural person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="100" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="122" />
            <source>Enter the share as a number of percent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="169" />
            <source>Only a legal entity has beneficial owners.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="173" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="140" />
            <source>PEP must be empty or one of: {kinds}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="209" />
            <source>A retired owner cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="229" />
            <source>Say why the person is no longer an owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="239" />
            <source>the person is no longer an owner: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="85" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="168" />
            <source>A citizen of {home} has an IIN: enter it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="89" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="133" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="157" />
            <source>{code} is not an ISO country code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="108" />
            <source>Below {limit}% and no control: not a beneficial owner. Record control, or the share.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="116" />
            <source>The owners' shares would add up to {total}%, more than 100%.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="187" />
            <source>declared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="200" />
            <source>beneficial owner #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="82" />
            <location filename="../../desktop/kuzet/registers/customers.py" line="165" />
            <source>Invalid IIN: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_owners.py" line="231" />
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
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="36" />
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
            <location filename="../../desktop/kuzet/registers/customer_risk.py" line="204" />
            <source>The tier is low, medium or high.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customer_risk.py" line="207" />
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
            <location filename="../../desktop/kuzet/registers/customers.py" line="299" />
            <source>onboarding declaration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="335" />
            <source>An individual cannot become an entity: open a new customer file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="357" />
            <source>Write why the IIN and the file disagree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="366" />
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
            <location filename="../../desktop/kuzet/registers/customers.py" line="298" />
            <source>declared at onboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="315" />
            <location filename="../../desktop/kuzet/registers/screening.py" line="260" />
            <source>customer #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="195" />
            <source>Invalid BIN: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers.py" line="369" />
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
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="33" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="194" />
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
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="30" />
            <source>Still to file (open, to report, overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="32" />
            <source>To report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="33" />
            <source>Open: decision pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="34" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="115" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="193" />
            <source>Reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="35" />
            <source>Closed: not suspicious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="106" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="48" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="82" />
            <source>STR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="109" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="188" />
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="238" />
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="110" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="189" />
            <source>Business days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="112" />
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="234" />
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="62" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="45" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="62" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="114" />
            <source>Decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="116" />
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="194" />
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="252" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="115" />
            <source>FIU reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="117" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="76" />
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="51" />
            <source>Alerts</source>
            <translation>Ескертулер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="185" />
            <source>TTR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="190" />
            <source>Transaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="191" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="200" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="77" />
            <source>Value, KZT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_report_listing.py" line="192" />
            <source>Threshold, KZT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="41" />
            <source>open: decision pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="42" />
            <source>to report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="44" />
            <source>reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="45" />
            <source>closed: not suspicious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="47" />
            <location filename="../../desktop/kuzet/registers/staff.py" line="40" />
            <source>pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="47" />
            <source>suspicious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="47" />
            <source>not suspicious</source>
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
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="281" />
            <source>Say why the report is retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="283" />
            <source>The report is already retired.</source>
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
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="324" />
            <source>STR to the FIU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="341" />
            <source>Threshold report to the FIU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="193" />
            <source>The filing cannot come before {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="325" />
            <source>STR #{id}: {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="331" />
            <source>decided {date}; do not tell the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="342" />
            <source>TTR #{id}: {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/fiu_reports.py" line="347" />
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
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="81" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="35" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="46" />
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
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="46" />
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
            <location filename="../../desktop/kuzet/registers/mining_fees.py" line="181" />
            <source>The payment date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_fees.py" line="183" />
            <source>Enter the day the fee was paid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_fees.py" line="236" />
            <source>Mining fee payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_fees.py" line="242" />
            <source>Tax Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_fees.py" line="237" />
            <source>{quarter}: {fee} KZT for {kwh} kWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="194" />
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="131" />
            <location filename="../../desktop/kuzet/registers/output.py" line="57" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="84" />
            <source>coin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="131" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="84" />
            <source>currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="110" />
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="191" />
            <source>import {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="142" />
            <source>the trade reference is required (it prevents doubles)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="204" />
            <source>the pool is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="207" />
            <source>the payout reference is required (it prevents doubles)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="126" />
            <source>the venue is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_imports.py" line="122" />
            <source>{venue!r} is not in the venue register: add it on the Venues page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="143" />
            <source>a number is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="156" />
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="160" />
            <source>must be more than zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="160" />
            <location filename="../../desktop/kuzet/registers/transactions.py" line="165" />
            <source>cannot be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="236" />
            <source>{name}: {rows} rows checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="110" />
            <source>a date is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="234" />
            <source>the file has no data rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="60" />
            <source>{text!r} is not a date (YYYY-MM-DD, DD.MM.YYYY or an ISO date-time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="119" />
            <source>{day} is in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="225" />
            <source>{name}: {rows} rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="229" />
            <source>… and {n} more bad rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining_reader.py" line="83" />
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
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="38" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="30" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="209" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="50" />
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
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="77" />
            <source>ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="282" />
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mlro.py" line="288" />
            <location filename="../../desktop/kuzet/registers/mlro.py" line="311" />
            <location filename="../../desktop/kuzet/registers/output.py" line="261" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="288" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="79" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="101" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="302" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="239" />
            <source>retired</source>
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
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="162" />
            <source>Reading transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="175" />
            <source>Threshold transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="178" />
            <source>Structuring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="180" />
            <source>Rapid in-and-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="182" />
            <source>High-risk jurisdictions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="185" />
            <source>Listed wallets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="187" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="79" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="99" />
            <source>Travel Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="192" />
            <source>Saving alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="199" />
            <source>Monitoring done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="72" />
            <source>Listed wallets: no crypto addresses in the active watchlists (none imported).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="55" />
            <source>Checked {count} transaction(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="63" />
            <source>Open alerts brought up to date: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="64" />
            <source>Threshold reports opened: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="66" />
            <source>Travel Rule: {n} transfer(s) at or above the threshold lack data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="59" />
            <source>  {rule:&lt;24} {hits:&gt;6} hit(s), {new:&gt;5} new alert(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring.py" line="76" />
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
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="72" />
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="34" />
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="41" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="20" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="25" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="29" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="160" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="196" />
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="38" />
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="45" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="87" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="21" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="26" />
            <source>Coin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="161" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="197" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="76" />
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="46" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="22" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="27" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="33" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="162" />
            <location filename="../../desktop/kuzet/registers/output.py" line="188" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="219" />
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="43" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="27" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="23" />
            <source>Pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="163" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="178" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="24" />
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
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="45" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="248" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="328" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="81" />
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="34" />
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="30" />
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="47" />
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="71" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="25" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="31" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="166" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="116" />
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="158" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="37" />
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="35" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="62" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="50" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="50" />
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="41" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="62" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="69" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="59" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="26" />
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
            <location filename="../../desktop/kuzet/registers/output.py" line="188" />
            <source>Any pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="191" />
            <source>Pool check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="192" />
            <source>Flagged or not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="192" />
            <source>Flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="192" />
            <source>Accredited pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="194" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="231" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="177" />
            <source>Quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="194" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="231" />
            <source>Any quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="245" />
            <location filename="../../desktop/kuzet/registers/output.py" line="263" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="284" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="304" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="241" />
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="70" />
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="77" />
            <location filename="../../desktop/kuzet/ui/format.py" line="58" />
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
            <location filename="../../desktop/kuzet/registers/output.py" line="245" />
            <source>FLAGGED: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="247" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="286" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="207" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="225" />
            <location filename="../../desktop/kuzet/ui/customer_view.py" line="115" />
            <source>retired: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/output.py" line="137" />
            <source>Output #{id} is already retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="43" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="222" />
            <location filename="../../desktop/kuzet/registers/pools.py" line="290" />
            <source>Accredited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="44" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="39" />
            <source>Suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="45" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="40" />
            <source>Revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="46" />
            <source>Not accredited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="48" />
            <source>Expired</source>
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
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="33" />
            <source>Operator BIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/pools.py" line="221" />
            <source>Accreditation</source>
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
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="26" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="22" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="28" />
            <source>Assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="23" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="29" />
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="24" />
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="40" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="34" />
            <source>Overall risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/risk_assessment_listings.py" line="26" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="35" />
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
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="28" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="199" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="29" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="201" />
            <location filename="../../desktop/kuzet/registers/sales.py" line="223" />
            <location filename="../../desktop/kuzet/registers/venues.py" line="162" />
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="68" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="30" />
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
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="80" />
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="69" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="32" />
            <source>Counterparty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="82" />
            <source>The sale date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="224" />
            <source>Any venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="228" />
            <source>Counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="229" />
            <source>Licensed or not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="229" />
            <source>AIFC-licensed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="229" />
            <source>Not licensed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/sales.py" line="283" />
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
            <location filename="../../desktop/kuzet/registers/sales.py" line="284" />
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
            <location filename="../../desktop/kuzet/registers/screening.py" line="202" />
            <source>Screening customers and owners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening.py" line="229" />
            <source>Recording the hits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening.py" line="140" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="118" />
            <source>{owner} (owner of {customer})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="39" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="68" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="41" />
            <source>Customer or owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="42" />
            <source>Screened name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="43" />
            <source>Listed name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="44" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="152" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="65" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="325" />
            <source>List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="46" />
            <source>Raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="153" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="154" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="326" />
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="155" />
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="156" />
            <source>Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="157" />
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="158" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="159" />
            <source>Removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="160" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="51" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="161" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="327" />
            <source>File SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="220" />
            <source>replaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="251" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="302" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="336" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="314" />
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="252" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="338" />
            <source>Nationality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="253" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="339" />
            <source>Programmes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="254" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="340" />
            <source>Listed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="255" />
            <source>Other names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="65" />
            <source>Any list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="169" />
            <source>Versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="170" />
            <source>Lists in force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="170" />
            <source>Every version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="217" />
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="237" />
            <source>in force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="219" />
            <source>withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="269" />
            <source>Persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="270" />
            <source>Organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="271" />
            <source>Vessels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_listing.py" line="272" />
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
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="43" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="152" />
            <source>true match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="44" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="152" />
            <source>false positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="45" />
            <source>cleared automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="46" />
            <source>lapsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="55" />
            <source>A domestic PEP: record the PEP status in the customer file and apply enhanced due diligence (senior management approval, source of wealth and of funds, enhanced monitoring).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="59" />
            <source>An in-house list: act on the reason the person is on the firm's list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="67" />
            <source>Freeze now: stop every operation of the customer and hold its money and digital assets; do not let any transfer out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="71" />
            <source>Do not tip off: do not tell the customer, or anyone outside compliance, about the match or the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="75" />
            <source>Report to the FIU (the AFM): prepare the report on the FIU reports page and send it without delay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="78" />
            <source>Record what was frozen, when and by whom in the customer file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="118" />
            <source>no publication date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="136" />
            <source>Decide true match or false positive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="138" />
            <source>Write the reason for the decision (it goes in the audit trail).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="120" />
            <source>{list} version #{id} (published {published}, file SHA-256 {sha})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="153" />
            <source>{decision}: {reason} (against {version})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="320" />
            <source>File status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="321" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="329" />
            <source>Matched name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="197" />
            <source>superseded by the decision on hit #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="218" />
            <source>Say why the false positive is withdrawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="298" />
            <source>Beneficial owner #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="301" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="311" />
            <source>Name (Latin)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="303" />
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="132" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="36" />
            <source>IIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="304" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="318" />
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="139" />
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="117" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="41" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="32" />
            <source>Citizenship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="305" />
            <source>Owner of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="308" />
            <source>Customer #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="317" />
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="337" />
            <source>IIN/BIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="335" />
            <source>Names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="341" />
            <source>Remarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="111" />
            <source>screening hit #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="221" />
            <source>no remembered false positive #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="312" />
            <source>individual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="312" />
            <source>legal entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="314" />
            <source>Registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="325" />
            <source>{list} version #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="348" />
            <source>{list} entry {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="372" />
            <source>Screening hit to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="376" />
            <source>Compliance officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="145" />
            <source>Hit #{id} is not open: it is {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening_review.py" line="377" />
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
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="67" />
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="246" />
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="300" />
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="302" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="214" />
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
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="110" />
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
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="26" />
            <source>in (deposit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="26" />
            <source>out (withdrawal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="28" />
            <source>originator name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="30" />
            <source>originator ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="31" />
            <source>beneficiary name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="74" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="93" />
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="75" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="96" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="32" />
            <source>Asset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="78" />
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
            <source>Any Travel Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="102" />
            <source>Travel Rule: data missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="103" />
            <source>Travel Rule: complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="104" />
            <source>Money (Travel Rule not applicable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="45" />
            <location filename="../../desktop/kuzet/registers/transaction_listing.py" line="227" />
            <source>missing: {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="285" />
            <location filename="../../desktop/kuzet/registers/transactions.py" line="276" />
            <source>Writing transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="137" />
            <source>is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="217" />
            <source>Reading {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="326" />
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
            <location filename="../../desktop/kuzet/registers/transactions.py" line="318" />
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
            <location filename="../../desktop/kuzet/registers/transactions.py" line="225" />
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="62" />
            <source>Checking {file}</source>
            <translation>{file} тексерілуде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="329" />
            <source>Transaction #{id} is already retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="107" />
            <source>no customer has IIN/BIN {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/transactions.py" line="249" />
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
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="30" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="56" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="30" />
            <source>Jurisdiction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="167" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="58" />
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/vasps.py" line="168" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="59" />
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
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="66" />
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
            <location filename="../../desktop/kuzet/registers/venues.py" line="38" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="41" />
            <source>No AIFC licence</source>
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
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="37" />
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
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="56" />
            <source>NBK licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/venues.py" line="170" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="85" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="104" />
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
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="68" />
            <source>UN Security Council consolidated list (XML)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="69" />
            <source>OFAC SDN (CSV: sdn, alt and add files together)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="70" />
            <source>OFAC SDN (sdn.xml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="71" />
            <source>EU consolidated financial sanctions list (CSV v1.1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="72" />
            <source>Kazakhstan AFM list, category 1 or 2 (XML)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="73" />
            <source>Generic CSV list (ref,name,aliases,dob,kind): in-house, domestic PEPs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="252" />
            <source>imported {list} from {files}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="279" />
            <source>Saving {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="113" />
            <source>{list}: version #{id}, {entries} entries ({added} added, {changed} changed, {removed} removed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="165" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="107" />
            <source>Choose the list file(s) to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="206" />
            <source>Reading {files}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="301" />
            <source>Say why the list is no longer screened against.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="110" />
            <source>{list}: this file is already the active version #{id}; nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="172" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="109" />
            <source>A list name can be given for one list at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="304" />
            <source>no active list {list!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="318" />
            <source>list version #{id} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="87" />
            <source>... and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="89" />
            <source>nothing was imported: {count} problem(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="159" />
            <source>Unknown list format {format!r}; use one of {formats}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="179" />
            <source>{list}: several files of the same list in one import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/watchlists.py" line="186" />
            <source>{files}: the list has no entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="51" />
            <source>Confidential. Do not tell the customer, or anyone outside the compliance function, that a report is being considered or has been filed: tipping off is prohibited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="131" />
            <source>Name in Latin letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="133" />
            <source>Kuzet customer number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="155" />
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="131" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="75" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="37" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="156" />
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="136" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="39" />
            <source>Purpose of the relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="219" />
            <source>Suspicious transaction report — draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="221" />
            <source>For the Financial Monitoring Agency of the Republic of Kazakhstan (FIU)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="226" />
            <source>Reporting entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="228" />
            <source>The case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="257" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="259" />
            <source>Grounds for suspicion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="278" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="39" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="57" />
            <source>Case facts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="132" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="50" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="116" />
            <source>BIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="137" />
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="110" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="38" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="31" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="142" />
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="120" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="44" />
            <source>ID document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="143" />
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="134" />
            <source>Occupation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="147" />
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="127" />
            <source>Registration number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="148" />
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="130" />
            <source>Directors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="152" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="42" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="42" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="33" />
            <source>Residence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="152" />
            <source>Country of registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="262" />
            <source>No monitoring alert: opened by the officer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="279" />
            <source>(the officer has not written the facts yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="295" />
            <source>STR #{id} — confidential: no tipping off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="127" />
            <source>not on file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="227" />
            <source>Firm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="231" />
            <source>STR number in Kuzet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="233" />
            <source>Suspicion detected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="236" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="50" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="63" />
            <source>Decided on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="251" />
            <source>Reported on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="276" />
            <source>Transactions ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="284" />
            <source>Draft prepared with Kuzet on {date} by {actor}. File the report through the FIU's channel and record the FIU reference in Kuzet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="298" />
            <source>page {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="309" />
            <source>STR draft #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="227" />
            <source>(firm name not set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="266" />
            <source>Alert #{id}, {rule}, detected {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="240" />
            <source>{date} ({days} business day(s) after the decision; rule {rule}, mark {mark})</source>
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
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="201" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="92" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="163" />
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
            <location filename="../../desktop/kuzet/store/lock.py" line="45" />
            <location filename="../../desktop/kuzet/store/lock.py" line="46" />
            <source>another program</source>
            <translation>басқа бағдарлама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="59" />
            <source>{database} is already open for writing by {holder}. Close it there (or wait for that command to finish) and try again; two writers on one database are not allowed.</source>
            <translation>{database} жазу үшін ашық: {holder}. Оны сонда жабыңыз (немесе команданың аяқталуын күтіңіз) және қайталаңыз; бір дерекқорға екі бағдарлама қатар жаза алмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="48" />
            <source>process {pid}</source>
            <translation>{pid} процесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="53" />
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
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="64" />
            <location filename="../../desktop/kuzet/ui/main_window.py" line="170" />
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
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="157" />
            <source>Back up now…</source>
            <translation>Сақтық көшірме жасау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="40" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="160" />
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
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="38" />
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="120" />
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="170" />
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="135" />
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="187" />
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="183" />
            <source>Retire document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="45" />
            <source>Every file is kept encrypted (AES-256-GCM) in the vault beside the database, with the SHA-256 of its content; the key is in the OS keyring or comes from the vault passphrase. Retired documents are kept, never deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="67" />
            <source>Attach…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="68" />
            <source>View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="70" />
            <source>Save a copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="71" />
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="39" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="145" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="154" />
            <source>Retire…</source>
            <translation>Шығару…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="120" />
            <source>Select a document first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="183" />
            <source>Why is it no longer relied on?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="162" />
            <source>Save a decrypted copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="93" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="53" />
            <source>customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_documents_tab.py" line="172" />
            <source>A decrypted copy was saved to {path}. It is not protected by the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="26" />
            <source>EDD and decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="36" />
            <source>Source of wealth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="37" />
            <source>Verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="41" />
            <source>What was seen (or attach a 'source of wealth' document)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="43" />
            <source>Evidence of wealth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="44" />
            <source>Source of funds verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="47" />
            <source>How the funds were verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="49" />
            <source>Senior management approval by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="51" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="36" />
            <source>Approved on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="52" />
            <source>Enhanced monitoring of transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="59" />
            <source>Save EDD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="69" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="75" />
            <source>Reject…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="77" />
            <source>End relationship…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="169" />
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="63" />
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="165" />
            <source>Onboarding decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="107" />
            <source>EDD is not required for this customer (recorded if done).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="118" />
            <source>Status: {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="161" />
            <source>Why is the customer rejected?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="163" />
            <source>Why does the relationship end?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="98" />
            <source>incomplete: missing {items}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="101" />
            <source>EDD is required (high risk or PEP): {state}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="120" />
            <source>Decided by {who} on {when}. {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_edd_tab.py" line="127" />
            <source>Approval is blocked:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="102" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="34" />
            <source>Name (as in the ID document)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="103" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="35" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="49" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="29" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="115" />
            <source>Name in Latin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="114" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="40" />
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="118" />
            <source>Residence / registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="122" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="46" />
            <source>Document number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="123" />
            <source>Issued by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="124" />
            <source>Issued on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="125" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="47" />
            <source>Expires on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="129" />
            <source>Registered on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="132" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="133" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="33" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="140" />
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="31" />
            <source>Product or service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="143" />
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="32" />
            <source>Delivery channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="146" />
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="33" />
            <source>Source of funds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="149" />
            <source>Funds: details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="155" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="68" />
            <source>PEP declaration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="157" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="70" />
            <source>PEP position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="155" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="68" />
            <source>Not a PEP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="201" />
            <source>12 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="208" />
            <source>Valid IIN: born {date}, {sex}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="205" />
            <source>Invalid: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_form.py" line="220" />
            <source>Valid BIN: registered {month:02d}.{year}, {type}, {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_history_tab.py" line="14" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_history_tab.py" line="21" />
            <source>From the hash-chained audit trail: who changed what and when, with the reason where one was given. Newest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="18" />
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="97" />
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="113" />
            <source>Owners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="24" />
            <source>Natural persons who own 25% or more of the entity or control it otherwise. Each is screened and checked for PEP status like a customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="122" />
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="117" />
            <source>Retire owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="37" />
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="48" />
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="38" />
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="49" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="144" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="56" />
            <source>An individual customer has no beneficial owners to record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="88" />
            <source>No beneficial owners yet: an entity cannot be approved without them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="97" />
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="113" />
            <source>Select an owner first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="117" />
            <source>Why is this person no longer an owner?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="73" />
            <source>disagrees, not explained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="84" />
            <source>{count} beneficial owner(s); recorded shares add up to {total}%.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_owners_tab.py" line="75" />
            <source>explained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="119" />
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="115" />
            <source>Withdraw PEP status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="25" />
            <source>Politically exposed persons: foreign, domestic and international-organisation PEPs, their family members and close associates. A PEP needs EDD before approval. Domestic status ends 12 months after leaving office (rule customers.pep.status_months_after_office).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="50" />
            <source>Withdraw…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="67" />
            <source>the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="87" />
            <source>Not a PEP, and no owner is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="96" />
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="112" />
            <source>Select a PEP record first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="115" />
            <source>Why is this record withdrawn?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_pep_tab.py" line="85" />
            <source>{count} PEP record(s) in force.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_profile_tab.py" line="18" />
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_profile_tab.py" line="33" />
            <source>Why do the IIN and the file disagree? (required for approval)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_profile_tab.py" line="36" />
            <source>Save explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_profile_tab.py" line="54" />
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_profile_tab.py" line="92" />
            <source>Explain the IIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="20" />
            <source>Confirmed: the file is up to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="21" />
            <source>Updated: the file was corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="22" />
            <source>Escalated to the MLRO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="23" />
            <source>Exit: end the relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="69" />
            <source>Reviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="29" />
            <source>Record a periodic review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="33" />
            <source>Reviewed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="37" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="38" />
            <source>Reviewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="43" />
            <source>What was checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="45" />
            <source>The risk is reassessed and the next review date set from the tier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="77" />
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="101" />
            <source>Record review…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="87" />
            <source>Reviews start once the customer is approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="89" />
            <source>No review date: assess the risk first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="92" />
            <source>Review overdue since {date} ({days} days).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_reviews_tab.py" line="97" />
            <source>Next review due {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="28" />
            <source>Customer type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="34" />
            <source>Open screening hits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="45" />
            <source>Override the risk tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="50" />
            <source>The computed tier (clear the override)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="54" />
            <source>Tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="57" />
            <source>Reason (goes in the audit trail)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="168" />
            <source>Reassess</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="87" />
            <source>Reassess now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="88" />
            <source>Override tier…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="91" />
            <source>Assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="108" />
            <source>Not assessed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="138" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="113" />
            <source>{tier} risk: {score} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="115" />
            <source>Assessed {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="118" />
            <source>Computed tier {computed}, overridden by the officer: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_risk_tab.py" line="124" />
            <source>Next review {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_view.py" line="70" />
            <source>SANCTIONS MATCH: a screening hit of this customer or an owner was confirmed as a true match. Freeze the customer's assets, do not tell the customer (tipping off), and report to the Financial Monitoring Agency (FIU reports).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_view.py" line="110" />
            <source>Customer #{id}: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_view.py" line="123" />
            <source>{tier} risk · {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer_view.py" line="118" />
            <source>next review {date}</source>
            <translation type="unfinished" />
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
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="34" />
            <source>Taken on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="35" />
            <source>Passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="33" />
            <source>Earlier tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="35" />
            <source>The customer passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="31" />
            <source>passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="31" />
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="110" />
            <source>Explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="41" />
            <source>Crypto addresses of listed persons in the active watchlists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="102" />
            <source>Parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="109" />
            <source>Why the activity is not suspicious, and what you checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="112" />
            <source>Close as explained</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="113" />
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="75" />
            <source>Escalate to STR…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="45" />
            <source>The register of counterparty providers: due diligence is done before the first transfer (AIFC AML 11-1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="50" />
            <source>#{id} {date}: {direction}, {asset} {amount} = {kzt} / {usd}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="65" />
            <source>{status}, by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="29" />
            <source>Financial year ending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="31" />
            <source>Due two months after the year-end for AIFC firms (rule pack).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="33" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="113" />
            <source>Filed on</source>
            <translation type="unfinished" />
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
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="122" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="72" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="314" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="294" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="100" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="89" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="207" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="317" />
            <source>Import</source>
            <translation>Импорт</translation>
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
            <location filename="../../desktop/kuzet/ui/dialogs/customer_dialog.py" line="19" />
            <source>New customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_dialog.py" line="27" />
            <source>Record the customer as in the ID document (or the register of legal entities). The risk is assessed when you save; owners, documents, EDD and the decision follow in the customer's file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="47" />
            <source>Attach a document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="59" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="57" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="131" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="66" />
            <source>Stored encrypted (AES-256-GCM) in the vault beside the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="71" />
            <source>What it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="78" />
            <source>Whose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="79" />
            <source>Covers from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="80" />
            <source>Covers to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="82" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="85" />
            <source>Choose the document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="102" />
            <source>Choose the file to attach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="57" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="55" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="91" />
            <source>No file chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="75" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="35" />
            <source>{name} (the customer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="77" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="37" />
            <source>{name} (owner)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="156" />
            <source>No preview for {type}: use “Open” to view it in its own program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="50" />
            <source>Share, %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="52" />
            <source>25% or more, or control, makes a beneficial owner (rule pack).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="55" />
            <source>Control</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="57" />
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="60" />
            <source>IIN explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="62" />
            <source>Only if the IIN disagrees with the birth date or sex.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="27" />
            <source>Edit owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="27" />
            <source>Add beneficial owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="55" />
            <source>Exercises control otherwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="42" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="46" />
            <source>The PEP related to is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="48" />
            <source>Related to (who, relation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="52" />
            <source>State body / country / organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="54" />
            <source>Took office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="57" />
            <source>Left office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="59" />
            <source>Domestic PEP status lasts 12 months after leaving office (rule pack).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="61" />
            <source>Identified by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="25" />
            <source>Edit PEP status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="25" />
            <source>Add PEP status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="53" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="149" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="136" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="263" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="213" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="107" />
            <source>Document vault</source>
            <translation>Құжаттар қоймасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="64" />
            <source>The document vault is locked. Enter its passphrase to open documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="76" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="67" />
            <source>This is the demo database: its documents are public demo data and the vault passphrase is “demo”. A real firm's database never uses a fixed passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="80" />
            <source>Repeat it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="58" />
            <source>No OS keyring is usable on this computer ({reason}), so Kuzet cannot keep the vault key there. Choose a passphrase: the key is derived from it each time and is never written to disk. Without the passphrase the documents cannot be opened, so keep it safe. At least {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="100" />
            <source>The two passphrases differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="97" />
            <source>Use at least {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="138" />
            <source>The vault key was made and is kept in the OS keyring ({backend}), under Kuzet / {vault}. It is not stored in the database or on disk.</source>
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
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="59" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="117" />
            <source>Licensed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="71" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="119" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="72" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="122" />
            <source>AFSA reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="73" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="123" />
            <source>NBK reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="74" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="124" />
            <source>FIU (AFM) registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="88" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="126" />
            <source>Financial year-end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="163" />
            <source>Firm profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="112" />
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
            <source>Kuzet cannot use an OS keyring here ({reason}); the document vault will ask for a passphrase</source>
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
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="72" />
            <source>The reason goes in the audit trail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="55" />
            <source>True match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="56" />
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="277" />
            <source>False positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="70" />
            <source>What you compared: IIN, date of birth, nationality, documents…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="31" />
            <source>Decide hit #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="42" />
            <source>&lt;b&gt;{subject}&lt;/b&gt; against &lt;b&gt;{entry}&lt;/b&gt; ({list} {ref}), score {score}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="93" />
            <source>The customer is flagged as a sanctions match. Next: freeze, do not tip off, report to the FIU.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="98" />
            <source>The customer is confirmed on the firm's own list: for a domestic PEP, record the PEP status and apply enhanced due diligence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="106" />
            <source>Remembered for {months} months for this customer and this list entry: re-screens do not raise it again unless either changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="80" />
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="123" />
            <source>Select a hit to review it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="83" />
            <source>Open customer file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="84" />
            <source>True match…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="88" />
            <source>False positive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="104" />
            <source>List entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="105" />
            <source>Why this score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="152" />
            <source>Decided by {who} on {when}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="134" />
            <source>Hit #{id}: score {score}, {status}</source>
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
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="24" />
            <source>The consolidated list XML from the UN Security Council's website.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="25" />
            <source>Choose sdn.csv with alt.csv and add.csv (all three together).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="26" />
            <source>sdn.xml from OFAC's Sanctions List Service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="27" />
            <source>The EU's consolidated financial sanctions list, CSV v1.1 (semicolons).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="28" />
            <source>The AFM list XML of category 1 or 2 (each file is its own list).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="29" />
            <source>Header ref,name,aliases,dob,kind (aliases separated by ;, dob YYYY-MM-DD or YYYY, kind person or organization); an optional iin column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="33" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="35" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="37" />
            <source>XML files (*.xml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="34" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="36" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="38" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="61" />
            <source>File(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="68" />
            <source>List name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="70" />
            <source>For the firm's own lists (e.g. Domestic PEPs); other lists are named by the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="46" />
            <source>Import a watchlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="84" />
            <source>Choose the list file(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="84" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="38" />
            <source>The MLRO must be a director, partner, principal representative or senior manager.</source>
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
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="39" />
            <source>Amount credited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="45" />
            <source>Electricity used, kWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="45" />
            <source>Optional; the mining fee uses it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="24" />
            <source>Edit output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="24" />
            <source>New output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="81" />
            <source>Pool accredited on that date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="83" />
            <source>Will be FLAGGED: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="27" />
            <source>Average electricity price, KZT/kWh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="29" />
            <source>Chooses the fee band (rule mining.fee.bands). Empty: the highest band is assumed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="31" />
            <source>Power from the firm's own generation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="32" />
            <source>Own generation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="33" />
            <source>Renewable power</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="34" />
            <source>Renewable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="35" />
            <source>No meter, or a faulty one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="36" />
            <source>Meter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="37" />
            <source>Paid on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="38" />
            <source>Amount paid, KZT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="20" />
            <source>Mining fee basis: {quarter}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="47" />
            <source>New value</source>
            <translation>Жаңа мән</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="53" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="89" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="30" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="42" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="80" />
            <source>From</source>
            <translation>Бастап</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="90" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="30" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="45" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="83" />
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
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="40" />
            <source>Last full quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="41" />
            <source>This quarter to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="42" />
            <source>Last full year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="43" />
            <source>This year to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="44" />
            <source>The last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="45" />
            <source>Chosen dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="88" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="138" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="106" />
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="113" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="202" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="83" />
            <source>Language</source>
            <translation>Тіл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="113" />
            <source>Kazakh follows once the pack is translated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="118" />
            <source>Redaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="120" />
            <source>A redacted copy cites no customer documents and withholds the officer's case facts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="127" />
            <source>The ZIP holds the PDF, its manifest and decrypted copies of the documents the pack cites; keep it as safe as the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="138" />
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="83" />
            <source>Build pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="115" />
            <source>Mask customers' names and identification numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="122" />
            <source>Also write a ZIP with the cited documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="178" />
            <source>Save the audit pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="178" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="206" />
            <source>Tick at least one section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="209" />
            <source>Choose where to save the PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="244" />
            <source>Building the audit pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="288" />
            <source>Audit pack written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="255" />
            <source>Cancelled: no file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="264" />
            <source>Enter the vault's passphrase to include the documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="278" />
            <source>{pages} pages, pack ID {pack_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="281" />
            <source>SHA-256: {sha}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="282" />
            <source>Manifest: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="289" />
            <source>The audit pack was written to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="211" />
            <source>The folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="272" />
            <source>The pack was not written: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="285" />
            <source>With evidence: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="27" />
            <source>As the pool's payout files write it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="39" />
            <source>Accreditation number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="42" />
            <source>Accredited on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="48" />
            <source>The law gives no term: enter the date on the accreditation, if any.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="51" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="45" />
            <source>Suspended or revoked from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="53" />
            <source>The pool's hardware and software are in Kazakhstan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="55" />
            <source>Hardware</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="58" />
            <source>One document per line (order, certificate, letter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="20" />
            <source>Edit pool accreditation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="20" />
            <source>New pool accreditation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="41" />
            <source>Leave unticked for the rule pack's default (12 months after the assessment).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="45" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="48" />
            <source>Price per coin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="52" />
            <source>Price currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="55" />
            <source>KZT per unit of the currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="57" />
            <source>Optional: for a price in another currency, gives the KZT value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="61" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="34" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="34" />
            <source>Value in KZT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="63" />
            <source>Optional: leave empty to derive it from the price (and rate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="71" />
            <source>The trade id at the venue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="32" />
            <source>Edit sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="32" />
            <source>New sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="121" />
            <source>No KZT value: give a rate or the value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="128" />
            <source>counts towards the mandatory sale (AIFC-licensed on that date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="119" />
            <source>Value {value} KZT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="130" />
            <source>does NOT count towards the mandatory sale: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="30" />
            <source>The role decides the required courses and how often.</source>
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
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="47" />
            <source>The STR is due within the rule pack's business days of the decision (monitoring.str.deadline_business_days).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="62" />
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="33" />
            <source>Alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="37" />
            <source>What happened, why it is suspicious, what the customer said, what you checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="41" />
            <source>Suspicious: report to the FIU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="42" />
            <source>Open a case; decide later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="52" />
            <source>A new STR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="57" />
            <source>Add to STR #{id} (detected {date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="115" />
            <source>The number the FIU's system gave it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="111" />
            <source>STR #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="111" />
            <source>Threshold report #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="112" />
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="50" />
            <source>#{id}, {state}; deadline {deadline}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="79" />
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="106" />
            <source>Attach file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="68" />
            <source>Certificate no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="146" />
            <source>Certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="146" />
            <source>Documents (*.pdf *.png *.jpg *.jpeg);;All (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="215" />
            <source>{reason}

The passphrase protects every document in the vault; without it they cannot be opened.
Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="192" />
            <source>Training session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="139" />
            <source>Open {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/transaction_detail.py" line="74" />
            <source>Ask the counterparty provider for the missing data and keep its answer with the case: the imported record itself is not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/transaction_detail.py" line="88" />
            <source>No monitoring alert includes this transaction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/transaction_detail.py" line="36" />
            <source>Transaction #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/transaction_detail.py" line="82" />
            <source>Alert #{id} — {rule} — {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="53" />
            <source>As it is written in the transaction files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="56" />
            <source>ISO country code, e.g. KY, AE, KZ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="62" />
            <source>Due diligence done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="64" />
            <source>AIFC AML 11-1: a counterparty provider is vetted before the first transfer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="113" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="189" />
            <source>Counterparty providers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="118" />
            <source>Virtual asset service providers your customers send to or receive from. Each is vetted before the first transfer (AIFC AML 11-1); transfers through one not vetted in time raise an alert when monitoring runs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="143" />
            <source>New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="189" />
            <source>Select a provider first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="199" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="207" />
            <source>Retire provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="199" />
            <source>Why is the provider retired?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="163" />
            <source>Named in transactions but not in the register: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="24" />
            <source>As the exchange's trade files write it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="39" />
            <source>Sales count towards the mandatory sale only while this is Active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="42" />
            <source>AIFC licence number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="48" />
            <source>Licence valid from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="52" />
            <source>Licence valid to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="54" />
            <source>Leave unticked when the licence has no end date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="19" />
            <source>Edit venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="19" />
            <source>New venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/form.py" line="41" />
            <source>Tick to set a date</source>
            <translation>Күнді көрсету үшін белгілеңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/format.py" line="58" />
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
            <location filename="../../desktop/kuzet/ui/main_window.py" line="108" />
            <source>Compliance desk</source>
            <translation>Комплаенс жұмыс орны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="172" />
            <source>Quit</source>
            <translation>Шығу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="275" />
            <source>Opening…</source>
            <translation>Ашылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="304" />
            <source>Cannot open the database</source>
            <translation>Дерекқорды ашу мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="142" />
            <location filename="../../desktop/kuzet/ui/main_window.py" line="254" />
            <source>Opening the database…</source>
            <translation>Дерекқор ашылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="149" />
            <source>Database: {path}</source>
            <translation>Дерекқор: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="309" />
            <source>Kuzet could not open {path}:

{message}</source>
            <translation>Kuzet {path} аша алмады:

{message}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="101" />
            <source>Share sold via licensed venues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="104" />
            <source>Required share (rule)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="64" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="139" />
            <source>Mined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="65" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="120" />
            <source>Sold via AIFC-licensed venues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="66" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="141" />
            <source>Sold elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="60" />
            <source>{coin} per month: mined and sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="99" />
            <source>{coin}: share sold via AIFC-licensed venues</source>
            <translation type="unfinished" />
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
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="60" />
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
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="91" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="328" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="333" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="347" />
            <source>Watchlists</source>
            <translation>Санкциялық тізімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="74" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="76" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="82" />
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="40" />
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
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="31" />
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
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="20" />
            <source>Venues</source>
            <translation>Алаңдар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="88" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="83" />
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
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="218" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="227" />
            <source>Settings</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="53" />
            <source>What the monitoring rules found. Review each open alert: close it as explained with a note, or escalate it to a suspicious transaction report (STR).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="56" />
            <source>alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="57" />
            <source>alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="58" />
            <source>Search reason, rule, customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="60" />
            <source>No alerts.

Import transactions on the Transactions page, then run the monitoring rules with Run monitoring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="47" />
            <source>Running the monitoring rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="84" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="110" />
            <source>Run monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="159" />
            <source>Escalated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="74" />
            <source>Close as explained…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="76" />
            <source>Show transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="77" />
            <source>Knowledge test…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="102" />
            <source>Select an alert to see its rule, reason and transactions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="112" />
            <source>Select an alert first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="41" />
            <source>Monitoring done: {new} new alert(s), {reports} threshold report(s) opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="152" />
            <source>STR #{id} opened: report it to the FIU by {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="156" />
            <source>Case STR #{id} opened: record the decision on the FIU reports page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="168" />
            <source>Transactions of alert #{id}</source>
            <translation type="unfinished" />
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
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="110" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="82" />
            <source>Days</source>
            <translation>Күндер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="110" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="82" />
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="110" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="82" />
            <source>Item</source>
            <translation>Нысан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="110" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="82" />
            <source>Detail</source>
            <translation>Толығырақ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="67" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="70" />
            <source>Export .ics…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="71" />
            <source>For Outlook, Google Calendar or Apple Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="77" />
            <source>Every deadline from every register. Click a day to list it; double-click a deadline to open its record. The export takes the register and owner filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="123" />
            <source>No deadline here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="143" />
            <source>Every register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="148" />
            <source>Every owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="246" />
            <source>Export the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="246" />
            <source>iCalendar (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="261" />
            <source>Exporting the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="89" />
            <source>The month shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="90" />
            <source>The day selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="91" />
            <source>All deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="92" />
            <source>Overdue only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="301" />
            <source>Kuzet: {headline}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="265" />
            <source>Calendar exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="267" />
            <source>{count} deadline(s) written to {path}. Import the file into Outlook or Google Calendar; importing a newer export updates the same events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="27" />
            <source>Kind (individual or entity)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="34" />
            <source>ID document type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="35" />
            <source>ID document number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="38" />
            <source>PEP category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="49" />
            <source>Customer files (KYC/CDD): individuals and legal entities with their beneficial owners, PEP status, risk, EDD, documents and reviews. Overdue reviews and expired ID documents also show on the Dashboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="54" />
            <source>customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="55" />
            <source>Search name (Cyrillic or Latin), IIN or BIN…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="57" />
            <source>No customers yet.

Add one with New (Ctrl+N), or import a CSV/XLSX file with Import… (header: kind,name,name_latin,iin_bin,birth_date,citizenship,residence,id_type,id_number,id_expiry,address,pep,purpose).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="86" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="150" />
            <source>Reassess all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="89" />
            <source>Score every customer again from the rules in force today (after a weight or a FATF list changed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="154" />
            <source>Reassessing customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="161" />
            <source>Import customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="161" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="50" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="299" />
            <source>Tables (*.csv *.xlsx);;All files (*)</source>
            <translation>Кестелер (*.csv *.xlsx);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="176" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="320" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="60" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="177" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="327" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="337" />
            <source>Import refused</source>
            <translation>Импорт қабылданбады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="151" />
            <source>{count} customer(s) got a new risk assessment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="82" />
            <source>Urgency</source>
            <translation>Шұғылдығы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="63" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="92" />
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
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="76" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="176" />
            <source>Suspicious transaction reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="78" />
            <source>Cases escalated from alerts. Once decided suspicious, the STR is due within the rule pack's business days of the decision (monitoring.str.deadline_business_days, unconfirmed [U]); business days follow Kazakhstan's public holidays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="83" />
            <source>STRs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="84" />
            <source>Search customer, facts, FIU reference…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="85" />
            <source>No suspicious transaction reports.

Escalate an alert on the Alerts page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="138" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="177" />
            <source>Threshold reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="140" />
            <source>Threshold transactions found by the monitoring rules: each is reported no later than the business day after the transaction (monitoring.ttr.deadline_business_days [V]).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="143" />
            <source>threshold report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="144" />
            <source>threshold reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="145" />
            <source>Search customer, FIU reference…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="146" />
            <source>No threshold reports.

They are opened when the monitoring rules run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="45" />
            <source>Mark as reported…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="91" />
            <source>STR draft (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="113" />
            <source>Save the STR draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="129" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="132" />
            <source>STR draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="167" />
            <source>Reports to the FIU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="58" />
            <source>Select a report first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="110" />
            <source>Select an STR first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="122" />
            <source>Writing {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="132" />
            <source>Written to {path}.</source>
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
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="98" />
            <source>Stop screening against…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="101" />
            <source>Import list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="108" />
            <source>Customers and owners are screened against the lists in force. A new edition replaces its list's version in one step (the file's SHA-256 and the entries added, changed and removed are kept), and everyone is re-screened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="117" />
            <source>Search list, file or hash…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="143" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="236" />
            <source>Select a version to see its entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="149" />
            <source>Search names in any script (Умаров, Umarov), references…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="298" />
            <source>Re-screening every customer and owner against the new lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="328" />
            <source>Select the list's version in force first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="333" />
            <source>This version is not in force.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="339" />
            <source>The list's versions are kept. Reason (goes in the audit trail):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="197" />
            <source>Lists in force: {active} · versions shown: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="207" />
            <source>Entries shown: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="281" />
            <source>Importing {files}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="321" />
            <source>Nothing was imported: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="353" />
            <source>Re-screening every customer and owner without {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="244" />
            <source>{list} version #{id} ({state}): published {published}, imported {imported} by {who} from {files}; SHA-256 {sha}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="338" />
            <source>Stop screening against {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="358" />
            <source>{list} is no longer screened against.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="38" />
            <source>own generation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="39" />
            <source>renewable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="40" />
            <source>no or faulty meter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="43" />
            <source>met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="44" />
            <source>SHORT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="45" />
            <source>no output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="47" />
            <source>running: on track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="48" />
            <source>running: projected SHORT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="101" />
            <source>Mandatory sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="102" />
            <source>Charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="103" />
            <source>Fees &amp;&amp; tax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="133" />
            <source>Every period, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="171" />
            <source>Fee basis and payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="361" />
            <source>The income-tax estimate is switched off (rule mining.income_tax.show_estimate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="119" />
            <source>Mined so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="121" />
            <source>Share so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="122" />
            <source>Required share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="123" />
            <source>Projected share at the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="124" />
            <source>Still to sell by the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="140" />
            <source>Sold via licensed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="142" />
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="143" />
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="144" />
            <source>Shortfall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="145" />
            <source>Shortfall at latest price, KZT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="179" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="180" />
            <source>Fee, KZT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="182" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="183" />
            <source>Sales, KZT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="184" />
            <source>Income-tax estimate, KZT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="239" />
            <source>Share = sold through AIFC-licensed venues ÷ mined, per calendar {period}. Required today: {share} [{mark}] (rule mining.sale.required_share: {source}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="265" />
            <source>Running period {period}: day {day} of {days}, to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="347" />
            <source>Fee = kWh used (Mining output) × the rate of the quarter's average electricity price band (rule mining.fee.bands: {bands}); special rates, KZT/kWh: {special}; the highest where several apply. Due on day {day} of the month after the quarter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="356" />
            <source>Income-tax estimate (optional, not a tax return): rate × the KZT value of the quarter's sales, before costs. Source: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="369" />
            <source>Mining fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="369" />
            <source>Record output with kWh first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="260" />
            <source>No output or sales for {coin} yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="282" />
            <source> (about {kzt} KZT at the latest price)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="290" />
            <source>Projected to fall short: sell {amount} {coin} more through AIFC-licensed venues by {end}{money}. On the Dashboard from {warn}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="336" />
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="334" />
            <source>OVERDUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="334" />
            <source>not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="33" />
            <source>Coin credited by pools, per day or per payout, with the electricity used. Output through a pool that was not accredited on that date is FLAGGED with the reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="36" />
            <source>output record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="37" />
            <source>output records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="38" />
            <source>Search pool, reference, notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="40" />
            <source>No output yet.

Add a day's output with New (Ctrl+N) or import a pool's payout file with Import… (date,coin,amount,pool,kwh,reference).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="23" />
            <source>The pools the firm mines through. Output credited through a pool that was not accredited that day is flagged on the Mining output page. The law gives no term: enter the expiry; reminders {days} days before it (rule mining.pool.reminder_days).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="27" />
            <source>accreditation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="28" />
            <source>accreditations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="29" />
            <source>Search pool, BIN, number, evidence…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="31" />
            <source>No pools yet.

Add each pool you mine through with New (Ctrl+N), with its accreditation (or as not accredited).</source>
            <translation type="unfinished" />
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
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="327" />
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
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="33" />
            <source>KZT rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="106" />
            <source>Mined coin sold, by venue. A sale counts towards the mandatory sale when its venue was AIFC-licensed on the sale date (Venues page). Re-importing a trade history adds only the trades not yet in the ledger (same venue and reference).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="110" />
            <source>sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="111" />
            <source>sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="112" />
            <source>Search reference, counterparty…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="114" />
            <source>No sales yet.

Add a sale with New (Ctrl+N) or import an exchange's trade history with Import… (date,coin,amount,price,currency,venue,reference).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="90" />
            <source>{count} {what} imported from {name}; {skipped} already there (skipped).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="49" />
            <source>Import {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="97" />
            <source>{n} flagged: pool not accredited on that date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="74" />
            <source>Screen all customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="111" />
            <source>Search names, lists, references… (any script)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="181" />
            <source>No full screening run yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="292" />
            <source>Screening every customer and owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="333" />
            <source>Rule-pack values (product defaults, mark P). An override applies from its date, with your reason, and is kept in the audit trail; the Rules page lists and withdraws overrides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="157" />
            <source>No watchlist imported yet: import the lists on the Watchlists page first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="183" />
            <source>Last full run {when} by {who}: {subjects} customers and owners against {lists}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="246" />
            <source>Select a hit first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="263" />
            <source>True match: act now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="264" />
            <source>Customer #{id} is flagged as a sanctions match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="266" />
            <source>Confirmed list match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="267" />
            <source>Customer #{id} is confirmed on the firm's own list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="300" />
            <source>No watchlist imported yet: nothing was screened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="349" />
            <source> (officer override)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="161" />
            <source>The lists changed since the last full screening: screen all customers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="195" />
            <source>Open hits: {open} · shown: {shown}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="279" />
            <source>Remembered until {date} for this customer and this list entry, unless either changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="203" />
            <source>Where data lives</source>
            <translation>Деректер қайда сақталады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="204" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="108" />
            <source>Backups</source>
            <translation>Сақтық көшірмелер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="205" />
            <source>Keyring</source>
            <translation>Кілттер қоймасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="76" />
            <source>As the system (default)</source>
            <translation>Жүйедегідей (әдепкі)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="95" />
            <source>Saved. The new language is used the next time Kuzet starts.</source>
            <translation>Сақталды. Жаңа тіл Kuzet келесі іске қосылғанда қолданылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="125" />
            <source>Set KUZET_HOME to use another data folder, or start Kuzet with --db FILE to open another database.</source>
            <translation>Басқа деректер қалтасын пайдалану үшін KUZET_HOME орнатыңыз немесе басқа дерекқорды ашу үшін Kuzet-ті --db ФАЙЛ арқылы іске қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="141" />
            <source>Last backup</source>
            <translation>Соңғы көшірме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="142" />
            <source>Next automatic backup</source>
            <translation>Келесі автоматты көшірме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="198" />
            <source>Keyring backend</source>
            <translation>ОЖ кілттер қоймасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="199" />
            <source>Vault key</source>
            <translation>Қойма кілті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="105" />
            <source>Data folder</source>
            <translation>Деректер қалтасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="106" />
            <source>Database</source>
            <translation>Дерекқор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="119" />
            <source>Open folder</source>
            <translation>Қалтаны ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="172" />
            <source>None yet. Back up now, or close Kuzet to make the first one.</source>
            <translation>Әзірге жоқ. Қазір көшірме жасаңыз немесе Kuzet-ті жабыңыз — сонда алғашқысы жасалады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="180" />
            <source>When you close Kuzet today</source>
            <translation>Бүгін Kuzet жабылғанда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="85" />
            <source>Shown now: {language}. Dates are written dd.mm.yyyy in every language.</source>
            <translation>Қазір көрсетілуде: {language}. Күндер барлық тілде кк.аа.жжжж түрінде жазылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="115" />
            <source>(created when the first document is attached)</source>
            <translation>(алғашқы құжат тіркелгенде жасалады)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="145" />
            <source>Automatic backups are made when you close Kuzet, at most once a day. Kept: the newest of each of the last {daily} days, {weekly} weeks and {monthly} months. A backup holds the database and the encrypted vault, never the vault key.</source>
            <translation>Автоматты көшірмелер Kuzet жабылғанда, күніне бір реттен жиі емес жасалады. Сақталатыны: соңғы {daily} күннің, {weekly} аптаның және {monthly} айдың әрқайсысының ең соңғы көшірмесі. Көшірмеде дерекқор мен шифрланған қойма бар, ал қойма кілті ешқашан болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="176" />
            <source>{when} — {path}</source>
            <translation>{when} — {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="183" />
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
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="30" />
            <source>Customer: IIN/BIN or #number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="31" />
            <source>Direction (in/out)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="35" />
            <source>Value in USD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="36" />
            <source>Counterparty wallet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="37" />
            <source>Counterparty provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="38" />
            <source>Originator's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="39" />
            <source>Originator's wallet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="40" />
            <source>Originator's ID, address or birth data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="41" />
            <source>Beneficiary's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="42" />
            <source>Beneficiary's wallet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="43" />
            <source>Reference (your transaction id)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="50" />
            <source>Deposits and withdrawals of your customers, imported from your systems and linked to the customer file. Transfers of USD 1,000 or more carry the originator's and beneficiary's data (Travel Rule, AIFC AML 11-1); missing data is shown in amber.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="54" />
            <source>transaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="55" />
            <source>transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="56" />
            <source>Search reference, wallet, name, provider, customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="58" />
            <source>No transactions yet.

Import a CSV or XLSX export of your transactions with Import… (columns: date, customer IIN/BIN, direction in/out, asset, amount, values in KZT and USD, counterparty and Travel Rule data).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="76" />
            <source>IIN/BIN, #number or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="100" />
            <source>Show all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="107" />
            <source>Counterparty providers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="111" />
            <source>Apply the monitoring rules and the Travel Rule check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="136" />
            <source>Any import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="158" />
            <source>Transactions are imported from your systems: Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="150" />
            <source>Showing {count} transaction(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="209" />
            <source>Imported from {file}: {count} transactions; {missing} transfer(s) lack Travel Rule data. Run monitoring to raise the alerts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="22" />
            <source>Exchanges the firm sells mined coin through. A sale counts towards the mandatory sale when its venue's AIFC licence was active and valid on the sale date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="25" />
            <source>venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="26" />
            <source>venues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="27" />
            <source>Search name, jurisdiction, licence…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="29" />
            <source>No venues yet.

Add the exchanges you sell through with New (Ctrl+N), with their AIFC licence, before importing their trade histories on the Sales page.</source>
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
            <location filename="../../desktop/kuzet/ui/single_instance.py" line="67" />
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
        <message>
            <location filename="../rules/customers.toml" line="29" />
            <source>Foreign PEP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="30" />
            <source>Domestic PEP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="31" />
            <source>International organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="32" />
            <source>Family member of a PEP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="33" />
            <source>Close associate of a PEP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="100" />
            <source>Crypto–fiat exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="101" />
            <source>Trading platform account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="102" />
            <source>OTC block trades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="103" />
            <location filename="../rules/programme.toml" line="32" />
            <source>Custody of digital assets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="104" />
            <source>Purchase of mined coin (offtake)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="105" />
            <source>Mining hosting services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="106" />
            <source>Other service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="115" />
            <source>In person, original documents seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="116" />
            <source>Remote, with verified digital identity (eGov, biometrics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="117" />
            <source>Remote, documents by upload only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="118" />
            <source>Through an introducer or agent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="127" />
            <source>Salary or pension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="128" />
            <source>Business income</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="129" />
            <source>Own mining</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="130" />
            <source>Savings and investments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="131" />
            <source>Trading of digital assets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="132" />
            <source>Inheritance or gift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="133" />
            <source>Loan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="134" />
            <source>Not established</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="184" />
            <source>Kazakhstan ID card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="185" />
            <source>Kazakhstan passport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="186" />
            <source>Foreign passport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="187" />
            <source>Residence permit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="188" />
            <source>Stateless person's certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="189" />
            <source>Other ID document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="198" />
            <source>ID document scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="199" />
            <source>Proof of address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="200" />
            <source>Registration certificate or extract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="201" />
            <source>Ownership structure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="202" />
            <source>Source of wealth evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="203" />
            <source>Source of funds evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="204" />
            <source>Senior management approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/customers.toml" line="205" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/licences.toml" line="12" />
            <source>Digital mining licence, subtype I (own data centre)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/licences.toml" line="13" />
            <source>Digital mining licence, subtype II (hosted hardware)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/licences.toml" line="14" />
            <source>AFSA licence (AIFC digital-asset activity)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/licences.toml" line="15" />
            <source>NBK licence: crypto exchange operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/licences.toml" line="16" />
            <source>NBK registration: digital-asset platform operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/licences.toml" line="17" />
            <source>Other licence or permit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="17" />
            <source>AIFC (supervised by AFSA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="18" />
            <source>Kazakhstan outside the AIFC (NBK, Law 191-IV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="30" />
            <source>Exchange (trading facility or exchange point)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="31" />
            <source>Broker or dealer in digital assets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="33" />
            <source>Digital mining, subtype I (own data centre)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="34" />
            <source>Digital mining, subtype II (hosted hardware)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="35" />
            <source>Digital mining pool operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="106" />
            <source>Director</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="107" />
            <source>Partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="108" />
            <source>Principal representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="109" />
            <source>Senior manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="110" />
            <source>Compliance officer (not a senior manager)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="111" />
            <source>Other employee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="112" />
            <source>External person or contractor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="123" />
            <source>AML/CFT law and the AIFC AML/CFT and Sanctions Rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="124" />
            <source>Risk-based approach and the business risk assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="125" />
            <source>Customer due diligence and KYC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="126" />
            <source>Enhanced due diligence and PEPs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="127" />
            <source>Sanctions and targeted financial sanctions screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="128" />
            <source>Red flags in digital-asset transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="129" />
            <source>Internal reporting to the MLRO; STRs and TTRs to the FIU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="130" />
            <source>Tipping-off and confidentiality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="131" />
            <source>Record keeping and retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="132" />
            <source>Mining: accredited pools, the mandatory sale and the fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="133" />
            <source>MLRO duties, FIU liaison and regulator reporting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="144" />
            <source>AML/CFT essentials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="145" />
            <source>EDD, PEPs and suspicious activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="146" />
            <source>Mining compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="147" />
            <source>MLRO and deputy MLRO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="159" />
            <source>Board and senior management</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="160" />
            <source>Compliance (MLRO, deputy, analysts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="161" />
            <source>Customer-facing (onboarding, trading desk)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="162" />
            <source>Operations and finance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="163" />
            <source>Mining operations (data centre, pool relations)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules/programme.toml" line="164" />
            <source>IT and security</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
