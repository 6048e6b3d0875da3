#include "catalogue.h"

#include "db/sql.h"

Result<Catalogue> Catalogue::load(const QSqlDatabase &db, qint64 accountId)
{
    Catalogue catalogue;
    auto options = Sql::exec(db, QStringLiteral("SELECT id, code, name, kind, monthly_price_minor, currency, minutes "
                                                "FROM catalogue_options WHERE account_id = ? ORDER BY kind, monthly_price_minor, code"),
                             {accountId});
    if (!options)
        return options.error();
    while (options.value().next()) {
        QSqlQuery &q = options.value();
        catalogue.m_options << Option{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                      Money(q.value(4).toLongLong(), q.value(5).toString().trimmed()), q.value(6).toInt()};
    }
    auto packages = Sql::exec(db, QStringLiteral("SELECT id, code, name, description, monthly_price_minor, currency, rank "
                                                 "FROM catalogue_packages WHERE account_id = ? ORDER BY rank, code"),
                              {accountId});
    if (!packages)
        return packages.error();
    while (packages.value().next()) {
        QSqlQuery &q = packages.value();
        catalogue.m_packages << Package{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                        Money(q.value(4).toLongLong(), q.value(5).toString().trimmed()), q.value(6).toInt(), {}};
    }
    auto bundles = Sql::exec(db, QStringLiteral("SELECT b.package_id, o.code FROM catalogue_bundles b "
                                                "JOIN catalogue_options o ON o.id = b.option_id "
                                                "WHERE b.account_id = ? ORDER BY o.code"),
                             {accountId});
    if (!bundles)
        return bundles.error();
    while (bundles.value().next()) {
        const qint64 packageId = bundles->value(0).toLongLong();
        for (Package &package : catalogue.m_packages) {
            if (package.id == packageId)
                package.bundled << bundles->value(1).toString();
        }
    }
    return catalogue;
}

QList<Catalogue::Option> Catalogue::options(const QString &kind) const
{
    QList<Option> result;
    for (const Option &option : m_options) {
        if (option.kind == kind)
            result << option;
    }
    return result;
}

const Catalogue::Package *Catalogue::package(const QString &code) const
{
    for (const Package &package : m_packages) {
        if (package.code == code)
            return &package;
    }
    return nullptr;
}

const Catalogue::Package *Catalogue::packageById(qint64 id) const
{
    for (const Package &package : m_packages) {
        if (package.id == id)
            return &package;
    }
    return nullptr;
}

const Catalogue::Option *Catalogue::option(const QString &code) const
{
    for (const Option &option : m_options) {
        if (option.code == code)
            return &option;
    }
    return nullptr;
}

const Catalogue::Option *Catalogue::optionById(qint64 id) const
{
    for (const Option &option : m_options) {
        if (option.id == id)
            return &option;
    }
    return nullptr;
}
