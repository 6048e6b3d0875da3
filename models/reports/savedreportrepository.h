#pragma once

#include "savedreport.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// Stores report definitions by name per account; saving an existing name replaces its definition.
class SavedReportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SavedReportRepository)

public:
    SavedReportRepository(QSqlDatabase db, qint64 accountId);

    Result<QList<SavedReport>> all() const;
    Result<qint64> save(const QString &name, const ReportQuery &query, const QString &preset);
    Result<void> remove(qint64 id);

private:
    QSqlDatabase m_db;
    qint64 m_accountId;
};
