#pragma once

#include "callerfilterentry.h"

#include "accounts/accessrole.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class AccountSession;

// A number's caller filter entries in SQL (block list or allow list, PRODUCT.md rule 9): add, edit,
// remove, reorder, CSV import/export, and "block this caller". Positions are kept 0..n-1 in list
// order. Every write refuses an employee and runs in one transaction.
class CallerFilterRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CallerFilterRepository)

public:
    CallerFilterRepository(QSqlDatabase db, qint64 accountId, AccessRole role = AccessRole::Owner);
    explicit CallerFilterRepository(const AccountSession &session);

    Result<QList<CallerFilterEntry>> entries(qint64 numberId) const;
    // The number's filter (its mode and entries in order) as routing's evaluator applies it.
    Result<CallerFilter> filter(qint64 numberId) const;
    Result<CallerFilterEntry> add(qint64 numberId, const QString &pattern, const QString &note = QString());
    // Edits, removals and moves check the entry's version as it was read: an entry someone else
    // changed since is left as it is (Conflict: "changed by NAME at TIME"; NotFound when it is gone).
    Result<CallerFilterEntry> update(const CallerFilterEntry &edited);
    Result<void> remove(qint64 entryId, int version);
    // Moves an entry to a new place in its list (0 = first); the others keep their order.
    Result<void> move(qint64 entryId, int version, int newPosition);

    // CSV with the header "pattern,note"; export writes the list in order.
    Result<QString> exportCsv(qint64 numberId) const;
    // Appends the file's entries after the existing ones. Every line is checked first: one bad line
    // and nothing is written (the error names the line). Entries already in the list are skipped.
    Result<int> importCsv(qint64 numberId, const QString &csv);

    // Adds the caller (exact number) to the number's block list and turns the block list on; nothing
    // is added when an entry already blocks them (a prefix, say). Refused when the number uses an
    // allow list (the caller is then blocked by not being on it).
    Result<void> blockCaller(qint64 numberId, const QString &caller);

private:
    Result<void> checkWritable() const;
    Error conflictOrMissing(qint64 entryId) const;
    Result<void> checkNumber(qint64 numberId) const;
    Result<CallerFilterEntry> insert(qint64 numberId, const QString &pattern, const QString &note);
    Result<void> renumber(qint64 numberId, const QList<qint64> &ids);

    QSqlDatabase m_db;
    qint64 m_accountId;
    AccessRole m_role;
};
