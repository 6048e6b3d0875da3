#include "finances/ledger.h"
#include "db/transaction.h"
#include "financefixture.h"
#include "testdatabase.h"

#include <QTest>

// The ledger: typed posts, the balance as their sum, idempotent request ids, roles, pending wires.
class TestLedger final : public QObject
{
    Q_OBJECT

private slots:
    void postAndBalance_data() { TestDatabase::addBackendRows(); }
    void postAndBalance()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = FinanceFixture::addAccount(test.connection());
        Ledger ledger(test.connection(), account);
        const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc());

        Ledger::Posting deposit{Ledger::Kind::Deposit, 5000};
        deposit.method = QStringLiteral("card");
        deposit.requestId = QStringLiteral("req-1");
        auto first = ledger.post(deposit, nullptr, now);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(!first->duplicate);
        auto retry = ledger.post(deposit, nullptr, now);
        QVERIFY(retry.ok());
        QVERIFY(retry->duplicate);
        QCOMPARE(retry->id, first->id);

        Ledger::Posting fee{Ledger::Kind::DidMonthly, -495};
        QVERIFY(ledger.post(fee, nullptr, now).ok());
        QCOMPARE(ledger.balance()->minor(), qint64(4505));

        // The same request id for another movement is a conflict, not a silent success.
        Ledger::Posting other{Ledger::Kind::Deposit, 9999};
        other.requestId = QStringLiteral("req-1");
        QCOMPARE(ledger.post(other, nullptr, now).errorKind(), Error::Kind::Conflict);

        // Inside the caller's transaction: rolled back with it.
        {
            Transaction outer(test.connection());
            QVERIFY(ledger.post(Ledger::Posting{Ledger::Kind::Subscription, -3995}, &outer, now).ok());
            outer.rollback();
        }
        QCOMPARE(ledger.balance()->minor(), qint64(4505));
        {
            Transaction outer(test.connection());
            QVERIFY(ledger.post(Ledger::Posting{Ledger::Kind::Subscription, -3995}, &outer, now).ok());
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(ledger.balance()->minor(), qint64(510));

        // A pending wire counts once received.
        Ledger::Posting wire{Ledger::Kind::Deposit, 20000};
        wire.status = Ledger::Status::Pending;
        wire.method = QStringLiteral("wire");
        const qint64 wireId = ledger.post(wire, nullptr, now)->id;
        QCOMPARE(ledger.balance()->minor(), qint64(510));
        QVERIFY(ledger.markReceived(wireId, now).ok());
        QCOMPARE(ledger.balance()->minor(), qint64(20510));
        QCOMPARE(ledger.markReceived(wireId, now).errorKind(), Error::Kind::Conflict);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("method");
        QTest::newRow("zero deposit") << int(Ledger::Kind::Deposit) << qint64(0) << QString();
        QTest::newRow("negative deposit") << int(Ledger::Kind::Deposit) << qint64(-100) << QString();
        QTest::newRow("positive fee") << int(Ledger::Kind::DidMonthly) << qint64(495) << QString();
        QTest::newRow("bad method") << int(Ledger::Kind::Deposit) << qint64(100) << QStringLiteral("cash");
    }
    void refusals()
    {
        QFETCH(int, kind);
        QFETCH(qint64, amount);
        QFETCH(QString, method);
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        const Account account = FinanceFixture::addAccount(test.connection());
        Ledger ledger(test.connection(), account);
        Ledger::Posting posting{Ledger::Kind(kind), amount};
        posting.method = method;
        QCOMPARE(ledger.post(posting).errorKind(), Error::Kind::InvalidInput);
        QCOMPARE(ledger.balance()->minor(), qint64(0));
    }

    void employeeIsForbidden_data() { TestDatabase::addBackendRows(); }
    void employeeIsForbidden()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = FinanceFixture::addAccount(test.connection());
        Ledger ledger(test.connection(), account, AccessRole::Employee);
        QCOMPARE(ledger.post(Ledger::Posting{Ledger::Kind::Deposit, 1500}).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(ledger.markReceived(1, QDateTime::currentDateTimeUtc()).errorKind(), Error::Kind::Forbidden);
        QCOMPARE(ledger.balance()->minor(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
