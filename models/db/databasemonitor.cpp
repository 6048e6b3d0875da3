#include "databasemonitor.h"

#include "database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

DatabaseMonitor::DatabaseMonitor(Database *database, QObject *parent) : QObject(parent), m_database(database)
{
    m_pollTimer.setInterval(1000);
    connect(&m_pollTimer, &QTimer::timeout, this, &DatabaseMonitor::poll);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DatabaseMonitor::tryReconnect);
}

DatabaseMonitor::~DatabaseMonitor()
{
    stop();
}

int DatabaseMonitor::retryDelay(int attempt)
{
    int delay = kFirstRetryMs;
    for (int i = 0; i < attempt && delay < kMaxRetryMs; ++i)
        delay *= 2;
    return qMin(delay, kMaxRetryMs);
}

void DatabaseMonitor::setProbeInterval(int milliseconds)
{
    m_probeIntervalMs = milliseconds;
}

bool DatabaseMonitor::isServer() const
{
    return m_database->backend() == DatabaseLocation::Backend::PostgreSQL;
}

void DatabaseMonitor::start()
{
    if (m_started)
        return;
    m_started = true;
    m_connected = m_database->isOpen();
    m_lastProbeMs = QDateTime::currentMSecsSinceEpoch();
    if (isServer())
        subscribe();
    else
        m_dataVersion = sqliteDataVersion();
    m_pollTimer.start();
    if (!m_connected)
        markLost();
}

void DatabaseMonitor::stop()
{
    m_started = false;
    m_pollTimer.stop();
    m_retryTimer.stop();
    disconnect(m_notificationConnection);
    if (m_subscribed && m_database->isOpen())
        m_database->connection().driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
    m_subscribed = false;
}

void DatabaseMonitor::subscribe()
{
    QSqlDriver *driver = m_database->connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    if (!m_notificationConnection)
        m_notificationConnection = connect(driver, &QSqlDriver::notification, this, &DatabaseMonitor::handleNotification);
    // A reopened connection has lost its LISTEN (PLATFORM.md): subscribe again.
    const QString channel = QString::fromLatin1(kChannel);
    if (driver->subscribedToNotifications().contains(channel))
        driver->unsubscribeFromNotification(channel);
    m_subscribed = driver->subscribeToNotification(channel);
}

void DatabaseMonitor::handleNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != QLatin1String(kChannel) || source == QSqlDriver::SelfSource)
        return; // the own connection's changes: the tab that made them has refreshed already
    // "table account_id key" (migration 0003).
    const QStringList parts = payload.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return;
    emit changed(parts.value(0), parts.value(1).toLongLong(), parts.value(2).toLongLong());
}

qint64 DatabaseMonitor::sqliteDataVersion() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void DatabaseMonitor::poll()
{
    if (!m_connected)
        return; // the retry timer is in charge
    if (!m_database->isOpen()) {
        markLost();
        return;
    }
    if (!isServer()) {
        // Another process (or connection) committed to the file: something may have changed.
        const qint64 version = sqliteDataVersion();
        if (version >= 0 && m_dataVersion >= 0 && version != m_dataVersion)
            emit changed(QStringLiteral("*"), 0, 0);
        if (version >= 0)
            m_dataVersion = version;
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastProbeMs >= m_probeIntervalMs) {
        m_lastProbeMs = now;
        checkConnection();
    }
}

void DatabaseMonitor::checkConnection()
{
    if (!m_started || !m_connected)
        return;
    if (!m_database->isOpen()) {
        markLost();
        return;
    }
    if (!isServer())
        return;
    QSqlQuery probe(m_database->connection());
    if (!probe.exec(QStringLiteral("SELECT 1")) && Database::isConnectionLoss(probe.lastError()))
        markLost();
}

void DatabaseMonitor::markLost()
{
    if (!m_connected && m_retryTimer.isActive())
        return;
    m_connected = false;
    m_subscribed = false;
    m_attempt = 0;
    emit connectionLost();
    const int delay = retryDelay(m_attempt);
    emit retryScheduled(m_attempt, delay);
    m_retryTimer.start(delay);
}

void DatabaseMonitor::retryNow()
{
    if (m_connected)
        return;
    m_retryTimer.stop();
    tryReconnect();
}

void DatabaseMonitor::tryReconnect()
{
    if (!m_started || m_connected)
        return;
    if (auto reopened = m_database->reconnect(); !reopened) {
        ++m_attempt;
        const int delay = retryDelay(m_attempt);
        emit retryScheduled(m_attempt, delay);
        m_retryTimer.start(delay);
        return;
    }
    m_connected = true;
    m_attempt = 0;
    m_lastProbeMs = QDateTime::currentMSecsSinceEpoch();
    if (isServer())
        subscribe();
    else
        m_dataVersion = sqliteDataVersion();
    emit reconnected();
    // Anything may have changed while the connection was down.
    emit changed(QStringLiteral("*"), 0, 0);
}
