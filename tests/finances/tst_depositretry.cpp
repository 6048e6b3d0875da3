#include "clirunner.h"
#include "finances/addfunds.h"
#include "finances/ledger.h"
#include "finances/offlinepaymentgateway.h"
#include "financefixture.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Issue 9: a deposit carries a client request id, so repeating it after a lost connection (or a
// lost answer) never charges twice: the first deposit is found and returned, the card is not
// charged again. In the model and in `linedesk-cli finances add-funds --request-id`, both backends.
class TestDepositRetry final : public QObject
{
    Q_OBJECT

private:
    static qint64 deposits(const QSqlDatabase &db)
    {
        return Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE kind = 'deposit'")).value().toLongLong();
    }

private slots:
    void repeatedRequest_data() { TestDatabase::addBackendRows(); }
    void repeatedRequest()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = FinanceFixture::addAccount(test.connection());
        FinanceFixture::addCard(test.connection(), account);
        const Clock clock = Clock::fixed(FinanceFixture::eastern(2026, 11, 23, 10, 0));
        const Money amount = Money::parse(QStringLiteral("25.00"), QStringLiteral("USD")).value();

        OfflinePaymentGateway first;
        auto receipt = AddFunds(test.connection(), account, AccessRole::Owner, &first, clock).byCard(amount, 0, QStringLiteral("req-42"));
        QVERIFY2(receipt.ok(), qPrintable(receipt.errorMessage()));
        QCOMPARE(first.chargesMade(), 1);

        // Another process retries (its gateway session knows nothing of the first charge).
        OfflinePaymentGateway retry;
        auto again = AddFunds(test.connection(), account, AccessRole::Owner, &retry, clock).byCard(amount, 0, QStringLiteral("req-42"));
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(again->transactionId, receipt->transactionId);
        QCOMPARE(again->reference, receipt->reference);
        QCOMPARE(retry.chargesMade(), 0);
        QCOMPARE(deposits(test.connection()), qint64(1));
        QCOMPARE(Ledger(test.connection(), account).balance()->minor(), qint64(2500));

        // The same id for a different amount is a mistake, refused before any charge.
        const Money other = Money::parse(QStringLiteral("30.00"), QStringLiteral("USD")).value();
        auto mismatch = AddFunds(test.connection(), account, AccessRole::Owner, &retry, clock).byPayPal(other, QStringLiteral("req-42"));
        QCOMPARE(mismatch.errorKind(), Error::Kind::Conflict);
        QVERIFY(mismatch.errorMessage().contains(QStringLiteral("req-42")));
        QCOMPARE(retry.chargesMade(), 0);
        QCOMPARE(deposits(test.connection()), qint64(1));

        // A new id is a new deposit.
        QVERIFY(AddFunds(test.connection(), account, AccessRole::Owner, &retry, clock).byCard(amount, 0, QStringLiteral("req-43")).ok());
        QCOMPARE(retry.chargesMade(), 1);
        QCOMPARE(deposits(test.connection()), qint64(2));
    }

    void cliRequestId_data() { TestDatabase::addBackendRows(); }
    void cliRequestId()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = FinanceFixture::addAccount(test.connection());
        FinanceFixture::addCard(test.connection(), account);
        const QStringList base{QStringLiteral("--db"), test.cliArgument(), QStringLiteral("--now=2026-11-23T10:00:00-05:00"),
                               QStringLiteral("--format=json"), QStringLiteral("finances"), QStringLiteral("add-funds")};

        const CliRun first = runCli(base + QStringList{QStringLiteral("20.00"), QStringLiteral("--method=card"), QStringLiteral("--request-id=nightly-2026-11-23")});
        QCOMPARE(first.exitCode, 0);
        const QJsonObject one = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(one.value(QStringLiteral("balance")).toString(), QStringLiteral("20.00"));

        const CliRun retried = runCli(base + QStringList{QStringLiteral("20.00"), QStringLiteral("--method=card"), QStringLiteral("--request-id=nightly-2026-11-23")});
        QCOMPARE(retried.exitCode, 0);
        const QJsonObject two = QJsonDocument::fromJson(retried.out).object();
        QCOMPARE(two.value(QStringLiteral("transaction_id")), one.value(QStringLiteral("transaction_id")));
        QCOMPARE(two.value(QStringLiteral("balance")).toString(), QStringLiteral("20.00")); // charged once
        QCOMPARE(deposits(test.connection()), qint64(1));

        // Usage errors: exit 2, a message naming the problem, nothing written.
        const CliRun bad = runCli(base + QStringList{QStringLiteral("20.00"), QStringLiteral("--method=card"), QStringLiteral("--request-id=two words")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--request-id"), bad.err.constData());
        const CliRun wire = runCli(base + QStringList{QStringLiteral("500"), QStringLiteral("--method=wire"), QStringLiteral("--request-id=w1")});
        QCOMPARE(wire.exitCode, 2);
        QVERIFY2(wire.err.contains("--request-id"), wire.err.constData());
        QCOMPARE(deposits(test.connection()), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestDepositRetry)
#include "tst_depositretry.moc"
