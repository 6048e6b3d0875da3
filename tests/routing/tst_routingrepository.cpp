#include "routing/routingreplay.h"
#include "routing/routingrepository.h"
#include "routingtestconfig.h"

#include "db/sql.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Loading and saving a number's routing on both backends (one transaction, optimistic version check,
// employees refused), and the replay of real calls against draft and saved rules.
class TestRoutingRepository final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        qint64 account = 0;
        qint64 number = 0;
        qint64 other = 0;
    };

    static Fixture addNumbers(const QSqlDatabase &db)
    {
        Fixture f;
        f.account = Sql::insert(db, u"INSERT INTO accounts (name, account_number, created_at) VALUES ('Test', 'T-1', 0) RETURNING id"_s).value();
        const QString number = u"INSERT INTO numbers (account_id, e164, country, number_type, currency, ordered_on, next_billing_on) "
                               "VALUES (?, ?, 'US', 'local', 'USD', '2026-01-01', '2026-12-01') RETURNING id"_s;
        f.number = Sql::insert(db, number, {f.account, u"+12125550142"_s}).value();
        f.other = Sql::insert(db, number, {f.account, u"+13055550119"_s}).value();
        return f;
    }

    static int count(const QSqlDatabase &db, const QString &table, qint64 number)
    {
        return Sql::scalar(db, u"SELECT COUNT(*) FROM %1 WHERE number_id = ?"_s.arg(table), {number})->toInt();
    }

