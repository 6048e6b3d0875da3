#include "subscription/proration.h"

#include <QTest>

// PRODUCT.md rule 2: monthly × days to the next invoice date ÷ days in the period, rounded once.
class TestProration final : public QObject
{
    Q_OBJECT

private slots:
    void quote_data()
    {
        QTest::addColumn<QString>("monthly");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("invoiceDay");
        QTest::addColumn<bool>("prepaid");
        QTest::addColumn<QString>("prorated");
        QTest::addColumn<QString>("dueNow");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("periodDays");
        QTest::addColumn<QDate>("nextInvoice");

        // The seed's examples (000): $12.95 on November 23rd, invoices on the 1st.
        QTest::newRow("seed postpaid") << "12.95" << QDate(2026, 11, 23) << 1 << false << "3.45" << "3.45" << 8 << 30 << QDate(2026, 12, 1);
        QTest::newRow("seed prepaid") << "12.95" << QDate(2026, 11, 23) << 1 << true << "3.45" << "16.40" << 8 << 30 << QDate(2026, 12, 1);
        // Ties round half away from zero: 1001 × 15 / 30 = 500.5.
        QTest::newRow("tie up") << "10.01" << QDate(2026, 11, 16) << 1 << false << "5.01" << "5.01" << 15 << 30 << QDate(2026, 12, 1);
        QTest::newRow("one cent half") << "0.01" << QDate(2026, 11, 16) << 1 << false << "0.01" << "0.01" << 15 << 30 << QDate(2026, 12, 1);
        QTest::newRow("below half") << "0.01" << QDate(2026, 11, 17) << 1 << false << "0.00" << "0.00" << 14 << 30 << QDate(2026, 12, 1);
        // Month lengths: 28 (1295 × 14 / 28 = 647.5), 29 (leap 2028), 31.
        QTest::newRow("28-day February") << "12.95" << QDate(2026, 2, 15) << 1 << false << "6.48" << "6.48" << 14 << 28 << QDate(2026, 3, 1);
        QTest::newRow("29-day February") << "12.95" << QDate(2028, 2, 20) << 1 << false << "4.47" << "4.47" << 10 << 29 << QDate(2028, 3, 1);
        QTest::newRow("31-day January") << "12.95" << QDate(2027, 1, 21) << 1 << false << "4.60" << "4.60" << 11 << 31 << QDate(2027, 2, 1);
        QTest::newRow("30-day prepaid") << "12.95" << QDate(2026, 9, 10) << 1 << true << "9.07" << "22.02" << 21 << 30 << QDate(2026, 10, 1);
        // Another invoice day: the 15th. Nov 15 → Dec 15 is 30 days; Oct 15 → Nov 15 is 31.
        QTest::newRow("invoice day 15, after") << "12.95" << QDate(2026, 11, 23) << 15 << false << "9.50" << "9.50" << 22 << 30 << QDate(2026, 12, 15);
        QTest::newRow("invoice day 15, before") << "12.95" << QDate(2026, 11, 3) << 15 << false << "5.01" << "5.01" << 12 << 31 << QDate(2026, 11, 15);
        QTest::newRow("invoice day 28") << "30.00" << QDate(2027, 2, 27) << 28 << false << "0.97" << "0.97" << 1 << 31 << QDate(2027, 2, 28);
        // A start on the invoice day pays the whole period (prepaid: two months).
        QTest::newRow("start on invoice day") << "12.95" << QDate(2026, 11, 1) << 1 << false << "12.95" << "12.95" << 30 << 30 << QDate(2026, 12, 1);
        QTest::newRow("start on invoice day, prepaid") << "12.95" << QDate(2026, 11, 1) << 1 << true << "12.95" << "25.90" << 30 << 30 << QDate(2026, 12, 1);
        QTest::newRow("day before invoice day") << "12.95" << QDate(2026, 11, 30) << 1 << false << "0.43" << "0.43" << 1 << 30 << QDate(2026, 12, 1);
        // Last day of the month (invoice_day 0): Oct 31 → Nov 30; Jan 31 → Feb 28 (1295 × 18 / 28 = 832.5).
        QTest::newRow("last day") << "12.95" << QDate(2026, 11, 23) << 0 << false << "3.02" << "3.02" << 7 << 30 << QDate(2026, 11, 30);
        QTest::newRow("last day, February tie") << "12.95" << QDate(2027, 2, 10) << 0 << false << "8.33" << "8.33" << 18 << 28 << QDate(2027, 2, 28);
        QTest::newRow("last day, start on it") << "12.95" << QDate(2026, 11, 30) << 0 << false << "12.95" << "12.95" << 31 << 31 << QDate(2026, 12, 31);
        QTest::newRow("free option") << "0.00" << QDate(2026, 11, 23) << 1 << true << "0.00" << "0.00" << 8 << 30 << QDate(2026, 12, 1);
    }

    void quote()
    {
        QFETCH(QString, monthly);
        QFETCH(QDate, start);
        QFETCH(int, invoiceDay);
        QFETCH(bool, prepaid);
        auto price = Money::parse(monthly, QStringLiteral("USD"));
        QVERIFY(price.ok());
        auto quote = Proration::quote(price.value(), start, invoiceDay, prepaid);
        QVERIFY2(quote.ok(), qPrintable(quote.errorMessage()));
        QTEST(quote->prorated.toDecimalString(), "prorated");
        QTEST(quote->dueNow.toDecimalString(), "dueNow");
        QTEST(quote->days, "days");
        QTEST(quote->periodDays, "periodDays");
        QTEST(quote->nextInvoice, "nextInvoice");
        QCOMPARE(quote->dueNow.currency(), QStringLiteral("USD"));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<qint64>("monthlyMinor");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("invoiceDay");
        QTest::newRow("invoice day 29") << qint64(1295) << QDate(2026, 11, 23) << 29;
        QTest::newRow("invoice day -1") << qint64(1295) << QDate(2026, 11, 23) << -1;
        QTest::newRow("negative price") << qint64(-1) << QDate(2026, 11, 23) << 1;
        QTest::newRow("no date") << qint64(1295) << QDate() << 1;
    }

    void refusesBadInput()
    {
        QFETCH(qint64, monthlyMinor);
        QFETCH(QDate, start);
        QFETCH(int, invoiceDay);
        auto quote = Proration::quote(Money(monthlyMinor, QStringLiteral("USD")), start, invoiceDay, false);
        QVERIFY(!quote.ok());
        QCOMPARE(quote.errorKind(), Error::Kind::InvalidInput);
        QVERIFY(!quote.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProration)
#include "tst_proration.moc"
