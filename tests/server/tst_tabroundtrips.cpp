#include "serverfixture.h"
#include "testdatabase.h"

#include "accounts/accountsession.h"
#include "accounts/demodatagenerator.h"
#include "core/appidentity.h"
#include "core/localization.h"
#include "db/sql.h"
#include "finances/financestab.h"
#include "numbers/numberstab.h"
#include "reports/reportstab.h"
#include "routing/routingtab.h"
#include "server/servermembers.h"
#include "server/serversetup.h"
#include "subscription/subscriptiontab.h"

#include <QApplication>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>

// Issue 9, "Performance over a network": opening a tab costs a bounded number of SQL round trips,
// whatever the number of numbers or rules. Counted by the server itself (pg_stat_statements:
// every statement the tab's connection executed, transactions included) for each tab, on the demo
// account, then again with 200 more numbers and 1 000 more rules: the count must not move and
// stays at 5 or fewer.
class TestTabRoundTrips final : public QObject
{
    Q_OBJECT

private:
    using TabFactory = std::function<QWidget *(AccountSession *)>;

    static QList<QPair<QString, TabFactory>> tabs()
    {
        return {{QStringLiteral("numbers"), [](AccountSession *s) -> QWidget * { return new NumbersTab(s); }},
                {QStringLiteral("routing"), [](AccountSession *s) -> QWidget * { return new RoutingTab(s); }},
                {QStringLiteral("reports"), [](AccountSession *s) -> QWidget * { return new ReportsTab(s); }},
                {QStringLiteral("finances"), [](AccountSession *s) -> QWidget * { return new FinancesTab(s); }},
                {QStringLiteral("subscription"), [](AccountSession *s) -> QWidget * { return new SubscriptionTab(s); }}};
    }

    // Statements the login ran on the test database since the last reset, with the list for messages.
    static qint64 statementsOf(const QSqlDatabase &admin, const QString &login, QString *list)
    {
        QSqlQuery query(admin);
        query.prepare(QStringLiteral("SELECT calls, query FROM pg_stat_statements WHERE userid = "
                                     "(SELECT oid FROM pg_roles WHERE rolname = ?) AND dbid = "
                                     "(SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY calls DESC"));
        query.addBindValue(login);
        if (!query.exec())
            return -1;
        qint64 total = 0;
        while (query.next()) {
            total += query.value(0).toLongLong();
            *list += QStringLiteral("%1× %2\n").arg(query.value(0).toLongLong()).arg(query.value(1).toString().simplified().left(160));
        }
        return total;
    }

    static QMap<QString, qint64> measure(ServerFixture &server, const QString &login, QString *details)
    {
        QMap<QString, qint64> counts;
        AccountSession session;
        session.setClock(Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC)));
        if (!session.open(server.locationFor(login)))
            return counts;
        for (const auto &tab : tabs()) {
            // Let the previous tab's work end before counting this one.
            QCoreApplication::processEvents();
            if (!Sql::exec(server.admin(), QStringLiteral("SELECT pg_stat_statements_reset()")))
                return {};
            std::unique_ptr<QWidget> widget(tab.second(&session));
            widget->resize(1200, 800);
            widget->show();
            if (!QTest::qWaitForWindowExposed(widget.get()))
                return {};
            // Whatever the tab queued for "after show", or runs on a worker's connection, is counted
            // too: wait until the count stays the same for half a second (at most 20 s).
            QString list;
            qint64 count = -1;
            int stable = 0;
            for (int i = 0; i < 400 && stable < 10; ++i) {
                QTest::qWait(50);
                QString now;
                const qint64 seen = statementsOf(server.admin(), login, &now);
                stable = seen == count ? stable + 1 : 0;
                count = seen;
                list = now;
            }
            counts.insert(tab.first, count);
            *details += QStringLiteral("== %1: %2 statements\n%3").arg(tab.first).arg(counts.value(tab.first)).arg(list);
        }
        return counts;
    }

