#include "accounts/accountrepository.h"
#include "accounts/demodatagenerator.h"
#include "db/sql.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {

const Clock kNow = Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC));

// A digest of everything the generator wrote, in a stable order, ids left out.
QByteArray dump(const QSqlDatabase &db)
{
    const QStringList queries{
        QStringLiteral("SELECT name, account_number, billing_mode, currency, timezone FROM accounts ORDER BY account_number"),
        QStringLiteral("SELECT e164, country, number_type, plan, monthly_fee_minor, per_minute_micro, ordered_on, "
                       "next_billing_on, timezone, cnam_lookup, fax, sms, e911, filter_mode FROM numbers ORDER BY e164"),
        QStringLiteral("SELECT n.e164, r.position, r.name, r.days, r.start_time, r.end_time, r.date_from, r.action, "
                       "r.destinations FROM routing_rules r JOIN numbers n ON n.id = r.number_id ORDER BY n.e164, r.position"),
        QStringLiteral("SELECT did, caller, disposition, started_at, duration_s, charge_micro FROM calls "
                       "ORDER BY started_at, did, caller"),
        QStringLiteral("SELECT kind, occurred_at, amount_minor, did, quantity, status FROM ledger_transactions "
                       "ORDER BY occurred_at, kind, did, amount_minor"),
        QStringLiteral("SELECT attempted_at, amount_minor, outcome FROM autobilling_attempts ORDER BY attempted_at")};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &sql : queries) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return QByteArray("failed: ") + sql.toUtf8();
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(QByteArray(query.value(i).toString().trimmed().toUtf8() + '\x1f'));
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

} // namespace

class TestDemoData final : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameRows_data() { TestDatabase::addBackendRows(); }
    void sameSeedSameRows()
    {
        QFETCH(QString, backend);
        TestDatabase first;
        TestDatabase second;
        QVERIFY(first.createAndOpen(backend));
        QVERIFY(second.createAndOpen(backend));
        QVERIFY(DemoDataGenerator(first.connection(), kNow, 7).generate().ok());
        QVERIFY(DemoDataGenerator(second.connection(), kNow, 7).generate().ok());
        QCOMPARE(dump(first.connection()), dump(second.connection()));

        TestDatabase other;
        QVERIFY(other.createAndOpen(backend));
        QVERIFY(DemoDataGenerator(other.connection(), kNow, 8).generate().ok());
        QVERIFY(dump(other.connection()) != dump(first.connection()));
    }

    void sameRowsOnBothBackends()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("LINEDESK_TEST_PG is not set");
        TestDatabase sqlite;
        TestDatabase postgres;
        QVERIFY(sqlite.createAndOpen(QStringLiteral("sqlite")));
        QVERIFY(postgres.createAndOpen(QStringLiteral("postgresql")));
        QVERIFY(DemoDataGenerator(sqlite.connection(), kNow, 1).generate().ok());
        QVERIFY(DemoDataGenerator(postgres.connection(), kNow, 1).generate().ok());
        QCOMPARE(dump(postgres.connection()), dump(sqlite.connection()));
    }

    void looksLikeARealBusiness_data() { TestDatabase::addBackendRows(); }
    void looksLikeARealBusiness()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        QList<int> progress;
        DemoDataGenerator generator(test.connection(), kNow, 1);
        generator.setProgressHandler([&](int percent) { progress << percent; });
        auto id = generator.generate();
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        QCOMPARE(progress.first(), 0);
        QCOMPARE(progress.last(), 100);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));

        const QSqlDatabase db = test.connection();
        auto count = [&](const QString &sql) { return Sql::scalar(db, sql)->toLongLong(); };
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM numbers")), qint64(12));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT country) FROM numbers")), qint64(4));
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM numbers WHERE number_type = 'toll-free'")) >= 1);
        const qint64 calls = count(QStringLiteral("SELECT COUNT(*) FROM calls"));
        QVERIFY2(calls > 40000 && calls < 65000, qPrintable(QString::number(calls)));
        // Six months of history, none of it in the future.
        const qint64 now = kNow.now().toSecsSinceEpoch();
        QVERIFY(count(QStringLiteral("SELECT MAX(started_at) FROM calls")) < now);
        QVERIFY(count(QStringLiteral("SELECT MIN(started_at) FROM calls")) < now - 180 * 86400);
        QVERIFY(count(QStringLiteral("SELECT MIN(started_at) FROM calls")) > now - 186 * 86400);
        // Missed calls are a believable share, and there are all kinds.
        const qint64 missed = count(QStringLiteral("SELECT COUNT(*) FROM calls WHERE disposition = 'missed'"));
        QVERIFY(missed > calls / 20 && missed < calls / 4);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT disposition) FROM calls")), qint64(5));
        // Weekdays are busier than Sundays, office hours busier than nights (New York number).
        const QString byDay = QStringLiteral("SELECT COUNT(*) FROM calls WHERE did = '+12125550142' AND started_at BETWEEN %1 AND %2");
        const qint64 monday = QDateTime(QDate(2026, 11, 16), QTime(0, 0), QTimeZone("America/New_York")).toSecsSinceEpoch();
        const qint64 sunday = QDateTime(QDate(2026, 11, 15), QTime(0, 0), QTimeZone("America/New_York")).toSecsSinceEpoch();
        QVERIFY(count(byDay.arg(monday).arg(monday + 86399)) > 3 * count(byDay.arg(sunday).arg(sunday + 86399)));
        // The ledger adds up to a positive balance, and automatic billing kept it there.
        AccountRepository accounts(db);
        const auto account = accounts.find(id.value());
        QVERIFY(account.ok());
        QVERIFY(accounts.balance(account.value())->minor() > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM autobilling_attempts WHERE outcome = 'declined'")) == 1);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE status = 'pending'")) == 1);
        // Every kind of statement line the Finances and Invoices tabs read.
        for (const char *kind : {"deposit", "did_monthly", "call_incoming", "call_outgoing", "cnam", "e911", "fax"}) {
            QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE kind = '%1'")
                               .arg(QLatin1String(kind))) > 0, kind);
        }
        // Never a card number: only the token and the last four digits.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payment_methods WHERE length(last4) = 4")), qint64(1));
    }

    void sameSeedTwiceIsRefusedAndWritesNothing_data() { TestDatabase::addBackendRows(); }
    void sameSeedTwiceIsRefusedAndWritesNothing()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        QVERIFY(DemoDataGenerator(test.connection(), kNow, 3).generate().ok());
        const QByteArray before = dump(test.connection());
        auto again = DemoDataGenerator(test.connection(), kNow, 3).generate();
        QVERIFY(!again.ok());
        QCOMPARE(again.errorKind(), Error::Kind::Conflict);
        QCOMPARE(dump(test.connection()), before);
        // Another seed adds a second account beside the first.
        QVERIFY(DemoDataGenerator(test.connection(), kNow, 4).generate().ok());
        QCOMPARE(AccountRepository(test.connection()).all()->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
