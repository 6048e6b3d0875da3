#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

// Inserts many rows with multi-row INSERT statements (one round trip per batch), on either engine.
// The caller owns the transaction; rows are sent when a batch is full and on flush().
class BatchInserter final
{
public:
    BatchInserter(QSqlDatabase db, QString table, QStringList columns, int rowsPerBatch = 250);

    Result<void> add(const QVariantList &row);
    Result<void> flush();
    qint64 rowsWritten() const { return m_written; }

private:
    Result<void> send(int rows);
    QString statementFor(int rows) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerBatch;
    QVariantList m_pending;
    QSqlQuery m_fullBatch; // prepared once, reused for every full batch
    bool m_fullPrepared = false;
    qint64 m_written = 0;
};
