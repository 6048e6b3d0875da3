#include "clirunner.h"
#include "subscriptionfixture.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QTest>

using namespace SubscriptionFixture;

namespace {

const QString kNow = QStringLiteral("--now=2026-11-23T10:00:00-05:00");

QJsonObject json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

// linedesk-cli billing prorate (the fixed JSON shape) and subscription show/add-option/remove-option/add-number/cancel.
class TestSubscriptionCli final : public QObject
{
    Q_OBJECT

private slots:
    void prorate_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("prorated");
        QTest::addColumn<QString>("dueNow");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("periodDays");
        const QStringList seed{QStringLiteral("--monthly"), QStringLiteral("12.95"), QStringLiteral("--start"), QStringLiteral("2026-11-23")};
        QTest::newRow("seed postpaid") << seed << "3.45" << "3.45" << 8 << 30;
        QTest::newRow("seed prepaid") << seed + QStringList{QStringLiteral("--prepaid")} << "3.45" << "16.40" << 8 << 30;
        QTest::newRow("invoice day 15") << seed + QStringList{QStringLiteral("--invoice-day"), QStringLiteral("15")} << "9.50" << "9.50" << 22 << 30;
        QTest::newRow("last day") << seed + QStringList{QStringLiteral("--invoice-day=0")} << "3.02" << "3.02" << 7 << 30;
    }
    void prorate()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(QStringList{QStringLiteral("--format=json"), QStringLiteral("billing"), QStringLiteral("prorate")} + arguments);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = json(run);
        QCOMPARE(object.keys(), (QStringList{QStringLiteral("days"), QStringLiteral("due_now"), QStringLiteral("period_days"),
                                             QStringLiteral("prorated")}));
        QTEST(object.value(QStringLiteral("prorated")).toString(), "prorated");
        QTEST(object.value(QStringLiteral("due_now")).toString(), "dueNow");
        QTEST(object.value(QStringLiteral("days")).toInt(), "days");
        QTEST(object.value(QStringLiteral("period_days")).toInt(), "periodDays");
    }

    void prorateRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no monthly") << QStringList{QStringLiteral("--start=2026-11-23")} << QByteArray("--monthly");
        QTest::newRow("no start") << QStringList{QStringLiteral("--monthly=12.95")} << QByteArray("--start");
        QTest::newRow("bad amount") << QStringList{QStringLiteral("--monthly=12,95"), QStringLiteral("--start=2026-11-23")} << QByteArray("12,95");
        QTest::newRow("negative") << QStringList{QStringLiteral("--monthly=-1"), QStringLiteral("--start=2026-11-23")} << QByteArray("negative");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--monthly=12.95"), QStringLiteral("--start=2026-02-30")} << QByteArray("2026-02-30");
        QTest::newRow("day 29") << QStringList{QStringLiteral("--monthly=12.95"), QStringLiteral("--start=2026-11-23"), QStringLiteral("--invoice-day=29")}
                                << QByteArray("--invoice-day");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("--x")} << QByteArray("x");
    }
    void prorateRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const CliRun run = runCli(QStringList{QStringLiteral("billing"), QStringLiteral("prorate")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void subscriptionCommands_data() { TestDatabase::addBackendRows(); }
    void subscriptionCommands()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        create(db.connection(), QStringLiteral("postpaid"));
        const QStringList base{QStringLiteral("--db"), db.cliArgument(), kNow, QStringLiteral("--format=json"), QStringLiteral("subscription")};

        CliRun show = runCli(base + QStringList{QStringLiteral("show")});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(json(show).value(QStringLiteral("package")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("business"));
        QCOMPARE(json(show).value(QStringLiteral("monthly")).toString(), QStringLiteral("51.85"));

        // A dry run prices without writing.
        CliRun dry = runCli(base + QStringList{QStringLiteral("add-option"), QStringLiteral("crm-integration"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(json(dry).value(QStringLiteral("charged_now")).toString(), QStringLiteral("3.45"));
        QCOMPARE(count(db.connection(), QStringLiteral("subscription_changes")), 0);

        CliRun add = runCli(base + QStringList{QStringLiteral("add-option"), QStringLiteral("crm-integration"), QStringLiteral("--inform"),
                                               QStringLiteral("--request-id=cli-1")});
        QCOMPARE(add.exitCode, 0);
        QCOMPARE(json(add).value(QStringLiteral("charged_now")).toString(), QStringLiteral("3.45"));
        QCOMPARE(json(add).value(QStringLiteral("next_month")).toString(), QStringLiteral("64.80"));
        QCOMPARE(count(db.connection(), QStringLiteral("subscription_changes")), 1);
        QCOMPARE(count(db.connection(), QStringLiteral("outbox")), 1);
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT SUM(amount_minor) FROM ledger_transactions"))->toLongLong(), qint64(10000 - 345));

        // Refused changes exit 2 and write nothing.
        const QList<QStringList> refused{{QStringLiteral("add-option"), QStringLiteral("crm-integration"), QStringLiteral("--request-id=cli-2")},
                                         {QStringLiteral("add-option"), QStringLiteral("call-recording")},
                                         {QStringLiteral("add-option"), QStringLiteral("no-such-option")},
                                         {QStringLiteral("add-option"), QStringLiteral("fax")},
                                         {QStringLiteral("add-option"), QStringLiteral("crm-integration"), QStringLiteral("--quantity=0")},
                                         {QStringLiteral("remove-option"), QStringLiteral("voicemail-to-email")},
                                         {QStringLiteral("add-number"), QStringLiteral("12")},
                                         {QStringLiteral("add-number")},
                                         {QStringLiteral("cancel"), QStringLiteral("now")},
                                         {QStringLiteral("upgrade")}};
        for (const QStringList &arguments : refused) {
            const CliRun run = runCli(base + arguments);
            QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(run.err)));
            QVERIFY(!run.err.isEmpty());
        }
        QCOMPARE(count(db.connection(), QStringLiteral("subscription_changes")), 1);

        CliRun fax = runCli(base + QStringList{QStringLiteral("add-option"), QStringLiteral("fax"), QStringLiteral("--number=+12125550142")});
        QCOMPARE(fax.exitCode, 0);
        QCOMPARE(json(fax).value(QStringLiteral("charged_now")).toString(), QStringLiteral("1.05"));
        CliRun number = runCli(base + QStringList{QStringLiteral("add-number"), QStringLiteral("+12125550199")});
        QCOMPARE(number.exitCode, 0);
        QCOMPARE(count(db.connection(), QStringLiteral("numbers")), 2);
        CliRun removed = runCli(base + QStringList{QStringLiteral("remove-option"), QStringLiteral("transcription")});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(json(removed).value(QStringLiteral("effective_on")).toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(json(removed).value(QStringLiteral("charged_now")).toString(), QStringLiteral("0.00"));
        // The fax, unsubscribed, runs to the end of the period: show lists both options ending.
        CliRun faxOff = runCli(base + QStringList{QStringLiteral("remove-option"), QStringLiteral("fax"), QStringLiteral("--number=+12125550142")});
        QVERIFY2(faxOff.exitCode == 0, faxOff.err.constData());
        show = runCli(base + QStringList{QStringLiteral("show")});
        const QJsonArray ending = json(show).value(QStringLiteral("options_ending")).toArray();
        QCOMPARE(ending.size(), 2);
        QCOMPARE(ending.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("transcription"));
        QCOMPARE(ending.at(0).toObject().value(QStringLiteral("ends_on")).toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(ending.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("fax"));
        QCOMPARE(ending.at(1).toObject().value(QStringLiteral("e164")).toString(), QStringLiteral("+12125550142"));
        const QJsonObject firstNumber = json(show).value(QStringLiteral("numbers")).toArray().at(0).toObject();
        QVERIFY(firstNumber.value(QStringLiteral("fax")).toBool()); // still on until then
        QCOMPARE(firstNumber.value(QStringLiteral("ending")).toObject().value(QStringLiteral("fax")).toString(), QStringLiteral("2026-11-30"));
        CliRun table = runCli(QStringList{QStringLiteral("--db"), db.cliArgument(), kNow, QStringLiteral("subscription"), QStringLiteral("show")});
        QVERIFY2(table.out.contains("ending 2026-11-30"), table.out.constData());
        CliRun cancel = runCli(base + QStringList{QStringLiteral("cancel")});
        QCOMPARE(cancel.exitCode, 0);
        QCOMPARE(json(cancel).value(QStringLiteral("next_month")).toString(), QStringLiteral("0.00"));
        show = runCli(base + QStringList{QStringLiteral("show")});
        QCOMPARE(json(show).value(QStringLiteral("status")).toString(), QStringLiteral("cancelling"));
        QCOMPARE(json(show).value(QStringLiteral("ends_on")).toString(), QStringLiteral("2026-11-30"));
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionCli)
#include "tst_subscription_cli.moc"
