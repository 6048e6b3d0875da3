#include "finances/ledger.h"
#include "finances/transactionhistorymodel.h"
#include "core/itemroles.h"
#include "financefixture.h"
#include "modeltesting.h"
#include "testdatabase.h"

#include <QTest>

// Transaction History (rules 7 and 11): deposits, DID monthly, fax and 911 only, never
// communication charges; any date range, however old; read a page at a time.
class TestTransactionHistory final : public QObject
{
    Q_OBJECT

private slots:
    void onlyStatementKinds_data() { TestDatabase::addBackendRows(); }
    void onlyStatementKinds()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = FinanceFixture::addAccount(test.connection());
        Ledger ledger(test.connection(), account);
        const QTimeZone ny("America/New_York");
        const QDateTime at(QDate(2024, 3, 10), QTime(12, 0), ny); // far beyond 90 days back
        for (Ledger::Kind kind : {Ledger::Kind::Deposit, Ledger::Kind::DidMonthly, Ledger::Kind::Fax, Ledger::Kind::E911,
                                  Ledger::Kind::CallIncoming, Ledger::Kind::CallOutgoing, Ledger::Kind::Cnam, Ledger::Kind::Tax,
                                  Ledger::Kind::Subscription}) {
            QVERIFY(ledger.post({kind, kind == Ledger::Kind::Deposit ? 2000 : -100, at}).ok());
        }
        TransactionHistoryModel model;
        auto tester = attachModelTester(&model);
        QVERIFY(model.setQuery(test.connection(), account, QDate(2024, 3, 1), QDate(2024, 3, 31)).ok());
        QCOMPARE(model.rowCount(), 4);
        QStringList kinds;
        for (int row = 0; row < model.rowCount(); ++row)
            kinds << model.index(row, TransactionHistoryModel::TypeColumn).data(ItemRoles::RawValueRole).toString();
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("deposit"), QStringLiteral("did_monthly"), QStringLiteral("e911"), QStringLiteral("fax")}));
        // From/To are whole local days: the 10th alone holds them all, the 11th nothing.
        QVERIFY(model.setQuery(test.connection(), account, QDate(2024, 3, 10), QDate(2024, 3, 10)).ok());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.setQuery(test.connection(), account, QDate(2024, 3, 11), QDate(2024, 3, 31)).ok());
        QCOMPARE(model.rowCount(), 0);
    }

    void pagesThroughABigRange()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        const Account account = FinanceFixture::addAccount(test.connection());
        Ledger ledger(test.connection(), account);
        const QDateTime start(QDate(2025, 1, 1), QTime(0, 5), QTimeZone("America/New_York"));
        // 450 fees at the same instant in pairs: keyset pagination must neither skip nor repeat a row.
        for (int i = 0; i < 450; ++i)
            QVERIFY(ledger.post({Ledger::Kind::DidMonthly, -(100 + i), start.addDays(i / 2)}).ok());
        QVERIFY(ledger.post({Ledger::Kind::CallIncoming, -5, start}).ok());
        TransactionHistoryModel model;
        auto tester = attachModelTester(&model);
        QVERIFY(model.setQuery(test.connection(), account, QDate(2025, 1, 1), QDate(2026, 12, 31)).ok());
        QCOMPARE(model.totalCount(), qint64(450));
        QCOMPARE(model.rowCount(), TransactionHistoryModel::kPageSize);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 450);
        QSet<qint64> amounts;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            amounts.insert(model.index(row, TransactionHistoryModel::AmountColumn).data(ItemRoles::RawValueRole).toLongLong());
            const qint64 when = model.index(row, TransactionHistoryModel::DateColumn).data(ItemRoles::RawValueRole).toLongLong();
            QVERIFY(when <= previous); // newest first
            previous = when;
        }
        QCOMPARE(amounts.size(), 450);
        QCOMPARE(model.index(0, TransactionHistoryModel::AmountColumn).data().toString().isEmpty(), false);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransactionHistory)
#include "tst_transactionhistory.moc"
