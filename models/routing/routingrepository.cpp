#include "routingrepository.h"

#include "db/rowstamp.h"
#include "db/sql.h"
#include "db/transaction.h"

namespace {

const QString kNumberColumns = QStringLiteral(
    "id, e164, note, timezone, voicemail, filter_mode, ivr_enabled, ivr_greeting, ivr_digit, ivr_no_input, version");

// Qt binds a null QString as NULL: the schema wants '' in its NOT NULL text columns.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

RoutingRepository::RoutingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<RoutingRepository::Number>> RoutingRepository::numbers(qint64 accountId) const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT id, e164, note, timezone, version FROM numbers WHERE account_id = ? ORDER BY e164"),
                           {accountId});
    if (!query)
        return query.error();
    QList<Number> list;
    QSqlQuery &q = query.value();
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toInt()});
    }
    return list;
}

Result<RoutingRepository::Stored> RoutingRepository::load(qint64 accountId, const QString &e164) const
{
    return loadWhere(accountId, QStringLiteral("e164 = ?"), e164);
}

Result<RoutingRepository::Stored> RoutingRepository::loadById(qint64 accountId, qint64 numberId) const
{
    return loadWhere(accountId, QStringLiteral("id = ?"), numberId);
}

Result<RoutingRepository::Stored> RoutingRepository::loadWhere(qint64 accountId, const QString &condition, const QVariant &key) const
{
    auto number = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM numbers WHERE account_id = ? AND %2").arg(kNumberColumns, condition),
                            {accountId, key});
    if (!number)
        return number.error();
    if (!number.value().next())
        return Error{Error::Kind::NotFound, tr("The account has no number %1").arg(key.toString())};
    Stored stored;
    QSqlQuery &n = number.value();
    stored.number = {n.value(0).toLongLong(), n.value(1).toString(), n.value(2).toString(), n.value(3).toString(), n.value(10).toInt()};
    RoutingConfig &config = stored.config;
    config.timezone = n.value(3).toString();
    config.voicemail = n.value(4).toInt() != 0;
    CallerFilter::Mode mode = CallerFilter::Mode::Off;
    CallerFilter::parseMode(n.value(5).toString(), &mode);
    config.ivr.enabled = n.value(6).toInt() != 0;
    config.ivr.greeting = n.value(7).toString();
    const QString digit = n.value(8).toString();
    config.ivr.digit = digit.isEmpty() ? QLatin1Char('1') : digit.at(0);
    config.ivr.noInput = RoutingConfig::parseIvrNoInput(n.value(9).toString()).value_or(RoutingConfig::IvrNoInput::Voicemail);
    const qint64 numberId = stored.number.id;

    auto filters = Sql::exec(m_db, QStringLiteral("SELECT pattern, note FROM caller_filters WHERE number_id = ? ORDER BY position, id"),
                             {numberId});
    if (!filters)
        return filters.error();
    QList<CallerFilter::Entry> entries;
    for (QSqlQuery &f = filters.value(); f.next();)
        entries.append({f.value(0).toString(), f.value(1).toString()});
    config.filter = CallerFilter(mode, entries);

    auto rules = Sql::exec(m_db,
                           QStringLiteral("SELECT name, days, start_time, end_time, date_from, date_to, action, destinations, strategy "
                                          "FROM routing_rules WHERE number_id = ? ORDER BY position, id"),
                           {numberId});
    if (!rules)
        return rules.error();
    for (QSqlQuery &r = rules.value(); r.next();) {
        RoutingRule rule;
        rule.name = r.value(0).toString();
        const QString what = tr("Stored rule “%1” of %2").arg(rule.name, stored.number.e164);
        for (const QString &day : r.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto parsed = RoutingRule::parseDayName(day);
            if (!parsed)
                return Error{Error::Kind::Database, tr("%1 has an unknown day “%2”").arg(what, day)};
            rule.setDay(*parsed, true);
        }
        const auto start = RoutingRule::parseTime(r.value(2).toString(), false);
        const auto end = RoutingRule::parseTime(r.value(3).toString(), true);
        if (!start || !end)
            return Error{Error::Kind::Database, tr("%1 has a malformed time").arg(what)};
        rule.startMinute = *start;
        rule.endMinute = *end;
        if (!r.value(4).isNull() && !r.value(5).isNull()) {
            rule.dateFrom = QDate::fromString(r.value(4).toString(), Qt::ISODate);
            rule.dateTo = QDate::fromString(r.value(5).toString(), Qt::ISODate);
        }
        const auto action = RoutingRule::parseAction(r.value(6).toString());
        if (!action)
            return Error{Error::Kind::Database, tr("%1 has an unknown action").arg(what)};
        rule.action = *action;
        rule.destinations = r.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!r.value(8).isNull())
            rule.strategy = RoutingRule::parseStrategy(r.value(8).toString());
        config.rules << rule;
    }
    return stored;
}

