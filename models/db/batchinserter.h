#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

// Inserts many rows with multi-row INSERT statements (one round trip per batch), on either engine.
// The caller owns the transaction; rows are sent when a batch is full and on flush().
// onConflict, when given, follows the VALUES list (e.g. "ON CONFLICT (a, b) DO NOTHING"), so rows
// that are already present are skipped: rowsInserted() then counts only the rows the database took.
class BatchInserter final
{
public:
    BatchInserter(QSqlDatabase db, QString table, QStringList columns, int rowsPerBatch = 250, QString onConflict = {});

    Result<void> add(const QVariantList &row);
    Result<void> flush();
    qint64 rowsWritten() const { return m_written; }   // rows sent
    qint64 rowsInserted() const { return m_inserted; } // rows the database reported as inserted

private:
    Result<void> send(int rows);
    QString statementFor(int rows) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerBatch;
    QString m_onConflict;
    QVariantList m_pending;
    QSqlQuery m_fullBatch; // prepared once, reused for every full batch
    bool m_fullPrepared = false;
    qint64 m_written = 0;
    qint64 m_inserted = 0;
};
