#include "numberrepository.h"

#include "accounts/accountsession.h"
#include "core/phonenumber.h"
#include "db/database.h"
#include "db/rowstamp.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

const QString kColumns = QStringLiteral(
    "id, account_id, e164, country, rate_center, number_type, note, plan, monthly_fee_minor, per_minute_micro, "
    "currency, ordered_on, next_billing_on, plan_changed_on, timezone, voicemail, cnam_lookup, fax, sms, e911, "
    "e911_street, e911_city, e911_region, e911_postal_code, e911_country, filter_mode, ivr_enabled, ivr_greeting, "
    "ivr_digit, ivr_no_input, version");

QDate isoDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

NumberRecord readNumber(const QSqlQuery &q)
{
    NumberRecord n;
    n.id = q.value(0).toLongLong();
    n.accountId = q.value(1).toLongLong();
    n.e164 = q.value(2).toString();
    n.country = q.value(3).toString().trimmed();
    n.rateCenter = q.value(4).toString();
    n.type = q.value(5).toString();
    n.note = q.value(6).toString();
    n.plan = q.value(7).toString();
    n.monthlyFeeMinor = q.value(8).toLongLong();
    n.perMinuteMicro = q.value(9).toLongLong();
    n.currency = q.value(10).toString().trimmed();
    n.orderedOn = isoDate(q.value(11));
    n.nextBillingOn = isoDate(q.value(12));
    n.planChangedOn = isoDate(q.value(13));
    n.timezone = q.value(14).toString();
    n.voicemail = q.value(15).toInt() != 0;
    n.cnamLookup = q.value(16).toInt() != 0;
    n.fax = q.value(17).toInt() != 0;
    n.sms = q.value(18).toInt() != 0;
    n.e911 = q.value(19).toInt() != 0;
    n.e911Street = q.value(20).toString();
    n.e911City = q.value(21).toString();
    n.e911Region = q.value(22).toString();
    n.e911PostalCode = q.value(23).toString();
    n.e911Country = q.value(24).toString().trimmed();
    n.filterMode = q.value(25).toString();
    n.ivrEnabled = q.value(26).toInt() != 0;
    n.ivrGreeting = q.value(27).toString();
    n.ivrDigit = q.value(28).toString().trimmed();
    n.ivrNoInput = q.value(29).toString();
    n.version = q.value(30).toInt();
    return n;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

std::optional<ActivityCall::Disposition> dispositionFrom(const QString &text)
{
    if (text == QLatin1String("answered")) return ActivityCall::Disposition::Answered;
    if (text == QLatin1String("missed")) return ActivityCall::Disposition::Missed;
    if (text == QLatin1String("voicemail")) return ActivityCall::Disposition::Voicemail;
    if (text == QLatin1String("blocked")) return ActivityCall::Disposition::Blocked;
    if (text == QLatin1String("outbound")) return ActivityCall::Disposition::Outbound;
    return std::nullopt;
}

// QString() binds as NULL: text columns are NOT NULL, so an absent text is stored as "".
QString text(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

bool isNanp(const QString &region)
{
    return region == QLatin1String("US") || region == QLatin1String("CA");
}

QDate nextAnniversary(const QDate &ordered, const QDate &today)
{
    QDate next = ordered.addMonths(1);
    for (int months = 2; next <= today; ++months)
        next = ordered.addMonths(months);
    return next;
}

} // namespace

NumberRepository::NumberRepository(QSqlDatabase db, Account account, AccessRole role, Clock clock)
    : m_db(std::move(db)), m_account(std::move(account)), m_role(role), m_clock(clock)
{
}

NumberRepository::NumberRepository(const AccountSession &session)
    : NumberRepository(session.connection(), session.account(), session.role(), session.clock())
{
}

QDate NumberRepository::today() const
{
    const QTimeZone zone = m_account.timeZone();
    return m_clock.today(zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("America/New_York")));
}

bool NumberRepository::isTimeZone(const QString &zone)
{
    return !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()) && QTimeZone(zone.toUtf8()).isValid();
}

