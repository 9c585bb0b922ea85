<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
    <context>
        <name>Kuzet</name>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="44" />
            <source>Kuzet ran out of memory; nothing more was written.</source>
            <translation>Kuzet-ке жад жетпеді; бұдан әрі ештеңе жазылмады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="50" />
            <source>The CSV file cannot be read: a field is larger than Kuzet reads, or a quote is not closed. Nothing was imported.</source>
            <translation>CSV файлын оқу мүмкін емес: өріс Kuzet оқи алатыннан үлкен немесе тырнақша жабылмаған. Ештеңе импортталмады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="58" />
            <source>The process checking the file stopped before it finished; nothing was imported. Run the import again.</source>
            <translation>Файлды тексеретін процесс жұмысын аяқтамай тоқтады; ештеңе импортталмады. Импортты қайта іске қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="98" />
            <source>The database cannot be written: the file or its folder is read-only. Nothing was changed. Commands that only read (verify, export, pack) still work.</source>
            <translation>Дерекқорға жазу мүмкін емес: файл немесе оның қалтасы тек оқуға арналған. Ештеңе өзгертілмеді. Тек оқитын командалар (verify, export, pack) әлі де жұмыс істейді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="106" />
            <source>The disk holding the database is full; nothing was changed. Free some space there and try again.</source>
            <translation>Дерекқор тұрған диск толы; ештеңе өзгертілмеді. Онда орын босатып, қайталап көріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="113" />
            <source>Another program is writing to the database; try again when it has finished.</source>
            <translation>Дерекқорға басқа бағдарлама жазып жатыр; ол аяқтаған соң қайталап көріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="119" />
            <source>The database file is damaged and cannot be used; nothing was changed. Restore the last backup (kuzet restore) and run kuzet verify.</source>
            <translation>Дерекқор файлы бүлінген, оны пайдалану мүмкін емес; ештеңе өзгертілмеді. Соңғы сақтық көшірмені қалпына келтіріп (kuzet restore), kuzet verify командасын орындаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="126" />
            <source>The database file cannot be opened or read (a disk or permission problem).</source>
            <translation>Дерекқор файлын ашу немесе оқу мүмкін емес (диск немесе қол жеткізу құқығы мәселесі).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="162" />
            <source>There is no room left where Kuzet was writing: that disk is full. Free space there or choose another place.</source>
            <translation>Kuzet жазып жатқан жерде орын қалмады: ол диск толы. Онда орын босатыңыз немесе басқа орын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="65" />
            <source>Kuzet stopped on an unexpected error ({kind}); nothing more was written. Run the command again with {env}=1 to see the details.</source>
            <translation>Kuzet күтпеген қатеге байланысты тоқтады ({kind}); бұдан әрі ештеңе жазылмады. Толығырақ көру үшін команданы {env}=1 параметрімен қайта орындаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="130" />
            <source>The database refused the change ({kind}); nothing was changed.</source>
            <translation>Дерекқор өзгерісті қабылдамады ({kind}); ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="174" />
            <source>A file could not be read or written ({path}: {reason}).</source>
            <translation>Файлды оқу немесе жазу мүмкін болмады ({path}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="157" />
            <source>There is no room left to write {path}: its disk is full (or the file is larger than that disk allows). Free space there or choose another place.</source>
            <translation>{path} жазу үшін орын қалмады: оның дискісі толы (немесе файл сол диск рұқсат ететіннен үлкен). Онда орын босатыңыз немесе басқа орын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="168" />
            <source>Kuzet may not write to {path} (read-only or no permission).</source>
            <translation>Kuzet-ке {path} жазуға болмайды (тек оқуға арналған немесе рұқсат жоқ).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="175" />
            <location filename="../../desktop/kuzet/store/jobs.py" line="44" />
            <location filename="../../desktop/kuzet/store/jobs.py" line="45" />
            <location filename="../../desktop/kuzet/store/jobs.py" line="46" />
            <source>unknown</source>
            <translation>белгісіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="169" />
            <source>the destination</source>
            <translation>мақсатты орын</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="18" />
            <source>male</source>
            <translation>ер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="18" />
            <source>female</source>
            <translation>әйел</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="21" />
            <source>insert</source>
            <translation>құру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="22" />
            <source>update</source>
            <translation>өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="23" />
            <source>retire</source>
            <translation>қолданыстан шығару</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="24" />
            <source>reinstate</source>
            <translation>қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="25" />
            <source>migrate</source>
            <translation>деректерді көшіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="26" />
            <source>bulk-insert</source>
            <translation>жаппай жүктеу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="29" />
            <source>quarter</source>
            <translation>тоқсан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="29" />
            <source>month</source>
            <translation>ай</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="31" />
            <source>Low risk</source>
            <translation>Төмен тәуекел</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="31" />
            <source>Medium risk</source>
            <translation>Орташа тәуекел</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="31" />
            <source>High risk</source>
            <translation>Жоғары тәуекел</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/business_days.py" line="59" />
            <source>Day off (rule pack)</source>
            <translation>Демалыс күні (ережелер пакеті)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/business_days.py" line="114" />
            <source>Rule {key}: {value!r} is not a date (YYYY-MM-DD).</source>
            <translation>{key} ережесі: {value!r} күн емес (ЖЖЖЖ-АА-КК).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="11" />
            <source>Andorra</source>
            <translation>Андорра</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="12" />
            <source>United Arab Emirates</source>
            <translation>Біріккен Араб Әмірліктері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="13" />
            <source>Afghanistan</source>
            <translation>Ауғанстан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="14" />
            <source>Antigua and Barbuda</source>
            <translation>Антигуа және Барбуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="15" />
            <source>Anguilla</source>
            <translation>Ангилья</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="16" />
            <source>Albania</source>
            <translation>Албания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="17" />
            <source>Armenia</source>
            <translation>Армения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="18" />
            <source>Angola</source>
            <translation>Ангола</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="19" />
            <source>Antarctica</source>
            <translation>Антарктида</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="20" />
            <source>Argentina</source>
            <translation>Аргентина</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="21" />
            <source>American Samoa</source>
            <translation>Америкалық Самоа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="22" />
            <source>Austria</source>
            <translation>Аустрия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="23" />
            <source>Australia</source>
            <translation>Аустралия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="24" />
            <source>Aruba</source>
            <translation>Аруба</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="25" />
            <source>Åland Islands</source>
            <translation>Аланд аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="26" />
            <source>Azerbaijan</source>
            <translation>Әзірбайжан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="27" />
            <source>Bosnia and Herzegovina</source>
            <translation>Босния және Герцеговина</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="28" />
            <source>Barbados</source>
            <translation>Барбадос</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="29" />
            <source>Bangladesh</source>
            <translation>Бангладеш</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="30" />
            <source>Belgium</source>
            <translation>Бельгия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="31" />
            <source>Burkina Faso</source>
            <translation>Буркина-Фасо</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="32" />
            <source>Bulgaria</source>
            <translation>Болгария</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="33" />
            <source>Bahrain</source>
            <translation>Бахрейн</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="34" />
            <source>Burundi</source>
            <translation>Бурунди</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="35" />
            <source>Benin</source>
            <translation>Бенин</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="36" />
            <source>Saint Barthélemy</source>
            <translation>Сен-Бартелеми</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="37" />
            <source>Bermuda</source>
            <translation>Бермуд аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="38" />
            <source>Brunei Darussalam</source>
            <translation>Бруней</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="39" />
            <source>Bolivia</source>
            <translation>Боливия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="40" />
            <source>Bonaire, Sint Eustatius and Saba</source>
            <translation>Бонэйр, Синт-Эстатиус және Саба</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="41" />
            <source>Brazil</source>
            <translation>Бразилия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="42" />
            <source>Bahamas</source>
            <translation>Багам аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="43" />
            <source>Bhutan</source>
            <translation>Бутан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="44" />
            <source>Bouvet Island</source>
            <translation>Буве аралы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="45" />
            <source>Botswana</source>
            <translation>Ботсвана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="46" />
            <source>Belarus</source>
            <translation>Беларусь</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="47" />
            <source>Belize</source>
            <translation>Белиз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="48" />
            <source>Canada</source>
            <translation>Канада</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="49" />
            <source>Cocos (Keeling) Islands</source>
            <translation>Кокос (Килинг) аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="50" />
            <source>Congo, Democratic Republic of the</source>
            <translation>Конго Демократиялық Республикасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="51" />
            <source>Central African Republic</source>
            <translation>Орталық Африка Республикасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="52" />
            <source>Congo</source>
            <translation>Конго Республикасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="53" />
            <source>Switzerland</source>
            <translation>Швейцария</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="54" />
            <source>Côte d'Ivoire</source>
            <translation>Кот-д’Ивуар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="55" />
            <source>Cook Islands</source>
            <translation>Кук аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="56" />
            <source>Chile</source>
            <translation>Чили</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="57" />
            <source>Cameroon</source>
            <translation>Камерун</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="58" />
            <source>China</source>
            <translation>Қытай</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="59" />
            <source>Colombia</source>
            <translation>Колумбия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="60" />
            <source>Costa Rica</source>
            <translation>Коста-Рика</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="61" />
            <source>Cuba</source>
            <translation>Куба</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="62" />
            <source>Cabo Verde</source>
            <translation>Кабо-Верде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="63" />
            <source>Curaçao</source>
            <translation>Кюрасао</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="64" />
            <source>Christmas Island</source>
            <translation>Рождество аралы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="65" />
            <source>Cyprus</source>
            <translation>Кипр</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="66" />
            <source>Czechia</source>
            <translation>Чехия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="67" />
            <source>Germany</source>
            <translation>Германия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="68" />
            <source>Djibouti</source>
            <translation>Джибути</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="69" />
            <source>Denmark</source>
            <translation>Дания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="70" />
            <source>Dominica</source>
            <translation>Доминика</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="71" />
            <source>Dominican Republic</source>
            <translation>Доминикан Республикасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="72" />
            <source>Algeria</source>
            <translation>Алжир</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="73" />
            <source>Ecuador</source>
            <translation>Эквадор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="74" />
            <source>Estonia</source>
            <translation>Эстония</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="75" />
            <source>Egypt</source>
            <translation>Мысыр</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="76" />
            <source>Western Sahara</source>
            <translation>Батыс Сахара</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="77" />
            <source>Eritrea</source>
            <translation>Эритрея</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="78" />
            <source>Spain</source>
            <translation>Испания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="79" />
            <source>Ethiopia</source>
            <translation>Эфиопия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="80" />
            <source>Finland</source>
            <translation>Финляндия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="81" />
            <source>Fiji</source>
            <translation>Фиджи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="82" />
            <source>Falkland Islands (Malvinas)</source>
            <translation>Фолкленд аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="83" />
            <source>Micronesia</source>
            <translation>Микронезия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="84" />
            <source>Faroe Islands</source>
            <translation>Фарер аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="85" />
            <source>France</source>
            <translation>Франция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="86" />
            <source>Gabon</source>
            <translation>Габон</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="87" />
            <source>United Kingdom</source>
            <translation>Ұлыбритания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="88" />
            <source>Grenada</source>
            <translation>Гренада</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="89" />
            <source>Georgia</source>
            <translation>Грузия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="90" />
            <source>French Guiana</source>
            <translation>Француз Гвианасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="91" />
            <source>Guernsey</source>
            <translation>Гернси</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="92" />
            <source>Ghana</source>
            <translation>Гана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="93" />
            <source>Gibraltar</source>
            <translation>Гибралтар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="94" />
            <source>Greenland</source>
            <translation>Гренландия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="95" />
            <source>Gambia</source>
            <translation>Гамбия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="96" />
            <source>Guinea</source>
            <translation>Гвинея</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="97" />
            <source>Guadeloupe</source>
            <translation>Гваделупа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="98" />
            <source>Equatorial Guinea</source>
            <translation>Экваторлық Гвинея</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="99" />
            <source>Greece</source>
            <translation>Грекия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="100" />
            <source>South Georgia and the South Sandwich Islands</source>
            <translation>Оңтүстік Георгия және Оңтүстік Сандвич аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="101" />
            <source>Guatemala</source>
            <translation>Гватемала</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="102" />
            <source>Guam</source>
            <translation>Гуам</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="103" />
            <source>Guinea-Bissau</source>
            <translation>Гвинея-Бисау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="104" />
            <source>Guyana</source>
            <translation>Гайана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="105" />
            <source>Hong Kong</source>
            <translation>Сянган АӘА</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="106" />
            <source>Heard Island and McDonald Islands</source>
            <translation>Херд аралы және Макдональд аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="107" />
            <source>Honduras</source>
            <translation>Гондурас</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="108" />
            <source>Croatia</source>
            <translation>Хорватия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="109" />
            <source>Haiti</source>
            <translation>Гаити</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="110" />
            <source>Hungary</source>
            <translation>Венгрия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="111" />
            <source>Indonesia</source>
            <translation>Индонезия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="112" />
            <source>Ireland</source>
            <translation>Ирландия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="113" />
            <source>Israel</source>
            <translation>Израиль</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="114" />
            <source>Isle of Man</source>
            <translation>Мэн аралы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="115" />
            <source>India</source>
            <translation>Үндістан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="116" />
            <source>British Indian Ocean Territory</source>
            <translation>Үнді мұхитындағы Британ аймағы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="117" />
            <source>Iraq</source>
            <translation>Ирак</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="118" />
            <source>Iran</source>
            <translation>Иран</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="119" />
            <source>Iceland</source>
            <translation>Исландия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="120" />
            <source>Italy</source>
            <translation>Италия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="121" />
            <source>Jersey</source>
            <translation>Джерси</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="122" />
            <source>Jamaica</source>
            <translation>Ямайка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="123" />
            <source>Jordan</source>
            <translation>Иордания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="124" />
            <source>Japan</source>
            <translation>Жапония</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="125" />
            <source>Kenya</source>
            <translation>Кения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="126" />
            <source>Kyrgyzstan</source>
            <translation>Қырғызстан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="127" />
            <source>Cambodia</source>
            <translation>Камбоджа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="128" />
            <source>Kiribati</source>
            <translation>Кирибати</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="129" />
            <source>Comoros</source>
            <translation>Комор аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="130" />
            <source>Saint Kitts and Nevis</source>
            <translation>Сент-Китс және Невис</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="131" />
            <source>Korea, Democratic People's Republic of</source>
            <translation>Солтүстік Корея</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="132" />
            <source>Korea, Republic of</source>
            <translation>Корея Республикасы (Оңтүстік Корея)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="133" />
            <source>Kuwait</source>
            <translation>Кувейт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="134" />
            <source>Cayman Islands</source>
            <translation>Кайман аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="135" />
            <source>Kazakhstan</source>
            <translation>Қазақстан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="136" />
            <source>Lao People's Democratic Republic</source>
            <translation>Лаос</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="137" />
            <source>Lebanon</source>
            <translation>Ливан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="138" />
            <source>Saint Lucia</source>
            <translation>Сент-Люсия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="139" />
            <source>Liechtenstein</source>
            <translation>Лихтенштейн</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="140" />
            <source>Sri Lanka</source>
            <translation>Шри-Ланка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="141" />
            <source>Liberia</source>
            <translation>Либерия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="142" />
            <source>Lesotho</source>
            <translation>Лесото</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="143" />
            <source>Lithuania</source>
            <translation>Литва</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="144" />
            <source>Luxembourg</source>
            <translation>Люксембург</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="145" />
            <source>Latvia</source>
            <translation>Латвия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="146" />
            <source>Libya</source>
            <translation>Ливия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="147" />
            <source>Morocco</source>
            <translation>Марокко</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="148" />
            <source>Monaco</source>
            <translation>Монако</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="149" />
            <source>Moldova</source>
            <translation>Молдова</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="150" />
            <source>Montenegro</source>
            <translation>Черногория</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="151" />
            <source>Saint Martin (French part)</source>
            <translation>Сен-Мартен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="152" />
            <source>Madagascar</source>
            <translation>Мадагаскар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="153" />
            <source>Marshall Islands</source>
            <translation>Маршалл аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="154" />
            <source>North Macedonia</source>
            <translation>Солтүстік Македония</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="155" />
            <source>Mali</source>
            <translation>Мали</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="156" />
            <source>Myanmar</source>
            <translation>Мьянма (Бирма)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="157" />
            <source>Mongolia</source>
            <translation>Моңғолия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="158" />
            <source>Macao</source>
            <translation>Макао АӘА</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="159" />
            <source>Northern Mariana Islands</source>
            <translation>Солтүстік Мариана аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="160" />
            <source>Martinique</source>
            <translation>Мартиника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="161" />
            <source>Mauritania</source>
            <translation>Мавритания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="162" />
            <source>Montserrat</source>
            <translation>Монтсеррат</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="163" />
            <source>Malta</source>
            <translation>Мальта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="164" />
            <source>Mauritius</source>
            <translation>Маврикий</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="165" />
            <source>Maldives</source>
            <translation>Мальдив аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="166" />
            <source>Malawi</source>
            <translation>Малави</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="167" />
            <source>Mexico</source>
            <translation>Мексика</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="168" />
            <source>Malaysia</source>
            <translation>Малайзия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="169" />
            <source>Mozambique</source>
            <translation>Мозамбик</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="170" />
            <source>Namibia</source>
            <translation>Намибия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="171" />
            <source>New Caledonia</source>
            <translation>Жаңа Каледония</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="172" />
            <source>Niger</source>
            <translation>Нигер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="173" />
            <source>Norfolk Island</source>
            <translation>Норфолк аралы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="174" />
            <source>Nigeria</source>
            <translation>Нигерия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="175" />
            <source>Nicaragua</source>
            <translation>Никарагуа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="176" />
            <source>Netherlands</source>
            <translation>Нидерланд</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="177" />
            <source>Norway</source>
            <translation>Норвегия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="178" />
            <source>Nepal</source>
            <translation>Непал</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="179" />
            <source>Nauru</source>
            <translation>Науру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="180" />
            <source>Niue</source>
            <translation>Ниуэ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="181" />
            <source>New Zealand</source>
            <translation>Жаңа Зеландия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="182" />
            <source>Oman</source>
            <translation>Оман</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="183" />
            <source>Panama</source>
            <translation>Панама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="184" />
            <source>Peru</source>
            <translation>Перу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="185" />
            <source>French Polynesia</source>
            <translation>Француз Полинезиясы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="186" />
            <source>Papua New Guinea</source>
            <translation>Папуа — Жаңа Гвинея</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="187" />
            <source>Philippines</source>
            <translation>Филиппин аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="188" />
            <source>Pakistan</source>
            <translation>Пәкістан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="189" />
            <source>Poland</source>
            <translation>Польша</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="190" />
            <source>Saint Pierre and Miquelon</source>
            <translation>Сен-Пьер және Микелон</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="191" />
            <source>Pitcairn</source>
            <translation>Питкэрн аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="192" />
            <source>Puerto Rico</source>
            <translation>Пуэрто-Рико</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="193" />
            <source>Palestine, State of</source>
            <translation>Палестина аймақтары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="194" />
            <source>Portugal</source>
            <translation>Португалия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="195" />
            <source>Palau</source>
            <translation>Палау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="196" />
            <source>Paraguay</source>
            <translation>Парагвай</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="197" />
            <source>Qatar</source>
            <translation>Катар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="198" />
            <source>Réunion</source>
            <translation>Реюньон</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="199" />
            <source>Romania</source>
            <translation>Румыния</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="200" />
            <source>Serbia</source>
            <translation>Сербия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="201" />
            <source>Russian Federation</source>
            <translation>Ресей</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="202" />
            <source>Rwanda</source>
            <translation>Руанда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="203" />
            <source>Saudi Arabia</source>
            <translation>Сауд Арабиясы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="204" />
            <source>Solomon Islands</source>
            <translation>Соломон аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="205" />
            <source>Seychelles</source>
            <translation>Сейшель аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="206" />
            <source>Sudan</source>
            <translation>Судан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="207" />
            <source>Sweden</source>
            <translation>Швеция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="208" />
            <source>Singapore</source>
            <translation>Сингапур</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="209" />
            <source>Saint Helena, Ascension and Tristan da Cunha</source>
            <translation>Әулие Елена аралы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="210" />
            <source>Slovenia</source>
            <translation>Словения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="211" />
            <source>Svalbard and Jan Mayen</source>
            <translation>Шпицберген және Ян-Майен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="212" />
            <source>Slovakia</source>
            <translation>Словакия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="213" />
            <source>Sierra Leone</source>
            <translation>Сьерра-Леоне</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="214" />
            <source>San Marino</source>
            <translation>Сан-Марино</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="215" />
            <source>Senegal</source>
            <translation>Сенегал</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="216" />
            <source>Somalia</source>
            <translation>Сомали</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="217" />
            <source>Suriname</source>
            <translation>Суринам</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="218" />
            <source>South Sudan</source>
            <translation>Оңтүстік Судан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="219" />
            <source>Sao Tome and Principe</source>
            <translation>Сан-Томе және Принсипи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="220" />
            <source>El Salvador</source>
            <translation>Сальвадор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="221" />
            <source>Sint Maarten (Dutch part)</source>
            <translation>Синт-Мартен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="222" />
            <source>Syrian Arab Republic</source>
            <translation>Сирия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="223" />
            <source>Eswatini</source>
            <translation>Эсватини</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="224" />
            <source>Turks and Caicos Islands</source>
            <translation>Теркс және Кайкос аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="225" />
            <source>Chad</source>
            <translation>Чад</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="226" />
            <source>French Southern Territories</source>
            <translation>Францияның оңтүстік аймақтары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="227" />
            <source>Togo</source>
            <translation>Того</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="228" />
            <source>Thailand</source>
            <translation>Таиланд</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="229" />
            <source>Tajikistan</source>
            <translation>Тәжікстан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="230" />
            <source>Tokelau</source>
            <translation>Токелау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="231" />
            <source>Timor-Leste</source>
            <translation>Тимор-Лесте</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="232" />
            <source>Turkmenistan</source>
            <translation>Түрікменстан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="233" />
            <source>Tunisia</source>
            <translation>Тунис</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="234" />
            <source>Tonga</source>
            <translation>Тонга</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="235" />
            <source>Türkiye</source>
            <translation>Түркия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="236" />
            <source>Trinidad and Tobago</source>
            <translation>Тринидад және Тобаго</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="237" />
            <source>Tuvalu</source>
            <translation>Тувалу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="238" />
            <source>Taiwan</source>
            <translation>Тайвань</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="239" />
            <source>Tanzania</source>
            <translation>Танзания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="240" />
            <source>Ukraine</source>
            <translation>Украина</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="241" />
            <source>Uganda</source>
            <translation>Уганда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="242" />
            <source>United States Minor Outlying Islands</source>
            <translation>АҚШ-тың сыртқы кіші аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="243" />
            <source>United States of America</source>
            <translation>Америка Құрама Штаттары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="244" />
            <source>Uruguay</source>
            <translation>Уругвай</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="245" />
            <source>Uzbekistan</source>
            <translation>Өзбекстан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="246" />
            <source>Holy See</source>
            <translation>Ватикан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="247" />
            <source>Saint Vincent and the Grenadines</source>
            <translation>Сент-Винсент және Гренадин аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="248" />
            <source>Venezuela</source>
            <translation>Венесуэла</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="249" />
            <source>Virgin Islands (British)</source>
            <translation>Британдық Виргин аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="250" />
            <source>Virgin Islands (U.S.)</source>
            <translation>АҚШ-тың Виргин аралдары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="251" />
            <source>Viet Nam</source>
            <translation>Вьетнам</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="252" />
            <source>Vanuatu</source>
            <translation>Вануату</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="253" />
            <source>Wallis and Futuna</source>
            <translation>Уоллис және Футуна</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="254" />
            <source>Samoa</source>
            <translation>Самоа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="255" />
            <source>Yemen</source>
            <translation>Йемен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="256" />
            <source>Mayotte</source>
            <translation>Майотта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="257" />
            <source>South Africa</source>
            <translation>Оңтүстік Африка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="258" />
            <source>Zambia</source>
            <translation>Замбия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="259" />
            <source>Zimbabwe</source>
            <translation>Зимбабве</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="25" />
            <source>resident legal entity</source>
            <translation>резидент заңды тұлға</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="26" />
            <source>non-resident legal entity</source>
            <translation>бейрезидент заңды тұлға</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="27" />
            <source>individual entrepreneur (joint form)</source>
            <translation>жеке кәсіпкер (бірлескен нысан)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="30" />
            <source>head office</source>
            <translation>бас кеңсе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="31" />
            <source>branch</source>
            <translation>филиал</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="32" />
            <source>representative office</source>
            <translation>өкілдік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="33" />
            <source>peasant farm</source>
            <translation>шаруа қожалығы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="91" />
            <source>valid BIN: registered {month}, {type}, {unit}, serial {serial}</source>
            <translation>БСН дұрыс: {month} тіркелген, {type}, {unit}, реттік нөмірі {serial}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/mining_fee.py" line="66" />
            <source>price band from {price} KZT/kWh</source>
            <translation>{price} KZT/кВт·сағ бастап баға диапазоны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/mining_fee.py" line="108" />
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="51" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="24" />
            <source>own generation</source>
            <translation>өз өндірісі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/mining_fee.py" line="108" />
            <source>renewable power</source>
            <translation>жаңартылатын энергия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/mining_fee.py" line="114" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="26" />
            <source>no or faulty meter</source>
            <translation>есептегіш жоқ немесе ақаулы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/mining_fee.py" line="83" />
            <source>price band</source>
            <translation>баға диапазоны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="45" />
            <source>Threshold transaction (report to the FIU)</source>
            <translation>Шекті операция (ҚМА-ға хабарлама)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="49" />
            <source>Large transaction (the firm's alert threshold)</source>
            <translation>Ірі операция (компанияның ескерту шегі)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="53" />
            <source>Structuring below the firm's alert threshold</source>
            <translation>Компанияның ескерту шегінен төмен бөлшектеу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="62" />
            <source>Rapid in-and-out of funds</source>
            <translation>Қаражатты жылдам енгізу және шығару</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="69" />
            <source>High-risk jurisdiction</source>
            <translation>Жоғары тәуекелді юрисдикция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="71" />
            <source>Retail purchases over the monthly cap without a knowledge test</source>
            <translation>Білім тестінсіз айлық лимиттен асқан бөлшек клиенттің сатып алулары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="78" />
            <source>Wallet of a listed person</source>
            <translation>Тізімдегі тұлғаның әмияны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="80" />
            <source>Operation of a frozen customer</source>
            <translation>Бұғатталған клиенттің операциясы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="87" />
            <source>Travel Rule data incomplete</source>
            <translation>Travel Rule деректері толық емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="93" />
            <source>Counterparty provider not vetted before the transfer</source>
            <translation>Контрагент-провайдер аударымға дейін тексерілмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="243" />
            <source>Deposit</source>
            <translation>Толықтыру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="243" />
            <source>Withdrawal</source>
            <translation>Қаражатты шығару</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="311" />
            <source>{count} {what}s from {first} to {last}, each between {floor} and the firm's alert threshold of {threshold} (total {total}): at least {min_count} within {days} days, margin {margin}% (monitoring.structuring.*, monitoring.internal_alert_kzt).</source>
            <translation>{first} – {last} аралығындағы операциялар ({what}): {count}, әрқайсысы {floor} және компанияның ескерту шегі {threshold} аралығында (барлығы {total}). Шарт: {days} күн ішінде кемінде {min_count}, шектен ауытқу {margin}% (monitoring.structuring.*, monitoring.internal_alert_kzt).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="257" />
            <source>{what} of {value} on {date}: at or above the firm's alert threshold of {threshold} (monitoring.internal_alert_kzt; an internal alert, not a report to the FIU).</source>
            <translation>{what}: {value}, {date}; компанияның ескерту шегінен ({threshold}) кем емес (monitoring.internal_alert_kzt; бұл ішкі ескерту, ҚМА-ға хабарлама емес).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="360" />
            <source>Deposit of {value} on {date}; {share}% of it ({total}) withdrawn by {last} in {count} withdrawal(s): at least {min_share}% within {days} day(s) of a deposit of {minimum} or more (monitoring.rapid.*).</source>
            <translation>{date} күнгі толықтыру: {value}; оның {share}% ({total}) {last} дейін шығарылды, шығару операциялары: {count}. Шарт: {minimum} немесе одан көп толықтырудан кейін {days} күн ішінде кемінде {min_share}% (monitoring.rapid.*).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="70" />
            <source>{what} of {value} on {date}: {kind}, at or above {threshold}{why} (monitoring.threshold_reports, Law No. 191-IV Art. 4): report to the FIU.</source>
            <translation>{what}: {value}, {date}; {kind}, шекті мәннен ({threshold}) кем емес{why} (monitoring.threshold_reports, № 191-IV Заң, 4-бап): ҚМА-ға хабарлаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="120" />
            <source>the transfer's data do not name the {who} (anonymous account)</source>
            <translation>аударым деректерінде {who} көрсетілмеген (анонимдік шот)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="149" />
            <source>{count} transaction(s) in {month}: {causes}.</source>
            <translation>{month}: операциялар саны {count}; {causes}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="163" />
            <source>citizenship</source>
            <translation>азаматтығы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="164" />
            <source>residence</source>
            <translation>тұратын елі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="235" />
            <source>no knowledge test passed</source>
            <translation>білім тесті тапсырылмаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="240" />
            <source>Deposits</source>
            <translation>Толықтырулар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="240" />
            <source>Purchases of digital assets</source>
            <translation>Цифрлық активтерді сатып алу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="282" />
            <source>counterparty wallet</source>
            <translation>контрагент әмияны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="283" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="37" />
            <source>originator wallet</source>
            <translation>жіберуші әмияны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="284" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="40" />
            <source>beneficiary wallet</source>
            <translation>алушы әмияны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="108" />
            <source>the counterparty provider {provider} is in {code}, an offshore zone</source>
            <translation>{provider} контрагент-провайдері {code} елінде орналасқан (офшорлық аймақ)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="113" />
            <source>the customer is resident or registered in {code}, an offshore zone</source>
            <translation>клиент {code} елінде тұрады немесе тіркелген (офшорлық аймақ)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="121" />
            <source>originator</source>
            <translation>жіберуші</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="121" />
            <source>beneficiary</source>
            <translation>алушы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="176" />
            <source>the counterparty provider {provider} is in {code}, on {list}</source>
            <translation>{provider} контрагент-провайдері {code} елінде орналасқан (тізім: {list})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="243" />
            <source>{counted} of {total} in {month} exceed the cap of {cap} a calendar month for retail residents of {country} (from {date}); {test} (monitoring.retail.cap_usd).</source>
            <translation>{counted}: {month} ішінде {total}, бұл {country} бөлшек клиент-резиденттері үшін күнтізбелік айға белгіленген {cap} лимитінен асады ({date} бастап); {test} (monitoring.retail.cap_usd).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="299" />
            <source>{what} of {value} on {date}: {found}.</source>
            <translation>{what}: {value}, {date}; {found}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="237" />
            <source>knowledge test passed only on {date}</source>
            <translation>білім тесті тек {date} күні тапсырылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="169" />
            <source>the customer's {what} {code} is on {list}</source>
            <translation>клиенттің {what} ({code}) {list} тізімінде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="294" />
            <source>{field} {wallet} belongs to {name} ({list}, entry {ref})</source>
            <translation>{field} {wallet} {name} тұлғасына тиесілі ({list}, {ref} жазбасы)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="172" />
            <source>No deputy MLRO is appointed; the firm's rules require one.</source>
            <translation>Жауапты қызметкердің орынбасары тағайындалмаған, ал компания қағидалары оны талап етеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="63" />
            <source>Unknown jurisdiction {key!r}.</source>
            <translation>Белгісіз юрисдикция {key!r}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="144" />
            <source>No MLRO is appointed.</source>
            <translation>Жауапты қызметкер тағайындалмаған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="151" />
            <source>The MLRO, {name}, does not reside in Kazakhstan.</source>
            <translation>Жауапты қызметкер {name} Қазақстанда тұрмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="161" />
            <source>The MLRO, {name}, is not a director, partner, principal representative or senior manager.</source>
            <translation>Жауапты қызметкер {name} директор, серіктес, бас өкіл немесе басшы қызметкер емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="157" />
            <source>FATF call for action</source>
            <translation>ФАТФ: әрекетке шақыру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="158" />
            <source>FATF increased monitoring</source>
            <translation>ФАТФ: күшейтілген мониторинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="159" />
            <source>home jurisdiction</source>
            <translation>өз юрисдикциясы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="160" />
            <source>other jurisdiction</source>
            <translation>басқа юрисдикция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="163" />
            <source>not recorded</source>
            <translation>көрсетілмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="164" />
            <source>not a PEP</source>
            <translation>ЖЛТ емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="165" />
            <source>{seen} (worst: {worst}, {kind})</source>
            <translation>{seen} (ең нашары: {worst}, {kind})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/rulepack.py" line="49" />
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="101" />
            <source>read in the law or the regulator's rulebook</source>
            <translation>заңнан немесе реттеушінің қағидаларынан оқылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/rulepack.py" line="50" />
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="102" />
            <source>secondary source</source>
            <translation>қосалқы дереккөз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/rulepack.py" line="51" />
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="103" />
            <source>unverified or sources disagree</source>
            <translation>тексерілмеген немесе дереккөздер сәйкес келмейді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/rulepack.py" line="52" />
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="104" />
            <source>product default, not law</source>
            <translation>бағдарламаның әдепкі мәні, заң емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/severity.py" line="105" />
            <source>Critical</source>
            <translation>Сыни</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/severity.py" line="106" />
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="20" />
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="55" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="41" />
            <source>High</source>
            <translation>Жоғары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/severity.py" line="107" />
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="20" />
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="55" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="41" />
            <source>Medium</source>
            <translation>Орташа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/severity.py" line="108" />
            <source>Info</source>
            <translation>Ақпараттық</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/threshold_catalogue.py" line="56" />
            <source>Threshold report row {kind!r}: applies_to must be one of {applies} and condition one of {conditions}.</source>
            <translation>Шекті хабарламалар жолы {kind!r}: applies_to мыналардың бірі болуы керек: {applies}, ал condition — мыналардың бірі: {conditions}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/threshold_catalogue.py" line="65" />
            <source>Threshold report row {kind!r}: {value!r} is not an amount.</source>
            <translation>Шекті хабарламалар жолы {kind!r}: {value!r} сома емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="54" />
            <source>originator's name</source>
            <translation>жіберушінің аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="55" />
            <source>originator's wallet or account</source>
            <translation>жіберушінің әмияны немесе шоты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="56" />
            <source>originator's address, ID number, customer ID or birth date and place</source>
            <translation>жіберушінің мекенжайы, құжат нөмірі, клиент нөмірі немесе туған күні мен жері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="57" />
            <source>beneficiary's name</source>
            <translation>алушының аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="58" />
            <source>beneficiary's wallet or account</source>
            <translation>алушының әмияны немесе шоты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="68" />
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="104" />
            <source>complete</source>
            <translation>толық</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="69" />
            <source>incomplete</source>
            <translation>толық емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="70" />
            <source>not applicable</source>
            <translation>қолданылмайды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="71" />
            <source>not in force on that day</source>
            <translation>ереже ол күні күшінде болмаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="72" />
            <source>rule to enter from the statute</source>
            <translation>ережені заң мәтіні бойынша енгізу керек</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="216" />
            <source>it is not in the register of counterparty providers</source>
            <translation>ол контрагент-провайдерлер тізілімінде жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="145" />
            <source>missing {fields}</source>
            <translation>жетіспейді: {fields}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="182" />
            <source>Transfer of {value} ({asset}) on {date}, at or above the Travel Rule threshold of {threshold}: {missing} ({rule}).</source>
            <translation>{date} күнгі {value} ({asset}) аударымы Travel Rule (аударым ережесі) шегінен ({threshold}) кем емес: {missing} ({rule}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="218" />
            <source>its due diligence is not recorded</source>
            <translation>оны тиісінше тексеру тіркелмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="222" />
            <source>{count} transfer(s) with {provider} from {first} to {last}: {why}; counterparty providers are vetted before the first transfer (AIFC AML 11-1).</source>
            <translation>{first} – {last} аралығында {provider} провайдерімен аударымдар: {count}; {why}. Контрагент-провайдерлер алғашқы аударымға дейін тексеріледі (AIFC AML 11-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="129" />
            <source>The Travel Rule field lists name unknown fields: {fields}.</source>
            <translation>Travel Rule өрістерінің тізімдерінде белгісіз өрістер бар: {fields}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="105" />
            <source>The Travel Rule threshold {value!r} is not an amount.</source>
            <translation>Travel Rule (аударым ережесі) шегі {value!r} сома емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="220" />
            <source>its due diligence was done only on {date}</source>
            <translation>оны тиісінше тексеру тек {date} күні жүргізілген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="88" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="32" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="83" />
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="15" />
            <source>Licences</source>
            <translation>Лицензиялар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="89" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="40" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="84" />
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="13" />
            <source>Pool accreditations</source>
            <translation>Пулдарды аккредиттеу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="90" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="24" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="87" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="90" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="92" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="93" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="27" />
            <source>Customers</source>
            <translation>Клиенттер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="91" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="27" />
            <source>Customer reviews</source>
            <translation>Клиенттерді қайта қарау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="92" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="25" />
            <source>Customer documents</source>
            <translation>Клиент құжаттары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="93" />
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="161" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="43" />
            <location filename="../../desktop/kuzet/registers/system/permissions.py" line="16" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="109" />
            <source>MLRO</source>
            <translation>Жауапты қызметкер (MLRO)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="94" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="35" />
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="183" />
            <source>Training</source>
            <translation>Оқыту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="95" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="16" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="127" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="27" />
            <source>Independent audits</source>
            <translation>Тәуелсіз аудиттер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="96" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="41" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="52" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="55" />
            <source>Remediation actions</source>
            <translation>Түзету шаралары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="97" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="223" />
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="19" />
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="22" />
            <source>Business risk assessment</source>
            <translation>Компания тәуекелдерін бағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="98" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="14" />
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="35" />
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="38" />
            <source>AML Returns</source>
            <translation>АЖ/ТҚ бойынша жылдық есептер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="99" />
            <source>Pool distribution reports</source>
            <translation>Пулдың бөлу туралы есептері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="229" />
            <source>Writing the calendar</source>
            <translation>Күнтізбе жазылуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="271" />
            <source>Kuzet deadlines</source>
            <translation>Kuzet мерзімдері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="179" />
            <source>{overdue} overdue, {week} due this week</source>
            <translation>мерзімі өткен: {overdue}, осы аптада: {week}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="271" />
            <source>Kuzet — {firm}</source>
            <translation>Kuzet — {firm}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="242" />
            <source>Kuzet record: {register} #{id}</source>
            <translation>Kuzet жазбасы: {register} №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="189" />
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="267" />
            <source>… and {n} more</source>
            <translation>… тағы {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="240" />
            <source>Owner: {owner}</source>
            <translation>Жауапты: {owner}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="191" />
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="94" />
            <source>Enter the citizenship (ISO code, e.g. KZ).</source>
            <translation>Азаматтығын көрсетіңіз (ISO коды, мысалы KZ).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="195" />
            <source>This is a BIN; an individual needs an IIN.</source>
            <translation>Бұл БСН; жеке тұлғаға ЖСН қажет.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="203" />
            <source>Enter the date of birth.</source>
            <translation>Туған күнін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="207" />
            <source>Sex is male or female.</source>
            <translation>Жынысы — ер немесе әйел.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="210" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="130" />
            <source>The issue date cannot be in the future.</source>
            <translation>Берілген күні болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="212" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="133" />
            <source>The expiry must be after the issue date.</source>
            <translation>Қолданылу мерзімі берілген күннен кейін аяқталуы керек.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="234" />
            <source>The registration date cannot be in the future.</source>
            <translation>Тіркелген күн болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="341" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="85" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="33" />
            <source>customer</source>
            <translation>клиент</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="383" />
            <source>customer file</source>
            <translation>клиенттің іс қағазы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="117" />
            <source>Choose individual or legal entity.</source>
            <translation>Таңдаңыз: жеке немесе заңды тұлға.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="122" />
            <source>Enter the full name as in the ID document.</source>
            <translation>Толық атын жеке басты куәландыратын құжаттағыдай енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="124" />
            <source>Enter the entity's name as registered.</source>
            <translation>Заңды тұлғаның атауын тіркелгендей енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="134" />
            <source>Enter the country of residence (ISO code, e.g. KZ).</source>
            <translation>Тұратын елін көрсетіңіз (ISO коды, мысалы KZ).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="136" />
            <source>Enter the country of registration (ISO code, e.g. KZ).</source>
            <translation>Тіркелген елін көрсетіңіз (ISO коды, мысалы KZ).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="173" />
            <source>Invalid BIN: {reason}.</source>
            <translation>БСН қате: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="200" />
            <source>Without an IIN, enter the ID document's type and number.</source>
            <translation>ЖСН болмаса, жеке басты куәландыратын құжаттың түрі мен нөмірін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="205" />
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="97" />
            <source>The date of birth cannot be in the future.</source>
            <translation>Туған күн болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="222" />
            <source>This is an IIN: record an individual entrepreneur as an individual.</source>
            <translation>Бұл ЖСН: жеке кәсіпкерді жеке тұлға ретінде тіркеңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="143" />
            <source>{email} is not an e-mail address.</source>
            <translation>{email} — электрондық пошта мекенжайы емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="158" />
            <source>PEP must be empty or one of: {kinds}.</source>
            <translation>ЖЛТ бос болуы немесе мыналардың бірі болуы керек: {kinds}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="172" />
            <source>Invalid IIN: {reason}.</source>
            <translation>ЖСН қате: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="182" />
            <source>A citizen of {home} has an IIN: enter it.</source>
            <translation>{home} азаматының ЖСН бар: оны енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="231" />
            <source>Without a BIN, enter the registration number.</source>
            <translation>БСН болмаса, тіркеу нөмірін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="359" />
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="112" />
            <source>A retired customer file cannot be edited.</source>
            <translation>Клиенттің шығарылған іс қағаздарын өзгертуге болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="362" />
            <source>An individual cannot become an entity: open a new customer file.</source>
            <translation>Жеке тұлға заңды тұлғаға айнала алмайды: клиенттің жаңа іс қағаздарын ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="376" />
            <source>Write why the IIN and the file disagree.</source>
            <translation>ЖСН мен іс қағаздарының неліктен сәйкес келмейтінін түсіндіріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="139" />
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="193" />
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="92" />
            <source>{code} is not an ISO country code.</source>
            <translation>{code} — ISO ел коды емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="150" />
            <source>Customer #{id} already has this number.</source>
            <translation>№{id} клиентте осындай нөмір бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="227" />
            <source>An entity registered in {home} has a BIN: enter it.</source>
            <translation>{home} елінде тіркелген заңды тұлғаның БСН бар: оны енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="247" />
            <source>Unknown choice {value!r}; expected one of {keys}.</source>
            <translation>Белгісіз мән {value!r}; мыналардың бірі күтіледі: {keys}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/desk.py" line="58" />
            <location filename="../../desktop/kuzet/registers/programme/response_import.py" line="116" />
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="151" />
            <source>Importing {name}</source>
            <translation>{name} импортталуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="34" />
            <source>Choose what the document is.</source>
            <translation>Бұл қандай құжат екенін таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="37" />
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="68" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="260" />
            <source>The period cannot end before it starts.</source>
            <translation>Кезең басталмай тұрып аяқтала алмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="40" />
            <source>The expiry cannot be before the period starts.</source>
            <translation>Мерзімі кезең басталғанға дейін аяқтала алмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="65" />
            <source>A retired customer file cannot take new documents.</source>
            <translation>Клиенттің шығарылған іс қағаздарына жаңа құжат қосуға болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="74" />
            <source>The document needs a file name.</source>
            <translation>Құжаттың файл атауы болуы керек.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="76" />
            <source>The file is empty.</source>
            <translation>Файл бос.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="129" />
            <source>document #{id} does not exist</source>
            <translation>№{id} құжат жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="150" />
            <source>Say why the document is no longer relied on.</source>
            <translation>Құжатқа неліктен енді сүйенбейтінін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="151" />
            <source>Document #{id} is already retired.</source>
            <translation>№{id} құжат бұрыннан шығарылған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="69" />
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="104" />
            <source>Owner #{id} is not an owner of this customer.</source>
            <translation>№{id} бенефициарлық меншік иесі бұл клиентке жатпайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="121" />
            <source>Cannot read {name}: {error}</source>
            <translation>{name} оқылмады: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="98" />
            <source>The approval date cannot be in the future.</source>
            <translation>Мақұлдау күні болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="100" />
            <source>Name the senior manager who approved.</source>
            <translation>Мақұлдаған басшыны көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="102" />
            <source>Say how the source of funds was verified.</source>
            <translation>Қаражат көзі қалай тексерілгенін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="80" />
            <source>the source of wealth</source>
            <translation>әл-ауқат көзі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="82" />
            <source>verification of the source of wealth</source>
            <translation>әл-ауқат көзін тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="86" />
            <source>verification of the source of funds</source>
            <translation>қаражат көзін тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="88" />
            <source>senior management approval (who and when)</source>
            <translation>басшылықтың мақұлдауы (кім және қашан)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="90" />
            <source>enhanced monitoring</source>
            <translation>күшейтілген мониторинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="160" />
            <source>The file is retired.</source>
            <translation>Іс қағаздары шығарылған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="163" />
            <source>The IIN disagrees with the birth date or sex in the file: explain it first.</source>
            <translation>ЖСН іс қағаздарындағы туған күнге немесе жынысқа сәйкес келмейді: алдымен сәйкессіздікті түсіндіріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="166" />
            <source>Record the purpose and intended nature of the relationship.</source>
            <translation>Іскерлік қатынастардың мақсаты мен болжамды сипатын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="168" />
            <source>Record the address.</source>
            <translation>Мекенжайды көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="196" />
            <source>The risk has not been assessed.</source>
            <translation>Тәуекел бағаланбаған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="84" />
            <source>evidence of the source of wealth (a note or a document)</source>
            <translation>әл-ауқат көзінің дәлелі (жазба немесе құжат)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="187" />
            <source>Record the beneficial owners of the entity.</source>
            <translation>Заңды тұлғаның бенефициарлық меншік иелерін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="202" />
            <source>a PEP</source>
            <translation>ЖЛТ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="202" />
            <source>high risk</source>
            <translation>жоғары тәуекел</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="250" />
            <source>The decision is approve, reject, exit, freeze or unfreeze.</source>
            <translation>Шешім: approve (мақұлдау), reject (бас тарту), exit (қатынастарды тоқтату), freeze (бұғаттау) немесе unfreeze (бұғаттан шығару).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="257" />
            <source>The customer is frozen: the freeze stays until it is lifted (unfreeze, with a reason).</source>
            <translation>Клиент бұғатталған: бұғаттау ол алынғанша сақталады (себебін көрсетіп бұғаттан шығару).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="269" />
            <source>The relationship has already ended.</source>
            <translation>Іскерлік қатынастар тоқтатылған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="277" />
            <source>approved</source>
            <translation>мақұлданды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="172" />
            <source>source of funds</source>
            <translation>қаражат көзі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="173" />
            <source>product or service</source>
            <translation>өнім немесе қызмет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="174" />
            <source>delivery channel</source>
            <translation>қызмет көрсету арнасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="180" />
            <source>Record the {items} (the risk assessment needs them).</source>
            <translation>Көрсетіңіз: {items} (бұл тәуекелді бағалауға қажет).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="267" />
            <source>Say why (it goes in the file and the audit trail).</source>
            <translation>Себебін көрсетіңіз (ол іс қағаздарына және аудит журналына енеді).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="191" />
            <source>An owner's IIN disagrees with their file: explain it ({names}).</source>
            <translation>Иенің ЖСН оның деректеріне сәйкес келмейді: сәйкессіздікті түсіндіріңіз ({names}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="204" />
            <source>EDD is required ({why}) and incomplete: missing {items}.</source>
            <translation>Күшейтілген тексеру қажет ({why}) және ол аяқталмаған: жетіспейді — {items}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="19" />
            <source>Customer file</source>
            <translation>Клиенттің іс қағаздары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="20" />
            <source>Beneficial owner</source>
            <translation>Бенефициарлық меншік иесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="21" />
            <source>PEP status</source>
            <translation>ЖЛТ мәртебесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="22" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="141" />
            <source>Risk assessment</source>
            <translation>Тәуекелдерді бағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="23" />
            <source>EDD</source>
            <translation>Күшейтілген тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="24" />
            <source>Review</source>
            <translation>Қайта қарау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="25" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="36" />
            <source>Document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="80" />
            <source>Kind (individual or entity)</source>
            <translation>Түрі (individual — жеке, entity — заңды тұлға)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="81" />
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="66" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="283" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="301" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="311" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="245" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="50" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="23" />
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="82" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="164" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="23" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="46" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="109" />
            <source>Name in Latin</source>
            <translation>Латынша аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="83" />
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="68" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="165" />
            <source>IIN / BIN</source>
            <translation>ЖСН / БСН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="84" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="172" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="27" />
            <source>Date of birth</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="85" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="305" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="319" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="119" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="180" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="31" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="31" />
            <source>Citizenship</source>
            <translation>Азаматтығы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="86" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="323" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="32" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="32" />
            <source>Residence</source>
            <translation>Тұратын елі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="87" />
            <source>ID document type</source>
            <translation>Жеке басты куәландыратын құжат түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="88" />
            <source>ID document number</source>
            <translation>Жеке басты куәландыратын құжат нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="89" />
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="137" />
            <source>ID document expiry</source>
            <translation>Жеке басты куәландыратын құжат мерзімінің аяқталуы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="90" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="81" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="200" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="78" />
            <source>Address</source>
            <translation>Мекенжайы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="91" />
            <source>PEP category</source>
            <translation>ЖЛТ санаты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="92" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="205" />
            <source>Purpose of the relationship</source>
            <translation>Іскерлік қатынастардың мақсаты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="93" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="349" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="177" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="30" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="94" />
            <source>ID document issued by</source>
            <translation>Жеке басты куәландыратын құжатты берген орган</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="95" />
            <source>ID document issued on</source>
            <translation>Жеке басты куәландыратын құжаттың берілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="96" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="259" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="203" />
            <source>Occupation</source>
            <translation>Қызмет түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="97" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="287" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="201" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="98" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="159" />
            <source>Email</source>
            <translation>Эл. пошта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="99" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="312" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="194" />
            <source>Registration number</source>
            <translation>Тіркеу нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="100" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="311" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="197" />
            <source>Registered on</source>
            <translation>Тіркелген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="101" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="151" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="199" />
            <source>Directors</source>
            <translation>Басшылар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="102" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="297" />
            <source>Product</source>
            <translation>Өнім</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="103" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="116" />
            <source>Channel</source>
            <translation>Арна</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="104" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="187" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="354" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="214" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="37" />
            <source>Source of funds</source>
            <translation>Қаражат көзі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="105" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="217" />
            <source>Funds: details</source>
            <translation>Қаражат: толығырақ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="106" />
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="143" />
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="174" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="113" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="256" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="225" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="60" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="29" />
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="25" />
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="52" />
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="90" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="46" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="47" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="44" />
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="27" />
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="72" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="59" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="65" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="66" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="74" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="22" />
            <source>Notes</source>
            <translation>Ескертпелер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="289" />
            <source>{count} customer NOT screened: no watchlist is in force. Import the lists, then screen it (Screening page or kuzet screen --all):|{count} customers NOT screened: no watchlist is in force. Import the lists, then screen them (Screening page or kuzet screen --all):</source>
            <translation>Тексерілмеген клиенттер: {count} — қолданыстағы тізім жоқ. Тізімдерді импорттап, содан кейін клиенттерді тексеріңіз («Тізімдер бойынша тексеру» беті немесе kuzet screen --all):</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="296" />
            <source>{count} customer screened only against out-of-date lists. Import the current editions, then screen it again:|{count} customers screened only against out-of-date lists. Import the current editions, then screen them again:</source>
            <translation>Тек ескірген тізімдер бойынша тексерілген клиенттер: {count}. Ағымдағы редакцияларды импорттап, оларды қайта тексеріңіз:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="189" />
            <location filename="../../desktop/kuzet/registers/mining/import_checker.py" line="101" />
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="251" />
            <location filename="../../desktop/kuzet/registers/programme/response_import.py" line="105" />
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="129" />
            <location filename="../../desktop/kuzet/store/backup.py" line="209" />
            <location filename="../../desktop/kuzet/store/backup_check.py" line="65" />
            <source>Checking {name}</source>
            <translation>Тексеру: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="194" />
            <source>kind must be individual or entity</source>
            <translation>түрі individual (жеке тұлға) немесе entity (заңды тұлға) болуы керек</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="241" />
            <source>customer #{id} already has this number</source>
            <translation>№{id} клиентте осындай нөмір бар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="214" />
            <source>declared (imported from {name})</source>
            <translation>мәлімделген ({name} файлынан импортталған)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="215" />
            <source>import of {name}, line {line}</source>
            <translation>{name} импорты, {line}-жол</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="275" />
            <source>and {count} more</source>
            <translation>және тағы {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/knowledge_tests.py" line="27" />
            <source>Choose the customer.</source>
            <translation>Клиентті таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/knowledge_tests.py" line="29" />
            <source>Enter the day the test was taken.</source>
            <translation>Тест тапсырылған күнді енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/knowledge_tests.py" line="57" />
            <source>knowledge test</source>
            <translation>білім тесті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/knowledge_tests.py" line="31" />
            <source>The test cannot be dated in the future.</source>
            <translation>Тест күні болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/knowledge_tests.py" line="45" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="154" />
            <source>Customer #{id} does not exist.</source>
            <translation>№{id} клиент жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="33" />
            <source>Review overdue</source>
            <translation>Қайта қарау мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="34" />
            <source>Review due within the reminder window</source>
            <translation>Қайта қарау мерзімі жақындады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="35" />
            <source>EDD required and incomplete</source>
            <translation>Күшейтілген тексеру қажет, аяқталмаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="36" />
            <source>ID document expired</source>
            <translation>Жеке басты куәландыратын құжаттың мерзімі өтті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="37" />
            <source>IIN disagrees with the file</source>
            <translation>ЖСН іс қағаздарына сәйкес емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="38" />
            <source>Waiting for a decision</source>
            <translation>Шешім күтілуде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="67" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="27" />
            <source>Latin name</source>
            <translation>Латынша аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="69" />
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="101" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="49" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="66" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="282" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="298" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="313" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="335" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="222" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="162" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="18" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="70" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="81" />
            <source>Risk</source>
            <translation>Тәуекел</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="71" />
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="114" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="32" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="72" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="14" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="36" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="33" />
            <source>PEP</source>
            <translation>ЖЛТ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="72" />
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="119" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="235" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="250" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="196" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="207" />
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="43" />
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="72" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="64" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="83" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="107" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="196" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="123" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="230" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="198" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="220" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="42" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="74" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="32" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="112" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="51" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="78" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="121" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="361" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="30" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="39" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="29" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="59" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="133" />
            <source>Status</source>
            <translation>Мәртебе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="73" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="31" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="60" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="29" />
            <source>Next review</source>
            <translation>Келесі қайта қарау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="74" />
            <source>ID expires</source>
            <translation>Құжат мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="89" />
            <source>not assessed</source>
            <translation>бағаланбаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="90" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="279" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="293" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="226" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="217" />
            <source>retired ({status})</source>
            <translation>шығарылған ({status})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="94" />
            <source>FROZEN</source>
            <translation>БҰҒАТТАЛҒАН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="95" />
            <source>{count} open hit|{count} open hits</source>
            <translation>{count} ашық сәйкестік|{count} ашық сәйкестік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="106" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="333" />
            <source>Risk tier</source>
            <translation>Тәуекел деңгейі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="124" />
            <source>Needs attention</source>
            <translation>Назар аударуды қажет етеді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="102" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="27" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="27" />
            <source>Any kind</source>
            <translation>Кез келген түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="108" />
            <source>Any risk</source>
            <translation>Кез келген тәуекел</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="115" />
            <source>PEP or not</source>
            <translation>ЖЛТ ме, жоқ па</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="115" />
            <source>PEPs</source>
            <translation>ЖЛТ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="115" />
            <source>Not PEPs</source>
            <translation>ЖЛТ емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="120" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="252" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="252" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="207" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="207" />
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="75" />
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="75" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="35" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="35" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="232" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="221" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="76" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="124" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="124" />
            <source>Any status</source>
            <translation>Кез келген мәртебе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="125" />
            <source>Everything</source>
            <translation>Барлығы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/onboarding.py" line="82" />
            <source>onboarding declaration</source>
            <translation>қызмет көрсетуге қабылдау кезіндегі мәлімдеме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/onboarding.py" line="81" />
            <source>declared at onboarding</source>
            <translation>қызмет көрсетуге қабылдау кезінде мәлімделген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="12" />
            <source>Individual</source>
            <translation>Жеке тұлға</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="12" />
            <source>Legal entity</source>
            <translation>Заңды тұлға</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="14" />
            <source>Pending decision</source>
            <translation>Шешім күтілуде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="15" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="195" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="29" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="34" />
            <source>Approved</source>
            <translation>Мақұлданған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="16" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="35" />
            <source>Rejected</source>
            <translation>Бас тартылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="17" />
            <source>Relationship ended</source>
            <translation>Қатынастар тоқтатылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="18" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="177" />
            <source>Frozen</source>
            <translation>Бұғатталған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="20" />
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="55" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="41" />
            <source>Low</source>
            <translation>Төмен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="21" />
            <source>Male</source>
            <translation>Ер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="21" />
            <source>Female</source>
            <translation>Әйел</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="81" />
            <source>Enter the owner's full name as in the ID document.</source>
            <translation>Бенефициарлық меншік иесінің толық атын жеке басты куәландыратын құжаттағыдай енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="85" />
            <source>This is a BIN: a beneficial owner is a natural person.</source>
            <translation>Бұл БСН: бенефициарлық меншік иесі — жеке тұлға.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="106" />
            <source>The share is between 0 and 100 percent.</source>
            <translation>Үлес 0-ден 100 пайызға дейін болады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="114" />
            <source>Say how the person exercises control.</source>
            <translation>Тұлғаның бақылауды қалай жүзеге асыратынын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="191" />
            <source>beneficial owner #{id} does not exist</source>
            <translation>№{id} бенефициарлық меншік иесі жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="204" />
            <source>A retired owner cannot be edited.</source>
            <translation>Шығарылған бенефициарлық меншік иесін өзгертуге болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="220" />
            <source>Say why the person is no longer an owner.</source>
            <translation>Тұлғаның неліктен енді бенефициарлық меншік иесі емес екенін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="103" />
            <source>Enter the share as a number of percent.</source>
            <translation>Үлесті пайыз санымен көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="166" />
            <source>Only a legal entity has beneficial owners.</source>
            <translation>Бенефициарлық меншік иелері тек заңды тұлғада болады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="221" />
            <source>Owner #{id} is already retired.</source>
            <translation>№{id} бенефициарлық меншік иесі бұрыннан шығарылған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="228" />
            <source>the person is no longer an owner: {reason}</source>
            <translation>тұлға енді бенефициарлық меншік иесі емес: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="111" />
            <source>Below {limit}% and no control: not a beneficial owner. Record control, or the share.</source>
            <translation>{limit}%-дан аз және бақылау жоқ — бенефициарлық меншік иесі емес. Бақылауды немесе үлесті көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="119" />
            <source>The owners' shares would add up to {total}%, more than 100%.</source>
            <translation>Бенефициарлық меншік иелері үлестерінің жиыны {total}% болар еді — 100%-дан көп.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="181" />
            <source>declared</source>
            <translation>мәлімделген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="52" />
            <source>Choose the PEP category.</source>
            <translation>ЖЛТ санатын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="62" />
            <source>The start in office cannot be in the future.</source>
            <translation>Лауазымға кіріскен күн болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="64" />
            <source>Leaving office cannot be in the future.</source>
            <translation>Лауазымнан кеткен күн болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="66" />
            <source>Leaving office cannot come before taking it.</source>
            <translation>Лауазымнан кету оған кірісуден бұрын болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="114" />
            <source>PEP record #{id} does not exist</source>
            <translation>№{id} ЖЛТ жазбасы жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="125" />
            <source>A retired PEP record cannot be edited.</source>
            <translation>Шығарылған ЖЛТ жазбасын өзгертуге болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="137" />
            <source>Say why the PEP record is withdrawn.</source>
            <translation>ЖЛТ жазбасының неліктен кері қайтарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="55" />
            <source>Say what kind of PEP the related person is.</source>
            <translation>Байланысты тұлға ЖЛТ-ның қай санатына жататынын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="57" />
            <source>Name the PEP and the relation (e.g. spouse of ...).</source>
            <translation>ЖЛТ-ны және байланысты көрсетіңіз (мысалы, ... жұбайы).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="59" />
            <source>Enter the public position held.</source>
            <translation>Атқаратын жария лауазымды көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="138" />
            <source>PEP record #{id} is already retired.</source>
            <translation>№{id} ЖЛТ жазбасы бұрыннан шығарылған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="34" />
            <source>Enter the date of the review.</source>
            <translation>Қайта қарау күнін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="42" />
            <source>Write what was checked and found.</source>
            <translation>Не тексерілгенін және не анықталғанын жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="151" />
            <source>reassess the risk once PEP status has ended</source>
            <translation>ЖЛТ мәртебесі аяқталғаннан кейін тәуекелді қайта бағалаңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="36" />
            <source>A review cannot be dated in the future.</source>
            <translation>Қайта қарау күні болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="54" />
            <source>Only approved customers are reviewed; decide on onboarding first.</source>
            <translation>Тек мақұлданған клиенттер қайта қаралады; алдымен қызмет көрсетуге қабылдау туралы шешім қабылдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="128" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="48" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="293" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="277" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="137" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="141" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="101" />
            <source>overdue</source>
            <translation>мерзімі өтті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="128" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="103" />
            <source>due</source>
            <translation>мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="129" />
            <source>Customer review</source>
            <translation>Клиентті қайта қарау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="152" />
            <source>PEP status ends</source>
            <translation>ЖЛТ мәртебесінің аяқталуы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="38" />
            <source>Choose the outcome: {choices}.</source>
            <translation>Нәтижені таңдаңыз: {choices}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="50" />
            <source>A retired customer file cannot be reviewed.</source>
            <translation>Клиенттің шығарылған іс қағаздарын қайта қарауға болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="127" />
            <source>{tier} risk</source>
            <translation>Тәуекел: {tier}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="136" />
            <location filename="../../desktop/kuzet/registers/deadlines.py" line="84" />
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="59" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="85" />
            <source>expired</source>
            <translation>мерзімі өтті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="136" />
            <source>expires</source>
            <translation>мерзімі аяқталады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/risk.py" line="202" />
            <source>The tier is low, medium or high.</source>
            <translation>Деңгейі: төмен, орташа немесе жоғары.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/risk.py" line="205" />
            <source>Say why the computed tier is overridden (it goes in the audit trail).</source>
            <translation>Есептелген деңгейдің неліктен өзгертілетінін көрсетіңіз (бұл аудит журналына енеді).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="112" />
            <source>The customer is frozen: unfreeze it first, with a reason.</source>
            <translation>Клиент бұғатталған: алдымен оны себебін көрсетіп бұғаттан шығарыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="146" />
            <source>Frozen by the officer's decision, without a hit.</source>
            <translation>Қызметкердің шешімімен бұғатталды, тізімдермен сәйкестіксіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="56" />
            <source> (beneficial owner {name})</source>
            <translation> (бенефициарлық меншік иесі {name})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="71" />
            <source>Hit #{id} is open{whose}: {list} entry {ref} "{name}", score {score}. Decide it on the Screening page first.</source>
            <translation>№{id} сәйкестік ашық{whose}: {list}, {ref} жазбасы «{name}», балл {score}. Алдымен ол бойынша «Тізімдер бойынша тексеру» бетінде шешім қабылдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="133" />
            <source>Say why the customer is frozen.</source>
            <translation>Клиенттің неліктен бұғатталатынын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="136" />
            <source>The customer is already frozen.</source>
            <translation>Клиент бұрыннан бұғатталған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="155" />
            <source>Say why the freeze is lifted (it goes in the audit trail).</source>
            <translation>Бұғаттаудың неліктен алынатынын көрсетіңіз (бұл аудит журналына енеді).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="159" />
            <source>The customer is not frozen.</source>
            <translation>Клиент бұғатталмаған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="67" />
            <source>Hit #{id} is a confirmed sanctions match{whose}: {list} entry {ref} "{name}", score {score}. A sanctions match cannot be approved.</source>
            <translation>№{id} сәйкестік — расталған санкциялық сәйкестік{whose}: {list}, {ref} жазбасы «{name}», балл {score}. Санкциялық сәйкестігі бар клиентті мақұлдауға болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="137" />
            <source>frozen: {reason}</source>
            <translation>бұғатталды: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="160" />
            <source>unfrozen: {reason}</source>
            <translation>бұғаттан шығарылды: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/deadlines.py" line="63" />
            <source>due today</source>
            <translation>мерзімі бүгін</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/deadlines.py" line="64" />
            <source>in {days} day|in {days} days</source>
            <translation>{days} күннен кейін</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/deadlines.py" line="86" />
            <source>within {days} days</source>
            <translation>{days} күн ішінде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/deadlines.py" line="61" />
            <source>{days} day overdue|{days} days overdue</source>
            <translation>мерзімі {days} күнге өтті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/errors.py" line="71" />
            <source>repeats line {line}</source>
            <translation>{line}-жолды қайталайды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="112" />
            <source>{records} record; stop the activity or restore the licence|{records} records; stop the activity or restore the licence</source>
            <translation>жазбалар: {records}; қызметті тоқтатыңыз немесе лицензияны қалпына келтіріңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="93" />
            <source>{activity} on {days} day ({period}) with no licence held|{activity} on {days} days ({period}) with no licence held</source>
            <translation>{activity}: лицензиясыз күндер — {days} ({period})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="98" />
            <source>{activity} on {days} day ({period}) while {licence} was {cause}|{activity} on {days} days ({period}) while {licence} was {cause}</source>
            <translation>{activity}: күндер — {days} ({period}), бұл кезде {licence}: {cause}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="50" />
            <source>mining output</source>
            <translation>өндіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="51" />
            <source>sales of mined coin</source>
            <translation>өндірілген монеталарды сату</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="52" />
            <source>customer transactions</source>
            <translation>клиенттердің операциялары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="58" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="83" />
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="116" />
            <source>suspended</source>
            <translation>тоқтатылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="60" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="84" />
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="116" />
            <source>revoked</source>
            <translation>кері қайтарылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="61" />
            <source>not yet issued</source>
            <translation>әлі берілмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="62" />
            <source>no licence held</source>
            <translation>лицензия жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="82" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="107" />
            <source>active</source>
            <translation>қолданыста</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="117" />
            <source>Choose the licence type.</source>
            <translation>Лицензия түрін таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="123" />
            <source>Enter the licence number as printed on the licence.</source>
            <translation>Лицензия нөмірін лицензияда көрсетілгендей енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="125" />
            <source>Enter who issued it (e.g. AFSA, NBK, MDDIAI).</source>
            <translation>Оны кім бергенін көрсетіңіз (мысалы, AFSA, ҰБ, ЦДИАӨМ).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="128" />
            <source>Enter the issue date.</source>
            <translation>Берілген күнін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="140" />
            <source>A suspension needs its start date.</source>
            <translation>Тоқтата тұру үшін басталу күні қажет.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="143" />
            <source>The suspension cannot end before it starts.</source>
            <translation>Тоқтата тұру басталмай тұрып аяқтала алмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="185" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="191" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="203" />
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="20" />
            <source>licence</source>
            <translation>лицензия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="229" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="256" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="26" />
            <source>Type</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="230" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="194" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="258" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="27" />
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="231" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="212" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="28" />
            <source>Issuer</source>
            <translation>Берген орган</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="232" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="29" />
            <source>Issued</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="233" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="194" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="79" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="32" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="43" />
            <source>Expires</source>
            <translation>Жарамдылық мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="234" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="195" />
            <source>Days left</source>
            <translation>Қалған күндер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="236" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="127" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="44" />
            <source>Conditions</source>
            <translation>Шарттар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="256" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="256" />
            <source>Any type</source>
            <translation>Кез келген түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="136" />
            <source>Status must be one of {statuses}.</source>
            <translation>Мәртебе мыналардың бірі болуы керек: {statuses}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="119" />
            <source>Unknown licence type {type!r}.</source>
            <translation>Белгісіз лицензия түрі {type!r}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="147" />
            <source>Licence #{id} already has this type and number.</source>
            <translation>№{id} лицензияда осындай түрі мен нөмірі бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="392" />
            <source>Licence expiry</source>
            <translation>Лицензия мерзімінің аяқталуы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="295" />
            <source>suspended to {date}</source>
            <translation>тоқтатылған, {date} дейін</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="42" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="193" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="244" />
            <source>Accredited</source>
            <translation>Аккредиттелген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="43" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="48" />
            <source>Suspended</source>
            <translation>Тоқтатылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="44" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="49" />
            <source>Revoked</source>
            <translation>Кері қайтарылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="45" />
            <source>Not accredited</source>
            <translation>Аккредиттелмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="47" />
            <source>Expired</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="132" />
            <source>pool accreditation</source>
            <translation>пулды аккредиттеу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="58" />
            <source>Enter the pool's name as its payout files write it.</source>
            <translation>Пул атауын оның төлем файлдарында жазылғандай енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="74" />
            <source>Enter the accreditation number.</source>
            <translation>Аккредиттеу нөмірін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="77" />
            <source>Enter the accreditation date.</source>
            <translation>Аккредиттеу күнін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="82" />
            <source>The expiry must be after the accreditation date.</source>
            <translation>Жарамдылық мерзімі аккредиттеу күнінен кейін аяқталуы керек.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="84" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="87" />
            <source>Enter the day the suspension or revocation took effect.</source>
            <translation>Тоқтата тұру немесе кері қайтару күшіне енген күнді енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="190" />
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="139" />
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="162" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="288" />
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="20" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="24" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="19" />
            <source>Pool</source>
            <translation>Пул</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="191" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="263" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="30" />
            <source>Operator BIN</source>
            <translation>Оператордың БСН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="192" />
            <source>Accreditation</source>
            <translation>Аккредиттеу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="197" />
            <source>Hardware in KZ</source>
            <translation>Жабдық ҚР-да</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="198" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="198" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="169" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="160" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="56" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="25" />
            <source>Evidence</source>
            <translation>Растайтын құжат</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="71" />
            <source>Enter the pool operator's BIN (12 digits).</source>
            <translation>Пул операторының БСН-ін енгізіңіз (12 цифр).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="79" />
            <source>The accreditation date cannot be in the future.</source>
            <translation>Аккредиттеу күні болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="242" />
            <location filename="../../desktop/kuzet/registers/mining/ledger.py" line="57" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="232" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="267" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="290" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="73" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="95" />
            <source>retired</source>
            <translation>шығарылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="61" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="68" />
            <source>Status must be one of {values}.</source>
            <translation>Мәртебе мыналардың бірі болуы керек: {values}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="69" />
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="80" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="86" />
            <source>Not a valid BIN: {reason}.</source>
            <translation>БСН жарамсыз: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="89" />
            <source>Accreditation #{id} already has this number.</source>
            <translation>№{id} аккредиттеуде осындай нөмір бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="276" />
            <source>Pool accreditation expiry</source>
            <translation>Пул аккредиттеуінің аяқталуы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="228" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="216" />
            <source>AIFC-licensed</source>
            <translation>АХҚО лицензиясы бар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="229" />
            <source>licensed by the National Bank</source>
            <translation>Ұлттық Банк лицензиялаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="230" />
            <source>registered by the National Bank</source>
            <translation>Ұлттық Банк тіркеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="170" />
            <source>pool not accredited (no accreditation in the register)</source>
            <translation>пул аккредиттелмеген (тізілімде аккредиттеу жоқ)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="182" />
            <source>pool not accredited</source>
            <translation>пул аккредиттелмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="184" />
            <source>not yet accredited (from {day})</source>
            <translation>әлі аккредиттелмеген ({day} бастап)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="185" />
            <source>accreditation expired on {day}</source>
            <translation>аккредиттеу мерзімі {day} күні өтті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="186" />
            <source>accreditation {word} from {day}</source>
            <translation>аккредиттеу {day} бастап {word}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="194" />
            <source>pool hardware outside Kazakhstan</source>
            <translation>пул жабдығы Қазақстаннан тыс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="273" />
            <source>no AIFC licence</source>
            <translation>АХҚО лицензиясы жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="275" />
            <source>AIFC-licensed: does not count (rule mining.sale.qualifying_venues)</source>
            <translation>АХҚО лицензиясы: есептелмейді (mining.sale.qualifying_venues ережесі)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="277" />
            <source>AIFC licence valid from {day}</source>
            <translation>АХҚО лицензиясы {day} бастап жарамды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="278" />
            <source>AIFC licence ended on {day}</source>
            <translation>АХҚО лицензиясы {day} күні аяқталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="279" />
            <source>AIFC licence {word} from {day}</source>
            <translation>АХҚО лицензиясы {day} бастап {word}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="58" />
            <source>Enter a number.</source>
            <translation>Сан енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="66" />
            <source>Must be more than zero.</source>
            <translation>Нөлден үлкен болуы керек.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="66" />
            <source>Cannot be negative.</source>
            <translation>Теріс болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="270" />
            <source>no National Bank licence or registration number</source>
            <translation>Ұлттық Банктің лицензия немесе тіркеу нөмірі жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="40" />
            <source>{text!r} is not a {what} code (2-10 letters or digits, e.g. BTC)</source>
            <translation>{text!r} — {what} коды емес (2–10 әріп немесе цифр, мысалы BTC)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="266" />
            <source>{who}: does not count (rule mining.sale.qualifying_venues)</source>
            <translation>{who}: есептелмейді (mining.sale.qualifying_venues ережесі)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="44" />
            <source>kwh_grid</source>
            <translation>kwh_grid</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="45" />
            <source>kwh_own_generation</source>
            <translation>kwh_own_generation</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="46" />
            <source>kwh_own_renewable</source>
            <translation>kwh_own_renewable</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="47" />
            <source>kwh_imported</source>
            <translation>kwh_imported</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="50" />
            <source>grid (centralised auction)</source>
            <translation>желі (орталықтандырылған сауда-саттық)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="52" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="25" />
            <source>own renewable plants</source>
            <translation>өз ЖЭК қондырғылары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="53" />
            <source>imported</source>
            <translation>импортталған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="144" />
            <source>average electricity price not entered (Fee basis)</source>
            <translation>электр энергиясының орташа бағасы енгізілмеген («Төлемақы негізі»)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="322" />
            <source>the officer's rate</source>
            <translation>қызметкер белгілеген мөлшерлеме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="322" />
            <source>the rule pack's rate</source>
            <translation>ережелер пакетінің мөлшерлемесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="377" />
            <source>The payment date cannot be in the future.</source>
            <translation>Төлем күні болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="379" />
            <source>The declaration date cannot be in the future.</source>
            <translation>Декларация күні болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="381" />
            <source>Enter the day the fee was paid.</source>
            <translation>Төлемақы төленген күнді енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="359" />
            <source>enter from the statute</source>
            <translation>заң мәтіні бойынша енгізу керек</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="137" />
            <source>rate not known ({why}){mark}</source>
            <translation>мөлшерлеме белгісіз ({why}){mark}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="148" />
            <source>the band from {price} KZT/kWh has no rate in the rule pack: enter it from the statute (override rule mining.fee.bands)</source>
            <translation>{price} KZT/кВт·сағ бастап диапазон үшін ережелер пакетінде мөлшерлеме жоқ: оны заң мәтіні бойынша енгізіңіз (mining.fee.bands ережесін өзгертіңіз)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="439" />
            <source>{quarter}: {fee} for {kwh} kWh</source>
            <translation>{quarter}: {kwh} кВт·сағ үшін {fee}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="437" />
            <source>fee not computed ({why})</source>
            <translation>төлемақы есептелмеді ({why})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="107" />
            <source>{source}: {why}</source>
            <translation>{source}: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="447" />
            <source>Mining fee payment</source>
            <translation>Майнинг үшін төлемақыны төлеу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="451" />
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="468" />
            <source>Tax Code</source>
            <translation>Салық кодексі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="464" />
            <source>Mining fee declaration</source>
            <translation>Майнинг үшін төлемақы бойынша декларация</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="469" />
            <source>quarterly declaration of the mining fee</source>
            <translation>майнинг үшін төлемақы бойынша тоқсандық декларация</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_checker.py" line="110" />
            <source>the checker process stopped unexpectedly; nothing was imported</source>
            <translation>тексеру процесі күтпеген жерден тоқтады; ештеңе импортталмады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_checker.py" line="121" />
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="272" />
            <source>{name}: {rows} rows</source>
            <translation>{name}: жолдар — {rows}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_checker.py" line="126" />
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="283" />
            <source>{name}: {rows} rows checked</source>
            <translation>{name}: тексерілген жолдар — {rows}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="166" />
            <source>a number is required</source>
            <translation>сан қажет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="179" />
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="183" />
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="127" />
            <source>must be more than zero</source>
            <translation>нөлден үлкен болуы керек</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="183" />
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="199" />
            <source>cannot be negative</source>
            <translation>теріс болмайды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="113" />
            <source>a date is required</source>
            <translation>күн қажет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="281" />
            <source>the file has no data rows</source>
            <translation>файлда деректер жолдары жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="62" />
            <source>{text!r} is not a date (YYYY-MM-DD, DD.MM.YYYY or an ISO date-time)</source>
            <translation>{text!r} күн емес (ЖЖЖЖ-АА-КК, КК.АА.ЖЖЖЖ немесе ISO күн-уақыты)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="122" />
            <source>{day} is in the future</source>
            <translation>{day} — болашақта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="276" />
            <source>… and {n} more bad rows</source>
            <translation>… тағы {n} қате жол</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="85" />
            <source>the file is empty</source>
            <translation>файл бос</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="277" />
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="173" />
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="60" />
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="45" />
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="118" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="91" />
            <source>coin</source>
            <translation>монета</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="173" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="92" />
            <source>currency</source>
            <translation>валюта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="102" />
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="310" />
            <source>import {name}</source>
            <translation>{name} импорты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="187" />
            <source>the trade reference is required (it prevents doubles)</source>
            <translation>мәміле нөмірі қажет (ол қайталануды болдырмайды)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="287" />
            <source>the pool is required</source>
            <translation>пул қажет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="290" />
            <source>the payout reference is required (it prevents doubles)</source>
            <translation>төлем нөмірі қажет (ол қайталануды болдырмайды)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="168" />
            <source>the venue is required</source>
            <translation>алаң қажет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="164" />
            <source>{venue!r} is not in the venue register: add it on the Venues page</source>
            <translation>{venue!r} алаңдар тізілімінде жоқ: оны «Алаңдар» бетінде қосыңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/ledger.py" line="67" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="58" />
            <source>Quarter</source>
            <translation>Тоқсан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/ledger.py" line="67" />
            <location filename="../../desktop/kuzet/registers/mining/ledger.py" line="67" />
            <source>Any quarter</source>
            <translation>Кез келген тоқсан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/ledger.py" line="53" />
            <location filename="../../desktop/kuzet/registers/mining/ledger.py" line="59" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="214" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="234" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="70" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="63" />
            <location filename="../../desktop/kuzet/ui/format.py" line="65" />
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/ledger.py" line="52" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="168" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="184" />
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="151" />
            <source>retired: {reason}</source>
            <translation>шығарылған: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/mandatory_sale.py" line="234" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="45" />
            <source>no rule in force</source>
            <translation>күшіндегі ереже жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/mandatory_sale.py" line="229" />
            <source>{share} from {day}</source>
            <translation>{day} бастап {share}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/mandatory_sale.py" line="257" />
            <source>Mandatory sale shortfall</source>
            <translation>Міндетті сату бойынша жетіспеушілік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/mandatory_sale.py" line="266" />
            <source>AIFC-licensed venues</source>
            <translation>АХҚО лицензиясы бар алаңдар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/mandatory_sale.py" line="258" />
            <source>{period} {coin}: projected {share} of {required}</source>
            <translation>{period} {coin}: болжам {share}, талап етілетіні {required}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/mandatory_sale.py" line="268" />
            <source>sell {amount} {coin} more by {day}</source>
            <translation>{day} дейін тағы {amount} {coin} сатыңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="94" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="32" />
            <source>output record</source>
            <translation>өндіру жазбасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="57" />
            <source>Enter the day the output was credited.</source>
            <translation>Өндірілген монета есептелген күнді енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="58" />
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="50" />
            <location filename="../../desktop/kuzet/registers/programme/shared.py" line="49" />
            <source>The date cannot be in the future.</source>
            <translation>Күн болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="65" />
            <source>Enter the pool that credited the output.</source>
            <translation>Өндірілгенді есептеген пулды көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="136" />
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="170" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="186" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="97" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="98" />
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="90" />
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="57" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="16" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="25" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="27" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="137" />
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="171" />
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="186" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="187" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="121" />
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="44" />
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="90" />
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="58" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="77" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="17" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="26" />
            <source>Coin</source>
            <translation>Монета</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="138" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="188" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="101" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="88" />
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="75" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="18" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="27" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="31" />
            <source>Amount</source>
            <translation>Мөлшері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="140" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="223" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="59" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="20" />
            <source>kWh</source>
            <translation>кВт·сағ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="141" />
            <source>Pool accredited that day</source>
            <translation>Пул сол күні аккредиттелген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="142" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="195" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="106" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="111" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="83" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="281" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="329" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="309" />
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="24" />
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="22" />
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="24" />
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="98" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="21" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="31" />
            <source>Reference</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="74" />
            <source>Output #{id} already has this pool and reference.</source>
            <translation>№{id} өндіру жазбасында осындай пул мен нөмір бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="162" />
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="162" />
            <source>Any pool</source>
            <translation>Кез келген пул</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="165" />
            <source>Pool check</source>
            <translation>Пулды тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="166" />
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="166" />
            <source>Flagged or not</source>
            <translation>Белгіленген бе, жоқ па</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="166" />
            <source>Flagged</source>
            <translation>Белгіленген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="166" />
            <source>Accredited pool</source>
            <translation>Аккредиттелген пул</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="197" />
            <source>FLAGGED: {why}</source>
            <translation>БЕЛГІЛЕНГЕН: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/pool_reports.py" line="80" />
            <location filename="../../desktop/kuzet/registers/mining/pool_reports.py" line="61" />
            <source>Pool distribution report</source>
            <translation>Пулдың бөлу туралы есебі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/pool_reports.py" line="84" />
            <location filename="../../desktop/kuzet/registers/mining/pool_reports.py" line="67" />
            <source>Qoldau.kz</source>
            <translation>Qoldau.kz</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/pool_reports.py" line="86" />
            <source>Each distribution: the miner's IIN/BIN and name, licence number and date, wallet, distribution date.</source>
            <translation>Әр бөлу бойынша: майнердің ЖСН/БСН-і мен атауы, лицензия нөмірі мен күні, әмиян, бөлу күні.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/pool_reports.py" line="81" />
            <source>{month}: report the month's distributions</source>
            <translation>{month}: айдағы бөлулер туралы есеп беріңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/pool_reports.py" line="62" />
            <source>{month}: report the month's distributions (due day not known)</source>
            <translation>{month}: айдағы бөлулер туралы есеп беріңіз (мерзім күні белгісіз)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/pool_reports.py" line="69" />
            <source>The due day is not in the rule pack: enter it from the statute (override rule {rule}). Shown from the day the obligation arises.</source>
            <translation>Мерзім күні ережелер пакетінде жоқ: оны заң мәтіні бойынша енгізіңіз ({rule} ережесін өзгертіңіз). Міндет туындаған күннен бастап көрсетіледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="76" />
            <source>coin price</source>
            <translation>монета бағасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="48" />
            <source>Enter the day the price is for.</source>
            <translation>Баға қай күнге белгіленгенін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="115" />
            <source>Reading prices</source>
            <translation>Бағаларды оқу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="172" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="296" />
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="90" />
            <source>Price, KZT</source>
            <translation>Бағасы, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="173" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="352" />
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="48" />
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="90" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="66" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="39" />
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="58" />
            <source>Price #{id} is already recorded for this coin and day.</source>
            <translation>Осы монета мен күн үшін №{id} баға бұрыннан жазылған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="186" />
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="186" />
            <source>Any coin</source>
            <translation>Кез келген монета</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="124" />
            <source>the date is in the future</source>
            <translation>күні болашақта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="140" />
            <source>{coin} on {day} is already recorded at {price} KZT</source>
            <translation>{coin} үшін {day} күнгі баға бұрыннан жазылған: {price} KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="140" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="140" />
            <source>sale</source>
            <translation>сату</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="88" />
            <source>Enter the sale date.</source>
            <translation>Сату күнін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="89" />
            <source>The sale date cannot be in the future.</source>
            <translation>Сату күні болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="99" />
            <source>Choose the venue the sale went through.</source>
            <translation>Сату жүргізілген алаңды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="189" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="294" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="28" />
            <source>Price</source>
            <translation>Бағасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="190" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="137" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="29" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="191" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="151" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="102" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="392" />
            <source>Value, KZT</source>
            <translation>Сомасы, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="192" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="210" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="158" />
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="95" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="30" />
            <source>Venue</source>
            <translation>Алаң</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="193" />
            <source>AIFC-licensed venue</source>
            <translation>АХҚО лицензиясы бар алаң</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="194" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="105" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="131" />
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="96" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="32" />
            <source>Counterparty</source>
            <translation>Контрагент</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="110" />
            <source>Sale #{id} already has this venue and reference.</source>
            <translation>№{id} сатуда осындай алаң мен нөмір бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="211" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="211" />
            <source>Any venue</source>
            <translation>Кез келген алаң</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="215" />
            <source>Counts</source>
            <translation>Есептеледі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="216" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="216" />
            <source>Licensed or not</source>
            <translation>Лицензиясы бар ма, жоқ па</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="216" />
            <source>Not licensed</source>
            <translation>Лицензиясыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="248" />
            <source>unknown venue</source>
            <translation>белгісіз алаң</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="250" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="214" />
            <source>no: {why}</source>
            <translation>жоқ: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="101" />
            <source>Venue #{id} does not exist.</source>
            <translation>№{id} алаң жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="41" />
            <source>AIFC (AFSA licence)</source>
            <translation>АХҚО (AFSA лицензиясы)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="42" />
            <source>National Bank licence</source>
            <translation>Ұлттық Банк лицензиясы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="43" />
            <source>National Bank registration</source>
            <translation>Ұлттық Банкте тіркелу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="44" />
            <source>None</source>
            <translation>Жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="47" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="76" />
            <source>Active</source>
            <translation>Қолданыста</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="50" />
            <source>No AIFC licence</source>
            <translation>АХҚО лицензиясы жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="134" />
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="18" />
            <source>venue</source>
            <translation>алаң</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="65" />
            <source>Enter the venue's name as the trade files write it.</source>
            <translation>Алаң атауын мәмілелер файлдарында жазылғандай енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="85" />
            <source>Enter the AIFC licence number (or choose no licence).</source>
            <translation>АХҚО лицензиясының нөмірін енгізіңіз (немесе «АХҚО лицензиясы жоқ» таңдаңыз).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="90" />
            <source>The validity cannot end before it starts.</source>
            <translation>Жарамдылық мерзімі басталмай тұрып аяқтала алмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="159" />
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="154" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="214" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="34" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="53" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="27" />
            <source>Jurisdiction</source>
            <translation>Юрисдикция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="160" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="48" />
            <source>AIFC licence</source>
            <translation>АХҚО лицензиясы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="161" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="181" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="85" />
            <source>AIFC status</source>
            <translation>АХҚО мәртебесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="162" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="389" />
            <source>Valid from</source>
            <translation>Жарамды (бастап)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="163" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="390" />
            <source>Valid to</source>
            <translation>Жарамды (дейін)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="164" />
            <source>Counts today</source>
            <translation>Бүгін есептеледі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="165" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="250" />
            <source>NBK licence</source>
            <translation>ҰБ лицензиясы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="166" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="236" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="34" />
            <source>Licensed by</source>
            <translation>Лицензия берген орган</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="167" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="45" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="110" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="134" />
            <source>Sales</source>
            <translation>Сатылым</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="81" />
            <source>Enter the National Bank licence or registration number.</source>
            <translation>Ұлттық Банктің лицензия немесе тіркеу нөмірін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="97" />
            <source>Venue #{id} already has this name.</source>
            <translation>№{id} алаңда осындай атау бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="182" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="182" />
            <source>Any AIFC status</source>
            <translation>Кез келген АХҚО мәртебесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="74" />
            <source>Licensed by must be one of {values}.</source>
            <translation>«Лицензия берген орган» мыналардың бірі болуы керек: {values}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="83" />
            <source>Choose the AIFC licence's status.</source>
            <translation>АХҚО лицензиясының мәртебесін таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="255" />
            <source>Venue AIFC licence ends</source>
            <translation>Алаңның АХҚО лицензиясының аяқталуы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="260" />
            <source>sales after this day do not count as sold through a licensed venue</source>
            <translation>осы күннен кейінгі сатулар лицензияланған алаң арқылы сатылған деп есептелмейді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="37" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="104" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="120" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="37" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="81" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="76" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="348" />
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="25" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="48" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="98" />
            <source>Severity</source>
            <translation>Маңыздылығы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="38" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="120" />
            <source>Detected</source>
            <translation>Анықталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="39" />
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="80" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="335" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="87" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="25" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="34" />
            <source>Rule</source>
            <translation>Ереже</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="40" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="63" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="98" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="20" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="27" />
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="101" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="84" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="41" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="179" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="29" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="96" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="46" />
            <source>Transactions</source>
            <translation>Операциялар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="42" />
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="72" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="306" />
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="27" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="98" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="28" />
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="68" />
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="59" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="44" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="122" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="85" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="142" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <source>Decided by</source>
            <translation>Шешім қабылдаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="74" />
            <source>Open alerts</source>
            <translation>Ашық ескертулер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="76" />
            <source>Closed as explained</source>
            <translation>Түсініктемемен жабылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="77" />
            <source>Escalated to an STR</source>
            <translation>КОХ-ға берілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="80" />
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="80" />
            <source>Any rule</source>
            <translation>Кез келген ереже</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="93" />
            <source>escalated to STR #{id}</source>
            <translation>№{id} КОХ-ға берілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="35" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="279" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="178" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="48" />
            <source>open</source>
            <translation>ашық</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="35" />
            <source>closed: explained</source>
            <translation>жабылды: түсіндірілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="35" />
            <source>escalated to STR</source>
            <translation>КОХ-ға берілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="51" />
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="59" />
            <source>alert</source>
            <translation>ескерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="164" />
            <source>Alert #{id} ({rule}), detected {date}: {reason}</source>
            <translation>№{id} ескерту ({rule}), анықталған күні {date}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="289" />
            <source>Crypto addresses of listed persons in the active watchlists.</source>
            <translation>Қолданыстағы тізімдердегі тұлғалардың криптомекенжайлары.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="293" />
            <source>The register of counterparty providers: due diligence is done before the first transfer (AIFC AML 11-1).</source>
            <translation>Контрагент-провайдерлер тізілімі: тиісінше тексеру алғашқы аударымға дейін жүргізіледі (AIFC AML 11-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="71" />
            <source>Write the explanation: why it is not suspicious.</source>
            <translation>Түсініктеме жазыңыз: операция неліктен күдікті емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="255" />
            <source>#{id} {date}: {direction}, {asset} {amount} = {kzt} / {usd}</source>
            <translation>№{id} {date}: {direction}, {asset} {amount} = {kzt} / {usd}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="270" />
            <source>{status}, by {who}</source>
            <translation>{status}, {who}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="152" />
            <source>{key} = {value}{unit} [{mark}] — {source}</source>
            <translation>{key} = {value}{unit} [{mark}] — {source}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="59" />
            <source>Alert #{id} is already {status}.</source>
            <translation>№{id} ескерту қазірдің өзінде «{status}» мәртебесінде.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="113" />
            <source>STR #{id} is about another customer.</source>
            <translation>№{id} КОХ басқа клиентке қатысты.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="118" />
            <source>STR #{id} is already {state}.</source>
            <translation>№{id} КОХ қазірдің өзінде «{state}» мәртебесінде.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="36" />
            <source>Still to file (open, to report, overdue)</source>
            <translation>Әлі берілмегендер (ашық, берілуге тиіс, мерзімі өткен)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="37" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="234" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="77" />
            <source>Overdue</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="38" />
            <source>To report</source>
            <translation>Берілуге тиіс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="39" />
            <source>Open: decision pending</source>
            <translation>Ашық: шешім күтілуде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="40" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="124" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="153" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="180" />
            <source>Reported</source>
            <translation>Берілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="41" />
            <source>Closed: not suspicious</source>
            <translation>Жабық: күдікті емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="65" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="140" />
            <source>Deadline</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="66" />
            <source>Business days left</source>
            <translation>Қалған жұмыс күндері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="121" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="144" />
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="58" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="58" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="39" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="72" />
            <source>Decision</source>
            <translation>Шешім</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="123" />
            <source>Decided</source>
            <translation>Шешім күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="125" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="154" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="181" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="182" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="106" />
            <source>FIU reference</source>
            <translation>ҚМА нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="126" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="13" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="101" />
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="54" />
            <source>Alerts</source>
            <translation>Ескертулер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="128" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="60" />
            <source>Reports</source>
            <translation>Хабарлама мәні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="150" />
            <source>Transaction</source>
            <translation>Операция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="152" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="375" />
            <source>Threshold, KZT</source>
            <translation>Шекті мән, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="176" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="386" />
            <source>Trigger</source>
            <translation>Негіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="178" />
            <source>Hit</source>
            <translation>Сәйкестік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="119" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="337" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="53" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="74" />
            <source>STR</source>
            <translation>КОХ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="149" />
            <source>TTR</source>
            <translation>Шекті хабарлама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="175" />
            <source>Freeze</source>
            <translation>Бұғаттау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="46" />
            <source>open: decision pending</source>
            <translation>ашық: шешім күтілуде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="47" />
            <source>to report</source>
            <translation>берілуге тиіс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="49" />
            <source>reported</source>
            <translation>берілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="50" />
            <source>closed: not suspicious</source>
            <translation>жабық: күдікті емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="52" />
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="34" />
            <source>pending</source>
            <translation>күтілуде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="52" />
            <source>suspicious</source>
            <translation>күдікті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="52" />
            <source>not suspicious</source>
            <translation>күдікті емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="207" />
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="69" />
            <source>(not in force)</source>
            <translation>(күшінде емес)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="220" />
            <source>Enter the day of the decision.</source>
            <translation>Шешім күнін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="286" />
            <source>Enter the day it was filed.</source>
            <translation>Берілген күнін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="158" />
            <source>Enter the day the activity was noticed.</source>
            <translation>Әрекет байқалған күнді енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="159" />
            <source>The activity cannot be dated in the future.</source>
            <translation>Әрекет күні болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="176" />
            <source>Describe the suspicious activity: what was seen (IP addresses, devices, behaviour), when, and why it is suspicious.</source>
            <translation>Күдікті әрекетті сипаттаңыз: не байқалды (IP мекенжайлар, құрылғылар, мінез-құлық), қашан және неліктен күдікті.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="212" />
            <source>operation</source>
            <translation>операция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="212" />
            <source>client activity</source>
            <translation>клиенттің әрекеті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="219" />
            <source>Decide: suspicious, or not suspicious.</source>
            <translation>Шешім қабылдаңыз: күдікті ме, жоқ па.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="222" />
            <source>The decision cannot be dated in the future.</source>
            <translation>Шешім күні болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="283" />
            <source>Only a report waiting to be filed can be marked as reported.</source>
            <translation>Тек берілуін күтіп тұрған хабарламаны берілді деп белгілеуге болады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="285" />
            <source>Enter the reference the FIU gave the report.</source>
            <translation>ҚМА хабарламаға берген нөмірді енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="288" />
            <source>The filing cannot be dated in the future.</source>
            <translation>Берілген күн болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="340" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="140" />
            <source>threshold report</source>
            <translation>шекті хабарлама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="425" />
            <source>TTR #{id}: {customer}</source>
            <translation>№{id} шекті хабарлама: {customer}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="425" />
            <source>STR #{id}: {customer}</source>
            <translation>№{id} КОХ: {customer}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="203" />
            <source>(no such rule in the pack)</source>
            <translation>(пакетте мұндай ереже жоқ)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="339" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="162" />
            <source>freeze notification</source>
            <translation>бұғаттау туралы хабарлама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="247" />
            <source>STR #{id} is already reported.</source>
            <translation>№{id} КОХ бұрыннан берілген.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="249" />
            <source>The decision cannot come before the detection ({date}).</source>
            <translation>Шешім анықталған күннен ({date}) бұрын болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="291" />
            <source>The filing cannot come before {date}.</source>
            <translation>Беру {date} күнінен бұрын болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="418" />
            <source>transaction #{tx} of {date}</source>
            <translation>{date} күнгі №{tx} операция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="422" />
            <source>decided {date}; do not tell the customer</source>
            <translation>шешім күні {date}; клиентке хабарламаңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="429" />
            <source>Threshold report to the FIU</source>
            <translation>ҚМА-ға шекті операция туралы хабарлама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="429" />
            <source>STR to the FIU</source>
            <translation>ҚМА-ға КОХ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="165" />
            <source>On {date} the FIU's reporting rules covered suspicious operations only: a report of a client's activity without an operation can be opened for activity from {start} (rule {rule}, AFM Order No. 22 of 23 Dec 2025). Open the case from the alert of a transaction instead.</source>
            <translation>{date} күні ҚМА-ға мәлімет беру қағидалары тек күдікті операцияларды қамтыды: операциясыз клиент әрекеті туралы хабарламаны {start} бастап болған әрекет үшін ғана ашуға болады ({rule} ережесі, ҚМА-ның 2025 жылғы 23 желтоқсандағы № 22 бұйрығы). Оның орнына істі операция бойынша ескертуден ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="35" />
            <source>customer frozen</source>
            <translation>клиент бұғатталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="35" />
            <source>operation after the freeze</source>
            <translation>бұғаттаудан кейінгі операция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="111" />
            <source>{what} of {value} on {date} by a customer frozen since {frozen}: no operation is allowed; hold the assets and tell the FIU.</source>
            <translation>{what}: {value}, {date}, {frozen} бастап бұғатталған клиенттің операциясы: ешқандай операцияға жол берілмейді; активтерді ұстап тұрыңыз және ҚМА-ға хабарлаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="201" />
            <source>{trigger}; frozen {date}; do not tell the customer</source>
            <translation>{trigger}; {date} бұғатталды; клиентке хабарламаңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="210" />
            <source>Freeze notification to the FIU</source>
            <translation>ҚМА-ға бұғаттау туралы хабарлама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="216" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="378" />
            <source>Compliance officer</source>
            <translation>Комплаенс-офицер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="205" />
            <source>transactions {ids}</source>
            <translation>операциялар {ids}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="211" />
            <source>Freeze #{id}: {customer}</source>
            <translation>№{id} бұғаттау: {customer}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="175" />
            <source>Reading transactions</source>
            <translation>Операцияларды оқу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="188" />
            <source>Threshold transactions</source>
            <translation>Шекті операциялар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="192" />
            <source>Structuring</source>
            <translation>Бөлшектеу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="194" />
            <source>Rapid in-and-out</source>
            <translation>Жылдам енгізу-шығару</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="196" />
            <source>High-risk jurisdictions</source>
            <translation>Жоғары тәуекелді юрисдикциялар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="199" />
            <source>Listed wallets</source>
            <translation>Тізімдегі әмияндар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="201" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="104" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="124" />
            <source>Travel Rule</source>
            <translation>Деректерді беру ережесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="209" />
            <source>Saving alerts</source>
            <translation>Ескертулерді сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="219" />
            <source>Monitoring done</source>
            <translation>Мониторинг аяқталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="92" />
            <source>Listed wallets: no crypto addresses in the active watchlists (none imported).</source>
            <translation>Тізімдегі әмияндар: қолданыстағы тізімдерде криптомекенжайлар жоқ (импортталмаған).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="73" />
            <source>Open alerts brought up to date: {n}</source>
            <translation>Жаңартылған ашық ескертулер: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="74" />
            <source>Threshold reports opened: {n}</source>
            <translation>Ашылған шекті хабарламалар: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="59" />
            <source>Checked {count} transaction.|Checked {count} transactions.</source>
            <translation>Тексерілген операциялар: {count}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="65" />
            <source>  {rule:&lt;24} {hits:&gt;6} {hit_word}, {new:&gt;5} {alert_word}</source>
            <translation>  {rule:&lt;24} {hits:&gt;6} {hit_word}, {new:&gt;5} {alert_word}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="77" />
            <source>Freeze notifications to the FIU drafted: {n}</source>
            <translation>ҚМА-ға дайындалған бұғаттау туралы хабарламалар: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="85" />
            <source>Travel Rule: {n} transfer at or above the threshold lacks data|Travel Rule: {n} transfers at or above the threshold lack data</source>
            <translation>Деректерді беру ережесі: шектегі немесе одан жоғары деректері жоқ аударымдар — {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="96" />
            <source>Listed wallets: checked against {n} address(es).</source>
            <translation>Тізімдегі әмияндар: мекенжайлармен ({n}) салыстырылды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="69" />
            <source>hit|hits</source>
            <translation>сәйкестік|сәйкестік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="70" />
            <source>new alert|new alerts</source>
            <translation>жаңа ескерту|жаңа ескерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="34" />
            <source>in (deposit)</source>
            <translation>кіріс (толықтыру)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="34" />
            <source>out (withdrawal)</source>
            <translation>шығыс (қаражатты шығару)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="36" />
            <source>originator name</source>
            <translation>жіберуші аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="38" />
            <source>originator ID</source>
            <translation>жіберуші ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="39" />
            <source>beneficiary name</source>
            <translation>алушы аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="99" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="118" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="150" />
            <source>Direction</source>
            <translation>Бағыты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="100" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="121" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="94" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="30" />
            <source>Asset</source>
            <translation>Актив</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="103" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="393" />
            <source>Value, USD</source>
            <translation>Сомасы, USD</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="119" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="119" />
            <source>Any direction</source>
            <translation>Кез келген бағыт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="119" />
            <source>Deposits (in)</source>
            <translation>Толықтырулар (кіріс)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="119" />
            <source>Withdrawals (out)</source>
            <translation>Қаражатты шығару (шығыс)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="121" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="121" />
            <source>Any asset</source>
            <translation>Кез келген актив</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="126" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="126" />
            <source>Any Travel Rule</source>
            <translation>Travel Rule: кез келген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="127" />
            <source>Travel Rule: data missing</source>
            <translation>Travel Rule: деректер жетіспейді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="128" />
            <source>Travel Rule: complete</source>
            <translation>Travel Rule: толық</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="129" />
            <source>Money (Travel Rule not applicable)</source>
            <translation>Ақша (Travel Rule қолданылмайды)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="130" />
            <source>Before the Travel Rule applied</source>
            <translation>Travel Rule күшіне енгенге дейін</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="131" />
            <source>Travel Rule to enter from the statute</source>
            <translation>Travel Rule: заң мәтіні бойынша енгізу керек</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="53" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="186" />
            <source>missing: {fields}</source>
            <translation>жетіспейді: {fields}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="322" />
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="315" />
            <source>Writing transactions</source>
            <translation>Операцияларды жазу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="364" />
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="369" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="54" />
            <source>transaction</source>
            <translation>операция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="168" />
            <source>is required</source>
            <translation>міндетті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="274" />
            <source>Reading {file}</source>
            <translation>{file} оқылуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="280" />
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="40" />
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="77" />
            <source>Checking {file}</source>
            <translation>{file} тексерілуде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="174" />
            <source>is in the future</source>
            <translation>болашақта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="185" />
            <source>must be in or out, not {value!r}</source>
            <translation>in немесе out болуы керек, {value!r} емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="199" />
            <source>must be more than 0</source>
            <translation>0-ден үлкен болуы керек</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="288" />
            <source>already imported (transaction #{id})</source>
            <translation>бұрын импортталған (№{id} операция)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="125" />
            <source>{text!r} is not an IIN/BIN (12 digits) or a customer number (#123)</source>
            <translation>{text!r} — ЖСН/БСН (12 цифр) де, клиент нөмірі (#123) де емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="138" />
            <source>there is no customer #{id}</source>
            <translation>№{id} клиент жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="143" />
            <source>customer #{id} is retired</source>
            <translation>№{id} клиент шығарылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="135" />
            <source>no customer has IIN/BIN {number}</source>
            <translation>ЖСН/БСН {number} бар клиент жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="81" />
            <source>counterparty provider</source>
            <translation>контрагент провайдері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="52" />
            <source>Enter the provider's name as it appears in transactions.</source>
            <translation>Провайдер атауын операцияларда көрсетілгендей енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="58" />
            <source>Due diligence cannot be dated in the future.</source>
            <translation>Тиісінше тексеру күні болашақта болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="60" />
            <source>Say who did the due diligence.</source>
            <translation>Тиісінше тексеруді кім жүргізгенін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="153" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="114" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="300" />
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="38" />
            <source>Provider</source>
            <translation>Ұйымдастырушы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="155" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="55" />
            <source>Licence</source>
            <translation>Лицензия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="156" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="313" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="56" />
            <source>Regulator</source>
            <translation>Реттеуші</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="157" />
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="167" />
            <source>Due diligence</source>
            <translation>Тиісінше тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="158" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="63" />
            <source>Done by</source>
            <translation>Жүргізген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="159" />
            <source>Transfers</source>
            <translation>Аударымдар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="168" />
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="168" />
            <source>Any</source>
            <translation>Кез келген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="168" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="235" />
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="61" />
            <source>Done</source>
            <translation>Орындалды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="168" />
            <source>Not done</source>
            <translation>Жүргізілмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="55" />
            <source>{code!r} is not an ISO 3166-1 country code.</source>
            <translation>{code!r} — ISO 3166-1 ел коды емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="64" />
            <source>Provider #{id} already has this name.</source>
            <translation>№{id} провайдерде осындай атау бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="207" />
            <source>{name} (retired)</source>
            <translation>{name} (шығарылған)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="42" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="105" />
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="21" />
            <source>Audit</source>
            <translation>Аудит</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="48" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="24" />
            <source>Report date</source>
            <translation>Есеп күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="50" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="97" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="19" />
            <source>Auditor</source>
            <translation>Аудитор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="51" />
            <source>Period covered</source>
            <translation>Қамтылған кезең</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="52" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="39" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="42" />
            <source>Findings</source>
            <translation>Кемшіліктер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="53" />
            <source>Open findings</source>
            <translation>Ашық кемшіліктер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="54" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="126" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="31" />
            <source>Conclusion</source>
            <translation>Қорытынды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="102" />
            <source>Ref.</source>
            <translation>Коды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="103" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="195" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="38" />
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="23" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="20" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="46" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="98" />
            <source>Finding</source>
            <translation>Кемшілік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="106" />
            <source>Actions (open)</source>
            <translation>Шаралар (ашық)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="108" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="124" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="43" />
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="30" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="61" />
            <source>Closed</source>
            <translation>Жабық</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="192" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="41" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="109" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="23" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="57" />
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="97" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="62" />
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="193" />
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="70" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="75" />
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="27" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="21" />
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="194" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="238" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="40" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="82" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="274" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="22" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="54" />
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="97" />
            <source>Owner</source>
            <translation>Жауапты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="197" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="179" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="123" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="24" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="73" />
            <source>Completed</source>
            <translation>Орындалды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="184" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="178" />
            <source>closed</source>
            <translation>жабық</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="275" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="291" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="156" />
            <source>done</source>
            <translation>орындалды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="42" />
            <source>Every audit</source>
            <translation>Барлық аудиттер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="66" />
            <source>Internal and external</source>
            <translation>Ішкі және сыртқы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="120" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="81" />
            <source>Any severity</source>
            <translation>Кез келген маңыздылық</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="124" />
            <source>Open and closed</source>
            <translation>Ашық және жабық</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="124" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="233" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="123" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="364" />
            <source>Still open</source>
            <translation>Әлі ашық</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="238" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="82" />
            <source>Any owner</source>
            <translation>Кез келген жауапты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="51" />
            <source>Internal</source>
            <translation>Ішкі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="51" />
            <source>External</source>
            <translation>Сыртқы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="61" />
            <source>Choose internal or external.</source>
            <translation>Таңдаңыз: ішкі немесе сыртқы.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="63" />
            <source>Enter who carried out the audit.</source>
            <translation>Аудитті кім жүргізгенін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="66" />
            <source>Enter the period the audit covered.</source>
            <translation>Аудит қамтыған кезеңді көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="70" />
            <source>Enter the date of the audit report.</source>
            <translation>Аудит есебінің күнін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="81" />
            <source>Choose the audit that raised the finding.</source>
            <translation>Кемшілікті анықтаған аудитті таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="83" />
            <source>Describe the finding in a line.</source>
            <translation>Кемшілікті бір жолмен сипаттаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="85" />
            <source>Choose the severity: high, medium or low.</source>
            <translation>Маңыздылығын таңдаңыз: жоғары, орташа немесе төмен.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="104" />
            <source>Choose the finding this action remedies.</source>
            <translation>Бұл шара жоятын кемшілікті таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="108" />
            <source>Say what will be done.</source>
            <translation>Не істелетінін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="110" />
            <source>Name who owns the action.</source>
            <translation>Шараға жауапты адамды көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="112" />
            <source>Enter the due date.</source>
            <translation>Мерзімін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="121" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="28" />
            <source>audit</source>
            <translation>аудит</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="127" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="43" />
            <source>finding</source>
            <translation>ескерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="133" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="56" />
            <source>action</source>
            <translation>түзету шарасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="223" />
            <source>Next independent audit of the AML systems</source>
            <translation>АЖ/ТҚ жүйелерінің келесі тәуелсіз аудиті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="106" />
            <source>The finding is closed: reopen it to add open actions.</source>
            <translation>Кемшілік жабылған: ашық шаралар қосу үшін оны қайта ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="221" />
            <source>No independent audit on record</source>
            <translation>Тәуелсіз аудит тіркелмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="221" />
            <source>record the last audit</source>
            <translation>соңғы аудитті тіркеңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="233" />
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="185" />
            <source>Independent audit</source>
            <translation>Тәуелсіз аудит</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="224" />
            <source>last: {day}, {auditor}</source>
            <translation>соңғысы: {day}, {auditor}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="258" />
            <source>Remediation action</source>
            <translation>Түзету шарасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="93" />
            <source>Complete or retire its {n} open action before closing the finding.|Complete or retire its {n} open actions before closing the finding.</source>
            <translation>Кемшілікті жаппас бұрын оның ашық шараларын аяқтаңыз немесе шығарыңыз: {n}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="263" />
            <source>finding {ref}{title} ({severity})</source>
            <translation>кемшілік {ref}{title} ({severity})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="73" />
            <source>Enter the firm's legal name as registered.</source>
            <translation>Компанияның заңды атауын тіркелгендей енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="76" />
            <source>Enter the firm's BIN (12 digits).</source>
            <translation>Компанияның БСН-ін енгізіңіз (12 цифр).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="84" />
            <source>Enter the registration number the FIU (AFM) gave the firm, as it is written: digits, letters, spaces and - / . №, at most 40 characters; or leave it empty until the firm is registered.</source>
            <translation>Ұйымға ҚМА берген тіркеу нөмірін жазылғандай енгізіңіз: сандар, әріптер, бос орындар және - / . №, 40 таңбадан аспайды; немесе ұйым тіркелгенге дейін бос қалдырыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="89" />
            <source>Choose where the firm is licensed: AIFC or national.</source>
            <translation>Компанияның қайда лицензияланғанын таңдаңыз: АХҚО немесе ұлттық юрисдикция.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="93" />
            <source>Tick at least one activity.</source>
            <translation>Кемінде бір қызмет түрін белгілеңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="121" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="29" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="153" />
            <source>Firm profile</source>
            <translation>Компания профилі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="158" />
            <source>required</source>
            <translation>қажет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="158" />
            <source>not required</source>
            <translation>қажет емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="102" />
            <source>The financial year-end is not a date (day and month).</source>
            <translation>Қаржы жылының соңы күн емес (күні мен айы).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="163" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="43" />
            <location filename="../../desktop/kuzet/registers/system/permissions.py" line="17" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="111" />
            <source>Deputy MLRO</source>
            <translation>Жауапты қызметкердің орынбасары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="168" />
            <source>MLRO resident in Kazakhstan</source>
            <translation>Жауапты қызметкер — Қазақстан резиденті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="173" />
            <source>Annual AML Return</source>
            <translation>АЖ/ТҚ бойынша жылдық есеп (AML Return)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="180" />
            <source>Record retention</source>
            <translation>Жазбаларды сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="176" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="25" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="113" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="106" />
            <source>none</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="96" />
            <source>Unknown activity: {keys}.</source>
            <translation>Белгісіз қызмет түрі: {keys}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="174" />
            <source>due {n} months after the year-end</source>
            <translation>мерзімі — жыл аяқталғаннан кейін {n} ай</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="181" />
            <source>{n} year|{n} years</source>
            <translation>{n} жыл|{n} жыл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="186" />
            <source>every year|every {n} years</source>
            <translation>жыл сайын|{n} жыл сайын</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="23" />
            <source>Enter the firm profile</source>
            <translation>Компания профилін толтырыңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="24" />
            <source>Appoint the MLRO</source>
            <translation>Жауапты қызметкерді (MLRO) тағайындаңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="25" />
            <source>Add the licences</source>
            <translation>Лицензияларды қосыңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="26" />
            <source>Load the sanctions lists</source>
            <translation>Санкциялық тізімдерді жүктеңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="27" />
            <source>Import the customers</source>
            <translation>Клиенттерді импорттаңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="30" />
            <source>legal name, BIN, jurisdiction and activities decide what applies</source>
            <translation>атауы, БСН, юрисдикциясы және қызмет түрлері қандай талаптар қолданылатынын анықтайды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="31" />
            <source>the law requires an MLRO in office</source>
            <translation>заң тағайындалған жауапты қызметкерді (MLRO) талап етеді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="32" />
            <source>their expiries are reminded 90, 60 and 30 days ahead</source>
            <translation>мерзімінің аяқталуы 90, 60 және 30 күн бұрын еске салынады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="33" />
            <source>customers cannot be screened without a list in force</source>
            <translation>қолданыстағы тізімсіз клиенттерді тексеру мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="34" />
            <source>each one is screened and risk-assessed on import</source>
            <translation>әрқайсысы импорт кезінде тізімдер бойынша тексеріліп, тәуекелі бағаланады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="59" />
            <source>Choose MLRO or deputy MLRO.</source>
            <translation>Таңдаңыз: жауапты қызметкер немесе оның орынбасары.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="61" />
            <source>Enter the person's full name.</source>
            <translation>Тұлғаның толық атын енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="63" />
            <source>Choose the person's position in the firm.</source>
            <translation>Тұлғаның компаниядағы лауазымын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="69" />
            <source>Enter the date of appointment.</source>
            <translation>Тағайындалған күнін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="70" />
            <source>The appointment cannot end before it starts.</source>
            <translation>Тағайындау басталмай тұрып аяқтала алмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="107" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="79" />
            <source>appointment</source>
            <translation>тағайындау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="190" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="217" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="29" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="48" />
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="210" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="334" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="21" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="105" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="144" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="22" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="34" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="123" />
            <source>Role</source>
            <translation>Рөлі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="191" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="27" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="19" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="22" />
            <source>Person</source>
            <translation>Тұлға</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="192" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="291" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="29" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="32" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="53" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="26" />
            <source>Position</source>
            <translation>Лауазымы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="193" />
            <source>Resident in KZ</source>
            <translation>ҚР резиденті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="194" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="58" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="33" />
            <source>Appointed</source>
            <translation>Тағайындалды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="196" />
            <source>Notified</source>
            <translation>Хабарланды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="197" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="41" />
            <source>Ended</source>
            <translation>Аяқталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="199" />
            <source>Flags</source>
            <translation>Белгілер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="221" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="263" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="290" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="63" />
            <source>ended</source>
            <translation>аяқталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="261" />
            <source>planned</source>
            <translation>жоспарланған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="269" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="265" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="81" />
            <source>current</source>
            <translation>қазіргі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="159" />
            <source>MLRO gap</source>
            <translation>Олқылық: жауапты қызметкер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="172" />
            <source>Appoint an MLRO and notify the regulator.</source>
            <translation>Жауапты қызметкерді тағайындап, реттеушіге хабарлаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="173" />
            <source>Appoint a resident MLRO, or record the MLRO's residence.</source>
            <translation>Резидент жауапты қызметкерді тағайындаңыз немесе оның резиденттігін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="175" />
            <source>Eligible positions: director, partner, principal representative, senior manager.</source>
            <translation>Рұқсат етілген лауазымдар: директор, серіктес, бас өкіл, басшы қызметкер.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="177" />
            <source>Appoint a deputy MLRO to act when the MLRO is absent.</source>
            <translation>Жауапты қызметкер болмағанда әрекет ететін орынбасарды тағайындаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="78" />
            <source>Overlaps the appointment of {name} (#{id}): enter the date it ended first.</source>
            <translation>{name} тағайындауымен (№{id}) қабаттасады: алдымен оның аяқталған күнін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="271" />
            <source>not resident in Kazakhstan</source>
            <translation>Қазақстан резиденті емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="273" />
            <source>position not eligible</source>
            <translation>лауазым рұқсат етілмейді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="275" />
            <source>regulator not notified</source>
            <translation>реттеушіге хабарланбаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="217" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="48" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="221" />
            <source>Any role</source>
            <translation>Кез келген рөл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_findings.py" line="78" />
            <source>Screening lists</source>
            <translation>Тексеру тізімдері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_findings.py" line="90" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="351" />
            <source>Activity without its licence</source>
            <translation>Лицензиясыз қызмет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_findings.py" line="114" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="376" />
            <source>Mandatory sale not met</source>
            <translation>Міндетті сату орындалмады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_findings.py" line="116" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="383" />
            <source>shortfall {amount} {coin}</source>
            <translation>жетіспеушілік {amount} {coin}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_import.py" line="88" />
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="78" />
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="86" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="147" />
            <source>staff member</source>
            <translation>қызметкер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="39" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="325" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="51" />
            <source>Response</source>
            <translation>Жауап</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="44" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="178" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="40" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="98" />
            <source>Finding key</source>
            <translation>Кемшілік кілті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="135" />
            <source>{status}, overdue</source>
            <translation>{status}, мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="59" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="65" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="47" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="212" />
            <source>Open</source>
            <translation>Ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="60" />
            <source>In progress</source>
            <translation>Орындалуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="62" />
            <source>Risk accepted</source>
            <translation>Тәуекел қабылданды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="132" />
            <source>Choose the member of staff who owns the response.</source>
            <translation>Жауап үшін жауапты қызметкерді таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="159" />
            <source>Name the finding the response answers (its key).</source>
            <translation>Жауап берілетін кемшілікті көрсетіңіз (оның кілтін).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="166" />
            <source>Choose the severity: critical, high, medium or info.</source>
            <translation>Маңыздылығын таңдаңыз: сыни, жоғары, орташа немесе ақпараттық.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="168" />
            <source>Write management's response to the finding.</source>
            <translation>Кемшілікке басшылықтың жауабын жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="179" />
            <source>Choose the status: open, in progress, done or risk accepted.</source>
            <translation>Мәртебесін таңдаңыз: ашық, орындалуда, орындалды немесе тәуекел қабылданды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="203" />
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="25" />
            <source>management response</source>
            <translation>басшылықтың жауабы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="162" />
            <source>A finding key reads kind:record, e.g. licence_expired:licence/3.</source>
            <translation>Кемшілік кілті kind:record түрінде жазылады, мысалы licence_expired:licence/3.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="181" />
            <source>Enter the day the response was done.</source>
            <translation>Жауап орындалған күнді енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="135" />
            <source>No member of staff #{id} in the staff register.</source>
            <translation>Қызметкерлер тізілімінде №{id} қызметкер жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="137" />
            <source>{name} is not on the staff today: choose someone who is.</source>
            <translation>{name} бүгін штатта жоқ: штаттағы қызметкерді таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="141" />
            <source>{name} left the firm on {day}: choose someone still on the staff.</source>
            <translation>{name} компаниядан {day} күні кетті: әлі штатта бар қызметкерді таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="173" />
            <source>A {level} finding needs a due date for its response.</source>
            <translation>«{level}» маңыздылығындағы кемшілікке жауап мерзімі қажет.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="183" />
            <source>An open response has no closing day: clear it or close it.</source>
            <translation>Ашық жауаптың жабылу күні болмайды: күнді өшіріңіз немесе жауапты жабыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="297" />
            <source>Management response</source>
            <translation>Басшылықтың жауабы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="302" />
            <source>finding {key} ({severity}): {text}</source>
            <translation>кемшілік {key} ({severity}): {text}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="58" />
            <source>Name the version (e.g. 2026.1).</source>
            <translation>Нұсқасын көрсетіңіз (мысалы, 2026.1).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="63" />
            <source>Enter the date of the assessment.</source>
            <translation>Бағалау күнін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="66" />
            <source>Enter who wrote the assessment.</source>
            <translation>Бағалауды кім дайындағанын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="70" />
            <source>It cannot be approved before it was written.</source>
            <translation>Бағалауды дайындалмай тұрып бекітуге болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="72" />
            <source>Name who approved it (senior management or the board).</source>
            <translation>Кім бекіткенін көрсетіңіз (басшылық немесе директорлар кеңесі).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="75" />
            <source>The next review must be after the assessment.</source>
            <translation>Келесі қайта қарау бағалаудан кейін болуы керек.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="77" />
            <source>Choose low, medium or high.</source>
            <translation>Таңдаңыз: төмен, орташа немесе жоғары.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="91" />
            <source>risk assessment</source>
            <translation>тәуекелдерді бағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="145" />
            <source>Enter the financial year-end the return covers.</source>
            <translation>Есеп қамтитын қаржы жылының соңын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="150" />
            <source>The firm profile does not call for an annual AML Return.</source>
            <translation>Компания профилі АЖ/ТҚ бойынша жылдық есепті талап етпейді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="160" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="254" />
            <source>AML Return</source>
            <translation>АЖ/ТҚ есебі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="206" />
            <source>No business risk assessment on record</source>
            <translation>Компания тәуекелдерін бағалау тіркелмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="215" />
            <source>not yet approved</source>
            <translation>әлі бекітілмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="209" />
            <source>Review the business risk assessment (version {v})</source>
            <translation>Компания тәуекелдерін бағалауды қайта қараңыз ({v} нұсқасы)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="60" />
            <source>Assessment #{id} already has this version.</source>
            <translation>№{id} бағалауда осындай нұсқа бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="147" />
            <source>Return #{id} already covers this year.</source>
            <translation>№{id} есеп бұл жылды қамтып қойған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="211" />
            <source>approved {day} by {who}</source>
            <translation>{day} күні бекітілді: {who}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="255" />
            <source>Annual AML Return for the year ending {day}</source>
            <translation>{day} аяқталатын жылға АЖ/ТҚ бойынша жылдық есеп</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="259" />
            <source>{n} months after the year-end</source>
            <translation>жыл аяқталғаннан кейін {n} ай</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="25" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="396" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="18" />
            <source>Version</source>
            <translation>Нұсқа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="26" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="20" />
            <source>Assessed</source>
            <translation>Бағаланған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="27" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="98" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="21" />
            <source>Author</source>
            <translation>Авторы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="28" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="47" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="23" />
            <source>Overall risk</source>
            <translation>Жалпы тәуекел</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="30" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="91" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="25" />
            <source>Approved by</source>
            <translation>Бекіткен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="108" />
            <source>Year ending</source>
            <translation>Жыл соңы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="110" />
            <source>Filed</source>
            <translation>Берілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="97" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="77" />
            <source>review overdue</source>
            <translation>қайта қарау мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="75" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="95" />
            <source>superseded</source>
            <translation>ауыстырылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="135" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="141" />
            <source>filed late</source>
            <translation>кешігіп берілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="135" />
            <source>filed</source>
            <translation>берілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="137" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="141" />
            <source>to file</source>
            <translation>берілуге тиіс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="100" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="79" />
            <source>current, not approved</source>
            <translation>қазіргі, бекітілмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="47" />
            <source>Any rating</source>
            <translation>Кез келген баға</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="34" />
            <source>clear</source>
            <translation>ескертусіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="34" />
            <source>concerns</source>
            <translation>күмән бар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="40" />
            <source>Enter the staff member's full name.</source>
            <translation>Қызметкердің толық атын енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="42" />
            <source>Choose the role: it decides which training is required.</source>
            <translation>Рөлді таңдаңыз: міндетті оқыту соған байланысты.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="48" />
            <source>Enter the start date.</source>
            <translation>Басталу күнін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="49" />
            <source>The end date cannot be before the start date.</source>
            <translation>Аяқталу күні басталу күнінен бұрын болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="53" />
            <source>Screening result must be clear, concerns or pending.</source>
            <translation>Тексеру нәтижесі: clear (ескертусіз), concerns (күмән бар) немесе pending (күтілуде).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="59" />
            <source>Not an e-mail address.</source>
            <translation>Бұл электрондық пошта мекенжайы емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="55" />
            <source>Enter the date of the screening.</source>
            <translation>Тексеру күнін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="50" />
            <source>Enter the course title.</source>
            <translation>Курс атауын енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="52" />
            <source>Choose the required course (topic) this course counts for.</source>
            <translation>Бұл курс есептелетін міндетті курсты (тақырыпты) таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="88" />
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="85" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="162" />
            <source>course</source>
            <translation>курс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="122" />
            <source>Choose the course that was held.</source>
            <translation>Өткізілген курсты таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="124" />
            <source>Enter the date the session was held.</source>
            <translation>Сабақ өткізілген күнді енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="152" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="179" />
            <source>session</source>
            <translation>сабақ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="245" />
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="276" />
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="176" />
            <source>attendance</source>
            <translation>қатысу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="64" />
            <source>Hours must be a number of 0 or more (e.g. 1.5).</source>
            <translation>Сағат 0 немесе одан көп сан болуы керек (мысалы, 1.5).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="144" />
            <source>A session in the future cannot be completed yet.</source>
            <translation>Болашақтағы сабақты әлі өтті деп белгілеуге болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="56" />
            <source>Unknown curriculum item: {keys}.</source>
            <translation>Бағдарламаның белгісіз тақырыбы: {keys}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="176" />
            <source>taken off the session</source>
            <translation>сабақтан алынды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="278" />
            <source>No certificate file is attached.</source>
            <translation>Сертификат файлы тіркелмеген.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="136" />
            <source>Staff member #{id} does not exist.</source>
            <translation>№{id} қызметкер жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="141" />
            <source>{name} is listed twice.</source>
            <translation>{name} екі рет көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="111" />
            <source>in the future: it cannot be completed yet</source>
            <translation>болашақта: оны әлі өтті деп белгілеуге болмайды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="59" />
            <source>no {noun} {text} in Kuzet</source>
            <translation>Kuzet-те табылмады: {noun} {text}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="63" />
            <source>no {noun} named {text!r} in Kuzet</source>
            <translation>Kuzet-те табылмады: {noun} {text!r}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="68" />
            <source>{count} {noun} records match {text!r} ({numbers}): write the #id</source>
            <translation>{text!r} мәніне сәйкес жазбалар ({noun}): {count} ({numbers}); #нөмірін жазыңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="145" />
            <source>already recorded as attending this session (#{id})</source>
            <translation>бұл сабаққа қатысушы ретінде бұрын тіркелген (№{id})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="157" />
            <source>imported from {name}</source>
            <translation>{name} файлынан импортталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="28" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="26" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="72" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="34" />
            <source>[person] Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="30" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="213" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="24" />
            <source>Job title</source>
            <translation>Лауазымы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="31" />
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="210" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="26" />
            <source>Started</source>
            <translation>Жұмысқа кірді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="32" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="52" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="27" />
            <source>Left</source>
            <translation>Кетті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="33" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="29" />
            <source>Screening at hiring</source>
            <translation>Жұмысқа алу кезіндегі тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="34" />
            <source>Screened</source>
            <translation>Тексерілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="111" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="174" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="203" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="61" />
            <source>Course</source>
            <translation>Курс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="112" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="175" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="127" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="206" />
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="27" />
            <source>Counts as</source>
            <translation>Қалай есептеледі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="113" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="138" />
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="37" />
            <source>Curriculum</source>
            <translation>Бағдарлама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="115" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="193" />
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="39" />
            <source>Hours</source>
            <translation>Сағат</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="116" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="173" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="178" />
            <source>Sessions</source>
            <translation>Сабақтар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="117" />
            <source>Last held</source>
            <translation>Соңғы сабақ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="173" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="191" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="65" />
            <source>Held on</source>
            <translation>Өткізілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="176" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="380" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="66" />
            <source>Trainer</source>
            <translation>Оқытушы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="177" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="241" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="67" />
            <source>Location</source>
            <translation>Орны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="178" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="71" />
            <source>Attended</source>
            <translation>Қатысқандар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="180" />
            <source>Certificates</source>
            <translation>Сертификаттар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="54" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="92" />
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="69" />
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="182" />
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="236" />
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="238" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="226" />
            <source>Screening</source>
            <translation>Тізімдер бойынша тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="52" />
            <source>Current and left</source>
            <translation>Қазіргі және кеткендер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="52" />
            <source>Current</source>
            <translation>Қазіргі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="54" />
            <source>Any screening</source>
            <translation>Кез келген тексеру нәтижесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="127" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="204" />
            <source>Any course</source>
            <translation>Кез келген курс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="206" />
            <source>Any required course</source>
            <translation>Кез келген міндетті курс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="210" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="49" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="143" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="146" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="123" />
            <source>Staff</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="203" />
            <source>overdue since {day}</source>
            <translation>{day} бастап мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="220" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="141" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="199" />
            <source>Training matrix</source>
            <translation>Оқыту матрицасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="156" />
            <source>up to date</source>
            <translation>өзекті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="156" />
            <source>none required</source>
            <translation>талап етілмейді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="200" />
            <source>done (next {day})</source>
            <translation>өтті (келесісі {day})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="202" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="97" />
            <source>due {day}</source>
            <translation>мерзімі {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="152" />
            <source>{n} overdue</source>
            <translation>мерзімі өткен: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="153" />
            <source>{n} due</source>
            <translation>мерзімі жақын: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="172" />
            <source>new starter: within {n} days of starting</source>
            <translation>жаңа қызметкер: жұмысқа кіргеннен кейін {n} күн ішінде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="176" />
            <source>last completed {day}</source>
            <translation>соңғы рет {day} күні өтті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/records.py" line="34" />
            <source>{noun} #{id} does not exist</source>
            <translation>№{id} жазба ({noun}) жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/records.py" line="41" />
            <source>A retired {noun} cannot be edited.</source>
            <translation>Шығарылған жазбаны ({noun}) өзгертуге болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/records.py" line="48" />
            <source>Say why the {noun} is retired.</source>
            <translation>Жазбаның ({noun}) неліктен шығарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/records.py" line="51" />
            <source>{noun} #{id} is already retired.</source>
            <translation>№{id} жазба ({noun}) бұрыннан шығарылған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/coverage.py" line="88" />
            <source>No watchlist is in force: nobody is screened. Import the lists the firm screens against (UN, OFAC SDN, EU, the AFM lists) on the Lists page or with kuzet lists import.</source>
            <translation>Бірде-бір санкциялық тізім қолданыста емес: ешкім тексерілмейді. Компания тексеретін тізімдерді (UN, OFAC SDN, EU, ҚМА тізбелері) «Санкциялық тізімдер» бетінде немесе kuzet lists import командасымен импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/coverage.py" line="46" />
            <source>{list} imported {date}, no publication date ({days} days ago)</source>
            <translation>{list}: {date} импортталған, жариялану күні жоқ ({days} күн бұрын)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/coverage.py" line="100" />
            <source>Screening uses out-of-date lists (older than {days} days): {lists}. Import the current editions: a person listed since is not found.</source>
            <translation>Тексеру ескірген тізімдерді пайдаланады ({days} күннен ескі): {lists}. Өзекті басылымдарын импорттаңыз: кейін тізімге енгізілген тұлға табылмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/coverage.py" line="43" />
            <source>{list} published {date} ({days} days ago)</source>
            <translation>{list}: {date} жарияланған ({days} күн бұрын)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="25" />
            <source>Lists in force</source>
            <translation>Қолданыстағы тізімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="25" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="25" />
            <source>Every version</source>
            <translation>Барлық нұсқалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="28" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="286" />
            <source>Persons</source>
            <translation>Жеке тұлғалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="29" />
            <source>Organizations</source>
            <translation>Ұйымдар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="30" />
            <source>Vessels</source>
            <translation>Кемелер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="31" />
            <source>Aircraft</source>
            <translation>Әуе кемелері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="77" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="342" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="98" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="74" />
            <source>Score</source>
            <translation>Балл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="79" />
            <source>Customer or owner</source>
            <translation>Клиент немесе ие</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="80" />
            <source>Screened name</source>
            <translation>Тексерілген аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="81" />
            <source>Listed name</source>
            <translation>Тізімдегі аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="82" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="209" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="128" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="326" />
            <source>List</source>
            <translation>Тізім</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="84" />
            <source>Raised</source>
            <translation>Анықталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="210" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="360" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="34" />
            <source>State</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="211" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="327" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="302" />
            <source>Published</source>
            <translation>Жарияланды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="212" />
            <source>Imported</source>
            <translation>Импортталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="213" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="164" />
            <source>Entries</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="214" />
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="115" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="80" />
            <source>Added</source>
            <translation>Қосылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="215" />
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="115" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="114" />
            <source>Changed</source>
            <translation>Өзгертілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="216" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="318" />
            <source>Removed</source>
            <translation>Алынды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="217" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="51" />
            <source>Format</source>
            <translation>Пішім</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="218" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="328" />
            <source>File SHA-256</source>
            <translation>Файлдың SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="256" />
            <source>replaced</source>
            <translation>ауыстырылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="284" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="303" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="337" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="315" />
            <source>Born</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="285" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="339" />
            <source>Nationality</source>
            <translation>Азаматтығы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="286" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="340" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="298" />
            <source>Programmes</source>
            <translation>Санкция бағдарламалары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="287" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="341" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="239" />
            <source>Listed on</source>
            <translation>Тізімге енгізілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="288" />
            <source>Other names</source>
            <translation>Басқа аттары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="128" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="128" />
            <source>Any list</source>
            <translation>Кез келген тізім</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="226" />
            <source>Versions</source>
            <translation>Нұсқалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="253" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="273" />
            <source>in force</source>
            <translation>күшінде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="255" />
            <source>withdrawn</source>
            <translation>қайтарылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="176" />
            <location filename="../../desktop/kuzet/registers/screening/subjects.py" line="100" />
            <source>{owner} (owner of {customer})</source>
            <translation>{owner} ({customer} клиентінің бенефициарлық меншік иесі)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="280" />
            <source>score {score} is below the review threshold {review}: cleared automatically</source>
            <translation>балл {score} тексеру шегінен ({review}) төмен: автоматты түрде алынды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="304" />
            <source>screening run #{id} ({trigger})</source>
            <translation>№{id} тізімдер бойынша тексеру ({trigger})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="83" />
            <source>Screened {subjects} against {lists}: {new} to review, {still} still open, {cleared} cleared automatically, {remembered}, {lapsed} lapsed.</source>
            <translation>Тексерілді: {subjects}, тізімдер: {lists}. Қарауға: {new}; әлі ашық: {still}; автоматты түрде алынды: {cleared}; {remembered}; мерзімі өтті: {lapsed}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="73" />
            <source>{count} customer or owner|{count} customers and owners</source>
            <translation>клиенттер мен бенефициарлық меншік иелері: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="75" />
            <source>{count} new hit|{count} new hits</source>
            <translation>жаңа сәйкестіктер: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="80" />
            <source>{count} remembered false positive|{count} remembered false positives</source>
            <translation>есте сақталған жалған сәйкестіктер: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="287" />
            <source>re-screened on {date}: score {score} is below the review threshold {review}</source>
            <translation>{date} күні қайта тексерілді: балл {score} тексеру шегінен ({review}) төмен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="206" />
            <source>no longer found by the screening of {date}: the entry left the list or the screened data changed</source>
            <translation>{date} күнгі тексеруде табылмады: жазба тізімнен шығарылды немесе тексерілетін деректер өзгерді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="49" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="164" />
            <source>true match</source>
            <translation>расталған сәйкестік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="50" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="164" />
            <source>false positive</source>
            <translation>жалған сәйкестік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="51" />
            <source>cleared automatically</source>
            <translation>автоматты түрде алынды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="52" />
            <source>lapsed</source>
            <translation>күшін жойды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="64" />
            <source>A domestic PEP: record the PEP status in the customer file and apply enhanced due diligence (senior management approval, source of wealth and of funds, enhanced monitoring).</source>
            <translation>Ұлттық ЖЛТ: ЖЛТ мәртебесін клиенттің іс қағаздарына жазып, клиентті күшейтілген тиісінше тексеру шараларын қолданыңыз (басшылықтың мақұлдауы, әл-ауқат пен қаражат көзі, күшейтілген мониторинг).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="68" />
            <source>An in-house list: act on the reason the person is on the firm's list.</source>
            <translation>Ішкі тізім: тұлғаның компания тізіміне енгізілу себебіне сай әрекет етіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="76" />
            <source>The customer is frozen: stop every operation of the customer and hold its money and digital assets; do not let any transfer out.</source>
            <translation>Клиент бұғатталған: клиенттің барлық операцияларын тоқтатып, оның ақшасы мен цифрлық активтерін ұстап тұрыңыз; ешқандай шығыс аударымға жол бермеңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="80" />
            <source>Do not tip off: do not tell the customer, or anyone outside compliance, about the match or the report.</source>
            <translation>Ескертпеңіз: сәйкестік немесе хабарлама туралы клиентке не комплаенстен тыс ешкімге айтпаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="84" />
            <source>Report to the FIU (the AFM): the freeze notification is drafted on the FIU reports page with its deadline; send it without delay.</source>
            <translation>ҚМА-ға (Қаржылық мониторинг агенттігіне) хабарлаңыз: бұғаттау туралы хабарлама «ҚМА-ға хабарламалар» бетінде мерзімімен бірге дайындалды; оны кідіртпей жіберіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="87" />
            <source>Record what was frozen, when and by whom in the customer file.</source>
            <translation>Не, қашан және кім бұғаттағанын клиенттің іс қағаздарына жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="130" />
            <source>no publication date</source>
            <translation>жарияланған күні жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="148" />
            <source>Decide true match or false positive.</source>
            <translation>Шешіңіз: расталған немесе жалған сәйкестік.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="150" />
            <source>Write the reason for the decision (it goes in the audit trail).</source>
            <translation>Шешімнің себебін жазыңыз (ол аудит журналына енеді).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="132" />
            <source>{list} version #{id} (published {published}, file SHA-256 {sha})</source>
            <translation>{list}, №{id} нұсқа (жарияланған күні {published}, файлдың SHA-256 {sha})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="165" />
            <source>{decision}: {reason} (against {version})</source>
            <translation>{decision}: {reason} (нұсқа: {version})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="321" />
            <source>File status</source>
            <translation>Іс қағаздарының мәртебесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="322" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="330" />
            <source>Matched name</source>
            <translation>Сәйкес келген аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="180" />
            <source>confirmed sanctions match, hit #{id} ({list} entry {ref}): {reason}</source>
            <translation>№{id} расталған санкциялық сәйкестік ({list}, {ref} жазбасы): {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="210" />
            <source>superseded by the decision on hit #{id}</source>
            <translation>№{id} сәйкестік бойынша шешіммен ауыстырылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="226" />
            <source>Say why the false positive is withdrawn.</source>
            <translation>Жалған сәйкестік туралы шешімнің неліктен кері қайтарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="299" />
            <source>Beneficial owner #{id}</source>
            <translation>№{id} бенефициарлық меншік иесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="302" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="312" />
            <source>Name (Latin)</source>
            <translation>Аты (латынша)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="304" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="202" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="28" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="24" />
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="306" />
            <source>Owner of</source>
            <translation>Клиенттің бенефициарлық меншік иесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="309" />
            <source>Customer #{id}</source>
            <translation>№{id} клиент</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="318" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="338" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="203" />
            <source>IIN/BIN</source>
            <translation>ЖСН/БСН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="336" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="248" />
            <source>Names</source>
            <translation>Аттары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="342" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="317" />
            <source>Remarks</source>
            <translation>Ескертпелер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="113" />
            <source>screening hit #{id} does not exist</source>
            <translation>№{id} сәйкестік жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="229" />
            <source>no remembered false positive #{id}</source>
            <translation>№{id} есте сақталған жалған сәйкестік жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="313" />
            <source>individual</source>
            <translation>жеке тұлға</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="313" />
            <source>legal entity</source>
            <translation>заңды тұлға</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="315" />
            <source>Registered</source>
            <translation>Тіркелген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="326" />
            <source>{list} version #{id}</source>
            <translation>{list}, №{id} нұсқа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="349" />
            <source>{list} entry {ref}</source>
            <translation>{list}, {ref} жазбасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="374" />
            <source>Screening hit to review</source>
            <translation>Қаралатын сәйкестік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="157" />
            <source>Hit #{id} is not open: it is {status}.</source>
            <translation>№{id} сәйкестік ашық емес: мәртебесі «{status}».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="379" />
            <source>score {score}</source>
            <translation>балл {score}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/runs.py" line="55" />
            <source>Screening customers and owners</source>
            <translation>Клиенттер мен иелерді тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/runs.py" line="82" />
            <source>Recording the hits</source>
            <translation>Сәйкестіктерді жазу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/runs.py" line="111" />
            <source>customer #{id} does not exist</source>
            <translation>№{id} клиент жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="70" />
            <source>UN Security Council consolidated list (XML)</source>
            <translation>БҰҰ Қауіпсіздік Кеңесінің жиынтық санкциялық тізімі (XML)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="71" />
            <source>OFAC SDN (CSV: sdn, alt and add files together)</source>
            <translation>OFAC SDN (CSV: sdn, alt және add файлдары бірге)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="72" />
            <source>OFAC SDN (sdn.xml)</source>
            <translation>OFAC SDN (sdn.xml)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="73" />
            <source>EU consolidated financial sanctions list (CSV v1.1)</source>
            <translation>ЕО қаржылық санкцияларының жиынтық тізімі (CSV v1.1)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="74" />
            <source>Kazakhstan AFM list, category 1 or 2 (XML)</source>
            <translation>Қазақстан ҚМА тізбесі, 1 немесе 2 санат (XML)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="75" />
            <source>Kazakhstan AFM proliferation-financing list (XML)</source>
            <translation>Қазақстан ҚМА-ның жаппай қырып-жою қаруын таратуды қаржыландыруға байланысты тізбесі (XML)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="76" />
            <source>Generic CSV list (ref,name,aliases,dob,kind, optional iin, wallets): in-house, domestic PEPs, illegal exchanges, high-risk wallets</source>
            <translation>Әмбебап CSV тізімі (ref,name,aliases,dob,kind, қосымша iin, wallets): ішкі, ұлттық ЖЛТ, заңсыз айырбастау пункттері, жоғары тәуекелді әмияндар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="127" />
            <source>; {count} warning: values kept in another form|; {count} warnings: values kept in another form</source>
            <translation>; ескертулер: {count} — мәндер басқа түрде сақталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="261" />
            <source>imported {list} from {files}</source>
            <translation>{list} тізімі {files} файлдарынан импортталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="289" />
            <source>Saving {list}</source>
            <translation>Сақталуда: {list}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="424" />
            <source>list {list}, version #{id}</source>
            <translation>{list} тізімі, №{id} нұсқа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="122" />
            <source>{list}: version #{id}, {entries} entries ({added} added, {changed} changed, {removed} removed)</source>
            <translation>{list}: №{id} нұсқа, жазбалар: {entries} (қосылды {added}, өзгертілді {changed}, алынды {removed})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="175" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="107" />
            <source>Choose the list files to import.</source>
            <translation>Импорттау үшін тізім файлдарын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="216" />
            <source>Reading {files}</source>
            <translation>{files} оқылуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="311" />
            <source>Say why the list is no longer screened against.</source>
            <translation>Бұл тізім бойынша неліктен енді тексерілмейтінін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="119" />
            <source>{list}: this file is already the active version #{id}; nothing was imported</source>
            <translation>{list}: бұл файл қазірдің өзінде №{id} қолданыстағы нұсқа; ештеңе импортталмады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="182" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="109" />
            <source>A list name can be given for one list at a time.</source>
            <translation>Тізім атауын бір мезгілде тек бір тізімге беруге болады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="314" />
            <source>no active list {list!r}</source>
            <translation>{list!r} қолданыстағы тізімі жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="328" />
            <source>list version #{id} does not exist</source>
            <translation>тізімнің №{id} нұсқасы жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="419" />
            <source>list entries {refs} belong to list version #{id}, which does not exist (added outside Kuzet)</source>
            <translation>{refs} тізім жазбалары жоқ №{id} тізім нұсқасына тиесілі (Kuzet-тен тыс қосылған)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="428" />
            <source>{where}: {left} of its {count} entries are left; the list no longer matches its recorded hash (entries deleted or added outside Kuzet)</source>
            <translation>{where}: {count} жазбаның {left} жазбасы қалды; тізім енді жазылған хэшке сәйкес келмейді (жазбалар Kuzet-тен тыс жойылған немесе қосылған)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="435" />
            <source>{where}: entries {refs} differ from their fingerprints (edited outside Kuzet)</source>
            <translation>{where}: {refs} жазбалары өз цифрлық іздеріне сәйкес келмейді (Kuzet-тен тыс өзгертілген)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="441" />
            <source>{where}: its {count} entries no longer match the version's recorded hash (entries deleted, added or edited outside Kuzet)</source>
            <translation>{where}: оның {count} жазбасы енді нұсқаның жазылған хэшіне сәйкес келмейді (жазбалар Kuzet-тен тыс жойылған, қосылған немесе өзгертілген)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="91" />
            <source>... and {count} more</source>
            <translation>... тағы {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="169" />
            <source>Unknown list format {format!r}; use one of {formats}.</source>
            <translation>Белгісіз тізім пішімі {format!r}; мыналардың бірін пайдаланыңыз: {formats}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="189" />
            <source>{list}: several files of the same list in one import</source>
            <translation>{list}: бір импортта бір тізімнің бірнеше файлы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="95" />
            <source>nothing was imported: {count} problem|nothing was imported: {count} problems</source>
            <translation>ештеңе импортталмады: мәселелер — {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="196" />
            <source>{files}: the list has no entries</source>
            <translation>{files}: тізімде жазбалар жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/approvals.py" line="99" />
            <source>Say why the request is rejected.</source>
            <translation>Сұраудың неліктен қабылданбағанын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/approvals.py" line="110" />
            <source>Only the officer who made the request can withdraw it.</source>
            <translation>Сұрауды тек оны жасаған қызметкер ғана кері қайтара алады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/approvals.py" line="136" />
            <source>You made this request: a second officer must decide it.</source>
            <translation>Бұл сұрауды сіз жасадыңыз: шешімді екінші қызметкер қабылдауы керек.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/approvals.py" line="80" />
            <source>No approval request {id}.</source>
            <translation>{id} мақұлдау сұрауы жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/approvals.py" line="120" />
            <source>Request {id} is already {state}.</source>
            <translation>{id} сұрауы қазірдің өзінде: {state}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/backups.py" line="237" />
            <source>The vault key is not in the backup: keep it (or its passphrase) safe.</source>
            <translation>Қойма кілті көшірмеде жоқ: оны (немесе құпия фразаны) қауіпсіз жерде сақтаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/backups.py" line="234" />
            <source>The vault key is in the backup, wrapped under the export passphrase: keep the passphrase apart from the backup; without it the key cannot be read.</source>
            <translation>Қойма кілті көшірмеде экспорт құпия фразасымен шифрланған түрде бар: фразаны көшірмеден бөлек сақтаңыз; онсыз кілтті оқу мүмкін емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/backups.py" line="243" />
            <source>The vault key from the backup is now in this computer's keyring.</source>
            <translation>Көшірмедегі қойма кілті енді осы компьютердің кілттер қоймасында.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/backups.py" line="246" />
            <source>No OS keyring is usable here: the documents were re-encrypted under the vault passphrase you chose; Kuzet asks for it when a document is opened.</source>
            <translation>Мұнда ОЖ кілттер қоймасы қолжетімсіз: құжаттар сіз таңдаған қойма құпия фразасымен қайта шифрланды; Kuzet оны құжат ашылғанда сұрайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/backups.py" line="251" />
            <source>Restored without the vault key: the documents stay locked until it is installed (restore this backup again with its export passphrase).</source>
            <translation>Қойма кілтінсіз қалпына келтірілді: кілт орнатылғанша құжаттар құлыпталған күйде қалады (бұл көшірмені оның экспорт құпия фразасымен қайта қалпына келтіріңіз).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/backups.py" line="45" />
            <source>{database} is a team database: Kuzet makes no file backup of it. Your administrator backs it up on the server with `kuzet admin backup` (pg_dump).</source>
            <translation>{database} — командалық дерекқор: Kuzet оның файлға сақтық көшірмесін жасамайды. Оның сақтық көшірмесін серверде әкімшіңіз `kuzet admin backup` (pg_dump) командасымен жасайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/desk.py" line="260" />
            <location filename="../../desktop/kuzet/store/keys.py" line="265" />
            <location filename="../../desktop/kuzet/store/team_keys.py" line="181" />
            <location filename="../../desktop/kuzet/store/team_keys.py" line="361" />
            <source>The document vault is locked: enter your password.</source>
            <translation>Құжаттар қоймасы құлыпталған: құпиясөзіңізді енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="128" />
            <source>Screening hit decision</source>
            <translation>Сәйкестік бойынша шешім</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="129" />
            <source>STR decision (STR or no STR)</source>
            <translation>Күдікті операция туралы хабарлама бойынша шешім (жіберу не жібермеу)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="130" />
            <source>STR filed with the FIU</source>
            <translation>Күдікті операция туралы хабарлама ҚМА-ке жіберілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="131" />
            <source>Rule override</source>
            <translation>Ережені өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="132" />
            <source>Rule pack update</source>
            <translation>Ережелер жинағын жаңарту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="135" />
            <source>Approval of a high-risk or PEP customer</source>
            <translation>Жоғары тәуекелді немесе ЖЛТ клиентті мақұлдау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="139" />
            <source>Risk-tier override</source>
            <translation>Тәуекел деңгейін қолмен өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="83" />
            <source>A login is 2–40 letters a–z, digits, dots, dashes or underscores.</source>
            <translation>Логин — 2–40 таңба: a–z латын әріптері, цифрлар, нүктелер, сызықшалар немесе астыңғы сызықтар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="87" />
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="134" />
            <source>Choose the role: mlro, deputy, analyst, auditor or admin.</source>
            <translation>Рөлді таңдаңыз: mlro, deputy, analyst, auditor немесе admin.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="95" />
            <source>Choose the member of staff, or enter their full name.</source>
            <translation>Қызметкерді таңдаңыз немесе оның толық атын енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="85" />
            <source>Another active officer has this login.</source>
            <translation>Бұл логин басқа белсенді қызметкерде бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="89" />
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="166" />
            <source>A password has at least {n} characters.</source>
            <translation>Құпиясөзде кемінде {n} таңба болуы керек.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="99" />
            <source>Choose a current member of staff.</source>
            <translation>Қазіргі қызметкерді таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="140" />
            <source>Say why the role changes.</source>
            <translation>Рөлдің неліктен өзгеретінін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="153" />
            <source>Say why the officer is disabled.</source>
            <translation>Қызметкердің неліктен өшірілетінін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="190" />
            <source>This officer is disabled.</source>
            <translation>Бұл қызметкер өшірілген.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="198" />
            <source>The firm's last MLRO or administrator stays: add another first.</source>
            <translation>Компанияның соңғы MLRO-сы немесе әкімшісі қалады: алдымен басқасын қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="56" />
            <source>No officer with id {id}.</source>
            <translation>{id} идентификаторы бар қызметкер жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="164" />
            <source>{name}: too large for a rule pack</source>
            <translation>{name}: ережелер пакеті үшін тым үлкен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="168" />
            <source>{zip}: refused: {entry!r} is {why}; a rule pack holds only its .toml files</source>
            <translation>{zip}: қабылданбады: {entry!r} — {why}; ережелер пакетінде тек өзінің .toml файлдары болады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="47" />
            <source>{path}: no such file or folder</source>
            <translation>{path}: мұндай файл немесе қалта жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="51" />
            <source>{name}: not a ZIP file (a rule pack comes as a ZIP of its folder)</source>
            <translation>{name}: ZIP файлы емес (ережелер пакеті өз қалтасының ZIP мұрағаты түрінде беріледі)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="57" />
            <source>{name}: larger than {mb} MB, too large for a rule pack</source>
            <translation>{name}: көлемі {mb} МБ-тан асады — ережелер пакеті үшін тым үлкен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="76" />
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="110" />
            <source>{name}: no rule files (*.toml) in it</source>
            <translation>{name}: ішінде ереже файлдары (*.toml) жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="129" />
            <source>a path outside the pack</source>
            <translation>пакеттен тыс жол</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="131" />
            <source>a link</source>
            <translation>сілтеме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="138" />
            <source>a file inside a sub-folder</source>
            <translation>ішкі қалтадағы файл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="140" />
            <source>not a rule file (*.toml)</source>
            <translation>ереже файлы емес (*.toml)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="144" />
            <source>the same file twice</source>
            <translation>бір файл екі рет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="149" />
            <source>{name}: holds more than one folder; a rule pack is one folder</source>
            <translation>{name}: ішінде бірнеше қалта бар; ережелер пакеті — бір қалта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="89" />
            <source>{name}: more than {count} entries, too many for a rule pack</source>
            <translation>{name}: элементтер {count} шегінен көп — ережелер пакеті үшін тым көп</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="134" />
            <source>a folder inside the folder</source>
            <translation>қалта ішіндегі қалта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="160" />
            <source>{name}: not UTF-8 text</source>
            <translation>{name}: UTF-8 мәтіні емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/permissions.py" line="18" />
            <source>Analyst</source>
            <translation>Талдаушы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/permissions.py" line="19" />
            <source>Auditor (read-only)</source>
            <translation>Аудитор (тек оқу)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/permissions.py" line="20" />
            <source>Administrator</source>
            <translation>Әкімші</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="115" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="65" />
            <source>Retired</source>
            <translation>Шығарылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="162" />
            <source>rule pack {version} (SHA-256 {sha256}) replaces {current}: {summary}</source>
            <translation>{version} ережелер пакеті (SHA-256 {sha256}) {current} пакетін ауыстырады: {summary}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="214" />
            <source>rule pack {version} changed this rule: check the override</source>
            <translation>{version} ережелер пакеті бұл ережені өзгертті: қызметкер өзгертуін тексеріңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="105" />
            <source>rule pack {version}: {title} (published {published})</source>
            <translation>{version} ережелер пакеті: {title} (жарияланған күні {published})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="108" />
            <source>file {name}, SHA-256 {sha256}</source>
            <translation>{name} файлы, SHA-256 {sha256}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="109" />
            <source>in force now: {version} (SHA-256 {sha256})</source>
            <translation>қазір қолданыста: {version} (SHA-256 {sha256})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="113" />
            <source>changes: {summary}</source>
            <translation>өзгерістер: {summary}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="165" />
            <source>the shipped pack</source>
            <translation>бағдарламамен берілген пакет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="211" />
            <source>rule pack {version} dropped this rule: check the override</source>
            <translation>{version} ережелер пакеті бұл ережені алып тастады: қызметкер өзгертуін тексеріңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="110" />
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="44" />
            <source>unversioned</source>
            <translation>нұсқасыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="133" />
            <source>FLAGGED override #{id} of {key} ({kind} by this pack): {reason}</source>
            <translation>БЕЛГІЛЕНДІ: {key} ережесінің №{id} өзгертуі (бұл пакетте: {kind}): {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="142" />
            <source>{name}: the rule pack has no version</source>
            <translation>{name}: ережелер пакетінің нұсқасы жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="146" />
            <source>{name}: rule pack {version} is not newer than the pack in force ({current}); nothing was changed.</source>
            <translation>{name}: {version} ережелер пакеті қолданыстағы пакеттен ({current}) жаңа емес; ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="129" />
            <source>FLAGGED: your override of this rule stays in force: check it</source>
            <translation>БЕЛГІЛЕНДІ: бұл ережеге енгізген өзгертуіңіз күшінде қалады: оны тексеріңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="125" />
            <source>source: {source}</source>
            <translation>дереккөз: {source}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="83" />
            <source>{name}: the rule pack is invalid; nothing was changed:</source>
            <translation>{name}: ережелер пакеті жарамсыз; ештеңе өзгертілмеді:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="148" />
            <source>Say why the rule is overridden (it goes in the audit trail and the pack).</source>
            <translation>Ереженің неліктен өзгертілетінін көрсетіңіз (бұл аудит журналына және пакетке енеді).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="151" />
            <source>The override cannot end before it starts.</source>
            <translation>Өзгерту басталмай тұрып аяқтала алмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="186" />
            <source>Say why the override is withdrawn.</source>
            <translation>Өзгертудің неліктен күшін жоятынын көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="74" />
            <source>officer override ({source})</source>
            <translation>қызметкер өзгерткен ({source})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="138" />
            <source>no rule {key!r} in the rule pack</source>
            <translation>ережелер пакетінде {key!r} ережесі жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="184" />
            <source>rule override #{id} does not exist</source>
            <translation>№{id} ереже өзгертуі жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="120" />
            <source>{text!r} is not a value Kuzet can read (write it as in the rule pack)</source>
            <translation>{text!r} — Kuzet бұл мәнді оқи алмайды (оны ережелер пакетіндегідей жазыңыз)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="161" />
            <source>The first officer is the MLRO or an administrator.</source>
            <translation>Бірінші қызметкер — MLRO немесе әкімші.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="184" />
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="190" />
            <source>Unknown login or wrong password.</source>
            <translation>Белгісіз логин немесе қате құпиясөз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="84" />
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="168" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="79" />
            <source>Enter a password.</source>
            <translation>Құпиясөзді енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="166" />
            <source>The firm already has officers: sign in.</source>
            <translation>Компанияда қызметкерлер бар: кіріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="261" />
            <source>Only a firm with one officer can switch passwords off.</source>
            <translation>Құпиясөздерді тек бір қызметкері бар компания ғана өшіре алады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="39" />
            <source>created</source>
            <translation>жасалды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="47" />
            <source>no field changed</source>
            <translation>өрістер өзгермеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="65" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="66" />
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="27" />
            <source>When (UTC)</source>
            <translation>Қашан (UTC)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="67" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="79" />
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="27" />
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="68" />
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="91" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="310" />
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="97" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="106" />
            <source>Register</source>
            <translation>Тізілім</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="69" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="307" />
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="27" />
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="71" />
            <source>What changed</source>
            <translation>Не өзгерді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="90" />
            <source>All registers</source>
            <translation>Барлық тізілімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="42" />
            <source>{count} rows created in bulk (#{first}–#{last})</source>
            <translation>Жаппай жасалған жолдар: {count} (№{first}–№{last})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="15" />
            <source>Approval requests</source>
            <translation>Мақұлдау сұраулары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="17" />
            <source>Audit findings</source>
            <translation>Тексеру кемшіліктері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="18" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="147" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="22" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="118" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="121" />
            <source>Audit trail</source>
            <translation>Аудит журналы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="19" />
            <source>Beneficial owners</source>
            <translation>Бенефициарлық меншік иелері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="20" />
            <source>Business risk assessments</source>
            <translation>Компанияның тәуекелдерін бағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="21" />
            <source>Coin prices</source>
            <translation>Монета бағалары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="22" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="81" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="153" />
            <source>Counterparty providers</source>
            <translation>Контрагент-провайдерлер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="23" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="158" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="161" />
            <source>Courses</source>
            <translation>Курстар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="26" />
            <source>Enhanced due diligence</source>
            <translation>Күшейтілген тиісінше тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="28" />
            <source>Remembered false positives</source>
            <translation>Есте сақталған жалған сәйкестіктер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="30" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="156" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="197" />
            <source>Freeze notifications</source>
            <translation>Бұғаттау туралы хабарламалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="31" />
            <source>Knowledge tests</source>
            <translation>Білім тестілері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="33" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="134" />
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="19" />
            <source>Management responses</source>
            <translation>Басшылықтың жауаптары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="34" />
            <source>Mining fee bases</source>
            <translation>Майнинг үшін төлем негіздері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="35" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="109" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="27" />
            <source>Mining output</source>
            <translation>Өндіру көлемі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="36" />
            <source>MLRO appointments</source>
            <translation>MLRO тағайындаулары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="37" />
            <source>Officers</source>
            <translation>Қызметкерлер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="38" />
            <source>Officer passwords</source>
            <translation>Қызметкерлердің құпиясөздері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="39" />
            <source>PEP statuses</source>
            <translation>ЖЛТ мәртебелері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="42" />
            <source>Customer risk assessments</source>
            <translation>Клиенттердің тәуекелін бағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="43" />
            <source>Rule overrides</source>
            <translation>Ережелерді өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="44" />
            <source>Rule pack versions</source>
            <translation>Ережелер жинағының нұсқалары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="46" />
            <source>Screening hits</source>
            <translation>Тізімдер бойынша сәйкестіктер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="47" />
            <source>Screening runs</source>
            <translation>Тізімдер бойынша тексеру іске қосулары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="48" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="150" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="239" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="248" />
            <source>Settings</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="50" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="66" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="195" />
            <source>Suspicious transaction reports</source>
            <translation>Күдікті операциялар туралы хабарламалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="51" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="133" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="196" />
            <source>Threshold reports</source>
            <translation>Шекті хабарламалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="52" />
            <source>Training attendance</source>
            <translation>Оқытуға қатысу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="53" />
            <source>Training sessions</source>
            <translation>Оқу сабақтары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="55" />
            <source>Vault keys</source>
            <translation>Қойма кілттері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="56" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="111" />
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="13" />
            <source>Venues</source>
            <translation>Алаңдар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="57" />
            <source>Watchlist entries</source>
            <translation>Тізім жазбалары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="58" />
            <source>Watchlist versions</source>
            <translation>Тізім нұсқалары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="63" />
            <source>Created</source>
            <translation>Құрылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="64" />
            <source>Edited</source>
            <translation>Өзгертілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="66" />
            <source>Reinstated</source>
            <translation>Қалпына келтірілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="67" />
            <source>Migrated</source>
            <translation>Жаңарту кезінде көшірілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="68" />
            <source>Imported in bulk</source>
            <translation>Топтамамен импортталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="69" />
            <source>Deleted</source>
            <translation>Жойылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="73" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="36" />
            <source>Accreditation number</source>
            <translation>Аккредиттеу нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="74" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="39" />
            <source>Accredited on</source>
            <translation>Аккредиттелген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="77" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="68" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="113" />
            <source>Activities</source>
            <translation>Қызмет түрлері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="78" />
            <source>Activity</source>
            <translation>Қызмет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="82" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="69" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="116" />
            <source>AFSA reference</source>
            <translation>AFSA нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="83" />
            <source>State after</source>
            <translation>Кейінгі күйі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="84" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="53" />
            <source>AIFC licence number</source>
            <translation>АХҚО лицензиясының нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="86" />
            <source>AIFC status from</source>
            <translation>АХҚО мәртебесі басталған күн</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="87" />
            <source>Alert IDs</source>
            <translation>Ескерту идентификаторлары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="89" />
            <source>Anchor</source>
            <translation>Анкер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="90" />
            <source>Appointed on</source>
            <translation>Тағайындалған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="92" />
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="26" />
            <source>Approved on</source>
            <translation>Мақұлданған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="93" />
            <source>Assessed on</source>
            <translation>Бағаланған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="95" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="96" />
            <source>Audit date</source>
            <translation>Тексеру күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="99" />
            <source>Auto clear threshold</source>
            <translation>Автоматты алып тастау шегі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="100" />
            <source>Auto cleared</source>
            <translation>Автоматты түрде алынды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="101" />
            <source>Average price, KZT</source>
            <translation>Орташа баға, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="102" />
            <source>State before</source>
            <translation>Бұрынғы күйі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="103" />
            <source>Beneficiary name</source>
            <translation>Алушының аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="104" />
            <source>Beneficiary wallet</source>
            <translation>Алушының әмияны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="105" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="47" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="110" />
            <source>BIN</source>
            <translation>БСН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="106" />
            <source>Birth date</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="107" />
            <source>Blob name</source>
            <translation>Қойма нысанының атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="108" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="28" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="24" />
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="109" />
            <source>Certificate blob</source>
            <translation>Сертификат нысаны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="110" />
            <source>Certificate file</source>
            <translation>Сертификат файлы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="111" />
            <source>Certificate ref</source>
            <translation>Сертификат нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="112" />
            <source>Certificate SHA-256</source>
            <translation>Сертификаттың SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="113" />
            <source>Certificate vault ID</source>
            <translation>Қоймадағы сертификат ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="115" />
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="27" />
            <source>Changes</source>
            <translation>Өзгерістер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="117" />
            <source>Checker</source>
            <translation>Тексеруші</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="118" />
            <source>Checker reason</source>
            <translation>Тексерушінің негіздемесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="120" />
            <source>Closed on</source>
            <translation>Жабылған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="122" />
            <source>Complete</source>
            <translation>Аяқталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="124" />
            <source>Completed on</source>
            <translation>Аяқталған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="125" />
            <source>Computed tier</source>
            <translation>Есептелген деңгей</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="128" />
            <source>Content SHA-256</source>
            <translation>Мазмұнның SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="129" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="30" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="47" />
            <source>Control</source>
            <translation>Бақылау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="130" />
            <source>Control note</source>
            <translation>Бақылау туралы ескертпе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="132" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="35" />
            <source>Counterparty provider</source>
            <translation>Контрагент-провайдер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="133" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="34" />
            <source>Counterparty wallet</source>
            <translation>Контрагент әмияны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="134" />
            <source>Course ID</source>
            <translation>Курс ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="135" />
            <source>Created at</source>
            <translation>Құрылған уақыты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="136" />
            <source>Crypto addresses</source>
            <translation>Крипто мекенжайлар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="139" />
            <source>Customer ID</source>
            <translation>Клиент ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="141" />
            <source>Decided at</source>
            <translation>Шешім уақыты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="143" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="45" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="74" />
            <source>Decided on</source>
            <translation>Шешім күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="145" />
            <source>Decision note</source>
            <translation>Шешімге ескертпе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="146" />
            <source>Declared on</source>
            <translation>Декларацияланған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="147" />
            <source>Dedupe key</source>
            <translation>Қайталауды жою кілті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="148" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="81" />
            <source>Description</source>
            <translation>Сипаттама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="149" />
            <source>Detected on</source>
            <translation>Анықталған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="152" />
            <source>Dates of birth</source>
            <translation>Туған күндері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="153" />
            <source>Document ref</source>
            <translation>Құжат нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="154" />
            <source>Due diligence by</source>
            <translation>Тиісінше тексеруді жүргізген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="155" />
            <source>Due diligence on</source>
            <translation>Тиісінше тексеру күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="156" />
            <source>Due on</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="157" />
            <source>Effective from</source>
            <translation>Күшіне енген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="158" />
            <source>Effective to</source>
            <translation>Күшінің аяқталатын күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="160" />
            <source>End date</source>
            <translation>Аяқталу күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="161" />
            <source>Ended on</source>
            <translation>Аяқталған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="162" />
            <source>Engagement ID</source>
            <translation>Тексеру ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="163" />
            <source>Enhanced monitoring</source>
            <translation>Күшейтілген мониторинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="165" />
            <source>Entry fingerprint</source>
            <translation>Жазба ізі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="166" />
            <source>Entry kind</source>
            <translation>Жазба түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="167" />
            <source>Entry name</source>
            <translation>Жазбадағы атау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="168" />
            <source>Entry ref</source>
            <translation>Жазба нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="170" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="191" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="38" />
            <source>Expires on</source>
            <translation>Жарамдылық мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="171" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="39" />
            <source>Explanation</source>
            <translation>Түсініктеме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="172" />
            <source>Factors</source>
            <translation>Факторлар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="173" />
            <source>Facts</source>
            <translation>Фактілер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="174" />
            <source>File name</source>
            <translation>Файл атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="175" />
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="23" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="103" />
            <source>Filed on</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="176" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="61" />
            <source>Files</source>
            <translation>Файлдар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="177" />
            <source>Finding ID</source>
            <translation>Кемшілік ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="179" />
            <source>Finding text</source>
            <translation>Кемшілік мәтіні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="180" />
            <source>Fingerprint</source>
            <translation>Із</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="181" />
            <source>Finished at</source>
            <translation>Аяқталған уақыты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="183" />
            <source>Frozen hit ID</source>
            <translation>Тоқтата тұрылған сәйкестік ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="184" />
            <source>Frozen on</source>
            <translation>Тоқтата тұрылған (бұғатталған) күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="185" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="48" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="102" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="142" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="19" />
            <source>Full name</source>
            <translation>Толық аты-жөні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="186" />
            <source>Funds evidence</source>
            <translation>Қаражат көзінің дәлелі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="188" />
            <source>Funds verified</source>
            <translation>Қаражат көзі тексерілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="189" />
            <source>Hardware in Kazakhstan</source>
            <translation>Жабдық Қазақстанда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="190" />
            <source>Hash</source>
            <translation>Хеш</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="192" />
            <source>Hit ID</source>
            <translation>Сәйкестік ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="195" />
            <source>ID expires on</source>
            <translation>Құжаттың жарамдылық мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="196" />
            <source>ID issued on</source>
            <translation>Құжат берілген күн</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="197" />
            <source>ID issuer</source>
            <translation>Құжатты берген орган</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="198" />
            <source>ID number</source>
            <translation>Құжат нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="199" />
            <source>ID type</source>
            <translation>Құжат түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="200" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="45" />
            <source>Identified by</source>
            <translation>Кім анықтаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="201" />
            <source>Identity fingerprint</source>
            <translation>Тұлға ізі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="204" />
            <source>IIN conflict</source>
            <translation>ЖСН сәйкессіздігі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="205" />
            <source>IIN note</source>
            <translation>ЖСН туралы ескертпе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="206" />
            <source>IINs</source>
            <translation>ЖСН-дер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="207" />
            <source>Import batch</source>
            <translation>Импорт топтамасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="208" />
            <source>Import warnings</source>
            <translation>Импорт ескертулері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="209" />
            <source>Imported at</source>
            <translation>Импортталған уақыты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="210" />
            <source>Imported by</source>
            <translation>Импорттаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="211" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="188" />
            <source>Issued on</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="215" />
            <source>KDF</source>
            <translation>KDF</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="216" />
            <source>KDF N</source>
            <translation>KDF N</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="217" />
            <source>KDF P</source>
            <translation>KDF P</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="218" />
            <source>KDF R</source>
            <translation>KDF R</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="219" />
            <source>Key</source>
            <translation>Кілт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="220" />
            <source>Key check</source>
            <translation>Кілтті тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="221" />
            <source>Key source</source>
            <translation>Кілт көзі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="224" />
            <source>KWh grid</source>
            <translation>Желіден кВт·сағ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="225" />
            <source>KWh imported</source>
            <translation>Импортталған кВт·сағ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="226" />
            <source>KWh own generation</source>
            <translation>Өз өндірісінің кВт·сағ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="227" />
            <source>KWh own renewable</source>
            <translation>Өз ЖЭК кВт·сағ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="228" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="33" />
            <source>KZT rate</source>
            <translation>KZT бағамы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="229" />
            <source>Lapsed</source>
            <translation>Мерзімі өтті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="230" />
            <source>Last review on</source>
            <translation>Соңғы қайта қарау күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="231" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="32" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="41" />
            <source>Left office</source>
            <translation>Лауазымнан кетті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="232" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="44" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="108" />
            <source>Legal name</source>
            <translation>Заңды атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="233" />
            <source>Legal name in Latin letters</source>
            <translation>Латын әріптерімен атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="234" />
            <source>Licence number</source>
            <translation>Лицензия нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="235" />
            <source>Licence type</source>
            <translation>Лицензия түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="237" />
            <source>List format</source>
            <translation>Тізім пішімі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="238" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="68" />
            <source>List name</source>
            <translation>Тізім атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="240" />
            <source>Lists</source>
            <translation>Тізімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="242" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="104" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="143" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="34" />
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="243" />
            <source>Maker</source>
            <translation>Бастамашы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="244" />
            <source>Media type</source>
            <translation>Деректер түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="246" />
            <source>Name key</source>
            <translation>Атау кілті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="247" />
            <source>Name in Latin letters</source>
            <translation>Аты латын әріптерімен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="249" />
            <source>Nationalities</source>
            <translation>Азаматтықтар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="251" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="70" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="117" />
            <source>NBK reference</source>
            <translation>ҰБ нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="252" />
            <source>New open</source>
            <translation>Жаңа ашық</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="253" />
            <source>Next review on</source>
            <translation>Келесі қайта қарау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="254" />
            <source>No meter</source>
            <translation>Есептегішсіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="255" />
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="257" />
            <source>Notified on</source>
            <translation>Хабарланған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="260" />
            <source>Occurred on</source>
            <translation>Операция күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="261" />
            <source>Officer ID</source>
            <translation>Қызметкер ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="262" />
            <source>Onboarded on</source>
            <translation>Қызмет көрсетуге қабылданған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="264" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="30" />
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="265" />
            <source>Originator ID</source>
            <translation>Жіберуші ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="266" />
            <source>Originator name</source>
            <translation>Жіберушінің аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="267" />
            <source>Originator wallet</source>
            <translation>Жіберушінің әмияны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="268" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="60" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="36" />
            <source>Outcome</source>
            <translation>Нәтижесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="269" />
            <source>Output date</source>
            <translation>Өндіру күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="270" />
            <source>Overall rating</source>
            <translation>Жалпы баға</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="271" />
            <source>Override reason</source>
            <translation>Өзгерту себебі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="272" />
            <source>Override tier</source>
            <translation>Қолмен белгіленген деңгей</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="273" />
            <source>Own generation</source>
            <translation>Өз өндірісі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="275" />
            <source>Owner ID</source>
            <translation>Бенефициарлық меншік иесінің ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="276" />
            <source>Owner staff ID</source>
            <translation>Жауапты қызметкер ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="277" />
            <source>Ownership, %</source>
            <translation>Иелік ету үлесі, %</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="278" />
            <source>Paid, KZT</source>
            <translation>Төленді, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="279" />
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="65" />
            <source>Paid on</source>
            <translation>Төленген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="280" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="27" />
            <source>Passed</source>
            <translation>Тапсырылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="281" />
            <source>Password set at</source>
            <translation>Құпиясөз орнатылған уақыты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="282" />
            <source>Pattern on</source>
            <translation>Үлгі күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="283" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="20" />
            <source>Period from</source>
            <translation>Кезең басы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="284" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="21" />
            <source>Period to</source>
            <translation>Кезең соңы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="285" />
            <source>Person name</source>
            <translation>Тұлғаның аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="289" />
            <source>Pool key</source>
            <translation>Пул кілті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="290" />
            <source>Pool name</source>
            <translation>Пул атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="292" />
            <source>Previous hash</source>
            <translation>Алдыңғы хеш</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="293" />
            <source>Previous ID</source>
            <translation>Алдыңғы ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="295" />
            <source>Price date</source>
            <translation>Баға күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="299" />
            <source>Proposal</source>
            <translation>Ұсыныс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="301" />
            <source>Provider key</source>
            <translation>Провайдер кілті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="303" />
            <source>Published on</source>
            <translation>Жарияланған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="304" />
            <source>Purpose</source>
            <translation>Мақсаты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="305" />
            <source>Quarter start</source>
            <translation>Тоқсан басы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="308" />
            <source>Ref</source>
            <translation>Нөмір</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="314" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="40" />
            <source>Regulator reference</source>
            <translation>Реттеушідегі нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="315" />
            <source>Related kind</source>
            <translation>Байланыс түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="316" />
            <source>Related person</source>
            <translation>Байланысты тұлға</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="319" />
            <source>Renewable</source>
            <translation>ЖЭК</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="320" />
            <source>Report ID</source>
            <translation>Хабарлама ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="321" />
            <source>Report ref</source>
            <translation>Хабарлама нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="322" />
            <source>Reported on</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="324" />
            <source>Resident in Kazakhstan</source>
            <translation>Қазақстан резиденті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="326" />
            <source>Retired at</source>
            <translation>Қолданыстан шығарылған уақыты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="327" />
            <source>Reason for retiring</source>
            <translation>Шығару себебі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="328" />
            <source>Review threshold</source>
            <translation>Қарау шегі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="329" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="31" />
            <source>Reviewed on</source>
            <translation>Қайта қаралған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="330" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="60" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="40" />
            <source>Reviewer</source>
            <translation>Қайта қараған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="331" />
            <source>Risk assessed on</source>
            <translation>Тәуекел бағаланған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="332" />
            <source>Risk score</source>
            <translation>Тәуекел балы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="336" />
            <source>Rule key</source>
            <translation>Ереже кілті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="337" />
            <source>Run by</source>
            <translation>Іске қосқан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="338" />
            <source>Run ID</source>
            <translation>Іске қосу ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="339" />
            <source>Sale date</source>
            <translation>Сату күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="340" />
            <source>Salt</source>
            <translation>Тұз (salt)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="341" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="30" />
            <source>Scope</source>
            <translation>Қамтуы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="343" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="31" />
            <source>Screened on</source>
            <translation>Тексерілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="344" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="34" />
            <source>Screening notes</source>
            <translation>Тексеру туралы жазбалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="345" />
            <source>Screening result</source>
            <translation>Тізімдер бойынша тексеру нәтижесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="346" />
            <source>Search text</source>
            <translation>Іздеу мәтіні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="347" />
            <source>Session ID</source>
            <translation>Сабақ ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="350" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="55" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="351" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="50" />
            <source>Size</source>
            <translation>Көлемі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="353" />
            <source>Source name</source>
            <translation>Дереккөз атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="355" />
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="41" />
            <source>Source of wealth</source>
            <translation>Әл-ауқат көзі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="356" />
            <source>Staff ID</source>
            <translation>Қызметкер ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="357" />
            <source>Staff member ID</source>
            <translation>Қызметкер ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="358" />
            <source>Start date</source>
            <translation>Басталу күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="359" />
            <source>Started at</source>
            <translation>Басталған уақыты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="362" />
            <source>Status ends on</source>
            <translation>Мәртебе аяқталатын күн</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="363" />
            <source>Status from</source>
            <translation>Мәртебе басталған күн</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="365" />
            <source>Subject</source>
            <translation>Тұлға</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="366" />
            <source>Subject fingerprint</source>
            <translation>Субъект ізі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="367" />
            <source>Subject name</source>
            <translation>Субъектінің аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="368" />
            <source>Subjects</source>
            <translation>Субъектілер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="369" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="35" />
            <source>Summary</source>
            <translation>Түйіндеме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="370" />
            <source>Suppressed</source>
            <translation>Басылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="371" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="40" />
            <source>Suspended from</source>
            <translation>Тоқтатылған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="372" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="41" />
            <source>Suspended to</source>
            <translation>Тоқтатылу соңы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="373" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="26" />
            <source>Taken on</source>
            <translation>Тапсырылған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="374" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <source>Target</source>
            <translation>Мақсат</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="376" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="60" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="58" />
            <source>Tier</source>
            <translation>Деңгейі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="377" />
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="24" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="35" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="378" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="31" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="37" />
            <source>Took office</source>
            <translation>Лауазымға кірісті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="379" />
            <source>Topic</source>
            <translation>Тақырып</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="381" />
            <source>Transaction ID</source>
            <translation>Операция ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="382" />
            <source>Transaction IDs</source>
            <translation>Операциялар ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="383" />
            <source>Transaction on</source>
            <translation>Операция күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="384" />
            <source>Travel rule</source>
            <translation>Деректерді беру ережесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="385" />
            <source>Travel rule missing</source>
            <translation>Деректерді беру ережесі бойынша деректер жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="387" />
            <source>Updated at</source>
            <translation>Жаңартылған уақыты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="388" />
            <source>Uploaded on</source>
            <translation>Жүктелген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="391" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="36" />
            <source>Value</source>
            <translation>Мәні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="394" />
            <source>Vault ID</source>
            <translation>Қоймадағы ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="395" />
            <source>Venue ID</source>
            <translation>Алаң ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="397" />
            <source>Version ID</source>
            <translation>Нұсқа ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="398" />
            <source>Version IDs</source>
            <translation>Нұсқалар ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="399" />
            <source>Wealth evidence</source>
            <translation>Байлық көзінің дәлелі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="400" />
            <source>Wealth verified</source>
            <translation>Байлық көзі тексерілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="401" />
            <source>Financial year end</source>
            <translation>Қаржы жылының соңы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="402" />
            <source>Financial year end, day</source>
            <translation>Қаржы жылының соңы, күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="403" />
            <source>Financial year end, month</source>
            <translation>Қаржы жылының соңы, айы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="59" />
            <source>Confidential. Do not tell the customer, or anyone outside the compliance function, that a report is being considered or has been filed: tipping off is prohibited.</source>
            <translation>Құпия. Хабарлама қаралып жатқанын немесе берілгенін клиентке не комплаенс қызметінен тыс ешкімге айтпаңыз: клиентке ескертуге тыйым салынған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/audit.py" line="50" />
            <source>No officer is signed in: sign in (the window asks at start; commands take --officer LOGIN or KUZET_OFFICER).</source>
            <translation>Қызметкер кірмеген: кіріңіз (терезе іске қосылғанда сұрайды; командалар --officer ЛОГИН немесе KUZET_OFFICER қабылдайды).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="111" />
            <source>Copying the database</source>
            <translation>Дерекқорды көшіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="200" />
            <source>Wrapping the vault key</source>
            <translation>Қойма кілтін шифрлау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="108" />
            <source>{database} does not exist.</source>
            <translation>{database} жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="150" />
            <source>{database} is damaged (SQLite's integrity check found: {problem}); it was not backed up. Restore your latest good backup, or ask for help repairing it.</source>
            <translation>{database} бүлінген (SQLite тұтастық тексерісі тапты: {problem}); сақтық көшірме жасалмады. Соңғы жарамды сақтық көшірмені қалпына келтіріңіз немесе дерекқорды жөндеуге көмек сұраңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="302" />
            <source>{file} is not a Kuzet backup.</source>
            <translation>{file} — Kuzet сақтық көшірмесі емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="306" />
            <source>{file} was made by a newer Kuzet (backup format {version}); install it to restore this backup.</source>
            <translation>{file} Kuzet-тің жаңа нұсқасымен жасалған (көшірме пішімі {version}); бұл көшірмені қалпына келтіру үшін сол нұсқаны орнатыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="313" />
            <source>{file} holds an exported vault key this Kuzet cannot read.</source>
            <translation>{file} ішінде Kuzet-тің бұл нұсқасы оқи алмайтын экспортталған қойма кілті бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="126" />
            <source>{database} could not be read: {error}</source>
            <translation>{database} оқылмады: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="262" />
            <source>The backup's manifest is incomplete ({error}).</source>
            <translation>Сақтық көшірменің манифесі толық емес ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="277" />
            <source>{file} does not exist.</source>
            <translation>{file} жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="280" />
            <source>{file} is not a Kuzet backup (not a readable archive: {error}).</source>
            <translation>{file} — Kuzet сақтық көшірмесі емес (архив оқылмайды: {error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="293" />
            <source>{file} is not a Kuzet backup (it has no manifest).</source>
            <translation>{file} — Kuzet сақтық көшірмесі емес (онда манифест жоқ).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="297" />
            <source>The manifest of {file} is damaged ({error}).</source>
            <translation>{file} манифесі бүлінген ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="233" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="194" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="74" />
            <source>Writing {name}</source>
            <translation>Жазу: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="215" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="105" />
            <source>Verifying the audit trail</source>
            <translation>Аудит журналын тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="87" />
            <source>{file} holds {name}, which its manifest does not list (altered).</source>
            <translation>{file} ішінде манифесте жоқ {name} бар (көшірме өзгертілген).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="90" />
            <source>{file} holds an unexpected member {name}; it was not made by Kuzet or was altered.</source>
            <translation>{file} ішінде күтілмеген {name} элементі бар; көшірмені Kuzet жасамаған немесе ол өзгертілген.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="95" />
            <source>{file} holds no database.</source>
            <translation>{file} ішінде дерекқор жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="98" />
            <source>{file} is incomplete: {name} is missing.</source>
            <translation>{file} толық емес: {name} жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="148" />
            <source>Restoring {file} needs {need} MB and the disk holding {folder} has {free} MB free: free some space first. Nothing was extracted.</source>
            <translation>{file} файлын қалпына келтіру үшін {need} МБ қажет, ал {folder} тұрған дискіде {free} МБ бос: алдымен орын босатыңыз. Ештеңе шығарылмады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="172" />
            <source>{name} in {file} does not match its recorded SHA-256: the backup is damaged or was altered.</source>
            <translation>{file} ішіндегі {name} жазылған SHA-256 мәніне сәйкес келмейді: көшірме бүлінген немесе өзгертілген.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="191" />
            <source>{file} was made by a newer Kuzet (schema {schema}); install it to restore this backup.</source>
            <translation>{file} Kuzet-тің жаңа нұсқасымен жасалған ({schema} сызбасы); бұл көшірмені қалпына келтіру үшін сол нұсқаны орнатыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="196" />
            <source>The database in {file} is not a Kuzet database.</source>
            <translation>{file} ішіндегі дерекқор Kuzet дерекқоры емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="229" />
            <source>The audit trail in {file} is broken; nothing was restored.
{report}</source>
            <translation>{file} ішіндегі аудит журналы бұзылған; ештеңе қалпына келтірілмеді.
{report}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="235" />
            <source>{file} holds {found} trail entries but its manifest recorded {recorded}.</source>
            <translation>{file} ішінде журналдың {found} жазбасы бар, ал манифесте {recorded} жазылған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="243" />
            <source>The audit trail in {file} does not end where its manifest says.</source>
            <translation>{file} ішіндегі аудит журналы манифесте көрсетілген жерде аяқталмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="103" />
            <source>The manifest of {file} lists an unexpected member {name}.</source>
            <translation>{file} манифесінде күтілмеген {name} элементі бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="127" />
            <source>{name} in {file} declares a size its manifest does not record.</source>
            <translation>{file} ішіндегі {name} манифесте жазылмаған өлшемді көрсетеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="134" />
            <source>{name} in {file} claims to expand {ratio}-fold, more than any real backup: it was refused before extracting.</source>
            <translation>{file} ішіндегі {name} {ratio} есе ұлғаятынын көрсетеді — бұл кез келген нақты сақтық көшірмеден көп: ол шығарылмай тұрып қабылданбады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="165" />
            <source>{name} in {file} is damaged ({error}).</source>
            <translation>{file} ішіндегі {name} бүлінген ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="186" />
            <source>The database in {file} is damaged: {error}</source>
            <translation>{file} ішіндегі дерекқор бүлінген: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="223" />
            <source>The database in {file} cannot be read: {error}</source>
            <translation>{file} ішіндегі дерекқор оқылмайды: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="202" />
            <source>The database in {file} could not be upgraded: {error}</source>
            <translation>{file} ішіндегі дерекқорды жаңарту мүмкін болмады: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/jobs.py" line="40" />
            <source>{job} is already running for officer {officer} (server login {login}, since {since}). Wait for it to finish and try again.</source>
            <translation>{job} {officer} қызметкері үшін орындалып жатыр (сервер логині {login}, {since} бастап). Аяқталуын күтіп, қайталап көріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="196" />
            <source>The document vault has no key yet (no document was attached): nothing to export.</source>
            <translation>Құжаттар қоймасының әлі кілті жоқ (бірде-бір құжат тіркелмеген): экспорттайтын ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="200" />
            <source>This vault's key is derived from the vault passphrase, and the passphrase's salt is in the database: a restored backup opens with that passphrase, so there is no key to export. Keep the vault passphrase safe.</source>
            <translation>Бұл қойманың кілті қойманың құпия фразасынан алынады, ал оның тұзы дерекқорда сақталады: қалпына келтірілген көшірме сол фразамен ашылады, сондықтан кілтті экспорттаудың қажеті жоқ. Қойманың құпия фразасын қауіпсіз жерде сақтаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="237" />
            <source>The backup's database has no vault key record.</source>
            <translation>Көшірменің дерекқорында қойма кілті туралы жазба жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="241" />
            <source>The key in this backup does not open its vault; nothing was replaced.</source>
            <translation>Бұл көшірмедегі кілт оның қоймасын ашпайды; ештеңе ауыстырылмады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="276" />
            <source>Re-encrypting the documents</source>
            <translation>Құжаттарды қайта шифрлау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="156" />
            <source>That is not the export passphrase of this backup (or its key entry was altered). Nothing was replaced.</source>
            <translation>Бұл осы көшірменің экспорт құпия фразасы емес (немесе кілт жазбасы өзгертілген). Ештеңе ауыстырылмады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="294" />
            <source>vault key restored from a backup onto a computer without a keyring</source>
            <translation>қойма кілті сақтық көшірмеден кілттер қоймасы жоқ компьютерге қалпына келтірілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="86" />
            <source>The export passphrase needs at least {n} characters.</source>
            <translation>Экспорт құпия фразасы кемінде {n} таңбадан тұруы керек.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="219" />
            <source>The key in this backup belongs to another vault ({vault}).</source>
            <translation>Бұл көшірмедегі кілт басқа қоймаға тиесілі ({vault}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="250" />
            <source>No OS keyring is usable here: choose a vault passphrase of at least {n} characters to keep the restored documents under.</source>
            <translation>Мұнда ОЖ кілттер қоймасы қолжетімсіз: қалпына келтірілген құжаттар сақталатын, кемінде {n} таңбадан тұратын қойма құпия фразасын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="141" />
            <source>The exported vault key is not in a form this Kuzet reads ({error}).</source>
            <translation>Экспортталған қойма кілті Kuzet-тің бұл нұсқасы оқымайтын пішімде ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="284" />
            <source>{name} in the backup cannot be decrypted with its key; nothing was replaced.</source>
            <translation>Көшірмедегі {name} оның кілтімен шифрдан шығарылмайды; ештеңе ауыстырылмады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="11" />
            <source>Secret Service (GNOME Keyring)</source>
            <translation>Secret Service (GNOME кілттер жинағы)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="12" />
            <source>Secret Service (libsecret)</source>
            <translation>Secret Service (libsecret)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="13" />
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="14" />
            <source>KDE Wallet</source>
            <translation>KDE әмияны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="15" />
            <source>macOS Keychain</source>
            <translation>macOS кілттер жинағы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="16" />
            <source>Windows Credential Manager</source>
            <translation>Windows тіркелгі деректері менеджері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="17" />
            <source>the OS keyring</source>
            <translation>ОЖ кілттер қоймасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="18" />
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="19" />
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="20" />
            <source>no keyring available</source>
            <translation>кілттер қоймасы қолжетімсіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="22" />
            <source>another keyring</source>
            <translation>басқа кілттер қоймасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="191" />
            <location filename="../../desktop/kuzet/store/team_keys.py" line="105" />
            <source>The passphrase is empty.</source>
            <translation>Құпия фраза бос.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="294" />
            <location filename="../../desktop/kuzet/store/keys.py" line="217" />
            <source>No OS keyring is usable here ({reason}): choose a passphrase for the vault.</source>
            <translation>Мұнда ОЖ кілттер қоймасы қолжетімсіз ({reason}): қойма үшін құпия фраза таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="118" />
            <location filename="../../desktop/kuzet/store/keys.py" line="120" />
            <source>no OS keyring backend is available on this computer</source>
            <translation>бұл компьютерде ОЖ кілттер қоймасы жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="210" />
            <location filename="../../desktop/kuzet/store/team_keys.py" line="287" />
            <source>The vault already has a key; unlock it instead of making a new one.</source>
            <translation>Қойманың кілті бар; жаңасын жасамай, оны ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="252" />
            <source>The document vault has no key yet: it is made with the first document.</source>
            <translation>Құжаттар қоймасының әлі кілті жоқ: ол алғашқы құжатпен бірге жасалады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="305" />
            <source>The OS keyring did not keep the vault key; choose a passphrase.</source>
            <translation>ОЖ кілттер қоймасы қойма кілтін сақтамады; құпия фраза таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="91" />
            <source>No OS keyring is usable here ({reason}): the vault key is derived from a passphrase you enter, and is never stored in plain text.</source>
            <translation>Мұнда ОЖ кілттер қоймасы қолжетімсіз ({reason}): құжаттар қоймасының кілті сіз енгізетін құпия сөз тіркесінен алынады және ешқашан ашық түрде сақталмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="163" />
            <source>the key derivation parameters (n={n}, r={r}, p={p}) are not valid</source>
            <translation>кілт туындату параметрлері (n={n}, r={r}, p={p}) жарамсыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="168" />
            <source>the key derivation asks for more than {mb} MB of memory or {times} times the usual work (n={n}, r={r}, p={p})</source>
            <translation>кілт туындату {mb} МБ-тан артық жадты немесе әдеттегіден {times} есе көп жұмысты талап етеді (n={n}, r={r}, p={p})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="172" />
            <source>the key derivation salt is {size} bytes long</source>
            <translation>кілт туындату тұзының ұзындығы — {size} байт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="193" />
            <source>The passphrase needs at least {n} characters.</source>
            <translation>Құпия фраза кемінде {n} таңбадан тұруы керек.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="270" />
            <source>The document vault is locked: enter its passphrase.</source>
            <translation>Құжаттар қоймасы құлыпталған: оның құпия фразасын енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="274" />
            <source>That is not the vault's passphrase. Nothing was changed; try again.</source>
            <translation>Бұл қойманың құпия фразасы емес. Ештеңе өзгерген жоқ; қайталап көріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="87" />
            <source>The vault key is kept in the OS keyring ({label}).</source>
            <translation>Құжаттар қоймасының кілті ОЖ кілттер қоймасында сақталады ({label}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="127" />
            <source>the keyring backend {name} cannot store secrets</source>
            <translation>{name} кілттер қоймасы құпияларды сақтай алмайды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="182" />
            <source>Kuzet refuses this key: {problem}. Nothing was changed.</source>
            <translation>Kuzet бұл кілтті қабылдамайды: {problem}. Ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="325" />
            <source>This database keeps its vault key in an OS keyring, but none is usable here ({reason}). Open it on the computer that holds the key; nothing was changed.</source>
            <translation>Бұл дерекқор қойма кілтін ОЖ кілттер қоймасында сақтайды, бірақ мұнда ол қолжетімсіз ({reason}). Оны кілт сақталған компьютерде ашыңыз; ештеңе өзгерген жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="335" />
            <source>The vault key (Kuzet / {vault}) is not in this computer's keyring. Restore it from the key export or open the database where it was made; no document was changed.</source>
            <translation>Қойма кілті (Kuzet / {vault}) бұл компьютердің кілттер қоймасында жоқ. Оны кілт экспортынан қалпына келтіріңіз немесе дерекқорды ол жасалған жерде ашыңыз; бірде-бір құжат өзгерген жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="347" />
            <source>The keyring entry Kuzet / {vault} does not hold this vault's key; no document was changed.</source>
            <translation>Кілттер қоймасындағы Kuzet / {vault} жазбасында бұл қойманың кілті жоқ; бірде-бір құжат өзгерген жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="111" />
            <source>the keyring module cannot load: {e}</source>
            <translation>keyring модулі жүктелмейді: {e}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="115" />
            <source>the keyring cannot start: {e}</source>
            <translation>кілттер қоймасы іске қосылмайды: {e}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="69" />
            <location filename="../../desktop/kuzet/store/lock.py" line="70" />
            <source>another program</source>
            <translation>басқа бағдарлама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="83" />
            <source>{database} is already open for writing by {holder}. Close it there (or wait for that command to finish) and try again; two writers on one database are not allowed.</source>
            <translation>{database} жазу үшін ашық: {holder}. Оны сонда жабыңыз (немесе команданың аяқталуын күтіңіз) және қайталаңыз; бір дерекқорға екі бағдарлама қатар жаза алмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="126" />
            <source>another program, through another name of this file</source>
            <translation>басқа бағдарлама, осы файлдың басқа атауы арқылы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="72" />
            <source>process {pid}</source>
            <translation>{pid} процесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="77" />
            <source>since {since}</source>
            <translation>{since} бастап</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lost_key.py" line="45" />
            <source>Say why the vault key is lost; the reason goes in the trail.</source>
            <translation>Қойма кілтінің неліктен жоғалғанын көрсетіңіз; себебі аудит журналына енеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lost_key.py" line="49" />
            <source>The document vault has no key yet: nothing is lost.</source>
            <translation>Құжаттар қоймасының әлі кілті жоқ: ештеңе жоғалған жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lost_key.py" line="52" />
            <source>The vault key is not lost: it opens on this computer. Nothing was changed.</source>
            <translation>Қойма кілті жоғалмаған: ол осы компьютерде ашылады. Ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lost_key.py" line="72" />
            <source>customer #{customer}: document #{id} {name}</source>
            <translation>№{customer} клиент: №{id} құжат {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lost_key.py" line="82" />
            <source>training attendance #{id}: certificate {name}</source>
            <translation>№{id} оқуға қатысу: {name} сертификаты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lost_key.py" line="55" />
            <source>vault key lost: {reason}</source>
            <translation>қойма кілті жоғалды: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/restore.py" line="121" />
            <source>Unwrapping the vault key</source>
            <translation>Қойма кілтін шифрдан шығару</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/restore.py" line="90" />
            <source>Replacing the database</source>
            <translation>Дерекқорды ауыстыру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/restore.py" line="116" />
            <source>This backup carries the vault key under an export passphrase, and this computer's keyring does not hold the key: give the export passphrase, or restore without the key (the documents then stay locked).</source>
            <translation>Бұл көшірмеде қойма кілті экспорт құпия фразасымен қорғалған, ал бұл компьютердің кілттер қоймасында кілт жоқ: экспорт құпия фразасын енгізіңіз немесе кілтсіз қалпына келтіріңіз (онда құжаттар құлыпталған күйде қалады).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="161" />
            <source>No OS keyring is usable here: protect your vault key with your password.</source>
            <translation>Мұнда ОЖ кілттер қоймасын пайдалану мүмкін емес: қойма кілтіңізді құпиясөзіңізбен қорғаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="230" />
            <source>The firm's vault key is not shared with you yet. It is shared with you when an officer who holds it next opens the vault. Nothing was changed.</source>
            <translation>Фирма қоймасының кілті сізге әлі берілмеген. Оны ұстайтын қызметкер қойманы келесі жолы ашқанда, кілт сізге беріледі. Ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="246" />
            <source>Your copy of the firm's vault key does not open this vault; nothing was changed.</source>
            <translation>Компанияның қойма кілтінің сіздегі көшірмесі бұл қойманы ашпайды; ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="299" />
            <location filename="../../desktop/kuzet/store/team_keys.py" line="365" />
            <source>Only an active officer can make the firm's vault.</source>
            <translation>Компания қоймасын тек белсенді қызметкер ғана жасай алады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="333" />
            <source>Only a team vault's key is rotated.</source>
            <translation>Кілт тек командалық дерекқор қоймасында ғана ауыстырылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="355" />
            <source>Only the firm's earlier vault key is made a team key.</source>
            <translation>Командалық кілтке тек фирма қоймасының бұрынғы кілті айналдырылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="357" />
            <source>That key does not open this vault; nothing was changed.</source>
            <translation>Бұл кілт осы қойманы ашпайды; ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="369" />
            <source>The firm's vault became a team vault, its key wrapped for {logins}</source>
            <translation>Фирма қоймасы командалық қоймаға айналды, оның кілті {logins} үшін шифрланды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="196" />
            <source>That is not your vault password. Nothing was changed; try again.</source>
            <translation>Бұл сіздің қойма құпиясөзіңіз емес. Ештеңе өзгертілмеді; қайталап көріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="319" />
            <source>Vault key shared with {logins}</source>
            <translation>Қойма кілті қызметкерлерге берілді: {logins}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="153" />
            <source>New vault key pair for {login}</source>
            <translation>{login} үшін қойманың жаңа кілттер жұбы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="175" />
            <source>Your vault key ({service} / {key}) is not in this computer's keyring.</source>
            <translation>Қойма кілтіңіз ({service} / {key}) осы компьютердің кілттер қоймасында жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="165" />
            <source>The vault's key was changed (an officer was disabled) after the vault was opened here: open it again. The document was not stored.</source>
            <translation>Қойма осында ашылғаннан кейін оның кілті ауыстырылды (қызметкер өшірілді): оны қайта ашыңыз. Құжат сақталмады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="204" />
            <source>The document vault has no key yet.</source>
            <translation>Құжаттар қоймасының әлі кілті жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="239" />
            <source>The document vault needs a database file.</source>
            <translation>Құжаттар қоймасына дерекқор файлы қажет.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="85" />
            <source>This vault keeps its documents in the database.</source>
            <translation>Бұл қойма құжаттарын дерекқорда сақтайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="100" />
            <source>The file is {mb} MB; the vault takes files up to {limit} MB.</source>
            <translation>Файл көлемі — {mb} МБ; қойма {limit} МБ-қа дейінгі файлдарды қабылдайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="129" />
            <source>{path} is not a Kuzet vault file.</source>
            <translation>{path} — Kuzet қоймасының файлы емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="137" />
            <source>{path} cannot be decrypted with this vault's key: the key is wrong or the file was altered. The file was left as it is.</source>
            <translation>{path} бұл қойманың кілтімен шифрдан шықпайды: кілт қате немесе файл өзгертілген. Файл сол күйінде қалдырылды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="143" />
            <source>{path} decrypts, but not to the document recorded (SHA-256 differs).</source>
            <translation>{path} шифрдан шығады, бірақ жазылған құжатқа сәйкес келмейді (SHA-256 басқа).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="126" />
            <source>The encrypted file {path} is missing from the vault.</source>
            <translation>{path} шифрланған файлы қоймада жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="44" />
            <location filename="../../desktop/kuzet/ui/actions.py" line="45" />
            <location filename="../../desktop/kuzet/ui/actions.py" line="47" />
            <location filename="../../desktop/kuzet/ui/actions.py" line="49" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="48" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="61" />
            <location filename="../../desktop/kuzet/ui/main_window.py" line="130" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="44" />
            <source>Audit pack…</source>
            <translation>Аудит пакеті…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="45" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="165" />
            <source>Back up now…</source>
            <translation>Сақтық көшірме жасау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="47" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="168" />
            <source>Restore from backup…</source>
            <translation>Көшірмеден қалпына келтіру…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="49" />
            <source>Firm set-up wizard…</source>
            <translation>Компанияны баптау шебері…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="50" />
            <source>Help</source>
            <translation>Анықтама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="50" />
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="41" />
            <source>About Kuzet</source>
            <translation>Kuzet туралы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/approval_notice.py" line="20" />
            <source>Sent for approval</source>
            <translation>Мақұлдауға жіберілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/approval_notice.py" line="22" />
            <source>This change needs a second officer: request #{id} waits on the Approvals page. Nothing changes until another officer approves it.</source>
            <translation>Бұл өзгеріске екінші қызметкер қажет: №{id} мақұлдау сұрауы «Мақұлдаулар» бетінде күтуде. Басқа қызметкер мақұлдамайынша ештеңе өзгермейді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="36" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="156" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="57" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="121" />
            <source>Documents</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="47" />
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="27" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="97" />
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="49" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="70" />
            <source>Whose</source>
            <translation>Кімдікі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="51" />
            <source>Uploaded</source>
            <translation>Жүктелген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="52" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="73" />
            <source>Covers from</source>
            <translation>Қамтиды (бастап)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="53" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="76" />
            <source>Covers to</source>
            <translation>Қамтиды (дейін)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="42" />
            <source>Every file is kept encrypted (AES-256-GCM) in the vault beside the database, with the SHA-256 of its content; the key is in the OS keyring or comes from the vault passphrase. Retired documents are kept, never deleted.</source>
            <translation>Әрбір файл дерекқордың жанындағы қоймада шифрланған түрде (AES-256-GCM) мазмұнының SHA-256 мәнімен бірге сақталады; кілт ОЖ кілттер қоймасында тұрады немесе қойманың құпия фразасынан алынады. Шығарылған құжаттар сақталады, ешқашан жойылмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="69" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="63" />
            <source>Attach…</source>
            <translation>Тіркеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="69" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="67" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="40" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="109" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="201" />
            <source>Retire…</source>
            <translation>Шығару…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="64" />
            <source>View</source>
            <translation>Қарау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="66" />
            <source>Save a copy…</source>
            <translation>Көшірмесін сақтау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="57" />
            <source>Select a document first.</source>
            <translation>Алдымен құжатты таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="58" />
            <source>Retire document</source>
            <translation>Құжатты шығару</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="58" />
            <source>Why is it no longer relied on?</source>
            <translation>Оған неліктен енді сүйенбейді?</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="148" />
            <source>Save a decrypted copy</source>
            <translation>Шифрдан шығарылған көшірмені сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="158" />
            <source>A decrypted copy was saved to {path}. It is not protected by the vault.</source>
            <translation>Шифрдан шығарылған көшірме {path} ішіне сақталды. Қойма оны қорғамайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="27" />
            <source>EDD and decision</source>
            <translation>Күшейтілген тексеру және шешім</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="44" />
            <source>Evidence of wealth</source>
            <translation>Әл-ауқаттың дәлелі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="46" />
            <source>What was seen (or attach a 'source of wealth' document)</source>
            <translation>Не қаралды (немесе «әл-ауқат көзінің дәлелі» құжатын тіркеңіз)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="50" />
            <source>How the funds were verified</source>
            <translation>Қаражат қалай тексерілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="52" />
            <source>Senior management approval by</source>
            <translation>Басшылық атынан мақұлдаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="63" />
            <source>Save EDD</source>
            <translation>Тексеруді сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="71" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="186" />
            <source>Approve</source>
            <translation>Мақұлдау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="77" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="87" />
            <source>Reject…</source>
            <translation>Бас тарту…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="79" />
            <source>End relationship…</source>
            <translation>Қатынастарды тоқтату…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="81" />
            <source>Freeze…</source>
            <translation>Бұғаттау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="83" />
            <source>Unfreeze…</source>
            <translation>Бұғаттан шығару…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="161" />
            <source>Why does the relationship end?</source>
            <translation>Қатынастар неліктен тоқтатылады?</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="163" />
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="67" />
            <source>Onboarding decision</source>
            <translation>Қызмет көрсетуге қабылдау туралы шешім</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="43" />
            <source>Verified</source>
            <translation>Тексерілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="48" />
            <source>Source of funds verified</source>
            <translation>Қаражат көзі тексерілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="57" />
            <source>Enhanced monitoring of transactions</source>
            <translation>Операцияларды күшейтілген мониторинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="115" />
            <source>EDD is not required for this customer (recorded if done).</source>
            <translation>Бұл клиент үшін күшейтілген тексеру талап етілмейді (жүргізілсе, жазылады).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="120" />
            <source>Status: {status}.</source>
            <translation>Мәртебе: {status}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="156" />
            <source>Why is the customer rejected?</source>
            <translation>Клиентке неліктен бас тартылды?</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="158" />
            <source>Why is the customer frozen? (A freeze notification to the FIU is drafted.)</source>
            <translation>Клиент неліктен бұғатталады? (ҚМА-ға бұғаттау туралы хабарлама дайындалады.)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="160" />
            <source>Why is the freeze lifted? (The customer then waits for a decision.)</source>
            <translation>Бұғаттау неліктен алынады? (Содан кейін клиент шешім күтеді.)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="106" />
            <source>incomplete: missing {items}</source>
            <translation>аяқталмаған: жетіспейді — {items}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="109" />
            <source>EDD is required (high risk or PEP): {state}.</source>
            <translation>Күшейтілген тексеру қажет (жоғары тәуекел немесе ЖЛТ): {state}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="122" />
            <source>Decided by {who} on {when}. {note}</source>
            <translation>Шешім қабылдаған: {who}, {when}. {note}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="129" />
            <source>Approval is blocked:</source>
            <translation>Мақұлдау мүмкін емес:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="163" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="22" />
            <source>Name (as in the ID document)</source>
            <translation>Аты (құжаттағыдай)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="181" />
            <source>Residence / registration</source>
            <translation>Тұратын / тіркелген елі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="183" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="34" />
            <source>ID document</source>
            <translation>Жеке басты куәландыратын құжат</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="185" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="36" />
            <source>Document number</source>
            <translation>Құжат нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="186" />
            <source>Issued by</source>
            <translation>Кім берген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="202" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="25" />
            <source>E-mail</source>
            <translation>Эл. пошта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="208" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="35" />
            <source>Product or service</source>
            <translation>Өнім немесе қызмет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="211" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="36" />
            <source>Delivery channel</source>
            <translation>Қызмет көрсету арнасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="89" />
            <source>{name} (the customer)</source>
            <translation>{name} (клиент)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="222" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="59" />
            <source>PEP declaration</source>
            <translation>ЖЛТ мәлімдемесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="224" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="61" />
            <source>PEP position</source>
            <translation>ЖЛТ лауазымы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="91" />
            <source>{name} (owner)</source>
            <translation>{name} (бенефициарлық меншік иесі)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="222" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="59" />
            <source>Not a PEP</source>
            <translation>ЖЛТ емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="262" />
            <source>12 digits</source>
            <translation>12 цифр</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="269" />
            <source>Valid IIN: born {date}, {sex}</source>
            <translation>ЖСН дұрыс: туған күні {date}, жынысы: {sex}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="266" />
            <source>Invalid: {reason}</source>
            <translation>Қате: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="281" />
            <source>Valid BIN: registered {month:02d}.{year}, {type}, {unit}</source>
            <translation>БСН дұрыс: тіркелген {month:02d}.{year}, {type}, {unit}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="15" />
            <source>History</source>
            <translation>Тарих</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="22" />
            <source>From the hash-chained audit trail: who changed what and when, with the reason where one was given. Newest first.</source>
            <translation>Хэш тізбегімен байланысқан аудит журналынан: кім, нені және қашан өзгертті, себебі көрсетілсе — себебімен. Алдымен жаңалары.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="15" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="35" />
            <source>Owners</source>
            <translation>Бенефициарлық меншік иелері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="29" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="42" />
            <source>Share, %</source>
            <translation>Үлесі, %</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="33" />
            <source>IIN check</source>
            <translation>ЖСН тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="22" />
            <source>Natural persons who own 25% or more of the entity or control it otherwise. Each is screened and checked for PEP status like a customer.</source>
            <translation>Заңды тұлғаның 25% немесе одан көп үлесіне иелік ететін не оны өзгеше бақылайтын жеке тұлғалар. Әрқайсысы клиент сияқты тізімдер бойынша және ЖЛТ мәртебесіне тексеріледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="40" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="40" />
            <source>Add…</source>
            <translation>Қосу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="40" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="40" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="108" />
            <source>Edit…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="56" />
            <source>An individual customer has no beneficial owners to record.</source>
            <translation>Жеке тұлға клиенттің тіркейтін бенефициарлық меншік иелері жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="92" />
            <source>No beneficial owners yet: an entity cannot be approved without them.</source>
            <translation>Бенефициарлық меншік иелері әлі жоқ: оларсыз заңды тұлғаны мақұлдауға болмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="35" />
            <source>Select an owner first.</source>
            <translation>Алдымен бенефициарлық меншік иесін таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="36" />
            <source>Retire owner</source>
            <translation>Бенефициарлық меншік иесін шығару</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="36" />
            <source>Why is this person no longer an owner?</source>
            <translation>Бұл тұлға неліктен енді бенефициарлық меншік иесі емес?</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="73" />
            <source>disagrees, not explained</source>
            <translation>сәйкес емес, түсіндірілмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="75" />
            <source>explained</source>
            <translation>түсіндірілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="87" />
            <source>{count} beneficial owner; recorded shares add up to {total}%.|{count} beneficial owners; recorded shares add up to {total}%.</source>
            <translation>Бенефициарлық меншік иелері: {count}; жазылған үлестердің жиыны — {total}%.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="33" />
            <source>Status ends</source>
            <translation>Мәртебе аяқталады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="34" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="98" />
            <source>In force</source>
            <translation>Қолданыста</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="21" />
            <source>Politically exposed persons: foreign, domestic and international-organisation PEPs, their family members and close associates. A PEP needs EDD before approval. Domestic status ends 12 months after leaving office (rule customers.pep.status_months_after_office).</source>
            <translation>Жария лауазымды тұлғалар: шетелдік, ұлттық ЖЛТ және халықаралық ұйымдардың лауазымды тұлғалары, олардың отбасы мүшелері мен жақын адамдары. ЖЛТ-ны мақұлдау алдында күшейтілген тексеру қажет. Ұлттық мәртебе лауазымнан кеткеннен кейін 12 айдан соң аяқталады (customers.pep.status_months_after_office ережесі).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="40" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="88" />
            <source>Withdraw…</source>
            <translation>Алу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="53" />
            <source>the customer</source>
            <translation>клиент</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="75" />
            <source>Not a PEP, and no owner is.</source>
            <translation>ЖЛТ емес; иелер арасында да ЖЛТ жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="36" />
            <source>Select a PEP record first.</source>
            <translation>Алдымен ЖЛТ жазбасын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="37" />
            <source>Withdraw PEP status</source>
            <translation>ЖЛТ мәртебесін алу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="37" />
            <source>Why is this record withdrawn?</source>
            <translation>Бұл жазба неліктен кері қайтарылады?</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="71" />
            <source>{count} PEP record in force.|{count} PEP records in force.</source>
            <translation>Қолданыстағы ЖЛТ жазбалары: {count}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/profile_tab.py" line="19" />
            <source>Profile</source>
            <translation>Профиль</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/profile_tab.py" line="34" />
            <source>Why do the IIN and the file disagree? (required for approval)</source>
            <translation>ЖСН мен іс қағаздары неліктен сәйкес емес? (мақұлдау үшін қажет)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/profile_tab.py" line="37" />
            <source>Save explanation</source>
            <translation>Түсініктемені сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/profile_tab.py" line="52" />
            <source>Save changes</source>
            <translation>Өзгерістерді сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/profile_tab.py" line="84" />
            <source>Explain the IIN</source>
            <translation>ЖСН бойынша түсініктеме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="18" />
            <source>Confirmed: the file is up to date</source>
            <translation>Расталды: іс қағаздары өзекті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="19" />
            <source>Updated: the file was corrected</source>
            <translation>Жаңартылды: іс қағаздары түзетілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="20" />
            <source>Escalated to the MLRO</source>
            <translation>Жауапты қызметкерге берілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="21" />
            <source>Exit: end the relationship</source>
            <translation>Шығу: қатынастарды тоқтату</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="55" />
            <source>Reviews</source>
            <translation>Қайта қараулар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="27" />
            <source>Record a periodic review</source>
            <translation>Мерзімдік қайта қарауды тіркеу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="60" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="43" />
            <source>Reviewed</source>
            <translation>Қайта қаралған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="45" />
            <source>What was checked</source>
            <translation>Не тексерілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="47" />
            <source>The risk is reassessed and the next review date set from the tier.</source>
            <translation>Тәуекел қайта бағаланады, ал келесі қайта қарау күні тәуекел деңгейіне қарай белгіленеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="62" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="63" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="86" />
            <source>Record review…</source>
            <translation>Қайта қарауды тіркеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="72" />
            <source>Reviews start once the customer is approved.</source>
            <translation>Қайта қараулар клиент мақұлданғаннан кейін басталады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="74" />
            <source>No review date: assess the risk first.</source>
            <translation>Қайта қарау күні жоқ: алдымен тәуекелді бағалаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="77" />
            <source>Review overdue since {date} ({days} days).</source>
            <translation>Қайта қарау мерзімі {date} бастап өтті (күндер: {days}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="82" />
            <source>Next review due {date}.</source>
            <translation>Келесі қайта қарау мерзімі — {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="32" />
            <source>Customer type</source>
            <translation>Клиент түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="38" />
            <source>Open or confirmed screening hits</source>
            <translation>Ашық немесе расталған сәйкестіктер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="87" />
            <source>Factor</source>
            <translation>Фактор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="87" />
            <source>What the file says</source>
            <translation>Дерекнамада не көрсетілген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="87" />
            <source>Points</source>
            <translation>Ұпай</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="98" />
            <source>Computed</source>
            <translation>Есептелген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="98" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="42" />
            <source>Override</source>
            <translation>Өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="49" />
            <source>Override the risk tier</source>
            <translation>Тәуекел деңгейін өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="54" />
            <source>The computed tier (clear the override)</source>
            <translation>Есептелген деңгей (өзгертуді алып тастау)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="61" />
            <source>Reason (goes in the audit trail)</source>
            <translation>Себебі (аудит журналына енеді)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="169" />
            <source>Reassess</source>
            <translation>Қайта бағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="90" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="94" />
            <source>Reassess now</source>
            <translation>Қазір қайта бағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="91" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="93" />
            <source>Override tier…</source>
            <translation>Деңгейді өзгерту…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="96" />
            <source>Assessments</source>
            <translation>Бағалаулар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="111" />
            <source>Not assessed yet.</source>
            <translation>Әлі бағаланбаған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="143" />
            <source>Total</source>
            <translation>Барлығы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="116" />
            <source>{tier} risk: {score} points</source>
            <translation>Тәуекел: {tier}, балл: {score}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="118" />
            <source>Assessed {date}.</source>
            <translation>Бағаланған күні: {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="121" />
            <source>Computed tier {computed}, overridden by the officer: {reason}</source>
            <translation>Есептелген деңгей: {computed}; қызметкер өзгертті: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="127" />
            <source>Next review {date}.</source>
            <translation>Келесі қайта қарау: {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="73" />
            <source>SANCTIONS MATCH: a screening hit of this customer or an owner was confirmed as a true match. Freeze the customer's assets, do not tell the customer (tipping off), and report to the Financial Monitoring Agency (FIU reports).</source>
            <translation>САНКЦИЯЛЫҚ СӘЙКЕСТІК: осы клиент немесе оның иесі бойынша сәйкестік расталды. Клиенттің активтерін бұғаттаңыз, клиентке ескертпеңіз және Қаржылық мониторинг агенттігіне хабарлаңыз («ҚМА-ға хабарламалар» беті).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="97" />
            <source>Open on the Screening page</source>
            <translation>«Тізімдер бойынша тексеру» бетінде ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="184" />
            <source>SANCTIONS MATCH, NOT FROZEN: a screening hit of this customer or an owner is a confirmed true match. Approval stays blocked; freeze the customer again unless the match was lifted, and do not tell the customer (tipping off).</source>
            <translation>САНКЦИЯЛЫҚ СӘЙКЕСТІК, КЛИЕНТ БҰҒАТТАЛМАҒАН: осы клиент немесе оның иесі бойынша сәйкестік шынайы деп расталды. Мақұлдауға әлі де тыйым салынған; сәйкестік алынбаса, клиентті қайта бұғаттаңыз және клиентке ескертпеңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="144" />
            <source>Approval is blocked while a hit at or above the review threshold is open.</source>
            <translation>Қарау шегіндегі немесе одан жоғары ашық сәйкестік тұрғанда мақұлдау бұғатталған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="146" />
            <source>Customer #{id}: {name}</source>
            <translation>№{id} клиент: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="159" />
            <source>{tier} risk · {score}</source>
            <translation>Тәуекел: {tier} · {score}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="174" />
            <source>FROZEN since {day} by {who}: {why}. No operation of the customer is allowed: hold its money and digital assets, do not tell the customer (tipping off), and send the freeze notification on the FIU reports page.</source>
            <translation>{day} бастап БҰҒАТТАЛҒАН (бұғаттаған: {who}): {why}. Клиенттің ешқандай операциясына жол берілмейді: оның ақшасы мен цифрлық активтерін ұстап тұрыңыз, клиентке ескертпеңіз және бұғаттау туралы хабарламаны «ҚМА-ға хабарламалар» бетінде жіберіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="154" />
            <source>next review {date}</source>
            <translation>келесі қайта қарау {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="138" />
            <source>{count} open screening hit waits for a decision; the best score is {score}.|{count} open screening hits wait for a decision; the best score is {score}.</source>
            <translation>{count} ашық сәйкестік шешімді күтуде; ең жоғары балл — {score}.|{count} ашық сәйкестік шешімді күтуде; ең жоғары балл — {score}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="85" />
            <source>Fonts: DejaVu Sans and DejaVu Sans Mono (used in the PDF audit pack), under the Bitstream Vera licence with DejaVu changes in the public domain:</source>
            <translation>Қаріптер: DejaVu Sans және DejaVu Sans Mono (PDF аудит пакетінде қолданылады), Bitstream Vera лицензиясы бойынша; DejaVu өзгерістері — қоғамдық игілік:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="55" />
            <source>An offline compliance desk for licensed crypto firms and mining operators in Kazakhstan. Kuzet makes no network connections.</source>
            <translation>Қазақстандағы лицензияланған криптокомпаниялар мен майнерлерге арналған желіден тыс комплаенс жұмыс орны. Kuzet желіге қосылмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="35" />
            <source>The font licence file {path} is missing from this install.</source>
            <translation>Бұл орнатуда қаріптер лицензиясының {path} файлы жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="65" />
            <location filename="../../desktop/kuzet/ui/main_window.py" line="294" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="109" />
            <location filename="../../desktop/kuzet/ui/team_start.py" line="63" />
            <source>Team database: {server}</source>
            <translation>Командалық дерекқор: {server}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="66" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="110" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="111" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="119" />
            <source>Database</source>
            <translation>Дерекқор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="66" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="112" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="118" />
            <source>Data folder</source>
            <translation>Деректер қалтасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="69" />
            <source>Database: {database}&lt;br&gt;Data folder: {data}&lt;br&gt;Backups: {backups}</source>
            <translation>Дерекқор: {database}&lt;br&gt;Деректер қалтасы: {data}&lt;br&gt;Сақтық көшірмелер: {backups}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="75" />
            <source>Python {python} · Qt for Python (PySide6) {qt}, LGPL v3</source>
            <translation>Python {python} · Qt for Python (PySide6) {qt}, LGPL v3</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="52" />
            <source>Version {version}</source>
            <translation>Нұсқа {version}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="16" />
            <source>Knowledge test</source>
            <translation>Білім тесті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="25" />
            <source>Earlier tests</source>
            <translation>Бұрынғы тесттер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="27" />
            <source>The customer passed</source>
            <translation>Клиент тестті тапсырды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="22" />
            <source>passed</source>
            <translation>тапсырылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="22" />
            <source>failed</source>
            <translation>тапсырылмады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="18" />
            <source>Review alert</source>
            <translation>Ескертуді қарау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="38" />
            <source>Why the activity is not suspicious, and what you checked</source>
            <translation>Операциялар неліктен күдікті емес және сіз нені тексердіңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="41" />
            <source>Close as explained</source>
            <translation>Түсініктемемен жабу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="42" />
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="88" />
            <source>Escalate to STR…</source>
            <translation>КОХ-ға беру…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="26" />
            <source>Parameters</source>
            <translation>Параметрлер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="14" />
            <source>Record an AML Return</source>
            <translation>КЖ бойынша есепті жазу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="14" />
            <source>Edit AML Return</source>
            <translation>КЖ бойынша есепті өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="19" />
            <source>Financial year ending</source>
            <translation>Қаржы жылының соңы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="21" />
            <source>Due two months after the year-end for AIFC firms (rule pack).</source>
            <translation>АХҚО компаниялары үшін мерзімі — жыл аяқталғаннан кейін екі ай (ережелер пакеті).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="15" />
            <source>New audit</source>
            <translation>Жаңа тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="15" />
            <source>Edit audit</source>
            <translation>Тексеруді өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="26" />
            <source>The next audit is due two years after this date (rule pack).</source>
            <translation>Келесі аудит — осы күннен екі жыл өткен соң (ережелер пакеті).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="32" />
            <source>Report reference</source>
            <translation>Есеп нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="39" />
            <source>Made {made} by Kuzet {version} from {database}: {entries} audit trail entries, {files} vault file.|Made {made} by Kuzet {version} from {database}: {entries} audit trail entries, {files} vault files.</source>
            <translation>{made} Kuzet {version} арқылы {database} дерекқорынан жасалды: аудит журналының жазбалары — {entries}, қойма файлдары — {files}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="84" />
            <source>Backing up</source>
            <translation>Сақтық көшірме жасалуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="97" />
            <source>Backup written</source>
            <translation>Сақтық көшірме жазылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="132" />
            <source>Checking the backup</source>
            <translation>Сақтық көшірмені тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="141" />
            <source>Backup refused</source>
            <translation>Сақтық көшірме қабылданбады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="141" />
            <source>Restore failed</source>
            <translation>Қалпына келтіру сәтсіз аяқталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="182" />
            <source>Restoring</source>
            <translation>Қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="200" />
            <source>Restored</source>
            <translation>Қалпына келтірілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="212" />
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="157" />
            <source>Restore from backup</source>
            <translation>Көшірмеден қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="214" />
            <source>Kuzet backup (*.zip);;All files (*)</source>
            <translation>Kuzet сақтық көшірмесі (*.zip);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="50" />
            <source>It carries the vault key, wrapped under an export passphrase.</source>
            <translation>Ішінде экспорт құпия фразасымен шифрланған қойма кілті бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="191" />
            <source>The database was restored from {file}.</source>
            <translation>Дерекқор {file} көшірмесінен қалпына келтірілді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="88" />
            <source>Backup failed</source>
            <translation>Сақтық көшірме жасалмады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="145" />
            <source>Nothing was replaced: {error}</source>
            <translation>Ештеңе ауыстырылмады: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="159" />
            <source>The backup is sound. {details}

Replace the database {database} with it? The current database is kept as a pre-restore backup in {folder}.</source>
            <translation>Сақтық көшірме дұрыс. {details}

{database} дерекқорын онымен ауыстыру керек пе? Қазіргі дерекқор қалпына келтіру алдындағы көшірме ретінде {folder} қалтасында сақталады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="194" />
            <source>The database as it was before is kept in {path}.</source>
            <translation>Бұрынғы дерекқор {path} ішінде сақталды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="88" />
            <source>Nothing was written: {error}</source>
            <translation>Ештеңе жазылмады: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="98" />
            <source>The backup was written to {path}.</source>
            <translation>Сақтық көшірме {path} ішіне жазылды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="207" />
            <source>The two passphrases differ.</source>
            <translation>Құпия фразалар сәйкес келмейді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="152" />
            <source>This backup carries the vault key under an export passphrase, and this computer's keyring does not hold the key. Enter the export passphrase to restore the documents too; a wrong one replaces nothing.</source>
            <translation>Бұл көшірмеде қойма кілті экспорт құпия фразасымен қорғалған, ал бұл компьютердің кілттер қоймасында кілт жоқ. Құжаттарды да қалпына келтіру үшін экспорт құпия фразасын енгізіңіз; фраза қате болса, ештеңе ауыстырылмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="76" />
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="121" />
            <source>Back up the database</source>
            <translation>Дерекқордың сақтық көшірмесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="82" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="56" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="57" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="166" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="52" />
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="86" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="173" />
            <source>Save as</source>
            <translation>Сақтау орны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="88" />
            <source>Put the vault key in, wrapped under an export passphrase</source>
            <translation>Экспорт құпия фразасымен шифрланған қойма кілтін қосу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="104" />
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="165" />
            <source>Export passphrase</source>
            <translation>Экспорт құпия фразасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="105" />
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="170" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="83" />
            <source>Repeat it</source>
            <translation>Қайталаңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="121" />
            <source>Kuzet backup (*.zip)</source>
            <translation>Kuzet сақтық көшірмесі (*.zip)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="132" />
            <source>Choose where to write the backup.</source>
            <translation>Көшірмені қайда жазу керектігін таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="148" />
            <source>The backup's vault key</source>
            <translation>Көшірмедегі қойма кілті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="174" />
            <source>Restore</source>
            <translation>Қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="176" />
            <source>Restore without the key</source>
            <translation>Кілтсіз қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="183" />
            <source>Enter the export passphrase.</source>
            <translation>Экспорт құпия фразасын енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="52" />
            <source>Use at least {n} characters.</source>
            <translation>Кемінде {n} таңба пайдаланыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="109" />
            <source>Back up</source>
            <translation>Көшірме жасау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="169" />
            <source>New vault passphrase</source>
            <translation>Қойманың жаңа құпия фразасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="93" />
            <source>With the key, this backup opens its documents on a new computer. The key is never written in plain text: only someone with the export passphrase can read it, so keep the passphrase apart from the backup. At least {n} characters.</source>
            <translation>Кілтпен бұл көшірме өз құжаттарын жаңа компьютерде ашады. Кілт ешқашан ашық түрде жазылмайды: оны тек экспорт құпия фразасын білетін адам оқи алады, сондықтан фразаны көшірмеден бөлек сақтаңыз. Кемінде {n} таңба.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="158" />
            <source>No OS keyring is usable on this computer: choose a vault passphrase as well. The documents are re-encrypted under it, and Kuzet asks for it when a document is opened. At least {n} characters.</source>
            <translation>Бұл компьютерде ОЖ кілттер қоймасы қолжетімсіз: қойманың құпия фразасын да таңдаңыз. Құжаттар сол фразамен қайта шифрланады, ал Kuzet оны құжат ашылғанда сұрайды. Кемінде {n} таңба.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="36" />
            <source>New SRC price</source>
            <translation>МКК жаңа бағасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="40" />
            <source>Day</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="42" />
            <source>The day of receipt it prices.</source>
            <translation>Баға қолданылатын монета алу күні.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="45" />
            <source>Price, KZT per coin</source>
            <translation>Бағасы, бір монета үшін KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="50" />
            <source>Where the State Revenue Committee published it, e.g. its list of that day.</source>
            <translation>Мемлекеттік кірістер комитеті бағаны қай жерде жариялады, мысалы, сол күнгі тізбесі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="67" />
            <source>State Revenue Committee prices</source>
            <translation>Мемлекеттік кірістер комитетінің бағалары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="81" />
            <source>New price…</source>
            <translation>Жаңа баға…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="83" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="202" />
            <source>Import…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="116" />
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="131" />
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="126" />
            <source>Import SRC prices</source>
            <translation>МКК бағаларын импорттау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="116" />
            <source>Tables (*.csv *.xlsx)</source>
            <translation>Кестелер (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="73" />
            <source>From 2026 mined coin is valued on the day of receipt at the price the State Revenue Committee publishes (Tax Code of 18 Jul 2025, Art. 325(4)). Enter each day's price or import a file with the columns date,coin,price_kzt (optional: source,notes).</source>
            <translation>2026 жылдан бастап өндірілген монеталар алынған күні Мемлекеттік кірістер комитеті жариялайтын баға бойынша бағаланады (2025 жылғы 18 шілдедегі Салық кодексі, 325-баптың 4-тармағы). Әр күннің бағасын енгізіңіз немесе date,coin,price_kzt бағандары бар файлды импорттаңыз (міндетті емес: source,notes).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="126" />
            <source>Nothing was imported.</source>
            <translation>Ештеңе импортталмады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="135" />
            <source>{imported} price imported; {duplicates} already recorded.|{imported} prices imported; {duplicates} already recorded.</source>
            <translation>Импортталған бағалар: {imported}; бұрын жазылғандары: {duplicates}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="84" />
            <source>Match the columns</source>
            <translation>Бағандарды сәйкестендіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="130" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="72" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="191" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="263" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="233" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="130" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="91" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="205" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="387" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="131" />
            <source>Save as TOML…</source>
            <translation>TOML ретінде сақтау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="132" />
            <source>Save this matching for `kuzet import … --mapping FILE`</source>
            <translation>Бұл сәйкестендіруді `kuzet import … --mapping FILE` үшін сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="183" />
            <source>Save the column matching</source>
            <translation>Бағандарды сәйкестендіруді сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="107" />
            <source>— not in the file —</source>
            <translation>— файлда жоқ —</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="93" />
            <source>Choose which column of {file} holds each field. Fields marked * are required; leave the others as “not in the file”.</source>
            <translation>{file} файлының қай бағанында әр өріс тұрғанын таңдаңыз. * белгіленген өрістер міндетті; қалғандарын «файлда жоқ» күйінде қалдыруға болады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="156" />
            <source>Choose the column for {field}.</source>
            <translation>«{field}» өрісі үшін бағанды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="95" />
            <source>the file</source>
            <translation>файл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="115" />
            <source>Field {key} in a --mapping file</source>
            <translation>--mapping файлындағы {key} өрісі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="164" />
            <source>Column {header} is chosen for both {a} and {b}.</source>
            <translation>{header} бағаны «{a}» үшін де, «{b}» үшін де таңдалған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="19" />
            <source>New course</source>
            <translation>Жаңа курс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="19" />
            <source>Edit course</source>
            <translation>Курсты өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="27" />
            <source>The required course it completes.</source>
            <translation>Ол есептейтін міндетті курс.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_dialog.py" line="16" />
            <source>New customer</source>
            <translation>Жаңа клиент</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_dialog.py" line="22" />
            <source>Record the customer as in the ID document (or the register of legal entities). The risk is assessed when you save; owners, documents, EDD and the decision follow in the customer's file.</source>
            <translation>Клиентті жеке басты куәландыратын құжаттағыдай (немесе заңды тұлғалар тізіліміндегідей) тіркеңіз. Тәуекел сақтаған кезде бағаланады; иелер, құжаттар, күшейтілген тексеру және шешім — әрі қарай клиенттің іс қағаздарында.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="45" />
            <source>Attach a document</source>
            <translation>Құжат тіркеу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="63" />
            <source>Stored encrypted (AES-256-GCM) in the vault beside the database.</source>
            <translation>Дерекқордың жанындағы қоймада шифрланған түрде (AES-256-GCM) сақталады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="68" />
            <source>What it is</source>
            <translation>Бұл не</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="84" />
            <source>Choose the document</source>
            <translation>Құжатты таңдау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="97" />
            <source>Choose the file to attach.</source>
            <translation>Тіркейтін файлды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="55" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="91" />
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="55" />
            <source>No file chosen</source>
            <translation>Файл таңдалмаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="141" />
            <source>No preview for {type}: use “Open” to view it in its own program.</source>
            <translation>{type} үшін алдын ала қарау жоқ: оны өз бағдарламасында көру үшін «Ашу» батырмасын басыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="18" />
            <source>Edit owner</source>
            <translation>Бенефициарлық меншік иесін өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="18" />
            <source>Add beneficial owner</source>
            <translation>Бенефициарлық меншік иесін қосу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="44" />
            <source>25% or more, or control, makes a beneficial owner (rule pack).</source>
            <translation>25% және одан көп үлес немесе бақылау — бенефициарлық меншік иесінің белгісі (ережелер пакеті).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="49" />
            <source>How</source>
            <translation>Қалай</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="52" />
            <source>IIN explanation</source>
            <translation>ЖСН бойынша түсініктеме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="54" />
            <source>Only if the IIN disagrees with the birth date or sex.</source>
            <translation>Тек ЖСН туған күнге немесе жынысқа сәйкес келмесе.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="47" />
            <source>Exercises control otherwise</source>
            <translation>Бақылауды өзге жолмен жүзеге асырады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="15" />
            <source>Edit PEP status</source>
            <translation>ЖЛТ мәртебесін өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="15" />
            <source>Add PEP status</source>
            <translation>ЖЛТ мәртебесін қосу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="28" />
            <source>The PEP related to is</source>
            <translation>Байланысты ЖЛТ санаты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="30" />
            <source>Related to (who, relation)</source>
            <translation>Кіммен байланысты (кім, байланыс)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="34" />
            <source>State body / country / organisation</source>
            <translation>Мемлекеттік орган / ел / ұйым</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="43" />
            <source>Domestic PEP status lasts 12 months after leaving office (rule pack).</source>
            <translation>Ұлттық ЖЛТ мәртебесі лауазымнан кеткеннен кейін 12 ай сақталады (ережелер пакеті).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="55" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="121" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="154" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="143" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="315" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="216" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="120" />
            <source>Document vault</source>
            <translation>Құжаттар қоймасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="60" />
            <source>Enter your vault password (normally your sign-in password) to open the team's documents.</source>
            <translation>Команданың құжаттарын ашу үшін қойма құпиясөзін (әдетте кіру құпиясөзіңіз) енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="123" />
            <source>The document vault has no key yet. An officer whose role may change the firm's settings (the MLRO) makes it when they first open a document.</source>
            <translation>Құжаттар қоймасының әлі кілті жоқ. Оны рөлі компания баптауларын өзгертуге мүмкіндік беретін қызметкер (жауапты қызметкер (MLRO)) алғаш рет құжат ашқанда жасайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="71" />
            <source>The document vault is locked. Enter its passphrase to open documents.</source>
            <translation>Құжаттар қоймасы құлыпталған. Құжаттарды ашу үшін оның құпия фразасын енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="74" />
            <source>This is the demo database: its documents are public demo data and the vault passphrase is “demo”. A real firm's database never uses a fixed passphrase.</source>
            <translation>Бұл демо-дерекқор: оның құжаттары — ашық демо-деректер, ал қойманың құпия фразасы — «demo». Нақты компанияның дерекқорында тұрақты фраза ешқашан қолданылмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="80" />
            <source>Your vault password</source>
            <translation>Қойма құпиясөзіңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="80" />
            <source>Passphrase</source>
            <translation>Құпия фраза</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="65" />
            <source>No OS keyring is usable on this computer ({reason}), so Kuzet cannot keep the vault key there. Choose a passphrase: the key is derived from it each time and is never written to disk. Without the passphrase the documents cannot be opened, so keep it safe. At least {n} characters.</source>
            <translation>Бұл компьютерде ОЖ кілттер қоймасы қолжетімсіз ({reason}), сондықтан Kuzet қойма кілтін онда сақтай алмайды. Құпия фраза таңдаңыз: кілт әр жолы содан алынады және дискіге ешқашан жазылмайды. Фразасыз құжаттарды ашу мүмкін емес, сондықтан оны қауіпсіз сақтаңыз. Кемінде {n} таңба.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="145" />
            <source>The vault key was made and is kept in the OS keyring ({backend}), under Kuzet / {vault}. It is not stored in the database or on disk.</source>
            <translation>Қойма кілті жасалып, ОЖ кілттер қоймасында ({backend}) Kuzet / {vault} атауымен сақталады. Ол дерекқорда да, дискіде де сақталмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="17" />
            <source>New finding</source>
            <translation>Жаңа кемшілік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="17" />
            <source>Edit finding</source>
            <translation>Кемшілікті өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="28" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="41" />
            <source>Details</source>
            <translation>Толығырақ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="30" />
            <source>Close it once every action is done.</source>
            <translation>Барлық шаралар орындалғанда оны жабыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="56" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="111" />
            <source>Licensed in</source>
            <translation>Лицензия берілген орын</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="71" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="118" />
            <source>FIU (AFM) registration</source>
            <translation>ҚМА-да тіркелу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="73" />
            <source>not entered: the STR draft prints the firm's FIU number</source>
            <translation>енгізілмеген: КОХ жобасында ұйымның ҚМА-дағы нөмірі басылады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="91" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="120" />
            <source>Financial year-end</source>
            <translation>Қаржы жылының соңы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="114" />
            <source>not a valid BIN</source>
            <translation>БСН жарамсыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="47" />
            <source>Leave empty to record later</source>
            <translation>Кейін көрсету үшін бос қалдырыңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="30" />
            <source>Resides in Kazakhstan</source>
            <translation>Қазақстанда тұрады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="80" />
            <source>Set up the firm</source>
            <translation>Компанияны баптау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="87" />
            <source>The firm</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="89" />
            <source>Who the firm is and where it is licensed: this decides which rules apply.</source>
            <translation>Компания кім және қайда лицензияланған: қандай ережелер қолданылатыны соған байланысты.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="99" />
            <source>MLRO and deputy</source>
            <translation>Жауапты қызметкер және орынбасары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="102" />
            <source>The MLRO must be a director, partner, principal representative or senior manager and reside in Kazakhstan; AIFC firms also appoint a deputy.</source>
            <translation>Жауапты қызметкер директор, серіктес, бас өкіл немесе басшы қызметкер болып, Қазақстанда тұруы керек; АХҚО компаниялары орынбасар да тағайындайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="125" />
            <source>What applies</source>
            <translation>Не қолданылады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="138" />
            <source>Welcome to Kuzet</source>
            <translation>Kuzet-ке қош келдіңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="139" />
            <source>A few questions about the firm. You can change every answer later.</source>
            <translation>Компания туралы бірнеше сұрақ. Кез келген жауапты кейін өзгертуге болады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="183" />
            <source>The mining registers apply (pools, output, sales, the mandatory sale and the fee).</source>
            <translation>Майнинг тізілімдері қолданылады (пулдар, өндіру, сатулар, міндетті сату және төлемақы).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="185" />
            <source>No mining activity: the mining registers are not needed.</source>
            <translation>Майнинг қызметі жоқ: майнинг тізілімдері қажет емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="151" />
            <source>&lt;p&gt;Everything stays on this computer; Kuzet never uses the network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {db}&lt;br&gt;&lt;b&gt;Encrypted documents:&lt;/b&gt; {vault}&lt;br&gt;&lt;b&gt;Backups:&lt;/b&gt; {backups}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vault key:&lt;/b&gt; {keyring}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Барлық деректер осы компьютерде қалады; Kuzet желіні ешқашан пайдаланбайды.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Дерекқор:&lt;/b&gt; {db}&lt;br&gt;&lt;b&gt;Шифрланған құжаттар:&lt;/b&gt; {vault}&lt;br&gt;&lt;b&gt;Сақтық көшірмелер:&lt;/b&gt; {backups}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Қойма кілті:&lt;/b&gt; {keyring}.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="142" />
            <source>the OS keyring ({name}) keeps the document vault's key</source>
            <translation>құжаттар қоймасының кілті ОЖ кілттер қоймасында ({name}) сақталады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="145" />
            <source>Kuzet cannot use an OS keyring here ({reason}); the document vault will ask for a passphrase</source>
            <translation>Kuzet мұнда ОЖ кілттер қоймасын пайдалана алмайды ({reason}); құжаттар қоймасы құпия фразаны сұрайды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="188" />
            <source>&lt;p&gt;For {name}:&lt;/p&gt;&lt;ul&gt;{lines}&lt;/ul&gt;&lt;p&gt;{mining}&lt;/p&gt;</source>
            <translation>&lt;p&gt;{name} үшін:&lt;/p&gt;&lt;ul&gt;{lines}&lt;/ul&gt;&lt;p&gt;{mining}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="120" />
            <source>Already recorded: {name}</source>
            <translation>Бұрын тіркелген: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="68" />
            <source>The reason goes in the audit trail.</source>
            <translation>Себебі аудит журналына енеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="51" />
            <source>True match</source>
            <translation>Расталған сәйкестік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="52" />
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="216" />
            <source>False positive</source>
            <translation>Жалған сәйкестік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="66" />
            <source>What you compared: IIN, date of birth, nationality, documents…</source>
            <translation>Нені салыстырдыңыз: ЖСН, туған күн, азаматтық, құжаттар…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="30" />
            <source>Decide hit #{id}</source>
            <translation>№{id} сәйкестік бойынша шешім</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="38" />
            <source>&lt;b&gt;{subject}&lt;/b&gt; against &lt;b&gt;{entry}&lt;/b&gt; ({list} {ref}), score {score}.</source>
            <translation>&lt;b&gt;{subject}&lt;/b&gt; және &lt;b&gt;{entry}&lt;/b&gt; ({list} {ref}), балл {score}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="89" />
            <source>The customer is flagged as a sanctions match. Next: freeze, do not tip off, report to the FIU.</source>
            <translation>Клиент санкциялық сәйкестік ретінде белгіленді. Келесі қадамдар: активтерді бұғаттаңыз, клиентке ескертпеңіз, ҚМА-ға хабарлаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="94" />
            <source>The customer is confirmed on the firm's own list: for a domestic PEP, record the PEP status and apply enhanced due diligence.</source>
            <translation>Клиент компанияның өз тізімінде расталды: ұлттық ЖЛТ үшін ЖЛТ мәртебесін жазып, клиентті күшейтілген тиісінше тексеру шараларын қолданыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="102" />
            <source>Remembered for {months} months for this customer and this list entry: re-screens do not raise it again unless either changes.</source>
            <translation>Бұл клиент пен тізім жазбасы үшін {months} айға есте сақталады: олардың бірі өзгермесе, қайта тексерулер оны қайтадан көтермейді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="80" />
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="121" />
            <source>Select a hit to review it.</source>
            <translation>Қарау үшін сәйкестікті таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="83" />
            <source>Open customer file</source>
            <translation>Клиенттің іс қағаздарын ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="84" />
            <source>True match…</source>
            <translation>Сәйкестікті растау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="88" />
            <source>False positive…</source>
            <translation>Жалған сәйкестік…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="102" />
            <source>List entry</source>
            <translation>Тізім жазбасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="103" />
            <source>Why this score</source>
            <translation>Неліктен мұндай балл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="149" />
            <source>Decided by {who} on {when}: {reason}</source>
            <translation>Шешім қабылдаған: {who}, {when}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="131" />
            <source>Hit #{id}: score {score}, {status}</source>
            <translation>№{id} сәйкестік: балл {score}, {status}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="108" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="162" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="276" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="90" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="178" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="401" />
            <source>Import refused</source>
            <translation>Импорт қабылданбады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="97" />
            <source>Nothing was imported from {file}: {count} problem. Correct the file and import it again.|Nothing was imported from {file}: {count} problems. Correct the file and import it again.</source>
            <translation>{file} файлынан ештеңе импортталмады: мәселелер — {count}. Файлды түзетіп, қайта импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="103" />
            <source>Nothing was imported: {count} problem. Correct the file and import it again.|Nothing was imported: {count} problems. Correct the file and import it again.</source>
            <translation>Ештеңе импортталмады: мәселелер — {count}. Файлды түзетіп, қайта импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="80" />
            <source>…and {count} more problem.|…and {count} more problems.</source>
            <translation>…және тағы мәселелер: {count}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="45" />
            <source>{where}, field {field}</source>
            <translation>{where}, {field} өрісі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="63" />
            <source>Line</source>
            <translation>Жол</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="63" />
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="63" />
            <source>Problem</source>
            <translation>Мәселе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="43" />
            <source>{file}, line {line}</source>
            <translation>{file}, {line}-жол</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="34" />
            <source>Leave unticked to use the legal term where the law sets one (mining: 3 years).</source>
            <translation>Заң мерзім белгілесе, соны қолдану үшін белгілемеңіз (майнинг: 3 жыл).</translation>
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
            <translation>БҰҰ Қауіпсіздік Кеңесінің сайтынан алынған жиынтық тізімнің XML файлы.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="25" />
            <source>Choose sdn.csv with alt.csv and add.csv (all three together).</source>
            <translation>sdn.csv файлын alt.csv және add.csv файлдарымен бірге таңдаңыз (үшеуін бірге).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="26" />
            <source>sdn.xml from OFAC's Sanctions List Service.</source>
            <translation>OFAC санкциялық тізімдер қызметінен (Sanctions List Service) алынған sdn.xml.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="27" />
            <source>The EU's consolidated financial sanctions list, CSV v1.1 (semicolons).</source>
            <translation>ЕО қаржылық санкцияларының жиынтық тізімі, CSV v1.1 (нүктелі үтір).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="28" />
            <source>The AFM list XML of category 1 or 2 (each file is its own list).</source>
            <translation>1 немесе 2 санаттағы ҚМА тізбесінің XML файлы (әр файл — жеке тізім).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="29" />
            <source>Header ref,name,aliases,dob,kind (aliases separated by ;, dob YYYY-MM-DD or YYYY, kind person or organization); an optional iin column.</source>
            <translation>Тақырып жолы ref,name,aliases,dob,kind (aliases ; арқылы, dob — ЖЖЖЖ-АА-КК немесе ЖЖЖЖ, kind — person немесе organization); қосымша iin бағаны болуы мүмкін.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="33" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="35" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="37" />
            <source>XML files (*.xml)</source>
            <translation>XML файлдары (*.xml)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="34" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="36" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="38" />
            <source>CSV files (*.csv)</source>
            <translation>CSV файлдары (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="70" />
            <source>For the firm's own lists (e.g. Domestic PEPs); other lists are named by the file.</source>
            <translation>Компанияның өз тізімдері үшін (мысалы, «Ұлттық ЖЛТ»); басқа тізімдер файлы бойынша аталады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="46" />
            <source>Import a watchlist</source>
            <translation>Санкциялық тізімді импорттау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="84" />
            <source>Choose the list files</source>
            <translation>Тізім файлдарын таңдаңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="84" />
            <source>All files (*)</source>
            <translation>Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="18" />
            <source>New appointment</source>
            <translation>Жаңа тағайындау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="18" />
            <source>Edit appointment</source>
            <translation>Тағайындауды өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="28" />
            <source>The MLRO must be a director, partner, principal representative or senior manager.</source>
            <translation>Жауапты қызметкер директор, серіктес, бас өкіл немесе басшы қызметкер болуы керек.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="35" />
            <source>Approved by the regulator</source>
            <translation>Реттеуші мақұлдаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="38" />
            <source>Regulator notified</source>
            <translation>Реттеушіге хабарланды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="15" />
            <source>Edit output</source>
            <translation>Өндіруді өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="15" />
            <source>New output</source>
            <translation>Жаңа өндіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="18" />
            <source>Amount credited</source>
            <translation>Есептелген мөлшер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="22" />
            <source>Electricity used, kWh</source>
            <translation>Жұмсалған электр энергиясы, кВт·сағ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="22" />
            <source>Optional; the mining fee uses it.</source>
            <translation>Міндетті емес; майнинг үшін төлемақыда пайдаланылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="53" />
            <source>Pool accredited on that date.</source>
            <translation>Пул сол күні аккредиттелген.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="55" />
            <source>Will be FLAGGED: {why}</source>
            <translation>БЕЛГІЛЕНЕДІ: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="18" />
            <source>kWh from the grid (centralised auction)</source>
            <translation>Желіден кВт·сағ (орталықтандырылған сауда-саттық)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="19" />
            <source>From 1 Jul 2023 grid power for mining is bought only at the centralised daily auctions (KOREM), within the zone quotas. Charged by the price band.</source>
            <translation>2023 жылғы 1 шілдеден бастап майнингке желіден электр энергиясы тек орталықтандырылған тәуліктік сауда-саттықта (КОРЭМ) аймақ квоталары шегінде сатып алынады. Төлем — баға диапазоны бойынша.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="24" />
            <source>kWh from own generation</source>
            <translation>Өз өндірісінің кВт·сағ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="25" />
            <source>The firm's own power plants (not renewable): special rate.</source>
            <translation>Компанияның өз электр станциялары (жаңартылмайтын): арнайы мөлшерлеме.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="29" />
            <source>kWh from own renewable plants</source>
            <translation>Өз жаңартылатын көздерінің кВт·сағ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="30" />
            <source>Renewable power from the firm's own plants (not renewable power bought): special rate.</source>
            <translation>Компанияның өз станцияларының жаңартылатын энергиясы (сатып алынған емес): арнайы мөлшерлеме.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="32" />
            <source>kWh imported</source>
            <translation>Импортталған кВт·сағ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="32" />
            <source>Imported power: charged by the price band.</source>
            <translation>Импортталған энергия: төлем баға диапазоны бойынша.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="47" />
            <source>Average electricity price, KZT/kWh</source>
            <translation>Электр энергиясының орташа бағасы, KZT/кВт·сағ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="50" />
            <source>Chooses the fee band for grid and imported power (rule mining.fee.bands). Empty: the fee cannot be computed where a band applies.</source>
            <translation>Желіден алынған және импортталған электр энергиясы үшін төлемақы диапазонын анықтайды (mining.fee.bands ережесі). Бос болса, диапазон қолданылатын жерде төлемақыны есептеу мүмкін емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="57" />
            <source>No meter, or a faulty one</source>
            <translation>Есептегіш жоқ немесе ақаулы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="58" />
            <source>Meter</source>
            <translation>Есептегіш</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="61" />
            <source>Declaration filed on</source>
            <translation>Декларация берілген күн</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="67" />
            <source>Amount paid, KZT</source>
            <translation>Төленген сома, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="74" />
            <source>The basis covers all of the firm's mining sites: name them here.</source>
            <translation>Негіз компанияның барлық майнинг алаңдарын қамтиды: оларды осында атаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="42" />
            <source>Mining fee basis: {quarter}</source>
            <translation>Майнинг үшін төлемақы негізі: {quarter}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="44" />
            <source>New value</source>
            <translation>Жаңа мән</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="53" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="93" />
            <location filename="../../desktop/kuzet/ui/form.py" line="93" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="40" />
            <source>From</source>
            <translation>Бастап</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="94" />
            <location filename="../../desktop/kuzet/ui/form.py" line="93" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="41" />
            <source>To</source>
            <translation>Дейін</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="61" />
            <source>Recorded in the audit trail and printed in the audit pack.</source>
            <translation>Аудит журналына жазылады және аудит пакетінде басылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="26" />
            <source>(not in force today)</source>
            <translation>(бүгін күшінде емес)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="19" />
            <source>Override {key}</source>
            <translation>{key} өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="29" />
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Pack value today: {value} {unit} [{mark}: {meaning}]&lt;br&gt;Source: {source}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Пакеттегі бүгінгі мән: {value} {unit} [{mark}: {meaning}]&lt;br&gt;Дереккөз: {source}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="46" />
            <source>Type: {type}. Write it as in the rule pack, e.g. 75, "0.75", [90, 60, 30].</source>
            <translation>Түрі: {type}. Ережелер пакетіндегідей жазыңыз, мысалы 75, "0.75", [90, 60, 30].</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="45" />
            <source>Last full quarter</source>
            <translation>Соңғы толық тоқсан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="46" />
            <source>This quarter to date</source>
            <translation>Ағымдағы тоқсан бүгінге дейін</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="47" />
            <source>Last full year</source>
            <translation>Соңғы толық жыл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="48" />
            <source>This year to date</source>
            <translation>Ағымдағы жыл бүгінге дейін</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="49" />
            <source>The last 12 months</source>
            <translation>Соңғы 12 ай</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="50" />
            <source>Chosen dates</source>
            <translation>Таңдалған күндер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="78" />
            <source>Audit pack</source>
            <translation>Тексеруге арналған пакет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="92" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="125" />
            <source>Period</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="110" />
            <source>Sections</source>
            <translation>Бөлімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="118" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="207" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="89" />
            <source>Language</source>
            <translation>Тіл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="120" />
            <source>The language of the pack; it may differ from the window's.</source>
            <translation>Пакеттің тілі; ол терезе тілінен өзгеше болуы мүмкін.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="126" />
            <source>Prepared by</source>
            <translation>Дайындаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="128" />
            <source>The officer named on the cover, the sign-off page and the manifest: an active member of the staff register (the MLRO by default).</source>
            <translation>Мұқабада, қол қою бетінде және манифестте аталатын қызметкер: персонал тізіліміндегі қазір жұмыс істейтін қызметкер (әдепкі бойынша — MLRO).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="136" />
            <source>Auditor's sample</source>
            <translation>Аудиторға арналған іріктеме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="138" />
            <source>How many customer files to draw at random, stratified by risk tier, and print in full.</source>
            <translation>Тәуекел деңгейлері бойынша бөліп, қанша клиент ісін кездейсоқ таңдап, толық басып шығару керек.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="146" />
            <source>Sample seed</source>
            <translation>Іріктеменің бастапқы саны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="148" />
            <source>Printed in the pack: the same database and seed draw the same sample again.</source>
            <translation>Пакетте басылады: сол дерекқор мен сол сан дәл сол іріктемені қайта береді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="153" />
            <source>Redaction</source>
            <translation>Иесіздендіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="155" />
            <source>A redacted copy cites no customer documents and withholds the officer's case facts.</source>
            <translation>Иесіздендірілген көшірме клиент құжаттарына сілтеме жасамайды және қызметкер жазған іс фактілерін қамтымайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="162" />
            <source>The ZIP holds the PDF, its manifest and decrypted copies of the documents the pack cites; keep it as safe as the vault.</source>
            <translation>ZIP ішінде PDF, оның манифесі және пакет сілтеме жасайтын құжаттардың шифрдан шығарылған көшірмелері бар; оны қойма сияқты қауіпсіз сақтаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="87" />
            <source>Build pack</source>
            <translation>Пакетті құру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="133" />
            <source>No sample</source>
            <translation>Іріктемесіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="150" />
            <source>Mask customers' names and identification numbers</source>
            <translation>Клиенттердің аттары мен сәйкестендіру нөмірлерін жасыру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="157" />
            <source>Also write a ZIP with the cited documents</source>
            <translation>Сілтеме жасалған құжаттары бар ZIP-ті де жазу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="231" />
            <source>Save the audit pack</source>
            <translation>Аудит пакетін сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="231" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="262" />
            <source>Tick at least one section.</source>
            <translation>Кемінде бір бөлімді белгілеңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="265" />
            <source>Add the officer who prepares the pack to the staff register first.</source>
            <translation>Алдымен пакетті дайындайтын қызметкерді персонал тізіліміне қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="269" />
            <source>Choose where to save the PDF.</source>
            <translation>PDF-ті қайда сақтау керектігін таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="298" />
            <source>Building the audit pack</source>
            <translation>Аудит пакеті құрылуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="342" />
            <source>Audit pack written</source>
            <translation>Аудит пакеті жазылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="309" />
            <source>Cancelled: no file was written.</source>
            <translation>Тоқтатылды: файл жазылмады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="316" />
            <source>Enter the vault's passphrase to include the documents.</source>
            <translation>Құжаттарды қосу үшін қойманың құпия фразасын енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="332" />
            <source>{pages} pages, pack ID {pack_id}.</source>
            <translation>Беттер: {pages}, пакет ID {pack_id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="335" />
            <source>SHA-256: {sha}</source>
            <translation>SHA-256: {sha}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="336" />
            <source>Manifest: {path}</source>
            <translation>Манифест: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="343" />
            <source>The audit pack was written to {path}.</source>
            <translation>Аудит пакеті {path} ішіне жазылды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="271" />
            <source>The folder {folder} does not exist.</source>
            <translation>{folder} қалтасы жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="325" />
            <source>The pack was not written: {error}</source>
            <translation>Пакет жазылмады: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="339" />
            <source>With evidence: {path}</source>
            <translation>Құжаттармен: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="24" />
            <source>As the pool's payout files write it.</source>
            <translation>Пулдың төлем файлдарындағыдай.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="45" />
            <source>The law gives no term: enter the date on the accreditation, if any.</source>
            <translation>Заң мерзім белгілемейді: аккредиттеуде күн болса, соны көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="48" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="57" />
            <source>Suspended or revoked from</source>
            <translation>Тоқтатылған немесе кері қайтарылған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="50" />
            <source>The pool's hardware and software are in Kazakhstan</source>
            <translation>Пулдың жабдығы мен бағдарламалық жасақтамасы Қазақстанда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="52" />
            <source>Hardware</source>
            <translation>Жабдық</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="55" />
            <source>One document per line (order, certificate, letter)</source>
            <translation>Әр жолға бір құжат (бұйрық, куәлік, хат)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="18" />
            <source>Edit pool accreditation</source>
            <translation>Пул аккредиттеуін өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="18" />
            <source>New pool accreditation</source>
            <translation>Пулдың жаңа аккредиттеуі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/programme_dialog.py" line="32" />
            <source>New record</source>
            <translation>Жаңа жазба</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/programme_dialog.py" line="32" />
            <source>Edit record</source>
            <translation>Жазбаны өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="16" />
            <source>New remediation action</source>
            <translation>Жаңа түзету шарасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="16" />
            <source>Edit action</source>
            <translation>Шараны өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="35" />
            <source>New management response</source>
            <translation>Басшылықтың жаңа жауабы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="35" />
            <source>Edit management response</source>
            <translation>Басшылық жауабын өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="42" />
            <source>kind:record, as the audit pack prints it, e.g. licence_expired:licence/3</source>
            <translation>kind:record, аудит пакетінде басылғандай, мысалы licence_expired:licence/3</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="54" />
            <source>A member of staff on the books today.</source>
            <translation>Бүгін штатта тұрған қызметкер.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="57" />
            <source>Required for critical and high findings.</source>
            <translation>Сыни және жоғары маңыздылықтағы кемшіліктер үшін міндетті.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="61" />
            <source>The day it was done.</source>
            <translation>Орындалған күні.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="98" />
            <source>Response in force</source>
            <translation>Қолданыстағы жауап</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="85" />
            <source>Respond to a finding</source>
            <translation>Кемшілікке жауап беру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="119" />
            <source>No critical or high finding today.</source>
            <translation>Бүгін сыни немесе жоғары маңыздылықтағы кемшіліктер жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="125" />
            <source>Respond…</source>
            <translation>Жауап беру…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="93" />
            <source>The critical and high findings on the Dashboard today. Pick one to write management's response; a finding already answered shows its response.</source>
            <translation>Басқару тақтасындағы бүгінгі сыни және жоғары маңыздылықтағы кемшіліктер. Басшылықтың жауабын жазу үшін біреуін таңдаңыз; жауап берілген кемшіліктің жауабы көрсетіледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="105" />
            <source>no response recorded</source>
            <translation>жауап жазылмаған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="74" />
            <source>staff #{id} (not on the staff today)</source>
            <translation>№{id} қызметкер (бүгін штатта жоқ)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="15" />
            <source>New business risk assessment</source>
            <translation>Компания тәуекелдерін жаңа бағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="15" />
            <source>Edit risk assessment</source>
            <translation>Тәуекелдерді бағалауды өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="31" />
            <source>Leave unticked for the rule pack's default (12 months after the assessment).</source>
            <translation>Ережелер пакетінің әдепкі мәні үшін белгілемеңіз (бағалаудан кейін 12 ай).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="40" />
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="121" />
            <source>Update the rule pack</source>
            <translation>Ережелер пакетін жаңарту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="57" />
            <source>Choose file…</source>
            <translation>Файлды таңдау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="59" />
            <source>Choose folder…</source>
            <translation>Қалтаны таңдау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="76" />
            <source>Apply</source>
            <translation>Қолдану</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="86" />
            <source>Rule pack</source>
            <translation>Ережелер пакеті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="86" />
            <source>Rule packs (*.zip);;All files (*)</source>
            <translation>Ережелер пакеттері (*.zip);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="92" />
            <source>Rule pack folder</source>
            <translation>Ережелер пакетінің қалтасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="47" />
            <source>Rule pack in force: {version}. Choose a newer pack (a ZIP of its folder, as published) to see what it changes, rule by rule, before applying it. Your overrides stay in force; those whose rule changes are flagged.</source>
            <translation>Қолданыстағы ережелер пакеті: {version}. Жаңарақ пакетті таңдаңыз (жарияланған күйіндегі қалтасының ZIP мұрағаты): оны қолданбас бұрын не өзгеретінін әр ереже бойынша көресіз. Сіздің өзгертулеріңіз күшінде қалады; ережесі өзгеретіндері белгіленеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="111" />
            <source>Apply rule pack {version}</source>
            <translation>{version} ережелер пакетін қолдану</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="73" />
            <source>Edit sale</source>
            <translation>Сатуды өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="73" />
            <source>New sale</source>
            <translation>Жаңа сату</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="78" />
            <source>Price per coin</source>
            <translation>Бір монетаның бағасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="79" />
            <source>Price currency</source>
            <translation>Баға валютасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="82" />
            <source>KZT per unit of the currency</source>
            <translation>Валюта бірлігіне KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="84" />
            <source>Optional: for a price in another currency, gives the KZT value.</source>
            <translation>Міндетті емес: басқа валютадағы баға үшін KZT сомасын береді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="88" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="34" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="32" />
            <source>Value in KZT</source>
            <translation>KZT сомасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="90" />
            <source>Optional: leave empty to derive it from the price (and rate).</source>
            <translation>Міндетті емес: бағадан (және бағамнан) есептеу үшін бос қалдырыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="98" />
            <source>The trade id at the venue.</source>
            <translation>Алаңдағы мәміле нөмірі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="145" />
            <source>No KZT value: give a rate or the value</source>
            <translation>KZT сомасы жоқ: бағамды немесе соманы көрсетіңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="151" />
            <source>counts towards the mandatory sale (AIFC-licensed on that date)</source>
            <translation>міндетті сатуға есептеледі (сол күні АХҚО лицензиясы бар)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="143" />
            <source>Value {value} KZT</source>
            <translation>Сомасы {value} KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="153" />
            <source>does NOT count towards the mandatory sale: {why}</source>
            <translation>міндетті сатуға ЕСЕПТЕЛМЕЙДІ: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="38" />
            <source>Sign in</source>
            <translation>Кіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="45" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="70" />
            <source>Officer</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="45" />
            <source>Who is working on this computer now.</source>
            <translation>Қазір осы компьютерде кім жұмыс істеп отыр.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="66" />
            <source>Sign in to the team database</source>
            <translation>Командалық дерекқорға кіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="69" />
            <source>Server</source>
            <translation>Сервер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="70" />
            <source>Your login on the server.</source>
            <translation>Сервердегі логиніңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="71" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="106" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="145" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="49" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="34" />
            <source>Password</source>
            <translation>Құпиясөз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="73" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="217" />
            <source>Keyring</source>
            <translation>Кілттер қоймасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="73" />
            <source>Kept in the OS keyring only.</source>
            <translation>Тек ОЖ кілттер қоймасында сақталады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="98" />
            <source>The firm's first officer</source>
            <translation>Компанияның бірінші қызметкері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="102" />
            <source>Added to the staff register.</source>
            <translation>Қызметкерлер тізіліміне қосылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="104" />
            <source>For example a.nurlanova.</source>
            <translation>Мысалы, a.nurlanova.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="107" />
            <source>Password again</source>
            <translation>Құпиясөз қайтадан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="135" />
            <source>Add officer</source>
            <translation>Қызметкер қосу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="141" />
            <source>Member of staff</source>
            <translation>Қызметкер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="72" />
            <source>Remember the password on this computer</source>
            <translation>Құпиясөзді осы компьютерде есте сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="138" />
            <source>A new member of staff (enter the name)</source>
            <translation>Жаңа қызметкер (атын енгізіңіз)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="119" />
            <source>The two passwords differ.</source>
            <translation>Құпиясөздер сәйкес келмейді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="16" />
            <source>New staff member</source>
            <translation>Жаңа қызметкер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="16" />
            <source>Edit staff member</source>
            <translation>Қызметкерді өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="22" />
            <source>The role decides the required courses and how often.</source>
            <translation>Рөл міндетті курстарды және олардың жиілігін анықтайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="22" />
            <source>Report suspicious client activity</source>
            <translation>Клиенттің күдікті әрекеті туралы хабарлау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="31" />
            <source>Customer number</source>
            <translation>Клиент нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="39" />
            <source>Noticed on</source>
            <translation>Байқалған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="41" />
            <source>Reports of activity without an operation apply from 1 Apr 2026 (monitoring.str.covers_activity, AFM Order No. 22 of 23 Dec 2025).</source>
            <translation>Операциясыз әрекет туралы хабарламалар 2026 жылғы 1 сәуірден бастап қолданылады (monitoring.str.covers_activity, ҚМА-ның 2025 жылғы 23 желтоқсандағы № 22 бұйрығы).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="49" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="64" />
            <source>Suspicious activity</source>
            <translation>Күдікті әрекет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="52" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="33" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="67" />
            <source>Case facts</source>
            <translation>Іс бойынша фактілер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="60" />
            <source>The STR is due within the rule pack's business days of the decision (monitoring.str.deadline_business_days, unconfirmed [U]).</source>
            <translation>КОХ шешімнен кейін ережелер пакетінде белгіленген жұмыс күндері ішінде беріледі (monitoring.str.deadline_business_days, расталмаған [U]).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="47" />
            <source>IP addresses, devices, logins, behaviour: what was seen, when, and why</source>
            <translation>IP мекенжайлар, құрылғылар, жүйеге кірулер, мінез-құлық: не байқалды, қашан және неліктен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="36" />
            <source>Open a case; decide later</source>
            <translation>Іс ашу; кейін шешу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="55" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="35" />
            <source>Suspicious: report to the FIU</source>
            <translation>Күдікті: ҚМА-ға хабарлау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="18" />
            <source>Escalate alert to an STR</source>
            <translation>Ескертуді күдікті операция туралы хабарламаға беру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="41" />
            <source>The STR is due within the rule pack's business days of the decision (monitoring.str.deadline_business_days).</source>
            <translation>КОХ шешімнен кейін ережелер пакетінде белгіленген жұмыс күндері ішінде беріледі (monitoring.str.deadline_business_days).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="56" />
            <source>Case</source>
            <translation>Іс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="27" />
            <source>Alert</source>
            <translation>Ескерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="31" />
            <source>What happened, why it is suspicious, what the customer said, what you checked</source>
            <translation>Не болды, неліктен күдікті, клиент не айтты, сіз нені тексердіңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="48" />
            <source>A new STR</source>
            <translation>Жаңа КОХ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="51" />
            <source>Add to STR #{id} (detected {date})</source>
            <translation>№{id} КОХ-ға қосу (анықталған күні {date})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="44" />
            <source>Suspicious transaction report</source>
            <translation>Күдікті операция туралы хабарлама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="93" />
            <source>Mark as reported to the FIU</source>
            <translation>ҚМА-ға жіберілді деп белгілеу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="106" />
            <source>The number the FIU's system gave it.</source>
            <translation>ҚМА жүйесі берген нөмір.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="100" />
            <source>Freeze notification #{id}</source>
            <translation>№{id} бұғаттау туралы хабарлама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="101" />
            <source>Report</source>
            <translation>Хабарлама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="98" />
            <source>STR #{id}</source>
            <translation>№{id} КОХ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="99" />
            <source>Threshold report #{id}</source>
            <translation>№{id} шекті хабарлама</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="55" />
            <source>#{id}, {state}; deadline {deadline}</source>
            <translation>№{id}, {state}; мерзімі {deadline}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="37" />
            <source>Record a training session</source>
            <translation>Оқу сабағын жазу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="37" />
            <source>Edit session</source>
            <translation>Сабақты өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="88" />
            <source>Attendance</source>
            <translation>Қатысу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="108" />
            <source>Attach file…</source>
            <translation>Файл тіркеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="75" />
            <source>Certificate no.</source>
            <translation>Сертификат №</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="144" />
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="144" />
            <source>Documents (*.pdf *.png *.jpg *.jpeg);;All (*)</source>
            <translation>Құжаттар (*.pdf *.png *.jpg *.jpeg);;Барлығы (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="204" />
            <source>Type the same passphrase again to confirm it:</source>
            <translation>Растау үшін сол құпия фразаны қайта теріңіз:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="185" />
            <source>Training session</source>
            <translation>Сабақ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="194" />
            <source>{reason}

The passphrase protects every document in the vault; without it they cannot be opened.
Passphrase:</source>
            <translation>{reason}

Құпия фраза қоймадағы барлық құжатты қорғайды; онсыз оларды ашу мүмкін емес.
Құпия фраза:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="137" />
            <source>Open {name}</source>
            <translation>{name} ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/transaction_detail.py" line="61" />
            <source>Ask the counterparty provider for the missing data and keep its answer with the case: the imported record itself is not changed.</source>
            <translation>Жетіспейтін деректерді контрагент-провайдерден сұратып, оның жауабын іспен бірге сақтаңыз: импортталған жазбаның өзі өзгертілмейді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/transaction_detail.py" line="75" />
            <source>No monitoring alert includes this transaction.</source>
            <translation>Бұл операция ешбір мониторинг ескертуіне кірмейді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/transaction_detail.py" line="25" />
            <source>Transaction #{id}</source>
            <translation>№{id} операция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/transaction_detail.py" line="69" />
            <source>Alert #{id} — {rule} — {status}</source>
            <translation>№{id} ескерту — {rule} — {status}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="45" />
            <source>Edit counterparty provider</source>
            <translation>Контрагент-провайдерді өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="45" />
            <source>New counterparty provider</source>
            <translation>Жаңа контрагент-провайдер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="50" />
            <source>As it is written in the transaction files.</source>
            <translation>Операциялар файлдарындағыдай.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="53" />
            <source>ISO country code, e.g. KY, AE, KZ.</source>
            <translation>ISO ел коды, мысалы KY, AE, KZ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="59" />
            <source>Due diligence done</source>
            <translation>Тиісінше тексеру жүргізілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="61" />
            <source>AIFC AML 11-1: a counterparty provider is vetted before the first transfer.</source>
            <translation>AIFC AML 11-1: контрагент-провайдер алғашқы аударымға дейін тексеріледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="85" />
            <source>Virtual asset service providers your customers send to or receive from. Each is vetted before the first transfer (AIFC AML 11-1); transfers through one not vetted in time raise an alert when monitoring runs.</source>
            <translation>Клиенттеріңіз қаражат жіберетін немесе алатын виртуалды актив қызметтерін жеткізушілер. Әрқайсысы алғашқы аударымға дейін тексеріледі (AIFC AML 11-1); уақытында тексерілмеген провайдер арқылы аударымдар мониторинг кезінде ескерту тудырады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="107" />
            <source>New…</source>
            <translation>Жаңа…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="153" />
            <source>Select a provider first.</source>
            <translation>Алдымен провайдерді таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="163" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="170" />
            <source>Retire provider</source>
            <translation>Провайдерді шығару</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="163" />
            <source>Why is the provider retired?</source>
            <translation>Провайдер неліктен шығарылады?</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="127" />
            <source>Named in transactions but not in the register: {names}.</source>
            <translation>Операцияларда аталған, бірақ тізілімде жоқ: {names}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="23" />
            <source>As the exchange's trade files write it.</source>
            <translation>Биржаның мәмілелер файлдарындағыдай.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="37" />
            <source>Which licences count toward the mandatory sale is a rule (mining.sale.qualifying_venues: AIFC only unless an officer adds the National Bank's).</source>
            <translation>Міндетті сатуға қай лицензиялар есептелетінін ереже анықтайды (mining.sale.qualifying_venues: қызметкер Ұлттық Банк лицензияларын қоспаса, тек АХҚО).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="50" />
            <source>An AIFC licence counts only while this is Active.</source>
            <translation>АХҚО лицензиясы мұнда «Қолданыста» тұрғанда ғана есептеледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="61" />
            <source>Licence valid from</source>
            <translation>Лицензия жарамды (бастап)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="65" />
            <source>Licence valid to</source>
            <translation>Лицензия жарамды (дейін)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="67" />
            <source>Leave unticked when the licence has no end date.</source>
            <translation>Лицензияның аяқталу күні болмаса, белгілемеңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="70" />
            <source>NBK licence or registration number</source>
            <translation>ҰБ лицензиясының немесе тіркеуінің нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="19" />
            <source>Edit venue</source>
            <translation>Алаңды өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="19" />
            <source>New venue</source>
            <translation>Жаңа алаң</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/form.py" line="55" />
            <source>Tick to set a date</source>
            <translation>Күнді көрсету үшін белгілеңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/format.py" line="65" />
            <source>no</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/launch.py" line="86" />
            <source>Nobody is signed in</source>
            <translation>Ешкім кірмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/launch.py" line="118" />
            <source>The database is already open</source>
            <translation>Дерекқор ашық тұр</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/launch.py" line="107" />
            <source>Kuzet is already open on {path}; its window was brought forward.</source>
            <translation>Kuzet {path} дерекқорымен ашық тұр; оның терезесі алдыңғы қатарға шығарылды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="85" />
            <source>Read only: nobody signed in</source>
            <translation>Тек оқу: ешкім кірмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="93" />
            <location filename="../../desktop/kuzet/ui/main_window.py" line="259" />
            <source>Opening the database…</source>
            <translation>Дерекқор ашылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="151" />
            <source>Quit</source>
            <translation>Шығу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="273" />
            <source>Opening…</source>
            <translation>Ашылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="367" />
            <location filename="../../desktop/kuzet/ui/team_start.py" line="130" />
            <source>Cannot open the database</source>
            <translation>Дерекқорды ашу мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="381" />
            <location filename="../../desktop/kuzet/ui/team_open.py" line="98" />
            <location filename="../../desktop/kuzet/ui/team_start.py" line="132" />
            <source>Kuzet cannot open this database</source>
            <translation>Kuzet бұл дерекқорды аша алмайды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="102" />
            <source>Database: {path}</source>
            <translation>Дерекқор: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="369" />
            <source>Kuzet could not open {path}:

{message}</source>
            <translation>Kuzet {path} аша алмады:

{message}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="112" />
            <source>Share sold via licensed venues</source>
            <translation>Лицензияланған алаңдар арқылы сатылған үлес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="115" />
            <source>Required share (rule)</source>
            <translation>Талап етілетін үлес (ереже)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="82" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="126" />
            <source>Mined</source>
            <translation>Өндірілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="83" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="106" />
            <source>Sold via AIFC-licensed venues</source>
            <translation>АХҚО лицензиясы бар алаңдар арқылы сатылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="84" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="128" />
            <source>Sold elsewhere</source>
            <translation>Басқа жерде сатылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="78" />
            <source>{coin} per month: mined and sold</source>
            <translation>{coin} айлар бойынша: өндірілгені және сатылғаны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="110" />
            <source>{coin}: share sold via AIFC-licensed venues</source>
            <translation>{coin}: АХҚО лицензиясы бар алаңдар арқылы сатылған үлес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="81" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="174" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="252" />
            <source>Dashboard</source>
            <translation>Басқару тақтасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="81" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="82" />
            <source>Overview</source>
            <translation>Шолу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="82" />
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="55" />
            <source>Calendar</source>
            <translation>Күнтізбе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="83" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="84" />
            <source>Licensing</source>
            <translation>Лицензиялау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="93" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="84" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="281" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="285" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="298" />
            <source>Watchlists</source>
            <translation>Санкциялық тізімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="99" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="101" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="107" />
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="39" />
            <source>Monitoring</source>
            <translation>Мониторинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="104" />
            <source>FIU reports</source>
            <translation>ҚМА-ға хабарламалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="109" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="110" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="111" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="113" />
            <source>Mining</source>
            <translation>Майнинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="113" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="76" />
            <source>Mandatory sale &amp; fees</source>
            <translation>Міндетті сату және алымдар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="116" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="45" />
            <source>Firm &amp; MLRO</source>
            <translation>Компания және жауапты қызметкер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="116" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="123" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="130" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="137" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="144" />
            <source>Programme</source>
            <translation>АЖ/ТҚ бағдарламасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="120" />
            <source>Staff &amp; training</source>
            <translation>Қызметкерлер және оқыту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="146" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="75" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="203" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="215" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="219" />
            <source>Rules</source>
            <translation>Ережелер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="146" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="147" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="148" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="149" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="150" />
            <source>System</source>
            <translation>Жүйе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="148" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="64" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="166" />
            <source>Approvals</source>
            <translation>Мақұлдаулар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="149" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="59" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="144" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="163" />
            <source>Team</source>
            <translation>Команда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="56" />
            <source>What the monitoring rules found. Review each open alert: close it as explained with a note, or escalate it to a suspicious transaction report (STR).</source>
            <translation>Мониторинг ережелері анықтаған жағдайлар. Әрбір ашық ескертуді қараңыз: оны түсініктемемен жабыңыз немесе күдікті операция туралы хабарламаға (КОХ) беріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="68" />
            <source>alerts</source>
            <translation>ескертулер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="70" />
            <source>Search reason, rule, customer…</source>
            <translation>Себеп, ереже, клиент бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="72" />
            <source>No alerts.

Import transactions on the Transactions page, then run the monitoring rules with Run monitoring.</source>
            <translation>Ескертулер жоқ.

«Операциялар» бетінде операцияларды импорттаңыз, содан кейін ережелерді «Мониторингті іске қосу» батырмасымен іске қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="50" />
            <source>Running the monitoring rules</source>
            <translation>Мониторинг ережелері орындалуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="97" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="106" />
            <source>Run monitoring</source>
            <translation>Мониторингті іске қосу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="171" />
            <source>Escalated</source>
            <translation>КОХ-ға берілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="87" />
            <source>Close as explained…</source>
            <translation>Түсініктемемен жабу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="89" />
            <source>Show transactions</source>
            <translation>Операцияларды көрсету</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="90" />
            <source>Knowledge test…</source>
            <translation>Білім тесті…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="117" />
            <source>Select an alert to see its rule, reason and transactions.</source>
            <translation>Ережесін, себебін және операцияларын көру үшін ескертуді таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="125" />
            <source>Select an alert first.</source>
            <translation>Алдымен ескертуді таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="40" />
            <source>Monitoring done: {alerts}, {reports} opened.</source>
            <translation>Мониторинг орындалды: ашылды {alerts}, {reports}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="159" />
            <source>STR #{id} opened: report it to the FIU by {date}.</source>
            <translation>№{id} КОХ ашылды: оны ҚМА-ға {date} дейін беріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="164" />
            <source>Case STR #{id} opened. The decision to report waits for a second officer on the Approvals page.</source>
            <translation>№{id} КОХ ісі ашылды. Хабарлау туралы шешім «Мақұлдаулар» бетінде екінші қызметкерді күтеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="168" />
            <source>Case STR #{id} opened: record the decision on the FIU reports page.</source>
            <translation>№{id} КОХ ісі ашылды: шешімді «ҚМА-ға хабарламалар» бетінде жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="180" />
            <source>Transactions of alert #{id}</source>
            <translation>№{id} ескерту операциялары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="41" />
            <source>{count} new alert|{count} new alerts</source>
            <translation>жаңа ескертулер: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="44" />
            <source>{count} threshold report|{count} threshold reports</source>
            <translation>шекті хабарламалар: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <source>Proposed by</source>
            <translation>Ұсынған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="33" />
            <source>Waiting</source>
            <translation>Күтуде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="36" />
            <source>Withdrawn</source>
            <translation>Кері қайтарылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="37" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="37" />
            <source>All</source>
            <translation>Барлығы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="189" />
            <source>Reject</source>
            <translation>Қабылдамау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="192" />
            <source>Withdraw</source>
            <translation>Кері қайтару</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="70" />
            <source>Decisions that need a second officer (four-eyes, chosen in Settings) wait here. Another officer whose role may take the decision approves it, and the change is made then, checked again; or rejects it with a reason. The officer who proposed it may withdraw it.</source>
            <translation>Мұнда екінші қызметкерді қажет ететін шешімдер күтеді («төрт көз» қағидаты, Баптауларда таңдалады). Рөлі шешім қабылдауға мүмкіндік беретін басқа қызметкер оны мақұлдайды — сонда өзгеріс қайта тексеріліп енгізіледі — немесе себебін көрсетіп қабылдамайды. Ұсынған қызметкер сұрауды кері қайтара алады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="86" />
            <source>Approve…</source>
            <translation>Мақұлдау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="158" />
            <source>Proposed change:</source>
            <translation>Ұсынылған өзгеріс:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="166" />
            <source>Select a request first.</source>
            <translation>Алдымен сұрауды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="169" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="222" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="155" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="166" />
            <source>Reason:</source>
            <translation>Себебі:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="173" />
            <source>Say why.</source>
            <translation>Себебін көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="160" />
            <source>Decision: {reason}</source>
            <translation>Шешім: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="24" />
            <source>Audits</source>
            <translation>Аудиттер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="29" />
            <source>audits</source>
            <translation>тексерулер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="32" />
            <source>Internal or external audits of the AML systems, at least every two years (rule pack: programme.audit.interval_years).</source>
            <translation>КЖ/ТҚҚ жүйесінің ішкі немесе сыртқы тексерулері — кемінде екі жылда бір рет (ережелер жинағы: programme.audit.interval_years).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="34" />
            <source>Search auditor, scope, reference…</source>
            <translation>Аудитор, қамту, нөмір бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="35" />
            <source>No audit recorded yet.

Record the last independent audit with New.</source>
            <translation>Тексерулер әлі жоқ.

Соңғы тәуелсіз тексеруді «Жаңа» батырмасымен жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="44" />
            <source>findings</source>
            <translation>кемшіліктер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="47" />
            <source>Search finding, reference…</source>
            <translation>Кемшілік, нөмір бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="48" />
            <source>No findings recorded.</source>
            <translation>Кемшіліктер жазылмаған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="57" />
            <source>actions</source>
            <translation>шаралар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="60" />
            <source>Open actions show on the Dashboard and in the Calendar from two weeks before they are due (rule pack: programme.audit.action_reminder_days).</source>
            <translation>Ашық шаралар мерзімінен екі апта бұрын Басты бетте және Күнтізбеде көрсетіледі (ережелер жинағы: programme.audit.action_reminder_days).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="62" />
            <source>Search action, owner…</source>
            <translation>Шара, жауапты тұлға бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="63" />
            <source>No remediation actions.</source>
            <translation>Түзету шаралары жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="81" />
            <source>Set up the firm profile to track the next audit.</source>
            <translation>Келесі аудитті қадағалау үшін компания профилін толтырыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="84" />
            <source>Next independent audit due {day} ({when}).</source>
            <translation>Келесі тәуелсіз аудит мерзімі — {day} ({when}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="67" />
            <source>Every deadline from every register. Click a day to list it; double-click a deadline to open its record. The export takes the register and owner filters.</source>
            <translation>Барлық тізілімдердің барлық мерзімдері. Күннің мерзімдерін көру үшін оны басыңыз; жазбаны ашу үшін мерзімді екі рет басыңыз. Экспорт тізілім мен жауапты сүзгілерін ескереді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="97" />
            <source>Days</source>
            <translation>Күндер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="97" />
            <source>Item</source>
            <translation>Нысан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="97" />
            <source>Detail</source>
            <translation>Толығырақ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="58" />
            <source>Today</source>
            <translation>Бүгін</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="61" />
            <source>Export .ics…</source>
            <translation>.ics экспорты…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="62" />
            <source>For Outlook, Google Calendar or Apple Calendar</source>
            <translation>Outlook, Google Calendar немесе Apple Calendar үшін</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="103" />
            <source>No deadline here.</source>
            <translation>Мұнда мерзімдер жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="121" />
            <source>Every register</source>
            <translation>Барлық тізілімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="126" />
            <source>Every owner</source>
            <translation>Барлық жауаптылар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="224" />
            <source>Export the calendar</source>
            <translation>Күнтізбені экспорттау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="224" />
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="237" />
            <source>Exporting the calendar</source>
            <translation>Күнтізбе экспортталуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="76" />
            <source>The month shown</source>
            <translation>Көрсетілген ай</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="77" />
            <source>The day selected</source>
            <translation>Таңдалған күн</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="78" />
            <source>All deadlines</source>
            <translation>Барлық мерзімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="79" />
            <source>Overdue only</source>
            <translation>Тек мерзімі өткендер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="278" />
            <source>Kuzet: {headline}</source>
            <translation>Kuzet: {headline}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="241" />
            <source>Calendar exported</source>
            <translation>Күнтізбе экспортталды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="245" />
            <source>{count} deadline written to {path}. Import the file into Outlook or Google Calendar; importing a newer export updates the same events.|{count} deadlines written to {path}. Import the file into Outlook or Google Calendar; importing a newer export updates the same events.</source>
            <translation>{path} файлына жазылған мерзімдер: {count}. Файлды Outlook немесе Google Күнтізбеге импорттаңыз; жаңарақ экспортты импорттау сол оқиғаларды жаңартады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="29" />
            <source>Customer files (KYC/CDD): individuals and legal entities with their beneficial owners, PEP status, risk, EDD, documents and reviews. Overdue reviews and expired ID documents also show on the Dashboard.</source>
            <translation>Клиенттердің іс қағаздары (клиентті тиісінше тексеру): жеке және заңды тұлғалар, олардың бенефициарлық меншік иелері, ЖЛТ мәртебесі, тәуекелі, күшейтілген тексеруі, құжаттары және қайта қараулары. Мерзімі өткен қайта қараулар мен құжаттар басқару тақтасында да көрсетіледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="34" />
            <source>customers</source>
            <translation>клиенттер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="35" />
            <source>Search name (Cyrillic or Latin), IIN or BIN…</source>
            <translation>Аты (кирилл немесе латын), ЖСН немесе БСН бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="37" />
            <source>No customers yet.

Add one with New (Ctrl+N), or import a CSV/XLSX file with Import… (header: kind,name,name_latin,iin_bin,birth_date,citizenship,residence,id_type,id_number,id_expiry,address,pep,purpose).</source>
            <translation>Әзірге клиенттер жоқ.

Клиентті «Жаңа» (Ctrl+N) батырмасымен қосыңыз немесе CSV/XLSX файлын «Импорт…» батырмасымен импорттаңыз (тақырып жолы: kind,name,name_latin,iin_bin,birth_date,citizenship,residence,id_type,id_number,id_expiry,address,pep,purpose).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="72" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="129" />
            <source>Reassess all</source>
            <translation>Барлығын қайта бағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="75" />
            <source>Score every customer again from the rules in force today (after a weight or a FATF list changed)</source>
            <translation>Барлық клиентті бүгін күшіндегі ережелер бойынша қайта бағалау (салмақ немесе ФАТФ тізімдері өзгергеннен кейін)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="140" />
            <source>Reassessing customers</source>
            <translation>Клиенттерді қайта бағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="147" />
            <source>Import customers</source>
            <translation>Клиенттерді импорттау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="147" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="80" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="369" />
            <source>Tables (*.csv *.xlsx);;All files (*)</source>
            <translation>Кестелер (*.csv *.xlsx);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="188" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="388" />
            <source>Imported from {file}: {count} {nouns}.</source>
            <translation>{file} файлынан импортталды: {count} ({nouns}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="133" />
            <source>{count} customer got a new risk assessment.|{count} customers got a new risk assessment.</source>
            <translation>Тәуекелі жаңадан бағаланған клиенттер: {count}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="217" />
            <source>Findings and reminders — the most serious first, then by due date. Double-click to open the record.</source>
            <translation>Кемшіліктер мен еске салғыштар — алдымен ең маңыздылары, содан кейін мерзімі бойынша. Жазбаны ашу үшін екі рет басыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="128" />
            <source>First steps — what to do first, in this order</source>
            <translation>Алғашқы қадамдар — алдымен не істеу керек, осы ретпен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="181" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="82" />
            <source>Refresh</source>
            <translation>Жаңарту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="229" />
            <source>Nothing needs attention: no deadline is inside its reminder window.

Add your licences on the Licences page (or import them) and their expiries will show here 90, 60 and 30 days ahead.</source>
            <translation>Назар аударатын ештеңе жоқ: ешбір мерзім еске салу аралығына түскен жоқ.

«Лицензиялар» бетінде лицензияларыңызды қосыңыз (немесе импорттаңыз), олардың мерзімі аяқталатыны мұнда 90, 60 және 30 күн бұрын көрсетіледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="325" />
            <source>Screening lists too old</source>
            <translation>Тексеру тізімдері ескірген</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="327" />
            <source>No screening list in force</source>
            <translation>Қолданыстағы тексеру тізімі жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="197" />
            <source>Overdue or expired</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="198" />
            <source>Due within 30 days</source>
            <translation>30 күн ішінде мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="199" />
            <source>Open reminders</source>
            <translation>Ашық еске салғыштар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="200" />
            <source>Licences in force</source>
            <translation>Қолданыстағы лицензиялар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="156" />
            <source>to do</source>
            <translation>орындау керек</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="253" />
            <source>Today {date}</source>
            <translation>Бүгін {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="334" />
            <source>import the current lists on the Watchlists page</source>
            <translation>өзекті тізімдерді «Санкциялық тізімдер» бетінде импорттаңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="252" />
            <source>Dashboard — {firm}</source>
            <translation>Басқару тақтасы — {firm}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="377" />
            <source>{period} {coin}: sold {share} of {required} required</source>
            <translation>{period} {coin}: сатылғаны {share}, талап етілетіні {required}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="66" />
            <source>Requirement</source>
            <translation>Талап</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="66" />
            <source>For this firm</source>
            <translation>Осы компания үшін</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="66" />
            <source>Mark</source>
            <translation>Белгі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="46" />
            <source>Edit profile…</source>
            <translation>Профильді өзгерту…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="49" />
            <source>Set-up wizard…</source>
            <translation>Баптау шебері…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="78" />
            <source>MLRO and deputy appointments</source>
            <translation>MLRO мен орынбасарды тағайындау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="80" />
            <source>appointments</source>
            <translation>тағайындаулар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="83" />
            <source>Record when each appointment ended rather than retiring it: retiring is for entries made in error.</source>
            <translation>Тағайындауды қолданыстан шығармай, оның аяқталған күнін жазыңыз: шығару — қате жазбаларға арналған.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="85" />
            <source>Search name, reference…</source>
            <translation>Аты, нөмірі бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="86" />
            <source>No MLRO appointed yet.

Record the MLRO (and the deputy, where required) with New.</source>
            <translation>MLRO әлі тағайындалмаған.

MLRO-ны (қажет болса, орынбасарын да) «Жаңа» батырмасымен жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="105" />
            <source>No firm profile yet</source>
            <translation>Компания профилі әлі жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="105" />
            <source>Run the set-up wizard to create it.</source>
            <translation>Оны жасау үшін баптау шеберін іске қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="68" />
            <source>Cases escalated from alerts, and from 1 Apr 2026 reports of a client's suspicious activity without an operation (the Reports column says which). Once decided suspicious, the STR is due within the rule pack's business days of the decision (monitoring.str.deadline_business_days, unconfirmed [U]); business days follow Kazakhstan's public holidays.</source>
            <translation>Ескертулерден берілген істер, ал 2026 жылғы 1 сәуірден бастап операциясыз клиенттің күдікті әрекеті туралы хабарламалар да («Хабарлама мәні» бағанында көрсетіледі). «Күдікті» деген шешімнен кейін КОХ ережелер пакетінде белгіленген жұмыс күндері ішінде беріледі (monitoring.str.deadline_business_days, расталмаған [U]); жұмыс күндері Қазақстанның мерекелерін ескереді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="75" />
            <source>STRs</source>
            <translation>КОХ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="76" />
            <source>Search customer, facts, FIU reference…</source>
            <translation>Клиент, фактілер, ҚМА нөмірі бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="77" />
            <source>No suspicious transaction reports.

Escalate an alert on the Alerts page.</source>
            <translation>Күдікті операциялар туралы хабарламалар жоқ.

«Ескертулер» бетінде ескертуді КОХ-ға беріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="135" />
            <source>Threshold transactions found by the monitoring rules, by the catalogue of Law No. 191-IV Art. 4 (monitoring.threshold_reports: e.g. 5,000,000 KZT with offshore zones or anonymous accounts): each is reported no later than the business day after the transaction (monitoring.ttr.deadline_business_days [V]).</source>
            <translation>Мониторинг ережелері № 191-IV Заңның 4-бабындағы тізбе бойынша анықтаған шекті операциялар (monitoring.threshold_reports: мысалы, офшорлық аймақтар немесе анонимдік шоттар қатысқанда 5 000 000 KZT): әрқайсысы туралы операциядан кейінгі жұмыс күнінен кешіктірмей хабарланады (monitoring.ttr.deadline_business_days [V]).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="141" />
            <source>threshold reports</source>
            <translation>шекті хабарламалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="142" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="164" />
            <source>Search customer, FIU reference…</source>
            <translation>Клиент, ҚМА нөмірі бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="143" />
            <source>No threshold reports.

They are opened when the monitoring rules run.</source>
            <translation>Шекті хабарламалар жоқ.

Олар мониторинг ережелері орындалғанда ашылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="158" />
            <source>The FIU is told when a customer is frozen (a confirmed sanctions match, or the officer's freeze) and of any operation of a frozen customer, within the rule pack's business days (monitoring.freeze_notification.deadline_business_days, unconfirmed [U]).</source>
            <translation>Клиент бұғатталғанда (расталған санкциялық сәйкестік немесе қызметкердің шешімі) және бұғатталған клиенттің кез келген операциясы туралы ҚМА-ға ережелер пакетінде белгіленген жұмыс күндері ішінде хабарланады (monitoring.freeze_notification.deadline_business_days, расталмаған [U]).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="163" />
            <source>freeze notifications</source>
            <translation>бұғаттау туралы хабарламалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="165" />
            <source>No freeze notifications.

They are drafted when a customer is frozen.</source>
            <translation>Бұғаттау туралы хабарламалар жоқ.

Олар клиент бұғатталғанда дайындалады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="45" />
            <source>Mark as reported…</source>
            <translation>Берілді деп белгілеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="84" />
            <source>STR draft (PDF)…</source>
            <translation>КОХ жобасы (PDF)…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="88" />
            <source>Report client activity…</source>
            <translation>Клиент әрекеті туралы хабарлау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="91" />
            <source>An STR on a client's suspicious activity without an operation (IP addresses, devices, behaviour): from 1 Apr 2026 (monitoring.str.covers_activity).</source>
            <translation>Операциясыз клиенттің күдікті әрекеті туралы КОХ (IP мекенжайлар, құрылғылар, мінез-құлық): 2026 жылғы 1 сәуірден бастап (monitoring.str.covers_activity).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="111" />
            <source>Save the STR draft</source>
            <translation>КОХ жобасын сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="124" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="127" />
            <source>STR draft</source>
            <translation>КОХ жобасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="185" />
            <source>Reports to the FIU</source>
            <translation>ҚМА-ға хабарламалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="58" />
            <source>Select a report first.</source>
            <translation>Алдымен хабарламаны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="108" />
            <source>Select an STR first.</source>
            <translation>Алдымен КОХ-ты таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="118" />
            <source>Writing {file}</source>
            <translation>{file} жазылуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="127" />
            <source>Written to {path}.</source>
            <translation>{path} ішіне жазылды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="17" />
            <source>Licences, registrations and permits. Expiries show on the Dashboard 90, 60 and 30 days ahead (rule pack: licence.reminder_days).</source>
            <translation>Лицензиялар, тіркеулер мен рұқсаттар. Мерзімнің аяқталуы басқару тақтасында 90, 60 және 30 күн бұрын көрсетіледі (ережелер пакеті: licence.reminder_days).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="23" />
            <source>licences</source>
            <translation>лицензиялар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="25" />
            <source>Search number, issuer, conditions…</source>
            <translation>Нөмір, берген орган, шарттар бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="27" />
            <source>No licences yet.

Add your digital mining licence, AFSA or NBK licence with New (Ctrl+N), or import a CSV/XLSX file with Import…</source>
            <translation>Әзірге лицензиялар жоқ.

Цифрлық майнинг, AFSA немесе ҰБ лицензиясын «Жаңа» (Ctrl+N) батырмасымен қосыңыз немесе CSV/XLSX файлын «Импорт…» батырмасымен импорттаңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="61" />
            <source>Search list, file or hash…</source>
            <translation>Тізім, файл немесе хэш бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="71" />
            <source>Search names in any script (Умаров, Umarov), references…</source>
            <translation>Кез келген әліпбидегі аттар (Умаров, Umarov), нөмірлер бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="86" />
            <source>Stop screening against…</source>
            <translation>Тізім бойынша тексеруді тоқтату…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="89" />
            <source>Import list…</source>
            <translation>Тізімді импорттау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="97" />
            <source>Customers and owners are screened against the lists in force. A new edition replaces its list's version in one step (the file's SHA-256 and the entries added, changed and removed are kept), and everyone is re-screened.</source>
            <translation>Клиенттер мен иелер қолданыстағы тізімдер бойынша тексеріледі. Жаңа басылым өз тізімінің нұсқасын бір қадамда ауыстырады (файлдың SHA-256 мәні мен қосылған, өзгертілген және алынған жазбалар сақталады), және барлығы қайта тексеріледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="113" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="165" />
            <source>Select a version to see its entries.</source>
            <translation>Жазбаларын көру үшін нұсқаны таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="235" />
            <source>Re-screening every customer and owner against the new lists</source>
            <translation>Барлық клиенттер мен иелерді жаңа тізімдер бойынша қайта тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="256" />
            <source>{count} value was kept in another form (see the details): a 10-digit national identifier is not used as an IIN; an irregular birth date is kept as its year and as written.|{count} values were kept in another form (see the details): a 10-digit national identifier is not used as an IIN; an irregular birth date is kept as its year and as written.</source>
            <translation>Басқа түрде сақталған мәндер: {count} (толығырақ қараңыз): 10 таңбалы ұлттық идентификатор ЖСН ретінде пайдаланылмайды; стандартқа сай емес туған күн жыл ретінде және жазылғандай сақталады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="281" />
            <source>Select the list's version in force first.</source>
            <translation>Алдымен тізімнің қолданыстағы нұсқасын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="285" />
            <source>This version is not in force.</source>
            <translation>Бұл нұсқа күшінде емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="291" />
            <source>The list's versions are kept. Reason (goes in the audit trail):</source>
            <translation>Тізім нұсқалары сақталады. Себебі (аудит журналына енеді):</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="132" />
            <source>Lists in force: {active} · versions shown: {count}</source>
            <translation>Қолданыстағы тізімдер: {active} · көрсетілген нұсқалар: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="142" />
            <source>Entries shown: {count}</source>
            <translation>Көрсетілген жазбалар: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="219" />
            <source>Importing {files}</source>
            <translation>{files} импортталуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="275" />
            <source>Nothing was imported: {error}</source>
            <translation>Ештеңе импортталмады: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="303" />
            <source>Re-screening every customer and owner without {list}</source>
            <translation>Барлық клиенттер мен иелерді {list} тізімінсіз қайта тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="306" />
            <source>{list} is no longer screened against.</source>
            <translation>{list} тізімі бойынша енді тексерілмейді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="171" />
            <source>{list} version #{id} ({state}): published {published}, imported {imported} by {who} from {files}; SHA-256 {sha}</source>
            <translation>{list}, №{id} нұсқа ({state}): жарияланған күні {published}, импортталған күні {imported} ({who}), файлдар: {files}; SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="290" />
            <source>Stop screening against {list}</source>
            <translation>{list} тізімі бойынша тексеруді тоқтату</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="192" />
            <source>{count} warning at import: {first}|{count} warnings at import: {first}</source>
            <translation>Импорт кезіндегі ескертулер: {count}: {first}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="42" />
            <source>met</source>
            <translation>орындалды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="43" />
            <source>not met</source>
            <translation>орындалмады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="44" />
            <source>no output</source>
            <translation>өндіру жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="46" />
            <source>running: on track</source>
            <translation>жүріп жатыр: қалыпты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="47" />
            <source>running: projected short</source>
            <translation>жүріп жатыр: болжам бойынша жетіспеушілік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="88" />
            <source>Mandatory sale</source>
            <translation>Міндетті сату</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="89" />
            <source>Charts</source>
            <translation>Графиктер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="90" />
            <source>Fees &amp;&amp; tax</source>
            <translation>Төлемақы және салық</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="105" />
            <source>Mined so far</source>
            <translation>Бүгінге дейін өндірілді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="107" />
            <source>Share so far</source>
            <translation>Бүгінгі үлес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="108" />
            <source>Required share</source>
            <translation>Талап етілетін үлес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="109" />
            <source>Projected share at the end</source>
            <translation>Соңындағы болжамды үлес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="110" />
            <source>Projected shortfall at the end, if no more is sold</source>
            <translation>Бұдан әрі сатылмаса, кезең соңындағы болжамды жетіспеушілік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="122" />
            <source>Every period, newest first</source>
            <translation>Барлық кезеңдер, алдымен жаңалары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="127" />
            <source>Sold via licensed</source>
            <translation>Лицензияланғандар арқылы сатылды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="129" />
            <source>Share</source>
            <translation>Үлесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="130" />
            <source>Required</source>
            <translation>Талап етіледі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="131" />
            <source>Shortfall</source>
            <translation>Жетіспеушілік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="132" />
            <source>Shortfall at latest price, KZT</source>
            <translation>Соңғы баға бойынша жетіспеушілік, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="186" />
            <source>Share = sold through AIFC-licensed venues ÷ mined, per calendar {period}. Required today: {share} [{mark}] (rule mining.sale.required_share: {source}).</source>
            <translation>Үлес = АХҚО лицензиясы бар алаңдар арқылы сатылғаны ÷ өндірілгені, күнтізбелік кезең ({period}) бойынша. Бүгін талап етілетіні: {share} [{mark}] (mining.sale.required_share ережесі: {source}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="213" />
            <source>Running period {period}: day {day} of {days}, to {end}</source>
            <translation>Ағымдағы кезең {period}: {day}/{days} күн, {end} дейін</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="230" />
            <source>Two shortfalls for {period}: so far, {so_far} {coin} is missing against the output to date (the table's "shortfall so far"); at the end, {at_end} {coin} must still be sold by {end} if mining goes on at this pace and nothing more is sold (the projected shortfall).</source>
            <translation>{period} бойынша екі жетіспеушілік: бүгінге дейін өндірілгенге қарағанда {so_far} {coin} жетпейді (кестеде — «бүгінгі жетіспеушілік»); кезең соңында — өндіру осы қарқынмен жалғасып, бұдан әрі ештеңе сатылмаса, {end} дейін тағы {at_end} {coin} сату керек (болжамды жетіспеушілік).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="295" />
            <source>{amount} so far</source>
            <translation>бүгінге {amount}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="208" />
            <source>No output or sales for {coin} yet.</source>
            <translation>{coin} бойынша әзірге өндіру немесе сату жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="244" />
            <source> (about {kzt} KZT at the latest price)</source>
            <translation> (соңғы баға бойынша шамамен {kzt} KZT)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="252" />
            <source>Projected to fall short: sell {amount} {coin} more through AIFC-licensed venues by {end}{money}. On the Dashboard from {warn}.</source>
            <translation>Болжам бойынша жетіспеушілік: {end} дейін АХҚО лицензиясы бар алаңдар арқылы тағы {amount} {coin} сатыңыз{money}. Басқару тақтасында — {warn} бастап.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="47" />
            <source>Fee basis and payment…</source>
            <translation>Төлемақы негізі және төлем…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="50" />
            <source>SRC prices…</source>
            <translation>МКК бағалары…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="152" />
            <source>No income-tax estimate: no source sets a rate. An officer may enter one of the firm's own (override rule mining.income_tax.estimate_rate).</source>
            <translation>Табыс салығын бағалау жоқ: ешбір дереккөз мөлшерлемені белгілемейді. Қызметкер компанияның өз мөлшерлемесін енгізе алады (mining.income_tax.estimate_rate ережесін өзгерту арқылы).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="164" />
            <source> ({days} day without a price)| ({days} days without a price)</source>
            <translation> (бағасыз күндер: {days})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="60" />
            <source>Rate</source>
            <translation>Мөлшерлеме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="61" />
            <source>Fee, KZT</source>
            <translation>Төлемақы, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="63" />
            <source>Paid</source>
            <translation>Төленді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="64" />
            <source>Declaration</source>
            <translation>Декларация</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="65" />
            <source>Output at receipt, KZT</source>
            <translation>Алу күніндегі өндіру көлемі, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="66" />
            <source>Income-tax estimate, KZT</source>
            <translation>Табыс салығын бағалау, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="124" />
            <source> The quarterly declaration is due on day {day} (rule mining.fee.declaration_due).</source>
            <translation> Тоқсандық декларацияның мерзімі — айдың {day}-күні (mining.fee.declaration_due ережесі).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="131" />
            <source>Fee = kWh by energy source × its rate: grid and imported power by the quarter's average electricity price band (rule mining.fee.bands: {bands}); special rates, KZT/kWh: {special}; the highest where several apply. Paid by day {day} of month {months} after the quarter.{declaration}</source>
            <translation>Төлемақы = энергия көзі бойынша кВт·сағ × оның мөлшерлемесі: желіден алынған және импортталған электр энергиясы үшін — тоқсандағы электр энергиясының орташа бағасы диапазоны бойынша (mining.fee.bands ережесі: {bands}); арнаулы мөлшерлемелер, KZT/кВт·сағ: {special}; бірнешеуі қолданылса — ең жоғарысы. Тоқсаннан кейінгі {months}-айдың {day}-күніне дейін төленеді.{declaration}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="147" />
            <source>Income-tax estimate (not a tax assessment): {source} × the quarter's output valued at receipt (before 2026: the KZT value of its sales), before costs.</source>
            <translation>Табыс салығын бағалау (салық есептеу емес): {source} × алынған күнгі бағасы бойынша тоқсандағы өндіру көлемі (2026 жылға дейін: оны сатудың KZT-дағы құны), шығындар шегерілмей.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="172" />
            <source>Mining fee</source>
            <translation>Майнинг үшін төлемақы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="172" />
            <source>Record output with kWh first.</source>
            <translation>Алдымен өндіруді кВт·сағ көрсетіп жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="106" />
            <source>not computed</source>
            <translation>есептелмеді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="90" />
            <source>{quarter}: no fee figure: {why}</source>
            <translation>{quarter}: төлемақы сомасы жоқ: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="110" />
            <source>overdue (high)</source>
            <translation>мерзімі өткен (жоғары)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="110" />
            <source>not yet</source>
            <translation>әлі жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="29" />
            <source>Coin credited by pools, per day or per payout, with the electricity used. Output through a pool that was not accredited on that date is FLAGGED with the reason.</source>
            <translation>Пулдар есептеген монеталар, күн немесе төлем бойынша, жұмсалған электр энергиясымен. Сол күні аккредиттелмеген пул арқылы өндірілгені себебімен БЕЛГІЛЕНЕДІ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="33" />
            <source>output records</source>
            <translation>өндіру жазбалары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="35" />
            <source>Search pool, reference, notes…</source>
            <translation>Пул, нөмір, ескертпелер бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="37" />
            <source>No output yet.

Add a day's output with New (Ctrl+N) or import a pool's payout file with Import… (date,coin,amount,pool,kwh,reference).</source>
            <translation>Әзірге өндіру жоқ.

Күндік өндіруді «Жаңа» (Ctrl+N) батырмасымен қосыңыз немесе пулдың төлем файлын «Импорт…» батырмасымен импорттаңыз (date,coin,amount,pool,kwh,reference).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="15" />
            <source>The pools the firm mines through. Output credited through a pool that was not accredited that day is flagged on the Mining output page. The law gives no term: enter the expiry; reminders {days} days before it (rule mining.pool.reminder_days).</source>
            <translation>Компания майнинг жүргізетін пулдар. Сол күні аккредиттелмеген пул арқылы есептелген өндіру «Өндіру көлемі» бетінде белгіленеді. Заң мерзім белгілемейді: аяқталу күнін енгізіңіз; еске салғыштар — одан {days} күн бұрын (mining.pool.reminder_days ережесі).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="19" />
            <source>accreditation</source>
            <translation>аккредиттеу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="20" />
            <source>accreditations</source>
            <translation>аккредиттеулер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="23" />
            <source>Search pool, BIN, number, evidence…</source>
            <translation>Пул, БСН, нөмір, құжаттар бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="25" />
            <source>No pools yet.

Add each pool you mine through with New (Ctrl+N), with its accreditation (or as not accredited).</source>
            <translation>Әзірге пулдар жоқ.

Майнинг жүргізетін әр пулды «Жаңа» (Ctrl+N) батырмасымен қосыңыз — аккредиттеуімен (немесе аккредиттелмеген ретінде).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="21" />
            <source>Management's response to each critical or high finding: who owns it, when it is due and where it stands. The audit pack prints it beside its finding; an open response past its due date shows on the Dashboard.</source>
            <translation>Әрбір сыни немесе жоғары маңыздылықтағы кемшілікке басшылықтың жауабы: кім жауапты, мерзімі қашан және қандай күйде. Аудит пакеті оны кемшіліктің қасында басады; мерзімі өткен ашық жауап басқару тақтасында көрсетіледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="27" />
            <source>management responses</source>
            <translation>басшылықтың жауаптары</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="30" />
            <source>Search finding, response, owner, key…</source>
            <translation>Кемшілік, жауап, жауапты, кілт бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="32" />
            <source>No management response yet.

Use Respond to a finding… to answer a critical or high finding of the Dashboard, or New (Ctrl+N), or import a CSV/XLSX file.</source>
            <translation>Басшылықтың жауаптары әзірге жоқ.

Басқару тақтасындағы сыни немесе жоғары маңыздылықтағы кемшілікке жауап беру үшін «Кемшілікке жауап беру…» немесе «Жаңа» (Ctrl+N) батырмасын басыңыз не CSV/XLSX файлын импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="40" />
            <source>Respond to a finding…</source>
            <translation>Кемшілікке жауап беру…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="23" />
            <source>version</source>
            <translation>нұсқа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="24" />
            <source>versions</source>
            <translation>нұсқалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="27" />
            <source>The firm's own assessment of its money-laundering risks. The latest version is in force; its next review shows on the Dashboard.</source>
            <translation>Компанияның кірістерді заңдастыру (жылыстату) тәуекелдерін өзі бағалауы. Соңғы нұсқасы қолданыста; оны қайта қарау мерзімі Басты бетте көрсетіледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="29" />
            <source>Search version, author, summary…</source>
            <translation>Нұсқа, автор, сипаттама бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="30" />
            <source>No business risk assessment recorded.

Record the current version with New.</source>
            <translation>Компанияның тәуекелдерін бағалау әлі жоқ.

Ағымдағы нұсқаны «Жаңа» батырмасымен жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="39" />
            <source>return</source>
            <translation>есеп</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="40" />
            <source>returns</source>
            <translation>есептер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="43" />
            <source>The annual AML Return to AFSA, due two months after the financial year-end (rule pack: programme.aifc.aml_return_months). Record each one when it is filed.</source>
            <translation>AFSA-ға жыл сайынғы КЖ бойынша есеп (AML Return) — қаржы жылы аяқталғаннан кейін екі ай ішінде (ережелер жинағы: programme.aifc.aml_return_months). Әрқайсысын тапсырған кезде жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="46" />
            <source>Search reference…</source>
            <translation>Нөмір бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="47" />
            <source>No AML Return recorded.

Record the last one filed with New.</source>
            <translation>КЖ бойынша есептер әлі жоқ.

Соңғы тапсырылғанын «Жаңа» батырмасымен жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="37" />
            <source>Unit</source>
            <translation>Өлшем бірлігі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="38" />
            <source>Confidence</source>
            <translation>Сенімділік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="79" />
            <source>Every number of the law Kuzet uses, with its source and how sure we are of it: V read in the law, S secondary source, U unverified (check it), P product default. Overrides apply from their date and are recorded in the audit trail.</source>
            <translation>Kuzet қолданатын заңдағы әрбір сан, оның дереккөзімен және сенімділік деңгейімен: V — заңнан оқылған, S — қосалқы дереккөз, U — тексерілмеген (тексеріңіз), P — бағдарламаның әдепкі мәні. Өзгертулер өз күнінен бастап қолданылады және аудит журналына жазылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="88" />
            <source>Search rules…</source>
            <translation>Ережелерді іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="100" />
            <source>Update the rule pack…</source>
            <translation>Ережелер пакетін жаңарту…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="103" />
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="259" />
            <source>Override…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="105" />
            <source>Withdraw override…</source>
            <translation>Өзгертудің күшін жою…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="168" />
            <source>Rule pack: unversioned</source>
            <translation>Ережелер пакеті: нұсқасыз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="138" />
            <source>never</source>
            <translation>ешқашан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="203" />
            <source>Select a rule first.</source>
            <translation>Алдымен ережені таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="215" />
            <source>Select an overridden rule first.</source>
            <translation>Алдымен өзгертілген ережені таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="222" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="228" />
            <source>Withdraw override</source>
            <translation>Өзгертудің күшін жою</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="93" />
            <source>Only rules not reviewed in {months} months</source>
            <translation>Тек {months} ай бойы қайта қаралмаған ережелер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="171" />
            <source>Rule pack {version}: {title}, published {published}. SHA-256 {sha256}</source>
            <translation>{version} ережелер пакеті: {title}, жарияланған күні {published}. SHA-256 {sha256}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="140" />
            <source>{date} (review due)</source>
            <translation>{date} (қайта қарау мерзімі келді)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="219" />
            <source>{key} has no override.</source>
            <translation>{key} ережесінде өзгерту жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="135" />
            <source>FLAGGED: {flag}</source>
            <translation>БЕЛГІЛЕНДІ: {flag}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="136" />
            <source>Mined coin sold, by venue. A sale counts towards the mandatory sale when its venue was AIFC-licensed on the sale date (Venues page). Re-importing a trade history adds only the trades not yet in the ledger (same venue and reference).</source>
            <translation>Алаңдар бойынша сатылған өндірілген монеталар. Сату күні алаңның АХҚО лицензиясы болса, сату міндетті сатуға есептеледі («Алаңдар» беті). Мәмілелер тарихын қайта импорттау тек тізілімде әлі жоқ мәмілелерді қосады (сол алаң және нөмір).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="141" />
            <source>sales</source>
            <translation>сатулар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="143" />
            <source>Search reference, counterparty…</source>
            <translation>Нөмір, контрагент бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="145" />
            <source>No sales yet.

Add a sale with New (Ctrl+N) or import an exchange's trade history with Import… (date,coin,amount,price,currency,venue,reference).</source>
            <translation>Әзірге сатулар жоқ.

Сатуды «Жаңа» (Ctrl+N) батырмасымен қосыңыз немесе биржаның мәмілелер тарихын «Импорт…» батырмасымен импорттаңыз (date,coin,amount,price,currency,venue,reference).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="120" />
            <source>{count} {what} imported from {name}; {skipped} already there (skipped).</source>
            <translation>{name} файлынан импортталды: {count} ({what}); бұрыннан бар, өткізілді: {skipped}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="79" />
            <source>Import {what}</source>
            <translation>Импорт: {what}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="127" />
            <source>{n} flagged: pool not accredited on that date.</source>
            <translation>Белгіленгені: {n} — пул сол күні аккредиттелмеген.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="54" />
            <source>Search names, lists, references… (any script)</source>
            <translation>Аттар, тізімдер, нөмірлер бойынша іздеу… (кез келген әліпби)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="72" />
            <source>Screen all customers</source>
            <translation>Барлық клиентті тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="127" />
            <source>No full screening run yet.</source>
            <translation>Тізімдер бойынша толық тексеру әлі жүргізілмеген.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="228" />
            <source>Screening every customer and owner</source>
            <translation>Барлық клиенттер мен иелерді тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="266" />
            <source>Rule-pack values (product defaults, mark P). An override applies from its date, with your reason, and is kept in the audit trail; the Rules page lists and withdraws overrides.</source>
            <translation>Ережелер пакетінің мәндері (бағдарламаның әдепкі мәндері, P белгісі). Өзгерту өз күнінен бастап сіздің себебіңізбен қолданылады және аудит журналында сақталады; өзгертулер «Ережелер» бетінде көрсетіледі және сонда күші жойылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="115" />
            <source>No watchlist imported yet: import the lists on the Watchlists page first.</source>
            <translation>Санкциялық тізімдер әлі импортталмаған: алдымен оларды «Санкциялық тізімдер» бетінде импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="129" />
            <source>Last full run {when} by {who}: {subjects} customers and owners against {lists}.</source>
            <translation>Соңғы толық тексеру {when}, орындаған {who}: клиенттер мен иелер — {subjects}, тізімдер: {lists}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="182" />
            <source>Select a hit first.</source>
            <translation>Алдымен сәйкестікті таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="202" />
            <source>True match: act now</source>
            <translation>Расталған сәйкестік: дереу әрекет етіңіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="203" />
            <source>Customer #{id} is flagged as a sanctions match.</source>
            <translation>№{id} клиент санкциялық сәйкестік ретінде белгіленді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="205" />
            <source>Confirmed list match</source>
            <translation>Тізіммен расталған сәйкестік</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="206" />
            <source>Customer #{id} is confirmed on the firm's own list.</source>
            <translation>№{id} клиент компанияның өз тізімінде расталды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="236" />
            <source>No watchlist imported yet: nothing was screened.</source>
            <translation>Санкциялық тізімдер әлі импортталмаған: ештеңе тексерілмеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="276" />
            <source> (officer override)</source>
            <translation> (қызметкер өзгерткен)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="119" />
            <source>The lists changed since the last full screening: screen all customers.</source>
            <translation>Соңғы толық тексеруден кейін тізімдер өзгерді: барлық клиентті тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="140" />
            <source>Open hits: {open} · shown: {shown}</source>
            <translation>Ашық сәйкестіктер: {open} · көрсетілгені: {shown}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="218" />
            <source>Remembered until {date} for this customer and this list entry, unless either changes.</source>
            <translation>Бұл клиент пен тізім жазбасы үшін {date} дейін есте сақталды (олардың бірі өзгермесе).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="208" />
            <source>Where data lives</source>
            <translation>Деректер қайда сақталады</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="216" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="121" />
            <source>Backups</source>
            <translation>Сақтық көшірмелер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="235" />
            <source>Sign-in and four-eyes</source>
            <translation>Кіру және «төрт көз» қағидаты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="82" />
            <source>As the system (default)</source>
            <translation>Жүйедегідей (әдепкі)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="99" />
            <source>Saved. The new language is used the next time Kuzet starts.</source>
            <translation>Сақталды. Жаңа тіл Kuzet келесі іске қосылғанда қолданылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="138" />
            <source>Set KUZET_HOME to use another data folder, or start Kuzet with --db FILE to open another database.</source>
            <translation>Басқа деректер қалтасын пайдалану үшін KUZET_HOME орнатыңыз немесе басқа дерекқорды ашу үшін Kuzet-ті --db ФАЙЛ арқылы іске қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="151" />
            <source>Last backup</source>
            <translation>Соңғы көшірме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="152" />
            <source>Next automatic backup</source>
            <translation>Келесі автоматты көшірме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="203" />
            <source>Keyring backend</source>
            <translation>ОЖ кілттер қоймасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="204" />
            <source>Vault key</source>
            <translation>Қойма кілті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="131" />
            <source>Open folder</source>
            <translation>Қалтаны ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="179" />
            <source>None yet. Back up now, or close Kuzet to make the first one.</source>
            <translation>Әзірге жоқ. Қазір көшірме жасаңыз немесе Kuzet-ті жабыңыз — сонда алғашқысы жасалады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="185" />
            <source>When you close Kuzet today</source>
            <translation>Бүгін Kuzet жабылғанда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="92" />
            <source>Shown now: {language}. Dates are written dd.mm.yyyy in every language.</source>
            <translation>Қазір көрсетілуде: {language}. Күндер барлық тілде кк.аа.жжжж түрінде жазылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="127" />
            <source>(created when the first document is attached)</source>
            <translation>(алғашқы құжат тіркелгенде жасалады)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="156" />
            <source>Automatic backups are made when you close Kuzet, at most once a day. Kept: the newest of each of the last {daily} days, {weekly} weeks and {monthly} months. They hold the database and the encrypted vault, never the vault key; Back up now can add the key, wrapped under an export passphrase.</source>
            <translation>Автоматты көшірмелер Kuzet жабылғанда, күніне бір реттен жиі емес жасалады. Сақталатыны: соңғы {daily} күннің, {weekly} аптаның және {monthly} айдың әрқайсысының ең соңғы көшірмесі. Оларда дерекқор мен шифрланған қойма бар, ал қойма кілті ешқашан болмайды; «Сақтық көшірме жасау» кілтті экспорт құпия фразасымен шифрлап қоса алады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="182" />
            <source>{when} — {path}</source>
            <translation>{when} — {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="188" />
            <source>When you close Kuzet on or after {day}</source>
            <translation>Kuzet {day} немесе одан кейін жабылғанда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="40" />
            <source>Nobody is signed in: Kuzet only reads.</source>
            <translation>Ешкім кірмеген: Kuzet деректерді тек оқиды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="169" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="166" />
            <source>Disable officer</source>
            <translation>Қызметкерді өшіру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="46" />
            <source>Signed in: {login} ({role})</source>
            <translation>Кірген: {login} ({role})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="158" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="149" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="155" />
            <source>Change role</source>
            <translation>Рөлді өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="195" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="190" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="199" />
            <source>Change my password</source>
            <translation>Құпиясөзімді өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="225" />
            <source>Sign in without a password (a firm with one officer)</source>
            <translation>Құпиясөзсіз кіру (бір қызметкері бар компания)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="43" />
            <source>Signed in: {login} ({role}), without a password</source>
            <translation>Кірген: {login} ({role}), құпиясөзсіз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="65" />
            <source>The officers who sign in to Kuzet, and what their role lets them do. The audit trail names the signed-in officer for every change. Adding, changing and disabling officers belongs to the MLRO and administrators.</source>
            <translation>Kuzet-ке кіретін қызметкерлер және олардың рөлі нені рұқсат етеді. Аудит журналы әр өзгерісте кірген қызметкерді атайды. Қызметкерлерді қосу, өзгерту және өшіру MLRO мен әкімшілерге тиесілі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="76" />
            <source>Add officer…</source>
            <translation>Қызметкер қосу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="77" />
            <source>Change role…</source>
            <translation>Рөлді өзгерту…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="78" />
            <source>Disable…</source>
            <translation>Өшіру…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="79" />
            <source>Change my password…</source>
            <translation>Құпиясөзімді өзгерту…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="80" />
            <source>Switch officer…</source>
            <translation>Қызметкерді ауыстыру…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="144" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="163" />
            <source>Select an officer first.</source>
            <translation>Алдымен қызметкерді таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="149" />
            <source>Role:</source>
            <translation>Рөл:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="190" />
            <source>New password:</source>
            <translation>Жаңа құпиясөз:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="199" />
            <source>Your password was changed.</source>
            <translation>Құпиясөзіңіз өзгертілді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="231" />
            <source>The audit trail then names the officer with “(no password)”. Adding a second officer brings passwords back.</source>
            <translation>Сонда аудит журналы қызметкерді «(құпиясөзсіз)» белгісімен атайды. Екінші қызметкер қосылса, құпиясөздер қайтады.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="236" />
            <source>Decisions that need a second officer (four-eyes):</source>
            <translation>Екінші қызметкерді қажет ететін шешімдер («төрт көз»):</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="106" />
            <source>set</source>
            <translation>орнатылған</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="107" />
            <source>disabled</source>
            <translation>өшірілген</translation>
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
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="47" />
            <source>Verify trail</source>
            <translation>Журналды тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="102" />
            <source>Verifying…</source>
            <translation>Тексерілуде…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="86" />
            <source>Trail entry #{id}</source>
            <translation>Журнал жазбасы №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="96" />
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
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="114" />
            <source>Intact at {stamp}: {entries} entries</source>
            <translation>{stamp} кезінде бүтін: жазбалар — {entries}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="120" />
            <source>BROKEN at {stamp}</source>
            <translation>{stamp} кезінде БҰЗЫЛҒАН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="87" />
            <source>{action} of {register} #{record}
at {at} by {actor}
</source>
            <translation>{action}: {register} №{record}
{at}, {actor}
</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="94" />
            <source>reason: {reason}
</source>
            <translation>себебі: {reason}
</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="205" />
            <source>Staff by required course. A new starter is due within {days} days of starting; after that each course is due again {months} months after the last completion (rule pack: programme.training).</source>
            <translation>Міндетті курстар бойынша қызметкерлер. Жаңа қызметкер жұмысқа кіргеннен кейін {days} күн ішінде оқытудан өтеді; содан кейін әр курс соңғы өтуден {months} ай өткен соң қайталанады (ережелер пакеті: programme.training).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="61" />
            <source>due {due}</source>
            <translation>мерзімі {due}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="148" />
            <source>staff</source>
            <translation>қызметкерлер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="151" />
            <source>Everyone who works for the firm. The role decides the required training (rule pack: programme.training.roles).</source>
            <translation>Компанияда жұмыс істейтіндердің бәрі. Міндетті оқытуды рөл анықтайды (ережелер жинағы: programme.training.roles).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="153" />
            <source>Search name, job title, e-mail…</source>
            <translation>Аты, лауазымы, эл. поштасы бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="154" />
            <source>No staff yet.

Add the people who work for the firm with New.</source>
            <translation>Қызметкерлер әлі жоқ.

Компания қызметкерлерін «Жаңа» батырмасымен қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="163" />
            <source>courses</source>
            <translation>курстар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="166" />
            <source>Each course counts as one required course and covers curriculum items from the rule pack.</source>
            <translation>Әр курс бір міндетті курс ретінде есептеледі және ережелер жинағындағы бағдарлама тақырыптарын қамтиды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="168" />
            <source>Search title, provider…</source>
            <translation>Атауы, ұйымдастырушысы бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="169" />
            <source>No courses yet.

Add the AML courses staff take with New.</source>
            <translation>Курстар әлі жоқ.

Қызметкерлерге арналған КЖ/ТҚҚ курстарын «Жаңа» батырмасымен қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="212" />
            <source>Search staff…</source>
            <translation>Қызметкерді іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="225" />
            <source>Everyone</source>
            <translation>Барлығы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="236" />
            <source>Record training…</source>
            <translation>Оқытуды тіркеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="240" />
            <source>Import attendance…</source>
            <translation>Қатысуды импорттау…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="58" />
            <source>done {last} · next due {due}</source>
            <translation>өтті {last} · келесі мерзім {due}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="60" />
            <source>overdue since {due}</source>
            <translation>{due} бастап мерзімі өтті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="107" />
            <source>not required for this role</source>
            <translation>бұл рөл үшін талап етілмейді</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="180" />
            <source>sessions</source>
            <translation>сабақтар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="183" />
            <source>Who attended which course when. Import attendance sheets with the header date,course,staff,completed,score,certificate,notes.</source>
            <translation>Кім қай курсқа қашан қатысты. Қатысу парақтарын date,course,staff,completed,score,certificate,notes тақырыбымен импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="185" />
            <source>Search course, trainer…</source>
            <translation>Курс, оқытушы бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="186" />
            <source>No sessions yet.

Record one with New, or import an attendance sheet (CSV or XLSX) with Import…</source>
            <translation>Сабақтар әлі жоқ.

Сабақты «Жаңа» батырмасымен жазыңыз немесе қатысу парағын (CSV не XLSX) «Импорт…» батырмасымен импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="227" />
            <source>Someone overdue</source>
            <translation>Мерзімі өткендер бар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="228" />
            <source>Due (nothing overdue)</source>
            <translation>Мерзімі жақын (мерзімі өткен жоқ)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="229" />
            <source>Up to date</source>
            <translation>Өзекті</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="269" />
            <source>{staff} staff · {overdue} overdue · {due} due · {done} done</source>
            <translation>Қызметкерлер: {staff} · мерзімі өткен: {overdue} · мерзімі жақын: {due} · өтті: {done}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="28" />
            <source>Customer: IIN/BIN or #number</source>
            <translation>Клиент: ЖСН/БСН немесе #нөмір</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="29" />
            <source>Direction (in/out)</source>
            <translation>Бағыты (in/out)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="33" />
            <source>Value in USD</source>
            <translation>USD сомасы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="36" />
            <source>Originator's name</source>
            <translation>Жіберушінің аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="37" />
            <source>Originator's wallet</source>
            <translation>Жіберушінің әмияны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="38" />
            <source>Originator's ID, address or birth data</source>
            <translation>Жіберушінің ID, мекенжайы немесе туу деректері</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="39" />
            <source>Beneficiary's name</source>
            <translation>Алушының аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="40" />
            <source>Beneficiary's wallet</source>
            <translation>Алушының әмияны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="41" />
            <source>Reference (your transaction id)</source>
            <translation>Нөмір (операцияның сіздегі ID)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="48" />
            <source>Deposits and withdrawals of your customers, imported from your systems and linked to the customer file. Transfers carry the originator's and beneficiary's data (Travel Rule: AIFC AML 11-1.1 from about 10 Sep 2024 for AIFC firms, full data from USD 1,000; AFM Order No. 5 of 30 Oct 2024 outside the AIFC, entered from the statute); missing data is shown in amber.</source>
            <translation>Клиенттеріңіздің жүйелеріңізден импортталған және клиенттің іс қағаздарымен байланыстырылған толықтырулары мен қаражатты шығарулары. Аударымдарда жіберуші мен алушының деректері болады (Travel Rule, аударым ережесі: АХҚО компаниялары үшін — шамамен 2024 жылғы 10 қыркүйектен AIFC AML 11-1.1, толық деректер 1 000 USD бастап; АХҚО-дан тыс — ҚМА-ның 2024 жылғы 30 қазандағы № 5 бұйрығы, мәндері заң мәтіні бойынша енгізіледі); жетіспейтін деректер сары түспен көрсетіледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="64" />
            <source>transactions</source>
            <translation>операциялар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="65" />
            <source>Search reference, wallet, name, provider, customer…</source>
            <translation>Нөмір, әмиян, аты, провайдер, клиент бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="67" />
            <source>No transactions yet.

Import a CSV or XLSX export of your transactions with Import… (columns: date, customer IIN/BIN, direction in/out, asset, amount, values in KZT and USD, counterparty and Travel Rule data).</source>
            <translation>Әзірге операциялар жоқ.

Операциялардың CSV немесе XLSX экспортын «Импорт…» батырмасымен импорттаңыз (бағандар: күні, клиенттің ЖСН/БСН, бағыты in/out, актив, мөлшері, KZT және USD сомалары, контрагент және Travel Rule деректері).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="86" />
            <source>IIN/BIN, #number or name</source>
            <translation>ЖСН/БСН, #нөмір немесе аты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="97" />
            <source>Show all</source>
            <translation>Барлығын көрсету</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="104" />
            <source>Counterparty providers…</source>
            <translation>Контрагент-провайдерлер…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="107" />
            <source>Apply the monitoring rules and the Travel Rule check</source>
            <translation>Мониторинг ережелері мен Travel Rule тексеруін қолдану</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="134" />
            <source>Any import</source>
            <translation>Кез келген импорт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="160" />
            <source>Transactions are imported from your systems: Import…</source>
            <translation>Операциялар жүйелеріңізден импортталады: «Импорт…»</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="150" />
            <source>Showing {count} transaction|Showing {count} transactions</source>
            <translation>Көрсетілген операциялар: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="209" />
            <source>Imported from {file}: {count} transactions; {missing} transfer lacks Travel Rule data. Run monitoring to raise the alerts.|Imported from {file}: {count} transactions; {missing} transfers lack Travel Rule data. Run monitoring to raise the alerts.</source>
            <translation>{file} файлынан импортталды: операциялар — {count}; деректерді беру ережесі бойынша деректері жоқ аударымдар — {missing}. Ескертулерді құру үшін мониторингті іске қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="15" />
            <source>Exchanges the firm sells mined coin through. A sale counts towards the mandatory sale when its venue's AIFC licence was active and valid on the sale date.</source>
            <translation>Компания өндірілген монеталарды сататын биржалар. Сату күні алаңның АХҚО лицензиясы күшінде болса, сату міндетті сатуға есептеледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="19" />
            <source>venues</source>
            <translation>алаңдар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="22" />
            <source>Search name, jurisdiction, licence…</source>
            <translation>Атауы, юрисдикция, лицензия бойынша іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="24" />
            <source>No venues yet.

Add the exchanges you sell through with New (Ctrl+N), with their AIFC licence, before importing their trade histories on the Sales page.</source>
            <translation>Әзірге алаңдар жоқ.

«Сатылым» бетінде мәмілелер тарихын импорттамас бұрын, сататын биржаларыңызды АХҚО лицензиясымен бірге «Жаңа» (Ctrl+N) батырмасымен қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/refusals.py" line="18" />
            <source>Sign in to do this.</source>
            <translation>Мұны істеу үшін жүйеге кіріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/refusals.py" line="21" />
            <source>Your role, {role}, may not do this.</source>
            <translation>Сіздің рөліңіз — {role} — мұны істеуге рұқсат бермейді.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="108" />
            <source>record</source>
            <translation>жазба</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="109" />
            <source>records</source>
            <translation>жазбалар</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="111" />
            <source>Search…</source>
            <translation>Іздеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="112" />
            <source>Nothing here yet.</source>
            <translation>Мұнда әзірге ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="191" />
            <source>Show retired</source>
            <translation>Шығарылғандарды көрсету</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="412" />
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Excel кітабы (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="199" />
            <source>New</source>
            <translation>Жаңа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="200" />
            <source>Edit</source>
            <translation>Өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="203" />
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="218" />
            <source>New (Ctrl+N)</source>
            <translation>Жаңа (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="254" />
            <source>{nouns}: {count}</source>
            <translation>{nouns}: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="367" />
            <source>Import {nouns}</source>
            <translation>Импорт: {nouns}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="377" />
            <source>Importing {file}</source>
            <translation>{file} импортталуда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="410" />
            <source>Export {nouns}</source>
            <translation>Экспорт: {nouns}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="424" />
            <source>Exporting to {file}</source>
            <translation>{file} файлына экспорт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="335" />
            <source>Select a {noun} first.</source>
            <translation>Алдымен жазбаны таңдаңыз ({noun}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="343" />
            <source>Select a {noun} to retire.</source>
            <translation>Шығарылатын жазбаны таңдаңыз ({noun}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="349" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="359" />
            <source>Retire {noun}</source>
            <translation>Жазбаны шығару ({noun})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="351" />
            <source>Retired {nouns} are kept, never deleted, and marked with your reason.
Reason:</source>
            <translation>Шығарылған жазбалар ({nouns}) сақталады, ешқашан жойылмайды және сіздің себебіңізбен белгіленеді.
Себебі:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="402" />
            <source>Nothing was imported from {file}: {error}</source>
            <translation>{file} файлынан ештеңе импортталмады: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="428" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="429" />
            <source>Written to {path}: {count} {nouns}.</source>
            <translation>{path} ішіне жазылды: {count} ({nouns}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/sidebar.py" line="45" />
            <source>Compliance desk</source>
            <translation>Комплаенс жұмыс орны</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/sign_in_flow.py" line="41" />
            <source>Read only</source>
            <translation>Тек оқу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/sign_in_flow.py" line="43" />
            <source>{login} is not an active officer of this firm, so Kuzet only reads. Ask your administrator to add them (kuzet admin officer add).</source>
            <translation>{login} осы компанияның белсенді қызметкері емес, сондықтан Kuzet деректерді тек оқиды. Әкімшіңізден оны қосуды сұраңыз (kuzet admin officer add).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/single_instance.py" line="63" />
            <source>the Kuzet window</source>
            <translation>Kuzet терезесі</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/table_model.py" line="148" />
            <location filename="../../desktop/kuzet/ui/table_view.py" line="149" />
            <source>{title}: {value}</source>
            <translation>{title}: {value}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/tasks.py" line="75" />
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/tasks.py" line="95" />
            <source>{title}: cancelling…</source>
            <translation>{title}: тоқтатылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/team_open.py" line="67" />
            <source>The server refused the password of {login}. Type it again.</source>
            <translation>Сервер {login} пайдаланушысының құпиясөзін қабылдамады. Оны қайта теріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/team_open.py" line="69" />
            <source>The server asks for the password of {login}.</source>
            <translation>Сервер {login} пайдаланушысының құпиясөзін сұрайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/team_open.py" line="73" />
            <source>{server}: cannot connect: {problem}</source>
            <translation>{server}: қосылу мүмкін емес: {problem}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/team_start.py" line="65" />
            <location filename="../../desktop/kuzet/ui/team_start.py" line="124" />
            <source>Connecting…</source>
            <translation>Қосылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/team_start.py" line="115" />
            <source>Waiting for the password…</source>
            <translation>Құпиясөз күтілуде…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/team_start.py" line="64" />
            <source>Connecting to {server}…</source>
            <translation>{server} серверіне қосылуда…</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="7" />
            <source>Customers: the firm's home jurisdiction</source>
            <translation>Клиенттер: компанияның юрисдикциясы</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="16" />
            <source>Beneficial owner: ownership threshold</source>
            <translation>Бенефициарлық меншік иесі: иелік ету шегі</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="18" />
            <source>percent (at or above)</source>
            <translation>пайыз (кемінде)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="26" />
            <source>PEP categories</source>
            <translation>ЖЛТ санаттары</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="40" />
            <source>PEP status: months it lasts after leaving office</source>
            <translation>ЖЛТ мәртебесі: лауазымнан кеткеннен кейін неше ай сақталады</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="42" />
            <source>months, by PEP kind</source>
            <translation>ай, ЖЛТ түрі бойынша</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="50" />
            <source>PEP kinds: the day the PEP rules apply to each kind</source>
            <translation>ЖЛТ түрлері: әр түрге ЖЛТ ережелері қай күннен бастап қолданылады</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="52" />
            <source>first day, by PEP kind (kinds not listed: always)</source>
            <translation>бірінші күн, ЖЛТ түрі бойынша (көрсетілмеген түрлер — әрқашан)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="60" />
            <source>Customer risk: points by customer type</source>
            <translation>Клиент тәуекелі: клиент түрі бойынша ұпай</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="62" />
            <location filename="../rules/customers.toml" line="62" />
            <location filename="../rules/customers.toml" line="62" />
            <location filename="../rules/customers.toml" line="62" />
            <location filename="../rules/customers.toml" line="62" />
            <source>points</source>
            <translation>ұпай</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="69" />
            <source>Customer risk: points by PEP category (the customer's or a beneficial owner's)</source>
            <translation>Клиент тәуекелі: ЖЛТ санаты бойынша ұпай (клиенттің немесе бенефициарлық меншік иесінің)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="78" />
            <source>Customer risk: points by jurisdiction (citizenship, residence, owners)</source>
            <translation>Клиент тәуекелі: юрисдикция бойынша ұпай (азаматтығы, тұрғылықты жері, бенефициарлық меншік иелері)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="88" />
            <source>FATF high-risk jurisdictions (black list: call for action and enhanced due diligence)</source>
            <translation>ФАТФ-тың жоғары тәуекелді юрисдикциялары (қара тізім: әрекетке шақыру және күшейтілген тиісінше тексеру)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="90" />
            <location filename="../rules/customers.toml" line="90" />
            <source>ISO 3166-1 alpha-2 codes</source>
            <translation>ISO 3166-1 alpha-2 кодтары</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="102" />
            <source>FATF jurisdictions under increased monitoring (grey list)</source>
            <translation>ФАТФ-тың күшейтілген мониторингтегі юрисдикциялары (сұр тізім)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="118" />
            <source>Customer risk: products and services, with points</source>
            <translation>Клиент тәуекелі: өнімдер мен қызметтер, ұпайларымен</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="134" />
            <source>Customer risk: delivery channels, with points</source>
            <translation>Клиент тәуекелі: қызмет көрсету арналары, ұпайларымен</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="147" />
            <source>Customer risk: sources of funds, with points</source>
            <translation>Клиент тәуекелі: қаражат көздері, ұпайларымен</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="164" />
            <source>Customer risk: points while a screening hit is open or confirmed</source>
            <translation>Клиент тәуекелі: тізімдегі сәйкестік ашық не расталған кездегі ұпай</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="174" />
            <source>Customer risk: score at which each tier starts</source>
            <translation>Клиент тәуекелі: әр деңгей басталатын балл</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="184" />
            <source>Periodic review interval by risk tier</source>
            <translation>Тәуекел деңгейі бойынша қайта қарау кезеңділігі</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="186" />
            <location filename="../rules/licences.toml" line="25" />
            <location filename="../rules/programme.toml" line="213" />
            <location filename="../rules/records.toml" line="6" />
            <location filename="../rules/records.toml" line="6" />
            <source>years</source>
            <translation>жыл</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="193" />
            <source>Customer reviews and ID documents: days ahead on the dashboard</source>
            <translation>Клиенттерді қайта қарау және құжаттар: Басты бетте неше күн бұрын көрсету</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="195" />
            <location filename="../rules/licences.toml" line="72" />
            <location filename="../rules/mining.toml" line="40" />
            <location filename="../rules/mining.toml" line="40" />
            <location filename="../rules/mining.toml" line="40" />
            <location filename="../rules/mining.toml" line="40" />
            <location filename="../rules/programme.toml" line="204" />
            <location filename="../rules/programme.toml" line="204" />
            <location filename="../rules/programme.toml" line="204" />
            <location filename="../rules/programme.toml" line="204" />
            <location filename="../rules/programme.toml" line="204" />
            <location filename="../rules/screening.toml" line="56" />
            <location filename="../rules/screening.toml" line="56" />
            <source>days</source>
            <translation>күн</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="202" />
            <source>EDD: risk tiers that require it (PEPs always do)</source>
            <translation>Күшейтілген тиісінше тексеру: оны талап ететін тәуекел деңгейлері (ЖЛТ — әрқашан)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="210" />
            <source>Customer ID documents</source>
            <translation>Клиенттің жеке басын куәландыратын құжаттар</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="225" />
            <source>Customer documents: categories</source>
            <translation>Клиент құжаттары: санаттар</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="9" />
            <source>Kuzet product default (firms licensed in Kazakhstan or the AIFC)</source>
            <translation>Kuzet-тің әдепкі мәні (Қазақстанда немесе АХҚО-да лицензияланған фирмалар)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="19" />
            <source>Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction", Art. 1 (beneficial owner: more than 25%, as commonly cited); Kuzet applies 25% or more, or control, as the stricter reading</source>
            <translation>ҚР № 191-IV «Қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға), терроризмді қаржыландыруға және жаппай қырып-жою қаруын таратуды қаржыландыруға қарсы іс-қимыл туралы» Заңы, 1-бап (бенефициарлық меншік иесі: әдетте келтірілгендей 25%-дан астам); Kuzet неғұрлым қатаң түсіндірме ретінде 25% және одан көп немесе бақылауды қолданады</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="28" />
            <source>Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction", Art. 1 (public officials); FATF Recommendation 12 (foreign, domestic, international organisation; family and close associates)</source>
            <translation>ҚР № 191-IV «Қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға), терроризмді қаржыландыруға және жаппай қырып-жою қаруын таратуды қаржыландыруға қарсы іс-қимыл туралы» Заңы, 1-бап (жария лауазымды тұлғалар); ФАТФ-тың 12-ұсынымы (шетелдік, отандық, халықаралық ұйым; отбасы мүшелері және жақын адамдар)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="32" />
            <source>Foreign PEP</source>
            <translation>Шетелдік ЖЛТ</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="33" />
            <source>Domestic PEP</source>
            <translation>Ұлттық ЖЛТ</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="34" />
            <source>International organisation</source>
            <translation>Халықаралық ұйымның лауазымды тұлғасы</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="35" />
            <source>Family member of a PEP</source>
            <translation>ЖЛТ отбасы мүшесі</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="36" />
            <source>Close associate of a PEP</source>
            <translation>ЖЛТ-ның жақын адамы</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="43" />
            <source>KPMG Kazakhstan, December 2021, on the amendments to Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction": domestic PEPs from 1 Jan 2022, status lasting 12 months after leaving office</source>
            <translation>KPMG Қазақстан, 2021 жылғы желтоқсан, ҚР № 191-IV «Қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға), терроризмді қаржыландыруға және жаппай қырып-жою қаруын таратуды қаржыландыруға қарсы іс-қимыл туралы» Заңы түзетулер туралы: 01.01.2022 бастап отандық ЖЛТ, мәртебе лауазымнан кеткеннен кейін 12 ай сақталады</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="53" />
            <source>KPMG Kazakhstan, December 2021, on the amendments to Law No. 191-IV: the PEP measures extend to domestic PEPs from 1 Jan 2022</source>
            <translation>KPMG Қазақстан, 2021 жылғы желтоқсан, № 191-IV Заңға түзетулер туралы: ЖЛТ шаралары 01.01.2022 бастап отандық ЖЛТ-ға да қолданылады</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="63" />
            <location filename="../rules/customers.toml" line="63" />
            <location filename="../rules/customers.toml" line="63" />
            <location filename="../rules/customers.toml" line="63" />
            <location filename="../rules/customers.toml" line="63" />
            <location filename="../rules/customers.toml" line="63" />
            <location filename="../rules/customers.toml" line="63" />
            <location filename="../rules/licences.toml" line="73" />
            <location filename="../rules/mining.toml" line="41" />
            <location filename="../rules/mining.toml" line="41" />
            <location filename="../rules/mining.toml" line="41" />
            <location filename="../rules/mining.toml" line="41" />
            <location filename="../rules/monitoring.toml" line="58" />
            <location filename="../rules/monitoring.toml" line="58" />
            <location filename="../rules/monitoring.toml" line="58" />
            <location filename="../rules/monitoring.toml" line="58" />
            <location filename="../rules/monitoring.toml" line="58" />
            <location filename="../rules/programme.toml" line="196" />
            <location filename="../rules/programme.toml" line="196" />
            <location filename="../rules/programme.toml" line="196" />
            <location filename="../rules/programme.toml" line="196" />
            <location filename="../rules/programme.toml" line="196" />
            <location filename="../rules/programme.toml" line="196" />
            <location filename="../rules/screening.toml" line="20" />
            <location filename="../rules/screening.toml" line="20" />
            <location filename="../rules/screening.toml" line="20" />
            <location filename="../rules/screening.toml" line="20" />
            <location filename="../rules/screening.toml" line="20" />
            <source>Kuzet product default</source>
            <translation>Kuzet-тің әдепкі мәні</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="72" />
            <source>Kuzet product default after FATF Recommendation 12 (foreign PEPs always high risk)</source>
            <translation>ФАТФ-тың 12-ұсынымы бойынша Kuzet-тің әдепкі мәні (шетелдік ЖЛТ — әрқашан жоғары тәуекел)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="81" />
            <source>Kuzet product default; FATF lists in customers.fatf.*</source>
            <translation>Kuzet-тің әдепкі мәні; ФАТФ тізімдері customers.fatf.* ішінде</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="91" />
            <source>FATF public statement 'High-Risk Jurisdictions subject to a Call for Action' (fatf-gafi.org), as reported by secondary sources</source>
            <translation>ФАТФ-тың «Іс-қимылға шақыру қолданылатын жоғары тәуекелді юрисдикциялар» көпшілік мәлімдемесі (fatf-gafi.org), қосалқы дереккөздер бойынша</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="105" />
            <source>FATF 'Jurisdictions under Increased Monitoring' (fatf-gafi.org), as reported by secondary sources</source>
            <translation>ФАТФ-тың «Күшейтілген мониторингтегі юрисдикциялар» тізімі (fatf-gafi.org), қосалқы дереккөздер бойынша</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="111" />
            <source>Kuzet's earlier copy of the FATF list of 13 June 2025 (not confirmed by a checked source)</source>
            <translation>Kuzet-тегі ФАТФ-тың 13.06.2025 тізімінің бұрынғы көшірмесі (тексерілген дереккөзбен расталмаған)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="112" />
            <source>Kuzet's earlier copy of the FATF list of 24 October 2025 (not confirmed by a checked source)</source>
            <translation>Kuzet-тегі ФАТФ-тың 24.10.2025 тізімінің бұрынғы көшірмесі (тексерілген дереккөзбен расталмаған)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="120" />
            <source>Kuzet product default for a miner that runs an exchange desk</source>
            <translation>Айырбастау пунктін жүргізетін майнерге арналған Kuzet-тің әдепкі мәні</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="124" />
            <source>Crypto–fiat exchange</source>
            <translation>Криптовалютаны фиатқа айырбастау</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="125" />
            <source>Trading platform account</source>
            <translation>Сауда платформасындағы шот</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="126" />
            <source>OTC block trades</source>
            <translation>Биржадан тыс ірі мәмілелер (OTC)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="127" />
            <location filename="../rules/programme.toml" line="34" />
            <source>Custody of digital assets</source>
            <translation>Цифрлық активтерді сақтау</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="128" />
            <source>Purchase of mined coin (offtake)</source>
            <translation>Өндірілген монеталарды сатып алу (offtake)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="129" />
            <source>Mining hosting services</source>
            <translation>Майнинг хостингі қызметтері</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="130" />
            <source>Other service</source>
            <translation>Басқа қызмет</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="140" />
            <source>In person, original documents seen</source>
            <translation>Жеке өзі, құжаттардың түпнұсқалары көрсетілген</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="141" />
            <source>Remote, with verified digital identity (eGov, biometrics)</source>
            <translation>Қашықтан, расталған цифрлық сәйкестендірумен (eGov, биометрия)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="142" />
            <source>Remote, documents by upload only</source>
            <translation>Қашықтан, тек құжаттарды жүктеу арқылы</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="143" />
            <source>Through an introducer or agent</source>
            <translation>Делдал немесе агент арқылы</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="153" />
            <source>Salary or pension</source>
            <translation>Жалақы немесе зейнетақы</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="154" />
            <source>Business income</source>
            <translation>Бизнестен түсетін табыс</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="155" />
            <source>Own mining</source>
            <translation>Өз майнингі</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="156" />
            <source>Savings and investments</source>
            <translation>Жинақ пен инвестициялар</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="157" />
            <source>Trading of digital assets</source>
            <translation>Цифрлық активтермен сауда</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="158" />
            <source>Inheritance or gift</source>
            <translation>Мұра немесе сыйлық</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="159" />
            <source>Loan</source>
            <translation>Қарыз</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="160" />
            <source>Not established</source>
            <translation>Анықталмаған</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="187" />
            <source>No AFSA frequency found; Kuzet default after common practice: high 1 year, medium 3, low 5</source>
            <translation>AFSA кезеңділігі табылмады; әдеттегі тәжірибе бойынша Kuzet-тің әдепкі мәні: жоғары — 1 жыл, орташа — 3, төмен — 5</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="204" />
            <source>AIFC AML/CFT and Sanctions Rules (EDD for higher risk) and FATF Recommendation 12; the AIFC text is unverified</source>
            <translation>АХҚО-ның КЖЖ/ТҚҚ және санкциялар жөніндегі қағидалары (жоғары тәуекел кезіндегі тереңдетілген тексеру) және ФАТФ-тың 12-ұсынымы; АХҚО мәтіні тексерілмеген</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="212" />
            <source>Kuzet product default (documents accepted in Kazakhstan)</source>
            <translation>Kuzet-тің әдепкі мәні (Қазақстанда қабылданатын құжаттар)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="216" />
            <source>Kazakhstan ID card</source>
            <translation>ҚР жеке куәлігі</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="217" />
            <source>Kazakhstan passport</source>
            <translation>ҚР паспорты</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="218" />
            <source>Foreign passport</source>
            <translation>Шетелдік паспорт</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="219" />
            <source>Residence permit</source>
            <translation>Тұруға ықтиярхат</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="220" />
            <source>Stateless person's certificate</source>
            <translation>Азаматтығы жоқ адамның куәлігі</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="221" />
            <source>Other ID document</source>
            <translation>Жеке басты куәландыратын басқа құжат</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="231" />
            <source>ID document scan</source>
            <translation>Жеке басты куәландыратын құжаттың сканы</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="232" />
            <source>Proof of address</source>
            <translation>Мекенжайды растау</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="233" />
            <source>Registration certificate or extract</source>
            <translation>Тіркеу туралы анықтама немесе үзінді</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="234" />
            <source>Ownership structure</source>
            <translation>Меншік құрылымы</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="235" />
            <source>Source of wealth evidence</source>
            <translation>Әл-ауқат көзінің дәлелі</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="236" />
            <source>Source of funds evidence</source>
            <translation>Қаражат көзінің дәлелі</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="237" />
            <source>Senior management approval</source>
            <translation>Басшылықтың мақұлдауы</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="238" />
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="16" />
            <source>Findings: severity of each kind of finding</source>
            <translation>Кемшіліктер: әр түрдің маңыздылығы</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="18" />
            <source>kind = critical | high | medium | info</source>
            <translation>түрі = critical (сыни) | high (жоғары) | medium (орташа) | info (мәлімет үшін)</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="89" />
            <source>Licences under which the firm may mine (and sell what it mined)</source>
            <translation>Компания майнинг жүргізе (және өндіргенін сата) алатын лицензиялар</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="91" />
            <location filename="../rules/findings.toml" line="91" />
            <source>keys of rule licence.types</source>
            <translation>licence.types ережесінің кілттері</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="99" />
            <source>Licences under which the firm may deal for customers (exchange, platform)</source>
            <translation>Компания клиенттермен жұмыс істей алатын лицензиялар (айырбастау, платформа)</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="19" />
            <source>Kuzet product default: how urgently a compliance desk must act on each kind of finding; critical where continuing would itself be a breach of the sanctions, AML or licensing law</source>
            <translation>Kuzet-тің әдепкі мәні: комплаенс қызметі ескертудің әр түрі бойынша қаншалықты шұғыл әрекет етуі керек; жұмысты жалғастырудың өзі санкциялар, КЖЖ немесе лицензиялау туралы заңды бұзатын болса — шешуші</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="92" />
            <source>Law on Digital Assets No. 193-VII of 6 Feb 2023, Art. 9 (digital mining is licensed; subtypes I and II)</source>
            <translation>ҚР «Қазақстан Республикасындағы цифрлық активтер туралы» 2023 жылғы 6 ақпандағы № 193-VII Заңы, 9-бап (цифрлық майнинг лицензияланады; I және II кіші түрлері)</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="102" />
            <source>AIFC Rules on Digital Asset Activities (AFSA licence); National Bank of Kazakhstan, 2025 amendments on digital assets (exchange operator licence, platform registration)</source>
            <translation>АХҚО-ның цифрлық активтермен жұмыс қағидалары (AFSA лицензиясы); Қазақстан Ұлттық Банкі, цифрлық активтер туралы 2025 жылғы түзетулер (айырбастау операторының лицензиясы, платформаны тіркеу)</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="5" />
            <source>Licence and registration types</source>
            <translation>Лицензиялар мен тіркеулердің түрлері</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="23" />
            <source>Digital mining licence: term</source>
            <translation>Цифрлық майнингке лицензия: мерзімі</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="32" />
            <source>Digital mining licence: suspension period (minimum and maximum)</source>
            <translation>Цифрлық майнингке лицензия: тоқтата тұру мерзімі (ең аз және ең көп)</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="34" />
            <location filename="../rules/pack.toml" line="12" />
            <location filename="../rules/programme.toml" line="69" />
            <location filename="../rules/programme.toml" line="69" />
            <location filename="../rules/programme.toml" line="69" />
            <location filename="../rules/programme.toml" line="69" />
            <location filename="../rules/screening.toml" line="29" />
            <source>months</source>
            <translation>ай</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="41" />
            <source>AFSA licence: term</source>
            <translation>AFSA лицензиясы: мерзімі</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="50" />
            <source>NBK licences: minimum charter capital</source>
            <translation>ҰБ лицензиялары: ең төменгі жарғылық капитал</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="52" />
            <location filename="../rules/monitoring.toml" line="93" />
            <source>KZT</source>
            <translation>KZT</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="60" />
            <source>NBK platform registration: decision period</source>
            <translation>Платформаны ҰБ-да тіркеу: шешім мерзімі</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="62" />
            <source>working days</source>
            <translation>жұмыс күні</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="70" />
            <source>Renewal reminders: days before expiry</source>
            <translation>Ұзарту туралы еске салу: аяқталуға неше күн қалғанда</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="7" />
            <source>Law on Digital Assets No. 193-VII of 6 Feb 2023 (Art. 9); AIFC; NBK 2025 amendments</source>
            <translation>ҚР «Қазақстан Республикасындағы цифрлық активтер туралы» 2023 жылғы 6 ақпандағы № 193-VII Заңы (9-бап); АХҚО; ҚҰБ-тің 2025 жылғы түзетулері</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="13" />
            <source>Digital mining licence, subtype I (own data centre)</source>
            <translation>Цифрлық майнингке лицензия, I кіші түрі (өз деректер орталығы)</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="14" />
            <source>Digital mining licence, subtype II (hosted hardware)</source>
            <translation>Цифрлық майнингке лицензия, II кіші түрі (орналастырылған жабдық)</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="15" />
            <source>AFSA licence (AIFC digital-asset activity)</source>
            <translation>AFSA лицензиясы (АХҚО-дағы цифрлық активтермен қызмет)</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="16" />
            <source>NBK licence: crypto exchange operator</source>
            <translation>ҰБ лицензиясы: криптовалюта айырбастау операторы</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="17" />
            <source>NBK registration: digital-asset platform operator</source>
            <translation>ҰБ-да тіркелу: цифрлық активтер платформасының операторы</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="18" />
            <source>Other licence or permit</source>
            <translation>Басқа лицензия немесе рұқсат</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="26" />
            <location filename="../rules/licences.toml" line="26" />
            <source>Law on Digital Assets No. 193-VII of 6 Feb 2023, Art. 9</source>
            <translation>ҚР «Қазақстан Республикасындағы цифрлық активтер туралы» 2023 жылғы 6 ақпандағы № 193-VII Заңы, 9-бап</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="43" />
            <source>No fixed term found in the AIFC rules</source>
            <translation>АХҚО қағидаларында тіркелген мерзім табылмады</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="53" />
            <source>National Bank of Kazakhstan (nationalbank.kz pages on licensing and registration of digital-asset businesses)</source>
            <translation>Қазақстан Ұлттық Банкі (цифрлық активтер бизнесін лицензиялау және тіркеу туралы nationalbank.kz беттері)</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="63" />
            <source>National Bank of Kazakhstan (nationalbank.kz pages on registration of digital-asset platforms)</source>
            <translation>Қазақстан Ұлттық Банкі (цифрлық актив платформаларын тіркеу туралы nationalbank.kz беттері)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="6" />
            <source>Mandatory sale: share of mined assets to sell through qualifying exchanges</source>
            <translation>Міндетті сату: рұқсат етілген биржалар арқылы сатылатын өндірілген активтердің үлесі</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="8" />
            <source>share of the amount mined in the period (0.75 = 75%)</source>
            <translation>кезеңде өндірілгеннің үлесі (0.75 = 75%)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="19" />
            <source>Mandatory sale: which exchanges count (the kinds of licence a venue needs)</source>
            <translation>Міндетті сату: қандай биржалар есептеледі (алаңға қажет лицензия түрлері)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="21" />
            <source>licence kinds: aifc (licensed by the AFSA in the AIFC), nbk_licence (licensed by the National Bank), nbk_registration (registered by the National Bank)</source>
            <translation>лицензия түрлері: aifc (АХҚО-дағы AFSA лицензиясы), nbk_licence (Ұлттық Банк лицензиясы), nbk_registration (Ұлттық Банкте тіркелу)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="29" />
            <source>Mandatory sale: the period the share is checked over</source>
            <translation>Міндетті сату: үлес тексерілетін кезең</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="38" />
            <source>Mandatory sale: warn this many days before a period ends when it is projected to fall short</source>
            <translation>Міндетті сату: болжамды жетіспеушілік туралы кезең соңына неше күн қалғанда ескерту</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="47" />
            <source>Mining fee: rate by the miner's average electricity price</source>
            <translation>Майнинг үшін төлем: майнердің электр энергиясының орташа бағасы бойынша мөлшерлеме</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="49" />
            <source>KZT per kWh; price_from = lowest average price (KZT per kWh) of the band, inclusive; a row without a rate is a band whose rate is not known</source>
            <translation>кВт·сағ үшін KZT; price_from — диапазонның ең төменгі орташа бағасы (кВт·сағ үшін KZT), қоса алғанда; мөлшерлемесіз жол — мөлшерлемесі белгісіз диапазон</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="65" />
            <source>Mining fee: special rates (where several apply, the highest)</source>
            <translation>Майнинг үшін төлем: арнайы мөлшерлемелер (бірнешеуі қолданылса — ең жоғарысы)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="67" />
            <source>KZT per kWh</source>
            <translation>кВт·сағ үшін KZT</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="75" />
            <source>Mining fee: payment due date</source>
            <translation>Майнинг үшін төлем: төлеу мерзімі</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="88" />
            <source>Mining fee: quarterly declaration due date</source>
            <translation>Майнинг үшін төлем: тоқсандық декларация мерзімі</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="100" />
            <source>Energy: grid electricity for digital mining is bought only at the centralised daily auctions (KOREM)</source>
            <translation>Энергия: цифрлық майнингке желіден электр энергиясы тек орталықтандырылған тәуліктік сауда-саттықта (КОРЭМ) сатып алынады</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="109" />
            <source>Mining fee: show the payment on the Dashboard this many days before it is due</source>
            <translation>Майнинг үшін төлем: төлемді мерзіміне неше күн қалғанда Басты бетте көрсету</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="118" />
            <source>Income tax on mining: the officer's estimate rate (none unless entered)</source>
            <translation>Майнингтен табыс салығы: қызметкер бағалауының мөлшерлемесі (енгізілмесе — жоқ)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="120" />
            <source>a decimal share, e.g. 0.10 (empty: no estimate)</source>
            <translation>ондық үлес, мысалы 0.10 (бос — бағаламау)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="128" />
            <source>Mined coins: tax value on the day of receipt at the State Revenue Committee's published price</source>
            <translation>Өндірілген монеталар: Мемлекеттік кірістер комитеті жариялаған баға бойынша алынған күнгі салықтық құны</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="137" />
            <source>Income tax estimate: show it beside the fee</source>
            <translation>Табыс салығын бағалау: төлемнің қасында көрсету</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="145" />
            <source>Mining pools: hardware and software must be located in Kazakhstan</source>
            <translation>Майнинг пулдары: жабдық пен бағдарламалық жасақтама Қазақстанда орналасуы керек</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="154" />
            <source>Pool operators: report of each distribution of mined assets to the tax authority (Qoldau.kz)</source>
            <translation>Пул операторлары: өндірілген активтердің әр бөлінуі туралы салық органына есеп (Qoldau.kz)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="163" />
            <source>Pool accreditations: reminders before expiry</source>
            <translation>Пулдарды аккредиттеу: мерзімі аяқталғанға дейін еске салу</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="172" />
            <source>Venues: reminders before an AIFC licence's recorded validity ends</source>
            <translation>Алаңдар: АХҚО лицензиясының жазылған мерзімі аяқталғанға дейін еске салу</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="9" />
            <source>Law on Digital Assets No. 193-VII of 6 Feb 2023, Art. 8(4) (the obligation); the share: several secondary sources agree on 50% in 2024 and 75% from 2025</source>
            <translation>ҚР «Қазақстан Республикасындағы цифрлық активтер туралы» 2023 жылғы 6 ақпандағы № 193-VII Заңы, 8-баптың 4-тармағы (міндет); үлес: бірнеше қосалқы дереккөз 2024 жылы 50% және 2025 жылдан бастап 75% деп келіседі</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="22" />
            <source>Law on Digital Assets No. 193-VII of 6 Feb 2023, Art. 8(4) (exchanges licensed in the AIFC); whether exchanges licensed or registered by the National Bank also count after Law No. 231-VIII of November 2025 is unconfirmed</source>
            <translation>ҚР «Қазақстан Республикасындағы цифрлық активтер туралы» 2023 жылғы 6 ақпандағы № 193-VII Заңы, 8-баптың 4-тармағы (АХҚО-да лицензияланған биржалар); 2025 жылғы қарашадағы № 231-VIII Заңнан кейін Ұлттық Банк лицензиялаған немесе тіркеген биржалар да есепке алына ма — расталмаған</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="31" />
            <source>Kuzet product default: calendar quarters, configurable</source>
            <translation>Kuzet-тің әдепкі мәні: күнтізбелік тоқсандар, баптауға болады</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="50" />
            <location filename="../rules/mining.toml" line="50" />
            <source>Tax Code of the Republic of Kazakhstan, Art. 606-3, as amended by Law No. 135-VII of 11 Jul 2022 (from 1 Jan 2023), as reported by secondary sources</source>
            <translation>Қазақстан Республикасының Салық кодексі, 606-3-бап, 11.07.2022 № 135-VII Заңның редакциясында (01.01.2023 бастап), қосалқы дереккөздер бойынша</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="77" />
            <source>Tax Code of the Republic of Kazakhstan, Art. 606-5(2), as amended by Law No. 135-VII of 11 Jul 2022 (from 1 Jan 2023), as reported by secondary sources</source>
            <translation>Қазақстан Республикасының Салық кодексі, 606-5-баптың 2-тармағы, 11.07.2022 № 135-VII Заңның редакциясында (01.01.2023 бастап), қосалқы дереккөздер бойынша</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="82" />
            <source>Tax Code of the Republic of Kazakhstan, mining fee, 2022 wording (secondary sources; not re-checked)</source>
            <translation>Қазақстан Республикасының Салық кодексі, майнинг төлемі, 2022 жылғы редакция (қосалқы дереккөздер; қайта тексерілмеген)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="84" />
            <source>Tax Code of 18 Jul 2025 (in force 1 Jan 2026): the mining fee's payment date not yet re-checked in the new Code</source>
            <translation>18.07.2025 Салық кодексі (01.01.2026 бастап күшінде): майнинг төлемін төлеу мерзімі жаңа Кодекс бойынша әлі қайта тексерілмеген</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="90" />
            <source>Tax Code of the Republic of Kazakhstan, Art. 606-4(2), as reported by secondary sources</source>
            <translation>Қазақстан Республикасының Салық кодексі, 606-4-баптың 2-тармағы, қосалқы дереккөздер бойынша</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="96" />
            <source>Tax Code of 18 Jul 2025 (in force 1 Jan 2026): the declaration date not yet re-checked in the new Code</source>
            <translation>18.07.2025 Салық кодексі (01.01.2026 бастап күшінде): декларация мерзімі жаңа Кодекс бойынша әлі қайта тексерілмеген</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="102" />
            <source>Electricity market rules for digital miners from 1 Jul 2023 (centralised daily auctions operated by KOREM, within monthly zone quotas), as reported by secondary sources</source>
            <translation>01.07.2023 бастап цифрлық майнерлерге арналған электр энергиясы нарығының қағидалары («КОРЭМ» АҚ өткізетін орталықтандырылған күнделікті сауда-саттық, айлық аймақтық квоталар шегінде), қосалқы дереккөздер бойынша</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="121" />
            <source>No published source sets a rate: an estimate is shown only when an officer enters a rate of the firm's own (an override, audited)</source>
            <translation>Ешбір жарияланған дереккөз мөлшерлемені белгілемейді: бағалау қызметкер фирманың өз мөлшерлемесін енгізгенде ғана көрсетіледі (қайта анықтау, журналға жазылады)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="130" />
            <source>Tax Code of the Republic of Kazakhstan of 18 Jul 2025 (in force 1 Jan 2026), Art. 325(4); Order of the Minister of Finance of 25 Sep 2025 (the published prices), as reported by secondary sources</source>
            <translation>Қазақстан Республикасының 18.07.2025 Салық кодексі (01.01.2026 бастап күшінде), 325-баптың 4-тармағы; Қаржы министрінің 25.09.2025 бұйрығы (жарияланған бағалар), қосалқы дереккөздер бойынша</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="147" />
            <source>Order 142/НҚ of 11 Apr 2023 on accrediting digital mining pools (as reported by secondary sources)</source>
            <translation>Цифрлық майнинг пулдарын аккредиттеу туралы 11.04.2023 № 142/НҚ бұйрық (қосалқы дереккөздер бойынша)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="156" />
            <source>Order of the Minister of Finance of 20 Feb 2026 (distribution report through Qoldau.kz); the Tax Code amendment draft says monthly; as reported by secondary sources</source>
            <translation>Қаржы министрінің 20.02.2026 бұйрығы (Qoldau.kz арқылы бөлу есебі); Салық кодексіне түзетулер жобасында — ай сайын; қосалқы дереккөздер бойынша</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="166" />
            <source>Kuzet product default (the law gives no term; the officer enters the expiry)</source>
            <translation>Kuzet-тің әдепкі мәні (заң мерзім белгілемейді; қызметкер аяқталу күнін енгізеді)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="8" />
            <source>Threshold reports to the FIU: the catalogue of operations and their thresholds</source>
            <translation>ҚМА-ке шекті хабарламалар: операциялар тізбесі және олардың шектері</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="10" />
            <source>one row per kind of operation and counterparty condition; threshold_kzt at or above</source>
            <translation>операция түрі мен контрагент шарты бойынша бір жол; threshold_kzt — кемінде</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="25" />
            <source>Offshore zones (for threshold reports)</source>
            <translation>Офшорлық аймақтар (шекті хабарламалар үшін)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="27" />
            <source>ISO 3166-1 alpha-2 codes (or codes of territories)</source>
            <translation>ISO 3166-1 alpha-2 кодтары (немесе аумақтар кодтары)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="35" />
            <source>Large transaction: the firm's own alert threshold (not a report to the FIU)</source>
            <translation>Ірі операция: компанияның өз ескерту шегі (ҚМА-ке хабарлама емес)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="37" />
            <source>KZT (at or above)</source>
            <translation>KZT (кемінде)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="45" />
            <source>Structuring: days within which transactions just below the firm's alert threshold are counted</source>
            <translation>Бөлшектеу: компанияның ескерту шегінен сәл төмен операциялар неше күн ішінде есептеледі</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="48" />
            <source>days (the first transaction's day and the days after it)</source>
            <translation>күн (бірінші операция күні және одан кейінгі күндер)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="54" />
            <source>Structuring: how far below the firm's alert threshold (monitoring.internal_alert_kzt) a transaction counts as 'just below'</source>
            <translation>Бөлшектеу: компанияның ескерту шегінен (monitoring.internal_alert_kzt) қаншалықты төмен операция «сәл төмен» саналады</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="57" />
            <source>percent of the threshold</source>
            <translation>шектің пайызы</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="64" />
            <source>Structuring: how many such transactions within the window raise an alert</source>
            <translation>Бөлшектеу: кезең ішінде осындай қанша операция ескерту тудырады</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="66" />
            <source>transactions (at least)</source>
            <translation>операция (кемінде)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="73" />
            <source>Rapid in-and-out: days within which funds deposited are withdrawn</source>
            <translation>Жылдам енгізу-шығару: енгізілген қаражат неше күн ішінде шығарылады</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="75" />
            <source>days after the deposit (0 = the same day)</source>
            <translation>салымнан кейінгі күн (0 — сол күні)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="82" />
            <source>Rapid in-and-out: share of the deposit withdrawn within the window</source>
            <translation>Жылдам енгізу-шығару: кезең ішінде шығарылған салым үлесі</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="84" />
            <source>percent of the deposit's KZT value (at least)</source>
            <translation>салымның KZT құнының пайызы (кемінде)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="91" />
            <source>Rapid in-and-out: smallest deposit considered</source>
            <translation>Жылдам енгізу-шығару: ескерілетін ең аз салым</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="100" />
            <source>High-risk jurisdictions: the country lists transactions are checked against</source>
            <translation>Жоғары тәуекелді юрисдикциялар: операциялар тексерілетін ел тізімдері</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="102" />
            <source>rule keys of country lists in the rule pack</source>
            <translation>ережелер жинағындағы ел тізімдері ережелерінің кілттері</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="110" />
            <source>Retail residents: purchases of digital assets per calendar month allowed without a passed knowledge test</source>
            <translation>Бөлшек резиденттер: білім тестін тапсырмай бір күнтізбелік айда рұқсат етілген цифрлық актив сатып алу</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="112" />
            <source>USD per calendar month (more than this needs a passed test)</source>
            <translation>бір күнтізбелік айда USD (одан көбіне тапсырылған тест керек)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="120" />
            <source>Retail residents: count every deposit toward the monthly cap, not only purchases</source>
            <translation>Бөлшек резиденттер: айлық лимитке сатып алуларды ғана емес, әр салымды есептеу</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="122" />
            <source>yes = every deposit (money or digital assets); no = purchases only, as the rule requires</source>
            <translation>иә — әр салым (ақша немесе цифрлық активтер); жоқ — ереже талап ететіндей тек сатып алулар</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="129" />
            <source>Assets that are money, not digital assets</source>
            <translation>Цифрлық актив емес, ақша болып табылатын активтер</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="131" />
            <source>asset codes</source>
            <translation>актив кодтары</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="139" />
            <source>Travel Rule (AIFC firms): transfer value from which full originator and beneficiary data are required</source>
            <translation>Деректерді беру ережесі (АХҚО компаниялары): жіберуші мен алушының толық деректері қажет болатын аударым сомасы</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="141" />
            <source>USD (at or above)</source>
            <translation>USD (кемінде)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="149" />
            <source>Travel Rule (AIFC firms): data required for a transfer at or above the threshold</source>
            <translation>Деректерді беру ережесі (АХҚО компаниялары): шектегі немесе одан жоғары аударымға қажет деректер</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="151" />
            <location filename="../rules/monitoring.toml" line="151" />
            <source>transaction fields</source>
            <translation>операция өрістері</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="159" />
            <source>Travel Rule (AIFC firms): data required for a transfer below the threshold</source>
            <translation>Деректерді беру ережесі (АХҚО компаниялары): шектен төмен аударымға қажет деректер</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="169" />
            <source>Travel Rule (firms outside the AIFC): transfer value from which full data are required</source>
            <translation>Деректерді беру ережесі (АХҚО-дан тыс компаниялар): толық деректер қажет болатын аударым сомасы</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="171" />
            <source>USD (at or above); empty = not known yet</source>
            <translation>USD (кемінде); бос — әзірге белгісіз</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="179" />
            <source>Travel Rule (firms outside the AIFC): data required at or above the threshold</source>
            <translation>Деректерді беру ережесі (АХҚО-дан тыс компаниялар): шектегі немесе одан жоғары деректер</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="181" />
            <location filename="../rules/monitoring.toml" line="181" />
            <source>transaction fields: originator_name, originator_wallet, originator_id, beneficiary_name, beneficiary_wallet</source>
            <translation>операция өрістері: originator_name, originator_wallet, originator_id, beneficiary_name, beneficiary_wallet</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="189" />
            <source>Travel Rule (firms outside the AIFC): data required below the threshold</source>
            <translation>Деректерді беру ережесі (АХҚО-дан тыс компаниялар): шектен төмен деректер</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="199" />
            <source>Threshold report: business days after the transaction by which it is due</source>
            <translation>Шекті хабарлама: операциядан кейінгі жұмыс күндерімен мерзімі</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="201" />
            <location filename="../rules/monitoring.toml" line="201" />
            <location filename="../rules/monitoring.toml" line="201" />
            <source>business days (Kazakhstan's public holidays)</source>
            <translation>жұмыс күні (Қазақстан мерекелерін ескере отырып)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="208" />
            <source>Suspicious transaction report: business days after the decision by which it is due</source>
            <translation>Күдікті операция туралы хабарлама: шешімнен кейінгі жұмыс күндерімен мерзімі</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="218" />
            <source>Suspicious reports: suspicious client activity can be reported without an operation</source>
            <translation>Күдікті операциялар туралы хабарламалар: клиенттің күдікті әрекеті туралы операциясыз хабарлауға болады</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="220" />
            <source>yes = a report may describe a client's activity (IP addresses, devices, behaviour) with no transaction</source>
            <translation>иә — хабарлама клиенттің әрекетін (IP мекенжайлары, құрылғылар, мінез-құлық) операциясыз сипаттай алады</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="231" />
            <source>Business days: extra days off (transfers of days off decreed by the Government)</source>
            <translation>Жұмыс күндері: қосымша демалыс күндері (Үкімет қаулысымен демалыс күндерін ауыстыру)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="233" />
            <location filename="../rules/monitoring.toml" line="233" />
            <source>dates YYYY-MM-DD</source>
            <translation>ЖЖЖЖ-АА-КК күндері</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="240" />
            <source>Business days: weekend days made working days (transfers decreed by the Government)</source>
            <translation>Жұмыс күндері: жұмыс күніне айналған демалыс күндері (Үкімет қаулысымен ауыстыру)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="249" />
            <source>Frozen customer: any operation dated on or after the freeze raises a critical alert</source>
            <translation>Активтері тоқтатылған (бұғатталған) клиент: тоқтата тұру күні немесе одан кейінгі кез келген операция маңызды ескерту тудырады</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="258" />
            <source>Freeze notification: business days after the freeze (or the frozen customer's operation) by which the FIU is told</source>
            <translation>Тоқтата тұру (бұғаттау) туралы хабарлама: тоқтата тұрудан (немесе клиент операциясынан) кейін ҚМА-ке хабарлау мерзімі, жұмыс күндерімен</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="11" />
            <source>Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction", Art. 4 (as summarised by secondary sources)</source>
            <translation>ҚР № 191-IV «Қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға), терроризмді қаржыландыруға және жаппай қырып-жою қаруын таратуды қаржыландыруға қарсы іс-қимыл туралы» Заңы, 4-бап (қосалқы дереккөздердің баяндауы бойынша)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="16" />
            <source>Transfer of money or assets to or from a person registered in an offshore zone, or with an account in a bank registered in one</source>
            <translation>Офшорлық аймақта тіркелген немесе офшорлық аймақта тіркелген банкте шоты бар тұлғаға (тұлғадан) ақша немесе актив аудару</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="17" />
            <source>Transfer to or from an anonymous account</source>
            <translation>Анонимдік шотқа немесе шоттан аудару</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="18" />
            <source>Cash gambling winnings paid out</source>
            <translation>Құмар ойындардағы ұтыстарды қолма-қол ақшамен төлеу</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="19" />
            <source>Pawnshop operations</source>
            <translation>Ломбард операциялары</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="20" />
            <source>Purchase or sale of digital assets for money</source>
            <translation>Цифрлық активтерді ақшаға сатып алу немесе сату</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="21" />
            <source>Transfer of digital assets</source>
            <translation>Цифрлық активтерді аудару</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="28" />
            <source>National Bank of Kazakhstan: list of offshore zones referred to by Law 191-IV Art. 4</source>
            <translation>Қазақстан Ұлттық Банкі: № 191-IV Заңның 4-бабы сілтеме жасайтын офшорлық аймақтар тізбесі</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="38" />
            <source>Kuzet product default (the firm's own scenario; set it from the firm's risk assessment)</source>
            <translation>Kuzet-тің әдепкі мәні (фирманың өз сценарийі; оны фирманың тәуекелдерді бағалауы бойынша орнатыңыз)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="49" />
            <source>Kuzet product default (FATF typologies: splitting to stay under reporting thresholds)</source>
            <translation>Kuzet-тің әдепкі мәні (ФАТФ типологиялары: есеп беру шегінен аспау үшін бөлшектеу)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="76" />
            <source>Kuzet product default (FATF red flag indicators for virtual assets, 2020: funds moved out immediately after deposit)</source>
            <translation>Kuzet-тің әдепкі мәні (ФАТФ-тың виртуалды активтерге арналған тәуекел белгілері, 2020: қаражат түскен бойда шығарылады)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="103" />
            <source>Kuzet product default over the FATF lists in customers.fatf.*</source>
            <translation>customers.fatf.* ішіндегі ФАТФ тізімдерінің үстіне Kuzet-тің әдепкі мәні</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="113" />
            <source>AIFC Rules on Digital Asset Activities, rule 3.1.1 and its Guidance (retail clients resident in Kazakhstan); in force from 26 Oct 2021 (secondary sources)</source>
            <translation>АХҚО-ның цифрлық активтермен жұмыс қағидалары, 3.1.1-қағида және оның түсіндірмесі (Қазақстан резиденті бөлшек клиенттер); 26.10.2021 бастап күшінде (қосалқы дереккөздер)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="123" />
            <source>Kuzet product default (a firm may choose the stricter reading)</source>
            <translation>Kuzet-тің әдепкі мәні (фирма неғұрлым қатаң түсіндірмені таңдай алады)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="142" />
            <location filename="../rules/monitoring.toml" line="142" />
            <location filename="../rules/monitoring.toml" line="142" />
            <source>AIFC AML/CFT and Sanctions Rules (AML) 11-1.1</source>
            <translation>АХҚО-ның КЖЖ/ТҚҚ және санкциялар жөніндегі қағидалары (AML) 11-1.1</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="172" />
            <location filename="../rules/monitoring.toml" line="172" />
            <location filename="../rules/monitoring.toml" line="172" />
            <source>AFM Order No. 5 of 30 Oct 2024 on transfers of secured digital assets (amended 11 Dec 2025)</source>
            <translation>ҚМА-ның қамтамасыз етілген цифрлық активтерді аударымдар туралы 30.10.2024 № 5 бұйрығы (11.12.2025 өзгерістерімен)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="202" />
            <source>Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction": no later than the business day after the transaction</source>
            <translation>ҚР № 191-IV «Қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға), терроризмді қаржыландыруға және жаппай қырып-жою қаруын таратуды қаржыландыруға қарсы іс-қимыл туралы» Заңы: операциядан кейінгі жұмыс күнінен кешіктірмей</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="211" />
            <source>Deadline not confirmed in Law No. 191-IV or the AFM's rules: Kuzet's default, within 1 business day of the decision that the activity is suspicious</source>
            <translation>Мерзім № 191-IV Заңмен де, ҚМА қағидаларымен де расталмаған: Kuzet-тің әдепкі мәні — әрекет күдікті деп шешілгеннен кейін 1 жұмыс күні ішінде</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="221" />
            <source>AFM Order No. 22 of 23 Dec 2025 (the FIU's reporting rules cover suspicious client activity from 1 Apr 2026), as reported by secondary sources</source>
            <translation>ҚМА-ның 23.12.2025 № 22 бұйрығы (ҚБ-ға мәліметтер беру қағидалары 01.04.2026 бастап клиенттің күдікті әрекетін қамтиды), қосалқы дереккөздер бойынша</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="234" />
            <source>Kuzet product default: Kazakhstan's public holidays and known transfers come from the holidays package; add a decree's transfers here</source>
            <translation>Kuzet-тің әдепкі мәні: Қазақстанның мерекелері мен белгілі ауыстырулар holidays пакетінен алынады; жаңа қаулы бойынша ауыстыруларды осында қосыңыз</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="243" />
            <source>Kuzet product default: known transfers come from the holidays package; add a decree's transfers here</source>
            <translation>Kuzet-тің әдепкі мәні: белгілі ауыстырулар holidays пакетінен алынады; жаңа қаулы бойынша ауыстыруларды осында қосыңыз</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="251" />
            <source>Law 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction", Art. 12 (targeted financial sanctions: freezing the money and property of listed persons; article number not verified)</source>
            <translation>ҚР № 191-IV «Қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға), терроризмді қаржыландыруға және жаппай қырып-жою қаруын таратуды қаржыландыруға қарсы іс-қимыл туралы» Заңы, 12-бап (нысаналы қаржылық санкциялар: тізімдегі тұлғалардың ақшасы мен мүлкін тоқтата тұру; бап нөмірі тексерілмеген)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="261" />
            <source>Law 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction", Art. 12 (notice to the Financial Monitoring Agency of measures taken; deadline not verified)</source>
            <translation>ҚР № 191-IV «Қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға), терроризмді қаржыландыруға және жаппай қырып-жою қаруын таратуды қаржыландыруға қарсы іс-қимыл туралы» Заңы, 12-бап (Қаржылық мониторинг агенттігіне қабылданған шаралар туралы хабарлау; мерзімі тексерілмеген)</translation>
        </message>
        <message>
            <location filename="../rules/pack.toml" line="7" />
            <source>Kazakhstan and the AIFC: the regime as of December 2026</source>
            <translation>Қазақстан және АХҚО: 2026 жылғы желтоқсандағы режим</translation>
        </message>
        <message>
            <location filename="../rules/pack.toml" line="10" />
            <source>Rule sources: review interval</source>
            <translation>Ереже дереккөздері: қайта қарау кезеңділігі</translation>
        </message>
        <message>
            <location filename="../rules/pack.toml" line="13" />
            <source>Kuzet product default: a rule whose source was not checked within this many months is listed for review on the Rules page</source>
            <translation>Kuzet-тің әдепкі мәні: дереккөзі осынша ай тексерілмеген ереже «Ережелер» бетінде қайта қарауға шығарылады</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="10" />
            <source>Where the firm is licensed: jurisdictions</source>
            <translation>Компания қайда лицензияланған: юрисдикциялар</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="24" />
            <source>What the firm does: activities</source>
            <translation>Компания немен айналысады: қызмет түрлері</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="42" />
            <source>AIFC firms: an MLRO must be appointed</source>
            <translation>АХҚО компаниялары: MLRO тағайындалуы керек</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="50" />
            <source>AIFC firms: a deputy MLRO must be appointed</source>
            <translation>АХҚО компаниялары: MLRO орынбасары тағайындалуы керек</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="59" />
            <source>AIFC firms: the MLRO must reside in Kazakhstan</source>
            <translation>АХҚО компаниялары: MLRO Қазақстанда тұруы керек</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="67" />
            <source>AIFC firms: the annual AFSA AML Return, months after the financial year-end</source>
            <translation>АХҚО компаниялары: AFSA-ға жыл сайынғы КЖ есебі, қаржы жылы аяқталғаннан кейінгі айлар</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="77" />
            <source>Firms outside the AIFC: a responsible officer for internal control must be appointed</source>
            <translation>АХҚО-дан тыс компаниялар: ішкі бақылау үшін жауапты қызметкер тағайындалуы керек</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="85" />
            <source>Firms outside the AIFC: a deputy must be appointed</source>
            <translation>АХҚО-дан тыс компаниялар: орынбасар тағайындалуы керек</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="93" />
            <source>Firms outside the AIFC: the responsible officer must reside in Kazakhstan</source>
            <translation>АХҚО-дан тыс компаниялар: жауапты қызметкер Қазақстанда тұруы керек</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="101" />
            <source>Firms outside the AIFC: annual AML return, months after year-end (0 = none)</source>
            <translation>АХҚО-дан тыс компаниялар: жыл сайынғы КЖ есебі, жыл аяқталғаннан кейінгі айлар (0 — жоқ)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="110" />
            <source>MLRO: positions, and which of them may hold the role</source>
            <translation>MLRO: лауазымдар және олардың қайсысы бұл рөлді атқара алады</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="129" />
            <source>Training: curriculum items</source>
            <translation>Оқыту: бағдарлама тақырыптары</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="151" />
            <source>Training: required courses (topics) and the curriculum each covers</source>
            <translation>Оқыту: міндетті курстар (тақырыптар) және әрқайсысы қамтитын бағдарлама</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="166" />
            <source>Training: staff roles, their required courses and how often</source>
            <translation>Оқыту: қызметкерлер рөлдері, олардың міндетті курстары және кезеңділігі</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="184" />
            <source>Training: how often each required course is repeated (default)</source>
            <translation>Оқыту: әр міндетті курс қаншалықты жиі қайталанады (әдепкі)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="193" />
            <source>Training: a new starter completes each required course within</source>
            <translation>Оқыту: жаңа қызметкер әр міндетті курсты мына мерзімде өтеді</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="195" />
            <source>days from the start date</source>
            <translation>басталу күнінен бастап күн</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="202" />
            <source>Training: a course shows as due this many days before its due date</source>
            <translation>Оқыту: курс мерзіміне неше күн қалғанда алдағы деп белгіленеді</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="211" />
            <source>Independent audit of the AML systems: at least every</source>
            <translation>КЖ/ТҚҚ жүйесінің тәуелсіз тексеруі: кемінде мына кезеңде бір рет</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="220" />
            <source>Independent audit: reminder before the next audit is due</source>
            <translation>Тәуелсіз тексеру: келесі тексеру мерзіміне дейін еске салу</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="229" />
            <source>Remediation actions: reminder before the due date</source>
            <translation>Түзету шаралары: мерзімге дейін еске салу</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="238" />
            <source>Business risk assessment: default time to the next review</source>
            <translation>Компанияның тәуекелдерін бағалау: келесі қайта қарауға дейінгі әдепкі мерзім</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="247" />
            <source>Business risk assessment: reminder before the review is due</source>
            <translation>Компанияның тәуекелдерін бағалау: қайта қарау мерзіміне дейін еске салу</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="256" />
            <source>AFSA AML Return: reminder before it is due</source>
            <translation>AFSA-ға КЖ есебі: мерзімге дейін еске салу</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="265" />
            <source>Requirement → evidence map: the obligations the pack evidences</source>
            <translation>«Талап → дәлел» картасы: пакет дәлелдейтін міндеттер</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="12" />
            <source>AIFC AML/CFT and Sanctions Rules (FR0008 of 2017); Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction"</source>
            <translation>АХҚО-ның КЖЖ/ТҚҚ және санкциялар жөніндегі қағидалары (2017 жылғы FR0008); ҚР № 191-IV «Қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға), терроризмді қаржыландыруға және жаппай қырып-жою қаруын таратуды қаржыландыруға қарсы іс-қимыл туралы» Заңы</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="18" />
            <source>AIFC (supervised by AFSA)</source>
            <translation>АХҚО (AFSA қадағалайды)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="19" />
            <source>Kazakhstan outside the AIFC (NBK, Law 191-IV)</source>
            <translation>АХҚО-дан тыс Қазақстан (ҰБ, 191-IV Заң)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="26" />
            <source>Law on Digital Assets No. 193-VII of 6 Feb 2023, Art. 9 (mining subtypes); AIFC digital-asset activities; Kuzet product grouping</source>
            <translation>ҚР «Қазақстан Республикасындағы цифрлық активтер туралы» 2023 жылғы 6 ақпандағы № 193-VII Заңы, 9-бап (майнинг кіші түрлері); АХҚО-дағы цифрлық активтермен жұмыс; Kuzet-тің топтастыруы</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="32" />
            <source>Exchange (trading facility or exchange point)</source>
            <translation>Биржа (сауда алаңы немесе айырбастау пункті)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="33" />
            <source>Broker or dealer in digital assets</source>
            <translation>Цифрлық активтер брокері немесе дилері</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="35" />
            <source>Digital mining, subtype I (own data centre)</source>
            <translation>Цифрлық майнинг, I кіші түрі (өз деректер орталығы)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="36" />
            <source>Digital mining, subtype II (hosted hardware)</source>
            <translation>Цифрлық майнинг, II кіші түрі (орналастырылған жабдық)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="37" />
            <source>Digital mining pool operator</source>
            <translation>Цифрлық майнинг пулының операторы</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="44" />
            <location filename="../rules/programme.toml" line="44" />
            <location filename="../rules/programme.toml" line="44" />
            <location filename="../rules/programme.toml" line="44" />
            <source>AIFC AML/CFT and Sanctions Rules (FR0008 of 2017), AML 13</source>
            <translation>АХҚО-ның КЖЖ/ТҚҚ және санкциялар жөніндегі қағидалары (2017 жылғы FR0008), AML 13</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="70" />
            <source>AIFC AML/CFT and Sanctions Rules (FR0008 of 2017): annual AML Return to AFSA (timing not verifiable from public text)</source>
            <translation>АХҚО-ның КЖЖ/ТҚҚ және санкциялар жөніндегі қағидалары (2017 жылғы FR0008): AFSA-ға жыл сайынғы AML Return есебі (мерзімін ашық мәтіндерден тексеру мүмкін емес)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="79" />
            <source>Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction" (internal control rules; commonly cited)</source>
            <translation>ҚР № 191-IV «Қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға), терроризмді қаржыландыруға және жаппай қырып-жою қаруын таратуды қаржыландыруға қарсы іс-қимыл туралы» Заңы (ішкі бақылау қағидалары; әдетте келтіріледі)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="87" />
            <source>No deputy requirement found in Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction"</source>
            <translation>Орынбасар туралы талап заңда табылмады: ҚР № 191-IV «Қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға), терроризмді қаржыландыруға және жаппай қырып-жою қаруын таратуды қаржыландыруға қарсы іс-қимыл туралы» Заңы</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="95" />
            <source>No residence rule found in Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction"; Kuzet flags a non-resident officer as a precaution</source>
            <translation>Резиденттік туралы талап заңда табылмады: ҚР № 191-IV «Қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға), терроризмді қаржыландыруға және жаппай қырып-жою қаруын таратуды қаржыландыруға қарсы іс-қимыл туралы» Заңы; Kuzet сақтық үшін резидент емес қызметкерді белгілейді</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="104" />
            <source>The AFSA AML Return applies to AIFC firms only; no national equivalent found</source>
            <translation>AFSA-ға AML Return есебі тек АХҚО фирмаларына қатысты; ұлттық баламасы табылмады</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="118" />
            <source>Director</source>
            <translation>Директор</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="119" />
            <source>Partner</source>
            <translation>Серіктес</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="120" />
            <source>Principal representative</source>
            <translation>Бас өкіл</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="121" />
            <source>Senior manager</source>
            <translation>Басшы қызметкер</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="122" />
            <source>Compliance officer (not a senior manager)</source>
            <translation>Комплаенс-офицер (басшы қызметкер емес)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="123" />
            <source>Other employee</source>
            <translation>Басқа қызметкер</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="124" />
            <source>External person or contractor</source>
            <translation>Сыртқы тұлға немесе мердігер</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="131" />
            <source>AIFC AML/CFT and Sanctions Rules (FR0008 of 2017): staff trained regularly on a set curriculum; items are a Kuzet product default</source>
            <translation>АХҚО-ның КЖЖ/ТҚҚ және санкциялар жөніндегі қағидалары (2017 жылғы FR0008): қызметкерлерді бекітілген бағдарлама бойынша тұрақты оқыту; тақырыптар — Kuzet-тің әдепкі мәні</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="136" />
            <source>AML/CFT law and the AIFC AML/CFT and Sanctions Rules</source>
            <translation>АЖ/ТҚ туралы заңнама және АХҚО-ның АЖ/ТҚ және санкциялар қағидалары</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="137" />
            <source>Risk-based approach and the business risk assessment</source>
            <translation>Тәуекелге бағдарланған тәсіл және компания тәуекелдерін бағалау</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="138" />
            <source>Customer due diligence and KYC</source>
            <translation>Клиентті тиісінше тексеру (KYC)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="139" />
            <source>Enhanced due diligence and PEPs</source>
            <translation>Күшейтілген тиісінше тексеру және ЖЛТ</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="140" />
            <source>Sanctions and targeted financial sanctions screening</source>
            <translation>Санкциялар және нысаналы қаржылық санкциялар бойынша тексеру</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="141" />
            <source>Red flags in digital-asset transactions</source>
            <translation>Цифрлық активтермен операциялардағы күдік белгілері</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="142" />
            <source>Internal reporting to the MLRO; STRs and TTRs to the FIU</source>
            <translation>Жауапты қызметкерге ішкі хабарламалар; ҚМА-ға КОХ және шекті хабарламалар</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="143" />
            <source>Tipping-off and confidentiality</source>
            <translation>Клиентке ескертуге тыйым және құпиялылық</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="144" />
            <source>Record keeping and retention</source>
            <translation>Жазбаларды жүргізу және сақтау</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="145" />
            <source>Mining: accredited pools, the mandatory sale and the fee</source>
            <translation>Майнинг: аккредиттелген пулдар, міндетті сату және төлемақы</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="146" />
            <source>MLRO duties, FIU liaison and regulator reporting</source>
            <translation>Жауапты қызметкердің міндеттері, ҚМА-мен өзара іс-қимыл және реттеушіге есептілік</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="153" />
            <source>Kuzet product default built on the AIFC AML/CFT Rules' training requirement</source>
            <translation>АХҚО-ның КЖЖ/ТҚҚ қағидаларындағы оқыту талабына негізделген Kuzet-тің әдепкі мәні</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="158" />
            <source>AML/CFT essentials</source>
            <translation>АЖ/ТҚ негіздері</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="159" />
            <source>EDD, PEPs and suspicious activity</source>
            <translation>Күшейтілген тексеру, ЖЛТ және күдікті қызмет</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="160" />
            <source>Mining compliance</source>
            <translation>Майнингтегі комплаенс</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="161" />
            <source>MLRO and deputy MLRO</source>
            <translation>Жауапты қызметкер және оның орынбасары</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="168" />
            <source>Training "regularly", no fixed frequency in the AIFC AML/CFT Rules; annual per role is a Kuzet product default</source>
            <translation>Оқыту «тұрақты түрде», АХҚО-ның КЖЖ/ТҚҚ қағидаларында тіркелген кезеңділік жоқ; әр рөл үшін жыл сайын — Kuzet-тің әдепкі мәні</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="174" />
            <source>Board and senior management</source>
            <translation>Директорлар кеңесі және басшылық</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="175" />
            <source>Compliance (MLRO, deputy, analysts)</source>
            <translation>Комплаенс (жауапты қызметкер, орынбасар, талдаушылар)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="176" />
            <source>Customer-facing (onboarding, trading desk)</source>
            <translation>Клиенттермен жұмыс (қызмет көрсетуге қабылдау, сауда бөлімі)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="177" />
            <source>Operations and finance</source>
            <translation>Операциялық бөлім және қаржы</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="178" />
            <source>Mining operations (data centre, pool relations)</source>
            <translation>Майнинг операциялары (ДӨО, пулдармен жұмыс)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="179" />
            <source>IT and security</source>
            <translation>АТ және қауіпсіздік</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="187" />
            <source>AIFC AML/CFT Rules: "regularly"; annual is a Kuzet product default</source>
            <translation>АХҚО-ның КЖЖ/ТҚҚ қағидалары: «тұрақты түрде»; жыл сайын — Kuzet-тің әдепкі мәні</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="214" />
            <source>AIFC AML/CFT and Sanctions Rules (FR0008 of 2017): independent audit, internal or external</source>
            <translation>АХҚО-ның КЖЖ/ТҚҚ және санкциялар жөніндегі қағидалары (2017 жылғы FR0008): тәуелсіз аудит, ішкі немесе сыртқы</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="241" />
            <source>AIFC AML/CFT Rules: keep the business risk assessment up to date; annual review is a Kuzet product default</source>
            <translation>АХҚО-ның КЖЖ/ТҚҚ қағидалары: бизнес тәуекелдерін бағалауды өзекті күйде ұстау; жыл сайынғы қайта қарау — Kuzet-тің әдепкі мәні</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="267" />
            <source>Kuzet product grouping of the obligations the cited rules set</source>
            <translation>Келтірілген нормалар белгілеген міндеттерді Kuzet-тің топтастыруы</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="4" />
            <source>Record retention (AIFC firms)</source>
            <translation>Жазбаларды сақтау (АХҚО компаниялары)</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="14" />
            <source>Record retention (firms outside the AIFC, Law 191-IV)</source>
            <translation>Жазбаларды сақтау (АХҚО-дан тыс компаниялар, № 191-IV Заң)</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="23" />
            <source>Imports: the longest text a field may hold</source>
            <translation>Импорт: өрістегі мәтіннің ең үлкен ұзындығы</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="25" />
            <source>characters, by field name (default: every other field)</source>
            <translation>таңба, өріс атауы бойынша (default — қалған барлық өрістер)</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="7" />
            <source>AIFC AML Rules, record keeping (AIFC AML/CFT and Sanctions Rules, FR0008 of 2017; the rule number is unconfirmed, most likely AML 14.4)</source>
            <translation>АХҚО-ның КЖЖ қағидалары, жазбаларды сақтау (АХҚО-ның КЖЖ/ТҚҚ және санкциялар жөніндегі қағидалары, 2017 жылғы FR0008; қағида нөмірі расталмаған, шамасы AML 14.4)</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="17" />
            <source>Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction" (5 years is commonly cited)</source>
            <translation>ҚР № 191-IV «Қылмыстық жолмен алынған кірістерді заңдастыруға (жылыстатуға), терроризмді қаржыландыруға және жаппай қырып-жою қаруын таратуды қаржыландыруға қарсы іс-қимыл туралы» Заңы (әдетте 5 жыл мерзімі келтіріледі)</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="26" />
            <source>Kuzet product default: no name, number or reference is this long, and a far longer field in an imported file is an error or an attack</source>
            <translation>Kuzet-тің әдепкі мәні: ешбір аты, нөмірі немесе сілтемесі мұндай ұзын болмайды, ал импортталған файлдағы әлдеқайда ұзын өріс — қате немесе шабуыл</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="7" />
            <source>Screening: score at or above which a hit goes to review</source>
            <translation>Тізімдер бойынша тексеру: сәйкестік қарауға жіберілетін балл</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="9" />
            <location filename="../rules/screening.toml" line="9" />
            <source>points (0-100)</source>
            <translation>ұпай (0–100)</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="17" />
            <source>Screening: score below which a candidate is not kept</source>
            <translation>Тізімдер бойынша тексеру: одан төмен үміткер сақталмайтын балл</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="27" />
            <source>Screening: how long a cleared false positive stays cleared</source>
            <translation>Тізімдер бойынша тексеру: алынып тасталған жалған сәйкестік қанша уақыт күшінде болады</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="37" />
            <source>Screening: legal-form words matched with low weight</source>
            <translation>Тізімдер бойынша тексеру: ұйымдық-құқықтық нысан сөздері аз салмақпен</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="54" />
            <source>Screening: days to decide an open hit</source>
            <translation>Тізімдер бойынша тексеру: ашық сәйкестік бойынша шешім қабылдау күндері</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="64" />
            <source>Screening: days after which a list in force is out of date</source>
            <translation>Тізімдер бойынша тексеру: қолданыстағы тізім неше күннен кейін ескіреді</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="10" />
            <source>Kuzet product default, measured on the labelled screening test set</source>
            <translation>Белгіленген тексеру сынақ жиынында өлшенген Kuzet-тің әдепкі мәні</translation>
        </message>
        <message>
            <source>The firm's vault key is not shared with {login} yet: an officer who can open the vault shares it. Nothing was changed.</source>
            <translation type="obsolete">Компанияның қойма кілті {login} қызметкеріне әлі берілмеген: оны қойманы аша алатын қызметкер береді. Ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <source>{db}: the window opens an SQLite file; a team database is used from the command line for now (kuzet --db URL ...).</source>
            <translation type="obsolete">{db}: терезе SQLite файлын ашады; команданың ортақ дерекқоры әзірге командалық жолдан пайдаланылады (kuzet --db URL ...).</translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation type="obsolete">{n} жыл</translation>
        </message>
        <message>
            <source>every {n} years</source>
            <translation type="obsolete">{n} жыл сайын</translation>
        </message>
        <message>
            <source>Choose the list file(s) to import.</source>
            <translation type="obsolete">Импорттау үшін тізім файлын (файлдарын) таңдаңыз.</translation>
        </message>
        <message>
            <source>File(s)</source>
            <translation type="obsolete">Файл(дар)</translation>
        </message>
        <message>
            <source>Choose the list file(s)</source>
            <translation type="obsolete">Тізім файлын (файлдарын) таңдау</translation>
        </message>
        <message>
            <source>Screened {subjects} customer(s) and owner(s) against {lists}: {new} new hit(s) to review, {still} still open, {cleared} cleared automatically, {suppressed} remembered false positive(s), {lapsed} lapsed.</source>
            <translation type="obsolete">Тексерілген клиенттер мен иелер: {subjects}, тізімдер: {lists}. Қарауға жаңа сәйкестіктер: {new}, әлі ашық: {still}, автоматты түрде алынды: {cleared}, есте сақталған жалған сәйкестіктер: {suppressed}, күшін жойды: {lapsed}.</translation>
        </message>
        <message>
            <source>{count} customer(s) NOT screened: no watchlist is in force. Import the lists, then screen them (Screening page or kuzet screen --all):</source>
            <translation type="obsolete">Тізімдер бойынша ТЕКСЕРІЛМЕГЕН клиенттер: {count} — бірде-бір санкциялық тізім қолданыста емес. Тізімдерді импорттап, содан кейін клиенттерді тексеріңіз («Тізімдер бойынша тексеру» беті немесе kuzet screen --all):</translation>
        </message>
        <message>
            <source>{count} customer(s) screened only against out-of-date lists. Import the current editions, then screen them again:</source>
            <translation type="obsolete">Тек ескірген тізімдер бойынша тексерілген клиенттер: {count}. Тізімдердің өзекті басылымдарын импорттап, клиенттерді қайта тексеріңіз:</translation>
        </message>
        <message>
            <source>{activity} on {days} day(s) ({period}) with no licence held</source>
            <translation type="obsolete">{activity}: {days} күн ({period}) лицензиясыз</translation>
        </message>
        <message>
            <source>{activity} on {days} day(s) ({period}) while {licence} was {cause}</source>
            <translation type="obsolete">{activity}: {days} күн ({period}), ол кезде {licence} — {cause}</translation>
        </message>
        <message>
            <source>{records} record(s); stop the activity or restore the licence</source>
            <translation type="obsolete">жазбалар: {records}; қызметті тоқтатыңыз немесе лицензияны қалпына келтіріңіз</translation>
        </message>
        <message>
            <source>Checked {count} transaction(s).</source>
            <translation type="obsolete">Тексерілген операциялар: {count}.</translation>
        </message>
        <message>
            <source>Travel Rule: {n} transfer(s) at or above the threshold lack data</source>
            <translation type="obsolete">Travel Rule: деректері толық емес шекті мәннен кем емес аударымдар — {n}</translation>
        </message>
        <message>
            <source>  {rule:&lt;24} {hits:&gt;6} hit(s), {new:&gt;5} new alert(s)</source>
            <translation type="obsolete">  {rule:&lt;24} іске қосылу: {hits:&gt;6}, жаңа ескертулер: {new:&gt;5}</translation>
        </message>
        <message>
            <source>Complete or retire its {n} open action(s) before closing the finding.</source>
            <translation type="obsolete">Кемшілікті жаппас бұрын оның ашық шараларын ({n}) орындаңыз немесе шығарыңыз.</translation>
        </message>
        <message>
            <source>; {count} warning(s): values kept in another form</source>
            <translation type="obsolete">; ескертулер: {count} — мәндер басқа түрде сақталды</translation>
        </message>
        <message>
            <source>nothing was imported: {count} problem(s)</source>
            <translation type="obsolete">ештеңе импортталмады: мәселелер — {count}</translation>
        </message>
        <message>
            <source>{count} beneficial owner(s); recorded shares add up to {total}%.</source>
            <translation type="obsolete">Бенефициарлық меншік иелері: {count}; тіркелген үлестердің жиыны — {total}%.</translation>
        </message>
        <message>
            <source>{count} PEP record(s) in force.</source>
            <translation type="obsolete">Күшіндегі ЖЛТ жазбалары: {count}.</translation>
        </message>
        <message>
            <source>Made {made} by Kuzet {version} from {database}: {entries} audit trail entries, {files} vault file(s).</source>
            <translation type="obsolete">{made} Kuzet {version} арқылы {database} дерекқорынан жасалған: аудит журналының жазбалары — {entries}, қойма файлдары — {files}.</translation>
        </message>
        <message>
            <source>{imported} price(s) imported; {duplicates} already recorded.</source>
            <translation type="obsolete">Импортталған бағалар: {imported}; бұрыннан жазылғандар: {duplicates}.</translation>
        </message>
        <message>
            <source>Monitoring done: {new} new alert(s), {reports} threshold report(s) opened.</source>
            <translation type="obsolete">Мониторинг аяқталды: жаңа ескертулер — {new}, ашылған шекті хабарламалар — {reports}.</translation>
        </message>
        <message>
            <source>{count} deadline(s) written to {path}. Import the file into Outlook or Google Calendar; importing a newer export updates the same events.</source>
            <translation type="obsolete">{path} ішіне жазылған мерзімдер: {count}. Файлды Outlook немесе Google Calendar-ға импорттаңыз; жаңарақ экспортты импорттау сол оқиғаларды жаңартады.</translation>
        </message>
        <message>
            <source>{count} customer(s) got a new risk assessment.</source>
            <translation type="obsolete">Тәуекелі қайта бағаланған клиенттер: {count}.</translation>
        </message>
        <message>
            <source>{count} value(s) were kept in another form (see the details): a 10-digit national identifier is not used as an IIN; an irregular birth date is kept as its year and as written.</source>
            <translation type="obsolete">Басқа түрде сақталған мәндер: {count} (толығырақ қараңыз): 10 таңбалы ұлттық сәйкестендіргіш ЖСН ретінде пайдаланылмайды; стандартқа сай емес туған күн жыл түрінде және жазылған күйінде сақталады.</translation>
        </message>
        <message>
            <source>{count} warning(s) at import: {first}</source>
            <translation type="obsolete">Импорт кезіндегі ескертулер ({count}): {first}</translation>
        </message>
        <message>
            <source> ({days} day(s) without a price)</source>
            <translation type="obsolete"> (бағасыз күндер: {days})</translation>
        </message>
        <message>
            <source>Showing {count} transaction(s)</source>
            <translation type="obsolete">Көрсетілген операциялар: {count}</translation>
        </message>
        <message>
            <source>Imported from {file}: {count} transactions; {missing} transfer(s) lack Travel Rule data. Run monitoring to raise the alerts.</source>
            <translation type="obsolete">{file} файлынан импортталды: операциялар — {count}; Travel Rule деректері жоқ аударымдар — {missing}. Ескертулерді шығару үшін мониторингті іске қосыңыз.</translation>
        </message>
        <message>
            <source>Nothing was imported: {count} problem(s). Correct the file and import it again.</source>
            <translation type="obsolete">Ештеңе импортталмады: {count} мәселе. Файлды түзетіп, қайта импорттаңыз.</translation>
        </message>
        <message>
            <source>Nothing was imported from {file}: {count} problem(s). Correct the file and import it again.</source>
            <translation type="obsolete">{file} файлынан ештеңе импортталмады: мәселелер — {count}. Файлды түзетіп, қайта импорттаңыз.</translation>
        </message>
        <message>
            <source>Still to sell by the end</source>
            <translation type="obsolete">Соңына дейін тағы сату керек</translation>
        </message>
        <message>
            <source>Kuzet customer number</source>
            <translation type="obsolete">Kuzet-тегі клиент нөмірі</translation>
        </message>
        <message>
            <source>Suspicious transaction report — draft</source>
            <translation type="obsolete">Күдікті операция туралы хабарлама — жоба</translation>
        </message>
        <message>
            <source>For the Financial Monitoring Agency of the Republic of Kazakhstan (FIU)</source>
            <translation type="obsolete">Қазақстан Республикасының Қаржылық мониторинг агенттігіне (ҚМА)</translation>
        </message>
        <message>
            <source>Reporting entity</source>
            <translation type="obsolete">Қаржы мониторингі субъектісі</translation>
        </message>
        <message>
            <source>The case</source>
            <translation type="obsolete">Іс</translation>
        </message>
        <message>
            <source>Grounds for suspicion</source>
            <translation type="obsolete">Күдіктің негіздері</translation>
        </message>
        <message>
            <source>Country of registration</source>
            <translation type="obsolete">Тіркелген елі</translation>
        </message>
        <message>
            <source>No monitoring alert: opened by the officer.</source>
            <translation type="obsolete">Мониторинг ескертуінсіз: қызметкер ашқан.</translation>
        </message>
        <message>
            <source>(the officer has not written the facts yet)</source>
            <translation type="obsolete">(қызметкер фактілерді әлі жазған жоқ)</translation>
        </message>
        <message>
            <source>STR #{id} — confidential: no tipping off</source>
            <translation type="obsolete">№{id} КОХ — құпия: клиентке ескертуге болмайды</translation>
        </message>
        <message>
            <source>not on file</source>
            <translation type="obsolete">іс қағаздарында жоқ</translation>
        </message>
        <message>
            <source>Firm</source>
            <translation type="obsolete">Компания</translation>
        </message>
        <message>
            <source>STR number in Kuzet</source>
            <translation type="obsolete">Kuzet-тегі КОХ нөмірі</translation>
        </message>
        <message>
            <source>Suspicion detected</source>
            <translation type="obsolete">Күдік анықталды</translation>
        </message>
        <message>
            <source>Transactions ({count})</source>
            <translation type="obsolete">Операциялар ({count})</translation>
        </message>
        <message>
            <source>Draft prepared with Kuzet on {date} by {actor}. File the report through the FIU's channel and record the FIU reference in Kuzet.</source>
            <translation type="obsolete">Жоба Kuzet-те {date} күні дайындалды, орындаушы: {actor}. Хабарламаны ҚМА арнасы арқылы беріп, ҚМА нөмірін Kuzet-ке жазыңыз.</translation>
        </message>
        <message>
            <source>page {n}</source>
            <translation type="obsolete">{n}-бет</translation>
        </message>
        <message>
            <source>STR draft #{id}</source>
            <translation type="obsolete">№{id} КОХ жобасы</translation>
        </message>
        <message>
            <source>(firm name not set)</source>
            <translation type="obsolete">(компания атауы көрсетілмеген)</translation>
        </message>
        <message>
            <source>Alert #{id}, {rule}, detected {date}: {reason}</source>
            <translation type="obsolete">№{id} ескерту, {rule}, анықталған күні {date}: {reason}</translation>
        </message>
        <message>
            <source>{date} ({days} business day(s) after the decision; rule {rule}, mark {mark})</source>
            <translation type="obsolete">{date} (шешімнен кейінгі жұмыс күндері: {days}; ереже {rule}, белгі {mark})</translation>
        </message>
        <message>
            <source>Kazakh follows once the pack is translated.</source>
            <translation type="obsolete">Қазақ тілі пакет аударылғаннан кейін қосылады.</translation>
        </message>
        <message>
            <source>Threshold transaction</source>
            <translation type="obsolete">Шекті операция</translation>
        </message>
        <message>
            <source>Structuring below the threshold</source>
            <translation type="obsolete">Шекті мәннен төмен бөлшектеу</translation>
        </message>
        <message>
            <source>Retail deposits over the monthly cap without a knowledge test</source>
            <translation type="obsolete">Білім тестінсіз айлық лимиттен асқан бөлшек клиент толықтырулары</translation>
        </message>
        <message>
            <source>{count} {what}s from {first} to {last}, each between {floor} and the threshold of {threshold} (total {total}): at least {min_count} within {days} days, margin {margin}% (monitoring.structuring.*).</source>
            <translation type="obsolete">«{what}» операциялары: {first} – {last} аралығында {count}, әрқайсысы {floor} мен {threshold} шекті мәні аралығында (барлығы {total}). Шарт: {days} күн ішінде кемінде {min_count}, ауытқу {margin}% (monitoring.structuring.*).</translation>
        </message>
        <message>
            <source>{what} of {value} on {date}: at or above the threshold of {threshold} (monitoring.threshold_kzt).</source>
            <translation type="obsolete">{what}: {value}, {date}; {threshold} шекті мәнінен кем емес (monitoring.threshold_kzt).</translation>
        </message>
        <message>
            <source>Deposits of {total} in {month} exceed the cap of {cap} a calendar month for retail residents of {country} (from {date}); {test} (monitoring.retail.cap_usd).</source>
            <translation type="obsolete">{month} ішіндегі толықтырулар ({total}) {country} бөлшек клиент-резиденттері үшін күнтізбелік айға белгіленген {cap} лимитінен асады ({date} бастап); {test} (monitoring.retail.cap_usd).</translation>
        </message>
        <message>
            <source>Transfer of {value} ({asset}) on {date}, at or above the Travel Rule threshold of {threshold}: {missing} (AIFC AML 11-1).</source>
            <translation type="obsolete">{date} күнгі аударым: {value} ({asset}), Travel Rule шекті мәнінен ({threshold}) кем емес: {missing} (AIFC AML 11-1).</translation>
        </message>
        <message>
            <source>alert #{id} does not exist</source>
            <translation type="obsolete">№{id} ескерту жоқ</translation>
        </message>
        <message>
            <source>The decision is approve, reject or exit.</source>
            <translation type="obsolete">Шешім: мақұлдау, бас тарту немесе қатынастарды тоқтату.</translation>
        </message>
        <message>
            <source>Freeze now: stop every operation of the customer and hold its money and digital assets; do not let any transfer out.</source>
            <translation type="obsolete">Дереу бұғаттаңыз: клиенттің барлық операцияларын тоқтатып, оның ақшасы мен цифрлық активтерін ұстап тұрыңыз; ешқандай аударымға жол бермеңіз.</translation>
        </message>
        <message>
            <source>Report to the FIU (the AFM): prepare the report on the FIU reports page and send it without delay.</source>
            <translation type="obsolete">ҚМА-ға хабарлаңыз: «ҚМА-ға хабарламалар» бетінде хабарлама дайындап, оны кідіртпей жіберіңіз.</translation>
        </message>
        <message>
            <source>yes: AIFC-licensed</source>
            <translation type="obsolete">иә: АХҚО лицензиясы бар</translation>
        </message>
        <message>
            <source>Generic CSV list (ref,name,aliases,dob,kind): in-house, domestic PEPs</source>
            <translation type="obsolete">Жалпы CSV тізімі (ref,name,aliases,dob,kind): ішкі, ұлттық ЖЛТ</translation>
        </message>
        <message>
            <source>Chooses the fee band (rule mining.fee.bands). Empty: the highest band is assumed.</source>
            <translation type="obsolete">Төлемақы мөлшерлемесін анықтайды (mining.fee.bands ережесі). Бос болса — ең жоғарысы қолданылады.</translation>
        </message>
        <message>
            <source>Power from the firm's own generation</source>
            <translation type="obsolete">Компанияның өз өндірісінің электр энергиясы</translation>
        </message>
        <message>
            <source>Renewable power</source>
            <translation type="obsolete">Жаңартылатын энергия</translation>
        </message>
        <message>
            <source>Sales count towards the mandatory sale only while this is Active.</source>
            <translation type="obsolete">Сатулар міндетті сатуға мәртебесі «Қолданыста» болғанда ғана есептеледі.</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation type="obsolete">Шұғылдығы</translation>
        </message>
        <message>
            <source>Reminders — most urgent first. Double-click to open the record.</source>
            <translation type="obsolete">Еске салғыштар — алдымен ең шұғылдары. Жазбаны ашу үшін екі рет басыңыз.</translation>
        </message>
        <message>
            <source>due soon</source>
            <translation type="obsolete">мерзімі жақын</translation>
        </message>
        <message>
            <source>upcoming</source>
            <translation type="obsolete">алда</translation>
        </message>
        <message>
            <source>Cases escalated from alerts. Once decided suspicious, the STR is due within the rule pack's business days of the decision (monitoring.str.deadline_business_days, unconfirmed [U]); business days follow Kazakhstan's public holidays.</source>
            <translation type="obsolete">Ескертулерден берілген істер. «Күдікті» деген шешімнен кейін КОХ ережелер пакетінде белгіленген жұмыс күндері ішінде беріледі (monitoring.str.deadline_business_days, расталмаған [U]); жұмыс күндері Қазақстанның мерекелерін ескереді.</translation>
        </message>
        <message>
            <source>Threshold transactions found by the monitoring rules: each is reported no later than the business day after the transaction (monitoring.ttr.deadline_business_days [V]).</source>
            <translation type="obsolete">Мониторинг ережелері анықтаған шекті операциялар: әрқайсысы туралы операциядан кейінгі жұмыс күнінен кешіктірмей хабарланады (monitoring.ttr.deadline_business_days [V]).</translation>
        </message>
        <message>
            <source>renewable</source>
            <translation type="obsolete">ЖЭК</translation>
        </message>
        <message>
            <source>SHORT</source>
            <translation type="obsolete">ЖЕТІСПЕЙДІ</translation>
        </message>
        <message>
            <source>running: projected SHORT</source>
            <translation type="obsolete">жүріп жатыр: болжам ЖЕТІСПЕЙДІ</translation>
        </message>
        <message>
            <source>The income-tax estimate is switched off (rule mining.income_tax.show_estimate).</source>
            <translation type="obsolete">Табыс салығын бағалау өшірулі (mining.income_tax.show_estimate ережесі).</translation>
        </message>
        <message>
            <source>Sales, KZT</source>
            <translation type="obsolete">Сатулар, KZT</translation>
        </message>
        <message>
            <source>Fee = kWh used (Mining output) × the rate of the quarter's average electricity price band (rule mining.fee.bands: {bands}); special rates, KZT/kWh: {special}; the highest where several apply. Due on day {day} of the month after the quarter.</source>
            <translation type="obsolete">Төлемақы = жұмсалған кВт·сағ (Өндіру көлемі) × тоқсандағы электр энергиясының орташа бағасы диапазонының мөлшерлемесі (mining.fee.bands ережесі: {bands}); ерекше мөлшерлемелер, KZT/кВт·сағ: {special}; бірнешеуі қолданылса — ең жоғарысы. Мерзімі — тоқсаннан кейінгі айдың {day} күні.</translation>
        </message>
        <message>
            <source>Income-tax estimate (optional, not a tax return): rate × the KZT value of the quarter's sales, before costs. Source: {source}</source>
            <translation type="obsolete">Табыс салығын бағалау (міндетті емес, салық декларациясы емес): мөлшерлеме × тоқсандағы сатулардың шығыстарға дейінгі KZT сомасы. Дереккөз: {source}</translation>
        </message>
        <message>
            <source>off</source>
            <translation type="obsolete">өшірулі</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation type="obsolete">МЕРЗІМІ ӨТКЕН</translation>
        </message>
        <message>
            <source>Deposits and withdrawals of your customers, imported from your systems and linked to the customer file. Transfers of USD 1,000 or more carry the originator's and beneficiary's data (Travel Rule, AIFC AML 11-1); missing data is shown in amber.</source>
            <translation type="obsolete">Жүйелеріңізден импортталған және клиенттің іс қағаздарымен байланыстырылған клиенттеріңіздің толықтырулары мен қаражат шығарулары. 1 000 USD және одан көп аударымдар жіберуші мен алушының деректерін қамтиды (Travel Rule, AIFC AML 11-1); жетіспейтін деректер сары түспен көрсетіледі.</translation>
        </message>
        <message>
            <source>No OS keyring is usable here: the vault key is derived from a passphrase you enter, and is never stored in plain text.</source>
            <translation type="obsolete">Мұнда ОЖ кілттер қоймасы қолжетімсіз: құжаттар қоймасының кілті сіз енгізетін құпия фразадан алынады және ешқашан ашық түрде сақталмайды.</translation>
        </message>
        <message>
            <source>No keyring is usable ({error}).</source>
            <translation type="obsolete">Кілттер қоймасы қолжетімсіз ({error}).</translation>
        </message>
        <message>
            <source>Say why the customer file is retired.</source>
            <translation type="obsolete">Клиент іс қағаздарының неліктен шығарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <source>Customer #{id} is already retired.</source>
            <translation type="obsolete">№{id} клиент бұрыннан шығарылған.</translation>
        </message>
        <message>
            <source>Say why the report is retired.</source>
            <translation type="obsolete">Хабарламаның неліктен шығарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <source>The report is already retired.</source>
            <translation type="obsolete">Хабарлама бұрыннан шығарылған.</translation>
        </message>
        <message>
            <source>STR #{id} does not exist</source>
            <translation type="obsolete">№{id} КОХ жоқ</translation>
        </message>
        <message>
            <source>threshold report #{id} does not exist</source>
            <translation type="obsolete">№{id} шекті хабарлама жоқ</translation>
        </message>
        <message>
            <source>Say why the test record is retired.</source>
            <translation type="obsolete">Тест жазбасының неліктен шығарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <source>knowledge test #{id} does not exist</source>
            <translation type="obsolete">№{id} білім тесті жоқ</translation>
        </message>
        <message>
            <source>A retired licence cannot be edited.</source>
            <translation type="obsolete">Шығарылған лицензияны өзгертуге болмайды.</translation>
        </message>
        <message>
            <source>Say why the licence is retired.</source>
            <translation type="obsolete">Лицензияның неліктен шығарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <source>licence #{id} does not exist</source>
            <translation type="obsolete">№{id} лицензия жоқ</translation>
        </message>
        <message>
            <source>Licence #{id} is already retired.</source>
            <translation type="obsolete">№{id} лицензия бұрыннан шығарылған.</translation>
        </message>
        <message>
            <source>Retired output cannot be edited.</source>
            <translation type="obsolete">Шығарылған өндіру жазбасын өзгертуге болмайды.</translation>
        </message>
        <message>
            <source>Say why the output record is retired.</source>
            <translation type="obsolete">Өндіру жазбасының неліктен шығарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <source>output #{id} does not exist</source>
            <translation type="obsolete">№{id} өндіру жазбасы жоқ</translation>
        </message>
        <message>
            <source>Output #{id} is already retired.</source>
            <translation type="obsolete">№{id} өндіру жазбасы бұрыннан шығарылған.</translation>
        </message>
        <message>
            <source>A retired accreditation cannot be edited.</source>
            <translation type="obsolete">Шығарылған аккредиттеуді өзгертуге болмайды.</translation>
        </message>
        <message>
            <source>Say why the accreditation is retired.</source>
            <translation type="obsolete">Аккредиттеудің неліктен шығарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <source>pool accreditation #{id} does not exist</source>
            <translation type="obsolete">№{id} пулды аккредиттеу жоқ</translation>
        </message>
        <message>
            <source>Accreditation #{id} is already retired.</source>
            <translation type="obsolete">№{id} аккредиттеу бұрыннан шығарылған.</translation>
        </message>
        <message>
            <source>A retired sale cannot be edited.</source>
            <translation type="obsolete">Шығарылған сатуды өзгертуге болмайды.</translation>
        </message>
        <message>
            <source>Say why the sale is retired.</source>
            <translation type="obsolete">Сатудың неліктен шығарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <source>sale #{id} does not exist</source>
            <translation type="obsolete">№{id} сату жоқ</translation>
        </message>
        <message>
            <source>Sale #{id} is already retired.</source>
            <translation type="obsolete">№{id} сату бұрыннан шығарылған.</translation>
        </message>
        <message>
            <source>Say why the transaction is retired.</source>
            <translation type="obsolete">Операцияның неліктен шығарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <source>transaction #{id} does not exist</source>
            <translation type="obsolete">№{id} операция жоқ</translation>
        </message>
        <message>
            <source>Transaction #{id} is already retired.</source>
            <translation type="obsolete">№{id} операция бұрыннан шығарылған.</translation>
        </message>
        <message>
            <source>A retired provider cannot be edited.</source>
            <translation type="obsolete">Шығарылған провайдерді өзгертуге болмайды.</translation>
        </message>
        <message>
            <source>Say why the provider is retired.</source>
            <translation type="obsolete">Провайдердің неліктен шығарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <source>counterparty provider #{id} does not exist</source>
            <translation type="obsolete">№{id} контрагент-провайдер жоқ</translation>
        </message>
        <message>
            <source>Provider #{id} is already retired.</source>
            <translation type="obsolete">№{id} провайдер бұрыннан шығарылған.</translation>
        </message>
        <message>
            <source>A retired venue cannot be edited.</source>
            <translation type="obsolete">Шығарылған алаңды өзгертуге болмайды.</translation>
        </message>
        <message>
            <source>Say why the venue is retired.</source>
            <translation type="obsolete">Алаңның неліктен шығарылатынын көрсетіңіз.</translation>
        </message>
        <message>
            <source>venue #{id} does not exist</source>
            <translation type="obsolete">№{id} алаң жоқ</translation>
        </message>
        <message>
            <source>Venue #{id} is already retired.</source>
            <translation type="obsolete">№{id} алаң бұрыннан шығарылған.</translation>
        </message>
        <message>
            <source>{quarter}: {fee} KZT for {kwh} kWh</source>
            <translation type="obsolete">{quarter}: {kwh} кВт·сағ үшін {fee} KZT</translation>
        </message>
        <message>
            <source>Automatic backups are made when you close Kuzet, at most once a day. Kept: the newest of each of the last {daily} days, {weekly} weeks and {monthly} months. A backup holds the database and the encrypted vault, never the vault key.</source>
            <translation type="obsolete">Автоматты көшірмелер Kuzet жабылғанда, күніне бір реттен жиі емес жасалады. Сақталатыны: соңғы {daily} күннің, {weekly} аптаның және {monthly} айдың әрқайсысының ең соңғы көшірмесі. Көшірмеде дерекқор мен шифрланған қойма бар, ал қойма кілті ешқашан болмайды.</translation>
        </message>
    </context>
</TS>
