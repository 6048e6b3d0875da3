<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Account %1, billed in %2</source>
        <translation>Cuenta %1, facturada en %2</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>There is no account %1 in this database</source>
        <translation>Esta base de datos no contiene la cuenta %1</translation>
    </message>
    <message>
        <source>This database holds no account yet; create one with “init --demo”</source>
        <translation>Esta base de datos aún no contiene ninguna cuenta; cree una con «init --demo»</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>No database is open</source>
        <translation>No hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>No account is open</source>
        <translation>No hay ninguna cuenta abierta</translation>
    </message>
</context>
<context>
    <name>CallerFilter</name>
    <message>
        <source>“%1” is not a caller pattern: use a number in international form (+15145550123), a prefix ending in * (+1514*) or “anonymous”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallerFilterEntry</name>
    <message>
        <source>Exact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller filter entry is empty: write a number, a prefix like +1514* or “anonymous”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid prefix: write + and the first digits, then *, like +1514*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no database at “%1”; create it with “linedesk-cli --db %1 init --demo”</source>
        <translation>No hay ninguna base de datos en «%1»; créela con «linedesk-cli --db %1 init --demo»</translation>
    </message>
    <message>
        <source>Shows the options of this command.</source>
        <translation>Muestra las opciones de este comando.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>info: unexpected argument “%1”</source>
        <translation>info: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>%1 (%2), id %3</source>
        <translation>%1 (%2), id. %3</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Reglas de enrutamiento</translation>
    </message>
    <message>
        <source>Show the backend, schema version, account and row counts.</source>
        <translation>Muestra el motor, la versión del esquema, la cuenta y el número de filas.</translation>
    </message>
    <message>
        <source>Adds a realistic demo account.</source>
        <translation>Añade una cuenta de demostración realista.</translation>
    </message>
    <message>
        <source>Seed of the demo data (default 1).</source>
        <translation>Semilla de los datos de demostración (1 por defecto).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>init: unexpected argument “%1”</source>
        <translation>init: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>init: --seed “%1” must be a positive whole number</source>
        <translation>init: --seed «%1» debe ser un número entero positivo</translation>
    </message>
    <message>
        <source>init: --seed goes with --demo</source>
        <translation>init: --seed se usa junto con --demo</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Cuenta de demostración</translation>
    </message>
    <message>
        <source>Create or upgrade the database; --demo adds a demo account.</source>
        <translation>Crea o actualiza la base de datos; --demo añade una cuenta de demostración.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use en, fr or es</source>
        <translation>Idioma desconocido «%1»; use en, fr o es</translation>
    </message>
    <message>
        <source>LineDesk command line: manage a virtual phone number account.</source>
        <translation>LineDesk en línea de comandos: gestione una cuenta de números de teléfono virtuales.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>The database: a SQLite file or postgresql://user@host:port/db (default: $LINEDESK_DB, then the GUI&apos;s database).</source>
        <translation>La base de datos: un archivo SQLite o postgresql://usuario@host:puerto/base (por defecto: $LINEDESK_DB y, si no, la base de la interfaz gráfica).</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>ruta-o-url</translation>
    </message>
    <message>
        <source>The clock for everything time-dependent, as an ISO 8601 instant with its offset (2026-11-23T10:00:00-05:00).</source>
        <translation>El reloj para todo lo que depende del tiempo, como instante ISO 8601 con su desfase (2026-11-23T10:00:00-05:00).</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instante</translation>
    </message>
    <message>
        <source>Output: table, csv or json.</source>
        <translation>Salida: table, csv o json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Language of messages: en, fr or es.</source>
        <translation>Idioma de los mensajes: en, fr o es.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>The account to work on when the database holds several.</source>
        <translation>La cuenta con la que trabajar cuando la base contiene varias.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>The command to run, then its options.</source>
        <translation>El comando que se ejecutará y, a continuación, sus opciones.</translation>
    </message>
    <message>
        <source>Unknown output format “%1”; use table, csv or json</source>
        <translation>Formato de salida desconocido «%1»; use table, csv o json</translation>
    </message>
    <message>
        <source>--now “%1” is not an instant; write it like 2026-11-23T10:00:00-05:00</source>
        <translation>--now «%1» no es un instante; escríbalo como 2026-11-23T10:00:00-05:00</translation>
    </message>
    <message>
        <source>--account “%1” is not an account id</source>
        <translation>--account «%1» no es un identificador de cuenta</translation>
    </message>
    <message>
        <source>Unknown command “%1”; run linedesk-cli --help for the list</source>
        <translation>Comando desconocido «%1»; ejecute linedesk-cli --help para ver la lista</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Conectar al servidor</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>bd.ejemplo.es</translation>
    </message>
    <message>
        <source>Disable: never encrypt</source>
        <translation>Desactivado: no cifrar nunca</translation>
    </message>
    <message>
        <source>Allow: encrypt if the server insists</source>
        <translation>Permitir: cifrar si el servidor lo exige</translation>
    </message>
    <message>
        <source>Prefer: encrypt when possible (default)</source>
        <translation>Preferir: cifrar cuando sea posible (por defecto)</translation>
    </message>
    <message>
        <source>Require: always encrypt</source>
        <translation>Requerir: cifrar siempre</translation>
    </message>
    <message>
        <source>Verify CA: encrypt, check the certificate authority</source>
        <translation>Verificar CA: cifrar y comprobar la autoridad de certificación</translation>
    </message>
    <message>
        <source>Verify full: encrypt, check the certificate and host name</source>
        <translation>Verificación completa: cifrar y comprobar el certificado y el nombre del host</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Modo &amp;SSL:</translation>
    </message>
    <message>
        <source>The password is used for this session only; LineDesk never writes it to its settings.</source>
        <translation>La contraseña solo se usa en esta sesión; LineDesk nunca la guarda en su configuración.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se pudo conectar.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>an empty database: LineDesk will create its tables</source>
        <translation>una base vacía: LineDesk creará sus tablas</translation>
    </message>
    <message>
        <source>LineDesk schema version %1</source>
        <translation>esquema de LineDesk versión %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected&lt;/b&gt; to %1: %2.</source>
        <translation>&lt;b&gt;Conectado&lt;/b&gt; a %1: %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database connection is closed</source>
        <translation>la conexión con la base de datos está cerrada</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file</source>
        <translation>«%1» es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”</source>
        <translation>No se puede crear la carpeta «%1»</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)</source>
        <translation>El controlador PostgreSQL de Qt no está instalado (paquete libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>No se puede conectar al servidor %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database given</source>
        <translation>No se ha indicado ninguna base de datos</translation>
    </message>
    <message>
        <source>“%1” is neither a file nor a postgresql:// address</source>
        <translation>«%1» no es ni un archivo ni una dirección postgresql://</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address; write postgresql://user@host:port/database</source>
        <translation>«%1» no es una dirección PostgreSQL válida; escriba postgresql://usuario@host:puerto/base</translation>
    </message>
    <message>
        <source>The PostgreSQL address “%1” names no database</source>
        <translation>La dirección PostgreSQL «%1» no indica ninguna base de datos</translation>
    </message>
    <message>
        <source>Unknown SSL mode “%1”; use one of: %2</source>
        <translation>Modo SSL desconocido «%1»; use uno de estos: %2</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The demo recipe is missing from this build</source>
        <translation>Falta la receta de demostración en esta compilación</translation>
    </message>
    <message>
        <source>This database already holds the demo account %1 (seed %2); choose another seed</source>
        <translation>Esta base ya contiene la cuenta de demostración %1 (semilla %2); elija otra semilla</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Horario de oficina</translation>
    </message>
    <message>
        <source>Saturday morning</source>
        <translation>Sábado por la mañana</translation>
    </message>
    <message>
        <source>Evening overflow</source>
        <translation>Desborde de la tarde</translation>
    </message>
    <message>
        <source>Robocaller</source>
        <translation>Llamadas automáticas</translation>
    </message>
    <message>
        <source>Premium-rate numbers</source>
        <translation>Números de tarificación adicional</translation>
    </message>
    <message>
        <source>Hidden caller ID</source>
        <translation>Número oculto</translation>
    </message>
    <message>
        <source>Deposit by card</source>
        <translation>Depósito con tarjeta</translation>
    </message>
    <message>
        <source>Automatic billing</source>
        <translation>Facturación automática</translation>
    </message>
    <message>
        <source>Subscription, %1</source>
        <translation>Suscripción, %1</translation>
    </message>
    <message>
        <source>Monthly fee %1</source>
        <translation>Cuota mensual %1</translation>
    </message>
    <message>
        <source>911 service %1</source>
        <translation>Servicio 911 %1</translation>
    </message>
    <message>
        <source>Fax to e-mail %1</source>
        <translation>Fax a correo %1</translation>
    </message>
    <message>
        <source>Incoming calls %1</source>
        <translation>Llamadas entrantes %1</translation>
    </message>
    <message>
        <source>Outgoing calls %1</source>
        <translation>Llamadas salientes %1</translation>
    </message>
    <message>
        <source>CNAM lookups %1</source>
        <translation>Consultas CNAM %1</translation>
    </message>
    <message>
        <source>Card declined by the issuing bank</source>
        <translation>Tarjeta rechazada por el banco emisor</translation>
    </message>
    <message>
        <source>Deposit by PayPal</source>
        <translation>Depósito con PayPal</translation>
    </message>
    <message>
        <source>Bank wire</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Repeated robocalls</source>
        <translation>Llamadas automáticas repetidas</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAM lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished">Suscripción</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view it; money cannot be posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deposit must be a positive amount, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge (%1) must not be a positive amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown payment method “%1”; use card, paypal, wire, auto or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request id “%1” was already used for a different transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in this account only lets you view it; a deposit cannot be marked received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 is not a pending deposit of this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My Phone Numbers</source>
        <translation>Mis números de teléfono</translation>
    </message>
    <message>
        <source>Advanced Routing</source>
        <translation>Enrutamiento avanzado</translation>
    </message>
    <message>
        <source>Custom Reports</source>
        <translation>Informes personalizados</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Switch Account</source>
        <translation>Cambiar de cuenta</translation>
    </message>
    <message>
        <source>Your numbers, their options, activity, caller filters, plans and porting.</source>
        <translation>Sus números, sus opciones, la actividad, los filtros de llamantes, los planes y la portabilidad.</translation>
    </message>
    <message>
        <source>Business-hours rules, the week coverage grid, the simulator and the linter.</source>
        <translation>Reglas de horario comercial, la cuadrícula de cobertura semanal, el simulador y el verificador.</translation>
    </message>
    <message>
        <source>Call reports over up to six months, missed-call charts and exports.</source>
        <translation>Informes de llamadas de hasta seis meses, gráficos de llamadas perdidas y exportaciones.</translation>
    </message>
    <message>
        <source>Balance, upcoming charges, funds, automatic billing, history and the forecast.</source>
        <translation>Saldo, cargos próximos, fondos, facturación automática, historial y previsión.</translation>
    </message>
    <message>
        <source>Your package, options, smart numbers, extensions and basket.</source>
        <translation>Su paquete, las opciones, los números inteligentes, las extensiones y la cesta.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open a LineDesk database file</source>
        <translation>Abre un archivo de base de datos de LineDesk</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar a un servidor…</translation>
    </message>
    <message>
        <source>Work on a team&apos;s shared PostgreSQL server</source>
        <translation>Trabajar en el servidor PostgreSQL compartido del equipo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About LineDesk</source>
        <translation>&amp;Acerca de LineDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <source>%1 — LineDesk</source>
        <translation>%1 — LineDesk</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL: %1</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>No account in this database</source>
        <translation>No hay ninguna cuenta en esta base de datos</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Balance unavailable: %1</source>
        <translation>Saldo no disponible: %1</translation>
    </message>
    <message>
        <source>Creating the demo account…</source>
        <translation>Creando la cuenta de demostración…</translation>
    </message>
    <message>
        <source>LineDesk</source>
        <translation>LineDesk</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>LineDesk could not open %1.

%2</source>
        <translation>LineDesk no ha podido abrir %1.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>LineDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de LineDesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>ninguna base de datos</translation>
    </message>
    <message>
        <source>About LineDesk</source>
        <translation>Acerca de LineDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LineDesk %1&lt;/h3&gt;&lt;p&gt;A desktop control panel for your virtual phone numbers: numbers, routing, reports, finances and subscription.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LineDesk %1&lt;/h3&gt;&lt;p&gt;Un panel de control de escritorio para sus números de teléfono virtuales: números, enrutamiento, informes, finanzas y suscripción.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;br&gt;Qt %3&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>“%1” is not a LineDesk database, or it is damaged (%2)</source>
        <translation>«%1» no es una base de datos de LineDesk, o está dañada (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a LineDesk database: it holds other tables and no LineDesk schema</source>
        <translation>«%1» no es una base de datos de LineDesk: contiene otras tablas y ningún esquema de LineDesk</translation>
    </message>
    <message>
        <source>“%1” is not a LineDesk database: its meta table has no LineDesk schema version</source>
        <translation>«%1» no es una base de datos de LineDesk: su tabla meta no indica ninguna versión de esquema de LineDesk</translation>
    </message>
    <message>
        <source>“%1” was written by a newer LineDesk (schema version %2; this LineDesk knows up to %3). Update LineDesk to open it; the database was left unchanged.</source>
        <translation>«%1» se escribió con una versión más reciente de LineDesk (esquema versión %2; esta versión conoce hasta la %3). Actualice LineDesk para abrirla; la base no se ha modificado.</translation>
    </message>
    <message>
        <source>Could not start the schema upgrade: %1</source>
        <translation>No se pudo iniciar la actualización del esquema: %1</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed; nothing was changed: %2</source>
        <translation>La actualización del esquema a la versión %1 ha fallado; no se ha cambiado nada: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not an amount; write it like 12.95</source>
        <translation>«%1» no es un importe; escríbalo como 12.95</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s), the smallest unit of %2</source>
        <translation>
            <numerusform>«%1» tiene más de %n decimal, la unidad más pequeña de %2</numerusform>
            <numerusform>«%1» tiene más de %n decimales, la unidad más pequeña de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberRepository</name>
    <message>
        <source>Your role (employee) lets you view the numbers of this account, not change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number was changed by someone else in the meantime; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is no longer in the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number type: use local, toll-free or international</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a toll-free number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a toll-free number: its type must be toll-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a billing plan: use flat or per-minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known time zone: use an IANA name like America/New_York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next billing date (%1) must come after the order date (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a number of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: at most 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911 needs the full emergency address: the %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency address country must be a two-letter code like US or CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a caller filter mode: use off, block or allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IVR digit must be one key: 0–9, * or #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IVR no-input action: use voicemail, reject or forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IVR gate needs a greeting, like “Thank you for calling, press 1 to speak with someone”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (employee) lets you view the plan, not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the %2 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the number should be swapped (for example: repeated robocalls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be ported: porting is offered for US and Canadian numbers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the carrier the number comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submission date cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A porting request for %1 is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a porting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This porting request was changed by someone else; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This porting request is no longer in the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is empty</source>
        <translation>El número de teléfono está vacío</translation>
    </message>
    <message>
        <source>“%1” has no country code: write it in international form, like +15145550123</source>
        <translation>«%1» no tiene prefijo de país: escríbalo en formato internacional, como +15145550123</translation>
    </message>
    <message>
        <source>“%1” does not start with a known country code</source>
        <translation>«%1» no empieza por un prefijo de país conocido</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>«%1» no es un número de teléfono</translation>
    </message>
    <message>
        <source>“%1” is too short to be a phone number</source>
        <translation>«%1» es demasiado corto para ser un número de teléfono</translation>
    </message>
    <message>
        <source>“%1” is too long to be a phone number</source>
        <translation>«%1» es demasiado largo para ser un número de teléfono</translation>
    </message>
    <message>
        <source>“%1” is too short for its country</source>
        <translation>«%1» es demasiado corto para su país</translation>
    </message>
    <message>
        <source>“%1” is too long for its country</source>
        <translation>«%1» es demasiado largo para su país</translation>
    </message>
    <message>
        <source>“%1” has the wrong number of digits for its country</source>
        <translation>«%1» no tiene el número de cifras correcto para su país</translation>
    </message>
    <message>
        <source>“%1” is not a number in use in its country (no such area code or range)</source>
        <translation>«%1» no es un número asignado en su país (no existe ese prefijo o rango)</translation>
    </message>
</context>
<context>
    <name>PlanSwitchPolicy</name>
    <message>
        <source>Toll-free numbers cannot switch between per-minute and flat billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International numbers cannot switch between per-minute and flat billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan already changed on %1; it can change once per calendar month, next on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Proration</name>
    <message>
        <source>The monthly price cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice day must be 1 to 28, or 0 for the last day of the month (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The from-date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The to-date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The to-date %1 is before the from-date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports reach at most 6 months back: the earliest from-date is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingRule</name>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1: %2 {1,?}</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no day, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>No transaction is open: %1</source>
        <translation>No hay ninguna transacción abierta: %1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>No se pudieron guardar los cambios: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LineDesk: control panel for virtual phone numbers.</source>
        <translation>LineDesk: panel de control de números de teléfono virtuales.</translation>
    </message>
    <message>
        <source>Open this SQLite file instead of the last database.</source>
        <translation>Abre este archivo SQLite en lugar de la última base de datos.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once it is shown, then quit.</source>
        <translation>Guarda una imagen de la ventana en este archivo PNG una vez mostrada y sale.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Show this tab first (0–4).</source>
        <translation>Muestra primero esta pestaña (0–4).</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
</context>
</TS>
