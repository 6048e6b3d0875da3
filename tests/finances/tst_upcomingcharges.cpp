#include "finances/forecast.h"
#include "finances/upcomingcharges.h"
#include "financefixture.h"
#include "testdatabase.h"

#include <QTest>

// PRODUCT.md rule 4: Tomorrow / Next 3 Days / Next 7 Days are cumulative windows (today, today+N]
// in the account's time zone; one charge counts in every window it falls in.
class TestUpcomingCharges final : public QObject
{
    Q_OBJECT

private slots:
    void windows_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QList<QDate>>("billingDates");
        QTest::addColumn<qint64>("tomorrow");
        QTest::addColumn<qint64>("next3");
        QTest::addColumn<qint64>("next7");
        const QDate today(2026, 11, 23);
        for (const QString &backend : FinanceFixture::backends()) {
            // Each number: $4.95 + fax $3.95 + 911 $1.50 = $10.40.
            QTest::newRow(FinanceFixture::rowName(backend, "today is not upcoming").constData()) << backend << today << QList<QDate>{today} << qint64(0) << qint64(0) << qint64(0);
            QTest::newRow(FinanceFixture::rowName(backend, "tomorrow").constData()) << backend << today << QList<QDate>{today.addDays(1)} << qint64(1040) << qint64(1040) << qint64(1040);
            QTest::newRow(FinanceFixture::rowName(backend, "day 3").constData()) << backend << today << QList<QDate>{today.addDays(3)} << qint64(0) << qint64(1040) << qint64(1040);
            QTest::newRow(FinanceFixture::rowName(backend, "day 7").constData()) << backend << today << QList<QDate>{today.addDays(7)} << qint64(0) << qint64(0) << qint64(1040);
            QTest::newRow(FinanceFixture::rowName(backend, "day 8").constData()) << backend << today << QList<QDate>{today.addDays(8)} << qint64(0) << qint64(0) << qint64(0);
            QTest::newRow(FinanceFixture::rowName(backend, "two numbers the same day").constData()) << backend << today << QList<QDate>{today.addDays(2), today.addDays(2)}
                                                          << qint64(0) << qint64(2080) << qint64(2080);
            QTest::newRow(FinanceFixture::rowName(backend, "every window").constData()) << backend << today
                                              << QList<QDate>{today.addDays(1), today.addDays(3), today.addDays(7), today.addDays(8)}
                                              << qint64(1040) << qint64(2080) << qint64(3120);
            QTest::newRow(FinanceFixture::rowName(backend, "month end: the 31st").constData()) << backend << QDate(2027, 1, 29) << QList<QDate>{QDate(2027, 1, 31)}
                                                     << qint64(0) << qint64(1040) << qint64(1040);
            QTest::newRow(FinanceFixture::rowName(backend, "month end: into March").constData()) << backend << QDate(2027, 2, 27)
                                                       << QList<QDate>{QDate(2027, 2, 28), QDate(2027, 3, 1), QDate(2027, 3, 6)}
                                                       << qint64(1040) << qint64(2080) << qint64(3120);
            QTest::newRow(FinanceFixture::rowName(backend, "year end").constData()) << backend << QDate(2026, 12, 30) << QList<QDate>{QDate(2027, 1, 1)}
                                          << qint64(0) << qint64(1040) << qint64(1040);
        }
    }
    void windows()
    {
        QFETCH(QString, backend);
        QFETCH(QDate, today);
        QFETCH(QList<QDate>, billingDates);
        QFETCH(qint64, tomorrow);
        QFETCH(qint64, next3);
        QFETCH(qint64, next7);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = FinanceFixture::addAccount(test.connection());
        FinanceFixture::addOptionFees(test.connection(), account, 395, 150);
        int n = 0;
        for (const QDate &date : billingDates)
            FinanceFixture::addNumber(test.connection(), account, QStringLiteral("+1212555%1").arg(100 + n++, 4, 10, QLatin1Char('0')), 495,
                                      date, true, true);
        // 22:30 in New York is already the next day in UTC: the account's zone decides what "today" is.
        const Clock clock = Clock::fixed(QDateTime(today, QTime(22, 30), QTimeZone("America/New_York")));
        auto windows = UpcomingCharges::forAccount(test.connection(), account, clock);
        QVERIFY2(windows.ok(), qPrintable(windows.errorMessage()));
        QCOMPARE(windows->tomorrow.minor(), tomorrow);
        QCOMPARE(windows->next3Days.minor(), next3);
        QCOMPARE(windows->next7Days.minor(), next7);
        QCOMPARE(windows->tomorrow.currency(), QStringLiteral("USD"));
    }

    void optionsOnlyWhenTheNumberHasThem()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        const Account account = FinanceFixture::addAccount(test.connection());
        FinanceFixture::addOptionFees(test.connection(), account, 395, 150);
        const QDate today(2026, 11, 23);
        FinanceFixture::addNumber(test.connection(), account, QStringLiteral("+12125550100"), 495, today.addDays(1), false, true);
        FinanceFixture::addNumber(test.connection(), account, QStringLiteral("+12125550101"), 295, today.addDays(2), true, false);
        const auto windows = UpcomingCharges::forAccount(test.connection(), account,
                                                         Clock::fixed(QDateTime(today, QTime(9, 0), QTimeZone("America/New_York"))));
        QCOMPARE(windows->tomorrow.minor(), qint64(645));
        QCOMPARE(windows->next3Days.minor(), qint64(645 + 690));
        QCOMPARE(windows->charges.size(), 2);
    }

    // The subscription renews on the invoice day (the 1st here): its package and the monthly options
    // outside it, in the windows and in the forecast; bundled options, removed options and number
    // options (in the numbers' fees) are not charged again; a cancelling subscription stops after its
    // last day, and a pending downgrade renews at the new price from its date.
    void subscriptionRenewals_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("endsOn");
        QTest::addColumn<QString>("pendingOn");
        QTest::addColumn<QList<qint64>>("renewals"); // Dec 1, Jan 1, Feb 1 (0: none)
        for (const QString &backend : FinanceFixture::backends()) {
            // Package $20.00 + options $3.95 × 2 = $27.90.
            QTest::newRow(FinanceFixture::rowName(backend, "active").constData())
                << backend << QStringLiteral("active") << QString() << QString() << QList<qint64>{2790, 2790, 2790};
            QTest::newRow(FinanceFixture::rowName(backend, "cancelling at the end of December").constData())
                << backend << QStringLiteral("cancelling") << QStringLiteral("2026-12-31") << QString() << QList<qint64>{2790, 0, 0};
            QTest::newRow(FinanceFixture::rowName(backend, "cancelled").constData())
                << backend << QStringLiteral("cancelled") << QStringLiteral("2026-11-30") << QString() << QList<qint64>{0, 0, 0};
            // Downgrade to the $10.00 package on January 1st (the options stay).
            QTest::newRow(FinanceFixture::rowName(backend, "pending downgrade").constData())
                << backend << QStringLiteral("active") << QString() << QStringLiteral("2027-01-01") << QList<qint64>{2790, 1790, 1790};
        }
    }
    void subscriptionRenewals()
    {
        QFETCH(QString, backend);
        QFETCH(QString, status);
        QFETCH(QString, endsOn);
        QFETCH(QString, pendingOn);
        QFETCH(QList<qint64>, renewals);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        const Account account = FinanceFixture::addAccount(db);
        QCOMPARE(account.invoiceDay, 1);
        const qint64 number = FinanceFixture::addNumber(db, account, QStringLiteral("+12125550100"), 0, QDate(2026, 12, 15));
        const auto insert = [&](const QString &sql, const QVariantList &values) { return Sql::insert(db, sql, values).value(); };
        const qint64 pro = insert(QStringLiteral("INSERT INTO catalogue_packages (account_id, code, name, monthly_price_minor, currency, rank) "
                                                 "VALUES (?, 'pro', 'Pro', 2000, 'USD', 2) RETURNING id"), {account.id});
        insert(QStringLiteral("INSERT INTO catalogue_packages (account_id, code, name, monthly_price_minor, currency, rank) "
                              "VALUES (?, 'basic', 'Basic', 1000, 'USD', 1) RETURNING id"), {account.id});
        const auto option = [&](const char *code, qint64 price) {
            return insert(QStringLiteral("INSERT INTO catalogue_options (account_id, code, name, kind, monthly_price_minor, currency) "
                                         "VALUES (?, ?, ?, 'service', ?, 'USD') RETURNING id"),
                          {account.id, QString::fromLatin1(code), QString::fromLatin1(code).toUpper(), price});
        };
        const qint64 bundled = option("voicemail", 500);
        const qint64 lines = option("lines", 395);
        const qint64 removed = option("recording", 700);
        const qint64 sms = option("sms", 100);
        QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO catalogue_bundles (account_id, package_id, option_id) VALUES (?, ?, ?)"),
                          {account.id, pro, bundled}).ok());
        QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO subscriptions (account_id, package_id, status, started_on, ends_on) "
                                             "VALUES (?, ?, ?, '2026-01-01', ?)"),
                          {account.id, pro, status, endsOn.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(endsOn)}).ok());
        const QString item = QStringLiteral("INSERT INTO subscription_items (account_id, option_id, number_id, quantity, started_on, ends_on) "
                                            "VALUES (?, ?, ?, ?, '2026-01-01', ?)");
        const QVariant none(QMetaType(QMetaType::QString));
        const QVariant noNumber(QMetaType(QMetaType::LongLong));
        QVERIFY(Sql::exec(db, item, {account.id, bundled, noNumber, 1, none}).ok());
        QVERIFY(Sql::exec(db, item, {account.id, lines, noNumber, 2, none}).ok());
        QVERIFY(Sql::exec(db, item, {account.id, removed, noNumber, 1, QStringLiteral("2026-11-30")}).ok());
        QVERIFY(Sql::exec(db, item, {account.id, sms, number, 1, none}).ok());
        if (!pendingOn.isEmpty()) {
            // As SubscriptionService records a confirmed downgrade (an earlier upgrade does not count).
            const QString change = QStringLiteral("INSERT INTO subscription_changes (account_id, changed_at, change_kind, item_code, currency, "
                                                  "effective_on) VALUES (?, ?, ?, ?, 'USD', ?)");
            QVERIFY(Sql::exec(db, change, {account.id, 100, QStringLiteral("upgrade"), QStringLiteral("pro"), QStringLiteral("2026-10-02")}).ok());
            QVERIFY(Sql::exec(db, change, {account.id, 200, QStringLiteral("downgrade"), QStringLiteral("basic"), pendingOn}).ok());
        }

        // Upcoming windows on Nov 28: December 1st is in "Next 3 Days" and "Next 7 Days".
        const QDate today(2026, 11, 28);
        const auto windows = UpcomingCharges::forAccount(db, account, Clock::fixed(QDateTime(today, QTime(9, 0), QTimeZone("America/New_York"))));
        QVERIFY2(windows.ok(), qPrintable(windows.errorMessage()));
        QCOMPARE(windows->tomorrow.minor(), qint64(0));
        QCOMPARE(windows->next3Days.minor(), renewals.at(0));
        QCOMPARE(windows->next7Days.minor(), renewals.at(0));

        // The forecast's charges over 90 days: the three invoice dates, by date.
        auto input = Forecast::inputFor(db, account, today, 90);
        QVERIFY2(input.ok(), qPrintable(input.errorMessage()));
        const QList<QDate> invoiceDates{QDate(2026, 12, 1), QDate(2027, 1, 1), QDate(2027, 2, 1)};
        for (int i = 0; i < invoiceDates.size(); ++i) {
            qint64 charged = 0;
            for (const RenewalSchedule::Charge &charge : input->charges) {
                if (charge.date == invoiceDates.at(i) && charge.numberId == 0) {
                    QVERIFY(!charge.label.isEmpty());
                    charged += charge.amountMinor;
                }
            }
            QCOMPARE(charged, renewals.at(i));
        }
        // And the forecast balance falls by them on those days (no usage, no other charge).
        const Forecast::Projection projection = Forecast::compute(input.value());
        QCOMPARE(projection.days.at(2).date, QDate(2026, 12, 1));
        QCOMPARE(projection.days.at(1).balanceWithoutMinor - projection.days.at(2).balanceWithoutMinor, renewals.at(0));
    }
};

QTEST_GUILESS_MAIN(TestUpcomingCharges)
#include "tst_upcomingcharges.moc"
