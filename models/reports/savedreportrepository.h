#pragma once

#include "savedreport.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// Stores report definitions by name per account; saving an existing name replaces its definition.
// Every replace and delete checks the row's version (issue 9, "No lost edits").
class SavedReportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SavedReportRepository)

public:
    SavedReportRepository(QSqlDatabase db, qint64 accountId);

    Result<QList<SavedReport>> all() const;
    // Saving an existing name replaces its definition only while its version is still
    // `expectedVersion` (the version of the report the user opened under that name; 0: the version
    // stored when saving, which still catches a change between that read and the write). Otherwise a
    // Conflict says who changed it and when (RowStamp, "changed by NAME at TIME"), nothing is written.
    Result<qint64> save(const QString &name, const ReportQuery &query, const QString &preset, int expectedVersion = 0);
    // Deletes the report while its version is still `version`: else Conflict, or NotFound when gone.
    Result<void> remove(qint64 id, int version);

private:
    Error conflictOrMissing(qint64 id) const;

    QSqlDatabase m_db;
    qint64 m_accountId;
};