private slots:
    void saveAndLoad_data() { TestDatabase::addBackendRows(); }
    void saveAndLoad()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Fixture f = addNumbers(test.connection());
        RoutingRepository repository(test.connection());

        auto numbers = repository.numbers(f.account);
        QVERIFY(numbers.ok());
        QCOMPARE(numbers->size(), 2);
        QCOMPARE(numbers->first().e164, u"+12125550142"_s);

        auto empty = repository.load(f.account, u"+12125550142"_s);
        QVERIFY2(empty.ok(), qPrintable(empty.errorMessage()));
        QCOMPARE(empty->config.timezone, u"America/New_York"_s);
        QVERIFY(empty->config.voicemail);
        QVERIFY(empty->config.rules.isEmpty());
        QCOMPARE(repository.load(f.account, u"+19995550000"_s).errorKind(), Error::Kind::NotFound);

        RoutingConfig config = routingTestConfig();
        config.timezone = u"Europe/Paris"_s;
        config.voicemail = false;
        config.ivr = {true, u"Press 1"_s, QLatin1Char('1'), RoutingConfig::IvrNoInput::Reject};
        auto saved = repository.save(f.account, f.number, empty->number.version, config, AccessRole::Owner);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(saved.value(), empty->number.version + 1);

        auto loaded = repository.loadById(f.account, f.number);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->number.version, saved.value());
        QVERIFY(loaded->config == config);
        QCOMPARE(count(test.connection(), u"routing_rules"_s, f.other), 0);

        // Saving again replaces, never appends.
        config.rules.removeLast();
        QVERIFY(repository.save(f.account, f.number, loaded->number.version, config, AccessRole::Admin).ok());
        QCOMPARE(count(test.connection(), u"routing_rules"_s, f.number), 7);
        QVERIFY(repository.loadById(f.account, f.number)->config == config);
    }

    void conflictForbiddenInvalid_data() { TestDatabase::addBackendRows(); }
    void conflictForbiddenInvalid()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Fixture f = addNumbers(test.connection());
        RoutingRepository repository(test.connection());
        const RoutingConfig config = routingTestConfig();
        const int version = repository.loadById(f.account, f.number)->number.version;
        QVERIFY(repository.save(f.account, f.number, version, config, AccessRole::Owner).ok());

        // Someone else saved since this version was read: refused, nothing changed.
        RoutingConfig mine = config;
        mine.rules.clear();
        auto stale = repository.save(f.account, f.number, version, mine, AccessRole::Owner);
        QCOMPARE(stale.errorKind(), Error::Kind::Conflict);
        QVERIFY(stale.errorMessage().contains(u"someone else"_s));
        QCOMPARE(count(test.connection(), u"routing_rules"_s, f.number), 8);

        const int current = repository.loadById(f.account, f.number)->number.version;
        auto employee = repository.save(f.account, f.number, current, mine, AccessRole::Employee);
        QCOMPARE(employee.errorKind(), Error::Kind::Forbidden);
        QCOMPARE(count(test.connection(), u"routing_rules"_s, f.number), 8);

        RoutingConfig invalid = config;
        invalid.rules[1].destinations.clear();
        auto refused = repository.save(f.account, f.number, current, invalid, AccessRole::Owner);
        QCOMPARE(refused.errorKind(), Error::Kind::InvalidInput);
        QVERIFY(refused.errorMessage().contains(u"Office"_s));
        QCOMPARE(repository.loadById(f.account, f.number)->number.version, current);
        QVERIFY(repository.loadById(f.account, f.number)->config == config);
    }

    void replay_data() { TestDatabase::addBackendRows(); }
    void replay()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Fixture f = addNumbers(test.connection());
        const QString call = u"INSERT INTO calls (account_id, number_id, did, caller, disposition, started_at, duration_s, currency) "
                             "VALUES (?, ?, ?, ?, ?, ?, 60, 'USD')"_s;
        auto at = [](const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch(); };
        const QString did = u"+12125550142"_s;
        const QList<QVariantList> calls{
            {f.account, f.number, did, u"+12125550100"_s, u"answered"_s, at("2026-11-23T15:00:00Z")},  // Mon 10:00 Office
            {f.account, f.number, did, u"+19005551234"_s, u"blocked"_s, at("2026-11-23T15:30:00Z")},   // blocked by +1900*
            {f.account, f.number, did, u"+12125550100"_s, u"voicemail"_s, at("2026-11-23T22:30:00Z")}, // Mon 17:30
            {f.account, f.number, did, u"+12125550101"_s, u"answered"_s, at("2026-11-24T04:30:00Z")},  // Mon 23:30 Night
            {f.account, f.number, did, u"+12125550102"_s, u"missed"_s, at("2026-11-28T16:00:00Z")},    // Sat 11:00 Saturday
            {f.account, f.number, did, u"+12125550103"_s, u"outbound"_s, at("2026-11-23T16:00:00Z")},  // outbound: not replayed
            {f.account, f.number, did, u"anonymous"_s, u"missed"_s, at("2026-11-23T16:00:00Z")},       // blocked
            {f.account, f.other, u"+13055550119"_s, u"+12125550100"_s, u"answered"_s, at("2026-11-23T15:00:00Z")}, // other number
            {f.account, f.number, did, u"+12125550100"_s, u"answered"_s, at("2026-10-01T15:00:00Z")},  // before the window
        };
        for (const QVariantList &row : calls)
            QVERIFY(Sql::exec(test.connection(), call, row).ok());

        const RoutingConfig saved = routingTestConfig();
        RoutingConfig draft = saved;
        draft.rules[1].endMinute = 18 * 60; // Office until 18:00
        draft.voicemail = false;
        const auto result = RoutingReplay::run(test.connection(), f.account, f.number,
                                               QDateTime::fromString(u"2026-11-16T00:00:00Z"_s, Qt::ISODate),
                                               QDateTime::fromString(u"2026-11-30T00:00:00Z"_s, Qt::ISODate), draft, saved);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        const RoutingReplay::Counts &s = result->saved;
        QCOMPARE(s.total, 6);
        QCOMPARE(s.perRule, (QList<qint64>{0, 1, 0, 1, 1, 0, 0, 0}));
        QCOMPARE(s.blocked, 2);
        QCOMPARE(s.voicemail, 1);
        QCOMPARE(s.uncovered, 1);
        QCOMPARE(s.forwarded, 3);
        QCOMPARE(s.rejected, 0);
        const RoutingReplay::Counts &d = result->draft;
        QCOMPARE(d.total, 6);
        QCOMPARE(d.perRule, (QList<qint64>{0, 2, 0, 1, 1, 0, 0, 0}));
        QCOMPARE(d.blocked, 2);
        QCOMPARE(d.voicemail, 0);
        QCOMPARE(d.uncovered, 0);
        QCOMPARE(d.forwarded, 4);
    }
};

QTEST_GUILESS_MAIN(TestRoutingRepository)
#include "tst_routingrepository.moc"
