#include "finances/forecast.h"
#include "finances/ledger.h"
#include "financefixture.h"
#include "testdatabase.h"

#include <QTest>

// The balance forecast against a 10-day example computed by hand, with one automatic top-up.
class TestForecast final : public QObject
{
    Q_OBJECT

private slots:
    void tenDaysByHand_data() { TestDatabase::addBackendRows(); }
    void tenDaysByHand()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        const Account account = FinanceFixture::addAccount(db);
        FinanceFixture::addOptionFees(db, account, 395, 150);
        FinanceFixture::addCard(db, account);
        const QDate today(2026, 11, 23); // a Monday
        FinanceFixture::addNumber(db, account, QStringLiteral("+12125550100"), 495, QDate(2026, 11, 26), false, true); // $6.45
        FinanceFixture::addNumber(db, account, QStringLiteral("+12125550101"), 2000, QDate(2026, 11, 30));             // $20.00
        Sql::exec(db, QStringLiteral("UPDATE autobilling_settings SET enabled = 1, threshold_minor = 8000, amount_minor = 5000 WHERE account_id = ?"),
                  {account.id}).value();

        // The 30 days before today (Oct 24 … Nov 22, across the end of DST): $3.00 a weekday in calls
        // and CNAM, $1.00 a weekend day, booked at 23:30 local time. A DID fee and a deposit in the
        // same days are not usage.
        Ledger ledger(db, account);
        const QTimeZone ny("America/New_York");
        for (int i = 1; i <= 30; ++i) {
            const QDate day = today.addDays(-i);
            const QDateTime late(day, QTime(23, 30), ny);
            const bool weekend = day.dayOfWeek() >= 6;
            QVERIFY(ledger.post({Ledger::Kind::CallIncoming, weekend ? -100 : -250, late}).ok());
            if (!weekend)
                QVERIFY(ledger.post({Ledger::Kind::Cnam, -50, late}).ok());
        }
        // Something 31 days ago is outside the window.
        QVERIFY(ledger.post({Ledger::Kind::CallOutgoing, -9999, QDateTime(today.addDays(-31), QTime(12, 0), ny)}).ok());
        QVERIFY(ledger.post({Ledger::Kind::DidMonthly, -495, QDateTime(today.addDays(-10), QTime(0, 5), ny)}).ok());
        // 30 days of usage = 20 × $3 + 10 × $1 = $70; with the fee and the old call: balance $100.00.
        QVERIFY(ledger.post({Ledger::Kind::Deposit, 10000 + 7000 + 495 + 9999, QDateTime(today.addDays(-40), QTime(9, 0), ny)}).ok());

        auto input = Forecast::inputFor(db, account, today, 10);
        QVERIFY2(input.ok(), qPrintable(input.errorMessage()));
        QCOMPARE(input->balanceMinor, qint64(10000));
        const std::array<qint64, 7> usage{300, 300, 300, 300, 300, 100, 100};
        QCOMPARE(input->usageMinor, usage);

        const Forecast::Projection p = Forecast::compute(input.value());
        // date, balance with automatic billing, top-up, balance without it.
        const QList<std::array<qint64, 3>> expected{
            {9700, 0, 9700},      // Tue 24: − $3
            {9400, 0, 9400},      // Wed 25: − $3
            {8455, 0, 8455},      // Thu 26: − $3 − $6.45 renewal
            {8155, 0, 8155},      // Fri 27
            {8055, 0, 8055},      // Sat 28: − $1
            {12955, 5000, 7955},  // Sun 29: − $1 → $79.55 ≤ $80 threshold → + $50 top-up
            {10655, 0, 5655},     // Mon 30: − $3 − $20 renewal
            {10355, 0, 5355},     // Tue Dec 1
            {10055, 0, 5055},     // Wed Dec 2
            {9755, 0, 4755},      // Thu Dec 3
        };
        QCOMPARE(p.days.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(p.days.at(i).date, today.addDays(i + 1));
            QCOMPARE(p.days.at(i).balanceMinor, expected.at(i)[0]);
            QCOMPARE(p.days.at(i).topUpMinor, expected.at(i)[1]);
            QCOMPARE(p.days.at(i).balanceWithoutMinor, expected.at(i)[2]);
        }
        QCOMPARE(p.thresholdDateWithout, QDate(2026, 11, 29));
        QVERIFY(!p.zeroDate.isValid());
        QVERIFY(!p.zeroDateWithout.isValid());
        QCOMPARE(p.thresholdMinor, qint64(8000));
    }

    void zeroDates_data()
    {
        QTest::addColumn<bool>("autobilling");
        QTest::addColumn<QDate>("zeroWith");
        QTest::addColumn<QDate>("zeroWithout");
        QTest::newRow("off") << false << QDate(2026, 1, 5) << QDate(2026, 1, 5);
        QTest::newRow("on") << true << QDate() << QDate(2026, 1, 5);
    }
    void zeroDates()
    {
        QFETCH(bool, autobilling);
        QFETCH(QDate, zeroWith);
        QFETCH(QDate, zeroWithout);
        Forecast::Input input;
        input.today = QDate(2026, 1, 1);
        input.balanceMinor = 1000;
        input.days = 30;
        input.usageMinor.fill(300);
        input.autobilling.enabled = autobilling;
        input.autobilling.thresholdMinor = 500;
        input.autobilling.amountMinor = 2000;
        const Forecast::Projection p = Forecast::compute(input);
        QCOMPARE(p.days.size(), 30);
        // From Jan 1: 7.00 on the 2nd, 4.00 on the 3rd, 1.00 on the 4th, −2.00 on the 5th without automatic billing.
        QCOMPARE(p.zeroDate, zeroWith);
        QCOMPARE(p.zeroDateWithout, zeroWithout);
        QCOMPARE(p.thresholdDateWithout, QDate(2026, 1, 3));
        if (autobilling) {
            QCOMPARE(p.days.at(1).topUpMinor, qint64(2000)); // 4.00 ≤ 5.00 on the 3rd
            QCOMPARE(p.days.at(1).balanceMinor, qint64(2400));
        }
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
