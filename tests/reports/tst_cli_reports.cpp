#include "reportfixture.h"

#include "clirunner.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ReportFixture;

class TestCliReports final : public QObject
{
    Q_OBJECT

private:
    static CliRun cli(TestDatabase &test, const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), test.cliArgument(), QStringLiteral("--now"), QStringLiteral("2026-11-23T12:00:00-05:00")}
                      + arguments);
    }

private slots:
    void reportCalls_data() { TestDatabase::addBackendRows(); }
    void reportCalls()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        seed(test.connection());

        CliRun run = cli(test, {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("report"), QStringLiteral("calls"),
                                QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-01")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("start_utc,did,caller,disposition,duration_s,charge\r\n"
                                     "2026-11-01T04:00:00Z,+15145550101,+15145551002,missed,0,0.00\r\n"
                                     "2026-11-01T05:30:00Z,+15145550100,anonymous,missed,0,0.00\r\n"
                                     "2026-11-01T06:30:00Z,+15145550100,+15145551003,voicemail,30,0.00\r\n"
                                     "2026-11-02T04:30:00Z,+15145550101,+15145551004,missed,0,0.00\r\n"));

        run = cli(test, {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("report"), QStringLiteral("calls"),
                         QStringLiteral("--from"), QStringLiteral("2026-10-31"), QStringLiteral("--to"), QStringLiteral("2026-11-02"),
                         QStringLiteral("--type"), QStringLiteral("missed"), QStringLiteral("--group-by"), QStringLiteral("day")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("key,calls,duration_s,charge\r\n2026-10-31,1,0,0.00\r\n2026-11-01,3,0,0.00\r\n"));

        run = cli(test, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("report"), QStringLiteral("calls"),
                         QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-11-23"),
                         QStringLiteral("--did"), kA, QStringLiteral("--did"), kB, QStringLiteral("--type"), QStringLiteral("answered"),
                         QStringLiteral("--group-by"), QStringLiteral("did")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("calls")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("charge")).toString(), QStringLiteral("0.02"));
        const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("key")).toString(), kB);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("duration_s")).toInt(), 61);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("charge")).toString(), QStringLiteral("0.01"));

        run = cli(test, {QStringLiteral("report"), QStringLiteral("calls"), QStringLiteral("--from"), QStringLiteral("2026-05-23"),
                         QStringLiteral("--to"), QStringLiteral("2026-11-23"), QStringLiteral("--group-by"), QStringLiteral("hour")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Total: 10 calls"), run.out.constData());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("one day more than 6 months") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-05-22"), QStringLiteral("--to"),
                                                                   QStringLiteral("2026-11-23")}
                                                    << "2026-05-23";
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-31"), QStringLiteral("--to"),
                                                 QStringLiteral("2026-11-23")}
                                  << "--from";
        QTest::newRow("bad type") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                                 QStringLiteral("2026-11-23"), QStringLiteral("--type"), QStringLiteral("lost")}
                                  << "--type";
        QTest::newRow("unknown number") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                                       QStringLiteral("2026-11-23"), QStringLiteral("--did"), QStringLiteral("+15145559999")}
                                        << "+15145559999";
        QTest::newRow("to before from") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-02"), QStringLiteral("--to"),
                                                       QStringLiteral("2026-11-01")}
                                        << "before";
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        seed(test.connection());
        const CliRun run = cli(test, QStringList{QStringLiteral("report"), QStringLiteral("calls")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void importCdr_data() { TestDatabase::addBackendRows(); }
    void importCdr()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        seed(test.connection(), false);
        const QString good = test.tempPath(QStringLiteral("good.csv"));
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("start_utc,did,caller,disposition,duration_s,charge\n"
                   "2026-11-20T14:00:00Z,+15145550100,+15145551000,answered,125,0.25\n"
                   "2026-11-20T15:00:00Z,+15145550101,anonymous,missed,0,0\n");
        file.close();
        CliRun run = cli(test, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("import"), QStringLiteral("cdr"), good});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("imported")).toInt(), 2);
        run = cli(test, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("import"), QStringLiteral("cdr"), good});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("duplicates")).toInt(), 2);

        const QString bad = test.tempPath(QStringLiteral("bad.csv"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("start_utc,did,caller,disposition,duration_s,charge\n"
                      "2026-11-21T14:00:00Z,+15145550100,+15145551000,answered,125,0.25\n"
                      "2026-11-21T15:00:00Z,+15145550101,anonymous,missed,-1,0\n");
        badFile.close();
        run = cli(test, {QStringLiteral("import"), QStringLiteral("cdr"), bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("Line 3: negative duration -1"), run.err.constData());
        QCOMPARE(Sql::scalar(test.connection(), QStringLiteral("SELECT COUNT(*) FROM calls"))->toLongLong(), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
