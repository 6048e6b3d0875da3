#include "callerfilterrepository.h"

#include "accounts/accountsession.h"
#include "db/rowstamp.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QSqlQuery>

namespace {

// RFC 4180 fields of one line (quoted fields may hold commas and doubled quotes).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

// QString() binds as NULL; the note column is NOT NULL.
QString notNull(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

} // namespace

CallerFilterRepository::CallerFilterRepository(QSqlDatabase db, qint64 accountId, AccessRole role)
    : m_db(std::move(db)), m_accountId(accountId), m_role(role)
{
}

CallerFilterRepository::CallerFilterRepository(const AccountSession &session)
    : CallerFilterRepository(session.connection(), session.account().id, session.role())
{
}

Result<void> CallerFilterRepository::checkWritable() const
{
    if (!::canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("Your role (employee) lets you view caller filters, not change them")};
    return {};
}

Result<void> CallerFilterRepository::checkNumber(qint64 numberId) const
{
    auto count = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM numbers WHERE id = ? AND account_id = ?"),
                             {numberId, m_accountId});
    if (!count)
        return count.error();
    if (count->toInt() == 0)
        return Error{Error::Kind::NotFound, tr("This number is no longer in the account")};
    return {};
}

Result<QList<CallerFilterEntry>> CallerFilterRepository::entries(qint64 numberId) const
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("SELECT id, number_id, position, pattern, note, version FROM caller_filters "
                                          "WHERE number_id = ? AND account_id = ? ORDER BY position, id"),
                           {numberId, m_accountId});
    if (!query)
        return query.error();
    QList<CallerFilterEntry> list;
    QSqlQuery &q = query.value();
    while (q.next()) {
        CallerFilterEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.numberId = q.value(1).toLongLong();
        entry.position = q.value(2).toInt();
        entry.pattern = q.value(3).toString();
        entry.note = q.value(4).toString();
        entry.version = q.value(5).toInt();
        list << entry;
    }
    return list;
}

Result<CallerFilter> CallerFilterRepository::filter(qint64 numberId) const
{
    auto mode = Sql::scalar(m_db, QStringLiteral("SELECT filter_mode FROM numbers WHERE id = ? AND account_id = ?"),
                            {numberId, m_accountId});
    if (!mode)
        return mode.errorKind() == Error::Kind::NotFound
                   ? Error{Error::Kind::NotFound, tr("This number is no longer in the account")}
                   : mode.error();
    CallerFilter::Mode parsed = CallerFilter::Mode::Off;
    CallerFilter::parseMode(mode->toString(), &parsed);
    auto list = entries(numberId);
    if (!list)
        return list.error();
    QList<CallerFilter::Entry> patterns;
    for (const CallerFilterEntry &entry : list.value())
        patterns.append({entry.pattern, entry.note});
    return CallerFilter(parsed, patterns);
}

Result<CallerFilterEntry> CallerFilterRepository::insert(qint64 numberId, const QString &pattern, const QString &note)
{
    auto position = Sql::scalar(m_db,
                                QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM caller_filters WHERE number_id = ?"),
                                {numberId});
    if (!position)
        return position.error();
    auto id = Sql::insert(m_db,
                          QStringLiteral("INSERT INTO caller_filters (account_id, number_id, position, pattern, note) "
                                         "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                          {m_accountId, numberId, position->toInt(), pattern, notNull(note)});
    if (!id)
        return id.error();
    CallerFilterEntry entry;
    entry.id = id.value();
    entry.numberId = numberId;
    entry.position = position->toInt();
    entry.pattern = pattern;
    entry.note = note.trimmed();
    return entry;
}

Result<CallerFilterEntry> CallerFilterRepository::add(qint64 numberId, const QString &pattern, const QString &note)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    auto normalized = CallerFilterEntry::normalizePattern(pattern);
    if (!normalized)
        return normalized.error();
    if (auto number = checkNumber(numberId); !number)
        return number.error();
    Transaction transaction(m_db);
    auto existing = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM caller_filters WHERE number_id = ? AND pattern = ?"),
                                {numberId, normalized.value()});
    if (!existing)
        return existing.error();
    if (existing->toInt() > 0)
        return invalidInput(tr("“%1” is already in this list").arg(normalized.value()));
    auto entry = insert(numberId, normalized.value(), note);
    if (!entry)
        return entry.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return entry;
}

Result<CallerFilterEntry> CallerFilterRepository::update(const CallerFilterEntry &edited)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    auto normalized = CallerFilterEntry::normalizePattern(edited.pattern);
    if (!normalized)
        return normalized.error();
    Transaction transaction(m_db);
    auto existing = Sql::scalar(m_db,
                                QStringLiteral("SELECT COUNT(*) FROM caller_filters WHERE number_id = ? AND pattern = ? AND id <> ?"),
                                {edited.numberId, normalized.value(), edited.id});
    if (!existing)
        return existing.error();
    if (existing->toInt() > 0)
        return invalidInput(tr("“%1” is already in this list").arg(normalized.value()));
    QVariantList bindings{normalized.value(), notNull(edited.note)};
    bindings << RowStamp::values(m_db) << edited.id << m_accountId << edited.version;
    auto updated = Sql::exec(m_db,
                             QStringLiteral("UPDATE caller_filters SET pattern = ?, note = ?, version = version + 1, %1 "
                                            "WHERE id = ? AND account_id = ? AND version = ?")
                                 .arg(RowStamp::assignments()),
                             bindings);
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return conflictOrMissing(edited.id);
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    CallerFilterEntry stored = edited;
    stored.pattern = normalized.value();
    stored.note = edited.note.trimmed();
    stored.version = edited.version + 1;
    return stored;
}

