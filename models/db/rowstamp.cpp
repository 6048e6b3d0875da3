#include "rowstamp.h"

#include "sql.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

QString RowStamp::user(const QSqlDatabase &db)
{
    if (!db.userName().isEmpty())
        return db.userName();
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString login = qEnvironmentVariable(variable);
        if (!login.isEmpty())
            return login;
    }
    return QStringLiteral("local"); // never NULL: updated_by is NOT NULL

}

QVariantList RowStamp::values(const QSqlDatabase &db)
{
    return {user(db), QDateTime::currentSecsSinceEpoch()};
}

Error RowStamp::conflict(const QSqlDatabase &db, const QString &table, const QString &where, const QVariantList &bindings,
                         const QString &what, const QString &goneMessage)
{
    // The author's display name when the login belongs to a LineDesk user, else the login itself.
    auto query = Sql::exec(db,
                           QStringLiteral("SELECT t.version, t.updated_by, t.updated_at, "
                                          "(SELECT u.display_name FROM users u WHERE u.login = t.updated_by) "
                                          "FROM %1 t WHERE %2")
                               .arg(table, where),
                           bindings);
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return {Error::Kind::NotFound, goneMessage};
    Error error{Error::Kind::Conflict, QString()};
    error.currentVersion = q.value(0).toInt();
    const QString login = q.value(1).toString();
    const QString name = q.value(3).toString();
    error.changedBy = name.isEmpty() ? login : name;
    const qint64 at = q.value(2).toLongLong();
    if (at > 0)
        error.changedAt = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    const QLocale locale;
    if (error.changedBy.isEmpty())
        error.message = tr("%1 was changed by someone else while you were editing it.").arg(what);
    else if (!error.changedAt.isValid())
        error.message = tr("%1 was changed by someone else while you were editing it: %2 saved it.").arg(what, error.changedBy);
    else
        error.message = tr("%1 was changed by someone else while you were editing it: %2 saved it at %3.")
                            .arg(what, error.changedBy, locale.toString(error.changedAt.toLocalTime(), QLocale::ShortFormat));
    return error;
}

QString RowStamp::describe(const Error &error)
{
    if (error.changedBy.isEmpty())
        return {};
    if (!error.changedAt.isValid())
        return tr("Changed by %1").arg(error.changedBy);
    const QString at = QLocale().toString(error.changedAt.toLocalTime(), QLocale::ShortFormat);
    return tr("Changed by %1 at %2").arg(error.changedBy, at);
}
