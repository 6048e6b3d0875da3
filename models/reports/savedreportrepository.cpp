#include "savedreportrepository.h"

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

Result<qint64> SavedReportRepository::save(const QString &name, const ReportQuery &query, const QString &preset)
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
    auto existing = Sql::scalar(m_db, QStringLiteral("SELECT id FROM saved_reports WHERE account_id = ? AND name = ?"), {m_accountId, trimmed});
    qint64 id = 0;
    if (existing) {
        id = existing->toLongLong();
        if (auto updated = Sql::exec(m_db, QStringLiteral("UPDATE saved_reports SET definition = ?, version = version + 1 WHERE id = ?"),
                                     {json, id});
            !updated)
            return updated.error();
    } else if (existing.errorKind() == Error::Kind::NotFound) {
        auto inserted = Sql::insert(m_db, QStringLiteral("INSERT INTO saved_reports (account_id, name, definition) VALUES (?, ?, ?) RETURNING id"),
                                    {m_accountId, trimmed, json});
        if (!inserted)
            return inserted.error();
        id = inserted.value();
    } else {
        return existing.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> SavedReportRepository::remove(qint64 id)
{
    auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM saved_reports WHERE id = ? AND account_id = ?"), {id, m_accountId});
    if (!removed)
        return removed.error();
    return {};
}