Result<void> NumberRepository::checkWritable() const
{
    if (!::canChange(m_role))
        return Error{Error::Kind::Forbidden, tr("Your role (employee) lets you view the numbers of this account, not change them")};
    return {};
}

Error NumberRepository::conflictOrMissing(qint64 id) const
{
    return RowStamp::conflict(m_db, QStringLiteral("numbers"), QStringLiteral("id = ? AND account_id = ?"), {id, m_account.id},
                              tr("This number"), tr("This number is no longer in the account"));
}

Result<QList<NumberRecord>> NumberRepository::list(const Filter &filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM numbers WHERE account_id = ?").arg(kColumns);
    QVariantList bindings{m_account.id};
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        sql += QStringLiteral(" AND (e164 LIKE ? ESCAPE '\\' OR LOWER(note) LIKE ? ESCAPE '\\'"
                              " OR LOWER(rate_center) LIKE ? ESCAPE '\\')");
        bindings << likePattern(digits.isEmpty() ? text : digits) << likePattern(text.toLower())
                 << likePattern(text.toLower());
    }
    if (!filter.country.isEmpty()) {
        sql += QStringLiteral(" AND country = ?");
        bindings << filter.country.toUpper();
    }
    if (!filter.type.isEmpty()) {
        sql += QStringLiteral(" AND number_type = ?");
        bindings << filter.type;
    }
    if (!filter.plan.isEmpty()) {
        sql += QStringLiteral(" AND plan = ?");
        bindings << filter.plan;
    }
    sql += QStringLiteral(" ORDER BY e164");
    auto query = Sql::exec(m_db, sql, bindings);
    if (!query)
        return query.error();
    QList<NumberRecord> numbers;
    while (query.value().next())
        numbers << readNumber(query.value());
    return numbers;
}

Result<NumberRecord> NumberRepository::find(qint64 id) const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM numbers WHERE id = ? AND account_id = ?").arg(kColumns),
                           {id, m_account.id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{Error::Kind::NotFound, tr("This number is no longer in the account")};
    return readNumber(query.value());
}

Result<NumberRecord> NumberRepository::findByE164(const QString &number) const
{
    auto parsed = PhoneNumber::parse(number);
    const QString e164 = parsed ? parsed->e164() : number.trimmed();
    auto query = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM numbers WHERE e164 = ? AND account_id = ?").arg(kColumns),
                           {e164, m_account.id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{Error::Kind::NotFound, tr("%1 is not a number of this account").arg(e164)};
    return readNumber(query.value());
}

Result<QStringList> NumberRepository::countries() const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT DISTINCT country FROM numbers WHERE account_id = ? ORDER BY country"),
                           {m_account.id});
    if (!query)
        return query.error();
    QStringList countries;
    while (query.value().next())
        countries << query.value().value(0).toString().trimmed();
    return countries;
}

Result<QString> NumberRepository::homeCountry() const
{
    auto country = Sql::scalar(m_db, QStringLiteral("SELECT country FROM billing_profiles WHERE account_id = ?"), {m_account.id});
    if (!country && country.errorKind() != Error::Kind::NotFound)
        return country.error();
    const QString code = country ? country->toString().trimmed() : QString();
    return code.isEmpty() ? QStringLiteral("US") : code;
}

