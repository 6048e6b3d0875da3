#include "migrations.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QString kMetaApp = QStringLiteral("application");
const QString kMetaVersion = QStringLiteral("schema_version");
const QString kAppName = QStringLiteral("linedesk");

// The migration files by version: the number is the file name's prefix (0003_live_updates.sql is
// version 3), not its position, because numbers are reserved per feature and may land in any order.
QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    const QStringList names = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool numeric = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&numeric);
        if (numeric && version > 0)
            files.insert(version, name);
    }
    return files;
}

// Keeps the lines meant for this engine: a line `--@postgresql` or `--@sqlite` starts a block for
// that engine only, `--@all` goes back to both (PostgreSQL functions and triggers have no SQLite twin).
QString linesForEngine(const QString &text, DatabaseLocation::Backend backend)
{
    const QString engine = backend == DatabaseLocation::Backend::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    QStringList kept;
    bool keep = true;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--@"))) {
            const QString tag = trimmed.mid(3).trimmed();
            keep = tag == QLatin1String("all") || tag == engine;
            continue;
        }
        if (keep)
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

// True while `statement` is a SQLite trigger whose BEGIN … END body has not ended yet: the ';' of
// the statements inside the body do not end the CREATE TRIGGER.
bool insideTriggerBody(const QString &statement)
{
    static const QRegularExpression trigger(QStringLiteral("^(\\s*--[^\\n]*\\n)*\\s*CREATE\\s+TRIGGER\\b.*\\bBEGIN\\b"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression end(QStringLiteral("\\bEND\\s*$"), QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch() && !end.match(statement).hasMatch();
}

// Splits on ';' outside dollar-quoted bodies ($$ … $$ of PostgreSQL functions) and SQLite trigger
// bodies (BEGIN … END), which hold their own.
QStringList splitStatements(const QString &text)
{
    QStringList result;
    QString current;
    bool inDollar = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('$') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('$')) {
            inDollar = !inDollar;
            current += QLatin1String("$$");
            ++i;
            continue;
        }
        if (text.at(i) == QLatin1Char(';') && !inDollar && !insideTriggerBody(current)) {
            if (!current.trimmed().isEmpty())
                result << current.trimmed();
            current.clear();
            continue;
        }
        current += text.at(i);
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

Result<QStringList> tableNames(const QSqlDatabase &db, DatabaseLocation::Backend backend)
{
    const QString sql = backend == DatabaseLocation::Backend::SQLite
                            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%'")
                            : QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()");
    auto query = Sql::exec(db, sql);
    if (!query)
        return query.error();
    QStringList names;
    while (query.value().next())
        names << query.value().value(0).toString();
    return names;
}

} // namespace

int Migrations::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

QStringList Migrations::statements(int version, DatabaseLocation::Backend backend)
{
    const auto files = migrationFiles();
    if (!files.contains(version))
        return {};
    QFile file(QStringLiteral(":/sql/") + files.value(version));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = linesForEngine(QString::fromUtf8(file.readAll()), backend);

    // Strip comments first so that a ';' inside one does not split a statement.
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        lines << (comment >= 0 ? line.left(comment) : line);
    }
    text = lines.join(QLatin1Char('\n'));
    const QString id = backend == DatabaseLocation::Backend::SQLite
                           ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                           : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    text.replace(QLatin1String("@ID@"), id);

    return splitStatements(text);
}

Result<int> Migrations::inspect(const QSqlDatabase &db, DatabaseLocation::Backend backend)
{
    const QString where = db.databaseName();
    auto tables = tableNames(db, backend);
    if (!tables) {
        return Error{Error::Kind::NotLineDesk,
                     tr("“%1” is not a LineDesk database, or it is damaged (%2)").arg(where, tables.errorMessage())};
    }
    if (tables->isEmpty())
        return 0;
    if (!tables->contains(QStringLiteral("meta"))) {
        return Error{Error::Kind::NotLineDesk,
                     tr("“%1” is not a LineDesk database: it holds other tables and no LineDesk schema").arg(where)};
    }

    auto app = Sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kMetaApp});
    auto version = Sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kMetaVersion});
    bool numeric = false;
    const int found = version ? version->toString().toInt(&numeric) : 0;
    if (!app || app->toString() != kAppName || !version || !numeric) {
        return Error{Error::Kind::NotLineDesk,
                     tr("“%1” is not a LineDesk database: its meta table has no LineDesk schema version").arg(where)};
    }
    if (found > latestVersion()) {
        return Error{Error::Kind::NewerSchema,
                     tr("“%1” was written by a newer LineDesk (schema version %2; this LineDesk knows up to %3). "
                        "Update LineDesk to open it; the database was left unchanged.")
                         .arg(where)
                         .arg(found)
                         .arg(latestVersion())};
    }
    return found;
}

Result<int> Migrations::migrate(const QSqlDatabase &db, DatabaseLocation::Backend backend)
{
    auto current = inspect(db, backend);
    if (!current)
        return current.error();

    int version = current.value();
    const QList<int> available = migrationFiles().keys();
    for (const int next : available) {
        if (next <= version)
            continue;
        Transaction transaction(db);
        if (!transaction.isActive())
            return databaseError(tr("Could not start the schema upgrade: %1").arg(transaction.startError()));
        if (version == 0) {
            auto created = Sql::exec(db, QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
            if (!created)
                return created.error();
            auto tagged = Sql::exec(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?), (?, '0')"),
                                    {kMetaApp, kAppName, kMetaVersion});
            if (!tagged)
                return tagged.error();
        }
        for (const QString &statement : statements(next, backend)) {
            auto applied = Sql::exec(db, statement);
            if (!applied) {
                return databaseError(tr("Schema upgrade to version %1 failed; nothing was changed: %2")
                                         .arg(next)
                                         .arg(applied.errorMessage()));
            }
        }
        auto bumped = Sql::exec(db, QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"),
                                {QString::number(next), kMetaVersion});
        if (!bumped)
            return bumped.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        version = next;
    }
    return version;
}
