#pragma once

#include "routingconfig.h"

#include "accounts/accessrole.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Loads and saves one number's routing configuration: its rules (routing_rules), caller filter
// (caller_filters and numbers.filter_mode) and the number's time zone, voicemail and IVR settings.
// A save replaces the whole configuration in one transaction, only if the number's row still has the
// version that was loaded (optimistic locking); an employee's save is refused.
class RoutingRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RoutingRepository)

public:
    struct Number
    {
        qint64 id = 0;
        QString e164;
        QString note;
        QString timezone;
        int version = 0;
    };
    struct Stored
    {
        Number number;
        RoutingConfig config;
    };

    explicit RoutingRepository(QSqlDatabase db);

    Result<QList<Number>> numbers(qint64 accountId) const;
    Result<Stored> load(qint64 accountId, const QString &e164) const;
    Result<Stored> loadById(qint64 accountId, qint64 numberId) const;
    // Returns the number's new version. Conflict when someone saved since expectedVersion was read.
    Result<int> save(qint64 accountId, qint64 numberId, int expectedVersion, const RoutingConfig &config, AccessRole role);

private:
    Result<Stored> loadWhere(qint64 accountId, const QString &condition, const QVariant &key) const;

    QSqlDatabase m_db;
};
