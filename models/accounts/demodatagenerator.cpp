#include "demodatagenerator.h"

#include "core/currency.h"
#include "core/money.h"
#include "db/batchinserter.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

// SplitMix64: small, fast and identical on every platform (std:: distributions are not).
class Random final
{
public:
    explicit Random(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(double p) { return uniform() < p; }
    // Roughly normal count around mean (Irwin–Hall of four uniforms: no libm, so the same everywhere).
    int count(double mean)
    {
        const double z = (uniform() + uniform() + uniform() + uniform() - 2.0) * 1.7320508075688772;
        return std::max(0, int(mean + z * std::sqrt(mean) + 0.5));
    }

private:
    quint64 m_state;
};

struct DemoNumber
{
    qint64 id = 0;
    QString e164;
    QString country;
    QString type;
    QString plan;
    qint64 monthlyMinor = 0;
    qint64 perMinuteMicro = 0;
    QTimeZone zone;
    double callsPerWeekday = 0;
    QTime open;
    QTime close;
    bool cnam = false;
    bool e911 = false;
    bool fax = false;
    bool blockFilter = false;
    int billingDay = 1;
    QStringList callers;
};

struct DemoCall
{
    qint64 startedAt;
    int number;
    QString caller;
    QString disposition;
    int duration;
    qint64 chargeMicro;
};

// Share of a weekday's calls that arrive in each local hour: quiet nights, a morning peak, a lunch dip.
constexpr std::array<double, 24> kHourWeights{0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 2.0, 5.0, 9.0, 11.0, 10.5,
                                              7.5, 8.0, 10.0, 9.5, 8.5, 6.5, 3.5, 2.0, 1.2, 0.8, 0.5, 0.25};
// Monday … Sunday.
constexpr std::array<double, 7> kDayFactors{1.18, 1.08, 1.02, 1.0, 0.92, 0.32, 0.14};

const QStringList kNorthAmericanAreas{
    QStringLiteral("212"), QStringLiteral("646"), QStringLiteral("718"), QStringLiteral("917"), QStringLiteral("305"),
    QStringLiteral("786"), QStringLiteral("415"), QStringLiteral("510"), QStringLiteral("650"), QStringLiteral("312"),
    QStringLiteral("617"), QStringLiteral("202"), QStringLiteral("404"), QStringLiteral("713"), QStringLiteral("206")};
const QStringList kCanadianAreas{QStringLiteral("514"), QStringLiteral("438"), QStringLiteral("450"),
                                 QStringLiteral("416"), QStringLiteral("647"), QStringLiteral("905"),
                                 QStringLiteral("604"), QStringLiteral("778")};

QString digits(Random &random, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + random.below(10));
    return out;
}

QString makeCaller(Random &random, const QString &country)
{
    if (country == QLatin1String("FR"))
        return QStringLiteral("+33") + QChar(u'6' + random.below(2)) + digits(random, 8);
    if (country == QLatin1String("ES"))
        return QStringLiteral("+346") + digits(random, 8);
    const QStringList &areas = country == QLatin1String("CA") ? kCanadianAreas : kNorthAmericanAreas;
    return QStringLiteral("+1") + areas.at(random.below(int(areas.size()))) + QChar(u'2' + random.below(8))
           + digits(random, 6);
}

// Bound as '' rather than NULL (a null QString binds as NULL).
const QString kEmpty = QStringLiteral("");

qint64 minorOf(const QJsonValue &value, const QString &currency)
{
    auto money = Money::parse(value.toString(), currency);
    return money ? money->minor() : 0;
}

qint64 microOf(const QJsonValue &value)
{
    // Rates are written with up to six decimals in the recipe.
    const QString text = value.toString();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1).leftJustified(6, QLatin1Char('0')).left(6);
    return whole.toLongLong() * Money::kMicroPerMajor + fraction.toLongLong();
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The date of the given day-of-month in a month, clamped to the month's last day.
QDate dayInMonth(int year, int month, int day)
{
    const QDate first(year, month, 1);
    return QDate(year, month, std::min(day, first.daysInMonth()));
}

QDate nextAnniversary(const QDate &today, int day)
{
    QDate candidate = dayInMonth(today.year(), today.month(), day);
    if (candidate <= today) {
        const QDate nextMonth = today.addMonths(1);
        candidate = dayInMonth(nextMonth.year(), nextMonth.month(), day);
    }
    return candidate;
}

qint64 instant(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    QDateTime local(date, time, zone);
    if (!local.isValid()) // a spring-forward gap: take the hour after
        local = QDateTime(date, time.addSecs(3600), zone);
    return local.toSecsSinceEpoch();
}

} // namespace