Result<NumberRecord> NumberRepository::add(const NewNumber &request)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    auto parsed = PhoneNumber::parse(request.number);
    if (!parsed)
        return parsed.error();
    const PhoneNumber &number = parsed.value();

    auto home = homeCountry();
    if (!home)
        return home.error();
    const bool local = number.regionCode() == home.value() || (isNanp(number.regionCode()) && isNanp(home.value()));
    QString type = request.type;
    if (type.isEmpty())
        type = number.isTollFree() ? QStringLiteral("toll-free") : local ? QStringLiteral("local") : QStringLiteral("international");
    if (type != QLatin1String("local") && type != QLatin1String("toll-free") && type != QLatin1String("international"))
        return invalidInput(tr("“%1” is not a number type: use local, toll-free or international").arg(type));
    if (type == QLatin1String("toll-free") && !number.isTollFree())
        return invalidInput(tr("%1 is not a toll-free number").arg(number.e164()));
    if (type != QLatin1String("toll-free") && number.isTollFree())
        return invalidInput(tr("%1 is a toll-free number: its type must be toll-free").arg(number.e164()));
    if (!PlanSwitchPolicy::isPlan(request.plan))
        return invalidInput(tr("“%1” is not a billing plan: use flat or per-minute").arg(request.plan));
    if (request.monthlyFeeMinor < 0 || request.perMinuteMicro < 0)
        return invalidInput(tr("A fee cannot be negative"));
    const QString zone = request.timezone.isEmpty() ? QStringLiteral("America/New_York") : request.timezone;
    if (!isTimeZone(zone))
        return invalidInput(tr("“%1” is not a known time zone: use an IANA name like America/New_York").arg(zone));

    const QDate today = this->today();
    const QDate ordered = request.orderedOn.isValid() ? request.orderedOn : today;
    const QDate nextBilling = request.nextBillingOn.isValid() ? request.nextBillingOn : nextAnniversary(ordered, today);
    if (nextBilling <= ordered)
        return invalidInput(tr("The next billing date (%1) must come after the order date (%2)")
                                .arg(nextBilling.toString(Qt::ISODate), ordered.toString(Qt::ISODate)));

    Transaction transaction(m_db);
    auto duplicate = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM numbers WHERE account_id = ? AND e164 = ?"),
                                 {m_account.id, number.e164()});
    if (!duplicate)
        return duplicate.error();
    if (duplicate->toInt() > 0)
        return Error{Error::Kind::Conflict, tr("%1 is already a number of this account").arg(number.e164())};
    auto id = Sql::insert(
        m_db,
        QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, note, plan, monthly_fee_minor, "
                       "per_minute_micro, currency, ordered_on, next_billing_on, timezone) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {m_account.id, number.e164(), number.regionCode(), type, text(request.note), request.plan,
         request.monthlyFeeMinor, request.perMinuteMicro, m_account.currency, ordered.toString(Qt::ISODate),
         nextBilling.toString(Qt::ISODate), zone});
    if (!id)
        return id.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(id.value());
}

Result<void> NumberRepository::release(qint64 id, int version)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    Transaction transaction(m_db);
    auto deleted = Sql::exec(m_db, QStringLiteral("DELETE FROM numbers WHERE id = ? AND account_id = ? AND version = ?"),
                             {id, m_account.id, version});
    if (!deleted)
        return deleted.error();
    if (deleted.value().numRowsAffected() != 1)
        return conflictOrMissing(id);
    return transaction.commit();
}

Result<void> NumberRepository::validate(const NumberRecord &n) const
{
    if (n.note.size() > 500)
        return invalidInput(tr("The note is too long: at most 500 characters"));
    if (!isTimeZone(n.timezone))
        return invalidInput(tr("“%1” is not a known time zone: use an IANA name like America/New_York").arg(n.timezone));
    if (n.e911) {
        const QList<QPair<QString, QString>> fields{{n.e911Street, tr("street")},
                                                    {n.e911City, tr("city")},
                                                    {n.e911Region, tr("state or province")},
                                                    {n.e911PostalCode, tr("postal code")},
                                                    {n.e911Country, tr("country")}};
        for (const auto &field : fields) {
            if (field.first.trimmed().isEmpty())
                return invalidInput(tr("911 needs the full emergency address: the %1 is missing").arg(field.second));
        }
        if (n.e911Country.trimmed().size() != 2)
            return invalidInput(tr("The emergency address country must be a two-letter code like US or CA"));
    }
    if (n.filterMode != QLatin1String("off") && n.filterMode != QLatin1String("block") && n.filterMode != QLatin1String("allow"))
        return invalidInput(tr("“%1” is not a caller filter mode: use off, block or allow").arg(n.filterMode));
    static const QRegularExpression digit(QStringLiteral("^[0-9*#]$"));
    if (!digit.match(n.ivrDigit).hasMatch())
        return invalidInput(tr("The IVR digit must be one key: 0–9, * or #"));
    if (n.ivrNoInput != QLatin1String("voicemail") && n.ivrNoInput != QLatin1String("reject") && n.ivrNoInput != QLatin1String("forward"))
        return invalidInput(tr("“%1” is not an IVR no-input action: use voicemail, reject or forward").arg(n.ivrNoInput));
    if (n.ivrEnabled && n.ivrGreeting.trimmed().isEmpty())
        return invalidInput(tr("The IVR gate needs a greeting, like “Thank you for calling, press 1 to speak with someone”"));
    return {};
}

