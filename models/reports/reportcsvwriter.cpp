#include "reportcsvwriter.h"

#include "cdrimporter.h"

#include "core/money.h"

#include <QDateTime>
#include <QSaveFile>

QString ReportCsvWriter::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

Result<qint64> ReportCsvWriter::write(QIODevice *device, const ReportRepository &repository, const ReportQuery &query,
                                      bool withBom, const Progress &progress)
{
    const QString currency = repository.account().currency;
    QByteArray buffer;
    buffer.reserve(1 << 16);
    const auto writeOut = [&]() {
        const bool written = device->write(buffer) == buffer.size();
        buffer.clear();
        return written;
    };
    const auto failed = [&] { return Error{Error::Kind::Database, tr("Could not write the CSV: %1").arg(device->errorString())}; };
    if (withBom)
        buffer += "\xEF\xBB\xBF";
    qint64 rows = 0;
    if (query.grouping != ReportQuery::Grouping::None) {
        auto groups = repository.groups(query);
        if (!groups)
            return groups.error();
        buffer += groupHeader().toUtf8() + "\r\n";
        for (const ReportGroup &group : groups.value()) {
            buffer += QStringLiteral("%1,%2,%3,%4\r\n")
                          .arg(field(group.key))
                          .arg(group.totals.calls)
                          .arg(group.totals.durationS)
                          .arg(Money::fromMicro(group.totals.chargeMicro, currency).toDecimalString())
                          .toUtf8();
            ++rows;
        }
        if (!writeOut())
            return failed();
        return rows;
    }
    auto cursor = repository.cursor(query);
    if (!cursor)
        return cursor.error();
    buffer += QByteArray(CdrImporter::header()) + "\r\n";
    while (cursor.value().next()) {
        const CallRecord call = ReportRepository::recordFrom(cursor.value());
        buffer += QStringLiteral("%1,%2,%3,%4,%5,%6\r\n")
                      .arg(QDateTime::fromSecsSinceEpoch(call.startedAt, Qt::UTC).toString(Qt::ISODate), field(call.did),
                           field(call.caller), call.disposition)
                      .arg(call.durationS)
                      .arg(Money::fromMicro(call.chargeMicro, currency).toDecimalString())
                      .toUtf8();
        ++rows;
        if (buffer.size() > (1 << 16) && !writeOut())
            return failed();
        if (progress && rows % 10000 == 0 && !progress(rows))
            return invalidInput(tr("The export was cancelled."));
    }
    if (!writeOut())
        return failed();
    return rows;
}

Result<void> ReportCsvWriter::writeFile(const QString &path, const ReportRepository &repository, const ReportQuery &query,
                                        const Progress &progress)
{
    QSaveFile file(path); // a cancelled or failed export leaves no half-written file
    if (!file.open(QIODevice::WriteOnly))
        return invalidInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto written = write(&file, repository, query, true, progress);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit())
        return invalidInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}
