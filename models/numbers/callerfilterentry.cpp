#include "callerfilterentry.h"

#include "core/phonenumber.h"

#include <QRegularExpression>

CallerFilterEntry::Kind CallerFilterEntry::kindOf(const QString &pattern)
{
    if (pattern == QLatin1String("anonymous"))
        return Kind::Anonymous;
    if (pattern.endsWith(QLatin1Char('*')))
        return Kind::Wildcard;
    return Kind::Exact;
}

QString CallerFilterEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Exact: return tr("Exact number");
    case Kind::Wildcard: return tr("Prefix");
    case Kind::Anonymous: return tr("Anonymous callers");
    }
    return QString();
}

Result<QString> CallerFilterEntry::normalizePattern(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalidInput(tr("The caller filter entry is empty: write a number, a prefix like +1514* or “anonymous”"));
    if (trimmed.compare(QLatin1String("anonymous"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("anonymous");
    if (trimmed.endsWith(QLatin1Char('*'))) {
        QString digits = trimmed.chopped(1);
        digits.remove(QRegularExpression(QStringLiteral("[\\s().-]")));
        static const QRegularExpression prefix(QStringLiteral("^\\+[1-9][0-9]{0,13}$"));
        if (!prefix.match(digits).hasMatch())
            return invalidInput(tr("“%1” is not a valid prefix: write + and the first digits, then *, like +1514*").arg(trimmed));
        return QString(digits + QLatin1Char('*'));
    }
    auto number = PhoneNumber::parse(trimmed);
    if (!number)
        return number.error();
    return number->e164();
}
