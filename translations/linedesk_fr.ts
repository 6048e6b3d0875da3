<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Account %1, billed in %2</source>
        <translation>Compte %1, facturé en %2</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>There is no account %1 in this database</source>
        <translation>Cette base de données ne contient pas de compte %1</translation>
    </message>
    <message>
        <source>This database holds no account yet; create one with “init --demo”</source>
        <translation>Cette base de données ne contient encore aucun compte ; créez-en un avec « init --demo »</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>No database is open</source>
        <translation>Aucune base de données n’est ouverte</translation>
    </message>
    <message>
        <source>No account is open</source>
        <translation>Aucun compte n’est ouvert</translation>
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
        <translation>Il n’y a pas de base de données à « %1 » ; créez-la avec « linedesk-cli --db %1 init --demo »</translation>
    </message>
    <message>
        <source>Shows the options of this command.</source>
        <translation>Affiche les options de cette commande.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>info: unexpected argument “%1”</source>
        <translation>info : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>%1 (%2), id %3</source>
        <translation>%1 (%2), identifiant %3</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Règles de routage</translation>
    </message>
    <message>
        <source>Show the backend, schema version, account and row counts.</source>
        <translation>Affiche le moteur, la version du schéma, le compte et le nombre de lignes.</translation>
    </message>
    <message>
        <source>Adds a realistic demo account.</source>
        <translation>Ajoute un compte de démonstration réaliste.</translation>
    </message>
    <message>
        <source>Seed of the demo data (default 1).</source>
        <translation>Graine des données de démonstration (1 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>init: unexpected argument “%1”</source>
        <translation>init : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>init: --seed “%1” must be a positive whole number</source>
        <translation>init : --seed « %1 » doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>init: --seed goes with --demo</source>
        <translation>init : --seed s’utilise avec --demo</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Compte de démonstration</translation>
    </message>
    <message>
        <source>Create or upgrade the database; --demo adds a demo account.</source>
        <translation>Crée ou met à niveau la base de données ; --demo ajoute un compte de démonstration.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use en, fr or es</source>
        <translation>Langue inconnue « %1 » ; utilisez en, fr ou es</translation>
    </message>
    <message>
        <source>LineDesk command line: manage a virtual phone number account.</source>
        <translation>LineDesk en ligne de commande : gérez un compte de numéros de téléphone virtuels.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>The database: a SQLite file or postgresql://user@host:port/db (default: $LINEDESK_DB, then the GUI&apos;s database).</source>
        <translation>La base de données : un fichier SQLite ou postgresql://utilisateur@hôte:port/base (par défaut : $LINEDESK_DB, puis la base de l’interface graphique).</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>chemin-ou-url</translation>
    </message>
    <message>
        <source>The clock for everything time-dependent, as an ISO 8601 instant with its offset (2026-11-23T10:00:00-05:00).</source>
        <translation>L’horloge de tout ce qui dépend du temps, sous forme d’instant ISO 8601 avec son décalage (2026-11-23T10:00:00-05:00).</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>Output: table, csv or json.</source>
        <translation>Sortie : table, csv ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Language of messages: en, fr or es.</source>
        <translation>Langue des messages : en, fr ou es.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>The account to work on when the database holds several.</source>
        <translation>Le compte sur lequel travailler quand la base en contient plusieurs.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>The command to run, then its options.</source>
        <translation>La commande à exécuter, puis ses options.</translation>
    </message>
    <message>
        <source>Unknown output format “%1”; use table, csv or json</source>
        <translation>Format de sortie inconnu « %1 » ; utilisez table, csv ou json</translation>
    </message>
    <message>
        <source>--now “%1” is not an instant; write it like 2026-11-23T10:00:00-05:00</source>
        <translation>--now « %1 » n’est pas un instant ; écrivez-le comme 2026-11-23T10:00:00-05:00</translation>
    </message>
    <message>
        <source>--account “%1” is not an account id</source>
        <translation>--account « %1 » n’est pas un identifiant de compte</translation>
    </message>
    <message>
        <source>Unknown command “%1”; run linedesk-cli --help for the list</source>
        <translation>Commande inconnue « %1 » ; lancez linedesk-cli --help pour en voir la liste</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>bd.exemple.fr</translation>
    </message>
    <message>
        <source>Disable: never encrypt</source>
        <translation>Désactivé : ne jamais chiffrer</translation>
    </message>
    <message>
        <source>Allow: encrypt if the server insists</source>
        <translation>Autorisé : chiffrer si le serveur l’exige</translation>
    </message>
    <message>
        <source>Prefer: encrypt when possible (default)</source>
        <translation>Préféré : chiffrer si possible (par défaut)</translation>
    </message>
    <message>
        <source>Require: always encrypt</source>
        <translation>Requis : toujours chiffrer</translation>
    </message>
    <message>
        <source>Verify CA: encrypt, check the certificate authority</source>
        <translation>Vérifier l’AC : chiffrer et vérifier l’autorité de certification</translation>
    </message>
    <message>
        <source>Verify full: encrypt, check the certificate and host name</source>
        <translation>Vérification complète : chiffrer, vérifier le certificat et le nom d’hôte</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL :</translation>
    </message>
    <message>
        <source>The password is used for this session only; LineDesk never writes it to its settings.</source>
        <translation>Le mot de passe ne sert que pour cette session ; LineDesk ne l’enregistre jamais dans ses réglages.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Échec de la connexion.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>an empty database: LineDesk will create its tables</source>
        <translation>une base vide : LineDesk y créera ses tables</translation>
    </message>
    <message>
        <source>LineDesk schema version %1</source>
        <translation>schéma LineDesk version %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected&lt;/b&gt; to %1: %2.</source>
        <translation>&lt;b&gt;Connecté&lt;/b&gt; à %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database connection is closed</source>
        <translation>la connexion à la base de données est fermée</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation>Le pilote SQLite de Qt n’est pas installé (paquet libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file</source>
        <translation>« %1 » est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”</source>
        <translation>Impossible de créer le dossier « %1 »</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)</source>
        <translation>Le pilote PostgreSQL de Qt n’est pas installé (paquet libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>Impossible de se connecter au serveur %1 : %2</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database given</source>
        <translation>Aucune base de données indiquée</translation>
    </message>
    <message>
        <source>“%1” is neither a file nor a postgresql:// address</source>
        <translation>« %1 » n’est ni un fichier ni une adresse postgresql://</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address; write postgresql://user@host:port/database</source>
        <translation>« %1 » n’est pas une adresse PostgreSQL valide ; écrivez postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>The PostgreSQL address “%1” names no database</source>
        <translation>L’adresse PostgreSQL « %1 » ne nomme aucune base de données</translation>
    </message>
    <message>
        <source>Unknown SSL mode “%1”; use one of: %2</source>
        <translation>Mode SSL inconnu « %1 » ; utilisez l’un de ceux-ci : %2</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The demo recipe is missing from this build</source>
        <translation>La recette de démonstration manque dans cette version</translation>
    </message>
    <message>
        <source>This database already holds the demo account %1 (seed %2); choose another seed</source>
        <translation>Cette base contient déjà le compte de démonstration %1 (graine %2) ; choisissez une autre graine</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Heures de bureau</translation>
    </message>
    <message>
        <source>Saturday morning</source>
        <translation>Samedi matin</translation>
    </message>
    <message>
        <source>Evening overflow</source>
        <translation>Débordement du soir</translation>
    </message>
    <message>
        <source>Robocaller</source>
        <translation>Appels automatisés</translation>
    </message>
    <message>
        <source>Premium-rate numbers</source>
        <translation>Numéros surtaxés</translation>
    </message>
    <message>
        <source>Hidden caller ID</source>
        <translation>Numéro masqué</translation>
    </message>
    <message>
        <source>Deposit by card</source>
        <translation>Dépôt par carte</translation>
    </message>
    <message>
        <source>Automatic billing</source>
        <translation>Facturation automatique</translation>
    </message>
    <message>
        <source>Subscription, %1</source>
        <translation>Abonnement, %1</translation>
    </message>
    <message>
        <source>Monthly fee %1</source>
        <translation>Frais mensuels %1</translation>
    </message>
    <message>
        <source>911 service %1</source>
        <translation>Service 911 %1</translation>
    </message>
    <message>
        <source>Fax to e-mail %1</source>
        <translation>Fax vers e-mail %1</translation>
    </message>
    <message>
        <source>Incoming calls %1</source>
        <translation>Appels entrants %1</translation>
    </message>
    <message>
        <source>Outgoing calls %1</source>
        <translation>Appels sortants %1</translation>
    </message>
    <message>
        <source>CNAM lookups %1</source>
        <translation>Recherches CNAM %1</translation>
    </message>
    <message>
        <source>Card declined by the issuing bank</source>
        <translation>Carte refusée par la banque émettrice</translation>
    </message>
    <message>
        <source>Deposit by PayPal</source>
        <translation>Dépôt par PayPal</translation>
    </message>
    <message>
        <source>Bank wire</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Repeated robocalls</source>
        <translation>Appels automatisés répétés</translation>
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
        <translation type="unfinished">Abonnement</translation>
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
        <translation>Mes numéros de téléphone</translation>
    </message>
    <message>
        <source>Advanced Routing</source>
        <translation>Routage avancé</translation>
    </message>
    <message>
        <source>Custom Reports</source>
        <translation>Rapports personnalisés</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Switch Account</source>
        <translation>Changer de compte</translation>
    </message>
    <message>
        <source>Your numbers, their options, activity, caller filters, plans and porting.</source>
        <translation>Vos numéros, leurs options, l’activité, les filtres d’appelants, les forfaits et la portabilité.</translation>
    </message>
    <message>
        <source>Business-hours rules, the week coverage grid, the simulator and the linter.</source>
        <translation>Règles d’heures d’ouverture, grille de couverture de la semaine, simulateur et vérificateur.</translation>
    </message>
    <message>
        <source>Call reports over up to six months, missed-call charts and exports.</source>
        <translation>Rapports d’appels sur six mois au plus, graphiques des appels manqués et exports.</translation>
    </message>
    <message>
        <source>Balance, upcoming charges, funds, automatic billing, history and the forecast.</source>
        <translation>Solde, frais à venir, approvisionnement, facturation automatique, historique et prévision.</translation>
    </message>
    <message>
        <source>Your package, options, smart numbers, extensions and basket.</source>
        <translation>Votre forfait, les options, les numéros intelligents, les postes et le panier.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open a LineDesk database file</source>
        <translation>Ouvre un fichier de base de données LineDesk</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Work on a team&apos;s shared PostgreSQL server</source>
        <translation>Travailler sur le serveur PostgreSQL partagé de l’équipe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About LineDesk</source>
        <translation>À &amp;propos de LineDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Aucune base de données</translation>
    </message>
    <message>
        <source>%1 — LineDesk</source>
        <translation>%1 — LineDesk</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL : %1</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite : %1</translation>
    </message>
    <message>
        <source>No account in this database</source>
        <translation>Aucun compte dans cette base de données</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Solde : %1</translation>
    </message>
    <message>
        <source>Balance unavailable: %1</source>
        <translation>Solde indisponible : %1</translation>
    </message>
    <message>
        <source>Creating the demo account…</source>
        <translation>Création du compte de démonstration…</translation>
    </message>
    <message>
        <source>LineDesk</source>
        <translation>LineDesk</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>LineDesk could not open %1.

%2</source>
        <translation>LineDesk n’a pas pu ouvrir %1.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>LineDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données LineDesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>aucune base de données</translation>
    </message>
    <message>
        <source>About LineDesk</source>
        <translation>À propos de LineDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LineDesk %1&lt;/h3&gt;&lt;p&gt;A desktop control panel for your virtual phone numbers: numbers, routing, reports, finances and subscription.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LineDesk %1&lt;/h3&gt;&lt;p&gt;Un panneau de contrôle de bureau pour vos numéros de téléphone virtuels : numéros, routage, rapports, finances et abonnement.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;br&gt;Qt %3&lt;/p&gt;&lt;p&gt;Distribué sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>“%1” is not a LineDesk database, or it is damaged (%2)</source>
        <translation>« %1 » n’est pas une base de données LineDesk, ou elle est endommagée (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a LineDesk database: it holds other tables and no LineDesk schema</source>
        <translation>« %1 » n’est pas une base de données LineDesk : elle contient d’autres tables et aucun schéma LineDesk</translation>
    </message>
    <message>
        <source>“%1” is not a LineDesk database: its meta table has no LineDesk schema version</source>
        <translation>« %1 » n’est pas une base de données LineDesk : sa table meta n’indique aucune version de schéma LineDesk</translation>
    </message>
    <message>
        <source>“%1” was written by a newer LineDesk (schema version %2; this LineDesk knows up to %3). Update LineDesk to open it; the database was left unchanged.</source>
        <translation>« %1 » a été écrite par une version plus récente de LineDesk (schéma version %2 ; cette version connaît jusqu’à la %3). Mettez LineDesk à jour pour l’ouvrir ; la base n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Could not start the schema upgrade: %1</source>
        <translation>Impossible de démarrer la mise à niveau du schéma : %1</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed; nothing was changed: %2</source>
        <translation>La mise à niveau du schéma vers la version %1 a échoué ; rien n’a été modifié : %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not an amount; write it like 12.95</source>
        <translation>« %1 » n’est pas un montant ; écrivez-le comme 12.95</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s), the smallest unit of %2</source>
        <translation>
            <numerusform>« %1 » a plus de %n décimale, la plus petite unité de %2</numerusform>
            <numerusform>« %1 » a plus de %n décimales, la plus petite unité de %2</numerusform>
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
        <translation>Le numéro de téléphone est vide</translation>
    </message>
    <message>
        <source>“%1” has no country code: write it in international form, like +15145550123</source>
        <translation>« %1 » n’a pas d’indicatif de pays : écrivez-le au format international, comme +15145550123</translation>
    </message>
    <message>
        <source>“%1” does not start with a known country code</source>
        <translation>« %1 » ne commence pas par un indicatif de pays connu</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>« %1 » n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>“%1” is too short to be a phone number</source>
        <translation>« %1 » est trop court pour être un numéro de téléphone</translation>
    </message>
    <message>
        <source>“%1” is too long to be a phone number</source>
        <translation>« %1 » est trop long pour être un numéro de téléphone</translation>
    </message>
    <message>
        <source>“%1” is too short for its country</source>
        <translation>« %1 » est trop court pour son pays</translation>
    </message>
    <message>
        <source>“%1” is too long for its country</source>
        <translation>« %1 » est trop long pour son pays</translation>
    </message>
    <message>
        <source>“%1” has the wrong number of digits for its country</source>
        <translation>« %1 » n’a pas le bon nombre de chiffres pour son pays</translation>
    </message>
    <message>
        <source>“%1” is not a number in use in its country (no such area code or range)</source>
        <translation>« %1 » n’est pas un numéro attribué dans son pays (indicatif régional ou tranche inexistants)</translation>
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
        <translation type="unfinished">%1 : %2 {1,?}</translation>
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
        <translation>Aucune transaction n’est ouverte : %1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Impossible d’enregistrer les modifications : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LineDesk: control panel for virtual phone numbers.</source>
        <translation>LineDesk : panneau de contrôle de numéros de téléphone virtuels.</translation>
    </message>
    <message>
        <source>Open this SQLite file instead of the last database.</source>
        <translation>Ouvre ce fichier SQLite au lieu de la dernière base de données.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once it is shown, then quit.</source>
        <translation>Enregistre une image de la fenêtre dans ce fichier PNG une fois affichée, puis quitte.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Show this tab first (0–4).</source>
        <translation>Affiche d’abord cet onglet (0 à 4).</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indice</translation>
    </message>
</context>
</TS>
