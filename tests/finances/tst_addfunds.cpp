#include "finances/addfunds.h"
#include "finances/ledger.h"
#include "finances/offlinepaymentgateway.h"
#include "financefixture.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QTest>

// PRODUCT.md rule 5: the card/PayPal minimum (a setting, $15 by default) and bank wires.
class TestAddFunds final : public QObject
{
    Q_OBJECT

private slots:
    void minimum_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<qint64>("minimum");
        QTest::addColumn<bool>("accepted");
        for (const QString &backend : FinanceFixture::backends()) {
            QTest::newRow(FinanceFixture::rowName(backend, "card $14.99").constData()) << backend << "card" << "14.99" << qint64(1500) << false;
            QTest::newRow(FinanceFixture::rowName(backend, "card $15.00").constData()) << backend << "card" << "15.00" << qint64(1500) << true;
            QTest::newRow(FinanceFixture::rowName(backend, "paypal $14.99").constData()) << backend << "paypal" << "14.99" << qint64(1500) << false;
            QTest::newRow(FinanceFixture::rowName(backend, "paypal $15.00").constData()) << backend << "paypal" << "15.00" << qint64(1500) << true;
            QTest::newRow(FinanceFixture::rowName(backend, "card $0.00").constData()) << backend << "card" << "0.00" << qint64(1500) << false;
            QTest::newRow(FinanceFixture::rowName(backend, "card -$20").constData()) << backend << "card" << "-20.00" << qint64(1500) << false;
            QTest::newRow(FinanceFixture::rowName(backend, "setting $25: $24.99").constData()) << backend << "card" << "24.99" << qint64(2500) << false;
            QTest::newRow(FinanceFixture::rowName(backend, "setting $25: $25.00").constData()) << backend << "paypal" << "25.00" << qint64(2500) << true;
        }
    }
    void minimum()
    {
        QFETCH(QString, backend);
        QFETCH(QString, method);
        QFETCH(QString, amount);
        QFETCH(qint64, minimum);
        QFETCH(bool, accepted);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        Account account = FinanceFixture::addAccount(test.connection());
        Sql::exec(test.connection(), QStringLiteral("UPDATE accounts SET min_deposit_minor = ? WHERE id = ?"), {minimum, account.id}).value();
        account.minDepositMinor = minimum;
        FinanceFixture::addCard(test.connection(), account);
        OfflinePaymentGateway gateway;
        AddFunds funds(test.connection(), account, AccessRole::Owner, &gateway, Clock::fixed(FinanceFixture::eastern(2026, 11, 23, 10, 0)));
        const Money money = Money::parse(amount, QStringLiteral("USD")).value();
        auto receipt = method == QLatin1String("card") ? funds.byCard(money, 0) : funds.byPayPal(money);
        QCOMPARE(receipt.ok(), accepted);
        const qint64 balance = Ledger(test.connection(), account).balance()->minor();
        if (accepted) {
            QCOMPARE(balance, money.minor());
        } else {
            QCOMPARE(receipt.errorKind(), Error::Kind::InvalidInput);
            QCOMPARE(balance, qint64(0));
            QCOMPARE(gateway.chargesMade(), 0);
            if (money.minor() > 0) // the message names the minimum
                QVERIFY2(receipt.errorMessage().contains(Money(minimum, QStringLiteral("USD")).format(QLocale(QLocale::English, QLocale::UnitedStates))),
                         qPrintable(receipt.errorMessage()));
        }
    }

    void retriedCardDepositCountsOnce()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        const Account account = FinanceFixture::addAccount(test.connection());
        FinanceFixture::addCard(test.connection(), account);
        OfflinePaymentGateway gateway;
        AddFunds funds(test.connection(), account, AccessRole::Owner, &gateway, Clock());
        const Money twenty(2000, QStringLiteral("USD"));
        QVERIFY(funds.byCard(twenty, 0, QStringLiteral("dep-1")).ok());
        QVERIFY(funds.byCard(twenty, 0, QStringLiteral("dep-1")).ok());
        QCOMPARE(Ledger(test.connection(), account).balance()->minor(), qint64(2000));
        gateway.declineNext(1, QStringLiteral("Do not honor"));
        auto declined = funds.byCard(twenty, 0);
        QCOMPARE(declined.errorKind(), Error::Kind::Conflict);
        QVERIFY(declined.errorMessage().contains(QStringLiteral("Do not honor")));
        QCOMPARE(Ledger(test.connection(), account).balance()->minor(), qint64(2000));
    }

    void bankWire_data() { TestDatabase::addBackendRows(); }
    void bankWire()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = FinanceFixture::addAccount(test.connection());
        OfflinePaymentGateway gateway;
        // Friday 2026-11-20: two business days → Tuesday, three → Wednesday; overdue after the 27th.
        const Clock friday = Clock::fixed(FinanceFixture::eastern(2026, 11, 20, 10, 0));
        AddFunds funds(test.connection(), account, AccessRole::Owner, &gateway, friday);
        // No minimum for wires; a $5 wire is accepted.
        auto wire = funds.byWire(Money(500, QStringLiteral("USD")));
        QVERIFY2(wire.ok(), qPrintable(wire.errorMessage()));
        QVERIFY(QRegularExpression(QStringLiteral("^WIRE-T-1-[A-Z2-9]{6}$")).match(wire->reference).hasMatch());
        QCOMPARE(wire->expectedFrom, QDate(2026, 11, 24));
        QCOMPARE(wire->expectedBy, QDate(2026, 11, 25));
        QCOMPARE(wire->overdueAfter, QDate(2026, 11, 27));
        QVERIFY(wire->instructions.contains(wire->reference));
        QCOMPARE(Ledger(test.connection(), account).balance()->minor(), qint64(0));
        QCOMPARE(gateway.chargesMade(), 0);

        auto onTime = AddFunds(test.connection(), account, AccessRole::Owner, &gateway,
                               Clock::fixed(FinanceFixture::eastern(2026, 11, 27, 12, 0))).pendingWires().value();
        QCOMPARE(onTime.size(), 1);
        QVERIFY(!onTime.first().overdue);
        AddFunds late(test.connection(), account, AccessRole::Owner, &gateway, Clock::fixed(FinanceFixture::eastern(2026, 11, 28, 9, 0)));
        QVERIFY(late.pendingWires()->first().overdue);

        QVERIFY(late.markReceived(wire->transactionId).ok());
        QCOMPARE(Ledger(test.connection(), account).balance()->minor(), qint64(500));
        QVERIFY(late.pendingWires()->isEmpty());
        QCOMPARE(late.markReceived(wire->transactionId).errorKind(), Error::Kind::Conflict);
    }

    void employeeIsForbidden()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        const Account account = FinanceFixture::addAccount(test.connection());
        FinanceFixture::addCard(test.connection(), account);
        OfflinePaymentGateway gateway;
        AddFunds funds(test.connection(), account, AccessRole::Employee, &gateway, Clock());
        const Money twenty(2000, QStringLiteral("USD"));
        QCOMPARE(funds.byCard(twenty, 0).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(funds.byPayPal(twenty).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(funds.byWire(twenty).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(gateway.chargesMade(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAddFunds)
#include "tst_addfunds.moc"
