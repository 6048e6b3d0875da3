#pragma once

#include "reportquery.h"
#include "reportrepository.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>

// Writes a report as RFC 4180 CSV (CRLF line ends, quotes only where needed), UTF-8: without grouping
// the import header and one row per call (so an export can be imported again), with a grouping
// key,calls,duration_s,charge. Money is a decimal string; calls stream from a forward-only cursor.
class ReportCsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsvWriter)

public:
    // Called every few thousand rows with the rows written; returning false stops with an error.
    using Progress = std::function<bool(qint64 rows)>;

    // withBom: a UTF-8 byte-order mark first, so Excel reads the file as UTF-8 (files, not stdout).
    static Result<qint64> write(QIODevice *device, const ReportRepository &repository, const ReportQuery &query,
                                bool withBom, const Progress &progress = {});
    static Result<void> writeFile(const QString &path, const ReportRepository &repository, const ReportQuery &query,
                                  const Progress &progress = {});

    static QString field(const QString &value);
    static QString groupHeader() { return QStringLiteral("key,calls,duration_s,charge"); }
};
