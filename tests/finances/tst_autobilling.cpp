#include "finances/autobilling.h"
#include "finances/ledger.h"
#include "finances/offlinepaymentgateway.h"
#include "finances/paymentmethods.h"
#include "financefixture.h"
#include "testdatabase.h"

#include <QTest>

using FinanceFixture::eastern;

// PRODUCT.md rule 6 over several days: one attempt per billing day, the second crossing notifies,
// a decline notifies and is retried at 00:01 America/New_York (EST in winter, EDT in summer).
class TestAutoBilling final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestDatabase test;
        Account account;
        OfflinePaymentGateway gateway;

        bool setUp(const QString &backend, AutoBilling::Mode mode = AutoBilling::Mode::Threshold)
        {
            if (!test.createAndOpen(backend))
                return false;
            account = FinanceFixture::addAccount(test.connection());
            FinanceFixture::addCard(test.connection(), account);
            AutoBilling billing = at(QDateTime::currentDateTimeUtc());
            AutoBilling::Settings s = billing.settings().value();
            s.enabled = true;
            s.mode = mode;
            s.thresholdMinor = 1000;
            s.amountMinor = 5000;
            s.floorMinor = 1000;
            s.targetMinor = 5000;
            return billing.update(s).ok();
        }
        AutoBilling at(const QDateTime &now) { return AutoBilling(test.connection(), account, AccessRole::Owner, &gateway, Clock::fixed(now)); }
        void post(qint64 amount, const QDateTime &now)
        {
            Ledger::Posting posting{amount > 0 ? Ledger::Kind::Deposit : Ledger::Kind::CallOutgoing, amount};
            QVERIFY(Ledger(test.connection(), account).post(posting, nullptr, now).ok());
        }
        qint64 balance() { return Ledger(test.connection(), account).balance()->minor(); }
        qint64 count(const QString &table, const QString &where = QStringLiteral("1 = 1"))
        {
            return Sql::scalar(test.connection(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where)).value().toLongLong();
        }
        AutoBilling::Outcome run(const QDateTime &now)
        {
            auto result = at(now).run();
            if (!result.ok())
                qWarning() << result.errorMessage();
            return result.ok() ? result->outcome : AutoBilling::Outcome::Disabled;
        }
    };