Result<int> RoutingRepository::save(qint64 accountId, qint64 numberId, int expectedVersion, const RoutingConfig &config,
                                    AccessRole role)
{
    if (!canChange(role))
        return Error{Error::Kind::Forbidden, tr("An employee account can view routing but not change it")};
    if (auto valid = config.validate(); !valid)
        return valid.error();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    auto updated = Sql::exec(m_db,
                             QStringLiteral("UPDATE numbers SET timezone = ?, voicemail = ?, filter_mode = ?, ivr_enabled = ?, "
                                            "ivr_greeting = ?, ivr_digit = ?, ivr_no_input = ?, updated_by = ?, updated_at = ?, "
                                            "version = version + 1 WHERE id = ? AND account_id = ? AND version = ?"),
                             QVariantList{config.timezone, config.voicemail ? 1 : 0, CallerFilter::modeName(config.filter.mode()),
                                          config.ivr.enabled ? 1 : 0, text(config.ivr.greeting), QString(config.ivr.digit),
                                          RoutingConfig::ivrNoInputName(config.ivr.noInput)}
                                 + RowStamp::values(m_db) + QVariantList{numberId, accountId, expectedVersion});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return RowStamp::conflict(m_db, QStringLiteral("numbers"), QStringLiteral("id = ? AND account_id = ?"), {numberId, accountId},
                                  tr("The routing of this number"), tr("This number is no longer in the account"));

    for (const QString &table : {QStringLiteral("routing_rules"), QStringLiteral("caller_filters")}) {
        if (auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE number_id = ?").arg(table), {numberId}); !removed)
            return removed.error();
    }
    const QVariant noText(QMetaType(QMetaType::QString));
    for (int i = 0; i < config.rules.size(); ++i) {
        const RoutingRule &rule = config.rules.at(i);
        auto inserted = Sql::exec(
            m_db,
            QStringLiteral("INSERT INTO routing_rules (account_id, number_id, position, name, days, start_time, end_time, "
                           "date_from, date_to, action, destinations, strategy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {accountId, numberId, i, text(rule.name), text(RoutingRule::daysText(rule.days)), RoutingRule::formatTime(rule.startMinute),
             RoutingRule::formatTime(rule.endMinute), rule.dateFrom ? QVariant(rule.dateFrom->toString(Qt::ISODate)) : noText,
             rule.dateTo ? QVariant(rule.dateTo->toString(Qt::ISODate)) : noText, RoutingRule::actionName(rule.action),
             text(rule.destinations.join(QLatin1Char(','))), rule.strategy ? QVariant(RoutingRule::strategyName(*rule.strategy)) : noText});
        if (!inserted)
            return inserted.error();
    }
    for (int i = 0; i < config.filter.entries().size(); ++i) {
        const CallerFilter::Entry &entry = config.filter.entries().at(i);
        auto inserted = Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO caller_filters (account_id, number_id, position, pattern, note) "
                                                 "VALUES (?, ?, ?, ?, ?)"),
                                  {accountId, numberId, i, entry.pattern, text(entry.note)});
        if (!inserted)
            return inserted.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}
