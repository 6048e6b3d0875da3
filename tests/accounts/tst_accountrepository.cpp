#include "accounts/accountlistmodel.h"
#include "accounts/accountrepository.h"
#include "db/sql.h"
#include "modeltesting.h"
#include "testdatabase.h"

#include <QTest>

class TestAccountRepository final : public QObject
{
    Q_OBJECT

private:
    static qint64 addAccount(const QSqlDatabase &db, const QString &name, const QString &number)
    {
        return Sql::insert(db, QStringLiteral("INSERT INTO accounts (name, account_number, currency, created_at) "
                                              "VALUES (?, ?, 'CAD', 0) RETURNING id"),
                           {name, number}).value();
    }

private slots:
    void resolveAndBalance_data() { TestDatabase::addBackendRows(); }
    void resolveAndBalance()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        AccountRepository accounts(test.connection());
        QCOMPARE(accounts.resolve(0).errorKind(), Error::Kind::NotFound);

        const qint64 a = addAccount(test.connection(), QStringLiteral("Alpha"), QStringLiteral("A-1"));
        const qint64 b = addAccount(test.connection(), QStringLiteral("Beta"), QStringLiteral("B-1"));
        QCOMPARE(accounts.resolve(0)->id, a);
        QCOMPARE(accounts.resolve(b)->name, QStringLiteral("Beta"));
        QCOMPARE(accounts.resolve(b + 10).errorKind(), Error::Kind::NotFound);

        const QString post = QStringLiteral("INSERT INTO ledger_transactions (account_id, kind, occurred_at, amount_minor, "
                                            "currency, status) VALUES (?, ?, 0, ?, 'CAD', ?)");
        QVERIFY(Sql::exec(test.connection(), post, {a, QStringLiteral("deposit"), 5000, QStringLiteral("posted")}).ok());
        QVERIFY(Sql::exec(test.connection(), post, {a, QStringLiteral("did_monthly"), -495, QStringLiteral("posted")}).ok());
        QVERIFY(Sql::exec(test.connection(), post, {a, QStringLiteral("deposit"), 90000, QStringLiteral("pending")}).ok());
        QVERIFY(Sql::exec(test.connection(), post, {b, QStringLiteral("deposit"), 100, QStringLiteral("posted")}).ok());
        const Money balance = accounts.balance(accounts.find(a).value()).value();
        QCOMPARE(balance.minor(), qint64(4505)); // pending wires do not count
        QCOMPARE(balance.currency(), QStringLiteral("CAD"));
        QCOMPARE(accounts.counts(a)->transactions, qint64(3));
    }

    void listModel()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        AccountListModel model;
        auto tester = attachModelTester(&model);
        QCOMPARE(model.rowCount(), 0);
        addAccount(test.connection(), QStringLiteral("Alpha"), QStringLiteral("A-1"));
        const qint64 b = addAccount(test.connection(), QStringLiteral("Beta"), QStringLiteral("B-1"));
        model.setAccounts(AccountRepository(test.connection()).all().value());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(b), 1);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Beta (B-1)"));
        QCOMPARE(model.index(1).data(AccountListModel::AccountIdRole).toLongLong(), b);
        QCOMPARE(model.index(0).data(AccountListModel::CurrencyRole).toString(), QStringLiteral("CAD"));
        model.setAccounts({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "tst_accountrepository.moc"