Result<void> CallerFilterRepository::remove(qint64 entryId, int version)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    Transaction transaction(m_db);
    auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM caller_filters WHERE id = ? AND account_id = ? AND version = ?"),
                             {entryId, m_accountId, version});
    if (!removed)
        return removed.error();
    if (removed.value().numRowsAffected() != 1)
        return conflictOrMissing(entryId);
    return transaction.commit();
}

Error CallerFilterRepository::conflictOrMissing(qint64 entryId) const
{
    return RowStamp::conflict(m_db, QStringLiteral("caller_filters"), QStringLiteral("id = ? AND account_id = ?"), {entryId, m_accountId},
                              tr("This entry"), tr("This entry is no longer in the list"));
}

Result<void> CallerFilterRepository::renumber(qint64 numberId, const QList<qint64> &ids)
{
    const QVariantList stamp = RowStamp::values(m_db);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QVariantList bindings{int(i)};
        bindings << stamp << ids.at(i) << numberId << int(i);
        auto updated = Sql::exec(m_db,
                                 QStringLiteral("UPDATE caller_filters SET position = ?, version = version + 1, %1 "
                                                "WHERE id = ? AND number_id = ? AND position <> ?")
                                     .arg(RowStamp::assignments()),
                                 bindings);
        if (!updated)
            return updated.error();
    }
    return {};
}

Result<void> CallerFilterRepository::move(qint64 entryId, int version, int newPosition)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    auto numberId = Sql::scalar(m_db, QStringLiteral("SELECT number_id FROM caller_filters WHERE id = ? AND account_id = ?"),
                                {entryId, m_accountId});
    if (!numberId)
        return numberId.errorKind() == Error::Kind::NotFound
                   ? Error{Error::Kind::NotFound, tr("This entry is no longer in the list")}
                   : numberId.error();
    Transaction transaction(m_db);
    // The entry moved is still as the user saw it (a reorder by someone else moved it too): claimed
    // before the list is renumbered.
    QVariantList claim = RowStamp::values(m_db);
    claim << entryId << m_accountId << version;
    auto claimed = Sql::exec(m_db,
                             QStringLiteral("UPDATE caller_filters SET version = version + 1, %1 WHERE id = ? AND account_id = ? AND version = ?")
                                 .arg(RowStamp::assignments()),
                             claim);
    if (!claimed)
        return claimed.error();
    if (claimed->numRowsAffected() != 1)
        return conflictOrMissing(entryId);
    auto list = entries(numberId->toLongLong());
    if (!list)
        return list.error();
    QList<qint64> ids;
    for (const CallerFilterEntry &entry : list.value())
        ids << entry.id;
    ids.removeOne(entryId);
    ids.insert(qBound(0, newPosition, int(ids.size())), entryId);
    if (auto renumbered = renumber(numberId->toLongLong(), ids); !renumbered)
        return renumbered;
    return transaction.commit();
}

Result<QString> CallerFilterRepository::exportCsv(qint64 numberId) const
{
    auto list = entries(numberId);
    if (!list)
        return list.error();
    QString csv = QStringLiteral("pattern,note\r\n");
    for (const CallerFilterEntry &entry : list.value())
        csv += csvField(entry.pattern) + QLatin1Char(',') + csvField(entry.note) + QStringLiteral("\r\n");
    return csv;
}

Result<int> CallerFilterRepository::importCsv(qint64 numberId, const QString &csv)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    if (auto number = checkNumber(numberId); !number)
        return number.error();
    const QStringList lines = QString(csv).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    QList<QPair<QString, QString>> parsed;
    QStringList seen;
    auto current = entries(numberId);
    if (!current)
        return current.error();
    for (const CallerFilterEntry &entry : current.value())
        seen << entry.pattern;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = csvFields(line);
        if (i == 0 && fields.first().trimmed().compare(QLatin1String("pattern"), Qt::CaseInsensitive) == 0)
            continue;
        auto pattern = CallerFilterEntry::normalizePattern(fields.first());
        if (!pattern)
            return invalidInput(tr("Line %1: %2").arg(i + 1).arg(pattern.errorMessage()));
        if (seen.contains(pattern.value()))
            continue;
        seen << pattern.value();
        parsed << qMakePair(pattern.value(), fields.value(1));
    }
    Transaction transaction(m_db);
    for (const auto &entry : parsed) {
        if (auto inserted = insert(numberId, entry.first, entry.second); !inserted)
            return inserted.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return int(parsed.size());
}

Result<void> CallerFilterRepository::blockCaller(qint64 numberId, const QString &caller)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    auto pattern = CallerFilterEntry::normalizePattern(caller);
    if (!pattern)
        return pattern.error();
    Transaction transaction(m_db);
    auto current = filter(numberId);
    if (!current)
        return current.error();
    if (current->mode() == CallerFilter::Mode::Allow)
        return invalidInput(tr("This number uses an allow list: a caller who is not on it is already kept out"));
    // The same matcher as the evaluator: an entry that already catches the caller (the exact number or
    // a prefix) is enough once the block list is on.
    if (current->matchingEntry(pattern.value()) < 0) {
        if (auto inserted = insert(numberId, pattern.value(), tr("Blocked from the missed calls list")); !inserted)
            return inserted.error();
    }
    if (current->mode() != CallerFilter::Mode::Block) {
        auto updated = Sql::exec(m_db, QStringLiteral("UPDATE numbers SET filter_mode = 'block', version = version + 1 WHERE id = ?"),
                                 {numberId});
        if (!updated)
            return updated.error();
    }
    return transaction.commit();
}
