#include "serverfixture.h"

#include "db/sql.h"
#include "server/servermembers.h"
#include "server/serversetup.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

qint64 addAccount(const QSqlDatabase &db, const QString &name)
{
    auto id = Sql::insert(db, QStringLiteral("INSERT INTO accounts (name, account_number, currency, created_at) "
                                             "VALUES (?, ?, 'USD', 0) RETURNING id"),
                          {name, QString(name + QStringLiteral("-1"))});
    return id ? id.value() : 0;
}

qint64 addNumber(const QSqlDatabase &db, qint64 accountId, const QString &e164)
{
    auto id = Sql::insert(db, QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, currency, "
                                             "ordered_on, next_billing_on, note) VALUES (?, ?, 'US', 'local', 'USD', "
                                             "'2026-11-01', '2026-12-01', 'original') RETURNING id"),
                          {accountId, e164});
    return id ? id.value() : 0;
}

} // namespace

ServerFixture::ServerFixture() = default;

ServerFixture::~ServerFixture()
{
    const QSqlDatabase db = admin();
    for (const QString &login : std::as_const(m_logins)) {
        QSqlQuery(db).exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'").arg(login));
        QSqlQuery(db).exec(QStringLiteral("DROP OWNED BY \"%1\"").arg(login));
        QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
    }
}

bool ServerFixture::create(bool runSetup)
{
    if (!m_test.createAndOpen(QStringLiteral("postgresql")))
        return false;
    accountA = addAccount(admin(), QStringLiteral("Alpha"));
    accountB = addAccount(admin(), QStringLiteral("Beta"));
    numberA = addNumber(admin(), accountA, QStringLiteral("+15145550101"));
    numberB = addNumber(admin(), accountB, QStringLiteral("+15145550202"));
    if (!accountA || !accountB || !numberA || !numberB)
        return false;
    if (!runSetup)
        return true;
    auto report = ServerSetup(admin()).run();
    if (!report)
        qWarning("server setup failed: %s", qPrintable(report.errorMessage()));
    return report.ok();
}

QString ServerFixture::uniqueLogin(const QString &base)
{
    static int counter = 0;
    const QString login = QStringLiteral("%1_%2_%3").arg(base).arg(QCoreApplication::applicationPid()).arg(++counter);
    m_logins << login;
    return login;
}

QString ServerFixture::addUser(const QString &base, AccessRole role, qint64 accountId)
{
    const QString login = uniqueLogin(base);
    auto added = ServerMembers(admin()).add(login, role, accountId, passwordOf(login));
    if (!added)
        qWarning("add-user %s failed: %s", qPrintable(login), qPrintable(added.errorMessage()));
    return login;
}

DatabaseLocation ServerFixture::locationFor(const QString &login) const
{
    const DatabaseLocation &adminAt = m_test.location();
    DatabaseLocation location = DatabaseLocation::postgres(adminAt.host(), adminAt.port(), adminAt.databaseName(), login,
                                                           QStringLiteral("disable"));
    location.setPassword(passwordOf(login));
    return location;
}

std::unique_ptr<Database> ServerFixture::connectAs(const QString &login)
{
    auto database = std::make_unique<Database>();
    auto opened = database->open(locationFor(login));
    if (!opened) {
        qWarning("cannot connect as %s: %s", qPrintable(login), qPrintable(opened.errorMessage()));
        return nullptr;
    }
    return database;
}

qint64 ServerFixture::count(const QString &table, const QString &where)
{
    auto n = Sql::scalar(admin(), QStringLiteral("SELECT count(*) FROM %1%2")
                                      .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return n ? n->toLongLong() : -1;
}
