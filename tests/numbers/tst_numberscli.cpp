#include "clirunner.h"
#include "numberstestdata.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace NumbersTestData;

namespace {

const QString kNow = QStringLiteral("--now=2026-11-23T10:00:00-05:00");

} // namespace

// linedesk-cli numbers list|add|remove|set|plan on both backends, and every refusal (exit 2, nothing written).
class TestNumbersCli final : public QObject
{
    Q_OBJECT

private:
    TestDatabase *m_test = nullptr;

    CliRun cli(const QStringList &arguments, const QString &format = QStringLiteral("json"))
    {
        return runCli(QStringList{QStringLiteral("--db"), m_test->cliArgument(), kNow, QStringLiteral("--format"), format}
                      + arguments);
    }
    qint64 scalar(const QString &sql) { return Sql::scalar(m_test->connection(), sql).value().toLongLong(); }
    QString numbersSnapshot()
    {
        auto query = Sql::exec(m_test->connection(),
                               QStringLiteral("SELECT e164, plan, note, timezone, voicemail, version FROM numbers ORDER BY e164")).value();
        QStringList rows;
        while (query.next())
            rows << QStringLiteral("%1|%2|%3|%4|%5|%6").arg(query.value(0).toString(), query.value(1).toString(),
                                                           query.value(2).toString(), query.value(3).toString(),
                                                           query.value(4).toString(), query.value(5).toString());
        return rows.join(QLatin1Char('\n'));
    }

private slots:
    void commands_data() { TestDatabase::addBackendRows(); }
    void commands()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        m_test = &test;
        QVERIFY(test.createAndOpen(backend));
        addAccount(test.connection());