private slots:
    void retryInstant_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDateTime>("retryUtc");
        QTest::newRow("winter, EST") << QDate(2026, 1, 14) << QDateTime(QDate(2026, 1, 15), QTime(5, 1), QTimeZone::utc());
        QTest::newRow("summer, EDT") << QDate(2026, 7, 14) << QDateTime(QDate(2026, 7, 15), QTime(4, 1), QTimeZone::utc());
        QTest::newRow("day before spring forward") << QDate(2026, 3, 7) << QDateTime(QDate(2026, 3, 8), QTime(5, 1), QTimeZone::utc());
        QTest::newRow("day of spring forward") << QDate(2026, 3, 8) << QDateTime(QDate(2026, 3, 9), QTime(4, 1), QTimeZone::utc());
        QTest::newRow("day of fall back") << QDate(2026, 10, 31) << QDateTime(QDate(2026, 11, 1), QTime(4, 1), QTimeZone::utc());
    }
    void retryInstant()
    {
        QFETCH(QDate, day);
        QFETCH(QDateTime, retryUtc);
        QCOMPARE(AutoBilling::retryInstant(day), retryUtc);
        // 23:30 Eastern belongs to that day even though it is the next day in UTC.
        QCOMPARE(AutoBilling::billingDay(QDateTime(day, QTime(23, 30), QTimeZone("America/New_York"))), day);
    }

    void declineThenRetryAndSecondCrossing_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("retryUtcHour");
        for (const QString &backend : FinanceFixture::backends()) {
            QTest::newRow(qPrintable(backend + QStringLiteral(": winter"))) << backend << QDate(2026, 1, 14) << 5;
            QTest::newRow(qPrintable(backend + QStringLiteral(": summer"))) << backend << QDate(2026, 7, 14) << 4;
        }
    }
    void declineThenRetryAndSecondCrossing()
    {
        QFETCH(QString, backend);
        QFETCH(QDate, day);
        QFETCH(int, retryUtcHour);
        Fixture f;
        QVERIFY(f.setUp(backend));
        const QTimeZone ny("America/New_York");
        auto local = [&](int plusDays, int h, int m, int s = 0) { return QDateTime(day.addDays(plusDays), QTime(h, m, s), ny).toUTC(); };

        f.post(2000, local(0, 8, 0));
        QCOMPARE(f.run(local(0, 9, 0)), AutoBilling::Outcome::NotNeeded);
        QCOMPARE(f.count(QStringLiteral("autobilling_attempts")), qint64(0));

        // Day 1: the balance reaches the threshold, the bank declines.
        f.post(-1200, local(0, 10, 0));
        f.gateway.declineNext(1, QStringLiteral("Insufficient funds"));
        auto declined = f.at(local(0, 10, 5)).run();
        QVERIFY(declined.ok());
        QCOMPARE(declined->outcome, AutoBilling::Outcome::Declined);
        QVERIFY(declined->recorded); // the window refreshes after a run that wrote something
        QCOMPARE(declined->nextAttemptAt, QDateTime(day.addDays(1), QTime(retryUtcHour, 1), QTimeZone::utc()));
        QCOMPARE(f.balance(), qint64(800));
        QCOMPARE(f.count(QStringLiteral("outbox"), QStringLiteral("kind = 'autobilling_declined'")), qint64(1));

        // Later that day and just after midnight: no new attempt before 00:01 Eastern.
        QCOMPARE(f.run(local(0, 15, 0)), AutoBilling::Outcome::WaitingForRetry);
        QCOMPARE(f.run(local(1, 0, 0, 30)), AutoBilling::Outcome::WaitingForRetry);
        QCOMPARE(f.count(QStringLiteral("autobilling_attempts")), qint64(1));

        // Day 2, 00:01 Eastern: the retry goes through.
        QCOMPARE(f.run(local(1, 0, 1)), AutoBilling::Outcome::Approved);
        QCOMPARE(f.balance(), qint64(5800));
        QCOMPARE(f.gateway.chargesMade(), 2);

        // Day 2, a second crossing: no attempt, one notification, however often the rules run.
        f.post(-5000, local(1, 18, 0));
        auto skipped = f.at(local(1, 18, 1)).run();
        QCOMPARE(skipped->outcome, AutoBilling::Outcome::SkippedSecondCrossing);
        QVERIFY(skipped->recorded);
        auto skippedAgain = f.at(local(1, 19, 0)).run();
        QCOMPARE(skippedAgain->outcome, AutoBilling::Outcome::SkippedSecondCrossing);
        QVERIFY(!skippedAgain->recorded); // the day's notice is written once
        QCOMPARE(f.balance(), qint64(800));
        QCOMPARE(f.gateway.chargesMade(), 2);
        QCOMPARE(f.count(QStringLiteral("outbox"), QStringLiteral("kind = 'autobilling_second_crossing'")), qint64(1));
        QCOMPARE(f.count(QStringLiteral("autobilling_attempts"), QStringLiteral("outcome = 'skipped'")), qint64(1));

        // Day 3 at 00:01 Eastern: charged again.
        QCOMPARE(f.run(local(2, 0, 0, 59)), AutoBilling::Outcome::SkippedSecondCrossing);
        QCOMPARE(f.run(local(2, 0, 1)), AutoBilling::Outcome::Approved);
        QCOMPARE(f.balance(), qint64(5800));

        const auto attempts = f.at(local(2, 1, 0)).attempts().value();
        QCOMPARE(attempts.size(), 4);
        QCOMPARE(attempts.at(0).outcome, QStringLiteral("approved"));
        QCOMPARE(attempts.at(1).outcome, QStringLiteral("skipped"));
        QCOMPARE(attempts.at(2).outcome, QStringLiteral("approved"));
        QCOMPARE(attempts.at(3).outcome, QStringLiteral("declined"));
        QCOMPARE(attempts.at(3).reason, QStringLiteral("Insufficient funds"));
        QCOMPARE(attempts.at(3).amount.minor(), qint64(5000));
        // Every approved attempt is exactly one deposit.
        QCOMPARE(f.count(QStringLiteral("ledger_transactions"), QStringLiteral("method = 'auto'")), qint64(2));
    }

    void sliderDisablesAndKeepsTheCard_data() { TestDatabase::addBackendRows(); }
    void sliderDisablesAndKeepsTheCard()
    {
        QFETCH(QString, backend);
        Fixture f;
        QVERIFY(f.setUp(backend));
        const QDateTime now = eastern(2026, 11, 23, 10, 0);
        f.post(500, now);
        const AutoBilling::Settings before = f.at(now).settings().value();
        auto off = f.at(now).setEnabled(false, before.version);
        QVERIFY2(off.ok(), qPrintable(off.errorMessage()));
        QVERIFY(!off->enabled);
        QCOMPARE(off->thresholdMinor, before.thresholdMinor);
        QCOMPARE(off->paymentMethodId, before.paymentMethodId);
        QCOMPARE(f.run(now), AutoBilling::Outcome::Disabled);
        QCOMPARE(f.count(QStringLiteral("autobilling_attempts")), qint64(0));
        QCOMPARE(PaymentMethods(f.test.connection(), f.account).list()->size(), 1);
        // A stale version is refused: someone else changed the settings.
        QCOMPARE(f.at(now).setEnabled(true, before.version).errorKind(), Error::Kind::Conflict);
        QVERIFY(f.at(now).setEnabled(true, off->version).ok());
        QCOMPARE(f.run(now), AutoBilling::Outcome::Approved);
        QCOMPARE(f.balance(), qint64(5500));
    }

    void modes_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("mode");
        QTest::addColumn<qint64>("balance");
        QTest::addColumn<qint64>("expected");
        for (const QString &backend : FinanceFixture::backends()) {
            QTest::newRow(FinanceFixture::rowName(backend, "threshold: above").constData()) << backend << int(AutoBilling::Mode::Threshold) << qint64(1001) << qint64(1001);
            QTest::newRow(FinanceFixture::rowName(backend, "threshold: exactly at it").constData()) << backend << int(AutoBilling::Mode::Threshold) << qint64(1000) << qint64(6000);
            QTest::newRow(FinanceFixture::rowName(backend, "threshold: below").constData()) << backend << int(AutoBilling::Mode::Threshold) << qint64(250) << qint64(5250);
            QTest::newRow(FinanceFixture::rowName(backend, "top-up: at the floor").constData()) << backend << int(AutoBilling::Mode::TopUp) << qint64(1000) << qint64(1000);
            QTest::newRow(FinanceFixture::rowName(backend, "top-up: below the floor").constData()) << backend << int(AutoBilling::Mode::TopUp) << qint64(750) << qint64(5000);
            QTest::newRow(FinanceFixture::rowName(backend, "top-up: negative").constData()) << backend << int(AutoBilling::Mode::TopUp) << qint64(-300) << qint64(5000);
        }
    }
    void modes()
    {
        QFETCH(QString, backend);
        QFETCH(int, mode);
        QFETCH(qint64, balance);
        QFETCH(qint64, expected);
        Fixture f;
        QVERIFY(f.setUp(backend, AutoBilling::Mode(mode)));
        const QDateTime now = eastern(2026, 11, 23, 10, 0);
        f.post(2000, now);
        f.post(balance - 2000, now);
        f.run(now);
        QCOMPARE(f.balance(), expected);
    }

    void postpaidChargesOutstandingUsage()
    {
        Fixture f;
        QVERIFY(f.test.createAndOpen(QStringLiteral("sqlite")));
        f.account = FinanceFixture::addAccount(f.test.connection(), QStringLiteral("P-1"), QStringLiteral("America/New_York"),
                                               QStringLiteral("postpaid"));
        FinanceFixture::addCard(f.test.connection(), f.account);
        const QDateTime now = eastern(2026, 11, 23, 10, 0);
        QVERIFY(f.at(now).setEnabled(true, f.at(now).settings()->version).ok());
        f.post(-20000, now);
        QCOMPARE(f.run(now), AutoBilling::Outcome::NotNeeded); // $200 is the limit, not beyond it
        f.post(-1, now);
        QCOMPARE(f.run(now), AutoBilling::Outcome::Approved);
        QCOMPARE(f.balance(), qint64(0));
    }

    void employeeIsForbidden()
    {
        Fixture f;
        QVERIFY(f.setUp(QStringLiteral("sqlite")));
        AutoBilling billing(f.test.connection(), f.account, AccessRole::Employee, &f.gateway, Clock());
        QCOMPARE(billing.run().errorKind(), Error::Kind::Forbidden);
        QCOMPARE(billing.setEnabled(false, billing.settings()->version).errorKind(), Error::Kind::Forbidden);
        QVERIFY(billing.settings()->enabled);
    }

    void invalidSettings()
    {
        Fixture f;
        QVERIFY(f.setUp(QStringLiteral("sqlite")));
        AutoBilling billing = f.at(QDateTime::currentDateTimeUtc());
        AutoBilling::Settings s = billing.settings().value();
        s.amountMinor = 0;
        QCOMPARE(billing.update(s).errorKind(), Error::Kind::InvalidInput);
        s.amountMinor = 5000;
        s.mode = AutoBilling::Mode::TopUp;
        s.targetMinor = 1000;
        QCOMPARE(billing.update(s).errorKind(), Error::Kind::InvalidInput);
        QCOMPARE(billing.settings()->mode, AutoBilling::Mode::Threshold);
    }
};

QTEST_GUILESS_MAIN(TestAutoBilling)
#include "tst_autobilling.moc"