Result<NumberRecord> NumberRepository::save(const NumberRecord &n)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    if (auto valid = validate(n); !valid)
        return valid.error();
    Transaction transaction(m_db);
    auto updated = Sql::exec(
        m_db,
        QStringLiteral("UPDATE numbers SET note = ?, timezone = ?, voicemail = ?, cnam_lookup = ?, fax = ?, sms = ?, "
                       "e911 = ?, e911_street = ?, e911_city = ?, e911_region = ?, e911_postal_code = ?, e911_country = ?, "
                       "filter_mode = ?, ivr_enabled = ?, ivr_greeting = ?, ivr_digit = ?, ivr_no_input = ?, "
                       "updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND account_id = ? AND version = ?"),
        QVariantList{text(n.note), n.timezone, int(n.voicemail), int(n.cnamLookup), int(n.fax), int(n.sms), int(n.e911),
                     text(n.e911Street), text(n.e911City), text(n.e911Region), text(n.e911PostalCode),
                     text(n.e911Country).toUpper(), n.filterMode, int(n.ivrEnabled), text(n.ivrGreeting), n.ivrDigit,
                     n.ivrNoInput}
            + RowStamp::values(m_db) + QVariantList{n.id, m_account.id, n.version});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return conflictOrMissing(n.id);
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(n.id);
}

PlanSwitchPolicy::Decision NumberRepository::planSwitch(const NumberRecord &number) const
{
    if (!::canChange(m_role))
        return {false, tr("Your role (employee) lets you view the plan, not change it.")};
    return PlanSwitchPolicy::evaluate(number.type, number.planChangedOn, today());
}

Result<NumberRecord> NumberRepository::switchPlan(qint64 id, int version, const QString &plan)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    if (!PlanSwitchPolicy::isPlan(plan))
        return invalidInput(tr("“%1” is not a billing plan: use flat or per-minute").arg(plan));
    auto current = find(id);
    if (!current)
        return current.error();
    if (current->version != version)
        return conflictOrMissing(id);
    const QDate today = this->today();
    const auto decision = PlanSwitchPolicy::evaluate(current->type, current->planChangedOn, today);
    if (!decision.allowed)
        return invalidInput(decision.reason);
    if (current->plan == plan)
        return invalidInput(tr("%1 is already on the %2 plan").arg(current->e164, plan));
    Transaction transaction(m_db);
    auto updated = Sql::exec(m_db,
                             QStringLiteral("UPDATE numbers SET plan = ?, plan_changed_on = ?, updated_by = ?, updated_at = ?, "
                                            "version = version + 1 WHERE id = ? AND account_id = ? AND version = ?"),
                             QVariantList{plan, today.toString(Qt::ISODate)} + RowStamp::values(m_db)
                                 + QVariantList{id, m_account.id, version});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return conflictOrMissing(id);
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(id);
}

