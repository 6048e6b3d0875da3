#include "savedreportrepository.h"

#include "db/rowstamp.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QJsonDocument>

SavedReportRepository::SavedReportRepository(QSqlDatabase db, qint64 accountId) : m_db(std::move(db)), m_accountId(accountId) {}

Result<QList<SavedReport>> SavedReportRepository::all() const
{
    auto rows = Sql::exec(m_db, QStringLiteral("SELECT id, name, definition, version FROM saved_reports WHERE account_id = ? ORDER BY name"),
                          {m_accountId});
    if (!rows)
        return rows.error();
    QList<SavedReport> reports;
    while (rows.value().next()) {
        const QJsonObject definition = QJsonDocument::fromJson(rows->value(2).toString().toUtf8()).object();
        reports.append({rows->value(0).toLongLong(), rows->value(1).toString(), ReportQuery::fromJson(definition),
                        definition.value(QStringLiteral("preset")).toString(), rows->value(3).toInt()});
    }
    return reports;
}

Error SavedReportRepository::conflictOrMissing(qint64 id) const
{
    return RowStamp::conflict(m_db, QStringLiteral("saved_reports"), QStringLiteral("id = ? AND account_id = ?"), {id, m_accountId},
                              tr("This saved report"), tr("This saved report no longer exists."));
}

Result<qint64> SavedReportRepository::save(const QString &name, const ReportQuery &query, const QString &preset, int expectedVersion)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return invalidInput(tr("A saved report needs a name."));
    QJsonObject definition = query.toJson();
    if (!preset.isEmpty())
        definition.insert(QStringLiteral("preset"), preset);
    const QString json = QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    auto existing = Sql::exec(m_db, QStringLiteral("SELECT id, version FROM saved_reports WHERE account_id = ? AND name = ?"),
                              {m_accountId, trimmed});
    if (!existing)
        return existing.error();
    qint64 id = 0;
    if (existing.value().next()) {
        id = existing->value(0).toLongLong();
        const int version = expectedVersion > 0 ? expectedVersion : existing->value(1).toInt();
        QVariantList bindings{json};
        bindings << RowStamp::values(m_db) << id << version;
        auto updated = Sql::exec(m_db,
                                 QStringLiteral("UPDATE saved_reports SET definition = ?, version = version + 1, %1 WHERE id = ? AND version = ?")
                                     .arg(RowStamp::assignments()),
                                 bindings);
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return conflictOrMissing(id);
    } else {
        auto inserted = Sql::insert(m_db, QStringLiteral("INSERT INTO saved_reports (account_id, name, definition) VALUES (?, ?, ?) RETURNING id"),
                                    {m_accountId, trimmed, json});
        if (!inserted)
            return inserted.error();
        id = inserted.value();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> SavedReportRepository::remove(qint64 id, int version)
{
    auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM saved_reports WHERE id = ? AND account_id = ? AND version = ?"),
                             {id, m_accountId, version});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() != 1)
        return conflictOrMissing(id);
    return {};
}
