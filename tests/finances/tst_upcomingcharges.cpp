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
};

QTEST_GUILESS_MAIN(TestUpcomingCharges)
#include "tst_upcomingcharges.moc"
