#include "callerfilterentry.h"

#include "core/phonenumber.h"

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
    if (text.trimmed().isEmpty())
        return invalidInput(tr("The caller filter entry is empty: write a number, a prefix like +1514* or “anonymous”"));
    auto pattern = CallerFilter::normalizePattern(text);
    if (!pattern || CallerFilter::patternKind(pattern.value()) != Kind::Exact)
        return pattern;
    // The evaluator only needs the form; a stored entry must also be a number that can ring.
    auto number = PhoneNumber::parse(text.trimmed()); // the message quotes what the user wrote
    if (!number)
        return number.error();
    return number->e164();
}