        // add
        CliRun run = cli({QStringLiteral("numbers"), QStringLiteral("add"), QStringLiteral("+1 514 555 0131"),
                          QStringLiteral("--monthly"), QStringLiteral("4.95"), QStringLiteral("--ordered"), QStringLiteral("2026-10-05")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject added = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(added.value(QStringLiteral("e164")).toString(), QStringLiteral("+15145550131"));
        QCOMPARE(added.value(QStringLiteral("country")).toString(), QStringLiteral("CA"));
        QCOMPARE(added.value(QStringLiteral("type")).toString(), QStringLiteral("local"));
        QCOMPARE(added.value(QStringLiteral("plan")).toString(), QStringLiteral("flat"));
        QCOMPARE(added.value(QStringLiteral("monthly_fee")).toString(), QStringLiteral("4.95"));
        QCOMPARE(added.value(QStringLiteral("ordered_on")).toString(), QStringLiteral("2026-10-05"));
        QCOMPARE(added.value(QStringLiteral("next_billing_on")).toString(), QStringLiteral("2026-12-05"));
        QCOMPARE(added.value(QStringLiteral("timezone")).toString(), QStringLiteral("America/New_York"));
        run = cli({QStringLiteral("numbers"), QStringLiteral("add"), QStringLiteral("+18005550199"), QStringLiteral("--type"),
                   QStringLiteral("toll-free"), QStringLiteral("--plan"), QStringLiteral("per-minute")});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // list in the three formats
        run = cli({QStringLiteral("numbers"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("toll-free"));
        run = cli({QStringLiteral("numbers"), QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("toll-free")},
                  QStringLiteral("csv"));
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("e164,country,rate_center,type,plan,monthly_fee"));
        QVERIFY(lines.at(1).startsWith("+18005550199,US,,toll-free,per-minute,0.00"));
        run = cli({QStringLiteral("numbers"), QStringLiteral("list")}, QStringLiteral("table"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("+1 514-555-0131"));
        QVERIFY(run.out.contains("$4.95"));

        // set
        run = cli({QStringLiteral("numbers"), QStringLiteral("set"), QStringLiteral("+15145550131"), QStringLiteral("--timezone"),
                   QStringLiteral("America/Toronto"), QStringLiteral("--voicemail"), QStringLiteral("off"), QStringLiteral("--note"),
                   QStringLiteral("Front desk")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject set = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(set.value(QStringLiteral("timezone")).toString(), QStringLiteral("America/Toronto"));
        QCOMPARE(set.value(QStringLiteral("voicemail")).toBool(), false);
        QCOMPARE(set.value(QStringLiteral("note")).toString(), QStringLiteral("Front desk"));

        // plan
        run = cli({QStringLiteral("numbers"), QStringLiteral("plan"), QStringLiteral("+15145550131"), QStringLiteral("per-minute")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("plan")).toString(), QStringLiteral("per-minute"));
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("plan_changed_on")).toString(), QStringLiteral("2026-11-23"));
        // next month the switch back is allowed
        run = runCli({QStringLiteral("--db"), test.cliArgument(), QStringLiteral("--now=2026-12-01T10:00:00-05:00"),
                      QStringLiteral("--format=json"), QStringLiteral("numbers"), QStringLiteral("plan"),
                      QStringLiteral("+15145550131"), QStringLiteral("flat")});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // remove
        run = cli({QStringLiteral("numbers"), QStringLiteral("remove"), QStringLiteral("+18005550199")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("removed")).toString(), QStringLiteral("+18005550199"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM numbers")), qint64(1));
        m_test = nullptr;
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const QString n = QStringLiteral("numbers");
        for (const QString &backend : TestDatabase::backends()) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::newRow(qPrintable(QLatin1String(name) + QStringLiteral(" / ") + backend)) << backend;
            };
            row("invalid number") << QStringList{n, QStringLiteral("add"), QStringLiteral("+1 123 555 0142")} << QByteArray("not a number in use");
            row("too short") << QStringList{n, QStringLiteral("add"), QStringLiteral("+33 1 23")} << QByteArray("short");
            row("duplicate number") << QStringList{n, QStringLiteral("add"), QStringLiteral("+1 212 555 0142")} << QByteArray("already");
            row("toll-free type mismatch") << QStringList{n, QStringLiteral("add"), QStringLiteral("+15145550131"), QStringLiteral("--type=toll-free")} << QByteArray("not a toll-free");
            row("bad plan on add") << QStringList{n, QStringLiteral("add"), QStringLiteral("+15145550131"), QStringLiteral("--plan=monthly")} << QByteArray("monthly");
            row("bad fee") << QStringList{n, QStringLiteral("add"), QStringLiteral("+15145550131"), QStringLiteral("--monthly=4.955")} << QByteArray("--monthly");
            row("bad date") << QStringList{n, QStringLiteral("add"), QStringLiteral("+15145550131"), QStringLiteral("--ordered=31/12/2026")} << QByteArray("--ordered");
            row("plan switched this month") << QStringList{n, QStringLiteral("plan"), QStringLiteral("+12125550142"), QStringLiteral("flat")} << QByteArray("calendar month");
            row("plan toll-free") << QStringList{n, QStringLiteral("plan"), QStringLiteral("+18005550199"), QStringLiteral("flat")} << QByteArray("Toll-free");
            row("plan unknown") << QStringList{n, QStringLiteral("plan"), QStringLiteral("+12125550142"), QStringLiteral("monthly")} << QByteArray("monthly");
            row("unknown time zone") << QStringList{n, QStringLiteral("set"), QStringLiteral("+12125550142"), QStringLiteral("--timezone=Mars/Olympus")} << QByteArray("Mars/Olympus");
            row("bad voicemail") << QStringList{n, QStringLiteral("set"), QStringLiteral("+12125550142"), QStringLiteral("--voicemail=maybe")} << QByteArray("maybe");
            row("set nothing") << QStringList{n, QStringLiteral("set"), QStringLiteral("+12125550142")} << QByteArray("nothing to change");
            row("set unknown number") << QStringList{n, QStringLiteral("set"), QStringLiteral("+15145550131"), QStringLiteral("--note=x")} << QByteArray("not a number of this account");
            row("remove unknown number") << QStringList{n, QStringLiteral("remove"), QStringLiteral("+15145550131")} << QByteArray("not a number of this account");
            row("unknown action") << QStringList{n, QStringLiteral("delete")} << QByteArray("delete");
            row("no action") << QStringList{n} << QByteArray("list, add");
        }
    }
    void refusals()
    {
        QFETCH(QString, backend);
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        TestDatabase test;
        m_test = &test;
        QVERIFY(test.createAndOpen(backend));
        addAccount(test.connection());
        QCOMPARE(cli({QStringLiteral("numbers"), QStringLiteral("add"), QStringLiteral("+12125550142")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("numbers"), QStringLiteral("add"), QStringLiteral("+18005550199")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("numbers"), QStringLiteral("plan"), QStringLiteral("+12125550142"), QStringLiteral("per-minute")}).exitCode, 0);
        const QString before = numbersSnapshot();

        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1); // one line
        QVERIFY(run.out.isEmpty());
        QCOMPARE(numbersSnapshot(), before); // nothing written
        m_test = nullptr;
    }
};

QTEST_GUILESS_MAIN(TestNumbersCli)
#include "tst_numberscli.moc"
