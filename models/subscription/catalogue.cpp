#include "catalogue.h"

#include "db/sql.h"

namespace {

enum CataloguePart { OptionPart = 1, PackagePart = 2, BundlePart = 3 };

} // namespace

QString Catalogue::unionBranches()
{
    // The first branch names and types every column (PostgreSQL types a UNION from its branches in
    // order, so its NULLs are cast); the others follow its layout.
    return QStringLiteral(
        "SELECT 1 AS part, id AS n1, monthly_price_minor AS n2, CAST(minutes AS BIGINT) AS n3, CAST(NULL AS BIGINT) AS n4, "
        "CAST(NULL AS BIGINT) AS n5, code AS t1, name AS t2, kind AS t3, CAST(currency AS TEXT) AS t4, CAST(NULL AS TEXT) AS t5, "
        "CAST(NULL AS TEXT) AS t6, kind AS ka, monthly_price_minor AS kb, code AS kc FROM catalogue_options WHERE account_id = ? "
        "UNION ALL SELECT 2, id, monthly_price_minor, rank, NULL, NULL, code, name, description, currency, NULL, NULL, NULL, rank, code "
        "FROM catalogue_packages WHERE account_id = ? "
        "UNION ALL SELECT 3, b.package_id, NULL, NULL, NULL, NULL, o.code, NULL, NULL, NULL, NULL, NULL, NULL, NULL, o.code "
        "FROM catalogue_bundles b JOIN catalogue_options o ON o.id = b.option_id WHERE b.account_id = ?");
}

bool Catalogue::readUnionRow(const QSqlQuery &q)
{
    switch (q.value(0).toInt()) {
    case OptionPart:
        m_options << Option{q.value(1).toLongLong(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                            Money(q.value(2).toLongLong(), q.value(9).toString().trimmed()), q.value(3).toInt()};
        return true;
    case PackagePart:
        m_packages << Package{q.value(1).toLongLong(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                              Money(q.value(2).toLongLong(), q.value(9).toString().trimmed()), q.value(3).toInt(), {}};
        return true;
    case BundlePart: // after every package (unionOrder())
        for (Package &package : m_packages) {
            if (package.id == q.value(1).toLongLong())
                package.bundled << q.value(6).toString();
        }
        return true;
    default:
        return false;
    }
}

Result<Catalogue> Catalogue::load(const QSqlDatabase &db, qint64 accountId)
{
    auto rows = Sql::exec(db, unionBranches() + unionOrder(), QVariantList(kUnionBindings, accountId));
    if (!rows)
        return rows.error();
    Catalogue catalogue;
    while (rows.value().next())
        catalogue.readUnionRow(rows.value());
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
