#include "batchinserter.h"

#include "database.h"

#include <QSqlError>

BatchInserter::BatchInserter(QSqlDatabase db, QString table, QStringList columns, int rowsPerBatch, QString onConflict)
    : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns)),
      m_rowsPerBatch(rowsPerBatch), m_onConflict(std::move(onConflict)), m_fullBatch(m_db)
{
    m_pending.reserve(m_rowsPerBatch * m_columns.size());
}

QString BatchInserter::statementFor(int rows) const
{
    QString placeholders = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        placeholders += QStringLiteral(",?");
    placeholders += QLatin1Char(')');
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i)
        values << placeholders;
    QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                            .arg(m_table, m_columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')));
    if (!m_onConflict.isEmpty())
        statement += QLatin1Char(' ') + m_onConflict;
    return statement;
}

Result<void> BatchInserter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending += row;
    if (m_pending.size() >= m_rowsPerBatch * m_columns.size())
        return send(m_rowsPerBatch);
    return {};
}

Result<void> BatchInserter::flush()
{
    const int rows = int(m_pending.size() / m_columns.size());
    return rows > 0 ? send(rows) : Result<void>();
}

Result<void> BatchInserter::send(int rows)
{
    QSqlQuery partial(m_db);
    QSqlQuery *query = &partial;
    if (rows == m_rowsPerBatch) {
        if (!m_fullPrepared) {
            if (!m_fullBatch.prepare(statementFor(rows)))
                return Database::errorFrom(m_fullBatch.lastError(), m_table);
            m_fullPrepared = true;
        }
        query = &m_fullBatch;
    } else if (!partial.prepare(statementFor(rows))) {
        return Database::errorFrom(partial.lastError(), m_table);
    }
    for (int i = 0; i < m_pending.size(); ++i)
        query->bindValue(i, m_pending.at(i));
    if (!query->exec())
        return Database::errorFrom(query->lastError(), m_table);
    m_written += rows;
    m_inserted += query->numRowsAffected();
    m_pending.clear();
    return {};
}
