#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

// The provider's catalogue as offered to one account: main packages (ranked, each bundling some
// options), service options, smart-number options (fax, SMS, 911), extension devices and minute
// packages. Read once from the database; lookups by code.
class Catalogue final
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    struct Package
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString description;
        Money monthly;
        int rank = 0;
        QStringList bundled; // option codes the package includes
    };

    struct Option
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString kind; // "service", "number", "device", "minutes"
        Money monthly;
        int minutes = 0; // minute packages: minutes a month, no rollover
    };

    static Result<Catalogue> load(const QSqlDatabase &db, qint64 accountId);

    // The catalogue read together with a caller's own rows in one statement (one round trip to a
    // team server): unionBranches() are the SELECTs of one UNION ALL, each binding the account id
    // once, in the row layout every branch uses:
    //   part (which branch), n1…n5 (integers), t1…t6 (texts), then the sort keys ka (text), kb
    //   (integer), kc (text); end the statement with unionOrder().
    // The catalogue's parts come first; a caller numbers its own from kFirstFreePart.
    static constexpr int kUnionBindings = 3;
    static constexpr int kFirstFreePart = 10;
    static QString unionBranches();
    static QString unionOrder() { return QStringLiteral(" ORDER BY part, ka, kb, kc"); }
    // Takes one row of that layout (rows in unionOrder()); false when the row is not the catalogue's.
    bool readUnionRow(const QSqlQuery &row);

    const QList<Package> &packages() const { return m_packages; }
    const QList<Option> &options() const { return m_options; }
    QList<Option> options(const QString &kind) const;

    const Package *package(const QString &code) const;
    const Package *packageById(qint64 id) const;
    const Option *option(const QString &code) const;
    const Option *optionById(qint64 id) const;

    // True when the package includes the option: it is then reported as included, never sold again.
    bool isBundled(const Package &package, const QString &optionCode) const { return package.bundled.contains(optionCode); }

private:
    QList<Package> m_packages;
    QList<Option> m_options;
};
