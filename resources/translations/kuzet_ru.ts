<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>Kuzet</name>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="44" />
            <source>Kuzet ran out of memory; nothing more was written.</source>
            <translation>Kuzet не хватило памяти; больше ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="50" />
            <source>The CSV file cannot be read: a field is larger than Kuzet reads, or a quote is not closed. Nothing was imported.</source>
            <translation>Не удаётся прочитать CSV-файл: поле больше допустимого для Kuzet размера или не закрыта кавычка. Ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="58" />
            <source>The process checking the file stopped before it finished; nothing was imported. Run the import again.</source>
            <translation>Процесс проверки файла остановился, не завершив работу; ничего не импортировано. Запустите импорт ещё раз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="98" />
            <source>The database cannot be written: the file or its folder is read-only. Nothing was changed. Commands that only read (verify, export, pack) still work.</source>
            <translation>Запись в базу данных невозможна: файл или его папка доступны только для чтения. Ничего не изменено. Команды, которые только читают (verify, export, pack), по-прежнему работают.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="106" />
            <source>The disk holding the database is full; nothing was changed. Free some space there and try again.</source>
            <translation>Диск с базой данных заполнен; ничего не изменено. Освободите на нём место и повторите.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="113" />
            <source>Another program is writing to the database; try again when it has finished.</source>
            <translation>В базу данных пишет другая программа; повторите, когда она закончит.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="119" />
            <source>The database file is damaged and cannot be used; nothing was changed. Restore the last backup (kuzet restore) and run kuzet verify.</source>
            <translation>Файл базы данных повреждён и не может использоваться; ничего не изменено. Восстановите последнюю резервную копию (kuzet restore) и выполните kuzet verify.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="126" />
            <source>The database file cannot be opened or read (a disk or permission problem).</source>
            <translation>Не удаётся открыть или прочитать файл базы данных (проблема с диском или правами доступа).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="162" />
            <source>There is no room left where Kuzet was writing: that disk is full. Free space there or choose another place.</source>
            <translation>Там, куда писал Kuzet, не осталось места: диск заполнен. Освободите на нём место или выберите другое расположение.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="65" />
            <source>Kuzet stopped on an unexpected error ({kind}); nothing more was written. Run the command again with {env}=1 to see the details.</source>
            <translation>Kuzet остановлен из-за непредвиденной ошибки ({kind}); больше ничего не записано. Чтобы увидеть подробности, выполните команду ещё раз с {env}=1.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="130" />
            <source>The database refused the change ({kind}); nothing was changed.</source>
            <translation>База данных отклонила изменение ({kind}); ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="174" />
            <source>A file could not be read or written ({path}: {reason}).</source>
            <translation>Не удалось прочитать или записать файл ({path}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="157" />
            <source>There is no room left to write {path}: its disk is full (or the file is larger than that disk allows). Free space there or choose another place.</source>
            <translation>Не хватает места для записи {path}: диск заполнен (или файл больше, чем допускает этот диск). Освободите на нём место или выберите другое расположение.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="168" />
            <source>Kuzet may not write to {path} (read-only or no permission).</source>
            <translation>Kuzet не может записывать в {path} (только для чтения или нет прав доступа).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="175" />
            <location filename="../../desktop/kuzet/store/jobs.py" line="44" />
            <location filename="../../desktop/kuzet/store/jobs.py" line="45" />
            <location filename="../../desktop/kuzet/store/jobs.py" line="46" />
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/cli/failures.py" line="169" />
            <source>the destination</source>
            <translation>место назначения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="18" />
            <source>male</source>
            <translation>мужской</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="18" />
            <source>female</source>
            <translation>женский</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="21" />
            <source>insert</source>
            <translation>создание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="22" />
            <source>update</source>
            <translation>изменение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="23" />
            <source>retire</source>
            <translation>вывод из обращения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="24" />
            <source>reinstate</source>
            <translation>восстановление</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="25" />
            <source>migrate</source>
            <translation>перенос данных</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="26" />
            <source>bulk-insert</source>
            <translation>массовая загрузка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="29" />
            <source>quarter</source>
            <translation>квартал</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="29" />
            <source>month</source>
            <translation>месяц</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="31" />
            <source>Low risk</source>
            <translation>Низкий риск</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="31" />
            <source>Medium risk</source>
            <translation>Средний риск</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/labels.py" line="31" />
            <source>High risk</source>
            <translation>Высокий риск</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/business_days.py" line="59" />
            <source>Day off (rule pack)</source>
            <translation>Выходной (пакет правил)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/business_days.py" line="114" />
            <source>Rule {key}: {value!r} is not a date (YYYY-MM-DD).</source>
            <translation>Правило {key}: {value!r} — не дата (ГГГГ-ММ-ДД).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="11" />
            <source>Andorra</source>
            <translation>Андорра</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="12" />
            <source>United Arab Emirates</source>
            <translation>ОАЭ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="13" />
            <source>Afghanistan</source>
            <translation>Афганистан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="14" />
            <source>Antigua and Barbuda</source>
            <translation>Антигуа и Барбуда</translation>
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
            <translation>Американское Самоа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="22" />
            <source>Austria</source>
            <translation>Австрия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="23" />
            <source>Australia</source>
            <translation>Австралия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="24" />
            <source>Aruba</source>
            <translation>Аруба</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="25" />
            <source>Åland Islands</source>
            <translation>Аландские о-ва</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="26" />
            <source>Azerbaijan</source>
            <translation>Азербайджан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="27" />
            <source>Bosnia and Herzegovina</source>
            <translation>Босния и Герцеговина</translation>
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
            <translation>Бермудские о-ва</translation>
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
            <translation>Бонэйр, Синт-Эстатиус и Саба</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="41" />
            <source>Brazil</source>
            <translation>Бразилия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="42" />
            <source>Bahamas</source>
            <translation>Багамы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="43" />
            <source>Bhutan</source>
            <translation>Бутан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="44" />
            <source>Bouvet Island</source>
            <translation>о-в Буве</translation>
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
            <translation>Кокосовые о-ва</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="50" />
            <source>Congo, Democratic Republic of the</source>
            <translation>Демократическая Республика Конго</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="51" />
            <source>Central African Republic</source>
            <translation>Центрально-Африканская Республика</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="52" />
            <source>Congo</source>
            <translation>Республика Конго</translation>
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
            <translation>о-ва Кука</translation>
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
            <translation>Китай</translation>
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
            <translation>о-в Рождества</translation>
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
            <translation>Доминиканская Республика</translation>
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
            <translation>Египет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="76" />
            <source>Western Sahara</source>
            <translation>Западная Сахара</translation>
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
            <translation>Фолклендские о-ва</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="83" />
            <source>Micronesia</source>
            <translation>Федеративные Штаты Микронезии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="84" />
            <source>Faroe Islands</source>
            <translation>Фарерские о-ва</translation>
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
            <translation>Великобритания</translation>
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
            <translation>Французская Гвиана</translation>
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
            <translation>Экваториальная Гвинея</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="99" />
            <source>Greece</source>
            <translation>Греция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="100" />
            <source>South Georgia and the South Sandwich Islands</source>
            <translation>Южная Георгия и Южные Сандвичевы о-ва</translation>
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
            <translation>Гонконг (САР)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="106" />
            <source>Heard Island and McDonald Islands</source>
            <translation>о-ва Херд и Макдональд</translation>
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
            <translation>о-в Мэн</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="115" />
            <source>India</source>
            <translation>Индия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="116" />
            <source>British Indian Ocean Territory</source>
            <translation>Британская территория в Индийском океане</translation>
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
            <translation>Япония</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="125" />
            <source>Kenya</source>
            <translation>Кения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="126" />
            <source>Kyrgyzstan</source>
            <translation>Киргизия</translation>
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
            <translation>Коморы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="130" />
            <source>Saint Kitts and Nevis</source>
            <translation>Сент-Китс и Невис</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="131" />
            <source>Korea, Democratic People's Republic of</source>
            <translation>КНДР (Северная Корея)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="132" />
            <source>Korea, Republic of</source>
            <translation>Республика Корея (Южная Корея)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="133" />
            <source>Kuwait</source>
            <translation>Кувейт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="134" />
            <source>Cayman Islands</source>
            <translation>о-ва Кайман</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="135" />
            <source>Kazakhstan</source>
            <translation>Казахстан</translation>
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
            <translation>Маршалловы о-ва</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="154" />
            <source>North Macedonia</source>
            <translation>Северная Македония</translation>
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
            <translation>Монголия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="158" />
            <source>Macao</source>
            <translation>Макао (САР)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="159" />
            <source>Northern Mariana Islands</source>
            <translation>Северные Марианские о-ва</translation>
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
            <translation>Мальдивы</translation>
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
            <translation>Новая Каледония</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="172" />
            <source>Niger</source>
            <translation>Нигер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="173" />
            <source>Norfolk Island</source>
            <translation>о-в Норфолк</translation>
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
            <translation>Нидерланды</translation>
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
            <translation>Новая Зеландия</translation>
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
            <translation>Французская Полинезия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="186" />
            <source>Papua New Guinea</source>
            <translation>Папуа — Новая Гвинея</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="187" />
            <source>Philippines</source>
            <translation>Филиппины</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="188" />
            <source>Pakistan</source>
            <translation>Пакистан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="189" />
            <source>Poland</source>
            <translation>Польша</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="190" />
            <source>Saint Pierre and Miquelon</source>
            <translation>Сен-Пьер и Микелон</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="191" />
            <source>Pitcairn</source>
            <translation>о-ва Питкэрн</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="192" />
            <source>Puerto Rico</source>
            <translation>Пуэрто-Рико</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="193" />
            <source>Palestine, State of</source>
            <translation>Палестинские территории</translation>
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
            <translation>Россия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="202" />
            <source>Rwanda</source>
            <translation>Руанда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="203" />
            <source>Saudi Arabia</source>
            <translation>Саудовская Аравия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="204" />
            <source>Solomon Islands</source>
            <translation>Соломоновы о-ва</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="205" />
            <source>Seychelles</source>
            <translation>Сейшельские о-ва</translation>
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
            <translation>о-в Св. Елены</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="210" />
            <source>Slovenia</source>
            <translation>Словения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="211" />
            <source>Svalbard and Jan Mayen</source>
            <translation>Шпицберген и Ян-Майен</translation>
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
            <translation>Южный Судан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="219" />
            <source>Sao Tome and Principe</source>
            <translation>Сан-Томе и Принсипи</translation>
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
            <translation>Тёркс и Кайкос</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="225" />
            <source>Chad</source>
            <translation>Чад</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="226" />
            <source>French Southern Territories</source>
            <translation>Французские Южные территории</translation>
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
            <translation>Таджикистан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="230" />
            <source>Tokelau</source>
            <translation>Токелау</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="231" />
            <source>Timor-Leste</source>
            <translation>Восточный Тимор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="232" />
            <source>Turkmenistan</source>
            <translation>Туркменистан</translation>
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
            <translation>Турция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="236" />
            <source>Trinidad and Tobago</source>
            <translation>Тринидад и Тобаго</translation>
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
            <translation>Внешние малые о-ва (США)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="243" />
            <source>United States of America</source>
            <translation>Соединенные Штаты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="244" />
            <source>Uruguay</source>
            <translation>Уругвай</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="245" />
            <source>Uzbekistan</source>
            <translation>Узбекистан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="246" />
            <source>Holy See</source>
            <translation>Ватикан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="247" />
            <source>Saint Vincent and the Grenadines</source>
            <translation>Сент-Винсент и Гренадины</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="248" />
            <source>Venezuela</source>
            <translation>Венесуэла</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="249" />
            <source>Virgin Islands (British)</source>
            <translation>Виргинские о-ва (Великобритания)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/countries.py" line="250" />
            <source>Virgin Islands (U.S.)</source>
            <translation>Виргинские о-ва (США)</translation>
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
            <translation>Уоллис и Футуна</translation>
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
            <translation>Южно-Африканская Республика</translation>
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
            <translation>юридическое лицо — резидент</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="26" />
            <source>non-resident legal entity</source>
            <translation>юридическое лицо — нерезидент</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="27" />
            <source>individual entrepreneur (joint form)</source>
            <translation>индивидуальный предприниматель (совместная форма)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="30" />
            <source>head office</source>
            <translation>головной офис</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="31" />
            <source>branch</source>
            <translation>филиал</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="32" />
            <source>representative office</source>
            <translation>представительство</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="33" />
            <source>peasant farm</source>
            <translation>крестьянское хозяйство</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/ids.py" line="91" />
            <source>valid BIN: registered {month}, {type}, {unit}, serial {serial}</source>
            <translation>БИН верен: зарегистрирован {month}, {type}, {unit}, порядковый номер {serial}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/mining_fee.py" line="66" />
            <source>price band from {price} KZT/kWh</source>
            <translation>ценовой диапазон от {price} KZT/кВт·ч</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/mining_fee.py" line="108" />
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="51" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="24" />
            <source>own generation</source>
            <translation>собственная генерация</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/mining_fee.py" line="108" />
            <source>renewable power</source>
            <translation>возобновляемая энергия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/mining_fee.py" line="114" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="26" />
            <source>no or faulty meter</source>
            <translation>нет счётчика или он неисправен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/mining_fee.py" line="83" />
            <source>price band</source>
            <translation>ценовой диапазон</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="45" />
            <source>Threshold transaction (report to the FIU)</source>
            <translation>Пороговая операция (сообщение в АФМ)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="49" />
            <source>Large transaction (the firm's alert threshold)</source>
            <translation>Крупная операция (порог оповещения компании)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="53" />
            <source>Structuring below the firm's alert threshold</source>
            <translation>Дробление ниже порога оповещения компании</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="62" />
            <source>Rapid in-and-out of funds</source>
            <translation>Быстрый ввод и вывод средств</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="69" />
            <source>High-risk jurisdiction</source>
            <translation>Юрисдикция высокого риска</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="71" />
            <source>Retail purchases over the monthly cap without a knowledge test</source>
            <translation>Покупки розничного клиента сверх месячного лимита без теста на знания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="78" />
            <source>Wallet of a listed person</source>
            <translation>Кошелёк лица из перечня</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="80" />
            <source>Operation of a frozen customer</source>
            <translation>Операция замороженного клиента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="87" />
            <source>Travel Rule data incomplete</source>
            <translation>Неполные данные Travel Rule</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="93" />
            <source>Counterparty provider not vetted before the transfer</source>
            <translation>Провайдер-контрагент не проверен до перевода</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="243" />
            <source>Deposit</source>
            <translation>Пополнение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="243" />
            <source>Withdrawal</source>
            <translation>Вывод средств</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="311" />
            <source>{count} {what}s from {first} to {last}, each between {floor} and the firm's alert threshold of {threshold} (total {total}): at least {min_count} within {days} days, margin {margin}% (monitoring.structuring.*, monitoring.internal_alert_kzt).</source>
            <translation>Операции ({what}) с {first} по {last}: {count}, каждая от {floor} до порога оповещения компании {threshold} (всего {total}). Условие: не менее {min_count} за {days} дн., отступ от порога {margin}% (monitoring.structuring.*, monitoring.internal_alert_kzt).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="257" />
            <source>{what} of {value} on {date}: at or above the firm's alert threshold of {threshold} (monitoring.internal_alert_kzt; an internal alert, not a report to the FIU).</source>
            <translation>{what}: {value}, {date}; не ниже порога оповещения компании {threshold} (monitoring.internal_alert_kzt; внутреннее оповещение, не сообщение в АФМ).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring.py" line="360" />
            <source>Deposit of {value} on {date}; {share}% of it ({total}) withdrawn by {last} in {count} withdrawal(s): at least {min_share}% within {days} day(s) of a deposit of {minimum} or more (monitoring.rapid.*).</source>
            <translation>Пополнение на {value} от {date}; {share}% этой суммы ({total}) выведено к {last}, операций вывода: {count}. Условие: не менее {min_share}% в течение {days} дн. после пополнения на {minimum} или больше (monitoring.rapid.*).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="70" />
            <source>{what} of {value} on {date}: {kind}, at or above {threshold}{why} (monitoring.threshold_reports, Law No. 191-IV Art. 4): report to the FIU.</source>
            <translation>{what}: {value}, {date}; {kind}, не ниже {threshold}{why} (monitoring.threshold_reports, Закон № 191-IV, ст. 4): сообщите в АФМ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="120" />
            <source>the transfer's data do not name the {who} (anonymous account)</source>
            <translation>в данных перевода не указан {who} (анонимный счёт)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="149" />
            <source>{count} transaction(s) in {month}: {causes}.</source>
            <translation>Операции за {month}: {count}; {causes}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="163" />
            <source>citizenship</source>
            <translation>гражданство</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="164" />
            <source>residence</source>
            <translation>страна проживания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="235" />
            <source>no knowledge test passed</source>
            <translation>тест на знания не сдан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="240" />
            <source>Deposits</source>
            <translation>Пополнения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="240" />
            <source>Purchases of digital assets</source>
            <translation>Покупки цифровых активов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="282" />
            <source>counterparty wallet</source>
            <translation>кошелёк контрагента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="283" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="37" />
            <source>originator wallet</source>
            <translation>кошелёк отправителя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="284" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="40" />
            <source>beneficiary wallet</source>
            <translation>кошелёк получателя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="108" />
            <source>the counterparty provider {provider} is in {code}, an offshore zone</source>
            <translation>провайдер-контрагент {provider} находится в {code} (офшорная зона)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="113" />
            <source>the customer is resident or registered in {code}, an offshore zone</source>
            <translation>клиент проживает или зарегистрирован в {code} (офшорная зона)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="121" />
            <source>originator</source>
            <translation>отправитель</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="121" />
            <source>beneficiary</source>
            <translation>получатель</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="176" />
            <source>the counterparty provider {provider} is in {code}, on {list}</source>
            <translation>провайдер-контрагент {provider} находится в {code} (список: {list})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="243" />
            <source>{counted} of {total} in {month} exceed the cap of {cap} a calendar month for retail residents of {country} (from {date}); {test} (monitoring.retail.cap_usd).</source>
            <translation>{counted} за {month} на сумму {total} превышают лимит {cap} в календарный месяц для розничных клиентов — резидентов {country} (с {date}); {test} (monitoring.retail.cap_usd).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="299" />
            <source>{what} of {value} on {date}: {found}.</source>
            <translation>{what}: {value}, {date}; {found}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="237" />
            <source>knowledge test passed only on {date}</source>
            <translation>тест на знания сдан только {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="169" />
            <source>the customer's {what} {code} is on {list}</source>
            <translation>{what} клиента ({code}) — в списке {list}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/monitoring_parties.py" line="294" />
            <source>{field} {wallet} belongs to {name} ({list}, entry {ref})</source>
            <translation>{field} {wallet} принадлежит лицу {name} ({list}, запись {ref})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="172" />
            <source>No deputy MLRO is appointed; the firm's rules require one.</source>
            <translation>Заместитель ответственного сотрудника не назначен, хотя правила компании этого требуют.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="63" />
            <source>Unknown jurisdiction {key!r}.</source>
            <translation>Неизвестная юрисдикция {key!r}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="144" />
            <source>No MLRO is appointed.</source>
            <translation>Ответственный сотрудник не назначен.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="151" />
            <source>The MLRO, {name}, does not reside in Kazakhstan.</source>
            <translation>Ответственный сотрудник {name} не проживает в Казахстане.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/programme.py" line="161" />
            <source>The MLRO, {name}, is not a director, partner, principal representative or senior manager.</source>
            <translation>Ответственный сотрудник {name} не является директором, партнёром, главным представителем или руководящим работником.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="157" />
            <source>FATF call for action</source>
            <translation>ФАТФ: призыв к действиям</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="158" />
            <source>FATF increased monitoring</source>
            <translation>ФАТФ: усиленный мониторинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="159" />
            <source>home jurisdiction</source>
            <translation>своя юрисдикция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="160" />
            <source>other jurisdiction</source>
            <translation>другая юрисдикция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="163" />
            <source>not recorded</source>
            <translation>не указано</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="164" />
            <source>not a PEP</source>
            <translation>не ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/risk.py" line="165" />
            <source>{seen} (worst: {worst}, {kind})</source>
            <translation>{seen} (наихудшая: {worst}, {kind})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/rulepack.py" line="49" />
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="101" />
            <source>read in the law or the regulator's rulebook</source>
            <translation>прочитано в законе или правилах регулятора</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/rulepack.py" line="50" />
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="102" />
            <source>secondary source</source>
            <translation>вторичный источник</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/rulepack.py" line="51" />
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="103" />
            <source>unverified or sources disagree</source>
            <translation>не проверено или источники расходятся</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/rulepack.py" line="52" />
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="104" />
            <source>product default, not law</source>
            <translation>значение программы по умолчанию, не закон</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/severity.py" line="105" />
            <source>Critical</source>
            <translation>Критический</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/severity.py" line="106" />
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="20" />
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="55" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="41" />
            <source>High</source>
            <translation>Высокий</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/severity.py" line="107" />
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="20" />
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="55" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="41" />
            <source>Medium</source>
            <translation>Средний</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/severity.py" line="108" />
            <source>Info</source>
            <translation>Информационный</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/threshold_catalogue.py" line="56" />
            <source>Threshold report row {kind!r}: applies_to must be one of {applies} and condition one of {conditions}.</source>
            <translation>Строка пороговых сообщений {kind!r}: applies_to должно быть одним из {applies}, а condition — одним из {conditions}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/threshold_catalogue.py" line="65" />
            <source>Threshold report row {kind!r}: {value!r} is not an amount.</source>
            <translation>Строка пороговых сообщений {kind!r}: {value!r} — не сумма.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="54" />
            <source>originator's name</source>
            <translation>имя отправителя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="55" />
            <source>originator's wallet or account</source>
            <translation>кошелёк или счёт отправителя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="56" />
            <source>originator's address, ID number, customer ID or birth date and place</source>
            <translation>адрес, номер документа, номер клиента или дата и место рождения отправителя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="57" />
            <source>beneficiary's name</source>
            <translation>имя получателя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="58" />
            <source>beneficiary's wallet or account</source>
            <translation>кошелёк или счёт получателя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="68" />
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="104" />
            <source>complete</source>
            <translation>данные полные</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="69" />
            <source>incomplete</source>
            <translation>данные неполные</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="70" />
            <source>not applicable</source>
            <translation>не применяется</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="71" />
            <source>not in force on that day</source>
            <translation>правило не действовало в тот день</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="72" />
            <source>rule to enter from the statute</source>
            <translation>правило нужно ввести по тексту закона</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="216" />
            <source>it is not in the register of counterparty providers</source>
            <translation>его нет в реестре провайдеров-контрагентов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="145" />
            <source>missing {fields}</source>
            <translation>не хватает: {fields}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="182" />
            <source>Transfer of {value} ({asset}) on {date}, at or above the Travel Rule threshold of {threshold}: {missing} ({rule}).</source>
            <translation>Перевод {value} ({asset}) от {date}, не ниже порога правила перевода (Travel Rule) {threshold}: {missing} ({rule}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="218" />
            <source>its due diligence is not recorded</source>
            <translation>его надлежащая проверка не записана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="222" />
            <source>{count} transfer(s) with {provider} from {first} to {last}: {why}; counterparty providers are vetted before the first transfer (AIFC AML 11-1).</source>
            <translation>Переводы с {provider} с {first} по {last}: {count}; {why}. Провайдеры-контрагенты проверяются до первого перевода (AIFC AML 11-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="129" />
            <source>The Travel Rule field lists name unknown fields: {fields}.</source>
            <translation>В перечнях полей Travel Rule указаны неизвестные поля: {fields}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="105" />
            <source>The Travel Rule threshold {value!r} is not an amount.</source>
            <translation>Порог правила перевода (Travel Rule) {value!r} — не сумма.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/regime/travel_rule.py" line="220" />
            <source>its due diligence was done only on {date}</source>
            <translation>его надлежащая проверка проведена только {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="88" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="32" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="83" />
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="15" />
            <source>Licences</source>
            <translation>Лицензии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="89" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="40" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="84" />
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="13" />
            <source>Pool accreditations</source>
            <translation>Аккредитации пулов</translation>
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
            <translation>Клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="91" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="27" />
            <source>Customer reviews</source>
            <translation>Пересмотры клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="92" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="25" />
            <source>Customer documents</source>
            <translation>Документы клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="93" />
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="161" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="43" />
            <location filename="../../desktop/kuzet/registers/system/permissions.py" line="16" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="109" />
            <source>MLRO</source>
            <translation>Ответственный сотрудник (MLRO)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="94" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="35" />
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="183" />
            <source>Training</source>
            <translation>Обучение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="95" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="16" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="127" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="27" />
            <source>Independent audits</source>
            <translation>Независимые аудиты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="96" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="41" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="52" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="55" />
            <source>Remediation actions</source>
            <translation>Корректирующие мероприятия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="97" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="223" />
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="19" />
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="22" />
            <source>Business risk assessment</source>
            <translation>Оценка рисков компании</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="98" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="14" />
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="35" />
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="38" />
            <source>AML Returns</source>
            <translation>Годовые отчёты по ПОД/ФТ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="99" />
            <source>Pool distribution reports</source>
            <translation>Отчёты пула о распределении</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="229" />
            <source>Writing the calendar</source>
            <translation>Запись календаря</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="271" />
            <source>Kuzet deadlines</source>
            <translation>Сроки Kuzet</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="179" />
            <source>{overdue} overdue, {week} due this week</source>
            <translation>просрочено: {overdue}, срок на этой неделе: {week}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="271" />
            <source>Kuzet — {firm}</source>
            <translation>Kuzet — {firm}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="242" />
            <source>Kuzet record: {register} #{id}</source>
            <translation>Запись Kuzet: {register} №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="189" />
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="267" />
            <source>… and {n} more</source>
            <translation>… и ещё {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/calendar.py" line="240" />
            <source>Owner: {owner}</source>
            <translation>Ответственный: {owner}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="191" />
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="94" />
            <source>Enter the citizenship (ISO code, e.g. KZ).</source>
            <translation>Укажите гражданство (код ISO, например KZ).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="195" />
            <source>This is a BIN; an individual needs an IIN.</source>
            <translation>Это БИН; для физического лица нужен ИИН.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="203" />
            <source>Enter the date of birth.</source>
            <translation>Введите дату рождения.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="207" />
            <source>Sex is male or female.</source>
            <translation>Пол — мужской или женский.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="210" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="130" />
            <source>The issue date cannot be in the future.</source>
            <translation>Дата выдачи не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="212" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="133" />
            <source>The expiry must be after the issue date.</source>
            <translation>Срок действия должен истекать после даты выдачи.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="234" />
            <source>The registration date cannot be in the future.</source>
            <translation>Дата регистрации не может быть в будущем.</translation>
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
            <translation>дело клиента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="117" />
            <source>Choose individual or legal entity.</source>
            <translation>Выберите: физическое или юридическое лицо.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="122" />
            <source>Enter the full name as in the ID document.</source>
            <translation>Введите полное имя, как в документе, удостоверяющем личность.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="124" />
            <source>Enter the entity's name as registered.</source>
            <translation>Введите наименование юридического лица, как при регистрации.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="134" />
            <source>Enter the country of residence (ISO code, e.g. KZ).</source>
            <translation>Укажите страну проживания (код ISO, например KZ).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="136" />
            <source>Enter the country of registration (ISO code, e.g. KZ).</source>
            <translation>Укажите страну регистрации (код ISO, например KZ).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="173" />
            <source>Invalid BIN: {reason}.</source>
            <translation>Неверный БИН: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="200" />
            <source>Without an IIN, enter the ID document's type and number.</source>
            <translation>Без ИИН укажите вид и номер документа, удостоверяющего личность.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="205" />
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="97" />
            <source>The date of birth cannot be in the future.</source>
            <translation>Дата рождения не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="222" />
            <source>This is an IIN: record an individual entrepreneur as an individual.</source>
            <translation>Это ИИН: индивидуального предпринимателя записывайте как физическое лицо.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="143" />
            <source>{email} is not an e-mail address.</source>
            <translation>{email} — не адрес электронной почты.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="158" />
            <source>PEP must be empty or one of: {kinds}.</source>
            <translation>ПДЛ — пусто или одно из: {kinds}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="172" />
            <source>Invalid IIN: {reason}.</source>
            <translation>Неверный ИИН: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="182" />
            <source>A citizen of {home} has an IIN: enter it.</source>
            <translation>У гражданина {home} есть ИИН: введите его.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="231" />
            <source>Without a BIN, enter the registration number.</source>
            <translation>Без БИН укажите регистрационный номер.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="359" />
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="112" />
            <source>A retired customer file cannot be edited.</source>
            <translation>Выведенное досье клиента нельзя изменить.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="362" />
            <source>An individual cannot become an entity: open a new customer file.</source>
            <translation>Физическое лицо не может стать юридическим: заведите новое досье клиента.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="376" />
            <source>Write why the IIN and the file disagree.</source>
            <translation>Объясните, почему ИИН и досье расходятся.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="139" />
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="193" />
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="92" />
            <source>{code} is not an ISO country code.</source>
            <translation>{code} — не код страны ISO.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="150" />
            <source>Customer #{id} already has this number.</source>
            <translation>У клиента №{id} уже такой номер.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="227" />
            <source>An entity registered in {home} has a BIN: enter it.</source>
            <translation>У юридического лица, зарегистрированного в {home}, есть БИН: введите его.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/customer_file.py" line="247" />
            <source>Unknown choice {value!r}; expected one of {keys}.</source>
            <translation>Неизвестное значение {value!r}; ожидается одно из: {keys}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/desk.py" line="58" />
            <location filename="../../desktop/kuzet/registers/programme/response_import.py" line="116" />
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="151" />
            <source>Importing {name}</source>
            <translation>Импорт {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="34" />
            <source>Choose what the document is.</source>
            <translation>Выберите, что это за документ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="37" />
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="68" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="260" />
            <source>The period cannot end before it starts.</source>
            <translation>Период не может закончиться раньше, чем начался.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="40" />
            <source>The expiry cannot be before the period starts.</source>
            <translation>Срок действия не может истечь до начала периода.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="65" />
            <source>A retired customer file cannot take new documents.</source>
            <translation>В выведенное досье клиента нельзя добавлять документы.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="74" />
            <source>The document needs a file name.</source>
            <translation>У документа должно быть имя файла.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="76" />
            <source>The file is empty.</source>
            <translation>Файл пуст.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="129" />
            <source>document #{id} does not exist</source>
            <translation>документа №{id} не существует</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="150" />
            <source>Say why the document is no longer relied on.</source>
            <translation>Укажите, почему на документ больше не опираются.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="151" />
            <source>Document #{id} is already retired.</source>
            <translation>Документ №{id} уже выведен.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="69" />
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="104" />
            <source>Owner #{id} is not an owner of this customer.</source>
            <translation>Бенефициарный собственник №{id} не относится к этому клиенту.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/documents.py" line="121" />
            <source>Cannot read {name}: {error}</source>
            <translation>Не удаётся прочитать {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="98" />
            <source>The approval date cannot be in the future.</source>
            <translation>Дата одобрения не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="100" />
            <source>Name the senior manager who approved.</source>
            <translation>Укажите руководителя, который дал одобрение.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="102" />
            <source>Say how the source of funds was verified.</source>
            <translation>Укажите, как проверен источник средств.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="80" />
            <source>the source of wealth</source>
            <translation>источник благосостояния</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="82" />
            <source>verification of the source of wealth</source>
            <translation>проверка источника благосостояния</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="86" />
            <source>verification of the source of funds</source>
            <translation>проверка источника средств</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="88" />
            <source>senior management approval (who and when)</source>
            <translation>одобрение руководства (кто и когда)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="90" />
            <source>enhanced monitoring</source>
            <translation>усиленный мониторинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="160" />
            <source>The file is retired.</source>
            <translation>Досье выведено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="163" />
            <source>The IIN disagrees with the birth date or sex in the file: explain it first.</source>
            <translation>ИИН не совпадает с датой рождения или полом в досье: сначала объясните расхождение.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="166" />
            <source>Record the purpose and intended nature of the relationship.</source>
            <translation>Укажите цель и предполагаемый характер деловых отношений.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="168" />
            <source>Record the address.</source>
            <translation>Укажите адрес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="196" />
            <source>The risk has not been assessed.</source>
            <translation>Риск не оценён.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="84" />
            <source>evidence of the source of wealth (a note or a document)</source>
            <translation>подтверждение источника благосостояния (заметка или документ)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="187" />
            <source>Record the beneficial owners of the entity.</source>
            <translation>Укажите бенефициарных собственников юридического лица.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="202" />
            <source>a PEP</source>
            <translation>ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="202" />
            <source>high risk</source>
            <translation>высокий риск</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="250" />
            <source>The decision is approve, reject, exit, freeze or unfreeze.</source>
            <translation>Решение: approve (одобрить), reject (отказать), exit (прекратить отношения), freeze (заморозить) или unfreeze (разморозить).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="257" />
            <source>The customer is frozen: the freeze stays until it is lifted (unfreeze, with a reason).</source>
            <translation>Клиент заморожен: замораживание действует, пока его не снимут (разморозка с указанием причины).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="269" />
            <source>The relationship has already ended.</source>
            <translation>Деловые отношения уже прекращены.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="277" />
            <source>approved</source>
            <translation>одобрен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="172" />
            <source>source of funds</source>
            <translation>источник средств</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="173" />
            <source>product or service</source>
            <translation>продукт или услуга</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="174" />
            <source>delivery channel</source>
            <translation>канал обслуживания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="180" />
            <source>Record the {items} (the risk assessment needs them).</source>
            <translation>Укажите: {items} (это нужно для оценки риска).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="267" />
            <source>Say why (it goes in the file and the audit trail).</source>
            <translation>Укажите причину (она попадёт в досье и журнал аудита).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="191" />
            <source>An owner's IIN disagrees with their file: explain it ({names}).</source>
            <translation>ИИН владельца не совпадает с его данными: объясните расхождение ({names}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/edd.py" line="204" />
            <source>EDD is required ({why}) and incomplete: missing {items}.</source>
            <translation>Нужна усиленная проверка ({why}), и она не завершена: не хватает — {items}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="19" />
            <source>Customer file</source>
            <translation>Досье клиента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="20" />
            <source>Beneficial owner</source>
            <translation>Бенефициарный собственник</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="21" />
            <source>PEP status</source>
            <translation>Статус ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="22" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="141" />
            <source>Risk assessment</source>
            <translation>Оценка рисков</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="23" />
            <source>EDD</source>
            <translation>Усиленная проверка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="24" />
            <source>Review</source>
            <translation>Пересмотр</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/history.py" line="25" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="36" />
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="80" />
            <source>Kind (individual or entity)</source>
            <translation>Вид (individual — физ. лицо, entity — юр. лицо)</translation>
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
            <translation>Наименование</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="82" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="164" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="23" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="46" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="109" />
            <source>Name in Latin</source>
            <translation>Имя латиницей</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="83" />
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="68" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="165" />
            <source>IIN / BIN</source>
            <translation>ИИН / БИН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="84" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="172" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="27" />
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
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
            <translation>Гражданство</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="86" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="323" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="32" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="32" />
            <source>Residence</source>
            <translation>Страна проживания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="87" />
            <source>ID document type</source>
            <translation>Вид документа, удостоверяющего личность</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="88" />
            <source>ID document number</source>
            <translation>Номер документа, удостоверяющего личность</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="89" />
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="137" />
            <source>ID document expiry</source>
            <translation>Окончание срока документа, удостоверяющего личность</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="90" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="81" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="200" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="78" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="91" />
            <source>PEP category</source>
            <translation>Категория ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="92" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="205" />
            <source>Purpose of the relationship</source>
            <translation>Цель деловых отношений</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="93" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="349" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="177" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="30" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="94" />
            <source>ID document issued by</source>
            <translation>Кем выдан документ, удостоверяющий личность</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="95" />
            <source>ID document issued on</source>
            <translation>Дата выдачи документа, удостоверяющего личность</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="96" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="259" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="203" />
            <source>Occupation</source>
            <translation>Род занятий</translation>
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
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="99" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="312" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="194" />
            <source>Registration number</source>
            <translation>Регистрационный номер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="100" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="311" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="197" />
            <source>Registered on</source>
            <translation>Дата регистрации</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="101" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="151" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="199" />
            <source>Directors</source>
            <translation>Руководители</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="102" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="297" />
            <source>Product</source>
            <translation>Продукт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="103" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="116" />
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="104" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="187" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="354" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="214" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="37" />
            <source>Source of funds</source>
            <translation>Источник средств</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="105" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="217" />
            <source>Funds: details</source>
            <translation>Средства: подробности</translation>
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
            <translation>Примечания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="289" />
            <source>{count} customer NOT screened: no watchlist is in force. Import the lists, then screen it (Screening page or kuzet screen --all):|{count} customers NOT screened: no watchlist is in force. Import the lists, then screen them (Screening page or kuzet screen --all):</source>
            <translation>{count} клиент НЕ проверен — нет действующего списка. Импортируйте списки, затем проверьте его (страница «Проверка по спискам» или kuzet screen --all):|{count} клиента НЕ проверены — нет действующего списка. Импортируйте списки, затем проверьте их (страница «Проверка по спискам» или kuzet screen --all):|{count} клиентов НЕ проверены — нет действующего списка. Импортируйте списки, затем проверьте их (страница «Проверка по спискам» или kuzet screen --all):</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="296" />
            <source>{count} customer screened only against out-of-date lists. Import the current editions, then screen it again:|{count} customers screened only against out-of-date lists. Import the current editions, then screen them again:</source>
            <translation>{count} клиент проверен только по устаревшим спискам. Импортируйте текущие редакции и проверьте его снова:|{count} клиента проверены только по устаревшим спискам. Импортируйте текущие редакции и проверьте их снова:|{count} клиентов проверены только по устаревшим спискам. Импортируйте текущие редакции и проверьте их снова:</translation>
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
            <translation>Проверка: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="194" />
            <source>kind must be individual or entity</source>
            <translation>вид — individual (физическое лицо) или entity (юридическое лицо)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="241" />
            <source>customer #{id} already has this number</source>
            <translation>у клиента №{id} уже такой номер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="214" />
            <source>declared (imported from {name})</source>
            <translation>заявлено (импорт из {name})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="215" />
            <source>import of {name}, line {line}</source>
            <translation>импорт {name}, строка {line}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/imports.py" line="275" />
            <source>and {count} more</source>
            <translation>и ещё {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/knowledge_tests.py" line="27" />
            <source>Choose the customer.</source>
            <translation>Выберите клиента.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/knowledge_tests.py" line="29" />
            <source>Enter the day the test was taken.</source>
            <translation>Введите дату сдачи теста.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/knowledge_tests.py" line="57" />
            <source>knowledge test</source>
            <translation>тест на знания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/knowledge_tests.py" line="31" />
            <source>The test cannot be dated in the future.</source>
            <translation>Дата теста не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/knowledge_tests.py" line="45" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="154" />
            <source>Customer #{id} does not exist.</source>
            <translation>Клиента №{id} не существует.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="33" />
            <source>Review overdue</source>
            <translation>Пересмотр просрочен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="34" />
            <source>Review due within the reminder window</source>
            <translation>Срок пересмотра в окне напоминаний</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="35" />
            <source>EDD required and incomplete</source>
            <translation>Нужна усиленная проверка, не завершена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="36" />
            <source>ID document expired</source>
            <translation>Документ, удостоверяющий личность, истёк</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="37" />
            <source>IIN disagrees with the file</source>
            <translation>ИИН не совпадает с досье</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="38" />
            <source>Waiting for a decision</source>
            <translation>Ожидает решения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="67" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="27" />
            <source>Latin name</source>
            <translation>Имя латиницей</translation>
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
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="70" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="81" />
            <source>Risk</source>
            <translation>Риск</translation>
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
            <translation>ПДЛ</translation>
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
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="73" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="31" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="60" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="29" />
            <source>Next review</source>
            <translation>Следующий пересмотр</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="74" />
            <source>ID expires</source>
            <translation>Документ до</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="89" />
            <source>not assessed</source>
            <translation>не оценён</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="90" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="279" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="293" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="226" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="217" />
            <source>retired ({status})</source>
            <translation>выведена ({status})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="94" />
            <source>FROZEN</source>
            <translation>ЗАМОРОЖЕН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="95" />
            <source>{count} open hit|{count} open hits</source>
            <translation>{count} открытое совпадение|{count} открытых совпадения|{count} открытых совпадений</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="106" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="333" />
            <source>Risk tier</source>
            <translation>Уровень риска</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="124" />
            <source>Needs attention</source>
            <translation>Требует внимания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="102" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="27" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="27" />
            <source>Any kind</source>
            <translation>Любой вид</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="108" />
            <source>Any risk</source>
            <translation>Любой риск</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="115" />
            <source>PEP or not</source>
            <translation>ПДЛ или нет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="115" />
            <source>PEPs</source>
            <translation>ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="115" />
            <source>Not PEPs</source>
            <translation>Не ПДЛ</translation>
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
            <translation>Любой статус</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/listing.py" line="125" />
            <source>Everything</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/onboarding.py" line="82" />
            <source>onboarding declaration</source>
            <translation>декларация при принятии на обслуживание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/onboarding.py" line="81" />
            <source>declared at onboarding</source>
            <translation>заявлено при принятии на обслуживание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="12" />
            <source>Individual</source>
            <translation>Физическое лицо</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="12" />
            <source>Legal entity</source>
            <translation>Юридическое лицо</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="14" />
            <source>Pending decision</source>
            <translation>Ожидает решения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="15" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="195" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="29" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="34" />
            <source>Approved</source>
            <translation>Одобрен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="16" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="35" />
            <source>Rejected</source>
            <translation>Отказано</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="17" />
            <source>Relationship ended</source>
            <translation>Отношения прекращены</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="18" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="177" />
            <source>Frozen</source>
            <translation>Заморожен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="20" />
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="55" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="41" />
            <source>Low</source>
            <translation>Низкий</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="21" />
            <source>Male</source>
            <translation>Мужской</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/options.py" line="21" />
            <source>Female</source>
            <translation>Женский</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="81" />
            <source>Enter the owner's full name as in the ID document.</source>
            <translation>Введите полное имя бенефициарного собственника, как в документе, удостоверяющем личность.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="85" />
            <source>This is a BIN: a beneficial owner is a natural person.</source>
            <translation>Это БИН: бенефициарный собственник — физическое лицо.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="106" />
            <source>The share is between 0 and 100 percent.</source>
            <translation>Доля — от 0 до 100 процентов.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="114" />
            <source>Say how the person exercises control.</source>
            <translation>Укажите, как лицо осуществляет контроль.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="191" />
            <source>beneficial owner #{id} does not exist</source>
            <translation>бенефициарного собственника №{id} не существует</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="204" />
            <source>A retired owner cannot be edited.</source>
            <translation>Выведенного бенефициарного собственника нельзя изменить.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="220" />
            <source>Say why the person is no longer an owner.</source>
            <translation>Укажите, почему лицо больше не бенефициарный собственник.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="103" />
            <source>Enter the share as a number of percent.</source>
            <translation>Укажите долю числом процентов.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="166" />
            <source>Only a legal entity has beneficial owners.</source>
            <translation>Бенефициарные собственники бывают только у юридического лица.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="221" />
            <source>Owner #{id} is already retired.</source>
            <translation>Бенефициарный собственник №{id} уже выведен.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="228" />
            <source>the person is no longer an owner: {reason}</source>
            <translation>лицо больше не бенефициарный собственник: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="111" />
            <source>Below {limit}% and no control: not a beneficial owner. Record control, or the share.</source>
            <translation>Меньше {limit}% и нет контроля — не бенефициарный собственник. Укажите контроль или долю.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="119" />
            <source>The owners' shares would add up to {total}%, more than 100%.</source>
            <translation>Сумма долей бенефициарных собственников составила бы {total}% — больше 100%.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/owners.py" line="181" />
            <source>declared</source>
            <translation>заявлено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="52" />
            <source>Choose the PEP category.</source>
            <translation>Выберите категорию ПДЛ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="62" />
            <source>The start in office cannot be in the future.</source>
            <translation>Дата вступления в должность не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="64" />
            <source>Leaving office cannot be in the future.</source>
            <translation>Дата ухода с должности не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="66" />
            <source>Leaving office cannot come before taking it.</source>
            <translation>Уход с должности не может быть раньше вступления в неё.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="114" />
            <source>PEP record #{id} does not exist</source>
            <translation>записи о ПДЛ №{id} не существует</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="125" />
            <source>A retired PEP record cannot be edited.</source>
            <translation>Выведенную запись о ПДЛ нельзя изменить.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="137" />
            <source>Say why the PEP record is withdrawn.</source>
            <translation>Укажите, почему запись о ПДЛ отзывается.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="55" />
            <source>Say what kind of PEP the related person is.</source>
            <translation>Укажите, к какой категории ПДЛ относится связанное лицо.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="57" />
            <source>Name the PEP and the relation (e.g. spouse of ...).</source>
            <translation>Укажите ПДЛ и связь (например, супруг(а) ...).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="59" />
            <source>Enter the public position held.</source>
            <translation>Укажите занимаемую публичную должность.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/peps.py" line="138" />
            <source>PEP record #{id} is already retired.</source>
            <translation>Запись о ПДЛ №{id} уже выведена.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="34" />
            <source>Enter the date of the review.</source>
            <translation>Введите дату пересмотра.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="42" />
            <source>Write what was checked and found.</source>
            <translation>Опишите, что проверено и что обнаружено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="151" />
            <source>reassess the risk once PEP status has ended</source>
            <translation>переоцените риск после окончания статуса ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="36" />
            <source>A review cannot be dated in the future.</source>
            <translation>Дата пересмотра не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="54" />
            <source>Only approved customers are reviewed; decide on onboarding first.</source>
            <translation>Пересматриваются только одобренные клиенты; сначала примите решение о принятии на обслуживание.</translation>
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
            <translation>просрочено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="128" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="103" />
            <source>due</source>
            <translation>срок</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="129" />
            <source>Customer review</source>
            <translation>Пересмотр клиента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="152" />
            <source>PEP status ends</source>
            <translation>Окончание статуса ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="38" />
            <source>Choose the outcome: {choices}.</source>
            <translation>Выберите итог: {choices}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="50" />
            <source>A retired customer file cannot be reviewed.</source>
            <translation>Выведенное досье клиента нельзя пересмотреть.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="127" />
            <source>{tier} risk</source>
            <translation>Риск: {tier}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="136" />
            <location filename="../../desktop/kuzet/registers/deadlines.py" line="84" />
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="59" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="85" />
            <source>expired</source>
            <translation>истекла</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/reviews.py" line="136" />
            <source>expires</source>
            <translation>истекает</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/risk.py" line="202" />
            <source>The tier is low, medium or high.</source>
            <translation>Уровень: низкий, средний или высокий.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/risk.py" line="205" />
            <source>Say why the computed tier is overridden (it goes in the audit trail).</source>
            <translation>Укажите, почему рассчитанный уровень переопределяется (это попадёт в журнал аудита).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="112" />
            <source>The customer is frozen: unfreeze it first, with a reason.</source>
            <translation>Клиент заморожен: сначала разморозьте его, указав причину.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="146" />
            <source>Frozen by the officer's decision, without a hit.</source>
            <translation>Заморожен по решению сотрудника, без совпадения по спискам.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="56" />
            <source> (beneficial owner {name})</source>
            <translation> (бенефициарный собственник {name})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="71" />
            <source>Hit #{id} is open{whose}: {list} entry {ref} "{name}", score {score}. Decide it on the Screening page first.</source>
            <translation>Совпадение №{id} открыто{whose}: {list}, запись {ref} «{name}», балл {score}. Сначала примите по нему решение на странице «Проверка по спискам».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="133" />
            <source>Say why the customer is frozen.</source>
            <translation>Укажите, почему клиент замораживается.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="136" />
            <source>The customer is already frozen.</source>
            <translation>Клиент уже заморожен.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="155" />
            <source>Say why the freeze is lifted (it goes in the audit trail).</source>
            <translation>Укажите, почему замораживание снимается (это попадёт в журнал аудита).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="159" />
            <source>The customer is not frozen.</source>
            <translation>Клиент не заморожен.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="67" />
            <source>Hit #{id} is a confirmed sanctions match{whose}: {list} entry {ref} "{name}", score {score}. A sanctions match cannot be approved.</source>
            <translation>Совпадение №{id} — подтверждённое санкционное совпадение{whose}: {list}, запись {ref} «{name}», балл {score}. Клиента с санкционным совпадением нельзя одобрить.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="137" />
            <source>frozen: {reason}</source>
            <translation>заморожен: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/customers/sanctions.py" line="160" />
            <source>unfrozen: {reason}</source>
            <translation>разморожен: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/deadlines.py" line="63" />
            <source>due today</source>
            <translation>срок сегодня</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/deadlines.py" line="64" />
            <source>in {days} day|in {days} days</source>
            <translation>через {days} день|через {days} дня|через {days} дней</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/deadlines.py" line="86" />
            <source>within {days} days</source>
            <translation>в течение {days} дн.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/deadlines.py" line="61" />
            <source>{days} day overdue|{days} days overdue</source>
            <translation>просрочено на {days} день|просрочено на {days} дня|просрочено на {days} дней</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/errors.py" line="71" />
            <source>repeats line {line}</source>
            <translation>повторяет строку {line}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="112" />
            <source>{records} record; stop the activity or restore the licence|{records} records; stop the activity or restore the licence</source>
            <translation>{records} запись; прекратите деятельность или восстановите лицензию|{records} записи; прекратите деятельность или восстановите лицензию|{records} записей; прекратите деятельность или восстановите лицензию</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="93" />
            <source>{activity} on {days} day ({period}) with no licence held|{activity} on {days} days ({period}) with no licence held</source>
            <translation>{activity}: {days} день ({period}) без лицензии|{activity}: {days} дня ({period}) без лицензии|{activity}: {days} дней ({period}) без лицензии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="98" />
            <source>{activity} on {days} day ({period}) while {licence} was {cause}|{activity} on {days} days ({period}) while {licence} was {cause}</source>
            <translation>{activity}: {days} день ({period}), когда {licence}: {cause}|{activity}: {days} дня ({period}), когда {licence}: {cause}|{activity}: {days} дней ({period}), когда {licence}: {cause}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="50" />
            <source>mining output</source>
            <translation>добыча</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="51" />
            <source>sales of mined coin</source>
            <translation>продажа добытых монет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="52" />
            <source>customer transactions</source>
            <translation>операции клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="58" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="83" />
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="116" />
            <source>suspended</source>
            <translation>приостановлена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="60" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="84" />
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="116" />
            <source>revoked</source>
            <translation>отозвана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="61" />
            <source>not yet issued</source>
            <translation>ещё не выдана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/activity.py" line="62" />
            <source>no licence held</source>
            <translation>лицензии нет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="82" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="107" />
            <source>active</source>
            <translation>действует</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="117" />
            <source>Choose the licence type.</source>
            <translation>Выберите вид лицензии.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="123" />
            <source>Enter the licence number as printed on the licence.</source>
            <translation>Введите номер лицензии так, как он указан в лицензии.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="125" />
            <source>Enter who issued it (e.g. AFSA, NBK, MDDIAI).</source>
            <translation>Укажите, кто её выдал (например, AFSA, НБК, МЦРИАП).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="128" />
            <source>Enter the issue date.</source>
            <translation>Введите дату выдачи.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="140" />
            <source>A suspension needs its start date.</source>
            <translation>Для приостановления нужна дата начала.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="143" />
            <source>The suspension cannot end before it starts.</source>
            <translation>Приостановление не может закончиться раньше, чем началось.</translation>
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
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="230" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="194" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="258" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="27" />
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="231" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="212" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="28" />
            <source>Issuer</source>
            <translation>Кем выдана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="232" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="29" />
            <source>Issued</source>
            <translation>Выдана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="233" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="194" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="79" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="32" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="43" />
            <source>Expires</source>
            <translation>Действует до</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="234" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="195" />
            <source>Days left</source>
            <translation>Осталось дней</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="236" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="127" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="44" />
            <source>Conditions</source>
            <translation>Условия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="256" />
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="256" />
            <source>Any type</source>
            <translation>Любой вид</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="136" />
            <source>Status must be one of {statuses}.</source>
            <translation>Статус должен быть одним из: {statuses}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="119" />
            <source>Unknown licence type {type!r}.</source>
            <translation>Неизвестный вид лицензии {type!r}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="147" />
            <source>Licence #{id} already has this type and number.</source>
            <translation>У лицензии №{id} уже такие вид и номер.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="392" />
            <source>Licence expiry</source>
            <translation>Окончание лицензии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/licences.py" line="295" />
            <source>suspended to {date}</source>
            <translation>приостановлена до {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="42" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="193" />
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="244" />
            <source>Accredited</source>
            <translation>Аккредитован</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="43" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="48" />
            <source>Suspended</source>
            <translation>Приостановлена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="44" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="49" />
            <source>Revoked</source>
            <translation>Отозвана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="45" />
            <source>Not accredited</source>
            <translation>Не аккредитован</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="47" />
            <source>Expired</source>
            <translation>Истекла</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="132" />
            <source>pool accreditation</source>
            <translation>аккредитация пула</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="58" />
            <source>Enter the pool's name as its payout files write it.</source>
            <translation>Введите название пула так, как оно записано в его файлах выплат.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="74" />
            <source>Enter the accreditation number.</source>
            <translation>Введите номер аккредитации.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="77" />
            <source>Enter the accreditation date.</source>
            <translation>Введите дату аккредитации.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="82" />
            <source>The expiry must be after the accreditation date.</source>
            <translation>Срок действия должен истекать после даты аккредитации.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="84" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="87" />
            <source>Enter the day the suspension or revocation took effect.</source>
            <translation>Введите дату, с которой действует приостановление или отзыв.</translation>
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
            <translation>БИН оператора</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="192" />
            <source>Accreditation</source>
            <translation>Аккредитация</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="197" />
            <source>Hardware in KZ</source>
            <translation>Оборудование в РК</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="198" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="198" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="169" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="160" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="56" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="25" />
            <source>Evidence</source>
            <translation>Подтверждение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="71" />
            <source>Enter the pool operator's BIN (12 digits).</source>
            <translation>Введите БИН оператора пула (12 цифр).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="79" />
            <source>The accreditation date cannot be in the future.</source>
            <translation>Дата аккредитации не может быть в будущем.</translation>
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
            <translation>выведено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="61" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="68" />
            <source>Status must be one of {values}.</source>
            <translation>Статус должен быть одним из: {values}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="69" />
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="80" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="86" />
            <source>Not a valid BIN: {reason}.</source>
            <translation>Неверный БИН: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="89" />
            <source>Accreditation #{id} already has this number.</source>
            <translation>У аккредитации №{id} уже такой номер.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/licensing/pools.py" line="276" />
            <source>Pool accreditation expiry</source>
            <translation>Окончание аккредитации пула</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="228" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="216" />
            <source>AIFC-licensed</source>
            <translation>С лицензией МФЦА</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="229" />
            <source>licensed by the National Bank</source>
            <translation>лицензирована Национальным Банком</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="230" />
            <source>registered by the National Bank</source>
            <translation>зарегистрирована Национальным Банком</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="170" />
            <source>pool not accredited (no accreditation in the register)</source>
            <translation>пул не аккредитован (в реестре нет аккредитации)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="182" />
            <source>pool not accredited</source>
            <translation>пул не аккредитован</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="184" />
            <source>not yet accredited (from {day})</source>
            <translation>ещё не аккредитован (с {day})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="185" />
            <source>accreditation expired on {day}</source>
            <translation>аккредитация истекла {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="186" />
            <source>accreditation {word} from {day}</source>
            <translation>аккредитация {word} с {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="194" />
            <source>pool hardware outside Kazakhstan</source>
            <translation>оборудование пула вне Казахстана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="273" />
            <source>no AIFC licence</source>
            <translation>нет лицензии МФЦА</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="275" />
            <source>AIFC-licensed: does not count (rule mining.sale.qualifying_venues)</source>
            <translation>лицензия МФЦА: не засчитывается (правило mining.sale.qualifying_venues)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="277" />
            <source>AIFC licence valid from {day}</source>
            <translation>лицензия МФЦА действует с {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="278" />
            <source>AIFC licence ended on {day}</source>
            <translation>лицензия МФЦА закончилась {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="279" />
            <source>AIFC licence {word} from {day}</source>
            <translation>лицензия МФЦА {word} с {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="58" />
            <source>Enter a number.</source>
            <translation>Введите число.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="66" />
            <source>Must be more than zero.</source>
            <translation>Должно быть больше нуля.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="66" />
            <source>Cannot be negative.</source>
            <translation>Не может быть отрицательным.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="270" />
            <source>no National Bank licence or registration number</source>
            <translation>нет номера лицензии или регистрации Национального Банка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="40" />
            <source>{text!r} is not a {what} code (2-10 letters or digits, e.g. BTC)</source>
            <translation>{text!r} — не код ({what}): 2–10 букв или цифр, например BTC</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/common.py" line="266" />
            <source>{who}: does not count (rule mining.sale.qualifying_venues)</source>
            <translation>{who}: не засчитывается (правило mining.sale.qualifying_venues)</translation>
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
            <translation>сеть (централизованные торги)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="52" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="25" />
            <source>own renewable plants</source>
            <translation>собственные установки ВИЭ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="53" />
            <source>imported</source>
            <translation>импорт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="144" />
            <source>average electricity price not entered (Fee basis)</source>
            <translation>не введена средняя цена электроэнергии («База платы»)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="322" />
            <source>the officer's rate</source>
            <translation>ставка, заданная сотрудником</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="322" />
            <source>the rule pack's rate</source>
            <translation>ставка пакета правил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="377" />
            <source>The payment date cannot be in the future.</source>
            <translation>Дата оплаты не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="379" />
            <source>The declaration date cannot be in the future.</source>
            <translation>Дата декларации не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="381" />
            <source>Enter the day the fee was paid.</source>
            <translation>Введите дату уплаты платы.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="359" />
            <source>enter from the statute</source>
            <translation>ввести по тексту закона</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="137" />
            <source>rate not known ({why}){mark}</source>
            <translation>ставка неизвестна ({why}){mark}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="148" />
            <source>the band from {price} KZT/kWh has no rate in the rule pack: enter it from the statute (override rule mining.fee.bands)</source>
            <translation>для диапазона от {price} KZT/кВт·ч в пакете правил нет ставки: введите её по тексту закона (переопределите правило mining.fee.bands)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="439" />
            <source>{quarter}: {fee} for {kwh} kWh</source>
            <translation>{quarter}: {fee} за {kwh} кВт·ч</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="437" />
            <source>fee not computed ({why})</source>
            <translation>плата не рассчитана ({why})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="107" />
            <source>{source}: {why}</source>
            <translation>{source}: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="447" />
            <source>Mining fee payment</source>
            <translation>Уплата платы за майнинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="451" />
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="468" />
            <source>Tax Code</source>
            <translation>Налоговый кодекс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="464" />
            <source>Mining fee declaration</source>
            <translation>Декларация по плате за майнинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/fees.py" line="469" />
            <source>quarterly declaration of the mining fee</source>
            <translation>квартальная декларация по плате за майнинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_checker.py" line="110" />
            <source>the checker process stopped unexpectedly; nothing was imported</source>
            <translation>процесс проверки неожиданно остановился; ничего не импортировано</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_checker.py" line="121" />
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="272" />
            <source>{name}: {rows} rows</source>
            <translation>{name}: строк — {rows}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_checker.py" line="126" />
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="283" />
            <source>{name}: {rows} rows checked</source>
            <translation>{name}: проверено строк — {rows}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="166" />
            <source>a number is required</source>
            <translation>нужно число</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="179" />
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="183" />
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="127" />
            <source>must be more than zero</source>
            <translation>должно быть больше нуля</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="183" />
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="199" />
            <source>cannot be negative</source>
            <translation>не может быть отрицательным</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="113" />
            <source>a date is required</source>
            <translation>нужна дата</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="281" />
            <source>the file has no data rows</source>
            <translation>в файле нет строк с данными</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="62" />
            <source>{text!r} is not a date (YYYY-MM-DD, DD.MM.YYYY or an ISO date-time)</source>
            <translation>{text!r} — не дата (ГГГГ-ММ-ДД, ДД.ММ.ГГГГ или дата-время ISO)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="122" />
            <source>{day} is in the future</source>
            <translation>{day} — в будущем</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="276" />
            <source>… and {n} more bad rows</source>
            <translation>… и ещё ошибочных строк: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/import_reader.py" line="85" />
            <source>the file is empty</source>
            <translation>файл пуст</translation>
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
            <translation>импорт {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="187" />
            <source>the trade reference is required (it prevents doubles)</source>
            <translation>нужен номер сделки (он исключает дубли)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="287" />
            <source>the pool is required</source>
            <translation>нужен пул</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="290" />
            <source>the payout reference is required (it prevents doubles)</source>
            <translation>нужен номер выплаты (он исключает дубли)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="168" />
            <source>the venue is required</source>
            <translation>нужна площадка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/imports.py" line="164" />
            <source>{venue!r} is not in the venue register: add it on the Venues page</source>
            <translation>{venue!r} нет в реестре площадок: добавьте её на странице «Площадки»</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/ledger.py" line="67" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="58" />
            <source>Quarter</source>
            <translation>Квартал</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/ledger.py" line="67" />
            <location filename="../../desktop/kuzet/registers/mining/ledger.py" line="67" />
            <source>Any quarter</source>
            <translation>Любой квартал</translation>
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
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/ledger.py" line="52" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="168" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="184" />
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="151" />
            <source>retired: {reason}</source>
            <translation>выведено: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/mandatory_sale.py" line="234" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="45" />
            <source>no rule in force</source>
            <translation>нет действующего правила</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/mandatory_sale.py" line="229" />
            <source>{share} from {day}</source>
            <translation>{share} с {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/mandatory_sale.py" line="257" />
            <source>Mandatory sale shortfall</source>
            <translation>Недобор по обязательной продаже</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/mandatory_sale.py" line="266" />
            <source>AIFC-licensed venues</source>
            <translation>Площадки с лицензией МФЦА</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/mandatory_sale.py" line="258" />
            <source>{period} {coin}: projected {share} of {required}</source>
            <translation>{period} {coin}: прогноз {share} при требуемых {required}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/mandatory_sale.py" line="268" />
            <source>sell {amount} {coin} more by {day}</source>
            <translation>продайте ещё {amount} {coin} до {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="94" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="32" />
            <source>output record</source>
            <translation>запись о добыче</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="57" />
            <source>Enter the day the output was credited.</source>
            <translation>Введите дату зачисления добычи.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="58" />
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="50" />
            <location filename="../../desktop/kuzet/registers/programme/shared.py" line="49" />
            <source>The date cannot be in the future.</source>
            <translation>Дата не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="65" />
            <source>Enter the pool that credited the output.</source>
            <translation>Укажите пул, зачисливший добычу.</translation>
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
            <translation>Дата</translation>
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
            <translation>Количество</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="140" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="223" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="59" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="20" />
            <source>kWh</source>
            <translation>кВт·ч</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="141" />
            <source>Pool accredited that day</source>
            <translation>Пул аккредитован в тот день</translation>
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
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="74" />
            <source>Output #{id} already has this pool and reference.</source>
            <translation>У записи о добыче №{id} уже такие пул и номер.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="162" />
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="162" />
            <source>Any pool</source>
            <translation>Любой пул</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="165" />
            <source>Pool check</source>
            <translation>Проверка пула</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="166" />
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="166" />
            <source>Flagged or not</source>
            <translation>С отметкой или без</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="166" />
            <source>Flagged</source>
            <translation>С отметкой</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="166" />
            <source>Accredited pool</source>
            <translation>Аккредитованный пул</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/output.py" line="197" />
            <source>FLAGGED: {why}</source>
            <translation>ОТМЕЧЕНО: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/pool_reports.py" line="80" />
            <location filename="../../desktop/kuzet/registers/mining/pool_reports.py" line="61" />
            <source>Pool distribution report</source>
            <translation>Отчёт пула о распределении</translation>
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
            <translation>По каждому распределению: ИИН/БИН и наименование майнера, номер и дата лицензии, кошелёк, дата распределения.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/pool_reports.py" line="81" />
            <source>{month}: report the month's distributions</source>
            <translation>{month}: отчитайтесь о распределениях за месяц</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/pool_reports.py" line="62" />
            <source>{month}: report the month's distributions (due day not known)</source>
            <translation>{month}: отчитайтесь о распределениях за месяц (срок неизвестен)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/pool_reports.py" line="69" />
            <source>The due day is not in the rule pack: enter it from the statute (override rule {rule}). Shown from the day the obligation arises.</source>
            <translation>Срока нет в пакете правил: введите его по тексту закона (переопределите правило {rule}). Показывается со дня возникновения обязанности.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="76" />
            <source>coin price</source>
            <translation>цена монеты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="48" />
            <source>Enter the day the price is for.</source>
            <translation>Введите дату, на которую установлена цена.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="115" />
            <source>Reading prices</source>
            <translation>Чтение цен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="172" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="296" />
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="90" />
            <source>Price, KZT</source>
            <translation>Цена, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="173" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="352" />
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="48" />
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="90" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="66" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="39" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="58" />
            <source>Price #{id} is already recorded for this coin and day.</source>
            <translation>Для этой монеты и даты уже записана цена №{id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="186" />
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="186" />
            <source>Any coin</source>
            <translation>Любая монета</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="124" />
            <source>the date is in the future</source>
            <translation>дата в будущем</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/prices.py" line="140" />
            <source>{coin} on {day} is already recorded at {price} KZT</source>
            <translation>цена {coin} на {day} уже записана: {price} KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="140" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="140" />
            <source>sale</source>
            <translation>продажа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="88" />
            <source>Enter the sale date.</source>
            <translation>Введите дату продажи.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="89" />
            <source>The sale date cannot be in the future.</source>
            <translation>Дата продажи не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="99" />
            <source>Choose the venue the sale went through.</source>
            <translation>Выберите площадку, через которую прошла продажа.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="189" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="294" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="28" />
            <source>Price</source>
            <translation>Цена</translation>
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
            <translation>Сумма, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="192" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="210" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="158" />
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="95" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="30" />
            <source>Venue</source>
            <translation>Площадка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="193" />
            <source>AIFC-licensed venue</source>
            <translation>Площадка с лицензией МФЦА</translation>
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
            <translation>У продажи №{id} уже такие площадка и номер.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="211" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="211" />
            <source>Any venue</source>
            <translation>Любая площадка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="215" />
            <source>Counts</source>
            <translation>Засчитывается</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="216" />
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="216" />
            <source>Licensed or not</source>
            <translation>С лицензией или без</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="216" />
            <source>Not licensed</source>
            <translation>Без лицензии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="248" />
            <source>unknown venue</source>
            <translation>неизвестная площадка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="250" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="214" />
            <source>no: {why}</source>
            <translation>нет: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/sales.py" line="101" />
            <source>Venue #{id} does not exist.</source>
            <translation>Площадки №{id} не существует.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="41" />
            <source>AIFC (AFSA licence)</source>
            <translation>МФЦА (лицензия АФСА)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="42" />
            <source>National Bank licence</source>
            <translation>Лицензия Национального Банка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="43" />
            <source>National Bank registration</source>
            <translation>Регистрация в Национальном Банке</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="44" />
            <source>None</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="47" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="76" />
            <source>Active</source>
            <translation>Действует</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="50" />
            <source>No AIFC licence</source>
            <translation>Нет лицензии МФЦА</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="134" />
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="18" />
            <source>venue</source>
            <translation>площадка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="65" />
            <source>Enter the venue's name as the trade files write it.</source>
            <translation>Введите название площадки так, как оно записано в файлах сделок.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="85" />
            <source>Enter the AIFC licence number (or choose no licence).</source>
            <translation>Введите номер лицензии МФЦА (или выберите «Нет лицензии МФЦА»).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="90" />
            <source>The validity cannot end before it starts.</source>
            <translation>Срок действия не может закончиться раньше, чем начался.</translation>
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
            <translation>Лицензия МФЦА</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="161" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="181" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="85" />
            <source>AIFC status</source>
            <translation>Статус МФЦА</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="162" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="389" />
            <source>Valid from</source>
            <translation>Действует с</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="163" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="390" />
            <source>Valid to</source>
            <translation>Действует до</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="164" />
            <source>Counts today</source>
            <translation>Засчитывается сегодня</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="165" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="250" />
            <source>NBK licence</source>
            <translation>Лицензия НБК</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="166" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="236" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="34" />
            <source>Licensed by</source>
            <translation>Кем лицензирована</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="167" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="45" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="110" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="134" />
            <source>Sales</source>
            <translation>Продажи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="81" />
            <source>Enter the National Bank licence or registration number.</source>
            <translation>Введите номер лицензии или регистрации Национального Банка.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="97" />
            <source>Venue #{id} already has this name.</source>
            <translation>У площадки №{id} уже такое название.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="182" />
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="182" />
            <source>Any AIFC status</source>
            <translation>Любой статус МФЦА</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="74" />
            <source>Licensed by must be one of {values}.</source>
            <translation>«Кем лицензирована» — одно из: {values}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="83" />
            <source>Choose the AIFC licence's status.</source>
            <translation>Выберите статус лицензии МФЦА.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="255" />
            <source>Venue AIFC licence ends</source>
            <translation>Окончание лицензии МФЦА площадки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/mining/venues.py" line="260" />
            <source>sales after this day do not count as sold through a licensed venue</source>
            <translation>продажи после этой даты не засчитываются как продажи через лицензированную площадку</translation>
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
            <translation>Значимость</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="38" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="120" />
            <source>Detected</source>
            <translation>Выявлено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="39" />
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="80" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="335" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="87" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="25" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="34" />
            <source>Rule</source>
            <translation>Правило</translation>
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
            <translation>Операции</translation>
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
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="44" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="122" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="85" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="142" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <source>Decided by</source>
            <translation>Решение принял</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="74" />
            <source>Open alerts</source>
            <translation>Открытые оповещения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="76" />
            <source>Closed as explained</source>
            <translation>Закрыто с объяснением</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="77" />
            <source>Escalated to an STR</source>
            <translation>Передано в СПО</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="80" />
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="80" />
            <source>Any rule</source>
            <translation>Любое правило</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alert_listing.py" line="93" />
            <source>escalated to STR #{id}</source>
            <translation>передано в СПО №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="35" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="279" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="178" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="48" />
            <source>open</source>
            <translation>открыто</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="35" />
            <source>closed: explained</source>
            <translation>закрыто: объяснено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="35" />
            <source>escalated to STR</source>
            <translation>передано в СПО</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="51" />
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="59" />
            <source>alert</source>
            <translation>оповещение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="164" />
            <source>Alert #{id} ({rule}), detected {date}: {reason}</source>
            <translation>Оповещение №{id} ({rule}), выявлено {date}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="289" />
            <source>Crypto addresses of listed persons in the active watchlists.</source>
            <translation>Криптоадреса лиц из действующих списков.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="293" />
            <source>The register of counterparty providers: due diligence is done before the first transfer (AIFC AML 11-1).</source>
            <translation>Реестр провайдеров-контрагентов: надлежащая проверка проводится до первого перевода (AIFC AML 11-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="71" />
            <source>Write the explanation: why it is not suspicious.</source>
            <translation>Напишите объяснение: почему операция не подозрительна.</translation>
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
            <translation>Оповещение №{id} уже в статусе «{status}».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="113" />
            <source>STR #{id} is about another customer.</source>
            <translation>СПО №{id} касается другого клиента.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/alerts.py" line="118" />
            <source>STR #{id} is already {state}.</source>
            <translation>СПО №{id} уже в статусе «{state}».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="36" />
            <source>Still to file (open, to report, overdue)</source>
            <translation>Ещё не поданы (открытые, к подаче, просроченные)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="37" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="234" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="77" />
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="38" />
            <source>To report</source>
            <translation>К подаче</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="39" />
            <source>Open: decision pending</source>
            <translation>Открыто: ожидает решения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="40" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="124" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="153" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="180" />
            <source>Reported</source>
            <translation>Подано</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="41" />
            <source>Closed: not suspicious</source>
            <translation>Закрыто: не подозрительно</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="65" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="140" />
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="66" />
            <source>Business days left</source>
            <translation>Осталось рабочих дней</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="121" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="144" />
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="58" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="58" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="39" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="72" />
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="123" />
            <source>Decided</source>
            <translation>Дата решения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="125" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="154" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="181" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="182" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="106" />
            <source>FIU reference</source>
            <translation>Номер АФМ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="126" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="13" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="101" />
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="54" />
            <source>Alerts</source>
            <translation>Оповещения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="128" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="60" />
            <source>Reports</source>
            <translation>Предмет сообщения</translation>
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
            <translation>Порог, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="176" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="386" />
            <source>Trigger</source>
            <translation>Основание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="178" />
            <source>Hit</source>
            <translation>Совпадение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="119" />
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="337" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="53" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="74" />
            <source>STR</source>
            <translation>СПО</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="149" />
            <source>TTR</source>
            <translation>Пороговое сообщение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_report_listing.py" line="175" />
            <source>Freeze</source>
            <translation>Замораживание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="46" />
            <source>open: decision pending</source>
            <translation>открыто: ожидает решения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="47" />
            <source>to report</source>
            <translation>к подаче</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="49" />
            <source>reported</source>
            <translation>подано</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="50" />
            <source>closed: not suspicious</source>
            <translation>закрыто: не подозрительно</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="52" />
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="34" />
            <source>pending</source>
            <translation>ожидает</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="52" />
            <source>suspicious</source>
            <translation>подозрительно</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="52" />
            <source>not suspicious</source>
            <translation>не подозрительно</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="207" />
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="69" />
            <source>(not in force)</source>
            <translation>(не действует)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="220" />
            <source>Enter the day of the decision.</source>
            <translation>Введите дату решения.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="286" />
            <source>Enter the day it was filed.</source>
            <translation>Введите дату подачи.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="158" />
            <source>Enter the day the activity was noticed.</source>
            <translation>Введите дату, когда была замечена деятельность.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="159" />
            <source>The activity cannot be dated in the future.</source>
            <translation>Дата деятельности не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="176" />
            <source>Describe the suspicious activity: what was seen (IP addresses, devices, behaviour), when, and why it is suspicious.</source>
            <translation>Опишите подозрительную деятельность: что было замечено (IP-адреса, устройства, поведение), когда и почему это подозрительно.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="212" />
            <source>operation</source>
            <translation>операция</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="212" />
            <source>client activity</source>
            <translation>деятельность клиента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="219" />
            <source>Decide: suspicious, or not suspicious.</source>
            <translation>Примите решение: подозрительно или не подозрительно.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="222" />
            <source>The decision cannot be dated in the future.</source>
            <translation>Дата решения не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="283" />
            <source>Only a report waiting to be filed can be marked as reported.</source>
            <translation>Отметить как поданное можно только сообщение, ожидающее подачи.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="285" />
            <source>Enter the reference the FIU gave the report.</source>
            <translation>Введите номер, присвоенный сообщению АФМ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="288" />
            <source>The filing cannot be dated in the future.</source>
            <translation>Дата подачи не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="340" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="140" />
            <source>threshold report</source>
            <translation>пороговое сообщение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="425" />
            <source>TTR #{id}: {customer}</source>
            <translation>Пороговое сообщение №{id}: {customer}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="425" />
            <source>STR #{id}: {customer}</source>
            <translation>СПО №{id}: {customer}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="203" />
            <source>(no such rule in the pack)</source>
            <translation>(такого правила нет в пакете)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="339" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="162" />
            <source>freeze notification</source>
            <translation>уведомление о замораживании</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="247" />
            <source>STR #{id} is already reported.</source>
            <translation>СПО №{id} уже подано.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="249" />
            <source>The decision cannot come before the detection ({date}).</source>
            <translation>Решение не может быть раньше выявления ({date}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="291" />
            <source>The filing cannot come before {date}.</source>
            <translation>Подача не может быть раньше {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="418" />
            <source>transaction #{tx} of {date}</source>
            <translation>операция №{tx} от {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="422" />
            <source>decided {date}; do not tell the customer</source>
            <translation>решение от {date}; не сообщайте клиенту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="429" />
            <source>Threshold report to the FIU</source>
            <translation>Сообщение о пороговой операции в АФМ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="429" />
            <source>STR to the FIU</source>
            <translation>СПО в АФМ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/fiu_reports.py" line="165" />
            <source>On {date} the FIU's reporting rules covered suspicious operations only: a report of a client's activity without an operation can be opened for activity from {start} (rule {rule}, AFM Order No. 22 of 23 Dec 2025). Open the case from the alert of a transaction instead.</source>
            <translation>На {date} правила представления сведений в АФМ охватывали только подозрительные операции: сообщение о деятельности клиента без операции можно открыть для деятельности с {start} (правило {rule}, приказ АФМ № 22 от 23.12.2025). Вместо этого откройте дело из оповещения по операции.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="35" />
            <source>customer frozen</source>
            <translation>клиент заморожен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="35" />
            <source>operation after the freeze</source>
            <translation>операция после замораживания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="111" />
            <source>{what} of {value} on {date} by a customer frozen since {frozen}: no operation is allowed; hold the assets and tell the FIU.</source>
            <translation>{what}: {value}, {date}, клиентом, замороженным с {frozen}: никакие операции не допускаются; удерживайте активы и сообщите в АФМ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="201" />
            <source>{trigger}; frozen {date}; do not tell the customer</source>
            <translation>{trigger}; заморожен {date}; не сообщайте клиенту</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="210" />
            <source>Freeze notification to the FIU</source>
            <translation>Уведомление о замораживании в АФМ</translation>
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
            <translation>операции {ids}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/freeze.py" line="211" />
            <source>Freeze #{id}: {customer}</source>
            <translation>Замораживание №{id}: {customer}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="175" />
            <source>Reading transactions</source>
            <translation>Чтение операций</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="188" />
            <source>Threshold transactions</source>
            <translation>Пороговые операции</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="192" />
            <source>Structuring</source>
            <translation>Дробление</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="194" />
            <source>Rapid in-and-out</source>
            <translation>Быстрый ввод-вывод</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="196" />
            <source>High-risk jurisdictions</source>
            <translation>Юрисдикции высокого риска</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="199" />
            <source>Listed wallets</source>
            <translation>Кошельки из перечней</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="201" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="104" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="124" />
            <source>Travel Rule</source>
            <translation>Правило передачи данных</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="209" />
            <source>Saving alerts</source>
            <translation>Сохранение оповещений</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="219" />
            <source>Monitoring done</source>
            <translation>Мониторинг завершён</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="92" />
            <source>Listed wallets: no crypto addresses in the active watchlists (none imported).</source>
            <translation>Кошельки из перечней: в действующих списках нет криптоадресов (не импортированы).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="73" />
            <source>Open alerts brought up to date: {n}</source>
            <translation>Обновлено открытых оповещений: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="74" />
            <source>Threshold reports opened: {n}</source>
            <translation>Открыто пороговых сообщений: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="59" />
            <source>Checked {count} transaction.|Checked {count} transactions.</source>
            <translation>Проверена {count} операция.|Проверены {count} операции.|Проверено {count} операций.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="65" />
            <source>  {rule:&lt;24} {hits:&gt;6} {hit_word}, {new:&gt;5} {alert_word}</source>
            <translation>  {rule:&lt;24} {hits:&gt;6} {hit_word}, {new:&gt;5} {alert_word}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="77" />
            <source>Freeze notifications to the FIU drafted: {n}</source>
            <translation>Подготовлено уведомлений о замораживании в АФМ: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="85" />
            <source>Travel Rule: {n} transfer at or above the threshold lacks data|Travel Rule: {n} transfers at or above the threshold lack data</source>
            <translation>Правило передачи данных: {n} перевод на пороге или выше без данных|Правило передачи данных: {n} перевода на пороге или выше без данных|Правило передачи данных: {n} переводов на пороге или выше без данных</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="96" />
            <source>Listed wallets: checked against {n} address(es).</source>
            <translation>Кошельки из перечней: сверено с адресами ({n}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="69" />
            <source>hit|hits</source>
            <translation>совпадение|совпадения|совпадений</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/runs.py" line="70" />
            <source>new alert|new alerts</source>
            <translation>новое оповещение|новых оповещения|новых оповещений</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="34" />
            <source>in (deposit)</source>
            <translation>ввод (пополнение)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="34" />
            <source>out (withdrawal)</source>
            <translation>вывод (снятие средств)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="36" />
            <source>originator name</source>
            <translation>имя отправителя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="38" />
            <source>originator ID</source>
            <translation>ID отправителя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="39" />
            <source>beneficiary name</source>
            <translation>имя получателя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="99" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="118" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="150" />
            <source>Direction</source>
            <translation>Направление</translation>
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
            <translation>Сумма, USD</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="119" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="119" />
            <source>Any direction</source>
            <translation>Любое направление</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="119" />
            <source>Deposits (in)</source>
            <translation>Пополнения (ввод)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="119" />
            <source>Withdrawals (out)</source>
            <translation>Снятия (вывод)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="121" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="121" />
            <source>Any asset</source>
            <translation>Любой актив</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="126" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="126" />
            <source>Any Travel Rule</source>
            <translation>Travel Rule: любые</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="127" />
            <source>Travel Rule: data missing</source>
            <translation>Travel Rule: данных не хватает</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="128" />
            <source>Travel Rule: complete</source>
            <translation>Travel Rule: данные полные</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="129" />
            <source>Money (Travel Rule not applicable)</source>
            <translation>Деньги (Travel Rule не применяется)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="130" />
            <source>Before the Travel Rule applied</source>
            <translation>До вступления в силу правила перевода</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="131" />
            <source>Travel Rule to enter from the statute</source>
            <translation>Правило перевода: ввести по тексту закона</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="53" />
            <location filename="../../desktop/kuzet/registers/monitoring/transaction_listing.py" line="186" />
            <source>missing: {fields}</source>
            <translation>не хватает: {fields}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="322" />
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="315" />
            <source>Writing transactions</source>
            <translation>Запись операций</translation>
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
            <translation>обязательно</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="274" />
            <source>Reading {file}</source>
            <translation>Чтение {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="280" />
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="40" />
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="77" />
            <source>Checking {file}</source>
            <translation>Проверка {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="174" />
            <source>is in the future</source>
            <translation>в будущем</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="185" />
            <source>must be in or out, not {value!r}</source>
            <translation>должно быть in или out, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="199" />
            <source>must be more than 0</source>
            <translation>должно быть больше 0</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="288" />
            <source>already imported (transaction #{id})</source>
            <translation>уже импортирована (операция №{id})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="125" />
            <source>{text!r} is not an IIN/BIN (12 digits) or a customer number (#123)</source>
            <translation>{text!r} — не ИИН/БИН (12 цифр) и не номер клиента (#123)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="138" />
            <source>there is no customer #{id}</source>
            <translation>нет клиента №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="143" />
            <source>customer #{id} is retired</source>
            <translation>клиент №{id} выведен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/transactions.py" line="135" />
            <source>no customer has IIN/BIN {number}</source>
            <translation>нет клиента с ИИН/БИН {number}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="81" />
            <source>counterparty provider</source>
            <translation>провайдер контрагента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="52" />
            <source>Enter the provider's name as it appears in transactions.</source>
            <translation>Введите название провайдера так, как оно указано в операциях.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="58" />
            <source>Due diligence cannot be dated in the future.</source>
            <translation>Дата надлежащей проверки не может быть в будущем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="60" />
            <source>Say who did the due diligence.</source>
            <translation>Укажите, кто провёл надлежащую проверку.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="153" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="114" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="300" />
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="38" />
            <source>Provider</source>
            <translation>Организатор</translation>
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
            <translation>Регулятор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="157" />
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="167" />
            <source>Due diligence</source>
            <translation>Надлежащая проверка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="158" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="63" />
            <source>Done by</source>
            <translation>Провёл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="159" />
            <source>Transfers</source>
            <translation>Переводы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="168" />
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="168" />
            <source>Any</source>
            <translation>Любые</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="168" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="235" />
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="61" />
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="168" />
            <source>Not done</source>
            <translation>Не проведена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="55" />
            <source>{code!r} is not an ISO 3166-1 country code.</source>
            <translation>{code!r} — не код страны ISO 3166-1.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="64" />
            <source>Provider #{id} already has this name.</source>
            <translation>У провайдера №{id} уже такое название.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/monitoring/vasps.py" line="207" />
            <source>{name} (retired)</source>
            <translation>{name} (выведен)</translation>
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
            <translation>Дата отчёта</translation>
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
            <translation>Охватываемый период</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="52" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="39" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="42" />
            <source>Findings</source>
            <translation>Замечания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="53" />
            <source>Open findings</source>
            <translation>Открытые замечания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="54" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="126" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="31" />
            <source>Conclusion</source>
            <translation>Заключение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="102" />
            <source>Ref.</source>
            <translation>Код</translation>
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
            <translation>Замечание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="106" />
            <source>Actions (open)</source>
            <translation>Мероприятия (открытые)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="108" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="124" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="43" />
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="30" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="61" />
            <source>Closed</source>
            <translation>Закрыто</translation>
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
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="193" />
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="70" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="75" />
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="27" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="21" />
            <source>Action</source>
            <translation>Действие</translation>
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
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="197" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="179" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="123" />
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="24" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="73" />
            <source>Completed</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="184" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="178" />
            <source>closed</source>
            <translation>закрыто</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="275" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="291" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="156" />
            <source>done</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="42" />
            <source>Every audit</source>
            <translation>Все аудиты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="66" />
            <source>Internal and external</source>
            <translation>Внутренние и внешние</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="120" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="81" />
            <source>Any severity</source>
            <translation>Любая значимость</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="124" />
            <source>Open and closed</source>
            <translation>Открытые и закрытые</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="124" />
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="233" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="123" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="364" />
            <source>Still open</source>
            <translation>Открытые</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audit_listings.py" line="238" />
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="82" />
            <source>Any owner</source>
            <translation>Любой ответственный</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="51" />
            <source>Internal</source>
            <translation>Внутренний</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="51" />
            <source>External</source>
            <translation>Внешний</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="61" />
            <source>Choose internal or external.</source>
            <translation>Выберите: внутренний или внешний.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="63" />
            <source>Enter who carried out the audit.</source>
            <translation>Укажите, кто провёл аудит.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="66" />
            <source>Enter the period the audit covered.</source>
            <translation>Укажите период, охваченный аудитом.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="70" />
            <source>Enter the date of the audit report.</source>
            <translation>Введите дату отчёта об аудите.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="81" />
            <source>Choose the audit that raised the finding.</source>
            <translation>Выберите аудит, выявивший замечание.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="83" />
            <source>Describe the finding in a line.</source>
            <translation>Опишите замечание одной строкой.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="85" />
            <source>Choose the severity: high, medium or low.</source>
            <translation>Выберите значимость: высокая, средняя или низкая.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="104" />
            <source>Choose the finding this action remedies.</source>
            <translation>Выберите замечание, которое устраняет это мероприятие.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="108" />
            <source>Say what will be done.</source>
            <translation>Укажите, что будет сделано.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="110" />
            <source>Name who owns the action.</source>
            <translation>Укажите ответственного за мероприятие.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="112" />
            <source>Enter the due date.</source>
            <translation>Введите срок.</translation>
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
            <translation>замечание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="133" />
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="56" />
            <source>action</source>
            <translation>мера по устранению</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="223" />
            <source>Next independent audit of the AML systems</source>
            <translation>Следующий независимый аудит систем ПОД/ФТ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="106" />
            <source>The finding is closed: reopen it to add open actions.</source>
            <translation>Замечание закрыто: откройте его снова, чтобы добавить открытые мероприятия.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="221" />
            <source>No independent audit on record</source>
            <translation>Независимый аудит не записан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="221" />
            <source>record the last audit</source>
            <translation>запишите последний аудит</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="233" />
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="185" />
            <source>Independent audit</source>
            <translation>Независимый аудит</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="224" />
            <source>last: {day}, {auditor}</source>
            <translation>последний: {day}, {auditor}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="258" />
            <source>Remediation action</source>
            <translation>Корректирующее мероприятие</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="93" />
            <source>Complete or retire its {n} open action before closing the finding.|Complete or retire its {n} open actions before closing the finding.</source>
            <translation>Перед закрытием замечания завершите или выведите его {n} открытую меру.|Перед закрытием замечания завершите или выведите его {n} открытые меры.|Перед закрытием замечания завершите или выведите его {n} открытых мер.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/audits.py" line="263" />
            <source>finding {ref}{title} ({severity})</source>
            <translation>замечание {ref}{title} ({severity})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="73" />
            <source>Enter the firm's legal name as registered.</source>
            <translation>Введите юридическое наименование компании, как при регистрации.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="76" />
            <source>Enter the firm's BIN (12 digits).</source>
            <translation>Введите БИН компании (12 цифр).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="84" />
            <source>Enter the registration number the FIU (AFM) gave the firm, as it is written: digits, letters, spaces and - / . №, at most 40 characters; or leave it empty until the firm is registered.</source>
            <translation>Введите регистрационный номер, присвоенный организации АФМ, как он записан: цифры, буквы, пробелы и - / . №, не более 40 знаков; или оставьте поле пустым, пока организация не зарегистрирована.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="89" />
            <source>Choose where the firm is licensed: AIFC or national.</source>
            <translation>Выберите, где лицензирована компания: МФЦА или национальная юрисдикция.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="93" />
            <source>Tick at least one activity.</source>
            <translation>Отметьте хотя бы один вид деятельности.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="121" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="29" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="153" />
            <source>Firm profile</source>
            <translation>Профиль компании</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="158" />
            <source>required</source>
            <translation>требуется</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="158" />
            <source>not required</source>
            <translation>не требуется</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="102" />
            <source>The financial year-end is not a date (day and month).</source>
            <translation>Конец финансового года — не дата (день и месяц).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="163" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="43" />
            <location filename="../../desktop/kuzet/registers/system/permissions.py" line="17" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="111" />
            <source>Deputy MLRO</source>
            <translation>Заместитель ответственного сотрудника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="168" />
            <source>MLRO resident in Kazakhstan</source>
            <translation>Ответственный сотрудник — резидент Казахстана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="173" />
            <source>Annual AML Return</source>
            <translation>Годовой отчёт по ПОД/ФТ (AML Return)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="180" />
            <source>Record retention</source>
            <translation>Хранение записей</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="176" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="25" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="113" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="106" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="96" />
            <source>Unknown activity: {keys}.</source>
            <translation>Неизвестный вид деятельности: {keys}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="174" />
            <source>due {n} months after the year-end</source>
            <translation>срок — {n} мес. после конца года</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="181" />
            <source>{n} year|{n} years</source>
            <translation>{n} год|{n} года|{n} лет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/firm.py" line="186" />
            <source>every year|every {n} years</source>
            <translation>раз в {n} год|раз в {n} года|раз в {n} лет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="23" />
            <source>Enter the firm profile</source>
            <translation>Заполните профиль компании</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="24" />
            <source>Appoint the MLRO</source>
            <translation>Назначьте ответственного сотрудника (MLRO)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="25" />
            <source>Add the licences</source>
            <translation>Добавьте лицензии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="26" />
            <source>Load the sanctions lists</source>
            <translation>Загрузите санкционные списки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="27" />
            <source>Import the customers</source>
            <translation>Импортируйте клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="30" />
            <source>legal name, BIN, jurisdiction and activities decide what applies</source>
            <translation>наименование, БИН, юрисдикция и виды деятельности определяют, какие требования применяются</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="31" />
            <source>the law requires an MLRO in office</source>
            <translation>закон требует назначенного ответственного сотрудника (MLRO)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="32" />
            <source>their expiries are reminded 90, 60 and 30 days ahead</source>
            <translation>об окончании срока напоминается за 90, 60 и 30 дней</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="33" />
            <source>customers cannot be screened without a list in force</source>
            <translation>без действующего списка клиентов нельзя проверить</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/first_steps.py" line="34" />
            <source>each one is screened and risk-assessed on import</source>
            <translation>каждый проверяется по спискам и получает оценку риска при импорте</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="59" />
            <source>Choose MLRO or deputy MLRO.</source>
            <translation>Выберите: ответственный сотрудник или его заместитель.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="61" />
            <source>Enter the person's full name.</source>
            <translation>Введите полное имя.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="63" />
            <source>Choose the person's position in the firm.</source>
            <translation>Выберите должность лица в компании.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="69" />
            <source>Enter the date of appointment.</source>
            <translation>Введите дату назначения.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="70" />
            <source>The appointment cannot end before it starts.</source>
            <translation>Назначение не может закончиться раньше, чем началось.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="107" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="79" />
            <source>appointment</source>
            <translation>назначение</translation>
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
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="191" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="27" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="19" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="22" />
            <source>Person</source>
            <translation>Лицо</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="192" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="291" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="29" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="32" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="53" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="26" />
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="193" />
            <source>Resident in KZ</source>
            <translation>Резидент РК</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="194" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="58" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="33" />
            <source>Appointed</source>
            <translation>Назначен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="196" />
            <source>Notified</source>
            <translation>Уведомлён</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="197" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="41" />
            <source>Ended</source>
            <translation>Окончено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="199" />
            <source>Flags</source>
            <translation>Отметки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="221" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="263" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="290" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="63" />
            <source>ended</source>
            <translation>окончено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="261" />
            <source>planned</source>
            <translation>запланировано</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="269" />
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="265" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="81" />
            <source>current</source>
            <translation>действует</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="159" />
            <source>MLRO gap</source>
            <translation>Пробел: ответственный сотрудник</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="172" />
            <source>Appoint an MLRO and notify the regulator.</source>
            <translation>Назначьте ответственного сотрудника и уведомите регулятора.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="173" />
            <source>Appoint a resident MLRO, or record the MLRO's residence.</source>
            <translation>Назначьте ответственного сотрудника — резидента или укажите его резидентство.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="175" />
            <source>Eligible positions: director, partner, principal representative, senior manager.</source>
            <translation>Допустимые должности: директор, партнёр, главный представитель, руководящий работник.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="177" />
            <source>Appoint a deputy MLRO to act when the MLRO is absent.</source>
            <translation>Назначьте заместителя, который действует в отсутствие ответственного сотрудника.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="78" />
            <source>Overlaps the appointment of {name} (#{id}): enter the date it ended first.</source>
            <translation>Пересекается с назначением {name} (№{id}): сначала укажите дату его окончания.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="271" />
            <source>not resident in Kazakhstan</source>
            <translation>не резидент Казахстана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="273" />
            <source>position not eligible</source>
            <translation>должность не допускается</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="275" />
            <source>regulator not notified</source>
            <translation>регулятор не уведомлён</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/mlro.py" line="217" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="48" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="221" />
            <source>Any role</source>
            <translation>Любая роль</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_findings.py" line="78" />
            <source>Screening lists</source>
            <translation>Списки для проверки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_findings.py" line="90" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="351" />
            <source>Activity without its licence</source>
            <translation>Деятельность без лицензии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_findings.py" line="114" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="376" />
            <source>Mandatory sale not met</source>
            <translation>Обязательная продажа не выполнена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_findings.py" line="116" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="383" />
            <source>shortfall {amount} {coin}</source>
            <translation>недобор {amount} {coin}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_import.py" line="88" />
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="78" />
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="86" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="147" />
            <source>staff member</source>
            <translation>сотрудник</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="39" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="325" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="51" />
            <source>Response</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="44" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="178" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="40" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="98" />
            <source>Finding key</source>
            <translation>Ключ замечания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/response_listings.py" line="135" />
            <source>{status}, overdue</source>
            <translation>{status}, просрочено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="59" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="65" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="47" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="212" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="60" />
            <source>In progress</source>
            <translation>В работе</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="62" />
            <source>Risk accepted</source>
            <translation>Риск принят</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="132" />
            <source>Choose the member of staff who owns the response.</source>
            <translation>Выберите сотрудника, ответственного за ответ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="159" />
            <source>Name the finding the response answers (its key).</source>
            <translation>Укажите замечание, на которое дан ответ (его ключ).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="166" />
            <source>Choose the severity: critical, high, medium or info.</source>
            <translation>Выберите значимость: критическая, высокая, средняя или информационная.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="168" />
            <source>Write management's response to the finding.</source>
            <translation>Напишите ответ руководства на замечание.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="179" />
            <source>Choose the status: open, in progress, done or risk accepted.</source>
            <translation>Выберите статус: открыто, в работе, выполнено или риск принят.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="203" />
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="25" />
            <source>management response</source>
            <translation>ответ руководства</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="162" />
            <source>A finding key reads kind:record, e.g. licence_expired:licence/3.</source>
            <translation>Ключ замечания имеет вид kind:record, например licence_expired:licence/3.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="181" />
            <source>Enter the day the response was done.</source>
            <translation>Введите дату, когда ответ был выполнен.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="135" />
            <source>No member of staff #{id} in the staff register.</source>
            <translation>В реестре сотрудников нет сотрудника №{id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="137" />
            <source>{name} is not on the staff today: choose someone who is.</source>
            <translation>{name} сегодня не числится в штате: выберите действующего сотрудника.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="141" />
            <source>{name} left the firm on {day}: choose someone still on the staff.</source>
            <translation>{name} покинул(а) компанию {day}: выберите сотрудника, который ещё в штате.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="173" />
            <source>A {level} finding needs a due date for its response.</source>
            <translation>Для замечания значимости «{level}» нужен срок ответа.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="183" />
            <source>An open response has no closing day: clear it or close it.</source>
            <translation>У открытого ответа нет даты закрытия: очистите её или закройте ответ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="297" />
            <source>Management response</source>
            <translation>Ответ руководства</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/responses.py" line="302" />
            <source>finding {key} ({severity}): {text}</source>
            <translation>замечание {key} ({severity}): {text}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="58" />
            <source>Name the version (e.g. 2026.1).</source>
            <translation>Укажите версию (например, 2026.1).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="63" />
            <source>Enter the date of the assessment.</source>
            <translation>Введите дату оценки.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="66" />
            <source>Enter who wrote the assessment.</source>
            <translation>Укажите, кто подготовил оценку.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="70" />
            <source>It cannot be approved before it was written.</source>
            <translation>Оценку нельзя утвердить раньше, чем она подготовлена.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="72" />
            <source>Name who approved it (senior management or the board).</source>
            <translation>Укажите, кто утвердил (руководство или совет директоров).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="75" />
            <source>The next review must be after the assessment.</source>
            <translation>Следующий пересмотр должен быть после оценки.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="77" />
            <source>Choose low, medium or high.</source>
            <translation>Выберите: низкий, средний или высокий.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="91" />
            <source>risk assessment</source>
            <translation>оценка рисков</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="145" />
            <source>Enter the financial year-end the return covers.</source>
            <translation>Укажите конец финансового года, за который составлен отчёт.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="150" />
            <source>The firm profile does not call for an annual AML Return.</source>
            <translation>Профиль компании не требует годового отчёта по ПОД/ФТ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="160" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="254" />
            <source>AML Return</source>
            <translation>Отчёт по ПОД/ФТ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="206" />
            <source>No business risk assessment on record</source>
            <translation>Оценка рисков компании не записана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="215" />
            <source>not yet approved</source>
            <translation>ещё не утверждена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="209" />
            <source>Review the business risk assessment (version {v})</source>
            <translation>Пересмотрите оценку рисков компании (версия {v})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="60" />
            <source>Assessment #{id} already has this version.</source>
            <translation>У оценки №{id} уже такая версия.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="147" />
            <source>Return #{id} already covers this year.</source>
            <translation>Отчёт №{id} уже охватывает этот год.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="211" />
            <source>approved {day} by {who}</source>
            <translation>утверждена {day}: {who}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="255" />
            <source>Annual AML Return for the year ending {day}</source>
            <translation>Годовой отчёт по ПОД/ФТ за год, заканчивающийся {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment.py" line="259" />
            <source>{n} months after the year-end</source>
            <translation>{n} мес. после конца года</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="25" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="396" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="18" />
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="26" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="20" />
            <source>Assessed</source>
            <translation>Дата оценки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="27" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="98" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="21" />
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="28" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="47" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="23" />
            <source>Overall risk</source>
            <translation>Общий риск</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="30" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="91" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="25" />
            <source>Approved by</source>
            <translation>Утвердил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="108" />
            <source>Year ending</source>
            <translation>Конец года</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="110" />
            <source>Filed</source>
            <translation>Подан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="97" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="77" />
            <source>review overdue</source>
            <translation>пересмотр просрочен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="75" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="95" />
            <source>superseded</source>
            <translation>заменена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="135" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="141" />
            <source>filed late</source>
            <translation>подан с опозданием</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="135" />
            <source>filed</source>
            <translation>подан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="137" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="141" />
            <source>to file</source>
            <translation>к подаче</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="100" />
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="79" />
            <source>current, not approved</source>
            <translation>текущая, не утверждена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/risk_assessment_listings.py" line="47" />
            <source>Any rating</source>
            <translation>Любая оценка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="34" />
            <source>clear</source>
            <translation>без замечаний</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="34" />
            <source>concerns</source>
            <translation>есть замечания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="40" />
            <source>Enter the staff member's full name.</source>
            <translation>Введите полное имя сотрудника.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="42" />
            <source>Choose the role: it decides which training is required.</source>
            <translation>Выберите роль: от неё зависит обязательное обучение.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="48" />
            <source>Enter the start date.</source>
            <translation>Введите дату начала.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="49" />
            <source>The end date cannot be before the start date.</source>
            <translation>Дата окончания не может быть раньше даты начала.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="53" />
            <source>Screening result must be clear, concerns or pending.</source>
            <translation>Результат проверки: clear (без замечаний), concerns (есть замечания) или pending (ожидает).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="59" />
            <source>Not an e-mail address.</source>
            <translation>Это не адрес электронной почты.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/staff.py" line="55" />
            <source>Enter the date of the screening.</source>
            <translation>Введите дату проверки.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="50" />
            <source>Enter the course title.</source>
            <translation>Введите название курса.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="52" />
            <source>Choose the required course (topic) this course counts for.</source>
            <translation>Выберите обязательный курс (тему), который засчитывает этот курс.</translation>
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
            <translation>Выберите проведённый курс.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="124" />
            <source>Enter the date the session was held.</source>
            <translation>Введите дату занятия.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="152" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="179" />
            <source>session</source>
            <translation>занятие</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="245" />
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="276" />
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="176" />
            <source>attendance</source>
            <translation>посещение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="64" />
            <source>Hours must be a number of 0 or more (e.g. 1.5).</source>
            <translation>Часы — число от 0 и больше (например, 1.5).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="144" />
            <source>A session in the future cannot be completed yet.</source>
            <translation>Будущее занятие ещё нельзя отметить пройденным.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="56" />
            <source>Unknown curriculum item: {keys}.</source>
            <translation>Неизвестная тема программы: {keys}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="176" />
            <source>taken off the session</source>
            <translation>исключён из занятия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="278" />
            <source>No certificate file is attached.</source>
            <translation>Файл сертификата не прикреплён.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="136" />
            <source>Staff member #{id} does not exist.</source>
            <translation>Сотрудника №{id} не существует.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training.py" line="141" />
            <source>{name} is listed twice.</source>
            <translation>{name} указан дважды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="111" />
            <source>in the future: it cannot be completed yet</source>
            <translation>в будущем: его ещё нельзя отметить пройденным</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="59" />
            <source>no {noun} {text} in Kuzet</source>
            <translation>в Kuzet не найдено: {noun} {text}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="63" />
            <source>no {noun} named {text!r} in Kuzet</source>
            <translation>в Kuzet не найдено: {noun} {text!r}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="68" />
            <source>{count} {noun} records match {text!r} ({numbers}): write the #id</source>
            <translation>Под {text!r} подходят записи ({noun}): {count} ({numbers}); укажите #номер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="145" />
            <source>already recorded as attending this session (#{id})</source>
            <translation>уже записан как участник этого занятия (№{id})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_import.py" line="157" />
            <source>imported from {name}</source>
            <translation>импортировано из {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="28" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="26" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="72" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="34" />
            <source>[person] Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="30" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="213" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="24" />
            <source>Job title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="31" />
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="210" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="26" />
            <source>Started</source>
            <translation>Принят</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="32" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="52" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="27" />
            <source>Left</source>
            <translation>Уволен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="33" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="29" />
            <source>Screening at hiring</source>
            <translation>Проверка при найме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="34" />
            <source>Screened</source>
            <translation>Проверен</translation>
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
            <translation>Засчитывается как</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="113" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="138" />
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="37" />
            <source>Curriculum</source>
            <translation>Программа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="115" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="193" />
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="39" />
            <source>Hours</source>
            <translation>Часы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="116" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="173" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="178" />
            <source>Sessions</source>
            <translation>Занятия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="117" />
            <source>Last held</source>
            <translation>Последнее занятие</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="173" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="191" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="65" />
            <source>Held on</source>
            <translation>Дата проведения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="176" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="380" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="66" />
            <source>Trainer</source>
            <translation>Преподаватель</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="177" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="241" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="67" />
            <source>Location</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="178" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="71" />
            <source>Attended</source>
            <translation>Присутствовали</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="180" />
            <source>Certificates</source>
            <translation>Сертификаты</translation>
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
            <translation>Проверка по спискам</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="52" />
            <source>Current and left</source>
            <translation>Текущие и уволенные</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="52" />
            <source>Current</source>
            <translation>Текущие</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="54" />
            <source>Any screening</source>
            <translation>Любой результат проверки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="127" />
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="204" />
            <source>Any course</source>
            <translation>Любой курс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_listings.py" line="206" />
            <source>Any required course</source>
            <translation>Любой обязательный курс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="210" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="49" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="143" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="146" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="123" />
            <source>Staff</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="203" />
            <source>overdue since {day}</source>
            <translation>просрочено с {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="220" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="141" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="199" />
            <source>Training matrix</source>
            <translation>Матрица обучения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="156" />
            <source>up to date</source>
            <translation>актуально</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="156" />
            <source>none required</source>
            <translation>не требуется</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="200" />
            <source>done (next {day})</source>
            <translation>пройдено (следующее {day})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="202" />
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="97" />
            <source>due {day}</source>
            <translation>срок {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="152" />
            <source>{n} overdue</source>
            <translation>просрочено: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="153" />
            <source>{n} due</source>
            <translation>скоро срок: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="172" />
            <source>new starter: within {n} days of starting</source>
            <translation>новый сотрудник: в течение {n} дн. после начала работы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/programme/training_matrix.py" line="176" />
            <source>last completed {day}</source>
            <translation>последний раз пройдено {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/records.py" line="34" />
            <source>{noun} #{id} does not exist</source>
            <translation>Запись ({noun}) №{id} не существует</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/records.py" line="41" />
            <source>A retired {noun} cannot be edited.</source>
            <translation>Выведенную запись ({noun}) нельзя изменить.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/records.py" line="48" />
            <source>Say why the {noun} is retired.</source>
            <translation>Укажите, почему запись ({noun}) выводится.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/records.py" line="51" />
            <source>{noun} #{id} is already retired.</source>
            <translation>Запись ({noun}) №{id} уже выведена.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/coverage.py" line="88" />
            <source>No watchlist is in force: nobody is screened. Import the lists the firm screens against (UN, OFAC SDN, EU, the AFM lists) on the Lists page or with kuzet lists import.</source>
            <translation>Ни один санкционный список не действует: никто не проверяется. Импортируйте списки, по которым проверяет компания (UN, OFAC SDN, EU, перечни АФМ), на странице «Санкционные списки» или командой kuzet lists import.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/coverage.py" line="46" />
            <source>{list} imported {date}, no publication date ({days} days ago)</source>
            <translation>{list}: импортирован {date}, дата публикации не указана ({days} дн. назад)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/coverage.py" line="100" />
            <source>Screening uses out-of-date lists (older than {days} days): {lists}. Import the current editions: a person listed since is not found.</source>
            <translation>Проверка использует устаревшие списки (старше {days} дн.): {lists}. Импортируйте актуальные редакции: лицо, включённое в список позже, не будет найдено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/coverage.py" line="43" />
            <source>{list} published {date} ({days} days ago)</source>
            <translation>{list}: опубликован {date} ({days} дн. назад)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="25" />
            <source>Lists in force</source>
            <translation>Действующие списки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="25" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="25" />
            <source>Every version</source>
            <translation>Все версии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="28" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="286" />
            <source>Persons</source>
            <translation>Физические лица</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="29" />
            <source>Organizations</source>
            <translation>Организации</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="30" />
            <source>Vessels</source>
            <translation>Суда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="31" />
            <source>Aircraft</source>
            <translation>Воздушные суда</translation>
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
            <translation>Клиент или владелец</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="80" />
            <source>Screened name</source>
            <translation>Проверенное имя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="81" />
            <source>Listed name</source>
            <translation>Имя в списке</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="82" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="209" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="128" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="326" />
            <source>List</source>
            <translation>Список</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="84" />
            <source>Raised</source>
            <translation>Выявлено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="210" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="360" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="34" />
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="211" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="327" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="302" />
            <source>Published</source>
            <translation>Опубликован</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="212" />
            <source>Imported</source>
            <translation>Импортирован</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="213" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="164" />
            <source>Entries</source>
            <translation>Записи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="214" />
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="115" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="80" />
            <source>Added</source>
            <translation>Добавлено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="215" />
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="115" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="114" />
            <source>Changed</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="216" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="318" />
            <source>Removed</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="217" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="51" />
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="218" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="328" />
            <source>File SHA-256</source>
            <translation>SHA-256 файла</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="256" />
            <source>replaced</source>
            <translation>заменена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="284" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="303" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="337" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="315" />
            <source>Born</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="285" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="339" />
            <source>Nationality</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="286" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="340" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="298" />
            <source>Programmes</source>
            <translation>Программы санкций</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="287" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="341" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="239" />
            <source>Listed on</source>
            <translation>Включён в список</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="288" />
            <source>Other names</source>
            <translation>Другие имена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="128" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="128" />
            <source>Any list</source>
            <translation>Любой список</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="226" />
            <source>Versions</source>
            <translation>Версии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="253" />
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="273" />
            <source>in force</source>
            <translation>действует</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="255" />
            <source>withdrawn</source>
            <translation>отозван</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/listing.py" line="176" />
            <location filename="../../desktop/kuzet/registers/screening/subjects.py" line="100" />
            <source>{owner} (owner of {customer})</source>
            <translation>{owner} (бенефициарный собственник клиента {customer})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="280" />
            <source>score {score} is below the review threshold {review}: cleared automatically</source>
            <translation>балл {score} ниже порога проверки {review}: снято автоматически</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="304" />
            <source>screening run #{id} ({trigger})</source>
            <translation>проверка по спискам №{id} ({trigger})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="83" />
            <source>Screened {subjects} against {lists}: {new} to review, {still} still open, {cleared} cleared automatically, {remembered}, {lapsed} lapsed.</source>
            <translation>Проверено: {subjects} по спискам {lists}. На рассмотрение: {new}; ещё открыто: {still}; снято автоматически: {cleared}; {remembered}; истекло: {lapsed}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="73" />
            <source>{count} customer or owner|{count} customers and owners</source>
            <translation>{count} клиент или бенефициарный собственник|{count} клиента и бенефициарных собственника|{count} клиентов и бенефициарных собственников</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="75" />
            <source>{count} new hit|{count} new hits</source>
            <translation>{count} новое совпадение|{count} новых совпадения|{count} новых совпадений</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="80" />
            <source>{count} remembered false positive|{count} remembered false positives</source>
            <translation>{count} запомненное ложное совпадение|{count} запомненных ложных совпадения|{count} запомненных ложных совпадений</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="287" />
            <source>re-screened on {date}: score {score} is below the review threshold {review}</source>
            <translation>повторная проверка {date}: балл {score} ниже порога проверки {review}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/recording.py" line="206" />
            <source>no longer found by the screening of {date}: the entry left the list or the screened data changed</source>
            <translation>не найдено при проверке {date}: запись исключена из списка или проверяемые данные изменились</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="49" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="164" />
            <source>true match</source>
            <translation>подтверждённое совпадение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="50" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="164" />
            <source>false positive</source>
            <translation>ложное совпадение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="51" />
            <source>cleared automatically</source>
            <translation>снято автоматически</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="52" />
            <source>lapsed</source>
            <translation>утратило силу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="64" />
            <source>A domestic PEP: record the PEP status in the customer file and apply enhanced due diligence (senior management approval, source of wealth and of funds, enhanced monitoring).</source>
            <translation>Национальное ПДЛ: запишите статус ПДЛ в досье клиента и примените усиленные меры надлежащей проверки (одобрение руководства, источник благосостояния и средств, усиленный мониторинг).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="68" />
            <source>An in-house list: act on the reason the person is on the firm's list.</source>
            <translation>Внутренний список: действуйте исходя из причины, по которой лицо внесено в список компании.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="76" />
            <source>The customer is frozen: stop every operation of the customer and hold its money and digital assets; do not let any transfer out.</source>
            <translation>Клиент заморожен: прекратите все операции клиента и удерживайте его деньги и цифровые активы; не допускайте никаких исходящих переводов.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="80" />
            <source>Do not tip off: do not tell the customer, or anyone outside compliance, about the match or the report.</source>
            <translation>Не предупреждайте: не сообщайте клиенту или кому-либо вне комплаенса о совпадении или сообщении.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="84" />
            <source>Report to the FIU (the AFM): the freeze notification is drafted on the FIU reports page with its deadline; send it without delay.</source>
            <translation>Сообщите в АФМ (Агентство по финансовому мониторингу): уведомление о замораживании подготовлено на странице «Сообщения в АФМ» вместе со сроком; направьте его незамедлительно.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="87" />
            <source>Record what was frozen, when and by whom in the customer file.</source>
            <translation>Запишите в досье клиента, что заморожено, когда и кем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="130" />
            <source>no publication date</source>
            <translation>без даты публикации</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="148" />
            <source>Decide true match or false positive.</source>
            <translation>Решите: подтверждённое или ложное совпадение.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="150" />
            <source>Write the reason for the decision (it goes in the audit trail).</source>
            <translation>Напишите причину решения (она попадёт в журнал аудита).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="132" />
            <source>{list} version #{id} (published {published}, file SHA-256 {sha})</source>
            <translation>{list}, версия №{id} (опубликована {published}, SHA-256 файла {sha})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="165" />
            <source>{decision}: {reason} (against {version})</source>
            <translation>{decision}: {reason} (по версии: {version})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="321" />
            <source>File status</source>
            <translation>Статус досье</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="322" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="330" />
            <source>Matched name</source>
            <translation>Совпавшее имя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="180" />
            <source>confirmed sanctions match, hit #{id} ({list} entry {ref}): {reason}</source>
            <translation>подтверждённое санкционное совпадение №{id} ({list}, запись {ref}): {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="210" />
            <source>superseded by the decision on hit #{id}</source>
            <translation>заменено решением по совпадению №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="226" />
            <source>Say why the false positive is withdrawn.</source>
            <translation>Укажите, почему решение о ложном совпадении отменяется.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="299" />
            <source>Beneficial owner #{id}</source>
            <translation>Бенефициарный собственник №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="302" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="312" />
            <source>Name (Latin)</source>
            <translation>Имя (латиницей)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="304" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="202" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="28" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="24" />
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="306" />
            <source>Owner of</source>
            <translation>Бенефициарный собственник клиента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="309" />
            <source>Customer #{id}</source>
            <translation>Клиент №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="318" />
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="338" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="203" />
            <source>IIN/BIN</source>
            <translation>ИИН/БИН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="336" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="248" />
            <source>Names</source>
            <translation>Имена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="342" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="317" />
            <source>Remarks</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="113" />
            <source>screening hit #{id} does not exist</source>
            <translation>совпадения №{id} не существует</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="229" />
            <source>no remembered false positive #{id}</source>
            <translation>нет запомненного ложного совпадения №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="313" />
            <source>individual</source>
            <translation>физическое лицо</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="313" />
            <source>legal entity</source>
            <translation>юридическое лицо</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="315" />
            <source>Registered</source>
            <translation>Зарегистрирован</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="326" />
            <source>{list} version #{id}</source>
            <translation>{list}, версия №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="349" />
            <source>{list} entry {ref}</source>
            <translation>{list}, запись {ref}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="374" />
            <source>Screening hit to review</source>
            <translation>Совпадение к рассмотрению</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="157" />
            <source>Hit #{id} is not open: it is {status}.</source>
            <translation>Совпадение №{id} не открыто: статус «{status}».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/review.py" line="379" />
            <source>score {score}</source>
            <translation>балл {score}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/runs.py" line="55" />
            <source>Screening customers and owners</source>
            <translation>Проверка клиентов и владельцев</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/runs.py" line="82" />
            <source>Recording the hits</source>
            <translation>Запись совпадений</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/runs.py" line="111" />
            <source>customer #{id} does not exist</source>
            <translation>клиента №{id} не существует</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="70" />
            <source>UN Security Council consolidated list (XML)</source>
            <translation>Сводный санкционный список Совета Безопасности ООН (XML)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="71" />
            <source>OFAC SDN (CSV: sdn, alt and add files together)</source>
            <translation>OFAC SDN (CSV: файлы sdn, alt и add вместе)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="72" />
            <source>OFAC SDN (sdn.xml)</source>
            <translation>OFAC SDN (sdn.xml)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="73" />
            <source>EU consolidated financial sanctions list (CSV v1.1)</source>
            <translation>Сводный список финансовых санкций ЕС (CSV v1.1)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="74" />
            <source>Kazakhstan AFM list, category 1 or 2 (XML)</source>
            <translation>Перечень АФМ Казахстана, категория 1 или 2 (XML)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="75" />
            <source>Kazakhstan AFM proliferation-financing list (XML)</source>
            <translation>Перечень АФМ Казахстана по финансированию распространения оружия массового уничтожения (XML)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="76" />
            <source>Generic CSV list (ref,name,aliases,dob,kind, optional iin, wallets): in-house, domestic PEPs, illegal exchanges, high-risk wallets</source>
            <translation>Универсальный список CSV (ref,name,aliases,dob,kind, необязательно iin, wallets): собственный, национальные ПДЛ, нелегальные обменники, кошельки высокого риска</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="127" />
            <source>; {count} warning: values kept in another form|; {count} warnings: values kept in another form</source>
            <translation>; {count} предупреждение: значения сохранены в другом виде|; {count} предупреждения: значения сохранены в другом виде|; {count} предупреждений: значения сохранены в другом виде</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="261" />
            <source>imported {list} from {files}</source>
            <translation>импортирован {list} из {files}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="289" />
            <source>Saving {list}</source>
            <translation>Сохранение: {list}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="424" />
            <source>list {list}, version #{id}</source>
            <translation>список {list}, версия №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="122" />
            <source>{list}: version #{id}, {entries} entries ({added} added, {changed} changed, {removed} removed)</source>
            <translation>{list}: версия №{id}, записей: {entries} (добавлено {added}, изменено {changed}, удалено {removed})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="175" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="107" />
            <source>Choose the list files to import.</source>
            <translation>Выберите файлы списков для импорта.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="216" />
            <source>Reading {files}</source>
            <translation>Чтение {files}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="311" />
            <source>Say why the list is no longer screened against.</source>
            <translation>Укажите, почему по этому списку больше не проверяют.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="119" />
            <source>{list}: this file is already the active version #{id}; nothing was imported</source>
            <translation>{list}: этот файл уже действующая версия №{id}; ничего не импортировано</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="182" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="109" />
            <source>A list name can be given for one list at a time.</source>
            <translation>Название списка можно задать только для одного списка за раз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="314" />
            <source>no active list {list!r}</source>
            <translation>нет действующего списка {list!r}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="328" />
            <source>list version #{id} does not exist</source>
            <translation>версии списка №{id} не существует</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="419" />
            <source>list entries {refs} belong to list version #{id}, which does not exist (added outside Kuzet)</source>
            <translation>записи списка {refs} относятся к версии списка №{id}, которой не существует (добавлены вне Kuzet)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="428" />
            <source>{where}: {left} of its {count} entries are left; the list no longer matches its recorded hash (entries deleted or added outside Kuzet)</source>
            <translation>{where}: из {count} записей осталось {left}; список больше не совпадает с записанным хешем (записи удалены или добавлены вне Kuzet)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="435" />
            <source>{where}: entries {refs} differ from their fingerprints (edited outside Kuzet)</source>
            <translation>{where}: записи {refs} не совпадают со своими отпечатками (изменены вне Kuzet)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="441" />
            <source>{where}: its {count} entries no longer match the version's recorded hash (entries deleted, added or edited outside Kuzet)</source>
            <translation>{where}: её записи ({count}) больше не совпадают с записанным хешем версии (записи удалены, добавлены или изменены вне Kuzet)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="91" />
            <source>... and {count} more</source>
            <translation>... и ещё {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="169" />
            <source>Unknown list format {format!r}; use one of {formats}.</source>
            <translation>Неизвестный формат списка {format!r}; используйте один из: {formats}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="189" />
            <source>{list}: several files of the same list in one import</source>
            <translation>{list}: несколько файлов одного списка в одном импорте</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="95" />
            <source>nothing was imported: {count} problem|nothing was imported: {count} problems</source>
            <translation>ничего не импортировано: {count} проблема|ничего не импортировано: {count} проблемы|ничего не импортировано: {count} проблем</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/screening/watchlists.py" line="196" />
            <source>{files}: the list has no entries</source>
            <translation>{files}: в списке нет записей</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/approvals.py" line="99" />
            <source>Say why the request is rejected.</source>
            <translation>Укажите, почему запрос отклонён.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/approvals.py" line="110" />
            <source>Only the officer who made the request can withdraw it.</source>
            <translation>Отозвать запрос может только сотрудник, который его создал.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/approvals.py" line="136" />
            <source>You made this request: a second officer must decide it.</source>
            <translation>Вы создали этот запрос: решение должен принять второй сотрудник.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/approvals.py" line="80" />
            <source>No approval request {id}.</source>
            <translation>Нет запроса на одобрение {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/approvals.py" line="120" />
            <source>Request {id} is already {state}.</source>
            <translation>Запрос {id} уже в состоянии: {state}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/backups.py" line="237" />
            <source>The vault key is not in the backup: keep it (or its passphrase) safe.</source>
            <translation>Ключа хранилища в копии нет: храните его (или парольную фразу) в надёжном месте.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/backups.py" line="234" />
            <source>The vault key is in the backup, wrapped under the export passphrase: keep the passphrase apart from the backup; without it the key cannot be read.</source>
            <translation>Ключ хранилища есть в копии, зашифрованный парольной фразой экспорта: храните фразу отдельно от копии; без неё ключ не прочитать.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/backups.py" line="243" />
            <source>The vault key from the backup is now in this computer's keyring.</source>
            <translation>Ключ хранилища из копии теперь в хранилище ключей этого компьютера.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/backups.py" line="246" />
            <source>No OS keyring is usable here: the documents were re-encrypted under the vault passphrase you chose; Kuzet asks for it when a document is opened.</source>
            <translation>Хранилище ключей ОС здесь недоступно: документы перешифрованы под выбранную вами парольную фразу хранилища; Kuzet запросит её при открытии документа.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/backups.py" line="251" />
            <source>Restored without the vault key: the documents stay locked until it is installed (restore this backup again with its export passphrase).</source>
            <translation>Восстановлено без ключа хранилища: документы заблокированы, пока ключ не установлен (восстановите эту копию ещё раз с её парольной фразой экспорта).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/backups.py" line="45" />
            <source>{database} is a team database: Kuzet makes no file backup of it. Your administrator backs it up on the server with `kuzet admin backup` (pg_dump).</source>
            <translation>{database} — командная база данных: Kuzet не делает её резервную копию в файл. Её резервные копии делает ваш администратор на сервере командой `kuzet admin backup` (pg_dump).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/desk.py" line="260" />
            <location filename="../../desktop/kuzet/store/keys.py" line="265" />
            <location filename="../../desktop/kuzet/store/team_keys.py" line="181" />
            <location filename="../../desktop/kuzet/store/team_keys.py" line="361" />
            <source>The document vault is locked: enter your password.</source>
            <translation>Хранилище документов заблокировано: введите свой пароль.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="128" />
            <source>Screening hit decision</source>
            <translation>Решение по совпадению</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="129" />
            <source>STR decision (STR or no STR)</source>
            <translation>Решение о сообщении о подозрительной операции (направлять или нет)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="130" />
            <source>STR filed with the FIU</source>
            <translation>Сообщение о подозрительной операции направлено в АФМ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="131" />
            <source>Rule override</source>
            <translation>Изменение правила</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="132" />
            <source>Rule pack update</source>
            <translation>Обновление свода правил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="135" />
            <source>Approval of a high-risk or PEP customer</source>
            <translation>Одобрение клиента высокого риска или ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/four_eyes.py" line="139" />
            <source>Risk-tier override</source>
            <translation>Изменение уровня риска вручную</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="83" />
            <source>A login is 2–40 letters a–z, digits, dots, dashes or underscores.</source>
            <translation>Логин — от 2 до 40 символов: латинские буквы a–z, цифры, точки, дефисы или подчёркивания.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="87" />
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="134" />
            <source>Choose the role: mlro, deputy, analyst, auditor or admin.</source>
            <translation>Выберите роль: mlro, deputy, analyst, auditor или admin.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="95" />
            <source>Choose the member of staff, or enter their full name.</source>
            <translation>Выберите сотрудника или введите его полное имя.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="85" />
            <source>Another active officer has this login.</source>
            <translation>Этот логин уже у другого действующего сотрудника.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="89" />
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="166" />
            <source>A password has at least {n} characters.</source>
            <translation>Пароль должен содержать не менее {n} символов.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="99" />
            <source>Choose a current member of staff.</source>
            <translation>Выберите действующего сотрудника.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="140" />
            <source>Say why the role changes.</source>
            <translation>Укажите, почему меняется роль.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="153" />
            <source>Say why the officer is disabled.</source>
            <translation>Укажите, почему сотрудник отключается.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="190" />
            <source>This officer is disabled.</source>
            <translation>Этот сотрудник отключён.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="198" />
            <source>The firm's last MLRO or administrator stays: add another first.</source>
            <translation>Последний MLRO или администратор компании остаётся: сначала добавьте другого.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/officers.py" line="56" />
            <source>No officer with id {id}.</source>
            <translation>Нет сотрудника с идентификатором {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="164" />
            <source>{name}: too large for a rule pack</source>
            <translation>{name}: слишком большой для пакета правил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="168" />
            <source>{zip}: refused: {entry!r} is {why}; a rule pack holds only its .toml files</source>
            <translation>{zip}: отклонён: {entry!r} — {why}; пакет правил содержит только свои файлы .toml</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="47" />
            <source>{path}: no such file or folder</source>
            <translation>{path}: нет такого файла или папки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="51" />
            <source>{name}: not a ZIP file (a rule pack comes as a ZIP of its folder)</source>
            <translation>{name}: не ZIP-файл (пакет правил поставляется как ZIP-архив своей папки)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="57" />
            <source>{name}: larger than {mb} MB, too large for a rule pack</source>
            <translation>{name}: больше {mb} МБ — слишком большой для пакета правил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="76" />
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="110" />
            <source>{name}: no rule files (*.toml) in it</source>
            <translation>{name}: нет файлов правил (*.toml)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="129" />
            <source>a path outside the pack</source>
            <translation>путь за пределами пакета</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="131" />
            <source>a link</source>
            <translation>ссылка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="138" />
            <source>a file inside a sub-folder</source>
            <translation>файл во вложенной папке</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="140" />
            <source>not a rule file (*.toml)</source>
            <translation>не файл правил (*.toml)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="144" />
            <source>the same file twice</source>
            <translation>один и тот же файл дважды</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="149" />
            <source>{name}: holds more than one folder; a rule pack is one folder</source>
            <translation>{name}: содержит больше одной папки; пакет правил — это одна папка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="89" />
            <source>{name}: more than {count} entries, too many for a rule pack</source>
            <translation>{name}: больше {count} элементов — слишком много для пакета правил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="134" />
            <source>a folder inside the folder</source>
            <translation>папка внутри папки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/pack_file.py" line="160" />
            <source>{name}: not UTF-8 text</source>
            <translation>{name}: не текст в кодировке UTF-8</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/permissions.py" line="18" />
            <source>Analyst</source>
            <translation>Аналитик</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/permissions.py" line="19" />
            <source>Auditor (read-only)</source>
            <translation>Аудитор (только чтение)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/permissions.py" line="20" />
            <source>Administrator</source>
            <translation>Администратор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="115" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="65" />
            <source>Retired</source>
            <translation>Выведено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="162" />
            <source>rule pack {version} (SHA-256 {sha256}) replaces {current}: {summary}</source>
            <translation>пакет правил {version} (SHA-256 {sha256}) заменяет {current}: {summary}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="214" />
            <source>rule pack {version} changed this rule: check the override</source>
            <translation>пакет правил {version} изменил это правило: проверьте переопределение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="105" />
            <source>rule pack {version}: {title} (published {published})</source>
            <translation>пакет правил {version}: {title} (опубликован {published})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="108" />
            <source>file {name}, SHA-256 {sha256}</source>
            <translation>файл {name}, SHA-256 {sha256}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="109" />
            <source>in force now: {version} (SHA-256 {sha256})</source>
            <translation>действует сейчас: {version} (SHA-256 {sha256})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="113" />
            <source>changes: {summary}</source>
            <translation>изменения: {summary}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="165" />
            <source>the shipped pack</source>
            <translation>пакет из поставки программы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="211" />
            <source>rule pack {version} dropped this rule: check the override</source>
            <translation>пакет правил {version} исключил это правило: проверьте переопределение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="110" />
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="44" />
            <source>unversioned</source>
            <translation>без версии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="133" />
            <source>FLAGGED override #{id} of {key} ({kind} by this pack): {reason}</source>
            <translation>ОТМЕЧЕНО: переопределение №{id} правила {key} (в этом пакете: {kind}): {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="142" />
            <source>{name}: the rule pack has no version</source>
            <translation>{name}: у пакета правил нет версии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="146" />
            <source>{name}: rule pack {version} is not newer than the pack in force ({current}); nothing was changed.</source>
            <translation>{name}: пакет правил {version} не новее действующего ({current}); ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="129" />
            <source>FLAGGED: your override of this rule stays in force: check it</source>
            <translation>ОТМЕЧЕНО: ваше переопределение этого правила остаётся в силе: проверьте его</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="125" />
            <source>source: {source}</source>
            <translation>источник: {source}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rule_updates.py" line="83" />
            <source>{name}: the rule pack is invalid; nothing was changed:</source>
            <translation>{name}: пакет правил недействителен; ничего не изменено:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="148" />
            <source>Say why the rule is overridden (it goes in the audit trail and the pack).</source>
            <translation>Укажите, почему правило переопределяется (это попадёт в журнал аудита и в пакет).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="151" />
            <source>The override cannot end before it starts.</source>
            <translation>Переопределение не может закончиться раньше, чем началось.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="186" />
            <source>Say why the override is withdrawn.</source>
            <translation>Укажите, почему переопределение отменяется.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="74" />
            <source>officer override ({source})</source>
            <translation>переопределено сотрудником ({source})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="138" />
            <source>no rule {key!r} in the rule pack</source>
            <translation>в пакете правил нет правила {key!r}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="184" />
            <source>rule override #{id} does not exist</source>
            <translation>переопределения правила №{id} не существует</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/rules.py" line="120" />
            <source>{text!r} is not a value Kuzet can read (write it as in the rule pack)</source>
            <translation>{text!r} — Kuzet не может прочитать это значение (запишите его как в пакете правил)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="161" />
            <source>The first officer is the MLRO or an administrator.</source>
            <translation>Первый сотрудник — MLRO или администратор.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="184" />
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="190" />
            <source>Unknown login or wrong password.</source>
            <translation>Неизвестный логин или неверный пароль.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="84" />
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="168" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="79" />
            <source>Enter a password.</source>
            <translation>Введите пароль.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="166" />
            <source>The firm already has officers: sign in.</source>
            <translation>У компании уже есть сотрудники: войдите.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/team_desk.py" line="261" />
            <source>Only a firm with one officer can switch passwords off.</source>
            <translation>Отключить пароли может только компания с одним сотрудником.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="39" />
            <source>created</source>
            <translation>создано</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="47" />
            <source>no field changed</source>
            <translation>поля не изменены</translation>
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
            <translation>Когда (UTC)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="67" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="79" />
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="27" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="68" />
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="91" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="310" />
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="97" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="106" />
            <source>Register</source>
            <translation>Реестр</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="69" />
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="307" />
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="27" />
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="71" />
            <source>What changed</source>
            <translation>Что изменилось</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="90" />
            <source>All registers</source>
            <translation>Все реестры</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail.py" line="42" />
            <source>{count} rows created in bulk (#{first}–#{last})</source>
            <translation>Строк создано массово: {count} (№{first}–№{last})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="15" />
            <source>Approval requests</source>
            <translation>Запросы на одобрение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="17" />
            <source>Audit findings</source>
            <translation>Замечания проверок</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="18" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="147" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="22" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="118" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="121" />
            <source>Audit trail</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="19" />
            <source>Beneficial owners</source>
            <translation>Бенефициарные собственники</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="20" />
            <source>Business risk assessments</source>
            <translation>Оценки рисков компании</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="21" />
            <source>Coin prices</source>
            <translation>Цены монет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="22" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="81" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="153" />
            <source>Counterparty providers</source>
            <translation>Провайдеры-контрагенты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="23" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="158" />
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="161" />
            <source>Courses</source>
            <translation>Курсы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="26" />
            <source>Enhanced due diligence</source>
            <translation>Усиленная надлежащая проверка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="28" />
            <source>Remembered false positives</source>
            <translation>Запомненные ложные совпадения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="30" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="156" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="197" />
            <source>Freeze notifications</source>
            <translation>Уведомления о замораживании</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="31" />
            <source>Knowledge tests</source>
            <translation>Тесты на знания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="33" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="134" />
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="19" />
            <source>Management responses</source>
            <translation>Ответы руководства</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="34" />
            <source>Mining fee bases</source>
            <translation>Основания платы за майнинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="35" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="109" />
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="27" />
            <source>Mining output</source>
            <translation>Добыча</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="36" />
            <source>MLRO appointments</source>
            <translation>Назначения MLRO</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="37" />
            <source>Officers</source>
            <translation>Сотрудники</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="38" />
            <source>Officer passwords</source>
            <translation>Пароли сотрудников</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="39" />
            <source>PEP statuses</source>
            <translation>Статусы ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="42" />
            <source>Customer risk assessments</source>
            <translation>Оценки риска клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="43" />
            <source>Rule overrides</source>
            <translation>Изменения правил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="44" />
            <source>Rule pack versions</source>
            <translation>Версии свода правил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="46" />
            <source>Screening hits</source>
            <translation>Совпадения по спискам</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="47" />
            <source>Screening runs</source>
            <translation>Запуски проверки по спискам</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="48" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="150" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="239" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="248" />
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="50" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="66" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="195" />
            <source>Suspicious transaction reports</source>
            <translation>Сообщения о подозрительных операциях</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="51" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="133" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="196" />
            <source>Threshold reports</source>
            <translation>Пороговые сообщения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="52" />
            <source>Training attendance</source>
            <translation>Посещаемость обучения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="53" />
            <source>Training sessions</source>
            <translation>Учебные занятия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="55" />
            <source>Vault keys</source>
            <translation>Ключи хранилища</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="56" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="111" />
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="13" />
            <source>Venues</source>
            <translation>Площадки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="57" />
            <source>Watchlist entries</source>
            <translation>Записи списков</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="58" />
            <source>Watchlist versions</source>
            <translation>Версии списков</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="63" />
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="64" />
            <source>Edited</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="66" />
            <source>Reinstated</source>
            <translation>Восстановлено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="67" />
            <source>Migrated</source>
            <translation>Перенесено при обновлении</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="68" />
            <source>Imported in bulk</source>
            <translation>Импортировано пакетом</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="69" />
            <source>Deleted</source>
            <translation>Удалено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="73" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="36" />
            <source>Accreditation number</source>
            <translation>Номер аккредитации</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="74" />
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="39" />
            <source>Accredited on</source>
            <translation>Дата аккредитации</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="77" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="68" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="113" />
            <source>Activities</source>
            <translation>Виды деятельности</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="78" />
            <source>Activity</source>
            <translation>Деятельность</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="82" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="69" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="116" />
            <source>AFSA reference</source>
            <translation>Номер AFSA</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="83" />
            <source>State after</source>
            <translation>Состояние после</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="84" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="53" />
            <source>AIFC licence number</source>
            <translation>Номер лицензии МФЦА</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="86" />
            <source>AIFC status from</source>
            <translation>Статус МФЦА с</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="87" />
            <source>Alert IDs</source>
            <translation>Идентификаторы оповещений</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="89" />
            <source>Anchor</source>
            <translation>Якорь</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="90" />
            <source>Appointed on</source>
            <translation>Дата назначения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="92" />
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="26" />
            <source>Approved on</source>
            <translation>Дата одобрения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="93" />
            <source>Assessed on</source>
            <translation>Дата оценки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="95" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="96" />
            <source>Audit date</source>
            <translation>Дата проверки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="99" />
            <source>Auto clear threshold</source>
            <translation>Порог автоснятия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="100" />
            <source>Auto cleared</source>
            <translation>Снято автоматически</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="101" />
            <source>Average price, KZT</source>
            <translation>Средняя цена, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="102" />
            <source>State before</source>
            <translation>Состояние до</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="103" />
            <source>Beneficiary name</source>
            <translation>Имя получателя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="104" />
            <source>Beneficiary wallet</source>
            <translation>Кошелёк получателя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="105" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="47" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="110" />
            <source>BIN</source>
            <translation>БИН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="106" />
            <source>Birth date</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="107" />
            <source>Blob name</source>
            <translation>Имя объекта хранилища</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="108" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="28" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="24" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="109" />
            <source>Certificate blob</source>
            <translation>Объект сертификата</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="110" />
            <source>Certificate file</source>
            <translation>Файл сертификата</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="111" />
            <source>Certificate ref</source>
            <translation>Номер сертификата</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="112" />
            <source>Certificate SHA-256</source>
            <translation>SHA-256 сертификата</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="113" />
            <source>Certificate vault ID</source>
            <translation>ID сертификата в хранилище</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="115" />
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="27" />
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="117" />
            <source>Checker</source>
            <translation>Проверяющий</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="118" />
            <source>Checker reason</source>
            <translation>Обоснование проверяющего</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="120" />
            <source>Closed on</source>
            <translation>Дата закрытия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="122" />
            <source>Complete</source>
            <translation>Завершено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="124" />
            <source>Completed on</source>
            <translation>Дата завершения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="125" />
            <source>Computed tier</source>
            <translation>Рассчитанный уровень</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="128" />
            <source>Content SHA-256</source>
            <translation>SHA-256 содержимого</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="129" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="30" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="47" />
            <source>Control</source>
            <translation>Контроль</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="130" />
            <source>Control note</source>
            <translation>Примечание о контроле</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="132" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="35" />
            <source>Counterparty provider</source>
            <translation>Провайдер-контрагент</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="133" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="34" />
            <source>Counterparty wallet</source>
            <translation>Кошелёк контрагента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="134" />
            <source>Course ID</source>
            <translation>ID курса</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="135" />
            <source>Created at</source>
            <translation>Создано</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="136" />
            <source>Crypto addresses</source>
            <translation>Криптоадреса</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="139" />
            <source>Customer ID</source>
            <translation>ID клиента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="141" />
            <source>Decided at</source>
            <translation>Время решения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="143" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="45" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="74" />
            <source>Decided on</source>
            <translation>Дата решения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="145" />
            <source>Decision note</source>
            <translation>Примечание к решению</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="146" />
            <source>Declared on</source>
            <translation>Дата декларации</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="147" />
            <source>Dedupe key</source>
            <translation>Ключ дедупликации</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="148" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="81" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="149" />
            <source>Detected on</source>
            <translation>Дата выявления</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="152" />
            <source>Dates of birth</source>
            <translation>Даты рождения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="153" />
            <source>Document ref</source>
            <translation>Номер документа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="154" />
            <source>Due diligence by</source>
            <translation>Надлежащую проверку провёл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="155" />
            <source>Due diligence on</source>
            <translation>Дата надлежащей проверки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="156" />
            <source>Due on</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="157" />
            <source>Effective from</source>
            <translation>Действует с</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="158" />
            <source>Effective to</source>
            <translation>Действует по</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="160" />
            <source>End date</source>
            <translation>Дата окончания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="161" />
            <source>Ended on</source>
            <translation>Окончено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="162" />
            <source>Engagement ID</source>
            <translation>ID проверки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="163" />
            <source>Enhanced monitoring</source>
            <translation>Усиленный мониторинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="165" />
            <source>Entry fingerprint</source>
            <translation>Отпечаток записи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="166" />
            <source>Entry kind</source>
            <translation>Вид записи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="167" />
            <source>Entry name</source>
            <translation>Имя в записи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="168" />
            <source>Entry ref</source>
            <translation>Номер записи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="170" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="191" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="38" />
            <source>Expires on</source>
            <translation>Действует до</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="171" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="39" />
            <source>Explanation</source>
            <translation>Объяснение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="172" />
            <source>Factors</source>
            <translation>Факторы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="173" />
            <source>Facts</source>
            <translation>Факты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="174" />
            <source>File name</source>
            <translation>Имя файла</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="175" />
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="23" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="103" />
            <source>Filed on</source>
            <translation>Дата подачи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="176" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="61" />
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="177" />
            <source>Finding ID</source>
            <translation>ID замечания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="179" />
            <source>Finding text</source>
            <translation>Текст замечания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="180" />
            <source>Fingerprint</source>
            <translation>Отпечаток</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="181" />
            <source>Finished at</source>
            <translation>Завершено в</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="183" />
            <source>Frozen hit ID</source>
            <translation>ID совпадения, по которому заморожено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="184" />
            <source>Frozen on</source>
            <translation>Дата замораживания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="185" />
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="48" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="102" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="142" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="19" />
            <source>Full name</source>
            <translation>Полное имя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="186" />
            <source>Funds evidence</source>
            <translation>Подтверждение источника средств</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="188" />
            <source>Funds verified</source>
            <translation>Источник средств проверен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="189" />
            <source>Hardware in Kazakhstan</source>
            <translation>Оборудование в Казахстане</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="190" />
            <source>Hash</source>
            <translation>Хеш</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="192" />
            <source>Hit ID</source>
            <translation>ID совпадения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="195" />
            <source>ID expires on</source>
            <translation>Документ действует до</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="196" />
            <source>ID issued on</source>
            <translation>Дата выдачи документа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="197" />
            <source>ID issuer</source>
            <translation>Кем выдан документ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="198" />
            <source>ID number</source>
            <translation>Номер документа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="199" />
            <source>ID type</source>
            <translation>Вид документа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="200" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="45" />
            <source>Identified by</source>
            <translation>Кем выявлено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="201" />
            <source>Identity fingerprint</source>
            <translation>Отпечаток личности</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="204" />
            <source>IIN conflict</source>
            <translation>Расхождение ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="205" />
            <source>IIN note</source>
            <translation>Примечание об ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="206" />
            <source>IINs</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="207" />
            <source>Import batch</source>
            <translation>Пакет импорта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="208" />
            <source>Import warnings</source>
            <translation>Предупреждения импорта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="209" />
            <source>Imported at</source>
            <translation>Время импорта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="210" />
            <source>Imported by</source>
            <translation>Импортировал</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="211" />
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="188" />
            <source>Issued on</source>
            <translation>Дата выдачи</translation>
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
            <translation>Ключ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="220" />
            <source>Key check</source>
            <translation>Проверка ключа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="221" />
            <source>Key source</source>
            <translation>Источник ключа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="224" />
            <source>KWh grid</source>
            <translation>кВт·ч из сети</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="225" />
            <source>KWh imported</source>
            <translation>кВт·ч импорт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="226" />
            <source>KWh own generation</source>
            <translation>кВт·ч собственной генерации</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="227" />
            <source>KWh own renewable</source>
            <translation>кВт·ч собственных ВИЭ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="228" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="33" />
            <source>KZT rate</source>
            <translation>Курс KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="229" />
            <source>Lapsed</source>
            <translation>Истёк</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="230" />
            <source>Last review on</source>
            <translation>Дата последнего пересмотра</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="231" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="32" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="41" />
            <source>Left office</source>
            <translation>Покинул должность</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="232" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="44" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="108" />
            <source>Legal name</source>
            <translation>Юридическое наименование</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="233" />
            <source>Legal name in Latin letters</source>
            <translation>Наименование латиницей</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="234" />
            <source>Licence number</source>
            <translation>Номер лицензии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="235" />
            <source>Licence type</source>
            <translation>Вид лицензии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="237" />
            <source>List format</source>
            <translation>Формат списка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="238" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="68" />
            <source>List name</source>
            <translation>Название списка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="240" />
            <source>Lists</source>
            <translation>Списки</translation>
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
            <translation>Инициатор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="244" />
            <source>Media type</source>
            <translation>Тип данных</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="246" />
            <source>Name key</source>
            <translation>Ключ имени</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="247" />
            <source>Name in Latin letters</source>
            <translation>Имя латинскими буквами</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="249" />
            <source>Nationalities</source>
            <translation>Гражданства</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="251" />
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="70" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="117" />
            <source>NBK reference</source>
            <translation>Номер НБК</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="252" />
            <source>New open</source>
            <translation>Новые открытые</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="253" />
            <source>Next review on</source>
            <translation>Следующий пересмотр</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="254" />
            <source>No meter</source>
            <translation>Без счётчика</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="255" />
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="257" />
            <source>Notified on</source>
            <translation>Дата уведомления</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="260" />
            <source>Occurred on</source>
            <translation>Дата операции</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="261" />
            <source>Officer ID</source>
            <translation>ID сотрудника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="262" />
            <source>Onboarded on</source>
            <translation>Дата принятия на обслуживание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="264" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="30" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="265" />
            <source>Originator ID</source>
            <translation>ID отправителя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="266" />
            <source>Originator name</source>
            <translation>Имя отправителя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="267" />
            <source>Originator wallet</source>
            <translation>Кошелёк отправителя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="268" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="60" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="36" />
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="269" />
            <source>Output date</source>
            <translation>Дата добычи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="270" />
            <source>Overall rating</source>
            <translation>Общая оценка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="271" />
            <source>Override reason</source>
            <translation>Причина изменения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="272" />
            <source>Override tier</source>
            <translation>Уровень вручную</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="273" />
            <source>Own generation</source>
            <translation>Собственная генерация</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="275" />
            <source>Owner ID</source>
            <translation>ID бенефициарного собственника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="276" />
            <source>Owner staff ID</source>
            <translation>ID ответственного сотрудника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="277" />
            <source>Ownership, %</source>
            <translation>Доля владения, %</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="278" />
            <source>Paid, KZT</source>
            <translation>Уплачено, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="279" />
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="65" />
            <source>Paid on</source>
            <translation>Дата оплаты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="280" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="27" />
            <source>Passed</source>
            <translation>Сдан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="281" />
            <source>Password set at</source>
            <translation>Пароль задан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="282" />
            <source>Pattern on</source>
            <translation>Дата схемы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="283" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="20" />
            <source>Period from</source>
            <translation>Период с</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="284" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="21" />
            <source>Period to</source>
            <translation>Период по</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="285" />
            <source>Person name</source>
            <translation>Имя лица</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="289" />
            <source>Pool key</source>
            <translation>Ключ пула</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="290" />
            <source>Pool name</source>
            <translation>Название пула</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="292" />
            <source>Previous hash</source>
            <translation>Предыдущий хеш</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="293" />
            <source>Previous ID</source>
            <translation>Предыдущий ID</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="295" />
            <source>Price date</source>
            <translation>Дата цены</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="299" />
            <source>Proposal</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="301" />
            <source>Provider key</source>
            <translation>Ключ провайдера</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="303" />
            <source>Published on</source>
            <translation>Дата публикации</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="304" />
            <source>Purpose</source>
            <translation>Назначение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="305" />
            <source>Quarter start</source>
            <translation>Начало квартала</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="308" />
            <source>Ref</source>
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="314" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="40" />
            <source>Regulator reference</source>
            <translation>Номер у регулятора</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="315" />
            <source>Related kind</source>
            <translation>Вид связи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="316" />
            <source>Related person</source>
            <translation>Связанное лицо</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="319" />
            <source>Renewable</source>
            <translation>ВИЭ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="320" />
            <source>Report ID</source>
            <translation>ID сообщения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="321" />
            <source>Report ref</source>
            <translation>Номер сообщения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="322" />
            <source>Reported on</source>
            <translation>Дата подачи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="324" />
            <source>Resident in Kazakhstan</source>
            <translation>Резидент Казахстана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="326" />
            <source>Retired at</source>
            <translation>Выведено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="327" />
            <source>Reason for retiring</source>
            <translation>Причина вывода</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="328" />
            <source>Review threshold</source>
            <translation>Порог рассмотрения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="329" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="31" />
            <source>Reviewed on</source>
            <translation>Дата пересмотра</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="330" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="60" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="40" />
            <source>Reviewer</source>
            <translation>Проверяющий</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="331" />
            <source>Risk assessed on</source>
            <translation>Дата оценки риска</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="332" />
            <source>Risk score</source>
            <translation>Балл риска</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="336" />
            <source>Rule key</source>
            <translation>Ключ правила</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="337" />
            <source>Run by</source>
            <translation>Запустил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="338" />
            <source>Run ID</source>
            <translation>ID запуска</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="339" />
            <source>Sale date</source>
            <translation>Дата продажи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="340" />
            <source>Salt</source>
            <translation>Соль</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="341" />
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="30" />
            <source>Scope</source>
            <translation>Охват</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="343" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="31" />
            <source>Screened on</source>
            <translation>Дата проверки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="344" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="34" />
            <source>Screening notes</source>
            <translation>Заметки о проверке</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="345" />
            <source>Screening result</source>
            <translation>Результат проверки по спискам</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="346" />
            <source>Search text</source>
            <translation>Текст поиска</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="347" />
            <source>Session ID</source>
            <translation>ID занятия</translation>
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
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="353" />
            <source>Source name</source>
            <translation>Название источника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="355" />
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="41" />
            <source>Source of wealth</source>
            <translation>Источник благосостояния</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="356" />
            <source>Staff ID</source>
            <translation>ID сотрудника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="357" />
            <source>Staff member ID</source>
            <translation>ID сотрудника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="358" />
            <source>Start date</source>
            <translation>Дата начала</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="359" />
            <source>Started at</source>
            <translation>Начато</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="362" />
            <source>Status ends on</source>
            <translation>Статус заканчивается</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="363" />
            <source>Status from</source>
            <translation>Статус с</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="365" />
            <source>Subject</source>
            <translation>Лицо</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="366" />
            <source>Subject fingerprint</source>
            <translation>Отпечаток субъекта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="367" />
            <source>Subject name</source>
            <translation>Имя субъекта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="368" />
            <source>Subjects</source>
            <translation>Субъекты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="369" />
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="35" />
            <source>Summary</source>
            <translation>Резюме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="370" />
            <source>Suppressed</source>
            <translation>Подавлено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="371" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="40" />
            <source>Suspended from</source>
            <translation>Приостановлена с</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="372" />
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="41" />
            <source>Suspended to</source>
            <translation>Приостановлена до</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="373" />
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="26" />
            <source>Taken on</source>
            <translation>Дата сдачи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="374" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="376" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="60" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="58" />
            <source>Tier</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="377" />
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="24" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="35" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="378" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="31" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="37" />
            <source>Took office</source>
            <translation>Вступил в должность</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="379" />
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="381" />
            <source>Transaction ID</source>
            <translation>ID операции</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="382" />
            <source>Transaction IDs</source>
            <translation>ID операций</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="383" />
            <source>Transaction on</source>
            <translation>Дата операции</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="384" />
            <source>Travel rule</source>
            <translation>Правило передачи данных</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="385" />
            <source>Travel rule missing</source>
            <translation>Нет данных по правилу передачи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="387" />
            <source>Updated at</source>
            <translation>Обновлено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="388" />
            <source>Uploaded on</source>
            <translation>Дата загрузки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="391" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="36" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="394" />
            <source>Vault ID</source>
            <translation>ID в хранилище</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="395" />
            <source>Venue ID</source>
            <translation>ID площадки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="397" />
            <source>Version ID</source>
            <translation>ID версии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="398" />
            <source>Version IDs</source>
            <translation>ID версий</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="399" />
            <source>Wealth evidence</source>
            <translation>Подтверждение источника состояния</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="400" />
            <source>Wealth verified</source>
            <translation>Источник состояния проверен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="401" />
            <source>Financial year end</source>
            <translation>Конец финансового года</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="402" />
            <source>Financial year end, day</source>
            <translation>Конец финансового года, день</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/registers/system/trail_labels.py" line="403" />
            <source>Financial year end, month</source>
            <translation>Конец финансового года, месяц</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/reports/str_draft.py" line="59" />
            <source>Confidential. Do not tell the customer, or anyone outside the compliance function, that a report is being considered or has been filed: tipping off is prohibited.</source>
            <translation>Конфиденциально. Не сообщайте клиенту или кому-либо вне службы комплаенса, что сообщение рассматривается или подано: предупреждение клиента запрещено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/audit.py" line="50" />
            <source>No officer is signed in: sign in (the window asks at start; commands take --officer LOGIN or KUZET_OFFICER).</source>
            <translation>Сотрудник не вошёл: войдите (окно спрашивает при запуске; команды принимают --officer ЛОГИН или KUZET_OFFICER).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="111" />
            <source>Copying the database</source>
            <translation>Копирование базы данных</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="200" />
            <source>Wrapping the vault key</source>
            <translation>Шифрование ключа хранилища</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="108" />
            <source>{database} does not exist.</source>
            <translation>{database} не существует.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="150" />
            <source>{database} is damaged (SQLite's integrity check found: {problem}); it was not backed up. Restore your latest good backup, or ask for help repairing it.</source>
            <translation>{database} повреждена (проверка целостности SQLite обнаружила: {problem}); резервная копия не создана. Восстановите последнюю исправную резервную копию или обратитесь за помощью в восстановлении базы.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="302" />
            <source>{file} is not a Kuzet backup.</source>
            <translation>{file} — не резервная копия Kuzet.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="306" />
            <source>{file} was made by a newer Kuzet (backup format {version}); install it to restore this backup.</source>
            <translation>{file} создана более новой версией Kuzet (формат копии {version}); установите её, чтобы восстановить эту копию.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="313" />
            <source>{file} holds an exported vault key this Kuzet cannot read.</source>
            <translation>{file} содержит экспортированный ключ хранилища, который эта версия Kuzet не умеет читать.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="126" />
            <source>{database} could not be read: {error}</source>
            <translation>не удалось прочитать {database}: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="262" />
            <source>The backup's manifest is incomplete ({error}).</source>
            <translation>Манифест резервной копии неполон ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="277" />
            <source>{file} does not exist.</source>
            <translation>{file} не существует.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="280" />
            <source>{file} is not a Kuzet backup (not a readable archive: {error}).</source>
            <translation>{file} — не резервная копия Kuzet (архив не читается: {error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="293" />
            <source>{file} is not a Kuzet backup (it has no manifest).</source>
            <translation>{file} — не резервная копия Kuzet (в ней нет манифеста).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="297" />
            <source>The manifest of {file} is damaged ({error}).</source>
            <translation>Манифест {file} повреждён ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup.py" line="233" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="194" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="74" />
            <source>Writing {name}</source>
            <translation>Запись: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="215" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="105" />
            <source>Verifying the audit trail</source>
            <translation>Проверка журнала аудита</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="87" />
            <source>{file} holds {name}, which its manifest does not list (altered).</source>
            <translation>{file} содержит {name}, которого нет в её манифесте (копия изменена).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="90" />
            <source>{file} holds an unexpected member {name}; it was not made by Kuzet or was altered.</source>
            <translation>{file} содержит неожиданный элемент {name}; копия создана не Kuzet или изменена.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="95" />
            <source>{file} holds no database.</source>
            <translation>В {file} нет базы данных.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="98" />
            <source>{file} is incomplete: {name} is missing.</source>
            <translation>{file} неполна: нет {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="148" />
            <source>Restoring {file} needs {need} MB and the disk holding {folder} has {free} MB free: free some space first. Nothing was extracted.</source>
            <translation>Для восстановления {file} нужно {need} МБ, а на диске с {folder} свободно {free} МБ: сначала освободите место. Ничего не извлечено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="172" />
            <source>{name} in {file} does not match its recorded SHA-256: the backup is damaged or was altered.</source>
            <translation>{name} в {file} не совпадает с записанным SHA-256: копия повреждена или изменена.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="191" />
            <source>{file} was made by a newer Kuzet (schema {schema}); install it to restore this backup.</source>
            <translation>{file} создана более новой версией Kuzet (схема {schema}); установите её, чтобы восстановить эту копию.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="196" />
            <source>The database in {file} is not a Kuzet database.</source>
            <translation>База данных в {file} — не база Kuzet.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="229" />
            <source>The audit trail in {file} is broken; nothing was restored.
{report}</source>
            <translation>Журнал аудита в {file} нарушен; ничего не восстановлено.
{report}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="235" />
            <source>{file} holds {found} trail entries but its manifest recorded {recorded}.</source>
            <translation>В {file} {found} записей журнала, а в манифесте записано {recorded}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="243" />
            <source>The audit trail in {file} does not end where its manifest says.</source>
            <translation>Журнал аудита в {file} заканчивается не там, где указано в манифесте.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="103" />
            <source>The manifest of {file} lists an unexpected member {name}.</source>
            <translation>Манифест {file} перечисляет неожиданный элемент {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="127" />
            <source>{name} in {file} declares a size its manifest does not record.</source>
            <translation>{name} в {file} заявляет размер, которого нет в манифесте.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="134" />
            <source>{name} in {file} claims to expand {ratio}-fold, more than any real backup: it was refused before extracting.</source>
            <translation>{name} в {file} заявляет распаковку в {ratio} раз — больше, чем у любой настоящей резервной копии: отклонено до извлечения.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="165" />
            <source>{name} in {file} is damaged ({error}).</source>
            <translation>{name} в {file} повреждён ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="186" />
            <source>The database in {file} is damaged: {error}</source>
            <translation>База данных в {file} повреждена: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="223" />
            <source>The database in {file} cannot be read: {error}</source>
            <translation>Базу данных в {file} не удаётся прочитать: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/backup_check.py" line="202" />
            <source>The database in {file} could not be upgraded: {error}</source>
            <translation>Базу данных в {file} не удалось обновить: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/jobs.py" line="40" />
            <source>{job} is already running for officer {officer} (server login {login}, since {since}). Wait for it to finish and try again.</source>
            <translation>{job} уже выполняется для сотрудника {officer} (логин сервера {login}, с {since}). Дождитесь завершения и повторите попытку.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="196" />
            <source>The document vault has no key yet (no document was attached): nothing to export.</source>
            <translation>У хранилища документов ещё нет ключа (ни один документ не прикреплён): экспортировать нечего.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="200" />
            <source>This vault's key is derived from the vault passphrase, and the passphrase's salt is in the database: a restored backup opens with that passphrase, so there is no key to export. Keep the vault passphrase safe.</source>
            <translation>Ключ этого хранилища выводится из парольной фразы хранилища, а её соль хранится в базе данных: восстановленная копия открывается той же фразой, поэтому экспортировать ключ не нужно. Храните парольную фразу хранилища в надёжном месте.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="237" />
            <source>The backup's database has no vault key record.</source>
            <translation>В базе данных копии нет записи о ключе хранилища.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="241" />
            <source>The key in this backup does not open its vault; nothing was replaced.</source>
            <translation>Ключ из этой копии не открывает её хранилище; ничего не заменено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="276" />
            <source>Re-encrypting the documents</source>
            <translation>Перешифрование документов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="156" />
            <source>That is not the export passphrase of this backup (or its key entry was altered). Nothing was replaced.</source>
            <translation>Это не парольная фраза экспорта этой копии (или запись ключа изменена). Ничего не заменено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="294" />
            <source>vault key restored from a backup onto a computer without a keyring</source>
            <translation>ключ хранилища восстановлен из резервной копии на компьютере без хранилища ключей</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="86" />
            <source>The export passphrase needs at least {n} characters.</source>
            <translation>Парольная фраза экспорта должна содержать не менее {n} символов.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="219" />
            <source>The key in this backup belongs to another vault ({vault}).</source>
            <translation>Ключ в этой копии принадлежит другому хранилищу ({vault}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="250" />
            <source>No OS keyring is usable here: choose a vault passphrase of at least {n} characters to keep the restored documents under.</source>
            <translation>Хранилище ключей ОС здесь недоступно: выберите парольную фразу хранилища не короче {n} символов, под которой будут храниться восстановленные документы.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="141" />
            <source>The exported vault key is not in a form this Kuzet reads ({error}).</source>
            <translation>Экспортированный ключ хранилища в формате, который эта версия Kuzet не читает ({error}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/key_export.py" line="284" />
            <source>{name} in the backup cannot be decrypted with its key; nothing was replaced.</source>
            <translation>{name} в копии не расшифровывается её ключом; ничего не заменено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="11" />
            <source>Secret Service (GNOME Keyring)</source>
            <translation>Secret Service (связка ключей GNOME)</translation>
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
            <translation>Бумажник KDE</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="15" />
            <source>macOS Keychain</source>
            <translation>Связка ключей macOS</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="16" />
            <source>Windows Credential Manager</source>
            <translation>Диспетчер учётных данных Windows</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="17" />
            <source>the OS keyring</source>
            <translation>хранилище ключей ОС</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="18" />
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="19" />
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="20" />
            <source>no keyring available</source>
            <translation>хранилище ключей недоступно</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keyring_names.py" line="22" />
            <source>another keyring</source>
            <translation>другое хранилище ключей</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="191" />
            <location filename="../../desktop/kuzet/store/team_keys.py" line="105" />
            <source>The passphrase is empty.</source>
            <translation>Парольная фраза пуста.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="294" />
            <location filename="../../desktop/kuzet/store/keys.py" line="217" />
            <source>No OS keyring is usable here ({reason}): choose a passphrase for the vault.</source>
            <translation>Хранилище ключей ОС здесь недоступно ({reason}): выберите парольную фразу для хранилища.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="118" />
            <location filename="../../desktop/kuzet/store/keys.py" line="120" />
            <source>no OS keyring backend is available on this computer</source>
            <translation>на этом компьютере нет доступного хранилища ключей ОС</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="210" />
            <location filename="../../desktop/kuzet/store/team_keys.py" line="287" />
            <source>The vault already has a key; unlock it instead of making a new one.</source>
            <translation>У хранилища уже есть ключ; разблокируйте его, а не создавайте новый.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="252" />
            <source>The document vault has no key yet: it is made with the first document.</source>
            <translation>У хранилища документов ещё нет ключа: он создаётся вместе с первым документом.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="305" />
            <source>The OS keyring did not keep the vault key; choose a passphrase.</source>
            <translation>Хранилище ключей ОС не сохранило ключ хранилища; выберите парольную фразу.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="91" />
            <source>No OS keyring is usable here ({reason}): the vault key is derived from a passphrase you enter, and is never stored in plain text.</source>
            <translation>Хранилище ключей ОС здесь недоступно ({reason}): ключ хранилища документов выводится из вводимой вами парольной фразы и никогда не хранится в открытом виде.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="163" />
            <source>the key derivation parameters (n={n}, r={r}, p={p}) are not valid</source>
            <translation>параметры формирования ключа (n={n}, r={r}, p={p}) недопустимы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="168" />
            <source>the key derivation asks for more than {mb} MB of memory or {times} times the usual work (n={n}, r={r}, p={p})</source>
            <translation>формирование ключа требует более {mb} МБ памяти или в {times} раз больше обычной работы (n={n}, r={r}, p={p})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="172" />
            <source>the key derivation salt is {size} bytes long</source>
            <translation>длина соли для формирования ключа — {size} байт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="193" />
            <source>The passphrase needs at least {n} characters.</source>
            <translation>Парольная фраза должна содержать не менее {n} символов.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="270" />
            <source>The document vault is locked: enter its passphrase.</source>
            <translation>Хранилище документов заблокировано: введите его парольную фразу.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="274" />
            <source>That is not the vault's passphrase. Nothing was changed; try again.</source>
            <translation>Это не парольная фраза хранилища. Ничего не изменено; попробуйте ещё раз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="87" />
            <source>The vault key is kept in the OS keyring ({label}).</source>
            <translation>Ключ хранилища документов хранится в хранилище ключей ОС ({label}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="127" />
            <source>the keyring backend {name} cannot store secrets</source>
            <translation>хранилище ключей {name} не может хранить секреты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="182" />
            <source>Kuzet refuses this key: {problem}. Nothing was changed.</source>
            <translation>Kuzet отклоняет этот ключ: {problem}. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="325" />
            <source>This database keeps its vault key in an OS keyring, but none is usable here ({reason}). Open it on the computer that holds the key; nothing was changed.</source>
            <translation>Эта база данных хранит ключ хранилища в хранилище ключей ОС, но здесь оно недоступно ({reason}). Откройте её на компьютере, где хранится ключ; ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="335" />
            <source>The vault key (Kuzet / {vault}) is not in this computer's keyring. Restore it from the key export or open the database where it was made; no document was changed.</source>
            <translation>Ключа хранилища (Kuzet / {vault}) нет в хранилище ключей этого компьютера. Восстановите его из экспорта ключа или откройте базу данных там, где она создана; ни один документ не изменён.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="347" />
            <source>The keyring entry Kuzet / {vault} does not hold this vault's key; no document was changed.</source>
            <translation>Запись Kuzet / {vault} в хранилище ключей не содержит ключ этого хранилища; ни один документ не изменён.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="111" />
            <source>the keyring module cannot load: {e}</source>
            <translation>модуль keyring не загружается: {e}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/keys.py" line="115" />
            <source>the keyring cannot start: {e}</source>
            <translation>хранилище ключей не запускается: {e}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="69" />
            <location filename="../../desktop/kuzet/store/lock.py" line="70" />
            <source>another program</source>
            <translation>другой программой</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="83" />
            <source>{database} is already open for writing by {holder}. Close it there (or wait for that command to finish) and try again; two writers on one database are not allowed.</source>
            <translation>{database} уже открыта для записи: {holder}. Закройте её там (или дождитесь окончания команды) и повторите; две программы не могут писать в одну базу данных.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="126" />
            <source>another program, through another name of this file</source>
            <translation>другой программой, через другое имя этого файла</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="72" />
            <source>process {pid}</source>
            <translation>процесс {pid}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lock.py" line="77" />
            <source>since {since}</source>
            <translation>с {since}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lost_key.py" line="45" />
            <source>Say why the vault key is lost; the reason goes in the trail.</source>
            <translation>Укажите, почему ключ хранилища утерян; причина попадёт в журнал аудита.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lost_key.py" line="49" />
            <source>The document vault has no key yet: nothing is lost.</source>
            <translation>У хранилища документов ещё нет ключа: ничего не утеряно.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lost_key.py" line="52" />
            <source>The vault key is not lost: it opens on this computer. Nothing was changed.</source>
            <translation>Ключ хранилища не утерян: он открывается на этом компьютере. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lost_key.py" line="72" />
            <source>customer #{customer}: document #{id} {name}</source>
            <translation>клиент №{customer}: документ №{id} {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lost_key.py" line="82" />
            <source>training attendance #{id}: certificate {name}</source>
            <translation>посещение обучения №{id}: сертификат {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/lost_key.py" line="55" />
            <source>vault key lost: {reason}</source>
            <translation>ключ хранилища утерян: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/restore.py" line="121" />
            <source>Unwrapping the vault key</source>
            <translation>Расшифровка ключа хранилища</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/restore.py" line="90" />
            <source>Replacing the database</source>
            <translation>Замена базы данных</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/restore.py" line="116" />
            <source>This backup carries the vault key under an export passphrase, and this computer's keyring does not hold the key: give the export passphrase, or restore without the key (the documents then stay locked).</source>
            <translation>Эта копия содержит ключ хранилища под парольной фразой экспорта, а в хранилище ключей этого компьютера ключа нет: укажите парольную фразу экспорта или восстановите без ключа (тогда документы останутся заблокированными).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="161" />
            <source>No OS keyring is usable here: protect your vault key with your password.</source>
            <translation>Здесь нельзя использовать хранилище ключей ОС: защитите свой ключ хранилища паролем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="230" />
            <source>The firm's vault key is not shared with you yet. It is shared with you when an officer who holds it next opens the vault. Nothing was changed.</source>
            <translation>Ключ хранилища фирмы вам ещё не передан. Он будет передан вам, когда сотрудник, у которого он есть, в следующий раз откроет хранилище. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="246" />
            <source>Your copy of the firm's vault key does not open this vault; nothing was changed.</source>
            <translation>Ваша копия ключа хранилища компании не открывает это хранилище; ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="299" />
            <location filename="../../desktop/kuzet/store/team_keys.py" line="365" />
            <source>Only an active officer can make the firm's vault.</source>
            <translation>Создать хранилище компании может только действующий сотрудник.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="333" />
            <source>Only a team vault's key is rotated.</source>
            <translation>Ключ меняется только у хранилища командной базы данных.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="355" />
            <source>Only the firm's earlier vault key is made a team key.</source>
            <translation>Командным ключом делается только прежний ключ хранилища фирмы.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="357" />
            <source>That key does not open this vault; nothing was changed.</source>
            <translation>Этот ключ не открывает это хранилище; ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="369" />
            <source>The firm's vault became a team vault, its key wrapped for {logins}</source>
            <translation>Хранилище фирмы стало командным, его ключ зашифрован для {logins}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="196" />
            <source>That is not your vault password. Nothing was changed; try again.</source>
            <translation>Это не ваш пароль от хранилища. Ничего не изменено; попробуйте ещё раз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="319" />
            <source>Vault key shared with {logins}</source>
            <translation>Ключ хранилища передан сотрудникам: {logins}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="153" />
            <source>New vault key pair for {login}</source>
            <translation>Новая пара ключей хранилища для {login}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/team_keys.py" line="175" />
            <source>Your vault key ({service} / {key}) is not in this computer's keyring.</source>
            <translation>Вашего ключа хранилища ({service} / {key}) нет в хранилище ключей этого компьютера.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="165" />
            <source>The vault's key was changed (an officer was disabled) after the vault was opened here: open it again. The document was not stored.</source>
            <translation>Ключ хранилища изменился (был отключён сотрудник) после того, как хранилище открыли здесь: откройте его снова. Документ не сохранён.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="204" />
            <source>The document vault has no key yet.</source>
            <translation>У хранилища документов ещё нет ключа.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="239" />
            <source>The document vault needs a database file.</source>
            <translation>Хранилищу документов нужен файл базы данных.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="85" />
            <source>This vault keeps its documents in the database.</source>
            <translation>Документы этого хранилища хранятся в базе данных.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="100" />
            <source>The file is {mb} MB; the vault takes files up to {limit} MB.</source>
            <translation>Размер файла — {mb} МБ; хранилище принимает файлы до {limit} МБ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="129" />
            <source>{path} is not a Kuzet vault file.</source>
            <translation>{path} — не файл хранилища Kuzet.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="137" />
            <source>{path} cannot be decrypted with this vault's key: the key is wrong or the file was altered. The file was left as it is.</source>
            <translation>{path} не расшифровывается ключом этого хранилища: ключ неверен или файл изменён. Файл оставлен как есть.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="143" />
            <source>{path} decrypts, but not to the document recorded (SHA-256 differs).</source>
            <translation>{path} расшифровывается, но не в записанный документ (SHA-256 отличается).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/store/vault.py" line="126" />
            <source>The encrypted file {path} is missing from the vault.</source>
            <translation>Зашифрованного файла {path} нет в хранилище.</translation>
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
            <translation>Пакет для аудита…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="45" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="165" />
            <source>Back up now…</source>
            <translation>Создать резервную копию…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="47" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="168" />
            <source>Restore from backup…</source>
            <translation>Восстановить из копии…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="49" />
            <source>Firm set-up wizard…</source>
            <translation>Мастер настройки компании…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="50" />
            <source>Help</source>
            <translation>Справка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/actions.py" line="50" />
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="41" />
            <source>About Kuzet</source>
            <translation>О программе Kuzet</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/approval_notice.py" line="20" />
            <source>Sent for approval</source>
            <translation>Отправлено на одобрение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/approval_notice.py" line="22" />
            <source>This change needs a second officer: request #{id} waits on the Approvals page. Nothing changes until another officer approves it.</source>
            <translation>Это изменение требует второго сотрудника: запрос на одобрение №{id} ждёт на странице «Одобрения». Ничего не изменится, пока другой сотрудник его не одобрит.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="36" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="156" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="57" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="121" />
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="47" />
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="27" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="97" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="49" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="70" />
            <source>Whose</source>
            <translation>Чей</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="51" />
            <source>Uploaded</source>
            <translation>Загружен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="52" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="73" />
            <source>Covers from</source>
            <translation>Действует с</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="53" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="76" />
            <source>Covers to</source>
            <translation>Действует по</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="42" />
            <source>Every file is kept encrypted (AES-256-GCM) in the vault beside the database, with the SHA-256 of its content; the key is in the OS keyring or comes from the vault passphrase. Retired documents are kept, never deleted.</source>
            <translation>Каждый файл хранится в зашифрованном виде (AES-256-GCM) в хранилище рядом с базой данных вместе с SHA-256 его содержимого; ключ находится в хранилище ключей ОС или выводится из парольной фразы хранилища. Выведенные документы сохраняются и никогда не удаляются.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="69" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="63" />
            <source>Attach…</source>
            <translation>Прикрепить…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="69" />
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="67" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="40" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="109" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="201" />
            <source>Retire…</source>
            <translation>Вывести…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="64" />
            <source>View</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="66" />
            <source>Save a copy…</source>
            <translation>Сохранить копию…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="57" />
            <source>Select a document first.</source>
            <translation>Сначала выберите документ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="58" />
            <source>Retire document</source>
            <translation>Вывод документа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="58" />
            <source>Why is it no longer relied on?</source>
            <translation>Почему на него больше не опираются?</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="148" />
            <source>Save a decrypted copy</source>
            <translation>Сохранить расшифрованную копию</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/documents_tab.py" line="158" />
            <source>A decrypted copy was saved to {path}. It is not protected by the vault.</source>
            <translation>Расшифрованная копия сохранена в {path}. Хранилище её не защищает.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="27" />
            <source>EDD and decision</source>
            <translation>Усиленная проверка и решение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="44" />
            <source>Evidence of wealth</source>
            <translation>Подтверждение благосостояния</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="46" />
            <source>What was seen (or attach a 'source of wealth' document)</source>
            <translation>Что было изучено (или прикрепите документ «подтверждение источника благосостояния»)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="50" />
            <source>How the funds were verified</source>
            <translation>Как проверены средства</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="52" />
            <source>Senior management approval by</source>
            <translation>Одобрение руководства дал</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="63" />
            <source>Save EDD</source>
            <translation>Сохранить проверку</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="71" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="186" />
            <source>Approve</source>
            <translation>Одобрить</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="77" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="87" />
            <source>Reject…</source>
            <translation>Отказать…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="79" />
            <source>End relationship…</source>
            <translation>Прекратить отношения…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="81" />
            <source>Freeze…</source>
            <translation>Заморозить…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="83" />
            <source>Unfreeze…</source>
            <translation>Разморозить…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="161" />
            <source>Why does the relationship end?</source>
            <translation>Почему отношения прекращаются?</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="163" />
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="67" />
            <source>Onboarding decision</source>
            <translation>Решение о принятии на обслуживание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="43" />
            <source>Verified</source>
            <translation>Проверен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="48" />
            <source>Source of funds verified</source>
            <translation>Источник средств проверен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="57" />
            <source>Enhanced monitoring of transactions</source>
            <translation>Усиленный мониторинг операций</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="115" />
            <source>EDD is not required for this customer (recorded if done).</source>
            <translation>Для этого клиента усиленная проверка не требуется (если проведена — записывается).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="120" />
            <source>Status: {status}.</source>
            <translation>Статус: {status}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="156" />
            <source>Why is the customer rejected?</source>
            <translation>Почему клиенту отказано?</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="158" />
            <source>Why is the customer frozen? (A freeze notification to the FIU is drafted.)</source>
            <translation>Почему клиент замораживается? (Будет подготовлено уведомление о замораживании в АФМ.)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="160" />
            <source>Why is the freeze lifted? (The customer then waits for a decision.)</source>
            <translation>Почему замораживание снимается? (После этого клиент ожидает решения.)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="106" />
            <source>incomplete: missing {items}</source>
            <translation>не завершена: не хватает — {items}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="109" />
            <source>EDD is required (high risk or PEP): {state}.</source>
            <translation>Нужна усиленная проверка (высокий риск или ПДЛ): {state}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="122" />
            <source>Decided by {who} on {when}. {note}</source>
            <translation>Решение принял(а) {who}, {when}. {note}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/edd_tab.py" line="129" />
            <source>Approval is blocked:</source>
            <translation>Одобрение невозможно:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="163" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="22" />
            <source>Name (as in the ID document)</source>
            <translation>Имя (как в документе)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="181" />
            <source>Residence / registration</source>
            <translation>Проживание / регистрация</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="183" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="34" />
            <source>ID document</source>
            <translation>Документ, удостоверяющий личность</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="185" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="36" />
            <source>Document number</source>
            <translation>Номер документа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="186" />
            <source>Issued by</source>
            <translation>Кем выдан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="202" />
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="25" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="208" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="35" />
            <source>Product or service</source>
            <translation>Продукт или услуга</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="211" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="36" />
            <source>Delivery channel</source>
            <translation>Канал обслуживания</translation>
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
            <translation>Декларация ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="224" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="61" />
            <source>PEP position</source>
            <translation>Должность ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="91" />
            <source>{name} (owner)</source>
            <translation>{name} (бенефициарный собственник)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="222" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="59" />
            <source>Not a PEP</source>
            <translation>Не ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="262" />
            <source>12 digits</source>
            <translation>12 цифр</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="269" />
            <source>Valid IIN: born {date}, {sex}</source>
            <translation>ИИН верный: дата рождения {date}, пол: {sex}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="266" />
            <source>Invalid: {reason}</source>
            <translation>Неверный: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/form.py" line="281" />
            <source>Valid BIN: registered {month:02d}.{year}, {type}, {unit}</source>
            <translation>БИН верный: регистрация {month:02d}.{year}, {type}, {unit}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="15" />
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/history_tab.py" line="22" />
            <source>From the hash-chained audit trail: who changed what and when, with the reason where one was given. Newest first.</source>
            <translation>Из журнала аудита с цепочкой хешей: кто, что и когда изменил, с причиной, если она указана. Сначала новые.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="15" />
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="35" />
            <source>Owners</source>
            <translation>Бенефициарные собственники</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="29" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="42" />
            <source>Share, %</source>
            <translation>Доля, %</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="33" />
            <source>IIN check</source>
            <translation>Проверка ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="22" />
            <source>Natural persons who own 25% or more of the entity or control it otherwise. Each is screened and checked for PEP status like a customer.</source>
            <translation>Физические лица, владеющие 25% или более юридического лица либо иным образом его контролирующие. Каждый проверяется по спискам и на статус ПДЛ, как клиент.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="40" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="40" />
            <source>Add…</source>
            <translation>Добавить…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="40" />
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="40" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="108" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="56" />
            <source>An individual customer has no beneficial owners to record.</source>
            <translation>У клиента — физического лица нет бенефициарных собственников для записи.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="92" />
            <source>No beneficial owners yet: an entity cannot be approved without them.</source>
            <translation>Бенефициарных собственников пока нет: без них юридическое лицо не одобрить.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="35" />
            <source>Select an owner first.</source>
            <translation>Сначала выберите бенефициарного собственника.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="36" />
            <source>Retire owner</source>
            <translation>Вывод бенефициарного собственника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="36" />
            <source>Why is this person no longer an owner?</source>
            <translation>Почему это лицо больше не бенефициарный собственник?</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="73" />
            <source>disagrees, not explained</source>
            <translation>расходится, не объяснено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="75" />
            <source>explained</source>
            <translation>объяснено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/owners_tab.py" line="87" />
            <source>{count} beneficial owner; recorded shares add up to {total}%.|{count} beneficial owners; recorded shares add up to {total}%.</source>
            <translation>{count} бенефициарный собственник; сумма записанных долей — {total}%.|{count} бенефициарных собственника; сумма записанных долей — {total}%.|{count} бенефициарных собственников; сумма записанных долей — {total}%.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="33" />
            <source>Status ends</source>
            <translation>Статус до</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="34" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="98" />
            <source>In force</source>
            <translation>Действует</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="21" />
            <source>Politically exposed persons: foreign, domestic and international-organisation PEPs, their family members and close associates. A PEP needs EDD before approval. Domestic status ends 12 months after leaving office (rule customers.pep.status_months_after_office).</source>
            <translation>Публичные должностные лица: иностранные, национальные ПДЛ и должностные лица международных организаций, члены их семей и близкие лица. Для ПДЛ до одобрения нужна усиленная проверка. Национальный статус заканчивается через 12 месяцев после ухода с должности (правило customers.pep.status_months_after_office).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="40" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="88" />
            <source>Withdraw…</source>
            <translation>Снять…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="53" />
            <source>the customer</source>
            <translation>клиент</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="75" />
            <source>Not a PEP, and no owner is.</source>
            <translation>Не ПДЛ; среди владельцев ПДЛ нет.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="36" />
            <source>Select a PEP record first.</source>
            <translation>Сначала выберите запись о ПДЛ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="37" />
            <source>Withdraw PEP status</source>
            <translation>Снятие статуса ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="37" />
            <source>Why is this record withdrawn?</source>
            <translation>Почему эта запись отзывается?</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/pep_tab.py" line="71" />
            <source>{count} PEP record in force.|{count} PEP records in force.</source>
            <translation>{count} действующая запись ПДЛ.|{count} действующие записи ПДЛ.|{count} действующих записей ПДЛ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/profile_tab.py" line="19" />
            <source>Profile</source>
            <translation>Профиль</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/profile_tab.py" line="34" />
            <source>Why do the IIN and the file disagree? (required for approval)</source>
            <translation>Почему ИИН и досье расходятся? (нужно для одобрения)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/profile_tab.py" line="37" />
            <source>Save explanation</source>
            <translation>Сохранить объяснение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/profile_tab.py" line="52" />
            <source>Save changes</source>
            <translation>Сохранить изменения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/profile_tab.py" line="84" />
            <source>Explain the IIN</source>
            <translation>Объяснение по ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="18" />
            <source>Confirmed: the file is up to date</source>
            <translation>Подтверждено: досье актуально</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="19" />
            <source>Updated: the file was corrected</source>
            <translation>Обновлено: досье исправлено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="20" />
            <source>Escalated to the MLRO</source>
            <translation>Передано ответственному сотруднику</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="21" />
            <source>Exit: end the relationship</source>
            <translation>Выход: прекратить отношения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="55" />
            <source>Reviews</source>
            <translation>Пересмотры</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="27" />
            <source>Record a periodic review</source>
            <translation>Запись периодического пересмотра</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="60" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="43" />
            <source>Reviewed</source>
            <translation>Пересмотрено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="45" />
            <source>What was checked</source>
            <translation>Что проверено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="47" />
            <source>The risk is reassessed and the next review date set from the tier.</source>
            <translation>Риск переоценивается, а дата следующего пересмотра назначается по уровню риска.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="62" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="63" />
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="86" />
            <source>Record review…</source>
            <translation>Записать пересмотр…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="72" />
            <source>Reviews start once the customer is approved.</source>
            <translation>Пересмотры начинаются после одобрения клиента.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="74" />
            <source>No review date: assess the risk first.</source>
            <translation>Даты пересмотра нет: сначала оцените риск.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="77" />
            <source>Review overdue since {date} ({days} days).</source>
            <translation>Пересмотр просрочен с {date} (дней: {days}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/reviews_tab.py" line="82" />
            <source>Next review due {date}.</source>
            <translation>Следующий пересмотр — до {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="32" />
            <source>Customer type</source>
            <translation>Тип клиента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="38" />
            <source>Open or confirmed screening hits</source>
            <translation>Открытые или подтверждённые совпадения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="87" />
            <source>Factor</source>
            <translation>Фактор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="87" />
            <source>What the file says</source>
            <translation>Данные досье</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="87" />
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="98" />
            <source>Computed</source>
            <translation>Рассчитано</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="98" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="42" />
            <source>Override</source>
            <translation>Переопределение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="49" />
            <source>Override the risk tier</source>
            <translation>Переопределение уровня риска</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="54" />
            <source>The computed tier (clear the override)</source>
            <translation>Рассчитанный уровень (снять переопределение)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="61" />
            <source>Reason (goes in the audit trail)</source>
            <translation>Причина (попадёт в журнал аудита)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="169" />
            <source>Reassess</source>
            <translation>Переоценка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="90" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="94" />
            <source>Reassess now</source>
            <translation>Переоценить сейчас</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="91" />
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="93" />
            <source>Override tier…</source>
            <translation>Переопределить уровень…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="96" />
            <source>Assessments</source>
            <translation>Оценки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="111" />
            <source>Not assessed yet.</source>
            <translation>Ещё не оценён.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="143" />
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="116" />
            <source>{tier} risk: {score} points</source>
            <translation>Риск: {tier}, баллов: {score}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="118" />
            <source>Assessed {date}.</source>
            <translation>Оценка от {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="121" />
            <source>Computed tier {computed}, overridden by the officer: {reason}</source>
            <translation>Рассчитанный уровень: {computed}; переопределён сотрудником: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/risk_tab.py" line="127" />
            <source>Next review {date}.</source>
            <translation>Следующий пересмотр {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="73" />
            <source>SANCTIONS MATCH: a screening hit of this customer or an owner was confirmed as a true match. Freeze the customer's assets, do not tell the customer (tipping off), and report to the Financial Monitoring Agency (FIU reports).</source>
            <translation>САНКЦИОННОЕ СОВПАДЕНИЕ: совпадение по этому клиенту или его владельцу подтверждено. Заморозьте активы клиента, не предупреждайте клиента и сообщите в Агентство по финансовому мониторингу (страница «Сообщения в АФМ»).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="97" />
            <source>Open on the Screening page</source>
            <translation>Открыть на странице «Проверка по спискам»</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="184" />
            <source>SANCTIONS MATCH, NOT FROZEN: a screening hit of this customer or an owner is a confirmed true match. Approval stays blocked; freeze the customer again unless the match was lifted, and do not tell the customer (tipping off).</source>
            <translation>САНКЦИОННОЕ СОВПАДЕНИЕ, КЛИЕНТ НЕ ЗАМОРОЖЕН: совпадение по этому клиенту или его владельцу подтверждено как истинное. Одобрение по-прежнему заблокировано; снова заморозьте клиента, если совпадение не снято, и не предупреждайте клиента.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="144" />
            <source>Approval is blocked while a hit at or above the review threshold is open.</source>
            <translation>Одобрение заблокировано, пока открыто совпадение с баллом на пороге рассмотрения или выше.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="146" />
            <source>Customer #{id}: {name}</source>
            <translation>Клиент №{id}: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="159" />
            <source>{tier} risk · {score}</source>
            <translation>Риск: {tier} · {score}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="174" />
            <source>FROZEN since {day} by {who}: {why}. No operation of the customer is allowed: hold its money and digital assets, do not tell the customer (tipping off), and send the freeze notification on the FIU reports page.</source>
            <translation>ЗАМОРОЖЕН с {day} (заморозил: {who}): {why}. Никакие операции клиента не допускаются: удерживайте его деньги и цифровые активы, не предупреждайте клиента и направьте уведомление о замораживании на странице «Сообщения в АФМ».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="154" />
            <source>next review {date}</source>
            <translation>следующий пересмотр {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/customer/view.py" line="138" />
            <source>{count} open screening hit waits for a decision; the best score is {score}.|{count} open screening hits wait for a decision; the best score is {score}.</source>
            <translation>{count} открытое совпадение ждёт решения; лучший балл — {score}.|{count} открытых совпадения ждут решения; лучший балл — {score}.|{count} открытых совпадений ждут решения; лучший балл — {score}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="85" />
            <source>Fonts: DejaVu Sans and DejaVu Sans Mono (used in the PDF audit pack), under the Bitstream Vera licence with DejaVu changes in the public domain:</source>
            <translation>Шрифты: DejaVu Sans и DejaVu Sans Mono (используются в PDF-пакете для аудита), по лицензии Bitstream Vera; изменения DejaVu — общественное достояние:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="55" />
            <source>An offline compliance desk for licensed crypto firms and mining operators in Kazakhstan. Kuzet makes no network connections.</source>
            <translation>Автономное рабочее место комплаенса для лицензированных криптокомпаний и майнеров Казахстана. Kuzet не выходит в сеть.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="35" />
            <source>The font licence file {path} is missing from this install.</source>
            <translation>В этой установке нет файла лицензии шрифтов {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="65" />
            <location filename="../../desktop/kuzet/ui/main_window.py" line="294" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="109" />
            <location filename="../../desktop/kuzet/ui/team_start.py" line="63" />
            <source>Team database: {server}</source>
            <translation>Командная база данных: {server}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="66" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="110" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="111" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="119" />
            <source>Database</source>
            <translation>База данных</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="66" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="112" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="118" />
            <source>Data folder</source>
            <translation>Папка данных</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="69" />
            <source>Database: {database}&lt;br&gt;Data folder: {data}&lt;br&gt;Backups: {backups}</source>
            <translation>База данных: {database}&lt;br&gt;Папка данных: {data}&lt;br&gt;Резервные копии: {backups}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="75" />
            <source>Python {python} · Qt for Python (PySide6) {qt}, LGPL v3</source>
            <translation>Python {python} · Qt for Python (PySide6) {qt}, LGPL v3</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/about.py" line="52" />
            <source>Version {version}</source>
            <translation>Версия {version}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="16" />
            <source>Knowledge test</source>
            <translation>Тест на знания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="25" />
            <source>Earlier tests</source>
            <translation>Прежние тесты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="27" />
            <source>The customer passed</source>
            <translation>Клиент сдал тест</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="22" />
            <source>passed</source>
            <translation>сдан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_knowledge_test.py" line="22" />
            <source>failed</source>
            <translation>не сдан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="18" />
            <source>Review alert</source>
            <translation>Рассмотрение оповещения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="38" />
            <source>Why the activity is not suspicious, and what you checked</source>
            <translation>Почему операции не подозрительны и что вы проверили</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="41" />
            <source>Close as explained</source>
            <translation>Закрыть с объяснением</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="42" />
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="88" />
            <source>Escalate to STR…</source>
            <translation>Передать в СПО…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/alert_review.py" line="26" />
            <source>Parameters</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="14" />
            <source>Record an AML Return</source>
            <translation>Запись отчёта по ПОД</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="14" />
            <source>Edit AML Return</source>
            <translation>Изменить отчёт по ПОД</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="19" />
            <source>Financial year ending</source>
            <translation>Конец финансового года</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/aml_return_dialog.py" line="21" />
            <source>Due two months after the year-end for AIFC firms (rule pack).</source>
            <translation>Для компаний МФЦА срок — два месяца после конца года (пакет правил).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="15" />
            <source>New audit</source>
            <translation>Новая проверка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="15" />
            <source>Edit audit</source>
            <translation>Изменить проверку</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="26" />
            <source>The next audit is due two years after this date (rule pack).</source>
            <translation>Следующий аудит — через два года после этой даты (пакет правил).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/audit_dialog.py" line="32" />
            <source>Report reference</source>
            <translation>Номер отчёта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="39" />
            <source>Made {made} by Kuzet {version} from {database}: {entries} audit trail entries, {files} vault file.|Made {made} by Kuzet {version} from {database}: {entries} audit trail entries, {files} vault files.</source>
            <translation>Создано {made} программой Kuzet {version} из {database}: записей журнала аудита — {entries}, {files} файл хранилища.|Создано {made} программой Kuzet {version} из {database}: записей журнала аудита — {entries}, {files} файла хранилища.|Создано {made} программой Kuzet {version} из {database}: записей журнала аудита — {entries}, {files} файлов хранилища.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="84" />
            <source>Backing up</source>
            <translation>Резервное копирование</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="97" />
            <source>Backup written</source>
            <translation>Резервная копия создана</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="132" />
            <source>Checking the backup</source>
            <translation>Проверка резервной копии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="141" />
            <source>Backup refused</source>
            <translation>Резервная копия отклонена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="141" />
            <source>Restore failed</source>
            <translation>Восстановление не удалось</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="182" />
            <source>Restoring</source>
            <translation>Восстановление</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="200" />
            <source>Restored</source>
            <translation>Восстановлено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="212" />
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="157" />
            <source>Restore from backup</source>
            <translation>Восстановление из копии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="214" />
            <source>Kuzet backup (*.zip);;All files (*)</source>
            <translation>Резервная копия Kuzet (*.zip);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="50" />
            <source>It carries the vault key, wrapped under an export passphrase.</source>
            <translation>Содержит ключ хранилища, зашифрованный парольной фразой экспорта.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="191" />
            <source>The database was restored from {file}.</source>
            <translation>База данных восстановлена из {file}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="88" />
            <source>Backup failed</source>
            <translation>Резервное копирование не удалось</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="145" />
            <source>Nothing was replaced: {error}</source>
            <translation>Ничего не заменено: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="159" />
            <source>The backup is sound. {details}

Replace the database {database} with it? The current database is kept as a pre-restore backup in {folder}.</source>
            <translation>Резервная копия в порядке. {details}

Заменить ею базу данных {database}? Текущая база будет сохранена как копия перед восстановлением в {folder}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="194" />
            <source>The database as it was before is kept in {path}.</source>
            <translation>Прежняя база данных сохранена в {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="88" />
            <source>Nothing was written: {error}</source>
            <translation>Ничего не записано: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_dialog.py" line="98" />
            <source>The backup was written to {path}.</source>
            <translation>Резервная копия записана в {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="207" />
            <source>The two passphrases differ.</source>
            <translation>Парольные фразы не совпадают.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="152" />
            <source>This backup carries the vault key under an export passphrase, and this computer's keyring does not hold the key. Enter the export passphrase to restore the documents too; a wrong one replaces nothing.</source>
            <translation>Эта копия содержит ключ хранилища под парольной фразой экспорта, а в хранилище ключей этого компьютера ключа нет. Введите парольную фразу экспорта, чтобы восстановить и документы; при неверной фразе ничего не заменяется.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="76" />
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="121" />
            <source>Back up the database</source>
            <translation>Резервная копия базы данных</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="82" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="56" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="57" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="166" />
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="52" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="86" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="173" />
            <source>Save as</source>
            <translation>Сохранить как</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="88" />
            <source>Put the vault key in, wrapped under an export passphrase</source>
            <translation>Добавить ключ хранилища, зашифрованный парольной фразой экспорта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="104" />
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="165" />
            <source>Export passphrase</source>
            <translation>Парольная фраза экспорта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="105" />
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="170" />
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="83" />
            <source>Repeat it</source>
            <translation>Повторите её</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="121" />
            <source>Kuzet backup (*.zip)</source>
            <translation>Резервная копия Kuzet (*.zip)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="132" />
            <source>Choose where to write the backup.</source>
            <translation>Выберите, куда записать копию.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="148" />
            <source>The backup's vault key</source>
            <translation>Ключ хранилища из копии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="174" />
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="176" />
            <source>Restore without the key</source>
            <translation>Восстановить без ключа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="183" />
            <source>Enter the export passphrase.</source>
            <translation>Введите парольную фразу экспорта.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="52" />
            <source>Use at least {n} characters.</source>
            <translation>Используйте не менее {n} символов.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="109" />
            <source>Back up</source>
            <translation>Создать копию</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="169" />
            <source>New vault passphrase</source>
            <translation>Новая парольная фраза хранилища</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="93" />
            <source>With the key, this backup opens its documents on a new computer. The key is never written in plain text: only someone with the export passphrase can read it, so keep the passphrase apart from the backup. At least {n} characters.</source>
            <translation>С ключом эта копия открывает свои документы на новом компьютере. Ключ никогда не записывается в открытом виде: прочитать его может только тот, кто знает парольную фразу экспорта, поэтому храните фразу отдельно от копии. Не менее {n} символов.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/backup_key_dialogs.py" line="158" />
            <source>No OS keyring is usable on this computer: choose a vault passphrase as well. The documents are re-encrypted under it, and Kuzet asks for it when a document is opened. At least {n} characters.</source>
            <translation>На этом компьютере хранилище ключей ОС недоступно: выберите также парольную фразу хранилища. Документы будут перешифрованы под неё, и Kuzet запросит её при открытии документа. Не менее {n} символов.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="36" />
            <source>New SRC price</source>
            <translation>Новая цена КГД</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="40" />
            <source>Day</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="42" />
            <source>The day of receipt it prices.</source>
            <translation>Дата получения монет, для которой действует цена.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="45" />
            <source>Price, KZT per coin</source>
            <translation>Цена, KZT за монету</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="50" />
            <source>Where the State Revenue Committee published it, e.g. its list of that day.</source>
            <translation>Где Комитет государственных доходов опубликовал цену, например его перечень за тот день.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="67" />
            <source>State Revenue Committee prices</source>
            <translation>Цены Комитета государственных доходов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="81" />
            <source>New price…</source>
            <translation>Новая цена…</translation>
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
            <translation>Импорт цен КГД</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="116" />
            <source>Tables (*.csv *.xlsx)</source>
            <translation>Таблицы (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="73" />
            <source>From 2026 mined coin is valued on the day of receipt at the price the State Revenue Committee publishes (Tax Code of 18 Jul 2025, Art. 325(4)). Enter each day's price or import a file with the columns date,coin,price_kzt (optional: source,notes).</source>
            <translation>С 2026 года добытые монеты оцениваются на дату получения по цене, публикуемой Комитетом государственных доходов (Налоговый кодекс от 18.07.2025, п. 4 ст. 325). Введите цену за каждый день или импортируйте файл со столбцами date,coin,price_kzt (необязательно: source,notes).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="126" />
            <source>Nothing was imported.</source>
            <translation>Ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/coin_price_dialog.py" line="135" />
            <source>{imported} price imported; {duplicates} already recorded.|{imported} prices imported; {duplicates} already recorded.</source>
            <translation>Импортирована {imported} цена; уже были записаны: {duplicates}.|Импортированы {imported} цены; уже были записаны: {duplicates}.|Импортировано {imported} цен; уже были записаны: {duplicates}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="84" />
            <source>Match the columns</source>
            <translation>Сопоставление столбцов</translation>
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
            <translation>Сохранить как TOML…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="132" />
            <source>Save this matching for `kuzet import … --mapping FILE`</source>
            <translation>Сохранить это сопоставление для `kuzet import … --mapping FILE`</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="183" />
            <source>Save the column matching</source>
            <translation>Сохранение сопоставления столбцов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="107" />
            <source>— not in the file —</source>
            <translation>— нет в файле —</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="93" />
            <source>Choose which column of {file} holds each field. Fields marked * are required; leave the others as “not in the file”.</source>
            <translation>Выберите, в каком столбце {file} находится каждое поле. Поля со * обязательны; для остальных можно оставить «нет в файле».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="156" />
            <source>Choose the column for {field}.</source>
            <translation>Выберите столбец для поля «{field}».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="95" />
            <source>the file</source>
            <translation>файла</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="115" />
            <source>Field {key} in a --mapping file</source>
            <translation>Поле {key} в файле --mapping</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/column_mapping.py" line="164" />
            <source>Column {header} is chosen for both {a} and {b}.</source>
            <translation>Столбец {header} выбран и для «{a}», и для «{b}».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="19" />
            <source>New course</source>
            <translation>Новый курс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="19" />
            <source>Edit course</source>
            <translation>Изменить курс</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/course_dialog.py" line="27" />
            <source>The required course it completes.</source>
            <translation>Обязательный курс, который он засчитывает.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_dialog.py" line="16" />
            <source>New customer</source>
            <translation>Новый клиент</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_dialog.py" line="22" />
            <source>Record the customer as in the ID document (or the register of legal entities). The risk is assessed when you save; owners, documents, EDD and the decision follow in the customer's file.</source>
            <translation>Запишите клиента так, как в документе, удостоверяющем личность (или в реестре юридических лиц). Риск оценивается при сохранении; владельцы, документы, усиленная проверка и решение — далее в досье клиента.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="45" />
            <source>Attach a document</source>
            <translation>Прикрепить документ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="63" />
            <source>Stored encrypted (AES-256-GCM) in the vault beside the database.</source>
            <translation>Хранится в зашифрованном виде (AES-256-GCM) в хранилище рядом с базой данных.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="68" />
            <source>What it is</source>
            <translation>Что это</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="84" />
            <source>Choose the document</source>
            <translation>Выбор документа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="97" />
            <source>Choose the file to attach.</source>
            <translation>Выберите файл для прикрепления.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="55" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="91" />
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="55" />
            <source>No file chosen</source>
            <translation>Файл не выбран</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_document_dialog.py" line="141" />
            <source>No preview for {type}: use “Open” to view it in its own program.</source>
            <translation>Для {type} нет предпросмотра: нажмите «Открыть», чтобы посмотреть в программе для этого типа.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="18" />
            <source>Edit owner</source>
            <translation>Изменить бенефициарного собственника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="18" />
            <source>Add beneficial owner</source>
            <translation>Добавить бенефициарного собственника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="44" />
            <source>25% or more, or control, makes a beneficial owner (rule pack).</source>
            <translation>25% и более или контроль — признак бенефициарного собственника (пакет правил).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="49" />
            <source>How</source>
            <translation>Каким образом</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="52" />
            <source>IIN explanation</source>
            <translation>Объяснение по ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="54" />
            <source>Only if the IIN disagrees with the birth date or sex.</source>
            <translation>Только если ИИН расходится с датой рождения или полом.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_owner_dialog.py" line="47" />
            <source>Exercises control otherwise</source>
            <translation>Осуществляет контроль иным образом</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="15" />
            <source>Edit PEP status</source>
            <translation>Изменить статус ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="15" />
            <source>Add PEP status</source>
            <translation>Добавить статус ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="28" />
            <source>The PEP related to is</source>
            <translation>Категория связанного ПДЛ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="30" />
            <source>Related to (who, relation)</source>
            <translation>С кем связан (кто, связь)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="34" />
            <source>State body / country / organisation</source>
            <translation>Госорган / страна / организация</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_pep_dialog.py" line="43" />
            <source>Domestic PEP status lasts 12 months after leaving office (rule pack).</source>
            <translation>Статус национального ПДЛ сохраняется 12 месяцев после ухода с должности (пакет правил).</translation>
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
            <translation>Хранилище документов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="60" />
            <source>Enter your vault password (normally your sign-in password) to open the team's documents.</source>
            <translation>Введите пароль хранилища (обычно это ваш пароль для входа), чтобы открыть документы команды.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="123" />
            <source>The document vault has no key yet. An officer whose role may change the firm's settings (the MLRO) makes it when they first open a document.</source>
            <translation>У хранилища документов ещё нет ключа. Его создаёт сотрудник, чья роль позволяет менять настройки компании (ответственный сотрудник (MLRO)), когда впервые открывает документ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="71" />
            <source>The document vault is locked. Enter its passphrase to open documents.</source>
            <translation>Хранилище документов заблокировано. Введите его парольную фразу, чтобы открыть документы.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="74" />
            <source>This is the demo database: its documents are public demo data and the vault passphrase is “demo”. A real firm's database never uses a fixed passphrase.</source>
            <translation>Это демонстрационная база данных: её документы — открытые демо-данные, а парольная фраза хранилища — «demo». В базе данных реальной компании фиксированная фраза никогда не используется.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="80" />
            <source>Your vault password</source>
            <translation>Ваш пароль хранилища</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="80" />
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="65" />
            <source>No OS keyring is usable on this computer ({reason}), so Kuzet cannot keep the vault key there. Choose a passphrase: the key is derived from it each time and is never written to disk. Without the passphrase the documents cannot be opened, so keep it safe. At least {n} characters.</source>
            <translation>На этом компьютере хранилище ключей ОС недоступно ({reason}), поэтому Kuzet не может хранить там ключ хранилища. Выберите парольную фразу: ключ каждый раз выводится из неё и никогда не записывается на диск. Без фразы документы не открыть, поэтому храните её надёжно. Не менее {n} символов.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/customer_vault_dialog.py" line="145" />
            <source>The vault key was made and is kept in the OS keyring ({backend}), under Kuzet / {vault}. It is not stored in the database or on disk.</source>
            <translation>Ключ хранилища создан и хранится в хранилище ключей ОС ({backend}) под именем Kuzet / {vault}. В базе данных и на диске он не хранится.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="17" />
            <source>New finding</source>
            <translation>Новое замечание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="17" />
            <source>Edit finding</source>
            <translation>Изменить замечание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="28" />
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="41" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/finding_dialog.py" line="30" />
            <source>Close it once every action is done.</source>
            <translation>Закройте его, когда все мероприятия выполнены.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="56" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="111" />
            <source>Licensed in</source>
            <translation>Лицензирована в</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="71" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="118" />
            <source>FIU (AFM) registration</source>
            <translation>Регистрация в АФМ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="73" />
            <source>not entered: the STR draft prints the firm's FIU number</source>
            <translation>не введён: в проекте СПО печатается номер организации в АФМ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="91" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="120" />
            <source>Financial year-end</source>
            <translation>Конец финансового года</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/firm_profile_dialog.py" line="114" />
            <source>not a valid BIN</source>
            <translation>неверный БИН</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="47" />
            <source>Leave empty to record later</source>
            <translation>Оставьте пустым, чтобы указать позже</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="30" />
            <source>Resides in Kazakhstan</source>
            <translation>Проживает в Казахстане</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="80" />
            <source>Set up the firm</source>
            <translation>Настройка компании</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="87" />
            <source>The firm</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="89" />
            <source>Who the firm is and where it is licensed: this decides which rules apply.</source>
            <translation>Что это за компания и где она лицензирована: от этого зависят применимые правила.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="99" />
            <source>MLRO and deputy</source>
            <translation>Ответственный сотрудник и заместитель</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="102" />
            <source>The MLRO must be a director, partner, principal representative or senior manager and reside in Kazakhstan; AIFC firms also appoint a deputy.</source>
            <translation>Ответственный сотрудник должен быть директором, партнёром, главным представителем или руководящим работником и проживать в Казахстане; компании МФЦА также назначают заместителя.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="125" />
            <source>What applies</source>
            <translation>Что применяется</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="138" />
            <source>Welcome to Kuzet</source>
            <translation>Добро пожаловать в Kuzet</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="139" />
            <source>A few questions about the firm. You can change every answer later.</source>
            <translation>Несколько вопросов о компании. Любой ответ можно изменить позже.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="183" />
            <source>The mining registers apply (pools, output, sales, the mandatory sale and the fee).</source>
            <translation>Применяются реестры майнинга (пулы, добыча, продажи, обязательная продажа и плата).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="185" />
            <source>No mining activity: the mining registers are not needed.</source>
            <translation>Майнинга нет: реестры майнинга не нужны.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="151" />
            <source>&lt;p&gt;Everything stays on this computer; Kuzet never uses the network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {db}&lt;br&gt;&lt;b&gt;Encrypted documents:&lt;/b&gt; {vault}&lt;br&gt;&lt;b&gt;Backups:&lt;/b&gt; {backups}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vault key:&lt;/b&gt; {keyring}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Все данные остаются на этом компьютере; Kuzet никогда не обращается к сети.&lt;/p&gt;&lt;p&gt;&lt;b&gt;База данных:&lt;/b&gt; {db}&lt;br&gt;&lt;b&gt;Зашифрованные документы:&lt;/b&gt; {vault}&lt;br&gt;&lt;b&gt;Резервные копии:&lt;/b&gt; {backups}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ключ хранилища:&lt;/b&gt; {keyring}.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="142" />
            <source>the OS keyring ({name}) keeps the document vault's key</source>
            <translation>ключ хранилища документов хранится в хранилище ключей ОС ({name})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="145" />
            <source>Kuzet cannot use an OS keyring here ({reason}); the document vault will ask for a passphrase</source>
            <translation>Kuzet не может использовать здесь хранилище ключей ОС ({reason}); хранилище документов будет запрашивать парольную фразу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="188" />
            <source>&lt;p&gt;For {name}:&lt;/p&gt;&lt;ul&gt;{lines}&lt;/ul&gt;&lt;p&gt;{mining}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Для {name}:&lt;/p&gt;&lt;ul&gt;{lines}&lt;/ul&gt;&lt;p&gt;{mining}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/first_run.py" line="120" />
            <source>Already recorded: {name}</source>
            <translation>Уже записан: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="68" />
            <source>The reason goes in the audit trail.</source>
            <translation>Причина попадёт в журнал аудита.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="51" />
            <source>True match</source>
            <translation>Подтверждённое совпадение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="52" />
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="216" />
            <source>False positive</source>
            <translation>Ложное совпадение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="66" />
            <source>What you compared: IIN, date of birth, nationality, documents…</source>
            <translation>Что вы сравнили: ИИН, дату рождения, гражданство, документы…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="30" />
            <source>Decide hit #{id}</source>
            <translation>Решение по совпадению №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="38" />
            <source>&lt;b&gt;{subject}&lt;/b&gt; against &lt;b&gt;{entry}&lt;/b&gt; ({list} {ref}), score {score}.</source>
            <translation>&lt;b&gt;{subject}&lt;/b&gt; и &lt;b&gt;{entry}&lt;/b&gt; ({list} {ref}), балл {score}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="89" />
            <source>The customer is flagged as a sanctions match. Next: freeze, do not tip off, report to the FIU.</source>
            <translation>Клиент отмечен как санкционное совпадение. Далее: заморозьте активы, не предупреждайте клиента, сообщите в АФМ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="94" />
            <source>The customer is confirmed on the firm's own list: for a domestic PEP, record the PEP status and apply enhanced due diligence.</source>
            <translation>Клиент подтверждён в собственном списке компании: для национального ПДЛ запишите статус ПДЛ и примените усиленные меры надлежащей проверки.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_decision_dialog.py" line="102" />
            <source>Remembered for {months} months for this customer and this list entry: re-screens do not raise it again unless either changes.</source>
            <translation>Запоминается на {months} мес. для этого клиента и этой записи списка: повторные проверки не поднимут его снова, если ни то, ни другое не изменится.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="80" />
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="121" />
            <source>Select a hit to review it.</source>
            <translation>Выберите совпадение для рассмотрения.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="83" />
            <source>Open customer file</source>
            <translation>Открыть досье клиента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="84" />
            <source>True match…</source>
            <translation>Подтвердить совпадение…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="88" />
            <source>False positive…</source>
            <translation>Ложное совпадение…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="102" />
            <source>List entry</source>
            <translation>Запись списка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="103" />
            <source>Why this score</source>
            <translation>Почему такой балл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="149" />
            <source>Decided by {who} on {when}: {reason}</source>
            <translation>Решение принял(а) {who}, {when}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/hit_detail.py" line="131" />
            <source>Hit #{id}: score {score}, {status}</source>
            <translation>Совпадение №{id}: балл {score}, {status}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="108" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="162" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="276" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="90" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="178" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="401" />
            <source>Import refused</source>
            <translation>Импорт отклонён</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="97" />
            <source>Nothing was imported from {file}: {count} problem. Correct the file and import it again.|Nothing was imported from {file}: {count} problems. Correct the file and import it again.</source>
            <translation>Из {file} ничего не импортировано: {count} проблема. Исправьте файл и импортируйте его снова.|Из {file} ничего не импортировано: {count} проблемы. Исправьте файл и импортируйте его снова.|Из {file} ничего не импортировано: {count} проблем. Исправьте файл и импортируйте его снова.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="103" />
            <source>Nothing was imported: {count} problem. Correct the file and import it again.|Nothing was imported: {count} problems. Correct the file and import it again.</source>
            <translation>Ничего не импортировано: {count} проблема. Исправьте файл и импортируйте его снова.|Ничего не импортировано: {count} проблемы. Исправьте файл и импортируйте его снова.|Ничего не импортировано: {count} проблем. Исправьте файл и импортируйте его снова.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="80" />
            <source>…and {count} more problem.|…and {count} more problems.</source>
            <translation>…и ещё {count} проблема.|…и ещё {count} проблемы.|…и ещё {count} проблем.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="45" />
            <source>{where}, field {field}</source>
            <translation>{where}, поле {field}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="63" />
            <source>Line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="63" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="63" />
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/import_problems.py" line="43" />
            <source>{file}, line {line}</source>
            <translation>{file}, строка {line}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="34" />
            <source>Leave unticked to use the legal term where the law sets one (mining: 3 years).</source>
            <translation>Не отмечайте, чтобы применить срок по закону, если закон его устанавливает (майнинг: 3 года).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="19" />
            <source>Edit licence</source>
            <translation>Изменить лицензию</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/licence_dialog.py" line="19" />
            <source>New licence</source>
            <translation>Новая лицензия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="24" />
            <source>The consolidated list XML from the UN Security Council's website.</source>
            <translation>XML сводного списка с сайта Совета Безопасности ООН.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="25" />
            <source>Choose sdn.csv with alt.csv and add.csv (all three together).</source>
            <translation>Выберите sdn.csv вместе с alt.csv и add.csv (все три сразу).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="26" />
            <source>sdn.xml from OFAC's Sanctions List Service.</source>
            <translation>sdn.xml из сервиса санкционных списков OFAC (Sanctions List Service).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="27" />
            <source>The EU's consolidated financial sanctions list, CSV v1.1 (semicolons).</source>
            <translation>Сводный список финансовых санкций ЕС, CSV v1.1 (точка с запятой).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="28" />
            <source>The AFM list XML of category 1 or 2 (each file is its own list).</source>
            <translation>XML перечня АФМ категории 1 или 2 (каждый файл — отдельный список).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="29" />
            <source>Header ref,name,aliases,dob,kind (aliases separated by ;, dob YYYY-MM-DD or YYYY, kind person or organization); an optional iin column.</source>
            <translation>Заголовок ref,name,aliases,dob,kind (aliases через ;, dob — ГГГГ-ММ-ДД или ГГГГ, kind — person или organization); необязательный столбец iin.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="33" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="35" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="37" />
            <source>XML files (*.xml)</source>
            <translation>Файлы XML (*.xml)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="34" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="36" />
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="38" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="70" />
            <source>For the firm's own lists (e.g. Domestic PEPs); other lists are named by the file.</source>
            <translation>Для собственных списков компании (например, «Национальные ПДЛ»); остальные списки называются по файлу.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="46" />
            <source>Import a watchlist</source>
            <translation>Импорт санкционного списка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="84" />
            <source>Choose the list files</source>
            <translation>Выберите файлы списков</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/list_import_dialog.py" line="84" />
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="18" />
            <source>New appointment</source>
            <translation>Новое назначение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="18" />
            <source>Edit appointment</source>
            <translation>Изменить назначение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="28" />
            <source>The MLRO must be a director, partner, principal representative or senior manager.</source>
            <translation>Ответственный сотрудник должен быть директором, партнёром, главным представителем или руководящим работником.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="35" />
            <source>Approved by the regulator</source>
            <translation>Одобрен регулятором</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/mlro_dialog.py" line="38" />
            <source>Regulator notified</source>
            <translation>Регулятор уведомлён</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="15" />
            <source>Edit output</source>
            <translation>Изменить добычу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="15" />
            <source>New output</source>
            <translation>Новая добыча</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="18" />
            <source>Amount credited</source>
            <translation>Зачисленное количество</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="22" />
            <source>Electricity used, kWh</source>
            <translation>Электроэнергия, кВт·ч</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="22" />
            <source>Optional; the mining fee uses it.</source>
            <translation>Необязательно; используется для платы за майнинг.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="53" />
            <source>Pool accredited on that date.</source>
            <translation>Пул аккредитован на эту дату.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_dialog.py" line="55" />
            <source>Will be FLAGGED: {why}</source>
            <translation>Будет ОТМЕЧЕНО: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="18" />
            <source>kWh from the grid (centralised auction)</source>
            <translation>кВт·ч из сети (централизованные торги)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="19" />
            <source>From 1 Jul 2023 grid power for mining is bought only at the centralised daily auctions (KOREM), within the zone quotas. Charged by the price band.</source>
            <translation>С 1 июля 2023 года электроэнергия из сети для майнинга покупается только на централизованных торгах на сутки вперёд (КОРЭМ) в пределах квот зоны. Плата — по ценовому диапазону.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="24" />
            <source>kWh from own generation</source>
            <translation>кВт·ч собственной генерации</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="25" />
            <source>The firm's own power plants (not renewable): special rate.</source>
            <translation>Собственные электростанции компании (не возобновляемые): особая ставка.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="29" />
            <source>kWh from own renewable plants</source>
            <translation>кВт·ч собственных возобновляемых источников</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="30" />
            <source>Renewable power from the firm's own plants (not renewable power bought): special rate.</source>
            <translation>Возобновляемая энергия собственных станций компании (не купленная): особая ставка.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="32" />
            <source>kWh imported</source>
            <translation>кВт·ч импорт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="32" />
            <source>Imported power: charged by the price band.</source>
            <translation>Импортная энергия: плата по ценовому диапазону.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="47" />
            <source>Average electricity price, KZT/kWh</source>
            <translation>Средняя цена электроэнергии, KZT/кВт·ч</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="50" />
            <source>Chooses the fee band for grid and imported power (rule mining.fee.bands). Empty: the fee cannot be computed where a band applies.</source>
            <translation>Определяет диапазон платы для электроэнергии из сети и импортной (правило mining.fee.bands). Если пусто, плату нельзя рассчитать там, где применяется диапазон.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="57" />
            <source>No meter, or a faulty one</source>
            <translation>Нет счётчика или он неисправен</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="58" />
            <source>Meter</source>
            <translation>Счётчик</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="61" />
            <source>Declaration filed on</source>
            <translation>Дата подачи декларации</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="67" />
            <source>Amount paid, KZT</source>
            <translation>Уплачено, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="74" />
            <source>The basis covers all of the firm's mining sites: name them here.</source>
            <translation>База охватывает все площадки майнинга компании: перечислите их здесь.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/output_fee_basis_dialog.py" line="42" />
            <source>Mining fee basis: {quarter}</source>
            <translation>База платы за майнинг: {quarter}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="44" />
            <source>New value</source>
            <translation>Новое значение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="53" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="93" />
            <location filename="../../desktop/kuzet/ui/form.py" line="93" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="40" />
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="94" />
            <location filename="../../desktop/kuzet/ui/form.py" line="93" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="41" />
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="61" />
            <source>Recorded in the audit trail and printed in the audit pack.</source>
            <translation>Записывается в журнал аудита и печатается в пакете для аудита.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="26" />
            <source>(not in force today)</source>
            <translation>(сегодня не действует)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="19" />
            <source>Override {key}</source>
            <translation>Переопределить {key}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="29" />
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Pack value today: {value} {unit} [{mark}: {meaning}]&lt;br&gt;Source: {source}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Значение пакета на сегодня: {value} {unit} [{mark}: {meaning}]&lt;br&gt;Источник: {source}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/override_dialog.py" line="46" />
            <source>Type: {type}. Write it as in the rule pack, e.g. 75, "0.75", [90, 60, 30].</source>
            <translation>Тип: {type}. Запишите как в пакете правил, например 75, "0.75", [90, 60, 30].</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="45" />
            <source>Last full quarter</source>
            <translation>Последний полный квартал</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="46" />
            <source>This quarter to date</source>
            <translation>Текущий квартал по сегодня</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="47" />
            <source>Last full year</source>
            <translation>Последний полный год</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="48" />
            <source>This year to date</source>
            <translation>Текущий год по сегодня</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="49" />
            <source>The last 12 months</source>
            <translation>Последние 12 месяцев</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="50" />
            <source>Chosen dates</source>
            <translation>Выбранные даты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="78" />
            <source>Audit pack</source>
            <translation>Пакет для проверки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="92" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="125" />
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="110" />
            <source>Sections</source>
            <translation>Разделы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="118" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="207" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="89" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="120" />
            <source>The language of the pack; it may differ from the window's.</source>
            <translation>Язык пакета; он может отличаться от языка окна.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="126" />
            <source>Prepared by</source>
            <translation>Подготовил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="128" />
            <source>The officer named on the cover, the sign-off page and the manifest: an active member of the staff register (the MLRO by default).</source>
            <translation>Сотрудник, указанный на обложке, на странице подписи и в манифесте: действующий работник из реестра персонала (по умолчанию — MLRO).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="136" />
            <source>Auditor's sample</source>
            <translation>Выборка для аудитора</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="138" />
            <source>How many customer files to draw at random, stratified by risk tier, and print in full.</source>
            <translation>Сколько досье клиентов выбрать случайно, с разбивкой по уровням риска, и напечатать полностью.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="146" />
            <source>Sample seed</source>
            <translation>Начальное число выборки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="148" />
            <source>Printed in the pack: the same database and seed draw the same sample again.</source>
            <translation>Печатается в пакете: та же база данных и то же число дают ту же выборку.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="153" />
            <source>Redaction</source>
            <translation>Обезличивание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="155" />
            <source>A redacted copy cites no customer documents and withholds the officer's case facts.</source>
            <translation>Обезличенная копия не ссылается на документы клиентов и не содержит фактов по делам, записанных сотрудником.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="162" />
            <source>The ZIP holds the PDF, its manifest and decrypted copies of the documents the pack cites; keep it as safe as the vault.</source>
            <translation>ZIP содержит PDF, его манифест и расшифрованные копии документов, на которые ссылается пакет; храните его так же надёжно, как хранилище.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="87" />
            <source>Build pack</source>
            <translation>Собрать пакет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="133" />
            <source>No sample</source>
            <translation>Без выборки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="150" />
            <source>Mask customers' names and identification numbers</source>
            <translation>Скрыть имена клиентов и идентификационные номера</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="157" />
            <source>Also write a ZIP with the cited documents</source>
            <translation>Также записать ZIP с документами, на которые есть ссылки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="231" />
            <source>Save the audit pack</source>
            <translation>Сохранение пакета для аудита</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="231" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="262" />
            <source>Tick at least one section.</source>
            <translation>Отметьте хотя бы один раздел.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="265" />
            <source>Add the officer who prepares the pack to the staff register first.</source>
            <translation>Сначала добавьте сотрудника, который готовит пакет, в реестр персонала.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="269" />
            <source>Choose where to save the PDF.</source>
            <translation>Выберите, куда сохранить PDF.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="298" />
            <source>Building the audit pack</source>
            <translation>Сборка пакета для аудита</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="342" />
            <source>Audit pack written</source>
            <translation>Пакет для аудита записан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="309" />
            <source>Cancelled: no file was written.</source>
            <translation>Отменено: файл не записан.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="316" />
            <source>Enter the vault's passphrase to include the documents.</source>
            <translation>Введите парольную фразу хранилища, чтобы включить документы.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="332" />
            <source>{pages} pages, pack ID {pack_id}.</source>
            <translation>Страниц: {pages}, ID пакета {pack_id}.</translation>
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
            <translation>Пакет для аудита записан в {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="271" />
            <source>The folder {folder} does not exist.</source>
            <translation>Папки {folder} не существует.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="325" />
            <source>The pack was not written: {error}</source>
            <translation>Пакет не записан: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pack_dialog.py" line="339" />
            <source>With evidence: {path}</source>
            <translation>С документами: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="24" />
            <source>As the pool's payout files write it.</source>
            <translation>Как в файлах выплат пула.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="45" />
            <source>The law gives no term: enter the date on the accreditation, if any.</source>
            <translation>Закон не устанавливает срок: укажите дату из аккредитации, если она есть.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="48" />
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="57" />
            <source>Suspended or revoked from</source>
            <translation>Приостановлена или отозвана с</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="50" />
            <source>The pool's hardware and software are in Kazakhstan</source>
            <translation>Оборудование и ПО пула находятся в Казахстане</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="52" />
            <source>Hardware</source>
            <translation>Оборудование</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="55" />
            <source>One document per line (order, certificate, letter)</source>
            <translation>По одному документу на строку (приказ, свидетельство, письмо)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="18" />
            <source>Edit pool accreditation</source>
            <translation>Изменить аккредитацию пула</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/pool_dialog.py" line="18" />
            <source>New pool accreditation</source>
            <translation>Новая аккредитация пула</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/programme_dialog.py" line="32" />
            <source>New record</source>
            <translation>Новая запись</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/programme_dialog.py" line="32" />
            <source>Edit record</source>
            <translation>Изменить запись</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="16" />
            <source>New remediation action</source>
            <translation>Новая мера по устранению</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/remediation_action_dialog.py" line="16" />
            <source>Edit action</source>
            <translation>Изменить меру</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="35" />
            <source>New management response</source>
            <translation>Новый ответ руководства</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="35" />
            <source>Edit management response</source>
            <translation>Изменить ответ руководства</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="42" />
            <source>kind:record, as the audit pack prints it, e.g. licence_expired:licence/3</source>
            <translation>kind:record, как в пакете для аудита, например licence_expired:licence/3</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="54" />
            <source>A member of staff on the books today.</source>
            <translation>Сотрудник, числящийся в штате на сегодня.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="57" />
            <source>Required for critical and high findings.</source>
            <translation>Обязательно для замечаний критической и высокой значимости.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="61" />
            <source>The day it was done.</source>
            <translation>Дата выполнения.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="98" />
            <source>Response in force</source>
            <translation>Действующий ответ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="85" />
            <source>Respond to a finding</source>
            <translation>Ответ на замечание</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="119" />
            <source>No critical or high finding today.</source>
            <translation>Сегодня нет замечаний критической или высокой значимости.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="125" />
            <source>Respond…</source>
            <translation>Ответить…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="93" />
            <source>The critical and high findings on the Dashboard today. Pick one to write management's response; a finding already answered shows its response.</source>
            <translation>Замечания критической и высокой значимости в сводке на сегодня. Выберите замечание, чтобы написать ответ руководства; для замечания, на которое уже есть ответ, показан этот ответ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="105" />
            <source>no response recorded</source>
            <translation>ответ не записан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/response_dialog.py" line="74" />
            <source>staff #{id} (not on the staff today)</source>
            <translation>сотрудник №{id} (сегодня не в штате)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="15" />
            <source>New business risk assessment</source>
            <translation>Новая оценка рисков компании</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="15" />
            <source>Edit risk assessment</source>
            <translation>Изменить оценку рисков</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/risk_assessment_dialog.py" line="31" />
            <source>Leave unticked for the rule pack's default (12 months after the assessment).</source>
            <translation>Не отмечайте, чтобы применить значение пакета правил (12 месяцев после оценки).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="40" />
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="121" />
            <source>Update the rule pack</source>
            <translation>Обновление пакета правил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="57" />
            <source>Choose file…</source>
            <translation>Выбрать файл…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="59" />
            <source>Choose folder…</source>
            <translation>Выбрать папку…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="76" />
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="86" />
            <source>Rule pack</source>
            <translation>Пакет правил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="86" />
            <source>Rule packs (*.zip);;All files (*)</source>
            <translation>Пакеты правил (*.zip);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="92" />
            <source>Rule pack folder</source>
            <translation>Папка пакета правил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="47" />
            <source>Rule pack in force: {version}. Choose a newer pack (a ZIP of its folder, as published) to see what it changes, rule by rule, before applying it. Your overrides stay in force; those whose rule changes are flagged.</source>
            <translation>Действующий пакет правил: {version}. Выберите более новый пакет (ZIP-архив его папки в опубликованном виде), чтобы до применения увидеть, что он меняет, по каждому правилу. Ваши переопределения остаются в силе; те, чьё правило меняется, отмечаются.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/rule_pack_update_dialog.py" line="111" />
            <source>Apply rule pack {version}</source>
            <translation>Применить пакет правил {version}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="73" />
            <source>Edit sale</source>
            <translation>Изменить продажу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="73" />
            <source>New sale</source>
            <translation>Новая продажа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="78" />
            <source>Price per coin</source>
            <translation>Цена за монету</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="79" />
            <source>Price currency</source>
            <translation>Валюта цены</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="82" />
            <source>KZT per unit of the currency</source>
            <translation>KZT за единицу валюты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="84" />
            <source>Optional: for a price in another currency, gives the KZT value.</source>
            <translation>Необязательно: для цены в другой валюте даёт сумму в KZT.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="88" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="34" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="32" />
            <source>Value in KZT</source>
            <translation>Сумма в KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="90" />
            <source>Optional: leave empty to derive it from the price (and rate).</source>
            <translation>Необязательно: оставьте пустым, чтобы рассчитать из цены (и курса).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="98" />
            <source>The trade id at the venue.</source>
            <translation>Номер сделки на площадке.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="145" />
            <source>No KZT value: give a rate or the value</source>
            <translation>Нет суммы в KZT: укажите курс или сумму</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="151" />
            <source>counts towards the mandatory sale (AIFC-licensed on that date)</source>
            <translation>засчитывается в обязательную продажу (лицензия МФЦА на эту дату)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="143" />
            <source>Value {value} KZT</source>
            <translation>Сумма {value} KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sale_dialog.py" line="153" />
            <source>does NOT count towards the mandatory sale: {why}</source>
            <translation>НЕ засчитывается в обязательную продажу: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="38" />
            <source>Sign in</source>
            <translation>Вход</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="45" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="70" />
            <source>Officer</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="45" />
            <source>Who is working on this computer now.</source>
            <translation>Кто сейчас работает за этим компьютером.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="66" />
            <source>Sign in to the team database</source>
            <translation>Вход в командную базу данных</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="69" />
            <source>Server</source>
            <translation>Сервер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="70" />
            <source>Your login on the server.</source>
            <translation>Ваш логин на сервере.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="71" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="106" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="145" />
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="49" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="34" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="73" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="217" />
            <source>Keyring</source>
            <translation>Хранилище ключей</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="73" />
            <source>Kept in the OS keyring only.</source>
            <translation>Хранится только в хранилище ключей ОС.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="98" />
            <source>The firm's first officer</source>
            <translation>Первый сотрудник компании</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="102" />
            <source>Added to the staff register.</source>
            <translation>Добавляется в реестр сотрудников.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="104" />
            <source>For example a.nurlanova.</source>
            <translation>Например, a.nurlanova.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="107" />
            <source>Password again</source>
            <translation>Пароль ещё раз</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="135" />
            <source>Add officer</source>
            <translation>Добавить сотрудника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="141" />
            <source>Member of staff</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="72" />
            <source>Remember the password on this computer</source>
            <translation>Запомнить пароль на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="138" />
            <source>A new member of staff (enter the name)</source>
            <translation>Новый сотрудник (введите имя)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/sign_in.py" line="119" />
            <source>The two passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="16" />
            <source>New staff member</source>
            <translation>Новый сотрудник</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="16" />
            <source>Edit staff member</source>
            <translation>Изменить сотрудника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/staff_dialog.py" line="22" />
            <source>The role decides the required courses and how often.</source>
            <translation>Роль определяет обязательные курсы и их периодичность.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="22" />
            <source>Report suspicious client activity</source>
            <translation>Сообщить о подозрительной деятельности клиента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="31" />
            <source>Customer number</source>
            <translation>Номер клиента</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="39" />
            <source>Noticed on</source>
            <translation>Дата обнаружения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="41" />
            <source>Reports of activity without an operation apply from 1 Apr 2026 (monitoring.str.covers_activity, AFM Order No. 22 of 23 Dec 2025).</source>
            <translation>Сообщения о деятельности без операции применяются с 1 апреля 2026 г. (monitoring.str.covers_activity, приказ АФМ № 22 от 23.12.2025).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="49" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="64" />
            <source>Suspicious activity</source>
            <translation>Подозрительная деятельность</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="52" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="33" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="67" />
            <source>Case facts</source>
            <translation>Факты по делу</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="60" />
            <source>The STR is due within the rule pack's business days of the decision (monitoring.str.deadline_business_days, unconfirmed [U]).</source>
            <translation>СПО подаётся в течение рабочих дней после решения, установленных пакетом правил (monitoring.str.deadline_business_days, не подтверждено [U]).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="47" />
            <source>IP addresses, devices, logins, behaviour: what was seen, when, and why</source>
            <translation>IP-адреса, устройства, входы в систему, поведение: что замечено, когда и почему</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="54" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="36" />
            <source>Open a case; decide later</source>
            <translation>Открыть дело; решить позже</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_activity.py" line="55" />
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="35" />
            <source>Suspicious: report to the FIU</source>
            <translation>Подозрительно: сообщить в АФМ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="18" />
            <source>Escalate alert to an STR</source>
            <translation>Передать оповещение в сообщение о подозрительной операции</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="41" />
            <source>The STR is due within the rule pack's business days of the decision (monitoring.str.deadline_business_days).</source>
            <translation>СПО подаётся в течение рабочих дней после решения, установленных пакетом правил (monitoring.str.deadline_business_days).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="56" />
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="27" />
            <source>Alert</source>
            <translation>Оповещение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="31" />
            <source>What happened, why it is suspicious, what the customer said, what you checked</source>
            <translation>Что произошло, почему это подозрительно, что сказал клиент, что вы проверили</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="48" />
            <source>A new STR</source>
            <translation>Новое СПО</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_escalate.py" line="51" />
            <source>Add to STR #{id} (detected {date})</source>
            <translation>Добавить в СПО №{id} (выявлено {date})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="44" />
            <source>Suspicious transaction report</source>
            <translation>Сообщение о подозрительной операции</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="93" />
            <source>Mark as reported to the FIU</source>
            <translation>Отметить как направленное в АФМ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="106" />
            <source>The number the FIU's system gave it.</source>
            <translation>Номер, присвоенный системой АФМ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="100" />
            <source>Freeze notification #{id}</source>
            <translation>Уведомление о замораживании №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="101" />
            <source>Report</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="98" />
            <source>STR #{id}</source>
            <translation>СПО №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="99" />
            <source>Threshold report #{id}</source>
            <translation>Пороговое сообщение №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/str_report.py" line="55" />
            <source>#{id}, {state}; deadline {deadline}</source>
            <translation>№{id}, {state}; срок {deadline}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="37" />
            <source>Record a training session</source>
            <translation>Запись учебного занятия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="37" />
            <source>Edit session</source>
            <translation>Изменить занятие</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="88" />
            <source>Attendance</source>
            <translation>Посещаемость</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="108" />
            <source>Attach file…</source>
            <translation>Прикрепить файл…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="75" />
            <source>Certificate no.</source>
            <translation>№ сертификата</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="144" />
            <source>Certificate</source>
            <translation>Сертификат</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="144" />
            <source>Documents (*.pdf *.png *.jpg *.jpeg);;All (*)</source>
            <translation>Документы (*.pdf *.png *.jpg *.jpeg);;Все (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="204" />
            <source>Type the same passphrase again to confirm it:</source>
            <translation>Введите ту же парольную фразу ещё раз для подтверждения:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="185" />
            <source>Training session</source>
            <translation>Занятие</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="194" />
            <source>{reason}

The passphrase protects every document in the vault; without it they cannot be opened.
Passphrase:</source>
            <translation>{reason}

Парольная фраза защищает все документы хранилища; без неё их не открыть.
Парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/training_session_dialog.py" line="137" />
            <source>Open {name}</source>
            <translation>Открыть {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/transaction_detail.py" line="61" />
            <source>Ask the counterparty provider for the missing data and keep its answer with the case: the imported record itself is not changed.</source>
            <translation>Запросите недостающие данные у провайдера-контрагента и сохраните его ответ в деле: сама импортированная запись не изменяется.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/transaction_detail.py" line="75" />
            <source>No monitoring alert includes this transaction.</source>
            <translation>Эта операция не входит ни в одно оповещение мониторинга.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/transaction_detail.py" line="25" />
            <source>Transaction #{id}</source>
            <translation>Операция №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/transaction_detail.py" line="69" />
            <source>Alert #{id} — {rule} — {status}</source>
            <translation>Оповещение №{id} — {rule} — {status}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="45" />
            <source>Edit counterparty provider</source>
            <translation>Изменить контрагента-провайдера</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="45" />
            <source>New counterparty provider</source>
            <translation>Новый контрагент-провайдер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="50" />
            <source>As it is written in the transaction files.</source>
            <translation>Как в файлах операций.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="53" />
            <source>ISO country code, e.g. KY, AE, KZ.</source>
            <translation>Код страны ISO, например KY, AE, KZ.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="59" />
            <source>Due diligence done</source>
            <translation>Надлежащая проверка проведена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="61" />
            <source>AIFC AML 11-1: a counterparty provider is vetted before the first transfer.</source>
            <translation>AIFC AML 11-1: провайдер-контрагент проверяется до первого перевода.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="85" />
            <source>Virtual asset service providers your customers send to or receive from. Each is vetted before the first transfer (AIFC AML 11-1); transfers through one not vetted in time raise an alert when monitoring runs.</source>
            <translation>Поставщики услуг виртуальных активов, которым ваши клиенты отправляют средства или от которых получают. Каждый проверяется до первого перевода (AIFC AML 11-1); переводы через провайдера, не проверенного вовремя, вызывают оповещение при мониторинге.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="107" />
            <source>New…</source>
            <translation>Создать…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="153" />
            <source>Select a provider first.</source>
            <translation>Сначала выберите провайдера.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="163" />
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="170" />
            <source>Retire provider</source>
            <translation>Вывод провайдера</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="163" />
            <source>Why is the provider retired?</source>
            <translation>Почему провайдер выводится?</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/vasp_dialog.py" line="127" />
            <source>Named in transactions but not in the register: {names}.</source>
            <translation>Указаны в операциях, но отсутствуют в реестре: {names}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="23" />
            <source>As the exchange's trade files write it.</source>
            <translation>Как в файлах сделок биржи.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="37" />
            <source>Which licences count toward the mandatory sale is a rule (mining.sale.qualifying_venues: AIFC only unless an officer adds the National Bank's).</source>
            <translation>Какие лицензии засчитываются в обязательную продажу, определяет правило (mining.sale.qualifying_venues: только МФЦА, если сотрудник не добавит лицензии Национального Банка).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="50" />
            <source>An AIFC licence counts only while this is Active.</source>
            <translation>Лицензия МФЦА засчитывается, только пока здесь указано «Действует».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="61" />
            <source>Licence valid from</source>
            <translation>Лицензия действует с</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="65" />
            <source>Licence valid to</source>
            <translation>Лицензия действует до</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="67" />
            <source>Leave unticked when the licence has no end date.</source>
            <translation>Не отмечайте, если у лицензии нет даты окончания.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="70" />
            <source>NBK licence or registration number</source>
            <translation>Номер лицензии или регистрации НБК</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="19" />
            <source>Edit venue</source>
            <translation>Изменить площадку</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/dialogs/venue_dialog.py" line="19" />
            <source>New venue</source>
            <translation>Новая площадка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/form.py" line="55" />
            <source>Tick to set a date</source>
            <translation>Отметьте, чтобы указать дату</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/format.py" line="65" />
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/launch.py" line="86" />
            <source>Nobody is signed in</source>
            <translation>Никто не вошёл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/launch.py" line="118" />
            <source>The database is already open</source>
            <translation>База данных уже открыта</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/launch.py" line="107" />
            <source>Kuzet is already open on {path}; its window was brought forward.</source>
            <translation>Kuzet уже открыт с базой {path}; его окно выведено на передний план.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="85" />
            <source>Read only: nobody signed in</source>
            <translation>Только чтение: никто не вошёл</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="93" />
            <location filename="../../desktop/kuzet/ui/main_window.py" line="259" />
            <source>Opening the database…</source>
            <translation>Открытие базы данных…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="151" />
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="273" />
            <source>Opening…</source>
            <translation>Открытие…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="367" />
            <location filename="../../desktop/kuzet/ui/team_start.py" line="130" />
            <source>Cannot open the database</source>
            <translation>Не удаётся открыть базу данных</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="381" />
            <location filename="../../desktop/kuzet/ui/team_open.py" line="98" />
            <location filename="../../desktop/kuzet/ui/team_start.py" line="132" />
            <source>Kuzet cannot open this database</source>
            <translation>Kuzet не может открыть эту базу данных</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="102" />
            <source>Database: {path}</source>
            <translation>База данных: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/main_window.py" line="369" />
            <source>Kuzet could not open {path}:

{message}</source>
            <translation>Kuzet не смог открыть {path}:

{message}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="112" />
            <source>Share sold via licensed venues</source>
            <translation>Доля продаж через лицензированные площадки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="115" />
            <source>Required share (rule)</source>
            <translation>Требуемая доля (правило)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="82" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="126" />
            <source>Mined</source>
            <translation>Добыто</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="83" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="106" />
            <source>Sold via AIFC-licensed venues</source>
            <translation>Продано через площадки с лицензией МФЦА</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="84" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="128" />
            <source>Sold elsewhere</source>
            <translation>Продано в других местах</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="78" />
            <source>{coin} per month: mined and sold</source>
            <translation>{coin} по месяцам: добыто и продано</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/mining_charts.py" line="110" />
            <source>{coin}: share sold via AIFC-licensed venues</source>
            <translation>{coin}: доля продаж через площадки с лицензией МФЦА</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="81" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="174" />
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="252" />
            <source>Dashboard</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="81" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="82" />
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="82" />
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="55" />
            <source>Calendar</source>
            <translation>Календарь</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="83" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="84" />
            <source>Licensing</source>
            <translation>Лицензирование</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="93" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="84" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="281" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="285" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="298" />
            <source>Watchlists</source>
            <translation>Санкционные списки</translation>
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
            <translation>Сообщения в АФМ</translation>
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
            <translation>Обязательная продажа и сборы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="116" />
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="45" />
            <source>Firm &amp; MLRO</source>
            <translation>Компания и ответственный сотрудник</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="116" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="123" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="130" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="137" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="144" />
            <source>Programme</source>
            <translation>Программа ПОД/ФТ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="120" />
            <source>Staff &amp; training</source>
            <translation>Персонал и обучение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="146" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="75" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="203" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="215" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="219" />
            <source>Rules</source>
            <translation>Правила</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="146" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="147" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="148" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="149" />
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="150" />
            <source>System</source>
            <translation>Система</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/__init__.py" line="148" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="64" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="166" />
            <source>Approvals</source>
            <translation>Одобрения</translation>
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
            <translation>Что выявили правила мониторинга. Рассмотрите каждое открытое оповещение: закройте его с объяснением или передайте в сообщение о подозрительной операции (СПО).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="68" />
            <source>alerts</source>
            <translation>оповещения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="70" />
            <source>Search reason, rule, customer…</source>
            <translation>Поиск по причине, правилу, клиенту…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="72" />
            <source>No alerts.

Import transactions on the Transactions page, then run the monitoring rules with Run monitoring.</source>
            <translation>Оповещений нет.

Импортируйте операции на странице «Операции», затем запустите правила кнопкой «Запустить мониторинг».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="50" />
            <source>Running the monitoring rules</source>
            <translation>Выполнение правил мониторинга</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="97" />
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="106" />
            <source>Run monitoring</source>
            <translation>Запустить мониторинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="171" />
            <source>Escalated</source>
            <translation>Передано в СПО</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="87" />
            <source>Close as explained…</source>
            <translation>Закрыть с объяснением…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="89" />
            <source>Show transactions</source>
            <translation>Показать операции</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="90" />
            <source>Knowledge test…</source>
            <translation>Тест на знания…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="117" />
            <source>Select an alert to see its rule, reason and transactions.</source>
            <translation>Выберите оповещение, чтобы увидеть его правило, причину и операции.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="125" />
            <source>Select an alert first.</source>
            <translation>Сначала выберите оповещение.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="40" />
            <source>Monitoring done: {alerts}, {reports} opened.</source>
            <translation>Мониторинг выполнен: открыто {alerts}, {reports}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="159" />
            <source>STR #{id} opened: report it to the FIU by {date}.</source>
            <translation>Открыто СПО №{id}: подайте его в АФМ до {date}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="164" />
            <source>Case STR #{id} opened. The decision to report waits for a second officer on the Approvals page.</source>
            <translation>Открыто дело СПО №{id}. Решение о сообщении ждёт второго сотрудника на странице «Одобрения».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="168" />
            <source>Case STR #{id} opened: record the decision on the FIU reports page.</source>
            <translation>Открыто дело СПО №{id}: запишите решение на странице «Сообщения в АФМ».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="180" />
            <source>Transactions of alert #{id}</source>
            <translation>Операции оповещения №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="41" />
            <source>{count} new alert|{count} new alerts</source>
            <translation>{count} новое оповещение|{count} новых оповещения|{count} новых оповещений</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/alerts.py" line="44" />
            <source>{count} threshold report|{count} threshold reports</source>
            <translation>{count} пороговое сообщение|{count} пороговых сообщения|{count} пороговых сообщений</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="31" />
            <source>Proposed by</source>
            <translation>Предложил</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="33" />
            <source>Waiting</source>
            <translation>Ожидает</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="36" />
            <source>Withdrawn</source>
            <translation>Отозван</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="37" />
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="37" />
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="189" />
            <source>Reject</source>
            <translation>Отклонить</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="192" />
            <source>Withdraw</source>
            <translation>Отозвать</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="70" />
            <source>Decisions that need a second officer (four-eyes, chosen in Settings) wait here. Another officer whose role may take the decision approves it, and the change is made then, checked again; or rejects it with a reason. The officer who proposed it may withdraw it.</source>
            <translation>Здесь ждут решения, которым нужен второй сотрудник (принцип «четырёх глаз», выбирается в Настройках). Другой сотрудник, чья роль позволяет принять решение, одобряет его — и тогда изменение вносится с повторной проверкой — или отклоняет с указанием причины. Предложивший может отозвать запрос.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="86" />
            <source>Approve…</source>
            <translation>Одобрить…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="158" />
            <source>Proposed change:</source>
            <translation>Предлагаемое изменение:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="166" />
            <source>Select a request first.</source>
            <translation>Сначала выберите запрос.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="169" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="222" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="155" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="166" />
            <source>Reason:</source>
            <translation>Причина:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="173" />
            <source>Say why.</source>
            <translation>Укажите причину.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/approvals.py" line="160" />
            <source>Decision: {reason}</source>
            <translation>Решение: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="24" />
            <source>Audits</source>
            <translation>Аудиты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="29" />
            <source>audits</source>
            <translation>проверки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="32" />
            <source>Internal or external audits of the AML systems, at least every two years (rule pack: programme.audit.interval_years).</source>
            <translation>Внутренние или внешние проверки системы ПОД/ФТ — не реже раза в два года (свод правил: programme.audit.interval_years).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="34" />
            <source>Search auditor, scope, reference…</source>
            <translation>Поиск по аудитору, охвату, номеру…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="35" />
            <source>No audit recorded yet.

Record the last independent audit with New.</source>
            <translation>Проверок пока нет.

Запишите последнюю независимую проверку кнопкой «Создать».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="44" />
            <source>findings</source>
            <translation>замечания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="47" />
            <source>Search finding, reference…</source>
            <translation>Поиск по замечанию, номеру…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="48" />
            <source>No findings recorded.</source>
            <translation>Замечаний нет.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="57" />
            <source>actions</source>
            <translation>меры</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="60" />
            <source>Open actions show on the Dashboard and in the Calendar from two weeks before they are due (rule pack: programme.audit.action_reminder_days).</source>
            <translation>Открытые меры появляются на Главной и в Календаре за две недели до срока (свод правил: programme.audit.action_reminder_days).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="62" />
            <source>Search action, owner…</source>
            <translation>Поиск по мере, ответственному…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="63" />
            <source>No remediation actions.</source>
            <translation>Мер по устранению нет.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="81" />
            <source>Set up the firm profile to track the next audit.</source>
            <translation>Заполните профиль компании, чтобы отслеживать следующий аудит.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/audits.py" line="84" />
            <source>Next independent audit due {day} ({when}).</source>
            <translation>Следующий независимый аудит — до {day} ({when}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="67" />
            <source>Every deadline from every register. Click a day to list it; double-click a deadline to open its record. The export takes the register and owner filters.</source>
            <translation>Все сроки из всех реестров. Щёлкните день, чтобы увидеть его сроки; дважды щёлкните срок, чтобы открыть запись. Экспорт учитывает фильтры реестра и ответственного.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="97" />
            <source>Days</source>
            <translation>Дни</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="97" />
            <source>Item</source>
            <translation>Объект</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="97" />
            <source>Detail</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="58" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="61" />
            <source>Export .ics…</source>
            <translation>Экспорт .ics…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="62" />
            <source>For Outlook, Google Calendar or Apple Calendar</source>
            <translation>Для Outlook, Google Календаря или Календаря Apple</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="103" />
            <source>No deadline here.</source>
            <translation>Здесь нет сроков.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="121" />
            <source>Every register</source>
            <translation>Все реестры</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="126" />
            <source>Every owner</source>
            <translation>Все ответственные</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="224" />
            <source>Export the calendar</source>
            <translation>Экспорт календаря</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="224" />
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="237" />
            <source>Exporting the calendar</source>
            <translation>Экспорт календаря</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="76" />
            <source>The month shown</source>
            <translation>Показанный месяц</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="77" />
            <source>The day selected</source>
            <translation>Выбранный день</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="78" />
            <source>All deadlines</source>
            <translation>Все сроки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="79" />
            <source>Overdue only</source>
            <translation>Только просроченные</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="278" />
            <source>Kuzet: {headline}</source>
            <translation>Kuzet: {headline}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="241" />
            <source>Calendar exported</source>
            <translation>Календарь экспортирован</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/calendar.py" line="245" />
            <source>{count} deadline written to {path}. Import the file into Outlook or Google Calendar; importing a newer export updates the same events.|{count} deadlines written to {path}. Import the file into Outlook or Google Calendar; importing a newer export updates the same events.</source>
            <translation>{count} срок записан в {path}. Импортируйте файл в Outlook или Google Календарь; импорт более новой выгрузки обновит те же события.|{count} срока записаны в {path}. Импортируйте файл в Outlook или Google Календарь; импорт более новой выгрузки обновит те же события.|{count} сроков записаны в {path}. Импортируйте файл в Outlook или Google Календарь; импорт более новой выгрузки обновит те же события.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="29" />
            <source>Customer files (KYC/CDD): individuals and legal entities with their beneficial owners, PEP status, risk, EDD, documents and reviews. Overdue reviews and expired ID documents also show on the Dashboard.</source>
            <translation>Досье клиентов (надлежащая проверка клиента): физические и юридические лица с бенефициарными собственниками, статусом ПДЛ, риском, усиленной проверкой, документами и пересмотрами. Просроченные пересмотры и истёкшие документы также видны в сводке.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="34" />
            <source>customers</source>
            <translation>клиенты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="35" />
            <source>Search name (Cyrillic or Latin), IIN or BIN…</source>
            <translation>Поиск по имени (кириллица или латиница), ИИН или БИН…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="37" />
            <source>No customers yet.

Add one with New (Ctrl+N), or import a CSV/XLSX file with Import… (header: kind,name,name_latin,iin_bin,birth_date,citizenship,residence,id_type,id_number,id_expiry,address,pep,purpose).</source>
            <translation>Клиентов пока нет.

Добавьте клиента кнопкой «Создать» (Ctrl+N) или импортируйте файл CSV/XLSX кнопкой «Импорт…» (заголовок: kind,name,name_latin,iin_bin,birth_date,citizenship,residence,id_type,id_number,id_expiry,address,pep,purpose).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="72" />
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="129" />
            <source>Reassess all</source>
            <translation>Переоценить всех</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="75" />
            <source>Score every customer again from the rules in force today (after a weight or a FATF list changed)</source>
            <translation>Заново оценить всех клиентов по действующим сегодня правилам (после изменения веса или списков ФАТФ)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="140" />
            <source>Reassessing customers</source>
            <translation>Переоценка клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="147" />
            <source>Import customers</source>
            <translation>Импорт клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="147" />
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="80" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="369" />
            <source>Tables (*.csv *.xlsx);;All files (*)</source>
            <translation>Таблицы (*.csv *.xlsx);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="188" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="388" />
            <source>Imported from {file}: {count} {nouns}.</source>
            <translation>Импортировано из {file}: {count} ({nouns}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/customers.py" line="133" />
            <source>{count} customer got a new risk assessment.|{count} customers got a new risk assessment.</source>
            <translation>{count} клиент получил новую оценку риска.|{count} клиента получили новую оценку риска.|{count} клиентов получили новую оценку риска.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="217" />
            <source>Findings and reminders — the most serious first, then by due date. Double-click to open the record.</source>
            <translation>Замечания и напоминания — сначала самые серьёзные, затем по сроку. Дважды щёлкните, чтобы открыть запись.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="128" />
            <source>First steps — what to do first, in this order</source>
            <translation>Первые шаги — что сделать сначала, по порядку</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="181" />
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="82" />
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="229" />
            <source>Nothing needs attention: no deadline is inside its reminder window.

Add your licences on the Licences page (or import them) and their expiries will show here 90, 60 and 30 days ahead.</source>
            <translation>Ничто не требует внимания: ни один срок не попал в окно напоминаний.

Добавьте лицензии на странице «Лицензии» (или импортируйте их), и окончание их сроков появится здесь за 90, 60 и 30 дней.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="325" />
            <source>Screening lists too old</source>
            <translation>Списки для проверки устарели</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="327" />
            <source>No screening list in force</source>
            <translation>Нет действующих списков для проверки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="197" />
            <source>Overdue or expired</source>
            <translation>Просрочено или истекло</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="198" />
            <source>Due within 30 days</source>
            <translation>Срок в течение 30 дней</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="199" />
            <source>Open reminders</source>
            <translation>Открытые напоминания</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="200" />
            <source>Licences in force</source>
            <translation>Действующие лицензии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="156" />
            <source>to do</source>
            <translation>сделать</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="253" />
            <source>Today {date}</source>
            <translation>Сегодня {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="334" />
            <source>import the current lists on the Watchlists page</source>
            <translation>импортируйте актуальные списки на странице «Санкционные списки»</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="252" />
            <source>Dashboard — {firm}</source>
            <translation>Сводка — {firm}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/dashboard.py" line="377" />
            <source>{period} {coin}: sold {share} of {required} required</source>
            <translation>{period} {coin}: продано {share} при требуемых {required}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="66" />
            <source>Requirement</source>
            <translation>Требование</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="66" />
            <source>For this firm</source>
            <translation>Для этой компании</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="66" />
            <source>Mark</source>
            <translation>Отметка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="46" />
            <source>Edit profile…</source>
            <translation>Изменить профиль…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="49" />
            <source>Set-up wizard…</source>
            <translation>Мастер настройки…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="78" />
            <source>MLRO and deputy appointments</source>
            <translation>Назначения MLRO и заместителя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="80" />
            <source>appointments</source>
            <translation>назначения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="83" />
            <source>Record when each appointment ended rather than retiring it: retiring is for entries made in error.</source>
            <translation>Записывайте дату окончания назначения, а не выводите его: вывод — для ошибочных записей.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="85" />
            <source>Search name, reference…</source>
            <translation>Поиск по имени, номеру…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="86" />
            <source>No MLRO appointed yet.

Record the MLRO (and the deputy, where required) with New.</source>
            <translation>MLRO пока не назначен.

Запишите MLRO (и заместителя, где он нужен) кнопкой «Создать».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="105" />
            <source>No firm profile yet</source>
            <translation>Профиля компании пока нет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/firm.py" line="105" />
            <source>Run the set-up wizard to create it.</source>
            <translation>Запустите мастер настройки, чтобы создать его.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="68" />
            <source>Cases escalated from alerts, and from 1 Apr 2026 reports of a client's suspicious activity without an operation (the Reports column says which). Once decided suspicious, the STR is due within the rule pack's business days of the decision (monitoring.str.deadline_business_days, unconfirmed [U]); business days follow Kazakhstan's public holidays.</source>
            <translation>Дела, переданные из оповещений, а с 1 апреля 2026 г. — и сообщения о подозрительной деятельности клиента без операции (это указано в столбце «Предмет сообщения»). После решения «подозрительно» СПО подаётся в течение рабочих дней, установленных пакетом правил (monitoring.str.deadline_business_days, не подтверждено [U]); рабочие дни учитывают праздники Казахстана.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="75" />
            <source>STRs</source>
            <translation>СПО</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="76" />
            <source>Search customer, facts, FIU reference…</source>
            <translation>Поиск по клиенту, фактам, номеру АФМ…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="77" />
            <source>No suspicious transaction reports.

Escalate an alert on the Alerts page.</source>
            <translation>Сообщений о подозрительных операциях нет.

Передайте оповещение в СПО на странице «Оповещения».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="135" />
            <source>Threshold transactions found by the monitoring rules, by the catalogue of Law No. 191-IV Art. 4 (monitoring.threshold_reports: e.g. 5,000,000 KZT with offshore zones or anonymous accounts): each is reported no later than the business day after the transaction (monitoring.ttr.deadline_business_days [V]).</source>
            <translation>Пороговые операции, выявленные правилами мониторинга по перечню ст. 4 Закона № 191-IV (monitoring.threshold_reports: например, 5 000 000 KZT при участии офшорных зон или анонимных счетов): о каждой сообщается не позднее рабочего дня, следующего за днём операции (monitoring.ttr.deadline_business_days [V]).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="141" />
            <source>threshold reports</source>
            <translation>пороговые сообщения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="142" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="164" />
            <source>Search customer, FIU reference…</source>
            <translation>Поиск по клиенту, номеру АФМ…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="143" />
            <source>No threshold reports.

They are opened when the monitoring rules run.</source>
            <translation>Пороговых сообщений нет.

Они открываются при выполнении правил мониторинга.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="158" />
            <source>The FIU is told when a customer is frozen (a confirmed sanctions match, or the officer's freeze) and of any operation of a frozen customer, within the rule pack's business days (monitoring.freeze_notification.deadline_business_days, unconfirmed [U]).</source>
            <translation>АФМ уведомляется о замораживании клиента (подтверждённое санкционное совпадение или решение сотрудника) и о любой операции замороженного клиента в течение рабочих дней, установленных пакетом правил (monitoring.freeze_notification.deadline_business_days, не подтверждено [U]).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="163" />
            <source>freeze notifications</source>
            <translation>уведомления о замораживании</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="165" />
            <source>No freeze notifications.

They are drafted when a customer is frozen.</source>
            <translation>Уведомлений о замораживании нет.

Они подготавливаются при замораживании клиента.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="45" />
            <source>Mark as reported…</source>
            <translation>Отметить поданным…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="84" />
            <source>STR draft (PDF)…</source>
            <translation>Проект СПО (PDF)…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="88" />
            <source>Report client activity…</source>
            <translation>Сообщить о деятельности клиента…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="91" />
            <source>An STR on a client's suspicious activity without an operation (IP addresses, devices, behaviour): from 1 Apr 2026 (monitoring.str.covers_activity).</source>
            <translation>СПО о подозрительной деятельности клиента без операции (IP-адреса, устройства, поведение): с 1 апреля 2026 г. (monitoring.str.covers_activity).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="111" />
            <source>Save the STR draft</source>
            <translation>Сохранение проекта СПО</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="124" />
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="127" />
            <source>STR draft</source>
            <translation>Проект СПО</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="185" />
            <source>Reports to the FIU</source>
            <translation>Сообщения в АФМ</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="58" />
            <source>Select a report first.</source>
            <translation>Сначала выберите сообщение.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="108" />
            <source>Select an STR first.</source>
            <translation>Сначала выберите СПО.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="118" />
            <source>Writing {file}</source>
            <translation>Запись {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/fiu_reports.py" line="127" />
            <source>Written to {path}.</source>
            <translation>Записано в {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="17" />
            <source>Licences, registrations and permits. Expiries show on the Dashboard 90, 60 and 30 days ahead (rule pack: licence.reminder_days).</source>
            <translation>Лицензии, регистрации и разрешения. Окончание сроков появляется в сводке за 90, 60 и 30 дней (пакет правил: licence.reminder_days).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="23" />
            <source>licences</source>
            <translation>лицензии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="25" />
            <source>Search number, issuer, conditions…</source>
            <translation>Поиск по номеру, органу, условиям…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/licences.py" line="27" />
            <source>No licences yet.

Add your digital mining licence, AFSA or NBK licence with New (Ctrl+N), or import a CSV/XLSX file with Import…</source>
            <translation>Лицензий пока нет.

Добавьте лицензию на цифровой майнинг, лицензию AFSA или НБК кнопкой «Создать» (Ctrl+N) или импортируйте файл CSV/XLSX кнопкой «Импорт…»</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="61" />
            <source>Search list, file or hash…</source>
            <translation>Поиск по списку, файлу или хешу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="71" />
            <source>Search names in any script (Умаров, Umarov), references…</source>
            <translation>Поиск имён в любом алфавите (Умаров, Umarov), номеров…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="86" />
            <source>Stop screening against…</source>
            <translation>Прекратить проверку по списку…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="89" />
            <source>Import list…</source>
            <translation>Импорт списка…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="97" />
            <source>Customers and owners are screened against the lists in force. A new edition replaces its list's version in one step (the file's SHA-256 and the entries added, changed and removed are kept), and everyone is re-screened.</source>
            <translation>Клиенты и владельцы проверяются по действующим спискам. Новая редакция заменяет версию своего списка за один шаг (сохраняются SHA-256 файла и добавленные, изменённые и удалённые записи), и все проверяются заново.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="113" />
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="165" />
            <source>Select a version to see its entries.</source>
            <translation>Выберите версию, чтобы увидеть её записи.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="235" />
            <source>Re-screening every customer and owner against the new lists</source>
            <translation>Повторная проверка всех клиентов и владельцев по новым спискам</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="256" />
            <source>{count} value was kept in another form (see the details): a 10-digit national identifier is not used as an IIN; an irregular birth date is kept as its year and as written.|{count} values were kept in another form (see the details): a 10-digit national identifier is not used as an IIN; an irregular birth date is kept as its year and as written.</source>
            <translation>{count} значение сохранено в другом виде (см. подробности): 10-значный национальный идентификатор не используется как ИИН; нестандартная дата рождения сохраняется как год и в исходном написании.|{count} значения сохранены в другом виде (см. подробности): 10-значный национальный идентификатор не используется как ИИН; нестандартная дата рождения сохраняется как год и в исходном написании.|{count} значений сохранены в другом виде (см. подробности): 10-значный национальный идентификатор не используется как ИИН; нестандартная дата рождения сохраняется как год и в исходном написании.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="281" />
            <source>Select the list's version in force first.</source>
            <translation>Сначала выберите действующую версию списка.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="285" />
            <source>This version is not in force.</source>
            <translation>Эта версия не действует.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="291" />
            <source>The list's versions are kept. Reason (goes in the audit trail):</source>
            <translation>Версии списка сохраняются. Причина (попадёт в журнал аудита):</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="132" />
            <source>Lists in force: {active} · versions shown: {count}</source>
            <translation>Действующих списков: {active} · показано версий: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="142" />
            <source>Entries shown: {count}</source>
            <translation>Показано записей: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="219" />
            <source>Importing {files}</source>
            <translation>Импорт {files}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="275" />
            <source>Nothing was imported: {error}</source>
            <translation>Ничего не импортировано: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="303" />
            <source>Re-screening every customer and owner without {list}</source>
            <translation>Повторная проверка всех клиентов и владельцев без списка {list}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="306" />
            <source>{list} is no longer screened against.</source>
            <translation>По списку {list} больше не проверяют.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="171" />
            <source>{list} version #{id} ({state}): published {published}, imported {imported} by {who} from {files}; SHA-256 {sha}</source>
            <translation>{list}, версия №{id} ({state}): опубликована {published}, импортирована {imported} ({who}) из {files}; SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="290" />
            <source>Stop screening against {list}</source>
            <translation>Прекращение проверки по списку {list}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/lists.py" line="192" />
            <source>{count} warning at import: {first}|{count} warnings at import: {first}</source>
            <translation>{count} предупреждение при импорте: {first}|{count} предупреждения при импорте: {first}|{count} предупреждений при импорте: {first}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="42" />
            <source>met</source>
            <translation>выполнено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="43" />
            <source>not met</source>
            <translation>не выполнено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="44" />
            <source>no output</source>
            <translation>нет добычи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="46" />
            <source>running: on track</source>
            <translation>идёт: в норме</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="47" />
            <source>running: projected short</source>
            <translation>идёт: прогноз — недобор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="88" />
            <source>Mandatory sale</source>
            <translation>Обязательная продажа</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="89" />
            <source>Charts</source>
            <translation>Графики</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="90" />
            <source>Fees &amp;&amp; tax</source>
            <translation>Плата и налог</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="105" />
            <source>Mined so far</source>
            <translation>Добыто на сегодня</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="107" />
            <source>Share so far</source>
            <translation>Доля на сегодня</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="108" />
            <source>Required share</source>
            <translation>Требуемая доля</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="109" />
            <source>Projected share at the end</source>
            <translation>Прогноз доли на конец</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="110" />
            <source>Projected shortfall at the end, if no more is sold</source>
            <translation>Ожидаемый недобор на конец периода, если больше не продавать</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="122" />
            <source>Every period, newest first</source>
            <translation>Все периоды, сначала новые</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="127" />
            <source>Sold via licensed</source>
            <translation>Продано через лицензированные</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="129" />
            <source>Share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="130" />
            <source>Required</source>
            <translation>Требуется</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="131" />
            <source>Shortfall</source>
            <translation>Недобор</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="132" />
            <source>Shortfall at latest price, KZT</source>
            <translation>Недобор по последней цене, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="186" />
            <source>Share = sold through AIFC-licensed venues ÷ mined, per calendar {period}. Required today: {share} [{mark}] (rule mining.sale.required_share: {source}).</source>
            <translation>Доля = продано через площадки с лицензией МФЦА ÷ добыто, за календарный период ({period}). Требуется сегодня: {share} [{mark}] (правило mining.sale.required_share: {source}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="213" />
            <source>Running period {period}: day {day} of {days}, to {end}</source>
            <translation>Текущий период {period}: день {day} из {days}, до {end}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="230" />
            <source>Two shortfalls for {period}: so far, {so_far} {coin} is missing against the output to date (the table's "shortfall so far"); at the end, {at_end} {coin} must still be sold by {end} if mining goes on at this pace and nothing more is sold (the projected shortfall).</source>
            <translation>Два недобора за {period}: на сегодня не хватает {so_far} {coin} относительно добытого (в таблице — «недобор на сегодня»); на конец периода — до {end} нужно продать ещё {at_end} {coin}, если добыча продолжится в том же темпе и продаж больше не будет (ожидаемый недобор).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="295" />
            <source>{amount} so far</source>
            <translation>{amount} на сегодня</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="208" />
            <source>No output or sales for {coin} yet.</source>
            <translation>По {coin} пока нет добычи или продаж.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="244" />
            <source> (about {kzt} KZT at the latest price)</source>
            <translation> (около {kzt} KZT по последней цене)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_checks.py" line="252" />
            <source>Projected to fall short: sell {amount} {coin} more through AIFC-licensed venues by {end}{money}. On the Dashboard from {warn}.</source>
            <translation>Прогноз — недобор: продайте ещё {amount} {coin} через площадки с лицензией МФЦА до {end}{money}. В сводке — с {warn}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="47" />
            <source>Fee basis and payment…</source>
            <translation>База платы и оплата…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="50" />
            <source>SRC prices…</source>
            <translation>Цены КГД…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="152" />
            <source>No income-tax estimate: no source sets a rate. An officer may enter one of the firm's own (override rule mining.income_tax.estimate_rate).</source>
            <translation>Оценки подоходного налога нет: ни один источник не устанавливает ставку. Сотрудник может ввести собственную ставку компании (переопределить правило mining.income_tax.estimate_rate).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="164" />
            <source> ({days} day without a price)| ({days} days without a price)</source>
            <translation> ({days} день без цены)| ({days} дня без цены)| ({days} дней без цены)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="60" />
            <source>Rate</source>
            <translation>Ставка</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="61" />
            <source>Fee, KZT</source>
            <translation>Плата, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="63" />
            <source>Paid</source>
            <translation>Оплачено</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="64" />
            <source>Declaration</source>
            <translation>Декларация</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="65" />
            <source>Output at receipt, KZT</source>
            <translation>Добыча на дату получения, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="66" />
            <source>Income-tax estimate, KZT</source>
            <translation>Оценка подоходного налога, KZT</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="124" />
            <source> The quarterly declaration is due on day {day} (rule mining.fee.declaration_due).</source>
            <translation> Срок квартальной декларации — {day}-е число (правило mining.fee.declaration_due).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="131" />
            <source>Fee = kWh by energy source × its rate: grid and imported power by the quarter's average electricity price band (rule mining.fee.bands: {bands}); special rates, KZT/kWh: {special}; the highest where several apply. Paid by day {day} of month {months} after the quarter.{declaration}</source>
            <translation>Плата = кВт·ч по источнику энергии × его ставка: для электроэнергии из сети и импортной — по диапазону средней цены электроэнергии за квартал (правило mining.fee.bands: {bands}); специальные ставки, KZT/кВт·ч: {special}; если применимо несколько — наибольшая. Уплачивается до {day}-го числа {months}-го месяца после квартала.{declaration}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="147" />
            <source>Income-tax estimate (not a tax assessment): {source} × the quarter's output valued at receipt (before 2026: the KZT value of its sales), before costs.</source>
            <translation>Оценка подоходного налога (не налоговое начисление): {source} × добыча квартала по оценке на дату получения (до 2026 г.: стоимость её продаж в KZT), без вычета расходов.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="172" />
            <source>Mining fee</source>
            <translation>Плата за майнинг</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="172" />
            <source>Record output with kWh first.</source>
            <translation>Сначала запишите добычу с кВт·ч.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="106" />
            <source>not computed</source>
            <translation>не рассчитано</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="90" />
            <source>{quarter}: no fee figure: {why}</source>
            <translation>{quarter}: сумма платы не определена: {why}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="110" />
            <source>overdue (high)</source>
            <translation>просрочено (высокая)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/mining_fees.py" line="110" />
            <source>not yet</source>
            <translation>ещё нет</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="29" />
            <source>Coin credited by pools, per day or per payout, with the electricity used. Output through a pool that was not accredited on that date is FLAGGED with the reason.</source>
            <translation>Монеты, зачисленные пулами, по дням или выплатам, с израсходованной электроэнергией. Добыча через пул, не аккредитованный на эту дату, ОТМЕЧАЕТСЯ с указанием причины.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="33" />
            <source>output records</source>
            <translation>записи о добыче</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="35" />
            <source>Search pool, reference, notes…</source>
            <translation>Поиск по пулу, номеру, примечаниям…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/output.py" line="37" />
            <source>No output yet.

Add a day's output with New (Ctrl+N) or import a pool's payout file with Import… (date,coin,amount,pool,kwh,reference).</source>
            <translation>Добычи пока нет.

Добавьте добычу за день кнопкой «Создать» (Ctrl+N) или импортируйте файл выплат пула кнопкой «Импорт…» (date,coin,amount,pool,kwh,reference).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="15" />
            <source>The pools the firm mines through. Output credited through a pool that was not accredited that day is flagged on the Mining output page. The law gives no term: enter the expiry; reminders {days} days before it (rule mining.pool.reminder_days).</source>
            <translation>Пулы, через которые майнит компания. Добыча через пул, не аккредитованный в тот день, отмечается на странице «Добыча». Закон не устанавливает срок: укажите дату окончания; напоминания — за {days} дн. до неё (правило mining.pool.reminder_days).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="19" />
            <source>accreditation</source>
            <translation>аккредитация</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="20" />
            <source>accreditations</source>
            <translation>аккредитации</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="23" />
            <source>Search pool, BIN, number, evidence…</source>
            <translation>Поиск по пулу, БИН, номеру, документам…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/pools.py" line="25" />
            <source>No pools yet.

Add each pool you mine through with New (Ctrl+N), with its accreditation (or as not accredited).</source>
            <translation>Пулов пока нет.

Добавьте каждый пул, через который вы майните, кнопкой «Создать» (Ctrl+N) — с аккредитацией (или как не аккредитованный).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="21" />
            <source>Management's response to each critical or high finding: who owns it, when it is due and where it stands. The audit pack prints it beside its finding; an open response past its due date shows on the Dashboard.</source>
            <translation>Ответ руководства на каждое замечание критической или высокой значимости: кто отвечает, каков срок и в каком он состоянии. Пакет для аудита печатает его рядом с замечанием; открытый ответ с истёкшим сроком показывается в сводке.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="27" />
            <source>management responses</source>
            <translation>ответы руководства</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="30" />
            <source>Search finding, response, owner, key…</source>
            <translation>Поиск по замечанию, ответу, ответственному, ключу…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="32" />
            <source>No management response yet.

Use Respond to a finding… to answer a critical or high finding of the Dashboard, or New (Ctrl+N), or import a CSV/XLSX file.</source>
            <translation>Ответов руководства пока нет.

Чтобы ответить на замечание критической или высокой значимости из сводки, нажмите «Ответить на замечание…» или «Создать» (Ctrl+N), либо импортируйте файл CSV/XLSX.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/responses.py" line="40" />
            <source>Respond to a finding…</source>
            <translation>Ответить на замечание…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="23" />
            <source>version</source>
            <translation>версия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="24" />
            <source>versions</source>
            <translation>версии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="27" />
            <source>The firm's own assessment of its money-laundering risks. The latest version is in force; its next review shows on the Dashboard.</source>
            <translation>Собственная оценка компанией рисков легализации (отмывания) доходов. Действует последняя версия; срок её пересмотра показан на Главной.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="29" />
            <source>Search version, author, summary…</source>
            <translation>Поиск по версии, автору, описанию…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="30" />
            <source>No business risk assessment recorded.

Record the current version with New.</source>
            <translation>Оценки рисков компании пока нет.

Запишите текущую версию кнопкой «Создать».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="39" />
            <source>return</source>
            <translation>отчёт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="40" />
            <source>returns</source>
            <translation>отчёты</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="43" />
            <source>The annual AML Return to AFSA, due two months after the financial year-end (rule pack: programme.aifc.aml_return_months). Record each one when it is filed.</source>
            <translation>Ежегодный отчёт по ПОД (AML Return) в AFSA — в течение двух месяцев после конца финансового года (свод правил: programme.aifc.aml_return_months). Записывайте каждый при подаче.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="46" />
            <source>Search reference…</source>
            <translation>Поиск по номеру…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/risk_assessment.py" line="47" />
            <source>No AML Return recorded.

Record the last one filed with New.</source>
            <translation>Отчётов по ПОД пока нет.

Запишите последний поданный кнопкой «Создать».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="37" />
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="38" />
            <source>Confidence</source>
            <translation>Достоверность</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="79" />
            <source>Every number of the law Kuzet uses, with its source and how sure we are of it: V read in the law, S secondary source, U unverified (check it), P product default. Overrides apply from their date and are recorded in the audit trail.</source>
            <translation>Каждое число из закона, которое использует Kuzet, с источником и степенью уверенности: V — прочитано в законе, S — вторичный источник, U — не проверено (проверьте), P — значение программы по умолчанию. Переопределения действуют со своей даты и записываются в журнал аудита.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="88" />
            <source>Search rules…</source>
            <translation>Поиск правил…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="100" />
            <source>Update the rule pack…</source>
            <translation>Обновить пакет правил…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="103" />
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="259" />
            <source>Override…</source>
            <translation>Переопределить…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="105" />
            <source>Withdraw override…</source>
            <translation>Отменить переопределение…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="168" />
            <source>Rule pack: unversioned</source>
            <translation>Пакет правил: без версии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="138" />
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="203" />
            <source>Select a rule first.</source>
            <translation>Сначала выберите правило.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="215" />
            <source>Select an overridden rule first.</source>
            <translation>Сначала выберите переопределённое правило.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="222" />
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="228" />
            <source>Withdraw override</source>
            <translation>Отмена переопределения</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="93" />
            <source>Only rules not reviewed in {months} months</source>
            <translation>Только правила, не пересматривавшиеся {months} мес.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="171" />
            <source>Rule pack {version}: {title}, published {published}. SHA-256 {sha256}</source>
            <translation>Пакет правил {version}: {title}, опубликован {published}. SHA-256 {sha256}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="140" />
            <source>{date} (review due)</source>
            <translation>{date} (пора пересмотреть)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="219" />
            <source>{key} has no override.</source>
            <translation>У {key} нет переопределения.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/rules.py" line="135" />
            <source>FLAGGED: {flag}</source>
            <translation>ОТМЕЧЕНО: {flag}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="136" />
            <source>Mined coin sold, by venue. A sale counts towards the mandatory sale when its venue was AIFC-licensed on the sale date (Venues page). Re-importing a trade history adds only the trades not yet in the ledger (same venue and reference).</source>
            <translation>Проданные добытые монеты по площадкам. Продажа засчитывается в обязательную продажу, если на дату продажи у площадки была лицензия МФЦА (страница «Площадки»). Повторный импорт истории сделок добавляет только сделки, которых ещё нет в журнале (та же площадка и номер).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="141" />
            <source>sales</source>
            <translation>продажи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="143" />
            <source>Search reference, counterparty…</source>
            <translation>Поиск по номеру, контрагенту…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="145" />
            <source>No sales yet.

Add a sale with New (Ctrl+N) or import an exchange's trade history with Import… (date,coin,amount,price,currency,venue,reference).</source>
            <translation>Продаж пока нет.

Добавьте продажу кнопкой «Создать» (Ctrl+N) или импортируйте историю сделок биржи кнопкой «Импорт…» (date,coin,amount,price,currency,venue,reference).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="120" />
            <source>{count} {what} imported from {name}; {skipped} already there (skipped).</source>
            <translation>Импортировано из {name}: {count} ({what}); уже были и пропущены: {skipped}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="79" />
            <source>Import {what}</source>
            <translation>Импорт: {what}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/sales.py" line="127" />
            <source>{n} flagged: pool not accredited on that date.</source>
            <translation>Отмечено: {n} — пул не аккредитован на эту дату.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="54" />
            <source>Search names, lists, references… (any script)</source>
            <translation>Поиск по именам, спискам, номерам… (любой алфавит)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="72" />
            <source>Screen all customers</source>
            <translation>Проверить всех клиентов</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="127" />
            <source>No full screening run yet.</source>
            <translation>Полной проверки по спискам ещё не было.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="228" />
            <source>Screening every customer and owner</source>
            <translation>Проверка всех клиентов и владельцев</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="266" />
            <source>Rule-pack values (product defaults, mark P). An override applies from its date, with your reason, and is kept in the audit trail; the Rules page lists and withdraws overrides.</source>
            <translation>Значения пакета правил (значения программы по умолчанию, отметка P). Переопределение действует со своей даты, с вашей причиной, и сохраняется в журнале аудита; на странице «Правила» переопределения перечислены и отменяются.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="115" />
            <source>No watchlist imported yet: import the lists on the Watchlists page first.</source>
            <translation>Санкционные списки ещё не импортированы: сначала импортируйте их на странице «Санкционные списки».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="129" />
            <source>Last full run {when} by {who}: {subjects} customers and owners against {lists}.</source>
            <translation>Последняя полная проверка {when}, выполнил(а) {who}: клиентов и владельцев — {subjects}, списки: {lists}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="182" />
            <source>Select a hit first.</source>
            <translation>Сначала выберите совпадение.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="202" />
            <source>True match: act now</source>
            <translation>Подтверждённое совпадение: действуйте немедленно</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="203" />
            <source>Customer #{id} is flagged as a sanctions match.</source>
            <translation>Клиент №{id} отмечен как санкционное совпадение.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="205" />
            <source>Confirmed list match</source>
            <translation>Подтверждённое совпадение со списком</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="206" />
            <source>Customer #{id} is confirmed on the firm's own list.</source>
            <translation>Клиент №{id} подтверждён в собственном списке компании.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="236" />
            <source>No watchlist imported yet: nothing was screened.</source>
            <translation>Санкционные списки ещё не импортированы: проверка не проводилась.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="276" />
            <source> (officer override)</source>
            <translation> (переопределено сотрудником)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="119" />
            <source>The lists changed since the last full screening: screen all customers.</source>
            <translation>Списки изменились после последней полной проверки: проверьте всех клиентов.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="140" />
            <source>Open hits: {open} · shown: {shown}</source>
            <translation>Открытых совпадений: {open} · показано: {shown}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/screening.py" line="218" />
            <source>Remembered until {date} for this customer and this list entry, unless either changes.</source>
            <translation>Запомнено до {date} для этого клиента и этой записи списка, если ни то, ни другое не изменится.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="208" />
            <source>Where data lives</source>
            <translation>Где хранятся данные</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="216" />
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="121" />
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="235" />
            <source>Sign-in and four-eyes</source>
            <translation>Вход и принцип «четырёх глаз»</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="82" />
            <source>As the system (default)</source>
            <translation>Как в системе (по умолчанию)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="99" />
            <source>Saved. The new language is used the next time Kuzet starts.</source>
            <translation>Сохранено. Новый язык будет применён при следующем запуске Kuzet.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="138" />
            <source>Set KUZET_HOME to use another data folder, or start Kuzet with --db FILE to open another database.</source>
            <translation>Задайте KUZET_HOME, чтобы использовать другую папку данных, или запустите Kuzet с --db ФАЙЛ, чтобы открыть другую базу данных.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="151" />
            <source>Last backup</source>
            <translation>Последняя копия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="152" />
            <source>Next automatic backup</source>
            <translation>Следующая автоматическая копия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="203" />
            <source>Keyring backend</source>
            <translation>Хранилище ключей ОС</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="204" />
            <source>Vault key</source>
            <translation>Ключ хранилища</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="131" />
            <source>Open folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="179" />
            <source>None yet. Back up now, or close Kuzet to make the first one.</source>
            <translation>Пока нет. Создайте копию сейчас или закройте Kuzet — тогда будет сделана первая.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="185" />
            <source>When you close Kuzet today</source>
            <translation>При закрытии Kuzet сегодня</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="92" />
            <source>Shown now: {language}. Dates are written dd.mm.yyyy in every language.</source>
            <translation>Сейчас показан: {language}. Даты на всех языках записываются как дд.мм.гггг.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="127" />
            <source>(created when the first document is attached)</source>
            <translation>(создаётся при прикреплении первого документа)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="156" />
            <source>Automatic backups are made when you close Kuzet, at most once a day. Kept: the newest of each of the last {daily} days, {weekly} weeks and {monthly} months. They hold the database and the encrypted vault, never the vault key; Back up now can add the key, wrapped under an export passphrase.</source>
            <translation>Автоматические копии создаются при закрытии Kuzet, не чаще раза в день. Хранятся: последняя копия за каждый из последних {daily} дней, {weekly} недель и {monthly} месяцев. Они содержат базу данных и зашифрованное хранилище, но никогда — ключ хранилища; «Создать резервную копию» может добавить ключ, зашифрованный парольной фразой экспорта.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="182" />
            <source>{when} — {path}</source>
            <translation>{when} — {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/settings.py" line="188" />
            <source>When you close Kuzet on or after {day}</source>
            <translation>При закрытии Kuzet {day} или позже</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="40" />
            <source>Nobody is signed in: Kuzet only reads.</source>
            <translation>Никто не вошёл: Kuzet только читает данные.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="169" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="166" />
            <source>Disable officer</source>
            <translation>Отключить сотрудника</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="46" />
            <source>Signed in: {login} ({role})</source>
            <translation>Вход выполнен: {login} ({role})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="158" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="149" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="155" />
            <source>Change role</source>
            <translation>Изменить роль</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="195" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="190" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="199" />
            <source>Change my password</source>
            <translation>Сменить мой пароль</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="225" />
            <source>Sign in without a password (a firm with one officer)</source>
            <translation>Вход без пароля (компания с одним сотрудником)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="43" />
            <source>Signed in: {login} ({role}), without a password</source>
            <translation>Вход выполнен: {login} ({role}), без пароля</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="65" />
            <source>The officers who sign in to Kuzet, and what their role lets them do. The audit trail names the signed-in officer for every change. Adding, changing and disabling officers belongs to the MLRO and administrators.</source>
            <translation>Сотрудники, которые входят в Kuzet, и что позволяет им их роль. Журнал аудита называет вошедшего сотрудника при каждом изменении. Добавлять, изменять и отключать сотрудников могут MLRO и администраторы.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="76" />
            <source>Add officer…</source>
            <translation>Добавить сотрудника…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="77" />
            <source>Change role…</source>
            <translation>Изменить роль…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="78" />
            <source>Disable…</source>
            <translation>Отключить…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="79" />
            <source>Change my password…</source>
            <translation>Сменить мой пароль…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="80" />
            <source>Switch officer…</source>
            <translation>Сменить сотрудника…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="144" />
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="163" />
            <source>Select an officer first.</source>
            <translation>Сначала выберите сотрудника.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="149" />
            <source>Role:</source>
            <translation>Роль:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="190" />
            <source>New password:</source>
            <translation>Новый пароль:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="199" />
            <source>Your password was changed.</source>
            <translation>Ваш пароль изменён.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="231" />
            <source>The audit trail then names the officer with “(no password)”. Adding a second officer brings passwords back.</source>
            <translation>Тогда журнал аудита называет сотрудника с пометкой «(без пароля)». С добавлением второго сотрудника пароли возвращаются.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="236" />
            <source>Decisions that need a second officer (four-eyes):</source>
            <translation>Решения, которым нужен второй сотрудник («четыре глаза»):</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="106" />
            <source>set</source>
            <translation>задан</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/team.py" line="107" />
            <source>disabled</source>
            <translation>отключён</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="24" />
            <source>Every insert, edit and retirement, hash-chained: an edit made outside Kuzet breaks the chain. Verify recomputes it and checks every register row.</source>
            <translation>Каждое добавление, изменение и вывод записи, связанные в цепочку хешей: правка вне Kuzet разрывает цепочку. Проверка пересчитывает её и сверяет каждую строку реестров.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="27" />
            <source>entry</source>
            <translation>запись</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="28" />
            <source>entries</source>
            <translation>записи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="29" />
            <source>Record number…</source>
            <translation>Номер записи…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="31" />
            <source>The trail is empty: nothing has been recorded yet.

Every change you make in a register is recorded here.</source>
            <translation>Журнал пуст: пока ничего не записано.

Каждое изменение в реестрах записывается сюда.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="47" />
            <source>Verify trail</source>
            <translation>Проверить журнал</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="102" />
            <source>Verifying…</source>
            <translation>Проверка…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="86" />
            <source>Trail entry #{id}</source>
            <translation>Запись журнала №{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="96" />
            <source>hash {hash}
previous {previous}

State after:
{after}</source>
            <translation>хеш {hash}
предыдущий {previous}

Состояние после:
{after}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="114" />
            <source>Intact at {stamp}: {entries} entries</source>
            <translation>Цел на {stamp}: записей — {entries}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/trail.py" line="120" />
            <source>BROKEN at {stamp}</source>
            <translation>НАРУШЕН на {stamp}</translation>
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
            <translation>причина: {reason}
</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="205" />
            <source>Staff by required course. A new starter is due within {days} days of starting; after that each course is due again {months} months after the last completion (rule pack: programme.training).</source>
            <translation>Сотрудники по обязательным курсам. Новый сотрудник проходит обучение в течение {days} дн. после начала работы; затем каждый курс повторяется через {months} мес. после последнего прохождения (пакет правил: programme.training).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="61" />
            <source>due {due}</source>
            <translation>срок {due}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="148" />
            <source>staff</source>
            <translation>сотрудники</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="151" />
            <source>Everyone who works for the firm. The role decides the required training (rule pack: programme.training.roles).</source>
            <translation>Все, кто работает в компании. Роль определяет обязательное обучение (свод правил: programme.training.roles).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="153" />
            <source>Search name, job title, e-mail…</source>
            <translation>Поиск по имени, должности, эл. почте…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="154" />
            <source>No staff yet.

Add the people who work for the firm with New.</source>
            <translation>Сотрудников пока нет.

Добавьте работников компании кнопкой «Создать».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="163" />
            <source>courses</source>
            <translation>курсы</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="166" />
            <source>Each course counts as one required course and covers curriculum items from the rule pack.</source>
            <translation>Каждый курс засчитывается как один обязательный курс и охватывает темы программы из свода правил.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="168" />
            <source>Search title, provider…</source>
            <translation>Поиск по названию, организатору…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="169" />
            <source>No courses yet.

Add the AML courses staff take with New.</source>
            <translation>Курсов пока нет.

Добавьте курсы по ПОД/ФТ для сотрудников кнопкой «Создать».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="212" />
            <source>Search staff…</source>
            <translation>Поиск сотрудника…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="225" />
            <source>Everyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="236" />
            <source>Record training…</source>
            <translation>Записать обучение…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="240" />
            <source>Import attendance…</source>
            <translation>Импорт посещаемости…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="58" />
            <source>done {last} · next due {due}</source>
            <translation>пройдено {last} · следующий срок {due}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="60" />
            <source>overdue since {due}</source>
            <translation>просрочено с {due}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="107" />
            <source>not required for this role</source>
            <translation>не требуется для этой роли</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="180" />
            <source>sessions</source>
            <translation>занятия</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="183" />
            <source>Who attended which course when. Import attendance sheets with the header date,course,staff,completed,score,certificate,notes.</source>
            <translation>Кто, когда и какой курс прошёл. Импортируйте листы посещаемости с заголовком date,course,staff,completed,score,certificate,notes.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="185" />
            <source>Search course, trainer…</source>
            <translation>Поиск по курсу, преподавателю…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="186" />
            <source>No sessions yet.

Record one with New, or import an attendance sheet (CSV or XLSX) with Import…</source>
            <translation>Занятий пока нет.

Запишите занятие кнопкой «Создать» или импортируйте лист посещаемости (CSV или XLSX) кнопкой «Импорт…»</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="227" />
            <source>Someone overdue</source>
            <translation>Есть просроченные</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="228" />
            <source>Due (nothing overdue)</source>
            <translation>Скоро срок (без просрочек)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="229" />
            <source>Up to date</source>
            <translation>Актуально</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/training.py" line="269" />
            <source>{staff} staff · {overdue} overdue · {due} due · {done} done</source>
            <translation>Сотрудников: {staff} · просрочено: {overdue} · скоро срок: {due} · пройдено: {done}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="28" />
            <source>Customer: IIN/BIN or #number</source>
            <translation>Клиент: ИИН/БИН или #номер</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="29" />
            <source>Direction (in/out)</source>
            <translation>Направление (in/out)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="33" />
            <source>Value in USD</source>
            <translation>Сумма в USD</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="36" />
            <source>Originator's name</source>
            <translation>Имя отправителя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="37" />
            <source>Originator's wallet</source>
            <translation>Кошелёк отправителя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="38" />
            <source>Originator's ID, address or birth data</source>
            <translation>ID, адрес или данные о рождении отправителя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="39" />
            <source>Beneficiary's name</source>
            <translation>Имя получателя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="40" />
            <source>Beneficiary's wallet</source>
            <translation>Кошелёк получателя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="41" />
            <source>Reference (your transaction id)</source>
            <translation>Номер (ваш ID операции)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="48" />
            <source>Deposits and withdrawals of your customers, imported from your systems and linked to the customer file. Transfers carry the originator's and beneficiary's data (Travel Rule: AIFC AML 11-1.1 from about 10 Sep 2024 for AIFC firms, full data from USD 1,000; AFM Order No. 5 of 30 Oct 2024 outside the AIFC, entered from the statute); missing data is shown in amber.</source>
            <translation>Пополнения и выводы средств ваших клиентов, импортированные из ваших систем и привязанные к досье клиента. Переводы содержат данные отправителя и получателя (правило перевода, Travel Rule: для компаний МФЦА — AIFC AML 11-1.1 примерно с 10 сентября 2024 г., полные данные — от 1 000 USD; вне МФЦА — приказ АФМ № 5 от 30.10.2024, значения вводятся по тексту закона); недостающие данные выделены янтарным цветом.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="64" />
            <source>transactions</source>
            <translation>операции</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="65" />
            <source>Search reference, wallet, name, provider, customer…</source>
            <translation>Поиск по номеру, кошельку, имени, провайдеру, клиенту…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="67" />
            <source>No transactions yet.

Import a CSV or XLSX export of your transactions with Import… (columns: date, customer IIN/BIN, direction in/out, asset, amount, values in KZT and USD, counterparty and Travel Rule data).</source>
            <translation>Операций пока нет.

Импортируйте выгрузку операций в CSV или XLSX кнопкой «Импорт…» (столбцы: дата, ИИН/БИН клиента, направление in/out, актив, количество, суммы в KZT и USD, контрагент и данные Travel Rule).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="86" />
            <source>IIN/BIN, #number or name</source>
            <translation>ИИН/БИН, #номер или имя</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="97" />
            <source>Show all</source>
            <translation>Показать все</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="104" />
            <source>Counterparty providers…</source>
            <translation>Провайдеры-контрагенты…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="107" />
            <source>Apply the monitoring rules and the Travel Rule check</source>
            <translation>Применить правила мониторинга и проверку Travel Rule</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="134" />
            <source>Any import</source>
            <translation>Любой импорт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="160" />
            <source>Transactions are imported from your systems: Import…</source>
            <translation>Операции импортируются из ваших систем: «Импорт…»</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="150" />
            <source>Showing {count} transaction|Showing {count} transactions</source>
            <translation>Показана {count} операция|Показаны {count} операции|Показано {count} операций</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/transactions.py" line="209" />
            <source>Imported from {file}: {count} transactions; {missing} transfer lacks Travel Rule data. Run monitoring to raise the alerts.|Imported from {file}: {count} transactions; {missing} transfers lack Travel Rule data. Run monitoring to raise the alerts.</source>
            <translation>Импортировано из {file}: операций — {count}; {missing} перевод без данных по правилу передачи. Запустите мониторинг, чтобы создать оповещения.|Импортировано из {file}: операций — {count}; {missing} перевода без данных по правилу передачи. Запустите мониторинг, чтобы создать оповещения.|Импортировано из {file}: операций — {count}; {missing} переводов без данных по правилу передачи. Запустите мониторинг, чтобы создать оповещения.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="15" />
            <source>Exchanges the firm sells mined coin through. A sale counts towards the mandatory sale when its venue's AIFC licence was active and valid on the sale date.</source>
            <translation>Биржи, через которые компания продаёт добытые монеты. Продажа засчитывается в обязательную продажу, если на дату продажи лицензия МФЦА площадки действовала.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="19" />
            <source>venues</source>
            <translation>площадки</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="22" />
            <source>Search name, jurisdiction, licence…</source>
            <translation>Поиск по названию, юрисдикции, лицензии…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/pages/venues.py" line="24" />
            <source>No venues yet.

Add the exchanges you sell through with New (Ctrl+N), with their AIFC licence, before importing their trade histories on the Sales page.</source>
            <translation>Площадок пока нет.

Добавьте биржи, через которые продаёте, кнопкой «Создать» (Ctrl+N) — с их лицензией МФЦА, — прежде чем импортировать историю сделок на странице «Продажи».</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/refusals.py" line="18" />
            <source>Sign in to do this.</source>
            <translation>Чтобы сделать это, войдите в систему.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/refusals.py" line="21" />
            <source>Your role, {role}, may not do this.</source>
            <translation>Ваша роль — {role} — не позволяет это сделать.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="108" />
            <source>record</source>
            <translation>запись</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="109" />
            <source>records</source>
            <translation>записи</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="111" />
            <source>Search…</source>
            <translation>Поиск…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="112" />
            <source>Nothing here yet.</source>
            <translation>Здесь пока ничего нет.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="191" />
            <source>Show retired</source>
            <translation>Показать выведенные</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="412" />
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="199" />
            <source>New</source>
            <translation>Создать</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="200" />
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="203" />
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="218" />
            <source>New (Ctrl+N)</source>
            <translation>Создать (Ctrl+N)</translation>
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
            <translation>Импорт {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="410" />
            <source>Export {nouns}</source>
            <translation>Экспорт: {nouns}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="424" />
            <source>Exporting to {file}</source>
            <translation>Экспорт в {file}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="335" />
            <source>Select a {noun} first.</source>
            <translation>Сначала выберите запись ({noun}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="343" />
            <source>Select a {noun} to retire.</source>
            <translation>Выберите запись ({noun}), которую нужно вывести.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="349" />
            <location filename="../../desktop/kuzet/ui/register_page.py" line="359" />
            <source>Retire {noun}</source>
            <translation>Вывод записи ({noun})</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="351" />
            <source>Retired {nouns} are kept, never deleted, and marked with your reason.
Reason:</source>
            <translation>Выведенные записи ({nouns}) сохраняются, никогда не удаляются и помечаются вашей причиной.
Причина:</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="402" />
            <source>Nothing was imported from {file}: {error}</source>
            <translation>Из {file} ничего не импортировано: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="428" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/register_page.py" line="429" />
            <source>Written to {path}: {count} {nouns}.</source>
            <translation>Записано в {path}: {count} ({nouns}).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/sidebar.py" line="45" />
            <source>Compliance desk</source>
            <translation>Рабочее место комплаенса</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/sign_in_flow.py" line="41" />
            <source>Read only</source>
            <translation>Только чтение</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/sign_in_flow.py" line="43" />
            <source>{login} is not an active officer of this firm, so Kuzet only reads. Ask your administrator to add them (kuzet admin officer add).</source>
            <translation>{login} не является действующим сотрудником этой компании, поэтому Kuzet только читает данные. Попросите администратора добавить этого сотрудника (kuzet admin officer add).</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/single_instance.py" line="63" />
            <source>the Kuzet window</source>
            <translation>окном Kuzet</translation>
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
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/tasks.py" line="95" />
            <source>{title}: cancelling…</source>
            <translation>{title}: отмена…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/team_open.py" line="67" />
            <source>The server refused the password of {login}. Type it again.</source>
            <translation>Сервер отклонил пароль пользователя {login}. Введите его ещё раз.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/team_open.py" line="69" />
            <source>The server asks for the password of {login}.</source>
            <translation>Сервер запрашивает пароль пользователя {login}.</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/team_open.py" line="73" />
            <source>{server}: cannot connect: {problem}</source>
            <translation>{server}: не удаётся подключиться: {problem}</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/team_start.py" line="65" />
            <location filename="../../desktop/kuzet/ui/team_start.py" line="124" />
            <source>Connecting…</source>
            <translation>Подключение…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/team_start.py" line="115" />
            <source>Waiting for the password…</source>
            <translation>Ожидание пароля…</translation>
        </message>
        <message>
            <location filename="../../desktop/kuzet/ui/team_start.py" line="64" />
            <source>Connecting to {server}…</source>
            <translation>Подключение к {server}…</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="7" />
            <source>Customers: the firm's home jurisdiction</source>
            <translation>Клиенты: юрисдикция компании</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="16" />
            <source>Beneficial owner: ownership threshold</source>
            <translation>Бенефициарный собственник: порог владения</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="18" />
            <source>percent (at or above)</source>
            <translation>процентов (не менее)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="26" />
            <source>PEP categories</source>
            <translation>Категории ПДЛ</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="40" />
            <source>PEP status: months it lasts after leaving office</source>
            <translation>Статус ПДЛ: сколько месяцев сохраняется после ухода с должности</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="42" />
            <source>months, by PEP kind</source>
            <translation>месяцев, по виду ПДЛ</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="50" />
            <source>PEP kinds: the day the PEP rules apply to each kind</source>
            <translation>Виды ПДЛ: с какого дня к каждому виду применяются правила о ПДЛ</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="52" />
            <source>first day, by PEP kind (kinds not listed: always)</source>
            <translation>первый день, по виду ПДЛ (не указанные виды — всегда)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="60" />
            <source>Customer risk: points by customer type</source>
            <translation>Риск клиента: баллы по типу клиента</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="62" />
            <location filename="../rules/customers.toml" line="62" />
            <location filename="../rules/customers.toml" line="62" />
            <location filename="../rules/customers.toml" line="62" />
            <location filename="../rules/customers.toml" line="62" />
            <source>points</source>
            <translation>баллов</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="69" />
            <source>Customer risk: points by PEP category (the customer's or a beneficial owner's)</source>
            <translation>Риск клиента: баллы по категории ПДЛ (клиента или бенефициарного собственника)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="78" />
            <source>Customer risk: points by jurisdiction (citizenship, residence, owners)</source>
            <translation>Риск клиента: баллы по юрисдикции (гражданство, место жительства, бенефициарные собственники)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="88" />
            <source>FATF high-risk jurisdictions (black list: call for action and enhanced due diligence)</source>
            <translation>Юрисдикции высокого риска ФАТФ (чёрный список: призыв к действиям и усиленная надлежащая проверка)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="90" />
            <location filename="../rules/customers.toml" line="90" />
            <source>ISO 3166-1 alpha-2 codes</source>
            <translation>коды ISO 3166-1 alpha-2</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="102" />
            <source>FATF jurisdictions under increased monitoring (grey list)</source>
            <translation>Юрисдикции ФАТФ под усиленным мониторингом (серый список)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="118" />
            <source>Customer risk: products and services, with points</source>
            <translation>Риск клиента: продукты и услуги, с баллами</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="134" />
            <source>Customer risk: delivery channels, with points</source>
            <translation>Риск клиента: каналы обслуживания, с баллами</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="147" />
            <source>Customer risk: sources of funds, with points</source>
            <translation>Риск клиента: источники средств, с баллами</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="164" />
            <source>Customer risk: points while a screening hit is open or confirmed</source>
            <translation>Риск клиента: баллы, пока совпадение по спискам открыто или подтверждено</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="174" />
            <source>Customer risk: score at which each tier starts</source>
            <translation>Риск клиента: балл, с которого начинается каждый уровень</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="184" />
            <source>Periodic review interval by risk tier</source>
            <translation>Периодичность пересмотра по уровню риска</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="186" />
            <location filename="../rules/licences.toml" line="25" />
            <location filename="../rules/programme.toml" line="213" />
            <location filename="../rules/records.toml" line="6" />
            <location filename="../rules/records.toml" line="6" />
            <source>years</source>
            <translation>лет</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="193" />
            <source>Customer reviews and ID documents: days ahead on the dashboard</source>
            <translation>Пересмотры клиентов и документы: за сколько дней показывать на Главной</translation>
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
            <translation>дней</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="202" />
            <source>EDD: risk tiers that require it (PEPs always do)</source>
            <translation>Усиленная надлежащая проверка: уровни риска, которые её требуют (ПДЛ — всегда)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="210" />
            <source>Customer ID documents</source>
            <translation>Документы, удостоверяющие личность клиента</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="225" />
            <source>Customer documents: categories</source>
            <translation>Документы клиента: категории</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="9" />
            <source>Kuzet product default (firms licensed in Kazakhstan or the AIFC)</source>
            <translation>Значение Kuzet по умолчанию (фирмы с лицензией в Казахстане или МФЦА)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="19" />
            <source>Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction", Art. 1 (beneficial owner: more than 25%, as commonly cited); Kuzet applies 25% or more, or control, as the stricter reading</source>
            <translation>Закон РК № 191-IV «О противодействии легализации (отмыванию) доходов, полученных преступным путем, финансированию терроризма и финансированию распространения оружия массового уничтожения», ст. 1 (бенефициарный собственник: более 25%, как обычно приводится); Kuzet применяет 25% и более или контроль как более строгое толкование</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="28" />
            <source>Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction", Art. 1 (public officials); FATF Recommendation 12 (foreign, domestic, international organisation; family and close associates)</source>
            <translation>Закон РК № 191-IV «О противодействии легализации (отмыванию) доходов, полученных преступным путем, финансированию терроризма и финансированию распространения оружия массового уничтожения», ст. 1 (публичные должностные лица); Рекомендация 12 ФАТФ (иностранные, отечественные, международных организаций; члены семьи и близкие лица)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="32" />
            <source>Foreign PEP</source>
            <translation>Иностранное ПДЛ</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="33" />
            <source>Domestic PEP</source>
            <translation>Национальное ПДЛ</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="34" />
            <source>International organisation</source>
            <translation>Должностное лицо международной организации</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="35" />
            <source>Family member of a PEP</source>
            <translation>Член семьи ПДЛ</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="36" />
            <source>Close associate of a PEP</source>
            <translation>Близкое лицо ПДЛ</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="43" />
            <source>KPMG Kazakhstan, December 2021, on the amendments to Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction": domestic PEPs from 1 Jan 2022, status lasting 12 months after leaving office</source>
            <translation>KPMG Казахстан, декабрь 2021 года, о поправках в Закон РК № 191-IV «О противодействии легализации (отмыванию) доходов, полученных преступным путем, финансированию терроризма и финансированию распространения оружия массового уничтожения»: отечественные ПДЛ с 01.01.2022, статус сохраняется 12 месяцев после ухода с должности</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="53" />
            <source>KPMG Kazakhstan, December 2021, on the amendments to Law No. 191-IV: the PEP measures extend to domestic PEPs from 1 Jan 2022</source>
            <translation>KPMG Казахстан, декабрь 2021 года, о поправках в Закон № 191-IV: меры в отношении ПДЛ распространяются на отечественных ПДЛ с 01.01.2022</translation>
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
            <translation>Значение Kuzet по умолчанию</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="72" />
            <source>Kuzet product default after FATF Recommendation 12 (foreign PEPs always high risk)</source>
            <translation>Значение Kuzet по умолчанию по Рекомендации 12 ФАТФ (иностранные ПДЛ — всегда высокий риск)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="81" />
            <source>Kuzet product default; FATF lists in customers.fatf.*</source>
            <translation>Значение Kuzet по умолчанию; списки ФАТФ в customers.fatf.*</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="91" />
            <source>FATF public statement 'High-Risk Jurisdictions subject to a Call for Action' (fatf-gafi.org), as reported by secondary sources</source>
            <translation>Публичное заявление ФАТФ «Юрисдикции высокого риска, в отношении которых применяется призыв к действию» (fatf-gafi.org), по данным вторичных источников</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="105" />
            <source>FATF 'Jurisdictions under Increased Monitoring' (fatf-gafi.org), as reported by secondary sources</source>
            <translation>Список ФАТФ «Юрисдикции под усиленным мониторингом» (fatf-gafi.org), по данным вторичных источников</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="111" />
            <source>Kuzet's earlier copy of the FATF list of 13 June 2025 (not confirmed by a checked source)</source>
            <translation>Прежняя копия Kuzet списка ФАТФ от 13.06.2025 (не подтверждена проверенным источником)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="112" />
            <source>Kuzet's earlier copy of the FATF list of 24 October 2025 (not confirmed by a checked source)</source>
            <translation>Прежняя копия Kuzet списка ФАТФ от 24.10.2025 (не подтверждена проверенным источником)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="120" />
            <source>Kuzet product default for a miner that runs an exchange desk</source>
            <translation>Значение Kuzet по умолчанию для майнера, который ведёт обменный пункт</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="124" />
            <source>Crypto–fiat exchange</source>
            <translation>Обмен криптовалюты на фиат</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="125" />
            <source>Trading platform account</source>
            <translation>Счёт на торговой платформе</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="126" />
            <source>OTC block trades</source>
            <translation>Внебиржевые крупные сделки (OTC)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="127" />
            <location filename="../rules/programme.toml" line="34" />
            <source>Custody of digital assets</source>
            <translation>Хранение цифровых активов</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="128" />
            <source>Purchase of mined coin (offtake)</source>
            <translation>Покупка добытых монет (offtake)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="129" />
            <source>Mining hosting services</source>
            <translation>Услуги хостинга майнинга</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="130" />
            <source>Other service</source>
            <translation>Другая услуга</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="140" />
            <source>In person, original documents seen</source>
            <translation>Лично, оригиналы документов предъявлены</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="141" />
            <source>Remote, with verified digital identity (eGov, biometrics)</source>
            <translation>Дистанционно, с подтверждённой цифровой идентификацией (eGov, биометрия)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="142" />
            <source>Remote, documents by upload only</source>
            <translation>Дистанционно, только загрузка документов</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="143" />
            <source>Through an introducer or agent</source>
            <translation>Через посредника или агента</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="153" />
            <source>Salary or pension</source>
            <translation>Зарплата или пенсия</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="154" />
            <source>Business income</source>
            <translation>Доход от бизнеса</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="155" />
            <source>Own mining</source>
            <translation>Собственный майнинг</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="156" />
            <source>Savings and investments</source>
            <translation>Сбережения и инвестиции</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="157" />
            <source>Trading of digital assets</source>
            <translation>Торговля цифровыми активами</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="158" />
            <source>Inheritance or gift</source>
            <translation>Наследство или дарение</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="159" />
            <source>Loan</source>
            <translation>Заём</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="160" />
            <source>Not established</source>
            <translation>Не установлен</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="187" />
            <source>No AFSA frequency found; Kuzet default after common practice: high 1 year, medium 3, low 5</source>
            <translation>Периодичность AFSA не найдена; значение Kuzet по умолчанию по обычной практике: высокий — 1 год, средний — 3, низкий — 5</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="204" />
            <source>AIFC AML/CFT and Sanctions Rules (EDD for higher risk) and FATF Recommendation 12; the AIFC text is unverified</source>
            <translation>Правила МФЦА по ПОД/ФТ и санкциям (углублённая проверка при повышенном риске) и Рекомендация 12 ФАТФ; текст МФЦА не проверен</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="212" />
            <source>Kuzet product default (documents accepted in Kazakhstan)</source>
            <translation>Значение Kuzet по умолчанию (документы, принимаемые в Казахстане)</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="216" />
            <source>Kazakhstan ID card</source>
            <translation>Удостоверение личности РК</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="217" />
            <source>Kazakhstan passport</source>
            <translation>Паспорт РК</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="218" />
            <source>Foreign passport</source>
            <translation>Иностранный паспорт</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="219" />
            <source>Residence permit</source>
            <translation>Вид на жительство</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="220" />
            <source>Stateless person's certificate</source>
            <translation>Удостоверение лица без гражданства</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="221" />
            <source>Other ID document</source>
            <translation>Другой документ, удостоверяющий личность</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="231" />
            <source>ID document scan</source>
            <translation>Скан документа, удостоверяющего личность</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="232" />
            <source>Proof of address</source>
            <translation>Подтверждение адреса</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="233" />
            <source>Registration certificate or extract</source>
            <translation>Справка или выписка о регистрации</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="234" />
            <source>Ownership structure</source>
            <translation>Структура собственности</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="235" />
            <source>Source of wealth evidence</source>
            <translation>Подтверждение источника благосостояния</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="236" />
            <source>Source of funds evidence</source>
            <translation>Подтверждение источника средств</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="237" />
            <source>Senior management approval</source>
            <translation>Одобрение руководства</translation>
        </message>
        <message>
            <location filename="../rules/customers.toml" line="238" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="16" />
            <source>Findings: severity of each kind of finding</source>
            <translation>Замечания: серьёзность каждого вида замечаний</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="18" />
            <source>kind = critical | high | medium | info</source>
            <translation>вид = critical (критическая) | high (высокая) | medium (средняя) | info (для сведения)</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="89" />
            <source>Licences under which the firm may mine (and sell what it mined)</source>
            <translation>Лицензии, по которым компания может майнить (и продавать добытое)</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="91" />
            <location filename="../rules/findings.toml" line="91" />
            <source>keys of rule licence.types</source>
            <translation>ключи правила licence.types</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="99" />
            <source>Licences under which the firm may deal for customers (exchange, platform)</source>
            <translation>Лицензии, по которым компания может работать с клиентами (обмен, платформа)</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="19" />
            <source>Kuzet product default: how urgently a compliance desk must act on each kind of finding; critical where continuing would itself be a breach of the sanctions, AML or licensing law</source>
            <translation>Значение Kuzet по умолчанию: насколько срочно комплаенс-службе нужно действовать по каждому виду замечаний; критично, если продолжение работы само нарушит санкционное законодательство, законодательство о ПОД или о лицензировании</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="92" />
            <source>Law on Digital Assets No. 193-VII of 6 Feb 2023, Art. 9 (digital mining is licensed; subtypes I and II)</source>
            <translation>Закон РК «О цифровых активах в Республике Казахстан» № 193-VII от 6 февраля 2023 года, ст. 9 (цифровой майнинг лицензируется; подвиды I и II)</translation>
        </message>
        <message>
            <location filename="../rules/findings.toml" line="102" />
            <source>AIFC Rules on Digital Asset Activities (AFSA licence); National Bank of Kazakhstan, 2025 amendments on digital assets (exchange operator licence, platform registration)</source>
            <translation>Правила МФЦА о деятельности с цифровыми активами (лицензия AFSA); Национальный Банк Казахстана, поправки 2025 года о цифровых активах (лицензия оператора обмена, регистрация платформы)</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="5" />
            <source>Licence and registration types</source>
            <translation>Виды лицензий и регистраций</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="23" />
            <source>Digital mining licence: term</source>
            <translation>Лицензия на цифровой майнинг: срок</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="32" />
            <source>Digital mining licence: suspension period (minimum and maximum)</source>
            <translation>Лицензия на цифровой майнинг: срок приостановления (минимум и максимум)</translation>
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
            <translation>месяцев</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="41" />
            <source>AFSA licence: term</source>
            <translation>Лицензия AFSA: срок</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="50" />
            <source>NBK licences: minimum charter capital</source>
            <translation>Лицензии НБК: минимальный уставный капитал</translation>
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
            <translation>Регистрация платформы в НБК: срок решения</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="62" />
            <source>working days</source>
            <translation>рабочих дней</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="70" />
            <source>Renewal reminders: days before expiry</source>
            <translation>Напоминания о продлении: за сколько дней до окончания</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="7" />
            <source>Law on Digital Assets No. 193-VII of 6 Feb 2023 (Art. 9); AIFC; NBK 2025 amendments</source>
            <translation>Закон РК «О цифровых активах в Республике Казахстан» № 193-VII от 6 февраля 2023 года (ст. 9); МФЦА; поправки НБК 2025 года</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="13" />
            <source>Digital mining licence, subtype I (own data centre)</source>
            <translation>Лицензия на цифровой майнинг, подвид I (собственный центр обработки данных)</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="14" />
            <source>Digital mining licence, subtype II (hosted hardware)</source>
            <translation>Лицензия на цифровой майнинг, подвид II (размещённое оборудование)</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="15" />
            <source>AFSA licence (AIFC digital-asset activity)</source>
            <translation>Лицензия AFSA (деятельность с цифровыми активами в МФЦА)</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="16" />
            <source>NBK licence: crypto exchange operator</source>
            <translation>Лицензия НБК: оператор обмена криптовалют</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="17" />
            <source>NBK registration: digital-asset platform operator</source>
            <translation>Регистрация в НБК: оператор платформы цифровых активов</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="18" />
            <source>Other licence or permit</source>
            <translation>Другая лицензия или разрешение</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="26" />
            <location filename="../rules/licences.toml" line="26" />
            <source>Law on Digital Assets No. 193-VII of 6 Feb 2023, Art. 9</source>
            <translation>Закон РК «О цифровых активах в Республике Казахстан» № 193-VII от 6 февраля 2023 года, ст. 9</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="43" />
            <source>No fixed term found in the AIFC rules</source>
            <translation>В правилах МФЦА фиксированный срок не найден</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="53" />
            <source>National Bank of Kazakhstan (nationalbank.kz pages on licensing and registration of digital-asset businesses)</source>
            <translation>Национальный Банк Казахстана (страницы nationalbank.kz о лицензировании и регистрации бизнеса с цифровыми активами)</translation>
        </message>
        <message>
            <location filename="../rules/licences.toml" line="63" />
            <source>National Bank of Kazakhstan (nationalbank.kz pages on registration of digital-asset platforms)</source>
            <translation>Национальный Банк Казахстана (страницы nationalbank.kz о регистрации платформ цифровых активов)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="6" />
            <source>Mandatory sale: share of mined assets to sell through qualifying exchanges</source>
            <translation>Обязательная продажа: доля добытых активов для продажи через допущенные биржи</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="8" />
            <source>share of the amount mined in the period (0.75 = 75%)</source>
            <translation>доля добытого за период (0.75 = 75%)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="19" />
            <source>Mandatory sale: which exchanges count (the kinds of licence a venue needs)</source>
            <translation>Обязательная продажа: какие биржи засчитываются (нужные площадке виды лицензий)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="21" />
            <source>licence kinds: aifc (licensed by the AFSA in the AIFC), nbk_licence (licensed by the National Bank), nbk_registration (registered by the National Bank)</source>
            <translation>виды лицензий: aifc (лицензия AFSA в МФЦА), nbk_licence (лицензия Национального Банка), nbk_registration (регистрация в Национальном Банке)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="29" />
            <source>Mandatory sale: the period the share is checked over</source>
            <translation>Обязательная продажа: период, за который проверяется доля</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="38" />
            <source>Mandatory sale: warn this many days before a period ends when it is projected to fall short</source>
            <translation>Обязательная продажа: за сколько дней до конца периода предупреждать об ожидаемом недоборе</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="47" />
            <source>Mining fee: rate by the miner's average electricity price</source>
            <translation>Плата за майнинг: ставка по средней цене электроэнергии майнера</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="49" />
            <source>KZT per kWh; price_from = lowest average price (KZT per kWh) of the band, inclusive; a row without a rate is a band whose rate is not known</source>
            <translation>KZT за кВт·ч; price_from — наименьшая средняя цена (KZT за кВт·ч) диапазона включительно; строка без ставки — диапазон с неизвестной ставкой</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="65" />
            <source>Mining fee: special rates (where several apply, the highest)</source>
            <translation>Плата за майнинг: особые ставки (если применимо несколько — наибольшая)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="67" />
            <source>KZT per kWh</source>
            <translation>KZT за кВт·ч</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="75" />
            <source>Mining fee: payment due date</source>
            <translation>Плата за майнинг: срок уплаты</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="88" />
            <source>Mining fee: quarterly declaration due date</source>
            <translation>Плата за майнинг: срок квартальной декларации</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="100" />
            <source>Energy: grid electricity for digital mining is bought only at the centralised daily auctions (KOREM)</source>
            <translation>Энергия: электроэнергия из сети для цифрового майнинга покупается только на централизованных торгах на сутки вперёд (КОРЭМ)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="109" />
            <source>Mining fee: show the payment on the Dashboard this many days before it is due</source>
            <translation>Плата за майнинг: за сколько дней до срока показывать платёж на Главной</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="118" />
            <source>Income tax on mining: the officer's estimate rate (none unless entered)</source>
            <translation>Подоходный налог с майнинга: ставка оценки сотрудника (нет, пока не введена)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="120" />
            <source>a decimal share, e.g. 0.10 (empty: no estimate)</source>
            <translation>десятичная доля, например 0.10 (пусто — без оценки)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="128" />
            <source>Mined coins: tax value on the day of receipt at the State Revenue Committee's published price</source>
            <translation>Добытые монеты: налоговая стоимость на день получения по цене, опубликованной Комитетом государственных доходов</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="137" />
            <source>Income tax estimate: show it beside the fee</source>
            <translation>Оценка подоходного налога: показывать рядом с платой</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="145" />
            <source>Mining pools: hardware and software must be located in Kazakhstan</source>
            <translation>Майнинг-пулы: оборудование и ПО должны находиться в Казахстане</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="154" />
            <source>Pool operators: report of each distribution of mined assets to the tax authority (Qoldau.kz)</source>
            <translation>Операторы пулов: отчёт о каждом распределении добытых активов в налоговый орган (Qoldau.kz)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="163" />
            <source>Pool accreditations: reminders before expiry</source>
            <translation>Аккредитации пулов: напоминания до окончания срока</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="172" />
            <source>Venues: reminders before an AIFC licence's recorded validity ends</source>
            <translation>Площадки: напоминания до окончания записанного срока лицензии МФЦА</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="9" />
            <source>Law on Digital Assets No. 193-VII of 6 Feb 2023, Art. 8(4) (the obligation); the share: several secondary sources agree on 50% in 2024 and 75% from 2025</source>
            <translation>Закон РК «О цифровых активах в Республике Казахстан» № 193-VII от 6 февраля 2023 года, ст. 8 п. 4 (обязанность); доля: несколько вторичных источников сходятся на 50% в 2024 году и 75% с 2025 года</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="22" />
            <source>Law on Digital Assets No. 193-VII of 6 Feb 2023, Art. 8(4) (exchanges licensed in the AIFC); whether exchanges licensed or registered by the National Bank also count after Law No. 231-VIII of November 2025 is unconfirmed</source>
            <translation>Закон РК «О цифровых активах в Республике Казахстан» № 193-VII от 6 февраля 2023 года, ст. 8 п. 4 (биржи с лицензией МФЦА); учитываются ли после Закона № 231-VIII от ноября 2025 года также биржи, лицензированные или зарегистрированные Национальным Банком, не подтверждено</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="31" />
            <source>Kuzet product default: calendar quarters, configurable</source>
            <translation>Значение Kuzet по умолчанию: календарные кварталы, настраивается</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="50" />
            <location filename="../rules/mining.toml" line="50" />
            <source>Tax Code of the Republic of Kazakhstan, Art. 606-3, as amended by Law No. 135-VII of 11 Jul 2022 (from 1 Jan 2023), as reported by secondary sources</source>
            <translation>Налоговый кодекс Республики Казахстан, ст. 606-3, в редакции Закона № 135-VII от 11.07.2022 (с 01.01.2023), по данным вторичных источников</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="77" />
            <source>Tax Code of the Republic of Kazakhstan, Art. 606-5(2), as amended by Law No. 135-VII of 11 Jul 2022 (from 1 Jan 2023), as reported by secondary sources</source>
            <translation>Налоговый кодекс Республики Казахстан, ст. 606-5 п. 2, в редакции Закона № 135-VII от 11.07.2022 (с 01.01.2023), по данным вторичных источников</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="82" />
            <source>Tax Code of the Republic of Kazakhstan, mining fee, 2022 wording (secondary sources; not re-checked)</source>
            <translation>Налоговый кодекс Республики Казахстан, плата за майнинг, редакция 2022 года (вторичные источники; не перепроверено)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="84" />
            <source>Tax Code of 18 Jul 2025 (in force 1 Jan 2026): the mining fee's payment date not yet re-checked in the new Code</source>
            <translation>Налоговый кодекс от 18.07.2025 (действует с 01.01.2026): срок уплаты платы за майнинг по новому Кодексу ещё не перепроверен</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="90" />
            <source>Tax Code of the Republic of Kazakhstan, Art. 606-4(2), as reported by secondary sources</source>
            <translation>Налоговый кодекс Республики Казахстан, ст. 606-4 п. 2, по данным вторичных источников</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="96" />
            <source>Tax Code of 18 Jul 2025 (in force 1 Jan 2026): the declaration date not yet re-checked in the new Code</source>
            <translation>Налоговый кодекс от 18.07.2025 (действует с 01.01.2026): срок декларации по новому Кодексу ещё не перепроверен</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="102" />
            <source>Electricity market rules for digital miners from 1 Jul 2023 (centralised daily auctions operated by KOREM, within monthly zone quotas), as reported by secondary sources</source>
            <translation>Правила рынка электроэнергии для цифровых майнеров с 01.07.2023 (централизованные ежедневные торги АО «КОРЭМ» в пределах месячных квот по зонам), по данным вторичных источников</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="121" />
            <source>No published source sets a rate: an estimate is shown only when an officer enters a rate of the firm's own (an override, audited)</source>
            <translation>Ни один опубликованный источник не устанавливает ставку: оценка показывается, только когда сотрудник вводит собственную ставку фирмы (переопределение, фиксируется в журнале)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="130" />
            <source>Tax Code of the Republic of Kazakhstan of 18 Jul 2025 (in force 1 Jan 2026), Art. 325(4); Order of the Minister of Finance of 25 Sep 2025 (the published prices), as reported by secondary sources</source>
            <translation>Налоговый кодекс Республики Казахстан от 18.07.2025 (действует с 01.01.2026), ст. 325 п. 4; приказ Министра финансов от 25.09.2025 (опубликованные цены), по данным вторичных источников</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="147" />
            <source>Order 142/НҚ of 11 Apr 2023 on accrediting digital mining pools (as reported by secondary sources)</source>
            <translation>Приказ № 142/НҚ от 11.04.2023 об аккредитации пулов цифрового майнинга (по данным вторичных источников)</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="156" />
            <source>Order of the Minister of Finance of 20 Feb 2026 (distribution report through Qoldau.kz); the Tax Code amendment draft says monthly; as reported by secondary sources</source>
            <translation>Приказ Министра финансов от 20.02.2026 (отчёт о распределении через Qoldau.kz); в проекте поправок в Налоговый кодекс — ежемесячно; по данным вторичных источников</translation>
        </message>
        <message>
            <location filename="../rules/mining.toml" line="166" />
            <source>Kuzet product default (the law gives no term; the officer enters the expiry)</source>
            <translation>Значение Kuzet по умолчанию (закон не устанавливает срок; сотрудник вводит дату окончания)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="8" />
            <source>Threshold reports to the FIU: the catalogue of operations and their thresholds</source>
            <translation>Пороговые сообщения в АФМ: перечень операций и их пороги</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="10" />
            <source>one row per kind of operation and counterparty condition; threshold_kzt at or above</source>
            <translation>одна строка на вид операции и условие по контрагенту; threshold_kzt — не менее</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="25" />
            <source>Offshore zones (for threshold reports)</source>
            <translation>Офшорные зоны (для пороговых сообщений)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="27" />
            <source>ISO 3166-1 alpha-2 codes (or codes of territories)</source>
            <translation>коды ISO 3166-1 alpha-2 (или коды территорий)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="35" />
            <source>Large transaction: the firm's own alert threshold (not a report to the FIU)</source>
            <translation>Крупная операция: собственный порог оповещения компании (не сообщение в АФМ)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="37" />
            <source>KZT (at or above)</source>
            <translation>KZT (не менее)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="45" />
            <source>Structuring: days within which transactions just below the firm's alert threshold are counted</source>
            <translation>Дробление: за сколько дней считаются операции чуть ниже порога оповещения компании</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="48" />
            <source>days (the first transaction's day and the days after it)</source>
            <translation>дней (день первой операции и следующие за ним)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="54" />
            <source>Structuring: how far below the firm's alert threshold (monitoring.internal_alert_kzt) a transaction counts as 'just below'</source>
            <translation>Дробление: насколько ниже порога оповещения компании (monitoring.internal_alert_kzt) операция считается «чуть ниже»</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="57" />
            <source>percent of the threshold</source>
            <translation>процентов от порога</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="64" />
            <source>Structuring: how many such transactions within the window raise an alert</source>
            <translation>Дробление: сколько таких операций в окне вызывают оповещение</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="66" />
            <source>transactions (at least)</source>
            <translation>операций (не менее)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="73" />
            <source>Rapid in-and-out: days within which funds deposited are withdrawn</source>
            <translation>Быстрый ввод-вывод: за сколько дней выводятся внесённые средства</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="75" />
            <source>days after the deposit (0 = the same day)</source>
            <translation>дней после взноса (0 — в тот же день)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="82" />
            <source>Rapid in-and-out: share of the deposit withdrawn within the window</source>
            <translation>Быстрый ввод-вывод: доля взноса, выведенная в окне</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="84" />
            <source>percent of the deposit's KZT value (at least)</source>
            <translation>процентов от суммы взноса в KZT (не менее)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="91" />
            <source>Rapid in-and-out: smallest deposit considered</source>
            <translation>Быстрый ввод-вывод: наименьший учитываемый взнос</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="100" />
            <source>High-risk jurisdictions: the country lists transactions are checked against</source>
            <translation>Юрисдикции высокого риска: списки стран, по которым проверяются операции</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="102" />
            <source>rule keys of country lists in the rule pack</source>
            <translation>ключи правил со списками стран в своде правил</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="110" />
            <source>Retail residents: purchases of digital assets per calendar month allowed without a passed knowledge test</source>
            <translation>Розничные резиденты: покупки цифровых активов в календарный месяц без сданного теста на знания</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="112" />
            <source>USD per calendar month (more than this needs a passed test)</source>
            <translation>USD в календарный месяц (больше — только со сданным тестом)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="120" />
            <source>Retail residents: count every deposit toward the monthly cap, not only purchases</source>
            <translation>Розничные резиденты: учитывать в месячном лимите каждый взнос, а не только покупки</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="122" />
            <source>yes = every deposit (money or digital assets); no = purchases only, as the rule requires</source>
            <translation>да — каждый взнос (деньги или цифровые активы); нет — только покупки, как требует правило</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="129" />
            <source>Assets that are money, not digital assets</source>
            <translation>Активы, являющиеся деньгами, а не цифровыми активами</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="131" />
            <source>asset codes</source>
            <translation>коды активов</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="139" />
            <source>Travel Rule (AIFC firms): transfer value from which full originator and beneficiary data are required</source>
            <translation>Правило передачи данных (компании МФЦА): сумма перевода, с которой нужны полные данные отправителя и получателя</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="141" />
            <source>USD (at or above)</source>
            <translation>USD (не менее)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="149" />
            <source>Travel Rule (AIFC firms): data required for a transfer at or above the threshold</source>
            <translation>Правило передачи данных (компании МФЦА): данные для перевода на пороге или выше</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="151" />
            <location filename="../rules/monitoring.toml" line="151" />
            <source>transaction fields</source>
            <translation>поля операции</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="159" />
            <source>Travel Rule (AIFC firms): data required for a transfer below the threshold</source>
            <translation>Правило передачи данных (компании МФЦА): данные для перевода ниже порога</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="169" />
            <source>Travel Rule (firms outside the AIFC): transfer value from which full data are required</source>
            <translation>Правило передачи данных (компании вне МФЦА): сумма перевода, с которой нужны полные данные</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="171" />
            <source>USD (at or above); empty = not known yet</source>
            <translation>USD (не менее); пусто — пока неизвестно</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="179" />
            <source>Travel Rule (firms outside the AIFC): data required at or above the threshold</source>
            <translation>Правило передачи данных (компании вне МФЦА): данные на пороге или выше</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="181" />
            <location filename="../rules/monitoring.toml" line="181" />
            <source>transaction fields: originator_name, originator_wallet, originator_id, beneficiary_name, beneficiary_wallet</source>
            <translation>поля операции: originator_name, originator_wallet, originator_id, beneficiary_name, beneficiary_wallet</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="189" />
            <source>Travel Rule (firms outside the AIFC): data required below the threshold</source>
            <translation>Правило передачи данных (компании вне МФЦА): данные ниже порога</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="199" />
            <source>Threshold report: business days after the transaction by which it is due</source>
            <translation>Пороговое сообщение: срок в рабочих днях после операции</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="201" />
            <location filename="../rules/monitoring.toml" line="201" />
            <location filename="../rules/monitoring.toml" line="201" />
            <source>business days (Kazakhstan's public holidays)</source>
            <translation>рабочих дней (с учётом праздников Казахстана)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="208" />
            <source>Suspicious transaction report: business days after the decision by which it is due</source>
            <translation>Сообщение о подозрительной операции: срок в рабочих днях после решения</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="218" />
            <source>Suspicious reports: suspicious client activity can be reported without an operation</source>
            <translation>Сообщения о подозрительных операциях: о подозрительной деятельности клиента можно сообщить без операции</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="220" />
            <source>yes = a report may describe a client's activity (IP addresses, devices, behaviour) with no transaction</source>
            <translation>да — сообщение может описывать деятельность клиента (IP-адреса, устройства, поведение) без операции</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="231" />
            <source>Business days: extra days off (transfers of days off decreed by the Government)</source>
            <translation>Рабочие дни: дополнительные выходные (переносы выходных по постановлению Правительства)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="233" />
            <location filename="../rules/monitoring.toml" line="233" />
            <source>dates YYYY-MM-DD</source>
            <translation>даты ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="240" />
            <source>Business days: weekend days made working days (transfers decreed by the Government)</source>
            <translation>Рабочие дни: выходные, ставшие рабочими (переносы по постановлению Правительства)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="249" />
            <source>Frozen customer: any operation dated on or after the freeze raises a critical alert</source>
            <translation>Клиент с замороженными активами: любая операция в день замораживания или позже вызывает критическое оповещение</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="258" />
            <source>Freeze notification: business days after the freeze (or the frozen customer's operation) by which the FIU is told</source>
            <translation>Уведомление о замораживании: срок сообщения в АФМ в рабочих днях после замораживания (или операции клиента)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="11" />
            <source>Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction", Art. 4 (as summarised by secondary sources)</source>
            <translation>Закон РК № 191-IV «О противодействии легализации (отмыванию) доходов, полученных преступным путем, финансированию терроризма и финансированию распространения оружия массового уничтожения», ст. 4 (в изложении вторичных источников)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="16" />
            <source>Transfer of money or assets to or from a person registered in an offshore zone, or with an account in a bank registered in one</source>
            <translation>Перевод денег или активов лицу (от лица), зарегистрированному в офшорной зоне или имеющему счёт в банке, зарегистрированном в офшорной зоне</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="17" />
            <source>Transfer to or from an anonymous account</source>
            <translation>Перевод на анонимный счёт или с него</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="18" />
            <source>Cash gambling winnings paid out</source>
            <translation>Выплата выигрышей в азартных играх наличными</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="19" />
            <source>Pawnshop operations</source>
            <translation>Операции ломбардов</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="20" />
            <source>Purchase or sale of digital assets for money</source>
            <translation>Покупка или продажа цифровых активов за деньги</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="21" />
            <source>Transfer of digital assets</source>
            <translation>Перевод цифровых активов</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="28" />
            <source>National Bank of Kazakhstan: list of offshore zones referred to by Law 191-IV Art. 4</source>
            <translation>Национальный Банк Казахстана: перечень офшорных зон, на который ссылается ст. 4 Закона № 191-IV</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="38" />
            <source>Kuzet product default (the firm's own scenario; set it from the firm's risk assessment)</source>
            <translation>Значение Kuzet по умолчанию (собственный сценарий фирмы; задайте его по оценке рисков фирмы)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="49" />
            <source>Kuzet product default (FATF typologies: splitting to stay under reporting thresholds)</source>
            <translation>Значение Kuzet по умолчанию (типологии ФАТФ: дробление, чтобы не превышать пороги отчётности)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="76" />
            <source>Kuzet product default (FATF red flag indicators for virtual assets, 2020: funds moved out immediately after deposit)</source>
            <translation>Значение Kuzet по умолчанию (индикаторы риска ФАТФ для виртуальных активов, 2020: средства выводятся сразу после зачисления)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="103" />
            <source>Kuzet product default over the FATF lists in customers.fatf.*</source>
            <translation>Значение Kuzet по умолчанию поверх списков ФАТФ в customers.fatf.*</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="113" />
            <source>AIFC Rules on Digital Asset Activities, rule 3.1.1 and its Guidance (retail clients resident in Kazakhstan); in force from 26 Oct 2021 (secondary sources)</source>
            <translation>Правила МФЦА о деятельности с цифровыми активами, правило 3.1.1 и разъяснение к нему (розничные клиенты — резиденты Казахстана); действует с 26.10.2021 (вторичные источники)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="123" />
            <source>Kuzet product default (a firm may choose the stricter reading)</source>
            <translation>Значение Kuzet по умолчанию (фирма может выбрать более строгое толкование)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="142" />
            <location filename="../rules/monitoring.toml" line="142" />
            <location filename="../rules/monitoring.toml" line="142" />
            <source>AIFC AML/CFT and Sanctions Rules (AML) 11-1.1</source>
            <translation>Правила МФЦА по ПОД/ФТ и санкциям (AML) 11-1.1</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="172" />
            <location filename="../rules/monitoring.toml" line="172" />
            <location filename="../rules/monitoring.toml" line="172" />
            <source>AFM Order No. 5 of 30 Oct 2024 on transfers of secured digital assets (amended 11 Dec 2025)</source>
            <translation>Приказ АФМ № 5 от 30.10.2024 о переводах обеспеченных цифровых активов (с изменениями от 11.12.2025)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="202" />
            <source>Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction": no later than the business day after the transaction</source>
            <translation>Закон РК № 191-IV «О противодействии легализации (отмыванию) доходов, полученных преступным путем, финансированию терроризма и финансированию распространения оружия массового уничтожения»: не позднее рабочего дня, следующего за операцией</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="211" />
            <source>Deadline not confirmed in Law No. 191-IV or the AFM's rules: Kuzet's default, within 1 business day of the decision that the activity is suspicious</source>
            <translation>Срок не подтверждён ни Законом № 191-IV, ни правилами АФМ: значение Kuzet по умолчанию — в течение 1 рабочего дня после решения о том, что деятельность подозрительна</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="221" />
            <source>AFM Order No. 22 of 23 Dec 2025 (the FIU's reporting rules cover suspicious client activity from 1 Apr 2026), as reported by secondary sources</source>
            <translation>Приказ АФМ № 22 от 23.12.2025 (правила представления сведений в ПФР охватывают подозрительную деятельность клиента с 01.04.2026), по данным вторичных источников</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="234" />
            <source>Kuzet product default: Kazakhstan's public holidays and known transfers come from the holidays package; add a decree's transfers here</source>
            <translation>Значение Kuzet по умолчанию: праздники Казахстана и известные переносы берутся из пакета holidays; переносы по новому постановлению добавьте здесь</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="243" />
            <source>Kuzet product default: known transfers come from the holidays package; add a decree's transfers here</source>
            <translation>Значение Kuzet по умолчанию: известные переносы берутся из пакета holidays; переносы по новому постановлению добавьте здесь</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="251" />
            <source>Law 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction", Art. 12 (targeted financial sanctions: freezing the money and property of listed persons; article number not verified)</source>
            <translation>Закон РК № 191-IV «О противодействии легализации (отмыванию) доходов, полученных преступным путем, финансированию терроризма и финансированию распространения оружия массового уничтожения», ст. 12 (целевые финансовые санкции: замораживание денег и имущества лиц из перечня; номер статьи не проверен)</translation>
        </message>
        <message>
            <location filename="../rules/monitoring.toml" line="261" />
            <source>Law 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction", Art. 12 (notice to the Financial Monitoring Agency of measures taken; deadline not verified)</source>
            <translation>Закон РК № 191-IV «О противодействии легализации (отмыванию) доходов, полученных преступным путем, финансированию терроризма и финансированию распространения оружия массового уничтожения», ст. 12 (уведомление Агентства по финансовому мониторингу о принятых мерах; срок не проверен)</translation>
        </message>
        <message>
            <location filename="../rules/pack.toml" line="7" />
            <source>Kazakhstan and the AIFC: the regime as of December 2026</source>
            <translation>Казахстан и МФЦА: режим на декабрь 2026 года</translation>
        </message>
        <message>
            <location filename="../rules/pack.toml" line="10" />
            <source>Rule sources: review interval</source>
            <translation>Источники правил: периодичность пересмотра</translation>
        </message>
        <message>
            <location filename="../rules/pack.toml" line="13" />
            <source>Kuzet product default: a rule whose source was not checked within this many months is listed for review on the Rules page</source>
            <translation>Значение Kuzet по умолчанию: правило, источник которого не проверялся столько месяцев, выносится на пересмотр на странице «Правила»</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="10" />
            <source>Where the firm is licensed: jurisdictions</source>
            <translation>Где лицензирована компания: юрисдикции</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="24" />
            <source>What the firm does: activities</source>
            <translation>Чем занимается компания: виды деятельности</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="42" />
            <source>AIFC firms: an MLRO must be appointed</source>
            <translation>Компании МФЦА: MLRO должен быть назначен</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="50" />
            <source>AIFC firms: a deputy MLRO must be appointed</source>
            <translation>Компании МФЦА: заместитель MLRO должен быть назначен</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="59" />
            <source>AIFC firms: the MLRO must reside in Kazakhstan</source>
            <translation>Компании МФЦА: MLRO должен проживать в Казахстане</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="67" />
            <source>AIFC firms: the annual AFSA AML Return, months after the financial year-end</source>
            <translation>Компании МФЦА: ежегодный отчёт по ПОД в AFSA, месяцев после конца финансового года</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="77" />
            <source>Firms outside the AIFC: a responsible officer for internal control must be appointed</source>
            <translation>Компании вне МФЦА: должен быть назначен ответственный за внутренний контроль</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="85" />
            <source>Firms outside the AIFC: a deputy must be appointed</source>
            <translation>Компании вне МФЦА: должен быть назначен заместитель</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="93" />
            <source>Firms outside the AIFC: the responsible officer must reside in Kazakhstan</source>
            <translation>Компании вне МФЦА: ответственный сотрудник должен проживать в Казахстане</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="101" />
            <source>Firms outside the AIFC: annual AML return, months after year-end (0 = none)</source>
            <translation>Компании вне МФЦА: ежегодный отчёт по ПОД, месяцев после конца года (0 — нет)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="110" />
            <source>MLRO: positions, and which of them may hold the role</source>
            <translation>MLRO: должности и какие из них могут исполнять эту роль</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="129" />
            <source>Training: curriculum items</source>
            <translation>Обучение: темы программы</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="151" />
            <source>Training: required courses (topics) and the curriculum each covers</source>
            <translation>Обучение: обязательные курсы (темы) и охватываемая программа</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="166" />
            <source>Training: staff roles, their required courses and how often</source>
            <translation>Обучение: роли сотрудников, их обязательные курсы и периодичность</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="184" />
            <source>Training: how often each required course is repeated (default)</source>
            <translation>Обучение: как часто повторяется каждый обязательный курс (по умолчанию)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="193" />
            <source>Training: a new starter completes each required course within</source>
            <translation>Обучение: новый сотрудник проходит каждый обязательный курс в течение</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="195" />
            <source>days from the start date</source>
            <translation>дней с даты начала</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="202" />
            <source>Training: a course shows as due this many days before its due date</source>
            <translation>Обучение: за сколько дней до срока курс отмечается как предстоящий</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="211" />
            <source>Independent audit of the AML systems: at least every</source>
            <translation>Независимая проверка системы ПОД/ФТ: не реже чем раз в</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="220" />
            <source>Independent audit: reminder before the next audit is due</source>
            <translation>Независимая проверка: напоминание до срока следующей проверки</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="229" />
            <source>Remediation actions: reminder before the due date</source>
            <translation>Меры по устранению: напоминание до срока</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="238" />
            <source>Business risk assessment: default time to the next review</source>
            <translation>Оценка рисков компании: срок до следующего пересмотра по умолчанию</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="247" />
            <source>Business risk assessment: reminder before the review is due</source>
            <translation>Оценка рисков компании: напоминание до срока пересмотра</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="256" />
            <source>AFSA AML Return: reminder before it is due</source>
            <translation>Отчёт по ПОД в AFSA: напоминание до срока</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="265" />
            <source>Requirement → evidence map: the obligations the pack evidences</source>
            <translation>Карта «требование → подтверждение»: обязанности, которые подтверждает пакет</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="12" />
            <source>AIFC AML/CFT and Sanctions Rules (FR0008 of 2017); Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction"</source>
            <translation>Правила МФЦА по ПОД/ФТ и санкциям (FR0008 от 2017 года); Закон РК № 191-IV «О противодействии легализации (отмыванию) доходов, полученных преступным путем, финансированию терроризма и финансированию распространения оружия массового уничтожения»</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="18" />
            <source>AIFC (supervised by AFSA)</source>
            <translation>МФЦА (надзор AFSA)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="19" />
            <source>Kazakhstan outside the AIFC (NBK, Law 191-IV)</source>
            <translation>Казахстан вне МФЦА (НБК, Закон 191-IV)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="26" />
            <source>Law on Digital Assets No. 193-VII of 6 Feb 2023, Art. 9 (mining subtypes); AIFC digital-asset activities; Kuzet product grouping</source>
            <translation>Закон РК «О цифровых активах в Республике Казахстан» № 193-VII от 6 февраля 2023 года, ст. 9 (подвиды майнинга); деятельность с цифровыми активами в МФЦА; группировка Kuzet</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="32" />
            <source>Exchange (trading facility or exchange point)</source>
            <translation>Биржа (торговая площадка или обменный пункт)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="33" />
            <source>Broker or dealer in digital assets</source>
            <translation>Брокер или дилер цифровых активов</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="35" />
            <source>Digital mining, subtype I (own data centre)</source>
            <translation>Цифровой майнинг, подвид I (собственный центр обработки данных)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="36" />
            <source>Digital mining, subtype II (hosted hardware)</source>
            <translation>Цифровой майнинг, подвид II (размещённое оборудование)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="37" />
            <source>Digital mining pool operator</source>
            <translation>Оператор пула цифрового майнинга</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="44" />
            <location filename="../rules/programme.toml" line="44" />
            <location filename="../rules/programme.toml" line="44" />
            <location filename="../rules/programme.toml" line="44" />
            <source>AIFC AML/CFT and Sanctions Rules (FR0008 of 2017), AML 13</source>
            <translation>Правила МФЦА по ПОД/ФТ и санкциям (FR0008 от 2017 года), AML 13</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="70" />
            <source>AIFC AML/CFT and Sanctions Rules (FR0008 of 2017): annual AML Return to AFSA (timing not verifiable from public text)</source>
            <translation>Правила МФЦА по ПОД/ФТ и санкциям (FR0008 от 2017 года): ежегодный отчёт AML Return в AFSA (срок не проверить по открытым текстам)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="79" />
            <source>Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction" (internal control rules; commonly cited)</source>
            <translation>Закон РК № 191-IV «О противодействии легализации (отмыванию) доходов, полученных преступным путем, финансированию терроризма и финансированию распространения оружия массового уничтожения» (правила внутреннего контроля; обычно приводится)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="87" />
            <source>No deputy requirement found in Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction"</source>
            <translation>Требование о заместителе не найдено в законе: Закон РК № 191-IV «О противодействии легализации (отмыванию) доходов, полученных преступным путем, финансированию терроризма и финансированию распространения оружия массового уничтожения»</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="95" />
            <source>No residence rule found in Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction"; Kuzet flags a non-resident officer as a precaution</source>
            <translation>Требование о резидентстве не найдено в законе: Закон РК № 191-IV «О противодействии легализации (отмыванию) доходов, полученных преступным путем, финансированию терроризма и финансированию распространения оружия массового уничтожения»; Kuzet из предосторожности отмечает сотрудника-нерезидента</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="104" />
            <source>The AFSA AML Return applies to AIFC firms only; no national equivalent found</source>
            <translation>Отчёт AML Return в AFSA касается только фирм МФЦА; национальный аналог не найден</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="118" />
            <source>Director</source>
            <translation>Директор</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="119" />
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="120" />
            <source>Principal representative</source>
            <translation>Главный представитель</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="121" />
            <source>Senior manager</source>
            <translation>Руководящий работник</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="122" />
            <source>Compliance officer (not a senior manager)</source>
            <translation>Комплаенс-офицер (не руководящий работник)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="123" />
            <source>Other employee</source>
            <translation>Другой работник</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="124" />
            <source>External person or contractor</source>
            <translation>Внешнее лицо или подрядчик</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="131" />
            <source>AIFC AML/CFT and Sanctions Rules (FR0008 of 2017): staff trained regularly on a set curriculum; items are a Kuzet product default</source>
            <translation>Правила МФЦА по ПОД/ФТ и санкциям (FR0008 от 2017 года): регулярное обучение персонала по утверждённой программе; темы — значение Kuzet по умолчанию</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="136" />
            <source>AML/CFT law and the AIFC AML/CFT and Sanctions Rules</source>
            <translation>Законодательство о ПОД/ФТ и Правила МФЦА по ПОД/ФТ и санкциям</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="137" />
            <source>Risk-based approach and the business risk assessment</source>
            <translation>Риск-ориентированный подход и оценка рисков компании</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="138" />
            <source>Customer due diligence and KYC</source>
            <translation>Надлежащая проверка клиента (KYC)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="139" />
            <source>Enhanced due diligence and PEPs</source>
            <translation>Усиленная надлежащая проверка и ПДЛ</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="140" />
            <source>Sanctions and targeted financial sanctions screening</source>
            <translation>Санкции и проверка по целевым финансовым санкциям</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="141" />
            <source>Red flags in digital-asset transactions</source>
            <translation>Признаки подозрительности в операциях с цифровыми активами</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="142" />
            <source>Internal reporting to the MLRO; STRs and TTRs to the FIU</source>
            <translation>Внутренние сообщения ответственному сотруднику; СПО и пороговые сообщения в АФМ</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="143" />
            <source>Tipping-off and confidentiality</source>
            <translation>Запрет предупреждения клиента и конфиденциальность</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="144" />
            <source>Record keeping and retention</source>
            <translation>Ведение и хранение записей</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="145" />
            <source>Mining: accredited pools, the mandatory sale and the fee</source>
            <translation>Майнинг: аккредитованные пулы, обязательная продажа и плата</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="146" />
            <source>MLRO duties, FIU liaison and regulator reporting</source>
            <translation>Обязанности ответственного сотрудника, взаимодействие с АФМ и отчётность регулятору</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="153" />
            <source>Kuzet product default built on the AIFC AML/CFT Rules' training requirement</source>
            <translation>Значение Kuzet по умолчанию на основе требования к обучению из Правил МФЦА по ПОД/ФТ</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="158" />
            <source>AML/CFT essentials</source>
            <translation>Основы ПОД/ФТ</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="159" />
            <source>EDD, PEPs and suspicious activity</source>
            <translation>Усиленная проверка, ПДЛ и подозрительная деятельность</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="160" />
            <source>Mining compliance</source>
            <translation>Комплаенс в майнинге</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="161" />
            <source>MLRO and deputy MLRO</source>
            <translation>Ответственный сотрудник и его заместитель</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="168" />
            <source>Training "regularly", no fixed frequency in the AIFC AML/CFT Rules; annual per role is a Kuzet product default</source>
            <translation>Обучение «регулярно», без фиксированной периодичности в Правилах МФЦА по ПОД/ФТ; ежегодно для каждой роли — значение Kuzet по умолчанию</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="174" />
            <source>Board and senior management</source>
            <translation>Совет директоров и руководство</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="175" />
            <source>Compliance (MLRO, deputy, analysts)</source>
            <translation>Комплаенс (ответственный сотрудник, заместитель, аналитики)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="176" />
            <source>Customer-facing (onboarding, trading desk)</source>
            <translation>Работа с клиентами (приём на обслуживание, торговый деск)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="177" />
            <source>Operations and finance</source>
            <translation>Операционный отдел и финансы</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="178" />
            <source>Mining operations (data centre, pool relations)</source>
            <translation>Майнинговые операции (ЦОД, работа с пулами)</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="179" />
            <source>IT and security</source>
            <translation>ИТ и безопасность</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="187" />
            <source>AIFC AML/CFT Rules: "regularly"; annual is a Kuzet product default</source>
            <translation>Правила МФЦА по ПОД/ФТ: «регулярно»; ежегодно — значение Kuzet по умолчанию</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="214" />
            <source>AIFC AML/CFT and Sanctions Rules (FR0008 of 2017): independent audit, internal or external</source>
            <translation>Правила МФЦА по ПОД/ФТ и санкциям (FR0008 от 2017 года): независимый аудит, внутренний или внешний</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="241" />
            <source>AIFC AML/CFT Rules: keep the business risk assessment up to date; annual review is a Kuzet product default</source>
            <translation>Правила МФЦА по ПОД/ФТ: поддерживать оценку рисков бизнеса в актуальном состоянии; ежегодный пересмотр — значение Kuzet по умолчанию</translation>
        </message>
        <message>
            <location filename="../rules/programme.toml" line="267" />
            <source>Kuzet product grouping of the obligations the cited rules set</source>
            <translation>Группировка Kuzet обязанностей, установленных приведёнными нормами</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="4" />
            <source>Record retention (AIFC firms)</source>
            <translation>Хранение записей (компании МФЦА)</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="14" />
            <source>Record retention (firms outside the AIFC, Law 191-IV)</source>
            <translation>Хранение записей (компании вне МФЦА, Закон № 191-IV)</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="23" />
            <source>Imports: the longest text a field may hold</source>
            <translation>Импорт: наибольшая длина текста в поле</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="25" />
            <source>characters, by field name (default: every other field)</source>
            <translation>символов, по имени поля (default — все остальные поля)</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="7" />
            <source>AIFC AML Rules, record keeping (AIFC AML/CFT and Sanctions Rules, FR0008 of 2017; the rule number is unconfirmed, most likely AML 14.4)</source>
            <translation>Правила МФЦА по ПОД, хранение записей (Правила МФЦА по ПОД/ФТ и санкциям, FR0008 от 2017 года; номер правила не подтверждён, вероятнее всего AML 14.4)</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="17" />
            <source>Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the financing of terrorism and the financing of the proliferation of weapons of mass destruction" (5 years is commonly cited)</source>
            <translation>Закон РК № 191-IV «О противодействии легализации (отмыванию) доходов, полученных преступным путем, финансированию терроризма и финансированию распространения оружия массового уничтожения» (обычно приводится срок 5 лет)</translation>
        </message>
        <message>
            <location filename="../rules/records.toml" line="26" />
            <source>Kuzet product default: no name, number or reference is this long, and a far longer field in an imported file is an error or an attack</source>
            <translation>Значение Kuzet по умолчанию: ни одно имя, номер или ссылка не бывают такой длины, а намного более длинное поле в импортируемом файле — ошибка или атака</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="7" />
            <source>Screening: score at or above which a hit goes to review</source>
            <translation>Проверка по спискам: балл, с которого совпадение идёт на рассмотрение</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="9" />
            <location filename="../rules/screening.toml" line="9" />
            <source>points (0-100)</source>
            <translation>баллов (0–100)</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="17" />
            <source>Screening: score below which a candidate is not kept</source>
            <translation>Проверка по спискам: балл, ниже которого кандидат не сохраняется</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="27" />
            <source>Screening: how long a cleared false positive stays cleared</source>
            <translation>Проверка по спискам: сколько действует снятое ложное совпадение</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="37" />
            <source>Screening: legal-form words matched with low weight</source>
            <translation>Проверка по спискам: слова организационно-правовой формы с малым весом</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="54" />
            <source>Screening: days to decide an open hit</source>
            <translation>Проверка по спискам: дней на решение по открытому совпадению</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="64" />
            <source>Screening: days after which a list in force is out of date</source>
            <translation>Проверка по спискам: через сколько дней действующий список устаревает</translation>
        </message>
        <message>
            <location filename="../rules/screening.toml" line="10" />
            <source>Kuzet product default, measured on the labelled screening test set</source>
            <translation>Значение Kuzet по умолчанию, измеренное на размеченном тестовом наборе проверки</translation>
        </message>
        <message>
            <source>The firm's vault key is not shared with {login} yet: an officer who can open the vault shares it. Nothing was changed.</source>
            <translation type="obsolete">Ключ хранилища компании ещё не передан сотруднику {login}: его передаёт сотрудник, который может открыть хранилище. Ничего не изменено.</translation>
        </message>
        <message>
            <source>{db}: the window opens an SQLite file; a team database is used from the command line for now (kuzet --db URL ...).</source>
            <translation type="obsolete">{db}: окно открывает файл SQLite; общая база команды пока используется из командной строки (kuzet --db URL ...).</translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation type="obsolete">{n} лет</translation>
        </message>
        <message>
            <source>every {n} years</source>
            <translation type="obsolete">раз в {n} года</translation>
        </message>
        <message>
            <source>Choose the list file(s) to import.</source>
            <translation type="obsolete">Выберите файл(ы) списка для импорта.</translation>
        </message>
        <message>
            <source>File(s)</source>
            <translation type="obsolete">Файл(ы)</translation>
        </message>
        <message>
            <source>Choose the list file(s)</source>
            <translation type="obsolete">Выбор файла(ов) списка</translation>
        </message>
        <message>
            <source>Screened {subjects} customer(s) and owner(s) against {lists}: {new} new hit(s) to review, {still} still open, {cleared} cleared automatically, {suppressed} remembered false positive(s), {lapsed} lapsed.</source>
            <translation type="obsolete">Проверено клиентов и владельцев: {subjects}, по спискам: {lists}. Новых совпадений к рассмотрению: {new}, всё ещё открыто: {still}, снято автоматически: {cleared}, запомненных ложных совпадений: {suppressed}, утратило силу: {lapsed}.</translation>
        </message>
        <message>
            <source>{count} customer(s) NOT screened: no watchlist is in force. Import the lists, then screen them (Screening page or kuzet screen --all):</source>
            <translation type="obsolete">Клиентов, НЕ проверенных по спискам: {count} — ни один санкционный список не действует. Импортируйте списки, затем проверьте клиентов (страница «Проверка по спискам» или kuzet screen --all):</translation>
        </message>
        <message>
            <source>{count} customer(s) screened only against out-of-date lists. Import the current editions, then screen them again:</source>
            <translation type="obsolete">Клиентов, проверенных только по устаревшим спискам: {count}. Импортируйте актуальные редакции списков и проверьте клиентов снова:</translation>
        </message>
        <message>
            <source>{activity} on {days} day(s) ({period}) with no licence held</source>
            <translation type="obsolete">{activity} в течение {days} дн. ({period}) без лицензии</translation>
        </message>
        <message>
            <source>{activity} on {days} day(s) ({period}) while {licence} was {cause}</source>
            <translation type="obsolete">{activity} в течение {days} дн. ({period}), когда {licence} — {cause}</translation>
        </message>
        <message>
            <source>{records} record(s); stop the activity or restore the licence</source>
            <translation type="obsolete">записей: {records}; прекратите деятельность или восстановите лицензию</translation>
        </message>
        <message>
            <source>Checked {count} transaction(s).</source>
            <translation type="obsolete">Проверено операций: {count}.</translation>
        </message>
        <message>
            <source>Travel Rule: {n} transfer(s) at or above the threshold lack data</source>
            <translation type="obsolete">Travel Rule: переводов не ниже порога без полных данных — {n}</translation>
        </message>
        <message>
            <source>  {rule:&lt;24} {hits:&gt;6} hit(s), {new:&gt;5} new alert(s)</source>
            <translation type="obsolete">  {rule:&lt;24} срабатываний: {hits:&gt;6}, новых оповещений: {new:&gt;5}</translation>
        </message>
        <message>
            <source>Complete or retire its {n} open action(s) before closing the finding.</source>
            <translation type="obsolete">Прежде чем закрыть замечание, выполните или выведите его открытые мероприятия ({n}).</translation>
        </message>
        <message>
            <source>; {count} warning(s): values kept in another form</source>
            <translation type="obsolete">; предупреждений: {count} — значения сохранены в другом виде</translation>
        </message>
        <message>
            <source>nothing was imported: {count} problem(s)</source>
            <translation type="obsolete">ничего не импортировано: проблем — {count}</translation>
        </message>
        <message>
            <source>{count} beneficial owner(s); recorded shares add up to {total}%.</source>
            <translation type="obsolete">Бенефициарных собственников: {count}; сумма записанных долей — {total}%.</translation>
        </message>
        <message>
            <source>{count} PEP record(s) in force.</source>
            <translation type="obsolete">Действующих записей о ПДЛ: {count}.</translation>
        </message>
        <message>
            <source>Made {made} by Kuzet {version} from {database}: {entries} audit trail entries, {files} vault file(s).</source>
            <translation type="obsolete">Создана {made} программой Kuzet {version} из {database}: записей в журнале аудита — {entries}, файлов хранилища — {files}.</translation>
        </message>
        <message>
            <source>{imported} price(s) imported; {duplicates} already recorded.</source>
            <translation type="obsolete">Импортировано цен: {imported}; уже были записаны: {duplicates}.</translation>
        </message>
        <message>
            <source>Monitoring done: {new} new alert(s), {reports} threshold report(s) opened.</source>
            <translation type="obsolete">Мониторинг завершён: новых оповещений — {new}, открыто пороговых сообщений — {reports}.</translation>
        </message>
        <message>
            <source>{count} deadline(s) written to {path}. Import the file into Outlook or Google Calendar; importing a newer export updates the same events.</source>
            <translation type="obsolete">Сроков записано в {path}: {count}. Импортируйте файл в Outlook или Google Календарь; импорт более нового экспорта обновляет те же события.</translation>
        </message>
        <message>
            <source>{count} customer(s) got a new risk assessment.</source>
            <translation type="obsolete">Клиентов с новой оценкой риска: {count}.</translation>
        </message>
        <message>
            <source>{count} value(s) were kept in another form (see the details): a 10-digit national identifier is not used as an IIN; an irregular birth date is kept as its year and as written.</source>
            <translation type="obsolete">Значений, сохранённых в другом виде: {count} (см. подробности): 10-значный национальный идентификатор не используется как ИИН; нестандартная дата рождения сохраняется как год и в исходном написании.</translation>
        </message>
        <message>
            <source>{count} warning(s) at import: {first}</source>
            <translation type="obsolete">Предупреждения при импорте ({count}): {first}</translation>
        </message>
        <message>
            <source> ({days} day(s) without a price)</source>
            <translation type="obsolete"> (дней без цены: {days})</translation>
        </message>
        <message>
            <source>Showing {count} transaction(s)</source>
            <translation type="obsolete">Показано операций: {count}</translation>
        </message>
        <message>
            <source>Imported from {file}: {count} transactions; {missing} transfer(s) lack Travel Rule data. Run monitoring to raise the alerts.</source>
            <translation type="obsolete">Импортировано из {file}: операций — {count}; переводов без данных Travel Rule — {missing}. Запустите мониторинг, чтобы создать оповещения.</translation>
        </message>
        <message>
            <source>Nothing was imported: {count} problem(s). Correct the file and import it again.</source>
            <translation type="obsolete">Ничего не импортировано: проблем — {count}. Исправьте файл и импортируйте его снова.</translation>
        </message>
        <message>
            <source>Nothing was imported from {file}: {count} problem(s). Correct the file and import it again.</source>
            <translation type="obsolete">Из {file} ничего не импортировано: проблем — {count}. Исправьте файл и импортируйте его снова.</translation>
        </message>
        <message>
            <source>Still to sell by the end</source>
            <translation type="obsolete">Ещё продать до конца</translation>
        </message>
        <message>
            <source>Kuzet customer number</source>
            <translation type="obsolete">Номер клиента в Kuzet</translation>
        </message>
        <message>
            <source>Suspicious transaction report — draft</source>
            <translation type="obsolete">Сообщение о подозрительной операции — проект</translation>
        </message>
        <message>
            <source>For the Financial Monitoring Agency of the Republic of Kazakhstan (FIU)</source>
            <translation type="obsolete">Для Агентства Республики Казахстан по финансовому мониторингу (АФМ)</translation>
        </message>
        <message>
            <source>Reporting entity</source>
            <translation type="obsolete">Субъект финансового мониторинга</translation>
        </message>
        <message>
            <source>The case</source>
            <translation type="obsolete">Дело</translation>
        </message>
        <message>
            <source>Grounds for suspicion</source>
            <translation type="obsolete">Основания для подозрения</translation>
        </message>
        <message>
            <source>Country of registration</source>
            <translation type="obsolete">Страна регистрации</translation>
        </message>
        <message>
            <source>No monitoring alert: opened by the officer.</source>
            <translation type="obsolete">Без оповещения мониторинга: открыто сотрудником.</translation>
        </message>
        <message>
            <source>(the officer has not written the facts yet)</source>
            <translation type="obsolete">(сотрудник ещё не описал факты)</translation>
        </message>
        <message>
            <source>STR #{id} — confidential: no tipping off</source>
            <translation type="obsolete">СПО №{id} — конфиденциально: не предупреждать клиента</translation>
        </message>
        <message>
            <source>not on file</source>
            <translation type="obsolete">нет в досье</translation>
        </message>
        <message>
            <source>Firm</source>
            <translation type="obsolete">Компания</translation>
        </message>
        <message>
            <source>STR number in Kuzet</source>
            <translation type="obsolete">Номер СПО в Kuzet</translation>
        </message>
        <message>
            <source>Suspicion detected</source>
            <translation type="obsolete">Подозрение выявлено</translation>
        </message>
        <message>
            <source>Transactions ({count})</source>
            <translation type="obsolete">Операции ({count})</translation>
        </message>
        <message>
            <source>Draft prepared with Kuzet on {date} by {actor}. File the report through the FIU's channel and record the FIU reference in Kuzet.</source>
            <translation type="obsolete">Проект подготовлен в Kuzet {date}, исполнитель: {actor}. Подайте сообщение через канал АФМ и запишите номер АФМ в Kuzet.</translation>
        </message>
        <message>
            <source>page {n}</source>
            <translation type="obsolete">стр. {n}</translation>
        </message>
        <message>
            <source>STR draft #{id}</source>
            <translation type="obsolete">Проект СПО №{id}</translation>
        </message>
        <message>
            <source>(firm name not set)</source>
            <translation type="obsolete">(наименование компании не задано)</translation>
        </message>
        <message>
            <source>Alert #{id}, {rule}, detected {date}: {reason}</source>
            <translation type="obsolete">Оповещение №{id}, {rule}, выявлено {date}: {reason}</translation>
        </message>
        <message>
            <source>{date} ({days} business day(s) after the decision; rule {rule}, mark {mark})</source>
            <translation type="obsolete">{date} (рабочих дней после решения: {days}; правило {rule}, отметка {mark})</translation>
        </message>
        <message>
            <source>Kazakh follows once the pack is translated.</source>
            <translation type="obsolete">Казахский язык появится, когда пакет будет переведён.</translation>
        </message>
        <message>
            <source>Threshold transaction</source>
            <translation type="obsolete">Пороговая операция</translation>
        </message>
        <message>
            <source>Structuring below the threshold</source>
            <translation type="obsolete">Дробление ниже порога</translation>
        </message>
        <message>
            <source>Retail deposits over the monthly cap without a knowledge test</source>
            <translation type="obsolete">Пополнения розничного клиента сверх месячного лимита без теста на знания</translation>
        </message>
        <message>
            <source>{count} {what}s from {first} to {last}, each between {floor} and the threshold of {threshold} (total {total}): at least {min_count} within {days} days, margin {margin}% (monitoring.structuring.*).</source>
            <translation type="obsolete">Операции «{what}»: {count} с {first} по {last}, каждая от {floor} до порога {threshold} (итого {total}). Условие: не менее {min_count} за {days} дн., допуск {margin}% (monitoring.structuring.*).</translation>
        </message>
        <message>
            <source>{what} of {value} on {date}: at or above the threshold of {threshold} (monitoring.threshold_kzt).</source>
            <translation type="obsolete">{what}: {value}, {date}; не ниже порога {threshold} (monitoring.threshold_kzt).</translation>
        </message>
        <message>
            <source>Deposits of {total} in {month} exceed the cap of {cap} a calendar month for retail residents of {country} (from {date}); {test} (monitoring.retail.cap_usd).</source>
            <translation type="obsolete">Пополнения за {month} на {total} превышают лимит {cap} в календарный месяц для розничных клиентов — резидентов {country} (с {date}); {test} (monitoring.retail.cap_usd).</translation>
        </message>
        <message>
            <source>Transfer of {value} ({asset}) on {date}, at or above the Travel Rule threshold of {threshold}: {missing} (AIFC AML 11-1).</source>
            <translation type="obsolete">Перевод {value} ({asset}) от {date}, не ниже порога Travel Rule {threshold}: {missing} (AIFC AML 11-1).</translation>
        </message>
        <message>
            <source>alert #{id} does not exist</source>
            <translation type="obsolete">оповещения №{id} не существует</translation>
        </message>
        <message>
            <source>The decision is approve, reject or exit.</source>
            <translation type="obsolete">Решение: одобрить, отказать или прекратить отношения.</translation>
        </message>
        <message>
            <source>Freeze now: stop every operation of the customer and hold its money and digital assets; do not let any transfer out.</source>
            <translation type="obsolete">Заморозьте немедленно: приостановите все операции клиента, удерживайте его деньги и цифровые активы; не допускайте никаких переводов.</translation>
        </message>
        <message>
            <source>Report to the FIU (the AFM): prepare the report on the FIU reports page and send it without delay.</source>
            <translation type="obsolete">Сообщите в АФМ: подготовьте сообщение на странице «Сообщения в АФМ» и направьте его незамедлительно.</translation>
        </message>
        <message>
            <source>yes: AIFC-licensed</source>
            <translation type="obsolete">да: лицензия МФЦА</translation>
        </message>
        <message>
            <source>Generic CSV list (ref,name,aliases,dob,kind): in-house, domestic PEPs</source>
            <translation type="obsolete">Произвольный список CSV (ref,name,aliases,dob,kind): внутренний, национальные ПДЛ</translation>
        </message>
        <message>
            <source>Chooses the fee band (rule mining.fee.bands). Empty: the highest band is assumed.</source>
            <translation type="obsolete">Определяет ставку платы (правило mining.fee.bands). Пусто — применяется самая высокая.</translation>
        </message>
        <message>
            <source>Power from the firm's own generation</source>
            <translation type="obsolete">Электроэнергия собственной генерации компании</translation>
        </message>
        <message>
            <source>Renewable power</source>
            <translation type="obsolete">Возобновляемая энергия</translation>
        </message>
        <message>
            <source>Sales count towards the mandatory sale only while this is Active.</source>
            <translation type="obsolete">Продажи засчитываются в обязательную продажу, только пока статус — «Действует».</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation type="obsolete">Срочность</translation>
        </message>
        <message>
            <source>Reminders — most urgent first. Double-click to open the record.</source>
            <translation type="obsolete">Напоминания — сначала самые срочные. Дважды щёлкните, чтобы открыть запись.</translation>
        </message>
        <message>
            <source>due soon</source>
            <translation type="obsolete">скоро срок</translation>
        </message>
        <message>
            <source>upcoming</source>
            <translation type="obsolete">предстоит</translation>
        </message>
        <message>
            <source>Cases escalated from alerts. Once decided suspicious, the STR is due within the rule pack's business days of the decision (monitoring.str.deadline_business_days, unconfirmed [U]); business days follow Kazakhstan's public holidays.</source>
            <translation type="obsolete">Дела, переданные из оповещений. После решения «подозрительно» СПО подаётся в течение рабочих дней, установленных пакетом правил (monitoring.str.deadline_business_days, не подтверждено [U]); рабочие дни учитывают праздники Казахстана.</translation>
        </message>
        <message>
            <source>Threshold transactions found by the monitoring rules: each is reported no later than the business day after the transaction (monitoring.ttr.deadline_business_days [V]).</source>
            <translation type="obsolete">Пороговые операции, выявленные правилами мониторинга: о каждой сообщается не позднее рабочего дня, следующего за операцией (monitoring.ttr.deadline_business_days [V]).</translation>
        </message>
        <message>
            <source>renewable</source>
            <translation type="obsolete">ВИЭ</translation>
        </message>
        <message>
            <source>SHORT</source>
            <translation type="obsolete">НЕДОБОР</translation>
        </message>
        <message>
            <source>running: projected SHORT</source>
            <translation type="obsolete">идёт: прогноз НЕДОБОР</translation>
        </message>
        <message>
            <source>The income-tax estimate is switched off (rule mining.income_tax.show_estimate).</source>
            <translation type="obsolete">Оценка подоходного налога выключена (правило mining.income_tax.show_estimate).</translation>
        </message>
        <message>
            <source>Sales, KZT</source>
            <translation type="obsolete">Продажи, KZT</translation>
        </message>
        <message>
            <source>Fee = kWh used (Mining output) × the rate of the quarter's average electricity price band (rule mining.fee.bands: {bands}); special rates, KZT/kWh: {special}; the highest where several apply. Due on day {day} of the month after the quarter.</source>
            <translation type="obsolete">Плата = израсходованные кВт·ч (Добыча) × ставка по диапазону средней цены электроэнергии за квартал (правило mining.fee.bands: {bands}); особые ставки, KZT/кВт·ч: {special}; если применимо несколько — наибольшая. Срок — {day}-е число месяца после квартала.</translation>
        </message>
        <message>
            <source>Income-tax estimate (optional, not a tax return): rate × the KZT value of the quarter's sales, before costs. Source: {source}</source>
            <translation type="obsolete">Оценка подоходного налога (необязательно, не налоговая декларация): ставка × сумма продаж квартала в KZT до вычета расходов. Источник: {source}</translation>
        </message>
        <message>
            <source>off</source>
            <translation type="obsolete">выкл.</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation type="obsolete">ПРОСРОЧЕНО</translation>
        </message>
        <message>
            <source>Deposits and withdrawals of your customers, imported from your systems and linked to the customer file. Transfers of USD 1,000 or more carry the originator's and beneficiary's data (Travel Rule, AIFC AML 11-1); missing data is shown in amber.</source>
            <translation type="obsolete">Пополнения и выводы средств ваших клиентов, импортированные из ваших систем и привязанные к досье клиента. Переводы от 1 000 USD содержат данные отправителя и получателя (Travel Rule, AIFC AML 11-1); недостающие данные выделены жёлтым.</translation>
        </message>
        <message>
            <source>No OS keyring is usable here: the vault key is derived from a passphrase you enter, and is never stored in plain text.</source>
            <translation type="obsolete">Хранилище ключей ОС здесь недоступно: ключ хранилища документов выводится из вводимой вами парольной фразы и никогда не хранится в открытом виде.</translation>
        </message>
        <message>
            <source>No keyring is usable ({error}).</source>
            <translation type="obsolete">Хранилище ключей недоступно ({error}).</translation>
        </message>
        <message>
            <source>Say why the customer file is retired.</source>
            <translation type="obsolete">Укажите, почему досье клиента выводится.</translation>
        </message>
        <message>
            <source>Customer #{id} is already retired.</source>
            <translation type="obsolete">Клиент №{id} уже выведен.</translation>
        </message>
        <message>
            <source>Say why the report is retired.</source>
            <translation type="obsolete">Укажите, почему сообщение выводится.</translation>
        </message>
        <message>
            <source>The report is already retired.</source>
            <translation type="obsolete">Сообщение уже выведено.</translation>
        </message>
        <message>
            <source>STR #{id} does not exist</source>
            <translation type="obsolete">СПО №{id} не существует</translation>
        </message>
        <message>
            <source>threshold report #{id} does not exist</source>
            <translation type="obsolete">порогового сообщения №{id} не существует</translation>
        </message>
        <message>
            <source>Say why the test record is retired.</source>
            <translation type="obsolete">Укажите, почему запись о тесте выводится.</translation>
        </message>
        <message>
            <source>knowledge test #{id} does not exist</source>
            <translation type="obsolete">теста на знания №{id} не существует</translation>
        </message>
        <message>
            <source>A retired licence cannot be edited.</source>
            <translation type="obsolete">Выведенную лицензию нельзя изменить.</translation>
        </message>
        <message>
            <source>Say why the licence is retired.</source>
            <translation type="obsolete">Укажите, почему лицензия выводится.</translation>
        </message>
        <message>
            <source>licence #{id} does not exist</source>
            <translation type="obsolete">лицензии №{id} не существует</translation>
        </message>
        <message>
            <source>Licence #{id} is already retired.</source>
            <translation type="obsolete">Лицензия №{id} уже выведена.</translation>
        </message>
        <message>
            <source>Retired output cannot be edited.</source>
            <translation type="obsolete">Выведенную запись о добыче нельзя изменить.</translation>
        </message>
        <message>
            <source>Say why the output record is retired.</source>
            <translation type="obsolete">Укажите, почему запись о добыче выводится.</translation>
        </message>
        <message>
            <source>output #{id} does not exist</source>
            <translation type="obsolete">записи о добыче №{id} не существует</translation>
        </message>
        <message>
            <source>Output #{id} is already retired.</source>
            <translation type="obsolete">Запись о добыче №{id} уже выведена.</translation>
        </message>
        <message>
            <source>A retired accreditation cannot be edited.</source>
            <translation type="obsolete">Выведенную аккредитацию нельзя изменить.</translation>
        </message>
        <message>
            <source>Say why the accreditation is retired.</source>
            <translation type="obsolete">Укажите, почему аккредитация выводится.</translation>
        </message>
        <message>
            <source>pool accreditation #{id} does not exist</source>
            <translation type="obsolete">аккредитации пула №{id} не существует</translation>
        </message>
        <message>
            <source>Accreditation #{id} is already retired.</source>
            <translation type="obsolete">Аккредитация №{id} уже выведена.</translation>
        </message>
        <message>
            <source>A retired sale cannot be edited.</source>
            <translation type="obsolete">Выведенную продажу нельзя изменить.</translation>
        </message>
        <message>
            <source>Say why the sale is retired.</source>
            <translation type="obsolete">Укажите, почему продажа выводится.</translation>
        </message>
        <message>
            <source>sale #{id} does not exist</source>
            <translation type="obsolete">продажи №{id} не существует</translation>
        </message>
        <message>
            <source>Sale #{id} is already retired.</source>
            <translation type="obsolete">Продажа №{id} уже выведена.</translation>
        </message>
        <message>
            <source>Say why the transaction is retired.</source>
            <translation type="obsolete">Укажите, почему операция выводится.</translation>
        </message>
        <message>
            <source>transaction #{id} does not exist</source>
            <translation type="obsolete">операции №{id} не существует</translation>
        </message>
        <message>
            <source>Transaction #{id} is already retired.</source>
            <translation type="obsolete">Операция №{id} уже выведена.</translation>
        </message>
        <message>
            <source>A retired provider cannot be edited.</source>
            <translation type="obsolete">Выведенного провайдера нельзя изменить.</translation>
        </message>
        <message>
            <source>Say why the provider is retired.</source>
            <translation type="obsolete">Укажите, почему провайдер выводится.</translation>
        </message>
        <message>
            <source>counterparty provider #{id} does not exist</source>
            <translation type="obsolete">провайдера-контрагента №{id} не существует</translation>
        </message>
        <message>
            <source>Provider #{id} is already retired.</source>
            <translation type="obsolete">Провайдер №{id} уже выведен.</translation>
        </message>
        <message>
            <source>A retired venue cannot be edited.</source>
            <translation type="obsolete">Выведенную площадку нельзя изменить.</translation>
        </message>
        <message>
            <source>Say why the venue is retired.</source>
            <translation type="obsolete">Укажите, почему площадка выводится.</translation>
        </message>
        <message>
            <source>venue #{id} does not exist</source>
            <translation type="obsolete">площадки №{id} не существует</translation>
        </message>
        <message>
            <source>Venue #{id} is already retired.</source>
            <translation type="obsolete">Площадка №{id} уже выведена.</translation>
        </message>
        <message>
            <source>{quarter}: {fee} KZT for {kwh} kWh</source>
            <translation type="obsolete">{quarter}: {fee} KZT за {kwh} кВт·ч</translation>
        </message>
        <message>
            <source>Automatic backups are made when you close Kuzet, at most once a day. Kept: the newest of each of the last {daily} days, {weekly} weeks and {monthly} months. A backup holds the database and the encrypted vault, never the vault key.</source>
            <translation type="obsolete">Автоматические копии создаются при закрытии Kuzet, не чаще раза в день. Хранятся: последняя копия за каждый из последних {daily} дней, {weekly} недель и {monthly} месяцев. Копия содержит базу данных и зашифрованное хранилище, но никогда — ключ хранилища.</translation>
        </message>
    </context>
</TS>