Result<qint64> NumberRepository::requestSwap(qint64 id, const QString &reason)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    if (reason.trimmed().isEmpty())
        return invalidInput(tr("Say why the number should be swapped (for example: repeated robocalls)"));
    auto number = find(id);
    if (!number)
        return number.error();
    Transaction transaction(m_db);
    auto inserted = Sql::insert(m_db,
                                QStringLiteral("INSERT INTO swap_requests (account_id, number_id, e164, reason, requested_at) "
                                               "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                {m_account.id, id, number->e164, reason.trimmed(), m_clock.now().toSecsSinceEpoch()});
    if (!inserted)
        return inserted.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return inserted.value();
}

Result<QList<SwapRequest>> NumberRepository::swapRequests() const
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("SELECT id, number_id, e164, reason, requested_at, status FROM swap_requests "
                                          "WHERE account_id = ? ORDER BY requested_at DESC, id DESC"),
                           {m_account.id});
    if (!query)
        return query.error();
    QList<SwapRequest> requests;
    QSqlQuery &q = query.value();
    while (q.next()) {
        requests << SwapRequest{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                q.value(3).toString(), QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC),
                                q.value(5).toString()};
    }
    return requests;
}

Result<PortingRequest> NumberRepository::requestPorting(const QString &number, const QString &losingCarrier,
                                                        const QDate &submittedOn)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    auto parsed = PhoneNumber::parse(number);
    if (!parsed)
        return parsed.error();
    if (!isNanp(parsed->regionCode()))
        return invalidInput(tr("%1 cannot be ported: porting is offered for US and Canadian numbers only").arg(parsed->e164()));
    if (losingCarrier.trimmed().isEmpty())
        return invalidInput(tr("Name the carrier the number comes from"));
    const QDate submitted = submittedOn.isValid() ? submittedOn : today();
    if (submitted > today())
        return invalidInput(tr("The submission date cannot be in the future"));
    Transaction transaction(m_db);
    auto open = Sql::scalar(m_db,
                            QStringLiteral("SELECT COUNT(*) FROM porting_requests WHERE account_id = ? AND e164 = ? "
                                           "AND status IN ('submitted', 'in-progress')"),
                            {m_account.id, parsed->e164()});
    if (!open)
        return open.error();
    if (open->toInt() > 0)
        return Error{Error::Kind::Conflict, tr("A porting request for %1 is already open").arg(parsed->e164())};
    auto id = Sql::insert(m_db,
                          QStringLiteral("INSERT INTO porting_requests (account_id, e164, losing_carrier, submitted_on) "
                                         "VALUES (?, ?, ?, ?) RETURNING id"),
                          {m_account.id, parsed->e164(), losingCarrier.trimmed(), submitted.toString(Qt::ISODate)});
    if (!id)
        return id.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return PortingRequest{id.value(), parsed->e164(), losingCarrier.trimmed(), submitted, QStringLiteral("submitted"), {}, 1};
}

Result<QList<PortingRequest>> NumberRepository::portingRequests() const
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("SELECT id, e164, losing_carrier, submitted_on, status, completed_on, version "
                                          "FROM porting_requests WHERE account_id = ? ORDER BY submitted_on DESC, id DESC"),
                           {m_account.id});
    if (!query)
        return query.error();
    QList<PortingRequest> requests;
    QSqlQuery &q = query.value();
    while (q.next()) {
        requests << PortingRequest{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   isoDate(q.value(3)), q.value(4).toString(), isoDate(q.value(5)), q.value(6).toInt()};
    }
    return requests;
}

Result<PortingRequest> NumberRepository::setPortingStatus(qint64 id, int version, const QString &status)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    static const QStringList statuses{QStringLiteral("submitted"), QStringLiteral("in-progress"), QStringLiteral("completed"),
                                      QStringLiteral("rejected"), QStringLiteral("cancelled")};
    if (!statuses.contains(status))
        return invalidInput(tr("“%1” is not a porting status").arg(status));
    const bool done = status == QLatin1String("completed");
    Transaction transaction(m_db);
    auto updated = Sql::exec(m_db,
                             QStringLiteral("UPDATE porting_requests SET status = ?, completed_on = ?, updated_by = ?, updated_at = ?, "
                                            "version = version + 1 WHERE id = ? AND account_id = ? AND version = ?"),
                             QVariantList{status, dateValue(done ? today() : QDate())} + RowStamp::values(m_db)
                                 + QVariantList{id, m_account.id, version});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return RowStamp::conflict(m_db, QStringLiteral("porting_requests"), QStringLiteral("id = ? AND account_id = ?"),
                                  {id, m_account.id}, tr("This porting request"), tr("This porting request no longer exists"));
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    auto all = portingRequests();
    if (!all)
        return all.error();
    for (const PortingRequest &request : all.value()) {
        if (request.id == id)
            return request;
    }
    return Error{Error::Kind::NotFound, tr("This porting request is no longer in the account")};
}

