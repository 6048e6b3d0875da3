#include "cdrimporter.h"

#include "core/clock.h"
#include "db/batchinserter.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QFile>
#include <QHash>
#include <QList>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

const char *const kDispositions[] = {"answered", "missed", "voicemail", "blocked", "outbound"};

struct ParsedCall
{
    qint64 startedAt;
    qint64 chargeMicro;
    qint32 numberIndex;
    qint32 durationS;
    qint32 callerOffset;
    qint16 callerLength;
    qint8 disposition;
};

// One CSV record split into fields: RFC 4180 quoting is honoured, the usual file has none.
struct Fields
{
    QList<QByteArrayView> values;
    QList<QByteArray> unquoted; // storage for fields that had quotes
};

bool splitRecord(QByteArrayView line, Fields *fields)
{
    fields->values.clear();
    fields->unquoted.clear();
    qsizetype i = 0;
    while (true) {
        if (i < line.size() && line.at(i) == '"') {
            QByteArray value;
            ++i;
            while (true) {
                if (i >= line.size())
                    return false;
                if (line.at(i) == '"') {
                    if (i + 1 < line.size() && line.at(i + 1) == '"') {
                        value += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                value += line.at(i++);
            }
            fields->unquoted.append(value);
            fields->values.append(QByteArrayView(fields->unquoted.constLast()));
            if (i < line.size() && line.at(i) != ',')
                return false;
        } else {
            const qsizetype comma = line.indexOf(',', i);
            const qsizetype end = comma < 0 ? line.size() : comma;
            fields->values.append(line.sliced(i, end - i));
            i = end;
        }
        if (i >= line.size())
            return true;
        ++i; // the comma
    }
}

bool digitsOnly(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int twoDigits(const char *p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}

bool twoDigitsAt(const char *p)
{
    return p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9';
}

// "2026-11-23T15:04:05Z" and "2026-11-23T10:04:05-05:00" by hand, from the bytes (a QDateTime a row
// costs more than the rest of the row); other ISO 8601 instants with a zone through QDateTime.
bool parseInstant(QByteArrayView text, qint64 *epoch)
{
    const char *p = text.data();
    const bool utc = text.size() == 20 && p[19] == 'Z';
    const bool offset = text.size() == 25 && (p[19] == '+' || p[19] == '-') && p[22] == ':' && twoDigitsAt(p + 20) && twoDigitsAt(p + 23)
                        && twoDigits(p + 20) <= 14 && twoDigits(p + 23) <= 59;
    if ((utc || offset) && p[4] == '-' && p[7] == '-' && p[10] == 'T' && p[13] == ':' && p[16] == ':' && twoDigitsAt(p)
        && twoDigitsAt(p + 2) && twoDigitsAt(p + 5) && twoDigitsAt(p + 8) && twoDigitsAt(p + 11) && twoDigitsAt(p + 14)
        && twoDigitsAt(p + 17)) {
        const QDate date(twoDigits(p) * 100 + twoDigits(p + 2), twoDigits(p + 5), twoDigits(p + 8));
        const int hour = twoDigits(p + 11), minute = twoDigits(p + 14), second = twoDigits(p + 17);
        if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
            return false;
        *epoch = (date.toJulianDay() - 2440588) * 86400 + hour * 3600 + minute * 60 + second;
        if (offset) // local time = UTC + offset
            *epoch -= (p[19] == '-' ? -1 : 1) * (twoDigits(p + 20) * 3600 + twoDigits(p + 23) * 60);
        return true;
    }
    const QDateTime instant = Clock::parseInstant(QString::fromLatin1(text));
    if (!instant.isValid())
        return false;
    *epoch = instant.toSecsSinceEpoch();
    return true;
}

bool isCaller(QByteArrayView text)
{
    if (text == "anonymous")
        return true;
    return text.size() >= 3 && text.size() <= 16 && text.at(0) == '+' && text.at(1) != '0' && digitsOnly(text.sliced(1));
}

// A non-negative decimal in major units with at most 6 fraction digits, as micro-units.
bool parseCharge(QByteArrayView text, qint64 *micro)
{
    const qsizetype dot = text.indexOf('.');
    const QByteArrayView whole = dot < 0 ? text : text.sliced(0, dot);
    const QByteArrayView fraction = dot < 0 ? QByteArrayView() : text.sliced(dot + 1);
    if (!digitsOnly(whole) || whole.size() > 12 || (dot >= 0 && (!digitsOnly(fraction) || fraction.size() > 6)))
        return false;
    qint64 value = 0;
    for (char c : whole)
        value = value * 10 + (c - '0');
    qint64 part = 0;
    for (qsizetype i = 0; i < 6; ++i)
        part = part * 10 + (i < fraction.size() ? fraction.at(i) - '0' : 0);
    *micro = value * 1'000'000 + part;
    return true;
}

} // namespace

CdrImporter::CdrImporter(QSqlDatabase db, Account account, AccessRole role)
    : m_db(std::move(db)), m_account(std::move(account)), m_role(role)
{
}

Result<CdrImporter::Summary> CdrImporter::importFile(const QString &path, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalidInput(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return importData(file.readAll(), progress);
}

Result<CdrImporter::Summary> CdrImporter::importData(const QByteArray &csv, const Progress &progress)
{
    if (!canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("Your role in this account only views: importing calls is not allowed.")};
    const auto cancelled = [] { return invalidInput(tr("The import was cancelled; nothing was written.")); };

    // The account's numbers: a row for any other number rejects the file.
    auto numberRows = Sql::exec(m_db, QStringLiteral("SELECT id, e164 FROM numbers WHERE account_id = ?"), {m_account.id});
    if (!numberRows)
        return numberRows.error();
    QList<qint64> numberIds;
    QStringList numberE164;
    QList<QByteArray> numberBytes;
    while (numberRows.value().next()) {
        numberIds << numberRows->value(0).toLongLong();
        numberE164 << numberRows->value(1).toString();
        numberBytes << numberE164.constLast().toUtf8();
    }
    QHash<QByteArrayView, qint32> numberIndex; // views of numberBytes: no allocation a row
    for (qsizetype i = 0; i < numberBytes.size(); ++i)
        numberIndex.insert(QByteArrayView(numberBytes.at(i)), qint32(i));

    // Pass 1: validate every row, keeping compact rows (the caller stays a slice of the file).
    QByteArrayView data(csv);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    std::vector<ParsedCall> calls;
    calls.reserve(size_t(data.size() / 60 + 1));
    Fields fields;
    qsizetype position = 0;
    qint64 lineNumber = 0;
    bool headerSeen = false;
    const auto failAt = [&](const QString &reason) { return invalidInput(tr("Line %1: %2").arg(lineNumber).arg(reason)); };
    while (position < data.size()) {
        qsizetype end = data.indexOf('\n', position);
        if (end < 0)
            end = data.size();
        QByteArrayView line = data.sliced(position, end - position);
        const qsizetype lineStart = position + (data.data() - csv.constData());
        position = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!headerSeen) {
            if (line != header())
                return failAt(tr("the header must be “%1”").arg(QLatin1String(header())));
            headerSeen = true;
            continue;
        }
        if (!splitRecord(line, &fields) || fields.values.size() != 6)
            return failAt(tr("expected 6 fields (%1)").arg(QLatin1String(header())));
        ParsedCall call{};
        const QByteArrayView start = fields.values.at(0);
        if (!parseInstant(start, &call.startedAt))
            return failAt(tr("bad date “%1” (expected a UTC instant such as 2026-11-23T15:04:05Z)").arg(QString::fromUtf8(start)));
        const auto number = numberIndex.constFind(fields.values.at(1));
        if (number == numberIndex.cend())
            return failAt(tr("unknown number “%1” (not one of this account's numbers)").arg(QString::fromUtf8(fields.values.at(1))));
        call.numberIndex = number.value();
        const QByteArrayView caller = fields.values.at(2);
        if (!isCaller(caller))
            return failAt(tr("bad caller “%1” (expected an E.164 number or “anonymous”)").arg(QString::fromUtf8(caller)));
        if (!fields.unquoted.isEmpty()) {
            // A quoted caller is not a slice of the file: keep only unquoted rows as slices.
            const qsizetype at = line.indexOf(caller);
            if (at < 0)
                return failAt(tr("bad caller “%1” (expected an E.164 number or “anonymous”)").arg(QString::fromUtf8(caller)));
            call.callerOffset = qint32(lineStart + at);
        } else {
            call.callerOffset = qint32(caller.data() - csv.constData());
        }
        call.callerLength = qint16(caller.size());
        call.disposition = -1;
        for (int i = 0; i < 5; ++i) {
            if (fields.values.at(3) == kDispositions[i])
                call.disposition = qint8(i);
        }
        if (call.disposition < 0) {
            return failAt(tr("unknown disposition “%1” (expected answered, missed, voicemail, blocked or outbound)")
                              .arg(QString::fromUtf8(fields.values.at(3))));
        }
        const QByteArrayView duration = fields.values.at(4);
        if (duration.startsWith('-') && digitsOnly(duration.sliced(1)))
            return failAt(tr("negative duration %1").arg(QString::fromUtf8(duration)));
        if (!digitsOnly(duration) || duration.size() > 9)
            return failAt(tr("bad duration “%1” (expected whole seconds)").arg(QString::fromUtf8(duration)));
        call.durationS = qint32(duration.toInt());
        if (!parseCharge(fields.values.at(5), &call.chargeMicro))
            return failAt(tr("bad charge “%1” (expected a decimal amount of at least 0 such as 0.25)")
                              .arg(QString::fromUtf8(fields.values.at(5))));
        calls.push_back(call);
        if (progress && calls.size() % 50000 == 0 && !progress(int(30 * position / data.size())))
            return cancelled();
    }
    if (!headerSeen)
        return invalidInput(tr("The file is empty: it needs the header “%1”.").arg(QLatin1String(header())));

    // Pass 2: one transaction; calls already imported (same number, start and caller) are skipped
    // with ON CONFLICT DO NOTHING on both engines. The rows go in time order (the file's order among
    // equal times, so the first of two identical calls wins): the calls indexes led by the time then
    // grow at their end instead of all over.
    std::stable_sort(calls.begin(), calls.end(), [](const ParsedCall &a, const ParsedCall &b) { return a.startedAt < b.startedAt; });
    if (progress && !progress(30))
        return cancelled();
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    // SQLite settings for a big import only, put back after the transaction (they cannot change in
    // one): a page cache that holds the calls indexes being filled, and temporary storage in memory
    // for the staging table below and the statement journal of the one INSERT that copies it.
    struct Pragma
    {
        QSqlDatabase db;
        QString name;
        QVariant previous;
        Pragma(QSqlDatabase database, QString pragma, const QString &value) : db(std::move(database)), name(std::move(pragma))
        {
            if (auto current = Sql::scalar(db, QStringLiteral("PRAGMA %1").arg(name)); current) {
                previous = current.value();
                Sql::exec(db, QStringLiteral("PRAGMA %1=%2").arg(name, value)).ok();
            }
        }
        ~Pragma()
        {
            if (previous.isValid())
                Sql::exec(db, QStringLiteral("PRAGMA %1=%2").arg(name).arg(previous.toLongLong())).ok();
        }
    };
    std::optional<Pragma> cacheSize, tempStore;
    if (sqlite && calls.size() > 10000) {
        cacheSize.emplace(m_db, QStringLiteral("cache_size"), QStringLiteral("-262144"));
        tempStore.emplace(m_db, QStringLiteral("temp_store"), QStringLiteral("2")); // MEMORY
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    Summary summary;
    summary.rows = qint64(calls.size());
    const QVariant accountId(m_account.id);
    const QVariant currency(m_account.currency);
    QStringList dispositions;
    for (const char *name : kDispositions)
        dispositions << QLatin1String(name);
    // Sends every call through inserter as the row rowFor makes of it, with progress from 30 to 80 %.
    const auto insertAll = [&](BatchInserter &inserter, const auto &rowFor) -> Result<void> {
        for (size_t i = 0; i < calls.size(); ++i) {
            if (auto added = inserter.add(rowFor(calls[i])); !added)
                return added;
            if (progress && i % 50000 == 49999 && !progress(30 + int(50 * qint64(i) / qint64(calls.size()))))
                return cancelled();
        }
        if (auto flushed = inserter.flush(); !flushed)
            return flushed;
        if (progress && !progress(80))
            return cancelled();
        return {};
    };

    if (!sqlite) {
        // PostgreSQL: multi-row INSERTs straight into calls.
        BatchInserter inserter(m_db, QStringLiteral("calls"),
                               {QStringLiteral("account_id"), QStringLiteral("number_id"), QStringLiteral("did"), QStringLiteral("caller"),
                                QStringLiteral("disposition"), QStringLiteral("started_at"), QStringLiteral("duration_s"),
                                QStringLiteral("charge_micro"), QStringLiteral("currency")},
                               500, QStringLiteral("ON CONFLICT (account_id, did, started_at, caller) DO NOTHING"));
        const auto inserted = insertAll(inserter, [&](const ParsedCall &call) -> QVariantList {
            return {accountId, numberIds.at(call.numberIndex), numberE164.at(call.numberIndex),
                    QString::fromLatin1(csv.constData() + call.callerOffset, call.callerLength), dispositions.at(call.disposition),
                    call.startedAt, call.durationS, call.chargeMicro, currency};
        });
        if (!inserted)
            return inserted.error();
        summary.imported = inserter.rowsInserted();
    } else {
        // SQLite: every multi-row INSERT into calls keeps a statement journal (a row can still fail a
        // CHECK or a foreign key and undo its statement) of every index page it touches that an earlier
        // statement wrote: millions of page copies for a million rows in batches. So the rows are
        // staged in a temporary table without constraints, in time order, and copied by one
        // INSERT … SELECT. A staged row is five numbers, no string: the number's id (its E.164 form
        // comes from numbers), the start and the disposition's index in one (start × 8 + index), the
        // caller's digits (0 for anonymous), the duration and the charge.
        if (auto created = Sql::exec(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS cdr_staging (number_id BIGINT, start_disposition BIGINT, "
                                                          "caller BIGINT, duration_s INTEGER, charge_micro BIGINT)"));
            !created) {
            return created.error();
        }
        if (auto emptied = Sql::exec(m_db, QStringLiteral("DELETE FROM temp.cdr_staging")); !emptied)
            return emptied.error();
        {
            BatchInserter inserter(m_db, QStringLiteral("temp.cdr_staging"),
                                   {QStringLiteral("number_id"), QStringLiteral("start_disposition"), QStringLiteral("caller"),
                                    QStringLiteral("duration_s"), QStringLiteral("charge_micro")},
                                   500);
            const auto staged = insertAll(inserter, [&](const ParsedCall &call) -> QVariantList {
                // A caller is "anonymous" or "+" and up to 15 digits, the first not 0 (isCaller).
                qint64 caller = 0;
                for (qint16 c = 1; c < call.callerLength && csv.at(call.callerOffset) == '+'; ++c)
                    caller = caller * 10 + (csv.at(call.callerOffset + c) - '0');
                return {numberIds.at(call.numberIndex), call.startedAt * 8 + call.disposition, caller, call.durationS, call.chargeMicro};
            });
            if (!staged)
                return staged.error();
        }
        QString disposition = QStringLiteral("CASE s.start_disposition & 7");
        for (qsizetype i = 0; i < dispositions.size(); ++i)
            disposition += QStringLiteral(" WHEN %1 THEN '%2'").arg(i).arg(dispositions.at(i));
        // CROSS JOIN keeps the staged rows the outer loop, read in rowid (time) order; the number is a
        // primary-key look-up.
        auto inserted = Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO calls (account_id, number_id, did, caller, disposition, started_at, "
                                                 "duration_s, charge_micro, currency) "
                                                 "SELECT ?, s.number_id, n.e164, CASE s.caller WHEN 0 THEN 'anonymous' ELSE '+' || s.caller END, "
                                                 "%1 END, s.start_disposition >> 3, s.duration_s, s.charge_micro, ? "
                                                 "FROM temp.cdr_staging s CROSS JOIN numbers n ON n.id = s.number_id WHERE true ORDER BY s.rowid "
                                                 "ON CONFLICT (account_id, did, started_at, caller) DO NOTHING")
                                      .arg(disposition),
                                  {accountId, currency});
        if (!inserted)
            return inserted.error();
        summary.imported = inserted->numRowsAffected();
        // Emptied rather than dropped: DROP fails while any statement on the connection is open.
        if (auto emptied = Sql::exec(m_db, QStringLiteral("DELETE FROM temp.cdr_staging")); !emptied)
            return emptied.error();
    }
    summary.duplicates = summary.rows - summary.imported;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (progress)
        progress(100);
    return summary;
}
