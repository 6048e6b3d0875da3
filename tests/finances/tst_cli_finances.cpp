#include "clirunner.h"
#include "finances/ledger.h"
#include "financefixture.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// linedesk-cli finances: the fixed JSON shapes, the forecast CSV, and usage errors that exit 2
// with nothing written.
class TestCliFinances final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestDatabase test;
        Account account;
        bool setUp(const QString &backend)
        {
            if (!test.createAndOpen(backend))
                return false;
            const QSqlDatabase db = test.connection();
            account = FinanceFixture::addAccount(db);
            FinanceFixture::addOptionFees(db, account, 395, 150);
            FinanceFixture::addCard(db, account);
            const QDate today(2026, 11, 23);
            FinanceFixture::addNumber(db, account, QStringLiteral("+12125550100"), 495, today.addDays(1), false, true);
            FinanceFixture::addNumber(db, account, QStringLiteral("+12125550101"), 2000, today.addDays(5));
            Ledger ledger(db, account);
            const QTimeZone ny("America/New_York");
            return ledger.post({Ledger::Kind::Deposit, 10000, QDateTime(today.addDays(-3), QTime(9, 0), ny)}).ok()
                   && ledger.post({Ledger::Kind::CallIncoming, -300, QDateTime(today.addDays(-2), QTime(9, 0), ny)}).ok()
                   && ledger.post({Ledger::Kind::DidMonthly, -495, QDateTime(today.addDays(-1), QTime(0, 5), ny)}).ok();
        }
        CliRun run(const QStringList &arguments)
        {
            return runCli(QStringList{QStringLiteral("--db"), test.cliArgument(), QStringLiteral("--now=2026-11-23T10:00:00-05:00")} + arguments);
        }
        qint64 ledgerRows()
        {
            return Sql::scalar(test.connection(), QStringLiteral("SELECT COUNT(*) FROM ledger_transactions")).value().toLongLong();
        }
    };

    static QJsonObject json(const CliRun &run) { return QJsonDocument::fromJson(run.out).object(); }