Result<QList<ActivityCall>> NumberRepository::activityPage(qint64 numberId, const QString &disposition,
                                                           const std::optional<Cursor> &after, int limit) const
{
    QString sql = QStringLiteral("SELECT id, started_at, caller, disposition, duration_s, charge_micro FROM calls "
                                 "WHERE number_id = ?");
    QVariantList bindings{numberId};
    if (!disposition.isEmpty()) {
        sql += QStringLiteral(" AND disposition = ?");
        bindings << disposition;
    }
    if (after) {
        // Keyset pagination: no OFFSET, so a page deep in the list costs what the first one does.
        sql += QStringLiteral(" AND (started_at < ? OR (started_at = ? AND id < ?))");
        bindings << after->startedAt << after->startedAt << after->id;
    }
    sql += QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT %1").arg(limit);
    auto query = Sql::exec(m_db, sql, bindings);
    if (!query)
        return query.error();
    QList<ActivityCall> calls;
    calls.reserve(limit);
    QSqlQuery &q = query.value();
    while (q.next()) {
        ActivityCall call;
        call.id = q.value(0).toLongLong();
        call.startedAt = q.value(1).toLongLong();
        const QString caller = q.value(2).toString();
        call.callerDigits = caller.startsWith(QLatin1Char('+')) ? caller.mid(1).toULongLong() : 0;
        call.disposition = dispositionFrom(q.value(3).toString()).value_or(ActivityCall::Disposition::Answered);
        call.durationS = q.value(4).toInt();
        call.chargeMicro = q.value(5).toLongLong();
        calls << call;
    }
    return calls;
}

Result<qint64> NumberRepository::activityCount(qint64 numberId, const QString &disposition) const
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM calls WHERE number_id = ?");
    QVariantList bindings{numberId};
    if (!disposition.isEmpty()) {
        sql += QStringLiteral(" AND disposition = ?");
        bindings << disposition;
    }
    auto count = Sql::scalar(m_db, sql, bindings);
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<QList<UnreturnedMissedCall>> NumberRepository::unreturnedMissedCalls(qint64 sinceEpoch) const
{
    // A caller's missed calls count as returned once an outbound call with a duration reached that
    // caller after them: compare each missed call with the caller's last reached outbound call.
    auto query = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT caller, number_id, did, started_at, missed FROM ("
            " SELECT m.caller, m.number_id, m.did, m.started_at,"
            "  COUNT(*) OVER (PARTITION BY m.caller) AS missed,"
            "  ROW_NUMBER() OVER (PARTITION BY m.caller ORDER BY m.started_at DESC, m.id DESC) AS rn"
            " FROM calls m LEFT JOIN (SELECT caller, MAX(started_at) AS last_out FROM calls"
            "  WHERE account_id = ? AND disposition = 'outbound' AND duration_s > 0 AND started_at >= ?"
            "  GROUP BY caller) o ON o.caller = m.caller"
            " WHERE m.account_id = ? AND m.disposition = 'missed' AND m.caller <> 'anonymous' AND m.started_at >= ?"
            "  AND (o.last_out IS NULL OR o.last_out < m.started_at)"
            ") t WHERE rn = 1 ORDER BY started_at DESC, caller"),
        {m_account.id, sinceEpoch, m_account.id, sinceEpoch});
    if (!query)
        return query.error();
    QList<UnreturnedMissedCall> calls;
    QSqlQuery &q = query.value();
    while (q.next()) {
        calls << UnreturnedMissedCall{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                                      q.value(3).toLongLong(), q.value(4).toInt()};
    }
    return calls;
}
