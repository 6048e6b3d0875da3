#include "clirunner.h"
#include "db/migrations.h"
#include "db/sql.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kNow = QStringLiteral("--now=2026-11-23T10:00:00-05:00");

QJsonObject json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

// linedesk-cli's global options, init and info, and the exit codes of the contract.
class TestCliFoundation final : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp()
    {
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("linedesk-cli " LINEDESK_VERSION));
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--db"));
        QVERIFY(help.out.contains("init"));
        QVERIFY(help.out.contains("info"));
        const CliRun commandHelp = runCli({QStringLiteral("init"), QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains("--seed"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList{} << QByteArray("Usage");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("Unknown command");
        QTest::newRow("unknown global option") << QStringList{QStringLiteral("--colour"), QStringLiteral("info")} << QByteArray("colour");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format=xml"), QStringLiteral("info")} << QByteArray("xml");
        QTest::newRow("bad now") << QStringList{QStringLiteral("--now=yesterday"), QStringLiteral("info")} << QByteArray("yesterday");
        QTest::newRow("now without zone") << QStringList{QStringLiteral("--now=2026-11-23T10:00:00"), QStringLiteral("info")} << QByteArray("--now");
        QTest::newRow("bad lang") << QStringList{QStringLiteral("--lang=de"), QStringLiteral("info")} << QByteArray("de");
        QTest::newRow("bad account") << QStringList{QStringLiteral("--account=abc"), QStringLiteral("info")} << QByteArray("abc");
        QTest::newRow("unknown init option") << QStringList{QStringLiteral("init"), QStringLiteral("--demoo")} << QByteArray("demoo");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--seed=-3")} << QByteArray("--seed");
        QTest::newRow("bad db url") << QStringList{QStringLiteral("--db=postgresql://host/"), QStringLiteral("info")} << QByteArray("database");
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        TestDatabase test;
        const QString db = test.tempPath(QStringLiteral("never.sqlite"));
        QStringList args = arguments;
        if (!args.join(QLatin1Char(' ')).contains(QLatin1String("--db")))
            args.prepend(QStringLiteral("--db=") + db);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message) || run.out.contains(message), run.err.constData());
        QVERIFY2(!QFile::exists(db), "nothing may be written on a usage error");
    }

    void infoOnMissingFileExitsTwoAndCreatesNothing()
    {
        TestDatabase test;
        const QString db = test.tempPath(QStringLiteral("missing.sqlite"));
        const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("info")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("init"));
        QVERIFY(!QFile::exists(db));
    }

    void initDemoThenInfo_data() { TestDatabase::addBackendRows(); }
    void initDemoThenInfo()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        test.create(backend);
        const QString db = test.cliArgument();
        const CliRun init = runCli({QStringLiteral("--db"), db, kNow, QStringLiteral("--format=json"), QStringLiteral("init"),
                                    QStringLiteral("--demo")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const QJsonObject created = json(init);
        QCOMPARE(created.value(QStringLiteral("schema_version")).toInt(), Migrations::latestVersion());
        QCOMPARE(created.value(QStringLiteral("demo_account")).toObject().value(QStringLiteral("numbers")).toInt(), 12);
        QVERIFY(created.value(QStringLiteral("demo_account")).toObject().value(QStringLiteral("calls")).toInt() > 40000);

        const CliRun info = runCli({QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("info")});
        QVERIFY2(info.exitCode == 0, info.err.constData());
        const QJsonObject data = json(info);
        QCOMPARE(data.value(QStringLiteral("backend")).toString(), backend);
        QCOMPARE(data.value(QStringLiteral("schema_version")).toInt(), Migrations::latestVersion());
        QCOMPARE(data.value(QStringLiteral("account")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Northwind Relocation Services"));
        QCOMPARE(data.value(QStringLiteral("counts")).toObject().value(QStringLiteral("numbers")).toInt(), 12);
        QCOMPARE(data.value(QStringLiteral("counts")).toObject().value(QStringLiteral("calls")).toInt(),
                 created.value(QStringLiteral("demo_account")).toObject().value(QStringLiteral("calls")).toInt());
        // Money in JSON is a decimal string with the currency's digits.
        QVERIFY(QRegularExpression(QStringLiteral("^-?\\d+\\.\\d\\d$")).match(data.value(QStringLiteral("balance")).toString()).hasMatch());

        // Global options after the command work too; the table is for people, CSV flattens.
        const CliRun csv = runCli({QStringLiteral("--db"), db, QStringLiteral("info"), QStringLiteral("--format=csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("backend,") || csv.out.contains("counts.calls"));
        const CliRun table = runCli({QStringLiteral("--db"), db, QStringLiteral("info")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Northwind Relocation Services"));
        QVERIFY(table.out.contains("Balance:"));

        // The same seed twice is refused (exit 1: not the caller's typing), and nothing changes.
        const CliRun again = runCli({QStringLiteral("--db"), db, kNow, QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("seed"));
        const CliRun after = runCli({QStringLiteral("--db"), db, QStringLiteral("--format=json"), QStringLiteral("info")});
        QCOMPARE(json(after).value(QStringLiteral("accounts")).toInt(), 1);

        // --account picks among several; an unknown id is refused.
        QCOMPARE(runCli({QStringLiteral("--db"), db, kNow, QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--seed=2")}).exitCode, 0);
        const CliRun second = runCli({QStringLiteral("--db"), db, QStringLiteral("--account=2"), QStringLiteral("--format=json"), QStringLiteral("info")});
        QCOMPARE(json(second).value(QStringLiteral("account")).toObject().value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("--account=99"), QStringLiteral("info")}).exitCode, 1);
    }

    void newerSchemaIsRefused()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        QVERIFY(Sql::exec(test.connection(), QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")).ok());
        test.database().close();
        const CliRun run = runCli({QStringLiteral("--db"), test.location().path(), QStringLiteral("info")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("newer LineDesk"));
        QVERIFY(run.err.contains("999"));
    }

    void garbageFileIsRefused()
    {
        TestDatabase test;
        const QString path = test.tempPath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("meeting notes\n");
        file.close();
        const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("info")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("not a LineDesk database"));
    }

    void unreachableServerSaysWhich()
    {
        // Nothing listens on port 1 of loopback: the message names the server.
        const CliRun run = runCli({QStringLiteral("--db=postgresql://nobody@127.0.0.1:1/linedesk"), QStringLiteral("info")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("127.0.0.1:1"), run.err.constData());
    }

    void messagesInFrenchAndSpanish()
    {
        const CliRun fr = runCli({QStringLiteral("--lang=fr"), QStringLiteral("frobnicate")});
        QCOMPARE(fr.exitCode, 2);
        QVERIFY2(fr.err.contains("Commande inconnue"), fr.err.constData());
        const CliRun es = runCli({QStringLiteral("--lang=es"), QStringLiteral("frobnicate")});
        QCOMPARE(es.exitCode, 2);
        QVERIFY2(es.err.contains("Comando desconocido"), es.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliFoundation)
#include "tst_cli_foundation.moc"