private slots:
    void shapes_data() { TestDatabase::addBackendRows(); }
    void shapes()
    {
        QFETCH(QString, backend);
        Fixture f;
        QVERIFY(f.setUp(backend));
        const CliRun balance = f.run({QStringLiteral("--format=json"), QStringLiteral("finances"), QStringLiteral("balance")});
        QCOMPARE(balance.exitCode, 0);
        QCOMPARE(json(balance), (QJsonObject{{QStringLiteral("balance"), QStringLiteral("92.05")}, {QStringLiteral("currency"), QStringLiteral("USD")}}));

        const CliRun upcoming = f.run({QStringLiteral("--format=json"), QStringLiteral("finances"), QStringLiteral("upcoming")});
        QCOMPARE(upcoming.exitCode, 0);
        QCOMPARE(json(upcoming), (QJsonObject{{QStringLiteral("tomorrow"), QStringLiteral("6.45")},
                                              {QStringLiteral("next_3_days"), QStringLiteral("6.45")},
                                              {QStringLiteral("next_7_days"), QStringLiteral("26.45")}}));

        const CliRun history = f.run({QStringLiteral("--format=json"), QStringLiteral("finances"), QStringLiteral("transactions"),
                                      QStringLiteral("--from=2020-01-01"), QStringLiteral("--to=2026-11-23")});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(history.out).array();
        QCOMPARE(rows.size(), 2); // the call charge is not in the history
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("did_monthly"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("-4.95"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-20"));

        const CliRun forecast = f.run({QStringLiteral("--format=csv"), QStringLiteral("finances"), QStringLiteral("forecast"), QStringLiteral("--days=30")});
        QCOMPARE(forecast.exitCode, 0);
        const QList<QByteArray> lines = forecast.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 31);
        QCOMPARE(lines.first().trimmed(), QByteArray("date,balance,topup"));
        // Usage is $3.00 on one day of the last 30 (Saturday Nov 21): a Saturday averages $0.75.
        QCOMPARE(lines.at(1).trimmed(), QByteArray("2026-11-24,85.60,0.00")); // 92.05 − 6.45
    }

    void addFundsAndAutobill_data() { TestDatabase::addBackendRows(); }
    void addFundsAndAutobill()
    {
        QFETCH(QString, backend);
        Fixture f;
        QVERIFY(f.setUp(backend));
        const qint64 before = f.ledgerRows();
        const CliRun low = f.run({QStringLiteral("finances"), QStringLiteral("add-funds"), QStringLiteral("14.99"), QStringLiteral("--method=card")});
        QCOMPARE(low.exitCode, 2);
        QVERIFY2(low.err.contains("$15.00"), low.err.constData());
        QCOMPARE(f.ledgerRows(), before);

        const CliRun ok = f.run({QStringLiteral("--format=json"), QStringLiteral("finances"), QStringLiteral("add-funds"),
                                 QStringLiteral("15.00"), QStringLiteral("--method=paypal")});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(json(ok).value(QStringLiteral("balance")).toString(), QStringLiteral("107.05"));

        const CliRun wire = f.run({QStringLiteral("--format=json"), QStringLiteral("finances"), QStringLiteral("add-funds"),
                                   QStringLiteral("500"), QStringLiteral("--method=wire")});
        QCOMPARE(wire.exitCode, 0);
        QCOMPARE(json(wire).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(json(wire).value(QStringLiteral("reference")).toString().startsWith(QStringLiteral("WIRE-T-1-")));
        QCOMPARE(json(wire).value(QStringLiteral("expected_by")).toString(), QStringLiteral("2026-11-26"));

        const CliRun set = f.run({QStringLiteral("--format=json"), QStringLiteral("finances"), QStringLiteral("autobill"),
                                  QStringLiteral("--threshold=120"), QStringLiteral("--amount=50"), QStringLiteral("--enabled=on")});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(json(set).value(QStringLiteral("threshold")).toString(), QStringLiteral("120.00"));
        QCOMPARE(json(set).value(QStringLiteral("card")).toString(), QStringLiteral("Visa •••• 4242"));
        QVERIFY(json(set).value(QStringLiteral("enabled")).toBool());
        const CliRun run = f.run({QStringLiteral("finances"), QStringLiteral("autobill"), QStringLiteral("--run")});
        QCOMPARE(run.exitCode, 0);
        const CliRun balance = f.run({QStringLiteral("--format=json"), QStringLiteral("finances"), QStringLiteral("balance")});
        QCOMPARE(json(balance).value(QStringLiteral("balance")).toString(), QStringLiteral("157.05"));
        const CliRun off = f.run({QStringLiteral("--format=json"), QStringLiteral("finances"), QStringLiteral("autobill"), QStringLiteral("--enabled=off")});
        QVERIFY(!json(off).value(QStringLiteral("enabled")).toBool());
        QCOMPARE(json(off).value(QStringLiteral("card")).toString(), QStringLiteral("Visa •••• 4242"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no subcommand") << QStringList{} << QByteArray("subcommand");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("refund")} << QByteArray("refund");
        QTest::newRow("missing to") << QStringList{QStringLiteral("transactions"), QStringLiteral("--from=2026-01-01")} << QByteArray("--to");
        QTest::newRow("bad from") << QStringList{QStringLiteral("transactions"), QStringLiteral("--from=2026-13-01"), QStringLiteral("--to=2026-12-01")} << QByteArray("2026-13-01");
        QTest::newRow("to before from") << QStringList{QStringLiteral("transactions"), QStringLiteral("--from=2026-02-01"), QStringLiteral("--to=2026-01-01")} << QByteArray("before");
        QTest::newRow("bad amount") << QStringList{QStringLiteral("add-funds"), QStringLiteral("ten"), QStringLiteral("--method=card")} << QByteArray("ten");
        QTest::newRow("three decimals") << QStringList{QStringLiteral("add-funds"), QStringLiteral("15.001"), QStringLiteral("--method=card")} << QByteArray("15.001");
        QTest::newRow("bad method") << QStringList{QStringLiteral("add-funds"), QStringLiteral("20"), QStringLiteral("--method=cash")} << QByteArray("cash");
        QTest::newRow("no method") << QStringList{QStringLiteral("add-funds"), QStringLiteral("20")} << QByteArray("--method");
        QTest::newRow("bad enabled") << QStringList{QStringLiteral("autobill"), QStringLiteral("--enabled=maybe")} << QByteArray("maybe");
        QTest::newRow("bad threshold") << QStringList{QStringLiteral("autobill"), QStringLiteral("--threshold=lots")} << QByteArray("lots");
        QTest::newRow("zero amount") << QStringList{QStringLiteral("autobill"), QStringLiteral("--amount=0")} << QByteArray("Amount");
        QTest::newRow("bad days") << QStringList{QStringLiteral("forecast"), QStringLiteral("--days=0")} << QByteArray("--days");
        QTest::newRow("option of another subcommand") << QStringList{QStringLiteral("balance"), QStringLiteral("--days=30")} << QByteArray("--days");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        Fixture f;
        QVERIFY(f.setUp(QStringLiteral("sqlite")));
        const qint64 before = f.ledgerRows();
        const int version = Sql::scalar(f.test.connection(), QStringLiteral("SELECT version FROM autobilling_settings")).value().toInt();
        const CliRun run = f.run(QStringList{QStringLiteral("finances")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(f.ledgerRows(), before);
        QCOMPARE(Sql::scalar(f.test.connection(), QStringLiteral("SELECT version FROM autobilling_settings")).value().toInt(), version);
    }
};

QTEST_GUILESS_MAIN(TestCliFinances)
#include "tst_cli_finances.moc"
