#pragma once

#include "accounts/accessrole.h"
#include "accounts/account.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// Imports call detail records from the contract's CSV (start_utc,did,caller,disposition,duration_s,charge).
// The whole file is validated before anything is written; the first bad row rejects the file with its
// line number and reason. The rows go in one transaction, and calls already present (same number,
// start and caller) are skipped, so importing a file twice adds nothing the second time.
class CdrImporter final
{
    Q_DECLARE_TR_FUNCTIONS(CdrImporter)

public:
    struct Summary
    {
        qint64 rows = 0;       // data rows in the file
        qint64 imported = 0;   // new calls written
        qint64 duplicates = 0; // rows already in the database (or repeated in the file)
    };
    // Called with 0–100; returning false cancels (nothing is written).
    using Progress = std::function<bool(int percent)>;

    static const char *header() { return "start_utc,did,caller,disposition,duration_s,charge"; }

    CdrImporter(QSqlDatabase db, Account account, AccessRole role = AccessRole::Owner);

    Result<Summary> importFile(const QString &path, const Progress &progress = {});
    Result<Summary> importData(const QByteArray &csv, const Progress &progress = {});

private:
    QSqlDatabase m_db;
    Account m_account;
    AccessRole m_role;
};
