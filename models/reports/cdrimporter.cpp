#include "cdrimporter.h"

#include "core/clock.h"
#include "db/batchinserter.h"
#include "db/sql.h"
#include "db/sqliterowsource.h"
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
    // SQLite settings for a big import only, put back after it: a page cache that holds the calls
    // indexes being filled (it cannot change inside the transaction), and no CHECK constraints on the
    // one INSERT: every value was checked above against the same rules (a known disposition, a
    // duration and a charge of at least 0), and SQLite 3.40 runs "disposition IN (…)" by rebuilding a
    // temporary b-tree for each row, a quarter of the whole import's time.
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
    const bool direct = SqliteRowSource::available(m_db);
    std::optional<Pragma> cacheSize, checks;
    if (direct && calls.size() > 10000)
        cacheSize.emplace(m_db, QStringLiteral("cache_size"), QStringLiteral("-262144"));
    if (direct)
        checks.emplace(m_db, QStringLiteral("ignore_check_constraints"), QStringLiteral("1"));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    Summary summary;
    summary.rows = qint64(calls.size());
    const auto reportProgress = [&](size_t done) { return !progress || done % 50000 != 0 || progress(30 + int(60 * qint64(done) / summary.rows)); };

    if (direct) {
        // SQLite: one INSERT … SELECT reads the sorted rows straight from memory (db/sqliterowsource.h).
        // One statement instead of a million: no QVariant a value, no statement opened a row, and no
        // statement journal, which a multi-row INSERT keeps of every index page an earlier statement of
        // the transaction wrote. Texts are not copied: the number from the account's list, the caller
        // from the file.
        const QByteArray currency = m_account.currency.toUtf8();
        bool stopped = false;
        auto inserted = SqliteRowSource::run(
            m_db,
            "INSERT INTO calls (account_id, number_id, did, caller, disposition, started_at, duration_s, charge_micro, currency) "
            "SELECT c0, c1, c2, c3, c4, c5, c6, c7, c8 FROM linedesk_rows(?1) WHERE true "
            "ON CONFLICT (account_id, did, started_at, caller) DO NOTHING",
            summary.rows, 9,
            [&](qint64 row, int column) -> SqliteRowSource::Cell {
                const ParsedCall &call = calls[size_t(row)];
                switch (column) {
                case 0: return m_account.id;
                case 1: return numberIds.at(call.numberIndex);
                case 2: return QByteArrayView(numberBytes.at(call.numberIndex));
                case 3: return QByteArrayView(csv.constData() + call.callerOffset, call.callerLength);
                case 4: return QByteArrayView(kDispositions[call.disposition]);
                case 5: return call.startedAt;
                case 6: return qint64(call.durationS);
                case 7: return call.chargeMicro;
                default: return QByteArrayView(currency);
                }
            },
            [&](qint64 rowsRead) { return !(stopped = !reportProgress(size_t(rowsRead))); });
        if (stopped)
            return cancelled();
        if (!inserted)
            return inserted.error();
        summary.imported = inserted.value();
    } else {
        // PostgreSQL (and SQLite where LineDesk cannot reach the driver's library): multi-row INSERTs.
        const QVariant accountId(m_account.id);
        const QVariant currency(m_account.currency);
        BatchInserter inserter(m_db, QStringLiteral("calls"),
                               {QStringLiteral("account_id"), QStringLiteral("number_id"), QStringLiteral("did"), QStringLiteral("caller"),
                                QStringLiteral("disposition"), QStringLiteral("started_at"), QStringLiteral("duration_s"),
                                QStringLiteral("charge_micro"), QStringLiteral("currency")},
                               500, QStringLiteral("ON CONFLICT (account_id, did, started_at, caller) DO NOTHING"));
        for (size_t i = 0; i < calls.size(); ++i) {
            const ParsedCall &call = calls[i];
            if (auto added = inserter.add({accountId, numberIds.at(call.numberIndex), numberE164.at(call.numberIndex),
                                           QString::fromLatin1(csv.constData() + call.callerOffset, call.callerLength),
                                           QLatin1String(kDispositions[call.disposition]), call.startedAt, call.durationS,
                                           call.chargeMicro, currency});
                !added) {
                return added.error();
            }
            if (!reportProgress(i + 1))
                return cancelled();
        }
        if (auto flushed = inserter.flush(); !flushed)
            return flushed.error();
        summary.imported = inserter.rowsInserted();
    }
    summary.duplicates = summary.rows - summary.imported;
    if (progress && !progress(90))
        return cancelled();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (progress)
        progress(100);
    return summary;
}
