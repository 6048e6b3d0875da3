#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

class Database;

// Watches one open Database for the team-server features of issue 9:
// - live updates: LISTENs on PostgreSQL's `linedesk_changes` channel (migration 0003's triggers) and
//   reports the changes other connections made; on SQLite, where notifications only see the own
//   connection, it notices other connections' commits through PRAGMA data_version;
// - connection loss: notices that the server went away, reconnects with backoff (250 ms doubling up
//   to 8 s), prepares anew and LISTENs again, and says so, so that the window can show it.
// It runs in the thread of the Database's connection, on that thread's event loop.
class DatabaseMonitor final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kChannel = "linedesk_changes";
    static constexpr int kFirstRetryMs = 250;
    static constexpr int kMaxRetryMs = 8000;

    explicit DatabaseMonitor(Database *database, QObject *parent = nullptr);
    ~DatabaseMonitor() override;

    // Subscribes and starts watching. Idempotent.
    void start();
    void stop();

    bool isConnected() const { return m_connected; }
    bool isSubscribed() const { return m_subscribed; }
    int retryAttempt() const { return m_attempt; }

    // The wait before reconnect attempt number `attempt` (0-based): 250, 500, 1000, … 8000, 8000 ms.
    static int retryDelay(int attempt);

    // How often the connection is probed with a cheap query on a server (default 5 s); a loss is
    // usually seen sooner, when the socket closes or a query fails.
    void setProbeInterval(int milliseconds);

public slots:
    // Checks the connection now (after a failed query, for instance); starts reconnecting if it is gone.
    void checkConnection();
    // Skips the rest of the current backoff wait and tries to reconnect now.
    void retryNow();

signals:
    // Another connection changed a row: `table` as in the schema ("*" when unknown: SQLite, or after
    // a reconnect, when anything may have changed), the row's account (0: unknown) and its key (the
    // number for numbers and routing rows, else 0).
    void changed(const QString &table, qint64 accountId, qint64 key);
    void connectionLost();
    void retryScheduled(int attempt, int delayMs);
    void reconnected();

private:
    void handleNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void subscribe();
    void markLost();
    void tryReconnect();
    void poll();
    bool isServer() const;
    qint64 sqliteDataVersion() const;

    Database *m_database;
    QTimer m_pollTimer;
    QTimer m_retryTimer;
    qint64 m_lastProbeMs = 0;
    int m_probeIntervalMs = 5000;
    qint64 m_dataVersion = -1;
    bool m_started = false;
    bool m_connected = true;
    bool m_subscribed = false;
    int m_attempt = 0;
    QMetaObject::Connection m_notificationConnection;
};
