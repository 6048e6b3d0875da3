#include "testdatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString kAdminConnection = QStringLiteral("linedesk-test-admin");

QSqlDatabase adminConnection()
{
    if (QSqlDatabase::contains(kAdminConnection))
        return QSqlDatabase::database(kAdminConnection);
    auto location = DatabaseLocation::parse(qEnvironmentVariable("LINEDESK_TEST_PG"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdminConnection);
    if (!location)
        return db;
    db.setHostName(location->host());
    db.setPort(location->port());
    db.setDatabaseName(location->databaseName());
    db.setUserName(location->user());
    db.setPassword(location->password());
    db.open();
    return db;
}

} // namespace

TestDatabase::TestDatabase() : m_database(std::make_unique<Database>()) {}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (!m_pgDatabase.isEmpty()) {
        QSqlQuery drop(adminConnection());
        drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
    }
}

bool TestDatabase::postgresAvailable()
{
    return !qEnvironmentVariable("LINEDESK_TEST_PG").isEmpty();
}

QStringList TestDatabase::backends()
{
    QStringList list{QStringLiteral("sqlite")};
    if (postgresAvailable())
        list << QStringLiteral("postgresql");
    return list;
}

void TestDatabase::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &backend : backends())
        QTest::newRow(qPrintable(backend)) << backend;
}

DatabaseLocation TestDatabase::create(const QString &backend)
{
    if (backend == QLatin1String("sqlite")) {
        m_location = DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("linedesk.sqlite")));
        return m_location;
    }
    static int counter = 0;
    m_pgDatabase = QStringLiteral("linedesk_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QSqlQuery create(adminConnection());
    if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase)))
        qWarning("cannot create test database: %s", qPrintable(create.lastError().text()));
    auto admin = DatabaseLocation::parse(qEnvironmentVariable("LINEDESK_TEST_PG"));
    m_location = DatabaseLocation::postgres(admin->host(), admin->port(), m_pgDatabase, admin->user(), QStringLiteral("disable"));
    m_location.setPassword(admin->password());
    return m_location;
}

bool TestDatabase::createAndOpen(const QString &backend)
{
    const DatabaseLocation location = create(backend);
    auto opened = m_database->open(location);
    if (!opened)
        qWarning("cannot open test database: %s", qPrintable(opened.errorMessage()));
    return opened.ok();
}

QString TestDatabase::cliArgument() const
{
    return m_location.isServer() ? m_location.toUrl() : m_location.path();
}