DemoDataGenerator::DemoDataGenerator(QSqlDatabase db, Clock clock, quint64 seed)
    : m_db(std::move(db)), m_clock(clock), m_seed(seed)
{
}

Result<qint64> DemoDataGenerator::generate()
{
    auto report = [this](int percent) {
        if (m_progress)
            m_progress(percent);
    };
    report(0);

    QFile recipeFile(QStringLiteral(":/demo/demo-account.json"));
    if (!recipeFile.open(QIODevice::ReadOnly))
        return databaseError(tr("The demo recipe is missing from this build"));
    const QJsonObject recipe = QJsonDocument::fromJson(recipeFile.readAll()).object();
    const QJsonObject accountRecipe = recipe.value(QStringLiteral("account")).toObject();
    const QString currency = accountRecipe.value(QStringLiteral("currency")).toString();
    const QTimeZone accountZone(accountRecipe.value(QStringLiteral("timezone")).toString().toUtf8());
    const QDateTime now = m_clock.now();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const QDate today = now.toTimeZone(accountZone).date();
    const QDate firstDay = today.addMonths(-kMonthsOfHistory);
    Random random(m_seed);

    const QString accountNumber = QStringLiteral("LD-%1").arg(100000 + (m_seed * 7919) % 900000, 6, 10, QLatin1Char('0'));
    auto existing = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE account_number = ?"),
                                {accountNumber});
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0) {
        return Error{Error::Kind::Conflict,
                     tr("This database already holds the demo account %1 (seed %2); choose another seed")
                         .arg(accountNumber)
                         .arg(m_seed)};
    }

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());

    // Every statement below goes through this: the first failure aborts the whole account.
    Error failure;
    bool failed = false;
    auto run = [&](const QString &sql, const QVariantList &values) -> qint64 {
        if (failed)
            return 0;
        if (sql.contains(QLatin1String("RETURNING"))) {
            auto id = Sql::insert(m_db, sql, values);
            if (!id) {
                failed = true;
                failure = id.error();
                return 0;
            }
            return id.value();
        }
        auto done = Sql::exec(m_db, sql, values);
        if (!done) {
            failed = true;
            failure = done.error();
        }
        return 0;
    };
    auto check = [&](const Result<void> &result) {
        if (!failed && !result) {
            failed = true;
            failure = result.error();
        }
    };

    // --- The account, its people, its profile ---------------------------------------------------
    QString name = accountRecipe.value(QStringLiteral("name")).toString();
    if (m_seed != 1)
        name += QStringLiteral(" (%1)").arg(m_seed);
    const qint64 accountId = run(
        QStringLiteral("INSERT INTO accounts (name, account_number, billing_mode, currency, timezone, locale, "
                       "invoice_day, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {name, accountNumber, accountRecipe.value(QStringLiteral("billing_mode")).toString(), currency,
         QString::fromUtf8(accountZone.id()), accountRecipe.value(QStringLiteral("locale")).toString(),
         accountRecipe.value(QStringLiteral("invoice_day")).toInt(1), instant(firstDay.addDays(-400), QTime(10, 0), accountZone)});

    for (const QJsonValue &value : recipe.value(QStringLiteral("users")).toArray()) {
        const QJsonObject user = value.toObject();
        const QString login = m_seed == 1 ? user.value(QStringLiteral("login")).toString()
                                          : QStringLiteral("%1-%2").arg(user.value(QStringLiteral("login")).toString()).arg(m_seed);
        run(QStringLiteral("INSERT INTO users (login, display_name, created_at) SELECT ?, ?, ? "
                           "WHERE NOT EXISTS (SELECT 1 FROM users WHERE login = ?)"),
            {login, user.value(QStringLiteral("display_name")).toString(), nowSecs, login});
        run(QStringLiteral("INSERT INTO account_members (account_id, user_id, role) "
                           "SELECT ?, id, ? FROM users WHERE login = ?"),
            {accountId, user.value(QStringLiteral("role")).toString(), login});
    }

    const QJsonObject profile = recipe.value(QStringLiteral("billing_profile")).toObject();
    run(QStringLiteral("INSERT INTO billing_profiles (account_id, company, address_line1, city, region, postal_code, "
                       "country, billing_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {accountId, profile.value(QStringLiteral("company")).toString(), profile.value(QStringLiteral("address_line1")).toString(),
         profile.value(QStringLiteral("city")).toString(), profile.value(QStringLiteral("region")).toString(),
         profile.value(QStringLiteral("postal_code")).toString(), profile.value(QStringLiteral("country")).toString(),
         profile.value(QStringLiteral("billing_email")).toString()});
    run(QStringLiteral("INSERT INTO tax_profiles (account_id) VALUES (?)"), {accountId});
    run(QStringLiteral("INSERT INTO account_settings (account_id, key, value) VALUES (?, 'tax.gst_hst_registration', ?),"
                       " (?, 'tax.qst_registration', ?)"),
        {accountId, QStringLiteral("84127 9435 RT0001"), accountId, QStringLiteral("1219876543 TQ0001")});

    const QJsonObject card = recipe.value(QStringLiteral("payment_method")).toObject();
    const qint64 cardId = run(
        QStringLiteral("INSERT INTO payment_methods (account_id, token, brand, last4, exp_month, exp_year, is_default, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"),
        {accountId, card.value(QStringLiteral("token")).toString(), card.value(QStringLiteral("brand")).toString(),
         card.value(QStringLiteral("last4")).toString(), card.value(QStringLiteral("exp_month")).toInt(),
         card.value(QStringLiteral("exp_year")).toInt(), instant(firstDay.addDays(-30), QTime(11, 0), accountZone)});
    const QJsonObject autobill = recipe.value(QStringLiteral("autobilling")).toObject();
    const qint64 thresholdMinor = minorOf(autobill.value(QStringLiteral("threshold")), currency);
    const qint64 topUpMinor = minorOf(autobill.value(QStringLiteral("amount")), currency);
    run(QStringLiteral("INSERT INTO autobilling_settings (account_id, enabled, mode, threshold_minor, amount_minor, "
                       "payment_method_id) VALUES (?, ?, 'threshold', ?, ?, ?)"),
        {accountId, autobill.value(QStringLiteral("enabled")).toBool() ? 1 : 0, thresholdMinor, topUpMinor, cardId});
    report(5);

    // --- Catalogue and subscription ------------------------------------------------------------
    const QJsonObject catalogue = recipe.value(QStringLiteral("catalogue")).toObject();
    QHash<QString, qint64> optionIds;
    QHash<QString, qint64> optionPrices;
    for (const QJsonValue &value : catalogue.value(QStringLiteral("options")).toArray()) {
        const QJsonObject option = value.toObject();
        const QString code = option.value(QStringLiteral("code")).toString();
        optionPrices.insert(code, minorOf(option.value(QStringLiteral("price")), currency));
        optionIds.insert(code, run(QStringLiteral("INSERT INTO catalogue_options (account_id, code, name, kind, "
                                                  "monthly_price_minor, currency, minutes) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                                  "RETURNING id"),
                                   {accountId, code, option.value(QStringLiteral("name")).toString(),
                                    option.value(QStringLiteral("kind")).toString(), optionPrices.value(code), currency,
                                    option.value(QStringLiteral("minutes")).toInt()}));
    }
    const QString subscribedPackage = catalogue.value(QStringLiteral("subscribed_package")).toString();
    qint64 packageId = 0;
    qint64 packagePrice = 0;
    QSet<QString> bundled;
    for (const QJsonValue &value : catalogue.value(QStringLiteral("packages")).toArray()) {
        const QJsonObject package = value.toObject();
        const QString code = package.value(QStringLiteral("code")).toString();
        const qint64 price = minorOf(package.value(QStringLiteral("price")), currency);
        const qint64 id = run(QStringLiteral("INSERT INTO catalogue_packages (account_id, code, name, monthly_price_minor, "
                                             "currency, rank) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                              {accountId, code, package.value(QStringLiteral("name")).toString(), price, currency,
                               package.value(QStringLiteral("rank")).toInt()});
        for (const QJsonValue &bundle : package.value(QStringLiteral("bundles")).toArray()) {
            run(QStringLiteral("INSERT INTO catalogue_bundles (account_id, package_id, option_id) VALUES (?, ?, ?)"),
                {accountId, id, optionIds.value(bundle.toString())});
            if (code == subscribedPackage)
                bundled.insert(bundle.toString());
        }
        if (code == subscribedPackage) {
            packageId = id;
            packagePrice = price;
        }
    }
    const QDate subscribedOn = firstDay.addDays(-120);
    run(QStringLiteral("INSERT INTO subscriptions (account_id, package_id, started_on, billing_option) VALUES (?, ?, ?, 'invoice')"),
        {accountId, packageId, isoDate(subscribedOn)});
    qint64 monthlySubscription = packagePrice;
    for (const QJsonValue &value : catalogue.value(QStringLiteral("subscribed_options")).toArray()) {
        run(QStringLiteral("INSERT INTO subscription_items (account_id, option_id, started_on) VALUES (?, ?, ?)"),
            {accountId, optionIds.value(value.toString()), isoDate(subscribedOn)});
        if (!bundled.contains(value.toString()))
            monthlySubscription += optionPrices.value(value.toString());
    }
    for (const QJsonValue &value : catalogue.value(QStringLiteral("extensions")).toArray()) {
        const QJsonObject extension = value.toObject();
        const QString device = extension.value(QStringLiteral("device")).toString();
        run(QStringLiteral("INSERT INTO extensions (account_id, extension, name, device_option_id) VALUES (?, ?, ?, ?)"),
            {accountId, extension.value(QStringLiteral("extension")).toString(),
             extension.value(QStringLiteral("name")).toString(), optionIds.value(device)});
        run(QStringLiteral("INSERT INTO subscription_items (account_id, option_id, started_on) VALUES (?, ?, ?)"),
            {accountId, optionIds.value(device), isoDate(subscribedOn)});
        monthlySubscription += optionPrices.value(device);
    }
    report(10);

    // --- Numbers, routing, filters --------------------------------------------------------------
    const QStringList spamCallers = [&] {
        QStringList list;
        for (const QJsonValue &value : recipe.value(QStringLiteral("spam_callers")).toArray())
            list << value.toString();
        return list;
    }();
    QList<DemoNumber> numbers;
    const QJsonArray numberRecipes = recipe.value(QStringLiteral("numbers")).toArray();
    for (const QJsonValue &value : numberRecipes) {
        const QJsonObject n = value.toObject();
        DemoNumber number;
        number.e164 = n.value(QStringLiteral("e164")).toString();
        number.country = number.e164.startsWith(QLatin1String("+33"))   ? QStringLiteral("FR")
                         : number.e164.startsWith(QLatin1String("+34")) ? QStringLiteral("ES")
                         : QStringList{QStringLiteral("+1514"), QStringLiteral("+1416"), QStringLiteral("+1604")}.contains(number.e164.left(5))
                             ? QStringLiteral("CA")
                             : QStringLiteral("US");
        number.type = n.value(QStringLiteral("type")).toString();
        number.plan = n.value(QStringLiteral("plan")).toString();
        number.monthlyMinor = minorOf(n.value(QStringLiteral("monthly")), currency);
        number.perMinuteMicro = microOf(n.value(QStringLiteral("per_minute")));
        number.zone = QTimeZone(n.value(QStringLiteral("timezone")).toString().toUtf8());
        number.callsPerWeekday = n.value(QStringLiteral("calls_per_weekday")).toDouble();
        const QJsonArray hours = n.value(QStringLiteral("hours")).toArray();
        number.open = QTime::fromString(hours.at(0).toString(), QStringLiteral("HH:mm"));
        number.close = QTime::fromString(hours.at(1).toString(), QStringLiteral("HH:mm"));
        number.cnam = n.value(QStringLiteral("cnam")).toBool();
        number.e911 = n.value(QStringLiteral("e911")).toBool();
        number.fax = random.chance(0.3);
        number.blockFilter = n.value(QStringLiteral("filter")).toString() == QLatin1String("block");
        const QDate ordered = firstDay.addDays(-60 - random.below(600));
        number.billingDay = ordered.day();
        for (int i = 0; i < 350; ++i)
            number.callers << makeCaller(random, number.country);

        number.id = run(
            QStringLiteral("INSERT INTO numbers (account_id, e164, country, rate_center, number_type, note, plan, "
                           "monthly_fee_minor, per_minute_micro, currency, ordered_on, next_billing_on, timezone, voicemail, "
                           "cnam_lookup, fax, sms, e911, e911_street, e911_city, e911_region, e911_postal_code, e911_country, "
                           "filter_mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {accountId, number.e164, number.country, n.value(QStringLiteral("rate_center")).toString(), number.type,
             n.value(QStringLiteral("note")).toString(), number.plan, number.monthlyMinor, number.perMinuteMicro, currency,
             isoDate(ordered), isoDate(nextAnniversary(today, number.billingDay)), QString::fromUtf8(number.zone.id()),
             number.cnam ? 1 : 0, number.fax ? 1 : 0, random.chance(0.4) ? 1 : 0, number.e911 ? 1 : 0,
             number.e911 ? profile.value(QStringLiteral("address_line1")).toString() : kEmpty,
             number.e911 ? n.value(QStringLiteral("rate_center")).toString().section(QLatin1Char(','), 0, 0) : kEmpty,
             number.e911 ? n.value(QStringLiteral("rate_center")).toString().section(QLatin1String(", "), 1, 1) : kEmpty,
             number.e911 ? QString::number(10000 + random.below(89999)) : kEmpty,
             number.e911 ? number.country : kEmpty, number.blockFilter ? QStringLiteral("block") : QStringLiteral("off")});

        const QString open = number.open.toString(QStringLiteral("HH:mm"));
        const QString close = number.close.toString(QStringLiteral("HH:mm"));
        QStringList destinations;
        for (const QJsonValue &destination : n.value(QStringLiteral("destinations")).toArray())
            destinations << destination.toString();
        const QString strategy = n.value(QStringLiteral("strategy")).toString();
        int position = 0;
        const QString insertRule = QStringLiteral(
            "INSERT INTO routing_rules (account_id, number_id, position, name, days, start_time, end_time, date_from, "
            "date_to, action, destinations, strategy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const QVariant noDate(QMetaType(QMetaType::QString));
        const int holidayYear = today.month() == 12 && today.day() > 26 ? today.year() + 1 : today.year();
        run(insertRule, {accountId, number.id, position++, tr("Holidays"), kEmpty, QStringLiteral("00:00"),
                         QStringLiteral("24:00"), isoDate(QDate(holidayYear, 12, 24)), isoDate(QDate(holidayYear, 12, 26)),
                         QStringLiteral("voicemail"), kEmpty, noDate});
        run(insertRule, {accountId, number.id, position++, tr("Office hours"),
                         QStringLiteral("mon,tue,wed,thu,fri"), open, close, noDate, noDate, QStringLiteral("forward"),
                         destinations.join(QLatin1Char(',')), strategy});
        if (number.callsPerWeekday > 25) {
            run(insertRule, {accountId, number.id, position++, tr("Saturday morning"), QStringLiteral("sat"),
                             QStringLiteral("10:00"), QStringLiteral("14:00"), noDate, noDate, QStringLiteral("forward"),
                             destinations.first(), QStringLiteral("simultaneous")});
        }
        if (number.type == QLatin1String("toll-free")) {
            run(insertRule, {accountId, number.id, position++, tr("Evening overflow"),
                             QStringLiteral("mon,tue,wed,thu,fri"), close, QStringLiteral("22:00"), noDate, noDate,
                             QStringLiteral("forward"), destinations.last(), QStringLiteral("simultaneous")});
        }
        if (number.blockFilter) {
            int filterPosition = 0;
            for (const QString &spam : spamCallers) {
                run(QStringLiteral("INSERT INTO caller_filters (account_id, number_id, position, pattern, note) VALUES (?, ?, ?, ?, ?)"),
                    {accountId, number.id, filterPosition++, spam, tr("Robocaller")});
            }
            run(QStringLiteral("INSERT INTO caller_filters (account_id, number_id, position, pattern, note) VALUES (?, ?, ?, ?, ?)"),
                {accountId, number.id, filterPosition++, QStringLiteral("+1900*"), tr("Premium-rate numbers")});
            run(QStringLiteral("INSERT INTO caller_filters (account_id, number_id, position, pattern, note) VALUES (?, ?, ?, ?, ?)"),
                {accountId, number.id, filterPosition++, QStringLiteral("anonymous"), tr("Hidden caller ID")});
        }
        numbers << number;
    }
    if (failed)
        return failure;
    report(15);

    // --- Calls ------------------------------------------------------------------------------------
    std::vector<DemoCall> calls;
    calls.reserve(60000);
    QSet<QString> callKeys;
    auto addCall = [&](DemoCall call) {
        if (call.startedAt >= nowSecs)
            return;
        QString key = QString::number(call.number) + QLatin1Char('|') + call.caller + QLatin1Char('|');
        while (callKeys.contains(key + QString::number(call.startedAt)))
            ++call.startedAt;
        callKeys.insert(key + QString::number(call.startedAt));
        calls.push_back(std::move(call));
    };
    const double hourTotal = [] {
        double sum = 0;
        for (double weight : kHourWeights)
            sum += weight;
        return sum;
    }();
    auto sampleTime = [&](Random &r) {
        double pick = r.uniform() * hourTotal;
        int hour = 0;
        while (hour < 23 && pick >= kHourWeights[size_t(hour)]) {
            pick -= kHourWeights[size_t(hour)];
            ++hour;
        }
        return QTime(hour, r.below(60), r.below(60));
    };
    auto billedMinutes = [](int seconds) { return (seconds + 59) / 60; };
    const int totalDays = int(firstDay.daysTo(today)) + 1;
    for (int dayIndex = 0; dayIndex < totalDays; ++dayIndex) {
        const QDate day = firstDay.addDays(dayIndex);
        const double growth = 0.9 + 0.2 * double(dayIndex) / totalDays; // the business grows a little
        const bool holiday = (day.month() == 12 && day.day() >= 24 && day.day() <= 26) || (day.month() == 1 && day.day() == 1);
        for (int n = 0; n < numbers.size(); ++n) {
            const DemoNumber &number = numbers.at(n);
            const double mean = number.callsPerWeekday * kDayFactors[size_t(day.dayOfWeek() - 1)] * growth * (holiday ? 0.3 : 1.0);
            const int count = random.count(mean);
            for (int i = 0; i < count; ++i) {
                const QTime time = sampleTime(random);
                const bool weekday = day.dayOfWeek() <= 5 && !holiday;
                const bool open = weekday && time >= number.open && time < number.close;
                DemoCall call{instant(day, time, number.zone), n, QString(), QString(), 0, 0};
                const double who = random.uniform();
                if (who < 0.025) {
                    call.caller = spamCallers.at(random.below(int(spamCallers.size())));
                } else if (who < 0.05) {
                    call.caller = QStringLiteral("anonymous");
                } else {
                    const double u = random.uniform();
                    call.caller = number.callers.at(int(u * u * double(number.callers.size())));
                }
                const bool filtered = number.blockFilter && (who < 0.05);
                if (filtered) {
                    call.disposition = QStringLiteral("blocked");
                } else if (open) {
                    const double d = random.uniform();
                    call.disposition = d < 0.84 ? QStringLiteral("answered")
                                       : d < 0.94 ? QStringLiteral("missed")
                                                  : QStringLiteral("voicemail");
                } else {
                    call.disposition = random.chance(0.55) ? QStringLiteral("voicemail") : QStringLiteral("missed");
                }
                if (call.disposition == QLatin1String("answered"))
                    call.duration = 15 + int(600.0 * random.uniform() * random.uniform()) + random.below(60);
                else if (call.disposition == QLatin1String("voicemail"))
                    call.duration = 12 + random.below(50);
                const bool incomingCharged = number.plan == QLatin1String("per-minute");
                if (incomingCharged && call.duration > 0)
                    call.chargeMicro = number.perMinuteMicro * billedMinutes(call.duration);

                // A missed caller is usually called back within a day or so, during office hours.
                if (call.disposition == QLatin1String("missed") && call.caller != QLatin1String("anonymous")
                    && random.chance(0.6)) {
                    QDate backDay = time >= number.close || !weekday ? day.addDays(1) : day;
                    while (backDay.dayOfWeek() > 5)
                        backDay = backDay.addDays(1);
                    const QTime backTime = backDay == day ? time.addSecs(600 + random.below(5400))
                                                          : number.open.addSecs(600 + random.below(7200));
                    const int duration = 30 + int(400.0 * random.uniform() * random.uniform());
                    addCall({instant(backDay, backTime, number.zone), n, call.caller, QStringLiteral("outbound"), duration,
                             number.perMinuteMicro * billedMinutes(duration)});
                }
                addCall(std::move(call));
            }
            // Outbound calls the office makes on its own (quotes, follow-ups).
            if (day.dayOfWeek() <= 5 && !holiday) {
                const int outbound = random.count(number.callsPerWeekday * 0.12 * growth);
                for (int i = 0; i < outbound; ++i) {
                    const int seconds = number.open.msecsSinceStartOfDay() / 1000
                                        + random.below(std::max(60, number.open.secsTo(number.close)));
                    const int duration = 20 + int(500.0 * random.uniform() * random.uniform());
                    addCall({instant(day, QTime::fromMSecsSinceStartOfDay(seconds * 1000), number.zone), n,
                             number.callers.at(random.below(int(number.callers.size()))), QStringLiteral("outbound"),
                             duration, number.perMinuteMicro * billedMinutes(duration)});
                }
            }
        }
    }
    std::sort(calls.begin(), calls.end(), [](const DemoCall &a, const DemoCall &b) {
        return std::tie(a.startedAt, a.number, a.caller) < std::tie(b.startedAt, b.number, b.caller);
    });
    report(25);

    BatchInserter callWriter(m_db, QStringLiteral("calls"),
                             {QStringLiteral("account_id"), QStringLiteral("number_id"), QStringLiteral("did"),
                              QStringLiteral("caller"), QStringLiteral("disposition"), QStringLiteral("started_at"),
                              QStringLiteral("duration_s"), QStringLiteral("charge_micro"), QStringLiteral("currency")});
    for (size_t i = 0; i < calls.size() && !failed; ++i) {
        const DemoCall &call = calls[i];
        const DemoNumber &number = numbers.at(call.number);
        check(callWriter.add({accountId, number.id, number.e164, call.caller, call.disposition, call.startedAt,
                              call.duration, call.chargeMicro, currency}));
        if (i % 5000 == 0)
            report(25 + int(50 * i / calls.size()));
    }
    check(callWriter.flush());
    if (failed)
        return failure;
    report(75);

    // --- Ledger -------------------------------------------------------------------------------------
    // Day by day in the account's time zone: fees on their billing day, the day's call charges per
    // number and direction, CNAM queries, and the automatic top-ups the balance would trigger.
    struct DayTotals
    {
        qint64 incomingMicro = 0;
        qint64 incomingMinutes = 0;
        qint64 outgoingMicro = 0;
        qint64 outgoingMinutes = 0;
        qint64 cnamQueries = 0;
    };
    QHash<QPair<int, int>, DayTotals> totals; // (day index, number index)
    for (const DemoCall &call : calls) {
        const QDate day = QDateTime::fromSecsSinceEpoch(call.startedAt, accountZone).date();
        DayTotals &t = totals[{int(firstDay.daysTo(day)), call.number}];
        const int minutes = billedMinutes(call.duration);
        if (call.disposition == QLatin1String("outbound")) {
            t.outgoingMicro += call.chargeMicro;
            t.outgoingMinutes += minutes;
        } else {
            t.incomingMicro += call.chargeMicro;
            t.incomingMinutes += minutes;
            if (numbers.at(call.number).cnam && call.caller != QLatin1String("anonymous"))
                ++t.cnamQueries;
        }
    }

    BatchInserter ledger(m_db, QStringLiteral("ledger_transactions"),
                         {QStringLiteral("account_id"), QStringLiteral("kind"), QStringLiteral("occurred_at"),
                          QStringLiteral("amount_minor"), QStringLiteral("currency"), QStringLiteral("number_id"),
                          QStringLiteral("did"), QStringLiteral("quantity"), QStringLiteral("description"),
                          QStringLiteral("method"), QStringLiteral("reference"), QStringLiteral("status"),
                          QStringLiteral("request_id")});
    BatchInserter attempts(m_db, QStringLiteral("autobilling_attempts"),
                           {QStringLiteral("account_id"), QStringLiteral("attempted_at"), QStringLiteral("billing_day"),
                            QStringLiteral("amount_minor"), QStringLiteral("currency"), QStringLiteral("outcome"),
                            QStringLiteral("reason"), QStringLiteral("retry_at"), QStringLiteral("request_id")});
    const QVariant noNumber(QMetaType(QMetaType::LongLong));
    const QVariant noText(QMetaType(QMetaType::QString));
    qint64 balance = 0;
    int requestSerial = 0;
    auto post = [&](const QString &kind, qint64 at, qint64 amount, const QVariant &numberId, const QVariant &did,
                    qint64 quantity, const QString &description, const QVariant &method, const QVariant &reference,
                    const QString &status = QStringLiteral("posted")) {
        if (status == QLatin1String("posted"))
            balance += amount;
        const QString requestId = QStringLiteral("demo-%1-%2").arg(accountNumber).arg(++requestSerial);
        check(ledger.add({accountId, kind, at, amount, currency, numberId, did, quantity, description, method, reference,
                          status, requestId}));
    };
    const qint64 fee911 = optionPrices.value(QStringLiteral("e911"));
    const qint64 feeFax = optionPrices.value(QStringLiteral("fax"));
    const qint64 cnamMicro = 4000; // $0.004 a query
    post(QStringLiteral("deposit"), instant(firstDay, QTime(9, 12), accountZone),
         minorOf(accountRecipe.value(QStringLiteral("opening_deposit")), currency), noNumber, noText, 0,
         tr("Deposit by card"), QStringLiteral("card"), noText);
    bool declinedOnce = false; // the first top-up after mid-history is declined, then retried
    bool retryPending = false;
    for (int dayIndex = 0; dayIndex < totalDays; ++dayIndex) {
        const QDate day = firstDay.addDays(dayIndex);
        if (retryPending) { // the declined charge is retried at 00:01 Eastern the next day
            const qint64 at = instant(day, QTime(0, 1), QTimeZone("America/New_York"));
            post(QStringLiteral("deposit"), at, topUpMinor, noNumber, noText, 0, tr("Automatic billing"),
                 QStringLiteral("auto"), noText);
            check(attempts.add({accountId, at, isoDate(day), topUpMinor, currency, QStringLiteral("approved"), kEmpty,
                                noNumber, QStringLiteral("auto-%1-%2").arg(accountNumber).arg(dayIndex)}));
            retryPending = false;
        }
        const qint64 feeTime = instant(day, QTime(0, 5), accountZone);
        if (day.day() == 1 && day > firstDay) { // the invoice day of the demo account
            post(QStringLiteral("subscription"), feeTime, -monthlySubscription, noNumber, noText, 1,
                 tr("Subscription, %1").arg(QLocale(QLocale::English).toString(day, QStringLiteral("MMMM yyyy"))),
                 noText, noText);
        }
        for (const DemoNumber &number : numbers) {
            if (day.day() != std::min(number.billingDay, day.daysInMonth()))
                continue;
            post(QStringLiteral("did_monthly"), feeTime, -number.monthlyMinor, number.id, number.e164, 1,
                 tr("Monthly fee %1").arg(number.e164), noText, noText);
            if (number.e911)
                post(QStringLiteral("e911"), feeTime, -fee911, number.id, number.e164, 1, tr("911 service %1").arg(number.e164), noText, noText);
            if (number.fax)
                post(QStringLiteral("fax"), feeTime, -feeFax, number.id, number.e164, 1, tr("Fax to e-mail %1").arg(number.e164), noText, noText);
        }
        if (day < today) {
            const qint64 endOfDay = instant(day, QTime(23, 59, 0), accountZone);
            for (int n = 0; n < numbers.size(); ++n) {
                const auto it = totals.constFind({dayIndex, n});
                if (it == totals.cend())
                    continue;
                const DemoNumber &number = numbers.at(n);
                const Money incoming = Money::fromMicro(it->incomingMicro, currency);
                const Money outgoing = Money::fromMicro(it->outgoingMicro, currency);
                const Money cnam = Money::fromMicro(it->cnamQueries * cnamMicro, currency);
                if (!incoming.isZero())
                    post(QStringLiteral("call_incoming"), endOfDay, -incoming.minor(), number.id, number.e164,
                         it->incomingMinutes, tr("Incoming calls %1").arg(number.e164), noText, noText);
                if (!outgoing.isZero())
                    post(QStringLiteral("call_outgoing"), endOfDay, -outgoing.minor(), number.id, number.e164,
                         it->outgoingMinutes, tr("Outgoing calls %1").arg(number.e164), noText, noText);
                if (!cnam.isZero())
                    post(QStringLiteral("cnam"), endOfDay, -cnam.minor(), number.id, number.e164, it->cnamQueries,
                         tr("CNAM lookups %1").arg(number.e164), noText, noText);
            }
            if (balance <= thresholdMinor) {
                const qint64 at = endOfDay + 30;
                const bool declined = !declinedOnce && dayIndex >= totalDays / 2;
                if (declined) {
                    retryPending = true;
                    declinedOnce = true;
                    check(attempts.add({accountId, at, isoDate(day), topUpMinor, currency, QStringLiteral("declined"),
                                        tr("Card declined by the issuing bank"),
                                        instant(day.addDays(1), QTime(0, 1), QTimeZone("America/New_York")),
                                        QStringLiteral("auto-%1-%2").arg(accountNumber).arg(dayIndex)}));
                } else {
                    post(QStringLiteral("deposit"), at, topUpMinor, noNumber, noText, 0, tr("Automatic billing"),
                         QStringLiteral("auto"), noText);
                    check(attempts.add({accountId, at, isoDate(day), topUpMinor, currency, QStringLiteral("approved"),
                                        kEmpty, noNumber, QStringLiteral("auto-%1-%2").arg(accountNumber).arg(dayIndex)}));
                }
            }
        }
        if (dayIndex == totalDays / 3) {
            post(QStringLiteral("deposit"), instant(day, QTime(14, 37), accountZone), 15000, noNumber, noText, 0,
                 tr("Deposit by PayPal"), QStringLiteral("paypal"), noText);
        }
    }
    // A bank wire sent two days ago, not received yet.
    post(QStringLiteral("deposit"), instant(today.addDays(-2), QTime(10, 20), accountZone), 50000, noNumber, noText, 0,
         tr("Bank wire"), QStringLiteral("wire"), QStringLiteral("WIRE-%1-%2").arg(accountNumber).arg(today.addDays(-2).toString(QStringLiteral("yyyyMMdd"))),
         QStringLiteral("pending"));
    check(ledger.flush());
    check(attempts.flush());
    report(95);

    const QJsonObject porting = recipe.value(QStringLiteral("porting")).toObject();
    run(QStringLiteral("INSERT INTO porting_requests (account_id, e164, losing_carrier, submitted_on, status) VALUES (?, ?, ?, ?, ?)"),
        {accountId, porting.value(QStringLiteral("e164")).toString(), porting.value(QStringLiteral("losing_carrier")).toString(),
         isoDate(today.addDays(-porting.value(QStringLiteral("submitted_days_ago")).toInt())),
         porting.value(QStringLiteral("status")).toString()});
    run(QStringLiteral("INSERT INTO swap_requests (account_id, number_id, e164, reason, requested_at, status) VALUES (?, ?, ?, ?, ?, 'done')"),
        {accountId, numbers.first().id, numbers.first().e164, tr("Repeated robocalls"),
         instant(firstDay.addDays(20), QTime(11, 5), accountZone)});
    if (failed)
        return failure;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    report(100);
    return accountId;
}