private slots:
    void initTestCase()
    {
        AppIdentity::apply();
        Localization::apply(QStringLiteral("en"));
        if (!TestDatabase::postgresAvailable())
            QSKIP("LINEDESK_TEST_PG is not set: round trips are counted on PostgreSQL");
        m_server = std::make_unique<ServerFixture>();
        ServerFixture &server = *m_server;
        QVERIFY(server.create(false));
        const bool statsLoaded = Sql::exec(server.admin(), QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")).ok()
                                 && Sql::exec(server.admin(), QStringLiteral("SELECT pg_stat_statements_reset()")).ok();
        if (!statsLoaded) {
            QVERIFY2(qEnvironmentVariable("CI") != QLatin1String("true"),
                     "pg_stat_statements is not loaded: start the cluster with scripts/pg-test-cluster.sh");
            QSKIP("pg_stat_statements is not in shared_preload_libraries (start the cluster with scripts/pg-test-cluster.sh)");
        }
        const Clock clock = Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC));
        auto demo = DemoDataGenerator(server.admin(), clock, 1).generate();
        QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
        QVERIFY(ServerSetup(server.admin()).run());
        const QString login = server.uniqueLogin(QStringLiteral("roundtrips"));
        QVERIFY(ServerMembers(server.admin()).add(login, AccessRole::Admin, demo.value(), ServerFixture::passwordOf(login)));
        // Only the demo account: the fixture's own accounts go.
        QVERIFY(Sql::exec(server.admin(), QStringLiteral("DELETE FROM accounts WHERE id IN (?, ?)"), {server.accountA, server.accountB}));

        QString details;
        m_before = measure(server, login, &details);
        QCOMPARE(m_before.size(), 5);
        // Many more numbers, and rules on each: a tab that queries per row would count more.
        QVERIFY(Sql::exec(server.admin(),
                          QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, currency, ordered_on, "
                                         "next_billing_on, monthly_fee_minor) SELECT ?, '+1514777' || lpad(g::text, 4, '0'), "
                                         "'US', 'local', 'USD', '2026-01-01', '2026-12-01', 495 FROM generate_series(1, 200) g"),
                          {demo.value()}));
        QVERIFY(Sql::exec(server.admin(),
                          QStringLiteral("INSERT INTO routing_rules (account_id, number_id, position, name, days, start_time, "
                                         "end_time, action) SELECT n.account_id, n.id, r, 'Rule ' || r, 'mon,tue', '09:00', "
                                         "'17:00', 'voicemail' FROM numbers n, generate_series(1, 5) r WHERE n.account_id = ?"),
                          {demo.value()}));
        m_after = measure(server, login, &details);
        QCOMPARE(m_after.size(), 5);
        qInfo().noquote() << details;
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
            qInfo("%s tab: %lld statements (demo account), %lld (with 200 more numbers and 1 000 more rules)",
                  qPrintable(it.key()), it.value(), m_after.value(it.key()));
        }
    }

    void eachTab_data()
    {
        QTest::addColumn<QString>("tab");
        for (const auto &tab : tabs())
            QTest::newRow(qPrintable(tab.first)) << tab.first;
    }
    void eachTab()
    {
        QFETCH(QString, tab);
        QVERIFY2(m_before.value(tab) > 0, "nothing counted");
        // No query per number or per rule.
        QCOMPARE(m_after.value(tab), m_before.value(tab));
        // The budget (bench/README.md lists each tab's statements).
        QVERIFY2(m_before.value(tab) <= 5, qPrintable(QStringLiteral("%1 statements").arg(m_before.value(tab))));
    }

    void cleanupTestCase() { m_server.reset(); }

private:
    std::unique_ptr<ServerFixture> m_server;
    QMap<QString, qint64> m_before;
    QMap<QString, qint64> m_after;
};

QTEST_MAIN(TestTabRoundTrips)
#include "tst_tabroundtrips.moc"
